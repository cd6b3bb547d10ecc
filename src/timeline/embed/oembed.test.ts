import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, EMBED_WIDTH } from './embedSnippet';
import { oembed } from './oembed';
import { storySnippet } from './storySnippet';

describe('oembed', () => {
  const html = storySnippet({ site: new URL('https://news.example.org'), title: 'Timeline: The Lakeside Ferry Strike', siteLang: 'en', base: '/' });

  it('is a rich oEmbed 1.0 answer whose html is the embed code', () => {
    const json = oembed({ title: 'The Lakeside Ferry Strike', providerName: 'Newsline', providerUrl: 'https://news.example.org/', html, width: EMBED_WIDTH, height: EMBED_HEIGHT });
    expect(json).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'The Lakeside Ferry Strike',
      provider_name: 'Newsline',
      provider_url: 'https://news.example.org/',
      html,
      width: EMBED_WIDTH,
      height: EMBED_HEIGHT,
    });
    // oEmbed requires integer pixel sizes for a rich type.
    expect(Number.isInteger(json.width) && Number.isInteger(json.height)).toBe(true);
  });

  it('leaves provider_url out when the site’s address is unknown, and keeps its key order (byte-identical JSON)', () => {
    const json = oembed({ title: 'T', providerName: 'Newsline', html: '<iframe></iframe>', width: 1, height: 2 });
    expect('provider_url' in json).toBe(false);
    expect(Object.keys(json)).toEqual(['version', 'type', 'title', 'provider_name', 'html', 'width', 'height']);
  });
});
