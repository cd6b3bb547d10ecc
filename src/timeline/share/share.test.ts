import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { eventFixture } from '../../pipeline/eventFixture';
import type { Source } from '../../pipeline/schema';
import { INLINE_MORE_TOTAL } from '../periodPages';
import { absoluteUrl } from '../absoluteUrl';
import { eventJsonLd } from './eventJsonLd';
import { jsonLdText } from './jsonLdText';
import { latestSourceDate } from './latestSourceDate';
import { ogLocale } from './ogLocale';
import { pageMeta, type MetaTag, type PageMetaInput } from './pageMeta';
import { robotsTxt } from './robotsTxt';
import { sitemapXml } from './sitemapXml';
import { sitePagePaths } from './sitePagePaths';
import { storyJsonLd } from './storyJsonLd';
import { wrapWords } from './wrapWords';

const content = (tags: MetaTag[], key: string) => tags.find((t) => ('property' in t ? t.property : t.name) === key)?.content;

describe('absoluteUrl', () => {
  it('is undefined without an origin, so nothing absolute is guessed', () => {
    expect(absoluteUrl('/news/x/', undefined)).toBeUndefined();
    expect(absoluteUrl('/news/x/', '')).toBeUndefined();
  });
  it('joins the origin and the root-relative path, base included', () => {
    expect(absoluteUrl('/some/sub/path/events/a/', 'https://example.org')).toBe('https://example.org/some/sub/path/events/a/');
    expect(absoluteUrl('social.png', new URL('https://example.org/'))).toBe('https://example.org/social.png');
    // The path is the page's own, whatever path the origin came with.
    expect(absoluteUrl('/a/', 'https://example.org/other/')).toBe('https://example.org/a/');
  });
});

describe('ogLocale', () => {
  it('gives language_TERRITORY', () => {
    expect(ogLocale('en')).toBe('en_US');
    expect(ogLocale('ru')).toBe('ru_RU');
    expect(ogLocale('uk')).toBe('uk_UA');
    expect(ogLocale('pt-BR')).toBe('pt_BR');
    expect(ogLocale('de')).toBe('de');
  });
});

describe('pageMeta', () => {
  const input: PageMetaInput = {
    title: 'A story — timeline',
    description: 'Twelve events.',
    siteName: 'A story',
    lang: 'en',
    path: '/sub/events/a/',
    site: 'https://example.org',
    type: 'article',
    image: { path: '/sub/social.png', width: 1200, height: 630, alt: 'The overview', type: 'image/png' },
  };

  it('with SITE_URL: canonical, og:url and og:image absolute, the large card', () => {
    const { canonical, tags } = pageMeta(input);
    expect(canonical).toBe('https://example.org/sub/events/a/');
    expect(content(tags, 'og:url')).toBe(canonical);
    expect(content(tags, 'og:image')).toBe('https://example.org/sub/social.png');
    expect(content(tags, 'og:image:width')).toBe('1200');
    expect(content(tags, 'og:image:height')).toBe('630');
    expect(content(tags, 'og:image:alt')).toBe('The overview');
    expect(content(tags, 'og:type')).toBe('article');
    expect(content(tags, 'og:locale')).toBe('en_US');
    expect(content(tags, 'og:site_name')).toBe('A story');
    expect(content(tags, 'twitter:card')).toBe('summary_large_image');
    expect(content(tags, 'twitter:image')).toBe('https://example.org/sub/social.png');
    expect(content(tags, 'twitter:title')).toBe('A story — timeline');
    expect(content(tags, 'twitter:description')).toBe('Twelve events.');
    // Open Graph tags are properties, Twitter's are names.
    expect(tags.filter((t) => 'property' in t).every((t) => 'property' in t && t.property.startsWith('og:'))).toBe(true);
    expect(tags.filter((t) => 'name' in t).every((t) => 'name' in t && t.name.startsWith('twitter:'))).toBe(true);
  });

  it('without SITE_URL: nothing that must be absolute, and the small card', () => {
    const { canonical, tags } = pageMeta({ ...input, site: undefined });
    expect(canonical).toBeUndefined();
    for (const key of ['og:url', 'og:image', 'og:image:width', 'og:image:alt', 'twitter:image', 'twitter:image:alt']) expect(content(tags, key)).toBeUndefined();
    expect(content(tags, 'twitter:card')).toBe('summary');
    expect(content(tags, 'og:title')).toBe('A story — timeline');
  });

  it('leaves out a missing description and image rather than writing empty tags', () => {
    const { tags } = pageMeta({ ...input, description: undefined, image: null });
    expect(tags.every((t) => t.content !== '')).toBe(true);
    expect(content(tags, 'og:description')).toBeUndefined();
    expect(content(tags, 'og:image')).toBeUndefined();
    expect(content(tags, 'twitter:card')).toBe('summary');
  });
});

