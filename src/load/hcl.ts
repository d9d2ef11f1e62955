import { readFileSync } from 'node:fs';
import type * as Hcl2JsonModule from '@cdktf/hcl2json';
import type { ScanError } from '../model/finding.js';
import { errorText } from './files.js';
import { describeJsonError } from './json-error.js';
import { JSON_PATH_SEPARATOR, locateHclBlocks, locateJsonKeys, type LocatedBlock } from './locate.js';
import { compareKeys } from './native/convert.js';
import { parseNative, type NativeBlock, type NativeParse } from './native/index.js';

/** hcl2json's output: JSON values, with every non-literal expression as template text. */
export type RawValue = null | boolean | number | string | RawValue[] | RawObject;
export interface RawObject {
  [key: string]: RawValue;
}

/** The expression inside a value hcl2json wrote as one `${...}` (`${aws_x.y}`), else undefined. */
export function interpolatedText(text: string): string | undefined {
  return /^\$\{([\s\S]*)\}$/.exec(text)?.[1];
}

export const BLOCK_TYPES = [
  'resource',
  'data',
  'provider',
  'module',
  'variable',
  'locals',
  'output',
  'removed',
  'terraform',
] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

/** One top-level block of a file, with its body as hcl2json gives it and where it is. */
export interface RawBlock {
  readonly type: BlockType;
  readonly labels: readonly string[];
  readonly body: RawObject;
  readonly file: string;
  readonly line: number;
  readonly attributeLines: Record<string, number>;
  /** Arguments an override file set, by attributeLines key: the file their lines are in. */
  readonly attributeFiles?: Readonly<Record<string, string>>;
}

export interface ParsedFile {
  /** Absolute path. */
  readonly path: string;
  /** Display path (relative to the working directory, `/`). */
  readonly display: string;
  readonly blocks: RawBlock[];
  readonly text: string;
}

/**
 * Which HCL parser reads `.tf` files: the native one (default: fast, positions built in) or
 * HashiCorp's own through @cdktf/hcl2json (the oracle the native one is tested against).
 */
export type HclParser = 'native' | 'hcl2json';

export interface ParseOptions {
  readonly parser?: HclParser;
}

export type ParseOutcome =
  | { ok: true; file: ParsedFile; /** top-level attributes (tfvars) when asked for */ attributes?: RawObject }
  | { ok: false; error: ScanError };

type Hcl2Json = typeof Hcl2JsonModule;
let hcl2json: Promise<Hcl2Json> | undefined;

/** hcl2json starts a Go WASM runtime when imported: load it only when that parser is asked for. */
function loadHcl2Json(): Promise<Hcl2Json> {
  // A CommonJS package: bundled, its exports may arrive as the default export.
  hcl2json ??= import('@cdktf/hcl2json').then((mod) => {
    const withDefault = mod as Hcl2Json & { default?: Hcl2Json };
    return typeof withDefault.parse === 'function' ? withDefault : (withDefault.default ?? withDefault);
  });
  return hcl2json;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a Terraform file; Terraform requires UTF-8, but editors on Windows write UTF-16 too. */
export function decodeSource(buffer: Buffer): { text: string } | { error: string; line?: number } {
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) {
    return { text: buffer.subarray(2).toString('utf16le') };
  }
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    const swapped = Buffer.from(buffer.subarray(2));
    swapped.swap16();
    return { text: swapped.toString('utf16le') };
  }
  const start = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  if (buffer.subarray(start, Math.min(buffer.length, 8192)).includes(0)) {
    return { error: 'binary file (contains NUL bytes), not Terraform source' };
  }
  try {
    return { text: UTF8.decode(buffer.subarray(start)) };
  } catch {
    const line = lineOfFirstInvalidUtf8(buffer, start);
    return { error: 'file is not valid UTF-8 (Terraform requires UTF-8 source; re-save it as UTF-8)', line };
  }
}

/** 1-based line of the first byte that is not part of a valid UTF-8 sequence. */
function lineOfFirstInvalidUtf8(buffer: Buffer, start: number): number {
  let line = 1;
  let i = start;
  while (i < buffer.length) {
    const b = buffer[i] ?? 0;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return line;
    for (let k = 1; k < length; k++) if (((buffer[i + k] ?? 0) & 0xc0) !== 0x80) return line;
    if (b === 0x0a) line++;
    i += length;
  }
  return line;
}

