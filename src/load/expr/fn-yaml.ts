/**
 * yamldecode with Terraform's scalar rules. Terraform decodes YAML with go-cty-yaml, whose
 * resolver is neither js-yaml's YAML 1.2 core schema nor its YAML 1.1 one: `yes`/`on`/`y` are
 * true, `1e3` and `010` are decimal numbers, `0x1F` and `1:20` stay strings, timestamps become
 * RFC 3339 strings. The schema below resolves plain scalars the way go-cty-yaml does.
 */
import {
  NOT_RESOLVED,
  Schema,
  YAMLException,
  defineScalarTag,
  load,
  mapTag,
  mergeTag,
  seqTag,
  strTag,
} from 'js-yaml';
import type { Value } from '../../model/value.js';
import { EvalError, Unsupported } from './errors.js';
import { argString, def, finiteOrUnsupported } from './fn-args.js';
import type { FnDef } from './fn-args.js';
import { daysInMonth } from './fn-time.js';

const BOOLS = new Map<string, boolean>();
for (const word of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'])
  BOOLS.set(word, true);
for (const word of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'])
  BOOLS.set(word, false);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const INFINITIES = new Map<string, number>();
for (const word of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) INFINITIES.set(word, Infinity);
for (const word of ['-.inf', '-.Inf', '-.INF']) INFINITIES.set(word, -Infinity);
const NANS = new Set(['.nan', '.NaN', '.NAN']);

/** What cty.ParseNumberVal (Go's big.ParseFloat in base 10) accepts. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GO_INF = /^[+-]?[Ii]nf$/;

function parseDecimal(text: string): number | undefined {
  if (DECIMAL.test(text)) return Number(text);
  if (GO_INF.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  return undefined;
}

/** Go's strconv.ParseInt(text, 0, 64): 0x, 0o, 0b and leading-0 octal prefixes. */
function parseGoInt(text: string): number | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[1-9]\d*|0)$/.exec(text);
  if (!m) return undefined;
  const digits = m[2]!;
  const lower = digits.toLowerCase();
  const value = lower.startsWith('0x')
    ? parseInt(lower.slice(2), 16)
    : lower.startsWith('0b')
      ? parseInt(lower.slice(2), 2)
      : lower.startsWith('0o')
        ? parseInt(lower.slice(2), 8)
        : lower.length > 1 && lower.startsWith('0')
          ? parseInt(lower.slice(1), 8)
          : parseInt(lower, 10);
  return m[1] === '-' ? -value : value;
}

/** A number as an explicit !!int or !!float, or a plain scalar that go-cty-yaml resolves so. */
function explicitNumber(source: string): number | typeof NOT_RESOLVED {
  const plain = source.replace(/_/g, '');
  return parseDecimal(plain) ?? parseGoInt(plain) ?? NOT_RESOLVED;
}

const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt ])(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * go-cty-yaml's timestamp forms (RFC 3339 with short fields, space-separated without a zone,
 * date only) written back as Go's time.RFC3339, which drops fractions of a second.
 */
function timestamp(source: string): string | undefined {
  const m = TIMESTAMP.exec(source);
  if (!m) return undefined;
  const [, year, month, day, separator, hour, minute, second, zone] = m;
  // A zone belongs to the T form only; the space form takes none.
  if (separator === ' ' ? zone !== undefined : separator !== undefined && zone === undefined)
    return undefined;
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  const h = Number(hour ?? 0);
  const mi = Number(minute ?? 0);
  const s = Number(second ?? 0);
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  const offset = zone === undefined || zone === 'Z' || zone === '+00:00' ? 'Z' : zone;
  return `${year}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}${offset}`;
}

