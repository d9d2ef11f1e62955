import { describe, expect, it } from '@jest/globals';
import { chmodSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPlan, loadPlanText, mapPlanLocations, type PlanLoad } from '../../src/load/plan.js';
import { buildOrgModel } from '../../src/load/org-builder.js';
import { ROOT_KEY } from '../../src/model/org.js';
import type { Resource } from '../../src/model/resource.js';
import { Unknown, type Value } from '../../src/model/value.js';
import { writeTree } from '../helpers/sources.js';

const root = path.resolve(import.meta.dirname, '../..');
const FIXTURES = '__fixtures__/plans';

function fixtureText(name: string): string {
  return readFileSync(path.join(root, FIXTURES, `${name}.json`), 'utf8');
}

async function load(name: string): Promise<PlanLoad> {
  const result = await loadPlan(`${FIXTURES}/${name}.json`, root);
  expect(result.errors).toEqual([]);
  return result;
}

function get(resources: readonly Resource[], address: string): Resource {
  const found = resources.find((r) => r.address === address);
  if (!found) throw new Error(`${address} not among ${resources.map((r) => r.address).join(', ')}`);
  return found;
}

function addresses(resources: readonly Resource[]): string[] {
  return resources.map((r) => r.address).sort();
}

function unknownAt(value: Value | undefined): Unknown {
  if (!(value instanceof Unknown)) throw new Error(`expected Unknown, got ${JSON.stringify(value)}`);
  return value;
}

/** Writes files into a temporary directory and loads `name` from it. */
async function loadWritten(files: Record<string, string | Buffer>, name = 'plan.json'): Promise<PlanLoad> {
  const tree = writeTree(files);
  try {
    return await loadPlan(name, tree.dir);
  } finally {
    tree.cleanup();
  }
}

