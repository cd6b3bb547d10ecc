import { describe, expect, it } from 'vitest';
import type { Segment, TimeScale } from '../layout';
import { axisTicks, LABEL_CHAR_WIDTH } from './axisTicks';

const utc = (s: string) => Date.parse(`${s}T00:00Z`);
const june: Segment = { domain: [utc('2024-06-01'), utc('2024-07-01')], single: false, count: 10 };
const scale = (segment: Segment, range: [number, number]): TimeScale => ({ domain: segment.domain, range });

describe('axisTicks', () => {
  it('labels weeks of June, the year on the first tick only', () => {
    const ticks = axisTicks(june, scale(june, [0, 600]), [0, 600], 'en');
    expect(ticks.map((t) => t.label)).toEqual(['3 Jun 2024', '10 Jun', '17 Jun', '24 Jun', '1 Jul']);
    expect(ticks[0]!.x).toBeCloseTo((2 / 30) * 600, 6);
  });

  it('keeps the year in view after zooming in: the first visible tick carries it', () => {
    // Ten times wider; only pixels 3000–3600 (around 16–19 June) are in view.
    const ticks = axisTicks(june, scale(june, [0, 6000]), [3000, 3600], 'en');
    expect(ticks.length).toBeGreaterThan(2);
    expect(ticks[0]!.label).toMatch(/ Jun 2024$/);
    expect(ticks.slice(1).every((t) => !t.label.includes('2024'))).toBe(true);
    for (const t of ticks) expect(t.x >= 3000 && t.x <= 3600).toBe(true);
  });

  it('writes the year again where a new one starts', () => {
    const winter: Segment = { domain: [utc('2024-10-01'), utc('2025-04-01')], single: false, count: 5 };
    const labels = axisTicks(winter, scale(winter, [0, 700]), [0, 700], 'en').map((t) => t.label);
    expect(labels[0]).toBe('Oct 2024');
    expect(labels).toContain('Jan 2025');
    expect(labels.filter((l) => /\d{4}/.test(l))).toHaveLength(2);
  });

  it('labels in Russian and Ukrainian', () => {
    expect(axisTicks(june, scale(june, [0, 600]), [0, 600], 'ru').map((t) => t.label)).toEqual(['3 июн. 2024 г.', '10 июн.', '17 июн.', '24 июн.', '1 июл.']);
    expect(axisTicks(june, scale(june, [0, 600]), [0, 600], 'uk')[1]!.label).toBe('10 черв.');
  });

  it('leaves out labels that would collide and anchors edge labels inwards', () => {
    const ticks = axisTicks(june, scale(june, [0, 600]), [0, 600], 'ru', 40);
    for (let i = 1; i < ticks.length; i++) {
      const prev = ticks[i - 1]!;
      const prevRight = prev.anchor === 'start' ? prev.x + prev.label.length * LABEL_CHAR_WIDTH : prev.x + (prev.label.length * LABEL_CHAR_WIDTH) / 2;
      const left = ticks[i]!.x - (ticks[i]!.label.length * LABEL_CHAR_WIDTH) / 2;
      expect(left).toBeGreaterThan(prevRight);
    }
    const edge = axisTicks(june, scale(june, [0, 600]), [30, 600], 'en');
    expect(edge[0]!.anchor).toBe('start');
  });

  it('names a single-period segment once, with its year', () => {
    const y1962: Segment = { domain: [utc('1962-01-01'), utc('1963-01-01')], single: true, count: 1 };
    expect(axisTicks(y1962, scale(y1962, [10, 74]), [0, 900], 'en')).toEqual([{ t: utc('1962-01-01'), x: 42, label: '1962', anchor: 'middle' }]);
    const march: Segment = { domain: [utc('2023-03-01'), utc('2023-04-01')], single: true, count: 1 };
    expect(axisTicks(march, scale(march, [0, 100]), [0, 900], 'uk')[0]!.label).toBe('бер. 2023 р.');
  });

  it('starts after the previous segment’s last label, and puts the year on its first label kept', () => {
    const all = axisTicks(june, scale(june, [0, 600]), [0, 600], 'en');
    const after = axisTicks(june, scale(june, [0, 600]), [0, 600], 'en', 110, all[1]!.x);
    expect(after[0]!.x).toBeGreaterThan(all[1]!.x);
    expect(after[0]!.label).toMatch(/ 2024$/);
    const y1962: Segment = { domain: [utc('1962-01-01'), utc('1963-01-01')], single: true, count: 1 };
    expect(axisTicks(y1962, scale(y1962, [10, 74]), [0, 900], 'en', 110, 40)).toEqual([]);
  });

  it('gives nothing for a segment out of view', () => {
    expect(axisTicks(june, scale(june, [0, 600]), [700, 900], 'en')).toEqual([]);
  });
});
