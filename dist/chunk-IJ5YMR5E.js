import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/append-all.ts
function appendAll(target, items) {
  for (const item of items) target.push(item);
}
function addToList(lists, key, item) {
  const list2 = lists.get(key);
  if (list2 === void 0) lists.set(key, [item]);
  else list2.push(item);
}

// src/model/org.ts
var ROOT_KEY = "root";
function organizationPlace(org) {
  const o = org.organization;
  return o ? { ...o.resource ? { resource: o.resource } : {}, ...o.location ? { location: o.location } : {} } : {};
}
function unreadModules(org) {
  const unread = [];
  const kept = [];
  for (const spot of org.blindSpots)
    if (spot.module !== void 0) (spot.kept ? kept : unread).push(spot.module);
  const reasons = [];
  if (unread.length > 0) {
    reasons.push(
      `${listed(unread)} ${unread.length === 1 ? "is" : "are"} not available to scan and may declare it (run terraform init, or scan the module directories with these sources)`
    );
  }
  if (kept.length > 0) {
    reasons.push(
      `${listed(kept)} ${kept.length === 1 ? "was" : "were"} removed from the configuration but left in AWS (removed with destroy = false) and may still hold it`
    );
  }
  return reasons.length > 0 ? reasons.join("; ") : void 0;
}
function listed(addresses) {
  return addresses.length > 3 ? `${addresses.slice(0, 3).join(", ")} and ${addresses.length - 3} more` : addresses.join(", ");
}
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
var attachmentIndexes = /* @__PURE__ */ new WeakMap();
function attachmentIndex(org) {
  let index = attachmentIndexes.get(org);
  if (index === void 0) {
    const byPolicy = /* @__PURE__ */ new Map();
    const candidates = /* @__PURE__ */ new Set();
    let anyPolicy = false;
    for (const a of org.attachments) {
      if ("key" in a.policy) addToList(byPolicy, a.policy.key, a);
      else if ("candidate" in a.policy) candidates.add(a.policy.candidate);
      else anyPolicy = true;
    }
    index = { byPolicy, anyPolicy, candidates };
    attachmentIndexes.set(org, index);
  }
  return index;
}
function attachmentsOf(org, policyKey) {
  return attachmentIndex(org).byPolicy.get(policyKey) ?? [];
}
function maybeAttached(org, policyKey) {
  const index = attachmentIndex(org);
  return index.anyPolicy || index.candidates.has(policyKey);
}
function describeNode(node, key) {
  if (key === ROOT_KEY) return "the organization root";
  const label2 = node?.kind === "account" ? "account" : node?.kind === "ou" ? "OU" : "target";
  const name = node?.name !== void 0 ? ` "${node.name}"` : "";
  const where = node?.resource ?? key;
  return `${label2}${name} (${where})`;
}

