import { describe, expect, it } from 'vitest';
import { nameUse, namesIn, rankActors } from './findActors.ts';
import { mergeNameVariants } from './mergeNameVariants.ts';

describe('namesIn', () => {
  it('finds people without their titles, and institutions', () => {
    const names = namesIn('Russian Defense Minister Andrei Belousov and his U.S. counterpart Lloyd Austin spoke by phone, the Russian Defense Ministry said.');
    expect(names).toEqual(expect.arrayContaining(['Andrei Belousov', 'Lloyd Austin', 'Russian Defense Ministry']));
    expect(names).not.toContain('Minister Andrei Belousov');
  });

  it('reads a regional English tag (en-GB, en_US) with the English tagger: titles stripped as for "en"', () => {
    const text = 'Defense Minister Anna Kovács met the Harbour Board in Leeds.';
    expect(namesIn(text, 'en-GB')).toEqual(namesIn(text, 'en'));
    expect(namesIn(text, 'en_US')).toContain('Anna Kovács');
    expect(namesIn(text, 'en-GB')).not.toContain('Defense Minister Anna Kovács');
  });
});

describe('rankActors', () => {
  it('merges spelling variants across sources and ranks by how many sources name the actor', () => {
    const use = nameUse(
      new Map([
        ['a', ['Russian Defense Minister Andrei Belousov and his U.S. counterpart Lloyd Austin spoke by phone on Tuesday.']],
        ['b', ['It was Secretary of Defense Lloyd Austin’s first direct conversation with Andrey Belousov.']],
        ['c', ['Austin also spoke by phone today with Russian Defense Minister Andrei Belusov.']],
      ]),
      () => 'en',
    );
    const actors = rankActors(use, mergeNameVariants(use.counts));
    expect([...actors.slice(0, 2)].sort()).toEqual(['Andrei Belousov', 'Lloyd Austin']);
    expect(actors).not.toContain('Andrey Belousov');
    expect(actors).not.toContain('Andrei Belusov');
    expect(actors).not.toContain('Austin');
  });
});

describe('findAliases', () => {
  it('reads the names a text declares one', async () => {
    const { findAliases } = await import('./findActors.ts');
    const quote = 'On June 23, the Armed Forces of Ukraine (AFU) fired five missiles.';
    expect(findAliases(quote, namesIn(quote))).toEqual([['AFU', 'Armed Forces of Ukraine']]);
  });

  it('merges an actor and its declared alias', () => {
    const use = nameUse(new Map([['a', ['The Armed Forces of Ukraine (AFU) fired five missiles.']], ['b', ['The AFU said the strike hit a military target.']]]), () => 'en');
    expect(rankActors(use, mergeNameVariants(use.counts))).toEqual(['Armed Forces of Ukraine']);
  });
});
