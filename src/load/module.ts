import path from 'node:path';
import type { Location } from '../model/location.js';
import type { BlindSpot } from '../model/org.js';
import { partitionAttributes, regionPartition } from '../model/partition.js';
import { isAwsProvider, type ProviderConfig, type Resource } from '../model/resource.js';
import { Unknown, isObject, type Value, type ValueObject } from '../model/value.js';
import { evaluateTemplateString, referenceUnknown, references } from './expr/index.js';
import { compareStrings } from './expr/json.js';
import { dependenciesFirst, localsNamed } from './local-order.js';
import { policyDocumentAttributes } from './policy-document.js';
import { ignoredArguments, markIgnoredUnset } from './ignore-changes.js';
import { withTypeDefaults } from './var-type.js';
import { workingDirFiles, type WorkingDirFiles } from './working-dir.js';
import type { Scope } from './expr/scope.js';
import { isRawObject, type ParsedFile, type RawBlock, type RawObject, type RawValue } from './hcl.js';
import { addToList, appendAll } from '../append-all.js';
import type { ScanError } from '../model/finding.js';
import { isOverrideFile, mergeOverrides } from './override.js';
import { keptObject, keptValues } from './removed.js';
import { requiredProviderTypes } from './required-providers.js';

/** Arguments that steer Terraform itself rather than describe the resource. */
const META_ARGUMENTS = new Set([
  'count',
  'for_each',
  'depends_on',
  'provider',
  'lifecycle',
  'provisioner',
  'connection',
]);
const MAX_MODULE_DEPTH = 32;
/**
 * Locals waiting to be evaluated beneath one, past which they are evaluated first, in order:
 * recursion this deep is still far from the stack's limit.
 */
const DEEP_LOCALS = 100;

/** A directory of Terraform files: one module. */
export interface ModuleDef {
  readonly dir: string;
  readonly blocks: RawBlock[];
}

export interface EvaluatedEstate {
  readonly resources: Resource[];
  readonly providers: ProviderConfig[];
  readonly blindSpots: BlindSpot[];
}

/**
 * The files of each directory as one module, its override files merged in (override.ts); what
 * Terraform would reject in an override goes to `errors`.
 */
export function groupModules(files: readonly ParsedFile[], errors: ScanError[]): Map<string, ModuleDef> {
  const primary = new Map<string, RawBlock[]>();
  const overrides = new Map<string, ParsedFile[]>();
  for (const file of files) {
    const dir = path.dirname(file.path);
    if (isOverrideFile(file.path)) addToList(overrides, dir, file);
    else {
      const blocks = primary.get(dir) ?? [];
      appendAll(blocks, file.blocks);
      primary.set(dir, blocks);
    }
  }
  const modules = new Map<string, ModuleDef>();
  for (const dir of new Set([...primary.keys(), ...overrides.keys()])) {
    const blocks = primary.get(dir) ?? [];
    // Terraform reads a directory's override files in the byte order of their names.
    const later = (overrides.get(dir) ?? []).sort((a, b) =>
      compareStrings(path.basename(a.path), path.basename(b.path)),
    );
    modules.set(dir, {
      dir,
      blocks:
        later.length === 0
          ? blocks
          : mergeOverrides(
              blocks,
              later.map((f) => f.blocks),
              errors,
            ),
    });
  }
  return modules;
}

/** The directory a module call points at, when its source is a local path. */
export function localModuleDir(moduleDir: string, block: RawBlock): string | undefined {
  const source = block.body.source;
  if (typeof source !== 'string' || !(source.startsWith('./') || source.startsWith('../'))) return undefined;
  return path.resolve(moduleDir, source);
}

/** Root modules: scanned directories that no other scanned directory calls as a local module. */
export function rootModules(modules: Map<string, ModuleDef>, alsoCalled: Iterable<string> = []): ModuleDef[] {
  const called = new Set<string>(alsoCalled);
  for (const def of modules.values()) {
    for (const block of def.blocks) {
      if (block.type !== 'module') continue;
      const dir = localModuleDir(def.dir, block);
      if (dir !== undefined && dir !== def.dir) called.add(dir);
    }
  }
  return [...modules.values()]
    .filter((def) => !called.has(def.dir))
    .sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}

