import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  AccessDeniedException,
  AWSOrganizationsNotInUseException,
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  ListAccountsForParentCommand,
  ListAWSServiceAccessForOrganizationCommand,
  ListOrganizationalUnitsForParentCommand,
  ListPoliciesCommand,
  ListRootsCommand,
  ListTargetsForPolicyCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import {
  GetAccountSummaryCommand,
  GetLoginProfileCommand,
  IAMClient,
  ListAccessKeysCommand,
  ListMFADevicesCommand,
  ListOrganizationsFeaturesCommand,
  NoSuchEntityException,
  ServiceAccessNotEnabledException,
} from '@aws-sdk/client-iam';
import { AssumeRootCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { runRules } from '../../../src/engine.js';
import { createLimiter } from '../../../src/load/live/limiter.js';
import { loadLiveOrganization, type LiveLoad, type LiveOptions } from '../../../src/load/live/index.js';
import { ROOT_KEY } from '../../../src/model/org.js';
import { Unknown } from '../../../src/model/value.js';
import { rule as rg002 } from '../../../src/rules/rg002-root-deny-scp-missing.js';
import { rule as rg003 } from '../../../src/rules/rg003-root-deny-scp-ineffective.js';
import { rule as rg004 } from '../../../src/rules/rg004-centralized-root-access-disabled.js';
import { rule as rg010 } from '../../../src/rules/rg010-root-mfa-disabled.js';

const MGMT = '111111111111';
const APP = '222222222222';
const PLAY = '333333333333';
const OU_PROD = 'ou-ab12-prod0000';
const OU_SANDBOX = 'ou-ab12-sandbox0';
const ROOT_ID = 'r-ab12';
const FULL = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});
const DENY_ROOT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: {
        ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' },
        Null: { 'aws:AssumedRoot': 'true' },
      },
    },
  ],
});

