// Plan throughput: `node dist/cli.js scan --plan <file> --format json` on a synthetic
// `terraform show -json` plan (default 100,000 resource changes, ~200 MB, nested for_each/count
// modules, many values known only after apply, sensitive values, an organization with thousands
// of accounts), against the physical floor: a Node process that reads the same file and
// JSON.parses it. Time and peak RSS of both are measured the same way, in the same run.
//
// Usage: node bench/plan.bench.mjs [--resources N] [--runs N] [--seed N] [--cli PATH]
//                                  [--plan FILE] [--keep FILE] [--readers default,whole,stream]
//   --plan FILE     measure an existing plan instead of generating one
//   --keep FILE     write the generated plan to FILE and leave it there
//   --readers LIST  the plan readers to measure: the CLI's own choice for the file's size, the
//                   whole-text reader, the streaming reader (default: default,whole)
// Every figure is the best of --runs runs (default 3), floor and scans taking turns.
// Prints one JSON object per measurement and line (the protocol bench/run.mjs reads).
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { measureNode, rssSource } from './measure.mjs';
import { prng } from './prng.mjs';

const PROVIDER = 'registry.terraform.io/hashicorp/aws';
const TEAMS = 40;
const SERVICES = 4;
const GENERIC_TYPES = [
  'aws_s3_bucket',
  'aws_iam_role',
  'aws_instance',
  'aws_security_group',
  'aws_lambda_function',
];
const NAMES_PER_MODULE = 12;

/** The module instances, in the order planned_values lists them (parents before children). */
function moduleLayout() {
  const modules = [
    { address: '', call: [] },
    { address: 'module.org', call: ['org'] },
  ];
  for (let t = 0; t < TEAMS; t++) {
    const team = `module.team["t${String(t).padStart(2, '0')}"]`;
    modules.push({ address: team, call: ['team'] });
    for (let s = 0; s < SERVICES; s++)
      modules.push({ address: `${team}.module.svc[${s}]`, call: ['team', 'svc'] });
  }
  return modules;
}

/**
 * One resource instance, regenerated from (seed, index) alone so that the three sections that
 * repeat it (resource_changes, planned_values, prior_state) can be written one after another
 * without holding 100,000 resources in memory.
 */
function instance(seed, i, layout) {
  const rand = prng(seed * 1_000_003 + i);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');
  const digits = (n) => Array.from({ length: n }, () => String(Math.floor(rand() * 10))).join('');
  const { module, local } = layout.place(i);
  const roll = rand();
  // The organization is stable (accounts come and go); the workloads churn.
  const stable = module.address === 'module.org' && local < 502;
  const action = stable
    ? ['no-op']
    : roll < 0.6
      ? ['no-op']
      : roll < 0.8
        ? ['update']
        : roll < 0.95
          ? ['create']
          : roll < 0.98
            ? ['delete']
            : ['create', 'delete'];
  let type;
  let name;
  let index;
  let values;
  let unknown = {};
  let sensitive = {};
  if (module.address === 'module.org') {
    ({ type, name, index, values, unknown } = orgInstance(local, { digits, rand, pick }));
  } else {
    type = GENERIC_TYPES[local % GENERIC_TYPES.length];
    name = `r${Math.floor(local / GENERIC_TYPES.length) % NAMES_PER_MODULE}`;
    const n = Math.floor(local / (GENERIC_TYPES.length * NAMES_PER_MODULE));
    index = n % 2 === 0 ? n : `k${n}`;
    values = genericValues(type, { hex, digits, rand, pick });
    if (rand() < 0.3) sensitive = { tags: { owner: true } };
  }
  const address = `${module.address === '' ? '' : `${module.address}.`}${type}.${name}${index === undefined ? '' : typeof index === 'number' ? `[${index}]` : `["${index}"]`}`;
  const creating = action[0] === 'create';
  const after = { ...values };
  if (creating || action[0] === 'update') {
    // Computed attributes of new objects are absent from `after` and `true` in after_unknown.
    for (const key of ['id', 'arn']) {
      if (creating && key in after) {
        delete after[key];
        unknown[key] = true;
      }
    }
    if (action[0] === 'update' && after.tags) after.tags = { ...after.tags, revision: hex(6) };
  }
  return {
    module,
    type,
    name,
    index,
    address,
    action,
    before: creating ? null : values,
    after,
    unknown,
    sensitive,
  };
}