/**
 * A Terraform file's text, or why it cannot be read as one. Read synchronously: the files are
 * regular files (discovery keeps no others), and on an estate of thousands of small files the
 * promise-based readFile's several thread-pool round trips per file cost four times as long.
 */
export function readSource(path: string, display: string): { text: string } | { error: ScanError } {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (e) {
    return { error: { file: display, message: `cannot read file: ${errorText(e)}` } };
  }
  const decoded = decodeSource(buffer);
  return 'error' in decoded
    ? {
        error: {
          file: display,
          message: decoded.error,
          ...(decoded.line !== undefined ? { line: decoded.line } : {}),
        },
      }
    : decoded;
}

export async function readAndParse(
  path: string,
  display: string,
  options: ParseOptions = {},
): Promise<ParseOutcome> {
  const read = readSource(path, display);
  if ('error' in read) return { ok: false, error: read.error };
  return parseSource(read.text, path, display, options);
}

export async function parseSource(
  text: string,
  path: string,
  display: string,
  options: ParseOptions & { attributesOnly?: boolean } = {},
): Promise<ParseOutcome> {
  if (options.parser !== 'hcl2json') return parseSourceNative(text, path, display, options);
  if (display.endsWith('.json')) return parseJsonSource(text, path, display);
  if (text.trim() === '') return { ok: true, file: { path, display, blocks: [], text }, attributes: {} };
  let raw: RawObject;
  try {
    const { parse } = await loadHcl2Json();
    raw = (await parse(display, text)) as RawObject;
  } catch (e) {
    return { ok: false, error: hclError(display, errorText(e)) };
  }
  if (options.attributesOnly) return { ok: true, file: { path, display, blocks: [], text }, attributes: raw };
  const located = locateHclBlocks(text);
  return { ok: true, file: { path, display, blocks: pairBlocks(raw, located, display), text } };
}

/** parseSource with the native parser: synchronous, so callers that need no promise can use it. */
export function parseSourceNative(
  text: string,
  path: string,
  display: string,
  options: { attributesOnly?: boolean } = {},
): ParseOutcome {
  if (display.endsWith('.json')) return parseJsonSource(text, path, display);
  return nativeOutcome(parseNative(text, display), text, path, display, options);
}

/** A native parse (in this thread or a worker's) as a ParseOutcome. */
export function nativeOutcome(
  parsed: NativeParse,
  text: string,
  path: string,
  display: string,
  options: { attributesOnly?: boolean } = {},
): ParseOutcome {
  if (!parsed.ok) {
    const { line, message } = parsed;
    return { ok: false, error: { file: display, ...(line !== undefined ? { line } : {}), message } };
  }
  if (options.attributesOnly) {
    return { ok: true, file: { path, display, blocks: [], text }, attributes: parsed.json };
  }
  return {
    ok: true,
    file: { path, display, blocks: nativeBlocks(parsed, display), text },
  };
}

/**
 * The native parser's blocks in the order the hcl2json path yields them (by block kind, then
 * JSON key order), so that everything downstream sees the same sequence whichever parser ran.
 */
export function nativeBlocks(parsed: Extract<NativeParse, { ok: true }>, display: string): RawBlock[] {
  return (
    sortedNativeBlocks(parsed.blocks, parsed.topNames, display) ??
    walkedNativeBlocks(parsed.json, parsed.blocks, display)
  );
}

const BLOCK_ORDER: ReadonlyMap<string, number> = new Map(BLOCK_TYPES.map((type, i) => [type, i]));

/** Labels a block of each kind has in a valid file: `resource "type" "name"`, `locals`, `variable "name"`. */
function labelCount(type: BlockType): number {
  return type === 'resource' || type === 'data' ? 2 : UNLABELLED.has(type) ? 0 : 1;
}

const UNLABELLED: ReadonlySet<BlockType> = new Set(['locals', 'removed', 'terraform']);

/**
 * The order without building the file's JSON: by kind, then each label as the JSON object's keys
 * enumerate, then source order. Undefined for a file whose JSON nests blocks any other way (a
 * label too many or too few, an attribute named like a block kind): those are walked.
 */
