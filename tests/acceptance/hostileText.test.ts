/**
 * Hostile text through the whole pipeline, each case beside a good article:
 * nesting that overflowed the stack, inputs that kept the build busy for
 * minutes or hours, and articles that lost their events. Every case ends
 * well inside its test's timeout (a hang guard, not a timing), the contract
 * holds, and the good article keeps every event it has alone.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline/index.ts';
import { parseTimeline, type Timeline } from '../../src/pipeline/schema.ts';
import { readArticle } from '../../src/pipeline/ingest/readArticle.ts';
import type { ArticleFile } from '../../src/pipeline/types.ts';

/** Each case took from a minute to hours, or overflowed the stack, before its fix; fixed, a few seconds at most. */
const HANG_GUARD_MS = 20_000;

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const file = (path: string, text: string): ArticleFile => ({ path, bytes: encode(text) });

// 6 October 2021 was a Wednesday.
const GOOD = file(
  'good.md',
  '---\ntitle: Ferry strike\npublished: 2021-10-06\n---\n\nFerry crews walked out on Monday over a pay offer.\n\nThe operator cancelled every crossing on Tuesday, a spokeswoman said.\n\nTalks resumed at the port on Wednesday.',
);
const goodAlone = buildTimeline([GOOD]);
const daysOf = (timeline: Timeline, source?: string): string[] =>
  [...new Set(timeline.events.filter((e) => !source || e.mentions.some((m) => m.source === source)).map((e) => e.date.start))].sort();
const goodSource = goodAlone.sources[0]!.id;

/** The build beside the good article: it ends, gives a valid contract, and the good article keeps its days. */
function besideGood(hostile: ArticleFile): Timeline {
  const timeline = buildTimeline([GOOD, hostile]);
  expect(() => parseTimeline(timeline)).not.toThrow();
  expect(daysOf(timeline, goodSource)).toEqual(daysOf(goodAlone));
  return timeline;
}
const messagesFor = (timeline: Timeline, path: string): string[] => timeline.diagnostics.filter((d) => d.file === path).map((d) => d.message);

