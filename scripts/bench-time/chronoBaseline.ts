import * as chrono from 'chrono-node';
import type { Span } from './score';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Plain chrono-node as a baseline: every parse result becomes a DATE at day precision
 * (YYYY-MM-DD) or a TIME (YYYY-MM-DDTHH:MM) when chrono is sure of the hour.
 */
export function chronoTag(text: string, dct: string): Span[] {
  const [y, m, d] = dct.slice(0, 10).split('-').map(Number);
  const ref = new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12);
  return chrono.parse(text, ref).map((r) => {
    const s = r.start;
    const day = `${pad(s.get('year') ?? 0, 4)}-${pad(s.get('month') ?? 1)}-${pad(s.get('day') ?? 1)}`;
    const time = s.isCertain('hour');
    return {
      start: r.index,
      end: r.index + r.text.length,
      type: time ? 'TIME' : 'DATE',
      value: time ? `${day}T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}` : day,
    };
  });
}
