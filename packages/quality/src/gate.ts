// The quality gate: reads the reports, maps them onto the checkout and the pull request's
// changed lines, compares with the base baseline and decides every condition.
import { readFile } from 'node:fs/promises';
import { posix, resolve } from 'node:path';
import { BASELINE_VERSION, findBaseline, type Baseline, type BaselineStore } from './baseline.ts';
import { pct, totalsOf, type FileCoverage, LineHits } from './coverage.ts';
import { changedLines, findMergeBase, formatRanges, toRanges } from './diff.ts';
import { ReportError } from './errors.ts';
import { git } from './git.ts';
import type { Finding, Severity } from './parsers/findings.ts';
import { mergeTestCases, type TestCase } from './parsers/junit.ts';
import { createPathResolver } from './paths.ts';
import { expandGlobs, readReports, type Metric, type ReportKind } from './reports.ts';
import { compareMetric, type MetricThreshold } from './thresholds.ts';

export type Level = 'error' | 'warning' | 'off';
export type ConditionStatus = 'passed' | 'failed' | 'warning' | 'neutral' | 'skipped';

export interface GateConfig {
  patchCoverage: { level: Level; min: number; minChangedLines: number };
  projectCoverage: { level: Level; min?: number };
  coverageDelta: { level: Level; tolerance: number };
  tests: { level: Level; maxSkipped?: number };
  newFindings: { level: Level; severity: Severity };
  changedLineFindings: { level: Level; severity: Severity };
  metrics: { level: Level; thresholds: MetricThreshold[] };
}

export const DEFAULT_CONFIG: GateConfig = {
  patchCoverage: { level: 'error', min: 80, minChangedLines: 5 },
  projectCoverage: { level: 'error' },
  coverageDelta: { level: 'warning', tolerance: 0.5 },
  tests: { level: 'error' },
  newFindings: { level: 'error', severity: 'warning' },
  changedLineFindings: { level: 'warning', severity: 'error' },
  metrics: { level: 'error', thresholds: [] },
};

export interface GateInput {
  cwd: string;
  coverage?: readonly string[];
  tests?: readonly string[];
  findings?: readonly string[];
  metrics?: readonly string[];
  stripPrefixes?: readonly string[];
  /** What to do when a kind's patterns match no file. */
  ifNoReports?: 'error' | 'neutral';
  /** The base to compare with (a pull request's base commit, or a ref); none on pushes. */
  base?: { sha?: string; ref?: string; branch?: string };
  baselineStore?: BaselineStore;
  /** How many first-parent commits before the merge base may stand in for its baseline. */
  maxBaselineWalk?: number;
  informational?: boolean;
  config?: Partial<GateConfig>;
  log?: (message: string) => void;
}

export interface Condition {
  /** Stable id: patch-coverage, project-coverage, coverage-delta, tests, new-findings, changed-line-findings, metric:<name>. */
  name: string;
  title: string;
  level: Level;
  status: ConditionStatus;
  value?: string;
  threshold?: string;
  base?: string;
  delta?: string;
  detail?: string;
}

export interface Totals {
  covered: number;
  total: number;
  pct?: number;
}

export interface FileResult extends Totals {
  file: string;
  /** Present when the file has changed lines with coverage data. */
  patch?: Totals & { uncovered: [number, number][] };
}

export interface GateFinding extends Finding {
  /** Workspace-relative path, when it matched a file of the checkout. */
  path?: string;
  key: string;
  isNew: boolean;
  onChangedLine: boolean;
}

export interface GateResult {
  passed: boolean;
  informational: boolean;
  head: string;
  conditions: Condition[];
  reports: { file: string; format: string }[];
  coverage?: {
    project: Totals;
    patch?: Totals;
    base?: Totals;
    delta?: number;
    files: FileResult[];
    unmatched: { count: number; examples: string[] };
  };
  tests?: { total: number; passed: number; failed: number; skipped: number; flaky: number; failures: TestCase[]; flakyTests: TestCase[] };
  findings?: { total: number; new: GateFinding[]; onChangedLines: GateFinding[]; all: GateFinding[]; unmatched: number };
  metrics: Metric[];
  base: { mergeBase?: string; baselineCommit?: string; baselineNote: string; deepened: number };
  diff?: { files: number; lines: number };
  warnings: string[];
  /** This commit's figures, to save as the baseline on the default branch. */
  baseline: Baseline;
}

const SEVERITY_RANK: Record<Severity, number> = { note: 0, warning: 1, error: 2 };

