import { describe, expect, it } from 'vitest';
import { eventFixture } from '../../pipeline/eventFixture';
import { renderPng } from './renderPng';
import { SOCIAL_FONT_FAMILY, socialFonts } from './socialFonts';
import { SOCIAL_IMAGE } from './socialImage';
import { socialImageSvg } from './socialImageSvg';

/** A PNG's signature, then its first chunk, IHDR, with width and height as big-endian 32-bit integers. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const story = {
  title: 'An invented story with a title long enough to need more than one line on the card',
  sources: [],
  events: [
    eventFixture('2021-01-02-first', '2021-01-02'),
    eventFixture('2021-01-09-second', '2021-01-09', { status: 'planned' }),
    eventFixture('2019-background', '2019', { kind: 'background' }),
    eventFixture('2021-01-05-aside', '2021-01-05', { tier: 'more' }),
  ],
};

describe('the social preview image', () => {
  it('is a valid 1200×630 PNG', () => {
    const png = renderPng(socialImageSvg(story, 'en', SOCIAL_FONT_FAMILY), SOCIAL_IMAGE.width);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });

  it('gives the same bytes for the same story, and other bytes for another', () => {
    const svg = socialImageSvg(story, 'en', SOCIAL_FONT_FAMILY);
    const a = renderPng(svg, SOCIAL_IMAGE.width);
    const b = renderPng(socialImageSvg(structuredClone(story), 'en', SOCIAL_FONT_FAMILY), SOCIAL_IMAGE.width);
    expect(a.equals(b)).toBe(true);
    const other = renderPng(socialImageSvg({ ...story, title: 'Another story' }, 'en', SOCIAL_FONT_FAMILY), SOCIAL_IMAGE.width);
    expect(a.equals(other)).toBe(false);
  });

  it('draws the title, the counts and the key events, in the story language', () => {
    const svg = socialImageSvg(story, 'en', SOCIAL_FONT_FAMILY);
    expect(svg).toContain('>An invented story with a title</tspan>');
    expect(svg).toContain('4 events from 0 sources');
    // The overview shows key events only.
    expect(svg).toContain('data-id="2021-01-02-first"');
    expect(svg).not.toContain('data-id="2021-01-05-aside"');
    expect(socialImageSvg(story, 'uk', SOCIAL_FONT_FAMILY)).not.toContain('events from');
  });

  it('draws a story with no event without an overview', () => {
    const svg = socialImageSvg({ ...story, events: [] }, 'en', SOCIAL_FONT_FAMILY);
    expect(svg).not.toContain('overview-svg');
    expect(pngSize(renderPng(svg, SOCIAL_IMAGE.width))).toEqual({ width: 1200, height: 630 });
  });

  it('loads only DejaVu Sans when its files are there, and the system fonts otherwise', () => {
    expect(socialFonts(['/nowhere'])).toMatchObject({ loadSystemFonts: true, fontFiles: [] });
    const found = socialFonts();
    if (!found.loadSystemFonts) expect(found.fontFiles.map((f) => f.split('/').pop())).toEqual(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']);
  });
});
