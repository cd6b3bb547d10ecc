/**
 * The site's social preview image: one PNG for every page, drawn at build
 * time (`src/pages/social.png.ts`). 1200×630 is the size Open Graph and
 * X/Twitter's summary_large_image cards show without cropping (1.91:1).
 */
export const SOCIAL_IMAGE = {
  /** Where it is served, from the site root (sitePath adds the base). */
  path: 'social.png',
  width: 1200,
  height: 630,
  type: 'image/png',
} as const;
