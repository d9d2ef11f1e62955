import type { Location, Origin } from './location.js';
import type { Value, ValueObject } from './value.js';

/** Terraform plan actions, as `terraform show -json` writes them, reduced to one word. */
export type ChangeAction = 'no-op' | 'create' | 'read' | 'update' | 'delete' | 'replace' | 'forget';

/**
 * One resource or data source instance, whatever it was read from.
 * `values` holds evaluated top-level arguments; nested blocks are arrays of objects, as in
 * Terraform's JSON configuration syntax.
 */
export interface Resource {
  /** Full address: `module.a.module.b.aws_organizations_policy.deny_root["prod"]`. */
  readonly address: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  /** Module path, `''` for the root module, else `module.a.module.b`. */
  readonly module: string;
  /** The count/for_each key when the block was expanded. */
  readonly index?: string | number;
  /**
   * Set when this instance may not exist at all (its count or for_each, or its module call's, is
   * not known): the reason. What it would be is still checked; that it exists is not assumed.
   */
  readonly uncertain?: string;
  readonly values: ValueObject;
  /** Where the declaring block starts. */
  readonly location: Location;
  /** Line of each attribute (dotted path for nested ones: `versioning_configuration.mfa_delete`). */
  readonly attributeLines: Readonly<Record<string, number>>;
  /** Attributes set in an override file (`override.tf`): the file their line is in. */
  readonly attributeFiles?: Readonly<Record<string, string>>;
  readonly origin: Origin;
  /** Plans only: the planned change and the values before it. */
  readonly action?: ChangeAction;
  readonly before?: ValueObject | null;
  /** Dotted attribute paths whose values must never be printed. */
  readonly sensitive?: readonly string[];
}

/** A `provider` block (or a plan's provider_config entry). */
export interface ProviderConfig {
  /** The local name (`provider "aws"`, or whatever name required_providers gives the provider). */
  readonly name: string;
  /**
   * The provider type when the module's required_providers (or the plan's full_name) says it:
   * `aws` for `amazon = { source = "hashicorp/aws" }`. Absent: the type is the local name.
   */
  readonly type?: string;
  readonly alias?: string;
  readonly module: string;
  readonly values: ValueObject;
  readonly location: Location;
  readonly attributeLines: Readonly<Record<string, number>>;
  readonly attributeFiles?: Readonly<Record<string, string>>;
  readonly origin: Origin;
}

export function attributeLocation(resource: Resource | ProviderConfig, attribute: string): Location {
  const line = resource.attributeLines[attribute];
  if (line === undefined) return resource.location;
  return { file: resource.attributeFiles?.[attribute] ?? resource.location.file, line };
}

export function valueAt(values: ValueObject, attribute: string): Value | undefined {
  return values[attribute];
}

/** Whether a provider configuration is the AWS provider's, whatever its local name. */
export function isAwsProvider(p: Pick<ProviderConfig, 'name' | 'type'>): boolean {
  return (p.type ?? p.name) === 'aws';
}

/** How findings name a provider configuration: `provider "aws" (alias "east") in module.x`. */
export function providerLabel(p: ProviderConfig, { withModule = true } = {}): string {
  const alias = p.alias !== undefined ? ` (alias "${p.alias}")` : '';
  const where = withModule && p.module !== '' ? ` in ${p.module}` : '';
  return `provider "${p.name}"${alias}${where}`;
}
