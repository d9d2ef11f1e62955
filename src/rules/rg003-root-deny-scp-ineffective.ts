import {
  attachmentsOf,
  maybeAttached,
  scps,
  type OrgModel,
  type OrgPolicy,
  type RejectedAttachment,
} from '../model/org.js';
import { attachedNowhere, classifyScp, rootDenyPicture } from '../model/root-deny.js';
import { regionPartition } from '../model/partition.js';
import { actionMatches, parseArn, type RootDenyResult } from '../model/policy.js';
import { isAwsProvider, providerLabel, type Resource } from '../model/resource.js';
import { isObject, type Value } from '../model/value.js';
import { finding, unverified, type Rule, type RuleContext, type RuleReport } from './rule.js';

/** The actions a root-deny SCP must not leave to the root user: they mint new root credentials. */
const CREDENTIAL_ACTIONS = ['iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile'];

function place(policy: OrgPolicy): { resource?: string; location?: NonNullable<OrgPolicy['location']> } {
  const location = policy.contentLocation ?? policy.location;
  return { ...(policy.resource ? { resource: policy.resource } : {}), ...(location ? { location } : {}) };
}

function label(policy: OrgPolicy): string {
  return policy.resource ?? `SCP "${policy.name}"`;
}

/** The partition the organization lives in, and what says so; absent when not known. */
interface Partition {
  readonly name: string;
  readonly evidence: string;
}

/** Organization resources (and data sources) whose computed attributes hold organization ARNs. */
const ARN_TYPES = new Set([
  'aws_organizations_organization',
  'aws_organizations_organizational_unit',
  'aws_organizations_account',
  'aws_organizations_policy',
]);
const ARN_ATTRIBUTES = ['arn', 'master_account_arn'];
const ARN_LISTS = ['roots', 'accounts', 'non_master_accounts'];

/** Known organization ARNs of a resource: plans and data sources carry them, HCL does not. */
function organizationArns(r: Resource): string[] {
  const arns: Value[] = ARN_ATTRIBUTES.map((a) => r.values[a] ?? null);
  for (const list of ARN_LISTS) {
    const items = r.values[list];
    if (Array.isArray(items)) arns.push(...items.filter(isObject).map((item) => item.arn ?? null));
  }
  return arns.filter((a): a is string => typeof a === 'string' && a.startsWith('arn:'));
}

/**
 * The organization's partition, when the estate says it without doubt: ARNs of organization
 * resources (plans, data sources), an `aws_partition` data source, or else every AWS provider's
 * region. Conflicting or missing evidence (a provider whose region comes from the environment)
 * leaves it unknown, and then nothing is reported.
 */
function organizationPartition(ctx: Pick<RuleContext, 'resources' | 'providers'>): Partition | undefined {
  const strong = new Map<string, string>();
  for (const r of ctx.resources) {
    if (r.action === 'delete') continue;
    if (ARN_TYPES.has(r.type)) {
      for (const arn of organizationArns(r)) {
        const partition = parseArn(arn)?.partition;
        if (partition) strong.set(partition, strong.get(partition) ?? `${r.address} has ARN ${arn}`);
      }
    }
    if (r.mode !== 'data' || r.type !== 'aws_partition') continue;
    const named = r.values.partition;
    if (typeof named === 'string' && named !== '') {
      strong.set(named, strong.get(named) ?? `${r.address} is "${named}"`);
    }
  }
  if (strong.size > 0) {
    const [only] = [...strong];
    return strong.size === 1 && only ? { name: only[0], evidence: only[1] } : undefined;
  }
  const providers = ctx.providers.filter(isAwsProvider);
  if (providers.length === 0) return undefined;
  const byRegion = new Map<string, string>();
  for (const p of providers) {
    const region = p.values.region;
    const partition = typeof region === 'string' ? regionPartition(region) : undefined;
    if (partition === undefined) return undefined;
    byRegion.set(
      partition,
      byRegion.get(partition) ?? `${providerLabel(p, { withModule: false })} has region "${String(region)}"`,
    );
  }
  const [only] = [...byRegion];
  return byRegion.size === 1 && only ? { name: only[0], evidence: only[1] } : undefined;
}

