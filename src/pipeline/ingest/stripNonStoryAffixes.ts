import { agencyDatelines, updatePrefix, updateSuffix } from './nonStoryCues.ts';

export interface StrippedAffix {
  text: string;
  reason: string;
}

/** Affixes one paragraph may carry at most (an update stamp, then an agency dateline). */
const MAX_AFFIXES = 3;

/**
 * Takes off what a paragraph carries before or after its sentence but is
 * not story: an agency dateline ("MOSCOW, June 3 (Reuters) - "), an update
 * stamp ("UPDATE: ", "(Update 1:33 a.m.) ", " (Updated)"). Only the affix
 * goes; the sentence stays, and each affix is returned with its reason.
 */
export function stripNonStoryAffixes(paragraph: string): { text: string; stripped: StrippedAffix[] } {
  let text = paragraph;
  const stripped: StrippedAffix[] = [];
  for (let round = 0; round < MAX_AFFIXES; round++) {
    const update = updatePrefix.exec(text);
    const dateline = update ? undefined : agencyDatelines.map((p) => p.exec(text)).find(Boolean);
    const lead = update ?? dateline;
    if (!lead) break;
    stripped.push({ text: lead[0].trim(), reason: update ? 'update stamp' : 'agency dateline' });
    text = text.slice(lead[0].length);
  }
  const tail = updateSuffix.exec(text);
  if (tail) {
    stripped.push({ text: tail[0].trim(), reason: 'update stamp' });
    text = text.slice(0, tail.index);
  }
  return { text, stripped };
}
