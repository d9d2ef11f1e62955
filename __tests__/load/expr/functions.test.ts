import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { Unknown } from '../../../src/model/value.js';
import type { Value } from '../../../src/model/value.js';
import { isSupportedFunction, staticScope } from '../../../src/load/expr/index.js';
import { baseInit, ex, refsOf } from './fixtures.js';

describe('built-in functions', () => {
  it.each<[string, Value]>([
    // jsonencode: sorted keys, Go's HTML-safe escaping, numbers without exponent
    ['jsonencode({ b = 1, a = "x" })', '{"a":"x","b":1}'],
    [
      'jsonencode({ z = { d = 1, c = [true, null] }, "10" = 1, "9" = 2 })',
      '{"10":1,"9":2,"z":{"c":[true,null],"d":1}}',
    ],
    ['jsonencode("<a href=\\"x\\">&</a>")', '"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"'],
    ['jsonencode("line\\nbreak\\ttab \\u0001 \\u2028")', '"line\\nbreak\\ttab \\u0001 \\u2028"'],
    ['jsonencode([1.5, 1e21, -0.000001, 100])', '[1.5,1000000000000000000000,-0.000001,100]'],
    ['jsonencode(null)', 'null'],
    ['jsonencode("é😀")', '"é😀"'],
    ['jsonencode({})', '{}'],
    ['jsonencode([])', '[]'],
    ['jsondecode("{\\"b\\": [1, \\"x\\", null], \\"a\\": true}")', { a: true, b: [1, 'x', null] }],
    ['jsondecode("\\"s\\"")', 's'],
    ['jsondecode(jsonencode({ k = [1, 2] })).k[1]', 2],
    // format
    ['format("%s-%s", "a", 1)', 'a-1'],
    ['format("%d items", 3)', '3 items'],
    ['format("%03d|%-4d|%4d|%+d", 7, 7, 7, 7)', '007|7   |   7|+7'],
    ['format("%v %v %v %v", "s", 1.5, true, [1, "a"])', 's 1.5 true [1,"a"]'],
    ['format("%#v", { a = "b" })', '{"a":"b"}'],
    ['format("%q", "say \\"hi\\"")', '"say \\"hi\\""'],
    ['format("%t", true)', 'true'],
    ['format("%x %X %o %b", 255, 255, 8, 5)', 'ff FF 10 101'],
    ['format("%.2f %f", 3.14159, 1)', '3.14 1.000000'],
    ['format("%e", 1234.5678)', '1.234568e+03'],
    ['format("%g %g %g", 1234567, 0.00001, 100)', '1.234567e+06 1e-05 100'],
    ['format("%5s|%-5s|%.2s", "ab", "ab", "abcdef")', '   ab|ab   |ab'],
    ['format("100%%")', '100%'],
    ['format("%[2]s %[1]s", "a", "b")', 'b a'],
    ['format("arn:aws:iam::%s:root", local.acct)', 'arn:aws:iam::123456789012:root'],
    ['formatlist("%s-%s", ["a", "b"], "x")', ['a-x', 'b-x']],
    ['formatlist("%s=%s", ["a", "b"], [1, 2])', ['a=1', 'b=2']],
    // strings
    ['join(", ", ["a", "b", 1])', 'a, b, 1'],
    ['join("-", ["a"], ["b", "c"])', 'a-b-c'],
    ['join(",", [])', ''],
    ['split(",", "a,b,,c")', ['a', 'b', '', 'c']],
    ['split(",", "")', ['']],
    ['split("", "ab")', ['a', 'b']],
    ['lower("ÀBC")', 'àbc'],
    ['upper("straße")', 'STRAßE'],
    ['replace("a-b-c", "-", "_")', 'a_b_c'],
    ['replace("abc", "", "-")', '-a-b-c-'],
    ['replace("hello world", "/o(\\\\w)?/", "0$1")', 'hell0 w0rld'],
    ['replace("a1b22", "/[0-9]+/", "#")', 'a#b#'],
    ['replace("ab", "/a*/", "-")', '-b-'],
    ['replace("xAy", "/(?i)a/", "$$")', 'x$y'],
    ['replace("k=v", "/(?P<key>\\\\w+)=(?P<val>\\\\w+)/", "$${val}=$${key}")', 'v=k'],
    ['replace("aaa", "/a/", "$1x")', ''],
    ['trimspace("  \\t x y \\n ")', 'x y'],
    ['trim("?!hello?!", "!?")', 'hello'],
    ['trimprefix("arn:aws:x", "arn:")', 'aws:x'],
    ['trimprefix("x", "y")', 'x'],
    ['trimsuffix("file.tf", ".tf")', 'file'],
    ['substr("hello world", 1, 4)', 'ello'],
    ['substr("hello", -3, -1)', 'llo'],
    ['substr("hello", 10, 2)', ''],
    ['substr("🇫🇷x", 0, 1)', '🇫🇷'],
    ['startswith("arn:aws", "arn:")', true],
    ['endswith("arn:aws", "gcp")', false],
    ['strrev("abc")', 'cba'],
    ['chomp("x\\n\\r\\n")', 'x'],
    ['indent(2, "a\\nb")', 'a\n  b'],
    ['tostring(1.50)', '1.5'],
    ['tostring(true)', 'true'],
    ['tostring(null)', null],
    ['tonumber("42")', 42],
    ['tonumber("1e3")', 1000],
    ['tobool("false")', false],
    ['parseint("ff", 16)', 255],
    ['regex("[a-z]+", "123abc456")', 'abc'],
    ['regex("(\\\\d+)-(\\\\d+)", "call 10-20")', ['10', '20']],
    ['regex("(?P<user>\\\\w+)@(?P<host>[\\\\w.]+)", "me@example.com")', { user: 'me', host: 'example.com' }],
    ['regex("^arn:aws:iam::(\\\\d{12}):root$", "arn:aws:iam::123456789012:root")', ['123456789012']],
    ['regex("a(x)?b", "ab")', [null]],
    ['regexall("[0-9]+", "a1b22c333")', ['1', '22', '333']],
    [
      'regexall("(\\\\w)=(\\\\d)", "a=1 b=2")',
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    ['regexall("x*", "ab")', ['', '', '']],
    ['length(regexall("z", "abc")) > 0', false],
    ['regex("[[:upper:]]+", "abcDEF")', 'DEF'],
    ['regex("\\\\Aab", "abab")', 'ab'],
    ['regex("a.c", "a\\nc abc")', 'abc'],
    ['regex("(?s)a.c", "a\\nc")', 'a\nc'],
    ['regex("\\\\s+", "a\\u00a0 \\tb")', ' \t'],
    // collections
    ['length("héllo")', 5],
    ['length("🇫🇷")', 1],
    ['length([1, 2])', 2],
    ['length({ a = 1 })', 1],
    ['concat([1], [2, 3], [])', [1, 2, 3]],
    ['merge({ a = 1, b = 2 }, null, { b = 3 })', { a: 1, b: 3 }],
    ['merge()', {}],
    ['flatten([[1, [2]], [], 3])', [1, 2, 3]],
    ['distinct(["a", "b", "a", 1, 1])', ['a', 'b', 1]],
    ['compact(["a", "", null, "b"])', ['a', 'b']],
    ['lookup({ a = 1 }, "a", 0)', 1],
    ['lookup({ a = 1 }, "b", "dflt")', 'dflt'],
    ['element(["a", "b"], 3)', 'b'],
    ['coalesce(null, "", "x")', 'x'],
    ['coalesce(1, "a")', '1'],
    ['coalesce(null, 2)', 2],
    ['coalesce("a", aws_x.y.id)', 'a'],
    ['coalescelist([], [1], [2])', [1]],
    ['tolist([1, "a"])', ['1', 'a']],
    ['toset(["b", "a", "b", "c"])', ['a', 'b', 'c']],
    ['toset([3, 1, 2, 1])', [1, 2, 3]],
    ['toset([1, "1"])', ['1']],
    ['tomap({ a = 1, b = "x" })', { a: '1', b: 'x' }],
    ['keys({ b = 1, a = 2, "10" = 3, "9" = 4 })', ['10', '9', 'a', 'b']],
    ['values({ b = 1, a = 2 })', [2, 1]],
    ['contains(["a", "b"], "b")', true],
    ['contains(["1"], 1)', false],
    ['contains([aws_x.y.id, "b"], "b")', true],
    ['index(["a", "b"], "b")', 1],
    ['range(3)', [0, 1, 2]],
    ['range(1, 4)', [1, 2, 3]],
    ['range(10, 0, -4)', [10, 6, 2]],
    ['range(3, 1)', [3, 2]],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    ['one([])', null],
    ['one(["x"])', 'x'],
    ['sort(["b", "a", "10", "9"])', ['10', '9', 'a', 'b']],
    ['reverse([1, 2, 3])', [3, 2, 1]],
    ['slice(["a", "b", "c", "d"], 1, 3)', ['b', 'c']],
    ['setunion(["b"], ["a", "b"])', ['a', 'b']],
    ['setintersection(["a", "b"], ["b", "c"])', ['b']],
    ['setsubtract(["a", "b"], ["b"])', ['a']],
    ['alltrue([true, "true"])', true],
    ['alltrue([])', true],
    ['anytrue([false, true])', true],
    ['anytrue([false, aws_x.y.flag, true])', true],
    ['alltrue([false, aws_x.y.flag])', false],
    ['sum([1, 2, 3.5])', 6.5],
    ['transpose({ a = ["1", "2"], b = ["2"] })', { '1': ['a'], '2': ['a', 'b'] }],
    // numbers
    ['abs(-3)', 3],
    ['ceil(1.2)', 2],
    ['floor(-1.2)', -2],
    ['max(1, 5, 3)', 5],
    ['min(4, "2")', 2],
    ['max(var.nums...)', 3],
    ['pow(2, 10)', 1024],
    ['signum(-4)', -1],
    // encoding and hashing
    ['base64encode("hello")', 'aGVsbG8='],
    ['base64decode("aGVsbG8=")', 'hello'],
    ['md5("x")', createHash('md5').update('x').digest('hex')],
    ['sha256("x")', createHash('sha256').update('x').digest('hex')],
    ['base64sha256("x")', createHash('sha256').update('x').digest('base64')],
    ['urlencode("a b&c/é")', 'a+b%26c%2F%C3%A9'],
    // network prefixes (Terraform's documented examples, and Go's IPv6 printing)
    ['cidrsubnet("172.16.0.0/12", 4, 2)', '172.18.0.0/16'],
    ['cidrsubnet("10.1.2.0/24", 4, 15)', '10.1.2.240/28'],
    ['cidrsubnet("10.1.2.3/16", 8, 2)', '10.1.2.0/24'],
    ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', 'fd00:fd12:3456:7800:a200::/72'],
    ['cidrhost("10.12.112.0/20", 16)', '10.12.112.16'],
    ['cidrhost("10.12.112.0/20", 268)', '10.12.113.12'],
    ['cidrhost("10.0.0.0/24", -1)', '10.0.0.255'],
    ['cidrhost("10.0.0.0/24", -256)', '10.0.0.0'],
    ['cidrhost("010.000.0.0/8", 1)', '10.0.0.1'],
    ['cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)', 'fd00:fd12:3456:7890::22'],
    ['cidrhost("::/0", 1)', '::1'],
    ['cidrhost("1:0:0:2:0:0:3:0/128", 0)', '1::2:0:0:3:0'],
    ['cidrhost("1:0:0:1:0:0:0:1/128", 0)', '1:0:0:1::1'],
    ['cidrhost("1:0:2:3:4:5:6:7/128", 0)', '1:0:2:3:4:5:6:7'],
    ['cidrhost("2001:db8::/96", 167772161)', '2001:db8::a00:1'],
    ['cidrnetmask("172.16.0.0/12")', '255.240.0.0'],
    ['cidrnetmask("10.0.0.0/32")', '255.255.255.255'],
    [
      'cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)',
      ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20'],
    ],
    [
      'cidrsubnets("fd00:fd12:3456:7800::/56", 16, 16, 16, 32)',
      [
        'fd00:fd12:3456:7800::/72',
        'fd00:fd12:3456:7800:100::/72',
        'fd00:fd12:3456:7800:200::/72',
        'fd00:fd12:3456:7800:300::/88',
      ],
    ],
    ['cidrsubnets("10.0.0.0/8")', []],
    [
      'jsonencode({ Condition = { IpAddress = { "aws:SourceIp" = [cidrsubnet("10.0.0.0/8", 8, 1)] } } })',
      '{"Condition":{"IpAddress":{"aws:SourceIp":["10.1.0.0/16"]}}}',
    ],
    // csvdecode: RFC 4180 as Go's encoding/csv reads it
    [
      'csvdecode("a,b\\n1,2\\n3,4\\n")',
      [
        { a: '1', b: '2' },
        { a: '3', b: '4' },
      ],
    ],
    [
      'csvdecode("id,name\\r\\n\\"1\\",\\"x, \\"\\"y\\"\\"\\"\\r\\n\\r\\n2,\\"multi\\r\\nline\\"")',
      [
        { id: '1', name: 'x, "y"' },
        { id: '2', name: 'multi\nline' },
      ],
    ],
    ['csvdecode("a, b\\n 1,\\n")', [{ a: ' 1', ' b': '' }]],
    ['csvdecode("a,b\\n")', []],
    ['csvdecode("a\\r")', []],
    ['csvdecode("__proto__,x\\n1,2")', [JSON.parse('{"__proto__":"1","x":"2"}') as Value]],
    // the AWS provider's functions
    ['provider::aws::arn_build("aws", "iam", "", "*", "root")', 'arn:aws:iam::*:root'],
    ['provider::aws::arn_build("aws-us-gov", "s3", "", "", "bucket/a:b")', 'arn:aws-us-gov:s3:::bucket/a:b'],
    [
      'provider::aws::arn_parse("arn:aws:iam::444455556666:role/example")',
      { partition: 'aws', service: 'iam', region: '', account_id: '444455556666', resource: 'role/example' },
    ],
    ['provider::aws::arn_parse("arn:aws:rds:eu-west-1:123456789012:db:mysql-db").resource', 'db:mysql-db'],
    ['provider::aws::arn_parse("arn:::::").partition', ''],
    [
      'provider::aws::trim_iam_role_path("arn:aws:iam::444455556666:role/with/path/example")',
      'arn:aws:iam::444455556666:role/example',
    ],
    [
      'provider::aws::trim_iam_role_path("arn:aws:iam::444455556666:role/example")',
      'arn:aws:iam::444455556666:role/example',
    ],
    // try and can
    ['try(var.m.missing, "fallback")', 'fallback'],
    ['try(var.m.x, "fallback")', 1],
    ['try(var.list[9], var.list[1], "z")', 'b'],
    ['try(tonumber("x"), 0)', 0],
    ['can(var.m.missing)', false],
    ['can(var.m.x)', true],
    ['can(regex("^a", "abc"))', true],
    ['can(regex("^z", "abc"))', false],
    // argument expansion
    ['concat([var.list, ["d"]]...)', ['a', 'b', 'c', 'd']],
    ['format("%s/%s", ["a", "b"]...)', 'a/b'],
    // chunklist, setproduct, matchkeys, title, sensitive
    ['chunklist(["a", "b", "c"], 2)', [['a', 'b'], ['c']]],
    ['chunklist(["a", "b"], 0)', [['a', 'b']]],
    ['chunklist([], 3)', []],
    [
      'setproduct(["a", "b"], [1, 2])',
      [
        ['a', 1],
        ['a', 2],
        ['b', 1],
        ['b', 2],
      ],
    ],
    ['setproduct(["a"], [])', []],
    ['matchkeys(["i-1", "i-2", "i-3"], ["us", "eu", "us"], ["us"])', ['i-1', 'i-3']],
    ['title("deny root-user access_keys")', 'Deny Root-User Access_keys'],
    ['title("élan vital")', 'Élan Vital'],
    ['sensitive("AKIAEXAMPLE")', 'AKIAEXAMPLE'],
    ['nonsensitive(sensitive(["a"]))', ['a']],
    // file and templatefile
    ['file("plain.txt")', 'hello\n'],
    [
      'templatefile("policy.json.tpl", { effect = "Deny", ids = ["a", "b"] })',
      '{"Effect": "Deny", "Ids": ["a","b"]}',
    ],
    ['templatefile("list.tpl", { items = ["x", "y"] })', '- x\n- y\n'],
    ['templatefile("wrap.tpl", { value = [1, 2] })', [1, 2]],
    ['jsondecode(templatefile("policy.json.tpl", { effect = "Allow", ids = [] })).Effect', 'Allow'],
  ])('%s = %j', (src, expected) => {
    expect(ex(src)).toEqual(expected);
  });

  it.each<[string, RegExp]>([
    ['jsondecode("{bad")', /call to function "jsondecode" failed: invalid JSON/],
    ['lookup({ a = 1 }, "b")', /lookup failed to find key "b"/],
    ['element([], 0)', /empty list/],
    ['element(["a"], -1)', /negative index/],
    ['coalesce(null, "")', /no non-null, non-empty-string arguments/],
    ['coalesce([1], "a")', /same type/],
    ['one([1, 2])', /either zero or one elements/],
    ['slice([1, 2], 1, 5)', /end index/],
    ['zipmap(["a"], [1, 2])', /does not match/],
    ['range(0, 5000)', /more than 1024 values/],
    ['range(1, 2, 0)', /step must not be zero/],
    ['concat([1], "a")', /list, set or tuple required/],
    ['merge({ a = 1 }, [1])', /map or object required/],
    ['join(",", ["a", null])', /element 1 is null/],
    ['format("%d", 1.5)', /fractional part/],
    ['format("%s %s", "a")', /not enough arguments/],
    ['format("%s", "a", "b")', /too many arguments/],
    ['format("%z", 1)', /unrecognized format verb "%z"/],
    ['format("%s", [1])', /string required/],
    ['tonumber("12abc")', /cannot convert "12abc" to number/],
    ['tobool("yes")', /cannot convert "yes" to bool/],
    ['regex("z", "abc")', /did not match/],
    ['regex("(?=a)", "abc")', /lookaround/],
    ['regex("(a)(?P<n>b)", "ab")', /must not mix named and unnamed/],
    ['regex("[a", "abc")', /missing closing \]/],
    ['sum([])', /empty list/],
    ['chunklist(["a"], -1)', /must be positive/],
    ['matchkeys(["a"], [], [])', /should be equal/],
    ['try(var.m.missing, var.m.gone)', /no expression succeeded/],
    ['base64decode("!!")', /failed to decode base64/],
    ['parseint("zz", 10)', /cannot parse "zz" as a base 10 integer/],
    ['templatefile("bad.tpl", {})', /syntax error in "bad.tpl" at 1:10/],
    ['templatefile("policy.json.tpl", {})', /unknown variable "effect"/],
    ['templatefile("plain.txt", { "not valid" = 1 })', /invalid template variable name/],
    ['file("missing.txt")', /file "missing.txt" is not readable/],
    ['templatefile("missing.tpl", {})', /not readable/],
    ['regex("a(?i)b", "ab")', /not supported/],
    ['regex("(a)\\\\1", "aa")', /not supported/],
    ['cidrsubnet("10.0.0.0/30", 4, 0)', /insufficient address space to extend prefix of 30 by 4/],
    ['cidrsubnet("10.0.0.0/16", 2, 4)', /prefix extension of 2 does not accommodate a subnet numbered 4/],
    ['cidrsubnet("fd00::/16", 33, 0)', /may not extend prefix by more than 32 bits/],
    ['cidrsubnet("10.0.0/8", 8, 0)', /invalid CIDR address: 10.0.0\/8/],
    ['cidrsubnet("10.0.0.0", 8, 0)', /invalid CIDR address/],
    ['cidrsubnet("10.0.0.256/8", 8, 0)', /invalid CIDR address/],
    ['cidrhost("10.0.0.0/33", 1)', /invalid CIDR address/],
    ['cidrhost("1::2::3/64", 1)', /invalid CIDR address/],
    ['cidrhost("10.0.0.0/24", 256)', /prefix of 24 does not accommodate a host numbered 256/],
    ['cidrhost("10.0.0.0/24", -257)', /does not accommodate a host numbered -257/],
    ['cidrnetmask("fd00::/64")', /only IPv4 networks are supported/],
    [
      'cidrsubnets("10.0.0.0/30", 1, 1, 1)',
      /not enough remaining address space for a subnet with a prefix of 31 bits after 10.0.0.2\/31/,
    ],
    // hashicorp/terraform issue 35486: the allocator cannot start at the all-zero address.
    ['cidrsubnets("0.0.0.0/1", 1, 1)', /prefix of 2 bits after 192.0.0.0\/2/],
    ['cidrsubnets("10.0.0.0/8", 0)', /must extend prefix by at least one bit/],
    [
      'cidrsubnets("10.0.0.0/8", 25)',
      /would extend prefix to 33 bits, which is too long for an IPv4 address/,
    ],
    ['cidrhost("::ffff:10.0.0.0/120", 1)', /IPv4-mapped IPv6 prefixes are not supported/],
    ['csvdecode("")', /missing header line/],
    ['csvdecode("a,a\\n1,2")', /duplicate column name "a"/],
    ['csvdecode("a,b\\n1,2\\n3\\n")', /CSV parse error on line 3: wrong number of fields/],
    ['csvdecode("a\\nx\\"y\\n")', /CSV parse error on line 2: bare " in non-quoted-field/],
    ['csvdecode("a\\n\\"x\\"y\\n")', /extraneous or missing " in quoted-field/],
    ['csvdecode("a\\n\\"open\\n")', /extraneous or missing " in quoted-field/],
    ['timestamp()', /^unsupported function "timestamp"$/],
    ['provider::time::rfc3339_parse("x")', /^unsupported function "provider::time::rfc3339_parse"$/],
    ['provider::aws::arn_parse("aws:iam::1:root")', /arn: invalid prefix/],
    ['provider::aws::arn_parse("arn:aws:iam::1")', /arn: not enough sections/],
    ['provider::aws::trim_iam_role_path("arn:aws:s3:::bucket")', /service must be "iam"/],
    ['provider::aws::trim_iam_role_path("arn:aws:iam:us-east-1:1:role/x")', /region must be empty/],
    ['provider::aws::trim_iam_role_path("arn:aws:iam::1:user/a/b")', /resource must begin with "role\/"/],
  ])('%s is Unknown: %s', (src, reason) => {
    const value = ex(src);
    expect(value).toBeInstanceOf(Unknown);
    expect((value as Unknown).reason).toMatch(reason);
  });

  describe('unknown arguments', () => {
    it.each<[string, string[]]>([
      ['upper(aws_x.y.name)', ['aws_x.y|["name"]']],
      ['jsonencode({ Resource = aws_x.y.arn })', ['aws_x.y|["arn"]']],
      ['jsonencode([1, [2, aws_x.y.arn]])', ['aws_x.y|["arn"]']],
      ['join(",", ["a", aws_x.y.id])', ['aws_x.y|["id"]']],
      ['format("%s-%s", "a", aws_x.y.id)', ['aws_x.y|["id"]']],
      ['merge({ a = 1 }, aws_x.y.tags)', ['aws_x.y|["tags"]']],
      ['coalesce(null, aws_x.y.id, "b")', ['aws_x.y|["id"]']],
      ['contains(["a", aws_x.y.id], "b")', ['aws_x.y|["id"]']],
      ['toset(["a", aws_x.y.id])', ['aws_x.y|["id"]']],
      ['keys(aws_x.y.tags)', ['aws_x.y|["tags"]']],
      ['templatefile("policy.json.tpl", { effect = aws_x.y.effect, ids = [] })', ['aws_x.y|["effect"]']],
      ['try(aws_x.y.id, "fallback")', ['aws_x.y|["id"]']],
      ['try(var.m.missing, aws_x.y.id, "fallback")', ['aws_x.y|["id"]']],
      ['can(aws_x.y.id)', ['aws_x.y|["id"]']],
      ['concat(aws_x.y.list...)', ['aws_x.y|["list"]']],
      ['flatten([[1], aws_x.y.list])', ['aws_x.y|["list"]']],
    ])('%s', (src, refs) => {
      expect(refsOf(ex(src))).toEqual(refs);
    });

    it('functions that only need the shape of a collection stay known', () => {
      expect(ex('length([aws_x.y.id, "b"])')).toBe(2);
      expect(ex('keys({ a = aws_x.y.id, b = 1 })')).toEqual(['a', 'b']);
      expect(ex('lookup({ a = aws_x.y.id, b = 1 }, "b")')).toBe(1);
      const merged = ex('merge({ a = aws_x.y.id }, { b = 1 })') as Record<string, Value>;
      expect(merged['b']).toBe(1);
      expect(merged['a']).toBeInstanceOf(Unknown);
    });
  });

  it('templatestring renders a string defined elsewhere, with only the variables it is given', () => {
    const scope = staticScope({
      ...baseInit,
      locals: {
        ...baseInit.locals,
        deny: '{"Effect": "${effect}", "Principals": ${jsonencode(ids)}}',
        list: '%{ for x in items ~}\n- ${upper(x)}\n%{ endfor ~}',
        broken: 'broken ${',
        number: 5,
      },
      resources: { ...baseInit.resources, 'data.aws_s3_object.t': { body: 'Hello, ${name}!' } },
    });
    expect(ex('templatestring(local.deny, { effect = "Deny", ids = ["a"] })', scope)).toBe(
      '{"Effect": "Deny", "Principals": ["a"]}',
    );
    expect(ex('templatestring(local.list, { items = ["x", "y"] })', scope)).toBe('- X\n- Y\n');
    expect(ex('templatestring(data.aws_s3_object.t.body, { name = "root" })', scope)).toBe('Hello, root!');
    expect(ex('templatestring(local.number, {})', scope)).toBe('5');
    const reason = (src: string) => {
      const value = ex(src, scope);
      return value instanceof Unknown ? value.reason : `known: ${JSON.stringify(value)}`;
    };
    // Terraform accepts the template only as a reference: a literal would be rendered twice.
    expect(reason('templatestring("Hello, $${name}", { name = "x" })')).toMatch(
      /must be a reference to a string/,
    );
    expect(reason('templatestring(local.deny, { ids = [] })')).toMatch(/unknown variable "effect"/);
    expect(reason('templatestring(local.broken, {})')).toMatch(/syntax error in the template at 1:/);
    expect(reason('templatestring(local.deny, { "not valid" = 1 })')).toMatch(
      /invalid template variable name/,
    );
    expect(reason('templatestring(local.deny, ["a"])')).toMatch(/vars: a map or object is required/);
    expect(refsOf(ex('templatestring(var.deferred, {})', scope))).toEqual(['var.deferred|[]']);
  });

  it('file functions read through the scope', () => {
    const scope = staticScope({ ...baseInit, files: { 'a.txt': 'from scope' } });
    expect(ex('file("a.txt")', scope)).toBe('from scope');
    expect(ex('upper(file("a.txt"))', scope)).toBe('FROM SCOPE');
  });

  it('lists longer than a call can take as arguments are joined, concatenated and expanded whole', () => {
    // Past about 120,000 items, push(...items) overflows the stack.
    const long = Array.from({ length: 200_000 }, (_, i) => `i${i}`);
    const numbers = Array.from({ length: 200_000 }, (_, i) => i);
    const scope = staticScope({ ...baseInit, variables: { ...baseInit.variables, long, numbers } });
    const joined = ex('join(",", var.long)', scope);
    expect(typeof joined === 'string' && joined.split(',')).toEqual(long);
    expect(ex('length(concat(var.long, ["x"]))', scope)).toBe(200_001);
    expect(ex('max(var.numbers...)', scope)).toBe(199_999);
    expect(ex('min(var.numbers...)', scope)).toBe(0);
    expect(ex('length(concat([1], var.long))', scope)).toBe(200_001);
    expect(ex('length([for x in var.long : x if x == "i199999"])', scope)).toBe(1);
  });

  it('knows which functions it supports', () => {
    for (const name of ['jsonencode', 'templatefile', 'try', 'can', 'format', 'toset']) {
      expect(isSupportedFunction(name)).toBe(true);
    }
    expect(isSupportedFunction('cidrsubnet')).toBe(true);
    expect(isSupportedFunction('timestamp')).toBe(false);
  });
});
