import { describe, expect, it } from 'vitest';
import { toHeadlineTense } from './toHeadlineTense.ts';

describe('toHeadlineTense', () => {
  it('puts the main verb in the present for its subject', () => {
    expect(toHeadlineTense('A storm struck the coast')).toBe('A storm strikes the coast');
    expect(toHeadlineTense('A storm hit the coast')).toBe('A storm hit the coast');
    expect(toHeadlineTense('The ministers spoke by phone')).toBe('The ministers speak by phone');
    expect(toHeadlineTense('Police left the square')).toBe('Police leave the square');
    expect(toHeadlineTense('The talks between the ministers ended without a deal')).toBe('The talks between the ministers end without a deal');
  });

  it('drops the auxiliary of a past passive and turns a present perfect into the present', () => {
    expect(toHeadlineTense('12 people were killed in the floods')).toBe('12 people killed in the floods');
    expect(toHeadlineTense('The carmaker has announced 3,000 job cuts')).toBe('The carmaker announces 3,000 job cuts');
  });

  it('changes only the first verb group, and leaves what is already present', () => {
    expect(toHeadlineTense('The mayor declared that the city would rebuild')).toBe('The mayor declares that the city would rebuild');
    expect(toHeadlineTense('Airbus launches new jet')).toBe('Airbus launches new jet');
  });
});

describe('toHeadlineTense on harder sentences', () => {
  it('finds the subject past asides, opening phrases and coordination', () => {
    expect(toHeadlineTense('The first ferry, built by the shipyard, was delivered')).toBe('The first ferry, built by the shipyard, delivered');
    expect(toHeadlineTense('In a ceremony attended by the minister, the company unveiled its plans')).toBe(
      'In a ceremony attended by the minister, the company unveils its plans',
    );
    expect(toHeadlineTense('The union and the employers signed a deal')).toBe('The union and the employers sign a deal');
    expect(toHeadlineTense('Markets rally as central banks infuse cash')).toBe('Markets rally as central banks infuse cash');
  });

  it('keeps a pronoun subject’s passive, and a describing participle before the main verb', () => {
    expect(toHeadlineTense('He was fired from the company')).toBe('He is fired from the company');
    expect(toHeadlineTense('The amount calculated for last year is preliminary')).toBe('The amount calculated for last year is preliminary');
    expect(toHeadlineTense('Emails exchanged among officials have been entered into the record')).toBe('Emails exchanged among officials have been entered into the record');
  });

  it('reads past an opening phrase’s participle and into a reported clause', () => {
    expect(toHeadlineTense('In a televised speech from the palace, the king announced new elections')).toBe(
      'In a televised speech from the palace, the king announces new elections',
    );
    expect(toHeadlineTense('The carmaker announced it would cut 3,000 jobs')).toBe('The carmaker announces it would cut 3,000 jobs');
  });

  it('takes a word of a known name as one, whatever its ending', () => {
    expect(toHeadlineTense('Jobs resigned from his post', ['Steve Jobs'])).toBe('Jobs resigns from his post');
    expect(toHeadlineTense('Jobs were cut at the plant')).toBe('Jobs are cut at the plant');
  });
});
