import type { Anchors, ResolveEnv } from './candidate';

/** For each anchor, whether the expression that set it was absolute (so an anaphor resolved from it is too). */
export interface AnchorOrigins {
  day: boolean;
  month: boolean;
  year: boolean;
  quarter: boolean;
}

/**
 * The same environment, watched: whether the resolver read the publication
 * date, "now", the tense around the expression (which only matters to pick a
 * year or a week relative to now), or an anchor set by a relative expression.
 * A resolution that read none of them is absolute: "9 March 2024", "in 2014",
 * "the next day" after "on 9 March 2024". It stands whatever the publication
 * date is, so an article that states none still keeps it.
 */
export function watchReference(base: ResolveEnv, origins: AnchorOrigins): { env: ResolveEnv; relative: () => boolean } {
  let relative = false;
  const anchors = base.anchors;
  const read = <T>(value: T | null, absolute: boolean): T | null => {
    if (value !== null && !absolute) relative = true;
    return value;
  };
  const watchedAnchors: Anchors = {
    get day() { return read(anchors.day, origins.day); },
    get month() { return read(anchors.month, origins.month); },
    get year() { return read(anchors.year, origins.year); },
    get quarter() { return read(anchors.quarter, origins.quarter); },
    // Offsets only say where an anchor was told, not what day it is.
    get dayEnd() { return anchors.dayEnd; },
    get quarterEnd() { return anchors.quarterEnd; },
    get spanEnd() { return anchors.spanEnd; },
  };
  const env: ResolveEnv = {
    get published() {
      relative = true;
      return base.published;
    },
    get now() {
      relative = true;
      return base.now;
    },
    anchors: watchedAnchors,
    tense: () => {
      relative = true;
      return base.tense();
    },
  };
  return { env, relative: () => relative };
}
