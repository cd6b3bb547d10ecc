/**
 * A synthetic, deterministic timeline the size of a real 300-article story:
 * `events` events of which `key` are key, over about 14 months plus some
 * background years, with planned events, publication-dated events, ranges,
 * disputes and a heavy tail of mentions on the key events. For page-weight
 * measurements and for a fixture site that has every kind of event.
 *
 *   npx tsx tests/e2e/synthetic.ts [events] [key] > timeline.json
 */
import { parseTimeline, type Mention, type Source, type Timeline, type TimelineEvent } from '../../src/pipeline/schema';
import { isoStart } from '../../src/timeline/dates';
import { mulberry32 } from '../../scripts/bench/prng';

const rng = mulberry32;

const WORDS = (
  'minister talks ceasefire border council vote court ruling strike port grain convoy sanctions envoy summit ' +
  'parliament budget protest election pipeline drone shelling offensive reserve treaty aid deal inquiry ' +
  'mayor governor army navy coast bridge dam power plant hospital school village capital region delegation'
).split(' ');
const VERBS = 'announces rejects signs meets holds delays confirms denies opens closes attacks visits'.split(' ');
const OUTLETS = ['The Daily Ledger', 'Northern Post', 'Wire Service', 'Evening Courier', 'Radio Free Valley', 'The Tribune', 'Harbour News', 'Capital Herald', 'Morning Star', 'Gazette Online', 'Metro Report', 'The Observer Weekly'];

export function syntheticTimeline({ events = 1500, key = 100, sources = 300, seed = 7 } = {}): Timeline {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

  const sourceList: Source[] = Array.from({ length: sources }, (_, i) => {
    const outlet = pick(OUTLETS);
    const day = new Date(Date.UTC(2024, 0, 1) + int(0, 410) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `s${String(i).padStart(3, '0')}`,
      file: `${String(i).padStart(3, '0')}.txt`,
      title: `${words(3)} ${pick(VERBS)} ${words(2)}`,
      outlet,
      url: i % 5 === 4 ? null : `https://example.org/${i}`,
      author: null,
      language: 'en',
      published: { date: day, precision: 'day', inferred: i % 17 === 0, basis: i % 17 === 0 ? 'inferred' : 'dateline' },
    };
  });

  const mention = (expression: string): Mention => {
    const start = int(0, 4000);
    const quote = `${words(int(18, 40))}.`.replace(/^./, (c) => c.toUpperCase());
    return { source: pick(sourceList).id, quote, start, end: start + quote.length, expression };
  };

  const list: TimelineEvent[] = Array.from({ length: events }, (_, i) => {
    const background = r() < 0.05;
    const planned = r() < 0.06;
    const publication = !background && r() < 0.15;
    let start: string;
    let end: string | undefined;
    let precision: TimelineEvent['date']['precision'] = 'day';
    if (background) {
      const year = pick([1962, 1991, 2008, 2014, 2014, 2022]);
      precision = r() < 0.7 ? 'year' : 'month';
      start = precision === 'year' ? String(year) : `${year}-${String(int(1, 12)).padStart(2, '0')}`;
    } else {
      const t = Date.UTC(2024, 0, 1) + int(0, 410) * 86_400_000;
      start = new Date(t).toISOString().slice(0, 10);
      const roll = r();
      if (!publication && roll < 0.04) {
        precision = 'minute';
        start = `${start}T${String(int(6, 22)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}+03:00`;
      } else if (!publication && roll < 0.1) {
        end = new Date(t + int(1, 4) * 86_400_000).toISOString().slice(0, 10);
      } else if (!publication && roll < 0.16) {
        precision = 'month';
        start = start.slice(0, 7);
      }
    }
    const title = `${words(2)} ${pick(VERBS)} ${words(int(2, 5))}`.replace(/^./, (c) => c.toUpperCase());
    const id = `${start.slice(0, 10)}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40).replace(/-+$/, '')}-${i}`;
    const expression = publication ? '' : start;
    return {
      id,
      date: { start, ...(end ? { end } : {}), precision, basis: publication ? 'publication' : 'expression' },
      status: planned ? 'planned' : 'reported',
      tier: 'more',
      title,
      summary: `${words(int(12, 30))}.`.replace(/^./, (c) => c.toUpperCase()),
      kind: background ? 'background' : 'main',
      salience: Math.round(r() * 1000) / 100,
      actors: [],
      mentions: [mention(expression)],
      disputes: [],
    };
  });

  // The most salient become key, with the many mentions key events have.
  const bySalience = [...list].sort((a, b) => b.salience - a.salience || (a.id < b.id ? -1 : 1));
  bySalience.slice(0, key).forEach((e, i) => {
    e.tier = 'key';
    const n = Math.min(60, Math.floor(2 + 3 / (0.05 + r())));
    e.mentions = Array.from({ length: n }, () => mention(e.date.basis === 'publication' ? '' : e.date.start));
    if (i % 9 === 0) {
      const [a, b] = [pick(sourceList).id, pick(sourceList).id];
      e.disputes = [{ about: 'killed', accounts: [{ value: '3', sources: [a] }, { value: '4', sources: [b] }] }];
    }
  });
  for (const e of bySalience.slice(key)) e.mentions.push(...Array.from({ length: int(0, 2) }, () => mention(e.date.start)));

  list.sort((a, b) => isoStart(a.date.start).getTime() - isoStart(b.date.start).getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return parseTimeline({ version: 1, title: 'A synthetic story of many events', sources: sourceList, events: list, diagnostics: [] });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [events, key] = process.argv.slice(2).map(Number);
  process.stdout.write(`${JSON.stringify(syntheticTimeline({ events: events || 1500, key: key || 100 }), null, 2)}\n`);
}
