import { isDeepStrictEqual } from 'node:util';
import type { Diagnostic } from '../../schema.ts';
import type { EventEdits } from './describeEdits.ts';

/** What was asked for, to name it in a reason: the edit's kind and the event(s) and field it concerns. */
export interface Asked {
  what: string;
  ids: readonly string[];
  fields: readonly (keyof EventEdits)[];
  /** What the person can do about a value that does not read back. */
  hint?: string;
}

/**
 * Why the written file is not what was asked, or undefined when it is: it
 * must raise no diagnostic the file did not already have, and say exactly
 * what was asked and nothing else.
 */
export function checkWritten(
  before: readonly Diagnostic[],
  after: readonly Diagnostic[],
  expected: ReadonlyMap<string, EventEdits>,
  actual: ReadonlyMap<string, EventEdits>,
  asked: Asked,
): string | undefined {
  const known = before.map(diagnosticKey);
  for (const diagnostic of after) {
    const at = known.indexOf(diagnosticKey(diagnostic));
    if (at >= 0) known.splice(at, 1);
    else return `the ${asked.what} would make editorial.md report a problem: ${diagnostic.message}`;
  }
  const ids = [...new Set([...expected.keys(), ...actual.keys()])].sort((a, b) => rank(a, asked) - rank(b, asked));
  for (const id of ids) {
    const want = expected.get(id) ?? {};
    const got = actual.get(id) ?? {};
    for (const field of fieldsOf(want, got, asked.fields)) {
      if (isDeepStrictEqual(want[field], got[field])) continue;
      if (asked.ids.includes(id) && asked.fields.includes(field)) {
        const hint = asked.hint ? ` (${asked.hint})` : '';
        return got[field] === undefined ? `the ${asked.what} would not be read back from editorial.md${hint}` : `the ${asked.what} would be read as ${JSON.stringify(got[field])}${hint}`;
      }
      return `writing the ${asked.what} would also change the ${field} of "${id}" (to ${JSON.stringify(got[field]) ?? 'nothing'})`;
    }
  }
  return undefined;
}

/** A diagnostic without the line numbers that move when lines are added above it. */
function diagnosticKey(d: Diagnostic): string {
  return `${d.level} ${d.message.replace(/\bline \d+/g, 'line #')}`;
}

/** The asked-for ids first, so that the reason names what was asked before any side effect. */
function rank(id: string, asked: Asked): number {
  return asked.ids.includes(id) ? 0 : 1;
}

/** The asked-for fields first, then the others either side has. */
function fieldsOf(want: EventEdits, got: EventEdits, first: readonly (keyof EventEdits)[]): (keyof EventEdits)[] {
  const all = new Set([...first, ...Object.keys(want), ...Object.keys(got)] as (keyof EventEdits)[]);
  return [...all];
}
