/**
 * Recursive-descent parser for HCL2 native-syntax expressions, following the precedence and
 * newline rules of hashicorp/hcl's hclsyntax package.
 */
import type {
  BinaryOp,
  CallExpr,
  Expr,
  ForExpr,
  ObjectExpr,
  ObjectItem,
  ParseError,
  SplatItemExpr,
  TemplateExpr,
  TupleExpr,
} from './ast.js';
import { SyntaxFailure, lineColumn } from './errors.js';
import { Lexer, T, tokenName } from './lexer.js';
import type { Token } from './lexer.js';
import { plainQuotedEnd, scanTemplate } from './template.js';

/** Deep enough for any real configuration, shallow enough to stay far from the JS stack limit. */
const MAX_DEPTH = 200;

/**
 * Binary operators by token type: precedence (higher binds tighter, all left-associative) and
 * the operator. Same levels as hclsyntax: || < && < == != < comparisons < + - < * / %.
 */
const BINARY_PRECEDENCE = new Int8Array(T.Invalid + 1);
const BINARY_OP: BinaryOp[] = [];
for (const [type, precedence, op] of [
  [T.Or, 1, '||'],
  [T.And, 2, '&&'],
  [T.EqEq, 3, '=='],
  [T.NotEq, 3, '!='],
  [T.Gt, 4, '>'],
  [T.Ge, 4, '>='],
  [T.Lt, 4, '<'],
  [T.Le, 4, '<='],
  [T.Plus, 5, '+'],
  [T.Minus, 5, '-'],
  [T.Star, 6, '*'],
  [T.Slash, 6, '/'],
  [T.Percent, 6, '%'],
] as const) {
  BINARY_PRECEDENCE[type] = precedence;
  BINARY_OP[type] = op;
}

export class Parser {
  readonly lex: Lexer;
  private peeked: Token | null = null;
  /** Whether newlines are tokens right now: true only directly inside `{ ... }` object constructors. */
  private includeNewlines = false;
  private readonly newlineStack: boolean[] = [];
  private depth = 0;

  constructor(readonly src: string) {
    this.lex = new Lexer(src);
  }

  peek(): Token {
    let tok = this.peeked ?? this.lex.next();
    if (!this.includeNewlines) {
      while (tok.type === T.Newline) tok = this.lex.next();
    }
    this.peeked = tok;
    return tok;
  }

  next(): Token {
    const tok = this.peek();
    this.peeked = null;
    return tok;
  }

  /** Hands the position over after template scanning; no token may be buffered at this point. */
  resetAt(pos: number): void {
    this.peeked = null;
    this.lex.pos = pos;
  }

  pushNewlines(include: boolean): void {
    this.newlineStack.push(this.includeNewlines);
    this.includeNewlines = include;
  }

  popNewlines(): void {
    this.includeNewlines = this.newlineStack.pop() ?? false;
  }

  fail(message: string, start: number, end: number = start): never {
    throw new SyntaxFailure(message, start, end);
  }

  expect(type: T, what?: string): Token {
    const tok = this.next();
    if (tok.type !== type) {
      this.fail(`expected ${what ?? tokenName(type)} but found ${this.describe(tok)}`, tok.start, tok.end);
    }
    return tok;
  }

  describe(tok: Token): string {
    if (tok.type === T.Ident || tok.type === T.Number || tok.type === T.Invalid) {
      return `"${this.src.slice(tok.start, tok.end)}"`;
    }
    return tokenName(tok.type);
  }

  text(tok: Token): string {
    return this.src.slice(tok.start, tok.end);
  }

  private isKeyword(tok: Token, word: string): boolean {
    return (
      tok.type === T.Ident && tok.end - tok.start === word.length && this.src.startsWith(word, tok.start)
    );
  }

  /** Parses the whole input as one expression; newlines between tokens are insignificant. */
  parseWhole(): Expr {
    const expr = this.parseExpression();
    const tok = this.peek();
    if (tok.type !== T.EOF) {
      this.fail(`unexpected ${this.describe(tok)} after expression`, tok.start, tok.end);
    }
    return expr;
  }

  parseExpression(): Expr {
    if (++this.depth > MAX_DEPTH) this.fail('expression is nested too deeply', this.lex.pos);
    try {
      const condition = this.parseBinary(1);
      if (this.peek().type !== T.Question) return condition;
      this.next();
      const trueExpr = this.parseExpression();
      this.expect(T.Colon, '":" in conditional expression');
      const falseExpr = this.parseExpression();
      return {
        kind: 'conditional',
        condition,
        trueExpr,
        falseExpr,
        start: condition.start,
        end: falseExpr.end,
      };
    } finally {
      this.depth--;
    }
  }

