import { blocks } from '../load/policy-document.js';
import {
  alternatives,
  eventPatternField,
  parseEventPattern,
  parseFilterPattern,
  termText,
  wildcardMatches,
  type FilterTerm,
} from '../model/cloudwatch-pattern.js';
import type { Location } from '../model/location.js';
import { organizationPlace, unreadModules, type OrgModel } from '../model/org.js';
import { indexResources, resolveValue, type ResourceIndex } from '../model/resolve.js';
import { attributeLocation, type Resource } from '../model/resource.js';
import { Unknown, knownStrings, type Value } from '../model/value.js';
import { finding, unverified, type Rule, type RuleReport } from './rule.js';

/*
 * RG009 asks one question of the estate: does anything alert a human when the root user acts?
 * Two shapes answer yes:
 *   - a CloudWatch Logs metric filter whose pattern matches every root user event the CIS
 *     filter matches, with a metric alarm on its metric that notifies someone;
 *   - an EventBridge rule whose pattern selects detail.userIdentity.type "Root", with a target.
 * Patterns are judged by meaning, not text. Anything that could be the answer but depends on a
 * value not known statically makes the rule unverified instead of a finding.
 */

const CIS_PATTERN =
  '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }';

const TYPE = '$.userIdentity.type';
const INVOKED_BY = '$.userIdentity.invokedBy';
const EVENT_TYPE = '$.eventType';
const ARN = '$.userIdentity.arn';
const ASSUMED_ROOT = '$.userIdentity.sessionContext.assumedRoot';

type Tri = 'yes' | 'no' | { readonly unknown: string };

const isUnknownTri = (t: Tri): t is { readonly unknown: string } => typeof t === 'object';

/** A term that selects the root user: `$.userIdentity.type = "Root"` (wildcards allowed). */
function selectsRoot(term: FilterTerm): boolean {
  return (
    term.kind === 'compare' &&
    term.selector === TYPE &&
    term.op === '=' &&
    term.value.kind === 'string' &&
    wildcardMatches(term.value.text, 'Root')
  );
}

/**
 * Whether a term holds for every event the CIS filter matches: the root user's own activity
 * (type Root, not invoked by a service, not an AWS service event). Exclusions of sts:AssumeRoot
 * sessions also hold for it: the root user's own ARN is never an assumed-root session.
 */
function holdsForRootActivity(term: FilterTerm): boolean {
  const text = term.kind === 'compare' && term.value.kind === 'string' ? term.value.text : undefined;
  switch (term.selector) {
    case TYPE:
      if (term.kind === 'exists') return term.exists;
      if (term.kind !== 'compare' || text === undefined) return false;
      return term.op === '='
        ? wildcardMatches(text, 'Root')
        : term.op === '!=' && !wildcardMatches(text, 'Root');
    case INVOKED_BY:
      return term.kind === 'exists' && !term.exists;
    case EVENT_TYPE:
      // Root activity is recorded as AwsApiCall, AwsConsoleSignIn, AwsConsoleAction...: only
      // excluding service events is implied, any other condition on eventType narrows.
      return term.kind === 'compare' && term.op === '!=' && text === 'AwsServiceEvent';
    case ARN:
      return (
        term.kind === 'compare' && term.op === '!=' && text !== undefined && text.includes('assumed-root')
      );
    case ASSUMED_ROOT:
      return (
        (term.kind === 'exists' && !term.exists) ||
        (term.kind === 'compare' && term.op === '!=' && text === 'true')
      );
    default:
      return false;
  }
}

type FilterCoverage =
  | { readonly kind: 'covers' }
  /** Selects root, but only together with conditions that drop some root activity. */
  | { readonly kind: 'partial'; readonly narrowing: readonly string[] }
  | { readonly kind: 'unrelated' }
  | { readonly kind: 'unknown'; readonly reason: string };