export interface EstateOptions {
  /** Values for a root module's variables (tfvars, --var), by variable name. */
  readonly rootVariables?: (dir: string) => ReadonlyMap<string, Value>;
  /** Where `terraform init` put a non-local module: `.terraform/modules/modules.json` of the root. */
  readonly installedModuleDir?: (rootDir: string, key: string) => string | undefined;
  /** Directories called as modules by other means than a local path (downloaded modules). */
  readonly calledDirs?: Iterable<string>;
}

export function evaluateEstate(modules: Map<string, ModuleDef>, options: EstateOptions): EvaluatedEstate {
  const out: EvaluatedEstate = { resources: [], providers: [], blindSpots: [] };
  for (const root of rootModules(modules, options.calledDirs)) {
    const inputs = options.rootVariables?.(root.dir) ?? new Map<string, Value>();
    const instance = new ModuleInstance(
      root,
      '',
      inputs,
      modules,
      options,
      { rootDir: root.dir, keys: [] },
      out,
    );
    if (inputs.size === 0 && looksLikeReusableModule(root)) instance.reusableRoot = true;
    instance.collect();
  }
  return out;
}

/**
 * A root that configures no provider and is given no variable values is most likely a module
 * published for others to call (the registry's layout: main.tf, variables.tf, outputs.tf),
 * scanned on its own: its variables' defaults are the author's placeholders, not the values any
 * caller deploys with. A deployable AWS root configures its provider (at least its region).
 */
function looksLikeReusableModule(def: ModuleDef): boolean {
  return !def.blocks.some((block) => block.type === 'provider');
}

/**
 * A resource instance declared in HCL. Its values are evaluated when a rule first reads them:
 * most resources of a large estate are of types no rule looks at, and evaluating them (policy
 * documents, jsonencode) dominates. `values` stays an own enumerable property, so spreads,
 * Object.keys and JSON see it as on any other resource.
 *
 * Its getter is one function shared by every instance: an object literal's `get values()` is a
 * new closure each time, which puts every resource in dictionary mode (three times the memory,
 * and a hash lookup for every property a rule reads). The fields are declared, not initialised,
 * so that they are defined in the order of the Resource interface; they are writable only here,
 * since the estate hands instances out as (readonly) Resources.
 */
class HclResource implements Resource {
  declare address: string;
  declare mode: 'managed' | 'data';
  declare type: string;
  declare name: string;
  declare module: string;
  declare index?: string | number;
  declare uncertain?: string;
  declare readonly values: ValueObject;
  declare location: Location;
  declare attributeLines: Readonly<Record<string, number>>;
  declare attributeFiles?: Readonly<Record<string, string>>;
  declare origin: 'hcl';
  #values: ValueObject | undefined;
  readonly #evaluate: () => ValueObject;

  static readonly #valuesProperty: PropertyDescriptor & ThisType<HclResource> = {
    get(): ValueObject {
      return (this.#values ??= this.#evaluate());
    },
    enumerable: true,
  };

