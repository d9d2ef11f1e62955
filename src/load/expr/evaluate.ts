/**
 * Evaluates expression ASTs the way Terraform does, with one addition: anything that cannot be
 * known here (resources not yet applied, unsupported functions, missing files) becomes an
 * Unknown that carries the references it depends on, instead of a guess.
 *
 * Internally, Terraform errors are EvalError exceptions so that `try`/`can` can tell "failed"
 * from "not known yet"; the public entry points turn every exception into an Unknown.
 */
import { Unknown, containsUnknown, isObject, referenceText } from '../../model/value.js';
import type { PathSegment, Reference, Value, ValueObject } from '../../model/value.js';
import type {
  BinaryExpr,
  CallExpr,
  ConditionalExpr,
  Expr,
  ForExpr,
  GetAttrExpr,
  IndexExpr,
  ObjectExpr,
  SplatExpr,
  TemplatePart,
  UnaryExpr,
} from './ast.js';
import {
  convert,
  hasKey,
  interpolationString,
  newObject,
  setKey,
  toBoolValue,
  toNumberValue,
  toStringValue,
  typeName,
  typeOf,
  unify,
  valuesEqual,
} from './convert.js';
import { EvalError, Unsupported } from './errors.js';
import { argString } from './fn-args.js';
import { FUNCTIONS, SPECIAL_FUNCTIONS } from './functions.js';
import { compareStrings } from './json.js';
import { parseTemplateCached } from './parser.js';
import type { Scope } from './scope.js';
import { mergeRefs, unknownFrom } from './unknowns.js';
import { appendAll } from '../../append-all.js';

interface Frame {
  readonly name: string;
  readonly value: Value;
  readonly parent: Frame | null;
}

interface Ctx {
  readonly scope: Scope;
  /** `for` iteration variables and splat items, innermost first. */
  readonly frame: Frame | null;
  /** Inside templatefile(): the only root names visible besides iteration variables. */
  readonly templateVars: ValueObject | null;
}

/** Frame name of the current splat element; no identifier can collide with it. */
const SPLAT_ITEM = '*';

/**
 * Unknowns that stand exactly for a reference (`aws_x.y.roots`), as opposed to Unknowns derived
 * from one (`upper(aws_x.y.name)`). Traversing a pure reference extends its path; traversing a
 * derived Unknown keeps its refs unchanged, because the path no longer names what it holds.
 */
const pureRefs = new WeakSet<Unknown>();

const DEFAULT_REASON = ' is not known';

/** An Unknown that is only a reference: steps applied to it extend the reference. */
export function referenceUnknown(ref: Reference, reason?: string): Unknown {
  const u = new Unknown(reason ?? referenceText(ref) + DEFAULT_REASON, [ref]);
  pureRefs.add(u);
  return u;
}

/** Converts anything thrown during evaluation into the Unknown the public API returns. */
export function errorToUnknown(err: unknown): Unknown {
  if (err instanceof EvalError || err instanceof Unsupported) return new Unknown(err.message);
  if (err instanceof RangeError) return new Unknown(rangeErrorReason(err));
  return new Unknown(`internal evaluator error: ${err instanceof Error ? err.message : String(err)}`);
}

/**
 * V8 throws RangeError both for a stack overflow and for a string or list past its size limit
 * (`"${local.a}${local.a}"` doubled sixty times): the user needs to know which one it was.
 */
function rangeErrorReason(err: RangeError): string {
  if (/call stack/i.test(err.message)) return 'expression is too deeply nested to evaluate';
  if (/invalid (string|array|typed array) length|allocation failed/i.test(err.message)) {
    return 'the value is too large to build (it passes the size limit of a string or list)';
  }
  return `internal evaluator error: ${err.message}`;
}

export function evaluate(expr: Expr, scope: Scope): Value {
  try {
    return evalExpr(expr, { scope, frame: null, templateVars: null });
  } catch (err) {
    return errorToUnknown(err);
  }
}

