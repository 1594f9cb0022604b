// The smoke-test bundle run as the runner runs it, against real servers on 127.0.0.1.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../harness/run-action.ts';
import { startGitHubFake, type GitHubFake } from '../harness/github-fake/index.ts';
import { barrier, closedPort, hasOpenssl, makeCertificates, service, startHttp, startHttps, type Certificates, type TestServer } from './fixtures.ts';

let app: TestServer;
beforeAll(async () => {
  app = await startHttp(service({ version: () => '2.0.0', slowMs: 150 }));
});
afterAll(async () => app.close());

describe('smoke-test action', () => {
  it('passes a service that becomes ready after 3 s with wait-timeout 10s', async () => {
    const startedAt = Date.now();
    const starting = await startHttp(service({ version: () => '2.0.0', readyAt: () => Date.now() - startedAt > 3000 }));
    try {
      const result = await runAction('smoke-test', { inputs: { url: `${starting.url}/health`, 'wait-timeout': '10s', 'expect-json': '{"$.status": ok}' } });
      expect(result.exitCode, result.stdout).toBe(0);
      expect(result.outputs.passed).toBe('true');
      expect(result.outputs['failed-checks']).toBe('[]');
      expect(Number(result.outputs['p95-ms'])).toBeGreaterThanOrEqual(0);
      expect(starting.hits.get('/health')).toBeGreaterThan(3);
      expect(result.summary).toContain('## Smoke test: ✅ all 1 check passed');
      expect(result.summary).toMatch(/\| 127\.0\.0\.1:\d+\/health \| ✅ passed \| 200 \|/);
    } finally {
      await starting.close();
    }
  });

  it('fails expect-version while the old version still answers', async () => {
    const old = await startHttp(service({ version: () => '1.0.0' }));
    try {
      const result = await runAction('smoke-test', {
        inputs: { url: `${old.url}/health`, 'wait-timeout': '2s', 'expect-version': '2.0.0', 'version-header': 'x-app-version' },
      });
      expect(result.exitCode).toBe(1);
      expect(result.outputs.passed).toBe('false');
      expect(JSON.parse(result.outputs['failed-checks'] ?? '')).toEqual([`127.0.0.1:${old.port}/health`]);
      expect(result.annotations[0]?.level).toBe('error');
      expect(result.annotations[0]?.message).toMatch(/^expected version 2\.0\.0 3 times in a row, but the service still answered 1\.0\.0 after \d+ requests$/);
      expect(result.summary).toContain('Version: expected `2.0.0`, seen `1.0.0`, 0 in a row');
    } finally {
      await old.close();
    }
  });

  it('runs a config file: error budget, p95 budget, security headers, an unreachable host and a JSON report', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'smoke-ws-'));
    const port = await closedPort();
    writeFileSync(
      join(workspace, 'smoke-test.yml'),
      [
        'base-url: ${{ env.BASE_URL }}',
        'defaults:',
        '  timeout: 5s',
        'checks:',
        '  - name: health',
        '    url: /health',
        '    expect-version: 2.0.0',
        '    settle: 2',
        '    settle-interval: 10ms',
        '  - name: flaky',
        '    url: /flaky',
        '    requests: 50',
        '    concurrency: 5',
        '    thresholds: [error-rate < 1%]',
        '  - name: slow',
        '    url: /slow',
        '    requests: 20',
        '    concurrency: 5',
        '    thresholds: [p95 < 50ms]',
        '  - name: headers',
        '    url: /bare',
        '    security-headers: { default: fail, version-leak: warn }',
        '  - name: down',
        `    url: http://127.0.0.1:${port}/health`,
        '    wait-timeout: 1s',
      ].join('\n'),
    );
    const result = await runAction('smoke-test', {
      workspace,
      env: { BASE_URL: app.url },
      inputs: { config: 'smoke-test.yml', 'report-file': 'out/report.json' },
    });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.outputs['failed-checks'] ?? '')).toEqual(['flaky', 'slow', 'headers', 'down']);
    expect(result.outputs['report-file']).toBe(join(workspace, 'out/report.json'));
    expect(Number(result.outputs['p95-ms'])).toBeGreaterThanOrEqual(140);

    const report = JSON.parse(readFileSync(join(workspace, 'out/report.json'), 'utf8')) as {
      passed: boolean;
      checks: { name: string; passed: boolean; status?: number; latencyMs: Record<string, number>; errorRate: number; failures: string[] }[];
    };
    expect(report.passed).toBe(false);
    const byName = Object.fromEntries(report.checks.map((c) => [c.name, c]));
    expect(byName.health).toMatchObject({ passed: true, status: 200, errorRate: 0, failures: [] });
    expect(Object.keys(byName.health?.latencyMs ?? {})).toEqual(['p50', 'p90', 'p95', 'p99', 'max']);
    expect(byName.flaky).toMatchObject({ passed: false, errorRate: 0.2, failures: ['error-rate was 20% over 50 requests; the budget is error-rate < 1%'] });
    expect(byName.slow?.failures[0]).toMatch(/^p95 was [\d.]+ ms over 20 requests; the budget is p95 < 50ms$/);
    expect(byName.headers?.failures).toEqual([
      'Content-Security-Policy is missing',
      'X-Content-Type-Options is missing (want nosniff)',
      'no frame protection: neither X-Frame-Options nor CSP frame-ancestors is set',
      'Referrer-Policy is missing',
    ]);
    expect(byName.down?.failures[0]).toMatch(
      /^not ready: tried GET http:\/\/127\.0\.0\.1:\d+\/health \d+ times? over [\d.]+ s \(wait-timeout 1 s\); last error: connection refused by 127\.0\.0\.1:\d+$/,
    );

    // The summary: one row per check, with percentiles and failures in words.
    expect(result.summary).toContain('## Smoke test: ❌ 4 of 5 checks failed');
    expect(result.summary).toContain('| Check | Result | Status | p50 | p90 | p95 | p99 | max | Errors | TLS days | Failures |');
    expect(result.summary).toMatch(/\| slow \| ❌ failed \| 200 \| \d+ ms \| \d+ ms \| \d+ ms \| \d+ ms \| \d+ ms \| 0% of 20 \| {2}\| p95 was/);
    expect(result.summary).toMatch(/\| flaky \| ❌ failed \| 200 \| .* \| 20% of 50 \|/);
    expect(result.summary).toContain('⚠️ Server reveals a version ("nginx/1.18.0")');
    // Annotations: one error per failed check, warnings for the rest.
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.title)).toEqual([
      'smoke-test: flaky',
      'smoke-test: slow',
      'smoke-test: headers',
      'smoke-test: down',
    ]);
    expect(result.annotations.some((a) => a.level === 'warning' && a.message.includes('X-Powered-By reveals a version'))).toBe(true);
  });

  it('runs fifty checks from a config in parallel', async () => {
    const gate = barrier(50);
    const busy = await startHttp(gate.handler);
    try {
      const workspace = mkdtempSync(join(tmpdir(), 'smoke-fifty-'));
      const checks = Array.from({ length: 50 }, (_, i) => `  - { name: check ${i}, url: /slow?i=${i}, expect-json: { $.status: ok } }`);
      writeFileSync(join(workspace, 'smoke-test.yml'), ['base-url: ${BASE_URL}', 'checks:', ...checks].join('\n'));
      const result = await runAction('smoke-test', { workspace, env: { BASE_URL: busy.url }, inputs: { config: 'smoke-test.yml' } });
      expect(result.exitCode, result.stdout).toBe(0);
      expect(result.summary).toContain('## Smoke test: ✅ all 50 checks passed');
      expect(result.stdout).toContain('[50/50] PASS');
      expect(gate.most()).toBe(50);
    } finally {
      await busy.close();
    }
  });

  it('masks header values and never prints the body of an authenticated request', async () => {
    const secret = `s${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
    const result = await runAction('smoke-test', {
      inputs: { url: `${app.url}/echo`, headers: `Authorization: Bearer ${secret}\nX-Trace: 1`, 'expect-body': 'not there' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.masked).toEqual(expect.arrayContaining([`Bearer ${secret}`, secret]));
    expect(result.masked).not.toContain('1');
    const firstMask = result.stdout.indexOf('::add-mask::');
    expect(firstMask).toBe(0);
    const unmasked = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(unmasked.join('\n')).not.toContain(secret);
    expect(result.summary).not.toContain(secret);
    expect(result.summary).not.toContain('Body of the first failing answer');
    expect(result.annotations[0]?.message).toBe('the body does not contain "not there"');
  });

  it('refuses bad input with one clear error before any request', async () => {
    const quiet = await startHttp(service());
    try {
      const noUnit = await runAction('smoke-test', { inputs: { url: `${quiet.url}/health`, requests: '30', thresholds: 'p95 < 300' } });
      expect(noUnit.exitCode).toBe(1);
      expect(noUnit.annotations).toEqual([{ level: 'error', message: 'thresholds: "p95 < 300" has no unit: write ms or s (for example: p95 < 300ms)' }]);
      const badUrl = await runAction('smoke-test', { inputs: { url: 'htp//nope' } });
      expect(badUrl.annotations[0]?.message).toBe('url: "htp//nope" is not a valid URL (for example: https://example.com/health)');
      const badAssertion = await runAction('smoke-test', { inputs: { url: `${quiet.url}/health`, 'expect-json': '{"$.a": {contains: 1}}' } });
      expect(badAssertion.annotations[0]?.message).toBe(
        'expect-json: "contains" is not a JSON assertion; use equals or exists (for example: { exists: true })',
      );
      const nothing = await runAction('smoke-test', {});
      expect(nothing.annotations[0]?.message).toMatch(/^url: give url \(one or more URLs\) or config/);
      expect(quiet.hits.size).toBe(0);
    } finally {
      await quiet.close();
    }
  });

  it('checks the deployment_status environment_url and comments once on its pull request', async () => {
    const github: GitHubFake = await startGitHubFake();
    const token = `ghs_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
    const sha = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';
    github.state.addPull('acme/app', { number: 12, headSha: sha });
    const event = {
      deployment_status: { state: 'success', environment: 'preview', environment_url: `${app.url}/health`, target_url: '' },
      deployment: { sha, environment: 'preview', ref: 'feature-12' },
      repository: { full_name: 'acme/app' },
    };
    try {
      const options = {
        github,
        token,
        eventName: 'deployment_status',
        event,
        inputs: { comment: 'true', 'expect-version': '2.0.0', 'settle-interval': '10ms' },
      };
      const first = await runAction('smoke-test', options);
      expect(first.exitCode, first.stdout).toBe(0);
      expect(first.outputs.passed).toBe('true');
      const second = await runAction('smoke-test', options);
      expect(second.exitCode).toBe(0);
      const comments = github.state.commentsOn('acme/app', 12);
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toContain(`Preview: ${app.url}/health`);
      expect(comments[0]?.body).toContain('## Smoke test: ✅ all 1 check passed');
      github.assertNoViolations();
    } finally {
      await github.close();
    }
  });
});

