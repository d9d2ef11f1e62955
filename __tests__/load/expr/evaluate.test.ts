import { describe, expect, it } from '@jest/globals';
import { Unknown } from '../../../src/model/value.js';
import type { Value } from '../../../src/model/value.js';
import {
  evaluate,
  parseExpression,
  parseTemplate,
  references,
  staticScope,
} from '../../../src/load/expr/index.js';
import type { Scope } from '../../../src/load/expr/index.js';
import { baseInit, computedArn, ex, refsOf, scope, tpl } from './fixtures.js';

describe('evaluateTemplateString', () => {
  it.each<[string, Value]>([
    ['plain', 'plain'],
    ['', ''],
    ['foo $${bar}', 'foo ${bar}'],
    ['foo %%{bar}', 'foo %{bar}'],
    ['100% sure, $5', '100% sure, $5'],
    ['C:\\dir\\n', 'C:\\dir\\n'],
    ['a-${var.env}', 'a-prod'],
    ['${var.env}', 'prod'],
    // a lone interpolation is the value itself, not its string form
    ['${var.list}', ['a', 'b', 'c']],
    ['${var.m}', { x: 1, y: 'two' }],
    ['${var.nothing}', null],
    ['${var.flag}', true],
    ['${1}', 1],
    ['n=${1.5e3} b=${true} f=${0.25}', 'n=1500 b=true f=0.25'],
    ['${1e21} ${-1e-7}', '1000000000000000000000 -0.0000001'],
    ['x %{if true}y%{endif}', 'x y'],
    ['%{if var.off}yes%{else}no%{endif}', 'no'],
    ['%{if "true"}string-bool%{endif}', 'string-bool'],
    ['%{for x in var.list}${x};%{endfor}', 'a;b;c;'],
    ['%{for i, x in var.list}${i}=${x} %{endfor}', '0=a 1=b 2=c '],
    ['%{for k, v in var.m}${k}:${v},%{endfor}', 'x:1,y:two,'],
    ['%{for x in []}never%{endfor}', ''],
    ['%{ for x in var.list ~}\n  - ${x}\n%{ endfor ~}\n', '  - a\n  - b\n  - c\n'],
    ['a  ${~ var.env ~}  b', 'aprodb'],
    ['${"nested ${var.env} quoted"}', 'nested prod quoted'],
    ['${"esc \\"q\\" \\\\ \\t"}', 'esc "q" \\ \t'],
    ['${<<EOT\nhello ${var.env}\n  $${not} \\n\nEOT\n}', 'hello prod\n  ${not} \\n\n'],
    ['${<<-EOT\n    {\n      "env": "${var.env}"\n    }\n  EOT\n}', '{\n  "env": "prod"\n}\n'],
    [
      '${jsonencode({\n  Version = "2012-10-17"\n  Statement = [{ Effect = "Deny" }] # why\n})}',
      '{"Statement":[{"Effect":"Deny"}],"Version":"2012-10-17"}',
    ],
  ])('%j evaluates to %j', (text, expected) => {
    expect(tpl(text)).toEqual(expected);
  });
});

