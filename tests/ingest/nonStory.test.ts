/**
 * Text on a news page that is not the story but reads like it: reader
 * comments, schedules, bios, fact boxes, captions, agency datelines, update
 * and live-blog stamps. Invented snippets; each kind is checked both ways:
 * dropped (with its reason) where it is furniture, kept where a story says
 * the same words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/pipeline/ingest/classifyLines.ts';
import { readArticle } from '../../src/pipeline/ingest/readArticle.ts';

const reasons = (raw: string): Record<string, string | undefined> => Object.fromEntries(classifyLines(raw).map((l) => [l.text, l.dropped]));
const keptText = (raw: string): string => readArticle({ path: 'a.txt', bytes: new TextEncoder().encode(raw) }).text;
const fixture = (name: string) => readArticle({ path: name, bytes: readFileSync(`tests/fixtures/formats/${name}`) });
const lead = 'The city council on Tuesday approved a 12km tram line linking the harbour to the university, officials said.';

describe('reader comments', () => {
  const page = fixture('comments.txt');

  it('drops a comment thread: heading, handles, stamps, comment text and actions', () => {
    for (const line of ['23 comments', 'river_otter99', '3 hours ago', 'Reply | Report', 'Marta K. said:', 'Like (12) · Reply', '@oldtown_dave']) {
      expect(page.dropped.find((d) => d.text === line)?.reason, line).toBe('reader comment');
    }
    expect(page.text).not.toMatch(/promised this in 2016|before 2025|Who is paying/);
  });

  it('keeps the story above it, a quote with "said:" included', () => {
    expect(page.text).toContain('ending a debate that began in 2016');
    expect(page.text).toContain('"The minister said: we will pay our share," Varga told reporters.');
  });

  it('finds a thread without a heading by its Reply and Report links', () => {
    const raw = `${lead}\n\nGreat news for the east side, about time.\nReply · Report\n\nhenrik_77 wrote:\nIt will be late, like the bridge was.\nReply`;
    const r = reasons(raw);
    expect(r['Great news for the east side, about time.']).toBe('reader comment');
    expect(r['It will be late, like the bridge was.']).toBe('reader comment');
    expect(r[lead]).toBeUndefined();
  });

  it('does not take a story quoting someone who "said:" for a comment', () => {
    const raw = `${lead}\n\nThe mayor said:\n"We will open the first section in 2022, and the rest a year later."\n\nShe added that the line would cost 300 million.`;
    expect(Object.values(reasons(raw)).filter(Boolean)).toEqual([]);
  });

  it('reads Russian and Ukrainian threads', () => {
    const ru = reasons(`${lead}\n\nКомментарии (4)\n\nГость написал:\nОпять обещания, посмотрим в марте.\nОтветить`);
    expect(ru['Опять обещания, посмотрим в марте.']).toBe('reader comment');
    const uk = reasons(`${lead}\n\nКоментарі\n\nольга_85\n2 години тому\nНарешті! Чекали з 2016 року.\nВідповісти`);
    expect(uk['Нарешті! Чекали з 2016 року.']).toBe('reader comment');
    expect(uk['2 години тому']).toBe('reader comment');
  });
});

describe('live blogs', () => {
  const page = fixture('live-blog.txt');

  it('drops the bare stamps and controls, each with its reason, and keeps every entry', () => {
    const byText = new Map(page.dropped.map((d) => [d.text, d.reason]));
    for (const stamp of ['1432', '1405', '1350', '2.10pm', '10 min ago']) expect(byText.get(stamp), stamp).toBe('live-blog stamp');
    expect(byText.get('Key events')).toBe('live-blog controls');
    expect(byText.get('Please turn on JavaScript in your browser to get the best experience.')).toBe('live-blog controls');
    expect(byText.get('Updated at 14.40 BST')).toBe('update stamp');
    for (const entry of ['Mayor orders evacuation of riverside streets', 'engineers would inspect it again at 6pm', 'buses would replace trains until Thursday', 'asked the army for help', 'more rain on Wednesday']) {
      expect(page.text).toContain(entry);
    }
    expect(page.text).not.toMatch(/^\d{4}$/m);
  });

  it('dates the page by its newest entry stamp', () => {
    expect(page.published).toMatchObject({ date: '2019-05-14T14:32+01:00', precision: 'minute' });
  });

  it('keeps year headings over a history: four digits that can all be years are not stamps', () => {
    const raw = `2017\n\nThe company opened its first plant near the river, creating 300 jobs.\n\n2018\n\nA second plant followed after the council changed the zoning rules.\n\n2019\n\nThe firm listed its shares and doubled its workforce.`;
    expect(Object.values(reasons(raw)).filter(Boolean)).toEqual([]);
  });

  it('keeps a story whose paragraphs start with the time things happened', () => {
    const raw = `9:15 p.m. — The first alarm sounded at the depot, a guard said.\n\n9:40 p.m. — Fire crews arrived and closed the road to traffic.\n\n10:05 p.m. — The blaze was under control, the fire service said.`;
    expect(Object.values(reasons(raw)).filter(Boolean)).toEqual([]);
    expect(keptText(raw)).toContain('9:15 p.m. — The first alarm sounded');
  });
});

describe('update stamps', () => {
  it('drops stamp lines and strips stamp prefixes, keeping the sentence', () => {
    const page = fixture('wire-story.txt');
    expect(page.text).toContain('\n\nShips queued outside the harbour began to berth overnight, the authority added.');
    expect(page.text).toContain('\n\nThe transport minister said on Tuesday the deal would cost the state nothing.');
    expect(page.dropped).toEqual(expect.arrayContaining([
      expect.objectContaining({ text: '(Update 1:33 a.m.)', reason: 'update stamp' }),
      expect.objectContaining({ text: 'UPDATE:', reason: 'update stamp' }),
    ]));
    const r = reasons(`${lead}\n\nLast updated 3 March 2021\n\n(Updates with minister's comment in paragraph 5)\n\nОбновлено 14:05`);
    expect([r['Last updated 3 March 2021'], r["(Updates with minister's comment in paragraph 5)"], r['Обновлено 14:05']]).toEqual(['update stamp', 'update stamp', 'update stamp']);
  });

  it('keeps a heading or a sentence that speaks of an update', () => {
    const raw = `${lead}\n\nUpdate on the tram plans\n\nAn update of the timetable will be published in May, the operator said.`;
    expect(Object.values(reasons(raw)).filter(Boolean)).toEqual([]);
  });
});

describe('agency datelines', () => {
  it('strips the dateline prefix only, and lists it', () => {
    const page = fixture('wire-story.txt');
    expect(page.text).toContain('\n\nDock workers at the country\'s largest port ended a nine-day strike on Monday');
    expect(page.dropped).toContainEqual(expect.objectContaining({ text: 'LISBON, March 4 (Reuters) -', reason: 'agency dateline' }));
    for (const [raw, rest] of [
      ['OSLO (AFP) — Police closed the main square on Friday after a bomb threat, officials said.', 'Police closed'],
      ['Lyon (AFP) - Firefighters put out a blaze at a warehouse on Saturday, the prefecture said.', 'Firefighters'],
      ['(AP) — Three people were hurt when a bus left the road near the border on Sunday.', 'Three people'],
      ['NEW YORK — The city council voted on Thursday to ban gas stoves in new buildings.', 'The city council'],
      ['KYIV, Ukraine (AP) — The city lost power for six hours on Monday, the grid operator said.', 'The city lost'],
      ['МОСКВА, 3 марта. /ТАСС/. Городские власти закрыли мост на ремонт до конца месяца, сообщили в мэрии.', 'Городские власти'],
      ['КИЇВ, 3 березня — Укрінформ. Міська рада ухвалила бюджет на наступний рік, повідомили в мерії.', 'Міська рада'],
    ]) {
      expect(keptText(raw!).startsWith(rest!), raw).toBe(true);
    }
  });

  it('leaves a sentence that opens with an acronym or a dash alone', () => {
    for (const raw of [
      'NATO — the alliance of 30 countries — met in Brussels on Thursday to discuss the budget.',
      'US officials said on Monday that the talks would resume in April.',
      'The union (which represents 3,000 dockers) said on Monday it would strike.',
      'Johnson (Conservative) - who won the seat in 2015 - said he would stand again.',
    ]) expect(keptText(raw)).toBe(raw);
  });
});

describe('captions', () => {
  it('drops captions and credits by their shape', () => {
    const page = fixture('wire-story.txt');
    expect(page.text).not.toMatch(/Photograph:|AP Photo|Image caption|Stacked containers|Trucks waited/);
    const r = reasons(`${lead}\n\nThe new tram depot seen from the harbour bridge on a clear morning in early spring, with the old cranes behind it. Photo: Jan Nowak / City Press\n\nЗдание мэрии после ремонта. Фото: пресс-служба\n\nThe harbour at dusk. Getty Images`);
    expect(Object.entries(r).filter(([, v]) => v === 'caption')).toHaveLength(3);
  });

  it('keeps a story sentence about photos or a photo agency', () => {
    const raw = `${lead}\n\nGetty Images reported record revenue on Monday, the company said.\n\nThe photographer said the picture was taken in 2019.`;
    expect(Object.values(reasons(raw)).filter(Boolean)).toEqual([]);
  });
});

describe('fact boxes', () => {
  it('drops a box of short facts and a timeline of dated fragments', () => {
    const page = fixture('wire-story.txt');
    for (const line of ['Key facts', 'Founded: 1887', 'Feb 24 – Unions call strike', 'March 4 – Deal reached']) {
      expect(page.dropped.find((d) => d.text === line)?.reason, line).toBe('fact box');
    }
    const uk = reasons(`${lead}\n\nДовідка\nЗасновано: 1887\nПрацівників: 3200`);
    expect(uk['Засновано: 1887']).toBe('fact box');
  });

  it('keeps full sentences under a box heading, and a single dated line in the story', () => {
    const raw = `${lead}\n\nWhat we know\n\nThe line will have 14 stops and run every six minutes at peak times.\n\n2016: the year the plan was first proposed, according to the council.`;
    const r = reasons(raw);
    expect(r['What we know']).toBe('fact box');
    expect(r['The line will have 14 stops and run every six minutes at peak times.']).toBeUndefined();
    expect(r['2016: the year the plan was first proposed, according to the council.']).toBeUndefined();
  });
});

describe('listings', () => {
  it('drops a schedule: clock times with programme names, in the order of the day', () => {
    const page = fixture('wire-story.txt');
    expect(page.dropped.filter((d) => d.reason === 'listing').map((d) => d.text)).toEqual(['TV listings', '18:00 Evening News', '18:30 Harbour Lives', '19:15 The Big Quiz', '20:00 Film: The Long Night']);
    const r = reasons(`${lead}\n\n06:00\nMorning Show\n09:30\nQuiz Time\n12:00\nNews at Noon`);
    expect(r['Quiz Time']).toBe('listing');
  });

  it('keeps short timed lines that run backwards, as a live blog does', () => {
    const raw = `${lead}\n\n14:32 Mayor arrives at the depot\n14:05 Talks resume after lunch\n13:50 Crowd gathers outside`;
    expect(Object.values(reasons(raw)).some((v) => v === 'listing')).toBe(false);
  });
});

describe('author bios', () => {
  it('drops the bio after the story and the follow links', () => {
    const page = fixture('wire-story.txt');
    expect(page.dropped.find((d) => d.text.startsWith('Tomas Reiner is a correspondent'))?.reason).toBe('bio');
    const r = reasons(`${lead}\n\nAbout the author\nAnna Berg writes on cities and transport.\n\nFollow her on Twitter @annaberg`);
    expect([r['About the author'], r['Anna Berg writes on cities and transport.'], r['Follow her on Twitter @annaberg']]).toEqual(['bio', 'bio', 'bio']);
  });

  it('keeps a story about a reporter, in the middle or at the end', () => {
    const raw = `${lead}\n\nAnna Berg is a reporter for the city paper and first revealed the plan in 2016.\n\nThe council said the line would open in 2022.\n\nJonas Lind is a journalist who was detained in March and released on Monday.`;
    expect(Object.values(reasons(raw)).filter(Boolean)).toEqual([]);
  });
});

describe('page controls around the story', () => {
  it('drops reading times, gallery controls and a sign-in line for comments', () => {
    const r = reasons(`4 min read\n\n${lead}\n\nView image in fullscreen\n\nSign in or create an account to join the discussion\n\nВремя чтения: 3 минуты`);
    expect([r['4 min read'], r['View image in fullscreen'], r['Sign in or create an account to join the discussion'], r['Время чтения: 3 минуты']]).toEqual(['reading time', 'caption', 'reader comment', 'reading time']);
    expect(r[lead]).toBeUndefined();
  });
});

describe('a saved live-blog page', () => {
  const page = fixture('live-blog-page.html');

  it('keeps every entry, without stamps, captions, menus or the comment thread', () => {
    for (const entry of ['Union calls off strike', 'members voted 62% in favour', 'Counting has finished, and the result', 'Around 2,000 members gathered']) expect(page.text).toContain(entry);
    expect(page.text).not.toMatch(/14:32|Photograph:|Key events|\bSport\b|harbour_watcher|Nine days of lost wages|All rights reserved/);
  });

  it('says why: comment containers and menus by where they sit, the rest by line', () => {
    const reasonOf = (text: string) => page.dropped.find((d) => d.text === text)?.reason;
    expect(reasonOf('About time. The ships have been waiting since last Tuesday.')).toBe('reader comment');
    expect(reasonOf('Sport')).toBe('page furniture (nav, footer, aside)');
    expect(reasonOf('HARBOURTON (Coast Agency) —')).toBe('agency dateline');
    expect(reasonOf('(Update 1:50 p.m.)')).toBe('update stamp');
  });
});
