/**
 * cty-style type conversion and unification over our untyped Value model.
 *
 * Values carry no static type, so a value's type is inferred from its shape: arrays are
 * tuples, objects are object types, null and Unknown fit anything. That is enough for what
 * Terraform does implicitly: `true ? 1 : "a"` is "1", `tolist([1, "a"])` is ["1", "a"].
 */
import { Unknown, isObject } from '../../model/value.js';
import type { Value, ValueObject } from '../../model/value.js';
import { EvalError } from './errors.js';
import { formatNumber } from './json.js';
import { appendAll } from '../../append-all.js';

export type Ty =
  | { readonly k: 'any' }
  | { readonly k: 'bool' }
  | { readonly k: 'number' }
  | { readonly k: 'string' }
  | { readonly k: 'tuple'; readonly elems: readonly Ty[] }
  | { readonly k: 'list'; readonly elem: Ty }
  | { readonly k: 'object'; readonly attrs: ReadonlyMap<string, Ty> }
  | { readonly k: 'map'; readonly elem: Ty };

const ANY: Ty = { k: 'any' };
const BOOL: Ty = { k: 'bool' };
const NUMBER: Ty = { k: 'number' };
const STRING: Ty = { k: 'string' };

/**
 * Plain objects keep V8's fast property access (null-prototype objects start in dictionary
 * mode); the one key a plain object cannot take by assignment is handled in setKey.
 */
export function newObject(): ValueObject {
  return {};
}

/** obj[key] = value, except that "__proto__" becomes an own property instead of the prototype. */
export function setKey(obj: ValueObject, key: string, value: Value): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

