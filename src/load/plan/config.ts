/**
 * The plan's `configuration` section: per module, the resources' expressions and their
 * `references`. A value known only after apply is still linkable through what its expression
 * refers to, so `target_id = var.root_id` inside `module.guardrails` is followed through the
 * module call to `aws_organizations_organization.org.roots[0].id`, as the HCL path does.
 */
import {
  Unknown,
  type PathSegment,
  type Reference,
  type Value,
  type ValueObject,
} from '../../model/value.js';
import {
  localAddress,
  moduleText,
  parseTraversal,
  stepsToPath,
  type ModuleStep,
  type ResourceAddress,
  type Step,
} from './address.js';
import {
  arrayOr,
  isJsonObject,
  objectEntries,
  objectItems,
  objectOr,
  stringOr,
  type ConfigModuleJson,
  type ConfigResourceJson,
  type JsonObject,
  type ModuleCallJson,
} from './format.js';
import { jsonValue } from './values.js';

/** One module of the configuration (not an instance: `count`/`for_each` modules share it). */
interface ModuleScope {
  /** `''`, `module.a`, `module.a.module.b`. */
  readonly path: string;
  readonly module: ConfigModuleJson;
  readonly parent?: ModuleScope;
  /** How the parent calls this module (its input expressions). */
  readonly call?: ModuleCallJson;
}

/** Chains of `var` / module outputs deeper than this are cut (a cycle in broken input). */
const MAX_DEPTH = 32;
const NOT_RESOURCES = new Set(['var', 'local', 'module', 'each', 'count', 'path', 'self', 'terraform']);

export class PlanConfiguration {
  private readonly modules = new Map<string, ModuleScope>();
  private readonly resources = new Map<string, ConfigResourceJson>();

  constructor(rootModule: unknown) {
    if (isJsonObject(rootModule)) this.addModule({ path: '', module: rootModule }, 0);
  }

  private addModule(scope: ModuleScope, depth: number): void {
    if (depth > MAX_DEPTH) return;
    this.modules.set(scope.path, scope);
    for (const resource of objectItems<ConfigResourceJson>(scope.module.resources)) {
      // Configuration addresses are relative to their module.
      this.resources.set(`${scope.path}|${stringOr(resource.address)}`, resource);
    }
    for (const [name, call] of objectEntries<ModuleCallJson>(scope.module.module_calls)) {
      if (!isJsonObject(call.module)) continue;
      const path = scope.path === '' ? `module.${name}` : `${scope.path}.module.${name}`;
      this.addModule({ path, module: call.module, parent: scope, call }, depth + 1);
    }
  }

  /** Whether the configuration declares the resource (any instance of it). */
  declares(address: ResourceAddress): boolean {
    return this.resources.has(`${moduleText(address.modules, false)}|${localAddress(address)}`);
  }

  hasConfiguration(): boolean {
    return this.modules.size > 0;
  }

  /**
   * References of the expression that sets `path` of a resource instance, resolved to the
   * objects they name (module prefix of the instance included), most specific first.
   */
  refsAt(address: ResourceAddress, path: readonly PathSegment[]): Reference[] {
    const scope = this.modules.get(moduleText(address.modules, false));
    const resource = this.resources.get(`${moduleText(address.modules, false)}|${localAddress(address)}`);
    if (!scope || !resource) return [];
    const expression = expressionAt(resource.expressions, path);
    return expression ? this.resolve(expression.references, scope, address.modules, 0) : [];
  }

  /** A provider_config entry's arguments, references resolved in the provider's module. */
  providerValues(expressions: unknown, modulePath: string, label: string): ValueObject {
    const scope = this.modules.get(modulePath) ?? { path: modulePath, module: {} };
    const steps = parseTraversal(modulePath) ?? [];
    const modules: ModuleStep[] = [];
    for (let i = 0; i + 1 < steps.length; i += 2) {
      const s = steps[i + 1];
      if (s && 'name' in s) modules.push({ name: s.name });
    }
    return expressionValues(expressions, label, (refs) => this.resolve(refs, scope, modules, 0));
  }

  private resolve(
    references: unknown,
    scope: ModuleScope,
    prefix: readonly ModuleStep[],
    depth: number,
  ): Reference[] {
    if (depth > MAX_DEPTH) return [];
    const out: Reference[] = [];
    for (const text of arrayOr(references)) {
      if (typeof text !== 'string') continue;
      const steps = parseTraversal(text);
      if (steps) out.push(...this.resolveOne(steps, scope, prefix, depth));
    }
    return mostSpecific(out);
  }

