/** A gold TIMEX3 from a TimeML file, with offsets into the tag-free text. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMLDocument {
  id: string;
  /** Document creation time (the DCT's value), e.g. 2010-02-10. */
  dct: string;
  /** Plain text of <TEXT>, tags removed and entities decoded. */
  text: string;
  gold: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag);
  return m?.[1];
}

/**
 * Read a TempEval-3 style TimeML document: the DCT value, the text inside <TEXT> with
 * all tags stripped, and the gold TIMEX3 spans as offsets into that stripped text.
 */
export function parseTimeML(xml: string, id = ''): TimeMLDocument {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1] ?? '';
  const dct = attr(dctTag, 'value') ?? '';
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: GoldTimex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  const tokenRe = /<[^>]+>|[^<]+/g;
  for (const m of body.matchAll(tokenRe)) {
    const tok = m[0];
    if (tok.startsWith('<')) {
      if (/^<TIMEX3\b/.test(tok)) {
        open = { start: text.length, type: attr(tok, 'type') ?? '', value: attr(tok, 'value') ?? '' };
        if (tok.endsWith('/>')) open = null; // empty (non-consuming) timex: nothing to find in text
      } else if (/^<\/TIMEX3>/.test(tok) && open) {
        gold.push({ start: open.start, end: text.length, text: text.slice(open.start), type: open.type, value: open.value });
        open = null;
      }
    } else {
      text += decodeEntities(tok);
    }
  }
  return { id, dct, text, gold };
}
