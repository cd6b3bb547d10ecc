import { describe, expect, it } from 'vitest';
import { tagAll, tagSpan } from './testHelpers';

const PUB = '2024-06-26';
const tag2 = (text: string, published: string) => tagAll(text, published).map((e) => [e.text, e.value]);

describe('dates relative to the story', () => {
  it('the next day follows the last mentioned date', () => {
    const text = 'On June 24, Russia summoned the US ambassador. The next day, the Pentagon announced a new aid package.';
    expect(tagSpan(text, PUB, 'The next day')).toMatchObject({ value: '2024-06-25', precision: 'day' });
  });

  it('N days later, the day before, that Sunday', () => {
    const text = 'The strike came on June 20. Two days later, Moscow protested. The day before, Kyiv had warned residents. That Sunday, rescuers found more bodies.';
    expect(tagSpan(text, PUB, 'Two days later')).toMatchObject({ value: '2024-06-22' });
    expect(tagSpan(text, PUB, 'The day before')).toMatchObject({ value: '2024-06-21' });
    expect(tagSpan(text, PUB, 'That Sunday')).toMatchObject({ value: '2024-06-23' });
  });

  it('"that same day" is the day just told, as "the same day" is', () => {
    const text = 'The dam broke on 20 June. That same day, villagers fled.';
    expect(tagSpan(text, PUB, 'That same day')).toMatchObject({ value: '2024-06-20' });
  });

  it('"the previous Friday" is the Friday before the story\'s current date, not before publication', () => {
    // published Monday 1 November: Friday is 29 October, the one before it 22 October
    const text = 'The index closed on Friday at 2,080, down 4.5% from the previous Friday.';
    expect(tagSpan(text, '2021-11-01', 'Friday')).toMatchObject({ value: '2021-10-29' });
    expect(tagSpan(text, '2021-11-01', 'the previous Friday')).toMatchObject({ value: '2021-10-22' });
  });
  it('"the following Monday" is the Monday after the story\'s current date, not the one before publication', () => {
    const text = 'The mayor was arrested on March 4. He was charged the following Monday.';
    expect(tagSpan(text, '2021-03-22', 'the following Monday')).toMatchObject({ value: '2021-03-08' });
    // "next Monday" still counts from publication
    expect(tagSpan('The mayor will be charged next Monday.', '2021-03-22', 'next Monday')).toMatchObject({ value: '2021-03-29' });
  });

  it('a bare year told gives "two years later" and "that year" their year; a target year is not "the full year"', () => {
    expect(tag2('The mayor was arrested in 2011 and released two years later.', '2013-03-22')).toEqual([['2011', '2011'], ['two years later', '2013']]);
    expect(tag2('The plant opened in 2005. Imports fell that year.', '2013-03-22')).toEqual([['2005', '2005'], ['that year', '2005']]);
    // "by 2030" is a target: "the full year" after it is still the current one, though "the following year" counts on from it
    expect(tag2('By 2030 the mill aims to double output. It forecast higher profit for the full year.', '2023-10-30')).toEqual([['2030', '2030'], ['the full year', '2023']]);
    expect(tag2('The games will be held in 2028. The following year, the stadium will close.', '2023-10-30')).toEqual([['2028', '2028'], ['The following year', '2029']]);
  });
  it('the year previous counts from the last mentioned year', () => {
    const text = 'The company cut costs last year, $19.8 billion less than the year previous.';
    expect(tagSpan(text, '2010-01-28', 'the year previous')).toMatchObject({ value: '2008', precision: 'year' });
  });

  it('a quarter or a season with its year gives "the entire year" its year', () => {
    expect(tag2('The brewer lost $2 million in the fourth quarter of 2021 and $5 million for the entire year.', '2022-01-27')).toEqual([
      ['the fourth quarter of 2021', '2021-Q4'], ['the entire year', '2021'],
    ]);
    expect(tag2('Sales slumped in the summer of 2019. Over the entire year, they still rose.', '2022-01-27')).toEqual([
      ['summer of 2019', '2019-SU'], ['the entire year', '2019'],
    ]);
  });
  it('"by the end of the decade" is this decade; a bare "the decade" in other words stays no date', () => {
    expect(tag2('The utility will close its coal plants by the end of the decade.', '2021-03-04')).toEqual([['the end of the decade', '202']]);
    expect(tag2('The decade brought hard times.', '2021-03-04')).toEqual([]);
  });
  it('without an earlier date, a trading-session "the day" is the publication day', () => {
    expect(tagSpan('Markets fell sharply to end the day lower.', PUB, 'the day')).toMatchObject({ value: '2024-06-26' });
  });
});

