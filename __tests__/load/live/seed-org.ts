/**
 * A seeded AWS Organization for the live-check integration test and benchmark: three levels of
 * OUs, a configurable number of accounts, SCPs as real organizations hold them (FullAWSAccess on
 * every node, a root deny, a decoy, region and tag guards).
 */

export interface SeedOu {
  readonly id: string;
  readonly name: string;
  readonly parentId: string;
}
export interface SeedAccount {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly parentId: string;
}
export interface SeedPolicy {
  readonly id: string;
  readonly name: string;
  readonly awsManaged: boolean;
  readonly content: string;
  /** Target ids: the root id, OU ids, account ids. */
  readonly targets: readonly string[];
}
export interface MemberRoot {
  readonly accessKeys: readonly { readonly id: string; readonly status: 'Active' | 'Inactive' }[];
  readonly mfaDevices: readonly string[];
  readonly password: boolean;
}

export interface SeedOrganization {
  readonly id: string;
  readonly featureSet: 'ALL' | 'CONSOLIDATED_BILLING';
  readonly managementAccountId: string;
  readonly rootId: string;
  readonly policyTypes: readonly { readonly Type: string; readonly Status: string }[];
  readonly servicePrincipals: readonly string[];
  readonly ous: readonly SeedOu[];
  readonly accounts: readonly SeedAccount[];
  readonly policies: readonly SeedPolicy[];
  readonly iamFeatures: readonly string[];
  /** GetAccountSummary of the management account. */
  readonly summary: Readonly<Record<string, number>>;
  /** Account of the credentials (GetCallerIdentity). */
  readonly callerAccountId: string;
  /** Root users of member accounts, for AssumeRoot audits; absent ones have no credentials. */
  readonly memberRoots: Readonly<Record<string, MemberRoot>>;
}

export const ROOT_ID = 'r-ab12';
export const MANAGEMENT = '111111111111';
export const LEGACY = ['200000000001', '200000000002', '200000000003'];

const L1 = ['Security', 'Workloads', 'Sandbox'];
const L2: Record<string, string[]> = {
  Security: ['Audit', 'LogArchive', 'Tooling'],
  Workloads: ['Prod', 'Staging', 'Dev'],
  Sandbox: ['TeamA', 'TeamB', 'TeamC'],
};

export function ouId(name: string): string {
  return `ou-ab12-${name.toLowerCase().padEnd(8, '0')}`;
}

const statement = (s: object): string => JSON.stringify({ Version: '2012-10-17', Statement: [s] });

export const CONTENT = {
  fullAccess: statement({ Effect: 'Allow', Action: '*', Resource: '*' }),
  denyRoot: statement({
    Sid: 'DenyRootUser',
    Effect: 'Deny',
    Action: '*',
    Resource: '*',
    Condition: {
      ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' },
      Null: { 'aws:AssumedRoot': 'true' },
    },
  }),
  decoy: statement({
    Effect: 'Deny',
    Action: '*',
    Resource: '*',
    Condition: { StringEquals: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } },
  }),
  regions: statement({
    Effect: 'Deny',
    NotAction: ['iam:*', 'organizations:*', 'sts:*'],
    Resource: '*',
    Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } },
  }),
  tagGuard: (n: number): string =>
    statement({
      Effect: 'Deny',
      Action: ['ec2:DeleteTags', 'ec2:CreateTags'],
      Resource: '*',
      Condition: { StringEquals: { 'aws:ResourceTag/guard': `g${n}` } },
    }),
};

/**
 * `accounts` counts every account, the management account and three legacy accounts (directly
 * under the root) included. The rest fill OUs unevenly, as real organizations do: a big production
 * OU that takes many pages, one OU that ends exactly on a page boundary, many small ones.
 */
