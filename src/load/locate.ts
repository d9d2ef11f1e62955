/**
 * Finds where blocks and attributes sit in a Terraform file, for the hcl2json parser option.
 *
 * hcl2json gives structure without positions, so this scanner walks the source once, skipping
 * strings, heredocs, comments and expression brackets, and records the line of every block header
 * and attribute. It only needs to be right about layout; hcl2json remains the judge of syntax.
 * The native parser (native/) records the same lines as it parses and does not need this.
 */
export interface LocatedBlock {
  readonly type: string;
  readonly labels: readonly string[];
  readonly line: number;
  /** Attribute lines by dotted path relative to the block (`versioning_configuration.mfa_delete`). */
  readonly attributes: Map<string, number>;
}

const enum Ch {
  Tab = 9,
  LF = 10,
  CR = 13,
  Space = 32,
  Quote = 34,
  Hash = 35,
  Dollar = 36,
  Percent = 37,
  LParen = 40,
  RParen = 41,
  Star = 42,
  Comma = 44,
  Minus = 45,
  Slash = 47,
  Lt = 60,
  Eq = 61,
  Gt = 62,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  LBrace = 123,
  RBrace = 125,
  Tilde = 126,
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === Ch.Minus;
}

export function locateHclBlocks(text: string): LocatedBlock[] {
  return new Locator(text).run();
}

class Locator {
  private pos = 0;
  private line = 1;
  private readonly blocks: LocatedBlock[] = [];
  /** Open blocks: the top-level block being filled and the nested path inside it. */
  private readonly stack: { block?: LocatedBlock; path: string }[] = [];

  constructor(private readonly src: string) {}

  run(): LocatedBlock[] {
    const n = this.src.length;
    while (this.pos < n) {
      this.skipSpaceAndComments(true);
      if (this.pos >= n) break;
      const c = this.src.charCodeAt(this.pos);
      if (c === Ch.RBrace) {
        this.stack.pop();
        this.pos++;
        continue;
      }
      if (!isIdentStart(c)) {
        // Not a statement start (a syntax error hcl2json will report): move on.
        this.advance();
        continue;
      }
      const startLine = this.line;
      const name = this.readIdent();
      this.skipSpaceAndComments(false);
      const next = this.src.charCodeAt(this.pos);
      if (next === Ch.Eq && this.src.charCodeAt(this.pos + 1) !== Ch.Eq) {
        this.pos++;
        this.recordAttribute(name, startLine);
        this.skipExpression();
      } else {
        this.readBlockHeader(name, startLine);
      }
    }
    return this.blocks;
  }

  private recordAttribute(name: string, line: number): void {
    const top = this.stack[this.stack.length - 1];
    if (!top?.block) return;
    const path = top.path === '' ? name : `${top.path}.${name}`;
    if (!top.block.attributes.has(path)) top.block.attributes.set(path, line);
  }

