import type { Dispute } from '../schema.ts';
import type { Claim } from './findClaims.ts';
import { appendTo } from './appendTo.ts';

export interface SourcedClaim extends Claim {
  source: string;
  /** Where the claim was made (source and offset): two claims of one sentence are one account. */
  sentence?: string;
}

/**
 * Where sources (or the accounts one source reports) give numbers for the same fact that cannot both be true,
 * the fact is disputed and every account is listed with its sources.
 * Accounts compare as ranges: "more than 150" and "153" agree, "4" and
 * "four people" are one account, "three" and "four" conflict.
 */
export function findDisputes(claims: readonly SourcedClaim[]): Dispute[] {
  const byFact = new Map<string, SourcedClaim[]>();
  for (const claim of claims) appendTo(byFact, claim.about, claim);
  const disputes: Dispute[] = [];
  for (const [about, list] of [...byFact].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // One article can carry two accounts (the ministry's and the governor's): a conflict between sentences counts.
    const where = (c: SourcedClaim): string => c.sentence ?? c.source;
    const conflict = list.some((a) => list.some((b) => where(a) !== where(b) && (a.high < b.low || b.high < a.low)));
    if (!conflict) continue;
    const accounts = new Map<string, { low: number; sources: Set<string> }>();
    for (const claim of list) {
      const account = accounts.get(claim.value) ?? { low: claim.low, sources: new Set<string>() };
      account.sources.add(claim.source);
      accounts.set(claim.value, account);
    }
    disputes.push({
      about,
      accounts: [...accounts]
        .sort(([va, a], [vb, b]) => a.low - b.low || (va < vb ? -1 : va > vb ? 1 : 0))
        .map(([value, account]) => ({ value, sources: [...account.sources].sort() })),
    });
  }
  return disputes;
}