function plainScalar(source: string): Value | typeof NOT_RESOLVED {
  const bool = BOOLS.get(source);
  if (bool !== undefined) return bool;
  if (NULLS.has(source)) return null;
  const infinity = INFINITIES.get(source);
  if (infinity !== undefined) return infinity;
  if (NANS.has(source)) throw new YAMLException('floating point NaN is not supported');
  const first = source.charAt(0);
  if (first === '.') return parseDecimal(source) ?? NOT_RESOLVED;
  if ((first >= '0' && first <= '9') || first === '+' || first === '-') {
    const time = timestamp(source);
    if (time !== undefined) return time;
    const plain = source.replace(/_/g, '');
    const number = parseDecimal(plain);
    if (number !== undefined) return number;
    if (/^-?0b/.test(plain)) {
      const binary = parseGoInt(plain);
      if (binary === undefined) throw new YAMLException(`cannot parse "${source}" as an int`);
      return binary;
    }
  }
  return NOT_RESOLVED;
}

const never = () => false;

/** One implicit tag does go-cty-yaml's whole plain-scalar resolution, in its order. */
const ctyPlain = defineScalarTag<Value>('tag:yaml.org,2002:cty-plain', {
  implicit: true,
  resolve: (source, isExplicit) => (isExplicit ? NOT_RESOLVED : plainScalar(source)),
  identify: never,
});

const explicitTags = [
  defineScalarTag<boolean>('tag:yaml.org,2002:bool', {
    resolve: (source) => BOOLS.get(source) ?? NOT_RESOLVED,
    identify: never,
  }),
  defineScalarTag<null>('tag:yaml.org,2002:null', { resolve: () => null, identify: never }),
  defineScalarTag<number>('tag:yaml.org,2002:int', { resolve: explicitNumber, identify: never }),
  defineScalarTag<number>('tag:yaml.org,2002:float', { resolve: explicitNumber, identify: never }),
  defineScalarTag<string>('tag:yaml.org,2002:timestamp', {
    resolve: (source) => timestamp(source) ?? NOT_RESOLVED,
    identify: never,
  }),
  // cty has no bytes: go-cty-yaml keeps the base64 text once it has checked it.
  defineScalarTag<string>('tag:yaml.org,2002:binary', {
    resolve: (source) => (/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(source) ? source : NOT_RESOLVED),
    identify: never,
  }),
];

let schema: Schema | undefined;

/**
 * Anchors let a short text stand for a huge tree (nine aliases of nine aliases of ... is a
 * "billion laughs"): js-yaml shares the nodes, but every later step walks them as a tree.
 */
const MAX_DECODED_VALUES = 1_000_000;

/** Whether the value, walked as a tree, holds more than `limit` values. */
function expandsPast(value: unknown, limit: number): boolean {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > limit) return true;
    if (Array.isArray(v)) for (const item of v) stack.push(item);
    else if (v !== null && typeof v === 'object')
      for (const key in v) stack.push((v as Record<string, unknown>)[key]);
  }
  return false;
}

/** Terraform's yamldecode: one document; an empty one is null. */
export function yamlDecode(text: string): Value {
  schema ??= new Schema([strTag, seqTag, mapTag, mergeTag, ctyPlain, ...explicitTags]);
  // A stream of nothing but comments and blank lines holds no document: Terraform gives null.
  if (/^(?:\s*(?:#[^\n]*)?\n)*\s*(?:#[^\n]*)?$/.test(text)) return null;
  let value: unknown;
  try {
    value = load(text, { schema });
  } catch (err) {
    if (err instanceof YAMLException) throw new EvalError(`invalid YAML: ${err.message.split('\n')[0]}`);
    throw err;
  }
  if (expandsPast(value, MAX_DECODED_VALUES)) {
    throw new Unsupported(`the YAML expands to more than ${MAX_DECODED_VALUES} values through its aliases`);
  }
  return finiteOrUnsupported(value as Value, 'YAML infinities');
}

export const YAML_FUNCTIONS: Record<string, FnDef> = {
  yamldecode: def(1, 1, ([s]) => yamlDecode(argString(s!, 'src'))),
};
