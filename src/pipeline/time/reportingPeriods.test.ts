/** Earnings-report periods (TimeBank-style financial news), with invented sentences. */
import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from './index.ts';

const tag = (text: string, published: string) =>
  tagTemporalExpressions(text, { published }).map((e) => [e.text, e.type, e.value]);

describe('reporting periods', () => {
  it('"by year-end" is this year, "since year-end" last year; "the year-end meeting" is no date', () => {
    expect(tag('The bakery will close the deal by year-end. Its shares are up 8% since year-end.', '2023-10-30')).toEqual([
      ['year-end', 'DATE', '2023'], ['year-end', 'DATE', '2022'],
    ]);
    expect(tag('Holders voted at the year-end meeting.', '2023-10-30')).toEqual([]);
  });
  it('"its quarter-century low", "the quarter-to-quarter comparison": a compound, not the quarter reported on', () => {
    expect(tag('Joblessness stayed just above its quarter-century low. The quarter-to-quarter comparison was hurt by rain.', '2023-10-30')).toEqual([]);
    expect(tag('The mill earned less in the quarter.', '2023-10-30')).toEqual([['the quarter', 'DATE', '2023-Q3']]);
  });
  it('after "for the nine months", "a year earlier" compares years, not the quarter told before; "the quarter" is still that quarter', () => {
    const text = 'The mill said third-quarter net rose to $5 million from $4 million a year earlier. For the nine months, it earned $19 million, '
      + 'against a loss of $9 million a year earlier. During the quarter, it bought a press.';
    expect(tag(text, '2023-10-26')).toEqual([
      ['third-quarter', 'DATE', '2023-Q3'], ['a year earlier', 'DATE', '2022-Q3'], ['nine months', 'DURATION', 'P9M'],
      ['a year earlier', 'DATE', '2022'], ['the quarter', 'DATE', '2023-Q3'],
    ]);
    // a span in a forecast is not the one reported on: the comparison stays with the quarter
    const forecast = 'The mill earned $5 million in the third quarter. It expects losses through the first two quarters of next year. '
      + 'In the year-ago period, it earned $9 million.';
    expect(tag(forecast, '2023-10-26').find((e) => e[0] === 'the year-ago period')).toEqual(['the year-ago period', 'DATE', '2022-Q3']);
  });
  it('"the latest quarter" is the story\'s quarter again: a comparison paragraphs on still compares quarters', () => {
    const filler = 'The mill makes paper for printers in the north. '.repeat(25);
    const text = `The mill reported third-quarter results. ${filler}In the latest quarter, box sales rose to $8 million from $6 million a year earlier.`;
    expect(tag(text, '2023-10-26').at(-1)).toEqual(['a year earlier', 'DATE', '2022-Q3']);
  });
  it('a quarter starting within weeks is meant even in a past clause', () => {
    expect(tag('The carmaker announced cuts, resulting in plant closures during the fourth quarter.', '2023-08-19')).toEqual([['the fourth quarter', 'DATE', '2023-Q4']]);
  });
  it('a quarter in a future clause is the current or just-closed one, not next year\'s', () => {
    expect(tag('The brewer expects fourth-quarter profit to fall sharply.', '2023-10-30')).toEqual([['fourth-quarter', 'DATE', '2023-Q4']]);
    expect(tag('The toymaker will release its third-quarter results soon.', '2023-10-20')[0]).toEqual(['third-quarter', 'DATE', '2023-Q3']);
  });

  it('"the quarter" is the quarter the story reports on; the year-earlier quarter is that quarter a year back', () => {
    expect(tag('Net income rose 5% in the third quarter. In the year-earlier quarter, the brewer lost money.', '2023-10-30')).toEqual([
      ['the third quarter', 'DATE', '2023-Q3'], ['the year-earlier quarter', 'DATE', '2022-Q3'],
    ]);
    expect(tag('Sales in the latest quarter rose, and the loss for the quarter narrowed.', '2023-11-02')).toEqual([
      ['the latest quarter', 'DATE', '2023-Q3'], ['the quarter', 'DATE', '2023-Q3'],
    ]);
  });
  it('a forecast for a quarter still open is not the quarter the story reports on', () => {
    expect(tag('The brewer\'s third-quarter profit rose 8%. The strike will cost it a fourth-quarter charge. Beer sales in the latest quarter climbed, against a loss a year ago.', '2023-11-02')).toEqual([
      ['third-quarter', 'DATE', '2023-Q3'], ['fourth-quarter', 'DATE', '2023-Q4'], ['the latest quarter', 'DATE', '2023-Q3'], ['a year ago', 'DATE', '2022-Q3'],
    ]);
    // a closed quarter stays the story's quarter even in a future clause ("expects to report")
    expect(tag('The miner expects to report a third-quarter loss. A year earlier, it earned $2 million.', '2023-11-02')).toEqual([
      ['third-quarter', 'DATE', '2023-Q3'], ['A year earlier', 'DATE', '2022-Q3'],
    ]);
  });
  it('each "a year earlier" compares with the story\'s year, not with the previous comparison', () => {
    expect(tag('Revenue rose to $8 million from $6 million a year earlier. Net income climbed to $2 million from $1 million a year earlier.', '2023-03-01')).toEqual([
      ['a year earlier', 'DATE', '2022'], ['a year earlier', 'DATE', '2022'],
    ]);
  });
  it('"a year earlier" a few paragraphs after a quarter still compares quarters', () => {
    expect(tag('The chain lost money in the second quarter. The chief executive blamed the weather.\n\nShe said stores were empty.\n\nSales fell 4% from a year earlier.', '2023-08-01')).toEqual([
      ['the second quarter', 'DATE', '2023-Q2'], ['a year earlier', 'DATE', '2022-Q2'],
    ]);
  });
  it('"the year-ago third quarter" is that quarter a year back; "the 2022 quarter" is the story\'s quarter in 2022', () => {
    expect(tag('Profit rose in the third quarter. In the year-ago third quarter, the dairy earned less.', '2023-10-30')).toEqual([
      ['the third quarter', 'DATE', '2023-Q3'], ['the year-ago third quarter', 'DATE', '2022-Q3'],
    ]);
    expect(tag('Sales rose in the second quarter. Margins in the 2022 quarter were thin. In the 2022 period, costs were high.', '2023-08-01')).toEqual([
      ['the second quarter', 'DATE', '2023-Q2'], ['the 2022 quarter', 'DATE', '2022-Q2'], ['the 2022 period', 'DATE', '2022-Q2'],
    ]);
  });
  it('"a year earlier" right after a quarter compares quarters', () => {
    expect(tag('Profit doubled in the second quarter from a year earlier.', '2023-08-01')).toEqual([
      ['the second quarter', 'DATE', '2023-Q2'], ['a year earlier', 'DATE', '2022-Q2'],
    ]);
  });
  it('"FY2022", "FY 23": a fiscal year by its number, as "fiscal 2022"', () => {
    expect(tag('The mill lost money in FY2022 and expects a profit in FY 23.', '2023-05-10')).toEqual([['FY2022', 'DATE', '2022'], ['FY 23', 'DATE', '2023']]);
  });
  it('the first half of a month is part of that month, not the first half of the year', () => {
    expect(tag('Output fell in the first half of March.', '2023-05-10')).toEqual([['the first half of March', 'DATE', '2023-03']]);
  });
  it('fiscal years: "fiscal 2022", "the current fiscal year"', () => {
    expect(tag('The mill lost money in fiscal 2022 and expects a profit in the current fiscal year.', '2023-05-10')).toEqual([
      ['fiscal 2022', 'DATE', '2022'], ['the current fiscal year', 'DATE', '2023'],
    ]);
  });
});