/** An attachment of a root-deny SCP that AWS refuses (its target is the organization's own id). */
function checkRejected(org: OrgModel, attachment: RejectedAttachment): RuleReport[] {
  const link = attachment.policy;
  const key = 'key' in link ? link.key : 'candidate' in link ? link.candidate : undefined;
  const policy = key !== undefined ? org.policies.get(key) : undefined;
  if (!policy || policy.type !== 'SERVICE_CONTROL_POLICY') return [];
  const at = {
    ...(attachment.resource ? { resource: attachment.resource } : {}),
    ...(attachment.location ? { location: attachment.location } : {}),
  };
  const what = `${attachment.resource ?? 'An attachment'} would attach ${label(policy)}`;
  const cls = classifyScp(policy);
  if (cls.kind === 'root-deny' || cls.kind === 'attempt')
    return [
      finding(`${what}, a root-deny SCP, but its ${attachment.reason}.`, {
        ...at,
        source: attachment.origin,
      }),
    ];
  if (cls.kind === 'unknown')
    return [
      unverified(`${what}, which may deny the root user (${cls.reason}), but its ${attachment.reason}.`, at),
    ];
  return [];
}

/** What the estate says about accounts: ids known to be members, and the management account's. */
interface AccountFacts {
  readonly members: ReadonlySet<string>;
  readonly management?: string;
}

function accountFacts(ctx: Pick<RuleContext, 'org' | 'live'>): AccountFacts {
  const members = new Set<string>();
  for (const node of ctx.org.nodes.values())
    if (node.kind === 'account' && /^\d{12}$/.test(node.key)) members.add(node.key);
  for (const member of ctx.live?.members ?? []) members.add(member.accountId);
  const management = ctx.live?.managementAccountId;
  if (management !== undefined) members.delete(management);
  return { members, ...(management !== undefined ? { management } : {}) };
}

/**
 * Accounts a root deny exempts: a finding for an account known to be a member (or any account
 * but the management account, when that is known); unverified otherwise, since exempting the
 * management account, which SCPs never restrict, changes nothing.
 */
function checkExemptions(policy: OrgPolicy, result: RootDenyResult, facts: AccountFacts): RuleReport[] {
  const exempt = (result.exemptAccounts ?? []).filter((e) => e.account !== facts.management);
  if (exempt.length === 0) return [];
  const describe = (list: typeof exempt, tail: string): string => {
    const where = [...new Set(list.flatMap((e) => e.statements))]
      .sort((a, b) => a - b)
      .map((i) => `Statement[${i}]`)
      .join(', ');
    const plural = list.length > 1;
    return `${label(policy)}: the condition of ${where} exempts the root user of account${plural ? 's' : ''} ${list.map((e) => e.account).join(', ')}, ${tail}`;
  };
  // A statement not known statically could still deny those root users: nothing certain then.
  const partial = policy.content.kind === 'partial';
  const known = partial
    ? []
    : exempt.filter((e) => facts.members.has(e.account) || facts.management !== undefined);
  const unsure = exempt.filter((e) => !known.includes(e));
  const reports: RuleReport[] = [];
  if (known.length > 0)
    reports.push(
      finding(
        describe(
          known,
          `a member account${known.length > 1 ? 's' : ''} whose root user is then unrestricted; if that is a deliberate break-glass exemption, suppress this finding with the reason`,
        ),
        { ...place(policy), source: policy.origin },
      ),
    );
  if (unsure.length > 0)
    reports.push(
      unverified(
        describe(
          unsure,
          partial
            ? `whose root user is then unrestricted unless a statement not known statically denies it, or it is the management account (which SCPs never restrict)`
            : `whose root user is then unrestricted unless it is the management account (which SCPs never restrict); the scanned sources do not say which account that is`,
        ),
        place(policy),
      ),
    );
  return reports;
}

/**
 * `leftToRg002`: no root-deny SCP is attached anywhere and RG002 runs, which reports that, so an
 * unattached one is not reported twice; an unattached copy beside one that is attached, or any
 * unattached one when RG002 is disabled, is this rule's to report.
 */