  constructor(
    address: string,
    mode: 'managed' | 'data',
    type: string,
    name: string,
    module: string,
    index: string | number | undefined,
    block: RawBlock,
    evaluate: () => ValueObject,
  ) {
    this.#evaluate = evaluate;
    this.address = address;
    this.mode = mode;
    this.type = type;
    this.name = name;
    this.module = module;
    // Only expanded instances have an index, as with plan resources.
    if (index !== undefined) this.index = index;
    Object.defineProperty(this, 'values', HclResource.#valuesProperty);
    this.location = { file: block.file, line: block.line };
    this.attributeLines = block.attributeLines;
    if (block.attributeFiles !== undefined) this.attributeFiles = block.attributeFiles;
    this.origin = 'hcl';
  }

  markUncertain(reason: string): void {
    this.uncertain = reason;
  }
}

/** One instantiation of a module: its variables bound, its locals and outputs evaluated on demand. */
class ModuleInstance {
  private readonly localDefs = new Map<string, RawValue>();
  private readonly variableDefs = new Map<string, RawBlock>();
  private readonly outputDefs = new Map<string, RawBlock>();
  private readonly moduleCalls = new Map<string, RawBlock>();
  private readonly policyDocuments = new Map<string, RawBlock>();
  private readonly partitionSources = new Map<string, RawBlock>();
  /** Resources and data sources with count or for_each, by address in this module. */
  private readonly expandedResources = new Map<string, RawBlock>();
  /** The module instance that calls this one; undefined for a root. */
  parent: ModuleInstance | undefined;
  private partition: string | null | undefined;
  /** Provider types by local name, from required_providers (read when a provider block is met). */
  private providerTypes: ReadonlyMap<string, string> | undefined;
  private readonly memo = new Map<string, Value>();
  private files: WorkingDirFiles | undefined;
  private readonly evaluating = new Set<string>();
  /** The locals each local's definition names, read once (see evaluateLocalsFirst). */
  private readonly localReferences = new Map<string, readonly string[]>();
  private evaluatingLocalsFirst = false;
  private readonly children = new Map<string, ModuleInstance[] | null>();
  readonly scope: Scope;
  /** The count/for_each key of this module instance, when its call is expanded. */
  instanceKey: string | number | undefined;
  /** Why this module instance may not exist (its call's count or for_each is not known). */
  uncertain: string | undefined;
  /** A root that looks like a reusable module (see looksLikeReusableModule). */
  reusableRoot = false;
  /** Variables that took their default: no input gave them a value. */
  private readonly defaulted = new Set<string>();
  /** `module.a.module.b` (the prefix without its final dot), `''` for a root module. */
  private readonly modulePath: string;

  constructor(
    private readonly def: ModuleDef,
    private readonly prefix: string,
    private readonly inputs: ReadonlyMap<string, Value>,
    private readonly modules: Map<string, ModuleDef>,
    private readonly options: EstateOptions,
    private readonly lineage: { readonly rootDir: string; readonly keys: readonly string[] },
    private readonly out: EvaluatedEstate,
  ) {
    for (const block of def.blocks) {
      const name = block.labels[0] ?? '';
      if (block.type === 'locals') for (const [k, v] of Object.entries(block.body)) this.localDefs.set(k, v);
      else if (block.type === 'variable') this.variableDefs.set(name, block);
      else if (block.type === 'output') this.outputDefs.set(name, block);
      else if (block.type === 'module') this.moduleCalls.set(name, block);
      else if (block.type === 'data' && name === 'aws_iam_policy_document' && block.labels[1] !== undefined) {
        this.policyDocuments.set(block.labels[1], block);
      } else if (block.type === 'data' && name === 'aws_partition' && block.labels[1] !== undefined) {
        this.partitionSources.set(block.labels[1], block);
      }
      if ((block.type === 'resource' || block.type === 'data') && block.labels[1] !== undefined) {
        const address = `${block.type === 'data' ? 'data.' : ''}${name}.${block.labels[1]}`;
        if ('count' in block.body || 'for_each' in block.body) this.expandedResources.set(address, block);
      }
    }
    this.scope = this.makeScope();
    this.modulePath = prefix.endsWith('.') ? prefix.slice(0, -1) : prefix;
  }

  private makeScope(extra?: Pick<Scope, 'each' | 'count'>): Scope {
    // Terraform runs in the root module's directory: path.module is relative to it, and so is a
    // relative file() path in any module of the tree, wherever the scan itself was started.
    const workingDir = this.lineage.rootDir;
    return {
      modulePrefix: this.prefix,
      variable: (name) => this.variable(name),
      local: (name) => this.local(name),
      path: (kind) => (kind === 'module' ? relativeDir(workingDir, this.def.dir) : '.'),
      resource: (address) => this.resourceValue(address),
      providerType: (name) => this.providerTypeOf(name),
      ...(this.files ??= workingDirFiles(workingDir)),
      ...extra,
    };
  }

