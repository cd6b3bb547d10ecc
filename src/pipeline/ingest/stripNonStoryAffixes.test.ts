import { describe, expect, it } from 'vitest';
import { stripNonStoryAffixes } from './stripNonStoryAffixes.ts';

describe('stripNonStoryAffixes', () => {
  it('takes an update stamp, then an agency dateline, off the front, and a stamp off the end', () => {
    expect(stripNonStoryAffixes('UPDATE: GENEVA, May 2 (Reuters) - Talks resumed on Thursday. (Updated 3:10 p.m.)')).toEqual({
      text: 'Talks resumed on Thursday.',
      stripped: [
        { text: 'UPDATE:', reason: 'update stamp' },
        { text: 'GENEVA, May 2 (Reuters) -', reason: 'agency dateline' },
        { text: '(Updated 3:10 p.m.)', reason: 'update stamp' },
      ],
    });
  });

  it('leaves a sentence that only mentions an update, an agency or a place', () => {
    for (const text of [
      'Updated figures were released on Monday.',
      'Reuters (the agency) said on Monday the talks had failed.',
      'GENEVA is where the talks will resume in May.',
      'The update (the second this year) fixed the fault.',
    ]) expect(stripNonStoryAffixes(text)).toEqual({ text, stripped: [] });
  });
});