function filterCoverage(filter: Resource): FilterCoverage {
  const pattern = filter.values.pattern;
  if (pattern instanceof Unknown)
    return { kind: 'unknown', reason: `the pattern of ${filter.address} is not known: ${pattern.reason}` };
  if (typeof pattern !== 'string') return { kind: 'unrelated' };
  const parsed = parseFilterPattern(pattern);
  if (parsed.kind === 'text') return { kind: 'unrelated' };
  if (parsed.kind === 'invalid') {
    // A pattern CloudWatch would reject cannot alarm on anything; one that merely uses syntax
    // RootGuard does not read may, so it is undecided when it mentions the root user at all.
    return pattern.includes('Root')
      ? { kind: 'unknown', reason: `the pattern of ${filter.address} could not be read: ${parsed.error}` }
      : { kind: 'unrelated' };
  }
  const alts = alternatives(parsed.expression);
  if (alts === undefined)
    return { kind: 'unknown', reason: `the pattern of ${filter.address} has too many alternatives to judge` };
  let narrowest: string[] | undefined;
  for (const alt of alts) {
    if (!alt.some(selectsRoot)) continue;
    const extra = alt.filter((t) => !holdsForRootActivity(t));
    if (extra.length === 0) return { kind: 'covers' };
    const texts = extra.map(termText);
    if (narrowest === undefined || texts.length < narrowest.length) narrowest = texts;
  }
  return narrowest ? { kind: 'partial', narrowing: narrowest } : { kind: 'unrelated' };
}

/** Strips an instance key: `aws_x.y["a"]` -> `aws_x.y`. */
function baseAddress(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '');
}

/** Whether a value is a reference to `field` of `target` (`aws_x.y.metric_transformation[0].name`). */
function refersTo(value: Value | undefined, target: Resource, field: string): boolean {
  if (!(value instanceof Unknown)) return false;
  return value.refs.some(
    (ref) =>
      (ref.address === target.address || ref.address === baseAddress(target.address)) &&
      (ref.path.length === 0 || ref.path.includes(field)),
  );
}

/** Whether two configured values are the same string, following references where they lead. */
function sameString(
  own: Value | undefined,
  other: Value | undefined,
  owner: Resource,
  field: string,
  index: ResourceIndex,
  label: string,
): Tri {
  if (refersTo(other, owner, field)) return 'yes';
  const resolved = resolveValue(other, index);
  if (resolved instanceof Unknown) return { unknown: `${label} is not known: ${resolved.reason}` };
  if (own instanceof Unknown) return { unknown: `${label} is not known: ${own.reason}` };
  if (typeof own !== 'string' || typeof resolved !== 'string') return 'no';
  return own === resolved ? 'yes' : 'no';
}

function both(a: Tri, b: Tri): Tri {
  if (a === 'no' || b === 'no') return 'no';
  if (isUnknownTri(a)) return a;
  if (isUnknownTri(b)) return b;
  return 'yes';
}

interface AlarmMetric {
  readonly name: Value | undefined;
  readonly namespace: Value | undefined;
}

/** The metrics an alarm watches: its own metric_name/namespace and any metric_query metrics. */
function alarmMetrics(alarm: Resource): AlarmMetric[] {
  const out: AlarmMetric[] = [];
  if (alarm.values.metric_name !== undefined && alarm.values.metric_name !== null)
    out.push({ name: alarm.values.metric_name, namespace: alarm.values.namespace });
  for (const query of blocks(alarm.values.metric_query))
    for (const metric of blocks(query.metric))
      out.push({ name: metric.metric_name, namespace: metric.namespace });
  return out;
}

/** Whether the alarm tells anyone: actions enabled and at least one alarm action. */
function notifies(alarm: Resource): Tri {
  if (alarm.values.actions_enabled === false) return 'no';
  const actions = alarm.values.alarm_actions;
  if (actions instanceof Unknown)
    return { unknown: `alarm_actions of ${alarm.address} is not known: ${actions.reason}` };
  return Array.isArray(actions) && actions.length > 0 ? 'yes' : 'no';
}

interface Watch {
  readonly verdict: Tri;
  /** Alarms on the filter's metric that notify no one. */
  readonly silent: readonly Resource[];
}

