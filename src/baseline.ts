import { promises as fs } from 'node:fs';
import type { Finding, ScanError } from './model/finding.js';
import { fingerprint } from './model/fingerprint.js';
import { errorText } from './load/files.js';
import { describeJsonError } from './load/json-error.js';

export interface Baseline {
  readonly version: 1;
  readonly findings: readonly {
    readonly ruleId: string;
    readonly fingerprint: string;
    readonly resource?: string;
    readonly file?: string;
  }[];
}

/** What `rootguard baseline` writes: the current findings, by fingerprint (lines left out on purpose). */
export function createBaseline(findings: readonly Finding[]): Baseline {
  return {
    version: 1,
    findings: findings
      .filter((f) => !f.suppressed)
      .map((f) => ({
        ruleId: f.ruleId,
        fingerprint: fingerprint(f),
        ...(f.resource !== undefined ? { resource: f.resource } : {}),
        ...(f.location !== undefined ? { file: f.location.file } : {}),
      })),
  };
}

export async function readBaseline(
  file: string,
  display: string,
): Promise<{ baseline: Baseline } | { error: ScanError }> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    return { error: { file: display, message: `cannot read baseline: ${errorText(e)}` } };
  }
  let parsed: Partial<Baseline> | null;
  try {
    parsed = JSON.parse(text) as Partial<Baseline> | null;
  } catch {
    // JSON.parse's own message quotes the text around the error: say where it is instead.
    const { message, line } = describeJsonError(text);
    return {
      error: { file: display, ...(line !== undefined ? { line } : {}), message: `invalid JSON: ${message}` },
    };
  }
  if (
    parsed === null ||
    typeof parsed !== 'object' ||
    parsed.version !== 1 ||
    !Array.isArray(parsed.findings)
  ) {
    return {
      error: {
        file: display,
        message: 'not a RootGuard baseline (expected {"version": 1, "findings": [...]})',
      },
    };
  }
  return { baseline: parsed as Baseline };
}

/** Findings already in the baseline are suppressed: only new ones fail the build. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, display: string): Finding[] {
  const known = new Set(baseline.findings.map((b) => b.fingerprint));
  return findings.map((f) =>
    !f.suppressed && known.has(fingerprint(f))
      ? { ...f, suppressed: true, justification: `in baseline ${display}` }
      : f,
  );
}
