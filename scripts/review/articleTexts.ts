import { readArticles, readSourcesYaml } from '../../src/pipeline/ingest/index.ts';
import type { Source } from '../../src/pipeline/schema.ts';
import type { ArticleFile } from '../../src/pipeline/types.ts';

/**
 * Each source's cleaned article text, by source id: the text the mentions'
 * `start`/`end` index into (buildTimeline maps its offsets back to the
 * article's own cleaned text, which is what ingest gives). Ingest is run as
 * buildTimeline runs it (sorted files, sources.yaml's facts); a source has
 * one file, so its id is found by that file. Sources an editorial edit
 * added (a URL) have no article and no text here.
 */
export function articleTexts(files: readonly ArticleFile[], sources: readonly Source[]): Map<string, string> {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const sourcesFile = sorted.find((f) => /^sources\.ya?ml$/.test(f.path));
  const facts = sourcesFile ? readSourcesYaml(sourcesFile) : undefined;
  const byFile = new Map(readArticles(sorted, facts).articles.map((a) => [a.file, a.text]));
  const texts = new Map<string, string>();
  for (const source of sources) {
    const text = byFile.get(source.file);
    if (text !== undefined) texts.set(source.id, text);
  }
  return texts;
}