describe('never hangs, never overflows: nesting', () => {
  const lead = 'Lock keepers struck on 4 May 2021 over rotas.\n\n';
  it.each([
    ['blockquotes', `${'>'.repeat(30_000)} deep\n`],
    ['blockquotes with spaces', `${'> '.repeat(30_000)}deep\n`],
    ['lists by indentation', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n')],
    ['lists on one line', `${'- '.repeat(20_000)}item`],
    ['emphasis runs', `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}`],
    ['emphasis around words', `${'*a '.repeat(20_000)}x${' a*'.repeat(20_000)}`],
    ['link brackets', `${'['.repeat(20_000)}x${']'.repeat(20_000)}`],
  ])('Markdown: %s', (_, hostile) => {
    const timeline = besideGood(file('deep.md', `---\ntitle: Lock keepers\n---\n\n${lead}${hostile}\n`));
    expect(daysOf(timeline, timeline.sources.find((s) => s.file === 'deep.md')!.id)).toContain('2021-05-04');
  }, HANG_GUARD_MS);

  it.each([
    ['50,000 nested divs', `${'<div>'.repeat(50_000)}<p>Lock keepers struck on 4 May 2021 over rotas.</p>${'</div>'.repeat(50_000)}`],
    ['50,000 unclosed inline tags', `${'<span><b>'.repeat(50_000)}<p>Lock keepers struck on 4 May 2021 over rotas.</p>`],
    ['a wide page of deep chains', `${`${'<div>'.repeat(150)}<p>Lock keepers struck on 4 May 2021 over rotas.</p>${'</div>'.repeat(150)}`.repeat(400)}`],
  ])('HTML: %s, read as plain text', (_, body) => {
    const timeline = besideGood(file('deep.html', `<!DOCTYPE html><html><head><title>Lock keepers strike</title></head><body>${body}</body></html>`));
    expect(daysOf(timeline, timeline.sources.find((s) => s.file === 'deep.html')!.id)).toContain('2021-05-04');
  }, HANG_GUARD_MS);
});

describe('never hangs: work per file is bounded', () => {
  it('100,000 date expressions in one file', () => {
    const list = Array.from({ length: 100_000 }, (_, i) => `${(i % 28) + 1} March ${1950 + (i % 70)}`).join(', ');
    const timeline = besideGood(file('dates.md', `---\npublished: 2021-10-07\n---\n\nThe archive lists sailings on ${list}.\n`));
    expect(timeline.events.length).toBeGreaterThan(0);
  }, HANG_GUARD_MS);

  it('20,000 dated paragraphs: the first 2,000 dated sentences are read, and a warning says so', () => {
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => `The harbour board ${['met', 'voted', 'argued', 'agreed'][i % 4]} on ${(i % 28) + 1} ${['March', 'April', 'May'][i % 3]} ${1990 + (i % 30)} on item ${i}.`);
    const timeline = besideGood(file('minutes.md', `---\npublished: 2021-10-07\n---\n\n${paragraphs.join('\n\n')}\n`));
    expect(messagesFor(timeline, 'minutes.md')).toEqual(expect.arrayContaining([expect.stringMatching(/only the first 5000 were read/), expect.stringMatching(/only the first 2000 were read/)]));
  }, HANG_GUARD_MS);

  it.each([
    ['a weekday', 'on Tuesday '],
    ['an anaphor', 'the next day, '],
    ['a full date', 'The crews met on 5 October 2021. '],
  ])('one phrase repeated 100,000 times: %s', (_, phrase) => {
    besideGood(file('repeat.md', `---\npublished: 2021-10-07\n---\n\nCrews repeat themselves\n\n${phrase.repeat(100_000)}\n`));
  }, HANG_GUARD_MS);

  // More candidates than a call takes arguments: they were spread into push(...), which threw RangeError.
  it.each([
    ['200,000 vague durations', 'for years, ', 200_000],
    ['150,000 years spelled out', 'in two thousand twenty, ', 150_000],
  ])('%s in one file', (_, phrase, times) => {
    besideGood(file('many.md', `---\npublished: 2021-10-07\n---\n\nCrews waited\n\n${phrase.repeat(times)}\n`));
  }, HANG_GUARD_MS);

  it('the same, in an article with no date (each day its date is tried on re-reads it)', () => {
    besideGood(file('repeat.txt', `Crews repeat themselves\n\n${'The crews met on Tuesday and on 5 October 2021. '.repeat(50_000)}\n`));
  }, HANG_GUARD_MS);

  it('a dateline in the year 1000 beside one of 2021: an undated article is still placed near the known dates', () => {
    // Its dateline states the year 1000; every day from then to 2021 used to be tried (about 45 s here).
    const ancient = file('chronicle.txt', '3 March 1000\n\nThe abbot blessed the new bridge on Tuesday.\n\nMonks crossed it the same day.');
    const undated = file('undated.txt', 'Ferry crews walked out on Monday over a pay offer, the union said.\n\nCrossings were cancelled.');
    const timeline = buildTimeline([GOOD, ancient, undated]);
    expect(() => parseTimeline(timeline)).not.toThrow();
    expect(timeline.sources.find((s) => s.file === 'chronicle.txt')!.published).toMatchObject({ date: '1000-03-03', inferred: false });
    expect(timeline.sources.find((s) => s.file === 'undated.txt')!.published).toMatchObject({ date: '2021-10-04', inferred: true });
  }, HANG_GUARD_MS);
});

