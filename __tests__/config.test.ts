import { describe, expect, it } from '@jest/globals';
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