function orgInstance(local, { digits, rand, pick }) {
  if (local === 0)
    return {
      type: 'aws_organizations_organization',
      name: 'org',
      values: {
        id: 'o-k7x2m4p9qa',
        arn: 'arn:aws:organizations::111111111111:organization/o-k7x2m4p9qa',
        feature_set: 'ALL',
        aws_service_access_principals: ['iam.amazonaws.com', 'sso.amazonaws.com'],
        enabled_policy_types: ['SERVICE_CONTROL_POLICY'],
        roots: [
          { id: 'r-k7x2', name: 'Root', arn: 'arn:aws:organizations::111111111111:root/o-k7x2m4p9qa/r-k7x2' },
        ],
      },
      unknown: {},
    };
  if (local === 1)
    return {
      type: 'aws_iam_organizations_features',
      name: 'root',
      values: { id: 'o-k7x2m4p9qa', enabled_features: ['RootCredentialsManagement', 'RootSessions'] },
      unknown: {},
    };
  const k = local - 2;
  if (k < 200)
    return {
      type: 'aws_organizations_organizational_unit',
      name: 'ou',
      index: `ou${k}`,
      values: {
        id: `ou-k7x2-${String(k).padStart(8, '0')}`,
        name: `ou${k}`,
        parent_id: 'r-k7x2',
        tags: { team: `t${k % TEAMS}` },
      },
      unknown: {},
    };
  if (k < 250) {
    const p = k - 200;
    const statement =
      p === 0
        ? {
            Sid: 'DenyRootUser',
            Effect: 'Deny',
            Action: '*',
            Resource: '*',
            Condition: {
              ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' },
              Null: { 'aws:AssumedRoot': 'true' },
            },
          }
        : { Sid: `Guard${p}`, Effect: 'Deny', Action: [pick(['s3:*', 'ec2:*', 'kms:*'])], Resource: '*' };
    return {
      type: 'aws_organizations_policy',
      name: 'scp',
      index: `p${p}`,
      values: {
        id: policyId(p),
        name: `guard-${p}`,
        type: 'SERVICE_CONTROL_POLICY',
        content: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }),
      },
      unknown: {},
    };
  }
  if (k < 500) {
    const a = k - 250;
    const policy = a === 0 ? 0 : 1 + (a % 49);
    const target = a === 0 ? 'r-k7x2' : `ou-k7x2-${String(a % 200).padStart(8, '0')}`;
    return {
      type: 'aws_organizations_policy_attachment',
      name: 'att',
      index: `a${a}`,
      // The root-deny SCP (p0) on the root; the other guardrails on OUs.
      values: { id: `${target}:${policyId(policy)}`, policy_id: policyId(policy), target_id: target },
      unknown: {},
    };
  }
  const acct = k - 500;
  return {
    type: 'aws_organizations_account',
    name: 'acct',
    index: `acct${acct}`,
    values: {
      id: digits(12),
      arn: `arn:aws:organizations::111111111111:account/o-k7x2m4p9qa/${digits(12)}`,
      name: `account-${acct}`,
      email: `aws+${acct}@example.com`,
      parent_id: `ou-k7x2-${String(acct % 200).padStart(8, '0')}`,
      status: 'ACTIVE',
      tags: { team: `t${acct % TEAMS}` },
    },
    unknown: rand() < 0.1 ? { tags_all: true } : {},
  };
}

function policyId(p) {
  return `p-${String(p).padStart(8, '0')}`;
}

