// The quality gate: reads the reports, maps them onto the checkout and the pull request's
// changed lines, compares with the base baseline and decides every condition.
import { readFile } from 'node:fs/promises';
import { posix, resolve } from 'node:path';
import { changedLines, git, type Env, type Repo } from '@devops-actions/git';
import { BASELINE_VERSION, findBaseline, type Baseline, type BaselineStore } from './baseline.ts';
import { pct, totalsOf, type CoverageReport, type FileCoverage, LineHits } from './coverage.ts';
import { findMergeBase, formatRanges, toRanges } from './diff.ts';
import { ReportError } from './errors.ts';
import type { Finding, FindingsReport, Severity } from './parsers/findings.ts';
import { mergeTestCases, type TestCase, type TestReport } from './parsers/junit.ts';
import { createPathResolver, type PathResolver } from './paths.ts';
import type { ReportKind } from './parsers/format.ts';
import type { Metric } from './parsers/metrics.ts';
import { expandGlobs, readReports, type ParsedReports } from './reports.ts';
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
  /** The environment git runs with (the command line's); this process's when absent. */
  env?: Env;
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

export interface CoverageSummary {
  project: Totals;
  patch?: Totals;
  base?: Totals;
  delta?: number;
  files: FileResult[];
  unmatched: { count: number; examples: string[] };
}

export interface TestSummary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  flaky: number;
  failures: TestCase[];
  flakyTests: TestCase[];
}

export interface FindingsSummary {
  total: number;
  new: GateFinding[];
  onChangedLines: GateFinding[];
  all: GateFinding[];
  unmatched: number;
}

export interface GateResult {
  passed: boolean;
  informational: boolean;
  head: string;
  conditions: Condition[];
  reports: { file: string; format: string }[];
  coverage?: CoverageSummary;
  tests?: TestSummary;
  findings?: FindingsSummary;
  metrics: Metric[];
  base: { mergeBase?: string; baselineCommit?: string; baselineNote: string; deepened: number };
  diff?: { files: number; lines: number };
  warnings: string[];
  /** This commit's figures, to save as the baseline on the default branch. */
  baseline: Baseline;
}

export async function runGate(input: GateInput): Promise<GateResult> {
  const cwd = resolve(input.cwd);
  const repo: Repo = { cwd, env: input.env };
  const log = input.log ?? (() => undefined);
  const config: GateConfig = { ...DEFAULT_CONFIG, ...input.config };
  const warnings: string[] = [];
  const head = (await git(repo, ['rev-parse', 'HEAD'])).trim();

  const { reports, missingKinds } = await readGateReports(cwd, input, warnings, log);
  const paths = await createPathResolver({ cwd, env: input.env, stripPrefixes: input.stripPrefixes });
  const diff = await diffAgainstBase(repo, input.base, log);
  const base = await lookUpBaseline(repo, input, diff.mergeBase, log);
  const coverage = reports.coverage.length > 0 ? summariseCoverage(mergeCoverage(reports.coverage, paths, warnings), diff, base.baseline) : undefined;
  const tests = reports.tests.length > 0 || missingKinds.includes('tests') ? summariseTests(reports.tests) : undefined;
  const findings =
    reports.findings.length > 0 || missingKinds.includes('findings')
      ? await classifyFindings({ cwd, head, paths, diff, base, warnings }, reports.findings)
      : undefined;

  const evidence: Evidence = { config, reports, missingKinds, diff, base, coverage: coverage?.summary, tests, findings };
  const conditions = CONDITIONS.flatMap((evaluate) => evaluate(evidence));
  return {
    passed: !conditions.some((c) => c.status === 'failed'),
    informational: input.informational ?? false,
    head,
    conditions,
    reports: reports.files,
    coverage: coverage?.summary,
    tests,
    findings: findings?.summary,
    metrics: reports.metrics,
    base: { mergeBase: diff.mergeBase, baselineCommit: base.commit, baselineNote: base.note, deepened: diff.deepened },
    diff: diff.changed ? { files: diff.changed.size, lines: [...diff.changed.values()].reduce((sum, lines) => sum + lines.length, 0) } : undefined,
    warnings,
    baseline: baselineOf(head, coverage?.baseline, tests, findings?.summary.all, reports.metrics),
  };
}

