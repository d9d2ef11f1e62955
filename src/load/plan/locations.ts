/**
 * Source mapping: a plan knows values, the HCL knows lines. When the Terraform the plan came
 * from is scanned too, plan resources point at the block that declares them.
 */
import type { ProviderConfig, Resource } from '../../model/resource.js';
import { formatResourceAddress, parseResourceAddress, type ResourceAddress } from './address.js';

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
  const hcl = new Map(hclResources.map((r) => [r.address, r]));
  return resources.map((r) => {
    const declaring = declaringCandidates(r.address)
      .map((a) => hcl.get(a))
      .find((h) => h !== undefined);
    return declaring ? { ...r, location: declaring.location, attributeLines: declaring.attributeLines } : r;
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
    return declaring ? { ...p, location: declaring.location, attributeLines: declaring.attributeLines } : p;
  });
}

/** Addresses an HCL block declaring this instance may have, most specific first. */
export function declaringCandidates(address: string): string[] {
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