export function sortedNativeBlocks(
  located: readonly NativeBlock[],
  topNames: readonly string[],
  display: string,
): RawBlock[] | undefined {
  for (const name of topNames) if (BLOCK_ORDER.has(name)) return undefined;
  const kept: NativeBlock[] = [];
  for (const block of located) {
    const order = BLOCK_ORDER.get(block.type);
    if (order === undefined) continue;
    if (block.labels.length !== labelCount(block.type as BlockType)) return undefined;
    kept.push(block);
  }
  // Array.prototype.sort is stable: blocks with the same kind and labels keep their source order.
  kept.sort((a, b) => {
    const byType = BLOCK_ORDER.get(a.type)! - BLOCK_ORDER.get(b.type)!;
    if (byType !== 0) return byType;
    for (let i = 0; i < a.labels.length; i++) {
      const byLabel = compareEnumeration(a.labels[i]!, b.labels[i]!);
      if (byLabel !== 0) return byLabel;
    }
    return 0;
  });
  return kept.map((block) => ({
    type: block.type as BlockType,
    labels: block.labels,
    body: block.body,
    file: display,
    line: block.line,
    attributeLines: block.attributes,
  }));
}

/**
 * How an object's keys enumerate when inserted in Go's order: array indexes first, ascending,
 * then the rest in Go's byte order (compareKeys).
 */
function compareEnumeration(a: string, b: string): number {
  if (a === b) return 0;
  const ia = arrayIndex(a);
  const ib = arrayIndex(b);
  if (ia >= 0 || ib >= 0) {
    if (ia < 0) return 1;
    if (ib < 0) return -1;
    return ia - ib;
  }
  return compareKeys(a, b);
}

/** The array index a key stands for (a canonical integer below 2^32 - 1), or -1. */
function arrayIndex(key: string): number {
  if (key.length === 0 || key.length > 10) return -1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  if (key.length > 1 && key.charCodeAt(0) === 48) return -1;
  const value = Number(key);
  return value < 4294967295 ? value : -1;
}

/** The order read off the file's JSON: each body is paired with its block by identity. */
export function walkedNativeBlocks(
  json: RawObject,
  located: readonly NativeBlock[],
  display: string,
): RawBlock[] {
  const byBody = new Map<RawObject, NativeBlock>();
  for (const block of located) byBody.set(block.body, block);
  return placedBlocks(json, display, (block) => {
    const where = byBody.get(block.body);
    return where && { line: where.line, attributeLines: where.attributes };
  });
}

/** `parse config: [bad.tf:2,6-3,1: Invalid expression; Expected ...]` -> line 2 and the message. */
export function hclError(display: string, message: string): ScanError {
  const match = /\[?[^[\]]*?:(\d+),\d+(?:-\d+(?:,\d+)?)?: ([^\]]*)\]?/.exec(message);
  if (!match) return { file: display, message: message.replace(/^parse config: /, '') };
  return { file: display, line: Number(match[1]), message: (match[2] ?? '').trim() };
}

/**
 * Walks hcl2json's output in source order per block kind and pairs each block with its located
 * header: the n-th `resource "t" "x"` in the JSON is the n-th such header in the text.
 */
function pairBlocks(raw: RawObject, located: LocatedBlock[], display: string): RawBlock[] {
  const byKey = new Map<string, LocatedBlock[]>();
  for (const block of located) {
    const key = [block.type, ...block.labels].join(JSON_PATH_SEPARATOR);
    const list = byKey.get(key) ?? [];
    list.push(block);
    byKey.set(key, list);
  }
  const take = (type: string, labels: string[]): LocatedBlock | undefined =>
    byKey.get([type, ...labels].join(JSON_PATH_SEPARATOR))?.shift();

  return placedBlocks(raw, display, (block) => {
    const where = take(block.type, block.labels);
    return where && { line: where.line, attributeLines: Object.fromEntries(where.attributes) };
  });
}

type UnplacedBlock = { type: BlockType; labels: string[]; body: RawObject };

/** The blocks of a file's JSON, each with the place `locate` finds for it (line 1 when none). */
function placedBlocks(
  json: RawObject,
  display: string,
  locate: (block: UnplacedBlock) => Pick<RawBlock, 'line' | 'attributeLines'> | undefined,
): RawBlock[] {
  const blocks: RawBlock[] = [];
  for (const block of rawBlocks(json)) {
    const where = locate(block);
    blocks.push({
      type: block.type,
      labels: block.labels,
      body: block.body,
      file: display,
      line: where?.line ?? 1,
      attributeLines: where?.attributeLines ?? {},
    });
  }
  return blocks;
}

