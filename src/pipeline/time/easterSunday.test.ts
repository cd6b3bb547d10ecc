import { describe, expect, it } from 'vitest';
import { easterSunday } from './easterSunday';

describe('easterSunday', () => {
  it('gives the Western Easter Sunday of known years, early and late ones included', () => {
    // published tables: 2008 was early (23 March), 2011 and 2038 late (24 and 25 April)
    const known: Record<number, string> = {
      1989: '1989-03-26', 2000: '2000-04-23', 2008: '2008-03-23', 2011: '2011-04-24', 2019: '2019-04-21',
      2024: '2024-03-31', 2025: '2025-04-20', 2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year)).toISODate()).toBe(date);
  });
});
