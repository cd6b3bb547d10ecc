/**
 * The site's Content-Security-Policy, at build time: the directives Astro
 * does not write itself, hashes of inline code, reading a policy back out
 * of a page, checking that a page's inline code is allowed by its own
 * policy, and the `_headers` file for hosts that read one (Netlify,
 * Cloudflare Pages).
 *
 * Astro (`security.csp` in astro.config.mjs) writes `script-src` and
 * `style-src` with a hash of every script and style it emits, into a
 * `<meta http-equiv="content-security-policy">` on every page; these are
 * the other directives. Nothing on the pages comes from another host, so
 * everything is `'self'`: no inline code but what the hashes name, no
 * plugins, no `<base>` or form pointing elsewhere.
 *
 * `frame-ancestors` is left out on purpose: a `<meta>` cannot set it, the
 * embed view must be frameable by any newsroom's site, and hosts that read
 * `_headers` (Netlify, Cloudflare Pages) join every rule matching a path,
 * so a `'self'` on `/*` would also bind `/embed/`. The pages are read-only
 * (nothing a framing site could trick a reader into doing), so every page
 * may be framed; `/embed/` is the one made for it.
 */
import { createHash } from 'node:crypto';
import { scanHtml } from './scanHtml.ts';

/** Every directive but script-src and style-src (Astro writes those, with its hashes). */
export const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** A CSP hash source for inline code, as Astro takes it (`sha256-…`, no quotes). */
export function sha256Source(content: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}

/** A policy: directive name (lowercase) → its sources, in the order written. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    // The first of two same-named directives wins, as in browsers.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** One policy that allows whatever any of `policies` allows: each directive's sources united, in order of first appearance. */
export function unitePolicies(policies: Iterable<Policy>): Policy {
  const out: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const into = out.get(name) ?? [];
      for (const s of sources) if (!into.includes(s)) into.push(s);
      out.set(name, into);
    }
  }
  return out;
}

/** The sources that govern a kind of fetch, with CSP's fallbacks (script-src-elem → script-src → default-src). */
export function effectiveSources(policy: Policy, ...names: string[]): string[] | undefined {
  for (const name of [...names, 'default-src']) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}

/** Script types a browser does not run (JSON data blocks): they need no hash. */
const DATA_SCRIPT = /^(application\/(ld\+)?json|importmap|speculationrules|text\/plain)$/i;
const RISKY_URL = /^(javascript|vbscript|data):/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'background']);

export interface PageCheck {
  /** The page's policy, from its CSP `<meta>` (undefined when it has none). */
  policy: Policy | undefined;
  /** What would break under that policy, or should never be on a page at all. */
  problems: string[];
}

/**
 * Reads a built page's CSP `<meta>` and checks the page against it: every
 * inline script and style is allowed by a hash, and there is nothing a
 * strict policy cannot allow (event-handler and style attributes,
 * `javascript:` URLs). Scripts and styles from files are 'self'.
 */
export function checkPage(html: string): PageCheck {
  const { tags, inline } = scanHtml(html);
  const problems: string[] = [];
  const metas = tags.filter((t) => t.name === 'meta' && t.attributes.some(([n, v]) => n === 'http-equiv' && v.toLowerCase() === 'content-security-policy'));
  if (metas.length === 0) return { policy: undefined, problems: ['no Content-Security-Policy <meta>'] };
  if (metas.length > 1) problems.push(`${metas.length} Content-Security-Policy <meta> elements (each is enforced; there should be one)`);
  const policy = parsePolicy(decodeEntities(metas[0]!.attributes.find(([n]) => n === 'content')?.[1] ?? ''));

  const scripts = effectiveSources(policy, 'script-src-elem', 'script-src') ?? [];
  const styles = effectiveSources(policy, 'style-src-elem', 'style-src') ?? [];
  for (const [what, sources] of [['script-src', scripts], ['style-src', styles]] as const) {
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*']) {
      if (sources.includes(unsafe)) problems.push(`${what} allows ${unsafe}`);
    }
  }
  for (const block of inline) {
    if (block.attributes.some(([n]) => n === 'src')) continue;
    const type = block.attributes.find(([n]) => n === 'type')?.[1] ?? '';
    if (block.tag === 'script' && DATA_SCRIPT.test(type.trim())) continue;
    const hash = `'${sha256Source(block.content)}'`;
    const allowed = block.tag === 'script' ? scripts : styles;
    if (!allowed.includes(hash)) problems.push(`inline <${block.tag}> not allowed by the policy (add ${hash}): ${excerpt(block.content)}`);
  }
  for (const tag of tags) {
    for (const [name, value] of tag.attributes) {
      if (/^on/.test(name)) problems.push(`<${tag.name} ${name}="${excerpt(value)}">: an event-handler attribute (runs only with 'unsafe-inline')`);
      else if (name === 'style') problems.push(`<${tag.name} style="${excerpt(value)}">: a style attribute (applies only with 'unsafe-inline')`);
      else if (URL_ATTRIBUTES.has(name) && RISKY_URL.test(stripUrlNoise(decodeEntities(value))) && !(name === 'src' && /^data:image\//i.test(value.trim()))) {
        problems.push(`<${tag.name} ${name}="${excerpt(value)}">: a script or data URL`);
      }
    }
  }
  return { policy, problems };
}

/**
 * `_headers` for static hosts (Netlify and Cloudflare Pages read it from the
 * output folder): the policy on every path of the site, as a real header,
 * plus `nosniff` so that no JSON file is ever read as a page. A site built
 * for a subpath (Astro's `base`, e.g. /news/timeline/) claims only the paths
 * under it (`/news/timeline/*`), not the rest of the host.
 */
export function headersFile(policy: Policy, base = '/'): string {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return [`${root}*`, `  Content-Security-Policy: ${formatPolicy(policy)}`, '  X-Content-Type-Options: nosniff', ''].join('\n');
}

/** The headers `_headers` gives a path (only the `/*` and exact-path rules this site writes are understood). */
export function headersFor(file: string, path: string): Map<string, string> {
  const headers = new Map<string, string>();
  let applies = false;
  for (const line of file.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const rule = line.trim();
      applies = rule === '/*' || rule === path || (rule.endsWith('/*') && path.startsWith(rule.slice(0, -1)));
      continue;
    }
    const colon = line.indexOf(':');
    if (applies && colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Browsers strip leading spaces and controls, and tabs and newlines anywhere, before reading a URL's scheme. */
function stripUrlNoise(url: string): string {
  return url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos|tab|newline|colon);?/gi, (whole, code: string) => {
    const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", tab: '\t', newline: '\n', colon: ':' };
    if (code[0] !== '#') return named[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

function excerpt(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
