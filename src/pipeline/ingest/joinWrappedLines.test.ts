import { describe, expect, it } from 'vitest';
import { continuesOnNextLine, joinWrappedLines } from './joinWrappedLines.ts';

const texts = (raw: string): string[] => joinWrappedLines(raw).map((l) => l.text);

describe('joinWrappedLines', () => {
  it('joins a line break inside a date, keeping the first line number', () => {
    const lines = joinWrappedLines('Construction of the barrier began on 3\r\nMarch 2021, after floods destroyed two bridges.'.replace(/\r/g, ''));
    expect(lines).toEqual([{ text: 'Construction of the barrier began on 3 March 2021, after floods destroyed two bridges.', index: 0, lastIndex: 1 }]);
  });

  it('joins a break between month and year, where the year closes a phrase', () => {
    expect(texts('Construction began on 3 March\n2021, after floods destroyed two bridges.')).toEqual(['Construction began on 3 March 2021, after floods destroyed two bridges.']);
    expect(continuesOnNextLine('The review is due in April', '2024.')).toBe(true);
    expect(continuesOnNextLine('Floods hit the coast', '12 people were killed on Tuesday.')).toBe(false);
  });

  it('joins a line that stops inside a clause a comma opened, even before a capital', () => {
    expect(texts('On 10 November 2023, engineers from the Kessel\nInstitute completed the final tests of the steel gates.')).toEqual([
      'On 10 November 2023, engineers from the Kessel Institute completed the final tests of the steel gates.',
    ]);
  });

  it('keeps reading a clause a comma opened lines up, but not one in a finished sentence', () => {
    expect(texts('On 10 November 2023,\nengineers from the Kessel\nInstitute completed the tests.')).toEqual(['On 10 November 2023, engineers from the Kessel Institute completed the tests.']);
    expect(continuesOnNextLine('The gates, tested twice, held. Engineers cheered', 'Rail strike called off')).toBe(false);
  });

  it('undoes a fixed-width wrap: mid-phrase ends and lowercase continuations', () => {
    const wrapped = ['The regional council said on Monday that the', 'barrier, which cost 40 million euros,', 'would open to traffic in', 'April.'].join('\n');
    expect(texts(wrapped)).toEqual(['The regional council said on Monday that the barrier, which cost 40 million euros, would open to traffic in April.']);
  });

  it('keeps a headline, a byline and a menu as their own lines', () => {
    expect(texts('Flood barrier opens on the Velna\nBy Ilsa Drovnik\nHome\nNews\nThe council met on Monday.')).toEqual([
      'Flood barrier opens on the Velna',
      'By Ilsa Drovnik',
      'Home',
      'News',
      'The council met on Monday.',
    ]);
  });

  it('keeps a ticker of clock times and headlines line by line', () => {
    expect(texts('10:20\nStorm cuts power to 3,000 homes in the north\n09:59\nupdated rail strike called off')).toEqual([
      '10:20',
      'Storm cuts power to 3,000 homes in the north',
      '09:59',
      'updated rail strike called off',
    ]);
  });

  it('never glues a clock stamp to a line, comma or not', () => {
    expect(texts('Strikes hit the city: two killed, many injured and much damage caused\n09:59\nRail strike called off after late talks')).toEqual([
      'Strikes hit the city: two killed, many injured and much damage caused',
      '09:59',
      'Rail strike called off after late talks',
    ]);
  });

  it('never joins across a blank line or after a finished sentence', () => {
    expect(texts('The council met on\n\nMonday.')).toEqual(['The council met on', '', 'Monday.']);
    expect(texts('The council met on Monday.\nwhich surprised no one')).toEqual(['The council met on Monday.', 'which surprised no one']);
  });

  it('reads Russian and Ukrainian prepositions at a line end as a wrap', () => {
    expect(continuesOnNextLine('Совет собрался в', 'Праге в понедельник.')).toBe(true);
    expect(continuesOnNextLine('Рада зібралася у', 'Празі в понеділок.')).toBe(true);
  });

  it('does not join a year at a line end to a capitalised next line (a headline such as "Floods of 2021")', () => {
    expect(continuesOnNextLine('Floods of 2021', 'The council met on Monday.')).toBe(false);
  });
});