  private memoised(key: string, compute: () => Value): Value {
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    if (this.evaluating.has(key)) return new Unknown(`${key} refers to itself`);
    this.evaluating.add(key);
    const value = compute();
    this.evaluating.delete(key);
    this.memo.set(key, value);
    return value;
  }

  private variable(name: string): Value | undefined {
    if (!this.variableDefs.has(name) && !this.inputs.has(name)) return undefined;
    return this.memoised(`var.${name}`, () => {
      const block = this.variableDefs.get(name);
      const typed = (value: Value): Value => withTypeDefaults(value, block?.body.type, this.scope);
      const input = this.inputs.get(name);
      // `nullable = false`: a null input means "use the default", as in Terraform.
      const nullMeansDefault =
        input === null && block !== undefined && this.evaluate(block.body.nullable ?? null) === false;
      if (input !== undefined && !nullMeansDefault) return typed(input);
      if (block && 'default' in block.body) {
        this.defaulted.add(name);
        return typed(this.evaluate(block.body.default ?? null));
      }
      return new Unknown(`variable "${name}" has no value (no default, no tfvars)`);
    });
  }

  private local(name: string): Value | undefined {
    const def = this.localDefs.get(name);
    if (def === undefined) return undefined;
    const key = `local.${name}`;
    if (!this.memo.has(key) && !this.evaluatingLocalsFirst) this.evaluateLocalsFirst(name);
    return this.memoised(key, () => this.evaluate(def));
  }

  /**
   * Evaluates the locals `name` depends on, each after its own, when there are many not yet
   * known: a chain of thousands is then evaluated at the depth of one link. Terraform evaluates
   * every local anyway, so evaluating them before they are asked for changes no value.
   */
  private evaluateLocalsFirst(name: string): void {
    const order = dependenciesFirst(
      name,
      (local) => this.localsNamedBy(local),
      (local) => this.localDefs.has(local) && !this.memo.has(`local.${local}`),
    );
    if (order.length <= DEEP_LOCALS) return;
    this.evaluatingLocalsFirst = true;
    try {
      for (const local of order) this.local(local);
    } finally {
      this.evaluatingLocalsFirst = false;
    }
  }

  private localsNamedBy(name: string): readonly string[] {
    let names = this.localReferences.get(name);
    if (names === undefined) {
      names = localsNamed(this.localDefs.get(name) ?? null);
      this.localReferences.set(name, names);
    }
    return names;
  }

  private resourceValue(address: string): Value | undefined {
    if (address.startsWith('module.')) {
      const name = address.slice('module.'.length);
      const instances = this.child(name);
      if (!instances) return undefined;
      const block = this.moduleCalls.get(name);
      const expanded = block !== undefined && ('count' in block.body || 'for_each' in block.body);
      return this.memoised(address, () => {
        if (!expanded) return instances[0]?.outputs() ?? {};
        // module.m[key].output: an object (for_each) or list (count) of instance outputs.
        const entries = instances.map((i) => [i.instanceKey, i.outputs()] as const);
        return 'count' in (block?.body ?? {})
          ? entries.map(([, o]) => o)
          : Object.fromEntries(entries.map(([k, o]) => [String(k), o]));
      });
    }
    const partitionPrefix = 'data.aws_partition.';
    if (address.startsWith(partitionPrefix)) {
      const block = this.partitionSources.get(address.slice(partitionPrefix.length));
      if (!block) return undefined;
      const partition = this.awsPartition();
      const attributes = partition !== undefined ? partitionAttributes(partition) : undefined;
      // Every instance reads the same provider: a count or for_each only repeats the answer.
      return attributes
        ? this.memoised(address, () => this.perInstance(block, () => ({ ...attributes })))
        : undefined;
    }
    const documentPrefix = 'data.aws_iam_policy_document.';
    if (address.startsWith(documentPrefix)) {
      const block = this.policyDocuments.get(address.slice(documentPrefix.length));
      if (!block) return undefined;
      return this.memoised(address, () =>
        this.perInstance(block, (scope, key) =>
          policyDocumentAttributes(
            this.evaluateBody(block.body, scope),
            `${this.prefix}${address}${key === undefined ? '' : `[${JSON.stringify(key)}]`}`,
          ),
        ),
      );
    }
    return this.instanceCollection(address);
  }

