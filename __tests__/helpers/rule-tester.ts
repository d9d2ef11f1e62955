import { describe, expect, it } from '@jest/globals';
import type { Rule } from '../../src/rules/rule.js';
import { scan, type ScanResult } from '../../src/scan.js';
import { writeTree } from './sources.js';

export interface ExpectedFinding {
  readonly file?: string;
  readonly line?: number;
  readonly message?: RegExp;
  readonly resource?: string;
}

export interface RuleCase {
  readonly name: string;
  readonly files: Record<string, string>;
  readonly scope?: 'auto' | 'organization' | 'workload';
}

export interface InvalidCase extends RuleCase {
  readonly findings: readonly ExpectedFinding[];
  /** Unverified reasons expected from this rule (by pattern), if any. */
  readonly unverified?: readonly RegExp[];
}

export interface ValidCase extends RuleCase {
  /** A valid case may still be unverified (nothing is guessed); list the expected reasons. */
  readonly unverified?: readonly RegExp[];
}

export async function scanFiles(
  files: Record<string, string>,
  rule?: Rule,
  scope?: RuleCase['scope'],
): Promise<ScanResult> {
  const tree = writeTree(files);
  try {
    return await scan({
      paths: [tree.dir],
      cwd: tree.dir,
      ...(rule ? { rules: [rule] } : {}),
      ...(scope ? { scope } : {}),
    });
  } finally {
    tree.cleanup();
  }
}

/**
 * ESLint-style table tester: valid cases must give no finding of the rule, invalid ones exactly
 * the listed findings (file, line, message), in any order. Parse errors fail every case.
 */
export function testRule(
  rule: Rule,
  cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] },
): void {
  describe(`${rule.id} ${rule.name}`, () => {
    describe('valid', () => {
      if (cases.valid.length === 0) return;
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
        const result = await scanFiles(c.files, rule, c.scope);
        expect(result.errors).toEqual([]);
        expect(result.findings.filter((f) => f.ruleId === rule.id)).toEqual([]);
        const reasons = result.unverified.filter((u) => u.ruleId === rule.id).map((u) => u.reason);
        expect(reasons).toHaveLength(c.unverified?.length ?? 0);
        for (const pattern of c.unverified ?? []) expect(reasons.some((r) => pattern.test(r))).toBe(true);
      });
    });
    describe('invalid', () => {
      if (cases.invalid.length === 0) return;
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
        const result = await scanFiles(c.files, rule, c.scope);
        expect(result.errors).toEqual([]);
        const found = result.findings.filter((f) => f.ruleId === rule.id);
        expect(found).toHaveLength(c.findings.length);
        const unmatched = [...found];
        for (const want of c.findings) {
          const index = unmatched.findIndex(
            (f) =>
              (want.file === undefined || f.location?.file === want.file) &&
              (want.line === undefined || f.location?.line === want.line) &&
              (want.resource === undefined || f.resource === want.resource) &&
              (want.message === undefined || want.message.test(f.message)),
          );
          if (index < 0)
            throw new Error(
              `no finding matches ${JSON.stringify({ ...want, message: want.message?.source })}; got ${JSON.stringify(found, null, 2)}`,
            );
          unmatched.splice(index, 1);
        }
        const reasons = result.unverified.filter((u) => u.ruleId === rule.id).map((u) => u.reason);
        for (const pattern of c.unverified ?? []) expect(reasons.some((r) => pattern.test(r))).toBe(true);
      });
    });
  });
}
