/** The remaining forms news uses, each pinned with a sentence of the kind newsrooms write. */
import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions, timexToInterval } from './index.ts';

const tag = (sentence: string, published: string) =>
  tagTemporalExpressions(sentence, { published }).map((e) => ({
    text: e.text, type: e.type, value: e.value, precision: e.precision, ...(e.endValue ? { endValue: e.endValue } : {}), ...(e.zone ? { zone: e.zone } : {}),
  }));

describe('parts of periods', () => {
  it('mid-June, early 2023, the summer of 2022, the third quarter', () => {
    expect(tag('Fighting intensified in mid-June, officials said.', '2024-06-26')).toEqual([{ text: 'mid-June', type: 'DATE', value: '2024-06', precision: 'month' }]);
    expect(tag('The programme was launched in early 2023.', '2024-06-26')).toEqual([{ text: 'early 2023', type: 'DATE', value: '2023', precision: 'year' }]);
    expect(tag('Prices spiked during the summer of 2022.', '2024-06-26')).toEqual([{ text: 'summer of 2022', type: 'DATE', value: '2022-SU', precision: 'season' }]);
    expect(tag('Exports fell in the third quarter, the ministry said.', '2024-11-20')).toEqual([{ text: 'the third quarter', type: 'DATE', value: '2024-Q3', precision: 'quarter' }]);
  });
});

describe('numeric dates and ranges', () => {
  it('25.06.2024 is day first; June 25–26 is one range', () => {
    expect(tag('The decree was signed on 25.06.2024.', '2024-06-28')).toEqual([{ text: '25.06.2024', type: 'DATE', value: '2024-06-25', precision: 'day' }]);
    expect(tag('The summit will be held on June 25–26 in Brussels.', '2024-06-10')).toEqual([
      { text: 'June 25–26', type: 'DATE', value: '2024-06-25', precision: 'day', endValue: '2024-06-26' },
    ]);
  });
  it('"on the 25th" alone is that day of the month the story named, else of the publication month or the one the tense points to', () => {
    const pub = '2021-03-22';
    expect(tag('The ferry docked on the 25th.', pub).map((e) => [e.text, e.value])).toEqual([['the 25th', '2021-02-25']]);
    expect(tag('The ferry will sail again on the 3rd.', pub).map((e) => [e.text, e.value])).toEqual([['the 3rd', '2021-04-03']]);
    expect(tag('In May, rebels took the port. On the 12th, they lost it.', pub).map((e) => [e.text, e.value])).toEqual([['May', '2020-05'], ['the 12th', '2020-05-12']]);
    // an anniversary is not a day
    expect(tag('The 25th anniversary passed quietly on the 2nd of June.', pub).map((e) => e.text)).toEqual(['the 2nd of June']);
  });
  it('"March 22 through 24" and "9 to 11 July" are ranges too', () => {
    expect(tag('The fair runs March 22 through 24, the races 9 to 11 July.', '2021-03-10').map((e) => [e.text, e.value, e.endValue])).toEqual([
      ['March 22 through 24', '2021-03-22', '2021-03-24'], ['9 to 11 July', '2021-07-09', '2021-07-11'],
    ]);
  });
  it('slashed dates are month first in English unless the first number cannot be a month: 03/21/2021 and 21/03/2021', () => {
    expect(tag('The council voted on 03/21/2021. Its minutes were posted on 21/03/2021.', '2021-03-25').map((e) => e.value)).toEqual(['2021-03-21', '2021-03-21']);
    expect(tag('The council voted on 03/04/2021.', '2021-03-25').map((e) => e.value)).toEqual(['2021-03-04']);
  });
});

describe('times with zones, and direction', () => {
  it('10:00 Moscow time on Friday is a TIME on the Moscow clock, its offset beside it, the coming Friday', () => {
    const [expression] = tagTemporalExpressions('The talks will begin at 10:00 Moscow time on Friday.', { published: '2024-06-26' });
    expect(expression).toMatchObject({ text: '10:00 Moscow time on Friday', type: 'TIME', value: '2024-06-28T10:00', zone: '+03:00', precision: 'minute' });
    // the event date keeps the zone
    expect(timexToInterval(expression!)?.start).toBe('2024-06-28T10:00+03:00');
  });

  it('a named local zone stays out of the value; UTC is written into it', () => {
    expect(tag('The offer expires at 5 p.m. EST on Nov. 9.', '2021-11-02')[0]).toEqual({ text: '5 p.m. EST on Nov. 9', type: 'TIME', value: '2021-11-09T17:00', precision: 'minute', zone: '-05:00' });
    expect(tag('The launch came at 16:15 UTC.', '2021-11-02')[0]).toEqual({ text: '16:15 UTC', type: 'TIME', value: '2021-11-02T16:15Z', precision: 'minute' });
  });
  it('a zone after a dated clock time stays beside the value too, as after a bare one', () => {
    expect(tag('The dam broke on 23 June at 19:50 GMT+3.', '2021-06-25')[0]).toEqual({ text: '23 June at 19:50 GMT+3', type: 'TIME', value: '2021-06-23T19:50', precision: 'minute', zone: '+03:00' });
  });
  it('"ET" and "Pacific time" take the offset of their day: daylight time in summer, standard time in winter', () => {
    expect(tag('The vote closes at 11 a.m. ET on Wednesday.', '2021-07-09')[0]).toEqual({ text: '11 a.m. ET on Wednesday', type: 'TIME', value: '2021-07-07T11:00', precision: 'minute', zone: '-04:00' });
    expect(tag('The store opened at 9 a.m. Pacific time on Jan. 15.', '2021-01-20')[0]).toMatchObject({ text: '9 a.m. Pacific time on Jan. 15', value: '2021-01-15T09:00', zone: '-08:00' });
  });

  it('"may hold a call on Friday" is the coming Friday', () => {
    expect(tag('Zelenskyy and Trump may hold phone call on Friday – CNN', '2024-07-16')).toEqual([{ text: 'Friday', type: 'DATE', value: '2024-07-19', precision: 'day' }]);
  });
});

describe('relative to publication', () => {
  it('a year ago, last week, this month, since March 2023', () => {
    expect(tag('A year ago, the two ministers last met in person.', '2024-06-26')).toEqual([{ text: 'A year ago', type: 'DATE', value: '2023', precision: 'year' }]);
    expect(tag('The ministers met last week and spoke again this month.', '2024-06-26')).toEqual([
      { text: 'last week', type: 'DATE', value: '2024-W25', precision: 'week' },
      { text: 'this month', type: 'DATE', value: '2024-06', precision: 'month' },
    ]);
    expect(tag('Moscow has cut ties since March 2023.', '2024-06-26')).toEqual([{ text: 'March 2023', type: 'DATE', value: '2023-03', precision: 'month' }]);
  });
});
