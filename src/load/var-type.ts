/**
 * A variable's type constraint applied to its value, as Terraform applies it before the module
 * sees the value: an object attribute declared `optional(type, default)` takes its default when
 * it is absent or null, and one declared `optional(type)` becomes null, recursively through
 * nested objects, lists, sets, maps and tuples (`optional(object({...}), {})` gets the nested
 * defaults too). Other conversions (a string "true" to a bool) are left to the expressions
 * that use the value, which convert as they need.
 */
import { Unknown, isObject, type Value, type ValueObject } from '../model/value.js';
import { evaluate, isParseError, parseTemplate, type Expr, type Scope } from './expr/index.js';
import type { RawValue } from './hcl.js';

/** Parsed type constraints by their text: modules are instantiated many times, types repeat. */
const parsed = new Map<string, Expr | null>();
const MAX_CACHED = 1024;

function typeExpression(raw: RawValue | undefined): Expr | null {
  if (typeof raw !== 'string') return null;
  let expr = parsed.get(raw);
  if (expr === undefined) {
    const template = parseTemplate(raw);
    const part = !isParseError(template) && template.parts.length === 1 ? template.parts[0] : undefined;
    expr = part?.kind === 'interp' ? part.expr : null;
    if (parsed.size >= MAX_CACHED) parsed.clear();
    parsed.set(raw, expr);
  }
  return expr;
}

/** The value with the defaults of the type constraint `raw` (a variable's `type`) filled in. */
export function withTypeDefaults(value: Value, raw: RawValue | undefined, scope: Scope): Value {
  const type = typeExpression(raw);
  return type ? fill(value, type, scope) : value;
}

function unwrap(type: Expr): Expr {
  let t = type;
  while (t.kind === 'parens') t = t.expr;
  return t;
}

function fill(value: Value, typeExpr: Expr, scope: Scope): Value {
  if (value === null || value instanceof Unknown) return value;
  const type = unwrap(typeExpr);
  if (type.kind !== 'call') return value;
  const [first] = type.args;
  if (first === undefined) return value;
  switch (type.name) {
    case 'optional':
      return fill(value, first, scope);
    case 'list':
    case 'set':
      return Array.isArray(value) ? mapList(value, (v) => fill(v, first, scope)) : value;
    case 'map':
      return isObject(value) ? mapObject(value, (v) => fill(v, first, scope)) : value;
    case 'tuple': {
      const items = unwrap(first);
      if (!Array.isArray(value) || items.kind !== 'tuple') return value;
      return mapList(value, (v, i) => (items.items[i] ? fill(v, items.items[i], scope) : v));
    }
    case 'object': {
      const attrs = unwrap(first);
      if (!isObject(value) || attrs.kind !== 'object') return value;
      let out: ValueObject | undefined;
      for (const item of attrs.items) {
        const name = attributeName(item.key);
        if (name === undefined) continue;
        const attrType = unwrap(item.value);
        const optional = attrType.kind === 'call' && attrType.name === 'optional';
        const present = Object.hasOwn(value, name) ? value[name] : undefined;
        let next: Value | undefined;
        if ((present === undefined || present === null) && optional) {
          const inner = attrType.args[0];
          const fallback = attrType.args[1];
          next = fallback === undefined ? null : evaluate(fallback, scope);
          if (inner !== undefined) next = fill(next, inner, scope);
        } else if (present !== undefined) {
          next = fill(present, attrType, scope);
        }
        if (next !== undefined && next !== present) {
          out ??= { ...value };
          out[name] = next;
        }
      }
      return out ?? value;
    }
    default:
      return value;
  }
}

function attributeName(key: Expr | { readonly kind: 'name'; readonly name: string }): string | undefined {
  if (key.kind === 'name') return key.name;
  const k = unwrap(key as Expr);
  return k.kind === 'literal' && typeof k.value === 'string' ? k.value : undefined;
}

function mapList(list: Value[], f: (v: Value, i: number) => Value): Value[] {
  let out: Value[] | undefined;
  list.forEach((v, i) => {
    const next = f(v, i);
    if (next !== v) (out ??= [...list])[i] = next;
  });
  return out ?? list;
}

function mapObject(obj: ValueObject, f: (v: Value) => Value): ValueObject {
  let out: ValueObject | undefined;
  for (const [k, v] of Object.entries(obj)) {
    const next = f(v);
    if (next !== v) (out ??= { ...obj })[k] = next;
  }
  return out ?? obj;
}
