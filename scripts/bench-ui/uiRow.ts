import type { SiteFacts } from './buildSyntheticSite.ts';
import type { PageWeight } from './pageWeight.ts';

/** Frame times (requestAnimationFrame deltas, ms) during one scripted zoom-and-pan. */
export interface FrameStats {
  p50: number;
  p95: number;
  max: number;
  frames: number;
  /** How long the interaction ran (the deltas' sum). */
  seconds: number;
}

/** One size of `npm run bench:ui`: what was measured, and what could not be. */
export interface UiRow extends SiteFacts {
  weight?: Pick<PageWeight, 'html' | 'js' | 'css' | 'total'>;
  /** Median Largest Contentful Paint (ms), phone viewport, 4× CPU throttling. */
  lcpMs?: number;
  lcpRunsMs?: number[];
  frames?: FrameStats;
  /** The same interaction with 4× CPU throttling. */
  throttledFrames?: FrameStats;
  /** Requests the browser tried to send off 127.0.0.1 (blocked): any is a failure. */
  offHostRequests: string[];
  /** What went wrong, when something did. */
  problems: string[];
}