  private readBlockHeader(type: string, line: number): void {
    const labels: string[] = [];
    for (;;) {
      this.skipSpaceAndComments(false);
      const c = this.src.charCodeAt(this.pos);
      if (c === Ch.Quote) labels.push(this.readQuotedLabel());
      else if (isIdentStart(c)) labels.push(this.readIdent());
      else break;
    }
    if (this.src.charCodeAt(this.pos) !== Ch.LBrace) return;
    this.pos++;
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) {
      const block: LocatedBlock = { type, labels, line, attributes: new Map() };
      this.blocks.push(block);
      this.stack.push({ block, path: '' });
    } else {
      // Nested block: its attributes are addressed through the block type (dynamic blocks through their label).
      const segment = type === 'dynamic' && labels[0] !== undefined ? labels[0] : type;
      const path = top.path === '' ? segment : `${top.path}.${segment}`;
      if (top.block && !top.block.attributes.has(path)) top.block.attributes.set(path, line);
      this.stack.push({ block: top.block, path });
    }
  }

  private readIdent(): string {
    const start = this.pos;
    while (this.pos < this.src.length && isIdentPart(this.src.charCodeAt(this.pos))) this.pos++;
    return this.src.slice(start, this.pos);
  }

  /** A quoted label, decoded as hcl2json decodes it (escapes, `$${` and `%%{`), so that pairing finds it. */
  private readQuotedLabel(): string {
    this.pos++;
    let out = '';
    while (this.pos < this.src.length) {
      const c = this.src.charCodeAt(this.pos);
      if (c === Ch.Quote) {
        this.pos++;
        break;
      }
      if (c === Ch.LF) break;
      if (c === Ch.Backslash) {
        const e = this.src[this.pos + 1] ?? '';
        const digits = e === 'u' ? 4 : e === 'U' ? 8 : 0;
        if (digits > 0) {
          const code = parseInt(this.src.slice(this.pos + 2, this.pos + 2 + digits), 16);
          out += Number.isNaN(code) || code > 0x10ffff ? '' : String.fromCodePoint(code);
          this.pos += 2 + digits;
          continue;
        }
        out += ESCAPES[e] ?? e;
        this.pos += 2;
        continue;
      }
      if (
        (c === Ch.Dollar || c === Ch.Percent) &&
        this.src.charCodeAt(this.pos + 1) === c &&
        this.src.charCodeAt(this.pos + 2) === Ch.LBrace
      ) {
        out += this.src[this.pos] + '{';
        this.pos += 3;
        continue;
      }
      out += this.src[this.pos];
      this.pos++;
    }
    return out;
  }

  private advance(): void {
    if (this.src.charCodeAt(this.pos) === Ch.LF) this.line++;
    this.pos++;
  }

  /** Skips blanks and comments; newlines too when `newlines` is set. */
  private skipSpaceAndComments(newlines: boolean): void {
    const n = this.src.length;
    while (this.pos < n) {
      const c = this.src.charCodeAt(this.pos);
      if (c === Ch.Space || c === Ch.Tab || c === Ch.CR) this.pos++;
      else if (c === Ch.LF) {
        if (!newlines) return;
        this.line++;
        this.pos++;
      } else if (c === Ch.Hash || (c === Ch.Slash && this.src.charCodeAt(this.pos + 1) === Ch.Slash)) {
        while (this.pos < n && this.src.charCodeAt(this.pos) !== Ch.LF) this.pos++;
      } else if (c === Ch.Slash && this.src.charCodeAt(this.pos + 1) === Ch.Star) {
        this.skipBlockComment();
      } else return;
    }
  }

  private skipBlockComment(): void {
    this.pos += 2;
    while (this.pos < this.src.length) {
      if (this.src.charCodeAt(this.pos) === Ch.Star && this.src.charCodeAt(this.pos + 1) === Ch.Slash) {
        this.pos += 2;
        return;
      }
      this.advance();
    }
  }

  /** Skips an attribute's expression: up to a newline or `}` outside brackets, strings and heredocs. */
  private skipExpression(): void {
    let depth = 0;
    const n = this.src.length;
    while (this.pos < n) {
      const c = this.src.charCodeAt(this.pos);
      if (c === Ch.LF) {
        if (depth === 0) return;
        this.advance();
      } else if (c === Ch.Quote) this.skipQuoted();
      else if (c === Ch.Lt && this.src.charCodeAt(this.pos + 1) === Ch.Lt && this.tryHeredoc()) continue;
      else if (c === Ch.Hash || (c === Ch.Slash && this.src.charCodeAt(this.pos + 1) === Ch.Slash)) {
        while (this.pos < n && this.src.charCodeAt(this.pos) !== Ch.LF) this.pos++;
      } else if (c === Ch.Slash && this.src.charCodeAt(this.pos + 1) === Ch.Star) this.skipBlockComment();
      else if (c === Ch.LParen || c === Ch.LBracket || c === Ch.LBrace) {
        depth++;
        this.pos++;
      } else if (c === Ch.RParen || c === Ch.RBracket || c === Ch.RBrace) {
        if (depth === 0) return; // the `}` closing a one-line block
        depth--;
        this.pos++;
      } else this.pos++;
    }
  }

  /** Skips a quoted template, including `${ ... }` interpolations that may hold their own strings. */
  private skipQuoted(): void {
    this.pos++;
    const n = this.src.length;
    while (this.pos < n) {
      const c = this.src.charCodeAt(this.pos);
      if (c === Ch.Backslash) this.pos += 2;
      else if (c === Ch.Quote) {
        this.pos++;
        return;
      } else if (c === Ch.LF)
        return; // unterminated: leave it to the parser's error
      else if (
        (c === Ch.Dollar || c === Ch.Percent) &&
        this.src.charCodeAt(this.pos + 1) === Ch.LBrace &&
        this.src.charCodeAt(this.pos - 1) !== c
      ) {
        this.pos += 2;
        this.skipInterpolation();
      } else this.pos++;
    }
  }

  private skipInterpolation(): void {
    let depth = 1;
    while (this.pos < this.src.length && depth > 0) {
      const c = this.src.charCodeAt(this.pos);
      if (c === Ch.Quote) this.skipQuoted();
      else if (c === Ch.LBrace) {
        depth++;
        this.pos++;
      } else if (c === Ch.RBrace) {
        depth--;
        this.pos++;
      } else this.advance();
    }
  }

  /** At `<<`: skips a heredoc when one starts here. */
  private tryHeredoc(): boolean {
    let p = this.pos + 2;
    if (this.src.charCodeAt(p) === Ch.Minus) p++;
    const start = p;
    while (p < this.src.length && isIdentPart(this.src.charCodeAt(p))) p++;
    if (p === start) return false;
    const marker = this.src.slice(start, p);
    const eol = this.src.indexOf('\n', p);
    if (eol < 0) return false;
    this.pos = eol;
    // The body ends at the first line whose trimmed text is the marker.
    while (this.pos < this.src.length) {
      this.advance(); // the newline
      const lineEnd = this.src.indexOf('\n', this.pos);
      const lineText = this.src.slice(this.pos, lineEnd < 0 ? this.src.length : lineEnd);
      if (lineText.trim() === marker) {
        this.pos = lineEnd < 0 ? this.src.length : lineEnd;
        return true;
      }
      this.pos = lineEnd < 0 ? this.src.length : lineEnd;
    }
    return true;
  }
}

