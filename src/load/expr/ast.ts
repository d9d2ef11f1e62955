/**
 * AST for HCL2 native-syntax expressions and templates.
 *
 * Every node carries `start`/`end` UTF-16 offsets into the text it was parsed from, so the same
 * node shapes can later be embedded in a full body parser that reports positions.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type LiteralValue = null | boolean | number | string;

export interface LiteralExpr extends Span {
  readonly kind: 'literal';
  readonly value: LiteralValue;
}

/** A bare root name: `var`, `aws_iam_role`, a `for` iteration variable, ... */
export interface VariableExpr extends Span {
  readonly kind: 'variable';
  readonly name: string;
}

export interface GetAttrExpr extends Span {
  readonly kind: 'getAttr';
  readonly object: Expr;
  readonly name: string;
}

export interface IndexExpr extends Span {
  readonly kind: 'index';
  readonly object: Expr;
  readonly key: Expr;
  /** `x.0` rather than `x[0]`: same semantics, kept so source can be reproduced. */
  readonly legacy: boolean;
}

/**
 * `src[*].a.b` or `src.*.a`: `each` is evaluated once per element with `splatItem` bound to it.
 * `attrOnly` marks the legacy `.*` form, whose `each` only ever holds attribute steps.
 */
export interface SplatExpr extends Span {
  readonly kind: 'splat';
  readonly source: Expr;
  readonly each: Expr;
  readonly attrOnly: boolean;
}

/** The placeholder for the current element inside a splat's `each` expression. */
export interface SplatItemExpr extends Span {
  readonly kind: 'splatItem';
}

export interface TupleExpr extends Span {
  readonly kind: 'tuple';
  readonly items: readonly Expr[];
}

export interface ObjectItem extends Span {
  /** A naked identifier key is a string; anything else (quoted, parenthesised) is an expression. */
  readonly key:
    { readonly kind: 'name'; readonly name: string; readonly start: number; readonly end: number } | Expr;
  readonly value: Expr;
}

export interface ObjectExpr extends Span {
  readonly kind: 'object';
  readonly items: readonly ObjectItem[];
}

export interface ForExpr extends Span {
  readonly kind: 'for';
  /** `{for ...}` producing an object, as opposed to `[for ...]` producing a tuple. */
  readonly isObject: boolean;
  readonly keyVar: string | null;
  readonly valueVar: string;
  readonly collection: Expr;
  /** Only for object `for`: the expression before `=>`. */
  readonly keyExpr: Expr | null;
  readonly valueExpr: Expr;
  readonly condition: Expr | null;
  /** `...` after the value: collect values of duplicate keys into lists. */
  readonly grouping: boolean;
}

export interface ConditionalExpr extends Span {
  readonly kind: 'conditional';
  readonly condition: Expr;
  readonly trueExpr: Expr;
  readonly falseExpr: Expr;
}

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface BinaryExpr extends Span {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
}

export interface UnaryExpr extends Span {
  readonly kind: 'unary';
  readonly op: '!' | '-';
  readonly operand: Expr;
}

export interface CallExpr extends Span {
  readonly kind: 'call';
  /** Includes any namespace: `provider::aws::arn_parse`. */
  readonly name: string;
  readonly args: readonly Expr[];
  /** `f(a, list...)`: the final argument's elements become separate arguments. */
  readonly expandFinal: boolean;
}

export interface ParensExpr extends Span {
  readonly kind: 'parens';
  readonly expr: Expr;
}

export interface TemplateExpr extends Span {
  readonly kind: 'template';
  /**
   * After strip markers, heredoc flushing and literal melding. A template whose only part is an
   * interpolation evaluates to the interpolated value itself (Terraform's "template wrap").
   */
  readonly parts: readonly TemplatePart[];
}

/** An expression that could not be parsed; evaluating it yields Unknown with the message. */
export interface ErrorExpr extends Span {
  readonly kind: 'error';
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export type Expr =
  | LiteralExpr
  | VariableExpr
  | GetAttrExpr
  | IndexExpr
  | SplatExpr
  | SplatItemExpr
  | TupleExpr
  | ObjectExpr
  | ForExpr
  | ConditionalExpr
  | BinaryExpr
  | UnaryExpr
  | CallExpr
  | ParensExpr
  | TemplateExpr
  | ErrorExpr;

export interface TemplateLiteral extends Span {
  readonly kind: 'literal';
  readonly value: string;
}

export interface TemplateInterp extends Span {
  readonly kind: 'interp';
  readonly expr: Expr;
}

export interface TemplateIf extends Span {
  readonly kind: 'if';
  readonly condition: Expr;
  readonly then: readonly TemplatePart[];
  readonly else: readonly TemplatePart[];
}

export interface TemplateFor extends Span {
  readonly kind: 'for';
  readonly keyVar: string | null;
  readonly valueVar: string;
  readonly collection: Expr;
  readonly body: readonly TemplatePart[];
}

export type TemplatePart = TemplateLiteral | TemplateInterp | TemplateIf | TemplateFor;

/** What the parse entry points return instead of throwing. */
export interface ParseError extends Span {
  readonly kind: 'parseError';
  readonly message: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
}

export function isParseError(value: unknown): value is ParseError {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'parseError';
}
