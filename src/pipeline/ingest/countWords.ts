/** Words of a line: runs holding a letter or a digit (dashes and bullets are not words). */
export const countWords = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
