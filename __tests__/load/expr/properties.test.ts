import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { BlockList } from 'node:net';
import { Unknown } from '../../../src/model/value.js';
import type { Value } from '../../../src/model/value.js';
import {
  evaluate,
  evaluateTemplateString,
  parseExpression,
  parseExpressionOrError,
  parseTemplate,
  references,
  staticScope,
} from '../../../src/load/expr/index.js';
import { scope } from './fixtures.js';

/** Fragments that steer random input into the interesting corners of the grammar. */
const FRAGMENTS = [
  '${',
  '}',
  '~}',
  '${~',
  '%{',
  '%{~',
  '$${',
  '%%{',
  'if ',
  'else',
  'endif',
  'for ',
  ' in ',
  'endfor',
  '"',
  '\\"',
  '\\n',
  '\\u00',
  '[',
  ']',
  '{',
  '(',
  ')',
  ',',
  '.',
  '.*',
  '[*]',
  '...',
  '=>',
  ':',
  '?',
  '=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '!',
  '&&',
  '||',
  '==',
  '!=',
  '<',
  '>=',
  'var.',
  'local.',
  'aws_x.y',
  'data.a.b.c',
  'module.m.',
  'each.',
  'count.index',
  'x',
  'list',
  'true',
  'null',
  '0',
  '1.5e3',
  '"a"',
  ' ',
  '\n',
  '\t',
  '#',
  '//',
  '/*',
  '*/',
  '<<EOT\n',
  '<<-EOT\n',
  'EOT\n',
  'jsonencode(',
  'try(',
  'can(',
  'format("%s", ',
  'templatefile("list.tpl", ',
  'merge(',
  'lookup(',
  'regex("',
  'replace(',
  '/(a)/',
  '[for k, v in ',
  '{for x in ',
  ' : ',
  ' if ',
  'upper(',
  'length(',
  'file(',
  '1 / 0',
  'é',
  '😀',
  '\u2028',
];

const fragmentSoup = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 })
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ maxLength: 80, unit: 'grapheme' }),
  fc.string({ maxLength: 80, unit: 'binary' }),
  fragmentSoup,
);

describe('robustness', () => {
  it('evaluateTemplateString never throws and returns a Value', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const value = evaluateTemplateString(text, scope);
        expect(value === undefined).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseExpression and evaluate never throw', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const expr = parseExpression(text);
        expect(typeof expr.start).toBe('number');
        expect(expr.end).toBeGreaterThanOrEqual(expr.start);
        evaluate(expr, scope);
      }),
      { numRuns: 3000 },
    );
  });

  it('parse entry points and references() never throw, and errors carry positions inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const result of [parseTemplate(text), parseExpressionOrError(text)]) {
          if (result.kind === 'parseError') {
            expect(result.line).toBeGreaterThanOrEqual(1);
            expect(result.column).toBeGreaterThanOrEqual(1);
            expect(result.start).toBeLessThanOrEqual(text.length);
          }
        }
        expect(Array.isArray(references(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('text without template sequences is returned unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 100 }).filter((s) => !s.includes('${') && !s.includes('%{')),
        (text) => {
          expect(evaluateTemplateString(text, scope)).toBe(text);
        },
      ),
    );
  });

  it('escaped sequences come back literally', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fragmentSoup), (text) => {
        const escaped = text.replaceAll('${', () => '$${').replaceAll('%{', () => '%%{');
        expect(evaluateTemplateString(escaped, scope)).toBe(text);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// jsonencode of HCL literals against an independent reference encoder

type Json = null | boolean | number | string | Json[] | { entries: Array<[string, Json]> };

const jsonString = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 8, unit: 'grapheme' }),
  fc.constantFrom(
    '${x}',
    '%{ if }',
    '$${',
    '<&>',
    '\u2028\u2029',
    '\u0000\u001f\b\f',
    '"\\',
    'é😀',
    '10',
    '9',
    '__proto__',
  ),
);

/** Numbers JSON.stringify prints without an exponent, the only form Terraform prints. */
const plainNumber = fc.oneof(
  fc.integer({ min: -1e15, max: 1e15 }),
  fc
    .double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })
    .filter((n) => n === 0 || Math.abs(n) >= 1e-6),
);

