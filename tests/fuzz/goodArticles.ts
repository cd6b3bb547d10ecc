/**
 * Invented articles that each give events on their own, in each format the
 * pipeline reads: the "good article" a fuzzed file sits beside. Names,
 * places and dates are made up (the pipeline must know nothing of any
 * particular story), and no fuzzed file tells of the same happenings, so
 * the good article's event ids have no reason to change beside one.
 */
import type { ArticleFile } from '../../src/pipeline/types.ts';

export type GoodFormat = 'txt' | 'md' | 'html';

const HEADLINE = 'Flood barrier opens on the Velna river';

/** The paragraphs of the story; a property may alter them (noise characters), never the header around them. */
export const GOOD_BODY: readonly string[] = [
  'The regional council of Ostrava Nova opened the new flood barrier on the Velna river on Monday, the mayor said.',
  'Construction of the barrier began on 3 March 2021, after floods destroyed two bridges in the town.',
  'On 10 November 2023, engineers from the Kessel Institute completed the final tests of the steel gates.',
  'Mayor Ilsa Drovnik said the council would review the first winter of operation in April 2024.',
];

/** The good article in `format` with these paragraphs, as text. */
export function goodArticleText(format: GoodFormat, body: readonly string[] = GOOD_BODY): string {
  switch (format) {
    case 'txt':
      return ` date 2023-11-14 ${HEADLINE}\n\n${body.join('\n\n')}\n`;
    case 'md':
      return `---\ntitle: ${HEADLINE}\noutlet: The Velna Courier\npublished: 2023-11-14\n---\n\n# ${HEADLINE}\n\n${body.join('\n\n')}\n`;
    case 'html':
      return (
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE}</title>` +
        `<meta property="article:published_time" content="2023-11-14T09:00:00Z"></head><body><nav><a href="/">Home</a></nav>` +
        `<article><h1>${HEADLINE}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
      );
  }
}

export const goodPath = (format: GoodFormat): string => `a-good-report.${format}`;

export const GOOD_FORMATS: readonly GoodFormat[] = ['txt', 'md', 'html'];

export const GOOD_ARTICLES: readonly ArticleFile[] = GOOD_FORMATS.map((format) => ({
  path: goodPath(format),
  bytes: new TextEncoder().encode(goodArticleText(format)),
}));
