// The secret-scan entry: read the inputs, pick what to scan from the event, run the engine,
// then mask every value found before anything else is printed, and render the result.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import {
  ConfigurationError,
  badge,
  code,
  details,
  emitAnnotations,
  heading,
  info,
  list,
  maskSecret,
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
import type * as EngineModule from '@devops-actions/secrets';
import type { FailOn, ScanMode, ScanResult } from '@devops-actions/secrets';
import { spec, type MODES } from './spec.ts';

type Engine = typeof EngineModule;

const FAIL_ON = ['high', 'medium', 'low', 'none'];

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
  const failOnInput = inputs['fail-on'];
  if (failOnInput !== undefined && !FAIL_ON.includes(failOnInput))
    throw new ConfigurationError('fail-on', `"${failOnInput}" is not one of ${FAIL_ON.join(', ')}`, 'high');
  const context = readGitHubContext();
  const cwd = resolve(context.workspace, inputs['working-directory']);
  const what = target(inputs.mode, context);

  const engine: Engine = await import('@devops-actions/secrets');
  let result: ScanResult;
  const progress: string[] = [];
  try {
    const config = engine.loadConfig(cwd, inputs.config === '.secret-scan.yml' ? undefined : inputs.config);
    const baselinePath = isAbsolute(inputs.baseline) ? inputs.baseline : join(cwd, inputs.baseline);
    const baseline = engine.readBaseline(baselinePath, inputs.baseline);
    result = await engine.scan({
      cwd,
      ...what,
      since: inputs.since,
      config,
      baseline,
      failOn: failOnInput as FailOn | undefined,
      maxFileSize: inputs['max-file-size'],
      suppressionSources: { config: relative(cwd, resolve(cwd, inputs.config)), baseline: relative(cwd, baselinePath) },
      log: (line) => progress.push(line),
    });
  } catch (error) {
    if (error instanceof engine.ConfigError) throw new ConfigurationError(error.subject, error.problem, error.example);
    throw error;
  }

  // Mask every value found before anything else reaches the log.
  for (const secret of result.masks) maskSecret(secret);
  for (const line of progress) info(line);

  const temp = process.env.RUNNER_TEMP ?? cwd;
  const sarifFile = resolve(cwd, inputs['sarif-file'] ?? join(temp, 'secret-scan.sarif'));
  const reportFile = resolve(cwd, inputs['report-file'] ?? join(temp, 'secret-scan.json'));
  for (const file of [sarifFile, reportFile]) mkdirSync(dirname(file), { recursive: true });
  writeFileSync(sarifFile, JSON.stringify(engine.toSarif(result, { version: '1.0.0' }), null, 2) + '\n');
  writeFileSync(reportFile, JSON.stringify(engine.toJsonReport(result), null, 2) + '\n');

  info(engine.toText(result).trimEnd());

  const annotations: Annotation[] = result.findings.map((f) => ({
    level: !f.warnOnly && engine.atLeast(f.severity, result.failOn) ? 'error' : 'warning',
    title: `secret-scan: ${f.rule}${f.status === 'still-in-history' ? ' (still in history)' : ''}`,
    message: engine.findingMessage(f),
    file: f.file,
    line: f.line,
    col: f.column,
    endColumn: f.endColumn,
  }));
  for (const notice of result.notices) annotations.push({ level: 'notice', message: notice });
  const omitted = emitAnnotations(annotations);

  const markdown = render(engine, result, omittedSentence(omitted));
  await writeSummary(markdown);

  const newFindings = result.findings.filter((f) => f.status === 'new').length;
  setOutput('findings', result.findings.length);
  setOutput('new-findings', newFindings);
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
    const count = result.findings.filter((f) => !f.warnOnly && engine.atLeast(f.severity, result.failOn)).length;
    process.exitCode = 1;
    info(`secret-scan failed: ${count} finding${count === 1 ? '' : 's'} at or above fail-on ${result.failOn}. Rotate the credentials; see the summary.`);
  }
});

function render(engine: Engine, result: ScanResult, omitted: string): string {
  const counts = engine.countBySeverity(result.findings);
  const status = result.failed ? badge('failed') : result.findings.length > 0 ? badge('warning') : badge('passed');
  let md = heading(`Secret scan ${status}`);
  md += `${engine.scannedSentence(result)}\n\n`;
  if (result.scanned.deepened) md += `The checkout was shallow: ${result.scanned.deepened}.\n\n`;
  md +=
    result.findings.length === 0
      ? `No secrets found (fail-on: ${result.failOn}).\n\n`
      : table(
          ['severity', 'findings'],
          [
            ['high', counts.high],
            ['medium', counts.medium],
            ['low', counts.low],
          ],
        ) + `\nfail-on: \`${result.failOn}\`\n\n`;
  if (result.findings.length > 0) {
    md += heading('Findings', 3);
    md += table(
      ['where', 'rule', 'severity', 'value (redacted)', 'commit', 'status'],
      result.findings
        .slice(0, 200)
        .map((f) => [
          `${f.file}:${f.line}`,
          f.rule,
          f.warnOnly ? `${f.severity} (warn only)` : f.severity,
          f.redacted,
          f.commit ? f.commit.slice(0, 12) : '',
          f.status === 'still-in-history' ? 'removed here, still in history: rotate' : f.removedLater ? 'removed later, still in history: rotate' : 'added',
        ]),
    );
    if (result.findings.length > 200) md += `\n…and ${result.findings.length - 200} more in the JSON report.\n`;
    md += '\nRotate each credential at its provider first: deleting it from the code does not remove it from the git history.\n\n';
  }
  // Every suppression the change adds, open: a reviewer must see each one, whether or not it hides a finding today.
  const inline = result.suppressed.filter((s) => s.via === 'inline');
  if (inline.length > 0 || result.addedSuppressions.length > 0) {
    md += heading(`Suppressions this change adds: ${inline.length + result.addedSuppressions.length}`, 3);
    md += table(
      ['where', 'what', 'reason'],
      [
        ...inline.map((s) => [`${s.finding.file}:${s.finding.line}`, `inline allow of ${s.finding.rule} ${s.finding.redacted}`, s.reason]),
        ...result.addedSuppressions.map((a) => [a.file, a.what, a.reason ?? '']),
      ],
    );
  }
  const older = result.suppressed.filter((s) => s.via !== 'inline');
  if (older.length > 0) {
    md += details(
      `Suppressed by the config or baseline: ${older.length}`,
      table(
        ['where', 'rule', 'value (redacted)', 'by', 'reason'],
        older.map((s) => [`${s.finding.file}:${s.finding.line}`, s.finding.rule, s.finding.redacted, s.via, s.reason]),
      ),
    );
  }
  if (result.staleBaseline.length > 0)
    md += details(`Stale baseline entries: ${result.staleBaseline.length}`, list(result.staleBaseline.map((e) => `${code(e.fingerprint)} (${e.file})`)));
  if (result.notices.length > 0) md += heading('Notices', 3) + list(result.notices);
  if (omitted) md += `\n${omitted}\n`;
  return md;
}
