/**
 * Terraform regexes are Go RE2. They are translated to JavaScript regexes only where the two
 * agree: RE2's `.`, `\s`, `^`/`$` under (?m), `\A`, `\z`, POSIX classes and (?P<name>) are
 * rewritten; Perl-only syntax RE2 rejects (lookaround, backreferences) is a Terraform error;
 * RE2 syntax we cannot express (mid-pattern flags, ungreedy mode, ...) is Unsupported.
 * Match iteration and `$1` replacement expansion follow Go's regexp package.
 */
import type { Value } from '../../model/value.js';
import { newObject, setKey } from './convert.js';
import { EvalError, Unsupported } from './errors.js';

export interface CompiledRegex {
  readonly re: RegExp;
  /** Per capture group, in order: its name or null. */
  readonly names: readonly (string | null)[];
}

const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7f',
  blank: '\\t ',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

const GENERAL_CATEGORY = /^(?:[LMNPSZC][a-z]?)$/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function hex2(c: number): string {
  return '\\x' + c.toString(16).padStart(2, '0');
}

function isAsciiPunct(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

class Translator {
  private i = 0;
  private readonly out: string[] = [];
  readonly names: (string | null)[] = [];
  flags = '';

  constructor(private readonly p: string) {}

  translate(): string {
    const p = this.p;
    this.leadingFlags();
    while (this.i < p.length) {
      const c = p.charCodeAt(this.i);
      switch (c) {
        case 92: // \
          this.escape(false);
          break;
        case 91: // [
          this.charClass();
          break;
        case 40: // (
          this.group();
          break;
        case 46: // .
          this.out.push(this.flags.includes('s') ? '[\\s\\S]' : '[^\\n]');
          this.i++;
          break;
        case 94: // ^
          this.out.push(this.flags.includes('m') ? '(?<![^\\n])' : '(?<![\\s\\S])');
          this.i++;
          break;
        case 36: // $
          this.out.push(this.flags.includes('m') ? '(?![^\\n])' : '(?![\\s\\S])');
          this.i++;
          break;
        case 123: // {
          this.brace();
          break;
        case 125: // }
        case 93: // ]
          this.out.push('\\' + p[this.i]!);
          this.i++;
          break;
        default:
          this.out.push(p[this.i]!);
          this.i++;
      }
    }
    return this.out.join('');
  }

  private leadingFlags(): void {
    const m = /^\(\?([a-zA-Z]+)\)/.exec(this.p.slice(this.i));
    if (!m) return;
    for (const f of m[1]!) {
      if (f === 'U') throw new Unsupported('ungreedy regex mode (?U) is not supported');
      if (f !== 'i' && f !== 'm' && f !== 's') throw new EvalError(`invalid regex flag "${f}"`);
      if (!this.flags.includes(f)) this.flags += f;
    }
    this.i += m[0].length;
    this.leadingFlags();
  }

  private group(): void {
    const p = this.p;
    if (p[this.i + 1] !== '?') {
      this.names.push(null);
      this.out.push('(');
      this.i++;
      return;
    }
    const rest = p.slice(this.i + 2, this.i + 3);
    if (rest === ':') {
      this.out.push('(?:');
      this.i += 3;
      return;
    }
    const named = /^\(\?P?<([^>]*)>/.exec(p.slice(this.i, this.i + 200));
    if (named && p[this.i + 2] !== '=' && p[this.i + 2] !== '!') {
      const name = named[1]!;
      if (!IDENT.test(name)) throw new EvalError(`invalid regex capture group name "${name}"`);
      this.names.push(name);
      this.out.push(`(?<${name}>`);
      this.i += named[0].length;
      return;
    }
    if (rest === '=' || rest === '!' || rest === '<') {
      throw new EvalError('invalid regex: lookaround assertions are not supported by RE2');
    }
    throw new Unsupported('regex flag groups other than a leading (?flags) are not supported');
  }

  private brace(): void {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.i, this.i + 24));
    if (!m) {
      this.out.push('\\{');
      this.i++;
      return;
    }
    const low = Number(m[1]);
    const high = m[3] ? Number(m[3]) : low;
    if (low > 1000 || high > 1000) throw new EvalError('invalid regex: repeat count exceeds 1000');
    this.out.push(m[0]);
    this.i += m[0].length;
  }

  private charClass(): void {
    const p = this.p;
    this.out.push('[');
    this.i++;
    if (p[this.i] === '^') {
      this.out.push('^');
      this.i++;
    }
    if (p[this.i] === ']') {
      this.out.push('\\]');
      this.i++;
    }
    while (this.i < p.length) {
      const c = p[this.i]!;
      if (c === ']') {
        this.out.push(']');
        this.i++;
        return;
      }
      if (c === '[' && p[this.i + 1] === ':') {
        const close = p.indexOf(':]', this.i + 2);
        if (close < 0) throw new EvalError('invalid regex: unterminated character class');
        const name = p.slice(this.i + 2, close);
        if (name.startsWith('^')) throw new Unsupported('negated POSIX character classes are not supported');
        const range = POSIX_CLASSES[name];
        if (range === undefined) throw new EvalError(`invalid regex character class [:${name}:]`);
        this.out.push(range);
        this.i = close + 2;
      } else if (c === '\\') {
        this.escape(true);
      } else if (c === '[') {
        this.out.push('\\[');
        this.i++;
      } else {
        this.out.push(c);
        this.i++;
      }
    }
    throw new EvalError('invalid regex: missing closing ]');
  }

  private escape(inClass: boolean): void {
    const p = this.p;
    const d = p[this.i + 1];
    if (d === undefined) throw new EvalError('invalid regex: trailing backslash');
    this.i += 2;
    switch (d) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 'n':
      case 't':
      case 'r':
      case 'f':
      case 'v':
        this.out.push('\\' + d);
        return;
      case 'a':
        this.out.push('\\x07');
        return;
      case 's':
        this.out.push(inClass ? '\\t\\n\\f\\r ' : '[\\t\\n\\f\\r ]');
        return;
      case 'S':
        if (inClass) throw new Unsupported('\\S inside a character class is not supported');
        this.out.push('[^\\t\\n\\f\\r ]');
        return;
      case 'b':
      case 'B':
        if (inClass) throw new EvalError(`invalid escape \\${d} in character class`);
        this.out.push('\\' + d);
        return;
      case 'A':
        this.out.push('(?<![\\s\\S])');
        return;
      case 'z':
        this.out.push('(?![\\s\\S])');
        return;
      case 'x': {
        if (p[this.i] === '{') {
          const close = p.indexOf('}', this.i);
          const digits = close < 0 ? '' : p.slice(this.i + 1, close);
          if (!/^[0-9a-fA-F]{1,6}$/.test(digits)) throw new EvalError('invalid regex hex escape');
          this.out.push(`\\u{${digits}}`);
          this.i = close + 1;
        } else {
          const digits = p.slice(this.i, this.i + 2);
          if (!/^[0-9a-fA-F]{2}$/.test(digits)) throw new EvalError('invalid regex hex escape');
          this.out.push('\\x' + digits);
          this.i += 2;
        }
        return;
      }
      case 'p':
      case 'P': {
        let name: string;
        if (p[this.i] === '{') {
          const close = p.indexOf('}', this.i);
          if (close < 0) throw new EvalError('invalid regex unicode class');
          name = p.slice(this.i + 1, close);
          this.i = close + 1;
        } else {
          name = p[this.i] ?? '';
          this.i++;
        }
        let negate = d === 'P';
        if (name.startsWith('^')) {
          negate = !negate;
          name = name.slice(1);
        }
        const body = GENERAL_CATEGORY.test(name) ? name : `Script=${name}`;
        this.out.push(`\\${negate ? 'P' : 'p'}{${body}}`);
        return;
      }
      case 'Q': {
        const end = p.indexOf('\\E', this.i);
        const literal = end < 0 ? p.slice(this.i) : p.slice(this.i, end);
        for (const ch of literal) {
          const code = ch.codePointAt(0)!;
          this.out.push(code < 128 && isAsciiPunct(code) ? hex2(code) : ch);
        }
        this.i = end < 0 ? p.length : end + 2;
        return;
      }
    }
    const code = d.charCodeAt(0);
    if (code >= 48 && code <= 57)
      throw new Unsupported('octal escapes and backreferences in regexes are not supported');
    if (isAsciiPunct(code)) {
      this.out.push(hex2(code));
      return;
    }
    if (code < 128) throw new EvalError(`invalid regex escape sequence \\${d}`);
    this.out.push(d);
  }
}

