import * as yaml from 'js-yaml';
import * as z from 'zod';
import type { ConfigOutcome, IgnoreEntry } from './config.js';
import { SEVERITIES, type ScanError, type Severity } from './model/finding.js';
import { lineOfPath, yamlLines } from './yaml-lines.js';

/* The .rootguard.yml schema and its checks, loaded only when a config file exists. */

const RULE_ID = /^RG\d{3}$/;

/** A date written YYYY-MM-DD that exists on the calendar (2027-02-30 does not). */
const isoDate = z.string().refine(
  (text) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  },
  { message: 'expected a date written YYYY-MM-DD' },
);

const severity = z.enum(SEVERITIES, { message: `expected one of ${SEVERITIES.join(', ')}` });

const ruleSetting = z.union(
  [
    z.enum(['off', 'on']),
    z.boolean(),
    severity,
    z.strictObject({ enabled: z.boolean().optional(), severity: severity.optional() }),
  ],
  { message: 'expected off, on, a severity, or { enabled, severity }' },
);

const ignoreEntry = z.strictObject({
  rule: z.string().regex(RULE_ID, { message: 'expected a rule id such as RG002' }),
  resource: z.string().min(1).optional(),
  path: z.string().min(1).optional(),
  reason: z.string({ message: 'a reason is required: say why this is accepted' }).trim().min(1, {
    message: 'a reason is required: say why this is accepted',
  }),
  expires: isoDate.optional(),
});

const schema = z.strictObject({
  scope: z
    .enum(['auto', 'organization', 'workload'], { message: 'expected auto, organization or workload' })
    .optional(),
  'management-account-id': z
    .string()
    .regex(/^\d{12}$/, { message: 'expected a 12-digit AWS account id in quotes' })
    .optional(),
  'fail-on': z
    .enum([...SEVERITIES, 'none'], { message: 'expected critical, high, medium, low or none' })
    .optional(),
  rules: z.record(z.string(), ruleSetting).optional(),
  exclude: z.array(z.string().min(1)).optional(),
  ignore: z.array(ignoreEntry).optional(),
});

export function parseConfig(text: string, display: string, ruleIds: readonly string[]): ConfigOutcome {
  let raw: unknown;
  try {
    raw = yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (e) {
    const err = e as { mark?: { line?: number }; reason?: string; message: string };
    const line = err.mark?.line !== undefined ? err.mark.line + 1 : undefined;
    return {
      ok: false,
      errors: [
        {
          file: display,
          ...(line !== undefined ? { line } : {}),
          message: `invalid YAML: ${err.reason ?? err.message}`,
        },
      ],
    };
  }
  const lines = yamlLines(text);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        const at = keys.length > 0 ? [...issue.path, keys[0] ?? ''] : issue.path;
        const where = at.length > 0 ? at.map(String).join('.') : '(top level)';
        const line = lineOfPath(lines, at as (string | number)[]);
        const message =
          issue.code === 'unrecognized_keys'
            ? `${where}: unknown key; expected one of ${expectedKeys(issue.path as (string | number)[])}`
            : `${where}: ${issue.message}`;
        return { file: display, ...(line !== undefined ? { line } : {}), message };
      }),
    };
  }
  const data = parsed.data;
  const errors: ScanError[] = [];
  const known = new Set(ruleIds);
  const disabledRules = new Set<string>();
  const severityOverrides = new Map<string, Severity>();
  for (const [id, setting] of Object.entries(data.rules ?? {})) {
    if (!known.has(id)) {
      const line = lineOfPath(lines, ['rules', id]);
      errors.push({
        file: display,
        ...(line !== undefined ? { line } : {}),
        message: `rules.${id}: unknown rule id; expected one of ${ruleIds.join(', ')}`,
      });
      continue;
    }
    if (setting === 'off' || setting === false || (typeof setting === 'object' && setting.enabled === false))
      disabledRules.add(id);
    const sev =
      typeof setting === 'string' && setting !== 'off' && setting !== 'on'
        ? setting
        : typeof setting === 'object'
          ? setting.severity
          : undefined;
    if (sev !== undefined) severityOverrides.set(id, sev);
  }
  const ignore: IgnoreEntry[] = [];
  (data.ignore ?? []).forEach((entry, index) => {
    const line = lineOfPath(lines, ['ignore', index]);
    if (!known.has(entry.rule)) {
      errors.push({
        file: display,
        ...(line !== undefined ? { line } : {}),
        message: `ignore.${index}.rule: unknown rule id "${entry.rule}"`,
      });
      return;
    }
    ignore.push({ ...entry, ...(line !== undefined ? { line } : {}) });
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      file: display,
      ...(data.scope !== undefined ? { scope: data.scope } : {}),
      ...(data['management-account-id'] !== undefined
        ? { managementAccountId: data['management-account-id'] }
        : {}),
      ...(data['fail-on'] !== undefined ? { failOn: data['fail-on'] } : {}),
      disabledRules,
      severityOverrides,
      exclude: data.exclude ?? [],
      ignore,
    },
  };
}

function expectedKeys(parent: readonly (string | number)[]): string {
  if (parent.length === 0) return Object.keys(schema.shape).join(', ');
  if (parent[0] === 'ignore') return Object.keys(ignoreEntry.shape).join(', ');
  return 'enabled, severity';
}
