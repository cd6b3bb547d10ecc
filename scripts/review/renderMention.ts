import type { Mention, Source } from '../../src/pipeline/schema.ts';
import { contextParagraph } from './contextParagraph.ts';
import { escapeHtml } from './escapeHtml.ts';

/** "Outlet, 2024-01-02" or the file name: who said it. */
export function sourceLabel(source: Source | undefined, fallback: string): string {
  if (!source) return fallback;
  const who = source.outlet ?? source.title ?? source.file;
  return source.published ? `${who}, ${source.published.date}${source.published.inferred ? ' (inferred)' : ''}` : who;
}

/**
 * One mention: its quote marked inside the paragraph of the article it came
 * from. `text` is the source's cleaned article text, when there is one; an
 * editorial quote (no article) is shown alone. The block names its source,
 * so a selection inside it can become an added event's quote.
 */
export function renderMention(mention: Mention, source: Source | undefined, text: string | undefined): string {
  const inText = text !== undefined && text.slice(mention.start, mention.end) === mention.quote;
  const context = inText ? contextParagraph(text, mention.start, mention.end) : undefined;
  const body = context
    ? `${context.cutBefore ? '… ' : ''}${escapeHtml(context.before)}<mark>${escapeHtml(context.quote)}</mark>${escapeHtml(context.after)}${context.cutAfter ? ' …' : ''}`
    : `<mark>${escapeHtml(mention.quote)}</mark>`;
  const expression = mention.expression ? ` · dated by “${escapeHtml(mention.expression)}”` : '';
  const offsets = inText ? ` · characters ${mention.start}–${mention.end}` : '';
  return (
    `<figure class="mention"><blockquote class="context" data-source="${escapeHtml(mention.source)}">${body}</blockquote>` +
    `<figcaption>${escapeHtml(sourceLabel(source, mention.source))}${expression}${offsets}</figcaption></figure>`
  );
}