// src/model/value.ts
var Unknown = class {
  constructor(reason, refs = [], partial) {
    this.reason = reason;
    this.refs = refs;
    this.partial = partial;
  }
  reason;
  refs;
  partial;
  kind = "unknown";
};
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Unknown);
}
function containsUnknown(value) {
  if (typeof value !== "object" || value === null) return false;
  if (value instanceof Unknown) return true;
  budget = PLAIN_WALK_BUDGET;
  return walkForUnknown(value, null) ?? walkForUnknown(value, /* @__PURE__ */ new Set()) === true;
}
var PLAIN_WALK_BUDGET = 1e5;
var budget = 0;
function walkForUnknown(value, seen) {
  if (typeof value !== "object" || value === null) return false;
  if (value instanceof Unknown) return true;
  if (seen === null) {
    if (--budget < 0) return void 0;
  } else {
    if (seen.has(value)) return false;
    seen.add(value);
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = walkForUnknown(item, seen);
      if (found !== false) return found;
    }
    return false;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const found = walkForUnknown(value[key], seen);
    if (found !== false) return found;
  }
  return false;
}
function referenceText(ref) {
  return ref.path.reduce(
    (text, seg) => typeof seg === "number" ? `${text}[${seg}]` : `${text}.${seg}`,
    ref.address
  );
}
function knownStrings(value) {
  if (value instanceof Unknown) return { unknown: value.reason };
  if (!Array.isArray(value)) return { items: [] };
  const unknownItem = value.find((v) => v instanceof Unknown);
  if (unknownItem instanceof Unknown) return { unknown: unknownItem.reason };
  return { items: value.filter((v) => typeof v === "string") };
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
function stringList(value, path) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return [...value];
  return fail(`${path} must be a string or an array of strings`);
}
var ACCOUNT_ID = /^\d{12}$/;
var PRINCIPAL_KEYS = {
  AWS: "aws",
  Service: "service",
  Federated: "federated",
  CanonicalUser: "canonicalUser"
};
function parsePrincipal(value, path) {
  if (value === "*") return "*";
  if (!isRecord(value)) return fail(`${path} must be "*" or an object such as {"AWS": ...}`);
  const set = {};
  for (const [key, raw] of Object.entries(value)) {
    const field = PRINCIPAL_KEYS[key];
    if (!field)
      return fail(`${path} has unknown key "${key}" (expected AWS, Service, Federated or CanonicalUser)`);
    const list2 = stringList(raw, `${path}.${key}`);
    set[field] = field === "aws" ? list2.map((v) => ACCOUNT_ID.test(v) ? `arn:aws:iam::${v}:root` : v) : list2;
  }
  return set;
}
function conditionValues(value, path) {
  const scalar = (v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
  if (scalar(value)) return [String(value)];
  if (Array.isArray(value) && value.every(scalar)) return value.map((v) => String(v));
  return fail(`${path} must be a string, number, boolean or an array of them`);
}
function parseConditions(value, path) {
  if (value === void 0) return [];
  if (!isRecord(value)) return fail(`${path} must be an object of condition operators`);
  const conditions = [];
  for (const [rawOperator, block] of Object.entries(value)) {
    const parsed = parseOperator(rawOperator);
    if (!parsed) return fail(`${path} has unknown condition operator "${rawOperator}"`);
    if (!isRecord(block)) return fail(`${path}.${rawOperator} must be an object of condition keys`);
    for (const [rawKey, raw] of Object.entries(block)) {
      conditions.push({
        operator: parsed.spec.name,
        ifExists: parsed.ifExists,
        ...parsed.setOperator ? { setOperator: parsed.setOperator } : {},
        key: rawKey.toLowerCase(),
        rawKey,
        rawOperator,
        values: conditionValues(raw, `${path}.${rawOperator}["${rawKey}"]`)
      });
    }
  }
  return conditions;
}
function pair(record, path, a, b, required) {
  const hasA = has(record, a) && record[a] !== void 0;
  const hasB = has(record, b) && record[b] !== void 0;
  if (hasA && hasB) return fail(`${path} has both ${a} and ${b}; use one`);
  if (required && !hasA && !hasB) return fail(`${path} needs ${a} or ${b}`);
  return hasA ? "a" : hasB ? "b" : void 0;
}
function parseStatement(value, path, policyVariables) {
  if (!isRecord(value)) return fail(`${path} must be an object`);
  const effect = value["Effect"];
  if (effect !== "Allow" && effect !== "Deny") return fail(`${path}.Effect must be "Allow" or "Deny"`);
  const sid = value["Sid"];
  if (sid !== void 0 && typeof sid !== "string") return fail(`${path}.Sid must be a string`);
  const action = pair(value, path, "Action", "NotAction", true);
  const resource = pair(value, path, "Resource", "NotResource", false);
  const principal = pair(value, path, "Principal", "NotPrincipal", false);
  const statement = {
    effect,
    conditions: parseConditions(value["Condition"], `${path}.Condition`),
    policyVariables
  };
  if (sid !== void 0) statement.sid = sid;
  if (action === "a") statement.actions = stringList(value["Action"], `${path}.Action`);
  if (action === "b") statement.notActions = stringList(value["NotAction"], `${path}.NotAction`);
  if (resource === "a") statement.resources = stringList(value["Resource"], `${path}.Resource`);
  if (resource === "b") statement.notResources = stringList(value["NotResource"], `${path}.NotResource`);
  if (principal === "a") statement.principals = parsePrincipal(value["Principal"], `${path}.Principal`);
  if (principal === "b")
    statement.notPrincipals = parsePrincipal(value["NotPrincipal"], `${path}.NotPrincipal`);
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
var COMMENTS_WARNING = "the policy contains comments, which AWS rejects (MalformedPolicyDocument)";
function stripJsonComments(text) {
  let out = "";
  let found = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      const stop = end < 0 ? text.length : end;
      out += " ".repeat(stop - i);
      found = true;
      i = stop;
    } else if (ch === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) return void 0;
      out += text.slice(i, end + 2).replace(/[^\n]/g, " ");
      found = true;
      i = end + 2;
    } else {
      out += ch;
      i += 1;
    }
  }
  return found ? out : void 0;
}
var renderedDocuments = /* @__PURE__ */ new Map();
var MAX_RENDERED = 1024;
function rememberRenderedPolicy(text, document) {
  if (renderedDocuments.size >= MAX_RENDERED) {
    const oldest = renderedDocuments.keys().next();
    if (oldest.done !== true) renderedDocuments.delete(oldest.value);
  }
  renderedDocuments.set(text, document);
}
function takeRendered(text) {
  const document = renderedDocuments.get(text);
  if (document !== void 0) renderedDocuments.delete(text);
  return document;
}
function parsePolicy(input) {
  let value = input;
  const warnings = [];
  const rendered = typeof input === "string" ? takeRendered(input) : void 0;
  if (rendered !== void 0) value = rendered;
  else if (typeof input === "string") {
    const text = input.replace(/^\uFEFF/, "");
    try {
      value = JSON.parse(text);
    } catch (e) {
      const error = `Policy is not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
      const stripped = stripJsonComments(text);
      if (stripped === void 0) return { ok: false, error };
      try {
        value = JSON.parse(stripped);
      } catch {
        return { ok: false, error };
      }
      warnings.push(COMMENTS_WARNING);
    }
  }
  try {
    const policy = parseDocument(value);
    return warnings.length > 0 ? { ok: true, policy, warnings } : { ok: true, policy };
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
var staticPatterns = /* @__PURE__ */ new Map();
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
  const staticKey = `${options.wildcards ? 1 : 0}${options.variables ? 1 : 0}${options.ignoreCase ? 1 : 0}\0${pattern}`;
  const known = staticPatterns.get(staticKey);
  if (known) return known.test(value) ? "yes" : "no";
  let source = "";
  let hasVariable = false;
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
        hasVariable = true;
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
  const regex = compile(source, options.ignoreCase ?? false);
  if (!hasVariable && known === void 0) {
    if (staticPatterns.size > 1e4) staticPatterns.clear();
    staticPatterns.set(staticKey, regex);
  }
  const matches = regex.test(value);
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
function concretize(pattern) {
  return pattern.replace(/\$\{[^}]*\}/g, "x").replace(/[*?]+/g, "x");
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
function rootArn(account, partition = "aws") {
  return `arn:${partition}:iam::${account}:root`;
}

// src/model/policy/conditions.ts
import { Buffer } from "node:buffer";

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
function compareOrdered(spec, policy, request2) {
  if (policy === void 0 || request2 === void 0) return "no";
  switch (spec.comparison) {
    case "eq":
      return tri(request2 === policy);
    case "lt":
      return tri(request2 < policy);
    case "lte":
      return tri(request2 <= policy);
    case "gt":
      return tri(request2 > policy);
    case "gte":
      return tri(request2 >= policy);
  }
}
function normaliseBase64(text) {
  return Buffer.from(text.trim(), "base64").toString("base64");
}
function compareOne(spec, policy, request2, lookup, variables) {
  switch (spec.family) {
    case "string":
      return matchPattern(policy, request2, lookup, { wildcards: false, variables });
    case "string-ignore-case":
      return matchPattern(policy, request2, lookup, { wildcards: false, variables, ignoreCase: true });
    case "like":
      return matchPattern(policy, request2, lookup, { wildcards: true, variables });
    case "arn":
      return arnMatch(policy, request2, lookup, variables);
    case "numeric":
      return compareOrdered(spec, parseNumber(policy), parseNumber(request2));
    case "date":
      return compareOrdered(spec, parseDate(policy), parseDate(request2));
    case "bool":
      return tri(policy.trim().toLowerCase() === request2.trim().toLowerCase());
    case "binary":
      return tri(normaliseBase64(policy) === normaliseBase64(request2));
    case "ip":
      return tri(cidrContains(policy, request2));
    case "null":
      return "no";
  }
}
function satisfies(spec, cond, request2, lookup, variables) {
  const positive = or3(cond.values.map((v) => compareOne(spec, v, request2, lookup, variables)));
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
function contextLookup(request2) {
  const missing = request2.unknownKeys === "missing";
  let cached = lookups.get(request2.context);
  if (cached === void 0) {
    cached = {};
    lookups.set(request2.context, cached);
  }
  const known = missing ? cached.missing : cached.depends;
  if (known !== void 0) return known;
  const lookup = makeLookup(request2.context, missing ? MISSING : UNKNOWN);
  if (missing) cached.missing = lookup;
  else cached.depends = lookup;
  return lookup;
}
var lookups = /* @__PURE__ */ new WeakMap();
function makeLookup(context, absent) {
  const folded = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(context)) folded.set(key.toLowerCase(), value);
  return (key) => {
    const lower = key.toLowerCase();
    if (!folded.has(lower)) return absent;
    const value = folded.get(lower);
    if (value === void 0) return MISSING;
    return { state: "present", values: typeof value === "string" ? [value] : [...value] };
  };
}

// src/model/policy/principal.ts
function accountOf(request2) {
  const arn = request2.principal === void 0 ? void 0 : parseArn(request2.principal);
  return arn?.account || request2.principalAccount;
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
function awsEntryMatches(entry, request2) {
  if (entry === "*") return true;
  const principal = request2.principal ?? "";
  const account = accountOfPrincipal(entry);
  if (account !== void 0) return accountOf(request2) === account;
  return entry === principal || roleCoversSession(entry, principal);
}
function principalSetMatches(set, request2) {
  if (set === "*") return "yes";
  if (request2.principal === void 0) return "depends";
  const principal = request2.principal;
  const lower = principal.toLowerCase();
  return tri(
    (set.aws ?? []).some((e) => awsEntryMatches(e, request2)) || (set.service ?? []).some((e) => e.toLowerCase() === lower) || (set.federated ?? []).some((e) => e === principal) || (set.canonicalUser ?? []).some((e) => e === principal)
  );
}
function notPrincipalSetMatches(set, request2) {
  if (set === "*") return "no";
  if (request2.principal === void 0) return "depends";
  const aws = set.aws ?? [];
  if (aws.includes("*")) return "no";
  const others = { ...set, aws: [] };
  if (principalSetMatches(others, request2) === "yes") return "no";
  const layers = principalLayers(request2.principal);
  if (!layers) return not3(principalSetMatches(set, request2));
  const account = aws.some((e) => accountOfPrincipal(e) === layers.account);
  const self = aws.includes(request2.principal);
  switch (layers.kind) {
    case "root":
      return account ? "no" : "yes";
    case "user":
      return self ? account ? "no" : "depends" : "yes";
    case "session": {
      const principal = request2.principal;
      const role = aws.some((e) => roleCoversSession(e, principal));
      if (account && role && self) return "no";
      return role || self ? "depends" : "yes";
    }
  }
}
function principalLayers(principal) {
  const arn = parseArn(principal);
  if (!arn || !arn.account) return void 0;
  if (arn.service === "iam" && arn.resource === "root") return { kind: "root", account: arn.account };
  if (arn.service === "iam" && (arn.resource.startsWith("user/") || arn.resource.startsWith("role/")))
    return { kind: "user", account: arn.account };
  if (arn.service === "sts" && arn.resource.startsWith("assumed-role/"))
    return { kind: "session", account: arn.account };
  return void 0;
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
function resourcePart(stmt, request2, lookup) {
  const variables = stmt.policyVariables ?? true;
  if (stmt.resources)
    return or3(stmt.resources.map((p) => resourceMatches(p, request2.resource, lookup, variables)));
  if (stmt.notResources) {
    return not3(or3(stmt.notResources.map((p) => resourceMatches(p, request2.resource, lookup, variables))));
  }
  return "yes";
}
function principalPart(stmt, request2) {
  if (stmt.principals) return principalSetMatches(stmt.principals, request2);
  if (stmt.notPrincipals) return notPrincipalSetMatches(stmt.notPrincipals, request2);
  return "yes";
}
function explainStatement(stmt, request2) {
  const lookup = contextLookup(request2);
  const action = actionPart(stmt, request2.action);
  const resource = resourcePart(stmt, request2, lookup);
  const principal = principalPart(stmt, request2);
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
function matchStatement(stmt, request2) {
  const action = actionPart(stmt, request2.action);
  if (action === "no") return "no";
  const lookup = contextLookup(request2);
  const resource = resourcePart(stmt, request2, lookup);
  if (resource === "no") return "no";
  const principal = principalPart(stmt, request2);
  if (principal === "no") return "no";
  let result = and3([action, resource, principal]);
  const variables = stmt.policyVariables ?? true;
  for (const c of stmt.conditions) {
    const answer = evalCondition(c, lookup, variables);
    if (answer === "no") return "no";
    if (answer === "depends") result = "depends";
  }
  return result;
}
function deniesExplicitly(doc, request2) {
  return doc.statements.some((s) => s.effect === "Deny" && matchStatement(s, request2) === "yes");
}
function evaluate(doc, request2) {
  const answers = (effect) => doc.statements.filter((s) => s.effect === effect).map((s) => matchStatement(s, request2));
  const deny = or3(answers("Deny"));
  if (deny === "yes") return "deny";
  if (deny === "depends") return "depends";
  const allow = or3(answers("Allow"));
  if (allow === "yes") return "allow";
  return allow === "depends" ? "depends" : "implicit-deny";
}

// src/model/policy/probes.ts
var PROBE_ACCOUNT = "000011112222";
var OTHER_ACCOUNT = "000033334444";
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
function probeFromArn(arn) {
  const parts = parseArn(arn);
  if (!parts || !/^\d{12}$/.test(parts.account)) return void 0;
  let kind;
  let principalArn = arn;
  if (parts.service === "iam" && parts.resource === "root") kind = "root";
  else if (parts.service === "iam" && parts.resource.startsWith("role/")) kind = "role";
  else if (parts.service === "iam" && parts.resource.startsWith("user/")) kind = "user";
  else if (parts.service === "sts" && parts.resource.startsWith("assumed-role/")) {
    kind = "role";
    principalArn = `arn:${parts.partition}:iam::${parts.account}:role/${parts.resource.split("/")[1] ?? ""}`;
  }
  if (!kind) return void 0;
  return {
    kind,
    arn: principalArn,
    account: parts.account,
    context: identityContext(kind, principalArn, parts.account, false, false)
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
  const p = detailedProbe("root", account, partition, assumedRoot);
  return { principal: p.arn, principalAccount: account, action, context: p.context };
}
function controlRequest(kind, action, partition) {
  const p = detailedProbe(kind, PROBE_ACCOUNT, partition, false);
  return { principal: p.arn, principalAccount: PROBE_ACCOUNT, action, context: p.context };
}
var probes = /* @__PURE__ */ new Map();
function detailedProbe(kind, account, partition, assumedRoot) {
  const key = `${kind} ${account} ${partition} ${assumedRoot}`;
  let found = probes.get(key);
  if (found === void 0) {
    found = probe(kind, account, { partition, detail: true, assumedRoot });
    if (probes.size >= 1024) probes.clear();
    probes.set(key, found);
  }
  return found;
}
function label(stmt, index) {
  return stmt.sid ? `Statement[${index}] "${stmt.sid}"` : `Statement[${index}]`;
}
var ROOT_WORD = /(^|:)root$/i;
function mentionsRoot(stmt) {
  if (stmt.sid !== void 0 && /root/i.test(stmt.sid)) return true;
  return stmt.conditions.some((c) => {
    if (operatorSpec(c.operator)?.negated === true) return false;
    return c.key === "aws:principaltype" ? c.values.some((v) => /^(root|account)$/i.test(v.trim())) : c.values.some((v) => ROOT_WORD.test(v.trim()));
  });
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
function analyse(stmt, index, probeActions) {
  const at = label(stmt, index);
  const none = (problems2) => ({
    index,
    scoped: false,
    conditional: false,
    partitions: [],
    anyPartition: false,
    exemptsAssumedRoot: false,
    problems: problems2.map((p) => `${p} (${at})`),
    partition: "aws"
  });
  const mentions = mentionsRoot(stmt);
  const whyNotRoot = () => {
    const request2 = (a) => rootRequest(a, "aws", PROBE_ACCOUNT);
    const action = probeActions.find((a) => explainStatement(stmt, request2(a)).action === "yes") ?? "*";
    return diagnose(stmt, explainStatement(stmt, request2(action)), probe("root", PROBE_ACCOUNT).arn);
  };
  if (stmt.effect === "Allow") {
    return none(
      mentions ? ['Effect is "Allow": an Allow statement grants, it cannot deny the root user'] : []
    );
  }
  const hits = (partition2, account) => new Map(probeActions.map((a) => [a, matchStatement(stmt, rootRequest(a, partition2, account))]));
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
  if (deniedControls.length > 0 && mentions && !covered.has("aws")) return none(whyNotRoot());
  if (deniedControls.length === controls.length) {
    return none(mentions ? ["denies every principal, not specifically the root user"] : []);
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
    index,
    scoped: true,
    conditional,
    partitions: anyPartition ? ["*"] : PARTITIONS.filter((p) => covered.has(p)),
    anyPartition,
    exemptsAssumedRoot: assumed === "no",
    problems: problems.map((p) => `${p} (${at})`),
    partition
  };
}
function unique(values) {
  return [...new Set(values)];
}
function exemptAccounts(statements, scoped, probeActions) {
  const named = /* @__PURE__ */ new Map();
  for (const v of scoped) {
    for (const condition of statements[v.index]?.conditions ?? []) {
      for (const value of condition.values) {
        for (const account of value.match(/(?<!\d)\d{12}(?!\d)/g) ?? []) {
          const at = named.get(account) ?? [];
          if (!at.includes(v.index)) at.push(v.index);
          named.set(account, at);
        }
      }
    }
  }
  const exempt = [];
  for (const [account, at] of named) {
    if (account === PROBE_ACCOUNT || account === OTHER_ACCOUNT) continue;
    const denied = scoped.some((v) => {
      const stmt = statements[v.index];
      return stmt !== void 0 && probeActions.some((a) => matchStatement(stmt, rootRequest(a, v.partition, account)) !== "no");
    });
    if (!denied) exempt.push({ account, statements: at });
  }
  return exempt.sort((a, b) => a.account.localeCompare(b.account));
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
    return stmt !== void 0 && matchStatement(stmt, rootRequest(action, v.partition, PROBE_ACCOUNT)) === "yes";
  });
  const full = probeActions.every(deniedToRoot);
  const scopedStatements = scoped.flatMap(
    (v) => statements[v.index] ? [statements[v.index]] : []
  );
  const carveOuts = unique(scopedStatements.flatMap((s) => s.notActions ?? []));
  const actionLists = unique(scopedStatements.flatMap((s) => s.actions ?? []));
  const partitions = scoped.some((v) => v.anyPartition) ? ["*"] : PARTITIONS.filter((p) => scoped.some((v) => v.partitions.includes(p)));
  const exempt = exemptAccounts(statements, scoped, probeActions);
  return {
    kind: full ? "full" : "partial",
    statements: scoped.map((v) => v.index),
    ...!full && carveOuts.length > 0 ? { allowedActions: carveOuts.filter((a) => !deniedToRoot(a)) } : {},
    ...!full && actionLists.length > 0 ? { deniedActions: actionLists } : {},
    partitions,
    exemptsAssumedRoot: scoped.every((v) => v.exemptsAssumedRoot),
    ...exempt.length > 0 ? { exemptAccounts: exempt } : {},
    problems
  };
}

// src/model/policy/lockout.ts
var SERVICES = {
  s3: {
    repair: ["s3:PutBucketPolicy", "s3:DeleteBucketPolicy"],
    all: [
      "s3:GetBucketPolicy",
      "s3:PutBucketPolicy",
      "s3:DeleteBucketPolicy",
      "s3:ListBucket",
      "s3:DeleteBucket",
      "s3:GetObject",
      "s3:PutObject",
      "s3:RootGuardProbeUnlistedAction"
    ],
    objectActions: ["s3:GetObject", "s3:PutObject"],
    unlockTask: "S3UnlockBucketPolicy"
  },
  sqs: {
    repair: ["sqs:SetQueueAttributes"],
    all: [
      "sqs:SetQueueAttributes",
      "sqs:GetQueueAttributes",
      "sqs:AddPermission",
      "sqs:RemovePermission",
      "sqs:SendMessage",
      "sqs:ReceiveMessage",
      "sqs:DeleteQueue",
      "sqs:RootGuardProbeUnlistedAction"
    ],
    objectActions: [],
    unlockTask: "SQSUnlockQueuePolicy"
  }
};
function allResources(doc) {
  return doc.statements.flatMap((s) => [...s.resources ?? [], ...s.notResources ?? []]);
}
function inferServices(doc) {
  const text = [
    ...allResources(doc),
    ...doc.statements.flatMap((s) => [...s.actions ?? [], ...s.notActions ?? []])
  ];
  const found = ["s3", "sqs"].filter(
    (svc) => text.some(
      (t) => t.toLowerCase().startsWith(`${svc}:`) || t.startsWith(`arn:`) && t.split(":")[2] === svc
    )
  );
  return found.length > 0 ? found : ["s3", "sqs"];
}
function inferResource(doc, service) {
  for (const r of allResources(doc)) {
    const parts = r.split(":");
    if (parts[0] !== "arn" || parts[2] !== service) continue;
    if (service === "s3") {
      const bucket = (parts.slice(5).join(":").split("/")[0] ?? "").trim();
      if (bucket) return `arn:${parts[1]}:s3:::${concretize(bucket)}`;
    } else if (parts.length >= 6) {
      return concretize(r);
    }
  }
  return void 0;
}
function probePrincipals(doc, owner) {
  const probes2 = [probe("root", owner), probe("role", owner), probe("user", owner)];
  const named = /* @__PURE__ */ new Set();
  for (const s of doc.statements) {
    for (const c of s.conditions) {
      if (c.key === "aws:principalarn") c.values.forEach((v) => named.add(concretize(v)));
      if (c.key === "aws:principalaccount") {
        c.values.filter((v) => /^\d{12}$/.test(v)).forEach((v) => named.add(probe("role", v).arn));
      }
    }
    for (const set of [s.principals, s.notPrincipals]) {
      if (set && set !== "*") (set.aws ?? []).forEach((v) => named.add(v));
    }
  }
  for (const arn of named) {
    const p = probeFromArn(arn);
    if (p && !probes2.some((q) => q.arn === p.arn)) probes2.push(p);
  }
  return probes2;
}
function request(p, action, resource, model) {
  const target = resource && model.objectActions.includes(action) ? `${resource}/rootguard-probe-object` : resource;
  return {
    principal: p.arn,
    principalAccount: p.account,
    action,
    ...target ? { resource: target } : {},
    context: p.context
  };
}
function analyse2(doc, service, options) {
  const model = SERVICES[service];
  if (!doc.statements.some((s) => s.effect === "Deny")) return noDenyCovers(model);
  const resource = options.resourceArn ?? inferResource(doc, service);
  const owner = options.accountId ?? (service === "sqs" ? resource?.split(":")[4] : void 0) ?? PROBE_ACCOUNT;
  const everyone = probePrincipals(doc, /^\d{12}$/.test(owner) ? owner : PROBE_ACCOUNT);
  const probes2 = everyone.filter((p) => p.kind !== "root");
  const deniedToAll = (action) => probes2.every((p) => deniesExplicitly(doc, request(p, action, resource, model)));
  const all = model.all.every(deniedToAll);
  const management = all || model.repair.every(deniedToAll);
  const actions = all ? "all" : management ? "management" : "some";
  const repair = model.repair[0] ?? "*";
  if (management) {
    const statement = doc.statements.findIndex(
      (s) => s.effect === "Deny" && probes2.every((p) => explainStatement(s, request(p, repair, resource, model)).result === "yes")
    );
    const what = all ? `every ${service} action` : model.repair.join(" and ");
    const at = statement >= 0 ? `Statement[${statement}]` : "The policy";
    const rootSpared = everyone.some(
      (p) => p.kind === "root" && !deniesExplicitly(doc, request(p, repair, resource, model))
    );
    return {
      lockout: true,
      actions,
      ...statement >= 0 ? { statement } : {},
      reason: `${at} denies ${what} to every principal${rootSpared ? " but the root user" : ""} with no condition that can fail: only the owning account's root user (sts:AssumeRoot with ${model.unlockTask}) can repair the policy`
    };
  }
  const ownerRole = probes2[1] ?? probes2[0];
  const reach = (s) => {
    const covers = (action) => ownerRole !== void 0 && explainStatement(s, request(ownerRole, action, resource, model)).action === "yes";
    return model.all.every(covers) ? "all" : model.repair.every(covers) ? "management" : "some";
  };
  for (const [index, s] of doc.statements.entries()) {
    if (s.effect !== "Deny") continue;
    const answers = probes2.map((p) => ({ p, m: explainStatement(s, request(p, repair, resource, model)) }));
    if (answers.every((a) => a.m.action === "no")) continue;
    const actions2 = reach(s);
    const exempt = answers.find((a) => a.m.result === "no");
    if (exempt) {
      const c = s.conditions.find((_, i) => exempt.m.conditions[i] === "no");
      const why = c ? `its ${c.rawOperator} condition on ${c.rawKey}` : exempt.m.principal === "no" ? "its Principal element" : "its Resource";
      return {
        lockout: false,
        actions: actions2,
        statement: index,
        reason: `Statement[${index}] does not deny ${exempt.p.arn} (${why}), so not every principal is locked out`
      };
    }
    const pending = answers.find((a) => a.m.result === "depends");
    if (pending) {
      return {
        lockout: false,
        actions: actions2,
        statement: index,
        reason: `Statement[${index}] denies ${repair} only ${describeDependsOn(pending.m.dependsOn)}, so it is not a lockout`
      };
    }
  }
  return { ...noDenyCovers(model), actions };
}
function noDenyCovers(model) {
  return {
    lockout: false,
    actions: "some",
    reason: `No Deny statement covers ${model.repair.join(" and ")} for every principal`
  };
}
function deniesAllPrincipals(resourcePolicy, opts = {}) {
  const services = opts.service ? [opts.service] : inferServices(resourcePolicy);
  const results = services.map((svc) => analyse2(resourcePolicy, svc, opts));
  return results.find((r) => r.lockout) ?? results[0] ?? { lockout: false, actions: "some", reason: "No service to check" };
}

