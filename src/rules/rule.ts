import type { Location, Origin } from '../model/location.js';
import type { Severity } from '../model/finding.js';
import type { ProviderConfig, Resource } from '../model/resource.js';
import type { OrgModel } from '../model/org.js';

/** What the live check read about root users (absent facts could not be read; the loader said why). */
export interface LiveFacts {
  readonly managementAccountId?: string;
  readonly accessKeysPresent?: boolean;
  readonly mfaEnabled?: boolean;
  /** Member accounts' root users, read only with the optional member audit (sts:AssumeRoot). */
  readonly members?: readonly MemberRootUser[];
}

export interface MemberRootUser {
  readonly accountId: string;
  readonly name?: string;
  readonly accessKeysPresent?: boolean;
  readonly mfaEnabled?: boolean;
  readonly passwordPresent?: boolean;
}

export type RuleScope = 'any' | 'organization' | 'live';

/** What a rule reads. Rules do no I/O: everything they may look at is here. */
export interface RuleContext {
  readonly resources: readonly Resource[];
  readonly providers: readonly ProviderConfig[];
  /** The estate's organization as it is (HCL, live) or will be after apply (plans). */
  readonly org: OrgModel;
  /** Plans only: the organization before the change, for rules that compare. */
  readonly orgBefore?: OrgModel;
  /** Live check only: what was read about the management account (absent when nothing was read). */
  readonly live?: LiveFacts;
  /**
   * Ids of the rules that run in this scan (absent: every rule). A rule that leaves a case to
   * another, so that one cause gives one finding, reports it itself when the other does not run.
   */
  readonly running?: ReadonlySet<string>;
}

/** One thing a rule reports; the engine adds the rule's id, severity and title. */
export type RuleReport =
  | {
      readonly kind: 'finding';
      readonly message: string;
      readonly resource?: string;
      readonly location?: Location;
      readonly source: Origin;
    }
  | {
      readonly kind: 'unverified';
      readonly reason: string;
      readonly resource?: string;
      readonly location?: Location;
    };

export interface Rule {
  readonly id: string;
  readonly name: string;
  readonly severity: Severity;
  readonly scope: RuleScope;
  readonly title: string;
  /** Why it matters, in two sentences. */
  readonly rationale: string;
  /** What to change, in words. */
  readonly remediation: string;
  /** The Terraform before and after the fix. */
  readonly example?: { readonly bad: string; readonly good: string };
  readonly docs: readonly string[];
  check(ctx: RuleContext): RuleReport[];
}

export function finding(
  message: string,
  at: { resource?: string; location?: Location; source: Origin },
): RuleReport {
  return { kind: 'finding', message, ...at };
}

export function unverified(reason: string, at: { resource?: string; location?: Location } = {}): RuleReport {
  return { kind: 'unverified', reason, ...at };
}
