/**
 * The social preview image as SVG, 1200×630: the story's title, its counts
 * and span, and the overview of its key events (the page's own static
 * overview, `overviewSvg`, scaled up), in the light theme's colours. Plain
 * SVG for resvg (`renderPng`): fixed colours instead of the page's CSS
 * variables, text wrapped here since SVG does not wrap, one font family
 * (DejaVu Sans, or what the renderer has) so the same input draws the
 * same pixels.
 */
import { SOCIAL_IMAGE } from './socialImage';
import { wrapWords } from './wrapWords';

export interface SocialSvgInput {
  /** The small line above the title ("Timeline"). */
  kicker: string;
  title: string;
  /** Counts and span, one line ("12 events from 5 sources · 4 March to 9 April 2019"). */
  dek: string;
  /** The overview's SVG markup (from overviewSvg), or null for a story with no key event. */
  overview: string | null;
  fontFamily: string;
}

/** The light theme's colours (src/styles/tokens.css), fixed: a preview has no theme. */
const INK = '#1b1b1b';
const INK_SOFT = '#4a4a4a';
const PAPER = '#fff';
const PAPER_TINT = '#f5f4ef';
const RULE = '#d9d6cc';
const ACCENT = '#a4161a';
const BACKGROUND_MARK = '#6b6b6b';

/** Space around everything: previews are often cropped to a square-ish centre or shown small. */
const MARGIN = 64;
const TITLE_SIZE = 56;
/** DejaVu Sans Bold's advance is about 0.6 em on average; a little more keeps capitals inside the margin. */
const TITLE_CHARS_PER_LINE = Math.floor((SOCIAL_IMAGE.width - 2 * MARGIN) / (TITLE_SIZE * 0.62));
const TITLE_LINES = 3;
const DEK_SIZE = 30;
const DEK_CHARS = Math.floor((SOCIAL_IMAGE.width - 2 * MARGIN) / (DEK_SIZE * 0.56));

/** The overview's own rules (src/styles/overview.css), in fixed colours. */
const OVERVIEW_STYLE = [
  `.lane__rule{stroke:${RULE};stroke-dasharray:2 3}`,
  `.lane__label{fill:${INK_SOFT};font-weight:bold;font-size:11px}`,
  `.axis line,.axis .domain{stroke:${INK_SOFT};fill:none}`,
  `.axis text{fill:${INK_SOFT};font-size:11px}`,
  `.axis-break{fill:none;stroke:${INK_SOFT};stroke-width:1.5}`,
  `.mark__dot{stroke:${PAPER_TINT};stroke-width:1.5}`,
  `.mark__dot,.mark__range{fill:${ACCENT}}`,
  `.mark__period,.mark__band{fill:${ACCENT};fill-opacity:0.25}`,
  `.mark__band{fill-opacity:0.12;stroke:${ACCENT};stroke-opacity:0.5}`,
  `.mark--background .mark__dot,.mark--background .mark__range{fill:${BACKGROUND_MARK}}`,
  `.mark--background .mark__period,.mark--background .mark__band{fill:${BACKGROUND_MARK};stroke:${BACKGROUND_MARK}}`,
  `.mark--planned .mark__dot,.mark--planned .mark__range{fill:${PAPER};stroke:${ACCENT};stroke-width:2;stroke-dasharray:3 2}`,
  `.mark--background.mark--planned .mark__dot{stroke:${BACKGROUND_MARK}}`,
].join('');

export function socialSvg(input: SocialSvgInput): string {
  const { width, height } = SOCIAL_IMAGE;
  const title = wrapWords(input.title, TITLE_CHARS_PER_LINE, TITLE_LINES);
  const [dek = ''] = wrapWords(input.dek, DEK_CHARS, 1);
  // Baselines: the kicker, then the title's lines, then the dek; the overview takes the room left below.
  const kickerY = MARGIN + 8;
  const titleTop = kickerY + 24 + TITLE_SIZE;
  const lineHeight = Math.round(TITLE_SIZE * 1.15);
  const dekY = titleTop + (title.length - 1) * lineHeight + 56;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(input.fontFamily)}">`,
    `<style>${OVERVIEW_STYLE}</style>`,
    `<rect width="${width}" height="${height}" fill="${PAPER}"/>`,
    `<rect width="${width}" height="12" fill="${ACCENT}"/>`,
    `<text x="${MARGIN}" y="${kickerY}" font-size="24" font-weight="bold" letter-spacing="2" fill="${ACCENT}">${esc(input.kicker.toUpperCase())}</text>`,
    `<text x="${MARGIN}" y="${titleTop}" font-size="${TITLE_SIZE}" font-weight="bold" fill="${INK}">${title
      .map((line, i) => `<tspan x="${MARGIN}" dy="${i === 0 ? 0 : lineHeight}">${esc(line)}</tspan>`)
      .join('')}</text>`,
    `<text x="${MARGIN}" y="${dekY}" font-size="${DEK_SIZE}" fill="${INK_SOFT}">${esc(dek)}</text>`,
  ];
  if (input.overview) out.push(overviewBlock(input.overview, width, height, dekY + 40));
  out.push('</svg>');
  return out.join('');
}

/** Room kept between the overview's band and the image's edges. */
const BAND_INSET = 48;

/** The overview as large as fits the band below `top` (full width inside the insets, or centred when height is short), on the page's tinted band. */
function overviewBlock(overview: string, width: number, height: number, top: number): string {
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(overview);
  const ow = Number(box?.[1] ?? width);
  const oh = Number(box?.[2] ?? 100);
  const bandTop = top;
  const room = { width: width - 2 * BAND_INSET, height: height - bandTop - 2 * 24 };
  const scale = Math.min(room.width / ow, room.height / oh);
  const x = (width - ow * scale) / 2;
  const y = height - 24 - oh * scale;
  return (
    `<rect x="0" y="${px(bandTop)}" width="${width}" height="${px(height - bandTop)}" fill="${PAPER_TINT}"/>` +
    `<rect x="0" y="${px(bandTop)}" width="${width}" height="2" fill="${INK}"/>` +
    `<g transform="translate(${px(x)},${px(y)}) scale(${px(scale)})">${overview}</g>`
  );
}

function px(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
