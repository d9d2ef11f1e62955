import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { renderRuleDoc, ruleDocPath } from '../src/report/rule-docs.js';
import { rules } from '../src/rules/index.js';

const root = path.resolve(import.meta.dirname, '..');

describe('docs/rules', () => {
  it.each(rules.map((r) => [r.id, r] as const))(
    '%s.md is generated from the rule metadata (run npm run docs)',
    (_id, rule) => {
      expect(readFileSync(path.join(root, ruleDocPath(rule)), 'utf8')).toBe(renderRuleDoc(rule));
    },
  );

  it('has no page for a rule that does not exist', () => {
    expect(readdirSync(path.join(root, 'docs/rules')).sort()).toEqual(rules.map((r) => `${r.id}.md`).sort());
  });

  it('the README links every rule page', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const rule of rules) expect(readme).toContain(`(${ruleDocPath(rule)})`);
  });
});
