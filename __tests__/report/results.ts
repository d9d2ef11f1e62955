import type { Finding, Severity } from '../../src/model/finding.js';
import { countBySeverity } from '../../src/model/finding.js';
import type { ScanResult } from '../../src/scan.js';

/** A finding as the engine makes one, with defaults for what a test does not care about. */
export function finding(over: Partial<Finding> & { ruleId: string; severity: Severity }): Finding {
  return {
    title: `${over.ruleId} title`,
    message: `${over.ruleId} message`,
    source: 'hcl',
    suppressed: false,
    ...over,
  };
}

export function resultOf(findings: Finding[], extra: Partial<ScanResult> = {}): ScanResult {
  return {
    version: 1,
    findings,
    unverified: [],
    errors: [],
    warnings: [],
    summary: countBySeverity(findings),
    suppressed: findings.filter((f) => f.suppressed).length,
    failOn: 'high',
    stats: { files: 3, resources: 7 },
    ...extra,
  };
}