describe.runIf(hasOpenssl())('smoke-test action over TLS', () => {
  let certs: Certificates;
  let expiring: TestServer;
  beforeAll(async () => {
    certs = makeCertificates();
    expiring = await startHttps(certs.expiring, service());
  });
  afterAll(async () => {
    await expiring.close();
    certs.cleanup();
  });

  it('warns or fails the certificate expiring in 5 days by lead time', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'smoke-tls-'));
    writeFileSync(join(workspace, 'ca.pem'), certs.ca.cert);
    const failing = await runAction('smoke-test', { workspace, inputs: { url: `${expiring.url}/health`, 'ca-file': 'ca.pem' } });
    expect(failing.exitCode).toBe(1);
    expect(failing.annotations[0]?.message).toMatch(/^the certificate expires in [45] days \(.*\), under the 7-day limit$/);
    expect(failing.summary).toMatch(/\| ❌ failed \| 200 \| .* \| [45] \| the certificate expires/);
    const warning = await runAction('smoke-test', { workspace, inputs: { url: `${expiring.url}/health`, 'ca-file': 'ca.pem', 'tls-fail-days': '3' } });
    expect(warning.exitCode).toBe(0);
    expect(warning.outputs.passed).toBe('true');
    expect(warning.annotations).toEqual([
      { level: 'warning', title: expect.stringContaining('smoke-test:') as string, message: expect.stringMatching(/under the 30-day warning$/) as string },
    ]);
  });
});
