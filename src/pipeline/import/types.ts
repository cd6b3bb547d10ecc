/** A date as a TimelineJS3 sheet row or JSON date object gives it: each part as written, '' when absent. */
export interface ImportDateParts {
  year: string;
  month: string;
  day: string;
  /** A time of day as the sheet writes it ("9:30", "9:30 PM", "0930"), or `hour:minute` from JSON. */
  time: string;
}

/** One slide of a TimelineJS3 file, from either format, before it is checked against the timeline. */
export interface ImportRow {
  /** 1-based line of the file where the row starts (CSV); JSON has none. */
  line?: number;
  /** How diagnostics name the row: "row 5", "events[3]". */
  label: string;
  start: ImportDateParts;
  /** Absent when the row gives no end year. */
  end?: ImportDateParts;
  /** HTML, as TimelineJS3 reads it. */
  headline: string;
  /** HTML, as TimelineJS3 reads it. */
  text: string;
  media: string;
  /** TimelineJS3's row type: '' for an event, `title`, `era`. */
  type: string;
  group: string;
  uniqueId: string;
}

/** A file read as TimelineJS3, or why it is not read as one (not that format, or not readable). */
export type TimelineJsRead =
  | { format: 'TimelineJS3 JSON' | 'TimelineJS3 sheet'; title?: ImportRow; rows: ImportRow[]; problems: ImportProblem[] }
  | { refused: string };

/** Something wrong with one part of a file, at its line when it has one. */
export interface ImportProblem {
  line?: number;
  message: string;
}