describe('expressions', () => {
  it.each<[string, Value]>([
    // arithmetic and precedence
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['7 / 2', 3.5],
    ['7 % 3', 1],
    ['-7 % 3', -1],
    ['-1 + 2', 1],
    ['- - 2', 2],
    ['"5" + 1', 6],
    ['var.str_num * 2', 10],
    ['1 / 0', Infinity],
    // comparison and equality
    ['3 > 2', true],
    ['2 >= 2', true],
    ['"10" > 9', true],
    ['1 < 1', false],
    ['1 == 1.0', true],
    ['1 == "1"', false],
    ['"a" != "b"', true],
    ['[1, 2] == [1, 2]', true],
    ['{a = 1} == {a = 1}', true],
    ['{a = 1} == {a = 2}', false],
    ['null == null', true],
    ['var.nothing == null', true],
    ['var.obj != null', true],
    // logic
    ['true && false', false],
    ['false || true', true],
    ['!true', false],
    ['!var.off && var.flag', true],
    ['"true" && true', true],
    // conditionals, with Terraform's result type unification
    ['var.flag ? "yes" : "no"', 'yes'],
    ['var.off ? "yes" : "no"', 'no'],
    ['true ? 1 : "a"', '1'],
    ['false ? 1 : null', null],
    ['true ? [1, "a"] : []', ['1', 'a']],
    ['true ? { a = 1 } : { b = "x" }', { a: '1' }],
    ['true ? "ok" : var.m.missing', 'ok'],
    ['var.env == "prod" ? 3 : 1', 3],
    // collections
    ['[1, "a", true, null]', [1, 'a', true, null]],
    ['{ a = 1, "b-c" = 2, (var.env) = 3, 4 = "four" }', { a: 1, 'b-c': 2, prod: 3, '4': 'four' }],
    ['{ a = 1, a = 2 }', { a: 2 }],
    ['{ null = 1, true = 2, for = 3, if = 4 }', { null: 1, true: 2, for: 3, if: 4 }],
    ['{ (var.env) = 1, (var.m.y) = 2 }', { prod: 1, two: 2 }],
    ['{ __proto__ = 1 }.__proto__', 1],
    // traversal
    ['var.list[1]', 'b'],
    ['var.list["2"]', 'c'],
    ['var.list.0', 'a'],
    ['var.m["y"]', 'two'],
    ['var.m.x', 1],
    ['var.objs[1].tags.team', 'b'],
    ['local.ids[0]', 'x'],
    ['[[1, 2], [3]][0][1]', 2],
    ['{ a = { b = "c" } }.a.b', 'c'],
    // splats
    ['var.objs[*].id', ['i1', 'i2']],
    ['var.objs.*.id', ['i1', 'i2']],
    ['var.objs[*].tags.team', ['a', 'b']],
    ['var.objs.*.id[1]', 'i2'],
    ['var.obj[*].id', ['o1']],
    ['var.nothing[*].id', []],
    ['[[1, 2], [3, 4]][*][0]', [1, 3]],
    // for expressions
    ['[for x in var.list : upper(x)]', ['A', 'B', 'C']],
    ['[for i, x in var.list : "${i}${x}" if i != 1]', ['0a', '2c']],
    ['[for k, v in var.m : k]', ['x', 'y']],
    ['[for k, v in { b = 1, a = 2, "10" = 3, "9" = 4 } : k]', ['10', '9', 'a', 'b']],
    ['{ for x in var.list : x => upper(x) }', { a: 'A', b: 'B', c: 'C' }],
    ['{ for o in var.objs : o.tags.team => o.id }', { a: 'i1', b: 'i2' }],
    ['{ for x in ["a", "b", "a"] : x => x... }', { a: ['a', 'a'], b: ['b'] }],
    ['{ for i, x in var.nums : x => i if x > 1 }', { '2': 1, '3': 2 }],
    ['[for x in [] : x]', []],
    // iteration variables shadow scope roots
    ['[for var in [1] : var]', [1]],
    // references to known resources, data sources and modules
    ['aws_organizations_organization.org.roots[0].id', 'r-abcd'],
    ['data.aws_caller_identity.current.account_id', '111122223333'],
    ['module.scp.policy_id', 'p-1'],
    ['aws_iam_role.partial.name', 'r'],
    ['path.module', './modules/guard'],
    ['"${path.root}/x"', './x'],
    // heredoc inside an expression
    ['<<EOT\n${var.env}\nEOT\n', 'prod\n'],
  ])('%s = %j', (src, expected) => {
    expect(ex(src)).toEqual(expected);
  });
});

