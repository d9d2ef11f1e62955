import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  EvalError,
  Lexer,
  SyntaxFailure,
  Unsupported,
  fromWire,
  lineColumn,
  parseNative,
  tokenName
} from "./chunk-FQQS4DIY.js";
import {
  ORGANIZATION_TYPES,
  PROBE_ACCOUNT,
  ROOT_KEY,
  Unknown,
  actionMatches,
  ancestors,
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
  isObject,
  knownStrings,
  parseArn,
  parsePolicy,
  probe,
  referenceText,
  rootDenyPicture,
  scps
} from "./chunk-VBMFJPKB.js";
import {
  __export
} from "./chunk-7FI7UYSE.js";

// src/runtime-dirname.ts
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var globals = globalThis;
globals.__dirname ??= join(dirname(fileURLToPath(import.meta.url)), "hcl2json");

// src/model/finding.ts
var SEVERITIES = ["critical", "high", "medium", "low"];
function severityRank(severity2) {
  return severity2 === "none" ? 99 : SEVERITIES.length - SEVERITIES.indexOf(severity2);
}
function atOrAbove(severity2, threshold) {
  return threshold !== "none" && severityRank(severity2) >= severityRank(threshold);
}
function countBySeverity(findings) {
  const counts = { critical: 0, high: 0, medium: 0, low: 0 };
  for (const f of findings) if (!f.suppressed) counts[f.severity] += 1;
  return counts;
}

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
  const wrap = (open2, close) => (s) => `\x1B[${open2}m${s}\x1B[${close}m`;
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
function resolveValue(value, index2) {
  if (!(value instanceof Unknown) || value.refs.length !== 1) return value;
  const ref = value.refs[0];
  if (!ref) return value;
  let path10 = [...ref.path];
  let resource = index2.get(ref.address);
  const first = path10[0];
  if (first !== void 0 && (typeof first === "number" || !resource)) {
    const instance = index2.get(`${ref.address}[${JSON.stringify(first)}]`);
    if (instance) {
      resource = instance;
      path10 = path10.slice(1);
    }
  }
  if (!resource || path10.length === 0) return value;
  let current = resource.values;
  for (const segment of path10) {
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
function providerLabel(p) {
  const alias = p.alias !== void 0 ? ` (alias "${p.alias}")` : "";
  const where = p.module !== "" ? ` in ${p.module}` : "";
  return `provider "aws"${alias}${where}`;
}
var KEY_ID_IN_TEXT = /(^|[^A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/;
function looksLikeSecret(text) {
  return /^[A-Za-z0-9/+]{40}$/.test(text) && /[A-Z]/.test(text) && /[a-z]/.test(text) && /[0-9]/.test(text);
}
function credentialShaped(p) {
  const out = [];
  const visit = (value, path10, topLevel) => {
    if (typeof value === "string") {
      if (KEY_ID_IN_TEXT.test(value)) out.push({ path: path10, kind: "an access key id" });
      else if (topLevel && looksLikeSecret(value)) out.push({ path: path10, kind: "a secret access key" });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path10}[${i}]`, topLevel));
    } else if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) visit(item, `${path10}.${key}`, false);
    }
  };
  for (const [argument, value] of Object.entries(p.values)) {
    if (CREDENTIAL_ARGUMENTS.includes(argument)) continue;
    visit(value, argument, true);
  }
  return out;
}
function checkProvider(p) {
  if (p.name !== "aws") return [];
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
    const node2 = org.nodes.get(key);
    uncovered.set(key, { key, ...node2 ? { node: node2 } : {}, label: describeNode(node2, key) });
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

// src/rules/rg002-root-deny-scp-missing.ts
function organizationPlace(org) {
  const o = org.organization;
  return o ? { ...o.resource ? { resource: o.resource } : {}, ...o.location ? { location: o.location } : {} } : {};
}
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
      "}",
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
    if (picture.targets.size === 0 && picture.unknownTargets.length === 0) {
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

// src/rules/rg003-root-deny-scp-ineffective.ts
var CREDENTIAL_ACTIONS = ["iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile"];
function place(policy) {
  const location = policy.contentLocation ?? policy.location;
  return { ...policy.resource ? { resource: policy.resource } : {}, ...location ? { location } : {} };
}
function label(policy) {
  return policy.resource ?? `SCP "${policy.name}"`;
}
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
function providerLabel2(p) {
  return `provider "aws"${p.alias !== void 0 ? ` (alias "${p.alias}")` : ""}`;
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
    const named = r.values.partition;
    if (r.mode === "data" && r.type === "aws_partition" && typeof named === "string" && named !== "") {
      strong.set(named, strong.get(named) ?? `${r.address} is "${named}"`);
    }
  }
  if (strong.size > 0) {
    const [only2] = [...strong];
    return strong.size === 1 && only2 ? { name: only2[0], evidence: only2[1] } : void 0;
  }
  const providers2 = ctx.providers.filter((p) => p.name === "aws");
  if (providers2.length === 0) return void 0;
  const byRegion = /* @__PURE__ */ new Map();
  for (const p of providers2) {
    const region = p.values.region;
    const partition = typeof region === "string" ? regionPartition(region) : void 0;
    if (partition === void 0) return void 0;
    byRegion.set(partition, byRegion.get(partition) ?? `${providerLabel2(p)} has region "${String(region)}"`);
  }
  const [only] = [...byRegion];
  return byRegion.size === 1 && only ? { name: only[0], evidence: only[1] } : void 0;
}
function checkPolicy(org, policy, partition) {
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
      const unresolved = org.attachments.some((a) => "unknown" in a.policy);
      if (!attached && !unresolved) {
        reports.push(
          finding(`${label(policy)} denies the root user but is attached to nothing, so it has no effect.`, {
            ...policy.resource ? { resource: policy.resource } : {},
            ...policy.location ? { location: policy.location } : {},
            source: policy.origin
          })
        );
      }
      const partial2 = policy.content.kind === "partial" ? policy.content.reason : void 0;
      const doubtful = (message) => partial2 === void 0 ? finding(message, at2) : unverified(
        `${message} Unless a statement not known statically covers it: ${partial2}`,
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
  rationale: 'A root-deny SCP that compares with StringEquals against a wildcard, tests the wrong condition key (aws:PrincipalType is "Account" for the root user, aws:username is absent), names the root users of another partition (arn:aws:\u2026 in a GovCloud or China organization) or is never attached looks like protection but denies nothing. Teams then believe root is locked down when it is not.',
  remediation: `Use "ArnLike" (or "StringLike") on "aws:PrincipalArn" with "arn:aws:iam::*:root" (the organization's own partition in GovCloud or China: arn:aws-us-gov:\u2026, arn:aws-cn:\u2026, or arn:*:iam::*:root) in a Deny statement, keep credential actions (iam:CreateAccessKey, iam:CreateLoginProfile, iam:UpdateLoginProfile) out of any NotAction carve-out, and attach the policy to the organization root.`,
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
    return scps(ctx.org).flatMap((policy) => checkPolicy(ctx.org, policy, partition));
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
    good: [
      'resource "aws_organizations_organization" "org" {',
      '  feature_set                   = "ALL"',
      '  aws_service_access_principals = ["iam.amazonaws.com"]',
      "}",
      "",
      'resource "aws_iam_organizations_features" "root" {',
      '  enabled_features = ["RootCredentialsManagement", "RootSessions"]',
      "  depends_on       = [aws_organizations_organization.org]",
      "}"
    ].join("\n")
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
    if (!iamFeatures) {
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
  const node2 = before.nodes.get(key);
  if (node2?.resource !== void 0 && key !== ROOT_KEY) return afterByResource.get(node2.resource);
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
        if ("key" in a.target)
          this.undecidedTargets.set(a.target.key, [...this.undecidedTargets.get(a.target.key) ?? [], why]);
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
    for (const [key, node2] of after.nodes)
      if (node2.resource !== void 0) this.afterNodeByResource.set(node2.resource, key);
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
    const node2 = this.before.nodes.get(key);
    if (key === ROOT_KEY || !node2 || node2.kind === "account") return true;
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
        protections.push(`${label2(policy)} is attached ${where}${a.resource ? ` by ${a.resource}` : ""}`);
        fates.push(...this.fatesOf(policy, a));
      }
    }
    const moved = this.moveOf(key);
    if (moved) fates.push(moved);
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
    const node2 = this.before.nodes.get(key);
    if (!node2 || key === ROOT_KEY) return void 0;
    const afterKey = sameNodeAfter(this.before, this.after, key, this.afterNodeByResource);
    const afterNode = afterKey !== void 0 ? this.after.nodes.get(afterKey) : void 0;
    if (!afterNode || typeof node2.parent !== "string" || typeof afterNode.parent !== "string")
      return void 0;
    if (nodeIdentity(this.before, node2.parent) === nodeIdentity(this.after, afterNode.parent))
      return void 0;
    return {
      text: `it moves from ${nodeLabel(this.before, node2.parent)} to ${nodeLabel(this.after, afterNode.parent)}`,
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
  const text = resource.values.policy;
  const account = service === "sqs" ? queueAccount(resource) : void 0;
  const options = { service, ...account !== void 0 ? { accountId: account } : {} };
  if (text instanceof Unknown) return checkPartial(resource, text, options);
  if (typeof text !== "string" || text.trim() === "") return [];
  const parsed = parsePolicy(text);
  if (!parsed.ok) return [];
  const result = deniesAllPrincipals(parsed.policy, options);
  if (!result.lockout) return [];
  const note = parsed.warnings !== void 0 && parsed.warnings.length > 0 ? ` AWS would reject this text as written (${parsed.warnings.join("; ")}); removing the comments applies the lockout.` : "";
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
function documentOf(version2, statements) {
  const parsed = parsePolicy({
    ...typeof version2 === "string" ? { Version: version2 } : {},
    Statement: statements
  });
  return parsed.ok ? parsed.policy : void 0;
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
  const version2 = isObject(policy.partial) ? policy.partial.Version : void 0;
  const at2 = { resource: resource.address, location: attributeLocation(resource, "policy") };
  const knownIndexes = statements.flatMap((s, i) => containsUnknown(s) ? [] : [i]);
  const knownDoc = knownIndexes.length > 0 ? documentOf(
    version2,
    knownIndexes.map((i) => statements[i] ?? null)
  ) : void 0;
  const result = knownDoc ? deniesAllPrincipals(knownDoc, options) : void 0;
  if (result?.lockout) {
    const reason = result.reason.replace(
      /Statement\[(\d+)\]/g,
      (_, k) => `Statement[${knownIndexes[Number(k)] ?? k}]`
    );
    const unknown2 = statements.length - knownIndexes.length;
    return [
      finding(
        `${resource.address} locks every principal out: ${reason} (its ${unknown2} other statement${unknown2 === 1 ? " is" : "s are"} not known statically, but no statement can undo a Deny).`,
        { ...at2, source: resource.origin }
      )
    ];
  }
  const reports = [];
  for (const [index2, s] of statements.entries()) {
    const candidate = withAttachedResource(s);
    if (candidate?.statement.Effect !== "Deny") continue;
    const doc = documentOf(version2, [candidate.statement]);
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
function renderPolicyDocument(values, address) {
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
  for (const source of listOf(values.source_policy_documents)) {
    const parsed = parseJsonPolicy(source);
    if (parsed instanceof Unknown) return parsed;
    for (const statement of parsed) mergeBySid(doc.Statement, statement);
  }
  for (const block of statementBlocks(values.statement))
    mergeBySid(doc.Statement, block instanceof Unknown ? block : renderStatement(block));
  for (const override of listOf(values.override_policy_documents)) {
    const parsed = parseJsonPolicy(override);
    if (parsed instanceof Unknown) return parsed;
    for (const statement of parsed) mergeBySid(doc.Statement, statement);
  }
  const rendered = { ...doc };
  if (containsUnknown(rendered)) {
    return new Unknown(`${address} depends on values not known statically`, collectRefs(values), rendered);
  }
  return JSON.stringify(doc, null, 2);
}
function statementBlocks(value) {
  if (value instanceof Unknown) return [value];
  if (Array.isArray(value))
    return value.filter((v) => v instanceof Unknown || isObject(v));
  return isObject(value) ? [value] : [];
}
function mergeBySid(statements, statement) {
  const sid = statement instanceof Unknown ? void 0 : statement.Sid;
  const index2 = typeof sid === "string" && sid !== "" ? statements.findIndex((s) => !(s instanceof Unknown) && s.Sid === sid) : -1;
  if (index2 >= 0) statements[index2] = statement;
  else statements.push(statement);
}
function renderStatement(block) {
  const out = {};
  if (block.sid instanceof Unknown) out.Sid = block.sid;
  else if (typeof block.sid === "string" && block.sid !== "") out.Sid = block.sid;
  out.Effect = block.effect instanceof Unknown ? block.effect : typeof block.effect === "string" && block.effect !== "" ? block.effect : "Allow";
  const lists = [
    ["actions", "Action"],
    ["not_actions", "NotAction"],
    ["resources", "Resource"],
    ["not_resources", "NotResource"]
  ];
  for (const [from, to] of lists) {
    if (containsUnknown(block[from])) {
      out[to] = unknownPart(block[from], from);
      continue;
    }
    const items = strings(block[from]);
    if (items.length > 0) out[to] = scalarOrList(items);
  }
  for (const [from, to] of [
    ["principals", "Principal"],
    ["not_principals", "NotPrincipal"]
  ]) {
    if (containsUnknown(block[from])) out[to] = unknownPart(block[from], from);
    else {
      const rendered = renderPrincipals(blocks(block[from]));
      if (rendered !== void 0) out[to] = rendered;
    }
  }
  if (containsUnknown(block.condition)) {
    out.Condition = unknownPart(block.condition, "condition");
    return out;
  }
  const conditions = {};
  for (const condition of blocks(block.condition)) {
    const test = typeof condition.test === "string" ? condition.test : "";
    const variable = typeof condition.variable === "string" ? condition.variable : "";
    const existing = conditions[test];
    const byVariable = isObject(existing) ? existing : {};
    const previous = byVariable[variable];
    const merged = [
      ...Array.isArray(previous) ? strings(previous) : typeof previous === "string" ? [previous] : [],
      ...strings(condition.values)
    ];
    byVariable[variable] = scalarOrList(merged);
    conditions[test] = byVariable;
  }
  if (Object.keys(conditions).length > 0) out.Condition = conditions;
  return out;
}
function renderPrincipals(list) {
  if (list.length === 0) return void 0;
  const byType = /* @__PURE__ */ new Map();
  for (const p of list) {
    const type = typeof p.type === "string" ? p.type : "";
    byType.set(type, [...byType.get(type) ?? [], ...strings(p.identifiers)]);
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
function strings(value) {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value)) return [];
  return value.flatMap(
    (v) => typeof v === "string" ? [v] : typeof v === "number" || typeof v === "boolean" ? [String(v)] : []
  );
}
function listOf(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}
function parseJsonPolicy(text) {
  try {
    const parsed = JSON.parse(text);
    const statement = parsed.Statement;
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
  const values = mfaDeleteValues(r.values, spec);
  const location = mfaDeleteLocation(r, spec);
  const unknown2 = values.find((v) => v instanceof Unknown);
  if (!values.some((v) => spec.enables(v))) {
    if (r.action === "update" && mfaDeleteValues(r.before, spec).some((v) => spec.enables(v)) && !unknown2) {
      return [
        finding(
          `${r.address} turns MFA delete off through Terraform: S3 accepts that only from the bucket owner's root user with the root MFA device's serial and a current code, so this apply needs root credentials and the root MFA in the pipeline. Change it by hand as root, and keep mfa_delete out of Terraform (lifecycle { ignore_changes = [${spec.block}] }).`,
          { resource: r.address, location, source: r.origin }
        )
      ];
    }
    if (unknown2 === void 0) return [];
    return [
      unverified(`whether ${r.address} enables MFA delete is not known: ${unknown2.reason}`, {
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
  const parsed = parsePolicy({
    ...typeof document.Version === "string" ? { Version: document.Version } : {},
    Statement: knownIndexes.map((i) => statements[i] ?? null)
  });
  if (!parsed.ok) return [];
  const grant = grantsAssumeRoot(parsed.policy);
  if (!tooWide(grant)) return [];
  const message = describeGrant(doc.label, grant, knownIndexes);
  const unknown2 = statements.filter((s) => containsUnknown(s));
  const onlyAllows = unknown2.every((s) => isObject(s) && s.Effect === "Allow");
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
  if (doc.text instanceof Unknown) return checkPartial2(resource, doc, doc.text);
  if (typeof doc.text !== "string" || doc.text.trim() === "") return [];
  const parsed = parsePolicy(doc.text);
  if (!parsed.ok) return [];
  const grant = grantsAssumeRoot(parsed.policy);
  if (!tooWide(grant)) return [];
  const note = parsed.warnings !== void 0 && parsed.warnings.length > 0 ? ` Note: ${parsed.warnings.join("; ")}.` : "";
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
    const number2 = Number(token);
    return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(token) && Number.isFinite(number2) ? { kind: "number", value: number2 } : { kind: "string", text: token };
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
function eventPatternField(pattern, path10, value) {
  const matchers = matchersAt(pattern, path10, 0);
  if (matchers.length === 0) return "absent";
  return matchers.some((m) => matcherListAccepts(m, value)) ? "accepts" : "rejects";
}
function matchersAt(node2, path10, depth) {
  if (depth > 32 || !isJsonObject(node2)) return [];
  const out = [];
  const branches = node2.$or;
  if (Array.isArray(branches))
    for (const branch of branches) out.push(...matchersAt(branch, path10, depth + 1));
  const [head, ...rest] = path10;
  if (head === void 0) return out;
  const child = node2[head];
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
  const parsed = parseFilterPattern(pattern);
  if (parsed.kind === "text") return { kind: "unrelated" };
  if (parsed.kind === "invalid") {
    return pattern.includes("Root") ? { kind: "unknown", reason: `the pattern of ${filter.address} could not be read: ${parsed.error}` } : { kind: "unrelated" };
  }
  const alts = alternatives(parsed.expression);
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
function sameString(own2, other, owner, field, index2, label4) {
  if (refersTo(other, owner, field)) return "yes";
  const resolved = resolveValue(other, index2);
  if (resolved instanceof Unknown) return { unknown: `${label4} is not known: ${resolved.reason}` };
  if (own2 instanceof Unknown) return { unknown: `${label4} is not known: ${own2.reason}` };
  if (typeof own2 !== "string" || typeof resolved !== "string") return "no";
  return own2 === resolved ? "yes" : "no";
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
  let unknown2;
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
          unknown2 ??= isUnknownTri(match) ? match.unknown : isUnknownTri(tells) ? tells.unknown : void 0;
      }
    }
  }
  return { verdict: unknown2 !== void 0 ? { unknown: unknown2 } : "no", silent };
}
function eventRuleCoverage(rule13) {
  const pattern = rule13.values.event_pattern;
  if (pattern instanceof Unknown)
    return { unknown: `the event_pattern of ${rule13.address} is not known: ${pattern.reason}` };
  if (typeof pattern !== "string") return "unrelated";
  const parsed = parseEventPattern(pattern);
  if (parsed.kind === "invalid")
    return pattern.includes("Root") ? { unknown: `the event_pattern of ${rule13.address} could not be read: ${parsed.error}` } : "unrelated";
  return eventPatternField(parsed.pattern, ["detail", "userIdentity", "type"], "Root") === "accepts" ? "covers" : "unrelated";
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
function organizationPlace2(org) {
  const o = org.organization;
  return o ? { ...o.resource ? { resource: o.resource } : {}, ...o.location ? { location: o.location } : {} } : {};
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
        text: watch.silent.length > 0 ? `${filter.address} matches root activity and ${watch.silent.map((a) => a.address).join(", ")} watches ${what}, but without alarm_actions (or with actions_enabled = false) it notifies no one` : `${filter.address} matches root activity, but no aws_cloudwatch_metric_alarm watches ${what}${otherAlarms(alarms)}`,
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
    const where = first ? place2(first.at, first.location) : organizationPlace2(ctx.org);
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
function otherAlarms(alarms) {
  const named = alarms.flatMap((a) => alarmMetrics(a).map((m) => ({ a, m }))).filter(({ m }) => typeof m.name === "string").slice(0, 3).map(({ a, m }) => `${a.address} watches ${quoted(m.name)} in ${quoted(m.namespace)}`);
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
  if (!features) return { enabled: false };
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
      'resource "aws_organizations_organization" "org" {',
      '  feature_set                   = "ALL"',
      '  aws_service_access_principals = ["iam.amazonaws.com"]',
      "}",
      "",
      'resource "aws_iam_organizations_features" "root" {',
      '  enabled_features = ["RootCredentialsManagement", "RootSessions"]',
      "  depends_on       = [aws_organizations_organization.org]",
      "}",
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
  const unresolved = org.attachments.some((a) => "unknown" in a.policy);
  return scps(org).flatMap((policy) => {
    const cls = classifyScp(policy);
    if (cls.kind !== "root-deny" || cls.result.exemptsAssumedRoot) return [];
    if (attachmentsOf(org, policy.key).length === 0 && !unresolved) return [];
    const doc = documentOf2(policy);
    return doc ? [{ policy, doc }] : [];
  });
}
function documentOf2(policy) {
  const content = policy.content;
  if (content.kind === "known") {
    const parsed2 = parsePolicy(content.text);
    return parsed2.ok ? parsed2.policy : void 0;
  }
  if (content.kind !== "partial" || !isObject(content.document)) return void 0;
  const raw = content.document.Statement;
  const statements = Array.isArray(raw) ? raw : raw === void 0 ? [] : [raw];
  const known = statements.filter((s) => !containsUnknown(s));
  const version2 = content.document.Version;
  const parsed = parsePolicy({
    ...typeof version2 === "string" ? { Version: version2 } : {},
    Statement: known
  });
  return parsed.ok ? parsed.policy : void 0;
}
var rule12 = {
  id: "RG012",
  name: "root-deny-scp-blocks-root-sessions",
  severity: "medium",
  scope: "organization",
  title: "A root-deny SCP blocks centralized root sessions",
  rationale: "With RootSessions enabled, privileged root tasks (deleting root credentials, unlocking a bucket or queue policy) run as short sts:AssumeRoot sessions from the management account, and those sessions are the member account root user. A root-deny SCP without an aws:AssumedRoot exemption denies them too, so the one sanctioned way to do a root task fails exactly when it is needed.",
  remediation: 'Add "Null": {"aws:AssumedRoot": "true"} to the Condition of every statement that denies the root user: the statement then applies only to the root user signing in itself, and sessions started with sts:AssumeRoot (which need a task policy and the management account) keep working.',
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
    good: [
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
    ].join("\n")
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
            `${label3(policy)} denies the root user with no aws:AssumedRoot exemption, while ${FEATURE2} is enabled: the sts:AssumeRoot sessions the management account starts are the root user too, so ${denied.join(", ")}${alsoMaybe} fail${where}. Add "Null": {"aws:AssumedRoot": "true"} to its Condition.`,
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
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const stat = await fs.stat(full);
          isDir = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          continue;
        }
      }
      if (isDir) {
        if (entry.name.startsWith(".") || SKIPPED_DIRS.has(entry.name)) continue;
        await walk(full);
      } else if (isFile && isTerraformFile(entry.name)) {
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

// src/load/json-error.ts
function jsonErrorOffset(text) {
  let i = 0;
  const space = () => {
    while (i < text.length && (text[i] === " " || text[i] === "	" || text[i] === "\n" || text[i] === "\r"))
      i++;
  };
  const string3 = () => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== void 0 && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const NUMBER2 = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = () => {
    space();
    const c = text[i];
    if (c === "{") {
      i++;
      space();
      if (text[i] === "}") {
        i++;
        return true;
      }
      for (; ; ) {
        space();
        if (text[i] !== '"' || !string3()) return false;
        space();
        if (text[i] !== ":") return false;
        i++;
        if (!value()) return false;
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return true;
        }
        return false;
      }
    }
    if (c === "[") {
      i++;
      space();
      if (text[i] === "]") {
        i++;
        return true;
      }
      for (; ; ) {
        if (!value()) return false;
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return true;
        }
        return false;
      }
    }
    if (c === '"') return string3();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return true;
      }
    }
    NUMBER2.lastIndex = i;
    const m = NUMBER2.exec(text);
    if (m) {
      i += m[0].length;
      return true;
    }
    return false;
  };
  try {
    if (value()) {
      space();
      return i < text.length ? i : void 0;
    }
    return i;
  } catch {
    return void 0;
  }
}
function lineAt(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function describeJsonError(text) {
  const offset = jsonErrorOffset(text);
  if (text.trim() === "") return { message: "the file is empty" };
  if (offset === void 0) return { message: "syntax error" };
  const what = offset >= text.length ? "unexpected end of input" : "unexpected character";
  const column = offset - (text.lastIndexOf("\n", offset - 1) + 1) + 1;
  const line = lineAt(text, offset);
  return { message: `${what} at line ${line}, column ${column}`, line };
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
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    const { message, line } = describeJsonError(text);
    return {
      error: { file: display, ...line !== void 0 ? { line } : {}, message: `invalid JSON: ${message}` }
    };
  }
  if (parsed === null || typeof parsed !== "object" || parsed.version !== 1 || !Array.isArray(parsed.findings)) {
    return {
      error: {
        file: display,
        message: 'not a RootGuard baseline (expected {"version": 1, "findings": [...]})'
      }
    };
  }
  return { baseline: parsed };
}
function applyBaseline(findings, baseline, display) {
  const known = new Set(baseline.findings.map((b) => b.fingerprint));
  return findings.map(
    (f) => !f.suppressed && known.has(fingerprint(f)) ? { ...f, suppressed: true, justification: `in baseline ${display}` } : f
  );
}

// src/scan.ts
import path9 from "node:path";

// src/config.ts
import { promises as fs3 } from "node:fs";
import path2 from "node:path";

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index2 = 0; index2 < binary.length; index2++) result[index2] = binary.charCodeAt(index2);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index2 = 0; index2 < object.length; index2++) binary += String.fromCharCode(object[index2]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date2 = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date2.setUTCFullYear(year, month, day);
  return date2;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date3 = makeUtcDate(year, month, day);
    if (date3.getUTCFullYear() !== year || date3.getUTCMonth() !== month || date3.getUTCDate() !== day) return NOT_RESOLVED;
    return date3;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date2 = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date2.setTime(date2.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date2;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index2 = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index2 = previousIndex;
        break;
      }
    }
    result[index2] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates2 = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates2) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array2 = Array.prototype.slice.call(key);
    for (let index2 = 0; index2 < array2.length; index2++) {
      if (Array.isArray(array2[index2])) return null;
      if (typeof array2[index2] === "object" && Object.prototype.toString.call(array2[index2]) === "[object Object]") array2[index2] = "[object Object]";
    }
    return String(array2);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string3, max) {
  return " ".repeat(Math.max(max - string3.length, 0)) + string3;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index2 = 0; index2 < position; index2++) {
      const ch = source.charCodeAt(index2);
      if (ch === 10) {
        line++;
        lineStart = index2 + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index2 + 1) === 10) index2++;
        lineStart = index2 + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar2) {
  if (scalar2.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar2;
  if (scalar2.fast) return input.slice(valueStart, valueEnd);
  switch (scalar2.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar2.indent, scalar2.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar2.indent, scalar2.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index2 = 0;
  while (index2 < source.length) {
    if (source.charCodeAt(index2) !== 37) {
      result += source[index2++];
      continue;
    }
    let ch = parseInt(source.slice(index2 + 1, index2 + 3), 16);
    index2 += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index2 + 1, index2 + 3), 16) & 63;
        index2 += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message) {
  YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error2) {
    if (error2 instanceof YAMLException) throw error2;
    YAMLException.throwAt(state.source, position, error2 instanceof Error ? error2.message : String(error2), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor2 = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor2);
    return anchor2;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor2 = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor: anchor2,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor2 = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor: anchor2,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor2 = state.anchors.get(name);
        if (!anchor2) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor2.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor2.tag.tagName} because it uses finalize()`);
        addValue(state, anchor2.value, anchor2.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function load(input, options) {
  const documents2 = loadDocuments(input, options);
  if (documents2.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents2.length === 1) return documents2[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject2,
  isPlainObject: () => isPlainObject2,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick2,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema2) => schema2;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object, key, getter) {
  let value = void 0;
  Object.defineProperty(object, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def2) {
  const desc = Object.getOwnPropertyDescriptor(def2, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema2) {
  return rawShape(schema2._zod.def) ?? schema2._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def2 of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def2);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema2) {
  return mergeDefs(schema2._zod.def);
}
function getElementAtPath(obj, path10) {
  if (!path10)
    return obj;
  return path10.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject2(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject2(o) {
  if (isObject2(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject2(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject2(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def2, params) {
  const cl = new inst._zod.constr(def2 ?? inst._zod.def);
  if (!def2 || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick2(schema2, mask) {
  const currDef = schema2._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema2, maskedKeys(schema2, mask));
  return clone(schema2, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema2, mask) {
  const raw = sourceShape(schema2);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema2, mask) {
  const currDef = schema2._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema2, mask));
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)).filter((key) => !omitted.has(key)));
  return clone(schema2, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema2, shape) {
  if (!isPlainObject2(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema2._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema2);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: extended(schema2, shape) }));
}
function extended(schema2, shape) {
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema2, shape) {
  if (!isPlainObject2(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: extended(schema2, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def2 = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def2);
}
function partial(Class2, schema2, mask, name = "partial") {
  const currDef = schema2._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema2, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema2, mask) {
  const selected = mask ? new Set(maskedKeys(schema2, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema2, Reflect.ownKeys(sourceShape(schema2)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema2, mergeDefs(schema2._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path10, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path10);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def2) {
    this.def = def2;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def2) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def2);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def2);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def2) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def2);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def2) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def2;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError2(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path10 = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path10, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path10, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path10, ...issue2.path]);
      } else {
        const fullpath = [...path10, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema2, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema2._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema2, value, _ctx) => {
  const validator = schema2._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema2, value, _ctx);
});
function validateFallback(schema2, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema2._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema2._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema2._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse2(schema2, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema2, value, _ctx, _params) => {
    return parse2(schema2, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema2, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema2, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema2, value, _ctx, _params) => {
    return await parseAsync2(schema2, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema2, value, ctx);
};
var _safeDecode = (_Err) => (schema2, value, _ctx) => {
  return _safeParse(_Err)(schema2, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema2, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema2, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema2, value, _ctx) => {
  return _safeParseAsync(_Err)(schema2, value, _ctx);
};

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def2) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def2;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def2) => {
  var _a3;
  $ZodCheck.init(inst, def2);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def2.maximum ? codePointLength(input) : units;
    if (length <= def2.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def2.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def2) => {
  var _a3;
  $ZodCheck.init(inst, def2);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def2.minimum && units < def2.minimum * 2 ? codePointLength(input) : units;
    if (length >= def2.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def2.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def2) => {
  var _a3;
  $ZodCheck.init(inst, def2);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def2.length && units <= def2.length * 2 ? codePointLength(input) : units;
    if (length === def2.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length > def2.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def2.length } : { code: "too_small", minimum: def2.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def2) => {
  var _a3, _b;
  $ZodCheck.init(inst, def2);
  if (def2.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def2.pattern.lastIndex = 0;
      if (def2.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def2.format,
        input: payload.value,
        ...def2.pattern ? { pattern: def2.pattern.toString() } : {},
        inst,
        continue: !def2.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def2) => {
  $ZodCheckStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    def2.pattern.lastIndex = 0;
    if (def2.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def2.pattern.toString(),
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def2) => {
  def2.pattern ?? (def2.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def2);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def2) => {
  def2.pattern ?? (def2.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def2);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  const escapedRegex = escapeRegex(def2.includes);
  const pattern = new RegExp(typeof def2.position === "number" ? `^.{${def2.position},}${escapedRegex}` : escapedRegex);
  def2.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def2.includes, def2.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def2.includes,
      input: payload.value,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  const pattern = new RegExp(`^${escapeRegex(def2.prefix)}.*`);
  def2.pattern ?? (def2.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def2.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def2.prefix,
      input: payload.value,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  const pattern = new RegExp(`.*${escapeRegex(def2.suffix)}$`);
  def2.pattern ?? (def2.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def2.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def2.suffix,
      input: payload.value,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  inst._zod.check = (payload) => {
    payload.value = def2.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def2) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def2;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.pattern = def2.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def2.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def2) => {
  $ZodCheckStringFormat.init(inst, def2);
  $ZodString.init(inst, def2);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def2) => {
  def2.pattern ?? (def2.pattern = guid);
  $ZodStringFormat.init(inst, def2);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def2) => {
  if (def2.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def2.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def2.version}"`);
    def2.pattern ?? (def2.pattern = uuid(v));
  } else
    def2.pattern ?? (def2.pattern = uuid());
  $ZodStringFormat.init(inst, def2);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def2) => {
  def2.pattern ?? (def2.pattern = email);
  $ZodStringFormat.init(inst, def2);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def2) {
  if (!("normalize" in def2) && !("hostname" in def2) && !("protocol" in def2)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def2);
}
function parseURLObject(trimmed, def2) {
  if (!def2.normalize && def2.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def2) => {
  $ZodStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url = validateURL(trimmed, def2);
      if (url === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def2.abort
        });
        return;
      }
      if (url === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def2.abort
        });
        return;
      }
      if (url === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def2.hostname && !urlHostnameOk(url, def2.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def2.hostname.source,
          input: payload.value,
          inst,
          continue: !def2.abort
        });
      }
      if (def2.protocol && !urlProtocolOk(url, def2.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def2.protocol.source,
          input: payload.value,
          inst,
          continue: !def2.abort
        });
      }
      payload.value = def2.normalize ? url.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def2.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def2) => {
  def2.pattern ?? (def2.pattern = emoji());
  $ZodStringFormat.init(inst, def2);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def2) => {
  if (def2.length !== void 0 && (!Number.isInteger(def2.length) || def2.length < 1))
    throw new Error(`Invalid nanoid length: ${def2.length}`);
  def2.pattern ?? (def2.pattern = def2.length === void 0 ? nanoid : nanoidOfLength(def2.length));
  $ZodStringFormat.init(inst, def2);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def2) => {
  def2.pattern ?? (def2.pattern = cuid);
  $ZodStringFormat.init(inst, def2);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def2) => {
  def2.pattern ?? (def2.pattern = cuid2);
  $ZodStringFormat.init(inst, def2);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def2) => {
  def2.pattern ?? (def2.pattern = ulid);
  $ZodStringFormat.init(inst, def2);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def2) => {
  def2.pattern ?? (def2.pattern = xid);
  $ZodStringFormat.init(inst, def2);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def2) => {
  def2.pattern ?? (def2.pattern = ksuid);
  $ZodStringFormat.init(inst, def2);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def2) => {
  def2.pattern ?? (def2.pattern = datetime(def2));
  $ZodStringFormat.init(inst, def2);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def2) => {
  def2.pattern ?? (def2.pattern = date);
  $ZodStringFormat.init(inst, def2);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def2) => {
  def2.pattern ?? (def2.pattern = time(def2));
  $ZodStringFormat.init(inst, def2);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def2) => {
  def2.pattern ?? (def2.pattern = duration);
  $ZodStringFormat.init(inst, def2);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def2) => {
  def2.pattern ?? (def2.pattern = ipv4);
  $ZodStringFormat.init(inst, def2);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def2) => {
  def2.pattern ?? (def2.pattern = ipv6);
  $ZodStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def2.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def2) => {
  def2.pattern ?? (def2.pattern = cidrv4);
  $ZodStringFormat.init(inst, def2);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def2) => {
  def2.pattern ?? (def2.pattern = cidrv6);
  $ZodStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def2.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def2) => {
  def2.pattern ?? (def2.pattern = base64Charset);
  $ZodStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def2.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def2) => {
  def2.pattern ?? (def2.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def2) => {
  def2.pattern ?? (def2.pattern = e164);
  $ZodStringFormat.init(inst, def2);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def2) => {
  $ZodStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def2.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def2.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index2) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index2, result.issues));
  }
  final.value[index2] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def2) => {
  $ZodType.init(inst, def2);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def2.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def2) {
  const keys = Object.keys(def2.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def2.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def2.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def2.shape);
  return {
    ...def2,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def2, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def2.keySet;
  const _catchall = def2.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def2) => {
  $ZodType.init(inst, def2);
  const desc = Object.getOwnPropertyDescriptor(def2, "shape");
  const sh = desc?.get ? desc.get.raw : def2.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def2, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def2, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def2));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject3 = isObject2;
  const catchall = def2.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject3(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def2) => {
  $ZodObject.init(inst, def2);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def2));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema2 = shape[key];
      const optin = schema2?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema2?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject3 = isObject2;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def2.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject3(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def2.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def2.options.length === 1 ? def2.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def2.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def2.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def2.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject2(a) && isPlainObject2(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index2 = 0; index2 < a.length; index2++) {
      const itemA = a[index2];
      const itemB = b[index2];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index2, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect2 = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect2(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect2(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def2) => {
  $ZodType.init(inst, def2);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject2(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def2.keyType._zod.values;
    if (values && !def2.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def2.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def2.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def2.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def2.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def2.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def2.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def2.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def2) => {
  $ZodType.init(inst, def2);
  const values = getEnumValues(def2.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def2.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def2.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def2.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def2.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def2) => {
  $ZodOptional.init(inst, def2);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def2.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def2.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def2.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def2.defaultValue;
      return payload;
    }
    const result = def2.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def2));
    }
    return handleDefaultResult(result, def2);
  };
});
function handleDefaultResult(payload, def2) {
  if (payload.value === void 0) {
    payload.value = def2.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def2.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def2.defaultValue;
    }
    return def2.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def2.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def2, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def2.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def2.innerType._zod.run(payload, ctx);
    }
    const result = def2.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def2, ctx));
    }
    return handleCatchResult(payload, result, def2, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def2.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def2.in, ctx));
      }
      return handlePipeResult(right, def2.in, ctx);
    }
    const left = def2.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def2.out, ctx));
    }
    return handlePipeResult(left, def2.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def2.innerType._zod.run(payload, ctx);
    }
    const result = def2.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  $ZodType.init(inst, def2);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def2.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check2 = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def2 = inst._zod.def;
  const kind = def2.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def2);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check2(def2.catchall);
      break;
    }
    case "array":
      check2(def2.element);
      break;
    case "tuple":
      for (const el of def2.items)
        check2(el);
      check2(def2.rest);
      break;
    case "record":
    case "map":
      check2(def2.keyType);
      check2(def2.valueType);
      break;
    case "set":
      check2(def2.valueType);
      break;
    case "union":
      for (const el of def2.options)
        check2(el);
      break;
    case "intersection":
      check2(def2.left);
      check2(def2.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check2(def2.innerType);
      break;
    case "pipe":
      check2(def2.in);
      check2(def2.out);
      break;
    case "function":
      check2(def2.input);
      check2(def2.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def2._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def2) {
        const desc = Object.getOwnPropertyDescriptor(def2, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check2(value);
        else if (Array.isArray(value))
          for (const el of value)
            check2(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema2, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema2, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema2);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema2) {
    const meta2 = this._map.get(schema2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema2);
    return this;
  }
  get(schema2) {
    const p = schema2._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema2) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema2);
  }
  has(schema2) {
    return this._map.has(schema2);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def2) {
  if (def2.checks)
    def2.checks = [...def2.checks];
  return def2;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema2 = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema2;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema2, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema2, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema2, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def2 = schema2._zod.def;
  const seen = ctx.seen.get(schema2);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema2);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema2, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema2._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema2],
      path: _params.path
    };
    if (schema2._zod.processJSONSchema) {
      schema2._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def2.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def2.type}`);
      }
      processor(schema2, ctx, _json, params);
    }
    const parent = schema2._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema2);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema2)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema2);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema2) {
  const root = ctx.seen.get(schema2);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema3 = seen.schema;
    for (const key in schema3) {
      delete schema3[key];
    }
    schema3.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema2 === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema2 !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema2) {
  const options = schema2.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema2.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema2.anyOf;
  schema2.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object of objects) {
    for (const key in object.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object) => object.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object of objects) {
      const constraint = undeclaredConstraint(object);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union3 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union3[k]));
    if (Object.keys(union3).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union3);
    const branches = union3[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema2) {
  const root = ctx.seen.get(schema2);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema3 = seen.def ?? seen.schema;
    const _cached = { ...schema3 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema3.allOf = schema3.allOf ?? [];
        schema3.allOf.push(refSchema);
      } else {
        assignProps(schema3, refSchema);
      }
      assignProps(schema3, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema3) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema3[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema3) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema3[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema3[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema3.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema3) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema3[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema3[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema3,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema2)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema2)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema2["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema2, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema2, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def2 = _schema._zod.def;
  if (def2.type === "transform")
    return true;
  if (def2.type === "array")
    return isTransforming(def2.element, ctx);
  if (def2.type === "set")
    return isTransforming(def2.valueType, ctx);
  if (def2.type === "lazy")
    return isTransforming(def2.getter(), ctx);
  if (def2.type === "promise" || def2.type === "optional" || def2.type === "nonoptional" || def2.type === "nullable" || def2.type === "readonly" || def2.type === "default" || def2.type === "prefault" || def2.type === "catch") {
    return isTransforming(def2.innerType, ctx);
  }
  if (def2.type === "intersection") {
    return isTransforming(def2.left, ctx) || isTransforming(def2.right, ctx);
  }
  if (def2.type === "record" || def2.type === "map") {
    return isTransforming(def2.keyType, ctx) || isTransforming(def2.valueType, ctx);
  }
  if (def2.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def2.in, ctx) || isTransforming(def2.out, ctx);
  }
  if (def2.type === "object") {
    for (const key in def2.shape) {
      if (isTransforming(def2.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def2.type === "union") {
    for (const option of def2.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def2.type === "tuple") {
    for (const item of def2.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def2.rest && isTransforming(def2.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema2, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema2, ctx);
  extractDefs(ctx, schema2);
  return finalize(ctx, schema2);
};
var createStandardJSONSchemaMethod = (schema2, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema2, ctx);
  extractDefs(ctx, schema2);
  return finalize(ctx, schema2);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format2) => {
  agg.format = format2;
  if (format2.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def2) => narrowMin(agg, "minimum", def2.minimum);
var maxContributor = (agg, def2) => narrowMax(agg, "maximum", def2.maximum);
var formatContributor = (ranges) => (agg, def2) => {
  setFormat(agg, def2.format);
  const [minimum, maximum] = ranges[def2.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def2) => narrowMin(agg, def2.inclusive ? "minimum" : "exclusiveMinimum", def2.value),
  less_than: (agg, def2) => narrowMax(agg, def2.inclusive ? "maximum" : "exclusiveMaximum", def2.value),
  multiple_of: (agg, def2) => addDivisor(agg, def2.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def2) => narrowBoth(agg, def2.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def2) => narrowBoth(agg, def2.size),
  string_format: (agg, def2) => {
    setFormat(agg, def2.format);
    if (def2.pattern)
      addPattern(agg, def2.pattern);
    if (def2.format === "base64" || def2.format === "base64url")
      agg.contentEncoding = def2.format;
    if (def2.local || def2.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def2) => intersectMime(agg, def2.mime)
};
function aggregateChecks(schema2) {
  const agg = {};
  const def2 = schema2._zod.def;
  const list = schema2._zod.traits.has("$ZodCheck") ? [schema2, ...def2.checks ?? []] : def2.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema2._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema2, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format: format2, patterns, contentEncoding, laxFormat } = aggregateChecks(schema2);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format2) {
    json.format = formatMap[format2] ?? format2;
    if (json.format === "")
      delete json.format;
    if (format2 === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var enumProcessor = (schema2, _ctx, json, _params) => {
  const def2 = schema2._zod.def;
  const values = getEnumValues(def2.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var customProcessor = (schema2, ctx, json, params) => {
  handleUnrepresentable(schema2, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema2, ctx, json, params) => {
  handleUnrepresentable(schema2, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema2, ctx, _json, params) => {
  const json = _json;
  const def2 = schema2._zod.def;
  const { minimum, maximum } = aggregateChecks(schema2);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def2.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema2) {
  const def2 = schema2._zod.def;
  if (def2.type === "pipe" && def2.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def2.out);
  }
  if (def2.type === "catch") {
    return inputOptin(def2.innerType);
  }
  return schema2._zod.optin;
}
var objectProcessor = (schema2, ctx, _json, params) => {
  const json = _json;
  const def2 = schema2._zod.def;
  const shape = def2.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema2, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def2.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def2.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def2.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def2.catchall) {
    json.additionalProperties = processSchema(def2.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema2, ctx, json, params) => {
  const def2 = schema2._zod.def;
  const isExclusive = def2.inclusive === false;
  const options = def2.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema2, ctx, json, params) => {
  const def2 = schema2._zod.def;
  const a = processSchema(def2.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def2.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def2 = bySchema.get(json)?.def;
    if (!def2)
      return json;
    const inlined = stringifyKeyNames(bySchema, def2, visited);
    return inlined === def2 ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped };
  }
  const types = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format: format2, id, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema2, ctx, _json, params) => {
  const json = _json;
  const def2 = schema2._zod.def;
  json.type = "object";
  const keyType = def2.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def2.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def2.valueType, ctx, {
      ...params,
      path: [...params.path, "patternProperties", "*"]
    });
    json.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json.propertyNames = processSchema(def2.keyType, ctx, {
        ...params,
        path: [...params.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema2);
    }
    json.additionalProperties = processSchema(def2.valueType, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def2.valueType) !== void 0;
  if (keyValues && !def2.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema2, ctx, json, params) => {
  const def2 = schema2._zod.def;
  const inner = processSchema(def2.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def2.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema2, ctx, _json, params) => {
  const def2 = schema2._zod.def;
  processSchema(def2.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def2.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema2, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema2, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema2, ctx, json, params) => {
  const def2 = schema2._zod.def;
  processSchema(def2.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def2.innerType;
  const value = serializeDefaultValue(def2.defaultValue, schema2, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema2, ctx, json, params) => {
  const def2 = schema2._zod.def;
  processSchema(def2.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def2.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def2.defaultValue, schema2, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema2, ctx, json, params) => {
  const def2 = schema2._zod.def;
  processSchema(def2.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def2.innerType;
  let catchValue;
  try {
    catchValue = def2.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema2, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema2, ctx, _json, params) => {
  const def2 = schema2._zod.def;
  const inIsTransform = def2.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def2.out : def2.in : def2.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = innerType;
};
var readonlyProcessor = (schema2, ctx, json, params) => {
  const def2 = schema2._zod.def;
  processSchema(def2.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def2.innerType;
  json.readOnly = true;
};
var optionalProcessor = (schema2, ctx, _json, params) => {
  const def2 = schema2._zod.def;
  processSchema(def2.innerType, ctx, params);
  const seen = ctx.seen.get(schema2);
  seen.ref = def2.innerType;
};

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError2(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue2) => {
    self.issues.push(issue2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def2) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def2);
  inst.def = def2;
  inst.type = def2.type;
  return inst;
}, {
  check(...chks) {
    const def2 = this.def;
    return this.clone(util_exports.mergeDefs(def2, {
      checks: [
        ...def2.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def2, params) {
    return clone(this, def2, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  refine(check2, params) {
    return this.check(refine(check2, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def2) => {
    $ZodString.init(inst, def2);
    ZodType.init(inst, def2);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def2) => {
  $ZodString.init(inst, def2);
  _ZodString.init(inst, def2);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def2) => {
  $ZodStringFormat.init(inst, def2);
  _ZodString.init(inst, def2);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def2) => {
  $ZodISODateTime.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def2) => {
  $ZodISODate.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def2) => {
  $ZodISOTime.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def2) => {
  $ZodISODuration.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def2) => {
  $ZodEmail.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def2) => {
  $ZodGUID.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def2) => {
  $ZodUUID.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def2) => {
  $ZodURL.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def2) => {
  $ZodEmoji.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def2) => {
  $ZodNanoID.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def2) => {
  $ZodCUID.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def2) => {
  $ZodCUID2.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def2) => {
  $ZodULID.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def2) => {
  $ZodXID.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def2) => {
  $ZodKSUID.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def2) => {
  $ZodIPv4.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def2) => {
  $ZodIPv6.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def2) => {
  $ZodCIDRv4.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def2) => {
  $ZodCIDRv6.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def2) => {
  $ZodBase64.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def2) => {
  $ZodBase64URL.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def2) => {
  $ZodE164.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def2) => {
  $ZodJWT.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def2) => {
  $ZodBoolean.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def2) => {
  $ZodUnknown.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def2) => {
  $ZodNever.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def2) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
  inst.element = def2.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def2) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function strictObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def2) => {
  $ZodUnion.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
  inst.options = def2.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def2) => {
  $ZodIntersection.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def2) => {
  _ensureDefaultMemoizer();
  $ZodRecord.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
  inst.keyType = def2.keyType;
  inst.valueType = def2.valueType;
});
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def2) => {
  $ZodEnum.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
  inst.enum = def2.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def2.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def2.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def2,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def2.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def2,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def2) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def2));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output = def2.transform(payload.value, payload);
    if (output instanceof Promise) {
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    payload.value = output;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def2) => {
  $ZodOptional.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def2) => {
  $ZodExactOptional.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def2) => {
  $ZodNullable.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def2) => {
  $ZodDefault.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def2) => {
  $ZodPrefault.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def2) => {
  $ZodNonOptional.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def2) => {
  $ZodCatch.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def2) => {
  $ZodPipe.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
  inst.in = def2.in;
  inst.out = def2.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def2) => {
  $ZodReadonly.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def2) => {
  $ZodCustom.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// src/yaml-lines.ts
function yamlLines(text) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const lines = /* @__PURE__ */ new Map();
  const stack = [];
  const placeValue = (offset) => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    if (top.kind === "seq") {
      const path10 = [...top.path, top.index++];
      lines.set(pathKey(path10), lineOf(offset));
      return path10;
    }
    top.expectKey = true;
    return [...top.path, top.key];
  };
  try {
    for (const event of parseEvents(text, {})) {
      const e = event;
      if (e.type === EVENT_ID.SCALAR || e.type === EVENT_ID.ALIAS) {
        const offset = e.valueStart ?? e.start ?? 0;
        const top = stack[stack.length - 1];
        if (top?.kind === "map" && top.expectKey) {
          top.key = text.slice(e.valueStart ?? 0, e.valueEnd ?? 0).replace(/^["']|["']$/g, "");
          top.expectKey = false;
          lines.set(pathKey([...top.path, top.key]), lineOf(offset));
        } else placeValue(offset);
      } else if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) {
        const path10 = placeValue(e.start ?? 0);
        const kind = e.type === EVENT_ID.MAPPING ? "map" : "seq";
        stack.push({ kind, path: path10, key: "", expectKey: true, index: 0 });
      } else if (e.type === EVENT_ID.POP) {
        stack.pop();
      }
    }
  } catch {
  }
  return lines;
}
function pathKey(path10) {
  return path10.map(String).join("\0");
}
function lineOfPath(lines, path10) {
  for (let n = path10.length; n > 0; n--) {
    const line = lines.get(pathKey(path10.slice(0, n)));
    if (line !== void 0) return line;
  }
  return void 0;
}

// src/config.ts
var CONFIG_FILE_NAMES = [".rootguard.yml", ".rootguard.yaml"];
var RULE_ID = /^RG\d{3}$/;
var isoDate = string2().refine(
  (text) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
    const date2 = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date2.getTime()) && date2.toISOString().startsWith(text);
  },
  { message: "expected a date written YYYY-MM-DD" }
);
var severity = _enum(SEVERITIES, { message: `expected one of ${SEVERITIES.join(", ")}` });
var ruleSetting = union(
  [
    _enum(["off", "on"]),
    boolean2(),
    severity,
    strictObject({ enabled: boolean2().optional(), severity: severity.optional() })
  ],
  { message: "expected off, on, a severity, or { enabled, severity }" }
);
var ignoreEntry = strictObject({
  rule: string2().regex(RULE_ID, { message: "expected a rule id such as RG002" }),
  resource: string2().min(1).optional(),
  path: string2().min(1).optional(),
  reason: string2({ message: "a reason is required: say why this is accepted" }).trim().min(1, {
    message: "a reason is required: say why this is accepted"
  }),
  expires: isoDate.optional()
});
var schema = strictObject({
  scope: _enum(["auto", "organization", "workload"], { message: "expected auto, organization or workload" }).optional(),
  "management-account-id": string2().regex(/^\d{12}$/, { message: "expected a 12-digit AWS account id in quotes" }).optional(),
  "fail-on": _enum([...SEVERITIES, "none"], { message: "expected critical, high, medium, low or none" }).optional(),
  rules: record(string2(), ruleSetting).optional(),
  exclude: array(string2().min(1)).optional(),
  ignore: array(ignoreEntry).optional()
});
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
    return parseConfig(text, display, ruleIds);
  }
  return { ok: true, config: EMPTY_CONFIG };
}
function parseConfig(text, display, ruleIds) {
  let raw;
  try {
    raw = load(text, { schema: CORE_SCHEMA }) ?? {};
  } catch (e) {
    const err = e;
    const line = err.mark?.line !== void 0 ? err.mark.line + 1 : void 0;
    return {
      ok: false,
      errors: [
        {
          file: display,
          ...line !== void 0 ? { line } : {},
          message: `invalid YAML: ${err.reason ?? err.message}`
        }
      ]
    };
  }
  const lines = yamlLines(text);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue2) => {
        const keys = issue2.code === "unrecognized_keys" ? issue2.keys : [];
        const at2 = keys.length > 0 ? [...issue2.path, keys[0] ?? ""] : issue2.path;
        const where = at2.length > 0 ? at2.map(String).join(".") : "(top level)";
        const line = lineOfPath(lines, at2);
        const message = issue2.code === "unrecognized_keys" ? `${where}: unknown key; expected one of ${expectedKeys(issue2.path)}` : `${where}: ${issue2.message}`;
        return { file: display, ...line !== void 0 ? { line } : {}, message };
      })
    };
  }
  const data = parsed.data;
  const errors = [];
  const known = new Set(ruleIds);
  const disabledRules = /* @__PURE__ */ new Set();
  const severityOverrides = /* @__PURE__ */ new Map();
  for (const [id, setting] of Object.entries(data.rules ?? {})) {
    if (!known.has(id)) {
      const line = lineOfPath(lines, ["rules", id]);
      errors.push({
        file: display,
        ...line !== void 0 ? { line } : {},
        message: `rules.${id}: unknown rule id; expected one of ${ruleIds.join(", ")}`
      });
      continue;
    }
    if (setting === "off" || setting === false || typeof setting === "object" && setting.enabled === false)
      disabledRules.add(id);
    const sev = typeof setting === "string" && setting !== "off" && setting !== "on" ? setting : typeof setting === "object" ? setting.severity : void 0;
    if (sev !== void 0) severityOverrides.set(id, sev);
  }
  const ignore = [];
  (data.ignore ?? []).forEach((entry, index2) => {
    const line = lineOfPath(lines, ["ignore", index2]);
    if (!known.has(entry.rule)) {
      errors.push({
        file: display,
        ...line !== void 0 ? { line } : {},
        message: `ignore.${index2}.rule: unknown rule id "${entry.rule}"`
      });
      return;
    }
    ignore.push({ ...entry, ...line !== void 0 ? { line } : {} });
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      file: display,
      ...data.scope !== void 0 ? { scope: data.scope } : {},
      ...data["management-account-id"] !== void 0 ? { managementAccountId: data["management-account-id"] } : {},
      ...data["fail-on"] !== void 0 ? { failOn: data["fail-on"] } : {},
      disabledRules,
      severityOverrides,
      exclude: data.exclude ?? [],
      ignore
    }
  };
}
function expectedKeys(parent) {
  if (parent.length === 0) return Object.keys(schema.shape).join(", ");
  if (parent[0] === "ignore") return Object.keys(ignoreEntry.shape).join(", ");
  return "enabled, severity";
}
function globMatches(pattern, text) {
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
  return new RegExp(`^${normalised}$`).test(text) || new RegExp(`^${normalised}/`).test(text);
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
  for (const rule13 of rules2) {
    if (!applies(rule13, ctx, options)) continue;
    let reports;
    try {
      reports = rule13.check(ctx);
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
import { promises as fs7 } from "node:fs";
import path6 from "node:path";

// src/load/hcl.ts
import { promises as fs4 } from "node:fs";

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
    const path10 = top.path === "" ? name : `${top.path}.${name}`;
    if (!top.block.attributes.has(path10)) top.block.attributes.set(path10, line);
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
      const path10 = top.path === "" ? segment : `${top.path}.${segment}`;
      if (top.block && !top.block.attributes.has(path10)) top.block.attributes.set(path10, line);
      this.stack.push({ block: top.block, path: path10 });
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
  const path10 = [];
  let line = 1;
  let pendingKey = null;
  const containers = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* LF */) line++;
    else if (c === 34 /* Quote */) {
      let j = i + 1;
      let s = "";
      while (j < text.length && text.charCodeAt(j) !== 34 /* Quote */) {
        if (text.charCodeAt(j) === 92 /* Backslash */) {
          s += text[j + 1] ?? "";
          j += 2;
        } else {
          s += text[j];
          j++;
        }
      }
      if (expectKey && containers[containers.length - 1] === "object") {
        pendingKey = s;
        const keyPath = [...path10.filter((p) => p !== null), s].join("\0");
        if (!lines.has(keyPath)) lines.set(keyPath, line);
        expectKey = false;
      }
      i = j;
    } else if (c === 123 /* LBrace */ || c === 91 /* LBracket */) {
      path10.push(pendingKey);
      pendingKey = null;
      containers.push(c === 123 /* LBrace */ ? "object" : "array");
      expectKey = c === 123 /* LBrace */;
    } else if (c === 125 /* RBrace */ || c === 93 /* RBracket */) {
      path10.pop();
      containers.pop();
      pendingKey = null;
    } else if (c === 44 /* Comma */) {
      expectKey = containers[containers.length - 1] === "object";
      pendingKey = null;
    }
  }
  return lines;
}
var JSON_PATH_SEPARATOR = "\0";

// src/load/hcl.ts
var BLOCK_TYPES = [
  "resource",
  "data",
  "provider",
  "module",
  "variable",
  "locals",
  "output"
];
var hcl2json;
function loadHcl2Json() {
  hcl2json ??= import("./lib-7CTOKLXR.js").then((mod) => {
    const withDefault = mod;
    return typeof withDefault.parse === "function" ? withDefault : withDefault.default ?? withDefault;
  });
  return hcl2json;
}
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
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buffer.subarray(start)) };
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
async function readSource(path10, display) {
  let buffer;
  try {
    buffer = await fs4.readFile(path10);
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
async function readAndParse(path10, display, options = {}) {
  const read = await readSource(path10, display);
  if ("error" in read) return { ok: false, error: read.error };
  return parseSource(read.text, path10, display, options);
}
async function parseSource(text, path10, display, options = {}) {
  if (options.parser !== "hcl2json") return parseSourceNative(text, path10, display, options);
  if (display.endsWith(".json")) return parseJsonSource(text, path10, display);
  if (text.trim() === "") return { ok: true, file: { path: path10, display, blocks: [], text }, attributes: {} };
  let raw;
  try {
    const { parse: parse2 } = await loadHcl2Json();
    raw = await parse2(display, text);
  } catch (e) {
    return { ok: false, error: hclError(display, errorText(e)) };
  }
  if (options.attributesOnly) return { ok: true, file: { path: path10, display, blocks: [], text }, attributes: raw };
  const located = locateHclBlocks(text);
  return { ok: true, file: { path: path10, display, blocks: pairBlocks(raw, located, display), text } };
}
function parseSourceNative(text, path10, display, options = {}) {
  if (display.endsWith(".json")) return parseJsonSource(text, path10, display);
  return nativeOutcome(parseNative(text, display), text, path10, display, options);
}
function nativeOutcome(parsed, text, path10, display, options = {}) {
  if (!parsed.ok) {
    const { line, message } = parsed;
    return { ok: false, error: { file: display, ...line !== void 0 ? { line } : {}, message } };
  }
  if (options.attributesOnly) {
    return { ok: true, file: { path: path10, display, blocks: [], text }, attributes: parsed.json };
  }
  return {
    ok: true,
    file: { path: path10, display, blocks: nativeBlocks(parsed.json, parsed.blocks, display), text }
  };
}
function nativeBlocks(json, located, display) {
  const byBody = /* @__PURE__ */ new Map();
  for (const block of located) byBody.set(block.body, block);
  const blocks2 = [];
  for (const { type, labels, body } of rawBlocks(json)) {
    const where = byBody.get(body);
    blocks2.push({
      type,
      labels,
      body,
      file: display,
      line: where?.line ?? 1,
      attributeLines: where ? where.attributes : {}
    });
  }
  return blocks2;
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
  const blocks2 = [];
  for (const { type, labels, body } of rawBlocks(raw)) {
    const where = take(type, labels);
    blocks2.push({
      type,
      labels,
      body,
      file: display,
      line: where?.line ?? 1,
      attributeLines: where ? Object.fromEntries(where.attributes) : {}
    });
  }
  return blocks2;
}
function* rawBlocks(raw) {
  for (const type of BLOCK_TYPES) {
    const section = raw[type];
    if (section === void 0 || section === null) continue;
    const depth = type === "resource" || type === "data" ? 2 : type === "locals" ? 0 : 1;
    yield* walkSection(type, section, depth, []);
  }
}
function* walkSection(type, node2, depth, labels) {
  if (depth === 0) {
    for (const body of asBodies(node2)) yield { type, labels, body };
    return;
  }
  if (!isRawObject(node2)) return;
  for (const [label4, child] of Object.entries(node2))
    yield* walkSection(type, child, depth - 1, [...labels, label4]);
}
function asBodies(node2) {
  if (Array.isArray(node2)) return node2.filter(isRawObject);
  return isRawObject(node2) ? [node2] : [];
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
    locals: 1
  };
  const byBlock = /* @__PURE__ */ new Map();
  for (const [keyPath, line] of keyLines) {
    const segments = keyPath.split(JSON_PATH_SEPARATOR);
    const depth = depthOf[segments[0] ?? ""];
    if (depth === void 0 || segments.length <= depth) continue;
    const prefix = segments.slice(0, depth).join(JSON_PATH_SEPARATOR);
    const lines = byBlock.get(prefix) ?? {};
    lines[segments.slice(depth).join(".")] ??= line;
    byBlock.set(prefix, lines);
  }
  return byBlock;
}
function parseJsonSource(text, path10, display) {
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
  const blocks2 = [];
  for (const { type, labels, body } of rawBlocks(raw)) {
    const prefix = [type, ...labels].join(JSON_PATH_SEPARATOR);
    const attributeLines = { ...linesByBlock.get(prefix) ?? {} };
    blocks2.push({ type, labels, body, file: display, line: keyLines.get(prefix) ?? 1, attributeLines });
  }
  return { ok: true, file: { path: path10, display, blocks: blocks2, text } };
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
function defaultJobs() {
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_JOBS));
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
  const worker = await import("./worker-UIBOQVML.js");
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
import { promises as fs5 } from "node:fs";
import path3 from "node:path";
async function readModuleManifest(rootDir) {
  const manifest = /* @__PURE__ */ new Map();
  let text;
  try {
    text = await fs5.readFile(path3.join(rootDir, ".terraform", "modules", "modules.json"), "utf8");
  } catch {
    return manifest;
  }
  try {
    const parsed = JSON.parse(text);
    for (const entry of parsed.Modules ?? []) {
      if (typeof entry.Key === "string" && entry.Key !== "" && typeof entry.Dir === "string") {
        manifest.set(entry.Key, path3.resolve(rootDir, entry.Dir));
      }
    }
  } catch {
  }
  return manifest;
}

// src/load/module.ts
import path4 from "node:path";
import { readFileSync } from "node:fs";

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
var Encoder = class {
  text = "";
  unknowns = [];
  encode(value) {
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
      if (t.k === "tuple") all.push(...t.elems);
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
      if (t.k === "object") all.push(...t.attrs.values());
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
  const unknown2 = unknownFrom(list);
  if (unknown2) return unknown2;
  const out = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item === null) throw new EvalError(`${what}: element ${i} is null`);
    out.push(argString(item, `${what} element ${i}`));
  }
  return out;
}

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
  const unknown2 = unknownFrom(items, true);
  if (unknown2) return unknown2;
  return toSet(items);
}
function flattenInto(list, out) {
  for (const item of list) {
    if (item instanceof Unknown) return unknownFrom([item]);
    if (Array.isArray(item)) {
      const unknown2 = flattenInto(item, out);
      if (unknown2) return unknown2;
    } else {
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
    args.forEach((a, i) => out.push(...argList(a, `argument ${i + 1}`)));
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
    const unknown2 = unknownFrom(list, true);
    if (unknown2) return unknown2;
    const out = [];
    for (const item of list) if (!out.some((e) => valuesEqual(e, item) === true)) out.push(item);
    return out;
  }),
  compact: def(1, 1, ([v]) => {
    const list = argList(v, "list");
    const unknown2 = unknownFrom(list);
    if (unknown2) return unknown2;
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
    const unknown2 = unknownFrom(lists.flat(), true);
    if (unknown2) return unknown2;
    const [first, ...rest] = lists;
    return toSet(
      first.filter((item) => rest.every((other) => other.some((o) => valuesEqual(o, item) === true)))
    );
  }),
  setsubtract: def(2, 2, ([a, b]) => {
    const left = argList(a, "a");
    const right = argList(b, "b");
    const unknown2 = unknownFrom([...left, ...right], true);
    if (unknown2) return unknown2;
    return toSet(left.filter((item) => !right.some((o) => valuesEqual(o, item) === true)));
  }),
  alltrue: def(1, 1, ([v]) => boolReduce(argList(v, "list"), false)),
  anytrue: def(1, 1, ([v]) => boolReduce(argList(v, "list"), true)),
  sum: def(1, 1, ([v]) => {
    const list = argList(v, "list");
    if (list.length === 0) throw new EvalError("cannot sum an empty list");
    const unknown2 = unknownFrom(list);
    if (unknown2) return unknown2;
    return list.reduce((acc, item, i) => acc + argNumber(item, `list element ${i}`), 0);
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
function checkFinite(value) {
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new Unsupported("JSON numbers beyond the double range are not supported");
  }
  if (Array.isArray(value)) value.forEach(checkFinite);
  else if (value !== null && typeof value === "object" && !(value instanceof Unknown)) {
    for (const key in value) checkFinite(value[key]);
  }
  return value;
}
var ENCODING_FUNCTIONS = {
  jsonencode: def(1, 1, ([v]) => jsonEncode(v)),
  jsondecode: def(1, 1, ([s]) => {
    const text = argString(s, "str");
    let parsed;
    try {
      parsed = jsonDecode(text);
    } catch (err) {
      throw new EvalError(`invalid JSON: ${err.message}`);
    }
    return checkFinite(parsed);
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
  urlencode: def(1, 1, ([s]) => queryEscape(argString(s, "str"))),
  regex: def(2, 2, ([p, s]) => regexFirst(compileRE2(argString(p, "pattern")), argString(s, "string"))),
  regexall: def(2, 2, ([p, s]) => regexAll(compileRE2(argString(p, "pattern")), argString(s, "string"))),
  file: def(1, 1, ([p], ctx) => {
    const path10 = argString(p, "path");
    const text = ctx.scope.readFile(path10);
    if (text === void 0) throw new Unsupported(`file "${path10}" is not readable here`);
    return text;
  })
};

// src/load/expr/fn-format.ts
function pad(body, spec, numeric) {
  const len = graphemes(body).length;
  if (spec.width <= len) return body;
  const fill = spec.width - len;
  if (spec.minus) return body + " ".repeat(fill);
  if (spec.zero && numeric) {
    const sign = body[0] === "-" || body[0] === "+" || body[0] === " " ? body[0] : "";
    return sign + "0".repeat(fill) + body.slice(sign.length);
  }
  return " ".repeat(fill) + body;
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
  let unknown2 = null;
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
    if (piece instanceof Unknown) unknown2 = unknownFrom(unknown2 ? [unknown2, piece] : [piece]);
    else out.push(piece);
  }
  if (used < args.length) throw new EvalError(`too many arguments; only ${used} used by format string`);
  return unknown2 ?? out.join("");
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

// src/load/expr/fn-numeric.ts
var NUMERIC_FUNCTIONS = {
  abs: def(1, 1, ([n]) => Math.abs(argNumber(n, "num"))),
  ceil: def(1, 1, ([n]) => Math.ceil(argNumber(n, "num"))),
  floor: def(1, 1, ([n]) => Math.floor(argNumber(n, "num"))),
  signum: def(1, 1, ([n]) => Math.sign(argNumber(n, "num"))),
  pow: def(2, 2, ([b, e]) => Math.pow(argNumber(b, "num"), argNumber(e, "power"))),
  log: def(2, 2, ([n, b]) => Math.log(argNumber(n, "num")) / Math.log(argNumber(b, "base"))),
  max: def(1, Infinity, (args) => Math.max(...args.map((a, i) => argNumber(a, `argument ${i + 1}`)))),
  min: def(1, Infinity, (args) => Math.min(...args.map((a, i) => argNumber(a, `argument ${i + 1}`))))
};

// src/load/expr/template.ts
var TEXT_SPECIAL = new Uint8Array(128);
var QUOTED_SPECIAL = new Uint8Array(128);
for (const c of [36, 37, 10]) TEXT_SPECIAL[c] = QUOTED_SPECIAL[c] = 1;
for (const c of [34, 92]) QUOTED_SPECIAL[c] = 1;
function isSpaceCode(c) {
  if (c <= 32) return c === 32 || c >= 9 && c <= 13;
  if (c < 133) return false;
  return c === 133 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
function trimLeftSpace(s) {
  let i = 0;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}
function trimRightSpace(s) {
  let i = s.length;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i === s.length ? s : s.slice(0, i);
}
function hexValue(src, start, count) {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const c = src.charCodeAt(i);
    let d;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return -1;
    value = value * 16 + d;
  }
  return value;
}
function closingMarkerEnd(src, i, marker) {
  let j = i;
  while (src.charCodeAt(j) === 32 || src.charCodeAt(j) === 9) j++;
  if (!src.startsWith(marker, j)) return -1;
  const afterMarker = j + marker.length;
  let k = afterMarker;
  while (src.charCodeAt(k) === 32 || src.charCodeAt(k) === 9 || src.charCodeAt(k) === 13) k++;
  if (k < src.length && src.charCodeAt(k) !== 10) return -1;
  return afterMarker;
}
var Scanner = class {
  constructor(p, src, start) {
    this.p = p;
    this.src = src;
    this.segStart = start;
    this.litStart = start;
  }
  p;
  src;
  flat = [];
  chunks = [];
  segStart;
  litStart;
  ltrimNext = false;
  /** Ends the literal token running up to `end` (exclusive), applying a pending `~}` strip. */
  closeLiteral(end) {
    if (end > this.segStart) this.chunks.push(this.src.slice(this.segStart, end));
    if (this.chunks.length > 0) {
      let value = this.chunks.length === 1 ? this.chunks[0] : this.chunks.join("");
      if (this.ltrimNext) value = trimLeftSpace(value);
      this.flat.push({ kind: "literal", value, start: this.litStart, end });
      this.chunks.length = 0;
    }
    this.ltrimNext = false;
  }
  /** Replaces source text [from, to) by `decoded` inside the current literal. */
  substitute(from, to, decoded) {
    if (from > this.segStart) this.chunks.push(this.src.slice(this.segStart, from));
    this.chunks.push(decoded);
    this.segStart = to;
  }
  restartLiteral(at2) {
    this.segStart = at2;
    this.litStart = at2;
  }
  /** `${` or `%{` at `at`; returns the offset just after the closing brace. */
  sequence(at2, directive) {
    const p = this.p;
    this.closeLiteral(at2);
    this.ltrimNext = false;
    let pos = at2 + 2;
    if (this.src.charCodeAt(pos) === 126) {
      pos++;
      const prev = this.flat[this.flat.length - 1];
      if (prev && prev.kind === "literal") prev.value = trimRightSpace(prev.value);
    }
    p.resetAt(pos);
    p.pushNewlines(false);
    let entry;
    if (!directive) {
      const expr = p.parseExpression();
      entry = { kind: "interp", expr, start: at2, end: 0 };
    } else {
      entry = this.directive(at2);
    }
    const close = p.next();
    if (close.type !== 7 /* CBrace */ && close.type !== 8 /* CBraceStrip */) {
      p.fail(
        `expected "}" to close the template ${directive ? "directive" : "interpolation"} but found ${p.describe(close)}`,
        close.start,
        close.end
      );
    }
    p.popNewlines();
    entry.end = close.end;
    this.flat.push(entry);
    this.ltrimNext = close.type === 8 /* CBraceStrip */;
    this.restartLiteral(close.end);
    return close.end;
  }
  directive(at2) {
    const p = this.p;
    const kw = p.next();
    const word = kw.type === 2 /* Ident */ ? p.text(kw) : "";
    switch (word) {
      case "if":
        return { kind: "if", condition: p.parseExpression(), start: at2, end: 0 };
      case "else":
      case "endif":
      case "endfor":
        return { kind: word, start: at2, end: 0 };
      case "for": {
        let valueVar = p.text(p.expect(2 /* Ident */, 'variable name after "for"'));
        let keyVar = null;
        if (p.peek().type === 13 /* Comma */) {
          p.next();
          keyVar = valueVar;
          valueVar = p.text(p.expect(2 /* Ident */, 'value variable name after ","'));
        }
        const inTok = p.next();
        if (inTok.type !== 2 /* Ident */ || p.text(inTok) !== "in") {
          p.fail(`expected "in" in for directive but found ${p.describe(inTok)}`, inTok.start, inTok.end);
        }
        const collection = p.parseExpression();
        return { kind: "for", keyVar, valueVar, collection, start: at2, end: 0 };
      }
      default:
        return p.fail(
          `expected a template directive keyword (if, else, endif, for, endfor) but found ${p.describe(kw)}`,
          kw.start,
          kw.end
        );
    }
  }
};
function plainQuotedEnd(src, start) {
  for (let i = start; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c < 128 && QUOTED_SPECIAL[c]) return c === 34 ? i : -1;
  }
  return -1;
}
function scanTemplate(p, start, mode, marker, openStart = start) {
  const src = p.src;
  const len = src.length;
  const quoted2 = mode === "quoted";
  const heredoc = mode === "heredoc" || mode === "flushHeredoc";
  const s = new Scanner(p, src, start);
  const special = quoted2 ? QUOTED_SPECIAL : TEXT_SPECIAL;
  let i = start;
  let lineStart = heredoc;
  let end = -1;
  while (end < 0) {
    if (lineStart) {
      const markerEnd = closingMarkerEnd(src, i, marker ?? "");
      if (markerEnd >= 0) {
        s.closeLiteral(i);
        end = markerEnd;
        break;
      }
      lineStart = false;
    }
    if (i >= len) {
      if (quoted2) p.fail("unterminated template string: missing closing quote", openStart, len);
      if (heredoc) p.fail(`unterminated heredoc: missing closing marker "${marker ?? ""}"`, openStart, len);
      s.closeLiteral(len);
      end = len;
      break;
    }
    let c = src.charCodeAt(i);
    if (c < 128 && !special[c]) {
      do
        c = src.charCodeAt(++i);
      while (i < len && (c >= 128 || !special[c]));
      continue;
    }
    if (c === 36 || c === 37) {
      const c1 = src.charCodeAt(i + 1);
      if (c1 === 123) {
        i = s.sequence(i, c === 37);
        continue;
      }
      if (c1 === c && src.charCodeAt(i + 2) === 123) {
        s.substitute(i, i + 3, c === 36 ? "${" : "%{");
        i += 3;
        continue;
      }
      i++;
      continue;
    }
    if (c === 10) {
      if (quoted2) p.fail("unterminated template string: newline before closing quote", openStart, i);
      i++;
      s.closeLiteral(i);
      s.restartLiteral(i);
      lineStart = heredoc;
      continue;
    }
    if (quoted2 && c === 34) {
      s.closeLiteral(i);
      end = i + 1;
      break;
    }
    if (quoted2 && c === 92) {
      i = decodeEscape(p, s, src, i);
      continue;
    }
    i++;
  }
  const flat = s.flat;
  if (flat.length === 0) flat.push({ kind: "literal", value: "", start, end: start });
  if (mode === "flushHeredoc") flushIndent(flat);
  let directives = false;
  let adjacentLiterals = false;
  for (let k = 0; k < flat.length; k++) {
    const kind = flat[k].kind;
    if (kind !== "literal" && kind !== "interp") directives = true;
    else if (kind === "literal" && k > 0 && flat[k - 1].kind === "literal") adjacentLiterals = true;
  }
  const melded = adjacentLiterals ? meld(flat) : flat;
  if (!directives) return { parts: melded, end };
  return { parts: new Nester(p, melded).sequence(null), end };
}
function decodeEscape(p, s, src, i) {
  const e = src.charCodeAt(i + 1);
  let decoded;
  let width = 2;
  switch (e) {
    case 110:
      decoded = "\n";
      break;
    case 114:
      decoded = "\r";
      break;
    case 116:
      decoded = "	";
      break;
    case 34:
      decoded = '"';
      break;
    case 92:
      decoded = "\\";
      break;
    case 117:
    // \uXXXX
    case 85: {
      const digits = e === 117 ? 4 : 8;
      const cp = hexValue(src, i + 2, digits);
      if (cp < 0 || cp > 1114111 || cp >= 55296 && cp <= 57343) {
        p.fail("invalid unicode escape sequence", i, i + 2 + digits);
      }
      decoded = String.fromCodePoint(cp);
      width = 2 + digits;
      break;
    }
    default:
      return p.fail(`invalid escape sequence "\\${src.charAt(i + 1)}"`, i, i + 2);
  }
  s.substitute(i, i + width, decoded);
  return i + width;
}
function flushIndent(flat) {
  let min = Number.MAX_SAFE_INTEGER;
  let atLineStart = true;
  const adjust = [];
  for (let k = 0; k < flat.length; k++) {
    const tok = flat[k];
    if (atLineStart) {
      atLineStart = false;
      let spaces = 0;
      if (tok.kind === "literal") {
        let n = 0;
        while (n < tok.value.length && isSpaceCode(tok.value.charCodeAt(n))) n++;
        if (n === tok.value.length && tok.value.endsWith("\n")) {
          spaces = Number.MAX_SAFE_INTEGER;
        } else {
          spaces = n;
          adjust.push({ index: k });
        }
      }
      if (spaces < min) min = spaces;
    }
    if (tok.kind === "literal" && tok.value.endsWith("\n")) atLineStart = true;
  }
  if (min === Number.MAX_SAFE_INTEGER || min === 0) return;
  for (const { index: index2 } of adjust) {
    const tok = flat[index2];
    tok.value = tok.value.slice(min);
    tok.start += min;
  }
}
function meld(flat) {
  const out = [];
  for (const tok of flat) {
    const prev = out[out.length - 1];
    if (tok.kind === "literal" && prev && prev.kind === "literal") {
      out[out.length - 1] = {
        kind: "literal",
        value: prev.value + tok.value,
        start: prev.start,
        end: tok.end
      };
    } else {
      out.push(tok);
    }
  }
  return out;
}
var Nester = class {
  constructor(p, flat) {
    this.p = p;
    this.flat = flat;
  }
  p;
  flat;
  pos = 0;
  /** Parts until a closing directive listed in `closers` (or end of template when null). */
  sequence(closers) {
    const parts = [];
    while (this.pos < this.flat.length) {
      const tok = this.flat[this.pos];
      switch (tok.kind) {
        case "literal":
          this.pos++;
          parts.push({ kind: "literal", value: tok.value, start: tok.start, end: tok.end });
          break;
        case "interp":
          this.pos++;
          parts.push({ kind: "interp", expr: tok.expr, start: tok.start, end: tok.end });
          break;
        case "if": {
          this.pos++;
          const then = this.sequence(IF_CLOSERS);
          let closer = this.flat[this.pos - 1];
          let otherwise = [];
          if (closer.kind === "else") {
            otherwise = this.sequence(ENDIF_ONLY);
            closer = this.flat[this.pos - 1];
          }
          parts.push({
            kind: "if",
            condition: tok.condition,
            then,
            else: otherwise,
            start: tok.start,
            end: closer.end
          });
          break;
        }
        case "for": {
          this.pos++;
          const body = this.sequence(ENDFOR_ONLY);
          const closer = this.flat[this.pos - 1];
          parts.push({
            kind: "for",
            keyVar: tok.keyVar,
            valueVar: tok.valueVar,
            collection: tok.collection,
            body,
            start: tok.start,
            end: closer.end
          });
          break;
        }
        default:
          if (closers?.has(tok.kind)) {
            this.pos++;
            return parts;
          }
          return this.p.fail(`unexpected %{ ${tok.kind} } directive`, tok.start, tok.end);
      }
    }
    if (closers) {
      const wanted = closers.has("endfor") ? "endfor" : "endif";
      const last = this.flat[this.flat.length - 1];
      this.p.fail(`missing %{ ${wanted} } directive`, last ? last.end : 0);
    }
    return parts;
  }
};
var IF_CLOSERS = /* @__PURE__ */ new Set(["else", "endif"]);
var ENDIF_ONLY = /* @__PURE__ */ new Set(["endif"]);
var ENDFOR_ONLY = /* @__PURE__ */ new Set(["endfor"]);

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
      parts.push(...items);
    }
    return parts.join(sep);
  }),
  split: def(2, 2, ([sep, str]) => {
    const s = argString(str, "str");
    const separator = argString(sep, "separator");
    return separator === "" ? Array.from(s) : s.split(separator);
  }),
  lower: def(1, 1, ([s]) => mapCase(argString(s, "str"), false)),
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

// src/load/expr/functions.ts
var FUNCTIONS = new Map(
  Object.entries({
    ...COLLECTION_FUNCTIONS,
    ...STRING_FUNCTIONS,
    ...FORMAT_FUNCTIONS,
    ...NUMERIC_FUNCTIONS,
    ...ENCODING_FUNCTIONS
  })
);

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
  parseTuple(open2) {
    this.pushNewlines(false);
    if (this.isKeyword(this.peek(), "for")) {
      const result = this.parseFor(open2, false);
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
    return { kind: "tuple", items, start: open2.start, end: close.end };
  }
  parseObject(open2) {
    this.pushNewlines(false);
    const isFor = this.isKeyword(this.peek(), "for");
    if (isFor) {
      const result = this.parseFor(open2, true);
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
    return { kind: "object", items, start: open2.start, end: close.end };
  }
  /** After `[` or `{` when the next token is `for`; newlines are already insignificant. */
  parseFor(open2, isObject3) {
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
    if (isObject3) {
      keyExpr = this.parseExpression();
      this.expect(23 /* FatArrow */, '"=>" in object for expression');
    }
    const valueExpr = this.parseExpression();
    let grouping = false;
    if (isObject3 && this.peek().type === 15 /* Ellipsis */) {
      this.next();
      grouping = true;
    }
    let condition = null;
    if (this.isKeyword(this.peek(), "if")) {
      this.next();
      condition = this.parseExpression();
    }
    const close = this.expect(isObject3 ? 7 /* CBrace */ : 10 /* CBrack */, isObject3 ? '"}"' : '"]"');
    return {
      kind: "for",
      isObject: isObject3,
      keyVar,
      valueVar,
      collection,
      keyExpr,
      valueExpr,
      condition,
      grouping,
      start: open2.start,
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
  if (err instanceof RangeError) return new Unknown("expression is too deeply nested to evaluate");
  return new Unknown(`internal evaluator error: ${err instanceof Error ? err.message : String(err)}`);
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
  let node2 = expr;
  while (node2.kind === "getAttr" || node2.kind === "index") {
    steps.push(node2);
    node2 = node2.object;
  }
  steps.reverse();
  if (node2.kind === "variable") return resolveRoot(node2.name, steps, ctx);
  return applySteps(evalExpr(node2, ctx), steps, 0, ctx);
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
  const path10 = [];
  for (let i = from; i < steps.length; i++) {
    const key = stepKey(steps[i], ctx);
    if (key instanceof Unknown) {
      const partial2 = referenceUnknown({ address: ctx.scope.modulePrefix + address, path: path10 }, reason);
      return new Unknown(partial2.reason, mergeRefs([partial2, key]));
    }
    path10.push(key);
  }
  return referenceUnknown({ address: ctx.scope.modulePrefix + address, path: path10 }, reason);
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
  let node2 = expr;
  if (node2.kind !== "getAttr" && node2.kind !== "index") return false;
  while (node2.kind === "getAttr" || node2.kind === "index") {
    if (node2.kind === "index") {
      const k = node2.key;
      const constant = k.kind === "literal" || k.kind === "template" && k.parts.length === 1 && k.parts[0].kind === "literal";
      if (!constant) return false;
    }
    node2 = node2.object;
  }
  return node2.kind === "variable";
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
  const unknown2 = () => unknownFrom([lhs.value, rhs.value].filter((v) => v instanceof Unknown));
  if (l === null && r === null) {
    if (lhs.error === null) return rhs.error === null ? unknown2() : unknownFrom([lhs.value]);
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
  const args = expr.args.map((a) => evalExpr(a, ctx));
  if (expr.expandFinal) {
    const last = args.pop();
    if (last instanceof Unknown) return unknownFrom([last]);
    if (!Array.isArray(last)) {
      throw new EvalError(
        `invalid expanding argument: the final argument must be a list, set or tuple, not ${typeName(last ?? null)}`
      );
    }
    args.push(...last);
  }
  const fn = FUNCTIONS.get(expr.name);
  if (!fn && expr.name !== "templatefile") {
    return new Unknown(`unsupported function "${expr.name}"`, mergeRefs(collectUnknowns(args)));
  }
  const min = fn ? fn.minArgs : 2;
  const max = fn ? fn.maxArgs : 2;
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new EvalError(`function "${expr.name}" expects ${expected} argument(s), got ${args.length}`);
  }
  if (!fn?.allowUnknown) {
    const unknown2 = unknownFrom(args);
    if (unknown2) return unknown2;
  }
  try {
    return fn ? fn.call(args, { scope: ctx.scope }) : templateFile(args, ctx);
  } catch (err) {
    if (err instanceof EvalError)
      throw new EvalError(`call to function "${expr.name}" failed: ${err.message}`);
    if (err instanceof Unsupported) return new Unknown(`${expr.name}(): ${err.message}`);
    throw err;
  }
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
  if (ctx.templateVars) throw new EvalError("templatefile() cannot be called from inside a template");
  const [pathArg, varsArg] = args;
  if (typeof pathArg !== "string")
    throw new EvalError(`path: a string is required, not ${typeName(pathArg)}`);
  if (!isObject(varsArg)) throw new EvalError(`vars: a map or object is required, not ${typeName(varsArg)}`);
  for (const key in varsArg) {
    if (!TEMPLATE_VAR_NAME.test(key)) throw new EvalError(`invalid template variable name "${key}"`);
  }
  const text = ctx.scope.readFile(pathArg);
  if (text === void 0) throw new Unsupported(`file "${pathArg}" is not readable here`);
  const template = parseTemplateCached(text);
  if (template.kind !== "template") {
    throw new Unsupported(
      `syntax error in "${pathArg}" at ${template.line}:${template.column}: ${template.message}`
    );
  }
  return evalTemplate(template.parts, { scope: ctx.scope, frame: null, templateVars: varsArg }, true);
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
function groupModules(files) {
  const modules = /* @__PURE__ */ new Map();
  for (const file of files) {
    const dir = path4.dirname(file.path);
    const def2 = modules.get(dir) ?? { dir, blocks: [] };
    def2.blocks.push(...file.blocks);
    modules.set(dir, def2);
  }
  return modules;
}
function localModuleDir(moduleDir, block) {
  const source = block.body.source;
  if (typeof source !== "string" || !(source.startsWith("./") || source.startsWith("../"))) return void 0;
  return path4.resolve(moduleDir, source);
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
    instance.collect();
  }
  return out;
}
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
      }
    }
    this.scope = this.makeScope();
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
  memo = /* @__PURE__ */ new Map();
  evaluating = /* @__PURE__ */ new Set();
  children = /* @__PURE__ */ new Map();
  scope;
  /** The count/for_each key of this module instance, when its call is expanded. */
  instanceKey;
  makeScope(extra) {
    const cwd = this.options.cwd;
    return {
      modulePrefix: this.prefix,
      variable: (name) => this.variable(name),
      local: (name) => this.local(name),
      path: (kind) => kind === "module" ? relativeDir(cwd, this.def.dir) : ".",
      resource: (address) => this.resourceValue(address),
      readFile: (file) => {
        try {
          return readFileSync(path4.resolve(cwd, file), "utf8");
        } catch {
          return void 0;
        }
      },
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
      const input = this.inputs.get(name);
      if (input !== void 0) return input;
      const block = this.variableDefs.get(name);
      if (block && "default" in block.body) return this.evaluate(block.body.default ?? null);
      return new Unknown(`variable "${name}" has no value (no default, no tfvars)`);
    });
  }
  local(name) {
    const def2 = this.localDefs.get(name);
    if (def2 === void 0) return void 0;
    return this.memoised(`local.${name}`, () => this.evaluate(def2));
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
    const documentPrefix = "data.aws_iam_policy_document.";
    if (address.startsWith(documentPrefix)) {
      const block = this.policyDocuments.get(address.slice(documentPrefix.length));
      if (!block || "count" in block.body || "for_each" in block.body) return void 0;
      return this.memoised(address, () => {
        const json = renderPolicyDocument(
          this.evaluateBody(block.body, this.scope),
          `${this.prefix}${address}`
        );
        return typeof json === "string" ? { json, minified_json: JSON.stringify(JSON.parse(json)) } : json;
      });
    }
    return void 0;
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
      instances = this.expand(block).map(({ key, scope }) => {
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
    }
    for (const [name, block] of this.moduleCalls) {
      const instances = this.child(name);
      if (instances) for (const instance of instances) instance.collect();
      else {
        const source = typeof block.body.source === "string" ? block.body.source : "unknown source";
        this.out.blindSpots.push({
          resource: `${this.prefix}module.${name}`,
          reason: `module "${name}" (source ${source}) is not available to scan; run terraform init or scan its directory`
        });
      }
    }
  }
  collectProvider(block) {
    const values = this.evaluateBody(block.body, this.scope);
    const alias = typeof values.alias === "string" ? values.alias : void 0;
    this.out.providers.push({
      name: block.labels[0] ?? "",
      ...alias !== void 0 ? { alias } : {},
      module: this.prefix.replace(/\.$/, ""),
      values,
      location: { file: block.file, line: block.line },
      attributeLines: block.attributeLines,
      origin: "hcl"
    });
  }
  collectResource(block) {
    const [type = "", name = ""] = block.labels;
    const mode = block.type === "data" ? "data" : "managed";
    const base = `${this.prefix}${mode === "data" ? "data." : ""}${type}.${name}`;
    for (const instance of this.expand(block)) {
      this.out.resources.push({
        address: instance.key === void 0 ? base : `${base}[${JSON.stringify(instance.key)}]`,
        mode,
        type,
        name,
        module: this.prefix.replace(/\.$/, ""),
        ...instance.key !== void 0 ? { index: instance.key } : {},
        values: this.evaluateBody(block.body, instance.scope),
        location: { file: block.file, line: block.line },
        attributeLines: block.attributeLines,
        origin: "hcl"
      });
    }
  }
  /** count and for_each instances; an unknown collection keeps one instance whose values say so. */
  expand(block) {
    if ("count" in block.body) {
      const count = this.evaluate(block.body.count ?? null);
      if (typeof count === "number") {
        return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, index2) => ({
          key: index2,
          scope: this.makeScope({ count: { index: index2 } })
        }));
      }
      return [{ scope: this.scope }];
    }
    if ("for_each" in block.body) {
      const each = this.evaluate(block.body.for_each ?? null);
      const entries = forEachEntries(each);
      if (entries) {
        return entries.map(([key, value]) => ({ key, scope: this.makeScope({ each: { key, value } }) }));
      }
      const reason = each instanceof Unknown ? each.reason : "for_each is not a map or set";
      return [{ scope: this.makeScope({ each: { key: new Unknown(reason), value: new Unknown(reason) } }) }];
    }
    return [{ scope: this.scope }];
  }
  evaluateBody(body, scope) {
    const values = {};
    for (const [key, raw] of Object.entries(body)) {
      if (META_ARGUMENTS.has(key) || key === "dynamic") continue;
      values[key] = evaluateNested(raw, scope);
    }
    if (isRawObject(body.dynamic)) expandDynamicBlocks(body.dynamic, scope, values);
    return values;
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
  const values = {};
  for (const [key, raw] of Object.entries(body))
    if (key !== "dynamic") values[key] = evaluateNested(raw, scope);
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
    for (const [key, value] of Object.entries(raw)) out[key] = evaluateRaw(value, scope);
    return out;
  }
  return raw;
}
function relativeDir(cwd, dir) {
  const rel = path4.relative(cwd, dir).split(path4.sep).join("/");
  return rel === "" ? "." : rel;
}

// src/load/tfvars.ts
import { promises as fs6 } from "node:fs";
import path5 from "node:path";
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
      await fs6.access(path5.resolve(cwd, file));
    } catch (e) {
      const display = path5.relative(cwd, path5.resolve(cwd, file)).split(path5.sep).join("/");
      errors.push({ file: display, message: `var file cannot be read: ${errorText(e)}` });
    }
  }
  return errors;
}
async function rootVariables(dir, sources, cwd, errors) {
  const values = /* @__PURE__ */ new Map();
  let entries = [];
  try {
    entries = await fs6.readdir(dir);
  } catch {
  }
  const auto = entries.filter((e) => e.endsWith(".auto.tfvars") || e.endsWith(".auto.tfvars.json")).sort();
  const implicit = ["terraform.tfvars", "terraform.tfvars.json"].filter((e) => entries.includes(e));
  for (const file of [...implicit, ...auto]) await mergeFile(path5.join(dir, file), values, cwd, errors);
  for (const file of sources.varFiles ?? [])
    await mergeFile(path5.resolve(cwd, file), values, cwd, errors, true);
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
  const display = path5.relative(cwd, file).split(path5.sep).join("/");
  let buffer;
  try {
    buffer = await fs6.readFile(file);
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
      const parsed = JSON.parse(text);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        return { error: { file: display, line: 1, message: "a .tfvars.json file must hold a JSON object" } };
      }
      return { values: parsed };
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
  const parse2 = (files) => parseAll(files, cwd, errors, settings);
  const parsed = await parse2(discovered.files);
  const manifests = await readManifests(parsed);
  await loadCalledModules(parsed, parse2, manifests);
  const modules = groupModules([...parsed.values()]);
  const calledDirs = [...manifests.values()].flatMap((m) => [...m.values()]);
  const variables = /* @__PURE__ */ new Map();
  for (const { dir } of rootModules(modules, calledDirs)) {
    variables.set(dir, await rootVariables(dir, options.variables ?? {}, cwd, errors));
  }
  const estate = evaluateEstate(modules, {
    cwd,
    rootVariables: (dir) => variables.get(dir) ?? /* @__PURE__ */ new Map(),
    installedModuleDir: (rootDir, key) => manifests.get(rootDir)?.get(key),
    calledDirs
  });
  return {
    ...estate,
    errors: dedupeErrors(errors),
    sources: new Map([...parsed.values()].map((f) => [f.display, f.text])),
    blockLines: new Map(
      [...parsed.values()].map((f) => [f.display, f.blocks.map((b) => b.line).sort((a, b) => a - b)])
    ),
    files: parsed.size
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
async function parseAll(files, cwd, errors, settings) {
  const parsed = /* @__PURE__ */ new Map();
  const outcomes = settings.parser === "hcl2json" ? await Promise.all(
    files.map((file) => readAndParse(file, displayPath(file, cwd), { parser: "hcl2json" }))
  ) : await parseAllNative(files, cwd, settings.jobs);
  outcomes.forEach((outcome, i) => {
    if (outcome.ok) parsed.set(files[i] ?? "", outcome.file);
    else errors.push(outcome.error);
  });
  return parsed;
}
async function parseAllNative(files, cwd, jobs) {
  const displays = files.map((file) => displayPath(file, cwd));
  const reads = await Promise.all(files.map((file, i) => readSource(file, displays[i])));
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
async function readManifests(parsed) {
  const manifests = /* @__PURE__ */ new Map();
  for (const dir of new Set([...parsed.values()].map((f) => path6.dirname(f.path)))) {
    const manifest = await readModuleManifest(dir);
    if (manifest.size > 0) manifests.set(dir, manifest);
  }
  return manifests;
}
async function loadCalledModules(parsed, parse2, manifests) {
  const seenDirs = new Set([...parsed.values()].map((f) => path6.dirname(f.path)));
  const wanted = /* @__PURE__ */ new Set();
  for (const manifest of manifests.values()) for (const dir of manifest.values()) wanted.add(dir);
  let frontier = [...parsed.values()];
  while (frontier.length > 0 || wanted.size > 0) {
    for (const file of frontier) {
      for (const block of file.blocks) {
        if (block.type !== "module") continue;
        const dir = localModuleDir(path6.dirname(file.path), block);
        if (dir !== void 0) wanted.add(dir);
      }
    }
    frontier = [];
    for (const dir of [...wanted]) {
      wanted.delete(dir);
      if (seenDirs.has(dir)) continue;
      seenDirs.add(dir);
      const loaded = await parse2(await terraformFilesIn(dir));
      for (const [file, p] of loaded) {
        parsed.set(file, p);
        frontier.push(p);
      }
    }
  }
}
async function terraformFilesIn(dir) {
  try {
    const entries = await fs7.readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && isTerraformFile(e.name)).map((e) => path6.join(dir, e.name)).sort();
  } catch {
    return [];
  }
}

// src/load/plan/load.ts
import path8 from "node:path";

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

// src/load/plan/values.ts
function planValues(raw, options) {
  const sensitive = [];
  const walker = new Walker(options, sensitive);
  const values = isJsonObject2(raw) ? raw : {};
  const unknown2 = isJsonObject2(options.unknown) ? options.unknown : {};
  const wholeSensitive = options.sensitive === true;
  const sensitiveMask = isJsonObject2(options.sensitive) ? options.sensitive : {};
  walker.convertObject(values, unknown2, wholeSensitive ? true : sensitiveMask, []);
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
  convert(raw, unknown2, sensitive, path10) {
    if (sensitive === true) this.sensitive.push(path10.join("."));
    if (unknown2 === true) {
      return new Unknown(
        `known after apply: ${pathText(this.options.address, path10)}`,
        this.options.refsAt?.(path10) ?? []
      );
    }
    if (sensitive === true) return new Unknown(`sensitive value: ${pathText(this.options.address, path10)}`);
    if (Array.isArray(raw) || raw == null && Array.isArray(unknown2) && hasTrue(unknown2)) {
      const items = Array.isArray(raw) ? raw : [];
      const unknowns = Array.isArray(unknown2) ? unknown2 : [];
      const sensitives = Array.isArray(sensitive) ? sensitive : [];
      if (unknowns.length === 0 && sensitives.length === 0) return items;
      const length = Math.max(items.length, unknowns.length);
      for (let i = 0; i < length; i++) {
        const item = items[i];
        const mark = unknowns[i];
        const secret = sensitives[i];
        if (isMarked(mark) || isMarked(secret) || item === void 0)
          items[i] = this.convert(item ?? null, mark, secret, [...path10, i]) ?? null;
      }
      return items;
    }
    if (isJsonObject2(raw) || raw == null && isJsonObject2(unknown2) && hasTrue(unknown2)) {
      const object = isJsonObject2(raw) ? raw : {};
      this.convertObject(
        object,
        isJsonObject2(unknown2) ? unknown2 : {},
        isJsonObject2(sensitive) ? sensitive : {},
        path10
      );
      return object;
    }
    if (raw === void 0) return void 0;
    return scalar(raw);
  }
  /** Replaces, in place, what the masks mark in an object, and adds what only `after_unknown` has. */
  convertObject(object, unknowns, sensitives, path10) {
    const all = sensitives === true;
    if (!all && !hasKeys(unknowns) && !hasKeys(sensitives)) return;
    for (const key of objectKeys(object, unknowns)) {
      const mark = unknowns[key];
      const secret = all ? true : sensitives[key];
      const has = Object.prototype.hasOwnProperty.call(object, key);
      if (!isMarked(mark) && !isMarked(secret) && has) continue;
      const value = this.convert(has ? object[key] : void 0, mark, secret, [...path10, key]);
      if (value !== void 0) setOwn(object, key, value);
    }
  }
};
function isMarked(mask) {
  return mask === true || typeof mask === "object" && mask !== null;
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
function objectKeys(source, unknown2) {
  const keys = Object.keys(source);
  for (const key of Object.keys(unknown2)) {
    if (!Object.prototype.hasOwnProperty.call(source, key) && hasTrue(unknown2[key])) keys.push(key);
  }
  return keys;
}
function hasTrue(mask) {
  if (mask === true) return true;
  if (Array.isArray(mask)) return mask.some(hasTrue);
  if (isJsonObject2(mask)) return Object.values(mask).some(hasTrue);
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
function pathText(address, path10) {
  return path10.reduce((text, seg) => {
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
      const path10 = scope.path === "" ? `module.${name}` : `${scope.path}.module.${name}`;
      this.addModule({ path: path10, module: call.module, parent: scope, call }, depth + 1);
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
  refsAt(address, path10) {
    const scope = this.modules.get(moduleText(address.modules, false));
    const resource = this.resources.get(`${moduleText(address.modules, false)}|${localAddress(address)}`);
    if (!scope || !resource) return [];
    const expression = expressionAt(resource.expressions, path10);
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
function isExpression(node2) {
  return "references" in node2 || "constant_value" in node2;
}
function expressionAt(expressions, path10) {
  let node2 = expressions;
  for (const segment of path10) {
    if (Array.isArray(node2)) {
      const index2 = typeof segment === "number" ? segment : 0;
      node2 = node2[index2] ?? (node2.length === 1 ? node2[0] : void 0);
      if (typeof segment === "number") continue;
    }
    if (!isJsonObject2(node2)) return void 0;
    if (isExpression(node2)) return node2;
    node2 = typeof segment === "string" ? node2[segment] : void 0;
  }
  return isJsonObject2(node2) && isExpression(node2) ? node2 : void 0;
}
function expressionValues(expressions, label4, resolve) {
  const values = {};
  for (const [key, node2] of Object.entries(objectOr(expressions))) {
    const value = expressionValue(node2, `${label4}.${key}`, resolve);
    if (value !== void 0) values[key] = value;
  }
  return values;
}
function expressionValue(node2, label4, resolve) {
  if (Array.isArray(node2)) {
    return node2.filter(isJsonObject2).map((block) => expressionValues(block, label4, resolve));
  }
  if (!isJsonObject2(node2)) return void 0;
  if (!isExpression(node2)) return [expressionValues(node2, label4, resolve)];
  if ("constant_value" in node2) return jsonValue(node2.constant_value);
  const refs = resolve(node2.references);
  const via = arrayOr(node2.references).filter((r) => typeof r === "string");
  return new Unknown(
    `${label4} is not known in the plan (it refers to ${via.length > 0 ? via.join(", ") : "an expression"})`,
    refs
  );
}
function normaliseModulePath(moduleAddress) {
  if (moduleAddress === "" || moduleAddress.startsWith("module.")) return stripKeys(moduleAddress);
  return moduleAddress.split(".").map((name) => `module.${name}`).join(".");
}
function stripKeys(path10) {
  const steps = parseTraversal(path10);
  if (!steps) return path10;
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
    const end = stringEnd(text, i + 1);
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
function stringEnd(text, from) {
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
import { promises as fs8, constants as fsConstants } from "node:fs";
import path7 from "node:path";
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
    handle = await fs8.open(file, "r");
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
        cwd: path7.dirname(file),
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
  const dirs = (process.env.PATH ?? "").split(path7.delimiter).filter((d) => d !== "");
  const names = process.platform === "win32" ? (process.env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";").map((ext) => tool + ext.toLowerCase()) : [tool];
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = path7.join(dir, name);
      try {
        await fs8.access(candidate, fsConstants.X_OK);
        const stat = await fs8.stat(candidate);
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
function buildPlanResources(entries, config2, place4) {
  const before = [];
  const after = [];
  const warnings = [];
  const { prior, planned } = entries;
  const seen = /* @__PURE__ */ new Set();
  const unparsed = [];
  const identify = (address) => {
    const parsed = parseResourceAddress(address);
    if (!parsed) unparsed.push(address);
    return parsed ? { address, parsed } : void 0;
  };
  const make = (id, values, extra) => {
    const { parsed } = id;
    const resource = {
      address: id.address,
      mode: parsed.mode,
      type: parsed.type,
      name: parsed.name,
      module: moduleText(parsed.modules),
      values,
      location: place4(id.address),
      attributeLines: NO_LINES,
      origin: "plan"
    };
    if (parsed.key !== void 0) resource.index = parsed.key;
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
    const { action, unrecognised } = changeAction(change.actions);
    if (unrecognised !== void 0)
      warnings.push(`${address}: unrecognised plan action ${unrecognised}; read as an update`);
    let old;
    if (isJsonObject2(change.before))
      old = planValues(change.before, { address, sensitive: change.before_sensitive });
    else if (action !== "create") {
      const priorEntry = prior.get(address);
      if (priorEntry)
        old = planValues(priorEntry.values, { address, sensitive: priorEntry.sensitive_values });
    }
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
      refsAt: (path10) => config2.refsAt(id.parsed, path10)
    });
    after.push(
      make(id, next.values, {
        action,
        before: old?.values ?? null,
        sensitive: union2(next.sensitive, old?.sensitive)
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
    if (id.parsed.mode === "data" && config2.hasConfiguration() && !config2.declares(id.parsed)) continue;
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
function union2(a, b) {
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
import { promises as fs9, readSync } from "node:fs";

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
function closingQuote(chunk, from) {
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
    const node2 = { resources: [], children: [] };
    if (depth === 0) {
      this.root = node2;
      this.open.length = 0;
    } else this.open[this.open.length - 1]?.children.push(node2);
    this.open.push(node2);
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
    const walk = (node2, depth) => {
      if (depth > MAX_MODULE_DEPTH2) return;
      for (const slot of node2.resources) if (!slots.has(slot.address)) slots.set(slot.address, slot);
      for (const child of node2.children) walk(child, depth + 1);
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
  descend(path10, kind) {
    if (path10.length === 0) return kind === "object";
    if (path10.length === 1) {
      const key = path10[0];
      if (kind === "array") return key === "resource_changes" || key === "resource_drift";
      return key === "planned_values" || key === "prior_state";
    }
    if (kind === "object") {
      if (path10.length === 2 && path10[0] === "prior_state" && path10[1] === "values") return true;
      const module = this.section(path10);
      return module !== void 0 && module.depth <= MAX_MODULE_DEPTH2;
    }
    const last = path10[path10.length - 1];
    return (last === "resources" || last === "child_modules") && this.section(path10.slice(0, -1)) !== void 0;
  }
  enter(path10, kind, offset) {
    if (path10.length === 1) {
      const key = String(path10[0]);
      this.keys.add(key);
      if (key === "resource_changes") {
        this.changes = [];
        if (this.lines.changesAt < 0) this.lines.changesAt = offset;
      } else if (key === "resource_drift") this.drift = [];
      else if (key === "planned_values") this.planned.reset();
      else if (key === "prior_state") this.prior.reset();
      return;
    }
    if (path10.length === 2 && path10[0] === "prior_state" && path10[1] === "values") {
      this.prior.reset();
      return;
    }
    if (kind === "object") {
      const module2 = this.section(path10);
      if (module2) module2.tree.enterModule(module2.depth);
      return;
    }
    const module = this.section(path10.slice(0, -1));
    const node2 = module?.tree.current;
    if (!node2) return;
    if (path10[path10.length - 1] === "resources") node2.resources = [];
    else node2.children = [];
  }
  leave(path10, kind) {
    if (kind !== "object" || path10.length < 2) return;
    this.section(path10)?.tree.leaveModule();
  }
  value(path10, bytes, at2) {
    if (this.canReread && this.skipEntry(path10, bytes, at2)) return;
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
    if (path10.length === 0) {
      this.notAnObject = true;
      return;
    }
    this.index(path10, text, value, at2);
    if (path10.length === 1) {
      const key = String(path10[0]);
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
    const last = path10[path10.length - 1];
    if (path10.length === 2 && path10[0] === "resource_changes") {
      shareUnchanged(value);
      this.changes.push(value);
      if (isJsonObject2(value) && typeof value.address === "string" && !isDeposed(value.deposed))
        this.changed.add(value.address);
      return;
    }
    if (path10.length === 2 && path10[0] === "resource_drift") {
      this.drift.push(value);
      return;
    }
    if (path10.length === 2 && path10[0] === "prior_state" && path10[1] === "values") {
      this.prior.reset();
      return;
    }
    const parent = path10.slice(0, -1);
    if (typeof last === "number" && parent[parent.length - 1] === "resources") {
      const module2 = this.section(parent.slice(0, -1));
      if (module2) this.entry(module2, value, at2.offset, bytes.length);
      return;
    }
    const module = this.section(path10);
    if (module && module.depth === 0) {
      module.tree.root = void 0;
      return;
    }
    const owner = this.section(parent);
    const node2 = owner?.tree.current;
    if (node2 && last === "resources") node2.resources = [];
    else if (node2 && last === "child_modules") node2.children = [];
  }
  /**
   * A state entry the build will most likely not read (every planned entry; a prior entry of
   * an address with a change) is kept as a range without being parsed: its address is read
   * from the bytes, which must be valid UTF-8 and start with it, as Terraform writes them.
   * Parsing the half of a plan that is state costs as much as the rest of the scan. Anything
   * unusual is parsed instead.
   */
  skipEntry(path10, bytes, at2) {
    const last = path10[path10.length - 1];
    if (typeof last !== "number" || path10[path10.length - 2] !== "resources") return false;
    const module = this.section(path10.slice(0, -2));
    const node2 = module?.tree.current;
    if (!module || !node2) return false;
    const peeked = peekAddress(bytes);
    if (!peeked) return false;
    if (module.tree !== this.planned && !this.changed.has(peeked.address)) return false;
    if (bytes.includes(DEPOSED_KEY) || !isUtf8(bytes)) return false;
    const line = at2.line + countNewlineBytes(bytes, peeked.keyAt);
    this.lines.record(peeked.address, at2.offset + peeked.keyAt, line);
    node2.resources.push({ address: peeked.address, offset: at2.offset, length: bytes.length });
    return true;
  }
  /** A state entry: kept parsed when it will likely be needed, else as a range to read again. */
  entry(module, value, offset, length) {
    const node2 = module.tree.current;
    if (!node2 || !isJsonObject2(value) || typeof value.address !== "string") return;
    if (value.deposed_key !== void 0 && value.deposed_key !== null) return;
    const address = value.address;
    const likelyUnused = module.tree === this.planned || this.changed.has(address);
    node2.resources.push(
      this.canReread && likelyUnused ? { address, offset, length } : { address, entry: value, offset, length }
    );
  }
  /** Lines of addresses (as the whole-text index finds them) and where provider_config is. */
  index(path10, text, value, at2) {
    if (path10[path10.length - 1] === "address" && typeof value === "string") {
      this.lines.record(value, at2.offset, at2.line);
    } else if (isJsonObject2(value) && typeof value.address === "string" && isOnlyAddress(text)) {
      const keyAt = text.indexOf(ADDRESS_TEXT);
      this.lines.record(value.address, at2.offset + keyAt, at2.line + countNewlines(text, keyAt));
    } else this.lines.add(text, at2.offset, at2.line);
    if (!this.providers && path10.length === 1) {
      const found = keyOffset(text, "provider_config");
      if (found >= 0) this.providers = { text, at: found, line: at2.line };
    }
  }
  /** The module tree and depth of an object path, or undefined when it is not a module. */
  section(path10) {
    let tree;
    let i;
    if (path10[0] === "planned_values" && path10[1] === "root_module") {
      tree = this.planned;
      i = 2;
    } else if (path10[0] === "prior_state" && path10[1] === "values" && path10[2] === "root_module") {
      tree = this.prior;
      i = 3;
    } else return void 0;
    let depth = 0;
    for (; i < path10.length; i += 2) {
      if (path10[i] !== "child_modules" || typeof path10[i + 1] !== "number") return void 0;
      depth++;
    }
    return i === path10.length ? { tree, depth } : void 0;
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
function containsTrue(mask) {
  if (mask === true) return true;
  if (typeof mask !== "object" || mask === null) return false;
  for (const item of Object.values(mask)) if (containsTrue(item)) return true;
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
  if (bytes.compare(ADDRESS_KEY2, 0, ADDRESS_KEY2.length, i, i + ADDRESS_KEY2.length) !== 0) return void 0;
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
    handle = await fs9.open(file, "r");
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
    handle = await fs9.open(file, "r");
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
  const absolute = path8.resolve(cwd, file);
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
  const parsed = parsePlanJson(text);
  if ("error" in parsed) return failedParse(display, parsed);
  return fromPlan(parsed.plan, planEntries(parsed.plan), indexPlanLines(text), display);
}
function fromPlan(plan, entries, lines, display) {
  const warnings = planWarnings(plan).map((w) => `${display}: ${w}`);
  const config2 = new PlanConfiguration(plan.configuration?.root_module);
  const built = buildPlanResources(entries, config2, (address) => ({
    file: display,
    line: lines.resource(address)
  }));
  warnings.push(...built.warnings.map((w) => `${display}: ${w}`));
  return {
    display,
    before: built.before,
    after: built.after,
    providers: providers(plan, config2, display, lines),
    warnings,
    errors: []
  };
}
function failedParse(display, parsed) {
  return failed(display, {
    file: display,
    ...parsed.line !== void 0 ? { line: parsed.line } : {},
    message: parsed.error
  });
}
function failed(display, error2) {
  return { display, before: [], after: [], providers: [], warnings: [], errors: [error2] };
}
function planWarnings(plan) {
  const warnings = [];
  const version2 = plan.format_version;
  const major = typeof version2 === "string" ? /^(\d+)\.\d+/.exec(version2)?.[1] : void 0;
  if (typeof version2 !== "string") {
    warnings.push("the plan has no format_version; reading it as format 1.x");
  } else if (major === void 0 || !KNOWN_MAJORS.has(Number(major))) {
    warnings.push(
      `plan format_version ${JSON.stringify(version2)} is not one RootGuard knows (0.x, 1.x); reading what it can, checks may miss changes`
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
function providers(plan, config2, display, lines) {
  const out = [];
  for (const [key, entry] of objectEntries(plan.configuration?.provider_config)) {
    const name = stringOr(entry.name) || providerType(stringOr(entry.full_name, key.split(":").pop() ?? key));
    const alias = typeof entry.alias === "string" && entry.alias !== "" ? entry.alias : void 0;
    const module = normaliseModulePath(stringOr(entry.module_address));
    const label4 = `provider "${name}"${alias !== void 0 ? ` (alias "${alias}")` : ""}`;
    out.push({
      name,
      ...alias !== void 0 ? { alias } : {},
      module,
      values: config2.providerValues(entry.expressions, module, label4),
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
    return declaring ? { ...r, location: declaring.location, attributeLines: declaring.attributeLines } : r;
  });
}
function mapPlanProviderLocations(providers2, hclProviders) {
  const key = (p) => `${p.module}|${p.name}|${p.alias ?? ""}`;
  const hcl = new Map(hclProviders.map((p) => [key(p), p]));
  return providers2.map((p) => {
    const declaring = hcl.get(key(p));
    return declaring ? { ...p, location: declaring.location, attributeLines: declaring.attributeLines } : p;
  });
}
function declaringCandidates(address) {
  const fast = canonicalCandidates(address);
  if (fast) return fast;
  const parsed = parseResourceAddress(address);
  if (!parsed) return [address];
  const withoutKey = (a) => ({
    modules: a.modules,
    mode: a.mode,
    type: a.type,
    name: a.name
  });
  const bareModules = { ...parsed, modules: parsed.modules.map((m) => ({ name: m.name })) };
  const candidates2 = [
    address,
    formatResourceAddress(bareModules),
    formatResourceAddress(withoutKey(parsed)),
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
var INLINE_BODY = /^\s+((?:RG\d{3})(?:\s*,\s*RG\d{3})*)(?:\s+until\s+(\S+))?\s*(?:--\s*(.*))?$/;
function applySuppressions(findings, input) {
  const warnings = [];
  const inline = /* @__PURE__ */ new Map();
  for (const [file, text] of input.sources) {
    const found = parseInlineSuppressions(file, text);
    if (found.size > 0) inline.set(file, found);
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
function inlineFor(finding2, inline, input) {
  const file = finding2.location?.file;
  if (file === void 0) return void 0;
  const comments = inline.get(file);
  if (!comments) return void 0;
  const text = input.sources.get(file) ?? "";
  const lines = text.split("\n");
  const line = finding2.location?.line ?? 0;
  const starts = input.blockLines.get(file) ?? [];
  const enclosing = starts.filter((start) => start <= line).pop();
  const targets2 = enclosing !== void 0 && enclosing !== line ? [line, enclosing] : [line];
  for (const target of targets2) {
    if (target === void 0) continue;
    for (let line2 = target - 1; line2 >= 1; line2--) {
      const s = comments.get(line2);
      if (s && s.rules.includes(finding2.ruleId) && usable(s, input.today)) return s;
      if (!/^\s*(#|\/\/)/.test(lines[line2 - 1] ?? "")) break;
    }
  }
  return void 0;
}
function parseInlineSuppressions(file, text) {
  const found = /* @__PURE__ */ new Map();
  if (!text.includes("rootguard:ignore")) return found;
  text.split("\n").forEach((lineText, i) => {
    const m = INLINE.exec(lineText);
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
  const cwd = path9.resolve(options.cwd ?? process.cwd());
  const baseRules = options.rules ?? rules;
  const errors = [];
  const configOutcome = options.config === false ? { ok: true, config: EMPTY_CONFIG } : await loadConfig(
    options.config,
    cwd,
    rules.map((r) => r.id)
  );
  const config2 = configOutcome.ok ? configOutcome.config : EMPTY_CONFIG;
  if (!configOutcome.ok) errors.push(...configOutcome.errors);
  const failOn = options.failOn ?? config2.failOn ?? "high";
  const scope = options.scope ?? config2.scope ?? "auto";
  const excluded = (rel) => config2.exclude.some((pattern) => globMatches(pattern, rel));
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
    configureRules(baseRules, config2),
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
    config: config2,
    sources: terraform.sources,
    blockLines: terraform.blockLines,
    today: (options.now ?? /* @__PURE__ */ new Date()).toISOString().slice(0, 10)
  });
  let findings = suppression.findings;
  if (options.baseline !== void 0) {
    const file = path9.resolve(cwd, options.baseline);
    const display = path9.relative(cwd, file).split(path9.sep).join("/");
    const read = await readBaseline(file, display);
    if ("error" in read) errors.push(read.error);
    else findings = applyBaseline(findings, read.baseline, display);
  }
  return {
    version: 1,
    findings,
    unverified: unverified2,
    errors: dedupeErrors2(errors).sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0)),
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
  const { loadLiveOrganization, applyPlanToOrg } = await import("./live-ARI25P6J.js");
  const load2 = await loadLiveOrganization({
    ...options.region ? { region: options.region } : {},
    ...options.auditMemberRootCredentials ? { auditMemberRootCredentials: true } : {}
  });
  return { ...load2, applyPlanToOrg };
}
function organizations(sources, terraform, plans, live) {
  if (!live) {
    const org = buildOrgModel(sources.after, terraform.blindSpots);
    return sources.before ? { org, orgBefore: buildOrgModel(sources.before, terraform.blindSpots) } : { org };
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
function dedupeErrors2(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const key = `${e.file}\0${e.line ?? ""}\0${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function configureRules(rules2, config2) {
  return rules2.filter((rule13) => !config2.disabledRules.has(rule13.id)).map((rule13) => {
    const severity2 = config2.severityOverrides.get(rule13.id);
    return severity2 === void 0 ? rule13 : { ...rule13, severity: severity2 };
  });
}
function failed2(result, failOn = result.failOn) {
  return result.findings.some((f) => !f.suppressed && atOrAbove(f.severity, failOn));
}

// src/version.ts
var VERSION = "0.1.0";

export {
  SEVERITIES,
  severityRank,
  atOrAbove,
  renderJson,
  ansiStyle,
  renderText,
  rules,
  createBaseline,
  scan,
  failed2 as failed,
  VERSION
};
