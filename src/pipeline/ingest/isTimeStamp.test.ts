import { describe, expect, it } from 'vitest';
import { isTimeStamp } from './isTimeStamp.ts';

describe('isTimeStamp', () => {
  it('takes lines that are only a time, with their date and zone words', () => {
    for (const stamp of ['14:32', '14.32 BST', '2.32pm', '2:32 p.m. ET', 'Tue 14 May 2019 14.32 BST', 'Posted at 09:15', '10 min ago', '2h ago', 'just now', '5 хвилин тому', '3 часа назад', '14:05, 3 марта'])
      expect(isTimeStamp(stamp), stamp).toBe(true);
  });

  it('leaves lines that say something beside the time, and dates without a time', () => {
    for (const line of ['At 14:32 the vote began', '14:32 Minister arrives', '3 June 2019', '1432', 'The 9.30am train was cancelled', '2019'])
      expect(isTimeStamp(line), line).toBe(false);
  });
});
