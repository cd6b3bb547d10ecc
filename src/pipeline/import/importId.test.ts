import { describe, expect, it } from 'vitest';
import { importId } from './importId';

describe('importId', () => {
  it('keeps a unique_id that is already an event id, else makes one from the day and headline', () => {
    expect(importId('tender-opens', '2031-03-14', 'x', new Set())).toBe('tender-opens');
    expect(importId('Tender Opens!', '2031-03-14', 'x', new Set())).toBe('tender-opens');
    expect(importId('', '2031-03-14T09:30', 'Council opens the bridge tender today', new Set())).toBe('2031-03-14-council-opens-the-bridge-tender-today');
    expect(importId('', '2031', '…', new Set())).toBe('2031-event');
  });

  it('numbers an id that is taken, and takes it', () => {
    const taken = new Set(['2031-vote']);
    expect(importId('', '2031', 'Vote', taken)).toBe('2031-vote-2');
    expect(importId('', '2031', 'Vote', taken)).toBe('2031-vote-3');
    expect(taken.has('2031-vote-3')).toBe(true);
  });
});
