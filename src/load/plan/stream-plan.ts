/**
 * The streaming reader: a plan read in chunks, never as one string, to the same entries, lines
 * and warnings as the whole-text reader gives.
 *
 * The scanner walks the plan's skeleton (top-level object, `planned_values` and `prior_state`
 * module trees, the `resource_changes` and `resource_drift` arrays) and hands over every element
 * whole; each is parsed with JSON.parse on its own. Changes are kept (they become the model).
 * State entries that are most likely not needed (every planned entry, and prior entries of an
 * address that has a change) are kept as byte ranges and read again only if the build asks for
 * them: that is what keeps a 200 MB plan within a few hundred megabytes of memory.
 *
 * What differs from the whole-text reader, on purpose:
 * - an entry kept as a range is not parsed, so a syntax error inside one (with its brackets and
 *   strings intact) is not reported; every byte is still checked to be UTF-8;
 * - an `"address"` nested inside such an entry's values does not count as a place where that
 *   address appears, for the line a plan-only finding points at;
 * - error columns count bytes, not characters, on a line with non-ASCII text before the error.
 * For a plan Terraform wrote, the result is the same (tests compare the two on every fixture).
 */
import { isUtf8 } from 'node:buffer';
import { promises as fs, readSync } from 'node:fs';
import { isJsonObject, type ChangeJson, type PlanJson, type StateResourceJson } from './format.js';
import {
  AddressLineIndex,
  keyOffset,
  providerLine,
  type PlanLines,
  type ProviderConfigText,
} from './lines.js';
import { EMPTY_PLAN_ERROR, notAnObject, notJsonError, planShapeError, type PlanError } from './parse.js';
import { NOT_TEXT_ERROR } from './read.js';
import { MAX_MODULE_DEPTH, type PlanEntries, type StateIndex } from './resources.js';
import { jsonErrorOffset } from '../json-error.js';
import {
  JsonStreamError,
  JsonStreamScanner,
  type JsonPath,
  type JsonStreamHandler,
  type Position,
} from './stream.js';

export interface StreamOptions {
  /** Bytes read at a time (tests use tiny chunks to cross every boundary). */
  readonly chunkBytes?: number;
}

export interface StreamedPlan {
  /** The small top-level parts: format_version, errored, complete, configuration, resource_drift. */
  readonly plan: PlanJson;
  readonly entries: PlanEntries;
  readonly lines: PlanLines;
}

const DEFAULT_CHUNK = 4 * 1024 * 1024;
/** Enough of the file's start to recognise what was handed over by mistake (logs, error output). */
const HEAD_BYTES = 64 * 1024;
/** Top-level values the loader reads; the others are only checked to be JSON. */
const KEPT = new Set(['format_version', 'errored', 'complete', 'configuration']);

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Raised from the handler to stop the scan: a value that is not UTF-8 or not JSON. */
class Stop {
  constructor(
    /** Where the JSON breaks; undefined: not UTF-8 text. */
    readonly syntax?: SyntaxPosition,
  ) {}
}

type SyntaxPosition =
  { readonly atEnd: boolean; readonly line: number; readonly column: number } | 'unplaced';

/** A state entry: parsed, or where to read it again. */
interface Slot {
  readonly address: string;
  entry?: StateResourceJson;
  readonly offset: number;
  readonly length: number;
}

interface ModuleNode {
  resources: Slot[];
  children: ModuleNode[];
}

/** `planned_values` or `prior_state` as it is read: a module tree whose entries may be ranges. */
class StateTree {
  root: ModuleNode | undefined;
  private readonly open: ModuleNode[] = [];

  reset(): void {
    this.root = undefined;
    this.open.length = 0;
  }

  enterModule(depth: number): void {
    const node: ModuleNode = { resources: [], children: [] };
    if (depth === 0) {
      this.root = node;
      this.open.length = 0;
    } else this.open[this.open.length - 1]?.children.push(node);
    this.open.push(node);
  }

  leaveModule(): void {
    this.open.pop();
  }

  get current(): ModuleNode | undefined {
    return this.open[this.open.length - 1];
  }

