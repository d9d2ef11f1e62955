import './runtime-dirname.js';
import * as core from '@actions/core';
import { SEVERITIES, type FailOn } from './model/finding.js';
import { renderJson } from './report/json.js';
import { renderText } from './report/text.js';
import { rules } from './rules/index.js';
import { failed, scan } from './scan.js';

function failOnInput(): FailOn {
  const value = (core.getInput('fail-on') || 'high').toLowerCase();
  if (value === 'none' || (SEVERITIES as readonly string[]).includes(value)) return value as FailOn;
  throw new Error(`input fail-on must be one of critical, high, medium, low, none (got "${value}")`);
}

function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The Action: read inputs, scan, report, set outputs; one place decides failure. */
export async function run(): Promise<void> {
  try {
    const failOn = failOnInput();
    const paths = listInput('path');
    const result = await scan({ paths: paths.length > 0 ? paths : ['.'], failOn });
    const format = core.getInput('format') || 'text';
    process.stdout.write(format === 'json' ? renderJson(result) : renderText(result, rules, failOn));
    for (const f of result.findings) {
      if (f.suppressed) continue;
      const props = f.location
        ? { file: f.location.file, startLine: f.location.line, title: `${f.ruleId} ${f.title}` }
        : { title: `${f.ruleId} ${f.title}` };
      if (f.severity === 'critical' || f.severity === 'high') core.error(f.message, props);
      else if (f.severity === 'medium') core.warning(f.message, props);
      else core.notice(f.message, props);
    }
    const s = result.summary;
    core.setOutput('findings', result.findings.filter((f) => !f.suppressed).length);
    for (const sev of SEVERITIES) core.setOutput(sev, s[sev]);
    core.setOutput('unverified', result.unverified.length);
    const isFailure = failed(result, failOn);
    core.setOutput('result', isFailure || result.errors.length > 0 ? 'fail' : 'pass');
    if (result.errors.length > 0) {
      const first = result.errors[0];
      core.setFailed(
        `RootGuard could not read ${result.errors.length} input(s), first: ${first?.file}${first?.line ? `:${first.line}` : ''} ${first?.message}`,
      );
    } else if (isFailure) {
      core.setFailed(
        `RootGuard: findings at or above "${failOn}" (${s.critical} critical, ${s.high} high, ${s.medium} medium, ${s.low} low)`,
      );
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
