import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

/**
 * A finding's identity across runs: rule, resource, file and message, never the line, so that
 * moving a block (or adding lines above it) keeps baselines and code-scanning alerts matched.
 */
export function fingerprint(finding: Pick<Finding, 'ruleId' | 'resource' | 'location' | 'message'>): string {
  return createHash('sha256')
    .update(
      [finding.ruleId, finding.resource ?? '', finding.location?.file ?? '', finding.message].join('\u0000'),
    )
    .digest('hex')
    .slice(0, 32);
}
