/**
 * Source mapping: a plan knows values, the HCL knows lines. When the Terraform the plan came
 * from is scanned too, plan resources point at the block that declares them.
 */
import type { ProviderConfig, Resource } from '../../model/resource.js';
import {
  formatResourceAddress,
  isPlainString,
  parseResourceAddress,
  type ResourceAddress,
} from './address.js';

/**
 * Plan resources with the location and attribute lines of the HCL block declaring each one.
 * The plan address is kept in full: `module.a["x"].aws_x.y["k"]` takes its lines from HCL
 * `module.a["x"].aws_x.y["k"]`, else `module.a.aws_x.y["k"]`, else `module.a.aws_x.y` (the HCL
 * path expands `count`/`for_each` only when it can evaluate them). Resources with no HCL block
 * (declared in a module that was not scanned, or deleted from the code) keep their plan location.
 */
export function mapPlanLocations(
  resources: readonly Resource[],
  hclResources: readonly Resource[],
): Resource[] {
  // A plan scanned on its own: nothing to map (and 100,000 addresses not to take apart).
  if (hclResources.length === 0) return [...resources];
  const hcl = new Map(hclResources.map((r) => [r.address, r]));
  return resources.map((r) => {
    const declaring = declaringCandidates(r.address)
      .map((a) => hcl.get(a))
      .find((h) => h !== undefined);
    return declaring ? { ...r, ...placeOf(declaring) } : r;
  });
}

/** The same for provider configurations, matched by module, name and alias. */
export function mapPlanProviderLocations(
  providers: readonly ProviderConfig[],
  hclProviders: readonly ProviderConfig[],
): ProviderConfig[] {
  const key = (p: ProviderConfig): string => `${p.module}|${p.name}|${p.alias ?? ''}`;
  const hcl = new Map(hclProviders.map((p) => [key(p), p]));
  return providers.map((p) => {
    const declaring = hcl.get(key(p));
    return declaring ? { ...p, ...placeOf(declaring) } : p;
  });
}

/** Where an HCL declaration and its attributes are. */
function placeOf(
  declaring: Resource | ProviderConfig,
): Pick<Resource, 'location' | 'attributeLines' | 'attributeFiles'> {
  const { location, attributeLines, attributeFiles } = declaring;
  return attributeFiles === undefined
    ? { location, attributeLines }
    : { location, attributeLines, attributeFiles };
}

/** Addresses an HCL block declaring this instance may have, most specific first. */
export function declaringCandidates(address: string): string[] {
  const fast = canonicalCandidates(address);
  if (fast) return fast;
  const parsed = parseResourceAddress(address);
  if (!parsed) return [address];
  const withoutKey = (a: ResourceAddress): ResourceAddress => ({
    modules: a.modules,
    mode: a.mode,
    type: a.type,
    name: a.name,
  });
  // The HCL path does not expand module count/for_each: its module addresses have no keys.
  const bareModules: ResourceAddress = { ...parsed, modules: parsed.modules.map((m) => ({ name: m.name })) };
  const candidates = [
    address,
    formatResourceAddress(bareModules),
    formatResourceAddress(withoutKey(parsed)),
    formatResourceAddress(withoutKey(bareModules)),
  ];
  return [...new Set(candidates)];
}

/**
 * The same, by slicing, for an address in the form Terraform writes (`module.a["x"].aws_x.y[0]`,
 * keys that need no escaping): what the general path gives, without parsing and re-quoting every
 * key of a 100,000-resource plan. Undefined for anything else, which takes the general path.
 */
function canonicalCandidates(address: string): string[] | undefined {
  // Steps: a name, then an optional key in brackets, then `.` or the end.
  const names: string[] = [];
  const keys: (string | undefined)[] = [];
  let i = 0;
  const n = address.length;
  while (i < n) {
    let j = i;
    for (; j < n; j++) {
      const c = address.charCodeAt(j);
      if (c === 0x2e || c === 0x5b) break; // . [
      if (c === 0x22 || c === 0x5d) return undefined; // " ]
    }
    if (j === i) return undefined;
    names.push(address.slice(i, j));
    if (j < n && address.charCodeAt(j) === 0x5b) {
      const close = canonicalKeyEnd(address, j + 1);
      if (close < 0) return undefined;
      keys.push(address.slice(j, close + 1));
      j = close + 1;
    } else keys.push(undefined);
    if (j === n) break;
    if (address.charCodeAt(j) !== 0x2e || j + 1 === n) return undefined;
    i = j + 1;
  }
  let k = 0;
  let keyed = '';
  let bare = '';
  while (names[k] === 'module' && k + 1 < names.length) {
    if (keys[k] !== undefined) return undefined;
    keyed += `module.${names[k + 1]}${keys[k + 1] ?? ''}.`;
    bare += `module.${names[k + 1]}.`;
    k += 2;
  }
  let local = '';
  if (names[k] === 'data' && k + 2 < names.length) {
    if (keys[k] !== undefined) return undefined;
    local = 'data.';
    k++;
  }
  if (k + 2 !== names.length || keys[k] !== undefined) return undefined;
  local += `${names[k]}.${names[k + 1]}`;
  const key = keys[k + 1] ?? '';
  return [...new Set([address, `${bare}${local}${key}`, `${keyed}${local}`, `${bare}${local}`])];
}

/** Index of the `]` closing a canonical key that starts at `from` (`0`, `12`, `"prod"`), or -1. */
function canonicalKeyEnd(text: string, from: number): number {
  const first = text.charCodeAt(from);
  if (first >= 0x30 && first <= 0x39) {
    let j = from + 1;
    while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
    // No leading zeros and a safe integer: the number is written back the same.
    if ((first === 0x30 && j > from + 1) || j - from > 15) return -1;
    return text.charCodeAt(j) === 0x5d ? j : -1;
  }
  if (first !== 0x22) return -1;
  const quote = text.indexOf('"', from + 1);
  if (quote < 0 || !isPlainString(text, from + 1, quote)) return -1;
  return text.charCodeAt(quote + 1) === 0x5d ? quote + 1 : -1;
}
