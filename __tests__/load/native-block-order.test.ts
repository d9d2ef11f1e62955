/**
 * A scan places the native parser's blocks by sorting them (sortedNativeBlocks) instead of
 * walking the file's JSON (walkedNativeBlocks), which it then never builds. Both must give the
 * same blocks in the same order, since the hcl2json path walks the JSON: for every corpus file,
 * and for random files full of labels whose order JavaScript and Go disagree on.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BLOCK_TYPES, sortedNativeBlocks, walkedNativeBlocks } from '../../src/load/hcl.js';
import { parseNative } from '../../src/load/native/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Both placements of a file's blocks; `sorted` is undefined where the file must be walked. */
function placements(text: string): { sorted: unknown; walked: unknown } | undefined {
  const parsed = parseNative(text, 'main.tf');
  if (!parsed.ok) return undefined;
  return {
    sorted: sortedNativeBlocks(parsed.blocks, parsed.topNames, 'main.tf'),
    walked: walkedNativeBlocks(parsed.json, parsed.blocks, 'main.tf'),
  };
}

describe('blocks placed without building the JSON', () => {
  it('come in the order of the JSON walk for every corpus file', () => {
    const dir = path.join(ROOT, '__fixtures__/hcl/corpus');
    const files = readdirSync(dir).filter((f) => f.endsWith('.tf'));
    let sortedFiles = 0;
    for (const file of files) {
      const both = placements(readFileSync(path.join(dir, file), 'utf8'));
      if (both === undefined || both.sorted === undefined) continue;
      sortedFiles++;
      expect(both.sorted).toEqual(both.walked);
    }
    // Valid Terraform is the sorted case: nearly all the corpus must have gone through it.
    expect(sortedFiles).toBeGreaterThan(files.length * 0.8);
  });

  it('orders labels as object keys enumerate: array indexes first, then Go byte order', () => {
    const text = [
      'resource "t" "b" {}',
      'resource "t" "10" {}',
      'variable "x" {}',
      'resource "t" "9" {}',
      'resource "t" "01" {}',
      'resource "t" "4294967295" {}',
      'resource "t" "4294967294" {}',
      'resource "t" "\u{1F600}" {}',
      'resource "t" "\uFB01" {}',
      'terraform {}',
      'resource "s" "a" {}',
      'resource "t" "b" {\n  second = true\n}',
      'locals {}',
      'data "t" "a" {}',
      '',
    ].join('\n');
    const both = placements(text);
    expect(both?.sorted).toBeDefined();
    expect(both?.sorted).toEqual(both?.walked);
    const order = (both?.sorted as { type: string; labels: string[] }[]).map((b) =>
      [b.type, ...b.labels].join(' '),
    );
    expect(order).toEqual([
      'resource s a',
      'resource t 9',
      'resource t 10',
      'resource t 4294967294',
      'resource t 01',
      'resource t 4294967295',
      'resource t b',
      'resource t b',
      // UTF-8 bytes: U+FB01 is EF AC 81, U+1F600 is F0 9F 98 80 (UTF-16 would put it first).
      'resource t \uFB01',
      'resource t \u{1F600}',
      'data t a',
      'variable x',
      'locals',
      'terraform',
    ]);
  });

  it('leaves files whose JSON nests blocks otherwise to the walk', () => {
    expect(placements('variable "a" "b" {}\n')?.sorted).toBeUndefined();
    expect(placements('resource "only_type" {}\n')?.sorted).toBeUndefined();
    expect(placements('variable = 1\nvariable "a" {}\n')?.sorted).toBeUndefined();
  });

  it('agree on random files of blocks with awkward labels', () => {
    const label = fc.constantFrom(
      'a',
      'b',
      'B',
      '_',
      '0',
      '1',
      '01',
      '9',
      '10',
      '4294967294',
      '4294967295',
      'é',
      '\uFB01',
      '\u{1F600}',
      '',
    );
    const kind = fc.constantFrom(...BLOCK_TYPES, 'terraform', 'moved', 'check');
    const block = fc
      .tuple(kind, fc.array(label, { maxLength: 3 }), fc.boolean(), fc.nat({ max: 9 }))
      .map(([type, labels, rightCount, n]) => {
        const count =
          type === 'resource' || type === 'data'
            ? 2
            : type === 'locals' || type === 'removed' || type === 'terraform'
              ? 0
              : 1;
        const used = rightCount ? [...labels, 'x', 'y'].slice(0, count) : labels;
        return `${type} ${used.map((l) => JSON.stringify(l)).join(' ')} {\n  n = ${n}\n}\n`;
      });
    const attribute = fc.constantFrom('', '', '', 'name = 1\n', 'output = 2\n');
    let sorted = 0;
    let compared = 0;
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), attribute, (blocks, extra) => {
        const both = placements(extra + blocks.join(''));
        if (both === undefined) return;
        compared++;
        if (both.sorted === undefined) return;
        sorted++;
        expect(both.sorted).toEqual(both.walked);
      }),
      { numRuns: 500, seed: 20261125 },
    );
    // Most generated files must take the sorted path, or the property says little.
    expect(compared).toBeGreaterThan(250);
    expect(sorted).toBeGreaterThan(compared * 0.3);
  });
});
