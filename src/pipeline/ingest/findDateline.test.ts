import { describe, expect, it } from 'vitest';
import { findDateline } from './findDateline.ts';

describe('findDateline', () => {
  it('reads a labelled ISO date and leaves the rest of the line', () => {
    expect(findDateline(' date 2024-06-26 Menu')).toEqual({
      published: { date: '2024-06-26', precision: 'day', inferred: false, basis: 'dateline' },
      rest: 'Menu',
    });
  });

  it('reads a byline glued to a weekday, date and time at minute precision', () => {
    const found = findDateline('Oleh PavliukFriday, 12 July 2024, 19:50');
    expect(found?.published).toMatchObject({ date: '2024-07-12T19:50', precision: 'minute' });
    expect(found?.rest).toBe('Oleh Pavliuk');
  });

  it('keeps the time zone when the dateline states one', () => {
    expect(findDateline('Published June 25, 2024 at 10:00 UTC')?.published.date).toBe('2024-06-25T10:00+00:00');
  });

  it('is not fooled by a date without a year or by a sentence-less number', () => {
    expect(findDateline('Updated on Tuesday')).toBeUndefined();
    expect(findDateline('On June 23, five missiles were fired')).toBeUndefined();
    expect(findDateline('Russia loses 980 soldiers and 55 artillery systems in one day')).toBeUndefined();
  });
});
