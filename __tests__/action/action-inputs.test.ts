import { describe, expect, it } from '@jest/globals';
import { load as loadYaml } from 'js-yaml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError, expandGlobs, globToRegExp, listOf, readInputs } from '../../src/action-inputs.js';

const root = path.resolve(import.meta.dirname, '../..');
const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readInputs', () => {
  it('applies the action.yml defaults when the runner did not', () => {
    expect(readInputs(from({}))).toEqual({
      paths: ['.'],
      plans: [],
      varFiles: [],
      config: '',
      format: 'text',
      annotations: true,
      comment: 'on-findings',
      summary: true,
      sarifFile: '',
      jsonFile: '',
      githubToken: '',
      liveCheck: false,
      awsRegion: '',
      auditMemberRootCredentials: false,
    });
  });

  it('reads lists, YAML booleans and comment modes', () => {
    const inputs = readInputs(
      from({
        path: 'org\nscps, accounts\n',
        plan: 'plans/*.json',
        'var-files': 'prod.tfvars',
        'fail-on': 'CRITICAL',
        annotations: 'False',
        comment: 'true',
        summary: 'FALSE',
        'live-check': 'true',
        'aws-region': 'eu-west-1',
        'audit-member-root-credentials': 'true',
      }),
    );
    expect(inputs.auditMemberRootCredentials).toBe(true);
    expect(inputs.paths).toEqual(['org', 'scps', 'accounts']);
    expect(inputs.plans).toEqual(['plans/*.json']);
    expect(inputs.varFiles).toEqual(['prod.tfvars']);
    expect(inputs.failOn).toBe('critical');
    expect([inputs.annotations, inputs.summary, inputs.liveCheck]).toEqual([false, false, true]);
    expect(inputs.comment).toBe('always');
    expect(readInputs(from({ comment: 'false' })).comment).toBe('never');
    expect(readInputs(from({ 'fail-on': 'none' })).failOn).toBe('none');
  });

  it('rejects bad values with the input name', () => {
    expect(() => readInputs(from({ 'fail-on': 'severe' }))).toThrow(InputError);
    expect(() => readInputs(from({ 'fail-on': 'severe' }))).toThrow(
      /input fail-on must be one of critical, high/,
    );
    expect(() => readInputs(from({ annotations: 'yes' }))).toThrow(/input annotations must be true or false/);
    expect(() => readInputs(from({ comment: 'sometimes' }))).toThrow(
      /input comment must be true, false or on-findings/,
    );
    expect(() => readInputs(from({ format: 'sarif' }))).toThrow(/input format must be one of text, json/);
  });

  it('keeps commas inside a brace glob', () => {
    expect(listOf('stacks/{org,scps}/*.tf, other')).toEqual(['stacks/{org,scps}/*.tf', 'other']);
  });
});

describe('globs', () => {
  it('translate *, **, ?, classes and braces', () => {
    expect(globToRegExp('plans/*.json').test('plans/org.json')).toBe(true);
    expect(globToRegExp('plans/*.json').test('plans/a/org.json')).toBe(false);
    expect(globToRegExp('**/plan.json').test('plan.json')).toBe(true);
    expect(globToRegExp('**/plan.json').test('a/b/plan.json')).toBe(true);
    expect(globToRegExp('stack-?/{a,b}.tf').test('stack-1/b.tf')).toBe(true);
    expect(globToRegExp('[ab].tf').test('c.tf')).toBe(false);
    expect(globToRegExp('a.b').test('axb')).toBe(false);
  });

  it('expand against the checkout; plain paths pass through; an empty match is an input error', async () => {
    expect(await expandGlobs('path', ['examples/*-org'], root)).toEqual([
      'examples/insecure-org',
      'examples/secure-org',
    ]);
    expect(await expandGlobs('path', ['examples/insecure-org/*.tf'], root)).toEqual([
      'examples/insecure-org/monitoring.tf',
      'examples/insecure-org/organization.tf',
      'examples/insecure-org/providers.tf',
      'examples/insecure-org/scp.tf',
    ]);
    expect(await expandGlobs('path', ['does/not/exist'], root)).toEqual(['does/not/exist']);
    await expect(expandGlobs('plan', ['plans/**/*.json'], root)).rejects.toThrow(
      'input plan: nothing matches "plans/**/*.json"',
    );
  });
});

describe('action.yml', () => {
  const spec = loadYaml(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };

  it('declares exactly the inputs the Action reads, with the defaults it applies itself', () => {
    const asked: string[] = [];
    readInputs((name) => {
      asked.push(name);
      return '';
    });
    expect(Object.keys(spec.inputs).sort()).toEqual([...asked].sort());
    const defaults = Object.fromEntries(Object.entries(spec.inputs).map(([k, v]) => [k, v.default ?? '']));
    // The token default is an expression the runner fills in.
    expect(readInputs(from({ ...defaults, 'github-token': '' }))).toEqual(readInputs(from({})));
  });

  it('declares the outputs and runs the bundle on node24', () => {
    expect(Object.keys(spec.outputs).sort()).toEqual(
      [
        'critical',
        'findings',
        'high',
        'json-file',
        'low',
        'medium',
        'result',
        'sarif-file',
        'unverified',
      ].sort(),
    );
    expect(spec.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