describe('year-ago periods without a recent quarter', () => {
  it('"the year-ago quarter" is a quarter even when no quarter was just named', () => {
    expect(tag('Sales were $10 million in the year-ago quarter.', '2023-11-01')).toEqual([['the year-ago quarter', 'DATE', '2022-Q3']]);
  });
});

describe('periods named by their end', () => {
  it('"the year ended March 31" is a one-year DURATION; its end date is a DATE', () => {
    expect(tag('The unit had revenue of $76 million for the year ended March 31.', '2023-11-02')).toEqual([
      ['the year', 'DURATION', 'P1Y'], ['March 31', 'DATE', '2023-03-31'],
    ]);
  });
});

describe('a quarter named by the day it closed', () => {
  it('"the quarter ended Sept. 30" is Q3 and "ended July 31" (May to July) Q2, whatever quarter the story named before', () => {
    const tagOct = (text: string) => tagTemporalExpressions(text, { published: '2021-10-26' }).map((e) => [e.text, e.value]);
    expect(tagOct('The airline said its fiscal first quarter was strong. For the quarter ended Sept. 30, it earned $100 million.')[1]).toEqual(['the quarter', '2021-Q3']);
    expect(tagOct('In the quarter ended July 31, the printer had a loss.')[0]).toEqual(['the quarter', '2021-Q2']);
    expect(tagOct('In the quarter ending June 30, 2020, sales fell.')[0]).toEqual(['the quarter', '2020-Q2']);
  });
});
