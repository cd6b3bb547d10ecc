import { describe, expect, it } from 'vitest';
import { languagePage } from './languagePage';

const PAGES = { en: '/embed/', ru: '/embed/ru/', uk: '/embed/uk/' };

describe('languagePage', () => {
  it('sends ?lang= to that language’s page, keeping the query and fragment', () => {
    expect(languagePage('uk', 'en', PAGES, '?lang=uk&theme=dark&childId=f1', '#2031-02-ferry-strike')).toBe('/embed/uk/?lang=uk&theme=dark&childId=f1#2031-02-ferry-strike');
    expect(languagePage('en', 'ru', PAGES, '?lang=en', '')).toBe('/embed/?lang=en');
  });

  it('stays when the page speaks it already (so the kept ?lang= cannot loop) or the site has no such page', () => {
    expect(languagePage('uk', 'uk', PAGES, '?lang=uk', '')).toBeNull();
    expect(languagePage('de', 'en', PAGES, '?lang=de', '')).toBeNull();
    expect(languagePage(null, 'en', PAGES, '', '')).toBeNull();
  });
});
