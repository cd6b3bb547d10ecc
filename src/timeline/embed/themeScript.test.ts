import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EMBED_THEME_SCRIPT } from './themeScript';

/** Runs the inline script against a fake page; returns the data-theme it set. */
function themeFor(search: string): string | undefined {
  const dataset: Record<string, string> = {};
  const storage: string[] = [];
  runInNewContext(EMBED_THEME_SCRIPT, { location: { search }, document: { documentElement: { dataset } }, localStorage: { setItem: (k: string) => storage.push(k) } });
  expect(storage, 'the host’s theme is not the reader’s choice: nothing stored').toEqual([]);
  return dataset.theme;
}

describe('the embed page’s inline theme script', () => {
  it('pins theme=light and theme=dark, wherever the parameter is', () => {
    expect(themeFor('?theme=dark')).toBe('dark');
    expect(themeFor('?focus=2031-02-ferry-strike&theme=light&title=hide')).toBe('light');
  });

  it('leaves auto, anything else, and look-alike parameters to the system', () => {
    expect(themeFor('?theme=auto')).toBeUndefined();
    expect(themeFor('?theme=darkest')).toBeUndefined();
    expect(themeFor('?xtheme=dark')).toBeUndefined();
    expect(themeFor('')).toBeUndefined();
  });
});
