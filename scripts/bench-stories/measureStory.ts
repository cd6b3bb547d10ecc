import { spawn } from 'node:child_process';
import { basename, join } from 'node:path';
import type { StoryResult } from './runStory.ts';

const runStory = join(import.meta.dirname, 'runStory.ts');

/** A story's result, or why there is none ("timed out after 600 s", "failed (exit 1: …)"). */
export type Measured = { story: string; result: StoryResult } | { story: string; problem: string };

/**
 * Runs one story in a fresh Node process (tsx as its loader, as the scale
 * benchmark does), so that its peak RSS is its own and a crash or a hang
 * costs only that story. Never throws; kills the child after timeoutMs.
 */
export function measureStory(dir: string, baselineSentences: number, timeoutMs: number): Promise<Measured> {
  const story = basename(dir);
  const args = ['--import', 'tsx', runStory, '--story', dir, '--baseline-sentences', String(baselineSentences)];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: join(import.meta.dirname, '..', '..'), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) return done({ story, problem: `timed out after ${timeoutMs / 1000} s` });
      const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) {
        // The error line and where it was thrown, not the end of a stack trace.
        const lines = stderr.split('\n').map((l) => l.trim());
        const at = lines.findIndex((l) => /^\w*Error\b/.test(l));
        const why = at >= 0 ? [lines[at], lines.slice(at + 1).find((l) => l.startsWith('at '))].filter(Boolean).join(' ') : lines.filter(Boolean).slice(-1).join('');
        return done({ story, problem: `failed (${signal ?? `exit ${code}`}${why ? `: ${why}` : ''})`.slice(0, 300) });
      }
      done({ story, result: JSON.parse(line.slice('RESULT '.length)) as StoryResult });
    });
  });
}
