/**
 * Whether decoded text is really binary data (an image or PDF saved with a
 * text extension): control characters and undecodable bytes, which text
 * never has in any number.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (!sample) return false;
  const odd = sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return odd / sample.length > 0.05;
}
