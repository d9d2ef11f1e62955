import { describe, expect, it } from '@jest/globals';
import { policyDocumentAttributes } from '../../src/load/policy-document.js';
import { parsePolicy } from '../../src/model/policy.js';
import { Unknown, isObject, type Value, type ValueObject } from '../../src/model/value.js';

const ADDRESS = 'data.aws_iam_policy_document.d';

/** Every key of every object in a value, with the values found under it. */
function undefinedKeys(value: Value | undefined, path = '$'): string[] {
  if (value === undefined) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => undefinedKeys(v, `${path}[${i}]`));
  if (!isObject(value)) return [];
  return Object.keys(value).flatMap((k) => undefinedKeys(value[k], `${path}.${k}`));
}

describe('policyDocumentAttributes', () => {
  it('renders statements with the provider key order, leaving out what a block does not set', () => {
    const values: ValueObject = {
      statement: [
        {
          sid: 'Read',
          actions: ['s3:GetObject'],
          resources: ['arn:aws:s3:::b/*', 'arn:aws:s3:::b'],
          principals: [{ type: 'AWS', identifiers: ['arn:aws:iam::123456789012:role/r'] }],
          condition: [
            { test: 'Bool', variable: 'aws:SecureTransport', values: ['true'] },
            { test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] },
          ],
        },
        { sid: '', effect: 'Deny', not_actions: ['iam:*'], not_resources: ['*'] },
      ],
    };
    const attributes = policyDocumentAttributes(values, ADDRESS);
    expect(isObject(attributes)).toBe(true);
    const { json, minified_json } = attributes as ValueObject;
    const expected = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Read',
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::b'],
          Principal: { AWS: 'arn:aws:iam::123456789012:role/r' },
          Condition: { Bool: { 'aws:SecureTransport': ['true', 'false'] } },
        },
        { Effect: 'Deny', NotAction: 'iam:*', NotResource: '*' },
      ],
    };
    expect(json).toBe(JSON.stringify(expected, null, 2));
    expect(minified_json).toBe(JSON.stringify(expected));
    expect(Object.keys(attributes as ValueObject)).toEqual(['json', 'minified_json']);
  });

  it('hands on a partly known document with its known statements as plain values', () => {
    const values: ValueObject = {
      statement: [
        { sid: 'Known', effect: 'Deny', actions: ['*'], resources: ['*'] },
        { sid: 'Unknown', actions: [new Unknown('var.actions has no value')], resources: ['*'] },
        new Unknown('dynamic "statement" cannot be expanded'),
      ],
    };
    const attributes = policyDocumentAttributes(values, ADDRESS);
    expect(attributes).toBeInstanceOf(Unknown);
    const partial = (attributes as Unknown).partial;
    expect(isObject(partial)).toBe(true);
    const statements = (partial as ValueObject).Statement as Value[];
    expect(statements[0]).toEqual({ Sid: 'Known', Effect: 'Deny', Action: '*', Resource: '*' });
    expect(Object.keys(statements[1] as ValueObject)).toEqual(['Sid', 'Effect', 'Action', 'Resource']);
    expect((statements[1] as ValueObject).Action).toBeInstanceOf(Unknown);
    expect(statements[2]).toBeInstanceOf(Unknown);
    // A Value never holds undefined: rules read `key in statement` as "the document sets it".
    expect(undefinedKeys(partial)).toEqual([]);
  });

  it('reads its own rendering back exactly as parsing the JSON text would', () => {
    const documents: ValueObject[] = [
      {
        statement: [
          {
            sid: 'Read',
            actions: ['s3:GetObject'],
            resources: ['arn:aws:s3:::b/*'],
            principals: [{ type: 'AWS', identifiers: ['123456789012', 'arn:aws:iam::*:root'] }],
            condition: [
              { test: 'StringLike', variable: 'aws:PrincipalArn', values: ['arn:aws:iam::*:root'] },
              { test: 'NumericLessThan', variable: 'aws:MultiFactorAuthAge', values: [3600, true] },
            ],
          },
          { effect: 'Deny', not_actions: ['iam:*'], not_resources: ['*'], not_principals: [] },
        ],
      },
      { policy_id: 'p', version: '2008-10-17', statement: [{ actions: ['sts:AssumeRoot'] }] },
      // IAM rejects both of these; the reason must be the one the text gives.
      { statement: [{ actions: ['s3:*'], principals: [{ type: 'Nobody', identifiers: ['x'] }] }] },
      {
        statement: [{ actions: ['s3:*'], condition: [{ test: 'NoSuchTest', variable: 'k', values: ['v'] }] }],
      },
      { statement: [] },
    ];
    for (const values of documents) {
      const json = (policyDocumentAttributes(values, ADDRESS) as ValueObject).json as string;
      // A leading space makes a text that was never rendered, so it is parsed from JSON.
      const fromText = parsePolicy(` ${json}`);
      expect(parsePolicy(json)).toEqual(fromText);
      // Read again: the same answer, now parsed from the text.
      expect(parsePolicy(json)).toEqual(fromText);
    }
  });

  it('merges by Sid as the provider does: a later statement with a Sid already present takes its place', () => {
    const source = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'A', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' },
        { Sid: 'B', Effect: 'Allow', Action: 's3:PutObject', Resource: '*' },
      ],
    });
    const override = JSON.stringify({
      Statement: [
        { Sid: 'B', Effect: 'Deny', Action: 's3:PutObject', Resource: '*' },
        { Sid: 'D', Effect: 'Deny', Action: 'iam:*', Resource: '*' },
      ],
    });
    // Hundreds of statements with their own Sids, each replaced again by a block further down.
    const many = Array.from({ length: 300 }, (_, i) => ({
      sid: `S${i}`,
      actions: [`s3:Get${i}`],
      resources: ['*'],
    }));
    const again = many.map((b) => ({ ...b, effect: 'Deny' }));
    const values: ValueObject = {
      source_policy_documents: [source],
      override_policy_documents: [override],
      statement: [
        { sid: 'A', actions: ['s3:DeleteObject'], resources: ['*'] },
        { sid: '', actions: ['sqs:*'], resources: ['*'] },
        { sid: '', actions: ['sns:*'], resources: ['*'] },
        ...many,
        ...again,
      ],
    };
    const json = (policyDocumentAttributes(values, ADDRESS) as ValueObject).json as string;
    const statements = (JSON.parse(json) as { Statement: { Sid?: string; Effect: string; Action: string }[] })
      .Statement;
    expect(statements.slice(0, 5).map((st) => [st.Sid ?? null, st.Effect, st.Action])).toEqual([
      ['A', 'Allow', 's3:DeleteObject'],
      [null, 'Allow', 's3:ListBucket'],
      ['B', 'Deny', 's3:PutObject'],
      // An empty Sid is no Sid: both are kept (and rendered without one).
      [null, 'Allow', 'sqs:*'],
      [null, 'Allow', 'sns:*'],
    ]);
    expect(statements.slice(5, 305).map((st) => `${st.Sid} ${st.Effect} ${st.Action}`)).toEqual(
      many.map((b, i) => `S${i} Deny s3:Get${i}`),
    );
    expect(statements.slice(305).map((st) => st.Sid)).toEqual(['D']);
    expect(statements).toHaveLength(306);
  });
});
