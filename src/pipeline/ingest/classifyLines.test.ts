import { describe, expect, it } from 'vitest';
import { classifyLines, isProse } from './classifyLines.ts';

const kept = (raw: string): string[] => classifyLines(raw).filter((l) => !l.dropped).map((l) => l.text);
const reasons = (raw: string): Record<string, string | undefined> =>
  Object.fromEntries(classifyLines(raw).map((l) => [l.text, l.dropped]));

describe('classifyLines', () => {
  it('drops menus, language switchers and appeals above the headline', () => {
    const raw = `All Sections\nУкр Рус Eng Support Us\nSupport Us\n\nHarbour authority names new chief after months of delay\n\nThe harbour authority appointed Lena Marsh as its chief executive on 3 March, ending a search that began last autumn.`;
    expect(kept(raw)).toEqual([
      'Harbour authority names new chief after months of delay',
      'The harbour authority appointed Lena Marsh as its chief executive on 3 March, ending a search that began last autumn.',
    ]);
    expect(reasons(raw)['All Sections']).toBe('navigation');
    expect(reasons(raw)['Support Us']).toBe('donation appeal');
  });

  it('cuts a donation appeal written as prose after the article ends, but keeps the story', () => {
    const raw = [
      'Marsh said at the time that the port "will set its own course" on tariffs.',
      '',
      'Sign up for our free weekly newsletter',
      '',
      'Dear readers,',
      '',
      'We are facing unprecedented challenges. Our work is now under threat and we need your help to continue.',
      '',
      'Your support, no matter how small, makes a world of difference. If you can, please support us monthly.',
      '',
      'Once',
      'Monthly',
      'Read more',
    ].join('\n');
    expect(kept(raw)).toEqual(['Marsh said at the time that the port "will set its own course" on tariffs.']);
    expect(reasons(raw)['Sign up for our free weekly newsletter']).toBe('newsletter box');
    expect(reasons(raw)['We are facing unprecedented challenges. Our work is now under threat and we need your help to continue.']).toBe('after the end of the article');
  });

  it('keeps the story going after a mid-article advertisement label', () => {
    const raw = `Marsh said the appointment followed a board meeting in Rotterdam on 1-2 March.\n\nAdvertisement:\n\nShe then said the decision "was taken unanimously".`;
    expect(kept(raw)).toHaveLength(2);
    expect(reasons(raw)['Advertisement:']).toBe('advertisement');
  });

  it('drops a news ticker: times and the headlines that follow them', () => {
    const raw = `Freight volumes at the port have fallen sharply since the canal closed.\n\nRECENT NEWS\n10:20\nStorm cuts power to 3,000 homes in the north\n09:59\nupdatedRail strike called off after late talks`;
    expect(kept(raw)).toEqual(['Freight volumes at the port have fallen sharply since the canal closed.']);
  });

  it('drops a ticker of time and headline pairs even without a heading', () => {
    const raw = `Freight volumes at the port have fallen sharply since the canal closed.\n\n10:20\nStorm cuts power to 3,000 homes in the north\n09:59\nRail strike called off after late talks`;
    expect(kept(raw)).toEqual(['Freight volumes at the port have fallen sharply since the canal closed.']);
    expect(reasons(raw)['10:20']).toBe('news ticker');
  });

  it('drops bylines, photo credits, tag lines and a headline repeated under the byline', () => {
    const raw = `Port and unions give differing accounts of the talks\n\nby Mira Olsen\nPort and unions give differing accounts of the talks\n© Getty Images/Jon Berg\n\nThe port authority and the dock union met on Tuesday for the first time in more than a year.\n\nSubjects: Transport`;
    const r = reasons(raw);
    expect(r['by Mira Olsen']).toBe('byline');
    expect(r['© Getty Images/Jon Berg']).toBe('photo credit');
    expect(r['Subjects: Transport']).toBe('tag line');
    expect(kept(raw)[0]).toBe('Port and unions give differing accounts of the talks');
    expect(kept(raw)).toHaveLength(2);
  });

  it('drops a related-story headline glued to the next paragraph', () => {
    const raw = `Marsh warned the board about "the cost of further delay."\n\nFerry operator fined over late sailings – regulator\nThe meeting took place two days after a crane collapsed at the container terminal.`;
    expect(reasons(raw)['Ferry operator fined over late sailings – regulator']).toBe('related-story link');
  });

  it('reads Russian and Ukrainian furniture too', () => {
    const raw = `Міністр транспорту провів нараду з керівниками портів, повідомили в міністерстві в п'ятницю.\n\nПідтримайте нас\nЧитайте також: Уряд ухвалив новий бюджет`;
    expect(kept(raw)).toHaveLength(1);
  });
});

describe('isProse', () => {
  it('tells a sentence from a headline', () => {
    expect(isProse('The port authority and the union met on Tuesday.')).toBe(true);
    expect(isProse('Harbour authority names new chief after months of delay')).toBe(false);
  });
});
