import { describe, expect, it } from '@jest/globals';
import { load as loadYaml } from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => loadYaml(readFileSync(path.join(root, file), 'utf8')) as Workflow;

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const inputs = Object.keys(
  (loadYaml(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> })
    .inputs,
);

function steps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((j) => j.steps);
}

/** The example workflows are what users copy: they must use only inputs that exist, and upload SARIF always. */
describe.each(['examples/workflows/pull-request.yml', 'examples/workflows/live-check.yml'])('%s', (file) => {
  const workflow = read(file);
  const rootguard = steps(workflow).find((s) => s.id === 'rootguard');

  it('passes only inputs action.yml declares', () => {
    expect(rootguard?.uses).toMatch(/rootguard@/);
    for (const key of Object.keys(rootguard?.with ?? {})) expect(inputs).toContain(key);
  });

  it('uploads the SARIF file with upload-sarif@v3 even when RootGuard failed the job', () => {
    const upload = steps(workflow).find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@v3'));
    expect(upload?.if).toMatch(/^always\(\)/);
    expect(upload?.with?.sarif_file).toBe('${{ steps.rootguard.outputs.sarif-file }}');
    expect(workflow.permissions['security-events']).toBe('write');
    expect(workflow.permissions.contents).toBe('read');
  });
});

describe('pull-request.yml', () => {
  const workflow = read('examples/workflows/pull-request.yml');
  it('plans, converts the plan to JSON and hands it to RootGuard, with least privilege', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const script = steps(workflow)
      .map((s) => s.run ?? '')
      .join('\n');
    expect(script).toMatch(/terraform init/);
    expect(script).toMatch(/terraform plan .*-out=tfplan/);
    expect(script).toMatch(/terraform show -json tfplan > plan\.json/);
    expect(steps(workflow).find((s) => s.id === 'rootguard')?.with).toMatchObject({
      path: 'infra',
      plan: 'infra/org/plan.json',
    });
    expect(workflow.permissions).toMatchObject({ 'pull-requests': 'write', checks: 'write' });
  });
});

describe('live-check.yml', () => {
  const workflow = read('examples/workflows/live-check.yml');
  it('runs on a schedule and on demand with an OIDC role and live-check on', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions['id-token']).toBe('write');
    const aws = steps(workflow).find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    expect(aws?.with?.['role-to-assume']).toMatch(/^arn:aws:iam::\d{12}:role\//);
    expect(steps(workflow).find((s) => s.id === 'rootguard')?.with?.['live-check']).toBe(true);
  });
});
