/** Times of day (TIMEX3 TIME values), with invented sentences. */
import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from './index.ts';

const PUB = '2024-06-26'; // a Wednesday
const tag = (text: string) => tagTemporalExpressions(text, { published: PUB }).map((e) => [e.text, e.type, e.value]);

describe('times of day', () => {
  it('a part of the day before its day word is that day\'s part: "mid-afternoon yesterday", "early morning Monday"', () => {
    expect(tag('In London at mid-afternoon yesterday, the shares were up 2 pence.')).toEqual([['mid-afternoon yesterday', 'TIME', '2024-06-25TAF']]);
    expect(tag('Police raided the flat in the early morning Monday.')).toEqual([['early morning Monday', 'TIME', '2024-06-24TMO']]);
    // a weekend has no part of the day: the part stays out
    expect(tag('Shares fell early morning the weekend before.').filter((e) => /morning/.test(String(e[0])))).toEqual([]);
  });
  it('the full stop after "10am" ends the sentence, not the time; "a.m." keeps its own dots', () => {
    expect(tag('The blast came at 10am. The 10:30pm train left.')).toEqual([['10am', 'TIME', '2024-06-26T10:00'], ['10:30pm', 'TIME', '2024-06-26T22:30']]);
    expect(tag('The blast came at 10 a.m. and the train left.')).toEqual([['10 a.m.', 'TIME', '2024-06-26T10:00']]);
  });
  it('noon, midday and midnight are clock times; midnight is hour 24 of its day', () => {
    expect(tag('Talks broke off at noon Thursday and the strike began at midnight.')).toEqual([
      ['noon Thursday', 'TIME', '2024-06-20T12:00'], ['midnight', 'TIME', '2024-06-20T24:00'],
    ]);
    expect(tag('Crowds gathered at midday.')).toEqual([['midday', 'TIME', `${PUB}T12:00`]]);
  });
  it('a clock time takes the weekday after it; "local time" stays inside the span', () => {
    expect(tag('The driver was seized at 10 p.m. Tuesday, police said.')).toEqual([['10 p.m. Tuesday', 'TIME', '2024-06-25T22:00']]);
    expect(tag('Polls will close at 8 p.m. local time on Friday.')).toEqual([['8 p.m. local time on Friday', 'TIME', '2024-06-28T20:00']]);
  });
  it('a clock time told before its date is one expression with it: "5 p.m. EST July 9", "20:00 on 9 July"; not across a comma', () => {
    const found = tagTemporalExpressions('The tender offer runs until 5 p.m. EST July 9. Polls close at 20:00 on 9 July.', { published: PUB });
    expect(found.map((e) => [e.text, e.type, e.value, e.zone])).toEqual([
      ['5 p.m. EST July 9', 'TIME', '2024-07-09T17:00', '-05:00'], ['20:00 on 9 July', 'TIME', '2024-07-09T20:00', undefined],
    ]);
    // after a comma the date is set off: two expressions, the clock on the date's day
    expect(tag('The briefing began at 16:15 UTC, July 1, in the capital.')).toEqual([['16:15 UTC', 'TIME', '2024-07-01T16:15Z'], ['July 1', 'DATE', '2024-07-01']]);
    // a count after the clock is not its day
    expect(tag('At 3 p.m. 12 people were hurt in May.')).toEqual([['3 p.m.', 'TIME', `${PUB}T15:00`], ['May', 'DATE', '2024-05']]);
  });
  it('a part of the day on its own is that part of the story\'s day: "in the morning", "by mid afternoon", "in morning trading"', () => {
    expect(tag('On Monday, dealers placed heavy orders in the morning to open the week. By mid afternoon, prices had eased.')).toEqual([
      ['Monday', 'DATE', '2024-06-24'], ['the morning', 'TIME', '2024-06-24TMO'], ['mid afternoon', 'TIME', '2024-06-24TAF'],
    ]);
    expect(tag('The brewer\'s shares rose in morning trading.')).toEqual([['morning', 'TIME', `${PUB}TMO`]]);
    // a programme, or a morning named by its date, is not the story's morning
    expect(tag('She read it in the evening news. He arrived in the morning of 3 May.').map((e) => e[0])).toEqual(['3 May']);
  });
  it('"4 in the morning" is 04:00; "this morning", "tonight", "Tuesday night" are parts of a day', () => {
    expect(tag('The convoy will leave at 4 in the morning.')).toEqual([['4 in the morning', 'TIME', `${PUB}T04:00`]]);
    expect(tag('The mayor spoke this morning and will speak again tonight.')).toEqual([
      ['this morning', 'TIME', `${PUB}TMO`], ['tonight', 'TIME', `${PUB}TNI`],
    ]);
  });
});

describe('clock words in idioms', () => {
  it('"high noon" is the idiom; "at noon" twelve o\'clock', () => {
    const found = tagTemporalExpressions('For the port, high noon comes today. The ministers met at noon.', { published: '2021-03-12' }).map((e) => [e.text, e.value]);
    expect(found).toEqual([['today', '2021-03-12'], ['noon', '2021-03-12T12:00']]);
  });
});
