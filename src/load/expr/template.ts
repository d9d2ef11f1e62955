/**
 * Template scanning: literal text with `${...}` interpolations and `%{...}` directives.
 *
 * Three source forms share one scanner:
 *  - quoted (`"..."` in expression source): backslash escapes, ends at `"`, no raw newlines;
 *  - heredoc (`<<EOT` / `<<-EOT`): no backslash escapes, ends at a line holding only the marker;
 *  - bare (hcl2json output, templatefile): no backslash escapes, ends at end of input.
 *
 * Literal tokens are split after each raw newline, exactly like hclsyntax's scanner, because
 * strip markers (`~`) and `<<-` indentation removal act on whole tokens: `%{ for x in xs ~}`
 * strips only the rest of its own line.
 */
import type { Expr, TemplatePart } from './ast.js';
import { T } from './lexer.js';
import type { Parser } from './parser.js';

/** ASCII characters the scanner must look at: `$`, `%`, newline, and in quoted mode `"` and `\`. */
const TEXT_SPECIAL = new Uint8Array(128);
const QUOTED_SPECIAL = new Uint8Array(128);
for (const c of [36, 37, 10]) TEXT_SPECIAL[c] = QUOTED_SPECIAL[c] = 1;
for (const c of [34, 92]) QUOTED_SPECIAL[c] = 1;

export type TemplateMode = 'quoted' | 'heredoc' | 'flushHeredoc' | 'bare';

type Flat =
  | { kind: 'literal'; value: string; start: number; end: number }
  | { kind: 'interp'; expr: Expr; start: number; end: number }
  | { kind: 'if'; condition: Expr; start: number; end: number }
  | { kind: 'for'; keyVar: string | null; valueVar: string; collection: Expr; start: number; end: number }
  | { kind: 'else' | 'endif' | 'endfor'; start: number; end: number };

/** Go's unicode.IsSpace, which hclsyntax uses for strip markers and heredoc indentation. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

export function trimLeftSpace(s: string): string {
  let i = 0;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

export function trimRightSpace(s: string): string {
  let i = s.length;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i === s.length ? s : s.slice(0, i);
}

function hexValue(src: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const c = src.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return -1;
    value = value * 16 + d;
  }
  return value;
}

/**
 * Offset after a heredoc's closing marker when the line starting at `i` holds only it (blanks
 * around it allowed), else -1. `endsText`: whether a marker with no newline after it, at the very
 * end of `src`, counts (in a whole file, hclsyntax does not count it).
 */
export function closingMarker(src: string, i: number, marker: string, endsText: boolean): number {
  if (marker === '') return -1;
  let j = i;
  while (src.charCodeAt(j) === 32 || src.charCodeAt(j) === 9) j++;
  if (!src.startsWith(marker, j)) return -1;
  const afterMarker = j + marker.length;
  let k = afterMarker;
  while (src.charCodeAt(k) === 32 || src.charCodeAt(k) === 9 || src.charCodeAt(k) === 13) k++;
  if (src.charCodeAt(k) !== 10 && !(endsText && k >= src.length)) return -1;
  return afterMarker;
}

class Scanner {
  readonly flat: Flat[] = [];
  private readonly chunks: string[] = [];
  private segStart: number;
  private litStart: number;
  private ltrimNext = false;

  constructor(
    private readonly p: Parser,
    private readonly src: string,
    start: number,
  ) {
    this.segStart = start;
    this.litStart = start;
  }

  /** Ends the literal token running up to `end` (exclusive), applying a pending `~}` strip. */
  closeLiteral(end: number): void {
    if (end > this.segStart) this.chunks.push(this.src.slice(this.segStart, end));
    if (this.chunks.length > 0) {
      let value = this.chunks.length === 1 ? this.chunks[0]! : this.chunks.join('');
      if (this.ltrimNext) value = trimLeftSpace(value);
      this.flat.push({ kind: 'literal', value, start: this.litStart, end });
      this.chunks.length = 0;
    }
    this.ltrimNext = false;
  }

