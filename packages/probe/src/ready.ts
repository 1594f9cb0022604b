// Waiting: until a service answers at all (readiness), and until it answers with the
// expected build identity several times in a row (settle), the routine the deploy action
// runs after each traffic change.
import { parseJsonBody } from './assert.ts';
import { backoffDelay, systemClock, type RunContext } from './clock.ts';
import { createHttpClient, requestFor, RequestError, type HttpClient, type HttpResponse } from './http.ts';
import { compileJsonPath, evaluateJsonPath } from '@devops-actions/toolkit/jsonpath';
import type { Check, ReadyResult, SettleResult, VersionSource } from './types.ts';

export interface WaitOptions extends RunContext {
  timeoutMs: number;
  client?: HttpClient;
  /** First pause between attempts (grows by 1.5x up to 2 s). */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Retries the check's request with backoff until an answer that is not a 5xx, or until
 * `timeoutMs` has passed. Connection refused, DNS failures, timeouts and 5xx count as
 * "not yet"; a TLS failure or any other answer ends the wait at once.
 */
export async function waitUntilReady(check: Check, options: WaitOptions): Promise<ReadyResult> {
  const clock = options.clock ?? systemClock;
  const client = options.client ?? createHttpClient({ ca: check.tls?.ca });
  const started = clock.now();
  const deadline = started + options.timeoutMs;
  let attempts = 0;
  let lastError: string | undefined;
  let lastStatus: number | undefined;
  try {
    for (;;) {
      attempts++;
      // The last attempt may run a little past the deadline rather than be cut too short to answer.
      const remaining = Math.max(deadline - clock.now(), 1000);
      try {
        const response = await client.send({ ...requestFor(check, options.signal), timeoutMs: Math.min(check.timeoutMs, remaining) });
        lastStatus = response.status;
        if (response.status < 500) return { ready: true, attempts, elapsedMs: clock.now() - started, lastStatus };
        lastError = `status ${response.status}`;
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        if (!(error instanceof RequestError)) throw error;
        lastError = error.message;
        if (error.kind === 'tls' || error.kind === 'redirects') return { ready: false, attempts, elapsedMs: clock.now() - started, lastError };
      }
      const left = deadline - clock.now();
      if (left <= 0) return { ready: false, attempts, elapsedMs: clock.now() - started, lastStatus, lastError };
      await clock.sleep(Math.min(left, backoffDelay(attempts, { initialMs: options.initialDelayMs, maxMs: options.maxDelayMs })), options.signal);
    }
  } finally {
    if (!options.client) await client.close();
  }
}

const AUTO_HEADERS = ['x-app-version', 'x-version', 'x-release', 'x-build', 'x-commit-sha'];

/** Reads the build identity from an answer, as the source says; `undefined` when absent. */
export function readVersion(response: HttpResponse, source: VersionSource): string | undefined {
  if (source.header !== undefined) return response.headers[source.header.toLowerCase()]?.trim();
  if (source.jsonPath !== undefined) {
    const parsed = parseJsonBody(response);
    if (!parsed.ok) return undefined;
    const { found, value } = evaluateJsonPath(source.compiledJsonPath ?? compileJsonPath(source.jsonPath), parsed.value);
    return found && value !== null && value !== undefined ? (typeof value === 'string' ? value : JSON.stringify(value)) : undefined;
  }
  if (source.path !== undefined) {
    const parsed = parseJsonBody(response);
    if (parsed.ok && parsed.value !== null && typeof parsed.value === 'object' && 'version' in parsed.value) return String(parsed.value.version);
    const text = response.body.toString('utf8').trim();
    return text === '' ? undefined : text.slice(0, 200);
  }
  for (const name of AUTO_HEADERS) if (response.headers[name] !== undefined) return response.headers[name]?.trim();
  const parsed = parseJsonBody(response);
  if (parsed.ok && parsed.value !== null && typeof parsed.value === 'object' && 'version' in parsed.value) return String(parsed.value.version);
  return undefined;
}

/** Whether `actual` is the expected build: equal, or one a prefix of the other for commit SHAs. */
export function versionMatches(actual: string | undefined, expected: string): boolean {
  if (actual === undefined) return false;
  if (actual === expected) return true;
  const sha = /^[0-9a-f]{7,40}$/i;
  if (sha.test(actual) && sha.test(expected)) {
    const [a, b] = [actual.toLowerCase(), expected.toLowerCase()];
    return a.startsWith(b) || b.startsWith(a);
  }
  return false;
}

export interface SettleOptions extends RunContext {
  expectVersion: string;
  source?: VersionSource;
  /** Matching answers needed in a row. */
  times: number;
  /** Keep trying (resetting the count on a mismatch) until this much time has passed; 0: one try each. */
  timeoutMs: number;
  intervalMs?: number;
  client?: HttpClient;
}

/**
 * Asks for the version until `times` answers in a row carry `expectVersion`. An answer
 * from the old build resets the count, so a pass against the old version never counts.
 */
export async function settle(check: Check, options: SettleOptions): Promise<SettleResult> {
  const clock = options.clock ?? systemClock;
  const client = options.client ?? createHttpClient({ ca: check.tls?.ca });
  const source = options.source ?? check.version?.source ?? {};
  const interval = options.intervalMs ?? check.version?.intervalMs ?? 500;
  const url = source.path !== undefined ? new URL(source.path, check.url).href : check.url;
  const started = clock.now();
  const deadline = started + options.timeoutMs;
  const seen: string[] = [];
  let consecutive = 0;
  let attempts = 0;
  let lastVersion: string | undefined;
  let lastError: string | undefined;
  try {
    for (;;) {
      attempts++;
      let version: string | undefined;
      try {
        const response = await client.send({
          ...requestFor(check, options.signal, url),
          ...(source.path !== undefined ? { method: 'GET', body: undefined } : {}),
          timeoutMs: Math.max(1, Math.min(check.timeoutMs, Math.max(deadline - clock.now(), check.timeoutMs / 4))),
        });
        version = readVersion(response, source);
        lastVersion = version;
        if (version !== undefined && !seen.includes(version)) seen.push(version);
        lastError = version === undefined ? `status ${response.status} with no version in the answer` : undefined;
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        if (!(error instanceof RequestError)) throw error;
        lastError = error.message;
      }
      if (versionMatches(version, options.expectVersion)) {
        consecutive++;
        if (consecutive >= options.times) return { settled: true, consecutive, attempts, elapsedMs: clock.now() - started, seen, lastVersion };
      } else {
        consecutive = 0;
        if (options.timeoutMs <= 0) return { settled: false, consecutive, attempts, elapsedMs: clock.now() - started, seen, lastVersion, lastError };
      }
      if (clock.now() + interval >= deadline && consecutive === 0 && options.timeoutMs > 0) {
        return { settled: false, consecutive, attempts, elapsedMs: clock.now() - started, seen, lastVersion, lastError };
      }
      if (clock.now() >= deadline + interval * options.times && options.timeoutMs > 0) {
        return { settled: false, consecutive, attempts, elapsedMs: clock.now() - started, seen, lastVersion, lastError };
      }
      await clock.sleep(interval, options.signal);
    }
  } finally {
    if (!options.client) await client.close();
  }
}
