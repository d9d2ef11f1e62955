import { addToList } from '../append-all.js';
import type { Location, Origin } from '../model/location.js';
import {
  ROOT_KEY,
  ancestors,
  attachmentsOf,
  describeNode,
  type OrgAttachment,
  type OrgModel,
  type OrgPolicy,
  type Provenance,
} from '../model/org.js';
import { coverage } from '../model/coverage.js';
import { classifyScp, rootDenyPicture, type RootDenyPicture, type ScpClass } from '../model/root-deny.js';
import type { Resource } from '../model/resource.js';
import { capitalise, knownStrings } from '../model/value.js';
import { REQUIRED_ROOT_FEATURES } from './rg004-centralized-root-access-disabled.js';
import { finding, unverified, type Rule, type RuleReport } from './rule.js';

/*
 * RG005 compares the organization before a plan (ctx.orgBefore) with the organization after it
 * (ctx.org). It speaks only about what the plan takes away: a guardrail that exists today and
 * will not after apply. What is missing in both is RG002/RG004's business.
 */

const IAM_SERVICE = 'iam.amazonaws.com';
const SCP_TYPE = 'SERVICE_CONTROL_POLICY';

type Place = { resource?: string; location?: Location };

function placeOf(p: Provenance | undefined): Place {
  return p
    ? { ...(p.resource ? { resource: p.resource } : {}), ...(p.location ? { location: p.location } : {}) }
    : {};
}

/** Where content findings about a policy point: its `content` argument when located. */
function contentPlace(policy: OrgPolicy): Place {
  return { ...placeOf(policy), ...(policy.contentLocation ? { location: policy.contentLocation } : {}) };
}

function label(p: { resource?: string; name?: string; key?: string }): string {
  return p.resource ?? p.name ?? p.key ?? 'an organization element';
}

