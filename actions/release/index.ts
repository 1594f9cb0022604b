// The release action: inputs → the release engine → outputs, summary, PR comment.
import {
  ConfigurationError,
  annotate,
  emitAnnotations,
  group,
  info,
  isReadOnlyToken,
  omittedSentence,
  readGitHubContext,
  readInputs,
  runAction,
  setOutput,
  writeSummary,
} from '@devops-actions/toolkit/runner';
import { spec } from './spec.ts';

await runAction(async () => {
  const inputs = readInputs(spec.inputs);
  const context = readGitHubContext();
  const engine = await import('@devops-actions/release');
  const cwd = context.workspace;

  // Configuration, with input overrides; every problem names where it is.
  const config = engine.withOverrides(await engine.loadConfig(cwd, inputs.config), {
    tagFormat: inputs['tag-format'],
    movingTags: inputs['moving-tags'],
    changelog: inputs.changelog,
  });

  const pr = context.pullRequest;
  const dryRun = inputs['dry-run'] || pr !== undefined;
  let branch = inputs.branch;
  if (branch === undefined) {
    if (pr) branch = pr.baseRef;
    else if (context.ref.startsWith('refs/heads/')) branch = context.ref.slice('refs/heads/'.length);
  }
  const tagPush = context.ref.startsWith('refs/tags/');

  const analysis = await group('Reading history', () =>
    engine.analyze({
      cwd,
      config,
      ...(branch === undefined ? {} : { branch }),
      ...(inputs.prerelease === undefined ? {} : { prerelease: inputs.prerelease }),
      ...(inputs.version === undefined ? {} : { version: inputs.version }),
      repoUrl: `${context.serverUrl}/${context.owner}/${context.repo}`,
      log: info,
    }),
  );
  if (!dryRun && !tagPush && analysis.branch === undefined)
    throw new ConfigurationError('branch', 'HEAD is detached and the branch being released is not known; check out the branch or name it', 'main');

  const omitted = emitAnnotations(engine.toAnnotations(analysis));
  const omittedText = omittedSentence(omitted);
  const plan = engine.planRelease(analysis, {
    owner: context.owner,
    repo: context.repo,
    assets: inputs.assets,
    ...(inputs['release-name'] === undefined ? {} : { releaseName: inputs['release-name'] }),
  });

  const executed: Awaited<ReturnType<typeof engine.executeRelease>>[] = [];
  if (!dryRun && plan.releases.length > 0) {
    if (isReadOnlyToken(context)) throw new ConfigurationError('github-token', 'the token is read-only here, so no release can be made', 'run on push to main');
    const { createGitHubClient } = await import('@devops-actions/toolkit/runner');
    const client = await createGitHubClient(inputs['github-token']);
    for (const planned of plan.releases) {
      const component = analysis.components.find((c) => c.component === planned.component);
      await group(`Releasing ${planned.tag}`, async () => {
        if (component && component.changelog !== false) {
          const changed = await engine.writeChangelog(cwd, component.changelog, component.changelogBlock, planned.version);
          info(changed ? `Prepended ${planned.version} to ${component.changelog}` : `${component.changelog} already has ${planned.version}`);
        }
        executed.push(
          await engine.executeRelease(planned, {
            request: (route, params) => client.request(route, params) as Promise<{ status: number; data: unknown }>,
            owner: context.owner,
            repo: context.repo,
            cwd,
            allowRewind: inputs['allow-rewind'],
            log: info,
          }),
        );
      });
    }
  }

  // Outputs: the first release (or the first component) at the top level.
  const main = analysis.components.find((c) => c.releasable) ?? analysis.components[0];
  const done = main ? executed.find((e) => e.component === main.component) : undefined;
  const parsed = main?.releasable && main.version ? engine.parseVersion(main.version) : undefined;
  setOutput('released', done !== undefined);
  setOutput('version', main?.releasable ? (main.version ?? '') : '');
  setOutput('tag', main?.releasable ? (main.tag ?? '') : '');
  setOutput('previous-tag', main?.previousTag ?? '');
  setOutput('bump', main?.releasable ? main.bump : 'none');
  setOutput('major', parsed ? parsed.major : '');
  setOutput('minor', parsed ? parsed.minor : '');
  setOutput('patch', parsed ? parsed.patch : '');
  setOutput('prerelease', main?.prerelease ?? false);
  setOutput('notes', main?.releasable ? main.notes : '');
  setOutput('release-url', done?.url ?? '');
  setOutput('release-id', done?.id ?? '');
  setOutput('upload-url', done?.uploadUrl ?? '');
  setOutput('moved-tags', executed.flatMap((e) => e.movedTags).join(','));
  setOutput('commit-count', main?.commitCount ?? 0);
  setOutput('sha', analysis.sha);
  setOutput(
    'components',
    JSON.stringify(
      analysis.components.map((c) => ({
        component: c.component,
        released: executed.some((e) => e.component === c.component),
        version: c.releasable ? (c.version ?? null) : null,
        tag: c.releasable ? (c.tag ?? null) : null,
        previousTag: c.previousTag ?? null,
        bump: c.releasable ? c.bump : 'none',
        reason: c.reason,
        url: executed.find((e) => e.component === c.component)?.url ?? null,
      })),
    ),
  );

  for (const c of analysis.components) info(engine.headline(c, dryRun ? (pr ? 'merging this releases' : 'would release') : 'releases'));

  // Summary.
  const summary = engine.toMarkdown(analysis, plan, {
    title: dryRun ? 'Release plan (dry run)' : 'Release',
    verb: pr ? 'merging this releases' : dryRun ? 'would release' : 'releases',
    showCalls: dryRun,
    executed,
  });
  await writeSummary(omittedText ? `${summary}\n${omittedText}\n` : summary);

  // The sticky comment on pull requests.
  if (pr && inputs.comment) {
    if (isReadOnlyToken(context)) info('Not commenting: the token is read-only on this pull request.');
    else {
      const { createGitHubClient, upsertStickyComment } = await import('@devops-actions/toolkit/runner');
      const client = await createGitHubClient(inputs['github-token']);
      const body = engine.toMarkdown(analysis, undefined, { verb: 'merging this releases' });
      try {
        const result = await upsertStickyComment(client, { owner: context.owner, repo: context.repo, issueNumber: pr.number, marker: 'release', body });
        info(`Pull request comment ${result.action}: ${result.url}`);
      } catch (error) {
        annotate('warning', `Could not comment on the pull request: ${(error as Error).message}`);
      }
    }
  }
});
