/** The ingest stage's public surface: files in, articles (cleaned text and facts) out. */
export { readArticle, MARKDOWN, HTML } from './readArticle.ts';
export { readArticles, ARTICLE_EXTENSIONS } from './readArticles.ts';
export { parseSourcesYaml } from './parseSourcesYaml.ts';
export { readSourcesYaml } from './readSourcesYaml.ts';
export { decodeSideFile } from './decodeSideFile.ts';
export { toLanguageTag } from './toLanguageTag.ts';
export type { SourcesFile } from './parseSourcesYaml.ts';
export { inferPublicationDate } from './inferPublicationDate.ts';
export type { InferenceEvidence } from './inferPublicationDate.ts';
export { looksBinary } from './looksBinary.ts';
export { findDateline } from './findDateline.ts';
export type { Dateline } from './findDateline.ts';
export { decodeBytes, normalizeLineEndings } from './decodeText.ts';
export type { DecodedText } from './decodeText.ts';
export { detectLanguage } from './detectLanguage.ts';
export { parsePublished } from './parsePublished.ts';
export { classifyLines, isProse } from './classifyLines.ts';
export type { ClassifiedLine } from './classifyLines.ts';
