/** Merging Unknown operands: the result carries every distinct reference that made it unknown. */
import { Unknown, isObject, referenceText } from '../../model/value.js';
import type { Reference, Value } from '../../model/value.js';

function collect(value: Value, deep: boolean, found: Unknown[]): void {
  if (value instanceof Unknown) {
    found.push(value);
  } else if (deep) {
    if (Array.isArray(value)) {
      for (const item of value) collect(item, deep, found);
    } else if (isObject(value)) {
      for (const key in value) collect(value[key]!, deep, found);
    }
  }
}

export function mergeRefs(unknowns: readonly Unknown[]): Reference[] {
  if (unknowns.length === 1) return [...unknowns[0]!.refs];
  const seen = new Set<string>();
  const refs: Reference[] = [];
  for (const u of unknowns) {
    for (const ref of u.refs) {
      const key = referenceText(ref);
      if (!seen.has(key)) {
        seen.add(key);
        refs.push(ref);
      }
    }
  }
  return refs;
}

/**
 * The Unknown standing for `values` when any of them is (or, with `deep`, contains) an Unknown;
 * null when all are known. Always a fresh Unknown: the evaluator tracks "this Unknown is exactly
 * a reference" by identity, and a derived value must not inherit that.
 */
export function unknownFrom(values: readonly Value[], deep = false, reason?: string): Unknown | null {
  const found: Unknown[] = [];
  for (const v of values) collect(v, deep, found);
  if (found.length === 0) return null;
  return new Unknown(reason ?? found[0]!.reason, mergeRefs(found));
}
