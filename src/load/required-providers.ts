/**
 * A module's `terraform { required_providers { ... } }`: the provider type behind each local
 * name. `amazon = { source = "hashicorp/aws" }` makes `provider "amazon"` an AWS provider, whose
 * static keys are as much a leak as those of one named `aws`.
 */
import { asBodies, isRawObject, type RawBlock } from './hcl.js';
import { providerType } from './plan/format.js';

/** Provider types by local name, for the names whose source is given. */
export function requiredProviderTypes(blocks: readonly RawBlock[]): Map<string, string> {
  const types = new Map<string, string>();
  for (const block of blocks) {
    if (block.type !== 'terraform') continue;
    for (const required of asBodies(block.body.required_providers)) {
      for (const [name, requirement] of Object.entries(required)) {
        const source = isRawObject(requirement) ? requirement.source : undefined;
        // Source addresses are case-insensitive; the type is their last part (`hashicorp/aws`: aws).
        if (typeof source === 'string') types.set(name, providerType(source.trim().toLowerCase()));
      }
    }
  }
  return types;
}
