import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { staticScope } from '../../../src/load/expr/index.js';
import { globToRegExp } from '../../../src/load/expr/fn-files.js';
import { yamlDecode } from '../../../src/load/expr/fn-yaml.js';
import { workingDirFiles } from '../../../src/load/working-dir.js';
import { Unknown } from '../../../src/model/value.js';
import type { Value } from '../../../src/model/value.js';
import { writeTree } from '../../helpers/sources.js';
import { ex } from './fixtures.js';

const scope = staticScope({
  paths: { module: 'modules/scp', root: '.' },
  files: {
    'modules/scp/policies/deny-root.yaml': 'DenyRoot:\n  effect: Deny\n',
    'modules/scp/policies/regions.yaml': 'x: 1\n',
    'modules/scp/policies/old/legacy.yaml': 'x: 2\n',
    'modules/scp/policies/readme.md': '# docs\n',
    'modules/scp/main.tf': '',
  },
});

describe('fileset, fileexists, basename, dirname', () => {
  it.each<[string, Value]>([
    ['fileset(path.module, "policies/*.yaml")', ['policies/deny-root.yaml', 'policies/regions.yaml']],
    [
      'fileset(path.module, "policies/**/*.yaml")',
      ['policies/deny-root.yaml', 'policies/old/legacy.yaml', 'policies/regions.yaml'],
    ],
    ['fileset("${path.module}/policies", "*.{yaml,md}")', ['deny-root.yaml', 'readme.md', 'regions.yaml']],
    ['fileset(path.module, "policies/[d-r]e*.yaml")', ['policies/deny-root.yaml', 'policies/regions.yaml']],
    ['fileset(path.module, "policies/[^d]*")', ['policies/readme.md', 'policies/regions.yaml']],
    ['fileset(path.module, "policies/?e*.md")', ['policies/readme.md']],
    ['fileset(path.module, "*.json")', []],
    ['fileexists("${path.module}/policies/regions.yaml")', true],
    ['fileexists("${path.module}/policies/missing.yaml")', false],
    ['basename("policies/deny-root.yaml")', 'deny-root.yaml'],
    ['basename("a/b/")', 'b'],
    ['basename("a/..")', '..'],
    ['basename("")', '.'],
    ['basename("///")', '/'],
    ['dirname("policies/old/legacy.yaml")', 'policies/old'],
    ['dirname("legacy.yaml")', '.'],
    ['dirname("/etc")', '/'],
    ['dirname("a//b/../c")', 'a'],
    [
      '{ for f in fileset(path.module, "policies/*.yaml") : trimsuffix(basename(f), ".yaml") => yamldecode(file("${path.module}/${f}")) }',
      { 'deny-root': { DenyRoot: { effect: 'Deny' } }, regions: { x: 1 } },
    ],
  ])('%s = %j', (src, expected) => {
    expect(ex(src, scope)).toEqual(expected);
  });

  it.each<[string, RegExp]>([
    ['fileexists("${path.module}/policies")', /is a directory/],
    ['fileset(path.module, "policies/[a")', /unclosed "\["/],
    ['fileset(path.module, "{a,b")', /unclosed "\{"/],
  ])('%s is Unknown: %s', (src, reason) => {
    const value = ex(src, scope);
    expect(value).toBeInstanceOf(Unknown);
    expect((value as Unknown).reason).toMatch(reason);
  });

  it('a scope that cannot list files leaves fileset unknown rather than empty', () => {
    const blind = { ...staticScope({}), listFiles: undefined, fileKind: undefined };
    expect(ex('fileset(".", "*.json")', blind)).toBeInstanceOf(Unknown);
    expect(ex('fileexists("a.json")', blind)).toBeInstanceOf(Unknown);
  });

  it.each<[string, string, boolean]>([
    ['*', 'a.json', true],
    ['*', 'dir/a.json', false],
    ['**', 'dir/sub/a.json', true],
    ['**/*.json', 'a.json', true],
    ['**/*.json', 'x/y/a.json', true],
    ['a**b', 'a/xb', false],
    ['a**b', 'axxb', true],
    ['\\*.json', '*.json', true],
    ['\\*.json', 'a.json', false],
    ['a-b+c(1).json', 'a-b+c(1).json', true],
    ['[!a]*', 'b', true],
    ['[!a]*', 'a', false],
    ['?', '/', false],
  ])('glob %s against %s: %s', (pattern, file, matches) => {
    expect(globToRegExp(pattern).test(file)).toBe(matches);
  });
});

