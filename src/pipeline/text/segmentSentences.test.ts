import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segmentSentences.ts';

describe('segmentSentences', () => {
  it('gives offsets that slice back to each sentence, and never crosses a paragraph', () => {
    const text =
      'Pentagon chief speaks with Russia’s new defense minister\n\nRussian and US defense chiefs spoke over the phone on Tuesday. It was Secretary of Defense Lloyd Austin’s first direct conversation with Andrey Belousov.';
    const spans = segmentSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Pentagon chief speaks with Russia’s new defense minister',
      'Russian and US defense chiefs spoke over the phone on Tuesday.',
      'It was Secretary of Defense Lloyd Austin’s first direct conversation with Andrey Belousov.',
    ]);
    expect(spans.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });

  it('does not end a sentence at an initialism or a title abbreviation', () => {
    const text = 'Belousov Discusses Ukraine War With U.S. Defense Secretary\n\nMaj. Gen. Pat Ryder confirmed the call. It was the first.';
    expect(segmentSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Belousov Discusses Ukraine War With U.S. Defense Secretary',
      'Maj. Gen. Pat Ryder confirmed the call.',
      'It was the first.',
    ]);
  });
});

describe('segmentSentences on news copy', () => {
  const sentencesOf = (text: string): string[] => segmentSentences(text).map((s) => text.slice(s.start, s.end));

  it('starts a new sentence at a numeral, a quotation mark or a parenthesis', () => {
    expect(sentencesOf('A storm hit the coast on Monday. 12 people were killed in the floods on Tuesday, officials said. The mayor declared an emergency on Wednesday.')).toEqual([
      'A storm hit the coast on Monday.',
      '12 people were killed in the floods on Tuesday, officials said.',
      'The mayor declared an emergency on Wednesday.',
    ]);
    expect(sentencesOf('The council met. "We will rebuild," the mayor said. (The vote was delayed.) 300 homes were lost.')).toEqual([
      'The council met.',
      '"We will rebuild," the mayor said.',
      '(The vote was delayed.)',
      '300 homes were lost.',
    ]);
  });

  it('keeps "Jan. 12", "No. 10" and initials inside their sentence', () => {
    expect(sentencesOf('The vote was on Jan. 12. 300 delegates attended. Route No. 10 was closed. J. 5 was the code.')).toEqual([
      'The vote was on Jan. 12.',
      '300 delegates attended.',
      'Route No. 10 was closed.',
      'J. 5 was the code.',
    ]);
  });

  it('goes on after "vs." and "v." between two names', () => {
    expect(sentencesOf('A week after the Novak vs. Horvat ruling, the bank appealed. The case of Novak v. Horvat went on.')).toEqual([
      'A week after the Novak vs. Horvat ruling, the bank appealed.',
      'The case of Novak v. Horvat went on.',
    ]);
  });

  it('goes on after a middle initial, and ends before a usual sentence opener', () => {
    expect(sentencesOf('Ms. Novak will succeed Tomas J. Horvat on Feb. 1, the bank said. The board met Anna K. The vote was close.')).toEqual([
      'Ms. Novak will succeed Tomas J. Horvat on Feb. 1, the bank said.',
      'The board met Anna K.',
      'The vote was close.',
    ]);
  });

  it('gives update stamps and a lone ellipsis to the sentence they introduce', () => {
    expect(sentencesOf('(Update 1:33 a.m.) The president signed the bill on Friday.')).toEqual(['(Update 1:33 a.m.) The president signed the bill on Friday.']);
    expect(sentencesOf('The rally went on.\n\n... Police left on Sunday.')).toEqual(['The rally went on.', '... Police left on Sunday.']);
  });

  it('does not throw on a language tag that is no locale', () => {
    expect(segmentSentences('One. Two.', 'en_US').length).toBe(2);
    expect(segmentSentences('One. Two.', '123').length).toBe(2);
  });
});

describe('segmentSentences after company names', () => {
  const sentencesOf = (text: string): string[] => segmentSentences(text).map((s) => text.slice(s.start, s.end));
  it('goes on after "Inc." before a name, and ends before a new sentence', () => {
    expect(sentencesOf('The founder of Acme Inc. Jane Doe has died. Shares of Widget Corp. The company fell.')).toEqual([
      'The founder of Acme Inc. Jane Doe has died.',
      'Shares of Widget Corp.',
      'The company fell.',
    ]);
  });
});
