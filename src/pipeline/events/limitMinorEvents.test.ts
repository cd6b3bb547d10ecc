import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../schema.ts';
import { limitMinorEvents, MORE_PER_KEY } from './limitMinorEvents.ts';
import { eventFixture } from '../eventFixture.ts';

const event = (id: string, tier: TimelineEvent['tier'], salience: number): TimelineEvent => eventFixture(id, '2024-03-01', { tier, summary: id, salience });

describe('limitMinorEvents', () => {
  it('keeps every key event and the most salient minor ones, a few per key event, in order', () => {
    const events = [event('k1', 'key', 5), event('k2', 'key', 4), ...Array.from({ length: 20 }, (_, i) => event(`m${String(i).padStart(2, '0')}`, 'more', i))];
    const { events: kept, left } = limitMinorEvents(events);
    expect(kept).toHaveLength(2 + 2 * MORE_PER_KEY);
    expect(left).toBe(20 - 2 * MORE_PER_KEY);
    expect(kept.map((e) => e.id).slice(0, 2)).toEqual(['k1', 'k2']);
    expect(kept.some((e) => e.id === 'm19')).toBe(true);
    expect(kept.some((e) => e.id === 'm00')).toBe(false);
  });

  it('leaves a small story whole', () => {
    const events = [event('k', 'key', 1), event('m', 'more', 1)];
    expect(limitMinorEvents(events)).toEqual({ events, left: 0 });
  });
});
