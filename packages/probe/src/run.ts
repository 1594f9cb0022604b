// Runs checks: readiness, version settle, the measured requests with their assertions
// and thresholds, TLS, the http->https redirect and security headers, then one verdict
// per check. Independent checks run in parallel, at most `parallel` at a time, over one
// shared keep-alive client per CA.
import { couldHoldSecrets, excerpt } from './assert.ts';
import { systemClock, type RunContext } from './clock.ts';
import { createHttpClient, RequestError, type HttpClient, type HttpResponse } from './http.ts';
import { evaluateThresholds, measureLatency } from './latency.ts';
import { settle, waitUntilReady } from './ready.ts';
import { checkSecurityHeaders } from './security-headers.ts';
import { checkTls } from './tls.ts';
import type { Check, CheckResult, RedirectCheckResult, SmokeReport } from './types.ts';

export interface RunOptions extends RunContext {
  /** Checks at a time (default 50). */
  parallel?: number;
  /** A client to share (its CA applies to every check); by default one per distinct CA, closed at the end. */
  client?: HttpClient;
  /** Called as each check finishes, e.g. to log progress. */
  onResult?: (result: CheckResult, done: number, total: number) => void;
}

/** Requests `httpUrl` without following redirects and expects a permanent redirect to https. */
export async function checkHttpsRedirect(
  httpUrl: string,
  options: { client?: HttpClient; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<RedirectCheckResult> {
  const client = options.client ?? createHttpClient();
  try {
    const response = await client.send({
      url: httpUrl,
      method: 'GET',
      headers: {},
      timeoutMs: options.timeoutMs ?? 10_000,
      followRedirects: false,
      maxRedirects: 0,
      maxBytes: 65_536,
      signal: options.signal,
    });
    const location = response.headers.location === undefined ? undefined : new URL(response.headers.location, httpUrl).href;
    if (![301, 302, 307, 308].includes(response.status) || location === undefined) {
      return { passed: false, status: response.status, location, message: `${httpUrl} answered ${response.status} instead of redirecting to https` };
    }
    if (!location.startsWith('https:'))
      return { passed: false, status: response.status, location, message: `${httpUrl} redirects to ${location}, which is not https` };
    if (response.status === 302 || response.status === 307)
      return {
        passed: true,
        status: response.status,
        location,
        message: `${httpUrl} redirects to https with a temporary ${response.status}; 301 or 308 lets browsers remember it`,
      };
    return { passed: true, status: response.status, location };
  } catch (error) {
    return { passed: false, message: `${httpUrl}: ${error instanceof RequestError ? error.message : String(error)}` };
  } finally {
    if (!options.client) await client.close();
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Runs one check end to end and returns its verdict. Never throws for a failing service. */
export async function runCheck(check: Check, options: RunContext & { client?: HttpClient } = {}): Promise<CheckResult> {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const client = options.client ?? createHttpClient({ ca: check.tls?.ca });
  const failures: string[] = [];
  const warnings: string[] = [];
  const result: CheckResult = {
    name: check.name,
    url: check.url,
    method: check.method,
    passed: false,
    outcome: 'failed',
    latencyMs: { p50: 0, p90: 0, p95: 0, p99: 0, max: 0 },
    errorRate: 0,
    requests: 0,
    elapsedMs: 0,
    thresholds: [],
    failures,
    warnings,
  };
  const finish = (): CheckResult => {
    result.elapsedMs = Math.round(clock.now() - started);
    result.passed = failures.length === 0;
    result.outcome = failures.length > 0 ? 'failed' : warnings.length > 0 ? 'warning' : 'passed';
    return result;
  };
  const context = { clock, signal: options.signal, client };
  try {
    if (check.waitTimeoutMs > 0) {
      const ready = await waitUntilReady(check, { ...context, timeoutMs: check.waitTimeoutMs });
      result.ready = ready;
      if (!ready.ready) {
        failures.push(
          `not ready: tried ${check.method} ${check.url} ${plural(ready.attempts, 'time')} over ${Math.round(ready.elapsedMs / 100) / 10} s (wait-timeout ${check.waitTimeoutMs / 1000} s); last error: ${ready.lastError ?? 'none'}`,
        );
        return finish();
      }
    }
    if (check.version) {
      const remaining = check.waitTimeoutMs > 0 ? Math.max(0, check.waitTimeoutMs - (clock.now() - started)) : 0;
      const settled = await settle(check, { ...context, expectVersion: check.version.expected, times: check.version.settle, timeoutMs: remaining });
      result.version = { ...settled, expected: check.version.expected };
      if (!settled.settled) {
        const seen = settled.seen.filter((v) => v !== check.version?.expected);
        failures.push(
          `expected version ${check.version.expected} ${check.version.settle} times in a row, ` +
            (settled.lastVersion === undefined
              ? `but no version could be read (${settled.lastError ?? 'no answer'})`
              : `but ${seen.length > 0 ? `the service still answered ${seen.join(', ')}` : `got only ${settled.consecutive} in a row`}`) +
            ` after ${plural(settled.attempts, 'request')}`,
        );
        return finish();
      }
    }

    let first: HttpResponse | undefined;
    let firstFailing: HttpResponse | undefined;
    const latency = await measureLatency(check, {
      client,
      signal: options.signal,
      onResponse: (response, broken) => {
        first ??= response;
        if (broken.length > 0) firstFailing ??= response;
      },
    });
    result.requests = latency.requests;
    result.latencyMs = latency.latencyMs;
    result.errorRate = latency.errorRate;
    result.status = first?.status;
    const errorBudget = check.latency.thresholds.some((t) => t.metric === 'error-rate');
    if (latency.errors > 0 && !errorBudget) {
      const prefix = latency.requests === 1 ? '' : `${latency.errors} of ${latency.requests} requests failed: `;
      for (const { message, count } of latency.failures.slice(0, 5))
        failures.push(`${prefix}${message}${latency.requests > 1 && count !== latency.errors ? ` (${count}×)` : ''}`);
      if (latency.failures.length > 5) failures.push(`${latency.failures.length - 5} more kinds of failure`);
    } else if (latency.errors > 0) {
      warnings.push(`${latency.errors} of ${latency.requests} requests failed (${latency.failures[0]?.message ?? ''})`);
    }
    if (latency.answered === 0 && failures.length === 0) failures.push(`no answer from ${check.url}: ${latency.failures[0]?.message ?? 'unknown error'}`);
    result.thresholds = evaluateThresholds(latency, check.latency.thresholds);
    for (const threshold of result.thresholds) if (!threshold.passed) failures.push(threshold.message);

    if (firstFailing && check.showBody !== 'never' && (check.showBody === 'always' || !couldHoldSecrets(check.headers, firstFailing))) {
      result.bodyExcerpt = excerpt(firstFailing.body);
    }

    const extras: Promise<void>[] = [];
    if (check.tls) {
      const tlsPolicy = check.tls;
      extras.push(
        checkTls(first?.url.startsWith('https:') ? first.url : check.url, { ...tlsPolicy, clock, signal: options.signal, timeoutMs: check.timeoutMs }).then(
          (tls) => {
            result.tls = tls;
            failures.push(...tls.failures);
            warnings.push(...tls.warnings);
          },
        ),
      );
    }
    if (check.httpsRedirect) {
      extras.push(
        checkHttpsRedirect(check.httpsRedirect, { client, timeoutMs: check.timeoutMs, signal: options.signal }).then((redirect) => {
          result.httpsRedirect = redirect;
          if (!redirect.passed) failures.push(redirect.message ?? 'no redirect to https');
          else if (redirect.message) warnings.push(redirect.message);
        }),
      );
    }
    await Promise.all(extras);
    const answered = first ?? firstFailing;
    if (check.securityHeaders && answered) {
      const headers = checkSecurityHeaders(answered, check.securityHeaders);
      result.securityHeaders = headers;
      for (const finding of headers.findings) (finding.level === 'fail' ? failures : warnings).push(finding.message);
    }
    return finish();
  } finally {
    if (!options.client) await client.close();
  }
}

/** Runs up to `limit` tasks at a time, keeping results in input order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Runs every check, `parallel` at a time, and returns the report. */
export async function runChecks(checks: readonly Check[], options: RunOptions = {}): Promise<SmokeReport> {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const clients = new Map<string, HttpClient>();
  const clientFor = (check: Check): HttpClient => {
    if (options.client) return options.client;
    const key = check.tls?.ca ?? '';
    let client = clients.get(key);
    if (!client) {
      client = createHttpClient({ ca: check.tls?.ca });
      clients.set(key, client);
    }
    return client;
  };
  let done = 0;
  try {
    const results = await mapBounded(checks, options.parallel ?? 50, async (check) => {
      const result = await runCheck(check, { clock, signal: options.signal, client: clientFor(check) });
      options.onResult?.(result, ++done, checks.length);
      return result;
    });
    return { passed: results.every((r) => r.passed), checks: results, elapsedMs: Math.round(clock.now() - started) };
  } finally {
    await Promise.all([...clients.values()].map((c) => c.close()));
  }
}