  /** Replaces source text [from, to) by `decoded` inside the current literal. */
  substitute(from: number, to: number, decoded: string): void {
    if (from > this.segStart) this.chunks.push(this.src.slice(this.segStart, from));
    this.chunks.push(decoded);
    this.segStart = to;
  }

  restartLiteral(at: number): void {
    this.segStart = at;
    this.litStart = at;
  }

  /** `${` or `%{` at `at`; returns the offset just after the closing brace. */
  sequence(at: number, directive: boolean): number {
    const p = this.p;
    this.closeLiteral(at);
    this.ltrimNext = false;
    let pos = at + 2;
    if (this.src.charCodeAt(pos) === 126) {
      pos++;
      const prev = this.flat[this.flat.length - 1];
      if (prev && prev.kind === 'literal') prev.value = trimRightSpace(prev.value);
    }
    p.resetAt(pos);
    p.pushNewlines(false);
    let entry: Flat;
    if (!directive) {
      const expr = p.parseExpression();
      entry = { kind: 'interp', expr, start: at, end: 0 };
    } else {
      entry = this.directive(at);
    }
    const close = p.next();
    if (close.type !== T.CBrace && close.type !== T.CBraceStrip) {
      p.fail(
        `expected "}" to close the template ${directive ? 'directive' : 'interpolation'} but found ${p.describe(close)}`,
        close.start,
        close.end,
      );
    }
    p.popNewlines();
    entry.end = close.end;
    this.flat.push(entry);
    this.ltrimNext = close.type === T.CBraceStrip;
    this.restartLiteral(close.end);
    return close.end;
  }

  private directive(at: number): Flat {
    const p = this.p;
    const kw = p.next();
    const word = kw.type === T.Ident ? p.text(kw) : '';
    switch (word) {
      case 'if':
        return { kind: 'if', condition: p.parseExpression(), start: at, end: 0 };
      case 'else':
      case 'endif':
      case 'endfor':
        return { kind: word, start: at, end: 0 };
      case 'for': {
        let valueVar = p.text(p.expect(T.Ident, 'variable name after "for"'));
        let keyVar: string | null = null;
        if (p.peek().type === T.Comma) {
          p.next();
          keyVar = valueVar;
          valueVar = p.text(p.expect(T.Ident, 'value variable name after ","'));
        }
        const inTok = p.next();
        if (inTok.type !== T.Ident || p.text(inTok) !== 'in') {
          p.fail(`expected "in" in for directive but found ${p.describe(inTok)}`, inTok.start, inTok.end);
        }
        const collection = p.parseExpression();
        return { kind: 'for', keyVar, valueVar, collection, start: at, end: 0 };
      }
      default:
        return p.fail(
          `expected a template directive keyword (if, else, endif, for, endfor) but found ${p.describe(kw)}`,
          kw.start,
          kw.end,
        );
    }
  }
}

/**
 * The offset of the closing quote when the quoted string starting at `start` is plain text (no
 * escapes, sequences or newlines), else -1. Lets the parser skip the scanner for the common case.
 */
export function plainQuotedEnd(src: string, start: number): number {
  for (let i = start; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c < 128 && QUOTED_SPECIAL[c]) return c === 34 ? i : -1;
  }
  return -1;
}

/**
 * Scans template text starting at `start`. Returns the structured parts and the offset where
 * the expression lexer resumes: after the closing quote, or just after a heredoc's closing
 * marker (its newline stays for the surrounding syntax), or the end of input for bare mode.
 */
