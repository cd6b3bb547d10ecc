import type { Diagnostic, Source, TimelineEvent } from '../../src/pipeline/schema.ts';
import { escapeHtml } from './escapeHtml.ts';
import { renderEvent } from './renderEvent.ts';
import { sourceLabel } from './renderMention.ts';
import type { ReviewModel } from './reviewModel.ts';

/** What the page needs besides the build: the run's token and where the articles are. */
export interface PageOptions {
  token: string;
  /** The articles folder as the journalist named it. */
  seedsLabel: string;
}

/**
 * The review page: server-rendered, complete HTML (every value escaped), with
 * one script and one stylesheet from the server itself. The token is in a
 * <meta> the script reads and sends with each edit; no other page can read it.
 */
export function renderReviewPage(model: ReviewModel, options: PageOptions): string {
  const title = model.timeline?.title ?? 'Timeline';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="review-token" content="${escapeHtml(options.token)}">
<title>Review: ${escapeHtml(title)}</title>
<link rel="stylesheet" href="/review.css">
<script type="module" src="/review.js"></script>
</head>
<body>
<header class="top">
<h1>Review: <span id="story-title">${escapeHtml(title)}</span></h1>
<p>Articles from <code>${escapeHtml(options.seedsLabel)}</code>. Every edit is written to <code>editorial.md</code> there at once, and the timeline is rebuilt.</p>
</header>
<div class="bar">
<div class="toolbar">
<button type="button" id="merge-button" aria-describedby="merge-help">Merge selected events</button>
<button type="button" id="preview-button">Preview the site</button>
<span id="status" role="status" aria-live="polite">Built in ${Math.round(model.ms)} ms</span>
</div>
<p id="merge-help" class="help">Merging: the first selected event (in page order) keeps its title and date; the others join it.</p>
<p id="alert" role="alert" aria-live="assertive"></p>
</div>
<main id="review-content" data-build="${model.build}" tabindex="-1">
${renderReviewContent(model)}
</main>
</body>
</html>
`;
}

/** The part of the page a rebuild replaces. */
export function renderReviewContent(model: ReviewModel): string {
  const timeline = model.timeline;
  if (!timeline) return `<section class="broken"><h2>The build failed</h2><pre>${escapeHtml(model.error ?? 'unknown error')}</pre></section>`;
  const sources = new Map(timeline.sources.map((s) => [s.id, s]));
  const pinned = new Set(model.pinned);
  const ordered = keyFirst(timeline.events);
  const keyCount = ordered.filter((e) => e.tier === 'key').length;
  const events = ordered.map((event) => renderEvent(event, { sources, texts: model.texts, pinned: pinned.has(event.id) })).join('\n');
  return `${renderAddForm(timeline.sources, model.texts)}
<section aria-labelledby="events-heading">
<h2 id="events-heading">${timeline.events.length} events, ${keyCount} key</h2>
<p id="date-help" class="help">A date is ISO 8601 cut to its precision: 2023 (a year), 2023-03 (a month), 2023-03-09 (a day), or start/end (2023-03-09/2023-03-11).</p>
<ol class="events">
${events}
</ol>
</section>
${renderHidden(model.hidden)}
${renderArticles(timeline.sources, model.texts)}
${renderDiagnostics(timeline.diagnostics)}`;
}

/** Key events first, each group in the timeline's own order (by date). */
function keyFirst(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events.filter((e) => e.tier === 'key'), ...events.filter((e) => e.tier !== 'key')];
}

/** The form for an event the articles did not give: filled from a selection in an article. */
function renderAddForm(sources: readonly Source[], texts: ReadonlyMap<string, string>): string {
  const options = sources
    .filter((s) => texts.has(s.id))
    .map((s) => `<option value="${escapeHtml(s.id)}">${escapeHtml(sourceLabel(s, s.id))}</option>`)
    .join('');
  return `<section aria-labelledby="add-heading" class="add">
<h2 id="add-heading">Add an event</h2>
<p class="help" id="add-help">Select the words that back it in a quote or an article below: the source and quote are filled in.</p>
<form id="add-form" aria-describedby="add-help">
<p><label for="add-source">Source</label> <select id="add-source" name="source">${options}</select></p>
<p><label for="add-quote">Quote</label> <textarea id="add-quote" name="quote" rows="2" required></textarea></p>
<p><label for="add-date">Date</label> <input id="add-date" name="date" required aria-describedby="date-help"></p>
<p><label for="add-title">Title</label> <input id="add-title" name="title" required></p>
<p><label for="add-kind">Kind</label> <select id="add-kind" name="kind"><option value="main">main</option><option value="background">background</option></select></p>
<p><button type="submit" id="add-button">Add event</button></p>
</form>
</section>`;
}

/** Events editorial.md hides, each with a button to show it again. */
function renderHidden(hidden: readonly string[]): string {
  if (hidden.length === 0) return '';
  const items = hidden
    .map((id) => `<li><code>${escapeHtml(id)}</code> <button type="button" class="toggle" id="unhide-${escapeHtml(id)}" data-type="hide" data-id="${escapeHtml(id)}" data-value="false">Show again</button></li>`)
    .join('');
  return `<section aria-labelledby="hidden-heading"><h2 id="hidden-heading">Hidden events</h2><ul class="hidden-events">${items}</ul></section>`;
}

/** Every article's cleaned text, folded: where a quote for an added event is selected. */
function renderArticles(sources: readonly Source[], texts: ReadonlyMap<string, string>): string {
  const items = sources
    .map((s) => {
      const text = texts.get(s.id);
      const note = s.note ? `<p class="note">${escapeHtml(s.note)}</p>` : '';
      const body = text === undefined ? '' : `<div class="article-text" data-source="${escapeHtml(s.id)}">${escapeHtml(text)}</div>`;
      const title = s.title ? ` — ${escapeHtml(s.title)}` : '';
      return `<li><details id="article-${escapeHtml(s.id)}"><summary>${escapeHtml(sourceLabel(s, s.id))}${title} <code>${escapeHtml(s.file)}</code></summary>${note}${body}</details></li>`;
    })
    .join('\n');
  return `<section aria-labelledby="articles-heading"><h2 id="articles-heading">${sources.length} articles</h2><ul class="articles">
${items}
</ul></section>`;
}

/** The run's diagnostics, as the CLI prints them. */
function renderDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const items = diagnostics
    .map((d) => `<li class="${d.level}"><strong>${d.level}</strong> <code>${escapeHtml(d.file)}${d.line ? `:${d.line}` : ''}</code> ${escapeHtml(d.message)}</li>`)
    .join('\n');
  return `<section aria-labelledby="diagnostics-heading"><h2 id="diagnostics-heading">${diagnostics.length} diagnostic${diagnostics.length === 1 ? '' : 's'}</h2>${items ? `<ul class="diagnostics">\n${items}\n</ul>` : '<p>None.</p>'}</section>`;
}
