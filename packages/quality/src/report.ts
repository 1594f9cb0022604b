// The gate's one report contract: JSON (the action's report file and `--format json`, see CLI.md),
// text (the command line), Markdown (the pull request comment, the job summary and
// `--format markdown`) and annotation data. The action and the command line only call these.
import { createHash } from 'node:crypto';
import { badge, cell, code, details, heading, raw, table, type Annotation, type Status } from '@devops-actions/toolkit';
import type { Condition, GateFinding, GateResult } from './gate.ts';

/** What the action adds to the report file: the verdict with its commands, the pull request, the comment. */
export interface RunDetails {
  passed: boolean;
  pullRequest?: number;
  comment: string;
}

export function toJson(result: GateResult, run?: RunDetails) {
  const { coverage, tests, findings } = result;
  const report = {
    passed: result.passed,
    informational: result.informational,
    head: result.head,
    base: result.base,
    conditions: result.conditions.map((c) => ({
      name: c.name,
      status: c.status,
      value: c.value ?? null,
      threshold: c.threshold ?? null,
      level: c.level,
      base: c.base,
      delta: c.delta,
      detail: c.detail,
    })),
    coverage: coverage && {
      project: coverage.project,
      patch: coverage.patch,
      base: coverage.base,
      delta: coverage.delta,
      unmatched: coverage.unmatched,
      files: coverage.files.map((f) => ({ file: f.file, covered: f.covered, total: f.total, patch: f.patch })),
    },
    tests: tests && {
      total: tests.total,
      passed: tests.passed,
      failed: tests.failed,
      skipped: tests.skipped,
      flaky: tests.flaky,
      failures: tests.failures.map((t) => ({ suite: t.suite, name: t.name, message: t.message, file: t.file, line: t.line })),
      flakyTests: tests.flakyTests.map((t) => ({ suite: t.suite, name: t.name, attempts: t.attempts })),
    },
    findings: findings && {
      total: findings.total,
      new: findings.new.map((f) => ({ rule: f.rule, severity: f.severity, file: f.path ?? f.file, line: f.line, message: f.message, tool: f.tool })),
      onChangedLines: findings.onChangedLines.length,
    },
    metrics: result.metrics.map((m) => ({ name: m.name, value: m.value, unit: m.unit })),
    diff: result.diff,
    reports: result.reports,
    warnings: result.warnings,
  };
  return run ? { ...report, ...run } : report;
}

export type JsonReport = ReturnType<typeof toJson>;

const MARK: Record<Condition['status'], string> = { passed: 'ok  ', failed: 'FAIL', warning: 'warn', neutral: '--  ', skipped: 'off ' };

export function toText(result: GateResult): string {
  const lines = [`Quality gate ${result.passed ? 'passed' : 'failed'}`];
  if (result.base.mergeBase) lines.push(`Merge base ${result.base.mergeBase.slice(0, 12)}; ${result.base.baselineNote}`);
  for (const c of result.conditions) {
    lines.push(`  ${MARK[c.status]} ${c.title}: ${c.value ?? ''}${c.threshold ? ` (threshold ${c.threshold})` : ''}${c.detail ? ` - ${c.detail}` : ''}`);
  }
  for (const file of result.coverage?.files ?? []) {
    if (file.patch && file.patch.uncovered.length > 0) {
      lines.push(`  ${file.file}: uncovered changed lines ${file.patch.uncovered.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ')}`);
    }
  }
  for (const t of result.tests?.failures ?? []) lines.push(`  failed test: ${t.suite} > ${t.name}${t.message ? `: ${t.message}` : ''}`);
  for (const f of result.findings?.new ?? [])
    lines.push(`  new finding: ${f.severity} ${f.rule} ${f.path ?? f.file}${f.line ? `:${f.line}` : ''} ${f.message}`);
  for (const w of result.warnings) lines.push(`  note: ${w}`);
  return `${lines.join('\n')}\n`;
}

/** A command the action ran before reading the reports (its `run:` input). */
export interface StepOutcome {
  command: string;
  exitCode: number;
  /** How long it ran, as the log says it: `840 ms`, `1.2 s`. */
  elapsed: string;
}

