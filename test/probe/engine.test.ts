import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertResponse,
  classifyError,
  createHttpClient,
  defineCheck,
  normalizeConfig,
  runCheck,
  runChecks,
  settle,
  waitUntilReady,
  measureLatency,
  checkSecurityHeaders,
  securityPolicy,
  type Check,
  type Clock,
} from '@devops-actions/probe';
import { barrier, closedPort, service, startHttp, type TestServer } from './fixtures.ts';

const checksOf = (raw: Record<string, unknown>[], extra: Record<string, unknown> = {}): Check[] => normalizeConfig({ ...extra, checks: raw }).checks;
const one = (raw: Record<string, unknown>): Check => checksOf([raw])[0] as Check;

let app: TestServer;
let inFlight = 0;
let maxInFlight = 0;

beforeAll(async () => {
  const handler = service({ slowMs: 150 });
  app = await startHttp(async (request, response, body) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    response.on('close', () => inFlight--);
    await handler(request, response, body);
  });
});
afterAll(async () => app.close());

describe('assertions on one answer', () => {
  it('passes a check whose status, body, JSON and headers are as expected', async () => {
    const result = await runCheck(
      one({
        url: `${app.url}/health`,
        'expect-status': 200,
        'expect-body': 'ok',
        'expect-json': { '$.status': 'ok', '$.build.sha': { exists: true } },
        'expect-headers': { 'content-type': '/json/' },
      }),
    );
    expect(result).toMatchObject({ passed: true, outcome: 'passed', status: 200, failures: [] });
    expect(result.latencyMs.max).toBeGreaterThan(0);
  });

  it('says in words what is wrong with an answer', async () => {
    const result = await runCheck(
      one({
        url: `${app.url}/health`,
        'expect-status': '201-204',
        'expect-body': 'Welcome',
        'expect-json': { '$.status': 'down', '$.missing': { exists: true } },
        'expect-headers': 'x-frame-options: DENY',
      }),
    );
    expect(result.passed).toBe(false);
    expect(result.failures).toEqual([
      'status 200, expected 201-204',
      'the body does not contain "Welcome"',
      '$.status is "ok", expected "down"',
      '$.missing is missing from the JSON body',
      'header x-frame-options is missing',
    ]);
  });

  it('never quotes a cookie or credential header back in a failure', () => {
    const cookie = `sid=${Math.random().toString(36).slice(2)}`;
    const response = {
      url: 'http://127.0.0.1/',
      status: 200,
      headers: { 'set-cookie': cookie },
      body: Buffer.from(''),
      bytes: 0,
      oversize: false,
      redirects: [],
      elapsedMs: 1,
    };
    const failures = assertResponse(response, { ...one({ url: 'http://127.0.0.1/', 'expect-headers': { 'set-cookie': '/^session=/' } }).expect });
    expect(failures).toEqual(['header set-cookie is (value hidden), which does not match /^session=/']);
  });

  it('fails a JSON path on a body that is not JSON, naming the content type', async () => {
    const result = await runCheck(one({ url: `${app.url}/text`, 'expect-json': { '$.status': 'ok' } }));
    expect(result.failures).toEqual(['cannot check $.status: the body is not JSON (content-type text/plain)']);
  });

  it('follows redirects by default and asserts one when asked', async () => {
    const followed = await runCheck(one({ url: `${app.url}/redirect`, 'expect-json': { '$.status': 'ok' } }));
    expect(followed).toMatchObject({ passed: true, status: 200 });
    const asserted = await runCheck(one({ url: `${app.url}/redirect`, 'expect-redirect': { status: 301, location: '/health' } }));
    expect(asserted).toMatchObject({ passed: true, status: 301 });
    const wrong = await runCheck(one({ url: `${app.url}/redirect`, 'expect-redirect': '/elsewhere' }));
    expect(wrong.failures).toEqual([`expected a redirect to ${app.url}/elsewhere but it went to ${app.url}/health`]);
  });

  it('fails an answer larger than max-size', async () => {
    const result = await runCheck(one({ url: `${app.url}/big`, 'max-size': '10kB' }));
    expect(result.failures).toEqual(['the body is larger than the 10000 bytes allowed']);
  });

  it('shows a truncated body of a failing answer only when no credentials were sent', async () => {
    const plain = await runCheck(one({ url: `${app.url}/big`, 'expect-body': 'nope' }));
    expect(plain.bodyExcerpt).toMatch(/^x{200}… \(100000 bytes\)$/);
    const token = `t-${Math.random().toString(36).slice(2)}`;
    const withAuth = await runCheck(one({ url: `${app.url}/echo`, headers: { authorization: `Bearer ${token}` }, 'expect-body': 'nope' }));
    expect(withAuth.passed).toBe(false);
    expect(withAuth.bodyExcerpt).toBeUndefined();
    expect(JSON.stringify(withAuth)).not.toContain(token);
    const never = await runCheck(one({ url: `${app.url}/big`, 'expect-body': 'nope', 'show-body': 'never' }));
    expect(never.bodyExcerpt).toBeUndefined();
  });

  it('sends the method, headers and body', async () => {
    const result = await runCheck(
      one({
        url: `${app.url}/echo`,
        method: 'post',
        headers: 'content-type: application/json\nx-trace: 7',
        body: '{"a":1}',
        'expect-json': { '$.method': 'POST', '$.body': '{"a":1}', '$.headers.x-trace': '7' },
      }),
    );
    expect(result.failures).toEqual([]);
  });
});