function checkPolicy(
  org: OrgModel,
  policy: OrgPolicy,
  partition: Partition | undefined,
  leftToRg002: boolean,
  facts: AccountFacts,
): RuleReport[] {
  const cls = classifyScp(policy);
  const at = { ...place(policy), source: policy.origin };
  switch (cls.kind) {
    case 'attempt':
      return cls.result.problems.map((problem) =>
        finding(`${label(policy)} tries to deny the root user but cannot: ${problem}`, at),
      );
    case 'malformed':
      return [
        unverified(
          `${label(policy)} has content that is not a valid policy document: ${cls.error}`,
          place(policy),
        ),
      ];
    case 'root-deny': {
      const reports: RuleReport[] = [];
      const attached = attachmentsOf(org, policy.key).length > 0;
      if (!attached && !maybeAttached(org, policy.key) && !leftToRg002) {
        reports.push(
          finding(`${label(policy)} denies the root user but is attached to nothing, so it has no effect.`, {
            ...(policy.resource ? { resource: policy.resource } : {}),
            ...(policy.location ? { location: policy.location } : {}),
            source: policy.origin,
          }),
        );
      }
      // With statements not known statically, "root is still allowed X" could be undone by one of
      // them: such verdicts are unverified. Problems found in known statements stand.
      const partial = policy.content.kind === 'partial' ? policy.content.reason : undefined;
      const doubtful = (message: string): RuleReport =>
        partial === undefined
          ? finding(message, at)
          : unverified(
              `${message} Unless a statement not known statically covers it: ${partial}`,
              place(policy),
            );
      const allowed = cls.result.allowedActions ?? [];
      const leaks = CREDENTIAL_ACTIONS.filter((action) =>
        allowed.some((pattern) => actionMatches(pattern, action)),
      );
      if (leaks.length > 0) {
        reports.push(
          doubtful(
            `${label(policy)} carves ${leaks.join(', ')} out of its root deny (NotAction), so the root user can still create new credentials for itself.`,
          ),
        );
      }
      for (const problem of cls.result.problems) reports.push(finding(`${label(policy)}: ${problem}`, at));
      reports.push(...checkExemptions(policy, cls.result, facts));
      const covered = cls.result.partitions;
      if (partition !== undefined && !covered.includes('*') && !covered.includes(partition.name)) {
        reports.push(
          doubtful(
            `${label(policy)} denies the root user only in the ${covered.join(', ')} partition${covered.length > 1 ? 's' : ''} (${covered.map((p) => `arn:${p}:iam::*:root`).join(', ')}), but the organization is in ${partition.name} (${partition.evidence}): its root users are arn:${partition.name}:iam::<account>:root, which the policy never matches. Use arn:${partition.name}:iam::*:root, or arn:*:iam::*:root.`,
          ),
        );
      }
      return reports;
    }
    default:
      return [];
  }
}

export const rule: Rule = {
  id: 'RG003',
  name: 'root-deny-scp-ineffective',
  severity: 'high',
  scope: 'organization',
  title: 'An SCP meant to deny the root user does not',
  rationale:
    'A root-deny SCP can look like protection and deny nothing: it compares with StringEquals against a wildcard; tests the wrong condition key (aws:PrincipalType is "Account" for the root user, aws:username is absent); names the root users of another partition (arn:aws:… in a GovCloud or China organization); exempts the root users of named member accounts; carries a Principal element or exceeds the 5,120-character SCP limit, so Organizations rejects it; or is attached to nothing, or to the organization\'s own id (o-…), which AWS refuses as a target. (When no root-deny SCP is attached anywhere, RG002 reports it, once; with RG002 disabled, this rule does.) Teams then believe root is locked down when it is not.',
  remediation:
    'Use "ArnLike" (or "StringLike") on "aws:PrincipalArn" with "arn:aws:iam::*:root" (the organization\'s own partition in GovCloud or China: arn:aws-us-gov:…, arn:aws-cn:…, or arn:*:iam::*:root) in a Deny statement, keep credential actions (iam:CreateAccessKey, iam:CreateLoginProfile, iam:UpdateLoginProfile) out of any NotAction carve-out, and attach the policy to the organization root (aws_organizations_organization.<name>.roots[0].id, not its id).',
  example: {
    bad: 'Condition = {\n  StringEquals = { "aws:PrincipalArn" = "arn:aws:iam::*:root" }\n}',
    good: 'Condition = {\n  ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" }\n}',
  },
  docs: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn',
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html',
  ],
  check(ctx) {
    const partition = organizationPartition(ctx);
    const leftToRg002 = (ctx.running?.has('RG002') ?? true) && attachedNowhere(rootDenyPicture(ctx.org));
    const facts = accountFacts(ctx);
    return [
      ...scps(ctx.org).flatMap((policy) => checkPolicy(ctx.org, policy, partition, leftToRg002, facts)),
      ...(ctx.org.rejectedAttachments ?? []).flatMap((a) => checkRejected(ctx.org, a)),
    ];
  },
};
