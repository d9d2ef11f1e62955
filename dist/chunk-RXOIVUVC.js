import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/runtime-dirname.ts
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var globals = globalThis;
globals.__dirname ??= join(dirname(fileURLToPath(import.meta.url)), "hcl2json");

// src/model/finding.ts
var SEVERITIES = ["critical", "high", "medium", "low"];
function severityRank(severity) {
  return severity === "none" ? 99 : SEVERITIES.length - SEVERITIES.indexOf(severity);
}
function atOrAbove(severity, threshold) {
  return threshold !== "none" && severityRank(severity) >= severityRank(threshold);
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
    errors: result.errors.map((e) => ({
      file: e.file,
      ...e.line !== void 0 ? { line: e.line } : {},
      message: e.message
    })),
    summary: result.summary
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
    const rule5 = byId.get(f.ruleId);
    lines.push(
      `${colour(style.bold(sev))} ${style.bold(f.ruleId)} ${rule5?.name ?? ""}  ${where}${f.suppressed ? style.dim(" (suppressed)") : ""}`
    );
    if (f.resource) lines.push(`  ${style.dim("resource:")} ${f.resource}`);
    lines.push(`  ${f.message}`);
    if (f.suppressed && f.justification) lines.push(`  ${style.dim("suppressed:")} ${f.justification}`);
    if (rule5) lines.push(`  ${style.dim("fix:")} ${rule5.remediation}`);
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

// src/model/resource.ts
function attributeLocation(resource, attribute) {
  const line = resource.attributeLines[attribute];
  return line === void 0 ? resource.location : { file: resource.location.file, line };
}

// src/model/value.ts
var Unknown = class {
  constructor(reason, refs = []) {
    this.reason = reason;
    this.refs = refs;
  }
  reason;
  refs;
  kind = "unknown";
};
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Unknown);
}
function containsUnknown(value) {
  if (value instanceof Unknown) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (isObject(value)) return Object.values(value).some(containsUnknown);
  return false;
}
function referenceText(ref) {
  return ref.path.reduce(
    (text, seg) => typeof seg === "number" ? `${text}[${seg}]` : `${text}.${seg}`,
    ref.address
  );
}

// src/model/resolve.ts
function indexResources(resources) {
  return new Map(resources.map((r) => [r.address, r]));
}
function resolveValue(value, index2) {
  if (!(value instanceof Unknown) || value.refs.length !== 1) return value;
  const ref = value.refs[0];
  if (!ref) return value;
  let path5 = [...ref.path];
  let resource = index2.get(ref.address);
  const first = path5[0];
  if (first !== void 0 && (typeof first === "number" || !resource)) {
    const instance = index2.get(`${ref.address}[${JSON.stringify(first)}]`);
    if (instance) {
      resource = instance;
      path5 = path5.slice(1);
    }
  }
  if (!resource || path5.length === 0) return value;
  let current = resource.values;
  for (const segment of path5) {
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
function checkProvider(p) {
  if (p.name !== "aws") return [];
  const present = CREDENTIAL_ARGUMENTS.filter((argument) => {
    const value = p.values[argument];
    return typeof value === "string" && value.trim() !== "";
  });
  const first = present[0];
  if (first === void 0) return [];
  const keyId = p.values.access_key;
  const kind = typeof keyId === "string" && KEY_ID.test(keyId) ? keyId.startsWith("ASIA") ? " (a temporary ASIA\u2026 key id)" : " (a long-term AKIA\u2026 key id)" : "";
  return [
    finding(
      `${providerLabel(p)} has static credentials written into the configuration: ${present.map((a) => `"${a}"`).join(", ")}${kind}. Static keys in code are how root and admin credentials leak.`,
      { location: attributeLocation(p, first), source: p.origin, resource: providerLabel(p) }
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
      ...ctx.resources.filter((r) => r.mode === "managed" && r.type === "aws_iam_access_key" && r.action !== "delete").flatMap((r) => checkAccessKey(r, index2))
    ];
  }
};

// src/model/org.ts
var ROOT_KEY = "root";
function scps(org) {
  return [...org.policies.values()].filter((p) => p.type === "SERVICE_CONTROL_POLICY");
}
function ancestors(org, key) {
  const keys = [];
  const seen = /* @__PURE__ */ new Set([key]);
  let current = org.nodes.get(key);
  while (current?.parent !== void 0) {
    if (typeof current.parent !== "string") return { keys, brokenAt: current.parent.unknown };
    if (seen.has(current.parent)) break;
    seen.add(current.parent);
    keys.push(current.parent);
    current = org.nodes.get(current.parent);
  }
  return { keys };
}
function attachmentsOf(org, policyKey) {
  return org.attachments.filter((a) => "key" in a.policy && a.policy.key === policyKey);
}
function describeNode(node, key) {
  if (key === ROOT_KEY) return "the organization root";
  const label3 = node?.kind === "account" ? "account" : node?.kind === "ou" ? "OU" : "target";
  const name = node?.name !== void 0 ? ` "${node.name}"` : "";
  const where = node?.resource ?? key;
  return `${label3}${name} (${where})`;
}

// src/model/coverage.ts
function coverage(org, targets, unknownTargets) {
  if (targets.has(ROOT_KEY)) return { wholeOrganization: true, uncovered: [], undecided: [] };
  const undecided = [...unknownTargets];
  const uncovered = /* @__PURE__ */ new Map();
  const nodes = [...org.nodes.values()];
  const accounts = nodes.filter((n) => n.kind === "account");
  const isCovered = (key) => {
    if (targets.has(key)) return { covered: true };
    const chain = ancestors(org, key);
    if (chain.keys.some((k) => targets.has(k))) return { covered: true };
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
    if (uncovered.size === 0 && targets.size > 0) {
      undecided.push(
        "the scanned sources declare no member accounts, so accounts placed directly under the root may not be covered; attach the SCP to the root to cover every account"
      );
    }
  }
  return { wholeOrganization: false, uncovered: [...uncovered.values()], undecided };
}

// src/model/policy/operators.ts
var SPECS = [];
function add(name, family, negated = false, comparison = "eq") {
  SPECS.push({ name, family, negated, comparison });
}
add("StringEquals", "string");
add("StringNotEquals", "string", true);
add("StringEqualsIgnoreCase", "string-ignore-case");
add("StringNotEqualsIgnoreCase", "string-ignore-case", true);
add("StringLike", "like");
add("StringNotLike", "like", true);
add("ArnEquals", "arn");
add("ArnLike", "arn");
add("ArnNotEquals", "arn", true);
add("ArnNotLike", "arn", true);
for (const family of ["numeric", "date"]) {
  const prefix = family === "numeric" ? "Numeric" : "Date";
  add(`${prefix}Equals`, family);
  add(`${prefix}NotEquals`, family, true);
  add(`${prefix}LessThan`, family, false, "lt");
  add(`${prefix}LessThanEquals`, family, false, "lte");
  add(`${prefix}GreaterThan`, family, false, "gt");
  add(`${prefix}GreaterThanEquals`, family, false, "gte");
}
add("Bool", "bool");
add("BinaryEquals", "binary");
add("IpAddress", "ip");
add("NotIpAddress", "ip", true);
add("Null", "null");
var BY_LOWER_NAME = new Map(SPECS.map((s) => [s.name.toLowerCase(), s]));
function operatorSpec(name) {
  return BY_LOWER_NAME.get(name.toLowerCase());
}
function parseOperator(raw) {
  let rest = raw.trim();
  let setOperator;
  const colon = rest.indexOf(":");
  if (colon >= 0) {
    const prefix = rest.slice(0, colon).toLowerCase();
    if (prefix === "foranyvalue") setOperator = "ForAnyValue";
    else if (prefix === "forallvalues") setOperator = "ForAllValues";
    else return void 0;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.toLowerCase().endsWith("ifexists")) {
    ifExists = true;
    rest = rest.slice(0, -"ifexists".length);
  }
  const spec = operatorSpec(rest);
  if (!spec) return void 0;
  return setOperator ? { spec, ifExists, setOperator } : { spec, ifExists };
}

// src/model/policy/parse.ts
var PolicyError = class extends Error {
};
function fail(message) {
  throw new PolicyError(message);
}
function isRecord(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function has(record, key) {
  return Object.prototype.hasOwnProperty.call(record, key);
}
function stringList(value, path5) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return [...value];
  return fail(`${path5} must be a string or an array of strings`);
}
var ACCOUNT_ID = /^\d{12}$/;
var PRINCIPAL_KEYS = {
  AWS: "aws",
  Service: "service",
  Federated: "federated",
  CanonicalUser: "canonicalUser"
};
function parsePrincipal(value, path5) {
  if (value === "*") return "*";
  if (!isRecord(value)) return fail(`${path5} must be "*" or an object such as {"AWS": ...}`);
  const set = {};
  for (const [key, raw] of Object.entries(value)) {
    const field = PRINCIPAL_KEYS[key];
    if (!field)
      return fail(`${path5} has unknown key "${key}" (expected AWS, Service, Federated or CanonicalUser)`);
    const list2 = stringList(raw, `${path5}.${key}`);
    set[field] = field === "aws" ? list2.map((v) => ACCOUNT_ID.test(v) ? `arn:aws:iam::${v}:root` : v) : list2;
  }
  return set;
}
function conditionValues(value, path5) {
  const scalar = (v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
  if (scalar(value)) return [String(value)];
  if (Array.isArray(value) && value.every(scalar)) return value.map((v) => String(v));
  return fail(`${path5} must be a string, number, boolean or an array of them`);
}
function parseConditions(value, path5) {
  if (value === void 0) return [];
  if (!isRecord(value)) return fail(`${path5} must be an object of condition operators`);
  const conditions = [];
  for (const [rawOperator, block] of Object.entries(value)) {
    const parsed = parseOperator(rawOperator);
    if (!parsed) return fail(`${path5} has unknown condition operator "${rawOperator}"`);
    if (!isRecord(block)) return fail(`${path5}.${rawOperator} must be an object of condition keys`);
    for (const [rawKey, raw] of Object.entries(block)) {
      conditions.push({
        operator: parsed.spec.name,
        ifExists: parsed.ifExists,
        ...parsed.setOperator ? { setOperator: parsed.setOperator } : {},
        key: rawKey.toLowerCase(),
        rawKey,
        rawOperator,
        values: conditionValues(raw, `${path5}.${rawOperator}["${rawKey}"]`)
      });
    }
  }
  return conditions;
}
function pair(record, path5, a, b, required) {
  const hasA = has(record, a) && record[a] !== void 0;
  const hasB = has(record, b) && record[b] !== void 0;
  if (hasA && hasB) return fail(`${path5} has both ${a} and ${b}; use one`);
  if (required && !hasA && !hasB) return fail(`${path5} needs ${a} or ${b}`);
  return hasA ? "a" : hasB ? "b" : void 0;
}
function parseStatement(value, path5, policyVariables) {
  if (!isRecord(value)) return fail(`${path5} must be an object`);
  const effect = value["Effect"];
  if (effect !== "Allow" && effect !== "Deny") return fail(`${path5}.Effect must be "Allow" or "Deny"`);
  const sid = value["Sid"];
  if (sid !== void 0 && typeof sid !== "string") return fail(`${path5}.Sid must be a string`);
  const action = pair(value, path5, "Action", "NotAction", true);
  const resource = pair(value, path5, "Resource", "NotResource", false);
  const principal = pair(value, path5, "Principal", "NotPrincipal", false);
  const statement = {
    effect,
    conditions: parseConditions(value["Condition"], `${path5}.Condition`),
    policyVariables
  };
  if (sid !== void 0) statement.sid = sid;
  if (action === "a") statement.actions = stringList(value["Action"], `${path5}.Action`);
  if (action === "b") statement.notActions = stringList(value["NotAction"], `${path5}.NotAction`);
  if (resource === "a") statement.resources = stringList(value["Resource"], `${path5}.Resource`);
  if (resource === "b") statement.notResources = stringList(value["NotResource"], `${path5}.NotResource`);
  if (principal === "a") statement.principals = parsePrincipal(value["Principal"], `${path5}.Principal`);
  if (principal === "b")
    statement.notPrincipals = parsePrincipal(value["NotPrincipal"], `${path5}.NotPrincipal`);
  return statement;
}
function parseDocument(value) {
  if (!isRecord(value)) return fail('Policy must be a JSON object with a "Statement" element');
  const version = value["Version"];
  if (version !== void 0 && typeof version !== "string") return fail("Version must be a string");
  const id = value["Id"];
  if (id !== void 0 && typeof id !== "string") return fail("Id must be a string");
  if (!has(value, "Statement") || value["Statement"] === void 0)
    return fail('Policy has no "Statement" element');
  const raw = value["Statement"];
  const variables = version === "2012-10-17";
  let statements;
  if (Array.isArray(raw)) statements = raw.map((s, i) => parseStatement(s, `Statement[${i}]`, variables));
  else if (isRecord(raw)) statements = [parseStatement(raw, "Statement", variables)];
  else return fail("Statement must be an object or an array of objects");
  return {
    ...version !== void 0 ? { version } : {},
    ...id !== void 0 ? { id } : {},
    statements
  };
}
function parsePolicy(input) {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ""));
    } catch (e) {
      return { ok: false, error: `Policy is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  try {
    return { ok: true, policy: parseDocument(value) };
  } catch (e) {
    if (e instanceof PolicyError) return { ok: false, error: e.message };
    return { ok: false, error: `Policy could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

// src/model/policy/pattern.ts
var VARIABLE = /^\s*([^,\s][^,]*?)\s*(?:,\s*'([^']*)'\s*)?$/;
function tokenize(pattern, options) {
  const tokens = [];
  let text = "";
  const flush = () => {
    if (text) tokens.push({ kind: "text", text });
    text = "";
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern.charAt(i);
    if (options.variables && ch === "$" && pattern.charAt(i + 1) === "{") {
      const close = pattern.indexOf("}", i + 2);
      const inner = close < 0 ? void 0 : pattern.slice(i + 2, close);
      if (inner !== void 0) {
        if (inner === "*" || inner === "?" || inner === "$") {
          text += inner;
          i = close;
          continue;
        }
        const m = VARIABLE.exec(inner);
        if (m?.[1] !== void 0) {
          flush();
          tokens.push(
            m[2] === void 0 ? { kind: "var", key: m[1] } : { kind: "var", key: m[1], fallback: m[2] }
          );
          i = close;
          continue;
        }
      }
    }
    if (options.wildcards && (ch === "*" || ch === "?")) {
      flush();
      tokens.push({ kind: ch === "*" ? "star" : "one" });
      continue;
    }
    text += ch;
  }
  flush();
  return tokens;
}
var regexCache = /* @__PURE__ */ new Map();
function compile(source, ignoreCase) {
  const flags = ignoreCase ? "si" : "s";
  const cacheKey = `${flags}\0${source}`;
  let re = regexCache.get(cacheKey);
  if (!re) {
    if (regexCache.size > 1e4) regexCache.clear();
    re = new RegExp(`^${source}$`, flags);
    regexCache.set(cacheKey, re);
  }
  return re;
}
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function matchPattern(pattern, value, lookup, options) {
  let source = "";
  let unresolved = false;
  for (const token of tokenize(pattern, options)) {
    switch (token.kind) {
      case "text":
        source += escapeRegex(token.text);
        break;
      case "star":
        source += ".*";
        break;
      case "one":
        source += ".";
        break;
      case "var": {
        const state = lookup(token.key);
        if (state.state === "present") {
          const [only] = state.values;
          if (state.values.length !== 1 || only === void 0) return "no";
          source += escapeRegex(only);
        } else if (state.state === "missing") {
          if (token.fallback === void 0) return "no";
          source += escapeRegex(token.fallback);
        } else {
          unresolved = true;
          source += ".*";
        }
      }
    }
  }
  const matches = compile(source, options.ignoreCase ?? false).test(value);
  if (!matches) return "no";
  return unresolved ? "depends" : "yes";
}
function globMatch(pattern, value, ignoreCase) {
  const noContext = () => ({ state: "unknown" });
  return matchPattern(pattern, value, noContext, { wildcards: true, variables: false, ignoreCase }) === "yes";
}
function matchesEverything(pattern) {
  return /^\*+$/.test(pattern);
}
function hasWildcard(pattern) {
  return pattern.includes("*") || pattern.includes("?");
}
function splitArn(text) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length && parts.length < 5; i++) {
    const ch = text.charAt(i);
    if (ch === "$" && text.charAt(i + 1) === "{") depth++;
    else if (ch === "}" && depth > 0) depth--;
    else if (ch === ":" && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (parts.length < 5) return void 0;
  parts.push(text.slice(start));
  return parts;
}

// src/model/policy/tri.ts
function and3(values) {
  let result = "yes";
  for (const v of values) {
    if (v === "no") return "no";
    if (v === "depends") result = "depends";
  }
  return result;
}
function or3(values) {
  let result = "no";
  for (const v of values) {
    if (v === "yes") return "yes";
    if (v === "depends") result = "depends";
  }
  return result;
}
function not3(value) {
  return value === "yes" ? "no" : value === "no" ? "yes" : "depends";
}
function tri(value) {
  return value ? "yes" : "no";
}

// src/model/policy/arn.ts
function parseArn(text) {
  const parts = splitArn(text);
  if (!parts || parts[0] !== "arn") return void 0;
  const [, partition = "", service = "", region = "", account = "", resource = ""] = parts;
  return { partition, service, region, account, resource };
}
function arnMatch(pattern, value, lookup, variables) {
  const p = splitArn(pattern);
  const v = splitArn(value);
  if (!p || !v || v[0] !== "arn") return "no";
  const options = { wildcards: true, variables };
  return and3(p.map((segment, i) => matchPattern(segment, v[i] ?? "", lookup, options)));
}
var ROOT_ARN = /^arn:([a-z][a-z0-9-]*):iam::(\d{12}):root$/;
var ACCOUNT_ID2 = /^\d{12}$/;
function isRootUserArn(arn) {
  return ROOT_ARN.test(arn);
}
function accountOfPrincipal(value) {
  if (ACCOUNT_ID2.test(value)) return value;
  return ROOT_ARN.exec(value)?.[2];
}

// src/model/policy/conditions.ts
import { Buffer as Buffer2 } from "node:buffer";

// src/model/policy/ip.ts
function parseV4(text) {
  const parts = text.split(".");
  if (parts.length !== 4) return void 0;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return void 0;
    const n = Number(part);
    if (n > 255) return void 0;
    value = value << 8n | BigInt(n);
  }
  return value;
}
function parseV6(text) {
  let groupsText = text;
  let tail;
  const lastColon = text.lastIndexOf(":");
  if (text.slice(lastColon + 1).includes(".")) {
    tail = parseV4(text.slice(lastColon + 1));
    if (tail === void 0) return void 0;
    groupsText = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = groupsText.split("::");
  if (halves.length > 2) return void 0;
  const head = halves[0] ? halves[0].split(":") : [];
  const rest = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return void 0;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  let value = 0n;
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return void 0;
    value = value << 16n | BigInt(parseInt(g, 16));
  }
  if (tail !== void 0) value = value & ~0xffffffffn | tail;
  return value;
}
function parseAddress(text) {
  if (text.includes(":")) {
    const value2 = parseV6(text);
    return value2 === void 0 ? void 0 : { bits: 128, value: value2 };
  }
  const value = parseV4(text);
  return value === void 0 ? void 0 : { bits: 32, value };
}
function cidrContains(cidr, address) {
  const [net, prefixText, extra] = cidr.trim().split("/");
  if (net === void 0 || extra !== void 0) return false;
  const network = parseAddress(net);
  const candidate = parseAddress(address.trim());
  if (!network || !candidate || network.bits !== candidate.bits) return false;
  const prefix = prefixText === void 0 ? network.bits : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= network.bits)) return false;
  const shift = BigInt(network.bits - prefix);
  return network.value >> shift === candidate.value >> shift;
}

