/**
 * RG012: RootSessions is enabled, but a root-deny SCP also denies the sessions it starts.
 *
 * A session started with sts:AssumeRoot acts as the member account's root user, so an SCP that
 * denies `arn:aws:iam::*:root` denies it too unless it exempts such sessions with
 * `"Null": {"aws:AssumedRoot": "true"}`. The rule names the root tasks the SCP actually blocks,
 * by evaluating the SCP for an AssumeRoot session doing each task's defining action: an SCP that
 * carves the bucket-policy actions out still lets S3UnlockBucketPolicy work, and says so.
 */
import {
  attachmentsOf,
  maybeAttached,
  describeNode,
  scps,
  type OrgModel,
  type OrgPolicy,
} from '../model/org.js';
import { classifyScp } from '../model/root-deny.js';
import { evaluate, parsePolicy, type PolicyDocument } from '../model/policy.js';
import { probe, PROBE_ACCOUNT } from '../model/policy/probes.js';
import { containsUnknown, isObject, knownStrings } from '../model/value.js';
import { ROOT_DENY_SCP } from './examples.js';
import { finding, unverified, type Rule, type RuleReport } from './rule.js';

const FEATURE = 'RootSessions';

/**
 * The actions each root task exists for (from the AWS task policies): if the SCP denies one of
 * them to an AssumeRoot session, that task cannot be done in the accounts the SCP covers.
 */
const TASK_ACTIONS: readonly { readonly task: string; readonly actions: readonly string[] }[] = [
  { task: 'IAMAuditRootUserCredentials', actions: ['iam:GetLoginProfile', 'iam:ListAccessKeys'] },
  { task: 'IAMCreateRootUserPassword', actions: ['iam:CreateLoginProfile'] },
  { task: 'IAMDeleteRootUserCredentials', actions: ['iam:DeleteLoginProfile', 'iam:DeleteAccessKey'] },
  { task: 'S3UnlockBucketPolicy', actions: ['s3:DeleteBucketPolicy'] },
  { task: 'SQSUnlockQueuePolicy', actions: ['sqs:SetQueueAttributes'] },
];

type Blocked = { readonly denied: string[]; readonly maybe: string[] };

/** Which root tasks the SCP denies to an AssumeRoot session in a member account. */
function blockedTasks(doc: PolicyDocument): Blocked {
  const session = probe('root', PROBE_ACCOUNT, { detail: true, assumedRoot: true });
  const denied: string[] = [];
  const maybe: string[] = [];
  for (const { task, actions } of TASK_ACTIONS) {
    const decisions = actions.map((action) =>
      evaluate(doc, {
        principal: session.arn,
        principalAccount: session.account,
        action,
        context: session.context,
      }),
    );
    if (decisions.includes('deny')) denied.push(task);
    else if (decisions.includes('depends')) maybe.push(task);
  }
  return { denied, maybe };
}

function place(policy: OrgPolicy): { resource?: string; location?: NonNullable<OrgPolicy['location']> } {
  const location = policy.contentLocation ?? policy.location;
  return { ...(policy.resource ? { resource: policy.resource } : {}), ...(location ? { location } : {}) };
}

/** A Control Tower control's SCP is not edited: the control takes a parameter instead. */
function fixFor(policy: OrgPolicy): string {
  return policy.controlTower !== undefined
    ? `Enable ${policy.controlTower} with the ExemptAssumeRoot parameter: parameters { key = "ExemptAssumeRoot", value = jsonencode(true) }.`
    : 'Add "Null": {"aws:AssumedRoot": "true"} to its Condition.';
}

function label(policy: OrgPolicy): string {
  return policy.resource ?? `SCP "${policy.name}"`;
}

/** Where the SCP applies, for the message; empty when its attachments cannot be named. */
function coverage(org: OrgModel, policy: OrgPolicy): string {
  const names = attachmentsOf(org, policy.key).flatMap((a) =>
    'key' in a.target ? [describeNode(org.nodes.get(a.target.key), a.target.key)] : [],
  );
  return names.length > 0
    ? ` in the accounts under ${[...new Set(names)].join(', ')}`
    : ' in member accounts';
}

/** Root-deny SCPs that also deny AssumeRoot sessions and can be in effect (attached, or maybe). */
function candidates(org: OrgModel): { policy: OrgPolicy; doc: PolicyDocument }[] {
  return scps(org).flatMap((policy) => {
    const cls = classifyScp(policy);
    if (cls.kind !== 'root-deny' || cls.result.exemptsAssumedRoot) return [];
    // An SCP attached to nothing denies nothing (RG003 reports that); skip it unless an
    // attachment whose policy cannot be resolved might be this one.
    if (attachmentsOf(org, policy.key).length === 0 && !maybeAttached(org, policy.key)) return [];
    const doc = documentOf(policy);
    return doc ? [{ policy, doc }] : [];
  });
}

