import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../schema.ts';
import { assignTiers, keyEventCount } from './assignTiers.ts';
import { eventFixture } from '../eventFixture.ts';

const event = (id: string, salience: number, kind: TimelineEvent['kind'] = 'main'): TimelineEvent => eventFixture(id, '2024-03-01', { tier: 'more', summary: id, kind, salience });

describe('keyEventCount', () => {
  it('gives about ten key events to five articles and at most sixty to three hundred', () => {
    expect(keyEventCount(5)).toBe(10);
    expect(keyEventCount(300)).toBeLessThanOrEqual(60);
    expect(keyEventCount(300)).toBeGreaterThan(keyEventCount(30));
    expect(keyEventCount(0)).toBeGreaterThanOrEqual(1);
  });
});

describe('assignTiers', () => {
  it('keys the most salient main events and never a background one', () => {
    const events = [event('a', 1), event('b', 9, 'background'), ...Array.from({ length: 12 }, (_, i) => event(`m${i}`, 2 + i))];
    const tiered = assignTiers(events, 5);
    const key = tiered.filter((e) => e.tier === 'key').map((e) => e.id);
    expect(key).toHaveLength(10);
    expect(key).not.toContain('b');
    expect(key).not.toContain('a');
    expect(key).toContain('m11');
    expect(tiered.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });
});
