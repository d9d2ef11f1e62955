import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPlan, type PlanLoad } from '../../../src/load/plan.js';
import { DEFAULT_STREAM_THRESHOLD } from '../../../src/load/plan/read.js';
import {
  JsonStreamError,
  JsonStreamScanner,
  type JsonPath,
  type JsonStreamHandler,
} from '../../../src/load/plan/stream.js';
import { writeTree } from '../../helpers/sources.js';

const root = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(root, '__fixtures__/plans');
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

/** The whole-text reader (the reference) and the streaming reader on the same file. */
async function bothReaders(
  content: string | Buffer,
  chunkBytes: number,
): Promise<{ whole: PlanLoad; streamed: PlanLoad }> {
  const tree = writeTree({ 'plan.json': content });
  try {
    const whole = await loadPlan('plan.json', tree.dir, { streamThreshold: Infinity });
    const streamed = await loadPlan('plan.json', tree.dir, { streamThreshold: 0, chunkBytes });
    return { whole, streamed };
  } finally {
    tree.cleanup();
  }
}

/** Recursively sorted keys, as `jq -S` writes them: sections come in another order than Terraform's. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

function layouts(text: string): Record<string, string | Buffer> {
  const doc: unknown = JSON.parse(text);
  return {
    'as written': text,
    'one line (terraform show -json)': `${JSON.stringify(doc)}\n`,
    'pretty-printed': JSON.stringify(doc, null, 2),
    'sorted keys (jq -S)': JSON.stringify(sortKeys(doc), null, 1),
    'UTF-8 with a BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
  };
}

describe('streaming plan reader: the same plan as the whole-text reader', () => {
  it.each(fixtures)('%s, in every layout and chunk size', async (name) => {
    const text = readFileSync(path.join(FIXTURES, name), 'utf8');
    for (const [layout, content] of Object.entries(layouts(text))) {
      // One-byte chunks cross every boundary; the others keep the suite fast.
      for (const chunkBytes of layout === 'as written' ? [1, 64] : [7, 4096]) {
        const { whole, streamed } = await bothReaders(content, chunkBytes);
        expect(whole.errors).toEqual([]);
        // toStrictEqual: Unknown values, their reasons and references, lines, warnings, order.
        expect({ layout, chunkBytes, load: streamed }).toStrictEqual({ layout, chunkBytes, load: whole });
      }
    }
  });

  it('reads again the state entries it kept as ranges when the build needs them', async () => {
    // A data source read during the plan (before: null, in prior_state), a managed resource
    // whose change has no before, and a resource only in planned_values.
    const entry = (address: string, values: object) => ({
      address,
      mode: address.startsWith('data.') ? 'data' : 'managed',
      type: address.replace(/^data\./, '').split('.')[0],
      name: address.split('.').pop(),
      provider_name: 'registry.terraform.io/hashicorp/aws',
      values,
      sensitive_values: {},
    });
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            entry('aws_organizations_organization.org', { feature_set: 'ALL' }),
            entry('aws_s3_bucket.only_planned', { bucket: 'b' }),
          ],
        },
      },
      resource_changes: [
        {
          address: 'aws_organizations_organization.org',
          type: 'aws_organizations_organization',
          name: 'org',
          change: { actions: ['update'], before: null, after: { feature_set: 'ALL' }, after_unknown: {} },
        },
      ],
      prior_state: {
        values: {
          root_module: {
            resources: [
              entry('aws_organizations_organization.org', { feature_set: 'CONSOLIDATED_BILLING' }),
              entry('data.aws_caller_identity.me', { account_id: '111111111111' }),
            ],
          },
        },
      },
    };
    for (const text of [JSON.stringify(plan), JSON.stringify(plan, null, 2)]) {
      const { whole, streamed } = await bothReaders(text, 16);
      expect(streamed).toStrictEqual(whole);
      expect(streamed.before.find((r) => r.address === 'aws_organizations_organization.org')?.values).toEqual(
        {
          feature_set: 'CONSOLIDATED_BILLING',
        },
      );
      expect(streamed.after.map((r) => r.address).sort()).toEqual([
        'aws_organizations_organization.org',
        'aws_s3_bucket.only_planned',
        'data.aws_caller_identity.me',
      ]);
    }
  });

  it('treats repeated keys, deposed entries, odd shapes and deep module trees as JSON.parse does', async () => {
    const module = (depth: number): object =>
      depth === 0
        ? { resources: [{ address: `aws_s3_bucket.deep`, values: { bucket: 'deep' } }] }
        : { address: `module.m${depth}`, child_modules: [module(depth - 1)] };
    const plans: unknown[] = [
      // The second resource_changes replaces the first.
      '{"format_version":"1.2","resource_changes":[{"address":"aws_s3_bucket.a","change":{"actions":["create"],"after":{}}}],"resource_changes":[{"address":"aws_s3_bucket.b","change":{"actions":["create"],"after":{}}}]}',
      {
        format_version: '1.2',
        resource_changes: [
          { address: 'aws_s3_bucket.a', deposed: 'abc', change: { actions: ['delete'], before: { x: 1 } } },
          { address: 'aws_s3_bucket.a', change: { actions: ['no-op'], before: { x: 2 }, after: { x: 2 } } },
          'not an object',
          { address: 7 },
        ],
        prior_state: {
          values: {
            root_module: {
              resources: [
                { address: 'aws_s3_bucket.z', deposed_key: 'k', values: { x: 0 } },
                { address: 'aws_s3_bucket.z', values: { x: 3 } },
              ],
            },
          },
        },
      },
      { format_version: '1.2', planned_values: { root_module: null }, resource_changes: {} },
      { format_version: '1.2', planned_values: { root_module: { resources: {}, child_modules: [1, null] } } },
      // Entries too short to hold an address, and entries whose first key is not the address.
      {
        format_version: '1.2',
        planned_values: {
          root_module: { resources: [{}, { a: 1 }, { mode: 'managed', address: 'aws_s3_bucket.c' }] },
        },
      },
      { format_version: '1.2', prior_state: { values: [] }, planned_values: [] },
      // Deeper than the 64 levels the reader follows.
      { format_version: '1.2', planned_values: { root_module: module(70) } },
      { format_version: '1.2', planned_values: { root_module: module(60) } },
      { format_version: '2.0', errored: true, planned_values: { root_module: {} } },
    ];
    for (const plan of plans) {
      const text = typeof plan === 'string' ? plan : JSON.stringify(plan);
      for (const chunkBytes of [3, 1024]) {
        const { whole, streamed } = await bothReaders(text, chunkBytes);
        expect(streamed).toStrictEqual(whole);
      }
    }
  });

  it.each([
    ['truncated', '{"format_version":"1.2","resource_changes":['],
    [
      'truncated in a change',
      '{"format_version":"1.2","resource_changes":[{"address":"aws_s3_bucket.a","change":{',
    ],
    [
      'a syntax error inside a change',
      '{\n  "format_version": "1.2",\n  "resource_changes": [\n    {"address": hunter2}\n  ]\n}\n',
    ],
    ['a bad escape in a change', '{"format_version":"1.2","resource_changes":[{"address":"a\\qb"}]}'],
    ['a syntax error between sections', '{"format_version":"1.2" "resource_changes":[]}'],
    ['a trailing comma', '{"format_version":"1.2","resource_changes":[],}'],
    ['trailing garbage', '{"format_version":"1.2","resource_changes":[]} x'],
    [
      'two documents (the terraform plan -json log)',
      '{"@level":"info","@message":"Terraform 1.9.8"}\n{"@level":"info"}\n',
    ],
    ['Terraform error output', 'Error: No configuration files\n'],
    ['an empty file', ''],
    ['whitespace', ' \n\t\n'],
    ['a JSON array', '[1, 2]'],
    ['a string', '"plan"'],
    ['a number', '42'],
    ['Terraform state', '{"format_version":"1.0","terraform_version":"1.9.8","values":{"root_module":{}}}'],
    ['JSON configuration', '{"resource":{"aws_s3_bucket":{"b":{}}}}'],
    ['some other JSON', '{"name":"rootguard"}'],
    ['a control character in a key', '{"format\u0001version":"1.2"}'],
    ['an escaped key', '{"format\\u005fversion":"1.2","configuration":{}}'],
  ])('%s: the same error (or plan)', async (_name, content) => {
    for (const chunkBytes of [1, 5, 4096]) {
      const { whole, streamed } = await bothReaders(content, chunkBytes);
      expect(streamed).toStrictEqual(whole);
    }
  });

  it('rejects bytes that are not UTF-8 wherever they are, as the whole-text reader does', async () => {
    const plan = Buffer.from(
      '{"format_version":"1.2","resource_changes":[{"address":"aws_s3_bucket.cafe"}]}',
    );
    const latin1 = Buffer.from(plan);
    latin1[latin1.indexOf('cafe') + 3] = 0xe9; // "café" in Latin-1
    const afterError = Buffer.concat([
      Buffer.from('{"format_version" 1, "x": "'),
      Buffer.from([0xff]),
      Buffer.from('"}'),
    ]);
    for (const content of [latin1, afterError]) {
      const { whole, streamed } = await bothReaders(content, 8);
      expect(whole.errors[0]?.message).toMatch(/neither UTF-8 nor UTF-16/);
      expect(streamed).toStrictEqual(whole);
    }
  });

  it('streams by default only from DEFAULT_STREAM_THRESHOLD, which ROOTGUARD_PLAN_STREAM_BYTES moves', async () => {
    expect(DEFAULT_STREAM_THRESHOLD).toBeGreaterThanOrEqual(1024 * 1024);
    // The one documented difference (stream-plan.ts): the streaming reader does not look inside
    // the state entries it does not parse, so an "address" nested in one does not count as the
    // first place an address appears. It tells which reader ran.
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            { address: 'aws_s3_bucket.a', values: { x: { address: 'aws_s3_bucket.b' } } },
            { address: 'aws_s3_bucket.b', values: {} },
          ],
        },
      },
    };
    const text = JSON.stringify(plan, null, 2);
    const lines = text.split('\n');
    const [nested, own] = lines.flatMap((l, i) =>
      l.includes('"address": "aws_s3_bucket.b"') ? [i + 1] : [],
    );
    const tree = writeTree({ 'plan.json': text });
    const saved = process.env.ROOTGUARD_PLAN_STREAM_BYTES;
    const lineOfB = (load: PlanLoad) =>
      load.after.find((r) => r.address === 'aws_s3_bucket.b')?.location.line;
    try {
      process.env.ROOTGUARD_PLAN_STREAM_BYTES = '0';
      expect(lineOfB(await loadPlan('plan.json', tree.dir))).toBe(own);
      delete process.env.ROOTGUARD_PLAN_STREAM_BYTES;
      expect(lineOfB(await loadPlan('plan.json', tree.dir))).toBe(nested);
      expect(lineOfB(await loadPlan('plan.json', tree.dir, { streamThreshold: 1 }))).toBe(own);
    } finally {
      if (saved === undefined) delete process.env.ROOTGUARD_PLAN_STREAM_BYTES;
      else process.env.ROOTGUARD_PLAN_STREAM_BYTES = saved;
      tree.cleanup();
    }
  });
});

/** A handler that walks everything and rebuilds the value: it must be JSON.parse's value. */
class Rebuilder implements JsonStreamHandler {
  readonly stack: unknown[] = [];
  result: unknown;
  constructor(private readonly walk: (path: JsonPath) => boolean) {}
  descend(path: JsonPath): boolean {
    return this.walk(path);
  }
  enter(_path: JsonPath, kind: 'object' | 'array'): void {
    this.stack.push(kind === 'object' ? {} : []);
  }
  leave(path: JsonPath): void {
    this.place(path, this.stack.pop());
  }
  value(path: JsonPath, bytes: Buffer): void {
    this.place(path, JSON.parse(bytes.toString('utf8')));
  }
  private place(path: JsonPath, value: unknown): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) this.result = value;
    else if (Array.isArray(parent)) parent.push(value);
    else
      Object.defineProperty(parent, String(path[path.length - 1]), {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
}

function scanChunks(text: string, cuts: number[], walk: (path: JsonPath) => boolean): unknown {
  const bytes = Buffer.from(text);
  const rebuilder = new Rebuilder(walk);
  const scanner = new JsonStreamScanner(rebuilder);
  let from = 0;
  for (const cut of [...cuts.map((c) => Math.floor(c * bytes.length))].sort((a, b) => a - b)) {
    scanner.write(bytes.subarray(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  scanner.write(bytes.subarray(from));
  scanner.end();
  return rebuilder.result;
}

describe('JsonStreamScanner', () => {
  const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 });
  const walks: Record<string, (path: JsonPath) => boolean> = {
    everything: () => true,
    nothing: () => false,
    'the top two levels': (path) => path.length < 2,
  };

  it.each(Object.keys(walks))('gives JSON.parse’s value for any JSON cut anywhere, walking %s', (walk) => {
    fc.assert(
      fc.property(fc.jsonValue(), cuts, fc.boolean(), (value, at, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        expect(scanChunks(text, at, walks[walk] ?? (() => true))).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
  });

  it('finds the end of strings full of escaped quotes and backslashes, short and long, cut anywhere', () => {
    // Short strings are searched byte by byte and long ones with indexOf: both, and the switch
    // between them, must agree with JSON.parse.
    const piece = fc.constantFrom('"', '\\', 'a', '\\"', '{', ']');
    const text = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), cuts, (strings, at) => {
        const json = JSON.stringify({ values: strings, nested: [{ s: strings }] });
        for (const walk of Object.values(walks))
          expect(scanChunks(json, at, walk)).toStrictEqual(JSON.parse(json));
      }),
      { numRuns: 300 },
    );
  });

  it('accepts exactly what JSON.parse accepts (structure checked by the scanner, values by JSON.parse)', () => {
    const mutate = fc.tuple(
      fc.nat(),
      fc.constantFrom('', ',', ':', '{', '}', '[', ']', '"', '\\', 'x', ' ', '1', '\u0001'),
    );
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.array(mutate, { minLength: 1, maxLength: 3 }),
        cuts,
        (value, edits, at) => {
          let text = JSON.stringify(value);
          for (const [position, insert] of edits) {
            const p = position % (text.length + 1);
            text = text.slice(0, p) + insert + text.slice(p + (insert === '' ? 1 : 0));
          }
          let expected: unknown;
          let valid = true;
          try {
            expected = JSON.parse(text);
          } catch {
            valid = false;
          }
          if (valid) expect(scanChunks(text, at, () => true)).toStrictEqual(expected);
          else expect(() => scanChunks(text, at, () => true)).toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('places a structural error by line and column, and a truncated input at its end', () => {
    const caught = (text: string): JsonStreamError => {
      const scanner = new JsonStreamScanner({ descend: () => true, value: () => undefined });
      try {
        scanner.write(Buffer.from(text));
        scanner.end();
      } catch (e) {
        if (e instanceof JsonStreamError) return e;
      }
      throw new Error('no JsonStreamError');
    };
    expect(caught('{\n  "a": 1,\n  "b" 2\n}')).toMatchObject({ line: 3, column: 7, atEnd: false });
    expect(caught('{\n  "a": [1,')).toMatchObject({ line: 2, column: 11, atEnd: true });
  });
});
