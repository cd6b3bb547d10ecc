/**
 * Where the overview opens: on the story's key span, legible. The span is
 * the fewest neighbouring axis segments that hold most (80%) of the story's
 * (main) events, narrowed to their central 90% when a few stragglers would
 * stretch it; background decades away stay reachable by panning or "Fit
 * all". When everything already gives the story most of the width
 * (`minShare`), it opens on everything.
 */
import { identityZoom, segmentOf, segmentScales, toX, type MarkInput, type Segment, type ZoomX } from '../layout';
import { fitSpan } from './fitSpan';

export interface InitialViewOptions {
  minShare?: number;
  maxK?: number;
}

export function initialView(
  marks: readonly MarkInput[],
  segments: readonly Segment[],
  ranges: readonly [number, number][],
  plot: [number, number],
  { minShare = 0.6, maxK = Infinity }: InitialViewOptions = {},
): ZoomX {
  const story = marks.some((m) => m.kind === 'main') ? marks.filter((m) => m.kind === 'main') : [...marks];
  if (story.length === 0 || segments.length === 0) return identityZoom;
  const perSegment = segments.map(() => 0);
  for (const m of story) perSegment[segmentOf(segments, m.start)]!++;
  const [a, b] = shortestRun(perSegment, Math.ceil(0.8 * story.length));
  let span: [number, number] = [ranges[a]![0], ranges[b]![1]];

  // Stragglers inside the run: the central 90% of its events, when that is much narrower.
  const scales = segmentScales(segments, ranges);
  const inRun = story
    .filter((m) => {
      const s = segmentOf(segments, m.start);
      return s >= a && s <= b;
    })
    .sort((p, q) => p.start - q.start);
  const cut = Math.floor(inRun.length * 0.05);
  const kept = inRun.slice(cut, inRun.length - cut);
  if (kept.length > 0) {
    const first = kept[0]!;
    const last = kept.reduce((x, m) => (m.end > x.end ? m : x), kept[0]!);
    const core: [number, number] = [toX(scales[segmentOf(segments, first.start)]!, first.start), toX(scales[segmentOf(segments, last.start)]!, last.end)];
    if (core[1] - core[0] < 0.6 * (span[1] - span[0])) span = core;
  }

  if (span[1] - span[0] >= minShare * (plot[1] - plot[0])) return identityZoom;
  return fitSpan(span, plot, { maxK });
}

/** The shortest run [a, b] of neighbouring counts that sums to at least `need` (the fullest such run on a tie). */
function shortestRun(counts: readonly number[], need: number): [number, number] {
  let best: [number, number] = [0, counts.length - 1];
  let bestSum = -1;
  for (let a = 0; a < counts.length; a++) {
    let sum = 0;
    for (let b = a; b < counts.length; b++) {
      sum += counts[b]!;
      if (sum < need) continue;
      const shorter = b - a < best[1] - best[0];
      if (shorter || (b - a === best[1] - best[0] && sum > bestSum)) {
        best = [a, b];
        bestSum = sum;
      }
      break;
    }
  }
  return best;
}
