/**
 * `removed` blocks (Terraform 1.7+) with `lifecycle { destroy = false }`: the object leaves
 * Terraform's state but stays in AWS. A root-deny SCP, its attachment or the organization's
 * features moved out of a stack that way still exist, managed outside the code, so what they
 * say is unknown, not absent: reading them as gone would report a missing guardrail that is there.
 */
import type { Unknown, ValueObject } from '../model/value.js';
import { interpolatedText, isRawObject, type RawBlock, type RawValue } from './hcl.js';

/**
 * The arguments of a kept guardrail whose absence a rule reads as a setting or a missing guardrail;
 * an array names a nested block AWS always has one of, with its arguments. An organization kept
 * in AWS is left out: it is then managed elsewhere, as one the sources do not declare (judged as
 * such: its settings unverified), not one declared here with unknown settings.
 */
type KeptArgument = string | readonly [block: string, readonly string[]];

const KEPT_ARGUMENTS: Readonly<Record<string, readonly KeptArgument[]>> = {
  aws_iam_organizations_features: ['enabled_features'],
  aws_organizations_policy: ['content'],
  aws_organizations_policy_attachment: ['policy_id', 'target_id'],
  // The root activity alarm (RG009): a filter, the alarm on its metric, or an EventBridge rule.
  aws_cloudwatch_log_metric_filter: ['pattern', ['metric_transformation', ['name', 'namespace']]],
  aws_cloudwatch_metric_alarm: ['metric_name', 'namespace', 'alarm_actions', 'actions_enabled'],
  aws_cloudwatch_event_rule: ['name', 'event_pattern', 'state'],
  aws_cloudwatch_event_target: ['rule', 'arn'],
};

/**
 * What a rule can see of a kept resource: every argument that matters, unknown; undefined for a
 * type no rule reads as a guardrail.
 */
export function keptValues(type: string, unknown: (argument: string) => Unknown): ValueObject | undefined {
  const args = KEPT_ARGUMENTS[type];
  if (args === undefined) return undefined;
  const values: ValueObject = {};
  for (const arg of args) {
    if (typeof arg === 'string') values[arg] = unknown(arg);
    else {
      const [block, nested] = arg;
      values[block] = [Object.fromEntries(nested.map((n) => [n, unknown(`${block}.${n}`)]))];
    }
  }
  return values;
}

/** What a `removed` block keeps in AWS: a resource, or a whole module call, below `modules`. */
export type KeptObject =
  | { readonly kind: 'resource'; readonly modules: string; readonly type: string; readonly name: string }
  | { readonly kind: 'module'; readonly modules: string; readonly name: string };

const NAME = '[A-Za-z_][A-Za-z0-9_-]*';
const MODULES = `((?:module\\.${NAME}\\.)*)`;
const RESOURCE_ADDRESS = new RegExp(`^${MODULES}(${NAME})\\.(${NAME})$`);
const MODULE_ADDRESS = new RegExp(`^${MODULES}module\\.(${NAME})$`);

/** The object a `removed` block leaves in AWS; undefined when it destroys it (or is not understood). */
export function keptObject(block: RawBlock): KeptObject | undefined {
  if (!destroysNothing(block.body.lifecycle)) return undefined;
  const from = addressText(block.body.from);
  if (from === undefined) return undefined;
  const module = MODULE_ADDRESS.exec(from);
  if (module) return { kind: 'module', modules: module[1] ?? '', name: module[2] ?? '' };
  const resource = RESOURCE_ADDRESS.exec(from);
  if (!resource || resource[2] === 'module') return undefined;
  return { kind: 'resource', modules: resource[1] ?? '', type: resource[2] ?? '', name: resource[3] ?? '' };
}

/** `destroy = false`: a literal, as Terraform requires it. */
function destroysNothing(lifecycle: RawValue | undefined): boolean {
  const first = Array.isArray(lifecycle) ? lifecycle[0] : lifecycle;
  if (!isRawObject(first)) return false;
  return first.destroy === false || first.destroy === '${false}';
}

/** `from` is a bare address: `${aws_x.y}` as HCL gives it, `"aws_x.y"` in JSON syntax. */
function addressText(raw: RawValue | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  return (interpolatedText(raw) ?? raw).trim();
}