export function seedOrganization(accounts = 500): SeedOrganization {
  const ous: SeedOu[] = [];
  for (const l1 of L1) {
    ous.push({ id: ouId(l1), name: l1, parentId: ROOT_ID });
    for (const l2 of L2[l1] ?? []) {
      ous.push({ id: ouId(l2), name: l2, parentId: ouId(l1) });
      for (const colour of ['Blue', 'Green'])
        ous.push({ id: ouId(l2 + colour), name: l2 + colour, parentId: ouId(l2) });
    }
  }
  const list: SeedAccount[] = [
    { id: MANAGEMENT, name: 'management', email: 'aws+management@example.com', parentId: ROOT_ID },
    ...LEGACY.map((id, i) => ({
      id,
      name: `legacy-${i + 1}`,
      email: `aws+legacy-${i + 1}@example.com`,
      parentId: ROOT_ID,
    })),
  ];
  const members = accounts - list.length;
  const big = Math.floor(members * 0.4);
  // DevGreen holds exactly 60 accounts (three full pages, the last without a NextToken).
  const spread = ous.filter((o) => o.id !== ouId('DevGreen'));
  for (let i = 0; i < members; i++) {
    const parentId =
      i < big
        ? ouId('ProdBlue')
        : i < big + 60
          ? ouId('DevGreen')
          : i < big + 100
            ? ouId('TeamA')
            : (spread[i % spread.length] as SeedOu).id;
    const id = String(300000000000 + i);
    list.push({ id, name: `acct-${i}`, email: `aws+acct-${i}@example.com`, parentId });
  }
  const everything = [ROOT_ID, ...ous.map((o) => o.id), ...list.map((a) => a.id)];
  const policies: SeedPolicy[] = [
    {
      id: 'p-FullAWSAccess',
      name: 'FullAWSAccess',
      awsManaged: true,
      content: CONTENT.fullAccess,
      targets: everything,
    },
    {
      id: 'p-denyroot1',
      name: 'deny-root-user',
      awsManaged: false,
      content: CONTENT.denyRoot,
      targets: [ouId('Security'), ouId('Workloads')],
    },
    {
      id: 'p-stringeq1',
      name: 'deny-root-stringequals',
      awsManaged: false,
      content: CONTENT.decoy,
      targets: [ouId('Sandbox')],
    },
    {
      id: 'p-denyroot2',
      name: 'deny-root-sandbox',
      awsManaged: false,
      content: CONTENT.denyRoot,
      targets: [ouId('Sandbox')],
    },
    {
      id: 'p-regions01',
      name: 'region-guard',
      awsManaged: false,
      content: CONTENT.regions,
      targets: [ROOT_ID],
    },
  ];
  for (let n = 1; n <= 20; n++) {
    const ou = ous[n % ous.length] as SeedOu;
    policies.push({
      id: `p-tagguard${String(n).padStart(2, '0')}`,
      name: `tag-guard-${n}`,
      awsManaged: false,
      content: CONTENT.tagGuard(n),
      targets: [ou.id],
    });
  }
  const memberRoots: Record<string, MemberRoot> = {};
  list.slice(1).forEach((a, i) => {
    // Most members have no root credentials (centralized root access); a few are left behind.
    memberRoots[a.id] =
      i % 50 === 0
        ? { accessKeys: [{ id: `AKIAROOT${a.id}`, status: 'Active' }], mfaDevices: [], password: true }
        : i % 50 === 1
          ? { accessKeys: [], mfaDevices: [`arn:aws:iam::${a.id}:mfa/root`], password: true }
          : { accessKeys: [], mfaDevices: [], password: false };
  });
  return {
    id: 'o-exampleorg1',
    featureSet: 'ALL',
    managementAccountId: MANAGEMENT,
    rootId: ROOT_ID,
    policyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
    servicePrincipals: ['iam.amazonaws.com', 'sso.amazonaws.com'],
    ous,
    accounts: list,
    policies,
    iamFeatures: ['RootCredentialsManagement'],
    summary: { AccountMFAEnabled: 0, AccountAccessKeysPresent: 1, Users: 12, Roles: 40 },
    callerAccountId: MANAGEMENT,
    memberRoots,
  };
}
