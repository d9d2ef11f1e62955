import type { Rule } from '../rules/rule.js';

/** docs/rules/<id>.md, generated from the rule's own metadata so the two never disagree. */
export function renderRuleDoc(rule: Rule): string {
  const lines = [
    `# ${rule.id} ${rule.name}`,
    '',
    `**${rule.title}**`,
    '',
    `| severity | scope |`,
    `|---|---|`,
    `| ${rule.severity} | ${rule.scope} |`,
    '',
    '## Why it matters',
    '',
    rule.rationale,
    '',
    '## How to fix it',
    '',
    rule.remediation,
    '',
  ];
  if (rule.example) {
    lines.push(
      'Before:',
      '',
      '```hcl',
      rule.example.bad,
      '```',
      '',
      'After:',
      '',
      '```hcl',
      rule.example.good,
      '```',
      '',
    );
  }
  lines.push(
    '## Suppressing it',
    '',
    'When the risk is accepted, say why, on the line above the block or attribute (or at the end of its line):',
    '',
    '```hcl',
    `# rootguard:ignore ${rule.id} -- why this is accepted`,
    '```',
    '',
    'or, for findings with no line of their own, in `.rootguard.yml`:',
    '',
    '```yaml',
    'ignore:',
    `  - rule: ${rule.id}`,
    '    reason: why this is accepted',
    '    expires: 2027-03-31',
    '```',
    '',
    '## References',
    '',
    ...rule.docs.map((d) => `- <${d}>`),
    '',
    '_Generated from `src/rules/` by `npm run docs`; do not edit by hand._',
    '',
  );
  return lines.join('\n');
}

export function ruleDocPath(rule: Rule): string {
  return `docs/rules/${rule.id}.md`;
}