function evalExpr(expr: Expr, ctx: Ctx): Value {
  switch (expr.kind) {
    case 'literal':
      if (typeof expr.value === 'number' && !Number.isFinite(expr.value)) {
        throw new Unsupported('number literal is beyond the double-precision range');
      }
      return expr.value;
    case 'template':
      return evalTemplate(expr.parts, ctx, true);
    case 'variable':
      return resolveRoot(expr.name, [], ctx);
    case 'getAttr':
    case 'index':
      return evalTraversal(expr, ctx);
    case 'splat':
      return evalSplat(expr, ctx);
    case 'splatItem': {
      const frame = findFrame(ctx.frame, SPLAT_ITEM);
      if (!frame) throw new EvalError('splat placeholder used outside a splat expression');
      return frame.value;
    }
    case 'tuple':
      return expr.items.map((item) => evalExpr(item, ctx));
    case 'object':
      return evalObject(expr, ctx);
    case 'for':
      return evalFor(expr, ctx);
    case 'conditional':
      return evalConditional(expr, ctx);
    case 'binary':
      return evalBinary(expr, ctx);
    case 'unary':
      return evalUnary(expr, ctx);
    case 'call':
      return evalCall(expr, ctx);
    case 'parens':
      return evalExpr(expr.expr, ctx);
    case 'error':
      throw new Unsupported(`syntax error at ${expr.line}:${expr.column}: ${expr.message}`);
  }
}

function findFrame(frame: Frame | null, name: string): Frame | null {
  for (let f = frame; f !== null; f = f.parent) if (f.name === name) return f;
  return null;
}

function withFrame(ctx: Ctx, name: string, value: Value): Ctx {
  return { scope: ctx.scope, frame: { name, value, parent: ctx.frame }, templateVars: ctx.templateVars };
}

// ---------------------------------------------------------------------------------------------
// References and traversals

type Step = GetAttrExpr | IndexExpr;

function evalTraversal(expr: Step, ctx: Ctx): Value {
  const steps: Step[] = [];
  let node: Expr = expr;
  while (node.kind === 'getAttr' || node.kind === 'index') {
    steps.push(node);
    node = node.object;
  }
  steps.reverse();
  if (node.kind === 'variable') return resolveRoot(node.name, steps, ctx);
  return applySteps(evalExpr(node, ctx), steps, 0, ctx);
}

function attrStep(steps: readonly Step[], i: number, root: string): string {
  const step = steps[i];
  if (step?.kind !== 'getAttr') {
    throw new EvalError(`invalid reference: "${root}" must be followed by an attribute name`);
  }
  return step.name;
}