describe('jsonLdText', () => {
  it('cannot end its script element, and parses back to the same data', () => {
    const data = { name: 'a</script><script>alert(1)</script> & <!-- b', line: 'x\u2028y' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('latestSourceDate', () => {
  const at = (date: string, precision: 'year' | 'month' | 'day' | 'minute' = 'day') => ({ published: { date, precision, inferred: false, basis: 'dateline' as const } });
  it('is the latest publication date, as written', () => {
    expect(latestSourceDate([at('2021-03-04'), at('2021-05-01'), { published: null }, at('2020-12-31')])).toBe('2021-05-01');
  });
  it('does not let a vague month outrank a known day in it', () => {
    expect(latestSourceDate([at('2021-05', 'month'), at('2021-05-20')])).toBe('2021-05-20');
    expect(latestSourceDate([at('2021-05-01'), at('2021-05', 'month')])).toBe('2021-05-01');
    expect(latestSourceDate([at('2021-05-20'), at('2021-05-20T10:30', 'minute')])).toBe('2021-05-20T10:30');
  });
  it('is undefined when no article has a date', () => {
    expect(latestSourceDate([{ published: null }])).toBeUndefined();
    expect(latestSourceDate([])).toBeUndefined();
  });
});

describe('storyJsonLd', () => {
  const keyEvents = [eventFixture('2021-01-02-a', '2021-01-02'), eventFixture('2021-02-a', '2021-02', { status: 'planned', date: { start: '2021-02', end: '2021-03', precision: 'month', basis: 'expression' } })];
  const base = { storyTitle: 'Story', title: 'Story — timeline', description: 'Two events.', lang: 'en', keyEvents };

  it('is a WebPage about the story, modified when its last article was, listing its key events in order', () => {
    const ld = storyJsonLd({ ...base, url: 'https://e.org/s/', image: 'https://e.org/s/social.png', dateModified: '2021-03-04', eventUrl: (id) => `https://e.org/s/events/${id}/` });
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebPage', url: 'https://e.org/s/', dateModified: '2021-03-04', about: { name: 'Story' }, inLanguage: 'en' });
    const list = ld.mainEntity as { '@type': string; numberOfItems: number; itemListElement: Record<string, unknown>[] };
    expect(list['@type']).toBe('ItemList');
    expect(list.numberOfItems).toBe(2);
    expect(list.itemListElement.map((e) => e.position)).toEqual([1, 2]);
    expect(list.itemListElement[0]).toEqual({
      '@type': 'ListItem',
      position: 1,
      url: 'https://e.org/s/events/2021-01-02-a/',
      item: { '@type': 'Event', name: '2021-01-02-a', startDate: '2021-01-02', url: 'https://e.org/s/events/2021-01-02-a/' },
    });
    expect(list.itemListElement[1]!.item).toMatchObject({ startDate: '2021-02', endDate: '2021-03', eventStatus: 'https://schema.org/EventScheduled' });
  });

  it('has no URL at all without SITE_URL, and no dateModified without a dated article', () => {
    const ld = storyJsonLd({ ...base, url: undefined, image: undefined, dateModified: undefined, eventUrl: () => undefined });
    expect(JSON.stringify(ld)).not.toMatch(/"(url|image|dateModified)"/);
  });
});

describe('eventJsonLd', () => {
  const source = (id: string, extra: Partial<Source> = {}): Source => ({ id, file: `${id}.txt`, title: `Title ${id}`, outlet: `Outlet ${id}`, url: null, author: null, language: 'en', published: null, ...extra });
  const sourceById = new Map([
    ['a', source('a', { url: 'https://news.example/a', published: { date: '2021-01-03', precision: 'day', inferred: false, basis: 'dateline' } })],
    ['b', source('b', { url: 'javascript:alert(1)', outlet: null })],
  ]);
  const mention = (s: string) => ({ source: s, quote: 'q', start: 0, end: 1, expression: 'x' });
  const event = eventFixture('2021-01-02-a', '2021-01-02', { mentions: [mention('a'), mention('b'), mention('a'), mention('gone')] });

  it('is a WebPage whose main entity is the Event, citing each article once', () => {
    const ld = eventJsonLd({ event, title: 'E — Story', description: 'What happened.', lang: 'en', url: 'https://e.org/events/x/', storyTitle: 'Story', storyUrl: 'https://e.org/', image: undefined, sourceById });
    expect(ld).toMatchObject({ '@type': 'WebPage', url: 'https://e.org/events/x/', isPartOf: { name: 'Story', url: 'https://e.org/' } });
    const main = ld.mainEntity as Record<string, unknown>;
    expect(main).toMatchObject({ '@type': 'Event', startDate: '2021-01-02', url: 'https://e.org/events/x/', description: 'What happened.' });
    expect(main.endDate).toBeUndefined();
    expect(main.citation).toEqual([
      { '@type': 'NewsArticle', headline: 'Title a', publisher: { '@type': 'Organization', name: 'Outlet a' }, datePublished: '2021-01-03', inLanguage: 'en', url: 'https://news.example/a' },
      // Only a web link becomes a URL.
      { '@type': 'NewsArticle', headline: 'Title b', inLanguage: 'en' },
    ]);
  });
});

describe('sitemapXml', () => {
  it('is a valid urlset with one escaped <loc> per page and no build date', () => {
    const xml = sitemapXml(['https://e.org/s/', 'https://e.org/s/events/a&b/']);
    const parsed = new XMLParser().parse(xml) as { urlset: { url: { loc: string }[] } };
    expect(parsed.urlset.url.map((u) => u.loc)).toEqual(['https://e.org/s/', 'https://e.org/s/events/a&b/']);
    expect(xml).toContain('<loc>https://e.org/s/events/a&amp;b/</loc>');
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    expect(xml).not.toContain('lastmod');
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap when there is one', () => {
    expect(robotsTxt('https://e.org/s/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://e.org/s/sitemap.xml\n');
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('sitePagePaths', () => {
  it('lists the index, sources, about and every event page', () => {
    const events = [eventFixture('2021-01-02-b', '2021-01-02'), eventFixture('2020-05-01-a', '2020-05-01', { tier: 'more' })];
    expect(sitePagePaths({ events }, 'en')).toEqual(['', 'sources/', 'about/', 'events/2020-05-01-a/', 'events/2021-01-02-b/']);
  });
  it('lists the page of a period too busy for the index', () => {
    const more = Array.from({ length: INLINE_MORE_TOTAL + 1 }, (_, i) => eventFixture(`2021-03-${String((i % 28) + 1).padStart(2, '0')}-e${i}`, `2021-03-${String((i % 28) + 1).padStart(2, '0')}`, { tier: 'more' }));
    const paths = sitePagePaths({ events: [eventFixture('2021-03-01-key', '2021-03-01'), ...more] }, 'en');
    expect(paths.filter((p) => p.startsWith('periods/'))).toHaveLength(1);
  });
});

describe('wrapWords', () => {
  it('breaks at spaces within the line length', () => {
    expect(wrapWords('one two three four', 9, 3)).toEqual(['one two', 'three', 'four']);
  });
  it('ends the last line with an ellipsis when the text goes on', () => {
    const lines = wrapWords('one two three four five six', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.every((l) => l.length <= 9)).toBe(true);
  });
  it('cuts a word longer than a line', () => {
    expect(wrapWords('abcdefghijkl', 5, 3)).toEqual(['abcde', 'fghij', 'kl']);
  });
});
