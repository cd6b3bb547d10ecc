import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, embedSnippet } from './embedSnippet';
import { embedPagePath } from './embedPagePath';
import { embedUrl } from './embedUrl';
import { storySnippet } from './storySnippet';
import { withOrigin } from './withOrigin';

const SITE = new URL('https://news.example.org');

describe('embedSnippet', () => {
  it('writes the iframe and the parent script', () => {
    expect(embedSnippet({ src: 'https://news.example.org/embed/', script: 'https://news.example.org/embed.js', title: 'Timeline: The Lakeside Ferry Strike' })).toBe(
      `<iframe data-newsline src="https://news.example.org/embed/" title="Timeline: The Lakeside Ferry Strike" width="100%" height="${EMBED_HEIGHT}" style="border:0;width:100%"></iframe>\n` +
        '<script async src="https://news.example.org/embed.js"></script>',
    );
  });

  it('marks the opt-in to deep links into the host’s address', () => {
    expect(embedSnippet({ src: '/embed/', script: '/embed.js', title: 'x', hash: true })).toMatch(/^<iframe data-newsline data-newsline-hash src=/);
  });

  it('escapes a title and an address so they cannot leave their attribute', () => {
    const code = embedSnippet({ src: '/embed/?a=1&b="2"', script: '/embed.js', title: 'Strike "ends" <now> & then' });
    expect(code).toContain('title="Strike &quot;ends&quot; &lt;now&gt; &amp; then"');
    expect(code).toContain('src="/embed/?a=1&amp;b=&quot;2&quot;"');
    expect(code.match(/<iframe/g)).toHaveLength(1);
  });
});

describe('embedUrl', () => {
  it('adds only the options that differ from the defaults, in a fixed order', () => {
    expect(embedUrl('/embed/')).toBe('/embed/');
    expect(embedUrl('/embed/', { theme: 'auto', title: 'show' })).toBe('/embed/');
    expect(embedUrl('/embed/', { title: 'hide', focus: '2031-02-03-harbour-bridge-opens', to: '2031-03', from: '2031-02', theme: 'dark' })).toBe(
      '/embed/?theme=dark&from=2031-02&to=2031-03&focus=2031-02-03-harbour-bridge-opens&title=hide',
    );
  });
});

describe('embedPagePath', () => {
  it('is /embed/ in the site’s language and /embed/<lang>/ in the others, under the base', () => {
    expect(embedPagePath('en', 'en', '/')).toBe('/embed/');
    expect(embedPagePath('uk', 'en', '/')).toBe('/embed/uk/');
    expect(embedPagePath('ru', 'ru', '/news/lakeside/')).toBe('/news/lakeside/embed/');
  });
});

describe('storySnippet', () => {
  it('is absolute under the base when the site’s address is known', () => {
    const code = storySnippet({ site: SITE, title: 'Timeline', siteLang: 'en', base: '/news/lakeside/', options: { focus: '2031-02-03-harbour-bridge-opens' } });
    expect(code).toContain('src="https://news.example.org/news/lakeside/embed/?focus=2031-02-03-harbour-bridge-opens"');
    expect(code).toContain('<script async src="https://news.example.org/news/lakeside/embed.js">');
  });

  it('points at the language’s own page', () => {
    expect(storySnippet({ site: SITE, title: 'T', siteLang: 'en', lang: 'ru', base: '/' })).toContain('src="https://news.example.org/embed/ru/"');
  });

  it('stays root-relative without one, and the browser fills in its origin', () => {
    const code = storySnippet({ site: undefined, title: 'T', siteLang: 'en', base: '/' });
    expect(code).toContain('src="/embed/"');
    const filled = withOrigin(code, 'http://127.0.0.1:4321');
    expect(filled).toContain('src="http://127.0.0.1:4321/embed/"');
    expect(filled).toContain('src="http://127.0.0.1:4321/embed.js"');
    // An absolute snippet is left alone.
    expect(withOrigin(filled, 'https://elsewhere.example')).toBe(filled);
  });

  it('gives the same code for the same input (no ids, no time)', () => {
    const input = { site: SITE, title: 'T', siteLang: 'en', base: '/' } as const;
    expect(storySnippet(input)).toBe(storySnippet(input));
  });
});
