/**
 * Native HCL parser: a `.tf` file to the JSON @cdktf/hcl2json produces for it (as objects, keys
 * in the same order), plus the line of every top-level block and of the attributes and nested
 * blocks inside it.
 *
 * The grammar (bodies, one-line blocks, expressions, templates, heredocs, newline rules) follows
 * hashicorp/hcl's hclsyntax package, which hcl2json runs. hcl2json keeps literals, tuples,
 * objects and templates as JSON and writes every other expression as its exact source wrapped in
 * `${...}`, so this parser builds no syntax tree: it recognises an expression, remembers where it
 * starts and ends, and converts only the shapes hcl2json converts, only where it converts them.
 * It stops at the first syntax error; the line reported is the one hcl2json reports first
 * (invalid tokens: lexcheck.ts; the few places where hclsyntax's error recovery decides it are
 * reproduced where they are met).
 */
import { isDigit, isIdentContinue, isIdentStart } from '../expr/lexer.js';
import type { RawObject, RawValue } from '../hcl.js';
import { lineAt as lineOf } from '../json-error.js';
import {
  closingMarker,
  decimalString,
  escapeLiteral,
  isSpaceCode,
  sortedObject,
  trimLeftSpace,
  trimRightSpace,
} from './convert.js';
import { firstLexicalError } from './lexcheck.js';

/** A top-level block: where it is, and its body, which sits at `json[type][...labels][index]`. */
export interface BlockMeta {
  readonly type: string;
  readonly labels: readonly string[];
  readonly line: number;
  /** Attribute and nested-block lines by dotted path relative to the block, first one first. */
  readonly attributes: Record<string, number>;
  readonly index: number;
  readonly body: RawObject;
}

export type ParseResult =
  | {
      readonly ok: true;
      /** hcl2json's JSON of the file: built on first read (a scan places blocks without it). */
      readonly json: RawObject;
      /** Top-level blocks in source order. */
      readonly blocks: BlockMeta[];
      /** Names of the file's top-level attributes (an attribute hides blocks of its name in `json`). */
      readonly topNames: readonly string[];
      /** Whether a value JSON cannot carry (-0, an infinity) occurs: JSON.stringify would change it. */
      readonly jsonUnsafe: boolean;
    }
  | { readonly ok: false; readonly line?: number; readonly message: string };

/** Deep enough for any real configuration, shallow enough to stay far from the stack limit. */
const MAX_DEPTH = 256;

const ID_START = 1;
const ID_CONTINUE = 2;
const DIGIT = 4;
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  const digit = c >= 48 && c <= 57;
  ASCII[c] =
    (letter ? ID_START | ID_CONTINUE : 0) | (digit ? DIGIT | ID_CONTINUE : 0) | (c === 45 ? ID_CONTINUE : 0);
}

function idStart(c: number): boolean {
  return c < 128 ? (ASCII[c]! & ID_START) !== 0 : c === c && isIdentStart(c);
}
function idContinue(c: number): boolean {
  return c < 128 ? (ASCII[c]! & ID_CONTINUE) !== 0 : c === c && isIdentContinue(c);
}

/**
 * Identifiers shared across files: an attribute name read from the source is a fresh string each
 * time, and a fresh string used as a property key must be looked up in V8's string table on
 * every store. Handing out one string per distinct name makes those stores cheap. Bounded:
 * names that do not fit are simply not shared.
 */
const INTERN_SIZE = 8192;
const interned: (string | undefined)[] = new Array<string | undefined>(INTERN_SIZE);

function intern(src: string, start: number, end: number): string {
  const len = end - start;
  if (len > 48) return src.slice(start, end);
  let h = len;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + src.charCodeAt(i)) | 0;
  let slot = h & (INTERN_SIZE - 1);
  for (let probe = 0; probe < 8; probe++) {
    const known = interned[slot];
    if (known === undefined) return (interned[slot] = src.slice(start, end));
    if (known.length === len && src.startsWith(known, start)) return known;
    slot = (slot + 1) & (INTERN_SIZE - 1);
  }
  return src.slice(start, end);
}

/** Dotted attribute paths (`versioning.mfa_delete`), shared like names. */
const paths = new Map<string, Map<string, string>>();

function joinPath(parent: string, name: string): string {
  if (parent === '') return name;
  let children = paths.get(parent);
  if (children === undefined) {
    if (paths.size > 4096) paths.clear();
    children = new Map();
    paths.set(parent, children);
  }
  let path = children.get(name);
  if (path === undefined) {
    path = `${parent}.${name}`;
    if (children.size < 256) children.set(name, path);
  }
  return path;
}

class ParseFailure {
  constructor(
    readonly message: string,
    readonly offset: number,
    /** A one-line block's recovery has already been applied to it. */
    readonly recovered = false,
  ) {}
}

const EXPECTED_EXPRESSION =
  'Invalid expression; Expected the start of an expression, but found an invalid expression token.';

/** What an expression turned out to be, as far as conversion cares. */
const enum K {
  /** Anything hcl2json writes as `${source}`. */
  Other,
  /** A root name with static steps (`a.b[0]["x"]`): an object key writes it as its source. */
  Traversal,
  /** number, bool, null: `v` is the value. */
  Literal,
  /** A template that is not a single interpolation: `str` is hcl2json's template text. */
  Template,
  /** A template of one literal part (hclsyntax's "string literal"): `str` is its escaped text. */
  StringLit,
  /** `"${x}"`: a template of one interpolation, which hcl2json converts as `x` itself. */
  Wrap,
  Tuple,
  Object,
  /** `-1`, `!true`: hcl2json folds the operator into the literal. */
  Unary,
  /** `!1`, `-null`: hcl2json fails to fold these, but only where it converts them (`str`: why). */
  BadUnary,
  /** `c ? a : b`, rendered as an `%{if}` directive when it sits in a template. */
  Conditional,
}

/**
 * An expression's kind and extent [s, e) in the source, plus what its kind needs: `v` a literal's
 * value, `str` template text (or a BadUnary's message), `t` the expression a Wrap holds or a
 * conditional's true branch, `f` its false branch, `cs`/`ce` the condition's extent (a BadUnary's
 * offset in `cs`). One class for every kind keeps the objects monomorphic.
 */
class Res {
  constructor(
    readonly k: K,
    readonly s: number,
    readonly e: number,
    readonly v: RawValue = null,
    readonly str = '',
    readonly t: Res | null = null,
    readonly f: Res | null = null,
    readonly cs = 0,
    readonly ce = 0,
    /** Tuple: its items; object: key, value, key, value... Converted only if hcl2json converts them. */
    readonly list: Res[] | null = null,
  ) {}
}

/** Flat template tokens, as hclsyntax's scanner and template parser see them. */
const enum TT {
  Literal,
  Interp,
  If,
  Else,
  EndIf,
  For,
  EndFor,
}

interface TemplateToken {
  kind: TT;
  /** Literal text (decoded), or the source of an `if` condition / `for` collection. */
  text: string;
  start: number;
  res: Res | null;
  /** `for` only: `k, v` or `v`. */
  vars: string;
}

/**
 * A body being read. Its attributes and blocks sit on the parser's stacks, from `base` and
 * `blockBase` to the stacks' tops: a nested body is finished (and popped) before its parent
 * reads on, so each body's share stays contiguous, and no body needs arrays of its own.
 */
interface BodyOut {
  readonly base: number;
  readonly blockBase: number;
  attributeFailure: ParseFailure | undefined;
  /** Attribute names by stack index, once the body has too many to scan (see addAttribute). */
  names: Map<string, number> | undefined;
}

/** Attributes in a body past which a repeated name is looked up, not scanned for. */
const SCANNED_NAMES = 16;

interface BlockEntry {
  readonly type: string;
  readonly labels: string[];
  readonly body: RawObject;
  readonly meta: Mutable<BlockMeta> | null;
  readonly failure: ParseFailure | undefined;
}

type Mutable<T> = { -readonly [P in keyof T]: T[P] };

