/** Shared scope for evaluator and function tests. */
import { Unknown } from '../../../src/model/value.js';
import type { Value } from '../../../src/model/value.js';
import {
  evaluate,
  evaluateTemplateString,
  parseExpression,
  staticScope,
} from '../../../src/load/expr/index.js';
import type { Scope, StaticScopeInit } from '../../../src/load/expr/index.js';

export const computedArn = new Unknown('arn is computed at apply', [
  { address: 'aws_iam_role.partial', path: ['arn'] },
]);

export const baseInit: StaticScopeInit = {
  variables: {
    env: 'prod',
    list: ['a', 'b', 'c'],
    nums: [1, 2, 3],
    m: { x: 1, y: 'two' },
    flag: true,
    off: false,
    nothing: null,
    objs: [
      { id: 'i1', tags: { team: 'a' } },
      { id: 'i2', tags: { team: 'b' } },
    ],
    obj: { id: 'o1' },
    str_num: '5',
    deferred: new Unknown('var.deferred has no value yet', [{ address: 'var.deferred', path: [] }]),
  },
  locals: { acct: '123456789012', ids: ['x', 'y'] },
  resources: {
    'aws_organizations_organization.org': {
      roots: [{ id: 'r-abcd' }],
      arn: 'arn:aws:organizations::1:organization/o-1',
    },
    'data.aws_caller_identity.current': { account_id: '111122223333' },
    'module.scp': { policy_id: 'p-1' },
    'aws_iam_role.partial': { name: 'r', arn: computedArn },
  },
  paths: { module: './modules/guard', root: '.' },
  files: {
    'policy.json.tpl': '{"Effect": "${effect}", "Ids": ${jsonencode(ids)}}',
    'list.tpl': '%{ for x in items ~}\n- ${x}\n%{ endfor ~}\n',
    'wrap.tpl': '${value}',
    'bad.tpl': 'broken ${',
    'plain.txt': 'hello\n',
  },
};

export const scope: Scope = staticScope(baseInit);

/** Evaluates one expression's source text. */
export function ex(src: string, s: Scope = scope): Value {
  return evaluate(parseExpression(src), s);
}

/** Evaluates an hcl2json template string. */
export function tpl(text: string, s: Scope = scope): Value {
  return evaluateTemplateString(text, s);
}

export function refsOf(value: Value): string[] {
  if (!(value instanceof Unknown)) throw new Error(`expected an Unknown, got ${JSON.stringify(value)}`);
  return value.refs.map((r) => `${r.address}|${JSON.stringify(r.path)}`);
}
