// The report in the shapes front ends need: JSON (CLI.md's `smoke` shape plus details),
// a Markdown table for job summaries and PR comments, and plain text for the terminal.
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

export function toJsonReport(report: SmokeReport): JsonReport {
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

const ICON = { passed: '✅', warning: '⚠️', failed: '❌' } as const;

function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);

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

/** The Markdown body of the job summary and the PR comment. */
export function renderMarkdown(report: SmokeReport, options: { title?: string; maxRows?: number } = {}): string {
  const rows = report.checks.slice(0, options.maxRows ?? 200);
  const lines = [
    `## ${options.title ?? 'Smoke test'}: ${report.passed ? ICON.passed : ICON.failed} ${headline(report)}`,
    '',
    `Finished in ${ms(report.elapsedMs)}.`,
    '',
    '| Check | Result | Status | p50 | p90 | p95 | p99 | max | Errors | TLS days | Failures |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
  ];
  for (const c of rows) {
    const measured = c.requests > 0 && c.status !== undefined;
    const words = [...c.failures, ...c.warnings.map((w) => `⚠️ ${w}`)];
    lines.push(
      `| ${cell(c.name)} | ${ICON[c.outcome]} ${c.outcome} | ${c.status ?? ''} | ${measured ? ms(c.latencyMs.p50) : ''} | ${measured ? ms(c.latencyMs.p90) : ''} | ${measured ? ms(c.latencyMs.p95) : ''} | ${measured ? ms(c.latencyMs.p99) : ''} | ${measured ? ms(c.latencyMs.max) : ''} | ${c.requests > 0 ? `${Math.round(c.errorRate * 1000) / 10}% of ${c.requests}` : ''} | ${c.tls?.daysLeft ?? ''} | ${cell(words.join('\n'))} |`,
    );
  }
  if (report.checks.length > rows.length) lines.push('', `${report.checks.length - rows.length} more checks are in the JSON report.`);
  const detailed = report.checks.filter((c) => c.bodyExcerpt !== undefined || (c.securityHeaders?.findings.length ?? 0) > 0 || c.version !== undefined);
  for (const c of detailed.slice(0, 20)) {
    const parts: string[] = [];
    if (c.version)
      parts.push(
        `- Version: expected \`${c.version.expected}\`, seen ${c.version.seen.map((v) => `\`${v}\``).join(', ') || 'none'}, ${c.version.consecutive} in a row`,
      );
    for (const f of c.securityHeaders?.findings ?? []) parts.push(`- ${f.level === 'fail' ? '❌' : '⚠️'} ${cell(f.message)}`);
    if (c.bodyExcerpt !== undefined) parts.push('- Body of the first failing answer (truncated):', '', '```text', c.bodyExcerpt.replace(/```/g, "'''"), '```');
    lines.push('', `<details><summary>${cell(c.name)}</summary>`, '', ...parts, '', '</details>');
  }
  return lines.join('\n') + '\n';
}

/** Plain text for the terminal. */
export function renderText(report: SmokeReport): string {
  const lines: string[] = [];
  for (const c of report.checks) {
    const latency =
      c.requests > 1
        ? ` p50 ${ms(c.latencyMs.p50)} p95 ${ms(c.latencyMs.p95)} p99 ${ms(c.latencyMs.p99)} max ${ms(c.latencyMs.max)} errors ${Math.round(c.errorRate * 1000) / 10}%`
        : c.status !== undefined
          ? ` ${ms(c.latencyMs.max)}`
          : '';
    const tls = c.tls?.daysLeft !== undefined ? ` TLS ${c.tls.daysLeft} days` : '';
    lines.push(
      `${c.outcome === 'passed' ? 'PASS' : c.outcome === 'warning' ? 'WARN' : 'FAIL'} ${c.name} ${c.status ?? ''}${latency}${tls}`.replace(/\s+$/, ''),
    );
    for (const failure of c.failures) lines.push(`     ✗ ${failure}`);
    for (const warning of c.warnings) lines.push(`     ! ${warning}`);
  }
  lines.push('', `${headline(report)} in ${ms(report.elapsedMs)}`);
  return lines.join('\n') + '\n';
}
