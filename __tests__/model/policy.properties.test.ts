/** Properties of the policy evaluator that must hold for every input, not just the tables. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  deniesAllPrincipals,
  deniesRootUser,
  evaluate,
  explainStatement,
  grantsAssumeRoot,
  matchStatement,
  parsePolicy,
  type Statement,
} from '../../src/model/policy.js';

// A small alphabet makes wildcard patterns and action names collide often.
const SERVICE = fc.constantFrom('s3', 'iam', 'sts', 'S3');
const NAME = fc.stringMatching(/^[abAB]{0,4}$/);
const PATTERN_PART = fc.stringMatching(/^[abAB*?]{0,4}$/);
const action = fc.tuple(SERVICE, NAME).map(([s, n]) => `${s}:${n}`);
const actionPattern = fc.oneof(
  fc.constant('*'),
  fc.tuple(fc.oneof(SERVICE, fc.constant('*'), fc.constant('s*')), PATTERN_PART).map(([s, n]) => `${s}:${n}`),
);

describe('parsePolicy', () => {
  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
        const result = parsePolicy(value);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const result = parsePolicy(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on policy-shaped values, and the root questions never throw on what parses', () => {
    const scalar = fc.oneof(
      fc.string(),
      fc.constantFrom('*', 'Allow', 'Deny', 'arn:aws:iam::*:root'),
      fc.integer(),
      fc.boolean(),
    );
    const strings = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }));
    const stmt = fc.record(
      {
        Sid: scalar,
        Effect: fc.oneof(fc.constantFrom('Allow', 'Deny'), scalar),
        Action: strings,
        NotAction: strings,
        Resource: strings,
        Principal: fc.oneof(fc.constant('*'), fc.record({ AWS: strings }, { requiredKeys: [] }), scalar),
        Condition: fc.dictionary(
          fc.constantFrom(
            'StringLike',
            'ArnLike',
            'Null',
            'ForAllValues:StringEquals',
            'Bogus',
            'BoolIfExists',
          ),
          fc.oneof(
            fc.dictionary(fc.constantFrom('aws:PrincipalArn', 'aws:AssumedRoot', 'x'), strings),
            scalar,
          ),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(stmt, fc.array(stmt, { maxLength: 3 })), (statements) => {
        const result = parsePolicy({ Version: '2012-10-17', Statement: statements });
        if (result.ok) {
          expect(() => deniesRootUser(result.policy)).not.toThrow();
          expect(() => deniesAllPrincipals(result.policy)).not.toThrow();
          expect(() => grantsAssumeRoot(result.policy)).not.toThrow();
        } else {
          expect(result.error).toMatch(/Statement|Policy/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('matchStatement', () => {
  it('a statement and its Action -> NotAction complement never both match a request', () => {
    fc.assert(
      fc.property(
        fc.array(actionPattern, { minLength: 1, maxLength: 4 }),
        action,
        fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Deny'),
        (patterns, requested, effect) => {
          const base: Statement = { effect, conditions: [], resources: ['*'] };
          const withAction: Statement = { ...base, actions: patterns };
          const withNotAction: Statement = { ...base, notActions: patterns };
          const request = { action: requested, context: {} };
          const a = matchStatement(withAction, request);
          const b = matchStatement(withNotAction, request);
          expect(a === 'yes' && b === 'yes').toBe(false);
          // With no conditions they are exact complements: exactly one matches.
          expect([a, b].sort()).toEqual(['no', 'yes']);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('action matching ignores case', () => {
    fc.assert(
      fc.property(actionPattern, action, (pattern, requested) => {
        const stmt: Statement = { effect: 'Allow', actions: [pattern], conditions: [] };
        const lower = matchStatement(stmt, { action: requested.toLowerCase(), context: {} });
        const upper = matchStatement(stmt, { action: requested.toUpperCase(), context: {} });
        expect(lower).toBe(upper);
      }),
      { numRuns: 500 },
    );
  });

  it('a negated operator is the complement of its positive form when the key is known', () => {
    const pairs = [
      ['StringEquals', 'StringNotEquals'],
      ['StringLike', 'StringNotLike'],
      ['ArnLike', 'ArnNotLike'],
      ['StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase'],
    ] as const;
    const value = fc.stringMatching(/^[ab:*]{0,8}$/);
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.array(value, { minLength: 1, maxLength: 3 }),
        fc.option(value),
        (pair, values, present) => {
          const make = (operator: string): Statement => ({
            effect: 'Deny',
            actions: ['*'],
            conditions: [{ operator, ifExists: false, key: 'k', rawKey: 'k', rawOperator: operator, values }],
          });
          const request = { action: 'x:y', context: { k: present ?? undefined } };
          const positive = matchStatement(make(pair[0]), request);
          const negative = matchStatement(make(pair[1]), request);
          expect([positive, negative].sort()).toEqual(['no', 'yes']);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('short-circuit evaluation', () => {
  // matchStatement and evaluate stop early (first `no`, Denies before Allows); they must give the
  // answer the full part-by-part explanation gives, for any statement and request.
  const value = fc.constantFrom(
    '*',
    'arn:aws:iam::*:root',
    'arn:aws:iam::111122223333:root',
    'arn:aws:iam::111122223333:role/a*',
    'arn:aws:s3:::b',
    'arn:aws:s3:::b/*',
    '111122223333',
    'true',
    'false',
  );
  const values = fc.array(value, { minLength: 1, maxLength: 3 });
  const condition = fc.record({
    Operator: fc.constantFrom(
      'StringLike',
      'ArnNotLike',
      'StringEquals',
      'Bool',
      'Null',
      'StringEqualsIfExists',
    ),
    Key: fc.constantFrom('aws:PrincipalArn', 'aws:SecureTransport', 'aws:PrincipalAccount', 'x:y'),
    Values: values,
  });
  const statement = fc
    .record(
      {
        Effect: fc.constantFrom('Allow', 'Deny'),
        Action: fc.array(actionPattern, { minLength: 1, maxLength: 2 }),
        Resource: values,
        Principal: fc.oneof(fc.constant('*'), fc.record({ AWS: values })),
        Condition: fc.array(condition, { maxLength: 2 }),
      },
      { requiredKeys: ['Effect', 'Action'] },
    )
    .map(({ Condition, ...rest }) => ({
      ...rest,
      ...(Condition && Condition.length > 0
        ? { Condition: Object.fromEntries(Condition.map((c) => [c.Operator, { [c.Key]: c.Values }])) }
        : {}),
    }));
  const request = fc.record(
    {
      principal: fc.constantFrom('arn:aws:iam::111122223333:root', 'arn:aws:iam::111122223333:role/ab'),
      action,
      resource: fc.constantFrom('arn:aws:s3:::b', 'arn:aws:s3:::b/k', 'arn:aws:iam::111122223333:root'),
      context: fc.dictionary(fc.constantFrom('aws:PrincipalArn', 'aws:SecureTransport', 'x:y'), value),
    },
    { requiredKeys: ['action', 'context'] },
  );

  it('matchStatement is explainStatement().result and evaluate is the full decision', () => {
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 4 }), request, (statements, req) => {
        const parsed = parsePolicy({ Version: '2012-10-17', Statement: statements });
        if (!parsed.ok) return;
        const full = parsed.policy.statements.map((s) => ({
          effect: s.effect,
          result: explainStatement(s, req).result,
        }));
        parsed.policy.statements.forEach((s, i) => expect(matchStatement(s, req)).toBe(full[i]?.result));
        const any = (effect: string, result: string): boolean =>
          full.some((r) => r.effect === effect && r.result === result);
        const expected = any('Deny', 'yes')
          ? 'deny'
          : any('Deny', 'depends')
            ? 'depends'
            : any('Allow', 'yes')
              ? 'allow'
              : any('Allow', 'depends')
                ? 'depends'
                : 'implicit-deny';
        expect(evaluate(parsed.policy, req)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
