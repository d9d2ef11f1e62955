import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  NOT_RESOLVED,
  SEVERITIES,
  Schema,
  YAMLException,
  atOrAbove,
  countBySeverity,
  defineScalarTag,
  load,
  mapTag,
  mergeTag,
  seqTag,
  strTag
} from "./chunk-4FWJ5RR3.js";
import {
  EvalError,
  Lexer,
  SyntaxFailure,
  Unsupported,
  compareKeys,
  describeJsonError,
  fromWire,
  isSpaceCode,
  jsonErrorOffset,
  lineAt,
  lineColumn,
  parseNative,
  plainQuotedEnd,
  scanTemplate,
  tokenName
} from "./chunk-53ZA4NMH.js";
import {
  ORGANIZATION_TYPES,
  PROBE_ACCOUNT,
  ROOT_KEY,
  Unknown,
  actionMatches,
  addToList,
  ancestors,
  appendAll,
  attachedNowhere,
  attachmentsOf,
  attributeLocation,
  buildOrgModel,
  capitalise,
  classifyScp,
  containsUnknown,
  deniesAllPrincipals,
  describeNode,
  evaluate,
  grantsAssumeRoot,
  isAwsProvider,
  isObject,
  knownStrings,
  maybeAttached,
  organizationPlace,
  parseArn,
  parsePolicy,
  probe,
  providerLabel,
  referenceText,
  rememberRenderedPolicy,
  rootDenyPicture,
  scps,
  settleUnknownNames,
  unreadModules
} from "./chunk-IJ5YMR5E.js";

// src/runtime-dirname.ts
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var globals = globalThis;
globals.__dirname ??= join(dirname(fileURLToPath(import.meta.url)), "hcl2json");

// src/report/json.ts
function renderJson(result) {
  const body = {
    version: result.version,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      title: f.title,
      message: f.message,
      ...f.resource !== void 0 ? { resource: f.resource } : {},
      ...f.location !== void 0 ? { location: { file: f.location.file, line: f.location.line } } : {},
      source: f.source,
      suppressed: f.suppressed,
      ...f.justification !== void 0 ? { justification: f.justification } : {}
    })),
    unverified: result.unverified.map((u) => ({
      ruleId: u.ruleId,
      reason: u.reason,
      ...u.resource !== void 0 ? { resource: u.resource } : {},
      ...u.location !== void 0 ? { location: { file: u.location.file, line: u.location.line } } : {}
    })),
    warnings: result.warnings.map((w) => ({
      file: w.file,
      ...w.line !== void 0 ? { line: w.line } : {},
      message: w.message
    })),
    errors: result.errors.map((e) => ({
      file: e.file,
      ...e.line !== void 0 ? { line: e.line } : {},
      message: e.message
    })),
    summary: result.summary,
    suppressed: result.suppressed
  };
  return `${JSON.stringify(body, null, 2)}
`;
}

// src/report/text.ts
var plainStyle = {
  bold: (s) => s,
  dim: (s) => s,
  red: (s) => s,
  yellow: (s) => s,
  green: (s) => s
};
function ansiStyle() {
  const wrap = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39)
  };
}
function renderText(result, rules2, failOn, style = plainStyle) {
  const byId = new Map(rules2.map((r) => [r.id, r]));
  const lines = [];
  for (const f of result.findings) {
    const sev = f.severity.toUpperCase();
    const colour = f.severity === "critical" || f.severity === "high" ? style.red : style.yellow;
    const where = f.location ? `${f.location.file}:${f.location.line}` : "(organization)";
    const rule13 = byId.get(f.ruleId);
    lines.push(
      `${colour(style.bold(sev))} ${style.bold(f.ruleId)} ${rule13?.name ?? ""}  ${where}${f.suppressed ? style.dim(" (suppressed)") : ""}`
    );
    if (f.resource) lines.push(`  ${style.dim("resource:")} ${f.resource}`);
    lines.push(`  ${f.message}`);
    if (f.suppressed && f.justification) lines.push(`  ${style.dim("suppressed:")} ${f.justification}`);
    if (rule13) lines.push(`  ${style.dim("fix:")} ${rule13.remediation}`);
    lines.push("");
  }
  if (result.unverified.length > 0) {
    lines.push(style.bold(`Unverified (${result.unverified.length}): could not be decided without guessing`));
    for (const u of result.unverified) {
      const where = u.location ? ` ${u.location.file}:${u.location.line}` : "";
      lines.push(`  ${u.ruleId}${where}  ${u.reason}`);
    }
    lines.push("");
  }
  if (result.warnings.length > 0) {
    lines.push(style.bold(`Warnings (${result.warnings.length}):`));
    for (const w of result.warnings)
      lines.push(`  ${w.file}${w.line !== void 0 ? `:${w.line}` : ""}  ${w.message}`);
    lines.push("");
  }
  if (result.errors.length > 0) {
    lines.push(style.bold(`Errors (${result.errors.length}):`));
    for (const e of result.errors)
      lines.push(`  ${e.file}${e.line !== void 0 ? `:${e.line}` : ""}  ${e.message}`);
    lines.push("");
  }
  lines.push(verdictLine(result, failOn, style));
  return `${lines.join("\n")}
`;
}
function verdictLine(result, failOn, style = plainStyle) {
  const s = result.summary;
  const active = result.findings.filter((f) => !f.suppressed).length;
  const suppressed = result.findings.length - active;
  const counts = `${s.critical} critical, ${s.high} high, ${s.medium} medium, ${s.low} low`;
  const extra = [
    suppressed > 0 ? `${suppressed} suppressed` : "",
    result.unverified.length > 0 ? `${result.unverified.length} unverified` : "",
    result.errors.length > 0 ? `${result.errors.length} error${result.errors.length === 1 ? "" : "s"}` : ""
  ].filter(Boolean);
  const tail = extra.length > 0 ? `; ${extra.join(", ")}` : "";
  const blocking = result.findings.filter((f) => !f.suppressed && atOrAbove(f.severity, failOn)).length;
  const verdict = blocking > 0 ? style.red(`FAIL: ${blocking} finding${blocking === 1 ? "" : "s"} at or above ${failOn}`) : style.green("PASS");
  return `${verdict} (${active} finding${active === 1 ? "" : "s"}: ${counts}${tail}; ${result.stats.files} file${result.stats.files === 1 ? "" : "s"} scanned)`;
}

// src/model/resolve.ts
function indexResources(resources) {
  return new Map(resources.map((r) => [r.address, r]));
}
var ID_ARGUMENT = {
  aws_cloudwatch_log_metric_filter: "name",
  aws_cloudwatch_log_group: "name",
  aws_cloudwatch_metric_alarm: "alarm_name",
  aws_iam_user: "name",
  aws_iam_role: "name",
  aws_iam_group: "name",
  aws_s3_bucket: "bucket"
};
function resolveValue(value, index2) {
  if (!(value instanceof Unknown) || value.refs.length !== 1) return value;
  const ref = value.refs[0];
  if (!ref) return value;
  let path12 = [...ref.path];
  let resource = index2.get(ref.address);
  const first = path12[0];
  if (first !== void 0 && (typeof first === "number" || !resource)) {
    const instance = index2.get(`${ref.address}[${JSON.stringify(first)}]`);
    if (instance) {
      resource = instance;
      path12 = path12.slice(1);
    }
  }
  if (!resource || path12.length === 0) return value;
  const idArgument = ID_ARGUMENT[resource.type];
  if (path12.length === 1 && path12[0] === "id" && resource.values.id === void 0 && idArgument !== void 0) {
    const configured = resource.values[idArgument];
    return typeof configured === "string" ? configured : value;
  }
  let current = resource.values;
  for (const segment of path12) {
    if (current instanceof Unknown) return current;
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (current && typeof current === "object" && !Array.isArray(current) && typeof segment === "string")
      current = current[segment];
    else return value;
    if (current === void 0) return value;
  }
  return current;
}

// src/rules/rule.ts
function finding(message, at2) {
  return { kind: "finding", message, ...at2 };
}
function unverified(reason, at2 = {}) {
  return { kind: "unverified", reason, ...at2 };
}

// src/rules/rg001-root-access-key.ts
var KEY_ID = /^(AKIA|ASIA)[A-Z0-9]{12,}$/;
var CREDENTIAL_ARGUMENTS = ["access_key", "secret_key", "token"];
var KEY_ID_IN_TEXT = /(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/;
function looksLikeSecret(text) {
  return /^[A-Za-z0-9/+]{40}$/.test(text) && /[A-Z]/.test(text) && /[a-z]/.test(text) && /[0-9]/.test(text);
}
function credentialShaped(p) {
  const out = [];
  const seen = [/* @__PURE__ */ new Set(), /* @__PURE__ */ new Set()];
  const visit = (value, path12, topLevel) => {
    if (typeof value === "object" && value !== null) {
      const visited = seen[topLevel ? 1 : 0];
      if (visited.has(value)) return;
      visited.add(value);
    }
    if (typeof value === "string") {
      if (KEY_ID_IN_TEXT.test(value)) out.push({ path: path12, kind: "an access key id" });
      else if (topLevel && looksLikeSecret(value)) out.push({ path: path12, kind: "a secret access key" });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path12}[${i}]`, topLevel));
    } else if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) visit(item, `${path12}.${key}`, false);
    }
  };
  for (const [argument, value] of Object.entries(p.values)) {
    if (CREDENTIAL_ARGUMENTS.includes(argument)) continue;
    visit(value, argument, true);
  }
  return out;
}
function checkProvider(p) {
  if (!isAwsProvider(p)) return [];
  const present = CREDENTIAL_ARGUMENTS.filter((argument) => {
    const value = p.values[argument];
    return typeof value === "string" && value.trim() !== "";
  });
  const shaped = credentialShaped(p);
  const first = present[0];
  const firstShaped = shaped[0];
  if (first === void 0 && firstShaped === void 0) return [];
  const keyId = p.values.access_key;
  const kind = typeof keyId === "string" && KEY_ID.test(keyId) ? keyId.startsWith("ASIA") ? " (a temporary ASIA\u2026 key id)" : " (a long-term AKIA\u2026 key id)" : "";
  const named = present.length > 0 ? `has static credentials written into the configuration: ${present.map((a) => `"${a}"`).join(", ")}${kind}` : "has a credential written into the configuration";
  const others = shaped.length > 0 ? `${present.length > 0 ? ", and" : ":"} ${shaped.map((s) => `"${s.path}" holds what looks like ${s.kind}`).join(", ")}` : "";
  const line = first !== void 0 ? first : firstShaped?.path.split(/[.[]/)[0] ?? "";
  return [
    finding(
      `${providerLabel(p)} ${named}${others}. Static keys in code are how root and admin credentials leak.`,
      { location: attributeLocation(p, line), source: p.origin, resource: providerLabel(p) }
    )
  ];
}
function checkAccessKey(key, index2) {
  const user = resolveValue(key.values.user, index2);
  if (typeof user === "string") {
    if (user.toLowerCase() !== "root") return [];
    return [
      finding(
        `${key.address} creates an access key for an IAM user named "${user}". Access keys for a root-named user are root-equivalent credentials that never expire.`,
        { resource: key.address, location: attributeLocation(key, "user"), source: key.origin }
      )
    ];
  }
  if (user instanceof Unknown && user.refs.some((r) => /(^|\.)aws_iam_user\./.test(r.address))) {
    return [
      unverified(`the user of ${key.address} is not known statically: ${user.reason}`, {
        resource: key.address,
        location: key.location
      })
    ];
  }
  return [];
}
function checkLiveRoot(live) {
  const reports = [];
  if (live?.accessKeysPresent === true) {
    const account = live.managementAccountId;
    const resource = account !== void 0 ? `arn:aws:iam::${account}:root` : "the management account root user";
    reports.push(
      finding(
        `The root user of the management account${account !== void 0 ? ` ${account}` : ""} has access keys (AccountAccessKeysPresent = 1). Delete them: nothing should sign requests as root.`,
        { resource, source: "live" }
      )
    );
  }
  for (const member of live?.members ?? []) {
    if (member.accessKeysPresent !== true) continue;
    const name = member.name !== void 0 ? ` "${member.name}"` : "";
    reports.push(
      finding(
        `The root user of member account ${member.accountId}${name} has access keys. Delete them centrally (sts:AssumeRoot with IAMDeleteRootUserCredentials).`,
        { resource: `arn:aws:iam::${member.accountId}:root`, source: "live" }
      )
    );
  }
  return reports;
}
var rule = {
  id: "RG001",
  name: "root-access-key",
  severity: "critical",
  scope: "any",
  title: "Root or static access keys in Terraform",
  rationale: "Access keys for the root user cannot be limited by IAM or SCP and never expire; static keys committed to code are the most common way AWS credentials leak. AWS recommends that the root user has no access keys at all.",
  remediation: "Remove the keys from the provider block and let the provider use the default credential chain (environment, SSO, or an OIDC role in CI). Never create access keys for a user named root; delete any root access keys in the console (or centrally with sts:AssumeRoot and IAMDeleteRootUserCredentials).",
  example: {
    bad: 'provider "aws" {\n  region     = "us-east-1"\n  access_key = "AKIA\u2026"\n  secret_key = "\u2026"\n}',
    good: 'provider "aws" {\n  region = "us-east-1"\n  # credentials come from the environment, SSO, or an OIDC role\n}'
  },
  docs: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_add-key.html",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#authentication-and-configuration"
  ],
  check(ctx) {
    const index2 = indexResources(ctx.resources);
    return [
      ...ctx.providers.flatMap(checkProvider),
      ...ctx.resources.filter((r) => r.mode === "managed" && r.type === "aws_iam_access_key" && r.action !== "delete").flatMap((r) => checkAccessKey(r, index2)),
      ...checkLiveRoot(ctx.live)
    ];
  }
};

// src/model/coverage.ts
function coverage(org, targets2, unknownTargets) {
  if (targets2.has(ROOT_KEY)) return { wholeOrganization: true, uncovered: [], undecided: [] };
  const undecided = [...unknownTargets];
  const uncovered = /* @__PURE__ */ new Map();
  const nodes = [...org.nodes.values()];
  const accounts = nodes.filter((n) => n.kind === "account");
  const isCovered = (key) => {
    if (targets2.has(key)) return { covered: true };
    const chain = ancestors(org, key);
    if (chain.keys.some((k) => targets2.has(k))) return { covered: true };
    return chain.brokenAt !== void 0 ? { covered: false, broken: chain.brokenAt } : { covered: false };
  };
  const addUncovered = (key) => {
    const node = org.nodes.get(key);
    uncovered.set(key, { key, ...node ? { node } : {}, label: describeNode(node, key) });
  };
  if (accounts.length > 0) {
    for (const account of accounts) {
      const state = isCovered(account.key);
      if (state.covered) continue;
      if (state.broken !== void 0) {
        undecided.push(`the parent of ${describeNode(account, account.key)} is not known: ${state.broken}`);
        continue;
      }
      const parent = typeof account.parent === "string" ? account.parent : void 0;
      addUncovered(parent !== void 0 && parent !== ROOT_KEY ? parent : account.key);
    }
  } else {
    for (const ou of nodes.filter((n) => n.kind === "ou")) {
      const state = isCovered(ou.key);
      if (state.covered) continue;
      if (state.broken !== void 0)
        undecided.push(`the parent of ${describeNode(ou, ou.key)} is not known: ${state.broken}`);
      else addUncovered(ou.key);
    }
    if (uncovered.size === 0 && targets2.size > 0) {
      undecided.push(
        "the scanned sources declare no member accounts, so accounts placed directly under the root may not be covered; attach the SCP to the root to cover every account"
      );
    }
  }
  return { wholeOrganization: false, uncovered: [...uncovered.values()], undecided };
}

// src/rules/examples.ts
var ROOT_DENY_SCP = [
  'resource "aws_organizations_policy" "deny_root" {',
  '  name = "deny-root-user"',
  "  content = jsonencode({",
  '    Version = "2012-10-17"',
  "    Statement = [{",
  '      Effect    = "Deny"',
  '      Action    = "*"',
  '      Resource  = "*"',
  "      Condition = {",
  '        ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" }',
  '        Null    = { "aws:AssumedRoot" = "true" }',
  "      }",
  "    }]",
  "  })",
  "}"
].join("\n");
var CENTRALIZED_ROOT_ACCESS = [
  'resource "aws_organizations_organization" "org" {',
  '  feature_set                   = "ALL"',
  '  aws_service_access_principals = ["iam.amazonaws.com"]',
  "}",
  "",
  'resource "aws_iam_organizations_features" "root" {',
  '  enabled_features = ["RootCredentialsManagement", "RootSessions"]',
  "  depends_on       = [aws_organizations_organization.org]",
  "}"
].join("\n");

// src/rules/rg002-root-deny-scp-missing.ts
var rule2 = {
  id: "RG002",
  name: "root-deny-scp-missing",
  severity: "high",
  scope: "organization",
  title: "No SCP denies the root user across the organization",
  rationale: "The root user of a member account can do anything in it, and IAM policies cannot restrict it; a service control policy is the only preventive control. Without one attached to every account, anyone who recovers an account's root password owns that account.",
  remediation: 'Create an SCP that denies all actions when aws:PrincipalArn is like arn:aws:iam::*:root (exempting centralized root sessions with "Null": {"aws:AssumedRoot": "true"}) and attach it to the organization root, or to every OU that holds accounts.',
  example: {
    bad: 'resource "aws_organizations_organization" "org" {\n  feature_set = "ALL"\n}\n# no SCP denies the root user',
    good: [
      ROOT_DENY_SCP,
      "",
      'resource "aws_organizations_policy_attachment" "deny_root" {',
      "  policy_id = aws_organizations_policy.deny_root.id",
      "  target_id = aws_organizations_organization.org.roots[0].id",
      "}"
    ].join("\n")
  },
  docs: [
    "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html",
    "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_inheritance_auth.html"
  ],
  check(ctx) {
    const org = ctx.org;
    const picture = rootDenyPicture(org);
    const source = org.organization?.origin ?? picture.rootDeny[0]?.origin ?? "hcl";
    const reports = [];
    if (picture.rootDeny.length === 0) {
      if (picture.undecided.length > 0) {
        for (const { policy, reason } of picture.undecided) {
          reports.push(
            unverified(
              `whether SCP ${policy.resource ?? policy.name} denies the root user is not known: ${reason}`,
              {
                ...policy.resource ? { resource: policy.resource } : {},
                ...policy.location ? { location: policy.location } : {}
              }
            )
          );
        }
        return reports;
      }
      if (!org.organization) {
        return [
          unverified(
            "no SCP in the scanned sources denies the root user, but they do not declare the organization itself; scan the stacks that manage its SCPs together to decide"
          )
        ];
      }
      const unread = unreadModules(org);
      if (unread) {
        return [
          unverified(
            `no SCP in the scanned sources denies the root user, but ${unread}`,
            organizationPlace(org)
          )
        ];
      }
      return [
        finding(
          "No service control policy denies the root user: the root user of every member account is unrestricted.",
          { ...organizationPlace(org), source }
        )
      ];
    }
    const cover = coverage(org, picture.targets, []);
    if (cover.wholeOrganization) return [];
    const names = picture.rootDeny.map((p) => p.resource ?? p.name).join(", ");
    const maybe = [
      ...picture.unknownTargets,
      ...picture.undecided.map((u) => `${u.policy.resource ?? u.policy.name}: ${u.reason}`)
    ];
    if (attachedNowhere(picture)) {
      const first = picture.rootDeny[0];
      return [
        finding(`The root-deny SCP ${names} is not attached to anything, so it protects no account.`, {
          ...first?.resource ? { resource: first.resource } : {},
          ...first?.location ? { location: first.location } : {},
          source: first?.origin ?? source
        })
      ];
    }
    for (const gap of cover.uncovered) {
      const message = `${capitalise(gap.label)} is not covered by the root-deny SCP (${names}): it is attached neither there nor to any parent up to the root.`;
      const place4 = {
        ...gap.node?.resource ? { resource: gap.node.resource } : {},
        ...gap.node?.location ? { location: gap.node.location } : organizationPlace(org)
      };
      if (maybe.length > 0)
        reports.push(
          unverified(`${message} Some attachments cannot be resolved: ${maybe.join("; ")}`, place4)
        );
      else reports.push(finding(message, { ...place4, source: gap.node?.origin ?? source }));
    }
    for (const reason of cover.undecided) reports.push(unverified(reason, organizationPlace(org)));
    if (reports.length === 0 && maybe.length > 0) {
      reports.push(
        unverified(
          `whether the root-deny SCP (${names}) covers every member account is not known: ${maybe.join("; ")}`,
          organizationPlace(org)
        )
      );
    }
    return reports;
  }
};

// src/model/partition.ts
var REGION_PARTITIONS = [
  [/^us-gov-/, "aws-us-gov"],
  [/^cn-/, "aws-cn"],
  [/^us-isob-/, "aws-iso-b"],
  [/^us-iso-/, "aws-iso"],
  [/^eu-isoe-/, "aws-iso-e"],
  [/^us-isof-/, "aws-iso-f"],
  [/^eusc-/, "aws-eusc"]
];
var REGION = /^[a-z]{2,4}(-[a-z]+)+-\d+$/;
function regionPartition(region) {
  if (!REGION.test(region)) return void 0;
  return REGION_PARTITIONS.find(([prefix]) => prefix.test(region))?.[1] ?? "aws";
}
var DNS = {
  aws: ["amazonaws.com", "com.amazonaws"],
  "aws-cn": ["amazonaws.com.cn", "cn.com.amazonaws"],
  "aws-us-gov": ["amazonaws.com", "com.amazonaws"]
};
function partitionAttributes(partition) {
  const dns = DNS[partition];
  if (dns === void 0) return void 0;
  return { id: partition, partition, dns_suffix: dns[0], reverse_dns_prefix: dns[1] };
}

// src/rules/rg003-root-deny-scp-ineffective.ts
var CREDENTIAL_ACTIONS = ["iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile"];
function place(policy) {
  const location = policy.contentLocation ?? policy.location;
  return { ...policy.resource ? { resource: policy.resource } : {}, ...location ? { location } : {} };
}
function label(policy) {
  return policy.resource ?? `SCP "${policy.name}"`;
}
var ARN_TYPES = /* @__PURE__ */ new Set([
  "aws_organizations_organization",
  "aws_organizations_organizational_unit",
  "aws_organizations_account",
  "aws_organizations_policy"
]);
var ARN_ATTRIBUTES = ["arn", "master_account_arn"];
var ARN_LISTS = ["roots", "accounts", "non_master_accounts"];
function organizationArns(r) {
  const arns = ARN_ATTRIBUTES.map((a) => r.values[a] ?? null);
  for (const list of ARN_LISTS) {
    const items = r.values[list];
    if (Array.isArray(items)) arns.push(...items.filter(isObject).map((item) => item.arn ?? null));
  }
  return arns.filter((a) => typeof a === "string" && a.startsWith("arn:"));
}
function organizationPartition(ctx) {
  const strong = /* @__PURE__ */ new Map();
  for (const r of ctx.resources) {
    if (r.action === "delete") continue;
    if (ARN_TYPES.has(r.type)) {
      for (const arn of organizationArns(r)) {
        const partition = parseArn(arn)?.partition;
        if (partition) strong.set(partition, strong.get(partition) ?? `${r.address} has ARN ${arn}`);
      }
    }
    if (r.mode !== "data" || r.type !== "aws_partition") continue;
    const named = r.values.partition;
    if (typeof named === "string" && named !== "") {
      strong.set(named, strong.get(named) ?? `${r.address} is "${named}"`);
    }
  }
  if (strong.size > 0) {
    const [only2] = [...strong];
    return strong.size === 1 && only2 ? { name: only2[0], evidence: only2[1] } : void 0;
  }
  const providers2 = ctx.providers.filter(isAwsProvider);
  if (providers2.length === 0) return void 0;
  const byRegion = /* @__PURE__ */ new Map();
  for (const p of providers2) {
    const region = p.values.region;
    const partition = typeof region === "string" ? regionPartition(region) : void 0;
    if (partition === void 0) return void 0;
    byRegion.set(
      partition,
      byRegion.get(partition) ?? `${providerLabel(p, { withModule: false })} has region "${String(region)}"`
    );
  }
  const [only] = [...byRegion];
  return byRegion.size === 1 && only ? { name: only[0], evidence: only[1] } : void 0;
}
function checkRejected(org, attachment) {
  const link = attachment.policy;
  const key = "key" in link ? link.key : "candidate" in link ? link.candidate : void 0;
  const policy = key !== void 0 ? org.policies.get(key) : void 0;
  if (!policy || policy.type !== "SERVICE_CONTROL_POLICY") return [];
  const at2 = {
    ...attachment.resource ? { resource: attachment.resource } : {},
    ...attachment.location ? { location: attachment.location } : {}
  };
  const what = `${attachment.resource ?? "An attachment"} would attach ${label(policy)}`;
  const cls = classifyScp(policy);
  if (cls.kind === "root-deny" || cls.kind === "attempt")
    return [
      finding(`${what}, a root-deny SCP, but its ${attachment.reason}.`, {
        ...at2,
        source: attachment.origin
      })
    ];
  if (cls.kind === "unknown")
    return [
      unverified(`${what}, which may deny the root user (${cls.reason}), but its ${attachment.reason}.`, at2)
    ];
  return [];
}
function accountFacts(ctx) {
  const members = /* @__PURE__ */ new Set();
  for (const node of ctx.org.nodes.values())
    if (node.kind === "account" && /^\d{12}$/.test(node.key)) members.add(node.key);
  for (const member of ctx.live?.members ?? []) members.add(member.accountId);
  const management = ctx.live?.managementAccountId;
  if (management !== void 0) members.delete(management);
  return { members, ...management !== void 0 ? { management } : {} };
}
function checkExemptions(policy, result, facts) {
  const exempt = (result.exemptAccounts ?? []).filter((e) => e.account !== facts.management);
  if (exempt.length === 0) return [];
  const describe = (list, tail) => {
    const where = [...new Set(list.flatMap((e) => e.statements))].sort((a, b) => a - b).map((i) => `Statement[${i}]`).join(", ");
    const plural = list.length > 1;
    return `${label(policy)}: the condition of ${where} exempts the root user of account${plural ? "s" : ""} ${list.map((e) => e.account).join(", ")}, ${tail}`;
  };
  const partial = policy.content.kind === "partial";
  const known = partial ? [] : exempt.filter((e) => facts.members.has(e.account) || facts.management !== void 0);
  const unsure = exempt.filter((e) => !known.includes(e));
  const reports = [];
  if (known.length > 0)
    reports.push(
      finding(
        describe(
          known,
          `a member account${known.length > 1 ? "s" : ""} whose root user is then unrestricted; if that is a deliberate break-glass exemption, suppress this finding with the reason`
        ),
        { ...place(policy), source: policy.origin }
      )
    );
  if (unsure.length > 0)
    reports.push(
      unverified(
        describe(
          unsure,
          partial ? `whose root user is then unrestricted unless a statement not known statically denies it, or it is the management account (which SCPs never restrict)` : `whose root user is then unrestricted unless it is the management account (which SCPs never restrict); the scanned sources do not say which account that is`
        ),
        place(policy)
      )
    );
  return reports;
}
function checkPolicy(org, policy, partition, leftToRg002, facts) {
  const cls = classifyScp(policy);
  const at2 = { ...place(policy), source: policy.origin };
  switch (cls.kind) {
    case "attempt":
      return cls.result.problems.map(
        (problem) => finding(`${label(policy)} tries to deny the root user but cannot: ${problem}`, at2)
      );
    case "malformed":
      return [
        unverified(
          `${label(policy)} has content that is not a valid policy document: ${cls.error}`,
          place(policy)
        )
      ];
    case "root-deny": {
      const reports = [];
      const attached = attachmentsOf(org, policy.key).length > 0;
      if (!attached && !maybeAttached(org, policy.key) && !leftToRg002) {
        reports.push(
          finding(`${label(policy)} denies the root user but is attached to nothing, so it has no effect.`, {
            ...policy.resource ? { resource: policy.resource } : {},
            ...policy.location ? { location: policy.location } : {},
            source: policy.origin
          })
        );
      }
      const partial = policy.content.kind === "partial" ? policy.content.reason : void 0;
      const doubtful = (message) => partial === void 0 ? finding(message, at2) : unverified(
        `${message} Unless a statement not known statically covers it: ${partial}`,
        place(policy)
      );
      const allowed = cls.result.allowedActions ?? [];
      const leaks = CREDENTIAL_ACTIONS.filter(
        (action) => allowed.some((pattern) => actionMatches(pattern, action))
      );
      if (leaks.length > 0) {
        reports.push(
          doubtful(
            `${label(policy)} carves ${leaks.join(", ")} out of its root deny (NotAction), so the root user can still create new credentials for itself.`
          )
        );
      }
      for (const problem of cls.result.problems) reports.push(finding(`${label(policy)}: ${problem}`, at2));
      reports.push(...checkExemptions(policy, cls.result, facts));
      const covered = cls.result.partitions;
      if (partition !== void 0 && !covered.includes("*") && !covered.includes(partition.name)) {
        reports.push(
          doubtful(
            `${label(policy)} denies the root user only in the ${covered.join(", ")} partition${covered.length > 1 ? "s" : ""} (${covered.map((p) => `arn:${p}:iam::*:root`).join(", ")}), but the organization is in ${partition.name} (${partition.evidence}): its root users are arn:${partition.name}:iam::<account>:root, which the policy never matches. Use arn:${partition.name}:iam::*:root, or arn:*:iam::*:root.`
          )
        );
      }
      return reports;
    }
    default:
      return [];
  }
}
var rule3 = {
  id: "RG003",
  name: "root-deny-scp-ineffective",
  severity: "high",
  scope: "organization",
  title: "An SCP meant to deny the root user does not",
  rationale: `A root-deny SCP can look like protection and deny nothing: it compares with StringEquals against a wildcard; tests the wrong condition key (aws:PrincipalType is "Account" for the root user, aws:username is absent); names the root users of another partition (arn:aws:\u2026 in a GovCloud or China organization); exempts the root users of named member accounts; carries a Principal element or exceeds the 5,120-character SCP limit, so Organizations rejects it; or is attached to nothing, or to the organization's own id (o-\u2026), which AWS refuses as a target. (When no root-deny SCP is attached anywhere, RG002 reports it, once; with RG002 disabled, this rule does.) Teams then believe root is locked down when it is not.`,
  remediation: `Use "ArnLike" (or "StringLike") on "aws:PrincipalArn" with "arn:aws:iam::*:root" (the organization's own partition in GovCloud or China: arn:aws-us-gov:\u2026, arn:aws-cn:\u2026, or arn:*:iam::*:root) in a Deny statement, keep credential actions (iam:CreateAccessKey, iam:CreateLoginProfile, iam:UpdateLoginProfile) out of any NotAction carve-out, and attach the policy to the organization root (aws_organizations_organization.<name>.roots[0].id, not its id).`,
  example: {
    bad: 'Condition = {\n  StringEquals = { "aws:PrincipalArn" = "arn:aws:iam::*:root" }\n}',
    good: 'Condition = {\n  ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" }\n}'
  },
  docs: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn",
    "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html"
  ],
  check(ctx) {
    const partition = organizationPartition(ctx);
    const leftToRg002 = (ctx.running?.has("RG002") ?? true) && attachedNowhere(rootDenyPicture(ctx.org));
    const facts = accountFacts(ctx);
    return [
      ...scps(ctx.org).flatMap((policy) => checkPolicy(ctx.org, policy, partition, leftToRg002, facts)),
      ...(ctx.org.rejectedAttachments ?? []).flatMap((a) => checkRejected(ctx.org, a))
    ];
  }
};

// src/rules/rg004-centralized-root-access-disabled.ts
var REQUIRED_ROOT_FEATURES = ["RootCredentialsManagement", "RootSessions"];
var IAM_SERVICE = "iam.amazonaws.com";
function at(resource, location) {
  return { ...resource ? { resource } : {}, ...location ? { location } : {} };
}
var rule4 = {
  id: "RG004",
  name: "centralized-root-access-disabled",
  severity: "high",
  scope: "organization",
  title: "Centralized root access for member accounts is not enabled",
  rationale: "With centralized root access, member accounts have no root password or keys to steal, and privileged root tasks run as short sessions from the management account. Without it, every member account keeps a recoverable root user.",
  remediation: 'Enable trusted access for iam.amazonaws.com, keep feature_set = "ALL", and declare aws_iam_organizations_features with enabled_features = ["RootCredentialsManagement", "RootSessions"].',
  example: {
    bad: 'resource "aws_organizations_organization" "org" {\n  feature_set = "ALL"\n}',
    good: CENTRALIZED_ROOT_ACCESS
  },
  docs: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-enable-root-access.html",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_organizations_features"
  ],
  check(ctx) {
    const { organization, iamFeatures } = ctx.org;
    const reports = [];
    const orgPlace = at(organization?.resource, organization?.location);
    const source = iamFeatures?.origin ?? organization?.origin ?? "hcl";
    if (!iamFeatures && !organization) {
      return [
        unverified(
          "centralized root access cannot be checked: the scanned sources declare neither aws_organizations_organization nor aws_iam_organizations_features"
        )
      ];
    }
    const unread = iamFeatures ? void 0 : unreadModules(ctx.org);
    if (unread) {
      reports.push(
        unverified(`no aws_iam_organizations_features in the scanned sources, but ${unread}`, orgPlace)
      );
    } else if (!iamFeatures) {
      reports.push(
        finding(
          "No aws_iam_organizations_features enables RootCredentialsManagement and RootSessions: member accounts keep recoverable root credentials.",
          { ...orgPlace, source }
        )
      );
    } else {
      const features = knownStrings(iamFeatures.enabledFeatures);
      const where = at(iamFeatures.resource, iamFeatures.enabledFeaturesLocation ?? iamFeatures.location);
      if ("unknown" in features) {
        reports.push(
          unverified(
            `enabled_features of ${iamFeatures.resource ?? "the organization"} is not known: ${features.unknown}`,
            where
          )
        );
      } else {
        const missing = REQUIRED_ROOT_FEATURES.filter((f) => !features.items.includes(f));
        if (missing.length > 0) {
          reports.push(
            finding(
              `${iamFeatures.resource ?? "The organization"} does not enable ${missing.join(" or ")}.`,
              {
                ...where,
                source: iamFeatures.origin
              }
            )
          );
        }
      }
    }
    if (organization) {
      const principals = knownStrings(organization.servicePrincipals);
      const line = organization.lines.aws_service_access_principals ?? organization.location;
      if ("unknown" in principals) {
        reports.push(
          unverified(
            `aws_service_access_principals is not known: ${principals.unknown}`,
            at(organization.resource, line)
          )
        );
      } else if (!principals.items.includes(IAM_SERVICE)) {
        reports.push(
          finding(
            `${organization.resource ?? "The organization"} does not enable trusted access for ${IAM_SERVICE}, which centralized root access requires.`,
            { ...at(organization.resource, line), source: organization.origin }
          )
        );
      }
      const featureSet = organization.featureSet;
      const fsLine = organization.lines.feature_set ?? organization.location;
      if (featureSet instanceof Unknown) {
        reports.push(
          unverified(`feature_set is not known: ${featureSet.reason}`, at(organization.resource, fsLine))
        );
      } else if (featureSet !== "ALL") {
        reports.push(
          finding(
            `${organization.resource ?? "The organization"} has feature_set = "${String(featureSet)}": SCPs and centralized root access need "ALL".`,
            { ...at(organization.resource, fsLine), source: organization.origin }
          )
        );
      }
    } else if (iamFeatures) {
      reports.push(
        unverified(
          `trusted access for ${IAM_SERVICE} cannot be checked: the scanned sources do not declare aws_organizations_organization`,
          at(iamFeatures.resource, iamFeatures.location)
        )
      );
    }
    return reports;
  }
};

// src/rules/rg005-root-guardrail-removed.ts
var IAM_SERVICE2 = "iam.amazonaws.com";
var SCP_TYPE = "SERVICE_CONTROL_POLICY";
function placeOf(p) {
  return p ? { ...p.resource ? { resource: p.resource } : {}, ...p.location ? { location: p.location } : {} } : {};
}
function contentPlace(policy) {
  return { ...placeOf(policy), ...policy.contentLocation ? { location: policy.contentLocation } : {} };
}
function label2(p) {
  return p.resource ?? p.name ?? p.key ?? "an organization element";
}
function listText(items) {
  return `[${items.map((i) => JSON.stringify(i)).join(", ")}]`;
}
function joinAnd(items) {
  return items.length <= 1 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}
function whyNotRootDeny(c) {
  switch (c.kind) {
    case "attempt":
      return `it tries to but cannot: ${c.result.problems.join("; ")}`;
    case "malformed":
      return `its content is not a valid policy: ${c.error}`;
    case "other":
      return "none of its statements denies the root user";
    default:
      return "its content changes";
  }
}
function sameNodeAfter(before, after, key, afterByResource) {
  if (after.nodes.has(key)) return key;
  const node = before.nodes.get(key);
  if (node?.resource !== void 0 && key !== ROOT_KEY) return afterByResource.get(node.resource);
  return key;
}
function nodeIdentity(org, key) {
  if (key === ROOT_KEY) return ROOT_KEY;
  return org.nodes.get(key)?.resource ?? key;
}
function nodeLabel(org, key) {
  const base = describeNode(org.nodes.get(key), key);
  return key === ROOT_KEY ? `${base} (every member account)` : base;
}
var AfterView = class {
  constructor(org) {
    this.org = org;
    this.picture = rootDenyPicture(org);
    const unresolved = [...this.picture.unknownTargets];
    for (const { policy, reason } of this.picture.undecided) {
      const why = {
        reason: `the content of ${label2(policy)} is not known until apply (${reason})`,
        place: contentPlace(policy)
      };
      for (const a of attachmentsOf(org, policy.key)) {
        if ("key" in a.target) addToList(this.undecidedTargets, a.target.key, why);
        else unresolved.push(`${a.resource ?? "an attachment"} of ${label2(policy)}: ${a.target.unknown}`);
      }
    }
    this.unresolved = unresolved;
  }
  org;
  picture;
  /** Targets of SCPs whose content is known only after apply, with why and where. */
  undecidedTargets = /* @__PURE__ */ new Map();
  unresolved;
  status(key) {
    const chain = ancestors(this.org, key);
    const keys = [key, ...chain.keys];
    if (keys.some((k) => this.picture.targets.has(k))) return { kind: "covered", reasons: [] };
    const undecided = keys.flatMap((k) => this.undecidedTargets.get(k) ?? []);
    const reasons = undecided.map((u) => u.reason);
    if (chain.brokenAt !== void 0) reasons.push(`its parent after apply is not known: ${chain.brokenAt}`);
    reasons.push(...this.unresolved);
    if (reasons.length === 0) return { kind: "lost", reasons: [] };
    return { kind: "maybe", reasons, ...undecided[0] ? { place: undecided[0].place } : {} };
  }
};
var ScpComparison = class {
  constructor(before, after, resources) {
    this.before = before;
    this.after = after;
    this.resources = resources;
    this.was = rootDenyPicture(before);
    this.will = new AfterView(after);
    for (const [key, node] of after.nodes)
      if (node.resource !== void 0) this.afterNodeByResource.set(node.resource, key);
    for (const p of after.policies.values())
      if (p.resource !== void 0) this.afterPolicyByResource.set(p.resource, p);
    for (const a of after.attachments)
      if (a.resource !== void 0) this.afterAttachmentByResource.set(a.resource, a);
    const accounts = [...before.nodes.values()].filter((n) => n.kind === "account");
    this.accountsDeclared = accounts.length > 0;
    for (const account of accounts) {
      this.withAccounts.add(account.key);
      for (const k of ancestors(before, account.key).keys) this.withAccounts.add(k);
    }
  }
  before;
  after;
  resources;
  was;
  will;
  afterNodeByResource = /* @__PURE__ */ new Map();
  afterPolicyByResource = /* @__PURE__ */ new Map();
  afterAttachmentByResource = /* @__PURE__ */ new Map();
  accountsDeclared;
  withAccounts = /* @__PURE__ */ new Set();
  reports() {
    if (this.was.rootDeny.length === 0) return [];
    const reports = this.unattachedDeletions();
    if (coverage(this.after, this.will.picture.targets, []).wholeOrganization) return reports;
    const affected = /* @__PURE__ */ new Map();
    for (const key of this.protectedKeys()) {
      const afterKey = sameNodeAfter(this.before, this.after, key, this.afterNodeByResource);
      if (afterKey === void 0) continue;
      const status = this.will.status(afterKey);
      if (status.kind !== "covered" && this.holdsAccounts(key)) affected.set(key, status);
    }
    for (const [key, status] of affected) {
      if (ancestors(this.before, key).keys.some((k) => affected.has(k))) continue;
      reports.push(this.report(key, status));
    }
    return reports;
  }
  /** Nodes under a root-deny SCP today, and targets of one that no source declares. */
  protectedKeys() {
    const keys = /* @__PURE__ */ new Set([...this.before.nodes.keys(), ...this.was.targets]);
    return [...keys].filter(
      (key) => [key, ...ancestors(this.before, key).keys].some((k) => this.was.targets.has(k))
    );
  }
  holdsAccounts(key) {
    const node = this.before.nodes.get(key);
    if (key === ROOT_KEY || !node || node.kind === "account") return true;
    return !this.accountsDeclared || this.withAccounts.has(key);
  }
  report(key, status) {
    const chain = [key, ...ancestors(this.before, key).keys];
    const protections = [];
    const fates = [];
    for (const policy of this.was.rootDeny) {
      for (const a of attachmentsOf(this.before, policy.key)) {
        if (!("key" in a.target) || !chain.includes(a.target.key)) continue;
        const where = a.target.key === key ? "to it" : `to ${nodeLabel(this.before, a.target.key)} above it`;
        const by = a.resource !== void 0 && a.resource !== policy.resource ? ` by ${a.resource}` : "";
        protections.push(`${label2(policy)} is attached ${where}${by}`);
        fates.push(...this.fatesOf(policy, a));
      }
    }
    const moved = this.moveOf(key);
    if (moved) fates.push(moved);
    const distinct = fates.filter((f, i) => fates.findIndex((g) => g.text === f.text) === i);
    fates.length = 0;
    fates.push(...distinct);
    const nodeText = capitalise(nodeLabel(this.before, key));
    const today = protections.length > 0 ? protections.join("; ") : "a root-deny SCP applies to it";
    const first = fates[0];
    const place4 = first ? first.place : placeOf(this.before.nodes.get(key));
    if (status.kind === "maybe") {
      const changes2 = fates.length > 0 ? ` after apply ${joinAnd(fates.map((f) => f.text))};` : "";
      return unverified(
        `${nodeText} may lose its root-user deny: today ${today};${changes2} whether an SCP that denies the root user still applies cannot be known before apply: ${status.reasons.join("; ")}.`,
        status.place ?? place4
      );
    }
    const changes = fates.length > 0 ? joinAnd(fates.map((f) => f.text)) : "the SCPs that protect it change";
    return finding(
      `${nodeText} loses its root-user deny: today ${today}; after apply ${changes}, and no SCP that denies the root user applies to it.`,
      { ...place4, source: first?.place.source ?? "plan" }
    );
  }
  /** What the plan does to one SCP and one of its attachments. */
  fatesOf(policy, attachment) {
    const fates = [];
    const actionOf = (address) => address === void 0 ? void 0 : this.resources.get(address)?.action;
    const attachmentAfter = attachment.resource !== void 0 ? this.afterAttachmentByResource.get(attachment.resource) : void 0;
    if (attachment.resource !== void 0 && !attachmentAfter) {
      fates.push({
        text: `${attachment.resource} is destroyed`,
        place: { ...placeOf(attachment), source: attachment.origin }
      });
    } else if (attachmentAfter && "key" in attachment.target && "key" in attachmentAfter.target) {
      const was = nodeIdentity(this.before, attachment.target.key);
      const will = nodeIdentity(this.after, attachmentAfter.target.key);
      if (was !== will) {
        fates.push({
          text: `${attachment.resource ?? "its attachment"} attaches it to ${nodeLabel(this.after, attachmentAfter.target.key)} instead`,
          place: { ...placeOf(attachmentAfter), source: attachmentAfter.origin }
        });
      }
    }
    if (attachmentAfter && "key" in attachmentAfter.policy) {
      const attached = this.after.policies.get(attachmentAfter.policy.key);
      if (attached && attached.resource !== policy.resource) {
        fates.push({
          text: `${attachment.resource ?? "its attachment"} attaches ${label2(attached)} instead of ${label2(policy)}`,
          place: { ...placeOf(attachmentAfter), source: attachmentAfter.origin }
        });
      }
    }
    const policyAfter = policy.resource !== void 0 ? this.afterPolicyByResource.get(policy.resource) : this.after.policies.get(policy.key);
    if (!policyAfter) {
      fates.push({
        text: `${label2(policy)} is destroyed`,
        place: { ...placeOf(policy), source: policy.origin }
      });
    } else {
      const c = classifyScp(policyAfter);
      if (c.kind !== "root-deny" && c.kind !== "unknown") {
        const verb = actionOf(policyAfter.resource) === "replace" ? "is replaced by a policy that no longer denies" : "no longer denies";
        fates.push({
          text: `${label2(policyAfter)} ${verb} the root user (${whyNotRootDeny(c)})`,
          place: { ...contentPlace(policyAfter), source: policyAfter.origin }
        });
      }
    }
    return fates;
  }
  /** An account or OU moved out from under its protection. */
  moveOf(key) {
    const node = this.before.nodes.get(key);
    if (!node || key === ROOT_KEY) return void 0;
    const afterKey = sameNodeAfter(this.before, this.after, key, this.afterNodeByResource);
    const afterNode = afterKey !== void 0 ? this.after.nodes.get(afterKey) : void 0;
    if (!afterNode || typeof node.parent !== "string" || typeof afterNode.parent !== "string")
      return void 0;
    if (nodeIdentity(this.before, node.parent) === nodeIdentity(this.after, afterNode.parent))
      return void 0;
    return {
      text: `it moves from ${nodeLabel(this.before, node.parent)} to ${nodeLabel(this.after, afterNode.parent)}`,
      place: { ...placeOf(afterNode), source: afterNode.origin }
    };
  }
  /** A root-deny SCP destroyed with no attachment in the scanned sources: another stack may attach it. */
  unattachedDeletions() {
    const reports = [];
    for (const policy of this.was.rootDeny) {
      if (attachmentsOf(this.before, policy.key).length > 0) continue;
      const gone = policy.resource !== void 0 ? !this.afterPolicyByResource.has(policy.resource) : !this.after.policies.has(policy.key);
      if (!gone) continue;
      reports.push(
        unverified(
          `${label2(policy)}, an SCP that denies the root user, is destroyed by this plan; no attachment of it is in the scanned sources, so whether any account loses that protection cannot be checked.`,
          placeOf(policy)
        )
      );
    }
    return reports;
  }
};
function featureReports(before, after) {
  const was = before.iamFeatures;
  if (!was) return [];
  const had = knownStrings(was.enabledFeatures);
  if ("unknown" in had) return [];
  const enabled = REQUIRED_ROOT_FEATURES.filter((f) => had.items.includes(f));
  if (enabled.length === 0) return [];
  const will = after.iamFeatures;
  if (!will) {
    return [
      finding(
        `${label2(was)} is destroyed: ${joinAnd(enabled)} ${enabled.length > 1 ? "are" : "is"} enabled today (enabled_features = ${listText(had.items)}) and will be disabled after apply, so member accounts can hold root credentials again.`,
        { ...placeOf(was), source: was.origin }
      )
    ];
  }
  const where = {
    ...placeOf(will),
    ...will.enabledFeaturesLocation ? { location: will.enabledFeaturesLocation } : {}
  };
  const now = knownStrings(will.enabledFeatures);
  if ("unknown" in now) {
    return [
      unverified(
        `enabled_features of ${label2(will)} is not known before apply (${now.unknown}); today it enables ${joinAnd(enabled)}.`,
        where
      )
    ];
  }
  const dropped = enabled.filter((f) => !now.items.includes(f));
  if (dropped.length === 0) return [];
  return [
    finding(
      `${label2(will)} disables ${joinAnd(dropped)}: enabled_features is ${listText(had.items)} today and will be ${listText(now.items)} after apply.`,
      { ...where, source: will.origin }
    )
  ];
}
function organizationReports(before, after, wasPicture) {
  const was = before.organization;
  const will = after.organization;
  if (!was || !will) return [];
  const reports = [];
  const name = label2(will);
  const hadPrincipals = knownStrings(was.servicePrincipals);
  if ("items" in hadPrincipals && hadPrincipals.items.includes(IAM_SERVICE2)) {
    const now = knownStrings(will.servicePrincipals);
    const where = {
      ...placeOf(will),
      ...will.lines.aws_service_access_principals ? { location: will.lines.aws_service_access_principals } : {}
    };
    if ("unknown" in now) {
      reports.push(
        unverified(
          `aws_service_access_principals of ${name} is not known before apply (${now.unknown}); today it includes ${IAM_SERVICE2}.`,
          where
        )
      );
    } else if (!now.items.includes(IAM_SERVICE2)) {
      reports.push(
        finding(
          `${name} removes ${IAM_SERVICE2} from aws_service_access_principals: trusted access for IAM is enabled today (${listText(hadPrincipals.items)}) and will be disabled after apply (${listText(now.items)}), which turns off centralized root access for member accounts.`,
          { ...where, source: will.origin }
        )
      );
    }
  }
  const scpGuarded = wasPicture().targets.size > 0;
  const hadTypes = knownStrings(was.enabledPolicyTypes);
  if (scpGuarded && "items" in hadTypes && hadTypes.items.includes(SCP_TYPE)) {
    const now = knownStrings(will.enabledPolicyTypes);
    const where = {
      ...placeOf(will),
      ...will.lines.enabled_policy_types ? { location: will.lines.enabled_policy_types } : {}
    };
    const scpNames = joinAnd(wasPicture().rootDeny.map(label2));
    if ("unknown" in now) {
      reports.push(
        unverified(
          `enabled_policy_types of ${name} is not known before apply (${now.unknown}); today SCPs are enabled and ${scpNames} denies the root user.`,
          where
        )
      );
    } else if (!now.items.includes(SCP_TYPE)) {
      reports.push(
        finding(
          `${name} disables ${SCP_TYPE}: enabled_policy_types is ${listText(hadTypes.items)} today and will be ${listText(now.items)} after apply, which detaches every SCP, including ${scpNames} that denies the root user.`,
          { ...where, source: will.origin }
        )
      );
    }
  }
  if (scpGuarded && was.featureSet === "ALL" && typeof will.featureSet === "string" && will.featureSet !== "ALL") {
    reports.push(
      finding(
        `${name} changes feature_set from "ALL" to "${will.featureSet}": SCPs, including the root-user deny, stop applying after apply.`,
        {
          ...placeOf(will),
          ...will.lines.feature_set ? { location: will.lines.feature_set } : {},
          source: will.origin
        }
      )
    );
  }
  return reports;
}
var rule5 = {
  id: "RG005",
  name: "root-guardrail-removed",
  severity: "critical",
  scope: "organization",
  title: "A Terraform plan removes a guardrail on the root user",
  rationale: "A plan that destroys, detaches or weakens the SCP denying the root user, or turns off centralized root access, silently re-opens the most powerful identity in every affected account. Such changes often ride along with unrelated refactors (a renamed resource, a module move), where a reviewer reading a long plan misses them.",
  remediation: 'Keep the root-deny SCP and its attachments in the configuration (use a moved block when renaming), attach the replacement before removing the old one, keep enabled_features = ["RootCredentialsManagement", "RootSessions"] and iam.amazonaws.com in aws_service_access_principals. If the removal is intended, suppress this finding with a justification.',
  example: {
    bad: [
      "# terraform plan",
      "  # aws_organizations_policy_attachment.deny_root will be destroyed",
      "  # (because aws_organizations_policy_attachment.deny_root is not in configuration)",
      '  - resource "aws_organizations_policy_attachment" "deny_root" {',
      '      - policy_id = "p-examplepolicy" -> null',
      '      - target_id = "r-exmp" -> null',
      "    }"
    ].join("\n"),
    good: [
      "# the attachment stays; a rename keeps the object through a moved block",
      "moved {",
      "  from = aws_organizations_policy_attachment.deny_root",
      "  to   = aws_organizations_policy_attachment.deny_root_user",
      "}",
      "",
      'resource "aws_organizations_policy_attachment" "deny_root_user" {',
      "  policy_id = aws_organizations_policy.deny_root.id",
      "  target_id = aws_organizations_organization.org.roots[0].id",
      "}"
    ].join("\n")
  },
  docs: [
    "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-enable-root-access.html",
    "https://developer.hashicorp.com/terraform/internals/json-format"
  ],
  check(ctx) {
    const before = ctx.orgBefore;
    if (!before) return [];
    const after = ctx.org;
    const resources = new Map(ctx.resources.map((r) => [r.address, r]));
    const scp = new ScpComparison(before, after, resources);
    return [
      ...scp.reports(),
      ...featureReports(before, after),
      ...organizationReports(before, after, () => rootDenyPicture(before))
    ];
  }
};

// src/rules/rg006-lockout-resource-policy.ts
var POLICY_RESOURCES = {
  aws_s3_bucket_policy: "s3",
  // Legacy inline form (AWS provider < 4); still accepted and still applied.
  aws_s3_bucket: "s3",
  aws_sqs_queue_policy: "sqs",
  aws_sqs_queue: "sqs"
};
function queueAccount(resource) {
  const url = resource.values.queue_url;
  if (typeof url !== "string") return void 0;
  return /^https?:\/\/[^/]+\/(\d{12})\/[^/]+\/?$/.exec(url)?.[1];
}
function checkResource(resource, service) {
  const text = settleUnknownNames(resource.values.policy);
  const account = service === "sqs" ? queueAccount(resource) : void 0;
  const options = { service, ...account !== void 0 ? { accountId: account } : {} };
  if (text instanceof Unknown) return checkPartial(resource, text, options);
  if (typeof text === "string" ? text.trim() === "" : !isObject(text)) return [];
  const parsed2 = parsePolicy(text);
  if (!parsed2.ok) return [];
  const result = deniesAllPrincipals(parsed2.policy, options);
  if (!result.lockout) return [];
  const note = parsed2.warnings !== void 0 && parsed2.warnings.length > 0 ? ` AWS would reject this text as written (${parsed2.warnings.join("; ")}); removing the comments applies the lockout.` : "";
  return [
    finding(`${resource.address} locks every principal out: ${result.reason}.${note}`, {
      resource: resource.address,
      location: attributeLocation(resource, "policy"),
      source: resource.origin
    })
  ];
}
function statementsOf(document) {
  if (!isObject(document)) return void 0;
  const statement = document.Statement;
  if (statement instanceof Unknown) return void 0;
  return Array.isArray(statement) ? statement : statement === void 0 ? [] : [statement];
}
function documentOf(version, statements) {
  const parsed2 = parsePolicy({
    ...typeof version === "string" ? { Version: version } : {},
    Statement: statements
  });
  return parsed2.ok ? parsed2.policy : void 0;
}
function withAttachedResource(statement) {
  if (!isObject(statement)) return void 0;
  const { Resource: resource, ...rest } = statement;
  if (containsUnknown(rest) || !containsUnknown(resource)) return void 0;
  const entries = Array.isArray(resource) ? resource : [resource ?? null];
  const reasons = [];
  const replaced = entries.map((entry) => {
    if (entry instanceof Unknown) {
      reasons.push(entry.reason);
      return "*";
    }
    return entry;
  });
  if (containsUnknown(replaced)) return void 0;
  return { statement: { ...rest, Resource: [...new Set(replaced)] }, reasons };
}
function checkPartial(resource, policy, options) {
  const statements = statementsOf(policy.partial);
  if (statements === void 0) return [];
  const version = isObject(policy.partial) ? policy.partial.Version : void 0;
  const at2 = { resource: resource.address, location: attributeLocation(resource, "policy") };
  const knownIndexes = statements.flatMap((s, i) => containsUnknown(s) ? [] : [i]);
  const knownDoc = knownIndexes.length > 0 ? documentOf(
    version,
    knownIndexes.map((i) => statements[i] ?? null)
  ) : void 0;
  const result = knownDoc ? deniesAllPrincipals(knownDoc, options) : void 0;
  if (result?.lockout) {
    const reason = result.reason.replace(
      /Statement\[(\d+)\]/g,
      (_, k) => `Statement[${knownIndexes[Number(k)] ?? k}]`
    );
    const unknown = statements.length - knownIndexes.length;
    return [
      finding(
        `${resource.address} locks every principal out: ${reason} (its ${unknown} other statement${unknown === 1 ? " is" : "s are"} not known statically, but no statement can undo a Deny).`,
        { ...at2, source: resource.origin }
      )
    ];
  }
  const reports = [];
  for (const [index2, s] of statements.entries()) {
    const candidate = withAttachedResource(s);
    if (candidate?.statement.Effect !== "Deny") continue;
    const doc = documentOf(version, [candidate.statement]);
    const alone = doc ? deniesAllPrincipals(doc, options) : void 0;
    if (!alone?.lockout) continue;
    const why = [...new Set(candidate.reasons)].join("; ");
    reports.push(
      unverified(
        `${resource.address} Statement[${index2}] denies every principal with no condition, and its Resource is not known statically (${why}): if it names the ${options.service === "sqs" ? "queue" : "bucket"} itself, only the root user can repair this policy`,
        at2
      )
    );
  }
  return reports;
}
var rule6 = {
  id: "RG006",
  name: "lockout-resource-policy",
  severity: "medium",
  scope: "any",
  title: "A bucket or queue policy locks every principal out",
  rationale: "A bucket or queue policy that denies every principal every action (or every action that changes the policy), with no condition that can fail, locks out every role and user of the owning account, administrators included. Only the account's root user can undo it, through the S3UnlockBucketPolicy or SQSUnlockQueuePolicy root task, which turns a policy typo into a root-credential incident.",
  remediation: 'Give the Deny a condition that leaves a way in: require aws:SecureTransport, limit it to aws:PrincipalOrgID or aws:SourceVpce, or exempt an administration role with ArnNotLike on aws:PrincipalArn. Never deny "*" actions to Principal "*" unconditionally.',
  example: {
    bad: [
      'resource "aws_s3_bucket_policy" "logs" {',
      "  bucket = aws_s3_bucket.logs.id",
      "  policy = jsonencode({",
      '    Version = "2012-10-17"',
      "    Statement = [{",
      '      Effect    = "Deny"',
      '      Principal = "*"',
      '      Action    = "s3:*"',
      '      Resource  = ["arn:aws:s3:::example-logs", "arn:aws:s3:::example-logs/*"]',
      "    }]",
      "  })",
      "}"
    ].join("\n"),
    good: [
      'resource "aws_s3_bucket_policy" "logs" {',
      "  bucket = aws_s3_bucket.logs.id",
      "  policy = jsonencode({",
      '    Version = "2012-10-17"',
      "    Statement = [{",
      '      Effect    = "Deny"',
      '      Principal = "*"',
      '      Action    = "s3:*"',
      '      Resource  = ["arn:aws:s3:::example-logs", "arn:aws:s3:::example-logs/*"]',
      "      Condition = {",
      '        Bool = { "aws:SecureTransport" = "false" }',
      "      }",
      "    }]",
      "  })",
      "}"
    ].join("\n")
  },
  docs: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html",
    "https://repost.aws/knowledge-center/s3-accidentally-denied-access",
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html"
  ],
  check(ctx) {
    return ctx.resources.flatMap((r) => {
      const service = POLICY_RESOURCES[r.type];
      if (r.mode !== "managed" || service === void 0 || r.action === "delete") return [];
      return checkResource(r, service);
    });
  }
};

// src/load/policy-document.ts
function policyDocumentAttributes(values, address) {
  const doc = documentOf2(values, address);
  if (doc instanceof Unknown) return doc;
  const json = JSON.stringify(doc, null, 2);
  rememberRenderedPolicy(json, doc);
  const attributes = { json };
  Object.defineProperty(attributes, "minified_json", MINIFIED_JSON);
  return attributes;
}
var minifiedOf = /* @__PURE__ */ new WeakMap();
var MINIFIED_JSON = {
  get() {
    let minified = minifiedOf.get(this);
    if (minified === void 0) {
      minified = JSON.stringify(JSON.parse(this.json));
      minifiedOf.set(this, minified);
    }
    return minified;
  },
  enumerable: true,
  configurable: true
};
function documentOf2(values, address) {
  const sources = [values.source_policy_documents, values.override_policy_documents];
  if (sources.some(containsUnknown)) {
    return new Unknown(
      `${address} merges policy documents that are not known statically`,
      collectRefs(values)
    );
  }
  const doc = {
    Version: typeof values.version === "string" ? values.version : "2012-10-17",
    Statement: []
  };
  if (typeof values.policy_id === "string") doc.Id = values.policy_id;
  const bySid = /* @__PURE__ */ new Map();
  for (const source of listOf(values.source_policy_documents)) {
    const parsed2 = parseJsonPolicy(source);
    if (parsed2 instanceof Unknown) return parsed2;
    for (const statement of parsed2) mergeBySid(doc.Statement, bySid, statement);
  }
  for (const block of statementBlocks(values.statement))
    mergeBySid(doc.Statement, bySid, block instanceof Unknown ? block : renderStatement(block));
  for (const override of listOf(values.override_policy_documents)) {
    const parsed2 = parseJsonPolicy(override);
    if (parsed2 instanceof Unknown) return parsed2;
    for (const statement of parsed2) mergeBySid(doc.Statement, bySid, statement);
  }
  if (doc.Statement.some(hasUnknown)) {
    const partial = { ...doc, Statement: doc.Statement.map(presentKeys) };
    return new Unknown(`${address} depends on values not known statically`, collectRefs(values), partial);
  }
  return doc;
}
function statementBlocks(value) {
  if (value instanceof Unknown) return [value];
  if (Array.isArray(value))
    return value.filter((v) => v instanceof Unknown || isObject(v));
  return isObject(value) ? [value] : [];
}
function mergeBySid(statements, bySid, statement) {
  const sid = statement instanceof Unknown ? void 0 : statement.Sid;
  const hasSid = typeof sid === "string" && sid !== "";
  const index2 = hasSid ? bySid.get(sid) : void 0;
  if (index2 !== void 0) {
    statements[index2] = statement;
    return;
  }
  if (hasSid) bySid.set(sid, statements.length);
  statements.push(statement);
}
function renderStatement(block) {
  const sid = block.sid instanceof Unknown || typeof block.sid === "string" && block.sid !== "" ? block.sid : void 0;
  const effect = block.effect instanceof Unknown || typeof block.effect === "string" && block.effect !== "" ? block.effect : "Allow";
  return {
    Sid: sid,
    Effect: effect,
    Action: renderList(block.actions, "actions"),
    NotAction: renderList(block.not_actions, "not_actions"),
    Resource: renderList(block.resources, "resources"),
    NotResource: renderList(block.not_resources, "not_resources"),
    Principal: renderPrincipalPart(block.principals, "principals"),
    NotPrincipal: renderPrincipalPart(block.not_principals, "not_principals"),
    Condition: renderConditions(block.condition)
  };
}
function hasUnknown(statement) {
  if (statement instanceof Unknown) return true;
  return Object.values(statement).some(containsUnknown);
}
function presentKeys(statement) {
  if (statement instanceof Unknown) return statement;
  const out = {};
  for (const [key, value] of Object.entries(statement)) {
    if (value !== void 0) out[key] = value;
  }
  return out;
}
function renderConditions(value) {
  if (containsUnknown(value)) return unknownPart(value, "condition");
  const conditions = {};
  let any = false;
  for (const condition of blocks(value)) {
    const test = typeof condition.test === "string" ? condition.test : "";
    const variable = typeof condition.variable === "string" ? condition.variable : "";
    const existing = conditions[test];
    const byVariable = isObject(existing) ? existing : {};
    const previous = byVariable[variable];
    const merged = Array.isArray(previous) ? strings(previous) : typeof previous === "string" ? [previous] : [];
    byVariable[variable] = scalarOrList(strings(condition.values, merged));
    conditions[test] = byVariable;
    any = true;
  }
  return any ? conditions : void 0;
}
function renderList(value, argument) {
  if (value === void 0) return void 0;
  if (containsUnknown(value)) return unknownPart(value, argument);
  const items = strings(value);
  return items.length > 0 ? scalarOrList(items) : void 0;
}
function renderPrincipalPart(value, argument) {
  if (value === void 0) return void 0;
  if (containsUnknown(value)) return unknownPart(value, argument);
  return renderPrincipals(blocks(value));
}
function renderPrincipals(list) {
  if (list.length === 0) return void 0;
  const byType = /* @__PURE__ */ new Map();
  for (const p of list) {
    const type = typeof p.type === "string" ? p.type : "";
    const ids = byType.get(type);
    if (ids) strings(p.identifiers, ids);
    else byType.set(type, strings(p.identifiers));
  }
  const wildcard = byType.get("*");
  if (byType.size === 1 && wildcard && wildcard.every((i) => i === "*")) return "*";
  const out = {};
  for (const [type, ids] of byType) out[type] = scalarOrList(ids);
  return out;
}
function scalarOrList(items) {
  return items.length === 1 ? items[0] ?? "" : items;
}
function blocks(value) {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}
function strings(value, into = []) {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) {
    for (const v of value) {
      if (typeof v === "string") into.push(v);
      else if (typeof v === "number" || typeof v === "boolean") into.push(String(v));
    }
  }
  return into;
}
function listOf(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function parseJsonPolicy(text) {
  try {
    const parsed2 = JSON.parse(text);
    const statement = parsed2.Statement;
    const list = Array.isArray(statement) ? statement : statement !== void 0 ? [statement] : [];
    return list.filter((s) => typeof s === "object" && s !== null && !Array.isArray(s));
  } catch {
    return new Unknown("a source or override policy document is not valid JSON");
  }
}
function unknownPart(value, what) {
  const refs = value === void 0 ? [] : collectRefs(value);
  return value instanceof Unknown ? value : new Unknown(`${what} is not known statically`, refs);
}
function collectRefs(value) {
  if (value instanceof Unknown) return value.refs;
  if (Array.isArray(value)) return value.flatMap(collectRefs);
  if (isObject(value)) return Object.values(value).flatMap(collectRefs);
  return [];
}

// src/rules/rg007-mfa-delete-needs-root.ts
var VERSIONING = {
  aws_s3_bucket_versioning: {
    block: "versioning_configuration",
    attribute: "versioning_configuration.mfa_delete",
    enables: (v) => v === "Enabled",
    written: 'versioning_configuration { mfa_delete = "Enabled" }'
  },
  // The aws_s3_bucket `versioning` block of AWS provider 3.x (deprecated since 4.0).
  aws_s3_bucket: {
    block: "versioning",
    attribute: "versioning.mfa_delete",
    enables: (v) => v === true || v === "true",
    written: "versioning { mfa_delete = true }"
  }
};
function mfaDeleteValues(values, spec) {
  if (!values) return [];
  const block = values[spec.block];
  if (block instanceof Unknown) return [block];
  return blocks(block).flatMap((b) => {
    const direct = b.mfa_delete;
    if (direct !== void 0) return [direct];
    return blocks(b.content).flatMap((c) => c.mfa_delete !== void 0 ? [c.mfa_delete] : []);
  });
}
function mfaDeleteLocation(r, spec) {
  const dynamic = `${spec.block}.content.mfa_delete`;
  return r.attributeLines[spec.attribute] !== void 0 ? attributeLocation(r, spec.attribute) : attributeLocation(r, r.attributeLines[dynamic] !== void 0 ? dynamic : spec.block);
}
function appliesIt(r, spec) {
  if (r.action === void 0 || r.action === "create" || r.action === "replace") return true;
  if (r.action !== "update") return false;
  return JSON.stringify(r.before?.[spec.block] ?? null) !== JSON.stringify(r.values[spec.block] ?? null);
}
function check(r) {
  const spec = VERSIONING[r.type];
  if (!spec || r.mode !== "managed") return [];
  if (r.origin === "plan" && r.values[spec.block] instanceof Unknown && spec.block === "versioning")
    return [];
  const values = mfaDeleteValues(r.values, spec);
  const location = mfaDeleteLocation(r, spec);
  const unknown = values.find((v) => v instanceof Unknown);
  if (!values.some((v) => spec.enables(v))) {
    if (r.action === "update" && mfaDeleteValues(r.before, spec).some((v) => spec.enables(v)) && !unknown) {
      return [
        finding(
          `${r.address} turns MFA delete off through Terraform: S3 accepts that only from the bucket owner's root user with the root MFA device's serial and a current code, so this apply needs root credentials and the root MFA in the pipeline. Change it by hand as root, and keep mfa_delete out of Terraform (lifecycle { ignore_changes = [${spec.block}] }).`,
          { resource: r.address, location, source: r.origin }
        )
      ];
    }
    if (unknown === void 0) return [];
    return [
      unverified(`whether ${r.address} enables MFA delete is not known: ${unknown.reason}`, {
        resource: r.address,
        location
      })
    ];
  }
  if (!appliesIt(r, spec)) return [];
  const change = r.action === "update" ? "changes the versioning of" : r.action === void 0 ? "sets" : "creates";
  return [
    finding(
      `${r.address} ${change} ${spec.written} through Terraform: S3 accepts that only from the bucket owner's root user with the root MFA device's serial and a current code, so the pipeline that applies it must hold root credentials and the root MFA. Enable MFA delete once by hand as root (aws s3api put-bucket-versioning --mfa ...) and keep it out of Terraform (omit mfa_delete, lifecycle { ignore_changes = [${spec.block}] }), or protect the objects with S3 Object Lock or an SCP that denies s3:DeleteObjectVersion instead.`,
      { resource: r.address, location, source: r.origin }
    )
  ];
}
var rule7 = {
  id: "RG007",
  name: "mfa-delete-needs-root",
  severity: "low",
  scope: "any",
  title: "S3 MFA delete managed by Terraform needs root credentials in the pipeline",
  rationale: "Only the root user, signed in with its MFA device, can turn S3 MFA delete on or off, so a Terraform configuration that sets it can only be applied with root credentials and a root MFA code in CI. That turns the most powerful credential in the account into a pipeline secret, for a setting that changes once.",
  remediation: 'Remove mfa_delete from Terraform: enable it once by hand as the root user (aws s3api put-bucket-versioning --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "<root MFA serial> <code>") and add lifecycle { ignore_changes = [versioning_configuration] } so Terraform leaves it alone. Where the goal is undeletable data, use S3 Object Lock (aws_s3_bucket_object_lock_configuration) or an SCP that denies s3:DeleteObjectVersion and s3:PutBucketVersioning, which need no root user.',
  example: {
    bad: [
      'resource "aws_s3_bucket_versioning" "audit" {',
      "  bucket = aws_s3_bucket.audit.id",
      "  mfa    = var.root_mfa_serial_and_code",
      "  versioning_configuration {",
      '    status     = "Enabled"',
      '    mfa_delete = "Enabled"',
      "  }",
      "}"
    ].join("\n"),
    good: [
      'resource "aws_s3_bucket_versioning" "audit" {',
      "  bucket = aws_s3_bucket.audit.id",
      "  versioning_configuration {",
      '    status = "Enabled"',
      "    # MFA delete was enabled once by the root user with aws s3api put-bucket-versioning --mfa",
      "  }",
      "  lifecycle {",
      "    ignore_changes = [versioning_configuration]",
      "  }",
      "}",
      "",
      'resource "aws_s3_bucket_object_lock_configuration" "audit" {',
      "  bucket = aws_s3_bucket.audit.id",
      "  rule {",
      "    default_retention {",
      '      mode = "GOVERNANCE"',
      "      days = 365",
      "    }",
      "  }",
      "}"
    ].join("\n")
  },
  docs: [
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingMFADelete.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning"
  ],
  check(ctx) {
    return ctx.resources.flatMap(check);
  }
};

// src/rules/rg008-unrestricted-assume-root.ts
var POLICY_ARGUMENT = {
  aws_iam_policy: "policy",
  aws_iam_role_policy: "policy",
  aws_iam_user_policy: "policy",
  aws_iam_group_policy: "policy",
  aws_ssoadmin_permission_set_inline_policy: "inline_policy"
};
function documents(resource) {
  const argument = POLICY_ARGUMENT[resource.type];
  if (argument !== void 0) {
    return [
      {
        text: resource.values[argument],
        label: resource.address,
        location: attributeLocation(resource, argument)
      }
    ];
  }
  if (resource.type !== "aws_iam_role") return [];
  const blocks2 = resource.values.inline_policy;
  const list = Array.isArray(blocks2) ? blocks2.filter(isObject) : isObject(blocks2) ? [blocks2] : [];
  return list.map((block, i) => ({
    text: block.policy,
    label: typeof block.name === "string" ? `${resource.address} inline policy "${block.name}"` : `${resource.address} inline_policy[${i}]`,
    location: i === 0 ? attributeLocation(resource, "inline_policy.policy") : resource.location
  }));
}
var TASK_PREFIX = "arn:aws:iam::aws:policy/root-task/";
function describeTasks(grant) {
  if (grant.taskPolicies === "*") return "any task policy (sts:TaskPolicyArn is not limited)";
  return grant.taskPolicies.map((t) => t.startsWith(TASK_PREFIX) ? t.slice(TASK_PREFIX.length) : t).join(", ");
}
function describeTargets(grant) {
  return grant.targets === "*" ? "any member account" : grant.targets.join(", ");
}
function tooWide(grant) {
  return grant.grants && (grant.targets === "*" || grant.taskPolicies === "*");
}
function describeGrant(label4, grant, indexes) {
  const how = grant.unrestricted ? "a root session for any purpose in every member account" : grant.targets === "*" ? "root sessions in every member account" : "root sessions with any task policy";
  const statements = grant.statements.map((i) => `Statement[${indexes[i] ?? i}]`).join(", ");
  return `${label4} allows sts:AssumeRoot (${statements}) on ${describeTargets(grant)} with ${describeTasks(grant)}: ${how}`;
}
function checkPartial2(resource, doc, policy) {
  const document = policy.partial;
  if (!isObject(document) || document.Statement instanceof Unknown) return [];
  const raw = document.Statement;
  const statements = Array.isArray(raw) ? raw : raw === void 0 ? [] : [raw];
  const knownIndexes = statements.flatMap((s, i) => containsUnknown(s) ? [] : [i]);
  if (knownIndexes.length === 0) return [];
  const parsed2 = parsePolicy({
    ...typeof document.Version === "string" ? { Version: document.Version } : {},
    Statement: knownIndexes.map((i) => statements[i] ?? null)
  });
  if (!parsed2.ok) return [];
  const grant = grantsAssumeRoot(parsed2.policy);
  if (!tooWide(grant)) return [];
  const message = describeGrant(doc.label, grant, knownIndexes);
  const unknown = statements.filter((s) => containsUnknown(s));
  const onlyAllows = unknown.every((s) => isObject(s) && s.Effect === "Allow");
  if (onlyAllows) {
    return [
      finding(`${message} (its other statements are not known statically, but they are Allows).`, {
        resource: resource.address,
        location: doc.location,
        source: resource.origin
      })
    ];
  }
  return [
    unverified(`${message}, unless a statement not known statically denies it (${policy.reason})`, {
      resource: resource.address,
      location: doc.location
    })
  ];
}
function checkDocument(resource, doc) {
  const text = settleUnknownNames(doc.text);
  if (text instanceof Unknown) return checkPartial2(resource, doc, text);
  if (typeof text === "string" ? text.trim() === "" : !isObject(text)) return [];
  const parsed2 = parsePolicy(text);
  if (!parsed2.ok) return [];
  const grant = grantsAssumeRoot(parsed2.policy);
  if (!tooWide(grant)) return [];
  const note = parsed2.warnings !== void 0 && parsed2.warnings.length > 0 ? ` Note: ${parsed2.warnings.join("; ")}.` : "";
  return [
    finding(`${describeGrant(doc.label, grant, [])}.${note}`, {
      resource: resource.address,
      location: doc.location,
      source: resource.origin
    })
  ];
}
var rule8 = {
  id: "RG008",
  name: "unrestricted-assume-root",
  severity: "medium",
  scope: "any",
  title: "An identity policy allows sts:AssumeRoot without limits",
  rationale: "sts:AssumeRoot starts a root-user session in a member account; the task policy (sts:TaskPolicyArn) decides whether that session can only audit credentials or can delete them, reset the password or unlock a bucket policy. A grant on every account or with every task policy hands root-user powers across the organization to whoever holds the policy.",
  remediation: 'Allow sts:AssumeRoot only on the member accounts that need it (Resource "arn:aws:iam::<account>:root", or aws:ResourceAccount) and only with the task policy the job needs, using StringEquals on sts:TaskPolicyArn. Grant it from a dedicated, tightly held role, not through sts:* or sts:Assume*.',
  example: {
    bad: [
      'resource "aws_iam_policy" "ops" {',
      '  name = "ops"',
      "  policy = jsonencode({",
      '    Version = "2012-10-17"',
      "    Statement = [{",
      '      Effect   = "Allow"',
      '      Action   = "sts:*"',
      '      Resource = "*"',
      "    }]",
      "  })",
      "}"
    ].join("\n"),
    good: [
      'resource "aws_iam_policy" "root_audit" {',
      '  name = "root-audit"',
      "  policy = jsonencode({",
      '    Version = "2012-10-17"',
      "    Statement = [{",
      '      Effect   = "Allow"',
      '      Action   = "sts:AssumeRoot"',
      '      Resource = "arn:aws:iam::111122223333:root"',
      "      Condition = {",
      "        StringEquals = {",
      '          "sts:TaskPolicyArn" = "arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials"',
      "        }",
      "      }",
      "    }]",
      "  })",
      "}"
    ].join("\n")
  },
  docs: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html",
    "https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html",
    "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecuritytokenservice.html"
  ],
  check(ctx) {
    return ctx.resources.filter((r) => r.mode === "managed" && r.action !== "delete").flatMap((r) => documents(r).flatMap((doc) => checkDocument(r, doc)));
  }
};

// src/model/cloudwatch-pattern.ts
function parseFilterPattern(pattern) {
  const text = pattern.trim();
  if (!text.startsWith("{")) return { kind: "text" };
  try {
    const parser = new FilterParser(text);
    return { kind: "json", expression: parser.parsePattern() };
  } catch (e) {
    return { kind: "invalid", error: e instanceof Error ? e.message : String(e) };
  }
}
function alternatives(expression, limit = 256) {
  switch (expression.kind) {
    case "term":
      return [[expression.term]];
    case "or": {
      const out = [];
      for (const item of expression.items) {
        const sub = alternatives(item, limit);
        if (sub === void 0) return void 0;
        out.push(...sub);
        if (out.length > limit) return void 0;
      }
      return out;
    }
    case "and": {
      let out = [[]];
      for (const item of expression.items) {
        const sub = alternatives(item, limit);
        if (sub === void 0 || out.length * sub.length > limit) return void 0;
        out = out.flatMap((left) => sub.map((right) => [...left, ...right]));
      }
      return out;
    }
  }
}
function termText(term) {
  switch (term.kind) {
    case "exists":
      return `${term.selector} ${term.exists ? "EXISTS" : "NOT EXISTS"}`;
    case "is":
      return `${term.selector} IS ${term.what}`;
    case "compare": {
      const v = term.value;
      const value = v.kind === "string" ? JSON.stringify(v.text) : v.kind === "number" ? String(v.value) : `%${v.source}%`;
      return `${term.selector} ${term.op} ${value}`;
    }
  }
}
function wildcardMatches(pattern, text) {
  if (!pattern.includes("*")) return pattern === text;
  const source = pattern.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`^${source}$`, "s").test(text);
}
var KEYWORD = /^[A-Za-z]+/;
var FilterParser = class {
  constructor(src) {
    this.src = src;
  }
  src;
  pos = 0;
  parsePattern() {
    this.expect("{");
    const expression = this.parseOr();
    this.expect("}");
    this.skipSpace();
    if (this.pos < this.src.length) this.fail("unexpected text after the closing brace");
    return expression;
  }
  parseOr() {
    const items = [this.parseAnd()];
    while (this.consume("||")) items.push(this.parseAnd());
    return items.length === 1 && items[0] ? items[0] : { kind: "or", items };
  }
  parseAnd() {
    const items = [this.parseUnary()];
    while (this.consume("&&")) items.push(this.parseUnary());
    return items.length === 1 && items[0] ? items[0] : { kind: "and", items };
  }
  parseUnary() {
    if (this.consume("(")) {
      const inner = this.parseOr();
      this.expect(")");
      return inner;
    }
    return { kind: "term", term: this.parseTerm() };
  }
  parseTerm() {
    const selector = this.parseSelector();
    this.skipSpace();
    const rest = this.src.slice(this.pos);
    const keyword = KEYWORD.exec(rest)?.[0]?.toUpperCase();
    if (keyword === "NOT") {
      this.pos += 3;
      this.skipSpace();
      const next = KEYWORD.exec(this.src.slice(this.pos))?.[0]?.toUpperCase();
      if (next !== "EXISTS") this.fail("expected EXISTS after NOT");
      this.pos += 6;
      return { kind: "exists", selector, exists: false };
    }
    if (keyword === "EXISTS") {
      this.pos += 6;
      return { kind: "exists", selector, exists: true };
    }
    if (keyword === "IS") {
      this.pos += 2;
      this.skipSpace();
      const what = KEYWORD.exec(this.src.slice(this.pos))?.[0]?.toUpperCase();
      if (what !== "NULL" && what !== "TRUE" && what !== "FALSE")
        this.fail("expected NULL, TRUE or FALSE after IS");
      this.pos += what.length;
      return { kind: "is", selector, what };
    }
    const op = ["!=", "<=", ">=", "=", "<", ">"].find((o) => rest.startsWith(o));
    if (op === void 0) this.fail(`expected a comparison after ${selector}`);
    this.pos += op.length;
    return { kind: "compare", selector, op, value: this.parseValue() };
  }
  /** `$.a.b[0].c`: kept as written, which is how CloudWatch compares selectors too. */
  parseSelector() {
    this.skipSpace();
    if (this.src[this.pos] !== "$") this.fail("expected a $. selector");
    const start = this.pos;
    this.pos++;
    for (; ; ) {
      const c = this.src[this.pos];
      if (c === ".") {
        this.pos++;
        const nameStart = this.pos;
        while (this.pos < this.src.length && /[A-Za-z0-9_\-@:]/.test(this.src[this.pos] ?? "")) this.pos++;
        if (this.pos === nameStart) this.fail('expected a field name after "."');
      } else if (c === "[") {
        const close = this.src.indexOf("]", this.pos);
        if (close < 0) this.fail('unclosed "["');
        this.pos = close + 1;
      } else break;
    }
    const selector = this.src.slice(start, this.pos);
    if (selector === "$") this.fail("expected a field after $");
    return selector;
  }
  parseValue() {
    this.skipSpace();
    const c = this.src[this.pos];
    if (c === '"') return { kind: "string", text: this.parseQuoted() };
    if (c === "%") {
      const close = this.src.indexOf("%", this.pos + 1);
      if (close < 0) this.fail("unclosed %regex%");
      const source = this.src.slice(this.pos + 1, close);
      this.pos = close + 1;
      return { kind: "regex", source };
    }
    const start = this.pos;
    while (this.pos < this.src.length && !/[\s()}&|]/.test(this.src[this.pos] ?? "")) this.pos++;
    const token = this.src.slice(start, this.pos);
    if (token === "") this.fail("expected a value");
    const number = Number(token);
    return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(token) && Number.isFinite(number) ? { kind: "number", value: number } : { kind: "string", text: token };
  }
  parseQuoted() {
    let out = "";
    this.pos++;
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === "\\") {
        out += this.src[this.pos + 1] ?? "";
        this.pos += 2;
      } else if (c === '"') {
        this.pos++;
        return out;
      } else {
        out += c;
        this.pos++;
      }
    }
    return this.fail("unclosed string");
  }
  skipSpace() {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos] ?? "")) this.pos++;
  }
  consume(token) {
    this.skipSpace();
    if (!this.src.startsWith(token, this.pos)) return false;
    this.pos += token.length;
    return true;
  }
  expect(token) {
    if (!this.consume(token)) this.fail(`expected "${token}"`);
  }
  fail(message) {
    throw new Error(`${message} at character ${this.pos + 1}`);
  }
};
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function parseEventPattern(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { kind: "invalid", error: e instanceof Error ? e.message : String(e) };
  }
  return isJsonObject(value) ? { kind: "pattern", pattern: value } : { kind: "invalid", error: "an event pattern must be a JSON object" };
}
function eventPatternField(pattern, path12, value) {
  const matchers = matchersAt(pattern, path12, 0);
  if (matchers.length === 0) return "absent";
  return matchers.some((m) => matcherListAccepts(m, value)) ? "accepts" : "rejects";
}
function matchersAt(node, path12, depth) {
  if (depth > 32 || !isJsonObject(node)) return [];
  const out = [];
  const branches = node.$or;
  if (Array.isArray(branches))
    for (const branch of branches) out.push(...matchersAt(branch, path12, depth + 1));
  const [head, ...rest] = path12;
  if (head === void 0) return out;
  const child = node[head];
  if (child === void 0) return out;
  if (rest.length === 0) {
    out.push(Array.isArray(child) ? child : [child]);
    return out;
  }
  out.push(...matchersAt(child, rest, depth + 1));
  return out;
}
function matcherListAccepts(list, value) {
  return list.some((m) => matcherAccepts(m, value));
}
function matcherAccepts(matcher, value) {
  if (typeof matcher === "string") return matcher === value;
  if (!isJsonObject(matcher)) return false;
  const [kind, arg] = Object.entries(matcher)[0] ?? [];
  switch (kind) {
    case "prefix":
      return stringTest(arg, (s, fold) => fold(value).startsWith(fold(s)));
    case "suffix":
      return stringTest(arg, (s, fold) => fold(value).endsWith(fold(s)));
    case "equals-ignore-case":
      return typeof arg === "string" && arg.toLowerCase() === value.toLowerCase();
    case "wildcard":
      return typeof arg === "string" && wildcardMatches(arg, value);
    case "exists":
      return arg === true;
    case "anything-but": {
      if (typeof arg === "string" || typeof arg === "number") return arg !== value;
      if (Array.isArray(arg)) return !arg.includes(value);
      if (isJsonObject(arg)) return !matcherAccepts(arg, value);
      return false;
    }
    default:
      return false;
  }
}
function stringTest(arg, test) {
  if (typeof arg === "string") return test(arg, (t) => t);
  if (isJsonObject(arg) && typeof arg["equals-ignore-case"] === "string")
    return test(arg["equals-ignore-case"], (t) => t.toLowerCase());
  return false;
}

// src/rules/rg009-root-activity-unmonitored.ts
var CIS_PATTERN = '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }';
var TYPE = "$.userIdentity.type";
var INVOKED_BY = "$.userIdentity.invokedBy";
var EVENT_TYPE = "$.eventType";
var ARN = "$.userIdentity.arn";
var ASSUMED_ROOT = "$.userIdentity.sessionContext.assumedRoot";
var isUnknownTri = (t) => typeof t === "object";
function selectsRoot(term) {
  return term.kind === "compare" && term.selector === TYPE && term.op === "=" && term.value.kind === "string" && wildcardMatches(term.value.text, "Root");
}
function holdsForRootActivity(term) {
  const text = term.kind === "compare" && term.value.kind === "string" ? term.value.text : void 0;
  switch (term.selector) {
    case TYPE:
      if (term.kind === "exists") return term.exists;
      if (term.kind !== "compare" || text === void 0) return false;
      return term.op === "=" ? wildcardMatches(text, "Root") : term.op === "!=" && !wildcardMatches(text, "Root");
    case INVOKED_BY:
      return term.kind === "exists" && !term.exists;
    case EVENT_TYPE:
      return term.kind === "compare" && term.op === "!=" && text === "AwsServiceEvent";
    case ARN:
      return term.kind === "compare" && term.op === "!=" && text !== void 0 && text.includes("assumed-root");
    case ASSUMED_ROOT:
      return term.kind === "exists" && !term.exists || term.kind === "compare" && term.op === "!=" && text === "true";
    default:
      return false;
  }
}
function filterCoverage(filter) {
  const pattern = filter.values.pattern;
  if (pattern instanceof Unknown)
    return { kind: "unknown", reason: `the pattern of ${filter.address} is not known: ${pattern.reason}` };
  if (typeof pattern !== "string") return { kind: "unrelated" };
  const parsed2 = parseFilterPattern(pattern);
  if (parsed2.kind === "text") return { kind: "unrelated" };
  if (parsed2.kind === "invalid") {
    return pattern.includes("Root") ? { kind: "unknown", reason: `the pattern of ${filter.address} could not be read: ${parsed2.error}` } : { kind: "unrelated" };
  }
  const alts = alternatives(parsed2.expression);
  if (alts === void 0)
    return { kind: "unknown", reason: `the pattern of ${filter.address} has too many alternatives to judge` };
  let narrowest;
  for (const alt of alts) {
    if (!alt.some(selectsRoot)) continue;
    const extra = alt.filter((t) => !holdsForRootActivity(t));
    if (extra.length === 0) return { kind: "covers" };
    const texts = extra.map(termText);
    if (narrowest === void 0 || texts.length < narrowest.length) narrowest = texts;
  }
  return narrowest ? { kind: "partial", narrowing: narrowest } : { kind: "unrelated" };
}
function baseAddress(address) {
  return address.replace(/\[[^\]]*\]$/, "");
}
function refersTo(value, target, field) {
  if (!(value instanceof Unknown)) return false;
  return value.refs.some(
    (ref) => (ref.address === target.address || ref.address === baseAddress(target.address)) && (ref.path.length === 0 || ref.path.includes(field))
  );
}
function sameString(own, other, owner, field, index2, label4) {
  if (refersTo(other, owner, field)) return "yes";
  const resolved = resolveValue(other, index2);
  if (resolved instanceof Unknown) return { unknown: `${label4} is not known: ${resolved.reason}` };
  if (own instanceof Unknown) return { unknown: `${label4} is not known: ${own.reason}` };
  if (typeof own !== "string" || typeof resolved !== "string") return "no";
  return own === resolved ? "yes" : "no";
}
function both(a, b) {
  if (a === "no" || b === "no") return "no";
  if (isUnknownTri(a)) return a;
  if (isUnknownTri(b)) return b;
  return "yes";
}
function alarmMetrics(alarm) {
  const out = [];
  if (alarm.values.metric_name !== void 0 && alarm.values.metric_name !== null)
    out.push({ name: alarm.values.metric_name, namespace: alarm.values.namespace });
  for (const query of blocks(alarm.values.metric_query))
    for (const metric of blocks(query.metric))
      out.push({ name: metric.metric_name, namespace: metric.namespace });
  return out;
}
function notifies(alarm) {
  if (alarm.values.actions_enabled === false) return "no";
  const actions = alarm.values.alarm_actions;
  if (actions instanceof Unknown)
    return { unknown: `alarm_actions of ${alarm.address} is not known: ${actions.reason}` };
  return Array.isArray(actions) && actions.length > 0 ? "yes" : "no";
}
function watched(filter, alarms, index2) {
  const silent = [];
  let unknown;
  for (const transformation of blocks(filter.values.metric_transformation)) {
    for (const alarm of alarms) {
      for (const metric of alarmMetrics(alarm)) {
        const label4 = `whether ${alarm.address} watches the metric of ${filter.address}`;
        const match = both(
          sameString(transformation.name, metric.name, filter, "name", index2, `${label4}: the metric name`),
          sameString(
            transformation.namespace,
            metric.namespace,
            filter,
            "namespace",
            index2,
            `${label4}: the namespace`
          )
        );
        if (match === "no") continue;
        const tells = notifies(alarm);
        if (match === "yes" && tells === "yes") return { verdict: "yes", silent };
        if (match === "yes" && tells === "no") silent.push(alarm);
        else
          unknown ??= isUnknownTri(match) ? match.unknown : isUnknownTri(tells) ? tells.unknown : void 0;
      }
    }
  }
  return { verdict: unknown !== void 0 ? { unknown } : "no", silent };
}
function eventRuleCoverage(rule13) {
  const pattern = rule13.values.event_pattern;
  if (pattern instanceof Unknown)
    return { unknown: `the event_pattern of ${rule13.address} is not known: ${pattern.reason}` };
  if (typeof pattern !== "string") return "unrelated";
  const parsed2 = parseEventPattern(pattern);
  if (parsed2.kind === "invalid")
    return pattern.includes("Root") ? { unknown: `the event_pattern of ${rule13.address} could not be read: ${parsed2.error}` } : "unrelated";
  return eventPatternField(parsed2.pattern, ["detail", "userIdentity", "type"], "Root") === "accepts" ? "covers" : "unrelated";
}
function disabled(rule13) {
  return rule13.values.state === "DISABLED" || rule13.values.is_enabled === false;
}
function targets(rule13, target, index2) {
  const named = target.values.rule;
  if (refersTo(named, rule13, "name") || refersTo(named, rule13, "id")) return "yes";
  const resolved = resolveValue(named, index2);
  if (resolved instanceof Unknown)
    return { unknown: `the rule of ${target.address} is not known: ${resolved.reason}` };
  const ruleName = rule13.values.name;
  if (typeof resolved !== "string" || typeof ruleName !== "string" || resolved !== ruleName) return "no";
  const busOf = (r) => r.values.event_bus_name ?? "default";
  const targetBus = resolveValue(busOf(target), index2);
  const ruleBus = resolveValue(busOf(rule13), index2);
  return typeof targetBus === "string" && typeof ruleBus === "string" && targetBus !== ruleBus ? "no" : "yes";
}
function place2(r, location = r.location) {
  return { resource: r.address, location };
}
function rootSessionsEnabled(org) {
  const features = knownStrings(org.iamFeatures?.enabledFeatures);
  return "items" in features && features.items.includes("RootSessions");
}
function quoted(value) {
  return typeof value === "string" ? `"${value}"` : "an unknown value";
}
var rule9 = {
  id: "RG009",
  name: "root-activity-unmonitored",
  severity: "low",
  scope: "organization",
  title: "No alarm on root user activity",
  rationale: "Once the root user is locked away, any root sign-in or API call is either a planned break-glass task or someone who recovered the password, and only an alarm tells you which before the damage shows. CloudTrail records root activity, but without a metric filter and alarm (or an EventBridge rule with a target) nobody is told.",
  remediation: `Send the organization trail to CloudWatch Logs and add an aws_cloudwatch_log_metric_filter with the CIS pattern ${CIS_PATTERN}, plus an aws_cloudwatch_metric_alarm on its metric (same metric_name and namespace) whose alarm_actions notify an SNS topic someone reads. Alternatively, add an aws_cloudwatch_event_rule whose event_pattern matches {"detail": {"userIdentity": {"type": ["Root"]}}} and an aws_cloudwatch_event_target that delivers it. With RootSessions enabled, exclude sts:AssumeRoot sessions from the alarm so planned privileged tasks do not page on-call, and track them through the AssumeRoot events instead.`,
  example: {
    bad: [
      'resource "aws_cloudwatch_log_metric_filter" "root_usage" {',
      '  name           = "root-usage"',
      "  log_group_name = aws_cloudwatch_log_group.cloudtrail.name",
      `  pattern        = ${JSON.stringify(CIS_PATTERN)}`,
      "  metric_transformation {",
      '    name      = "RootUsage"',
      '    namespace = "CISBenchmark"',
      '    value     = "1"',
      "  }",
      "}",
      "# no alarm watches CISBenchmark/RootUsage: the metric counts, nobody is told"
    ].join("\n"),
    good: [
      'resource "aws_cloudwatch_log_metric_filter" "root_usage" {',
      '  name           = "root-usage"',
      "  log_group_name = aws_cloudwatch_log_group.cloudtrail.name",
      `  pattern        = ${JSON.stringify(CIS_PATTERN)}`,
      "  metric_transformation {",
      '    name      = "RootUsage"',
      '    namespace = "CISBenchmark"',
      '    value     = "1"',
      "  }",
      "}",
      "",
      'resource "aws_cloudwatch_metric_alarm" "root_usage" {',
      '  alarm_name          = "root-usage"',
      "  metric_name         = aws_cloudwatch_log_metric_filter.root_usage.metric_transformation[0].name",
      "  namespace           = aws_cloudwatch_log_metric_filter.root_usage.metric_transformation[0].namespace",
      '  statistic           = "Sum"',
      "  period              = 300",
      "  evaluation_periods  = 1",
      "  threshold           = 1",
      '  comparison_operator = "GreaterThanOrEqualToThreshold"',
      '  treat_missing_data  = "notBreaching"',
      "  alarm_actions       = [aws_sns_topic.security_alerts.arn]",
      "}"
    ].join("\n")
  },
  docs: [
    "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/cloudtrail-track-privileged-tasks.html",
    "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html"
  ],
  check(ctx) {
    const index2 = indexResources(ctx.resources);
    const managed = (type) => ctx.resources.filter((r) => r.mode === "managed" && r.type === type);
    const filters = managed("aws_cloudwatch_log_metric_filter");
    const alarms = managed("aws_cloudwatch_metric_alarm");
    const eventRules = managed("aws_cloudwatch_event_rule");
    const eventTargets = managed("aws_cloudwatch_event_target");
    const undecided = [];
    const nearMisses = [];
    for (const filter of filters) {
      const coverage3 = filterCoverage(filter);
      if (coverage3.kind === "unrelated") continue;
      const watch = watched(filter, alarms, index2);
      if (coverage3.kind === "covers" && watch.verdict === "yes") return [];
      if (coverage3.kind === "unknown") {
        if (watch.verdict !== "no") undecided.push({ reason: coverage3.reason, at: filter });
        continue;
      }
      if (coverage3.kind === "partial") {
        nearMisses.push({
          text: `${filter.address} matches root activity only when also ${coverage3.narrowing.join(" && ")}`,
          at: filter,
          location: attributeLocation(filter, "pattern")
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
        text: watch.silent.length > 0 ? `${filter.address} matches root activity and ${watch.silent.map((a) => a.address).join(", ")} watches ${what}, but without alarm_actions (or with actions_enabled = false) it notifies no one` : `${filter.address} matches root activity, but no aws_cloudwatch_metric_alarm watches ${what}${otherAlarms(alarms, index2)}`,
        at: filter
      });
    }
    for (const eventRule of eventRules) {
      const coverage3 = eventRuleCoverage(eventRule);
      if (coverage3 === "unrelated") continue;
      const verdicts = eventTargets.map((t) => targets(eventRule, t, index2));
      const hasTarget = verdicts.includes("yes") ? "yes" : verdicts.find(isUnknownTri) ?? "no";
      if (coverage3 === "covers" && hasTarget === "yes" && !disabled(eventRule)) return [];
      if (disabled(eventRule)) {
        if (coverage3 === "covers")
          nearMisses.push({
            text: `${eventRule.address} matches root events but is disabled`,
            at: eventRule
          });
        continue;
      }
      if (typeof coverage3 === "object") {
        if (hasTarget !== "no") undecided.push({ reason: coverage3.unknown, at: eventRule });
        continue;
      }
      if (isUnknownTri(hasTarget)) {
        undecided.push({ reason: hasTarget.unknown, at: eventRule });
        continue;
      }
      nearMisses.push({
        text: `${eventRule.address} matches root events, but no aws_cloudwatch_event_target sends them anywhere`,
        at: eventRule
      });
    }
    if (undecided.length > 0) {
      return undecided.map(
        ({ reason, at: at2 }) => unverified(`whether root user activity raises an alarm is not known: ${reason}`, place2(at2))
      );
    }
    const first = nearMisses[0];
    const declared = ctx.org.organization !== void 0 && ctx.org.organization.origin !== "live";
    if (!first && !declared) {
      return [
        unverified(
          ctx.org.organization?.origin === "live" ? "root activity alarms are read from Terraform, not from the live organization: scan the stack that manages the CloudTrail alarms" : "no root activity alarm in the scanned sources, which do not declare the organization either: scan the stack that manages the CloudTrail alarms with it"
        )
      ];
    }
    const unread = first ? void 0 : unreadModules(ctx.org);
    if (unread) {
      return [
        unverified(
          `no root activity alarm in the scanned sources, but ${unread}`,
          organizationPlace(ctx.org)
        )
      ];
    }
    const where = first ? place2(first.at, first.location) : organizationPlace(ctx.org);
    const source = first?.at.origin ?? ctx.org.organization?.origin ?? "hcl";
    const details = nearMisses.length > 0 ? ` Close: ${nearMisses.map((n) => n.text).join("; ")}.` : "";
    const sessions = rootSessionsEnabled(ctx.org) ? " RootSessions is enabled: when you add the alarm, exclude sts:AssumeRoot sessions (for example with a condition on $.userIdentity.arn that leaves out assumed-root session ARNs) so planned privileged tasks do not page on-call, and track those sessions through their AssumeRoot events." : "";
    const reports = [
      finding(
        `Nothing alerts on root user activity: no aws_cloudwatch_log_metric_filter matching root activity (${CIS_PATTERN}) feeds an aws_cloudwatch_metric_alarm that notifies someone, and no aws_cloudwatch_event_rule on detail.userIdentity.type "Root" has a target.${details}${sessions}`,
        { ...where, source }
      )
    ];
    return reports;
  }
};
function otherAlarms(alarms, index2) {
  const named = alarms.flatMap(
    (a) => alarmMetrics(a).map((m) => ({
      a,
      name: resolveValue(m.name, index2),
      namespace: resolveValue(m.namespace, index2)
    }))
  ).filter(({ name }) => typeof name === "string").slice(0, 3).map(({ a, name, namespace }) => `${a.address} watches ${quoted(name)} in ${quoted(namespace)}`);
  return named.length > 0 ? ` (${named.join(", ")})` : "";
}

// src/rules/rg010-root-mfa-disabled.ts
var rule10 = {
  id: "RG010",
  name: "root-mfa-disabled",
  severity: "high",
  scope: "live",
  title: "The management account root user has no MFA",
  rationale: "The root user of the management account controls the whole organization, and no SCP or IAM policy can restrict it. Without MFA, its email address and password alone are enough to take over every account in the organization.",
  remediation: "Sign in as the management account root user and register an MFA device (a FIDO2 security key, or a virtual authenticator app) under Security credentials; register a second device so one lost key does not lock the organization out. Terraform cannot manage root MFA: this is a console task.",
  example: {
    bad: "aws iam get-account-summary --query SummaryMap.AccountMFAEnabled\n0",
    good: "aws iam get-account-summary --query SummaryMap.AccountMFAEnabled\n1"
  },
  docs: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html",
    "https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html"
  ],
  check(ctx) {
    const live = ctx.live;
    if (live === void 0) {
      return [
        unverified(
          "no facts about the management account were read from AWS, so its root MFA is not checked"
        )
      ];
    }
    const account = live.managementAccountId;
    const resource = account !== void 0 ? `arn:aws:iam::${account}:root` : "management account root user";
    const reports = [];
    if (live.mfaEnabled === false) {
      reports.push(
        finding(
          `The root user of the management account${account !== void 0 ? ` ${account}` : ""} has no MFA device (AccountMFAEnabled = 0): its password alone opens the whole organization.`,
          { resource, source: "live" }
        )
      );
    }
    for (const member of live.members ?? []) {
      if (member.passwordPresent !== true || member.mfaEnabled !== false) continue;
      const name = member.name !== void 0 ? ` "${member.name}"` : "";
      reports.push(
        finding(
          `The root user of member account ${member.accountId}${name} has a password and no MFA device. Delete the password centrally (sts:AssumeRoot with IAMDeleteRootUserCredentials) or add MFA.`,
          { resource: `arn:aws:iam::${member.accountId}:root`, source: "live" }
        )
      );
    }
    return reports;
  }
};

// src/rules/rg011-accounts-created-with-root-credentials.ts
var FEATURE = "RootCredentialsManagement";
var MAX_NAMED = 10;
function baseAddress2(address) {
  return address.replace(/\[[^\]]*\]$/, "");
}
function creates(r) {
  return r.action === void 0 || r.action === "create" || r.action === "replace";
}
function groupByBlock(accounts) {
  const groups = /* @__PURE__ */ new Map();
  for (const a of accounts) {
    const key = baseAddress2(a.address);
    const list = groups.get(key) ?? [];
    list.push(a);
    groups.set(key, list);
  }
  return [...groups.values()].flatMap((instances) => {
    const first = instances[0];
    if (!first) return [];
    return [
      {
        address: instances.length === 1 ? first.address : baseAddress2(first.address),
        instances,
        location: first.location
      }
    ];
  });
}
function featureState(org) {
  const features = org.iamFeatures;
  if (!features) {
    const unread = unreadModules(org);
    if (unread) return { unknown: `no aws_iam_organizations_features in the scanned sources, but ${unread}` };
    if (!org.organization)
      return {
        unknown: "the scanned sources declare neither aws_organizations_organization nor aws_iam_organizations_features; scan the stack that manages the organization with these accounts"
      };
    return { enabled: false };
  }
  const enabled = knownStrings(features.enabledFeatures);
  if ("unknown" in enabled)
    return {
      unknown: `enabled_features of ${features.resource ?? "the organization"} is not known: ${enabled.unknown}`,
      ...features.resource ? { resource: features.resource } : {}
    };
  return { enabled: enabled.items.includes(FEATURE) };
}
function whyNot(org) {
  const features = org.iamFeatures;
  return features ? `${features.resource ?? "aws_iam_organizations_features"} does not enable ${FEATURE}` : `no aws_iam_organizations_features enables ${FEATURE}`;
}
var rule11 = {
  id: "RG011",
  name: "accounts-created-with-root-credentials",
  severity: "medium",
  scope: "organization",
  title: "Accounts are created while RootCredentialsManagement is off",
  rationale: "Every account AWS Organizations creates has a root user; unless RootCredentialsManagement is enabled, that root user can be given a password through the account email address, so each new account adds a recoverable root credential nobody watches. With the feature on, new member accounts are created without root credentials.",
  remediation: 'Enable centralized root access before (or in the same apply as) creating accounts: declare aws_iam_organizations_features with enabled_features = ["RootCredentialsManagement", "RootSessions"], with iam.amazonaws.com in aws_service_access_principals, and make the accounts depend on it. For accounts created earlier, delete their root credentials centrally (sts:AssumeRoot with the IAMDeleteRootUserCredentials task policy).',
  example: {
    bad: [
      'resource "aws_organizations_account" "sandbox" {',
      '  name      = "sandbox"',
      '  email     = "aws+sandbox@example.com"',
      "  parent_id = aws_organizations_organizational_unit.workloads.id",
      "}"
    ].join("\n"),
    good: [
      CENTRALIZED_ROOT_ACCESS,
      "",
      'resource "aws_organizations_account" "sandbox" {',
      '  name       = "sandbox"',
      '  email      = "aws+sandbox@example.com"',
      "  parent_id  = aws_organizations_organizational_unit.workloads.id",
      "  depends_on = [aws_iam_organizations_features.root]",
      "}"
    ].join("\n")
  },
  docs: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-enable-root-access.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_organizations_features"
  ],
  check(ctx) {
    const created = ctx.resources.filter(
      (r) => r.mode === "managed" && r.type === "aws_organizations_account" && creates(r)
    );
    if (created.length === 0) return [];
    const state = featureState(ctx.org);
    if ("unknown" in state) {
      return [
        unverified(
          `whether new accounts get root credentials is not known: ${state.unknown}`,
          state.resource !== void 0 ? { resource: state.resource } : {}
        )
      ];
    }
    if (state.enabled) return [];
    const why = whyNot(ctx.org);
    const groups = groupByBlock(created).sort(
      (a, b) => (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) || a.location.line - b.location.line
    );
    const reports = groups.slice(0, MAX_NAMED).map((g) => {
      const first = g.instances[0];
      const what = g.instances.length === 1 ? "a member account" : `${g.instances.length} member accounts (${g.instances.map((i) => i.address).join(", ")})`;
      const change = first?.action === "replace" ? `replaces ${what} with a new one` : `creates ${what}`;
      return finding(
        `${g.address} ${change} while ${why}: each account Organizations creates gets a root user whose password can be recovered through its email address. Enable ${FEATURE} first so new accounts are created without root credentials.`,
        { resource: g.address, location: g.location, source: first?.origin ?? "hcl" }
      );
    });
    const rest = groups.slice(MAX_NAMED);
    const next = rest[0];
    if (next) {
      const count = rest.reduce((n, g) => n + g.instances.length, 0);
      const names = rest.slice(0, 5).map((g) => g.address);
      reports.push(
        finding(
          `${count} more member account${count === 1 ? " is" : "s are"} created the same way while ${why}: ${names.join(", ")}${rest.length > names.length ? ", ..." : ""}.`,
          { resource: next.address, location: next.location, source: next.instances[0]?.origin ?? "hcl" }
        )
      );
    }
    return reports;
  }
};

// src/rules/rg012-root-deny-scp-blocks-root-sessions.ts
var FEATURE2 = "RootSessions";
var TASK_ACTIONS = [
  { task: "IAMAuditRootUserCredentials", actions: ["iam:GetLoginProfile", "iam:ListAccessKeys"] },
  { task: "IAMCreateRootUserPassword", actions: ["iam:CreateLoginProfile"] },
  { task: "IAMDeleteRootUserCredentials", actions: ["iam:DeleteLoginProfile", "iam:DeleteAccessKey"] },
  { task: "S3UnlockBucketPolicy", actions: ["s3:DeleteBucketPolicy"] },
  { task: "SQSUnlockQueuePolicy", actions: ["sqs:SetQueueAttributes"] }
];
function blockedTasks(doc) {
  const session = probe("root", PROBE_ACCOUNT, { detail: true, assumedRoot: true });
  const denied = [];
  const maybe = [];
  for (const { task, actions } of TASK_ACTIONS) {
    const decisions = actions.map(
      (action) => evaluate(doc, {
        principal: session.arn,
        principalAccount: session.account,
        action,
        context: session.context
      })
    );
    if (decisions.includes("deny")) denied.push(task);
    else if (decisions.includes("depends")) maybe.push(task);
  }
  return { denied, maybe };
}
function place3(policy) {
  const location = policy.contentLocation ?? policy.location;
  return { ...policy.resource ? { resource: policy.resource } : {}, ...location ? { location } : {} };
}
function fixFor(policy) {
  return policy.controlTower !== void 0 ? `Enable ${policy.controlTower} with the ExemptAssumeRoot parameter: parameters { key = "ExemptAssumeRoot", value = jsonencode(true) }.` : 'Add "Null": {"aws:AssumedRoot": "true"} to its Condition.';
}
function label3(policy) {
  return policy.resource ?? `SCP "${policy.name}"`;
}
function coverage2(org, policy) {
  const names = attachmentsOf(org, policy.key).flatMap(
    (a) => "key" in a.target ? [describeNode(org.nodes.get(a.target.key), a.target.key)] : []
  );
  return names.length > 0 ? ` in the accounts under ${[...new Set(names)].join(", ")}` : " in member accounts";
}
function candidates(org) {
  return scps(org).flatMap((policy) => {
    const cls = classifyScp(policy);
    if (cls.kind !== "root-deny" || cls.result.exemptsAssumedRoot) return [];
    if (attachmentsOf(org, policy.key).length === 0 && !maybeAttached(org, policy.key)) return [];
    const doc = documentOf3(policy);
    return doc ? [{ policy, doc }] : [];
  });
}
function documentOf3(policy) {
  const content = policy.content;
  if (content.kind === "known") {
    const parsed3 = parsePolicy(content.text);
    return parsed3.ok ? parsed3.policy : void 0;
  }
  if (content.kind !== "partial" || !isObject(content.document)) return void 0;
  const raw = content.document.Statement;
  const statements = Array.isArray(raw) ? raw : raw === void 0 ? [] : [raw];
  const known = statements.filter((s) => !containsUnknown(s));
  const version = content.document.Version;
  const parsed2 = parsePolicy({
    ...typeof version === "string" ? { Version: version } : {},
    Statement: known
  });
  return parsed2.ok ? parsed2.policy : void 0;
}
var rule12 = {
  id: "RG012",
  name: "root-deny-scp-blocks-root-sessions",
  severity: "medium",
  scope: "organization",
  title: "A root-deny SCP blocks centralized root sessions",
  rationale: "With RootSessions enabled, privileged root tasks (deleting root credentials, unlocking a bucket or queue policy) run as short sts:AssumeRoot sessions from the management account, and those sessions are the member account root user. A root-deny SCP without an aws:AssumedRoot exemption denies them too, so the one sanctioned way to do a root task fails exactly when it is needed.",
  remediation: 'Add "Null": {"aws:AssumedRoot": "true"} to the Condition of every statement that denies the root user: the statement then applies only to the root user signing in itself, and sessions started with sts:AssumeRoot (which need a task policy and the management account) keep working. With the Control Tower control AWS-GR_RESTRICT_ROOT_USER, enable it with the ExemptAssumeRoot parameter instead.',
  example: {
    bad: [
      'resource "aws_organizations_policy" "deny_root" {',
      '  name = "deny-root-user"',
      "  content = jsonencode({",
      '    Version = "2012-10-17"',
      "    Statement = [{",
      '      Effect    = "Deny"',
      '      Action    = "*"',
      '      Resource  = "*"',
      "      Condition = {",
      '        ArnLike = { "aws:PrincipalArn" = "arn:aws:iam::*:root" }',
      "      }",
      "    }]",
      "  })",
      "}"
    ].join("\n"),
    good: ROOT_DENY_SCP
  },
  docs: [
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-assumedroot",
    "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html"
  ],
  check(ctx) {
    const org = ctx.org;
    const features = org.iamFeatures;
    if (!features) return [];
    const found = candidates(org);
    if (found.length === 0) return [];
    const enabled = knownStrings(features.enabledFeatures);
    if ("unknown" in enabled) {
      const names = found.map(({ policy }) => label3(policy)).join(", ");
      return [
        unverified(
          `whether ${FEATURE2} is enabled is not known (${enabled.unknown}); if it is, ${names} also denies the root sessions it starts, having no aws:AssumedRoot exemption`,
          {
            ...features.resource ? { resource: features.resource } : {},
            ...features.enabledFeaturesLocation ? { location: features.enabledFeaturesLocation } : {}
          }
        )
      ];
    }
    if (!enabled.items.includes(FEATURE2)) return [];
    const reports = [];
    for (const { policy, doc } of found) {
      const { denied, maybe } = blockedTasks(doc);
      const where = coverage2(org, policy);
      if (denied.length > 0) {
        const alsoMaybe = maybe.length > 0 ? ` (and, depending on its conditions, ${maybe.join(", ")})` : "";
        reports.push(
          finding(
            `${label3(policy)} denies the root user with no aws:AssumedRoot exemption, while ${FEATURE2} is enabled: the sts:AssumeRoot sessions the management account starts are the root user too, so ${denied.join(", ")}${alsoMaybe} fail${where}. ${fixFor(policy)}`,
            { ...place3(policy), source: policy.origin }
          )
        );
      } else if (maybe.length > 0) {
        reports.push(
          unverified(
            `${label3(policy)} has no aws:AssumedRoot exemption; whether it denies the root tasks ${maybe.join(", ")} to sts:AssumeRoot sessions${where} depends on its conditions`,
            place3(policy)
          )
        );
      }
    }
    return reports;
  }
};

// src/rules/index.ts
var rules = [
  rule,
  rule2,
  rule3,
  rule4,
  rule5,
  rule6,
  rule7,
  rule8,
  rule9,
  rule10,
  rule11,
  rule12
];

// src/baseline.ts
import { promises as fs2 } from "node:fs";

// src/model/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(finding2) {
  return createHash("sha256").update(
    [finding2.ruleId, finding2.resource ?? "", finding2.location?.file ?? "", finding2.message].join("\0")
  ).digest("hex").slice(0, 32);
}

// src/load/files.ts
import { promises as fs } from "node:fs";
import path from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".terraform", "node_modules"]);
var TERRAFORM_SUFFIXES = [".tf", ".tf.json", ".tofu", ".tofu.json"];
function isTerraformFile(name) {
  return TERRAFORM_SUFFIXES.some((suffix) => name.endsWith(suffix));
}
function isModuleFile(name) {
  return !name.startsWith(".") && isTerraformFile(name);
}
function displayPath(file, cwd) {
  const rel = path.relative(cwd, file);
  return (rel === "" ? "." : rel).split(path.sep).join("/");
}
async function discoverTerraformFiles(paths, cwd, exclude = () => false) {
  const files = /* @__PURE__ */ new Set();
  const errors = [];
  const visitedDirs = /* @__PURE__ */ new Set();
  async function walk(dir) {
    let real;
    try {
      real = await fs.realpath(dir);
    } catch (e) {
      errors.push({ file: displayPath(dir, cwd), message: `cannot read directory: ${errorText(e)}` });
      return;
    }
    if (visitedDirs.has(real)) return;
    visitedDirs.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      errors.push({ file: displayPath(dir, cwd), message: `cannot read directory: ${errorText(e)}` });
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (exclude(displayPath(full, cwd))) continue;
      const kind = await entryKind(entry, full);
      if (kind === "directory") {
        if (entry.name.startsWith(".") || SKIPPED_DIRS.has(entry.name)) continue;
        await walk(full);
      } else if (kind === "file" && isModuleFile(entry.name)) {
        files.add(full);
      }
    }
  }
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch {
      errors.push({ file: displayPath(full, cwd), message: "no such file or directory" });
      continue;
    }
    if (stat.isDirectory()) await walk(full);
    else if (isTerraformFile(full)) files.add(full);
    else
      errors.push({ file: displayPath(full, cwd), message: "not a Terraform file (.tf, .tf.json, .tofu)" });
  }
  return { files: preferTofuFiles([...files]).sort(), errors };
}
async function moduleFilesIn(dir) {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (isModuleFile(entry.name) && await entryKind(entry, full) === "file") files.push(full);
  }
  return preferTofuFiles(files).sort();
}
async function entryKind(entry, full) {
  if (entry.isFile()) return "file";
  if (entry.isDirectory()) return "directory";
  if (!entry.isSymbolicLink()) return void 0;
  try {
    const stat = await fs.stat(full);
    return stat.isFile() ? "file" : stat.isDirectory() ? "directory" : void 0;
  } catch {
    return void 0;
  }
}
function preferTofuFiles(files) {
  const present = new Set(files);
  return files.filter((f) => {
    if (f.endsWith(".tf")) return !present.has(`${f.slice(0, -3)}.tofu`);
    if (f.endsWith(".tf.json")) return !present.has(`${f.slice(0, -8)}.tofu.json`);
    return true;
  });
}
function errorText(e) {
  if (e instanceof Error) {
    const code = e.code;
    return code ? `${code}: ${e.message.replace(/^\w+: /, "")}` : e.message;
  }
  return String(e);
}

// src/baseline.ts
function createBaseline(findings) {
  return {
    version: 1,
    findings: findings.filter((f) => !f.suppressed).map((f) => ({
      ruleId: f.ruleId,
      fingerprint: fingerprint(f),
      ...f.resource !== void 0 ? { resource: f.resource } : {},
      ...f.location !== void 0 ? { file: f.location.file } : {}
    }))
  };
}
async function readBaseline(file, display) {
  let text;
  try {
    text = await fs2.readFile(file, "utf8");
  } catch (e) {
    return { error: { file: display, message: `cannot read baseline: ${errorText(e)}` } };
  }
  let parsed2;
  try {
    parsed2 = JSON.parse(text);
  } catch {
    const { message, line } = describeJsonError(text);
    return {
      error: { file: display, ...line !== void 0 ? { line } : {}, message: `invalid JSON: ${message}` }
    };
  }
  if (parsed2 === null || typeof parsed2 !== "object" || parsed2.version !== 1 || !Array.isArray(parsed2.findings)) {
    return {
      error: {
        file: display,
        message: 'not a RootGuard baseline (expected {"version": 1, "findings": [...]})'
      }
    };
  }
  return { baseline: parsed2 };
}
function applyBaseline(findings, baseline, display) {
  const known = new Set(baseline.findings.map((b) => b.fingerprint));
  return findings.map(
    (f) => !f.suppressed && known.has(fingerprint(f)) ? { ...f, suppressed: true, justification: `in baseline ${display}` } : f
  );
}

// src/scan.ts
import path11 from "node:path";

// src/config.ts
import { promises as fs3 } from "node:fs";
import path2 from "node:path";
var CONFIG_FILE_NAMES = [".rootguard.yml", ".rootguard.yaml"];
var EMPTY_CONFIG = {
  disabledRules: /* @__PURE__ */ new Set(),
  severityOverrides: /* @__PURE__ */ new Map(),
  exclude: [],
  ignore: []
};
async function loadConfig(explicit, cwd, ruleIds) {
  const candidates2 = explicit !== void 0 ? [explicit] : CONFIG_FILE_NAMES;
  for (const candidate of candidates2) {
    const file = path2.resolve(cwd, candidate);
    const display = path2.relative(cwd, file).split(path2.sep).join("/");
    let text;
    try {
      text = await fs3.readFile(file, "utf8");
    } catch (e) {
      if (explicit === void 0 && e.code === "ENOENT") continue;
      return {
        ok: false,
        errors: [{ file: display, message: `cannot read config: ${e.message}` }]
      };
    }
    const { parseConfig } = await import("./config-parse-2KIH6ABJ.js");
    return parseConfig(text, display, ruleIds);
  }
  return { ok: true, config: EMPTY_CONFIG };
}
var compiledGlobs = /* @__PURE__ */ new Map();
var MAX_COMPILED_GLOBS = 1024;
function globMatches(pattern, text) {
  let compiled = compiledGlobs.get(pattern);
  if (compiled === void 0) {
    if (compiledGlobs.size >= MAX_COMPILED_GLOBS) compiledGlobs.clear();
    compiled = compileGlob(pattern);
    compiledGlobs.set(pattern, compiled);
  }
  return compiled.whole.test(text) || compiled.under.test(text);
}
function compileGlob(pattern) {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? "";
    if (c === "*" && pattern[i + 1] === "*") {
      re += ".*";
      i++;
      if (pattern[i + 1] === "/") i++;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  const normalised = pattern.endsWith("/") ? `${re}.*` : re;
  return { whole: new RegExp(`^${normalised}$`), under: new RegExp(`^${normalised}/`) };
}

// src/engine.ts
function applies(rule13, ctx, options) {
  if (rule13.scope === "live") return options.live;
  if (rule13.scope === "organization") {
    if (options.scope === "workload") return false;
    return options.scope === "organization" || ctx.org.managed || ctx.orgBefore?.managed === true;
  }
  return true;
}
function runRules(rules2, ctx, options) {
  const findings = [];
  const unverified2 = [];
  const crashes = [];
  const applicable = rules2.filter((rule13) => applies(rule13, ctx, options));
  const context = { ...ctx, running: new Set(applicable.map((rule13) => rule13.id)) };
  for (const rule13 of applicable) {
    let reports;
    try {
      reports = rule13.check(context);
    } catch (e) {
      crashes.push({ ruleId: rule13.id, message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    for (const report of reports) {
      if (report.kind === "finding") {
        findings.push({
          ruleId: rule13.id,
          severity: rule13.severity,
          title: rule13.title,
          message: report.message,
          ...report.resource !== void 0 ? { resource: report.resource } : {},
          ...report.location !== void 0 ? { location: report.location } : {},
          source: report.source,
          suppressed: false
        });
      } else {
        unverified2.push({
          ruleId: rule13.id,
          reason: report.reason,
          ...report.resource !== void 0 ? { resource: report.resource } : {},
          ...report.location !== void 0 ? { location: report.location } : {}
        });
      }
    }
  }
  return { findings: sortFindings(dedupe(findings)), unverified: dedupeUnverified(unverified2), crashes };
}
function findingKey(f) {
  return [f.ruleId, f.resource ?? "", f.location?.file ?? "", f.location?.line ?? 0, f.message].join(
    "\0"
  );
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) if (!seen.has(findingKey(f))) seen.set(findingKey(f), f);
  return [...seen.values()];
}
function dedupeUnverified(items) {
  const seen = /* @__PURE__ */ new Map();
  for (const u of items) {
    const key = [u.ruleId, u.resource ?? "", u.reason].join("\0");
    if (!seen.has(key)) seen.set(key, u);
  }
  return [...seen.values()];
}
function sortFindings(findings) {
  return [...findings].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || compareText(a.location?.file ?? "", b.location?.file ?? "") || (a.location?.line ?? 0) - (b.location?.line ?? 0) || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message)
  );
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/load/terraform.ts
import path8 from "node:path";

// src/load/hcl.ts
import { readFileSync } from "node:fs";

// src/load/locate.ts
var ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function isIdentStart(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c > 127;
}
function isIdentPart(c) {
  return isIdentStart(c) || c >= 48 && c <= 57 || c === 45 /* Minus */;
}
function locateHclBlocks(text) {
  return new Locator(text).run();
}
var Locator = class {
  constructor(src) {
    this.src = src;
  }
  src;
  pos = 0;
  line = 1;
  blocks = [];
  /** Open blocks: the top-level block being filled and the nested path inside it. */
  stack = [];
  run() {
    const n = this.src.length;
    while (this.pos < n) {
      this.skipSpaceAndComments(true);
      if (this.pos >= n) break;
      const c = this.src.charCodeAt(this.pos);
      if (c === 125 /* RBrace */) {
        this.stack.pop();
        this.pos++;
        continue;
      }
      if (!isIdentStart(c)) {
        this.advance();
        continue;
      }
      const startLine = this.line;
      const name = this.readIdent();
      this.skipSpaceAndComments(false);
      const next = this.src.charCodeAt(this.pos);
      if (next === 61 /* Eq */ && this.src.charCodeAt(this.pos + 1) !== 61 /* Eq */) {
        this.pos++;
        this.recordAttribute(name, startLine);
        this.skipExpression();
      } else {
        this.readBlockHeader(name, startLine);
      }
    }
    return this.blocks;
  }
  recordAttribute(name, line) {
    const top = this.stack[this.stack.length - 1];
    if (!top?.block) return;
    const path12 = top.path === "" ? name : `${top.path}.${name}`;
    if (!top.block.attributes.has(path12)) top.block.attributes.set(path12, line);
  }
  readBlockHeader(type, line) {
    const labels = [];
    for (; ; ) {
      this.skipSpaceAndComments(false);
      const c = this.src.charCodeAt(this.pos);
      if (c === 34 /* Quote */) labels.push(this.readQuotedLabel());
      else if (isIdentStart(c)) labels.push(this.readIdent());
      else break;
    }
    if (this.src.charCodeAt(this.pos) !== 123 /* LBrace */) return;
    this.pos++;
    const top = this.stack[this.stack.length - 1];
    if (top === void 0) {
      const block = { type, labels, line, attributes: /* @__PURE__ */ new Map() };
      this.blocks.push(block);
      this.stack.push({ block, path: "" });
    } else {
      const segment = type === "dynamic" && labels[0] !== void 0 ? labels[0] : type;
      const path12 = top.path === "" ? segment : `${top.path}.${segment}`;
      if (top.block && !top.block.attributes.has(path12)) top.block.attributes.set(path12, line);
      this.stack.push({ block: top.block, path: path12 });
    }
  }
  readIdent() {
    const start = this.pos;
    while (this.pos < this.src.length && isIdentPart(this.src.charCodeAt(this.pos))) this.pos++;
    return this.src.slice(start, this.pos);
  }
  /** A quoted label, decoded as hcl2json decodes it (escapes, `$${` and `%%{`), so that pairing finds it. */
  readQuotedLabel() {
    this.pos++;
    let out = "";
    while (this.pos < this.src.length) {
      const c = this.src.charCodeAt(this.pos);
      if (c === 34 /* Quote */) {
        this.pos++;
        break;
      }
      if (c === 10 /* LF */) break;
      if (c === 92 /* Backslash */) {
        const e = this.src[this.pos + 1] ?? "";
        const digits = e === "u" ? 4 : e === "U" ? 8 : 0;
        if (digits > 0) {
          const code = parseInt(this.src.slice(this.pos + 2, this.pos + 2 + digits), 16);
          out += Number.isNaN(code) || code > 1114111 ? "" : String.fromCodePoint(code);
          this.pos += 2 + digits;
          continue;
        }
        out += ESCAPES[e] ?? e;
        this.pos += 2;
        continue;
      }
      if ((c === 36 /* Dollar */ || c === 37 /* Percent */) && this.src.charCodeAt(this.pos + 1) === c && this.src.charCodeAt(this.pos + 2) === 123 /* LBrace */) {
        out += this.src[this.pos] + "{";
        this.pos += 3;
        continue;
      }
      out += this.src[this.pos];
      this.pos++;
    }
    return out;
  }
  advance() {
    if (this.src.charCodeAt(this.pos) === 10 /* LF */) this.line++;
    this.pos++;
  }
  /** Skips blanks and comments; newlines too when `newlines` is set. */
  skipSpaceAndComments(newlines) {
    const n = this.src.length;
    while (this.pos < n) {
      const c = this.src.charCodeAt(this.pos);
      if (c === 32 /* Space */ || c === 9 /* Tab */ || c === 13 /* CR */) this.pos++;
      else if (c === 10 /* LF */) {
        if (!newlines) return;
        this.line++;
        this.pos++;
      } else if (c === 35 /* Hash */ || c === 47 /* Slash */ && this.src.charCodeAt(this.pos + 1) === 47 /* Slash */) {
        while (this.pos < n && this.src.charCodeAt(this.pos) !== 10 /* LF */) this.pos++;
      } else if (c === 47 /* Slash */ && this.src.charCodeAt(this.pos + 1) === 42 /* Star */) {
        this.skipBlockComment();
      } else return;
    }
  }
  skipBlockComment() {
    this.pos += 2;
    while (this.pos < this.src.length) {
      if (this.src.charCodeAt(this.pos) === 42 /* Star */ && this.src.charCodeAt(this.pos + 1) === 47 /* Slash */) {
        this.pos += 2;
        return;
      }
      this.advance();
    }
  }
  /** Skips an attribute's expression: up to a newline or `}` outside brackets, strings and heredocs. */
  skipExpression() {
    let depth = 0;
    const n = this.src.length;
    while (this.pos < n) {
      const c = this.src.charCodeAt(this.pos);
      if (c === 10 /* LF */) {
        if (depth === 0) return;
        this.advance();
      } else if (c === 34 /* Quote */) this.skipQuoted();
      else if (c === 60 /* Lt */ && this.src.charCodeAt(this.pos + 1) === 60 /* Lt */ && this.tryHeredoc()) continue;
      else if (c === 35 /* Hash */ || c === 47 /* Slash */ && this.src.charCodeAt(this.pos + 1) === 47 /* Slash */) {
        while (this.pos < n && this.src.charCodeAt(this.pos) !== 10 /* LF */) this.pos++;
      } else if (c === 47 /* Slash */ && this.src.charCodeAt(this.pos + 1) === 42 /* Star */) this.skipBlockComment();
      else if (c === 40 /* LParen */ || c === 91 /* LBracket */ || c === 123 /* LBrace */) {
        depth++;
        this.pos++;
      } else if (c === 41 /* RParen */ || c === 93 /* RBracket */ || c === 125 /* RBrace */) {
        if (depth === 0) return;
        depth--;
        this.pos++;
      } else this.pos++;
    }
  }
  /** Skips a quoted template, including `${ ... }` interpolations that may hold their own strings. */
  skipQuoted() {
    this.pos++;
    const n = this.src.length;
    while (this.pos < n) {
      const c = this.src.charCodeAt(this.pos);
      if (c === 92 /* Backslash */) this.pos += 2;
      else if (c === 34 /* Quote */) {
        this.pos++;
        return;
      } else if (c === 10 /* LF */)
        return;
      else if ((c === 36 /* Dollar */ || c === 37 /* Percent */) && this.src.charCodeAt(this.pos + 1) === 123 /* LBrace */ && this.src.charCodeAt(this.pos - 1) !== c) {
        this.pos += 2;
        this.skipInterpolation();
      } else this.pos++;
    }
  }
  skipInterpolation() {
    let depth = 1;
    while (this.pos < this.src.length && depth > 0) {
      const c = this.src.charCodeAt(this.pos);
      if (c === 34 /* Quote */) this.skipQuoted();
      else if (c === 123 /* LBrace */) {
        depth++;
        this.pos++;
      } else if (c === 125 /* RBrace */) {
        depth--;
        this.pos++;
      } else this.advance();
    }
  }
  /** At `<<`: skips a heredoc when one starts here. */
  tryHeredoc() {
    let p = this.pos + 2;
    if (this.src.charCodeAt(p) === 45 /* Minus */) p++;
    const start = p;
    while (p < this.src.length && isIdentPart(this.src.charCodeAt(p))) p++;
    if (p === start) return false;
    const marker = this.src.slice(start, p);
    const eol = this.src.indexOf("\n", p);
    if (eol < 0) return false;
    this.pos = eol;
    while (this.pos < this.src.length) {
      this.advance();
      const lineEnd = this.src.indexOf("\n", this.pos);
      const lineText = this.src.slice(this.pos, lineEnd < 0 ? this.src.length : lineEnd);
      if (lineText.trim() === marker) {
        this.pos = lineEnd < 0 ? this.src.length : lineEnd;
        return true;
      }
      this.pos = lineEnd < 0 ? this.src.length : lineEnd;
    }
    return true;
  }
};
function locateJsonKeys(text) {
  const lines = /* @__PURE__ */ new Map();
  const prefixes = [];
  const containers = [];
  let prefix = null;
  let line = 1;
  let pendingKey = null;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* LF */) line++;
    else if (c === 34 /* Quote */) {
      const end = stringEnd(text, i);
      if (expectKey && containers[containers.length - 1] === "object") {
        pendingKey = jsonKey(text, i, end);
        const keyPath = prefix === null ? pendingKey : prefix + JSON_PATH_SEPARATOR + pendingKey;
        if (!lines.has(keyPath)) lines.set(keyPath, line);
        expectKey = false;
      }
      i = end;
    } else if (c === 123 /* LBrace */ || c === 91 /* LBracket */) {
      prefixes.push(prefix);
      if (pendingKey !== null)
        prefix = prefix === null ? pendingKey : prefix + JSON_PATH_SEPARATOR + pendingKey;
      pendingKey = null;
      containers.push(c === 123 /* LBrace */ ? "object" : "array");
      expectKey = c === 123 /* LBrace */;
    } else if (c === 125 /* RBrace */ || c === 93 /* RBracket */) {
      prefix = prefixes.pop() ?? null;
      containers.pop();
      pendingKey = null;
    } else if (c === 44 /* Comma */) {
      expectKey = containers[containers.length - 1] === "object";
      pendingKey = null;
    }
  }
  return lines;
}
function stringEnd(text, start) {
  let j = start + 1;
  for (; ; ) {
    const quote = text.indexOf('"', j);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92 /* Backslash */) backslashes++;
    if (backslashes % 2 === 0) return quote;
    j = quote + 1;
  }
}
function jsonKey(text, start, end) {
  const raw = text.slice(start + 1, end);
  if (!raw.includes("\\")) return raw;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return raw;
  }
}
var JSON_PATH_SEPARATOR = "\0";

// src/load/hcl.ts
function interpolatedText(text) {
  return /^\$\{([\s\S]*)\}$/.exec(text)?.[1];
}
var BLOCK_TYPES = [
  "resource",
  "data",
  "provider",
  "module",
  "variable",
  "locals",
  "output",
  "removed",
  "terraform"
];
var hcl2json;
function loadHcl2Json() {
  hcl2json ??= import("./lib-7CTOKLXR.js").then((mod) => {
    const withDefault = mod;
    return typeof withDefault.parse === "function" ? withDefault : withDefault.default ?? withDefault;
  });
  return hcl2json;
}
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function decodeSource(buffer) {
  if (buffer.length >= 2 && buffer[0] === 255 && buffer[1] === 254) {
    return { text: buffer.subarray(2).toString("utf16le") };
  }
  if (buffer.length >= 2 && buffer[0] === 254 && buffer[1] === 255) {
    const swapped = Buffer.from(buffer.subarray(2));
    swapped.swap16();
    return { text: swapped.toString("utf16le") };
  }
  const start = buffer.length >= 3 && buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191 ? 3 : 0;
  if (buffer.subarray(start, Math.min(buffer.length, 8192)).includes(0)) {
    return { error: "binary file (contains NUL bytes), not Terraform source" };
  }
  try {
    return { text: UTF8.decode(buffer.subarray(start)) };
  } catch {
    const line = lineOfFirstInvalidUtf8(buffer, start);
    return { error: "file is not valid UTF-8 (Terraform requires UTF-8 source; re-save it as UTF-8)", line };
  }
}
function lineOfFirstInvalidUtf8(buffer, start) {
  let line = 1;
  let i = start;
  while (i < buffer.length) {
    const b = buffer[i] ?? 0;
    const length = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (length === 0) return line;
    for (let k = 1; k < length; k++) if (((buffer[i + k] ?? 0) & 192) !== 128) return line;
    if (b === 10) line++;
    i += length;
  }
  return line;
}
function readSource(path12, display) {
  let buffer;
  try {
    buffer = readFileSync(path12);
  } catch (e) {
    return { error: { file: display, message: `cannot read file: ${errorText(e)}` } };
  }
  const decoded = decodeSource(buffer);
  return "error" in decoded ? {
    error: {
      file: display,
      message: decoded.error,
      ...decoded.line !== void 0 ? { line: decoded.line } : {}
    }
  } : decoded;
}
async function readAndParse(path12, display, options = {}) {
  const read = readSource(path12, display);
  if ("error" in read) return { ok: false, error: read.error };
  return parseSource(read.text, path12, display, options);
}
async function parseSource(text, path12, display, options = {}) {
  if (options.parser !== "hcl2json") return parseSourceNative(text, path12, display, options);
  if (display.endsWith(".json")) return parseJsonSource(text, path12, display);
  if (text.trim() === "") return { ok: true, file: { path: path12, display, blocks: [], text }, attributes: {} };
  let raw;
  try {
    const { parse } = await loadHcl2Json();
    raw = await parse(display, text);
  } catch (e) {
    return { ok: false, error: hclError(display, errorText(e)) };
  }
  if (options.attributesOnly) return { ok: true, file: { path: path12, display, blocks: [], text }, attributes: raw };
  const located = locateHclBlocks(text);
  return { ok: true, file: { path: path12, display, blocks: pairBlocks(raw, located, display), text } };
}
function parseSourceNative(text, path12, display, options = {}) {
  if (display.endsWith(".json")) return parseJsonSource(text, path12, display);
  return nativeOutcome(parseNative(text, display), text, path12, display, options);
}
function nativeOutcome(parsed2, text, path12, display, options = {}) {
  if (!parsed2.ok) {
    const { line, message } = parsed2;
    return { ok: false, error: { file: display, ...line !== void 0 ? { line } : {}, message } };
  }
  if (options.attributesOnly) {
    return { ok: true, file: { path: path12, display, blocks: [], text }, attributes: parsed2.json };
  }
  return {
    ok: true,
    file: { path: path12, display, blocks: nativeBlocks(parsed2, display), text }
  };
}
function nativeBlocks(parsed2, display) {
  return sortedNativeBlocks(parsed2.blocks, parsed2.topNames, display) ?? walkedNativeBlocks(parsed2.json, parsed2.blocks, display);
}
var BLOCK_ORDER = new Map(BLOCK_TYPES.map((type, i) => [type, i]));
function labelCount(type) {
  return type === "resource" || type === "data" ? 2 : UNLABELLED.has(type) ? 0 : 1;
}
var UNLABELLED = /* @__PURE__ */ new Set(["locals", "removed", "terraform"]);
function sortedNativeBlocks(located, topNames, display) {
  for (const name of topNames) if (BLOCK_ORDER.has(name)) return void 0;
  const kept = [];
  for (const block of located) {
    const order = BLOCK_ORDER.get(block.type);
    if (order === void 0) continue;
    if (block.labels.length !== labelCount(block.type)) return void 0;
    kept.push(block);
  }
  kept.sort((a, b) => {
    const byType = BLOCK_ORDER.get(a.type) - BLOCK_ORDER.get(b.type);
    if (byType !== 0) return byType;
    for (let i = 0; i < a.labels.length; i++) {
      const byLabel = compareEnumeration(a.labels[i], b.labels[i]);
      if (byLabel !== 0) return byLabel;
    }
    return 0;
  });
  return kept.map((block) => ({
    type: block.type,
    labels: block.labels,
    body: block.body,
    file: display,
    line: block.line,
    attributeLines: block.attributes
  }));
}
function compareEnumeration(a, b) {
  if (a === b) return 0;
  const ia = arrayIndex(a);
  const ib = arrayIndex(b);
  if (ia >= 0 || ib >= 0) {
    if (ia < 0) return 1;
    if (ib < 0) return -1;
    return ia - ib;
  }
  return compareKeys(a, b);
}
function arrayIndex(key) {
  if (key.length === 0 || key.length > 10) return -1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  if (key.length > 1 && key.charCodeAt(0) === 48) return -1;
  const value = Number(key);
  return value < 4294967295 ? value : -1;
}
function walkedNativeBlocks(json, located, display) {
  const byBody = /* @__PURE__ */ new Map();
  for (const block of located) byBody.set(block.body, block);
  return placedBlocks(json, display, (block) => {
    const where = byBody.get(block.body);
    return where && { line: where.line, attributeLines: where.attributes };
  });
}
function hclError(display, message) {
  const match = /\[?[^[\]]*?:(\d+),\d+(?:-\d+(?:,\d+)?)?: ([^\]]*)\]?/.exec(message);
  if (!match) return { file: display, message: message.replace(/^parse config: /, "") };
  return { file: display, line: Number(match[1]), message: (match[2] ?? "").trim() };
}
function pairBlocks(raw, located, display) {
  const byKey = /* @__PURE__ */ new Map();
  for (const block of located) {
    const key = [block.type, ...block.labels].join(JSON_PATH_SEPARATOR);
    const list = byKey.get(key) ?? [];
    list.push(block);
    byKey.set(key, list);
  }
  const take = (type, labels) => byKey.get([type, ...labels].join(JSON_PATH_SEPARATOR))?.shift();
  return placedBlocks(raw, display, (block) => {
    const where = take(block.type, block.labels);
    return where && { line: where.line, attributeLines: Object.fromEntries(where.attributes) };
  });
}
function placedBlocks(json, display, locate) {
  const blocks2 = [];
  for (const block of rawBlocks(json)) {
    const where = locate(block);
    blocks2.push({
      type: block.type,
      labels: block.labels,
      body: block.body,
      file: display,
      line: where?.line ?? 1,
      attributeLines: where?.attributeLines ?? {}
    });
  }
  return blocks2;
}
function rawBlocks(raw) {
  const blocks2 = [];
  for (const type of BLOCK_TYPES) {
    const section = raw[type];
    if (section === void 0 || section === null) continue;
    walkSection(type, section, labelCount(type), [], blocks2);
  }
  return blocks2;
}
function walkSection(type, node, depth, labels, into) {
  if (depth === 0) {
    for (const body of asBodies(node)) into.push({ type, labels, body });
    return;
  }
  if (!isRawObject(node)) return;
  for (const label4 of Object.keys(node))
    walkSection(type, node[label4] ?? null, depth - 1, [...labels, label4], into);
}
function asBodies(node) {
  if (Array.isArray(node)) return node.filter(isRawObject);
  return isRawObject(node) ? [node] : [];
}
function isRawObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function attributeLinesByBlock(keyLines) {
  const depthOf = {
    resource: 3,
    data: 3,
    provider: 2,
    module: 2,
    variable: 2,
    output: 2,
    locals: 1,
    removed: 1,
    terraform: 1
  };
  const byBlock = /* @__PURE__ */ new Map();
  for (const [keyPath, line] of keyLines) {
    const first = keyPath.indexOf(JSON_PATH_SEPARATOR);
    const depth = depthOf[first < 0 ? keyPath : keyPath.slice(0, first)];
    if (typeof depth !== "number" || first < 0) continue;
    let cut = first;
    for (let d = 1; d < depth && cut >= 0; d++) cut = keyPath.indexOf(JSON_PATH_SEPARATOR, cut + 1);
    if (cut < 0) continue;
    const prefix = keyPath.slice(0, cut);
    let lines = byBlock.get(prefix);
    if (!lines) byBlock.set(prefix, lines = {});
    lines[keyPath.slice(cut + 1).replaceAll(JSON_PATH_SEPARATOR, ".")] ??= line;
  }
  return byBlock;
}
function parseJsonSource(text, path12, display) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: jsonError(display, text) };
  }
  if (!isRawObject(raw)) {
    return {
      ok: false,
      error: { file: display, line: 1, message: "a .tf.json file must hold a JSON object" }
    };
  }
  const keyLines = locateJsonKeys(text);
  const linesByBlock = attributeLinesByBlock(keyLines);
  const noLines = {};
  const blocks2 = placedBlocks(raw, display, ({ type, labels }) => {
    const prefix = [type, ...labels].join(JSON_PATH_SEPARATOR);
    return { line: keyLines.get(prefix) ?? 1, attributeLines: linesByBlock.get(prefix) ?? noLines };
  });
  return { ok: true, file: { path: path12, display, blocks: blocks2, text } };
}
function jsonError(display, text) {
  const { message, line } = describeJsonError(text);
  return { file: display, ...line !== void 0 ? { line } : {}, message: `invalid JSON: ${message}` };
}

// src/load/native/pool.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var BATCH_BYTES = 256 * 1024;
var IN_FLIGHT = 3;
var MIN_POOL_BYTES = 2 * 1024 * 1024;
var MAX_DEFAULT_JOBS = 8;
function defaultJobs(cores = availableParallelism()) {
  if (cores <= 2) return 1;
  return Math.min(cores, MAX_DEFAULT_JOBS);
}
function workersFor(jobs, files) {
  if (jobs <= 1 || files.length < 2) return 0;
  let bytes = 0;
  for (const file of files) bytes += file.text.length;
  if (bytes < MIN_POOL_BYTES) return 0;
  return Math.max(0, Math.min(jobs - 1, Math.ceil(bytes / BATCH_BYTES) - 1));
}
async function parseInWorkers(files, workers, options = {}) {
  const results = new Array(files.length);
  const batches = makeBatches(files);
  const worker = await import("./worker-WFRHY4MU.js");
  const entry = options.workerUrl ?? worker.workerUrl;
  const spawn = String(entry).endsWith(".ts") ? 0 : Math.min(workers, batches.length);
  let next = 0;
  const take = () => next < batches.length ? next++ : -1;
  const runWorker = () => new Promise((resolve) => {
    let thread;
    try {
      thread = new Worker(new URL(String(entry)), { workerData: { mark: worker.WORKER_MARK } });
    } catch {
      resolve();
      return;
    }
    let pending = 0;
    const send = () => {
      const id = take();
      if (id < 0) {
        if (pending === 0) {
          void thread.terminate();
          resolve();
        }
        return;
      }
      pending++;
      const request = { id, files: batches[id].map((i) => files[i]) };
      thread.postMessage(request);
    };
    thread.on("message", (reply) => {
      pending--;
      const batch = batches[reply.id];
      reply.results.forEach((wire, k) => {
        results[batch[k]] = fromWire(wire);
      });
      send();
    });
    const stop = () => {
      void thread.terminate();
      resolve();
    };
    thread.once("error", stop);
    thread.once("messageerror", stop);
    thread.once("exit", stop);
    for (let k = 0; k < IN_FLIGHT; k++) send();
  });
  const runHere = async () => {
    for (let id = take(); id >= 0; id = take()) {
      for (const i of batches[id]) results[i] = parseNative(files[i].text, files[i].filename);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all([...Array.from({ length: spawn }, runWorker), runHere()]);
  const out = [];
  for (let i = 0; i < files.length; i++)
    out.push(results[i] ?? parseNative(files[i].text, files[i].filename));
  return out;
}
function makeBatches(files) {
  const batches = [];
  let batch = [];
  let bytes = 0;
  files.forEach((file, i) => {
    batch.push(i);
    bytes += file.text.length;
    if (bytes >= BATCH_BYTES) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
  });
  if (batch.length > 0) batches.push(batch);
  return batches;
}

// src/load/module-manifest.ts
import { promises as fs4 } from "node:fs";
import path3 from "node:path";
async function readModuleManifest(rootDir) {
  const manifest = /* @__PURE__ */ new Map();
  let text;
  try {
    text = await fs4.readFile(path3.join(rootDir, ".terraform", "modules", "modules.json"), "utf8");
  } catch {
    return manifest;
  }
  try {
    const parsed2 = JSON.parse(text);
    for (const entry of parsed2.Modules ?? []) {
      if (typeof entry.Key === "string" && entry.Key !== "" && typeof entry.Dir === "string") {
        manifest.set(entry.Key, path3.resolve(rootDir, entry.Dir));
      }
    }
  } catch {
  }
  return manifest;
}

// src/load/module.ts
import path6 from "node:path";

// src/load/expr/unknowns.ts
function collect(value, deep, found) {
  if (value instanceof Unknown) {
    found.push(value);
  } else if (deep) {
    if (Array.isArray(value)) {
      for (const item of value) collect(item, deep, found);
    } else if (isObject(value)) {
      for (const key in value) collect(value[key], deep, found);
    }
  }
}
function mergeRefs(unknowns) {
  if (unknowns.length === 1) return [...unknowns[0].refs];
  const seen = /* @__PURE__ */ new Set();
  const refs = [];
  for (const u of unknowns) {
    for (const ref of u.refs) {
      const key = referenceText(ref);
      if (!seen.has(key)) {
        seen.add(key);
        refs.push(ref);
      }
    }
  }
  return refs;
}
function unknownFrom(values, deep = false, reason) {
  const found = [];
  for (const v of values) collect(v, deep, found);
  if (found.length === 0) return null;
  return new Unknown(reason ?? found[0].reason, mergeRefs(found));
}

// src/load/expr/json.ts
function formatNumber(n) {
  if (n === 0) return "0";
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "NaN" : n > 0 ? "+Inf" : "-Inf";
  const s = String(n);
  const e = s.indexOf("e");
  if (e < 0) return s;
  const negative = s.charCodeAt(0) === 45;
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  let out;
  if (point <= 0) out = "0." + "0".repeat(-point) + digits;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = digits.slice(0, point) + "." + digits.slice(point);
  return negative ? "-" + out : out;
}
function compareStrings(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let ca = a.charCodeAt(i);
    let cb = b.charCodeAt(i);
    if (ca === cb) continue;
    if (ca >= 55296) ca = ca >= 57344 ? ca - 2048 : ca + 8192;
    if (cb >= 55296) cb = cb >= 57344 ? cb - 2048 : cb + 8192;
    return ca - cb;
  }
  return a.length - b.length;
}
function sortedKeys(obj) {
  return Object.keys(obj).sort(compareStrings);
}
var NEEDS_ESCAPE = /["\\\u0000-\u001f<>&\u2028\u2029\ud800-\udfff]/;
var HEX = "0123456789abcdef";
function quoteJSON(s) {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  const out = ['"'];
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep = null;
    if (c < 32) {
      switch (c) {
        case 8:
          rep = "\\b";
          break;
        case 9:
          rep = "\\t";
          break;
        case 10:
          rep = "\\n";
          break;
        case 12:
          rep = "\\f";
          break;
        case 13:
          rep = "\\r";
          break;
        default:
          rep = "\\u00" + HEX[c >> 4] + HEX[c & 15];
      }
    } else if (c === 34) rep = '\\"';
    else if (c === 92) rep = "\\\\";
    else if (c === 60) rep = "\\u003c";
    else if (c === 62) rep = "\\u003e";
    else if (c === 38) rep = "\\u0026";
    else if (c === 8232) rep = "\\u2028";
    else if (c === 8233) rep = "\\u2029";
    else if (c >= 55296 && c <= 57343) {
      const next = s.charCodeAt(i + 1);
      if (c < 56320 && next >= 56320 && next <= 57343) {
        i++;
        continue;
      }
      rep = "\uFFFD";
    }
    if (rep !== null) {
      if (i > last) out.push(s.slice(last, i));
      out.push(rep);
      last = i + 1;
    }
  }
  if (last < s.length) out.push(s.slice(last));
  out.push('"');
  return out.join("");
}
var MAX_ENCODED_VALUES = 2e6;
var Encoder = class {
  text = "";
  unknowns = [];
  visits = 0;
  encode(value) {
    if (++this.visits > MAX_ENCODED_VALUES) {
      throw new Unsupported(`the value is too large to encode (more than ${MAX_ENCODED_VALUES} values)`);
    }
    if (value === null) {
      this.text += "null";
    } else if (typeof value === "string") {
      this.text += quoteJSON(value);
    } else if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new Unsupported("JSON cannot represent infinite numbers");
      this.text += formatNumber(value);
    } else if (typeof value === "boolean") {
      this.text += value ? "true" : "false";
    } else if (Array.isArray(value)) {
      this.text += "[";
      for (let i = 0; i < value.length; i++) {
        if (i > 0) this.text += ",";
        this.encode(value[i]);
      }
      this.text += "]";
    } else if (value instanceof Unknown) {
      this.unknowns.push(value);
    } else {
      this.text += "{";
      const keys = sortedKeys(value);
      for (let i = 0; i < keys.length; i++) {
        if (i > 0) this.text += ",";
        this.text += quoteJSON(keys[i]) + ":";
        this.encode(value[keys[i]]);
      }
      this.text += "}";
    }
  }
};
function jsonEncode(value) {
  const encoder = new Encoder();
  encoder.encode(value);
  const { unknowns } = encoder;
  if (unknowns.length > 0) return new Unknown(unknowns[0].reason, mergeRefs(unknowns), value);
  return encoder.text;
}
function jsonDecode(text) {
  return JSON.parse(text);
}

// src/load/expr/convert.ts
var ANY = { k: "any" };
var BOOL = { k: "bool" };
var NUMBER = { k: "number" };
var STRING = { k: "string" };
function newObject() {
  return {};
}
function setKey(obj, key, value) {
  if (key === "__proto__")
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
function hasKey(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
function typeName(v) {
  if (v === null) return "null";
  if (v instanceof Unknown) return "unknown";
  if (Array.isArray(v)) return "tuple";
  if (typeof v === "object") return "object";
  return typeof v;
}
function typeOf(v) {
  if (v === null || v instanceof Unknown) return ANY;
  switch (typeof v) {
    case "boolean":
      return BOOL;
    case "number":
      return NUMBER;
    case "string":
      return STRING;
  }
  if (Array.isArray(v)) return { k: "tuple", elems: v.map(typeOf) };
  const attrs = /* @__PURE__ */ new Map();
  for (const key in v) attrs.set(key, typeOf(v[key]));
  return { k: "object", attrs };
}
function isPrimitive(t) {
  return t.k === "bool" || t.k === "number" || t.k === "string";
}
function unify(types) {
  const known = types.filter((t) => t.k !== "any");
  if (known.length === 0) return ANY;
  const first = known[0];
  if (known.every(isPrimitive)) {
    if (known.every((t) => t.k === first.k)) return first;
    if (known.some((t) => t.k === "string")) return STRING;
    return null;
  }
  if (known.every((t) => t.k === "tuple" || t.k === "list")) {
    if (known.every((t) => t.k === "tuple" && first.k === "tuple" && t.elems.length === first.elems.length)) {
      const tuples = known;
      const elems = [];
      let ok = true;
      for (let i = 0; ok && i < tuples[0].elems.length; i++) {
        const u = unify(tuples.map((t) => t.elems[i]));
        if (u === null) ok = false;
        else elems.push(u);
      }
      if (ok) return { k: "tuple", elems };
    }
    const all = [];
    for (const t of known) {
      if (t.k === "tuple") appendAll(all, t.elems);
      else if (t.k === "list") all.push(t.elem);
    }
    const elem = unify(all);
    return elem === null ? null : { k: "list", elem };
  }
  if (known.every((t) => t.k === "object" || t.k === "map")) {
    const objects = known.filter((t) => t.k === "object");
    if (objects.length === known.length) {
      const names = [...objects[0].attrs.keys()];
      const sameShape = objects.every(
        (o) => o.attrs.size === names.length && names.every((n) => o.attrs.has(n))
      );
      if (sameShape) {
        const attrs = /* @__PURE__ */ new Map();
        let ok = true;
        for (const name of names) {
          const u = unify(objects.map((o) => o.attrs.get(name)));
          if (u === null) {
            ok = false;
            break;
          }
          attrs.set(name, u);
        }
        if (ok) return { k: "object", attrs };
      }
    }
    const all = [];
    for (const t of known) {
      if (t.k === "object") appendAll(all, t.attrs.values());
      else if (t.k === "map") all.push(t.elem);
    }
    const elem = unify(all);
    return elem === null ? null : { k: "map", elem };
  }
  return null;
}
function convert(v, ty) {
  if (v === null || v instanceof Unknown || ty.k === "any") return v;
  switch (ty.k) {
    case "string":
      return toStringValue(v);
    case "number":
      return toNumberValue(v);
    case "bool":
      return toBoolValue(v);
    case "tuple": {
      if (!Array.isArray(v) || v.length !== ty.elems.length)
        throw new EvalError(`a tuple of ${ty.elems.length} elements is required`);
      return v.map((item, i) => convert(item, ty.elems[i]));
    }
    case "list": {
      if (!Array.isArray(v)) throw new EvalError(`a list is required, not ${typeName(v)}`);
      return v.map((item) => convert(item, ty.elem));
    }
    case "object":
    case "map": {
      if (!isObject(v)) throw new EvalError(`an object is required, not ${typeName(v)}`);
      const out = newObject();
      for (const key in v) {
        const attrTy = ty.k === "map" ? ty.elem : ty.attrs.get(key);
        if (attrTy === void 0) throw new EvalError(`unexpected attribute "${key}"`);
        setKey(out, key, convert(v[key], attrTy));
      }
      return out;
    }
  }
}
function unifyValues(values, message) {
  const ty = unify(values.map(typeOf));
  if (ty === null) throw new EvalError(message);
  return values.map((v) => convert(v, ty));
}
function toStringValue(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  throw new EvalError(`a string is required, not ${typeName(v)}`);
}
var DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
function toNumberValue(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string" && DECIMAL.test(v)) {
    const n = Number(v);
    if (Number.isFinite(n)) return n;
  }
  if (typeof v === "string") throw new EvalError(`cannot convert "${v}" to number: a number is required`);
  throw new EvalError(`a number is required, not ${typeName(v)}`);
}
function toBoolValue(v) {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  if (typeof v === "string")
    throw new EvalError(`cannot convert "${v}" to bool: only "true" or "false" are allowed`);
  throw new EvalError(`a bool is required, not ${typeName(v)}`);
}
function interpolationString(v) {
  if (v === null)
    throw new EvalError("the expression result is null; cannot include a null value in a string template");
  if (typeof v === "object") {
    throw new EvalError(`cannot include a ${typeName(v)} value in a string template: string required`);
  }
  return toStringValue(v);
}
function valuesEqual(a, b) {
  if (a instanceof Unknown || b instanceof Unknown) return null;
  if (a === null || b === null) return a === b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    let undecided = false;
    for (let i = 0; i < a.length; i++) {
      const eq = valuesEqual(a[i], b[i]);
      if (eq === false) return false;
      if (eq === null) undecided = true;
    }
    return undecided ? null : true;
  }
  if (typeof a === "object") {
    if (typeof b !== "object" || Array.isArray(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    let undecided = false;
    for (const key of ka) {
      if (!hasKey(b, key)) return false;
      const eq = valuesEqual(a[key], b[key]);
      if (eq === false) return false;
      if (eq === null) undecided = true;
    }
    return undecided ? null : true;
  }
  return a === b;
}

// src/load/expr/fn-args.ts
function def(minArgs, maxArgs, call, allowUnknown = false) {
  return { minArgs, maxArgs, call, allowUnknown };
}
function argString(v, what) {
  if (v === null) throw new EvalError(`${what} must not be null`);
  if (typeof v === "object") throw new EvalError(`${what}: string required, not ${typeName(v)}`);
  return toStringValue(v);
}
function argNumber(v, what) {
  if (v === null) throw new EvalError(`${what} must not be null`);
  return toNumberValue(v);
}
function argInteger(v, what) {
  const n = argNumber(v, what);
  if (!Number.isInteger(n)) throw new EvalError(`${what} must be a whole number`);
  return n;
}
function argList(v, what) {
  if (Array.isArray(v)) return v;
  if (v === null) throw new EvalError(`${what} must not be null`);
  throw new EvalError(`${what}: list, set or tuple required, not ${typeName(v)}`);
}
function argObject(v, what) {
  if (isObject(v)) return v;
  if (v === null) throw new EvalError(`${what} must not be null`);
  throw new EvalError(`${what}: map or object required, not ${typeName(v)}`);
}
function stringElements(list, what) {
  const unknown = unknownFrom(list);
  if (unknown) return unknown;
  const out = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item === null) throw new EvalError(`${what}: element ${i} is null`);
    out.push(argString(item, `${what} element ${i}`));
  }
  return out;
}
function finiteOrUnsupported(value, what) {
  if (typeof value === "number" && !Number.isFinite(value))
    throw new Unsupported(`${what} are not supported`);
  if (Array.isArray(value)) for (const item of value) finiteOrUnsupported(item, what);
  else if (value !== null && typeof value === "object" && !(value instanceof Unknown)) {
    for (const key in value) finiteOrUnsupported(value[key], what);
  }
  return value;
}

// src/load/expr/fn-aws-provider.ts
function parseArn2(text) {
  if (!text.startsWith("arn:")) throw new EvalError("arn: invalid prefix");
  const sections = text.split(":");
  if (sections.length < 6) throw new EvalError("arn: not enough sections");
  const [, partition, service, region, account_id] = sections;
  return { partition, service, region, account_id, resource: sections.slice(5).join(":") };
}
function arnString(parts) {
  return ["arn", parts.partition, parts.service, parts.region, parts.account_id, parts.resource].join(":");
}
var AWS_PROVIDER_FUNCTIONS = {
  "provider::aws::arn_build": def(
    5,
    5,
    ([partition, service, region, account, resource]) => arnString({
      partition: argString(partition, "partition"),
      service: argString(service, "service"),
      region: argString(region, "region"),
      account_id: argString(account, "account_id"),
      resource: argString(resource, "resource")
    })
  ),
  "provider::aws::arn_parse": def(1, 1, ([arn]) => {
    return { ...parseArn2(argString(arn, "arn")) };
  }),
  "provider::aws::trim_iam_role_path": def(1, 1, ([arn]) => {
    const parts = parseArn2(argString(arn, "arn"));
    if (parts.service !== "iam") throw new EvalError('service must be "iam"');
    if (parts.region !== "") throw new EvalError("region must be empty");
    if (!parts.resource.startsWith("role/")) throw new EvalError('resource must begin with "role/"');
    return arnString({
      ...parts,
      resource: `role/${parts.resource.slice(parts.resource.lastIndexOf("/") + 1)}`
    });
  })
};

// src/load/expr/fn-collections.ts
function toSet(items) {
  const unified = unifyValues(items, "all set elements must have the same type");
  const out = [];
  for (const item of unified) {
    if (item === null) throw new EvalError("sets must not contain null values");
    if (!out.some((existing) => valuesEqual(existing, item) === true)) out.push(item);
  }
  if (out.every((v) => typeof v === "string")) return out.sort(compareStrings);
  if (out.every((v) => typeof v === "number")) return out.sort((a, b) => a - b);
  if (out.every((v) => typeof v === "boolean")) return out.sort((a, b) => Number(a) - Number(b));
  return out;
}
function setResult(items) {
  const unknown = unknownFrom(items, true);
  if (unknown) return unknown;
  return toSet(items);
}
var MAX_COLLECTION_ELEMENTS = 1e6;
function tooLarge(what) {
  return new Unsupported(`${what} would hold more than ${MAX_COLLECTION_ELEMENTS} elements`);
}
function flattenInto(list, out) {
  for (const item of list) {
    if (item instanceof Unknown) return unknownFrom([item]);
    if (Array.isArray(item)) {
      const unknown = flattenInto(item, out);
      if (unknown) return unknown;
    } else {
      if (out.length >= MAX_COLLECTION_ELEMENTS) throw tooLarge("the flattened list");
      out.push(item);
    }
  }
  return null;
}
function checkedRange(args) {
  const nums = args.map((a, i) => argNumber(a, `range argument ${i + 1}`));
  let start = 0;
  let limit;
  let step;
  if (nums.length === 1) {
    limit = nums[0];
    step = limit >= start ? 1 : -1;
  } else {
    start = nums[0];
    limit = nums[1];
    step = nums.length === 3 ? nums[2] : limit >= start ? 1 : -1;
  }
  if (step === 0) throw new EvalError("step must not be zero");
  const out = [];
  if (step > 0) {
    for (let v = start; v < limit; v += step) {
      if (out.length >= 1024)
        throw new EvalError(
          "more than 1024 values were generated; either decrease the difference between start and end or use a smaller step"
        );
      out.push(v);
    }
  } else {
    for (let v = start; v > limit; v += step) {
      if (out.length >= 1024)
        throw new EvalError(
          "more than 1024 values were generated; either decrease the difference between start and end or use a smaller step"
        );
      out.push(v);
    }
  }
  return out;
}
function boolReduce(list, target) {
  const undecided = [];
  for (const item of list) {
    if (item instanceof Unknown) {
      undecided.push(item);
      continue;
    }
    if (item === null) throw new EvalError("list elements must not be null");
    const b = item === true || item === "true" ? true : item === false || item === "false" ? false : null;
    if (b === null) throw new EvalError(`list elements must be bool, not ${typeName(item)}`);
    if (b === target) return target;
  }
  return undecided.length > 0 ? unknownFrom(undecided) : !target;
}
var COLLECTION_FUNCTIONS = {
  length: def(1, 1, ([v]) => {
    if (typeof v === "string") return graphemeCount(v);
    if (Array.isArray(v)) return v.length;
    if (isObject(v)) return Object.keys(v).length;
    throw new EvalError(
      `argument must be a string, a collection type, or a structural type, not ${typeName(v)}`
    );
  }),
  concat: def(1, Infinity, (args) => {
    const out = [];
    args.forEach((a, i) => appendAll(out, argList(a, `argument ${i + 1}`)));
    return out;
  }),
  merge: def(0, Infinity, (args) => {
    const out = newObject();
    args.forEach((a, i) => {
      if (a === null) return;
      const obj = argObject(a, `argument ${i + 1}`);
      for (const key in obj) setKey(out, key, obj[key]);
    });
    return out;
  }),
  flatten: def(1, 1, ([v]) => {
    const out = [];
    return flattenInto(argList(v, "list"), out) ?? out;
  }),
  distinct: def(1, 1, ([v]) => {
    const list = argList(v, "list");
    const unknown = unknownFrom(list, true);
    if (unknown) return unknown;
    const out = [];
    for (const item of list) if (!out.some((e) => valuesEqual(e, item) === true)) out.push(item);
    return out;
  }),
  compact: def(1, 1, ([v]) => {
    const list = argList(v, "list");
    const unknown = unknownFrom(list);
    if (unknown) return unknown;
    const out = [];
    for (const item of list) {
      if (item === null) continue;
      const s = argString(item, "list element");
      if (s !== "") out.push(s);
    }
    return out;
  }),
  lookup: def(2, 3, (args) => {
    const map = argObject(args[0], "inputMap");
    const key = argString(args[1], "key");
    if (hasKey(map, key)) return map[key];
    if (args.length === 3) return args[2];
    throw new EvalError(`lookup failed to find key "${key}"`);
  }),
  element: def(2, 2, ([l, i]) => {
    const list = argList(l, "list");
    const index2 = argInteger(i, "index");
    if (list.length === 0) throw new EvalError("cannot use element function with an empty list");
    if (index2 < 0) throw new EvalError("cannot use element function with a negative index");
    return list[index2 % list.length];
  }),
  coalesce: def(
    1,
    Infinity,
    (args) => {
      const unified = unifyValues(args, "all arguments must have the same type");
      for (let i = 0; i < unified.length; i++) {
        const v = unified[i];
        if (v instanceof Unknown) return unknownFrom([v]);
        if (v === null || v === "") continue;
        return v;
      }
      throw new EvalError("no non-null, non-empty-string arguments");
    },
    true
  ),
  coalescelist: def(1, Infinity, (args) => {
    for (let i = 0; i < args.length; i++) {
      const list = argList(args[i], `argument ${i + 1}`);
      if (list.length > 0) return list;
    }
    throw new EvalError("no non-null arguments");
  }),
  tolist: def(
    1,
    1,
    ([v]) => v === null ? null : unifyValues(argList(v, "argument"), "all list elements must have the same type")
  ),
  toset: def(1, 1, ([v]) => v === null ? null : setResult(argList(v, "argument"))),
  tomap: def(1, 1, ([v]) => {
    if (v === null) return null;
    const obj = argObject(v, "argument");
    const keys = Object.keys(obj);
    const values = unifyValues(
      keys.map((k) => obj[k]),
      "all map elements must have the same type"
    );
    const out = newObject();
    keys.forEach((k, i) => setKey(out, k, values[i]));
    return out;
  }),
  keys: def(1, 1, ([v]) => sortedKeys(argObject(v, "inputMap"))),
  values: def(1, 1, ([v]) => {
    const obj = argObject(v, "mapping");
    return sortedKeys(obj).map((k) => obj[k]);
  }),
  contains: def(2, 2, ([l, value]) => {
    const list = argList(l, "list");
    let undecided = false;
    for (const item of list) {
      const eq = valuesEqual(item, value);
      if (eq === true) return true;
      if (eq === null) undecided = true;
    }
    return undecided ? unknownFrom([...list, value], true) : false;
  }),
  index: def(2, 2, ([l, value]) => {
    const list = argList(l, "list");
    for (let i = 0; i < list.length; i++) {
      const eq = valuesEqual(list[i], value);
      if (eq === null) return unknownFrom([...list, value], true);
      if (eq) return i;
    }
    throw new EvalError("item not found");
  }),
  range: def(1, 3, checkedRange),
  zipmap: def(2, 2, ([k, v]) => {
    const keys = argList(k, "keys");
    const values = argList(v, "values");
    if (keys.length !== values.length) {
      throw new EvalError(
        `number of keys (${keys.length}) does not match number of values (${values.length})`
      );
    }
    const names = stringElements(keys, "keys");
    if (names instanceof Unknown) return names;
    const out = newObject();
    names.forEach((name, i) => setKey(out, name, values[i]));
    return out;
  }),
  one: def(1, 1, ([v]) => {
    const list = argList(v, "list");
    if (list.length === 0) return null;
    if (list.length === 1) return list[0];
    throw new EvalError("must be a list, set, or tuple value with either zero or one elements");
  }),
  sort: def(1, 1, ([v]) => {
    const strings2 = stringElements(argList(v, "list"), "list");
    if (strings2 instanceof Unknown) return strings2;
    return strings2.sort(compareStrings);
  }),
  reverse: def(1, 1, ([v]) => [...argList(v, "list")].reverse()),
  slice: def(3, 3, ([l, s, e]) => {
    const list = argList(l, "list");
    const start = argInteger(s, "start_index");
    const end = argInteger(e, "end_index");
    if (start < 0) throw new EvalError("the start index must not be less than zero");
    if (end > list.length) throw new EvalError("end index must not be greater than the length of the list");
    if (start > end) throw new EvalError("the start index must not be greater than the end index");
    return list.slice(start, end);
  }),
  setunion: def(1, Infinity, (args) => setResult(args.flatMap((a, i) => argList(a, `argument ${i + 1}`)))),
  setintersection: def(1, Infinity, (args) => {
    const lists = args.map((a, i) => argList(a, `argument ${i + 1}`));
    const unknown = unknownFrom(lists.flat(), true);
    if (unknown) return unknown;
    const [first, ...rest] = lists;
    return toSet(
      first.filter((item) => rest.every((other) => other.some((o) => valuesEqual(o, item) === true)))
    );
  }),
  setsubtract: def(2, 2, ([a, b]) => {
    const left = argList(a, "a");
    const right = argList(b, "b");
    const unknown = unknownFrom([...left, ...right], true);
    if (unknown) return unknown;
    return toSet(left.filter((item) => !right.some((o) => valuesEqual(o, item) === true)));
  }),
  alltrue: def(1, 1, ([v]) => boolReduce(argList(v, "list"), false)),
  anytrue: def(1, 1, ([v]) => boolReduce(argList(v, "list"), true)),
  sum: def(1, 1, ([v]) => {
    const list = argList(v, "list");
    if (list.length === 0) throw new EvalError("cannot sum an empty list");
    const unknown = unknownFrom(list);
    if (unknown) return unknown;
    return list.reduce((acc, item, i) => acc + argNumber(item, `list element ${i}`), 0);
  }),
  chunklist: def(2, 2, ([l, n]) => {
    const list = argList(l, "list");
    const size = argInteger(n, "size");
    if (size < 0) throw new EvalError("the size argument must be positive");
    if (size === 0) return [list];
    const out = [];
    for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
    return out;
  }),
  setproduct: def(2, Infinity, (args) => {
    const lists = args.map((a, i) => argList(a, `argument ${i + 1}`));
    if (lists.reduce((n, list) => n * list.length, 1) > MAX_COLLECTION_ELEMENTS)
      throw tooLarge("the product");
    let product = [[]];
    for (const list of lists) product = product.flatMap((prefix) => list.map((item) => [...prefix, item]));
    return product;
  }),
  matchkeys: def(3, 3, ([v, k, s]) => {
    const values = argList(v, "values");
    const keys = argList(k, "keys");
    const search = argList(s, "searchset");
    if (values.length !== keys.length) throw new EvalError("length of keys and values should be equal");
    const out = [];
    for (let i = 0; i < keys.length; i++) {
      let found = false;
      for (const wanted of search) {
        const eq = valuesEqual(keys[i], wanted);
        if (eq === null) return unknownFrom([keys[i], wanted], true);
        if (eq) {
          found = true;
          break;
        }
      }
      if (found) out.push(values[i]);
    }
    return out;
  }),
  transpose: def(1, 1, ([v]) => {
    const obj = argObject(v, "values");
    const out = newObject();
    for (const key of sortedKeys(obj)) {
      const list = stringElements(argList(obj[key], `values["${key}"]`), `values["${key}"]`);
      if (list instanceof Unknown) return list;
      for (const item of list) {
        const existing = hasKey(out, item) ? out[item] : void 0;
        if (Array.isArray(existing)) existing.push(key);
        else setKey(out, item, [key]);
      }
    }
    return out;
  })
};
var segmenter;
function graphemes(s) {
  let simple = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 127 || c === 13 && s.charCodeAt(i + 1) === 10) {
      simple = false;
      break;
    }
  }
  if (simple) return s.split("");
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  return Array.from(segmenter.segment(s), (seg) => seg.segment);
}
function graphemeCount(s) {
  return graphemes(s).length;
}

// src/load/expr/fn-csv.ts
var CsvReader = class {
  constructor(text) {
    this.text = text;
  }
  text;
  pos = 0;
  line = 0;
  /** The next line with `\r\n` (and a final lone `\r`) read as `\n`; undefined at the end. */
  readLine() {
    if (this.pos >= this.text.length) return void 0;
    const newline = this.text.indexOf("\n", this.pos);
    const end = newline < 0 ? this.text.length : newline + 1;
    let line = this.text.slice(this.pos, end);
    this.pos = end;
    this.line++;
    if (line.endsWith("\r\n")) line = `${line.slice(0, -2)}
`;
    else if (newline < 0 && line.endsWith("\r")) line = line.slice(0, -1);
    return line;
  }
  fail(message) {
    throw new EvalError(`CSV parse error on line ${this.line}: ${message}`);
  }
  read() {
    let line;
    do
      line = this.readLine();
    while (line === "\n");
    if (line === void 0) return void 0;
    const start = this.line;
    const fields = [];
    let rest = line;
    for (; ; ) {
      if (!rest.startsWith('"')) {
        const comma = rest.indexOf(",");
        const field2 = comma < 0 ? rest.replace(/\n$/, "") : rest.slice(0, comma);
        if (field2.includes('"')) this.fail('bare " in non-quoted-field');
        fields.push(field2);
        if (comma < 0) return { fields, line: start };
        rest = rest.slice(comma + 1);
        continue;
      }
      let field = "";
      rest = rest.slice(1);
      for (; ; ) {
        const quote = rest.indexOf('"');
        if (quote >= 0) {
          field += rest.slice(0, quote);
          const after = rest[quote + 1];
          if (after === '"') {
            field += '"';
            rest = rest.slice(quote + 2);
          } else if (after === ",") {
            rest = rest.slice(quote + 2);
            fields.push(field);
            break;
          } else if (after === void 0 || after === "\n") {
            fields.push(field);
            return { fields, line: start };
          } else this.fail('extraneous or missing " in quoted-field');
        } else {
          field += rest;
          const next = this.readLine();
          if (next === void 0) this.fail('extraneous or missing " in quoted-field');
          rest = next;
        }
      }
    }
  }
};
function csvDecode(text) {
  const reader = new CsvReader(text);
  const header2 = reader.read();
  if (header2 === void 0) throw new EvalError("missing header line");
  const seen = /* @__PURE__ */ new Set();
  for (const name of header2.fields) {
    if (seen.has(name)) throw new EvalError(`duplicate column name ${JSON.stringify(name)}`);
    seen.add(name);
  }
  const rows = [];
  for (let record = reader.read(); record !== void 0; record = reader.read()) {
    if (record.fields.length !== header2.fields.length) {
      throw new EvalError(`CSV parse error on line ${record.line}: wrong number of fields`);
    }
    const row = newObject();
    header2.fields.forEach((name, i) => setKey(row, name, record.fields[i]));
    rows.push(row);
  }
  return rows;
}
var CSV_FUNCTIONS = {
  csvdecode: def(1, 1, ([s]) => csvDecode(argString(s, "str")))
};

// src/load/expr/fn-encoding.ts
import { createHash as createHash2 } from "node:crypto";

// src/load/expr/regex.ts
var POSIX_CLASSES = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7f",
  blank: "\\t ",
  cntrl: "\\x00-\\x1f\\x7f",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`{-~",
  space: "\\t\\n\\v\\f\\r ",
  upper: "A-Z",
  word: "0-9A-Za-z_",
  xdigit: "0-9A-Fa-f"
};
var GENERAL_CATEGORY = /^(?:[LMNPSZC][a-z]?)$/;
var IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
function hex2(c) {
  return "\\x" + c.toString(16).padStart(2, "0");
}
function isAsciiPunct(c) {
  return c >= 33 && c <= 47 || c >= 58 && c <= 64 || c >= 91 && c <= 96 || c >= 123 && c <= 126;
}
var Translator = class {
  constructor(p) {
    this.p = p;
  }
  p;
  i = 0;
  out = [];
  names = [];
  flags = "";
  translate() {
    const p = this.p;
    this.leadingFlags();
    while (this.i < p.length) {
      const c = p.charCodeAt(this.i);
      switch (c) {
        case 92:
          this.escape(false);
          break;
        case 91:
          this.charClass();
          break;
        case 40:
          this.group();
          break;
        case 46:
          this.out.push(this.flags.includes("s") ? "[\\s\\S]" : "[^\\n]");
          this.i++;
          break;
        case 94:
          this.out.push(this.flags.includes("m") ? "(?<![^\\n])" : "(?<![\\s\\S])");
          this.i++;
          break;
        case 36:
          this.out.push(this.flags.includes("m") ? "(?![^\\n])" : "(?![\\s\\S])");
          this.i++;
          break;
        case 123:
          this.brace();
          break;
        case 125:
        // }
        case 93:
          this.out.push("\\" + p[this.i]);
          this.i++;
          break;
        default:
          this.out.push(p[this.i]);
          this.i++;
      }
    }
    return this.out.join("");
  }
  leadingFlags() {
    const m = /^\(\?([a-zA-Z]+)\)/.exec(this.p.slice(this.i));
    if (!m) return;
    for (const f of m[1]) {
      if (f === "U") throw new Unsupported("ungreedy regex mode (?U) is not supported");
      if (f !== "i" && f !== "m" && f !== "s") throw new EvalError(`invalid regex flag "${f}"`);
      if (!this.flags.includes(f)) this.flags += f;
    }
    this.i += m[0].length;
    this.leadingFlags();
  }
  group() {
    const p = this.p;
    if (p[this.i + 1] !== "?") {
      this.names.push(null);
      this.out.push("(");
      this.i++;
      return;
    }
    const rest = p.slice(this.i + 2, this.i + 3);
    if (rest === ":") {
      this.out.push("(?:");
      this.i += 3;
      return;
    }
    const named = /^\(\?P?<([^>]*)>/.exec(p.slice(this.i, this.i + 200));
    if (named && p[this.i + 2] !== "=" && p[this.i + 2] !== "!") {
      const name = named[1];
      if (!IDENT.test(name)) throw new EvalError(`invalid regex capture group name "${name}"`);
      this.names.push(name);
      this.out.push(`(?<${name}>`);
      this.i += named[0].length;
      return;
    }
    if (rest === "=" || rest === "!" || rest === "<") {
      throw new EvalError("invalid regex: lookaround assertions are not supported by RE2");
    }
    throw new Unsupported("regex flag groups other than a leading (?flags) are not supported");
  }
  brace() {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.p.slice(this.i, this.i + 24));
    if (!m) {
      this.out.push("\\{");
      this.i++;
      return;
    }
    const low = Number(m[1]);
    const high = m[3] ? Number(m[3]) : low;
    if (low > 1e3 || high > 1e3) throw new EvalError("invalid regex: repeat count exceeds 1000");
    this.out.push(m[0]);
    this.i += m[0].length;
  }
  charClass() {
    const p = this.p;
    this.out.push("[");
    this.i++;
    if (p[this.i] === "^") {
      this.out.push("^");
      this.i++;
    }
    if (p[this.i] === "]") {
      this.out.push("\\]");
      this.i++;
    }
    while (this.i < p.length) {
      const c = p[this.i];
      if (c === "]") {
        this.out.push("]");
        this.i++;
        return;
      }
      if (c === "[" && p[this.i + 1] === ":") {
        const close = p.indexOf(":]", this.i + 2);
        if (close < 0) throw new EvalError("invalid regex: unterminated character class");
        const name = p.slice(this.i + 2, close);
        if (name.startsWith("^")) throw new Unsupported("negated POSIX character classes are not supported");
        const range = POSIX_CLASSES[name];
        if (range === void 0) throw new EvalError(`invalid regex character class [:${name}:]`);
        this.out.push(range);
        this.i = close + 2;
      } else if (c === "\\") {
        this.escape(true);
      } else if (c === "[") {
        this.out.push("\\[");
        this.i++;
      } else {
        this.out.push(c);
        this.i++;
      }
    }
    throw new EvalError("invalid regex: missing closing ]");
  }
  escape(inClass) {
    const p = this.p;
    const d = p[this.i + 1];
    if (d === void 0) throw new EvalError("invalid regex: trailing backslash");
    this.i += 2;
    switch (d) {
      case "d":
      case "D":
      case "w":
      case "W":
      case "n":
      case "t":
      case "r":
      case "f":
      case "v":
        this.out.push("\\" + d);
        return;
      case "a":
        this.out.push("\\x07");
        return;
      case "s":
        this.out.push(inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]");
        return;
      case "S":
        if (inClass) throw new Unsupported("\\S inside a character class is not supported");
        this.out.push("[^\\t\\n\\f\\r ]");
        return;
      case "b":
      case "B":
        if (inClass) throw new EvalError(`invalid escape \\${d} in character class`);
        this.out.push("\\" + d);
        return;
      case "A":
        this.out.push("(?<![\\s\\S])");
        return;
      case "z":
        this.out.push("(?![\\s\\S])");
        return;
      case "x": {
        if (p[this.i] === "{") {
          const close = p.indexOf("}", this.i);
          const digits = close < 0 ? "" : p.slice(this.i + 1, close);
          if (!/^[0-9a-fA-F]{1,6}$/.test(digits)) throw new EvalError("invalid regex hex escape");
          this.out.push(`\\u{${digits}}`);
          this.i = close + 1;
        } else {
          const digits = p.slice(this.i, this.i + 2);
          if (!/^[0-9a-fA-F]{2}$/.test(digits)) throw new EvalError("invalid regex hex escape");
          this.out.push("\\x" + digits);
          this.i += 2;
        }
        return;
      }
      case "p":
      case "P": {
        let name;
        if (p[this.i] === "{") {
          const close = p.indexOf("}", this.i);
          if (close < 0) throw new EvalError("invalid regex unicode class");
          name = p.slice(this.i + 1, close);
          this.i = close + 1;
        } else {
          name = p[this.i] ?? "";
          this.i++;
        }
        let negate = d === "P";
        if (name.startsWith("^")) {
          negate = !negate;
          name = name.slice(1);
        }
        const body = GENERAL_CATEGORY.test(name) ? name : `Script=${name}`;
        this.out.push(`\\${negate ? "P" : "p"}{${body}}`);
        return;
      }
      case "Q": {
        const end = p.indexOf("\\E", this.i);
        const literal = end < 0 ? p.slice(this.i) : p.slice(this.i, end);
        for (const ch of literal) {
          const code2 = ch.codePointAt(0);
          this.out.push(code2 < 128 && isAsciiPunct(code2) ? hex2(code2) : ch);
        }
        this.i = end < 0 ? p.length : end + 2;
        return;
      }
    }
    const code = d.charCodeAt(0);
    if (code >= 48 && code <= 57)
      throw new Unsupported("octal escapes and backreferences in regexes are not supported");
    if (isAsciiPunct(code)) {
      this.out.push(hex2(code));
      return;
    }
    if (code < 128) throw new EvalError(`invalid regex escape sequence \\${d}`);
    this.out.push(d);
  }
};
var cache = /* @__PURE__ */ new Map();
function compileRE2(pattern) {
  const hit = cache.get(pattern);
  if (hit) return hit;
  const t = new Translator(pattern);
  const source = t.translate();
  let re;
  try {
    re = new RegExp(source, "gu" + (t.flags.includes("i") ? "i" : ""));
  } catch (err) {
    throw new Unsupported(`regex not supported: ${err.message}`);
  }
  const compiled = { re, names: t.names };
  if (cache.size > 256) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}
function runeWidth(s, pos) {
  const c = s.charCodeAt(pos);
  return c >= 55296 && c < 56320 && pos + 1 < s.length ? 2 : 1;
}
function allMatches(compiled, s, limit) {
  const re = compiled.re;
  const out = [];
  let pos = 0;
  let prevEnd = -1;
  while (out.length < limit && pos <= s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    let accept = true;
    if (end === start) {
      if (start === prevEnd) accept = false;
      pos = start < s.length ? start + runeWidth(s, start) : s.length + 1;
    } else {
      pos = end;
    }
    prevEnd = end;
    if (accept) out.push(m);
  }
  return out;
}
function matchResult(compiled, m) {
  const { names } = compiled;
  if (names.length === 0) return m[0];
  const named = names.filter((n) => n !== null).length;
  if (named === 0) return names.map((_, i) => m[i + 1] ?? null);
  if (named !== names.length)
    throw new EvalError("regex pattern must not mix named and unnamed capture groups");
  const obj = newObject();
  names.forEach((name, i) => setKey(obj, name, m[i + 1] ?? null));
  return obj;
}
function regexFirst(compiled, s) {
  const [m] = allMatches(compiled, s, 1);
  if (!m) throw new EvalError("pattern did not match any part of the given string");
  return matchResult(compiled, m);
}
function regexAll(compiled, s) {
  return allMatches(compiled, s, Infinity).map((m) => matchResult(compiled, m));
}
function expand(template, m, names) {
  if (!template.includes("$")) return template;
  let out = "";
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf("$", i);
    if (dollar < 0) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, dollar);
    i = dollar + 1;
    if (template[i] === "$") {
      out += "$";
      i++;
      continue;
    }
    let name;
    if (template[i] === "{") {
      const close = template.indexOf("}", i);
      name = close < 0 ? "" : template.slice(i + 1, close);
      if (name === "" || !/^\w+$/.test(name)) {
        out += "$";
        continue;
      }
      i = close + 1;
    } else {
      let j = i;
      while (j < template.length && /\w/.test(template[j])) j++;
      name = template.slice(i, j);
      if (name === "") {
        out += "$";
        continue;
      }
      i = j;
    }
    let group;
    if (/^\d+$/.test(name) && !(name.length > 1 && name[0] === "0")) {
      group = m[Number(name)];
    } else {
      const index2 = names.indexOf(name);
      group = index2 >= 0 ? m[index2 + 1] : void 0;
    }
    out += group ?? "";
  }
  return out;
}
function replaceRegex(compiled, s, template) {
  const re = compiled.re;
  const out = [];
  let lastEnd = 0;
  let pos = 0;
  while (pos <= s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    out.push(s.slice(lastEnd, start));
    if (end > lastEnd || start === 0) out.push(expand(template, m, compiled.names));
    lastEnd = end;
    const width = pos < s.length ? runeWidth(s, pos) : 1;
    if (pos + width > end) pos += width;
    else if (pos + 1 > end) pos++;
    else pos = end;
  }
  out.push(s.slice(lastEnd));
  return out.join("");
}

// src/load/expr/fn-encoding.ts
function digest(algorithm, encoding) {
  return def(1, 1, ([s]) => createHash2(algorithm).update(argString(s, "str"), "utf8").digest(encoding));
}
function queryEscape(s) {
  const bytes = Buffer.from(s, "utf8");
  let out = "";
  for (const b of bytes) {
    const keep = b >= 48 && b <= 57 || b >= 65 && b <= 90 || b >= 97 && b <= 122 || b === 45 || b === 95 || b === 46 || b === 126;
    if (keep) out += String.fromCharCode(b);
    else if (b === 32) out += "+";
    else out += "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
var BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
var UUID_NAMESPACES = {
  dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
  url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
  oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
  x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8"
};
function uuidBytes(text) {
  let body = text;
  if (body.length === 45 && body.slice(0, 9).toLowerCase() === "urn:uuid:") body = body.slice(9);
  else if (body.length === 38 && body.startsWith("{") && body.endsWith("}")) body = body.slice(1, -1);
  if (body.length === 36) {
    if (![8, 13, 18, 23].every((i) => body[i] === "-")) return void 0;
    body = body.replace(/-/g, "");
  }
  return /^[0-9a-fA-F]{32}$/.test(body) ? Buffer.from(body, "hex") : void 0;
}
function uuidV5(namespace, name) {
  const space = uuidBytes(UUID_NAMESPACES[namespace] ?? namespace);
  if (space === void 0) throw new EvalError(`uuidv5() doesn't support namespace ${namespace}`);
  const hash = createHash2("sha1").update(space).update(name, "utf8").digest().subarray(0, 16);
  hash[6] = hash[6] & 15 | 80;
  hash[8] = hash[8] & 63 | 128;
  const hex = hash.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
var ENCODING_FUNCTIONS = {
  jsonencode: def(1, 1, ([v]) => jsonEncode(v)),
  jsondecode: def(1, 1, ([s]) => {
    const text = argString(s, "str");
    let parsed2;
    try {
      parsed2 = jsonDecode(text);
    } catch (err) {
      throw new EvalError(`invalid JSON: ${err.message}`);
    }
    return finiteOrUnsupported(parsed2, "JSON numbers beyond the double range");
  }),
  base64encode: def(1, 1, ([s]) => Buffer.from(argString(s, "str"), "utf8").toString("base64")),
  base64decode: def(1, 1, ([s]) => {
    const text = argString(s, "str");
    if (text.length % 4 !== 0 || !BASE64.test(text)) throw new EvalError("failed to decode base64 data");
    const bytes = Buffer.from(text, "base64");
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new EvalError("the result of decoding the provided string is not valid UTF-8");
    }
  }),
  md5: digest("md5", "hex"),
  sha1: digest("sha1", "hex"),
  sha256: digest("sha256", "hex"),
  sha512: digest("sha512", "hex"),
  base64sha256: digest("sha256", "base64"),
  base64sha512: digest("sha512", "base64"),
  uuidv5: def(
    2,
    2,
    ([namespace, name]) => uuidV5(argString(namespace, "namespace"), argString(name, "name"))
  ),
  urlencode: def(1, 1, ([s]) => queryEscape(argString(s, "str"))),
  regex: def(2, 2, ([p, s]) => regexFirst(compileRE2(argString(p, "pattern")), argString(s, "string"))),
  regexall: def(2, 2, ([p, s]) => regexAll(compileRE2(argString(p, "pattern")), argString(s, "string")))
};

// src/load/expr/fn-files.ts
import { createHash as createHash3 } from "node:crypto";
function globToRegExp(pattern) {
  let out = "";
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        const segmentStart = i === 0 || pattern[i - 1] === "/";
        const segmentEnd = i + 2 === pattern.length || pattern[i + 2] === "/";
        i++;
        if (segmentStart && segmentEnd) {
          if (pattern[i + 1] === "/") {
            out += "(?:[^/]*/)*";
            i++;
          } else out += ".*";
          continue;
        }
      }
      out += "[^/]*";
    } else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close < 0) throw new EvalError(`fileset: invalid pattern "${pattern}": unclosed "["`);
      let body = pattern.slice(i + 1, close);
      const negated = body.startsWith("^") || body.startsWith("!");
      if (negated) body = body.slice(1);
      const escaped = body.replace(/[\\\]^]/g, (m) => `\\${m}`);
      out += negated ? `[^/${escaped}]` : `(?![/])[${escaped}]`;
      i = close;
    } else if (c === "{") {
      out += "(?:";
      depth++;
    } else if (c === "," && depth > 0) out += "|";
    else if (c === "}" && depth > 0) {
      out += ")";
      depth--;
    } else if (c === "\\" && i + 1 < pattern.length) {
      out += escapeRegExp(pattern[++i]);
    } else out += escapeRegExp(c);
  }
  if (depth > 0) throw new EvalError(`fileset: invalid pattern "${pattern}": unclosed "{"`);
  return new RegExp(`^${out}$`, "u");
}
function escapeRegExp(c) {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
function cleanPath(p) {
  if (p === "") return ".";
  const rooted = p.startsWith("/");
  const parts = [];
  for (const part of p.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else if (part !== ".." || !rooted) parts.push(part);
  }
  const joined = parts.join("/");
  if (rooted) return `/${joined}`;
  return joined === "" ? "." : joined;
}
function fileBytes(encode) {
  return def(1, 1, ([p], ctx) => {
    const path12 = argString(p, "path");
    const bytes = ctx.scope.readBytes?.(path12);
    if (bytes === void 0) throw new Unsupported(`file "${path12}" is not readable here`);
    return encode(bytes);
  });
}
function fileDigest(algorithm, encoding) {
  return fileBytes((bytes) => createHash3(algorithm).update(bytes).digest(encoding));
}
var FILE_FUNCTIONS = {
  filebase64: fileBytes((bytes) => Buffer.from(bytes).toString("base64")),
  filemd5: fileDigest("md5", "hex"),
  filesha1: fileDigest("sha1", "hex"),
  filesha256: fileDigest("sha256", "hex"),
  filesha512: fileDigest("sha512", "hex"),
  filebase64sha256: fileDigest("sha256", "base64"),
  filebase64sha512: fileDigest("sha512", "base64"),
  // Go's filepath.Abs: an absolute path is only cleaned; a relative one joins the directory
  // Terraform runs in, which the scope knows when it reads real files.
  abspath: def(1, 1, ([p], ctx) => {
    const path12 = argString(p, "path");
    if (path12.startsWith("/")) return cleanPath(path12);
    const absolute = ctx.scope.absolutePath?.(path12);
    if (absolute === void 0)
      throw new Unsupported(`the directory "${path12}" is relative to is not known here`);
    return absolute;
  }),
  // "~" is the home directory of whoever runs Terraform, which a scan cannot know.
  pathexpand: def(1, 1, ([p]) => {
    const path12 = argString(p, "path");
    if (!path12.startsWith("~")) return path12;
    if (path12.length > 1 && path12[1] !== "/" && path12[1] !== "\\")
      throw new EvalError("cannot expand user-specific home dir");
    throw new Unsupported('"~" is the home directory of the machine that runs Terraform');
  }),
  file: def(1, 1, ([p], ctx) => {
    const path12 = argString(p, "path");
    const text = ctx.scope.readFile(path12);
    if (text === void 0) throw new Unsupported(`file "${path12}" is not readable here`);
    return text;
  }),
  fileexists: def(1, 1, ([p], ctx) => {
    const path12 = argString(p, "path");
    const kind = ctx.scope.fileKind?.(path12);
    if (kind === void 0) throw new Unsupported(`whether "${path12}" exists cannot be told here`);
    if (kind === "directory") throw new EvalError(`"${path12}" is a directory, not a file`);
    return kind === "file";
  }),
  fileset: def(2, 2, ([p, pattern], ctx) => {
    const dir = argString(p, "path");
    const glob = globToRegExp(argString(pattern, "pattern"));
    const files = ctx.scope.listFiles?.(dir);
    if (files === void 0) throw new Unsupported(`the files under "${dir}" cannot be listed here`);
    return files.filter((file) => glob.test(file)).sort(compareStrings);
  }),
  // Go's filepath.Base: trailing slashes dropped, no cleaning ("a/.." is "..").
  basename: def(1, 1, ([p]) => {
    const path12 = argString(p, "path");
    if (path12 === "") return ".";
    const trimmed = path12.replace(/\/+$/, "");
    if (trimmed === "") return "/";
    return trimmed.slice(trimmed.lastIndexOf("/") + 1);
  }),
  dirname: def(1, 1, ([p]) => {
    const path12 = argString(p, "path");
    const slash = path12.lastIndexOf("/");
    return cleanPath(slash < 0 ? "" : path12.slice(0, slash + 1));
  })
};

// src/load/expr/fn-format.ts
function pad(body, spec, numeric) {
  const len = graphemes(body).length;
  if (spec.width <= len) return body;
  const fill2 = spec.width - len;
  if (spec.minus) return body + " ".repeat(fill2);
  if (spec.zero && numeric) {
    const sign = body[0] === "-" || body[0] === "+" || body[0] === " " ? body[0] : "";
    return sign + "0".repeat(fill2) + body.slice(sign.length);
  }
  return " ".repeat(fill2) + body;
}
function signed(n, digits, spec) {
  if (n < 0 || Object.is(n, -0)) return "-" + digits;
  if (spec.plus) return "+" + digits;
  if (spec.space) return " " + digits;
  return digits;
}
function decimalDigits(x, sig) {
  if (x === 0) return { digits: "0", point: 1 };
  const exp = sig < 0 ? x.toExponential() : x.toExponential(Math.min(Math.max(sig - 1, 0), 100));
  const [mant, e] = exp.split("e");
  let digits = mant.replace(".", "").replace(/0+$/, "");
  if (digits === "") digits = "0";
  return { digits, point: Number(e) + 1 };
}
function placePoint(digits, point) {
  if (point <= 0) return "0." + "0".repeat(-point) + digits;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return digits.slice(0, point) + "." + digits.slice(point);
}
function expForm(mantissa, exponent, upper) {
  const e = Math.abs(exponent).toString().padStart(2, "0");
  return `${mantissa}${upper ? "E" : "e"}${exponent < 0 ? "-" : "+"}${e}`;
}
function formatFloat(n, verb, spec) {
  if (!Number.isFinite(n)) throw new Unsupported("formatting infinite numbers is not supported");
  const x = Math.abs(n);
  let body;
  switch (verb) {
    case "f":
    case "F": {
      if (x >= 1e21) throw new Unsupported("%f of numbers this large is not supported");
      body = x.toFixed(spec.precision < 0 ? 6 : Math.min(spec.precision, 100));
      break;
    }
    case "e":
    case "E": {
      const [mant, e] = x.toExponential(spec.precision < 0 ? 6 : Math.min(spec.precision, 100)).split("e");
      body = expForm(mant, Number(e), verb === "E");
      break;
    }
    default: {
      const shortest = spec.precision < 0;
      const sig = shortest ? -1 : Math.max(spec.precision, 1);
      const { digits, point } = decimalDigits(x, sig);
      let eprec = shortest ? 6 : sig;
      if (!shortest && eprec > digits.length && digits.length >= point) eprec = digits.length;
      const exponent = point - 1;
      if (exponent < -4 || exponent >= eprec) {
        const mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
        body = expForm(mant, exponent, verb === "G");
      } else {
        body = placePoint(digits, point);
      }
    }
  }
  return pad(signed(n, body, spec), spec, true);
}
function formatInteger(n, verb, spec) {
  if (!Number.isInteger(n))
    throw new EvalError(
      `value ${formatNumber(n)} has a fractional part, so cannot be formatted with %${verb}`
    );
  if (!Number.isSafeInteger(n)) throw new Unsupported("integers beyond 2^53 cannot be formatted exactly");
  const radix = verb === "b" ? 2 : verb === "o" ? 8 : verb === "x" || verb === "X" ? 16 : 10;
  let digits = Math.abs(n).toString(radix);
  if (verb === "X") digits = digits.toUpperCase();
  if (spec.precision >= 0 && digits.length < spec.precision)
    digits = "0".repeat(spec.precision - digits.length) + digits;
  return pad(signed(n, digits, spec), spec, true);
}
function formatOne(verb, arg, spec) {
  if (arg instanceof Unknown) return arg;
  if (verb === "v" && spec.sharp) {
    const json = jsonEncode(arg);
    return json instanceof Unknown ? json : pad(json, spec, false);
  }
  if (spec.sharp) throw new Unsupported(`the # flag with %${verb} is not supported`);
  if (arg === null) {
    if (verb === "v") return pad("null", spec, false);
    throw new EvalError(`unsupported value for "%${verb}": null value cannot be formatted`);
  }
  switch (verb) {
    case "v": {
      if (typeof arg === "object") {
        const json = jsonEncode(arg);
        return json instanceof Unknown ? json : pad(json, spec, false);
      }
      return formatOne("s", arg, spec);
    }
    case "s":
    case "q": {
      if (typeof arg === "object")
        throw new EvalError(`unsupported value for "%${verb}": string required, not ${typeName(arg)}`);
      let s = toStringValue(arg);
      if (spec.precision >= 0) s = graphemes(s).slice(0, spec.precision).join("");
      return pad(verb === "q" ? quoteJSON(s) : s, spec, false);
    }
    case "t":
      return pad(toBoolValue(arg) ? "true" : "false", spec, false);
    case "d":
    case "b":
    case "o":
    case "x":
    case "X":
      return formatInteger(toNumberValue(arg), verb, spec);
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
      return formatFloat(toNumberValue(arg), verb, spec);
    default:
      throw new EvalError(`unrecognized format verb "%${verb}"`);
  }
}
function readNumber(f, i) {
  let n = -1;
  while (i < f.length && f.charCodeAt(i) >= 48 && f.charCodeAt(i) <= 57) {
    n = (n < 0 ? 0 : n * 10) + f.charCodeAt(i) - 48;
    i++;
  }
  return [n, i];
}
function format(f, args) {
  const out = [];
  let next = 0;
  let used = 0;
  let unknown = null;
  let i = 0;
  while (i < f.length) {
    const pct = f.indexOf("%", i);
    if (pct < 0) {
      out.push(f.slice(i));
      break;
    }
    out.push(f.slice(i, pct));
    i = pct + 1;
    if (f[i] === "%") {
      out.push("%");
      i++;
      continue;
    }
    const spec = {
      minus: false,
      plus: false,
      space: false,
      zero: false,
      sharp: false,
      width: -1,
      precision: -1
    };
    for (; ; ) {
      const c = f[i];
      if (c === "-") spec.minus = true;
      else if (c === "+") spec.plus = true;
      else if (c === " ") spec.space = true;
      else if (c === "0") spec.zero = true;
      else if (c === "#") spec.sharp = true;
      else break;
      i++;
    }
    if (f[i] === "[") {
      const [index2, after] = readNumber(f, i + 1);
      if (index2 < 1 || f[after] !== "]")
        throw new EvalError("invalid explicit argument index in format string");
      next = index2 - 1;
      i = after + 1;
    }
    if (f[i] === "*") throw new Unsupported('"*" widths in format strings are not supported');
    [spec.width, i] = readNumber(f, i);
    if (f[i] === ".") {
      const [precision, after] = readNumber(f, i + 1);
      spec.precision = precision < 0 ? 0 : precision;
      i = after;
    }
    const verb = f[i];
    if (verb === void 0) throw new EvalError("format string ends with an incomplete verb");
    i++;
    if (next >= args.length) throw new EvalError(`not enough arguments for "%${verb}" at offset ${pct}`);
    const piece = formatOne(verb, args[next], spec);
    next++;
    used = Math.max(used, next);
    if (piece instanceof Unknown) unknown = unknownFrom(unknown ? [unknown, piece] : [piece]);
    else out.push(piece);
  }
  if (used < args.length) throw new EvalError(`too many arguments; only ${used} used by format string`);
  return unknown ?? out.join("");
}
var FORMAT_FUNCTIONS = {
  format: def(1, Infinity, (args) => format(argString(args[0], "format"), args.slice(1))),
  formatlist: def(1, Infinity, (args) => {
    const f = argString(args[0], "format");
    const rest = args.slice(1);
    let count = -1;
    rest.forEach((a, i) => {
      if (!Array.isArray(a)) return;
      if (count >= 0 && a.length !== count) {
        throw new EvalError(
          `argument ${i + 2} has length ${a.length}, which is inconsistent with the previous list arguments of length ${count}`
        );
      }
      count = a.length;
    });
    if (count < 0) count = 1;
    const out = [];
    for (let n = 0; n < count; n++) {
      const row = rest.map((a) => Array.isArray(a) ? argList(a, "argument")[n] : a);
      out.push(format(f, row));
    }
    return out;
  })
};

// src/load/expr/fn-network.ts
var UP_TO_THREE_DIGITS = /^[0-9]{1,3}$/;
var IPV6_GROUP = /^[0-9a-fA-F]{1,4}$/;
function parseIPv4(text) {
  const parts = text.split(".");
  if (parts.length !== 4) return void 0;
  let value = 0n;
  for (const part of parts) {
    if (!UP_TO_THREE_DIGITS.test(part) || Number(part) > 255) return void 0;
    value = value << 8n | BigInt(Number(part));
  }
  return value;
}
function parseIPv6Groups(text) {
  if (text === "") return [];
  const groups = [];
  const parts = text.split(":");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (i === parts.length - 1 && part.includes(".")) {
      const v4 = parseIPv4(part);
      if (v4 === void 0) return void 0;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (IPV6_GROUP.test(part)) groups.push(parseInt(part, 16));
    else return void 0;
  }
  return groups;
}
function parseIPv6(text) {
  const halves = text.split("::");
  if (halves.length > 2) return void 0;
  const head = parseIPv6Groups(halves[0]);
  const tail = halves.length === 2 ? parseIPv6Groups(halves[1]) : [];
  if (head === void 0 || tail === void 0) return void 0;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return void 0;
  let value = 0n;
  for (const group of [...head, ...Array(missing).fill(0), ...tail])
    value = value << 16n | BigInt(group);
  return value;
}
function parseCidr(text) {
  const slash = text.indexOf("/");
  const address = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? "" : text.slice(slash + 1);
  const bits = address.includes(":") ? 128 : 32;
  const value = bits === 32 ? parseIPv4(address) : parseIPv6(address);
  if (value === void 0 || !UP_TO_THREE_DIGITS.test(prefixText) || Number(prefixText) > bits) {
    throw new EvalError(`invalid CIDR address: ${text}`);
  }
  if (bits === 128 && value >> 32n === 0xffffn) {
    throw new Unsupported("IPv4-mapped IPv6 prefixes are not supported");
  }
  const prefix = Number(prefixText);
  return { base: value & mask(prefix, bits), prefix, bits };
}
function mask(prefix, bits) {
  const all = (1n << BigInt(bits)) - 1n;
  return all ^ (1n << BigInt(bits - prefix)) - 1n;
}
function lastAddress(network) {
  return network.base | (1n << BigInt(network.bits - network.prefix)) - 1n;
}
function formatAddress(value, bits) {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((shift) => String(value >> shift & 0xffn)).join(".");
  const groups = Array.from({ length: 8 }, (_, i) => Number(value >> BigInt(112 - 16 * i) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = (list) => list.map((g) => g.toString(16)).join(":");
  if (bestStart < 0) return hex(groups);
  return `${hex(groups.slice(0, bestStart))}::${hex(groups.slice(bestStart + bestLength))}`;
}
function formatNetwork(network) {
  return `${formatAddress(network.base, network.bits)}/${network.prefix}`;
}
function nextSubnet(current, prefix) {
  const size = 1n << BigInt(current.bits);
  const holding = {
    base: lastAddress(current) & mask(prefix, current.bits),
    prefix,
    bits: current.bits
  };
  const after = (lastAddress(holding) + 1n) % size;
  return {
    next: { base: after & mask(prefix, current.bits), prefix, bits: current.bits },
    rollover: after === 0n
  };
}
function contains(network, address) {
  return (address & mask(network.prefix, network.bits)) === network.base;
}
function extension(value, what) {
  if (value > 32) throw new EvalError(`${what}: may not extend prefix by more than 32 bits`);
  return value;
}
var NETWORK_FUNCTIONS = {
  cidrhost: def(2, 2, ([p, h]) => {
    const network = parseCidr(argString(p, "prefix"));
    const hostBits = BigInt(network.bits - network.prefix);
    const maxHost = (1n << hostBits) - 1n;
    const requested = BigInt(argInteger(h, "hostnum"));
    const host = requested < 0n ? maxHost + 1n + requested : requested;
    if (host < 0n || host > maxHost) {
      throw new EvalError(`prefix of ${network.prefix} does not accommodate a host numbered ${requested}`);
    }
    return formatAddress(network.base + host, network.bits);
  }),
  cidrnetmask: def(1, 1, ([p]) => {
    const network = parseCidr(argString(p, "prefix"));
    if (network.bits !== 32) throw new EvalError("only IPv4 networks are supported");
    return formatAddress(mask(network.prefix, 32), 32);
  }),
  cidrsubnet: def(3, 3, ([p, n, num]) => {
    const network = parseCidr(argString(p, "prefix"));
    const newBits = extension(argInteger(n, "newbits"), "newbits");
    const netNum = argInteger(num, "netnum");
    if (newBits < 0) throw new EvalError("newbits must not be negative");
    if (netNum < 0) throw new EvalError("netnum must not be negative");
    const prefix = network.prefix + newBits;
    if (prefix > network.bits) {
      throw new EvalError(`insufficient address space to extend prefix of ${network.prefix} by ${newBits}`);
    }
    if (BigInt(netNum) > (1n << BigInt(newBits)) - 1n) {
      throw new EvalError(`prefix extension of ${newBits} does not accommodate a subnet numbered ${netNum}`);
    }
    const base = network.base | BigInt(netNum) << BigInt(network.bits - prefix);
    return formatNetwork({ base, prefix, bits: network.bits });
  }),
  cidrsubnets: def(1, Infinity, ([p, ...lengths]) => {
    const network = parseCidr(argString(p, "prefix"));
    if (lengths.length === 0) return [];
    const prefixes = lengths.map((value, i) => {
      const newBits = extension(argInteger(value, `newbits ${i + 1}`), `newbits ${i + 1}`);
      if (newBits < 1) throw new EvalError(`newbits ${i + 1}: must extend prefix by at least one bit`);
      const prefix = network.prefix + newBits;
      if (prefix > network.bits) {
        throw new EvalError(
          `newbits ${i + 1}: would extend prefix to ${prefix} bits, which is too long for an IPv${network.bits === 32 ? 4 : 6} address`
        );
      }
      return prefix;
    });
    const size = 1n << BigInt(network.bits);
    const first = prefixes[0];
    const before = (network.base - 1n + size) % size;
    let current = { base: before & mask(first, network.bits), prefix: first, bits: network.bits };
    const out = [];
    for (const prefix of prefixes) {
      const { next, rollover } = nextSubnet(current, prefix);
      if (rollover || !contains(network, next.base)) {
        throw new EvalError(
          `not enough remaining address space for a subnet with a prefix of ${prefix} bits after ${formatNetwork(current)}`
        );
      }
      current = next;
      out.push(formatNetwork(current));
    }
    return out;
  })
};

// src/load/expr/fn-numeric.ts
var NUMERIC_FUNCTIONS = {
  abs: def(1, 1, ([n]) => Math.abs(argNumber(n, "num"))),
  ceil: def(1, 1, ([n]) => Math.ceil(argNumber(n, "num"))),
  floor: def(1, 1, ([n]) => Math.floor(argNumber(n, "num"))),
  signum: def(1, 1, ([n]) => Math.sign(argNumber(n, "num"))),
  pow: def(2, 2, ([b, e]) => Math.pow(argNumber(b, "num"), argNumber(e, "power"))),
  log: def(2, 2, ([n, b]) => Math.log(argNumber(n, "num")) / Math.log(argNumber(b, "base"))),
  // Folded pairwise: Math.max(...numbers) overflows the stack on a long expanded list.
  max: def(1, Infinity, (args) => numbers(args).reduce((a, b) => Math.max(a, b))),
  min: def(1, Infinity, (args) => numbers(args).reduce((a, b) => Math.min(a, b)))
};
function numbers(args) {
  return args.map((a, i) => argNumber(a, `argument ${i + 1}`));
}

// src/load/expr/fn-strings.ts
function isAscii(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}
function mapCase(s, upper) {
  if (isAscii(s)) return upper ? s.toUpperCase() : s.toLowerCase();
  let out = "";
  for (const ch of s) {
    const mapped = upper ? ch.toUpperCase() : ch.toLowerCase();
    out += mapped.length === ch.length || [...mapped].length === 1 ? mapped : ch;
  }
  return out;
}
function title(s) {
  let out = "";
  let previous = " ";
  for (const ch of s) {
    out += isWordSeparator(previous) ? mapCase(ch, true) : ch;
    previous = ch;
  }
  return out;
}
function isWordSeparator(ch) {
  if (ch.charCodeAt(0) <= 127) return !/[A-Za-z0-9_]/.test(ch);
  if (/[\p{L}\p{Nd}]/u.test(ch)) return false;
  return /\s/u.test(ch);
}
function trimSet(s, cutset) {
  const cut = new Set(cutset);
  const chars = Array.from(s);
  let a = 0;
  let b = chars.length;
  while (a < b && cut.has(chars[a])) a++;
  while (b > a && cut.has(chars[b - 1])) b--;
  return chars.slice(a, b).join("");
}
function trimSpace(s) {
  let a = 0;
  let b = s.length;
  while (a < b && isSpaceCode(s.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}
function replaceAllPlain(s, search, replacement) {
  if (search !== "") return s.split(search).join(replacement);
  return replacement + Array.from(s).join(replacement) + (s.length > 0 ? replacement : "");
}
function substr(s, offset, length) {
  const g = graphemes(s);
  let start = offset;
  if (start < 0) start = Math.max(0, start + g.length);
  if (start >= g.length) return "";
  if (length < 0) return g.slice(start).join("");
  return g.slice(start, start + length).join("");
}
function parseInt62(s, base) {
  const digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let i = 0;
  let negative = false;
  if (s[0] === "-" || s[0] === "+") {
    negative = s[0] === "-";
    i = 1;
  }
  if (i >= s.length) throw new EvalError(`cannot parse "${s}" as a base ${base} integer`);
  let n = 0;
  for (; i < s.length; i++) {
    let d = digits.indexOf(s[i]);
    if (base <= 36 && d >= 36) d -= 26;
    if (d < 0 || d >= base) throw new EvalError(`cannot parse "${s}" as a base ${base} integer`);
    n = n * base + d;
  }
  return negative ? -n : n;
}
var STRING_FUNCTIONS = {
  join: def(2, Infinity, (args) => {
    const sep = argString(args[0], "separator");
    const parts = [];
    for (let i = 1; i < args.length; i++) {
      const items = stringElements(argList(args[i], "lists"), "lists");
      if (items instanceof Unknown) return items;
      appendAll(parts, items);
    }
    return parts.join(sep);
  }),
  split: def(2, 2, ([sep, str]) => {
    const s = argString(str, "str");
    const separator = argString(sep, "separator");
    return separator === "" ? Array.from(s) : s.split(separator);
  }),
  lower: def(1, 1, ([s]) => mapCase(argString(s, "str"), false)),
  title: def(1, 1, ([s]) => title(argString(s, "str"))),
  // RootGuard tracks no sensitivity marks (it never prints a value a rule reads): both pass through.
  sensitive: def(1, 1, ([v]) => v, true),
  nonsensitive: def(1, 1, ([v]) => v, true),
  upper: def(1, 1, ([s]) => mapCase(argString(s, "str"), true)),
  replace: def(3, 3, ([str, search, rep]) => {
    const s = argString(str, "str");
    const pattern = argString(search, "substr");
    const replacement = argString(rep, "replace");
    if (pattern.length > 1 && pattern.startsWith("/") && pattern.endsWith("/")) {
      return replaceRegex(compileRE2(pattern.slice(1, -1)), s, replacement);
    }
    return replaceAllPlain(s, pattern, replacement);
  }),
  trimspace: def(1, 1, ([s]) => trimSpace(argString(s, "str"))),
  trim: def(2, 2, ([s, cut]) => trimSet(argString(s, "str"), argString(cut, "cutset"))),
  trimprefix: def(2, 2, ([s, p]) => {
    const str = argString(s, "str");
    const prefix = argString(p, "prefix");
    return str.startsWith(prefix) ? str.slice(prefix.length) : str;
  }),
  trimsuffix: def(2, 2, ([s, p]) => {
    const str = argString(s, "str");
    const suffix = argString(p, "suffix");
    return suffix !== "" && str.endsWith(suffix) ? str.slice(0, str.length - suffix.length) : str;
  }),
  chomp: def(1, 1, ([s]) => argString(s, "str").replace(/(?:\r\n|\r|\n)+$/, "")),
  indent: def(2, 2, ([n, s]) => {
    const spaces = argInteger(n, "spaces");
    return argString(s, "str").split("\n").join("\n" + " ".repeat(Math.max(0, spaces)));
  }),
  startswith: def(2, 2, ([s, p]) => argString(s, "str").startsWith(argString(p, "prefix"))),
  endswith: def(2, 2, ([s, p]) => argString(s, "str").endsWith(argString(p, "suffix"))),
  substr: def(
    3,
    3,
    ([s, o, l]) => substr(argString(s, "str"), argInteger(o, "offset"), argInteger(l, "length"))
  ),
  strrev: def(1, 1, ([s]) => graphemes(argString(s, "str")).reverse().join("")),
  strcontains: def(2, 2, ([s, sub]) => argString(s, "str").includes(argString(sub, "substr"))),
  tostring: def(1, 1, ([v]) => {
    if (v === null) return null;
    if (typeof v === "object") throw new EvalError(`cannot convert ${typeName(v)} to string`);
    return toStringValue(v);
  }),
  tonumber: def(1, 1, ([v]) => {
    if (v === null) return null;
    if (typeof v === "object") throw new EvalError(`cannot convert ${typeName(v)} to number`);
    if (typeof v === "boolean") throw new EvalError("cannot convert bool to number");
    return toNumberValue(v);
  }),
  tobool: def(1, 1, ([v]) => {
    if (v === null) return null;
    if (typeof v === "object" || typeof v === "number")
      throw new EvalError(`cannot convert ${typeName(v)} to bool`);
    return toBoolValue(v);
  }),
  parseint: def(2, 2, ([s, b]) => {
    const base = argInteger(b, "base");
    if (base < 2 || base > 62) throw new EvalError("base must be a whole number between 2 and 62 inclusive");
    return parseInt62(argString(s, "number"), base);
  })
};

// src/load/expr/fn-time.ts
var NS_PER_SECOND = 1000000000n;
var RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
function daysFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function civilFromDays(days) {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
function parseTimestamp(text) {
  const m = RFC3339.exec(text);
  if (m === null) throw new EvalError(`"${text}" is not a valid RFC3339 timestamp`);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const invalid = (what) => new EvalError(`"${text}" is not a valid RFC3339 timestamp: ${what} out of range`);
  if (month < 1 || month > 12) throw invalid("month");
  if (day < 1 || day > daysInMonth(year, month)) throw invalid("day of month");
  if (hour > 23) throw invalid("hour");
  if (minute > 59) throw invalid("minute");
  if (second > 59) throw invalid("second");
  let offsetMinutes = 0;
  if (m[8] === void 0) {
    const offsetHours = Number(m[10]);
    const offsetMins = Number(m[11]);
    if (offsetHours > 23 || offsetMins > 59) throw invalid("UTC offset");
    offsetMinutes = (m[9] === "-" ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const nanos = BigInt((m[7] ?? "").slice(0, 9).padEnd(9, "0"));
  const seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
  return { instant: BigInt(seconds) * NS_PER_SECOND + nanos, offsetMinutes };
}
function civil(t) {
  const local = t.instant + BigInt(t.offsetMinutes * 60) * NS_PER_SECOND;
  let seconds = local / NS_PER_SECOND;
  if (local % NS_PER_SECOND < 0n) seconds -= 1n;
  const total = Number(seconds);
  const days = Math.floor(total / 86400);
  const inDay = total - days * 86400;
  return {
    ...civilFromDays(days),
    hour: Math.floor(inDay / 3600),
    minute: Math.floor(inDay % 3600 / 60),
    second: inDay % 60,
    weekday: ((days + 4) % 7 + 7) % 7
  };
}
var pad2 = (n, width) => String(n).padStart(width, "0");
function padSigned(n, width) {
  return n < 0 ? `-${pad2(-n, width - 1)}` : pad2(n, width);
}
function offsetText(offsetMinutes, colon) {
  const abs = Math.abs(offsetMinutes);
  const sign = offsetMinutes < 0 ? "-" : "+";
  return `${sign}${pad2(Math.floor(abs / 60), 2)}${colon ? ":" : ""}${pad2(abs % 60, 2)}`;
}
function formatRFC3339(t) {
  const c = civil(t);
  const year = c.year < 0 ? `-${pad2(-c.year, 4)}` : pad2(c.year, 4);
  const zone = t.offsetMinutes === 0 ? "Z" : offsetText(t.offsetMinutes, true);
  return `${year}-${pad2(c.month, 2)}-${pad2(c.day, 2)}T${pad2(c.hour, 2)}:${pad2(c.minute, 2)}:${pad2(c.second, 2)}${zone}`;
}
var MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
var WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
var isLetter = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z";
function dateFormatTokens(spec) {
  const tokens = [];
  let i = 0;
  while (i < spec.length) {
    const c = spec[i];
    let end = i + 1;
    if (c === "'") {
      if (spec[i + 1] === "'") end = i + 2;
      else {
        end = spec.length;
        for (let j = i + 1; j < spec.length; j++) {
          if (spec[j] !== "'") continue;
          if (spec[j + 1] === "'") {
            j++;
            continue;
          }
          end = j + 1;
          break;
        }
      }
    } else if (isLetter(c)) {
      while (end < spec.length && spec[end] === c) end++;
    } else {
      while (end < spec.length && spec[end] !== "'" && !isLetter(spec[end])) end++;
    }
    tokens.push(spec.slice(i, end));
    i = end;
  }
  return tokens;
}
function verbError(token, rule13) {
  return new EvalError(`invalid date format verb "${token}"${rule13 === "" ? "" : `: ${rule13}`}`);
}
function formatVerb(token, c, t) {
  const n = token.length;
  const numeric = (value, what, one) => {
    if (n === 1) return String(value);
    if (n === 2) return pad2(value, 2);
    throw verbError(token, `${what} must either be "${one}" or "${one}${one}"`);
  };
  switch (token[0]) {
    case "Y":
      if (n === 2) return padSigned(c.year % 100, 2);
      if (n === 4) return padSigned(c.year, 4);
      throw verbError(token, 'year must either be "YY" or "YYYY"');
    case "M":
      if (n === 3) return MONTHS[c.month - 1].slice(0, 3);
      if (n === 4) return MONTHS[c.month - 1];
      if (n <= 2) return numeric(c.month, "month", "M");
      throw verbError(token, 'month must be "M", "MM", "MMM", or "MMMM"');
    case "D":
      return numeric(c.day, "day of month", "D");
    case "E":
      if (n === 3) return WEEKDAYS[c.weekday].slice(0, 3);
      if (n === 4) return WEEKDAYS[c.weekday];
      throw verbError(token, 'day of week must either be "EEE" or "EEEE"');
    case "h":
      return numeric(c.hour, "24-hour", "h");
    case "H":
      return numeric(c.hour % 12 === 0 ? 12 : c.hour % 12, "12-hour", "H");
    case "A":
    case "a": {
      if (n !== 2) throw verbError(token, `must be "${token[0]}${token[0]}"`);
      const marker = c.hour < 12 ? "AM" : "PM";
      return token[0] === "A" ? marker : marker.toLowerCase();
    }
    case "m":
      return numeric(c.minute, "minute", "m");
    case "s":
      return numeric(c.second, "second", "s");
    case "Z":
      if (n === 1) return t.offsetMinutes === 0 ? "Z" : offsetText(t.offsetMinutes, true);
      if (n === 3) return t.offsetMinutes === 0 ? "UTC" : offsetText(t.offsetMinutes, false);
      if (n === 4) return offsetText(t.offsetMinutes, false);
      if (n === 5) return offsetText(t.offsetMinutes, true);
      throw verbError(token, "timezone must be Z, ZZZZ, or ZZZZZ");
    default:
      throw verbError(token, "");
  }
}
function formatDate(spec, timestamp2) {
  const t = parseTimestamp(timestamp2);
  const c = civil(t);
  let out = "";
  for (const token of dateFormatTokens(spec)) {
    if (token[0] === "'") {
      if (token.length === 1 || !token.endsWith("'")) throw new EvalError("unterminated literal '");
      if (token.length === 2) out += "'";
      else {
        const raw = token.slice(1, -1);
        for (let i = 0; i < raw.length; i++) {
          out += raw[i];
          if (raw[i] === "'") i++;
        }
      }
    } else if (isLetter(token[0])) out += formatVerb(token, c, t);
    else out += token;
  }
  return out;
}
var UNITS = {
  ns: 1n,
  us: 1000n,
  \u00B5s: 1000n,
  // U+00B5 micro sign
  \u03BCs: 1000n,
  // U+03BC Greek mu
  ms: 1000000n,
  s: NS_PER_SECOND,
  m: 60n * NS_PER_SECOND,
  h: 3600n * NS_PER_SECOND
};
var MAX_DURATION = (1n << 63n) - 1n;
function parseDuration(text) {
  const invalid = () => new EvalError(`time: invalid duration "${text}"`);
  let s = text;
  let negative = false;
  if (s[0] === "-" || s[0] === "+") {
    negative = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0") return 0n;
  if (s === "") throw invalid();
  let total = 0n;
  const unit = /^(\d*)(?:\.(\d*))?([^\d.]*)/;
  while (s !== "") {
    const m = unit.exec(s);
    const [whole, integer = "", fraction, name = ""] = m;
    if (integer === "" && (fraction === void 0 || fraction === "")) throw invalid();
    if (name === "") throw new EvalError(`time: missing unit in duration "${text}"`);
    const scale = UNITS[name];
    if (scale === void 0) throw new EvalError(`time: unknown unit "${name}" in duration "${text}"`);
    let value = BigInt(integer === "" ? "0" : integer);
    if (value > MAX_DURATION / scale) throw invalid();
    value *= scale;
    if (fraction !== void 0 && fraction !== "") {
      value += BigInt(Math.trunc(Number(fraction) * (Number(scale) / 10 ** fraction.length)));
      if (value > MAX_DURATION) throw invalid();
    }
    total += value;
    if (total > MAX_DURATION) throw invalid();
    s = s.slice(whole.length);
  }
  return negative ? -total : total;
}
var TIME_FUNCTIONS = {
  formatdate: def(2, 2, ([spec, ts]) => formatDate(argString(spec, "format"), argString(ts, "time"))),
  timeadd: def(2, 2, ([ts, duration]) => {
    const t = parseTimestamp(argString(ts, "timestamp"));
    const d = parseDuration(argString(duration, "duration"));
    return formatRFC3339({ instant: t.instant + d, offsetMinutes: t.offsetMinutes });
  }),
  timecmp: def(2, 2, ([a, b]) => {
    const ta = parseTimestamp(argString(a, "timestamp_a")).instant;
    const tb = parseTimestamp(argString(b, "timestamp_b")).instant;
    return ta < tb ? -1 : ta > tb ? 1 : 0;
  })
};

// src/load/expr/fn-yaml.ts
var BOOLS = /* @__PURE__ */ new Map();
for (const word of ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"])
  BOOLS.set(word, true);
for (const word of ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"])
  BOOLS.set(word, false);
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var INFINITIES = /* @__PURE__ */ new Map();
for (const word of [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"]) INFINITIES.set(word, Infinity);
for (const word of ["-.inf", "-.Inf", "-.INF"]) INFINITIES.set(word, -Infinity);
var NANS = /* @__PURE__ */ new Set([".nan", ".NaN", ".NAN"]);
var DECIMAL2 = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var GO_INF = /^[+-]?[Ii]nf$/;
function parseDecimal(text) {
  if (DECIMAL2.test(text)) return Number(text);
  if (GO_INF.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  return void 0;
}
function parseGoInt(text) {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[1-9]\d*|0)$/.exec(text);
  if (!m) return void 0;
  const digits = m[2];
  const lower = digits.toLowerCase();
  const value = lower.startsWith("0x") ? parseInt(lower.slice(2), 16) : lower.startsWith("0b") ? parseInt(lower.slice(2), 2) : lower.startsWith("0o") ? parseInt(lower.slice(2), 8) : lower.length > 1 && lower.startsWith("0") ? parseInt(lower.slice(1), 8) : parseInt(lower, 10);
  return m[1] === "-" ? -value : value;
}
function explicitNumber(source) {
  const plain = source.replace(/_/g, "");
  return parseDecimal(plain) ?? parseGoInt(plain) ?? NOT_RESOLVED;
}
var TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt ])(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?)?$/;
function timestamp(source) {
  const m = TIMESTAMP.exec(source);
  if (!m) return void 0;
  const [, year, month, day, separator, hour, minute, second, zone] = m;
  if (separator === " " ? zone !== void 0 : separator !== void 0 && zone === void 0)
    return void 0;
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return void 0;
  const h = Number(hour ?? 0);
  const mi = Number(minute ?? 0);
  const s = Number(second ?? 0);
  if (h > 23 || mi > 59 || s > 59) return void 0;
  const two = (n) => String(n).padStart(2, "0");
  const offset = zone === void 0 || zone === "Z" || zone === "+00:00" ? "Z" : zone;
  return `${year}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}${offset}`;
}
function plainScalar(source) {
  const bool = BOOLS.get(source);
  if (bool !== void 0) return bool;
  if (NULLS.has(source)) return null;
  const infinity = INFINITIES.get(source);
  if (infinity !== void 0) return infinity;
  if (NANS.has(source)) throw new YAMLException("floating point NaN is not supported");
  const first = source.charAt(0);
  if (first === ".") return parseDecimal(source) ?? NOT_RESOLVED;
  if (first >= "0" && first <= "9" || first === "+" || first === "-") {
    const time = timestamp(source);
    if (time !== void 0) return time;
    const plain = source.replace(/_/g, "");
    const number = parseDecimal(plain);
    if (number !== void 0) return number;
    if (/^-?0b/.test(plain)) {
      const binary = parseGoInt(plain);
      if (binary === void 0) throw new YAMLException(`cannot parse "${source}" as an int`);
      return binary;
    }
  }
  return NOT_RESOLVED;
}
var never = () => false;
var ctyPlain = defineScalarTag("tag:yaml.org,2002:cty-plain", {
  implicit: true,
  resolve: (source, isExplicit) => isExplicit ? NOT_RESOLVED : plainScalar(source),
  identify: never
});
var explicitTags = [
  defineScalarTag("tag:yaml.org,2002:bool", {
    resolve: (source) => BOOLS.get(source) ?? NOT_RESOLVED,
    identify: never
  }),
  defineScalarTag("tag:yaml.org,2002:null", { resolve: () => null, identify: never }),
  defineScalarTag("tag:yaml.org,2002:int", { resolve: explicitNumber, identify: never }),
  defineScalarTag("tag:yaml.org,2002:float", { resolve: explicitNumber, identify: never }),
  defineScalarTag("tag:yaml.org,2002:timestamp", {
    resolve: (source) => timestamp(source) ?? NOT_RESOLVED,
    identify: never
  }),
  // cty has no bytes: go-cty-yaml keeps the base64 text once it has checked it.
  defineScalarTag("tag:yaml.org,2002:binary", {
    resolve: (source) => /^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(source) ? source : NOT_RESOLVED,
    identify: never
  })
];
var schema;
var MAX_DECODED_VALUES = 1e6;
function expandsPast(value, limit) {
  let count = 0;
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > limit) return true;
    if (Array.isArray(v)) for (const item of v) stack.push(item);
    else if (v !== null && typeof v === "object")
      for (const key in v) stack.push(v[key]);
  }
  return false;
}
function yamlDecode(text) {
  schema ??= new Schema([strTag, seqTag, mapTag, mergeTag, ctyPlain, ...explicitTags]);
  if (/^(?:\s*(?:#[^\n]*)?\n)*\s*(?:#[^\n]*)?$/.test(text)) return null;
  let value;
  try {
    value = load(text, { schema });
  } catch (err) {
    if (err instanceof YAMLException) throw new EvalError(`invalid YAML: ${err.message.split("\n")[0]}`);
    throw err;
  }
  if (expandsPast(value, MAX_DECODED_VALUES)) {
    throw new Unsupported(`the YAML expands to more than ${MAX_DECODED_VALUES} values through its aliases`);
  }
  return finiteOrUnsupported(value, "YAML infinities");
}
var YAML_FUNCTIONS = {
  yamldecode: def(1, 1, ([s]) => yamlDecode(argString(s, "src")))
};

// src/load/expr/functions.ts
var FUNCTIONS = new Map(
  Object.entries({
    ...COLLECTION_FUNCTIONS,
    ...STRING_FUNCTIONS,
    ...FORMAT_FUNCTIONS,
    ...NUMERIC_FUNCTIONS,
    ...ENCODING_FUNCTIONS,
    ...CSV_FUNCTIONS,
    ...NETWORK_FUNCTIONS,
    ...AWS_PROVIDER_FUNCTIONS,
    ...FILE_FUNCTIONS,
    ...YAML_FUNCTIONS,
    ...TIME_FUNCTIONS
  })
);
var SPECIAL_FUNCTIONS = /* @__PURE__ */ new Set([
  "try",
  "can",
  "templatefile",
  "templatestring"
]);

// src/load/expr/parser.ts
var MAX_DEPTH = 200;
var BINARY_PRECEDENCE = new Int8Array(35 /* Invalid */ + 1);
var BINARY_OP = [];
for (const [type, precedence, op] of [
  [31 /* Or */, 1, "||"],
  [30 /* And */, 2, "&&"],
  [22 /* EqEq */, 3, "=="],
  [25 /* NotEq */, 3, "!="],
  [28 /* Gt */, 4, ">"],
  [29 /* Ge */, 4, ">="],
  [26 /* Lt */, 4, "<"],
  [27 /* Le */, 4, "<="],
  [19 /* Plus */, 5, "+"],
  [20 /* Minus */, 5, "-"],
  [16 /* Star */, 6, "*"],
  [17 /* Slash */, 6, "/"],
  [18 /* Percent */, 6, "%"]
]) {
  BINARY_PRECEDENCE[type] = precedence;
  BINARY_OP[type] = op;
}
var Parser = class {
  constructor(src) {
    this.src = src;
    this.lex = new Lexer(src);
  }
  src;
  lex;
  peeked = null;
  /** Whether newlines are tokens right now: true only directly inside `{ ... }` object constructors. */
  includeNewlines = false;
  newlineStack = [];
  depth = 0;
  peek() {
    let tok = this.peeked ?? this.lex.next();
    if (!this.includeNewlines) {
      while (tok.type === 1 /* Newline */) tok = this.lex.next();
    }
    this.peeked = tok;
    return tok;
  }
  next() {
    const tok = this.peek();
    this.peeked = null;
    return tok;
  }
  /** Hands the position over after template scanning; no token may be buffered at this point. */
  resetAt(pos) {
    this.peeked = null;
    this.lex.pos = pos;
  }
  pushNewlines(include) {
    this.newlineStack.push(this.includeNewlines);
    this.includeNewlines = include;
  }
  popNewlines() {
    this.includeNewlines = this.newlineStack.pop() ?? false;
  }
  fail(message, start, end = start) {
    throw new SyntaxFailure(message, start, end);
  }
  expect(type, what) {
    const tok = this.next();
    if (tok.type !== type) {
      this.fail(`expected ${what ?? tokenName(type)} but found ${this.describe(tok)}`, tok.start, tok.end);
    }
    return tok;
  }
  describe(tok) {
    if (tok.type === 2 /* Ident */ || tok.type === 3 /* Number */ || tok.type === 35 /* Invalid */) {
      return `"${this.src.slice(tok.start, tok.end)}"`;
    }
    return tokenName(tok.type);
  }
  text(tok) {
    return this.src.slice(tok.start, tok.end);
  }
  isKeyword(tok, word) {
    return tok.type === 2 /* Ident */ && tok.end - tok.start === word.length && this.src.startsWith(word, tok.start);
  }
  /** Parses the whole input as one expression; newlines between tokens are insignificant. */
  parseWhole() {
    const expr = this.parseExpression();
    const tok = this.peek();
    if (tok.type !== 0 /* EOF */) {
      this.fail(`unexpected ${this.describe(tok)} after expression`, tok.start, tok.end);
    }
    return expr;
  }
  parseExpression() {
    if (++this.depth > MAX_DEPTH) this.fail("expression is nested too deeply", this.lex.pos);
    try {
      const condition = this.parseBinary(1);
      if (this.peek().type !== 32 /* Question */) return condition;
      this.next();
      const trueExpr = this.parseExpression();
      this.expect(33 /* Colon */, '":" in conditional expression');
      const falseExpr = this.parseExpression();
      return {
        kind: "conditional",
        condition,
        trueExpr,
        falseExpr,
        start: condition.start,
        end: falseExpr.end
      };
    } finally {
      this.depth--;
    }
  }
  /** Precedence climbing over operators binding at least as tightly as `minPrecedence`. */
  parseBinary(minPrecedence) {
    let left = this.parseTermWithTraversals();
    for (; ; ) {
      const type = this.peek().type;
      const precedence = BINARY_PRECEDENCE[type];
      if (precedence === 0 || precedence < minPrecedence) return left;
      this.next();
      const right = this.parseBinary(precedence + 1);
      left = { kind: "binary", op: BINARY_OP[type], left, right, start: left.start, end: right.end };
    }
  }
  parseTermWithTraversals() {
    return this.parseTraversals(this.parseTerm());
  }
  parseTerm() {
    const tok = this.next();
    switch (tok.type) {
      case 3 /* Number */: {
        const value = Number(this.text(tok));
        return { kind: "literal", value, start: tok.start, end: tok.end };
      }
      case 2 /* Ident */:
        return this.parseIdentTerm(tok);
      case 20 /* Minus */:
      case 24 /* Bang */: {
        const operand = this.parseTermWithTraversals();
        const op = tok.type === 20 /* Minus */ ? "-" : "!";
        return { kind: "unary", op, operand, start: tok.start, end: operand.end };
      }
      case 11 /* OParen */: {
        this.pushNewlines(false);
        const expr = this.parseExpression();
        const close = this.expect(12 /* CParen */, '")"');
        this.popNewlines();
        return { kind: "parens", expr, start: tok.start, end: close.end };
      }
      case 9 /* OBrack */:
        return this.parseTuple(tok);
      case 6 /* OBrace */:
        return this.parseObject(tok);
      case 4 /* OQuote */: {
        const close = plainQuotedEnd(this.src, tok.end);
        if (close >= 0) {
          this.resetAt(close + 1);
          const value = this.src.slice(tok.end, close);
          const part = { kind: "literal", value, start: tok.end, end: close };
          return { kind: "template", parts: [part], start: tok.start, end: close + 1 };
        }
        const { parts, end } = scanTemplate(this, tok.end, "quoted", void 0, tok.start);
        this.resetAt(end);
        return { kind: "template", parts, start: tok.start, end };
      }
      case 5 /* OHeredoc */: {
        const mode = tok.flush ? "flushHeredoc" : "heredoc";
        const { parts, end } = scanTemplate(this, tok.end, mode, tok.marker, tok.start);
        this.resetAt(end);
        return { kind: "template", parts, start: tok.start, end };
      }
      default:
        return this.fail(`expected an expression but found ${this.describe(tok)}`, tok.start, tok.end);
    }
  }
  parseIdentTerm(tok) {
    const name = this.text(tok);
    switch (name) {
      case "true":
        return { kind: "literal", value: true, start: tok.start, end: tok.end };
      case "false":
        return { kind: "literal", value: false, start: tok.start, end: tok.end };
      case "null":
        return { kind: "literal", value: null, start: tok.start, end: tok.end };
    }
    const after = this.peek().type;
    if (after === 11 /* OParen */ || after === 34 /* DoubleColon */) return this.parseCall(tok, name);
    return { kind: "variable", name, start: tok.start, end: tok.end };
  }
  parseCall(nameTok, first) {
    let name = first;
    while (this.peek().type === 34 /* DoubleColon */) {
      this.next();
      name += "::" + this.text(this.expect(2 /* Ident */, 'function name after "::"'));
    }
    this.expect(11 /* OParen */, '"(" after function name');
    this.pushNewlines(false);
    const args = [];
    let expandFinal = false;
    let close;
    for (; ; ) {
      if (this.peek().type === 12 /* CParen */) {
        close = this.next();
        break;
      }
      args.push(this.parseExpression());
      const sep = this.next();
      if (sep.type === 15 /* Ellipsis */) {
        expandFinal = true;
        close = this.expect(12 /* CParen */, '")" after expanded final argument');
        break;
      }
      if (sep.type === 12 /* CParen */) {
        close = sep;
        break;
      }
      if (sep.type !== 13 /* Comma */) {
        this.fail(`expected "," or ")" in function call but found ${this.describe(sep)}`, sep.start, sep.end);
      }
    }
    this.popNewlines();
    return { kind: "call", name, args, expandFinal, start: nameTok.start, end: close.end };
  }
  parseTuple(open) {
    this.pushNewlines(false);
    if (this.isKeyword(this.peek(), "for")) {
      const result = this.parseFor(open, false);
      this.popNewlines();
      return result;
    }
    const items = [];
    let close;
    for (; ; ) {
      if (this.peek().type === 10 /* CBrack */) {
        close = this.next();
        break;
      }
      items.push(this.parseExpression());
      const sep = this.next();
      if (sep.type === 10 /* CBrack */) {
        close = sep;
        break;
      }
      if (sep.type !== 13 /* Comma */) {
        this.fail(`expected "," or "]" in tuple but found ${this.describe(sep)}`, sep.start, sep.end);
      }
    }
    this.popNewlines();
    return { kind: "tuple", items, start: open.start, end: close.end };
  }
  parseObject(open) {
    this.pushNewlines(false);
    const isFor = this.isKeyword(this.peek(), "for");
    if (isFor) {
      const result = this.parseFor(open, true);
      this.popNewlines();
      return result;
    }
    this.popNewlines();
    this.pushNewlines(true);
    const items = [];
    let close;
    for (; ; ) {
      let tok = this.peek();
      while (tok.type === 1 /* Newline */) {
        this.next();
        tok = this.peek();
      }
      if (tok.type === 7 /* CBrace */) {
        close = this.next();
        break;
      }
      const keyExpr = this.parseExpression();
      const bareWord = keyExpr.kind === "variable" || keyExpr.kind === "literal" && typeof keyExpr.value !== "number" && typeof keyExpr.value !== "string";
      const key = bareWord ? {
        kind: "name",
        name: this.src.slice(keyExpr.start, keyExpr.end),
        start: keyExpr.start,
        end: keyExpr.end
      } : keyExpr;
      const eq = this.next();
      if (eq.type !== 21 /* Eq */ && eq.type !== 33 /* Colon */) {
        this.fail(`expected "=" or ":" after object key but found ${this.describe(eq)}`, eq.start, eq.end);
      }
      const value = this.parseExpression();
      items.push({ key, value, start: keyExpr.start, end: value.end });
      const sep = this.peek();
      if (sep.type === 13 /* Comma */ || sep.type === 1 /* Newline */) {
        this.next();
      } else if (sep.type !== 7 /* CBrace */) {
        this.fail(
          `expected newline, "," or "}" after object item but found ${this.describe(sep)}`,
          sep.start,
          sep.end
        );
      }
    }
    this.popNewlines();
    return { kind: "object", items, start: open.start, end: close.end };
  }
  /** After `[` or `{` when the next token is `for`; newlines are already insignificant. */
  parseFor(open, isObject2) {
    this.next();
    let valueVar = this.text(this.expect(2 /* Ident */, 'iteration variable name after "for"'));
    let keyVar = null;
    if (this.peek().type === 13 /* Comma */) {
      this.next();
      keyVar = valueVar;
      valueVar = this.text(this.expect(2 /* Ident */, 'value variable name after ","'));
    }
    const inTok = this.next();
    if (!this.isKeyword(inTok, "in")) {
      this.fail(`expected "in" in for expression but found ${this.describe(inTok)}`, inTok.start, inTok.end);
    }
    const collection = this.parseExpression();
    this.expect(33 /* Colon */, '":" after for expression collection');
    let keyExpr = null;
    if (isObject2) {
      keyExpr = this.parseExpression();
      this.expect(23 /* FatArrow */, '"=>" in object for expression');
    }
    const valueExpr = this.parseExpression();
    let grouping = false;
    if (isObject2 && this.peek().type === 15 /* Ellipsis */) {
      this.next();
      grouping = true;
    }
    let condition = null;
    if (this.isKeyword(this.peek(), "if")) {
      this.next();
      condition = this.parseExpression();
    }
    const close = this.expect(isObject2 ? 7 /* CBrace */ : 10 /* CBrack */, isObject2 ? '"}"' : '"]"');
    return {
      kind: "for",
      isObject: isObject2,
      keyVar,
      valueVar,
      collection,
      keyExpr,
      valueExpr,
      condition,
      grouping,
      start: open.start,
      end: close.end
    };
  }
  /** Postfix steps: `.name`, `.0`, `[key]`, `[*]`, `.*`. */
  parseTraversals(base) {
    let expr = base;
    for (; ; ) {
      const tok = this.peek();
      if (tok.type === 14 /* Dot */) {
        this.next();
        const index2 = this.lex.scanInteger();
        if (index2) {
          const key = {
            kind: "literal",
            value: Number(this.text(index2)),
            start: index2.start,
            end: index2.end
          };
          expr = { kind: "index", object: expr, key, legacy: true, start: expr.start, end: index2.end };
          continue;
        }
        const name = this.next();
        if (name.type === 2 /* Ident */) {
          expr = { kind: "getAttr", object: expr, name: this.text(name), start: expr.start, end: name.end };
        } else if (name.type === 16 /* Star */) {
          expr = this.parseAttrSplat(expr, name.end);
        } else {
          this.fail(
            `expected attribute name after "." but found ${this.describe(name)}`,
            name.start,
            name.end
          );
        }
      } else if (tok.type === 9 /* OBrack */) {
        this.next();
        this.pushNewlines(false);
        if (this.peek().type === 16 /* Star */) {
          this.next();
          const close = this.expect(10 /* CBrack */, '"]" after "[*"');
          this.popNewlines();
          const item = { kind: "splatItem", start: close.end, end: close.end };
          const each = this.parseTraversals(item);
          expr = {
            kind: "splat",
            source: expr,
            each,
            attrOnly: false,
            start: expr.start,
            end: Math.max(close.end, each.end)
          };
        } else {
          const key = this.parseExpression();
          const close = this.expect(10 /* CBrack */, '"]" after index');
          this.popNewlines();
          expr = { kind: "index", object: expr, key, legacy: false, start: expr.start, end: close.end };
        }
      } else {
        return expr;
      }
    }
  }
  /** Legacy `.*`: only `.name` and `.N` steps belong to the splat; anything after applies to its result. */
  parseAttrSplat(source, starEnd) {
    let each = { kind: "splatItem", start: starEnd, end: starEnd };
    while (this.peek().type === 14 /* Dot */) {
      this.next();
      const index2 = this.lex.scanInteger();
      if (index2) {
        const key = {
          kind: "literal",
          value: Number(this.text(index2)),
          start: index2.start,
          end: index2.end
        };
        each = { kind: "index", object: each, key, legacy: true, start: each.start, end: index2.end };
        continue;
      }
      const name = this.expect(2 /* Ident */, 'attribute name after "."');
      each = { kind: "getAttr", object: each, name: this.text(name), start: each.start, end: name.end };
    }
    return {
      kind: "splat",
      source,
      each,
      attrOnly: true,
      start: source.start,
      end: Math.max(starEnd, each.end)
    };
  }
};
function toParseError(text, err) {
  if (err instanceof SyntaxFailure) {
    const { line, column } = lineColumn(text, err.start);
    return { kind: "parseError", message: err.message, start: err.start, end: err.end, line, column };
  }
  if (err instanceof RangeError) {
    return {
      kind: "parseError",
      message: "expression is nested too deeply",
      start: 0,
      end: text.length,
      line: 1,
      column: 1
    };
  }
  throw err;
}
function parseExpressionOrError(text) {
  try {
    return new Parser(text).parseWhole();
  } catch (err) {
    return toParseError(text, err);
  }
}
function parseTemplate(text) {
  try {
    const parser = new Parser(text);
    const { parts, end } = scanTemplate(parser, 0, "bare");
    return { kind: "template", parts, start: 0, end };
  } catch (err) {
    return toParseError(text, err);
  }
}
var templateCache = /* @__PURE__ */ new Map();
var TEMPLATE_CACHE_LIMIT = 4096;
function parseTemplateCached(text) {
  let result = templateCache.get(text);
  if (result === void 0) {
    result = parseTemplate(text);
    if (templateCache.size >= TEMPLATE_CACHE_LIMIT) templateCache.clear();
    templateCache.set(text, result);
  }
  return result;
}
function parseExpression(text) {
  const result = parseExpressionOrError(text);
  if (result.kind !== "parseError") return result;
  return {
    kind: "error",
    message: result.message,
    line: result.line,
    column: result.column,
    start: result.start,
    end: result.end
  };
}

// src/load/expr/evaluate.ts
var SPLAT_ITEM = "*";
var pureRefs = /* @__PURE__ */ new WeakSet();
var DEFAULT_REASON = " is not known";
function referenceUnknown(ref, reason) {
  const u = new Unknown(reason ?? referenceText(ref) + DEFAULT_REASON, [ref]);
  pureRefs.add(u);
  return u;
}
function errorToUnknown(err) {
  if (err instanceof EvalError || err instanceof Unsupported) return new Unknown(err.message);
  if (err instanceof RangeError) return new Unknown(rangeErrorReason(err));
  return new Unknown(`internal evaluator error: ${err instanceof Error ? err.message : String(err)}`);
}
function rangeErrorReason(err) {
  if (/call stack/i.test(err.message)) return "expression is too deeply nested to evaluate";
  if (/invalid (string|array|typed array) length|allocation failed/i.test(err.message)) {
    return "the value is too large to build (it passes the size limit of a string or list)";
  }
  return `internal evaluator error: ${err.message}`;
}
function evaluate2(expr, scope) {
  try {
    return evalExpr(expr, { scope, frame: null, templateVars: null });
  } catch (err) {
    return errorToUnknown(err);
  }
}
function evalExpr(expr, ctx) {
  switch (expr.kind) {
    case "literal":
      if (typeof expr.value === "number" && !Number.isFinite(expr.value)) {
        throw new Unsupported("number literal is beyond the double-precision range");
      }
      return expr.value;
    case "template":
      return evalTemplate(expr.parts, ctx, true);
    case "variable":
      return resolveRoot(expr.name, [], ctx);
    case "getAttr":
    case "index":
      return evalTraversal(expr, ctx);
    case "splat":
      return evalSplat(expr, ctx);
    case "splatItem": {
      const frame = findFrame(ctx.frame, SPLAT_ITEM);
      if (!frame) throw new EvalError("splat placeholder used outside a splat expression");
      return frame.value;
    }
    case "tuple":
      return expr.items.map((item) => evalExpr(item, ctx));
    case "object":
      return evalObject(expr, ctx);
    case "for":
      return evalFor(expr, ctx);
    case "conditional":
      return evalConditional(expr, ctx);
    case "binary":
      return evalBinary(expr, ctx);
    case "unary":
      return evalUnary(expr, ctx);
    case "call":
      return evalCall(expr, ctx);
    case "parens":
      return evalExpr(expr.expr, ctx);
    case "error":
      throw new Unsupported(`syntax error at ${expr.line}:${expr.column}: ${expr.message}`);
  }
}
function findFrame(frame, name) {
  for (let f = frame; f !== null; f = f.parent) if (f.name === name) return f;
  return null;
}
function withFrame(ctx, name, value) {
  return { scope: ctx.scope, frame: { name, value, parent: ctx.frame }, templateVars: ctx.templateVars };
}
function evalTraversal(expr, ctx) {
  const steps = [];
  let node = expr;
  while (node.kind === "getAttr" || node.kind === "index") {
    steps.push(node);
    node = node.object;
  }
  steps.reverse();
  if (node.kind === "variable") return resolveRoot(node.name, steps, ctx);
  return applySteps(evalExpr(node, ctx), steps, 0, ctx);
}
function attrStep(steps, i, root) {
  const step = steps[i];
  if (step?.kind !== "getAttr") {
    throw new EvalError(`invalid reference: "${root}" must be followed by an attribute name`);
  }
  return step.name;
}
function resolveRoot(name, steps, ctx) {
  const frame = findFrame(ctx.frame, name);
  if (frame) return applySteps(frame.value, steps, 0, ctx);
  if (ctx.templateVars) {
    if (hasKey(ctx.templateVars, name)) return applySteps(ctx.templateVars[name], steps, 0, ctx);
    throw new EvalError(
      `unknown variable "${name}": a template only sees the variables passed to templatefile()`
    );
  }
  const scope = ctx.scope;
  switch (name) {
    case "var":
    case "local": {
      const attr = attrStep(steps, 0, name);
      const value = name === "var" ? scope.variable(attr) : scope.local(attr);
      if (value === void 0) {
        const what = name === "var" ? "variable" : "local value";
        return unknownReference(`${name}.${attr}`, steps, 1, ctx, `${what} "${attr}" is not declared`);
      }
      return applySteps(value, steps, 1, ctx);
    }
    case "path": {
      const attr = attrStep(steps, 0, name);
      if (attr !== "module" && attr !== "root" && attr !== "cwd") {
        throw new EvalError(`invalid "path" attribute "${attr}": only module, root and cwd exist`);
      }
      const value = scope.path(attr);
      return applySteps(value ?? new Unknown(`path.${attr} is not known`), steps, 1, ctx);
    }
    case "each": {
      const attr = attrStep(steps, 0, name);
      if (attr !== "key" && attr !== "value") throw new EvalError(`invalid "each" attribute "${attr}"`);
      if (!scope.each) return new Unknown(`each.${attr} is only known inside a block expanded with for_each`);
      return applySteps(scope.each[attr], steps, 1, ctx);
    }
    case "count": {
      const attr = attrStep(steps, 0, name);
      if (attr !== "index") throw new EvalError(`invalid "count" attribute "${attr}"`);
      if (!scope.count) return new Unknown("count.index is only known inside a block expanded with count");
      return applySteps(scope.count.index, steps, 1, ctx);
    }
    case "terraform":
      return new Unknown(`terraform.${attrStep(steps, 0, name)} is not known`);
    case "self":
      return new Unknown("self is only known inside provisioner and connection blocks");
    case "data":
    case "ephemeral": {
      const type = attrStep(steps, 0, name);
      const label4 = attrStep(steps, 1, `${name}.${type}`);
      return resolveAddress(`${name}.${type}.${label4}`, steps, 2, ctx);
    }
    case "module":
      return resolveAddress(`module.${attrStep(steps, 0, name)}`, steps, 1, ctx);
    default: {
      if (steps[0]?.kind !== "getAttr") {
        throw new EvalError(
          `unknown variable "${name}": a reference to a resource type must be followed by the resource name`
        );
      }
      return resolveAddress(`${name}.${steps[0].name}`, steps, 1, ctx);
    }
  }
}
function resolveAddress(address, steps, from, ctx) {
  const value = ctx.scope.resource(address);
  if (value === void 0) return unknownReference(address, steps, from, ctx);
  return applySteps(value, steps, from, ctx);
}
function stepKey(step, ctx) {
  if (step.kind === "getAttr") return step.name;
  const key = evalExpr(step.key, ctx);
  if (key instanceof Unknown || typeof key === "string" || typeof key === "number") return key;
  if (typeof key === "boolean") return key ? "true" : "false";
  if (key === null) throw new EvalError("invalid index: the index must not be null");
  throw new EvalError(`invalid index: a ${typeName(key)} cannot be used as an index`);
}
function unknownReference(address, steps, from, ctx, reason) {
  const path12 = [];
  for (let i = from; i < steps.length; i++) {
    const key = stepKey(steps[i], ctx);
    if (key instanceof Unknown) {
      const partial = referenceUnknown({ address: ctx.scope.modulePrefix + address, path: path12 }, reason);
      return new Unknown(partial.reason, mergeRefs([partial, key]));
    }
    path12.push(key);
  }
  return referenceUnknown({ address: ctx.scope.modulePrefix + address, path: path12 }, reason);
}
function applySteps(value, steps, from, ctx) {
  let v = value;
  for (let i = from; i < steps.length; i++) v = applyStep(v, steps[i], ctx);
  return v;
}
function applyStep(value, step, ctx) {
  if (value instanceof Unknown) {
    const key2 = stepKey(step, ctx);
    if (key2 instanceof Unknown) return unknownFrom([value, key2]);
    if (!pureRefs.has(value)) return value;
    const refs = value.refs.map((r) => ({ address: r.address, path: [...r.path, key2] }));
    const old = value.refs[0];
    const defaultReason = refs.length === 1 && old !== void 0 && value.reason === referenceText(old) + DEFAULT_REASON;
    return referenceUnknownMany(refs, defaultReason ? void 0 : value.reason);
  }
  if (step.kind === "getAttr") return getAttr(value, step.name);
  const key = evalExpr(step.key, ctx);
  if (key instanceof Unknown) return unknownFrom([key]);
  return index(value, key);
}
function referenceUnknownMany(refs, reason) {
  if (refs.length === 1) return referenceUnknown(refs[0], reason);
  const u = new Unknown(reason ?? "references are not known", refs);
  pureRefs.add(u);
  return u;
}
function getAttr(value, name) {
  if (value === null) throw new EvalError(`attempt to get attribute "${name}" from a null value`);
  if (isObject(value)) {
    if (hasKey(value, name)) return value[name];
    throw new EvalError(
      `unsupported attribute "${name}": this object does not have an attribute named "${name}"`
    );
  }
  if (Array.isArray(value)) {
    throw new EvalError(
      `unsupported attribute "${name}": cannot access attributes of a list or tuple; use an index or a splat ([*])`
    );
  }
  throw new EvalError(`unsupported attribute "${name}": a ${typeName(value)} value has no attributes`);
}
function index(value, key) {
  if (value === null) throw new EvalError("attempt to index a null value");
  if (key === null) throw new EvalError("invalid index: the index must not be null");
  if (Array.isArray(value)) {
    if (typeof key === "object" || typeof key === "boolean")
      throw new EvalError("invalid index: a number is required");
    const n = toNumberValue(key);
    if (!Number.isInteger(n)) throw new EvalError("invalid index: the index must be a whole number");
    if (n < 0 || n >= value.length) {
      throw new EvalError(
        `invalid index: index ${n} is out of range for a collection of ${value.length} elements`
      );
    }
    return value[n];
  }
  if (isObject(value)) {
    if (typeof key === "object") throw new EvalError("invalid index: a string key is required");
    const k = toStringValue(key);
    if (!hasKey(value, k)) throw new EvalError(`invalid index: the given key "${k}" does not exist`);
    return value[k];
  }
  throw new EvalError(`invalid index: a ${typeName(value)} value cannot be indexed`);
}
function evalSplat(expr, ctx) {
  const source = evalExpr(expr.source, ctx);
  if (source instanceof Unknown) return unknownFrom([source]);
  if (source === null) return [];
  const items = Array.isArray(source) ? source : [source];
  return items.map((item) => evalExpr(expr.each, withFrame(ctx, SPLAT_ITEM, item)));
}
function objectKey(value) {
  if (value === null) throw new EvalError("object key must not be null");
  if (typeof value === "object") throw new EvalError(`object key must be a string, not ${typeName(value)}`);
  return toStringValue(value);
}
function isNakedTraversal(expr) {
  return (expr.kind === "getAttr" || expr.kind === "index") && isStaticTraversal(expr);
}
function isStaticTraversal(expr) {
  if (expr === void 0) return false;
  let node = expr;
  while (node.kind === "getAttr" || node.kind === "index") {
    if (node.kind === "index") {
      const k = node.key;
      const constant = k.kind === "literal" || k.kind === "template" && k.parts.length === 1 && k.parts[0].kind === "literal";
      if (!constant) return false;
    }
    node = node.object;
  }
  return node.kind === "variable";
}
function evalObject(expr, ctx) {
  const out = newObject();
  const unknownKeys = [];
  for (const item of expr.items) {
    let key;
    if (item.key.kind === "name") {
      key = item.key.name;
    } else {
      if (isNakedTraversal(item.key)) {
        throw new EvalError(
          "ambiguous attribute key: wrap a reference in parentheses, or a name containing periods in quotes"
        );
      }
      const k = evalExpr(item.key, ctx);
      if (k instanceof Unknown) {
        unknownKeys.push(k);
        key = null;
      } else {
        key = objectKey(k);
      }
    }
    const value = evalExpr(item.value, ctx);
    if (key !== null) setKey(out, key, value);
  }
  return unknownKeys.length > 0 ? unknownFrom(unknownKeys) : out;
}
function iterate(collection) {
  if (collection === null) throw new EvalError("iteration over a null value is not allowed");
  if (Array.isArray(collection)) return collection.map((v, i) => [i, v]);
  if (isObject(collection)) {
    return Object.keys(collection).sort(compareStrings).map((k) => [k, collection[k]]);
  }
  throw new EvalError(`cannot iterate over a ${typeName(collection)} value`);
}
function iterationCtx(ctx, keyVar, valueVar, key, value) {
  const inner = keyVar === null ? ctx : withFrame(ctx, keyVar, key);
  return withFrame(inner, valueVar, value);
}
function conditionValue(value, what) {
  if (value === null) throw new EvalError(`the ${what} is null; a bool is required`);
  if (typeof value === "object") throw new EvalError(`the ${what} must be a bool, not ${typeName(value)}`);
  return toBoolValue(value);
}
function evalFor(expr, ctx) {
  const collection = evalExpr(expr.collection, ctx);
  if (collection instanceof Unknown) return unknownFrom([collection]);
  const entries = iterate(collection);
  const tuple = [];
  const object = newObject();
  for (const [k, v] of entries) {
    const inner = iterationCtx(ctx, expr.keyVar, expr.valueVar, k, v);
    if (expr.condition) {
      const cond = evalExpr(expr.condition, inner);
      if (cond instanceof Unknown) return unknownFrom([cond]);
      if (!conditionValue(cond, "for expression condition")) continue;
    }
    if (!expr.isObject) {
      tuple.push(evalExpr(expr.valueExpr, inner));
      continue;
    }
    const keyValue = evalExpr(expr.keyExpr, inner);
    if (keyValue instanceof Unknown) return unknownFrom([keyValue]);
    const key = objectKey(keyValue);
    const value = evalExpr(expr.valueExpr, inner);
    if (expr.grouping) {
      const group = hasKey(object, key) ? object[key] : void 0;
      if (Array.isArray(group)) group.push(value);
      else setKey(object, key, [value]);
    } else if (hasKey(object, key)) {
      throw new EvalError(
        `duplicate object key "${key}" in for expression; add "..." after the value to group values by key`
      );
    } else {
      setKey(object, key, value);
    }
  }
  return expr.isObject ? object : tuple;
}
function evalTemplate(parts, ctx, wrap) {
  const only = parts[0];
  if (wrap && parts.length === 1 && only?.kind === "interp") return evalExpr(only.expr, ctx);
  const out = [];
  const unknowns = [];
  renderParts(parts, ctx, out, unknowns);
  return unknowns.length > 0 ? unknownFrom(unknowns) : out.join("");
}
function renderParts(parts, ctx, out, unknowns) {
  for (const part of parts) {
    switch (part.kind) {
      case "literal":
        out.push(part.value);
        break;
      case "interp": {
        const value = evalExpr(part.expr, ctx);
        if (value instanceof Unknown) unknowns.push(value);
        else out.push(interpolationString(value));
        break;
      }
      case "if": {
        const cond = evalExpr(part.condition, ctx);
        if (cond instanceof Unknown) unknowns.push(cond);
        else
          renderParts(
            conditionValue(cond, "template if condition") ? part.then : part.else,
            ctx,
            out,
            unknowns
          );
        break;
      }
      case "for": {
        const collection = evalExpr(part.collection, ctx);
        if (collection instanceof Unknown) {
          unknowns.push(collection);
          break;
        }
        for (const [k, v] of iterate(collection)) {
          renderParts(part.body, iterationCtx(ctx, part.keyVar, part.valueVar, k, v), out, unknowns);
        }
        break;
      }
    }
  }
}
function evalConditional(expr, ctx) {
  const cond = evalExpr(expr.condition, ctx);
  if (cond instanceof Unknown) {
    const branches = [cond];
    for (const branch of [expr.trueExpr, expr.falseExpr]) {
      try {
        branches.push(evalExpr(branch, ctx));
      } catch (err) {
        if (!(err instanceof EvalError || err instanceof Unsupported)) throw err;
      }
    }
    return unknownFrom(branches, true, cond.reason);
  }
  const chosen = evalExpr(conditionValue(cond, "condition") ? expr.trueExpr : expr.falseExpr, ctx);
  let other;
  try {
    other = evalExpr(conditionValue(cond, "condition") ? expr.falseExpr : expr.trueExpr, ctx);
  } catch (err) {
    if (err instanceof EvalError || err instanceof Unsupported) return chosen;
    throw err;
  }
  const ty = unify([typeOf(chosen), typeOf(other)]);
  if (ty === null) {
    throw new EvalError(
      `inconsistent conditional result types: the true and false results (${typeName(chosen)} and ${typeName(other)}) have no common type`
    );
  }
  return convert(chosen, ty);
}
function evalSide(expr, ctx) {
  try {
    return { value: evalExpr(expr, ctx), error: null };
  } catch (err) {
    if (err instanceof EvalError || err instanceof Unsupported)
      return { value: new Unknown(err.message), error: err };
    throw err;
  }
}
function logicalOperand(side, which) {
  if (side.value instanceof Unknown) return null;
  if (side.value === null) throw new EvalError(`invalid ${which} operand: a bool is required, not null`);
  if (typeof side.value === "object")
    throw new EvalError(`invalid ${which} operand: a bool is required, not ${typeName(side.value)}`);
  return toBoolValue(side.value);
}
function evalLogical(expr, ctx) {
  const lhs = evalSide(expr.left, ctx);
  const rhs = evalSide(expr.right, ctx);
  const l = logicalOperand(lhs, "left");
  const r = logicalOperand(rhs, "right");
  const decider = expr.op === "&&" ? false : true;
  const unknown = () => unknownFrom([lhs.value, rhs.value].filter((v) => v instanceof Unknown));
  if (l === null && r === null) {
    if (lhs.error === null) return rhs.error === null ? unknown() : unknownFrom([lhs.value]);
  } else if (l === decider) {
    return decider;
  } else if (r === decider) {
    return decider;
  } else if (l === null) {
    if (lhs.error) throw lhs.error;
    return unknownFrom([lhs.value]);
  } else if (r === null) {
    if (rhs.error) throw rhs.error;
    return unknownFrom([rhs.value]);
  }
  if (lhs.error) throw lhs.error;
  if (rhs.error) throw rhs.error;
  return expr.op === "&&" ? l && r : l || r;
}
function numericOperand(value, which) {
  if (value instanceof Unknown) return null;
  if (value === null) throw new EvalError(`invalid ${which} operand: a number is required, not null`);
  if (typeof value === "object" || typeof value === "boolean") {
    throw new EvalError(`invalid ${which} operand: a number is required, not ${typeName(value)}`);
  }
  return toNumberValue(value);
}
function evalBinary(expr, ctx) {
  const op = expr.op;
  if (op === "&&" || op === "||") return evalLogical(expr, ctx);
  const left = evalExpr(expr.left, ctx);
  const right = evalExpr(expr.right, ctx);
  if (op === "==" || op === "!=") {
    const eq = valuesEqual(left, right);
    if (eq === null) return unknownFrom([left, right], true);
    return op === "==" ? eq : !eq;
  }
  const a = numericOperand(left, "left");
  const b = numericOperand(right, "right");
  if (a === null || b === null) return unknownFrom([left, right]);
  let result;
  switch (op) {
    case "+":
      result = a + b;
      break;
    case "-":
      result = a - b;
      break;
    case "*":
      result = a * b;
      break;
    case "/":
      if (a === 0 && b === 0) throw new EvalError("can't divide zero by zero");
      result = a / b;
      break;
    case "%":
      if (b === 0) throw new EvalError("can't use modulo with zero");
      result = a % b;
      break;
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
  }
  if (Number.isNaN(result)) throw new EvalError("arithmetic result is not a number");
  return result;
}
function evalUnary(expr, ctx) {
  const value = evalExpr(expr.operand, ctx);
  if (value instanceof Unknown) return unknownFrom([value]);
  if (expr.op === "!") return !logicalOperand({ value, error: null }, "unary");
  const n = numericOperand(value, "unary");
  return n === 0 ? 0 : -n;
}
function evalCall(expr, ctx) {
  if (expr.name === "try") return evalTry(expr, ctx);
  if (expr.name === "can") return evalCan(expr, ctx);
  if (expr.name === "templatestring" && !isStaticTraversal(expr.args[0])) {
    return new Unknown("templatestring(): the template must be a reference to a string defined elsewhere");
  }
  const args = expr.args.map((a) => evalExpr(a, ctx));
  if (expr.expandFinal) {
    const last = args.pop();
    if (last instanceof Unknown) return unknownFrom([last]);
    if (!Array.isArray(last)) {
      throw new EvalError(
        `invalid expanding argument: the final argument must be a list, set or tuple, not ${typeName(last ?? null)}`
      );
    }
    appendAll(args, last);
  }
  const fn = FUNCTIONS.get(providerFunctionName(expr.name, ctx.scope));
  if (!fn && !SPECIAL_FUNCTIONS.has(expr.name)) {
    return new Unknown(`unsupported function "${expr.name}"`, mergeRefs(collectUnknowns(args)));
  }
  const min = fn ? fn.minArgs : 2;
  const max = fn ? fn.maxArgs : 2;
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new EvalError(`function "${expr.name}" expects ${expected} argument(s), got ${args.length}`);
  }
  if (!fn?.allowUnknown) {
    const unknown = unknownFrom(args);
    if (unknown) return unknown;
  }
  try {
    if (fn) return fn.call(args, { scope: ctx.scope });
    return expr.name === "templatefile" ? templateFile(args, ctx) : templateString(args, ctx);
  } catch (err) {
    if (err instanceof EvalError)
      throw new EvalError(`call to function "${expr.name}" failed: ${err.message}`);
    if (err instanceof Unsupported) return new Unknown(`${expr.name}(): ${err.message}`);
    throw err;
  }
}
function providerFunctionName(name, scope) {
  if (!name.startsWith("provider::")) return name;
  const [, local, fn] = name.split("::");
  if (local === void 0 || fn === void 0) return name;
  const type = scope.providerType?.(local);
  return type === void 0 ? name : `provider::${type}::${fn}`;
}
function collectUnknowns(values) {
  const u = unknownFrom(values, true);
  return u ? [u] : [];
}
function evalTry(expr, ctx) {
  if (expr.args.length === 0) throw new EvalError('function "try" requires at least one argument');
  for (const arg of expr.args) {
    let value;
    try {
      value = evalExpr(arg, ctx);
    } catch (err) {
      if (err instanceof EvalError) continue;
      throw err;
    }
    if (containsUnknown(value)) return unknownFrom([value], true);
    return value;
  }
  throw new EvalError('call to function "try" failed: no expression succeeded');
}
function evalCan(expr, ctx) {
  if (expr.args.length !== 1) throw new EvalError('function "can" expects exactly 1 argument');
  let value;
  try {
    value = evalExpr(expr.args[0], ctx);
  } catch (err) {
    if (err instanceof EvalError) return false;
    throw err;
  }
  return containsUnknown(value) ? unknownFrom([value], true) : true;
}
var TEMPLATE_VAR_NAME = /^[\p{L}_][\p{L}\p{N}_-]*$/u;
function templateFile(args, ctx) {
  const [pathArg, varsArg] = args;
  if (typeof pathArg !== "string")
    throw new EvalError(`path: a string is required, not ${typeName(pathArg)}`);
  const vars = templateVariables("templatefile", varsArg, ctx);
  const text = ctx.scope.readFile(pathArg);
  if (text === void 0) throw new Unsupported(`file "${pathArg}" is not readable here`);
  return renderTemplate(text, `"${pathArg}"`, vars, ctx);
}
function templateString(args, ctx) {
  const [templateArg, varsArg] = args;
  const text = argString(templateArg, "template");
  return renderTemplate(text, "the template", templateVariables("templatestring", varsArg, ctx), ctx);
}
function templateVariables(fn, varsArg, ctx) {
  if (ctx.templateVars) throw new EvalError(`${fn}() cannot be called from inside a template`);
  if (!isObject(varsArg)) throw new EvalError(`vars: a map or object is required, not ${typeName(varsArg)}`);
  for (const key in varsArg) {
    if (!TEMPLATE_VAR_NAME.test(key)) throw new EvalError(`invalid template variable name "${key}"`);
  }
  return varsArg;
}
function renderTemplate(text, what, vars, ctx) {
  const template = parseTemplateCached(text);
  if (template.kind !== "template") {
    throw new Unsupported(
      `syntax error in ${what} at ${template.line}:${template.column}: ${template.message}`
    );
  }
  return evalTemplate(template.parts, { scope: ctx.scope, frame: null, templateVars: vars }, true);
}

// src/load/expr/ast.ts
function isParseError(value) {
  return typeof value === "object" && value !== null && value.kind === "parseError";
}

// src/load/expr/references.ts
var NON_OBJECT_ROOTS = /* @__PURE__ */ new Set(["path", "each", "count", "self", "terraform"]);
function staticKey(expr) {
  if (expr.kind === "literal" && (typeof expr.value === "string" || typeof expr.value === "number"))
    return expr.value;
  if (expr.kind === "template" && expr.parts.length === 1 && expr.parts[0].kind === "literal")
    return expr.parts[0].value;
  return null;
}
var Collector = class {
  constructor(prefix) {
    this.prefix = prefix;
  }
  prefix;
  found = /* @__PURE__ */ new Map();
  add(address, path12) {
    const ref = { address: this.prefix + address, path: path12 };
    const key = referenceText(ref);
    if (!this.found.has(key)) this.found.set(key, ref);
  }
  /** `steps` are outermost-last: for `a.b[0]` the chain is [getAttr b, index 0] from root `a`. */
  traversal(expr, bound) {
    const steps = [];
    let node = expr;
    while (node.kind === "getAttr" || node.kind === "index") {
      steps.push(node.kind === "getAttr" ? { name: node.name } : { key: node.key });
      node = node.object;
    }
    steps.reverse();
    for (const step of steps) if ("key" in step) this.expr(step.key, bound);
    if (node.kind !== "variable") {
      this.expr(node, bound);
      return;
    }
    const root = node.name;
    if (bound.has(root) || NON_OBJECT_ROOTS.has(root)) return;
    const path12 = [];
    for (const step of steps) {
      const seg = "name" in step ? step.name : staticKey(step.key);
      if (seg === null) break;
      path12.push(seg);
    }
    const want = root === "data" || root === "ephemeral" ? 2 : 1;
    if (path12.length < want) return;
    for (let i = 0; i < want; i++) if (!("name" in steps[i])) return;
    this.add([root, ...path12.slice(0, want)].join("."), path12.slice(want));
  }
  expr(expr, bound) {
    switch (expr.kind) {
      case "literal":
      case "splatItem":
      case "error":
        return;
      case "variable":
      case "getAttr":
      case "index":
        this.traversal(expr, bound);
        return;
      case "splat":
        this.expr(expr.source, bound);
        this.expr(expr.each, bound);
        return;
      case "tuple":
        for (const item of expr.items) this.expr(item, bound);
        return;
      case "object":
        for (const item of expr.items) {
          if (item.key.kind !== "name") this.expr(item.key, bound);
          this.expr(item.value, bound);
        }
        return;
      case "for": {
        this.expr(expr.collection, bound);
        const inner = new Set(bound);
        inner.add(expr.valueVar);
        if (expr.keyVar) inner.add(expr.keyVar);
        if (expr.keyExpr) this.expr(expr.keyExpr, inner);
        this.expr(expr.valueExpr, inner);
        if (expr.condition) this.expr(expr.condition, inner);
        return;
      }
      case "conditional":
        this.expr(expr.condition, bound);
        this.expr(expr.trueExpr, bound);
        this.expr(expr.falseExpr, bound);
        return;
      case "binary":
        this.expr(expr.left, bound);
        this.expr(expr.right, bound);
        return;
      case "unary":
        this.expr(expr.operand, bound);
        return;
      case "call":
        for (const arg of expr.args) this.expr(arg, bound);
        return;
      case "parens":
        this.expr(expr.expr, bound);
        return;
      case "template":
        this.parts(expr.parts, bound);
        return;
    }
  }
  parts(parts, bound) {
    for (const part of parts) {
      switch (part.kind) {
        case "literal":
          break;
        case "interp":
          this.expr(part.expr, bound);
          break;
        case "if":
          this.expr(part.condition, bound);
          this.parts(part.then, bound);
          this.parts(part.else, bound);
          break;
        case "for": {
          this.expr(part.collection, bound);
          const inner = new Set(bound);
          inner.add(part.valueVar);
          if (part.keyVar) inner.add(part.keyVar);
          this.parts(part.body, inner);
          break;
        }
      }
    }
  }
};
function references(text, modulePrefix = "") {
  if (!text.includes("${") && !text.includes("%{")) return [];
  const template = parseTemplateCached(text);
  if (template.kind !== "template") return [];
  const collector = new Collector(modulePrefix);
  collector.parts(template.parts, /* @__PURE__ */ new Set());
  return [...collector.found.values()];
}

// src/load/expr/index.ts
function evaluateTemplateString(text, scope) {
  if (!text.includes("${") && !text.includes("%{")) return text;
  const template = parseTemplateCached(text);
  if (template.kind !== "template") {
    return new Unknown(`syntax error at ${template.line}:${template.column}: ${template.message}`);
  }
  return evaluate2(template, scope);
}

// src/load/local-order.ts
function localsNamed(raw) {
  const names = /* @__PURE__ */ new Set();
  const visit = (value) => {
    if (typeof value === "string") {
      if (!value.includes("${")) return;
      for (const ref of references(value)) {
        if (ref.address.startsWith("local.")) names.add(ref.address.slice("local.".length));
      }
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (isRawObject(value)) {
      for (const key of Object.keys(value)) {
        visit(key);
        visit(value[key]);
      }
    }
  };
  visit(raw);
  return [...names];
}
function dependenciesFirst(name, dependencies, pending) {
  const order = [];
  const seen = /* @__PURE__ */ new Set([name]);
  const stack = [
    { name, deps: dependencies(name), next: 0 }
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next < top.deps.length) {
      const dep = top.deps[top.next++];
      if (seen.has(dep) || !pending(dep)) continue;
      seen.add(dep);
      stack.push({ name: dep, deps: dependencies(dep), next: 0 });
    } else {
      stack.pop();
      if (stack.length > 0) order.push(top.name);
    }
  }
  return order;
}

// src/load/ignore-changes.ts
function ignoredArguments(body) {
  const lifecycle = Array.isArray(body.lifecycle) ? body.lifecycle : [body.lifecycle];
  const names = /* @__PURE__ */ new Set();
  for (const block of lifecycle) {
    if (!isRawObject(block) || block.ignore_changes === void 0) continue;
    const found = namesIn(block.ignore_changes);
    if (found === "all") return "all";
    for (const name of found) names.add(name);
  }
  return names.size > 0 ? names : void 0;
}
function namesIn(raw) {
  if (Array.isArray(raw)) return raw.flatMap((item) => typeof item === "string" ? namesInText(item) : []);
  return typeof raw === "string" ? namesInText(raw) : [];
}
function namesInText(text) {
  const inner = interpolatedText(text);
  if (inner === void 0) return [text];
  const expr = parseExpression(inner);
  if (expr.kind === "variable" && expr.name === "all") return "all";
  const items = expr.kind === "tuple" ? expr.items : [expr];
  return items.flatMap((item) => {
    const name = rootName(item);
    return name === void 0 ? [] : [name];
  });
}
function rootName(expr) {
  if (expr.kind === "variable") return expr.name;
  if (expr.kind === "literal" && typeof expr.value === "string") return expr.value;
  return void 0;
}
var GUARDRAIL_ARGUMENTS = {
  aws_organizations_organization: ["aws_service_access_principals", "enabled_policy_types", "feature_set"],
  aws_iam_organizations_features: ["enabled_features"]
};
function markIgnoredUnset(values, ignored, resourceType) {
  const names = ignored === "all" ? GUARDRAIL_ARGUMENTS[resourceType] ?? [] : [...ignored];
  for (const name of names) {
    if (hasKey(values, name)) continue;
    values[name] = new Unknown(
      `${name} is not set here, and lifecycle ignore_changes leaves it to whatever manages it outside Terraform`
    );
  }
  return values;
}

// src/load/var-type.ts
var parsed = /* @__PURE__ */ new Map();
var MAX_CACHED = 1024;
function typeExpression(raw) {
  if (typeof raw !== "string") return null;
  let expr = parsed.get(raw);
  if (expr === void 0) {
    const template = parseTemplate(raw);
    const part = !isParseError(template) && template.parts.length === 1 ? template.parts[0] : void 0;
    expr = part?.kind === "interp" ? part.expr : null;
    if (parsed.size >= MAX_CACHED) parsed.clear();
    parsed.set(raw, expr);
  }
  return expr;
}
function withTypeDefaults(value, raw, scope) {
  const type = typeExpression(raw);
  return type ? fill(value, type, scope) : value;
}
function unwrap(type) {
  let t = type;
  while (t.kind === "parens") t = t.expr;
  return t;
}
function fill(value, typeExpr, scope) {
  if (value === null || value instanceof Unknown) return value;
  const type = unwrap(typeExpr);
  if (type.kind !== "call") return value;
  const [first] = type.args;
  if (first === void 0) return value;
  switch (type.name) {
    case "optional":
      return fill(value, first, scope);
    case "list":
    case "set":
      return Array.isArray(value) ? mapList(value, (v) => fill(v, first, scope)) : value;
    case "map":
      return isObject(value) ? mapObject(value, (v) => fill(v, first, scope)) : value;
    case "tuple": {
      const items = unwrap(first);
      if (!Array.isArray(value) || items.kind !== "tuple") return value;
      return mapList(value, (v, i) => items.items[i] ? fill(v, items.items[i], scope) : v);
    }
    case "object": {
      const attrs = unwrap(first);
      if (!isObject(value) || attrs.kind !== "object") return value;
      let out;
      for (const item of attrs.items) {
        const name = attributeName(item.key);
        if (name === void 0) continue;
        const attrType = unwrap(item.value);
        const optional = attrType.kind === "call" && attrType.name === "optional";
        const present = Object.hasOwn(value, name) ? value[name] : void 0;
        let next;
        if ((present === void 0 || present === null) && optional) {
          const inner = attrType.args[0];
          const fallback = attrType.args[1];
          next = fallback === void 0 ? null : evaluate2(fallback, scope);
          if (inner !== void 0) next = fill(next, inner, scope);
        } else if (present !== void 0) {
          next = fill(present, attrType, scope);
        }
        if (next !== void 0 && next !== present) {
          out ??= { ...value };
          out[name] = next;
        }
      }
      return out ?? value;
    }
    default:
      return value;
  }
}
function attributeName(key) {
  if (key.kind === "name") return key.name;
  const k = unwrap(key);
  return k.kind === "literal" && typeof k.value === "string" ? k.value : void 0;
}
function mapList(list, f) {
  let out;
  list.forEach((v, i) => {
    const next = f(v, i);
    if (next !== v) (out ??= [...list])[i] = next;
  });
  return out ?? list;
}
function mapObject(obj, f) {
  let out;
  for (const [k, v] of Object.entries(obj)) {
    const next = f(v);
    if (next !== v) (out ??= { ...obj })[k] = next;
  }
  return out ?? obj;
}

// src/load/working-dir.ts
import { readFileSync as readFileSync2, readdirSync, realpathSync, statSync } from "node:fs";
import path4 from "node:path";
var MAX_FILE_BYTES = 16 * 1024 * 1024;
var MAX_LISTED_FILES = 1e4;
var UTF82 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function workingDirFiles(workingDir) {
  const resolve = (file) => path4.resolve(workingDir, file);
  const readBytes = (file) => {
    try {
      const full = resolve(file);
      const stat = statSync(full);
      if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return void 0;
      return readFileSync2(full);
    } catch {
      return void 0;
    }
  };
  return {
    readFile(file) {
      const bytes = readBytes(file);
      if (bytes === void 0) return void 0;
      try {
        return UTF82.decode(bytes);
      } catch {
        return void 0;
      }
    },
    readBytes,
    absolutePath: (file) => resolve(file).split(path4.sep).join("/"),
    fileKind(file) {
      try {
        const stat = statSync(resolve(file), { throwIfNoEntry: false });
        if (stat === void 0) return "missing";
        if (stat.isFile()) return "file";
        return stat.isDirectory() ? "directory" : void 0;
      } catch {
        return void 0;
      }
    },
    listFiles(dir) {
      return listRegularFiles(resolve(dir));
    }
  };
}
function listRegularFiles(root) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const walk = (dir, prefix) => {
    let real;
    try {
      real = realpathSync(dir);
    } catch {
      return false;
    }
    if (seen.has(real)) return true;
    seen.add(real);
    let names;
    try {
      names = readdirSync(dir);
    } catch {
      return false;
    }
    for (const name of names.sort()) {
      const full = path4.join(dir, name);
      const stat = statSync(full, { throwIfNoEntry: false });
      if (stat === void 0) continue;
      if (stat.isFile()) {
        out.push(prefix + name);
        if (out.length > MAX_LISTED_FILES) return false;
      } else if (stat.isDirectory() && !walk(full, `${prefix}${name}/`)) return false;
    }
    return true;
  };
  return walk(root, "") ? out : void 0;
}

// src/load/override.ts
import path5 from "node:path";
var OVERRIDE_FILE = /(?:^|_)override\.(?:tf|tofu)(?:\.json)?$/;
function isOverrideFile(file) {
  return OVERRIDE_FILE.test(path5.basename(file));
}
var MERGED_ARGUMENTS = {
  variable: /* @__PURE__ */ new Set(["description", "sensitive", "default", "type", "nullable"]),
  output: /* @__PURE__ */ new Set(["description", "value", "sensitive"])
};
var MERGED_LIFECYCLE = /* @__PURE__ */ new Set(["create_before_destroy", "prevent_destroy", "ignore_changes"]);
var NO_DEPENDS_ON = /* @__PURE__ */ new Set(["resource", "data", "module", "output"]);
function mergeOverrides(primary, overrides, errors) {
  const blocks2 = [...primary];
  const byHeader = /* @__PURE__ */ new Map();
  const localsAt = /* @__PURE__ */ new Map();
  blocks2.forEach((block, i) => {
    if (block.type === "locals") for (const name of Object.keys(block.body)) localsAt.set(name, i);
    else if (block.type !== "removed") byHeader.set(header(block), i);
  });
  for (const file of overrides) {
    for (const over of file) {
      if (over.type === "removed") continue;
      if (over.type === "locals") {
        overrideLocals(blocks2, localsAt, over, errors);
        continue;
      }
      const at2 = byHeader.get(header(over));
      if (at2 !== void 0) {
        blocks2[at2] = mergeBlock(blocks2[at2], over, errors);
      } else if (over.type === "provider" && providerAlias(over) === void 0) {
        byHeader.set(header(over), blocks2.push(over) - 1);
      } else {
        errors.push({ file: over.file, line: over.line, message: missingBase(over) });
      }
    }
  }
  return blocks2;
}
function header(block) {
  const labels = block.type === "provider" ? [block.labels[0], providerAlias(block) ?? ""] : block.labels;
  return JSON.stringify([block.type, ...labels]);
}
function providerAlias(block) {
  return typeof block.body.alias === "string" ? block.body.alias : void 0;
}
function missingBase(block) {
  const [first = "", second = ""] = block.labels;
  switch (block.type) {
    case "resource":
      return `Missing resource to override: there is no ${first} resource named "${second}". An override file can only override a resource block defined in a primary configuration file.`;
    case "data":
      return `Missing data resource to override: there is no ${first} data resource named "${second}". An override file can only override a data block defined in a primary configuration file.`;
    case "provider":
      return `Missing base provider configuration for override: there is no ${first} provider configuration with the alias "${providerAlias(block) ?? ""}". An override file can only override an aliased provider configuration that was already defined in a primary configuration file.`;
    case "module":
      return `Missing module call to override: there is no module call named "${first}". An override file can only override a module call that was defined in a primary configuration file.`;
    case "variable":
      return `Missing base variable declaration to override: there is no variable named "${first}". An override file can only override a variable that was already declared in a primary configuration file.`;
    default:
      return `Missing base output definition to override: there is no output named "${first}". An override file can only override an output that was already defined in a primary configuration file.`;
  }
}
function overrideLocals(blocks2, localsAt, over, errors) {
  for (const [name, value] of Object.entries(over.body)) {
    const at2 = localsAt.get(name);
    if (at2 === void 0) {
      errors.push({
        file: over.file,
        line: over.attributeLines[name] ?? over.line,
        message: `Missing base local value definition to override: there is no local value named "${name}". An override file can only override a local value that was already defined in a primary configuration file.`
      });
      continue;
    }
    const merged = new Merge(blocks2[at2], over);
    merged.set(name, value);
    blocks2[at2] = merged.block();
  }
}
function mergeBlock(base, over, errors) {
  if (NO_DEPENDS_ON.has(over.type) && "depends_on" in over.body) {
    errors.push({
      file: over.file,
      line: over.attributeLines.depends_on ?? over.line,
      message: "Unsupported override: the depends_on argument may not be overridden."
    });
  }
  const allowed = MERGED_ARGUMENTS[over.type];
  const merge = new Merge(base, over);
  const entries = Object.entries(over.body).filter(
    ([name]) => name !== "depends_on" && (allowed === void 0 || allowed.has(name))
  );
  const dynamicOver = isRawObject(over.body.dynamic) ? over.body.dynamic : {};
  const hidden = /* @__PURE__ */ new Set([...entries.map(([name]) => name), ...Object.keys(dynamicOver)]);
  hidden.delete("dynamic");
  if (over.type === "resource" || over.type === "data") hidden.delete("lifecycle");
  if (over.type === "terraform") hidden.delete("required_providers");
  for (const name of hidden) merge.drop(name);
  for (const [name, value] of entries) {
    if (name === "dynamic") continue;
    if (name === "required_providers" && over.type === "terraform") {
      merge.byElement(name, value);
      continue;
    }
    if (name === "lifecycle") {
      if (over.type === "resource") merge.lifecycle(value);
      continue;
    }
    merge.set(name, value);
  }
  if (Object.keys(dynamicOver).length > 0) merge.dynamic(dynamicOver);
  return merge.block();
}
var Merge = class {
  constructor(base, over) {
    this.base = base;
    this.over = over;
    this.body = { ...base.body };
    this.lines = { ...base.attributeLines };
    this.files = { ...base.attributeFiles };
  }
  base;
  over;
  body;
  lines;
  files;
  /** Removes an argument or nested block type of the base, written out or `dynamic`. */
  drop(name) {
    delete this.body[name];
    const dynamic = this.body.dynamic;
    if (isRawObject(dynamic) && name in dynamic) {
      const rest = { ...dynamic };
      delete rest[name];
      if (Object.keys(rest).length > 0) this.body.dynamic = rest;
      else delete this.body.dynamic;
    }
    this.forgetPlace(name);
  }
  set(name, value) {
    this.body[name] = value;
    this.forgetPlace(name);
    this.takePlace(name);
  }
  dynamic(blocks2) {
    const dynamic = isRawObject(this.body.dynamic) ? this.body.dynamic : {};
    this.body.dynamic = { ...dynamic, ...blocks2 };
    for (const name of Object.keys(blocks2)) this.takePlace(name);
  }
  /** A nested block whose entries an override replaces one by one (`required_providers`). */
  byElement(name, value) {
    const entries = firstObject(value);
    if (entries === void 0) return;
    this.body[name] = [{ ...firstObject(this.body[name]), ...entries }];
    for (const entry of Object.keys(entries)) {
      this.forgetPlace(`${name}.${entry}`);
      this.takePlace(`${name}.${entry}`);
    }
  }
  /** A resource's lifecycle is merged argument by argument. */
  lifecycle(value) {
    const overLifecycle = firstObject(value);
    if (overLifecycle === void 0) return;
    const merged = { ...firstObject(this.body.lifecycle) };
    for (const [name, arg] of Object.entries(overLifecycle)) {
      if (!MERGED_LIFECYCLE.has(name)) continue;
      if (name === "ignore_changes" && Array.isArray(arg) && arg.length === 0) continue;
      merged[name] = arg;
      this.forgetPlace(`lifecycle.${name}`);
      this.takePlace(`lifecycle.${name}`);
    }
    this.body.lifecycle = [merged];
    if (this.lines.lifecycle === void 0) this.takePlace("lifecycle", false);
  }
  block() {
    const { attributeFiles: _, ...base } = this.base;
    return {
      ...base,
      body: this.body,
      attributeLines: this.lines,
      ...Object.keys(this.files).length > 0 ? { attributeFiles: this.files } : {}
    };
  }
  forgetPlace(name) {
    for (const key of Object.keys(this.lines)) {
      if (key === name || key.startsWith(`${name}.`)) {
        delete this.lines[key];
        delete this.files[key];
      }
    }
  }
  /** Takes the override's lines for an argument (and, with `nested`, everything inside it). */
  takePlace(name, nested = true) {
    for (const [key, line] of Object.entries(this.over.attributeLines)) {
      if (key === name || nested && key.startsWith(`${name}.`)) {
        this.lines[key] = line;
        this.files[key] = this.over.file;
      }
    }
  }
};
function firstObject(value) {
  const first = Array.isArray(value) ? value[0] : value;
  return isRawObject(first) ? first : void 0;
}

// src/load/removed.ts
var KEPT_ARGUMENTS = {
  aws_iam_organizations_features: ["enabled_features"],
  aws_organizations_policy: ["content"],
  aws_organizations_policy_attachment: ["policy_id", "target_id"],
  // The root activity alarm (RG009): a filter, the alarm on its metric, or an EventBridge rule.
  aws_cloudwatch_log_metric_filter: ["pattern", ["metric_transformation", ["name", "namespace"]]],
  aws_cloudwatch_metric_alarm: ["metric_name", "namespace", "alarm_actions", "actions_enabled"],
  aws_cloudwatch_event_rule: ["name", "event_pattern", "state"],
  aws_cloudwatch_event_target: ["rule", "arn"]
};
function keptValues(type, unknown) {
  const args = KEPT_ARGUMENTS[type];
  if (args === void 0) return void 0;
  const values = {};
  for (const arg of args) {
    if (typeof arg === "string") values[arg] = unknown(arg);
    else {
      const [block, nested] = arg;
      values[block] = [Object.fromEntries(nested.map((n) => [n, unknown(`${block}.${n}`)]))];
    }
  }
  return values;
}
var NAME = "[A-Za-z_][A-Za-z0-9_-]*";
var MODULES = `((?:module\\.${NAME}\\.)*)`;
var RESOURCE_ADDRESS = new RegExp(`^${MODULES}(${NAME})\\.(${NAME})$`);
var MODULE_ADDRESS = new RegExp(`^${MODULES}module\\.(${NAME})$`);
function keptObject(block) {
  if (!destroysNothing(block.body.lifecycle)) return void 0;
  const from = addressText(block.body.from);
  if (from === void 0) return void 0;
  const module = MODULE_ADDRESS.exec(from);
  if (module) return { kind: "module", modules: module[1] ?? "", name: module[2] ?? "" };
  const resource = RESOURCE_ADDRESS.exec(from);
  if (!resource || resource[2] === "module") return void 0;
  return { kind: "resource", modules: resource[1] ?? "", type: resource[2] ?? "", name: resource[3] ?? "" };
}
function destroysNothing(lifecycle) {
  const first = Array.isArray(lifecycle) ? lifecycle[0] : lifecycle;
  if (!isRawObject(first)) return false;
  return first.destroy === false || first.destroy === "${false}";
}
function addressText(raw) {
  if (typeof raw !== "string") return void 0;
  return (interpolatedText(raw) ?? raw).trim();
}

// src/load/plan/format.ts
function isJsonObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function objectOr(value) {
  return isJsonObject2(value) ? value : {};
}
function arrayOr(value) {
  return Array.isArray(value) ? value : [];
}
function stringOr(value, fallback = "") {
  return typeof value === "string" ? value : fallback;
}
function objectEntries(value) {
  return Object.entries(objectOr(value)).filter((entry) => isJsonObject2(entry[1]));
}
function objectItems(value) {
  return arrayOr(value).filter((item) => isJsonObject2(item));
}
function providerType(providerName) {
  const last = providerName.split("/").pop() ?? providerName;
  return last.split(".")[0] ?? last;
}

// src/load/required-providers.ts
function requiredProviderTypes(blocks2) {
  const types = /* @__PURE__ */ new Map();
  for (const block of blocks2) {
    if (block.type !== "terraform") continue;
    for (const required of asBodies(block.body.required_providers)) {
      for (const [name, requirement] of Object.entries(required)) {
        const source = isRawObject(requirement) ? requirement.source : void 0;
        if (typeof source === "string") types.set(name, providerType(source.trim().toLowerCase()));
      }
    }
  }
  return types;
}

// src/load/module.ts
var META_ARGUMENTS = /* @__PURE__ */ new Set([
  "count",
  "for_each",
  "depends_on",
  "provider",
  "lifecycle",
  "provisioner",
  "connection"
]);
var MAX_MODULE_DEPTH = 32;
var DEEP_LOCALS = 100;
function groupModules(files, errors) {
  const primary = /* @__PURE__ */ new Map();
  const overrides = /* @__PURE__ */ new Map();
  for (const file of files) {
    const dir = path6.dirname(file.path);
    if (isOverrideFile(file.path)) addToList(overrides, dir, file);
    else {
      const blocks2 = primary.get(dir) ?? [];
      appendAll(blocks2, file.blocks);
      primary.set(dir, blocks2);
    }
  }
  const modules = /* @__PURE__ */ new Map();
  for (const dir of /* @__PURE__ */ new Set([...primary.keys(), ...overrides.keys()])) {
    const blocks2 = primary.get(dir) ?? [];
    const later = (overrides.get(dir) ?? []).sort(
      (a, b) => compareStrings(path6.basename(a.path), path6.basename(b.path))
    );
    modules.set(dir, {
      dir,
      blocks: later.length === 0 ? blocks2 : mergeOverrides(
        blocks2,
        later.map((f) => f.blocks),
        errors
      )
    });
  }
  return modules;
}
function localModuleDir(moduleDir, block) {
  const source = block.body.source;
  if (typeof source !== "string" || !(source.startsWith("./") || source.startsWith("../"))) return void 0;
  return path6.resolve(moduleDir, source);
}
function rootModules(modules, alsoCalled = []) {
  const called = new Set(alsoCalled);
  for (const def2 of modules.values()) {
    for (const block of def2.blocks) {
      if (block.type !== "module") continue;
      const dir = localModuleDir(def2.dir, block);
      if (dir !== void 0 && dir !== def2.dir) called.add(dir);
    }
  }
  return [...modules.values()].filter((def2) => !called.has(def2.dir)).sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0);
}
function evaluateEstate(modules, options) {
  const out = { resources: [], providers: [], blindSpots: [] };
  for (const root of rootModules(modules, options.calledDirs)) {
    const inputs = options.rootVariables?.(root.dir) ?? /* @__PURE__ */ new Map();
    const instance = new ModuleInstance(
      root,
      "",
      inputs,
      modules,
      options,
      { rootDir: root.dir, keys: [] },
      out
    );
    if (inputs.size === 0 && looksLikeReusableModule(root)) instance.reusableRoot = true;
    instance.collect();
  }
  return out;
}
function looksLikeReusableModule(def2) {
  return !def2.blocks.some((block) => block.type === "provider");
}
var HclResource = class _HclResource {
  #values;
  #evaluate;
  static #valuesProperty = {
    get() {
      return this.#values ??= this.#evaluate();
    },
    enumerable: true
  };
  constructor(address, mode, type, name, module, index2, block, evaluate3) {
    this.#evaluate = evaluate3;
    this.address = address;
    this.mode = mode;
    this.type = type;
    this.name = name;
    this.module = module;
    if (index2 !== void 0) this.index = index2;
    Object.defineProperty(this, "values", _HclResource.#valuesProperty);
    this.location = { file: block.file, line: block.line };
    this.attributeLines = block.attributeLines;
    if (block.attributeFiles !== void 0) this.attributeFiles = block.attributeFiles;
    this.origin = "hcl";
  }
  markUncertain(reason) {
    this.uncertain = reason;
  }
};
var ModuleInstance = class _ModuleInstance {
  constructor(def2, prefix, inputs, modules, options, lineage, out) {
    this.def = def2;
    this.prefix = prefix;
    this.inputs = inputs;
    this.modules = modules;
    this.options = options;
    this.lineage = lineage;
    this.out = out;
    for (const block of def2.blocks) {
      const name = block.labels[0] ?? "";
      if (block.type === "locals") for (const [k, v] of Object.entries(block.body)) this.localDefs.set(k, v);
      else if (block.type === "variable") this.variableDefs.set(name, block);
      else if (block.type === "output") this.outputDefs.set(name, block);
      else if (block.type === "module") this.moduleCalls.set(name, block);
      else if (block.type === "data" && name === "aws_iam_policy_document" && block.labels[1] !== void 0) {
        this.policyDocuments.set(block.labels[1], block);
      } else if (block.type === "data" && name === "aws_partition" && block.labels[1] !== void 0) {
        this.partitionSources.set(block.labels[1], block);
      }
      if ((block.type === "resource" || block.type === "data") && block.labels[1] !== void 0) {
        const address = `${block.type === "data" ? "data." : ""}${name}.${block.labels[1]}`;
        if ("count" in block.body || "for_each" in block.body) this.expandedResources.set(address, block);
      }
    }
    this.scope = this.makeScope();
    this.modulePath = prefix.endsWith(".") ? prefix.slice(0, -1) : prefix;
  }
  def;
  prefix;
  inputs;
  modules;
  options;
  lineage;
  out;
  localDefs = /* @__PURE__ */ new Map();
  variableDefs = /* @__PURE__ */ new Map();
  outputDefs = /* @__PURE__ */ new Map();
  moduleCalls = /* @__PURE__ */ new Map();
  policyDocuments = /* @__PURE__ */ new Map();
  partitionSources = /* @__PURE__ */ new Map();
  /** Resources and data sources with count or for_each, by address in this module. */
  expandedResources = /* @__PURE__ */ new Map();
  /** The module instance that calls this one; undefined for a root. */
  parent;
  partition;
  /** Provider types by local name, from required_providers (read when a provider block is met). */
  providerTypes;
  memo = /* @__PURE__ */ new Map();
  files;
  evaluating = /* @__PURE__ */ new Set();
  /** The locals each local's definition names, read once (see evaluateLocalsFirst). */
  localReferences = /* @__PURE__ */ new Map();
  evaluatingLocalsFirst = false;
  children = /* @__PURE__ */ new Map();
  scope;
  /** The count/for_each key of this module instance, when its call is expanded. */
  instanceKey;
  /** Why this module instance may not exist (its call's count or for_each is not known). */
  uncertain;
  /** A root that looks like a reusable module (see looksLikeReusableModule). */
  reusableRoot = false;
  /** Variables that took their default: no input gave them a value. */
  defaulted = /* @__PURE__ */ new Set();
  /** `module.a.module.b` (the prefix without its final dot), `''` for a root module. */
  modulePath;
  makeScope(extra) {
    const workingDir = this.lineage.rootDir;
    return {
      modulePrefix: this.prefix,
      variable: (name) => this.variable(name),
      local: (name) => this.local(name),
      path: (kind) => kind === "module" ? relativeDir(workingDir, this.def.dir) : ".",
      resource: (address) => this.resourceValue(address),
      providerType: (name) => this.providerTypeOf(name),
      ...this.files ??= workingDirFiles(workingDir),
      ...extra
    };
  }
  memoised(key, compute) {
    const known = this.memo.get(key);
    if (known !== void 0) return known;
    if (this.evaluating.has(key)) return new Unknown(`${key} refers to itself`);
    this.evaluating.add(key);
    const value = compute();
    this.evaluating.delete(key);
    this.memo.set(key, value);
    return value;
  }
  variable(name) {
    if (!this.variableDefs.has(name) && !this.inputs.has(name)) return void 0;
    return this.memoised(`var.${name}`, () => {
      const block = this.variableDefs.get(name);
      const typed = (value) => withTypeDefaults(value, block?.body.type, this.scope);
      const input = this.inputs.get(name);
      const nullMeansDefault = input === null && block !== void 0 && this.evaluate(block.body.nullable ?? null) === false;
      if (input !== void 0 && !nullMeansDefault) return typed(input);
      if (block && "default" in block.body) {
        this.defaulted.add(name);
        return typed(this.evaluate(block.body.default ?? null));
      }
      return new Unknown(`variable "${name}" has no value (no default, no tfvars)`);
    });
  }
  local(name) {
    const def2 = this.localDefs.get(name);
    if (def2 === void 0) return void 0;
    const key = `local.${name}`;
    if (!this.memo.has(key) && !this.evaluatingLocalsFirst) this.evaluateLocalsFirst(name);
    return this.memoised(key, () => this.evaluate(def2));
  }
  /**
   * Evaluates the locals `name` depends on, each after its own, when there are many not yet
   * known: a chain of thousands is then evaluated at the depth of one link. Terraform evaluates
   * every local anyway, so evaluating them before they are asked for changes no value.
   */
  evaluateLocalsFirst(name) {
    const order = dependenciesFirst(
      name,
      (local) => this.localsNamedBy(local),
      (local) => this.localDefs.has(local) && !this.memo.has(`local.${local}`)
    );
    if (order.length <= DEEP_LOCALS) return;
    this.evaluatingLocalsFirst = true;
    try {
      for (const local of order) this.local(local);
    } finally {
      this.evaluatingLocalsFirst = false;
    }
  }
  localsNamedBy(name) {
    let names = this.localReferences.get(name);
    if (names === void 0) {
      names = localsNamed(this.localDefs.get(name) ?? null);
      this.localReferences.set(name, names);
    }
    return names;
  }
  resourceValue(address) {
    if (address.startsWith("module.")) {
      const name = address.slice("module.".length);
      const instances = this.child(name);
      if (!instances) return void 0;
      const block = this.moduleCalls.get(name);
      const expanded = block !== void 0 && ("count" in block.body || "for_each" in block.body);
      return this.memoised(address, () => {
        if (!expanded) return instances[0]?.outputs() ?? {};
        const entries = instances.map((i) => [i.instanceKey, i.outputs()]);
        return "count" in (block?.body ?? {}) ? entries.map(([, o]) => o) : Object.fromEntries(entries.map(([k, o]) => [String(k), o]));
      });
    }
    const partitionPrefix = "data.aws_partition.";
    if (address.startsWith(partitionPrefix)) {
      const block = this.partitionSources.get(address.slice(partitionPrefix.length));
      if (!block) return void 0;
      const partition = this.awsPartition();
      const attributes = partition !== void 0 ? partitionAttributes(partition) : void 0;
      return attributes ? this.memoised(address, () => this.perInstance(block, () => ({ ...attributes }))) : void 0;
    }
    const documentPrefix = "data.aws_iam_policy_document.";
    if (address.startsWith(documentPrefix)) {
      const block = this.policyDocuments.get(address.slice(documentPrefix.length));
      if (!block) return void 0;
      return this.memoised(
        address,
        () => this.perInstance(
          block,
          (scope, key) => policyDocumentAttributes(
            this.evaluateBody(block.body, scope),
            `${this.prefix}${address}${key === void 0 ? "" : `[${JSON.stringify(key)}]`}`
          )
        )
      );
    }
    return this.instanceCollection(address);
  }
  /**
   * A data source's value as Terraform exposes it: the one object, or with count a list of
   * instances and with for_each an object of them by key.
   */
  perInstance(block, render) {
    if (!("count" in block.body) && !("for_each" in block.body)) return render(this.scope);
    const instances = this.instances(block);
    if (instances instanceof Unknown) return instances;
    if ("count" in block.body) return instances.map((i) => render(i.scope, i.key));
    const byKey = {};
    for (const i of instances) byKey[String(i.key)] = render(i.scope, i.key);
    return byKey;
  }
  /**
   * A resource with count or for_each named whole (`keys(aws_x.y)`, `for k, v in aws_x.y`,
   * `length(aws_x.y)`): Terraform knows which instances it has before apply, though not their
   * attributes, so it is a list (count) or an object (for_each) of unknown instances, each still a
   * reference to its own instance. Undefined when the instances themselves are not known.
   */
  instanceCollection(address) {
    const block = this.expandedResources.get(address);
    if (!block) return void 0;
    const value = this.memoised(`instances of ${address}`, () => {
      const instances = this.instances(block);
      if (instances instanceof Unknown) return instances;
      const ref = (key) => referenceUnknown({ address: `${this.prefix}${address}`, path: [key] });
      if ("count" in block.body) return instances.map((_, index2) => ref(index2));
      const byKey = {};
      for (const { key } of instances) if (key !== void 0) byKey[String(key)] = ref(String(key));
      return byKey;
    });
    return value instanceof Unknown ? void 0 : value;
  }
  outputs() {
    const values = {};
    for (const [name, block] of this.outputDefs) {
      values[name] = this.memoised(`output.${name}`, () => this.evaluate(block.body.value ?? null));
    }
    return values;
  }
  evaluate(raw, scope = this.scope) {
    return evaluateRaw(raw, scope);
  }
  /**
   * The partition of every AWS provider this module can use, when they all agree and each names
   * its region: `data "aws_partition"` reads it from whichever of them it is given. A module uses
   * the provider configurations of its own tree of callers (passed down, or inherited), so all of
   * theirs count; one without a known region (it comes from the environment) leaves it unknown.
   */
  awsPartition() {
    if (this.partition === void 0) {
      const found = /* @__PURE__ */ new Set();
      const known = this.addProviderPartitions(found);
      const [only] = found;
      this.partition = known && found.size === 1 && only !== void 0 ? only : null;
    }
    return this.partition ?? void 0;
  }
  /** Adds the partitions of this module's AWS providers and its callers'; false when one is not known. */
  addProviderPartitions(found) {
    for (const block of this.def.blocks) {
      if (block.type !== "provider" || !isAwsProvider(this.providerConfigName(block))) continue;
      const region = "region" in block.body ? this.evaluate(block.body.region ?? null) : void 0;
      const partition = typeof region === "string" ? regionPartition(region) : void 0;
      if (partition === void 0) return false;
      found.add(partition);
    }
    return this.parent?.addProviderPartitions(found) ?? true;
  }
  /** The instances of a module call (several with count/for_each), or null when its code is not available. */
  child(name) {
    const known = this.children.get(name);
    if (known !== void 0) return known;
    const block = this.moduleCalls.get(name);
    const keys = [...this.lineage.keys, name];
    const dir = block ? localModuleDir(this.def.dir, block) ?? this.options.installedModuleDir?.(this.lineage.rootDir, keys.join(".")) : void 0;
    const def2 = dir !== void 0 ? this.modules.get(dir) : void 0;
    let instances = null;
    if (block && def2 && keys.length <= MAX_MODULE_DEPTH) {
      instances = this.expand(block).map(({ key, scope, uncertain }) => {
        const inputs = /* @__PURE__ */ new Map();
        for (const [arg, raw] of Object.entries(block.body)) {
          if (arg === "source" || arg === "version" || META_ARGUMENTS.has(arg) || arg === "providers")
            continue;
          inputs.set(arg, this.evaluate(raw, scope));
        }
        const suffix = key === void 0 ? "" : `[${JSON.stringify(key)}]`;
        const instance = new _ModuleInstance(
          def2,
          `${this.prefix}module.${name}${suffix}.`,
          inputs,
          this.modules,
          this.options,
          { rootDir: this.lineage.rootDir, keys },
          this.out
        );
        instance.instanceKey = key;
        instance.parent = this;
        const why = uncertain === void 0 ? this.uncertain : `module.${name}: ${uncertain}`;
        if (why !== void 0) instance.uncertain = why;
        return instance;
      });
    }
    this.children.set(name, instances);
    return instances;
  }
  /** Adds this module's resources and providers (and its children's) to the estate. */
  collect() {
    for (const block of this.def.blocks) {
      if (block.type === "resource" || block.type === "data") this.collectResource(block);
      else if (block.type === "provider") this.collectProvider(block);
      else if (block.type === "removed") this.collectKept(block);
    }
    for (const [name, block] of this.moduleCalls) {
      const instances = this.child(name);
      if (instances) for (const instance of instances) instance.collect();
      else {
        const source = typeof block.body.source === "string" ? block.body.source : "unknown source";
        const address = `${this.prefix}module.${name}`;
        this.out.blindSpots.push({
          resource: address,
          module: address,
          reason: `module "${name}" (source ${source}) is not available to scan; run terraform init or scan its directory`
        });
      }
    }
  }
  /**
   * What a `removed` block with destroy = false leaves in AWS: a guardrail resource whose settings
   * are unknown (it exists, managed outside Terraform), or a module call that may have declared anything.
   */
  collectKept(block) {
    const kept = keptObject(block);
    if (kept === void 0) return;
    const modulePrefix = `${this.prefix}${kept.modules}`;
    const why = "was removed from the configuration with lifecycle destroy = false: it stays in AWS, managed outside Terraform";
    if (kept.kind === "module") {
      const address2 = `${modulePrefix}module.${kept.name}`;
      this.out.blindSpots.push({
        resource: address2,
        module: address2,
        kept: true,
        reason: `${address2} ${why}`
      });
      return;
    }
    const address = `${modulePrefix}${kept.type}.${kept.name}`;
    const values = keptValues(
      kept.type,
      (arg) => new Unknown(`${address} ${why}, so its ${arg} is not known`)
    );
    if (values === void 0) return;
    const module = modulePrefix.endsWith(".") ? modulePrefix.slice(0, -1) : modulePrefix;
    const resource = new HclResource(
      address,
      "managed",
      kept.type,
      kept.name,
      module,
      void 0,
      block,
      () => values
    );
    this.out.resources.push(resource);
  }
  providerTypeOf(localName) {
    return (this.providerTypes ??= requiredProviderTypes(this.def.blocks)).get(localName);
  }
  /** A provider block's local name, and its type when required_providers gives it another. */
  providerConfigName(block) {
    const name = block.labels[0] ?? "";
    const type = this.providerTypeOf(name);
    return type === void 0 || type === name ? { name } : { name, type };
  }
  collectProvider(block) {
    const values = this.evaluateBody(block.body, this.scope);
    const alias = typeof values.alias === "string" ? values.alias : void 0;
    this.out.providers.push({
      ...this.providerConfigName(block),
      ...alias !== void 0 ? { alias } : {},
      module: this.modulePath,
      values,
      location: { file: block.file, line: block.line },
      attributeLines: block.attributeLines,
      ...block.attributeFiles !== void 0 ? { attributeFiles: block.attributeFiles } : {},
      origin: "hcl"
    });
  }
  collectResource(block) {
    const [type = "", name = ""] = block.labels;
    const mode = block.type === "data" ? "data" : "managed";
    const base = `${this.prefix}${mode === "data" ? "data." : ""}${type}.${name}`;
    const ignored = mode === "managed" && "lifecycle" in block.body ? ignoredArguments(block.body) : void 0;
    for (const instance of this.expand(block)) {
      const address = instance.key === void 0 ? base : `${base}[${JSON.stringify(instance.key)}]`;
      const resource = new HclResource(
        address,
        mode,
        type,
        name,
        this.modulePath,
        instance.key,
        block,
        () => {
          const values = this.evaluateBody(block.body, instance.scope);
          return ignored === void 0 ? values : markIgnoredUnset(values, ignored, type);
        }
      );
      const uncertain = instance.uncertain ?? this.uncertain;
      if (uncertain !== void 0) resource.markUncertain(`it may not exist: ${uncertain}`);
      this.out.resources.push(resource);
    }
  }
  /**
   * count and for_each instances. An unknown collection keeps one instance, so that checks of
   * what it would be still run, marked `uncertain`: it may as well not exist at all.
   */
  expand(block) {
    const instances = this.instances(block);
    if (!(instances instanceof Unknown)) return instances;
    if ("count" in block.body) {
      return [{ scope: this.scope, uncertain: `its count is not known: ${instances.reason}` }];
    }
    return [
      {
        scope: this.makeScope({ each: { key: instances, value: instances } }),
        uncertain: `its for_each collection is not known: ${instances.reason}`
      }
    ];
  }
  /** The instances of a block (one without a key when it has neither count nor for_each). */
  instances(block) {
    if ("count" in block.body) {
      const count = this.evaluate(block.body.count ?? null);
      if (typeof count !== "number") {
        return count instanceof Unknown ? count : new Unknown("count is not a number");
      }
      if (count <= 0) {
        const placeholder = this.placeholderDefault(block.body.count);
        if (placeholder) return new Unknown(`count is 0 only through ${placeholder}`);
      }
      return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, index2) => ({
        key: index2,
        scope: this.makeScope({ count: { index: index2 } })
      }));
    }
    if ("for_each" in block.body) {
      const each = this.evaluate(block.body.for_each ?? null);
      const entries = forEachEntries(each);
      if (entries) {
        const placeholder = entries.length === 0 ? this.placeholderDefault(block.body.for_each) : void 0;
        if (placeholder) return new Unknown(`for_each is empty only through ${placeholder}`);
        return entries.map(([key, value]) => ({ key, scope: this.makeScope({ each: { key, value } }) }));
      }
      return each instanceof Unknown ? each : new Unknown("for_each is not a map or set");
    }
    return [{ scope: this.scope }];
  }
  evaluateBody(body, scope) {
    return bodyValues(body, scope, META_ARGUMENTS);
  }
  /**
   * In a root that looks like a reusable module, the defaulted variable a count or for_each
   * reads, described: an empty default there (`default = []`, `enabled = false`) is a caller's
   * choice left open, so "no instance" would be a guess, and absence findings false alarms.
   */
  placeholderDefault(raw) {
    if (!this.reusableRoot || typeof raw !== "string") return void 0;
    for (const ref of references(raw)) {
      const name = ref.address.startsWith("var.") ? ref.address.slice("var.".length) : void 0;
      if (name !== void 0 && this.defaulted.has(name)) {
        return `the default of var.${name} in what looks like a reusable module (no provider block, no variable values given), which its callers set`;
      }
    }
    return void 0;
  }
};
function evaluateNested(raw, scope) {
  if (Array.isArray(raw) && raw.length > 0 && raw.every(isRawObject)) {
    return raw.map(
      (item) => isRawObject(item) && isRawObject(item.dynamic) ? nestedBody(item, scope) : evaluateRaw(item, scope)
    );
  }
  return evaluateRaw(raw, scope);
}
function nestedBody(body, scope) {
  return bodyValues(body, scope, NO_NAMES);
}
var NO_NAMES = /* @__PURE__ */ new Set();
function bodyValues(body, scope, skip) {
  const values = {};
  const keys = Object.keys(body);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== "dynamic" && !skip.has(key)) values[key] = evaluateNested(body[key], scope);
  }
  if (isRawObject(body.dynamic)) expandDynamicBlocks(body.dynamic, scope, values);
  return values;
}
function expandDynamicBlocks(dynamic, scope, into) {
  for (const [blockType, defs] of Object.entries(dynamic)) {
    const expanded = Array.isArray(into[blockType]) ? [...into[blockType]] : [];
    for (const def2 of Array.isArray(defs) ? defs : [defs]) {
      if (!isRawObject(def2)) continue;
      const collection = evaluateRaw(def2.for_each ?? null, scope);
      const iterator = typeof def2.iterator === "string" ? def2.iterator.replace(/^\$\{(.*)\}$/, "$1") : blockType;
      const entries = dynamicEntries(collection);
      if (!entries) {
        const reason = collection instanceof Unknown ? collection.reason : "for_each is not a collection";
        expanded.push(
          new Unknown(
            `dynamic "${blockType}" cannot be expanded: ${reason}`,
            collection instanceof Unknown ? collection.refs : []
          )
        );
        continue;
      }
      const content = Array.isArray(def2.content) ? def2.content[0] : def2.content;
      for (const [key, value] of entries) {
        const iterScope = {
          ...scope,
          resource: (address) => address === `${iterator}.value` ? value : address === `${iterator}.key` ? key : scope.resource(address)
        };
        expanded.push(isRawObject(content) ? nestedBody(content, iterScope) : {});
      }
    }
    into[blockType] = expanded;
  }
}
function dynamicEntries(value) {
  if (Array.isArray(value)) return value.map((v, i) => [i, v]);
  if (isObject(value)) return Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return void 0;
}
function forEachEntries(value) {
  if (Array.isArray(value)) {
    if (!value.every((v) => typeof v === "string")) return void 0;
    return [...new Set(value)].sort().map((v) => [v, v]);
  }
  if (isObject(value)) return Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return void 0;
}
function evaluateRaw(raw, scope) {
  if (typeof raw === "string") return evaluateTemplateString(raw, scope);
  if (Array.isArray(raw)) return raw.map((item) => evaluateRaw(item, scope));
  if (isRawObject(raw)) {
    const out = {};
    const keys = Object.keys(raw);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      out[key] = evaluateRaw(raw[key], scope);
    }
    return out;
  }
  return raw;
}
function relativeDir(cwd, dir) {
  const rel = path6.relative(cwd, dir).split(path6.sep).join("/");
  return rel === "" ? "." : rel;
}

// src/load/tfvars.ts
import { promises as fs5 } from "node:fs";
import path7 from "node:path";
var CONSTANT_SCOPE = {
  modulePrefix: "",
  variable: () => void 0,
  local: () => void 0,
  path: () => void 0,
  resource: () => void 0,
  readFile: () => void 0
};
async function checkVarFiles(sources, cwd) {
  const errors = [];
  for (const file of sources.varFiles ?? []) {
    try {
      await fs5.access(path7.resolve(cwd, file));
    } catch (e) {
      const display = path7.relative(cwd, path7.resolve(cwd, file)).split(path7.sep).join("/");
      errors.push({ file: display, message: `var file cannot be read: ${errorText(e)}` });
    }
  }
  return errors;
}
async function rootVariables(dir, sources, cwd, errors) {
  const values = /* @__PURE__ */ new Map();
  let entries = [];
  try {
    entries = await fs5.readdir(dir);
  } catch {
  }
  const auto = entries.filter((e) => e.endsWith(".auto.tfvars") || e.endsWith(".auto.tfvars.json")).sort();
  const implicit = ["terraform.tfvars", "terraform.tfvars.json"].filter((e) => entries.includes(e));
  for (const file of [...implicit, ...auto]) await mergeFile(path7.join(dir, file), values, cwd, errors);
  for (const file of sources.varFiles ?? [])
    await mergeFile(path7.resolve(cwd, file), values, cwd, errors, true);
  for (const assignment of sources.vars ?? []) {
    const eq = assignment.indexOf("=");
    if (eq <= 0) {
      errors.push({ file: "(--var)", message: `--var must be name=value (got "${assignment}")` });
      continue;
    }
    values.set(assignment.slice(0, eq).trim(), await parseVarValue(assignment.slice(eq + 1)));
  }
  return values;
}
async function mergeFile(file, into, cwd, errors, explicit = false) {
  const display = path7.relative(cwd, file).split(path7.sep).join("/");
  let buffer;
  try {
    buffer = await fs5.readFile(file);
  } catch (e) {
    if (!explicit) errors.push({ file: display, message: `cannot be read: ${errorText(e)}` });
    return;
  }
  const decoded = decodeSource(buffer);
  if ("error" in decoded) {
    errors.push({
      file: display,
      message: decoded.error,
      ...decoded.line !== void 0 ? { line: decoded.line } : {}
    });
    return;
  }
  const raw = await parseVariableFile(decoded.text, file, display);
  if ("error" in raw) {
    errors.push(raw.error);
    return;
  }
  for (const [name, value] of Object.entries(raw.values)) into.set(name, evaluateRaw(value, CONSTANT_SCOPE));
}
async function parseVariableFile(text, file, display) {
  if (file.endsWith(".json")) {
    try {
      const parsed2 = JSON.parse(text);
      if (typeof parsed2 !== "object" || parsed2 === null || Array.isArray(parsed2)) {
        return { error: { file: display, line: 1, message: "a .tfvars.json file must hold a JSON object" } };
      }
      return { values: parsed2 };
    } catch {
      const { message, line } = describeJsonError(text);
      return {
        error: {
          file: display,
          ...line !== void 0 ? { line } : {},
          message: `invalid JSON: ${message}`
        }
      };
    }
  }
  const outcome = await parseSource(text, file, display, { attributesOnly: true });
  if (!outcome.ok) return { error: outcome.error };
  return { values: outcome.attributes ?? {} };
}
async function parseVarValue(text) {
  const trimmed = text.trim();
  if (/^[[{"]|^-?\d|^(true|false|null)$/.test(trimmed)) {
    const outcome = await parseSource(`v = ${trimmed}
`, "(--var)", "(--var)", { attributesOnly: true });
    const value = outcome.ok ? outcome.attributes?.v : void 0;
    if (value !== void 0) return evaluateRaw(value, CONSTANT_SCOPE);
  }
  return text;
}

// src/load/terraform.ts
function parseSettings(options, env = process.env) {
  const parser = options.parser ?? (env.ROOTGUARD_PARSER === "hcl2json" ? "hcl2json" : "native");
  const fromEnv = Number(env.ROOTGUARD_JOBS);
  const jobs = options.jobs ?? (Number.isInteger(fromEnv) && fromEnv >= 1 ? fromEnv : defaultJobs());
  return { parser, jobs: Math.max(1, Math.floor(jobs)) };
}
async function loadTerraform(paths, options) {
  const { cwd } = options;
  const discovered = await discoverTerraformFiles(paths, cwd, options.exclude);
  const errors = [...discovered.errors];
  const settings = parseSettings(options);
  const parse = (files) => parseAll(files, cwd, errors, settings);
  const parsed2 = await parse(discovered.files);
  const manifests = await readManifests(parsed2);
  await loadCalledModules(parsed2, parse, manifests);
  const modules = groupModules([...parsed2.values()], errors);
  const calledDirs = [...manifests.values()].flatMap((m) => [...m.values()]);
  const variables = /* @__PURE__ */ new Map();
  for (const { dir } of rootModules(modules, calledDirs)) {
    variables.set(dir, await rootVariables(dir, options.variables ?? {}, cwd, errors));
  }
  const estate = evaluateEstate(modules, {
    rootVariables: (dir) => variables.get(dir) ?? /* @__PURE__ */ new Map(),
    installedModuleDir: (rootDir, key) => manifests.get(rootDir)?.get(key),
    calledDirs
  });
  return {
    ...estate,
    errors,
    sources: new Map([...parsed2.values()].map((f) => [f.display, f.text])),
    blockLines: new Map(
      [...parsed2.values()].map((f) => [f.display, f.blocks.map((b) => b.line).sort((a, b) => a - b)])
    ),
    files: parsed2.size
  };
}
async function parseAll(files, cwd, errors, settings) {
  const parsed2 = /* @__PURE__ */ new Map();
  const outcomes = settings.parser === "hcl2json" ? await Promise.all(
    files.map((file) => readAndParse(file, displayPath(file, cwd), { parser: "hcl2json" }))
  ) : await parseAllNative(files, cwd, settings.jobs);
  outcomes.forEach((outcome, i) => {
    if (outcome.ok) parsed2.set(files[i] ?? "", outcome.file);
    else errors.push(outcome.error);
  });
  return parsed2;
}
async function parseAllNative(files, cwd, jobs) {
  const displays = files.map((file) => displayPath(file, cwd));
  const reads = files.map((file, i) => readSource(file, displays[i]));
  const outcomes = new Array(files.length);
  const hcl = [];
  reads.forEach((read, i) => {
    if ("error" in read) outcomes[i] = { ok: false, error: read.error };
    else if (displays[i].endsWith(".json"))
      outcomes[i] = parseSourceNative(read.text, files[i], displays[i]);
    else hcl.push(i);
  });
  const pending = hcl.map((i) => ({
    text: reads[i].text,
    filename: displays[i]
  }));
  const workers = workersFor(jobs, pending);
  const results = workers > 0 ? await parseInWorkers(pending, workers) : pending.map((f) => parseNative(f.text, f.filename));
  results.forEach((result, k) => {
    const i = hcl[k];
    outcomes[i] = nativeOutcome(result, pending[k].text, files[i], displays[i]);
  });
  return outcomes;
}
async function readManifests(parsed2) {
  const manifests = /* @__PURE__ */ new Map();
  for (const dir of new Set([...parsed2.values()].map((f) => path8.dirname(f.path)))) {
    const manifest = await readModuleManifest(dir);
    if (manifest.size > 0) manifests.set(dir, manifest);
  }
  return manifests;
}
async function loadCalledModules(parsed2, parse, manifests) {
  const seenDirs = new Set([...parsed2.values()].map((f) => path8.dirname(f.path)));
  const wanted = /* @__PURE__ */ new Set();
  for (const manifest of manifests.values()) for (const dir of manifest.values()) wanted.add(dir);
  let frontier = [...parsed2.values()];
  while (frontier.length > 0 || wanted.size > 0) {
    for (const file of frontier) {
      for (const block of file.blocks) {
        if (block.type !== "module") continue;
        const dir = localModuleDir(path8.dirname(file.path), block);
        if (dir !== void 0) wanted.add(dir);
      }
    }
    frontier = [];
    for (const dir of [...wanted]) {
      wanted.delete(dir);
      if (seenDirs.has(dir)) continue;
      seenDirs.add(dir);
      const loaded = await parse(await moduleFilesIn(dir));
      for (const [file, p] of loaded) {
        parsed2.set(file, p);
        frontier.push(p);
      }
    }
  }
}

// src/load/plan/load.ts
import path10 from "node:path";

// src/load/plan/address.ts
function parseTraversal(text) {
  const steps = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ".") {
      if (i === 0 || i === text.length - 1) return void 0;
      i++;
      continue;
    }
    if (c === "[") {
      const close = indexClose(text, i + 1);
      if (close < 0) return void 0;
      const inner = text.slice(i + 1, close).trim();
      const key = parseKey(inner);
      if (key === void 0) return void 0;
      steps.push({ key });
      i = close + 1;
      continue;
    }
    let j = i;
    while (j < text.length && text[j] !== "." && text[j] !== "[") j++;
    if (j === i) return void 0;
    steps.push({ name: text.slice(i, j) });
    i = j;
  }
  return steps;
}
function indexClose(text, from) {
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "]") return i;
  }
  return -1;
}
function parseKey(inner) {
  if (isDigits(inner)) return Number(inner);
  if (inner.length >= 2 && inner.charCodeAt(0) === 34 && isPlainString(inner, 1, inner.length - 1))
    return inner.slice(1, -1);
  if (inner.startsWith('"')) {
    try {
      const value = JSON.parse(inner);
      return typeof value === "string" ? value : void 0;
    } catch {
      return void 0;
    }
  }
  return void 0;
}
function isDigits(text) {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
function isPlainString(text, from, to) {
  if (text.charCodeAt(to) !== 34) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 92 || c < 32) return false;
    if (c >= 55296 && c <= 57343) {
      const next = text.charCodeAt(i + 1);
      if (c > 56319 || i + 1 >= to || next < 56320 || next > 57343) return false;
      i++;
    }
  }
  return true;
}
function keyText(key) {
  return `[${JSON.stringify(key)}]`;
}
function parseResourceAddress(address) {
  const steps = parseTraversal(address);
  if (!steps) return void 0;
  const modules = [];
  let i = 0;
  const nameAt = (n) => {
    const s = steps[n];
    return s && "name" in s ? s.name : void 0;
  };
  const keyAt = (n) => {
    const s = steps[n];
    return s && "key" in s ? s.key : void 0;
  };
  while (nameAt(i) === "module" && nameAt(i + 1) !== void 0) {
    const key2 = keyAt(i + 2);
    modules.push({ name: nameAt(i + 1) ?? "", ...key2 !== void 0 ? { key: key2 } : {} });
    i += key2 !== void 0 ? 3 : 2;
  }
  let mode = "managed";
  if (nameAt(i) === "data" && nameAt(i + 2) !== void 0) {
    mode = "data";
    i++;
  }
  const type = nameAt(i);
  const name = nameAt(i + 1);
  if (type === void 0 || name === void 0) return void 0;
  const key = keyAt(i + 2);
  const end = i + 2 + (key !== void 0 ? 1 : 0);
  if (end !== steps.length) return void 0;
  return { modules, mode, type, name, ...key !== void 0 ? { key } : {} };
}
function moduleText(modules, withKeys = true) {
  return modules.map((m) => `module.${m.name}${withKeys && m.key !== void 0 ? keyText(m.key) : ""}`).join(".");
}
function localAddress(a) {
  return `${a.mode === "data" ? "data." : ""}${a.type}.${a.name}`;
}
function formatResourceAddress(a, withKeys = true) {
  const mod = moduleText(a.modules, withKeys);
  const key = withKeys && a.key !== void 0 ? keyText(a.key) : "";
  return `${mod === "" ? "" : `${mod}.`}${localAddress(a)}${key}`;
}
function stepsToPath(steps) {
  return steps.map((s) => "name" in s ? s.name : s.key);
}

// src/load/plan/values.ts
function planValues(raw, options) {
  const sensitive = [];
  const walker = new Walker(options, sensitive);
  const values = isJsonObject2(raw) ? raw : {};
  const unknown = isJsonObject2(options.unknown) ? options.unknown : {};
  const wholeSensitive = options.sensitive === true;
  const sensitiveMask = isJsonObject2(options.sensitive) ? options.sensitive : {};
  walker.convertObject(values, unknown, wholeSensitive ? true : sensitiveMask, []);
  return { values, sensitive };
}
var Walker = class {
  constructor(options, sensitive) {
    this.options = options;
    this.sensitive = sensitive;
  }
  options;
  sensitive;
  /**
   * The value at `path`: `raw` itself (changed in place) unless it is replaced. `undefined` only
   * when there is no value and nothing marks one.
   */
  convert(raw, unknown, sensitive, path12) {
    if (sensitive === true) this.sensitive.push(path12.join("."));
    if (unknown === true) {
      return new Unknown(
        `known after apply: ${pathText(this.options.address, path12)}`,
        this.options.refsAt?.(path12) ?? []
      );
    }
    if (sensitive === true) return new Unknown(`sensitive value: ${pathText(this.options.address, path12)}`);
    if (Array.isArray(raw) || raw == null && Array.isArray(unknown) && hasTrue(unknown)) {
      const items = Array.isArray(raw) ? raw : [];
      const unknowns = Array.isArray(unknown) ? unknown : [];
      const sensitives = Array.isArray(sensitive) ? sensitive : [];
      if (unknowns.length === 0 && sensitives.length === 0) return items;
      const length = Math.max(items.length, unknowns.length);
      for (let i = 0; i < length; i++) {
        const item = items[i];
        const mark = unknowns[i];
        const secret = sensitives[i];
        if (isMarked(mark) || isMarked(secret) || item === void 0)
          items[i] = this.convert(item ?? null, mark, secret, [...path12, i]) ?? null;
      }
      return items;
    }
    if (isJsonObject2(raw) || raw == null && isJsonObject2(unknown) && hasTrue(unknown)) {
      const object = isJsonObject2(raw) ? raw : {};
      this.convertObject(
        object,
        isJsonObject2(unknown) ? unknown : {},
        isJsonObject2(sensitive) ? sensitive : {},
        path12
      );
      return object;
    }
    if (raw === void 0) return void 0;
    return scalar(raw);
  }
  /** Replaces, in place, what the masks mark in an object, and adds what only `after_unknown` has. */
  convertObject(object, unknowns, sensitives, path12) {
    const all = sensitives === true;
    if (!all && !hasKeys(unknowns) && !hasKeys(sensitives)) return;
    for (const key of objectKeys(object, unknowns)) {
      const mark = unknowns[key];
      const secret = all ? true : sensitives[key];
      const has = Object.prototype.hasOwnProperty.call(object, key);
      if (!isMarked(mark) && !isMarked(secret) && has) continue;
      const value = this.convert(has ? object[key] : void 0, mark, secret, [...path12, key]);
      if (value !== void 0) setOwn(object, key, value);
    }
  }
};
function isMarked(mask2) {
  return mask2 === true || typeof mask2 === "object" && mask2 !== null;
}
function hasKeys(object) {
  for (const _ in object) return true;
  return false;
}
function setOwn(object, key, value) {
  if (key === "__proto__")
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  else object[key] = value;
}
function objectKeys(source, unknown) {
  const keys = Object.keys(source);
  for (const key of Object.keys(unknown)) {
    if (!Object.prototype.hasOwnProperty.call(source, key) && hasTrue(unknown[key])) keys.push(key);
  }
  return keys;
}
function hasTrue(mask2) {
  if (mask2 === true) return true;
  if (Array.isArray(mask2)) return mask2.some(hasTrue);
  if (isJsonObject2(mask2)) return Object.values(mask2).some(hasTrue);
  return false;
}
function scalar(raw) {
  return typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" ? raw : null;
}
function jsonValue(raw) {
  if (Array.isArray(raw)) return raw.map(jsonValue);
  if (isJsonObject2(raw)) {
    const out = {};
    for (const [key, value] of Object.entries(raw)) out[key] = jsonValue(value);
    return out;
  }
  return scalar(raw);
}
function pathText(address, path12) {
  return path12.reduce((text, seg) => {
    if (typeof seg === "number") return `${text}[${seg}]`;
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg) ? `${text}.${seg}` : `${text}[${JSON.stringify(seg)}]`;
  }, address);
}

// src/load/plan/config.ts
var MAX_DEPTH2 = 32;
var NOT_RESOURCES = /* @__PURE__ */ new Set(["var", "local", "module", "each", "count", "path", "self", "terraform"]);
var PlanConfiguration = class {
  modules = /* @__PURE__ */ new Map();
  resources = /* @__PURE__ */ new Map();
  constructor(rootModule) {
    if (isJsonObject2(rootModule)) this.addModule({ path: "", module: rootModule }, 0);
  }
  addModule(scope, depth) {
    if (depth > MAX_DEPTH2) return;
    this.modules.set(scope.path, scope);
    for (const resource of objectItems(scope.module.resources)) {
      this.resources.set(`${scope.path}|${stringOr(resource.address)}`, resource);
    }
    for (const [name, call] of objectEntries(scope.module.module_calls)) {
      if (!isJsonObject2(call.module)) continue;
      const path12 = scope.path === "" ? `module.${name}` : `${scope.path}.module.${name}`;
      this.addModule({ path: path12, module: call.module, parent: scope, call }, depth + 1);
    }
  }
  /** Whether the configuration declares the resource (any instance of it). */
  declares(address) {
    return this.resources.has(`${moduleText(address.modules, false)}|${localAddress(address)}`);
  }
  hasConfiguration() {
    return this.modules.size > 0;
  }
  /**
   * References of the expression that sets `path` of a resource instance, resolved to the
   * objects they name (module prefix of the instance included), most specific first.
   */
  refsAt(address, path12) {
    const scope = this.modules.get(moduleText(address.modules, false));
    const resource = this.resources.get(`${moduleText(address.modules, false)}|${localAddress(address)}`);
    if (!scope || !resource) return [];
    const expression = expressionAt(resource.expressions, path12);
    return expression ? this.resolve(expression.references, scope, address.modules, 0) : [];
  }
  /** A provider_config entry's arguments, references resolved in the provider's module. */
  providerValues(expressions, modulePath, label4) {
    const scope = this.modules.get(modulePath) ?? { path: modulePath, module: {} };
    const steps = parseTraversal(modulePath) ?? [];
    const modules = [];
    for (let i = 0; i + 1 < steps.length; i += 2) {
      const s = steps[i + 1];
      if (s && "name" in s) modules.push({ name: s.name });
    }
    return expressionValues(expressions, label4, (refs) => this.resolve(refs, scope, modules, 0));
  }
  resolve(references2, scope, prefix, depth) {
    if (depth > MAX_DEPTH2) return [];
    const out = [];
    for (const text of arrayOr(references2)) {
      if (typeof text !== "string") continue;
      const steps = parseTraversal(text);
      if (steps) out.push(...this.resolveOne(steps, scope, prefix, depth));
    }
    return mostSpecific(out);
  }
  resolveOne(steps, scope, prefix, depth) {
    const name = (i) => {
      const s = steps[i];
      return s && "name" in s ? s.name : void 0;
    };
    const head = name(0);
    if (head === void 0) return [];
    if (head === "var") {
      const variable = name(1);
      if (variable === void 0 || !scope.parent || !scope.call) return [];
      const argument = objectOr(objectOr(scope.call.expressions)[variable]);
      const outer = this.resolve(argument.references, scope.parent, prefix.slice(0, -1), depth + 1);
      return withRest(outer, stepsToPath(steps.slice(2)));
    }
    if (head === "module") {
      const call = name(1);
      if (call === void 0) return [];
      const keyStep = steps[2];
      const key = keyStep && "key" in keyStep ? keyStep.key : void 0;
      const outputAt = key === void 0 ? 2 : 3;
      const output = name(outputAt);
      const child = this.modules.get(scope.path === "" ? `module.${call}` : `${scope.path}.module.${call}`);
      if (output === void 0 || !child) return [];
      const expression = objectOr(objectOr(objectOr(child.module.outputs)[output]).expression);
      const childPrefix = [...prefix, { name: call, ...key !== void 0 ? { key } : {} }];
      const inner = this.resolve(expression.references, child, childPrefix, depth + 1);
      return withRest(inner, stepsToPath(steps.slice(outputAt + 1)));
    }
    if (NOT_RESOURCES.has(head)) return [];
    const isData = head === "data";
    const type = isData ? name(1) : head;
    const resourceName = isData ? name(2) : name(1);
    if (type === void 0 || resourceName === void 0) return [];
    const mod = moduleText(prefix);
    const local = `${isData ? "data." : ""}${type}.${resourceName}`;
    return [
      { address: mod === "" ? local : `${mod}.${local}`, path: stepsToPath(steps.slice(isData ? 3 : 2)) }
    ];
  }
};
function mostSpecific(refs) {
  const kept = [];
  for (const ref of refs) {
    const dominated = refs.some(
      (other) => other !== ref && other.address === ref.address && extendsPath(other.path, ref.path)
    );
    const duplicate = kept.some((k) => k.address === ref.address && samePath(k.path, ref.path));
    if (!dominated && !duplicate) kept.push(ref);
  }
  return kept;
}
function extendsPath(longer, shorter) {
  return longer.length > shorter.length && shorter.every((seg, i) => longer[i] === seg);
}
function samePath(a, b) {
  return a.length === b.length && a.every((seg, i) => b[i] === seg);
}
function withRest(refs, rest) {
  if (rest.length === 0) return [...refs];
  return refs.map((r) => r.path.length === 0 ? { address: r.address, path: rest } : r);
}
function isExpression(node) {
  return "references" in node || "constant_value" in node;
}
function expressionAt(expressions, path12) {
  let node = expressions;
  for (const segment of path12) {
    if (Array.isArray(node)) {
      const index2 = typeof segment === "number" ? segment : 0;
      node = node[index2] ?? (node.length === 1 ? node[0] : void 0);
      if (typeof segment === "number") continue;
    }
    if (!isJsonObject2(node)) return void 0;
    if (isExpression(node)) return node;
    node = typeof segment === "string" ? node[segment] : void 0;
  }
  return isJsonObject2(node) && isExpression(node) ? node : void 0;
}
function expressionValues(expressions, label4, resolve) {
  const values = {};
  for (const [key, node] of Object.entries(objectOr(expressions))) {
    const value = expressionValue(node, `${label4}.${key}`, resolve);
    if (value !== void 0) values[key] = value;
  }
  return values;
}
function expressionValue(node, label4, resolve) {
  if (Array.isArray(node)) {
    return node.filter(isJsonObject2).map((block) => expressionValues(block, label4, resolve));
  }
  if (!isJsonObject2(node)) return void 0;
  if (!isExpression(node)) return [expressionValues(node, label4, resolve)];
  if ("constant_value" in node) return jsonValue(node.constant_value);
  const refs = resolve(node.references);
  const via = arrayOr(node.references).filter((r) => typeof r === "string");
  return new Unknown(
    `${label4} is not known in the plan (it refers to ${via.length > 0 ? via.join(", ") : "an expression"})`,
    refs
  );
}
function normaliseModulePath(moduleAddress) {
  if (moduleAddress === "" || moduleAddress.startsWith("module.")) return stripKeys(moduleAddress);
  return moduleAddress.split(".").map((name) => `module.${name}`).join(".");
}
function stripKeys(path12) {
  const steps = parseTraversal(path12);
  if (!steps) return path12;
  return steps.filter((s) => "name" in s).map((s) => s.name).join(".");
}

// src/load/plan/lines.ts
var ADDRESS_KEY = '"address"';
function scanAddresses(text, visit) {
  let at2 = text.indexOf(ADDRESS_KEY);
  while (at2 >= 0) {
    let i = at2 + ADDRESS_KEY.length;
    i = skipSpace(text, i);
    if (text.charCodeAt(i) !== 58) {
      at2 = text.indexOf(ADDRESS_KEY, at2 + 1);
      continue;
    }
    i = skipSpace(text, i + 1);
    if (text.charCodeAt(i) !== 34) {
      at2 = text.indexOf(ADDRESS_KEY, at2 + 1);
      continue;
    }
    const end = stringEnd2(text, i + 1);
    if (end < 0) {
      at2 = text.indexOf(ADDRESS_KEY, at2 + 1);
      continue;
    }
    const raw = text.slice(i + 1, end);
    let address;
    if (!raw.includes("\\")) address = raw;
    else if (!/\\[^"]/.test(raw)) address = raw.replaceAll('\\"', '"');
    else {
      try {
        address = JSON.parse(`"${raw}"`);
      } catch {
        address = void 0;
      }
    }
    if (address !== void 0) visit(address, at2);
    at2 = text.indexOf(ADDRESS_KEY, end + 1);
  }
}
function skipSpace(text, i) {
  for (; ; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}
function stringEnd2(text, from) {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return i;
    if (c === 92) {
      if (text.charCodeAt(i + 1) === 10 || i + 1 >= text.length) return -1;
      i++;
    }
  }
  return -1;
}
function keyOffset(text, key, from = 0) {
  const quoted2 = `"${key}"`;
  for (let at2 = text.indexOf(quoted2, from); at2 >= 0; at2 = text.indexOf(quoted2, at2 + 1)) {
    if (at2 > 0 && text.charCodeAt(at2 - 1) === 92) continue;
    if (text.charCodeAt(skipSpace(text, at2 + quoted2.length)) === 58) return at2;
  }
  return -1;
}
var AddressLineIndex = class {
  first = /* @__PURE__ */ new Map();
  inChanges = /* @__PURE__ */ new Map();
  /** Offset of the `resource_changes` key, once known (-1: not seen). */
  changesAt = -1;
  /** Records the addresses in a piece of the plan text that starts at `offset`, on `line`. */
  add(text, offset, line) {
    const counter = lineCounter(text, line);
    scanAddresses(text, (address, at2) => this.record(address, offset + at2, counter(at2)));
  }
  /** One `"address": "<address>"` at an absolute offset and line. */
  record(address, offset, line) {
    if (!this.first.has(address)) this.first.set(address, line);
    if (this.changesAt >= 0 && offset > this.changesAt && !this.inChanges.has(address))
      this.inChanges.set(address, line);
  }
  resource(address) {
    return this.inChanges.get(address) ?? this.first.get(address) ?? 1;
  }
};
function providerLine(found, key) {
  if (!found) return 1;
  const at2 = found.text.indexOf(JSON.stringify(key), found.at);
  return found.line - 1 + lineAt(found.text, at2 < 0 ? found.at : at2);
}
function indexPlanLines(text) {
  const index2 = new AddressLineIndex();
  index2.changesAt = keyOffset(text, "resource_changes");
  index2.add(text, 0, 1);
  const providersAt = keyOffset(text, "provider_config");
  const providers2 = providersAt < 0 ? void 0 : { text, at: providersAt, line: 1 };
  return {
    resource: (address) => index2.resource(address),
    provider: (key) => providerLine(providers2, key)
  };
}
function lineCounter(text, firstLine = 1) {
  let line = firstLine;
  let next = text.indexOf("\n");
  return (offset) => {
    while (next >= 0 && next < offset) {
      line++;
      next = text.indexOf("\n", next + 1);
    }
    return line;
  };
}

// src/load/plan/parse.ts
var SHOW_HINT = 'expected the output of "terraform show -json <planfile>"';
function parsePlanJson(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return notJson(text);
  }
  if (!isJsonObject2(data)) return notAnObject();
  const shape = planShapeError((key) => key in data);
  return shape === void 0 ? { plan: data } : { error: shape };
}
function notAnObject() {
  return { error: `not a Terraform plan: the JSON is not an object; ${SHOW_HINT}` };
}
var EMPTY_PLAN_ERROR = "not a Terraform plan: the file is empty";
function planShapeError(has) {
  if (has("resource_changes") || has("planned_values") || has("configuration") && has("format_version")) {
    return void 0;
  }
  if (has("values") && has("format_version")) {
    return `not a Terraform plan: this is Terraform state ("terraform show -json" without a plan file); run "terraform plan -out=tfplan" and "terraform show -json tfplan"`;
  }
  if (has("resource") || has("provider") || has("terraform") || has("module")) {
    return `not a Terraform plan: this looks like Terraform JSON configuration (.tf.json); ${SHOW_HINT}`;
  }
  return `not a Terraform plan: no format_version, planned_values or resource_changes; ${SHOW_HINT}`;
}
function notJson(text) {
  const offset = jsonErrorOffset(text);
  const position = offset === void 0 ? void 0 : {
    atEnd: offset >= text.length,
    line: lineAt(text, offset),
    column: offset - (text.lastIndexOf("\n", offset - 1) + 1) + 1
  };
  return notJsonError(position, text);
}
function notJsonError(position, head, empty = head.trim() === "") {
  const newline = head.indexOf("\n");
  const firstLine = (newline < 0 ? head : head.slice(0, newline)).trim();
  if (firstLine.startsWith("{") && /"@level"\s*:/.test(firstLine)) {
    return {
      error: `not a Terraform plan: this is the log of "terraform plan -json" (one JSON message a line); save the plan with "terraform plan -out=tfplan" and run "terraform show -json tfplan"`,
      line: 1
    };
  }
  const trimmed = head.trimStart();
  if (empty) return { error: EMPTY_PLAN_ERROR };
  const what = position === void 0 ? "syntax error" : position.atEnd ? "unexpected end of input" : "unexpected character";
  const where = position === void 0 ? "" : ` at line ${position.line}, column ${position.column}`;
  const hint = /^(Error|Warning|╷|│)/.test(trimmed) ? " (it looks like Terraform error output)" : "";
  return {
    error: `not valid JSON${hint}: ${what}${where}; ${SHOW_HINT}`,
    ...position !== void 0 ? { line: position.line } : {}
  };
}

// src/load/plan/read.ts
import { isAscii as isAscii2 } from "node:buffer";
import { execFile } from "node:child_process";
import { promises as fs6, constants as fsConstants } from "node:fs";
import path9 from "node:path";
import { promisify } from "node:util";
var execFileAsync = promisify(execFile);
var ZIP_MAGIC = Buffer.from([80, 75, 3, 4]);
var MAX_SHOW_OUTPUT = 1024 * 1024 * 1024;
var SHOW_TIMEOUT_MS = 10 * 60 * 1e3;
var NOT_TEXT_ERROR = "not a Terraform plan: the file is neither UTF-8 nor UTF-16 text";
var DEFAULT_STREAM_THRESHOLD = 32 * 1024 * 1024;
async function readPlanInput(file, display, streamThreshold = DEFAULT_STREAM_THRESHOLD) {
  let handle;
  try {
    handle = await fs6.open(file, "r");
  } catch (e) {
    return { error: `cannot read plan file: ${readError(e)}` };
  }
  let buffer;
  let bomLength = 0;
  let utf16 = false;
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return { error: `cannot read plan file: ${readError({ code: "EISDIR" })}` };
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    const start = head.subarray(0, bytesRead);
    if (start.equals(ZIP_MAGIC)) return await showBinaryPlan(file, display);
    utf16 = isUtf16(start);
    bomLength = start.length >= 3 && start[0] === 239 && start[1] === 187 && start[2] === 191 ? 3 : 0;
    if (!utf16 && stat.size >= streamThreshold) return { stream: { bomLength } };
    buffer = await handle.readFile();
  } catch (e) {
    if (!utf16 && isTooLarge(e)) return { stream: { bomLength } };
    return { error: `cannot read plan file: ${readError(e)}` };
  } finally {
    await handle.close().catch(() => void 0);
  }
  try {
    return decodePlanText(buffer);
  } catch (e) {
    if (!isTooLarge(e)) throw e;
    if (!utf16) return { stream: { bomLength } };
    return {
      error: "the plan is UTF-16 and too large to read as one string; write it as UTF-8 (terraform show -json tfplan | Out-File -Encoding utf8 plan.json, or from a POSIX shell) and scan that"
    };
  }
}
function isUtf16(start) {
  if (start.length < 2) return false;
  const [a, b] = [start[0], start[1]];
  return a === 255 && b === 254 || a === 254 && b === 255 || a !== 0 && b === 0 || a === 0 && b !== 0;
}
function isTooLarge(e) {
  const code = typeof e === "object" && e !== null && "code" in e ? e.code : void 0;
  return code === "ERR_STRING_TOO_LONG" || code === "ERR_FS_FILE_TOO_LARGE" || e instanceof Error && /Cannot create a string longer than|Array buffer allocation failed/.test(e.message);
}
function decodePlanText(buffer) {
  if (buffer.length >= 2 && buffer[0] === 255 && buffer[1] === 254)
    return { text: buffer.subarray(2).toString("utf16le") };
  if (buffer.length >= 2 && buffer[0] === 254 && buffer[1] === 255)
    return { text: utf16be(buffer.subarray(2)) };
  if (buffer.length >= 3 && buffer[0] === 239 && buffer[1] === 187 && buffer[2] === 191)
    return utf8(buffer.subarray(3));
  if (buffer.length >= 2 && buffer[0] !== 0 && buffer[1] === 0) return { text: buffer.toString("utf16le") };
  if (buffer.length >= 2 && buffer[0] === 0 && buffer[1] !== 0) return { text: utf16be(buffer) };
  return utf8(buffer);
}
function utf8(buffer) {
  if (isAscii2(buffer)) return { text: buffer.toString("latin1") };
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch (e) {
    if (isTooLarge(e)) throw e;
    return { error: NOT_TEXT_ERROR };
  }
  return { text };
}
function utf16be(buffer) {
  const swapped = Buffer.from(buffer.subarray(0, buffer.length - buffer.length % 2));
  swapped.swap16();
  return swapped.toString("utf16le");
}
async function showBinaryPlan(file, display) {
  const instead = `run "terraform show -json ${display} > plan.json" (or "tofu show -json ...") in the Terraform working directory and scan plan.json`;
  for (const tool of ["terraform", "tofu"]) {
    const executable = await findOnPath(tool);
    if (executable === void 0) continue;
    try {
      const { stdout } = await execFileAsync(executable, ["show", "-no-color", "-json", file], {
        cwd: path9.dirname(file),
        maxBuffer: MAX_SHOW_OUTPUT,
        timeout: SHOW_TIMEOUT_MS,
        windowsHide: true,
        encoding: "utf8"
      });
      return { text: stdout };
    } catch (e) {
      const stderr = typeof e === "object" && e !== null && "stderr" in e ? String(e.stderr) : "";
      const reason = firstLines(stderr) || errorText(e);
      return { error: `binary plan file: "${tool} show -json" failed: ${reason}; ${instead}` };
    }
  }
  return { error: `binary plan file, and neither terraform nor tofu is on PATH to read it: ${instead}` };
}
function readError(e) {
  const code = typeof e === "object" && e !== null && "code" in e ? String(e.code) : void 0;
  if (code === "ENOENT") return "ENOENT: no such file";
  if (code === "EISDIR") return "EISDIR: it is a directory";
  if (code === "EACCES") return "EACCES: permission denied";
  return code ?? errorText(e);
}
function firstLines(text) {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/^[│╷╵\s]+/, "").trim()).filter((l) => l !== "");
  return lines.slice(0, 3).join(" ").slice(0, 400);
}
async function findOnPath(tool) {
  const dirs = (process.env.PATH ?? "").split(path9.delimiter).filter((d) => d !== "");
  const names = process.platform === "win32" ? (process.env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";").map((ext) => tool + ext.toLowerCase()) : [tool];
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = path9.join(dir, name);
      try {
        await fs6.access(candidate, fsConstants.X_OK);
        const stat = await fs6.stat(candidate);
        if (stat.isFile()) return candidate;
      } catch {
      }
    }
  }
  return void 0;
}

// src/load/plan/resources.ts
var NO_LINES = Object.freeze({});
var MAX_MODULE_DEPTH2 = 64;
function planEntries(plan) {
  return {
    changes: Array.isArray(plan.resource_changes) ? plan.resource_changes : [],
    prior: mapIndex(stateResources(plan.prior_state?.values?.root_module)),
    planned: mapIndex(stateResources(plan.planned_values?.root_module)),
    drift: plan.resource_drift
  };
}
function mapIndex(map) {
  return { addresses: () => map.keys(), get: (address) => map.get(address) };
}
function buildPlanResources(entries, config, place4) {
  const before = [];
  const after = [];
  const warnings = [];
  const { prior, planned } = entries;
  const seen = /* @__PURE__ */ new Set();
  const unparsed = [];
  const identify = (address) => {
    const parsed2 = parseResourceAddress(address);
    if (!parsed2) unparsed.push(address);
    return parsed2 ? { address, parsed: parsed2 } : void 0;
  };
  const make = (id, values, extra) => {
    const { parsed: parsed2 } = id;
    const resource = {
      address: id.address,
      mode: parsed2.mode,
      type: parsed2.type,
      name: parsed2.name,
      module: moduleText(parsed2.modules),
      values,
      location: place4(id.address),
      attributeLines: NO_LINES,
      origin: "plan"
    };
    if (parsed2.key !== void 0) resource.index = parsed2.key;
    if (extra.action !== void 0) resource.action = extra.action;
    if (extra.before !== void 0) resource.before = extra.before;
    if (extra.sensitive !== void 0 && extra.sensitive.length > 0) resource.sensitive = extra.sensitive;
    return resource;
  };
  for (const item of entries.changes) {
    if (!isJsonObject2(item)) continue;
    const rc = item;
    if (rc.deposed !== void 0 && rc.deposed !== null && rc.deposed !== "") continue;
    const address = stringOr(rc.address);
    if (seen.has(address)) continue;
    const id = identify(address);
    if (!id) continue;
    seen.add(address);
    const change = objectOr(rc.change);
    const { action: planned2, unrecognised } = changeAction(change.actions);
    if (unrecognised !== void 0)
      warnings.push(`${address}: unrecognised plan action ${unrecognised}; read as an update`);
    let old;
    if (isJsonObject2(change.before))
      old = planValues(change.before, { address, sensitive: change.before_sensitive });
    else if (planned2 !== "create") {
      const priorEntry = prior.get(address);
      if (priorEntry)
        old = planValues(priorEntry.values, { address, sensitive: priorEntry.sensitive_values });
    }
    const action = planned2 === "delete" && old?.values.skip_destroy === true ? "forget" : planned2;
    if (old && action !== "create") before.push(make(id, old.values, { action, sensitive: old.sensitive }));
    if (action === "delete") continue;
    if (action === "forget") {
      after.push(
        make(id, old?.values ?? {}, { action, before: old?.values ?? null, sensitive: old?.sensitive ?? [] })
      );
      continue;
    }
    const next = planValues(change.after, {
      address,
      unknown: change.after_unknown,
      sensitive: change.after_sensitive,
      refsAt: (path12) => config.refsAt(id.parsed, path12)
    });
    after.push(
      make(id, next.values, {
        action,
        before: old?.values ?? null,
        sensitive: union(next.sensitive, old?.sensitive)
      })
    );
  }
  for (const address of prior.addresses()) {
    if (seen.has(address)) continue;
    const entry = prior.get(address);
    const id = entry && identify(address);
    if (!entry || !id) continue;
    seen.add(address);
    const now = planValues(entry.values, { address, sensitive: entry.sensitive_values });
    before.push(make(id, now.values, { sensitive: now.sensitive }));
    if (id.parsed.mode === "data" && config.hasConfiguration() && !config.declares(id.parsed)) continue;
    after.push(make(id, now.values, { action: "no-op", before: now.values, sensitive: now.sensitive }));
  }
  for (const address of planned.addresses()) {
    if (seen.has(address)) continue;
    const entry = planned.get(address);
    const id = entry && identify(address);
    if (!entry || !id) continue;
    seen.add(address);
    const next = planValues(entry.values, { address, sensitive: entry.sensitive_values });
    after.push(make(id, next.values, { sensitive: next.sensitive }));
  }
  if (unparsed.length > 0)
    warnings.push(
      `skipped ${unparsed.length} entries with unreadable addresses: ${unparsed.slice(0, 5).join(", ")}`
    );
  warnings.push(...driftWarnings(entries.drift));
  return { before, after, warnings };
}
function changeAction(actions) {
  const list = Array.isArray(actions) ? actions.filter((a) => typeof a === "string") : [];
  switch (list.join(",")) {
    case "no-op":
    case "create":
    case "read":
    case "update":
    case "delete":
    case "forget":
      return { action: list[0] };
    // `create,forget`: a new object replaces the old one, which stays in AWS unmanaged.
    case "delete,create":
    case "create,delete":
    case "create,forget":
      return { action: "replace" };
    default:
      return { action: "update", unrecognised: JSON.stringify(actions) };
  }
}
function stateResources(root) {
  const out = /* @__PURE__ */ new Map();
  const walk = (module, depth) => {
    if (depth > MAX_MODULE_DEPTH2) return;
    for (const r of objectItems(module.resources)) {
      if (typeof r.address !== "string" || r.deposed_key !== void 0 && r.deposed_key !== null) continue;
      if (!out.has(r.address)) out.set(r.address, r);
    }
    for (const child of objectItems(module.child_modules)) walk(child, depth + 1);
  };
  if (isJsonObject2(root)) walk(root, 0);
  return out;
}
function union(a, b) {
  return b === void 0 || b.length === 0 ? [...a] : [.../* @__PURE__ */ new Set([...a, ...b])];
}
function driftWarnings(drift) {
  const out = [];
  for (const rc of objectItems(drift)) {
    const type = stringOr(rc.type);
    if (!ORGANIZATION_TYPES.has(type)) continue;
    const { action } = changeAction(objectOr(rc.change).actions);
    const what = action === "delete" ? "was deleted" : "was changed";
    out.push(`${stringOr(rc.address, type)} ${what} outside Terraform since the last apply (resource_drift)`);
  }
  return out;
}

// src/load/plan/stream-plan.ts
import { isUtf8 } from "node:buffer";
import { promises as fs7, readSync } from "node:fs";

// src/load/plan/stream.ts
var JsonStreamError = class extends Error {
  constructor(offset, line, column, atEnd) {
    super(`${atEnd ? "unexpected end of input" : "unexpected character"} at line ${line}, column ${column}`);
    this.offset = offset;
    this.line = line;
    this.column = column;
    this.atEnd = atEnd;
  }
  offset;
  line;
  column;
  atEnd;
};
var keyDecoder = new TextDecoder("utf-8", { fatal: true });
function isSpace(c) {
  return c === 32 /* Space */ || c === 10 /* LF */ || c === 13 /* CR */ || c === 9 /* Tab */;
}
function isDelimiter(c) {
  return isSpace(c) || c === 44 /* Comma */ || c === 93 /* RBracket */ || c === 125 /* RBrace */;
}
var JsonStreamScanner = class {
  constructor(handler) {
    this.handler = handler;
  }
  handler;
  state = 0 /* Value */;
  frames = [];
  path = [];
  /** Absolute offset of the current chunk's first byte. */
  base = 0;
  // Line counting, lazily and monotonically: newlines before `countedTo` are in `line`.
  line = 1;
  countedTo = 0;
  lastNewline = -1;
  /** Absolute offset of the next newline at or after `countedTo` in this chunk (Infinity: none). */
  nextNewline = -1;
  // The value being handed over whole.
  captureKind = 0 /* Container */;
  captureDepth = 0;
  captureStart = 0;
  captureLine = 1;
  captureColumn = 1;
  captureInString = false;
  pieces = [];
  /** Bytes to skip at the start of the next chunk (the escaped byte after a chunk-final `\`). */
  carry = 0;
  // The key being read (bytes may span chunks).
  keyPieces = [];
  keyStart = 0;
  keyEscaped = false;
  sawAnything = false;
  /** Feeds the next chunk. Throws JsonStreamError where the input stops being JSON. */
  write(chunk) {
    const n = chunk.length;
    let i = 0;
    if (this.carry > 0) {
      i = Math.min(this.carry, n);
      this.carry -= i;
    }
    while (i < n) {
      switch (this.state) {
        case 7 /* Capture */:
          i = this.continueCapture(chunk, i);
          break;
        case 5 /* KeyString */:
          i = this.continueKey(chunk, i);
          break;
        default: {
          const c = chunk[i];
          if (isSpace(c)) {
            i++;
            continue;
          }
          i = this.structural(chunk, i, c);
        }
      }
    }
    if (this.state === 7 /* Capture */) {
      const from = Math.max(0, this.captureStart - this.base);
      this.pieces.push(Buffer.from(chunk.subarray(from)));
    } else if (this.state === 5 /* KeyString */) {
      const from = Math.max(0, this.keyStart - this.base);
      this.keyPieces.push(Buffer.from(chunk.subarray(from)));
    }
    this.countLinesTo(chunk, n);
    this.base += n;
    this.nextNewline = -1;
  }
  /** Whether anything but whitespace was read. */
  get started() {
    return this.sawAnything;
  }
  /** Ends the input. Throws JsonStreamError when the JSON is incomplete. */
  end() {
    if (this.state === 7 /* Capture */ && this.captureKind === 2 /* Scalar */ && this.frames.length === 0) {
      this.finishCapture(Buffer.alloc(0), 0);
    }
    if (this.state !== 8 /* Done */) {
      if (!this.sawAnything) throw new JsonStreamError(this.base, this.line, 1, true);
      throw this.error(void 0, this.base, true);
    }
  }
  structural(chunk, i, c) {
    this.sawAnything = true;
    switch (this.state) {
      case 8 /* Done */:
        throw this.error(chunk, this.base + i, false);
      case 6 /* Colon */:
        if (c !== 58 /* Colon */) throw this.error(chunk, this.base + i, false);
        this.state = 0 /* Value */;
        return i + 1;
      case 3 /* FirstKey */:
      case 4 /* Key */:
        if (c === 125 /* RBrace */ && this.state === 3 /* FirstKey */) return this.close(chunk, i, "object");
        if (c !== 34 /* Quote */) throw this.error(chunk, this.base + i, false);
        this.state = 5 /* KeyString */;
        this.keyStart = this.base + i + 1;
        this.keyEscaped = false;
        return i + 1;
      case 2 /* AfterValue */: {
        const frame = this.frames[this.frames.length - 1];
        if (!frame) throw this.error(chunk, this.base + i, false);
        if (c === 44 /* Comma */) {
          this.path.pop();
          if (frame.kind === "array") {
            frame.index++;
            this.state = 0 /* Value */;
          } else this.state = 4 /* Key */;
          return i + 1;
        }
        if (c === 125 /* RBrace */ && frame.kind === "object") {
          this.path.pop();
          return this.close(chunk, i, "object");
        }
        if (c === 93 /* RBracket */ && frame.kind === "array") {
          this.path.pop();
          return this.close(chunk, i, "array");
        }
        throw this.error(chunk, this.base + i, false);
      }
      case 1 /* FirstValue */:
        if (c === 93 /* RBracket */) return this.close(chunk, i, "array");
        this.path.push(0);
        return this.startValue(chunk, i, c);
      default:
        if (this.frames.length > 0 && this.frames[this.frames.length - 1]?.kind === "array") {
          this.path.push(this.frames[this.frames.length - 1]?.index ?? 0);
        }
        return this.startValue(chunk, i, c);
    }
  }
  /** A value starts at `i` (its path is on the stack): walk into it or hand it over whole. */
  startValue(chunk, i, c) {
    if (c === 123 /* LBrace */ || c === 91 /* LBracket */) {
      const kind = c === 123 /* LBrace */ ? "object" : "array";
      if (this.handler.descend(this.path, kind)) {
        this.frames.push({ kind, index: 0 });
        this.handler.enter?.(this.path, kind, this.base + i);
        this.state = kind === "object" ? 3 /* FirstKey */ : 1 /* FirstValue */;
        return i + 1;
      }
      this.beginCapture(chunk, i, 0 /* Container */);
      this.captureDepth = 1;
      return this.continueCapture(chunk, i + 1);
    }
    if (c === 34 /* Quote */) {
      this.beginCapture(chunk, i, 1 /* String */);
      return this.continueCapture(chunk, i + 1);
    }
    if (c === 44 /* Comma */ || c === 58 /* Colon */ || c === 125 /* RBrace */ || c === 93 /* RBracket */) {
      throw this.error(chunk, this.base + i, false);
    }
    this.beginCapture(chunk, i, 2 /* Scalar */);
    return this.continueCapture(chunk, i + 1);
  }
  beginCapture(chunk, i, kind) {
    this.state = 7 /* Capture */;
    this.captureKind = kind;
    this.captureStart = this.base + i;
    this.captureInString = kind === 1 /* String */;
    this.captureLine = this.lineAt(chunk, i);
    this.captureColumn = this.base + i - this.lastNewline;
    this.pieces.length = 0;
  }
  continueCapture(chunk, i) {
    const n = chunk.length;
    if (this.captureKind === 2 /* Scalar */) {
      while (i < n && !isDelimiter(chunk[i])) i++;
      if (i < n) this.finishCapture(chunk, i);
      return i;
    }
    let depth = this.captureDepth;
    let inString = this.captureInString;
    while (i < n) {
      if (inString) {
        const end = closingQuote(chunk, i);
        if (end < 0) {
          if (trailingBackslashes(chunk, i) % 2 === 1) this.carry = 1;
          i = n;
          break;
        }
        i = end + 1;
        inString = false;
        if (this.captureKind === 1 /* String */) {
          this.captureInString = false;
          this.finishCapture(chunk, i);
          return i;
        }
        continue;
      }
      const c = chunk[i];
      if (c === 34 /* Quote */) inString = true;
      else if (c === 123 /* LBrace */ || c === 91 /* LBracket */) depth++;
      else if (c === 125 /* RBrace */ || c === 93 /* RBracket */) {
        depth--;
        if (depth === 0) {
          this.captureDepth = 0;
          this.captureInString = false;
          this.finishCapture(chunk, i + 1);
          return i + 1;
        }
      }
      i++;
    }
    this.captureDepth = depth;
    this.captureInString = inString;
    return i;
  }
  finishCapture(chunk, end) {
    const from = Math.max(0, this.captureStart - this.base);
    const tail = chunk.subarray(from, end);
    const bytes = this.pieces.length === 0 ? tail : Buffer.concat([...this.pieces, tail]);
    this.pieces.length = 0;
    this.state = this.frames.length === 0 ? 8 /* Done */ : 2 /* AfterValue */;
    this.handler.value(this.path, bytes, {
      offset: this.captureStart,
      line: this.captureLine,
      column: this.captureColumn
    });
  }
  continueKey(chunk, i) {
    const n = chunk.length;
    const end = closingQuote(chunk, i);
    if (end < 0) {
      if (trailingBackslashes(chunk, i) % 2 === 1) this.carry = 1;
      this.keyEscaped ||= chunk.indexOf(92 /* Backslash */, i) >= 0;
      return n;
    }
    const from = Math.max(0, this.keyStart - this.base);
    const tail = chunk.subarray(from, end);
    const bytes = this.keyPieces.length === 0 ? tail : Buffer.concat([...this.keyPieces, tail]);
    this.keyPieces.length = 0;
    this.keyEscaped ||= tail.includes(92 /* Backslash */);
    const keyOffset2 = this.keyStart - 1;
    let key;
    try {
      if (this.keyEscaped) key = JSON.parse(`"${keyDecoder.decode(bytes)}"`);
      else if (bytes.some((byte) => byte < 32)) throw new Error("control character in a key");
      else key = keyDecoder.decode(bytes);
    } catch {
      throw this.error(chunk, keyOffset2 + 1 + errorWithinKey(bytes), false);
    }
    this.path.push(key);
    this.state = 6 /* Colon */;
    return end + 1;
  }
  close(chunk, i, kind) {
    this.frames.pop();
    this.handler.leave?.(this.path, kind);
    this.state = this.frames.length === 0 ? 8 /* Done */ : 2 /* AfterValue */;
    return i + 1;
  }
  /** Line of an offset in the current chunk; offsets asked for only grow. */
  lineAt(chunk, i) {
    this.countLinesTo(chunk, i);
    return this.line;
  }
  countLinesTo(chunk, i) {
    const from = this.countedTo - this.base;
    if (from >= i) return;
    let nl = this.nextNewline;
    if (nl < this.countedTo) {
      nl = chunk.indexOf(10 /* LF */, from);
      nl = nl < 0 ? Infinity : this.base + nl;
    }
    while (nl < this.base + i) {
      this.line++;
      this.lastNewline = nl;
      const next = chunk.indexOf(10 /* LF */, nl - this.base + 1);
      nl = next < 0 ? Infinity : this.base + next;
    }
    this.nextNewline = nl;
    this.countedTo = this.base + i;
  }
  error(chunk, offset, atEnd) {
    if (chunk && offset >= this.base) this.countLinesTo(chunk, offset - this.base);
    const line = this.line;
    const column = offset - this.lastNewline;
    return new JsonStreamError(offset, line, column, atEnd);
  }
};
function errorWithinKey(bytes) {
  try {
    return (jsonErrorOffset(`"${keyDecoder.decode(bytes)}"`) ?? 1) - 1;
  } catch {
    return 0;
  }
}
var SHORT_STRING = 32;
function closingQuote(chunk, from) {
  const near = Math.min(chunk.length, from + SHORT_STRING);
  for (let i = from; i < near; i++) {
    const c = chunk[i];
    if (c === 34 /* Quote */) return i;
    if (c === 92 /* Backslash */) break;
  }
  for (let q = chunk.indexOf(34 /* Quote */, from); q >= 0; q = chunk.indexOf(34 /* Quote */, q + 1)) {
    let backslashes = 0;
    for (let k = q - 1; k >= from && chunk[k] === 92 /* Backslash */; k--) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return -1;
}
function trailingBackslashes(chunk, from) {
  let count = 0;
  for (let k = chunk.length - 1; k >= from && chunk[k] === 92 /* Backslash */; k--) count++;
  return count;
}

// src/load/plan/stream-plan.ts
var DEFAULT_CHUNK = 4 * 1024 * 1024;
var HEAD_BYTES = 64 * 1024;
var KEPT = /* @__PURE__ */ new Set(["format_version", "errored", "complete", "configuration"]);
var decoder = new TextDecoder("utf-8", { fatal: true });
var Stop = class {
  constructor(syntax) {
    this.syntax = syntax;
  }
  syntax;
};
var StateTree = class {
  root;
  open = [];
  reset() {
    this.root = void 0;
    this.open.length = 0;
  }
  enterModule(depth) {
    const node = { resources: [], children: [] };
    if (depth === 0) {
      this.root = node;
      this.open.length = 0;
    } else this.open[this.open.length - 1]?.children.push(node);
    this.open.push(node);
  }
  leaveModule() {
    this.open.pop();
  }
  get current() {
    return this.open[this.open.length - 1];
  }
  /** The index the build reads: first entry of each address, resources before children. */
  index(reread) {
    const slots = /* @__PURE__ */ new Map();
    const walk = (node, depth) => {
      if (depth > MAX_MODULE_DEPTH2) return;
      for (const slot of node.resources) if (!slots.has(slot.address)) slots.set(slot.address, slot);
      for (const child of node.children) walk(child, depth + 1);
    };
    if (this.root) walk(this.root, 0);
    return {
      addresses: () => slots.keys(),
      get: (address) => {
        const slot = slots.get(address);
        if (!slot) return void 0;
        slot.entry ??= reread(slot);
        return slot.entry;
      }
    };
  }
};
var PlanCollector = class {
  constructor(canReread) {
    this.canReread = canReread;
  }
  canReread;
  keys = /* @__PURE__ */ new Set();
  kept = {};
  changes = [];
  drift = void 0;
  planned = new StateTree();
  prior = new StateTree();
  lines = new AddressLineIndex();
  providers;
  /** The top-level value is JSON but not an object. */
  notAnObject = false;
  /** Addresses with a change entry so far: their prior entries are probably not needed. */
  changed = /* @__PURE__ */ new Set();
  descend(path12, kind) {
    if (path12.length === 0) return kind === "object";
    if (path12.length === 1) {
      const key = path12[0];
      if (kind === "array") return key === "resource_changes" || key === "resource_drift";
      return key === "planned_values" || key === "prior_state";
    }
    if (kind === "object") {
      if (path12.length === 2 && path12[0] === "prior_state" && path12[1] === "values") return true;
      const module = this.section(path12);
      return module !== void 0 && module.depth <= MAX_MODULE_DEPTH2;
    }
    const last = path12[path12.length - 1];
    return (last === "resources" || last === "child_modules") && this.section(path12.slice(0, -1)) !== void 0;
  }
  enter(path12, kind, offset) {
    if (path12.length === 1) {
      const key = String(path12[0]);
      this.keys.add(key);
      if (key === "resource_changes") {
        this.changes = [];
        if (this.lines.changesAt < 0) this.lines.changesAt = offset;
      } else if (key === "resource_drift") this.drift = [];
      else if (key === "planned_values") this.planned.reset();
      else if (key === "prior_state") this.prior.reset();
      return;
    }
    if (path12.length === 2 && path12[0] === "prior_state" && path12[1] === "values") {
      this.prior.reset();
      return;
    }
    if (kind === "object") {
      const module2 = this.section(path12);
      if (module2) module2.tree.enterModule(module2.depth);
      return;
    }
    const module = this.section(path12.slice(0, -1));
    const node = module?.tree.current;
    if (!node) return;
    if (path12[path12.length - 1] === "resources") node.resources = [];
    else node.children = [];
  }
  leave(path12, kind) {
    if (kind !== "object" || path12.length < 2) return;
    this.section(path12)?.tree.leaveModule();
  }
  value(path12, bytes, at2) {
    if (this.canReread && this.skipEntry(path12, bytes, at2)) return;
    let text;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new Stop();
    }
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      throw new Stop(syntaxPosition(text, at2));
    }
    if (path12.length === 0) {
      this.notAnObject = true;
      return;
    }
    this.index(path12, text, value, at2);
    if (path12.length === 1) {
      const key = String(path12[0]);
      this.keys.add(key);
      if (key === "resource_changes") {
        this.changes = [];
        if (this.lines.changesAt < 0) this.lines.changesAt = at2.offset;
      } else if (key === "resource_drift") this.drift = value;
      else if (key === "planned_values") this.planned.reset();
      else if (key === "prior_state") this.prior.reset();
      else if (KEPT.has(key)) this.kept[key] = value;
      return;
    }
    const last = path12[path12.length - 1];
    if (path12.length === 2 && path12[0] === "resource_changes") {
      shareUnchanged(value);
      this.changes.push(value);
      if (isJsonObject2(value) && typeof value.address === "string" && !isDeposed(value.deposed))
        this.changed.add(value.address);
      return;
    }
    if (path12.length === 2 && path12[0] === "resource_drift") {
      this.drift.push(value);
      return;
    }
    if (path12.length === 2 && path12[0] === "prior_state" && path12[1] === "values") {
      this.prior.reset();
      return;
    }
    const parent = path12.slice(0, -1);
    if (typeof last === "number" && parent[parent.length - 1] === "resources") {
      const module2 = this.section(parent.slice(0, -1));
      if (module2) this.entry(module2, value, at2.offset, bytes.length);
      return;
    }
    const module = this.section(path12);
    if (module && module.depth === 0) {
      module.tree.root = void 0;
      return;
    }
    const owner = this.section(parent);
    const node = owner?.tree.current;
    if (node && last === "resources") node.resources = [];
    else if (node && last === "child_modules") node.children = [];
  }
  /**
   * A state entry the build will most likely not read (every planned entry; a prior entry of
   * an address with a change) is kept as a range without being parsed: its address is read
   * from the bytes, which must be valid UTF-8 and start with it, as Terraform writes them.
   * Parsing the half of a plan that is state costs as much as the rest of the scan. Anything
   * unusual is parsed instead.
   */
  skipEntry(path12, bytes, at2) {
    const last = path12[path12.length - 1];
    if (typeof last !== "number" || path12[path12.length - 2] !== "resources") return false;
    const module = this.section(path12.slice(0, -2));
    const node = module?.tree.current;
    if (!module || !node) return false;
    const peeked = peekAddress(bytes);
    if (!peeked) return false;
    if (module.tree !== this.planned && !this.changed.has(peeked.address)) return false;
    if (bytes.includes(DEPOSED_KEY) || !isUtf8(bytes)) return false;
    const line = at2.line + countNewlineBytes(bytes, peeked.keyAt);
    this.lines.record(peeked.address, at2.offset + peeked.keyAt, line);
    node.resources.push({ address: peeked.address, offset: at2.offset, length: bytes.length });
    return true;
  }
  /** A state entry: kept parsed when it will likely be needed, else as a range to read again. */
  entry(module, value, offset, length) {
    const node = module.tree.current;
    if (!node || !isJsonObject2(value) || typeof value.address !== "string") return;
    if (value.deposed_key !== void 0 && value.deposed_key !== null) return;
    const address = value.address;
    const likelyUnused = module.tree === this.planned || this.changed.has(address);
    node.resources.push(
      this.canReread && likelyUnused ? { address, offset, length } : { address, entry: value, offset, length }
    );
  }
  /** Lines of addresses (as the whole-text index finds them) and where provider_config is. */
  index(path12, text, value, at2) {
    if (path12[path12.length - 1] === "address" && typeof value === "string") {
      this.lines.record(value, at2.offset, at2.line);
    } else if (isJsonObject2(value) && typeof value.address === "string" && isOnlyAddress(text)) {
      const keyAt = text.indexOf(ADDRESS_TEXT);
      this.lines.record(value.address, at2.offset + keyAt, at2.line + countNewlines(text, keyAt));
    } else this.lines.add(text, at2.offset, at2.line);
    if (!this.providers && path12.length === 1) {
      const found = keyOffset(text, "provider_config");
      if (found >= 0) this.providers = { text, at: found, line: at2.line };
    }
  }
  /** The module tree and depth of an object path, or undefined when it is not a module. */
  section(path12) {
    let tree;
    let i;
    if (path12[0] === "planned_values" && path12[1] === "root_module") {
      tree = this.planned;
      i = 2;
    } else if (path12[0] === "prior_state" && path12[1] === "values" && path12[2] === "root_module") {
      tree = this.prior;
      i = 3;
    } else return void 0;
    let depth = 0;
    for (; i < path12.length; i += 2) {
      if (path12[i] !== "child_modules" || typeof path12[i + 1] !== "number") return void 0;
      depth++;
    }
    return i === path12.length ? { tree, depth } : void 0;
  }
};
function shareUnchanged(value) {
  if (!isJsonObject2(value) || !isJsonObject2(value.change)) return;
  const change = value.change;
  const actions = change.actions;
  if (!Array.isArray(actions) || actions.length !== 1 || actions[0] !== "no-op") return;
  if (!isJsonObject2(change.before) || change.before === change.after) return;
  if (containsTrue(change.after_unknown)) return;
  if (!jsonEqual(change.before_sensitive, change.after_sensitive)) return;
  if (jsonEqual(change.before, change.after)) change.after = change.before;
}
function containsTrue(mask2) {
  if (mask2 === true) return true;
  if (typeof mask2 !== "object" || mask2 === null) return false;
  for (const item of Object.values(mask2)) if (containsTrue(item)) return true;
  return false;
}
function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!jsonEqual(a[key], b[key])) return false;
  }
  return true;
}
var DEPOSED_KEY = Buffer.from('"deposed_key"');
var ADDRESS_KEY2 = Buffer.from('"address"');
function peekAddress(bytes) {
  let i = skipSpaceBytes(bytes, 0);
  if (bytes[i] !== 123) return void 0;
  i = skipSpaceBytes(bytes, i + 1);
  const keyAt = i;
  if (i + ADDRESS_KEY2.length > bytes.length) return void 0;
  for (let k = 0; k < ADDRESS_KEY2.length; k++) if (bytes[i + k] !== ADDRESS_KEY2[k]) return void 0;
  i = skipSpaceBytes(bytes, i + ADDRESS_KEY2.length);
  if (bytes[i] !== 58) return void 0;
  i = skipSpaceBytes(bytes, i + 1);
  if (bytes[i] !== 34) return void 0;
  const start = i + 1;
  let escaped = false;
  for (let j = start; j < bytes.length; j++) {
    const c = bytes[j];
    if (c < 32) return void 0;
    if (c === 92) {
      escaped = true;
      j++;
    } else if (c === 34) {
      const raw = bytes.toString("utf8", start, j);
      if (!escaped) return { address: raw, keyAt };
      try {
        return { address: JSON.parse(`"${raw}"`), keyAt };
      } catch {
        return void 0;
      }
    }
  }
  return void 0;
}
function skipSpaceBytes(bytes, i) {
  for (; ; ) {
    const c = bytes[i];
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}
function countNewlineBytes(bytes, end) {
  let count = 0;
  for (let i = bytes.indexOf(10); i >= 0 && i < end; i = bytes.indexOf(10, i + 1)) count++;
  return count;
}
var ADDRESS_TEXT = '"address"';
function isOnlyAddress(text) {
  const first = text.indexOf(ADDRESS_TEXT);
  if (first < 0 || text.indexOf(ADDRESS_TEXT, first + 1) >= 0) return false;
  for (let i = 0; i < first; i++) {
    const c = text.charCodeAt(i);
    if (c !== 123 && c !== 32 && c !== 10 && c !== 13 && c !== 9) return false;
  }
  return true;
}
function isDeposed(value) {
  return value !== void 0 && value !== null && value !== "";
}
function syntaxPosition(text, at2) {
  const relative = jsonErrorOffset(text);
  if (relative === void 0) return "unplaced";
  const lineStart = text.lastIndexOf("\n", relative - 1);
  return {
    atEnd: false,
    line: at2.line + countNewlines(text, relative),
    column: lineStart < 0 ? at2.column + relative : relative - lineStart
  };
}
function countNewlines(text, end) {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
async function streamPlan(file, bomLength, options = {}) {
  let handle;
  try {
    handle = await fs7.open(file, "r");
  } catch (e) {
    return readFailure(e);
  }
  const close = () => handle.close().catch(() => void 0);
  const collector = new PlanCollector(true);
  const scanner = new JsonStreamScanner(collector);
  const chunk = Buffer.allocUnsafe(Math.max(1, options.chunkBytes ?? DEFAULT_CHUNK));
  const head = [];
  let headBytes = 0;
  let position = bomLength;
  try {
    for (; ; ) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      const piece = chunk.subarray(0, bytesRead);
      if (headBytes < HEAD_BYTES) {
        head.push(Buffer.from(piece.subarray(0, HEAD_BYTES - headBytes)));
        headBytes += Math.min(bytesRead, HEAD_BYTES - headBytes);
      }
      scanner.write(piece);
    }
    scanner.end();
  } catch (e) {
    await close();
    if (!(e instanceof Stop) && !(e instanceof JsonStreamError)) return readFailure(e);
    if (e instanceof Stop && e.syntax === void 0 || !await isUtf8File(file, bomLength))
      return { error: NOT_TEXT_ERROR };
    if (!scanner.started) return { error: EMPTY_PLAN_ERROR };
    const text = new TextDecoder("utf-8").decode(Buffer.concat(head));
    const where = e instanceof Stop ? e.syntax : e;
    return notJsonError(
      where === "unplaced" || where === void 0 ? void 0 : { atEnd: where.atEnd, line: where.line, column: where.column },
      text,
      false
    );
  }
  if (collector.notAnObject) {
    await close();
    return notAnObject();
  }
  const shape = planShapeError((key) => collector.keys.has(key));
  if (shape !== void 0) {
    await close();
    return { error: shape };
  }
  const reread = (slot) => {
    const bytes = Buffer.allocUnsafe(slot.length);
    readSync(handle.fd, bytes, 0, slot.length, bomLength + slot.offset);
    const value = JSON.parse(decoder.decode(bytes));
    return isJsonObject2(value) ? value : void 0;
  };
  const plan = { ...collector.kept, resource_drift: collector.drift };
  const providers2 = collector.providers;
  return {
    plan: {
      plan,
      entries: {
        changes: collector.changes,
        prior: collector.prior.index(reread),
        planned: collector.planned.index(reread),
        drift: collector.drift
      },
      lines: {
        resource: (address) => collector.lines.resource(address),
        provider: (key) => providerLine(providers2, key)
      }
    },
    close
  };
}
function readFailure(e) {
  const code = e?.code;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return { error: `cannot read plan file: ${code}` };
  const message = e instanceof Error ? e.message : String(e);
  return { error: `internal error while streaming the plan (${message}); please report it` };
}
async function isUtf8File(file, bomLength) {
  const check2 = new TextDecoder("utf-8", { fatal: true });
  let handle;
  try {
    handle = await fs7.open(file, "r");
    const chunk = Buffer.allocUnsafe(DEFAULT_CHUNK);
    let position = bomLength;
    for (; ; ) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      check2.decode(chunk.subarray(0, bytesRead), { stream: true });
    }
    check2.decode();
    return true;
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

// src/load/plan/load.ts
var KNOWN_MAJORS = /* @__PURE__ */ new Set([0, 1]);
async function loadPlan(file, cwd, options = {}) {
  const absolute = path10.resolve(cwd, file);
  const display = displayPath(absolute, cwd);
  const input = await readPlanInput(absolute, display, options.streamThreshold ?? thresholdFromEnv());
  if ("error" in input) return failed(display, { file: display, message: input.error });
  if ("text" in input) return loadPlanText(input.text, display);
  const streamed = await streamPlan(absolute, input.stream.bomLength, {
    ...options.chunkBytes !== void 0 ? { chunkBytes: options.chunkBytes } : {}
  });
  if ("error" in streamed) return failedParse(display, streamed);
  try {
    const { plan, entries, lines } = streamed.plan;
    return fromPlan(plan, entries, lines, display);
  } finally {
    await streamed.close();
  }
}
function thresholdFromEnv() {
  const raw = process.env.ROOTGUARD_PLAN_STREAM_BYTES;
  const value = raw === void 0 || raw.trim() === "" ? NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_STREAM_THRESHOLD;
}
function loadPlanText(text, display) {
  const parsed2 = parsePlanJson(text);
  if ("error" in parsed2) return failedParse(display, parsed2);
  return fromPlan(parsed2.plan, planEntries(parsed2.plan), indexPlanLines(text), display);
}
function fromPlan(plan, entries, lines, display) {
  const warnings = planWarnings(plan).map((w) => `${display}: ${w}`);
  const config = new PlanConfiguration(plan.configuration?.root_module);
  const built = buildPlanResources(entries, config, (address) => ({
    file: display,
    line: lines.resource(address)
  }));
  warnings.push(...built.warnings.map((w) => `${display}: ${w}`));
  return {
    display,
    before: built.before,
    after: built.after,
    providers: providers(plan, config, display, lines),
    warnings,
    errors: []
  };
}
function failedParse(display, parsed2) {
  return failed(display, {
    file: display,
    ...parsed2.line !== void 0 ? { line: parsed2.line } : {},
    message: parsed2.error
  });
}
function failed(display, error) {
  return { display, before: [], after: [], providers: [], warnings: [], errors: [error] };
}
function planWarnings(plan) {
  const warnings = [];
  const version = plan.format_version;
  const major = typeof version === "string" ? /^(\d+)\.\d+/.exec(version)?.[1] : void 0;
  if (typeof version !== "string") {
    warnings.push("the plan has no format_version; reading it as format 1.x");
  } else if (major === void 0 || !KNOWN_MAJORS.has(Number(major))) {
    warnings.push(
      `plan format_version ${JSON.stringify(version)} is not one RootGuard knows (0.x, 1.x); reading what it can, checks may miss changes`
    );
  }
  if (plan.errored === true) {
    warnings.push(
      "Terraform reported errors while planning (errored: true): the plan is incomplete, so resources it could not plan are missing and their checks are skipped"
    );
  } else if (plan.complete === false) {
    warnings.push(
      "the plan is not complete (complete: false): some changes are deferred to a later plan and are not checked"
    );
  }
  return warnings;
}
function providers(plan, config, display, lines) {
  const out = [];
  for (const [key, entry] of objectEntries(plan.configuration?.provider_config)) {
    const type = providerType(stringOr(entry.full_name, key.split(":").pop() ?? key));
    const name = stringOr(entry.name) || type;
    const alias = typeof entry.alias === "string" && entry.alias !== "" ? entry.alias : void 0;
    const module = normaliseModulePath(stringOr(entry.module_address));
    const label4 = `provider "${name}"${alias !== void 0 ? ` (alias "${alias}")` : ""}`;
    out.push({
      name,
      ...type !== "" && type !== name ? { type } : {},
      ...alias !== void 0 ? { alias } : {},
      module,
      values: config.providerValues(entry.expressions, module, label4),
      location: { file: display, line: lines.provider(key) },
      attributeLines: {},
      origin: "plan"
    });
  }
  return out;
}

// src/load/plan/locations.ts
function mapPlanLocations(resources, hclResources) {
  if (hclResources.length === 0) return [...resources];
  const hcl = new Map(hclResources.map((r) => [r.address, r]));
  return resources.map((r) => {
    const declaring = declaringCandidates(r.address).map((a) => hcl.get(a)).find((h) => h !== void 0);
    return declaring ? { ...r, ...placeOf2(declaring) } : r;
  });
}
function mapPlanProviderLocations(providers2, hclProviders) {
  const key = (p) => `${p.module}|${p.name}|${p.alias ?? ""}`;
  const hcl = new Map(hclProviders.map((p) => [key(p), p]));
  return providers2.map((p) => {
    const declaring = hcl.get(key(p));
    return declaring ? { ...p, ...placeOf2(declaring) } : p;
  });
}
function placeOf2(declaring) {
  const { location, attributeLines, attributeFiles } = declaring;
  return attributeFiles === void 0 ? { location, attributeLines } : { location, attributeLines, attributeFiles };
}
function declaringCandidates(address) {
  const fast = canonicalCandidates(address);
  if (fast) return fast;
  const parsed2 = parseResourceAddress(address);
  if (!parsed2) return [address];
  const withoutKey = (a) => ({
    modules: a.modules,
    mode: a.mode,
    type: a.type,
    name: a.name
  });
  const bareModules = { ...parsed2, modules: parsed2.modules.map((m) => ({ name: m.name })) };
  const candidates2 = [
    address,
    formatResourceAddress(bareModules),
    formatResourceAddress(withoutKey(parsed2)),
    formatResourceAddress(withoutKey(bareModules))
  ];
  return [...new Set(candidates2)];
}
function canonicalCandidates(address) {
  const names = [];
  const keys = [];
  let i = 0;
  const n = address.length;
  while (i < n) {
    let j = i;
    for (; j < n; j++) {
      const c = address.charCodeAt(j);
      if (c === 46 || c === 91) break;
      if (c === 34 || c === 93) return void 0;
    }
    if (j === i) return void 0;
    names.push(address.slice(i, j));
    if (j < n && address.charCodeAt(j) === 91) {
      const close = canonicalKeyEnd(address, j + 1);
      if (close < 0) return void 0;
      keys.push(address.slice(j, close + 1));
      j = close + 1;
    } else keys.push(void 0);
    if (j === n) break;
    if (address.charCodeAt(j) !== 46 || j + 1 === n) return void 0;
    i = j + 1;
  }
  let k = 0;
  let keyed = "";
  let bare = "";
  while (names[k] === "module" && k + 1 < names.length) {
    if (keys[k] !== void 0) return void 0;
    keyed += `module.${names[k + 1]}${keys[k + 1] ?? ""}.`;
    bare += `module.${names[k + 1]}.`;
    k += 2;
  }
  let local = "";
  if (names[k] === "data" && k + 2 < names.length) {
    if (keys[k] !== void 0) return void 0;
    local = "data.";
    k++;
  }
  if (k + 2 !== names.length || keys[k] !== void 0) return void 0;
  local += `${names[k]}.${names[k + 1]}`;
  const key = keys[k + 1] ?? "";
  return [.../* @__PURE__ */ new Set([address, `${bare}${local}${key}`, `${keyed}${local}`, `${bare}${local}`])];
}
function canonicalKeyEnd(text, from) {
  const first = text.charCodeAt(from);
  if (first >= 48 && first <= 57) {
    let j = from + 1;
    while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (first === 48 && j > from + 1 || j - from > 15) return -1;
    return text.charCodeAt(j) === 93 ? j : -1;
  }
  if (first !== 34) return -1;
  const quote = text.indexOf('"', from + 1);
  if (quote < 0 || !isPlainString(text, from + 1, quote)) return -1;
  return text.charCodeAt(quote + 1) === 93 ? quote + 1 : -1;
}

// src/suppress.ts
var INLINE = /^\s*(?:#|\/\/)\s*rootguard:ignore\b(.*)$/;
var TRAILING = /\s(?:#|\/\/)\s*rootguard:ignore\b(.*)$/;
var INLINE_BODY = /^\s+((?:RG\d{3})(?:\s*,\s*RG\d{3})*)(?:\s+until\s+(\S+))?\s*(?:--\s*(.*))?$/;
function applySuppressions(findings, input) {
  const warnings = [];
  const inline = /* @__PURE__ */ new Map();
  for (const [file, text] of input.sources) {
    if (!text.includes("rootguard:ignore")) continue;
    const lines = text.split("\n");
    const found = parseInlineSuppressions(file, lines);
    if (found.size > 0) {
      const starts = [...input.blockLines.get(file) ?? []].sort((a, b) => a - b);
      inline.set(file, { comments: found, lines, blockStarts: starts });
    }
    for (const s of found.values()) {
      if (s.rules.length === 0) {
        warnings.push({
          file,
          line: s.line,
          message: 'rootguard:ignore must name rule ids (e.g. RG006) and a reason after "--"; it suppresses nothing'
        });
      } else if (!s.reason) {
        warnings.push({
          file,
          line: s.line,
          message: `rootguard:ignore ${s.rules.join(",")} has no reason (write "-- why"); it suppresses nothing`
        });
      } else if (s.until !== void 0 && !isValidDate(s.until)) {
        warnings.push({
          file,
          line: s.line,
          message: `rootguard:ignore until "${s.until}" is not a date YYYY-MM-DD; it suppresses nothing`
        });
      } else if (s.until !== void 0 && s.until < input.today) {
        warnings.push({
          file,
          line: s.line,
          message: `rootguard:ignore ${s.rules.join(",")} expired on ${s.until}; it no longer suppresses`
        });
      }
    }
  }
  const expiredConfig = /* @__PURE__ */ new Set();
  for (const entry of input.config.ignore) {
    if (entry.expires !== void 0 && entry.expires < input.today) {
      expiredConfig.add(entry);
      warnings.push({
        file: input.config.file ?? ".rootguard.yml",
        ...entry.line !== void 0 ? { line: entry.line } : {},
        message: `ignore ${entry.rule} expired on ${entry.expires}; it no longer suppresses`
      });
    }
  }
  const out = findings.map((finding2) => {
    const byComment = inlineFor(finding2, inline, input);
    if (byComment)
      return {
        ...finding2,
        suppressed: true,
        justification: `${byComment.file}:${byComment.line}: ${byComment.reason}`
      };
    const entry = input.config.ignore.find((e) => !expiredConfig.has(e) && entryMatches(e, finding2));
    if (entry) {
      const until = entry.expires !== void 0 ? ` (until ${entry.expires})` : "";
      return {
        ...finding2,
        suppressed: true,
        justification: `${input.config.file ?? "config"}: ${entry.reason}${until}`
      };
    }
    return finding2;
  });
  return { findings: out, warnings };
}
function isValidDate(text) {
  const d = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}
function usable(s, today) {
  return s.rules.length > 0 && !!s.reason && (s.until === void 0 || isValidDate(s.until) && s.until >= today);
}
function lastAtOrBefore(starts, line) {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (starts[mid] <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? starts[lo - 1] : void 0;
}
function inlineFor(finding2, inline, input) {
  const file = finding2.location?.file;
  if (file === void 0) return void 0;
  const known = inline.get(file);
  if (!known) return void 0;
  const { comments, lines } = known;
  const line = finding2.location?.line ?? 0;
  const enclosing = lastAtOrBefore(known.blockStarts, line);
  const targets2 = enclosing !== void 0 && enclosing !== line ? [line, enclosing] : [line];
  for (const target of targets2) {
    if (target === void 0) continue;
    for (let line2 = target; line2 >= 1; line2--) {
      if (line2 < target && !/^\s*(#|\/\/)/.test(lines[line2 - 1] ?? "")) break;
      const s = comments.get(line2);
      if (s && s.rules.includes(finding2.ruleId) && usable(s, input.today)) return s;
    }
  }
  return void 0;
}
function parseInlineSuppressions(file, lines) {
  const found = /* @__PURE__ */ new Map();
  lines.forEach((lineText, i) => {
    const m = INLINE.exec(lineText) ?? trailingComment(lineText);
    if (!m) return;
    const body = INLINE_BODY.exec(m[1] ?? "");
    const line = i + 1;
    if (!body) {
      found.set(line, { file, line, rules: [] });
      return;
    }
    const rules2 = (body[1] ?? "").split(",").map((r) => r.trim());
    const reason = body[3]?.trim();
    found.set(line, {
      file,
      line,
      rules: rules2,
      ...reason ? { reason } : {},
      ...body[2] !== void 0 ? { until: body[2] } : {}
    });
  });
  return found;
}
function trailingComment(lineText) {
  const m = TRAILING.exec(lineText);
  if (!m) return null;
  let quotes = 0;
  for (let i = 0; i < m.index; i++) {
    if (lineText[i] === "\\") i++;
    else if (lineText[i] === '"') quotes++;
  }
  return quotes % 2 === 0 ? m : null;
}
function entryMatches(entry, finding2) {
  if (entry.rule !== finding2.ruleId) return false;
  if (entry.resource !== void 0 && !(finding2.resource !== void 0 && globMatches(entry.resource, finding2.resource)))
    return false;
  if (entry.path !== void 0 && !(finding2.location !== void 0 && globMatches(entry.path, finding2.location.file)))
    return false;
  return true;
}

// src/scan.ts
async function scan(options) {
  const cwd = path11.resolve(options.cwd ?? process.cwd());
  const baseRules = options.rules ?? rules;
  const errors = [];
  const configOutcome = options.config === false ? { ok: true, config: EMPTY_CONFIG } : await loadConfig(
    options.config,
    cwd,
    rules.map((r) => r.id)
  );
  const config = configOutcome.ok ? configOutcome.config : EMPTY_CONFIG;
  if (!configOutcome.ok) errors.push(...configOutcome.errors);
  const failOn = options.failOn ?? config.failOn ?? "high";
  const scope = options.scope ?? config.scope ?? "auto";
  const excluded = (rel) => config.exclude.some((pattern) => globMatches(pattern, rel));
  const onlyOthers = (options.plans ?? []).length > 0 || options.live !== void 0;
  const paths = options.paths.length === 0 && !onlyOthers ? ["."] : options.paths;
  const terraform = await loadTerraform(paths, {
    cwd,
    exclude: excluded,
    variables: options.variables ?? {},
    ...options.parser !== void 0 ? { parser: options.parser } : {},
    ...options.jobs !== void 0 ? { jobs: options.jobs } : {}
  });
  errors.push(...terraform.errors);
  errors.push(...await checkVarFiles(options.variables ?? {}, cwd));
  if (terraform.files === 0 && !onlyOthers && terraform.errors.length === 0) {
    errors.push({
      file: paths.join(", "),
      message: "no Terraform files (.tf, .tf.json, .tofu, .tofu.json) found here; give the directories that hold them"
    });
  }
  const plans = await loadPlans(options.plans ?? [], cwd);
  errors.push(...plans.errors);
  const sources = mergeSources(terraform, plans);
  const live = options.live ? await loadLive(options.live) : void 0;
  if (live) errors.push(...live.errors);
  const { org, orgBefore } = organizations(sources, terraform, plans, live);
  const ran = runRules(
    configureRules(baseRules, config),
    {
      resources: sources.after,
      providers: sources.providers,
      org,
      ...orgBefore ? { orgBefore } : {},
      ...live ? { live: { ...live.account, ...live.members ? { members: live.members } : {} } } : {}
    },
    { scope, live: live !== void 0 }
  );
  for (const crash of ran.crashes) {
    errors.push({ file: "(rule)", message: `${crash.ruleId} failed: ${crash.message}` });
  }
  const unverified2 = [...ran.unverified];
  for (const spot of terraform.blindSpots) {
    unverified2.push({
      ruleId: "*",
      reason: spot.reason,
      ...spot.resource ? { resource: spot.resource } : {}
    });
  }
  for (const warning of plans.warnings) unverified2.push({ ruleId: "*", reason: warning });
  if (live) unverified2.push(...live.unverified);
  const suppression = applySuppressions(ran.findings, {
    config,
    sources: terraform.sources,
    blockLines: terraform.blockLines,
    today: (options.now ?? /* @__PURE__ */ new Date()).toISOString().slice(0, 10)
  });
  let findings = suppression.findings;
  if (options.baseline !== void 0) {
    const file = path11.resolve(cwd, options.baseline);
    const display = path11.relative(cwd, file).split(path11.sep).join("/");
    const read = await readBaseline(file, display);
    if ("error" in read) errors.push(read.error);
    else findings = applyBaseline(findings, read.baseline, display);
  }
  return {
    version: 1,
    findings,
    unverified: unverified2,
    errors: dedupeErrors(errors).sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0)),
    warnings: suppression.warnings,
    summary: countBySeverity(findings),
    suppressed: findings.filter((f) => f.suppressed).length,
    failOn,
    stats: {
      files: terraform.files + plans.count,
      resources: sources.after.length,
      ...live ? { live: { calls: live.calls, retries: live.retries } } : {}
    }
  };
}
async function loadLive(options) {
  const { loadLiveOrganization, applyPlanToOrg } = await import("./live-A3EXXLRJ.js");
  const load2 = await loadLiveOrganization({
    ...options.region ? { region: options.region } : {},
    ...options.auditMemberRootCredentials ? { auditMemberRootCredentials: true } : {}
  });
  return { ...load2, applyPlanToOrg };
}
function unplannedBlindSpots(spots, plans) {
  if (plans.count === 0 || !spots.some((s) => s.module !== void 0)) return [...spots];
  const planned = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  for (const list of [plans.before, plans.after]) {
    for (const r of list) {
      if (r.module === "" || seen.has(r.module)) continue;
      seen.add(r.module);
      const modules = parseResourceAddress(r.address)?.modules ?? [];
      modules.forEach((step, i) => planned.add(moduleText([...modules.slice(0, i), { name: step.name }])));
    }
  }
  return spots.filter((s) => s.module === void 0 || !planned.has(s.module));
}
function organizations(sources, terraform, plans, live) {
  if (!live) {
    const blindSpots = unplannedBlindSpots(terraform.blindSpots, plans);
    const org = buildOrgModel(sources.after, blindSpots);
    return sources.before ? { org, orgBefore: buildOrgModel(sources.before, blindSpots) } : { org };
  }
  if (plans.count === 0) return { org: live.org };
  return { org: live.applyPlanToOrg(live.org, plans.after, plans.before), orgBefore: live.org };
}
async function loadPlans(files, cwd) {
  const out = { before: [], after: [], providers: [], warnings: [], errors: [], count: 0 };
  for (const file of files) {
    const plan = await loadPlan(file, cwd);
    out.errors.push(...plan.errors);
    out.warnings.push(...plan.warnings);
    if (plan.errors.length > 0 && plan.after.length === 0 && plan.before.length === 0) continue;
    out.before.push(...plan.before);
    out.after.push(...plan.after);
    out.providers.push(...plan.providers);
    out.count += 1;
  }
  return out;
}
function mergeSources(terraform, plans) {
  if (plans.count === 0) return { after: terraform.resources, providers: terraform.providers };
  if (terraform.resources.length === 0 && terraform.providers.length === 0) {
    return { after: plans.after, before: plans.before, providers: plans.providers };
  }
  const planned = new Set([...plans.before, ...plans.after].flatMap((r) => declaringCandidates(r.address)));
  const hclOnly = terraform.resources.filter((r) => !planned.has(r.address));
  const providerKey = (p) => `${p.module}|${p.name}|${p.alias ?? ""}`;
  const hclProviders = new Set(terraform.providers.map(providerKey));
  return {
    after: [...hclOnly, ...mapPlanLocations(plans.after, terraform.resources)],
    before: [...hclOnly, ...mapPlanLocations(plans.before, terraform.resources)],
    providers: [
      ...terraform.providers,
      ...mapPlanProviderLocations(plans.providers, terraform.providers).filter(
        (p) => !hclProviders.has(providerKey(p))
      )
    ]
  };
}
function dedupeErrors(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const key = `${e.file}\0${e.line ?? ""}\0${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function configureRules(rules2, config) {
  return rules2.filter((rule13) => !config.disabledRules.has(rule13.id)).map((rule13) => {
    const severity = config.severityOverrides.get(rule13.id);
    return severity === void 0 ? rule13 : { ...rule13, severity };
  });
}
function failed2(result, failOn = result.failOn) {
  return result.findings.some((f) => !f.suppressed && atOrAbove(f.severity, failOn));
}

// src/version.ts
var VERSION = "0.1.0";

export {
  renderJson,
  ansiStyle,
  renderText,
  rules,
  createBaseline,
  scan,
  failed2 as failed,
  VERSION
};
