import { describe, expect, it } from 'vitest';
import { watchInView, type ObserverFactory } from './watchInView';

/** Plain objects for cards and an observer the test calls by hand. */
function setup(topInset = 0) {
  const cards = ['a', 'b', 'c', 'd'].map((id) => ({ id }) as Element);
  const calls: string[][] = [];
  let fire: (entries: { target: Element; isIntersecting: boolean }[]) => void = () => {};
  let options: IntersectionObserverInit | undefined;
  const observed: Element[] = [];
  let disconnected = false;
  const fake: ObserverFactory = (callback, opts) => {
    options = opts;
    fire = (entries) => callback(entries as IntersectionObserverEntry[], {} as IntersectionObserver);
    return { observe: (el: Element) => void observed.push(el), disconnect: () => void (disconnected = true) };
  };
  const stop = watchInView(cards, (ids) => calls.push(ids), topInset, fake);
  return { cards, calls, fire: (...e: [number, boolean][]) => fire(e.map(([i, on]) => ({ target: cards[i]!, isIntersecting: on }))), options: () => options, observed, stop, disconnected: () => disconnected };
}

describe('watchInView', () => {
  it('observes every card, below the sticky overview', () => {
    const w = setup(180.4);
    expect(w.observed).toEqual(w.cards);
    expect(w.options()?.rootMargin).toBe('-180px 0px 0px 0px');
  });

  it('reports the cards in view in list order as the reader scrolls', () => {
    const w = setup();
    w.fire([1, true], [0, true]);
    w.fire([0, false], [2, true]);
    w.fire([3, true]);
    expect(w.calls).toEqual([['a', 'b'], ['b', 'c'], ['b', 'c', 'd']]);
  });

  it('stays quiet when nothing changed, and stops when asked', () => {
    const w = setup();
    w.fire([1, true]);
    w.fire([1, true], [2, false]);
    expect(w.calls).toEqual([['b']]);
    w.stop();
    expect(w.disconnected()).toBe(true);
  });
});