// src/model/policy/assume-root.ts
var ACTION = "sts:AssumeRoot";
var TASK_POLICY_PREFIX = "arn:aws:iam::aws:policy/root-task/";
var ROOT_TASK_POLICIES = [
  "IAMAuditRootUserCredentials",
  "IAMCreateRootUserPassword",
  "IAMDeleteRootUserCredentials",
  "S3UnlockBucketPolicy",
  "SQSUnlockQueuePolicy"
].map((name) => TASK_POLICY_PREFIX + name);
var ANY_TASK = `${TASK_POLICY_PREFIX}RootGuardProbeUnlistedTask`;
var ANY_ACCOUNT = "246813579024";
var NARROWING_KEYS = /* @__PURE__ */ new Set(["sts:taskpolicyarn", "aws:resourceaccount"]);
function isBareWildcard(pattern) {
  return /^\*+(:\*+)?$/.test(pattern);
}
function scopeOf(stmt) {
  if (stmt.effect !== "Allow") return "no";
  if (stmt.notActions) return stmt.notActions.some((p) => actionMatches(p, ACTION)) ? "no" : "grants";
  const matching = (stmt.actions ?? []).filter((p) => actionMatches(p, ACTION));
  if (matching.length === 0) return "no";
  return matching.every(isBareWildcard) ? "admin" : "grants";
}
function probeRequest(resource, account, task) {
  return {
    action: ACTION,
    resource,
    context: { "sts:TaskPolicyArn": task, "aws:ResourceAccount": account ?? ANY_ACCOUNT }
  };
}
function grantsAssumeRoot(identityPolicy) {
  const statements = identityPolicy.statements;
  const scopes = statements.map(scopeOf);
  const granting = statements.flatMap((s, i) => scopes[i] === "grants" ? [{ s, i }] : []);
  const admin = scopes.flatMap((scope, i) => scope === "admin" ? [`Statement[${i}]`] : []);
  const adminNote = admin.length > 0 ? ` (${admin.join(", ")} allow "*": administrator access, out of scope here)` : "";
  if (granting.length === 0) return noGrant("No statement allows sts:AssumeRoot" + adminNote);
  const targets = [{ label: "*", resource: rootArn(ANY_ACCOUNT), account: ANY_ACCOUNT }];
  const tasks = /* @__PURE__ */ new Set([ANY_TASK, ...ROOT_TASK_POLICIES]);
  for (const { s } of granting) {
    for (const r of s.resources ?? []) {
      const resource = concretize(r);
      const account = resource.split(":")[4];
      targets.push({ label: r, resource, ...account && /^\d{12}$/.test(account) ? { account } : {} });
    }
    for (const c of s.conditions) {
      if (c.key === "aws:resourceaccount") {
        c.values.forEach((v) => targets.push({ label: rootArn(v), resource: rootArn(v), account: v }));
      }
      if (c.key === "sts:taskpolicyarn") c.values.forEach((v) => tasks.add(concretize(v)));
    }
  }
  const narrowed = granting.map(({ s, i }) => ({
    i,
    s: { ...s, conditions: s.conditions.filter((c) => NARROWING_KEYS.has(c.key)) }
  }));
  const denies = statements.filter((s) => s.effect === "Deny");
  const allowedBy = (target, task) => {
    const req = probeRequest(target.resource, target.account, task);
    if (denies.some((d) => explainStatement(d, req).result === "yes")) return [];
    return narrowed.filter(({ s }) => explainStatement(s, req).result !== "no").map(({ i }) => i);
  };
  const allowedTargets = /* @__PURE__ */ new Set();
  const allowedTasks = /* @__PURE__ */ new Set();
  const used = /* @__PURE__ */ new Set();
  for (const target of targets) {
    for (const task of tasks) {
      const by = allowedBy(target, task);
      if (by.length === 0) continue;
      by.forEach((i) => used.add(i));
      allowedTargets.add(target.label);
      allowedTasks.add(task);
    }
  }
  if (used.size === 0) {
    return noGrant("Every statement that allows sts:AssumeRoot is denied or narrowed away" + adminNote);
  }
  const anyTask = allowedTasks.has(ANY_TASK);
  const anyTarget = allowedTargets.has("*");
  const unrestricted = allowedBy(targets[0], ANY_TASK).length > 0;
  const taskPolicies = anyTask ? "*" : [...allowedTasks];
  const targetList = anyTarget ? "*" : [...allowedTargets];
  const at = [...used].map((i) => `Statement[${i}]`).join(", ");
  const reason = unrestricted ? `${at} allows sts:AssumeRoot on any member account with any task policy: a root session for anything, anywhere` : `${at} allows sts:AssumeRoot ${anyTarget ? "on any member account" : `on ${targetList.join(", ")}`} with ${anyTask ? "any task policy" : taskPolicies.join(", ")}`;
  return {
    grants: true,
    unrestricted,
    statements: [...used].sort((a, b) => a - b),
    taskPolicies,
    targets: targetList,
    reason: reason + adminNote
  };
}
function noGrant(reason) {
  return { grants: false, unrestricted: false, statements: [], taskPolicies: [], targets: [], reason };
}