describe('references and unknown values', () => {
  it('an unknown resource attribute is Unknown carrying the full reference', () => {
    const v = ex('aws_organizations_organization.other.roots[0].id');
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).refs).toEqual([
      { address: 'aws_organizations_organization.other', path: ['roots', 0, 'id'] },
    ]);
    expect((v as Unknown).reason).toBe('aws_organizations_organization.other.roots[0].id is not known');
  });

  it('the module prefix goes on the reference address', () => {
    const inModule: Scope = staticScope({ modulePrefix: 'module.a.' });
    const v = ex('aws_organizations_organization.org.roots[0].id', inModule);
    expect((v as Unknown).refs).toEqual([
      { address: 'module.a.aws_organizations_organization.org', path: ['roots', 0, 'id'] },
    ]);
  });

  it.each<[string, string[]]>([
    ['data.aws_iam_policy_document.d.json', ['data.aws_iam_policy_document.d|["json"]']],
    ['module.m.output', ['module.m|["output"]']],
    ['module.m', ['module.m|[]']],
    ['aws_x.y[0].id', ['aws_x.y|[0,"id"]']],
    ['aws_x.y["k"].id', ['aws_x.y|["k","id"]']],
    ['aws_x.y[var.env].id', ['aws_x.y|["prod","id"]']],
    ['aws_x.y[*].id', ['aws_x.y|[]']],
    ['aws_x.y', ['aws_x.y|[]']],
    ['var.undeclared.a', ['var.undeclared|["a"]']],
    ['local.undeclared', ['local.undeclared|[]']],
    // derived values keep their references
    ['"${aws_a.x.id}-${aws_b.y.id}"', ['aws_a.x|["id"]', 'aws_b.y|["id"]']],
    ['aws_a.x.n + aws_b.y.n', ['aws_a.x|["n"]', 'aws_b.y|["n"]']],
    ['upper(aws_a.x.name)', ['aws_a.x|["name"]']],
    ['jsonencode({ Resource = [aws_a.x.arn, "fixed"] })', ['aws_a.x|["arn"]']],
    ['[aws_a.x.id, "b"][0]', ['aws_a.x|["id"]']],
    ['var.list[aws_a.x.index]', ['aws_a.x|["index"]']],
    ['aws_a.x.tags[aws_b.y.key]', ['aws_a.x|["tags"]', 'aws_b.y|["key"]']],
    ['[for x in aws_a.x.list : x]', ['aws_a.x|["list"]']],
    ['aws_a.x.flag ? "a" : aws_b.y.id', ['aws_a.x|["flag"]', 'aws_b.y|["id"]']],
    ['var.deferred.attr', ['var.deferred|[]']],
    ['!aws_a.x.enabled', ['aws_a.x|["enabled"]']],
    ['aws_a.x.v == 1', ['aws_a.x|["v"]']],
    ['cidrsubnet(aws_vpc.v.cidr_block, 8, 1)', ['aws_vpc.v|["cidr_block"]']],
  ])('%s is Unknown referring to %j', (src, refs) => {
    expect(refsOf(ex(src))).toEqual(refs);
  });

  it('traversing a known resource into an Unknown attribute keeps that Unknown', () => {
    expect(ex('aws_iam_role.partial.arn')).toBe(computedArn);
    const joined = ex('"role ${aws_iam_role.partial.arn}"');
    expect(refsOf(joined)).toEqual(['aws_iam_role.partial|["arn"]']);
  });

  it('merges and de-duplicates references of several unknown operands', () => {
    expect(refsOf(ex('"${aws_a.x.id}${aws_a.x.id}${aws_b.y.id}"'))).toEqual([
      'aws_a.x|["id"]',
      'aws_b.y|["id"]',
    ]);
  });

  it('known conditions pick a branch even when the other branch is unknown', () => {
    expect(ex('true ? "fixed" : aws_a.x.id')).toBe('fixed');
    expect(ex('var.off ? aws_a.x.id : "fallback"')).toBe('fallback');
  });

  it('logical operators decide without the unknown side when the known side decides', () => {
    expect(ex('false && aws_a.x.enabled')).toBe(false);
    expect(ex('aws_a.x.enabled && false')).toBe(false);
    expect(ex('true || aws_a.x.enabled')).toBe(true);
    expect(ex('false && var.m.missing')).toBe(false);
    expect(refsOf(ex('true && aws_a.x.enabled'))).toEqual(['aws_a.x|["enabled"]']);
    expect(ex('true && var.m.missing')).toBeInstanceOf(Unknown);
  });

  it('each, count and path come from the scope, or are Unknown outside an expanded block', () => {
    const expanded = staticScope({
      ...baseInit,
      each: { key: 'k1', value: { name: 'n1' } },
      count: { index: 2 },
    });
    expect(ex('"${each.key}:${each.value.name}:${count.index}"', expanded)).toBe('k1:n1:2');
    expect(ex('each.key')).toBeInstanceOf(Unknown);
    expect(ex('count.index')).toBeInstanceOf(Unknown);
    expect(ex('path.cwd')).toBeInstanceOf(Unknown);
    expect(ex('terraform.workspace')).toBeInstanceOf(Unknown);
  });

  it('values from a scope whose parts are Unknown flow through collections', () => {
    expect(ex('length([aws_a.x.id, 2])')).toBe(2);
    const list = ex('[aws_a.x.id, 2]') as Value[];
    expect(list[0]).toBeInstanceOf(Unknown);
    expect(list[1]).toBe(2);
  });
});

