/**
 * A cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1…", "@SUM…") gets a leading
 * apostrophe, as OWASP advises for CSV: quotes come from articles anyone can write, and
 * /timeline.csv is meant to be opened in Excel or Sheets. The apostrophe shows in other readers;
 * that is the price of not running a stranger's formula.
 */
export function guardSpreadsheetFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
