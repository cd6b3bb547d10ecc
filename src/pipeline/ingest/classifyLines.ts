import { bylinePattern, emptyLabel, furnitureCues, tickerTime } from './furnitureCues.ts';
import { countWords as wordCount } from './countWords.ts';
import { findLiveBlogStamps } from './findLiveBlogStamps.ts';
import { nonStoryLineReason } from './nonStoryLineReason.ts';
import { markReaderComments } from './markReaderComments.ts';
import { markListings } from './markListings.ts';
import { markFactBoxes } from './markFactBoxes.ts';
import { markAuthorBios } from './markAuthorBios.ts';
import { stripNonStoryAffixes, type StrippedAffix } from './stripNonStoryAffixes.ts';
import { joinWrappedLines } from './joinWrappedLines.ts';

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
  /** Affixes taken off a kept line (an agency dateline, an update stamp), each with its reason. */
  stripped?: StrippedAffix[];
}

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
 * Splits raw text into lines (hard wraps undone: joinWrappedLines) and marks page furniture and other text that
 * is not the story, by structure and cues: per-line cues (menus, appeals,
 * credits, tickers, captions, update and live-blog stamps), reader-comment
 * threads, schedules, fact boxes, the tail after the article's end, author
 * bios, repeated lines and related-story links glued to prose; then takes
 * agency datelines and update stamps off the paragraphs that keep them.
 */
export function classifyLines(raw: string, firstLine = 1): ClassifiedLine[] {
  const rawLines = raw.split('\n');
  const lines: ClassifiedLine[] = [];
  for (const source of joinWrappedLines(raw)) {
    const trimmed = source.text.replace(/^\s*[•▪●◦·*-]\s+/, '').replace(/\s+/g, ' ').trim();
    if (!trimmed) continue;
    const next = rawLines[source.lastIndex + 1];
    lines.push({
      line: firstLine + source.index,
      text: trimmed,
      closesParagraph: next === undefined || next.trim() === '',
      prose: isProse(trimmed),
    });
  }

  const firstProse = lines.findIndex((l) => l.prose);
  const stamps = findLiveBlogStamps(lines);
  const endCues: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const inBody = firstProse >= 0 && i > firstProse;
    const cue = furnitureReason(line.text);
    const other = cue || line.dropped ? undefined : nonStoryLineReason(line.text, stamps);
    if (cue) {
      line.dropped = cue.reason;
      if (cue.endsArticle && inBody) endCues.push(i);
    } else if (line.dropped) {
      // Already taken as the item of a ticker above it.
    } else if (other) {
      // A caption, an update stamp, a live blog's stamp or control, a bio's link.
      line.dropped = other;
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
    } else if (inBody && !line.prose && !line.closesParagraph && lines[i + 1]?.prose && wordCount(line.text) >= 4 && !underLiveBlogStamp(lines, i)) {
      // A headline-like line glued to the next paragraph is a link to another story.
      line.dropped = 'related-story link';
    }
    if (!line.dropped) seen.add(line.text.toLowerCase());
  }
  markReaderComments(lines);
  markListings(lines);
  markFactBoxes(lines);
  const tailStart = endCues.find((i) => !storyResumesAfter(lines, i)) ?? -1;
  if (tailStart >= 0) {
    for (const line of lines.slice(tailStart)) line.dropped ??= 'after the end of the article';
  }
  markAuthorBios(lines);
  lines.forEach((line, i) => {
    if (line.dropped || (i > 0 && !lines[i - 1]!.closesParagraph)) return;
    const { text, stripped } = stripNonStoryAffixes(line.text);
    if (!stripped.length) return;
    if (text.trim()) {
      line.text = text.trim();
      line.stripped = stripped;
    } else line.dropped = stripped[0]!.reason;
  });
  return lines;
}

/** A live blog's entry title sits right under its stamp: it is the entry's, not a link to another story. */
function underLiveBlogStamp(lines: readonly ClassifiedLine[], index: number): boolean {
  return lines[index - 1]?.dropped === 'live-blog stamp';
}

/** After an end-of-article cue, the story resumes if some later line is prose not written as an appeal. */
function storyResumesAfter(lines: readonly ClassifiedLine[], index: number): boolean {
  return lines.slice(index + 1).some((l) => l.prose && !l.dropped && !isAppealVoice(l.text));
}
