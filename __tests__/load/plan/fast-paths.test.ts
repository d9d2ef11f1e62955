/**
 * The plan loader's fast paths (kept for plans of 100,000 resources) against the plain
 * implementations they replace: same answers on any input.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatResourceAddress, parseResourceAddress } from '../../../src/load/plan/address.js';
import { scanAddresses } from '../../../src/load/plan/lines.js';
import { declaringCandidates } from '../../../src/load/plan/locations.js';
import { planValues } from '../../../src/load/plan/values.js';
import { Unknown, type PathSegment, type Value, type ValueObject } from '../../../src/model/value.js';

const name = fc.stringMatching(/^[a-z_][a-z0-9_-]{0,5}$/);
const stringKey = fc.oneof(
  name,
  fc.string({ maxLength: 6 }),
  fc.constantFrom('k].', 'a"b', 'é', '😀', '\\', 'x\u0001', '\ud800'),
);
/** A key as written in brackets: canonical (`[0]`, `["prod"]`), or not (`["\u0041"]`, `[ 1 ]`, `[007]`). */
const keyText = fc.oneof(
  fc.nat({ max: 20 }).map((n) => `[${n}]`),
  fc
    .tuple(stringKey, fc.nat(2))
    .map(([k, form]) => (form === 0 ? `[${JSON.stringify(k)}]` : form === 1 ? `["${k}"]` : `[${k}]`)),
  fc.constantFrom('[007]', '[ 1 ]', '[1e3]', '["\u0041"]', '[12345678901234567890]'),
);

/** Addresses as Terraform writes them, and near misses. */
const address = fc.oneof(
  fc
    .tuple(
      fc.array(fc.tuple(name, fc.option(keyText, { nil: undefined })), { maxLength: 3 }),
      fc.boolean(),
      name,
      name,
      fc.option(keyText, { nil: undefined }),
    )
    .map(([modules, data, type, resource, k]) =>
      [
        ...modules.map(([m, mk]) => `module.${m}${mk ?? ''}`),
        `${data ? 'data.' : ''}${type}.${resource}${k ?? ''}`,
      ].join('.'),
    ),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    '.',
    'a.',
    'a..b',
    'module.a',
    'module.a["x"]',
    'data.x["k"].y',
    'x["k"].y',
    'a.b.c',
    'a.b[ 0 ]',
  ),
);

/** What declaringCandidates did before its fast path: parse, then format without keys. */
function referenceCandidates(text: string): string[] {
  const parsed = parseResourceAddress(text);
  if (!parsed) return [text];
  const bare = { ...parsed, modules: parsed.modules.map((m) => ({ name: m.name })) };
  const withoutKey = (a: typeof parsed) => ({ modules: a.modules, mode: a.mode, type: a.type, name: a.name });
  return [
    ...new Set([
      text,
      formatResourceAddress(bare),
      formatResourceAddress(withoutKey(parsed)),
      formatResourceAddress(withoutKey(bare)),
    ]),
  ];
}

