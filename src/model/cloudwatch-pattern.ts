/**
 * The two pattern languages alarms on CloudTrail events are written in, read for their meaning:
 *
 * - CloudWatch Logs JSON metric filter patterns, `{ $.userIdentity.type = "Root" && ... }`:
 *   parsed into an expression tree, so whitespace, quoting, parentheses and term order do not
 *   change what a filter is judged to match;
 * - EventBridge event patterns (JSON), `{"detail": {"userIdentity": {"type": ["Root"]}}}`:
 *   asked whether the matcher at a field accepts a given value.
 *
 * Nothing here knows about the root user: rules decide what a term means for their events.
 */

export type ComparisonOperator = '=' | '!=' | '<' | '>' | '<=' | '>=';

/** A value in a metric filter comparison. Strings may hold `*` wildcards. */
export type PatternValue =
  | { readonly kind: 'string'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'regex'; readonly source: string };

/** One condition on one field: `$.a.b = "x"`, `$.a NOT EXISTS`, `$.a IS NULL`. */
export type FilterTerm =
  | {
      readonly kind: 'compare';
      readonly selector: string;
      readonly op: ComparisonOperator;
      readonly value: PatternValue;
    }
  | { readonly kind: 'exists'; readonly selector: string; readonly exists: boolean }
  | { readonly kind: 'is'; readonly selector: string; readonly what: 'NULL' | 'TRUE' | 'FALSE' };

export type FilterExpression =
  | { readonly kind: 'and' | 'or'; readonly items: readonly FilterExpression[] }
  | { readonly kind: 'term'; readonly term: FilterTerm };

export type ParsedFilterPattern =
  | { readonly kind: 'json'; readonly expression: FilterExpression }
  /** A term, phrase or space-delimited pattern: it does not address JSON fields. */
  | { readonly kind: 'text' }
  | { readonly kind: 'invalid'; readonly error: string };

