import type { Location, Origin } from './location.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type FailOn = Severity | 'none';

/** Higher is worse; `none` ranks above everything so nothing reaches it. */
export function severityRank(severity: FailOn): number {
  return severity === 'none' ? 99 : SEVERITIES.length - SEVERITIES.indexOf(severity);
}

export function atOrAbove(severity: Severity, threshold: FailOn): boolean {
  return threshold !== 'none' && severityRank(severity) >= severityRank(threshold);
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  /** Address of the resource at fault; absent for organization-wide absences. */
  readonly resource?: string;
  readonly location?: Location;
  readonly source: Origin;
  readonly suppressed: boolean;
  /** Why it is suppressed, when it is. */
  readonly justification?: string;
}

/** A check that could not decide: a value unknown until apply, an unreadable module, a denied API. */
export interface Unverified {
  readonly ruleId: string;
  readonly reason: string;
  readonly resource?: string;
  readonly location?: Location;
}

export interface ScanError {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const f of findings) if (!f.suppressed) counts[f.severity] += 1;
  return counts;
}
