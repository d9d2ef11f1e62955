import { atOrAbove, type FailOn } from '../model/finding.js';
import type { Rule } from '../rules/rule.js';
import type { ScanResult } from '../scan.js';

export interface TextStyle {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
}

const plainStyle: TextStyle = {
  bold: (s) => s,
  dim: (s) => s,
  red: (s) => s,
  yellow: (s) => s,
  green: (s) => s,
};

export function ansiStyle(): TextStyle {
  const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
  };
}

/** One block per finding (rule, severity, place, message, fix), then unverified checks, errors and a verdict. */
export function renderText(
  result: ScanResult,
  rules: readonly Rule[],
  failOn: FailOn,
  style: TextStyle = plainStyle,
): string {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const lines: string[] = [];
  for (const f of result.findings) {
    const sev = f.severity.toUpperCase();
    const colour = f.severity === 'critical' || f.severity === 'high' ? style.red : style.yellow;
    const where = f.location ? `${f.location.file}:${f.location.line}` : '(organization)';
    const rule = byId.get(f.ruleId);
    lines.push(
      `${colour(style.bold(sev))} ${style.bold(f.ruleId)} ${rule?.name ?? ''}  ${where}${f.suppressed ? style.dim(' (suppressed)') : ''}`,
    );
    if (f.resource) lines.push(`  ${style.dim('resource:')} ${f.resource}`);
    lines.push(`  ${f.message}`);
    if (f.suppressed && f.justification) lines.push(`  ${style.dim('suppressed:')} ${f.justification}`);
    if (rule) lines.push(`  ${style.dim('fix:')} ${rule.remediation}`);
    lines.push('');
  }
  if (result.unverified.length > 0) {
    lines.push(style.bold(`Unverified (${result.unverified.length}): could not be decided without guessing`));
    for (const u of result.unverified) {
      const where = u.location ? ` ${u.location.file}:${u.location.line}` : '';
      lines.push(`  ${u.ruleId}${where}  ${u.reason}`);
    }
    lines.push('');
  }
  if (result.warnings.length > 0) {
    lines.push(style.bold(`Warnings (${result.warnings.length}):`));
    for (const w of result.warnings)
      lines.push(`  ${w.file}${w.line !== undefined ? `:${w.line}` : ''}  ${w.message}`);
    lines.push('');
  }
  if (result.errors.length > 0) {
    lines.push(style.bold(`Errors (${result.errors.length}):`));
    for (const e of result.errors)
      lines.push(`  ${e.file}${e.line !== undefined ? `:${e.line}` : ''}  ${e.message}`);
    lines.push('');
  }
  lines.push(verdictLine(result, failOn, style));
  return `${lines.join('\n')}\n`;
}

export function verdictLine(result: ScanResult, failOn: FailOn, style: TextStyle = plainStyle): string {
  const s = result.summary;
  const active = result.findings.filter((f) => !f.suppressed).length;
  const suppressed = result.findings.length - active;
  const counts = `${s.critical} critical, ${s.high} high, ${s.medium} medium, ${s.low} low`;
  const extra = [
    suppressed > 0 ? `${suppressed} suppressed` : '',
    result.unverified.length > 0 ? `${result.unverified.length} unverified` : '',
    result.errors.length > 0 ? `${result.errors.length} error${result.errors.length === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  const tail = extra.length > 0 ? `; ${extra.join(', ')}` : '';
  const blocking = result.findings.filter((f) => !f.suppressed && atOrAbove(f.severity, failOn)).length;
  const verdict =
    blocking > 0
      ? style.red(`FAIL: ${blocking} finding${blocking === 1 ? '' : 's'} at or above ${failOn}`)
      : style.green('PASS');
  return `${verdict} (${active} finding${active === 1 ? '' : 's'}: ${counts}${tail}; ${result.stats.files} file${result.stats.files === 1 ? '' : 's'} scanned)`;
}
