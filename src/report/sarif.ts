import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location as SarifLocation, Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Severity } from '../model/finding.js';
import type { Location } from '../model/location.js';
import type { Rule } from '../rules/rule.js';
import type { ScanResult } from '../scan.js';
import { compareFindings, repoLocation, repoPath, type PathContext } from './annotations.js';
import { fenced } from './markdown.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub code scanning ranks alerts by this property: >= 9.0 critical, >= 7.0 high, >= 4.0 medium. */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
};

const LEVEL: Record<Severity, Result.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** The key of our fingerprint in `partialFingerprints`; bump the version if the recipe ever changes. */
export const FINGERPRINT_KEY = 'rootguardFinding/v1';

export interface SarifOptions extends PathContext {
  readonly rules: readonly Rule[];
  readonly version: string;
  /** The tool's home page (the Action's repository); omitted when unknown rather than invented. */
  readonly informationUri?: string;
  /** The scanned repository and commit, for `versionControlProvenance` (GitHub fills it in if absent). */
  readonly repositoryUri?: string;
  readonly revisionId?: string;
}

/**
 * Stable across runs: the rule, resource, file and message, never the line number, so an alert
 * survives code moving up or down and GitHub does not close and reopen it.
 */
export function fingerprint(
  ruleId: string,
  resource: string | undefined,
  file: string | undefined,
  message: string,
): string {
  return createHash('sha256')
    .update([ruleId, resource ?? '', file ?? '', message].join('\u0000'))
    .digest('hex');
}

function ruleDescriptor(rule: Rule): ReportingDescriptor {
  const markdown = [
    `**${rule.title}**`,
    '',
    rule.rationale,
    '',
    `**Fix:** ${rule.remediation}`,
    ...(rule.example
      ? ['', 'Before:', '', fenced(rule.example.bad), 'After:', '', fenced(rule.example.good)]
      : []),
    ...(rule.docs.length > 0 ? ['', 'References:', '', ...rule.docs.map((d) => `- <${d}>`)] : []),
  ].join('\n');
  const text = [
    rule.rationale,
    `Fix: ${rule.remediation}`,
    ...(rule.example ? [`Before:\n${rule.example.bad}`, `After:\n${rule.example.good}`] : []),
    ...(rule.docs.length > 0 ? [`References:\n${rule.docs.join('\n')}`] : []),
  ].join('\n\n');
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: { text, markdown },
    ...(rule.docs[0] ? { helpUri: rule.docs[0] } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[rule.severity],
      precision: 'high',
      tags: ['security', 'aws', 'terraform', 'root-user', `scope:${rule.scope}`],
    },
  };
}

/** `a b/c.tf` -> `a%20b/c.tf`: SARIF uris are URI references. */
function uriOf(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function physical(at: Location): SarifLocation {
  return {
    physicalLocation: {
      artifactLocation: { uri: uriOf(at.file), uriBaseId: '%SRCROOT%' },
      region: { startLine: Math.max(1, at.line) },
    },
  };
}

const ORGANIZATION = /(^|\.)aws_organizations_organization\.[^.]+$/;

/**
 * Where a finding without a place of its own goes: the place of its resource if another report has
 * it, else the file that declares the organization (organization-wide absences are about it).
 */
function fallbackPlaces(result: ScanResult): { byResource: Map<string, Location>; organization?: Location } {
  const byResource = new Map<string, Location>();
  let organization: Location | undefined;
  for (const item of [...result.findings, ...result.unverified]) {
    if (!item.resource || !item.location) continue;
    if (!byResource.has(item.resource)) byResource.set(item.resource, item.location);
    if (!organization && ORGANIZATION.test(item.resource)) organization = item.location;
  }
  return organization ? { byResource, organization } : { byResource };
}

function placeOf(f: Finding, places: ReturnType<typeof fallbackPlaces>): Location | undefined {
  return f.location ?? (f.resource ? places.byResource.get(f.resource) : undefined) ?? places.organization;
}

export function toSarif(result: ScanResult, options: SarifOptions): Log {
  const fired = new Set(result.findings.map((f) => f.ruleId));
  // Every rule is listed, so the code-scanning UI can show the full rule set; unknown ids are added after.
  const descriptors = options.rules.map(ruleDescriptor);
  for (const id of fired) {
    if (!options.rules.some((r) => r.id === id)) descriptors.push({ id, shortDescription: { text: id } });
  }
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const places = fallbackPlaces(result);
  const seen = new Map<string, number>();

  const results: Result[] = [...result.findings].sort(compareFindings).map((f) => {
    const at = repoLocation(placeOf(f, places), options);
    const base = fingerprint(f.ruleId, f.resource, at?.file, f.message);
    // Two identical findings in one file still need distinct fingerprints; order breaks the tie.
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? -1,
      level: LEVEL[f.severity],
      message: {
        text: f.resource && !f.message.includes(f.resource) ? `${f.message} (${f.resource})` : f.message,
      },
      ...(at ? { locations: [physical(at)] } : {}),
      partialFingerprints: { [FINGERPRINT_KEY]: n === 0 ? base : `${base}:${n}` },
      ...(f.suppressed
        ? {
            suppressions: [
              { kind: 'external' as const, ...(f.justification ? { justification: f.justification } : {}) },
            ],
          }
        : {}),
      properties: {
        severity: f.severity,
        source: f.source,
        ...(f.resource ? { resource: f.resource } : {}),
        'security-severity': SECURITY_SEVERITY[f.severity],
      },
    };
  });

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'RootGuard',
            semanticVersion: options.version,
            version: options.version,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: descriptors,
          },
        },
        // The uri base that results are relative to: the repository root (GitHub ignores the absolute part).
        ...(options.repositoryUri
          ? {
              versionControlProvenance: [
                {
                  repositoryUri: options.repositoryUri,
                  ...(options.revisionId ? { revisionId: options.revisionId } : {}),
                  mappedTo: { uriBaseId: '%SRCROOT%' },
                },
              ],
            }
          : {}),
        originalUriBaseIds: {
          '%SRCROOT%': { uri: `${pathToFileURL(path.resolve(options.workspace)).href.replace(/\/?$/, '/')}` },
        },
        invocations: [
          {
            executionSuccessful: result.errors.length === 0,
            toolExecutionNotifications: [
              ...result.errors.map((e) => ({
                level: 'error' as const,
                message: { text: e.message },
                // Rule crashes carry a pseudo file such as "(rule)": no place to point at.
                ...(e.file.startsWith('(')
                  ? {}
                  : { locations: [physical({ file: repoPath(e.file, options), line: e.line ?? 1 })] }),
              })),
              ...result.unverified.map((u) => {
                const at = repoLocation(u.location, options);
                return {
                  level: 'note' as const,
                  message: { text: `Unverified: ${u.reason}` },
                  ...(u.ruleId !== '*' && index.has(u.ruleId)
                    ? { associatedRule: { id: u.ruleId, index: index.get(u.ruleId) ?? -1 } }
                    : {}),
                  ...(at ? { locations: [physical(at)] } : {}),
                };
              }),
            ],
          },
        ],
        results,
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
}

export function renderSarif(result: ScanResult, options: SarifOptions): string {
  return `${JSON.stringify(toSarif(result, options), null, 2)}\n`;
}

/**
 * Writes a report file whole or not at all: a temporary file in the same directory, then a rename
 * (atomic on one file system), so an upload step never reads half a file. Used for SARIF and JSON.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const target = path.resolve(file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await fs.writeFile(temp, content, 'utf8');
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
