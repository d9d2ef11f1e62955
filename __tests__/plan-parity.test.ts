import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { scan } from '../src/scan.js';

const root = path.resolve(import.meta.dirname, '..');
const where = (f: { ruleId: string; location?: { file: string; line: number } }) =>
  `${f.ruleId} ${f.location?.file}:${f.location?.line}`;

/** The plan is the truth for values, the HCL for lines: one Terraform, one set of findings. */
describe('HCL and its plan agree', () => {
  it('the same Terraform scanned as HCL and with its plan gives the same rule ids on the same file:line', async () => {
    const hcl = await scan({ paths: ['examples/plan'], cwd: root, config: false });
    const withPlan = await scan({
      paths: ['examples/plan'],
      plans: ['examples/plan/plan.json'],
      cwd: root,
      config: false,
    });
    expect(hcl.errors).toEqual([]);
    expect(withPlan.errors).toEqual([]);
    expect(hcl.findings.map(where).sort()).toEqual([
      'RG002 examples/plan/main.tf:18',
      'RG004 examples/plan/main.tf:36',
      'RG009 examples/plan/main.tf:7',
    ]);
    // The plan adds what only a change can show; everything else is the same finding on the same line.
    expect(
      withPlan.findings
        .filter((f) => f.ruleId !== 'RG005')
        .map(where)
        .sort(),
    ).toEqual(hcl.findings.map(where).sort());
    expect(withPlan.findings.filter((f) => f.ruleId === 'RG005').map((f) => [f.resource, f.message])).toEqual(
      [
        [
          'aws_organizations_policy_attachment.sandbox',
          expect.stringMatching(/OU "Sandbox".*loses its root-user deny/),
        ],
      ],
    );
    expect(withPlan.findings.every((f) => f.source === 'plan' || f.source === 'hcl')).toBe(true);
  });

  it('the plan alone gives the same rule ids, located at the plan with full addresses', async () => {
    const planOnly = await scan({ paths: [], plans: ['examples/plan/plan.json'], cwd: root, config: false });
    expect(planOnly.errors).toEqual([]);
    expect(planOnly.stats.files).toBe(1);
    expect(planOnly.findings.map((f) => [f.ruleId, f.resource, f.location?.file]).sort()).toEqual([
      ['RG002', 'aws_organizations_organizational_unit.sandbox', 'examples/plan/plan.json'],
      ['RG004', 'aws_iam_organizations_features.root', 'examples/plan/plan.json'],
      ['RG005', 'aws_organizations_policy_attachment.sandbox', 'examples/plan/plan.json'],
      ['RG009', 'aws_organizations_organization.org', 'examples/plan/plan.json'],
    ]);
  });

  it('module resources keep their module address in the plan and map to the module file', async () => {
    const withPlan = await scan({
      paths: ['examples/plan'],
      plans: ['examples/plan/plan.json'],
      cwd: root,
      config: false,
    });
    const policy = withPlan.findings.find((f) =>
      f.message.includes('module.guardrails.aws_organizations_policy.deny_root'),
    );
    expect(policy).toBeDefined();
  });
});
