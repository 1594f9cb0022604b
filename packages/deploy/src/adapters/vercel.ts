// The `vercel` adapter, through Vercel's REST API: the candidate is a deployment built beforehand
// (`vercel deploy --prebuilt --meta version=…`), checked on its own URL; the switch promotes it to
// the project's production domains (POST /v10/projects/:project/promote/:deployment, applied
// asynchronously: the settle on `url` waits for it); a rollback promotes the previous one again.
import { ConfigurationError } from '@devops-actions/toolkit';
import { defineAdapter, option } from './define.ts';
import { PromotionAdapter, platformApi, type PlatformApi, type PlatformDeployment } from './platform.ts';

export interface VercelAdapterOptions {
  /** The project id or name. */
  project: string;
  /** The candidate: a deployment id (`dpl_…`) or its hostname. */
  deployment: string;
  teamId?: string;
  /** https://api.vercel.com, or a stand-in's address. */
  apiUrl: string;
  env: Record<string, string | undefined>;
  readyTimeoutMs: number;
  /** The deployment `meta` key that holds the version (default `version`). */
  versionKey: string;
}

interface VercelDeployment {
  id?: string;
  uid?: string;
  url: string;
  readyState?: string;
  state?: string;
  meta?: Record<string, string>;
}

const READY = new Set(['READY']);
const FAILED = new Set(['ERROR', 'CANCELED', 'DELETED']);

export class VercelAdapter extends PromotionAdapter {
  readonly name = 'vercel';
  protected readonly platform = 'Vercel';
  private readonly options: VercelAdapterOptions;
  private readonly api: PlatformApi;

  constructor(options: VercelAdapterOptions) {
    super({ candidateInput: 'vercel-deployment', candidate: options.deployment, readyTimeoutMs: options.readyTimeoutMs });
    if (!options.project) throw new ConfigurationError('vercel-project', 'is required with adapter: vercel', 'my-app or prj_…');
    this.options = options;
    this.api = platformApi({
      platform: 'Vercel',
      apiUrl: options.apiUrl,
      tokenVariable: 'VERCEL_TOKEN',
      env: options.env,
      ...(options.teamId ? { query: { teamId: options.teamId } } : {}),
    });
  }

  private toPlatform(d: VercelDeployment): PlatformDeployment {
    const raw = d.readyState ?? d.state ?? 'unknown';
    return {
      id: d.id ?? d.uid ?? '',
      url: `https://${d.url}`,
      state: READY.has(raw) ? 'ready' : FAILED.has(raw) ? 'failed' : 'building',
      rawState: raw,
      recordedVersion: d.meta?.[this.options.versionKey] || undefined,
    };
  }

  private project(): string {
    return encodeURIComponent(this.options.project);
  }

  protected async published(): Promise<PlatformDeployment | undefined> {
    const project = await this.api<{ targets?: { production?: { id?: string } | null } }>('GET', `/v9/projects/${this.project()}`);
    const id = project.targets?.production?.id;
    return id ? this.deployment(id) : undefined;
  }

  protected async deployment(idOrUrl: string): Promise<PlatformDeployment> {
    const key = idOrUrl.replace(/^https?:\/\//, '').replace(/\/+$/, '');
    return this.toPlatform(await this.api<VercelDeployment>('GET', `/v13/deployments/${encodeURIComponent(key)}`));
  }

  protected async publish(id: string): Promise<void> {
    await this.api('POST', `/v10/projects/${this.project()}/promote/${encodeURIComponent(id)}`);
  }

  private async productionDeployments(state: string): Promise<PlatformDeployment[]> {
    const query = new URLSearchParams({ projectId: this.options.project, target: 'production', state, limit: '10' });
    const list = await this.api<{ deployments?: VercelDeployment[] }>('GET', `/v6/deployments?${query.toString()}`);
    return (list.deployments ?? []).map((d) => this.toPlatform(d));
  }

  protected publishedHistory(): Promise<PlatformDeployment[]> {
    return this.productionDeployments('READY');
  }

  protected productionBuilds(): Promise<PlatformDeployment[]> {
    return this.productionDeployments('QUEUED,INITIALIZING,BUILDING');
  }
}

export const vercelAdapter = defineAdapter(
  'vercel',
  {
    'vercel-project': option.text(),
    'vercel-deployment': option.text(),
    'vercel-team-id': option.optional(),
    'vercel-api-url': option.text('https://api.vercel.com'),
    'vercel-version-key': option.text('version'),
  },
  (o, { config, env }) =>
    new VercelAdapter({
      project: o['vercel-project'],
      deployment: o['vercel-deployment'],
      teamId: o['vercel-team-id'],
      apiUrl: o['vercel-api-url'],
      versionKey: o['vercel-version-key'],
      readyTimeoutMs: config.readyTimeoutMs,
      env,
    }),
);
