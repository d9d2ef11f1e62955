#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  VERSION,
  ansiStyle,
  createBaseline,
  failed,
  renderJson,
  renderText,
  rules,
  scan
} from "./chunk-GONQ75TY.js";
import {
  SEVERITIES
} from "./chunk-4FWJ5RR3.js";
import "./chunk-53ZA4NMH.js";
import "./chunk-IJ5YMR5E.js";
import "./chunk-7FI7UYSE.js";

// src/cli.ts
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

// src/report/rule-docs.ts
function renderRuleDoc(rule) {
  const lines = [
    `# ${rule.id} ${rule.name}`,
    "",
    `**${rule.title}**`,
    "",
    `| severity | scope |`,
    `|---|---|`,
    `| ${rule.severity} | ${rule.scope} |`,
    "",
    "## Why it matters",
    "",
    rule.rationale,
    "",
    "## How to fix it",
    "",
    rule.remediation,
    ""
  ];
  if (rule.example) {
    lines.push(
      "Before:",
      "",
      "```hcl",
      rule.example.bad,
      "```",
      "",
      "After:",
      "",
      "```hcl",
      rule.example.good,
      "```",
      ""
    );
  }
  lines.push(
    "## Suppressing it",
    "",
    "When the risk is accepted, say why, on the line above the block or attribute (or at the end of its line):",
    "",
    "```hcl",
    `# rootguard:ignore ${rule.id} -- why this is accepted`,
    "```",
    "",
    "or, for findings with no line of their own, in `.rootguard.yml`:",
    "",
    "```yaml",
    "ignore:",
    `  - rule: ${rule.id}`,
    "    reason: why this is accepted",
    "    expires: 2027-03-31",
    "```",
    "",
    "## References",
    "",
    ...rule.docs.map((d) => `- <${d}>`),
    "",
    "_Generated from `src/rules/` by `npm run docs`; do not edit by hand._",
    ""
  );
  return lines.join("\n");
}
function ruleDocPath(rule) {
  return `docs/rules/${rule.id}.md`;
}

