import type { ArticleFile } from '../types.ts';
import { decodeSideFile } from './decodeSideFile.ts';
import { parseSourcesYaml, type SourcesFile } from './parseSourcesYaml.ts';

/** sources.yaml as found in the seeds folder: decoded like an article (any encoding, any line ends), then parsed. */
export function readSourcesYaml(file: ArticleFile): SourcesFile {
  const decoded = decodeSideFile(file);
  if (decoded.text === undefined) return { files: new Map(), diagnostics: decoded.diagnostics };
  const parsed = parseSourcesYaml(decoded.text, file.path);
  return { ...parsed, diagnostics: [...decoded.diagnostics, ...parsed.diagnostics] };
}
