import type { ScanError } from '../../model/finding.js';
import { ApiError } from './api.js';

/** Where live-check problems are reported in ScanResult.errors. */
export const LIVE_FILE = '(live)';

/**
 * What the loader could not see, collected while calls run concurrently. Entries are sorted when
 * the load ends, so the output does not depend on which response arrived first.
 */
export class Notes {
  readonly unverified: { ruleId: string; reason: string }[] = [];
  readonly errors: ScanError[] = [];
  readonly blindSpots: { reason: string }[] = [];

  /** The checks (rules) that needed what a failed call would have said. */
  unverify(ruleIds: readonly string[], reason: string): void {
    for (const ruleId of ruleIds) this.unverified.push({ ruleId, reason });
  }

  error(message: string): void {
    this.errors.push({ file: LIVE_FILE, message });
  }

  /**
   * Records a failed call: a denial is an expected state of the caller's permissions and is only
   * reported through the unverified checks; any other failure is also an error.
   */
  failure(error: unknown, reason: string): void {
    if (error instanceof ApiError && error.failure.kind === 'denied') return;
    this.error(reason);
  }

  sorted(): {
    unverified: { ruleId: string; reason: string }[];
    errors: ScanError[];
    blindSpots: { reason: string }[];
  } {
    const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    const unique = <T>(items: T[], key: (t: T) => string): T[] => [
      ...new Map(items.map((i) => [key(i), i])).values(),
    ];
    return {
      unverified: unique(this.unverified, (u) => `${u.ruleId}\0${u.reason}`).sort(
        (a, b) => byText(a.ruleId, b.ruleId) || byText(a.reason, b.reason),
      ),
      errors: unique(this.errors, (e) => e.message).sort((a, b) => byText(a.message, b.message)),
      blindSpots: unique(this.blindSpots, (s) => s.reason).sort((a, b) => byText(a.reason, b.reason)),
    };
  }
}

/**
 * Why something is not known, naming the permission when it was denied:
 * `organizations:ListTargetsForPolicy was denied for SCP "x" (p-1)`.
 */
export function failureText(error: unknown, subject: string): string {
  const on = subject !== '' ? ` for ${subject}` : '';
  if (error instanceof ApiError) {
    const f = error.failure;
    if (f.kind === 'denied') return `${f.permission} was denied${on}`;
    if (f.kind === 'other') return `${error.action} failed${on} (${f.code}: ${f.message})`;
    return `${error.action} failed${on}: ${f.message}`;
  }
  return `reading the organization failed${on}: ${error instanceof Error ? error.message : String(error)}`;
}
