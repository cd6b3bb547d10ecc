import { describe, expect, it } from 'vitest';
import { cutAtWord, MAX_TITLE_LENGTH, shortenTitle, titleFromMention } from './titleFromMention.ts';

describe('titleFromMention', () => {
  it('takes the date phrase out and writes the headline in present tense', () => {
    expect(titleFromMention('On March 3, rescuers saved eleven fishermen off the northern coast.', 'March 3')).toBe('Rescuers save eleven fishermen off the northern coast');
    expect(titleFromMention('The mayor declared an emergency on Wednesday.', 'Wednesday')).toBe('The mayor declares an emergency');
    expect(titleFromMention('12 people were killed in the floods on Tuesday, officials said.', 'Tuesday')).toBe('12 people killed in the floods');
    expect(titleFromMention('The carmaker has announced 3,000 job cuts.', '')).toBe('The carmaker announces 3,000 job cuts');
  });

  it('drops attribution leads and labels, but keeps a verb of saying that is the happening', () => {
    expect(titleFromMention('The spokesman said on Tuesday that the two ministers spoke by phone about the border.', 'Tuesday')).toBe(
      'The two ministers speak by phone about the border',
    );
    expect(titleFromMention('According to the ministry, three soldiers died in the attack on Monday.', 'Monday')).toBe('Three soldiers die in the attack');
    expect(titleFromMention('Details: the committee approved the budget on 4 May.', '4 May')).toBe('The committee approves the budget');
    expect(titleFromMention('In April, the ministry announced that it had sent new trains to the region.', 'April')).toBe(
      'The ministry announces that it had sent new trains to the region',
    );
    expect(titleFromMention('On Monday, the council warned the utility of fines.', 'Monday')).toBe('The council warns the utility of fines');
    expect(titleFromMention('The governor declared Monday a day of mourning and said he had visited the injured in hospital.', 'Monday')).toBe(
      'The governor declares a day of mourning',
    );
  });

  it('leaves no hole where a date was, and keeps a date that is the subject or ends on a bare verb', () => {
    expect(titleFromMention('Prices rose between 2005 and 2007 in the region.', '2005')).toBe('Prices rise between 2005 and 2007 in the region');
    expect(titleFromMention('7 July 2007 was chosen as the launch date.', '7 July 2007')).toBe('7 July 2007 chosen as the launch date');
    expect(titleFromMention('The last meeting of the two leaders took place in March 2023.', 'March 2023')).toBe(
      'The last meeting of the two leaders takes place in March 2023',
    );
  });

  it('takes its words from its own sentence only: stamps and ellipses stay out, a bare date gives no title', () => {
    expect(titleFromMention('(Update 1:33 a.m.) The president signed the bill on Friday.', 'Friday')).toBe('The president signs the bill');
    expect(titleFromMention('... Police left the square on Sunday.', 'Sunday')).toBe('Police leave the square');
    expect(titleFromMention('11:30', '11:30')).toBe('');
    expect(titleFromMention('...', '')).toBe('');
  });

  it('stays under the length limit, cut at a word and never on a function word', () => {
    const title = titleFromMention('The regional parliament elected the former deputy mayor of the capital as its new speaker in a secret ballot on 12 May.', '12 May');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toMatch(/^The regional parliament elects the former deputy mayor of the capital\b/);
    expect(title).not.toMatch(/\b(of|the|and|in)$/);
    expect(cutAtWord('word '.repeat(30).trim(), 20)).toBe('word word word…');
    expect(cutAtWord('short', 90)).toBe('short');
  });
});

describe('shortenTitle', () => {
  it('drops trailing clauses, appositions and phrases before cutting words', () => {
    expect(shortenTitle('The finance ministers of the two countries met for the first time in more than a year, and the two sides gave very different accounts', 90)).toBe(
      'The finance ministers of the two countries met for the first time in more than a year',
    );
    expect(shortenTitle('The chief executive held a second meeting with Maria Lopez, the new head of the regulator of the banking sector', 90)).toBe(
      'The chief executive held a second meeting with Maria Lopez',
    );
    expect(shortenTitle('At least two children were killed in an attack on the market, according to officials in the city', 70)).toBe(
      'At least two children were killed in an attack on the market',
    );
  });
});
