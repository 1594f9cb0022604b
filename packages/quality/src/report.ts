// The JSON report shared by the action (report-file) and the CLI (--format json), see CLI.md.
import type { GateResult } from './gate.ts';

export function toJsonReport(result: GateResult) {
  const { coverage, tests, findings } = result;
  return {
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
}

export type JsonReport = ReturnType<typeof toJsonReport>;
