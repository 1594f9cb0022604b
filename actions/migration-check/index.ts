// The migration-check entry: read the inputs and the config, find the migrations and what the
// change adds, lint them with the real PostgreSQL parser, then report (summary, annotations,
// SARIF, JSON, sticky comment) and apply fail-on.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import {
  ConfigurationError,
  badge,
  emitAnnotations,
  heading,
  info,
  omittedSentence,
  readGitHubContext,
  readInputs,
  runAction,
  setOutput,
  table,
  writeSummary,
  type Annotation,
  type GitHubContext,
} from '@devops-actions/toolkit/runner';
import type * as EngineModule from '@devops-actions/migrations';
import type { CheckReport, Finding } from '@devops-actions/migrations';
import { spec } from './spec.ts';

type Engine = typeof EngineModule;
const RANK = { error: 3, warning: 2, notice: 1 } as const;
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
  const config = engine.loadConfig(cwd, inputs.config);
  const folder = inputs.path ?? config.path ?? engine.findMigrationsDir(cwd);
  if (folder === undefined)
    throw new ConfigurationError('path', `no migrations folder was found; looked for ${engine.MIGRATION_DIRS.join(', ')}`, 'db/migrations');
  const dir = resolve(cwd, folder);
  const base = baseRef(inputs['base-ref'], context);
  const layout = inputs.format === 'auto' ? config.layout : inputs.format;

  let report: CheckReport;
  try {
    report = await engine.checkDirectory(dir, {
      layout,
      base,
      repoRoot: cwd,
      pathPrefix: relative(cwd, dir).replaceAll('\\', '/'),
      disabledRules: [...config.disabledRules, ...inputs['disable-rules']],
      severityOverrides: config.severityOverrides,
      style: inputs.style && config.style !== false,
      assumeLockTimeout: inputs['assume-lock-timeout'] || config.assumeLockTimeout === true,
      verify: inputs.verify,
      databaseUrl: inputs['database-url'],
      seedSql: inputs['seed-sql'] === undefined ? undefined : readSeed(resolve(cwd, inputs['seed-sql']), inputs['seed-sql']),
    });
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    if (error instanceof engine.DatabaseError) throw new ConfigurationError('database-url', error.message);
    throw new ConfigurationError(isAbsolute(folder) ? folder : `path ${folder}`, (error as Error).message);
  }

  const failOn = inputs['fail-on'];
  const failing = (f: Finding) => failOn !== 'none' && RANK[f.severity] >= RANK[failOn];
  const failed = report.findings.some(failing);
  const max = engine.maxSeverity(report.findings);

  const temp = process.env.RUNNER_TEMP ?? cwd;
  const sarifFile = resolve(cwd, inputs['sarif-file'] ?? join(temp, 'migration-check.sarif'));
  const reportFile = resolve(cwd, inputs['report-file'] ?? join(temp, 'migration-check.json'));
  for (const file of [sarifFile, reportFile]) mkdirSync(dirname(file), { recursive: true });
  writeFileSync(sarifFile, `${JSON.stringify(engine.toSarif(report), null, 2)}\n`);
  const json = {
    layout: report.layout,
    base: base ?? null,
    files: report.files,
    findings: report.findings,
    maxSeverity: max,
    failOn,
    passed: !failed,
    verified: report.verified,
  };
  writeFileSync(reportFile, `${JSON.stringify(json, null, 2)}\n`);

  info(engine.toText(report).trimEnd());
  const annotations: Annotation[] = report.findings.map((f) => ({
    level: failing(f) ? 'error' : f.severity === 'notice' ? 'notice' : 'warning',
    title: `migration-check: ${f.rule}`,
    message: f.message,
    file: f.file,
    line: f.line,
    col: f.column,
  }));
  const omitted = emitAnnotations(annotations);
  const production = inputs['postgres-version'] ?? config.postgresVersion;
  const engineMajor = /^PostgreSQL (\d+)/.exec(report.trace?.engine ?? '')?.[1];
  const skew =
    production && engineMajor && production !== engineMajor
      ? `Production runs PostgreSQL ${production}; the migrations were proven on PostgreSQL ${engineMajor}. Lock modes and rewrites rarely differ between majors, but new syntax or defaults can: give database-url a postgres:${production} service to prove them on the same major.`
      : undefined;
  if (skew) info(skew);
  const markdown = render(report, { base, failOn, failed, folder: relative(cwd, dir) || '.', cwd, omitted: omittedSentence(omitted), skew });
  await writeSummary(markdown);

  setOutput('findings', report.findings.length);
  setOutput('max-severity', max);
  setOutput('verified', report.verified);
  setOutput('report-file', reportFile);
  setOutput('sarif-file', sarifFile);
  setOutput('failed', failed);

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
  if (failed) {
    process.exitCode = 1;
    info(`migration-check failed: ${report.findings.filter(failing).length} finding(s) at or above fail-on ${failOn}. Each names the safe rewrite.`);
  }
});