// Phase 1: the reports the patterns name, each recognised by content.

async function readGateReports(
  cwd: string,
  input: GateInput,
  warnings: string[],
  log: (message: string) => void,
): Promise<{ reports: ParsedReports; missingKinds: ReportKind[] }> {
  const ifNoReports = input.ifNoReports ?? 'error';
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
  return { reports: await readReports(cwd, wanted), missingKinds };
}

// Phase 2: the diff against the merge base, when there is a base.

interface BaseDiff {
  mergeBase?: string;
  /** How many times a shallow clone was deepened to find the merge base. */
  deepened: number;
  /** Changed line numbers per file; undefined without a base. */
  changed?: Map<string, number[]>;
  changedSets: Map<string, Set<number>>;
}

async function diffAgainstBase(repo: Repo, base: GateInput['base'], log: (message: string) => void): Promise<BaseDiff> {
  if (!base?.sha && !base?.ref) return { deepened: 0, changedSets: new Map() };
  const found = await findMergeBase(repo, base.sha ?? base.ref ?? '', base.branch, { log });
  const changed = await changedLines(repo, found.sha, 'HEAD');
  log(`Merge base ${found.sha}: ${changed.size} changed file${changed.size === 1 ? '' : 's'}`);
  return {
    mergeBase: found.sha,
    deepened: found.deepened,
    changed,
    changedSets: new Map([...changed].map(([file, lines]) => [file, new Set(lines)])),
  };
}

// Phase 3: the base's figures.

interface BaseFigures {
  baseline?: Baseline;
  /** The commit whose baseline was used. */
  commit?: string;
  note: string;
}

async function lookUpBaseline(repo: Repo, input: GateInput, mergeBase: string | undefined, log: (message: string) => void): Promise<BaseFigures> {
  if (!mergeBase) return { note: 'no base: not a pull request' };
  if (!input.baselineStore) return { note: 'no baseline store configured; base comparisons are skipped' };
  const lookup = await findBaseline(input.baselineStore, repo, mergeBase, input.maxBaselineWalk ?? 20);
  log(`Baseline: ${lookup.note}`);
  return { baseline: lookup.baseline, commit: lookup.commit, note: lookup.note };
}

// Phase 4: coverage, merged per checkout file across reports, then summed up.

