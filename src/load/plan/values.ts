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

/**
 * Converts one resource's object of values. The parsed JSON already is a value, so it is
 * changed in place and only where `after_unknown` or a `*_sensitive` mask marks something:
 * copying every value of a plan of 100,000 resources costs more than parsing it. The caller
 * hands over an object it will not read again.
 */
export function planValues(raw: unknown, options: ValueOptions): PlanValues {
  const sensitive: string[] = [];
  const walker = new Walker(options, sensitive);
  const values: ValueObject = isJsonObject(raw) ? (raw as ValueObject) : {};
  const unknown = isJsonObject(options.unknown) ? options.unknown : {};
  // `true` for the whole object: every attribute is sensitive.
  const wholeSensitive = options.sensitive === true;
  const sensitiveMask = isJsonObject(options.sensitive) ? options.sensitive : {};
  walker.convertObject(values, unknown, wholeSensitive ? true : sensitiveMask, []);
  return { values, sensitive };
}

class Walker {
  constructor(
    private readonly options: ValueOptions,
    private readonly sensitive: string[],
  ) {}

  /**
   * The value at `path`: `raw` itself (changed in place) unless it is replaced. `undefined` only
   * when there is no value and nothing marks one.
   */
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
      const items: Value[] = Array.isArray(raw) ? (raw as Value[]) : [];
      const unknowns = Array.isArray(unknown) ? unknown : [];
      const sensitives = Array.isArray(sensitive) ? sensitive : [];
      // Nothing below is marked: the list stands as parsed.
      if (unknowns.length === 0 && sensitives.length === 0) return items;
      const length = Math.max(items.length, unknowns.length);
      for (let i = 0; i < length; i++) {
        const item = items[i];
        const mark = unknowns[i];
        const secret = sensitives[i];
        if (isMarked(mark) || isMarked(secret) || item === undefined)
          items[i] = this.convert(item ?? null, mark, secret, [...path, i]) ?? null;
      }
      return items;
    }
    if (isJsonObject(raw) || (raw == null && isJsonObject(unknown) && hasTrue(unknown))) {
      const object: ValueObject = isJsonObject(raw) ? (raw as ValueObject) : {};
      this.convertObject(
        object,
        isJsonObject(unknown) ? unknown : {},
        isJsonObject(sensitive) ? sensitive : {},
        path,
      );
      return object;
    }
    if (raw === undefined) return undefined;
    return scalar(raw);
  }

  /** Replaces, in place, what the masks mark in an object, and adds what only `after_unknown` has. */
  convertObject(
    object: ValueObject,
    unknowns: { readonly [key: string]: unknown },
    sensitives: { readonly [key: string]: unknown } | true,
    path: PathSegment[],
  ): void {
    const all = sensitives === true;
    if (!all && !hasKeys(unknowns) && !hasKeys(sensitives)) return;
    for (const key of objectKeys(object, unknowns)) {
      const mark = unknowns[key];
      const secret = all ? true : sensitives[key];
      const has = Object.prototype.hasOwnProperty.call(object, key);
      if (!isMarked(mark) && !isMarked(secret) && has) continue;
      const value = this.convert(has ? object[key] : undefined, mark, secret, [...path, key]);
      if (value !== undefined) setOwn(object, key, value);
    }
  }
}

/** A mask that may replace something: `true`, or a list or object that could hold `true`. */
function isMarked(mask: unknown): boolean {
  return mask === true || (typeof mask === 'object' && mask !== null);
}

function hasKeys(object: { readonly [key: string]: unknown }): boolean {
  for (const _ in object) return true;
  return false;
}

/** An own property even for `__proto__`, as JSON.parse makes it. */
function setOwn(object: ValueObject, key: string, value: Value): void {
  if (key === '__proto__')
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}

/** Keys of the values plus keys only `after_unknown` has (unknown values are absent from `after`). */
function objectKeys(
  source: { readonly [key: string]: unknown },
  unknown: { readonly [key: string]: unknown },
): string[] {
  const keys = Object.keys(source);
  for (const key of Object.keys(unknown)) {
    if (!Object.prototype.hasOwnProperty.call(source, key) && hasTrue(unknown[key])) keys.push(key);
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
