/**
 * The roving focus of the overview (one Tab stop, arrows inside): which item
 * a key moves to, from `current` among `count` items in date order.
 * ArrowLeft/ArrowRight step to the previous/next event (stopping at the
 * ends), Home/End jump to the first/last. Null for any other key, which
 * the overview leaves to the browser.
 */
export function rovingIndex(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  const at = Math.min(Math.max(current, 0), count - 1);
  switch (key) {
    case 'ArrowLeft':
      return Math.max(0, at - 1);
    case 'ArrowRight':
      return Math.min(count - 1, at + 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