const jsonValue: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    plainNumber,
    jsonString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc
      .uniqueArray(fc.tuple(jsonString, tie('value')), { maxLength: 4, selector: ([k]) => k })
      .map((entries) => ({ entries })),
  ),
})).value;

/** An HCL quoted string literal for `s`, escaping what HCL would otherwise interpret. */
function hclString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  // Replacer functions: in a replacement string, "$$" would mean a single "$".
  return out.replaceAll('${', () => '$${').replaceAll('%{', () => '%%{') + '"';
}

/** Renders a value as HCL source, mixing separators and key styles the parser must accept. */
function hcl(v: Json, depth = 0): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return JSON.stringify(v);
  if (typeof v === 'string') return hclString(v);
  const pad = '  '.repeat(depth + 1);
  if (Array.isArray(v))
    return `[${v.map((item) => hcl(item, depth + 1)).join(depth % 2 ? ', ' : ',\n' + pad)}]`;
  const items = v.entries.map(([k, val], i) => {
    const key =
      /^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) && !['null', 'true', 'false', 'for'].includes(k) && i % 2
        ? k
        : hclString(k);
    return `${key} ${i % 3 === 2 ? ':' : '='} ${hcl(val, depth + 1)}`;
  });
  return depth % 2 ? `{ ${items.join(', ')} }` : `{\n${pad}${items.join('\n' + pad)}\n}`;
}

function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/**
 * JSON.stringify with object keys sorted recursively (by code point, as Go sorts UTF-8), plus
 * the escapes Go's encoding/json adds and JSON.stringify does not.
 */
function reference(v: Json): string {
  if (v === null || typeof v !== 'object') {
    return JSON.stringify(v)
      .replaceAll('<', '\\u003c')
      .replaceAll('>', '\\u003e')
      .replaceAll('&', '\\u0026')
      .replaceAll('\u2028', '\\u2028')
      .replaceAll('\u2029', '\\u2029');
  }
  if (Array.isArray(v)) return `[${v.map(reference).join(',')}]`;
  const sorted = [...v.entries].sort(([a], [b]) => compareCodePoints(a, b));
  return `{${sorted.map(([k, val]) => `${reference(k)}:${reference(val)}`).join(',')}}`;
}

/** The Value a literal evaluates to; -0 becomes 0 since HCL's unary minus on 0 yields 0. */
function plain(v: Json): Value {
  if (typeof v === 'number') return v === 0 ? 0 : v;
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(plain);
  const out: { [k: string]: Value } = Object.create(null);
  for (const [k, val] of v.entries) out[k] = plain(val);
  return out;
}

describe('jsonencode matches an independent encoder', () => {
  it('jsonencode(<HCL literal>) equals sorted-key JSON.stringify with Go escaping', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const src = `jsonencode(${hcl(value)})`;
        const expected = reference(value);
        expect(evaluate(parseExpression(src), scope)).toBe(expected);
        expect(evaluateTemplateString('${' + src + '}', scope)).toBe(expected);
      }),
      { numRuns: 1500 },
    );
  });

  it('an HCL literal evaluates back to the value it was rendered from', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        expect(evaluate(parseExpression(hcl(value)), scope)).toEqual(plain(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('jsondecode(jsonencode(x)) round-trips', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        const out = evaluate(parseExpression(`jsondecode(jsonencode(${hcl(value)}))`), scope);
        expect(out).not.toBeInstanceOf(Unknown);
        expect(out).toEqual(plain(value));
      }),
      { numRuns: 500 },
    );
  });
});

