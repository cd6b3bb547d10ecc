import { primaryLanguage } from './text/primaryLanguage.ts';

/**
 * The language a timeline page is written in: what the journalist stated in
 * sources.yaml, else the language most of its articles are in (ties go to
 * the alphabetically first tag, so the choice never depends on file order).
 */
export function storyLanguage(articleLanguages: readonly string[], stated?: string): string | undefined {
  if (stated) return stated;
  const counts = new Map<string, number>();
  for (const tag of articleLanguages) {
    const primary = primaryLanguage(tag);
    if (primary.length >= 2) counts.set(primary, (counts.get(primary) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [tag, n] of counts) {
    const bestCount = best === undefined ? 0 : counts.get(best)!;
    if (n > bestCount || (n === bestCount && best !== undefined && tag < best)) best = tag;
  }
  return best;
}
