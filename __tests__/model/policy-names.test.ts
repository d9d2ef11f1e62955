import { describe, expect, it } from '@jest/globals';
import { settleUnknownNames } from '../../src/model/policy.js';
import { Unknown, type Value } from '../../src/model/value.js';

const unknownName = new Unknown('aws_s3_bucket.b.id is not known');
const unknownArn = new Unknown('aws_s3_bucket.b.arn is not known');

function partial(document: Value): Unknown {
  return new Unknown('the policy has parts not known statically', [], document);
}

describe('settleUnknownNames', () => {
  it('gives a plain document when the only unknowns were a Sid and the Id', () => {
    const settled = settleUnknownNames(
      partial({
        Version: '2012-10-17',
        Id: unknownName,
        Statement: [{ Sid: unknownName, Effect: 'Deny', Action: '*', Resource: '*' }],
      }),
    );
    expect(settled).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }],
    });
  });

  it('settles a single statement written as an object, not a list', () => {
    expect(
      settleUnknownNames(partial({ Statement: { Sid: unknownName, Effect: 'Allow', Action: 's3:*' } })),
    ).toEqual({ Statement: { Effect: 'Allow', Action: 's3:*' } });
  });

  it('keeps a document unknown when something that matters is, with its reason and the Sids gone', () => {
    const settled = settleUnknownNames(
      partial({
        Statement: [
          { Sid: unknownName, Effect: 'Deny', Action: '*', Resource: '*' },
          { Sid: 'Known', Effect: 'Deny', Action: '*', Resource: unknownArn },
        ],
      }),
    );
    expect(settled).toBeInstanceOf(Unknown);
    const unknown = settled as Unknown;
    expect(unknown.reason).toBe('the policy has parts not known statically');
    expect(unknown.partial).toEqual({
      Statement: [
        { Effect: 'Deny', Action: '*', Resource: '*' },
        { Sid: 'Known', Effect: 'Deny', Action: '*', Resource: unknownArn },
      ],
    });
  });

  it('returns what has no unknown name unchanged, and never changes the value it was given', () => {
    const untouched = partial({ Statement: [{ Sid: 'A', Effect: 'Deny', Action: unknownArn }] });
    expect(settleUnknownNames(untouched)).toBe(untouched);
    const whollyUnknown = new Unknown('not known');
    expect(settleUnknownNames(whollyUnknown)).toBe(whollyUnknown);
    expect(settleUnknownNames('{"Statement":[]}')).toBe('{"Statement":[]}');
    expect(settleUnknownNames(undefined)).toBeUndefined();

    const statement = { Sid: unknownName, Effect: 'Deny', Action: '*' };
    const given = partial({ Statement: [statement] });
    settleUnknownNames(given);
    expect(statement.Sid).toBe(unknownName);
  });
});
