import { describe, expect, it } from '@jest/globals';
import {
  alternatives,
  eventPatternField,
  parseEventPattern,
  parseFilterPattern,
  termText,
} from '../../src/model/cloudwatch-pattern.js';
import { rule } from '../../src/rules/rg009-root-activity-unmonitored.js';
import { testRule } from '../helpers/rule-tester.js';
import { FEATURES, ORG, UNREAD_MODULE } from '../helpers/terraform.js';

/** A metric filter on the CloudTrail log group; `pattern` is HCL (a quoted string or heredoc). */
function filter(
  pattern: string,
  name = 'root_usage',
  metric = '"RootUsage"',
  namespace = '"CISBenchmark"',
): string {
  return `resource "aws_cloudwatch_log_metric_filter" "${name}" {
  name           = "${name}"
  log_group_name = "aws-cloudtrail-logs"
  pattern        = ${pattern}

  metric_transformation {
    name      = ${metric}
    namespace = ${namespace}
    value     = "1"
  }
}
`;
}

function alarm(
  metric = '"RootUsage"',
  namespace = '"CISBenchmark"',
  actions = '["arn:aws:sns:us-east-1:111111111111:security-alerts"]',
  name = 'root_usage',
): string {
  return `resource "aws_cloudwatch_metric_alarm" "${name}" {
  alarm_name          = "${name}"
  metric_name         = ${metric}
  namespace           = ${namespace}
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = ${actions}
}
`;
}

const CIS =
  '"{ $.userIdentity.type = \\"Root\\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \\"AwsServiceEvent\\" }"';
/** The same filter: no spaces, Root unquoted, terms reordered, one in parentheses. */
const CIS_RESPELLED =
  '"{$.eventType!=\\"AwsServiceEvent\\"&&($.userIdentity.invokedBy NOT EXISTS)&&$.userIdentity.type=Root}"';

function eventRule(pattern: string, name = 'root_activity', extra = ''): string {
  return `resource "aws_cloudwatch_event_rule" "${name}" {
  name          = "${name}"
  event_pattern = ${pattern}
${extra}}
`;
}

const ROOT_EVENT_PATTERN = `jsonencode({
    "detail-type" = ["AWS API Call via CloudTrail", "AWS Console Sign In via CloudTrail"]
    detail = {
      userIdentity = { type = ["Root"] }
    }
  })`;

function target(ruleExpr = 'aws_cloudwatch_event_rule.root_activity.name'): string {
  return `resource "aws_cloudwatch_event_target" "page" {
  rule = ${ruleExpr}
  arn  = "arn:aws:sns:us-east-1:111111111111:security-alerts"
}
`;
}

/** A `removed` block that leaves the object in AWS. */
function kept(address: string): string {
  return `removed {\n  from = ${address}\n\n  lifecycle {\n    destroy = false\n  }\n}\n`;
}