// src/model/policy/conditions.ts
var NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
function parseNumber(text) {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : void 0;
}
function parseDate(text) {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t) * 1e3;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? void 0 : ms;
}
function compareOrdered(spec, policy, request) {
  if (policy === void 0 || request === void 0) return "no";
  switch (spec.comparison) {
    case "eq":
      return tri(request === policy);
    case "lt":
      return tri(request < policy);
    case "lte":
      return tri(request <= policy);
    case "gt":
      return tri(request > policy);
    case "gte":
      return tri(request >= policy);
  }
}
function normaliseBase64(text) {
  return Buffer2.from(text.trim(), "base64").toString("base64");
}
function compareOne(spec, policy, request, lookup, variables) {
  switch (spec.family) {
    case "string":
      return matchPattern(policy, request, lookup, { wildcards: false, variables });
    case "string-ignore-case":
      return matchPattern(policy, request, lookup, { wildcards: false, variables, ignoreCase: true });
    case "like":
      return matchPattern(policy, request, lookup, { wildcards: true, variables });
    case "arn":
      return arnMatch(policy, request, lookup, variables);
    case "numeric":
      return compareOrdered(spec, parseNumber(policy), parseNumber(request));
    case "date":
      return compareOrdered(spec, parseDate(policy), parseDate(request));
    case "bool":
      return tri(policy.trim().toLowerCase() === request.trim().toLowerCase());
    case "binary":
      return tri(normaliseBase64(policy) === normaliseBase64(request));
    case "ip":
      return tri(cidrContains(policy, request));
    case "null":
      return "no";
  }
}
function satisfies(spec, cond, request, lookup, variables) {
  const positive = or3(cond.values.map((v) => compareOne(spec, v, request, lookup, variables)));
  return spec.negated ? not3(positive) : positive;
}
function evalNull(cond, lookup) {
  const state = lookup(cond.key);
  const wantsMissing = cond.values.map((v) => v.trim().toLowerCase() === "true");
  if (state.state === "unknown") {
    return wantsMissing.includes(true) && wantsMissing.includes(false) ? "yes" : "depends";
  }
  const missing = state.state === "missing" || state.values.length === 0;
  return tri(wantsMissing.some((w) => w === missing));
}
function holdsForAnyPresentValue(spec, cond) {
  return spec.family === "like" && !spec.negated && cond.values.some(matchesEverything);
}
function whenMissing(spec, cond) {
  if (cond.setOperator === "ForAllValues") return "yes";
  if (cond.setOperator === "ForAnyValue") return "no";
  return tri(cond.ifExists || spec.negated);
}
function evalCondition(cond, lookup, variables = true) {
  const spec = operatorSpec(cond.operator);
  if (!spec) return "depends";
  if (spec.family === "null") return evalNull(cond, lookup);
  const state = lookup(cond.key);
  if (state.state === "unknown") {
    return holdsForAnyPresentValue(spec, cond) && whenMissing(spec, cond) === "yes" ? "yes" : "depends";
  }
  if (state.state === "missing" || state.values.length === 0) return whenMissing(spec, cond);
  const perValue = state.values.map((v) => satisfies(spec, cond, v, lookup, variables));
  switch (cond.setOperator) {
    case "ForAllValues":
      return and3(perValue);
    case "ForAnyValue":
      return or3(perValue);
    default: {
      const positive = or3(
        state.values.map((v) => or3(cond.values.map((p) => compareOne(spec, p, v, lookup, variables))))
      );
      return spec.negated ? not3(positive) : positive;
    }
  }
}

