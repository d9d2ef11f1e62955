import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { loadPlan } from '../../../src/load/plan.js';
import { buildOrgModel } from '../../../src/load/org-builder.js';
import { runRules } from '../../../src/engine.js';
import { applyPlanToOrg } from '../../../src/load/live/index.js';
import { ROOT_KEY, type OrgModel } from '../../../src/model/org.js';
import type { ChangeAction, Resource } from '../../../src/model/resource.js';
import { Unknown, type ValueObject } from '../../../src/model/value.js';
import { rule as rg002 } from '../../../src/rules/rg002-root-deny-scp-missing.js';
import { rule as rg004 } from '../../../src/rules/rg004-centralized-root-access-disabled.js';

const OU_PROD = 'ou-ab12-prod0000';
const OU_SANDBOX = 'ou-ab12-sandbox0';
const APP = '222222222222';
const PLAY = '333333333333';
const DENY_ROOT = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      Action: '*',
      Resource: '*',
      Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } },
    },
  ],
});

/** The live organization: root -> Prod (app), Sandbox (play); deny-root on Prod and Sandbox. */
function live(): OrgModel {
  return {
    managed: true,
    organization: {
      origin: 'live',
      featureSet: 'ALL',
      servicePrincipals: ['sso.amazonaws.com'],
      enabledPolicyTypes: ['SERVICE_CONTROL_POLICY'],
      lines: {},
    },
    nodes: new Map([
      [ROOT_KEY, { key: ROOT_KEY, kind: 'root', name: 'Root', origin: 'live' }],
      [OU_PROD, { key: OU_PROD, kind: 'ou', name: 'Prod', parent: ROOT_KEY, origin: 'live' }],
      [APP, { key: APP, kind: 'account', name: 'app', parent: OU_PROD, origin: 'live' }],
      [OU_SANDBOX, { key: OU_SANDBOX, kind: 'ou', name: 'Sandbox', parent: ROOT_KEY, origin: 'live' }],
      [PLAY, { key: PLAY, kind: 'account', name: 'play', parent: OU_SANDBOX, origin: 'live' }],
    ]),
    policies: new Map([
      [
        'p-denyroot1',
        {
          key: 'p-denyroot1',
          name: 'deny-root',
          type: 'SERVICE_CONTROL_POLICY',
          content: { kind: 'known', text: DENY_ROOT },
          origin: 'live',
        },
      ],
    ]),
    attachments: [
      { policy: { key: 'p-denyroot1' }, target: { key: OU_PROD }, origin: 'live' },
      { policy: { key: 'p-denyroot1' }, target: { key: OU_SANDBOX }, origin: 'live' },
    ],
    iamFeatures: { origin: 'live', enabledFeatures: ['RootCredentialsManagement', 'RootSessions'] },
    blindSpots: [],
  };
}

function resource(
  address: string,
  values: ValueObject,
  action: ChangeAction,
  before?: ValueObject | null,
): Resource {
  const [type = '', name = ''] = address.split('.');
  return {
    address,
    mode: 'managed',
    type,
    name,
    module: '',
    values,
    location: { file: 'plan.json', line: 1 },
    attributeLines: {},
    origin: 'plan',
    action,
    ...(before !== undefined ? { before } : {}),
  };
}

function rg002Messages(org: OrgModel): string[] {
  const result = runRules([rg002], { resources: [], providers: [], org }, { scope: 'auto', live: true });
  return [
    ...result.findings.map((f) => f.message),
    ...result.unverified.map((u) => `unverified: ${u.reason}`),
  ];
}