testRule(rule, {
  valid: [
    {
      name: 'no alarm in the code, but an uninitialised module may hold it: unverified',
      files: { 'org.tf': ORG + UNREAD_MODULE },
      unverified: [
        /no root activity alarm in the scanned sources, but module\.scps is not available to scan/,
      ],
    },
    {
      name: 'the CIS filter with an alarm on its metric that notifies a topic',
      files: { 'org.tf': ORG, 'monitoring.tf': filter(CIS) + alarm() },
    },
    {
      name: 'the CIS filter written with other spacing, quoting, parentheses and order, alarmed',
      files: { 'org.tf': ORG, 'monitoring.tf': filter(CIS_RESPELLED) + alarm() },
    },
    {
      name: 'the CIS filter in a heredoc, alarmed through references to the filter',
      files: {
        'org.tf': ORG,
        'monitoring.tf':
          filter(`<<-EOT
    {
      ($.userIdentity.type = "Root")
      && ($.userIdentity.invokedBy NOT EXISTS)
      && ($.eventType != "AwsServiceEvent")
    }
  EOT`) +
          alarm(
            'aws_cloudwatch_log_metric_filter.root_usage.metric_transformation[0].name',
            'aws_cloudwatch_log_metric_filter.root_usage.metric_transformation[0].namespace',
            '[aws_sns_topic.alerts.arn]',
          ),
      },
    },
    {
      name: 'a broader filter (type Root alone) is still an alarm on root activity',
      files: { 'org.tf': ORG, 'monitoring.tf': filter('"{ $.userIdentity.type = \\"Root\\" }"') + alarm() },
    },
    {
      name: 'one alternative of an || is the root filter',
      files: {
        'org.tf': ORG,
        'monitoring.tf':
          filter(
            '"{ ($.eventName = \\"ConsoleLogin\\" && $.errorMessage = \\"Failed authentication\\") || ($.userIdentity.type = \\"Root\\" && $.userIdentity.invokedBy NOT EXISTS) }"',
          ) + alarm(),
      },
    },
    {
      name: 'with RootSessions on, a filter that leaves out assumed-root sessions still covers the root user',
      files: {
        'org.tf': ORG + FEATURES,
        'monitoring.tf':
          filter(
            '"{ $.userIdentity.type = \\"Root\\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \\"AwsServiceEvent\\" && $.userIdentity.arn != \\"arn:aws:sts::*:assumed-root/*\\" }"',
          ) + alarm(),
      },
    },
    {
      name: 'the alarm watches the metric through metric_query',
      files: {
        'org.tf': ORG,
        'monitoring.tf':
          filter(CIS) +
          `resource "aws_cloudwatch_metric_alarm" "root_usage" {
  alarm_name          = "root-usage"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  threshold           = 1
  alarm_actions       = ["arn:aws:sns:us-east-1:111111111111:security-alerts"]

  metric_query {
    id          = "m1"
    return_data = true
    metric {
      metric_name = "RootUsage"
      namespace   = "CISBenchmark"
      period      = 300
      stat        = "Sum"
    }
  }
}
`,
      },
    },
    {
      name: 'an EventBridge rule on detail.userIdentity.type Root with a target',
      files: { 'org.tf': ORG, 'events.tf': eventRule(ROOT_EVENT_PATTERN) + target() },
    },
    {
      name: 'an EventBridge rule written as a heredoc, with a prefix matcher, targeted by literal name',
      files: {
        'org.tf': ORG,
        'events.tf':
          eventRule(`<<EOF
{"detail": {"userIdentity": {"type": [{"prefix": "Ro"}]}}}
EOF`) + target('"root_activity"'),
      },
    },
    {
      name: 'the filter and its alarm removed with destroy = false stay in AWS: unverified, not missing',
      files: {
        'org.tf': ORG,
        'monitoring.tf':
          kept('aws_cloudwatch_log_metric_filter.root_usage') +
          kept('aws_cloudwatch_metric_alarm.root_usage'),
      },
      unverified: [
        /aws_cloudwatch_log_metric_filter\.root_usage was removed from the configuration with lifecycle destroy = false: it stays in AWS/,
      ],
    },
    {
      name: 'the alarm kept in AWS by a removed block, on a filter still in the code: unverified',
      files: { 'org.tf': ORG, 'monitoring.tf': filter(CIS) + kept('aws_cloudwatch_metric_alarm.root_usage') },
      unverified: [/aws_cloudwatch_metric_alarm\.root_usage was removed from the configuration/],
    },
    {
      name: 'an EventBridge rule and its target kept in AWS by removed blocks: unverified',
      files: {
        'org.tf': ORG,
        'events.tf':
          kept('aws_cloudwatch_event_rule.root_activity') + kept('aws_cloudwatch_event_target.page'),
      },
      unverified: [/aws_cloudwatch_event_rule\.root_activity was removed from the configuration/],
    },
    {
      name: 'a workload repository (no organization) is not told to monitor the root user',
      files: { 'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n' },
    },
    {
      name: 'a metric name from a variable with no value, matched by a literal alarm: unverified',
      files: {
        'org.tf': ORG,
        'monitoring.tf':
          'variable "metric_name" {\n  type = string\n}\n\n' +
          filter(CIS, 'root_usage', 'var.metric_name') +
          alarm(),
      },
      unverified: [
        /aws_cloudwatch_metric_alarm\.root_usage watches the metric of .*metric name is not known: variable "metric_name" has no value/,
      ],
    },
    {
      name: 'a metric name from a variable with no value, but the alarm refers to the filter: linked',
      files: {
        'org.tf': ORG,
        'monitoring.tf':
          'variable "metric_name" {\n  type = string\n}\n\n' +
          filter(CIS, 'root_usage', 'var.metric_name') +
          alarm(
            'aws_cloudwatch_log_metric_filter.root_usage.metric_transformation[0].name',
            'aws_cloudwatch_log_metric_filter.root_usage.metric_transformation[0].namespace',
          ),
      },
    },
    {
      name: 'a filter pattern from a variable with no value, with an alarm on its metric: unverified',
      files: {
        'org.tf': ORG,
        'monitoring.tf': 'variable "pattern" {\n  type = string\n}\n\n' + filter('var.pattern') + alarm(),
      },
      unverified: [/the pattern of aws_cloudwatch_log_metric_filter\.root_usage is not known/],
    },
    {
      name: 'an event target whose rule is a variable with no value: unverified',
      files: {
        'org.tf': ORG,
        'events.tf':
          'variable "rule_name" {\n  type = string\n}\n\n' +
          eventRule(ROOT_EVENT_PATTERN) +
          target('var.rule_name'),
      },
      unverified: [/the rule of aws_cloudwatch_event_target\.page is not known/],
    },
    {
      name: "an alarm naming the filter's id as its metric: the provider's id is the filter name, here also the metric",
      files: {
        'org.tf': ORG,
        'monitoring.tf': filter(CIS, 'RootUsage') + alarm('aws_cloudwatch_log_metric_filter.RootUsage.id'),
      },
    },
    {
      name: 'the fixed example with an SNS topic',
      files: {
        'org.tf': ORG,
        'monitoring.tf': `${rule.example?.good ?? ''}\n`,
      },
    },
  ],
  invalid: [
    {
      name: "an alarm naming the filter's id watches the filter name, not the metric when they differ",
      files: {
        'org.tf': ORG,
        'monitoring.tf': filter(CIS, 'root_usage') + alarm('aws_cloudwatch_log_metric_filter.root_usage.id'),
      },
      findings: [
        {
          resource: 'aws_cloudwatch_log_metric_filter.root_usage',
          message: /aws_cloudwatch_metric_alarm\.root_usage watches "root_usage" in "CISBenchmark"/,
        },
      ],
    },
    {
      name: 'an organization with no root monitoring at all: points at the organization',
      files: { 'org.tf': ORG },
      findings: [
        {
          file: 'org.tf',
          line: 1,
          resource: 'aws_organizations_organization.org',
          message: /^Nothing alerts on root user activity/,
        },
      ],
    },
    {
      name: 'a root filter with no alarm: points at the filter and names its metric',
      files: { 'org.tf': ORG, 'monitoring.tf': filter(CIS) },
      findings: [
        {
          file: 'monitoring.tf',
          line: 1,
          resource: 'aws_cloudwatch_log_metric_filter.root_usage',
          message:
            /no aws_cloudwatch_metric_alarm watches its metric "RootUsage" in namespace "CISBenchmark"/,
        },
      ],
    },
    {
      name: 'an alarm on another metric does not count, and is named',
      files: { 'org.tf': ORG, 'monitoring.tf': filter(CIS) + alarm('"RootUsageCount"') },
      findings: [
        {
          resource: 'aws_cloudwatch_log_metric_filter.root_usage',
          message: /aws_cloudwatch_metric_alarm\.root_usage watches "RootUsageCount" in "CISBenchmark"/,
        },
      ],
    },
    {
      name: 'an alarm on the right name in another namespace does not count',
      files: { 'org.tf': ORG, 'monitoring.tf': filter(CIS) + alarm('"RootUsage"', '"LogMetrics"') },
      findings: [{ resource: 'aws_cloudwatch_log_metric_filter.root_usage' }],
    },
    {
      name: 'an alarm with no alarm_actions tells no one',
      files: { 'org.tf': ORG, 'monitoring.tf': filter(CIS) + alarm('"RootUsage"', '"CISBenchmark"', '[]') },
      findings: [{ message: /aws_cloudwatch_metric_alarm\.root_usage watches .* notifies no one/ }],
    },
    {
      name: 'a filter narrowed to console sign-ins misses root API calls, even alarmed',
      files: {
        'org.tf': ORG,
        'monitoring.tf':
          filter('"{ $.userIdentity.type = \\"Root\\" && $.eventName = \\"ConsoleLogin\\" }"') + alarm(),
      },
      findings: [
        {
          file: 'monitoring.tf',
          line: 4,
          message: /matches root activity only when also \$\.eventName = "ConsoleLogin"/,
        },
      ],
    },
    {
      name: 'a filter on another identity type is no root filter',
      files: {
        'org.tf': ORG,
        'monitoring.tf': filter('"{ $.userIdentity.type = \\"IAMUser\\" }"') + alarm(),
      },
      findings: [{ file: 'org.tf', line: 1, message: /^Nothing alerts/ }],
    },
    {
      name: 'an EventBridge rule for root events with no target: points at the rule',
      files: { 'org.tf': ORG, 'events.tf': eventRule(ROOT_EVENT_PATTERN) },
      findings: [
        {
          file: 'events.tf',
          line: 1,
          resource: 'aws_cloudwatch_event_rule.root_activity',
          message:
            /aws_cloudwatch_event_rule\.root_activity matches root events, but no aws_cloudwatch_event_target/,
        },
      ],
    },
    {
      name: 'a target for another rule does not count',
      files: {
        'org.tf': ORG,
        'events.tf':
          eventRule(ROOT_EVENT_PATTERN) +
          eventRule('jsonencode({ source = ["aws.guardduty"] })', 'guardduty') +
          target('aws_cloudwatch_event_rule.guardduty.name'),
      },
      findings: [{ resource: 'aws_cloudwatch_event_rule.root_activity' }],
    },
    {
      name: 'a disabled rule with a target does not count',
      files: {
        'org.tf': ORG,
        'events.tf':
          eventRule(ROOT_EVENT_PATTERN, 'root_activity', '  state         = "DISABLED"\n') + target(),
      },
      findings: [{ message: /root_activity matches root events but is disabled/ }],
    },
    {
      name: 'an anything-but Root pattern selects everyone except the root user',
      files: {
        'org.tf': ORG,
        'events.tf':
          eventRule('jsonencode({ detail = { userIdentity = { type = [{ "anything-but" = "Root" }] } } })') +
          target(),
      },
      findings: [{ file: 'org.tf', message: /^Nothing alerts/ }],
    },
    {
      name: 'with RootSessions enabled the message says to leave out sts:AssumeRoot sessions',
      files: { 'org.tf': ORG + FEATURES },
      findings: [{ message: /RootSessions is enabled: .*sts:AssumeRoot sessions .*\$\.userIdentity\.arn/ }],
    },
    {
      name: 'the bad example',
      files: { 'org.tf': ORG, 'monitoring.tf': `${rule.example?.bad ?? ''}\n` },
      findings: [
        {
          resource: 'aws_cloudwatch_log_metric_filter.root_usage',
          message: /no aws_cloudwatch_metric_alarm/,
        },
      ],
    },
    {
      name: 'scope organization applies the rule to a repository without organization resources',
      scope: 'organization',
      files: { 'monitoring.tf': filter(CIS) },
      findings: [{ resource: 'aws_cloudwatch_log_metric_filter.root_usage' }],
    },
  ],
});