// src/model/policy/names.ts
function settleUnknownNames(policy) {
  if (!(policy instanceof Unknown) || !isObject(policy.partial)) return policy;
  const document = withoutUnknownNames(policy.partial);
  if (document === policy.partial) return policy;
  return containsUnknown(document) ? new Unknown(policy.reason, policy.refs, document) : document;
}
function withoutUnknownNames(document) {
  const statement = document.Statement;
  const statements = statement === void 0 ? void 0 : Array.isArray(statement) ? statement.map(withoutUnknownSid) : withoutUnknownSid(statement);
  const statementsChanged = Array.isArray(statement) ? statements.some((s, i) => s !== statement[i]) : statements !== statement;
  const idUnknown = containsUnknown(document.Id);
  if (!statementsChanged && !idUnknown) return document;
  const settled = {};
  for (const [key, value] of Object.entries(document)) {
    if (key === "Id" && idUnknown) continue;
    settled[key] = key === "Statement" && statements !== void 0 ? statements : value;
  }
  return settled;
}
function withoutUnknownSid(statement) {
  if (!isObject(statement) || !containsUnknown(statement.Sid)) return statement;
  const { Sid: _sid, ...rest } = statement;
  return rest;
}

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
  if (policy.content.kind === "partial")
    return classifyPartial(policy.content.document, policy.content.reason);
  const parsed = parsePolicy(policy.content.text);
  if (!parsed.ok) return { kind: "malformed", error: parsed.error };
  const result = deniesRootUser(parsed.policy);
  const refused = policy.type === "SERVICE_CONTROL_POLICY" ? principalProblem(parsed.policy) ?? sizeProblem(policy.content.text) : void 0;
  if (refused !== void 0) {
    if (result.kind === "none" && result.problems.length === 0) return { kind: "other" };
    return {
      kind: "attempt",
      result: { ...result, kind: "none", statements: [], problems: [refused, ...result.problems] }
    };
  }
  if (result.kind !== "none") return { kind: "root-deny", result };
  return result.problems.length > 0 ? { kind: "attempt", result } : { kind: "other" };
}
var SCP_MAX_CHARACTERS = 5120;
function sizeProblem(text) {
  if (text.length <= SCP_MAX_CHARACTERS) return void 0;
  return `its content is ${text.length.toLocaleString("en-US")} characters, over the ${SCP_MAX_CHARACTERS.toLocaleString("en-US")}-character limit of an SCP (whitespace counts): Organizations refuses it, so it is never created or updated. Minify it (jsonencode, or the policy document's minified_json) or split it into several SCPs`;
}
function principalProblem(doc) {
  const at = doc.statements.flatMap(
    (s, i) => s.principals !== void 0 || s.notPrincipals !== void 0 ? [`Statement[${i}]`] : []
  );
  if (at.length === 0) return void 0;
  return `${at.join(", ")} ${at.length === 1 ? "has" : "have"} a Principal (or NotPrincipal) element, which SCPs do not support: Organizations rejects the policy as malformed, so it is never created. Remove it: an SCP applies to every principal of the accounts it is attached to, and a condition on aws:PrincipalArn picks the root user`;
}
function classifyPartial(document, reason) {
  if (!isObject(document)) return { kind: "unknown", reason };
  const statement = document.Statement;
  const statements = Array.isArray(statement) ? statement : statement === void 0 ? [] : [statement];
  const known = statements.filter((s) => !containsUnknown(s));
  if (known.length === 0 || containsUnknown(document.Version)) return { kind: "unknown", reason };
  const parsed = parsePolicy({ ...document, Statement: known });
  if (!parsed.ok) return { kind: "unknown", reason };
  const result = deniesRootUser(parsed.policy);
  if (result.kind !== "none") return { kind: "root-deny", result };
  const unknownCount = statements.length - known.length;
  return {
    kind: "unknown",
    reason: `${unknownCount} of ${statements.length} statements are not known statically: ${reason}`
  };
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
  const inDoubt = /* @__PURE__ */ new Set([...rootDeny.map((p) => p.key), ...undecided.map((u) => u.policy.key)]);
  for (const attachment of org.attachments) {
    const link = attachment.policy;
    if (!("unknown" in link)) continue;
    if ("candidate" in link && org.policies.has(link.candidate) && !inDoubt.has(link.candidate)) continue;
    unknownTargets.push(`${attachment.resource ?? "an attachment"}: ${link.unknown}`);
  }
  return { rootDeny, undecided, targets, unknownTargets };
}
function attachedNowhere(picture) {
  return picture.targets.size === 0 && picture.unknownTargets.length === 0;
}