const orgs = mockClient(OrganizationsClient);
const iam = mockClient(IAMClient);
const sts = mockClient(STSClient);
const OPTIONS: LiveOptions = { credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' } };

function denied(message = "You don't have permissions to access this resource."): AccessDeniedException {
  return new AccessDeniedException({ message, $metadata: { httpStatusCode: 400 } });
}

/** IAM's AccessDenied is not a modelled exception: the SDK raises a ServiceException named by the code. */
function iamDenied(): Error {
  return Object.assign(new Error('User is not authorized'), {
    name: 'AccessDenied',
    $metadata: { httpStatusCode: 403 },
  });
}

/** A small organization: root (management account) -> Prod (app), Sandbox (play); a root deny on Prod only. */
function mockOrganization(): void {
  orgs
    .on(DescribeOrganizationCommand)
    .resolves({ Organization: { Id: 'o-example', FeatureSet: 'ALL', MasterAccountId: MGMT } });
  orgs.on(ListRootsCommand).resolves({
    Roots: [
      {
        Id: ROOT_ID,
        Arn: `arn:aws:organizations::${MGMT}:root/o-example/${ROOT_ID}`,
        Name: 'Root',
        PolicyTypes: [
          { Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' },
          { Type: 'TAG_POLICY', Status: 'PENDING_ENABLE' },
        ],
      },
    ],
  });
  orgs
    .on(ListAWSServiceAccessForOrganizationCommand)
    .resolves({ EnabledServicePrincipals: [{ ServicePrincipal: 'iam.amazonaws.com' }] });
  orgs.on(ListOrganizationalUnitsForParentCommand).resolves({ OrganizationalUnits: [] });
  orgs.on(ListOrganizationalUnitsForParentCommand, { ParentId: ROOT_ID }).resolves({
    OrganizationalUnits: [
      { Id: OU_PROD, Name: 'Prod' },
      { Id: OU_SANDBOX, Name: 'Sandbox' },
    ],
  });
  orgs.on(ListAccountsForParentCommand).resolves({ Accounts: [] });
  orgs
    .on(ListAccountsForParentCommand, { ParentId: ROOT_ID })
    .resolves({ Accounts: [{ Id: MGMT, Name: 'management' }] });
  orgs
    .on(ListAccountsForParentCommand, { ParentId: OU_PROD })
    .resolves({ Accounts: [{ Id: APP, Name: 'app' }] });
  orgs
    .on(ListAccountsForParentCommand, { ParentId: OU_SANDBOX })
    .resolves({ Accounts: [{ Id: PLAY, Name: 'play' }] });
  orgs.on(ListPoliciesCommand).resolves({
    Policies: [
      { Id: 'p-FullAWSAccess', Name: 'FullAWSAccess', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: true },
      { Id: 'p-denyroot1', Name: 'deny-root', Type: 'SERVICE_CONTROL_POLICY', AwsManaged: false },
    ],
  });
  orgs.on(DescribePolicyCommand, { PolicyId: 'p-FullAWSAccess' }).resolves({ Policy: { Content: FULL } });
  orgs.on(DescribePolicyCommand, { PolicyId: 'p-denyroot1' }).resolves({ Policy: { Content: DENY_ROOT } });
  orgs
    .on(ListTargetsForPolicyCommand, { PolicyId: 'p-FullAWSAccess' })
    .resolves({ Targets: [{ TargetId: ROOT_ID, Type: 'ROOT' }] });
  orgs.on(ListTargetsForPolicyCommand, { PolicyId: 'p-denyroot1' }).resolves({
    Targets: [{ TargetId: OU_PROD, Type: 'ORGANIZATIONAL_UNIT', Name: 'Prod' }],
  });
  iam
    .on(ListOrganizationsFeaturesCommand)
    .resolves({ EnabledFeatures: ['RootCredentialsManagement', 'RootSessions'] });
  iam
    .on(GetAccountSummaryCommand)
    .resolves({ SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 3 } });
  sts.on(GetCallerIdentityCommand).resolves({ Account: MGMT, Arn: `arn:aws:sts::${MGMT}:assumed-role/ci/x` });
}

function judge(load: LiveLoad): ReturnType<typeof runRules> {
  return runRules(
    [rg002, rg003, rg004, rg010],
    { resources: [], providers: [], org: load.org, live: load.account },
    { scope: 'auto', live: true },
  );
}

beforeEach(() => {
  orgs.reset();
  iam.reset();
  sts.reset();
});
afterAll(() => {
  orgs.restore();
  iam.restore();
  sts.restore();
});

describe('loadLiveOrganization: API shapes', () => {
  it('turns every read into the OrgModel the rules judge', async () => {
    mockOrganization();
    const load = await loadLiveOrganization(OPTIONS);
    expect(load.errors).toEqual([]);
    expect(load.unverified).toEqual([]);
    const org = load.org;
    expect(org.managed).toBe(true);
    expect(org.organization).toEqual({
      origin: 'live',
      featureSet: 'ALL',
      servicePrincipals: ['iam.amazonaws.com'],
      enabledPolicyTypes: ['SERVICE_CONTROL_POLICY'],
      lines: {},
    });
    expect(org.iamFeatures).toEqual({
      origin: 'live',
      enabledFeatures: ['RootCredentialsManagement', 'RootSessions'],
    });
    // The management account is no coverage target: SCPs never apply to it.
    expect([...org.nodes.values()]).toEqual([
      { key: ROOT_KEY, kind: 'root', name: 'Root', origin: 'live' },
      { key: OU_PROD, kind: 'ou', name: 'Prod', parent: ROOT_KEY, origin: 'live' },
      { key: APP, kind: 'account', name: 'app', parent: OU_PROD, origin: 'live' },
      { key: OU_SANDBOX, kind: 'ou', name: 'Sandbox', parent: ROOT_KEY, origin: 'live' },
      { key: PLAY, kind: 'account', name: 'play', parent: OU_SANDBOX, origin: 'live' },
    ]);
    expect([...org.policies.values()]).toEqual([
      {
        key: 'p-FullAWSAccess',
        name: 'FullAWSAccess',
        type: 'SERVICE_CONTROL_POLICY',
        content: { kind: 'known', text: FULL },
        origin: 'live',
      },
      {
        key: 'p-denyroot1',
        name: 'deny-root',
        type: 'SERVICE_CONTROL_POLICY',
        content: { kind: 'known', text: DENY_ROOT },
        origin: 'live',
      },
    ]);
    // FullAWSAccess cannot affect a root check, so its targets are not read by default.
    expect(org.attachments).toEqual([
      { policy: { key: 'p-denyroot1' }, target: { key: OU_PROD }, origin: 'live' },
    ]);
    expect(load.targetsSkipped).toEqual(['p-FullAWSAccess']);
    expect(load.account).toEqual({ managementAccountId: MGMT, accessKeysPresent: false, mfaEnabled: true });
    expect(load.calls).toEqual({
      DescribeOrganization: 1,
      DescribePolicy: 2,
      GetAccountSummary: 1,
      GetCallerIdentity: 1,
      ListAWSServiceAccessForOrganization: 1,
      ListAccountsForParent: 3,
      ListOrganizationalUnitsForParent: 3,
      ListOrganizationsFeatures: 1,
      ListPolicies: 1,
      ListRoots: 1,
      ListTargetsForPolicy: 1,
    });
    // Organizations list calls ask for the service's largest page and filter SCPs.
    expect(orgs.commandCalls(ListAccountsForParentCommand)[0]?.args[0].input).toEqual({
      ParentId: ROOT_ID,
      MaxResults: 20,
    });
    expect(orgs.commandCalls(ListPoliciesCommand)[0]?.args[0].input).toEqual({
      Filter: 'SERVICE_CONTROL_POLICY',
      MaxResults: 20,
    });

    const result = judge(load);
    expect(result.findings.map((f) => [f.ruleId, f.message])).toEqual([
      [
        'RG002',
        'OU "Sandbox" (ou-ab12-sandbox0) is not covered by the root-deny SCP (deny-root): it is attached neither there nor to any parent up to the root.',
      ],
    ]);
    expect(result.unverified).toEqual([]);
  });

  it("policyTargets 'all' reads every SCP's targets, the root as ROOT_KEY", async () => {
    mockOrganization();
    const load = await loadLiveOrganization({ ...OPTIONS, policyTargets: 'all' });
    expect(load.org.attachments).toEqual([
      { policy: { key: 'p-FullAWSAccess' }, target: { key: ROOT_KEY }, origin: 'live' },
      { policy: { key: 'p-denyroot1' }, target: { key: OU_PROD }, origin: 'live' },
    ]);
    expect(load.calls.ListTargetsForPolicy).toBe(2);
  });

  it('signs Organizations and IAM in us-east-1 unless a region is given, with adaptive retries', async () => {
    mockOrganization();
    const seen: Record<string, unknown> = {};
    // Resolved settings are values or providers, depending on the setting.
    const value = async (v: unknown): Promise<unknown> =>
      typeof v === 'function' ? await (v as () => Promise<unknown>)() : v;
    const record = async (service: string, config: object): Promise<void> => {
      const c = config as Record<string, unknown>;
      seen[service] = [await value(c.region), await value(c.retryMode), await value(c.maxAttempts)];
    };
    orgs.on(DescribeOrganizationCommand).callsFake(async (_input, getClient) => {
      await record('organizations', getClient().config);
      return { Organization: { Id: 'o-example', FeatureSet: 'ALL', MasterAccountId: MGMT } };
    });
    iam.on(ListOrganizationsFeaturesCommand).callsFake(async (_input, getClient) => {
      await record('iam', getClient().config);
      return { EnabledFeatures: [] };
    });
    sts.on(GetCallerIdentityCommand).callsFake(async (_input, getClient) => {
      await record('sts', getClient().config);
      return { Account: MGMT };
    });
    await loadLiveOrganization(OPTIONS);
    const defaults = ['us-east-1', 'adaptive', 8];
    expect(seen).toEqual({ organizations: defaults, iam: defaults, sts: defaults });
    await loadLiveOrganization({ ...OPTIONS, region: 'us-gov-west-1', maxAttempts: 3 });
    const given = ['us-gov-west-1', 'adaptive', 3];
    expect(seen).toEqual({ organizations: given, iam: given, sts: given });
  });
});

describe('loadLiveOrganization: pagination', () => {
  it('follows NextToken, also through an empty page that carries one', async () => {
    mockOrganization();
    orgs
      .on(ListAccountsForParentCommand, { ParentId: OU_SANDBOX })
      .resolvesOnce({ Accounts: [], NextToken: 't1' })
      .resolvesOnce({ Accounts: [{ Id: PLAY, Name: 'play' }], NextToken: 't2' })
      .resolvesOnce({ Accounts: [{ Id: '444444444444', Name: 'play-2' }] });
    orgs
      .on(ListPoliciesCommand)
      .resolvesOnce({
        Policies: [{ Id: 'p-FullAWSAccess', Name: 'FullAWSAccess', Type: 'SERVICE_CONTROL_POLICY' }],
        NextToken: 'p1',
      })
      .resolvesOnce({ Policies: [], NextToken: 'p2' })
      .resolvesOnce({ Policies: [{ Id: 'p-denyroot1', Name: 'deny-root', Type: 'SERVICE_CONTROL_POLICY' }] });
    const load = await loadLiveOrganization(OPTIONS);
    expect(load.errors).toEqual([]);
    expect(load.org.nodes.get('444444444444')).toEqual({
      key: '444444444444',
      kind: 'account',
      name: 'play-2',
      parent: OU_SANDBOX,
      origin: 'live',
    });
    expect(load.org.nodes.has(PLAY)).toBe(true);
    expect([...load.org.policies.keys()]).toEqual(['p-FullAWSAccess', 'p-denyroot1']);
    expect(load.calls.ListAccountsForParent).toBe(5);
    expect(load.calls.ListPolicies).toBe(3);
    const tokens = orgs
      .commandCalls(ListAccountsForParentCommand, { ParentId: OU_SANDBOX })
      .map((c) => c.args[0].input.NextToken);
    expect(tokens).toEqual([undefined, 't1', 't2']);
  });

  it('stops with an error, not a hang, when a service repeats a token', async () => {
    mockOrganization();
    orgs
      .on(ListAccountsForParentCommand, { ParentId: OU_SANDBOX })
      .resolves({ Accounts: [], NextToken: 'same' });
    const load = await loadLiveOrganization(OPTIONS);
    expect(load.errors.map((e) => e.message)).toEqual([
      'pagination failed for OU "Sandbox" (ou-ab12-sandbox0) (RepeatedNextToken: the service repeated a NextToken)',
    ]);
    expect(load.unverified.map((u) => u.ruleId)).toEqual(['RG002']);
  });
});

describe('loadLiveOrganization: errors are results', () => {
  it('AccessDenied on ListTargetsForPolicy: the attachment target is unknown, RG002/RG003 unverified', async () => {
    mockOrganization();
    orgs.on(ListTargetsForPolicyCommand, { PolicyId: 'p-denyroot1' }).rejects(denied());
    const load = await loadLiveOrganization(OPTIONS);
    const reason = 'organizations:ListTargetsForPolicy was denied for SCP "deny-root" (p-denyroot1)';
    expect(load.org.attachments).toEqual([
      { policy: { key: 'p-denyroot1' }, target: { unknown: reason }, origin: 'live' },
    ]);
    const why = `${reason}: where it is attached is not known, so the accounts it covers (and whether it is attached at all) are not verified`;
    expect(load.unverified).toEqual([
      { ruleId: 'RG002', reason: why },
      { ruleId: 'RG003', reason: why },
    ]);
    // A denial is a permission state, reported as unverified checks, not as an error.
    expect(load.errors).toEqual([]);
    const result = judge(load);
    // Coverage is not guessed: Prod and Sandbox become unverified, and RG003 does not claim "attached to nothing".
    expect(result.findings).toEqual([]);
    expect(result.unverified.map((u) => u.reason)).toEqual([
      `OU "Prod" (${OU_PROD}) is not covered by the root-deny SCP (deny-root): it is attached neither there nor to any parent up to the root. Some attachments cannot be resolved: an attachment: ${reason}`,
      `OU "Sandbox" (${OU_SANDBOX}) is not covered by the root-deny SCP (deny-root): it is attached neither there nor to any parent up to the root. Some attachments cannot be resolved: an attachment: ${reason}`,
    ]);
  });

  it('AccessDenied on the targets of a policy that cannot affect root checks is recorded, not reported', async () => {
    mockOrganization();
    orgs.on(ListTargetsForPolicyCommand, { PolicyId: 'p-FullAWSAccess' }).rejects(denied());
    const load = await loadLiveOrganization({ ...OPTIONS, policyTargets: 'all' });
    expect(load.unverified).toEqual([]);
    expect(load.org.attachments[0]).toEqual({
      policy: { key: 'p-FullAWSAccess' },
      target: {
        unknown: 'organizations:ListTargetsForPolicy was denied for SCP "FullAWSAccess" (p-FullAWSAccess)',
      },
      origin: 'live',
    });
  });

  it('AWSOrganizationsNotInUseException: one clear error, no further calls', async () => {
    orgs.on(DescribeOrganizationCommand).rejects(
      new AWSOrganizationsNotInUseException({
        message: 'Your account is not a member of an organization.',
        $metadata: {},
      }),
    );
    const load = await loadLiveOrganization(OPTIONS);
    expect(load.errors).toEqual([
      {
        file: '(live)',
        message:
          'The account of these credentials is not a member of an AWS Organization (AWSOrganizationsNotInUseException): run the live check with credentials of the organization management account or a delegated administrator.',
      },
    ]);
    expect(load.calls).toEqual({ DescribeOrganization: 1 });
    expect(load.org.managed).toBe(false);
    expect(judge(load).findings).toEqual([]);
  });

  it('missing credentials: one line saying how to configure them', async () => {
    const error = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
    });
    orgs.on(DescribeOrganizationCommand).rejects(error);
    const load = await loadLiveOrganization(OPTIONS);
    expect(load.errors).toHaveLength(1);
    const message = load.errors[0]?.message ?? '';
    expect(message).not.toContain('\n');
    expect(message).toMatch(/^No AWS credentials were found: /);
    expect(message).toMatch(/AWS_ACCESS_KEY_ID/);
    expect(message).toMatch(/AWS_PROFILE/);
    expect(message).toMatch(/aws-actions\/configure-aws-credentials/);
    expect(load.calls).toEqual({ DescribeOrganization: 1 });
  });

  it('rejected credentials: the code, never the key', async () => {
    const error = Object.assign(
      new Error('The security token AKIDEXAMPLE included in the request is invalid.'),
      {
        name: 'UnrecognizedClientException',
      },
    );
    orgs.on(DescribeOrganizationCommand).rejects(error);
    const load = await loadLiveOrganization(OPTIONS);
    expect(load.errors[0]?.message).toMatch(
      /^AWS rejected the credentials \(UnrecognizedClientException\) on organizations:DescribeOrganization: /,
    );
    expect(JSON.stringify(load)).not.toContain('AKIDEXAMPLE');
    expect(JSON.stringify(load)).not.toContain('not-a-secret');
  });

  it('DescribeOrganization denied: feature set unknown (RG004 says so), management account from the root ARN', async () => {
    mockOrganization();
    orgs.on(DescribeOrganizationCommand).rejects(denied());
    const load = await loadLiveOrganization(OPTIONS);
    expect(load.org.organization?.featureSet).toEqual(
      new Unknown('organizations:DescribeOrganization was denied for the organization'),
    );
    expect(load.account.managementAccountId).toBe(MGMT);
    expect(judge(load).unverified).toEqual([
      {
        ruleId: 'RG004',
        reason:
          'feature_set is not known: organizations:DescribeOrganization was denied for the organization',
      },
    ]);
  });

  it('ListPolicies denied: "not known", never "no SCP denies root"', async () => {
    mockOrganization();
    orgs.on(ListPoliciesCommand).rejects(denied());
    const load = await loadLiveOrganization(OPTIONS);
    const result = judge(load);
    expect(result.findings.filter((f) => f.ruleId === 'RG002')).toEqual([]);
    expect(result.unverified).toEqual([
      {
        ruleId: 'RG002',
        reason:
          'whether SCP (unlisted) denies the root user is not known: organizations:ListPolicies was denied for the service control policies',
      },
    ]);
    expect(load.unverified).toEqual([
      {
        ruleId: 'RG003',
        reason:
          'organizations:ListPolicies was denied for the service control policies: the SCPs are not known',
      },
    ]);
  });

  it('DescribePolicy denied: content unknown, RG003 unverified', async () => {
    mockOrganization();
    orgs.on(DescribePolicyCommand, { PolicyId: 'p-denyroot1' }).rejects(denied());
    const load = await loadLiveOrganization(OPTIONS);
    expect(load.org.policies.get('p-denyroot1')?.content).toEqual({
      kind: 'unknown',
      reason: 'organizations:DescribePolicy was denied for SCP "deny-root" (p-denyroot1)',
    });
    expect(load.unverified).toEqual([
      {
        ruleId: 'RG003',
        reason:
          'organizations:DescribePolicy was denied for SCP "deny-root" (p-denyroot1): whether it denies the root user effectively is not verified',
      },
    ]);
    // Its targets are still read: an unknown policy may be a root deny.
    expect(load.calls.ListTargetsForPolicy).toBe(1);
  });

  it('the OU tree denied below an OU: a blind spot and RG002 unverified', async () => {
    mockOrganization();
    orgs.on(ListOrganizationalUnitsForParentCommand, { ParentId: OU_SANDBOX }).rejects(denied());
    const load = await loadLiveOrganization(OPTIONS);
    const reason =
      'organizations:ListOrganizationalUnitsForParent was denied for OU "Sandbox" (ou-ab12-sandbox0): the OUs under it, and every account in them, are not known, so whether the root-deny SCPs cover them is not verified';
    expect(load.unverified).toEqual([{ ruleId: 'RG002', reason }]);
    expect(load.org.blindSpots).toEqual([{ reason }]);
    // What could be read is still there.
    expect(load.org.nodes.has(PLAY)).toBe(true);
  });

  it('ListRoots denied: the tree is unknown, not empty', async () => {
    mockOrganization();
    orgs.on(ListRootsCommand).rejects(denied());
    const load = await loadLiveOrganization(OPTIONS);
    expect([...load.org.nodes.keys()]).toEqual([ROOT_KEY]);
    expect(load.calls.ListOrganizationalUnitsForParent).toBeUndefined();
    expect(load.unverified.map((u) => u.reason)).toEqual([
      'organizations:ListRoots was denied for the organization root: the organization tree (OUs and accounts) is not known, so which accounts the root-deny SCPs cover is not verified',
    ]);
    expect(load.org.organization?.enabledPolicyTypes).toEqual(
      new Unknown('organizations:ListRoots was denied for the organization root'),
    );
  });

  it('IAM denied: RG004 and RG010/RG001 unverified, naming the IAM permissions', async () => {
    mockOrganization();
    iam.on(ListOrganizationsFeaturesCommand).rejects(iamDenied());
    iam.on(GetAccountSummaryCommand).rejects(iamDenied());
    const load = await loadLiveOrganization(OPTIONS);
    expect(load.account).toEqual({ managementAccountId: MGMT });
    const why =
      'iam:GetAccountSummary was denied for the management account 111111111111: whether its root user has MFA and access keys is not known';
    expect(load.unverified).toEqual([
      { ruleId: 'RG001', reason: why },
      { ruleId: 'RG010', reason: why },
    ]);
    expect(judge(load).unverified).toEqual([
      {
        ruleId: 'RG004',
        reason:
          'enabled_features of the organization is not known: iam:ListOrganizationsFeatures was denied for the organization',
      },
    ]);
  });

  it('trusted access for IAM off: no features enabled (a known answer)', async () => {
    mockOrganization();
    iam
      .on(ListOrganizationsFeaturesCommand)
      .rejects(new ServiceAccessNotEnabledException({ message: 'not enabled', $metadata: {} }));
    const load = await loadLiveOrganization(OPTIONS);
    expect(load.org.iamFeatures?.enabledFeatures).toEqual([]);
    expect(load.errors).toEqual([]);
    expect(
      judge(load)
        .findings.filter((f) => f.ruleId === 'RG004')
        .map((f) => f.message),
    ).toEqual(['The organization does not enable RootCredentialsManagement or RootSessions.']);
  });

  it('credentials of another account: the management root user is not judged from them', async () => {
    mockOrganization();
    sts.on(GetCallerIdentityCommand).resolves({ Account: '999999999999' });
    const load = await loadLiveOrganization(OPTIONS);
    expect(iam.commandCalls(GetAccountSummaryCommand)).toHaveLength(0);
    expect(load.account).toEqual({ managementAccountId: MGMT });
    expect(load.unverified.map((u) => u.ruleId)).toEqual(['RG001', 'RG010']);
    expect(load.unverified[0]?.reason).toMatch(
      /^the credentials belong to account 999999999999, not the management account 111111111111/,
    );
  });

  it('a throttling error that outlasts the retries is an error and leaves the fact unknown', async () => {
    mockOrganization();
    const throttled = Object.assign(new Error('Rate exceeded'), {
      name: 'TooManyRequestsException',
      $metadata: { attempts: 8 },
    });
    orgs.on(ListAWSServiceAccessForOrganizationCommand).rejects(throttled);
    const load = await loadLiveOrganization(OPTIONS);
    const reason =
      'organizations:ListAWSServiceAccessForOrganization failed for the trusted services of the organization (TooManyRequestsException: Rate exceeded)';
    expect(load.errors).toEqual([{ file: '(live)', message: reason }]);
    expect(load.org.organization?.servicePrincipals).toEqual(new Unknown(reason));
    expect(load.retries).toBe(7);
  });
});

