import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgress, formatElapsed } from './progress.ts';

function fakeStream(isTTY: boolean): { written: string[]; write: (text: string) => void; isTTY: boolean } {
  const written: string[] = [];
  return { written, write: (text) => void written.push(text), isTTY };
}

afterEach(() => vi.useRealTimers());

describe('createProgress', () => {
  it('prints one plain line per stage when stderr is not a terminal, with no control characters', () => {
    const stream = fakeStream(false);
    const progress = createProgress(stream);
    progress.stage('read 3 articles');
    progress.stage('12 dated mentions → 4 events (2 key)');
    progress.done();
    expect(stream.written.join('')).toBe('timeline: read 3 articles\ntimeline: 12 dated mentions → 4 events (2 key)\n');
  });

  it('at a terminal, redraws one live line with the elapsed seconds, and leaves each stage on its own line', () => {
    vi.useFakeTimers();
    let now = 0;
    const stream = fakeStream(true);
    const progress = createProgress(stream, { intervalMs: 100, now: () => now });
    now = 1500;
    vi.advanceTimersByTime(100);
    expect(stream.written.at(-1)).toMatch(/^\r\x1b\[2Ktimeline: \S 1\.5 s$/);
    now = 2300;
    progress.stage('read 3 articles');
    now = 65_000;
    vi.advanceTimersByTime(100);
    expect(stream.written.at(-1)).toMatch(/timeline: \S 1 min 05 s$/);
    progress.done();
    const text = stream.written.join('');
    expect(text).toContain('\r\x1b[2Ktimeline: read 3 articles (2.3 s)\n');
    // Done clears the live line; no redraw follows it.
    expect(stream.written.at(-1)).toBe('\r\x1b[2K');
    const count = stream.written.length;
    vi.advanceTimersByTime(1000);
    expect(stream.written.length).toBe(count);
  });
});

describe('formatElapsed', () => {
  it('gives tenths of seconds under a minute, then minutes and seconds', () => {
    expect(formatElapsed(0)).toBe('0.0 s');
    expect(formatElapsed(59_940)).toBe('59.9 s');
    expect(formatElapsed(61_000)).toBe('1 min 01 s');
    expect(formatElapsed(3_600_000)).toBe('60 min 00 s');
  });
});