function percent(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${value.toFixed(2)}%`;
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;
}

function decide(level: Level, ok: boolean): ConditionStatus {
  if (level === 'off') return 'skipped';
  if (ok) return 'passed';
  return level === 'error' ? 'failed' : 'warning';
}

function normaliseLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

export async function runGate(input: GateInput): Promise<GateResult> {
  const cwd = resolve(input.cwd);
  const log = input.log ?? (() => undefined);
  const config: GateConfig = { ...DEFAULT_CONFIG, ...input.config };
  const warnings: string[] = [];
  const conditions: Condition[] = [];
  const ifNoReports = input.ifNoReports ?? 'error';
  const head = (await git(cwd, ['rev-parse', 'HEAD'])).trim();

  // 1. Reports.
  const wanted: { file: string; kind: ReportKind }[] = [];
  const missingKinds: ReportKind[] = [];
  for (const kind of ['coverage', 'tests', 'findings', 'metrics'] as const) {
    const patterns = input[kind] ?? [];
    if (patterns.length === 0) continue;
    const files = await expandGlobs(cwd, patterns);
    if (files.length === 0) {
      const message = `no file matches the ${kind} pattern${patterns.length === 1 ? '' : 's'} ${patterns.map((p) => `"${p}"`).join(', ')} in ${cwd}`;
      if (ifNoReports === 'error') throw new ReportError(kind, `${message}; check the path, or set if-no-reports: neutral`);
      warnings.push(message);
      missingKinds.push(kind);
    }
    for (const file of files) wanted.push({ file, kind });
  }
  log(`Reading ${wanted.length} report file${wanted.length === 1 ? '' : 's'}`);
  const reports = await readReports(cwd, wanted);
  const paths = await createPathResolver({ cwd, stripPrefixes: input.stripPrefixes });

  // 2. The diff against the merge base, when there is a base.
  let mergeBase: string | undefined;
  let deepened = 0;
  let changed: Map<string, number[]> | undefined;
  if (input.base?.sha || input.base?.ref) {
    const found = await findMergeBase({ cwd, base: input.base.sha ?? input.base.ref ?? '', baseBranch: input.base.branch, log });
    mergeBase = found.sha;
    deepened = found.deepened;
    changed = await changedLines(cwd, mergeBase, 'HEAD');
    log(`Merge base ${mergeBase}: ${changed.size} changed file${changed.size === 1 ? '' : 's'}`);
  }
  const changedSets = new Map([...(changed ?? new Map<string, number[]>())].map(([file, lines]) => [file, new Set(lines)]));

  // 3. The base baseline.
  let baseline: Baseline | undefined;
  let baselineCommit: string | undefined;
  let baselineNote = mergeBase ? 'no baseline store configured; base comparisons are skipped' : 'no base: not a pull request';
  if (mergeBase && input.baselineStore) {
    const lookup = await findBaseline(input.baselineStore, cwd, mergeBase, input.maxBaselineWalk ?? 20);
    baseline = lookup.baseline;
    baselineCommit = lookup.commit;
    baselineNote = lookup.note;
    log(`Baseline: ${lookup.note}`);
  }

  // 4. Coverage.
  const merged = new Map<string, FileCoverage>();
  const unmatched = new Set<string>();
  for (const report of reports.coverage) {
    const reportDir = posix.dirname(report.file) === '.' ? '' : posix.dirname(report.file);
    for (const [raw, entry] of report.files) {
      const path = paths.resolve(raw, { reportDir, sourceRoots: report.sourceRoots });
      if (path === undefined) {
        unmatched.add(raw);
        continue;
      }
      const into = merged.get(path) ?? {};
      if (entry.lines) {
        into.lines ??= new LineHits();
        into.lines.merge(entry.lines);
      } else if (entry.summary) {
        const previous = into.summary;
        into.summary = previous && previous.total >= entry.summary.total ? previous : entry.summary;
      }
      merged.set(path, into);
    }
  }
  if (unmatched.size > 0) {
    warnings.push(
      `${unmatched.size} coverage entr${unmatched.size === 1 ? 'y' : 'ies'} matched no file of the checkout and ${unmatched.size === 1 ? 'is' : 'are'} left out (not counted as 0 %): ${[...unmatched].slice(0, 5).join(', ')}${unmatched.size > 5 ? ', …' : ''}`,
    );
  }

  const baselineOut: Baseline = { version: BASELINE_VERSION, commit: head, createdAt: new Date().toISOString(), metrics: {} };
  let coverageResult: GateResult['coverage'];
  if (reports.coverage.length > 0) {
    const files: FileResult[] = [];
    let covered = 0;
    let total = 0;
    let patchCovered = 0;
    let patchTotal = 0;
    const baselineFiles: NonNullable<Baseline['coverage']>['files'] = {};
    for (const [file, entry] of [...merged].sort(([a], [b]) => a.localeCompare(b))) {
      const totals = totalsOf(entry);
      covered += totals.covered;
      total += totals.total;
      const result: FileResult = { file, ...totals, pct: pct(totals.covered, totals.total) };
      const hit: number[] = [];
      const missed: number[] = [];
      entry.lines?.forEach((line, hits) => (hits > 0 ? hit : missed).push(line));
      baselineFiles[file] = entry.lines ? { ...totals, hit: formatRanges(toRanges(hit)), missed: formatRanges(toRanges(missed)) } : totals;
      const lines = changedSets.get(file);
      if (lines && entry.lines) {
        const patch = patchOf(entry.lines, lines);
        if (patch.total > 0) {
          result.patch = patch;
          patchCovered += patch.covered;
          patchTotal += patch.total;
        }
      }
      files.push(result);
    }
    const project: Totals = { covered, total, pct: pct(covered, total) };
    const base = baseline?.coverage
      ? { covered: baseline.coverage.covered, total: baseline.coverage.total, pct: pct(baseline.coverage.covered, baseline.coverage.total) }
      : undefined;
    const delta = project.pct !== undefined && base?.pct !== undefined ? Math.round((project.pct - base.pct) * 100) / 100 : undefined;
    coverageResult = {
      project,
      base,
      delta,
      files,
      unmatched: { count: unmatched.size, examples: [...unmatched].slice(0, 20) },
      patch: changed ? { covered: patchCovered, total: patchTotal, pct: pct(patchCovered, patchTotal) } : undefined,
    };
    baselineOut.coverage = { covered, total, files: baselineFiles };

    // Patch coverage.
    const pc = config.patchCoverage;
    if (!changed) {
      conditions.push({
        name: 'patch-coverage',
        title: 'Patch coverage',
        level: pc.level,
        status: pc.level === 'off' ? 'skipped' : 'neutral',
        threshold: `≥ ${pc.min}%`,
        detail: 'no base to compare with',
      });
    } else if (patchTotal < pc.minChangedLines) {
      conditions.push({
        name: 'patch-coverage',
        title: 'Patch coverage',
        level: pc.level,
        status: pc.level === 'off' ? 'skipped' : 'neutral',
        value: patchTotal === 0 ? 'n/a' : percent(pct(patchCovered, patchTotal)),
        threshold: `≥ ${pc.min}%`,
        detail: `${patchTotal} coverable changed line${patchTotal === 1 ? '' : 's'}, fewer than min-changed-lines (${pc.minChangedLines})`,
      });
    } else {
      const value = pct(patchCovered, patchTotal) ?? 0;
      conditions.push({
        name: 'patch-coverage',
        title: 'Patch coverage',
        level: pc.level,
        status: decide(pc.level, value >= pc.min),
        value: percent(value),
        threshold: `≥ ${pc.min}%`,
        detail: `${patchCovered} of ${patchTotal} coverable changed lines covered`,
      });
    }
    // Project floor.
    const pj = config.projectCoverage;
    if (pj.min !== undefined) {
      conditions.push({
        name: 'project-coverage',
        title: 'Project coverage',
        level: pj.level,
        status: project.pct === undefined ? 'neutral' : decide(pj.level, project.pct >= pj.min),
        value: percent(project.pct),
        threshold: `≥ ${pj.min}%`,
        base: base ? percent(base.pct) : undefined,
        delta: delta === undefined ? undefined : signed(delta),
        detail: `${covered} of ${total} lines covered`,
      });
    }
    // Delta against the base.
    const cd = config.coverageDelta;
    conditions.push({
      name: 'coverage-delta',
      title: 'Coverage change',
      level: cd.level,
      status: cd.level === 'off' ? 'skipped' : delta === undefined ? 'neutral' : decide(cd.level, delta >= -cd.tolerance),
      value: delta === undefined ? 'n/a' : `${signed(delta)} points`,
      threshold: `≥ -${cd.tolerance} points`,
      base: base ? percent(base.pct) : undefined,
      delta: delta === undefined ? undefined : signed(delta),
      detail: base ? `project ${percent(project.pct)} vs base ${percent(base.pct)}` : baselineNote,
    });
  } else if (missingKinds.includes('coverage')) {
    conditions.push({
      name: 'patch-coverage',
      title: 'Patch coverage',
      level: config.patchCoverage.level,
      status: 'neutral',
      detail: 'no coverage report found',
    });
  }

  // 5. Tests.
  let testsResult: GateResult['tests'];
  if (reports.tests.length > 0 || missingKinds.includes('tests')) {
    const cases = mergeTestCases(reports.tests);
    const count = (status: TestCase['status']) => cases.filter((c) => c.status === status).length;
    testsResult = {
      total: cases.length,
      passed: count('passed'),
      failed: count('failed'),
      skipped: count('skipped'),
      flaky: count('flaky'),
      failures: cases.filter((c) => c.status === 'failed'),
      flakyTests: cases.filter((c) => c.status === 'flaky'),
    };
    baselineOut.tests = { total: testsResult.total, passed: testsResult.passed + testsResult.flaky, failed: testsResult.failed, skipped: testsResult.skipped };
    const t = config.tests;
    const ran = testsResult.total - testsResult.skipped;
    let ok = testsResult.failed === 0 && ran > 0;
    let detail = `${testsResult.passed} passed, ${testsResult.failed} failed, ${testsResult.skipped} skipped${testsResult.flaky ? `, ${testsResult.flaky} flaky` : ''}`;
    if (ran === 0) detail = reports.tests.length === 0 ? 'no test report found' : 'no tests ran';
    if (t.maxSkipped !== undefined && testsResult.skipped > t.maxSkipped) {
      ok = false;
      detail += ` (more than ${t.maxSkipped} skipped)`;
    }
    const neutral = reports.tests.length === 0;
    conditions.push({
      name: 'tests',
      title: 'Tests',
      level: t.level,
      status: t.level === 'off' ? 'skipped' : neutral ? 'neutral' : decide(t.level, ok),
      value: `${testsResult.failed} failed of ${testsResult.total}`,
      threshold: t.maxSkipped === undefined ? '0 failed' : `0 failed, ≤ ${t.maxSkipped} skipped`,
      base: baseline?.tests ? `${baseline.tests.failed} failed of ${baseline.tests.total}` : undefined,
      delta: baseline?.tests ? `${testsResult.total - baseline.tests.total >= 0 ? '+' : ''}${testsResult.total - baseline.tests.total} tests` : undefined,
      detail,
    });
  }

  // 6. Findings.
  let findingsResult: GateResult['findings'];
  if (reports.findings.length > 0 || missingKinds.includes('findings')) {
    const all: GateFinding[] = [];
    const texts = new Map<string, string[] | undefined>();
    const lineText = async (path: string, line: number | undefined): Promise<string | undefined> => {
      if (line === undefined) return undefined;
      if (!texts.has(path)) {
        try {
          texts.set(path, (await readFile(resolve(cwd, path), 'utf8')).split(/\r?\n/));
        } catch {
          texts.set(path, undefined);
        }
      }
      return texts.get(path)?.[line - 1];
    };
    let unmatchedFindings = 0;
    for (const report of reports.findings) {
      const other = (report.revisions ?? []).find((revision) => !head.startsWith(revision.toLowerCase()));
      if (other)
        warnings.push(
          `${report.file} was made for commit ${other.slice(0, 12)}, not the checked-out ${head.slice(0, 12)}: its findings may not match the code`,
        );
      const reportDir = posix.dirname(report.file) === '.' ? '' : posix.dirname(report.file);
      for (const finding of report.findings) {
        const path = finding.file === '' ? undefined : paths.resolve(finding.file, { reportDir });
        if (path === undefined) unmatchedFindings++;
        const text = path ? await lineText(path, finding.line) : undefined;
        const key = finding.fingerprint
          ? `${finding.rule}|${finding.fingerprint}`
          : `${finding.rule}|${path ?? finding.file}|${text !== undefined ? normaliseLine(text) : finding.message}`;
        const onChangedLine = path !== undefined && finding.line !== undefined && (changedSets.get(path)?.has(finding.line) ?? false);
        all.push({ ...finding, path, key, isNew: false, onChangedLine });
      }
    }
    const counts: Record<string, number> = {};
    for (const finding of all) counts[finding.key] = (counts[finding.key] ?? 0) + 1;
    baselineOut.findings = counts;
    const nf = config.newFindings;
    const counted = all.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[nf.severity]);
    const remaining: Record<string, number> = { ...(baseline?.findings ?? {}) };
    let newNote: string;
    if (baseline?.findings) {
      for (const finding of all) {
        const left = remaining[finding.key] ?? 0;
        if (left > 0) remaining[finding.key] = left - 1;
        else finding.isNew = true;
      }
      newNote = `compared with ${baselineCommit?.slice(0, 12) ?? 'the base'}`;
    } else if (changed) {
      for (const finding of all) finding.isNew = finding.onChangedLine;
      newNote = 'no base baseline: findings on changed lines count as new';
    } else {
      newNote = 'no base to compare with';
    }
    const fresh = counted.filter((f) => f.isNew);
    findingsResult = {
      total: all.length,
      new: all.filter((f) => f.isNew),
      onChangedLines: all.filter((f) => f.onChangedLine),
      all,
      unmatched: unmatchedFindings,
    };
    const baseCount = baseline?.findings ? Object.values(baseline.findings).reduce((a, b) => a + b, 0) : undefined;
    conditions.push({
      name: 'new-findings',
      title: `New findings (${nf.severity === 'note' ? 'all' : `${nf.severity} and above`})`,
      level: nf.level,
      status:
        nf.level === 'off'
          ? 'skipped'
          : !changed && !baseline?.findings
            ? 'neutral'
            : reports.findings.length === 0
              ? 'neutral'
              : decide(nf.level, fresh.length === 0),
      value: String(fresh.length),
      threshold: '0',
      base: baseCount === undefined ? undefined : `${baseCount} total`,
      delta: baseCount === undefined ? undefined : `${all.length - baseCount >= 0 ? '+' : ''}${all.length - baseCount}`,
      detail: `${all.length} finding${all.length === 1 ? '' : 's'} in all; ${newNote}`,
    });
    const cl = config.changedLineFindings;
    if (changed) {
      const onLines = all.filter((f) => f.onChangedLine && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[cl.severity]);
      conditions.push({
        name: 'changed-line-findings',
        title: `Findings on changed lines (${cl.severity === 'note' ? 'all' : `${cl.severity} and above`})`,
        level: cl.level,
        status: decide(cl.level, onLines.length === 0),
        value: String(onLines.length),
        threshold: '0',
      });
    }
  }

  // 7. Custom metrics.
  for (const metric of reports.metrics) baselineOut.metrics![metric.name] = metric.value;
  for (const threshold of config.metrics.thresholds) {
    const metric = reports.metrics.findLast((m) => m.name === threshold.name);
    const baseValue = baseline?.metrics?.[threshold.name];
    conditions.push({
      name: `metric:${threshold.name}`,
      title: threshold.name,
      level: config.metrics.level,
      status:
        config.metrics.level === 'off' ? 'skipped' : metric === undefined ? 'neutral' : decide(config.metrics.level, compareMetric(metric.value, threshold)),
      value: metric === undefined ? 'not reported' : `${metric.value}${metric.unit ? ` ${metric.unit}` : ''}`,
      threshold: `${threshold.operator} ${threshold.value}`,
      base: baseValue === undefined ? undefined : String(baseValue),
      delta:
        baseValue === undefined || metric === undefined
          ? undefined
          : `${metric.value - baseValue >= 0 ? '+' : ''}${Math.round((metric.value - baseValue) * 1000) / 1000}`,
      detail: metric === undefined ? 'no metric file reported this name' : undefined,
    });
  }

  const passed = !conditions.some((c) => c.status === 'failed');
  let changedLineCount = 0;
  for (const lines of changed?.values() ?? []) changedLineCount += lines.length;
  return {
    passed,
    informational: input.informational ?? false,
    head,
    conditions,
    reports: reports.files,
    coverage: coverageResult,
    tests: testsResult,
    findings: findingsResult,
    metrics: reports.metrics,
    base: { mergeBase, baselineCommit, baselineNote, deepened },
    diff: changed ? { files: changed.size, lines: changedLineCount } : undefined,
    warnings,
    baseline: baselineOut,
  };
}

/**
 * Covered and coverable changed lines of one file, and the uncovered changed ranges. A range
 * runs across changed lines that are not coverable (blank lines, braces) but stops at covered ones.
 */
function patchOf(lines: LineHits, changed: ReadonlySet<number>): Totals & { uncovered: [number, number][] } {
  let covered = 0;
  let total = 0;
  const uncovered: [number, number][] = [];
  let open: [number, number] | undefined;
  let previous = -1;
  for (const line of [...changed].sort((a, b) => a - b)) {
    if (line !== previous + 1) open = undefined;
    previous = line;
    const hits = lines.get(line);
    if (hits === undefined) continue;
    total++;
    if (hits > 0) {
      covered++;
      open = undefined;
    } else if (open) open[1] = line;
    else {
      open = [line, line];
      uncovered.push(open);
    }
  }
  return { covered, total, pct: pct(covered, total), uncovered };
}