  /**
   * A data source's value as Terraform exposes it: the one object, or with count a list of
   * instances and with for_each an object of them by key.
   */
  private perInstance(block: RawBlock, render: (scope: Scope, key?: string | number) => Value): Value {
    if (!('count' in block.body) && !('for_each' in block.body)) return render(this.scope);
    const instances = this.instances(block);
    if (instances instanceof Unknown) return instances;
    if ('count' in block.body) return instances.map((i) => render(i.scope, i.key));
    const byKey: ValueObject = {};
    for (const i of instances) byKey[String(i.key)] = render(i.scope, i.key);
    return byKey;
  }

  /**
   * A resource with count or for_each named whole (`keys(aws_x.y)`, `for k, v in aws_x.y`,
   * `length(aws_x.y)`): Terraform knows which instances it has before apply, though not their
   * attributes, so it is a list (count) or an object (for_each) of unknown instances, each still a
   * reference to its own instance. Undefined when the instances themselves are not known.
   */
  private instanceCollection(address: string): Value | undefined {
    const block = this.expandedResources.get(address);
    if (!block) return undefined;
    const value = this.memoised(`instances of ${address}`, () => {
      const instances = this.instances(block);
      if (instances instanceof Unknown) return instances;
      const ref = (key: string | number) =>
        referenceUnknown({ address: `${this.prefix}${address}`, path: [key] });
      if ('count' in block.body) return instances.map((_, index) => ref(index));
      const byKey: ValueObject = {};
      for (const { key } of instances) if (key !== undefined) byKey[String(key)] = ref(String(key));
      return byKey;
    });
    return value instanceof Unknown ? undefined : value;
  }

  outputs(): ValueObject {
    const values: ValueObject = {};
    for (const [name, block] of this.outputDefs) {
      values[name] = this.memoised(`output.${name}`, () => this.evaluate(block.body.value ?? null));
    }
    return values;
  }

  evaluate(raw: RawValue, scope: Scope = this.scope): Value {
    return evaluateRaw(raw, scope);
  }

  /**
   * The partition of every AWS provider this module can use, when they all agree and each names
   * its region: `data "aws_partition"` reads it from whichever of them it is given. A module uses
   * the provider configurations of its own tree of callers (passed down, or inherited), so all of
   * theirs count; one without a known region (it comes from the environment) leaves it unknown.
   */
  private awsPartition(): string | undefined {
    if (this.partition === undefined) {
      const found = new Set<string>();
      const known = this.addProviderPartitions(found);
      const [only] = found;
      this.partition = known && found.size === 1 && only !== undefined ? only : null;
    }
    return this.partition ?? undefined;
  }

  /** Adds the partitions of this module's AWS providers and its callers'; false when one is not known. */
  private addProviderPartitions(found: Set<string>): boolean {
    for (const block of this.def.blocks) {
      if (block.type !== 'provider' || !isAwsProvider(this.providerConfigName(block))) continue;
      const region = 'region' in block.body ? this.evaluate(block.body.region ?? null) : undefined;
      const partition = typeof region === 'string' ? regionPartition(region) : undefined;
      if (partition === undefined) return false;
      found.add(partition);
    }
    return this.parent?.addProviderPartitions(found) ?? true;
  }

