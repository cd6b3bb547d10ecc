/**
 * ROUGE-1's tokens: lowercase runs of letters and digits (any script), no
 * stemming and no stop-word removal, as ROUGE-1 runs by default.
 */
export function unigrams(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
