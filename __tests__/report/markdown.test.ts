import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import type { Severity } from '../../src/model/finding.js';
import { annotationsFor, capAnnotations } from '../../src/report/annotations.js';
import {
  COMMENT_LIMIT,
  COMMENT_MARKER,
  blobUrl,
  code,
  escapeMarkdown,
  failureLine,
  renderComment,
  renderSummary,
  verdict,
  type MarkdownContext,
} from '../../src/report/markdown.js';
import { rules } from '../../src/rules/index.js';
import { finding, resultOf } from './results.js';

const root = path.resolve(import.meta.dirname, '../..');
const ctx: MarkdownContext = {
  failOn: 'high',
  rules,
  cwd: root,
  workspace: root,
  serverUrl: 'https://github.com',
  repository: 'acme/landing-zone',
  sha: '0a4d55a8d778e5022fab701977c5d840bbc486d0',
};

const rg001 = finding({
  ruleId: 'RG001',
  severity: 'critical',
  resource: 'provider.aws',
  message: 'The AWS provider has static access keys in code',
  location: { file: 'examples/insecure-org/providers.tf', line: 13 },
});
const rg003 = finding({
  ruleId: 'RG003',
  severity: 'high',
  resource: 'aws_organizations_policy.deny_root',
  message: 'StringEquals compares literally',
  location: { file: 'examples/insecure-org/scp.tf', line: 7 },
});

describe('escaping', () => {
  it('neutralises pipes, HTML, emphasis, newlines and @mentions', () => {
    const out = escapeMarkdown('a | b <script>alert(1)</script> *bold* _x_ `c` @octocat\nnext & done');
    expect(out).toBe(
      'a \\| b &lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\_x\\_ \\`c\\` @&#8203;octocat<br>next &amp; done',
    );
    expect(out).not.toMatch(/<script/);
    expect(out).not.toMatch(/\n/);
  });

  it('code spans survive backticks and pipes inside a table', () => {
    expect(code('aws_x.y["a|b"]')).toBe('`aws_x.y["a\\|b"]`');
    expect(code('has `tick` inside')).toBe('``has `tick` inside``');
    expect(code('`edge`')).toBe('`` `edge` ``');
  });

  it('a hostile message cannot break the table or inject HTML in the comment', () => {
    const evil = finding({
      ruleId: 'RG003',
      severity: 'high',
      resource: 'aws_organizations_policy.x["a|b"]',
      message: 'Condition | <img src=x onerror=alert(1)> </details> @acme/admins\n| fake | row |',
      location: { file: 'scp.tf', line: 1 },
    });
    const body = renderComment(resultOf([evil]), ctx);
    const row = body.split('\n').find((l) => l.includes('RG003') && l.startsWith('| 🟧'));
    expect(row).toBeDefined();
    // Five columns: six unescaped pipes.
    expect(row?.match(/(?<!\\)\|/g)).toHaveLength(6);
    expect(body).not.toMatch(/<img/);
    expect(body).toContain('&lt;/details&gt;');
    expect(body).not.toContain('@acme/admins');
    expect(body.match(/<details>/g)?.length).toBe(body.match(/<\/details>/g)?.length);
  });
});

describe('verdict', () => {
  it('fail at or above fail-on, warn below it, pass when clean, error on unreadable input', () => {
    expect(verdict(resultOf([rg001]), 'high').state).toBe('fail');
    expect(verdict(resultOf([rg003]), 'critical').state).toBe('warn');
    expect(verdict(resultOf([]), 'high').state).toBe('pass');
    expect(verdict(resultOf([], { errors: [{ file: 'x.tf', message: 'bad' }] }), 'high').state).toBe('error');
    expect(verdict(resultOf([{ ...rg001, suppressed: true }]), 'high').state).toBe('pass');
  });
});

describe('failureLine', () => {
  it('is one line naming the threshold and counts, or undefined when the merge may go ahead', () => {
    expect(failureLine(resultOf([rg001, rg003]), 'high')).toBe(
      'RootGuard: 2 findings at or above high block the merge (1 critical, 1 high, 0 medium, 0 low)',
    );
    expect(failureLine(resultOf([rg003]), 'critical')).toBeUndefined();
    expect(failureLine(resultOf([rg001]), 'none')).toBeUndefined();
  });

  it('an unreadable input fails whatever fail-on says', () => {
    const result = resultOf([], { errors: [{ file: 'bad.tf', line: 2, message: 'Invalid expression' }] });
    expect(failureLine(result, 'none')).toBe(
      'RootGuard could not read 1 input; first: bad.tf:2 Invalid expression',
    );
  });
});

