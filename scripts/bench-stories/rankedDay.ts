/** One day of a system's timeline, in its ranking, with the text scored against the gold's. */
export interface RankedDay {
  day: string;
  text: string;
  /** How the day's top event was dated (ours only: "expression" or "publication"), for error analysis. */
  basis?: string;
}
