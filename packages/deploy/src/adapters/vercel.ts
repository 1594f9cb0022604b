// The `vercel` adapter, through Vercel's REST API. A Vercel deployment is immutable and keeps its
// own URL, so the candidate (built beforehand, e.g. `vercel deploy --prebuilt --meta version=…`)
// is checked there before any traffic moves; the switch is a promotion of that deployment to the
// project's production domains, and a rollback promotes the previous production deployment again
// (still there: no rebuild). No traffic weights: direct and blue-green only.
import { ConfigurationError } from '@devops-actions/toolkit';
import type { Adapter, Capabilities, Release } from '../types.ts';

export interface VercelAdapterOptions {
  /** The project id or name. */
  project: string;
  /** The candidate: a deployment id (`dpl_…`) or its hostname. */
  deployment: string;
  teamId?: string;
  /** https://api.vercel.com, or a stand-in's address. */
  apiUrl: string;
  env: Record<string, string | undefined>;
  /** How long to wait for the candidate to finish building (READY). */
  readyTimeoutMs: number;
  /** The deployment `meta` key that holds the version (default `version`). */
  versionKey: string;
}

interface Deployment {
  id: string;
  url: string;
  readyState?: string;
  state?: string;
  meta?: Record<string, string>;
}

export const VERCEL_TOKEN = 'VERCEL_TOKEN';

export class VercelError extends Error {
  override readonly name = 'VercelError';
}

export class VercelAdapter implements Adapter {
  readonly name = 'vercel';
  readonly capabilities: Capabilities = { weights: false, preview: true, keepPrevious: true, strategies: ['direct', 'blue-green'] };
  private readonly options: VercelAdapterOptions;
  private readonly token: string;

  constructor(options: VercelAdapterOptions) {
    if (!options.project) throw new ConfigurationError('vercel-project', 'is required with adapter: vercel', 'my-app or prj_…');
    if (!options.deployment)
      throw new ConfigurationError(
        'vercel-deployment',
        'is required with adapter: vercel (the deployment to promote, by id or URL)',
        'dpl_… or my-app-abc123.vercel.app',
      );
    const token = options.env[VERCEL_TOKEN];
    if (!token)
      throw new ConfigurationError(
        'adapter',
        `the vercel adapter needs an API token in the ${VERCEL_TOKEN} environment variable`,
        `env: ${VERCEL_TOKEN}: \${{ secrets.VERCEL_TOKEN }}`,
      );
    this.options = options;
    this.token = token;
  }

  private async api<T>(method: 'GET' | 'POST', path: string): Promise<T> {
    const url = new URL(path.replace(/^\//, ''), this.options.apiUrl.endsWith('/') ? this.options.apiUrl : `${this.options.apiUrl}/`);
    if (this.options.teamId) url.searchParams.set('teamId', this.options.teamId);
    let response: Response;
    try {
      response = await fetch(url, { method, headers: { authorization: `Bearer ${this.token}`, accept: 'application/json' } });
    } catch (error) {
      throw new VercelError(`Vercel API ${method} ${url.pathname} failed: ${(error as Error).message}`);
    }
    const text = await response.text();
    if (!response.ok) {
      const message = (() => {
        try {
          return (JSON.parse(text) as { error?: { message?: string } }).error?.message;
        } catch {
          return undefined;
        }
      })();
      const hint = response.status === 401 || response.status === 403 ? ` (check ${VERCEL_TOKEN} and its scope)` : '';
      throw new VercelError(`Vercel API ${method} ${url.pathname} answered ${response.status}: ${message ?? text.slice(0, 200)}${hint}`);
    }
    return (text ? JSON.parse(text) : {}) as T;
  }

  private release(d: Deployment): Release {
    const version = d.meta?.[this.options.versionKey] || d.id;
    return { version, slot: d.id, endpoint: { url: `https://${d.url}` } };
  }

  private deployment(idOrUrl: string): Promise<Deployment> {
    const key = idOrUrl.replace(/^https?:\/\//, '').replace(/\/+$/, '');
    return this.api<Deployment>('GET', `/v13/deployments/${encodeURIComponent(key)}`);
  }

  async current(): Promise<Release | undefined> {
    const project = await this.api<{ targets?: { production?: { id?: string } | null } }>('GET', `/v9/projects/${encodeURIComponent(this.options.project)}`);
    const id = project.targets?.production?.id;
    return id ? this.release(await this.deployment(id)) : undefined;
  }

  /** The candidate deployment, once it has finished building; its version must be the one being deployed. */
  async prepare(candidate: Release): Promise<Release> {
    const deadline = Date.now() + this.options.readyTimeoutMs;
    for (;;) {
      const d = await this.deployment(this.options.deployment);
      const state = d.readyState ?? d.state;
      if (state === 'READY') {
        const recorded = d.meta?.[this.options.versionKey];
        if (recorded !== undefined && recorded !== candidate.version)
          throw new ConfigurationError(
            'vercel-deployment',
            `${d.id} was built for version ${recorded}, not ${candidate.version}`,
            `the deployment of ${candidate.version}, or version: ${recorded}`,
          );
        return { ...this.release(d), version: candidate.version };
      }
      if (state === 'ERROR' || state === 'CANCELED') throw new VercelError(`the candidate deployment ${d.id} is ${state}: nothing was promoted`);
      if (Date.now() > deadline)
        throw new VercelError(`the candidate deployment ${d.id} is still ${state ?? 'unknown'} after ${this.options.readyTimeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }

  private async promote(release: Release): Promise<void> {
    if (!release.slot) throw new VercelError(`no Vercel deployment is known for version ${release.version}`);
    // Idempotent: a deployment that already serves production is not promoted again.
    const current = await this.current();
    if (current?.slot === release.slot) return;
    await this.api('POST', `/v10/projects/${encodeURIComponent(this.options.project)}/promote/${encodeURIComponent(release.slot)}`);
  }

  async shift(weight: number, plan: { candidate: Release }): Promise<void> {
    if (weight === 0) return;
    if (weight !== 100) throw new ConfigurationError('steps', `the vercel adapter cannot send ${weight} % of traffic (no weights)`, '100');
    await this.promote(plan.candidate);
  }

  async restore(target: Release): Promise<void> {
    await this.promote(target);
  }

  /** A Vercel deployment cannot be re-provisioned from here: it is READY, or the rollback needs another rung. */
  async ensureReady(release: Release): Promise<Release> {
    if (!release.slot) throw new VercelError(`no Vercel deployment is known for version ${release.version}`);
    const d = await this.deployment(release.slot);
    const state = d.readyState ?? d.state;
    if (state !== 'READY') throw new VercelError(`deployment ${d.id} of ${release.version} is ${state ?? 'unknown'}, not READY`);
    return { ...this.release(d), version: release.version };
  }

  cleanup(): Promise<void> {
    // Deployments stay on Vercel (that is what makes a rollback instant); retention is Vercel's.
    return Promise.resolve();
  }

  async history(): Promise<Release[]> {
    const query = new URLSearchParams({ projectId: this.options.project, target: 'production', state: 'READY', limit: '10' });
    const list = await this.api<{ deployments?: { uid: string; url: string; meta?: Record<string, string> }[] }>('GET', `/v6/deployments?${query.toString()}`);
    return (list.deployments ?? []).map((d) => this.release({ id: d.uid, url: d.url, meta: d.meta }));
  }
}