/** Flattens Terraform's JSON layout (`resource.type.name[]`, `locals[]`) into blocks with labels. */
function rawBlocks(raw: RawObject): UnplacedBlock[] {
  const blocks: UnplacedBlock[] = [];
  for (const type of BLOCK_TYPES) {
    const section = raw[type];
    if (section === undefined || section === null) continue;
    walkSection(type, section, labelCount(type), [], blocks);
  }
  return blocks;
}

// A plain recursion into an array, not generators over Object.entries: this runs for every block
// of every file, and the generator objects and entry pairs were most of its cost.
function walkSection(
  type: BlockType,
  node: RawValue,
  depth: number,
  labels: string[],
  into: UnplacedBlock[],
): void {
  if (depth === 0) {
    for (const body of asBodies(node)) into.push({ type, labels, body });
    return;
  }
  if (!isRawObject(node)) return;
  for (const label of Object.keys(node))
    walkSection(type, node[label] ?? null, depth - 1, [...labels, label], into);
}

/** A block body is an object, or (hcl2json, repeated JSON blocks) an array of objects. */
export function asBodies(node: RawValue | undefined): RawObject[] {
  if (Array.isArray(node)) return node.filter(isRawObject);
  return isRawObject(node) ? [node] : [];
}

export function isRawObject(value: RawValue | undefined): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Attribute lines of every block of a .tf.json file, in one pass over its keys (a CDKTF file can
 * hold tens of thousands of blocks: matching every key against every block would be quadratic).
 */
function attributeLinesByBlock(keyLines: Map<string, number>): Map<string, Record<string, number>> {
  const depthOf: Record<string, number> = {
    resource: 3,
    data: 3,
    provider: 2,
    module: 2,
    variable: 2,
    output: 2,
    locals: 1,
    removed: 1,
    terraform: 1,
  };
  const byBlock = new Map<string, Record<string, number>>();
  for (const [keyPath, line] of keyLines) {
    // Indexes, not split and join: this runs for every key of the file.
    const first = keyPath.indexOf(JSON_PATH_SEPARATOR);
    const depth = depthOf[first < 0 ? keyPath : keyPath.slice(0, first)];
    if (typeof depth !== 'number' || first < 0) continue;
    let cut = first;
    for (let d = 1; d < depth && cut >= 0; d++) cut = keyPath.indexOf(JSON_PATH_SEPARATOR, cut + 1);
    if (cut < 0) continue;
    const prefix = keyPath.slice(0, cut);
    let lines = byBlock.get(prefix);
    if (!lines) byBlock.set(prefix, (lines = {}));
    lines[keyPath.slice(cut + 1).replaceAll(JSON_PATH_SEPARATOR, '.')] ??= line;
  }
  return byBlock;
}

function parseJsonSource(text: string, path: string, display: string): ParseOutcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: jsonError(display, text) };
  }
  if (!isRawObject(raw as RawValue)) {
    return {
      ok: false,
      error: { file: display, line: 1, message: 'a .tf.json file must hold a JSON object' },
    };
  }
  const keyLines = locateJsonKeys(text);
  const linesByBlock = attributeLinesByBlock(keyLines);
  const noLines: Record<string, number> = {};
  const blocks = placedBlocks(raw as RawObject, display, ({ type, labels }) => {
    const prefix = [type, ...labels].join(JSON_PATH_SEPARATOR);
    // Shared, not copied: every `locals` block of a file has the same prefix, and a copy each
    // made tens of thousands of them quadratic (attributeLines are read-only).
    return { line: keyLines.get(prefix) ?? 1, attributeLines: linesByBlock.get(prefix) ?? noLines };
  });
  return { ok: true, file: { path, display, blocks, text } };
}

/** Built from the error's position only: the parser's own message would quote the file (maybe a secret). */
function jsonError(display: string, text: string): ScanError {
  const { message, line } = describeJsonError(text);
  return { file: display, ...(line !== undefined ? { line } : {}), message: `invalid JSON: ${message}` };
}
