/**
 * Temporal tagger benchmark (TempEval-3 Task A style) on TimeML files.
 *   npx tsx scripts/bench-time.ts [DIR] [--errors]
 * DIR defaults to ../shared/data/timeml/meantime. Scores our tagger and plain chrono-node
 * on the same texts (DCT as reference date) and measures characters per second for both.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tagTemporalExpressions } from '../src/pipeline/time/index';
import { chronoTag } from './bench-time/chronoBaseline';
import { parseTimeML, type TimeMLDocument } from './bench-time/parseTimeML';
import { addCounts, emptyCounts, scoreDocument, summarize, type Counts, type Span } from './bench-time/score';

type Tagger = (text: string, dct: string) => Span[];

const ours: Tagger = (text, dct) =>
  tagTemporalExpressions(text, { published: dct, language: 'en' }).map((e) => ({ start: e.start, end: e.end, type: e.type, value: e.value }));

function listTml(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listTml(p));
    else if (name.endsWith('.tml')) out.push(p);
  }
  return out;
}

function evaluate(docs: TimeMLDocument[], tag: Tagger, onDoc?: (doc: TimeMLDocument, sys: Span[]) => void): Counts {
  let total = emptyCounts();
  for (const doc of docs) {
    const sys = tag(doc.text, doc.dct);
    onDoc?.(doc, sys);
    total = addCounts(total, scoreDocument(doc.gold, sys).counts);
  }
  return total;
}

/** Characters per second, repeating the whole set until at least ~1 s has passed. */
function throughput(docs: TimeMLDocument[], tag: Tagger): number {
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  for (const d of docs.slice(0, 5)) tag(d.text, d.dct); // warm up
  let rounds = 0;
  const t0 = performance.now();
  let elapsed: number;
  do {
    for (const d of docs) tag(d.text, d.dct);
    rounds++;
    elapsed = performance.now() - t0;
  } while (elapsed < 1000);
  return (chars * rounds) / (elapsed / 1000);
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

/** Per gold TIMEX3 type: how many gold, how many found (relaxed), how many valued right; false alarms by our type. */
type Breakdown = Map<string, { gold: number; found: number; valued: number; falseAlarms: number }>;

function addBreakdown(b: Breakdown, doc: TimeMLDocument, sys: Span[]): void {
  const row = (t: string) => b.get(t) ?? (b.set(t, { gold: 0, found: 0, valued: 0, falseAlarms: 0 }), b.get(t)!);
  const { pairs } = scoreDocument(doc.gold, sys);
  const matchedSys = new Set(pairs.map(([, s]) => s));
  for (const g of doc.gold) row(g.type).gold++;
  for (const [g, s] of pairs) {
    row(g.type).found++;
    if (g.value === s.value) row(g.type).valued++;
  }
  for (const s of sys) if (!matchedSys.has(s)) row(s.type).falseAlarms++;
}

function printErrors(doc: TimeMLDocument, sys: Span[], base: string): void {
  const { pairs } = scoreDocument(doc.gold, sys);
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedSys = new Set(pairs.map(([, s]) => s));
  const show = (s: Span) => `"${doc.text.slice(s.start, s.end)}" ${s.type} ${s.value}`;
  const ctx = (s: Span) => doc.text.slice(Math.max(0, s.start - 40), s.end + 30).replace(/\s+/g, ' ');
  for (const g of doc.gold) if (!matchedGold.has(g)) console.log(`MISS  ${base} ${show(g)}  | ${ctx(g)}`);
  for (const s of sys) if (!matchedSys.has(s)) console.log(`FALSE ${base} ${show(s)}  | ${ctx(s)}`);
  for (const [g, s] of pairs) {
    if (g.value !== s.value || g.type !== s.type || g.start !== s.start || g.end !== s.end) {
      console.log(`DIFF  ${base} gold ${show(g)} / ours ${show(s)}  (dct ${doc.dct})  | ${ctx(g)}`);
    }
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/data/timeml/meantime';
  if (!existsSync(dir)) {
    console.error(`No such directory: ${dir}`);
    process.exit(1);
  }
  const files = listTml(dir);
  const docs = files.map((f) => parseTimeML(readFileSync(f, 'utf8'), relative(dir, f)));
  const breakdown: Breakdown = new Map();
  const oursCounts = evaluate(docs, ours, (d, s) => {
    addBreakdown(breakdown, d, s);
    if (showErrors) printErrors(d, s, d.id.slice(0, 40));
  });
  const chronoCounts = evaluate(docs, chronoTag);
  const oursSpeed = throughput(docs, ours);
  const chronoSpeed = throughput(docs, chronoTag);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  console.log(`${docs.length} documents, ${chars} characters, ${oursCounts.gold} gold TIMEX3 (DCT not scored)\n`);
  console.log('system   | strict P    R    F1 | relaxed P    R    F1 | value F1 | type F1 | sys  |     chars/s');
  for (const [name, c, speed] of [['ours', oursCounts, oursSpeed], ['chrono', chronoCounts, chronoSpeed]] as const) {
    const s = summarize(c);
    console.log(
      `${name.padEnd(8)} | ${pct(s.strict.p)} ${pct(s.strict.r)} ${pct(s.strict.f1)} | ${pct(s.relaxed.p)} ${pct(s.relaxed.r)} ${pct(s.relaxed.f1)} |` +
        `    ${pct(s.value.f1)} |   ${pct(s.type.f1)} | ${String(c.system).padStart(4)} | ${Math.round(speed).toString().padStart(11)}`,
    );
  }
  console.log('\nours by gold type | gold | found | valued right | false alarms (by our type)');
  for (const [t, r] of [...breakdown].sort()) {
    console.log(`${t.padEnd(17)} | ${String(r.gold).padStart(4)} | ${pct(r.gold ? r.found / r.gold : 0)} | ${pct(r.gold ? r.valued / r.gold : 0)}        | ${r.falseAlarms}`);
  }
  console.log(`\nthroughput ours/chrono: ${(oursSpeed / chronoSpeed).toFixed(2)}`);
}

main();
