// The verifier backed by the probe engine (packages/probe, shared with the smoke-test action):
// settle after each traffic change is probe's `settle` (expected version K times in a row, an
// old answer resets the count). Endpoints on unix sockets, which probe's client does not speak,
// and the single health checks go through the built-in HTTP verifier.
import { createHttpClient, normalizeConfig, settle as probeSettle, type Check, type HttpClient, type VersionSource } from '@devops-actions/probe';
import { HttpVerifier, type HttpVerifierOptions } from './verify.ts';
import type { CheckOutcome, Endpoint, Identity, SampleOutcome, SettleOptions, SettleOutcome, Verifier } from './types.ts';

function source(identity: Identity, healthPath: string): VersionSource {
  const path = identity.path !== healthPath || identity.kind !== 'header' ? identity.path : undefined;
  if (identity.kind === 'header') return path === undefined ? { header: identity.name } : { header: identity.name, path };
  if (identity.kind === 'json') return { jsonPath: identity.jsonPath.text, compiledJsonPath: identity.jsonPath, path: identity.path };
  return { path: identity.path };
}

/**
 * A fresh connection per request: after a traffic change what matters is where a user's NEW
 * connection lands (an nginx reload leaves old workers serving the connections they hold).
 */
const freshConnections: HttpClient = {
  async send(request) {
    const client = createHttpClient();
    try {
      return await client.send(request);
    } finally {
      await client.close();
    }
  },
  close: () => Promise.resolve(),
};

export class ProbeVerifier implements Verifier {
  private readonly http: HttpVerifier;
  private readonly options: HttpVerifierOptions;

  constructor(options: HttpVerifierOptions) {
    this.options = options;
    this.http = new HttpVerifier(options);
  }

  check(endpoint: Endpoint, expectVersion: string | undefined): Promise<CheckOutcome> {
    return this.http.check(endpoint, expectVersion);
  }

  sample(endpoint: Endpoint, requests: number, signal?: AbortSignal): Promise<SampleOutcome> {
    return this.http.sample(endpoint, requests, signal);
  }

  async settle(endpoint: Endpoint, expectVersion: string, options: SettleOptions): Promise<SettleOutcome> {
    if (endpoint.socketPath !== undefined) return this.http.settle(endpoint, expectVersion, options);
    const check: Check | undefined = normalizeConfig({ checks: [{ url: endpoint.url, timeout: `${this.options.timeoutMs}ms` }] }).checks[0];
    if (check === undefined) return this.http.settle(endpoint, expectVersion, options);
    const result = await probeSettle(check, {
      expectVersion,
      source: source(this.options.identity, this.options.healthPath),
      times: options.mode === 'seen' ? 1 : options.times,
      timeoutMs: options.timeoutMs,
      intervalMs: options.intervalMs,
      signal: options.signal,
      client: freshConnections,
    });
    if (result.settled) {
      // Serving the version is not enough: it must also pass its health check.
      const health = await this.http.check(endpoint, options.mode === 'seen' ? undefined : expectVersion);
      if (!health.ok)
        return {
          ok: false,
          attempts: result.attempts + 1,
          lastVersion: result.lastVersion,
          reason: `serves ${expectVersion} but ${health.error ?? 'is not healthy'}`,
        };
    }
    return {
      ok: result.settled,
      attempts: result.attempts,
      lastVersion: result.lastVersion,
      reason: result.settled
        ? undefined
        : `did not serve ${expectVersion} ${options.mode === 'seen' ? 'once' : `${options.times} times in a row`} within ${Math.round(options.timeoutMs / 100) / 10} s (seen: ${result.seen.join(', ') || 'nothing'}${result.lastError ? `; last: ${result.lastError}` : ''})`,
    };
  }
}