function listText(items: readonly string[]): string {
  return `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** Why an SCP that denied the root user no longer does. */
function whyNotRootDeny(c: ScpClass): string {
  switch (c.kind) {
    case 'attempt':
      return `it tries to but cannot: ${c.result.problems.join('; ')}`;
    case 'malformed':
      return `its content is not a valid policy: ${c.error}`;
    case 'other':
      return 'none of its statements denies the root user';
    default:
      return 'its content changes';
  }
}

/** A node's identity across the two models: real ids when known, else the declaring resource. */
function sameNodeAfter(
  before: OrgModel,
  after: OrgModel,
  key: string,
  afterByResource: ReadonlyMap<string, string>,
): string | undefined {
  if (after.nodes.has(key)) return key;
  const node = before.nodes.get(key);
  if (node?.resource !== undefined && key !== ROOT_KEY) return afterByResource.get(node.resource);
  // The root, or an id from another stack: it exists whether or not this plan declares it.
  return key;
}

function nodeIdentity(org: OrgModel, key: string): string {
  if (key === ROOT_KEY) return ROOT_KEY;
  return org.nodes.get(key)?.resource ?? key;
}

function nodeLabel(org: OrgModel, key: string): string {
  const base = describeNode(org.nodes.get(key), key);
  return key === ROOT_KEY ? `${base} (every member account)` : base;
}

interface AfterStatus {
  readonly kind: 'covered' | 'maybe' | 'lost';
  readonly reasons: readonly string[];
  /** For `maybe`: the SCP whose unknown content leaves it open. */
  readonly place?: Place;
}

/** The organization after apply, seen from "is this node still under a root-deny SCP?". */
class AfterView {
  readonly picture: RootDenyPicture;
  /** Targets of SCPs whose content is known only after apply, with why and where. */
  private readonly undecidedTargets = new Map<string, { reason: string; place: Place }[]>();
  private readonly unresolved: string[];

  constructor(private readonly org: OrgModel) {
    this.picture = rootDenyPicture(org);
    const unresolved = [...this.picture.unknownTargets];
    for (const { policy, reason } of this.picture.undecided) {
      const why = {
        reason: `the content of ${label(policy)} is not known until apply (${reason})`,
        place: contentPlace(policy),
      };
      for (const a of attachmentsOf(org, policy.key)) {
        if ('key' in a.target) addToList(this.undecidedTargets, a.target.key, why);
        else unresolved.push(`${a.resource ?? 'an attachment'} of ${label(policy)}: ${a.target.unknown}`);
      }
    }
    this.unresolved = unresolved;
  }

  status(key: string): AfterStatus {
    const chain = ancestors(this.org, key);
    const keys = [key, ...chain.keys];
    if (keys.some((k) => this.picture.targets.has(k))) return { kind: 'covered', reasons: [] };
    const undecided = keys.flatMap((k) => this.undecidedTargets.get(k) ?? []);
    const reasons = undecided.map((u) => u.reason);
    if (chain.brokenAt !== undefined) reasons.push(`its parent after apply is not known: ${chain.brokenAt}`);
    reasons.push(...this.unresolved);
    if (reasons.length === 0) return { kind: 'lost', reasons: [] };
    return { kind: 'maybe', reasons, ...(undecided[0] ? { place: undecided[0].place } : {}) };
  }
}

/** What happens to one protecting (SCP, attachment) pair, and where to point for it. */
interface Fate {
  readonly text: string;
  readonly place: Place & { source: Origin };
}

class ScpComparison {
  private readonly was: RootDenyPicture;
  private readonly will: AfterView;
  private readonly afterNodeByResource = new Map<string, string>();
  private readonly afterPolicyByResource = new Map<string, OrgPolicy>();
  private readonly afterAttachmentByResource = new Map<string, OrgAttachment>();
  private readonly accountsDeclared: boolean;
  private readonly withAccounts = new Set<string>();

  constructor(
    private readonly before: OrgModel,
    private readonly after: OrgModel,
    private readonly resources: ReadonlyMap<string, Resource>,
  ) {
    this.was = rootDenyPicture(before);
    this.will = new AfterView(after);
    for (const [key, node] of after.nodes)
      if (node.resource !== undefined) this.afterNodeByResource.set(node.resource, key);
    for (const p of after.policies.values())
      if (p.resource !== undefined) this.afterPolicyByResource.set(p.resource, p);
    for (const a of after.attachments)
      if (a.resource !== undefined) this.afterAttachmentByResource.set(a.resource, a);
    const accounts = [...before.nodes.values()].filter((n) => n.kind === 'account');
    this.accountsDeclared = accounts.length > 0;
    for (const account of accounts) {
      this.withAccounts.add(account.key);
      for (const k of ancestors(before, account.key).keys) this.withAccounts.add(k);
    }
  }

  reports(): RuleReport[] {
    if (this.was.rootDeny.length === 0) return [];
    const reports = this.unattachedDeletions();
    // Everything is still under a root-deny SCP attached to the root: nothing was lost.
    if (coverage(this.after, this.will.picture.targets, []).wholeOrganization) return reports;

    const affected = new Map<string, AfterStatus>();
    for (const key of this.protectedKeys()) {
      const afterKey = sameNodeAfter(this.before, this.after, key, this.afterNodeByResource);
      if (afterKey === undefined) continue; // the node itself is removed: nothing left to protect
      const status = this.will.status(afterKey);
      if (status.kind !== 'covered' && this.holdsAccounts(key)) affected.set(key, status);
    }
    for (const [key, status] of affected) {
      // Report where protection is lost, not again for everything beneath it.
      if (ancestors(this.before, key).keys.some((k) => affected.has(k))) continue;
      reports.push(this.report(key, status));
    }
    return reports;
  }

  /** Nodes under a root-deny SCP today, and targets of one that no source declares. */
  private protectedKeys(): string[] {
    const keys = new Set([...this.before.nodes.keys(), ...this.was.targets]);
    return [...keys].filter((key) =>
      [key, ...ancestors(this.before, key).keys].some((k) => this.was.targets.has(k)),
    );
  }

  private holdsAccounts(key: string): boolean {
    const node = this.before.nodes.get(key);
    if (key === ROOT_KEY || !node || node.kind === 'account') return true;
    // With the accounts in another stack, any OU may hold some.
    return !this.accountsDeclared || this.withAccounts.has(key);
  }

  private report(key: string, status: AfterStatus): RuleReport {
    const chain = [key, ...ancestors(this.before, key).keys];
    const protections: string[] = [];
    const fates: Fate[] = [];
    for (const policy of this.was.rootDeny) {
      for (const a of attachmentsOf(this.before, policy.key)) {
        if (!('key' in a.target) || !chain.includes(a.target.key)) continue;
        const where = a.target.key === key ? 'to it' : `to ${nodeLabel(this.before, a.target.key)} above it`;
        // A Control Tower control is its own attachment: naming it twice says nothing more.
        const by = a.resource !== undefined && a.resource !== policy.resource ? ` by ${a.resource}` : '';
        protections.push(`${label(policy)} is attached ${where}${by}`);
        fates.push(...this.fatesOf(policy, a));
      }
    }
    const moved = this.moveOf(key);
    if (moved) fates.push(moved);
    // The same resource can be both the SCP and its attachment (a Control Tower control): one fate each.
    const distinct = fates.filter((f, i) => fates.findIndex((g) => g.text === f.text) === i);
    fates.length = 0;
    fates.push(...distinct);
    const nodeText = capitalise(nodeLabel(this.before, key));
    const today = protections.length > 0 ? protections.join('; ') : 'a root-deny SCP applies to it';
    const first = fates[0];
    const place: Place = first ? first.place : placeOf(this.before.nodes.get(key));
    if (status.kind === 'maybe') {
      const changes = fates.length > 0 ? ` after apply ${joinAnd(fates.map((f) => f.text))};` : '';
      return unverified(
        `${nodeText} may lose its root-user deny: today ${today};${changes} whether an SCP that denies the root user still applies cannot be known before apply: ${status.reasons.join('; ')}.`,
        status.place ?? place,
      );
    }
    const changes = fates.length > 0 ? joinAnd(fates.map((f) => f.text)) : 'the SCPs that protect it change';
    return finding(
      `${nodeText} loses its root-user deny: today ${today}; after apply ${changes}, and no SCP that denies the root user applies to it.`,
      { ...place, source: first?.place.source ?? 'plan' },
    );
  }

  /** What the plan does to one SCP and one of its attachments. */
  private fatesOf(policy: OrgPolicy, attachment: OrgAttachment): Fate[] {
    const fates: Fate[] = [];
    const actionOf = (address: string | undefined): string | undefined =>
      address === undefined ? undefined : this.resources.get(address)?.action;
    const attachmentAfter =
      attachment.resource !== undefined ? this.afterAttachmentByResource.get(attachment.resource) : undefined;
    if (attachment.resource !== undefined && !attachmentAfter) {
      fates.push({
        text: `${attachment.resource} is destroyed`,
        place: { ...placeOf(attachment), source: attachment.origin },
      });
    } else if (attachmentAfter && 'key' in attachment.target && 'key' in attachmentAfter.target) {
      const was = nodeIdentity(this.before, attachment.target.key);
      const will = nodeIdentity(this.after, attachmentAfter.target.key);
      if (was !== will) {
        fates.push({
          text: `${attachment.resource ?? 'its attachment'} attaches it to ${nodeLabel(this.after, attachmentAfter.target.key)} instead`,
          place: { ...placeOf(attachmentAfter), source: attachmentAfter.origin },
        });
      }
    }
    if (attachmentAfter && 'key' in attachmentAfter.policy) {
      const attached = this.after.policies.get(attachmentAfter.policy.key);
      if (attached && attached.resource !== policy.resource) {
        fates.push({
          text: `${attachment.resource ?? 'its attachment'} attaches ${label(attached)} instead of ${label(policy)}`,
          place: { ...placeOf(attachmentAfter), source: attachmentAfter.origin },
        });
      }
    }
    const policyAfter =
      policy.resource !== undefined
        ? this.afterPolicyByResource.get(policy.resource)
        : this.after.policies.get(policy.key);
    if (!policyAfter) {
      fates.push({
        text: `${label(policy)} is destroyed`,
        place: { ...placeOf(policy), source: policy.origin },
      });
    } else {
      const c = classifyScp(policyAfter);
      if (c.kind !== 'root-deny' && c.kind !== 'unknown') {
        const verb =
          actionOf(policyAfter.resource) === 'replace'
            ? 'is replaced by a policy that no longer denies'
            : 'no longer denies';
        fates.push({
          text: `${label(policyAfter)} ${verb} the root user (${whyNotRootDeny(c)})`,
          place: { ...contentPlace(policyAfter), source: policyAfter.origin },
        });
      }
    }
    return fates;
  }

  /** An account or OU moved out from under its protection. */
  private moveOf(key: string): Fate | undefined {
    const node = this.before.nodes.get(key);
    if (!node || key === ROOT_KEY) return undefined;
    const afterKey = sameNodeAfter(this.before, this.after, key, this.afterNodeByResource);
    const afterNode = afterKey !== undefined ? this.after.nodes.get(afterKey) : undefined;
    if (!afterNode || typeof node.parent !== 'string' || typeof afterNode.parent !== 'string')
      return undefined;
    if (nodeIdentity(this.before, node.parent) === nodeIdentity(this.after, afterNode.parent))
      return undefined;
    return {
      text: `it moves from ${nodeLabel(this.before, node.parent)} to ${nodeLabel(this.after, afterNode.parent)}`,
      place: { ...placeOf(afterNode), source: afterNode.origin },
    };
  }

  /** A root-deny SCP destroyed with no attachment in the scanned sources: another stack may attach it. */
  private unattachedDeletions(): RuleReport[] {
    const reports: RuleReport[] = [];
    for (const policy of this.was.rootDeny) {
      if (attachmentsOf(this.before, policy.key).length > 0) continue;
      const gone =
        policy.resource !== undefined
          ? !this.afterPolicyByResource.has(policy.resource)
          : !this.after.policies.has(policy.key);
      if (!gone) continue;
      reports.push(
        unverified(
          `${label(policy)}, an SCP that denies the root user, is destroyed by this plan; no attachment of it is in the scanned sources, so whether any account loses that protection cannot be checked.`,
          placeOf(policy),
        ),
      );
    }
    return reports;
  }
}

/** enabled_features of aws_iam_organizations_features losing RootCredentialsManagement / RootSessions. */
function featureReports(before: OrgModel, after: OrgModel): RuleReport[] {
  const was = before.iamFeatures;
  if (!was) return [];
  const had = knownStrings(was.enabledFeatures);
  if ('unknown' in had) return [];
  const enabled = REQUIRED_ROOT_FEATURES.filter((f) => had.items.includes(f));
  if (enabled.length === 0) return [];
  const will = after.iamFeatures;
  if (!will) {
    return [
      finding(
        `${label(was)} is destroyed: ${joinAnd(enabled)} ${enabled.length > 1 ? 'are' : 'is'} enabled today (enabled_features = ${listText(had.items)}) and will be disabled after apply, so member accounts can hold root credentials again.`,
        { ...placeOf(was), source: was.origin },
      ),
    ];
  }
  const where = {
    ...placeOf(will),
    ...(will.enabledFeaturesLocation ? { location: will.enabledFeaturesLocation } : {}),
  };
  const now = knownStrings(will.enabledFeatures);
  if ('unknown' in now) {
    return [
      unverified(
        `enabled_features of ${label(will)} is not known before apply (${now.unknown}); today it enables ${joinAnd(enabled)}.`,
        where,
      ),
    ];
  }
  const dropped = enabled.filter((f) => !now.items.includes(f));
  if (dropped.length === 0) return [];
  return [
    finding(
      `${label(will)} disables ${joinAnd(dropped)}: enabled_features is ${listText(had.items)} today and will be ${listText(now.items)} after apply.`,
      { ...where, source: will.origin },
    ),
  ];
}

/** The organization turning off what root guardrails need: IAM trusted access, SCPs, all features. */
function organizationReports(
  before: OrgModel,
  after: OrgModel,
  wasPicture: () => RootDenyPicture,
): RuleReport[] {
  const was = before.organization;
  const will = after.organization;
  if (!was || !will) return [];
  const reports: RuleReport[] = [];
  const name = label(will);

  const hadPrincipals = knownStrings(was.servicePrincipals);
  if ('items' in hadPrincipals && hadPrincipals.items.includes(IAM_SERVICE)) {
    const now = knownStrings(will.servicePrincipals);
    const where = {
      ...placeOf(will),
      ...(will.lines.aws_service_access_principals
        ? { location: will.lines.aws_service_access_principals }
        : {}),
    };
    if ('unknown' in now) {
      reports.push(
        unverified(
          `aws_service_access_principals of ${name} is not known before apply (${now.unknown}); today it includes ${IAM_SERVICE}.`,
          where,
        ),
      );
    } else if (!now.items.includes(IAM_SERVICE)) {
      reports.push(
        finding(
          `${name} removes ${IAM_SERVICE} from aws_service_access_principals: trusted access for IAM is enabled today (${listText(hadPrincipals.items)}) and will be disabled after apply (${listText(now.items)}), which turns off centralized root access for member accounts.`,
          { ...where, source: will.origin },
        ),
      );
    }
  }

  const scpGuarded = wasPicture().targets.size > 0;
  const hadTypes = knownStrings(was.enabledPolicyTypes);
  if (scpGuarded && 'items' in hadTypes && hadTypes.items.includes(SCP_TYPE)) {
    const now = knownStrings(will.enabledPolicyTypes);
    const where = {
      ...placeOf(will),
      ...(will.lines.enabled_policy_types ? { location: will.lines.enabled_policy_types } : {}),
    };
    const scpNames = joinAnd(wasPicture().rootDeny.map(label));
    if ('unknown' in now) {
      reports.push(
        unverified(
          `enabled_policy_types of ${name} is not known before apply (${now.unknown}); today SCPs are enabled and ${scpNames} denies the root user.`,
          where,
        ),
      );
    } else if (!now.items.includes(SCP_TYPE)) {
      reports.push(
        finding(
          `${name} disables ${SCP_TYPE}: enabled_policy_types is ${listText(hadTypes.items)} today and will be ${listText(now.items)} after apply, which detaches every SCP, including ${scpNames} that denies the root user.`,
          { ...where, source: will.origin },
        ),
      );
    }
  }

  if (
    scpGuarded &&
    was.featureSet === 'ALL' &&
    typeof will.featureSet === 'string' &&
    will.featureSet !== 'ALL'
  ) {
    reports.push(
      finding(
        `${name} changes feature_set from "ALL" to "${will.featureSet}": SCPs, including the root-user deny, stop applying after apply.`,
        {
          ...placeOf(will),
          ...(will.lines.feature_set ? { location: will.lines.feature_set } : {}),
          source: will.origin,
        },
      ),
    );
  }
  return reports;
}

export const rule: Rule = {
  id: 'RG005',
  name: 'root-guardrail-removed',
  severity: 'critical',
  scope: 'organization',
  title: 'A Terraform plan removes a guardrail on the root user',
  rationale:
    'A plan that destroys, detaches or weakens the SCP denying the root user, or turns off centralized root access, silently re-opens the most powerful identity in every affected account. Such changes often ride along with unrelated refactors (a renamed resource, a module move), where a reviewer reading a long plan misses them.',
  remediation:
    'Keep the root-deny SCP and its attachments in the configuration (use a moved block when renaming), attach the replacement before removing the old one, keep enabled_features = ["RootCredentialsManagement", "RootSessions"] and iam.amazonaws.com in aws_service_access_principals. If the removal is intended, suppress this finding with a justification.',
  example: {
    bad: [
      '# terraform plan',
      '  # aws_organizations_policy_attachment.deny_root will be destroyed',
      '  # (because aws_organizations_policy_attachment.deny_root is not in configuration)',
      '  - resource "aws_organizations_policy_attachment" "deny_root" {',
      '      - policy_id = "p-examplepolicy" -> null',
      '      - target_id = "r-exmp" -> null',
      '    }',
    ].join('\n'),
    good: [
      '# the attachment stays; a rename keeps the object through a moved block',
      'moved {',
      '  from = aws_organizations_policy_attachment.deny_root',
      '  to   = aws_organizations_policy_attachment.deny_root_user',
      '}',
      '',
      'resource "aws_organizations_policy_attachment" "deny_root_user" {',
      '  policy_id = aws_organizations_policy.deny_root.id',
      '  target_id = aws_organizations_organization.org.roots[0].id',
      '}',
    ].join('\n'),
  },
  docs: [
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-enable-root-access.html',
    'https://developer.hashicorp.com/terraform/internals/json-format',
  ],
  check(ctx) {
    const before = ctx.orgBefore;
    // Only a plan (or a live read compared with a plan) has a "before" to compare with.
    if (!before) return [];
    const after = ctx.org;
    const resources = new Map(ctx.resources.map((r) => [r.address, r]));
    const scp = new ScpComparison(before, after, resources);
    return [
      ...scp.reports(),
      ...featureReports(before, after),
      ...organizationReports(before, after, () => rootDenyPicture(before)),
    ];
  },
};