describe('nothing lost', () => {
  it('an article with no publication date keeps its absolute dates, not its relative ones', () => {
    const undated = file('undated.txt', 'Canal reopens after repairs\n\nThe canal reopened on 9 April 2019 after a year of repairs.\n\nWork had begun in March 2018, the trust said.\n\nBoats queued at the locks on Tuesday.');
    const timeline = buildTimeline([undated]);
    expect(timeline.sources[0]!.published).toBeNull();
    expect(daysOf(timeline)).toEqual(['2018-03', '2019-04-09']);
    expect(timeline.diagnostics).toEqual([expect.objectContaining({ file: 'undated.txt', level: 'warning', message: expect.stringMatching(/only its absolute dates/) })]);
  });

  it('an inferred publication date never precedes a day the article reports as past', () => {
    const dated = file('a.md', '---\npublished: 2023-05-13\n---\n\nДелегации двух стран провели переговоры в Вене 12 мая 2023 года, сообщил министр.\n');
    const undated = file('b.txt', 'Переговоры в Вене\n\n12 мая 2023 года делегации двух стран провели переговоры в Вене.');
    const timeline = buildTimeline([dated, undated]);
    const published = timeline.sources.find((s) => s.file === 'b.txt')!.published;
    expect(published).toMatchObject({ inferred: true });
    expect(published!.date >= '2023-05-12').toBe(true);
  });

  const clean = 'Port workers strike over pay\n\nDockers at the river port walked out on Monday over a pay offer.\n\nThe union and the port authority met on 9 March 2024 to resume talks.\n\nA deal was signed in March 2023, the union said.';
  const dated = (body: string): ArticleFile => file('port.md', `---\npublished: 2024-03-12\n---\n\n${body}\n`);
  const cleanDays = daysOf(buildTimeline([dated(clean)]));

  it.each([
    ['zero-width characters inside words', clean.replace(/o/g, 'o\u200B').replace(/a/g, 'a\u200C')],
    ['bidi embeddings and isolates', clean.replace('Monday', '\u202BMonday\u202C').replace('9 March', '\u20669 March\u2069').replace('pay', '\u202Epay\u202C')],
    ['NUL bytes for spaces', clean.replace(/ /g, (space, at: number) => (at % 5 === 0 ? '\u0000' : space))],
    ['a byte-order mark in the text', clean.replace(/ on /g, ' \uFEFFon ')],
    ['a stray U+FFFD', clean.replace('pay offer', 'pay\uFFFDoffer')],
    ['emoji', clean.replace('strike', 'strike 🚢👷🏽‍♀️').replace('talks', 'talks 🤝')],
    ['CR, CRLF, LF and U+2028 line ends', clean.split('\n\n').map((p, i) => `${p}${['\r\r', '\r\n\r\n', '\u2028\u2028', '\n\r\n'][i % 4]}`).join('')],
    ['the Unicode paragraph separator', clean.replace(/\n\n/g, '\u2029')],
    ['all of them at once', clean.replace(/o/g, 'o\u200B').replace('Monday', '\u202BMonday\u202C').replace(/\n\n/g, '\r\n\u2028').replace(/ the /g, ' the\u0000').replace('strike', 'strike 🚢')],
  ])('an article with %s keeps its events, and its quotes slice back out of its cleaned text', (_, body) => {
    const hostile = dated(body);
    const timeline = buildTimeline([hostile]);
    expect(() => parseTimeline(timeline)).not.toThrow();
    expect(daysOf(timeline)).toEqual(cleanDays);
    const text = readArticle(hostile).text;
    const mentions = timeline.events.flatMap((e) => e.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.quote);
    for (const e of timeline.events) expect(e.title).not.toMatch(/[\u0000-\u0008\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFD]/);
  });
});

describe('metadata with invisible characters', () => {
  it('gives the source a clean title, outlet and id', () => {
    const article = file('gazette.md', '---\ntitle: "Port\u200B work\u00ADers strike"\noutlet: "River\u202E Ga\u200Bzette"\npublished: 2024-03-12\n---\n\nDockers walked out on Monday over pay.\n');
    const source = buildTimeline([article]).sources[0]!;
    expect(source).toMatchObject({ title: 'Port workers strike', outlet: 'River Gazette' });
    expect(source.id).toMatch(/^river-gazette-2024-03-12-port-workers-strike/);
  });
});

describe('one bad sentence never costs the story', () => {
  it.each([
    ['a date alone', '4 May 2021.\n\nLock keepers walked out over rotas.'],
    ['a date and a time alone', 'Tuesday, 4 May 2021 — 10:30.\n\nLock keepers walked out over rotas on Monday.'],
    ['a date and then the news', '4 May 2021. Lock keepers walked out over rotas on Monday.'],
  ])('an article whose first sentence is %s gives no event without a title', (_, body) => {
    for (const hostile of [file('lock.txt', body), file('lock.md', `---\npublished: 2021-05-05\n---\n\n${body}`)]) {
      const timeline = besideGood(hostile);
      for (const event of timeline.events) expect(event.title).toMatch(/\p{L}{2}/u);
    }
  });
});
