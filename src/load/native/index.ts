/**
 * The native HCL parser's entry points: text to hcl2json's JSON (as objects) with positions,
 * and the compact form a worker thread sends back (see pool.ts).
 */
import type { RawObject, RawValue } from '../hcl.js';
import { parseHcl, type BlockMeta, type ParseResult } from './parser.js';

export { parseHcl } from './parser.js';

/** A top-level block: where it is, and its body (the very object inside `json`). */
export type NativeBlock = BlockMeta;

export type NativeParse =
  | {
      readonly ok: true;
      /** hcl2json's JSON of the file; in this thread's parses, built on first read. */
      readonly json: RawObject;
      /** Top-level blocks in source order. */
      readonly blocks: readonly NativeBlock[];
      /** Names of the top-level attributes. */
      readonly topNames: readonly string[];
    }
  | { readonly ok: false; readonly line?: number; readonly message: string };

/** Parses HCL native syntax to hcl2json's JSON with block positions. Never throws. */
export function parseNative(text: string, filename = 'main.tf'): NativeParse {
  const parsed = parseHcl(text, filename);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    get json() {
      return parsed.json;
    },
    blocks: parsed.blocks,
    topNames: parsed.topNames,
  };
}

/**
 * What a worker sends for a parsed file. JSON text, because JSON.stringify and JSON.parse move
 * an object tree between threads faster than structured cloning does; values JSON cannot carry
 * (-0, infinities) are rare, and those files travel as objects instead. Block positions are
 * always JSON-safe (names and line numbers) and always travel as text.
 */
export type WireParse =
  | {
      readonly ok: true;
      readonly json: string | RawObject;
      /** JSON of the blocks' positions: `Omit<BlockMeta, 'body'>[]`. */
      readonly blocks: string;
      readonly topNames: readonly string[];
    }
  | { readonly ok: false; readonly line?: number; readonly message: string };

type BlockPosition = Omit<BlockMeta, 'body'>;

export function toWire(parsed: ParseResult): WireParse {
  if (!parsed.ok) return parsed;
  const positions: BlockPosition[] = parsed.blocks.map(({ type, labels, line, attributes, index }) => ({
    type,
    labels,
    line,
    attributes,
    index,
  }));
  return {
    ok: true,
    json: parsed.jsonUnsafe ? parsed.json : JSON.stringify(parsed.json),
    blocks: JSON.stringify(positions),
    topNames: parsed.topNames,
  };
}

export function fromWire(wire: WireParse): NativeParse {
  if (!wire.ok) return wire;
  const json = typeof wire.json === 'string' ? (JSON.parse(wire.json) as RawObject) : wire.json;
  const blocks: NativeBlock[] = [];
  for (const meta of JSON.parse(wire.blocks) as BlockPosition[]) {
    const body = bodyAt(json, meta);
    if (body !== undefined) blocks.push({ ...meta, body });
  }
  return { ok: true, json, blocks, topNames: wire.topNames };
}

/** `json[type][label]...[index]`, where hcl2json put the block's body. */
function bodyAt(json: RawObject, meta: BlockPosition): RawObject | undefined {
  let node: RawValue | undefined = json[meta.type];
  for (const label of meta.labels) {
    if (!isObject(node)) return undefined;
    node = Object.hasOwn(node, label) ? node[label] : undefined;
  }
  if (!Array.isArray(node)) return undefined;
  const body = node[meta.index];
  return isObject(body) ? body : undefined;
}

function isObject(value: RawValue | undefined): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
