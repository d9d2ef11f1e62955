/**
 * hclsyntax reports every invalid token of a file (`;`, `'`, a lone `&`, a quoted newline, ...)
 * before any parse error, whatever their order in the file. The native parser stops at its first
 * error, so when it fails this scanner looks for such a token anywhere, and that one is reported
 * instead: the line then matches hcl2json's first diagnostic.
 *
 * It follows the modes of hclsyntax's scanner (normal, quoted template, heredoc template, with
 * `${ ... }` nesting) closely enough to know which characters are tokens; it checks nothing else.
 */
import { isIdentContinue, isIdentStart } from '../expr/lexer.js';

export interface LexicalError {
  readonly offset: number;
  readonly message: string;
}

const INVALID = 'Invalid character; This character is not used within the language.';
const SEMICOLON =
  'Invalid character; The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.';
const APOSTROPHE =
  'Invalid character; Single quotes are not valid. Use double quotes (") to enclose strings.';
const BACKTICK =
  'Invalid character; The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".';
const CURLY_QUOTE =
  'Invalid character; "Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "normal" double quote.';
const QUOTED_NEWLINE =
  'Invalid multi-line string; Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.';

function bitwise(suggestion: string): string {
  return `Unsupported operator; Bitwise operators are not supported.${suggestion}`;
}

type Mode =
  | { kind: 'normal'; braces: number }
  | { kind: 'quoted' }
  | { kind: 'heredoc'; marker: string; lineStart: boolean };

/** The first invalid token of the file, or undefined. */
export function firstLexicalError(src: string): LexicalError | undefined {
  const stack: Mode[] = [{ kind: 'normal', braces: 0 }];
  const len = src.length;
  let i = 0;
  while (i < len) {
    const mode = stack[stack.length - 1]!;
    const c = src.charCodeAt(i);
    if (mode.kind === 'quoted') {
      if (c === 34) {
        stack.pop();
        i++;
      } else if (c === 92) {
        i += src.charCodeAt(i + 1) === 10 ? 1 : 2;
      } else if (c === 10 || c === 13) {
        return { offset: i, message: QUOTED_NEWLINE };
      } else i = templateStep(src, i, c, stack);
      continue;
    }
    if (mode.kind === 'heredoc') {
      if (mode.lineStart) {
        mode.lineStart = false;
        let j = i;
        while (src.charCodeAt(j) === 32 || src.charCodeAt(j) === 9) j++;
        if (src.startsWith(mode.marker, j)) {
          let k = j + mode.marker.length;
          while (src.charCodeAt(k) === 32 || src.charCodeAt(k) === 9 || src.charCodeAt(k) === 13) k++;
          if (src.charCodeAt(k) === 10) {
            stack.pop();
            i = j + mode.marker.length;
            continue;
          }
        }
      }
      if (c === 10) {
        mode.lineStart = true;
        i++;
      } else i = templateStep(src, i, c, stack);
      continue;
    }
    // Normal mode.
    if (c === 32 || c === 9 || c === 10) {
      i++;
    } else if (c === 13) {
      if (src.charCodeAt(i + 1) !== 10) return { offset: i, message: INVALID };
      i += 2;
    } else if (c === 35 || (c === 47 && src.charCodeAt(i + 1) === 47)) {
      while (i < len && src.charCodeAt(i) !== 10) i++;
    } else if (c === 47 && src.charCodeAt(i + 1) === 42) {
      const close = src.indexOf('*/', i + 2);
      i = close < 0 ? i + 1 : close + 2;
    } else if (c === 34) {
      stack.push({ kind: 'quoted' });
      i++;
    } else if (c === 123) {
      mode.braces++;
      i++;
    } else if (c === 125 || (c === 126 && src.charCodeAt(i + 1) === 125)) {
      i += c === 126 ? 2 : 1;
      if (mode.braces > 0) mode.braces--;
      else if (stack.length > 1) stack.pop();
    } else if (c === 60 && src.charCodeAt(i + 1) === 60) {
      let j = i + 2;
      if (src.charCodeAt(j) === 45) j++;
      const nameStart = j;
      if (isIdentStart(src.charCodeAt(j))) {
        j++;
        while (j < len && isIdentContinue(src.charCodeAt(j))) j++;
      }
      let k = j;
      if (src.charCodeAt(k) === 13) k++;
      if (j > nameStart && src.charCodeAt(k) === 10) {
        stack.push({ kind: 'heredoc', marker: src.slice(nameStart, j), lineStart: true });
        i = k + 1;
      } else i += 2;
    } else if (c < 128) {
      const error = asciiError(src, i, c);
      if (error) return error;
      if ((c >= 48 && c <= 57) || isIdentStart(c)) {
        i++;
        while (i < len && isIdentContinue(src.charCodeAt(i))) i++;
      } else i += c === 38 || c === 124 ? 2 : 1;
    } else if (c === 0x201c || c === 0x201d) {
      return { offset: i, message: CURLY_QUOTE };
    } else if (isIdentStart(c) || (c >= 0xd800 && c <= 0xdbff && isIdentStart(src.codePointAt(i) ?? 0))) {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      while (i < len && isIdentContinue(src.charCodeAt(i))) i++;
    } else {
      return { offset: i, message: INVALID };
    }
  }
  return undefined;
}

/**
 * One step over template text (quoted or heredoc) at `i`: `${` or `%{` (with an optional `~`)
 * opens a sequence in normal mode, `$${` and `%%{` are escapes, anything else is text.
 */
function templateStep(src: string, i: number, c: number, stack: Mode[]): number {
  if ((c === 36 || c === 37) && src.charCodeAt(i + 1) === 123) {
    stack.push({ kind: 'normal', braces: 0 });
    return i + (src.charCodeAt(i + 2) === 126 ? 3 : 2);
  }
  if ((c === 36 || c === 37) && src.charCodeAt(i + 1) === c && src.charCodeAt(i + 2) === 123) return i + 3;
  return i + 1;
}

/** Normal-mode ASCII: which characters hclsyntax's scanner turns into error tokens. */
function asciiError(src: string, i: number, c: number): LexicalError | undefined {
  switch (c) {
    case 59:
      return { offset: i, message: SEMICOLON };
    case 39:
      return { offset: i, message: APOSTROPHE };
    case 96:
      return { offset: i, message: BACKTICK };
    case 38:
      return src.charCodeAt(i + 1) === 38
        ? undefined
        : { offset: i, message: bitwise(' Did you mean boolean AND ("&&")?') };
    case 124:
      return src.charCodeAt(i + 1) === 124
        ? undefined
        : { offset: i, message: bitwise(' Did you mean boolean OR ("||")?') };
    case 94:
      return { offset: i, message: bitwise('') };
    case 126:
      return { offset: i, message: bitwise(' Did you mean boolean NOT ("!")?') };
    case 36:
    case 64:
    case 92:
      return { offset: i, message: INVALID };
  }
  if (c < 32 || c === 127) return { offset: i, message: INVALID };
  return undefined;
}
