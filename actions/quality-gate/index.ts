import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  annotate,
  emitAnnotations,
  endGroup,
  formatElapsed,
  group,
  info,
  omittedSentence,
  readGitHubContext,
  readInputs,
  readOnlyTokenReason,
  runAction,
  setOutput,
  setSecret,
  startGroup,
  writeSummary,
} from '@devops-actions/toolkit/runner';
import type { StepOutcome } from '@devops-actions/quality';
import { spec } from './spec.ts';

function runStep(command: string, cwd: string): Promise<StepOutcome> {
  const started = performance.now();
  startGroup(`Run ${command}`);
  return new Promise((resolvePromise) => {
    // The commands are the workflow author's own (like a `run:` step), so they run in bash.
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    const done = (exitCode: number) => {
      endGroup();
      resolvePromise({ command, exitCode, elapsed: formatElapsed(performance.now() - started) });
    };
    child.on('error', () => done(127));
    child.on('close', (code) => done(code ?? 1));
  });
}

await runAction(async () => {
  const inputs = readInputs(spec.inputs);
  if (inputs['github-token']) setSecret(inputs['github-token']);
  const context = readGitHubContext();
  const cwd = resolve(context.workspace);
  const temp = process.env.RUNNER_TEMP || join(cwd, '..');

  const steps: StepOutcome[] = [];
  const commands = inputs.run
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const cacheNotes: string[] = [];
  const deps = commands.length > 0 && inputs['dependency-cache'] ? await import('./dependency-cache.ts') : undefined;
  const plans = deps ? deps.planDependencyCache(cwd) : [];
  const restored = deps ? await deps.restoreDependencies(plans, (line) => (info(line), cacheNotes.push(line))) : { results: [] };
  for (const command of commands) {
    const step = await runStep(command, cwd);
    info(`${command}: exit ${step.exitCode} after ${step.elapsed}`);
    steps.push(step);
  }
  if (deps) await deps.saveDependencies(restored.cache, plans, restored.results, (line) => (info(line), cacheNotes.push(line)));

  const engine = await import('@devops-actions/quality');
  const { actionsCacheStore } = await import('./cache-store.ts');

  const artifacts = await import('./artifacts.ts');
  // The cache is fast but evicts; artifacts (90 days) are the durable fallback.
  const store = inputs['baseline-dir']
    ? new engine.DirectoryBaselineStore(resolve(cwd, inputs['baseline-dir']))
    : inputs.baseline === 'cache'
      ? inputs['baseline-artifact']
        ? artifacts.fallbackStore(
            actionsCacheStore(temp, info),
            artifacts.artifactBaselineStore({ token: inputs['github-token'], owner: context.owner, repo: context.repo, tempDir: temp, log: info }),
          )
        : actionsCacheStore(temp, info)
      : undefined;
  const pr = context.pullRequest;
  const base = inputs['base-ref'] ? { ref: inputs['base-ref'] } : pr ? { sha: pr.baseSha, branch: pr.baseRef } : undefined;

  const result = await group('Quality gate', () =>
    engine.runGate({
      cwd,
      coverage: inputs.coverage,
      tests: inputs.tests,
      findings: inputs.findings,
      metrics: inputs.metrics,
      stripPrefixes: inputs['strip-prefixes'],
      ifNoReports: inputs['if-no-reports'],
      base,
      baselineStore: store,
      maxBaselineWalk: inputs['max-baseline-walk'],
      informational: inputs.informational,
      log: info,
      config: {
        patchCoverage: { level: inputs['patch-coverage-level'], min: inputs['patch-coverage'] ?? 80, minChangedLines: inputs['min-changed-lines'] },
        projectCoverage: { level: inputs['project-coverage-level'], min: inputs['project-coverage'] },
        coverageDelta: { level: inputs['coverage-delta-level'], tolerance: inputs['coverage-delta-tolerance'] ?? 0.5 },
        tests: { level: inputs['tests-level'], maxSkipped: inputs['max-skipped'] },
        newFindings: { level: inputs['new-findings-level'], severity: inputs['findings-severity'] },
        changedLineFindings: { level: inputs['changed-line-findings-level'], severity: 'error' },
        metrics: { level: inputs['metrics-level'], thresholds: inputs['metric-thresholds'] },
      },
    }),
  );
  const passed = result.passed && steps.every((s) => s.exitCode === 0);

  // The report file: the CLI's JSON shape plus details; on fork pull requests it is what the companion workflow reads.
  const reportFile = resolve(cwd, inputs['report-path'] ?? join(temp, 'quality-gate-report.json'));
  const notes: string[] = [];
  const readOnly = readOnlyTokenReason(context);
  const links = { serverUrl: context.serverUrl, owner: context.owner, repo: context.repo, pullNumber: pr?.number, headSha: pr?.headSha || context.sha };
  const commentBody = engine.toMarkdown(result, { limit: 25, links });
  await mkdir(dirname(reportFile), { recursive: true });
  await writeFile(reportFile, JSON.stringify(engine.toJson(result, { passed, pullRequest: pr?.number, comment: commentBody }), null, 2));

  setOutput('passed', passed);
  setOutput('patch-coverage', result.coverage?.patch?.pct ?? '');
  setOutput('project-coverage', result.coverage?.project.pct ?? '');
  setOutput('coverage-delta', result.coverage?.delta ?? '');
  setOutput('tests-failed', result.tests?.failed ?? 0);
  setOutput('new-findings', result.findings?.new.length ?? 0);
  setOutput('report-file', reportFile);

  // The baseline of this commit, for pull requests to compare with.
  const defaultBranch = (context.event.repository as { default_branch?: string } | undefined)?.default_branch;
  const onDefaultBranch = context.eventName === 'push' && defaultBranch !== undefined && context.ref === `refs/heads/${defaultBranch}`;
  if (store && (inputs['save-baseline'] === 'always' || (inputs['save-baseline'] === 'auto' && onDefaultBranch))) {
    try {
      await store.save(result.baseline);
      notes.push(`Saved the baseline of \`${result.head.slice(0, 12)}\` in ${store.description}.`);
      info(`Saved the baseline of ${result.head} in ${store.description}`);
    } catch (error) {
      if (error instanceof artifacts.PartialSaveError) {
        notes.push(`Saved the baseline of \`${result.head.slice(0, 12)}\`, but not in ${error.message}.`);
        annotate('warning', `quality-gate: the baseline of ${result.head.slice(0, 12)} was not saved in ${error.message}`);
      } else {
        notes.push(`Could not save the baseline: ${(error as Error).message}.`);
        annotate('warning', `quality-gate: could not save the baseline of ${result.head.slice(0, 12)}: ${(error as Error).message}`);
      }
    }
  }

  if (inputs.annotations) {
    const omitted = emitAnnotations(engine.toAnnotations(result));
    const sentence = omittedSentence(omitted);
    if (sentence) notes.push(sentence);
  }

  // The report as an artifact: on a fork's pull request it is how the comment gets posted.
  const cannotComment = Boolean(pr && inputs.comment && readOnly);
  let artifactId = '';
  if (inputs['upload-report'] === 'always' || (inputs['upload-report'] === 'auto' && cannotComment)) {
    const uploaded = await artifacts.uploadReport(inputs['report-artifact'], reportFile, info);
    if (uploaded.id !== undefined) artifactId = String(uploaded.id);
    notes.push(uploaded.note);
  }
  setOutput('report-artifact-id', artifactId);

  if (pr && inputs.comment) {
    if (readOnly) {
      notes.push(
        `No pull request comment: ${readOnly}. ${artifactId ? `The report is in the artifact \`${inputs['report-artifact']}\`` : `The report is in \`${reportFile}\``}: the companion \`workflow_run\` workflow posts it (see the README).`,
      );
      info(`Not commenting: ${readOnly}. Report written to ${reportFile}`);
    } else if (inputs['github-token']) {
      const { createGitHubClient, upsertStickyComment } = await import('@devops-actions/toolkit/runner');
      const client = await createGitHubClient(inputs['github-token']);
      const comment = await upsertStickyComment(client, {
        owner: context.owner,
        repo: context.repo,
        issueNumber: pr.number,
        marker: 'quality-gate',
        body: commentBody,
      });
      info(`Pull request comment ${comment.action}: ${comment.url}`);
    }
  }
  notes.push(...cacheNotes);
  await writeSummary(engine.toMarkdown(result, { limit: 50, links, summary: { steps, notes } }));

  if (!passed) {
    const reasons = engine.failureReasons(result, steps);
    if (inputs.informational) info(`Quality gate failed (informational, the step passes): ${reasons.join('; ')}`);
    else {
      annotate('error', `Quality gate failed: ${reasons.join('; ')}`);
      process.exitCode = 1;
    }
  } else info('Quality gate passed');
});
