/**
 * SVG to PNG at build time with resvg: no browser, no network (resvg
 * fetches nothing; the SVG has no external image), and the same SVG and
 * fonts give the same bytes.
 */
import { Resvg } from '@resvg/resvg-js';
import { socialFonts } from './socialFonts';

export function renderPng(svg: string, width: number): Buffer {
  const fonts = socialFonts();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { ...fonts, defaultFontSize: 16 },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
