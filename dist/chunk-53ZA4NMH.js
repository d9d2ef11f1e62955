import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/load/expr/errors.ts
var SyntaxFailure = class extends Error {
  constructor(message, start, end) {
    super(message);
    this.start = start;
    this.end = end;
  }
  start;
  end;
};
var EvalError = class extends Error {
};
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
var Unsupported = class extends Error {
};

// src/load/expr/lexer.ts
var TOKEN_NAMES = {
  [0 /* EOF */]: "end of input",
  [1 /* Newline */]: "newline",
  [2 /* Ident */]: "identifier",
  [3 /* Number */]: "number",
  [4 /* OQuote */]: '"',
  [5 /* OHeredoc */]: "heredoc",
  [6 /* OBrace */]: "{",
  [7 /* CBrace */]: "}",
  [8 /* CBraceStrip */]: "~}",
  [9 /* OBrack */]: "[",
  [10 /* CBrack */]: "]",
  [11 /* OParen */]: "(",
  [12 /* CParen */]: ")",
  [13 /* Comma */]: ",",
  [14 /* Dot */]: ".",
  [15 /* Ellipsis */]: "...",
  [16 /* Star */]: "*",
  [17 /* Slash */]: "/",
  [18 /* Percent */]: "%",
  [19 /* Plus */]: "+",
  [20 /* Minus */]: "-",
  [21 /* Eq */]: "=",
  [22 /* EqEq */]: "==",
  [23 /* FatArrow */]: "=>",
  [24 /* Bang */]: "!",
  [25 /* NotEq */]: "!=",
  [26 /* Lt */]: "<",
  [27 /* Le */]: "<=",
  [28 /* Gt */]: ">",
  [29 /* Ge */]: ">=",
  [30 /* And */]: "&&",
  [31 /* Or */]: "||",
  [32 /* Question */]: "?",
  [33 /* Colon */]: ":",
  [34 /* DoubleColon */]: "::",
  [35 /* Invalid */]: "invalid character"
};
function tokenName(type) {
  return TOKEN_NAMES[type] ?? "token";
}
var NON_ASCII_ID_START = /[\p{ID_Start}]/u;
var NON_ASCII_ID_CONTINUE = /[\p{ID_Continue}]/u;
function isIdentStart(c) {
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
  return NON_ASCII_ID_START.test(String.fromCharCode(c));
}
function isIdentContinue(c) {
  if (c < 128) {
    return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 45;
  }
  return NON_ASCII_ID_CONTINUE.test(String.fromCharCode(c));
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
var Lexer = class {
  constructor(src, start = 0) {
    this.src = src;
    this.pos = start;
  }
  src;
  pos;
  /** Skips spaces, tabs, carriage returns and comments; a line comment stops before its newline. */
  skipTrivia() {
    const src = this.src;
    const len = src.length;
    let i = this.pos;
    while (i < len) {
      const c = src.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13) {
        i++;
      } else if (c === 35 || c === 47 && src.charCodeAt(i + 1) === 47) {
        while (i < len && src.charCodeAt(i) !== 10) i++;
      } else if (c === 47 && src.charCodeAt(i + 1) === 42) {
        const close = src.indexOf("*/", i + 2);
        if (close < 0) throw new SyntaxFailure("unterminated comment", i, len);
        i = close + 2;
      } else {
        break;
      }
    }
    this.pos = i;
  }
  next() {
    this.skipTrivia();
    const src = this.src;
    const start = this.pos;
    if (start >= src.length) return { type: 0 /* EOF */, start, end: start };
    const c = src.charCodeAt(start);
    const c1 = src.charCodeAt(start + 1);
    if (isIdentStart(c)) {
      let i = start + 1;
      while (i < src.length && isIdentContinue(src.charCodeAt(i))) i++;
      return this.tok(2 /* Ident */, start, i);
    }
    if (isDigit(c)) return this.tok(3 /* Number */, start, this.scanNumberEnd(start));
    switch (c) {
      case 10:
        return this.tok(1 /* Newline */, start, start + 1);
      case 34:
        return this.tok(4 /* OQuote */, start, start + 1);
      case 123:
        return this.tok(6 /* OBrace */, start, start + 1);
      case 125:
        return this.tok(7 /* CBrace */, start, start + 1);
      case 126:
        if (c1 === 125) return this.tok(8 /* CBraceStrip */, start, start + 2);
        return this.tok(35 /* Invalid */, start, start + 1);
      case 91:
        return this.tok(9 /* OBrack */, start, start + 1);
      case 93:
        return this.tok(10 /* CBrack */, start, start + 1);
      case 40:
        return this.tok(11 /* OParen */, start, start + 1);
      case 41:
        return this.tok(12 /* CParen */, start, start + 1);
      case 44:
        return this.tok(13 /* Comma */, start, start + 1);
      case 46:
        if (c1 === 46 && src.charCodeAt(start + 2) === 46) return this.tok(15 /* Ellipsis */, start, start + 3);
        return this.tok(14 /* Dot */, start, start + 1);
      case 42:
        return this.tok(16 /* Star */, start, start + 1);
      case 47:
        return this.tok(17 /* Slash */, start, start + 1);
      case 37:
        return this.tok(18 /* Percent */, start, start + 1);
      case 43:
        return this.tok(19 /* Plus */, start, start + 1);
      case 45:
        return this.tok(20 /* Minus */, start, start + 1);
      case 61:
        if (c1 === 61) return this.tok(22 /* EqEq */, start, start + 2);
        if (c1 === 62) return this.tok(23 /* FatArrow */, start, start + 2);
        return this.tok(21 /* Eq */, start, start + 1);
      case 33:
        if (c1 === 61) return this.tok(25 /* NotEq */, start, start + 2);
        return this.tok(24 /* Bang */, start, start + 1);
      case 60:
        if (c1 === 61) return this.tok(27 /* Le */, start, start + 2);
        if (c1 === 60) return this.heredocIntro(start);
        return this.tok(26 /* Lt */, start, start + 1);
      case 62:
        if (c1 === 61) return this.tok(29 /* Ge */, start, start + 2);
        return this.tok(28 /* Gt */, start, start + 1);
      case 38:
        if (c1 === 38) return this.tok(30 /* And */, start, start + 2);
        break;
      case 124:
        if (c1 === 124) return this.tok(31 /* Or */, start, start + 2);
        break;
      case 63:
        return this.tok(32 /* Question */, start, start + 1);
      case 58:
        if (c1 === 58) return this.tok(34 /* DoubleColon */, start, start + 2);
        return this.tok(33 /* Colon */, start, start + 1);
    }
    return this.tok(35 /* Invalid */, start, start + 1);
  }
  tok(type, start, end) {
    this.pos = end;
    return { type, start, end };
  }
  /** `digits ('.' digits)? ([eE] [+-]? digits)?`; a dot not followed by a digit is left alone. */
  scanNumberEnd(start) {
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
  scanInteger() {
    this.skipTrivia();
    const start = this.pos;
    let i = start;
    while (isDigit(this.src.charCodeAt(i))) i++;
    if (i === start) return null;
    this.pos = i;
    return { type: 3 /* Number */, start, end: i };
  }
  /** `<<EOT\n` or `<<-EOT\n` (CRLF allowed); anything else after `<<` is invalid in HCL. */
  heredocIntro(start) {
    const src = this.src;
    let i = start + 2;
    const flush = src.charCodeAt(i) === 45;
    if (flush) i++;
    const nameStart = i;
    if (!isIdentStart(src.charCodeAt(i))) return this.tok(35 /* Invalid */, start, start + 2);
    i++;
    while (i < src.length && isIdentContinue(src.charCodeAt(i))) i++;
    const marker = src.slice(nameStart, i);
    if (src.charCodeAt(i) === 13) i++;
    if (src.charCodeAt(i) !== 10) {
      throw new SyntaxFailure("heredoc marker must be followed by a newline", start, i);
    }
    this.pos = i + 1;
    return { type: 5 /* OHeredoc */, start, end: i + 1, marker, flush };
  }
};

// src/load/json-error.ts
function jsonErrorOffset(text) {
  let i = 0;
  const space = () => {
    while (i < text.length && (text[i] === " " || text[i] === "	" || text[i] === "\n" || text[i] === "\r"))
      i++;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== void 0 && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const NUMBER2 = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = () => {
    space();
    const c = text[i];
    if (c === "{") {
      i++;
      space();
      if (text[i] === "}") {
        i++;
        return true;
      }
      for (; ; ) {
        space();
        if (text[i] !== '"' || !string()) return false;
        space();
        if (text[i] !== ":") return false;
        i++;
        if (!value()) return false;
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return true;
        }
        return false;
      }
    }
    if (c === "[") {
      i++;
      space();
      if (text[i] === "]") {
        i++;
        return true;
      }
      for (; ; ) {
        if (!value()) return false;
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return true;
        }
        return false;
      }
    }
    if (c === '"') return string();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return true;
      }
    }
    NUMBER2.lastIndex = i;
    const m = NUMBER2.exec(text);
    if (m) {
      i += m[0].length;
      return true;
    }
    return false;
  };
  try {
    if (value()) {
      space();
      return i < text.length ? i : void 0;
    }
    return i;
  } catch {
    return void 0;
  }
}
function lineAt(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function describeJsonError(text) {
  const offset = jsonErrorOffset(text);
  if (text.trim() === "") return { message: "the file is empty" };
  if (offset === void 0) return { message: "syntax error" };
  const what = offset >= text.length ? "unexpected end of input" : "unexpected character";
  const column = offset - (text.lastIndexOf("\n", offset - 1) + 1) + 1;
  const line = lineAt(text, offset);
  return { message: `${what} at line ${line}, column ${column}`, line };
}

// src/load/expr/template.ts
var TEXT_SPECIAL = new Uint8Array(128);
var QUOTED_SPECIAL = new Uint8Array(128);
for (const c of [36, 37, 10]) TEXT_SPECIAL[c] = QUOTED_SPECIAL[c] = 1;
for (const c of [34, 92]) QUOTED_SPECIAL[c] = 1;
function isSpaceCode(c) {
  if (c <= 32) return c === 32 || c >= 9 && c <= 13;
  if (c < 133) return false;
  return c === 133 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
function trimLeftSpace(s) {
  let i = 0;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}
function trimRightSpace(s) {
  let i = s.length;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i === s.length ? s : s.slice(0, i);
}
function hexValue(src, start, count) {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const c = src.charCodeAt(i);
    let d;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return -1;
    value = value * 16 + d;
  }
  return value;
}
function closingMarker(src, i, marker, endsText) {
  if (marker === "") return -1;
  let j = i;
  while (src.charCodeAt(j) === 32 || src.charCodeAt(j) === 9) j++;
  if (!src.startsWith(marker, j)) return -1;
  const afterMarker = j + marker.length;
  let k = afterMarker;
  while (src.charCodeAt(k) === 32 || src.charCodeAt(k) === 9 || src.charCodeAt(k) === 13) k++;
  if (src.charCodeAt(k) !== 10 && !(endsText && k >= src.length)) return -1;
  return afterMarker;
}
var Scanner = class {
  constructor(p, src, start) {
    this.p = p;
    this.src = src;
    this.segStart = start;
    this.litStart = start;
  }
  p;
  src;
  flat = [];
  chunks = [];
  segStart;
  litStart;
  ltrimNext = false;
  /** Ends the literal token running up to `end` (exclusive), applying a pending `~}` strip. */
  closeLiteral(end) {
    if (end > this.segStart) this.chunks.push(this.src.slice(this.segStart, end));
    if (this.chunks.length > 0) {
      let value = this.chunks.length === 1 ? this.chunks[0] : this.chunks.join("");
      if (this.ltrimNext) value = trimLeftSpace(value);
      this.flat.push({ kind: "literal", value, start: this.litStart, end });
      this.chunks.length = 0;
    }
    this.ltrimNext = false;
  }
  /** Replaces source text [from, to) by `decoded` inside the current literal. */
  substitute(from, to, decoded) {
    if (from > this.segStart) this.chunks.push(this.src.slice(this.segStart, from));
    this.chunks.push(decoded);
    this.segStart = to;
  }
  restartLiteral(at) {
    this.segStart = at;
    this.litStart = at;
  }
  /** `${` or `%{` at `at`; returns the offset just after the closing brace. */
  sequence(at, directive) {
    const p = this.p;
    this.closeLiteral(at);
    this.ltrimNext = false;
    let pos = at + 2;
    if (this.src.charCodeAt(pos) === 126) {
      pos++;
      const prev = this.flat[this.flat.length - 1];
      if (prev && prev.kind === "literal") prev.value = trimRightSpace(prev.value);
    }
    p.resetAt(pos);
    p.pushNewlines(false);
    let entry;
    if (!directive) {
      const expr = p.parseExpression();
      entry = { kind: "interp", expr, start: at, end: 0 };
    } else {
      entry = this.directive(at);
    }
    const close = p.next();
    if (close.type !== 7 /* CBrace */ && close.type !== 8 /* CBraceStrip */) {
      p.fail(
        `expected "}" to close the template ${directive ? "directive" : "interpolation"} but found ${p.describe(close)}`,
        close.start,
        close.end
      );
    }
    p.popNewlines();
    entry.end = close.end;
    this.flat.push(entry);
    this.ltrimNext = close.type === 8 /* CBraceStrip */;
    this.restartLiteral(close.end);
    return close.end;
  }
  directive(at) {
    const p = this.p;
    const kw = p.next();
    const word = kw.type === 2 /* Ident */ ? p.text(kw) : "";
    switch (word) {
      case "if":
        return { kind: "if", condition: p.parseExpression(), start: at, end: 0 };
      case "else":
      case "endif":
      case "endfor":
        return { kind: word, start: at, end: 0 };
      case "for": {
        let valueVar = p.text(p.expect(2 /* Ident */, 'variable name after "for"'));
        let keyVar = null;
        if (p.peek().type === 13 /* Comma */) {
          p.next();
          keyVar = valueVar;
          valueVar = p.text(p.expect(2 /* Ident */, 'value variable name after ","'));
        }
        const inTok = p.next();
        if (inTok.type !== 2 /* Ident */ || p.text(inTok) !== "in") {
          p.fail(`expected "in" in for directive but found ${p.describe(inTok)}`, inTok.start, inTok.end);
        }
        const collection = p.parseExpression();
        return { kind: "for", keyVar, valueVar, collection, start: at, end: 0 };
      }
      default:
        return p.fail(
          `expected a template directive keyword (if, else, endif, for, endfor) but found ${p.describe(kw)}`,
          kw.start,
          kw.end
        );
    }
  }
};
function plainQuotedEnd(src, start) {
  for (let i = start; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c < 128 && QUOTED_SPECIAL[c]) return c === 34 ? i : -1;
  }
  return -1;
}
function scanTemplate(p, start, mode, marker, openStart = start) {
  const src = p.src;
  const len = src.length;
  const quoted = mode === "quoted";
  const heredoc = mode === "heredoc" || mode === "flushHeredoc";
  const s = new Scanner(p, src, start);
  const special = quoted ? QUOTED_SPECIAL : TEXT_SPECIAL;
  let i = start;
  let lineStart = heredoc;
  let end = -1;
  while (end < 0) {
    if (lineStart) {
      const markerEnd = closingMarker(src, i, marker ?? "", true);
      if (markerEnd >= 0) {
        s.closeLiteral(i);
        end = markerEnd;
        break;
      }
      lineStart = false;
    }
    if (i >= len) {
      if (quoted) p.fail("unterminated template string: missing closing quote", openStart, len);
      if (heredoc) p.fail(`unterminated heredoc: missing closing marker "${marker ?? ""}"`, openStart, len);
      s.closeLiteral(len);
      end = len;
      break;
    }
    let c = src.charCodeAt(i);
    if (c < 128 && !special[c]) {
      do
        c = src.charCodeAt(++i);
      while (i < len && (c >= 128 || !special[c]));
      continue;
    }
    if (c === 36 || c === 37) {
      const c1 = src.charCodeAt(i + 1);
      if (c1 === 123) {
        i = s.sequence(i, c === 37);
        continue;
      }
      if (c1 === c && src.charCodeAt(i + 2) === 123) {
        s.substitute(i, i + 3, c === 36 ? "${" : "%{");
        i += 3;
        continue;
      }
      i++;
      continue;
    }
    if (c === 10) {
      if (quoted) p.fail("unterminated template string: newline before closing quote", openStart, i);
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
  if (flat.length === 0) flat.push({ kind: "literal", value: "", start, end: start });
  if (mode === "flushHeredoc") flushIndent(flat);
  let directives = false;
  let adjacentLiterals = false;
  for (let k = 0; k < flat.length; k++) {
    const kind = flat[k].kind;
    if (kind !== "literal" && kind !== "interp") directives = true;
    else if (kind === "literal" && k > 0 && flat[k - 1].kind === "literal") adjacentLiterals = true;
  }
  const melded = adjacentLiterals ? meld(flat) : flat;
  if (!directives) return { parts: melded, end };
  return { parts: new Nester(p, melded).sequence(null), end };
}
function decodeEscape(p, s, src, i) {
  const e = src.charCodeAt(i + 1);
  let decoded;
  let width = 2;
  switch (e) {
    case 110:
      decoded = "\n";
      break;
    case 114:
      decoded = "\r";
      break;
    case 116:
      decoded = "	";
      break;
    case 34:
      decoded = '"';
      break;
    case 92:
      decoded = "\\";
      break;
    case 117:
    // \uXXXX
    case 85: {
      const digits = e === 117 ? 4 : 8;
      const cp = hexValue(src, i + 2, digits);
      if (cp < 0 || cp > 1114111 || cp >= 55296 && cp <= 57343) {
        p.fail("invalid unicode escape sequence", i, i + 2 + digits);
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
function flushIndent(flat) {
  let min = Number.MAX_SAFE_INTEGER;
  let atLineStart = true;
  const adjust = [];
  for (let k = 0; k < flat.length; k++) {
    const tok = flat[k];
    if (atLineStart) {
      atLineStart = false;
      let spaces = 0;
      if (tok.kind === "literal") {
        let n = 0;
        while (n < tok.value.length && isSpaceCode(tok.value.charCodeAt(n))) n++;
        if (n === tok.value.length && tok.value.endsWith("\n")) {
          spaces = Number.MAX_SAFE_INTEGER;
        } else {
          spaces = n;
          adjust.push({ index: k });
        }
      }
      if (spaces < min) min = spaces;
    }
    if (tok.kind === "literal" && tok.value.endsWith("\n")) atLineStart = true;
  }
  if (min === Number.MAX_SAFE_INTEGER || min === 0) return;
  for (const { index } of adjust) {
    const tok = flat[index];
    tok.value = tok.value.slice(min);
    tok.start += min;
  }
}
function meld(flat) {
  const out = [];
  for (const tok of flat) {
    const prev = out[out.length - 1];
    if (tok.kind === "literal" && prev && prev.kind === "literal") {
      out[out.length - 1] = {
        kind: "literal",
        value: prev.value + tok.value,
        start: prev.start,
        end: tok.end
      };
    } else {
      out.push(tok);
    }
  }
  return out;
}
var Nester = class {
  constructor(p, flat) {
    this.p = p;
    this.flat = flat;
  }
  p;
  flat;
  pos = 0;
  /** Parts until a closing directive listed in `closers` (or end of template when null). */
  sequence(closers) {
    const parts = [];
    while (this.pos < this.flat.length) {
      const tok = this.flat[this.pos];
      switch (tok.kind) {
        case "literal":
          this.pos++;
          parts.push({ kind: "literal", value: tok.value, start: tok.start, end: tok.end });
          break;
        case "interp":
          this.pos++;
          parts.push({ kind: "interp", expr: tok.expr, start: tok.start, end: tok.end });
          break;
        case "if": {
          this.pos++;
          const then = this.sequence(IF_CLOSERS);
          let closer = this.flat[this.pos - 1];
          let otherwise = [];
          if (closer.kind === "else") {
            otherwise = this.sequence(ENDIF_ONLY);
            closer = this.flat[this.pos - 1];
          }
          parts.push({
            kind: "if",
            condition: tok.condition,
            then,
            else: otherwise,
            start: tok.start,
            end: closer.end
          });
          break;
        }
        case "for": {
          this.pos++;
          const body = this.sequence(ENDFOR_ONLY);
          const closer = this.flat[this.pos - 1];
          parts.push({
            kind: "for",
            keyVar: tok.keyVar,
            valueVar: tok.valueVar,
            collection: tok.collection,
            body,
            start: tok.start,
            end: closer.end
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
      const wanted = closers.has("endfor") ? "endfor" : "endif";
      const last = this.flat[this.flat.length - 1];
      this.p.fail(`missing %{ ${wanted} } directive`, last ? last.end : 0);
    }
    return parts;
  }
};
var IF_CLOSERS = /* @__PURE__ */ new Set(["else", "endif"]);
var ENDIF_ONLY = /* @__PURE__ */ new Set(["endif"]);
var ENDFOR_ONLY = /* @__PURE__ */ new Set(["endfor"]);

// src/load/native/convert.ts
function compareKeys(a, b) {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    let ca = a.charCodeAt(i);
    let cb = b.charCodeAt(i);
    if (ca === cb) continue;
    if (ca >= 55296 && ca <= 57343) ca += 65536;
    if (cb >= 55296 && cb <= 57343) cb += 65536;
    return ca - cb;
  }
  return a.length - b.length;
}
function setKey(obj, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}
var INSERTION_SORT_MAX = 32;
function sortedObject(keys, values, from = 0, to = keys.length) {
  const out = {};
  let ordered = true;
  for (let i = from + 1; i < to; i++) {
    if (compareKeys(keys[i - 1], keys[i]) >= 0) {
      ordered = false;
      break;
    }
  }
  if (ordered) {
    for (let i = from; i < to; i++) setKey(out, keys[i], values[i]);
    return out;
  }
  const n = to - from;
  const order = new Array(n);
  if (n > INSERTION_SORT_MAX) {
    for (let k = 0; k < n; k++) order[k] = from + k;
    order.sort((x, y) => compareKeys(keys[x], keys[y]) || x - y);
  } else {
    for (let k = 0; k < n; k++) {
      const i = from + k;
      const key = keys[i];
      let j = k;
      while (j > 0 && compareKeys(keys[order[j - 1]], key) > 0) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
  }
  for (let j = 0; j < n; j++) {
    const i = order[j];
    const next = order[j + 1];
    if (next !== void 0 && keys[next] === keys[i]) continue;
    setKey(out, keys[i], values[i]);
  }
  return out;
}
function escapeLiteral(text) {
  if (text.indexOf("{") < 0) return text;
  let out = text.indexOf("${") >= 0 ? text.replaceAll("${", () => "$${") : text;
  if (out.indexOf("%{") >= 0) out = out.replaceAll("%{", () => "%%{");
  return out;
}
var NUMBER = /^(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
function decimalString(source) {
  const m = NUMBER.exec(source);
  if (!m) return String(Number(source));
  const [, int = "", frac = "", exp = "0"] = m;
  let digits = (int + frac).replace(/^0+/, "");
  if (digits === "") return "0";
  let scale = Number(exp) - frac.length;
  const trimmed = digits.replace(/0+$/, "");
  scale += digits.length - trimmed.length;
  digits = trimmed;
  if (scale >= 0) return digits + "0".repeat(scale);
  const point = digits.length + scale;
  if (point > 0) return `${digits.slice(0, point)}.${digits.slice(point)}`;
  return `0.${"0".repeat(-point)}${digits}`;
}

// src/load/native/lexcheck.ts
var INVALID = "Invalid character; This character is not used within the language.";
var SEMICOLON = 'Invalid character; The ";" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.';
var APOSTROPHE = 'Invalid character; Single quotes are not valid. Use double quotes (") to enclose strings.';
var BACKTICK = 'Invalid character; The "`" character is not valid. To create a multi-line string, use the "heredoc" syntax, like "<<EOT".';
var CURLY_QUOTE = 'Invalid character; "Curly quotes" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a "normal" double quote.';
var QUOTED_NEWLINE = 'Invalid multi-line string; Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the "heredoc" multi-line template syntax.';
function bitwise(suggestion) {
  return `Unsupported operator; Bitwise operators are not supported.${suggestion}`;
}
function firstLexicalError(src) {
  const stack = [{ kind: "normal", braces: 0 }];
  const len = src.length;
  let i = 0;
  while (i < len) {
    const mode = stack[stack.length - 1];
    const c = src.charCodeAt(i);
    if (mode.kind === "quoted") {
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
    if (mode.kind === "heredoc") {
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
    if (c === 32 || c === 9 || c === 10) {
      i++;
    } else if (c === 13) {
      if (src.charCodeAt(i + 1) !== 10) return { offset: i, message: INVALID };
      i += 2;
    } else if (c === 35 || c === 47 && src.charCodeAt(i + 1) === 47) {
      while (i < len && src.charCodeAt(i) !== 10) i++;
    } else if (c === 47 && src.charCodeAt(i + 1) === 42) {
      const close = src.indexOf("*/", i + 2);
      i = close < 0 ? i + 1 : close + 2;
    } else if (c === 34) {
      stack.push({ kind: "quoted" });
      i++;
    } else if (c === 123) {
      mode.braces++;
      i++;
    } else if (c === 125 || c === 126 && src.charCodeAt(i + 1) === 125) {
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
        stack.push({ kind: "heredoc", marker: src.slice(nameStart, j), lineStart: true });
        i = k + 1;
      } else i += 2;
    } else if (c < 128) {
      const error = asciiError(src, i, c);
      if (error) return error;
      if (c >= 48 && c <= 57 || isIdentStart(c)) {
        i++;
        while (i < len && isIdentContinue(src.charCodeAt(i))) i++;
      } else i += c === 38 || c === 124 ? 2 : 1;
    } else if (c === 8220 || c === 8221) {
      return { offset: i, message: CURLY_QUOTE };
    } else if (isIdentStart(c) || c >= 55296 && c <= 56319 && isIdentStart(src.codePointAt(i) ?? 0)) {
      i += c >= 55296 && c <= 56319 ? 2 : 1;
      while (i < len && isIdentContinue(src.charCodeAt(i))) i++;
    } else {
      return { offset: i, message: INVALID };
    }
  }
  return void 0;
}
function templateStep(src, i, c, stack) {
  if ((c === 36 || c === 37) && src.charCodeAt(i + 1) === 123) {
    stack.push({ kind: "normal", braces: 0 });
    return i + (src.charCodeAt(i + 2) === 126 ? 3 : 2);
  }
  if ((c === 36 || c === 37) && src.charCodeAt(i + 1) === c && src.charCodeAt(i + 2) === 123) return i + 3;
  return i + 1;
}
function asciiError(src, i, c) {
  switch (c) {
    case 59:
      return { offset: i, message: SEMICOLON };
    case 39:
      return { offset: i, message: APOSTROPHE };
    case 96:
      return { offset: i, message: BACKTICK };
    case 38:
      return src.charCodeAt(i + 1) === 38 ? void 0 : { offset: i, message: bitwise(' Did you mean boolean AND ("&&")?') };
    case 124:
      return src.charCodeAt(i + 1) === 124 ? void 0 : { offset: i, message: bitwise(' Did you mean boolean OR ("||")?') };
    case 94:
      return { offset: i, message: bitwise("") };
    case 126:
      return { offset: i, message: bitwise(' Did you mean boolean NOT ("!")?') };
    case 36:
    case 64:
    case 92:
      return { offset: i, message: INVALID };
  }
  if (c < 32 || c === 127) return { offset: i, message: INVALID };
  return void 0;
}

// src/load/native/parser.ts
var MAX_DEPTH = 256;
var ID_START = 1;
var ID_CONTINUE = 2;
var DIGIT = 4;
var ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
  const digit = c >= 48 && c <= 57;
  ASCII[c] = (letter ? ID_START | ID_CONTINUE : 0) | (digit ? DIGIT | ID_CONTINUE : 0) | (c === 45 ? ID_CONTINUE : 0);
}
function idStart(c) {
  return c < 128 ? (ASCII[c] & ID_START) !== 0 : c === c && isIdentStart(c);
}
function idContinue(c) {
  return c < 128 ? (ASCII[c] & ID_CONTINUE) !== 0 : c === c && isIdentContinue(c);
}
var INTERN_SIZE = 8192;
var interned = new Array(INTERN_SIZE);
function intern(src, start, end) {
  const len = end - start;
  if (len > 48) return src.slice(start, end);
  let h = len;
  for (let i = start; i < end; i++) h = Math.imul(h, 31) + src.charCodeAt(i) | 0;
  let slot = h & INTERN_SIZE - 1;
  for (let probe = 0; probe < 8; probe++) {
    const known = interned[slot];
    if (known === void 0) return interned[slot] = src.slice(start, end);
    if (known.length === len && src.startsWith(known, start)) return known;
    slot = slot + 1 & INTERN_SIZE - 1;
  }
  return src.slice(start, end);
}
var paths = /* @__PURE__ */ new Map();
function joinPath(parent, name) {
  if (parent === "") return name;
  let children = paths.get(parent);
  if (children === void 0) {
    if (paths.size > 4096) paths.clear();
    children = /* @__PURE__ */ new Map();
    paths.set(parent, children);
  }
  let path = children.get(name);
  if (path === void 0) {
    path = `${parent}.${name}`;
    if (children.size < 256) children.set(name, path);
  }
  return path;
}
var ParseFailure = class {
  constructor(message, offset, recovered = false) {
    this.message = message;
    this.offset = offset;
    this.recovered = recovered;
  }
  message;
  offset;
  recovered;
};
var EXPECTED_EXPRESSION = "Invalid expression; Expected the start of an expression, but found an invalid expression token.";
var Res = class {
  constructor(k, s, e, v = null, str = "", t = null, f = null, cs = 0, ce = 0, list = null) {
    this.k = k;
    this.s = s;
    this.e = e;
    this.v = v;
    this.str = str;
    this.t = t;
    this.f = f;
    this.cs = cs;
    this.ce = ce;
    this.list = list;
  }
  k;
  s;
  e;
  v;
  str;
  t;
  f;
  cs;
  ce;
  list;
};
var SCANNED_NAMES = 16;
function parseHcl(text, filename = "main.tf") {
  const parser = new NativeParser(text, filename);
  let top;
  try {
    top = parser.file();
    if (parser.soft) throw parser.soft;
  } catch (err) {
    if (!(err instanceof ParseFailure) && !(err instanceof RangeError)) throw err;
    const lexical = firstLexicalError(text);
    if (lexical) return { ok: false, line: lineAt(text, lexical.offset), message: lexical.message };
    if (err instanceof RangeError) return { ok: false, message: "Invalid expression; nested too deeply" };
    const first = parser.soft ?? err;
    return { ok: false, line: lineAt(text, first.offset), message: first.message };
  }
  const failure = parser.failure;
  if (failure) {
    return failure.offset < 0 ? { ok: false, message: failure.message } : { ok: false, line: lineAt(text, failure.offset), message: failure.message };
  }
  let json;
  return {
    ok: true,
    get json() {
      return json ??= bodyObject(top.names, top.values, 0, top.names.length, top.root);
    },
    blocks: parser.blocks,
    topNames: top.names,
    jsonUnsafe: parser.jsonUnsafe
  };
}
var NativeParser = class {
  constructor(src, filename) {
    this.src = src;
    this.filename = filename;
    this.len = src.length;
    this.nextNewline = src.indexOf("\n");
  }
  src;
  filename;
  pos = 0;
  len;
  /** Whether newlines are tokens here: in bodies and directly inside object constructors. */
  nl = true;
  /** End offset of the last token read (hclsyntax's PrevRange). */
  end = 0;
  depth = 0;
  /**
   * Whether the expression being parsed may be converted (an attribute value, an element of one,
   * a template part): inside a function call, an operand, an index or parentheses hcl2json only
   * copies source text, so tuples and objects there keep nothing but their extent.
   */
  detail = true;
  blocks = [];
  jsonUnsafe = false;
  /**
   * Conversion failures (hcl2json parses the file but cannot convert it). hcl2json stops at the
   * first one it meets: in each body, the blocks first (depth first), then the attributes. A
   * body's failure is left here for its block; the file's is the last one left.
   */
  failure;
  /** The first failure while converting one attribute value. */
  valueFailure;
  /**
   * The first error hclsyntax reports without stopping (it parses on, as if nothing happened):
   * it is the file's error unless an invalid token comes first, and `recovering` says whether
   * hclsyntax has since switched to skipping ahead (it does once such an error is inside parentheses).
   */
  soft;
  recovering = false;
  linePos = 0;
  lineNo = 1;
  nextNewline;
  /** The attributes of the bodies being read (see BodyOut): names, values, name offsets. */
  names = [];
  values = [];
  nameAt = [];
  attributeTop = 0;
  blockStack = [];
  blockTop = 0;
  // ---------------------------------------------------------------- low level
  fail(message, offset) {
    throw new ParseFailure(message, offset);
  }
  /** Line of an offset; offsets are asked for in increasing order, so counting is incremental. */
  lineAt(offset) {
    if (offset < this.linePos) return lineAt(this.src, offset);
    while (this.nextNewline !== -1 && this.nextNewline < offset) {
      this.lineNo++;
      this.nextNewline = this.src.indexOf("\n", this.nextNewline + 1);
    }
    this.linePos = offset;
    return this.lineNo;
  }
  /** Skips blanks and comments, and newlines too where they are not tokens. Returns the next code. */
  skip() {
    const src = this.src;
    const len = this.len;
    let i = this.pos;
    let first = src.charCodeAt(i);
    if (first === 32) first = src.charCodeAt(++i);
    if (first !== 32 && first !== 9 && first !== 10 && first !== 13 && first !== 35 && first !== 47) {
      this.pos = i;
      return i < len ? first : -1;
    }
    for (; ; ) {
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
        if (src.charCodeAt(i + 1) !== 10)
          this.fail("Invalid character; This character is not used within the language.", i);
        i++;
      } else if (c === 35 || c === 47 && src.charCodeAt(i + 1) === 47) {
        const eol = src.indexOf("\n", i);
        i = eol < 0 ? len : eol;
      } else if (c === 47 && src.charCodeAt(i + 1) === 42) {
        const close = src.indexOf("*/", i + 2);
        if (close < 0) break;
        i = close + 2;
      } else break;
    }
    this.pos = i;
    return src.charCodeAt(i);
  }
  /** Skips blanks, comments and newlines, whatever the mode. */
  skipAll() {
    const saved = this.nl;
    this.nl = false;
    const c = this.skip();
    this.nl = saved;
    return c;
  }
  /** Reads an identifier (the caller has checked its first character) and returns its end. */
  skipIdent() {
    let i = this.pos + 1;
    const src = this.src;
    const len = this.len;
    while (i < len) {
      const c = src.charCodeAt(i);
      if (c < 128 ? (ASCII[c] & ID_CONTINUE) === 0 : !isIdentContinue(c)) break;
      i++;
    }
    this.pos = i;
    this.end = i;
    return i;
  }
  /** Reads an identifier as a shared string. */
  ident() {
    const start = this.pos;
    return intern(this.src, start, this.skipIdent());
  }
  /** Whether the identifier `word` starts at the current position (and ends there). */
  atKeyword(word) {
    return this.src.startsWith(word, this.pos) && !idContinue(this.src.charCodeAt(this.pos + word.length));
  }
  /** The error for "an expression was expected here". */
  noExpression() {
    if (this.pos >= this.len) {
      this.fail(
        "Missing expression; Expected the start of an expression, but found the end of the file.",
        this.pos
      );
    }
    this.fail(EXPECTED_EXPRESSION, this.pos);
  }
  expect(code, message) {
    if (this.skip() !== code) this.fail(message, this.pos);
    this.pos++;
    this.end = this.pos;
  }
  // ---------------------------------------------------------------- bodies
  /** The file's body, its JSON left to be built when asked for. */
  file() {
    const out = this.bodyItems(-1, null);
    const root = this.labelTree(out);
    const top = this.attributeTop;
    return { names: this.names.slice(0, top), values: this.values.slice(0, top), root };
  }
  openBody() {
    return {
      base: this.attributeTop,
      blockBase: this.blockTop,
      attributeFailure: void 0,
      names: void 0
    };
  }
  body(open, place) {
    return this.finishBody(this.bodyItems(open, place));
  }
  /** A body's items up to its `}` (`open` is the offset of its `{`), or to the end of the file (-1). */
  bodyItems(open, place) {
    const out = this.openBody();
    for (; ; ) {
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
          "Unclosed configuration block; There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
          open
        );
      }
      if (idStart(c)) {
        this.item(out, place);
        continue;
      }
      if (c === 34) this.fail("Invalid argument name; Argument names must not be quoted.", this.pos);
      this.fail(
        "Argument or block definition required; An argument or block definition is required here.",
        this.pos
      );
    }
  }
  item(out, place) {
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
          after === 44 ? "Unexpected comma after argument; Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline." : "Missing newline after argument; An argument definition must end with a newline.",
          this.pos
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
      identStart
    );
  }
  addAttribute(out, name, at, value, place) {
    const top = this.attributeTop;
    let index;
    if (top - out.base < SCANNED_NAMES) {
      index = out.base;
      while (index < top && this.names[index] !== name) index++;
    } else {
      if (out.names === void 0) {
        out.names = /* @__PURE__ */ new Map();
        for (let i = out.base; i < top; i++) out.names.set(this.names[i], i);
      }
      index = out.names.get(name) ?? top;
      out.names.set(name, top);
    }
    if (index < top) {
      const previous = this.nameAt[index];
      const line = lineAt(this.src, previous);
      const column = previous - this.src.lastIndexOf("\n", previous - 1);
      this.fail(
        `Attribute redefined; The argument "${name}" was already set at ${this.filename}:${line},${column}-${column + name.length}. Each argument may be set only once.`,
        at
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
  block(out, type, typeStart, place) {
    const line = this.lineAt(typeStart);
    const labels = [];
    let open;
    for (; ; ) {
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
          this.pos
        );
      } else if (c === 10) {
        this.fail(
          'Invalid block definition; A block definition must have block content delimited by "{" and "}", starting on the same line as the block header.',
          this.pos
        );
      } else {
        this.fail(
          'Invalid block definition; Either a quoted string block label or an opening brace ("{") is expected here.',
          this.pos
        );
      }
    }
    let inner;
    let meta = null;
    if (place === null) {
      inner = { lines: {}, path: "" };
      meta = { type, labels, line, attributes: inner.lines, index: 0, body: {} };
    } else {
      const segment = type === "dynamic" && labels[0] !== void 0 ? labels[0] : type;
      const path = joinPath(place.path, segment);
      if (!Object.hasOwn(place.lines, path)) place.lines[path] = line;
      inner = { lines: place.lines, path };
    }
    const after = this.skip();
    this.failure = void 0;
    const body = after === 10 || after === 125 || after === -1 ? this.body(open, inner) : this.singleAttributeBody(inner);
    const failure = this.failure;
    const eol = this.skip();
    if (eol !== 10 && eol !== -1) {
      this.fail(
        "Missing newline after block definition; A block definition must end with a newline.",
        this.pos
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
  singleAttributeBody(place) {
    const out = this.openBody();
    const identStart = this.pos;
    const softBefore = this.soft;
    let name;
    let value;
    try {
      if (!idStart(this.src.charCodeAt(identStart))) {
        this.singleLineRecovery(identStart + 1, softBefore);
        throw new ParseFailure(
          "Argument or block definition required; An argument or block definition is required here.",
          identStart,
          true
        );
      }
      name = this.ident();
      const c = this.skip();
      const c1 = this.src.charCodeAt(this.pos + 1);
      if (c === 34 || c === 123 || idStart(c)) {
        this.fail(
          `Argument definition required; A single-line block definition can contain only a single argument. If you meant to define argument "${name}", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.`,
          identStart
        );
      }
      if (c !== 61 || c1 === 61 || c1 === 62) {
        this.fail(
          'Argument or block definition required; An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.',
          identStart
        );
      }
      this.pos++;
      value = this.convert(this.expression(), out);
      if (this.soft !== softBefore && this.recovering) {
        this.singleLineRecovery(this.pos, softBefore);
        throw this.soft;
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
  singleLineUnclosed(code, at, softBefore) {
    this.soft = softBefore;
    this.fail(
      code === 44 ? "Invalid single-argument block definition; Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line." : "Invalid single-argument block definition; An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
      at
    );
  }
  /**
   * After an error inside a one-line block, hclsyntax skips to the end of the line and looks for
   * the block's `}`; when it finds a newline (a blank line, a line comment) or a comma instead,
   * it reports that first, before the error that sent it there.
   */
  singleLineRecovery(offset, softBefore) {
    const src = this.src;
    const len = this.len;
    let depth = 0;
    let i = offset;
    for (; i < len; i++) {
      const c2 = src.charCodeAt(i);
      if (c2 === 40 || c2 === 91 || c2 === 123) depth++;
      else if (c2 === 41 || c2 === 93 || c2 === 125) {
        if (depth > 0) depth--;
      } else if (c2 === 10 && depth === 0) break;
      else if (c2 === 60 && src.charCodeAt(i + 1) === 60) {
        const m = /^<<-?([\p{ID_Start}_][\p{ID_Continue}-]*)\r?\n/u.exec(src.slice(i, i + 200));
        if (m) {
          let line = i + m[0].length;
          while (line < len && closingMarker(src, line, m[1], false) < 0) {
            const eol = src.indexOf("\n", line);
            line = eol < 0 ? len : eol + 1;
          }
          i = line < len ? closingMarker(src, line, m[1], false) - 1 : len;
        }
      }
    }
    i++;
    for (; ; ) {
      const c2 = src.charCodeAt(i);
      if (c2 === 32 || c2 === 9 || c2 === 13 && src.charCodeAt(i + 1) === 10) i++;
      else if (c2 === 47 && src.charCodeAt(i + 1) === 42) {
        const close = src.indexOf("*/", i + 2);
        if (close < 0) return;
        i = close + 2;
      } else break;
    }
    if (i >= len) return;
    const c = src.charCodeAt(i);
    const lineComment = c === 35 || c === 47 && src.charCodeAt(i + 1) === 47;
    if (c === 10 || c === 44 || lineComment && src.indexOf("\n", i) >= 0) {
      this.singleLineUnclosed(c === 44 ? 44 : 10, i, softBefore);
    }
  }
  /** A block label: a quoted string literal, escapes decoded, no template sequences. */
  quotedLabel() {
    const open = this.pos;
    const tokens = this.templateTokens(open + 1, "quoted", "", open);
    let label = "";
    for (const tok of tokens) {
      if (tok.kind !== 0 /* Literal */) {
        const which = this.src.charAt(tok.start);
        this.fail(
          `Invalid string literal; Template sequences are not allowed in this string. To include a literal "${which}", double it (as "${which}${which}") to escape it.`,
          tok.start
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
  finishBody(out) {
    const top = this.attributeTop;
    if (this.blockTop === out.blockBase) {
      this.failure = out.attributeFailure;
      return this.closeBody(out, sortedObject(this.names, this.values, out.base, top));
    }
    return this.closeBody(out, bodyObject(this.names, this.values, out.base, top, this.labelTree(out)));
  }
  /** Pops a finished body's share of the stacks. */
  closeBody(out, body) {
    this.attributeTop = out.base;
    this.blockTop = out.blockBase;
    return body;
  }
  /** The body's blocks by type and label, as Go's converter nests them; sets the body's failure. */
  labelTree(out) {
    const root = /* @__PURE__ */ new Map();
    let failure;
    for (let i = out.blockBase; i < this.blockTop; i++) {
      const block = this.blockStack[i];
      failure ??= block.failure;
      const shape = this.addBlock(root, block);
      failure ??= shape;
    }
    this.failure = failure ?? out.attributeFailure;
    return root;
  }
  /** Go's convertBlock: one object per label, then the body appended to the list at the end. */
  addBlock(root, block) {
    let node = root;
    let key = block.type;
    for (const label of block.labels) {
      const inner = node.get(key);
      if (inner === void 0) {
        const created = /* @__PURE__ */ new Map();
        node.set(key, created);
        node = created;
      } else if (inner instanceof Map) {
        node = inner;
      } else {
        return new ParseFailure(
          `convert to HCL: convert file: convert body: convert block: Unable to convert Block to JSON: ${[block.type, ...block.labels].join(".")}`,
          -1
        );
      }
      key = label;
    }
    const current = node.get(key);
    if (current === void 0) {
      node.set(key, [block.body]);
    } else if (Array.isArray(current)) {
      if (block.meta) block.meta.index = current.length;
      current.push(block.body);
    } else {
      return new ParseFailure(
        `convert to HCL: convert file: convert body: convert block: invalid HCL detected for "${key}" block, cannot have blocks with and without labels`,
        -1
      );
    }
    return void 0;
  }
  // ---------------------------------------------------------------- expressions
  /** A full expression, conditional included. */
  expression() {
    if (++this.depth > MAX_DEPTH) this.fail("Invalid expression; nested too deeply", this.pos);
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
        "Missing false expression in conditional; The conditional operator (...?...:...) requires a false expression, delimited by a colon.",
        this.pos
      );
    }
    this.pos++;
    const f = this.expression();
    this.depth--;
    return new Res(10 /* Conditional */, start, this.end, "", "", t, f, start, condEnd);
  }
  /** Operands and binary operators; precedence changes no accepted input, so it is not kept. */
  binary() {
    const start = this.pos;
    let res = this.unary();
    for (; ; ) {
      const c = this.skip();
      const width = this.binaryOperator(c);
      if (width === 0) return res;
      this.pos += width;
      const saved = this.detail;
      this.detail = false;
      this.unary();
      this.detail = saved;
      res = new Res(0 /* Other */, start, this.end);
    }
  }
  /** Width of the binary operator at the current position, 0 when there is none. */
  binaryOperator(c) {
    const c1 = this.src.charCodeAt(this.pos + 1);
    switch (c) {
      case 43:
      // +
      case 45:
      // -
      case 42:
      // *
      case 37:
        return 1;
      case 47:
        return 1;
      case 61:
        return c1 === 61 ? 2 : 0;
      case 33:
        return c1 === 61 ? 2 : 0;
      case 60:
        if (c1 === 61) return 2;
        return c1 === 60 ? 0 : 1;
      case 62:
        return c1 === 61 ? 2 : 1;
      case 38:
        return c1 === 38 ? 2 : 0;
      case 124:
        return c1 === 124 ? 2 : 0;
      default:
        return 0;
    }
  }
  /** `-x`, `!x` (nesting allowed: `--1`) or a term with its traversals. */
  unary() {
    const c = this.skip();
    if (c === 45 || c === 33 && this.src.charCodeAt(this.pos + 1) !== 61) {
      const start = this.pos;
      this.pos++;
      const saved = this.detail;
      this.detail = false;
      const operand = this.unary();
      this.detail = saved;
      if (operand.k !== 2 /* Literal */) return new Res(0 /* Other */, start, this.end);
      return this.foldUnary(c === 45, operand, start);
    }
    return this.postfix(this.term());
  }
  /** hcl2json evaluates an operator applied to a literal, and fails where cty would. */
  foldUnary(minus, operand, start) {
    const value = operand.v;
    const fail = (message, offset) => new Res(9 /* BadUnary */, start, this.end, null, message, null, null, offset);
    if (value === null)
      return fail("Operation failed; Error during operation: argument must not be null.", start);
    if (minus) {
      if (typeof value !== "number") {
        return fail("Invalid operand; Unsuitable value for unary operand: number required.", operand.s);
      }
      if (value === 0 || value === Infinity) this.jsonUnsafe = true;
      return new Res(8 /* Unary */, start, this.end, -value);
    }
    if (typeof value === "boolean") return new Res(8 /* Unary */, start, this.end, !value);
    return fail("Invalid operand; Unsuitable value for unary operand: bool required.", operand.s);
  }
  term() {
    const c = this.skip();
    const start = this.pos;
    if (c < 128 && c >= 0 && (ASCII[c] & DIGIT) !== 0) return this.number();
    if (idStart(c)) {
      const end = this.skipIdent();
      const next = this.skip();
      if (next === 40 || next === 58 && this.src.charCodeAt(this.pos + 1) === 58) return this.call(start);
      const n = end - start;
      if (n === 4 || n === 5) {
        const src = this.src;
        if (src.startsWith("true", start) && n === 4) return new Res(2 /* Literal */, start, end, true);
        if (src.startsWith("null", start) && n === 4) return new Res(2 /* Literal */, start, end, null);
        if (src.startsWith("false", start) && n === 5) return new Res(2 /* Literal */, start, end, false);
      }
      return new Res(1 /* Traversal */, start, end);
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
          "Unbalanced parentheses; Expected a closing parenthesis to terminate the expression."
        );
        if (this.soft !== softBefore) this.recovering = true;
        this.nl = saved;
        this.detail = savedDetail;
        return new Res(0 /* Other */, start, this.end);
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
  number() {
    const src = this.src;
    const start = this.pos;
    const i = numberTokenEnd(src, start);
    const text = src.slice(start, i);
    if (!/^\d+(?:\.\d*)?(?:[eE][+-]?\d+)?$/.test(text)) {
      this.fail("Invalid number literal; Failed to recognize the value of this number literal.", start);
    }
    this.pos = i;
    this.end = i;
    const value = Number(text);
    if (value === Infinity) this.jsonUnsafe = true;
    return new Res(2 /* Literal */, start, i, value);
  }
  /** `name(args)` or `provider::ns::name(args)`; the name is already read. */
  call(start) {
    while (this.skip() === 58 && this.src.charCodeAt(this.pos + 1) === 58) {
      this.pos += 2;
      if (!idStart(this.skip()))
        this.fail('Invalid function name; Expected a function name after "::".', this.pos);
      this.skipIdent();
    }
    if (this.skip() !== 40)
      this.fail(
        "Missing open parenthesis; Function selector must be followed by an open parenthesis to begin the function call.",
        this.pos
      );
    this.pos++;
    const saved = this.nl;
    const savedDetail = this.detail;
    this.nl = false;
    this.detail = false;
    for (; ; ) {
      if (this.skip() === 41) break;
      this.expression();
      const sep = this.skip();
      if (sep === 41) break;
      if (sep === 46 && this.src.startsWith("...", this.pos)) {
        this.pos += 3;
        if (this.skip() !== 41) {
          this.fail(
            "Missing closing parenthesis; An expanded function argument (with ...) must be immediately followed by closing parentheses.",
            this.pos
          );
        }
        break;
      }
      if (sep === -1) {
        this.fail(
          "Unterminated function call; There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.",
          start
        );
      }
      if (sep !== 44)
        this.fail(
          "Missing argument separator; A comma is required to separate each function argument from the next.",
          this.pos
        );
      this.pos++;
    }
    this.pos++;
    this.end = this.pos;
    this.nl = saved;
    this.detail = savedDetail;
    return new Res(0 /* Other */, start, this.end);
  }
  /**
   * An index or splat without its `]`. hclsyntax skips the token found instead, then ahead to
   * the matching `]` (or the end of the file), and reports the error there.
   */
  indexUnclosed(message) {
    const src = this.src;
    const len = this.len;
    let i = this.pos;
    const c = src.charCodeAt(i);
    if (idStart(c) || isDigit(c)) {
      while (i < len && idContinue(src.charCodeAt(i))) i++;
    } else if (i < len) i++;
    let nest = 0;
    while (i < len) {
      const d = src.charCodeAt(i);
      if (d === 35 || d === 47 && src.charCodeAt(i + 1) === 47) {
        while (i < len && src.charCodeAt(i) !== 10) i++;
      } else if (d === 47 && src.charCodeAt(i + 1) === 42) {
        const close = src.indexOf("*/", i + 2);
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
  postfix(base) {
    let steps = false;
    let isStatic = base.k === 1 /* Traversal */;
    let attrSplat = false;
    const src = this.src;
    for (; ; ) {
      const c = this.skip();
      if (c === 46 && src.charCodeAt(this.pos + 1) !== 46) {
        this.pos++;
        const n = this.skip();
        if (isDigit(n)) {
          const i = numberTokenEnd(src, this.pos);
          if (src.slice(this.pos, i).includes(".")) {
            this.soft ??= new ParseFailure(
              "Invalid legacy index syntax; When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like [0][1].",
              this.pos
            );
          }
          this.pos = i;
          this.end = i;
        } else if (idStart(n)) {
          this.skipIdent();
        } else if (n === 42) {
          if (attrSplat) {
            this.fail(
              "Nested splat expression not allowed; A splat expression (*) cannot be used inside another attribute-only splat expression.",
              this.pos
            );
          }
          this.pos++;
          this.end = this.pos;
          isStatic = false;
          attrSplat = true;
        } else {
          this.fail("Invalid attribute name; An attribute name is required after a dot.", this.pos);
        }
      } else if (c === 91) {
        attrSplat = false;
        this.pos++;
        if (this.skip() === 42) {
          this.pos++;
          if (this.skip() !== 93) {
            this.indexUnclosed(
              'Missing close bracket on splat index; The star for a full splat operator must be immediately followed by a closing bracket ("]").'
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
              'Missing close bracket on index; The index operator must end with a closing bracket ("]").'
            );
          }
          this.pos++;
          this.end = this.pos;
          if (key.k !== 2 /* Literal */ && key.k !== 4 /* StringLit */) isStatic = false;
          this.nl = saved;
          this.detail = savedDetail;
        }
      } else {
        return steps ? new Res(isStatic ? 1 /* Traversal */ : 0 /* Other */, base.s, this.end) : base;
      }
      steps = true;
    }
  }
  tuple(start) {
    this.pos++;
    const saved = this.nl;
    this.nl = false;
    if (this.skip() !== -1 && this.atKeyword("for")) {
      this.forExpression(false);
      this.nl = saved;
      return new Res(0 /* Other */, start, this.end);
    }
    const items = this.detail ? [] : null;
    for (; ; ) {
      if (this.skip() === 93) break;
      const item = this.expression();
      if (items) items.push(item);
      const sep = this.skip();
      if (sep === 93) break;
      if (sep === -1) {
        this.fail(
          "Unterminated tuple constructor expression; There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.",
          start
        );
      }
      if (sep !== 44)
        this.fail(
          "Missing item separator; Expected a comma to mark the beginning of the next item.",
          this.pos
        );
      this.pos++;
    }
    this.pos++;
    this.end = this.pos;
    this.nl = saved;
    return new Res(6 /* Tuple */, start, this.end, null, "", null, null, 0, 0, items);
  }
  object(start) {
    this.pos++;
    const saved = this.nl;
    if (this.skipAll() !== -1 && this.atKeyword("for")) {
      this.nl = false;
      this.forExpression(true);
      this.nl = saved;
      return new Res(0 /* Other */, start, this.end);
    }
    this.nl = true;
    const list = this.detail ? [] : null;
    for (; ; ) {
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
            this.pos
          );
        }
        if (eq === -1) {
          this.fail(
            "Unterminated object constructor expression; There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
            start
          );
        }
        this.fail(
          'Missing key/value separator; Expected an equals sign ("=") to mark the beginning of the attribute value.',
          this.pos
        );
      }
      const e1 = this.src.charCodeAt(this.pos + 1);
      if (eq === 61 && (e1 === 61 || e1 === 62)) {
        this.fail(
          'Missing key/value separator; Expected an equals sign ("=") to mark the beginning of the attribute value.',
          this.pos
        );
      }
      this.pos++;
      const value = this.expression();
      if (list) list.push(key, value);
      const sep = this.skip();
      if (sep === 125) break;
      if (sep === -1) {
        this.fail(
          "Unterminated object constructor expression; There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
          start
        );
      }
      if (sep !== 44 && sep !== 10) {
        this.fail(
          "Missing attribute separator; Expected a newline or comma to mark the beginning of the next attribute.",
          this.pos
        );
      }
      this.pos++;
    }
    this.pos++;
    this.end = this.pos;
    this.nl = saved;
    return new Res(7 /* Object */, start, this.end, null, "", null, null, 0, 0, list);
  }
  /** After `[` or `{` when `for` follows; newlines are not tokens inside. */
  forExpression(isObject2) {
    const savedDetail = this.detail;
    this.detail = false;
    this.forParts(isObject2);
    this.detail = savedDetail;
  }
  forParts(isObject2) {
    this.skipIdent();
    if (!idStart(this.skip())) {
      this.fail("Invalid 'for' expression; For expression requires variable name after 'for'.", this.pos);
    }
    this.skipIdent();
    if (this.skip() === 44) {
      this.pos++;
      if (!idStart(this.skip())) {
        this.fail(
          "Invalid 'for' expression; For expression requires value variable name after comma.",
          this.pos
        );
      }
      this.skipIdent();
    }
    if (this.skip() === -1 || !this.atKeyword("in")) {
      this.fail(
        "Invalid 'for' expression; For expression requires the 'in' keyword after its name declarations.",
        this.pos
      );
    }
    this.skipIdent();
    this.expression();
    this.expect(
      58,
      "Invalid 'for' expression; For expression requires a colon after the collection expression."
    );
    const first = this.expression();
    let key = null;
    if (this.skip() === 61 && this.src.charCodeAt(this.pos + 1) === 62) {
      this.pos += 2;
      key = first;
      this.expression();
    }
    let ellipsis = -1;
    if (this.skip() === 46 && this.src.startsWith("...", this.pos)) {
      ellipsis = this.pos;
      this.pos += 3;
      this.end = this.pos;
    }
    if (this.skip() !== -1 && this.atKeyword("if")) {
      this.skipIdent();
      this.expression();
    }
    this.expect(
      isObject2 ? 125 : 93,
      "Invalid 'for' expression; Extra characters after the end of the 'for' expression."
    );
    if (!isObject2 && key) {
      this.fail("Invalid 'for' expression; Key expression is not valid when building a tuple.", key.s);
    }
    if (!isObject2 && ellipsis >= 0) {
      this.fail(
        "Invalid 'for' expression; Grouping ellipsis (...) cannot be used when building a tuple.",
        ellipsis
      );
    }
    if (isObject2 && !key) {
      this.fail("Invalid 'for' expression; Key expression is required when building an object.", first.s);
    }
  }
  // ---------------------------------------------------------------- conversion
  /** An attribute's value; a conversion failure is kept for the body. */
  convert(r, out) {
    this.valueFailure = void 0;
    const value = this.value(r);
    out.attributeFailure ??= this.valueFailure;
    return value;
  }
  /** The value hcl2json gives an attribute or a converted element. */
  value(r) {
    switch (r.k) {
      case 2 /* Literal */:
      case 8 /* Unary */:
        return r.v;
      case 6 /* Tuple */: {
        const list = r.list;
        const out = new Array(list.length);
        for (let i = 0; i < list.length; i++) out[i] = this.value(list[i]);
        return out;
      }
      case 7 /* Object */: {
        const list = r.list;
        const keys = [];
        const values = [];
        for (let i = 0; i < list.length; i += 2) {
          keys.push(this.keyText(list[i]));
          values.push(this.value(list[i + 1]));
        }
        return sortedObject(keys, values);
      }
      case 3 /* Template */:
      case 4 /* StringLit */:
        return r.str;
      case 5 /* Wrap */:
        return this.value(r.t);
      case 9 /* BadUnary */:
        this.valueFailure ??= new ParseFailure(r.str, r.cs);
        return null;
      default:
        return "${" + this.rangeSource(r.s, r.e) + "}";
    }
  }
  /** An expression inside a template or an object key: text, not a JSON value. */
  stringPart(r) {
    switch (r.k) {
      case 2 /* Literal */:
        return typeof r.v === "number" ? decimalString(this.src.slice(r.s, r.e)) : String(r.v);
      case 3 /* Template */:
      case 4 /* StringLit */:
        return r.str;
      case 5 /* Wrap */:
        return this.stringPart(r.t);
      case 10 /* Conditional */: {
        let out = "%{if " + this.rangeSource(r.cs, r.ce) + "}" + this.stringPart(r.t);
        const otherwise = this.stringPart(r.f);
        if (otherwise.length > 0) out += "%{else}" + otherwise;
        return out + "%{endif}";
      }
      default:
        return "${" + this.rangeSource(r.s, r.e) + "}";
    }
  }
  /** A bare name or static traversal key is its source; anything else a string part. */
  keyText(r) {
    if (r.k === 1 /* Traversal */) {
      const end = this.src.charCodeAt(r.e) === 41 ? r.e + 1 : r.e;
      return intern(this.src, r.s, end);
    }
    return this.stringPart(r);
  }
  /** The source of a range, with hcl2json's habit of taking one following `)` along. */
  rangeSource(start, end) {
    return this.src.slice(start, this.src.charCodeAt(end) === 41 ? end + 1 : end);
  }
  // ---------------------------------------------------------------- templates
  /** A quoted template at `"`. */
  template(start) {
    const src = this.src;
    let i = start + 1;
    for (; ; ) {
      const c = src.charCodeAt(i);
      if (c === 34) {
        this.pos = i + 1;
        this.end = this.pos;
        return new Res(4 /* StringLit */, start, this.pos, "", escapeLiteral(src.slice(start + 1, i)));
      }
      if (c === 92 || c === 36 || c === 37 || c === 10 || c === 13 || i >= this.len) break;
      i++;
    }
    const tokens = this.templateTokens(start + 1, "quoted", "", start);
    return this.templateResult(tokens, start);
  }
  /** `<<EOT` or `<<-EOT` at `<<`. */
  heredoc(start) {
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
    const tokens = this.templateTokens(i + 1, flush ? "flush" : "heredoc", marker, start);
    if (flush) flushIndent2(tokens);
    return this.templateResult(tokens, start);
  }
  /**
   * A heredoc without `$` or `%` (most are: policies, scripts): its text is its lines, less their
   * common indentation for `<<-`, taken without a token per line. Null when templateTokens must
   * decide: a template sequence (or its escape), or no closing marker.
   */
  plainHeredoc(from, marker, flush, start) {
    const src = this.src;
    let line = from;
    let min = Number.MAX_SAFE_INTEGER;
    for (; ; ) {
      const markerEnd = closingMarker(src, line, marker, false);
      if (markerEnd >= 0) {
        this.templateEnd = line;
        this.pos = markerEnd;
        this.end = markerEnd;
        break;
      }
      const newline = src.indexOf("\n", line);
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
    let text;
    if (!flush || min === 0 || min === Number.MAX_SAFE_INTEGER) text = src.slice(from, end);
    else {
      text = "";
      for (let at = from; at < end; ) {
        const next = src.indexOf("\n", at) + 1;
        let n = at;
        while (n < next && isSpaceCode(src.charCodeAt(n))) n++;
        text += src.slice(n === next ? at : at + min, next);
        at = next;
      }
    }
    return new Res(4 /* StringLit */, start, this.end, "", escapeLiteral(text));
  }
  /**
   * Scans template text from `from` to its end (closing quote or heredoc marker), leaving
   * `pos` after it. Literal tokens are split after each newline, as hclsyntax's scanner splits
   * them: strip markers and `<<-` act on whole tokens.
   */
  templateTokens(from, mode, marker, openStart) {
    const src = this.src;
    const len = this.len;
    const quoted = mode === "quoted";
    const tokens = [];
    let lit = "";
    let litStart = from;
    let segStart = from;
    let hasLit = false;
    let ltrimNext = false;
    let i = from;
    let lineStart = !quoted;
    const closeLiteral = (end) => {
      if (end > segStart) {
        lit += src.slice(segStart, end);
        hasLit = true;
      }
      if (hasLit) {
        tokens.push({
          kind: 0 /* Literal */,
          text: ltrimNext ? trimLeftSpace(lit) : lit,
          start: litStart,
          res: null,
          vars: ""
        });
        lit = "";
        hasLit = false;
      }
      ltrimNext = false;
    };
    for (; ; ) {
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
        this.fail(
          "Unterminated template string; No closing marker was found for the string.",
          quoted ? openStart : len
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
          lit += src.slice(segStart, i) + (c === 36 ? "${" : "%{");
          hasLit = true;
          i += 3;
          segStart = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === 10 || c === 13 && quoted) {
        if (quoted)
          this.fail("Invalid multi-line string; Quoted strings may not be split over multiple lines.", i);
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
  stripNext = false;
  /** Where the template just scanned ends: its closing quote, or the line of its heredoc marker. */
  templateEnd = 0;
  /** `${ ... }` or `%{ ... }` at `at`; returns the offset after its closing brace. */
  sequence(at, directive, tokens) {
    let pos = at + 2;
    if (this.src.charCodeAt(pos) === 126) {
      pos++;
      const prev = tokens[tokens.length - 1];
      if (prev && prev.kind === 0 /* Literal */) prev.text = trimRightSpace(prev.text);
    }
    this.pos = pos;
    const saved = this.nl;
    this.nl = false;
    let token;
    if (!directive) {
      const res = this.expression();
      token = { kind: 1 /* Interp */, text: "", start: at, res, vars: "" };
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
        `Unclosed template ${directive ? "directive" : "interpolation"} sequence; There is no closing brace for this ${directive ? "directive" : "interpolation"} sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.`,
        at
      );
    }
    if (c !== 125) {
      this.fail(
        directive ? 'Invalid template directive; A template directive must end with a closing brace ("}").' : "Invalid template interpolation; Expected a closing brace to end the interpolation expression, but found extra characters.",
        this.pos
      );
    }
    this.pos++;
    this.end = this.pos;
    this.nl = saved;
    tokens.push(token);
    this.stripNext = strip;
    return this.pos;
  }
  directive(at) {
    const c = this.skip();
    const word = idStart(c) ? this.ident() : "";
    switch (word) {
      case "if": {
        const cond = this.expression();
        return { kind: 2 /* If */, text: this.rangeSource(cond.s, cond.e), start: at, res: null, vars: "" };
      }
      case "else":
        return { kind: 3 /* Else */, text: "", start: at, res: null, vars: "" };
      case "endif":
        return { kind: 4 /* EndIf */, text: "", start: at, res: null, vars: "" };
      case "endfor":
        return { kind: 6 /* EndFor */, text: "", start: at, res: null, vars: "" };
      case "for": {
        if (!idStart(this.skip()))
          this.fail(
            'Invalid template directive; For directive requires variable name after "for".',
            this.pos
          );
        let vars = this.ident();
        if (this.skip() === 44) {
          this.pos++;
          if (!idStart(this.skip()))
            this.fail(
              "Invalid template directive; For directive requires value variable name after comma.",
              this.pos
            );
          vars += ", " + this.ident();
        }
        if (this.skip() === -1 || !this.atKeyword("in")) {
          this.fail(
            'Invalid template directive; For directive requires the "in" keyword after its name declarations.',
            this.pos
          );
        }
        this.skipIdent();
        const coll = this.expression();
        return { kind: 5 /* For */, text: this.rangeSource(coll.s, coll.e), start: at, res: null, vars };
      }
      default:
        return this.fail(
          'Invalid template control keyword; "' + word + '" is not a valid template control keyword.',
          this.pos
        );
    }
  }
  /** The converted template: one interpolation alone stays an expression, else template text. */
  templateResult(tokens, start) {
    let n = 0;
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k];
      const prev = n > 0 ? tokens[n - 1] : void 0;
      if (tok.kind === 0 /* Literal */ && prev && prev.kind === 0 /* Literal */) prev.text += tok.text;
      else tokens[n++] = tok;
    }
    tokens.length = n;
    if (n === 1 && tokens[0].kind === 1 /* Interp */) {
      return new Res(5 /* Wrap */, start, this.end, "", "", tokens[0].res);
    }
    if (n === 0) return new Res(4 /* StringLit */, start, this.end, "", "");
    if (n === 1 && tokens[0].kind === 0 /* Literal */) {
      return new Res(4 /* StringLit */, start, this.end, "", escapeLiteral(tokens[0].text));
    }
    return new Res(3 /* Template */, start, this.end, "", this.renderTokens(tokens, { at: 0 }, null));
  }
  /** Renders tokens until a closer in `closers` (consumed), checking directive balance. */
  renderTokens(tokens, nest, closers) {
    let out = "";
    while (nest.at < tokens.length) {
      const tok = tokens[nest.at++];
      switch (tok.kind) {
        case 0 /* Literal */:
          out += escapeLiteral(tok.text);
          break;
        case 1 /* Interp */:
          out += this.stringPart(tok.res);
          break;
        case 2 /* If */: {
          const then = this.renderTokens(tokens, nest, [3 /* Else */, 4 /* EndIf */]);
          let otherwise = "";
          if (tokens[nest.at - 1].kind === 3 /* Else */) otherwise = this.renderTokens(tokens, nest, [4 /* EndIf */]);
          out += "%{if " + tok.text + "}" + then + (otherwise.length > 0 ? "%{else}" + otherwise : "") + "%{endif}";
          break;
        }
        case 5 /* For */:
          out += "%{for " + tok.vars + " in " + tok.text + "}" + this.renderTokens(tokens, nest, [6 /* EndFor */]) + "%{endfor}";
          break;
        default:
          if (closers?.includes(tok.kind)) return out;
          this.fail(
            `Unexpected ${directiveName(tok.kind)} directive; The ${directiveName(tok.kind)} directive is not expected here.`,
            tok.start
          );
      }
    }
    if (closers) {
      this.fail(
        `Unexpected end of template; The ${closers.includes(6 /* EndFor */) ? "for" : "if"} directive is missing its corresponding ${closers.includes(6 /* EndFor */) ? "endfor" : "endif"} directive.`,
        this.templateEnd
      );
    }
    return out;
  }
  /** A backslash escape in a quoted template: the decoded text and the source width. */
  escape(i) {
    const src = this.src;
    const e = src.charCodeAt(i + 1);
    switch (e) {
      case 110:
        return ["\n", 2];
      case 114:
        return ["\r", 2];
      case 116:
        return ["	", 2];
      case 34:
        return ['"', 2];
      case 92:
        return ["\\", 2];
      case 117:
      case 85: {
        const digits = e === 117 ? 4 : 8;
        const hex = src.slice(i + 2, i + 2 + digits);
        const cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : -1;
        if (cp < 0 || cp > 1114111 || cp >= 55296 && cp <= 57343) {
          this.fail(
            "Invalid escape sequence; The \\u escape sequence must be followed by four hexadecimal digits.",
            i
          );
        }
        return [String.fromCodePoint(cp), 2 + digits];
      }
      default:
        return this.fail(
          `Invalid escape sequence; The symbol "${src.charAt(i + 1)}" is not a valid escape sequence selector.`,
          i
        );
    }
  }
};
function numberTokenEnd(src, start) {
  let i = start + 1;
  for (; ; ) {
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
function directiveName(kind) {
  return kind === 3 /* Else */ ? "else" : kind === 4 /* EndIf */ ? "endif" : kind === 6 /* EndFor */ ? "endfor" : "template";
}
function flushIndent2(tokens) {
  let min = Number.MAX_SAFE_INTEGER;
  let atLineStart = true;
  const adjust = [];
  for (const tok of tokens) {
    if (atLineStart) {
      atLineStart = false;
      let spaces = 0;
      if (tok.kind === 0 /* Literal */) {
        const value = tok.text;
        let n = 0;
        while (n < value.length && isSpaceCode(value.charCodeAt(n))) n++;
        if (n === value.length && value.endsWith("\n")) spaces = Number.MAX_SAFE_INTEGER;
        else {
          spaces = n;
          adjust.push(tok);
        }
      }
      if (spaces < min) min = spaces;
    }
    if (tok.kind === 0 /* Literal */ && tok.text.endsWith("\n")) atLineStart = true;
  }
  if (min === Number.MAX_SAFE_INTEGER || min === 0) return;
  for (const tok of adjust) tok.text = tok.text.slice(min);
}
function bodyObject(names, values, from, to, root) {
  if (root.size === 0) return sortedObject(names, values, from, to);
  const keys = [];
  const merged = [];
  for (const [key, node] of root) {
    keys.push(key);
    merged.push(labelTreeValue(node));
  }
  for (let i = from; i < to; i++) {
    const at = keys.indexOf(names[i]);
    if (at >= 0) merged[at] = values[i];
    else {
      keys.push(names[i]);
      merged.push(values[i]);
    }
  }
  return sortedObject(keys, merged);
}
function labelTreeValue(node) {
  if (Array.isArray(node)) return node;
  const keys = [];
  const values = [];
  for (const [key, child] of node) {
    keys.push(key);
    values.push(labelTreeValue(child));
  }
  return sortedObject(keys, values);
}

// src/load/native/index.ts
function parseNative(text, filename = "main.tf") {
  const parsed = parseHcl(text, filename);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    get json() {
      return parsed.json;
    },
    blocks: parsed.blocks,
    topNames: parsed.topNames
  };
}
function toWire(parsed) {
  if (!parsed.ok) return parsed;
  const positions = parsed.blocks.map(({ type, labels, line, attributes, index }) => ({
    type,
    labels,
    line,
    attributes,
    index
  }));
  return {
    ok: true,
    json: parsed.jsonUnsafe ? parsed.json : JSON.stringify(parsed.json),
    blocks: JSON.stringify(positions),
    topNames: parsed.topNames
  };
}
function fromWire(wire) {
  if (!wire.ok) return wire;
  const json = typeof wire.json === "string" ? JSON.parse(wire.json) : wire.json;
  const blocks = [];
  for (const meta of JSON.parse(wire.blocks)) {
    const body = bodyAt(json, meta);
    if (body !== void 0) blocks.push({ ...meta, body });
  }
  return { ok: true, json, blocks, topNames: wire.topNames };
}
function bodyAt(json, meta) {
  let node = json[meta.type];
  for (const label of meta.labels) {
    if (!isObject(node)) return void 0;
    node = Object.hasOwn(node, label) ? node[label] : void 0;
  }
  if (!Array.isArray(node)) return void 0;
  const body = node[meta.index];
  return isObject(body) ? body : void 0;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  jsonErrorOffset,
  lineAt,
  describeJsonError,
  SyntaxFailure,
  EvalError,
  lineColumn,
  Unsupported,
  tokenName,
  Lexer,
  isSpaceCode,
  plainQuotedEnd,
  scanTemplate,
  compareKeys,
  parseHcl,
  parseNative,
  toWire,
  fromWire
};
