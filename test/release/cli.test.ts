import { afterEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../packages/cli/src/main.ts';
import { createRepo, gitEnv, type GitRepo } from '../harness/git.ts';
import { ROOT } from '../harness/run-action.ts';

const repos: GitRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(['release', ...args], { cwd, env: gitEnv(), stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function sample(): GitRepo {
  const r = createRepo();
  repos.push(r);
  r.git(['remote', 'add', 'origin', 'git@github.com:acme/app.git']);
  r.tag('v1.4.0');
  r.commit('feat(deploy): canary (#9)');
  r.commit('fix: retry');
  r.commit('feat(api)!: drop v1\n\nBREAKING CHANGE: the v1 API is gone\ncloses #12');
  return r;
}

describe('devops-actions release', () => {
  it('prints the JSON shape of CLI.md', async () => {
    const r = sample();
    const { code, stdout } = await cli(['--format', 'json'], r.dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Record<string, unknown> & {
      sections: { title: string; type: string; entries: { sha: string; scope: string | null; subject: string; breaking: boolean }[] }[];
      breaking: { sha: string }[];
    };
    expect(report).toMatchObject({ version: '2.0.0', tag: 'v2.0.0', previousTag: 'v1.4.0', bump: 'major', releasable: true, commitCount: 3 });
    const head = r.sha('HEAD');
    expect(report.breaking).toEqual([expect.objectContaining({ sha: head })]);
    expect(report.sections.map((s) => s.type)).toEqual(['breaking', 'feat', 'fix']);
    expect(report.sections[1]?.entries).toEqual([{ sha: r.sha('HEAD~2'), scope: 'deploy', subject: 'canary', breaking: false, pr: 9 }]);
    expect(report.sections.flatMap((s) => s.entries).every((e) => /^[0-9a-f]{40}$/.test(e.sha))).toBe(true);
    expect(report.notes as string).toContain('https://github.com/acme/app/issues/12');
  });

  it('prints a text plan with the why and the API calls, and honours --from', async () => {
    const r = sample();
    const { code, stdout } = await cli([], r.dir);
    expect(code).toBe(0);
    expect(stdout).toContain('next release v2.0.0 (major, because of feat(api)!: drop v1)');
    expect(stdout).toMatch(/\* [0-9a-f]{7} major {1}feat\(api\)!: drop v1 {2}\(BREAKING CHANGE footer\)/);
    expect(stdout).toContain('POST /repos/acme/app/git/refs');
    r.tag('v2.0.0-beta.1', 'HEAD~1');
    const from = await cli(['--from', 'v2.0.0-beta.1', '--format', 'json'], r.dir);
    expect(JSON.parse(from.stdout)).toMatchObject({ previousTag: 'v2.0.0-beta.1', commitCount: 1 });
  });

  it('exits 2 naming the problem for a bad config, format or tag', async () => {
    const r = sample();
    r.write('bad.yml', 'moving-tags: [patch]\n');
    const bad = await cli(['--config', 'bad.yml'], r.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('devops-actions release: bad.yml:1 moving-tags: "patch" is not one of major, minor (for example: [major, minor])\n');
    expect((await cli(['--format', 'sarif'], r.dir)).code).toBe(2);
    const from = await cli(['--from', 'v9.9.9'], r.dir);
    expect(from.stderr).toContain('from: "v9.9.9" is not a release tag reachable from HEAD');
  });

  it('runs as the installed binary', async () => {
    const r = sample();
    const { stdout } = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'devops-actions'), ['release', '--format', 'markdown', '--quiet'], {
      cwd: r.dir,
      env: gitEnv(),
    });
    expect(stdout).toContain('**would release v2.0.0 (major, because of feat(api)!: drop v1)**');
  });
});
