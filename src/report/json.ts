import type { ScanResult } from '../scan.js';

/** The JSON contract of `rootguard scan --format json` (ARCHITECTURE.md): nothing more, nothing less. */
export function renderJson(result: ScanResult): string {
  const body = {
    version: result.version,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      title: f.title,
      message: f.message,
      ...(f.resource !== undefined ? { resource: f.resource } : {}),
      ...(f.location !== undefined ? { location: { file: f.location.file, line: f.location.line } } : {}),
      source: f.source,
      suppressed: f.suppressed,
      ...(f.justification !== undefined ? { justification: f.justification } : {}),
    })),
    unverified: result.unverified.map((u) => ({
      ruleId: u.ruleId,
      reason: u.reason,
      ...(u.resource !== undefined ? { resource: u.resource } : {}),
      ...(u.location !== undefined ? { location: { file: u.location.file, line: u.location.line } } : {}),
    })),
    warnings: result.warnings.map((w) => ({
      file: w.file,
      ...(w.line !== undefined ? { line: w.line } : {}),
      message: w.message,
    })),
    errors: result.errors.map((e) => ({
      file: e.file,
      ...(e.line !== undefined ? { line: e.line } : {}),
      message: e.message,
    })),
    summary: result.summary,
    suppressed: result.suppressed,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
