import { describe, expect, it } from '@jest/globals';
import {
  isParseError,
  parseExpression,
  parseExpressionOrError,
  parseTemplate,
} from '../../../src/load/expr/index.js';
import type { Expr, TemplateExpr } from '../../../src/load/expr/index.js';
import { show, showPart } from './show.js';

function parsed(src: string): Expr {
  const result = parseExpressionOrError(src);
  if (isParseError(result))
    throw new Error(`unexpected parse error in ${JSON.stringify(src)}: ${result.message}`);
  return result;
}

function template(src: string): TemplateExpr {
  const result = parseTemplate(src);
  if (isParseError(result))
    throw new Error(`unexpected parse error in ${JSON.stringify(src)}: ${result.message}`);
  return result;
}

describe('expression parser', () => {
  it.each([
    // literals
    ['42', '42'],
    ['1.5e3', '1500'],
    ['2E-2', '0.02'],
    ['1e+2', '100'],
    ['true', 'true'],
    ['false', 'false'],
    ['null', 'null'],
    ['"a\\nb\\t\\"q\\" \\\\ \\u00e9 \\U0001F600"', '(tpl "a\\nb\\t\\"q\\" \\\\ é 😀")'],
    ['""', '(tpl "")'],
    // precedence and associativity
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['1 * 2 + 3', '(+ (* 1 2) 3)'],
    ['10 - 4 - 3', '(- (- 10 4) 3)'],
    ['8 / 4 % 3', '(% (/ 8 4) 3)'],
    ['a || b && c', '(|| a (&& b c))'],
    ['a && b || c', '(|| (&& a b) c)'],
    ['a == b != c', '(!= (== a b) c)'],
    ['1 < 2 == 3 >= 4', '(== (< 1 2) (>= 3 4))'],
    ['a + b > c * d', '(> (+ a b) (* c d))'],
    ['-1 + 2', '(+ (- 1) 2)'],
    ['- x.y[0]', '(- x.y[0])'],
    ['!a.b && c', '(&& (! a.b) c)'],
    ['!!a', '(! (! a))'],
    ['(1 + 2) * 3', '(* (paren (+ 1 2)) 3)'],
    ['a ? b : c', '(? a b c)'],
    ['a ? b : c ? d : e', '(? a b (? c d e))'],
    ['a == 1 ? "x" : "y"', '(? (== a 1) (tpl "x") (tpl "y"))'],
    ['a ? b ? 1 : 2 : 3', '(? a (? b 1 2) 3)'],
    // identifiers may contain dashes; spaced minus is subtraction
    ['a-b', 'a-b'],
    ['a - b', '(- a b)'],
    ['var.my-var', 'var.my-var'],
    // traversals
    ['aws_organizations_organization.org.roots[0].id', 'aws_organizations_organization.org.roots[0].id'],
    ['x["k"].y', 'x[(tpl "k")].y'],
    ['x[var.i + 1]', 'x[(+ var.i 1)]'],
    ['x.0.1', 'x.0.1'],
    ['x.0.name', 'x.0.name'],
    ['list[*].id', '(splat[*] list @.id)'],
    ['list[*].a.b[0]', '(splat[*] list @.a.b[0])'],
    ['list[*]', '(splat[*] list @)'],
    ['list.*.id', '(splat.* list @.id)'],
    ['list.*.id[0]', '(splat.* list @.id)[0]'],
    ['a[*].b[*].c', '(splat[*] a (splat[*] @.b @.c))'],
    // collections
    ['[]', '[]'],
    ['[1, 2, 3,]', '[1 2 3]'],
    ['[\n  1,\n  2\n]', '[1 2]'],
    ['{}', '{}'],
    ['{ a = 1, b = 2 }', '{a=1 b=2}'],
    ['{ a = 1\n b = 2 }', '{a=1 b=2}'],
    ['{\n  a = 1,\n  b = 2,\n}', '{a=1 b=2}'],
    ['{ "quoted key" : 1, (var.k) = 2, 3 = 4 }', '{(tpl "quoted key")=1 (paren var.k)=2 3=4}'],
    ['{ a = { b = [1, { c = "d" }] } }', '{a={b=[1 {c=(tpl "d")}]}}'],
    ['{ a = x ? 1 : 2 }', '{a=(? x 1 2)}'],
    // for expressions
    ['[for x in xs : x]', '(for[] x in xs : x)'],
    ['[for i, x in xs : x * i if x > 1]', '(for[] i,x in xs : (* x i) if (> x 1))'],
    ['{for k, v in m : k => v}', '(for{} k,v in m : k=>v)'],
    ['{for k, v in m : v => k...}', '(for{} k,v in m : v=>k...)'],
    [
      '{for s in var.list : s.name => s... if s.enabled}',
      '(for{} s in var.list : s.name=>s... if s.enabled)',
    ],
    ['[\n  for x in xs :\n  upper(x)\n]', '(for[] x in xs : (upper x))'],
    // function calls
    ['f()', '(f)'],
    ['jsonencode({ a = 1 })', '(jsonencode {a=1})'],
    ['concat(a, [1],)', '(concat a [1])'],
    ['merge(var.maps...)', '(merge var.maps...)'],
    ['format("%s", x, ys...)', '(format (tpl "%s") x ys...)'],
    ['provider::aws::arn_parse("x")', '(provider::aws::arn_parse (tpl "x"))'],
    ['f(\n  1,\n  2\n)', '(f 1 2)'],
    // comments and whitespace
    ['1 + # comment\n 2', '(+ 1 2)'],
    ['[1, // comment\n 2]', '[1 2]'],
    ['[1, /* a\n b */ 2]', '[1 2]'],
    ['{\n  a = 1 # trailing comment\n  b = 2\n}', '{a=1 b=2}'],
    ['\n  x  \n', 'x'],
    // templates inside expressions
    ['"a-${var.env}-b"', '(tpl "a-" ${var.env} "-b")'],
    ['"${x}"', '(tpl ${x})'],
    ['"$${literal} %%{also}"', '(tpl "${literal} %{also}")'],
    ['"a $ b % c $$ d"', '(tpl "a $ b % c $$ d")'],
    ['"${ {a = "}"}.a }"', '(tpl ${{a=(tpl "}")}.a})'],
    ['"x${"y${z}"}"', '(tpl "x" ${(tpl "y" ${z})})'],
    ['"%{ if a }yes%{ else }no%{ endif }"', '(tpl (if a ["yes"] ["no"]))'],
    ['"%{ for x in xs }${x},%{ endfor }"', '(tpl (for x in xs [${x} ","]))'],
    ['"a ${~ x ~} b"', '(tpl "a" ${x} "b")'],
    ['<<EOT\nhello ${name}\n  world\nEOT\n', '(tpl "hello " ${name} "\\n  world\\n")'],
    ['<<EOT\nno interp \\n here\nEOT', '(tpl "no interp \\\\n here\\n")'],
    ['<<-EOT\n    a\n      b\n    EOT\n', '(tpl "a\\n  b\\n")'],
    ['<<-EOT\n\t\ttab\n\t\tEOT\n', '(tpl "tab\\n")'],
    ['<<-EOT\n    a\n\n    b\n    EOT\n', '(tpl "a\\n\\nb\\n")'],
    ['<<-EOT\n    a\n  ${x}\n    EOT\n', '(tpl "  a\\n" ${x} "\\n")'],
    ['[<<EOT\nx\nEOT\n, 1]', '[(tpl "x\\n") 1]'],
    ['<<EOT\n  EOT not the end\nEOT\n', '(tpl "  EOT not the end\\n")'],
  ])('%j parses as %s', (src, expected) => {
    expect(show(parsed(src))).toBe(expected);
  });

  it('records source offsets on every node', () => {
    const src = 'f(a.b, [1, x], "s${y}")';
    const expr = parsed(src) as Extract<Expr, { kind: 'call' }>;
    expect([expr.start, expr.end]).toEqual([0, src.length]);
    const [attr, tuple, tpl] = expr.args as [Expr, Expr, Expr];
    expect(src.slice(attr.start, attr.end)).toBe('a.b');
    expect(src.slice(tuple.start, tuple.end)).toBe('[1, x]');
    expect(src.slice(tpl.start, tpl.end)).toBe('"s${y}"');
    const parts = (tpl as TemplateExpr).parts;
    expect(src.slice(parts[0]!.start, parts[0]!.end)).toBe('s');
    expect(src.slice(parts[1]!.start, parts[1]!.end)).toBe('${y}');
  });

  it('records offsets of binary operands and conditionals', () => {
    const src = 'cond ? 1 + 2 : "no"';
    const expr = parsed(src) as Extract<Expr, { kind: 'conditional' }>;
    expect(src.slice(expr.trueExpr.start, expr.trueExpr.end)).toBe('1 + 2');
    expect(src.slice(expr.falseExpr.start, expr.falseExpr.end)).toBe('"no"');
    expect([expr.start, expr.end]).toEqual([0, src.length]);
  });

  it.each([
    ['1 +', 1, 4, /expected an expression/],
    ['[1, 2', 1, 6, /expected "," or "\]"/],
    ['{ a = 1 b = 2 }', 1, 9, /after object item/],
    ['"abc', 1, 1, /unterminated template string/],
    ['"ab\ncd"', 1, 1, /newline before closing quote/],
    ['f(1 2)', 1, 5, /in function call/],
    ['a.', 1, 3, /attribute name/],
    ['a.b c', 1, 5, /after expression/],
    ['<<EOT\nno end\n', 1, 1, /unterminated heredoc/],
    ['"\\q"', 1, 2, /invalid escape sequence/],
    ['"\\uZZZZ"', 1, 2, /invalid unicode escape/],
    ['x ~ y', 1, 3, /after expression/],
    ['a ? b', 1, 6, /":" in conditional/],
    ['[for x xs : x]', 1, 8, /expected "in"/],
    ['{for k, v in m : v}', 1, 19, /"=>"/],
    ['"${x"', 1, 5, /close the template interpolation/],
    ['"%{ if x }a"', 1, 12, /missing %\{ endif \}/],
    ['"%{ endif }"', 1, 2, /unexpected %\{ endif \}/],
    ['"%{ bogus }"', 1, 5, /template directive keyword/],
    ['/* open', 1, 1, /unterminated comment/],
    ['1\n@', 2, 1, /after expression/],
  ] as Array<[string, number, number, RegExp]>)(
    '%j is a parse error at %i:%i',
    (src, line, column, message) => {
      const result = parseExpressionOrError(src);
      expect(isParseError(result)).toBe(true);
      if (!isParseError(result)) return;
      expect(result.message).toMatch(message);
      expect([result.line, result.column]).toEqual([line, column]);
    },
  );

  it('parseExpression turns a syntax error into an error node instead of throwing', () => {
    const expr = parseExpression('(1 + ');
    expect(expr.kind).toBe('error');
    if (expr.kind === 'error') expect([expr.line, expr.column]).toEqual([1, 6]);
  });

  it('rejects pathological nesting with a parse error, not a stack overflow', () => {
    const src = '('.repeat(5000) + '1' + ')'.repeat(5000);
    const result = parseExpressionOrError(src);
    expect(isParseError(result) && result.message).toMatch(/nested too deeply/);
  });
});

