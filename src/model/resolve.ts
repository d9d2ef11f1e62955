import type { Resource } from './resource.js';
import { Unknown, type Value } from './value.js';

export type ResourceIndex = ReadonlyMap<string, Resource>;

export function indexResources(resources: readonly Resource[]): ResourceIndex {
  return new Map(resources.map((r) => [r.address, r]));
}

/**
 * Resource types whose `id` the AWS provider sets to one of their arguments (`d.SetId(name)`):
 * `aws_cloudwatch_log_metric_filter.x.id` is the filter's name, which alarms name as a metric.
 */
const ID_ARGUMENT: Readonly<Record<string, string>> = {
  aws_cloudwatch_log_metric_filter: 'name',
  aws_cloudwatch_log_group: 'name',
  aws_cloudwatch_metric_alarm: 'alarm_name',
  aws_iam_user: 'name',
  aws_iam_role: 'name',
  aws_iam_group: 'name',
  aws_s3_bucket: 'bucket',
};

/**
 * Follows a value that is only a reference to another resource's configured argument
 * (`aws_iam_user.admin.name`) to that argument's value, when the estate declares it.
 * Computed attributes (arns, most ids) stay Unknown: the configuration does not hold them.
 */
export function resolveValue(value: Value | undefined, index: ResourceIndex): Value | undefined {
  if (!(value instanceof Unknown) || value.refs.length !== 1) return value;
  const ref = value.refs[0];
  if (!ref) return value;
  let path = [...ref.path];
  let resource = index.get(ref.address);
  const first = path[0];
  if (first !== undefined && (typeof first === 'number' || !resource)) {
    const instance = index.get(`${ref.address}[${JSON.stringify(first)}]`);
    if (instance) {
      resource = instance;
      path = path.slice(1);
    }
  }
  if (!resource || path.length === 0) return value;
  // `id` is computed, but for these types the AWS provider sets it to a configured argument.
  const idArgument = ID_ARGUMENT[resource.type];
  if (path.length === 1 && path[0] === 'id' && resource.values.id === undefined && idArgument !== undefined) {
    const configured = resource.values[idArgument];
    return typeof configured === 'string' ? configured : value;
  }
  let current: Value | undefined = resource.values;
  for (const segment of path) {
    if (current instanceof Unknown) return current;
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
    else if (current && typeof current === 'object' && !Array.isArray(current) && typeof segment === 'string')
      current = (current as Record<string, Value>)[segment];
    else return value;
    if (current === undefined) return value;
  }
  return current;
}