/** Reads a metric filter pattern. Only `{ ... }` patterns address fields of JSON events. */
export function parseFilterPattern(pattern: string): ParsedFilterPattern {
  const text = pattern.trim();
  if (!text.startsWith('{')) return { kind: 'text' };
  try {
    const parser = new FilterParser(text);
    return { kind: 'json', expression: parser.parsePattern() };
  } catch (e) {
    return { kind: 'invalid', error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The expression as alternatives of conjunctions (disjunctive normal form): the pattern matches
 * an event when every term of at least one alternative does. Undefined when the expansion would
 * exceed `limit` alternatives (a pattern that large is reported, not guessed at).
 */
export function alternatives(expression: FilterExpression, limit = 256): FilterTerm[][] | undefined {
  switch (expression.kind) {
    case 'term':
      return [[expression.term]];
    case 'or': {
      const out: FilterTerm[][] = [];
      for (const item of expression.items) {
        const sub = alternatives(item, limit);
        if (sub === undefined) return undefined;
        out.push(...sub);
        if (out.length > limit) return undefined;
      }
      return out;
    }
    case 'and': {
      let out: FilterTerm[][] = [[]];
      for (const item of expression.items) {
        const sub = alternatives(item, limit);
        if (sub === undefined || out.length * sub.length > limit) return undefined;
        out = out.flatMap((left) => sub.map((right) => [...left, ...right]));
      }
      return out;
    }
  }
}

/** A term as CloudWatch would accept it back, for messages: `$.eventType != "AwsServiceEvent"`. */
export function termText(term: FilterTerm): string {
  switch (term.kind) {
    case 'exists':
      return `${term.selector} ${term.exists ? 'EXISTS' : 'NOT EXISTS'}`;
    case 'is':
      return `${term.selector} IS ${term.what}`;
    case 'compare': {
      const v = term.value;
      const value =
        v.kind === 'string'
          ? JSON.stringify(v.text)
          : v.kind === 'number'
            ? String(v.value)
            : `%${v.source}%`;
      return `${term.selector} ${term.op} ${value}`;
    }
  }
}

/** Whether a metric filter string value (`*` is a wildcard) matches `text`. */
export function wildcardMatches(pattern: string, text: string): boolean {
  if (!pattern.includes('*')) return pattern === text;
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 's').test(text);
}

const KEYWORD = /^[A-Za-z]+/;

/** Recursive descent over `{ expr }`, where expr is terms joined by `&&`, `||` and parentheses. */
class FilterParser {
  private pos = 0;

  constructor(private readonly src: string) {}

  parsePattern(): FilterExpression {
    this.expect('{');
    const expression = this.parseOr();
    this.expect('}');
    this.skipSpace();
    if (this.pos < this.src.length) this.fail('unexpected text after the closing brace');
    return expression;
  }

  private parseOr(): FilterExpression {
    const items = [this.parseAnd()];
    while (this.consume('||')) items.push(this.parseAnd());
    return items.length === 1 && items[0] ? items[0] : { kind: 'or', items };
  }

  private parseAnd(): FilterExpression {
    const items = [this.parseUnary()];
    while (this.consume('&&')) items.push(this.parseUnary());
    return items.length === 1 && items[0] ? items[0] : { kind: 'and', items };
  }

  private parseUnary(): FilterExpression {
    if (this.consume('(')) {
      const inner = this.parseOr();
      this.expect(')');
      return inner;
    }
    return { kind: 'term', term: this.parseTerm() };
  }

  private parseTerm(): FilterTerm {
    const selector = this.parseSelector();
    this.skipSpace();
    const rest = this.src.slice(this.pos);
    const keyword = KEYWORD.exec(rest)?.[0]?.toUpperCase();
    if (keyword === 'NOT') {
      this.pos += 3;
      this.skipSpace();
      const next = KEYWORD.exec(this.src.slice(this.pos))?.[0]?.toUpperCase();
      if (next !== 'EXISTS') this.fail('expected EXISTS after NOT');
      this.pos += 6;
      return { kind: 'exists', selector, exists: false };
    }
    if (keyword === 'EXISTS') {
      this.pos += 6;
      return { kind: 'exists', selector, exists: true };
    }
    if (keyword === 'IS') {
      this.pos += 2;
      this.skipSpace();
      const what = KEYWORD.exec(this.src.slice(this.pos))?.[0]?.toUpperCase();
      if (what !== 'NULL' && what !== 'TRUE' && what !== 'FALSE')
        this.fail('expected NULL, TRUE or FALSE after IS');
      this.pos += what.length;
      return { kind: 'is', selector, what };
    }
    const op = (['!=', '<=', '>=', '=', '<', '>'] as const).find((o) => rest.startsWith(o));
    if (op === undefined) this.fail(`expected a comparison after ${selector}`);
    this.pos += op.length;
    return { kind: 'compare', selector, op, value: this.parseValue() };
  }

  /** `$.a.b[0].c`: kept as written, which is how CloudWatch compares selectors too. */
  private parseSelector(): string {
    this.skipSpace();
    if (this.src[this.pos] !== '$') this.fail('expected a $. selector');
    const start = this.pos;
    this.pos++;
    for (;;) {
      const c = this.src[this.pos];
      if (c === '.') {
        this.pos++;
        const nameStart = this.pos;
        while (this.pos < this.src.length && /[A-Za-z0-9_\-@:]/.test(this.src[this.pos] ?? '')) this.pos++;
        if (this.pos === nameStart) this.fail('expected a field name after "."');
      } else if (c === '[') {
        const close = this.src.indexOf(']', this.pos);
        if (close < 0) this.fail('unclosed "["');
        this.pos = close + 1;
      } else break;
    }
    const selector = this.src.slice(start, this.pos);
    if (selector === '$') this.fail('expected a field after $');
    return selector;
  }

  private parseValue(): PatternValue {
    this.skipSpace();
    const c = this.src[this.pos];
    if (c === '"') return { kind: 'string', text: this.parseQuoted() };
    if (c === '%') {
      const close = this.src.indexOf('%', this.pos + 1);
      if (close < 0) this.fail('unclosed %regex%');
      const source = this.src.slice(this.pos + 1, close);
      this.pos = close + 1;
      return { kind: 'regex', source };
    }
    // An unquoted value runs to the next space, parenthesis, operator or the closing brace.
    const start = this.pos;
    while (this.pos < this.src.length && !/[\s()}&|]/.test(this.src[this.pos] ?? '')) this.pos++;
    const token = this.src.slice(start, this.pos);
    if (token === '') this.fail('expected a value');
    const number = Number(token);
    return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(token) && Number.isFinite(number)
      ? { kind: 'number', value: number }
      : { kind: 'string', text: token };
  }

  private parseQuoted(): string {
    let out = '';
    this.pos++; // the opening quote
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '\\') {
        out += this.src[this.pos + 1] ?? '';
        this.pos += 2;
      } else if (c === '"') {
        this.pos++;
        return out;
      } else {
        out += c;
        this.pos++;
      }
    }
    return this.fail('unclosed string');
  }

  private skipSpace(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos] ?? '')) this.pos++;
  }

  private consume(token: string): boolean {
    this.skipSpace();
    if (!this.src.startsWith(token, this.pos)) return false;
    this.pos += token.length;
    return true;
  }

  private expect(token: string): void {
    if (!this.consume(token)) this.fail(`expected "${token}"`);
  }

  private fail(message: string): never {
    throw new Error(`${message} at character ${this.pos + 1}`);
  }
}