describe('job summary', () => {
  it('has the verdict, counts, a table with links to the file at the commit, and the fix for each rule', () => {
    const out = renderSummary(resultOf([rg003, rg001]), ctx);
    expect(out).toContain('❌ **2 findings at or above `high` block the merge**');
    expect(out).toContain('| 1 | 1 | 0 | 0 | 0 | 0 | 3 |');
    expect(out).toContain(
      '[examples/insecure-org/providers.tf:13](https://github.com/acme/landing-zone/blob/0a4d55a8d778e5022fab701977c5d840bbc486d0/examples/insecure-org/providers.tf#L13)',
    );
    // Worst first.
    expect(out.indexOf('RG001')).toBeLessThan(out.indexOf('RG003'));
    expect(out).toContain('### How to fix');
    const rule = rules.find((r) => r.id === 'RG001');
    expect(out).toContain(`#### RG001 ${rule?.name}`);
    expect(out).toContain(`(${rule?.docs[0]})`);
  });

  it('lists unverified checks with reasons, the suppressed count and findings GitHub would not annotate', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      finding({
        ruleId: 'RG003',
        severity: 'high',
        resource: `aws_organizations_policy.p${i}`,
        location: { file: 'scp.tf', line: i + 1 },
      }),
    );
    const result = resultOf([...many, { ...rg001, suppressed: true, justification: 'break-glass account' }], {
      unverified: [{ ruleId: 'RG004', reason: 'enabled_features is computed: known after apply' }],
    });
    const capped = capAnnotations(annotationsFor(result, ctx));
    const out = renderSummary(result, { ...ctx, unannotated: capped.hidden });
    expect(out).toContain('### Unverified checks (1)');
    expect(out).toContain('enabled\\_features is computed: known after apply');
    expect(out).toContain('### Suppressed (1)');
    expect(out).toContain('break-glass account');
    expect(out).toContain('2 findings in the table above have no annotation on the diff');
    expect(out).toContain('> - RG003 high scp.tf:11');
    expect(out).toContain('> - RG003 high scp.tf:12');
  });

  it('without a repository or commit, locations are plain text', () => {
    const out = renderSummary(resultOf([rg001]), { ...ctx, sha: undefined });
    expect(out).toContain('| examples/insecure-org/providers.tf:13 |');
    expect(blobUrl({ file: 'a b/c.tf', line: 2 }, ctx)).toBe(
      'https://github.com/acme/landing-zone/blob/0a4d55a8d778e5022fab701977c5d840bbc486d0/a%20b/c.tf#L2',
    );
  });
});

describe('PR comment', () => {
  it('starts with the hidden marker and folds the fixes and unverified checks away', () => {
    const body = renderComment(
      resultOf([rg001, rg003], { unverified: [{ ruleId: 'RG004', reason: 'unknown until apply' }] }),
      ctx,
    );
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(body).toContain('### 🛡️ RootGuard: ❌ 2 findings at or above `high` block the merge');
    expect(body).toContain('<details><summary>How to fix (2 rules)</summary>');
    expect(body).toContain('<details><summary>Unverified checks (1)</summary>');
    expect(body).toContain('at `0a4d55a`');
  });

  it('is a green all-clear when nothing is left', () => {
    const body = renderComment(resultOf([]), ctx);
    expect(body).toContain('### 🛡️ RootGuard: ✅ all clear');
    expect(body).not.toContain('| Severity |');
    expect(body).not.toContain('<details>');
  });

  it('stays within 65,536 characters with thousands of findings, and says how many rows were cut', () => {
    const severities: Severity[] = ['critical', 'high', 'medium', 'low'];
    const findings = Array.from({ length: 5000 }, (_, i) =>
      finding({
        ruleId: `RG00${(i % 4) + 1}`,
        severity: severities[i % 4] ?? 'low',
        resource: `aws_organizations_policy.policy_${i}`,
        message: `Policy ${i} `.repeat(40),
        location: { file: `stacks/account-${i}/scp.tf`, line: i + 1 },
      }),
    );
    const unverified = Array.from({ length: 3000 }, (_, i) => ({
      ruleId: 'RG004',
      reason: `reason ${i} `.repeat(20),
    }));
    const body = renderComment(resultOf(findings, { unverified }), ctx);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT - 2000); // it uses the room it has
    expect(body).toMatch(/_…and \d+ more findings not shown to keep this comment within GitHub's size limit/);
    expect(body.match(/<details>/g)?.length).toBe(body.match(/<\/details>/g)?.length);
    // The shown rows are the worst ones.
    expect(body).toContain('🟥&nbsp;critical');
    expect(body).not.toContain('🟦&nbsp;low');
  });

  it('fits a smaller limit too, keeping every row whole', () => {
    const findings = Array.from({ length: 200 }, (_, i) =>
      finding({ ruleId: 'RG003', severity: 'high', location: { file: 'scp.tf', line: i + 1 } }),
    );
    const body = renderComment(resultOf(findings), { ...ctx, limit: 4000 });
    expect(body.length).toBeLessThanOrEqual(4000);
    for (const line of body.split('\n').filter((l) => l.startsWith('| 🟧')))
      expect(line.endsWith(' |')).toBe(true);
  });
});
