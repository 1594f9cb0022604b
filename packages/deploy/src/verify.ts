// The checks the engine makes: health, version identity, settle (K times in a row) and a
// request sample. A small HTTP(S) client over node:http and node:https that also speaks to unix
// sockets, so a candidate can be checked on its own socket before it gets any traffic.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { evaluateJsonPath } from '@devops-actions/toolkit/jsonpath';
import { show, type CheckOutcome, type Endpoint, type Identity, type SampleOutcome, type SettleOptions, type SettleOutcome, type Verifier } from './types.ts';

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function httpGet(endpoint: Endpoint, path: string, timeoutMs: number, signal?: AbortSignal): Promise<HttpAnswer> {
  const base = new URL(endpoint.url);
  const target = new URL(path, base);
  if (path !== '' && !path.startsWith('/')) throw new Error(`path must start with /: ${path}`);
  if (path === '') target.pathname = base.pathname;
  else target.pathname = (base.pathname.replace(/\/$/, '') + path).replace(/\/{2,}/g, '/');
  const tls = target.protocol === 'https:';
  const request = tls ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        method: 'GET',
        socketPath: endpoint.socketPath,
        host: endpoint.socketPath ? undefined : target.hostname,
        port: endpoint.socketPath ? undefined : target.port || (tls ? 443 : 80),
        path: `${target.pathname}${target.search}`,
        headers: { host: target.host || 'localhost', 'user-agent': 'devops-actions-deploy', connection: 'close' },
        agent: false,
        timeout: timeoutMs,
        signal,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (body.length < 65_536) body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/** Reads the version a response reports, as the identity says. */
export function readIdentity(identity: Identity, answer: HttpAnswer): string | undefined {
  if (identity.kind === 'header') {
    const value = answer.headers[identity.name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
  }
  if (identity.kind === 'body') return answer.body.trim() || undefined;
  let document: unknown;
  try {
    document = JSON.parse(answer.body) as unknown;
  } catch {
    return undefined;
  }
  const { found, value } = evaluateJsonPath(identity.jsonPath, document);
  return !found || value === undefined || value === null ? undefined : show(value);
}

export interface HttpVerifierOptions {
  identity: Identity;
  healthPath: string;
  timeoutMs: number;
  /** Status codes below this count as healthy. */
  okBelow?: number;
}

/** The built-in verifier: GETs the health path and the identity path, over TCP or a unix socket. */
export class HttpVerifier implements Verifier {
  private readonly options: HttpVerifierOptions;

  constructor(options: HttpVerifierOptions) {
    this.options = options;
  }

  async check(endpoint: Endpoint, expectVersion: string | undefined): Promise<CheckOutcome> {
    const { identity, healthPath, timeoutMs } = this.options;
    try {
      const health = await httpGet(endpoint, healthPath, timeoutMs);
      if (health.status >= (this.options.okBelow ?? 400)) return { ok: false, status: health.status, error: `health check answered ${health.status}` };
      const answer = identity.path === healthPath ? health : await httpGet(endpoint, identity.path, timeoutMs);
      const version = readIdentity(identity, answer);
      if (expectVersion !== undefined && version !== expectVersion) {
        return { ok: false, status: answer.status, version, error: `serves version ${version ?? '(none reported)'}, expected ${expectVersion}` };
      }
      return { ok: true, status: health.status, version };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  }

  async settle(endpoint: Endpoint, expectVersion: string, options: SettleOptions): Promise<SettleOutcome> {
    const deadline = Date.now() + options.timeoutMs;
    let streak = 0;
    let attempts = 0;
    let last: CheckOutcome | undefined;
    while (Date.now() <= deadline) {
      options.signal?.throwIfAborted();
      attempts++;
      last = await this.check(endpoint, expectVersion);
      if (last.ok) {
        streak++;
        if (options.mode === 'seen' || streak >= options.times) return { ok: true, attempts, lastVersion: last.version };
      } else {
        streak = 0;
      }
      await sleep(options.intervalMs, undefined, { signal: options.signal });
    }
    return {
      ok: false,
      attempts,
      lastVersion: last?.version,
      reason: `did not serve ${expectVersion} ${options.mode === 'seen' ? 'once' : `${options.times} times in a row`} within ${Math.round(options.timeoutMs / 100) / 10} s (last: ${last?.error ?? 'ok'})`,
    };
  }

  async sample(endpoint: Endpoint, requests: number, signal?: AbortSignal): Promise<SampleOutcome> {
    const outcome: SampleOutcome = { total: 0, errors: 0, statuses: {}, versions: {} };
    for (let i = 0; i < requests; i++) {
      signal?.throwIfAborted();
      outcome.total++;
      try {
        const answer = await httpGet(endpoint, '', this.options.timeoutMs, signal);
        outcome.statuses[answer.status] = (outcome.statuses[answer.status] ?? 0) + 1;
        if (answer.status >= 500) outcome.errors++;
        const version = readIdentity(this.options.identity, answer);
        if (version !== undefined) outcome.versions[version] = (outcome.versions[version] ?? 0) + 1;
      } catch {
        outcome.errors++;
        outcome.statuses.error = (outcome.statuses.error ?? 0) + 1;
      }
    }
    return outcome;
  }
}