describe('errors become Unknown with a reason, never exceptions', () => {
  it.each<[string, RegExp]>([
    ['var.m.missing', /unsupported attribute "missing"/],
    ['var.list[5]', /index 5 is out of range/],
    ['var.list[-1]', /out of range/],
    ['var.list[0.5]', /whole number/],
    ['var.m["nope"]', /key "nope" does not exist/],
    ['var.nothing.x', /null value/],
    ['var.nothing[0]', /null value/],
    ['var.list.name', /list or tuple/],
    ['"str".x', /has no attributes/],
    ['1 + "a"', /cannot convert "a" to number/],
    ['1 + null', /not null/],
    ['1 + [1]', /a number is required/],
    ['!"maybe"', /cannot convert "maybe" to bool/],
    ['null ? 1 : 2', /condition is null/],
    ['"x${var.list}"', /cannot include a tuple value in a string template/],
    ['"x${var.nothing}"', /null value in a string template/],
    ['[for x in null : x]', /iteration over a null value/],
    ['[for x in "abc" : x]', /cannot iterate over a string/],
    ['{ for x in ["a", "a"] : x => 1 }', /duplicate object key "a"/],
    ['{ (null) = 1 }', /object key must not be null/],
    ['{ var.env = 1 }', /ambiguous attribute key/],
    ['{ var.list[0] = 1 }', /ambiguous attribute key/],
    ['true ? [1] : "a"', /inconsistent conditional result types/],
    ['0 / 0', /divide zero by zero/],
    ['5 % 0', /modulo with zero/],
    ['foo', /unknown variable "foo"/],
    ['var', /must be followed by an attribute name/],
    ['bcrypt("hunter2")', /^unsupported function "bcrypt"$/],
    ['upper()', /expects 1 argument\(s\), got 0/],
    ['upper(["a"])', /call to function "upper" failed/],
    ['concat(1...)', /final argument must be a list/],
    ['(1 +', /^syntax error at 1:5: expected an expression/],
    ['1e400', /beyond the double-precision range/],
  ])('%s', (src, reason) => {
    let value: Value = null;
    expect(() => (value = ex(src))).not.toThrow();
    expect(value).toBeInstanceOf(Unknown);
    expect((value as unknown as Unknown).reason).toMatch(reason);
  });

  it('a template syntax error is reported with its position', () => {
    const v = tpl('ok ${ x + }');
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).reason).toBe('syntax error at 1:11: expected an expression but found }');
  });

  it('a string past the size limit is Unknown as too large, not as too deeply nested', () => {
    // Doubling builds a rope: 2^28 characters without 256 MB of memory.
    let big = 'x'.repeat(1 << 20);
    for (let i = 0; i < 8; i++) big += big;
    const huge: Scope = { ...staticScope(), variable: () => big };
    const v = ex('"${var.big}${var.big}${var.big}"', huge);
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).reason).toMatch(/too large to build/);
  });

  it('a call stack overflow is Unknown as too deeply nested', () => {
    const overflowing: Scope = {
      ...staticScope(),
      variable: () => {
        const recurse = (n: number): number => recurse(n + 1) + 1;
        return recurse(0);
      },
    };
    const v = ex('var.x', overflowing);
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).reason).toBe('expression is too deeply nested to evaluate');
  });

  it('a scope that throws is reported as an internal error instead of escaping', () => {
    const hostile: Scope = {
      ...staticScope(),
      variable: () => {
        throw new Error('boom');
      },
    };
    const v = ex('var.x', hostile);
    expect(v).toBeInstanceOf(Unknown);
    expect((v as Unknown).reason).toMatch(/internal evaluator error: boom/);
  });

  it('evaluate() accepts any parsed template, including bare ones', () => {
    const t = parseTemplate('${var.env}-${upper(var.env)}');
    if (t.kind !== 'template') throw new Error('parse failed');
    expect(evaluate(t, scope)).toBe('prod-PROD');
    expect(evaluate(parseExpression('[for x in var.nums : x * 2]'), scope)).toEqual([2, 4, 6]);
  });
});

describe('references()', () => {
  const text = (refs: ReturnType<typeof references>): string[] =>
    refs.map((r) => `${r.address}|${JSON.stringify(r.path)}`);

  it.each<[string, string[]]>([
    ['plain text', []],
    ['$${aws_x.y.id}', []],
    [
      '${aws_organizations_organization.org.roots[0].id}',
      ['aws_organizations_organization.org|["roots",0,"id"]'],
    ],
    ['${data.aws_iam_policy_document.d.json}', ['data.aws_iam_policy_document.d|["json"]']],
    ['${module.m.out}-${var.env}-${local.x.y}', ['module.m|["out"]', 'var.env|[]', 'local.x|["y"]']],
    ['${aws_x.y["k"].id}', ['aws_x.y|["k","id"]']],
    // a dynamic index ends the static path, and its own references are found too
    ['${aws_x.y[var.i].id}', ['var.i|[]', 'aws_x.y|[]']],
    ['${aws_x.y[*].arn}', ['aws_x.y|[]']],
    ['${[for r in aws_x.y : r.id if r.on]}', ['aws_x.y|[]']],
    ['${{for k, v in var.m : k => v.id}}', ['var.m|[]']],
    ['%{ for p in var.ps }${p}${each.key}${path.module}%{ endfor }', ['var.ps|[]']],
    ['${jsonencode({ R = aws_a.b.arn, S = "x" })}', ['aws_a.b|["arn"]']],
    ['${x ? aws_a.b.id : data.c.d.e}', ['aws_a.b|["id"]', 'data.c.d|["e"]']],
    ['${aws_a.b.id}${aws_a.b.id}', ['aws_a.b|["id"]']],
    ['${broken +}', []],
  ])('%s', (src, expected) => {
    expect(text(references(src))).toEqual(expected);
  });

  it('prefixes addresses with the module path when given one', () => {
    expect(text(references('${aws_x.y.id}', 'module.a.'))).toEqual(['module.a.aws_x.y|["id"]']);
  });
});