describe('loadPlan: actions', () => {
  it('a deleted attachment is in before only; unchanged resources are in both; after carries action and before', async () => {
    const plan = await load('scp-attachment-deleted');
    expect(plan.display).toBe('__fixtures__/plans/scp-attachment-deleted.json');
    expect(plan.warnings).toEqual([]);
    expect(addresses(plan.before)).toContain('aws_organizations_policy_attachment.workloads');
    expect(addresses(plan.after)).not.toContain('aws_organizations_policy_attachment.workloads');
    expect(get(plan.before, 'aws_organizations_policy_attachment.workloads').action).toBe('delete');
    const sandbox = get(plan.after, 'aws_organizations_policy_attachment.sandbox');
    expect(sandbox).toMatchObject({
      action: 'no-op',
      origin: 'plan',
      mode: 'managed',
      type: 'aws_organizations_policy_attachment',
      name: 'sandbox',
      module: '',
      values: { policy_id: 'p-4r7kq2xz9m', target_id: 'ou-k7x2-sb4d9x1c' },
      before: { policy_id: 'p-4r7kq2xz9m', target_id: 'ou-k7x2-sb4d9x1c' },
    });
    expect(plan.before).toHaveLength(9);
    expect(plan.after).toHaveLength(8);
  });

  it('points each resource at the line of its resource_changes entry', async () => {
    const plan = await load('scp-attachment-deleted');
    const lines = fixtureText('scp-attachment-deleted').split('\n');
    const changesAt = lines.findIndex((l) => l.includes('"resource_changes"'));
    const expected =
      lines.findIndex(
        (l, i) => i > changesAt && l.includes('"address": "aws_organizations_policy_attachment.sandbox"'),
      ) + 1;
    expect(changesAt).toBeGreaterThan(0);
    expect(get(plan.after, 'aws_organizations_policy_attachment.sandbox').location).toEqual({
      file: '__fixtures__/plans/scp-attachment-deleted.json',
      line: expected,
    });
    // Terraform writes plans on one line: then every resource is on line 1.
    const oneLine = await load('features-lose-root-sessions');
    expect(get(oneLine.after, 'aws_iam_organizations_features.root').location.line).toBe(1);
  });

  it('reads ["delete","create"] and ["create","delete"] as replace, with unknown ids', async () => {
    for (const name of ['scp-replaced', 'scp-replaced-without-deny']) {
      const plan = await load(name);
      const after = get(plan.after, 'aws_organizations_policy.deny_root');
      expect(after.action).toBe('replace');
      expect(unknownAt(after.values.id).reason).toBe(
        'known after apply: aws_organizations_policy.deny_root.id',
      );
      expect(after.before?.id).toBe('p-4r7kq2xz9m');
      expect(get(plan.before, 'aws_organizations_policy.deny_root').values.id).toBe('p-4r7kq2xz9m');
    }
  });

  it('keeps a forgotten resource after apply (it stays in AWS), reads data sources, and leaves created ones out of before', async () => {
    const forgotten = await load('scp-attachment-forgotten');
    expect(get(forgotten.after, 'aws_organizations_policy_attachment.root')).toMatchObject({
      action: 'forget',
      values: { target_id: 'r-k7x2' },
    });
    // skip_destroy = true: the delete only removes it from the state.
    const skipped = await load('scp-attachment-deleted-skip-destroy');
    expect(get(skipped.after, 'aws_organizations_policy_attachment.workloads')).toMatchObject({
      action: 'forget',
      values: { target_id: 'ou-k7x2-wl8f3n2a', skip_destroy: true },
    });
    expect(get(skipped.before, 'aws_organizations_policy_attachment.workloads').action).toBe('forget');
    const unknown = await load('scp-content-unknown');
    expect(get(unknown.after, 'data.aws_iam_policy_document.deny_root')).toMatchObject({
      action: 'read',
      mode: 'data',
    });
    expect(addresses(unknown.before)).not.toContain('data.aws_iam_policy_document.deny_root');
    expect(addresses(unknown.before)).not.toContain('aws_organizations_organizational_unit.security');
    const created = await load('org-created-in-one-plan');
    expect(created.before).toEqual([]);
    expect(created.after.map((r) => r.action)).toEqual(Array(6).fill('create'));
  });

  it('reads a Terraform 0.12 plan (format_version 0.1, provider_name "aws")', async () => {
    const plan = await load('legacy-0.12-attachment-deleted');
    expect(plan.warnings).toEqual([]);
    expect(addresses(plan.before)).toContain('aws_organizations_policy_attachment.root');
    expect(addresses(plan.after)).not.toContain('aws_organizations_policy_attachment.root');
    expect(get(plan.after, 'aws_organizations_policy.deny_root').action).toBe('no-op');
    expect(plan.providers).toEqual([
      expect.objectContaining({ name: 'aws', module: '', values: { region: 'us-east-1' }, origin: 'plan' }),
    ]);
  });
});