  /** The index the build reads: first entry of each address, resources before children. */
  index(reread: (slot: Slot) => StateResourceJson | undefined): StateIndex {
    const slots = new Map<string, Slot>();
    const walk = (node: ModuleNode, depth: number): void => {
      if (depth > MAX_MODULE_DEPTH) return;
      for (const slot of node.resources) if (!slots.has(slot.address)) slots.set(slot.address, slot);
      for (const child of node.children) walk(child, depth + 1);
    };
    if (this.root) walk(this.root, 0);
    return {
      addresses: () => slots.keys(),
      get: (address) => {
        const slot = slots.get(address);
        if (!slot) return undefined;
        slot.entry ??= reread(slot);
        return slot.entry;
      },
    };
  }
}

type Section = { readonly tree: StateTree; readonly depth: number };

class PlanCollector implements JsonStreamHandler {
  readonly keys = new Set<string>();
  readonly kept: Record<string, unknown> = {};
  changes: unknown[] = [];
  drift: unknown = undefined;
  readonly planned = new StateTree();
  readonly prior = new StateTree();
  readonly lines = new AddressLineIndex();
  providers: ProviderConfigText | undefined;
  /** The top-level value is JSON but not an object. */
  notAnObject = false;
  /** Addresses with a change entry so far: their prior entries are probably not needed. */
  private readonly changed = new Set<string>();

  constructor(private readonly canReread: boolean) {}

  descend(path: JsonPath, kind: 'object' | 'array'): boolean {
    if (path.length === 0) return kind === 'object';
    if (path.length === 1) {
      const key = path[0];
      if (kind === 'array') return key === 'resource_changes' || key === 'resource_drift';
      return key === 'planned_values' || key === 'prior_state';
    }
    if (kind === 'object') {
      if (path.length === 2 && path[0] === 'prior_state' && path[1] === 'values') return true;
      const module = this.section(path);
      return module !== undefined && module.depth <= MAX_MODULE_DEPTH;
    }
    const last = path[path.length - 1];
    return (
      (last === 'resources' || last === 'child_modules') && this.section(path.slice(0, -1)) !== undefined
    );
  }

  enter(path: JsonPath, kind: 'object' | 'array', offset: number): void {
    if (path.length === 1) {
      const key = String(path[0]);
      this.keys.add(key);
      // A repeated key replaces what the first one said, as JSON.parse does.
      if (key === 'resource_changes') {
        this.changes = [];
        if (this.lines.changesAt < 0) this.lines.changesAt = offset;
      } else if (key === 'resource_drift') this.drift = [];
      else if (key === 'planned_values') this.planned.reset();
      else if (key === 'prior_state') this.prior.reset();
      return;
    }
    if (path.length === 2 && path[0] === 'prior_state' && path[1] === 'values') {
      this.prior.reset();
      return;
    }
    if (kind === 'object') {
      const module = this.section(path);
      if (module) module.tree.enterModule(module.depth);
      return;
    }
    const module = this.section(path.slice(0, -1));
    const node = module?.tree.current;
    if (!node) return;
    if (path[path.length - 1] === 'resources') node.resources = [];
    else node.children = [];
  }

  leave(path: JsonPath, kind: 'object' | 'array'): void {
    if (kind !== 'object' || path.length < 2) return;
    this.section(path)?.tree.leaveModule();
  }

