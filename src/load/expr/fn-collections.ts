/** Collection functions: lists, sets (arrays, deduplicated and ordered as cty orders them), maps. */
import { Unknown, isObject } from '../../model/value.js';
import type { Value } from '../../model/value.js';
import { hasKey, newObject, setKey, typeName, unifyValues, valuesEqual } from './convert.js';
import { EvalError, Unsupported } from './errors.js';
import { argInteger, argList, argNumber, argObject, argString, def, stringElements } from './fn-args.js';
import type { FnDef } from './fn-args.js';
import { compareStrings, sortedKeys } from './json.js';
import { unknownFrom } from './unknowns.js';
import { appendAll } from '../../append-all.js';

/**
 * cty keeps set elements in a canonical order: strings lexically (by code point), numbers
 * ascending, false before true. Sets of collections are ordered by hash, which cannot be
 * reproduced, so those keep first-seen order.
 */
export function toSet(items: readonly Value[]): Value[] {
  const unified = unifyValues(items, 'all set elements must have the same type');
  const out: Value[] = [];
  for (const item of unified) {
    if (item === null) throw new EvalError('sets must not contain null values');
    if (!out.some((existing) => valuesEqual(existing, item) === true)) out.push(item);
  }
  if (out.every((v) => typeof v === 'string')) return (out as string[]).sort(compareStrings);
  if (out.every((v) => typeof v === 'number')) return (out as number[]).sort((a, b) => a - b);
  if (out.every((v) => typeof v === 'boolean')) return out.sort((a, b) => Number(a) - Number(b));
  return out;
}

/** Wraps toSet so an Unknown element makes the whole result Unknown. */
function setResult(items: readonly Value[]): Value {
  const unknown = unknownFrom(items, true);
  if (unknown) return unknown;
  return toSet(items);
}

/**
 * Shared values (`local.b = [local.a, local.a]`) let a short configuration stand for a tree
 * larger than memory; functions that walk nested lists into one stop past this many elements.
 */
const MAX_COLLECTION_ELEMENTS = 1_000_000;

function tooLarge(what: string): Unsupported {
  return new Unsupported(`${what} would hold more than ${MAX_COLLECTION_ELEMENTS} elements`);
}

function flattenInto(list: readonly Value[], out: Value[]): Unknown | null {
  for (const item of list) {
    if (item instanceof Unknown) return unknownFrom([item]);
    if (Array.isArray(item)) {
      const unknown = flattenInto(item, out);
      if (unknown) return unknown;
    } else {
      if (out.length >= MAX_COLLECTION_ELEMENTS) throw tooLarge('the flattened list');
      out.push(item);
    }
  }
  return null;
}

function checkedRange(args: Value[]): Value {
  const nums = args.map((a, i) => argNumber(a, `range argument ${i + 1}`));
  let start = 0;
  let limit: number;
  let step: number;
  if (nums.length === 1) {
    limit = nums[0]!;
    step = limit >= start ? 1 : -1;
  } else {
    start = nums[0]!;
    limit = nums[1]!;
    step = nums.length === 3 ? nums[2]! : limit >= start ? 1 : -1;
  }
  if (step === 0) throw new EvalError('step must not be zero');
  const out: number[] = [];
  if (step > 0) {
    for (let v = start; v < limit; v += step) {
      if (out.length >= 1024)
        throw new EvalError(
          'more than 1024 values were generated; either decrease the difference between start and end or use a smaller step',
        );
      out.push(v);
    }
  } else {
    for (let v = start; v > limit; v += step) {
      if (out.length >= 1024)
        throw new EvalError(
          'more than 1024 values were generated; either decrease the difference between start and end or use a smaller step',
        );
      out.push(v);
    }
  }
  return out;
}

function boolReduce(list: Value[], target: boolean): Value {
  const undecided: Unknown[] = [];
  for (const item of list) {
    if (item instanceof Unknown) {
      undecided.push(item);
      continue;
    }
    if (item === null) throw new EvalError('list elements must not be null');
    const b = item === true || item === 'true' ? true : item === false || item === 'false' ? false : null;
    if (b === null) throw new EvalError(`list elements must be bool, not ${typeName(item)}`);
    if (b === target) return target;
  }
  return undecided.length > 0 ? unknownFrom(undecided)! : !target;
}