describe('loadPlan: unknown values and references', () => {
  it('links a whole organization created in one plan through the references of its expressions', async () => {
    const plan = await load('org-created-in-one-plan');
    const attachment = get(plan.after, 'aws_organizations_policy_attachment.root');
    const target = unknownAt(attachment.values.target_id);
    expect(target.reason).toBe('known after apply: aws_organizations_policy_attachment.root.target_id');
    expect(target.refs).toEqual([
      { address: 'aws_organizations_organization.org', path: ['roots', 0, 'id'] },
    ]);
    expect(unknownAt(attachment.values.policy_id).refs).toEqual([
      { address: 'aws_organizations_policy.deny_root', path: ['id'] },
    ]);
    expect(unknownAt(get(plan.after, 'aws_organizations_organization.org').values.roots).refs).toEqual([]);

    const org = buildOrgModel(plan.after);
    expect(org.attachments).toHaveLength(1);
    expect(org.attachments[0]).toMatchObject({
      policy: { key: 'aws_organizations_policy.deny_root' },
      target: { key: ROOT_KEY },
    });
    expect(org.nodes.get('aws_organizations_organizational_unit.workloads')?.parent).toBe(ROOT_KEY);
    expect(org.nodes.get('aws_organizations_account.prod')?.parent).toBe(
      'aws_organizations_organizational_unit.workloads',
    );
    expect(org.iamFeatures?.enabledFeatures).toEqual(['RootCredentialsManagement', 'RootSessions']);
  });

  it('marks nested unknowns (null list elements in after, true in after_unknown) with the nested expression’s references', async () => {
    const plan = await load('scp-content-unknown');
    const doc = get(plan.after, 'data.aws_iam_policy_document.deny_root');
    const statements = doc.values.statement as { condition: { values: Value[] }[] }[];
    const value = unknownAt(statements[1]?.condition[0]?.values[0]);
    expect(value.reason).toBe(
      'known after apply: data.aws_iam_policy_document.deny_root.statement[1].condition[0].values[0]',
    );
    expect(value.refs).toEqual([
      { address: 'aws_organizations_organizational_unit.security', path: ['arn'] },
    ]);
    expect(statements[0]?.condition[0]?.values).toEqual(['arn:aws:iam::*:root']);
    const content = unknownAt(get(plan.after, 'aws_organizations_policy.deny_root').values.content);
    expect(content.reason).toBe('known after apply: aws_organizations_policy.deny_root.content');
    expect(content.refs).toEqual([{ address: 'data.aws_iam_policy_document.deny_root', path: ['json'] }]);
  });

  it('prefixes module addresses and follows module variables to the caller’s references', async () => {
    const plan = await load('module-nested-scp');
    const policy = get(plan.after, 'module.guardrails.aws_organizations_policy.deny_root');
    expect(policy).toMatchObject({
      module: 'module.guardrails',
      type: 'aws_organizations_policy',
      name: 'deny_root',
      action: 'update',
    });
    const sandbox = get(plan.after, 'module.guardrails.aws_organizations_policy_attachment.sandbox');
    expect(unknownAt(sandbox.values.target_id).refs).toEqual([
      { address: 'aws_organizations_organizational_unit.sandbox', path: ['id'] },
    ]);
    expect(sandbox.values.policy_id).toBe('p-4r7kq2xz9m');

    const org = buildOrgModel(plan.after);
    const bySource = new Map(org.attachments.map((a) => [a.resource, a]));
    expect(bySource.get('module.guardrails.aws_organizations_policy_attachment.sandbox')).toMatchObject({
      policy: { key: 'p-4r7kq2xz9m' },
      target: { key: 'aws_organizations_organizational_unit.sandbox' },
    });
    expect(bySource.get('module.guardrails.aws_organizations_policy_attachment.root')?.target).toEqual({
      key: ROOT_KEY,
    });
    expect(org.policies.get('p-4r7kq2xz9m')?.resource).toBe(
      'module.guardrails.aws_organizations_policy.deny_root',
    );
  });

  it('follows module outputs and keeps module instance keys in reference prefixes', () => {
    const plan = loadPlanText(
      JSON.stringify({
        format_version: '1.2',
        terraform_version: '1.9.8',
        resource_changes: [
          {
            address: 'module.scps["prod"].aws_organizations_policy_attachment.this',
            module_address: 'module.scps["prod"]',
            mode: 'managed',
            type: 'aws_organizations_policy_attachment',
            name: 'this',
            provider_name: 'registry.terraform.io/hashicorp/aws',
            change: {
              actions: ['create'],
              before: null,
              after: { skip_destroy: null },
              after_unknown: { id: true, policy_id: true, target_id: true },
              before_sensitive: false,
              after_sensitive: {},
            },
          },
        ],
        configuration: {
          root_module: {
            module_calls: {
              org: {
                source: './org',
                module: {
                  outputs: {
                    root_id: {
                      expression: {
                        references: [
                          'aws_organizations_organization.this.roots[0].id',
                          'aws_organizations_organization.this.roots[0]',
                          'aws_organizations_organization.this.roots',
                          'aws_organizations_organization.this',
                        ],
                      },
                    },
                  },
                },
              },
              scps: {
                source: './scps',
                for_each_expression: { constant_value: ['prod'] },
                expressions: { target: { references: ['module.org.root_id', 'module.org'] } },
                module: {
                  resources: [
                    {
                      address: 'aws_organizations_policy_attachment.this',
                      mode: 'managed',
                      type: 'aws_organizations_policy_attachment',
                      name: 'this',
                      provider_config_key: 'aws',
                      expressions: {
                        policy_id: {
                          references: ['aws_organizations_policy.this.id', 'aws_organizations_policy.this'],
                        },
                        target_id: { references: ['var.target'] },
                      },
                      schema_version: 0,
                    },
                  ],
                  variables: { target: {} },
                },
              },
            },
          },
        },
      }),
      'plan.json',
    );
    const attachment = get(plan.after, 'module.scps["prod"].aws_organizations_policy_attachment.this');
    expect(attachment.module).toBe('module.scps["prod"]');
    expect(unknownAt(attachment.values.target_id).refs).toEqual([
      { address: 'module.org.aws_organizations_organization.this', path: ['roots', 0, 'id'] },
    ]);
    expect(unknownAt(attachment.values.policy_id).refs).toEqual([
      { address: 'module.scps["prod"].aws_organizations_policy.this', path: ['id'] },
    ]);
  });
});