describe('yamldecode follows go-cty-yaml, not js-yaml', () => {
  it.each<[string, Value]>([
    ['a: yes\nb: On\nc: n\nd: FALSE\ne: true', { a: true, b: true, c: false, d: false, e: true }],
    ['a: "yes"\nb: !!str true\nc: \'on\'', { a: 'yes', b: 'true', c: 'on' }],
    [
      'a: 1e3\nb: 010\nc: 0x1F\nd: 1_000\ne: -.5\nf: 0b101\ng: 1:20',
      { a: 1000, b: 10, c: '0x1F', d: 1000, e: -0.5, f: 5, g: '1:20' },
    ],
    ['a: !!int 0x1F\nb: !!float "2"', { a: 31, b: 2 }],
    ['a: ~\nb: null\nc:\nd: Null', { a: null, b: null, c: null, d: null }],
    [
      'a: 2001-12-14\nb: 2001-12-14t21:59:43.10-05:00\nc: 2001-12-14 21:59:43.10\nd: 2001-02-30',
      {
        a: '2001-12-14T00:00:00Z',
        b: '2001-12-14T21:59:43-05:00',
        c: '2001-12-14T21:59:43Z',
        d: '2001-02-30',
      },
    ],
    ['a: !!binary aGVsbG8=', { a: 'aGVsbG8=' }],
    [
      'base: &b\n  Effect: Deny\nstmt:\n  <<: *b\n  Sid: X',
      { base: { Effect: 'Deny' }, stmt: { Effect: 'Deny', Sid: 'X' } },
    ],
    [
      '- Effect: Deny\n  Action: ["*"]\n  Condition:\n    ArnLike:\n      aws:PrincipalArn: arn:aws:iam::*:root',
      [
        {
          Effect: 'Deny',
          Action: ['*'],
          Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } },
        },
      ],
    ],
    ['', null],
    ['# nothing here\n\n', null],
    ['plain', 'plain'],
  ])('%j', (text, expected) => {
    expect(yamlDecode(text)).toEqual(expected);
  });

  it.each<[string, RegExp]>([
    ['a: 1\n---\nb: 2', /invalid YAML/],
    ['a: 1\na: 2', /invalid YAML: duplicated mapping key/],
    ['a: [1', /invalid YAML/],
    ['a: .nan', /NaN/],
    ['a: !!bool maybe', /invalid YAML/],
    ['a: !custom x', /invalid YAML/],
  ])('%j is an error', (text, message) => {
    expect(() => yamlDecode(text)).toThrow(message);
  });

  it('an infinity is unknown, not a number JSON cannot carry', () => {
    const value = ex('yamldecode("a: .inf")');
    expect(value).toBeInstanceOf(Unknown);
    expect((value as Unknown).reason).toMatch(/infinit/);
  });

  it('a billion laughs of aliases is refused, not expanded', () => {
    const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${prev}`).join(', ')}]`);
    }
    expect(() => yamlDecode(levels.join('\n'))).toThrow(/expands to more than 1000000 values/);
    // A few aliases, as real catalogs use them, are fine.
    expect(yamlDecode(levels.slice(0, 3).join('\n'))).toMatchObject({ c: expect.any(Array) });
  });

  it('a YAML error is a Terraform error, so try() takes its fallback', () => {
    expect(ex('try(yamldecode("a: [1"), { fallback = true })')).toEqual({ fallback: true });
  });
});