describe('fast paths', () => {
  it('declaringCandidates gives what parsing and formatting give, for any address', () => {
    fc.assert(
      fc.property(address, (text) => {
        expect(declaringCandidates(text)).toEqual(referenceCandidates(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('scanAddresses finds what the regular expression it replaced found', () => {
    const ADDRESS = /"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
    const reference = (text: string): [string, number][] => {
      const out: [string, number][] = [];
      ADDRESS.lastIndex = 0;
      for (let m = ADDRESS.exec(text); m !== null; m = ADDRESS.exec(text)) {
        try {
          out.push([JSON.parse(`"${m[1] ?? ''}"`) as string, m.index]);
        } catch {
          // not a string JSON.parse accepts: skipped by both
        }
      }
      return out;
    };
    const entry = fc.record({ address: fc.oneof(address, fc.string()), values: fc.jsonValue() });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 5 }), fc.boolean(), (entries, pretty) => {
        const text = JSON.stringify({ resource_changes: entries }, null, pretty ? 2 : undefined);
        const found: [string, number][] = [];
        scanAddresses(text, (a, at) => found.push([a, at]));
        expect(found).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('planValues (in place, only where a mask marks something) gives what copying every value gave', () => {
    const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(null, true, false, 0, 1.5, 'x', 'secret-1'),
        fc.array(tie('v'), { maxLength: 3 }),
        fc.dictionary(name, tie('v'), { maxKeys: 3 }),
      ),
    })).v;
    const mask: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      m: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(true, false, undefined, null),
        fc.array(tie('m'), { maxLength: 3 }),
        fc.dictionary(name, tie('m'), { maxKeys: 3 }),
      ),
    })).m;
    fc.assert(
      fc.property(
        fc.dictionary(name, value, { maxKeys: 4 }),
        mask,
        fc.oneof(mask, fc.constant(true)),
        (raw, unknown, sensitive) => {
          const refsAt = (path: readonly PathSegment[]) => [{ address: 'aws_x.y', path: [...path] }];
          const options = { address: 'aws_x.y', unknown, sensitive, refsAt };
          const expected = referencePlanValues(structuredClone(raw), options);
          expect(planValues(structuredClone(raw), options)).toStrictEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The copying implementation planValues had before it worked in place, kept as the oracle.

interface RefOptions {
  readonly address: string;
  readonly unknown?: unknown;
  readonly sensitive?: unknown;
  readonly refsAt?: (path: readonly PathSegment[]) => { address: string; path: PathSegment[] }[];
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const hasTrue = (m: unknown): boolean =>
  m === true || (Array.isArray(m) ? m.some(hasTrue) : isObj(m) ? Object.values(m).some(hasTrue) : false);
const pathText = (address: string, path: readonly PathSegment[]): string =>
  path.reduce<string>(
    (t, s) =>
      typeof s === 'number'
        ? `${t}[${s}]`
        : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s)
          ? `${t}.${s}`
          : `${t}[${JSON.stringify(s)}]`,
    address,
  );

function referencePlanValues(
  raw: unknown,
  options: RefOptions,
): { values: ValueObject; sensitive: string[] } {
  const sensitive: string[] = [];
  const keys = (source: Record<string, unknown>, unknown: Record<string, unknown>): string[] => {
    const out = Object.keys(source);
    for (const k of Object.keys(unknown)) if (!(k in source) && hasTrue(unknown[k])) out.push(k);
    return out;
  };
  const convert = (r: unknown, u: unknown, s: unknown, path: PathSegment[]): Value | undefined => {
    if (s === true) sensitive.push(path.join('.'));
    if (u === true)
      return new Unknown(
        `known after apply: ${pathText(options.address, path)}`,
        options.refsAt?.(path) ?? [],
      );
    if (s === true) return new Unknown(`sensitive value: ${pathText(options.address, path)}`);
    if (Array.isArray(r) || (r == null && Array.isArray(u) && hasTrue(u))) {
      const items = Array.isArray(r) ? r : [];
      const us = Array.isArray(u) ? u : [];
      const ss = Array.isArray(s) ? s : [];
      const out: Value[] = [];
      for (let i = 0; i < Math.max(items.length, us.length); i++)
        out.push(convert(items[i] ?? null, us[i], ss[i], [...path, i]) ?? null);
      return out;
    }
    if (isObj(r) || (r == null && isObj(u) && hasTrue(u))) {
      const source = isObj(r) ? r : {};
      const us = isObj(u) ? u : {};
      const ss = isObj(s) ? s : {};
      const out: ValueObject = {};
      for (const k of keys(source, us)) {
        const v = convert(source[k], us[k], ss[k], [...path, k]);
        if (v !== undefined) out[k] = v;
      }
      return out;
    }
    if (r === undefined) return undefined;
    return typeof r === 'string' || typeof r === 'number' || typeof r === 'boolean' ? r : null;
  };
  const source = isObj(raw) ? raw : {};
  const unknown = isObj(options.unknown) ? options.unknown : {};
  const mask = isObj(options.sensitive) ? options.sensitive : {};
  const values: ValueObject = {};
  for (const k of keys(source, unknown)) {
    const v = convert(source[k], unknown[k], options.sensitive === true ? true : mask[k], [k]);
    if (v !== undefined) values[k] = v;
  }
  return { values, sensitive };
}
