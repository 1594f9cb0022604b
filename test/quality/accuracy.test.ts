// The figures agree with the reference tools where they are installed: project coverage with
// `lcov --summary` (Debian package lcov), patch coverage with `diff-cover` (Debian package diff-cover).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLcov, runGate, totalsOf } from '@devops-actions/quality';
import { createSampleRepo, produceReports } from './sample.ts';

function installed(tool: string): boolean {
  return spawnSync('which', [tool]).status === 0;
}

/** A deterministic pseudo-random LCOV file: many files, repeated SF records, zero-hit and hit lines. */
function generateLcov(files: number, seed = 7): string {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const out: string[] = ['TN:'];
  for (let f = 0; f < files; f++) {
    const repeats = f % 7 === 0 ? 2 : 1;
    for (let r = 0; r < repeats; r++) {
      out.push(`SF:/work/app/src/module-${f}.ts`);
      const lines = 5 + Math.floor(random() * 60);
      let found = 0;
      let hit = 0;
      for (let l = 1; l <= lines; l++) {
        if (random() < 0.3) continue;
        const hits = random() < 0.35 ? 0 : Math.floor(random() * 20) + 1;
        out.push(`DA:${l},${hits}`);
        found++;
        if (hits > 0) hit++;
      }
      out.push(`LF:${found}`, `LH:${hit}`, 'end_of_record');
    }
  }
  return out.join('\n') + '\n';
}

describe.runIf(installed('lcov'))('project coverage vs lcov --summary', () => {
  it('matches the line rate to 0.01 points', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quality-lcov-'));
    const file = join(dir, 'lcov.info');
    writeFileSync(file, generateLcov(400));
    const summary = execFileSync('lcov', ['--summary', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const match = /lines\.*:\s*([\d.]+)%\s*\((\d+) of (\d+) lines\)/.exec(summary);
    expect(match, summary).not.toBeNull();
    const report = await parseLcov(file, 'lcov.info');
    let covered = 0;
    let total = 0;
    for (const entry of report.files.values()) {
      const t = totalsOf(entry);
      covered += t.covered;
      total += t.total;
    }
    expect(total).toBe(Number(match?.[3]));
    expect(covered).toBe(Number(match?.[2]));
    expect(Math.abs((covered / total) * 100 - Number(match?.[1]))).toBeLessThan(0.05); // lcov prints one decimal
  });
});

describe.runIf(installed('diff-cover'))('patch coverage vs diff-cover', () => {
  it('matches diff-cover on a real Cobertura report and diff', async () => {
    const repo = createSampleRepo();
    repo.checkout('feature', true);
    const cart = readFileSync(join(repo.dir, 'src/cart.js'), 'utf8');
    repo.commit('feat: shipping', {
      files: {
        'src/cart.js': cart.replace(
          'export function total(',
          `export function shipping(items) {
  const weight = items.reduce((sum, item) => sum + (item.weight ?? 0), 0);
  if (weight > 1000) {
    return 0;
  }
  return 490;
}

export function total(`,
        ),
        'src/format.js': readFileSync(join(repo.dir, 'src/format.js'), 'utf8').replace("currency = 'EUR'", "currency = 'USD'"),
      },
    });
    produceReports(repo, { cobertura: true });
    const json = join(repo.dir, 'coverage', 'diff-cover.json');
    execFileSync('diff-cover', ['coverage/cobertura-coverage.xml', '--compare-branch=main', `--json-report=${json}`], { cwd: repo.dir, stdio: 'ignore' });
    const reference = JSON.parse(readFileSync(json, 'utf8')) as { total_num_lines: number; total_num_violations: number; total_percent_covered: number };
    const result = await runGate({ cwd: repo.dir, coverage: ['coverage/cobertura-coverage.xml'], base: { ref: 'main' } });
    const patch = result.coverage?.patch;
    expect(patch?.total).toBe(reference.total_num_lines);
    expect((patch?.total ?? 0) - (patch?.covered ?? 0)).toBe(reference.total_num_violations);
    expect(reference.total_num_violations).toBeGreaterThan(0);
    expect(Math.abs((patch?.pct ?? 0) - reference.total_percent_covered)).toBeLessThan(1); // diff-cover rounds to whole percent
    repo.cleanup();
  });
});
