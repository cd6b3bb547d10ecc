import { describe, expect, it } from 'vitest';
import { cutAtWord, MAX_TITLE_LENGTH, titleFromMention } from './titleFromMention.ts';

describe('titleFromMention', () => {
  it('takes the date phrase out of the sentence', () => {
    expect(titleFromMention('On June 23, the Armed Forces of Ukraine (AFU) fired five ATACMS missiles at Sevastopol.', 'June 23')).toBe(
      'The Armed Forces of Ukraine (AFU) fired five ATACMS missiles at Sevastopol',
    );
  });

  it('uses the context sentence when the dated one only says "said this"', () => {
    const quote = 'Pentagon Chief Lloyd Austin spoke by phone with Russian Defense Minister Andrei Belousov. US military spokesman Patrick Ryder said this on Tuesday, June 25, during a briefing.';
    expect(titleFromMention(quote, 'Tuesday, June 25')).toBe('Pentagon Chief Lloyd Austin spoke by phone with Russian Defense Minister Andrei Belousov');
  });

  it('stays under the length limit, cut at a word', () => {
    const title = titleFromMention(
      'Russian ruler Vladimir Putin replaced Sergey Shoigu with Andrei Belousov on the post of the minister of defence of Russia on 12 May.',
      '12 May',
    );
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toMatch(/^Russian ruler Vladimir Putin replaced Sergey Shoigu with Andrei Belousov .*…$/);
    expect(cutAtWord('short', 90)).toBe('short');
  });
});