function readSeed(path: string, given: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError('seed-sql', `cannot read ${given}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'db/seed.sql');
  }
}

/** The lines of a reported file (read once per file), or none when it cannot be read. */
function fileLines(cwd: string, file: string): string[] {
  try {
    return readFileSync(join(cwd, file), 'utf8').split('\n');
  } catch {
    return [];
  }
}

/** A finding's line of SQL, for the report: at most 160 characters, as inline code. */
function excerpt(lines: readonly string[], line: number): string {
  const text = (lines[line - 1] ?? '').trim().slice(0, 160);
  return text ? `\`${text.replaceAll('`', "'")}\`` : '';
}

function render(
  report: CheckReport,
  o: { base?: string; failOn: string; failed: boolean; folder: string; cwd: string; omitted: string; skew?: string },
): string {
  const status = o.failed ? badge('failed') : report.findings.length > 0 ? badge('warning') : badge('passed');
  let md = heading(`Migration check ${status}`);
  const scope = o.base
    ? `the ${report.files.length} migration${report.files.length === 1 ? '' : 's'} added since ${o.base.slice(0, 12)}`
    : `${report.files.length} migration${report.files.length === 1 ? '' : 's'}`;
  md += `Linted ${scope} in \`${o.folder}\` (${report.layout} layout) with the PostgreSQL parser; fail-on: \`${o.failOn}\`; verification: ${report.verification}.\n\n`;
  if (report.files.length === 0 && report.findings.length === 0) {
    md += o.base ? 'This change adds no migrations, and the merged ones are unchanged.\n' : `No migrations were found in \`${o.folder}\`: nothing to check.\n`;
    return md;
  }
  if (report.findings.length === 0) md += 'No findings.\n\n';
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, findings] of byFile) {
    const lines = fileLines(o.cwd, file);
    md += heading(file, 3);
    md += table(
      ['line', 'severity', 'rule', 'finding and safe rewrite', 'statement'],
      findings.map((f) => [f.line, f.severity, f.rule, f.message, excerpt(lines, f.line)]),
    );
    md += '\n';
  }
  if (report.trace) md += traceSection(report.trace);
  if (o.skew) md += `> ${o.skew}\n\n`;
  md += 'Acknowledge an intended statement with `-- migration-check:ignore <rule> <reason>` on the line above it.\n';
  if (o.omitted) md += `\n${o.omitted}\n`;
  return md;
}

/** The engine's view: per new migration, the lock table, rewrites, full scans and the round trip. */
function traceSection(trace: NonNullable<CheckReport['trace']>): string {
  let md = heading('On the engine', 3);
  md += `${trace.engine}. Seeded ${trace.seeded.length} table${trace.seeded.length === 1 ? '' : 's'} with synthetic rows`;
  md += trace.unseeded.length > 0 ? `; not seeded: ${trace.unseeded.map((u) => `${u.table} (${u.reason})`).join(', ')}.\n\n` : '.\n\n';
  for (const file of trace.files) {
    const status = file.applied ? 'applied' : `failed at line ${file.error?.line ?? '?'}: ${file.error?.message ?? ''}`;
    const trip = file.roundTrip ? `; up → down → up: ${file.roundTrip.status}` : '';
    md += `**${file.file}**: ${status}${trip}\n\n`;
    const rows = file.statements
      .filter((st) => st.locks.length > 0 || st.rewrote.length > 0 || st.untraced)
      .map((st) => [
        st.line,
        `\`${st.sql.split('\n')[0]?.slice(0, 100).replaceAll('`', "'") ?? ''}\``,
        st.untraced ?? st.locks.map((l) => `${l.mode} on ${l.relation}`).join(', '),
        st.rewrote.join(', '),
        st.fullScans.join(', '),
      ]);
    if (rows.length > 0) md += table(['line', 'statement', 'locks taken on existing tables', 'rewrote', 'full scan'], rows) + '\n';
    if (file.roundTrip?.diff?.length) md += `Schema after down differs from before up:\n\n${file.roundTrip.diff.map((d) => `- ${d}`).join('\n')}\n\n`;
  }
  return md;
}
