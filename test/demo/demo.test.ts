// `npm run demo` is the project's main job: it must pass from a clean checkout, with nginx and,
// through the Node proxy, without it. Runs the script as a user does and reads what it prints.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/run-action.ts';

const run = promisify(execFile);

async function demo(env: Record<string, string>): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [join(ROOT, 'scripts', 'demo.ts')], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '' };
  }
}

describe('npm run demo', () => {
  it('runs every stage of the pipeline as expected and writes the report', { timeout: 240_000 }, async () => {
    const result = await demo({});
    expect(result.stdout).toMatch(/^(\d) of \1 stages as expected in [\d.]+ s$/m);
    expect(result.code).toBe(0);
    for (const stage of ['quality gate', 'secret scan', 'migration check', 'deploy', 'release']) expect(result.stdout).toContain(`] ${stage}`);
    expect(existsSync(join(ROOT, 'demo-report', 'report.md'))).toBe(true);
    expect(readFileSync(join(ROOT, 'demo-report', 'report.md'), 'utf8')).toMatch(/migration check/);
  });

  it('deploys through the Node proxy where nginx is missing, and says so', { timeout: 120_000 }, async () => {
    const result = await demo({ DEMO_ONLY: 'deploy', DEMO_PROXY: 'node' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('using a small Node proxy (scripts/demo/proxy.ts) and the command adapter instead');
    expect(result.stdout).toMatch(/ok {3}v3 \(fails 1 request in 5\) rolled back automatically: rolled-back/);
  });
});