// src/cli.ts
var USAGE = `Usage: rootguard <command> [options]

Commands:
  scan [PATHS...]        Scan Terraform directories or files (default: . unless --plan or --live is given)
  baseline [PATHS...]    Print a baseline of the current findings (redirect to .rootguard-baseline.json)
  rules                  List the rules
  explain <RULE-ID>      Why a rule matters, how to fix it, references

Scan options:
  --plan FILE            A plan: terraform show -json tfplan > plan.json (repeatable). With PATHS too,
                         findings point at the .tf lines that declare the planned resources
  --live                 Also read the live AWS Organization (default credential chain; read-only calls)
  --aws-region REGION    Region to sign the live check's calls with (default us-east-1)
  --audit-member-root-credentials
                         With --live: list each member account's root keys, MFA and password
                         through sts:AssumeRoot (IAMAuditRootUserCredentials); off by default
  --format text|json     Output format (default: text)
  --fail-on LEVEL        critical|high|medium|low|none: exit 1 when a finding is at or above it
                         (default: the config's fail-on, else high)
  --scope SCOPE          auto|organization|workload (default: the config's scope, else auto)
  --config FILE          Configuration (default: .rootguard.yml in the working directory, if any)
  --baseline FILE        Suppress the findings recorded in FILE; fail only on new ones
  --var-file FILE        A .tfvars file for the root modules (repeatable; after terraform.tfvars and *.auto.tfvars)
  --var NAME=VALUE       A variable value (repeatable; highest precedence)
  --parser native|hcl2json
                         HCL parser (default: native; hcl2json is HashiCorp's own, slower, for cross-checking)
  --jobs N               Threads that parse .tf files (default: 1 on two cores or fewer, else the cores, at most 8)
  --output FILE          Write the report to FILE instead of stdout
  --quiet                Print nothing on stdout; the exit code tells
  -h, --help             Show this help
  -v, --version          Show the version

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or input error.
Colours are used on a terminal unless NO_COLOR is set.`;
var UsageError = class extends Error {
};
var OPTIONS = {
  format: { type: "string", default: "text" },
  "fail-on": { type: "string" },
  scope: { type: "string" },
  config: { type: "string" },
  plan: { type: "string", multiple: true },
  live: { type: "boolean", default: false },
  "aws-region": { type: "string" },
  "audit-member-root-credentials": { type: "boolean", default: false },
  parser: { type: "string" },
  jobs: { type: "string" },
  baseline: { type: "string" },
  output: { type: "string" },
  "var-file": { type: "string", multiple: true },
  var: { type: "string", multiple: true },
  quiet: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
  version: { type: "boolean", short: "v", default: false }
};
function parseFailOn(value) {
  if (value === void 0) return void 0;
  const v = value.toLowerCase();
  if (v === "none" || SEVERITIES.includes(v)) return v;
  throw new UsageError(`--fail-on must be one of critical, high, medium, low, none (got "${value}")`);
}
function parseScope(value) {
  if (value === void 0) return void 0;
  if (value === "auto" || value === "organization" || value === "workload") return value;
  throw new UsageError(`--scope must be auto, organization or workload (got "${value}")`);
}
function parseParser(value) {
  if (value === void 0) return void 0;
  if (value === "native" || value === "hcl2json") return value;
  throw new UsageError(`--parser must be native or hcl2json (got "${value}")`);
}
function parseJobs(value) {
  if (value === void 0) return void 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--jobs must be a whole number of at least 1 (got "${value}")`);
  return n;
}
function scanOptions(values, paths) {
  const failOn = parseFailOn(values["fail-on"]);
  const parser = parseParser(values.parser);
  const jobs = parseJobs(values.jobs);
  const scope = parseScope(values.scope);
  const plans = values.plan ?? [];
  return {
    // With --plan or --live and no PATHS only those are read; with none of them, the current directory.
    paths: paths.length > 0 ? paths : plans.length > 0 || values.live ? [] : ["."],
    ...plans.length > 0 ? { plans } : {},
    ...values.live ? {
      live: {
        ...values["aws-region"] ? { region: values["aws-region"] } : {},
        ...values["audit-member-root-credentials"] ? { auditMemberRootCredentials: true } : {}
      }
    } : {},
    ...failOn !== void 0 ? { failOn } : {},
    ...scope !== void 0 ? { scope } : {},
    ...values.config !== void 0 ? { config: values.config } : {},
    ...values.baseline !== void 0 ? { baseline: values.baseline } : {},
    variables: { varFiles: values["var-file"] ?? [], vars: values.var ?? [] },
    ...parser !== void 0 ? { parser } : {},
    ...jobs !== void 0 ? { jobs } : {}
  };
}
async function withProgress(work, quiet) {
  if (quiet) return work;
  const started = Date.now();
  let shown = false;
  const timer = setInterval(() => {
    const seconds = Math.round((Date.now() - started) / 1e3);
    const text = `rootguard: scanning\u2026 ${seconds}s`;
    if (process.stderr.isTTY) process.stderr.write(`\r${text}`);
    else if (!shown) process.stderr.write(`${text}
`);
    shown = true;
  }, 2e3);
  try {
    return await work;
  } finally {
    clearInterval(timer);
    if (shown && process.stderr.isTTY) process.stderr.write("\r\x1B[K");
  }
}
function writeAtomically(file, content) {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}
async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError(e.message);
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === void 0 || command === "help") {
    process.stdout.write(`${USAGE}
`);
    return command === void 0 && !values.help ? 2 : 0;
  }
  switch (command) {
    case "rules":
      process.stdout.write(rulesTable());
      return 0;
    case "explain":
      process.stdout.write(explain(rest[0]));
      return 0;
    case "docs": {
      const dir = rest[0] ?? "docs/rules";
      mkdirSync(dir, { recursive: true });
      for (const rule of rules)
        writeAtomically(path.join(dir, path.basename(ruleDocPath(rule))), renderRuleDoc(rule));
      return 0;
    }
    case "baseline": {
      const result = await withProgress(scan(scanOptions(values, rest)), values.quiet);
      const text = `${JSON.stringify(createBaseline(result.findings), null, 2)}
`;
      if (values.output) writeAtomically(values.output, text);
      else process.stdout.write(text);
      return result.errors.length > 0 ? 2 : 0;
    }
    case "scan": {
      const format = values.format;
      if (format !== "text" && format !== "json")
        throw new UsageError(`--format must be text or json (got "${format}")`);
      const result = await withProgress(scan(scanOptions(values, rest)), values.quiet);
      const colour = !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
      const report = format === "json" ? renderJson(result) : renderText(result, rules, result.failOn, colour ? ansiStyle() : void 0);
      if (values.output) writeAtomically(values.output, report);
      else if (!values.quiet) process.stdout.write(report);
      if (result.errors.length > 0) return 2;
      return failed(result) ? 1 : 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
function rulesTable() {
  const header = `${"ID".padEnd(6)}  ${"SEVERITY".padEnd(8)}  ${"SCOPE".padEnd(12)}  NAME
`;
  return header + rules.map(
    (r) => `${r.id.padEnd(6)}  ${r.severity.padEnd(8)}  ${r.scope.padEnd(12)}  ${r.name}: ${r.title}
`
  ).join("");
}
function explain(id) {
  const rule = rules.find((r) => r.id.toLowerCase() === (id ?? "").toLowerCase());
  if (!rule) throw new UsageError(`unknown rule "${id ?? ""}"; run "rootguard rules" for the list`);
  const indent = (text) => text.split("\n").map((l) => `    ${l}`).join("\n");
  return `${[
    `${rule.id} ${rule.name} (${rule.severity}, scope: ${rule.scope})`,
    rule.title,
    "",
    `Why: ${rule.rationale}`,
    "",
    `Fix: ${rule.remediation}`,
    ...rule.example ? ["", "  Before:", indent(rule.example.bad), "", "  After:", indent(rule.example.good)] : [],
    "",
    `Suppress (with a reason): # rootguard:ignore ${rule.id} -- why`,
    "",
    "References:",
    ...rule.docs.map((d) => `  ${d}`)
  ].join("\n")}
`;
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`rootguard: ${message}
`);
    if (error instanceof UsageError) process.stderr.write('Run "rootguard --help" for usage.\n');
    process.exitCode = 2;
  }
);
