import type { Precision } from '../schema.ts';

/** A value as a person wrote it, with the 1-based line of editorial.md it came from. */
export interface Located<T> {
  value: T;
  line: number;
}

/** A date as written in an editorial section: ISO 8601 cut to its precision, optionally `start/end`. */
export interface EditorialDate {
  start: string;
  end?: string;
  precision: Precision;
}

/** One `## <id>` or `## new: <id>` section, in document order. */
export interface SectionEdit {
  id: string;
  /** Line of the `##` heading. */
  line: number;
  /** `## new: <id>`: an event a journalist adds by hand. */
  isNew: boolean;
  title?: Located<string>;
  kind?: Located<'main' | 'background'>;
  date?: Located<EditorialDate>;
  hide?: Located<boolean>;
  pin?: Located<boolean>;
  /** New events only: a source id from the timeline, or an http(s) URL. */
  source?: Located<string>;
  /** New events only: the exact words that back the event. */
  quote?: Located<string>;
  /** The section's paragraphs, kept as Markdown text; absent when the section has none. */
  summary?: Located<string>;
}

/** Everything editorial.md asks for, checked for syntax but not yet against a timeline. */
export interface EditorialEdits {
  /** The file name used in diagnostics and for sources added from URLs. */
  file: string;
  title?: Located<string>;
  hide: Located<string>[];
  pin: Located<string>[];
  /** Each entry merges `ids[1..]` into `ids[0]`; each id keeps its own line. */
  merge: Located<string>[][];
  sections: SectionEdit[];
}
