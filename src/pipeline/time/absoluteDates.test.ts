import { describe, expect, it } from 'vitest';
import { tagAll, tagSpan } from './testHelpers';

const PUB = '2024-06-26'; // a Wednesday

describe('absolute dates in news', () => {
  it('month and year stay at month precision', () => {
    const text = 'The last conversation between the two defence chiefs took place in March 2023, when Shoigu was minister.';
    expect(tagSpan(text, PUB, 'March 2023')).toMatchObject({ type: 'DATE', value: '2023-03', precision: 'month' });
    const since = 'It was the first call between the ministers since March 2023.';
    expect(tagSpan(since, PUB, 'March 2023')).toMatchObject({ value: '2023-03', precision: 'month' });
  });

  it('month-day without a year takes the past year by default', () => {
    expect(tagSpan('On June 23, a missile strike hit a beach near Sevastopol.', PUB, 'June 23')).toMatchObject({ value: '2024-06-23', precision: 'day' });
    expect(tagSpan('Kyiv said on 25 June that the strike was legitimate.', PUB, '25 June')).toMatchObject({ value: '2024-06-25' });
    expect(tagSpan('The protests began on 12 December and spread.', PUB, '12 December')).toMatchObject({ value: '2023-12-12' });
  });

  it('a schedule told in the present looks ahead: "takes effect Jan. 1", "goes on sale September 20", "the trial begins Monday"', () => {
    const found = tagAll('The levy takes effect Jan. 1. The new phone goes on sale September 20. The trial begins Monday.', '2021-03-24');
    expect(found.map((e) => [e.text, e.value])).toEqual([['Jan. 1', '2022-01-01'], ['September 20', '2021-09-20'], ['Monday', '2021-03-29']]);
    // in the past tense the same dates look back
    expect(tagSpan('The levy took effect Jan. 1.', '2021-03-24', 'Jan. 1')).toMatchObject({ value: '2021-01-01' });
  });

  it('future tense moves the date forward', () => {
    expect(tagSpan('The two ministers will meet on 3 July in Brussels.', PUB, '3 July')).toMatchObject({ value: '2024-07-03' });
    expect(tagSpan('The two ministers will meet on 3 June in Brussels.', PUB, '3 June')).toMatchObject({ value: '2025-06-03' });
  });

  it('weekday plus date is one expression', () => {
    const text = 'US military spokesman Patrick Ryder said this on Tuesday, June 25, during a briefing.';
    const all = tagAll(text, PUB);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ text: 'Tuesday, June 25', value: '2024-06-25', precision: 'day' });
  });

  it('a day range is one DATE with an end', () => {
    const text = 'Singh said the conversation followed the NATO Summit in Washington on 9-11 July.';
    expect(tagSpan(text, '2024-07-12', '9-11 July')).toMatchObject({ type: 'DATE', value: '2024-07-09', endValue: '2024-07-11', precision: 'day' });
  });

  it('date with clock time is a TIME at minute precision', () => {
    const text = 'Oleh Pavliuk — Friday, 12 July 2024, 19:50';
    expect(tagSpan(text, '2024-07-12', 'Friday, 12 July 2024, 19:50')).toMatchObject({ type: 'TIME', value: '2024-07-12T19:50', precision: 'minute' });
    expect(tagSpan('Trading resumed at 16:08 UTC.', '2008-09-17', '16:08 UTC')).toMatchObject({ type: 'TIME', value: '2008-09-17T16:08Z' });
  });

  it('bare months follow tense', () => {
    expect(tagSpan('Belousov was appointed by President Vladimir Putin in May.', PUB, 'May')).toMatchObject({ value: '2024-05', precision: 'month' });
    expect(tagSpan('In October, Hamas launched an attack on Israel.', PUB, 'October')).toMatchObject({ value: '2023-10' });
    expect(tagAll('Theresa May said the deal was done.', PUB)).toHaveLength(0);
    expect(tagAll('Officials may meet again.', PUB)).toHaveLength(0);
  });

  it('years but not quantities', () => {
    expect(tagSpan('Russia annexed Crimea in 2014 after a disputed referendum.', PUB, '2014')).toMatchObject({ value: '2014', precision: 'year' });
    expect(tagSpan('The standoff recalled the 1962 Cuban Missile Crisis.', PUB, '1962')).toMatchObject({ value: '1962' });
    const numbers = 'ATACMS missiles can strike targets up to 300 kilometers away; 153 people were injured, the US$40 billion package adds 1,000 troops and 2000 soldiers.';
    expect(tagAll(numbers, PUB)).toEqual([]);
  });

  it('decades', () => {
    expect(tagSpan('Tensions have not been this high since the 1980s.', PUB, '1980s')).toMatchObject({ value: '198', precision: 'decade' });

  });
  it('decades spelled out after "the": "the nineties", "the late eighties"; "in their sixties" is an age', () => {
    const found = tagAll('Membership fell through the nineties and had peaked in the late eighties. The founders are in their sixties.', '1998-03-03');
    expect(found.map((e) => [e.text, e.value, e.precision])).toEqual([['nineties', '199', 'decade'], ['late eighties', '198', 'decade']]);
  });
});