  value(path: JsonPath, bytes: Buffer, at: Position): void {
    if (this.canReread && this.skipEntry(path, bytes, at)) return;
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new Stop();
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new Stop(syntaxPosition(text, at));
    }
    if (path.length === 0) {
      this.notAnObject = true;
      return;
    }
    this.index(path, text, value, at);
    if (path.length === 1) {
      const key = String(path[0]);
      this.keys.add(key);
      if (key === 'resource_changes') {
        // Not a list: no changes (and its place still marks where changes start).
        this.changes = [];
        if (this.lines.changesAt < 0) this.lines.changesAt = at.offset;
      } else if (key === 'resource_drift') this.drift = value;
      else if (key === 'planned_values') this.planned.reset();
      else if (key === 'prior_state') this.prior.reset();
      else if (KEPT.has(key)) this.kept[key] = value;
      return;
    }
    const last = path[path.length - 1];
    if (path.length === 2 && path[0] === 'resource_changes') {
      shareUnchanged(value);
      this.changes.push(value);
      if (isJsonObject(value) && typeof value.address === 'string' && !isDeposed(value.deposed))
        this.changed.add(value.address);
      return;
    }
    if (path.length === 2 && path[0] === 'resource_drift') {
      (this.drift as unknown[]).push(value);
      return;
    }
    if (path.length === 2 && path[0] === 'prior_state' && path[1] === 'values') {
      this.prior.reset(); // `values` is not an object: no prior state
      return;
    }
    const parent = path.slice(0, -1);
    if (typeof last === 'number' && parent[parent.length - 1] === 'resources') {
      const module = this.section(parent.slice(0, -1));
      if (module) this.entry(module, value, at.offset, bytes.length);
      return;
    }
    const module = this.section(path);
    if (module && module.depth === 0) {
      module.tree.root = undefined; // a root_module that is not an object
      return;
    }
    const owner = this.section(parent);
    const node = owner?.tree.current;
    if (node && last === 'resources') node.resources = [];
    else if (node && last === 'child_modules') node.children = [];
  }

  /**
   * A state entry the build will most likely not read (every planned entry; a prior entry of
   * an address with a change) is kept as a range without being parsed: its address is read
   * from the bytes, which must be valid UTF-8 and start with it, as Terraform writes them.
   * Parsing the half of a plan that is state costs as much as the rest of the scan. Anything
   * unusual is parsed instead.
   */
  private skipEntry(path: JsonPath, bytes: Buffer, at: Position): boolean {
    const last = path[path.length - 1];
    if (typeof last !== 'number' || path[path.length - 2] !== 'resources') return false;
    const module = this.section(path.slice(0, -2));
    const node = module?.tree.current;
    if (!module || !node) return false;
    const peeked = peekAddress(bytes);
    if (!peeked) return false;
    if (module.tree !== this.planned && !this.changed.has(peeked.address)) return false;
    // A deposed entry is left out; the key anywhere in the entry sends it to the parser.
    if (bytes.includes(DEPOSED_KEY) || !isUtf8(bytes)) return false;
    const line = at.line + countNewlineBytes(bytes, peeked.keyAt);
    this.lines.record(peeked.address, at.offset + peeked.keyAt, line);
    node.resources.push({ address: peeked.address, offset: at.offset, length: bytes.length });
    return true;
  }

  /** A state entry: kept parsed when it will likely be needed, else as a range to read again. */
  private entry(module: Section, value: unknown, offset: number, length: number): void {
    const node = module.tree.current;
    if (!node || !isJsonObject(value) || typeof value.address !== 'string') return;
    if (value.deposed_key !== undefined && value.deposed_key !== null) return;
    const address = value.address;
    const likelyUnused = module.tree === this.planned || this.changed.has(address);
    node.resources.push(
      this.canReread && likelyUnused
        ? { address, offset, length }
        : { address, entry: value as StateResourceJson, offset, length },
    );
  }

  /** Lines of addresses (as the whole-text index finds them) and where provider_config is. */
  private index(path: JsonPath, text: string, value: unknown, at: Position): void {
    if (path[path.length - 1] === 'address' && typeof value === 'string') {
      this.lines.record(value, at.offset, at.line);
    } else if (isJsonObject(value) && typeof value.address === 'string' && isOnlyAddress(text)) {
      // The usual element: its own address is the one `"address"` in it (no need to take it out of the text).
      const keyAt = text.indexOf(ADDRESS_TEXT);
      this.lines.record(value.address, at.offset + keyAt, at.line + countNewlines(text, keyAt));
    } else this.lines.add(text, at.offset, at.line);
    // Terraform writes provider_config inside the top-level configuration: looking for it in
    // every element of a 100,000-resource plan would cost more than it could find.
    if (!this.providers && path.length === 1) {
      const found = keyOffset(text, 'provider_config');
      if (found >= 0) this.providers = { text, at: found, line: at.line };
    }
  }

  /** The module tree and depth of an object path, or undefined when it is not a module. */
  private section(path: JsonPath): Section | undefined {
    let tree: StateTree;
    let i: number;
    if (path[0] === 'planned_values' && path[1] === 'root_module') {
      tree = this.planned;
      i = 2;
    } else if (path[0] === 'prior_state' && path[1] === 'values' && path[2] === 'root_module') {
      tree = this.prior;
      i = 3;
    } else return undefined;
    let depth = 0;
    for (; i < path.length; i += 2) {
      if (path[i] !== 'child_modules' || typeof path[i + 1] !== 'number') return undefined;
      depth++;
    }
    return i === path.length ? { tree, depth } : undefined;
  }
}

