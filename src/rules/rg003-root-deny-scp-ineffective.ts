import { attachmentsOf, scps, type OrgModel, type OrgPolicy } from '../model/org.js';
import { classifyScp } from '../model/root-deny.js';
import { actionMatches } from '../model/policy.js';
import { finding, unverified, type Rule, type RuleReport } from './rule.js';

/** The actions a root-deny SCP must not leave to the root user: they mint new root credentials. */
const CREDENTIAL_ACTIONS = ['iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile'];

function place(policy: OrgPolicy): { resource?: string; location?: NonNullable<OrgPolicy['location']> } {
  const location = policy.contentLocation ?? policy.location;
  return { ...(policy.resource ? { resource: policy.resource } : {}), ...(location ? { location } : {}) };
}

function label(policy: OrgPolicy): string {
  return policy.resource ?? `SCP "${policy.name}"`;
}

function checkPolicy(org: OrgModel, policy: OrgPolicy): RuleReport[] {
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
      const unresolved = org.attachments.some((a) => 'unknown' in a.policy);
      if (!attached && !unresolved) {
        reports.push(
          finding(`${label(policy)} denies the root user but is attached to nothing, so it has no effect.`, {
            ...(policy.resource ? { resource: policy.resource } : {}),
            ...(policy.location ? { location: policy.location } : {}),
            source: policy.origin,
          }),
        );
      }
      const allowed = cls.result.allowedActions ?? [];
      const leaks = CREDENTIAL_ACTIONS.filter((action) =>
        allowed.some((pattern) => actionMatches(pattern, action)),
      );
      if (leaks.length > 0) {
        reports.push(
          finding(
            `${label(policy)} carves ${leaks.join(', ')} out of its root deny (NotAction), so the root user can still create new credentials for itself.`,
            at,
          ),
        );
      }
      for (const problem of cls.result.problems) reports.push(finding(`${label(policy)}: ${problem}`, at));
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
    'A root-deny SCP that compares with StringEquals against a wildcard, tests the wrong condition key (aws:PrincipalType is "Account" for the root user, aws:username is absent) or is never attached looks like protection but denies nothing. Teams then believe root is locked down when it is not.',
  remediation:
    'Use "ArnLike" (or "StringLike") on "aws:PrincipalArn" with "arn:aws:iam::*:root" in a Deny statement, keep credential actions (iam:CreateAccessKey, iam:CreateLoginProfile, iam:UpdateLoginProfile) out of any NotAction carve-out, and attach the policy to the organization root.',
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
    return scps(ctx.org).flatMap((policy) => checkPolicy(ctx.org, policy));
  },
};
