/**
 * Appends items one by one: `target.push(...items)` passes every item as an argument and throws
 * a RangeError (call stack exceeded) past about 120,000 of them, a size user input can reach.
 */
export function appendAll<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
