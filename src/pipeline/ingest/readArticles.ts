import type { Diagnostic } from '../schema.ts';
import type { Article, ArticleFile } from '../types.ts';
import { isImportFile } from '../import/isImportFile.ts';
import { looksBinary } from './looksBinary.ts';
import type { SourcesFile } from './parseSourcesYaml.ts';
import { readArticle } from './readArticle.ts';

export const ARTICLE_EXTENSIONS = /\.(txt|text|md|markdown|html?|xhtml)$/i;
const CONFIG_FILES = new Set(['sources.yaml', 'sources.yml', 'editorial.md']);

/**
 * Every file read as an article, in path order; files that cannot be
 * (unreadable, binary, empty, the same article twice) are reported and
 * kept out of the events, but still listed as sources when they were read.
 */
export function readArticles(
  sorted: readonly ArticleFile[],
  facts: SourcesFile | undefined,
): { articles: Article[]; unusable: Map<Article, string>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const articles: Article[] = [];
  const unusable = new Map<Article, string>();
  const seenTexts = new Map<string, string>();
  for (const file of sorted) {
    // Side files, and TimelineJS3 imports (.json, .csv), which the import stage reads and reports on.
    if (CONFIG_FILES.has(file.path) || isImportFile(file.path)) continue;
    const problem = unreadable(file);
    if (problem) {
      diagnostics.push({ file: file.path, level: 'warning', message: `skipped: ${problem}` });
      continue;
    }
    const article = readArticle(file, facts?.files.get(file.path));
    diagnostics.push(...article.diagnostics);
    articles.push(article);
    const why = looksBinary(article.text)
      ? 'binary data, not text'
      : !article.text.trim()
        ? 'no article text found (the file is empty or all page furniture)'
        : undefined;
    const key = article.text.replace(/\s+/g, ' ').trim().toLowerCase();
    const twin = why ? undefined : seenTexts.get(key);
    if (why || twin) {
      const reason = why ?? `the same article as ${twin}`;
      unusable.set(article, reason);
      diagnostics.push({ file: file.path, level: 'warning', message: reason });
      if (why) article.text = '';
    } else seenTexts.set(key, file.path);
  }
  const present = new Set(sorted.map((f) => f.path));
  for (const path of facts?.files.keys() ?? []) {
    if (!present.has(path)) {
      diagnostics.push({ file: 'sources.yaml', level: 'warning', message: `sources.${path}: no such file in the seeds folder` });
    }
  }
  return { articles, unusable, diagnostics };
}

/** Why a file cannot be read as an article at all, if it cannot. */
function unreadable(file: ArticleFile): string | undefined {
  // An error code (ENOENT, EACCES) is the system's word; anything else is the folder reader's own sentence.
  if (file.error) return /^E[A-Z0-9]+$/.test(file.error) ? `could not be read (${file.error})` : file.error;
  if (file.size !== undefined) return `${(file.size / 1024 / 1024).toFixed(1)} MB is over the size limit`;
  if (!ARTICLE_EXTENSIONS.test(file.path)) return 'not an article format (.txt, .md, .html)';
  return undefined;
}