describe('metric filter patterns are read for their meaning', () => {
  const canonical = (pattern: string): string[][] => {
    const parsed = parseFilterPattern(pattern);
    if (parsed.kind !== 'json') throw new Error(`not a JSON pattern: ${JSON.stringify(parsed)}`);
    return (alternatives(parsed.expression) ?? []).map((alt) => alt.map(termText).sort());
  };

  it('spacing, quoting, parentheses and order do not change the terms', () => {
    const expected = [
      [
        '$.eventType != "AwsServiceEvent"',
        '$.userIdentity.invokedBy NOT EXISTS',
        '$.userIdentity.type = "Root"',
      ],
    ];
    expect(
      canonical(
        '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
      ),
    ).toEqual(expected);
    expect(
      canonical(
        '{$.userIdentity.type="Root"&&$.eventType!="AwsServiceEvent"&&$.userIdentity.invokedBy NOT EXISTS}',
      ),
    ).toEqual(expected);
    expect(
      canonical(
        '{ (($.userIdentity.type = Root) && ($.userIdentity.invokedBy not exists)) && ($.eventType != "AwsServiceEvent") }',
      ),
    ).toEqual(expected);
  });

  it('distributes && over || into alternatives', () => {
    expect(canonical('{ $.a = 1 && ($.b = "x" || $.c IS NULL) }')).toEqual([
      ['$.a = 1', '$.b = "x"'],
      ['$.a = 1', '$.c IS NULL'],
    ]);
  });

  it('tells text patterns and broken JSON patterns apart', () => {
    expect(parseFilterPattern('"ERROR" "Root"').kind).toBe('text');
    expect(parseFilterPattern('{ $.userIdentity.type = "Root" ').kind).toBe('invalid');
    expect(parseFilterPattern('{ userIdentity.type = "Root" }').kind).toBe('invalid');
  });

  it('gives up on patterns that expand past the limit instead of guessing', () => {
    const huge = `{ ${Array.from({ length: 10 }, (_, i) => `($.a${i} = 1 || $.b${i} = 2)`).join(' && ')} }`;
    const parsed = parseFilterPattern(huge);
    expect(parsed.kind === 'json' && alternatives(parsed.expression)).toBe(undefined);
  });
});

