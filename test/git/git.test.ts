// The git layer every engine stands on, on real repositories and real shallow clones.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  branchTip,
  changedFiles,
  changedLines,
  checkRef,
  DEEPEN_STEPS,
  ensureCommit,
  git,
  headInfo,
  GitError,
  isShallow,
  listTree,
  mergeBase,
  parseUnifiedDiff,
  revParse,
  streamGit,
  unquotePath,
} from '@devops-actions/git';
import { ConfigurationError } from '@devops-actions/toolkit';
import { createRepo, gitEnv, type GitRepo } from '../harness/git.ts';

const repos: GitRepo[] = [];
function track(repo: GitRepo): GitRepo {
  repos.push(repo);
  return repo;
}
afterAll(() => {
  for (const repo of repos) repo.cleanup();
});

/** main with `before` commits, a feature branch of 3 commits off it, then main moves on. */
function forked(before: number): { origin: GitRepo; base: string } {
  const origin = track(createRepo());
  for (let i = 0; i < before; i++) origin.commit(`chore: ${i}`, { files: { 'a.txt': `${i}\n` } });
  const base = origin.sha('HEAD');
  origin.checkout('feature', true);
  for (let i = 0; i < 3; i++) origin.commit(`feat: ${i}`, { files: { 'b.txt': `${i}\n` } });
  origin.checkout('main');
  origin.commit('chore: main moves on', { files: { 'c.txt': 'x\n' } });
  return { origin, base };
}

describe('the git runner', () => {
  it('fails with a GitError, a user error that quotes git', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'not-a-repo-'));
    const error = await git(dir, ['rev-parse', 'HEAD']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as GitError).message).toMatch(/^git rev-parse HEAD failed: fatal: not a git repository/);
  });

  it('runs with the environment it is given, hardened', async () => {
    const repo = track(createRepo());
    const out = await git({ cwd: repo.dir, env: gitEnv({ GIT_TERMINAL_PROMPT: '1' }) }, ['var', 'GIT_PAGER']);
    expect(out.trim()).toBe('cat');
  });

  it('streams output and stops git when the reader throws, passing that error on', async () => {
    const repo = track(createRepo());
    for (let i = 0; i < 20; i++) repo.commit(`chore: ${i}`);
    let bytes = 0;
    await streamGit(repo.dir, ['log', '--format=%H'], (chunk) => (bytes += chunk.length));
    expect(bytes).toBe(21 * 41);
    const stop = new Error('enough');
    await expect(
      streamGit(repo.dir, ['log', '--format=%H'], () => {
        throw stop;
      }),
    ).rejects.toBe(stop);
    await expect(streamGit(repo.dir, ['log', 'no-such-ref'], () => undefined)).rejects.toBeInstanceOf(GitError);
  });

  it('refuses a ref that git would read as an option, naming the input', async () => {
    expect(() => checkRef('base-ref', '--upload-pack=touch /tmp/x')).toThrow(
      /^base-ref: "--upload-pack=touch \/tmp\/x" is not a git ref or commit \(it starts with "-"\)/,
    );
    expect(checkRef('base-ref', 'origin/main')).toBe('origin/main');
    // And where a ref reaches git anyway, --end-of-options keeps it a ref.
    const repo = track(createRepo());
    expect(await revParse(repo.dir, '--output=/tmp/owned')).toBeUndefined();
  });
});

describe('what HEAD is', () => {
  it('answers the commit, the branch and shallowness in one question, and what it can when the rev names nothing', async () => {
    const repo = track(createRepo());
    const head = repo.sha('HEAD');
    expect(await headInfo(repo.dir)).toEqual({ sha: head, shallow: false, branch: 'main' });
    expect(await headInfo(repo.dir, 'no-such-ref')).toEqual({ sha: undefined, shallow: false, branch: 'main' });
    repo.git(['checkout', '--quiet', '--detach']);
    expect(await headInfo(repo.dir)).toEqual({ sha: head, shallow: false, branch: undefined });
    const empty = track(createRepo({ empty: true }));
    expect(await headInfo(empty.dir)).toEqual({ sha: undefined, shallow: false, branch: 'main' });
    const clone = track(repo.clone({ depth: 1 }));
    expect((await headInfo(clone.dir)).shallow).toBe(true);
  });
});

