// The secret-scan entry: read the inputs, pick what to scan from the event, run the engine,
// then mask every value found before anything else is printed, and render the result.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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
import type { ScanMode } from '@devops-actions/secrets';
import { spec, type MODES } from './spec.ts';

interface Target {
  mode: ScanMode;
  base?: string;
  head?: string;
  defaultBranch?: string;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** What to scan, from the mode input and the event. */
function target(mode: (typeof MODES)[number], context: GitHubContext): Target {
  const event = context.event;
  const repository = event.repository as { default_branch?: string } | undefined;
  const chosen = mode === 'auto' ? autoMode(context.eventName) : mode;
  switch (chosen) {
    case 'pull_request': {
      const pr = context.pullRequest;
      if (!pr?.baseSha || !pr.headSha)
        throw new ConfigurationError('mode', `pull_request needs a pull request event; this run was triggered by "${context.eventName}"`, 'auto');
      return { mode: 'pull_request', base: pr.baseSha, head: pr.headSha };
    }
    case 'push': {
      const after = str(event.after) ?? context.sha;
      if (!after) throw new ConfigurationError('mode', `push needs a push event (before and after); this run was triggered by "${context.eventName}"`, 'auto');
      return { mode: 'push', base: str(event.before), head: after, defaultBranch: repository?.default_branch ?? 'main' };
    }
    case 'merge_group': {
      const group = event.merge_group as { base_sha?: string; head_sha?: string } | undefined;
      if (!group?.base_sha || !group.head_sha)
        throw new ConfigurationError('mode', `merge_group needs a merge_group event; this run was triggered by "${context.eventName}"`, 'auto');
      return { mode: 'merge_group', base: group.base_sha, head: group.head_sha };
    }
    default:
      return { mode: chosen };
  }
}

function autoMode(eventName: string): ScanMode {
  if (eventName === 'pull_request' || eventName === 'pull_request_target') return 'pull_request';
  if (eventName === 'push') return 'push';
  if (eventName === 'merge_group') return 'merge_group';
  if (eventName === 'schedule' || eventName === 'workflow_dispatch') return 'history';
  return 'tree';
}

await runAction(async () => {
  const inputs = readInputs(spec.inputs);
  const token = inputs['github-token'];
  const context = readGitHubContext();
  const cwd = resolve(context.workspace, inputs['working-directory']);
  const what = target(inputs.mode, context);

  const engine = await import('@devops-actions/secrets');
  const config = engine.loadConfig(cwd, inputs.config === engine.CONFIG_FILE ? undefined : inputs.config);
  const baselinePath = resolve(cwd, inputs.baseline);
  const progress: string[] = [];
  const result = await engine.scan({
    cwd,
    ...what,
    since: inputs.since,
    config,
    baseline: engine.readBaseline(baselinePath, inputs.baseline),
    failOn: inputs['fail-on'],
    maxFileSize: inputs['max-file-size'],
    suppressionSources: { config: relative(cwd, resolve(cwd, inputs.config)), baseline: relative(cwd, baselinePath) },
    log: (line) => progress.push(line),
  });

  // Mask every value found before anything else reaches the log.
  for (const secret of result.masks) maskSecret(secret);
  for (const line of progress) info(line);

  const temp = process.env.RUNNER_TEMP ?? cwd;
  const sarifFile = resolve(cwd, inputs['sarif-file'] ?? join(temp, 'secret-scan.sarif'));
  const reportFile = resolve(cwd, inputs['report-file'] ?? join(temp, 'secret-scan.json'));
  for (const file of [sarifFile, reportFile]) mkdirSync(dirname(file), { recursive: true });
  writeFileSync(sarifFile, JSON.stringify(engine.toSarif(result, { version: '1.0.0' }), null, 2) + '\n');
  writeFileSync(reportFile, JSON.stringify(engine.toJson(result), null, 2) + '\n');

  info(engine.toText(result).trimEnd());
  const omitted = emitAnnotations(engine.toAnnotations(result));
  const markdown = engine.toMarkdown(result, { note: omittedSentence(omitted) });
  await writeSummary(markdown);

  setOutput('findings', result.findings.length);
  setOutput('new-findings', result.findings.filter((f) => f.status === 'new').length);
  setOutput('sarif-file', sarifFile);
  setOutput('report-file', reportFile);
  setOutput('scanned-commits', result.scanned.commits);
  setOutput('scanned-bytes', result.scanned.bytes);
  setOutput('failed', result.failed);

  if (inputs.comment && context.pullRequest && token && !token.startsWith('${{')) {
    const { createGitHubClient, upsertStickyComment } = await import('@devops-actions/toolkit/runner');
    const client = await createGitHubClient(token);
    const comment = await upsertStickyComment(client, {
      owner: context.owner,
      repo: context.repo,
      issueNumber: context.pullRequest.number,
      marker: 'secret-scan',
      body: markdown,
    });
    info(`Pull request comment ${comment.action}: ${comment.url}`);
  }

  if (result.failed) {
    const count = engine.blockingFindings(result).length;
    process.exitCode = 1;
    info(`secret-scan failed: ${count} finding${count === 1 ? '' : 's'} at or above fail-on ${result.failOn}. Rotate the credentials; see the summary.`);
  }
});
