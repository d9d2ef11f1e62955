/**
 * Expression-mode tokenizer over UTF-16 char codes.
 *
 * HCL lexing is context dependent (quoted strings and heredocs switch into template mode), so
 * the parser drives this lexer one token at a time and takes over `pos` when it meets `OQuote`
 * or `OHeredoc`; template text is scanned by template.ts straight from the source.
 */
import { SyntaxFailure } from './errors.js';

export enum T {
  EOF,
  Newline,
  Ident,
  Number,
  OQuote,
  OHeredoc,
  OBrace,
  CBrace,
  /** `~}`: closes a template sequence and strips following whitespace. */
  CBraceStrip,
  OBrack,
  CBrack,
  OParen,
  CParen,
  Comma,
  Dot,
  Ellipsis,
  Star,
  Slash,
  Percent,
  Plus,
  Minus,
  Eq,
  EqEq,
  FatArrow,
  Bang,
  NotEq,
  Lt,
  Le,
  Gt,
  Ge,
  And,
  Or,
  Question,
  Colon,
  DoubleColon,
  Invalid,
}

export interface Token {
  readonly type: T;
  readonly start: number;
  readonly end: number;
  /** Heredoc only: the closing marker and whether it is the `<<-` (flush) form. */
  readonly marker?: string;
  readonly flush?: boolean;
}

const TOKEN_NAMES: Record<number, string> = {
  [T.EOF]: 'end of input',
  [T.Newline]: 'newline',
  [T.Ident]: 'identifier',
  [T.Number]: 'number',
  [T.OQuote]: '"',
  [T.OHeredoc]: 'heredoc',
  [T.OBrace]: '{',
  [T.CBrace]: '}',
  [T.CBraceStrip]: '~}',
  [T.OBrack]: '[',
  [T.CBrack]: ']',
  [T.OParen]: '(',
  [T.CParen]: ')',
  [T.Comma]: ',',
  [T.Dot]: '.',
  [T.Ellipsis]: '...',
  [T.Star]: '*',
  [T.Slash]: '/',
  [T.Percent]: '%',
  [T.Plus]: '+',
  [T.Minus]: '-',
  [T.Eq]: '=',
  [T.EqEq]: '==',
  [T.FatArrow]: '=>',
  [T.Bang]: '!',
  [T.NotEq]: '!=',
  [T.Lt]: '<',
  [T.Le]: '<=',
  [T.Gt]: '>',
  [T.Ge]: '>=',
  [T.And]: '&&',
  [T.Or]: '||',
  [T.Question]: '?',
  [T.Colon]: ':',
  [T.DoubleColon]: '::',
  [T.Invalid]: 'invalid character',
};

export function tokenName(type: T): string {
  return TOKEN_NAMES[type] ?? 'token';
}

const NON_ASCII_ID_START = /[\p{ID_Start}]/u;
const NON_ASCII_ID_CONTINUE = /[\p{ID_Continue}]/u;

export function isIdentStart(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
  return NON_ASCII_ID_START.test(String.fromCharCode(c));
}

