import type { RawObject, RawValue } from '../hcl.js';

/**
 * The pieces of @cdktf/hcl2json's output format the native parser reproduces: how numbers,
 * literal text and object keys are written. hcl2json is HashiCorp's hclsyntax parser plus a
 * converter; Go's encoding/json writes map keys sorted by their UTF-8 bytes.
 */

/**
 * Go sorts map keys by UTF-8 bytes; JavaScript compares UTF-16 code units. They differ only
 * where a surrogate pair (a code point above U+FFFF) meets a code unit in U+E000-U+FFFF.
 */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    let ca = a.charCodeAt(i);
    let cb = b.charCodeAt(i);
    if (ca === cb) continue;
    if (ca >= 0xd800 && ca <= 0xdfff) ca += 0x10000;
    if (cb >= 0xd800 && cb <= 0xdfff) cb += 0x10000;
    return ca - cb;
  }
  return a.length - b.length;
}

/** `__proto__` must become an own property, as JSON.parse makes it, not a prototype change. */
function setKey(obj: RawObject, key: string, value: RawValue): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}

const INSERTION_SORT_MAX = 32;

/**
 * An object with keys inserted in the order Go writes them (sorted), so that it enumerates as
 * JSON.parse of hcl2json's output does. A repeated key keeps its last value, as assigning into a
 * Go map does. `from`/`to`: the range of `keys` and `values` to take (a body's share of the
 * parser's stacks).
 */
export function sortedObject(
  keys: readonly string[],
  values: readonly RawValue[],
  from = 0,
  to: number = keys.length,
): RawObject {
  const out: RawObject = {};
  let ordered = true;
  for (let i = from + 1; i < to; i++) {
    if (compareKeys(keys[i - 1]!, keys[i]!) >= 0) {
      ordered = false;
      break;
    }
  }
  if (ordered) {
    for (let i = from; i < to; i++) setKey(out, keys[i]!, values[i]!);
    return out;
  }
  // A stable sort of the indexes, so equal keys stay in source order and the last of a run is
  // the last assignment. Bodies are small: insertion sort, unless one is not (a locals block
  // of thousands), where its quadratic time would show.
  const n = to - from;
  const order = new Array<number>(n);
  if (n > INSERTION_SORT_MAX) {
    for (let k = 0; k < n; k++) order[k] = from + k;
    order.sort((x, y) => compareKeys(keys[x]!, keys[y]!) || x - y);
  } else {
    for (let k = 0; k < n; k++) {
      const i = from + k;
      const key = keys[i]!;
      let j = k;
      while (j > 0 && compareKeys(keys[order[j - 1]!]!, key) > 0) {
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = i;
    }
  }
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    const next = order[j + 1];
    if (next !== undefined && keys[next] === keys[i]) continue;
    setKey(out, keys[i]!, values[i]!);
  }
  return out;
}

/** hcl2json escapes template sequences in literal text so that the result stays a template. */
export function escapeLiteral(text: string): string {
  if (text.indexOf('{') < 0) return text;
  // Replacement functions: in a replacement string `$$` would mean a single `$`.
  let out = text.indexOf('${') >= 0 ? text.replaceAll('${', () => '$${') : text;
  if (out.indexOf('%{') >= 0) out = out.replaceAll('%{', () => '%%{');
  return out;
}

const NUMBER = /^(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * A number literal as cty converts it to a string: the exact decimal, no exponent, no
 * insignificant zeros (`1.50` -> `1.5`, `1e3` -> `1000`).
 */
export function decimalString(source: string): string {
  const m = NUMBER.exec(source);
  if (!m) return String(Number(source));
  const [, int = '', frac = '', exp = '0'] = m;
  let digits = (int + frac).replace(/^0+/, '');
  if (digits === '') return '0';
  let scale = Number(exp) - frac.length;
  // Trailing zeros move into the scale so that they are never printed after the point.
  const trimmed = digits.replace(/0+$/, '');
  scale += digits.length - trimmed.length;
  digits = trimmed;
  if (scale >= 0) return digits + '0'.repeat(scale);
  const point = digits.length + scale;
  if (point > 0) return `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `0.${'0'.repeat(-point)}${digits}`;
}

// Go's unicode.IsSpace, the trims built on it and the heredoc marker test: the expression engine's,
// so both parsers agree.
export { closingMarker, isSpaceCode, trimLeftSpace, trimRightSpace } from '../expr/template.js';