const cache = new Map<string, CompiledRegex>();

export function compileRE2(pattern: string): CompiledRegex {
  const hit = cache.get(pattern);
  if (hit) return hit;
  const t = new Translator(pattern);
  const source = t.translate();
  let re: RegExp;
  try {
    re = new RegExp(source, 'gu' + (t.flags.includes('i') ? 'i' : ''));
  } catch (err) {
    // The translation only emits syntax RE2 also accepts, so a failure here is our limitation.
    throw new Unsupported(`regex not supported: ${(err as Error).message}`);
  }
  const compiled: CompiledRegex = { re, names: t.names };
  if (cache.size > 256) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

function runeWidth(s: string, pos: number): number {
  const c = s.charCodeAt(pos);
  return c >= 0xd800 && c < 0xdc00 && pos + 1 < s.length ? 2 : 1;
}

/** Go's allMatches: successive matches, skipping an empty match that abuts the previous one. */
function allMatches(compiled: CompiledRegex, s: string, limit: number): RegExpExecArray[] {
  const re = compiled.re;
  const out: RegExpExecArray[] = [];
  let pos = 0;
  let prevEnd = -1;
  while (out.length < limit && pos <= s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    let accept = true;
    if (end === start) {
      if (start === prevEnd) accept = false;
      pos = start < s.length ? start + runeWidth(s, start) : s.length + 1;
    } else {
      pos = end;
    }
    prevEnd = end;
    if (accept) out.push(m);
  }
  return out;
}

function matchResult(compiled: CompiledRegex, m: RegExpExecArray): Value {
  const { names } = compiled;
  if (names.length === 0) return m[0];
  const named = names.filter((n) => n !== null).length;
  if (named === 0) return names.map((_, i) => m[i + 1] ?? null);
  if (named !== names.length)
    throw new EvalError('regex pattern must not mix named and unnamed capture groups');
  const obj = newObject();
  names.forEach((name, i) => setKey(obj, name!, m[i + 1] ?? null));
  return obj;
}

export function regexFirst(compiled: CompiledRegex, s: string): Value {
  const [m] = allMatches(compiled, s, 1);
  if (!m) throw new EvalError('pattern did not match any part of the given string');
  return matchResult(compiled, m);
}

export function regexAll(compiled: CompiledRegex, s: string): Value[] {
  return allMatches(compiled, s, Infinity).map((m) => matchResult(compiled, m));
}

/** Go's Regexp.Expand: `$1`, `${1}`, `$name`, `${name}`, `$$`; unknown groups expand to "". */
function expand(template: string, m: RegExpExecArray, names: readonly (string | null)[]): string {
  if (!template.includes('$')) return template;
  let out = '';
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf('$', i);
    if (dollar < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, dollar);
    i = dollar + 1;
    if (template[i] === '$') {
      out += '$';
      i++;
      continue;
    }
    let name: string;
    if (template[i] === '{') {
      const close = template.indexOf('}', i);
      name = close < 0 ? '' : template.slice(i + 1, close);
      if (name === '' || !/^\w+$/.test(name)) {
        out += '$';
        continue;
      }
      i = close + 1;
    } else {
      let j = i;
      while (j < template.length && /\w/.test(template[j]!)) j++;
      name = template.slice(i, j);
      if (name === '') {
        out += '$';
        continue;
      }
      i = j;
    }
    let group: string | undefined;
    if (/^\d+$/.test(name) && !(name.length > 1 && name[0] === '0')) {
      group = m[Number(name)];
    } else {
      const index = names.indexOf(name);
      group = index >= 0 ? m[index + 1] : undefined;
    }
    out += group ?? '';
  }
  return out;
}

/** Go's ReplaceAllString, including its handling of empty matches. */
export function replaceRegex(compiled: CompiledRegex, s: string, template: string): string {
  const re = compiled.re;
  const out: string[] = [];
  let lastEnd = 0;
  let pos = 0;
  while (pos <= s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    out.push(s.slice(lastEnd, start));
    if (end > lastEnd || start === 0) out.push(expand(template, m, compiled.names));
    lastEnd = end;
    const width = pos < s.length ? runeWidth(s, pos) : 1;
    if (pos + width > end) pos += width;
    else if (pos + 1 > end) pos++;
    else pos = end;
  }
  out.push(s.slice(lastEnd));
  return out.join('');
}
