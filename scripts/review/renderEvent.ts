import { renderSummaryHtml } from '../../src/pipeline/editorial/index.ts';
import type { Source, TimelineEvent } from '../../src/pipeline/schema.ts';
import { escapeHtml } from './escapeHtml.ts';
import { describeEventDate, editorialDateOf } from './formatEventDate.ts';
import { renderMention } from './renderMention.ts';

/** What one event's card needs besides the event. */
export interface EventContext {
  sources: ReadonlyMap<string, Source>;
  texts: ReadonlyMap<string, string>;
  pinned: boolean;
}

/**
 * One event as a card: what the pipeline made of it, every mention in its
 * article, and a form per edit. Every control has an id made from the event
 * id, so the page can put focus back on it after a rebuild.
 */
export function renderEvent(event: TimelineEvent, context: EventContext): string {
  const id = escapeHtml(event.id);
  const e = (suffix: string): string => `${suffix}-${id}`;
  const option = (value: string): string => `<option value="${value}"${event.kind === value ? ' selected' : ''}>${value}</option>`;
  const facts = [
    `<dt>Date</dt><dd><time datetime="${escapeHtml(event.date.start)}">${escapeHtml(describeEventDate(event.date))}</time></dd>`,
    `<dt>Kind</dt><dd>${event.kind}</dd>`,
    `<dt>Tier</dt><dd>${event.tier}${context.pinned ? ' (pinned)' : ''}</dd>`,
    `<dt>Salience</dt><dd>${event.salience.toFixed(2)}</dd>`,
    `<dt>Status</dt><dd>${event.status}</dd>`,
    event.actors.length > 0 ? `<dt>Actors</dt><dd>${event.actors.map(escapeHtml).join(', ')}</dd>` : '',
    `<dt>Id</dt><dd><code>${id}</code></dd>`,
  ].join('');
  const mentions = event.mentions.map((m) => `<li>${renderMention(m, context.sources.get(m.source), context.texts.get(m.source))}</li>`).join('');
  return `<li class="event ${event.tier}" id="${e('event')}" data-id="${id}">
<article aria-labelledby="${e('heading')}">
<h3 id="${e('heading')}">${escapeHtml(event.title)}</h3>
<dl class="facts">${facts}</dl>
<div class="summary">${renderSummaryHtml(event.summary)}</div>
<p class="pick"><input type="checkbox" class="merge-pick" id="${e('pick')}" value="${id}"><label for="${e('pick')}">Select for merge</label></p>
<details class="edits" id="${e('edits')}"><summary>Edit this event</summary>
<form class="edit" data-type="title" data-id="${id}"><label for="${e('title')}">Title</label> <input id="${e('title')}" name="title" value="${escapeHtml(event.title)}" required> <button type="submit" id="${e('save-title')}">Save title</button></form>
<form class="edit" data-type="summary" data-id="${id}"><label for="${e('summary')}">Summary (Markdown)</label> <textarea id="${e('summary')}" name="summary" rows="3">${escapeHtml(event.summary)}</textarea> <button type="submit" id="${e('save-summary')}">Save summary</button></form>
<form class="edit" data-type="date" data-id="${id}"><label for="${e('date')}">Date</label> <input id="${e('date')}" name="date" value="${escapeHtml(editorialDateOf(event.date))}" required aria-describedby="date-help"> <button type="submit" id="${e('save-date')}">Save date</button></form>
<form class="edit" data-type="kind" data-id="${id}"><label for="${e('kind')}">Kind</label> <select id="${e('kind')}" name="kind">${option('main')}${option('background')}</select> <button type="submit" id="${e('save-kind')}">Save kind</button></form>
<p class="toggles"><button type="button" class="toggle" id="${e('hide')}" data-type="hide" data-id="${id}" data-value="true">Hide this event</button> <button type="button" class="toggle" id="${e('pin')}" data-type="pin" data-id="${id}" data-value="${context.pinned ? 'false' : 'true'}">${context.pinned ? 'Unpin' : 'Pin as key'}</button></p>
</details>
<h4>${event.mentions.length} mention${event.mentions.length === 1 ? '' : 's'}</h4>
<ul class="mentions">${mentions}</ul>
</article>
</li>`;
}