/**
 * A no-op change repeats the object in `before` and `after`: keep one, shared, while the copy is
 * still young (most of a plan is no-op, and two copies of everything is what fills the heap).
 * Only when the two are equal, and equally marked: converting the shared object twice then gives
 * what converting each would.
 */
function shareUnchanged(value: unknown): void {
  if (!isJsonObject(value) || !isJsonObject(value.change)) return;
  const change = value.change as { -readonly [K in keyof ChangeJson]: ChangeJson[K] };
  const actions = change.actions;
  if (!Array.isArray(actions) || actions.length !== 1 || actions[0] !== 'no-op') return;
  if (!isJsonObject(change.before) || change.before === change.after) return;
  if (containsTrue(change.after_unknown)) return;
  if (!jsonEqual(change.before_sensitive, change.after_sensitive)) return;
  if (jsonEqual(change.before, change.after)) change.after = change.before;
}

function containsTrue(mask: unknown): boolean {
  if (mask === true) return true;
  if (typeof mask !== 'object' || mask === null) return false;
  for (const item of Object.values(mask)) if (containsTrue(item)) return true;
  return false;
}

/** Equality of parsed JSON, key order aside. */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

const DEPOSED_KEY = Buffer.from('"deposed_key"');
const ADDRESS_KEY = Buffer.from('"address"');