  /** Precedence climbing over operators binding at least as tightly as `minPrecedence`. */
  private parseBinary(minPrecedence: number): Expr {
    let left = this.parseTermWithTraversals();
    for (;;) {
      const type = this.peek().type;
      const precedence = BINARY_PRECEDENCE[type]!;
      if (precedence === 0 || precedence < minPrecedence) return left;
      this.next();
      const right = this.parseBinary(precedence + 1);
      left = { kind: 'binary', op: BINARY_OP[type]!, left, right, start: left.start, end: right.end };
    }
  }

  private parseTermWithTraversals(): Expr {
    return this.parseTraversals(this.parseTerm());
  }

  private parseTerm(): Expr {
    const tok = this.next();
    switch (tok.type) {
      case T.Number: {
        const value = Number(this.text(tok));
        return { kind: 'literal', value, start: tok.start, end: tok.end };
      }
      case T.Ident:
        return this.parseIdentTerm(tok);
      case T.Minus:
      case T.Bang: {
        // The operand is a single term, so `-1 + 2` is `(-1) + 2`, as in HCL.
        const operand = this.parseTermWithTraversals();
        const op = tok.type === T.Minus ? '-' : '!';
        return { kind: 'unary', op, operand, start: tok.start, end: operand.end };
      }
      case T.OParen: {
        this.pushNewlines(false);
        const expr = this.parseExpression();
        const close = this.expect(T.CParen, '")"');
        this.popNewlines();
        return { kind: 'parens', expr, start: tok.start, end: close.end };
      }
      case T.OBrack:
        return this.parseTuple(tok);
      case T.OBrace:
        return this.parseObject(tok);
      case T.OQuote: {
        const close = plainQuotedEnd(this.src, tok.end);
        if (close >= 0) {
          this.resetAt(close + 1);
          const value = this.src.slice(tok.end, close);
          const part = { kind: 'literal', value, start: tok.end, end: close } as const;
          return { kind: 'template', parts: [part], start: tok.start, end: close + 1 };
        }
        const { parts, end } = scanTemplate(this, tok.end, 'quoted', undefined, tok.start);
        this.resetAt(end);
        return { kind: 'template', parts, start: tok.start, end };
      }
      case T.OHeredoc: {
        const mode = tok.flush ? 'flushHeredoc' : 'heredoc';
        const { parts, end } = scanTemplate(this, tok.end, mode, tok.marker, tok.start);
        this.resetAt(end);
        return { kind: 'template', parts, start: tok.start, end };
      }
      default:
        return this.fail(`expected an expression but found ${this.describe(tok)}`, tok.start, tok.end);
    }
  }

  private parseIdentTerm(tok: Token): Expr {
    const name = this.text(tok);
    switch (name) {
      case 'true':
        return { kind: 'literal', value: true, start: tok.start, end: tok.end };
      case 'false':
        return { kind: 'literal', value: false, start: tok.start, end: tok.end };
      case 'null':
        return { kind: 'literal', value: null, start: tok.start, end: tok.end };
    }
    const after = this.peek().type;
    if (after === T.OParen || after === T.DoubleColon) return this.parseCall(tok, name);
    return { kind: 'variable', name, start: tok.start, end: tok.end };
  }

  private parseCall(nameTok: Token, first: string): CallExpr {
    let name = first;
    while (this.peek().type === T.DoubleColon) {
      this.next();
      name += '::' + this.text(this.expect(T.Ident, 'function name after "::"'));
    }
    this.expect(T.OParen, '"(" after function name');
    this.pushNewlines(false);
    const args: Expr[] = [];
    let expandFinal = false;
    let close: Token;
    for (;;) {
      if (this.peek().type === T.CParen) {
        close = this.next();
        break;
      }
      args.push(this.parseExpression());
      const sep = this.next();
      if (sep.type === T.Ellipsis) {
        expandFinal = true;
        close = this.expect(T.CParen, '")" after expanded final argument');
        break;
      }
      if (sep.type === T.CParen) {
        close = sep;
        break;
      }
      if (sep.type !== T.Comma) {
        this.fail(`expected "," or ")" in function call but found ${this.describe(sep)}`, sep.start, sep.end);
      }
    }
    this.popNewlines();
    return { kind: 'call', name, args, expandFinal, start: nameTok.start, end: close.end };
  }

