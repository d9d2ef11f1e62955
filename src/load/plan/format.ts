/**
 * The `terraform show -json <planfile>` format, typed once (after hashicorp/terraform-json).
 *
 * Every field is optional and every value `unknown`: the file is input, not a contract, and
 * format versions 0.1 .. 1.x add and drop fields. Readers narrow with the guards below instead
 * of trusting the shape, so a truncated or foreign document degrades to "less is known" rather
 * than a crash.
 */

export interface PlanJson {
  readonly format_version?: unknown;
  readonly terraform_version?: unknown;
  readonly variables?: unknown;
  readonly planned_values?: { readonly root_module?: unknown; readonly outputs?: unknown };
  readonly resource_drift?: unknown;
  readonly resource_changes?: unknown;
  readonly output_changes?: unknown;
  readonly prior_state?: { readonly values?: { readonly root_module?: unknown } };
  readonly configuration?: { readonly provider_config?: unknown; readonly root_module?: unknown };
  readonly relevant_attributes?: unknown;
  readonly errored?: unknown;
  readonly complete?: unknown;
  readonly deferred_changes?: unknown;
}

/** One entry of `resource_changes` / `resource_drift`. */
export interface ResourceChangeJson {
  readonly address?: unknown;
  readonly previous_address?: unknown;
  readonly module_address?: unknown;
  readonly mode?: unknown;
  readonly type?: unknown;
  readonly name?: unknown;
  readonly index?: unknown;
  readonly provider_name?: unknown;
  /** Set on deposed objects (create_before_destroy leftovers); they share the address of the current one. */
  readonly deposed?: unknown;
  readonly change?: ChangeJson;
}

export interface ChangeJson {
  readonly actions?: unknown;
  readonly before?: unknown;
  readonly after?: unknown;
  /** `true` where a value is known only after apply (and then absent from `after`); nested like `after`. */
  readonly after_unknown?: unknown;
  /** `false`, `true`, or nested objects/arrays of booleans marking sensitive values. */
  readonly before_sensitive?: unknown;
  readonly after_sensitive?: unknown;
}

/** A resource in `planned_values` or `prior_state` (a state module's `resources`). */
export interface StateResourceJson {
  readonly address?: unknown;
  readonly mode?: unknown;
  readonly type?: unknown;
  readonly name?: unknown;
  readonly index?: unknown;
  readonly provider_name?: unknown;
  readonly values?: unknown;
  readonly sensitive_values?: unknown;
  readonly deposed_key?: unknown;
}

export interface StateModuleJson {
  readonly address?: unknown;
  readonly resources?: unknown;
  readonly child_modules?: unknown;
}

/** An expression in `configuration`: a constant, references, or (for nested blocks) more expressions. */
export interface ExpressionJson {
  readonly constant_value?: unknown;
  readonly references?: unknown;
}

export interface ConfigResourceJson {
  readonly address?: unknown;
  readonly mode?: unknown;
  readonly type?: unknown;
  readonly name?: unknown;
  readonly provider_config_key?: unknown;
  readonly expressions?: unknown;
}

export interface ModuleCallJson {
  readonly source?: unknown;
  readonly expressions?: unknown;
  readonly module?: unknown;
}

export interface ConfigModuleJson {
  readonly resources?: unknown;
  readonly module_calls?: unknown;
  readonly outputs?: unknown;
  readonly variables?: unknown;
}

export interface ProviderConfigJson {
  readonly name?: unknown;
  readonly full_name?: unknown;
  readonly alias?: unknown;
  readonly module_address?: unknown;
  readonly expressions?: unknown;
}

export type JsonObject = { readonly [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectOr(value: unknown): JsonObject {
  return isJsonObject(value) ? value : {};
}

export function arrayOr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function stringOr(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

/** Entries of a JSON object whose values are objects, typed as the given shape. */
export function objectEntries<T>(value: unknown): [string, T][] {
  return Object.entries(objectOr(value)).filter((entry): entry is [string, T] => isJsonObject(entry[1]));
}

/** Array items that are objects, typed as the given shape. */
export function objectItems<T>(value: unknown): T[] {
  return arrayOr(value).filter((item): item is T => isJsonObject(item));
}

/**
 * `provider_name` is `aws` in old plans and `registry.terraform.io/hashicorp/aws` (or another
 * registry host or namespace) in new ones: the provider is the last segment.
 */
export function providerType(providerName: string): string {
  const last = providerName.split('/').pop() ?? providerName;
  // 0.12 writes aliased providers as `aws.east`.
  return last.split('.')[0] ?? last;
}