/**
 * Line of every object key in a JSON document, by key path (array indexes left out), so that
 * `.tf.json` blocks and attributes can be located the same way.
 */
export function locateJsonKeys(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  // The joined key path of each open container (null: no keys yet), so a key's path is one
  // concatenation, not a join of the whole path: CDKTF files hold hundreds of thousands of keys.
  const prefixes: (string | null)[] = [];
  const containers: ('object' | 'array')[] = [];
  let prefix: string | null = null;
  let line = 1;
  let pendingKey: string | null = null;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.LF) line++;
    else if (c === Ch.Quote) {
      const end = stringEnd(text, i);
      if (expectKey && containers[containers.length - 1] === 'object') {
        pendingKey = jsonKey(text, i, end);
        const keyPath = prefix === null ? pendingKey : prefix + JSON_PATH_SEPARATOR + pendingKey;
        if (!lines.has(keyPath)) lines.set(keyPath, line);
        expectKey = false;
      }
      i = end;
    } else if (c === Ch.LBrace || c === Ch.LBracket) {
      prefixes.push(prefix);
      if (pendingKey !== null)
        prefix = prefix === null ? pendingKey : prefix + JSON_PATH_SEPARATOR + pendingKey;
      pendingKey = null;
      containers.push(c === Ch.LBrace ? 'object' : 'array');
      expectKey = c === Ch.LBrace;
    } else if (c === Ch.RBrace || c === Ch.RBracket) {
      prefix = prefixes.pop() ?? null;
      containers.pop();
      pendingKey = null;
    } else if (c === Ch.Comma) {
      expectKey = containers[containers.length - 1] === 'object';
      pendingKey = null;
    }
  }
  return lines;
}

/** Index of the quote closing the string that opens at `start` (or the text's end). */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  for (;;) {
    const quote = text.indexOf('"', j);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === Ch.Backslash) backslashes++;
    if (backslashes % 2 === 0) return quote;
    j = quote + 1;
  }
}

/** A key as JSON.parse reads it: escapes decoded (`"a\u0041"` is `aA`). */
function jsonKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return raw;
  }
}

export const JSON_PATH_SEPARATOR = '\u0000';