/** Where attribute lines go: the enclosing top-level block's map and the path inside it. */
interface Place {
  readonly lines: Record<string, number>;
  readonly path: string;
}

type LabelTree = Map<string, LabelTree | RawObject[]>;

/**
 * Parses HCL native syntax to hcl2json's JSON text. `filename` appears only in messages, which
 * quote positions as hcl2json does. Never throws.
 */
export function parseHcl(text: string, filename = 'main.tf'): ParseResult {
  const parser = new NativeParser(text, filename);
  let top: TopBody;
  try {
    top = parser.file();
    if (parser.soft) throw parser.soft;
  } catch (err) {
    if (!(err instanceof ParseFailure) && !(err instanceof RangeError)) throw err;
    // hclsyntax lists invalid tokens before any parse error, wherever they are.
    const lexical = firstLexicalError(text);
    if (lexical) return { ok: false, line: lineOf(text, lexical.offset), message: lexical.message };
    if (err instanceof RangeError) return { ok: false, message: 'Invalid expression; nested too deeply' };
    // An error hclsyntax parsed on from was met before this one.
    const first = parser.soft ?? err;
    return { ok: false, line: lineOf(text, first.offset), message: first.message };
  }
  const failure = parser.failure;
  if (failure) {
    return failure.offset < 0
      ? { ok: false, message: failure.message }
      : { ok: false, line: lineOf(text, failure.offset), message: failure.message };
  }
  let json: RawObject | undefined;
  return {
    ok: true,
    get json() {
      return (json ??= bodyObject(top.names, top.values, 0, top.names.length, top.root));
    },
    blocks: parser.blocks,
    topNames: top.names,
    jsonUnsafe: parser.jsonUnsafe,
  };
}

/** The file's body before its JSON is built: its attributes, and its blocks by type and label. */
interface TopBody {
  readonly names: readonly string[];
  readonly values: readonly RawValue[];
  readonly root: LabelTree;
}

class NativeParser {
  private pos = 0;
  private readonly len: number;
  /** Whether newlines are tokens here: in bodies and directly inside object constructors. */
  private nl = true;
  /** End offset of the last token read (hclsyntax's PrevRange). */
  private end = 0;
  private depth = 0;
  /**
   * Whether the expression being parsed may be converted (an attribute value, an element of one,
   * a template part): inside a function call, an operand, an index or parentheses hcl2json only
   * copies source text, so tuples and objects there keep nothing but their extent.
   */
  private detail = true;
  readonly blocks: BlockMeta[] = [];
  jsonUnsafe = false;
  /**
   * Conversion failures (hcl2json parses the file but cannot convert it). hcl2json stops at the
   * first one it meets: in each body, the blocks first (depth first), then the attributes. A
   * body's failure is left here for its block; the file's is the last one left.
   */
  failure: ParseFailure | undefined;
  /** The first failure while converting one attribute value. */
  private valueFailure: ParseFailure | undefined;
  /**
   * The first error hclsyntax reports without stopping (it parses on, as if nothing happened):
   * it is the file's error unless an invalid token comes first, and `recovering` says whether
   * hclsyntax has since switched to skipping ahead (it does once such an error is inside parentheses).
   */
  soft: ParseFailure | undefined;
  private recovering = false;
  private linePos = 0;
  private lineNo = 1;
  private nextNewline: number;
  /** The attributes of the bodies being read (see BodyOut): names, values, name offsets. */
  private readonly names: string[] = [];
  private readonly values: RawValue[] = [];
  private readonly nameAt: number[] = [];
  private attributeTop = 0;
  private readonly blockStack: BlockEntry[] = [];
  private blockTop = 0;

  constructor(
    private readonly src: string,
    private readonly filename: string,
  ) {
    this.len = src.length;
    this.nextNewline = src.indexOf('\n');
  }

  // ---------------------------------------------------------------- low level

  private fail(message: string, offset: number): never {
    throw new ParseFailure(message, offset);
  }

  /** Line of an offset; offsets are asked for in increasing order, so counting is incremental. */
  private lineAt(offset: number): number {
    if (offset < this.linePos) return lineOf(this.src, offset);
    while (this.nextNewline !== -1 && this.nextNewline < offset) {
      this.lineNo++;
      this.nextNewline = this.src.indexOf('\n', this.nextNewline + 1);
    }
    this.linePos = offset;
    return this.lineNo;
  }

  /** Skips blanks and comments, and newlines too where they are not tokens. Returns the next code. */
  private skip(): number {
    const src = this.src;
    const len = this.len;
    let i = this.pos;
    // Most tokens follow one another or a single space: answer those without the loop.
    let first = src.charCodeAt(i);
    if (first === 32) first = src.charCodeAt(++i);
    if (first !== 32 && first !== 9 && first !== 10 && first !== 13 && first !== 35 && first !== 47) {
      this.pos = i;
      return i < len ? first : -1;
    }
    for (;;) {
      if (i >= len) {
        this.pos = i;
        return -1;
      }
      const c = src.charCodeAt(i);
      if (c === 32 || c === 9) i++;
      else if (c === 10) {
        if (this.nl) break;
        i++;
      } else if (c === 13) {
        // CRLF is a newline; a lone CR is an invalid character.
        if (src.charCodeAt(i + 1) !== 10)
          this.fail('Invalid character; This character is not used within the language.', i);
        i++;
      } else if (c === 35 || (c === 47 && src.charCodeAt(i + 1) === 47)) {
        const eol = src.indexOf('\n', i);
        i = eol < 0 ? len : eol;
      } else if (c === 47 && src.charCodeAt(i + 1) === 42) {
        const close = src.indexOf('*/', i + 2);
        if (close < 0) break; // not a comment: `/` and `*` tokens, which the grammar rejects
        i = close + 2;
      } else break;
    }
    this.pos = i;
    return src.charCodeAt(i);
  }

  /** Skips blanks, comments and newlines, whatever the mode. */
  private skipAll(): number {
    const saved = this.nl;
    this.nl = false;
    const c = this.skip();
    this.nl = saved;
    return c;
  }

  /** Reads an identifier (the caller has checked its first character) and returns its end. */
  private skipIdent(): number {
    let i = this.pos + 1;
    const src = this.src;
    const len = this.len;
    while (i < len) {
      const c = src.charCodeAt(i);
      if (c < 128 ? (ASCII[c]! & ID_CONTINUE) === 0 : !isIdentContinue(c)) break;
      i++;
    }
    this.pos = i;
    this.end = i;
    return i;
  }

  /** Reads an identifier as a shared string. */
  private ident(): string {
    const start = this.pos;
    return intern(this.src, start, this.skipIdent());
  }

  /** Whether the identifier `word` starts at the current position (and ends there). */
  private atKeyword(word: string): boolean {
    return this.src.startsWith(word, this.pos) && !idContinue(this.src.charCodeAt(this.pos + word.length));
  }

  /** The error for "an expression was expected here". */
  private noExpression(): never {
    if (this.pos >= this.len) {
      this.fail(
        'Missing expression; Expected the start of an expression, but found the end of the file.',
        this.pos,
      );
    }
    this.fail(EXPECTED_EXPRESSION, this.pos);
  }

  private expect(code: number, message: string): void {
    if (this.skip() !== code) this.fail(message, this.pos);
    this.pos++;
    this.end = this.pos;
  }

  // ---------------------------------------------------------------- bodies

  /** The file's body, its JSON left to be built when asked for. */
  file(): TopBody {
    const out = this.bodyItems(-1, null);
    const root = this.labelTree(out);
    const top = this.attributeTop;
    return { names: this.names.slice(0, top), values: this.values.slice(0, top), root };
  }

  private openBody(): BodyOut {
    return {
      base: this.attributeTop,
      blockBase: this.blockTop,
      attributeFailure: undefined,
      names: undefined,
    };
  }

  private body(open: number, place: Place | null): RawObject {
    return this.finishBody(this.bodyItems(open, place));
  }

