import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main.ts';
import { createRepo, type GitRepo } from '../harness/git.ts';
import { githubToken, stripeKey } from './tokens.ts';
import { sarifProblems } from '../harness/sarif.ts';

const repos: GitRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(['secret-scan', ...args], { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('devops-actions secret-scan', () => {
  it('scans the tree by default, redacts values and exits 1 on findings', async () => {
    const r = createRepo();
    repos.push(r);
    const token = githubToken();
    r.write('src/app.ts', `export const token = '${token}';\n`);
    const text = await cli([], r.dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/src\/app\.ts:1:\d+\s+high\s+github-pat\s+ghp_…/);
    expect(text.stdout).toMatch(/Scanned working tree, 2 files/);
    const json = await cli(['--format', 'json'], r.dir);
    const report = JSON.parse(json.stdout) as {
      findings: { rule: string; file: string; line: number; redacted: string; fingerprint: string }[];
      scanned: { mode: string; files: number };
    };
    expect(report.findings[0]).toMatchObject({ rule: 'github-pat', file: 'src/app.ts', line: 1 });
    expect(report.findings[0]?.fingerprint).toMatch(/^github-pat:[0-9a-f]{64}$/);
    expect(report.scanned).toMatchObject({ mode: 'tree', files: 2 });
    const sarif = await cli(['--format', 'sarif'], r.dir);
    expect((JSON.parse(sarif.stdout) as { version: string }).version).toBe('2.1.0');
    expect(sarifProblems(JSON.parse(sarif.stdout))).toEqual([]);
    for (const out of [text.stdout, json.stdout, sarif.stdout, text.stderr]) expect(out).not.toContain(token);
  });

  it('writes a sorted, timestamp-free baseline that then suppresses the findings', async () => {
    const r = createRepo();
    repos.push(r);
    r.write('a.env', `A=${githubToken()}\nB=${stripeKey()}\n`);
    const made = await cli(['baseline'], r.dir);
    expect(made.code).toBe(0);
    const file = join(r.dir, '.secret-scan-baseline.json');
    const first = readFileSync(file, 'utf8');
    const parsed = JSON.parse(first) as { findings: { fingerprint: string }[] };
    expect(parsed.findings).toHaveLength(2);
    expect(parsed.findings.map((f) => f.fingerprint)).toEqual([...parsed.findings.map((f) => f.fingerprint)].sort());
    expect(first).not.toMatch(/20\d\d-\d\d-\d\d/);
    await cli(['baseline'], r.dir);
    expect(readFileSync(file, 'utf8')).toBe(first);
    const again = await cli([], r.dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/suppressed \(baseline/);
  });

  it('scans a range and the index, and exits 2 on usage and configuration errors', async () => {
    const r = createRepo();
    repos.push(r);
    const base = r.sha('HEAD');
    r.commit('feat: x', { files: { 'x.env': `X=${githubToken()}\n` } });
    const range = await cli(['--range', `${base}..HEAD`, '--format', 'json'], r.dir);
    expect(range.code).toBe(1);
    expect((JSON.parse(range.stdout) as { scanned: { commits: number } }).scanned.commits).toBe(1);
    r.write('y.env', `Y=${githubToken()}\n`);
    r.git(['add', 'y.env']);
    const staged = await cli(['--staged', '--format', 'json'], r.dir);
    expect((JSON.parse(staged.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file)).toEqual(['y.env']);
    expect((await cli(['--tree', '--history'], r.dir)).code).toBe(2);
    expect((await cli(['--format', 'xml'], r.dir)).stderr).toMatch(/--format: "xml" is not supported/);
    expect((await cli(['--range', 'nope..HEAD'], r.dir)).stderr).toMatch(/nope/);
    // A ref that git would read as an option is refused before git sees it.
    const option = await cli([`--range=--output=${join(r.dir, 'written')}..HEAD`], r.dir);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/base: "--output=.*" is not a git ref or commit \(it starts with "-"\)/);
    expect(existsSync(join(r.dir, 'written'))).toBe(false);
    r.write('.secret-scan.yml', 'fail-on: maybe\n');
    const bad = await cli([], r.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.secret-scan\.yml:1 fail-on: "maybe" is not one of/);
    expect(existsSync(join(r.dir, '.secret-scan-baseline.json'))).toBe(false);
  });
});
