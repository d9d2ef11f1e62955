import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

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

export {
  SEVERITIES,
  severityRank,
  atOrAbove,
  countBySeverity
};
