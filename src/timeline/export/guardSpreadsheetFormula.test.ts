import { describe, expect, it } from 'vitest';
import { guardSpreadsheetFormula } from './guardSpreadsheetFormula';

describe('guardSpreadsheetFormula', () => {
  it('prefixes what a spreadsheet would evaluate', () => {
    expect(guardSpreadsheetFormula('=HYPERLINK("http://example.invalid","click")')).toBe('\'=HYPERLINK("http://example.invalid","click")');
    expect(guardSpreadsheetFormula('+1 (555) 0100')).toBe("'+1 (555) 0100");
    expect(guardSpreadsheetFormula('-2+3')).toBe("'-2+3");
    expect(guardSpreadsheetFormula('@SUM(A1:A2)')).toBe("'@SUM(A1:A2)");
    expect(guardSpreadsheetFormula('\t=1')).toBe("'\t=1");
  });
  it('leaves ordinary text alone', () => {
    expect(guardSpreadsheetFormula('The council met on Tuesday.')).toBe('The council met on Tuesday.');
    expect(guardSpreadsheetFormula('')).toBe('');
  });
});
