import { describe, expect, it } from 'vitest';
import { eventFixture } from '../../pipeline/eventFixture';
import type { Source } from '../../pipeline/schema';
import { emptyQuery, isEmptyQuery, readFinderQuery, writeFinderQuery } from './finderQuery';
import { foldText, matchEvents } from './matchEvents';
import { searchIndex } from './searchIndex';

const source = (id: string, outlet: string): Source => ({ id, file: `${id}.txt`, title: null, outlet, url: null, author: null, language: 'en', published: null });
const sources = [source('wire', 'Wire Service'), source('daily', 'The Daily'), source('daily-2', 'The Daily')];

// Invented events in the words of real wire copy.
const events = [
  eventFixture('2021-03-02-talks-open', '2021-03-02', {
    title: 'Ministers open talks in Geneva',
    summary: 'The two ministers met in Geneva on Tuesday for the first time since the ceasefire.',
    actors: ['Anna Kovács', 'Geneva'],
    mentions: [
      { source: 'wire', quote: 'q', start: 0, end: 1, expression: 'on Tuesday' },
      { source: 'daily-2', quote: 'q', start: 0, end: 1, expression: 'on Tuesday' },
    ],
  }),
  eventFixture('2021-03-09-strike-port', '2021-03-09', {
    title: 'Missile strike hits the port',
    summary: 'At least four people were killed when a missile struck the port.',
    actors: ['Anna Kovács'],
    mentions: [{ source: 'daily', quote: 'q', start: 0, end: 1, expression: 'on 9 March' }],
  }),
  eventFixture('2021-04-vote', '2021-04', { title: 'Parliament to vote on the deal', status: 'planned', tier: 'more', actors: ['Parliament'] }),
  eventFixture('1994-treaty', '1994', { title: 'Treaty signed', kind: 'background', tier: 'more', mentions: [{ source: 'wire', quote: 'q', start: 0, end: 1, expression: 'in 1994' }] }),
];
const index = searchIndex(events, [...sources, source('s', 'Other')], (e) => e.date.start, (s) => s.outlet ?? s.file);

describe('searchIndex', () => {
  it('lists actors by how many events they are in, and sources once per name', () => {
    expect(index.actors).toEqual(['Anna Kovács', 'Geneva', 'Parliament']);
    expect(index.sources).toEqual(['Other', 'The Daily', 'Wire Service']);
    expect(index.events[0]!.sources).toEqual([1, 2]);
  });
  it('keeps the kinds a reader filters by', () => {
    expect(index.events.map((r) => r.kinds)).toEqual([['main'], ['main'], ['main', 'planned'], ['background']]);
  });
});

describe('matchEvents', () => {
  const ids = (q: Partial<typeof emptyQuery>) => matchEvents(index, { ...emptyQuery, ...q }).map((r) => r.id);

  it('finds every word anywhere, without case or accents', () => {
    expect(ids({ q: 'geneva MINISTERS' })).toEqual(['2021-03-02-talks-open']);
    expect(ids({ q: 'kovacs' })).toEqual(['2021-03-02-talks-open', '2021-03-09-strike-port']);
    expect(ids({ q: 'killed port' })).toEqual(['2021-03-09-strike-port']);
    expect(ids({ q: 'killed geneva' })).toEqual([]);
  });
  it('filters by actor, source and kind, together with words', () => {
    expect(ids({ actor: 'Parliament' })).toEqual(['2021-04-vote']);
    expect(ids({ source: 'The Daily' })).toEqual(['2021-03-02-talks-open', '2021-03-09-strike-port']);
    expect(ids({ kind: 'background' })).toEqual(['1994-treaty']);
    expect(ids({ kind: 'planned', q: 'vote' })).toEqual(['2021-04-vote']);
    expect(ids({ source: 'Wire Service', q: 'strike' })).toEqual([]);
  });
  it('folds Cyrillic the same way on both sides', () => {
    expect(foldText('Йошкар-Ола')).toBe(foldText('йошкар-ола'));
  });
});

describe('finder query in the URL', () => {
  it('round-trips through the query string, keeping other parameters', () => {
    const query = { q: 'missile strike', actor: 'Anna Kovács', source: '', kind: 'planned' as const };
    const search = writeFinderQuery(query, '?theme=dark');
    expect(search).toBe('?theme=dark&q=missile+strike&actor=Anna+Kov%C3%A1cs&kind=planned');
    expect(readFinderQuery(search)).toEqual(query);
  });
  it('drops an unknown kind and says when nothing is asked', () => {
    expect(readFinderQuery('?kind=rumour').kind).toBe('');
    expect(isEmptyQuery(readFinderQuery('?theme=dark'))).toBe(true);
    expect(writeFinderQuery(emptyQuery, '?q=old')).toBe('');
  });
});
