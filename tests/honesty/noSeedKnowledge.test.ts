/**
 * The pipeline must work on stories it has never seen, so the code that
 * extracts (src/, scripts/) must not know the seed story: none of its
 * people, places, outlets or dates may appear there. Tests and fixtures may
 * use them. The names are the seed story's own, listed here (a test may
 * know the seeds) and completed from the seed articles: every multi-word
 * actor the pipeline finds in them, and every day it dates.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/pipeline/index.ts';
import { readSeedsFolder } from '../../scripts/lib/readSeedsFolder.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CODE_DIRS = ['src', 'scripts'];
/** Generated data and test files may hold the story; the code may not. */
const skipped = (path: string): boolean => /(^|\/)(data|node_modules)\//.test(path) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(path) || !/\.(ts|mts|js|mjs|astro|css|json|sh)$/.test(path);

const STORY_WORDS = [
  'Belousov', 'Belusov', 'Shoigu', 'Sevastopol', 'Uchkuevka', 'ATACMS', 'Austin', 'Ryder', 'Sabrina Singh', 'Moscow Times', 'Ukrainska',
  'Crimea', 'Cuban Missile', 'Zakharova', 'Razvozhayev', 'paiment',
];

function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...codeFiles(path));
    else out.push(path);
  }
  return out;
}

function seedKnowledge(): string[] {
  const timeline = buildTimeline(readSeedsFolder(resolve(ROOT, 'seeds')));
  const actors = timeline.events.flatMap((e) => e.actors).filter((a) => /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(a));
  const days = timeline.events.flatMap((e) => (e.date.precision === 'day' && e.date.basis === 'expression' ? [e.date.start] : []));
  return [...new Set([...STORY_WORDS, ...actors, ...days])];
}

describe('the code knows nothing of the seed story', () => {
  it('finds none of its names, places or dates in src/ or scripts/', () => {
    const words = seedKnowledge();
    expect(words.length).toBeGreaterThan(STORY_WORDS.length);
    const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    const hits: string[] = [];
    for (const dir of CODE_DIRS) {
      for (const file of codeFiles(resolve(ROOT, dir))) {
        const path = relative(ROOT, file);
        if (skipped(path)) continue;
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const match = pattern.exec(line);
            if (match) hits.push(`${path}:${i + 1}: ${match[0]}`);
          });
      }
    }
    expect(hits).toEqual([]);
  });
});
