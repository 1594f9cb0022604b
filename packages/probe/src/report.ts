// The report, once, in every shape a front end shows: JSON (CLI.md's `smoke` shape plus
// details), Markdown for job summaries and PR comments, plain text for the terminal, a
// progress line per finished check, and annotations. The action and the CLI only call these.
import { badge, cell, details, heading, table, type Align, type Annotation } from '@devops-actions/toolkit';
import type { CheckResult, SmokeReport } from './types.ts';

export interface JsonCheck {
  name: string;
  url: string;
  passed: boolean;
  outcome: CheckResult['outcome'];
  status?: number;
  latencyMs: CheckResult['latencyMs'];
  errorRate: number;
  requests: number;
  elapsedMs: number;
  tls?: { daysLeft?: number; trusted: boolean; hostnameMatches: boolean; protocol?: string; validTo?: string };
  version?: { expected: string; seen: string[]; settled: boolean; consecutive: number };
  thresholds?: { threshold: string; passed: boolean; actual: number }[];
  securityHeaders?: { rule: string; level: string; message: string }[];
  failures: string[];
  warnings: string[];
  bodyExcerpt?: string;
}

export interface JsonReport {
  passed: boolean;
  elapsedMs: number;
  checks: JsonCheck[];
}

export function toJson(report: SmokeReport): JsonReport {
  return {
    passed: report.passed,
    elapsedMs: report.elapsedMs,
    checks: report.checks.map((c) => ({
      name: c.name,
      url: c.url,
      passed: c.passed,
      outcome: c.outcome,
      status: c.status,
      latencyMs: c.latencyMs,
      errorRate: c.errorRate,
      requests: c.requests,
      elapsedMs: c.elapsedMs,
      tls: c.tls && {
        daysLeft: c.tls.daysLeft,
        trusted: c.tls.trusted,
        hostnameMatches: c.tls.hostnameMatches,
        protocol: c.tls.protocol,
        validTo: c.tls.validTo,
      },
      version: c.version && { expected: c.version.expected, seen: c.version.seen, settled: c.version.settled, consecutive: c.version.consecutive },
      thresholds: c.thresholds.length > 0 ? c.thresholds.map((t) => ({ threshold: t.threshold, passed: t.passed, actual: t.actual })) : undefined,
      securityHeaders: c.securityHeaders?.findings.map((f) => ({ rule: f.rule, level: f.level, message: f.message })),
      failures: c.failures,
      warnings: c.warnings,
      bodyExcerpt: c.bodyExcerpt,
    })),
  };
}

const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);
const label = (outcome: CheckResult['outcome']) => (outcome === 'passed' ? 'PASS' : outcome === 'warning' ? 'WARN' : 'FAIL');

/** The worst single p95 across checks that measured anything (for the `p95-ms` output). */
export function worstP95(report: SmokeReport): number | undefined {
  const measured = report.checks.filter((c) => c.requests > 0);
  return measured.length === 0 ? undefined : Math.max(...measured.map((c) => c.latencyMs.p95));
}

export function counts(report: SmokeReport): { passed: number; warning: number; failed: number } {
  return {
    passed: report.checks.filter((c) => c.outcome === 'passed').length,
    warning: report.checks.filter((c) => c.outcome === 'warning').length,
    failed: report.checks.filter((c) => c.outcome === 'failed').length,
  };
}

/** A one-line verdict, e.g. "2 of 5 checks failed". */
export function headline(report: SmokeReport): string {
  const { warning, failed } = counts(report);
  const total = report.checks.length;
  if (failed > 0) return `${failed} of ${total} check${total === 1 ? '' : 's'} failed${warning > 0 ? `, ${warning} with warnings` : ''}`;
  if (warning > 0) return `all ${total} check${total === 1 ? '' : 's'} passed, ${warning} with warnings`;
  return `all ${total} check${total === 1 ? '' : 's'} passed`;
}

const COLUMNS = ['Check', 'Result', 'Status', 'p50', 'p90', 'p95', 'p99', 'max', 'Errors', 'TLS days', 'Failures'];
const ALIGN: Align[] = ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'];

function row(c: CheckResult): unknown[] {
  const measured = c.requests > 0 && c.status !== undefined;
  const latency = (value: number) => (measured ? ms(value) : '');
  return [
    c.name,
    badge(c.outcome),
    c.status,
    latency(c.latencyMs.p50),
    latency(c.latencyMs.p90),
    latency(c.latencyMs.p95),
    latency(c.latencyMs.p99),
    latency(c.latencyMs.max),
    c.requests > 0 ? `${Math.round(c.errorRate * 1000) / 10}% of ${c.requests}` : '',
    c.tls?.daysLeft,
    [...c.failures, ...c.warnings.map((w) => `⚠️ ${w}`)].join('\n'),
  ];
}