describe('loadPlan: sensitive values', () => {
  const SECRETS = ['TOPSECRET-before-7f3a9c', 'TOPSECRET-after-2b8e41', 'TOPSECRET-tag-5d0c77'];

  it('replaces sensitive values in values and before, and lists their paths', async () => {
    const plan = await load('sensitive-value');
    const after = get(plan.after, 'aws_organizations_policy.deny_root');
    expect(unknownAt(after.values.description).reason).toBe(
      'sensitive value: aws_organizations_policy.deny_root.description',
    );
    expect(after.values.tags).toEqual({ owner: expect.any(Unknown), team: 'platform' });
    expect(after.before?.description).toBeInstanceOf(Unknown);
    expect([...(after.sensitive ?? [])].sort()).toEqual(['description', 'tags.owner', 'tags_all.owner']);
    const before = get(plan.before, 'aws_organizations_policy.deny_root');
    expect(before.values.description).toBeInstanceOf(Unknown);
    expect(before.sensitive).toContain('tags.owner');
  });

  it('never lets a sensitive value reach the loaded model', async () => {
    const text = fixtureText('sensitive-value');
    for (const secret of SECRETS) expect(text).toContain(secret); // the plan file does hold them
    const serialised = JSON.stringify(await load('sensitive-value'));
    for (const secret of SECRETS) expect(serialised).not.toContain(secret);
  });
});

describe('loadPlan: encodings and binary plans', () => {
  it('reads UTF-16 with a BOM (PowerShell redirection), UTF-16 big-endian and UTF-8 with a BOM', async () => {
    const text = fixtureText('module-nested-scp');
    const expected = addresses((await load('module-nested-scp')).after);
    const be = Buffer.from(text, 'utf16le');
    be.swap16();
    const encodings: Record<string, Buffer> = {
      'le.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'be.json': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      'bom8.json': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    };
    const tree = writeTree(encodings);
    try {
      for (const name of Object.keys(encodings)) {
        const plan = await loadPlan(name, tree.dir);
        expect(plan.errors).toEqual([]);
        expect(addresses(plan.after)).toEqual(expected);
      }
    } finally {
      tree.cleanup();
    }
  });

  const zip = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(64)]);

  it('runs "terraform show -json" on a binary plan when terraform is on PATH', async () => {
    const json = path.join(root, FIXTURES, 'features-lose-root-sessions.json');
    const tree = writeTree({
      'bin/terraform': `#!/bin/sh\n[ "$1" = show ] || exit 3\ncat '${json}'\n`,
      tfplan: zip,
    });
    chmodSync(path.join(tree.dir, 'bin/terraform'), 0o755);
    const saved = process.env.PATH;
    process.env.PATH = path.join(tree.dir, 'bin');
    try {
      const plan = await loadPlan('tfplan', tree.dir);
      expect(plan.errors).toEqual([]);
      expect(get(plan.after, 'aws_iam_organizations_features.root').action).toBe('update');
    } finally {
      process.env.PATH = saved;
      tree.cleanup();
    }
  });

  it('says which command to run when neither terraform nor tofu is on PATH', async () => {
    const tree = writeTree({ tfplan: zip, 'empty/.keep': '' });
    const saved = process.env.PATH;
    process.env.PATH = path.join(tree.dir, 'empty');
    try {
      const plan = await loadPlan('tfplan', tree.dir);
      expect(plan.errors).toEqual([
        {
          file: 'tfplan',
          message: expect.stringMatching(/binary plan file.*terraform show -json tfplan > plan\.json/),
        },
      ]);
    } finally {
      process.env.PATH = saved;
      tree.cleanup();
    }
  });
});

