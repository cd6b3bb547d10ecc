/** Delimiters a saved sheet uses: Google Sheets writes commas; a spreadsheet set to a European locale writes semicolons; "tab-separated" is tabs. */
const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter of a CSV file: the one its first line (the header) holds most of, comma when none. */
export function csvDelimiter(text: string): string {
  const header = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
  let best: string = ',';
  let most = 0;
  for (const delimiter of DELIMITERS) {
    const count = header.split(delimiter).length - 1;
    if (count > most) [best, most] = [delimiter, count];
  }
  return best;
}
