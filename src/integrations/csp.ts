/**
 * Content-Security-Policy for the built site.
 *
 * - `csp` is the `security.csp` option of astro.config.mjs: Astro hashes
 *   every script and style it emits (bundled, inlined) and writes the
 *   policy as a `<meta http-equiv="content-security-policy">` on each page;
 *   we add the other directives and the hashes of our own inline scripts.
 * - `cspCheck()` is an integration that, once the pages are written, reads
 *   each page's policy back and checks that every inline script and style
 *   on it is allowed (a page that would break under its own policy stops
 *   the build, naming the page), then writes `dist/_headers` with one
 *   policy that allows what any page allows, as a real header for hosts
 *   that read the file. Header and `<meta>` are both enforced, so each page
 *   still gets no more than its own policy.
 *
 * Same pages in, byte-identical `_headers` out: files are read in sorted
 * order and sources keep their order of first appearance.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { checkPage, DIRECTIVES, headersFile, sha256Source, unitePolicies, type Policy } from '../timeline/csp/policy.ts';
import { INLINE_SCRIPTS } from '../timeline/csp/inlineScripts.ts';

type CspOption = NonNullable<NonNullable<AstroUserConfig['security']>['csp']>;

export const csp: CspOption = {
  algorithm: 'SHA-256',
  directives: [...DIRECTIVES],
  scriptDirective: { hashes: INLINE_SCRIPTS.map(sha256Source) },
};

/** How many problems the build error lists before "and n more". */
const SHOWN = 20;

export function cspCheck(): AstroIntegration {
  // The site's base path (BASE_PATH), so that _headers names the paths the site is served under.
  let base = '/';
  return {
    name: 'newsline-csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies: Policy[] = [];
        const problems: string[] = [];
        const pages = htmlFiles(root);
        for (const file of pages) {
          const page = checkPage(readFileSync(file, 'utf8'));
          const name = relative(root, file).split(sep).join('/');
          problems.push(...page.problems.map((p) => `${name}: ${p}`));
          if (page.policy) policies.push(page.policy);
        }
        if (problems.length > 0) {
          const more = problems.length > SHOWN ? `\n  … and ${problems.length - SHOWN} more` : '';
          throw new Error(`Content-Security-Policy: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the built pages:\n  ${problems.slice(0, SHOWN).join('\n  ')}${more}`);
        }
        writeFileSync(join(root, '_headers'), headersFile(unitePolicies(policies), base));
        logger.info(`${pages.length} pages checked against their Content-Security-Policy; wrote _headers`);
      },
    },
  };
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(path));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}