describe('applyPlanToOrg', () => {
  it('a plan without organization changes leaves the live organization as it is', () => {
    const org = applyPlanToOrg(live(), [resource('aws_s3_bucket.b', { bucket: 'x' }, 'create')], []);
    expect([...org.nodes.keys()]).toEqual([...live().nodes.keys()]);
    expect(org.attachments).toEqual(live().attachments);
    expect(rg002Messages(org)).toEqual([]);
  });

  it('deleting an attachment (matched by its before values) uncovers that OU', () => {
    const attachment = { id: `p-denyroot1:${OU_SANDBOX}`, policy_id: 'p-denyroot1', target_id: OU_SANDBOX };
    const org = applyPlanToOrg(
      live(),
      [resource('aws_organizations_policy_attachment.sandbox', attachment, 'delete', attachment)],
      [],
    );
    expect(org.attachments).toEqual([
      { policy: { key: 'p-denyroot1' }, target: { key: OU_PROD }, origin: 'live' },
    ]);
    expect(rg002Messages(org)).toEqual([
      'OU "Sandbox" (ou-ab12-sandbox0) is not covered by the root-deny SCP (deny-root): it is attached neither there nor to any parent up to the root.',
    ]);
  });

  it('deleting the policy (found in the before resources) takes its attachments with it', () => {
    const before = {
      id: 'p-denyroot1',
      name: 'deny-root',
      content: DENY_ROOT,
      type: 'SERVICE_CONTROL_POLICY',
    };
    const org = applyPlanToOrg(
      live(),
      [],
      [resource('aws_organizations_policy.deny_root', before, 'delete', before)],
    );
    expect(org.policies.size).toBe(0);
    expect(org.attachments).toEqual([]);
    expect(rg002Messages(org)).toEqual([
      'No service control policy denies the root user: the root user of every member account is unrestricted.',
    ]);
  });

  it('a new SCP attached to the live root by its literal id covers the whole organization', () => {
    const after = [
      resource(
        'aws_organizations_policy.root',
        {
          name: 'deny-root-2',
          content: DENY_ROOT,
          type: 'SERVICE_CONTROL_POLICY',
          id: new Unknown('known after apply'),
        },
        'create',
        null,
      ),
      resource(
        'aws_organizations_policy_attachment.root',
        {
          policy_id: new Unknown('known after apply', [
            { address: 'aws_organizations_policy.root', path: ['id'] },
          ]),
          target_id: 'r-ab12',
        },
        'create',
        null,
      ),
    ];
    const detach = { id: `p-denyroot1:${OU_SANDBOX}`, policy_id: 'p-denyroot1', target_id: OU_SANDBOX };
    const org = applyPlanToOrg(
      live(),
      [...after, resource('aws_organizations_policy_attachment.sandbox', detach, 'delete', detach)],
      [],
    );
    expect(org.policies.get('aws_organizations_policy.root')?.origin).toBe('plan');
    expect(org.attachments).toContainEqual({
      policy: { key: 'aws_organizations_policy.root' },
      target: { key: ROOT_KEY },
      resource: 'aws_organizations_policy_attachment.root',
      location: { file: 'plan.json', line: 1 },
      origin: 'plan',
    });
    expect(rg002Messages(org)).toEqual([]);
  });

  it('an attachment created for an unchanged policy links through the real id of its no-op resource', () => {
    const attachmentless = { ...live(), attachments: [] };
    const after = [
      resource(
        'aws_organizations_policy.deny_root',
        { id: 'p-denyroot1', name: 'deny-root', content: DENY_ROOT },
        'no-op',
      ),
      resource(
        'aws_organizations_policy_attachment.root',
        {
          policy_id: new Unknown('reference', [
            { address: 'aws_organizations_policy.deny_root', path: ['id'] },
          ]),
          target_id: 'r-ab12',
        },
        'create',
        null,
      ),
    ];
    const org = applyPlanToOrg(attachmentless, after, []);
    // The unchanged policy keeps its live form.
    expect(org.policies.get('p-denyroot1')?.origin).toBe('live');
    expect(org.attachments.map((a) => [a.policy, a.target])).toEqual([
      [{ key: 'p-denyroot1' }, { key: ROOT_KEY }],
    ]);
    expect(rg002Messages(org)).toEqual([]);
  });

  it('replacing a policy removes the old id and adds the planned content under the new one', () => {
    const before = { id: 'p-denyroot1', name: 'deny-root', content: DENY_ROOT };
    const weak = DENY_ROOT.replace('ArnLike', 'StringEquals');
    const org = applyPlanToOrg(
      live(),
      [
        resource(
          'aws_organizations_policy.deny_root',
          { name: 'deny-root', content: weak, id: new Unknown('known after apply') },
          'replace',
          before,
        ),
      ],
      [],
    );
    expect([...org.policies.keys()]).toEqual(['aws_organizations_policy.deny_root']);
    expect(org.policies.get('aws_organizations_policy.deny_root')?.content).toEqual({
      kind: 'known',
      text: weak,
    });
    expect(org.attachments).toEqual([]);
  });

  it('an in-place update replaces the live element: an account moved to another OU', () => {
    const before = { id: PLAY, name: 'play', parent_id: OU_SANDBOX };
    const detach = { id: `p-denyroot1:${OU_SANDBOX}`, policy_id: 'p-denyroot1', target_id: OU_SANDBOX };
    const org = applyPlanToOrg(
      live(),
      [
        resource('aws_organizations_account.play', { ...before, parent_id: 'r-ab12' }, 'update', before),
        resource('aws_organizations_policy_attachment.sandbox', detach, 'delete', detach),
      ],
      [],
    );
    expect(org.nodes.get(PLAY)?.parent).toBe(ROOT_KEY);
    expect(rg002Messages(org)).toEqual([
      'Account "play" (aws_organizations_account.play) is not covered by the root-deny SCP (deny-root): it is attached neither there nor to any parent up to the root.',
    ]);
  });

  it('organization settings and IAM features follow the plan when it changes them', () => {
    const orgBefore = {
      id: 'o-example',
      feature_set: 'ALL',
      aws_service_access_principals: ['sso.amazonaws.com'],
    };
    const features = { id: 'o-example', enabled_features: ['RootCredentialsManagement', 'RootSessions'] };
    const org = applyPlanToOrg(
      live(),
      [
        resource(
          'aws_organizations_organization.org',
          {
            ...orgBefore,
            aws_service_access_principals: ['iam.amazonaws.com', 'sso.amazonaws.com'],
            roots: [{ id: 'r-ab12' }],
          },
          'update',
          orgBefore,
        ),
      ],
      [resource('aws_iam_organizations_features.root', features, 'delete', features)],
    );
    expect(org.organization?.servicePrincipals).toEqual(['iam.amazonaws.com', 'sso.amazonaws.com']);
    expect(org.iamFeatures).toBeUndefined();
    const result = runRules([rg004], { resources: [], providers: [], org }, { scope: 'auto', live: true });
    expect(result.findings.map((f) => f.message)).toEqual([
      'No aws_iam_organizations_features enables RootCredentialsManagement and RootSessions: member accounts keep recoverable root credentials.',
    ]);
  });

  // The plan loader's prior state stands in for the live organization: applying the plan to it must
  // give what the plan itself says will exist, for every real plan the project keeps.
  const plans = [
    ...readdirSync('__fixtures__/plans')
      .filter((f) => f.endsWith('.json'))
      .map((f) => `__fixtures__/plans/${f}`),
    'examples/plan/plan.json',
  ];
  it.each(plans)('agrees with the plan loader on %s', async (file) => {
    const plan = await loadPlan(file, process.cwd());
    const summary = (org: OrgModel): object => ({
      nodes: [...org.nodes.values()].map((n) => [n.key, n.parent]).sort(),
      policies: [...org.policies.values()].map((p) => [p.key, p.content]).sort(),
      attachments: org.attachments.map((a) => JSON.stringify([a.policy, a.target])).sort(),
      organization: org.organization
        ? [org.organization.featureSet, org.organization.servicePrincipals]
        : null,
      features: org.iamFeatures?.enabledFeatures ?? null,
    });
    const applied = applyPlanToOrg(buildOrgModel(plan.before), plan.after, plan.before);
    expect(summary(applied)).toEqual(summary(buildOrgModel(plan.after)));
  });
});
