/** One change a person makes in the review page, to be written into editorial.md. */
export type EditorialEdit =
  | { type: 'title'; id: string; title: string }
  /** Markdown; '' removes the rewritten summary. */
  | { type: 'summary'; id: string; summary: string }
  /** As editorial.md writes it: ISO cut to its precision ("2023", "2023-03", "2023-03-09", "2023-03-09T09:30+01:00") or "start/end". */
  | { type: 'date'; id: string; date: string }
  | { type: 'kind'; id: string; kind: 'main' | 'background' }
  | { type: 'hide'; id: string; hide: boolean }
  | { type: 'pin'; id: string; pin: boolean }
  /** ids[1..] join ids[0]. */
  | { type: 'merge'; ids: string[] }
  | {
      type: 'add';
      /** Made from the date and title when absent (returned in WriteResult.id). */
      id?: string;
      date: string;
      title: string;
      source: string;
      quote: string;
      kind?: 'main' | 'background';
      summary?: string;
      /** Ids a made id must not take besides those in the file: the timeline's events, whose ids the file may not name. */
      taken?: readonly string[];
    };

export type WriteResult = { ok: true; markdown: string; id?: string } | { ok: false; reason: string };
