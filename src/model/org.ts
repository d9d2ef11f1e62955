import { addToList } from '../append-all.js';
import type { Location, Origin } from './location.js';
import type { Value } from './value.js';

export type OrgNodeKind = 'root' | 'ou' | 'account';

/** The key of the organization root. An estate has one organization, so every root reference links here. */
export const ROOT_KEY = 'root';

/** Where an element of the organization was declared or read. */
export interface Provenance {
  readonly resource?: string;
  readonly location?: Location;
  readonly origin: Origin;
}

export interface OrgNode extends Provenance {
  /** A real id (`ou-ab12-cdef3456`, `111122223333`), `root`, or the declaring resource's address. */
  readonly key: string;
  readonly kind: OrgNodeKind;
  readonly name?: string;
  /** Key of the parent; `unknown` with a reason when the parent cannot be resolved. */
  readonly parent?: string | { readonly unknown: string };
}

export type PolicyContent =
  | { readonly kind: 'known'; readonly text: string }
  /** A document with unknown parts: its known statements can still be judged. */
  | { readonly kind: 'partial'; readonly document: Value; readonly reason: string }
  | { readonly kind: 'unknown'; readonly reason: string };

export interface OrgPolicy extends Provenance {
  readonly key: string;
  readonly name: string;
  /** SERVICE_CONTROL_POLICY, RESOURCE_CONTROL_POLICY, TAG_POLICY, ... */
  readonly type: string;
  readonly content: PolicyContent;
  /** Line of the `content` argument, where content findings point. */
  readonly contentLocation?: Location;
  /** Set when the SCP is a Control Tower control's artifact (the control's name): fixed through the control. */
  readonly controlTower?: string;
}

export type LinkTarget = { readonly key: string } | { readonly unknown: string };

export interface OrgAttachment extends Provenance {
  /**
   * The attached policy. An attachment that may not exist has an unknown policy, with the key it
   * would attach as `candidate` when that is known: it can only matter for that policy.
   */
  readonly policy: LinkTarget | { readonly unknown: string; readonly candidate: string };
  readonly target: LinkTarget;
}

/**
 * An attachment AWS refuses when it is applied (its target is the organization's own id, not its
 * root): it attaches nothing, so it is kept out of `attachments` and reported where it is written.
 */
export interface RejectedAttachment extends Provenance {
  readonly policy: OrgAttachment['policy'];
  /** What is wrong with the target, and what to write instead. */
  readonly reason: string;
}

export interface OrganizationSettings extends Provenance {
  /** `ALL` or `CONSOLIDATED_BILLING`; Unknown when not known until apply. */
  readonly featureSet: Value;
  readonly servicePrincipals: Value;
  readonly enabledPolicyTypes: Value;
  /** Line of each setting, for findings. */
  readonly lines: Readonly<Record<string, Location>>;
}

export interface IamOrganizationsFeatures extends Provenance {
  readonly enabledFeatures: Value;
  /** Line of `enabled_features`, where findings about it point. */
  readonly enabledFeaturesLocation?: Location;
}

/** The organization as the estate (all scanned sources together) declares it. */
export interface OrgModel {
  /** The sources manage an organization: organization-scope rules speak only when this is true. */
  readonly managed: boolean;
  readonly organization?: OrganizationSettings;
  readonly nodes: ReadonlyMap<string, OrgNode>;
  readonly policies: ReadonlyMap<string, OrgPolicy>;
  readonly attachments: readonly OrgAttachment[];
  /** Attachments that attach nothing (see RejectedAttachment); absent when there are none. */
  readonly rejectedAttachments?: readonly RejectedAttachment[];
  /** `aws_iam_organizations_features` (or its live equivalent); absent when nothing declares it. */
  readonly iamFeatures?: IamOrganizationsFeatures;
  /** Things about the organization the loaders could not see (opaque modules, denied APIs). */
  readonly blindSpots: readonly BlindSpot[];
}

export interface BlindSpot {
  readonly reason: string;
  readonly resource?: string;
  /** The address of a module call whose source could not be read: it may declare anything. */
  readonly module?: string;
  /** The module was removed from the configuration but left in AWS (`removed`, destroy = false). */
  readonly kept?: boolean;
}

