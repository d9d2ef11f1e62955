/**
 * An incremental JSON scanner over UTF-8 byte chunks, for plans too large to hold as one string
 * (V8 strings stop at ~512 MB) or too large to hold twice (text and tree) within a CI runner's
 * memory.
 *
 * It walks the structure the caller wants to walk (`descend`: the top-level object, the module
 * trees, the big arrays) and hands every other value over whole, as the bytes it was written
 * with (`value`), so the caller parses each element with the native JSON.parse: the per-byte
 * work in JavaScript is only finding where values end, which is what keeps this close to a
 * plain JSON.parse in speed. Structure it walks is validated here; values it hands over are
 * validated by whoever parses them.
 */

import { jsonErrorOffset } from '../json-error.js';

export type JsonPath = readonly (string | number)[];

export interface JsonStreamHandler {
  /** Whether to walk into the object or array starting at `path` (else it is handed over whole). */
  descend(path: JsonPath, kind: 'object' | 'array'): boolean;
  /** A walked container starts, at `offset`. */
  enter?(path: JsonPath, kind: 'object' | 'array', offset: number): void;
  /** A walked container ends. */
  leave?(path: JsonPath, kind: 'object' | 'array'): void;
  /**
   * A value handed over whole: its bytes (valid JSON when the input is) and where it starts.
   * `bytes` may be a view into the current chunk: copy it to keep it.
   */
  value(path: JsonPath, bytes: Buffer, at: Position): void;
}

/** A place in the input: byte offset, 1-based line, 1-based column (in bytes). */
export interface Position {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/** Where the input stops being JSON, by byte offset, line and (byte) column. */
export class JsonStreamError extends Error {
  constructor(
    readonly offset: number,
    readonly line: number,
    readonly column: number,
    /** True when the input ended before the JSON did. */
    readonly atEnd: boolean,
  ) {
    super(`${atEnd ? 'unexpected end of input' : 'unexpected character'} at line ${line}, column ${column}`);
  }
}

const enum B {
  Tab = 0x09,
  LF = 0x0a,
  CR = 0x0d,
  Space = 0x20,
  Quote = 0x22,
  Comma = 0x2c,
  Colon = 0x3a,
  LBracket = 0x5b,
  Backslash = 0x5c,
  RBracket = 0x5d,
  LBrace = 0x7b,
  RBrace = 0x7d,
}

const enum State {
  /** A value must come (after `:`, after `,` in an array, at the top). */
  Value,
  /** Just after `[`: a value or `]`. */
  FirstValue,
  /** After a value: `,` or the closing bracket of the container. */
  AfterValue,
  /** Just after `{`: a key or `}`. */
  FirstKey,
  /** After `,` in an object: a key. */
  Key,
  /** Inside a key's string. */
  KeyString,
  /** After a key: `:`. */
  Colon,
  /** Inside a value handed over whole. */
  Capture,
  /** The top-level value is complete: only whitespace may follow. */
  Done,
}

const enum Capture {
  /** An object or array: ends when its brackets balance. */
  Container,
  /** A string: ends at its closing quote. */
  String,
  /** A number or literal: ends before the next delimiter (or at the end of input). */
  Scalar,
}

interface Frame {
  readonly kind: 'object' | 'array';
  /** Next array index, or the key being read in an object. */
  index: number;
}

const keyDecoder = new TextDecoder('utf-8', { fatal: true });

function isSpace(c: number): boolean {
  return c === B.Space || c === B.LF || c === B.CR || c === B.Tab;
}

function isDelimiter(c: number): boolean {
  return isSpace(c) || c === B.Comma || c === B.RBracket || c === B.RBrace;
}

export class JsonStreamScanner {
  private state: State = State.Value;
  private readonly frames: Frame[] = [];
  private readonly path: (string | number)[] = [];
  /** Absolute offset of the current chunk's first byte. */
  private base = 0;
  // Line counting, lazily and monotonically: newlines before `countedTo` are in `line`.
  private line = 1;
  private countedTo = 0;
  private lastNewline = -1;
  /** Absolute offset of the next newline at or after `countedTo` in this chunk (Infinity: none). */
  private nextNewline = -1;
  // The value being handed over whole.
  private captureKind: Capture = Capture.Container;
  private captureDepth = 0;
  private captureStart = 0;
  private captureLine = 1;
  private captureColumn = 1;
  private captureInString = false;
  private readonly pieces: Buffer[] = [];
  /** Bytes to skip at the start of the next chunk (the escaped byte after a chunk-final `\`). */
  private carry = 0;
  // The key being read (bytes may span chunks).
  private readonly keyPieces: Buffer[] = [];
  private keyStart = 0;
  private keyEscaped = false;
  private sawAnything = false;

