import { describe, expect, it } from 'vitest';
import type { ArticleFile } from '../../src/pipeline/types.ts';
import { baselineTimeline } from './baselineTimeline.ts';

const article = (path: string, published: string, body: string): ArticleFile => ({
  path,
  bytes: new TextEncoder().encode(`---\ntitle: "${path}"\npublished: ${published}\n---\n\n${body}\n`),
});

const files = [
  article('a.md', '2020-01-10', 'The plane took off from Rome on January 5, 2020.\n\nPassengers cheered the plane on landing.\n\nThe flight lasted for three hours.'),
  article('b.md', '2020-01-12', 'Officials said the plane took off from Rome on January 5, 2020.\n\nThe airline reported record sales of tickets.'),
  article('c.md', '2020-01-12', 'Ticket sales rose at the airline.'),
  article('sources.yaml', '2020-01-01', 'not an article'),
];

describe('baselineTimeline', () => {
  it('ranks days by the number of articles citing them (an expression or the publication day), publication days first among equals, then by date', () => {
    expect(baselineTimeline(files).map((d) => d.day)).toEqual(['2020-01-12', '2020-01-05', '2020-01-10']);
  });

  it("tells a day by its most central candidates, in text order: sentences of that day's expressions, and undated sentences published that day", () => {
    const days = new Map(baselineTimeline(files, 5).map((d) => [d.day, d.text]));
    expect(days.get('2020-01-05')).toBe('The plane took off from Rome on January 5, 2020. Officials said the plane took off from Rome on January 5, 2020.');
    expect(days.get('2020-01-12')).toContain('The airline reported record sales of tickets. Ticket sales rose at the airline.');
    // A sentence holding any temporal expression (here a duration) is not an undated sentence of its publication day.
    expect(days.get('2020-01-10')).toContain('Passengers cheered the plane on landing.');
    expect(days.get('2020-01-10')).not.toContain('three hours');
  });

  it('keeps k sentences per day, the most central one when k = 1', () => {
    const days = new Map(baselineTimeline(files, 1).map((d) => [d.day, d.text]));
    expect(days.get('2020-01-05')).toBe('The plane took off from Rome on January 5, 2020.');
    expect(days.get('2020-01-12')).toMatch(/sales/);
    expect(days.get('2020-01-12')!.split(/(?<=\.)\s/)).toHaveLength(1);
  });
});