describe('loadPlan: bad input', () => {
  it('reports a JSON syntax error with its line, without quoting the file', async () => {
    const plan = await loadWritten({
      'plan.json':
        '{\n  "format_version": "1.2",\n  "resource_changes": [\n    {"address": hunter2}\n  ]\n}\n',
    });
    expect(plan.errors).toEqual([
      {
        file: 'plan.json',
        line: 4,
        message: expect.stringMatching(/^not valid JSON: unexpected character at line 4, column 17/),
      },
    ]);
    expect(plan.errors[0]?.message).not.toContain('hunter2');
    expect(plan.before).toEqual([]);
    expect(plan.after).toEqual([]);
  });

  it.each([
    ['truncated JSON', '{"format_version":"1.2","resource_changes":[', /unexpected end of input at line 1/],
    ['Terraform error output', 'Error: No configuration files\n', /looks like Terraform error output/],
    [
      'the "terraform plan -json" log',
      '{"@level":"info","@message":"Terraform 1.9.8","type":"version"}\n{"@level":"info"}\n',
      /log of "terraform plan -json"/,
    ],
    ['an empty file', '', /empty/],
    ['a JSON array', '[1, 2]', /not a Terraform plan: the JSON is not an object/],
    [
      'Terraform state',
      '{"format_version":"1.0","terraform_version":"1.9.8","values":{"root_module":{}}}',
      /Terraform state/,
    ],
    ['JSON configuration', '{"resource":{"aws_s3_bucket":{"b":{}}}}', /Terraform JSON configuration/],
    ['some other JSON', '{"name":"rootguard"}', /not a Terraform plan: no format_version/],
  ])('%s is a clear error', async (_name, content, message) => {
    const plan = await loadWritten({ 'plan.json': content });
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]).toMatchObject({ file: 'plan.json', message: expect.stringMatching(message) });
  });

  it('reports a missing file', async () => {
    const plan = await loadPlan('no-such-plan.json', root);
    expect(plan.errors).toEqual([
      { file: 'no-such-plan.json', message: expect.stringMatching(/cannot read plan file: ENOENT/) },
    ]);
  });

  it('warns about an unknown format_version major and still reads the plan', async () => {
    const doc = JSON.parse(fixtureText('features-lose-root-sessions')) as Record<string, unknown>;
    const plan = await loadWritten({ 'plan.json': JSON.stringify({ ...doc, format_version: '2.0' }) });
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toEqual([
      expect.stringMatching(/^plan\.json: plan format_version "2\.0" is not one RootGuard knows/),
    ]);
    expect(get(plan.after, 'aws_iam_organizations_features.root').values.enabled_features).toEqual([
      'RootCredentialsManagement',
    ]);
  });

  it('warns about organization resources changed outside Terraform (resource_drift)', async () => {
    const doc = JSON.parse(fixtureText('scp-attachment-widened')) as Record<string, unknown>;
    const drift = [
      {
        address: 'aws_organizations_policy_attachment.legacy',
        mode: 'managed',
        type: 'aws_organizations_policy_attachment',
        name: 'legacy',
        provider_name: 'registry.terraform.io/hashicorp/aws',
        change: {
          actions: ['delete'],
          before: {
            id: 'ou-k7x2-wl8f3n2a:p-4r7kq2xz9m',
            policy_id: 'p-4r7kq2xz9m',
            skip_destroy: null,
            target_id: 'ou-k7x2-wl8f3n2a',
          },
          after: null,
          after_unknown: {},
          before_sensitive: {},
          after_sensitive: false,
        },
      },
      {
        address: 'aws_s3_bucket.logs',
        mode: 'managed',
        type: 'aws_s3_bucket',
        name: 'logs',
        provider_name: 'registry.terraform.io/hashicorp/aws',
        change: {
          actions: ['update'],
          before: {},
          after: {},
          after_unknown: {},
          before_sensitive: {},
          after_sensitive: {},
        },
      },
    ];
    const plan = loadPlanText(JSON.stringify({ ...doc, resource_drift: drift }), 'plan.json');
    expect(plan.errors).toEqual([]);
    expect(plan.warnings).toEqual([
      'plan.json: aws_organizations_policy_attachment.legacy was deleted outside Terraform since the last apply (resource_drift)',
    ]);
    // "before" is the refreshed state: what drifted away is not there.
    expect(addresses(plan.before)).not.toContain('aws_organizations_policy_attachment.legacy');
  });

  it('warns about an errored plan and checks what it holds', async () => {
    const plan = await load('errored');
    expect(plan.warnings).toEqual([expect.stringMatching(/errored: true/)]);
    expect(addresses(plan.after)).toEqual([
      'aws_iam_organizations_features.root',
      'aws_organizations_organization.org',
    ]);
  });
});

