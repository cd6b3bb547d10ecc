import { describe, expect, it } from 'vitest';
import { moduleImports } from './moduleImports.ts';

describe('moduleImports', () => {
  it('finds the static imports and re-exports of minified bundler output', () => {
    const code = 'import{a as b,c}from"./chunk.A1.js";import"./side.js";import * as d from \'../lib/d.js\';export*from"/_astro/e.js";b(c,d);';
    expect(moduleImports(code)).toEqual(['./chunk.A1.js', './side.js', '../lib/d.js', '/_astro/e.js']);
  });

  it('leaves out dynamic imports, bare names and words that only look like imports', () => {
    const code = 'const m=import("./later.js");import x from"d3-zoom";const important="./no.js";reimport"./no2.js"';
    expect(moduleImports(code)).toEqual([]);
  });

  it('counts a module once', () => {
    expect(moduleImports('import"./a.js";import{b}from"./a.js";')).toEqual(['./a.js']);
  });
});
