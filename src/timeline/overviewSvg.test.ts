import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseTimeline, type TimelineEvent } from '../pipeline/schema';
import { MARK_RADIUS, segmentRanges, segmentize } from './layout';
import { overviewFrame } from './overview/overviewFrame';
import { overviewEvents, overviewSvg, toMarkInputs } from './overviewSvg';
import { syntheticTimeline } from '../../tests/e2e/synthetic';
import { eventFixture } from '../pipeline/eventFixture';

const fixture = parseTimeline(JSON.parse(readFileSync(new URL('../../tests/fixtures/timeline.sample.json', import.meta.url), 'utf8')));
const WIDTH = 960;

function parse(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelector('svg')!;
}

function translate(el: Element): [number, number] {
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '');
  if (!m) throw new Error(`no translate on ${el.outerHTML.slice(0, 80)}`);
  return [Number(m[1]), Number(m[2])];
}
const translateX = (el: Element) => translate(el)[0];
const translateY = (el: Element) => translate(el)[1];

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
const STYLES = '<?xml-stylesheet href="../../../src/styles/tokens.css"?>\n<?xml-stylesheet href="../../../src/styles/overview.css"?>\n';

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

/** Every kind of mark once: a day, a month, a year, a range; planned, publication-dated and both; background. */
function honest(): TimelineEvent[] {
  return [
    event('2023-background-year', '2023', { kind: 'background', date: { start: '2023', precision: 'year', basis: 'expression' } }),
    event('2024-03-month', '2024-03', { date: { start: '2024-03', precision: 'month', basis: 'expression' } }),
    event('2024-03-12-day', '2024-03-12'),
    event('2024-03-15-reported', '2024-03-15', { date: { start: '2024-03-15', precision: 'day', basis: 'publication' } }),
    event('2024-03-20-range', '2024-03-20', { date: { start: '2024-03-20', end: '2024-03-24', precision: 'day', basis: 'expression' } }),
    event('2024-03-28-planned', '2024-03-28', { status: 'planned' }),
    event('2024-04-02-planned-reported', '2024-04-02', { status: 'planned', date: { start: '2024-04-02', precision: 'day', basis: 'publication' } }),
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
      // Not colour alone: the name says so in words.
      expect(a.querySelector('title')?.textContent).toMatch(/\(planned\)$/);
    }
    const reported = marks.find((a) => a.getAttribute('data-id') === '2024-06-05-reported')!;
    expect(reported.querySelector('title')?.textContent).toBe('reported 5 June 2024: 2024-06-05-reported');
  });

  it('draws each precision honestly and tells planned and reported apart by shape and name (tests/output/overview/planned-reported.svg)', () => {
    const svg = overviewSvg(honest(), { width: WIDTH, labelledBy: 'overview-heading' });
    expectSvgFile('planned-reported', svg);
    const mark = (id: string) => parse(svg).querySelector(`a.mark[data-id="${id}"]`)!;
    expect(mark('2024-03-12-day').querySelector('circle.mark__dot')).toBeTruthy();
    expect(mark('2024-03-12-day').querySelector('rect')).toBeNull();
    expect(mark('2024-03-month').querySelector('rect.mark__period')).toBeTruthy();
    expect(mark('2023-background-year').querySelector('rect.mark__band')).toBeTruthy();
    expect(mark('2024-03-20-range').querySelector('rect.mark__range')).toBeTruthy();
    // Publication-dated: a diamond, and "reported" in its name.
    const reported = mark('2024-03-15-reported');
    expect(reported.getAttribute('class')).toContain('mark--reported');
    expect(reported.querySelector('path.mark__dot')).toBeTruthy();
    expect(reported.querySelector('title')?.textContent).toBe('reported 15 March 2024: 2024-03-15-reported');
    const both = mark('2024-04-02-planned-reported');
    expect(both.getAttribute('class')).toMatch(/mark--planned.*mark--reported/);
    expect(both.querySelector('title')?.textContent).toBe('reported 2 April 2024: 2024-04-02-planned-reported (planned)');
    // The month's bar spans the month: 31 days against the 12th–15th gap of 3 days.
    const bar = Number(mark('2024-03-month').querySelector('rect')!.getAttribute('width'));
    const three = translateX(mark('2024-03-15-reported')) - translateX(mark('2024-03-12-day'));
    expect(bar / three).toBeCloseTo(31 / 3, 0);
  });

  it('stays legible on a 1,500-event story: 100 marks (tests/output/overview/synthetic-1500.svg)', () => {
    const synthetic = syntheticTimeline({ events: 1500, key: 100 });
    const svg = overviewSvg(overviewEvents(synthetic.events), { width: WIDTH, labelledBy: 'overview-heading' });
    expect(parse(svg).querySelectorAll('a.mark')).toHaveLength(100);
    expectSvgFile('synthetic-1500', svg);
  });

  it('clusters crowded marks with their count, as the browser draws them (tests/output/overview/clusters.svg)', () => {
    const key = overviewEvents(syntheticTimeline({ events: 1500, key: 100 }).events);
    const svg = overviewSvg(key, { width: 390, labelledBy: 'overview-heading', cluster: true });
    expectSvgFile('clusters', svg);
    const doc = parse(svg);
    const clusters = [...doc.querySelectorAll('g.cluster')];
    expect(clusters.length).toBeGreaterThan(0);
    const counted = clusters.reduce((n, c) => n + Number(c.querySelector('.cluster__count')!.textContent), 0);
    expect(counted + doc.querySelectorAll('a.mark').length).toBe(100);
    for (const c of clusters) {
      const ids = c.getAttribute('data-ids')!.split(' ');
      expect(c.querySelector('.cluster__count')!.textContent).toBe(String(ids.length));
      expect(c.querySelector('title')!.textContent).toMatch(new RegExp(`^${ids.length} events, `));
      expect(c.getAttribute('role')).toBe('button');
    }
  });

  it('renders no events and one event (tests/output/overview/empty.svg, one.svg)', () => {
    expectSvgFile('empty', overviewSvg([], { width: WIDTH }));
    expectSvgFile('one', overviewSvg([event('a', '2024-07-01')], { width: WIDTH }));
  });

  it('is deterministic', () => {
    expect(overviewSvg(fixture.events, { width: WIDTH })).toBe(overviewSvg(fixture.events, { width: WIDTH }));
  });

  it('draws one link per event, in date order, to the event in the list; one Tab stop', () => {
    const svg = parse(overviewSvg(fixture.events, { width: WIDTH }));
    const marks = [...svg.querySelectorAll('a.mark')];
    expect(marks.map((a) => a.getAttribute('href'))).toEqual(fixture.events.map((e) => `#${e.id}`));
    expect(marks.map((a) => a.getAttribute('data-kind'))).toEqual(fixture.events.map((e) => e.kind));
    expect(marks.map((a) => a.getAttribute('data-date'))).toEqual(fixture.events.map((e) => e.date.start));
    for (const a of marks) expect(a.querySelector('title')?.textContent).toBeTruthy();
    expect(marks.map((a) => a.getAttribute('tabindex'))).toEqual(['0', ...Array(marks.length - 1).fill('-1')]);
  });

  it('places marks on the axis where their ticks are', () => {
    // One segment of four weeks: ticks on Mondays, and a day's dot sits at noon of that day.
    const events = [event('a', '2024-06-03'), event('b', '2024-06-10'), event('c', '2024-06-24')];
    const width = 480;
    const svg = parse(overviewSvg(events, { width }));
    const axes = [...svg.querySelectorAll('g.axis')];
    expect(axes).toHaveLength(1);
    const ticks = [...axes[0]!.querySelectorAll('.tick')].map((t) => ({ x: translateX(t), label: t.textContent }));
    expect(ticks.map((t) => t.label)).toEqual(['3 Jun 2024', '10 Jun', '17 Jun', '24 Jun']);

    // The same scale, built independently: domain padded by 6%, range the plot area.
    const frame = overviewFrame(width, 1);
    const t0 = Date.UTC(2024, 5, 3);
    const t1 = Date.UTC(2024, 5, 25);
    const pad = (t1 - t0) * 0.06;
    const [r0, r1] = [frame.margin.left, width - frame.margin.right];
    const x = (ms: number) => r0 + ((ms - (t0 - pad)) / (t1 - t0 + 2 * pad)) * (r1 - r0);
    ticks.forEach((tick, i) => expect(tick.x).toBeCloseTo(x(Date.UTC(2024, 5, 3 + 7 * i)), 0));
    const marks = Object.fromEntries([...svg.querySelectorAll('a.mark')].map((a) => [a.getAttribute('data-id'), translateX(a)]));
    expect(marks.a).toBeCloseTo(x(Date.UTC(2024, 5, 3, 12)), 0);
    expect(marks.b).toBeCloseTo(x(Date.UTC(2024, 5, 10, 12)), 0);
    expect(marks.c).toBeCloseTo(x(Date.UTC(2024, 5, 24, 12)), 0);
    // Equal time, equal distance.
    expect(marks.b! - marks.a!).toBeCloseTo((marks.c! - marks.b!) / 2, 0);
  });

  it('writes ticks and names in the page language', () => {
    const events = [event('a', '2024-06-03'), event('b', '2024-06-10', { date: { start: '2024-06-10', precision: 'day', basis: 'publication' } }), event('c', '2024-06-24')];
    const ru = parse(overviewSvg(events, { width: 480, lang: 'ru' }));
    expect([...ru.querySelectorAll('.tick')].map((t) => t.textContent)).toEqual(['3 июн. 2024 г.', '10 июн.', '17 июн.', '24 июн.']);
    expect(ru.querySelector('a.mark[data-id="b"] title')!.textContent).toBe('сообщено 10 июня 2024 г.: b');
    const uk = parse(overviewSvg(events, { width: WIDTH, lang: 'uk' }));
    expect(uk.querySelector('.tick')!.textContent).toBe('3 черв. 2024 р.');
  });

  it('breaks the axis at long gaps and labels single-period segments', () => {
    const svg = parse(overviewSvg(fixture.events, { width: WIDTH }));
    const axes = [...svg.querySelectorAll('g.axis')];
    expect(axes.map((g) => g.getAttribute('data-single'))).toEqual(['true', 'true', 'false']);
    expect(axes[0]!.textContent).toBe('1962');
    expect(axes[1]!.textContent).toBe('Mar 2023');
    expect(svg.querySelectorAll('.axis-break')).toHaveLength(2);
    // Segments do not overlap and come in time order, left to right.
    const frame = overviewFrame(WIDTH, 2);
    const ranges = segmentRanges(segmentize(toMarkInputs(fixture.events)), frame.margin.left, WIDTH - frame.margin.right);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1]);
    // Marks increase in x with date, lane by lane.
    for (const kind of ['main', 'background']) {
      const xs = [...svg.querySelectorAll(`a.mark[data-kind="${kind}"]`)].map(translateX);
      for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual(xs[i - 1]!);
    }
  });

  it('puts background events in their own lane, above the story', () => {
    const svg = parse(overviewSvg(fixture.events, { width: WIDTH }));
    const labels = [...svg.querySelectorAll('.lane__label')].map((t) => t.textContent);
    expect(labels).toEqual(['Background', 'Story']);
    const bg = svg.querySelector('a.mark[data-kind="background"]')!;
    const main = svg.querySelector('a.mark[data-kind="main"]')!;
    expect(translateY(bg)).toBeLessThan(translateY(main));
    // One lane needs no label.
    expect(parse(overviewSvg([event('a', '2024-07-01')], { width: WIDTH })).querySelectorAll('.lane__label')).toHaveLength(0);
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
    expect(Number(bar.getAttribute('width')) - 2 * MARK_RADIUS).toBeCloseTo(3 * pxPerDay, 0);
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
