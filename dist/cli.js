#!/usr/bin/env node
import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  SEVERITIES,
  ansiStyle,
  failed,
  renderJson,
  renderText,
  rules,
  scan
} from "./chunk-RXOIVUVC.js";
import "./chunk-4TLHAKKB.js";

// src/cli.ts
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

// src/version.ts
var VERSION = "0.1.0";

// src/cli.ts
var USAGE = `Usage: rootguard <command> [options]

Commands:
  scan [PATHS...]      Scan Terraform directories or files (default: .)
  rules                List the rules
  explain <RULE-ID>    Explain a rule: why it matters and how to fix it

Scan options:
  --format text|json   Output format (default: text)
  --fail-on LEVEL      critical|high|medium|low|none: exit 1 when a finding is at or above it (default: high)
  --scope SCOPE        auto|organization|workload (default: auto)
  --var-file FILE      A .tfvars file for the root modules (repeatable; after terraform.tfvars and *.auto.tfvars)
  --var NAME=VALUE     A variable value (repeatable; highest precedence)
  --output FILE        Write the report to FILE instead of stdout
  --quiet              Print nothing; the exit code tells
  -h, --help           Show this help
  -v, --version        Show the version

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage or input error.`;
var UsageError = class extends Error {
};
function parseFailOn(value) {
  const v = (value ?? "high").toLowerCase();
  if (v === "none" || SEVERITIES.includes(v)) return v;
  throw new UsageError(`--fail-on must be one of critical, high, medium, low, none (got "${value}")`);
}
async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      "fail-on": { type: "string" },
      scope: { type: "string", default: "auto" },
      output: { type: "string" },
      "var-file": { type: "string", multiple: true },
      var: { type: "string", multiple: true },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "v", default: false }
    }
  });
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
  if (command === "rules") {
    for (const r of rules)
      process.stdout.write(
        `${r.id}  ${r.severity.padEnd(8)}  ${r.scope.padEnd(12)}  ${r.name}: ${r.title}
`
      );
    return 0;
  }
  if (command === "explain") {
    const rule = rules.find((r) => r.id.toLowerCase() === (rest[0] ?? "").toLowerCase());
    if (!rule) throw new UsageError(`unknown rule "${rest[0] ?? ""}"; run "rootguard rules" for the list`);
    const parts = [
      `${rule.id} ${rule.name} (${rule.severity}, scope: ${rule.scope})`,
      rule.title,
      "",
      `Why: ${rule.rationale}`,
      "",
      `Fix: ${rule.remediation}`,
      ...rule.example ? ["", "Before:", indent(rule.example.bad), "", "After:", indent(rule.example.good)] : [],
      "",
      "References:",
      ...rule.docs.map((d) => `  ${d}`)
    ];
    process.stdout.write(`${parts.join("\n")}
`);
    return 0;
  }
  if (command !== "scan") throw new UsageError(`unknown command "${command}"`);
  const format = values.format;
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format must be text or json (got "${format}")`);
  const scope = values.scope;
  if (scope !== "auto" && scope !== "organization" && scope !== "workload") {
    throw new UsageError(`--scope must be auto, organization or workload (got "${scope}")`);
  }
  const failOn = parseFailOn(values["fail-on"]);
  const result = await scan({
    paths: rest.length > 0 ? rest : ["."],
    failOn,
    scope,
    variables: { varFiles: values["var-file"] ?? [], vars: values.var ?? [] }
  });
  const colour = !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const report = format === "json" ? renderJson(result) : renderText(result, rules, failOn, colour ? ansiStyle() : void 0);
  if (values.output) writeFileSync(values.output, report);
  else if (!values.quiet) process.stdout.write(report);
  if (result.errors.length > 0) return 2;
  return failed(result, failOn) ? 1 : 0;
}
function indent(text) {
  return text.split("\n").map((l) => `  ${l}`).join("\n");
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`rootguard: ${message}
`);
    if (!(error instanceof UsageError) && !(error instanceof TypeError && /parseArgs|option/i.test(message))) {
      process.stderr.write('Run "rootguard --help" for usage.\n');
    }
    process.exitCode = 2;
  }
);
