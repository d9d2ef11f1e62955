/**
 * fast-check arbitraries for random but valid HCL native syntax: bodies of attributes and
 * blocks (labels, nesting, one-line blocks), expressions of every kind (literals, templates with
 * interpolations and directives, heredocs, tuples, objects, traversals, splats, calls,
 * operators, conditionals, for expressions), comments, blank lines, LF or CRLF.
 */
import fc from 'fast-check';

const WORDS = [
  'name',
  'type',
  'policy',
  'content',
  'tags',
  'count',
  'for_each',
  'description',
  'bucket',
  'statement',
  'x',
  'a_b',
  'kebab-case',
  'café',
  'Ωmega',
] as const;

/** Identifiers that are not keywords anywhere (`for`, `in`, `if`, `true`, ...). */
const identifier: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc
    .stringMatching(/^[a-z][a-z0-9_]{0,6}$/)
    .filter((s) => !['for', 'in', 'if', 'true', 'false', 'null'].includes(s)),
);

const number = fc.oneof(
  fc.nat({ max: 100000 }).map(String),
  fc.constantFrom(
    '0',
    '1.5',
    '1.50',
    '3.14159',
    '1e3',
    '2.5E-3',
    '6e+2',
    '007',
    '111122223333',
    '12345678901234567890',
  ),
);

