import { describe, expect, it } from 'vitest';
import { protectSummary } from './protectSummary.ts';

describe('protectSummary', () => {
  it('escapes the colon of a first line the parser would take for an option', () => {
    expect(protectSummary('title: not a title, a sentence.')).toBe('title\\: not a title, a sentence.');
    expect(protectSummary('note: a: b\nsee: c')).toBe('note\\: a: b\nsee: c');
  });

  it('leaves every other summary as written', () => {
    for (const summary of ['Note: capitalised is prose.', 'A sentence: with a colon.', 'time:12 is no option', 'Plain.\n\ntitle: second paragraphs are safe']) expect(protectSummary(summary)).toBe(summary);
  });
});
