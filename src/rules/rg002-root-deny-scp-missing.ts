import { coverage } from '../model/coverage.js';
import { attachedNowhere, rootDenyPicture } from '../model/root-deny.js';
import { organizationPlace, unreadModules } from '../model/org.js';
import { capitalise } from '../model/value.js';
import { ROOT_DENY_SCP } from './examples.js';
import { finding, unverified, type Rule, type RuleReport } from './rule.js';

export const rule: Rule = {
  id: 'RG002',
  name: 'root-deny-scp-missing',
  severity: 'high',
  scope: 'organization',
  title: 'No SCP denies the root user across the organization',
  rationale:
    "The root user of a member account can do anything in it, and IAM policies cannot restrict it; a service control policy is the only preventive control. Without one attached to every account, anyone who recovers an account's root password owns that account.",
  remediation:
    'Create an SCP that denies all actions when aws:PrincipalArn is like arn:aws:iam::*:root (exempting centralized root sessions with "Null": {"aws:AssumedRoot": "true"}) and attach it to the organization root, or to every OU that holds accounts.',
  example: {
    bad: 'resource "aws_organizations_organization" "org" {\n  feature_set = "ALL"\n}\n# no SCP denies the root user',
    good: [
      ROOT_DENY_SCP,
      '',
      'resource "aws_organizations_policy_attachment" "deny_root" {',
      '  policy_id = aws_organizations_policy.deny_root.id',
      '  target_id = aws_organizations_organization.org.roots[0].id',
      '}',
    ].join('\n'),
  },
  docs: [
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
    'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_inheritance_auth.html',
  ],
  check(ctx) {
    const org = ctx.org;
    const picture = rootDenyPicture(org);
    const source = org.organization?.origin ?? picture.rootDeny[0]?.origin ?? 'hcl';
    const reports: RuleReport[] = [];

    if (picture.rootDeny.length === 0) {
      if (picture.undecided.length > 0) {
        for (const { policy, reason } of picture.undecided) {
          reports.push(
            unverified(
              `whether SCP ${policy.resource ?? policy.name} denies the root user is not known: ${reason}`,
              {
                ...(policy.resource ? { resource: policy.resource } : {}),
                ...(policy.location ? { location: policy.location } : {}),
              },
            ),
          );
        }
        return reports;
      }
      if (!org.organization) {
        // Only part of the organization is in these sources: another stack may hold the root-deny SCP.
        return [
          unverified(
            'no SCP in the scanned sources denies the root user, but they do not declare the organization itself; scan the stacks that manage its SCPs together to decide',
          ),
        ];
      }
      const unread = unreadModules(org);
      if (unread) {
        return [
          unverified(
            `no SCP in the scanned sources denies the root user, but ${unread}`,
            organizationPlace(org),
          ),
        ];
      }
      return [
        finding(
          'No service control policy denies the root user: the root user of every member account is unrestricted.',
          { ...organizationPlace(org), source },
        ),
      ];
    }

    const cover = coverage(org, picture.targets, []);
    if (cover.wholeOrganization) return [];
    const names = picture.rootDeny.map((p) => p.resource ?? p.name).join(', ');
    const maybe = [
      ...picture.unknownTargets,
      ...picture.undecided.map((u) => `${u.policy.resource ?? u.policy.name}: ${u.reason}`),
    ];

    if (attachedNowhere(picture)) {
      const first = picture.rootDeny[0];
      return [
        finding(`The root-deny SCP ${names} is not attached to anything, so it protects no account.`, {
          ...(first?.resource ? { resource: first.resource } : {}),
          ...(first?.location ? { location: first.location } : {}),
          source: first?.origin ?? source,
        }),
      ];
    }
    for (const gap of cover.uncovered) {
      const message = `${capitalise(gap.label)} is not covered by the root-deny SCP (${names}): it is attached neither there nor to any parent up to the root.`;
      const place = {
        ...(gap.node?.resource ? { resource: gap.node.resource } : {}),
        ...(gap.node?.location ? { location: gap.node.location } : organizationPlace(org)),
      };
      if (maybe.length > 0)
        reports.push(
          unverified(`${message} Some attachments cannot be resolved: ${maybe.join('; ')}`, place),
        );
      else reports.push(finding(message, { ...place, source: gap.node?.origin ?? source }));
    }
    for (const reason of cover.undecided) reports.push(unverified(reason, organizationPlace(org)));
    if (reports.length === 0 && maybe.length > 0) {
      // Nothing known is left uncovered, but nothing known covers the organization either.
      reports.push(
        unverified(
          `whether the root-deny SCP (${names}) covers every member account is not known: ${maybe.join('; ')}`,
          organizationPlace(org),
        ),
      );
    }
    return reports;
  },
};