  private parseTuple(open: Token): TupleExpr | ForExpr {
    this.pushNewlines(false);
    if (this.isKeyword(this.peek(), 'for')) {
      const result = this.parseFor(open, false);
      this.popNewlines();
      return result;
    }
    const items: Expr[] = [];
    let close: Token;
    for (;;) {
      if (this.peek().type === T.CBrack) {
        close = this.next();
        break;
      }
      items.push(this.parseExpression());
      const sep = this.next();
      if (sep.type === T.CBrack) {
        close = sep;
        break;
      }
      if (sep.type !== T.Comma) {
        this.fail(`expected "," or "]" in tuple but found ${this.describe(sep)}`, sep.start, sep.end);
      }
    }
    this.popNewlines();
    return { kind: 'tuple', items, start: open.start, end: close.end };
  }

  private parseObject(open: Token): ObjectExpr | ForExpr {
    // Peeking past newlines for `for` is slightly more lenient than HCL, never less.
    this.pushNewlines(false);
    const isFor = this.isKeyword(this.peek(), 'for');
    if (isFor) {
      const result = this.parseFor(open, true);
      this.popNewlines();
      return result;
    }
    this.popNewlines();
    this.pushNewlines(true);
    const items: ObjectItem[] = [];
    let close: Token;
    for (;;) {
      let tok = this.peek();
      while (tok.type === T.Newline) {
        this.next();
        tok = this.peek();
      }
      if (tok.type === T.CBrace) {
        close = this.next();
        break;
      }
      const keyExpr = this.parseExpression();
      // A naked identifier, keywords included (`null = 1`), is a literal key, as in HCL.
      const bareWord =
        keyExpr.kind === 'variable' ||
        (keyExpr.kind === 'literal' &&
          typeof keyExpr.value !== 'number' &&
          typeof keyExpr.value !== 'string');
      const key: ObjectItem['key'] = bareWord
        ? {
            kind: 'name',
            name: this.src.slice(keyExpr.start, keyExpr.end),
            start: keyExpr.start,
            end: keyExpr.end,
          }
        : keyExpr;
      const eq = this.next();
      if (eq.type !== T.Eq && eq.type !== T.Colon) {
        this.fail(`expected "=" or ":" after object key but found ${this.describe(eq)}`, eq.start, eq.end);
      }
      const value = this.parseExpression();
      items.push({ key, value, start: keyExpr.start, end: value.end });
      const sep = this.peek();
      if (sep.type === T.Comma || sep.type === T.Newline) {
        this.next();
      } else if (sep.type !== T.CBrace) {
        this.fail(
          `expected newline, "," or "}" after object item but found ${this.describe(sep)}`,
          sep.start,
          sep.end,
        );
      }
    }
    this.popNewlines();
    return { kind: 'object', items, start: open.start, end: close.end };
  }

  /** After `[` or `{` when the next token is `for`; newlines are already insignificant. */
  private parseFor(open: Token, isObject: boolean): ForExpr {
    this.next(); // `for`
    let valueVar = this.text(this.expect(T.Ident, 'iteration variable name after "for"'));
    let keyVar: string | null = null;
    if (this.peek().type === T.Comma) {
      this.next();
      keyVar = valueVar;
      valueVar = this.text(this.expect(T.Ident, 'value variable name after ","'));
    }
    const inTok = this.next();
    if (!this.isKeyword(inTok, 'in')) {
      this.fail(`expected "in" in for expression but found ${this.describe(inTok)}`, inTok.start, inTok.end);
    }
    const collection = this.parseExpression();
    this.expect(T.Colon, '":" after for expression collection');
    let keyExpr: Expr | null = null;
    if (isObject) {
      keyExpr = this.parseExpression();
      this.expect(T.FatArrow, '"=>" in object for expression');
    }
    const valueExpr = this.parseExpression();
    let grouping = false;
    if (isObject && this.peek().type === T.Ellipsis) {
      this.next();
      grouping = true;
    }
    let condition: Expr | null = null;
    if (this.isKeyword(this.peek(), 'if')) {
      this.next();
      condition = this.parseExpression();
    }
    const close = this.expect(isObject ? T.CBrace : T.CBrack, isObject ? '"}"' : '"]"');
    return {
      kind: 'for',
      isObject,
      keyVar,
      valueVar,
      collection,
      keyExpr,
      valueExpr,
      condition,
      grouping,
      start: open.start,
      end: close.end,
    };
  }

