import type { StoryResult } from './runStory.ts';

/** Texts are cut to this many characters so that a day fits a line. */
const TEXT_WIDTH = 160;

const cut = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
  return flat.length > TEXT_WIDTH ? `${flat.slice(0, TEXT_WIDTH - 1)}…` : flat;
};

/**
 * For error analysis: our top l days in rank order beside the gold's text of
 * that day (✓ when the gold has the day), how each was dated ("publication"
 * when no expression dated it; "pub day" when an article was published that
 * day), then the gold days we missed.
 */
export function formatDays(r: StoryResult): string {
  const gold = new Map(r.goldTexts);
  const published = new Set(r.publicationDays);
  const ours = new Set(r.oursDays.map((d) => d.day));
  const out = [
    `### ${r.story}: our top ${r.oursDays.length} of ${r.goldDays} gold days`,
    '',
    '| # | day | gold? | dated by | pub day? | ours | gold |',
    '| ---: | --- | --- | --- | --- | --- | --- |',
    ...r.oursDays.map((d, i) =>
      `| ${i + 1} | ${d.day} | ${gold.has(d.day) ? '✓' : '✗'} | ${d.basis ?? ''} | ${published.has(d.day) ? 'yes' : ''} | ${cut(d.text)} | ${cut(gold.get(d.day) ?? '')} |`,
    ),
  ];
  const missed = r.goldTexts.filter(([day]) => !ours.has(day));
  if (missed.length > 0) {
    out.push('', `Gold days we missed (${missed.length}):`, '');
    for (const [day, text] of missed) out.push(`- ${day}${published.has(day) ? ' (pub day)' : ''}: ${cut(text)}`);
  }
  return out.join('\n');
}