  /** The instances of a module call (several with count/for_each), or null when its code is not available. */
  private child(name: string): ModuleInstance[] | null {
    const known = this.children.get(name);
    if (known !== undefined) return known;
    const block = this.moduleCalls.get(name);
    const keys = [...this.lineage.keys, name];
    const dir = block
      ? (localModuleDir(this.def.dir, block) ??
        this.options.installedModuleDir?.(this.lineage.rootDir, keys.join('.')))
      : undefined;
    const def = dir !== undefined ? this.modules.get(dir) : undefined;
    let instances: ModuleInstance[] | null = null;
    if (block && def && keys.length <= MAX_MODULE_DEPTH) {
      instances = this.expand(block).map(({ key, scope, uncertain }) => {
        const inputs = new Map<string, Value>();
        for (const [arg, raw] of Object.entries(block.body)) {
          if (arg === 'source' || arg === 'version' || META_ARGUMENTS.has(arg) || arg === 'providers')
            continue;
          inputs.set(arg, this.evaluate(raw, scope));
        }
        const suffix = key === undefined ? '' : `[${JSON.stringify(key)}]`;
        const instance = new ModuleInstance(
          def,
          `${this.prefix}module.${name}${suffix}.`,
          inputs,
          this.modules,
          this.options,
          { rootDir: this.lineage.rootDir, keys },
          this.out,
        );
        instance.instanceKey = key;
        instance.parent = this;
        const why = uncertain === undefined ? this.uncertain : `module.${name}: ${uncertain}`;
        if (why !== undefined) instance.uncertain = why;
        return instance;
      });
    }
    this.children.set(name, instances);
    return instances;
  }

  /** Adds this module's resources and providers (and its children's) to the estate. */
  collect(): void {
    for (const block of this.def.blocks) {
      if (block.type === 'resource' || block.type === 'data') this.collectResource(block);
      else if (block.type === 'provider') this.collectProvider(block);
      else if (block.type === 'removed') this.collectKept(block);
    }
    for (const [name, block] of this.moduleCalls) {
      const instances = this.child(name);
      if (instances) for (const instance of instances) instance.collect();
      else {
        const source = typeof block.body.source === 'string' ? block.body.source : 'unknown source';
        const address = `${this.prefix}module.${name}`;
        this.out.blindSpots.push({
          resource: address,
          module: address,
          reason: `module "${name}" (source ${source}) is not available to scan; run terraform init or scan its directory`,
        });
      }
    }
  }

  /**
   * What a `removed` block with destroy = false leaves in AWS: a guardrail resource whose settings
   * are unknown (it exists, managed outside Terraform), or a module call that may have declared anything.
   */
  private collectKept(block: RawBlock): void {
    const kept = keptObject(block);
    if (kept === undefined) return;
    const modulePrefix = `${this.prefix}${kept.modules}`;
    const why =
      'was removed from the configuration with lifecycle destroy = false: it stays in AWS, managed outside Terraform';
    if (kept.kind === 'module') {
      const address = `${modulePrefix}module.${kept.name}`;
      this.out.blindSpots.push({
        resource: address,
        module: address,
        kept: true,
        reason: `${address} ${why}`,
      });
      return;
    }
    const address = `${modulePrefix}${kept.type}.${kept.name}`;
    const values = keptValues(
      kept.type,
      (arg) => new Unknown(`${address} ${why}, so its ${arg} is not known`),
    );
    if (values === undefined) return;
    const module = modulePrefix.endsWith('.') ? modulePrefix.slice(0, -1) : modulePrefix;
    const resource = new HclResource(
      address,
      'managed',
      kept.type,
      kept.name,
      module,
      undefined,
      block,
      () => values,
    );
    this.out.resources.push(resource);
  }

  private providerTypeOf(localName: string): string | undefined {
    return (this.providerTypes ??= requiredProviderTypes(this.def.blocks)).get(localName);
  }

  /** A provider block's local name, and its type when required_providers gives it another. */
  private providerConfigName(block: RawBlock): { name: string; type?: string } {
    const name = block.labels[0] ?? '';
    const type = this.providerTypeOf(name);
    return type === undefined || type === name ? { name } : { name, type };
  }

  private collectProvider(block: RawBlock): void {
    const values = this.evaluateBody(block.body, this.scope);
    const alias = typeof values.alias === 'string' ? values.alias : undefined;
    this.out.providers.push({
      ...this.providerConfigName(block),
      ...(alias !== undefined ? { alias } : {}),
      module: this.modulePath,
      values,
      location: { file: block.file, line: block.line },
      attributeLines: block.attributeLines,
      ...(block.attributeFiles !== undefined ? { attributeFiles: block.attributeFiles } : {}),
      origin: 'hcl',
    });
  }

