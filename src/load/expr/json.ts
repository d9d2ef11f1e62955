/**
 * Text renderings that must match Terraform byte for byte: number-to-string conversion
 * (cty's big.Float `Text('f', -1)`, never exponent notation) and jsonencode (cty's JSON marshal:
 * sorted keys, Go encoding/json string escaping including the HTML-safe \u003c \u003e \u0026).
 */
import { Unknown } from '../../model/value.js';
import type { Value, ValueObject } from '../../model/value.js';
import { Unsupported } from './errors.js';
import { mergeRefs } from './unknowns.js';

/** Terraform's number-to-string: integers without `.0`, no exponent notation. */
export function formatNumber(n: number): string {
  if (n === 0) return '0';
  if (!Number.isFinite(n)) return Number.isNaN(n) ? 'NaN' : n > 0 ? '+Inf' : '-Inf';
  const s = String(n);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const negative = s.charCodeAt(0) === 45;
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  return negative ? '-' + out : out;
}

/**
 * Orders strings by Unicode code point, like Go's byte-wise comparison of UTF-8. JavaScript's
 * default sort compares UTF-16 units, which misplaces astral characters against U+E000..U+FFFF.
 */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let ca = a.charCodeAt(i);
    let cb = b.charCodeAt(i);
    if (ca === cb) continue;
    if (ca >= 0xd800) ca = ca >= 0xe000 ? ca - 0x800 : ca + 0x2000;
    if (cb >= 0xd800) cb = cb >= 0xe000 ? cb - 0x800 : cb + 0x2000;
    return ca - cb;
  }
  return a.length - b.length;
}

export function sortedKeys(obj: ValueObject): string[] {
  return Object.keys(obj).sort(compareStrings);
}

// Characters Go's encoding/json escapes; lone surrogates cannot exist in Go strings and become U+FFFD.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f<>&\u2028\u2029\ud800-\udfff]/;
const HEX = '0123456789abcdef';

/** A JSON string literal exactly as Go's encoding/json writes it. */
export function quoteJSON(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  const out: string[] = ['"'];
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | null = null;
    if (c < 0x20) {
      switch (c) {
        case 8:
          rep = '\\b';
          break;
        case 9:
          rep = '\\t';
          break;
        case 10:
          rep = '\\n';
          break;
        case 12:
          rep = '\\f';
          break;
        case 13:
          rep = '\\r';
          break;
        default:
          rep = '\\u00' + HEX[c >> 4]! + HEX[c & 15]!;
      }
    } else if (c === 34) rep = '\\"';
    else if (c === 92) rep = '\\\\';
    else if (c === 60) rep = '\\u003c';
    else if (c === 62) rep = '\\u003e';
    else if (c === 38) rep = '\\u0026';
    else if (c === 0x2028) rep = '\\u2028';
    else if (c === 0x2029) rep = '\\u2029';
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c < 0xdc00 && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      rep = '\ufffd';
    }
    if (rep !== null) {
      if (i > last) out.push(s.slice(last, i));
      out.push(rep);
      last = i + 1;
    }
  }
  if (last < s.length) out.push(s.slice(last));
  out.push('"');
  return out.join('');
}

/**
 * Values are shared, not copied (`local.b = [local.a, local.a]`), so a few lines can stand for a
 * tree far larger than memory: encoding walks it whole. Real policies are kilobytes; past this
 * many values the text is not built.
 */
const MAX_ENCODED_VALUES = 2_000_000;

/**
 * One pass that writes the JSON and collects Unknowns (the text is dropped if any were found).
 * Appending to one string is V8's cheapest builder here: concatenation makes ropes, flattened once.
 */
class Encoder {
  text = '';
  readonly unknowns: Unknown[] = [];
  private visits = 0;

  encode(value: Value): void {
    if (++this.visits > MAX_ENCODED_VALUES) {
      throw new Unsupported(`the value is too large to encode (more than ${MAX_ENCODED_VALUES} values)`);
    }
    if (value === null) {
      this.text += 'null';
    } else if (typeof value === 'string') {
      this.text += quoteJSON(value);
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Unsupported('JSON cannot represent infinite numbers');
      this.text += formatNumber(value);
    } else if (typeof value === 'boolean') {
      this.text += value ? 'true' : 'false';
    } else if (Array.isArray(value)) {
      this.text += '[';
      for (let i = 0; i < value.length; i++) {
        if (i > 0) this.text += ',';
        this.encode(value[i]!);
      }
      this.text += ']';
    } else if (value instanceof Unknown) {
      this.unknowns.push(value);
    } else {
      this.text += '{';
      const keys = sortedKeys(value);
      for (let i = 0; i < keys.length; i++) {
        if (i > 0) this.text += ',';
        this.text += quoteJSON(keys[i]!) + ':';
        this.encode(value[keys[i]!]!);
      }
      this.text += '}';
    }
  }
}

/** jsonencode(): Unknown when anything inside is Unknown, since the text depends on it. */
export function jsonEncode(value: Value): string | Unknown {
  const encoder = new Encoder();
  encoder.encode(value);
  const { unknowns } = encoder;
  if (unknowns.length > 0) return new Unknown(unknowns[0]!.reason, mergeRefs(unknowns), value);
  return encoder.text;
}

/** Throws SyntaxError on invalid JSON; the caller turns that into a function-call error. */
export function jsonDecode(text: string): Value {
  return JSON.parse(text) as Value;
}
