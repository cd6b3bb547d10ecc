import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkPage, DIRECTIVES, formatPolicy, headersFile, headersFor, parsePolicy, sha256Source, unitePolicies } from './policy';
import { INLINE_SCRIPTS, THEME_SCRIPT } from './inlineScripts';
import { THEME_KEY } from '../theme';

const page = (policy: string, body: string) => `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const quoted = (s: string) => `'${sha256Source(s)}'`;

describe('the policy', () => {
  it('is strict: self only, no plugins, no base or form elsewhere, and no frame-ancestors (a meta cannot set it)', () => {
    const policy = parsePolicy(DIRECTIVES.join(';'));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.has('frame-ancestors')).toBe(false);
    // Astro writes these two, with its hashes.
    expect(policy.has('script-src')).toBe(false);
    expect(policy.has('style-src')).toBe(false);
  });

  it('hashes inline code the way browsers do (SHA-256 of the UTF-8 text, base64)', () => {
    expect(sha256Source('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(sha256Source('é')).toBe(`sha256-${createHash('sha256').update(Buffer.from([0xc3, 0xa9])).digest('base64')}`);
  });

  it('lists the theme script, which reads the key the toggle writes', () => {
    expect(INLINE_SCRIPTS).toContain(THEME_SCRIPT);
    expect(THEME_SCRIPT).toContain(JSON.stringify(THEME_KEY));
  });
});

describe('parsePolicy, formatPolicy, unitePolicies', () => {
  it('reads directives as browsers do: case-insensitive names, extra spaces and semicolons, the first of two wins', () => {
    const policy = parsePolicy(" default-src 'self';;IMG-SRC 'self'  data: ; img-src *; script-src 'self' 'sha256-a=';");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
      ['script-src', ["'self'", "'sha256-a='"]],
    ]);
    expect(formatPolicy(policy)).toBe("default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-a='");
  });

  it('unites policies source by source, in order of first appearance (deterministic)', () => {
    const a = parsePolicy("default-src 'self'; script-src 'self' 'sha256-a='");
    const b = parsePolicy("default-src 'self'; script-src 'self' 'sha256-b=' 'sha256-a='; style-src 'self'");
    expect(formatPolicy(unitePolicies([a, b]))).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self'");
    expect(formatPolicy(unitePolicies([]))).toBe('');
  });
});

describe('checkPage', () => {
  const js = 'document.documentElement.dataset.x = "1"';
  const css = 'body{color:red}';
  const policy = `default-src 'self'; script-src 'self' ${quoted(js)}; style-src 'self' ${quoted(css)}`;

  it('passes a page whose inline scripts and styles are all hashed in its policy', () => {
    const html = page(policy, `<script>${js}</script><style>${css}</style><script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":1}</script>`);
    const result = checkPage(html);
    expect(result.problems).toEqual([]);
    expect(result.policy?.get('script-src')).toContain(quoted(js));
  });

  it('reads the content attribute with its entities decoded', () => {
    expect(checkPage(page(policy.replace(/'/g, '&#39;'), `<script>${js}</script>`)).problems).toEqual([]);
  });

  it('names an inline script or style the policy does not allow, with the hash to add', () => {
    const { problems } = checkPage(page(policy, `<script>alert(1)</script><style>p{}</style>`));
    expect(problems).toEqual([
      `inline <script> not allowed by the policy (add ${quoted('alert(1)')}): alert(1)`,
      `inline <style> not allowed by the policy (add ${quoted('p{}')}): p{}`,
    ]);
  });

  it('falls back from script-src-elem to script-src to default-src, as browsers do', () => {
    expect(checkPage(page(`default-src 'self' ${quoted(js)}`, `<script>${js}</script>`)).problems).toEqual([]);
    expect(checkPage(page(`script-src ${quoted(js)}; script-src-elem 'self'`, `<script>${js}</script>`)).problems).toHaveLength(1);
  });

  it('refuses a policy that allows inline code wholesale', () => {
    const { problems } = checkPage(page("script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'", ''));
    expect(problems).toEqual(["script-src allows 'unsafe-inline'", "script-src allows 'unsafe-eval'", "style-src allows 'unsafe-inline'"]);
  });

  it('reports what a strict policy cannot allow: handler and style attributes, script URLs', () => {
    const { problems } = checkPage(
      page(policy, `<img src="x" onerror="alert(1)"><p style="color:red">x</p><a href=" jav&#x09;ascript:alert(1)">x</a><a href="DATA:text/html,x">y</a><img src="data:image/png;base64,AA" alt="">`),
    );
    expect(problems).toEqual([
      '<img onerror="alert(1)">: an event-handler attribute (runs only with \'unsafe-inline\')',
      '<p style="color:red">: a style attribute (applies only with \'unsafe-inline\')',
      '<a href="jav&#x09;ascript:alert(1)">: a script or data URL',
      '<a href="DATA:text/html,x">: a script or data URL',
    ]);
  });

  it('is not fooled by markup inside attribute values', () => {
    expect(checkPage(page(policy, `<p title="&quot;><script>alert(1)</script>" data-x="onload=1">x</p>`)).problems).toEqual([]);
  });

  it('says when a page has no policy, or two', () => {
    expect(checkPage('<html><head></head></html>')).toEqual({ policy: undefined, problems: ['no Content-Security-Policy <meta>'] });
    const two = page(policy, `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`);
    expect(checkPage(two).problems).toEqual(['2 Content-Security-Policy <meta> elements (each is enforced; there should be one)']);
  });
});

describe('_headers', () => {
  it('sets the policy and nosniff on every path, in the Netlify and Cloudflare Pages format', () => {
    const file = headersFile(parsePolicy("default-src 'self'; script-src 'self' 'sha256-a='"));
    expect(file).toBe("/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a='\n  X-Content-Type-Options: nosniff\n");
    expect(Object.fromEntries(headersFor(file, '/events/x/'))).toEqual({
      'content-security-policy': "default-src 'self'; script-src 'self' 'sha256-a='",
      'x-content-type-options': 'nosniff',
    });
  });

  it('claims only the paths under the base of a site built for a subpath', () => {
    const policy = parsePolicy("default-src 'self'");
    for (const base of ['/news/timeline/', '/news/timeline', 'news/timeline/']) {
      expect(headersFile(policy, base).split('\n')[0]).toBe('/news/timeline/*');
    }
    const file = headersFile(policy, '/news/timeline/');
    expect(headersFor(file, '/news/timeline/events/x/').get('content-security-policy')).toBe("default-src 'self'");
    expect(headersFor(file, '/other/').size).toBe(0);
    expect(headersFile(policy, '/').split('\n')[0]).toBe('/*');
  });

  it('reads path rules, comments and blank lines', () => {
    const file = '# comment\n/embed/*\n  A: 1\n\n/about/\n  B: 2\n';
    expect(Object.fromEntries(headersFor(file, '/embed/x/'))).toEqual({ a: '1' });
    expect(Object.fromEntries(headersFor(file, '/about/'))).toEqual({ b: '2' });
    expect(headersFor(file, '/').size).toBe(0);
  });
});
