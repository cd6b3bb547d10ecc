import { describe, expect, it } from 'vitest';
import { buildFailure } from './buildFailure.ts';

describe('buildFailure', () => {
  it('picks the error and its code frame out of thousands of page lines', () => {
    const pages = Array.from({ length: 5000 }, (_, i) => `12:00:00   ├─ /events/e${i}/index.html (+3ms)`).join('\n');
    const log = `astro build of the fixture site failed:\n12:00:00 [build] output: "static"\n12:00:00 [types] Generated 47ms\n${pages}\n12:00:01 [ERROR] [vite] ✗ Build failed in 300ms\n[MISSING_EXPORT] "x" is not exported by "src/a.ts".\n  ╭─[ src/b.ts:1:1 ]\n\nmore\nand more\nlast`;
    expect(buildFailure(log, 3)).toBe('12:00:01 [ERROR] [vite] ✗ Build failed in 300ms / [MISSING_EXPORT] "x" is not exported by "src/a.ts". / ╭─[ src/b.ts:1:1 ]');
  });

  it('falls back to the last lines when nothing says error', () => {
    expect(buildFailure('a\nb\nc\nd', 2)).toBe('c / d');
  });
});
