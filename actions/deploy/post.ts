// The post step: runs after the job even when it was cancelled or the main step crashed or
// was killed. When the state file says a deploy is unfinished, it walks the rollback ladder
// back to the recorded previous version; otherwise it does nothing.
import { annotate, getState, info, readInputs, runAction, writeSummary } from '@devops-actions/toolkit/runner';
import { spec } from './spec.ts';
import { Deployments, engineConfig, runtime } from './shared.ts';

await runAction(async () => {
  if (getState('deploy-finished') !== 'false') {
    info('deploy: nothing to undo');
    return;
  }
  const inputs = readInputs(spec.inputs);
  const rt = runtime();
  const { prepareEngine, reportContext, toMarkdown } = await import('./engine.ts');
  const { config, engine } = prepareEngine(engineConfig(inputs), {
    context: { cwd: rt.workspace, defaultStateDir: rt.defaultStateDir },
    env: process.env,
    owner: rt.owner,
    logger: { info, warn: (message) => annotate('warning', message) },
  });
  const result = await engine.recover();
  if (result === undefined) {
    info('deploy: the deploy had finished; nothing to undo');
    return;
  }
  const deploymentId = Number(getState('github-deployment-id'));
  if (deploymentId > 0 && inputs['github-deployment'] !== 'off') {
    const { createGitHubClient, readGitHubContext } = await import('@devops-actions/toolkit/runner');
    const context = readGitHubContext();
    const deployments = new Deployments(await createGitHubClient(inputs['github-token']), `${context.owner}/${context.repo}`, deploymentId);
    if (result.status === 'rolled-back') {
      await deployments.status('failure', `interrupted, rolled back: ${result.reason ?? ''}`);
      if (result.servingVersion) await deployments.restored(context.sha || context.ref, config.environment, result.servingVersion, config.publicUrl);
    } else {
      await deployments.status('error', `interrupted and the rollback failed: ${result.rungs.map((r) => r.rung).join(', ')}`);
    }
    await deployments.settled();
  }
  await writeSummary(toMarkdown(result, reportContext(config, { action: 'recover' })));
  if (result.status === 'rolled-back')
    annotate('warning', `the interrupted deploy of ${result.version} was rolled back: ${result.servingVersion ?? ''} serves ${config.environment}`);
  else {
    annotate('error', `the interrupted deploy of ${result.version} could not be rolled back: ${result.reason ?? ''}`);
    process.exitCode = 1;
  }
});
