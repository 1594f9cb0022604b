import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main.ts';
import { service, startHttp, type TestServer } from './fixtures.ts';

let app: TestServer;
beforeAll(async () => {
  app = await startHttp(service({ version: () => '3.1.0' }));
});
afterAll(async () => app.close());

async function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd: options.cwd ?? process.cwd(), env: options.env ?? {}, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('devops-actions smoke', () => {
  it('checks URLs and prints the JSON report in the CLI.md shape', async () => {
    const { code, stdout } = await cli(['smoke', `${app.url}/health`, `${app.url}/text`, '--expect-json', '$.status="ok"', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      passed: boolean;
      checks: { name: string; url: string; passed: boolean; status: number; latencyMs: object; errorRate: number; failures: string[] }[];
    };
    expect(report.passed).toBe(false);
    expect(report.checks.map((c) => [c.url, c.passed, c.status])).toEqual([
      [`${app.url}/health`, true, 200],
      [`${app.url}/text`, false, 200],
    ]);
    expect(report.checks[1]?.failures).toEqual(['cannot check $.status: the body is not JSON (content-type text/plain)']);
    expect(Object.keys(report.checks[0]?.latencyMs ?? {})).toEqual(['p50', 'p90', 'p95', 'p99', 'max']);
  });

  it('logs one progress line per check to stderr; the failures are in the report on stdout, once', async () => {
    const { code, stdout, stderr } = await cli(['smoke', `${app.url}/health`, `${app.url}/text`, '--expect-json', '$.status="ok"']);
    expect(code).toBe(1);
    const lines = stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\[\d\/2\] FAIL 127\.0\.0\.1:\d+\/text 200 \d+ ms$/),
        expect.stringMatching(/^\[\d\/2\] PASS 127\.0\.0\.1:\d+\/health 200 \d+ ms$/),
      ]),
    );
    expect(stdout.match(/✗ cannot check \$\.status/g)).toHaveLength(1);
  });

  it('runs a config file with env substitution and exits 0 when every check passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smoke-cli-'));
    writeFileSync(
      join(dir, 'smoke.yml'),
      'base-url: ${BASE}\nchecks:\n  - url: /health\n    expect-version: 3.1.0\n    settle-interval: 10ms\n  - url: /secure\n    expect-body: Welcome\n',
    );
    const { code, stdout } = await cli(['smoke', '--config', 'smoke.yml', '--cwd', dir, '--output', 'report.md', '--format', 'markdown'], {
      env: { BASE: app.url },
    });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const markdown = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(markdown).toContain('## Smoke test: ✅ all 2 checks passed');
    expect(markdown).toContain('Version: expected `3.1.0`, seen `3.1.0`, 3 in a row');
  });

  it('prints text, and exits 2 naming the option on a usage or configuration error', async () => {
    const text = await cli(['smoke', `${app.url}/slow`, '--requests', '20', '--threshold', 'p95 < 1ms']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      /^FAIL 127\.0\.0\.1:\d+\/slow 200 p50 \d+ ms p95 \d+ ms p99 \d+ ms max \d+ ms errors 0%\n {5}✗ p95 was [\d.]+ ms over 20 requests; the budget is p95 < 1ms\n/,
    );
    const noUnit = await cli(['smoke', app.url, '--requests', '20', '--threshold', 'p95 < 300']);
    expect(noUnit).toMatchObject({ code: 2, stderr: 'devops-actions smoke: --threshold: "p95 < 300" has no unit: write ms or s (for example: p95 < 300ms)\n' });
    const nothing = await cli(['smoke']);
    expect(nothing).toMatchObject({ code: 2, stderr: 'devops-actions smoke: give one or more URLs or --config FILE (see --help)\n' });
    const help = await cli(['smoke', '--help']);
    expect(help.stdout).toContain('Usage: devops-actions smoke URL...');
  });
});