describe('auditMemberRootCredentials', () => {
  it('reads each member root user through AssumeRoot with the audit task policy', async () => {
    mockOrganization();
    sts.on(AssumeRootCommand).callsFake((input: { TargetPrincipal: string }) => {
      if (input.TargetPrincipal === PLAY) throw denied('not allowed');
      return {
        Credentials: {
          AccessKeyId: `ASIA${input.TargetPrincipal}`,
          SecretAccessKey: 's',
          SessionToken: 't',
          Expiration: new Date(),
        },
      };
    });
    // The class-level IAM mock answers the root session's client too (only APP gets a session).
    iam
      .on(ListAccessKeysCommand)
      .resolves({ AccessKeyMetadata: [{ AccessKeyId: 'AKIAOLD', Status: 'Inactive' }], IsTruncated: false });
    iam.on(ListMFADevicesCommand).resolves({ MFADevices: [], IsTruncated: false });
    iam.on(GetLoginProfileCommand).rejects(new NoSuchEntityException({ message: 'none', $metadata: {} }));
    const sessions: string[] = [];
    const load = await loadLiveOrganization({
      ...OPTIONS,
      auditMemberRootCredentials: true,
      memberIam: (credentials) => {
        sessions.push(credentials.accessKeyId);
        return new IAMClient({ region: 'us-east-1', credentials });
      },
    });
    expect(sessions).toEqual([`ASIA${APP}`]);
    expect(sts.commandCalls(AssumeRootCommand).map((c) => c.args[0].input)).toEqual([
      {
        TargetPrincipal: APP,
        TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' },
        DurationSeconds: 900,
      },
      {
        TargetPrincipal: PLAY,
        TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' },
        DurationSeconds: 900,
      },
    ]);
    expect(load.members).toEqual([
      {
        accountId: APP,
        name: 'app',
        accessKeysPresent: true,
        activeAccessKeys: 0,
        mfaEnabled: false,
        passwordPresent: false,
      },
      { accountId: PLAY, name: 'play', reason: 'sts:AssumeRoot was denied' },
    ]);
    expect(load.unverified).toEqual([
      {
        ruleId: 'RG001',
        reason: 'the root user of 1 member account (333333333333) was not audited: sts:AssumeRoot was denied',
      },
      {
        ruleId: 'RG010',
        reason: 'the root user of 1 member account (333333333333) was not audited: sts:AssumeRoot was denied',
      },
    ]);
  });
});