export function scanTemplate(
  p: Parser,
  start: number,
  mode: TemplateMode,
  marker?: string,
  openStart: number = start,
): { parts: TemplatePart[]; end: number } {
  const src = p.src;
  const len = src.length;
  const quoted = mode === 'quoted';
  const heredoc = mode === 'heredoc' || mode === 'flushHeredoc';
  const s = new Scanner(p, src, start);
  const special = quoted ? QUOTED_SPECIAL : TEXT_SPECIAL;
  let i = start;
  let lineStart = heredoc;
  let end = -1;

  while (end < 0) {
    if (lineStart) {
      const markerEnd = closingMarker(src, i, marker ?? '', true);
      if (markerEnd >= 0) {
        s.closeLiteral(i);
        end = markerEnd;
        break;
      }
      lineStart = false;
    }
    if (i >= len) {
      if (quoted) p.fail('unterminated template string: missing closing quote', openStart, len);
      if (heredoc) p.fail(`unterminated heredoc: missing closing marker "${marker ?? ''}"`, openStart, len);
      s.closeLiteral(len);
      end = len;
      break;
    }
    let c = src.charCodeAt(i);
    if (c < 128 && !special[c]) {
      // Fast path over ordinary text: most template bytes need no decision.
      do c = src.charCodeAt(++i);
      while (i < len && (c >= 128 || !special[c]));
      continue;
    }
    if (c === 36 || c === 37) {
      // `$` or `%`
      const c1 = src.charCodeAt(i + 1);
      if (c1 === 123) {
        i = s.sequence(i, c === 37);
        continue;
      }
      if (c1 === c && src.charCodeAt(i + 2) === 123) {
        s.substitute(i, i + 3, c === 36 ? '${' : '%{');
        i += 3;
        continue;
      }
      i++;
      continue;
    }
    if (c === 10) {
      if (quoted) p.fail('unterminated template string: newline before closing quote', openStart, i);
      i++;
      s.closeLiteral(i);
      s.restartLiteral(i);
      lineStart = heredoc;
      continue;
    }
    if (quoted && c === 34) {
      s.closeLiteral(i);
      end = i + 1;
      break;
    }
    if (quoted && c === 92) {
      i = decodeEscape(p, s, src, i);
      continue;
    }
    i++;
  }

  const flat = s.flat;
  if (flat.length === 0) flat.push({ kind: 'literal', value: '', start, end: start });
  if (mode === 'flushHeredoc') flushIndent(flat);
  let directives = false;
  let adjacentLiterals = false;
  for (let k = 0; k < flat.length; k++) {
    const kind = flat[k]!.kind;
    if (kind !== 'literal' && kind !== 'interp') directives = true;
    else if (kind === 'literal' && k > 0 && flat[k - 1]!.kind === 'literal') adjacentLiterals = true;
  }
  const melded = adjacentLiterals ? meld(flat) : flat;
  // Without directives every flat token already has the shape of its TemplatePart.
  if (!directives) return { parts: melded as Array<Extract<Flat, { kind: 'literal' | 'interp' }>>, end };
  return { parts: new Nester(p, melded).sequence(null), end };
}

function decodeEscape(p: Parser, s: Scanner, src: string, i: number): number {
  const e = src.charCodeAt(i + 1);
  let decoded: string;
  let width = 2;
  switch (e) {
    case 110:
      decoded = '\n';
      break;
    case 114:
      decoded = '\r';
      break;
    case 116:
      decoded = '\t';
      break;
    case 34:
      decoded = '"';
      break;
    case 92:
      decoded = '\\';
      break;
    case 117: // \uXXXX
    case 85: {
      // \UXXXXXXXX
      const digits = e === 117 ? 4 : 8;
      const cp = hexValue(src, i + 2, digits);
      if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        p.fail('invalid unicode escape sequence', i, i + 2 + digits);
      }
      decoded = String.fromCodePoint(cp);
      width = 2 + digits;
      break;
    }
    default:
      return p.fail(`invalid escape sequence "\\${src.charAt(i + 1)}"`, i, i + 2);
  }
  s.substitute(i, i + width, decoded);
  return i + width;
}

/**
 * `<<-` heredocs: remove the smallest leading-whitespace width from every line-leading literal.
 * Mirrors hclsyntax: whitespace-only lines neither count nor get trimmed, and a line starting
 * with an interpolation or directive counts as zero indentation.
 */
