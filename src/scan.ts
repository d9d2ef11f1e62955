import path from 'node:path';
import { applyBaseline, readBaseline } from './baseline.js';
import { EMPTY_CONFIG, globMatches, loadConfig, type Config } from './config.js';
import { compareText, runRules, type ScopeSetting } from './engine.js';
import { loadTerraform, type TerraformLoad } from './load/terraform.js';
import type { HclParser } from './load/hcl.js';
import {
  declaringCandidates,
  loadPlan,
  mapPlanLocations,
  mapPlanProviderLocations,
  moduleText,
  parseResourceAddress,
} from './load/plan.js';
import type { ProviderConfig, Resource } from './model/resource.js';
import type { BlindSpot, OrgModel } from './model/org.js';
import type { LiveLoad, applyPlanToOrg as ApplyPlanToOrg } from './load/live/index.js';
import { buildOrgModel } from './load/org-builder.js';
import { checkVarFiles, type VariableSources } from './load/tfvars.js';
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
  /** Directories or files of Terraform; relative to cwd. With plans and no paths, only the plans are read. */
  readonly paths: readonly string[];
  /** `terraform show -json` outputs (or binary plans, when terraform/tofu is on PATH). */
  readonly plans?: readonly string[];
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
  /** Read the live AWS Organization with the default credential chain (`--live`). */
  readonly live?: LiveScanOptions;
  /** HCL parser: the native one (default) or HashiCorp's through hcl2json, for cross-checking. */
  readonly parser?: HclParser;
  /** Threads that parse .tf files (default: 1 on two cores or fewer, else the available cores, at most 8). */
  readonly jobs?: number;
}

export interface LiveScanOptions {
  /** Region to sign with; Organizations and IAM are global (default us-east-1). */
  readonly region?: string;
  /** Read each member account's root user through sts:AssumeRoot (off by default). */
  readonly auditMemberRootCredentials?: boolean;
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
  readonly stats: {
    readonly files: number;
    readonly resources: number;
    /** Live check: AWS API calls by operation, and how many requests were retried. */
    readonly live?: { readonly calls: Readonly<Record<string, number>>; readonly retries: number };
  };
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
  // With plans or the live check and no paths, only those are read: no directory scan.
  const onlyOthers = (options.plans ?? []).length > 0 || options.live !== undefined;
  const paths = options.paths.length === 0 && !onlyOthers ? ['.'] : options.paths;
  const terraform = await loadTerraform(paths, {
    cwd,
    exclude: excluded,
    variables: options.variables ?? {},
    ...(options.parser !== undefined ? { parser: options.parser } : {}),
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
  });
  errors.push(...terraform.errors);
  errors.push(...(await checkVarFiles(options.variables ?? {}, cwd)));
  if (terraform.files === 0 && !onlyOthers && terraform.errors.length === 0) {
    // A workflow that forgot actions/checkout, or a mistyped path, must not pass forever.
    errors.push({
      file: paths.join(', '),
      message:
        'no Terraform files (.tf, .tf.json, .tofu, .tofu.json) found here; give the directories that hold them',
    });
  }
  const plans = await loadPlans(options.plans ?? [], cwd);
  errors.push(...plans.errors);
  const sources = mergeSources(terraform, plans);

  const live = options.live ? await loadLive(options.live) : undefined;
  if (live) errors.push(...live.errors);
  const { org, orgBefore } = organizations(sources, terraform, plans, live);
  const ran = runRules(
    configureRules(baseRules, config),
    {
      resources: sources.after,
      providers: sources.providers,
      org,
      ...(orgBefore ? { orgBefore } : {}),
      ...(live ? { live: { ...live.account, ...(live.members ? { members: live.members } : {}) } } : {}),
    },
    { scope, live: live !== undefined },
  );
  for (const crash of ran.crashes) {
    errors.push({ file: '(rule)', message: `${crash.ruleId} failed: ${crash.message}` });
  }
  const unverified = [...ran.unverified];
  for (const spot of terraform.blindSpots) {
    unverified.push({
      ruleId: '*',
      reason: spot.reason,
      ...(spot.resource ? { resource: spot.resource } : {}),
    });
  }
  for (const warning of plans.warnings) unverified.push({ ruleId: '*', reason: warning });
  if (live) unverified.push(...live.unverified);

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
    errors: dedupeErrors(errors).sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0)),
    warnings: suppression.warnings,
    summary: countBySeverity(findings),
    suppressed: findings.filter((f) => f.suppressed).length,
    failOn,
    stats: {
      files: terraform.files + plans.count,
      resources: sources.after.length,
      ...(live ? { live: { calls: live.calls, retries: live.retries } } : {}),
    },
  };
}

