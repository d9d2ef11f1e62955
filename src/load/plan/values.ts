/**
 * A plan's `before`/`after` objects as model values: unknowns (`after_unknown`) become Unknown
 * carrying the references of the expression that sets them, and sensitive values
 * (`*_sensitive`) are replaced, so no rule or reporter can ever print them.
 */
import {
  Unknown,
  type PathSegment,
  type Reference,
  type Value,
  type ValueObject,
} from '../../model/value.js';
import { isJsonObject } from './format.js';

export interface PlanValues {
  readonly values: ValueObject;
  /** Dotted paths (list indexes as segments: `statement.0.condition`) of sensitive values. */
  readonly sensitive: string[];
}

export interface ValueOptions {
  /** Full resource address, for the reasons of Unknowns. */
  readonly address: string;
  /** `after_unknown`: `true` where known only after apply. */
  readonly unknown?: unknown;
  /** `after_sensitive` / `before_sensitive` / `sensitive_values`. */
  readonly sensitive?: unknown;
  /** References for an unknown value at a path. */
  readonly refsAt?: (path: readonly PathSegment[]) => Reference[];
}

/** Converts one resource's object of values. */
export function planValues(raw: unknown, options: ValueOptions): PlanValues {
  const sensitive: string[] = [];
  const walker = new Walker(options, sensitive);
  const source = isJsonObject(raw) ? raw : {};
  const unknown = isJsonObject(options.unknown) ? options.unknown : {};
  // `true` for the whole object: every attribute is sensitive.
  const wholeSensitive = options.sensitive === true;
  const sensitiveMask = isJsonObject(options.sensitive) ? options.sensitive : {};
  const values: ValueObject = {};
  for (const key of objectKeys(source, unknown)) {
    const value = walker.convert(source[key], unknown[key], wholeSensitive ? true : sensitiveMask[key], [
      key,
    ]);
    if (value !== undefined) values[key] = value;
  }
  return { values, sensitive };
}

class Walker {
  constructor(
    private readonly options: ValueOptions,
    private readonly sensitive: string[],
  ) {}

  convert(raw: unknown, unknown: unknown, sensitive: unknown, path: PathSegment[]): Value | undefined {
    if (sensitive === true) this.sensitive.push(path.join('.'));
    if (unknown === true) {
      return new Unknown(
        `known after apply: ${pathText(this.options.address, path)}`,
        this.options.refsAt?.(path) ?? [],
      );
    }
    // The reason names the place, never the value.
    if (sensitive === true) return new Unknown(`sensitive value: ${pathText(this.options.address, path)}`);
    if (Array.isArray(raw) || (raw == null && Array.isArray(unknown) && hasTrue(unknown))) {
      const items = Array.isArray(raw) ? raw : [];
      const unknowns = Array.isArray(unknown) ? unknown : [];
      const sensitives = Array.isArray(sensitive) ? sensitive : [];
      const length = Math.max(items.length, unknowns.length);
      const out: Value[] = [];
      for (let i = 0; i < length; i++)
        out.push(this.convert(items[i] ?? null, unknowns[i], sensitives[i], [...path, i]) ?? null);
      return out;
    }
    if (isJsonObject(raw) || (raw == null && isJsonObject(unknown) && hasTrue(unknown))) {
      const source = isJsonObject(raw) ? raw : {};
      const unknowns = isJsonObject(unknown) ? unknown : {};
      const sensitives = isJsonObject(sensitive) ? sensitive : {};
      const out: ValueObject = {};
      for (const key of objectKeys(source, unknowns)) {
        const value = this.convert(source[key], unknowns[key], sensitives[key], [...path, key]);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    if (raw === undefined) return undefined;
    return scalar(raw);
  }
}

/** Keys of the values plus keys only `after_unknown` has (unknown values are absent from `after`). */
function objectKeys(
  source: { readonly [key: string]: unknown },
  unknown: { readonly [key: string]: unknown },
): string[] {
  const keys = Object.keys(source);
  for (const key of Object.keys(unknown)) {
    if (!(key in source) && hasTrue(unknown[key])) keys.push(key);
  }
  return keys;
}

function hasTrue(mask: unknown): boolean {
  if (mask === true) return true;
  if (Array.isArray(mask)) return mask.some(hasTrue);
  if (isJsonObject(mask)) return Object.values(mask).some(hasTrue);
  return false;
}

function scalar(raw: unknown): Value {
  return typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : null;
}

/** Plain JSON (a configuration constant) as a value. */
export function jsonValue(raw: unknown): Value {
  if (Array.isArray(raw)) return raw.map(jsonValue);
  if (isJsonObject(raw)) {
    const out: ValueObject = {};
    for (const [key, value] of Object.entries(raw)) out[key] = jsonValue(value);
    return out;
  }
  return scalar(raw);
}

/** `aws_x.y.roots[0].id`, `aws_x.y.tags["team name"]`. */
export function pathText(address: string, path: readonly PathSegment[]): string {
  return path.reduce<string>((text, seg) => {
    if (typeof seg === 'number') return `${text}[${seg}]`;
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg) ? `${text}.${seg}` : `${text}[${JSON.stringify(seg)}]`;
  }, address);
}