function resolveRoot(name: string, steps: readonly Step[], ctx: Ctx): Value {
  const frame = findFrame(ctx.frame, name);
  if (frame) return applySteps(frame.value, steps, 0, ctx);
  if (ctx.templateVars) {
    if (hasKey(ctx.templateVars, name)) return applySteps(ctx.templateVars[name]!, steps, 0, ctx);
    throw new EvalError(
      `unknown variable "${name}": a template only sees the variables passed to templatefile()`,
    );
  }
  const scope = ctx.scope;
  switch (name) {
    case 'var':
    case 'local': {
      const attr = attrStep(steps, 0, name);
      const value = name === 'var' ? scope.variable(attr) : scope.local(attr);
      if (value === undefined) {
        const what = name === 'var' ? 'variable' : 'local value';
        return unknownReference(`${name}.${attr}`, steps, 1, ctx, `${what} "${attr}" is not declared`);
      }
      return applySteps(value, steps, 1, ctx);
    }
    case 'path': {
      const attr = attrStep(steps, 0, name);
      if (attr !== 'module' && attr !== 'root' && attr !== 'cwd') {
        throw new EvalError(`invalid "path" attribute "${attr}": only module, root and cwd exist`);
      }
      const value = scope.path(attr);
      return applySteps(value ?? new Unknown(`path.${attr} is not known`), steps, 1, ctx);
    }
    case 'each': {
      const attr = attrStep(steps, 0, name);
      if (attr !== 'key' && attr !== 'value') throw new EvalError(`invalid "each" attribute "${attr}"`);
      if (!scope.each) return new Unknown(`each.${attr} is only known inside a block expanded with for_each`);
      return applySteps(scope.each[attr], steps, 1, ctx);
    }
    case 'count': {
      const attr = attrStep(steps, 0, name);
      if (attr !== 'index') throw new EvalError(`invalid "count" attribute "${attr}"`);
      if (!scope.count) return new Unknown('count.index is only known inside a block expanded with count');
      return applySteps(scope.count.index, steps, 1, ctx);
    }
    case 'terraform':
      return new Unknown(`terraform.${attrStep(steps, 0, name)} is not known`);
    case 'self':
      return new Unknown('self is only known inside provisioner and connection blocks');
    case 'data':
    case 'ephemeral': {
      const type = attrStep(steps, 0, name);
      const label = attrStep(steps, 1, `${name}.${type}`);
      return resolveAddress(`${name}.${type}.${label}`, steps, 2, ctx);
    }
    case 'module':
      return resolveAddress(`module.${attrStep(steps, 0, name)}`, steps, 1, ctx);
    default: {
      if (steps[0]?.kind !== 'getAttr') {
        throw new EvalError(
          `unknown variable "${name}": a reference to a resource type must be followed by the resource name`,
        );
      }
      return resolveAddress(`${name}.${steps[0].name}`, steps, 1, ctx);
    }
  }
}

function resolveAddress(address: string, steps: readonly Step[], from: number, ctx: Ctx): Value {
  const value = ctx.scope.resource(address);
  if (value === undefined) return unknownReference(address, steps, from, ctx);
  return applySteps(value, steps, from, ctx);
}

/** The key a step selects, or the Unknown its index expression evaluated to. */
function stepKey(step: Step, ctx: Ctx): PathSegment | Unknown {
  if (step.kind === 'getAttr') return step.name;
  const key = evalExpr(step.key, ctx);
  if (key instanceof Unknown || typeof key === 'string' || typeof key === 'number') return key;
  if (typeof key === 'boolean') return key ? 'true' : 'false';
  if (key === null) throw new EvalError('invalid index: the index must not be null');
  throw new EvalError(`invalid index: a ${typeName(key)} cannot be used as an index`);
}

function unknownReference(
  address: string,
  steps: readonly Step[],
  from: number,
  ctx: Ctx,
  reason?: string,
): Unknown {
  const path: PathSegment[] = [];
  for (let i = from; i < steps.length; i++) {
    const key = stepKey(steps[i]!, ctx);
    if (key instanceof Unknown) {
      const partial = referenceUnknown({ address: ctx.scope.modulePrefix + address, path }, reason);
      return new Unknown(partial.reason, mergeRefs([partial, key]));
    }
    path.push(key);
  }
  return referenceUnknown({ address: ctx.scope.modulePrefix + address, path }, reason);
}

function applySteps(value: Value, steps: readonly Step[], from: number, ctx: Ctx): Value {
  let v = value;
  for (let i = from; i < steps.length; i++) v = applyStep(v, steps[i]!, ctx);
  return v;
}

function applyStep(value: Value, step: Step, ctx: Ctx): Value {
  if (value instanceof Unknown) {
    const key = stepKey(step, ctx);
    if (key instanceof Unknown) return unknownFrom([value, key])!;
    if (!pureRefs.has(value)) return value;
    const refs = value.refs.map((r) => ({ address: r.address, path: [...r.path, key] }));
    const old = value.refs[0];
    const defaultReason =
      refs.length === 1 && old !== undefined && value.reason === referenceText(old) + DEFAULT_REASON;
    return referenceUnknownMany(refs, defaultReason ? undefined : value.reason);
  }
  if (step.kind === 'getAttr') return getAttr(value, step.name);
  const key = evalExpr(step.key, ctx);
  if (key instanceof Unknown) return unknownFrom([key])!;
  return index(value, key);
}

