// The quality-gate bundle, run as the runner runs it, on a real repository with real reports
// from Vitest and ESLint, against the fake GitHub API.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubFake, type GitHubFake } from '../harness/github-fake/index.ts';
import { pullRequestEvent, pushEvent, ZERO_SHA } from '../harness/events.ts';
import { startActionsResultsFake } from '../harness/actions-results.ts';
import { runAction, type RunOptions } from '../harness/run-action.ts';
import type { GitRepo } from '../harness/git.ts';
import { createSampleRepo, produceReports } from './sample.ts';

const REPO = { owner: 'acme', name: 'shop' };
const INPUTS = { coverage: 'coverage/lcov.info', tests: 'reports/junit.xml', findings: 'reports/eslint.json' };

let github: GitHubFake;
let repo: GitRepo;
let baselineDir: string;
let token: string;
let mainSha: string;

function prRun(number: number, branch: string, options: { fork?: boolean; base?: string } = {}): RunOptions {
  return {
    workspace: repo.dir,
    github,
    token,
    eventName: 'pull_request',
    event: pullRequestEvent({
      repo: REPO,
      number,
      base: { ref: 'main', sha: options.base ?? mainSha },
      head: { ref: branch, sha: repo.sha('HEAD'), fork: options.fork },
    }),
    inputs: { ...INPUTS, 'baseline-dir': baselineDir },
  };
}

function comments(number: number) {
  return github.state.commentsOn('acme/shop', number);
}

beforeAll(async () => {
  github = await startGitHubFake();
  token = `ghs_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  baselineDir = mkdtempSync(join(tmpdir(), 'quality-baselines-'));
  repo = createSampleRepo();
  mainSha = repo.sha('HEAD');
  // The push to main: reports of main, and its baseline saved.
  expect(produceReports(repo)).toBe(0);
  const push = await runAction('quality-gate', {
    workspace: repo.dir,
    github,
    token,
    eventName: 'push',
    event: pushEvent({ repo: REPO, ref: 'refs/heads/main', before: ZERO_SHA, after: mainSha }),
    inputs: { ...INPUTS, 'baseline-dir': baselineDir },
  });
  expect(push.exitCode, push.stdout).toBe(0);
  expect(push.summary).toContain(`Saved the baseline of \`${mainSha.slice(0, 12)}\``);
  expect(existsSync(join(baselineDir, `quality-gate-baseline-${mainSha}.json`))).toBe(true);
}, 120_000);

afterAll(async () => {
  await github.close();
  repo.cleanup();
});

