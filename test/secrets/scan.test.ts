import { afterEach, describe, expect, it } from 'vitest';
import { formatBaseline, parseConfig, readBaseline, scan, toJson, toSarif, type ScanResult } from '../../packages/secrets/src/index.ts';
import { createRepo, type GitRepo } from '../harness/git.ts';
import { githubToken, npmToken, privateKeyPem, random, stripeKey } from './tokens.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const repos: GitRepo[] = [];
function repo(): GitRepo {
  const r = createRepo();
  repos.push(r);
  return r;
}
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function leaks(result: ScanResult, secret: string): boolean {
  const text = JSON.stringify(toJson(result)) + JSON.stringify(toSarif(result));
  return text.includes(secret);
}

describe('scan modes', () => {
  it('pull_request: finds a token added on the branch, with file, line and commit', async () => {
    const r = repo();
    const base = r.sha('HEAD');
    r.checkout('feature', true);
    const token = githubToken();
    r.commit('feat: config', { files: { 'src/config.ts': `export const a = 1;\nexport const token = '${token}';\n` } });
    const head = r.commit('chore: more', { files: { 'src/other.ts': 'export const b = 2;\n' } });
    const result = await scan({ cwd: r.dir, mode: 'pull_request', base, head });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'github-pat', file: 'src/config.ts', line: 2, severity: 'high', status: 'new', checksumValid: true });
    expect(result.findings[0]?.commit).toBe(r.sha('HEAD~1'));
    expect(result.scanned.commits).toBe(2);
    expect(result.failed).toBe(true);
    expect(result.masks).toContain(token);
    expect(leaks(result, token)).toBe(false);
  });

  it('pull_request: a secret removed on the branch but added on the base is still exposed', async () => {
    const r = repo();
    const key = stripeKey();
    r.commit('feat: pay', { files: { 'pay.env': `A=1\nSTRIPE_KEY=${key}\n` } });
    const base = r.sha('HEAD');
    r.checkout('fix', true);
    const head = r.commit('fix: remove key', { files: { 'pay.env': 'A=1\n' } });
    const result = await scan({ cwd: r.dir, mode: 'pull_request', base, head });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ rule: 'stripe-secret-key', status: 'still-in-history', file: 'pay.env', line: 2 });
    expect(result.failed).toBe(true);
  });

  it('pull_request: deepens a depth-1 clone until the merge base resolves', async () => {
    const r = repo();
    for (let i = 0; i < 5; i++) r.commit(`chore: ${i}`, { files: { [`f${i}.txt`]: `${i}\n` } });
    const base = r.sha('HEAD');
    r.checkout('feature', true);
    const token = npmToken();
    r.commit('feat: npmrc', { files: { '.npmrc': `//registry.npmjs.org/:_authToken=${token}\n` } });
    for (let i = 0; i < 3; i++) r.commit(`chore: f${i}`, { files: { [`g${i}.txt`]: `${i}\n` } });
    const head = r.sha('HEAD');
    const clone = r.clone({ depth: 1 });
    repos.push(clone);
    expect(clone.isShallow()).toBe(true);
    const result = await scan({ cwd: clone.dir, mode: 'pull_request', base, head });
    expect(result.scanned.deepened).toMatch(/deepen|unshallow/);
    expect(result.scanned.commits).toBe(4);
    expect(result.findings.map((f) => f.rule)).toEqual(['npm-access-token']);
  });

  it('fails closed with a message naming fetch-depth when the range cannot be fetched', async () => {
    const r = repo();
    const base = r.sha('HEAD');
    r.commit('x', { files: { 'a.txt': 'a\n' } });
    await expect(scan({ cwd: r.dir, mode: 'pull_request', base: 'f'.repeat(40), head: r.sha('HEAD'), fetch: false })).rejects.toThrow(/fetch-depth/);
    await expect(scan({ cwd: r.dir, mode: 'pull_request', base, head: base })).rejects.toThrow(/no commits/);
  });

  it('push with before = zeros scans the commits not on the default branch', async () => {
    const r = repo();
    const old = githubToken();
    r.commit('feat: old', { files: { 'old.ts': `const t = '${old}';\n` } });
    r.checkout('topic', true);
    const token = githubToken('s');
    const after = r.commit('feat: topic', { files: { 'new.ts': `const t = '${token}';\n` } });
    const result = await scan({ cwd: r.dir, mode: 'push', base: '0'.repeat(40), head: after, defaultBranch: 'main' });
    expect(result.findings.map((f) => f.rule)).toEqual(['github-server-to-server-token']);
    expect(result.scanned.range).toMatch(/not on main/);
  });

  it('history scans all refs; tree scans the working tree honouring .gitignore', async () => {
    const r = repo();
    const a = githubToken();
    r.commit('feat: a', { files: { 'a.ts': `x = '${a}'\n`, '.gitignore': 'ignored.env\n' } });
    r.commit('fix: drop a', { files: { 'a.ts': 'x = 1\n' } });
    const history = await scan({ cwd: r.dir, mode: 'history' });
    expect(history.findings.map((f) => f.rule)).toEqual(['github-pat']);
    expect(history.scanned.commits).toBe(3);
    r.write('ignored.env', `T=${githubToken()}\n`);
    const { pem } = privateKeyPem();
    r.write('keys/deploy.pem', pem);
    const tree = await scan({ cwd: r.dir, mode: 'tree' });
    expect(tree.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['private-key-rsa keys/deploy.pem:1']);
  });

  it('staged scans the index for a pre-commit hook', async () => {
    const r = repo();
    r.write('app.env', `TOKEN=${githubToken()}\n`);
    r.git(['add', 'app.env']);
    const result = await scan({ cwd: r.dir, mode: 'staged' });
    expect(result.findings.map((f) => f.file)).toEqual(['app.env']);
  });
});

