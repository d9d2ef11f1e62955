/**
 * The AWS provider's own functions (Terraform 1.8+): arn_build, arn_parse and trim_iam_role_path,
 * as the provider computes them with the AWS SDK's ARN parser. Root-deny SCPs and trust policies
 * are written with them (`provider::aws::arn_build(local.partition, "iam", "", "*", "root")`).
 */
import { EvalError } from './errors.js';
import { argString, def } from './fn-args.js';
import type { FnDef } from './fn-args.js';

interface ArnParts {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account_id: string;
  readonly resource: string;
}

/** The AWS SDK's arn.Parse: an `arn:` prefix and six `:`-separated sections, the last taking the rest. */
function parseArn(text: string): ArnParts {
  if (!text.startsWith('arn:')) throw new EvalError('arn: invalid prefix');
  const sections = text.split(':');
  if (sections.length < 6) throw new EvalError('arn: not enough sections');
  const [, partition, service, region, account_id] = sections as [string, string, string, string, string];
  return { partition, service, region, account_id, resource: sections.slice(5).join(':') };
}

function arnString(parts: ArnParts): string {
  return ['arn', parts.partition, parts.service, parts.region, parts.account_id, parts.resource].join(':');
}

export const AWS_PROVIDER_FUNCTIONS: Record<string, FnDef> = {
  'provider::aws::arn_build': def(5, 5, ([partition, service, region, account, resource]) =>
    arnString({
      partition: argString(partition!, 'partition'),
      service: argString(service!, 'service'),
      region: argString(region!, 'region'),
      account_id: argString(account!, 'account_id'),
      resource: argString(resource!, 'resource'),
    }),
  ),
  'provider::aws::arn_parse': def(1, 1, ([arn]) => {
    return { ...parseArn(argString(arn!, 'arn')) };
  }),
  'provider::aws::trim_iam_role_path': def(1, 1, ([arn]) => {
    const parts = parseArn(argString(arn!, 'arn'));
    if (parts.service !== 'iam') throw new EvalError('service must be "iam"');
    if (parts.region !== '') throw new EvalError('region must be empty');
    if (!parts.resource.startsWith('role/')) throw new EvalError('resource must begin with "role/"');
    return arnString({
      ...parts,
      resource: `role/${parts.resource.slice(parts.resource.lastIndexOf('/') + 1)}`,
    });
  }),
};
