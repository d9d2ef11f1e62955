/** String and primitive-conversion functions, with Go's (not JavaScript's) string semantics. */
import { Unknown } from '../../model/value.js';
import { toBoolValue, toNumberValue, toStringValue, typeName } from './convert.js';
import { EvalError } from './errors.js';
import { argInteger, argList, argString, def, stringElements } from './fn-args.js';
import type { FnDef } from './fn-args.js';
import { graphemes } from './fn-collections.js';
import { compileRE2, replaceRegex } from './regex.js';
import { isSpaceCode } from './template.js';
import { appendAll } from '../../append-all.js';

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * Go maps case rune by rune (simple case mapping); JavaScript applies special full mappings
 * such as 'ß' to 'SS'. Keep a rune unchanged when JavaScript would change its length.
 */
function mapCase(s: string, upper: boolean): string {
  if (isAscii(s)) return upper ? s.toUpperCase() : s.toLowerCase();
  let out = '';
  for (const ch of s) {
    const mapped = upper ? ch.toUpperCase() : ch.toLowerCase();
    out += mapped.length === ch.length || [...mapped].length === 1 ? mapped : ch;
  }
  return out;
}

/** Go's strings.Title: the first letter of each word upper-cased, words split as Go splits them. */
function title(s: string): string {
  let out = '';
  let previous = ' ';
  for (const ch of s) {
    out += isWordSeparator(previous) ? mapCase(ch, true) : ch;
    previous = ch;
  }
  return out;
}

function isWordSeparator(ch: string): boolean {
  if (ch.charCodeAt(0) <= 0x7f) return !/[A-Za-z0-9_]/.test(ch);
  if (/[\p{L}\p{Nd}]/u.test(ch)) return false;
  return /\s/u.test(ch);
}

function trimSet(s: string, cutset: string): string {
  const cut = new Set(cutset);
  const chars = Array.from(s);
  let a = 0;
  let b = chars.length;
  while (a < b && cut.has(chars[a]!)) a++;
  while (b > a && cut.has(chars[b - 1]!)) b--;
  return chars.slice(a, b).join('');
}

function trimSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpaceCode(s.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/** Go strings.Replace(s, old, new, -1); an empty `old` inserts at every rune boundary. */
function replaceAllPlain(s: string, search: string, replacement: string): string {
  if (search !== '') return s.split(search).join(replacement);
  return replacement + Array.from(s).join(replacement) + (s.length > 0 ? replacement : '');
}

function substr(s: string, offset: number, length: number): string {
  const g = graphemes(s);
  let start = offset;
  if (start < 0) start = Math.max(0, start + g.length);
  if (start >= g.length) return '';
  if (length < 0) return g.slice(start).join('');
  return g.slice(start, start + length).join('');
}

/** Go strconv.ParseInt digits for bases 2..62 as Terraform's parseint accepts them. */
function parseInt62(s: string, base: number): number {
  const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let i = 0;
  let negative = false;
  if (s[0] === '-' || s[0] === '+') {
    negative = s[0] === '-';
    i = 1;
  }
  if (i >= s.length) throw new EvalError(`cannot parse "${s}" as a base ${base} integer`);
  let n = 0;
  for (; i < s.length; i++) {
    let d = digits.indexOf(s[i]!);
    if (base <= 36 && d >= 36) d -= 26;
    if (d < 0 || d >= base) throw new EvalError(`cannot parse "${s}" as a base ${base} integer`);
    n = n * base + d;
  }
  return negative ? -n : n;
}

export const STRING_FUNCTIONS: Record<string, FnDef> = {
  join: def(2, Infinity, (args) => {
    const sep = argString(args[0]!, 'separator');
    const parts: string[] = [];
    for (let i = 1; i < args.length; i++) {
      const items = stringElements(argList(args[i]!, 'lists'), 'lists');
      if (items instanceof Unknown) return items;
      appendAll(parts, items);
    }
    return parts.join(sep);
  }),
  split: def(2, 2, ([sep, str]) => {
    const s = argString(str!, 'str');
    const separator = argString(sep!, 'separator');
    return separator === '' ? Array.from(s) : s.split(separator);
  }),
  lower: def(1, 1, ([s]) => mapCase(argString(s!, 'str'), false)),
  title: def(1, 1, ([s]) => title(argString(s!, 'str'))),
  // RootGuard tracks no sensitivity marks (it never prints a value a rule reads): both pass through.
  sensitive: def(1, 1, ([v]) => v!, true),
  nonsensitive: def(1, 1, ([v]) => v!, true),
  upper: def(1, 1, ([s]) => mapCase(argString(s!, 'str'), true)),
  replace: def(3, 3, ([str, search, rep]) => {
    const s = argString(str!, 'str');
    const pattern = argString(search!, 'substr');
    const replacement = argString(rep!, 'replace');
    if (pattern.length > 1 && pattern.startsWith('/') && pattern.endsWith('/')) {
      return replaceRegex(compileRE2(pattern.slice(1, -1)), s, replacement);
    }
    return replaceAllPlain(s, pattern, replacement);
  }),
  trimspace: def(1, 1, ([s]) => trimSpace(argString(s!, 'str'))),
  trim: def(2, 2, ([s, cut]) => trimSet(argString(s!, 'str'), argString(cut!, 'cutset'))),
  trimprefix: def(2, 2, ([s, p]) => {
    const str = argString(s!, 'str');
    const prefix = argString(p!, 'prefix');
    return str.startsWith(prefix) ? str.slice(prefix.length) : str;
  }),
  trimsuffix: def(2, 2, ([s, p]) => {
    const str = argString(s!, 'str');
    const suffix = argString(p!, 'suffix');
    return suffix !== '' && str.endsWith(suffix) ? str.slice(0, str.length - suffix.length) : str;
  }),
  chomp: def(1, 1, ([s]) => argString(s!, 'str').replace(/(?:\r\n|\r|\n)+$/, '')),
  indent: def(2, 2, ([n, s]) => {
    const spaces = argInteger(n!, 'spaces');
    return argString(s!, 'str')
      .split('\n')
      .join('\n' + ' '.repeat(Math.max(0, spaces)));
  }),
  startswith: def(2, 2, ([s, p]) => argString(s!, 'str').startsWith(argString(p!, 'prefix'))),
  endswith: def(2, 2, ([s, p]) => argString(s!, 'str').endsWith(argString(p!, 'suffix'))),
  substr: def(3, 3, ([s, o, l]) =>
    substr(argString(s!, 'str'), argInteger(o!, 'offset'), argInteger(l!, 'length')),
  ),
  strrev: def(1, 1, ([s]) => graphemes(argString(s!, 'str')).reverse().join('')),
  strcontains: def(2, 2, ([s, sub]) => argString(s!, 'str').includes(argString(sub!, 'substr'))),
  tostring: def(1, 1, ([v]) => {
    if (v === null) return null;
    if (typeof v === 'object') throw new EvalError(`cannot convert ${typeName(v!)} to string`);
    return toStringValue(v!);
  }),
  tonumber: def(1, 1, ([v]) => {
    if (v === null) return null;
    if (typeof v === 'object') throw new EvalError(`cannot convert ${typeName(v!)} to number`);
    if (typeof v === 'boolean') throw new EvalError('cannot convert bool to number');
    return toNumberValue(v!);
  }),
  tobool: def(1, 1, ([v]) => {
    if (v === null) return null;
    if (typeof v === 'object' || typeof v === 'number')
      throw new EvalError(`cannot convert ${typeName(v!)} to bool`);
    return toBoolValue(v!);
  }),
  parseint: def(2, 2, ([s, b]) => {
    const base = argInteger(b!, 'base');
    if (base < 2 || base > 62) throw new EvalError('base must be a whole number between 2 and 62 inclusive');
    return parseInt62(argString(s!, 'number'), base);
  }),
};