/** Whether some alarm that notifies someone watches the metric the filter produces. */
function watched(filter: Resource, alarms: readonly Resource[], index: ResourceIndex): Watch {
  const silent: Resource[] = [];
  let unknown: string | undefined;
  for (const transformation of blocks(filter.values.metric_transformation)) {
    for (const alarm of alarms) {
      for (const metric of alarmMetrics(alarm)) {
        const label = `whether ${alarm.address} watches the metric of ${filter.address}`;
        const match = both(
          sameString(transformation.name, metric.name, filter, 'name', index, `${label}: the metric name`),
          sameString(
            transformation.namespace,
            metric.namespace,
            filter,
            'namespace',
            index,
            `${label}: the namespace`,
          ),
        );
        if (match === 'no') continue;
        const tells = notifies(alarm);
        if (match === 'yes' && tells === 'yes') return { verdict: 'yes', silent };
        if (match === 'yes' && tells === 'no') silent.push(alarm);
        else
          unknown ??= isUnknownTri(match) ? match.unknown : isUnknownTri(tells) ? tells.unknown : undefined;
      }
    }
  }
  return { verdict: unknown !== undefined ? { unknown } : 'no', silent };
}

type RuleCoverage = 'covers' | 'unrelated' | { readonly unknown: string };

function eventRuleCoverage(rule: Resource): RuleCoverage {
  const pattern = rule.values.event_pattern;
  if (pattern instanceof Unknown)
    return { unknown: `the event_pattern of ${rule.address} is not known: ${pattern.reason}` };
  if (typeof pattern !== 'string') return 'unrelated'; // a schedule rule
  const parsed = parseEventPattern(pattern);
  if (parsed.kind === 'invalid')
    return pattern.includes('Root')
      ? { unknown: `the event_pattern of ${rule.address} could not be read: ${parsed.error}` }
      : 'unrelated';
  return eventPatternField(parsed.pattern, ['detail', 'userIdentity', 'type'], 'Root') === 'accepts'
    ? 'covers'
    : 'unrelated';
}

function disabled(rule: Resource): boolean {
  return rule.values.state === 'DISABLED' || rule.values.is_enabled === false;
}

/** Whether a target sends the rule's events somewhere. */
function targets(rule: Resource, target: Resource, index: ResourceIndex): Tri {
  const named = target.values.rule;
  if (refersTo(named, rule, 'name') || refersTo(named, rule, 'id')) return 'yes';
  const resolved = resolveValue(named, index);
  if (resolved instanceof Unknown)
    return { unknown: `the rule of ${target.address} is not known: ${resolved.reason}` };
  const ruleName = rule.values.name;
  if (typeof resolved !== 'string' || typeof ruleName !== 'string' || resolved !== ruleName) return 'no';
  const busOf = (r: Resource): Value | undefined => r.values.event_bus_name ?? 'default';
  const targetBus = resolveValue(busOf(target), index);
  const ruleBus = resolveValue(busOf(rule), index);
  return typeof targetBus === 'string' && typeof ruleBus === 'string' && targetBus !== ruleBus ? 'no' : 'yes';
}

function place(r: Resource, location: Location = r.location): { resource: string; location: Location } {
  return { resource: r.address, location };
}

function rootSessionsEnabled(org: OrgModel): boolean {
  const features = knownStrings(org.iamFeatures?.enabledFeatures);
  return 'items' in features && features.items.includes('RootSessions');
}

function quoted(value: Value | undefined): string {
  return typeof value === 'string' ? `"${value}"` : 'an unknown value';
}

