import { describe, expect, it } from 'vitest';
import { tagAll, tagSpan } from './testHelpers';
import { detectStatus } from './detectStatus';

const PUB = '2024-06-26'; // a Wednesday

describe('dates relative to publication', () => {
  it('weekday names are the past one, without the preposition', () => {
    const t = tagSpan('Russian Defense Minister Andrei Belousov and Lloyd Austin spoke by phone on Tuesday to discuss the war.', PUB, 'Tuesday');
    expect(t).toMatchObject({ type: 'DATE', value: '2024-06-25', precision: 'day' });
    expect(tagSpan('On Monday, the Kremlin warned the United States of "consequences".', PUB, 'Monday')).toMatchObject({ value: '2024-06-24' });
  });

  it('weekday in a future clause looks forward', () => {
    expect(tagSpan('The council will vote on Friday on the new package.', PUB, 'Friday')).toMatchObject({ value: '2024-06-28' });
  });

  it('last month, earlier this month, today', () => {
    expect(tagSpan('Belousov, who replaced Sergey Shoigu as defense minister last month, spoke first.', PUB, 'last month')).toMatchObject({ value: '2024-05', precision: 'month' });
    expect(tagSpan('Speaking in Brussels earlier this month, Austin reiterated support.', PUB, 'earlier this month')).toMatchObject({ value: '2024-06', precision: 'month' });
    expect(tagSpan('Austin also spoke by phone today with Belousov.', PUB, 'today')).toMatchObject({ value: '2024-06-26', precision: 'day' });
    expect(tagSpan('Prices rose 3% last year.', PUB, 'last year')).toMatchObject({ value: '2023', precision: 'year' });
  });

  it('last weekend is a TIMEX3 weekend', () => {
    expect(tagSpan('A Ukrainian strike hit a beach in Crimea last weekend.', PUB, 'last weekend')).toMatchObject({ value: '2024-W25-WE', precision: 'week' });
  });

  it('quarters and seasons', () => {
    expect(tagSpan('Ford made profits of $868 million for the final quarter of 2009.', '2010-01-28', 'the final quarter of 2009')).toMatchObject({ value: '2009-Q4', precision: 'quarter' });
    expect(tagSpan('Sales fell in the first quarter.', '2009-06-01', 'the first quarter')).toMatchObject({ value: '2009-Q1' });
    expect(tagSpan('The offensive stalled last summer.', PUB, 'last summer')).toMatchObject({ value: '2023-SU', precision: 'season' });
  });

  it('ago counts back from publication', () => {
    expect(tagSpan('The war began more than two years ago.', PUB, 'more than two years ago')).toMatchObject({ type: 'DATE', value: '2022', precision: 'year' });
  });

  it('present and past references', () => {
    const all = tagAll('Ukraine is now short of shells, and currently relies on aid that in the past came faster.', PUB);
    expect(all.map((e) => [e.text, e.value])).toEqual([
      ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['the past', 'PAST_REF'],
    ]);
  });
});

describe('business-news periods', () => {
  it('the same period last year is the story month a year back', () => {
    const text = 'Sales rose 43% in February compared to the same period last year.';
    expect(tagSpan(text, '2010-03-03', 'the same period last year')).toMatchObject({ value: '2009-02', precision: 'month' });
  });

  it('the last week of a month is an ISO week', () => {
    expect(tagSpan('Car sales rebounded in the last week of March.', '2009-04-01', 'the last week of March')).toMatchObject({ value: '2009-W13', precision: 'week' });
  });

  it('the weekend follows tense', () => {
    expect(tagSpan('The G7 ministers met over the weekend in Washington.', '2008-10-13', 'the weekend')).toMatchObject({ value: '2008-W41-WE' });
    expect(tagSpan('The leaders will meet this weekend.', '2024-06-26', 'this weekend')).toMatchObject({ value: '2024-W26-WE' });
  });

  it('a clock time takes the date written after it', () => {
    expect(tagSpan('In a press conference at 16:15 UTC, June 1st, Henderson spoke.', '2009-06-04', '16:15 UTC')).toMatchObject({ value: '2009-06-01T16:15Z' });
  });

  it('a month with "next year"', () => {
    expect(tagSpan('Dealers whose franchises end after October of next year will get a letter.', '2009-05-15', 'October of next year')).toMatchObject({ value: '2010-10' });
  });
});

