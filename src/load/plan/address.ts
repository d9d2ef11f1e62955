/**
 * Terraform addresses and references as text: `module.a["x"].module.b.aws_x.y[0]`,
 * `aws_organizations_organization.org.roots[0].id`. Instance keys may be strings holding dots
 * and brackets, so the text is scanned, never split on `.`.
 */
import type { PathSegment } from '../../model/value.js';

/** A name (`roots`) or an index (`[0]`, `["prod"]`). */
export type Step = { readonly name: string } | { readonly key: string | number };

/** Splits `a.b["c.d"][0].e` into steps; undefined when the text is not a traversal. */
export function parseTraversal(text: string): Step[] | undefined {
  const steps: Step[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '.') {
      if (i === 0 || i === text.length - 1) return undefined;
      i++;
      continue;
    }
    if (c === '[') {
      const close = indexClose(text, i + 1);
      if (close < 0) return undefined;
      const inner = text.slice(i + 1, close).trim();
      const key = parseKey(inner);
      if (key === undefined) return undefined;
      steps.push({ key });
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < text.length && text[j] !== '.' && text[j] !== '[') j++;
    if (j === i) return undefined;
    steps.push({ name: text.slice(i, j) });
    i = j;
  }
  return steps;
}

/** Index of the `]` that closes a bracket opened before `from`, skipping quoted strings. */
function indexClose(text: string, from: number): number {
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ']') return i;
  }
  return -1;
}

function parseKey(inner: string): string | number | undefined {
  if (isDigits(inner)) return Number(inner);
  // The usual key, `"prod"`: no escapes, nothing JSON.parse would refuse, so no JSON.parse.
  if (inner.length >= 2 && inner.charCodeAt(0) === 0x22 && isPlainString(inner, 1, inner.length - 1))
    return inner.slice(1, -1);
  if (inner.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(inner);
      return typeof value === 'string' ? value : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/**
 * Whether `text[from..to)` followed by a quote at `to` is a JSON string body that needs no
 * decoding and that JSON.stringify writes back the same: no quote, backslash, control character
 * or lone surrogate.
 */
export function isPlainString(text: string, from: number, to: number): boolean {
  if (text.charCodeAt(to) !== 0x22) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c < 0x20) return false;
    if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate pair is fine; a lone half is escaped by JSON.stringify.
      const next = text.charCodeAt(i + 1);
      if (c > 0xdbff || i + 1 >= to || next < 0xdc00 || next > 0xdfff) return false;
      i++;
    }
  }
  return true;
}

export function keyText(key: string | number): string {
  return `[${JSON.stringify(key)}]`;
}

export interface ModuleStep {
  readonly name: string;
  readonly key?: string | number;
}

/** A resource instance address, taken apart. */
export interface ResourceAddress {
  readonly modules: readonly ModuleStep[];
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly key?: string | number;
}

export function parseResourceAddress(address: string): ResourceAddress | undefined {
  const steps = parseTraversal(address);
  if (!steps) return undefined;
  const modules: ModuleStep[] = [];
  let i = 0;
  const nameAt = (n: number): string | undefined => {
    const s = steps[n];
    return s && 'name' in s ? s.name : undefined;
  };
  const keyAt = (n: number): string | number | undefined => {
    const s = steps[n];
    return s && 'key' in s ? s.key : undefined;
  };
  while (nameAt(i) === 'module' && nameAt(i + 1) !== undefined) {
    const key = keyAt(i + 2);
    modules.push({ name: nameAt(i + 1) ?? '', ...(key !== undefined ? { key } : {}) });
    i += key !== undefined ? 3 : 2;
  }
  let mode: ResourceAddress['mode'] = 'managed';
  if (nameAt(i) === 'data' && nameAt(i + 2) !== undefined) {
    mode = 'data';
    i++;
  }
  const type = nameAt(i);
  const name = nameAt(i + 1);
  if (type === undefined || name === undefined) return undefined;
  const key = keyAt(i + 2);
  const end = i + 2 + (key !== undefined ? 1 : 0);
  if (end !== steps.length) return undefined;
  return { modules, mode, type, name, ...(key !== undefined ? { key } : {}) };
}

/** `module.a["x"].module.b` (with keys) or `module.a.module.b` (without); `''` for the root module. */
export function moduleText(modules: readonly ModuleStep[], withKeys = true): string {
  return modules
    .map((m) => `module.${m.name}${withKeys && m.key !== undefined ? keyText(m.key) : ''}`)
    .join('.');
}

/** `data.aws_x.y` / `aws_x.y`: the resource's address inside its module, without instance key. */
export function localAddress(a: Pick<ResourceAddress, 'mode' | 'type' | 'name'>): string {
  return `${a.mode === 'data' ? 'data.' : ''}${a.type}.${a.name}`;
}

export function formatResourceAddress(a: ResourceAddress, withKeys = true): string {
  const mod = moduleText(a.modules, withKeys);
  const key = withKeys && a.key !== undefined ? keyText(a.key) : '';
  return `${mod === '' ? '' : `${mod}.`}${localAddress(a)}${key}`;
}

/** Steps as a reference path: names and keys alike become segments (`roots[0].id` -> roots, 0, id). */
export function stepsToPath(steps: readonly Step[]): PathSegment[] {
  return steps.map((s) => ('name' in s ? s.name : s.key));
}