// src/model/policy/context.ts
var MISSING = { state: "missing" };
var UNKNOWN = { state: "unknown" };
function contextLookup(request) {
  const folded = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(request.context)) folded.set(key.toLowerCase(), value);
  const absent = request.unknownKeys === "missing" ? MISSING : UNKNOWN;
  return (key) => {
    const lower = key.toLowerCase();
    if (!folded.has(lower)) return absent;
    const value = folded.get(lower);
    if (value === void 0) return MISSING;
    return { state: "present", values: typeof value === "string" ? [value] : [...value] };
  };
}

// src/model/policy/principal.ts
function accountOf(request) {
  const arn = request.principal === void 0 ? void 0 : parseArn(request.principal);
  return arn?.account || request.principalAccount;
}
function roleCoversSession(role, principal) {
  const r = parseArn(role);
  const p = parseArn(principal);
  if (!r || !p || r.service !== "iam" || !r.resource.startsWith("role/")) return false;
  if (p.service !== "sts" || !p.resource.startsWith("assumed-role/")) return false;
  const roleName = r.resource.split("/").pop();
  const sessionRole = p.resource.split("/")[1];
  return r.partition === p.partition && r.account === p.account && roleName === sessionRole;
}
function awsEntryMatches(entry, request) {
  if (entry === "*") return true;
  const principal = request.principal ?? "";
  const account = accountOfPrincipal(entry);
  if (account !== void 0) return accountOf(request) === account;
  return entry === principal || roleCoversSession(entry, principal);
}
function principalSetMatches(set, request) {
  if (set === "*") return "yes";
  if (request.principal === void 0) return "depends";
  const principal = request.principal;
  const lower = principal.toLowerCase();
  return tri(
    (set.aws ?? []).some((e) => awsEntryMatches(e, request)) || (set.service ?? []).some((e) => e.toLowerCase() === lower) || (set.federated ?? []).some((e) => e === principal) || (set.canonicalUser ?? []).some((e) => e === principal)
  );
}
function notPrincipalSetMatches(set, request) {
  return not3(principalSetMatches(set, request));
}

// src/model/policy/match.ts
function actionMatches(pattern, action) {
  return globMatch(pattern, action, true);
}
function resourceMatches(pattern, resource, lookup, variables = true) {
  if (matchesEverything(pattern)) return "yes";
  if (resource === void 0) return "depends";
  if (pattern.startsWith("arn:")) return arnMatch(pattern, resource, lookup, variables);
  return matchPattern(pattern, resource, lookup, { wildcards: true, variables });
}
function actionPart(stmt, action) {
  if (stmt.actions) return tri(stmt.actions.some((p) => actionMatches(p, action)));
  if (stmt.notActions) return tri(!stmt.notActions.some((p) => actionMatches(p, action)));
  return "no";
}
function resourcePart(stmt, request, lookup) {
  const variables = stmt.policyVariables ?? true;
  if (stmt.resources)
    return or3(stmt.resources.map((p) => resourceMatches(p, request.resource, lookup, variables)));
  if (stmt.notResources) {
    return not3(or3(stmt.notResources.map((p) => resourceMatches(p, request.resource, lookup, variables))));
  }
  return "yes";
}
function principalPart(stmt, request) {
  if (stmt.principals) return principalSetMatches(stmt.principals, request);
  if (stmt.notPrincipals) return notPrincipalSetMatches(stmt.notPrincipals, request);
  return "yes";
}
function explainStatement(stmt, request) {
  const lookup = contextLookup(request);
  const action = actionPart(stmt, request.action);
  const resource = resourcePart(stmt, request, lookup);
  const principal = principalPart(stmt, request);
  const conditions = stmt.conditions.map((c) => evalCondition(c, lookup, stmt.policyVariables ?? true));
  const result = and3([action, resource, principal, ...conditions]);
  const dependsOn = [];
  if (resource === "depends") dependsOn.push("Resource");
  if (principal === "depends") dependsOn.push("Principal");
  stmt.conditions.forEach((c, i) => {
    if (conditions[i] === "depends" && !dependsOn.includes(c.rawKey)) dependsOn.push(c.rawKey);
  });
  return { result, action, resource, principal, conditions, dependsOn };
}
function describeDependsOn(dependsOn) {
  const keys = dependsOn.filter((k) => k !== "Resource" && k !== "Principal");
  const parts = [];
  if (keys.length > 0) parts.push(`when its condition on ${keys.join(", ")} holds`);
  if (dependsOn.includes("Resource")) parts.push("on the resources it names");
  if (dependsOn.includes("Principal")) parts.push("for the principals it names");
  return parts.join(" and ");
}

// src/model/policy/probes.ts
var PROBE_ACCOUNT = "111122223333";
var OTHER_ACCOUNT = "444455556666";
var PRINCIPAL_TYPE = {
  // The root user's aws:PrincipalType is "Account" — there is no "Root" principal type.
  root: "Account",
  role: "AssumedRole",
  user: "User"
};
function identityContext(kind, arn, account, detail, assumedRoot) {
  const context = {
    "aws:PrincipalArn": arn,
    "aws:PrincipalAccount": account,
    "aws:PrincipalType": PRINCIPAL_TYPE[kind],
    "aws:PrincipalIsAWSService": "false"
  };
  if (!detail) return context;
  const name = arn.split("/").pop() ?? "";
  return {
    ...context,
    "aws:userid": kind === "root" ? account : kind === "role" ? "AROAROOTGUARDPROBE:session" : "AIDAROOTGUARDPROBE",
    "aws:username": kind === "user" ? name : void 0,
    "aws:AssumedRoot": kind === "root" && assumedRoot ? "true" : void 0,
    "aws:ViaAWSService": "false",
    "aws:PrincipalServiceName": void 0
  };
}
function probe(kind, account, options = {}) {
  const partition = options.partition ?? "aws";
  const arn = kind === "root" ? `arn:${partition}:iam::${account}:root` : `arn:${partition}:iam::${account}:${kind === "role" ? "role/Admin" : "user/Alice"}`;
  return {
    kind,
    arn,
    account,
    context: identityContext(kind, arn, account, options.detail ?? false, options.assumedRoot ?? false)
  };
}