describe('createLimiter', () => {
  it('never runs more than the limit at once, and runs everything', async () => {
    const limit = createLimiter(3);
    let active = 0;
    let peak = 0;
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        limit(async () => {
          active += 1;
          peak = Math.max(peak, active);
          await new Promise((r) => setTimeout(r, 1 + (i % 4)));
          active -= 1;
          done.push(i);
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('lets an urgent task (the next page of a list) go before waiting ordinary ones', async () => {
    const limit = createLimiter(1);
    const order: string[] = [];
    const task = (name: string) => async (): Promise<void> => {
      order.push(name);
      await new Promise((r) => setTimeout(r, 2));
    };
    await Promise.all([
      limit(task('first')),
      limit(task('a')),
      limit(task('b')),
      limit(task('next page'), true),
    ]);
    expect(order).toEqual(['first', 'next page', 'a', 'b']);
  });

  it('frees the slot of a failed task', async () => {
    const limit = createLimiter(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limit(() => Promise.resolve(42))).resolves.toBe(42);
  });

  it('rejects a limit that is not a positive integer', () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
  });

  it('the loader keeps to its concurrency', async () => {
    mockOrganization();
    let active = 0;
    let peak = 0;
    const slow = async <T>(value: T): Promise<T> => {
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      active -= 1;
      return value;
    };
    orgs.on(ListAccountsForParentCommand).callsFake(() => slow({ Accounts: [] }));
    orgs.on(ListOrganizationalUnitsForParentCommand).callsFake((input: { ParentId: string }) =>
      slow({
        OrganizationalUnits:
          input.ParentId === ROOT_ID
            ? Array.from({ length: 12 }, (_, i) => ({
                Id: `ou-ab12-x${String(i).padStart(7, '0')}`,
                Name: `x${i}`,
              }))
            : [],
      }),
    );
    const load = await loadLiveOrganization({ ...OPTIONS, concurrency: 2 });
    expect(load.calls.ListOrganizationalUnitsForParent).toBe(13);
    expect(peak).toBeLessThanOrEqual(2);
  });
});
