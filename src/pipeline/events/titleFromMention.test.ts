import { describe, expect, it } from 'vitest';
import { cutAtWord, MAX_TITLE_LENGTH, shortenTitle, titleFromMention } from './titleFromMention.ts';

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
    expect(title).toMatch(/^Russian ruler Vladimir Putin replaced Sergey Shoigu with Andrei Belousov\b/);
    expect(cutAtWord('word '.repeat(30).trim(), 20)).toBe('word word word…');
    expect(cutAtWord('short', 90)).toBe('short');
  });
});

describe('a date as subject', () => {
  it('keeps a date that is the subject of its sentence', () => {
    expect(titleFromMention('7 July 2007 was chosen as its date matches the aircraft’s designation number.', '7 July 2007')).toBe(
      '7 July 2007 was chosen as its date matches the aircraft’s designation number',
    );
  });
});

describe('shortenTitle', () => {
  it('drops trailing clauses, appositions and phrases before cutting words', () => {
    expect(shortenTitle('The defense ministers of the United States and Russia spoke by phone for the first time in more than a year, and the two sides gave very different accounts', 90)).toBe(
      'The defense ministers of the United States and Russia spoke by phone for the first time',
    );
    expect(shortenTitle('US Defense Secretary Lloyd Austin held his second phone conversation with Andrei Belousov, the new minister of defence of Russia', 90)).toBe(
      'US Defense Secretary Lloyd Austin held his second phone conversation with Andrei Belousov',
    );
    expect(shortenTitle('At least two children were killed in an attack on Sevastopol, according to Russian officials in the city', 90)).toBe(
      'At least two children were killed in an attack on Sevastopol',
    );
  });
});
