/**
 * Appends items one by one: `target.push(...items)` passes every item as an argument and throws
 * a RangeError (call stack exceeded) past about 120,000 of them, a size user input can reach.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}

/**
 * Adds `item` to the list kept under `key`, in place: copying the list on every addition makes
 * building it quadratic, which 20,000 accounts in one for_each turn into seconds.
 */
export function addToList<K, V>(lists: Map<K, V[]>, key: K, item: V): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [item]);
  else list.push(item);
}
