// The deploy action: inputs -> the deploy engine -> outputs, GitHub deployment statuses, job
// summary and report. The post step (post.ts) undoes a deploy this step did not finish.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate, info, readInputs, runAction, saveState, setOutput, writeSummary } from '@devops-actions/toolkit/runner';
import { spec } from './spec.ts';
import { Deployments, engineConfig, runtime } from './shared.ts';

await runAction(async () => {
  const inputs = readInputs(spec.inputs);
  const rt = runtime();
  const { prepareEngine, reportContext, succeeded, toJson, toMarkdown } = await import('./engine.ts');
  const abort = new AbortController();
  const onSignal = (signal: string) => {
    annotate('warning', `received ${signal}: rolling back`);
    abort.abort(new Error(`cancelled by ${signal}`));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let deployments: Deployments | undefined;
  const { config, engine } = prepareEngine(engineConfig(inputs), {
    context: { cwd: rt.workspace, defaultStateDir: rt.defaultStateDir },
    env: process.env,
    owner: rt.owner,
    signal: abort.signal,
    logger: { info, warn: (message) => annotate('warning', message) },
    onState: (state) => saveState('deploy-progress', JSON.stringify({ status: state.status, weight: state.weight, intent: state.intent?.action ?? null })),
    onProgress: (event) => {
      if (['prepare', 'shift', 'rollback', 'pause'].includes(event.phase)) void deployments?.status('in_progress', event.description);
    },
  });
  // Recorded before anything changes, so the post step can find and finish or undo this deploy.
  saveState('deploy-state-file', engine.stateFile);
  saveState('deploy-finished', 'false');

  if (inputs['github-deployment'] !== 'off' && config.action !== 'promote') {
    const { createGitHubClient, readGitHubContext } = await import('@devops-actions/toolkit/runner');
    const context = readGitHubContext();
    const client = await createGitHubClient(inputs['github-token']);
    deployments = new Deployments(client, `${context.owner}/${context.repo}`);
    const id = await deployments.open(inputs['github-deployment'], {
      ref: context.ref,
      sha: context.sha,
      environment: config.environment,
      version: config.version ?? 'rollback',
    });
    saveState('github-deployment-id', String(id));
    await deployments.status('in_progress', `deploying ${config.version ?? '(rollback)'} with ${config.strategy}`);
  }

  const result = await engine.run();
  saveState('deploy-finished', 'true');

  const reportFile = inputs['report-file'] ?? join(rt.temp, 'deploy-report.json');
  const url = config.publicUrl;
  if (deployments) {
    if (result.status === 'promoted') await deployments.status('success', `${result.version} promoted`, url);
    else if (result.status === 'rolled-back' && config.action === 'rollback')
      await deployments.status('success', `rolled back to ${result.servingVersion ?? result.version}`, url);
    else if (result.status === 'rolled-back') {
      await deployments.status('failure', `rolled back: ${result.reason ?? ''}`);
      if (result.servingVersion) await deployments.restored(getContextRef(), config.environment, result.servingVersion, url);
    } else if (result.status === 'failed') await deployments.status('error', `rollback failed: ${result.rungs.map((r) => r.rung).join(', ')}`);
    else await deployments.status('in_progress', `paused at ${result.timeline.at(-1)?.weight ?? '?'} %: needs a decision`);
    await deployments.settled();
  }
  setOutput('status', result.status);
  setOutput('version', result.version);
  setOutput('previous-version', result.previousVersion ?? '');
  setOutput('deployment-id', deployments?.id ?? result.deploymentId);
  setOutput('environment-url', url ?? '');
  setOutput('rolled-back', result.rolledBack);
  const report = reportContext(config, { deploymentId: deployments?.id ?? result.deploymentId });
  writeFileSync(reportFile, JSON.stringify(toJson(result, report), null, 2) + '\n');
  setOutput('report-file', reportFile);
  await writeSummary(toMarkdown(result, report));

  if (!succeeded(result, config.action)) {
    annotate(
      'error',
      result.status === 'rolled-back'
        ? `deploy of ${result.version} rolled back: ${result.reason ?? ''}`
        : `deploy of ${result.version} failed: ${result.reason ?? ''}`,
    );
    process.exitCode = 1;
  } else if (result.status === 'paused') annotate('warning', `deploy of ${result.version} paused: ${result.reason ?? ''}`);
  else if (result.status === 'rolled-back') info(`rolled back to ${result.servingVersion ?? result.version}`);
  else info(result.noop ? `${result.version} already serves ${config.environment}: nothing to do` : `${result.version} promoted`);
});

function getContextRef(): string {
  return process.env.GITHUB_SHA || process.env.GITHUB_REF || 'main';
}
