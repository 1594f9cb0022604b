// The quality gate's two uses of the Actions cache, through @actions/cache against loopback
// stand-ins of both cache services (v1 REST at ACTIONS_CACHE_URL, v2 Twirp and blobs at
// ACTIONS_RESULTS_URL): the package manager cache around the `run:` commands (saved on the first
// run, restored on the next, keyed on the lockfile), and the baseline of the default branch (saved
// on the push, restored for the pull request's merge base, found as an artifact when evicted).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent, pushEvent, ZERO_SHA } from '../harness/events.ts';
import { createRepo, type GitRepo } from '../harness/git.ts';
import { runAction } from '../harness/run-action.ts';
import { startActionsResultsFake } from '../harness/actions-results.ts';
import { startGitHubFake } from '../harness/github-fake/index.ts';
import { startActionsCacheFake, type ActionsCacheFake } from './support/actions-cache.ts';

const REPO = { owner: 'acme', name: 'shop' };
let cache: ActionsCacheFake;
const cleanup: (() => void)[] = [];
beforeAll(async () => {
  cache = await startActionsCacheFake();
});
afterAll(async () => {
  for (const c of cleanup) c();
  await cache.close();
});

function tempHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'quality-home-'));
  cleanup.push(() => rmSync(home, { recursive: true, force: true }));
  return home;
}

function sampleRepo(): GitRepo {
  const repo = createRepo();
  cleanup.push(() => repo.cleanup());
  repo.commit('feat: sum', {
    files: {
      'package-lock.json': JSON.stringify({ name: 'shop', lockfileVersion: 3, packages: {} }),
      'src/sum.js': 'export const sum = (a, b) => a + b;\n',
      'coverage/lcov.info': 'SF:src/sum.js\nDA:1,1\nLF:1\nLH:1\nend_of_record\n',
    },
  });
  return repo;
}

// The command the package manager would run: it finds its download cache, or fills it.
const INSTALL =
  'if [ -f "$HOME/.npm/_cacache/index" ]; then echo restored > restored.txt; fi; mkdir -p "$HOME/.npm/_cacache" && echo packages > "$HOME/.npm/_cacache/index"';

