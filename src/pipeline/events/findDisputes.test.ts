import { describe, expect, it } from 'vitest';
import { findClaims } from './findClaims.ts';
import { findDisputes } from './findDisputes.ts';

const claims = (source: string, sentence: string) => findClaims(sentence).map((c) => ({ ...c, source }));

describe('findDisputes', () => {
  it('lists each account of a disputed death toll with its sources', () => {
    const disputes = findDisputes([
      ...claims('mt', 'A Ukrainian strike with a U.S. missile in annexed Crimea killed four people.'),
      ...claims('rt', 'Four beachgoers, including two children, were killed during a Ukrainian missile strike.'),
      ...claims('hr', 'In a rocket attack on Sevastopol, three people were killed, including two children.'),
    ]);
    expect(disputes).toEqual([{ about: 'killed', accounts: [{ value: '3', sources: ['hr'] }, { value: '4', sources: ['mt', 'rt'] }] }]);
  });

  it('sees no dispute where ranges agree: "more than 150" and "153"', () => {
    expect(findDisputes([...claims('a', 'The attack injured more than 150 people.'), ...claims('b', '153 people were injured.')])).toEqual([]);
  });

  it('compares like with like: killed is not injured, children are not people', () => {
    expect(findDisputes([...claims('a', 'Four people were killed.'), ...claims('b', '151 people were injured.'), ...claims('c', 'At least two children were killed.')])).toEqual([]);
  });

  it('lists two accounts one article reports, from different sentences', () => {
    const disputes = findDisputes([
      ...claims('a', 'The ministry said the attack killed at least four.').map((c) => ({ ...c, sentence: 'a@0' })),
      ...claims('a', 'Three people were killed, said the local governor.').map((c) => ({ ...c, sentence: 'a@60' })),
    ]);
    expect(disputes).toEqual([{ about: 'killed', accounts: [{ value: '3', sources: ['a'] }, { value: 'at least 4', sources: ['a'] }] }]);
  });
});
