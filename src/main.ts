import './runtime-dirname.js';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { expandGlobs, readInputs, type ActionInputs } from './action-inputs.js';
import { SEVERITIES } from './model/finding.js';
import { annotationsFor, capAnnotations, emitAnnotations, type Annotation } from './report/annotations.js';
import { publishCheckRun } from './report/check-run.js';
import { renderJson } from './report/json.js';
import {
  failureLine,
  renderComment,
  renderSummary,
  verdict,
  type MarkdownContext,
} from './report/markdown.js';
import { publishComment, pullRequestOf, type Octokit, type PullRequestRef } from './report/pr-comment.js';
import { renderSarif, writeFileAtomic } from './report/sarif.js';
import { renderText } from './report/text.js';
import { rules } from './rules/index.js';
import { scan, type ScanOptions, type ScanResult } from './scan.js';
import { VERSION } from './version.js';

/** The Action: read inputs, scan, report, set outputs; one place decides failure. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const cwd = process.cwd();
    const workspace = process.env.GITHUB_WORKSPACE || cwd;
    const paths = await expandGlobs('path', inputs.paths, cwd);
    const plans = await expandGlobs('plan', inputs.plans, cwd);
    const result = await scan(scanOptions(inputs, paths, plans));
    process.stdout.write(
      inputs.format === 'json' ? renderJson(result) : renderText(result, rules, result.failOn),
    );

    // Config problems (an expired suppression) go to the log and the summary, not into annotations:
    // they would take slots from findings under GitHub's per-step cap.
    for (const w of result.warnings)
      core.info(`warning: ${w.file}${w.line ? `:${w.line}` : ''} ${w.message}`);

    const pr = pullRequestOf(github.context.eventName, github.context.payload, repository());
    const ranked = annotationsFor(result, { cwd, workspace });
    const capped = capAnnotations(ranked);
    if (inputs.annotations)
      emitAnnotations(capped.shown, { error: core.error, warning: core.warning, notice: core.notice });
    const md: MarkdownContext = {
      failOn: result.failOn,
      rules,
      cwd,
      workspace,
      serverUrl: github.context.serverUrl,
      ...(process.env.GITHUB_REPOSITORY ? { repository: process.env.GITHUB_REPOSITORY } : {}),
      ...((pr?.headSha ?? github.context.sha) ? { sha: pr?.headSha ?? github.context.sha } : {}),
      unannotated: inputs.annotations ? capped.hidden : [],
    };

    await writeReportFiles(inputs, result, { cwd, workspace });
    setOutputs(result);
    if (inputs.summary && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary.addRaw(renderSummary(result, md)).write();
    }
    const octokit = inputs.githubToken ? github.getOctokit(inputs.githubToken) : undefined;
    if (octokit && pr) await comment(octokit, pr, inputs, result, md);
    if (octokit && inputs.annotations && ranked.length > 0)
      await checkRun(octokit, pr, inputs, result, ranked, md);

    const reason = failureLine(result, result.failOn);
    if (reason) core.setFailed(reason);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

function repository(): { owner: string; repo: string } {
  const [owner = '', repo = ''] = (process.env.GITHUB_REPOSITORY ?? '/').split('/');
  return { owner, repo };
}

function scanOptions(inputs: ActionInputs, paths: string[], plans: string[]): ScanOptions {
  return {
    paths,
    ...(plans.length > 0 ? { plans } : {}),
    ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
    ...(inputs.varFiles.length > 0 ? { variables: { varFiles: inputs.varFiles } } : {}),
    ...(inputs.config ? { config: inputs.config } : {}),
    ...(inputs.liveCheck
      ? {
          live: {
            ...(inputs.awsRegion ? { region: inputs.awsRegion } : {}),
            ...(inputs.auditMemberRootCredentials ? { auditMemberRootCredentials: true } : {}),
          },
        }
      : {}),
  };
}

async function writeReportFiles(
  inputs: ActionInputs,
  result: ScanResult,
  where: { cwd: string; workspace: string },
) {
  if (inputs.jsonFile) {
    await writeFileAtomic(inputs.jsonFile, renderJson(result));
    core.setOutput('json-file', inputs.jsonFile);
  }
  if (inputs.sarifFile) {
    const actionRepo = process.env.GITHUB_ACTION_REPOSITORY;
    const informationUri = actionRepo ? `${github.context.serverUrl}/${actionRepo}` : undefined;
    const repository = process.env.GITHUB_REPOSITORY;
    const sarif = renderSarif(result, {
      ...where,
      rules,
      version: VERSION,
      ...(informationUri ? { informationUri } : {}),
      ...(repository ? { repositoryUri: `${github.context.serverUrl}/${repository}` } : {}),
      ...(github.context.sha ? { revisionId: github.context.sha } : {}),
    });
    await writeFileAtomic(inputs.sarifFile, sarif);
    core.setOutput('sarif-file', inputs.sarifFile);
  }
}

function setOutputs(result: ScanResult): void {
  core.setOutput('findings', result.findings.filter((f) => !f.suppressed).length);
  for (const severity of SEVERITIES) core.setOutput(severity, result.summary[severity]);
  core.setOutput('unverified', result.unverified.length);
  core.setOutput('result', failureLine(result, result.failOn) ? 'fail' : 'pass');
}

async function comment(
  octokit: Octokit,
  pr: PullRequestRef,
  inputs: ActionInputs,
  result: ScanResult,
  md: MarkdownContext,
) {
  const hasFindings = result.findings.some((f) => !f.suppressed) || result.errors.length > 0;
  const outcome = await publishComment(octokit, pr, inputs.comment, renderComment(result, md), hasFindings);
  switch (outcome.action) {
    case 'skipped':
      return core.debug(`PR comment skipped: ${outcome.reason}`);
    case 'forbidden':
      return core.warning(
        `RootGuard could not comment on the pull request (403: ${outcome.message}). A pull request from a fork gets a read-only token; otherwise grant "pull-requests: write". The job summary has the report.`,
      );
    case 'failed':
      return core.warning(
        `RootGuard could not comment on the pull request (${outcome.status ?? 'error'}: ${outcome.message}).`,
      );
    default:
      return core.info(`PR comment ${outcome.action}: ${outcome.url ?? outcome.id}`);
  }
}

async function checkRun(
  octokit: Octokit,
  pr: PullRequestRef | undefined,
  inputs: ActionInputs,
  result: ScanResult,
  annotations: Annotation[],
  md: MarkdownContext,
) {
  const { owner, repo } = repository();
  const headSha = pr?.headSha ?? github.context.sha;
  if (!owner || !repo || !headSha) return;
  const state = verdict(result, result.failOn);
  const outcome = await publishCheckRun(octokit, {
    owner,
    repo,
    headSha,
    name: 'RootGuard findings',
    conclusion: state.state === 'pass' ? 'success' : state.state === 'warn' ? 'neutral' : 'failure',
    title: state.text.replace(/`/g, ''),
    summary: renderSummary(result, { ...md, unannotated: [], limit: 60_000 }),
    annotations,
  });
  // Without `checks: write` the step annotations are all there is; that is a choice, not an error.
  if (outcome.action === 'forbidden')
    core.debug(`check run skipped, no checks: write permission: ${outcome.message}`);
  else if (outcome.action === 'failed')
    core.warning(
      `RootGuard could not create its check run (${outcome.status ?? 'error'}: ${outcome.message}).`,
    );
  else core.debug(`check run ${outcome.id}: ${outcome.annotations} annotations in ${outcome.calls} call(s)`);
}
