// The smoke-test entry: read inputs (or smoke-test.yml), run the probe engine's checks,
// then outputs, job summary, annotations, the JSON report and an optional sticky comment.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  ConfigurationError,
  emitAnnotations,
  info,
  maskSecret,
  omittedSentence,
  readGitHubContext,
  readInputs,
  runAction,
  setOutput,
  writeSummary,
  type GitHubContext,
} from '@devops-actions/toolkit/runner';
import { CHECK_INPUTS } from '@devops-actions/probe/check-keys';
import { spec } from './spec.ts';

type Inputs = ReturnType<typeof readInputs<typeof spec.inputs>>;

const SENSITIVE_HEADER = /^(authorization|proxy-authorization|cookie|x-api-key|api-key)$|token|secret|key|session|auth|passw|signature|credential/i;

/**
 * Header values to mask: every value of a credential header, and any other value that looks
 * like an opaque credential (long, no spaces, letters and digits). Short plain values such as
 * `1` or `application/json` are left alone: masking them would blank them all over the log.
 */
function shouldMask(name: string, value: string): boolean {
  if (value.trim() === '') return false;
  if (SENSITIVE_HEADER.test(name)) return true;
  return value.length >= 16 && !/\s/.test(value) && /[a-z]/i.test(value) && /\d/.test(value);
}

function maskHeaderValue(value: string): void {
  maskSecret(value);
  const credential = /^\s*\S+\s+(\S+)\s*$/.exec(value)?.[1];
  if (credential && credential.length >= 6) maskSecret(credential);
}

/** The URL of a deployment_status event (the deployment's environment URL). */
function deploymentUrl(context: GitHubContext): string | undefined {
  const status = context.event.deployment_status as { environment_url?: string; target_url?: string } | undefined;
  const url = status?.environment_url || undefined;
  return url ?? (context.eventName === 'deployment_status' ? status?.target_url || undefined : undefined);
}

/** The url checks' settings: every check-setting input that was given, one entry per line where the key takes a list. */
function checkSettings(inputs: Inputs): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const { key, input } of CHECK_INPUTS) {
    const value = inputs[key];
    if (value === undefined || value === '') continue;
    settings[key] = input.perLine ? value.split(/\r?\n/).filter((line) => line.trim() !== '') : value;
  }
  return settings;
}

async function pullRequestNumber(context: GitHubContext, token: string): Promise<number | undefined> {
  if (context.pullRequest) return context.pullRequest.number;
  const sha = (context.event.deployment as { sha?: string } | undefined)?.sha ?? context.sha;
  if (!sha) return undefined;
  const { createGitHubClient, withPermission } = await import('@devops-actions/toolkit/runner');
  const client = await createGitHubClient(token);
  const { data } = await withPermission('pull-requests: read', () =>
    client.rest.repos.listPullRequestsAssociatedWithCommit({ owner: context.owner, repo: context.repo, commit_sha: sha }),
  );
  return data.find((pr) => pr.state === 'open')?.number;
}

await runAction(async () => {
  const inputs = readInputs(spec.inputs);
  for (const line of (inputs.headers ?? '').split(/\r?\n/)) {
    const value = line.slice(line.indexOf(':') + 1).trim();
    if (line.includes(':') && shouldMask(line.slice(0, line.indexOf(':')).trim(), value)) maskHeaderValue(value);
  }
  const context = readGitHubContext();
  const workspace = context.workspace;
  const urls = inputs.url.length > 0 ? inputs.url : inputs.config ? [] : [deploymentUrl(context)].filter((u): u is string => u !== undefined);
  if (urls.length === 0 && !inputs.config) {
    throw new ConfigurationError(
      'url',
      context.eventName === 'deployment_status'
        ? 'is empty and the deployment_status event has no environment_url'
        : 'give url (one or more URLs) or config (a smoke-test.yml)',
      'https://preview.example.com/health',
    );
  }

  const probe = await import('@devops-actions/probe');
  const env = process.env;
  const checks = [];
  let parallel = inputs.parallel;
  if (inputs.config) {
    const config = probe.loadConfig(inputs.config, { cwd: workspace, env, subject: 'config' });
    checks.push(...config.checks);
    parallel = inputs.parallel === Number(spec.inputs.parallel.default) ? config.parallel : inputs.parallel;
  }
  if (urls.length > 0) checks.push(...probe.urlChecks(urls, checkSettings(inputs), { cwd: workspace, env, subject: (key) => key }));
  for (const check of checks) for (const [name, value] of Object.entries(check.headers)) if (shouldMask(name, value)) maskHeaderValue(value);

  info(`Running ${checks.length} check${checks.length === 1 ? '' : 's'}, ${parallel} at a time`);
  const report = await probe.runChecks(checks, { parallel, onResult: (result, done, total) => info(probe.toProgress(result, done, total)) });

  const reportFile = resolve(workspace, inputs['report-file'] ?? resolve(process.env.RUNNER_TEMP || workspace, 'smoke-test-report.json'));
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, JSON.stringify(probe.toJson(report), null, 2) + '\n');

  const failed = report.checks.filter((c) => !c.passed);
  const p95 = probe.worstP95(report);
  setOutput('passed', report.passed);
  setOutput('failed-checks', JSON.stringify(failed.map((c) => c.name)));
  setOutput('report-file', reportFile);
  setOutput('p95-ms', p95 === undefined ? '' : Math.round(p95));

  const note = omittedSentence(emitAnnotations(probe.toAnnotations(report)));
  await writeSummary(probe.toMarkdown(report, { note }));
  info(probe.headline(report));

  if (inputs.comment) {
    const number = await pullRequestNumber(context, inputs['github-token']);
    if (number === undefined) {
      info('comment: no pull request belongs to this run, so no comment was posted');
    } else {
      const { createGitHubClient, upsertStickyComment } = await import('@devops-actions/toolkit/runner');
      const client = await createGitHubClient(inputs['github-token']);
      const body = probe.toMarkdown(report, { preview: deploymentUrl(context) });
      const comment = await upsertStickyComment(client, { owner: context.owner, repo: context.repo, issueNumber: number, marker: 'smoke-test', body });
      info(`comment: ${comment.action} ${comment.url}`);
    }
  }
  if (!report.passed) process.exitCode = 1;
});
