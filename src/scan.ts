import path from 'node:path';
import { applyBaseline, readBaseline } from './baseline.js';
import { EMPTY_CONFIG, globMatches, loadConfig, type Config } from './config.js';
import { compareText, runRules, type ScopeSetting } from './engine.js';
import { loadTerraform } from './load/terraform.js';
import { buildOrgModel } from './load/org-builder.js';
import type { VariableSources } from './load/tfvars.js';
import {
  atOrAbove,
  countBySeverity,
  type FailOn,
  type Finding,
  type ScanError,
  type SeverityCounts,
  type Unverified,
} from './model/finding.js';
import { rules as allRules } from './rules/index.js';
import type { Rule } from './rules/rule.js';
import { applySuppressions } from './suppress.js';

export interface ScanOptions {
  /** Directories or files of Terraform; relative to cwd. */
  readonly paths: readonly string[];
  readonly cwd?: string;
  /** Overrides the config file's `fail-on`; default `high`. */
  readonly failOn?: FailOn;
  /** Overrides the config file's `scope`; default `auto`. */
  readonly scope?: ScopeSetting;
  /** The rules to run (default: all), before the config disables or re-grades any. */
  readonly rules?: readonly Rule[];
  /** `--var-file` and `--var`, applied to every root module after its own tfvars. */
  readonly variables?: VariableSources;
  /** `--config FILE`; without it `.rootguard.yml` in cwd is read when present. `false`: no config. */
  readonly config?: string | false;
  /** `--baseline FILE`: findings recorded in it are suppressed. */
  readonly baseline?: string;
  /** Today, for suppression expiry (tests inject it). */
  readonly now?: Date;
}

export interface ScanResult {
  readonly version: 1;
  readonly findings: Finding[];
  readonly unverified: Unverified[];
  readonly errors: ScanError[];
  /** Problems that do not stop the scan: expired or reason-less suppressions. */
  readonly warnings: ScanError[];
  /** Counts of findings that are not suppressed. */
  readonly summary: SeverityCounts;
  readonly suppressed: number;
  /** The threshold in force (option, else config, else `high`). */
  readonly failOn: FailOn;
  readonly stats: { readonly files: number; readonly resources: number };
}

/** The engine's one entry point: read the sources, build the model, run the rules, apply suppressions. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const baseRules = options.rules ?? allRules;
  const errors: ScanError[] = [];

  const configOutcome =
    options.config === false
      ? ({ ok: true, config: EMPTY_CONFIG } as const)
      : await loadConfig(
          options.config,
          cwd,
          allRules.map((r) => r.id),
        );
  const config: Config = configOutcome.ok ? configOutcome.config : EMPTY_CONFIG;
  if (!configOutcome.ok) errors.push(...configOutcome.errors);
  const failOn = options.failOn ?? config.failOn ?? 'high';
  const scope = options.scope ?? config.scope ?? 'auto';

  const excluded = (rel: string): boolean => config.exclude.some((pattern) => globMatches(pattern, rel));
  const terraform = await loadTerraform(options.paths, {
    cwd,
    exclude: excluded,
    variables: options.variables ?? {},
  });
  errors.push(...terraform.errors);

  const org = buildOrgModel(terraform.resources, terraform.blindSpots);
  const activeRules = configureRules(baseRules, config);
  const ran = runRules(
    activeRules,
    { resources: terraform.resources, providers: terraform.providers, org },
    { scope, live: false },
  );
  for (const crash of ran.crashes)
    errors.push({ file: '(rule)', message: `${crash.ruleId} failed: ${crash.message}` });
  const unverified = [...ran.unverified];
  for (const spot of terraform.blindSpots) {
    unverified.push({
      ruleId: '*',
      reason: spot.reason,
      ...(spot.resource ? { resource: spot.resource } : {}),
    });
  }

  const suppression = applySuppressions(ran.findings, {
    config,
    sources: terraform.sources,
    blockLines: terraform.blockLines,
    today: (options.now ?? new Date()).toISOString().slice(0, 10),
  });
  let findings = suppression.findings;
  if (options.baseline !== undefined) {
    const file = path.resolve(cwd, options.baseline);
    const display = path.relative(cwd, file).split(path.sep).join('/');
    const read = await readBaseline(file, display);
    if ('error' in read) errors.push(read.error);
    else findings = applyBaseline(findings, read.baseline, display);
  }

  return {
    version: 1,
    findings,
    unverified,
    errors: errors.sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0)),
    warnings: suppression.warnings,
    summary: countBySeverity(findings),
    suppressed: findings.filter((f) => f.suppressed).length,
    failOn,
    stats: { files: terraform.files, resources: terraform.resources.length },
  };
}

/** Drops disabled rules and applies severity overrides from the config. */
function configureRules(rules: readonly Rule[], config: Config): Rule[] {
  return rules
    .filter((rule) => !config.disabledRules.has(rule.id))
    .map((rule) => {
      const severity = config.severityOverrides.get(rule.id);
      return severity === undefined ? rule : { ...rule, severity };
    });
}

export function failed(result: ScanResult, failOn: FailOn = result.failOn): boolean {
  return result.findings.some((f) => !f.suppressed && atOrAbove(f.severity, failOn));
}
