/**
 * IAM policy semantics. RootGuard answers policy questions by evaluating policies the way IAM
 * does — never by matching their text — so `StringEquals` with a wildcard, `aws:PrincipalType =
 * "Root"` or an account principal are judged by what they actually match.
 *
 *   parsePolicy       JSON text or a parsed value -> normalised PolicyDocument, or a clear error
 *   matchStatement    one statement vs one request: yes / no / depends
 *   evaluate          a whole policy: deny / allow / implicit-deny / depends
 *   deniesRootUser    which actions a policy (SCP) denies to the root user of any member account
 *   deniesAllPrincipals  whether a bucket / queue policy locks every principal out
 *   grantsAssumeRoot  whether an identity policy allows sts:AssumeRoot, and how widely
 *   settleUnknownNames  a partly known policy without the unknown Sids and Ids that cannot matter
 */
export type {
  Condition,
  ContextValue,
  Decision,
  Effect,
  ParseResult,
  PolicyDocument,
  PrincipalSet,
  Request,
  SetOperator,
  Statement,
  Tri,
} from './policy/types.js';
export { parsePolicy, rememberRenderedPolicy } from './policy/parse.js';
export {
  actionMatches,
  describeDependsOn,
  evaluate,
  explainStatement,
  matchStatement,
} from './policy/match.js';
export type { StatementMatch } from './policy/match.js';
export { accountOfPrincipal, isAccountPrincipal, isRootUserArn, parseArn, rootArn } from './policy/arn.js';
export type { ArnParts } from './policy/arn.js';
export { deniesRootUser } from './policy/root.js';
export type { RootDenyResult } from './policy/root.js';
export { deniesAllPrincipals } from './policy/lockout.js';
export type { LockoutOptions, LockoutResult, LockoutService } from './policy/lockout.js';
export { grantsAssumeRoot, ROOT_TASK_POLICIES } from './policy/assume-root.js';
export type { AssumeRootGrant } from './policy/assume-root.js';
export { settleUnknownNames } from './policy/names.js';
