import { blocks } from '../load/policy-document.js';
import type { Location } from '../model/location.js';
import { attributeLocation, type Resource } from '../model/resource.js';
import { Unknown, type Value, type ValueObject } from '../model/value.js';
import { finding, unverified, type Rule, type RuleReport } from './rule.js';

/*
 * S3 accepts a change to MFA delete only from the bucket owner's root user, with the root user's
 * MFA device serial and a current code (the x-amz-mfa header, the provider's `mfa` argument).
 * A pipeline that applies it therefore holds root credentials and a root MFA code: the thing
 * every other rule here tries to make impossible.
 */

interface Versioning {
  /** Where the block sits in the resource's values. */
  readonly block: string;
  /** `versioning_configuration.mfa_delete` (attribute line key). */
  readonly attribute: string;
  /** Whether a value turns MFA delete on. */
  readonly enables: (value: Value | undefined) => boolean;
  /** How the setting is written, for messages. */
  readonly written: string;
}

const VERSIONING: Readonly<Record<string, Versioning>> = {
  aws_s3_bucket_versioning: {
    block: 'versioning_configuration',
    attribute: 'versioning_configuration.mfa_delete',
    enables: (v) => v === 'Enabled',
    written: 'versioning_configuration { mfa_delete = "Enabled" }',
  },
  // The aws_s3_bucket `versioning` block of AWS provider 3.x (deprecated since 4.0).
  aws_s3_bucket: {
    block: 'versioning',
    attribute: 'versioning.mfa_delete',
    enables: (v) => v === true || v === 'true',
    written: 'versioning { mfa_delete = true }',
  },
};

/** The `mfa_delete` value of each versioning block; `dynamic` blocks keep theirs under `content`. */
function mfaDeleteValues(values: ValueObject | null | undefined, spec: Versioning): Value[] {
  if (!values) return [];
  const block = values[spec.block];
  if (block instanceof Unknown) return [block];
  return blocks(block).flatMap((b) => {
    const direct = b.mfa_delete;
    if (direct !== undefined) return [direct];
    return blocks(b.content).flatMap((c) => (c.mfa_delete !== undefined ? [c.mfa_delete] : []));
  });
}

function mfaDeleteLocation(r: Resource, spec: Versioning): Location {
  const dynamic = `${spec.block}.content.mfa_delete`;
  return r.attributeLines[spec.attribute] !== undefined
    ? attributeLocation(r, spec.attribute)
    : attributeLocation(r, r.attributeLines[dynamic] !== undefined ? dynamic : spec.block);
}

/**
 * Whether applying this resource sends MFA delete to S3. HCL (no action): the configuration sets
 * it, so the first apply does. Plans: a create or replace does, and so does an update that
 * changes the versioning block; a no-op or an update elsewhere does not touch it (a bucket whose
 * MFA delete was enabled by hand reads back as Enabled: that is the recommended setup).
 */
function appliesIt(r: Resource, spec: Versioning): boolean {
  if (r.action === undefined || r.action === 'create' || r.action === 'replace') return true;
  if (r.action !== 'update') return false;
  return JSON.stringify(r.before?.[spec.block] ?? null) !== JSON.stringify(r.values[spec.block] ?? null);
}

function check(r: Resource): RuleReport[] {
  const spec = VERSIONING[r.type];
  if (!spec || r.mode !== 'managed') return [];
  // In a plan a configured block has known values (only what it references can be unknown); a
  // wholly unknown one is the provider's computed default, which every aws_s3_bucket created
  // with provider 4+ has, and which enables nothing.
  if (r.origin === 'plan' && r.values[spec.block] instanceof Unknown && spec.block === 'versioning')
    return [];
  const values = mfaDeleteValues(r.values, spec);
  const location = mfaDeleteLocation(r, spec);
  const unknown = values.find((v): v is Unknown => v instanceof Unknown);
  if (!values.some((v) => spec.enables(v))) {
    // Turning it off needs the root user's MFA just as much as turning it on.
    if (r.action === 'update' && mfaDeleteValues(r.before, spec).some((v) => spec.enables(v)) && !unknown) {
      return [
        finding(
          `${r.address} turns MFA delete off through Terraform: S3 accepts that only from the bucket owner's root user with the root MFA device's serial and a current code, so this apply needs root credentials and the root MFA in the pipeline. Change it by hand as root, and keep mfa_delete out of Terraform (lifecycle { ignore_changes = [${spec.block}] }).`,
          { resource: r.address, location, source: r.origin },
        ),
      ];
    }
    if (unknown === undefined) return [];
    return [
      unverified(`whether ${r.address} enables MFA delete is not known: ${unknown.reason}`, {
        resource: r.address,
        location,
      }),
    ];
  }
  if (!appliesIt(r, spec)) return [];
  const change =
    r.action === 'update' ? 'changes the versioning of' : r.action === undefined ? 'sets' : 'creates';
  return [
    finding(
      `${r.address} ${change} ${spec.written} through Terraform: S3 accepts that only from the bucket owner's root user with the root MFA device's serial and a current code, so the pipeline that applies it must hold root credentials and the root MFA. Enable MFA delete once by hand as root (aws s3api put-bucket-versioning --mfa ...) and keep it out of Terraform (omit mfa_delete, lifecycle { ignore_changes = [${spec.block}] }), or protect the objects with S3 Object Lock or an SCP that denies s3:DeleteObjectVersion instead.`,
      { resource: r.address, location, source: r.origin },
    ),
  ];
}

export const rule: Rule = {
  id: 'RG007',
  name: 'mfa-delete-needs-root',
  severity: 'low',
  scope: 'any',
  title: 'S3 MFA delete managed by Terraform needs root credentials in the pipeline',
  rationale:
    'Only the root user, signed in with its MFA device, can turn S3 MFA delete on or off, so a Terraform configuration that sets it can only be applied with root credentials and a root MFA code in CI. That turns the most powerful credential in the account into a pipeline secret, for a setting that changes once.',
  remediation:
    'Remove mfa_delete from Terraform: enable it once by hand as the root user (aws s3api put-bucket-versioning --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "<root MFA serial> <code>") and add lifecycle { ignore_changes = [versioning_configuration] } so Terraform leaves it alone. Where the goal is undeletable data, use S3 Object Lock (aws_s3_bucket_object_lock_configuration) or an SCP that denies s3:DeleteObjectVersion and s3:PutBucketVersioning, which need no root user.',
  example: {
    bad: [
      'resource "aws_s3_bucket_versioning" "audit" {',
      '  bucket = aws_s3_bucket.audit.id',
      '  mfa    = var.root_mfa_serial_and_code',
      '  versioning_configuration {',
      '    status     = "Enabled"',
      '    mfa_delete = "Enabled"',
      '  }',
      '}',
    ].join('\n'),
    good: [
      'resource "aws_s3_bucket_versioning" "audit" {',
      '  bucket = aws_s3_bucket.audit.id',
      '  versioning_configuration {',
      '    status = "Enabled"',
      '    # MFA delete was enabled once by the root user with aws s3api put-bucket-versioning --mfa',
      '  }',
      '  lifecycle {',
      '    ignore_changes = [versioning_configuration]',
      '  }',
      '}',
      '',
      'resource "aws_s3_bucket_object_lock_configuration" "audit" {',
      '  bucket = aws_s3_bucket.audit.id',
      '  rule {',
      '    default_retention {',
      '      mode = "GOVERNANCE"',
      '      days = 365',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  docs: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingMFADelete.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning',
  ],
  check(ctx) {
    return ctx.resources.flatMap(check);
  },
};