// src/model/policy/root.ts
var PARTITIONS = [
  "aws",
  "aws-us-gov",
  "aws-cn",
  "aws-iso",
  "aws-iso-b",
  "aws-iso-e",
  "aws-iso-f",
  "aws-eusc"
];
var ANY_PARTITION_PROBE = "rootguard-probe-partition";
var PROBE_ACTIONS = [
  "iam:CreateAccessKey",
  "iam:CreateLoginProfile",
  "iam:UpdateLoginProfile",
  "iam:DeactivateMFADevice",
  "iam:ListUsers",
  "s3:PutBucketPolicy",
  "s3:GetObject",
  "sqs:SetQueueAttributes",
  "ec2:RunInstances",
  "organizations:LeaveOrganization",
  "account:CloseAccount",
  "kms:ScheduleKeyDeletion",
  "sts:GetCallerIdentity",
  "rootguardprobe:UnlistedAction"
];
function rootRequest(action, partition, account, assumedRoot = false) {
  const p = probe("root", account, { partition, detail: true, assumedRoot });
  return { principal: p.arn, principalAccount: account, action, context: p.context };
}
function controlRequest(kind, action, partition) {
  const p = probe(kind, PROBE_ACCOUNT, { partition, detail: true });
  return { principal: p.arn, principalAccount: PROBE_ACCOUNT, action, context: p.context };
}
function label(stmt, index2) {
  return stmt.sid ? `Statement[${index2}] "${stmt.sid}"` : `Statement[${index2}]`;
}
var ROOT_WORD = /(^|:)root$/i;
function mentionsRoot(stmt) {
  if (stmt.sid !== void 0 && /root/i.test(stmt.sid)) return true;
  return stmt.conditions.some(
    (c) => c.key === "aws:principaltype" ? c.values.some((v) => /^(root|account)$/i.test(v.trim())) : c.values.some((v) => ROOT_WORD.test(v.trim()))
  );
}
function list(values) {
  return values.map((v) => `"${v}"`).join(", ");
}
function whyConditionMissesRoot(c, rootArn2) {
  const spec = operatorSpec(c.operator);
  const op = c.operator + (c.ifExists ? "IfExists" : "");
  const negated = spec?.negated ?? false;
  switch (c.key) {
    case "aws:principalarn": {
      const likeRoot = c.values.filter((v) => globMatch(v, rootArn2, false));
      if (!negated && (spec?.family === "string" || spec?.family === "string-ignore-case")) {
        const wild = likeRoot.find(hasWildcard);
        if (wild !== void 0) {
          return `${c.operator} compares literally: the ${wild.includes("*") ? "*" : "?"} in ${wild} never matches`;
        }
      }
      if (negated && likeRoot.length > 0) {
        return `${op} on ${c.rawKey} excludes ${likeRoot[0]}: the statement applies to every principal except the root user (use ArnLike to target it)`;
      }
      const named = c.values.filter(isRootUserArn);
      if (!negated && named.length > 0) {
        const accounts = named.map((v) => v.split(":")[4] ?? "").join(", ");
        return `${op} on ${c.rawKey} names the root user of account ${accounts} only, not of every member account`;
      }
      return `${op} on ${c.rawKey} (${list(c.values)}) does not match the root user's ARN`;
    }
    case "aws:principaltype":
      if (c.values.some((v) => v.trim().toLowerCase() === "root")) {
        return `aws:PrincipalType is never "Root": the root user's principal type is "Account"`;
      }
      return `${op} on ${c.rawKey} (${list(c.values)}) does not match the root user, whose principal type is "Account"`;
    case "aws:username":
      return `the root user has no aws:username, so ${op} on ${c.rawKey} never matches it`;
    case "aws:userid":
      return `${op} on ${c.rawKey} (${list(c.values)}) does not match the root user, whose aws:userid is its account id`;
    case "aws:assumedroot":
      return `${op} on ${c.rawKey} limits the statement to sts:AssumeRoot sessions, not the root user's own sign-in`;
    default:
      return `${op} on ${c.rawKey} does not hold for the root user's requests`;
  }
}
function diagnose(stmt, match, rootArn2) {
  const reasons = stmt.conditions.flatMap(
    (c, i) => match.conditions[i] === "no" ? [whyConditionMissesRoot(c, rootArn2)] : []
  );
  if (match.principal === "no") reasons.push("its Principal element does not include the root user");
  if (reasons.length === 0) reasons.push("it does not match the root user's requests");
  return reasons;
}
function analyse(stmt, index2, probeActions) {
  const at2 = label(stmt, index2);
  const none = (problems2) => ({
    index: index2,
    scoped: false,
    conditional: false,
    partitions: [],
    anyPartition: false,
    exemptsAssumedRoot: false,
    problems: problems2.map((p) => `${p} (${at2})`),
    partition: "aws"
  });
  const mentions = mentionsRoot(stmt);
  const whyNotRoot = () => {
    const request = (a) => rootRequest(a, "aws", PROBE_ACCOUNT);
    const action = probeActions.find((a) => explainStatement(stmt, request(a)).action === "yes") ?? "*";
    return diagnose(stmt, explainStatement(stmt, request(action)), probe("root", PROBE_ACCOUNT).arn);
  };
  if (stmt.effect === "Allow") {
    return none(
      mentions ? ['Effect is "Allow": an Allow statement grants, it cannot deny the root user'] : []
    );
  }
  const hits = (partition2, account) => new Map(probeActions.map((a) => [a, explainStatement(stmt, rootRequest(a, partition2, account)).result]));
  const covered = /* @__PURE__ */ new Map();
  for (const partition2 of [...PARTITIONS, ANY_PARTITION_PROBE]) {
    const results2 = hits(partition2, PROBE_ACCOUNT);
    if ([...results2.values()].some((r) => r !== "no")) covered.set(partition2, results2);
  }
  const partition = covered.has("aws") ? "aws" : [...covered.keys()][0];
  const results = partition === void 0 ? void 0 : covered.get(partition);
  if (partition === void 0 || results === void 0) return none(mentions ? whyNotRoot() : []);
  const denied = probeActions.filter((a) => results.get(a) !== "no");
  if (![...hits(partition, OTHER_ACCOUNT).values()].some((r) => r !== "no")) {
    return none(
      mentions ? [`it denies the root user of account ${PROBE_ACCOUNT} only, not of every member account`] : []
    );
  }
  const controls = ["role", "user"].map((kind) => {
    const answers = denied.map((a) => explainStatement(stmt, controlRequest(kind, a, partition)));
    return { arn: probe(kind, PROBE_ACCOUNT, { partition }).arn, answers };
  });
  const deniedControls = controls.filter((c) => c.answers.some((m) => m.result === "yes"));
  const everyAction = probeActions.every((a) => results.get(a) === "yes");
  if (deniedControls.length > 0 && mentions && !covered.has("aws")) return none(whyNotRoot());
  if (deniedControls.length === controls.length) {
    return none(mentions || everyAction ? ["denies every principal, not specifically the root user"] : []);
  }
  if (deniedControls.length > 0) {
    const others = deniedControls.map((c) => c.arn).join(", ");
    return none(mentions ? [`it also denies ${others}, so it is not specific to the root user`] : []);
  }
  const undecided = controls.flatMap((c) => c.answers.filter((m) => m.result === "depends"));
  if (undecided.length > 0) {
    const keys = unique(undecided.flatMap((m) => m.dependsOn));
    return none(mentions ? [`whether it also denies other principals depends on ${keys.join(", ")}`] : []);
  }
  const problems = [];
  const witness = denied.find((a) => results.get(a) === "yes") ?? denied[0] ?? "*";
  const conditional = !denied.some((a) => results.get(a) === "yes");
  if (conditional) {
    const match = explainStatement(stmt, rootRequest(witness, partition, PROBE_ACCOUNT));
    problems.push(`it denies the root user only ${describeDependsOn(match.dependsOn)}, not unconditionally`);
  }
  const anyPartition = covered.size === PARTITIONS.length + 1;
  const assumed = explainStatement(stmt, rootRequest(witness, partition, PROBE_ACCOUNT, true)).result;
  return {
    index: index2,
    scoped: true,
    conditional,
    partitions: anyPartition ? ["*"] : PARTITIONS.filter((p) => covered.has(p)),
    anyPartition,
    exemptsAssumedRoot: assumed === "no",
    problems: problems.map((p) => `${p} (${at2})`),
    partition
  };
}
function unique(values) {
  return [...new Set(values)];
}
function deniesRootUser(doc) {
  const statements = doc.statements;
  const own = statements.flatMap((s) => [...s.actions ?? [], ...s.notActions ?? []]);
  const probeActions = unique([...PROBE_ACTIONS, ...own]);
  const verdicts = statements.map((s, i) => analyse(s, i, probeActions));
  const scoped = verdicts.filter((v) => v.scoped);
  const problems = unique(verdicts.flatMap((v) => v.problems));
  if (scoped.length === 0) {
    return { kind: "none", statements: [], partitions: [], exemptsAssumedRoot: false, problems };
  }
  const firm = scoped.filter((v) => !v.conditional);
  const deniedToRoot = (action) => firm.some((v) => {
    const stmt = statements[v.index];
    return stmt !== void 0 && explainStatement(stmt, rootRequest(action, v.partition, PROBE_ACCOUNT)).result === "yes";
  });
  const full = probeActions.every(deniedToRoot);
  const scopedStatements = scoped.flatMap(
    (v) => statements[v.index] ? [statements[v.index]] : []
  );
  const carveOuts = unique(scopedStatements.flatMap((s) => s.notActions ?? []));
  const actionLists = unique(scopedStatements.flatMap((s) => s.actions ?? []));
  const partitions = scoped.some((v) => v.anyPartition) ? ["*"] : PARTITIONS.filter((p) => scoped.some((v) => v.partitions.includes(p)));
  return {
    kind: full ? "full" : "partial",
    statements: scoped.map((v) => v.index),
    ...!full && carveOuts.length > 0 ? { allowedActions: carveOuts.filter((a) => !deniedToRoot(a)) } : {},
    ...!full && actionLists.length > 0 ? { deniedActions: actionLists } : {},
    partitions,
    exemptsAssumedRoot: scoped.every((v) => v.exemptsAssumedRoot),
    problems
  };
}

// src/model/policy/assume-root.ts
var TASK_POLICY_PREFIX = "arn:aws:iam::aws:policy/root-task/";
var ROOT_TASK_POLICIES = [
  "IAMAuditRootUserCredentials",
  "IAMCreateRootUserPassword",
  "IAMDeleteRootUserCredentials",
  "S3UnlockBucketPolicy",
  "SQSUnlockQueuePolicy"
].map((name) => TASK_POLICY_PREFIX + name);
var ANY_TASK = `${TASK_POLICY_PREFIX}RootGuardProbeUnlistedTask`;