  constructor(private readonly handler: JsonStreamHandler) {}

  /** Feeds the next chunk. Throws JsonStreamError where the input stops being JSON. */
  write(chunk: Buffer): void {
    const n = chunk.length;
    let i = 0;
    if (this.carry > 0) {
      i = Math.min(this.carry, n);
      this.carry -= i;
    }
    while (i < n) {
      switch (this.state) {
        case State.Capture:
          i = this.continueCapture(chunk, i);
          break;
        case State.KeyString:
          i = this.continueKey(chunk, i);
          break;
        default: {
          const c = chunk[i] as number;
          if (isSpace(c)) {
            i++;
            continue;
          }
          i = this.structural(chunk, i, c);
        }
      }
    }
    // Pieces of a value or key that continues in the next chunk are kept; the chunk is not.
    if (this.state === State.Capture) {
      const from = Math.max(0, this.captureStart - this.base);
      this.pieces.push(Buffer.from(chunk.subarray(from)));
    } else if (this.state === State.KeyString) {
      const from = Math.max(0, this.keyStart - this.base);
      this.keyPieces.push(Buffer.from(chunk.subarray(from)));
    }
    this.countLinesTo(chunk, n);
    this.base += n;
    this.nextNewline = -1;
  }

  /** Whether anything but whitespace was read. */
  get started(): boolean {
    return this.sawAnything;
  }

  /** Ends the input. Throws JsonStreamError when the JSON is incomplete. */
  end(): void {
    if (this.state === State.Capture && this.captureKind === Capture.Scalar && this.frames.length === 0) {
      this.finishCapture(Buffer.alloc(0), 0);
    }
    if (this.state !== State.Done) {
      if (!this.sawAnything) throw new JsonStreamError(this.base, this.line, 1, true);
      throw this.error(undefined, this.base, true);
    }
  }

  private structural(chunk: Buffer, i: number, c: number): number {
    this.sawAnything = true;
    switch (this.state) {
      case State.Done:
        throw this.error(chunk, this.base + i, false);
      case State.Colon:
        if (c !== B.Colon) throw this.error(chunk, this.base + i, false);
        this.state = State.Value;
        return i + 1;
      case State.FirstKey:
      case State.Key:
        if (c === B.RBrace && this.state === State.FirstKey) return this.close(chunk, i, 'object');
        if (c !== B.Quote) throw this.error(chunk, this.base + i, false);
        this.state = State.KeyString;
        this.keyStart = this.base + i + 1;
        this.keyEscaped = false;
        return i + 1;
      case State.AfterValue: {
        const frame = this.frames[this.frames.length - 1];
        if (!frame) throw this.error(chunk, this.base + i, false);
        if (c === B.Comma) {
          this.path.pop();
          if (frame.kind === 'array') {
            frame.index++;
            this.state = State.Value;
          } else this.state = State.Key;
          return i + 1;
        }
        if (c === B.RBrace && frame.kind === 'object') {
          this.path.pop();
          return this.close(chunk, i, 'object');
        }
        if (c === B.RBracket && frame.kind === 'array') {
          this.path.pop();
          return this.close(chunk, i, 'array');
        }
        throw this.error(chunk, this.base + i, false);
      }
      case State.FirstValue:
        if (c === B.RBracket) return this.close(chunk, i, 'array');
        this.path.push(0);
        return this.startValue(chunk, i, c);
      default:
        if (this.frames.length > 0 && this.frames[this.frames.length - 1]?.kind === 'array') {
          this.path.push(this.frames[this.frames.length - 1]?.index ?? 0);
        }
        return this.startValue(chunk, i, c);
    }
  }