function genericValues(type, { hex, digits, rand, pick }) {
  const tags = {
    Name: `res-${hex(6)}`,
    team: pick(['platform', 'payments', 'search', 'data']),
    owner: `o-${hex(4)}`,
  };
  const account = digits(12);
  switch (type) {
    case 'aws_s3_bucket': {
      const bucket = `bucket-${hex(12)}`;
      return {
        id: bucket,
        bucket,
        tags,
        versioning: [{ enabled: true, mfa_delete: false }],
        server_side_encryption_configuration: [
          {
            rule: [
              {
                apply_server_side_encryption_by_default: [
                  { sse_algorithm: 'aws:kms', kms_master_key_id: 'alias/aws/s3' },
                ],
              },
            ],
          },
        ],
        policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: `arn:aws:iam::${account}:root` },
              Action: 's3:GetObject',
              Resource: '*',
            },
          ],
        }),
      };
    }
    case 'aws_iam_role': {
      const name = `role-${hex(10)}`;
      return {
        id: name,
        arn: `arn:aws:iam::${account}:role/${name}`,
        name,
        max_session_duration: 3600,
        assume_role_policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
        managed_policy_arns: [
          `arn:aws:iam::${account}:policy/p-${hex(6)}`,
          'arn:aws:iam::aws:policy/ReadOnlyAccess',
        ],
        tags,
      };
    }
    case 'aws_instance':
      return {
        id: `i-${hex(17)}`,
        ami: `ami-${hex(17)}`,
        instance_type: pick(['t3.micro', 'm5.large', 'c6g.xlarge']),
        subnet_id: `subnet-${hex(17)}`,
        vpc_security_group_ids: [`sg-${hex(17)}`],
        root_block_device: [
          {
            volume_size: 20 + Math.floor(rand() * 100),
            volume_type: 'gp3',
            encrypted: true,
            delete_on_termination: true,
          },
        ],
        tags,
      };
    case 'aws_security_group':
      return {
        id: `sg-${hex(17)}`,
        name: `sg-${hex(8)}`,
        vpc_id: `vpc-${hex(17)}`,
        ingress: [
          {
            from_port: 443,
            to_port: 443,
            protocol: 'tcp',
            cidr_blocks: ['10.0.0.0/8'],
            description: 'https',
            self: false,
          },
        ],
        tags,
      };
    default:
      return {
        id: `fn-${hex(10)}`,
        function_name: `fn-${hex(10)}`,
        runtime: pick(['nodejs20.x', 'python3.12']),
        memory_size: 128 * (1 + Math.floor(rand() * 8)),
        timeout: 30,
        role: `arn:aws:iam::${account}:role/lambda-${hex(6)}`,
        environment: [{ variables: { STAGE: 'prod', TABLE: `table-${hex(8)}` } }],
        tags,
      };
  }
}

/** Which module instance, and which resource within it, the i-th instance belongs to. */
function placement(resources) {
  const modules = moduleLayout();
  // The organization (a few thousand accounts, OUs, SCPs) lives in module.org; the rest is spread evenly.
  const orgCount = Math.min(2_500, Math.max(3, Math.floor(resources * 0.025)));
  const others = modules.length - 1;
  const perModule = Math.floor((resources - orgCount) / others);
  let extra = resources - orgCount - perModule * others;
  const ranges = [];
  let start = 0;
  for (const module of modules) {
    let count = module.address === 'module.org' ? orgCount : perModule;
    if (module.address !== 'module.org' && extra > 0) {
      count++;
      extra--;
    }
    ranges.push({ module, start, count });
    start += count;
  }
  return {
    modules,
    ranges,
    place(i) {
      for (const r of ranges) if (i < r.start + r.count) return { module: r.module, local: i - r.start };
      throw new Error(`instance ${i} out of range`);
    },
  };
}

/** Buffered writes straight to a file descriptor: the plan is never one string in this process. */
function writer(file) {
  const fd = openSync(file, 'w');
  let chunks = [];
  let size = 0;
  return {
    write(text) {
      chunks.push(text);
      size += text.length;
      if (size > 1 << 20) this.flush();
    },
    flush() {
      if (chunks.length > 0) writeSync(fd, chunks.join(''));
      chunks = [];
      size = 0;
    },
    close() {
      this.flush();
      closeSync(fd);
    },
  };
}

function stateResource(r, values, sensitive) {
  return {
    address: r.address,
    mode: 'managed',
    type: r.type,
    name: r.name,
    ...(r.index !== undefined ? { index: r.index } : {}),
    provider_name: PROVIDER,
    schema_version: 0,
    values,
    sensitive_values: sensitive,
  };
}

/** Writes a module tree (planned_values or prior_state) of the instances `valuesOf` keeps. */
function writeStateTree(out, seed, layout, valuesOf) {
  const writeModule = (moduleIndex) => {
    const module = layout.modules[moduleIndex];
    const range = layout.ranges[moduleIndex];
    out.write(
      module.address === '' ? '{"resources":[' : `{"address":${JSON.stringify(module.address)},"resources":[`,
    );
    let first = true;
    for (let i = range.start; i < range.start + range.count; i++) {
      const r = instance(seed, i, layout);
      const kept = valuesOf(r);
      if (!kept) continue;
      out.write((first ? '' : ',') + JSON.stringify(stateResource(r, kept.values, kept.sensitive)));
      first = false;
    }
    out.write(']');
    const children = layout.modules
      .map((m, index) => ({ m, index }))
      .filter(({ m }) => m.address !== module.address && parentOf(m.address) === module.address);
    if (children.length > 0) {
      out.write(',"child_modules":[');
      children.forEach(({ index }, n) => {
        if (n > 0) out.write(',');
        writeModule(index);
      });
      out.write(']');
    }
    out.write('}');
  };
  writeModule(0);
}

