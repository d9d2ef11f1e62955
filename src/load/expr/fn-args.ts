/** Shared shape of built-in functions and their argument checks. */
import { Unknown, isObject } from '../../model/value.js';
import type { Value, ValueObject } from '../../model/value.js';
import { toNumberValue, toStringValue, typeName } from './convert.js';
import { EvalError, Unsupported } from './errors.js';
import type { Scope } from './scope.js';
import { unknownFrom } from './unknowns.js';

export interface FnContext {
  readonly scope: Scope;
}

export interface FnDef {
  readonly minArgs: number;
  /** Infinity for variadic functions. */
  readonly maxArgs: number;
  /**
   * By default a call with any top-level Unknown argument is Unknown without running the
   * function, which is cty's default too. Functions that can still decide set this.
   */
  readonly allowUnknown?: boolean;
  readonly call: (args: Value[], ctx: FnContext) => Value;
}

export function def(minArgs: number, maxArgs: number, call: FnDef['call'], allowUnknown = false): FnDef {
  return { minArgs, maxArgs, call, allowUnknown };
}

export function argString(v: Value, what: string): string {
  if (v === null) throw new EvalError(`${what} must not be null`);
  if (typeof v === 'object') throw new EvalError(`${what}: string required, not ${typeName(v)}`);
  return toStringValue(v);
}

export function argNumber(v: Value, what: string): number {
  if (v === null) throw new EvalError(`${what} must not be null`);
  return toNumberValue(v);
}

export function argInteger(v: Value, what: string): number {
  const n = argNumber(v, what);
  if (!Number.isInteger(n)) throw new EvalError(`${what} must be a whole number`);
  return n;
}

export function argBool(v: Value, what: string): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  throw new EvalError(`${what}: bool required, not ${typeName(v)}`);
}

/** Lists, sets and tuples are all arrays in our model. */
export function argList(v: Value, what: string): Value[] {
  if (Array.isArray(v)) return v;
  if (v === null) throw new EvalError(`${what} must not be null`);
  throw new EvalError(`${what}: list, set or tuple required, not ${typeName(v)}`);
}

export function argObject(v: Value, what: string): ValueObject {
  if (isObject(v)) return v;
  if (v === null) throw new EvalError(`${what} must not be null`);
  throw new EvalError(`${what}: map or object required, not ${typeName(v)}`);
}

/** Strings of a list(string) argument; Unknown when any element is Unknown. */
export function stringElements(list: Value[], what: string): string[] | Unknown {
  const unknown = unknownFrom(list);
  if (unknown) return unknown;
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i]!;
    if (item === null) throw new EvalError(`${what}: element ${i} is null`);
    out.push(argString(item, `${what} element ${i}`));
  }
  return out;
}

/**
 * A decoded value with no infinity in it (JSON cannot carry one, and our model is JSON's):
 * `what` names the numbers in the Unsupported reason.
 */
export function finiteOrUnsupported(value: Value, what: string): Value {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new Unsupported(`${what} are not supported`);
  if (Array.isArray(value)) for (const item of value) finiteOrUnsupported(item, what);
  else if (value !== null && typeof value === 'object' && !(value instanceof Unknown)) {
    for (const key in value) finiteOrUnsupported(value[key]!, what);
  }
  return value;
}