  /** A body's items up to its `}` (`open` is the offset of its `{`), or to the end of the file (-1). */
  private bodyItems(open: number, place: Place | null): BodyOut {
    const out = this.openBody();
    for (;;) {
      const c = this.skip();
      if (c === 10) {
        this.pos++;
        continue;
      }
      if (c === 125 && open >= 0) {
        this.pos++;
        this.end = this.pos;
        return out;
      }
      if (c === -1 && this.pos >= this.len) {
        if (open < 0) return out;
        this.fail(
          'Unclosed configuration block; There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
          open,
        );
      }
      if (idStart(c)) {
        this.item(out, place);
        continue;
      }
      if (c === 34) this.fail('Invalid argument name; Argument names must not be quoted.', this.pos);
      this.fail(
        'Argument or block definition required; An argument or block definition is required here.',
        this.pos,
      );
    }
  }

  private item(out: BodyOut, place: Place | null): void {
    const identStart = this.pos;
    const name = this.ident();
    const c = this.skip();
    const c1 = this.src.charCodeAt(this.pos + 1);
    if (c === 61 && c1 !== 61 && c1 !== 62) {
      this.pos++;
      const value = this.convert(this.expression(), out);
      const after = this.skip();
      if (after !== 10 && after !== -1) {
        this.fail(
          after === 44
            ? 'Unexpected comma after argument; Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.'
            : 'Missing newline after argument; An argument definition must end with a newline.',
          this.pos,
        );
      }
      if (after === 10) this.pos++;
      this.addAttribute(out, name, identStart, value, place);
      return;
    }
    if (c === 34 || c === 123 || idStart(c)) {
      this.block(out, name, identStart, place);
      return;
    }
    this.fail(
      'Argument or block definition required; An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
      identStart,
    );
  }

  private addAttribute(out: BodyOut, name: string, at: number, value: RawValue, place: Place | null): void {
    // Bodies are small: a scan beats a Map per body, except in the few that are not.
    const top = this.attributeTop;
    let index: number;
    if (top - out.base < SCANNED_NAMES) {
      index = out.base;
      while (index < top && this.names[index] !== name) index++;
    } else {
      if (out.names === undefined) {
        out.names = new Map();
        for (let i = out.base; i < top; i++) out.names.set(this.names[i]!, i);
      }
      index = out.names.get(name) ?? top;
      out.names.set(name, top);
    }
    if (index < top) {
      const previous = this.nameAt[index]!;
      const line = lineOf(this.src, previous);
      const column = previous - this.src.lastIndexOf('\n', previous - 1);
      this.fail(
        `Attribute redefined; The argument "${name}" was already set at ${this.filename}:${line},${column}-${column + name.length}. Each argument may be set only once.`,
        at,
      );
    }
    this.nameAt[top] = at;
    this.names[top] = name;
    this.values[top] = value;
    this.attributeTop = top + 1;
    if (place) {
      const path = joinPath(place.path, name);
      if (!Object.hasOwn(place.lines, path)) place.lines[path] = this.lineAt(at);
    }
  }

  private block(out: BodyOut, type: string, typeStart: number, place: Place | null): void {
    const line = this.lineAt(typeStart);
    const labels: string[] = [];
    let open: number;
    for (;;) {
      const c = this.skip();
      if (c === 123) {
        open = this.pos++;
        break;
      }
      if (c === 34) labels.push(this.quotedLabel());
      else if (idStart(c)) labels.push(this.ident());
      else if (c === 61) {
        this.fail(
          'Invalid block definition; The equals sign "=" indicates an argument definition, and must not be used when defining a block.',
          this.pos,
        );
      } else if (c === 10) {
        this.fail(
          'Invalid block definition; A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
          this.pos,
        );
      } else {
        this.fail(
          'Invalid block definition; Either a quoted string block label or an opening brace ("{") is expected here.',
          this.pos,
        );
      }
    }

    // Attribute lines: a top-level block starts its own map; a nested one extends the path,
    // through its label for `dynamic "statement"` as the locator always did.
    let inner: Place;
    let meta: Mutable<BlockMeta> | null = null;
    if (place === null) {
      inner = { lines: {}, path: '' };
      meta = { type, labels, line, attributes: inner.lines, index: 0, body: {} };
    } else {
      const segment = type === 'dynamic' && labels[0] !== undefined ? labels[0] : type;
      const path = joinPath(place.path, segment);
      if (!Object.hasOwn(place.lines, path)) place.lines[path] = line;
      inner = { lines: place.lines, path };
    }

    const after = this.skip();
    this.failure = undefined;
    const body =
      after === 10 || after === 125 || after === -1
        ? this.body(open, inner)
        : this.singleAttributeBody(inner);
    const failure = this.failure;

    const eol = this.skip();
    if (eol !== 10 && eol !== -1) {
      this.fail(
        'Missing newline after block definition; A block definition must end with a newline.',
        this.pos,
      );
    }
    if (eol === 10) this.pos++;
    if (meta) {
      meta.body = body;
      this.blocks.push(meta);
    }
    this.blockStack[this.blockTop++] = { type, labels, body, meta, failure };
  }

  /** `name { attr = value }`: exactly one attribute, closed on its own line. */
  private singleAttributeBody(place: Place): RawObject {
    const out = this.openBody();
    const identStart = this.pos;
    const softBefore = this.soft;
    let name: string;
    let value: RawValue;
    try {
      if (!idStart(this.src.charCodeAt(identStart))) {
        // hclsyntax has read this token before it skips ahead.
        this.singleLineRecovery(identStart + 1, softBefore);
        throw new ParseFailure(
          'Argument or block definition required; An argument or block definition is required here.',
          identStart,
          true,
        );
      }
      name = this.ident();
      const c = this.skip();
      const c1 = this.src.charCodeAt(this.pos + 1);
      if (c === 34 || c === 123 || idStart(c)) {
        this.fail(
          `Argument definition required; A single-line block definition can contain only a single argument. If you meant to define argument "${name}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`,
          identStart,
        );
      }
      if (c !== 61 || c1 === 61 || c1 === 62) {
        this.fail(
          'Argument or block definition required; An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
          identStart,
        );
      }
      this.pos++;
      value = this.convert(this.expression(), out);
      if (this.soft !== softBefore && this.recovering) {
        // hclsyntax skips the rest of the line, then looks for the `}`.
        this.singleLineRecovery(this.pos, softBefore);
        throw this.soft!;
      }
    } catch (err) {
      if (err instanceof ParseFailure && err !== this.soft && !err.recovered) {
        this.singleLineRecovery(err.offset, softBefore);
      }
      throw err;
    }
    const close = this.skip();
    if (close !== 125) this.singleLineUnclosed(close, this.pos, softBefore);
    this.pos++;
    this.end = this.pos;
    this.addAttribute(out, name, identStart, value, place);
    this.failure = out.attributeFailure;
    return this.closeBody(out, sortedObject(this.names, this.values, out.base, this.attributeTop));
  }

  /** The error for a one-line block whose attribute is followed by `code` (at `at`) instead of `}`. */
  private singleLineUnclosed(code: number, at: number, softBefore: ParseFailure | undefined): never {
    // hclsyntax lists this before the errors inside the block (and after the ones before it).
    this.soft = softBefore;
    this.fail(
      code === 44
        ? 'Invalid single-argument block definition; Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.'
        : "Invalid single-argument block definition; An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
      at,
    );
  }