describe('reported speech', () => {
  it('"today" in a dated statement is the statement day', () => {
    const text = [
      'Pentagon Chief Lloyd Austin spoke by phone with Andrei Belousov. US military spokesman Patrick Ryder said this on Tuesday, June 25, during a briefing.',
      '',
      'According to him, the parties discussed the conflict around Ukraine.',
      '',
      'Austin also spoke by phone today with Russian Defense Minister Andrei Belusov. During a conversation the minister emphasized communication Patrick Ryder Pentagon press secretary',
      '',
      '"We spoke today," Ryder told reporters.',
    ].join('\n');
    const all = tagSpan(text, PUB, 'Tuesday, June 25');
    expect(all.value).toBe('2024-06-25');
    const todays = tagAll(text, PUB).filter((e) => e.text === 'today');
    expect(todays.map((e) => e.value)).toEqual(['2024-06-25', '2024-06-25']);
  });

  it('"said today" dates a new statement: the publication day, even after a dated one', () => {
    const text = 'The port authority said on Monday that ships were waiting offshore. The fishermen\'s union said today it would strike.';
    expect(tagSpan(text, PUB, 'today')).toMatchObject({ value: '2024-06-26' });
  });

  it('a date of what was said does not date the saying: a later reported "today" stays the publication day', () => {
    const text = 'A ministry spokesman said envoy Ivan Horák left on Tuesday for talks in the region. Another spokesman said the first convoy was assembling in the capital today.';
    expect(tagSpan(text, PUB, 'today')).toMatchObject({ value: PUB });
  });

  it('"said in a televised address on Monday" dates the saying: a quoted "today" after it is that Monday', () => {
    const text = 'The mayor said in a televised address on Monday that the port would reopen. "We decided today to act," she said.';
    expect(tagSpan(text, PUB, 'today')).toMatchObject({ value: '2024-06-24' });
  });

  it('"today" before the verb of saying is the narrator\'s, even after a dated statement', () => {
    const text = 'President Kovács on Tuesday said the blockade could widen. Kovács today denounced the blockade and said the country would hold firm.';
    expect(tagSpan(text, PUB, 'Tuesday')).toMatchObject({ value: '2024-06-25' });
    expect(tagSpan(text, PUB, 'today')).toMatchObject({ value: PUB });
  });

  it('"today" in narrative stays the publication day', () => {
    const text = 'On Monday, the Kremlin said it would respond.\n\nToday, Russian forces launched new strikes.';
    expect(tagSpan(text, PUB, 'Today')).toMatchObject({ value: '2024-06-26' });
  });
});

describe('market and earnings periods', () => {
  it('"for the week" is the trading day\'s week; "a high for the year", "nine months of the year" this year; "the year ended" stays a stretch', () => {
    expect(tag2('The index closed at 1,204 on Friday. For the week, the index dropped 3.8%.', '2023-10-30')).toEqual([['Friday', '2023-10-27'], ['the week', '2023-W43']]);
    expect(tag2('Shares hit a high for the year. Sales rose in the first nine months of the year.', '2023-10-30')).toEqual([['the year', '2023'], ['the first nine months', 'P9M'], ['the year', '2023']]);
    expect(tag2('For the year ended June 30, the miller earned more.', '2023-10-30')[0]).toEqual(['the year', 'P1Y']);
  });
});

describe('the story\'s current period', () => {
  it('"earlier in the year", "later in the week", "early in the month" are this year, week and month', () => {
    expect(tag2('Sowing was delayed earlier in the year by rain. Talks resume later in the week. Prices fell early in the month.', '2023-10-26')).toEqual([
      ['the year', '2023'], ['the week', '2023-W43'], ['early in the month', '2023-10'],
    ]);
  });
});

describe('trading-session days', () => {
  it('"later in the day" is the story\'s current day, even when it was named sentences before', () => {
    const text = 'Shares rose on Tuesday. Volume was light. Traders were cautious. Prices fell later in the day.';
    expect(tagSpan(text, PUB, 'the day')).toMatchObject({ value: '2024-06-25' });
  });
  it('"late in the day after falling" keeps the session day; "the day after the vote" is still no date', () => {
    expect(tag2('The index rebounded late in the day after falling 2%.', PUB)).toEqual([['late in the day', '2024-06-26']]);
    expect(tag2('He resigned the day after the vote.', PUB)).toEqual([]);
  });
});
