/**
 * The real AWS SDK v3 clients against a loopback endpoint that speaks the real protocols
 * (fake-aws.ts). The clients find it the way users point them anywhere: the SDK's own endpoint
 * configuration, AWS_ENDPOINT_URL_ORGANIZATIONS / AWS_ENDPOINT_URL_IAM / AWS_ENDPOINT_URL_STS, with
 * dummy credentials from the environment and no region given (so us-east-1).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { runRules } from '../../../src/engine.js';
import { loadLiveOrganization, type LiveLoad, type LiveOptions } from '../../../src/load/live/index.js';
import { ROOT_KEY, type OrgNode } from '../../../src/model/org.js';
import type { Finding, Unverified } from '../../../src/model/finding.js';
import { rule as rg002 } from '../../../src/rules/rg002-root-deny-scp-missing.js';
import { rule as rg003 } from '../../../src/rules/rg003-root-deny-scp-ineffective.js';
import { rule as rg004 } from '../../../src/rules/rg004-centralized-root-access-disabled.js';
import { rule as rg010 } from '../../../src/rules/rg010-root-mfa-disabled.js';
import { startFakeAws, type FakeAws, type FakeBehaviour } from './fake-aws.js';
import { LEGACY, MANAGEMENT, ROOT_ID, ouId, seedOrganization, type SeedOrganization } from './seed-org.js';

const ENV_KEYS = [
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_ORGANIZATIONS',
  'AWS_ENDPOINT_URL_IAM',
  'AWS_ENDPOINT_URL_STS',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_CONFIG_FILE',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_MAX_ATTEMPTS',
  'AWS_RETRY_MODE',
];
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const saved = new Map(ENV_KEYS.map((k) => [k, process.env[k]]));

/** Only the service-specific variables, so each client must pick up its own. */
function pointAt(url: string): void {
  for (const k of ENV_KEYS) delete process.env[k];
  process.env.AWS_ENDPOINT_URL_ORGANIZATIONS = url;
  process.env.AWS_ENDPOINT_URL_IAM = url;
  process.env.AWS_ENDPOINT_URL_STS = url;
  process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = SECRET;
  // Nothing on this machine may stand in for the fake: no shared files, no instance metadata.
  process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/rootguard/credentials';
  process.env.AWS_CONFIG_FILE = '/nonexistent/rootguard/config';
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
}

const fakes: FakeAws[] = [];
async function fake(org: SeedOrganization, behaviour: FakeBehaviour): Promise<FakeAws> {
  const f = await startFakeAws(org, behaviour);
  fakes.push(f);
  pointAt(f.url);
  return f;
}

afterEach(async () => {
  await Promise.all(fakes.splice(0).map((f) => f.close()));
});
afterAll(() => {
  for (const [k, v] of saved) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});
beforeAll(() => {
  for (const k of ENV_KEYS) delete process.env[k];
});

function judge(load: LiveLoad): { findings: Finding[]; unverified: Unverified[] } {
  const result = runRules(
    [rg002, rg003, rg004, rg010],
    { resources: [], providers: [], org: load.org, live: load.account },
    { scope: 'auto', live: true },
  );
  expect(result.crashes).toEqual([]);
  return { findings: result.findings, unverified: result.unverified };
}

const pages = (n: number): number => Math.max(1, Math.ceil(n / 20));
const total = (calls: Record<string, number>): number => Object.values(calls).reduce((a, b) => a + b, 0);

/** The logical calls the tree walk must make: two list calls per container, one more per extra page of 20. */
function treeCalls(org: SeedOrganization, emptyFirst: readonly string[]): { ous: number; accounts: number } {
  const parents = [ROOT_ID, ...org.ous.map((o) => o.id)];
  const extra = (op: string, id: string): number => (emptyFirst.includes(`${op}:${id}`) ? 1 : 0);
  return {
    ous: parents.reduce(
      (n, p) =>
        n +
        pages(org.ous.filter((o) => o.parentId === p).length) +
        extra('ListOrganizationalUnitsForParent', p),
      0,
    ),
    accounts: parents.reduce(
      (n, p) =>
        n + pages(org.accounts.filter((a) => a.parentId === p).length) + extra('ListAccountsForParent', p),
      0,
    ),
  };
}

