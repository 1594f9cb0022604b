// End-to-end: the committed bundle, run as the runner runs it, on real repositories.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, type GitRepo } from '../harness/git.ts';
import { pullRequestEvent, pushEvent, ZERO_SHA } from '../harness/events.ts';
import { ROOT, runAction, type RunResult } from '../harness/run-action.ts';
import { startGitHubFake } from '../harness/github-fake/index.ts';
import { githubToken, npmToken, privateKeyPem, random, slackBotToken, stripeKey } from './tokens.ts';
import { sarifProblems } from '../harness/sarif.ts';

const bundled = existsSync(join(ROOT, 'dist', 'secret-scan', 'index.js'));
const repos: GitRepo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
});
const repo = () => {
  const r = createRepo();
  repos.push(r);
  return r;
};
const REPO = { owner: 'acme', name: 'app' };

/** Everything the step wrote where people can read it, except the add-mask commands themselves. */
function visible(result: RunResult): string {
  const stdout = result.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  const files = [result.outputs['sarif-file'], result.outputs['report-file']]
    .filter((f): f is string => !!f && existsSync(f))
    .map((f) => readFileSync(f, 'utf8'));
  return [stdout, result.stderr, result.summary, ...files].join('\n');
}

function expectHidden(result: RunResult, secrets: string[]): void {
  const text = visible(result);
  for (const secret of secrets) {
    expect(text.includes(secret), 'a secret value was printed').toBe(false);
    expect(result.masked).toContain(secret);
  }
}

function prRun(r: GitRepo, base: string, head: string, inputs: Record<string, string> = {}, workspace = r.dir) {
  return runAction('secret-scan', {
    eventName: 'pull_request',
    event: pullRequestEvent({ repo: REPO, number: 7, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: head } }),
    workspace,
    inputs,
  });
}