export const COLLECTION_FUNCTIONS: Record<string, FnDef> = {
  length: def(1, 1, ([v]) => {
    if (typeof v === 'string') return graphemeCount(v);
    if (Array.isArray(v)) return v.length;
    if (isObject(v)) return Object.keys(v).length;
    throw new EvalError(
      `argument must be a string, a collection type, or a structural type, not ${typeName(v!)}`,
    );
  }),
  concat: def(1, Infinity, (args) => {
    const out: Value[] = [];
    args.forEach((a, i) => appendAll(out, argList(a, `argument ${i + 1}`)));
    return out;
  }),
  merge: def(0, Infinity, (args) => {
    const out = newObject();
    args.forEach((a, i) => {
      if (a === null) return;
      const obj = argObject(a, `argument ${i + 1}`);
      for (const key in obj) setKey(out, key, obj[key]!);
    });
    return out;
  }),
  flatten: def(1, 1, ([v]) => {
    const out: Value[] = [];
    return flattenInto(argList(v!, 'list'), out) ?? out;
  }),
  distinct: def(1, 1, ([v]) => {
    const list = argList(v!, 'list');
    const unknown = unknownFrom(list, true);
    if (unknown) return unknown;
    const out: Value[] = [];
    for (const item of list) if (!out.some((e) => valuesEqual(e, item) === true)) out.push(item);
    return out;
  }),
  compact: def(1, 1, ([v]) => {
    const list = argList(v!, 'list');
    const unknown = unknownFrom(list);
    if (unknown) return unknown;
    const out: string[] = [];
    for (const item of list) {
      if (item === null) continue;
      const s = argString(item, 'list element');
      if (s !== '') out.push(s);
    }
    return out;
  }),
  lookup: def(2, 3, (args) => {
    const map = argObject(args[0]!, 'inputMap');
    const key = argString(args[1]!, 'key');
    if (hasKey(map, key)) return map[key]!;
    if (args.length === 3) return args[2]!;
    throw new EvalError(`lookup failed to find key "${key}"`);
  }),
  element: def(2, 2, ([l, i]) => {
    const list = argList(l!, 'list');
    const index = argInteger(i!, 'index');
    if (list.length === 0) throw new EvalError('cannot use element function with an empty list');
    if (index < 0) throw new EvalError('cannot use element function with a negative index');
    return list[index % list.length]!;
  }),
  coalesce: def(
    1,
    Infinity,
    (args) => {
      const unified = unifyValues(args, 'all arguments must have the same type');
      for (let i = 0; i < unified.length; i++) {
        const v = unified[i]!;
        if (v instanceof Unknown) return unknownFrom([v])!;
        if (v === null || v === '') continue;
        return v;
      }
      throw new EvalError('no non-null, non-empty-string arguments');
    },
    true,
  ),
  coalescelist: def(1, Infinity, (args) => {
    for (let i = 0; i < args.length; i++) {
      const list = argList(args[i]!, `argument ${i + 1}`);
      if (list.length > 0) return list;
    }
    throw new EvalError('no non-null arguments');
  }),
  tolist: def(1, 1, ([v]) =>
    v === null ? null : unifyValues(argList(v!, 'argument'), 'all list elements must have the same type'),
  ),
  toset: def(1, 1, ([v]) => (v === null ? null : setResult(argList(v!, 'argument')))),
  tomap: def(1, 1, ([v]) => {
    if (v === null) return null;
    const obj = argObject(v!, 'argument');
    const keys = Object.keys(obj);
    const values = unifyValues(
      keys.map((k) => obj[k]!),
      'all map elements must have the same type',
    );
    const out = newObject();
    keys.forEach((k, i) => setKey(out, k, values[i]!));
    return out;
  }),
  keys: def(1, 1, ([v]) => sortedKeys(argObject(v!, 'inputMap'))),
  values: def(1, 1, ([v]) => {
    const obj = argObject(v!, 'mapping');
    return sortedKeys(obj).map((k) => obj[k]!);
  }),
  contains: def(2, 2, ([l, value]) => {
    const list = argList(l!, 'list');
    let undecided = false;
    for (const item of list) {
      const eq = valuesEqual(item, value!);
      if (eq === true) return true;
      if (eq === null) undecided = true;
    }
    return undecided ? unknownFrom([...list, value!], true)! : false;
  }),
  index: def(2, 2, ([l, value]) => {
    const list = argList(l!, 'list');
    for (let i = 0; i < list.length; i++) {
      const eq = valuesEqual(list[i]!, value!);
      if (eq === null) return unknownFrom([...list, value!], true)!;
      if (eq) return i;
    }
    throw new EvalError('item not found');
  }),
  range: def(1, 3, checkedRange),
  zipmap: def(2, 2, ([k, v]) => {
    const keys = argList(k!, 'keys');
    const values = argList(v!, 'values');
    if (keys.length !== values.length) {
      throw new EvalError(
        `number of keys (${keys.length}) does not match number of values (${values.length})`,
      );
    }
    const names = stringElements(keys, 'keys');
    if (names instanceof Unknown) return names;
    const out = newObject();
    names.forEach((name, i) => setKey(out, name, values[i]!));
    return out;
  }),
  one: def(1, 1, ([v]) => {
    const list = argList(v!, 'list');
    if (list.length === 0) return null;
    if (list.length === 1) return list[0]!;
    throw new EvalError('must be a list, set, or tuple value with either zero or one elements');
  }),
  sort: def(1, 1, ([v]) => {
    const strings = stringElements(argList(v!, 'list'), 'list');
    if (strings instanceof Unknown) return strings;
    return strings.sort(compareStrings);
  }),
  reverse: def(1, 1, ([v]) => [...argList(v!, 'list')].reverse()),
  slice: def(3, 3, ([l, s, e]) => {
    const list = argList(l!, 'list');
    const start = argInteger(s!, 'start_index');
    const end = argInteger(e!, 'end_index');
    if (start < 0) throw new EvalError('the start index must not be less than zero');
    if (end > list.length) throw new EvalError('end index must not be greater than the length of the list');
    if (start > end) throw new EvalError('the start index must not be greater than the end index');
    return list.slice(start, end);
  }),
  setunion: def(1, Infinity, (args) => setResult(args.flatMap((a, i) => argList(a, `argument ${i + 1}`)))),
  setintersection: def(1, Infinity, (args) => {
    const lists = args.map((a, i) => argList(a, `argument ${i + 1}`));
    const unknown = unknownFrom(lists.flat(), true);
    if (unknown) return unknown;
    const [first, ...rest] = lists;
    return toSet(
      first!.filter((item) => rest.every((other) => other.some((o) => valuesEqual(o, item) === true))),
    );
  }),
  setsubtract: def(2, 2, ([a, b]) => {
    const left = argList(a!, 'a');
    const right = argList(b!, 'b');
    const unknown = unknownFrom([...left, ...right], true);
    if (unknown) return unknown;
    return toSet(left.filter((item) => !right.some((o) => valuesEqual(o, item) === true)));
  }),
  alltrue: def(1, 1, ([v]) => boolReduce(argList(v!, 'list'), false)),
  anytrue: def(1, 1, ([v]) => boolReduce(argList(v!, 'list'), true)),
  sum: def(1, 1, ([v]) => {
    const list = argList(v!, 'list');
    if (list.length === 0) throw new EvalError('cannot sum an empty list');
    const unknown = unknownFrom(list);
    if (unknown) return unknown;
    return list.reduce<number>((acc, item, i) => acc + argNumber(item, `list element ${i}`), 0);
  }),
  chunklist: def(2, 2, ([l, n]) => {
    const list = argList(l!, 'list');
    const size = argInteger(n!, 'size');
    if (size < 0) throw new EvalError('the size argument must be positive');
    if (size === 0) return [list];
    const out: Value[] = [];
    for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
    return out;
  }),
  setproduct: def(2, Infinity, (args) => {
    const lists = args.map((a, i) => argList(a, `argument ${i + 1}`));
    if (lists.reduce((n, list) => n * list.length, 1) > MAX_COLLECTION_ELEMENTS)
      throw tooLarge('the product');
    let product: Value[][] = [[]];
    for (const list of lists) product = product.flatMap((prefix) => list.map((item) => [...prefix, item]));
    return product;
  }),
  matchkeys: def(3, 3, ([v, k, s]) => {
    const values = argList(v!, 'values');
    const keys = argList(k!, 'keys');
    const search = argList(s!, 'searchset');
    if (values.length !== keys.length) throw new EvalError('length of keys and values should be equal');
    const out: Value[] = [];
    for (let i = 0; i < keys.length; i++) {
      let found = false;
      for (const wanted of search) {
        const eq = valuesEqual(keys[i]!, wanted);
        if (eq === null) return unknownFrom([keys[i]!, wanted], true)!;
        if (eq) {
          found = true;
          break;
        }
      }
      if (found) out.push(values[i]!);
    }
    return out;
  }),
  transpose: def(1, 1, ([v]) => {
    const obj = argObject(v!, 'values');
    const out = newObject();
    for (const key of sortedKeys(obj)) {
      const list = stringElements(argList(obj[key]!, `values["${key}"]`), `values["${key}"]`);
      if (list instanceof Unknown) return list;
      for (const item of list) {
        const existing = hasKey(out, item) ? out[item] : undefined;
        if (Array.isArray(existing)) existing.push(key);
        else setKey(out, item, [key]);
      }
    }
    return out;
  }),
};

let segmenter: Intl.Segmenter | undefined;

/** Terraform counts and slices strings by Unicode grapheme cluster. */
export function graphemes(s: string): string[] {
  // ASCII without CR LF pairs is one cluster per code unit; skip the segmenter.
  let simple = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x7f || (c === 13 && s.charCodeAt(i + 1) === 10)) {
      simple = false;
      break;
    }
  }
  if (simple) return s.split('');
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(s), (seg) => seg.segment);
}

export function graphemeCount(s: string): number {
  return graphemes(s).length;
}