describe('providers', () => {
  it('reads provider_config: name, alias, module, constants and references', () => {
    const plan = loadPlanText(
      JSON.stringify({
        format_version: '1.2',
        planned_values: { root_module: {} },
        configuration: {
          provider_config: {
            aws: {
              name: 'aws',
              full_name: 'registry.terraform.io/hashicorp/aws',
              expressions: { region: { constant_value: 'us-east-1' } },
            },
            'aws.audit': {
              name: 'aws',
              full_name: 'registry.terraform.io/hashicorp/aws',
              alias: 'audit',
              expressions: {
                region: { constant_value: 'eu-west-1' },
                assume_role: [{ role_arn: { references: ['aws_iam_role.audit.arn', 'aws_iam_role.audit'] } }],
              },
            },
            'module.member:aws': {
              name: 'aws',
              full_name: 'registry.terraform.io/hashicorp/aws',
              module_address: 'module.member',
            },
          },
          root_module: {},
        },
      }),
      'plan.json',
    );
    expect(plan.errors).toEqual([]);
    expect(plan.providers.map((p) => [p.name, p.alias, p.module])).toEqual([
      ['aws', undefined, ''],
      ['aws', 'audit', ''],
      ['aws', undefined, 'module.member'],
    ]);
    const audit = plan.providers[1];
    expect(audit?.values.region).toBe('eu-west-1');
    const roles = audit?.values.assume_role as { role_arn: Value }[];
    expect(unknownAt(roles[0]?.role_arn).refs).toEqual([{ address: 'aws_iam_role.audit', path: ['arn'] }]);
  });
});

describe('mapPlanLocations', () => {
  function hcl(address: string, line: number): Resource {
    return {
      address,
      mode: 'managed',
      type: 'aws_organizations_policy',
      name: 'x',
      module: '',
      values: {},
      location: { file: 'org/scp.tf', line },
      attributeLines: { content: line + 2 },
      origin: 'hcl',
    };
  }

  it('takes the declaring block’s lines, keeping the full plan address', async () => {
    const plan = await load('module-nested-scp');
    const mapped = mapPlanLocations(plan.after, [
      hcl('module.guardrails.aws_organizations_policy.deny_root', 4),
      hcl('aws_organizations_organization.org', 1),
    ]);
    expect(get(mapped, 'module.guardrails.aws_organizations_policy.deny_root')).toMatchObject({
      location: { file: 'org/scp.tf', line: 4 },
      attributeLines: { content: 6 },
      origin: 'plan',
      action: 'update',
    });
    expect(get(mapped, 'aws_organizations_organizational_unit.sandbox').location.file).toBe(
      '__fixtures__/plans/module-nested-scp.json',
    );
  });

  it('strips instance keys the HCL path could not expand', () => {
    const base = (address: string): Resource => ({
      ...hcl(address, 1),
      origin: 'plan',
      location: { file: 'plan.json', line: 1 },
    });
    const mapped = mapPlanLocations(
      [base('module.a["x"].aws_x.y["k]."]'), base('aws_x.z[2]'), base('aws_x.w[0]')],
      [hcl('module.a.aws_x.y["k]."]', 10), hcl('aws_x.z', 20), hcl('aws_x.w[0]', 30), hcl('aws_x.w', 40)],
    );
    expect(mapped.map((r) => [r.address, r.location.line])).toEqual([
      ['module.a["x"].aws_x.y["k]."]', 10],
      ['aws_x.z[2]', 20],
      ['aws_x.w[0]', 30],
    ]);
  });
});
