/**
 * Which events of the list are on screen, as the reader scrolls: an
 * IntersectionObserver on the key-event cards (`li.event`), whose top edge is
 * pushed down by `topInset` px so that a card hidden under the sticky
 * overview does not count. Calls `onChange` with the ids in view, in list
 * (date) order, whenever that set changes. Returns a function that stops
 * watching. The observer is a parameter so tests can drive it.
 */
export type ObserverFactory = (callback: IntersectionObserverCallback, options: IntersectionObserverInit) => Pick<IntersectionObserver, 'observe' | 'disconnect'>;

const browserObserver: ObserverFactory = (callback, options) => new IntersectionObserver(callback, options);

export function watchInView(
  targets: readonly Element[],
  onChange: (ids: string[]) => void,
  topInset = 0,
  makeObserver: ObserverFactory = browserObserver,
): () => void {
  const order = new Map(targets.map((el, i) => [el, i]));
  const inView = new Set<Element>();
  const observer = makeObserver(
    (entries) => {
      let changed = false;
      for (const entry of entries) {
        const had = inView.has(entry.target);
        if (entry.isIntersecting && !had) inView.add(entry.target);
        else if (!entry.isIntersecting && had) inView.delete(entry.target);
        else continue;
        changed = true;
      }
      if (!changed) return;
      onChange([...inView].sort((a, b) => order.get(a)! - order.get(b)!).map((el) => el.id));
    },
    { rootMargin: `${-Math.round(topInset)}px 0px 0px 0px`, threshold: 0 },
  );
  for (const el of targets) observer.observe(el);
  return () => observer.disconnect();
}