  /** A value starts at `i` (its path is on the stack): walk into it or hand it over whole. */
  private startValue(chunk: Buffer, i: number, c: number): number {
    if (c === B.LBrace || c === B.LBracket) {
      const kind = c === B.LBrace ? 'object' : 'array';
      if (this.handler.descend(this.path, kind)) {
        this.frames.push({ kind, index: 0 });
        this.handler.enter?.(this.path, kind, this.base + i);
        this.state = kind === 'object' ? State.FirstKey : State.FirstValue;
        return i + 1;
      }
      this.beginCapture(chunk, i, Capture.Container);
      this.captureDepth = 1;
      return this.continueCapture(chunk, i + 1);
    }
    if (c === B.Quote) {
      this.beginCapture(chunk, i, Capture.String);
      return this.continueCapture(chunk, i + 1);
    }
    if (c === B.Comma || c === B.Colon || c === B.RBrace || c === B.RBracket) {
      throw this.error(chunk, this.base + i, false);
    }
    this.beginCapture(chunk, i, Capture.Scalar);
    return this.continueCapture(chunk, i + 1);
  }

  private beginCapture(chunk: Buffer, i: number, kind: Capture): void {
    this.state = State.Capture;
    this.captureKind = kind;
    this.captureStart = this.base + i;
    this.captureInString = kind === Capture.String;
    this.captureLine = this.lineAt(chunk, i);
    this.captureColumn = this.base + i - this.lastNewline;
    this.pieces.length = 0;
  }

  private continueCapture(chunk: Buffer, i: number): number {
    const n = chunk.length;
    if (this.captureKind === Capture.Scalar) {
      while (i < n && !isDelimiter(chunk[i] as number)) i++;
      if (i < n) this.finishCapture(chunk, i);
      return i;
    }
    let depth = this.captureDepth;
    let inString = this.captureInString;
    while (i < n) {
      if (inString) {
        const end = closingQuote(chunk, i);
        if (end < 0) {
          // The string goes on in the next chunk; a final odd `\` escapes its first byte.
          if (trailingBackslashes(chunk, i) % 2 === 1) this.carry = 1;
          i = n;
          break;
        }
        i = end + 1;
        inString = false;
        if (this.captureKind === Capture.String) {
          this.captureInString = false;
          this.finishCapture(chunk, i);
          return i;
        }
        continue;
      }
      const c = chunk[i] as number;
      if (c === B.Quote) inString = true;
      else if (c === B.LBrace || c === B.LBracket) depth++;
      else if (c === B.RBrace || c === B.RBracket) {
        depth--;
        if (depth === 0) {
          this.captureDepth = 0;
          this.captureInString = false;
          this.finishCapture(chunk, i + 1);
          return i + 1;
        }
      }
      i++;
    }
    this.captureDepth = depth;
    this.captureInString = inString;
    return i;
  }

  private finishCapture(chunk: Buffer, end: number): void {
    const from = Math.max(0, this.captureStart - this.base);
    const tail = chunk.subarray(from, end);
    const bytes = this.pieces.length === 0 ? tail : Buffer.concat([...this.pieces, tail]);
    this.pieces.length = 0;
    this.state = this.frames.length === 0 ? State.Done : State.AfterValue;
    this.handler.value(this.path, bytes, {
      offset: this.captureStart,
      line: this.captureLine,
      column: this.captureColumn,
    });
  }

