import type { Article } from '../../src/pipeline/types.ts';

/** "caption 2, reader comment 13": how many blocks each reason dropped, most first, so a page's kinds show at a glance. */
function byReason(dropped: Article['dropped']): string {
  const counts = new Map<string, number>();
  for (const d of dropped) counts.set(d.reason, (counts.get(d.reason) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return sorted.length ? `: ${sorted.map(([reason, n]) => `${reason} ${n}`).join(', ')}` : '';
}

/** A readable account of how one article was read, for `timeline inspect`. */
export function formatInspection(article: Article): string {
  const field = (name: string, value: string | null | undefined, from: string | undefined): string =>
    `  ${name.padEnd(10)} ${value ?? '—'}${value && from ? `   [${from}]` : ''}`;
  const published = article.published
    ? `${article.published.date} (${article.published.precision})`
    : 'none stated (inferred from the other articles at build time, when they allow)';
  const lines = [
    `file        ${article.file} (${article.encoding})`,
    '',
    'metadata',
    field('title', article.title, article.provenance.title),
    field('outlet', article.outlet, article.provenance.outlet),
    field('author', article.author, article.provenance.author),
    field('url', article.url, article.provenance.url),
    field('language', article.language, article.provenance.language),
    field('published', published, article.provenance.published),
    '',
    `cleaned text (${article.text.length} characters)`,
    ...article.text.split('\n').map((l) => (l ? `  │ ${l}` : '  │')),
    '',
    `dropped blocks (${article.dropped.length})${byReason(article.dropped)}`,
    ...article.dropped.map((d) => `  line ${String(d.line).padStart(4)}  ${d.reason.padEnd(28)} ${d.text.length > 90 ? `${d.text.slice(0, 89)}…` : d.text}`),
  ];
  if (article.diagnostics.length) {
    lines.push('', 'diagnostics', ...article.diagnostics.map((d) => `  ${d.level}: ${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}`));
  }
  return `${lines.join('\n')}\n`;
}
