/** Text made safe inside a double-quoted HTML attribute (a story title can hold quotes and ampersands). */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
