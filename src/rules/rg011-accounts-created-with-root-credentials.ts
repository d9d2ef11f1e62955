import type { Location } from '../model/location.js';
import { unreadModules, type OrgModel } from '../model/org.js';
import type { Resource } from '../model/resource.js';
import { knownStrings } from '../model/value.js';
import { CENTRALIZED_ROOT_ACCESS } from './examples.js';
import { finding, unverified, type Rule, type RuleReport } from './rule.js';

/*
 * An account created through AWS Organizations gets a root user. With RootCredentialsManagement
 * enabled it is created without root credentials; without it, whoever controls the account's
 * email address can recover a root password. The organization is judged as it will be after
 * apply, so a plan that enables the feature while it creates accounts is fine. Sources that
 * declare accounts but neither the organization nor its features (an account-vending stack)
 * leave the feature to another stack: unverified, not a finding.
 */

const FEATURE = 'RootCredentialsManagement';
/** Findings named one by one; the rest are summed up in one more, so a large estate stays readable. */
const MAX_NAMED = 10;

/** Strips an instance key: `aws_x.y["a"]` -> `aws_x.y`. */
function baseAddress(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '');
}

/**
 * Whether the sources create (or, statically, declare) the account. A plan's no-op or update is
 * an account that exists already: its root user is RG004's business, not a new one.
 */
function creates(r: Resource): boolean {
  return r.action === undefined || r.action === 'create' || r.action === 'replace';
}

/** Instances of one block (count/for_each) are one piece of configuration: one finding per block. */
interface AccountBlock {
  readonly address: string;
  readonly instances: readonly Resource[];
  readonly location: Location;
}

function groupByBlock(accounts: readonly Resource[]): AccountBlock[] {
  const groups = new Map<string, Resource[]>();
  for (const a of accounts) {
    const key = baseAddress(a.address);
    const list = groups.get(key) ?? [];
    list.push(a);
    groups.set(key, list);
  }
  return [...groups.values()].flatMap((instances) => {
    const first = instances[0];
    if (!first) return [];
    return [
      {
        address: instances.length === 1 ? first.address : baseAddress(first.address),
        instances,
        location: first.location,
      },
    ];
  });
}

function featureState(org: OrgModel): { enabled: boolean } | { unknown: string; resource?: string } {
  const features = org.iamFeatures;
  if (!features) {
    const unread = unreadModules(org);
    if (unread) return { unknown: `no aws_iam_organizations_features in the scanned sources, but ${unread}` };
    // An account-vending stack: the organization and its features are managed somewhere else (as RG004 says).
    if (!org.organization)
      return {
        unknown:
          'the scanned sources declare neither aws_organizations_organization nor aws_iam_organizations_features; scan the stack that manages the organization with these accounts',
      };
    return { enabled: false };
  }
  const enabled = knownStrings(features.enabledFeatures);
  if ('unknown' in enabled)
    return {
      unknown: `enabled_features of ${features.resource ?? 'the organization'} is not known: ${enabled.unknown}`,
      ...(features.resource ? { resource: features.resource } : {}),
    };
  return { enabled: enabled.items.includes(FEATURE) };
}

function whyNot(org: OrgModel): string {
  const features = org.iamFeatures;
  return features
    ? `${features.resource ?? 'aws_iam_organizations_features'} does not enable ${FEATURE}`
    : `no aws_iam_organizations_features enables ${FEATURE}`;
}

export const rule: Rule = {
  id: 'RG011',
  name: 'accounts-created-with-root-credentials',
  severity: 'medium',
  scope: 'organization',
  title: 'Accounts are created while RootCredentialsManagement is off',
  rationale:
    'Every account AWS Organizations creates has a root user; unless RootCredentialsManagement is enabled, that root user can be given a password through the account email address, so each new account adds a recoverable root credential nobody watches. With the feature on, new member accounts are created without root credentials.',
  remediation:
    'Enable centralized root access before (or in the same apply as) creating accounts: declare aws_iam_organizations_features with enabled_features = ["RootCredentialsManagement", "RootSessions"], with iam.amazonaws.com in aws_service_access_principals, and make the accounts depend on it. For accounts created earlier, delete their root credentials centrally (sts:AssumeRoot with the IAMDeleteRootUserCredentials task policy).',
  example: {
    bad: [
      'resource "aws_organizations_account" "sandbox" {',
      '  name      = "sandbox"',
      '  email     = "aws+sandbox@example.com"',
      '  parent_id = aws_organizations_organizational_unit.workloads.id',
      '}',
    ].join('\n'),
    good: [
      CENTRALIZED_ROOT_ACCESS,
      '',
      'resource "aws_organizations_account" "sandbox" {',
      '  name       = "sandbox"',
      '  email      = "aws+sandbox@example.com"',
      '  parent_id  = aws_organizations_organizational_unit.workloads.id',
      '  depends_on = [aws_iam_organizations_features.root]',
      '}',
    ].join('\n'),
  },
  docs: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-enable-root-access.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_organizations_features',
  ],
  check(ctx) {
    const created = ctx.resources.filter(
      (r) => r.mode === 'managed' && r.type === 'aws_organizations_account' && creates(r),
    );
    if (created.length === 0) return [];
    const state = featureState(ctx.org);
    if ('unknown' in state) {
      return [
        unverified(
          `whether new accounts get root credentials is not known: ${state.unknown}`,
          state.resource !== undefined ? { resource: state.resource } : {},
        ),
      ];
    }
    if (state.enabled) return [];

    const why = whyNot(ctx.org);
    const groups = groupByBlock(created).sort(
      (a, b) =>
        (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
        a.location.line - b.location.line,
    );
    const reports: RuleReport[] = groups.slice(0, MAX_NAMED).map((g) => {
      const first = g.instances[0];
      const what =
        g.instances.length === 1
          ? 'a member account'
          : `${g.instances.length} member accounts (${g.instances.map((i) => i.address).join(', ')})`;
      // Statically a declared account is one Terraform creates unless it exists; a plan says which.
      const change = first?.action === 'replace' ? `replaces ${what} with a new one` : `creates ${what}`;
      return finding(
        `${g.address} ${change} while ${why}: each account Organizations creates gets a root user whose password can be recovered through its email address. Enable ${FEATURE} first so new accounts are created without root credentials.`,
        { resource: g.address, location: g.location, source: first?.origin ?? 'hcl' },
      );
    });
    const rest = groups.slice(MAX_NAMED);
    const next = rest[0];
    if (next) {
      const count = rest.reduce((n, g) => n + g.instances.length, 0);
      const names = rest.slice(0, 5).map((g) => g.address);
      reports.push(
        finding(
          `${count} more member account${count === 1 ? ' is' : 's are'} created the same way while ${why}: ${names.join(', ')}${rest.length > names.length ? ', ...' : ''}.`,
          { resource: next.address, location: next.location, source: next.instances[0]?.origin ?? 'hcl' },
        ),
      );
    }
    return reports;
  },
};
