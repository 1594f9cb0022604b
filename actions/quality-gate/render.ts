// Turns the gate's result into the job summary, the sticky comment and annotations.
import { createHash } from 'node:crypto';
import { badge, cell, code, details, formatElapsed, heading, raw, table, type Annotation, type Status } from '@devops-actions/toolkit/runner';
import type { Condition, GateFinding, GateResult } from '@devops-actions/quality';

export interface StepResult {
  command: string;
  exitCode: number;
  ms: number;
}

export interface RenderContext {
  serverUrl: string;
  owner: string;
  repo: string;
  pullNumber?: number;
  headSha: string;
  steps: StepResult[];
  /** Rows per table before "and N more". */
  limit: number;
}

const STATUS: Record<Condition['status'], Status> = { passed: 'passed', failed: 'failed', warning: 'warning', neutral: 'neutral', skipped: 'skipped' };

/** A code span inside a table cell: pipes escaped, as GitHub's tables need even there. */
function codeCell(text: string): string {
  return code(text).replace(/\|/g, '\\|');
}

function short(sha: string | undefined): string {
  return sha ? sha.slice(0, 12) : '';
}

function diffAnchor(context: RenderContext, file: string, start?: number, end?: number): string {
  const base = context.pullNumber
    ? `${context.serverUrl}/${context.owner}/${context.repo}/pull/${context.pullNumber}/files#diff-${createHash('sha256').update(file).digest('hex')}`
    : `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.headSha}/${file.split('/').map(encodeURIComponent).join('/')}#`;
  if (start === undefined) return base;
  if (context.pullNumber) return `${base}R${start}${end !== undefined && end !== start ? `-R${end}` : ''}`;
  return `${base}L${start}${end !== undefined && end !== start ? `-L${end}` : ''}`;
}

function more(count: number, limit: number, where: string): string {
  return count > limit ? `\n_…and ${count - limit} more ${where}._\n` : '';
}

export function verdictLine(result: GateResult): string {
  const failed = result.conditions.filter((c) => c.status === 'failed');
  const warned = result.conditions.filter((c) => c.status === 'warning');
  if (failed.length > 0) {
    return `${badge('failed', 'Quality gate failed')}${result.informational ? ' (informational: the step does not fail)' : ''}: ${failed.map((c) => c.title).join(', ')}`;
  }
  if (warned.length > 0) return `${badge('warning', 'Quality gate passed with warnings')}: ${warned.map((c) => c.title).join(', ')}`;
  return badge('passed', 'Quality gate passed');
}

export function baseLine(result: GateResult): string {
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

function changedFiles(result: GateResult, context: RenderContext): string {
  const files = (result.coverage?.files ?? []).filter((f) => f.patch !== undefined);
  if (files.length === 0) return '';
  const sorted = [...files].sort((a, b) => (a.patch?.pct ?? 100) - (b.patch?.pct ?? 100) || a.file.localeCompare(b.file));
  const rows = sorted.slice(0, context.limit).map((f) => {
    const patch = f.patch!;
    const ranges = patch.uncovered.slice(0, 12).map(([a, b]) => `[${a === b ? `L${a}` : `L${a}-${b}`}](${diffAnchor(context, f.file, a, b)})`);
    if (patch.uncovered.length > 12) ranges.push(`+${patch.uncovered.length - 12} more`);
    return [
      raw(`[${cell(f.file)}](${diffAnchor(context, f.file)})`),
      `${(patch.pct ?? 0).toFixed(2)}% (${patch.covered}/${patch.total})`,
      raw(ranges.join(', ') || '—'),
    ];
  });
  return `${heading('Changed files', 3)}\n${table(['File', 'Patch coverage', 'Uncovered changed lines'], rows, ['left', 'right', 'left'])}${more(files.length, context.limit, 'files')}`;
}

function testsSection(result: GateResult, context: RenderContext): string {
  const tests = result.tests;
  if (!tests) return '';
  let out = '';
  if (tests.failures.length > 0) {
    out += `${heading(`Failed tests (${tests.failures.length})`, 3)}\n`;
    out += table(
      ['Test', 'Message'],
      tests.failures.slice(0, context.limit).map((t) => [raw(`${codeCell(t.suite)} › ${codeCell(t.name)}`), t.message ?? '']),
    );
    out += more(tests.failures.length, context.limit, 'failed tests');
  }
  if (tests.flakyTests.length > 0) {
    out += `${heading(`Flaky tests (${tests.flakyTests.length}): failed, then passed on retry`, 3)}\n`;
    out += table(
      ['Test', 'Runs'],
      tests.flakyTests.slice(0, context.limit).map((t) => [raw(`${codeCell(t.suite)} › ${codeCell(t.name)}`), t.attempts]),
    );
    out += more(tests.flakyTests.length, context.limit, 'flaky tests');
  }
  return out;
}

function location(f: GateFinding, context: RenderContext): string {
  const file = f.path ?? f.file;
  const label = `${file}${f.line ? `:${f.line}` : ''}`;
  return f.path ? `[${cell(label)}](${diffAnchor(context, f.path, f.onChangedLine ? f.line : undefined)})` : cell(label);
}

function findingsSection(result: GateResult, context: RenderContext): string {
  const fresh = result.findings?.new ?? [];
  if (fresh.length === 0) return '';
  const order = { error: 0, warning: 1, note: 2 };
  const sorted = [...fresh].sort((a, b) => order[a.severity] - order[b.severity]);
  return `${heading(`New findings (${fresh.length})`, 3)}\n${table(
    ['Severity', 'Rule', 'Location', 'Message'],
    sorted.slice(0, context.limit).map((f) => [f.severity, raw(codeCell(f.rule)), raw(location(f, context)), f.message]),
  )}${more(fresh.length, context.limit, 'new findings')}`;
}

function warningsSection(result: GateResult): string {
  if (result.warnings.length === 0) return '';
  return `\n${result.warnings.map((w) => `> [!WARNING]\n> ${cell(w)}`).join('\n\n')}\n`;
}

/** The sticky comment: verdict, conditions, changed files, failures, new findings. */
export function renderComment(result: GateResult, context: RenderContext): string {
  return [
    heading('Quality gate', 2),
    `${verdictLine(result)}\n`,
    `${baseLine(result)}\n`,
    conditionsTable(result),
    changedFiles(result, context),
    testsSection(result, context),
    findingsSection(result, context),
    warningsSection(result),
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** The job summary: the comment's content, plus steps, reports read and notes. */
export function renderSummary(result: GateResult, context: RenderContext, notes: string[]): string {
  const parts = [renderComment(result, context)];
  if (context.steps.length > 0) {
    parts.push(
      heading('Steps', 3),
      table(
        ['Command', 'Result', 'Time'],
        context.steps.map((s) => [
          raw(codeCell(s.command)),
          raw(badge(s.exitCode === 0 ? 'passed' : 'failed', s.exitCode === 0 ? 'ok' : `exit ${s.exitCode}`)),
          formatElapsed(s.ms),
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
  return parts.join('\n');
}

/** Annotations on changed lines only: uncovered changed ranges, new findings, failed tests. */
export function buildAnnotations(result: GateResult): Annotation[] {
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