// src/model/root-deny.ts
var cache = /* @__PURE__ */ new WeakMap();
function classifyScp(policy) {
  const cached = cache.get(policy);
  if (cached) return cached;
  const result = computeClass(policy);
  cache.set(policy, result);
  return result;
}
function computeClass(policy) {
  if (policy.content.kind === "unknown") return { kind: "unknown", reason: policy.content.reason };
  const parsed = parsePolicy(policy.content.text);
  if (!parsed.ok) return { kind: "malformed", error: parsed.error };
  const result = deniesRootUser(parsed.policy);
  if (result.kind !== "none") return { kind: "root-deny", result };
  return result.problems.length > 0 ? { kind: "attempt", result } : { kind: "other" };
}
function rootDenyPicture(org) {
  const all = scps(org);
  const rootDeny = all.filter((p) => classifyScp(p).kind === "root-deny");
  const undecided = all.flatMap((policy) => {
    const c = classifyScp(policy);
    return c.kind === "unknown" ? [{ policy, reason: c.reason }] : [];
  });
  const targets = /* @__PURE__ */ new Set();
  const unknownTargets = [];
  for (const policy of rootDeny) {
    for (const attachment of attachmentsOf(org, policy.key)) {
      if ("key" in attachment.target) targets.add(attachment.target.key);
      else unknownTargets.push(`${attachment.resource ?? "an attachment"}: ${attachment.target.unknown}`);
    }
  }
  for (const attachment of org.attachments) {
    if ("unknown" in attachment.policy) {
      unknownTargets.push(`${attachment.resource ?? "an attachment"}: ${attachment.policy.unknown}`);
    }
  }
  return { rootDeny, undecided, targets, unknownTargets };
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
      const place2 = {
        ...gap.node?.resource ? { resource: gap.node.resource } : {},
        ...gap.node?.location ? { location: gap.node.location } : organizationPlace(org)
      };
      if (maybe.length > 0)
        reports.push(
          unverified(`${message} Some attachments cannot be resolved: ${maybe.join("; ")}`, place2)
        );
      else reports.push(finding(message, { ...place2, source: gap.node?.origin ?? source }));
    }
    for (const reason of cover.undecided) reports.push(unverified(reason, organizationPlace(org)));
    return reports;
  }
};
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/rules/rg003-root-deny-scp-ineffective.ts
var CREDENTIAL_ACTIONS = ["iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:UpdateLoginProfile"];
function place(policy) {
  const location = policy.contentLocation ?? policy.location;
  return { ...policy.resource ? { resource: policy.resource } : {}, ...location ? { location } : {} };
}
function label2(policy) {
  return policy.resource ?? `SCP "${policy.name}"`;
}
function checkPolicy(org, policy) {
  const cls = classifyScp(policy);
  const at2 = { ...place(policy), source: policy.origin };
  switch (cls.kind) {
    case "attempt":
      return cls.result.problems.map(
        (problem) => finding(`${label2(policy)} tries to deny the root user but cannot: ${problem}`, at2)
      );
    case "malformed":
      return [
        unverified(
          `${label2(policy)} has content that is not a valid policy document: ${cls.error}`,
          place(policy)
        )
      ];
    case "root-deny": {
      const reports = [];
      const attached = attachmentsOf(org, policy.key).length > 0;
      const unresolved = org.attachments.some((a) => "unknown" in a.policy);
      if (!attached && !unresolved) {
        reports.push(
          finding(`${label2(policy)} denies the root user but is attached to nothing, so it has no effect.`, {
            ...policy.resource ? { resource: policy.resource } : {},
            ...policy.location ? { location: policy.location } : {},
            source: policy.origin
          })
        );
      }
      const allowed = cls.result.allowedActions ?? [];
      const leaks = CREDENTIAL_ACTIONS.filter(
        (action) => allowed.some((pattern) => actionMatches(pattern, action))
      );
      if (leaks.length > 0) {
        reports.push(
          finding(
            `${label2(policy)} carves ${leaks.join(", ")} out of its root deny (NotAction), so the root user can still create new credentials for itself.`,
            at2
          )
        );
      }
      for (const problem of cls.result.problems) reports.push(finding(`${label2(policy)}: ${problem}`, at2));
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
  rationale: 'A root-deny SCP that compares with StringEquals against a wildcard, tests the wrong condition key (aws:PrincipalType is "Account" for the root user, aws:username is absent) or is never attached looks like protection but denies nothing. Teams then believe root is locked down when it is not.',
  remediation: 'Use "ArnLike" (or "StringLike") on "aws:PrincipalArn" with "arn:aws:iam::*:root" in a Deny statement, keep credential actions (iam:CreateAccessKey, iam:CreateLoginProfile, iam:UpdateLoginProfile) out of any NotAction carve-out, and attach the policy to the organization root.',
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
    return scps(ctx.org).flatMap((policy) => checkPolicy(ctx.org, policy));
  }
};

// src/rules/rg004-centralized-root-access-disabled.ts
var REQUIRED_ROOT_FEATURES = ["RootCredentialsManagement", "RootSessions"];
var IAM_SERVICE = "iam.amazonaws.com";
function stringList2(value) {
  if (value instanceof Unknown) return { unknown: value.reason };
  if (!Array.isArray(value)) return { items: [] };
  const unknownItem = value.find((v) => v instanceof Unknown);
  if (unknownItem instanceof Unknown) return { unknown: unknownItem.reason };
  return { items: value.filter((v) => typeof v === "string") };
}
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
    if (!iamFeatures) {
      reports.push(
        finding(
          "No aws_iam_organizations_features enables RootCredentialsManagement and RootSessions: member accounts keep recoverable root credentials.",
          { ...orgPlace, source }
        )
      );
    } else {
      const features = stringList2(iamFeatures.enabledFeatures);
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
      const principals = stringList2(organization.servicePrincipals);
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

// src/rules/index.ts
var rules = [rule, rule2, rule3, rule4];

// src/scan.ts
import path4 from "node:path";

// src/engine.ts
function applies(rule5, ctx, options) {
  if (rule5.scope === "live") return options.live;
  if (rule5.scope === "organization") {
    if (options.scope === "workload") return false;
    return options.scope === "organization" || ctx.org.managed;
  }
  return true;
}
function runRules(rules2, ctx, options) {
  const findings = [];
  const unverified2 = [];
  const crashes = [];
  for (const rule5 of rules2) {
    if (!applies(rule5, ctx, options)) continue;
    let reports;
    try {
      reports = rule5.check(ctx);
    } catch (e) {
      crashes.push({ ruleId: rule5.id, message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    for (const report of reports) {
      if (report.kind === "finding") {
        findings.push({
          ruleId: rule5.id,
          severity: rule5.severity,
          title: rule5.title,
          message: report.message,
          ...report.resource !== void 0 ? { resource: report.resource } : {},
          ...report.location !== void 0 ? { location: report.location } : {},
          source: report.source,
          suppressed: false
        });
      } else {
        unverified2.push({
          ruleId: rule5.id,
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

// src/load/hcl.ts
import { promises as fs2 } from "node:fs";

// src/load/json-error.ts
function jsonErrorLine(text) {
  const offset = firstErrorOffset(text);
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function firstErrorOffset(text) {
  let i = 0;
  const ws = () => {
    while (i < text.length && " 	\r\n".includes(text[i] ?? "")) i++;
  };
  const fail2 = () => {
    throw i;
  };
  const string = () => {
    if (text[i] !== '"') fail2();
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 32) fail2();
      i += text[i] === "\\" ? 2 : 1;
    }
    if (i >= text.length) fail2();
    i++;
  };
  const value = () => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (; ; ) {
        ws();
        string();
        ws();
        if (text[i] !== ":") fail2();
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return;
        } else fail2();
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (; ; ) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return;
        } else fail2();
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 400)
    );
    if (!literal) fail2();
    i += literal?.[0].length ?? 0;
  };
  try {
    value();
    ws();
    if (i < text.length) fail2();
    return text.length;
  } catch (offset) {
    return typeof offset === "number" ? offset : 0;
  }
}

// src/load/locate.ts
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
    const path5 = top.path === "" ? name : `${top.path}.${name}`;
    if (!top.block.attributes.has(path5)) top.block.attributes.set(path5, line);
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
      const path5 = top.path === "" ? segment : `${top.path}.${segment}`;
      if (top.block && !top.block.attributes.has(path5)) top.block.attributes.set(path5, line);
      this.stack.push({ block: top.block, path: path5 });
    }
  }
  readIdent() {
    const start = this.pos;
    while (this.pos < this.src.length && isIdentPart(this.src.charCodeAt(this.pos))) this.pos++;
    return this.src.slice(start, this.pos);
  }
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
        out += this.src[this.pos + 1] ?? "";
        this.pos += 2;
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
  const path5 = [];
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
        const keyPath = [...path5.filter((p) => p !== null), s].join("\0");
        if (!lines.has(keyPath)) lines.set(keyPath, line);
        expectKey = false;
      }
      i = j;
    } else if (c === 123 /* LBrace */ || c === 91 /* LBracket */) {
      path5.push(pendingKey);
      pendingKey = null;
      containers.push(c === 123 /* LBrace */ ? "object" : "array");
      expectKey = c === 123 /* LBrace */;
    } else if (c === 125 /* RBrace */ || c === 93 /* RBracket */) {
      path5.pop();
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
  hcl2json ??= import("./lib-52LHAUVH.js").then((mod) => {
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
    return { error: "file is not valid UTF-8 (Terraform requires UTF-8 source)" };
  }
}
async function readAndParse(path5, display) {
  let buffer;
  try {
    buffer = await fs2.readFile(path5);
  } catch (e) {
    return { ok: false, error: { file: display, message: `cannot read file: ${errorText(e)}` } };
  }
  const decoded = decodeSource(buffer);
  if ("error" in decoded) return { ok: false, error: { file: display, message: decoded.error } };
  return parseSource(decoded.text, path5, display);
}
async function parseSource(text, path5, display, options = {}) {
  if (display.endsWith(".json")) return parseJsonSource(text, path5, display);
  if (text.trim() === "") return { ok: true, file: { path: path5, display, blocks: [], text }, attributes: {} };
  let raw;
  try {
    const { parse } = await loadHcl2Json();
    raw = await parse(display, text);
  } catch (e) {
    return { ok: false, error: hclError(display, errorText(e)) };
  }
  if (options.attributesOnly) return { ok: true, file: { path: path5, display, blocks: [], text }, attributes: raw };
  const located = locateHclBlocks(text);
  return { ok: true, file: { path: path5, display, blocks: pairBlocks(raw, located, display), text } };
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
    const list2 = byKey.get(key) ?? [];
    list2.push(block);
    byKey.set(key, list2);
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
function* walkSection(type, node, depth, labels) {
  if (depth === 0) {
    for (const body of asBodies(node)) yield { type, labels, body };
    return;
  }
  if (!isRawObject(node)) return;
  for (const [label3, child] of Object.entries(node))
    yield* walkSection(type, child, depth - 1, [...labels, label3]);
}
function asBodies(node) {
  if (Array.isArray(node)) return node.filter(isRawObject);
  return isRawObject(node) ? [node] : [];
}
function isRawObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function parseJsonSource(text, path5, display) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: jsonError(display, text, errorText(e)) };
  }
  if (!isRawObject(raw)) {
    return {
      ok: false,
      error: { file: display, line: 1, message: "a .tf.json file must hold a JSON object" }
    };
  }
  const keyLines = locateJsonKeys(text);
  const blocks2 = [];
  for (const { type, labels, body } of rawBlocks(raw)) {
    const prefix = [type, ...labels].join(JSON_PATH_SEPARATOR);
    const attributeLines = {};
    for (const [keyPath, line] of keyLines) {
      if (keyPath.startsWith(prefix + JSON_PATH_SEPARATOR)) {
        const attr = keyPath.slice(prefix.length + 1).split(JSON_PATH_SEPARATOR).join(".");
        attributeLines[attr] ??= line;
      }
    }
    blocks2.push({ type, labels, body, file: display, line: keyLines.get(prefix) ?? 1, attributeLines });
  }
  return { ok: true, file: { path: path5, display, blocks: blocks2, text } };
}
function jsonError(display, text, message) {
  return { file: display, line: jsonErrorLine(text), message: `invalid JSON: ${message}` };
}

// src/load/module.ts
import path2 from "node:path";
import { readFileSync } from "node:fs";

// src/load/expr/errors.ts
var SyntaxFailure = class extends Error {
  constructor(message, start, end) {
    super(message);
    this.start = start;
    this.end = end;
  }
  start;
  end;
};
var EvalError = class extends Error {
};
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
var Unsupported = class extends Error {
};

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
function encodeInto(value, out) {
  if (value === null) {
    out.push("null");
  } else if (typeof value === "string") {
    out.push(quoteJSON(value));
  } else if (typeof value === "number") {
    out.push(formatNumber(value));
  } else if (typeof value === "boolean") {
    out.push(value ? "true" : "false");
  } else if (Array.isArray(value)) {
    out.push("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(",");
      encodeInto(value[i], out);
    }
    out.push("]");
  } else if (!(value instanceof Unknown)) {
    out.push("{");
    const keys = sortedKeys(value);
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) out.push(",");
      out.push(quoteJSON(keys[i]), ":");
      encodeInto(value[keys[i]], out);
    }
    out.push("}");
  }
}
function jsonEncode(value) {
  const unknown = unknownFrom([value], true);
  if (unknown) return unknown;
  const out = [];
  encodeInto(value, out);
  return out.join("");
}
function jsonDecode(text) {
  return JSON.parse(text);
}

