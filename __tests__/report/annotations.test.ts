import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import type { Severity } from '../../src/model/finding.js';
import {
  annotationsFor,
  capAnnotations,
  emitAnnotations,
  levelOf,
  repoPath,
  type AnnotationProperties,
} from '../../src/report/annotations.js';
import { finding, resultOf } from './results.js';

const root = '/home/runner/work/landing-zone/landing-zone';
const ctx = { cwd: root, workspace: root };

function many(severity: Severity, n: number, ruleId: string) {
  return Array.from({ length: n }, (_, i) =>
    finding({ ruleId, severity, location: { file: `${severity}.tf`, line: i + 1 } }),
  );
}

describe('annotations', () => {
  it('error for critical and high, warning for medium, notice for low', () => {
    expect(['critical', 'high', 'medium', 'low'].map((s) => levelOf(s as Severity))).toEqual([
      'error',
      'error',
      'warning',
      'notice',
    ]);
  });

  it('are ranked worst first, then by file and line; suppressed findings get none', () => {
    const result = resultOf([
      finding({ ruleId: 'RG007', severity: 'low', location: { file: 'a.tf', line: 1 } }),
      finding({ ruleId: 'RG003', severity: 'high', location: { file: 'b.tf', line: 9 } }),
      finding({ ruleId: 'RG003', severity: 'high', location: { file: 'b.tf', line: 2 } }),
      finding({ ruleId: 'RG001', severity: 'critical', location: { file: 'z.tf', line: 5 } }),
      finding({ ruleId: 'RG006', severity: 'medium', location: { file: 'a.tf', line: 3 } }),
      finding({
        ruleId: 'RG001',
        severity: 'critical',
        suppressed: true,
        location: { file: 'a.tf', line: 1 },
      }),
    ]);
    expect(annotationsFor(result, ctx).map((a) => `${a.level} ${a.ruleId} ${a.file}:${a.line}`)).toEqual([
      'error RG001 z.tf:5',
      'error RG003 b.tf:2',
      'error RG003 b.tf:9',
      'warning RG006 a.tf:3',
      'notice RG007 a.tf:1',
    ]);
  });

  it('are capped at 10 per level, keeping the critical ones over the high ones', () => {
    const result = resultOf([
      ...many('high', 8, 'RG003'),
      ...many('critical', 5, 'RG001'),
      ...many('medium', 14, 'RG006'),
      ...many('low', 3, 'RG007'),
    ]);
    const { shown, hidden } = capAnnotations(annotationsFor(result, ctx));
    const count = (list: typeof shown, level: string) => list.filter((a) => a.level === level).length;
    expect([count(shown, 'error'), count(shown, 'warning'), count(shown, 'notice')]).toEqual([10, 10, 3]);
    expect(shown.filter((a) => a.severity === 'critical')).toHaveLength(5);
    expect(hidden.map((a) => `${a.severity} ${a.file}:${a.line}`)).toEqual([
      'high high.tf:6',
      'high high.tf:7',
      'high high.tf:8',
      'medium medium.tf:11',
      'medium medium.tf:12',
      'medium medium.tf:13',
      'medium medium.tf:14',
    ]);
  });

  it('name files relative to the repository root, wherever the scan ran', () => {
    expect(repoPath('prod/main.tf', { cwd: path.join(root, 'infra'), workspace: root })).toBe(
      'infra/prod/main.tf',
    );
    expect(repoPath('main.tf', ctx)).toBe('main.tf');
    // Outside the checkout there is no diff to land on; the scanner's path is kept.
    expect(repoPath('../elsewhere/x.tf', ctx)).toBe('../elsewhere/x.tf');
  });

  it('are emitted through the sink with title, file and startLine', () => {
    const calls: [string, string, AnnotationProperties][] = [];
    const sink = (level: string) => (message: string, props: AnnotationProperties) =>
      calls.push([level, message, props]);
    const result = resultOf([
      finding({
        ruleId: 'RG001',
        severity: 'critical',
        title: 'Root access key',
        message: 'static keys',
        resource: 'provider.aws',
        location: { file: 'providers.tf', line: 13 },
      }),
      finding({ ruleId: 'RG002', severity: 'high', title: 'No SCP', message: 'no SCP denies root' }),
    ]);
    emitAnnotations(annotationsFor(result, ctx), {
      error: sink('error'),
      warning: sink('warning'),
      notice: sink('notice'),
    });
    expect(calls).toEqual([
      [
        'error',
        'static keys [provider.aws]',
        { title: 'RG001 (critical): Root access key', file: 'providers.tf', startLine: 13 },
      ],
      ['error', 'no SCP denies root', { title: 'RG002 (high): No SCP' }],
    ]);
  });
});
