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

  it('limits a whole timeline: sources that lost every event say why, and a diagnostic counts the left-out events', async () => {
    const { limitTimeline } = await import('./limitMinorEvents.ts');
    const minor = Array.from({ length: MORE_PER_KEY + 2 }, (_, i) => ({ ...event(`m${i}`, 'more', i), mentions: [{ source: `s${i}`, quote: 'q', start: 0, end: 1, expression: '' }] }));
    const source = (id: string) => ({ id, file: `${id}.txt`, title: null, outlet: null, url: null, author: null, language: 'en', published: null });
    const timeline = { version: 1 as const, title: 't', sources: minor.map((e) => source(e.mentions[0]!.source)), events: [event('k', 'key', 9), ...minor], diagnostics: [] };
    const limited = limitTimeline(timeline);
    expect(limited.events).toHaveLength(1 + MORE_PER_KEY);
    expect(limited.sources.find((s) => s.id === 's0')!.note).toMatch(/minor events/);
    expect(limited.sources.find((s) => s.id === `s${MORE_PER_KEY + 1}`)!.note).toBeUndefined();
    expect(limited.diagnostics).toEqual([expect.objectContaining({ level: 'info', message: expect.stringMatching(/^2 minor events left out/) })]);
  });
});