function mergeCoverage(
  reports: readonly CoverageReport[],
  paths: PathResolver,
  warnings: string[],
): { merged: Map<string, FileCoverage>; unmatched: Set<string> } {
  const merged = new Map<string, FileCoverage>();
  const unmatched = new Set<string>();
  for (const report of reports) {
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
  return { merged, unmatched };
}

function summariseCoverage(
  { merged, unmatched }: { merged: Map<string, FileCoverage>; unmatched: Set<string> },
  diff: BaseDiff,
  baseline: Baseline | undefined,
): { summary: CoverageSummary; baseline: NonNullable<Baseline['coverage']> } {
  const files: FileResult[] = [];
  const project = { covered: 0, total: 0 };
  const patch = { covered: 0, total: 0 };
  const baselineFiles: NonNullable<Baseline['coverage']>['files'] = {};
  for (const [file, entry] of [...merged].sort(([a], [b]) => a.localeCompare(b))) {
    const totals = totalsOf(entry);
    project.covered += totals.covered;
    project.total += totals.total;
    const result: FileResult = { file, ...totals, pct: pct(totals.covered, totals.total) };
    const hit: number[] = [];
    const missed: number[] = [];
    entry.lines?.forEach((line, hits) => (hits > 0 ? hit : missed).push(line));
    baselineFiles[file] = entry.lines ? { ...totals, hit: formatRanges(toRanges(hit)), missed: formatRanges(toRanges(missed)) } : totals;
    const lines = diff.changedSets.get(file);
    if (lines && entry.lines) {
      const filePatch = patchOf(entry.lines, lines);
      if (filePatch.total > 0) {
        result.patch = filePatch;
        patch.covered += filePatch.covered;
        patch.total += filePatch.total;
      }
    }
    files.push(result);
  }
  const projectTotals: Totals = { ...project, pct: pct(project.covered, project.total) };
  const base = baseline?.coverage
    ? { covered: baseline.coverage.covered, total: baseline.coverage.total, pct: pct(baseline.coverage.covered, baseline.coverage.total) }
    : undefined;
  const delta = projectTotals.pct !== undefined && base?.pct !== undefined ? Math.round((projectTotals.pct - base.pct) * 100) / 100 : undefined;
  return {
    summary: {
      project: projectTotals,
      base,
      delta,
      files,
      unmatched: { count: unmatched.size, examples: [...unmatched].slice(0, 20) },
      patch: diff.changed ? { ...patch, pct: pct(patch.covered, patch.total) } : undefined,
    },
    baseline: { ...project, files: baselineFiles },
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

// Phase 5: tests, merged across reports (a retried test counts once).

function summariseTests(reports: readonly TestReport[]): TestSummary {
  const cases = mergeTestCases([...reports]);
  const count = (status: TestCase['status']) => cases.filter((c) => c.status === status).length;
  return {
    total: cases.length,
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    flaky: count('flaky'),
    failures: cases.filter((c) => c.status === 'failed'),
    flakyTests: cases.filter((c) => c.status === 'flaky'),
  };
}

// Phase 6: findings, keyed so that a finding that only moved is still recognised, and marked new.

interface ClassifiedFindings {
  summary: FindingsSummary;
  /** What "new" was measured against, for the condition's detail. */
  note: string;
}

async function classifyFindings(
  context: { cwd: string; head: string; paths: PathResolver; diff: BaseDiff; base: BaseFigures; warnings: string[] },
  reports: readonly FindingsReport[],
): Promise<ClassifiedFindings> {
  const { cwd, head, paths, diff, base, warnings } = context;
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
  let unmatched = 0;
  for (const report of reports) {
    const other = (report.revisions ?? []).find((revision) => !head.startsWith(revision.toLowerCase()));
    if (other)
      warnings.push(`${report.file} was made for commit ${other.slice(0, 12)}, not the checked-out ${head.slice(0, 12)}: its findings may not match the code`);
    const reportDir = posix.dirname(report.file) === '.' ? '' : posix.dirname(report.file);
    for (const finding of report.findings) {
      const path = finding.file === '' ? undefined : paths.resolve(finding.file, { reportDir });
      if (path === undefined) unmatched++;
      const text = path ? await lineText(path, finding.line) : undefined;
      const key = finding.fingerprint
        ? `${finding.rule}|${finding.fingerprint}`
        : `${finding.rule}|${path ?? finding.file}|${text !== undefined ? normaliseLine(text) : finding.message}`;
      const onChangedLine = path !== undefined && finding.line !== undefined && (diff.changedSets.get(path)?.has(finding.line) ?? false);
      all.push({ ...finding, path, key, isNew: false, onChangedLine });
    }
  }
  const note = markNew(all, diff, base);
  return {
    summary: { total: all.length, new: all.filter((f) => f.isNew), onChangedLines: all.filter((f) => f.onChangedLine), all, unmatched },
    note,
  };
}

/** New: beyond the base baseline's count of the same key; without a baseline, on a changed line. Returns what it compared with. */
function markNew(all: GateFinding[], diff: BaseDiff, base: BaseFigures): string {
  if (base.baseline?.findings) {
    const remaining: Record<string, number> = { ...base.baseline.findings };
    for (const finding of all) {
      const left = remaining[finding.key] ?? 0;
      if (left > 0) remaining[finding.key] = left - 1;
      else finding.isNew = true;
    }
    return `compared with ${base.commit?.slice(0, 12) ?? 'the base'}`;
  }
  if (diff.changed) {
    for (const finding of all) finding.isNew = finding.onChangedLine;
    return 'no base baseline: findings on changed lines count as new';
  }
  return 'no base to compare with';
}

function normaliseLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

// Phase 7: this commit's figures, for pull requests to compare with.

function baselineOf(
  head: string,
  coverage: Baseline['coverage'],
  tests: TestSummary | undefined,
  findings: readonly GateFinding[] | undefined,
  metrics: readonly Metric[],
): Baseline {
  const baseline: Baseline = { version: BASELINE_VERSION, commit: head, createdAt: new Date().toISOString(), metrics: {} };
  if (coverage) baseline.coverage = coverage;
  if (tests) baseline.tests = { total: tests.total, passed: tests.passed + tests.flaky, failed: tests.failed, skipped: tests.skipped };
  if (findings) {
    const counts: Record<string, number> = {};
    for (const finding of findings) counts[finding.key] = (counts[finding.key] ?? 0) + 1;
    baseline.findings = counts;
  }
  for (const metric of metrics) baseline.metrics![metric.name] = metric.value;
  return baseline;
}

// The conditions: one evaluator each, judging the evidence the phases gathered.

interface Evidence {
  config: GateConfig;
  reports: ParsedReports;
  /** Kinds whose patterns matched no file (with if-no-reports: neutral). */
  missingKinds: readonly ReportKind[];
  diff: BaseDiff;
  base: BaseFigures;
  coverage?: CoverageSummary;
  tests?: TestSummary;
  findings?: ClassifiedFindings;
}

/** Returns the condition's rows: none when it does not apply, several for one per metric threshold. */
type ConditionEvaluator = (evidence: Evidence) => Condition[];

/** Every condition of the gate, in the order the report lists them. */
const CONDITIONS: readonly ConditionEvaluator[] = [
  patchCoverage,
  projectCoverage,
  coverageDelta,
  testsPass,
  newFindings,
  changedLineFindings,
  metricThresholds,
];

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

function severityTitle(what: string, severity: Severity): string {
  return `${what} (${severity === 'note' ? 'all' : `${severity} and above`})`;
}

function patchCoverage({ config, coverage, missingKinds }: Evidence): Condition[] {
  const { level, min, minChangedLines } = config.patchCoverage;
  const row = { name: 'patch-coverage', title: 'Patch coverage', level };
  if (!coverage) return missingKinds.includes('coverage') ? [{ ...row, status: 'neutral', detail: 'no coverage report found' }] : [];
  const threshold = `≥ ${min}%`;
  const quiet: ConditionStatus = level === 'off' ? 'skipped' : 'neutral';
  if (!coverage.patch) return [{ ...row, status: quiet, threshold, detail: 'no base to compare with' }];
  const { covered, total } = coverage.patch;
  if (total < minChangedLines) {
    return [
      {
        ...row,
        status: quiet,
        value: total === 0 ? 'n/a' : percent(pct(covered, total)),
        threshold,
        detail: `${total} coverable changed line${total === 1 ? '' : 's'}, fewer than min-changed-lines (${minChangedLines})`,
      },
    ];
  }
  const value = pct(covered, total) ?? 0;
  return [{ ...row, status: decide(level, value >= min), value: percent(value), threshold, detail: `${covered} of ${total} coverable changed lines covered` }];
}

function projectCoverage({ config, coverage }: Evidence): Condition[] {
  const { level, min } = config.projectCoverage;
  if (!coverage || min === undefined) return [];
  const { project, base, delta } = coverage;
  return [
    {
      name: 'project-coverage',
      title: 'Project coverage',
      level,
      status: project.pct === undefined ? 'neutral' : decide(level, project.pct >= min),
      value: percent(project.pct),
      threshold: `≥ ${min}%`,
      base: base ? percent(base.pct) : undefined,
      delta: delta === undefined ? undefined : signed(delta),
      detail: `${project.covered} of ${project.total} lines covered`,
    },
  ];
}

function coverageDelta({ config, coverage, base: figures }: Evidence): Condition[] {
  const { level, tolerance } = config.coverageDelta;
  if (!coverage) return [];
  const { project, base, delta } = coverage;
  return [
    {
      name: 'coverage-delta',
      title: 'Coverage change',
      level,
      status: level === 'off' ? 'skipped' : delta === undefined ? 'neutral' : decide(level, delta >= -tolerance),
      value: delta === undefined ? 'n/a' : `${signed(delta)} points`,
      threshold: `≥ -${tolerance} points`,
      base: base ? percent(base.pct) : undefined,
      delta: delta === undefined ? undefined : signed(delta),
      detail: base ? `project ${percent(project.pct)} vs base ${percent(base.pct)}` : figures.note,
    },
  ];
}

function testsPass({ config, tests, reports, base }: Evidence): Condition[] {
  if (!tests) return [];
  const { level, maxSkipped } = config.tests;
  const noReport = reports.tests.length === 0;
  const ran = tests.total - tests.skipped;
  let ok = tests.failed === 0 && ran > 0;
  let detail = `${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped${tests.flaky ? `, ${tests.flaky} flaky` : ''}`;
  if (ran === 0) detail = noReport ? 'no test report found' : 'no tests ran';
  if (maxSkipped !== undefined && tests.skipped > maxSkipped) {
    ok = false;
    detail += ` (more than ${maxSkipped} skipped)`;
  }
  const before = base.baseline?.tests;
  return [
    {
      name: 'tests',
      title: 'Tests',
      level,
      status: level === 'off' ? 'skipped' : noReport ? 'neutral' : decide(level, ok),
      value: `${tests.failed} failed of ${tests.total}`,
      threshold: maxSkipped === undefined ? '0 failed' : `0 failed, ≤ ${maxSkipped} skipped`,
      base: before ? `${before.failed} failed of ${before.total}` : undefined,
      delta: before ? `${tests.total - before.total >= 0 ? '+' : ''}${tests.total - before.total} tests` : undefined,
      detail,
    },
  ];
}

function newFindings({ config, findings, reports, diff, base }: Evidence): Condition[] {
  if (!findings) return [];
  const { level, severity } = config.newFindings;
  const { all } = findings.summary;
  const fresh = all.filter((f) => f.isNew && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[severity]);
  const before = base.baseline?.findings;
  const baseCount = before ? Object.values(before).reduce((a, b) => a + b, 0) : undefined;
  const comparable = diff.changed !== undefined || before !== undefined;
  return [
    {
      name: 'new-findings',
      title: severityTitle('New findings', severity),
      level,
      status: level === 'off' ? 'skipped' : !comparable || reports.findings.length === 0 ? 'neutral' : decide(level, fresh.length === 0),
      value: String(fresh.length),
      threshold: '0',
      base: baseCount === undefined ? undefined : `${baseCount} total`,
      delta: baseCount === undefined ? undefined : `${all.length - baseCount >= 0 ? '+' : ''}${all.length - baseCount}`,
      detail: `${all.length} finding${all.length === 1 ? '' : 's'} in all; ${findings.note}`,
    },
  ];
}

function changedLineFindings({ config, findings, diff }: Evidence): Condition[] {
  if (!findings || !diff.changed) return [];
  const { level, severity } = config.changedLineFindings;
  const onLines = findings.summary.all.filter((f) => f.onChangedLine && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[severity]);
  return [
    {
      name: 'changed-line-findings',
      title: severityTitle('Findings on changed lines', severity),
      level,
      status: decide(level, onLines.length === 0),
      value: String(onLines.length),
      threshold: '0',
    },
  ];
}

function metricThresholds({ config, reports, base }: Evidence): Condition[] {
  const { level, thresholds } = config.metrics;
  return thresholds.map((threshold) => {
    const metric = reports.metrics.findLast((m) => m.name === threshold.name);
    const baseValue = base.baseline?.metrics?.[threshold.name];
    return {
      name: `metric:${threshold.name}`,
      title: threshold.name,
      level,
      status: level === 'off' ? 'skipped' : metric === undefined ? 'neutral' : decide(level, compareMetric(metric.value, threshold)),
      value: metric === undefined ? 'not reported' : `${metric.value}${metric.unit ? ` ${metric.unit}` : ''}`,
      threshold: `${threshold.operator} ${threshold.value}`,
      base: baseValue === undefined ? undefined : String(baseValue),
      delta:
        baseValue === undefined || metric === undefined
          ? undefined
          : `${metric.value - baseValue >= 0 ? '+' : ''}${Math.round((metric.value - baseValue) * 1000) / 1000}`,
      detail: metric === undefined ? 'no metric file reported this name' : undefined,
    };
  });
}
