/**
 * The values RootGuard reasons about: what Terraform would compute, or an explicit Unknown.
 *
 * An Unknown is never guessed into a value. It carries why it is unknown and, when the value
 * comes from another resource (`aws_organizations_organization.org.roots[0].id`), the symbolic
 * references the org model can still link, even though the value itself is not known until apply.
 */
export type PathSegment = string | number;

export interface Reference {
  /** Address of the referenced object, module prefix included: `module.a.aws_organizations_policy.x`. */
  readonly address: string;
  /** The attribute path after the address: `['roots', 0, 'id']`. */
  readonly path: readonly PathSegment[];
}

export class Unknown {
  readonly kind = 'unknown';
  constructor(
    readonly reason: string,
    readonly refs: readonly Reference[] = [],
    /**
     * What is known of it, when it is a document with unknown parts (`jsonencode` of an object
     * with one unknown leaf): the value with Unknown leaves. Lets a policy statement that is fully
     * known be judged although another one is not.
     */
    readonly partial?: Value,
  ) {}
}

export type Value = null | boolean | number | string | Value[] | ValueObject | Unknown;
export interface ValueObject {
  [key: string]: Value;
}

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}

export function isObject(value: Value | undefined): value is ValueObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Unknown);
}

/** True when the value, or anything nested in it, is Unknown. */
export function containsUnknown(value: Value | undefined): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (value instanceof Unknown) return true;
  budget = PLAIN_WALK_BUDGET;
  return walkForUnknown(value, null) ?? walkForUnknown(value, new Set()) === true;
}

/**
 * Evaluated values share their parts (`local.b = [local.a, local.a]`), so a walk as a tree can
 * be exponentially longer than the value's size. Walks start as plain recursion (`seen` null),
 * which is all real values need, and past this many steps restart visiting each shared part once.
 */
const PLAIN_WALK_BUDGET = 100_000;
let budget = 0;

/**
 * Undefined when a plain walk ran out of budget (a walk with `seen` never does). Loops rather
 * than some(): this walks every evaluated value.
 */
function walkForUnknown(value: Value | undefined, seen: Set<object> | null): boolean | undefined {
  if (typeof value !== 'object' || value === null) return false;
  if (value instanceof Unknown) return true;
  if (seen === null) {
    if (--budget < 0) return undefined;
  } else {
    if (seen.has(value)) return false;
    seen.add(value);
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = walkForUnknown(item, seen);
      if (found !== false) return found;
    }
    return false;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const found = walkForUnknown(value[key], seen);
    if (found !== false) return found;
  }
  return false;
}

/** Renders a reference the way Terraform source writes it: `aws_x.y.roots[0].id`. */
export function referenceText(ref: Reference): string {
  return ref.path.reduce<string>(
    (text, seg) => (typeof seg === 'number' ? `${text}[${seg}]` : `${text}.${seg}`),
    ref.address,
  );
}

/** A string when the value is a known string (numbers and bools convert as Terraform does). */
export function asString(value: Value | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** Known list elements, or undefined when the value is not a known list. */
export function asList(value: Value | undefined): Value[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** The strings of a known list, or why the list (or one of its items) is not known. */
export function knownStrings(value: Value | undefined): { items: string[] } | { unknown: string } {
  if (value instanceof Unknown) return { unknown: value.reason };
  if (!Array.isArray(value)) return { items: [] };
  const unknownItem = value.find((v) => v instanceof Unknown);
  if (unknownItem instanceof Unknown) return { unknown: unknownItem.reason };
  return { items: value.filter((v): v is string => typeof v === 'string') };
}

/** First letter upper-cased, for messages that start with a generated label. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