/** The nodes the seeded organization must become: every OU and account but the management account. */
function expectedNodes(org: SeedOrganization): Map<string, OrgNode> {
  const parent = (id: string): string => (id === ROOT_ID ? ROOT_KEY : id);
  const nodes = new Map<string, OrgNode>([
    [ROOT_KEY, { key: ROOT_KEY, kind: 'root', name: 'Root', origin: 'live' }],
  ]);
  for (const o of org.ous)
    nodes.set(o.id, { key: o.id, kind: 'ou', name: o.name, parent: parent(o.parentId), origin: 'live' });
  for (const a of org.accounts) {
    if (a.id !== MANAGEMENT)
      nodes.set(a.id, {
        key: a.id,
        kind: 'account',
        name: a.name,
        parent: parent(a.parentId),
        origin: 'live',
      });
  }
  return nodes;
}

const SANDBOX_TREE = [
  'Sandbox',
  'TeamA',
  'TeamABlue',
  'TeamAGreen',
  'TeamB',
  'TeamBBlue',
  'TeamBGreen',
  'TeamC',
  'TeamCBlue',
  'TeamCGreen',
];
const DENIED_TARGETS =
  'organizations:ListTargetsForPolicy was denied for SCP "deny-root-sandbox" (p-denyroot2)';
const NOT_COVERED =
  ' is not covered by the root-deny SCP (deny-root-user, deny-root-sandbox): it is attached neither there nor to any parent up to the root.';

