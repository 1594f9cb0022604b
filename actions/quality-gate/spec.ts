import { defineAction, input, parseInteger, parseList } from '@devops-actions/toolkit/runner';
import { parsePercent, parseMetricThreshold, type MetricThreshold } from '@devops-actions/quality/thresholds';

const LEVELS = ['error', 'warning', 'off'] as const;
export type Level = (typeof LEVELS)[number];

function level(description: string, fallback: Level) {
  return input.enum(LEVELS, { description: `${description} One of error, warning, off.`, default: fallback });
}

function percent(description: string, options: { default?: string; optional?: boolean }) {
  const read = (name: string, raw: string): number | undefined => (raw === '' && options.optional ? undefined : parsePercent(name, raw));
  return { kind: 'percent', description, required: false, default: options.default, read };
}

export const spec = defineAction({
  name: 'quality-gate',
  description: 'One verdict on coverage, tests and findings for what the pull request changes, computed locally against the real merge base.',
  inputs: {
    coverage: input.globs({
      description:
        'Coverage reports, one glob per line (LCOV, Cobertura, Clover, JaCoCo, Istanbul JSON, Go coverprofile; recognised by content, several merged). `!pattern` excludes.',
    }),
    tests: input.globs({ description: 'Test reports (JUnit XML: Jest, Vitest, pytest, Maven Surefire, gotestsum), one glob per line.' }),
    findings: input.globs({ description: 'Findings (SARIF 2.1.0, ESLint JSON, checkstyle XML), one glob per line.' }),
    metrics: input.globs({ description: 'Custom metric files: JSON `{"name": "bundle-size", "value": 231337}` or an array of them, one glob per line.' }),
    'dependency-cache': input.boolean({
      description:
        'Around the run commands, restore and save the package manager download cache (npm, pnpm, yarn, Go, pip, Cargo, Maven, Gradle), keyed on the lockfile, through the Actions cache.',
      default: 'true',
    }),
    run: input.string({
      description:
        'Commands to run first (lint, typecheck, tests with coverage), one per line; each runs in bash, is timed and shown as a step in the summary. A failing command fails the gate after the reports are read.',
    }),
    'patch-coverage': percent('Minimum coverage of the coverable lines the pull request changes, written with a % sign.', { default: '80%' }),
    'patch-coverage-level': level('What a patch coverage below the minimum does.', 'error'),
    'min-changed-lines': input.integer({ description: 'Below this many coverable changed lines, patch coverage is neutral.', default: '5', min: 0 }),
    'project-coverage': percent('Optional floor for the coverage of the whole project, e.g. 70%.', { optional: true }),
    'project-coverage-level': level('What a project coverage below the floor does.', 'error'),
    'coverage-delta-tolerance': percent('How many percentage points the project coverage may drop against the base baseline, e.g. 0.5%.', { default: '0.5%' }),
    'coverage-delta-level': level('What a larger drop does.', 'warning'),
    'tests-level': level('What failed tests, or no tests at all, do.', 'error'),
    'max-skipped': {
      kind: 'integer',
      description: 'Optional: at most this many skipped tests.',
      required: false,
      default: undefined,
      read: (name: string, raw: string): number | undefined => (raw === '' ? undefined : parseInteger(name, raw, { min: 0 })),
    },
    'new-findings-level': level('What findings absent from the base baseline do (existing ones never block).', 'error'),
    'findings-severity': input.enum(['error', 'warning', 'note'] as const, {
      description: 'The lowest severity counted as a new finding: error, warning or note.',
      default: 'warning',
    }),
    'changed-line-findings-level': level('What findings of severity error on changed lines (new or not) do.', 'warning'),
    'metric-thresholds': {
      kind: 'list',
      description: 'Thresholds for custom metrics, one per line: `<name> <op> <number>` with <, <=, >, >= or ==, e.g. `bundle-size <= 250000`.',
      required: false,
      default: undefined,
      read: (name: string, raw: string): MetricThreshold[] => parseList(raw.replace(/,/g, '\n')).map((line) => parseMetricThreshold(name, line)),
    },
    'metrics-level': level('What a metric outside its threshold does.', 'error'),
    informational: input.boolean({ description: 'Trial mode: report every condition but never fail the step.', default: 'false' }),
    'if-no-reports': input.enum(['error', 'neutral'] as const, {
      description: 'When a pattern matches no file: error (fail the step) or neutral (say so and skip the conditions it feeds).',
      default: 'error',
    }),
    'strip-prefixes': input.list({
      description: 'Path prefixes to remove from report paths before matching them to files (e.g. /app/ from a container build), one per line.',
    }),
    'base-ref': input.optional({ description: "The base to compare with. Default: the pull request's base commit; on other events there is no base." }),
    baseline: input.enum(['cache', 'off'] as const, { description: 'Where base baselines live: cache (the Actions cache) or off.', default: 'cache' }),
    'baseline-artifact': input.boolean({
      description:
        'With baseline: cache, also keep each baseline as a workflow artifact (90 days) and look there when the cache has none; finding them needs actions: read.',
      default: 'true',
    }),
    'baseline-dir': input.optional({
      description: 'Keep baselines in this directory instead of the Actions cache (self-hosted runners with a persistent disk).',
    }),
    'save-baseline': input.enum(['auto', 'always', 'never'] as const, {
      description: "When to save this commit's baseline: auto (pushes to the default branch), always or never.",
      default: 'auto',
    }),
    'max-baseline-walk': input.integer({
      description: 'When the merge base has no baseline, how many first-parent commits before it may stand in.',
      default: '20',
      min: 0,
      max: 500,
    }),
    comment: input.boolean({ description: 'Post or update one sticky comment on the pull request.', default: 'true' }),
    annotations: input.boolean({
      description: 'Annotate changed lines that are uncovered or have new findings, and failed (and flaky) tests, on their line where the report gives it.',
      default: 'true',
    }),
    'report-path': input.optional({ description: 'Where to write the JSON report. Default: quality-gate-report.json in RUNNER_TEMP.' }),
    'upload-report': input.enum(['auto', 'always', 'never'] as const, {
      description:
        "Upload the JSON report as a workflow artifact: auto (when the pull request comment cannot be posted, as on a fork's pull request, for the companion workflow to post it), always or never.",
      default: 'auto',
    }),
    'report-artifact': input.string({
      description: 'Name of the report artifact (the companion workflow downloads it by this name).',
      default: 'quality-gate-report',
    }),
    'github-token': input.string({ description: 'Token for the pull request comment.', default: '${{ github.token }}', secret: true }),
  },
  outputs: {
    passed: '`true` when every condition at level error passed (also in informational mode, where the step never fails).',
    'patch-coverage': 'Coverage of the changed coverable lines in percent (e.g. `83.33`), empty when there is no base or coverage.',
    'project-coverage': 'Coverage of the whole project in percent, empty without coverage reports.',
    'coverage-delta': 'Project coverage minus the base baseline, in percentage points (e.g. `-0.42`), empty without a baseline.',
    'tests-failed': 'How many tests failed (flaky ones that passed on retry excluded).',
    'new-findings': 'How many findings are new against the base.',
    'report-file': 'Path of the JSON report (the CLI shape plus details).',
    'report-artifact-id': 'ID of the uploaded report artifact, empty when none was uploaded.',
  },
});
