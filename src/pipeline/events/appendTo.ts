/**
 * Adds a value to the list a map holds under a key, in place. Copying the
 * list at every add (`[...list, value]`) costs time growing with the square
 * of the list's length: a file with thousands of dates on one day would stall.
 */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