/** The version, security-header findings and body excerpt of a check, when it has any. */
function detailsOf(c: CheckResult): string | undefined {
  const parts: string[] = [];
  if (c.version)
    parts.push(
      `- Version: expected \`${c.version.expected}\`, seen ${c.version.seen.map((v) => `\`${v}\``).join(', ') || 'none'}, ${c.version.consecutive} in a row`,
    );
  for (const f of c.securityHeaders?.findings ?? []) parts.push(`- ${f.level === 'fail' ? '❌' : '⚠️'} ${cell(f.message)}`);
  if (c.bodyExcerpt !== undefined) parts.push('- Body of the first failing answer (truncated):', '', '```text', c.bodyExcerpt.replace(/```/g, "'''"), '```');
  return parts.length === 0 ? undefined : details(c.name, parts.join('\n'));
}

export interface MarkdownOptions {
  title?: string;
  maxRows?: number;
  /** The deployment's URL, as a first line (the PR comment on a deployment). */
  preview?: string;
  /** A closing sentence, e.g. about annotations GitHub could not show. */
  note?: string;
}

/** The Markdown body of the job summary and the PR comment. */
export function toMarkdown(report: SmokeReport, options: MarkdownOptions = {}): string {
  const rows = report.checks.slice(0, options.maxRows ?? 200);
  const more = report.checks.length - rows.length;
  const detailed = report.checks.flatMap((c) => detailsOf(c) ?? []).slice(0, 20);
  return [
    options.preview ? `Preview: ${options.preview}\n\n` : '',
    heading(`${options.title ?? 'Smoke test'}: ${report.passed ? '✅' : '❌'} ${headline(report)}`),
    `\nFinished in ${ms(report.elapsedMs)}.\n\n`,
    table(COLUMNS, rows.map(row), ALIGN),
    more > 0 ? `\n${more} more checks are in the JSON report.\n` : '',
    ...detailed.map((block) => `\n${block}`),
    options.note ? `\n${options.note}\n` : '',
  ].join('');
}

/** One finished check as it is logged while the others run: `[3/5] FAIL name 200 p95 12 ms` and its failures. */
export function toProgress(result: CheckResult, done: number, total: number, options: { details?: boolean } = {}): string {
  const latency =
    result.requests > 1 ? ` p95 ${Math.round(result.latencyMs.p95)} ms` : result.status !== undefined ? ` ${Math.round(result.latencyMs.max)} ms` : '';
  const line = `[${done}/${total}] ${label(result.outcome)} ${result.name}${result.status !== undefined ? ` ${result.status}` : ''}${latency}`;
  // Without details (the terminal, where the text report lists the failures next): the line alone.
  if (options.details === false) return line;
  return [line, ...result.failures.map((failure) => `    ✗ ${failure}`), ...result.warnings.map((warning) => `    ! ${warning}`)].join('\n');
}

/** Plain text for the terminal. */
export function toText(report: SmokeReport): string {
  const lines: string[] = [];
  for (const c of report.checks) {
    const latency =
      c.requests > 1
        ? ` p50 ${ms(c.latencyMs.p50)} p95 ${ms(c.latencyMs.p95)} p99 ${ms(c.latencyMs.p99)} max ${ms(c.latencyMs.max)} errors ${Math.round(c.errorRate * 1000) / 10}%`
        : c.status !== undefined
          ? ` ${ms(c.latencyMs.max)}`
          : '';
    const tls = c.tls?.daysLeft !== undefined ? ` TLS ${c.tls.daysLeft} days` : '';
    lines.push(`${label(c.outcome)} ${c.name} ${c.status ?? ''}${latency}${tls}`.replace(/\s+$/, ''));
    for (const failure of c.failures) lines.push(`     ✗ ${failure}`);
    for (const warning of c.warnings) lines.push(`     ! ${warning}`);
  }
  lines.push('', `${headline(report)} in ${ms(report.elapsedMs)}`);
  return lines.join('\n') + '\n';
}

/** One annotation per check with something to say: an error for a failed check, a warning for warnings. */
export function toAnnotations(report: SmokeReport): Annotation[] {
  return [
    ...report.checks.filter((c) => !c.passed).map((c) => ({ level: 'error' as const, title: `smoke-test: ${c.name}`, message: c.failures.join('; ') })),
    ...report.checks
      .filter((c) => c.warnings.length > 0)
      .map((c) => ({ level: 'warning' as const, title: `smoke-test: ${c.name}`, message: c.warnings.join('; ') })),
  ];
}
