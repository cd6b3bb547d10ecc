/** Decodes a file's bytes to text: UTF-8, with the byte-order mark dropped and line endings made \n. */
export function decodeText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  return normalizeLineEndings(text.startsWith('\uFEFF') ? text.slice(1) : text);
}

export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