function referenceUnknownMany(refs: Reference[], reason?: string): Unknown {
  if (refs.length === 1) return referenceUnknown(refs[0]!, reason);
  const u = new Unknown(reason ?? 'references are not known', refs);
  pureRefs.add(u);
  return u;
}

function getAttr(value: Value, name: string): Value {
  if (value === null) throw new EvalError(`attempt to get attribute "${name}" from a null value`);
  if (isObject(value)) {
    if (hasKey(value, name)) return value[name]!;
    throw new EvalError(
      `unsupported attribute "${name}": this object does not have an attribute named "${name}"`,
    );
  }
  if (Array.isArray(value)) {
    throw new EvalError(
      `unsupported attribute "${name}": cannot access attributes of a list or tuple; use an index or a splat ([*])`,
    );
  }
  throw new EvalError(`unsupported attribute "${name}": a ${typeName(value)} value has no attributes`);
}

function index(value: Value, key: Value): Value {
  if (value === null) throw new EvalError('attempt to index a null value');
  if (key === null) throw new EvalError('invalid index: the index must not be null');
  if (Array.isArray(value)) {
    if (typeof key === 'object' || typeof key === 'boolean')
      throw new EvalError('invalid index: a number is required');
    const n = toNumberValue(key);
    if (!Number.isInteger(n)) throw new EvalError('invalid index: the index must be a whole number');
    if (n < 0 || n >= value.length) {
      throw new EvalError(
        `invalid index: index ${n} is out of range for a collection of ${value.length} elements`,
      );
    }
    return value[n]!;
  }
  if (isObject(value)) {
    if (typeof key === 'object') throw new EvalError('invalid index: a string key is required');
    const k = toStringValue(key);
    if (!hasKey(value, k)) throw new EvalError(`invalid index: the given key "${k}" does not exist`);
    return value[k]!;
  }
  throw new EvalError(`invalid index: a ${typeName(value)} value cannot be indexed`);
}

function evalSplat(expr: SplatExpr, ctx: Ctx): Value {
  const source = evalExpr(expr.source, ctx);
  if (source instanceof Unknown) return unknownFrom([source])!;
  if (source === null) return [];
  // A single non-list value is treated as a one-element list, as Terraform does.
  const items = Array.isArray(source) ? source : [source];
  return items.map((item) => evalExpr(expr.each, withFrame(ctx, SPLAT_ITEM, item)));
}

// ---------------------------------------------------------------------------------------------
// Constructors, iteration, templates

function objectKey(value: Value): string {
  if (value === null) throw new EvalError('object key must not be null');
  if (typeof value === 'object') throw new EvalError(`object key must be a string, not ${typeName(value)}`);
  return toStringValue(value);
}

/** `a.b` or `a[0]` without parentheses: HCL refuses it as a key rather than guess intent. */
function isNakedTraversal(expr: Expr): boolean {
  return (expr.kind === 'getAttr' || expr.kind === 'index') && isStaticTraversal(expr);
}

/** A name followed by attributes and constant indexes (`local.t`, `data.x.y.body[0]`): HCL's static traversal. */
function isStaticTraversal(expr: Expr | undefined): boolean {
  if (expr === undefined) return false;
  let node = expr;
  while (node.kind === 'getAttr' || node.kind === 'index') {
    if (node.kind === 'index') {
      const k = node.key;
      const constant =
        k.kind === 'literal' ||
        (k.kind === 'template' && k.parts.length === 1 && k.parts[0]!.kind === 'literal');
      if (!constant) return false;
    }
    node = node.object;
  }
  return node.kind === 'variable';
}