function flushIndent(flat: Flat[]): void {
  let min = Number.MAX_SAFE_INTEGER;
  let atLineStart = true;
  const adjust: Array<{ index: number }> = [];
  for (let k = 0; k < flat.length; k++) {
    const tok = flat[k]!;
    if (atLineStart) {
      atLineStart = false;
      let spaces = 0;
      if (tok.kind === 'literal') {
        let n = 0;
        while (n < tok.value.length && isSpaceCode(tok.value.charCodeAt(n))) n++;
        if (n === tok.value.length && tok.value.endsWith('\n')) {
          spaces = Number.MAX_SAFE_INTEGER;
        } else {
          spaces = n;
          adjust.push({ index: k });
        }
      }
      if (spaces < min) min = spaces;
    }
    if (tok.kind === 'literal' && tok.value.endsWith('\n')) atLineStart = true;
  }
  if (min === Number.MAX_SAFE_INTEGER || min === 0) return;
  for (const { index } of adjust) {
    const tok = flat[index] as { kind: 'literal'; value: string; start: number; end: number };
    // Every adjusted token has at least `min` leading whitespace code units.
    tok.value = tok.value.slice(min);
    tok.start += min;
  }
}

function meld(flat: Flat[]): Flat[] {
  const out: Flat[] = [];
  for (const tok of flat) {
    const prev = out[out.length - 1];
    if (tok.kind === 'literal' && prev && prev.kind === 'literal') {
      out[out.length - 1] = {
        kind: 'literal',
        value: prev.value + tok.value,
        start: prev.start,
        end: tok.end,
      };
    } else {
      out.push(tok);
    }
  }
  return out;
}

/** Turns the flat directive stream into nested if/for parts, checking balance. */
class Nester {
  private pos = 0;

  constructor(
    private readonly p: Parser,
    private readonly flat: Flat[],
  ) {}

  /** Parts until a closing directive listed in `closers` (or end of template when null). */
  sequence(closers: ReadonlySet<string> | null): TemplatePart[] {
    const parts: TemplatePart[] = [];
    while (this.pos < this.flat.length) {
      const tok = this.flat[this.pos]!;
      switch (tok.kind) {
        case 'literal':
          this.pos++;
          parts.push({ kind: 'literal', value: tok.value, start: tok.start, end: tok.end });
          break;
        case 'interp':
          this.pos++;
          parts.push({ kind: 'interp', expr: tok.expr, start: tok.start, end: tok.end });
          break;
        case 'if': {
          this.pos++;
          const then = this.sequence(IF_CLOSERS);
          let closer = this.flat[this.pos - 1]!;
          let otherwise: TemplatePart[] = [];
          if (closer.kind === 'else') {
            otherwise = this.sequence(ENDIF_ONLY);
            closer = this.flat[this.pos - 1]!;
          }
          parts.push({
            kind: 'if',
            condition: tok.condition,
            then,
            else: otherwise,
            start: tok.start,
            end: closer.end,
          });
          break;
        }
        case 'for': {
          this.pos++;
          const body = this.sequence(ENDFOR_ONLY);
          const closer = this.flat[this.pos - 1]!;
          parts.push({
            kind: 'for',
            keyVar: tok.keyVar,
            valueVar: tok.valueVar,
            collection: tok.collection,
            body,
            start: tok.start,
            end: closer.end,
          });
          break;
        }
        default:
          if (closers?.has(tok.kind)) {
            this.pos++;
            return parts;
          }
          return this.p.fail(`unexpected %{ ${tok.kind} } directive`, tok.start, tok.end);
      }
    }
    if (closers) {
      const wanted = closers.has('endfor') ? 'endfor' : 'endif';
      const last = this.flat[this.flat.length - 1];
      this.p.fail(`missing %{ ${wanted} } directive`, last ? last.end : 0);
    }
    return parts;
  }
}

const IF_CLOSERS: ReadonlySet<string> = new Set(['else', 'endif']);
const ENDIF_ONLY: ReadonlySet<string> = new Set(['endif']);
const ENDFOR_ONLY: ReadonlySet<string> = new Set(['endfor']);