  private collectResource(block: RawBlock): void {
    const [type = '', name = ''] = block.labels;
    const mode = block.type === 'data' ? 'data' : 'managed';
    const base = `${this.prefix}${mode === 'data' ? 'data.' : ''}${type}.${name}`;
    const ignored =
      mode === 'managed' && 'lifecycle' in block.body ? ignoredArguments(block.body) : undefined;
    for (const instance of this.expand(block)) {
      const address = instance.key === undefined ? base : `${base}[${JSON.stringify(instance.key)}]`;
      const resource = new HclResource(
        address,
        mode,
        type,
        name,
        this.modulePath,
        instance.key,
        block,
        () => {
          const values = this.evaluateBody(block.body, instance.scope);
          return ignored === undefined ? values : markIgnoredUnset(values, ignored, type);
        },
      );
      const uncertain = instance.uncertain ?? this.uncertain;
      if (uncertain !== undefined) resource.markUncertain(`it may not exist: ${uncertain}`);
      this.out.resources.push(resource);
    }
  }

  /**
   * count and for_each instances. An unknown collection keeps one instance, so that checks of
   * what it would be still run, marked `uncertain`: it may as well not exist at all.
   */
  private expand(block: RawBlock): { key?: string | number; scope: Scope; uncertain?: string }[] {
    const instances = this.instances(block);
    if (!(instances instanceof Unknown)) return instances;
    if ('count' in block.body) {
      // count.index then stays Unknown.
      return [{ scope: this.scope, uncertain: `its count is not known: ${instances.reason}` }];
    }
    return [
      {
        scope: this.makeScope({ each: { key: instances, value: instances } }),
        uncertain: `its for_each collection is not known: ${instances.reason}`,
      },
    ];
  }

  /** The instances of a block (one without a key when it has neither count nor for_each). */
  private instances(block: RawBlock): { key?: string | number; scope: Scope }[] | Unknown {
    if ('count' in block.body) {
      const count = this.evaluate(block.body.count ?? null);
      if (typeof count !== 'number') {
        return count instanceof Unknown ? count : new Unknown('count is not a number');
      }
      if (count <= 0) {
        const placeholder = this.placeholderDefault(block.body.count);
        if (placeholder) return new Unknown(`count is 0 only through ${placeholder}`);
      }
      return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, index) => ({
        key: index,
        scope: this.makeScope({ count: { index } }),
      }));
    }
    if ('for_each' in block.body) {
      const each = this.evaluate(block.body.for_each ?? null);
      const entries = forEachEntries(each);
      if (entries) {
        const placeholder = entries.length === 0 ? this.placeholderDefault(block.body.for_each) : undefined;
        if (placeholder) return new Unknown(`for_each is empty only through ${placeholder}`);
        return entries.map(([key, value]) => ({ key, scope: this.makeScope({ each: { key, value } }) }));
      }
      return each instanceof Unknown ? each : new Unknown('for_each is not a map or set');
    }
    return [{ scope: this.scope }];
  }

  private evaluateBody(body: RawObject, scope: Scope): ValueObject {
    return bodyValues(body, scope, META_ARGUMENTS);
  }

  /**
   * In a root that looks like a reusable module, the defaulted variable a count or for_each
   * reads, described: an empty default there (`default = []`, `enabled = false`) is a caller's
   * choice left open, so "no instance" would be a guess, and absence findings false alarms.
   */
  private placeholderDefault(raw: RawValue | undefined): string | undefined {
    if (!this.reusableRoot || typeof raw !== 'string') return undefined;
    for (const ref of references(raw)) {
      const name = ref.address.startsWith('var.') ? ref.address.slice('var.'.length) : undefined;
      if (name !== undefined && this.defaulted.has(name)) {
        return `the default of var.${name} in what looks like a reusable module (no provider block, no variable values given), which its callers set`;
      }
    }
    return undefined;
  }
}

