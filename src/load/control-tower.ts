/**
 * AWS Control Tower controls that are root-deny SCPs. `aws_controltower_control` enables a control
 * on an OU; for AWS-GR_RESTRICT_ROOT_USER ("Disallow actions as a root user") Control Tower puts
 * its SCP artifact on that OU. Teams on Control Tower guard the root user this way rather than
 * with an aws_organizations_policy of their own, so the control is judged as the SCP it is.
 */
import type { PolicyContent } from '../model/org.js';
import type { Resource } from '../model/resource.js';
import { Unknown, isObject, type Value } from '../model/value.js';

/** `arn:aws:controltower:<region>::control/<name>` or Control Catalog's `arn:aws:controlcatalog:::control/<name>`. */
const CONTROL = /^arn:[\w-]+:control(?:tower|catalog):[\w-]*::control\/(AWS-GR_RESTRICT_ROOT_USER)$/;

export const RESTRICT_ROOT_USER = 'AWS-GR_RESTRICT_ROOT_USER';

export interface ControlTowerScp {
  /** The control's name, e.g. AWS-GR_RESTRICT_ROOT_USER. */
  readonly control: string;
  readonly content: PolicyContent;
}

/**
 * The SCP a root-deny control puts on its target, with the parameters Control Tower applies:
 * ExemptAssumeRoot (sessions from centralized root access are let through) and
 * ExemptedPrincipalArns (an ArnNotLikeIfExists on aws:PrincipalArn). Undefined for other controls.
 */
export function controlTowerScp(resource: Resource): ControlTowerScp | undefined {
  const identifier = resource.values.control_identifier;
  if (identifier instanceof Unknown) {
    // A control that might be the root deny: its content cannot be told.
    return {
      control: 'an unknown control',
      content: { kind: 'unknown', reason: `control_identifier is not known: ${identifier.reason}` },
    };
  }
  const name = typeof identifier === 'string' ? CONTROL.exec(identifier)?.[1] : undefined;
  if (name === undefined) return undefined;
  const parameters = readParameters(resource.values.parameters);
  if (typeof parameters === 'string')
    return { control: name, content: { kind: 'unknown', reason: parameters } };

  const condition: Record<string, Record<string, Value>> = {
    StringLike: { 'aws:PrincipalArn': ['arn:aws:iam::*:root'] },
  };
  const exemptAssumeRoot = parameters.get('ExemptAssumeRoot');
  if (exemptAssumeRoot !== undefined && exemptAssumeRoot !== false)
    condition.Null = { 'aws:AssumedRoot': 'true' };
  const exempted = parameters.get('ExemptedPrincipalArns');
  if (exempted !== undefined) condition.ArnNotLikeIfExists = { 'aws:PrincipalArn': exempted };
  const text = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'GRRESTRICTROOTUSER', Effect: 'Deny', Action: '*', Resource: ['*'], Condition: condition },
    ],
  });
  return { control: name, content: { kind: 'known', text } };
}

/** `parameters { key, value = jsonencode(...) }` blocks by key, or why they cannot be read. */
function readParameters(raw: Value | undefined): Map<string, Value> | string {
  const out = new Map<string, Value>();
  if (raw === undefined || raw === null) return out;
  if (raw instanceof Unknown) return `the control's parameters are not known: ${raw.reason}`;
  if (!Array.isArray(raw)) return 'the control parameters are not blocks';
  for (const block of raw) {
    if (!isObject(block)) return 'the control parameters are not blocks';
    const { key, value } = block;
    if (key instanceof Unknown) return `a control parameter's key is not known: ${key.reason}`;
    if (value instanceof Unknown) return `control parameter ${String(key)} is not known: ${value.reason}`;
    if (typeof key !== 'string' || typeof value !== 'string')
      return 'a control parameter is not a key and a JSON value';
    try {
      out.set(key, JSON.parse(value) as Value);
    } catch {
      return `control parameter ${key} is not JSON (write it with jsonencode)`;
    }
  }
  return out;
}