describe('waiting', () => {
  it('waits until a starting service answers, counting 5xx as not yet', async () => {
    const startedAt = Date.now();
    const starting = await startHttp(service({ readyAt: () => Date.now() - startedAt > 800 }));
    try {
      const result = await runCheck(one({ url: `${starting.url}/health`, 'wait-timeout': '10s' }));
      expect(result.passed).toBe(true);
      expect(result.ready?.attempts).toBeGreaterThan(1);
      expect(starting.hits.get('/health')).toBeGreaterThan(2);
    } finally {
      await starting.close();
    }
  });

  it('fails an unreachable host after wait-timeout with what was tried and the last error', async () => {
    const port = await closedPort();
    const result = await runCheck(one({ url: `http://127.0.0.1:${port}/health`, 'wait-timeout': '1s' }));
    expect(result.passed).toBe(false);
    expect(result.failures[0]).toMatch(
      new RegExp(
        `^not ready: tried GET http://127\\.0\\.0\\.1:${port}/health \\d+ times over [\\d.]+ s \\(wait-timeout 1 s\\); last error: connection refused by 127\\.0\\.0\\.1:${port}$`,
      ),
    );
  });

  it('backs off on an injected clock without real waiting', async () => {
    const port = await closedPort();
    let now = 0;
    const pauses: number[] = [];
    const clock: Clock = {
      now: () => now,
      epochMs: () => 0,
      sleep: (ms) => {
        pauses.push(ms);
        now += ms;
        return Promise.resolve();
      },
    };
    const result = await waitUntilReady(one({ url: `http://127.0.0.1:${port}/` }), { timeoutMs: 3000, clock });
    expect(result.ready).toBe(false);
    expect(pauses.slice(0, 4)).toEqual([250, 375, 563, 844]);
    expect(pauses.reduce((a, b) => a + b, 0)).toBe(3000);
  });

  it('stops waiting at once when its signal is aborted', async () => {
    const port = await closedPort();
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('deploy cancelled')), 300);
    await expect(waitUntilReady(one({ url: `http://127.0.0.1:${port}/` }), { timeoutMs: 60_000, signal: controller.signal })).rejects.toThrow(
      'deploy cancelled',
    );
  });

  it('settles only after the expected version answers several times in a row', async () => {
    let calls = 0;
    const rolling = await startHttp(service({ version: () => (++calls <= 2 ? 'v1' : calls === 3 ? 'v2' : calls === 4 ? 'v1' : 'v2') }));
    try {
      const check = one({ url: `${rolling.url}/health`, 'expect-version': 'v2', 'version-header': 'x-app-version', settle: 3, 'settle-interval': '10ms' });
      const result = await settle(check, { expectVersion: 'v2', times: 3, timeoutMs: 5000 });
      expect(result).toMatchObject({ settled: true, consecutive: 3, seen: ['v1', 'v2'], attempts: 7 });
    } finally {
      await rolling.close();
    }
  });

  it('fails expect-version while the old version still answers', async () => {
    const old = await startHttp(service({ version: () => '1.0.0' }));
    try {
      const result = await runCheck(
        one({ url: `${old.url}/`, 'version-path': '/version', 'expect-version': '2.0.0', 'wait-timeout': '1s', 'settle-interval': '100ms' }),
      );
      expect(result.passed).toBe(false);
      expect(result.failures[0]).toMatch(/^expected version 2\.0\.0 3 times in a row, but the service still answered 1\.0\.0 after \d+ requests$/);
      expect(result.version?.seen).toEqual(['1.0.0']);
    } finally {
      await old.close();
    }
  });

  it('reads the version from a JSON field and matches commit SHAs by prefix', async () => {
    const sha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
    const server = await startHttp(service({ version: () => sha }));
    try {
      const result = await runCheck(
        one({ url: `${server.url}/health`, 'expect-version': sha.slice(0, 7), 'version-json-path': '$.build.sha', 'settle-interval': '10ms' }),
      );
      expect(result).toMatchObject({ passed: true, version: { settled: true, consecutive: 3 } });
    } finally {
      await server.close();
    }
  });
});