describe('template parser (hcl2json strings)', () => {
  it.each([
    ['plain text', '"plain text"'],
    ['', '""'],
    ['a-${var.env}', '"a-" ${var.env}'],
    ['${var.list}', '${var.list}'],
    ['${a}${b}', '${a} ${b}'],
    // backslashes are literal in hcl2json output, only $${ and %%{ escape
    ['C:\\path\\n', '"C:\\\\path\\\\n"'],
    ['foo $${bar}', '"foo ${bar}"'],
    ['foo %%{bar}', '"foo %{bar}"'],
    ['$$${x}', '"$${x}"'],
    ['cost: 5$ or 10%', '"cost: 5$ or 10%"'],
    ['trailing $', '"trailing $"'],
    ['x %{if true}y%{endif}', '"x " (if true ["y"] [])'],
    ['%{if a}1%{else}2%{endif}', '(if a ["1"] ["2"])'],
    ['%{for k, v in m}${k}=${v};%{endfor}', '(for k,v in m [${k} "=" ${v} ";"])'],
    ['%{for x in xs}%{if x}[${x}]%{endif}%{endfor}', '(for x in xs [(if x ["[" ${x} "]"] [])])'],
    // strip markers act on the adjacent literal token only, and literals end at each newline
    ['a  ${~ x ~}  b', '"a" ${x} "b"'],
    ['%{ for x in xs ~}\n  - ${x}\n%{ endfor ~}\ndone', '(for x in xs ["  - " ${x} "\\n"]) "done"'],
    ['line1\n   ${~x}', '"line1\\n" ${x}'],
    ['${x ~}\n\n  y', '${x} "\\n  y"'],
    ['{\n  "a": "${var.x}"\n}\n', '"{\\n  \\"a\\": \\"" ${var.x} "\\"\\n}\\n"'],
  ])('%j', (src, expected) => {
    expect(template(src).parts.map(showPart).join(' ')).toBe(expected);
  });

  it.each([
    ['${', /expected an expression/],
    ['a ${b', /close the template interpolation/],
    ['%{if x}', /missing %\{ endif \}/],
    ['%{for x in y}a', /missing %\{ endfor \}/],
    ['%{else}', /unexpected %\{ else \}/],
    ['%{if x}a%{endfor}', /unexpected %\{ endfor \}/],
    ['%{ for in xs }', /expected "in" in for directive/],
    ['%{ for x in }', /expected an expression/],
  ])('%j is a parse error', (src, message) => {
    const result = parseTemplate(src);
    expect(isParseError(result)).toBe(true);
    if (isParseError(result)) expect(result.message).toMatch(message);
  });

  it('reports positions on multi-line templates', () => {
    const result = parseTemplate('line one\nline ${two +}\n');
    expect(isParseError(result)).toBe(true);
    if (isParseError(result)) expect([result.line, result.column]).toEqual([2, 13]);
  });
});
