import { describe, expect, it } from 'vitest';
import { htmlPlainBlocks } from './htmlPlainBlocks.ts';

describe('htmlPlainBlocks', () => {
  it('gives the text of a page by blocks, inline tags read through, head, scripts and styles left out', () => {
    const html = '<html><head><title>Bridge  reopens</title><style>p{}</style></head><body><h1>Bridge reopens</h1><div><p>The <b>new</b> span opened<br>on Monday.</p><script>x()</script><ul><li>One</li><li>Two &amp; three</li></ul></div></body></html>';
    expect(htmlPlainBlocks(html)).toEqual({ blocks: ['Bridge reopens', 'The new span opened', 'on Monday.', 'One', 'Two &amp; three'], title: 'Bridge reopens' });
  });

  it('reads 50,000 nested divs in one pass', () => {
    expect(htmlPlainBlocks(`${'<div>'.repeat(50_000)}<p>Deep words.</p>${'</div>'.repeat(50_000)}`).blocks).toEqual(['Deep words.']);
  }, 20_000);
});