/**
 * The SCP's document; for one only partly known, its fully known statements, which is what
 * classifyScp judged too: a Deny they hold stands whatever the unknown statements say.
 */
function documentOf(policy: OrgPolicy): PolicyDocument | undefined {
  const content = policy.content;
  if (content.kind === 'known') {
    const parsed = parsePolicy(content.text);
    return parsed.ok ? parsed.policy : undefined;
  }
  if (content.kind !== 'partial' || !isObject(content.document)) return undefined;
  const raw = content.document.Statement;
  const statements = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const known = statements.filter((s) => !containsUnknown(s));
  const version = content.document.Version;
  const parsed = parsePolicy({
    ...(typeof version === 'string' ? { Version: version } : {}),
    Statement: known,
  });
  return parsed.ok ? parsed.policy : undefined;
}

export const rule: Rule = {
  id: 'RG012',
  name: 'root-deny-scp-blocks-root-sessions',
  severity: 'medium',
  scope: 'organization',
  title: 'A root-deny SCP blocks centralized root sessions',
  rationale:
    'With RootSessions enabled, privileged root tasks (deleting root credentials, unlocking a bucket or queue policy) run as short sts:AssumeRoot sessions from the management account, and those sessions are the member account root user. A root-deny SCP without an aws:AssumedRoot exemption denies them too, so the one sanctioned way to do a root task fails exactly when it is needed.',
  remediation:
    'Add "Null": {"aws:AssumedRoot": "true"} to the Condition of every statement that denies the root user: the statement then applies only to the root user signing in itself, and sessions started with sts:AssumeRoot (which need a task policy and the management account) keep working. With the Control Tower control AWS-GR_RESTRICT_ROOT_USER, enable it with the ExemptAssumeRoot parameter instead.',
  example: {
    bad: [
      'resource "aws_organizations_policy" "deny_root" {',
      '  name = "deny-root-user"',
      '  content = jsonencode({',
      '    Version = "2012-10-17"',
      '    Statement = [{',
      '      Effect    = "Deny"',
      '      Action    = "*"',
      '      Resource  = "*"',
      '      Condition = {',
      '        ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" }',
      '      }',
      '    }]',
      '  })',
      '}',
    ].join('\n'),
    good: ROOT_DENY_SCP,
  },
  docs: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-assumedroot',
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html',
  ],
  check(ctx) {
    const org = ctx.org;
    const features = org.iamFeatures;
    // Without aws_iam_organizations_features there are no root sessions to block (RG004's concern).
    if (!features) return [];
    const found = candidates(org);
    if (found.length === 0) return [];

    const enabled = knownStrings(features.enabledFeatures);
    if ('unknown' in enabled) {
      const names = found.map(({ policy }) => label(policy)).join(', ');
      return [
        unverified(
          `whether ${FEATURE} is enabled is not known (${enabled.unknown}); if it is, ${names} also denies the root sessions it starts, having no aws:AssumedRoot exemption`,
          {
            ...(features.resource ? { resource: features.resource } : {}),
            ...(features.enabledFeaturesLocation ? { location: features.enabledFeaturesLocation } : {}),
          },
        ),
      ];
    }
    if (!enabled.items.includes(FEATURE)) return [];

    const reports: RuleReport[] = [];
    for (const { policy, doc } of found) {
      const { denied, maybe } = blockedTasks(doc);
      const where = coverage(org, policy);
      if (denied.length > 0) {
        const alsoMaybe = maybe.length > 0 ? ` (and, depending on its conditions, ${maybe.join(', ')})` : '';
        reports.push(
          finding(
            `${label(policy)} denies the root user with no aws:AssumedRoot exemption, while ${FEATURE} is enabled: the sts:AssumeRoot sessions the management account starts are the root user too, so ${denied.join(', ')}${alsoMaybe} fail${where}. ${fixFor(policy)}`,
            { ...place(policy), source: policy.origin },
          ),
        );
      } else if (maybe.length > 0) {
        reports.push(
          unverified(
            `${label(policy)} has no aws:AssumedRoot exemption; whether it denies the root tasks ${maybe.join(', ')} to sts:AssumeRoot sessions${where} depends on its conditions`,
            place(policy),
          ),
        );
      }
    }
    return reports;
  },
};