// src/model/resource.ts
function attributeLocation(resource, attribute) {
  const line = resource.attributeLines[attribute];
  if (line === void 0) return resource.location;
  return { file: resource.attributeFiles?.[attribute] ?? resource.location.file, line };
}
function isAwsProvider(p) {
  return (p.type ?? p.name) === "aws";
}
function providerLabel(p, { withModule = true } = {}) {
  const alias = p.alias !== void 0 ? ` (alias "${p.alias}")` : "";
  const where = withModule && p.module !== "" ? ` in ${p.module}` : "";
  return `provider "${p.name}"${alias}${where}`;
}

// src/load/control-tower.ts
var CONTROL = /^arn:[\w-]+:control(?:tower|catalog):[\w-]*::control\/(AWS-GR_RESTRICT_ROOT_USER)$/;
function controlTowerScp(resource) {
  const identifier = resource.values.control_identifier;
  if (identifier instanceof Unknown) {
    return {
      control: "an unknown control",
      content: { kind: "unknown", reason: `control_identifier is not known: ${identifier.reason}` }
    };
  }
  const name = typeof identifier === "string" ? CONTROL.exec(identifier)?.[1] : void 0;
  if (name === void 0) return void 0;
  const parameters = readParameters(resource.values.parameters);
  if (typeof parameters === "string")
    return { control: name, content: { kind: "unknown", reason: parameters } };
  const condition = {
    StringLike: { "aws:PrincipalArn": ["arn:aws:iam::*:root"] }
  };
  const exemptAssumeRoot = parameters.get("ExemptAssumeRoot");
  if (exemptAssumeRoot !== void 0 && exemptAssumeRoot !== false)
    condition.Null = { "aws:AssumedRoot": "true" };
  const exempted = parameters.get("ExemptedPrincipalArns");
  if (exempted !== void 0) condition.ArnNotLikeIfExists = { "aws:PrincipalArn": exempted };
  const text = JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      { Sid: "GRRESTRICTROOTUSER", Effect: "Deny", Action: "*", Resource: ["*"], Condition: condition }
    ]
  });
  return { control: name, content: { kind: "known", text } };
}
function readParameters(raw) {
  const out = /* @__PURE__ */ new Map();
  if (raw === void 0 || raw === null) return out;
  if (raw instanceof Unknown) return `the control's parameters are not known: ${raw.reason}`;
  if (!Array.isArray(raw)) return "the control parameters are not blocks";
  for (const block of raw) {
    if (!isObject(block)) return "the control parameters are not blocks";
    const { key, value } = block;
    if (key instanceof Unknown) return `a control parameter's key is not known: ${key.reason}`;
    if (value instanceof Unknown) return `control parameter ${String(key)} is not known: ${value.reason}`;
    if (typeof key !== "string" || typeof value !== "string")
      return "a control parameter is not a key and a JSON value";
    try {
      out.set(key, JSON.parse(value));
    } catch {
      return `control parameter ${key} is not JSON (write it with jsonencode)`;
    }
  }
  return out;
}