describe('latency', () => {
  it('fails error-rate < 1% on a route with a 20% injected error rate', async () => {
    const result = await runCheck(one({ url: `${app.url}/flaky`, requests: 50, concurrency: 5, thresholds: 'error-rate < 1%' }));
    expect(result.passed).toBe(false);
    expect(result.errorRate).toBe(0.2);
    expect(result.failures).toEqual(['error-rate was 20% over 50 requests; the budget is error-rate < 1%']);
    expect(result.warnings[0]).toBe('10 of 50 requests failed (status 500, expected 2xx)');
  });

  it('fails a slow route on its p95 budget and reports the percentiles', async () => {
    const result = await runCheck(one({ url: `${app.url}/slow`, requests: 20, concurrency: 4, thresholds: ['p95 < 50ms', 'p50 < 10s'] }));
    expect(result.passed).toBe(false);
    expect(result.latencyMs.p95).toBeGreaterThanOrEqual(140);
    expect(result.latencyMs.p50).toBeLessThanOrEqual(result.latencyMs.p95);
    expect(result.thresholds.map((t) => [t.threshold, t.passed])).toEqual([
      ['p95 < 50ms', false],
      ['p50 < 10s', true],
    ]);
    expect(result.failures[0]).toMatch(/^p95 was \d+(\.\d)? ms over 20 requests; the budget is p95 < 50ms$/);
  });

  it('counts every request and reports the error rate without thresholds', async () => {
    const latency = await measureLatency(one({ url: `${app.url}/flaky` }), { requests: 25, concurrency: 25 });
    expect(latency).toMatchObject({ requests: 25, answered: 25, errors: 5, errorRate: 0.2, statusCounts: { 200: 20, 500: 5 } });
  });
});

