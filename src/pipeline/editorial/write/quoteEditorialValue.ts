/**
 * A section option's value as it must be written for parseEditorial to read
 * it back unchanged. Unquoted, the parser takes the text up to a ` #`
 * comment, and a value starting with a quote is read as a YAML string; so a
 * value with ` #`, a leading quote, or a start that YAML readers (and people)
 * take for syntax is written as a quoted YAML string.
 */

/** Starts YAML gives a meaning to (comments, anchors, tags, block scalars, flow collections, indicators). */
const YAML_SPECIAL_START = /^[\s"'#&*!|>%@`[\]{},?:-]/;
/** Where an unquoted value would end: a '#' after white space starts a comment. */
const COMMENT = /\s#/;

export function quoteEditorialValue(value: string, { always = false } = {}): string {
  if (!always && value !== '' && !YAML_SPECIAL_START.test(value) && !COMMENT.test(value) && !/\s$/.test(value)) return value;
  // Single quotes read "a text with \"quotes\"" most plainly; double quotes (JSON's escapes are YAML's) otherwise.
  if (value.includes('"') && !value.includes("'") && !value.includes('\\')) return `'${value}'`;
  return JSON.stringify(value);
}