function parentOf(address) {
  if (address === '') return undefined;
  const at = address.lastIndexOf('.module.');
  return at < 0 ? '' : address.slice(0, at);
}

function configuration() {
  const resourceConfig = (type, name, expressions) => ({
    address: `${type}.${name}`,
    mode: 'managed',
    type,
    name,
    provider_config_key: 'aws',
    expressions,
    schema_version: 0,
  });
  const generic = [];
  for (const type of GENERIC_TYPES)
    for (let n = 0; n < NAMES_PER_MODULE; n++)
      generic.push(
        resourceConfig(type, `r${n}`, {
          tags: { references: ['var.tags'] },
          name: { references: ['var.name', `local.prefix`] },
        }),
      );
  const org = [
    resourceConfig('aws_organizations_organization', 'org', { feature_set: { constant_value: 'ALL' } }),
    resourceConfig('aws_iam_organizations_features', 'root', {
      enabled_features: { constant_value: ['RootCredentialsManagement', 'RootSessions'] },
    }),
    resourceConfig('aws_organizations_organizational_unit', 'ou', {
      parent_id: {
        references: [
          'aws_organizations_organization.org.roots[0].id',
          'aws_organizations_organization.org.roots[0]',
          'aws_organizations_organization.org.roots',
          'aws_organizations_organization.org',
        ],
      },
    }),
    resourceConfig('aws_organizations_policy', 'scp', { content: { references: ['each.value'] } }),
    resourceConfig('aws_organizations_policy_attachment', 'att', {
      policy_id: { references: ['aws_organizations_policy.scp', 'each.value.policy'] },
      target_id: { references: ['aws_organizations_organizational_unit.ou', 'each.value.target'] },
    }),
    resourceConfig('aws_organizations_account', 'acct', {
      parent_id: { references: ['aws_organizations_organizational_unit.ou', 'each.value.ou'] },
      tags_all: { references: ['var.tags'] },
    }),
  ];
  return {
    provider_config: {
      aws: {
        name: 'aws',
        full_name: PROVIDER,
        version_constraint: '~> 5.80',
        expressions: { region: { constant_value: 'us-east-1' } },
      },
    },
    root_module: {
      module_calls: {
        org: { source: './org', module: { resources: org, variables: { tags: { default: {} } } } },
        team: {
          source: './team',
          for_each_expression: { references: ['local.teams'] },
          expressions: { tags: { references: ['local.tags'] } },
          module: {
            resources: generic,
            module_calls: {
              svc: {
                source: './svc',
                count_expression: { constant_value: SERVICES },
                expressions: { tags: { references: ['var.tags'] } },
                module: { resources: generic, variables: { tags: {}, name: {} } },
              },
            },
            variables: { tags: {}, name: {} },
          },
        },
      },
      resources: generic,
    },
  };
}

/** Writes the plan and returns its size; deterministic for a given (seed, resources). */
export function generatePlan(file, { seed = 42, resources = 100_000 } = {}) {
  const layout = placement(resources);
  const out = writer(file);
  out.write(
    '{"format_version":"1.2","terraform_version":"1.9.8","variables":{"tags":{"value":{"team":"platform"}}},',
  );
  out.write('"planned_values":{"root_module":');
  writeStateTree(out, seed, layout, (r) =>
    r.action[0] === 'delete' ? undefined : { values: r.after, sensitive: r.sensitive },
  );
  out.write('},"resource_changes":[');
  for (let i = 0; i < resources; i++) {
    const r = instance(seed, i, layout);
    const change = {
      address: r.address,
      ...(r.module.address !== '' ? { module_address: r.module.address } : {}),
      mode: 'managed',
      type: r.type,
      name: r.name,
      ...(r.index !== undefined ? { index: r.index } : {}),
      provider_name: PROVIDER,
      change: {
        actions: r.action,
        before: r.before,
        after: r.action[0] === 'delete' ? null : r.after,
        after_unknown: r.unknown,
        before_sensitive: r.before ? r.sensitive : false,
        after_sensitive: r.action[0] === 'delete' ? false : r.sensitive,
      },
    };
    out.write((i === 0 ? '' : ',') + JSON.stringify(change));
  }
  out.write('],"prior_state":{"format_version":"1.0","terraform_version":"1.9.8","values":{"root_module":');
  writeStateTree(out, seed, layout, (r) =>
    r.before ? { values: r.before, sensitive: r.sensitive } : undefined,
  );
  out.write('}},"configuration":');
  out.write(JSON.stringify(configuration()));
  out.write(`,"timestamp":"2025-03-14T09:26:53Z","applyable":true,"complete":true,"errored":false}\n`);
  out.close();
  return statSync(file).size;
}