  /**
   * After an error inside a one-line block, hclsyntax skips to the end of the line and looks for
   * the block's `}`; when it finds a newline (a blank line, a line comment) or a comma instead,
   * it reports that first, before the error that sent it there.
   */
  private singleLineRecovery(offset: number, softBefore: ParseFailure | undefined): void {
    const src = this.src;
    const len = this.len;
    let depth = 0;
    let i = offset;
    for (; i < len; i++) {
      const c = src.charCodeAt(i);
      if (c === 40 || c === 91 || c === 123) depth++;
      else if (c === 41 || c === 93 || c === 125) {
        if (depth > 0) depth--;
      } else if (c === 10 && depth === 0) break;
      else if (c === 60 && src.charCodeAt(i + 1) === 60) {
        // A heredoc is one token to hclsyntax: its lines are not the newline it looks for.
        const m = /^<<-?([\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/u.exec(src.slice(i, i + 200));
        if (m) {
          let line = i + m[0].length;
          while (line < len && closingMarker(src, line, m[1]!, false) < 0) {
            const eol = src.indexOf('\n', line);
            line = eol < 0 ? len : eol + 1;
          }
          i = line < len ? closingMarker(src, line, m[1]!, false) - 1 : len;
        }
      }
    }
    i++;
    for (;;) {
      const c = src.charCodeAt(i);
      if (c === 32 || c === 9 || (c === 13 && src.charCodeAt(i + 1) === 10)) i++;
      else if (c === 47 && src.charCodeAt(i + 1) === 42) {
        const close = src.indexOf('*/', i + 2);
        if (close < 0) return;
        i = close + 2;
      } else break;
    }
    if (i >= len) return;
    const c = src.charCodeAt(i);
    // A line comment stands for its newline, when it has one.
    const lineComment = c === 35 || (c === 47 && src.charCodeAt(i + 1) === 47);
    if (c === 10 || c === 44 || (lineComment && src.indexOf('\n', i) >= 0)) {
      this.singleLineUnclosed(c === 44 ? 44 : 10, i, softBefore);
    }
  }

  /** A block label: a quoted string literal, escapes decoded, no template sequences. */
  private quotedLabel(): string {
    const open = this.pos;
    const tokens = this.templateTokens(open + 1, 'quoted', '', open);
    let label = '';
    for (const tok of tokens) {
      if (tok.kind !== TT.Literal) {
        const which = this.src.charAt(tok.start);
        this.fail(
          `Invalid string literal; Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`,
          tok.start,
        );
      }
      label += tok.text;
    }
    return label;
  }

  /**
   * hcl2json's body: blocks nested under their type and labels in source order, then the
   * attributes (an attribute wins over a block of the same name), keys sorted.
   */
  private finishBody(out: BodyOut): RawObject {
    const top = this.attributeTop;
    if (this.blockTop === out.blockBase) {
      this.failure = out.attributeFailure;
      return this.closeBody(out, sortedObject(this.names, this.values, out.base, top));
    }
    return this.closeBody(out, bodyObject(this.names, this.values, out.base, top, this.labelTree(out)));
  }

  /** Pops a finished body's share of the stacks. */
  private closeBody(out: BodyOut, body: RawObject): RawObject {
    this.attributeTop = out.base;
    this.blockTop = out.blockBase;
    return body;
  }

  /** The body's blocks by type and label, as Go's converter nests them; sets the body's failure. */
  private labelTree(out: BodyOut): LabelTree {
    const root: LabelTree = new Map();
    let failure: ParseFailure | undefined;
    for (let i = out.blockBase; i < this.blockTop; i++) {
      const block = this.blockStack[i]!;
      failure ??= block.failure;
      const shape = this.addBlock(root, block);
      failure ??= shape;
    }
    this.failure = failure ?? out.attributeFailure;
    return root;
  }

  /** Go's convertBlock: one object per label, then the body appended to the list at the end. */
  private addBlock(root: LabelTree, block: BlockEntry): ParseFailure | undefined {
    let node = root;
    let key = block.type;
    for (const label of block.labels) {
      const inner = node.get(key);
      if (inner === undefined) {
        const created: LabelTree = new Map();
        node.set(key, created);
        node = created;
      } else if (inner instanceof Map) {
        node = inner;
      } else {
        return new ParseFailure(
          `convert to HCL: convert file: convert body: convert block: Unable to convert Block to JSON: ${[block.type, ...block.labels].join('.')}`,
          -1,
        );
      }
      key = label;
    }
    const current = node.get(key);
    if (current === undefined) {
      node.set(key, [block.body]);
    } else if (Array.isArray(current)) {
      if (block.meta) block.meta.index = current.length;
      current.push(block.body);
    } else {
      return new ParseFailure(
        `convert to HCL: convert file: convert body: convert block: invalid HCL detected for "${key}" block, cannot have blocks with and without labels`,
        -1,
      );
    }
    return undefined;
  }

  // ---------------------------------------------------------------- expressions

  /** A full expression, conditional included. */
  private expression(): Res {
    if (++this.depth > MAX_DEPTH) this.fail('Invalid expression; nested too deeply', this.pos);
    this.skip();
    const start = this.pos;
    const condition = this.binary();
    if (this.skip() !== 63) {
      this.depth--;
      return condition;
    }
    const condEnd = this.end;
    this.pos++;
    const t = this.expression();
    if (this.skip() !== 58) {
      this.fail(
        'Missing false expression in conditional; The conditional operator (...?...:...) requires a false expression, delimited by a colon.',
        this.pos,
      );
    }
    this.pos++;
    const f = this.expression();
    this.depth--;
    return new Res(K.Conditional, start, this.end, '', '', t, f, start, condEnd);
  }

  /** Operands and binary operators; precedence changes no accepted input, so it is not kept. */
  private binary(): Res {
    const start = this.pos;
    let res = this.unary();
    for (;;) {
      const c = this.skip();
      const width = this.binaryOperator(c);
      if (width === 0) return res;
      this.pos += width;
      const saved = this.detail;
      this.detail = false;
      this.unary();
      this.detail = saved;
      res = new Res(K.Other, start, this.end);
    }
  }

  /** Width of the binary operator at the current position, 0 when there is none. */
  private binaryOperator(c: number): number {
    const c1 = this.src.charCodeAt(this.pos + 1);
    switch (c) {
      case 43: // +
      case 45: // -
      case 42: // *
      case 37: // %
        return 1;
      case 47: // / (comments are already skipped)
        return 1;
      case 61: // ==
        return c1 === 61 ? 2 : 0;
      case 33: // !=
        return c1 === 61 ? 2 : 0;
      case 60: // < <= (but not a heredoc)
        if (c1 === 61) return 2;
        return c1 === 60 ? 0 : 1;
      case 62: // > >=
        return c1 === 61 ? 2 : 1;
      case 38: // &&
        return c1 === 38 ? 2 : 0;
      case 124: // ||
        return c1 === 124 ? 2 : 0;
      default:
        return 0;
    }
  }

  /** `-x`, `!x` (nesting allowed: `--1`) or a term with its traversals. */
  private unary(): Res {
    const c = this.skip();
    if (c === 45 || (c === 33 && this.src.charCodeAt(this.pos + 1) !== 61)) {
      const start = this.pos;
      this.pos++;
      const saved = this.detail;
      this.detail = false;
      const operand = this.unary();
      this.detail = saved;
      if (operand.k !== K.Literal) return new Res(K.Other, start, this.end);
      return this.foldUnary(c === 45, operand, start);
    }
    return this.postfix(this.term());
  }

  /** hcl2json evaluates an operator applied to a literal, and fails where cty would. */
  private foldUnary(minus: boolean, operand: Res, start: number): Res {
    const value = operand.v;
    const fail = (message: string, offset: number): Res =>
      new Res(K.BadUnary, start, this.end, null, message, null, null, offset);
    if (value === null)
      return fail('Operation failed; Error during operation: argument must not be null.', start);
    if (minus) {
      if (typeof value !== 'number') {
        return fail('Invalid operand; Unsuitable value for unary operand: number required.', operand.s);
      }
      if (value === 0 || value === Infinity) this.jsonUnsafe = true;
      return new Res(K.Unary, start, this.end, -value);
    }
    if (typeof value === 'boolean') return new Res(K.Unary, start, this.end, !value);
    return fail('Invalid operand; Unsuitable value for unary operand: bool required.', operand.s);
  }

  private term(): Res {
    const c = this.skip();
    const start = this.pos;
    if (c < 128 && c >= 0 && (ASCII[c]! & DIGIT) !== 0) return this.number();
    if (idStart(c)) {
      const end = this.skipIdent();
      // A call first, as hclsyntax checks it: `null(1)` calls a function named null.
      const next = this.skip();
      if (next === 40 || (next === 58 && this.src.charCodeAt(this.pos + 1) === 58)) return this.call(start);
      const n = end - start;
      if (n === 4 || n === 5) {
        const src = this.src;
        if (src.startsWith('true', start) && n === 4) return new Res(K.Literal, start, end, true);
        if (src.startsWith('null', start) && n === 4) return new Res(K.Literal, start, end, null);
        if (src.startsWith('false', start) && n === 5) return new Res(K.Literal, start, end, false);
      }
      return new Res(K.Traversal, start, end);
    }
    switch (c) {
      case 34:
        return this.template(start);
      case 40: {
        const saved = this.nl;
        const savedDetail = this.detail;
        this.nl = false;
        this.detail = false;
        this.pos++;
        const softBefore = this.soft;
        this.expression();
        this.expect(
          41,
          'Unbalanced parentheses; Expected a closing parenthesis to terminate the expression.',
        );
        if (this.soft !== softBefore) this.recovering = true;
        this.nl = saved;
        this.detail = savedDetail;
        return new Res(K.Other, start, this.end);
      }
      case 91:
        return this.tuple(start);
      case 123:
        return this.object(start);
      case 60:
        if (this.src.charCodeAt(start + 1) === 60) return this.heredoc(start);
        break;
    }
    return this.noExpression();
  }

  /** hclsyntax's number token: digits, `.`, exponents, greedily, never ending in `.`. */
  private number(): Res {
    const src = this.src;
    const start = this.pos;
    const i = numberTokenEnd(src, start);
    const text = src.slice(start, i);
    if (!/^\d+(?:\.\d*)?(?:[eE][+-]?\d+)?$/.test(text)) {
      this.fail('Invalid number literal; Failed to recognize the value of this number literal.', start);
    }
    this.pos = i;
    this.end = i;
    const value = Number(text);
    if (value === Infinity) this.jsonUnsafe = true;
    return new Res(K.Literal, start, i, value);
  }

  /** `name(args)` or `provider::ns::name(args)`; the name is already read. */
  private call(start: number): Res {
    while (this.skip() === 58 && this.src.charCodeAt(this.pos + 1) === 58) {
      this.pos += 2;
      if (!idStart(this.skip()))
        this.fail('Invalid function name; Expected a function name after "::".', this.pos);
      this.skipIdent();
    }
    if (this.skip() !== 40)
      this.fail(
        'Missing open parenthesis; Function selector must be followed by an open parenthesis to begin the function call.',
        this.pos,
      );
    this.pos++;
    const saved = this.nl;
    const savedDetail = this.detail;
    this.nl = false;
    this.detail = false;
    for (;;) {
      if (this.skip() === 41) break;
      this.expression();
      const sep = this.skip();
      if (sep === 41) break;
      if (sep === 46 && this.src.startsWith('...', this.pos)) {
        this.pos += 3;
        if (this.skip() !== 41) {
          this.fail(
            'Missing closing parenthesis; An expanded function argument (with ...) must be immediately followed by closing parentheses.',
            this.pos,
          );
        }
        break;
      }
      if (sep === -1) {
        this.fail(
          'Unterminated function call; There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.',
          start,
        );
      }
      if (sep !== 44)
        this.fail(
          'Missing argument separator; A comma is required to separate each function argument from the next.',
          this.pos,
        );
      this.pos++;
    }
    this.pos++;
    this.end = this.pos;
    this.nl = saved;
    this.detail = savedDetail;
    return new Res(K.Other, start, this.end);
  }

  /**
   * An index or splat without its `]`. hclsyntax skips the token found instead, then ahead to
   * the matching `]` (or the end of the file), and reports the error there.
   */
  private indexUnclosed(message: string): never {
    const src = this.src;
    const len = this.len;
    // Past the unexpected token (a newline counts as one).
    let i = this.pos;
    const c = src.charCodeAt(i);
    if (idStart(c) || isDigit(c)) {
      while (i < len && idContinue(src.charCodeAt(i))) i++;
    } else if (i < len) i++;
    let nest = 0;
    // Brackets in strings count too: rare, and this may start inside one (an interpolation).
    while (i < len) {
      const d = src.charCodeAt(i);
      if (d === 35 || (d === 47 && src.charCodeAt(i + 1) === 47)) {
        while (i < len && src.charCodeAt(i) !== 10) i++;
      } else if (d === 47 && src.charCodeAt(i + 1) === 42) {
        const close = src.indexOf('*/', i + 2);
        i = close < 0 ? len : close + 2;
      } else if (d === 91) {
        nest++;
        i++;
      } else if (d === 93) {
        if (nest === 0) break;
        nest--;
        i++;
      } else i++;
    }
    this.fail(message, Math.min(i, len));
  }

  /** Traversal steps after a term: `.name`, `.0`, `[key]`, `[*]`, `.*`. */
  private postfix(base: Res): Res {
    let steps = false;
    let isStatic = base.k === K.Traversal;
    /** After `.*`, until an index step: only attribute steps, and no second splat. */
    let attrSplat = false;
    const src = this.src;
    for (;;) {
      const c = this.skip();
      if (c === 46 && src.charCodeAt(this.pos + 1) !== 46) {
        this.pos++;
        const n = this.skip();
        if (isDigit(n)) {
          const i = numberTokenEnd(src, this.pos);
          // hclsyntax scans `0.1` in `x.0.1` as one number token, reports it and parses on.
          if (src.slice(this.pos, i).includes('.')) {
            this.soft ??= new ParseFailure(
              'Invalid legacy index syntax; When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like [0][1].',
              this.pos,
            );
          }
          this.pos = i;
          this.end = i;
        } else if (idStart(n)) {
          this.skipIdent();
        } else if (n === 42) {
          if (attrSplat) {
            this.fail(
              'Nested splat expression not allowed; A splat expression (*) cannot be used inside another attribute-only splat expression.',
              this.pos,
            );
          }
          this.pos++;
          this.end = this.pos;
          isStatic = false;
          attrSplat = true;
        } else {
          this.fail('Invalid attribute name; An attribute name is required after a dot.', this.pos);
        }
      } else if (c === 91) {
        attrSplat = false;
        this.pos++;
        // hclsyntax looks for `*` and its `]` in the surrounding newline mode, for a key in none.
        if (this.skip() === 42) {
          this.pos++;
          if (this.skip() !== 93) {
            this.indexUnclosed(
              'Missing close bracket on splat index; The star for a full splat operator must be immediately followed by a closing bracket ("]").',
            );
          }
          this.pos++;
          this.end = this.pos;
          isStatic = false;
        } else {
          const saved = this.nl;
          const savedDetail = this.detail;
          this.nl = false;
          this.detail = false;
          const key = this.expression();
          if (this.skip() !== 93) {
            this.indexUnclosed(
              'Missing close bracket on index; The index operator must end with a closing bracket ("]").',
            );
          }
          this.pos++;
          this.end = this.pos;
          // A literal key is a traversal step; anything else makes an index expression.
          if (key.k !== K.Literal && key.k !== K.StringLit) isStatic = false;
          this.nl = saved;
          this.detail = savedDetail;
        }
      } else {
        return steps ? new Res(isStatic ? K.Traversal : K.Other, base.s, this.end) : base;
      }
      steps = true;
    }
  }

  private tuple(start: number): Res {
    this.pos++;
    const saved = this.nl;
    this.nl = false;
    if (this.skip() !== -1 && this.atKeyword('for')) {
      this.forExpression(false);
      this.nl = saved;
      return new Res(K.Other, start, this.end);
    }
    const items: Res[] | null = this.detail ? [] : null;
    for (;;) {
      if (this.skip() === 93) break;
      const item = this.expression();
      if (items) items.push(item);
      const sep = this.skip();
      if (sep === 93) break;
      if (sep === -1) {
        this.fail(
          'Unterminated tuple constructor expression; There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.',
          start,
        );
      }
      if (sep !== 44)
        this.fail(
          'Missing item separator; Expected a comma to mark the beginning of the next item.',
          this.pos,
        );
      this.pos++;
    }
    this.pos++;
    this.end = this.pos;
    this.nl = saved;
    return new Res(K.Tuple, start, this.end, null, '', null, null, 0, 0, items);
  }

  private object(start: number): Res {
    this.pos++;
    const saved = this.nl;
    // `for` is looked for across newlines: for expressions are not newline-sensitive.
    if (this.skipAll() !== -1 && this.atKeyword('for')) {
      this.nl = false;
      this.forExpression(true);
      this.nl = saved;
      return new Res(K.Other, start, this.end);
    }
    this.nl = true;
    const list: Res[] | null = this.detail ? [] : null;
    for (;;) {
      let c = this.skip();
      while (c === 10) {
        this.pos++;
        c = this.skip();
      }
      if (c === 125) break;
      const key = this.expression();
      const eq = this.skip();
      if (eq !== 61 && eq !== 58) {
        if (eq === 10 || eq === 44) {
          this.fail(
            'Missing attribute value; Expected an attribute value, introduced by an equals sign ("=").',
            this.pos,
          );
        }
        if (eq === -1) {
          this.fail(
            'Unterminated object constructor expression; There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
            start,
          );
        }
        this.fail(
          'Missing key/value separator; Expected an equals sign ("=") to mark the beginning of the attribute value.',
          this.pos,
        );
      }
      // `=>` and `==` are not separators.
      const e1 = this.src.charCodeAt(this.pos + 1);
      if (eq === 61 && (e1 === 61 || e1 === 62)) {
        this.fail(
          'Missing key/value separator; Expected an equals sign ("=") to mark the beginning of the attribute value.',
          this.pos,
        );
      }
      this.pos++;
      const value = this.expression();
      if (list) list.push(key, value);
      const sep = this.skip();
      if (sep === 125) break;
      if (sep === -1) {
        this.fail(
          'Unterminated object constructor expression; There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.',
          start,
        );
      }
      if (sep !== 44 && sep !== 10) {
        this.fail(
          'Missing attribute separator; Expected a newline or comma to mark the beginning of the next attribute.',
          this.pos,
        );
      }
      this.pos++;
    }
    this.pos++;
    this.end = this.pos;
    this.nl = saved;
    return new Res(K.Object, start, this.end, null, '', null, null, 0, 0, list);
  }

  /** After `[` or `{` when `for` follows; newlines are not tokens inside. */
  private forExpression(isObject: boolean): void {
    const savedDetail = this.detail;
    this.detail = false;
    this.forParts(isObject);
    this.detail = savedDetail;
  }

  private forParts(isObject: boolean): void {
    this.skipIdent(); // for
    if (!idStart(this.skip())) {
      this.fail("Invalid 'for' expression; For expression requires variable name after 'for'.", this.pos);
    }
    this.skipIdent();
    if (this.skip() === 44) {
      this.pos++;
      if (!idStart(this.skip())) {
        this.fail(
          "Invalid 'for' expression; For expression requires value variable name after comma.",
          this.pos,
        );
      }
      this.skipIdent();
    }
    if (this.skip() === -1 || !this.atKeyword('in')) {
      this.fail(
        "Invalid 'for' expression; For expression requires the 'in' keyword after its name declarations.",
        this.pos,
      );
    }
    this.skipIdent();
    this.expression();
    this.expect(
      58,
      "Invalid 'for' expression; For expression requires a colon after the collection expression.",
    );
    const first = this.expression();
    let key: Res | null = null;
    if (this.skip() === 61 && this.src.charCodeAt(this.pos + 1) === 62) {
      this.pos += 2;
      key = first;
      this.expression();
    }
    let ellipsis = -1;
    if (this.skip() === 46 && this.src.startsWith('...', this.pos)) {
      ellipsis = this.pos;
      this.pos += 3;
      this.end = this.pos;
    }
    if (this.skip() !== -1 && this.atKeyword('if')) {
      this.skipIdent();
      this.expression();
    }
    this.expect(
      isObject ? 125 : 93,
      "Invalid 'for' expression; Extra characters after the end of the 'for' expression.",
    );
    if (!isObject && key) {
      this.fail("Invalid 'for' expression; Key expression is not valid when building a tuple.", key.s);
    }
    if (!isObject && ellipsis >= 0) {
      this.fail(
        "Invalid 'for' expression; Grouping ellipsis (...) cannot be used when building a tuple.",
        ellipsis,
      );
    }
    if (isObject && !key) {
      this.fail("Invalid 'for' expression; Key expression is required when building an object.", first.s);
    }
  }

  // ---------------------------------------------------------------- conversion

  /** An attribute's value; a conversion failure is kept for the body. */
  private convert(r: Res, out: BodyOut): RawValue {
    this.valueFailure = undefined;
    const value = this.value(r);
    out.attributeFailure ??= this.valueFailure;
    return value;
  }

  /** The value hcl2json gives an attribute or a converted element. */
  private value(r: Res): RawValue {
    switch (r.k) {
      case K.Literal:
      case K.Unary:
        return r.v;
      case K.Tuple: {
        const list = r.list!;
        const out: RawValue[] = new Array<RawValue>(list.length);
        for (let i = 0; i < list.length; i++) out[i] = this.value(list[i]!);
        return out;
      }
      case K.Object: {
        const list = r.list!;
        const keys: string[] = [];
        const values: RawValue[] = [];
        // Go converts each key, then its value, in source order.
        for (let i = 0; i < list.length; i += 2) {
          keys.push(this.keyText(list[i]!));
          values.push(this.value(list[i + 1]!));
        }
        return sortedObject(keys, values);
      }
      case K.Template:
      case K.StringLit:
        return r.str;
      case K.Wrap:
        return this.value(r.t!);
      case K.BadUnary:
        this.valueFailure ??= new ParseFailure(r.str, r.cs);
        return null;
      default:
        return '${' + this.rangeSource(r.s, r.e) + '}';
    }
  }

  /** An expression inside a template or an object key: text, not a JSON value. */
  private stringPart(r: Res): string {
    switch (r.k) {
      case K.Literal:
        return typeof r.v === 'number' ? decimalString(this.src.slice(r.s, r.e)) : String(r.v);
      case K.Template:
      case K.StringLit:
        return r.str;
      case K.Wrap:
        return this.stringPart(r.t!);
      case K.Conditional: {
        let out = '%{if ' + this.rangeSource(r.cs, r.ce) + '}' + this.stringPart(r.t!);
        const otherwise = this.stringPart(r.f!);
        if (otherwise.length > 0) out += '%{else}' + otherwise;
        return out + '%{endif}';
      }
      default:
        return '${' + this.rangeSource(r.s, r.e) + '}';
    }
  }

  /** A bare name or static traversal key is its source; anything else a string part. */
  private keyText(r: Res): string {
    // A traversal never starts with `(`: a parenthesised key is an expression, as hclsyntax has it.
    if (r.k === K.Traversal) {
      const end = this.src.charCodeAt(r.e) === 41 ? r.e + 1 : r.e;
      return intern(this.src, r.s, end);
    }
    return this.stringPart(r);
  }

  /** The source of a range, with hcl2json's habit of taking one following `)` along. */
  private rangeSource(start: number, end: number): string {
    return this.src.slice(start, this.src.charCodeAt(end) === 41 ? end + 1 : end);
  }

  // ---------------------------------------------------------------- templates

  /** A quoted template at `"`. */
  private template(start: number): Res {
    const src = this.src;
    // Plain text (no escapes, sequences or newlines) is most strings: slice it directly.
    let i = start + 1;
    for (;;) {
      const c = src.charCodeAt(i);
      if (c === 34) {
        this.pos = i + 1;
        this.end = this.pos;
        return new Res(K.StringLit, start, this.pos, '', escapeLiteral(src.slice(start + 1, i)));
      }
      if (c === 92 || c === 36 || c === 37 || c === 10 || c === 13 || i >= this.len) break;
      i++;
    }
    const tokens = this.templateTokens(start + 1, 'quoted', '', start);
    return this.templateResult(tokens, start);
  }

  /** `<<EOT` or `<<-EOT` at `<<`. */
  private heredoc(start: number): Res {
    const src = this.src;
    let i = start + 2;
    const flush = src.charCodeAt(i) === 45;
    if (flush) i++;
    const nameStart = i;
    if (!idStart(src.charCodeAt(i))) this.noExpression();
    while (i < this.len && idContinue(src.charCodeAt(i))) i++;
    const marker = src.slice(nameStart, i);
    if (src.charCodeAt(i) === 13) i++;
    if (src.charCodeAt(i) !== 10) this.noExpression();
    const plain = this.plainHeredoc(i + 1, marker, flush, start);
    if (plain !== null) return plain;
    const tokens = this.templateTokens(i + 1, flush ? 'flush' : 'heredoc', marker, start);
    if (flush) flushIndent(tokens);
    return this.templateResult(tokens, start);
  }

  /**
   * A heredoc without `$` or `%` (most are: policies, scripts): its text is its lines, less their
   * common indentation for `<<-`, taken without a token per line. Null when templateTokens must
   * decide: a template sequence (or its escape), or no closing marker.
   */
  private plainHeredoc(from: number, marker: string, flush: boolean, start: number): Res | null {
    const src = this.src;
    let line = from;
    // The least indentation of the lines that are not whitespace only, as flushIndent counts it.
    let min = Number.MAX_SAFE_INTEGER;
    for (;;) {
      const markerEnd = closingMarker(src, line, marker, false);
      if (markerEnd >= 0) {
        this.templateEnd = line;
        this.pos = markerEnd;
        this.end = markerEnd;
        break;
      }
      const newline = src.indexOf('\n', line);
      if (newline < 0) return null;
      for (let k = line; k < newline; k++) {
        const c = src.charCodeAt(k);
        if (c === 36 || c === 37) return null;
      }
      if (flush) {
        let n = line;
        while (n <= newline && isSpaceCode(src.charCodeAt(n))) n++;
        if (n <= newline && n - line < min) min = n - line;
      }
      line = newline + 1;
    }
    const end = this.templateEnd;
    let text: string;
    if (!flush || min === 0 || min === Number.MAX_SAFE_INTEGER) text = src.slice(from, end);
    else {
      text = '';
      for (let at = from; at < end;) {
        const next = src.indexOf('\n', at) + 1;
        let n = at;
        while (n < next && isSpaceCode(src.charCodeAt(n))) n++;
        text += src.slice(n === next ? at : at + min, next);
        at = next;
      }
    }
    return new Res(K.StringLit, start, this.end, '', escapeLiteral(text));
  }

  /**
   * Scans template text from `from` to its end (closing quote or heredoc marker), leaving
   * `pos` after it. Literal tokens are split after each newline, as hclsyntax's scanner splits
   * them: strip markers and `<<-` act on whole tokens.
   */
  private templateTokens(
    from: number,
    mode: 'quoted' | 'heredoc' | 'flush',
    marker: string,
    openStart: number,
  ): TemplateToken[] {
    const src = this.src;
    const len = this.len;
    const quoted = mode === 'quoted';
    const tokens: TemplateToken[] = [];
    let lit = '';
    let litStart = from;
    let segStart = from;
    let hasLit = false;
    let ltrimNext = false;
    let i = from;
    let lineStart = !quoted;
    const closeLiteral = (end: number): void => {
      if (end > segStart) {
        lit += src.slice(segStart, end);
        hasLit = true;
      }
      if (hasLit) {
        tokens.push({
          kind: TT.Literal,
          text: ltrimNext ? trimLeftSpace(lit) : lit,
          start: litStart,
          res: null,
          vars: '',
        });
        lit = '';
        hasLit = false;
      }
      ltrimNext = false;
    };
    for (;;) {
      if (lineStart) {
        lineStart = false;
        const markerEnd = closingMarker(src, i, marker, false);
        if (markerEnd >= 0) {
          this.templateEnd = i;
          closeLiteral(i);
          this.pos = markerEnd;
          this.end = markerEnd;
          return tokens;
        }
      }
      if (i >= len) {
        // hclsyntax reports a heredoc at the end of the file, a quoted string at its opening quote.
        this.fail(
          'Unterminated template string; No closing marker was found for the string.',
          quoted ? openStart : len,
        );
      }
      const c = src.charCodeAt(i);
      if (c === 36 || c === 37) {
        const c1 = src.charCodeAt(i + 1);
        if (c1 === 123) {
          closeLiteral(i);
          i = this.sequence(i, c === 37, tokens);
          ltrimNext = this.stripNext;
          segStart = i;
          litStart = i;
          continue;
        }
        if (c1 === c && src.charCodeAt(i + 2) === 123) {
          // `$${` and `%%{` are literal `${` and `%{`.
          lit += src.slice(segStart, i) + (c === 36 ? '${' : '%{');
          hasLit = true;
          i += 3;
          segStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === 10 || (c === 13 && quoted)) {
        if (quoted)
          this.fail('Invalid multi-line string; Quoted strings may not be split over multiple lines.', i);
        i++;
        closeLiteral(i);
        segStart = i;
        litStart = i;
        lineStart = true;
        continue;
      }
      if (quoted && c === 34) {
        this.templateEnd = i;
        closeLiteral(i);
        this.pos = i + 1;
        this.end = this.pos;
        return tokens;
      }
      if (quoted && c === 92) {
        const [decoded, width] = this.escape(i);
        lit += src.slice(segStart, i) + decoded;
        hasLit = true;
        i += width;
        segStart = i;
        continue;
      }
      i++;
    }
  }

  private stripNext = false;
  /** Where the template just scanned ends: its closing quote, or the line of its heredoc marker. */
  private templateEnd = 0;

  /** `${ ... }` or `%{ ... }` at `at`; returns the offset after its closing brace. */
  private sequence(at: number, directive: boolean, tokens: TemplateToken[]): number {
    let pos = at + 2;
    if (this.src.charCodeAt(pos) === 126) {
      pos++;
      const prev = tokens[tokens.length - 1];
      if (prev && prev.kind === TT.Literal) prev.text = trimRightSpace(prev.text);
    }
    this.pos = pos;
    const saved = this.nl;
    this.nl = false;
    let token: TemplateToken;
    if (!directive) {
      const res = this.expression();
      token = { kind: TT.Interp, text: '', start: at, res, vars: '' };
    } else {
      token = this.directive(at);
    }
    let c = this.skip();
    let strip = false;
    if (c === 126 && this.src.charCodeAt(this.pos + 1) === 125) {
      strip = true;
      this.pos++;
      c = 125;
    }
    if (c === -1) {
      this.fail(
        `Unclosed template ${directive ? 'directive' : 'interpolation'} sequence; There is no closing brace for this ${directive ? 'directive' : 'interpolation'} sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.`,
        at,
      );
    }
    if (c !== 125) {
      this.fail(
        directive
          ? 'Invalid template directive; A template directive must end with a closing brace ("}").'
          : 'Invalid template interpolation; Expected a closing brace to end the interpolation expression, but found extra characters.',
        this.pos,
      );
    }
    this.pos++;
    this.end = this.pos;
    this.nl = saved;
    tokens.push(token);
    this.stripNext = strip;
    return this.pos;
  }

  private directive(at: number): TemplateToken {
    const c = this.skip();
    const word = idStart(c) ? this.ident() : '';
    switch (word) {
      case 'if': {
        const cond = this.expression();
        return { kind: TT.If, text: this.rangeSource(cond.s, cond.e), start: at, res: null, vars: '' };
      }
      case 'else':
        return { kind: TT.Else, text: '', start: at, res: null, vars: '' };
      case 'endif':
        return { kind: TT.EndIf, text: '', start: at, res: null, vars: '' };
      case 'endfor':
        return { kind: TT.EndFor, text: '', start: at, res: null, vars: '' };
      case 'for': {
        if (!idStart(this.skip()))
          this.fail(
            'Invalid template directive; For directive requires variable name after "for".',
            this.pos,
          );
        let vars = this.ident();
        if (this.skip() === 44) {
          this.pos++;
          if (!idStart(this.skip()))
            this.fail(
              'Invalid template directive; For directive requires value variable name after comma.',
              this.pos,
            );
          vars += ', ' + this.ident();
        }
        if (this.skip() === -1 || !this.atKeyword('in')) {
          this.fail(
            'Invalid template directive; For directive requires the "in" keyword after its name declarations.',
            this.pos,
          );
        }
        this.skipIdent();
        const coll = this.expression();
        return { kind: TT.For, text: this.rangeSource(coll.s, coll.e), start: at, res: null, vars };
      }
      default:
        return this.fail(
          'Invalid template control keyword; "' + word + '" is not a valid template control keyword.',
          this.pos,
        );
    }
  }

  /** The converted template: one interpolation alone stays an expression, else template text. */
  private templateResult(tokens: TemplateToken[], start: number): Res {
    // Consecutive literals meld into one, as hclsyntax melds them.
    let n = 0;
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k]!;
      const prev = n > 0 ? tokens[n - 1]! : undefined;
      if (tok.kind === TT.Literal && prev && prev.kind === TT.Literal) prev.text += tok.text;
      else tokens[n++] = tok;
    }
    tokens.length = n;
    if (n === 1 && tokens[0]!.kind === TT.Interp) {
      return new Res(K.Wrap, start, this.end, '', '', tokens[0]!.res);
    }
    // No parts at all is hclsyntax's empty string literal.
    if (n === 0) return new Res(K.StringLit, start, this.end, '', '');
    if (n === 1 && tokens[0]!.kind === TT.Literal) {
      return new Res(K.StringLit, start, this.end, '', escapeLiteral(tokens[0]!.text));
    }
    return new Res(K.Template, start, this.end, '', this.renderTokens(tokens, { at: 0 }, null));
  }

  /** Renders tokens until a closer in `closers` (consumed), checking directive balance. */
  private renderTokens(tokens: TemplateToken[], nest: { at: number }, closers: readonly TT[] | null): string {
    let out = '';
    while (nest.at < tokens.length) {
      const tok = tokens[nest.at++]!;
      switch (tok.kind) {
        case TT.Literal:
          out += escapeLiteral(tok.text);
          break;
        case TT.Interp:
          out += this.stringPart(tok.res!);
          break;
        case TT.If: {
          const then = this.renderTokens(tokens, nest, [TT.Else, TT.EndIf]);
          let otherwise = '';
          if (tokens[nest.at - 1]!.kind === TT.Else) otherwise = this.renderTokens(tokens, nest, [TT.EndIf]);
          out +=
            '%{if ' +
            tok.text +
            '}' +
            then +
            (otherwise.length > 0 ? '%{else}' + otherwise : '') +
            '%{endif}';
          break;
        }
        case TT.For:
          out +=
            '%{for ' +
            tok.vars +
            ' in ' +
            tok.text +
            '}' +
            this.renderTokens(tokens, nest, [TT.EndFor]) +
            '%{endfor}';
          break;
        default:
          if (closers?.includes(tok.kind)) return out;
          this.fail(
            `Unexpected ${directiveName(tok.kind)} directive; The ${directiveName(tok.kind)} directive is not expected here.`,
            tok.start,
          );
      }
    }
    if (closers) {
      // Reported at the template's end, as hclsyntax does.
      this.fail(
        `Unexpected end of template; The ${closers.includes(TT.EndFor) ? 'for' : 'if'} directive is missing its corresponding ${closers.includes(TT.EndFor) ? 'endfor' : 'endif'} directive.`,
        this.templateEnd,
      );
    }
    return out;
  }

  /** A backslash escape in a quoted template: the decoded text and the source width. */
  private escape(i: number): [string, number] {
    const src = this.src;
    const e = src.charCodeAt(i + 1);
    switch (e) {
      case 110:
        return ['\n', 2];
      case 114:
        return ['\r', 2];
      case 116:
        return ['\t', 2];
      case 34:
        return ['"', 2];
      case 92:
        return ['\\', 2];
      case 117:
      case 85: {
        const digits = e === 117 ? 4 : 8;
        const hex = src.slice(i + 2, i + 2 + digits);
        const cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : -1;
        if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
          this.fail(
            'Invalid escape sequence; The \\u escape sequence must be followed by four hexadecimal digits.',
            i,
          );
        }
        return [String.fromCodePoint(cp), 2 + digits];
      }
      default:
        return this.fail(
          `Invalid escape sequence; The symbol "${src.charAt(i + 1)}" is not a valid escape sequence selector.`,
          i,
        );
    }
  }
}

