/**
 * Override files (`override.tf`, `*_override.tf` and their `.tf.json`, `.tofu` forms), merged as
 * Terraform merges them (hashicorp/terraform internal/configs: Module.mergeFile, module_merge.go,
 * MergeBodies): after a module's other files, one file at a time in name order, each top-level
 * block merged into the block with the same header. A `count = 0` or a new `content` in an
 * override file decides what is deployed, so a scan that read the override as a second block,
 * or not at all, would judge a configuration Terraform never applies.
 */
import path from 'node:path';
import type { ScanError } from '../model/finding.js';
import { isRawObject, type RawBlock, type RawObject, type RawValue } from './hcl.js';

const OVERRIDE_FILE = /(?:^|_)override\.(?:tf|tofu)(?:\.json)?$/;

export function isOverrideFile(file: string): boolean {
  return OVERRIDE_FILE.test(path.basename(file));
}

/** What each kind of block takes from an override (module_merge.go); undefined: every argument. */
const MERGED_ARGUMENTS: Partial<Record<RawBlock['type'], ReadonlySet<string>>> = {
  variable: new Set(['description', 'sensitive', 'default', 'type', 'nullable']),
  output: new Set(['description', 'value', 'sensitive']),
};
/** The lifecycle arguments a resource override sets one by one; its other ones are not merged. */
const MERGED_LIFECYCLE = new Set(['create_before_destroy', 'prevent_destroy', 'ignore_changes']);
const NO_DEPENDS_ON = new Set<RawBlock['type']>(['resource', 'data', 'module', 'output']);

/**
 * The module's blocks with the override files' blocks merged in. `overrides` holds each override
 * file's blocks, the files in the order Terraform reads them. A block with nothing to override,
 * which Terraform rejects, is reported and left out.
 */
export function mergeOverrides(
  primary: readonly RawBlock[],
  overrides: readonly (readonly RawBlock[])[],
  errors: ScanError[],
): RawBlock[] {
  const blocks = [...primary];
  const byHeader = new Map<string, number>();
  const localsAt = new Map<string, number>();
  blocks.forEach((block, i) => {
    if (block.type === 'locals') for (const name of Object.keys(block.body)) localsAt.set(name, i);
    else if (block.type !== 'removed') byHeader.set(header(block), i);
  });
  for (const file of overrides) {
    for (const over of file) {
      // Module.mergeFile takes no `removed` block from an override file.
      if (over.type === 'removed') continue;
      if (over.type === 'locals') {
        overrideLocals(blocks, localsAt, over, errors);
        continue;
      }
      const at = byHeader.get(header(over));
      if (at !== undefined) {
        blocks[at] = mergeBlock(blocks[at]!, over, errors);
      } else if (over.type === 'provider' && providerAlias(over) === undefined) {
        // An absent default provider configuration is an empty one, which the override fills.
        byHeader.set(header(over), blocks.push(over) - 1);
      } else {
        errors.push({ file: over.file, line: over.line, message: missingBase(over) });
      }
    }
  }
  return blocks;
}

function header(block: RawBlock): string {
  const labels = block.type === 'provider' ? [block.labels[0], providerAlias(block) ?? ''] : block.labels;
  return JSON.stringify([block.type, ...labels]);
}

function providerAlias(block: RawBlock): string | undefined {
  return typeof block.body.alias === 'string' ? block.body.alias : undefined;
}

function missingBase(block: RawBlock): string {
  const [first = '', second = ''] = block.labels;
  switch (block.type) {
    case 'resource':
      return `Missing resource to override: there is no ${first} resource named "${second}". An override file can only override a resource block defined in a primary configuration file.`;
    case 'data':
      return `Missing data resource to override: there is no ${first} data resource named "${second}". An override file can only override a data block defined in a primary configuration file.`;
    case 'provider':
      return `Missing base provider configuration for override: there is no ${first} provider configuration with the alias "${providerAlias(block) ?? ''}". An override file can only override an aliased provider configuration that was already defined in a primary configuration file.`;
    case 'module':
      return `Missing module call to override: there is no module call named "${first}". An override file can only override a module call that was defined in a primary configuration file.`;
    case 'variable':
      return `Missing base variable declaration to override: there is no variable named "${first}". An override file can only override a variable that was already declared in a primary configuration file.`;
    default:
      return `Missing base output definition to override: there is no output named "${first}". An override file can only override an output that was already defined in a primary configuration file.`;
  }
}

/** Each local an override defines replaces the local of that name, whichever block holds it. */
function overrideLocals(
  blocks: RawBlock[],
  localsAt: ReadonlyMap<string, number>,
  over: RawBlock,
  errors: ScanError[],
): void {
  for (const [name, value] of Object.entries(over.body)) {
    const at = localsAt.get(name);
    if (at === undefined) {
      errors.push({
        file: over.file,
        line: over.attributeLines[name] ?? over.line,
        message: `Missing base local value definition to override: there is no local value named "${name}". An override file can only override a local value that was already defined in a primary configuration file.`,
      });
      continue;
    }
    const merged = new Merge(blocks[at]!, over);
    merged.set(name, value);
    blocks[at] = merged.block();
  }
}

