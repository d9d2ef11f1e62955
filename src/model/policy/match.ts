/**
 * Does a statement apply to a request, and what does a whole policy decide?
 *
 * Every part (action, resource, principal, each condition) answers yes / no / depends and the
 * parts are AND-ed with Kleene logic, so one definite `no` settles a statement even when another
 * part depends on a key the request does not know.
 */
import { arnMatch } from './arn.js';
import { evalCondition } from './conditions.js';
import { contextLookup, type Lookup } from './context.js';
import { globMatch, matchesEverything, matchPattern } from './pattern.js';
import { notPrincipalSetMatches, principalSetMatches } from './principal.js';
import { and3, not3, or3, tri } from './tri.js';
import type { Decision, PolicyDocument, Request, Statement, Tri } from './types.js';

/** IAM action match: `*` and `?` wildcards, case-insensitive (`IAM:createuser` is `iam:CreateUser`). */
export function actionMatches(pattern: string, action: string): boolean {
  return globMatch(pattern, action, true);
}

/** Resource match: case-sensitive; ARN patterns compare component by component as IAM does. */
export function resourceMatches(
  pattern: string,
  resource: string | undefined,
  lookup: Lookup,
  variables = true,
): Tri {
  if (matchesEverything(pattern)) return 'yes';
  if (resource === undefined) return 'depends';
  if (pattern.startsWith('arn:')) return arnMatch(pattern, resource, lookup, variables);
  return matchPattern(pattern, resource, lookup, { wildcards: true, variables });
}

export interface StatementMatch {
  readonly result: Tri;
  readonly action: Tri;
  readonly resource: Tri;
  readonly principal: Tri;
  /** One answer per entry of `statement.conditions`. */
  readonly conditions: readonly Tri[];
  /** What a `depends` hangs on: condition keys as written, `Resource` or `Principal`. */
  readonly dependsOn: readonly string[];
}

function actionPart(stmt: Statement, action: string): Tri {
  if (stmt.actions) return tri(stmt.actions.some((p) => actionMatches(p, action)));
  if (stmt.notActions) return tri(!stmt.notActions.some((p) => actionMatches(p, action)));
  return 'no'; // IAM requires one of them; a statement with neither grants or denies nothing
}

function resourcePart(stmt: Statement, request: Request, lookup: Lookup): Tri {
  const variables = stmt.policyVariables ?? true;
  if (stmt.resources)
    return or3(stmt.resources.map((p) => resourceMatches(p, request.resource, lookup, variables)));
  if (stmt.notResources) {
    return not3(or3(stmt.notResources.map((p) => resourceMatches(p, request.resource, lookup, variables))));
  }
  return 'yes'; // trust and some resource policies omit Resource: the policy's own resource
}

function principalPart(stmt: Statement, request: Request): Tri {
  if (stmt.principals) return principalSetMatches(stmt.principals, request);
  if (stmt.notPrincipals) return notPrincipalSetMatches(stmt.notPrincipals, request);
  return 'yes'; // identity policies and SCPs: the principal is whoever the policy is attached to
}

/** The statement's answer for the request, part by part. */
export function explainStatement(stmt: Statement, request: Request): StatementMatch {
  const lookup = contextLookup(request);
  const action = actionPart(stmt, request.action);
  const resource = resourcePart(stmt, request, lookup);
  const principal = principalPart(stmt, request);
  const conditions = stmt.conditions.map((c) => evalCondition(c, lookup, stmt.policyVariables ?? true));
  const result = and3([action, resource, principal, ...conditions]);
  const dependsOn: string[] = [];
  if (resource === 'depends') dependsOn.push('Resource');
  if (principal === 'depends') dependsOn.push('Principal');
  stmt.conditions.forEach((c, i) => {
    if (conditions[i] === 'depends' && !dependsOn.includes(c.rawKey)) dependsOn.push(c.rawKey);
  });
  return { result, action, resource, principal, conditions, dependsOn };
}

/** "when its condition on aws:RequestedRegion holds and on the resources it names", for messages. */
export function describeDependsOn(dependsOn: readonly string[]): string {
  const keys = dependsOn.filter((k) => k !== 'Resource' && k !== 'Principal');
  const parts: string[] = [];
  if (keys.length > 0) parts.push(`when its condition on ${keys.join(', ')} holds`);
  if (dependsOn.includes('Resource')) parts.push('on the resources it names');
  if (dependsOn.includes('Principal')) parts.push('for the principals it names');
  return parts.join(' and ');
}

/**
 * The statement's answer alone: explainStatement's `result`, stopping at the first part that
 * answers `no` (Kleene AND), which is most parts of most statements.
 */
export function matchStatement(stmt: Statement, request: Request): Tri {
  const action = actionPart(stmt, request.action);
  if (action === 'no') return 'no';
  const lookup = contextLookup(request);
  const resource = resourcePart(stmt, request, lookup);
  if (resource === 'no') return 'no';
  const principal = principalPart(stmt, request);
  if (principal === 'no') return 'no';
  let result = and3([action, resource, principal]);
  const variables = stmt.policyVariables ?? true;
  for (const c of stmt.conditions) {
    const answer = evalCondition(c, lookup, variables);
    if (answer === 'no') return 'no';
    if (answer === 'depends') result = 'depends';
  }
  return result;
}

/** Whether a Deny statement of the policy certainly applies: IAM's `deny` decision. */
export function deniesExplicitly(doc: PolicyDocument, request: Request): boolean {
  return doc.statements.some((s) => s.effect === 'Deny' && matchStatement(s, request) === 'yes');
}

/**
 * IAM's decision within one policy: an explicit Deny wins; otherwise an Allow allows; otherwise
 * implicit deny. `depends` when a Deny might apply, or no Deny can and an Allow might.
 */
export function evaluate(doc: PolicyDocument, request: Request): Decision {
  const answers = (effect: Statement['effect']): Tri[] =>
    doc.statements.filter((s) => s.effect === effect).map((s) => matchStatement(s, request));
  // Allows matter only when no Deny can apply.
  const deny = or3(answers('Deny'));
  if (deny === 'yes') return 'deny';
  if (deny === 'depends') return 'depends';
  const allow = or3(answers('Allow'));
  if (allow === 'yes') return 'allow';
  return allow === 'depends' ? 'depends' : 'implicit-deny';
}
