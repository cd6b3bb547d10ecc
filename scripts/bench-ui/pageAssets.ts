/**
 * What an HTML page makes the browser load as it opens: external scripts
 * and stylesheets (and module preloads), and the inline <script> and
 * <style> blocks it carries. Only JavaScript counts as script: a
 * `<script type="application/json">` is data, weighed with the HTML.
 * Regular expressions suffice for the build's own well-formed output.
 */
export interface PageAssets {
  /** URLs as written in the page (src/href), each once. */
  scripts: string[];
  stylesheets: string[];
  inlineScripts: string[];
  inlineStyles: string[];
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript']);

/** The attributes of a tag's attribute text, names lowercased, entities in values decoded (&amp; only: URLs). */
function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    found.set(m[1]!.toLowerCase(), (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&'));
  }
  return found;
}

export function pageAssets(html: string): PageAssets {
  const scripts = new Set<string>();
  const stylesheets = new Set<string>();
  const inlineScripts: string[] = [];
  const inlineStyles: string[] = [];
  // Comments can hold tags that never load.
  const page = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = attributes(m[1]!);
    if (!JS_TYPES.has((attrs.get('type') ?? '').trim().toLowerCase())) continue;
    const src = attrs.get('src');
    if (src) scripts.add(src);
    else if (m[2]!.trim()) inlineScripts.push(m[2]!);
  }
  for (const m of page.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = attributes(m[1]!);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    if (!href) continue;
    const as = attrs.get('as')?.toLowerCase();
    if (rel.includes('stylesheet') || (rel.includes('preload') && as === 'style')) stylesheets.add(href);
    else if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')) scripts.add(href);
  }
  for (const m of page.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    if (m[1]!.trim()) inlineStyles.push(m[1]!);
  }
  return { scripts: [...scripts], stylesheets: [...stylesheets], inlineScripts, inlineStyles };
}