/** Nested blocks may hold their own `dynamic` blocks: walk them as bodies. */
function evaluateNested(raw: RawValue, scope: Scope): Value {
  if (Array.isArray(raw) && raw.length > 0 && raw.every(isRawObject)) {
    return raw.map((item) =>
      isRawObject(item) && isRawObject(item.dynamic) ? nestedBody(item, scope) : evaluateRaw(item, scope),
    );
  }
  return evaluateRaw(raw, scope);
}

function nestedBody(body: RawObject, scope: Scope): ValueObject {
  return bodyValues(body, scope, NO_NAMES);
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** A body's values, `dynamic` blocks expanded; `skip`: arguments that are not values (meta-arguments). */
function bodyValues(body: RawObject, scope: Scope, skip: ReadonlySet<string>): ValueObject {
  const values: ValueObject = {};
  // Keys, not entries: a pair array per argument was a large share of evaluation's garbage.
  const keys = Object.keys(body);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== 'dynamic' && !skip.has(key)) values[key] = evaluateNested(body[key]!, scope);
  }
  if (isRawObject(body.dynamic)) expandDynamicBlocks(body.dynamic, scope, values);
  return values;
}

/**
 * `dynamic "statement" { for_each = ...; iterator = s; content { ... } }` becomes one
 * `statement` block per element, appended after the static ones as Terraform does. An unknown
 * collection leaves an Unknown in the block list, so whatever reads it knows it is incomplete.
 */
function expandDynamicBlocks(dynamic: RawObject, scope: Scope, into: ValueObject): void {
  for (const [blockType, defs] of Object.entries(dynamic)) {
    const expanded: Value[] = Array.isArray(into[blockType]) ? [...(into[blockType] as Value[])] : [];
    for (const def of Array.isArray(defs) ? defs : [defs]) {
      if (!isRawObject(def)) continue;
      const collection = evaluateRaw(def.for_each ?? null, scope);
      const iterator =
        typeof def.iterator === 'string' ? def.iterator.replace(/^\$\{(.*)\}$/, '$1') : blockType;
      const entries = dynamicEntries(collection);
      if (!entries) {
        const reason = collection instanceof Unknown ? collection.reason : 'for_each is not a collection';
        expanded.push(
          new Unknown(
            `dynamic "${blockType}" cannot be expanded: ${reason}`,
            collection instanceof Unknown ? collection.refs : [],
          ),
        );
        continue;
      }
      const content = Array.isArray(def.content) ? def.content[0] : def.content;
      for (const [key, value] of entries) {
        const iterScope: Scope = {
          ...scope,
          resource: (address) =>
            address === `${iterator}.value`
              ? value
              : address === `${iterator}.key`
                ? key
                : scope.resource(address),
        };
        expanded.push(isRawObject(content) ? nestedBody(content, iterScope) : {});
      }
    }
    into[blockType] = expanded;
  }
}

/** Lists iterate with their index as key; maps by key; sets (our lists) by element. */
function dynamicEntries(value: Value): [Value, Value][] | undefined {
  if (Array.isArray(value)) return value.map((v, i) => [i, v]);
  if (isObject(value)) return Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return undefined;
}

/** for_each takes a map (keys) or a set of strings (the strings are the keys). */
function forEachEntries(value: Value): [string, Value][] | undefined {
  if (Array.isArray(value)) {
    if (!value.every((v) => typeof v === 'string')) return undefined;
    return [...new Set(value as string[])].sort().map((v) => [v, v]);
  }
  if (isObject(value)) return Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return undefined;
}

/** Evaluates hcl2json output: strings are templates, containers are walked, the rest is literal. */
export function evaluateRaw(raw: RawValue, scope: Scope): Value {
  if (typeof raw === 'string') return evaluateTemplateString(raw, scope);
  if (Array.isArray(raw)) return raw.map((item) => evaluateRaw(item, scope));
  if (isRawObject(raw)) {
    const out: ValueObject = {};
    const keys = Object.keys(raw);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      out[key] = evaluateRaw(raw[key]!, scope);
    }
    return out;
  }
  return raw;
}

function relativeDir(cwd: string, dir: string): string {
  const rel = path.relative(cwd, dir).split(path.sep).join('/');
  return rel === '' ? '.' : rel;
}
