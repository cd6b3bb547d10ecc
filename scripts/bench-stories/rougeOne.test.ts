import { describe, expect, it } from 'vitest';
import { rougeOne } from './rougeOne.ts';
import { unigrams } from './unigrams.ts';

const days = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('unigrams', () => {
  it('lowercases and splits into runs of letters and digits, keeping stop words and not stemming', () => {
    expect(unigrams("The A380's first flight, on 25-Oct, was delayed.")).toEqual(['the', 'a380', 's', 'first', 'flight', 'on', '25', 'oct', 'was', 'delayed']);
    expect(unigrams('Сбербанк вырос на 5%')).toEqual(['сбербанк', 'вырос', 'на', '5']);
  });
});

describe('rougeOne (date-agreement ROUGE-1)', () => {
  it('counts overlap only on days both have, over all system and all gold unigrams', () => {
    // Day 1: system "the plane flew" vs gold "the plane landed": overlap 2 (the, plane).
    // Day 2: system only (3 words, overlap 0). Day 3: gold only (4 words).
    // P = 2 / (3 + 3) = 1/3, R = 2 / (3 + 4) = 2/7, F = 2·(1/3)(2/7) / (1/3 + 2/7) = 4/13.
    const score = rougeOne(
      days({ '2020-01-01': 'The plane flew', '2020-01-02': 'shares fell sharply' }),
      days({ '2020-01-01': 'the plane landed', '2020-01-03': 'the board met today' }),
    );
    expect(score.p).toBeCloseTo(1 / 3, 10);
    expect(score.r).toBeCloseTo(2 / 7, 10);
    expect(score.f).toBeCloseTo(4 / 13, 10);
  });

  it('clips a repeated word to the number of times the other side has it', () => {
    // System "the the the plane" vs gold "the plane the end": "the" min(3, 2) = 2, "plane" 1: overlap 3.
    const score = rougeOne(days({ d: 'the the the plane' }), days({ d: 'the plane the end' }));
    expect(score.p).toBeCloseTo(3 / 4, 10);
    expect(score.r).toBeCloseTo(3 / 4, 10);
    // And the other way round it is clipped by the system's count: "the" min(1, 3) = 1.
    const other = rougeOne(days({ d: 'the plane' }), days({ d: 'the the the plane' }));
    expect(other.p).toBeCloseTo(1, 10);
    expect(other.r).toBeCloseTo(2 / 4, 10);
  });

  it('gives nothing for the right words on the wrong day', () => {
    const score = rougeOne(days({ '2020-01-02': 'the plane landed' }), days({ '2020-01-01': 'the plane landed' }));
    expect(score).toEqual({ p: 0, r: 0, f: 0 });
  });

  it('is 1 for identical timelines and 0 for empty ones', () => {
    const gold = days({ a: 'Boeing unveils the 787', b: 'Airbus delays the A380' });
    expect(rougeOne(gold, gold)).toEqual({ p: 1, r: 1, f: 1 });
    expect(rougeOne(new Map(), gold)).toEqual({ p: 0, r: 0, f: 0 });
    expect(rougeOne(gold, new Map())).toEqual({ p: 0, r: 0, f: 0 });
  });
});
