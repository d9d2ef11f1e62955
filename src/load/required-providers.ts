/**
 * A module's `terraform { required_providers { ... } }`: the provider type behind each local
 * name. `amazon = { source = "hashicorp/aws" }` makes `provider "amazon"` an AWS provider, whose
 * static keys are as much a leak as those of one named `aws`.
 */
import { asBodies, isRawObject, type RawBlock } from './hcl.js';

/** Provider types by local name, for the names whose source is given. */
export function requiredProviderTypes(blocks: readonly RawBlock[]): Map<string, string> {
  const types = new Map<string, string>();
  for (const block of blocks) {
    if (block.type !== 'terraform') continue;
    for (const required of asBodies(block.body.required_providers)) {
      for (const [name, requirement] of Object.entries(required)) {
        const source = isRawObject(requirement) ? requirement.source : undefined;
        if (typeof source === 'string') types.set(name, providerTypeOf(source));
      }
    }
  }
  return types;
}

/** The type in a source address: `hashicorp/aws`, `registry.terraform.io/hashicorp/aws`, `aws`. */
export function providerTypeOf(source: string): string {
  const type = source.trim().split('/').pop() ?? '';
  return type.toLowerCase();
}
