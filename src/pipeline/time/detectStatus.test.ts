/** Planned vs reported, with invented sentences in English, Russian and Ukrainian. */
import { describe, expect, it } from 'vitest';
import { detectStatus, tagTemporalExpressions } from './index.ts';

/** Status of every dated expression of a sentence, as "text:status". */
function statuses(text: string, language = 'en'): string[] {
  return tagTemporalExpressions(text, { published: '2024-06-26', language }).map((e) => `${e.text}:${detectStatus(text, e.start, e.end, language)}`);
}

describe('detectStatus', () => {
  it('a past announcement of a future event: the announcement is reported, the event planned', () => {
    expect(statuses('The ministry announced on Monday that it will hold talks on Friday.')).toEqual(['Monday:reported', 'Friday:planned']);
    expect(statuses('The vote is scheduled for 12 July, officials said on Monday.')).toEqual(['12 July:planned', 'Monday:reported']);
  });
  it('future cues: will, would (reported future), is to, is due to, set to, plans to, ahead of, upcoming, next week\'s', () => {
    expect(statuses('Talks will resume on Friday.')).toEqual(['Friday:planned']);
    expect(statuses('The council said it would vote on Friday.')).toEqual(['Friday:planned']);
    expect(statuses('The mayor, who resigned on Monday, is to be replaced on Friday.')).toEqual(['Monday:reported', 'Friday:planned']);
    expect(statuses('Parliament is due to debate the bill on Thursday.')).toEqual(['Thursday:planned']);
    expect(statuses('The union is set to strike on 3 July.')).toEqual(['3 July:planned']);
    expect(statuses('The firm plans to open the plant in March.')).toEqual(['March:planned']);
    expect(statuses('Crowds gathered ahead of Sunday\'s vote.')).toEqual(['Sunday:planned']);
    expect(statuses('The upcoming election on 4 July has drawn interest.')).toEqual(['4 July:planned']);
    expect(statuses('Leaders will meet at next week\'s summit.')).toEqual(['next week:planned']);
    expect(statuses('On Friday, the council will vote on the budget.')).toEqual(['Friday:planned']);
  });
  it('a schedule told in the present is planned; the same in the past is reported', () => {
    expect(statuses('The levy takes effect on 1 July, and the trial begins on Monday.')).toEqual(['1 July:planned', 'Monday:planned']);
    expect(statuses('The levy took effect on 1 June.')).toEqual(['1 June:reported']);
  });
  it('reported happenings', () => {
    expect(statuses('The bridge collapsed on Tuesday.')).toEqual(['Tuesday:reported']);
    expect(statuses('The president met the envoy on Tuesday.')).toEqual(['Tuesday:reported']);
    expect(statuses('Officials said on Monday that the talks had failed.')).toEqual(['Monday:reported']);
    expect(statuses('The rally would have taken place on Sunday.')).toEqual(['Sunday:reported']);
    expect(statuses('Prices rose last week.')).toEqual(['last week:reported']);
  });
  it('Russian and Ukrainian cues are data in their tables', () => {
    expect(statuses('Министерство заявило в понедельник, что переговоры возобновятся в пятницу.', 'ru')).toEqual(['понедельник:reported', 'пятницу:planned']);
    expect(statuses('Мост обрушился во вторник.', 'ru')).toEqual(['вторник:reported']);
    expect(statuses('Голосование состоится 12 июля.', 'ru')).toEqual(['12 июля:planned']);
    expect(statuses('Міністерство заявило в понеділок, що переговори відбудуться в п\'ятницю.', 'uk')).toEqual(['понеділок:reported', 'п\'ятницю:planned']);
    expect(statuses('Міст обвалився у вівторок.', 'uk')).toEqual(['вівторок:reported']);
  });

  it('reads "the next day" from the clause, not as a plan: it counts from a day the story told', () => {
    const told = 'The next day, the agency announced that the dam had held.';
    expect(detectStatus(told, 0, 12, 'en')).toBe('reported');
    const plan = 'The talks will resume the next day.';
    expect(detectStatus(plan, plan.indexOf('the next day'), plan.length - 1, 'en')).toBe('planned');
  });
});