function mergeBlock(base: RawBlock, over: RawBlock, errors: ScanError[]): RawBlock {
  if (NO_DEPENDS_ON.has(over.type) && 'depends_on' in over.body) {
    errors.push({
      file: over.file,
      line: over.attributeLines.depends_on ?? over.line,
      message: 'Unsupported override: the depends_on argument may not be overridden.',
    });
  }
  const allowed = MERGED_ARGUMENTS[over.type];
  const merge = new Merge(base, over);
  const entries = Object.entries(over.body).filter(
    ([name]) => name !== 'depends_on' && (allowed === undefined || allowed.has(name)),
  );
  // MergeBodies: a nested block type in the override hides every block of that type in the base,
  // written out or `dynamic`, and the override's blocks follow the base's remaining ones.
  const dynamicOver = isRawObject(over.body.dynamic) ? over.body.dynamic : {};
  const hidden = new Set([...entries.map(([name]) => name), ...Object.keys(dynamicOver)]);
  hidden.delete('dynamic');
  // A resource's lifecycle is merged argument by argument; a data block's is not merged at all.
  if (over.type === 'resource' || over.type === 'data') hidden.delete('lifecycle');
  // required_providers is merged provider by provider.
  if (over.type === 'terraform') hidden.delete('required_providers');
  for (const name of hidden) merge.drop(name);
  for (const [name, value] of entries) {
    if (name === 'dynamic') continue;
    if (name === 'required_providers' && over.type === 'terraform') {
      merge.byElement(name, value);
      continue;
    }
    if (name === 'lifecycle') {
      if (over.type === 'resource') merge.lifecycle(value);
      continue;
    }
    merge.set(name, value);
  }
  if (Object.keys(dynamicOver).length > 0) merge.dynamic(dynamicOver);
  return merge.block();
}

/** A base block being rewritten by an override block: its body, and where each argument now is. */
class Merge {
  private readonly body: RawObject;
  private readonly lines: Record<string, number>;
  private readonly files: Record<string, string>;

  constructor(
    private readonly base: RawBlock,
    private readonly over: RawBlock,
  ) {
    this.body = { ...base.body };
    this.lines = { ...base.attributeLines };
    this.files = { ...base.attributeFiles };
  }

  /** Removes an argument or nested block type of the base, written out or `dynamic`. */
  drop(name: string): void {
    delete this.body[name];
    const dynamic = this.body.dynamic;
    if (isRawObject(dynamic) && name in dynamic) {
      const rest = { ...dynamic };
      delete rest[name];
      if (Object.keys(rest).length > 0) this.body.dynamic = rest;
      else delete this.body.dynamic;
    }
    this.forgetPlace(name);
  }

  set(name: string, value: RawValue): void {
    this.body[name] = value;
    this.forgetPlace(name);
    this.takePlace(name);
  }

  dynamic(blocks: RawObject): void {
    const dynamic = isRawObject(this.body.dynamic) ? this.body.dynamic : {};
    this.body.dynamic = { ...dynamic, ...blocks };
    // A dynamic block's lines are kept under its type label, as a written-out block's are.
    for (const name of Object.keys(blocks)) this.takePlace(name);
  }

  /** A nested block whose entries an override replaces one by one (`required_providers`). */
  byElement(name: string, value: RawValue): void {
    const entries = firstObject(value);
    if (entries === undefined) return;
    this.body[name] = [{ ...firstObject(this.body[name]), ...entries }];
    for (const entry of Object.keys(entries)) {
      this.forgetPlace(`${name}.${entry}`);
      this.takePlace(`${name}.${entry}`);
    }
  }

  /** A resource's lifecycle is merged argument by argument. */
  lifecycle(value: RawValue): void {
    const overLifecycle = firstObject(value);
    if (overLifecycle === undefined) return;
    const merged: RawObject = { ...firstObject(this.body.lifecycle) };
    for (const [name, arg] of Object.entries(overLifecycle)) {
      if (!MERGED_LIFECYCLE.has(name)) continue;
      // An empty ignore_changes sets nothing (Resource.merge copies only a non-empty one).
      if (name === 'ignore_changes' && Array.isArray(arg) && arg.length === 0) continue;
      merged[name] = arg;
      this.forgetPlace(`lifecycle.${name}`);
      this.takePlace(`lifecycle.${name}`);
    }
    this.body.lifecycle = [merged];
    if (this.lines.lifecycle === undefined) this.takePlace('lifecycle', false);
  }

  block(): RawBlock {
    const { attributeFiles: _, ...base } = this.base;
    return {
      ...base,
      body: this.body,
      attributeLines: this.lines,
      ...(Object.keys(this.files).length > 0 ? { attributeFiles: this.files } : {}),
    };
  }

  private forgetPlace(name: string): void {
    for (const key of Object.keys(this.lines)) {
      if (key === name || key.startsWith(`${name}.`)) {
        delete this.lines[key];
        delete this.files[key];
      }
    }
  }

  /** Takes the override's lines for an argument (and, with `nested`, everything inside it). */
  private takePlace(name: string, nested = true): void {
    for (const [key, line] of Object.entries(this.over.attributeLines)) {
      if (key === name || (nested && key.startsWith(`${name}.`))) {
        this.lines[key] = line;
        this.files[key] = this.over.file;
      }
    }
  }
}

function firstObject(value: RawValue | undefined): RawObject | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return isRawObject(first) ? first : undefined;
}