/** The AWS SDK is loaded only when the live check runs: it is most of the bundle's start-up cost. */
async function loadLive(options: LiveScanOptions): Promise<LiveRead> {
  const { loadLiveOrganization, applyPlanToOrg } = await import('./load/live/index.js');
  const load = await loadLiveOrganization({
    ...(options.region ? { region: options.region } : {}),
    ...(options.auditMemberRootCredentials ? { auditMemberRootCredentials: true } : {}),
  });
  return { ...load, applyPlanToOrg };
}

/**
 * The code's blind spots that the plans do not fill: a module Terraform planned is known through
 * its resources in the plan, even where its source was not there to read.
 */
function unplannedBlindSpots(spots: readonly BlindSpot[], plans: PlansLoad): BlindSpot[] {
  if (plans.count === 0 || !spots.some((s) => s.module !== undefined)) return [...spots];
  const planned = new Set<string>();
  const seen = new Set<string>();
  for (const list of [plans.before, plans.after]) {
    for (const r of list) {
      if (r.module === '' || seen.has(r.module)) continue;
      seen.add(r.module);
      const modules = parseResourceAddress(r.address)?.modules ?? [];
      // Each call on the way, named as the code names a call: its parents with their keys, itself without.
      modules.forEach((step, i) => planned.add(moduleText([...modules.slice(0, i), { name: step.name }])));
    }
  }
  return spots.filter((s) => s.module === undefined || !planned.has(s.module));
}

type LiveRead = LiveLoad & { readonly applyPlanToOrg: typeof ApplyPlanToOrg };

/**
 * The organization the rules judge. Without a live read it is what the code (and plans) declare,
 * before and after the change. With one, the live organization is the truth; a plan's changes
 * are applied to it, so "this PR detaches the only root-deny SCP from an OU" is seen even when
 * the plan alone cannot see what else is attached.
 */
function organizations(
  sources: { after: Resource[]; before?: Resource[] },
  terraform: TerraformLoad,
  plans: PlansLoad,
  live: LiveRead | undefined,
): { org: OrgModel; orgBefore?: OrgModel } {
  if (!live) {
    const blindSpots = unplannedBlindSpots(terraform.blindSpots, plans);
    const org = buildOrgModel(sources.after, blindSpots);
    return sources.before ? { org, orgBefore: buildOrgModel(sources.before, blindSpots) } : { org };
  }
  if (plans.count === 0) return { org: live.org };
  return { org: live.applyPlanToOrg(live.org, plans.after, plans.before), orgBefore: live.org };
}

interface PlansLoad {
  readonly before: Resource[];
  readonly after: Resource[];
  readonly providers: ProviderConfig[];
  readonly warnings: string[];
  readonly errors: ScanError[];
  count: number;
}

async function loadPlans(files: readonly string[], cwd: string): Promise<PlansLoad> {
  const out: PlansLoad = { before: [], after: [], providers: [], warnings: [], errors: [], count: 0 };
  for (const file of files) {
    const plan = await loadPlan(file, cwd);
    out.errors.push(...plan.errors);
    out.warnings.push(...plan.warnings);
    if (plan.errors.length > 0 && plan.after.length === 0 && plan.before.length === 0) continue;
    out.before.push(...plan.before);
    out.after.push(...plan.after);
    out.providers.push(...plan.providers);
    out.count += 1;
  }
  return out;
}

/**
 * One picture from HCL and plans. The plan is the truth for values and changes, the HCL gives
 * their lines; resources only in HCL (another stack) are judged as they are, on both sides of
 * the change, so each resource is judged once and no finding is reported twice.
 */
function mergeSources(
  terraform: TerraformLoad,
  plans: PlansLoad,
): { after: Resource[]; before?: Resource[]; providers: ProviderConfig[] } {
  if (plans.count === 0) return { after: terraform.resources, providers: terraform.providers };
  // Plans only (the usual CI case): nothing to merge, so no per-address bookkeeping on 100,000 changes.
  if (terraform.resources.length === 0 && terraform.providers.length === 0) {
    return { after: plans.after, before: plans.before, providers: plans.providers };
  }
  const planned = new Set([...plans.before, ...plans.after].flatMap((r) => declaringCandidates(r.address)));
  const hclOnly = terraform.resources.filter((r) => !planned.has(r.address));
  const providerKey = (p: ProviderConfig): string => `${p.module}|${p.name}|${p.alias ?? ''}`;
  const hclProviders = new Set(terraform.providers.map(providerKey));
  return {
    after: [...hclOnly, ...mapPlanLocations(plans.after, terraform.resources)],
    before: [...hclOnly, ...mapPlanLocations(plans.before, terraform.resources)],
    providers: [
      ...terraform.providers,
      ...mapPlanProviderLocations(plans.providers, terraform.providers).filter(
        (p) => !hclProviders.has(providerKey(p)),
      ),
    ],
  };
}

function dedupeErrors(errors: readonly ScanError[]): ScanError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.file}\u0000${e.line ?? ''}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