  private resolveOne(
    steps: Step[],
    scope: ModuleScope,
    prefix: readonly ModuleStep[],
    depth: number,
  ): Reference[] {
    const name = (i: number): string | undefined => {
      const s = steps[i];
      return s && 'name' in s ? s.name : undefined;
    };
    const head = name(0);
    if (head === undefined) return [];
    if (head === 'var') {
      // A module input: follow the parent's argument for it.
      const variable = name(1);
      if (variable === undefined || !scope.parent || !scope.call) return [];
      const argument = objectOr(objectOr(scope.call.expressions)[variable]);
      const outer = this.resolve(argument.references, scope.parent, prefix.slice(0, -1), depth + 1);
      return withRest(outer, stepsToPath(steps.slice(2)));
    }
    if (head === 'module') {
      // A module output: follow the output's expression inside the child module.
      const call = name(1);
      if (call === undefined) return [];
      const keyStep = steps[2];
      const key = keyStep && 'key' in keyStep ? keyStep.key : undefined;
      const outputAt = key === undefined ? 2 : 3;
      const output = name(outputAt);
      const child = this.modules.get(scope.path === '' ? `module.${call}` : `${scope.path}.module.${call}`);
      if (output === undefined || !child) return [];
      const expression = objectOr(objectOr(objectOr(child.module.outputs)[output]).expression);
      const childPrefix = [...prefix, { name: call, ...(key !== undefined ? { key } : {}) }];
      const inner = this.resolve(expression.references, child, childPrefix, depth + 1);
      return withRest(inner, stepsToPath(steps.slice(outputAt + 1)));
    }
    if (NOT_RESOURCES.has(head)) return [];
    const isData = head === 'data';
    const type = isData ? name(1) : head;
    const resourceName = isData ? name(2) : name(1);
    if (type === undefined || resourceName === undefined) return [];
    const mod = moduleText(prefix);
    const local = `${isData ? 'data.' : ''}${type}.${resourceName}`;
    return [
      { address: mod === '' ? local : `${mod}.${local}`, path: stepsToPath(steps.slice(isData ? 3 : 2)) },
    ];
  }
}

/**
 * Terraform lists every prefix of a traversal (`x.roots[0].id`, `x.roots[0]`, `x.roots`, `x`):
 * keep, per referenced object, only the paths no other path extends.
 */
export function mostSpecific(refs: readonly Reference[]): Reference[] {
  const kept: Reference[] = [];
  for (const ref of refs) {
    const dominated = refs.some(
      (other) => other !== ref && other.address === ref.address && extendsPath(other.path, ref.path),
    );
    const duplicate = kept.some((k) => k.address === ref.address && samePath(k.path, ref.path));
    if (!dominated && !duplicate) kept.push(ref);
  }
  return kept;
}

function extendsPath(longer: readonly PathSegment[], shorter: readonly PathSegment[]): boolean {
  return longer.length > shorter.length && shorter.every((seg, i) => longer[i] === seg);
}

function samePath(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  return a.length === b.length && a.every((seg, i) => b[i] === seg);
}

/** `var.org.roots[0].id` where `org = aws_organizations_organization.org`: the rest applies to a bare object. */
function withRest(refs: readonly Reference[], rest: readonly PathSegment[]): Reference[] {
  if (rest.length === 0) return [...refs];
  return refs.map((r) => (r.path.length === 0 ? { address: r.address, path: rest } : r));
}

function isExpression(node: JsonObject): boolean {
  return 'references' in node || 'constant_value' in node;
}

/**
 * The expression that sets `path`: top-level arguments are expressions, nested blocks are
 * objects (or arrays of objects) of expressions. An expression that sets a whole object or
 * list covers everything beneath it.
 */
function expressionAt(expressions: unknown, path: readonly PathSegment[]): JsonObject | undefined {
  let node: unknown = expressions;
  for (const segment of path) {
    if (Array.isArray(node)) {
      // A list of blocks; with one block written (or a dynamic block), it stands for every element.
      const index = typeof segment === 'number' ? segment : 0;
      node = node[index] ?? (node.length === 1 ? node[0] : undefined);
      if (typeof segment === 'number') continue;
    }
    if (!isJsonObject(node)) return undefined;
    if (isExpression(node)) return node;
    node = typeof segment === 'string' ? node[segment] : undefined;
  }
  return isJsonObject(node) && isExpression(node) ? node : undefined;
}

/** Provider arguments as values: constants as written, references as Unknown carrying them. */
function expressionValues(
  expressions: unknown,
  label: string,
  resolve: (refs: unknown) => Reference[],
): ValueObject {
  const values: ValueObject = {};
  for (const [key, node] of Object.entries(objectOr(expressions))) {
    const value = expressionValue(node, `${label}.${key}`, resolve);
    if (value !== undefined) values[key] = value;
  }
  return values;
}

function expressionValue(
  node: unknown,
  label: string,
  resolve: (refs: unknown) => Reference[],
): Value | undefined {
  if (Array.isArray(node)) {
    return node.filter(isJsonObject).map((block) => expressionValues(block, label, resolve));
  }
  if (!isJsonObject(node)) return undefined;
  if (!isExpression(node)) return [expressionValues(node, label, resolve)]; // a single nested block
  if ('constant_value' in node) return jsonValue(node.constant_value);
  const refs = resolve(node.references);
  const via = arrayOr(node.references).filter((r): r is string => typeof r === 'string');
  return new Unknown(
    `${label} is not known in the plan (it refers to ${via.length > 0 ? via.join(', ') : 'an expression'})`,
    refs,
  );
}

/** `foo` (0.12) or `module.foo` (later) as the configuration path `module.foo`. */
export function normaliseModulePath(moduleAddress: string): string {
  if (moduleAddress === '' || moduleAddress.startsWith('module.')) return stripKeys(moduleAddress);
  return moduleAddress
    .split('.')
    .map((name) => `module.${name}`)
    .join('.');
}

function stripKeys(path: string): string {
  const steps = parseTraversal(path);
  if (!steps) return path;
  return steps
    .filter((s): s is { name: string } => 'name' in s)
    .map((s) => s.name)
    .join('.');
}
