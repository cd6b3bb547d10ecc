import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { eventFixture } from '../../src/pipeline/eventFixture.ts';
import type { Source, Timeline } from '../../src/pipeline/schema.ts';
import { contextParagraph } from './contextParagraph.ts';
import { renderReviewPage } from './renderReviewPage.ts';
import type { ReviewModel } from './reviewModel.ts';

const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)>" onmouseover="alert(3)`;

const ARTICLE = [
  'A headline for the council',
  '',
  'The council met on Monday. It voted to close the old bridge on 4 March 2031. Traffic will move to the ferry.',
  '',
  `A closing paragraph with ${HOSTILE} in it.`,
].join('\n');
const QUOTE = 'It voted to close the old bridge on 4 March 2031.';

function source(extra: Partial<Source> = {}): Source {
  return { id: 'daily-bridge', file: 'a.txt', title: 'Bridge', outlet: 'The Daily', url: null, author: null, language: 'en', published: { date: '2031-03-05', precision: 'day', inferred: false, basis: 'dateline' }, ...extra };
}

function model(timeline: Partial<Timeline> = {}, extra: Partial<ReviewModel> = {}): ReviewModel {
  const start = ARTICLE.indexOf(QUOTE);
  const events = [
    eventFixture('2031-03-01-minor', '2031-03-01', { tier: 'more', title: 'A minor event' }),
    eventFixture('2031-03-04-bridge-closes', '2031-03-04', { title: 'The bridge closes', mentions: [{ source: 'daily-bridge', quote: QUOTE, start, end: start + QUOTE.length, expression: '4 March 2031' }] }),
  ];
  return {
    timeline: { version: 1, title: 'The bridge', sources: [source()], events, diagnostics: [{ file: 'b.txt', line: 3, level: 'warning', message: 'a warning' }], ...timeline },
    texts: new Map([['daily-bridge', ARTICLE]]),
    hidden: [],
    pinned: [],
    ms: 412.4,
    build: 1,
    ...extra,
  };
}

function render(m: ReviewModel, token = 'tok-123'): Document {
  return parseHTML(renderReviewPage(m, { token, seedsLabel: 'seeds/' })).document;
}

describe('renderReviewPage', () => {
  it('puts the token in a meta tag and loads only its own script and stylesheet', () => {
    const doc = render(model());
    expect(doc.querySelector('meta[name="review-token"]')?.getAttribute('content')).toBe('tok-123');
    expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual(['/review.js']);
    expect(doc.querySelectorAll('script:not([src])')).toHaveLength(0);
  });

  it('lists key events before the others', () => {
    const ids = [...render(model()).querySelectorAll('.event')].map((e) => e.getAttribute('data-id'));
    expect(ids).toEqual(['2031-03-04-bridge-closes', '2031-03-01-minor']);
  });

  it('shows a mention inside its paragraph, the quote marked', () => {
    const doc = render(model());
    const block = doc.querySelector('#event-2031-03-04-bridge-closes blockquote.context')!;
    expect(block.getAttribute('data-source')).toBe('daily-bridge');
    expect(block.querySelector('mark')?.textContent).toBe(QUOTE);
    expect(block.textContent).toBe('The council met on Monday. It voted to close the old bridge on 4 March 2031. Traffic will move to the ferry.');
  });

  it('escapes hostile text everywhere: titles, article text, diagnostics, sources, ids in attributes', () => {
    const hostile = model(
      {
        title: HOSTILE,
        sources: [source({ outlet: HOSTILE, title: HOSTILE, file: `${HOSTILE}.txt`, note: HOSTILE })],
        events: [eventFixture('a-b', '2031-03-04', { title: HOSTILE, actors: [HOSTILE], mentions: [{ source: 'daily-bridge', quote: HOSTILE, start: 0, end: 5, expression: HOSTILE }] })],
        diagnostics: [{ file: HOSTILE, level: 'error', message: HOSTILE }],
      },
      { hidden: [HOSTILE] },
    );
    const html = renderReviewPage(hostile, { token: 'tok', seedsLabel: HOSTILE });
    const doc = parseHTML(html).document;
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelectorAll('[onerror], [onmouseover]')).toHaveLength(0);
    expect(doc.querySelector('h3')?.textContent).toBe(HOSTILE);
    expect(doc.querySelector('.article-text')?.textContent).toContain(HOSTILE);
    expect(doc.querySelector('.diagnostics li')?.textContent).toContain(HOSTILE);
    expect(doc.querySelector('#event-a-b input[name="title"]')?.getAttribute('value')).toBe(HOSTILE);
  });

  it('shows the date with its precision and basis, the salience and the diagnostics', () => {
    const doc = render(model());
    const facts = doc.querySelector('#event-2031-03-04-bridge-closes .facts')!.textContent;
    expect(facts).toContain('2031-03-04 (day; from a date in the text)');
    expect(facts).toContain('1.00');
    expect(doc.querySelector('.diagnostics')?.textContent).toContain('b.txt:3');
  });

  it('labels every form control', () => {
    const doc = render(model());
    for (const control of doc.querySelectorAll('input, textarea, select')) {
      expect(doc.querySelector(`label[for="${control.id}"]`), control.id).not.toBeNull();
    }
  });

  it('offers to show a hidden event again and to unpin a pinned one', () => {
    const doc = render(model({}, { hidden: ['gone'], pinned: ['2031-03-04-bridge-closes'] }));
    expect(doc.querySelector('#unhide-gone')?.getAttribute('data-value')).toBe('false');
    expect(doc.querySelector('#pin-2031-03-04-bridge-closes')?.textContent).toBe('Unpin');
  });

  it('says the build failed, with why, when there is no timeline', () => {
    const doc = render({ ...model(), timeline: null, error: 'contract <broken>' });
    expect(doc.querySelector('.broken pre')?.textContent).toBe('contract <broken>');
  });

  it('shows a quote that is no offset into its article (an editorial one) alone', () => {
    const m = model({ events: [eventFixture('x', '2031-03-04', { mentions: [{ source: 'daily-bridge', quote: 'Words not there.', start: 0, end: 16, expression: '' }] })] });
    const block = render(m).querySelector('blockquote.context')!;
    expect(block.textContent).toBe('Words not there.');
  });
});

describe('contextParagraph', () => {
  it('is the paragraph around the quote, from blank line to blank line', () => {
    const start = ARTICLE.indexOf(QUOTE);
    const context = contextParagraph(ARTICLE, start, start + QUOTE.length);
    expect(context).toEqual({ before: 'The council met on Monday. ', quote: QUOTE, after: ' Traffic will move to the ferry.', cutBefore: false, cutAfter: false });
  });

  it('cuts a long paragraph at a word on either side', () => {
    const text = `${'word '.repeat(100)}QUOTE${' more'.repeat(100)}`;
    const start = text.indexOf('QUOTE');
    const context = contextParagraph(text, start, start + 5, 22);
    expect(context.cutBefore && context.cutAfter).toBe(true);
    expect(context.before).toBe('word word word word ');
    expect(context.after).toBe(' more more more more');
  });

  it('clamps offsets past the end of the text', () => {
    expect(contextParagraph('short', 10, 20).quote).toBe('');
  });

  it('reaches across a quote that spans a paragraph break', () => {
    const text = 'One.\n\nTwo starts. Two ends\n\nthree goes on. Four.';
    const start = text.indexOf('Two ends');
    const context = contextParagraph(text, start, text.indexOf(' Four'));
    expect(context.before).toBe('Two starts. ');
    expect(context.after).toBe(' Four.');
  });
});