/* ------------------------------------------------------------------------------------------- */
/* EventBridge event patterns                                                                   */
/* ------------------------------------------------------------------------------------------- */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isJsonObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type ParsedEventPattern =
  | { readonly kind: 'pattern'; readonly pattern: { readonly [key: string]: Json } }
  | { readonly kind: 'invalid'; readonly error: string };

export function parseEventPattern(text: string): ParsedEventPattern {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (e) {
    return { kind: 'invalid', error: e instanceof Error ? e.message : String(e) };
  }
  return isJsonObject(value)
    ? { kind: 'pattern', pattern: value }
    : { kind: 'invalid', error: 'an event pattern must be a JSON object' };
}

/**
 * What the pattern says about the field at `path`:
 * `absent` when no branch of the pattern constrains it (the pattern does not select on it),
 * else whether some branch's matcher accepts `value` there.
 */
export function eventPatternField(
  pattern: { readonly [key: string]: Json },
  path: readonly string[],
  value: string,
): 'absent' | 'accepts' | 'rejects' {
  const matchers = matchersAt(pattern, path, 0);
  if (matchers.length === 0) return 'absent';
  return matchers.some((m) => matcherListAccepts(m, value)) ? 'accepts' : 'rejects';
}

/** The matcher lists found at `path`, following every `$or` branch on the way. */
function matchersAt(node: Json, path: readonly string[], depth: number): Json[][] {
  if (depth > 32 || !isJsonObject(node)) return [];
  const out: Json[][] = [];
  const branches = node.$or;
  if (Array.isArray(branches))
    for (const branch of branches) out.push(...matchersAt(branch, path, depth + 1));
  const [head, ...rest] = path;
  if (head === undefined) return out;
  const child = node[head];
  if (child === undefined) return out;
  if (rest.length === 0) {
    // A leaf is a list of matchers; a bare value is not valid EventBridge syntax but reads as one.
    out.push(Array.isArray(child) ? child : [child]);
    return out;
  }
  out.push(...matchersAt(child, rest, depth + 1));
  return out;
}

function matcherListAccepts(list: readonly Json[], value: string): boolean {
  return list.some((m) => matcherAccepts(m, value));
}

function matcherAccepts(matcher: Json, value: string): boolean {
  if (typeof matcher === 'string') return matcher === value;
  if (!isJsonObject(matcher)) return false;
  const [kind, arg] = Object.entries(matcher)[0] ?? [];
  switch (kind) {
    case 'prefix':
      return stringTest(arg, (s, fold) => fold(value).startsWith(fold(s)));
    case 'suffix':
      return stringTest(arg, (s, fold) => fold(value).endsWith(fold(s)));
    case 'equals-ignore-case':
      return typeof arg === 'string' && arg.toLowerCase() === value.toLowerCase();
    case 'wildcard':
      return typeof arg === 'string' && wildcardMatches(arg, value);
    case 'exists':
      return arg === true;
    case 'anything-but': {
      if (typeof arg === 'string' || typeof arg === 'number') return arg !== value;
      if (Array.isArray(arg)) return !arg.includes(value);
      if (isJsonObject(arg)) return !matcherAccepts(arg, value);
      return false;
    }
    default:
      // numeric, cidr and unknown operators never accept a plain string such as "Root".
      return false;
  }
}

/** `"prefix": "x"` or `"prefix": {"equals-ignore-case": "x"}`. */
function stringTest(
  arg: Json | undefined,
  test: (s: string, fold: (t: string) => string) => boolean,
): boolean {
  if (typeof arg === 'string') return test(arg, (t) => t);
  if (isJsonObject(arg) && typeof arg['equals-ignore-case'] === 'string')
    return test(arg['equals-ignore-case'], (t) => t.toLowerCase());
  return false;
}
