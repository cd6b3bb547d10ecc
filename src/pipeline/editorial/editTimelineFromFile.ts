import type { Timeline } from '../schema.ts';
import type { ArticleFile } from '../types.ts';
import { decodeSideFile } from '../ingest/decodeSideFile.ts';
import { applyEditorial } from './applyEditorial.ts';
import { parseEditorial } from './parseEditorial.ts';

/**
 * editorial.md as found in the seeds folder: decoded like an article (any
 * encoding, any line ends), parsed and applied. When it cannot be used
 * (unreadable, over the size limit, binary) the timeline stays as extracted
 * and an error says why, so a journalist's edits never vanish silently.
 */
export function editTimelineFromFile(timeline: Timeline, file: ArticleFile): Timeline {
  const decoded = decodeSideFile(file);
  const withDecoding: Timeline = { ...timeline, diagnostics: [...timeline.diagnostics, ...decoded.diagnostics] };
  if (decoded.text === undefined) return withDecoding;
  const { edits, diagnostics } = parseEditorial(decoded.text, file.path);
  return applyEditorial({ ...withDecoding, diagnostics: [...withDecoding.diagnostics, ...diagnostics] }, edits);
}
