import { describe, expect, it } from '@jest/globals';
import { locateHclBlocks, locateJsonKeys, JSON_PATH_SEPARATOR } from '../../src/load/locate.js';
import { parseNative } from '../../src/load/native/index.js';

/** The native parser's positions in the locator's shape: blocks in source order, attribute maps. */
function nativeLocated(
  src: string,
): { type: string; labels: readonly string[]; line: number; attributes: Map<string, number> }[] {
  const parsed = parseNative(src);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.blocks
    .map((b) => ({
      type: b.type,
      labels: b.labels,
      line: b.line,
      attributes: new Map(Object.entries(b.attributes)),
    }))
    .sort((a, b) => a.line - b.line);
}

describe.each([
  ['locateHclBlocks', locateHclBlocks],
  ['the native parser', nativeLocated],
] as const)('block and attribute lines: %s', (_name, locate) => {
  it('finds block headers and attribute lines, nested paths included', () => {
    const src = `# header comment with resource "fake" "x" {
provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket_versioning" "v" {
  bucket = "b"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}
`;
    const blocks = locate(src);
    expect(blocks.map((b) => [b.type, b.labels, b.line])).toEqual([
      ['provider', ['aws'], 2],
      ['resource', ['aws_s3_bucket_versioning', 'v'], 6],
    ]);
    expect(blocks[1]?.attributes.get('bucket')).toBe(7);
    expect(blocks[1]?.attributes.get('versioning_configuration')).toBe(8);
    expect(blocks[1]?.attributes.get('versioning_configuration.mfa_delete')).toBe(10);
  });

  it('is not fooled by braces, quotes and block-like text inside strings, heredocs and comments', () => {
    const src = `locals {
  a = "resource \\"x\\" \\"y\\" { \${jsonencode({ b = "}" })}"
  h = <<-EOT
    resource "fake" "inside_heredoc" {
    }
  EOT
  /* resource "fake" "in_comment" {
  } */
  m = { k = [1, 2,
    3] }
}
resource "aws_organizations_policy" "p" {
  content = jsonencode({
    Statement = [{ Effect = "Deny" }]
  })
  name = "p"
}
`;
    const blocks = locate(src);
    expect(blocks.map((b) => `${b.type}:${b.labels.join('.')}@${b.line}`)).toEqual([
      'locals:@1',
      'resource:aws_organizations_policy.p@12',
    ]);
    expect(blocks[0]?.attributes.get('m')).toBe(9);
    expect(blocks[1]?.attributes.get('content')).toBe(13);
    expect(blocks[1]?.attributes.get('name')).toBe(16);
  });

  it('handles one-line blocks and dynamic blocks', () => {
    const src = `resource "x" "y" {
  lifecycle { prevent_destroy = true }
  dynamic "statement" {
    for_each = var.s
    content {
      actions = statement.value
    }
  }
  after = 1
}
`;
    const [block] = locate(src);
    expect(block?.attributes.get('lifecycle.prevent_destroy')).toBe(2);
    expect(block?.attributes.get('statement.for_each')).toBe(4);
    expect(block?.attributes.get('statement.content.actions')).toBe(6);
    expect(block?.attributes.get('after')).toBe(9);
  });
});

describe('native positions beyond the locator', () => {
  it('decodes labels as hcl2json does and counts CRLF lines', () => {
    const src =
      'resource "a" "x$${y}" {\r\n  b = <<EOT\r\n  text\r\nEOT\r\n  c {\r\n    d = 1\r\n  }\r\n}\r\n';
    const [block] = nativeLocated(src);
    expect(block?.labels).toEqual(['a', 'x${y}']);
    expect(Object.fromEntries(block?.attributes ?? [])).toEqual({ b: 2, c: 5, 'c.d': 6 });
  });

  it('keeps the first line of a repeated nested attribute path', () => {
    const src = `data "aws_iam_policy_document" "d" {
  statement {
    sid = "a"
  }
  statement {
    sid = "b"
  }
}
`;
    const [block] = nativeLocated(src);
    expect(block?.attributes.get('statement')).toBe(2);
    expect(block?.attributes.get('statement.sid')).toBe(3);
  });
});

describe('locateJsonKeys', () => {
  it('gives the line of every key path', () => {
    const src = `{
  "resource": {
    "aws_organizations_policy": {
      "deny_root": [
        {
          "name": "deny-root",
          "content": "\${jsonencode({})}"
        }
      ]
    }
  }
}`;
    const lines = locateJsonKeys(src);
    const key = (...p: string[]) => p.join(JSON_PATH_SEPARATOR);
    expect(lines.get(key('resource', 'aws_organizations_policy', 'deny_root'))).toBe(4);
    expect(lines.get(key('resource', 'aws_organizations_policy', 'deny_root', 'content'))).toBe(7);
  });

  it('decodes escaped keys, skips strings holding quotes and braces, and leaves array indexes out', () => {
    const src = [
      '{',
      '  "locals": [',
      '    { "note": "a \\"quoted\\" {brace} [x], \\\\", "after": 1 },',
      '    { "a\\u0042": { "deep": [ { "key": true } ] } }',
      '  ],',
      '  "": { "empty": 2 }',
      '}',
    ].join('\n');
    expect(() => JSON.parse(src) as unknown).not.toThrow();
    const lines = locateJsonKeys(src);
    const key = (...p: string[]) => p.join(JSON_PATH_SEPARATOR);
    expect([...lines]).toEqual([
      ['locals', 2],
      [key('locals', 'note'), 3],
      [key('locals', 'after'), 3],
      [key('locals', 'aB'), 4],
      [key('locals', 'aB', 'deep'), 4],
      [key('locals', 'aB', 'deep', 'key'), 4],
      ['', 6],
      [key('', 'empty'), 6],
    ]);
  });
});
