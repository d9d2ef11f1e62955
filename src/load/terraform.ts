import path from 'node:path';
import type { ScanError } from '../model/finding.js';
import type { ProviderConfig, Resource } from '../model/resource.js';
import type { Value } from '../model/value.js';
import { discoverTerraformFiles, displayPath, moduleFilesIn } from './files.js';
import {
  nativeOutcome,
  parseSourceNative,
  readAndParse,
  readSource,
  type HclParser,
  type ParsedFile,
  type ParseOutcome,
} from './hcl.js';
import { parseNative } from './native/index.js';
import { defaultJobs, parseInWorkers, workersFor, type PoolFile } from './native/pool.js';
import { readModuleManifest, type ModuleManifest } from './module-manifest.js';
import type { BlindSpot } from '../model/org.js';
import { evaluateEstate, groupModules, localModuleDir, rootModules } from './module.js';
import { rootVariables, type VariableSources } from './tfvars.js';

export interface TerraformLoad {
  readonly resources: Resource[];
  readonly providers: ProviderConfig[];
  readonly blindSpots: BlindSpot[];
  readonly errors: ScanError[];
  /** Source text by display path: inline suppressions are read from it. */
  readonly sources: Map<string, string>;
  /** Start lines of the top-level blocks of each file, ascending: a comment above the block covers it. */
  readonly blockLines: Map<string, number[]>;
  readonly files: number;
}

export interface TerraformLoadOptions {
  readonly cwd: string;
  readonly exclude?: (relPath: string) => boolean;
  readonly variables?: VariableSources;
  /** `.tf` parser: native (default; `ROOTGUARD_PARSER` when unset) or hcl2json. */
  readonly parser?: HclParser;
  /**
   * Threads that parse `.tf` files (native parser): 1 parses in this thread; more start workers
   * when there is enough to parse. Default: `ROOTGUARD_JOBS`, else 1 on two cores or fewer, else the
   * available cores (at most 8).
   */
  readonly jobs?: number;
}

/** The parser and thread count a load uses: options first, then the environment, then defaults. */
export function parseSettings(
  options: Pick<TerraformLoadOptions, 'parser' | 'jobs'>,
  env: NodeJS.ProcessEnv = process.env,
): { parser: HclParser; jobs: number } {
  const parser = options.parser ?? (env.ROOTGUARD_PARSER === 'hcl2json' ? 'hcl2json' : 'native');
  const fromEnv = Number(env.ROOTGUARD_JOBS);
  const jobs = options.jobs ?? (Number.isInteger(fromEnv) && fromEnv >= 1 ? fromEnv : defaultJobs());
  return { parser, jobs: Math.max(1, Math.floor(jobs)) };
}

/**
 * Reads every Terraform file under the paths, the modules they call, and the variables of each
 * root module, and evaluates the estate. Bad files become errors; the rest is still read.
 */
export async function loadTerraform(
  paths: readonly string[],
  options: TerraformLoadOptions,
): Promise<TerraformLoad> {
  const { cwd } = options;
  const discovered = await discoverTerraformFiles(paths, cwd, options.exclude);
  const errors: ScanError[] = [...discovered.errors];
  const settings = parseSettings(options);
  const parse: ParseFn = (files) => parseAll(files, cwd, errors, settings);
  const parsed = await parse(discovered.files);
  const manifests = await readManifests(parsed);
  await loadCalledModules(parsed, parse, manifests);

  const modules = groupModules([...parsed.values()], errors);
  const calledDirs = [...manifests.values()].flatMap((m) => [...m.values()]);
  const variables = new Map<string, Map<string, Value>>();
  for (const { dir } of rootModules(modules, calledDirs)) {
    variables.set(dir, await rootVariables(dir, options.variables ?? {}, cwd, errors));
  }
  const estate = evaluateEstate(modules, {
    rootVariables: (dir) => variables.get(dir) ?? new Map(),
    installedModuleDir: (rootDir, key) => manifests.get(rootDir)?.get(key),
    calledDirs,
  });
  return {
    ...estate,
    errors,
    sources: new Map([...parsed.values()].map((f) => [f.display, f.text])),
    blockLines: new Map(
      [...parsed.values()].map((f) => [f.display, f.blocks.map((b) => b.line).sort((a, b) => a - b)]),
    ),
    files: parsed.size,
  };
}