/** Where files and lines link to: the pull request's diff, or the file at the head commit. */
export interface ReportLinks {
  serverUrl: string;
  owner: string;
  repo: string;
  pullNumber?: number;
  headSha: string;
}

export interface MarkdownOptions {
  /** Rows per table before "…and N more" (default 25). */
  limit?: number;
  /** Without links, files and lines are plain text. */
  links?: ReportLinks;
  /** The job summary: the comment plus the commands run, the reports read and the run's own notes. */
  summary?: { steps: readonly StepOutcome[]; notes: readonly string[] };
}

/** The pull request comment (verdict, conditions, changed files, failures, new findings), or with `summary` the job summary. */
export function toMarkdown(result: GateResult, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? 25;
  const comment = [
    heading('Quality gate', 2),
    `${verdictLine(result)}\n`,
    `${baseLine(result)}\n`,
    conditionsTable(result),
    changedFiles(result, limit, options.links),
    testsSection(result, limit),
    findingsSection(result, limit, options.links),
    warningsSection(result),
  ]
    .filter((part) => part !== '')
    .join('\n');
  return options.summary ? [comment, ...summarySections(result, options.summary)].join('\n') : comment;
}

const STATUS: Record<Condition['status'], Status> = { passed: 'passed', failed: 'failed', warning: 'warning', neutral: 'neutral', skipped: 'skipped' };

/** A code span inside a table cell: pipes escaped, as GitHub's tables need even there. */
function codeCell(text: string): string {
  return code(text).replace(/\|/g, '\\|');
}

function short(sha: string | undefined): string {
  return sha ? sha.slice(0, 12) : '';
}

function diffAnchor(links: ReportLinks, file: string, start?: number, end?: number): string {
  const base = links.pullNumber
    ? `${links.serverUrl}/${links.owner}/${links.repo}/pull/${links.pullNumber}/files#diff-${createHash('sha256').update(file).digest('hex')}`
    : `${links.serverUrl}/${links.owner}/${links.repo}/blob/${links.headSha}/${file.split('/').map(encodeURIComponent).join('/')}#`;
  if (start === undefined) return base;
  if (links.pullNumber) return `${base}R${start}${end !== undefined && end !== start ? `-R${end}` : ''}`;
  return `${base}L${start}${end !== undefined && end !== start ? `-L${end}` : ''}`;
}

/** Markdown text (already escaped), linked when there are links. */
function linked(text: string, links: ReportLinks | undefined, file: string, start?: number, end?: number): string {
  return links ? `[${text}](${diffAnchor(links, file, start, end)})` : text;
}

function more(count: number, limit: number, where: string): string {
  return count > limit ? `\n_…and ${count - limit} more ${where}._\n` : '';
}

function verdictLine(result: GateResult): string {
  const failed = result.conditions.filter((c) => c.status === 'failed');
  const warned = result.conditions.filter((c) => c.status === 'warning');
  if (failed.length > 0) {
    return `${badge('failed', 'Quality gate failed')}${result.informational ? ' (informational: the step does not fail)' : ''}: ${failed.map((c) => c.title).join(', ')}`;
  }
  if (warned.length > 0) return `${badge('warning', 'Quality gate passed with warnings')}: ${warned.map((c) => c.title).join(', ')}`;
  return badge('passed', 'Quality gate passed');
}

function baseLine(result: GateResult): string {
  if (!result.base.mergeBase) return `No base to compare with (${result.base.baselineNote}).`;
  const deepened = result.base.deepened > 0 ? ` (the shallow clone was deepened ${result.base.deepened}×)` : '';
  const baseline = result.base.baselineCommit ? `base figures from baseline \`${short(result.base.baselineCommit)}\`` : 'no base figures';
  return `Compared with merge base \`${short(result.base.mergeBase)}\`${deepened}; ${baseline}: ${result.base.baselineNote}.`;
}

function conditionsTable(result: GateResult): string {
  return table(
    ['Condition', 'Value', 'Threshold', 'Base', 'Δ', 'Status'],
    result.conditions.map((c) => [
      c.detail ? raw(`${cell(c.title)}<br><sub>${cell(c.detail)}</sub>`) : c.title,
      c.value ?? '',
      c.threshold ?? '',
      c.base ?? '',
      c.delta ?? '',
      raw(badge(STATUS[c.status], c.level === 'off' ? 'off' : undefined)),
    ]),
  );
}