// src/load/org-builder.ts
var ORGANIZATION_TYPES = /* @__PURE__ */ new Set([
  "aws_organizations_organization",
  "aws_organizations_organizational_unit",
  "aws_organizations_account",
  "aws_organizations_policy",
  "aws_organizations_policy_attachment",
  "aws_iam_organizations_features",
  "aws_controltower_control"
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
  const instancesOf = /* @__PURE__ */ new Map();
  for (const r of managedResources) {
    if (r.type in NODE_TYPES || r.type === "aws_organizations_policy") {
      aliases.set(r.address, keyOf(r));
      if (r.index !== void 0) {
        const base = baseAddress(r.address);
        addToList(instancesOf, base, r);
      }
    }
    if (r.type === "aws_organizations_organization") {
      const roots = r.values.roots;
      const rootId = Array.isArray(roots) && roots[0] && typeof roots[0] === "object" ? roots[0].id : void 0;
      if (typeof rootId === "string") aliases.set(rootId, ROOT_KEY);
    }
  }
  for (const [base, instances] of instancesOf) {
    if (instances.length === 1 && !byAddress.has(base)) aliases.set(base, keyOf(instances[0]));
  }
  const link = (value, what) => linkValue(value, what, byAddress, aliases);
  let organization;
  let iamFeatures;
  const nodes = /* @__PURE__ */ new Map();
  const policies = /* @__PURE__ */ new Map();
  const attachments = [];
  const rejectedAttachments = [];
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
      case "aws_organizations_policy_attachment": {
        const policy = maybeLink(r.uncertain, link(r.values.policy_id, "policy_id"));
        const refused = organizationIdTarget(r.values.target_id);
        if (refused !== void 0) {
          rejectedAttachments.push({
            policy,
            reason: refused,
            ...provenance,
            location: attributeLocation(r, "target_id")
          });
          break;
        }
        attachments.push({ policy, target: link(r.values.target_id, "target_id"), ...provenance });
        break;
      }
      case "aws_controltower_control": {
        const scp = controlTowerScp(r);
        if (!scp) break;
        const key = keyOf(r);
        policies.set(key, {
          key,
          name: scp.control,
          type: "SERVICE_CONTROL_POLICY",
          content: scp.content,
          contentLocation: attributeLocation(r, "control_identifier"),
          controlTower: scp.control,
          ...provenance
        });
        attachments.push({
          policy: maybeLink(r.uncertain, { key }),
          target: link(r.values.target_identifier, "target_identifier"),
          ...provenance
        });
        break;
      }
      case "aws_iam_organizations_features":
        iamFeatures = {
          // Features that may not exist enable nothing for certain.
          enabledFeatures: r.uncertain !== void 0 ? new Unknown(r.uncertain) : r.values.enabled_features ?? [],
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
    ...rejectedAttachments.length > 0 ? { rejectedAttachments } : {},
    ...iamFeatures ? { iamFeatures } : {},
    blindSpots: extraBlindSpots
  };
}
function policyContent(content) {
  const value = settleUnknownNames(content);
  if (typeof value === "string") return { kind: "known", text: value };
  if (isObject(value)) return { kind: "known", text: JSON.stringify(value) };
  if (value instanceof Unknown) {
    return value.partial !== void 0 ? { kind: "partial", document: value.partial, reason: value.reason } : { kind: "unknown", reason: value.reason };
  }
  return { kind: "unknown", reason: "content is not set" };
}
function maybeLink(uncertain, link) {
  if (uncertain === void 0) return link;
  return "key" in link ? { unknown: uncertain, candidate: link.key } : { unknown: uncertain };
}
function organizationIdTarget(value) {
  const fix = (organization) => `, which AWS does not accept as a policy target (only a root, OU or account id): the attachment attaches nothing. Use ${organization}.roots[0].id, the organization root's id (r-\u2026)`;
  if (typeof value === "string") {
    const own = /^o-[a-z0-9]{10,32}$/.test(value) || /^arn:[\w-]+:organizations::\d{12}:organization\/o-[a-z0-9]+$/.test(value);
    return own ? `target_id "${value}" is the organization's own id${fix("aws_organizations_organization.<name>")}` : void 0;
  }
  if (!(value instanceof Unknown) || value.refs.length !== 1) return void 0;
  const [ref] = value.refs;
  const attribute = ref?.path.length === 1 ? ref.path[0] : ref?.path.length === 2 ? ref.path[1] : void 0;
  if (ref === void 0 || attribute !== "id" && attribute !== "arn") return void 0;
  const local = /(?:^|\.)((?:data\.)?aws_organizations_organization\.[^.[]+)$/.exec(ref.address)?.[1];
  if (local === void 0) return void 0;
  const instance = ref.path.length === 2 ? `[${JSON.stringify(ref.path[0])}]` : "";
  return `target_id is ${referenceText(ref)}, the organization's own ${attribute} (o-\u2026)${fix(local + instance)}`;
}
function linkValue(value, what, byAddress, aliases) {
  if (typeof value === "string") {
    if (/^r-[0-9a-z]{4,32}$/.test(value)) return { key: ROOT_KEY };
    const arn = /^arn:[\w-]+:organizations::\d{12}:(root|ou|account)\/o-[a-z0-9]+\/([\w-]+)$/.exec(value);
    if (arn) return arn[1] === "root" ? { key: ROOT_KEY } : linkValue(arn[2], what, byAddress, aliases);
    const alias = aliases.get(value);
    if (alias !== void 0) return { key: alias };
    if (/^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|\d{12}|p-[0-9a-zA-Z_]{8,128})$/.test(value))
      return { key: value };
    return { unknown: `${what} "${value}" is not an organization root, OU, account or policy id` };
  }
  if (value instanceof Unknown) {
    const keys = /* @__PURE__ */ new Set();
    for (const ref of value.refs) {
      const key = linkReference(ref, byAddress, aliases);
      if (key !== void 0) keys.add(key);
    }
    const [only] = keys;
    if (keys.size === 1 && only !== void 0) return { key: only };
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

export {
  attributeLocation,
  isAwsProvider,
  providerLabel,
  Unknown,
  isObject,
  containsUnknown,
  referenceText,
  knownStrings,
  capitalise,
  appendAll,
  addToList,
  ROOT_KEY,
  organizationPlace,
  unreadModules,
  scps,
  ancestors,
  attachmentsOf,
  maybeAttached,
  describeNode,
  rememberRenderedPolicy,
  parsePolicy,
  parseArn,
  actionMatches,
  evaluate,
  PROBE_ACCOUNT,
  probe,
  deniesAllPrincipals,
  grantsAssumeRoot,
  settleUnknownNames,
  classifyScp,
  rootDenyPicture,
  attachedNowhere,
  ORGANIZATION_TYPES,
  buildOrgModel
};