describe.runIf(bundled)('secret-scan action', () => {
  it('a pull request that adds a token: found, annotated, SARIF written, exit 1, value never printed', async () => {
    const r = repo();
    const base = r.sha('HEAD');
    r.checkout('feature', true);
    const token = githubToken();
    const key = slackBotToken();
    r.commit('feat: notify', { files: { 'src/notify.ts': `import { send } from './send';\n\nconst SLACK = '${key}';\nconst GH = "${token}";\n` } });
    const head = r.commit('docs: readme', { files: { 'README.md': '# app\n\nNotifications.\n' } });
    const result = await prRun(r, base, head);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ findings: '2', 'new-findings': '2', failed: 'true', 'scanned-commits': '2' });
    const errors = result.annotations.filter((a) => a.level === 'error' && a.file === 'src/notify.ts');
    expect(errors.map((a) => `${a.line} ${a.title ?? ''}`).sort()).toEqual(['3 secret-scan: slack-bot-token', '4 secret-scan: github-pat']);
    const sarif = JSON.parse(readFileSync(result.outputs['sarif-file'] ?? '', 'utf8')) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarifProblems(sarif)).toEqual([]);
    const run = sarif.runs[0];
    expect(run?.tool.driver.rules.map((x) => x.id).sort()).toEqual(['github-pat', 'slack-bot-token']);
    expect(run?.results.map((x) => x.partialFingerprints['secretFingerprint/v1'])).toEqual(
      expect.arrayContaining([expect.stringMatching(/^github-pat:[0-9a-f]{64}$/)]),
    );
    const report = JSON.parse(readFileSync(result.outputs['report-file'] ?? '', 'utf8')) as {
      findings: { rule: string; commit: string }[];
      scanned: { mode: string; commits: number };
    };
    expect(report.scanned).toMatchObject({ mode: 'pull_request', commits: 2 });
    expect(report.findings.every((f) => f.commit === r.sha('HEAD~1'))).toBe(true);
    expect(result.summary).toMatch(/Secret scan ❌ failed/);
    expect(result.summary).toMatch(/src\/notify\.ts:4 \| github-pat \| high \| ghp_…/);
    // Masks come before anything else.
    const firstOther = result.stdout.split('\n').findIndex((l) => !l.startsWith('::add-mask::'));
    const lastMask = result.stdout.split('\n').findLastIndex((l) => l.startsWith('::add-mask::'));
    expect(lastMask).toBeLessThan(firstOther);
    expectHidden(result, [token, key]);
  });

  it('a pull request on a depth-1 checkout: deepened, found', async () => {
    const r = repo();
    for (let i = 0; i < 4; i++) r.commit(`chore: ${i}`, { files: { [`n${i}.txt`]: `${i}\n` } });
    const base = r.sha('HEAD');
    r.checkout('feature', true);
    const token = npmToken();
    r.commit('build: publish', { files: { '.npmrc': `//registry.npmjs.org/:_authToken=${token}\n` } });
    for (let i = 0; i < 3; i++) r.commit(`chore: more ${i}`, { files: { [`m${i}.txt`]: `${i}\n` } });
    const head = r.sha('HEAD');
    const clone = r.clone({ depth: 1, branch: 'feature' });
    repos.push(clone);
    expect(clone.isShallow()).toBe(true);
    const result = await prRun(r, base, head, {}, clone.dir);
    expect(result.exitCode).toBe(1);
    expect(result.outputs['scanned-commits']).toBe('4');
    expect(result.summary).toMatch(/The checkout was shallow: (deepened|fetched)/);
    expect(result.annotations.find((a) => a.level === 'error')).toMatchObject({ file: '.npmrc', line: 1, title: 'secret-scan: npm-access-token' });
    expectHidden(result, [token]);
  });

  it('a push with before = zeros scans only the new branch’s commits', async () => {
    const r = repo();
    const old = githubToken();
    r.commit('feat: legacy', { files: { 'legacy.env': `T=${old}\n` } });
    r.checkout('topic', true);
    const key = stripeKey();
    const after = r.commit('feat: billing', { files: { 'billing.env': `STRIPE=${key}\n` } });
    const result = await runAction('secret-scan', {
      eventName: 'push',
      event: pushEvent({ repo: REPO, ref: 'refs/heads/topic', before: ZERO_SHA, after, commits: [{ id: after, message: 'feat: billing' }] }),
      workspace: r.dir,
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ findings: '1', 'scanned-commits': '1' });
    expect(result.summary).toMatch(/not on main/);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.file)).toEqual(['billing.env']);
    expectHidden(result, [key]);
  });

  it('a pull request that deletes a secret added earlier reports it as still exposed', async () => {
    const r = repo();
    const { pem, body } = privateKeyPem();
    r.commit('feat: deploy key', { files: { 'deploy/id_rsa': pem } });
    const base = r.sha('HEAD');
    r.checkout('feature', true);
    const head = r.commit('fix: remove the deploy key', { files: { 'deploy/id_rsa': null } });
    const result = await prRun(r, base, head);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ findings: '1', 'new-findings': '0', failed: 'true' });
    expect(result.summary).toMatch(/removed here, still in history: rotate/);
    expect(result.annotations.find((a) => a.level === 'error')?.title).toBe('secret-scan: private-key-rsa (still in history)');
    expectHidden(result, [body.slice(0, 64)]);
  });

  it('a baseline suppresses an old finding after the file moved and its lines shifted', async () => {
    const r = repo();
    const token = githubToken();
    r.commit('feat: config', { files: { 'config/app.env': `GH=${token}\n` } });
    const { main } = await import('../../packages/cli/src/main.ts');
    expect(await main(['secret-scan', 'baseline', '--quiet'], { cwd: r.dir, stdout: () => undefined, stderr: () => undefined })).toBe(0);
    r.commit('chore: baseline', { files: { '.secret-scan-baseline.json': readFileSync(join(r.dir, '.secret-scan-baseline.json'), 'utf8') } });
    const base = r.sha('HEAD');
    r.checkout('feature', true);
    const head = r.commit('refactor: move settings', {
      files: { 'config/app.env': null, 'settings/production.env': `# production settings\nREGION=eu-west-1\nREPLICAS=3\nLOG_LEVEL=info\nGH=${token}\n` },
    });
    const result = await prRun(r, base, head);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ findings: '0', failed: 'false' });
    expect(result.summary).toMatch(/Suppressed by the config or baseline: 1/);
    expect(result.summary).toMatch(/settings\/production\.env:5 \| github-pat \| ghp_…\w{4} \(sha256:[0-9a-f]{8}\) \| baseline/);
    expectHidden(result, [token]);
  });

  it('lists every suppression the pull request adds: config allow entries, disabled rules, softened paths, baseline entries, inline allows', async () => {
    const r = repo();
    r.commit('chore: config', { files: { '.secret-scan.yml': 'allow:\n  - rule: jwt\n    paths: [docs/**]\n    reason: sample tokens in docs\n' } });
    const base = r.sha('HEAD');
    r.checkout('feature', true);
    const password = `${random(8)}!${random(6)}`;
    const fingerprint = `github-pat:${'ab'.repeat(32)}`;
    const head = r.commit('chore: quieter scan', {
      files: {
        '.secret-scan.yml': [
          'fail-on: high',
          'rules:',
          '  disable: [generic-api-key]',
          'paths:',
          '  ignore: [fixtures/**]',
          'severity:',
          "  - paths: ['tests/**']",
          '    warn-only: true',
          'allow:',
          '  - rule: jwt',
          '    paths: [docs/**]',
          '    reason: sample tokens in docs',
          `  - fingerprint: ${fingerprint}`,
          '    reason: revoked in March',
          '    expires: 2099-01-31',
          '',
        ].join('\n'),
        '.secret-scan-baseline.json': JSON.stringify({
          version: 1,
          findings: [{ fingerprint: `github-pat:${'cd'.repeat(32)}`, rule: 'github-pat', file: 'old.env' }],
        }),
        'db.py': `DB_PASSWORD = "${password}"  # secret-scan:allow local test database\n`,
      },
    });
    const result = await prRun(r, base, head);
    expect(result.exitCode).toBe(0);
    const section = result.summary.slice(result.summary.indexOf('Suppressions this change adds: 7'));
    expect(section).toMatch(/db\.py:1 \| inline allow of generic-password [^|]+ \| local test database/);
    expect(section).toContain(`.secret-scan.yml | allow ${fingerprint} until 2099-01-31 | revoked in March`);
    expect(section).toContain('.secret-scan.yml | rule generic-api-key disabled');
    expect(section).toContain('.secret-scan.yml | paths matching fixtures/** not scanned');
    expect(section).toContain('.secret-scan.yml | findings in tests/** only warn');
    expect(section).toContain('.secret-scan.yml | fail-on loosened from medium to high');
    expect(section).toMatch(/\.secret-scan-baseline\.json \| github-pat:cdcdcdcdcdcd… \(old\.env\)/);
    // The allow entry that was already on the base branch is not listed as added.
    expect(section).not.toContain('sample tokens in docs');
    const report = JSON.parse(readFileSync(result.outputs['report-file'] ?? '', 'utf8')) as { addedSuppressions: unknown[] };
    expect(report.addedSuppressions).toHaveLength(6);
    expectHidden(result, [password]);
  });

  it('an inline allow without a reason is rejected', async () => {
    const r = repo();
    const base = r.sha('HEAD');
    r.checkout('feature', true);
    const password = `${random(8)}!${random(6)}`;
    const head = r.commit('feat: db', { files: { 'db.py': `DB_PASSWORD = "${password}"  # secret-scan:allow\n` } });
    const result = await prRun(r, base, head);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.findings).toBe('1');
    expect(result.annotations.find((a) => a.level === 'notice')?.message).toMatch(/db\.py:1: the inline secret-scan:allow has no reason, so it is ignored/);
    expectHidden(result, [password]);
  });

  it('a clean pull request passes and the summary says what was scanned', async () => {
    const r = repo();
    const base = r.sha('HEAD');
    r.checkout('feature', true);
    r.commit('feat: a', { files: { 'src/a.ts': 'export const password = process.env.DB_PASSWORD;\nexport const token = "${API_TOKEN}";\n' } });
    const head = r.commit('feat: b', { files: { 'src/b.ts': 'export const b = 2;\n' } });
    const result = await prRun(r, base, head);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ findings: '0', failed: 'false', 'scanned-commits': '2' });
    expect(Number(result.outputs['scanned-bytes'])).toBeGreaterThan(50);
    expect(result.summary).toMatch(new RegExp(`Scanned ${base.slice(0, 12)}\\.\\.${head.slice(0, 12)} \\(2 commits\\), 2 commits, 2 files, \\d+ B\\.`));
    expect(result.summary).toMatch(/No secrets found/);
  });

  it('bad input: an unknown mode and an invalid config fail with one clear line', async () => {
    const r = repo();
    const wrong = await runAction('secret-scan', { workspace: r.dir, inputs: { mode: 'everything' } });
    expect(wrong.exitCode).toBe(1);
    expect(wrong.annotations[0]?.message).toMatch(/^mode: "everything" is not one of auto, pull_request/);
    r.write('.secret-scan.yml', 'allow:\n  - rule: jwt\n');
    const bad = await runAction('secret-scan', { workspace: r.dir, inputs: { mode: 'tree' } });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations[0]?.message).toMatch(/^\.secret-scan\.yml:2 allow\[0\]\.reason: is required/);
  });

  it('bad input: a missing git binary gives a clear error, never a pass', async () => {
    const r = repo();
    const result = await runAction('secret-scan', { workspace: r.dir, inputs: { mode: 'tree' }, env: { PATH: '/nonexistent' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toMatch(/git was not found on PATH/);
    expect(result.outputs.failed).toBeUndefined();
  });

  it('merge_group scans the group’s base..head', async () => {
    const r = repo();
    const base = r.sha('HEAD');
    r.checkout('gh-readonly-queue/main/pr-7', true);
    const key = stripeKey();
    const head = r.commit('feat: queue', { files: { 'q.env': `K=${key}\n` } });
    const result = await runAction('secret-scan', {
      eventName: 'merge_group',
      event: { merge_group: { base_sha: base, head_sha: head, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7' }, repository: { full_name: 'acme/app' } },
      workspace: r.dir,
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ findings: '1', 'scanned-commits': '1' });
    expectHidden(result, [key]);
  });

  it('keeps one sticky pull request comment', async () => {
    const github = await startGitHubFake();
    try {
      const r = repo();
      const base = r.sha('HEAD');
      r.checkout('feature', true);
      const token = githubToken();
      const head = r.commit('feat: x', { files: { 'x.env': `X=${token}\n` } });
      const run = () =>
        runAction('secret-scan', {
          eventName: 'pull_request',
          event: pullRequestEvent({ repo: REPO, number: 7, base: { ref: 'main', sha: base }, head: { ref: 'feature', sha: head } }),
          workspace: r.dir,
          github,
          token: 'test-token',
          inputs: { comment: 'true' },
        });
      const first = await run();
      expect(first.exitCode).toBe(1);
      await run();
      const comments = github.state.commentsOn('acme/app', 7);
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toMatch(/x\.env:1 \| github-pat/);
      expect(comments[0]?.body).not.toContain(token);
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
    }
  });
});
