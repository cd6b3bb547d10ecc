import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scaleUtc } from 'd3-scale';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseTimeline, type TimelineEvent } from '../pipeline/schema';
import { defaultMargin, segmentRanges, segmentize } from './layout';
import { overviewEvents, overviewSvg, toMarkInputs } from './overviewSvg';
import { syntheticTimeline } from '../../tests/e2e/synthetic';
import { eventFixture } from '../pipeline/eventFixture';

const fixture = parseTimeline(JSON.parse(readFileSync(new URL('../../tests/fixtures/timeline.sample.json', import.meta.url), 'utf8')));
const WIDTH = 960;

function parse(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelector('svg')!;
}

function translateX(el: Element): number {
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '');
  if (!m) throw new Error(`no translate on ${el.outerHTML.slice(0, 80)}`);
  return Number(m[1]);
}

function translateY(el: Element): number {
  return Number(/translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '')![2]);
}

const event = (id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent =>
  eventFixture(id, start, { ...extra, date: { start, precision: 'day', basis: 'expression', ...extra.date } });

/**
 * Snapshots as SVG files a reviewer can open (as Observable Plot keeps them
 * in test/output/): tests/output/overview/<name>.svg, one element per line
 * for readable diffs, linked to the site's overview styles. A missing file is
 * written; UPDATE_SVG=1 rewrites them all; otherwise the output must match
 * the file byte for byte.
 */
const OUTPUT = fileURLToPath(new URL('../../tests/output/overview/', import.meta.url));
const STYLES = '<?xml-stylesheet href="../../styles/tokens.css"?>\n<?xml-stylesheet href="../../styles/overview.css"?>\n';

function expectSvgFile(name: string, svg: string): void {
  const file = `${OUTPUT}${name}.svg`;
  const text = `${STYLES}${svg.replace(/></g, '>\n<')}\n`;
  if (process.env.UPDATE_SVG === '1' || !existsSync(file)) {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (text !== expected) {
    // A line diff in the failure; UPDATE_SVG=1 accepts the change.
    expect(text, `tests/output/overview/${name}.svg differs (rerun with UPDATE_SVG=1 to accept)`).toBe(expected);
  }
}

/** Key and 'more', planned and reported, expression- and publication-dated, story and background. */
function tiered(): TimelineEvent[] {
  return [
    event('1991-background', '1991', { kind: 'background', date: { start: '1991', precision: 'year', basis: 'expression' } }),
    event('1991-background-more', '1991', { kind: 'background', tier: 'more', date: { start: '1991', precision: 'year', basis: 'expression' } }),
    event('2024-06-03-talks', '2024-06-03'),
    event('2024-06-05-reported', '2024-06-05', { date: { start: '2024-06-05', precision: 'day', basis: 'publication' } }),
    event('2024-06-06-more', '2024-06-06', { tier: 'more' }),
    event('2024-06-10-more-planned', '2024-06-10', { tier: 'more', status: 'planned' }),
    event('2024-06-20-summit', '2024-06-20', { status: 'planned', date: { start: '2024-06-20', end: '2024-06-22', precision: 'day', basis: 'expression' } }),
    event('2024-06-28-vote', '2024-06-28', { status: 'planned' }),
    event('2024-07-vote', '2024-07', { date: { start: '2024-07', precision: 'month', basis: 'expression' } }),
  ];
}

describe('overviewSvg', () => {
  it('renders the sample timeline (tests/output/overview/sample.svg)', () => {
    expectSvgFile('sample', overviewSvg(fixture.events, { width: WIDTH, labelledBy: 'overview-heading' }));
  });

  it('renders key events only, planned ones apart (tests/output/overview/tiers.svg)', () => {
    const svg = overviewSvg(overviewEvents(tiered()), { width: WIDTH, labelledBy: 'overview-heading' });
    expectSvgFile('tiers', svg);
    const marks = [...parse(svg).querySelectorAll('a.mark')];
    expect(marks.map((a) => a.getAttribute('data-id'))).toEqual(tiered().filter((e) => e.tier === 'key').map((e) => e.id));
    const planned = marks.filter((a) => a.getAttribute('data-status') === 'planned');
    expect(planned.map((a) => a.getAttribute('data-id'))).toEqual(['2024-06-20-summit', '2024-06-28-vote']);
    for (const a of planned) {
      expect(a.getAttribute('class')).toContain('mark--planned');
      // Not colour alone: the tooltip says so in words.
      expect(a.querySelector('title')?.textContent).toMatch(/\(planned\)$/);
    }
    const reported = marks.find((a) => a.getAttribute('data-id') === '2024-06-05-reported')!;
    expect(reported.querySelector('title')?.textContent).toBe('reported 5 June 2024: 2024-06-05-reported');
  });

  it('stays legible on a 1,500-event story: 100 marks (tests/output/overview/synthetic-1500.svg)', () => {
    const synthetic = syntheticTimeline({ events: 1500, key: 100 });
    const svg = overviewSvg(overviewEvents(synthetic.events), { width: WIDTH, labelledBy: 'overview-heading' });
    expect(parse(svg).querySelectorAll('a.mark')).toHaveLength(100);
    expectSvgFile('synthetic-1500', svg);
  });

  it('renders no events and one event (tests/output/overview/empty.svg, one.svg)', () => {
    expectSvgFile('empty', overviewSvg([], { width: WIDTH }));
    expectSvgFile('one', overviewSvg([event('a', '2024-07-01')], { width: WIDTH }));
  });

  it('is deterministic', () => {
    expect(overviewSvg(fixture.events, { width: WIDTH })).toBe(overviewSvg(fixture.events, { width: WIDTH }));
  });

  it('draws one link per event, in date order, to the event in the list', () => {
    const svg = parse(overviewSvg(fixture.events, { width: WIDTH }));
    const marks = [...svg.querySelectorAll('a.mark')];
    expect(marks.map((a) => a.getAttribute('href'))).toEqual(fixture.events.map((e) => `#${e.id}`));
    expect(marks.map((a) => a.getAttribute('data-kind'))).toEqual(fixture.events.map((e) => e.kind));
    expect(marks.map((a) => a.getAttribute('data-date'))).toEqual(fixture.events.map((e) => e.date.start));
    for (const a of marks) expect(a.querySelector('title')?.textContent).toBeTruthy();
  });

  it('places marks on the axis where their ticks are', () => {
    // One segment of four weeks: ticks are weekly, and a day's dot sits at noon of that day.
    const events = [event('a', '2024-06-03'), event('b', '2024-06-10'), event('c', '2024-06-24')];
    const svg = parse(overviewSvg(events, { width: WIDTH }));
    const axes = [...svg.querySelectorAll('g.axis')];
    expect(axes).toHaveLength(1);
    const ticks = [...axes[0]!.querySelectorAll('.tick')].map((t) => ({ x: translateX(t), label: t.textContent }));
    expect(ticks.map((t) => t.label)).toEqual(['Jun 02', 'Jun 09', 'Jun 16', 'Jun 23']);

    // The same scale, built independently: domain padded by 6%, range the plot area.
    const t0 = Date.UTC(2024, 5, 3);
    const t1 = Date.UTC(2024, 5, 25);
    const pad = (t1 - t0) * 0.06;
    const x = scaleUtc()
      .domain([new Date(t0 - pad), new Date(t1 + pad)])
      .range([defaultMargin.left, WIDTH - defaultMargin.right]);
    ticks.forEach((tick, i) => {
      const day = Date.UTC(2024, 5, 2 + 7 * i);
      expect(tick.x).toBeCloseTo(x(new Date(day)) + 0.5, 0);
    });
    const marks = Object.fromEntries([...svg.querySelectorAll('a.mark')].map((a) => [a.getAttribute('data-id'), translateX(a)]));
    expect(marks.a).toBeCloseTo(x(new Date(Date.UTC(2024, 5, 3, 12))), 0);
    expect(marks.b).toBeCloseTo(x(new Date(Date.UTC(2024, 5, 10, 12))), 0);
    expect(marks.c).toBeCloseTo(x(new Date(Date.UTC(2024, 5, 24, 12))), 0);
    // Equal time, equal distance.
    expect(marks.b! - marks.a!).toBeCloseTo((marks.c! - marks.b!) / 2, 0);
  });

  it('breaks the axis at long gaps and labels single-period segments', () => {
    const svg = parse(overviewSvg(fixture.events, { width: WIDTH }));
    const axes = [...svg.querySelectorAll('g.axis')];
    expect(axes.map((g) => g.getAttribute('data-single'))).toEqual(['true', 'true', 'false']);
    expect(axes[0]!.textContent).toBe('1962');
    expect(axes[1]!.textContent).toBe('Mar 2023');
    expect(svg.querySelectorAll('.axis-break')).toHaveLength(2);
    // Segments do not overlap and come in time order, left to right.
    const ranges = segmentRanges(segmentize(toMarkInputs(fixture.events)), defaultMargin.left, WIDTH - defaultMargin.right);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1]);
    // Marks increase in x with date.
    const xs = [...svg.querySelectorAll('a.mark')].map(translateX);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1]!);
  });

  it('puts background events in their own lane, above the story', () => {
    const svg = parse(overviewSvg(fixture.events, { width: WIDTH }));
    const labels = [...svg.querySelectorAll('.lane__label')].map((t) => t.textContent);
    expect(labels).toEqual(['Background', 'Story']);
    const bg = svg.querySelector('a.mark[data-kind="background"]')!;
    const main = svg.querySelector('a.mark[data-kind="main"]')!;
    expect(translateY(bg)).toBeLessThan(translateY(main));
  });

  it('draws a range as a bar from its first to its last day', () => {
    const events = [event('a', '2024-07-01'), event('r', '2024-07-09', { date: { start: '2024-07-09', end: '2024-07-11', precision: 'day', basis: 'expression' } }), event('z', '2024-07-30')];
    const svg = parse(overviewSvg(events, { width: WIDTH }));
    const r = svg.querySelector('a.mark[data-id="r"]')!;
    const bar = r.querySelector('.mark__range')!;
    const a = translateX(svg.querySelector('a.mark[data-id="a"]')!);
    const z = translateX(svg.querySelector('a.mark[data-id="z"]')!);
    const pxPerDay = (z - a) / 29;
    // Three days long, plus the dot's radius at each end.
    expect(Number(bar.getAttribute('width')) - 12).toBeCloseTo(3 * pxPerDay, 0);
    expect(translateX(r) - a).toBeCloseTo(7.5 * pxPerDay, 0);
  });

  it('dodges marks of the same day into rows', () => {
    const events = [event('a', '2024-07-01'), event('b', '2024-07-01'), event('c', '2024-07-20')];
    const svg = parse(overviewSvg(events, { width: WIDTH }));
    const rows = [...svg.querySelectorAll('a.mark')].map((a) => a.getAttribute('data-row'));
    expect(rows).toEqual(['0', '1', '0']);
  });

  it('copes with no events and with one event', () => {
    expect(parse(overviewSvg([], { width: WIDTH })).querySelectorAll('a.mark')).toHaveLength(0);
    const one = parse(overviewSvg([event('a', '2024-07-01')], { width: WIDTH }));
    expect(one.querySelector('.axis')?.textContent).toBe('1 Jul 2024');
  });
});