describe('EventBridge patterns', () => {
  const at = (text: string): string => {
    const parsed = parseEventPattern(text);
    if (parsed.kind !== 'pattern') throw new Error(parsed.error);
    return eventPatternField(parsed.pattern, ['detail', 'userIdentity', 'type'], 'Root');
  };

  it.each([
    ['{"detail": {"userIdentity": {"type": ["Root"]}}}', 'accepts'],
    ['{"detail": {"userIdentity": {"type": ["IAMUser", "Root"]}}}', 'accepts'],
    ['{"detail": {"userIdentity": {"type": [{"equals-ignore-case": "root"}]}}}', 'accepts'],
    ['{"detail": {"userIdentity": {"type": [{"anything-but": ["Root"]}]}}}', 'rejects'],
    ['{"detail": {"userIdentity": {"type": ["AssumedRole"]}}}', 'rejects'],
    ['{"detail": {"$or": [{"eventName": ["X"]}, {"userIdentity": {"type": ["Root"]}}]}}', 'accepts'],
    ['{"source": ["aws.signin"]}', 'absent'],
  ])('%s: %s', (pattern, expected) => {
    expect(at(pattern)).toBe(expected);
  });
});

testRule(rule, {
  valid: [
    {
      name: 'an SCP-only stack with no alarms is unverified: alarms live in the logging stack',
      files: {
        'scp.tf': 'resource "aws_organizations_policy" "p" {\n  name    = "p"\n  content = "{}"\n}\n',
      },
      unverified: [/do not declare the organization either/],
    },
  ],
  invalid: [],
});