export function hasKey(obj: ValueObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

export function typeName(v: Value): string {
  if (v === null) return 'null';
  if (v instanceof Unknown) return 'unknown';
  if (Array.isArray(v)) return 'tuple';
  if (typeof v === 'object') return 'object';
  return typeof v;
}

export function typeOf(v: Value): Ty {
  if (v === null || v instanceof Unknown) return ANY;
  switch (typeof v) {
    case 'boolean':
      return BOOL;
    case 'number':
      return NUMBER;
    case 'string':
      return STRING;
  }
  if (Array.isArray(v)) return { k: 'tuple', elems: v.map(typeOf) };
  const attrs = new Map<string, Ty>();
  for (const key in v) attrs.set(key, typeOf(v[key]!));
  return { k: 'object', attrs };
}

function isPrimitive(t: Ty): boolean {
  return t.k === 'bool' || t.k === 'number' || t.k === 'string';
}

/** The common type all of `types` convert to, or null when there is none (cty's unify). */
export function unify(types: readonly Ty[]): Ty | null {
  const known = types.filter((t) => t.k !== 'any');
  if (known.length === 0) return ANY;
  const first = known[0]!;
  if (known.every(isPrimitive)) {
    if (known.every((t) => t.k === first.k)) return first;
    if (known.some((t) => t.k === 'string')) return STRING;
    return null;
  }
  if (known.every((t) => t.k === 'tuple' || t.k === 'list')) {
    if (known.every((t) => t.k === 'tuple' && first.k === 'tuple' && t.elems.length === first.elems.length)) {
      const tuples = known as Array<Extract<Ty, { k: 'tuple' }>>;
      const elems: Ty[] = [];
      let ok = true;
      for (let i = 0; ok && i < tuples[0]!.elems.length; i++) {
        const u = unify(tuples.map((t) => t.elems[i]!));
        if (u === null) ok = false;
        else elems.push(u);
      }
      if (ok) return { k: 'tuple', elems };
    }
    const all: Ty[] = [];
    for (const t of known) {
      if (t.k === 'tuple') appendAll(all, t.elems);
      else if (t.k === 'list') all.push(t.elem);
    }
    const elem = unify(all);
    return elem === null ? null : { k: 'list', elem };
  }
  if (known.every((t) => t.k === 'object' || t.k === 'map')) {
    const objects = known.filter((t): t is Extract<Ty, { k: 'object' }> => t.k === 'object');
    if (objects.length === known.length) {
      const names = [...objects[0]!.attrs.keys()];
      const sameShape = objects.every(
        (o) => o.attrs.size === names.length && names.every((n) => o.attrs.has(n)),
      );
      if (sameShape) {
        const attrs = new Map<string, Ty>();
        let ok = true;
        for (const name of names) {
          const u = unify(objects.map((o) => o.attrs.get(name)!));
          if (u === null) {
            ok = false;
            break;
          }
          attrs.set(name, u);
        }
        if (ok) return { k: 'object', attrs };
      }
    }
    const all: Ty[] = [];
    for (const t of known) {
      if (t.k === 'object') appendAll(all, t.attrs.values());
      else if (t.k === 'map') all.push(t.elem);
    }
    const elem = unify(all);
    return elem === null ? null : { k: 'map', elem };
  }
  return null;
}

/** Converts `v` to type `ty`; throws EvalError when cty would refuse. Unknowns pass through. */
export function convert(v: Value, ty: Ty): Value {
  if (v === null || v instanceof Unknown || ty.k === 'any') return v;
  switch (ty.k) {
    case 'string':
      return toStringValue(v);
    case 'number':
      return toNumberValue(v);
    case 'bool':
      return toBoolValue(v);
    case 'tuple': {
      if (!Array.isArray(v) || v.length !== ty.elems.length)
        throw new EvalError(`a tuple of ${ty.elems.length} elements is required`);
      return v.map((item, i) => convert(item, ty.elems[i]!));
    }
    case 'list': {
      if (!Array.isArray(v)) throw new EvalError(`a list is required, not ${typeName(v)}`);
      return v.map((item) => convert(item, ty.elem));
    }
    case 'object':
    case 'map': {
      if (!isObject(v)) throw new EvalError(`an object is required, not ${typeName(v)}`);
      const out = newObject();
      for (const key in v) {
        const attrTy = ty.k === 'map' ? ty.elem : ty.attrs.get(key);
        if (attrTy === undefined) throw new EvalError(`unexpected attribute "${key}"`);
        setKey(out, key, convert(v[key]!, attrTy));
      }
      return out;
    }
  }
}

/** Converts each value to the unified type of all of them, or throws `message`. */
export function unifyValues(values: readonly Value[], message: string): Value[] {
  const ty = unify(values.map(typeOf));
  if (ty === null) throw new EvalError(message);
  return values.map((v) => convert(v, ty));
}

export function toStringValue(v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new EvalError(`a string is required, not ${typeName(v)}`);
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function toNumberValue(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && DECIMAL.test(v)) {
    const n = Number(v);
    if (Number.isFinite(n)) return n;
  }
  if (typeof v === 'string') throw new EvalError(`cannot convert "${v}" to number: a number is required`);
  throw new EvalError(`a number is required, not ${typeName(v)}`);
}

export function toBoolValue(v: Value): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (typeof v === 'string')
    throw new EvalError(`cannot convert "${v}" to bool: only "true" or "false" are allowed`);
  throw new EvalError(`a bool is required, not ${typeName(v)}`);
}

/** What a template does with an interpolated value: only primitives become text. */
export function interpolationString(v: Value): string {
  if (v === null)
    throw new EvalError('the expression result is null; cannot include a null value in a string template');
  if (typeof v === 'object') {
    throw new EvalError(`cannot include a ${typeName(v)} value in a string template: string required`);
  }
  return toStringValue(v);
}

/**
 * cty equality: different types are unequal (`1 == "1"` is false); Unknown anywhere that could
 * matter makes the answer Unknown.
 */
export function valuesEqual(a: Value, b: Value): boolean | null {
  if (a instanceof Unknown || b instanceof Unknown) return null;
  if (a === null || b === null) return a === b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    let undecided = false;
    for (let i = 0; i < a.length; i++) {
      const eq = valuesEqual(a[i]!, b[i]!);
      if (eq === false) return false;
      if (eq === null) undecided = true;
    }
    return undecided ? null : true;
  }
  if (typeof a === 'object') {
    if (typeof b !== 'object' || Array.isArray(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    let undecided = false;
    for (const key of ka) {
      if (!hasKey(b, key)) return false;
      const eq = valuesEqual(a[key]!, b[key]!);
      if (eq === false) return false;
      if (eq === null) undecided = true;
    }
    return undecided ? null : true;
  }
  return a === b;
}
