/**
 * Development benchmark on real stories with gold timelines: our pipeline
 * and a naive baseline (scripts/bench-stories/baselineTimeline.ts), in the
 * same run, scored per story by Date-F1 and date-agreement ROUGE-1 against
 * the gold, each system cut to the gold's number of days.
 *
 *   npm run bench:stories -- DIR [--story NAME] [--json FILE] [--days] [--baseline-sentences N] [--timeout SECONDS]
 *
 * DIR holds one folder per story (articles/*.md and timeline.json); it
 * defaults to ../shared/data/stories/semeval2015. Each story runs in a fresh
 * process (peak RSS is its own). The table goes to stdout, progress to stderr.
 */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BASELINE_SENTENCES } from './bench-stories/baselineTimeline.ts';
import { formatDays } from './bench-stories/formatDays.ts';
import { formatTable } from './bench-stories/formatTable.ts';
import { formatVerdict } from './bench-stories/formatVerdict.ts';
import { listStories } from './bench-stories/listStories.ts';
import { meanScores } from './bench-stories/meanScores.ts';
import { measureStory, type Measured } from './bench-stories/measureStory.ts';

const usage = 'Usage: npm run bench:stories -- [DIR] [--story NAME] [--json FILE] [--days] [--baseline-sentences N] [--timeout SECONDS]';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      story: { type: 'string' },
      json: { type: 'string' },
      days: { type: 'boolean', default: false },
      'baseline-sentences': { type: 'string', default: String(BASELINE_SENTENCES) },
      timeout: { type: 'string', default: '600' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void process.stdout.write(`${usage}\n`);
  const dir = resolve(positionals[0] ?? '../shared/data/stories/semeval2015');
  const k = Number(values['baseline-sentences']);
  if (!Number.isInteger(k) || k < 1) throw new Error('--baseline-sentences must be a positive whole number');
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) throw new Error('--timeout must be a positive number of seconds');
  const stories = listStories(dir).filter((path) => !values.story || basename(path) === values.story);
  if (stories.length === 0) throw new Error(values.story ? `no story "${values.story}" in ${dir}` : `no story folders (articles/ + timeline.json) in ${dir}`);

  const measured: Measured[] = [];
  for (const [i, path] of stories.entries()) {
    process.stderr.write(`bench:stories: ${i + 1}/${stories.length} ${basename(path)}…\n`);
    const m = await measureStory(path, k, timeout * 1000);
    if ('problem' in m) process.stderr.write(`bench:stories: ${m.story} ${m.problem}\n`);
    measured.push(m);
  }
  const results = measured.flatMap((m) => ('result' in m ? [m.result] : []));
  const means = meanScores(results);
  const out = [
    '',
    `Stories: ${dir} (${stories.length}); baseline: ${k} sentence${k === 1 ? '' : 's'} per day.`,
    '',
    formatTable(measured),
    '',
    'Each system cut to its top l days (l = distinct gold days of day precision). Date-F1: those days against the gold days.',
    'R-1: date-agreement ROUGE-1 (tilse), a day\'s text against the gold sentences of that day, clipped unigram overlap.',
    'ours (s): buildTimeline on the files in memory; peak RSS: maxRSS of the story\'s own process after our pipeline.',
    '',
    formatVerdict(means),
    '',
  ];
  if (values.days) for (const r of results) out.push(formatDays(r), '');
  process.stdout.write(out.join('\n'));
  if (values.json) {
    const stories = results.map(({ goldTexts: _gold, publicationDays: _pub, oursDays, baselineDays, ...scores }) => ({
      ...scores,
      oursTopDays: oursDays.map((d) => d.day),
      baselineTopDays: baselineDays.map((d) => d.day),
    }));
    const problems = measured.flatMap((m) => ('problem' in m ? [{ story: m.story, problem: m.problem }] : []));
    writeFileSync(values.json, `${JSON.stringify({ dir, baselineSentences: k, means, stories, problems }, null, 2)}\n`);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench:stories: ${error.message}\n${usage}\n`);
  process.exit(64);
});
