import type { Location } from '../model/location.js';
import { Unknown, knownStrings } from '../model/value.js';
import { unreadModules } from '../model/org.js';
import { CENTRALIZED_ROOT_ACCESS } from './examples.js';
import { finding, unverified, type Rule, type RuleReport } from './rule.js';

export const REQUIRED_ROOT_FEATURES = ['RootCredentialsManagement', 'RootSessions'] as const;
const IAM_SERVICE = 'iam.amazonaws.com';

function at(
  resource: string | undefined,
  location: Location | undefined,
): { resource?: string; location?: Location } {
  return { ...(resource ? { resource } : {}), ...(location ? { location } : {}) };
}

export const rule: Rule = {
  id: 'RG004',
  name: 'centralized-root-access-disabled',
  severity: 'high',
  scope: 'organization',
  title: 'Centralized root access for member accounts is not enabled',
  rationale:
    'With centralized root access, member accounts have no root password or keys to steal, and privileged root tasks run as short sessions from the management account. Without it, every member account keeps a recoverable root user.',
  remediation:
    'Enable trusted access for iam.amazonaws.com, keep feature_set = "ALL", and declare aws_iam_organizations_features with enabled_features = ["RootCredentialsManagement", "RootSessions"].',
  example: {
    bad: 'resource "aws_organizations_organization" "org" {\n  feature_set = "ALL"\n}',
    good: CENTRALIZED_ROOT_ACCESS,
  },
  docs: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-enable-root-access.html',
    'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_organizations_features',
  ],
  check(ctx) {
    const { organization, iamFeatures } = ctx.org;
    const reports: RuleReport[] = [];
    const orgPlace = at(organization?.resource, organization?.location);
    const source = iamFeatures?.origin ?? organization?.origin ?? 'hcl';

    if (!iamFeatures && !organization) {
      // An SCP-only stack: the organization and its features are managed somewhere else.
      return [
        unverified(
          'centralized root access cannot be checked: the scanned sources declare neither aws_organizations_organization nor aws_iam_organizations_features',
        ),
      ];
    }
    const unread = iamFeatures ? undefined : unreadModules(ctx.org);
    if (unread) {
      reports.push(
        unverified(`no aws_iam_organizations_features in the scanned sources, but ${unread}`, orgPlace),
      );
    } else if (!iamFeatures) {
      reports.push(
        finding(
          'No aws_iam_organizations_features enables RootCredentialsManagement and RootSessions: member accounts keep recoverable root credentials.',
          { ...orgPlace, source },
        ),
      );
    } else {
      const features = knownStrings(iamFeatures.enabledFeatures);
      const where = at(iamFeatures.resource, iamFeatures.enabledFeaturesLocation ?? iamFeatures.location);
      if ('unknown' in features) {
        reports.push(
          unverified(
            `enabled_features of ${iamFeatures.resource ?? 'the organization'} is not known: ${features.unknown}`,
            where,
          ),
        );
      } else {
        const missing = REQUIRED_ROOT_FEATURES.filter((f) => !features.items.includes(f));
        if (missing.length > 0) {
          reports.push(
            finding(
              `${iamFeatures.resource ?? 'The organization'} does not enable ${missing.join(' or ')}.`,
              {
                ...where,
                source: iamFeatures.origin,
              },
            ),
          );
        }
      }
    }

    if (organization) {
      const principals = knownStrings(organization.servicePrincipals);
      const line = organization.lines.aws_service_access_principals ?? organization.location;
      if ('unknown' in principals) {
        reports.push(
          unverified(
            `aws_service_access_principals is not known: ${principals.unknown}`,
            at(organization.resource, line),
          ),
        );
      } else if (!principals.items.includes(IAM_SERVICE)) {
        reports.push(
          finding(
            `${organization.resource ?? 'The organization'} does not enable trusted access for ${IAM_SERVICE}, which centralized root access requires.`,
            { ...at(organization.resource, line), source: organization.origin },
          ),
        );
      }
      const featureSet = organization.featureSet;
      const fsLine = organization.lines.feature_set ?? organization.location;
      if (featureSet instanceof Unknown) {
        reports.push(
          unverified(`feature_set is not known: ${featureSet.reason}`, at(organization.resource, fsLine)),
        );
      } else if (featureSet !== 'ALL') {
        reports.push(
          finding(
            `${organization.resource ?? 'The organization'} has feature_set = "${String(featureSet)}": SCPs and centralized root access need "ALL".`,
            { ...at(organization.resource, fsLine), source: organization.origin },
          ),
        );
      }
    } else if (iamFeatures) {
      reports.push(
        unverified(
          `trusted access for ${IAM_SERVICE} cannot be checked: the scanned sources do not declare aws_organizations_organization`,
          at(iamFeatures.resource, iamFeatures.location),
        ),
      );
    }
    return reports;
  },
};
