import { describe, expect, it } from 'vitest';
import { findDateline } from './findDateline.ts';

describe('findDateline', () => {
  it('reads a labelled ISO date and leaves the rest of the line', () => {
    expect(findDateline(' date 2021-09-14 Menu')).toEqual({
      published: { date: '2021-09-14', precision: 'day', inferred: false, basis: 'dateline' },
      rest: 'Menu',
    });
  });

  it('reads a byline glued to a weekday, date and time at minute precision', () => {
    const found = findDateline('Mira OlsenThursday, 9 September 2021, 08:15');
    expect(found?.published).toMatchObject({ date: '2021-09-09T08:15', precision: 'minute' });
    expect(found?.rest).toBe('Mira Olsen');
  });

  it('keeps the time zone when the dateline states one', () => {
    expect(findDateline('Published March 3, 2021 at 10:00 UTC')?.published.date).toBe('2021-03-03T10:00+00:00');
  });

  it('is not fooled by a date without a year or by a sentence-less number', () => {
    expect(findDateline('Updated on Tuesday')).toBeUndefined();
    expect(findDateline('On March 1, three cranes were idle')).toBeUndefined();
    expect(findDateline('Port loses 980 containers and 55 trucks in one day')).toBeUndefined();
  });
});