/** Absence findings point at the organization when the sources declare it. */
export function organizationPlace(org: OrgModel): { resource?: string; location?: Location } {
  const o = org.organization;
  return o
    ? { ...(o.resource ? { resource: o.resource } : {}), ...(o.location ? { location: o.location } : {}) }
    : {};
}

/**
 * Why "the sources declare no X" does not prove the organization has none: module calls whose
 * source could not be read (not initialised, or outside the scan) may declare any resource, and so
 * may module calls removed from the configuration but left in AWS. Undefined when there are none.
 */
export function unreadModules(org: OrgModel): string | undefined {
  const unread: string[] = [];
  const kept: string[] = [];
  for (const spot of org.blindSpots)
    if (spot.module !== undefined) (spot.kept ? kept : unread).push(spot.module);
  const reasons: string[] = [];
  if (unread.length > 0) {
    reasons.push(
      `${listed(unread)} ${unread.length === 1 ? 'is' : 'are'} not available to scan and may declare it (run terraform init, or scan the module directories with these sources)`,
    );
  }
  if (kept.length > 0) {
    reasons.push(
      `${listed(kept)} ${kept.length === 1 ? 'was' : 'were'} removed from the configuration but left in AWS (removed with destroy = false) and may still hold it`,
    );
  }
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

function listed(addresses: readonly string[]): string {
  return addresses.length > 3
    ? `${addresses.slice(0, 3).join(', ')} and ${addresses.length - 3} more`
    : addresses.join(', ');
}

export function emptyOrg(): OrgModel {
  return { managed: false, nodes: new Map(), policies: new Map(), attachments: [], blindSpots: [] };
}

export function scps(org: OrgModel): OrgPolicy[] {
  return [...org.policies.values()].filter((p) => p.type === 'SERVICE_CONTROL_POLICY');
}

/** Keys of the nodes a node sits under, nearest first; stops at an unknown parent. */
export function ancestors(org: OrgModel, key: string): { keys: string[]; brokenAt?: string } {
  const keys: string[] = [];
  const seen = new Set<string>([key]);
  let current = org.nodes.get(key);
  while (current?.parent !== undefined) {
    if (typeof current.parent !== 'string') return { keys, brokenAt: current.parent.unknown };
    if (seen.has(current.parent)) break;
    seen.add(current.parent);
    keys.push(current.parent);
    current = org.nodes.get(current.parent);
  }
  return { keys };
}

/** Attachments by the policy they attach, and what unresolved ones might attach. */
interface AttachmentIndex {
  readonly byPolicy: Map<string, OrgAttachment[]>;
  /** Some attachment's policy is unknown with no candidate: it might attach any policy. */
  readonly anyPolicy: boolean;
  /** Policies an attachment that may not exist would attach. */
  readonly candidates: ReadonlySet<string>;
}

/** Built once per (read-only) model: rules ask about every policy's attachments. */
const attachmentIndexes = new WeakMap<OrgModel, AttachmentIndex>();

function attachmentIndex(org: OrgModel): AttachmentIndex {
  let index = attachmentIndexes.get(org);
  if (index === undefined) {
    const byPolicy = new Map<string, OrgAttachment[]>();
    const candidates = new Set<string>();
    let anyPolicy = false;
    for (const a of org.attachments) {
      if ('key' in a.policy) addToList(byPolicy, a.policy.key, a);
      else if ('candidate' in a.policy) candidates.add(a.policy.candidate);
      else anyPolicy = true;
    }
    index = { byPolicy, anyPolicy, candidates };
    attachmentIndexes.set(org, index);
  }
  return index;
}

export function attachmentsOf(org: OrgModel, policyKey: string): readonly OrgAttachment[] {
  return attachmentIndex(org).byPolicy.get(policyKey) ?? [];
}

/** Whether some attachment whose policy is not resolved might attach this policy. */
export function maybeAttached(org: OrgModel, policyKey: string): boolean {
  const index = attachmentIndex(org);
  return index.anyPolicy || index.candidates.has(policyKey);
}

export function describeNode(node: OrgNode | undefined, key: string): string {
  if (key === ROOT_KEY) return 'the organization root';
  const label = node?.kind === 'account' ? 'account' : node?.kind === 'ou' ? 'OU' : 'target';
  const name = node?.name !== undefined ? ` "${node.name}"` : '';
  const where = node?.resource ?? key;
  return `${label}${name} (${where})`;
}
