import { describe, expect, it } from '@jest/globals';
import { scan } from '../../src/scan.js';
import type { HclParser } from '../../src/load/hcl.js';
import { rules } from '../../src/rules/index.js';
import { writeTree } from '../helpers/sources.js';
import { FEATURES, ORG, ROOT_ID, attach, jsonencodeScp } from '../helpers/terraform.js';

const GUARDRAIL_RULES = rules.filter((r) => ['RG002', 'RG003', 'RG004'].includes(r.id));
const SCP = jsonencodeScp('deny_root');
const ATTACHMENT = attach('deny_root', 'aws_organizations_policy.deny_root.id', ROOT_ID);

function removed(from: string, destroy: boolean): string {
  return `removed {\n  from = ${from}\n\n  lifecycle {\n    destroy = ${destroy}\n  }\n}\n`;
}

async function scanTree(files: Record<string, string>, parser: HclParser) {
  const tree = writeTree(files);
  try {
    return await scan({ paths: [tree.dir], cwd: tree.dir, parser, jobs: 1, rules: GUARDRAIL_RULES });
  } finally {
    tree.cleanup();
  }
}

const verdicts = (result: Awaited<ReturnType<typeof scan>>) => ({
  errors: result.errors,
  findings: result.findings.map((f) => `${f.ruleId} ${f.location?.file}:${f.location?.line}`),
  unverified: result.unverified.map((u) => `${u.ruleId} ${u.reason}`),
});

describe.each<HclParser>(['native', 'hcl2json'])('removed blocks (%s parser)', (parser) => {
  it('an attachment removed with destroy = false stays in AWS: its coverage is unverified, not "not attached"', async () => {
    const result = verdicts(
      await scanTree(
        {
          'main.tf': ORG + FEATURES + SCP,
          'moved.tf': removed('aws_organizations_policy_attachment.deny_root', false),
        },
        parser,
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.unverified).toEqual([
      expect.stringMatching(
        /^RG002 .*aws_organizations_policy_attachment\.deny_root was removed from the configuration with lifecycle destroy = false: it stays in AWS/,
      ),
    ]);
  });

  it('removed with destroy = true destroys it: the SCP is attached to nothing', async () => {
    const result = verdicts(
      await scanTree(
        {
          'main.tf': ORG + FEATURES + SCP,
          'moved.tf': removed('aws_organizations_policy_attachment.deny_root', true),
        },
        parser,
      ),
    );
    expect(result.findings).toEqual(['RG002 main.tf:9']);
    expect(result.unverified).toEqual([]);
  });

  it('the features kept in AWS are not a missing aws_iam_organizations_features', async () => {
    const without = verdicts(await scanTree({ 'main.tf': ORG + SCP + ATTACHMENT }, parser));
    expect(without.findings).toEqual(['RG004 main.tf:1']);
    const kept = verdicts(
      await scanTree(
        {
          'main.tf': ORG + SCP + ATTACHMENT,
          'moved.tf': `# now managed by the security stack\n${removed('aws_iam_organizations_features.root', false)}`,
        },
        parser,
      ),
    );
    expect(kept.errors).toEqual([]);
    expect(kept.findings).toEqual([]);
    expect(kept.unverified).toEqual([expect.stringMatching(/^RG004 .*enabled_features is not known/)]);
  });

  it('a module call kept in AWS may hold the root-deny SCP; a resource of another type changes nothing', async () => {
    const result = verdicts(
      await scanTree(
        {
          'main.tf': ORG + FEATURES,
          'moved.tf': removed('module.guardrails', false) + removed('aws_s3_bucket.logs', false),
        },
        parser,
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.unverified).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^RG002 no SCP in the scanned sources denies the root user, but module\.guardrails was removed from the configuration but left in AWS/,
        ),
        '* module.guardrails was removed from the configuration with lifecycle destroy = false: it stays in AWS, managed outside Terraform',
      ]),
    );
    expect(result.unverified).toHaveLength(2);
  });

  it('an organization kept in AWS is one managed elsewhere, not one declared here', async () => {
    const result = verdicts(
      await scanTree(
        { 'main.tf': FEATURES, 'moved.tf': removed('aws_organizations_organization.org', false) },
        parser,
      ),
    );
    expect(result.findings).toEqual([]);
    expect(result.unverified).toEqual([
      expect.stringMatching(
        /^RG002 no SCP in the scanned sources denies the root user, but they do not declare the organization/,
      ),
      expect.stringMatching(/^RG004 trusted access for iam\.amazonaws\.com cannot be checked/),
    ]);
  });

  it('reads removed blocks of .tf.json files too', async () => {
    const result = verdicts(
      await scanTree(
        {
          'main.tf': ORG + FEATURES + SCP,
          'moved.tf.json': JSON.stringify({
            removed: [
              { from: 'aws_organizations_policy_attachment.deny_root', lifecycle: [{ destroy: false }] },
            ],
          }),
        },
        parser,
      ),
    );
    expect(result.findings).toEqual([]);
    expect(result.unverified).toEqual([expect.stringMatching(/^RG002 .*was removed from the configuration/)]);
  });
});
