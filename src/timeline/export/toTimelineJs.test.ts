import { describe, expect, it } from 'vitest';
import { toTimelineJs, type TimelineJsFile } from './toTimelineJs';
import { timelineJsDate } from './timelineJsDate';
import { exportTimeline } from './exportFixture';

describe('timelineJsDate', () => {
  it('gives the parts a date states, as numbers', () => {
    expect(timelineJsDate('2030')).toEqual({ year: 2030 });
    expect(timelineJsDate('2031-02')).toEqual({ year: 2031, month: 2 });
    expect(timelineJsDate('2031-05-04')).toEqual({ year: 2031, month: 5, day: 4 });
    expect(timelineJsDate('2031-05-07T09:30+02:00')).toEqual({ year: 2031, month: 5, day: 7, hour: 9, minute: 30 });
  });
});

describe('toTimelineJs', () => {
  const timeline = exportTimeline();
  const file = JSON.parse(toTimelineJs(timeline, { base: '/', site: 'https://example.org' })) as TimelineJsFile;

  it('carries what TimelineJS3 requires: events with a numeric start_date.year and a headline', () => {
    expect(file.events).toHaveLength(timeline.events.length);
    for (const slide of file.events) {
      expect(typeof slide.start_date!.year).toBe('number');
      expect(slide.text.headline.length).toBeGreaterThan(0);
    }
    expect(file.title.text.headline).toBe('The council, the budget &amp; the vote');
  });

  it('keeps the event id, the range end and the group of each kind', () => {
    const talks = file.events.find((s) => s.unique_id === '2031-05-06-talks')!;
    expect(talks.end_date).toEqual({ year: 2031, month: 5, day: 8 });
    expect(file.events.find((s) => s.unique_id === '2030-budget-year')!.group).toBe('Background');
    expect(talks.group).toBe('Story');
  });

  it('escapes headlines, which TimelineJS3 reads as HTML, and links the event page', () => {
    const vote = file.events.find((s) => s.unique_id === '2031-05-04-council-vote')!;
    expect(vote.text.headline).not.toContain('<script>');
    expect(vote.text.headline).toContain('&lt;script&gt;');
    expect(vote.text.text).toContain('<a href="https://example.org/events/2031-05-04-council-vote/">');
    expect(vote.text.text).toContain('<strong>summary</strong>');
  });
});
