/**
 * The modules an ES module loads before it runs: the specifiers of its
 * static `import … from`, bare `import "…"` and `export … from`
 * statements that point at files (relative or root paths). Dynamic
 * `import("…")` is left out: it loads later, on demand, not with the page.
 * A regular expression is enough for bundler output (no comments, one
 * statement form); it is not a general JavaScript parser.
 */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`\s]+)["'`]/g;

export function moduleImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(STATIC_IMPORT)) {
    const specifier = match[1]!;
    if (/^(\.{1,2})?\//.test(specifier)) found.add(specifier);
  }
  return [...found];
}
