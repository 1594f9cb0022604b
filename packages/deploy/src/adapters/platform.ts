// What the hosted-platform adapters share (vercel, netlify): the platform keeps every deployment,
// immutable and reachable on its own URL, and production is whichever one is published. So the
// candidate (built beforehand by the platform's CLI or git integration) is checked on its own URL,
// the switch publishes it, and a rollback publishes the previous one again: nothing is rebuilt.
// No traffic weights: direct and blue-green only. Credentials come from an environment variable
// the error names; every call goes to a configurable base URL.
import { ConfigurationError } from '@devops-actions/toolkit';
import type { Adapter, Capabilities, Release } from '../types.ts';

/** A deployment as the adapter needs to know it. */
export interface PlatformDeployment {
  id: string;
  /** Its own https URL, without traffic. */
  url?: string;
  state: 'ready' | 'building' | 'failed';
  /** The platform's own word for its state, for messages. */
  rawState: string;
  /** What it records about the version it was built from (meta, title, commit), for the identity check. */
  recordedVersion?: string;
}

export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  /** The HTTP status the platform answered with, when it answered. */
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}

export interface PlatformApiOptions {
  /** `Vercel`, `Netlify`: for messages. */
  platform: string;
  apiUrl: string;
  tokenVariable: string;
  env: Record<string, string | undefined>;
  /** Query parameters every call carries (a team id). */
  query?: Record<string, string>;
  /** Headers every call carries (an API version). */
  headers?: Record<string, string>;
}

export type PlatformApi = <T>(method: 'GET' | 'POST', path: string, body?: unknown, headers?: Record<string, string>) => Promise<T>;

