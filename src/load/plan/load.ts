/**
 * `terraform show -json` output to the model: resources before and after the change, the
 * provider configurations, and what could not be read (warnings) or not read at all (errors).
 */
import path from 'node:path';
import type { ScanError } from '../../model/finding.js';
import type { ProviderConfig, Resource } from '../../model/resource.js';
import { displayPath } from '../files.js';
import { PlanConfiguration, normaliseModulePath } from './config.js';
import { objectEntries, providerType, stringOr, type PlanJson, type ProviderConfigJson } from './format.js';
import { indexPlanLines, type PlanLines } from './lines.js';
import { parsePlanJson } from './parse.js';
import { DEFAULT_STREAM_THRESHOLD, readPlanInput } from './read.js';
import { buildPlanResources, planEntries, type PlanEntries } from './resources.js';
import { streamPlan } from './stream-plan.js';

export interface PlanLoad {
  /** The plan file as findings show it: relative to the working directory, with `/`. */
  readonly display: string;
  /** What exists now (the refreshed prior state); resources the plan creates are absent. */
  readonly before: Resource[];
  /** What will exist after apply, with `action` and `before`; destroyed resources are absent. */
  readonly after: Resource[];
  readonly providers: ProviderConfig[];
  readonly warnings: string[];
  readonly errors: ScanError[];
}

/** format_version majors this reader knows; 0.x and 1.x share one layout. */
const KNOWN_MAJORS = new Set([0, 1]);

export interface PlanLoadOptions {
  /**
   * Plans of this many bytes or more are streamed instead of read as one string (default
   * DEFAULT_STREAM_THRESHOLD; the environment variable ROOTGUARD_PLAN_STREAM_BYTES overrides it).
   */
  readonly streamThreshold?: number;
  /** Chunk size of the streaming reader. */
  readonly chunkBytes?: number;
}

export async function loadPlan(file: string, cwd: string, options: PlanLoadOptions = {}): Promise<PlanLoad> {
  const absolute = path.resolve(cwd, file);
  const display = displayPath(absolute, cwd);
  const input = await readPlanInput(absolute, display, options.streamThreshold ?? thresholdFromEnv());
  if ('error' in input) return failed(display, { file: display, message: input.error });
  if ('text' in input) return loadPlanText(input.text, display);
  const streamed = await streamPlan(absolute, input.stream.bomLength, {
    ...(options.chunkBytes !== undefined ? { chunkBytes: options.chunkBytes } : {}),
  });
  if ('error' in streamed) return failedParse(display, streamed);
  try {
    const { plan, entries, lines } = streamed.plan;
    return fromPlan(plan, entries, lines, display);
  } finally {
    await streamed.close();
  }
}

/** ROOTGUARD_PLAN_STREAM_BYTES: lets operators (and the benchmark) move the threshold. */
function thresholdFromEnv(): number {
  const raw = process.env.ROOTGUARD_PLAN_STREAM_BYTES;
  const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_STREAM_THRESHOLD;
}

/** The same, for plan JSON already in memory. */
export function loadPlanText(text: string, display: string): PlanLoad {
  const parsed = parsePlanJson(text);
  if ('error' in parsed) return failedParse(display, parsed);
  return fromPlan(parsed.plan, planEntries(parsed.plan), indexPlanLines(text), display);
}

function fromPlan(plan: PlanJson, entries: PlanEntries, lines: PlanLines, display: string): PlanLoad {
  const warnings = planWarnings(plan).map((w) => `${display}: ${w}`);
  const config = new PlanConfiguration(plan.configuration?.root_module);
  const built = buildPlanResources(entries, config, (address) => ({
    file: display,
    line: lines.resource(address),
  }));
  warnings.push(...built.warnings.map((w) => `${display}: ${w}`));
  return {
    display,
    before: built.before,
    after: built.after,
    providers: providers(plan, config, display, lines),
    warnings,
    errors: [],
  };
}

function failedParse(display: string, parsed: { readonly error: string; readonly line?: number }): PlanLoad {
  return failed(display, {
    file: display,
    ...(parsed.line !== undefined ? { line: parsed.line } : {}),
    message: parsed.error,
  });
}

function failed(display: string, error: ScanError): PlanLoad {
  return { display, before: [], after: [], providers: [], warnings: [], errors: [error] };
}

function planWarnings(plan: PlanJson): string[] {
  const warnings: string[] = [];
  const version = plan.format_version;
  const major = typeof version === 'string' ? /^(\d+)\.\d+/.exec(version)?.[1] : undefined;
  if (typeof version !== 'string') {
    warnings.push('the plan has no format_version; reading it as format 1.x');
  } else if (major === undefined || !KNOWN_MAJORS.has(Number(major))) {
    warnings.push(
      `plan format_version ${JSON.stringify(version)} is not one RootGuard knows (0.x, 1.x); reading what it can, checks may miss changes`,
    );
  }
  if (plan.errored === true) {
    warnings.push(
      'Terraform reported errors while planning (errored: true): the plan is incomplete, so resources it could not plan are missing and their checks are skipped',
    );
  } else if (plan.complete === false) {
    warnings.push(
      'the plan is not complete (complete: false): some changes are deferred to a later plan and are not checked',
    );
  }
  return warnings;
}

function providers(
  plan: PlanJson,
  config: PlanConfiguration,
  display: string,
  lines: PlanLines,
): ProviderConfig[] {
  const out: ProviderConfig[] = [];
  for (const [key, entry] of objectEntries<ProviderConfigJson>(plan.configuration?.provider_config)) {
    const type = providerType(stringOr(entry.full_name, key.split(':').pop() ?? key));
    const name = stringOr(entry.name) || type;
    const alias = typeof entry.alias === 'string' && entry.alias !== '' ? entry.alias : undefined;
    const module = normaliseModulePath(stringOr(entry.module_address));
    const label = `provider "${name}"${alias !== undefined ? ` (alias "${alias}")` : ''}`;
    out.push({
      name,
      ...(type !== '' && type !== name ? { type } : {}),
      ...(alias !== undefined ? { alias } : {}),
      module,
      values: config.providerValues(entry.expressions, module, label),
      location: { file: display, line: lines.provider(key) },
      attributeLines: {},
      origin: 'plan',
    });
  }
  return out;
}
