// The `netlify` adapter, through Netlify's REST API: the candidate is a deploy built beforehand
// (`netlify deploy --json` without --prod, or a git deploy preview), checked on its own URL; the
// switch publishes it (POST /sites/:site/deploys/:deploy/restore), and a rollback publishes the
// previous one again.
import { ConfigurationError } from '@devops-actions/toolkit';
import { defineAdapter, option } from './define.ts';
import { PromotionAdapter, platformApi, type PlatformApi, type PlatformDeployment } from './platform.ts';

export interface NetlifyAdapterOptions {
  /** The site id (or its netlify.app domain). */
  site: string;
  /** The candidate deploy id. */
  deploy: string;
  /** https://api.netlify.com/api/v1, or a stand-in's address. */
  apiUrl: string;
  env: Record<string, string | undefined>;
  readyTimeoutMs: number;
  /** Which field of a deploy holds its version: `commit_ref` (git deploys) or `title` (`--message`). */
  versionFrom: 'commit_ref' | 'title';
}

interface NetlifyDeploy {
  id: string;
  state: string;
  deploy_ssl_url?: string;
  ssl_url?: string;
  title?: string | null;
  commit_ref?: string | null;
}

const FAILED = new Set(['error', 'rejected', 'deleted']);
/** Deploy states on the way to `ready` (Netlify's deploy lifecycle). */
const BUILDING = new Set(['new', 'enqueued', 'building', 'uploading', 'uploaded', 'preparing', 'prepared', 'processing', 'processed', 'retrying']);

export class NetlifyAdapter extends PromotionAdapter {
  readonly name = 'netlify';
  protected readonly platform = 'Netlify';
  private readonly options: NetlifyAdapterOptions;
  private readonly api: PlatformApi;

  constructor(options: NetlifyAdapterOptions) {
    super({ candidateInput: 'netlify-deploy', candidate: options.deploy, readyTimeoutMs: options.readyTimeoutMs });
    if (!options.site) throw new ConfigurationError('netlify-site', 'is required with adapter: netlify', 'the site id, or my-site.netlify.app');
    this.options = options;
    this.api = platformApi({ platform: 'Netlify', apiUrl: options.apiUrl, tokenVariable: 'NETLIFY_AUTH_TOKEN', env: options.env });
  }

  private toPlatform(d: NetlifyDeploy): PlatformDeployment {
    return {
      id: d.id,
      ...(d.deploy_ssl_url ? { url: d.deploy_ssl_url } : {}),
      state: d.state === 'ready' ? 'ready' : FAILED.has(d.state) ? 'failed' : 'building',
      rawState: d.state,
      recordedVersion: d[this.options.versionFrom] || undefined,
    };
  }

  private site(): string {
    return encodeURIComponent(this.options.site);
  }

  protected async published(): Promise<PlatformDeployment | undefined> {
    const site = await this.api<{ published_deploy?: NetlifyDeploy | null }>('GET', `/sites/${this.site()}`);
    return site.published_deploy ? this.toPlatform(site.published_deploy) : undefined;
  }

  protected async deployment(id: string): Promise<PlatformDeployment> {
    return this.toPlatform(await this.api<NetlifyDeploy>('GET', `/sites/${this.site()}/deploys/${encodeURIComponent(id)}`));
  }

  protected async publish(id: string): Promise<void> {
    await this.api('POST', `/sites/${this.site()}/deploys/${encodeURIComponent(id)}/restore`);
  }

  protected async publishedHistory(): Promise<PlatformDeployment[]> {
    const list = await this.api<NetlifyDeploy[]>('GET', `/sites/${this.site()}/deploys?production=true&state=ready&per_page=10`);
    return list.map((d) => this.toPlatform(d));
  }

  protected async productionBuilds(): Promise<PlatformDeployment[]> {
    const list = await this.api<NetlifyDeploy[]>('GET', `/sites/${this.site()}/deploys?production=true&per_page=20`);
    return list.filter((d) => BUILDING.has(d.state)).map((d) => this.toPlatform(d));
  }
}

export const netlifyAdapter = defineAdapter(
  'netlify',
  {
    'netlify-site': option.text(),
    'netlify-deploy': option.text(),
    'netlify-api-url': option.text('https://api.netlify.com/api/v1'),
    'netlify-version-from': option.oneOf(['commit_ref', 'title'] as const, 'commit_ref'),
  },
  (o, { config, env }) =>
    new NetlifyAdapter({
      site: o['netlify-site'],
      deploy: o['netlify-deploy'],
      apiUrl: o['netlify-api-url'],
      versionFrom: o['netlify-version-from'],
      readyTimeoutMs: config.readyTimeoutMs,
      env,
    }),
);