describe('csvdecode and the network functions against independent references', () => {
  const csvCell = fc.string({
    unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '\r\n', 'é', '0'),
    maxLength: 8,
  });
  const csvTable = fc
    .uniqueArray(csvCell, { minLength: 1, maxLength: 4, selector: (name) => name.replace(/\r\n/g, '\n') })
    .chain((header) =>
      fc.tuple(
        fc.constant(header),
        fc.array(fc.array(csvCell, { minLength: header.length, maxLength: header.length }), { maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        fc.constantFrom('\n', '\r\n'),
      ),
    );

  it('csvdecode reads back any table written with RFC 4180 quoting', () => {
    fc.assert(
      fc.property(csvTable, ([header, rows, quoteChoices, eol]) => {
        let choice = 0;
        const cell = (text: string) => {
          // Quoting is required for these; elsewhere it is optional, and both must read the same.
          const needed = text === '' || /[",\r\n]/.test(text) || text !== text.trim();
          return needed || quoteChoices[choice++ % quoteChoices.length]
            ? `"${text.replace(/"/g, '""')}"`
            : text;
        };
        const csv = [header, ...rows].map((r) => r.map(cell).join(',')).join(eol) + eol;
        const s = staticScope({ variables: { csv } });
        // A line break inside a quoted field is read as \n, whichever it was.
        const expected = rows.map((r) =>
          Object.fromEntries(header.map((h, i) => [h.replace(/\r\n/g, '\n'), r[i]!.replace(/\r\n/g, '\n')])),
        );
        expect(evaluate(parseExpression('csvdecode(var.csv)'), s)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  const group = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
  const ipv6 = fc
    .array(group, { minLength: 8, maxLength: 8 })
    .filter((g) => !(g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff));

  it('IPv6 addresses print in RFC 5952 form, as the WHATWG URL parser prints them', () => {
    fc.assert(
      fc.property(ipv6, (groups) => {
        const full = groups.map((g) => g.toString(16)).join(':');
        const expected = new URL(`http://[${full}]/`).hostname.slice(1, -1);
        expect(evaluate(parseExpression(`cidrhost("${full}/128", 0)`), scope)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('cidrsubnets gives ascending, non-overlapping subnets inside the prefix, by net.BlockList', () => {
    const request = fc
      .tuple(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 0, max: 24 }),
        fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
      )
      .map(
        ([address, prefix, newBits, sorted]) =>
          [address, prefix, sorted ? [...newBits].sort((a, b) => a - b) : newBits] as const,
      );
    fc.assert(
      fc.property(request, ([address, prefix, newBits]) => {
        const ip = [24, 16, 8, 0].map((shift) => (address >>> shift) & 0xff).join('.');
        const out = evaluate(parseExpression(`cidrsubnets("${ip}/${prefix}", ${newBits.join(', ')})`), scope);
        const room = 2 ** (32 - prefix);
        const asked = newBits.reduce((sum, n) => sum + 2 ** (32 - prefix - n), 0);
        // Largest first leaves no gaps for alignment, so the request fits exactly when its sizes add up.
        // (A prefix at address 0 is the exception: Terraform's allocator fails there, its issue 35486.)
        const largestFirst =
          newBits.every((n, i) => i === 0 || n >= newBits[i - 1]!) &&
          prefix > 0 &&
          address >>> (32 - prefix) !== 0;
        if (out instanceof Unknown) {
          expect(out.reason).toMatch(/not enough remaining address space|would extend prefix/);
          if (largestFirst && prefix + Math.max(...newBits) <= 32) expect(asked).toBeGreaterThan(room);
          return;
        }
        if (largestFirst) expect(asked).toBeLessThanOrEqual(room);
        const parent = new BlockList();
        parent.addSubnet(ip, prefix);
        const subnets = out as string[];
        expect(subnets).toHaveLength(newBits.length);
        let previousEnd = -1;
        subnets.forEach((subnet, i) => {
          const [base, length] = subnet.split('/') as [string, string];
          expect(Number(length)).toBe(prefix + newBits[i]!);
          const start = base.split('.').reduce((n, part) => n * 256 + Number(part), 0);
          const end = start + 2 ** (32 - Number(length)) - 1;
          expect(start % 2 ** (32 - Number(length))).toBe(0);
          expect(start).toBeGreaterThan(previousEnd);
          const last = [24, 16, 8, 0].map((shift) => Math.floor(end / 2 ** shift) % 256).join('.');
          expect(parent.check(base) && parent.check(last)).toBe(true);
          previousEnd = end;
        });
      }),
      { numRuns: 500 },
    );
  });
});