type ParseFn = (files: readonly string[]) => Promise<Map<string, ParsedFile>>;

async function parseAll(
  files: readonly string[],
  cwd: string,
  errors: ScanError[],
  settings: { parser: HclParser; jobs: number },
): Promise<Map<string, ParsedFile>> {
  const parsed = new Map<string, ParsedFile>();
  const outcomes =
    settings.parser === 'hcl2json'
      ? await Promise.all(
          files.map((file) => readAndParse(file, displayPath(file, cwd), { parser: 'hcl2json' })),
        )
      : await parseAllNative(files, cwd, settings.jobs);
  outcomes.forEach((outcome, i) => {
    if (outcome.ok) parsed.set(files[i] ?? '', outcome.file);
    else errors.push(outcome.error);
  });
  return parsed;
}

/**
 * Reads every file, then parses the HCL ones here or, when there are many, on worker threads.
 * Outcomes come back in the order of `files` either way.
 */
async function parseAllNative(files: readonly string[], cwd: string, jobs: number): Promise<ParseOutcome[]> {
  const displays = files.map((file) => displayPath(file, cwd));
  const reads = files.map((file, i) => readSource(file, displays[i]!));
  const outcomes: ParseOutcome[] = new Array<ParseOutcome>(files.length);
  const hcl: number[] = [];
  reads.forEach((read, i) => {
    if ('error' in read) outcomes[i] = { ok: false, error: read.error };
    else if (displays[i]!.endsWith('.json'))
      outcomes[i] = parseSourceNative(read.text, files[i]!, displays[i]!);
    else hcl.push(i);
  });
  const pending: PoolFile[] = hcl.map((i) => ({
    text: (reads[i] as { text: string }).text,
    filename: displays[i]!,
  }));
  const workers = workersFor(jobs, pending);
  const results =
    workers > 0
      ? await parseInWorkers(pending, workers)
      : pending.map((f) => parseNative(f.text, f.filename));
  results.forEach((result, k) => {
    const i = hcl[k]!;
    outcomes[i] = nativeOutcome(result, pending[k]!.text, files[i]!, displays[i]!);
  });
  return outcomes;
}

async function readManifests(parsed: Map<string, ParsedFile>): Promise<Map<string, ModuleManifest>> {
  const manifests = new Map<string, ModuleManifest>();
  for (const dir of new Set([...parsed.values()].map((f) => path.dirname(f.path)))) {
    const manifest = await readModuleManifest(dir);
    if (manifest.size > 0) manifests.set(dir, manifest);
  }
  return manifests;
}

/**
 * Modules outside the scanned paths are read too: local ones (`source = "../../modules/scp"`)
 * and, when `terraform init` has run, downloaded ones listed in `.terraform/modules/modules.json`.
 */
async function loadCalledModules(
  parsed: Map<string, ParsedFile>,
  parse: ParseFn,
  manifests: Map<string, ModuleManifest>,
): Promise<void> {
  const seenDirs = new Set([...parsed.values()].map((f) => path.dirname(f.path)));
  const wanted = new Set<string>();
  for (const manifest of manifests.values()) for (const dir of manifest.values()) wanted.add(dir);
  let frontier = [...parsed.values()];
  while (frontier.length > 0 || wanted.size > 0) {
    for (const file of frontier) {
      for (const block of file.blocks) {
        if (block.type !== 'module') continue;
        const dir = localModuleDir(path.dirname(file.path), block);
        if (dir !== undefined) wanted.add(dir);
      }
    }
    frontier = [];
    for (const dir of [...wanted]) {
      wanted.delete(dir);
      if (seenDirs.has(dir)) continue;
      seenDirs.add(dir);
      const loaded = await parse(await moduleFilesIn(dir));
      for (const [file, p] of loaded) {
        parsed.set(file, p);
        frontier.push(p);
      }
    }
  }
}