/** HCL identifiers may contain `-`: `a-b` is one name, `a - b` a subtraction. */
export function isIdentContinue(c: number): boolean {
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
  }
  return NON_ASCII_ID_CONTINUE.test(String.fromCharCode(c));
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export class Lexer {
  pos: number;

  constructor(
    readonly src: string,
    start = 0,
  ) {
    this.pos = start;
  }

  /** Skips spaces, tabs, carriage returns and comments; a line comment stops before its newline. */
  private skipTrivia(): void {
    const src = this.src;
    const len = src.length;
    let i = this.pos;
    while (i < len) {
      const c = src.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13) {
        i++;
      } else if (c === 35 || (c === 47 && src.charCodeAt(i + 1) === 47)) {
        while (i < len && src.charCodeAt(i) !== 10) i++;
      } else if (c === 47 && src.charCodeAt(i + 1) === 42) {
        const close = src.indexOf('*/', i + 2);
        if (close < 0) throw new SyntaxFailure('unterminated comment', i, len);
        i = close + 2;
      } else {
        break;
      }
    }
    this.pos = i;
  }

  next(): Token {
    this.skipTrivia();
    const src = this.src;
    const start = this.pos;
    if (start >= src.length) return { type: T.EOF, start, end: start };
    const c = src.charCodeAt(start);
    const c1 = src.charCodeAt(start + 1);
    if (isIdentStart(c)) {
      let i = start + 1;
      while (i < src.length && isIdentContinue(src.charCodeAt(i))) i++;
      return this.tok(T.Ident, start, i);
    }
    if (isDigit(c)) return this.tok(T.Number, start, this.scanNumberEnd(start));
    switch (c) {
      case 10:
        return this.tok(T.Newline, start, start + 1);
      case 34:
        return this.tok(T.OQuote, start, start + 1);
      case 123:
        return this.tok(T.OBrace, start, start + 1);
      case 125:
        return this.tok(T.CBrace, start, start + 1);
      case 126:
        if (c1 === 125) return this.tok(T.CBraceStrip, start, start + 2);
        return this.tok(T.Invalid, start, start + 1);
      case 91:
        return this.tok(T.OBrack, start, start + 1);
      case 93:
        return this.tok(T.CBrack, start, start + 1);
      case 40:
        return this.tok(T.OParen, start, start + 1);
      case 41:
        return this.tok(T.CParen, start, start + 1);
      case 44:
        return this.tok(T.Comma, start, start + 1);
      case 46:
        if (c1 === 46 && src.charCodeAt(start + 2) === 46) return this.tok(T.Ellipsis, start, start + 3);
        return this.tok(T.Dot, start, start + 1);
      case 42:
        return this.tok(T.Star, start, start + 1);
      case 47:
        return this.tok(T.Slash, start, start + 1);
      case 37:
        return this.tok(T.Percent, start, start + 1);
      case 43:
        return this.tok(T.Plus, start, start + 1);
      case 45:
        return this.tok(T.Minus, start, start + 1);
      case 61:
        if (c1 === 61) return this.tok(T.EqEq, start, start + 2);
        if (c1 === 62) return this.tok(T.FatArrow, start, start + 2);
        return this.tok(T.Eq, start, start + 1);
      case 33:
        if (c1 === 61) return this.tok(T.NotEq, start, start + 2);
        return this.tok(T.Bang, start, start + 1);
      case 60:
        if (c1 === 61) return this.tok(T.Le, start, start + 2);
        if (c1 === 60) return this.heredocIntro(start);
        return this.tok(T.Lt, start, start + 1);
      case 62:
        if (c1 === 61) return this.tok(T.Ge, start, start + 2);
        return this.tok(T.Gt, start, start + 1);
      case 38:
        if (c1 === 38) return this.tok(T.And, start, start + 2);
        break;
      case 124:
        if (c1 === 124) return this.tok(T.Or, start, start + 2);
        break;
      case 63:
        return this.tok(T.Question, start, start + 1);
      case 58:
        if (c1 === 58) return this.tok(T.DoubleColon, start, start + 2);
        return this.tok(T.Colon, start, start + 1);
    }
    return this.tok(T.Invalid, start, start + 1);
  }

  private tok(type: T, start: number, end: number): Token {
    this.pos = end;
    return { type, start, end };
  }

  /** `digits ('.' digits)? ([eE] [+-]? digits)?`; a dot not followed by a digit is left alone. */
  private scanNumberEnd(start: number): number {
    const src = this.src;
    let i = start;
    while (isDigit(src.charCodeAt(i))) i++;
    if (src.charCodeAt(i) === 46 && isDigit(src.charCodeAt(i + 1))) {
      i += 1;
      while (isDigit(src.charCodeAt(i))) i++;
    }
    const e = src.charCodeAt(i);
    if (e === 101 || e === 69) {
      let j = i + 1;
      const sign = src.charCodeAt(j);
      if (sign === 43 || sign === 45) j++;
      if (isDigit(src.charCodeAt(j))) {
        while (isDigit(src.charCodeAt(j))) j++;
        i = j;
      }
    }
    return i;
  }

  /** Only digits: used after `.` for legacy index steps, where `x.0.1` must not lex `0.1`. */
  scanInteger(): Token | null {
    this.skipTrivia();
    const start = this.pos;
    let i = start;
    while (isDigit(this.src.charCodeAt(i))) i++;
    if (i === start) return null;
    this.pos = i;
    return { type: T.Number, start, end: i };
  }

  /** `<<EOT\n` or `<<-EOT\n` (CRLF allowed); anything else after `<<` is invalid in HCL. */
  private heredocIntro(start: number): Token {
    const src = this.src;
    let i = start + 2;
    const flush = src.charCodeAt(i) === 45;
    if (flush) i++;
    const nameStart = i;
    if (!isIdentStart(src.charCodeAt(i))) return this.tok(T.Invalid, start, start + 2);
    i++;
    while (i < src.length && isIdentContinue(src.charCodeAt(i))) i++;
    const marker = src.slice(nameStart, i);
    if (src.charCodeAt(i) === 13) i++;
    if (src.charCodeAt(i) !== 10) {
      throw new SyntaxFailure('heredoc marker must be followed by a newline', start, i);
    }
    this.pos = i + 1;
    return { type: T.OHeredoc, start, end: i + 1, marker, flush };
  }
}
