import { describe, expect, it } from '@jest/globals';
import { globMatches } from '../src/config.js';
import { parseConfig } from '../src/config-parse.js';
import { rules } from '../src/rules/index.js';

const ids = rules.map((r) => r.id);

function errorsOf(text: string) {
  const outcome = parseConfig(text, '.rootguard.yml', ids);
  if (outcome.ok) throw new Error('expected the config to be rejected');
  return outcome.errors;
}

describe('.rootguard.yml', () => {
  it('accepts every documented key', () => {
    const outcome = parseConfig(
      `scope: organization
management-account-id: "111122223333"
fail-on: medium
rules:
  RG001: off
  RG003: critical
  RG004: { severity: medium }
exclude:
  - legacy/**
ignore:
  - rule: RG002
    reason: accounts move to the new OU tree in Q1
    expires: 2027-03-31
  - rule: RG001
    path: sandbox/**
    resource: provider "aws"
    reason: local stack only, keys are fake
`,
      '.rootguard.yml',
      ids,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.config.scope).toBe('organization');
    expect(outcome.config.failOn).toBe('medium');
    expect([...outcome.config.disabledRules]).toEqual(['RG001']);
    expect([...outcome.config.severityOverrides]).toEqual([
      ['RG003', 'critical'],
      ['RG004', 'medium'],
    ]);
    expect(outcome.config.ignore.map((e) => [e.rule, e.line])).toEqual([
      ['RG002', 11],
      ['RG001', 14],
    ]);
  });

  it.each([
    ['wrong type', 'fail-on: 3\n', 1, /fail-on: expected critical, high, medium, low or none/],
    ['wrong scope', 'rules: {}\nscope: everything\n', 2, /scope: expected auto, organization or workload/],
    [
      'unknown top-level key',
      'fail_on: high\n',
      1,
      /fail_on: unknown key; expected one of scope, management-account-id, fail-on/,
    ],
    ['unknown rule id in rules', 'rules:\n  RG001: off\n  RG999: off\n', 3, /rules\.RG999: unknown rule id/],
    [
      'unknown rule id in ignore',
      'ignore:\n  - rule: RG998\n    reason: x\n',
      2,
      /ignore\.0\.rule: unknown rule id "RG998"/,
    ],
    [
      'bad date',
      'ignore:\n  - rule: RG002\n    reason: ok\n    expires: 2027-02-30\n',
      4,
      /ignore\.0\.expires: expected a date written YYYY-MM-DD/,
    ],
    [
      'date in another format',
      'ignore:\n  - rule: RG002\n    reason: ok\n    expires: 31/03/2027\n',
      4,
      /expected a date written YYYY-MM-DD/,
    ],
    [
      'missing reason',
      'ignore:\n  - rule: RG002\n    expires: 2027-03-01\n',
      2,
      /ignore\.0\.reason: a reason is required/,
    ],
    ['empty reason', 'ignore:\n  - rule: RG002\n    reason: "  "\n', 3, /a reason is required/],
    ['bad rule setting', 'rules:\n  RG002: loud\n', 2, /rules\.RG002: expected off, on, a severity/],
    ['account id as a number', 'management-account-id: 111122223333\n', 1, /management-account-id: /],
    ['YAML syntax', 'rules: [\n  a\n', 3, /invalid YAML/],
  ])('%s: names the key, the line and what was expected', (_name, text, line, message) => {
    const errors = errorsOf(text);
    expect(errors[0]).toEqual({ file: '.rootguard.yml', line, message: expect.stringMatching(message) });
  });
});

describe('globMatches', () => {
  const cases: [string, string, boolean][] = [
    ['legacy/**', 'legacy/a/b.tf', true],
    ['legacy/**', 'legacy', false],
    ['legacy/**', 'legacyx/a.tf', false],
    ['legacy/', 'legacy/a.tf', true],
    ['legacy', 'legacy/a/b.tf', true],
    ['*.tf', 'main.tf', true],
    ['*.tf', 'dir/main.tf', false],
    ['**/*.tf', 'dir/sub/main.tf', true],
    ['m?in.tf', 'main.tf', true],
    ['m?in.tf', 'm/in.tf', false],
    ['a.tf', 'aXtf', false],
    ['aws_iam_access_key.k*', 'aws_iam_access_key.k12', true],
    ['aws_iam_access_key.k*', 'aws_iam_role.k12', false],
    // In an address, `*` spans dots: only `/` ends it.
    ['module.a["x"].*', 'module.a["x"].aws_x.y', true],
    ['module.a["x"].*', 'module.a["y"].aws_x.y', false],
    ['module.a["x"].**', 'module.a["x"].aws_x.y', true],
    ['(a)+[b]', '(a)+[b]', true],
  ];

  it.each(cases)('%s against %s: %s', (pattern, text, expected) => {
    expect(globMatches(pattern, text)).toBe(expected);
  });

  it('answers the same for a pattern however often and in whatever order it is asked', () => {
    for (let round = 0; round < 3; round++) {
      for (const [pattern, text, expected] of round % 2 === 0 ? cases : [...cases].reverse()) {
        expect(globMatches(pattern, text)).toBe(expected);
      }
    }
  });
});