describe('live check against a loopback AWS (real SDK clients, real protocols)', () => {
  it("500 accounts, 3 levels of OUs, 5% throttled, one policy's targets denied: exact model, findings and unverified", async () => {
    const org = seedOrganization(500);
    const emptyFirstPage = [
      `ListOrganizationalUnitsForParent:${ROOT_ID}`,
      `ListAccountsForParent:${ouId('ProdBlue')}`,
      'ListPolicies:SERVICE_CONTROL_POLICY',
      'ListTargetsForPolicy:p-denyroot1',
    ];
    const aws = await fake(org, {
      throttleRate: 0.05,
      seed: 42,
      denied: ['ListTargetsForPolicy:p-denyroot2'],
      emptyFirstPage,
    });
    const started = Date.now();
    const load = await loadLiveOrganization();
    const ms = Date.now() - started;

    expect(aws.stats.badSignatures).toEqual([]);
    expect(load.errors).toEqual([]);

    // The model: every OU and member account, keyed by real id, the root as ROOT_KEY.
    expect(load.org.managed).toBe(true);
    expect(load.org.nodes.size).toBe(530);
    expect(new Map([...load.org.nodes].sort())).toEqual(new Map([...expectedNodes(org)].sort()));
    expect(load.org.nodes.get(ouId('TeamABlue'))).toEqual({
      key: 'ou-ab12-teamablue',
      kind: 'ou',
      name: 'TeamABlue',
      parent: 'ou-ab12-teama000',
      origin: 'live',
    });
    expect(load.org.nodes.get('200000000001')).toEqual({
      key: '200000000001',
      kind: 'account',
      name: 'legacy-1',
      parent: ROOT_KEY,
      origin: 'live',
    });
    expect([...load.org.nodes.values()].filter((n) => n.parent === ouId('ProdBlue'))).toHaveLength(
      org.accounts.filter((a) => a.parentId === ouId('ProdBlue')).length,
    );
    expect(org.accounts.filter((a) => a.parentId === ouId('ProdBlue'))).toHaveLength(205);
    expect(load.org.nodes.has(MANAGEMENT)).toBe(false);

    expect([...load.org.policies.values()]).toEqual(
      org.policies.map((p) => ({
        key: p.id,
        name: p.name,
        type: 'SERVICE_CONTROL_POLICY',
        content: { kind: 'known', text: p.content },
        origin: 'live',
      })),
    );
    expect(load.org.attachments).toEqual([
      { policy: { key: 'p-denyroot1' }, target: { key: 'ou-ab12-security' }, origin: 'live' },
      { policy: { key: 'p-denyroot1' }, target: { key: 'ou-ab12-workloads' }, origin: 'live' },
      { policy: { key: 'p-stringeq1' }, target: { key: 'ou-ab12-sandbox0' }, origin: 'live' },
      { policy: { key: 'p-denyroot2' }, target: { unknown: DENIED_TARGETS }, origin: 'live' },
    ]);
    expect(load.targetsSkipped).toEqual([
      'p-FullAWSAccess',
      'p-regions01',
      ...Array.from({ length: 20 }, (_, i) => `p-tagguard${String(i + 1).padStart(2, '0')}`),
    ]);
    expect(load.org.organization).toEqual({
      origin: 'live',
      featureSet: 'ALL',
      servicePrincipals: ['iam.amazonaws.com', 'sso.amazonaws.com'],
      enabledPolicyTypes: ['SERVICE_CONTROL_POLICY'],
      lines: {},
    });
    expect(load.org.iamFeatures).toEqual({ origin: 'live', enabledFeatures: ['RootCredentialsManagement'] });
    expect(load.org.blindSpots).toEqual([]);
    expect(load.account).toEqual({
      managementAccountId: MANAGEMENT,
      accessKeysPresent: true,
      mfaEnabled: false,
    });

    // What the loader could not see, naming the permission.
    const targetsUnknown = `${DENIED_TARGETS}: where it is attached is not known, so the accounts it covers (and whether it is attached at all) are not verified`;
    expect(load.unverified).toEqual([
      { ruleId: 'RG002', reason: targetsUnknown },
      { ruleId: 'RG003', reason: targetsUnknown },
    ]);

    // The real rules on that model.
    const result = judge(load);
    expect(
      result.findings.map((f) => ({
        ruleId: f.ruleId,
        message: f.message,
        resource: f.resource,
        source: f.source,
      })),
    ).toEqual([
      {
        ruleId: 'RG003',
        message:
          'SCP "deny-root-stringequals" tries to deny the root user but cannot: StringEquals compares literally: the * in arn:aws:iam::*:root never matches (Statement[0])',
        resource: undefined,
        source: 'live',
      },
      {
        ruleId: 'RG004',
        message: 'The organization does not enable RootSessions.',
        resource: undefined,
        source: 'live',
      },
      {
        ruleId: 'RG010',
        message:
          'The root user of the management account 111111111111 has no MFA device (AccountMFAEnabled = 0): its password alone opens the whole organization.',
        resource: 'arn:aws:iam::111111111111:root',
        source: 'live',
      },
    ]);
    // Coverage is not guessed: the denied targets might cover the gaps, so each gap is unverified.
    const maybe = ` Some attachments cannot be resolved: an attachment: ${DENIED_TARGETS}`;
    expect(result.unverified).toEqual([
      ...LEGACY.map((id, i) => ({
        ruleId: 'RG002',
        reason: `Account "legacy-${i + 1}" (${id})${NOT_COVERED}${maybe}`,
      })),
      ...SANDBOX_TREE.map((name) => ({
        ruleId: 'RG002',
        reason: `OU "${name}" (${ouId(name)})${NOT_COVERED}${maybe}`,
      })),
    ]);

    // Calls grow with OUs, pages and policies: exactly these, whatever was throttled.
    const tree = treeCalls(org, emptyFirstPage);
    expect(tree).toEqual({ ous: 32, accounts: 46 });
    expect(load.calls).toEqual({
      DescribeOrganization: 1,
      DescribePolicy: 25,
      GetAccountSummary: 1,
      GetCallerIdentity: 1,
      ListAWSServiceAccessForOrganization: 1,
      ListAccountsForParent: tree.accounts,
      ListOrganizationalUnitsForParent: tree.ous,
      ListOrganizationsFeatures: 1,
      ListPolicies: 3,
      ListRoots: 1,
      ListTargetsForPolicy: 4,
    });
    const calls = total(load.calls);
    expect(calls).toBeGreaterThanOrEqual(110);
    expect(calls).toBeLessThanOrEqual(120);
    // Each throttled request was retried by the SDK (adaptive mode), and counted once as a call.
    const requests = total(aws.stats.requests);
    expect(aws.stats.throttled).toBeGreaterThan(0);
    expect(load.retries).toBe(aws.stats.throttled);
    expect(requests).toBe(calls + aws.stats.throttled);
    expect(requests).toBeLessThanOrEqual(Math.ceil(calls * 1.2));
    console.log(
      `live check, 500 accounts / 30 OUs / 25 SCPs: ${calls} API calls, ${requests} HTTP requests (${aws.stats.throttled} throttled and retried, ${aws.stats.denied} denied), ${ms} ms\n${JSON.stringify(load.calls)}`,
    );
  }, 180_000);

  it("every permission and every SCP's targets: the legacy accounts under the root are findings", async () => {
    const org = seedOrganization(500);
    const aws = await fake(org, { throttleRate: 0.05, seed: 7 });
    const load = await loadLiveOrganization({ policyTargets: 'all' });
    expect(aws.stats.badSignatures).toEqual([]);
    expect(load.errors).toEqual([]);
    expect(load.unverified).toEqual([]);
    // Every attachment as the organization holds it (the management account's included).
    const want = org.policies.flatMap((p) => p.targets.map((t) => `${p.id}>${t === ROOT_ID ? ROOT_KEY : t}`));
    expect(
      load.org.attachments.map(
        (a) => `${'key' in a.policy ? a.policy.key : '?'}>${'key' in a.target ? a.target.key : '?'}`,
      ),
    ).toEqual(want);
    const result = judge(load);
    expect(result.unverified).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'RG002').map((f) => f.message)).toEqual(
      LEGACY.map((id, i) => `Account "legacy-${i + 1}" (${id})${NOT_COVERED}`),
    );
    // FullAWSAccess is attached to all 531 nodes: 27 pages of targets, the cost `root-relevant` avoids.
    expect(load.calls.ListTargetsForPolicy).toBe(27 + 24);
    console.log(`policyTargets 'all': ${total(load.calls)} API calls ${JSON.stringify(load.calls)}`);
  }, 180_000);

  it('IAM and OU-tree denials arrive as awsQuery/JSON errors and become unverified checks', async () => {
    const org = seedOrganization(40);
    const aws = await fake(org, {
      denied: [
        'GetAccountSummary',
        'ListOrganizationsFeatures',
        `ListOrganizationalUnitsForParent:${ouId('Sandbox')}`,
      ],
    });
    const load = await loadLiveOrganization();
    expect(aws.stats.denied).toBe(3);
    expect(load.errors).toEqual([]);
    const tree = `organizations:ListOrganizationalUnitsForParent was denied for OU "Sandbox" (${ouId('Sandbox')}): the OUs under it, and every account in them, are not known, so whether the root-deny SCPs cover them is not verified`;
    const summary = `iam:GetAccountSummary was denied for the management account ${MANAGEMENT}: whether its root user has MFA and access keys is not known`;
    expect(load.unverified).toEqual([
      { ruleId: 'RG001', reason: summary },
      { ruleId: 'RG002', reason: tree },
      { ruleId: 'RG010', reason: summary },
    ]);
    expect(load.org.blindSpots).toEqual([{ reason: tree }]);
    expect(load.account).toEqual({ managementAccountId: MANAGEMENT });
    const result = judge(load);
    expect(result.unverified.filter((u) => u.ruleId === 'RG004')).toEqual([
      {
        ruleId: 'RG004',
        reason:
          'enabled_features of the organization is not known: iam:ListOrganizationsFeatures was denied for the organization',
      },
    ]);
    expect(result.findings.filter((f) => f.ruleId === 'RG010')).toEqual([]);
  }, 60_000);

  it('member root audit: AssumeRoot per member account, then ListAccessKeys, ListMFADevices, GetLoginProfile', async () => {
    const org = seedOrganization(60);
    const aws = await fake(org, { denied: ['AssumeRoot:200000000002'] });
    const load = await loadLiveOrganization({ auditMemberRootCredentials: true });
    expect(aws.stats.badSignatures).toEqual([]);
    expect(load.errors).toEqual([]);
    const members = load.members ?? [];
    expect(members).toHaveLength(59);
    expect(members.filter((m) => m.reason !== undefined)).toEqual([
      { accountId: '200000000002', name: 'legacy-2', reason: 'sts:AssumeRoot was denied' },
    ]);
    // The seeded leftovers: members 0 and 50 have a key and a password, 1 and 51 MFA and a password
    // (member 1 is legacy-2, whose session was denied).
    const flagged = members
      .filter((m) => m.accessKeysPresent || m.passwordPresent)
      .map((m) => [m.accountId, m.accessKeysPresent, m.mfaEnabled, m.passwordPresent]);
    expect(flagged).toEqual([
      ['200000000001', true, false, true],
      ['300000000047', true, false, true],
      ['300000000048', false, true, true],
    ]);
    expect(load.unverified).toEqual([
      {
        ruleId: 'RG001',
        reason: 'the root user of 1 member account (200000000002) was not audited: sts:AssumeRoot was denied',
      },
      {
        ruleId: 'RG010',
        reason: 'the root user of 1 member account (200000000002) was not audited: sts:AssumeRoot was denied',
      },
    ]);
    expect(load.calls.AssumeRoot).toBe(59);
    expect(load.calls.ListAccessKeys).toBe(58);
    expect(load.calls.GetLoginProfile).toBe(58);
  }, 120_000);

  it('an account outside any organization: one clear error', async () => {
    const aws = await fake(seedOrganization(10), { notInUse: true });
    const load = await loadLiveOrganization();
    expect(load.errors).toEqual([
      {
        file: '(live)',
        message:
          'The account of these credentials is not a member of an AWS Organization (AWSOrganizationsNotInUseException): run the live check with credentials of the organization management account or a delegated administrator.',
      },
    ]);
    expect(load.calls).toEqual({ DescribeOrganization: 1 });
    expect(aws.stats.requests).toEqual({ DescribeOrganization: 1 });
    expect(judge(load)).toEqual({ findings: [], unverified: [] });
  }, 60_000);

  it('no credentials anywhere: one line on how to configure them, and no request sent', async () => {
    const aws = await fake(seedOrganization(10), {});
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    const load = await loadLiveOrganization();
    expect(load.errors).toEqual([
      {
        file: '(live)',
        message:
          'No AWS credentials were found: configure AWS credentials for the organization management account (or a delegated administrator): AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN), AWS_PROFILE, or in GitHub Actions aws-actions/configure-aws-credentials with role-to-assume (OIDC).',
      },
    ]);
    expect(aws.stats.requests).toEqual({});
  }, 60_000);

  it('credentials AWS rejects: the error names the code, never the key or the secret', async () => {
    await fake(seedOrganization(10), { rejectCredentials: true });
    const load = await loadLiveOrganization();
    expect(load.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^AWS rejected the credentials \(UnrecognizedClientException\) on organizations:DescribeOrganization: /,
      ),
    ]);
    const text = JSON.stringify(load);
    expect(text).not.toContain('AKIDEXAMPLE');
    expect(text).not.toContain(SECRET);
  }, 60_000);

  it('the endpoint really comes from AWS_ENDPOINT_URL_<SERVICE>: without it the clients go elsewhere', async () => {
    const options: LiveOptions = { maxAttempts: 1 };
    const aws = await fake(seedOrganization(10), {});
    // Organizations goes to the fake through its own variable; IAM and STS are sent to a closed port.
    process.env.AWS_ENDPOINT_URL_IAM = 'http://127.0.0.1:9';
    process.env.AWS_ENDPOINT_URL_STS = 'http://127.0.0.1:9';
    const load = await loadLiveOrganization(options);
    expect(aws.stats.requests.DescribeOrganization).toBe(1);
    expect(aws.stats.requests.ListOrganizationsFeatures).toBeUndefined();
    expect(aws.stats.requests.GetCallerIdentity).toBeUndefined();
    expect(
      load.errors.map((e) => e.message).some((m) => m.startsWith('iam:ListOrganizationsFeatures failed')),
    ).toBe(true);
  }, 60_000);
});
