import { describe, expect, it } from 'vitest';
import { clauseOf } from './clauseOf.ts';

const clause = (sentence: string, expression: string): string => {
  const at = sentence.indexOf(expression);
  const { start, end } = clauseOf(sentence, at, at + expression.length);
  return sentence.slice(start, end).trim();
};

describe('clauseOf', () => {
  it('finds the relative clause a date sits in', () => {
    expect(clause("Ryder said it was Austin's first call with Belousov, who was appointed by President Vladimir Putin in May.", 'May')).toBe(
      'who was appointed by President Vladimir Putin in May.',
    );
  });

  it('keeps a whole sentence that has no break', () => {
    const s = 'Russian Defense Minister Andrei Belousov and his U.S. counterpart Lloyd Austin spoke by phone on Tuesday to discuss the war in Ukraine.';
    expect(clause(s, 'Tuesday')).toBe(s);
  });

  it('splits at a dash between two happenings', () => {
    expect(clause('This was the second conversation between Austin and Belousov – the previous one was held on 25 June.', '25 June')).toBe(
      'the previous one was held on 25 June.',
    );
  });
});
