import { describe, expect, it } from '@jest/globals';
import { controlTowerScp } from '../../src/load/control-tower.js';
import { Unknown, type ValueObject } from '../../src/model/value.js';
import type { Resource } from '../../src/model/resource.js';
import { deniesRootUser, parsePolicy } from '../../src/model/policy.js';

function control(values: ValueObject): Resource {
  return {
    address: 'aws_controltower_control.c',
    mode: 'managed',
    type: 'aws_controltower_control',
    name: 'c',
    module: '',
    values,
    location: { file: 'controls.tf', line: 1 },
    attributeLines: {},
    origin: 'hcl',
  };
}

const RESTRICT = 'arn:aws:controltower:eu-west-1::control/AWS-GR_RESTRICT_ROOT_USER';

function statement(values: ValueObject): unknown {
  const scp = controlTowerScp(control(values));
  if (scp?.content.kind !== 'known') throw new Error(`not known: ${JSON.stringify(scp)}`);
  return (JSON.parse(scp.content.text) as { Statement: unknown[] }).Statement[0];
}

describe('Control Tower root-deny controls as SCPs', () => {
  it('AWS-GR_RESTRICT_ROOT_USER is the documented artifact, a root deny', () => {
    const scp = controlTowerScp(control({ control_identifier: RESTRICT }));
    expect(scp?.control).toBe('AWS-GR_RESTRICT_ROOT_USER');
    expect(statement({ control_identifier: RESTRICT })).toEqual({
      Sid: 'GRRESTRICTROOTUSER',
      Effect: 'Deny',
      Action: '*',
      Resource: ['*'],
      Condition: { StringLike: { 'aws:PrincipalArn': ['arn:aws:iam::*:root'] } },
    });
    const parsed = parsePolicy(scp?.content.kind === 'known' ? scp.content.text : '');
    expect(parsed.ok && deniesRootUser(parsed.policy).kind).toBe('full');
  });

  it('takes ExemptAssumeRoot and ExemptedPrincipalArns as Control Tower applies them', () => {
    expect(
      statement({
        control_identifier: RESTRICT,
        parameters: [
          { key: 'ExemptAssumeRoot', value: 'true' },
          { key: 'ExemptedPrincipalArns', value: '["arn:aws:iam::*:role/BreakGlass"]' },
        ],
      }),
    ).toMatchObject({
      Condition: {
        Null: { 'aws:AssumedRoot': 'true' },
        ArnNotLikeIfExists: { 'aws:PrincipalArn': ['arn:aws:iam::*:role/BreakGlass'] },
      },
    });
  });

  it('other controls are not SCPs RootGuard judges', () => {
    for (const id of [
      'arn:aws:controltower:us-east-1::control/AWS-GR_RESTRICT_ROOT_USER_ACCESS_KEYS',
      'arn:aws:controltower:us-east-1::control/AWS-GR_ENCRYPTED_VOLUMES',
      'AWS-GR_RESTRICT_ROOT_USER',
    ]) {
      expect(controlTowerScp(control({ control_identifier: id }))).toBeUndefined();
    }
  });

  it.each<[string, ValueObject, RegExp]>([
    [
      'an unknown identifier',
      { control_identifier: new Unknown('var.control has no value') },
      /control_identifier is not known/,
    ],
    [
      'unknown parameters',
      { control_identifier: RESTRICT, parameters: new Unknown('var.params has no value') },
      /parameters are not known/,
    ],
    [
      'a parameter that is not JSON',
      {
        control_identifier: RESTRICT,
        parameters: [{ key: 'ExemptedPrincipalArns', value: 'arn:aws:iam::*:role/x' }],
      },
      /not JSON/,
    ],
  ])('%s leaves the content unknown, not guessed', (_, values, reason) => {
    const content = controlTowerScp(control(values))?.content;
    expect(content?.kind).toBe('unknown');
    expect(content?.kind === 'unknown' && content.reason).toMatch(reason);
  });
});