describe('merge base and shallow clones', () => {
  it('deepens a depth-1 clone step by step until the merge base is there', async () => {
    const { origin, base } = forked(DEEPEN_STEPS[0]! + 20);
    const clone = track(origin.clone({ depth: 1, branch: 'feature' }));
    expect(clone.isShallow()).toBe(true);
    const log: string[] = [];
    const found = await mergeBase(clone.dir, origin.sha('main'), 'HEAD', { log: (line) => log.push(line) });
    expect(found.sha).toBe(base);
    expect(found.deepened).toBeGreaterThanOrEqual(1);
    expect(found.unshallowed).toBe(false);
    expect(log[0]).toBe(`Shallow clone: deepening by ${DEEPEN_STEPS[0]} commits to find the merge base`);
  });

  it('needs no fetch when the merge base is in the clone', async () => {
    const { origin, base } = forked(3);
    const found = await mergeBase(origin.dir, 'main', 'feature');
    expect(found).toEqual({ sha: base, deepened: 0, unshallowed: false });
  });

  it('without fetching (a local run), says what is missing and how to fix it', async () => {
    const { origin } = forked(5);
    const clone = track(origin.clone({ depth: 1, branch: 'feature' }));
    const error = await mergeBase(clone.dir, origin.sha('main'), 'HEAD', { fetch: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as Error).message).toMatch(/is not in this shallow checkout\. Set `fetch-depth: 0` on actions\/checkout/);
  });

  it('tells unrelated histories from missing history', async () => {
    const repo = track(createRepo());
    repo.git(['checkout', '--quiet', '--orphan', 'other']);
    repo.commit('chore: unrelated', { files: { 'z.txt': 'z\n' } });
    const error = await mergeBase(repo.dir, 'main', 'other').catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/have no common history/);
    // A ref a complete clone does not have is a typo, not missing history.
    const typo = await mergeBase(repo.dir, 'mian', 'other').catch((e: unknown) => e);
    expect((typo as Error).message).toMatch(/^mian is not a commit in this checkout: name a branch, tag or commit it has/);
  });

  it('fetches a commit a shallow single-branch clone lacks, and names the fix when it cannot', async () => {
    const { origin } = forked(2);
    const clone = track(origin.clone({ depth: 1, branch: 'feature' }));
    const mainTip = origin.sha('main');
    expect(await ensureCommit(clone.dir, mainTip)).toBe(mainTip);
    await expect(ensureCommit(clone.dir, 'f'.repeat(40))).rejects.toThrow(
      /is not in this checkout and could not be fetched from origin\. Set `fetch-depth: 0`/,
    );
    expect(await isShallow(clone.dir)).toBe(true);
  });
});

describe('a branch tip', () => {
  it("is the remote's, fetched once when the clone lacks it, else the local branch's", async () => {
    const { origin } = forked(2);
    const clone = track(origin.clone({ depth: 1, branch: 'feature' }));
    clone.git(['update-ref', '-d', 'refs/remotes/origin/main']);
    expect(await branchTip(clone.dir, 'main', { fetch: false })).toBeUndefined();
    const log: string[] = [];
    expect(await branchTip(clone.dir, 'main', { log: (line) => log.push(line) })).toBe(origin.sha('main'));
    expect(log).toEqual(['Fetching main from origin']);
    expect(await ensureCommit(clone.dir, 'main')).toBe(origin.sha('main'));
    expect(await branchTip(origin.dir, 'feature')).toBe(origin.sha('feature'));
    expect(await branchTip(clone.dir, 'no-such-branch')).toBeUndefined();
  });
});

describe('paths and changed lines', () => {
  it('unquotes paths git quotes: octal UTF-8 bytes and C escapes', () => {
    expect(unquotePath('"caf\\303\\251.txt"')).toBe('café.txt');
    expect(unquotePath('"tab\\there \\"q\\".txt"')).toBe('tab\there "q".txt');
    expect(unquotePath('plain name.txt')).toBe('plain name.txt');
  });

  it('parses the changed lines of a unified diff, leaving out deletions', () => {
    const diff = [
      'diff --git a/src/a.ts b/src/a.ts',
      '--- a/src/a.ts',
      '+++ b/src/a.ts',
      '@@ -3,0 +4,2 @@',
      '+x',
      '+y',
      '@@ -10 +12 @@',
      '-old',
      '+new',
      'diff --git a/gone.ts b/gone.ts',
      '--- a/gone.ts',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
    ].join('\n');
    expect([...parseUnifiedDiff(diff)]).toEqual([['src/a.ts', [4, 5, 12]]]);
  });

  it('lists changed lines and files since the merge base, with renames and unusual names', async () => {
    const repo = track(createRepo());
    repo.commit('chore: files', { files: { 'old name.sql': 'select 1;\n', 'keep.txt': 'a\nb\nc\n' } });
    const base = repo.sha('HEAD');
    repo.checkout('topic', true);
    repo.git(['mv', 'old name.sql', 'new name.sql']);
    repo.commit('chore: change', { files: { 'keep.txt': 'a\nB\nc\nd\n', 'café.sql': 'select 2;\n' } });
    const lines = await changedLines(repo.dir, base, 'HEAD');
    expect(lines.get('keep.txt')).toEqual([2, 4]);
    expect(lines.get('café.sql')).toEqual([1]);
    const files = await changedFiles(repo.dir, base, 'HEAD');
    expect(files).toContainEqual({ status: 'R', similarity: 100, path: 'new name.sql', oldPath: 'old name.sql' });
    expect(files).toContainEqual({ status: 'A', path: 'café.sql' });
    expect(await listTree(repo.dir, base)).toEqual(['README.md', 'keep.txt', 'old name.sql']);
  });
});
