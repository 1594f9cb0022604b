import { describe, expect, it } from 'vitest';
import { main } from '@devops-actions/cli';
import { createRepo } from '../harness/git.ts';

async function capture(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('devops-actions quality-gate', () => {
  const repo = createRepo();
  const base = repo.commit('feat: app', { files: { 'src/a.ts': 'a\nb\nc\n' } });
  repo.checkout('feature', true);
  repo.commit('feat: more', { files: { 'src/a.ts': 'a\nb\nc\nd\ne\nf\ng\nh\n' } });
  repo.write('.gitignore', 'out/\n');
  repo.write('out/lcov.info', 'SF:src/a.ts\nDA:1,1\nDA:4,1\nDA:5,0\nDA:6,0\nDA:7,0\nDA:8,0\nend_of_record\n');
  repo.write('out/junit.xml', '<testsuites><testsuite name="s"><testcase classname="s" name="works"/></testsuite></testsuites>');

  it('prints the CLI.md JSON shape and exits 1 on a failed gate', async () => {
    const result = await capture(
      ['quality-gate', '--coverage', 'out/lcov.info', '--tests', 'out/*.xml', '--base', base, '--format', 'json', '--quiet'],
      repo.dir,
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { conditions: { name: string }[] };
    expect(report.conditions.find((c) => c.name === 'patch-coverage')).toEqual({
      name: 'patch-coverage',
      status: 'failed',
      value: '20.00%',
      threshold: '≥ 80%',
      level: 'error',
      detail: '1 of 5 coverable changed lines covered',
    });
    expect(report).toMatchObject({
      passed: false,
      coverage: {
        project: { covered: 2, total: 6, pct: 33.33 },
        patch: { covered: 1, total: 5, pct: 20 },
        files: [{ file: 'src/a.ts', covered: 2, total: 6 }],
      },
      tests: { total: 1, failed: 0, skipped: 0 },
    });
  });

  it('passes with a lower threshold and says what it compared, in text', async () => {
    const result = await capture(['quality-gate', '--coverage', 'out/lcov.info', '--base', 'main', '--patch-coverage', '20%'], repo.dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Quality gate passed');
    expect(result.stdout).toContain(`Merge base ${base.slice(0, 12)}`);
    expect(result.stdout).toContain('src/a.ts: uncovered changed lines 5-8');
  });

  it('prints the pull request comment with --format markdown, its files unlinked', async () => {
    const result = await capture(['quality-gate', '--coverage', 'out/lcov.info', '--base', base, '--format', 'markdown', '--quiet'], repo.dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^## Quality gate\n\n❌ Quality gate failed: Patch coverage\n/);
    expect(result.stdout).toContain(`Compared with merge base \`${base.slice(0, 12)}\``);
    expect(result.stdout).toMatch(/\| Patch coverage<br><sub>1 of 5 coverable changed lines covered<\/sub> \| 20\.00% \| ≥ 80% \|/);
    expect(result.stdout).toContain('| src/a.ts | 20.00% (1/5) | L5-8 |');
  });

  it('exits 2 naming the option for a threshold without % and for a missing report', async () => {
    const bare = await capture(['quality-gate', '--coverage', 'out/lcov.info', '--patch-coverage', '80'], repo.dir);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toBe('devops-actions quality-gate: --patch-coverage: "80" has no % sign; percentages are written with one: 80% (for example: 80%)\n');
    const missing = await capture(['quality-gate', '--coverage', 'nope/*.info'], repo.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no file matches the coverage pattern "nope/*.info"');
  });
});