function changedFiles(result: GateResult, limit: number, links: ReportLinks | undefined): string {
  const files = (result.coverage?.files ?? []).filter((f) => f.patch !== undefined);
  if (files.length === 0) return '';
  const sorted = [...files].sort((a, b) => (a.patch?.pct ?? 100) - (b.patch?.pct ?? 100) || a.file.localeCompare(b.file));
  const rows = sorted.slice(0, limit).map((f) => {
    const patch = f.patch!;
    const ranges = patch.uncovered.slice(0, 12).map(([a, b]) => linked(a === b ? `L${a}` : `L${a}-${b}`, links, f.file, a, b));
    if (patch.uncovered.length > 12) ranges.push(`+${patch.uncovered.length - 12} more`);
    return [raw(linked(cell(f.file), links, f.file)), `${(patch.pct ?? 0).toFixed(2)}% (${patch.covered}/${patch.total})`, raw(ranges.join(', ') || '—')];
  });
  return `${heading('Changed files', 3)}\n${table(['File', 'Patch coverage', 'Uncovered changed lines'], rows, ['left', 'right', 'left'])}${more(files.length, limit, 'files')}`;
}

function testsSection(result: GateResult, limit: number): string {
  const tests = result.tests;
  if (!tests) return '';
  let out = '';
  if (tests.failures.length > 0) {
    out += `${heading(`Failed tests (${tests.failures.length})`, 3)}\n`;
    out += table(
      ['Test', 'Message'],
      tests.failures.slice(0, limit).map((t) => [raw(`${codeCell(t.suite)} › ${codeCell(t.name)}`), t.message ?? '']),
    );
    out += more(tests.failures.length, limit, 'failed tests');
  }
  if (tests.flakyTests.length > 0) {
    out += `${heading(`Flaky tests (${tests.flakyTests.length}): failed, then passed on retry`, 3)}\n`;
    out += table(
      ['Test', 'Runs'],
      tests.flakyTests.slice(0, limit).map((t) => [raw(`${codeCell(t.suite)} › ${codeCell(t.name)}`), t.attempts]),
    );
    out += more(tests.flakyTests.length, limit, 'flaky tests');
  }
  return out;
}

function location(f: GateFinding, links: ReportLinks | undefined): string {
  const label = cell(`${f.path ?? f.file}${f.line ? `:${f.line}` : ''}`);
  return f.path ? linked(label, links, f.path, f.onChangedLine ? f.line : undefined) : label;
}

function findingsSection(result: GateResult, limit: number, links: ReportLinks | undefined): string {
  const fresh = result.findings?.new ?? [];
  if (fresh.length === 0) return '';
  const order = { error: 0, warning: 1, note: 2 };
  const sorted = [...fresh].sort((a, b) => order[a.severity] - order[b.severity]);
  return `${heading(`New findings (${fresh.length})`, 3)}\n${table(
    ['Severity', 'Rule', 'Location', 'Message'],
    sorted.slice(0, limit).map((f) => [f.severity, raw(codeCell(f.rule)), raw(location(f, links)), f.message]),
  )}${more(fresh.length, limit, 'new findings')}`;
}

function warningsSection(result: GateResult): string {
  if (result.warnings.length === 0) return '';
  return `\n${result.warnings.map((w) => `> [!WARNING]\n> ${cell(w)}`).join('\n\n')}\n`;
}

