/** /search.json: the compact index the page's search and filters fetch when a reader starts to search. */
import { lang, sortedEvents, sourceName, timeline } from '../timeline/data';
import { dateLabel } from '../timeline/eventDate';
import { searchIndex } from '../timeline/search/searchIndex';

export function GET(): Response {
  const index = searchIndex(sortedEvents(timeline.events), timeline.sources, (e) => dateLabel(e, lang), sourceName);
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
