import { describe, expect, it } from 'vitest';
import { classifyLines, isProse } from './classifyLines.ts';

const kept = (raw: string): string[] => classifyLines(raw).filter((l) => !l.dropped).map((l) => l.text);
const reasons = (raw: string): Record<string, string | undefined> =>
  Object.fromEntries(classifyLines(raw).map((l) => [l.text, l.dropped]));

describe('classifyLines', () => {
  it('drops menus, language switchers and appeals above the headline', () => {
    const raw = `All Sections\nУкр Рус Eng Support Us\nSupport Us\n\nUS defence secretary talks with new Russian defence minister – Pentagon\n\nUS Defense Secretary Lloyd Austin held his second phone conversation with Andrei Belousov on 12 July.`;
    expect(kept(raw)).toEqual([
      'US defence secretary talks with new Russian defence minister – Pentagon',
      'US Defense Secretary Lloyd Austin held his second phone conversation with Andrei Belousov on 12 July.',
    ]);
    expect(reasons(raw)['All Sections']).toBe('navigation');
    expect(reasons(raw)['Support Us']).toBe('donation appeal');
  });

  it('cuts a donation appeal written as prose after the article ends, but keeps the story', () => {
    const raw = [
      'Ryder said at the time that the Ukrainians "make their own decisions" about where to launch strikes.',
      '',
      'Sign up for our free weekly newsletter',
      '',
      'Dear readers,',
      '',
      'We are facing unprecedented challenges. Our work is now criminalized and we need your help to continue.',
      '',
      'Your support, no matter how small, makes a world of difference. If you can, please support us monthly.',
      '',
      'Once',
      'Monthly',
      'Read more',
    ].join('\n');
    expect(kept(raw)).toEqual(['Ryder said at the time that the Ukrainians "make their own decisions" about where to launch strikes.']);
    expect(reasons(raw)['Sign up for our free weekly newsletter']).toBe('newsletter box');
    expect(reasons(raw)['We are facing unprecedented challenges. Our work is now criminalized and we need your help to continue.']).toBe('after the end of the article');
  });

  it('keeps the story going after a mid-article advertisement label', () => {
    const raw = `Singh stated that the conversation occurred following the NATO Summit in Washington on 9-11 July.\n\nAdvertisement:\n\nSingh then specified that the call "was initiated by the Russian side".`;
    expect(kept(raw)).toHaveLength(2);
    expect(reasons(raw)['Advertisement:']).toBe('advertisement');
  });

  it('drops a news ticker: times and the headlines that follow them', () => {
    const raw = `The contacts between Moscow and Washington have reduced significantly since the beginning of the war.\n\nRECENT NEWS\n10:20\nRussians attack Sumy Oblast 7 times: woman injured\n09:59\nupdatedRussians use MLRS to hit Kherson Oblast: two people killed`;
    expect(kept(raw)).toEqual(['The contacts between Moscow and Washington have reduced significantly since the beginning of the war.']);
  });

  it('drops bylines, photo credits, tag lines and a headline repeated under the byline', () => {
    const raw = `US and Russian defense ministers speak for first time in over a year\n\nby Faruk Imamovic\nUS and Russian defense ministers speak for first time in over a year\n© Getty Images/Andrew Harnik\n\nThe defense ministers of the United States and Russia spoke by phone on Tuesday for the first time in more than a year.\n\nSubjects: USA`;
    const r = reasons(raw);
    expect(r['by Faruk Imamovic']).toBe('byline');
    expect(r['© Getty Images/Andrew Harnik']).toBe('photo credit');
    expect(r['Subjects: USA']).toBe('tag line');
    expect(kept(raw)[0]).toBe('US and Russian defense ministers speak for first time in over a year');
    expect(kept(raw)).toHaveLength(2);
  });

  it('drops a related-story headline glued to the next paragraph', () => {
    const raw = `Belousov warned the Pentagon chief about “the dangers of further escalation.”\n\nCivilians killed on Sevastopol beach were 'occupiers' – top Zelensky aide\nThe conversation took place two days after four beachgoers were killed during a Ukrainian missile strike in Crimea.`;
    expect(reasons(raw)["Civilians killed on Sevastopol beach were 'occupiers' – top Zelensky aide"]).toBe('related-story link');
  });

  it('reads Russian and Ukrainian furniture too', () => {
    const raw = `Міністр оборони США провів розмову з російським колегою, повідомили у Пентагоні в п'ятницю.\n\nПідтримайте нас\nЧитайте також: Зеленський про вибори`;
    expect(kept(raw)).toHaveLength(1);
  });
});

describe('isProse', () => {
  it('tells a sentence from a headline', () => {
    expect(isProse('Russian and US defense chiefs spoke over the phone on Tuesday.')).toBe(true);
    expect(isProse('Pentagon chief speaks with Russia’s new defense minister')).toBe(false);
  });
});