/** A JSON client for a platform's REST API, authorised by the token in `tokenVariable`. */
export function platformApi(options: PlatformApiOptions): PlatformApi {
  const token = options.env[options.tokenVariable];
  if (!token)
    throw new ConfigurationError(
      'adapter',
      `the ${options.platform.toLowerCase()} adapter needs an API token in the ${options.tokenVariable} environment variable`,
      `env: ${options.tokenVariable}: \${{ secrets.${options.tokenVariable} }}`,
    );
  const base = options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`;
  return async <T>(method: 'GET' | 'POST', path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<T> => {
    const url = new URL(path.replace(/^\//, ''), base);
    for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...options.headers,
          ...extraHeaders,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new PlatformError(`${options.platform} API ${method} ${url.pathname} failed: ${(error as Error).message}`);
    }
    const text = await response.text();
    if (!response.ok) {
      let message: string | undefined;
      try {
        const parsed = JSON.parse(text) as { error?: { message?: string } | string; message?: string; id?: string };
        message = typeof parsed.error === 'string' ? parsed.error : (parsed.error?.message ?? parsed.message);
      } catch {
        message = text.slice(0, 200);
      }
      const hint = response.status === 401 || response.status === 403 ? ` (check ${options.tokenVariable} and what it may access)` : '';
      throw new PlatformError(`${options.platform} API ${method} ${url.pathname} answered ${response.status}: ${message ?? ''}${hint}`, response.status);
    }
    return (text ? JSON.parse(text) : {}) as T;
  };
}

export interface PromotionAdapterOptions {
  /** The input naming the candidate, for messages (`vercel-deployment`). */
  candidateInput: string;
  /** The candidate deployment, as the user gave it (id or URL). */
  candidate: string;
  /** How long to wait for the candidate to finish building. */
  readyTimeoutMs: number;
  /** Between two looks at a building candidate. */
  pollMs?: number;
}

export abstract class PromotionAdapter implements Adapter {
  abstract readonly name: string;
  /** `Vercel`, `Netlify`: for messages. */
  protected abstract readonly platform: string;
  readonly capabilities: Capabilities = { weights: false, preview: true, keepPrevious: true, strategies: ['direct', 'blue-green'] };
  protected readonly promotion: PromotionAdapterOptions;

  constructor(options: PromotionAdapterOptions) {
    if (!options.candidate)
      throw new ConfigurationError(options.candidateInput, 'is required: the deployment to publish (by id or URL), built beforehand', 'an id or URL');
    this.promotion = options;
  }

  /** The published (production) deployment, if any. */
  protected abstract published(): Promise<PlatformDeployment | undefined>;
  protected abstract deployment(idOrUrl: string): Promise<PlatformDeployment>;
  /** Makes the deployment the published one. */
  protected abstract publish(id: string): Promise<void>;
  protected abstract publishedHistory(): Promise<PlatformDeployment[]>;
  /** Production deployments still building: each publishes itself when it is done. */
  protected abstract productionBuilds(): Promise<PlatformDeployment[]>;

  protected release(d: PlatformDeployment, version = d.recordedVersion || d.id): Release {
    return { version, slot: d.id, ...(d.url ? { endpoint: { url: d.url } } : {}) };
  }

  /** Another production deployment still building would publish itself over this one: wait for it. */
  async busy(): Promise<string | undefined> {
    const candidate = this.promotion.candidate.replace(/^https?:\/\//, '').replace(/\/+$/, '');
    const other = (await this.productionBuilds()).find((d) => d.id !== candidate && d.url?.replace(/^https:\/\//, '') !== candidate);
    return other && `${this.platform} production deployment ${other.id} is still ${other.rawState} and publishes itself when it is done`;
  }

  async current(): Promise<Release | undefined> {
    const d = await this.published();
    return d ? this.release(d) : undefined;
  }

  /** The candidate, once built; its recorded version, when it has one, must be the one being deployed. */
  async prepare(candidate: Release): Promise<Release> {
    const deadline = Date.now() + this.promotion.readyTimeoutMs;
    for (;;) {
      const d = await this.deployment(this.promotion.candidate);
      if (d.state === 'ready') {
        if (d.recordedVersion !== undefined && d.recordedVersion !== candidate.version)
          throw new ConfigurationError(
            this.promotion.candidateInput,
            `${d.id} was built for version ${d.recordedVersion}, not ${candidate.version}`,
            `the deployment of ${candidate.version}, or version: ${d.recordedVersion}`,
          );
        return this.release(d, candidate.version);
      }
      if (d.state === 'failed') throw new PlatformError(`the candidate deployment ${d.id} is ${d.rawState}: nothing was published`);
      if (Date.now() > deadline) throw new PlatformError(`the candidate deployment ${d.id} is still ${d.rawState} after ${this.promotion.readyTimeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, this.promotion.pollMs ?? 2000));
    }
  }

  private async publishRelease(release: Release): Promise<void> {
    if (!release.slot) throw new PlatformError(`no ${this.name} deployment is known for version ${release.version}`);
    // Idempotent: what is already published is not published again.
    if ((await this.published())?.id === release.slot) return;
    await this.publish(release.slot);
  }

  async shift(weight: number, plan: { candidate: Release }): Promise<void> {
    if (weight === 0) return;
    if (weight !== 100) throw new ConfigurationError('steps', `the ${this.name} adapter cannot send ${weight} % of traffic (no weights)`, '100');
    await this.publishRelease(plan.candidate);
  }

  async restore(target: Release): Promise<void> {
    await this.publishRelease(target);
  }

  /** A platform deployment cannot be re-provisioned from here: it is ready, or the rollback needs another rung. */
  async ensureReady(release: Release): Promise<Release> {
    if (!release.slot) throw new PlatformError(`no ${this.name} deployment is known for version ${release.version}`);
    const d = await this.deployment(release.slot);
    if (d.state !== 'ready') throw new PlatformError(`deployment ${d.id} of ${release.version} is ${d.rawState}, not ready`);
    return this.release(d, release.version);
  }

  cleanup(): Promise<void> {
    // Deployments stay on the platform (that is what makes a rollback instant); retention is the platform's.
    return Promise.resolve();
  }

  async history(): Promise<Release[]> {
    return (await this.publishedHistory()).filter((d) => d.state === 'ready').map((d) => this.release(d));
  }
}
