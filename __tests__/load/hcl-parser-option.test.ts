/**
 * The `parser` option of the loader: native by default, hcl2json on request, the same blocks
 * either way, and hcl2json (a WASM runtime that costs half a second to start) never loaded
 * unless asked for.
 */
import { describe, expect, it, jest } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

// Records whether the real hcl2json module was imported, and still lets it parse.
let hcl2jsonImported = false;
const real = await import('@cdktf/hcl2json');
jest.unstable_mockModule('@cdktf/hcl2json', () => {
  hcl2jsonImported = true;
  return { ...real, default: real };
});

const { parseSource, readAndParse } = await import('../../src/load/hcl.js');
const { parseSettings } = await import('../../src/load/terraform.js');
const { defaultJobs } = await import('../../src/load/native/pool.js');

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.tf'))
    .map((f) => path.join(ROOT, dir, f));
}

describe('parseSource parser option', () => {
  it('parses natively by default, without loading hcl2json', async () => {
    const outcome = await parseSource('resource "a" "b" {\n  x = 1\n}\n', '/x/main.tf', 'main.tf');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.file.blocks).toEqual([
      {
        type: 'resource',
        labels: ['a', 'b'],
        body: { x: 1 },
        file: 'main.tf',
        line: 1,
        attributeLines: { x: 2 },
      },
    ]);
    expect(hcl2jsonImported).toBe(false);
  });

  it.each([
    ...files('examples/insecure-org'),
    ...files('examples/secure-org'),
    ...files('__fixtures__/hcl/corpus'),
  ])('gives the same blocks with either parser: %s', async (file) => {
    const text = readFileSync(file, 'utf8');
    const display = path.relative(ROOT, file);
    const native = await parseSource(text, file, display);
    const oracle = await parseSource(text, file, display, { parser: 'hcl2json' });
    expect(native).toEqual(oracle);
  });

  it('loads hcl2json when asked to', () => {
    expect(hcl2jsonImported).toBe(true);
  });

  it.each(files('__fixtures__/hcl/errors'))('reports a syntax error on the same line: %s', async (file) => {
    const display = path.relative(ROOT, file);
    const native = await readAndParse(file, display);
    const oracle = await readAndParse(file, display, { parser: 'hcl2json' });
    expect(native.ok).toBe(false);
    expect(oracle.ok).toBe(false);
    if (native.ok || oracle.ok) return;
    expect(native.error.file).toBe(display);
    expect(native.error.line).toBe(oracle.error.line);
    expect(native.error.message.length).toBeGreaterThan(0);
  });

  it('reads top-level attributes (tfvars) the same way', async () => {
    const text = 'region = "eu-west-1"\ntags = { Team = "x" }\nids = ["a", "b"]\n';
    const native = await parseSource(text, 'terraform.tfvars', 'terraform.tfvars', { attributesOnly: true });
    const oracle = await parseSource(text, 'terraform.tfvars', 'terraform.tfvars', {
      attributesOnly: true,
      parser: 'hcl2json',
    });
    expect(native).toEqual(oracle);
  });
});

describe('parseSettings', () => {
  it('defaults to the native parser and the default thread count', () => {
    const settings = parseSettings({}, {});
    expect(settings.parser).toBe('native');
    expect(settings.jobs).toBe(defaultJobs());
  });

  it('parses in one thread on two cores or fewer, where a worker was measured to slow a scan down', () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => defaultJobs(cores))).toEqual([1, 1, 3, 4, 8, 8]);
  });

  it('takes options first, then ROOTGUARD_PARSER and ROOTGUARD_JOBS', () => {
    const env = { ROOTGUARD_PARSER: 'hcl2json', ROOTGUARD_JOBS: '3' };
    expect(parseSettings({}, env)).toEqual({ parser: 'hcl2json', jobs: 3 });
    expect(parseSettings({ parser: 'native', jobs: 1 }, env)).toEqual({ parser: 'native', jobs: 1 });
  });

  it('ignores nonsense in the environment', () => {
    const settings = parseSettings({}, { ROOTGUARD_PARSER: 'yacc', ROOTGUARD_JOBS: 'many' });
    expect(settings.parser).toBe('native');
    expect(Number.isInteger(settings.jobs) && settings.jobs >= 1).toBe(true);
  });
});