// The floor: the least any reader of this file must do (read it, parse the JSON), in a fresh
// Node process as the CLI runs in one, so start-up counts on both sides.
const FLOOR = `const text = require('node:fs').readFileSync(process.argv[1], 'utf8'); JSON.parse(text);`;

async function main() {
  const { values } = parseArgs({
    options: {
      resources: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '42' },
      cli: { type: 'string', default: 'dist/cli.js' },
      plan: { type: 'string' },
      keep: { type: 'string' },
      readers: { type: 'string', default: 'default,whole' },
    },
  });
  const cli = path.resolve(values.cli);
  const runs = Number(values.runs);
  const resources = Number(values.resources);
  const generated = values.plan === undefined;
  const file = values.plan ?? values.keep ?? path.join(tmpdir(), `rootguard-bench-plan-${process.pid}.json`);
  // ROOTGUARD_PLAN_STREAM_BYTES moves the size from which the CLI streams a plan.
  const readers = {
    default: { label: '', env: {} },
    whole: {
      label: ' (whole-text reader)',
      env: { ROOTGUARD_PLAN_STREAM_BYTES: String(Number.MAX_SAFE_INTEGER) },
    },
    stream: { label: ' (streaming reader)', env: { ROOTGUARD_PLAN_STREAM_BYTES: '0' } },
  };
  const modes = values.readers.split(',').map((name) => {
    const mode = readers[name.trim()];
    if (!mode) throw new Error(`unknown reader "${name}"; expected default, whole or stream`);
    return { name: name.trim(), ...mode };
  });
  const report = `${file}.report.json`;
  try {
    if (generated) generatePlan(file, { seed: Number(values.seed), resources });
    const sizeBytes = statSync(file).size;
    // Floor and scans take turns, so that both see the same load on a shared machine.
    let floor;
    const scans = new Map();
    for (let i = 0; i < runs; i++) {
      const f = measureNode(['-e', FLOOR, file]);
      if (f.status !== 0) throw new Error(`the floor process failed: ${f.stderr.slice(0, 500)}`);
      if (!floor || f.seconds < floor.seconds) floor = f;
      for (const mode of modes) {
        const args = [
          cli,
          'scan',
          '--plan',
          file,
          '--format',
          'json',
          '--fail-on',
          'none',
          '--output',
          report,
        ];
        const scan = measureNode(args, { env: mode.env });
        if (scan.status !== 0)
          throw new Error(`the scan exited ${scan.status}: ${scan.stderr.slice(0, 2000)}`);
        const result = JSON.parse(readFileSync(report, 'utf8'));
        const kept = scans.get(mode.name);
        if (!kept || scan.seconds < kept.seconds) scans.set(mode.name, { ...scan, result });
      }
    }
    for (const mode of modes) {
      const scan = scans.get(mode.name);
      const line = {
        bench: 'plan',
        input: `${generated ? `synthetic plan, ${resources} resource changes` : path.basename(file)}${mode.label}`,
        reader: mode.name,
        sizeBytes,
        seconds: round(scan.seconds),
        mbPerSec: round(sizeBytes / 1e6 / scan.seconds),
        floorSeconds: round(floor.seconds),
        ratio: round(scan.seconds / floor.seconds),
        peakRssBytes: scan.peakRssBytes,
        floorPeakRssBytes: floor.peakRssBytes,
        rssToFileSize: scan.peakRssBytes === null ? null : round(scan.peakRssBytes / sizeBytes),
        rssSource,
        findings: scan.result.findings.length,
        unverified: scan.result.unverified.length,
        errors: scan.result.errors.length,
        runs,
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  } finally {
    rmSync(report, { force: true });
    if (generated && values.keep === undefined) rmSync(file, { force: true });
  }
}

function round(x) {
  return Math.round(x * 1000) / 1000;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}