function evalObject(expr: ObjectExpr, ctx: Ctx): Value {
  const out = newObject();
  const unknownKeys: Unknown[] = [];
  for (const item of expr.items) {
    let key: string | null;
    if (item.key.kind === 'name') {
      key = item.key.name;
    } else {
      if (isNakedTraversal(item.key)) {
        throw new EvalError(
          'ambiguous attribute key: wrap a reference in parentheses, or a name containing periods in quotes',
        );
      }
      const k = evalExpr(item.key, ctx);
      if (k instanceof Unknown) {
        unknownKeys.push(k);
        key = null;
      } else {
        key = objectKey(k);
      }
    }
    const value = evalExpr(item.value, ctx);
    if (key !== null) setKey(out, key, value);
  }
  return unknownKeys.length > 0 ? unknownFrom(unknownKeys)! : out;
}

/** Key/value pairs in Terraform's iteration order: list order, or object keys sorted. */
function iterate(collection: Value): Array<[Value, Value]> {
  if (collection === null) throw new EvalError('iteration over a null value is not allowed');
  if (Array.isArray(collection)) return collection.map((v, i) => [i, v]);
  if (isObject(collection)) {
    return Object.keys(collection)
      .sort(compareStrings)
      .map((k) => [k, collection[k]!]);
  }
  throw new EvalError(`cannot iterate over a ${typeName(collection)} value`);
}

function iterationCtx(ctx: Ctx, keyVar: string | null, valueVar: string, key: Value, value: Value): Ctx {
  const inner = keyVar === null ? ctx : withFrame(ctx, keyVar, key);
  return withFrame(inner, valueVar, value);
}

function conditionValue(value: Value, what: string): boolean {
  if (value === null) throw new EvalError(`the ${what} is null; a bool is required`);
  if (typeof value === 'object') throw new EvalError(`the ${what} must be a bool, not ${typeName(value)}`);
  return toBoolValue(value);
}

function evalFor(expr: ForExpr, ctx: Ctx): Value {
  const collection = evalExpr(expr.collection, ctx);
  if (collection instanceof Unknown) return unknownFrom([collection])!;
  const entries = iterate(collection);
  const tuple: Value[] = [];
  const object = newObject();
  for (const [k, v] of entries) {
    const inner = iterationCtx(ctx, expr.keyVar, expr.valueVar, k, v);
    if (expr.condition) {
      const cond = evalExpr(expr.condition, inner);
      if (cond instanceof Unknown) return unknownFrom([cond])!;
      if (!conditionValue(cond, 'for expression condition')) continue;
    }
    if (!expr.isObject) {
      tuple.push(evalExpr(expr.valueExpr, inner));
      continue;
    }
    const keyValue = evalExpr(expr.keyExpr!, inner);
    if (keyValue instanceof Unknown) return unknownFrom([keyValue])!;
    const key = objectKey(keyValue);
    const value = evalExpr(expr.valueExpr, inner);
    if (expr.grouping) {
      const group = hasKey(object, key) ? object[key] : undefined;
      if (Array.isArray(group)) group.push(value);
      else setKey(object, key, [value]);
    } else if (hasKey(object, key)) {
      throw new EvalError(
        `duplicate object key "${key}" in for expression; add "..." after the value to group values by key`,
      );
    } else {
      setKey(object, key, value);
    }
  }
  return expr.isObject ? object : tuple;
}

function evalTemplate(parts: readonly TemplatePart[], ctx: Ctx, wrap: boolean): Value {
  const only = parts[0];
  if (wrap && parts.length === 1 && only?.kind === 'interp') return evalExpr(only.expr, ctx);
  const out: string[] = [];
  const unknowns: Unknown[] = [];
  renderParts(parts, ctx, out, unknowns);
  return unknowns.length > 0 ? unknownFrom(unknowns)! : out.join('');
}

