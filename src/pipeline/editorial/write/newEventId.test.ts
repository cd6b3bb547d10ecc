import { describe, expect, it } from 'vitest';
import { newEventId } from './newEventId.ts';

describe('newEventId', () => {
  it('is the day (or month, or year) and the first title words, like the pipeline’s ids', () => {
    expect(newEventId('2031-03-14', 'Council opens the tender for the new bridge', new Set())).toBe('2031-03-14-council-opens-the-tender-for-the');
    expect(newEventId('2031-03-14T09:30+01:00', 'Vote', new Set())).toBe('2031-03-14-vote');
    expect(newEventId('2031', 'Zoë’s café!', new Set())).toBe('2031-zoe-s-cafe');
    expect(newEventId('2031-03', '—', new Set())).toBe('2031-03-event');
  });

  it('numbers an id that is taken', () => {
    expect(newEventId('2031', 'Vote', new Set(['2031-vote', '2031-vote-2']))).toBe('2031-vote-3');
  });
});
