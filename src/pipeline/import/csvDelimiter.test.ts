import { describe, expect, it } from 'vitest';
import { csvDelimiter } from './csvDelimiter';

describe('csvDelimiter', () => {
  it('finds the delimiter of the header line', () => {
    expect(csvDelimiter('Year,Month,Headline\n2031,1,"a;b;c;d"')).toBe(',');
    expect(csvDelimiter('Year;Month;Headline\n2031;1;"a,b,c,d"')).toBe(';');
    expect(csvDelimiter('Year\tMonth\tHeadline')).toBe('\t');
    expect(csvDelimiter('Year')).toBe(',');
  });
});
