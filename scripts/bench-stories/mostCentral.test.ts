import { describe, expect, it } from 'vitest';
import { termVector } from '../../src/pipeline/events/termVectors.ts';
import { mostCentral } from './mostCentral.ts';

const v = (...terms: string[]) => termVector(terms, new Map());

describe('mostCentral', () => {
  it('picks the vectors closest on average to the others, returned in input order', () => {
    // "b c" shares a term with each of the others; the outlier shares none.
    const vectors = [v('x', 'y'), v('a', 'b'), v('b', 'c'), v('c', 'd')];
    expect(mostCentral(vectors, 1)).toEqual([2]);
    expect(mostCentral(vectors, 3)).toEqual([1, 2, 3]);
  });

  it('breaks ties by input order and copes with one or no vector', () => {
    expect(mostCentral([v('a'), v('b')], 1)).toEqual([0]);
    expect(mostCentral([v('a')], 2)).toEqual([0]);
    expect(mostCentral([], 1)).toEqual([]);
  });
});
