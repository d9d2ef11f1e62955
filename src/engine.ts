import type { Finding, Unverified } from './model/finding.js';
import { SEVERITIES } from './model/finding.js';
import type { Rule, RuleContext } from './rules/rule.js';

export type ScopeSetting = 'auto' | 'organization' | 'workload';

export interface RuleRunOptions {
  /** `auto`: organization rules speak when the sources manage an organization. */
  readonly scope: ScopeSetting;
  /** Whether a live organization was read (live-scope rules need it). */
  readonly live: boolean;
}

function applies(rule: Rule, ctx: RuleContext, options: RuleRunOptions): boolean {
  if (rule.scope === 'live') return options.live;
  if (rule.scope === 'organization') {
    if (options.scope === 'workload') return false;
    return options.scope === 'organization' || ctx.org.managed || ctx.orgBefore?.managed === true;
  }
  return true;
}

/** Runs every applicable rule; one rule's crash is reported, not allowed to hide the others' results. */
export function runRules(
  rules: readonly Rule[],
  ctx: RuleContext,
  options: RuleRunOptions,
): { findings: Finding[]; unverified: Unverified[]; crashes: { ruleId: string; message: string }[] } {
  const findings: Finding[] = [];
  const unverified: Unverified[] = [];
  const crashes: { ruleId: string; message: string }[] = [];
  const applicable = rules.filter((rule) => applies(rule, ctx, options));
  const context: RuleContext = { ...ctx, running: new Set(applicable.map((rule) => rule.id)) };
  for (const rule of applicable) {
    let reports;
    try {
      reports = rule.check(context);
    } catch (e) {
      crashes.push({ ruleId: rule.id, message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    for (const report of reports) {
      if (report.kind === 'finding') {
        findings.push({
          ruleId: rule.id,
          severity: rule.severity,
          title: rule.title,
          message: report.message,
          ...(report.resource !== undefined ? { resource: report.resource } : {}),
          ...(report.location !== undefined ? { location: report.location } : {}),
          source: report.source,
          suppressed: false,
        });
      } else {
        unverified.push({
          ruleId: rule.id,
          reason: report.reason,
          ...(report.resource !== undefined ? { resource: report.resource } : {}),
          ...(report.location !== undefined ? { location: report.location } : {}),
        });
      }
    }
  }
  return { findings: sortFindings(dedupe(findings)), unverified: dedupeUnverified(unverified), crashes };
}

function findingKey(f: Finding): string {
  return [f.ruleId, f.resource ?? '', f.location?.file ?? '', f.location?.line ?? 0, f.message].join(
    '\u0000',
  );
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) if (!seen.has(findingKey(f))) seen.set(findingKey(f), f);
  return [...seen.values()];
}

function dedupeUnverified(items: Unverified[]): Unverified[] {
  const seen = new Map<string, Unverified>();
  for (const u of items) {
    const key = [u.ruleId, u.resource ?? '', u.reason].join('\u0000');
    if (!seen.has(key)) seen.set(key, u);
  }
  return [...seen.values()];
}

/** Worst first, then by place, so output is stable and the first lines matter most. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      compareText(a.location?.file ?? '', b.location?.file ?? '') ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.message, b.message),
  );
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
