// The action's own steps (`run:`), and its limits: annotations within GitHub's per-level cap,
// the comment under GitHub's size limit, informational mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubFake, type GitHubFake } from '../harness/github-fake/index.ts';
import { pullRequestEvent } from '../harness/events.ts';
import { createRepo, type GitRepo } from '../harness/git.ts';
import { runAction } from '../harness/run-action.ts';

const FILES = 120;
let github: GitHubFake;
let repo: GitRepo;
let base: string;

beforeAll(async () => {
  github = await startGitHubFake();
  repo = createRepo();
  base = repo.sha('HEAD');
  repo.checkout('feature', true);
  const files: Record<string, string> = {};
  for (let i = 0; i < FILES; i++) files[`src/very/long/folder/name/for/the/module-number-${i}.ts`] = 'one();\ntwo();\nthree();\n';
  repo.commit('feat: many modules', { files });
  repo.write('.gitignore', 'lcov.info\n');
});

afterAll(async () => {
  await github.close();
  repo.cleanup();
});

function event(number: number) {
  return pullRequestEvent({ repo: { owner: 'acme', name: 'shop' }, number, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: repo.sha('HEAD') } });
}

const writeLcov = Array.from(
  { length: FILES },
  (_, i) => `SF:src/very/long/folder/name/for/the/module-number-${i}.ts\\nDA:1,1\\nDA:2,0\\nDA:3,0\\nend_of_record\\n`,
).join('');

describe('quality-gate steps and limits', () => {
  it('runs the run: commands as timed steps, fails after reading the reports, and keeps annotations and the comment within limits', async () => {
    const result = await runAction('quality-gate', {
      workspace: repo.dir,
      github,
      token: `ghs_${Date.now().toString(36)}`,
      eventName: 'pull_request',
      event: event(21),
      inputs: { run: `printf '${writeLcov}' > lcov.info\necho linted\nexit 3`, coverage: 'lcov.info' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('linted');
    // No cache service in this runner: the Actions cache store (loaded on demand) says so, and base comparisons are skipped.
    expect(result.summary).toContain(
      '(the Actions cache, which is not available on this runner, with workflow artifacts as the fallback); base comparisons are skipped',
    );
    // The steps table: each command, its result and time.
    expect(result.summary).toMatch(/\| `printf .*` \| ✅ ok \| \d+ ms \|/);
    expect(result.summary).toMatch(/\| `exit 3` \| ❌ exit 3 \| \d+ ms \|/);
    expect(result.annotations.find((a) => !a.file && a.level === 'error')?.message).toBe(
      'Quality gate failed: Patch coverage: 33.33% (needs ≥ 80%); exit 3 exited with 3',
    );
    // 120 uncovered ranges: 10 annotations shown (GitHub's limit per level), the rest said in the summary.
    const uncovered = result.annotations.filter((a) => a.title === 'Not covered by tests');
    expect(uncovered).toHaveLength(10);
    expect(result.summary).toContain('GitHub shows 10 annotations of each level per step: 110 more errors were found and are listed in this summary only.');
    const comment = github.state.commentsOn('acme/shop', 21)[0]?.body ?? '';
    expect(comment.length).toBeLessThan(65_536);
    expect(comment).toContain(`_…and ${FILES - 25} more files._`);
    expect(result.summary).toContain(`_…and ${FILES - 50} more files._`);
  });

  it('in informational mode reports the failure but passes the step', async () => {
    const result = await runAction('quality-gate', {
      workspace: repo.dir,
      github,
      token: `ghs_${Date.now().toString(36)}`,
      eventName: 'pull_request',
      event: event(22),
      inputs: { run: `printf '${writeLcov}' > lcov.info`, coverage: 'lcov.info', informational: 'true', comment: 'false' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.passed).toBe('false');
    expect(result.outputs['patch-coverage']).toBe('33.33');
    expect(result.summary).toContain('Quality gate failed (informational: the step does not fail)');
    expect(github.state.commentsOn('acme/shop', 22)).toHaveLength(0);
  });

  it('cuts a comment that the row limits leave too long at the size GitHub allows, pointing to the job summary', async () => {
    // 25 failed tests (the rows a comment shows) with 4,000-character messages: over 100,000 characters.
    const cases = Array.from(
      { length: 40 },
      (_, i) => `<testcase classname="checkout" name="case ${i}"><failure message="${`expected total ${i} `.repeat(200)}">trace</failure></testcase>`,
    ).join('');
    repo.write('junit.xml', `<?xml version="1.0"?><testsuites><testsuite name="checkout" tests="40" failures="40">${cases}</testsuite></testsuites>`);
    const result = await runAction('quality-gate', {
      workspace: repo.dir,
      github,
      token: `ghs_${Date.now().toString(36)}`,
      eventName: 'pull_request',
      event: event(23),
      inputs: { tests: 'junit.xml', 'patch-coverage-level': 'off' },
    });
    expect(result.exitCode).toBe(1);
    const comment = github.state.commentsOn('acme/shop', 23)[0]?.body ?? '';
    expect(comment.length).toBeGreaterThan(60_000);
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect(comment.trimEnd()).toMatch(/see the job summary for all of it\._$/);
    // The summary has every row it lists, whole.
    expect(result.summary).toContain('case 39');
    expect(result.summary.length).toBeGreaterThan(comment.length);
  });
});