function summarySections(result: GateResult, { steps, notes }: NonNullable<MarkdownOptions['summary']>): string[] {
  const parts: string[] = [];
  if (steps.length > 0) {
    parts.push(
      heading('Steps', 3),
      table(
        ['Command', 'Result', 'Time'],
        steps.map((s) => [
          raw(codeCell(s.command)),
          raw(badge(s.exitCode === 0 ? 'passed' : 'failed', s.exitCode === 0 ? 'ok' : `exit ${s.exitCode}`)),
          s.elapsed,
        ]),
        ['left', 'left', 'right'],
      ),
    );
  }
  const cov = result.coverage;
  const facts = [
    cov
      ? `Project coverage: ${cov.project.pct?.toFixed(2) ?? 'n/a'}% (${cov.project.covered}/${cov.project.total} lines in ${cov.files.length} files)`
      : undefined,
    result.diff ? `Diff: ${result.diff.lines} changed lines in ${result.diff.files} files` : undefined,
    result.tests
      ? `Tests: ${result.tests.total} (${result.tests.passed} passed, ${result.tests.failed} failed, ${result.tests.skipped} skipped, ${result.tests.flaky} flaky)`
      : undefined,
    result.findings
      ? `Findings: ${result.findings.total} in all, ${result.findings.new.length} new, ${result.findings.onChangedLines.length} on changed lines`
      : undefined,
  ].filter((x): x is string => x !== undefined);
  parts.push(
    details(
      `Reports read (${result.reports.length})`,
      `${facts.map((f) => `- ${cell(f)}`).join('\n')}\n\n${table(
        ['File', 'Format'],
        result.reports.map((r) => [r.file, r.format]),
      )}`,
    ),
  );
  for (const note of notes) parts.push(`${note}\n`);
  for (const step of steps) if (step.exitCode !== 0) parts.push(`\`${step.command}\` exited with ${step.exitCode}.\n`);
  return parts;
}

/** Why the gate failed, one reason per failed condition and per command that failed. */
export function failureReasons(result: GateResult, steps: readonly StepOutcome[] = []): string[] {
  return [
    ...result.conditions.filter((c) => c.status === 'failed').map((c) => `${c.title}: ${c.value ?? ''} (needs ${c.threshold ?? ''})`),
    ...steps.filter((s) => s.exitCode !== 0).map((s) => `${s.command} exited with ${s.exitCode}`),
  ];
}

/** Annotations on changed lines only: uncovered changed ranges, new findings; and failed tests. */
export function toAnnotations(result: GateResult): Annotation[] {
  const annotations: Annotation[] = [];
  const patch = result.conditions.find((c) => c.name === 'patch-coverage');
  const patchLevel = patch?.status === 'failed' ? 'error' : 'warning';
  for (const file of result.coverage?.files ?? []) {
    for (const [start, end] of file.patch?.uncovered ?? []) {
      annotations.push({
        level: patchLevel,
        file: file.file,
        line: start,
        endLine: end,
        title: 'Not covered by tests',
        message: start === end ? `Changed line ${start} is not covered by tests.` : `Changed lines ${start}-${end} are not covered by tests.`,
      });
    }
  }
  const newLevel = result.conditions.find((c) => c.name === 'new-findings')?.level;
  for (const finding of result.findings?.all ?? []) {
    if (!finding.onChangedLine || !finding.path || finding.line === undefined) continue;
    if (!finding.isNew && finding.severity !== 'error') continue;
    annotations.push({
      level: finding.severity === 'error' && newLevel === 'error' && finding.isNew ? 'error' : finding.severity === 'note' ? 'notice' : 'warning',
      file: finding.path,
      line: finding.line,
      col: finding.column,
      title: `${finding.isNew ? 'New finding' : 'Finding'}: ${finding.rule}`,
      message: finding.message,
    });
  }
  // Failed tests on their own line where the report says where (Jest, pytest and Vitest do); a
  // flaky one (failed, then passed on a retry) as a warning.
  const testsLevel = result.conditions.find((c) => c.name === 'tests')?.status === 'failed' ? 'error' : 'warning';
  for (const [cases, level, what] of [
    [result.tests?.failures ?? [], testsLevel, 'Test failed'],
    [result.tests?.flakyTests ?? [], 'warning', 'Flaky test (failed, then passed on a retry)'],
  ] as const) {
    for (const t of cases) {
      annotations.push({
        level,
        ...(t.file ? { file: t.file, ...(t.line === undefined ? {} : { line: t.line }) } : {}),
        title: `${what}: ${t.suite ? `${t.suite} › ` : ''}${t.name}`,
        message: t.message ?? `${t.name} ${level === 'error' ? 'failed' : 'was flaky'} (no message in the report)`,
      });
    }
  }
  return annotations;
}