// src/load/expr/convert.ts
var ANY = { k: "any" };
var BOOL = { k: "bool" };
var NUMBER2 = { k: "number" };
var STRING = { k: "string" };
function newObject() {
  return /* @__PURE__ */ Object.create(null);
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
      return NUMBER2;
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
        out[key] = convert(v[key], attrTy);
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
function stringElements(list2, what) {
  const unknown = unknownFrom(list2);
  if (unknown) return unknown;
  const out = [];
  for (let i = 0; i < list2.length; i++) {
    const item = list2[i];
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
  const unknown = unknownFrom(items, true);
  if (unknown) return unknown;
  return toSet(items);
}
function flattenInto(list2, out) {
  for (const item of list2) {
    if (item instanceof Unknown) return unknownFrom([item]);
    if (Array.isArray(item)) {
      const unknown = flattenInto(item, out);
      if (unknown) return unknown;
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
function boolReduce(list2, target) {
  const undecided = [];
  for (const item of list2) {
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
      for (const key in obj) out[key] = obj[key];
    });
    return out;
  }),
  flatten: def(1, 1, ([v]) => {
    const out = [];
    return flattenInto(argList(v, "list"), out) ?? out;
  }),
  distinct: def(1, 1, ([v]) => {
    const list2 = argList(v, "list");
    const unknown = unknownFrom(list2, true);
    if (unknown) return unknown;
    const out = [];
    for (const item of list2) if (!out.some((e) => valuesEqual(e, item) === true)) out.push(item);
    return out;
  }),
  compact: def(1, 1, ([v]) => {
    const list2 = argList(v, "list");
    const unknown = unknownFrom(list2);
    if (unknown) return unknown;
    const out = [];
    for (const item of list2) {
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
    const list2 = argList(l, "list");
    const index2 = argInteger(i, "index");
    if (list2.length === 0) throw new EvalError("cannot use element function with an empty list");
    if (index2 < 0) throw new EvalError("cannot use element function with a negative index");
    return list2[index2 % list2.length];
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
      const list2 = argList(args[i], `argument ${i + 1}`);
      if (list2.length > 0) return list2;
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
    keys.forEach((k, i) => out[k] = values[i]);
    return out;
  }),
  keys: def(1, 1, ([v]) => sortedKeys(argObject(v, "inputMap"))),
  values: def(1, 1, ([v]) => {
    const obj = argObject(v, "mapping");
    return sortedKeys(obj).map((k) => obj[k]);
  }),
  contains: def(2, 2, ([l, value]) => {
    const list2 = argList(l, "list");
    let undecided = false;
    for (const item of list2) {
      const eq = valuesEqual(item, value);
      if (eq === true) return true;
      if (eq === null) undecided = true;
    }
    return undecided ? unknownFrom([...list2, value], true) : false;
  }),
  index: def(2, 2, ([l, value]) => {
    const list2 = argList(l, "list");
    for (let i = 0; i < list2.length; i++) {
      const eq = valuesEqual(list2[i], value);
      if (eq === null) return unknownFrom([...list2, value], true);
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
    names.forEach((name, i) => out[name] = values[i]);
    return out;
  }),
  one: def(1, 1, ([v]) => {
    const list2 = argList(v, "list");
    if (list2.length === 0) return null;
    if (list2.length === 1) return list2[0];
    throw new EvalError("must be a list, set, or tuple value with either zero or one elements");
  }),
  sort: def(1, 1, ([v]) => {
    const strings2 = stringElements(argList(v, "list"), "list");
    if (strings2 instanceof Unknown) return strings2;
    return strings2.sort(compareStrings);
  }),
  reverse: def(1, 1, ([v]) => [...argList(v, "list")].reverse()),
  slice: def(3, 3, ([l, s, e]) => {
    const list2 = argList(l, "list");
    const start = argInteger(s, "start_index");
    const end = argInteger(e, "end_index");
    if (start < 0) throw new EvalError("the start index must not be less than zero");
    if (end > list2.length) throw new EvalError("end index must not be greater than the length of the list");
    if (start > end) throw new EvalError("the start index must not be greater than the end index");
    return list2.slice(start, end);
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
    const list2 = argList(v, "list");
    if (list2.length === 0) throw new EvalError("cannot sum an empty list");
    const unknown = unknownFrom(list2);
    if (unknown) return unknown;
    return list2.reduce((acc, item, i) => acc + argNumber(item, `list element ${i}`), 0);
  }),
  transpose: def(1, 1, ([v]) => {
    const obj = argObject(v, "values");
    const out = newObject();
    for (const key of sortedKeys(obj)) {
      const list2 = stringElements(argList(obj[key], `values["${key}"]`), `values["${key}"]`);
      if (list2 instanceof Unknown) return list2;
      for (const item of list2) {
        const existing = out[item];
        if (Array.isArray(existing)) existing.push(key);
        else out[item] = [key];
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
import { createHash } from "node:crypto";

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
var cache2 = /* @__PURE__ */ new Map();
function compileRE2(pattern) {
  const hit = cache2.get(pattern);
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
  if (cache2.size > 256) cache2.clear();
  cache2.set(pattern, compiled);
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
  names.forEach((name, i) => obj[name] = m[i + 1] ?? null);
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
  return def(1, 1, ([s]) => createHash(algorithm).update(argString(s, "str"), "utf8").digest(encoding));
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
  jsonencode: def(1, 1, ([v]) => {
    checkFinite(v);
    return jsonEncode(v);
  }),
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
    const path5 = argString(p, "path");
    const text = ctx.scope.readFile(path5);
    if (text === void 0) throw new Unsupported(`file "${path5}" is not readable here`);
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

// src/load/expr/lexer.ts
var TOKEN_NAMES = {
  [0 /* EOF */]: "end of input",
  [1 /* Newline */]: "newline",
  [2 /* Ident */]: "identifier",
  [3 /* Number */]: "number",
  [4 /* OQuote */]: '"',
  [5 /* OHeredoc */]: "heredoc",
  [6 /* OBrace */]: "{",
  [7 /* CBrace */]: "}",
  [8 /* CBraceStrip */]: "~}",
  [9 /* OBrack */]: "[",
  [10 /* CBrack */]: "]",
  [11 /* OParen */]: "(",
  [12 /* CParen */]: ")",
  [13 /* Comma */]: ",",
  [14 /* Dot */]: ".",
  [15 /* Ellipsis */]: "...",
  [16 /* Star */]: "*",
  [17 /* Slash */]: "/",
  [18 /* Percent */]: "%",
  [19 /* Plus */]: "+",
  [20 /* Minus */]: "-",
  [21 /* Eq */]: "=",
  [22 /* EqEq */]: "==",
  [23 /* FatArrow */]: "=>",
  [24 /* Bang */]: "!",
  [25 /* NotEq */]: "!=",
  [26 /* Lt */]: "<",
  [27 /* Le */]: "<=",
  [28 /* Gt */]: ">",
  [29 /* Ge */]: ">=",
  [30 /* And */]: "&&",
  [31 /* Or */]: "||",
  [32 /* Question */]: "?",
  [33 /* Colon */]: ":",
  [34 /* DoubleColon */]: "::",
  [35 /* Invalid */]: "invalid character"
};
function tokenName(type) {
  return TOKEN_NAMES[type] ?? "token";
}
var NON_ASCII_ID_START = /[\p{ID_Start}]/u;
var NON_ASCII_ID_CONTINUE = /[\p{ID_Continue}]/u;
function isIdentStart2(c) {
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
  return NON_ASCII_ID_START.test(String.fromCharCode(c));
}
function isIdentContinue(c) {
  if (c < 128) {
    return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 45;
  }
  return NON_ASCII_ID_CONTINUE.test(String.fromCharCode(c));
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
var Lexer = class {
  constructor(src, start = 0) {
    this.src = src;
    this.pos = start;
  }
  src;
  pos;
  /** Skips spaces, tabs, carriage returns and comments; a line comment stops before its newline. */
  skipTrivia() {
    const src = this.src;
    const len = src.length;
    let i = this.pos;
    while (i < len) {
      const c = src.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13) {
        i++;
      } else if (c === 35 || c === 47 && src.charCodeAt(i + 1) === 47) {
        while (i < len && src.charCodeAt(i) !== 10) i++;
      } else if (c === 47 && src.charCodeAt(i + 1) === 42) {
        const close = src.indexOf("*/", i + 2);
        if (close < 0) throw new SyntaxFailure("unterminated comment", i, len);
        i = close + 2;
      } else {
        break;
      }
    }
    this.pos = i;
  }
  next() {
    this.skipTrivia();
    const src = this.src;
    const start = this.pos;
    if (start >= src.length) return { type: 0 /* EOF */, start, end: start };
    const c = src.charCodeAt(start);
    const c1 = src.charCodeAt(start + 1);
    if (isIdentStart2(c)) {
      let i = start + 1;
      while (i < src.length && isIdentContinue(src.charCodeAt(i))) i++;
      return this.tok(2 /* Ident */, start, i);
    }
    if (isDigit(c)) return this.tok(3 /* Number */, start, this.scanNumberEnd(start));
    switch (c) {
      case 10:
        return this.tok(1 /* Newline */, start, start + 1);
      case 34:
        return this.tok(4 /* OQuote */, start, start + 1);
      case 123:
        return this.tok(6 /* OBrace */, start, start + 1);
      case 125:
        return this.tok(7 /* CBrace */, start, start + 1);
      case 126:
        if (c1 === 125) return this.tok(8 /* CBraceStrip */, start, start + 2);
        return this.tok(35 /* Invalid */, start, start + 1);
      case 91:
        return this.tok(9 /* OBrack */, start, start + 1);
      case 93:
        return this.tok(10 /* CBrack */, start, start + 1);
      case 40:
        return this.tok(11 /* OParen */, start, start + 1);
      case 41:
        return this.tok(12 /* CParen */, start, start + 1);
      case 44:
        return this.tok(13 /* Comma */, start, start + 1);
      case 46:
        if (c1 === 46 && src.charCodeAt(start + 2) === 46) return this.tok(15 /* Ellipsis */, start, start + 3);
        return this.tok(14 /* Dot */, start, start + 1);
      case 42:
        return this.tok(16 /* Star */, start, start + 1);
      case 47:
        return this.tok(17 /* Slash */, start, start + 1);
      case 37:
        return this.tok(18 /* Percent */, start, start + 1);
      case 43:
        return this.tok(19 /* Plus */, start, start + 1);
      case 45:
        return this.tok(20 /* Minus */, start, start + 1);
      case 61:
        if (c1 === 61) return this.tok(22 /* EqEq */, start, start + 2);
        if (c1 === 62) return this.tok(23 /* FatArrow */, start, start + 2);
        return this.tok(21 /* Eq */, start, start + 1);
      case 33:
        if (c1 === 61) return this.tok(25 /* NotEq */, start, start + 2);
        return this.tok(24 /* Bang */, start, start + 1);
      case 60:
        if (c1 === 61) return this.tok(27 /* Le */, start, start + 2);
        if (c1 === 60) return this.heredocIntro(start);
        return this.tok(26 /* Lt */, start, start + 1);
      case 62:
        if (c1 === 61) return this.tok(29 /* Ge */, start, start + 2);
        return this.tok(28 /* Gt */, start, start + 1);
      case 38:
        if (c1 === 38) return this.tok(30 /* And */, start, start + 2);
        break;
      case 124:
        if (c1 === 124) return this.tok(31 /* Or */, start, start + 2);
        break;
      case 63:
        return this.tok(32 /* Question */, start, start + 1);
      case 58:
        if (c1 === 58) return this.tok(34 /* DoubleColon */, start, start + 2);
        return this.tok(33 /* Colon */, start, start + 1);
    }
    return this.tok(35 /* Invalid */, start, start + 1);
  }
  tok(type, start, end) {
    this.pos = end;
    return { type, start, end };
  }
  /** `digits ('.' digits)? ([eE] [+-]? digits)?`; a dot not followed by a digit is left alone. */
  scanNumberEnd(start) {
    const src = this.src;
    let i = start;
    while (isDigit(src.charCodeAt(i))) i++;
    if (src.charCodeAt(i) === 46 && isDigit(src.charCodeAt(i + 1))) {
      i += 1;
      while (isDigit(src.charCodeAt(i))) i++;
    }
    const e = src.charCodeAt(i);
    if (e === 101 || e === 69) {
      let j = i + 1;
      const sign = src.charCodeAt(j);
      if (sign === 43 || sign === 45) j++;
      if (isDigit(src.charCodeAt(j))) {
        while (isDigit(src.charCodeAt(j))) j++;
        i = j;
      }
    }
    return i;
  }
  /** Only digits: used after `.` for legacy index steps, where `x.0.1` must not lex `0.1`. */
  scanInteger() {
    this.skipTrivia();
    const start = this.pos;
    let i = start;
    while (isDigit(this.src.charCodeAt(i))) i++;
    if (i === start) return null;
    this.pos = i;
    return { type: 3 /* Number */, start, end: i };
  }
  /** `<<EOT\n` or `<<-EOT\n` (CRLF allowed); anything else after `<<` is invalid in HCL. */
  heredocIntro(start) {
    const src = this.src;
    let i = start + 2;
    const flush = src.charCodeAt(i) === 45;
    if (flush) i++;
    const nameStart = i;
    if (!isIdentStart2(src.charCodeAt(i))) return this.tok(35 /* Invalid */, start, start + 2);
    i++;
    while (i < src.length && isIdentContinue(src.charCodeAt(i))) i++;
    const marker = src.slice(nameStart, i);
    if (src.charCodeAt(i) === 13) i++;
    if (src.charCodeAt(i) !== 10) {
      throw new SyntaxFailure("heredoc marker must be followed by a newline", start, i);
    }
    this.pos = i + 1;
    return { type: 5 /* OHeredoc */, start, end: i + 1, marker, flush };
  }
};

// src/load/expr/template.ts
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
      this.chunks = [];
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
function scanTemplate(p, start, mode, marker, openStart = start) {
  const src = p.src;
  const len = src.length;
  const quoted = mode === "quoted";
  const heredoc = mode === "heredoc" || mode === "flushHeredoc";
  const s = new Scanner(p, src, start);
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
      if (quoted) p.fail("unterminated template string: missing closing quote", openStart, len);
      if (heredoc) p.fail(`unterminated heredoc: missing closing marker "${marker ?? ""}"`, openStart, len);
      s.closeLiteral(len);
      end = len;
      break;
    }
    const c = src.charCodeAt(i);
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
      if (quoted) p.fail("unterminated template string: newline before closing quote", openStart, i);
      i++;
      s.closeLiteral(i);
      s.restartLiteral(i);
      lineStart = heredoc;
      continue;
    }
    if (quoted && c === 34) {
      s.closeLiteral(i);
      end = i + 1;
      break;
    }
    if (quoted && c === 92) {
      i = decodeEscape(p, s, src, i);
      continue;
    }
    i++;
  }
  if (s.flat.length === 0) s.flat.push({ kind: "literal", value: "", start, end: start });
  if (mode === "flushHeredoc") flushIndent(s.flat);
  const melded = meld(s.flat);
  const nester = new Nester(p, melded);
  return { parts: nester.sequence(null), end };
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
var BINARY_LEVELS = [
  /* @__PURE__ */ new Map([[31 /* Or */, "||"]]),
  /* @__PURE__ */ new Map([[30 /* And */, "&&"]]),
  /* @__PURE__ */ new Map([
    [22 /* EqEq */, "=="],
    [25 /* NotEq */, "!="]
  ]),
  /* @__PURE__ */ new Map([
    [28 /* Gt */, ">"],
    [29 /* Ge */, ">="],
    [26 /* Lt */, "<"],
    [27 /* Le */, "<="]
  ]),
  /* @__PURE__ */ new Map([
    [19 /* Plus */, "+"],
    [20 /* Minus */, "-"]
  ]),
  /* @__PURE__ */ new Map([
    [16 /* Star */, "*"],
    [17 /* Slash */, "/"],
    [18 /* Percent */, "%"]
  ])
];
var Parser = class {
  constructor(src) {
    this.src = src;
    this.lex = new Lexer(src);
  }
  src;
  lex;
  peeked = null;
  /** Whether newlines are tokens right now: true only directly inside `{ ... }` object constructors. */
  newlines = [false];
  depth = 0;
  peek() {
    let tok = this.peeked ?? this.lex.next();
    if (!this.newlines[this.newlines.length - 1]) {
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
    this.newlines.push(include);
  }
  popNewlines() {
    this.newlines.pop();
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
      const condition = this.parseBinary(0);
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
  parseBinary(level) {
    if (level >= BINARY_LEVELS.length) return this.parseTermWithTraversals();
    const ops = BINARY_LEVELS[level];
    let left = this.parseBinary(level + 1);
    for (; ; ) {
      const op = ops.get(this.peek().type);
      if (op === void 0) return left;
      this.next();
      const right = this.parseBinary(level + 1);
      left = { kind: "binary", op, left, right, start: left.start, end: right.end };
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
      const key = keyExpr.kind === "variable" ? { kind: "name", name: keyExpr.name, start: keyExpr.start, end: keyExpr.end } : keyExpr;
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
      const label3 = attrStep(steps, 1, `${name}.${type}`);
      return resolveAddress(`${name}.${type}.${label3}`, steps, 2, ctx);
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
  const path5 = [];
  for (let i = from; i < steps.length; i++) {
    const key = stepKey(steps[i], ctx);
    if (key instanceof Unknown) {
      const partial = referenceUnknown({ address: ctx.scope.modulePrefix + address, path: path5 }, reason);
      return new Unknown(partial.reason, mergeRefs([partial, key]));
    }
    path5.push(key);
  }
  return referenceUnknown({ address: ctx.scope.modulePrefix + address, path: path5 }, reason);
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
function evalObject(expr, ctx) {
  const out = newObject();
  const unknownKeys = [];
  for (const item of expr.items) {
    let key;
    if (item.key.kind === "name") {
      key = item.key.name;
    } else {
      const k = evalExpr(item.key, ctx);
      if (k instanceof Unknown) {
        unknownKeys.push(k);
        key = null;
      } else {
        key = objectKey(k);
      }
    }
    const value = evalExpr(item.value, ctx);
    if (key !== null) out[key] = value;
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
      const group = object[key];
      if (Array.isArray(group)) group.push(value);
      else object[key] = [value];
    } else if (hasKey(object, key)) {
      throw new EvalError(
        `duplicate object key "${key}" in for expression; add "..." after the value to group values by key`
      );
    } else {
      object[key] = value;
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
    const unknown = unknownFrom(args);
    if (unknown) return unknown;
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

// src/load/policy-document.ts
function renderPolicyDocument(values, address) {
  if (containsUnknown(values)) {
    return new Unknown(`${address} depends on values not known statically`, collectRefs(values));
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
  for (const block of blocks(values.statement)) mergeBySid(doc.Statement, renderStatement(block));
  for (const override of listOf(values.override_policy_documents)) {
    const parsed = parseJsonPolicy(override);
    if (parsed instanceof Unknown) return parsed;
    for (const statement of parsed) mergeBySid(doc.Statement, statement);
  }
  return JSON.stringify(doc, null, 2);
}
function mergeBySid(statements, statement) {
  const sid = statement.Sid;
  const index2 = typeof sid === "string" && sid !== "" ? statements.findIndex((s) => s.Sid === sid) : -1;
  if (index2 >= 0) statements[index2] = statement;
  else statements.push(statement);
}
function renderStatement(block) {
  const out = {};
  if (typeof block.sid === "string" && block.sid !== "") out.Sid = block.sid;
  out.Effect = typeof block.effect === "string" && block.effect !== "" ? block.effect : "Allow";
  const lists = [
    ["actions", "Action"],
    ["not_actions", "NotAction"],
    ["resources", "Resource"],
    ["not_resources", "NotResource"]
  ];
  for (const [from, to] of lists) {
    const items = strings(block[from]);
    if (items.length > 0) out[to] = scalarOrList(items);
  }
  const principals = renderPrincipals(blocks(block.principals));
  if (principals !== void 0) out.Principal = principals;
  const notPrincipals = renderPrincipals(blocks(block.not_principals));
  if (notPrincipals !== void 0) out.NotPrincipal = notPrincipals;
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
function renderPrincipals(list2) {
  if (list2.length === 0) return void 0;
  const byType = /* @__PURE__ */ new Map();
  for (const p of list2) {
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
    const list2 = Array.isArray(statement) ? statement : statement !== void 0 ? [statement] : [];
    return list2.filter((s) => typeof s === "object" && s !== null && !Array.isArray(s));
  } catch {
    return new Unknown("a source or override policy document is not valid JSON");
  }
}
function collectRefs(value) {
  if (value instanceof Unknown) return value.refs;
  if (Array.isArray(value)) return value.flatMap(collectRefs);
  if (isObject(value)) return Object.values(value).flatMap(collectRefs);
  return [];
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
    const dir = path2.dirname(file.path);
    const def2 = modules.get(dir) ?? { dir, blocks: [] };
    def2.blocks.push(...file.blocks);
    modules.set(dir, def2);
  }
  return modules;
}
function localModuleDir(moduleDir, block) {
  const source = block.body.source;
  if (typeof source !== "string" || !(source.startsWith("./") || source.startsWith("../"))) return void 0;
  return path2.resolve(moduleDir, source);
}
function rootModules(modules) {
  const called = /* @__PURE__ */ new Set();
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
  for (const root of rootModules(modules)) {
    const inputs = options.rootVariables?.(root.dir) ?? /* @__PURE__ */ new Map();
    const instance = new ModuleInstance(root, "", inputs, modules, options, 0, out);
    instance.collect();
  }
  return out;
}
var ModuleInstance = class _ModuleInstance {
  constructor(def2, prefix, inputs, modules, options, depth, out) {
    this.def = def2;
    this.prefix = prefix;
    this.inputs = inputs;
    this.modules = modules;
    this.options = options;
    this.depth = depth;
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
  depth;
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
          return readFileSync(path2.resolve(cwd, file), "utf8");
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
      const child = this.child(name);
      if (!child) return void 0;
      return this.memoised(address, () => child.outputs());
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
  child(name) {
    if (this.children.has(name)) return this.children.get(name) ?? void 0;
    const block = this.moduleCalls.get(name);
    const dir = block ? localModuleDir(this.def.dir, block) : void 0;
    const def2 = dir !== void 0 ? this.modules.get(dir) : void 0;
    let instance = null;
    if (block && def2 && this.depth < MAX_MODULE_DEPTH) {
      const inputs = /* @__PURE__ */ new Map();
      for (const [key, raw] of Object.entries(block.body)) {
        if (key === "source" || key === "version" || META_ARGUMENTS.has(key) || key === "providers") continue;
        inputs.set(key, this.evaluate(raw));
      }
      instance = new _ModuleInstance(
        def2,
        `${this.prefix}module.${name}.`,
        inputs,
        this.modules,
        this.options,
        this.depth + 1,
        this.out
      );
    }
    this.children.set(name, instance);
    return instance ?? void 0;
  }
  /** Adds this module's resources and providers (and its children's) to the estate. */
  collect() {
    for (const block of this.def.blocks) {
      if (block.type === "resource" || block.type === "data") this.collectResource(block);
      else if (block.type === "provider") this.collectProvider(block);
    }
    for (const [name, block] of this.moduleCalls) {
      const child = this.child(name);
      if (child) child.collect();
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
      values[key] = evaluateRaw(raw, scope);
    }
    return values;
  }
};
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
  const rel = path2.relative(cwd, dir).split(path2.sep).join("/");
  return rel === "" ? "." : rel;
}

// src/load/org-builder.ts
var ORGANIZATION_TYPES = /* @__PURE__ */ new Set([
  "aws_organizations_organization",
  "aws_organizations_organizational_unit",
  "aws_organizations_account",
  "aws_organizations_policy",
  "aws_organizations_policy_attachment",
  "aws_iam_organizations_features"
]);
var NODE_TYPES = {
  aws_organizations_organizational_unit: "ou",
  aws_organizations_account: "account"
};
function baseAddress(address) {
  return address.replace(/\[[^\]]*\]$/, "");
}
function buildOrgModel(resources, extraBlindSpots = []) {
  const managedResources = resources.filter((r) => r.mode === "managed" && ORGANIZATION_TYPES.has(r.type));
  const byAddress = new Map(resources.map((r) => [r.address, r]));
  const aliases = /* @__PURE__ */ new Map();
  const keyOf = (resource) => {
    const id = resource.values.id;
    return typeof id === "string" && id !== "" ? id : resource.address;
  };
  for (const r of managedResources) {
    if (r.type in NODE_TYPES || r.type === "aws_organizations_policy") {
      aliases.set(r.address, keyOf(r));
    }
    if (r.type === "aws_organizations_organization") {
      const roots = r.values.roots;
      const rootId = Array.isArray(roots) && roots[0] && typeof roots[0] === "object" ? roots[0].id : void 0;
      if (typeof rootId === "string") aliases.set(rootId, ROOT_KEY);
    }
  }
  const link = (value, what) => linkValue(value, what, byAddress, aliases);
  let organization;
  let iamFeatures;
  const nodes = /* @__PURE__ */ new Map();
  const policies = /* @__PURE__ */ new Map();
  const attachments = [];
  for (const r of managedResources) {
    const provenance = { resource: r.address, location: r.location, origin: r.origin };
    switch (r.type) {
      case "aws_organizations_organization": {
        organization = {
          ...provenance,
          featureSet: r.values.feature_set ?? "ALL",
          servicePrincipals: r.values.aws_service_access_principals ?? [],
          enabledPolicyTypes: r.values.enabled_policy_types ?? [],
          lines: {
            feature_set: attributeLocation(r, "feature_set"),
            aws_service_access_principals: attributeLocation(r, "aws_service_access_principals"),
            enabled_policy_types: attributeLocation(r, "enabled_policy_types")
          }
        };
        nodes.set(ROOT_KEY, { key: ROOT_KEY, kind: "root", name: "Root", ...provenance });
        break;
      }
      case "aws_organizations_organizational_unit":
      case "aws_organizations_account": {
        const kind = NODE_TYPES[r.type] ?? "ou";
        const parentValue = r.values.parent_id;
        const parent = parentValue === void 0 || parentValue === null ? { key: ROOT_KEY } : link(parentValue, "parent_id");
        const name = typeof r.values.name === "string" ? r.values.name : void 0;
        nodes.set(keyOf(r), {
          key: keyOf(r),
          kind,
          ...name !== void 0 ? { name } : {},
          parent: "key" in parent ? parent.key : { unknown: parent.unknown },
          ...provenance
        });
        break;
      }
      case "aws_organizations_policy": {
        const type = typeof r.values.type === "string" ? r.values.type : "SERVICE_CONTROL_POLICY";
        policies.set(keyOf(r), {
          key: keyOf(r),
          name: typeof r.values.name === "string" ? r.values.name : r.name,
          type,
          content: policyContent(r.values.content),
          contentLocation: attributeLocation(r, "content"),
          ...provenance
        });
        break;
      }
      case "aws_organizations_policy_attachment":
        attachments.push({
          policy: link(r.values.policy_id, "policy_id"),
          target: link(r.values.target_id, "target_id"),
          ...provenance
        });
        break;
      case "aws_iam_organizations_features":
        iamFeatures = {
          enabledFeatures: r.values.enabled_features ?? [],
          enabledFeaturesLocation: attributeLocation(r, "enabled_features"),
          ...provenance
        };
        break;
    }
  }
  for (const a of attachments) {
    if ("key" in a.target && a.target.key === ROOT_KEY && !nodes.has(ROOT_KEY)) {
      nodes.set(ROOT_KEY, { key: ROOT_KEY, kind: "root", name: "Root", origin: a.origin });
    }
  }
  return {
    managed: managedResources.length > 0,
    ...organization ? { organization } : {},
    nodes,
    policies,
    attachments,
    ...iamFeatures ? { iamFeatures } : {},
    blindSpots: extraBlindSpots
  };
}
function policyContent(value) {
  if (typeof value === "string") return { kind: "known", text: value };
  if (value instanceof Unknown) return { kind: "unknown", reason: value.reason };
  return { kind: "unknown", reason: "content is not set" };
}
function linkValue(value, what, byAddress, aliases) {
  if (typeof value === "string") {
    if (/^r-[0-9a-z]{4,32}$/.test(value)) return { key: ROOT_KEY };
    const alias = aliases.get(value);
    if (alias !== void 0) return { key: alias };
    if (/^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|\d{12}|p-[0-9a-z_]{8,128})$/.test(value)) return { key: value };
    return { unknown: `${what} "${value}" is not an organization root, OU, account or policy id` };
  }
  if (value instanceof Unknown) {
    for (const ref of value.refs) {
      const key = linkReference(ref, byAddress, aliases);
      if (key !== void 0) return { key };
    }
    const via = value.refs.length > 0 ? ` (${value.refs.map(referenceText).join(", ")})` : "";
    return { unknown: `${what} is not known statically${via}: ${value.reason}` };
  }
  return { unknown: `${what} is not set` };
}
function linkReference(ref, byAddress, aliases) {
  const [first, second] = ref.path;
  const instance = (typeof first === "number" || typeof first === "string" && second === "id") && byAddress.has(`${ref.address}[${JSON.stringify(first)}]`) ? `${ref.address}[${JSON.stringify(first)}]` : ref.address;
  const type = baseAddress(instance).split(".").slice(-2, -1)[0] ?? "";
  const isData = /(^|\.)data\.[^.]+\.[^.]+$/.test(baseAddress(instance));
  if (type === "aws_organizations_organization" && ref.path.includes("roots")) return ROOT_KEY;
  if (isData) return void 0;
  const alias = aliases.get(instance);
  if (alias !== void 0 && (ref.path.includes("id") || ref.path.length === 0 || ref.path.includes("arn")))
    return alias;
  return void 0;
}

// src/load/tfvars.ts
import { promises as fs3 } from "node:fs";
import path3 from "node:path";
var CONSTANT_SCOPE = {
  modulePrefix: "",
  variable: () => void 0,
  local: () => void 0,
  path: () => void 0,
  resource: () => void 0,
  readFile: () => void 0
};
async function rootVariables(dir, sources, cwd, errors) {
  const values = /* @__PURE__ */ new Map();
  let entries = [];
  try {
    entries = await fs3.readdir(dir);
  } catch {
  }
  const auto = entries.filter((e) => e.endsWith(".auto.tfvars") || e.endsWith(".auto.tfvars.json")).sort();
  const implicit = ["terraform.tfvars", "terraform.tfvars.json"].filter((e) => entries.includes(e));
  for (const file of [...implicit, ...auto]) await mergeFile(path3.join(dir, file), values, cwd, errors);
  for (const file of sources.varFiles ?? [])
    await mergeFile(path3.resolve(cwd, file), values, cwd, errors, true);
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
  const display = path3.relative(cwd, file).split(path3.sep).join("/");
  let buffer;
  try {
    buffer = await fs3.readFile(file);
  } catch (e) {
    errors.push({ file: display, message: `${explicit ? "var file " : ""}cannot be read: ${errorText(e)}` });
    return;
  }
  const decoded = decodeSource(buffer);
  if ("error" in decoded) {
    errors.push({ file: display, message: decoded.error });
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
    } catch (e) {
      return { error: { file: display, message: `invalid JSON: ${errorText(e)}` } };
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

// src/scan.ts
async function scan(options) {
  const cwd = path4.resolve(options.cwd ?? process.cwd());
  const discovered = await discoverTerraformFiles(options.paths, cwd);
  const errors = [...discovered.errors];
  const parsed = await parseAll(discovered.files, cwd, errors);
  await loadCalledModules(parsed, cwd, errors);
  const modules = groupModules([...parsed.values()]);
  const variables = /* @__PURE__ */ new Map();
  for (const { dir } of rootModules(modules)) {
    variables.set(dir, await rootVariables(dir, options.variables ?? {}, cwd, errors));
  }
  const estate = evaluateEstate(modules, { cwd, rootVariables: (dir) => variables.get(dir) ?? /* @__PURE__ */ new Map() });
  const org = buildOrgModel(estate.resources, estate.blindSpots);
  const { findings, unverified: unverified2, crashes } = runRules(
    options.rules ?? rules,
    { resources: estate.resources, providers: estate.providers, org },
    { scope: options.scope ?? "auto", live: false }
  );
  for (const crash of crashes)
    errors.push({ file: "(rule)", message: `${crash.ruleId} failed: ${crash.message}` });
  for (const spot of estate.blindSpots) {
    unverified2.push({
      ruleId: "*",
      reason: spot.reason,
      ...spot.resource ? { resource: spot.resource } : {}
    });
  }
  return {
    version: 1,
    findings,
    unverified: unverified2,
    errors: errors.sort(
      (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)
    ),
    summary: countBySeverity(findings),
    stats: { files: parsed.size, resources: estate.resources.length }
  };
}
async function parseAll(files, cwd, errors) {
  const parsed = /* @__PURE__ */ new Map();
  const outcomes = await Promise.all(files.map((file) => readAndParse(file, displayPath(file, cwd))));
  outcomes.forEach((outcome, i) => {
    if (outcome.ok) parsed.set(files[i] ?? "", outcome.file);
    else errors.push(outcome.error);
  });
  return parsed;
}
async function loadCalledModules(parsed, cwd, errors) {
  const seenDirs = new Set([...parsed.values()].map((f) => path4.dirname(f.path)));
  let frontier = [...parsed.values()];
  while (frontier.length > 0) {
    const wanted = /* @__PURE__ */ new Set();
    for (const file of frontier) {
      for (const block of file.blocks) {
        if (block.type !== "module") continue;
        const dir = localModuleDir(path4.dirname(file.path), block);
        if (dir !== void 0 && !seenDirs.has(dir)) wanted.add(dir);
      }
    }
    frontier = [];
    for (const dir of wanted) {
      seenDirs.add(dir);
      const found = await discoverTerraformFiles([dir], cwd, () => false);
      const own = found.files.filter((f) => path4.dirname(f) === dir);
      const loaded = await parseAll(own, cwd, errors);
      for (const [file, p] of loaded) {
        parsed.set(file, p);
        frontier.push(p);
      }
    }
  }
}
function failed(result, failOn) {
  return result.findings.some((f) => !f.suppressed && atOrAbove(f.severity, failOn));
}

export {
  SEVERITIES,
  renderJson,
  ansiStyle,
  renderText,
  rules,
  scan,
  failed
};
