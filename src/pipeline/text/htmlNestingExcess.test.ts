import { describe, expect, it } from 'vitest';
import { htmlNestingExcess } from './htmlNestingExcess.ts';

const bounds = { maxDepth: 10, maxDepthSum: 1000 };

describe('htmlNestingExcess', () => {
  it('counts nesting as a browser builds it: void elements, siblings closed by their kind, "<div/>" opening a div', () => {
    expect(htmlNestingExcess(`<ul>${'<li>item<br><img src=x>'.repeat(50)}</ul>${'<p>para'.repeat(50)}`, bounds)).toBeUndefined();
    expect(htmlNestingExcess('<div/>'.repeat(11), bounds)).toBe('depth');
    expect(htmlNestingExcess(`${'<div>'.repeat(11)}x${'</div>'.repeat(11)}`, bounds)).toBe('depth');
    expect(htmlNestingExcess(`${'<div>'.repeat(9)}x${'</div>'.repeat(9)}`, bounds)).toBeUndefined();
  });

  it('is broken by too much nesting in all, too', () => {
    expect(htmlNestingExcess(`${'<div>'.repeat(9)}x${'</div>'.repeat(9)}`.repeat(30), bounds)).toBe('size');
  });

  it('ignores markup inside comments and scripts', () => {
    expect(htmlNestingExcess(`<!-- ${'<div>'.repeat(50)} --><script>${'<div>'.repeat(50)}</script>`, bounds)).toBeUndefined();
  });
});
