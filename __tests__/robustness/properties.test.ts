/**
 * Whatever the input, a scan resolves (never rejects, never hangs) and says the same thing every
 * time: random HCL-ish text and random plan-shaped JSON, each scanned twice, must give
 * byte-identical JSON reports. Plans are scanned once with each reader (whole text, streaming),
 * which must agree too. Inputs are small and runs few, so the suite stays fast.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { renderJson } from '../../src/report/json.js';
import { scan, type ScanResult } from '../../src/scan.js';
import { writeTree } from '../helpers/sources.js';

/** 50 by default; PROPERTY_RUNS=2000 for a longer hunt. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 50);
/** Per scan: a guard against a hang, far above what a scan of these inputs takes. */
const HANG_GUARD_MS = 20_000;

async function withinGuard<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not finish within ${HANG_GUARD_MS} ms`)),
      HANG_GUARD_MS,
    );
  });
  try {
    return await Promise.race([work, guard]);
  } finally {
    clearTimeout(timer);
  }
}

const TOKENS = [
  'resource "aws_organizations_policy" "p" {',
  'resource "aws_organizations_organization" "org" {',
  'resource "aws_iam_access_key" "k" {',
  'provider "aws" {',
  'variable "v" {',
  'locals {',
  'module "m" {',
  'data "aws_iam_policy_document" "d" {',
  'statement {',
  'dynamic "statement" {',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '=',
  ',',
  ':',
  '?',
  '...',
  'content = jsonencode({',
  '})',
  'feature_set = "ALL"',
  'user = "root"',
  'secret_key = "abc"',
  'source = "./m"',
  'source = "../.."',
  'default = "x"',
  'count = 2',
  'for_each = toset(["a", "b"])',
  'target_id = aws_organizations_organization.org.roots[0].id',
  '"str"',
  '"${var.v}"',
  '"%{ if true }x%{ endif }"',
  '${',
  '%{',
  '<<EOF\n',
  'EOF\n',
  '<<-EOT\n',
  '  EOT\n',
  '# comment\n',
  '// comment\n',
  '/* comment */',
  '/*',
  '*/',
  'var.v',
  'local.x',
  'each.key',
  'count.index',
  '[for x in var.v : x]',
  'file("missing.txt")',
  'nosuchfunction(1)',
  '1',
  '-1.5e3',
  'true',
  'null',
  '"é😀"',
  '"\\u0041"',
  '\\',
  '"',
  '\u0000',
];

const hclText = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(' ', '\n', '\n  ', '')), { maxLength: 60 })
  .map((parts) => parts.map(([token, space]) => token + space).join(''));

function count(seen: { errors: number; clean: number; findings: number }, result: ScanResult): void {
  if (result.errors.length > 0) seen.errors++;
  else seen.clean++;
  if (result.findings.length > 0) seen.findings++;
}

/** Known to parse and to find something: the generators' first examples. */
const CLEAN_HCL = 'resource "aws_iam_access_key" "k" {\n  user = "root"\n}\n';
const CLEAN_PLAN = {
  format_version: '1.2',
  resource_changes: [
    {
      address: 'aws_iam_access_key.k',
      type: 'aws_iam_access_key',
      change: { actions: ['create'], after: { user: 'root' } },
    },
  ],
};

/** What a scan says, as the JSON report (the contract), for comparing runs. */
function report(result: ScanResult): string {
  return renderJson(result);
}

describe('properties of a scan', () => {
  it(
    'random HCL-ish text: the scan resolves and is deterministic',
    async () => {
      const seen = { errors: 0, clean: 0, findings: 0 };
      await fc.assert(
        fc.asyncProperty(hclText, hclText, async (main, other) => {
          const tree = writeTree({ 'main.tf': main, 'm/other.tf': other });
          try {
            const options = {
              paths: ['.'],
              cwd: tree.dir,
              config: false as const,
              now: new Date('2026-01-01'),
            };
            const first = await withinGuard(scan(options), 'scan');
            const second = await withinGuard(scan(options), 'scan');
            expect(report(second)).toBe(report(first));
            count(seen, first);
          } finally {
            tree.cleanup();
          }
        }),
        { numRuns: RUNS, examples: [[CLEAN_HCL, '']] },
      );
      // The generator reaches both sides: input that parses (and finds something) and input that does not.
      expect(seen.errors).toBeGreaterThan(0);
      expect(seen.clean).toBeGreaterThan(0);
      expect(seen.findings).toBeGreaterThan(0);
    },
    RUNS * 2 * HANG_GUARD_MS,
  );

  it(
    'random plan-shaped JSON: the scan resolves, is deterministic, and both plan readers agree',
    async () => {
      const seen = { errors: 0, clean: 0, findings: 0 };
      await fc.assert(
        fc.asyncProperty(planDocument, fc.boolean(), async (plan, pretty) => {
          const tree = writeTree({ 'plan.json': JSON.stringify(plan, null, pretty ? 2 : undefined) });
          const saved = process.env.ROOTGUARD_PLAN_STREAM_BYTES;
          try {
            const options = { paths: [], plans: ['plan.json'], cwd: tree.dir, config: false as const };
            process.env.ROOTGUARD_PLAN_STREAM_BYTES = String(Number.MAX_SAFE_INTEGER);
            const result = await withinGuard(scan(options), 'scan');
            const whole = report(result);
            count(seen, result);
            expect(report(await withinGuard(scan(options), 'scan'))).toBe(whole);
            process.env.ROOTGUARD_PLAN_STREAM_BYTES = '0';
            expect(report(await withinGuard(scan(options), 'streamed scan'))).toBe(whole);
          } finally {
            if (saved === undefined) delete process.env.ROOTGUARD_PLAN_STREAM_BYTES;
            else process.env.ROOTGUARD_PLAN_STREAM_BYTES = saved;
            tree.cleanup();
          }
        }),
        { numRuns: RUNS, examples: [[CLEAN_PLAN, false]] },
      );
      expect(seen.clean).toBeGreaterThan(0);
      expect(seen.findings).toBeGreaterThan(0);
    },
    RUNS * 3 * HANG_GUARD_MS,
  );
});

// ---------------------------------------------------------------------------------------------
// Plan-shaped JSON: the sections Terraform writes, filled with organization resources of
// random shapes (right and wrong types, unknowns, sensitive marks, odd actions and addresses).

const TYPES = [
  'aws_organizations_organization',
  'aws_organizations_policy',
  'aws_organizations_policy_attachment',
  'aws_organizations_organizational_unit',
  'aws_organizations_account',
  'aws_iam_organizations_features',
  'aws_s3_bucket_policy',
  'aws_iam_access_key',
];

const anything: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 3 });
const ids = fc.constantFrom('r-k7x2', 'ou-k7x2-aaaaaaaa', 'p-12345678', '111111111111', 'o-abc', '');
const policyText = fc.oneof(
  fc.constant(
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } },
        },
      ],
    }),
  ),
  anything.map((v) => JSON.stringify(v)),
  fc.string(),
);
const values = fc.record(
  {
    id: fc.oneof(ids, anything),
    content: policyText,
    policy: policyText,
    policy_id: ids,
    target_id: ids,
    parent_id: ids,
    feature_set: fc.constantFrom('ALL', 'CONSOLIDATED_BILLING'),
    enabled_features: fc.array(fc.constantFrom('RootCredentialsManagement', 'RootSessions', 'x')),
    aws_service_access_principals: fc.array(fc.constantFrom('iam.amazonaws.com', 'sso.amazonaws.com')),
    roots: fc.array(fc.record({ id: ids })),
    user: fc.constantFrom('root', 'alice'),
    tags: fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 })),
  },
  { requiredKeys: [] },
);
const mask: fc.Arbitrary<unknown> = fc.oneof(
  fc.boolean(),
  fc.dictionary(
    fc.constantFrom('id', 'content', 'policy', 'target_id', 'tags', 'roots', 'x'),
    fc.oneof(fc.boolean(), anything),
    {
      maxKeys: 3,
    },
  ),
  anything,
);
const address = fc.oneof(
  fc
    .tuple(
      fc.option(fc.constantFrom('module.a', 'module.b["x"]', 'module.c[0].module.d'), { nil: undefined }),
      fc.constantFrom(...TYPES),
      fc.constantFrom('x', 'y', 'root'),
      fc.option(fc.oneof(fc.nat(3), fc.constantFrom('k', 'a.b', 'q"')), { nil: undefined }),
    )
    .map(([module, type, name, key]) => {
      const local = `${type}.${name}${key === undefined ? '' : `[${JSON.stringify(key)}]`}`;
      return module ? `${module}.${local}` : local;
    }),
  fc.string({ maxLength: 12 }),
  anything,
);
const actions = fc.oneof(
  fc.constantFrom(
    ['no-op'],
    ['create'],
    ['update'],
    ['delete'],
    ['delete', 'create'],
    ['create', 'delete'],
    ['read'],
    ['forget'],
    ['create', 'forget'],
  ),
  anything,
);
const change = fc.record(
  {
    address,
    type: fc.constantFrom(...TYPES),
    deposed: fc.constantFrom(undefined, 'abcd'),
    change: fc.record(
      {
        actions,
        before: fc.oneof(values, fc.constant(null), anything),
        after: fc.oneof(values, fc.constant(null), anything),
        after_unknown: mask,
        before_sensitive: mask,
        after_sensitive: mask,
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);
const stateResource = fc.record(
  {
    address,
    mode: fc.constantFrom('managed', 'data'),
    type: fc.constantFrom(...TYPES),
    values: fc.oneof(values, anything),
    sensitive_values: mask,
    deposed_key: fc.constantFrom(undefined, null, 'k'),
  },
  { requiredKeys: [] },
);
const stateModule: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  module: fc.record(
    {
      address: fc.string({ maxLength: 8 }),
      resources: fc.oneof(fc.array(stateResource, { maxLength: 4 }), anything),
      child_modules: fc.oneof(fc.array(tie('module'), { maxLength: 2 }), anything),
    },
    { requiredKeys: [] },
  ),
})).module;
const planDocument = fc.record(
  {
    format_version: fc.oneof(fc.constantFrom('1.2', '0.1', '2.0', ''), anything),
    resource_changes: fc.oneof(fc.array(change, { maxLength: 6 }), anything),
    resource_drift: fc.oneof(fc.array(change, { maxLength: 2 }), anything),
    planned_values: fc.oneof(fc.record({ root_module: stateModule }), anything),
    prior_state: fc.oneof(fc.record({ values: fc.record({ root_module: stateModule }) }), anything),
    configuration: fc.oneof(
      fc.record({
        provider_config: fc.dictionary(
          fc.constantFrom('aws', 'aws.east', 'module.m:aws'),
          fc.record({
            name: fc.constant('aws'),
            expressions: fc.dictionary(
              fc.constantFrom('access_key', 'region'),
              fc.record({ constant_value: anything }),
            ),
          }),
        ),
        root_module: anything,
      }),
      anything,
    ),
    errored: fc.boolean(),
    complete: fc.boolean(),
  },
  { requiredKeys: ['format_version'] },
);