describe('tense cues for weekdays', () => {
  it('"would" (reported future) and "planned to" look forward; "could" does not', () => {
    expect(tagSpan('The council said it would vote on Friday.', '2024-06-26', 'Friday')).toMatchObject({ value: '2024-06-28' });
    expect(tagSpan('Officials planned to leave the capital on Thursday.', '2024-06-26', 'Thursday')).toMatchObject({ value: '2024-06-27' });
    expect(tagSpan('The missing hikers could be located on Tuesday, rescuers said.', '2024-06-26', 'Tuesday')).toMatchObject({ value: '2024-06-25' });
  });
});

describe('plans already past', () => {
  it('"had been due to expire Friday" looks back', () => {
    expect(tagSpan('The offer had been due to expire Friday evening.', '2023-10-30', 'Friday evening')).toMatchObject({ value: '2023-10-27TEV' });
  });
});

describe('spatial "next to" and perfect passives', () => {
  it('"next to" is no future cue; "have been killed" is past', () => {
    expect(tagSpan('Dozens have been killed in the blasts next to the embassies on Friday.', '2023-08-08', 'Friday')).toMatchObject({ value: '2023-08-04' });
  });
});

describe('dividend dates and untensed months', () => {
  it('"payable" and "effective" look forward; an -ed adjective after a determiner is no past cue', () => {
    expect(tagSpan('The reduced dividend is payable Jan. 2 to holders of record.', '2023-11-02', 'Jan. 2')).toMatchObject({ value: '2024-01-02' });
    expect(tagSpan('The board named a new chief executive, effective Feb. 1.', '2023-10-26', 'Feb. 1')).toMatchObject({ value: '2024-02-01' });
  });
  it('a month with no tense cue is the coming one when much the nearer', () => {
    expect(tagSpan('Budget talks: a deadline in May.', '2024-03-20', 'May')).toMatchObject({ value: '2024-05' });
    expect(tagSpan('Budget talks: a deadline in September.', '2024-03-20', 'September')).toMatchObject({ value: '2023-09' });
  });
});

describe('future clauses about dates just past', () => {
  it('a day a few days back in a future clause is that day, not next year\'s', () => {
    expect(tagSpan('Lawmakers will have to pass the budget by Feb. 28 under the law.', '2024-03-02', 'Feb. 28')).toMatchObject({ value: '2024-02-28' });
    expect(tagSpan('Lawmakers will vote on the budget on March 20.', '2024-03-02', 'March 20')).toMatchObject({ value: '2024-03-20' });
  });
});

describe('this season', () => {
  it('"this summer" is this year\'s summer, even in spring; "this winter" in March is the one just past', () => {
    expect(tagSpan('The new ferry should enter service this summer.', '2024-03-22', 'this summer')).toMatchObject({ value: '2024-SU' });
    expect(tagSpan('Heating bills soared this winter.', '2024-03-22', 'this winter')).toMatchObject({ value: '2023-WI' });
    expect(tagSpan('Heating bills will soar this winter.', '2024-10-02', 'this winter')).toMatchObject({ value: '2024-WI' });
  });
  it('a season under way, in a future clause, is this one, not next year\'s', () => {
    expect(tagSpan('The lenders will hold their autumn meetings in Lima.', '2021-10-09', 'autumn')).toMatchObject({ value: '2021-FA' });
    expect(tagSpan('Growth will pick up in the second half.', '2021-08-09', 'the second half')).toMatchObject({ value: '2021-H2' });
    // still ahead: the coming one
    expect(tagSpan('The lenders will hold their autumn meetings in Lima.', '2021-08-09', 'autumn')).toMatchObject({ value: '2021-FA' });
  });
});

describe('weeks counted back', () => {
  it('"a week ago" and "two weeks ago" are days; "six weeks ago" is only a week', () => {
    const values = tagAll('The mayor spoke six weeks ago. The council met two weeks ago. The ferry sank a week ago.', '2021-03-04').map((e) => [e.text, e.value]);
    expect(values).toEqual([['six weeks ago', '2021-W03'], ['two weeks ago', '2021-02-18'], ['a week ago', '2021-02-25']]);
  });
  it('"two weeks from now" counts on from now, as "ago" counts back; it is planned', () => {
    const text = 'Two weeks from now, the levy rises. Ten years from now, the mine may be shut.';
    expect(tagAll(text, '2021-03-04').map((e) => [e.text, e.value])).toEqual([['Two weeks from now', '2021-03-18'], ['Ten years from now', '2031']]);
    expect(detectStatus(text, 0, 'Two weeks from now'.length)).toBe('planned');
  });
});