/** End of hclsyntax's number token at `start` (a digit): digits, `.`, exponents, greedily, never ending in `.`. */
function numberTokenEnd(src: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const c = src.charCodeAt(i);
    if (isDigit(c) || c === 46) i++;
    else if (c === 101 || c === 69) {
      const s = src.charCodeAt(i + 1);
      if (isDigit(s)) i += 2;
      else if ((s === 43 || s === 45) && isDigit(src.charCodeAt(i + 2))) i += 3;
      else break;
    } else break;
  }
  while (src.charCodeAt(i - 1) === 46) i--;
  return i;
}

function directiveName(kind: TT): string {
  return kind === TT.Else ? 'else' : kind === TT.EndIf ? 'endif' : kind === TT.EndFor ? 'endfor' : 'template';
}

/**
 * `<<-` heredocs: remove the smallest leading-whitespace width from every line-leading literal.
 * As hclsyntax: whitespace-only lines neither count nor get trimmed, and a line starting with an
 * interpolation or directive counts as zero indentation.
 */
function flushIndent(tokens: TemplateToken[]): void {
  let min = Number.MAX_SAFE_INTEGER;
  let atLineStart = true;
  const adjust: TemplateToken[] = [];
  for (const tok of tokens) {
    if (atLineStart) {
      atLineStart = false;
      let spaces = 0;
      if (tok.kind === TT.Literal) {
        const value = tok.text;
        let n = 0;
        while (n < value.length && isSpaceCode(value.charCodeAt(n))) n++;
        if (n === value.length && value.endsWith('\n')) spaces = Number.MAX_SAFE_INTEGER;
        else {
          spaces = n;
          adjust.push(tok);
        }
      }
      if (spaces < min) min = spaces;
    }
    if (tok.kind === TT.Literal && tok.text.endsWith('\n')) atLineStart = true;
  }
  if (min === Number.MAX_SAFE_INTEGER || min === 0) return;
  for (const tok of adjust) tok.text = tok.text.slice(min);
}

/** A body's JSON: its blocks' label tree, then its attributes (an attribute wins over blocks of its name). */
function bodyObject(
  names: readonly string[],
  values: readonly RawValue[],
  from: number,
  to: number,
  root: LabelTree,
): RawObject {
  if (root.size === 0) return sortedObject(names, values, from, to);
  const keys: string[] = [];
  const merged: RawValue[] = [];
  for (const [key, node] of root) {
    keys.push(key);
    merged.push(labelTreeValue(node));
  }
  for (let i = from; i < to; i++) {
    const at = keys.indexOf(names[i]!);
    if (at >= 0) merged[at] = values[i]!;
    else {
      keys.push(names[i]!);
      merged.push(values[i]!);
    }
  }
  return sortedObject(keys, merged);
}

function labelTreeValue(node: LabelTree | RawObject[]): RawValue {
  if (Array.isArray(node)) return node;
  const keys: string[] = [];
  const values: RawValue[] = [];
  for (const [key, child] of node) {
    keys.push(key);
    values.push(labelTreeValue(child));
  }
  return sortedObject(keys, values);
}
