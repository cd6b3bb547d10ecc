// @ts-check
/**
 * Compiles the CLI (scripts/build-timeline.ts and the whole pipeline under
 * it) into one ES module bundle with esbuild, so that it starts in tens of
 * milliseconds instead of compiling TypeScript at every start.
 *
 *   node scripts/build-cli.mjs            compile now
 *   node scripts/build-cli.mjs --if-stale compile only when a source is newer than the bundle
 *
 * `npm run timeline` goes through scripts/cli/timeline.mjs, which calls
 * `ensureCli()` first: a fresh clone, a `git pull` or an edited source
 * rebuilds on the next run (about a second), and nothing else has to
 * remember to. The bundle lives in node_modules/.cache/newsline-cli/: out
 * of git, of ESLint and of tsc without touching their settings, and gone
 * with node_modules, whose contents it was compiled from.
 *
 * Two builds may run at once (parallel tests, two people in one checkout),
 * and a CLI may be starting while a build finishes: each build writes into
 * its own temporary folder, then moves the chunks (content-hashed names, so
 * two builds agree on them) and only then the entry file into place, each
 * by an atomic rename; the manifest that says what the bundle was built
 * from goes last. A reader sees the old bundle or the new one, never a mix.
 *
 * Only Node built-ins are imported at the top: a fresh bundle's check costs
 * a few dozen stat calls, and esbuild is loaded only to compile.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import process from 'node:process';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(ROOT, 'node_modules', '.cache', 'newsline-cli');
/** The compiled CLI: `node node_modules/.cache/newsline-cli/newsline.mjs tag …`. */
export const CLI_ENTRY = join(CLI_DIR, 'newsline.mjs');
const MANIFEST = join(CLI_DIR, 'manifest.json');
const SOURCE = join(ROOT, 'scripts', 'build-timeline.ts');
/** Chunks no build references any more are removed once this old (a CLI that started before may still load them). */
const OLD_CHUNK_MS = 10 * 60 * 1000;

/**
 * CommonJS packages in the bundle (iconv-lite, chardet…) `require()` Node
 * built-ins, which an ES module has no `require` for: give each chunk one.
 */
const REQUIRE_BANNER = "import { createRequire as __newslineCreateRequire } from 'node:module'; const require = __newslineCreateRequire(import.meta.url);";

/**
 * @typedef {{ path: string, size: number }} Input  a file the bundle was compiled from (path relative to ROOT)
 * @typedef {{ builtAt: number, inputs: Input[] }} Manifest
 */

/** @param {string} path @returns {import('node:fs').Stats | undefined} */
function statOrUndefined(path) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** @returns {Manifest | undefined} */
function readManifest() {
  try {
    return JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Why the bundle must be rebuilt, or null when it is fresh: it is missing, or
 * a file it was compiled from changed since (newer, or another size: a copy
 * that kept an old modification time still differs in size, mostly).
 * @returns {string | null}
 */
export function staleReason() {
  const manifest = readManifest();
  if (!manifest || !existsSync(CLI_ENTRY)) return 'no compiled CLI yet';
  for (const input of manifest.inputs) {
    const stat = statOrUndefined(join(ROOT, input.path));
    if (!stat) return `${input.path} is gone`;
    if (stat.mtimeMs > manifest.builtAt || stat.size !== input.size) return `${input.path} changed`;
  }
  return null;
}

/**
 * The project's own files the bundle was compiled from, with the build
 * script and the installed dependencies' lock (a new dependency version
 * rebuilds too, without listing every file of node_modules).
 * @param {import('esbuild').Metafile} metafile
 * @returns {Input[]}
 */
function inputsOf(metafile) {
  const own = Object.keys(metafile.inputs).filter((path) => !path.split('/').includes('node_modules'));
  const paths = [...new Set([...own, 'scripts/build-cli.mjs', 'package.json', 'node_modules/.package-lock.json'])];
  return paths.filter((path) => existsSync(join(ROOT, path))).map((path) => ({ path, size: statSync(join(ROOT, path)).size }));
}

/** Moves every file of `from` (recursively) to the same place under `to`, entry files last. @param {string} from @param {string} to */
function moveInto(from, to) {
  /** @type {string[]} */
  const files = [];
  const walk = (/** @type {string} */ dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(from, path));
    }
  };
  walk(from);
  // Chunks first: an entry file must never be in place before the chunks it imports.
  files.sort((a, b) => Number(!a.includes(sep)) - Number(!b.includes(sep)) || (a < b ? -1 : 1));
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    renameSync(join(from, file), join(to, file));
  }
}

/** Removes chunks that the current build does not use and that no recent CLI can still be loading. @param {Set<string>} keep */
function pruneChunks(keep) {
  const dir = join(CLI_DIR, 'chunks');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statOrUndefined(path);
    if (!keep.has(path) && stat && Date.now() - stat.mtimeMs > OLD_CHUNK_MS) rmSync(path, { force: true });
  }
}

/**
 * Compiles the CLI now. Returns the entry file's path.
 * @returns {Promise<string>}
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const builtAt = Date.now();
  mkdirSync(CLI_DIR, { recursive: true });
  const temp = join(CLI_DIR, `.build-${process.pid}-${builtAt}`);
  try {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: { newsline: SOURCE },
      outdir: temp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node22',
      entryNames: '[name]',
      chunkNames: 'chunks/[name]-[hash]',
      outExtension: { '.js': '.mjs' },
      banner: { js: REQUIRE_BANNER },
      metafile: true,
      logLevel: 'warning',
      // Names stay readable in a stack trace; minifying saves little start-up time (V8 parses lazily).
      minify: false,
      legalComments: 'none',
    });
    moveInto(temp, CLI_DIR);
    const outputs = new Set(Object.keys(result.metafile.outputs).map((path) => join(CLI_DIR, relative(temp, join(ROOT, path)))));
    const manifest = `${JSON.stringify({ builtAt, inputs: inputsOf(result.metafile) })}\n`;
    writeFileSync(`${MANIFEST}.${process.pid}.tmp`, manifest);
    renameSync(`${MANIFEST}.${process.pid}.tmp`, MANIFEST);
    pruneChunks(outputs);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return CLI_ENTRY;
}

/**
 * The compiled CLI's entry file, compiling it first when it is missing or
 * older than its sources. Says on stderr when it compiles (stdout stays the
 * command's own, for `tag`).
 * @returns {Promise<string>}
 */
export async function ensureCli() {
  const reason = staleReason();
  if (reason === null) return CLI_ENTRY;
  const started = performance.now();
  await buildCli();
  process.stderr.write(`timeline: compiled the CLI (${reason}) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return CLI_ENTRY;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes('--if-stale');
  const started = performance.now();
  const reason = ifStale ? staleReason() : 'asked to';
  if (reason === null) process.stderr.write(`build-cli: ${relative(ROOT, CLI_ENTRY)} is up to date\n`);
  else {
    await buildCli();
    process.stderr.write(`build-cli: compiled ${relative(ROOT, CLI_ENTRY)} (${reason}) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
}