  /** Postfix steps: `.name`, `.0`, `[key]`, `[*]`, `.*`. */
  private parseTraversals(base: Expr): Expr {
    let expr = base;
    for (;;) {
      const tok = this.peek();
      if (tok.type === T.Dot) {
        this.next();
        const index = this.lex.scanInteger();
        if (index) {
          const key: Expr = {
            kind: 'literal',
            value: Number(this.text(index)),
            start: index.start,
            end: index.end,
          };
          expr = { kind: 'index', object: expr, key, legacy: true, start: expr.start, end: index.end };
          continue;
        }
        const name = this.next();
        if (name.type === T.Ident) {
          expr = { kind: 'getAttr', object: expr, name: this.text(name), start: expr.start, end: name.end };
        } else if (name.type === T.Star) {
          expr = this.parseAttrSplat(expr, name.end);
        } else {
          this.fail(
            `expected attribute name after "." but found ${this.describe(name)}`,
            name.start,
            name.end,
          );
        }
      } else if (tok.type === T.OBrack) {
        this.next();
        this.pushNewlines(false);
        if (this.peek().type === T.Star) {
          this.next();
          const close = this.expect(T.CBrack, '"]" after "[*"');
          this.popNewlines();
          const item: SplatItemExpr = { kind: 'splatItem', start: close.end, end: close.end };
          // A full splat swallows every following step, nested splats included.
          const each = this.parseTraversals(item);
          expr = {
            kind: 'splat',
            source: expr,
            each,
            attrOnly: false,
            start: expr.start,
            end: Math.max(close.end, each.end),
          };
        } else {
          const key = this.parseExpression();
          const close = this.expect(T.CBrack, '"]" after index');
          this.popNewlines();
          expr = { kind: 'index', object: expr, key, legacy: false, start: expr.start, end: close.end };
        }
      } else {
        return expr;
      }
    }
  }

  /** Legacy `.*`: only `.name` and `.N` steps belong to the splat; anything after applies to its result. */
  private parseAttrSplat(source: Expr, starEnd: number): Expr {
    let each: Expr = { kind: 'splatItem', start: starEnd, end: starEnd };
    while (this.peek().type === T.Dot) {
      this.next();
      const index = this.lex.scanInteger();
      if (index) {
        const key: Expr = {
          kind: 'literal',
          value: Number(this.text(index)),
          start: index.start,
          end: index.end,
        };
        each = { kind: 'index', object: each, key, legacy: true, start: each.start, end: index.end };
        continue;
      }
      const name = this.expect(T.Ident, 'attribute name after "."');
      each = { kind: 'getAttr', object: each, name: this.text(name), start: each.start, end: name.end };
    }
    return {
      kind: 'splat',
      source,
      each,
      attrOnly: true,
      start: source.start,
      end: Math.max(starEnd, each.end),
    };
  }
}

export function toParseError(text: string, err: unknown): ParseError {
  if (err instanceof SyntaxFailure) {
    const { line, column } = lineColumn(text, err.start);
    return { kind: 'parseError', message: err.message, start: err.start, end: err.end, line, column };
  }
  if (err instanceof RangeError) {
    return {
      kind: 'parseError',
      message: 'expression is nested too deeply',
      start: 0,
      end: text.length,
      line: 1,
      column: 1,
    };
  }
  throw err;
}

/** Parses one expression's source text, e.g. the inside of a `${...}`. Never throws. */
export function parseExpressionOrError(text: string): Expr | ParseError {
  try {
    return new Parser(text).parseWhole();
  } catch (err) {
    return toParseError(text, err);
  }
}

/**
 * Parses a bare template: hcl2json's rendering of a non-literal value, or a templatefile().
 * Backslashes are literal here; only `$${` and `%%{` are escapes. Never throws.
 */
export function parseTemplate(text: string): TemplateExpr | ParseError {
  try {
    const parser = new Parser(text);
    const { parts, end } = scanTemplate(parser, 0, 'bare');
    return { kind: 'template', parts, start: 0, end };
  } catch (err) {
    return toParseError(text, err);
  }
}

const templateCache = new Map<string, TemplateExpr | ParseError>();
const TEMPLATE_CACHE_LIMIT = 4096;

/**
 * parseTemplate with a bounded cache: the same attribute text recurs across module instances,
 * and ASTs are immutable, so sharing them is safe.
 */
export function parseTemplateCached(text: string): TemplateExpr | ParseError {
  let result = templateCache.get(text);
  if (result === undefined) {
    result = parseTemplate(text);
    if (templateCache.size >= TEMPLATE_CACHE_LIMIT) templateCache.clear();
    templateCache.set(text, result);
  }
  return result;
}

/** Like parseExpressionOrError, but a failure becomes an `error` node that evaluates to Unknown. */
export function parseExpression(text: string): Expr {
  const result = parseExpressionOrError(text);
  if (result.kind !== 'parseError') return result;
  return {
    kind: 'error',
    message: result.message,
    line: result.line,
    column: result.column,
    start: result.start,
    end: result.end,
  };
}
