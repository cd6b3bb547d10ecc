import { agoStamp, clockTime, stampWords } from './nonStoryCues.ts';

/**
 * Whether a line is only a time stamp, as live blogs, tickers and comment
 * threads put above an entry: "14:32", "2.32pm BST", "10 min ago",
 * "Tue 3 Jun 2019 14.32 BST". A clock time (or an "ago") is required, and
 * every other word must be a date word or a number; a line saying anything
 * else ("At 14:32 the vote began") is not a stamp.
 */
export function isTimeStamp(text: string): boolean {
  const line = text.trim().replace(/^(?:posted|published)\s+(?:at\s+)?/i, '');
  if (agoStamp.test(line)) return true;
  if (!clockTime.test(line)) return false;
  const rest = line.replace(new RegExp(clockTime.source, 'giu'), ' ');
  return rest
    .split(/[\s,/|()–—-]+/)
    .filter(Boolean)
    .every((word) => /^\d{1,4}(?:st|nd|rd|th)?\.?$/i.test(word) || stampWords.has(word.toLowerCase().replace(/[.,]$/, '')) || stampWords.has(word.toLowerCase()));
}
