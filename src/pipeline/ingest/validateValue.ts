import type { Diagnostic } from '../schema.ts';
import type { ValueRule } from './factSchemas.ts';

/** Where a value comes from: the file, its line when the format has lines, and how to name it ("front matter language"). */
export interface ValueOrigin {
  file: string;
  line?: number;
  name: string;
}

/** A bad value is quoted in its diagnostic this far at most, so a megabyte of junk does not flood the summary. */
const QUOTE_CHARS = 60;

/**
 * A value from outside, checked by its rule: the value to use, or a
 * diagnostic naming the file and line and what happens instead (`instead`),
 * or both when a part of it could be kept. An absent or blank value is
 * simply absent. Never throws.
 */
export function validateValue(rule: ValueRule, value: unknown, origin: ValueOrigin, instead: string): { value?: string; diagnostic?: Diagnostic } {
  if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) return {};
  const parsed = rule.schema.safeParse(value);
  if (parsed.success) return parsed.data ? { value: parsed.data } : {};
  const problem = parsed.error.issues[0]?.message ?? 'is not valid';
  const kept = rule.salvage?.(value);
  const diagnostic: Diagnostic = {
    file: origin.file,
    ...(origin.line ? { line: origin.line } : {}),
    level: 'warning',
    message: `${origin.name}: ${quote(value)} ${problem}; ${kept ? 'only its start is kept' : instead}`,
  };
  return kept ? { value: kept, diagnostic } : { diagnostic };
}

function quote(value: unknown): string {
  let shown: string;
  try {
    shown = value instanceof Date ? value.toISOString() : (JSON.stringify(value) ?? String(value));
  } catch {
    shown = String(value);
  }
  return shown.length > QUOTE_CHARS ? `${shown.slice(0, QUOTE_CHARS - 1)}…` : shown;
}
