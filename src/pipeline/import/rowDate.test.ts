import { describe, expect, it } from 'vitest';
import { rowDate } from './rowDate';

const parts = (year = '', month = '', day = '', time = '') => ({ year, month, day, time });

describe('rowDate', () => {
  it('cuts a date to the parts the row gives', () => {
    expect(rowDate(parts('2031'), undefined)).toEqual({ date: { start: '2031', precision: 'year' }, notes: [] });
    expect(rowDate(parts('2031', '4'), undefined)).toEqual({ date: { start: '2031-04', precision: 'month' }, notes: [] });
    expect(rowDate(parts('2031', '04', '9'), undefined)).toEqual({ date: { start: '2031-04-09', precision: 'day' }, notes: [] });
    expect(rowDate(parts('2031', '4', '9', '9:30 pm'), undefined)).toEqual({ date: { start: '2031-04-09T21:30', precision: 'minute' }, notes: [] });
    expect(rowDate(parts('1,815'), undefined)).toEqual({ date: { start: '1815', precision: 'year' }, notes: [] });
    expect(rowDate(parts('812'), undefined)).toEqual({ date: { start: '0812', precision: 'year' }, notes: [] });
  });

  it('says why a start cannot be placed: no year, a bad year, month or day', () => {
    expect(rowDate(parts('', '5', '3'), undefined)).toEqual({ problem: 'no year' });
    expect(rowDate(parts('-500'), undefined)).toMatchObject({ problem: expect.stringContaining('0 to 9999') });
    expect(rowDate(parts('20x1'), undefined)).toMatchObject({ problem: 'start year "20x1" is not a whole number' });
    expect(rowDate(parts('2031', '13'), undefined)).toMatchObject({ problem: expect.stringContaining('month "13"') });
    expect(rowDate(parts('2031', '2', '29'), undefined)).toMatchObject({ problem: 'start day "29" is not a day of 2031-02' });
    expect(rowDate(parts('2032', '2', '29'), undefined)).toMatchObject({ date: { start: '2032-02-29' } });
  });

  it('keeps a coarser date and notes a part it cannot use', () => {
    expect(rowDate(parts('2031', '', '5'), undefined)).toEqual({ date: { start: '2031', precision: 'year' }, notes: ['a start day without a month is left out'] });
    expect(rowDate(parts('2031', '5', '', '9:30'), undefined)).toMatchObject({ date: { start: '2031-05' }, notes: ['a start time without a day is left out'] });
    expect(rowDate(parts('2031', '5', '2', 'noon'), undefined)).toMatchObject({ date: { start: '2031-05-02', precision: 'day' } });
  });

  it('gives a range the coarser precision of its ends, and drops an end that is bad or before the start', () => {
    expect(rowDate(parts('2031', '4', '9'), parts('2031', '6'))).toEqual({ date: { start: '2031-04', end: '2031-06', precision: 'month' }, notes: [] });
    expect(rowDate(parts('2031', '4'), parts('2031', '4', '30'))).toEqual({ date: { start: '2031-04', precision: 'month' }, notes: [] });
    expect(rowDate(parts('2031', '4'), parts('2031', '14'))).toMatchObject({ date: { start: '2031-04' }, notes: [expect.stringContaining('the end is left out')] });
    expect(rowDate(parts('2031', '4'), parts('2030'))).toMatchObject({ date: { start: '2031-04', precision: 'month' }, notes: [expect.stringContaining('before it starts')] });
  });
});