describe('security headers', () => {
  it('reports every missing header and a version leak', async () => {
    const result = await runCheck(one({ url: `${app.url}/bare`, 'security-headers': { default: 'warn', csp: 'fail' } }));
    expect(result.outcome).toBe('failed');
    expect(result.securityHeaders?.findings.map((f) => `${f.level} ${f.message}`)).toEqual([
      'fail Content-Security-Policy is missing',
      'warn X-Content-Type-Options is missing (want nosniff)',
      'warn no frame protection: neither X-Frame-Options nor CSP frame-ancestors is set',
      'warn Referrer-Policy is missing',
      'warn Server reveals a version ("nginx/1.18.0")',
      'warn X-Powered-By reveals a version ("Express 4.17.1")',
    ]);
  });

  it('passes a page with every header, and holds HSTS to its max-age floor', async () => {
    const result = await runCheck(one({ url: `${app.url}/secure`, 'security-headers': 'fail' }));
    expect(result).toMatchObject({ passed: true, outcome: 'passed' });
    const weak = checkSecurityHeaders({ 'strict-transport-security': 'max-age=300' }, securityPolicy('off', { hsts: 'fail' }), { https: true });
    expect(weak.findings).toEqual([{ rule: 'hsts', level: 'fail', message: 'Strict-Transport-Security max-age is 300 s, under the 15552000 s floor' }]);
  });
});

describe('many checks', () => {
  it('runs fifty checks in parallel, all at once, and keeps their order', async () => {
    const gate = barrier(50);
    const server = await startHttp(gate.handler);
    try {
      const checks = checksOf(Array.from({ length: 50 }, (_, i) => ({ name: `check ${i}`, url: `${server.url}/?i=${i}` })));
      const report = await runChecks(checks);
      expect(report.passed).toBe(true);
      expect(report.checks.map((c) => c.name)).toEqual(checks.map((c) => c.name));
      expect(gate.most()).toBe(50);
    } finally {
      await server.close();
    }
  });

  it('bounds how many checks run at a time', async () => {
    maxInFlight = 0;
    const checks = checksOf(Array.from({ length: 12 }, (_, i) => ({ url: `${app.url}/slow?i=${i}` })));
    const report = await runChecks(checks, { parallel: 3 });
    expect(report.checks).toHaveLength(12);
    expect(maxInFlight).toBeLessThanOrEqual(3);
    expect(maxInFlight).toBeGreaterThan(1);
  });
});

describe('request errors', () => {
  it('classifies refused, DNS, timeout and TLS failures so readiness can tell "not yet" from "wrong"', () => {
    const url = 'https://app.internal:8443/health';
    const cases = {
      ECONNREFUSED: 'refused',
      ENOTFOUND: 'dns',
      EAI_AGAIN: 'dns',
      UND_ERR_HEADERS_TIMEOUT: 'timeout',
      CERT_HAS_EXPIRED: 'tls',
      ECONNRESET: 'reset',
    };
    for (const [code, kind] of Object.entries(cases)) {
      const error = classifyError(Object.assign(new Error('fetch failed'), { cause: Object.assign(new Error(`inner ${code}`), { code }) }), url, 5000);
      expect([code, error.kind]).toEqual([code, kind]);
    }
    expect(classifyError(Object.assign(new Error('x'), { code: 'ENOTFOUND' }), url, 5000).message).toBe('DNS lookup failed for app.internal (ENOTFOUND)');
    expect(defineCheck({ url }).tls).toMatchObject({ warnDays: 30, failDays: 7, minProtocol: 'TLSv1.2' });
  });
});

describe('HTTP client', () => {
  it('speaks to a service on a unix socket', async () => {
    const socketPath = join(mkdtempSync(join(tmpdir(), 'probe-sock-')), 'app.sock');
    const server = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain', 'x-app-version': '9.9.9' });
      response.end(`${request.headers.host} ${request.url}`);
    });
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    const client = createHttpClient({ socketPath });
    try {
      const response = await client.send({
        url: 'http://app.local/health?x=1',
        method: 'GET',
        headers: {},
        timeoutMs: 5000,
        followRedirects: true,
        maxRedirects: 5,
      });
      expect([response.status, response.body.toString(), response.headers['x-app-version']]).toEqual([200, 'app.local /health?x=1', '9.9.9']);
    } finally {
      await client.close();
      server.close();
    }
  });
});