function renderParts(parts: readonly TemplatePart[], ctx: Ctx, out: string[], unknowns: Unknown[]): void {
  for (const part of parts) {
    switch (part.kind) {
      case 'literal':
        out.push(part.value);
        break;
      case 'interp': {
        const value = evalExpr(part.expr, ctx);
        if (value instanceof Unknown) unknowns.push(value);
        else out.push(interpolationString(value));
        break;
      }
      case 'if': {
        const cond = evalExpr(part.condition, ctx);
        if (cond instanceof Unknown) unknowns.push(cond);
        else
          renderParts(
            conditionValue(cond, 'template if condition') ? part.then : part.else,
            ctx,
            out,
            unknowns,
          );
        break;
      }
      case 'for': {
        const collection = evalExpr(part.collection, ctx);
        if (collection instanceof Unknown) {
          unknowns.push(collection);
          break;
        }
        for (const [k, v] of iterate(collection)) {
          renderParts(part.body, iterationCtx(ctx, part.keyVar, part.valueVar, k, v), out, unknowns);
        }
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Operators

function evalConditional(expr: ConditionalExpr, ctx: Ctx): Value {
  const cond = evalExpr(expr.condition, ctx);
  if (cond instanceof Unknown) {
    // Either branch could be the value: keep their references for linking, ignore their errors.
    const branches: Value[] = [cond];
    for (const branch of [expr.trueExpr, expr.falseExpr]) {
      try {
        branches.push(evalExpr(branch, ctx));
      } catch (err) {
        if (!(err instanceof EvalError || err instanceof Unsupported)) throw err;
      }
    }
    return unknownFrom(branches, true, cond.reason)!;
  }
  const chosen = evalExpr(conditionValue(cond, 'condition') ? expr.trueExpr : expr.falseExpr, ctx);
  let other: Value;
  try {
    other = evalExpr(conditionValue(cond, 'condition') ? expr.falseExpr : expr.trueExpr, ctx);
  } catch (err) {
    // Terraform ignores errors in the branch it does not take.
    if (err instanceof EvalError || err instanceof Unsupported) return chosen;
    throw err;
  }
  const ty = unify([typeOf(chosen), typeOf(other)]);
  if (ty === null) {
    throw new EvalError(
      `inconsistent conditional result types: the true and false results (${typeName(chosen)} and ${typeName(other)}) have no common type`,
    );
  }
  return convert(chosen, ty);
}

type Side = { value: Value; error: EvalError | Unsupported | null };

function evalSide(expr: Expr, ctx: Ctx): Side {
  try {
    return { value: evalExpr(expr, ctx), error: null };
  } catch (err) {
    if (err instanceof EvalError || err instanceof Unsupported)
      return { value: new Unknown(err.message), error: err };
    throw err;
  }
}

function logicalOperand(side: Side, which: string): boolean | null {
  if (side.value instanceof Unknown) return null;
  if (side.value === null) throw new EvalError(`invalid ${which} operand: a bool is required, not null`);
  if (typeof side.value === 'object')
    throw new EvalError(`invalid ${which} operand: a bool is required, not ${typeName(side.value)}`);
  return toBoolValue(side.value);
}

/** `&&` and `||` as in current HCL: a known deciding operand wins even if the other failed. */
function evalLogical(expr: BinaryExpr, ctx: Ctx): Value {
  const lhs = evalSide(expr.left, ctx);
  const rhs = evalSide(expr.right, ctx);
  const l = logicalOperand(lhs, 'left');
  const r = logicalOperand(rhs, 'right');
  const decider = expr.op === '&&' ? false : true;
  const unknown = (): Unknown => unknownFrom([lhs.value, rhs.value].filter((v) => v instanceof Unknown))!;
  if (l === null && r === null) {
    if (lhs.error === null) return rhs.error === null ? unknown() : unknownFrom([lhs.value])!;
  } else if (l === decider) {
    return decider;
  } else if (r === decider) {
    return decider;
  } else if (l === null) {
    if (lhs.error) throw lhs.error;
    return unknownFrom([lhs.value])!;
  } else if (r === null) {
    if (rhs.error) throw rhs.error;
    return unknownFrom([rhs.value])!;
  }
  if (lhs.error) throw lhs.error;
  if (rhs.error) throw rhs.error;
  return expr.op === '&&' ? l! && r! : l! || r!;
}

function numericOperand(value: Value, which: string): number | null {
  if (value instanceof Unknown) return null;
  if (value === null) throw new EvalError(`invalid ${which} operand: a number is required, not null`);
  if (typeof value === 'object' || typeof value === 'boolean') {
    throw new EvalError(`invalid ${which} operand: a number is required, not ${typeName(value)}`);
  }
  return toNumberValue(value);
}

function evalBinary(expr: BinaryExpr, ctx: Ctx): Value {
  const op = expr.op;
  if (op === '&&' || op === '||') return evalLogical(expr, ctx);
  const left = evalExpr(expr.left, ctx);
  const right = evalExpr(expr.right, ctx);
  if (op === '==' || op === '!=') {
    const eq = valuesEqual(left, right);
    if (eq === null) return unknownFrom([left, right], true)!;
    return op === '==' ? eq : !eq;
  }
  const a = numericOperand(left, 'left');
  const b = numericOperand(right, 'right');
  if (a === null || b === null) return unknownFrom([left, right])!;
  let result: number | boolean;
  switch (op) {
    case '+':
      result = a + b;
      break;
    case '-':
      result = a - b;
      break;
    case '*':
      result = a * b;
      break;
    case '/':
      if (a === 0 && b === 0) throw new EvalError("can't divide zero by zero");
      result = a / b;
      break;
    case '%':
      if (b === 0) throw new EvalError("can't use modulo with zero");
      result = a % b;
      break;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
  if (Number.isNaN(result)) throw new EvalError('arithmetic result is not a number');
  return result;
}

function evalUnary(expr: UnaryExpr, ctx: Ctx): Value {
  const value = evalExpr(expr.operand, ctx);
  if (value instanceof Unknown) return unknownFrom([value])!;
  if (expr.op === '!') return !logicalOperand({ value, error: null }, 'unary')!;
  const n = numericOperand(value, 'unary')!;
  return n === 0 ? 0 : -n;
}

// ---------------------------------------------------------------------------------------------
// Function calls

function evalCall(expr: CallExpr, ctx: Ctx): Value {
  if (expr.name === 'try') return evalTry(expr, ctx);
  if (expr.name === 'can') return evalCan(expr, ctx);
  if (expr.name === 'templatestring' && !isStaticTraversal(expr.args[0])) {
    // Terraform takes the template only as a reference to a string defined elsewhere; a literal
    // is an error there, and we do not guess which of Terraform's and OpenTofu's rules applies.
    return new Unknown('templatestring(): the template must be a reference to a string defined elsewhere');
  }
  const args = expr.args.map((a) => evalExpr(a, ctx));
  if (expr.expandFinal) {
    const last = args.pop();
    if (last instanceof Unknown) return unknownFrom([last])!;
    if (!Array.isArray(last)) {
      throw new EvalError(
        `invalid expanding argument: the final argument must be a list, set or tuple, not ${typeName(last ?? null)}`,
      );
    }
    appendAll(args, last);
  }
  const fn = FUNCTIONS.get(providerFunctionName(expr.name, ctx.scope));
  if (!fn && !SPECIAL_FUNCTIONS.has(expr.name)) {
    // Keep whatever the arguments referred to, so the result can still be linked.
    return new Unknown(`unsupported function "${expr.name}"`, mergeRefs(collectUnknowns(args)));
  }
  const min = fn ? fn.minArgs : 2;
  const max = fn ? fn.maxArgs : 2;
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new EvalError(`function "${expr.name}" expects ${expected} argument(s), got ${args.length}`);
  }
  if (!fn?.allowUnknown) {
    const unknown = unknownFrom(args);
    if (unknown) return unknown;
  }
  try {
    if (fn) return fn.call(args, { scope: ctx.scope });
    return expr.name === 'templatefile' ? templateFile(args, ctx) : templateString(args, ctx);
  } catch (err) {
    if (err instanceof EvalError)
      throw new EvalError(`call to function "${expr.name}" failed: ${err.message}`);
    if (err instanceof Unsupported) return new Unknown(`${expr.name}(): ${err.message}`);
    throw err;
  }
}

/**
 * `provider::NAME::fn` names the provider by its local name: with `amazon = { source =
 * "hashicorp/aws" }`, `provider::amazon::arn_parse` is the AWS provider's arn_parse, and with
 * `aws = { source = "example/other" }`, `provider::aws::arn_parse` is not.
 */
function providerFunctionName(name: string, scope: Scope): string {
  if (!name.startsWith('provider::')) return name;
  const [, local, fn] = name.split('::');
  if (local === undefined || fn === undefined) return name;
  const type = scope.providerType?.(local);
  return type === undefined ? name : `provider::${type}::${fn}`;
}

function collectUnknowns(values: readonly Value[]): Unknown[] {
  const u = unknownFrom(values, true);
  return u ? [u] : [];
}

function evalTry(expr: CallExpr, ctx: Ctx): Value {
  if (expr.args.length === 0) throw new EvalError('function "try" requires at least one argument');
  for (const arg of expr.args) {
    let value: Value;
    try {
      value = evalExpr(arg, ctx);
    } catch (err) {
      if (err instanceof EvalError) continue;
      throw err;
    }
    // Terraform cannot tell yet whether an unknown alternative will fail, so it waits.
    if (containsUnknown(value)) return unknownFrom([value], true)!;
    return value;
  }
  throw new EvalError('call to function "try" failed: no expression succeeded');
}

function evalCan(expr: CallExpr, ctx: Ctx): Value {
  if (expr.args.length !== 1) throw new EvalError('function "can" expects exactly 1 argument');
  let value: Value;
  try {
    value = evalExpr(expr.args[0]!, ctx);
  } catch (err) {
    if (err instanceof EvalError) return false;
    throw err;
  }
  return containsUnknown(value) ? unknownFrom([value], true)! : true;
}

const TEMPLATE_VAR_NAME = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

function templateFile(args: Value[], ctx: Ctx): Value {
  const [pathArg, varsArg] = args as [Value, Value];
  if (typeof pathArg !== 'string')
    throw new EvalError(`path: a string is required, not ${typeName(pathArg)}`);
  const vars = templateVariables('templatefile', varsArg, ctx);
  const text = ctx.scope.readFile(pathArg);
  if (text === undefined) throw new Unsupported(`file "${pathArg}" is not readable here`);
  return renderTemplate(text, `"${pathArg}"`, vars, ctx);
}

function templateString(args: Value[], ctx: Ctx): Value {
  const [templateArg, varsArg] = args as [Value, Value];
  const text = argString(templateArg, 'template');
  return renderTemplate(text, 'the template', templateVariables('templatestring', varsArg, ctx), ctx);
}

function templateVariables(fn: string, varsArg: Value, ctx: Ctx): ValueObject {
  if (ctx.templateVars) throw new EvalError(`${fn}() cannot be called from inside a template`);
  if (!isObject(varsArg)) throw new EvalError(`vars: a map or object is required, not ${typeName(varsArg)}`);
  for (const key in varsArg) {
    if (!TEMPLATE_VAR_NAME.test(key)) throw new EvalError(`invalid template variable name "${key}"`);
  }
  return varsArg;
}

function renderTemplate(text: string, what: string, vars: ValueObject, ctx: Ctx): Value {
  const template = parseTemplateCached(text);
  if (template.kind !== 'template') {
    throw new Unsupported(
      `syntax error in ${what} at ${template.line}:${template.column}: ${template.message}`,
    );
  }
  return evalTemplate(template.parts, { scope: ctx.scope, frame: null, templateVars: vars }, true);
}
