/**
 * The normalised shape of an IAM policy document, and the request model it is evaluated against.
 *
 * Everything IAM lets authors write in two ways (string or array, `Statement` object or array,
 * bare account id or account ARN, any capitalisation of action names and operators) is written
 * one way here, so the evaluator never has to care how the author spelled it.
 */

/** Three-valued answer: `depends` when the outcome hangs on something the request does not say. */
export type Tri = 'yes' | 'no' | 'depends';

export type Effect = 'Allow' | 'Deny';

/** The `Principal` / `NotPrincipal` element, every value a list. Bare account ids become `arn:aws:iam::<id>:root`. */
export interface PrincipalSet {
  readonly aws?: readonly string[];
  readonly service?: readonly string[];
  readonly federated?: readonly string[];
  readonly canonicalUser?: readonly string[];
}

export type SetOperator = 'ForAnyValue' | 'ForAllValues';

/** One key of one condition operator: `"StringLike": {"aws:PrincipalArn": [...]}` gives one Condition per key. */
export interface Condition {
  /** The base operator, canonically spelled: `StringLike`, `ArnEquals`, `Null`... (no set prefix, no IfExists). */
  readonly operator: string;
  readonly ifExists: boolean;
  readonly setOperator?: SetOperator;
  /** Lower-cased: condition keys are case-insensitive, so lookups use this. */
  readonly key: string;
  /** The key as the author wrote it, for messages. */
  readonly rawKey: string;
  /** The operator as the author wrote it (`forAnyValue:stringlikeIfExists`), for messages. */
  readonly rawOperator: string;
  /** Policy values; numbers and booleans are converted to their JSON text. */
  readonly values: readonly string[];
}

export interface Statement {
  readonly sid?: string;
  readonly effect: Effect;
  readonly actions?: readonly string[];
  readonly notActions?: readonly string[];
  readonly resources?: readonly string[];
  readonly notResources?: readonly string[];
  readonly principals?: PrincipalSet | '*';
  readonly notPrincipals?: PrincipalSet | '*';
  readonly conditions: readonly Condition[];
  /**
   * Whether `${...}` in resources and condition values are policy variables. IAM only substitutes
   * them under `Version: "2012-10-17"`; parsing sets false for other versions. Absent means true.
   */
  readonly policyVariables?: boolean;
}

export interface PolicyDocument {
  readonly version?: string;
  readonly id?: string;
  readonly statements: readonly Statement[];
}

export type ParseResult =
  { readonly ok: true; readonly policy: PolicyDocument } | { readonly ok: false; readonly error: string };

/** A request context value; `undefined` declares the key absent from the request. */
export type ContextValue = string | readonly string[] | undefined;

/**
 * The request a policy is asked about.
 *
 * Context keys are matched case-insensitively. A key present with value `undefined` is declared
 * missing (IAM's "key not present" rules apply). A key not mentioned at all is unknown: a
 * condition on it answers `depends`, unless `unknownKeys` is `'missing'`, which treats every
 * unmentioned key as absent (for a fully described, concrete request).
 */
export interface Request {
  /** ARN of the calling principal (`arn:aws:iam::111122223333:role/Admin`), or a service name. */
  readonly principal?: string;
  readonly principalAccount?: string;
  readonly action: string;
  /** The resource ARN; absent means "not known", so only `Resource: "*"` is certain to match. */
  readonly resource?: string;
  readonly context: Readonly<Record<string, ContextValue>>;
  readonly unknownKeys?: 'depends' | 'missing';
}

export type Decision = 'deny' | 'allow' | 'implicit-deny' | 'depends';
