import { bylinePattern, emptyLabel, furnitureCues, tickerTime } from './furnitureCues.ts';

/** One non-blank line of the raw article and what ingest decided about it. */
export interface ClassifiedLine {
  /** 1-based line number in the file (or in the body, for front-matter files). */
  line: number;
  text: string;
  /** True when a blank line (or the end) follows: the line closes a paragraph. */
  closesParagraph: boolean;
  /** Why the line was left out; undefined when it is kept. */
  dropped?: string;
  /** Whether the line reads as story prose (a full sentence or more). */
  prose: boolean;
}

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;

/** Prose: ends like a sentence and is long enough to be one, or is long whatever its end. */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  return (/[.!?…]["'”’»)]*\s*$/.test(text) && words >= 6) || words >= 30;
}

/** Lines that address the reader as a publication does in an appeal: we, our, you, your. */
export function isAppealVoice(text: string): boolean {
  const voice = text.match(/\b(we|our|us|you|your|yours)\b|\b(мы|наш\p{L}*|вы|ваш\p{L}*|ми|наш\p{L}*|ви|ваш\p{L}*)\b/giu) ?? [];
  return voice.length >= 2 || (voice.length >= 1 && wordCount(text) < 12);
}

const furnitureReason = (text: string): { reason: string; endsArticle: boolean } | undefined => {
  // Prose-length lines are never judged by a cue alone: a sentence may quote a "privacy policy".
  if (wordCount(text) > 25) return undefined;
  for (const cue of furnitureCues) {
    if (cue.pattern.test(text)) return { reason: cue.reason, endsArticle: cue.endsArticle ?? false };
  }
  return undefined;
};

/**
 * Splits raw text into lines and marks page furniture by structure and cues:
 * per-line cues (menus, appeals, credits, tickers), the tail after the
 * article's end, repeated lines and related-story links glued to prose.
 */
export function classifyLines(raw: string, firstLine = 1): ClassifiedLine[] {
  const rawLines = raw.split('\n');
  const lines: ClassifiedLine[] = [];
  rawLines.forEach((text, i) => {
    const trimmed = text.replace(/^\s*[•▪●◦·*-]\s+/, '').replace(/\s+/g, ' ').trim();
    if (!trimmed) return;
    const next = rawLines[i + 1];
    lines.push({
      line: firstLine + i,
      text: trimmed,
      closesParagraph: next === undefined || next.trim() === '',
      prose: isProse(trimmed),
    });
  });

  const firstProse = lines.findIndex((l) => l.prose);
  const endCues: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const inBody = firstProse >= 0 && i > firstProse;
    const cue = furnitureReason(line.text);
    if (cue) {
      line.dropped = cue.reason;
      if (cue.endsArticle && inBody) endCues.push(i);
    } else if (tickerTime.test(line.text)) {
      line.dropped = 'news ticker';
      const item = lines[i + 1];
      if (item && !item.prose) item.dropped = 'news ticker';
    } else if (bylinePattern.test(line.text)) {
      line.dropped = 'byline';
    } else if (emptyLabel.test(line.text)) {
      line.dropped = 'empty label';
    } else if (!line.prose && seen.has(line.text.toLowerCase())) {
      line.dropped = 'repeated line';
    } else if (inBody && !line.prose && !line.closesParagraph && lines[i + 1]?.prose && wordCount(line.text) >= 4) {
      // A headline-like line glued to the next paragraph is a link to another story.
      line.dropped = 'related-story link';
    }
    if (!line.dropped) seen.add(line.text.toLowerCase());
  }
  const tailStart = endCues.find((i) => !storyResumesAfter(lines, i)) ?? -1;
  if (tailStart >= 0) {
    for (const line of lines.slice(tailStart)) line.dropped ??= 'after the end of the article';
  }
  return lines;
}

/** After an end-of-article cue, the story resumes if some later line is prose not written as an appeal. */
function storyResumesAfter(lines: readonly ClassifiedLine[], index: number): boolean {
  return lines.slice(index + 1).some((l) => l.prose && !l.dropped && !isAppealVoice(l.text));
}
