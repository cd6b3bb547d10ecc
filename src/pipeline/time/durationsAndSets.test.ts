import { describe, expect, it } from 'vitest';
import { tagAll, tagSpan } from './testHelpers';

const PUB = '2024-06-26';

describe('durations and sets', () => {
  it('durations are DURATION values, never dates', () => {
    expect(tagSpan('Both sides are exhausted by its 28-month conflict.', PUB, '28-month')).toMatchObject({ type: 'DURATION', value: 'P28M', precision: null });
    expect(tagSpan('The two had not spoken for more than a year.', PUB, 'more than a year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
    expect(tagSpan('It was the first call in over a year.', PUB, 'over a year')).toMatchObject({ type: 'DURATION', value: 'P1Y' });
    expect(tagSpan('The talks lasted two days.', PUB, 'two days')).toMatchObject({ type: 'DURATION', value: 'P2D' });
  });

  it('"half an hour", "half a century ago": half of one unit; "half two days" stays two days', () => {
    expect(tagAll('The vote was delayed by half an hour.', '2021-03-04').map((e) => [e.text, e.value])).toEqual([['half an hour', 'PT30M']]);
    expect(tagAll('Half a century ago, the mine employed 3,000 people.', '2021-03-04').map((e) => [e.text, e.value])).toEqual([['Half a century ago', '1971']]);
    expect(tagAll('The strike cost half two days of output.', '2021-03-04').map((e) => [e.text, e.value])).toEqual([['two days', 'P2D']]);
  });

  it('decades are years, counted or not; a vague count of centuries keeps its unit', () => {
    expect(tagSpan('The firms settled their decades-long dispute over the name.', PUB, 'decades-long')).toMatchObject({ type: 'DURATION', value: 'PXY' });
    expect(tagSpan('The plant has run for two decades.', PUB, 'two decades')).toMatchObject({ type: 'DURATION', value: 'P20Y' });
    expect(tagSpan('The guild kept its secrets for centuries.', PUB, 'centuries')).toMatchObject({ type: 'DURATION', value: 'PXCE' });
  });

  it('"expected to last six weeks": "last" after "to" or a modal is the verb, not part of the span', () => {
    expect(tagAll('The trial is expected to last six weeks, and talks could last two days.', PUB).map((e) => e.text)).toEqual(['six weeks', 'two days']);
    expect(tagAll('Prices rose in the last six weeks.', PUB).map((e) => e.text)).toEqual(['the last six weeks']);
  });
  it('"two days after <event>" is not a date', () => {
    const text = 'The conversation took place two days after four beachgoers, including two children, were killed.';
    const all = tagAll(text, PUB);
    expect(all.every((e) => e.type === 'DURATION')).toBe(true);
  });

  it('sets', () => {
    expect(tagSpan('Protesters gather outside parliament every Friday.', PUB, 'every Friday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-5', precision: null });
    expect(tagSpan('The ministry publishes weekly casualty figures.', PUB, 'weekly')).toMatchObject({ type: 'SET', value: 'P1W' });
    expect(tagSpan('Protesters gather daily outside the court.', PUB, 'daily')).toMatchObject({ type: 'SET', value: 'P1D' });
    expect(tagSpan('Output rose 8% annually since the plant opened.', PUB, 'annually')).toMatchObject({ type: 'SET', value: 'P1Y' });
  });

  it('ages are not durations; "as soon as" and "long-term" are not times', () => {
    expect(tagAll('A 6-year-old boy and his 52-year-old father, who is 80 years old, left.', PUB)).toEqual([]);
    expect(tagAll('They will leave as soon as the road opens, and he was freed soon after.', PUB)).toEqual([]);
    expect(tagAll('The bank offers long-term and short-term loans.', PUB)).toEqual([]);
    expect(tagSpan('The plant will build 15 a year.', PUB, 'a year')).toMatchObject({ type: 'SET', value: 'P1Y' });
  });
});

describe('duration amounts', () => {
  it('halves: 2 1/2 years, a minute and a half', () => {
    expect(tagSpan('The families lived in camps for 2 1/2 years.', PUB, '2 1/2 years')).toMatchObject({ type: 'DURATION', value: 'P2Y6M' });
    expect(tagSpan('The call lasted a minute and a half.', PUB, 'a minute and a half')).toMatchObject({ type: 'DURATION', value: 'PT1M30S' });
    expect(tagSpan('Rain fell for twenty-four hours.', PUB, 'twenty-four hours')).toMatchObject({ type: 'DURATION', value: 'PT24H' });
    expect(tagSpan('Rents rose over the past two weeks.', PUB, 'the past two weeks')).toMatchObject({ type: 'DURATION', value: 'P2W' });
    expect(tagSpan('The dispute has dragged on for several months.', PUB, 'several months')).toMatchObject({ type: 'DURATION', value: 'PXM' });
  });
});

describe('set frequencies', () => {
  it('"twice a year", "three times a week" keep the frequency inside the SET', () => {
    expect(tagSpan('The board meets twice a year.', PUB, 'twice a year')).toMatchObject({ type: 'SET', value: 'P1Y' });
    expect(tagSpan('Ferries sail three times a week.', PUB, 'three times a week')).toMatchObject({ type: 'SET', value: 'P1W' });
    expect(tagSpan('Inspectors visit each Monday.', PUB, 'each Monday')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-1' });
  });
});

describe('vague amounts before later/earlier', () => {
  it('"a few days later" is a vague duration, not FUTURE_REF', () => {
    expect(tagAll('A few days later, the envoy returned.', PUB).map((e) => [e.text, e.type, e.value])).toEqual([['A few days', 'DURATION', 'PXD']]);
  });
});

describe('vague stretches of time', () => {
  it('"for weeks", "the next few days", "the next couple of years", "the weeks ahead", "coming weeks"', () => {
    const got = tagAll('For weeks the council stalled. Talks go on over the next few days and the next couple of years; funds may sell in the weeks ahead and in coming weeks.', PUB);
    expect(got.map((e) => [e.text, e.type, e.value])).toEqual([
      ['weeks', 'DURATION', 'PXW'], ['the next few days', 'DURATION', 'PXD'], ['the next couple of years', 'DURATION', 'P2Y'],
      ['the weeks ahead', 'DURATION', 'PXW'], ['coming weeks', 'DURATION', 'PXW'],
    ]);
  });
});

describe('hedged counts back', () => {
  it('"a week or so ago" is a date a week back; "two days, or so he said" stays a duration', () => {
    expect(tagSpan('Then, a week or so ago, the harbour master moved the ferries.', PUB, 'a week or so ago')).toMatchObject({ type: 'DATE', value: '2024-06-19' });
    expect(tagSpan('He waited two days, or so he said.', PUB, 'two days')).toMatchObject({ type: 'DURATION', value: 'P2D' });
  });
});

describe('recurring months and seasons', () => {
  it('"each July", "every summer", "every May 1" recur every year: sets, never one year\'s date', () => {
    const tag = (text: string) => tagAll(text, '2021-03-22').map((e) => [e.text, e.type, e.value]);
    expect(tag('Marchers parade through Ostrava each July.')).toEqual([['each July', 'SET', 'XXXX-07']]);
    expect(tag('The fair returns every summer.')).toEqual([['every summer', 'SET', 'XXXX-SU']]);
    expect(tag('Every May 1 the unions rally.')).toEqual([['Every May 1', 'SET', 'XXXX-05-01']]);
  });
});

describe('weekly parts of the day', () => {
  it('"Tuesday nights" and "Monday and Tuesday nights" recur weekly; "Tuesday night" is one night', () => {
    const tag = (text: string) => tagAll(text, '2021-02-12').map((e) => [e.text, e.type, e.value]);
    expect(tag('Ferries leave Ostrava on Monday and Tuesday nights.')).toEqual([['Monday', 'SET', 'XXXX-WXX-1TNI'], ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI']]);
    expect(tag('She works Sunday mornings.')).toEqual([['Sunday mornings', 'SET', 'XXXX-WXX-7TMO']]);
    expect(tag('They met on Tuesday night.')).toEqual([['Tuesday night', 'TIME', '2021-02-09TNI']]);
  });
});
