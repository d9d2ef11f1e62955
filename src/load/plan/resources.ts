/**
 * The plan's resources in two states, as the same `Resource` the HCL path produces:
 * **before** (the refreshed prior state: what exists now) and **after** (what will exist once
 * the plan is applied, unknowns and all). Everything is indexed by address once: no joins
 * that grow with the square of the plan.
 */
import type { Location } from '../../model/location.js';
import type { ChangeAction, Resource } from '../../model/resource.js';
import type { ValueObject } from '../../model/value.js';
import { ORGANIZATION_TYPES } from '../org-builder.js';
import { moduleText, parseResourceAddress, type ResourceAddress } from './address.js';
import type { PlanConfiguration } from './config.js';
import {
  isJsonObject,
  objectItems,
  objectOr,
  stringOr,
  type ChangeJson,
  type PlanJson,
  type ResourceChangeJson,
  type StateModuleJson,
  type StateResourceJson,
} from './format.js';
import { planValues, type PlanValues } from './values.js';

export interface PlanResources {
  readonly before: Resource[];
  readonly after: Resource[];
  readonly warnings: string[];
}

interface Identity {
  readonly address: string;
  readonly parsed: ResourceAddress;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Plan resources have no attribute lines of their own (source mapping adds the HCL block's). */
const NO_LINES: Readonly<Record<string, number>> = Object.freeze({});

/** Module trees deeper than this are cut (broken or hostile input). */
export const MAX_MODULE_DEPTH = 64;

/**
 * A module tree of `planned_values` or `prior_state`, indexed by address: the first non-deposed
 * entry of each address, in the order of a walk that lists a module's resources before its
 * children's.
 */
export interface StateIndex {
  addresses(): Iterable<string>;
  get(address: string): StateResourceJson | undefined;
}

/** What the resources are built from, however the plan was read (whole, or streamed). */
export interface PlanEntries {
  /** `resource_changes`, in order (items that are not objects are skipped). */
  readonly changes: Iterable<unknown>;
  readonly prior: StateIndex;
  readonly planned: StateIndex;
  /** `resource_drift`. */
  readonly drift: unknown;
}

/** The entries of a plan parsed whole. */
export function planEntries(plan: PlanJson): PlanEntries {
  return {
    changes: Array.isArray(plan.resource_changes) ? plan.resource_changes : [],
    prior: mapIndex(stateResources(plan.prior_state?.values?.root_module)),
    planned: mapIndex(stateResources(plan.planned_values?.root_module)),
    drift: plan.resource_drift,
  };
}

function mapIndex(map: Map<string, StateResourceJson>): StateIndex {
  return { addresses: () => map.keys(), get: (address) => map.get(address) };
}

/**
 * The plan's values are converted in place (see planValues): each change, prior and planned
 * entry is read once, and the parsed plan must not be read again afterwards.
 */
export function buildPlanResources(
  entries: PlanEntries,
  config: PlanConfiguration,
  place: (address: string) => Location,
): PlanResources {
  const before: Resource[] = [];
  const after: Resource[] = [];
  const warnings: string[] = [];
  const { prior, planned } = entries;
  const seen = new Set<string>();
  const unparsed: string[] = [];

  const identify = (address: string): Identity | undefined => {
    const parsed = parseResourceAddress(address);
    if (!parsed) unparsed.push(address);
    return parsed ? { address, parsed } : undefined;
  };
  const make = (
    id: Identity,
    values: ValueObject,
    extra: Partial<Pick<Resource, 'action' | 'before' | 'sensitive'>>,
  ): Resource => {
    const { parsed } = id;
    // Built field by field rather than with conditional spreads: this runs 200,000 times on a large plan.
    const resource: Mutable<Resource> = {
      address: id.address,
      mode: parsed.mode,
      type: parsed.type,
      name: parsed.name,
      module: moduleText(parsed.modules),
      values,
      location: place(id.address),
      attributeLines: NO_LINES,
      origin: 'plan',
    };
    if (parsed.key !== undefined) resource.index = parsed.key;
    if (extra.action !== undefined) resource.action = extra.action;
    if (extra.before !== undefined) resource.before = extra.before;
    if (extra.sensitive !== undefined && extra.sensitive.length > 0) resource.sensitive = extra.sensitive;
    return resource;
  };

  for (const item of entries.changes) {
    if (!isJsonObject(item)) continue;
    const rc: ResourceChangeJson = item;
    // A deposed object (left over from create_before_destroy) shares the current object's address.
    if (rc.deposed !== undefined && rc.deposed !== null && rc.deposed !== '') continue;
    const address = stringOr(rc.address);
    if (seen.has(address)) continue;
    const id = identify(address);
    if (!id) continue;
    seen.add(address);
    const change: ChangeJson = objectOr(rc.change);
    const { action: planned, unrecognised } = changeAction(change.actions);
    if (unrecognised !== undefined)
      warnings.push(`${address}: unrecognised plan action ${unrecognised}; read as an update`);

    let old: PlanValues | undefined;
    if (isJsonObject(change.before))
      old = planValues(change.before, { address, sensitive: change.before_sensitive });
    else if (planned !== 'create') {
      // Looked up only when needed: the streaming reader may have to read the entry again.
      const priorEntry = prior.get(address);
      if (priorEntry)
        old = planValues(priorEntry.values, { address, sensitive: priorEntry.sensitive_values });
    }
    // `skip_destroy = true` (SCPs and their attachments, log groups...): destroying the resource only
    // removes it from the state; AWS keeps it, as it keeps a forgotten one.
    const action: ChangeAction =
      planned === 'delete' && old?.values.skip_destroy === true ? 'forget' : planned;
    if (old && action !== 'create') before.push(make(id, old.values, { action, sensitive: old.sensitive }));
    if (action === 'delete') continue;
    if (action === 'forget') {
      // Forgotten objects stay in AWS, only out of Terraform's hands: they still exist after apply.
      after.push(
        make(id, old?.values ?? {}, { action, before: old?.values ?? null, sensitive: old?.sensitive ?? [] }),
      );
      continue;
    }
    const next = planValues(change.after, {
      address,
      unknown: change.after_unknown,
      sensitive: change.after_sensitive,
      refsAt: (path) => config.refsAt(id.parsed, path),
    });
    after.push(
      make(id, next.values, {
        action,
        before: old?.values ?? null,
        sensitive: union(next.sensitive, old?.sensitive),
      }),
    );
  }

  // Objects the plan has no change entry for: data sources read while planning, and (in partial
  // or old plans) anything else. They exist now and, unchanged, after apply.
  for (const address of prior.addresses()) {
    if (seen.has(address)) continue;
    const entry = prior.get(address);
    const id = entry && identify(address);
    if (!entry || !id) continue;
    seen.add(address);
    const now = planValues(entry.values, { address, sensitive: entry.sensitive_values });
    before.push(make(id, now.values, { sensitive: now.sensitive }));
    // Terraform drops a data source removed from the configuration without a change entry.
    if (id.parsed.mode === 'data' && config.hasConfiguration() && !config.declares(id.parsed)) continue;
    after.push(make(id, now.values, { action: 'no-op', before: now.values, sensitive: now.sensitive }));
  }
  for (const address of planned.addresses()) {
    if (seen.has(address)) continue;
    const entry = planned.get(address);
    const id = entry && identify(address);
    if (!entry || !id) continue;
    seen.add(address);
    const next = planValues(entry.values, { address, sensitive: entry.sensitive_values });
    after.push(make(id, next.values, { sensitive: next.sensitive }));
  }

  if (unparsed.length > 0)
    warnings.push(
      `skipped ${unparsed.length} entries with unreadable addresses: ${unparsed.slice(0, 5).join(', ')}`,
    );
  warnings.push(...driftWarnings(entries.drift));
  return { before, after, warnings };
}

/** `actions` as one word. */
export function changeAction(actions: unknown): { action: ChangeAction; unrecognised?: string } {
  const list = Array.isArray(actions) ? actions.filter((a): a is string => typeof a === 'string') : [];
  switch (list.join(',')) {
    case 'no-op':
    case 'create':
    case 'read':
    case 'update':
    case 'delete':
    case 'forget':
      return { action: list[0] as ChangeAction };
    // `create,forget`: a new object replaces the old one, which stays in AWS unmanaged.
    case 'delete,create':
    case 'create,delete':
    case 'create,forget':
      return { action: 'replace' };
    default:
      return { action: 'update', unrecognised: JSON.stringify(actions) };
  }
}

function stateResources(root: unknown): Map<string, StateResourceJson> {
  const out = new Map<string, StateResourceJson>();
  const walk = (module: StateModuleJson, depth: number): void => {
    if (depth > MAX_MODULE_DEPTH) return;
    for (const r of objectItems<StateResourceJson>(module.resources)) {
      if (typeof r.address !== 'string' || (r.deposed_key !== undefined && r.deposed_key !== null)) continue;
      if (!out.has(r.address)) out.set(r.address, r);
    }
    for (const child of objectItems<StateModuleJson>(module.child_modules)) walk(child, depth + 1);
  };
  if (isJsonObject(root)) walk(root, 0);
  return out;
}

function union(a: readonly string[], b: readonly string[] | undefined): string[] {
  return b === undefined || b.length === 0 ? [...a] : [...new Set([...a, ...b])];
}

/** Organization resources changed outside Terraform: worth saying, since "before" already shows it. */
function driftWarnings(drift: unknown): string[] {
  const out: string[] = [];
  for (const rc of objectItems<ResourceChangeJson>(drift)) {
    const type = stringOr(rc.type);
    if (!ORGANIZATION_TYPES.has(type)) continue;
    const { action } = changeAction(objectOr(rc.change).actions);
    const what = action === 'delete' ? 'was deleted' : 'was changed';
    out.push(`${stringOr(rc.address, type)} ${what} outside Terraform since the last apply (resource_drift)`);
  }
  return out;
}