  private continueKey(chunk: Buffer, i: number): number {
    const n = chunk.length;
    const end = closingQuote(chunk, i);
    if (end < 0) {
      if (trailingBackslashes(chunk, i) % 2 === 1) this.carry = 1;
      this.keyEscaped ||= chunk.indexOf(B.Backslash, i) >= 0;
      return n;
    }
    const from = Math.max(0, this.keyStart - this.base);
    const tail = chunk.subarray(from, end);
    const bytes = this.keyPieces.length === 0 ? tail : Buffer.concat([...this.keyPieces, tail]);
    this.keyPieces.length = 0;
    this.keyEscaped ||= tail.includes(B.Backslash);
    const keyOffset = this.keyStart - 1;
    let key: string;
    try {
      if (this.keyEscaped) key = JSON.parse(`"${keyDecoder.decode(bytes)}"`) as string;
      else if (bytes.some((byte) => byte < 0x20)) throw new Error('control character in a key');
      else key = keyDecoder.decode(bytes);
    } catch {
      // An invalid escape or a control character: JSON.parse of the whole fails here too, at
      // the same place (invalid UTF-8 is reported as such by the caller).
      throw this.error(chunk, keyOffset + 1 + errorWithinKey(bytes), false);
    }
    this.path.push(key);
    this.state = State.Colon;
    return end + 1;
  }

  private close(chunk: Buffer, i: number, kind: 'object' | 'array'): number {
    this.frames.pop();
    this.handler.leave?.(this.path, kind);
    this.state = this.frames.length === 0 ? State.Done : State.AfterValue;
    return i + 1;
  }

  /** Line of an offset in the current chunk; offsets asked for only grow. */
  private lineAt(chunk: Buffer, i: number): number {
    this.countLinesTo(chunk, i);
    return this.line;
  }

  private countLinesTo(chunk: Buffer, i: number): void {
    const from = this.countedTo - this.base;
    if (from >= i) return;
    // The next newline is looked for once, not at every call: a one-line plan has none.
    let nl = this.nextNewline;
    if (nl < this.countedTo) {
      nl = chunk.indexOf(B.LF, from);
      nl = nl < 0 ? Infinity : this.base + nl;
    }
    while (nl < this.base + i) {
      this.line++;
      this.lastNewline = nl;
      const next = chunk.indexOf(B.LF, nl - this.base + 1);
      nl = next < 0 ? Infinity : this.base + next;
    }
    this.nextNewline = nl;
    this.countedTo = this.base + i;
  }

  private error(chunk: Buffer | undefined, offset: number, atEnd: boolean): JsonStreamError {
    if (chunk && offset >= this.base) this.countLinesTo(chunk, offset - this.base);
    const line = this.line;
    const column = offset - this.lastNewline;
    return new JsonStreamError(offset, line, column, atEnd);
  }
}

/** Where in a key's bytes JSON.parse would stop (0 when they are not even UTF-8). */
function errorWithinKey(bytes: Buffer): number {
  try {
    return (jsonErrorOffset(`"${keyDecoder.decode(bytes)}"`) ?? 1) - 1;
  } catch {
    return 0;
  }
}

const SHORT_STRING = 32;

/** Index of the quote that closes a string whose content starts at `from`, or -1 in a later chunk. */
function closingQuote(chunk: Buffer, from: number): number {
  // Most strings in a plan are short: their first bytes are looked at here, because calling
  // Buffer#indexOf (argument checks in JavaScript, then C++) costs more than that.
  const near = Math.min(chunk.length, from + SHORT_STRING);
  for (let i = from; i < near; i++) {
    const c = chunk[i];
    if (c === B.Quote) return i;
    if (c === B.Backslash) break;
  }
  for (let q = chunk.indexOf(B.Quote, from); q >= 0; q = chunk.indexOf(B.Quote, q + 1)) {
    let backslashes = 0;
    for (let k = q - 1; k >= from && chunk[k] === B.Backslash; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return -1;
}

/** Backslashes that end the chunk (after `from`): an odd count escapes the next chunk's first byte. */
function trailingBackslashes(chunk: Buffer, from: number): number {
  let count = 0;
  for (let k = chunk.length - 1; k >= from && chunk[k] === B.Backslash; k--) count++;
  return count;
}
