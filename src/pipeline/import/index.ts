/**
 * The import stage: TimelineJS3 files in the seeds folder (its JSON format,
 * or its Google Sheets template saved as CSV) become hand-made events,
 * applied through the editorial layer before editorial.md. Pure, no I/O.
 */
import type { Timeline } from '../schema.ts';
import type { ArticleFile } from '../types.ts';
import { importTimelineJsFile } from './importTimelineJsFile.ts';
import { isImportFile } from './isImportFile.ts';

export { isImportFile, IMPORT_EXTENSIONS } from './isImportFile.ts';
export { importTimelineJsFile, MAX_IMPORT_ROWS } from './importTimelineJsFile.ts';
export { readTimelineJsCsv } from './readTimelineJsCsv.ts';
export { readTimelineJsJson } from './readTimelineJsJson.ts';

/**
 * Every import file of the folder (in path order) applied to the timeline.
 * The first title slide titles the story unless `keepTitle` (sources.yaml
 * gave one); editorial.md, applied after, wins over both.
 */
export function importTimelines(timeline: Timeline, sortedFiles: readonly ArticleFile[], options: { keepTitle: boolean }): Timeline {
  let out = timeline;
  let titled = options.keepTitle;
  for (const file of sortedFiles) {
    if (!isImportFile(file.path)) continue;
    const imported = importTimelineJsFile(out, file, { setTitle: !titled });
    out = imported.timeline;
    titled ||= imported.titled;
  }
  return out;
}