describe('policy', () => {
  it('a baseline suppresses a finding after the file moved and its lines shifted; stale entries are reported', async () => {
    const r = repo();
    const token = githubToken();
    r.commit('feat: cfg', { files: { 'config/app.env': `A=1\nGH=${token}\n` } });
    const first = await scan({ cwd: r.dir, mode: 'tree' });
    const file = join(r.dir, '.secret-scan-baseline.json');
    writeFileSync(file, formatBaseline(first.findings.map((f) => ({ fingerprint: f.fingerprint, rule: f.rule, file: f.file }))));
    writeFileSync(
      file.replace('.json', '.stale.json'),
      formatBaseline([{ fingerprint: `github-pat:${'0'.repeat(64)}`, rule: 'github-pat', file: 'gone.env' }]),
    );
    r.commit('refactor: move', { files: { 'config/app.env': null, 'settings/prod.env': `# moved\n\nB=2\nA=1\nGH=${token}\n` } });
    const baseline = readBaseline(file);
    const second = await scan({
      cwd: r.dir,
      mode: 'tree',
      baseline: { version: 1, entries: [...baseline.entries, ...readBaseline(file.replace('.json', '.stale.json')).entries] },
    });
    expect(second.findings).toHaveLength(0);
    expect(second.suppressed.map((s) => `${s.via} ${s.finding.file}:${s.finding.line}`)).toEqual(['baseline settings/prod.env:5']);
    expect(second.staleBaseline.map((e) => e.file)).toEqual(['gone.env']);
    expect(second.failed).toBe(false);
  });

  it('inline allows need a reason and are never enough for checksum-valid tokens', async () => {
    const r = repo();
    const config = parseConfig('fail-on: low\n');
    const [pw1, pw2] = [`${random(6)}!${random(6)}`, `${random(6)}#${random(6)}`];
    r.write(
      'a.env',
      `PASSWORD="${pw1}" # secret-scan:allow\nDB_PASSWORD="${pw2}" # secret-scan:allow local docker only\nT=${githubToken()} # secret-scan:allow test\n`,
    );
    const result = await scan({ cwd: r.dir, mode: 'tree', config });
    expect(result.findings.map((f) => `${f.rule}:${f.line}`).sort()).toEqual(['generic-password:1', 'github-pat:3']);
    expect(result.suppressed.map((s) => `${s.via}:${s.reason}`)).toEqual(['inline:local docker only']);
    expect(result.notices.join('\n')).toMatch(/a\.env:1: the inline secret-scan:allow has no reason/);
    expect(result.notices.join('\n')).toMatch(/a\.env:3: a checksum-valid github-pat token/);
  });

  it('per-path overrides, fail-on and allow entries with expiry', async () => {
    const r = repo();
    const token = githubToken();
    r.write('tests/fixtures/a.env', `T=${token}\n`);
    r.write('src/b.env', `S=${stripeKey()}\n`);
    const config = parseConfig(
      `fail-on: high\nseverity:\n  - paths: ['tests/**']\n    warn-only: true\nallow:\n  - rule: stripe-secret-key\n    paths: ['src/**']\n    reason: revoked\n    expires: 2000-01-01\n`,
    );
    const result = await scan({ cwd: r.dir, mode: 'tree', config });
    expect(result.findings.map((f) => `${f.rule}:${f.warnOnly}`).sort()).toEqual(['github-pat:true', 'stripe-secret-key:false']);
    expect(result.notices.join('\n')).toMatch(/expired on 2000-01-01/);
    expect(result.failed).toBe(true);
  });

  it('config errors name the line and the key', () => {
    expect(() => parseConfig('fail-on: high\nallow:\n  - rule: jwt\n')).toThrow(/^\.secret-scan\.yml:3 allow\[0\]\.reason: is required/);
    expect(() => parseConfig('fail-on: sometimes\n')).toThrow(/\.secret-scan\.yml:1 fail-on: "sometimes" is not one of high, medium, low, none/);
    expect(() => parseConfig('rules:\n  add:\n    - id: x\n      regex: "("\n      keywords: [x]\n')).toThrow(
      /:4 rules\.add\[0\]\.regex: is not a valid regular expression/,
    );
    expect(() => parseConfig('colour: blue\n')).toThrow(/:1 colour: "colour" is not a known key/);
    expect(() => parseConfig('a: [\n')).toThrow(/is not valid YAML/);
  });
});