/** Literal text of a quoted string: escapes, unicode and `$${` / `%%{` escapes included. */
const quotedText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.stringMatching(/^[a-zA-Z0-9 :/*.,_-]{0,8}$/) },
      // A lone `$` or `%` is followed by a space: before a sequence it would make an escape.
      fc.constantFrom(
        '\\n',
        '\\t',
        '\\"',
        '\\\\',
        '\\u00e9',
        '\\U0001F600',
        '$${x}',
        '%%{y}',
        '$ ',
        '% ',
        'ü',
        '日本',
        '🚀',
      ),
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join(''));

/** Text for one heredoc line: no marker-only lines, no unescaped sequences. */
const heredocLine = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.stringMatching(/^[a-zA-Z0-9 {}":,.[\]_-]{0,12}$/) },
      fc.constantFrom('$${lit}', '%%{lit}', '\\n stays', '  ', '\t'),
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(''));

export interface HclArbitraries {
  readonly expression: fc.Arbitrary<string>;
  readonly body: fc.Arbitrary<string>;
  readonly file: fc.Arbitrary<string>;
}

export function hclArbitraries(): HclArbitraries {
  const { expression } = fc.letrec<{ expression: string; term: string; template: string }>((tie) => ({
    term: fc.oneof(
      { depthSize: 'small', maxDepth: 3, depthIdentifier: 'expression', withCrossShrink: true },
      number,
      fc.constantFrom('true', 'false', 'null'),
      quotedText.map((t) => `"${t}"`),
      traversal(tie('expression')),
      tie('template'),
      fc
        .array(tie('expression'), { maxLength: 3 })
        .chain((items) =>
          fc
            .constantFrom('[%]', '[\n  %,\n]', '[ % ]')
            .map((shape) => (items.length === 0 ? '[]' : shape.replace('%', () => items.join(', ')))),
        ),
      fc
        .array(
          fc.tuple(objectKey(tie('expression')), tie('expression'), fc.constantFrom(' = ', ' : ', '=')),
          {
            maxLength: 3,
          },
        )
        .chain((items) =>
          fc.constantFrom(', ', '\n').map((sep) => {
            if (items.length === 0) return '{}';
            const body = items.map(([k, v, eq]) => `${k}${eq}${v}`).join(sep);
            return sep === '\n' ? `{\n${body}\n}` : `{ ${body} }`;
          }),
        ),
      fc
        .tuple(identifier, fc.array(tie('expression'), { maxLength: 3 }), fc.boolean())
        .map(([fn, args, expand]) => `${fn}(${args.join(', ')}${expand && args.length > 0 ? '...' : ''})`),
      tie('expression').map((e) => `(${e})`),
      fc
        .tuple(identifier, tie('expression'), tie('expression'), fc.boolean())
        .map(([v, coll, val, cond]) => `[for ${v} in ${coll} : ${val}${cond ? ` if ${v} != null` : ''}]`),
      fc
        .tuple(identifier, identifier, tie('expression'), fc.boolean())
        .map(([k, v, coll, group]) => `{ for ${k}, ${v} in ${coll} : ${k} => ${v}${group ? '...' : ''} }`),
    ),
    template: fc
      .array(
        fc.oneof(
          { weight: 3, arbitrary: quotedText },
          tie('expression').map((e) => `\${${e}}`),
          tie('expression').map((e) => `\${~ ${e} ~}`),
          fc
            .tuple(tie('expression'), quotedText, quotedText, fc.boolean())
            .map(([c, a, b, strip]) =>
              strip
                ? `%{~ if ${c} ~}${a}%{~ else ~}${b}%{~ endif ~}`
                : `%{ if ${c} }${a}%{ else }${b}%{ endif }`,
            ),
          fc
            .tuple(identifier, tie('expression'), quotedText)
            .map(([v, coll, body]) => `%{ for ${v} in ${coll} }${body}\${${v}}%{ endfor }`),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((parts) => `"${parts.join('')}"`),
    expression: fc.oneof(
      { depthSize: 'small', maxDepth: 3, depthIdentifier: 'expression', withCrossShrink: true },
      { weight: 5, arbitrary: tie('term') },
      fc
        .tuple(
          tie('term'),
          fc.constantFrom('+', '-', '*', '/', '%', '==', '!=', '<', '<=', '>', '>=', '&&', '||'),
          tie('term'),
        )
        .map(([a, op, b]) => `${a} ${op} ${b}`),
      // Operators on literals of the right type only: hcl2json folds those, and refuses the others
      // (`!0`) in an order that depends on Go's map iteration when several attributes do it.
      number.map((n) => `-${n}`),
      fc.constantFrom('!true', '!false'),
      fc.tuple(fc.constantFrom('-', '!'), tie('term')).map(([op, t]) => `${op}(${t})`),
      fc.tuple(tie('term'), tie('term'), tie('term')).map(([c, a, b]) => `${c} ? ${a} : ${b}`),
    ),
  }));

  const heredoc = fc
    .tuple(
      fc.boolean(),
      fc.constantFrom('EOT', 'POLICY', 'END-OF-TEXT'),
      fc.array(
        fc.tuple(
          fc.constantFrom('', '  ', '    ', '\t'),
          heredocLine,
          fc.option(expression, { nil: undefined }),
        ),
        { maxLength: 4 },
      ),
      fc.constantFrom('', '  '),
    )
    .map(([flush, marker, lines, indent]) => {
      const text = lines
        .map(([lead, line, interp]) => `${lead}${line}${interp === undefined ? '' : `\${${interp}}`}\n`)
        .join('');
      return `<<${flush ? '-' : ''}${marker}\n${text}${indent}${marker}`;
    });

  const comment = fc.constantFrom('', '', '', ' # note', ' // note', ' /* note */');

  const attribute = (name: string): fc.Arbitrary<string> =>
    fc
      .tuple(fc.oneof({ weight: 4, arbitrary: expression }, heredoc), comment)
      .map(([value, c]) => `${name} = ${value}${value.startsWith('<<') ? '' : c}`);

  const label = fc.oneof(
    identifier,
    quotedText.map((t) => `"${t.replace(/\$\$\{/g, 'x').replace(/%%\{/g, 'y')}"`),
  );

  /** A body whose blocks nest at most `depth` levels: an explicit bound keeps inputs small. */
  const bodyAt = (depth: number): fc.Arbitrary<string> => {
    const inner = depth > 0 ? bodyAt(depth - 1) : fc.constant('');
    const block = fc.oneof(
      fc
        .tuple(identifier, fc.array(label, { maxLength: 2 }), inner)
        .map(([type, labels, body]) => `${[type, ...labels].join(' ')} {\n${indent(body)}}`),
      fc
        .tuple(identifier, fc.array(label, { maxLength: 2 }), identifier, expression)
        .map(([type, labels, name, value]) => `${[type, ...labels].join(' ')} { ${name} = ${value} }`),
      fc
        .tuple(identifier, fc.array(label, { maxLength: 2 }))
        .map(([type, labels]) => `${[type, ...labels].join(' ')} {}`),
      fc
        .tuple(fc.constantFrom('statement', 'ingress'), expression, inner)
        .map(
          ([name, each, body]) =>
            `dynamic "${name}" {\n  for_each = ${each}\n  content {\n${indent(indent(body))}  }\n}`,
        ),
    );
    return fc
      .uniqueArray(identifier, { maxLength: 4 })
      .chain((names) =>
        fc.tuple(
          fc.tuple(...names.map((n) => attribute(n))),
          depth > 0 ? fc.array(block, { maxLength: 2 }) : fc.constant([] as string[]),
          fc.constantFrom('', '\n', '# comment line\n', '/* block\n comment */\n'),
        ),
      )
      .map(([attributes, blocks, extra]) =>
        [...attributes, ...blocks].map((item) => `${item}\n${extra}`).join(''),
      );
  };
  const body = bodyAt(3);

  const file = fc.tuple(body, fc.boolean(), fc.boolean()).map(([text, crlf, finalNewline]) => {
    const trimmed = finalNewline ? text : text.replace(/\n$/, '');
    return crlf ? trimmed.replace(/\n/g, '\r\n') : trimmed;
  });

  return { expression, body, file };
}

/** Traversal: a root name with attribute, index, legacy index and splat steps. */
function traversal(expression: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      identifier,
      fc.array(
        fc.oneof(
          identifier.map((n) => `.${n}`),
          fc.nat({ max: 9 }).map((n) => `[${n}]`),
          fc.nat({ max: 9 }).map((n) => `.${n}`),
          quotedText.map((t) => `["${t}"]`),
          expression.map((e) => `[${e}]`),
          fc.constantFrom('[*]', '.*'),
        ),
        { maxLength: 3 },
      ),
    )
    .map(([root, steps]) => root + steps.join(''));
}

function objectKey(expression: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: identifier.filter((s) => s !== 'for') },
    quotedText.map((t) => `"${t}"`),
    expression.map((e) => `(${e})`),
    fc.nat({ max: 99 }).map(String),
    fc.tuple(identifier, identifier).map(([a, b]) => `${a}.${b}`),
  );
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : `  ${line}`))
    .join('\n');
}
