import path from 'node:path';
import { runRules, type ScopeSetting } from './engine.js';
import {
  countBySeverity,
  type FailOn,
  type Finding,
  type ScanError,
  type SeverityCounts,
  type Unverified,
  atOrAbove,
} from './model/finding.js';
import { discoverTerraformFiles, displayPath } from './load/files.js';
import { readAndParse, type ParsedFile } from './load/hcl.js';
import { evaluateEstate, groupModules, localModuleDir, rootModules } from './load/module.js';
import { buildOrgModel } from './load/org-builder.js';
import { rootVariables, type VariableSources } from './load/tfvars.js';
import type { Value } from './model/value.js';
import { rules as allRules } from './rules/index.js';
import type { Rule } from './rules/rule.js';

export interface ScanOptions {
  /** Directories or files of Terraform; relative to cwd. */
  readonly paths: readonly string[];
  readonly cwd?: string;
  readonly failOn?: FailOn;
  readonly scope?: ScopeSetting;
  readonly rules?: readonly Rule[];
  /** `--var-file` and `--var`, applied to every root module after its own tfvars. */
  readonly variables?: VariableSources;
}

export interface ScanResult {
  readonly version: 1;
  readonly findings: Finding[];
  readonly unverified: Unverified[];
  readonly errors: ScanError[];
  readonly summary: SeverityCounts;
  readonly stats: { readonly files: number; readonly resources: number };
}

/** The engine's one entry point: read the sources, build the model, run the rules. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const discovered = await discoverTerraformFiles(options.paths, cwd);
  const errors: ScanError[] = [...discovered.errors];
  const parsed = await parseAll(discovered.files, cwd, errors);
  await loadCalledModules(parsed, cwd, errors);

  const modules = groupModules([...parsed.values()]);
  const variables = new Map<string, Map<string, Value>>();
  for (const { dir } of rootModules(modules)) {
    variables.set(dir, await rootVariables(dir, options.variables ?? {}, cwd, errors));
  }
  const estate = evaluateEstate(modules, { cwd, rootVariables: (dir) => variables.get(dir) ?? new Map() });
  const org = buildOrgModel(estate.resources, estate.blindSpots);
  const { findings, unverified, crashes } = runRules(
    options.rules ?? allRules,
    { resources: estate.resources, providers: estate.providers, org },
    { scope: options.scope ?? 'auto', live: false },
  );
  for (const crash of crashes)
    errors.push({ file: '(rule)', message: `${crash.ruleId} failed: ${crash.message}` });
  for (const spot of estate.blindSpots) {
    unverified.push({
      ruleId: '*',
      reason: spot.reason,
      ...(spot.resource ? { resource: spot.resource } : {}),
    });
  }
  return {
    version: 1,
    findings,
    unverified,
    errors: errors.sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0),
    ),
    summary: countBySeverity(findings),
    stats: { files: parsed.size, resources: estate.resources.length },
  };
}

async function parseAll(
  files: readonly string[],
  cwd: string,
  errors: ScanError[],
): Promise<Map<string, ParsedFile>> {
  const parsed = new Map<string, ParsedFile>();
  const outcomes = await Promise.all(files.map((file) => readAndParse(file, displayPath(file, cwd))));
  outcomes.forEach((outcome, i) => {
    if (outcome.ok) parsed.set(files[i] ?? '', outcome.file);
    else errors.push(outcome.error);
  });
  return parsed;
}

/** Local modules outside the scanned paths (`source = "../../modules/scp"`) are read too. */
async function loadCalledModules(
  parsed: Map<string, ParsedFile>,
  cwd: string,
  errors: ScanError[],
): Promise<void> {
  const seenDirs = new Set([...parsed.values()].map((f) => path.dirname(f.path)));
  let frontier = [...parsed.values()];
  while (frontier.length > 0) {
    const wanted = new Set<string>();
    for (const file of frontier) {
      for (const block of file.blocks) {
        if (block.type !== 'module') continue;
        const dir = localModuleDir(path.dirname(file.path), block);
        if (dir !== undefined && !seenDirs.has(dir)) wanted.add(dir);
      }
    }
    frontier = [];
    for (const dir of wanted) {
      seenDirs.add(dir);
      const found = await discoverTerraformFiles([dir], cwd, () => false);
      // A module is one directory: subdirectories are other modules.
      const own = found.files.filter((f) => path.dirname(f) === dir);
      const loaded = await parseAll(own, cwd, errors);
      for (const [file, p] of loaded) {
        parsed.set(file, p);
        frontier.push(p);
      }
    }
  }
}

export function failed(result: ScanResult, failOn: FailOn): boolean {
  return result.findings.some((f) => !f.suppressed && atOrAbove(f.severity, failOn));
}
