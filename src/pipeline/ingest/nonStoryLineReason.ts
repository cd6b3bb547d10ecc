import { countWords } from './countWords.ts';
import type { LiveBlogStamps } from './findLiveBlogStamps.ts';
import { isTimeStamp } from './isTimeStamp.ts';
import { agoStamp, bioHeaders, bioLines, captionCues, liveBlogControls, revisionNote, stampWords, updateKeyword } from './nonStoryCues.ts';

/** A caption runs to a few sentences; longer is a paragraph that mentions a photo. */
const CAPTION_MAX_WORDS = 60;
/** Controls, stamps and bio links are a few words; a sentence saying more is judged as prose. */
const LABEL_MAX_WORDS = 25;

/** Whether words are only dates: numbers, months, weekdays, zones ("3 June 2019", "Tuesday"). */
const onlyDateWords = (text: string): boolean =>
  text
    .split(/[\s,/|()–—:.-]+/)
    .filter(Boolean)
    .every((word) => /^\d{1,4}(?:st|nd|rd|th)?$/i.test(word) || stampWords.has(word.toLowerCase()));

/**
 * Why one line, judged alone, is not story: a caption, an update stamp, a
 * live blog's controls or bare stamps, a bio's follow links. Structure that
 * needs the neighbouring lines (comment threads, schedules, fact boxes, bio
 * sentences) is judged by the mark*.ts functions.
 */
export function nonStoryLineReason(text: string, stamps: LiveBlogStamps): string | undefined {
  const words = countWords(text);
  if (words <= CAPTION_MAX_WORDS && captionCues.some((cue) => cue.pattern.test(text))) return 'caption';
  if (words > LABEL_MAX_WORDS) return undefined;
  const update = updateKeyword.exec(text);
  if (revisionNote.test(text) || (update && isUpdateRest(text.slice(update[0].length)))) return 'update stamp';
  if (liveBlogControls.some((cue) => cue.test(text))) return 'live-blog controls';
  if (stamps.isLiveBlog && stamps.isStamp(text)) return 'live-blog stamp';
  if (agoStamp.test(text)) return 'time stamp';
  if (bioHeaders.test(text) || bioLines.some((cue) => cue.test(text))) return 'bio';
  return undefined;
}

/** After "Updated", only a stamp may follow for the line to be one: "at 14:05 GMT", "3 June 2019". */
function isUpdateRest(rest: string): boolean {
  const clean = rest.replace(/\)\s*$/, '').trim();
  return clean === '' || isTimeStamp(clean) || onlyDateWords(clean);
}