describe('month-day without a year, no tense cue', () => {
  it('takes the tense of the sentence\'s previous date ("would leave from March 30, with a third departing from August 6")', () => {
    const planned = 'The ferry line said new sailings would leave Harwick from March 30, with a third departing each Thursday from August 6.';
    expect(tagSpan(planned, '2021-02-12', 'August 6')).toMatchObject({ value: '2021-08-06' });
    const told = 'New sailings left Harwick from March 30, with a third departing each Thursday from August 6.';
    expect(tagSpan(told, '2021-02-12', 'August 6')).toMatchObject({ value: '2020-08-06' });
  });
  it('a coming date much nearer than the past one wins ("payable Dec. 7 to holders of record Nov. 22")', () => {
    expect(tagSpan('The dividend is payable Dec. 7 to holders of record Nov. 22.', '2023-10-27', 'Nov. 22')).toMatchObject({ value: '2023-11-22' });
    expect(tagSpan('The new chairman takes office Feb. 1.', '2023-10-26', 'Feb. 1')).toMatchObject({ value: '2024-02-01' });
    // even in a past clause, a deadline a few weeks ahead beats one nearly a year back
    expect(tagSpan('The offer had been set to expire Nov. 6.', '2023-10-30', 'Nov. 6')).toMatchObject({ value: '2023-11-06' });
  });
});

describe('named days', () => {
  it('fixed and movable holidays: Christmas Eve, Thanksgiving Day, last Thanksgiving, Election Day', () => {
    const found = tagAll('Stores were crowded on Thanksgiving Day and will open late on Christmas Eve.', '2023-11-28');
    expect(found.map((e) => [e.text, e.value])).toEqual([['Thanksgiving Day', '2023-11-23'], ['Christmas Eve', '2023-12-24']]);
    expect(tagSpan('Turnout fell after last Thanksgiving.', '2023-11-28', 'last Thanksgiving')).toMatchObject({ value: '2023-11-23' });
    expect(tagSpan('Polls closed late on Election Day.', '2022-11-10', 'Election Day')).toMatchObject({ value: '2022-11-08' });
  });
  it('days counted from Easter or from Thanksgiving: Good Friday, Ash Wednesday, Black Friday', () => {
    const found = tagAll('The ferry ran until Good Friday; the council had met on Ash Wednesday.', '2021-04-12');
    expect(found.map((e) => [e.text, e.value])).toEqual([['Good Friday', '2021-04-02'], ['Ash Wednesday', '2021-02-17']]);
    expect(tagSpan('Malls were packed on Black Friday.', '2021-12-01', 'Black Friday')).toMatchObject({ value: '2021-11-26' });
  });
  it('"Black Monday", "Super Tuesday" name events: no weekday is read in them', () => {
    expect(tagAll('Brokers still speak of Black Monday. Rivals fought hard before Super Tuesday.', '2021-10-20')).toEqual([]);
    // a capitalised word that names no event leaves the weekday a date
    expect(tagAll('Premier Novak resigned. Parliament met Monday.', '2021-10-20').map((e) => e.value)).toEqual(['2021-10-18']);
  });
});

describe('weekdays counted in a month', () => {
  it('"the last Sunday in April", "the first Tuesday in November 2020" are days', () => {
    const found = tagAll('The final is on the last Sunday in April. The vote was on the first Tuesday in November 2020.', '2021-03-22');
    expect(found.map((e) => [e.text, e.value])).toEqual([['the last Sunday in April', '2021-04-25'], ['the first Tuesday in November 2020', '2020-11-03']]);
  });
});

describe('years read out in broadcast transcripts', () => {
  it('"nineteen ninety-one", "nineteen oh five", "the year two thousand"; counts stay counts', () => {
    const found = tagAll('The mill opened in nineteen oh five and closed in nineteen ninety-one, before the year two thousand.', PUB).map((e) => [e.text, e.value]);
    expect(found).toEqual([['nineteen oh five', '1905'], ['nineteen ninety-one', '1991'], ['the year two thousand', '2000']]);
    expect(tagAll('About two thousand troops and two thousand three hundred civilians left.', PUB)).toEqual([]);
  });
});

describe('years after a word prefix', () => {
  it('"mid-1996", "the mid-1990s", "post-1959" are years; "F-1990" and "3-2000" are not', () => {
    expect(tagAll('The alliance frayed in mid-1996, and by the mid-1990s post-1959 habits had faded.', PUB).map((e) => [e.text, e.value])).toEqual([
      ['mid-1996', '1996'], ['mid-1990s', '199'], ['1959', '1959'],
    ]);
    expect(tagAll('The F-1990 prototype lost 3-2000 in a mock contest.', PUB)).toEqual([]);
  });
});