describe('the working directory as file functions see it', () => {
  it('lists regular files through links, once per real directory, and reads no device or FIFO', () => {
    const tree = writeTree({
      'mod/policies/a.json': '{}',
      'mod/policies/nested/b.json': '[]',
      'mod/notes.txt': 'x',
    });
    try {
      const dir = tree.dir;
      symlinkSync(path.join(dir, 'mod'), path.join(dir, 'mod', 'policies', 'loop'));
      symlinkSync(path.join(dir, 'missing'), path.join(dir, 'mod', 'dangling.json'));
      mkdirSync(path.join(dir, 'mod', 'empty'));
      execFileSync('mkfifo', [path.join(dir, 'mod', 'pipe.json')]);
      writeFileSync(path.join(dir, 'mod', 'policies', 'c.json'), '{"c":1}');
      const files = workingDirFiles(dir);
      expect(files.listFiles('mod')).toEqual([
        'notes.txt',
        'policies/a.json',
        'policies/c.json',
        'policies/nested/b.json',
      ]);
      expect(files.listFiles('missing')).toBeUndefined();
      expect(files.readFile('mod/policies/c.json')).toBe('{"c":1}');
      expect(files.readFile('mod/pipe.json')).toBeUndefined();
      expect(files.readFile('mod/policies')).toBeUndefined();
      expect(files.fileKind('mod/policies/a.json')).toBe('file');
      expect(files.fileKind('mod/empty')).toBe('directory');
      expect(files.fileKind('mod/nothing.json')).toBe('missing');
      expect(files.fileKind('mod/pipe.json')).toBeUndefined();
    } finally {
      tree.cleanup();
    }
  });
});

describe('file hashes, filebase64, abspath and pathexpand', () => {
  // A zip-like file that is not UTF-8: hashed as bytes, never read as text.
  const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x80]);
  const policy = '\uFEFF{"Version":"2012-10-17"}\n';

  it('hash and encode the bytes of a real file, and read only UTF-8 as text', () => {
    const tree = writeTree({ 'lambda.zip': binary, 'policy.json': policy });
    try {
      const files = workingDirFiles(tree.dir);
      const scope = { ...staticScope({ paths: { module: '.', root: '.' } }), ...files };
      const hex = (algorithm: string, bytes: Buffer) => createHash(algorithm).update(bytes).digest('hex');
      expect(ex('filemd5("lambda.zip")', scope)).toBe(hex('md5', binary));
      expect(ex('filesha1("lambda.zip")', scope)).toBe(hex('sha1', binary));
      expect(ex('filesha256("${path.module}/lambda.zip")', scope)).toBe(hex('sha256', binary));
      expect(ex('filesha512("lambda.zip")', scope)).toBe(hex('sha512', binary));
      expect(ex('filebase64sha256("lambda.zip")', scope)).toBe(
        createHash('sha256').update(binary).digest('base64'),
      );
      expect(ex('filebase64sha512("lambda.zip")', scope)).toBe(
        createHash('sha512').update(binary).digest('base64'),
      );
      expect(ex('filebase64("lambda.zip")', scope)).toBe('UEsDBP/+AIA=');
      // Terraform's file() keeps a byte-order mark, and refuses what is not UTF-8.
      expect(ex('file("policy.json")', scope)).toBe(policy);
      expect(ex('filesha256("policy.json")', scope)).toBe(hex('sha256', Buffer.from(policy, 'utf8')));
      const notText = ex('file("lambda.zip")', scope);
      expect(notText).toBeInstanceOf(Unknown);
      expect(ex('filemd5("missing.zip")', scope)).toBeInstanceOf(Unknown);
      // abspath joins the directory Terraform runs in, so a policy read through it is read.
      expect(ex('abspath("policy.json")', scope)).toBe(`${tree.dir}/policy.json`);
      expect(ex('abspath("a/../b/./c/")', scope)).toBe(`${tree.dir}/b/c`);
      expect(ex('file("${abspath(path.module)}/policy.json")', scope)).toBe(policy);
    } finally {
      tree.cleanup();
    }
  });

  it('abspath cleans an absolute path anywhere, and a relative one is unknown without a directory', () => {
    expect(ex('abspath("/etc//policies/../x.json")')).toBe('/etc/x.json');
    expect(ex('abspath("x.json")', { ...staticScope({}), absolutePath: undefined })).toBeInstanceOf(Unknown);
  });

  it('pathexpand leaves a path without "~" alone; the home directory is the runner\'s, so unknown', () => {
    expect(ex('pathexpand("policies/x.json")')).toBe('policies/x.json');
    expect(ex('pathexpand("")')).toBe('');
    const home = ex('pathexpand("~/.aws/config")');
    expect(home).toBeInstanceOf(Unknown);
    expect((home as Unknown).reason).toMatch(/home directory/);
    // Terraform's own error for another user's home: an error, so try() takes its fallback.
    expect(ex('try(pathexpand("~alice/x"), "fallback")')).toBe('fallback');
    expect((ex('pathexpand("~alice/x")') as Unknown).reason).toMatch(/cannot expand user-specific home dir/);
  });
});
