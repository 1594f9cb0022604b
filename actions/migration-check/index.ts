// The migration-check entry: read the inputs and the config, find the migrations and what the
// change adds, lint them with the real PostgreSQL parser, then report (summary, annotations,
// SARIF, JSON, sticky comment) and apply fail-on.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import {
  ConfigurationError,
  emitAnnotations,
  info,
  omittedSentence,
  readGitHubContext,
  readInputs,
  runAction,
  setOutput,
  writeSummary,
  type GitHubContext,
} from '@devops-actions/toolkit/runner';
import type * as EngineModule from '@devops-actions/migrations';
import { spec } from './spec.ts';

type Engine = typeof EngineModule;
const ZERO_SHA = /^0+$/;

/** The ref the change is measured against: the input, the pull request base, or the push's before commit. */
function baseRef(given: string | undefined, context: GitHubContext): string | undefined {
  if (given) return given;
  if (context.pullRequest?.baseSha) return context.pullRequest.baseSha;
  const before = context.event.before;
  if (context.eventName === 'push' && typeof before === 'string' && before !== '' && !ZERO_SHA.test(before)) return before;
  return undefined;
}

await runAction(async () => {
  const inputs = readInputs(spec.inputs);
  const context = readGitHubContext();
  const cwd = context.workspace;
  const engine: Engine = await import('@devops-actions/migrations');
  // The input's default names the default file, which may be absent; a file the user named must exist.
  const config = engine.loadConfig(cwd, inputs.config === engine.CONFIG_FILE ? undefined : inputs.config);
  const folder = inputs.path ?? config.path ?? engine.findMigrationsDir(cwd);
  if (folder === undefined)
    throw new ConfigurationError('path', `no migrations folder was found; looked for ${engine.MIGRATION_DIRS.join(', ')}`, 'db/migrations');
  const dir = resolve(cwd, folder);
  const report = await engine.checkDirectory(dir, {
    layout: inputs.format === 'auto' ? config.layout : inputs.format,
    base: baseRef(inputs['base-ref'], context),
    repoRoot: cwd,
    pathPrefix: relative(cwd, dir).replaceAll('\\', '/'),
    disabledRules: [...config.disabledRules, ...engine.parseRuleIds('disable-rules', inputs['disable-rules'])],
    severityOverrides: config.severityOverrides,
    style: inputs.style && config.style !== false,
    assumeLockTimeout: inputs['assume-lock-timeout'] || config.assumeLockTimeout === true,
    verify: inputs.verify,
    databaseUrl: inputs['database-url'],
    seedSql: inputs['seed-sql'] === undefined ? undefined : readSeed(resolve(cwd, inputs['seed-sql']), inputs['seed-sql']),
    log: info,
  });

  const failOn = inputs['fail-on'];
  const failing = engine.failingFindings(report, failOn);
  const temp = process.env.RUNNER_TEMP ?? cwd;
  const sarifFile = resolve(cwd, inputs['sarif-file'] ?? join(temp, 'migration-check.sarif'));
  const reportFile = resolve(cwd, inputs['report-file'] ?? join(temp, 'migration-check.json'));
  for (const file of [sarifFile, reportFile]) mkdirSync(dirname(file), { recursive: true });
  writeFileSync(sarifFile, `${JSON.stringify(engine.toSarif(report), null, 2)}\n`);
  writeFileSync(reportFile, `${JSON.stringify(engine.toJson(report, failOn), null, 2)}\n`);

  info(engine.toText(report).trimEnd());
  const omitted = emitAnnotations(engine.toAnnotations(report, failOn));
  const postgresVersion = inputs['postgres-version'] ?? config.postgresVersion;
  const skew = engine.versionSkew(report, postgresVersion);
  if (skew) info(skew);
  const markdown = engine.toMarkdown(report, { failOn, root: cwd, postgresVersion, note: omittedSentence(omitted) });
  await writeSummary(markdown);

  setOutput('findings', report.findings.length);
  setOutput('max-severity', engine.maxSeverity(report.findings));
  setOutput('verified', report.verified);
  setOutput('report-file', reportFile);
  setOutput('sarif-file', sarifFile);
  setOutput('failed', failing.length > 0);

  // Fork pull requests get a read-only token: the summary and annotations are their report.
  const pr = context.pullRequest;
  const token = inputs['github-token'];
  if (inputs.comment && pr && !pr.fork && token && !token.startsWith('${{')) {
    const { createGitHubClient, upsertStickyComment } = await import('@devops-actions/toolkit/runner');
    const client = await createGitHubClient(token);
    const comment = await upsertStickyComment(client, {
      owner: context.owner,
      repo: context.repo,
      issueNumber: pr.number,
      marker: 'migration-check',
      body: markdown,
    });
    info(`Pull request comment ${comment.action}: ${comment.url}`);
  }
  if (failing.length > 0) {
    process.exitCode = 1;
    info(`migration-check failed: ${failing.length} finding(s) at or above fail-on ${failOn}. Each names the safe rewrite.`);
  }
});

function readSeed(path: string, given: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError('seed-sql', `cannot read ${given}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'db/seed.sql');
  }
}
