import { describe, expect, it } from 'vitest';
import { contentTerms } from './contentTerms.ts';

describe('contentTerms', () => {
  it('keeps what happened and who, not saying-verbs or time words', () => {
    expect(contentTerms('Pentagon spokesman Patrick Ryder said on Tuesday that the call took place')).toEqual(['pentag', 'spokes', 'patric', 'ryder', '#contact', 'call']);
  });

  it('adds the kind of happening a word names, so differently worded accounts meet', () => {
    expect(contentTerms('spoke by phone')).toContain('#contact');
    expect(contentTerms('held a telephone conversation')).toContain('#contact');
    expect(contentTerms('the missile strike')).toContain('#attack');
  });

  it('"called the attack an act of terrorism", "called for a ceasefire" name or urge: no phone call', () => {
    expect(contentTerms('The spokeswoman called the attack an act of terrorism.')).not.toContain('#contact');
    expect(contentTerms('The minister called it “a provocation”.')).not.toContain('#contact');
    expect(contentTerms('Ostrava called for a ceasefire.')).not.toContain('#contact');
    expect(contentTerms('The minister called his counterpart on Tuesday.')).toContain('#contact');
    expect(contentTerms('The two ministers spoke, and the call lasted an hour.')).toContain('#contact');
  });

  it('joins British and American spellings and inflections by stem', () => {
    expect(contentTerms('defence ministers')).toEqual(contentTerms('defense minister'));
  });
});

describe('stemWord', () => {
  it('joins the inflections news uses for one happening', async () => {
    const { stemWord } = await import('./contentTerms.ts');
    for (const group of [['fall', 'falls', 'fallen'], ['close', 'closed', 'closes', 'closing'], ['die', 'dies', 'died'], ['company', 'companies'], ['price', 'prices']]) {
      expect(new Set(group.map(stemWord)).size, group.join('/')).toBe(1);
    }
    expect(stemWord('need')).not.toBe(stemWord('ne'));
    expect(stemWord('spokesman')).not.toBe(stemWord('spoke'));
  });
});
