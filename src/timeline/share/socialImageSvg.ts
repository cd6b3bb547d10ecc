/**
 * The social preview of a timeline, as SVG: its title, "n events from m
 * sources" and span, and the overview of its key events drawn by the
 * page's own `overviewSvg`.
 */
import type { Timeline } from '../../pipeline/schema';
import { compareEvents } from '../../pipeline/eventOrder';
import { overviewEvents, overviewSvg } from '../overviewSvg';
import { stringsFor } from '../strings';
import { socialSvg } from './socialSvg';
import { storySpan } from './storySpan';

/** Laid out as on a small tablet, then scaled about 1.5×: marks and dates stay legible when the preview is shown small. */
const OVERVIEW_WIDTH = 720;

export function socialImageSvg(timeline: Pick<Timeline, 'title' | 'events' | 'sources'>, lang: string, fontFamily: string): string {
  const t = stringsFor(lang);
  const events = [...timeline.events].sort(compareEvents);
  const key = overviewEvents(events);
  const span = storySpan(events, t);
  return socialSvg({
    kicker: t.kicker,
    title: timeline.title,
    dek: [t.dek(events.length, timeline.sources.length), span].filter(Boolean).join(' · '),
    overview: key.length > 0 ? overviewSvg(key, { width: OVERVIEW_WIDTH, lang, idPrefix: 'social' }) : null,
    fontFamily,
  });
}