describe('the Actions cache', () => {
  it('saves the package manager cache after the run commands and restores it on the next run, keyed on the lockfile', { timeout: 60_000 }, async () => {
    const repo = sampleRepo();
    const sha = repo.sha('HEAD');
    const run = (home: string) =>
      runAction('quality-gate', {
        workspace: repo.dir,
        eventName: 'push',
        event: pushEvent({ repo: REPO, ref: 'refs/heads/feature', before: ZERO_SHA, after: sha }),
        env: { ...cache.env, HOME: home },
        inputs: { run: INSTALL, coverage: 'coverage/lcov.info', baseline: 'off' },
      });
    // Runners have the same HOME every time, and an empty one: the second run gets the same path, emptied.
    const home = tempHome();
    const first = await run(home);
    expect(first.exitCode, first.stdout).toBe(0);
    expect(existsSync(join(repo.dir, 'restored.txt'))).toBe(false);
    expect(first.summary).toMatch(/Dependency cache \(npm\): saved for package-lock\.json/);
    const saved = cache.entries.filter((e) => e.key.startsWith('quality-gate-deps-Linux-npm-'));
    expect(saved).toHaveLength(1);
    expect(saved[0]?.committed).toBe(true);

    rmSync(join(home, '.npm'), { recursive: true, force: true });
    const second = await run(home);
    expect(second.exitCode, second.stdout).toBe(0);
    expect(existsSync(join(repo.dir, 'restored.txt'))).toBe(true);
    expect(second.summary).toMatch(/Dependency cache \(npm\): restored the exact entry for package-lock\.json/);
    // An exact hit is not saved again.
    expect(cache.entries.filter((e) => e.key.startsWith('quality-gate-deps-'))).toHaveLength(1);
  });

  it('saves the baseline of a push to the default branch and uses it for a pull request from that commit', { timeout: 60_000 }, async () => {
    const repo = sampleRepo();
    const main = repo.sha('HEAD');
    // The cache ties an entry to its paths, which live in RUNNER_TEMP: the same folder on every job of a runner.
    // One job, one runtime token: the cache and the artifact service both take it.
    const results = await startActionsResultsFake();
    const cache = await startActionsCacheFake({ runtimeToken: results.env.ACTIONS_RUNTIME_TOKEN });
    cleanup.push(
      () => void results.close(),
      () => void cache.close(),
    );
    const env = { ...cache.env, ...results.env, RUNNER_TEMP: tempHome() };
    const push = await runAction('quality-gate', {
      workspace: repo.dir,
      eventName: 'push',
      event: pushEvent({ repo: REPO, ref: 'refs/heads/main', before: ZERO_SHA, after: main }),
      env,
      inputs: { coverage: 'coverage/lcov.info' },
    });
    expect(push.exitCode, push.stdout).toBe(0);
    expect(push.summary, push.stdout).toContain(`Saved the baseline of \`${main.slice(0, 12)}\` in the Actions cache, with workflow artifacts as the fallback`);
    expect(cache.entries.some((e) => e.key === `quality-gate-baseline-${main}` && e.committed)).toBe(true);
    expect(results.artifacts().map((a) => a.name)).toEqual([`quality-gate-baseline-${main}`]);
    expect(results.violations()).toEqual([]);

    repo.checkout('feature', true);
    repo.commit('feat: product', {
      files: {
        'src/product.js': 'export const product = (a, b) => a * b;\n',
        'coverage/lcov.info': 'SF:src/sum.js\nDA:1,1\nend_of_record\nSF:src/product.js\nDA:1,1\nend_of_record\n',
      },
    });
    const pr = await runAction('quality-gate', {
      workspace: repo.dir,
      eventName: 'pull_request',
      event: pullRequestEvent({ repo: REPO, number: 3, base: { ref: 'main', sha: main }, head: { ref: 'feature', sha: repo.sha('HEAD') } }),
      env,
      inputs: { coverage: 'coverage/lcov.info', comment: 'false' },
    });
    expect(pr.exitCode, pr.stdout).toBe(0);
    expect(pr.summary).toContain(`baseline of the merge base ${main.slice(0, 12)}`);
    expect(cache.requests.some((r) => r.startsWith('GET /archives/'))).toBe(true);
  });

  it('makes both round trips through the cache service v2 that GitHub-hosted runners use', { timeout: 60_000 }, async () => {
    const repo = sampleRepo();
    const main = repo.sha('HEAD');
    const results = await startActionsResultsFake();
    cleanup.push(() => void results.close());
    // v2: Twirp calls to ACTIONS_RESULTS_URL and blob uploads; no ACTIONS_CACHE_URL at all.
    const home = tempHome();
    const env = { ...results.env, ACTIONS_CACHE_SERVICE_V2: 'true', RUNNER_TEMP: tempHome(), HOME: home };
    const push = await runAction('quality-gate', {
      workspace: repo.dir,
      eventName: 'push',
      event: pushEvent({ repo: REPO, ref: 'refs/heads/main', before: ZERO_SHA, after: main }),
      env,
      inputs: { run: INSTALL, coverage: 'coverage/lcov.info' },
    });
    expect(push.exitCode, push.stdout).toBe(0);
    expect(push.summary).toMatch(/Dependency cache \(npm\): saved for package-lock\.json/);
    expect(push.summary).toContain(`Saved the baseline of \`${main.slice(0, 12)}\` in the Actions cache, with workflow artifacts as the fallback`);
    expect(
      results
        .cacheEntries()
        .filter((e) => e.committed)
        .map((e) => e.key.replace(/^(quality-gate-deps-.*-)[0-9a-f]{16,}$/, '$1<hash>')),
    ).toEqual(['quality-gate-deps-Linux-npm-<hash>', `quality-gate-baseline-${main}`]);

    repo.checkout('feature', true);
    repo.commit('feat: product', {
      files: {
        'src/product.js': 'export const product = (a, b) => a * b;\n',
        'coverage/lcov.info': 'SF:src/sum.js\nDA:1,1\nend_of_record\nSF:src/product.js\nDA:1,1\nend_of_record\n',
      },
    });
    rmSync(join(home, '.npm'), { recursive: true, force: true });
    const pr = await runAction('quality-gate', {
      workspace: repo.dir,
      eventName: 'pull_request',
      event: pullRequestEvent({ repo: REPO, number: 5, base: { ref: 'main', sha: main }, head: { ref: 'feature', sha: repo.sha('HEAD') } }),
      env,
      inputs: { run: INSTALL, coverage: 'coverage/lcov.info', comment: 'false' },
    });
    expect(pr.exitCode, pr.stdout).toBe(0);
    expect(existsSync(join(repo.dir, 'restored.txt'))).toBe(true);
    expect(pr.summary).toMatch(/Dependency cache \(npm\): restored the exact entry for package-lock\.json/);
    expect(pr.summary).toContain(`baseline of the merge base ${main.slice(0, 12)}`);
    expect(results.calls().filter((c) => c === 'CacheService/GetCacheEntryDownloadURL').length).toBeGreaterThanOrEqual(2);
    expect(results.violations()).toEqual([]);
  });

  it('finds the baseline in the workflow artifacts when the cache no longer has it, and names it', { timeout: 60_000 }, async () => {
    const repo = sampleRepo();
    const main = repo.sha('HEAD');
    const results = await startActionsResultsFake();
    const cache = await startActionsCacheFake({ runtimeToken: results.env.ACTIONS_RUNTIME_TOKEN });
    const github = await startGitHubFake();
    const evicted = await startActionsCacheFake();
    cleanup.push(
      () => void results.close(),
      () => void cache.close(),
      () => void github.close(),
      () => void evicted.close(),
    );
    const token = `ghs_${Math.random().toString(36).slice(2)}`;
    const push = await runAction('quality-gate', {
      workspace: repo.dir,
      github,
      token,
      eventName: 'push',
      event: pushEvent({ repo: REPO, ref: 'refs/heads/main', before: ZERO_SHA, after: main }),
      env: { ...cache.env, ...results.env, RUNNER_TEMP: tempHome() },
      inputs: { coverage: 'coverage/lcov.info' },
    });
    expect(push.exitCode, push.stdout).toBe(0);
    // GitHub lists the run's artifacts once the job is done.
    expect(results.publish(github.state, 'acme/shop', { id: 4711, headSha: main, headBranch: 'main' })).toBe(1);

    repo.checkout('feature', true);
    repo.commit('feat: product', {
      files: {
        'src/product.js': 'export const product = (a, b) => a * b;\n',
        'coverage/lcov.info': 'SF:src/sum.js\nDA:1,1\nend_of_record\nSF:src/product.js\nDA:1,0\nend_of_record\n',
      },
    });
    // Another runner, another (empty) cache: the baseline is only in the artifacts now.
    const pr = await runAction('quality-gate', {
      workspace: repo.dir,
      github,
      token,
      eventName: 'pull_request',
      event: pullRequestEvent({ repo: REPO, number: 4, base: { ref: 'main', sha: main }, head: { ref: 'feature', sha: repo.sha('HEAD') } }),
      env: { ...evicted.env, RUNNER_TEMP: tempHome() },
      inputs: { coverage: 'coverage/lcov.info', comment: 'false', 'patch-coverage': '0%' },
    });
    expect(pr.exitCode, pr.stdout).toBe(0);
    expect(pr.summary).toContain(`baseline of the merge base ${main.slice(0, 12)}`);
    // The base figures came from the baseline: 1 of 1 lines then, 1 of 2 now.
    expect(pr.outputs['coverage-delta']).toBe('-50');
    expect(evicted.requests).toContain('GET /_apis/artifactcache/cache');
    expect(github.callsTo('actions/list-artifacts-for-repo')).toHaveLength(1);
    expect(github.callsTo('actions/download-artifact')).toHaveLength(1);
    github.assertNoViolations();
    expect(results.violations()).toEqual([]);
  });
});
