// JUnit XML in the dialects test runners write: Jest (jest-junit), Vitest, pytest, Maven
// Surefire (with flakyFailure/rerunFailure) and gotestsum (repeated test cases on --rerun-fails).
import { streamXml } from '../xml.ts';
import type { ReportFormat } from './format.ts';

export type TestStatus = 'passed' | 'failed' | 'skipped' | 'flaky';

export interface TestCase {
  suite: string;
  name: string;
  status: TestStatus;
  /** First line of the failure message, for failed and flaky tests. */
  message?: string;
  file?: string;
  line?: number;
  /** How many times the case ran (retries included). */
  attempts: number;
}

export interface TestReport {
  file: string;
  cases: TestCase[];
}

export async function parseJunit(file: string, label: string): Promise<TestReport> {
  const cases: TestCase[] = [];
  const suites: string[] = [];
  let current: TestCase | undefined;
  let failureElement: string | undefined;
  let failureText = '';
  await streamXml(file, label, {
    open(name, attributes) {
      if (name === 'testsuite') suites.push(attributes.name ?? '');
      else if (name === 'testcase') {
        current = {
          suite: attributes.classname ?? suites.at(-1) ?? '',
          name: attributes.name ?? '',
          status: 'passed',
          attempts: 1,
          file: attributes.file,
          line: attributes.line === undefined ? undefined : Number(attributes.line),
        };
      } else if (current) {
        switch (name) {
          case 'failure':
          case 'error':
            current.status = 'failed';
            failureElement = name;
            failureText = '';
            current.message ??= attributes.message;
            break;
          case 'rerunFailure':
          case 'rerunError':
            current.attempts++;
            break;
          case 'flakyFailure':
          case 'flakyError':
            if (current.status === 'passed') current.status = 'flaky';
            current.attempts++;
            current.message ??= attributes.message;
            failureElement = name;
            failureText = '';
            break;
          case 'skipped':
            if (current.status === 'passed') current.status = 'skipped';
            break;
        }
      }
    },
    close(name) {
      if (name === 'testsuite') suites.pop();
      else if (name === 'testcase' && current) {
        cases.push(current);
        current = undefined;
      } else if (name === failureElement && current) {
        failureElement = undefined;
        const firstLine = failureText.trim().split('\n')[0]?.trim();
        if (!current.message && firstLine) current.message = firstLine.slice(0, 300);
      }
    },
    text(text) {
      if (failureElement && failureText.length < 2000) failureText += text;
    },
  });
  return { file: label, cases };
}

/**
 * Folds repeated runs of one test (retries, reruns, shards reporting the same case) into one
 * result: failed then passed is flaky; failed every time is a failure.
 */
export function mergeTestCases(reports: readonly TestReport[]): TestCase[] {
  const byKey = new Map<string, TestCase>();
  for (const report of reports) {
    for (const test of report.cases) {
      const key = `${test.suite}\u0000${test.name}`;
      const seen = byKey.get(key);
      if (!seen) {
        byKey.set(key, { ...test });
        continue;
      }
      seen.attempts += test.attempts;
      const statuses = new Set([seen.status, test.status]);
      const passedOnce = statuses.has('passed') || statuses.has('flaky');
      const failedOnce = statuses.has('failed') || statuses.has('flaky');
      if (passedOnce && failedOnce) seen.status = 'flaky';
      else if (statuses.has('failed')) seen.status = 'failed';
      else if (statuses.has('passed')) seen.status = 'passed';
      seen.message ??= test.message;
    }
  }
  return [...byKey.values()];
}

export const JUNIT: ReportFormat<'tests'> = {
  name: 'junit',
  title: 'JUnit XML',
  kind: 'tests',
  recognise: { content: 'xml', test: (root) => root.name === 'testsuites' || root.name === 'testsuite' || root.name === 'testrun' },
  read: ({ path, label }) => parseJunit(path, label),
};