export const rule: Rule = {
  id: 'RG009',
  name: 'root-activity-unmonitored',
  severity: 'low',
  scope: 'organization',
  title: 'No alarm on root user activity',
  rationale:
    'Once the root user is locked away, any root sign-in or API call is either a planned break-glass task or someone who recovered the password, and only an alarm tells you which before the damage shows. CloudTrail records root activity, but without a metric filter and alarm (or an EventBridge rule with a target) nobody is told.',
  remediation: `Send the organization trail to CloudWatch Logs and add an aws_cloudwatch_log_metric_filter with the CIS pattern ${CIS_PATTERN}, plus an aws_cloudwatch_metric_alarm on its metric (same metric_name and namespace) whose alarm_actions notify an SNS topic someone reads. Alternatively, add an aws_cloudwatch_event_rule whose event_pattern matches {"detail": {"userIdentity": {"type": ["Root"]}}} and an aws_cloudwatch_event_target that delivers it. With RootSessions enabled, exclude sts:AssumeRoot sessions from the alarm so planned privileged tasks do not page on-call, and track them through the AssumeRoot events instead.`,
  example: {
    bad: [
      'resource "aws_cloudwatch_log_metric_filter" "root_usage" {',
      '  name           = "root-usage"',
      '  log_group_name = aws_cloudwatch_log_group.cloudtrail.name',
      `  pattern        = ${JSON.stringify(CIS_PATTERN)}`,
      '  metric_transformation {',
      '    name      = "RootUsage"',
      '    namespace = "CISBenchmark"',
      '    value     = "1"',
      '  }',
      '}',
      '# no alarm watches CISBenchmark/RootUsage: the metric counts, nobody is told',
    ].join('\n'),
    good: [
      'resource "aws_cloudwatch_log_metric_filter" "root_usage" {',
      '  name           = "root-usage"',
      '  log_group_name = aws_cloudwatch_log_group.cloudtrail.name',
      `  pattern        = ${JSON.stringify(CIS_PATTERN)}`,
      '  metric_transformation {',
      '    name      = "RootUsage"',
      '    namespace = "CISBenchmark"',
      '    value     = "1"',
      '  }',
      '}',
      '',
      'resource "aws_cloudwatch_metric_alarm" "root_usage" {',
      '  alarm_name          = "root-usage"',
      '  metric_name         = aws_cloudwatch_log_metric_filter.root_usage.metric_transformation[0].name',
      '  namespace           = aws_cloudwatch_log_metric_filter.root_usage.metric_transformation[0].namespace',
      '  statistic           = "Sum"',
      '  period              = 300',
      '  evaluation_periods  = 1',
      '  threshold           = 1',
      '  comparison_operator = "GreaterThanOrEqualToThreshold"',
      '  treat_missing_data  = "notBreaching"',
      '  alarm_actions       = [aws_sns_topic.security_alerts.arn]',
      '}',
    ].join('\n'),
  },
  docs: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-track-privileged-tasks.html',
    'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html',
  ],
  check(ctx) {
    const index = indexResources(ctx.resources);
    const managed = (type: string): Resource[] =>
      ctx.resources.filter((r) => r.mode === 'managed' && r.type === type);
    const filters = managed('aws_cloudwatch_log_metric_filter');
    const alarms = managed('aws_cloudwatch_metric_alarm');
    const eventRules = managed('aws_cloudwatch_event_rule');
    const eventTargets = managed('aws_cloudwatch_event_target');

    const undecided: { reason: string; at: Resource }[] = [];
    /** Configurations that come close, in the words a reviewer needs to finish them. */
    const nearMisses: { text: string; at: Resource; location?: Location }[] = [];

    for (const filter of filters) {
      const coverage = filterCoverage(filter);
      if (coverage.kind === 'unrelated') continue;
      const watch = watched(filter, alarms, index);
      if (coverage.kind === 'covers' && watch.verdict === 'yes') return [];
      if (coverage.kind === 'unknown') {
        // An unreadable pattern matters only if an alarm (maybe) watches its metric.
        if (watch.verdict !== 'no') undecided.push({ reason: coverage.reason, at: filter });
        continue;
      }
      if (coverage.kind === 'partial') {
        nearMisses.push({
          text: `${filter.address} matches root activity only when also ${coverage.narrowing.join(' && ')}`,
          at: filter,
          location: attributeLocation(filter, 'pattern'),
        });
        continue;
      }
      if (isUnknownTri(watch.verdict)) {
        undecided.push({ reason: watch.verdict.unknown, at: filter });
        continue;
      }
      const metric = blocks(filter.values.metric_transformation)[0];
      const what = `its metric ${quoted(metric?.name)} in namespace ${quoted(metric?.namespace)}`;
      nearMisses.push({
        text:
          watch.silent.length > 0
            ? `${filter.address} matches root activity and ${watch.silent.map((a) => a.address).join(', ')} watches ${what}, but without alarm_actions (or with actions_enabled = false) it notifies no one`
            : `${filter.address} matches root activity, but no aws_cloudwatch_metric_alarm watches ${what}${otherAlarms(alarms, index)}`,
        at: filter,
      });
    }

    for (const eventRule of eventRules) {
      const coverage = eventRuleCoverage(eventRule);
      if (coverage === 'unrelated') continue;
      const verdicts = eventTargets.map((t) => targets(eventRule, t, index));
      const hasTarget: Tri = verdicts.includes('yes') ? 'yes' : (verdicts.find(isUnknownTri) ?? 'no');
      if (coverage === 'covers' && hasTarget === 'yes' && !disabled(eventRule)) return [];
      if (disabled(eventRule)) {
        if (coverage === 'covers')
          nearMisses.push({
            text: `${eventRule.address} matches root events but is disabled`,
            at: eventRule,
          });
        continue;
      }
      if (typeof coverage === 'object') {
        if (hasTarget !== 'no') undecided.push({ reason: coverage.unknown, at: eventRule });
        continue;
      }
      if (isUnknownTri(hasTarget)) {
        undecided.push({ reason: hasTarget.unknown, at: eventRule });
        continue;
      }
      nearMisses.push({
        text: `${eventRule.address} matches root events, but no aws_cloudwatch_event_target sends them anywhere`,
        at: eventRule,
      });
    }

    if (undecided.length > 0) {
      return undecided.map(({ reason, at }) =>
        unverified(`whether root user activity raises an alarm is not known: ${reason}`, place(at)),
      );
    }

    const first = nearMisses[0];
    const declared = ctx.org.organization !== undefined && ctx.org.organization.origin !== 'live';
    if (!first && !declared) {
      // Alarms usually live in a logging stack: without the organization here, absence proves nothing.
      return [
        unverified(
          ctx.org.organization?.origin === 'live'
            ? 'root activity alarms are read from Terraform, not from the live organization: scan the stack that manages the CloudTrail alarms'
            : 'no root activity alarm in the scanned sources, which do not declare the organization either: scan the stack that manages the CloudTrail alarms with it',
        ),
      ];
    }
    const unread = first ? undefined : unreadModules(ctx.org);
    if (unread) {
      return [
        unverified(
          `no root activity alarm in the scanned sources, but ${unread}`,
          organizationPlace(ctx.org),
        ),
      ];
    }
    const where = first ? place(first.at, first.location) : organizationPlace(ctx.org);
    const source = first?.at.origin ?? ctx.org.organization?.origin ?? 'hcl';
    const details = nearMisses.length > 0 ? ` Close: ${nearMisses.map((n) => n.text).join('; ')}.` : '';
    const sessions = rootSessionsEnabled(ctx.org)
      ? ' RootSessions is enabled: when you add the alarm, exclude sts:AssumeRoot sessions (for example with a condition on $.userIdentity.arn that leaves out assumed-root session ARNs) so planned privileged tasks do not page on-call, and track those sessions through their AssumeRoot events.'
      : '';
    const reports: RuleReport[] = [
      finding(
        `Nothing alerts on root user activity: no aws_cloudwatch_log_metric_filter matching root activity (${CIS_PATTERN}) feeds an aws_cloudwatch_metric_alarm that notifies someone, and no aws_cloudwatch_event_rule on detail.userIdentity.type "Root" has a target.${details}${sessions}`,
        { ...where, source },
      ),
    ];
    return reports;
  },
};

/** Names a few alarms that exist, so a typo in a metric name is easy to spot. */
function otherAlarms(alarms: readonly Resource[], index: ResourceIndex): string {
  const named = alarms
    .flatMap((a) =>
      alarmMetrics(a).map((m) => ({
        a,
        name: resolveValue(m.name, index),
        namespace: resolveValue(m.namespace, index),
      })),
    )
    .filter(({ name }) => typeof name === 'string')
    .slice(0, 3)
    .map(({ a, name, namespace }) => `${a.address} watches ${quoted(name)} in ${quoted(namespace)}`);
  return named.length > 0 ? ` (${named.join(', ')})` : '';
}
