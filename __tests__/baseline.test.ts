import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createBaseline } from '../src/baseline.js';
import { scan } from '../src/scan.js';
import { writeTree } from './helpers/sources.js';

const PROVIDER = 'provider "aws" {\n  access_key = "AKIAIOSFODNN7EXAMPLE"\n}\n';
const ROOT_KEY = 'resource "aws_iam_access_key" "k" {\n  user = "root"\n}\n';

describe('baseline', () => {
  it('adopts an existing estate: recorded findings stay quiet after their block moves; new ones fail', async () => {
    const tree = writeTree({ 'main.tf': PROVIDER });
    try {
      const first = await scan({ paths: ['.'], cwd: tree.dir });
      expect(first.findings).toHaveLength(1);
      writeFileSync(
        path.join(tree.dir, '.rootguard-baseline.json'),
        JSON.stringify(createBaseline(first.findings)),
      );

      // The same provider block moves down 5 lines, and a new finding appears.
      writeFileSync(path.join(tree.dir, 'main.tf'), `${ROOT_KEY}\n\n${PROVIDER}`);
      const second = await scan({ paths: ['.'], cwd: tree.dir, baseline: '.rootguard-baseline.json' });
      const byRule = Object.fromEntries(second.findings.map((f) => [f.ruleId, f]));
      expect(byRule.RG001?.resource).toBe('provider "aws"');
      expect(second.findings.find((f) => f.resource === 'provider "aws"')).toMatchObject({
        suppressed: true,
        justification: 'in baseline .rootguard-baseline.json',
        location: { file: 'main.tf', line: 7 },
      });
      expect(second.findings.find((f) => f.resource === 'aws_iam_access_key.k')?.suppressed).toBe(false);
      expect(second.summary.critical).toBe(1);
    } finally {
      tree.cleanup();
    }
  });

  it('a missing baseline file is an input error', async () => {
    const tree = writeTree({ 'main.tf': PROVIDER });
    try {
      const result = await scan({ paths: ['.'], cwd: tree.dir, baseline: 'nope.json' });
      expect(result.errors).toEqual([
        { file: 'nope.json', message: expect.stringMatching(/cannot read baseline/) },
      ]);
    } finally {
      tree.cleanup();
    }
  });
});