/** `{"address":"<it>"` at the start of an entry (spaces allowed): the address and the key's offset. */
function peekAddress(bytes: Buffer): { address: string; keyAt: number } | undefined {
  let i = skipSpaceBytes(bytes, 0);
  if (bytes[i] !== 0x7b) return undefined;
  i = skipSpaceBytes(bytes, i + 1);
  const keyAt = i;
  if (i + ADDRESS_KEY.length > bytes.length) return undefined;
  // Compared here, not with Buffer#compare: for nine bytes the call costs more than the loop.
  for (let k = 0; k < ADDRESS_KEY.length; k++) if (bytes[i + k] !== ADDRESS_KEY[k]) return undefined;
  i = skipSpaceBytes(bytes, i + ADDRESS_KEY.length);
  if (bytes[i] !== 0x3a) return undefined;
  i = skipSpaceBytes(bytes, i + 1);
  if (bytes[i] !== 0x22) return undefined;
  const start = i + 1;
  let escaped = false;
  for (let j = start; j < bytes.length; j++) {
    const c = bytes[j] as number;
    if (c < 0x20) return undefined;
    if (c === 0x5c) {
      escaped = true;
      j++;
    } else if (c === 0x22) {
      const raw = bytes.toString('utf8', start, j);
      if (!escaped) return { address: raw, keyAt };
      try {
        return { address: JSON.parse(`"${raw}"`) as string, keyAt };
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function skipSpaceBytes(bytes: Buffer, i: number): number {
  for (;;) {
    const c = bytes[i];
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else return i;
  }
}

function countNewlineBytes(bytes: Buffer, end: number): number {
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < end; i = bytes.indexOf(0x0a, i + 1)) count++;
  return count;
}

const ADDRESS_TEXT = '"address"';

/** One `"address"` in the text, as the element's first key (what Terraform writes). */
function isOnlyAddress(text: string): boolean {
  const first = text.indexOf(ADDRESS_TEXT);
  if (first < 0 || text.indexOf(ADDRESS_TEXT, first + 1) >= 0) return false;
  // Only `{` and whitespace before it: the top-level key, not one nested in a value.
  for (let i = 0; i < first; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x7b && c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return true;
}

function isDeposed(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** Where a value handed over whole stops being JSON, placed in the file. */
function syntaxPosition(text: string, at: Position): SyntaxPosition {
  const relative = jsonErrorOffset(text);
  if (relative === undefined) return 'unplaced';
  const lineStart = text.lastIndexOf('\n', relative - 1);
  return {
    atEnd: false,
    line: at.line + countNewlines(text, relative),
    column: lineStart < 0 ? at.column + relative : relative - lineStart,
  };
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * Reads a UTF-8 plan (a BOM of `bomLength` bytes skipped) in chunks. The file stays open while
 * the build reads entries again: call `close` when done.
 */
export async function streamPlan(
  file: string,
  bomLength: number,
  options: StreamOptions = {},
): Promise<{ plan: StreamedPlan; close: () => Promise<void> } | PlanError> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (e) {
    return readFailure(e);
  }
  const close = (): Promise<void> => handle.close().catch(() => undefined);
  const collector = new PlanCollector(true);
  const scanner = new JsonStreamScanner(collector);
  const chunk = Buffer.allocUnsafe(Math.max(1, options.chunkBytes ?? DEFAULT_CHUNK));
  const head: Buffer[] = [];
  let headBytes = 0;
  let position = bomLength;
  try {
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      const piece = chunk.subarray(0, bytesRead);
      if (headBytes < HEAD_BYTES) {
        head.push(Buffer.from(piece.subarray(0, HEAD_BYTES - headBytes)));
        headBytes += Math.min(bytesRead, HEAD_BYTES - headBytes);
      }
      scanner.write(piece);
    }
    scanner.end();
  } catch (e) {
    await close();
    if (!(e instanceof Stop) && !(e instanceof JsonStreamError)) return readFailure(e);
    // The whole-text reader rejects text that is not UTF-8 before it looks at the JSON.
    if ((e instanceof Stop && e.syntax === undefined) || !(await isUtf8File(file, bomLength)))
      return { error: NOT_TEXT_ERROR };
    if (!scanner.started) return { error: EMPTY_PLAN_ERROR };
    const text = new TextDecoder('utf-8').decode(Buffer.concat(head));
    const where = e instanceof Stop ? e.syntax : e;
    return notJsonError(
      where === 'unplaced' || where === undefined
        ? undefined
        : { atEnd: where.atEnd, line: where.line, column: where.column },
      text,
      false,
    );
  }
  if (collector.notAnObject) {
    await close();
    return notAnObject();
  }
  const shape = planShapeError((key) => collector.keys.has(key));
  if (shape !== undefined) {
    await close();
    return { error: shape };
  }
  const reread = (slot: Slot): StateResourceJson | undefined => {
    const bytes = Buffer.allocUnsafe(slot.length);
    readSync(handle.fd, bytes, 0, slot.length, bomLength + slot.offset);
    const value: unknown = JSON.parse(decoder.decode(bytes));
    return isJsonObject(value) ? (value as StateResourceJson) : undefined;
  };
  const plan: PlanJson = { ...collector.kept, resource_drift: collector.drift };
  const providers = collector.providers;
  return {
    plan: {
      plan,
      entries: {
        changes: collector.changes,
        prior: collector.prior.index(reread),
        planned: collector.planned.index(reread),
        drift: collector.drift,
      },
      lines: {
        resource: (address) => collector.lines.resource(address),
        provider: (key) => providerLine(providers, key),
      },
    },
    close,
  };
}

/** An I/O error by its code; anything else is a fault of this reader, said as such (never a crash). */
function readFailure(e: unknown): PlanError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return { error: `cannot read plan file: ${code}` };
  const message = e instanceof Error ? e.message : String(e);
  return { error: `internal error while streaming the plan (${message}); please report it` };
}

/** Whether the whole file (after its BOM) is UTF-8: the whole-text reader checks this first. */
async function isUtf8File(file: string, bomLength: number): Promise<boolean> {
  const check = new TextDecoder('utf-8', { fatal: true });
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    const chunk = Buffer.allocUnsafe(DEFAULT_CHUNK);
    let position = bomLength;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      check.decode(chunk.subarray(0, bytesRead), { stream: true });
    }
    check.decode();
    return true;
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}
