import { describe, expect, it } from 'vitest';
import { pageAssets } from './pageAssets.ts';

describe('pageAssets', () => {
  it('finds external and inline scripts and styles the way Astro writes them', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/_astro/index.abc.css"><link rel=icon href="/favicon.svg">
      <link rel="modulepreload" href="/_astro/chunk.js"><link rel="alternate" href="/timeline.json">
      <style>body{margin:0}</style>
      <script type="module" src="/_astro/Overview.js"></script>
      <script type="module">document.title='x'</script>
      </head><body><svg><style>.a{fill:red}</style></svg>
      <script type="application/ld+json">{"@type":"Article"}</script>
      <script src='/legacy.js?v=1&amp;x=2'></script>
      <!-- <script src="/commented.js"></script> -->
      </body></html>`;
    expect(pageAssets(html)).toEqual({
      scripts: ['/_astro/Overview.js', '/legacy.js?v=1&x=2', '/_astro/chunk.js'],
      stylesheets: ['/_astro/index.abc.css'],
      inlineScripts: ["document.title='x'"],
      inlineStyles: ['body{margin:0}', '.a{fill:red}'],
    });
  });

  it('counts a file linked twice once, and ignores empty blocks', () => {
    const html = '<link rel="stylesheet" href="/a.css"><link rel="preload" as="style" href="/a.css"><script></script><style> </style>';
    expect(pageAssets(html)).toEqual({ scripts: [], stylesheets: ['/a.css'], inlineScripts: [], inlineStyles: [] });
  });
});