describe('quality-gate on pull requests of a real project', () => {
  it('fails patch coverage for untested code, lists the uncovered ranges, names the baseline, and updates the same comment on a re-run', async () => {
    repo.checkout('main');
    repo.checkout('feature/shipping', true);
    const cart = readFileSync(join(repo.dir, 'src/cart.js'), 'utf8');
    repo.commit('feat: shipping costs', {
      files: {
        'src/cart.js': `${cart}
export function shipping(items, country) {
  const weight = items.reduce((sum, item) => sum + (item.weight ?? 0) * item.quantity, 0);
  if (country === 'DE') {
    return weight > 1000 ? 0 : 490;
  }
  const base = weight > 1000 ? 1500 : 990;
  return base + Math.ceil(weight / 500) * 100;
}
`,
      },
    });
    expect(produceReports(repo)).toBe(0);
    const first = await runAction('quality-gate', prRun(7, 'feature/shipping'));
    expect(first.exitCode).toBe(1);
    expect(first.outputs.passed).toBe('false');
    expect(first.outputs['patch-coverage']).toBe('0');
    expect(first.outputs['tests-failed']).toBe('0');
    expect(first.annotations.find((a) => a.level === 'error' && !a.file)?.message).toMatch(/^Quality gate failed: Patch coverage: 0\.00% \(needs ≥ 80%\)/);
    // Annotations only on the changed lines of cart.js.
    const uncovered = first.annotations.filter((a) => a.title === 'Not covered by tests');
    expect(uncovered.length).toBeGreaterThan(0);
    for (const a of uncovered) {
      expect(a.file).toBe('src/cart.js');
      expect(Number(a.line)).toBeGreaterThanOrEqual(26);
    }
    const posted = comments(7);
    expect(posted).toHaveLength(1);
    const body = posted[0]?.body ?? '';
    expect(body).toContain('Quality gate failed');
    expect(body).toMatch(/\| Patch coverage.*\| 0\.00% \| ≥ 80% \|/);
    expect(body).toMatch(/\[src\/cart\.js\]\(https:\/\/github\.com\/acme\/shop\/pull\/7\/files#diff-[0-9a-f]{64}\) \| 0\.00% \(\d+\/\d+\) | \[L2\d-3\d\]/);
    expect(body).toContain(`Compared with merge base \`${mainSha.slice(0, 12)}\``);
    expect(body).toContain(`baseline of the merge base ${mainSha.slice(0, 12)}`);
    expect(first.summary).toContain('Quality gate failed');

    const again = await runAction('quality-gate', prRun(7, 'feature/shipping'));
    expect(again.exitCode).toBe(1);
    expect(comments(7)).toHaveLength(1);
    expect(github.callsTo('issues/create-comment')).toHaveLength(1);
    github.assertNoViolations();
  });

  it('fails when a pull request adds a failing test, and lists it', async () => {
    repo.checkout('main');
    repo.checkout('feature/rounding', true);
    repo.commit('test: rounding of discounts', {
      files: {
        'test/rounding.test.js': `import { applyDiscount } from '../src/cart.js';

describe('rounding', () => {
  it('rounds half up', () => {
    expect(applyDiscount(999, 50)).toBe(499);
  });
});
`,
      },
    });
    expect(produceReports(repo)).toBe(1);
    const result = await runAction('quality-gate', prRun(8, 'feature/rounding'));
    expect(result.exitCode).toBe(1);
    expect(result.outputs['tests-failed'], result.stdout).toBe('1');
    const body = comments(8)[0]?.body ?? '';
    expect(body).toContain('Failed tests (1)');
    expect(body).toContain('`rounding > rounds half up`');
    expect(body).toMatch(/expected 500 to be 499/);
    // The failed test is also an annotation on the run, with the runner's message.
    const annotation = result.annotations.find((a) => a.title?.startsWith('Test failed: '));
    expect(annotation?.level).toBe('error');
    expect(annotation?.title).toMatch(/rounds half up$/);
    expect(annotation?.message).toMatch(/expected 500 to be 499/);
  });

  it('fails on a new lint error while the old one does not count', async () => {
    repo.checkout('main');
    repo.checkout('feature/free-shipping-label', true);
    const format = readFileSync(join(repo.dir, 'src/format.js'), 'utf8');
    repo.commit('feat: free label', {
      files: {
        'src/format.js': format.replace("  const sign = cents < 0 ? '-' : '';", "  if (cents == 0) return 'free';\n  const sign = cents < 0 ? '-' : '';"),
      },
    });
    expect(produceReports(repo)).toBe(0);
    const result = await runAction('quality-gate', prRun(9, 'feature/free-shipping-label'));
    expect(result.exitCode).toBe(1);
    expect(result.outputs['new-findings']).toBe('1');
    const body = comments(9)[0]?.body ?? '';
    expect(body).toContain('New findings (1)');
    expect(body).toContain('`eqeqeq`');
    expect(body).not.toContain('`no-var`');
    const annotation = result.annotations.find((a) => a.title === 'New finding: eqeqeq');
    expect(annotation).toMatchObject({ level: 'error', file: 'src/format.js', line: 4 });
    // The old no-var error in src/legacy.js is debt from main, not new.
    expect(result.annotations.some((a) => a.title?.includes('no-var'))).toBe(false);
  });

  it('passes a covered change, using the baseline of the commit before the merge base when the merge base has none', async () => {
    repo.checkout('main');
    const docs = repo.commit('docs: readme', { files: { 'NOTES.md': 'Shipping is planned.\n' } });
    repo.checkout('feature/tested', true);
    const cart = readFileSync(join(repo.dir, 'src/cart.js'), 'utf8');
    const test = readFileSync(join(repo.dir, 'test/cart.test.js'), 'utf8');
    repo.commit('feat: item count', {
      files: {
        'src/cart.js': `${cart}
export function itemCount(items) {
  let count = 0;
  for (const item of items) {
    count += item.quantity;
  }
  return count;
}
`,
        'test/cart.test.js': `${test}
import { itemCount } from '../src/cart.js';
it('counts items', () => {
  expect(itemCount([{ price: 1, quantity: 2 }, { price: 1, quantity: 3 }])).toBe(5);
});
`,
      },
    });
    expect(produceReports(repo)).toBe(0);
    const result = await runAction('quality-gate', prRun(10, 'feature/tested', { base: docs }));
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(result.outputs['patch-coverage']).toBe('100');
    expect(result.outputs['coverage-delta']).not.toBe('');
    const body = comments(10)[0]?.body ?? '';
    expect(body).toContain('Quality gate passed');
    expect(body).toContain(`no baseline for the merge base ${docs.slice(0, 12)}; used ${mainSha.slice(0, 12)}, 1 first-parent commit before it`);
  });

  it('on a fork pull request writes the summary, uploads the report as an artifact, and posts no comment', async () => {
    repo.checkout('feature/shipping');
    produceReports(repo);
    const results = await startActionsResultsFake();
    try {
      const callsBefore = github.calls.length;
      const result = await runAction('quality-gate', { ...prRun(11, 'feature/shipping', { fork: true }), env: results.env });
      expect(result.exitCode).toBe(1);
      expect(github.calls.length).toBe(callsBefore);
      expect(comments(11)).toHaveLength(0);
      expect(result.summary).toContain('No pull request comment: this pull request comes from a fork');
      expect(result.summary).toContain('The report is in the artifact `quality-gate-report`');
      expect(result.summary).toContain('Patch coverage');
      const report = JSON.parse(readFileSync(result.outputs['report-file'] ?? '', 'utf8')) as { passed: boolean; pullRequest: number; comment: string };
      expect(report.passed).toBe(false);
      expect(report.pullRequest).toBe(11);
      expect(report.comment).toContain('Uncovered changed lines');

      // The artifact holds that very report, under the name the companion workflow downloads.
      expect(results.violations()).toEqual([]);
      const [artifact] = results.artifacts();
      expect(artifact?.name).toBe('quality-gate-report');
      expect(result.outputs['report-artifact-id']).toBe(String(artifact?.id));
      expect([...(artifact?.files.keys() ?? [])]).toEqual(['quality-gate-report.json']);
      expect(artifact?.files.get('quality-gate-report.json')?.toString('utf8')).toBe(readFileSync(result.outputs['report-file'] ?? '', 'utf8'));

      // A re-run of the job finds the artifact there: a note, not a failure of the upload.
      const again = await runAction('quality-gate', { ...prRun(11, 'feature/shipping', { fork: true }), env: results.env });
      expect(again.exitCode).toBe(1);
      expect(again.summary).toContain('The report artifact `quality-gate-report` already exists in this run');
      expect(results.artifacts()).toHaveLength(1);
      expect(results.violations()).toEqual([]);
    } finally {
      await results.close();
    }
  });

  it('on a fork pull request outside a runner job says where the report is instead of uploading it', async () => {
    repo.checkout('feature/shipping');
    const result = await runAction('quality-gate', prRun(11, 'feature/shipping', { fork: true }));
    expect(result.exitCode).toBe(1);
    expect(result.outputs['report-artifact-id']).toBe('');
    expect(result.annotations).toContainEqual({
      level: 'warning',
      message: expect.stringContaining('quality-gate: The report was not uploaded as an artifact: this job has no artifact service') as string,
    });
    expect(result.summary).toContain(`The report is in \`${result.outputs['report-file'] ?? ''}\``);
  });
});

describe('quality-gate input errors', () => {
  it('refuses 80 and 0.8 as thresholds, naming the right spelling', async () => {
    const bare = await runAction('quality-gate', { inputs: { coverage: 'lcov.info', 'patch-coverage': '80' } });
    expect(bare.exitCode).toBe(1);
    expect(bare.annotations).toEqual([
      { level: 'error', message: 'patch-coverage: "80" has no % sign; percentages are written with one: 80% (for example: 80%)' },
    ]);
    const fraction = await runAction('quality-gate', { inputs: { coverage: 'lcov.info', 'coverage-delta-tolerance': '0.8' } });
    expect(fraction.annotations[0]?.message).toBe('coverage-delta-tolerance: "0.8" has no % sign; percentages are written with one: 80% (for example: 80%)');
  });

  it('says which pattern matched no report', async () => {
    const result = await runAction('quality-gate', { workspace: repo.dir, inputs: { coverage: 'nothing/**/lcov.info' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toContain('no file matches the coverage pattern "nothing/**/lcov.info"');
  });
});
