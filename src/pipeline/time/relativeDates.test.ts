import { describe, expect, it } from 'vitest';
import { tagAll, tagSpan } from './testHelpers';

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
