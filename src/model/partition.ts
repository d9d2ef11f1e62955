/**
 * AWS partitions as Terraform's AWS provider derives them from a region (the AWS SDK's partitions
 * table): what `data "aws_partition"` returns for a provider configured with that region.
 */

/** Region prefixes of the partitions other than `aws`. */
const REGION_PARTITIONS: readonly [RegExp, string][] = [
  [/^us-gov-/, 'aws-us-gov'],
  [/^cn-/, 'aws-cn'],
  [/^us-isob-/, 'aws-iso-b'],
  [/^us-iso-/, 'aws-iso'],
  [/^eu-isoe-/, 'aws-iso-e'],
  [/^us-isof-/, 'aws-iso-f'],
  [/^eusc-/, 'aws-eusc'],
];
const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d+$/;

/** The partition of a region name; undefined for anything that is not one. */
export function regionPartition(region: string): string | undefined {
  if (!REGION.test(region)) return undefined;
  return REGION_PARTITIONS.find(([prefix]) => prefix.test(region))?.[1] ?? 'aws';
}

export interface PartitionAttributes {
  readonly id: string;
  readonly partition: string;
  readonly dns_suffix: string;
  readonly reverse_dns_prefix: string;
}

/** The DNS names of the commercial, China and GovCloud partitions; the isolated ones are not listed. */
const DNS: Readonly<Record<string, readonly [suffix: string, reversePrefix: string]>> = {
  aws: ['amazonaws.com', 'com.amazonaws'],
  'aws-cn': ['amazonaws.com.cn', 'cn.com.amazonaws'],
  'aws-us-gov': ['amazonaws.com', 'com.amazonaws'],
};

/** The attributes of `data "aws_partition"` in a partition, when all of them are known here. */
export function partitionAttributes(partition: string): PartitionAttributes | undefined {
  const dns = DNS[partition];
  if (dns === undefined) return undefined;
  return { id: partition, partition, dns_suffix: dns[0], reverse_dns_prefix: dns[1] };
}
