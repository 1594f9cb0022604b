// The `fly` adapter, through the Fly Machines API: a deploy updates the app's Machines one at a
// time to the version's image (POST /v1/apps/:app/machines/:id with the new config.image, then
// GET …/wait?state=started for its new instance), so the others serve while one is replaced; the
// version is recorded in each Machine's metadata. A rollback rolls them back to the previous
// version's image the same way. `direct` only.
import { ConfigurationError } from '@devops-actions/toolkit';
import type { Release } from '../types.ts';
import { defineAdapter, option } from './define.ts';
import { RollingUpdateAdapter } from './rolling.ts';
import { PlatformError, platformApi, type PlatformApi } from './platform.ts';

export const FLY_VERSION_KEY = 'devops-actions-version';

export interface FlyAdapterOptions {
  app: string;
  /** The image with `{version}` where the version goes, e.g. `registry.fly.io/shop:{version}`. */
  image: string;
  /** Only Machines of this process group (`app` by default in fly.toml), or all when empty. */
  processGroup?: string;
  /** https://api.machines.dev, or a stand-in's address. */
  apiUrl: string;
  env: Record<string, string | undefined>;
  /** How long one Machine may take to start. */
  startTimeoutMs: number;
}

interface Machine {
  id: string;
  state: string;
  instance_id?: string;
  config: { image: string; metadata?: Record<string, string> } & Record<string, unknown>;
}

interface MachineLease {
  data?: { owner?: string; description?: string; expires_at?: number };
}

export class FlyAdapter extends RollingUpdateAdapter {
  readonly name = 'fly';
  private readonly options: FlyAdapterOptions;
  private readonly api: PlatformApi;

  constructor(options: FlyAdapterOptions) {
    super();
    if (!options.app) throw new ConfigurationError('fly-app', 'is required with adapter: fly', 'shop-web');
    if (!options.image.includes('{version}'))
      throw new ConfigurationError('fly-image', 'must contain {version} where the version goes', 'registry.fly.io/shop-web:{version}');
    this.options = options;
    this.api = platformApi({ platform: 'Fly', apiUrl: options.apiUrl, tokenVariable: 'FLY_API_TOKEN', env: options.env });
  }

  private app(): string {
    return encodeURIComponent(this.options.app);
  }

  private async machines(): Promise<Machine[]> {
    const all = await this.api<Machine[]>('GET', `/v1/apps/${this.app()}/machines`);
    const group = this.options.processGroup;
    const ours = group ? all.filter((m) => (m.config.metadata?.fly_process_group ?? 'app') === group) : all;
    if (ours.length === 0)
      throw new PlatformError(`the Fly app ${this.options.app} has no Machines${group ? ` in the process group ${group}` : ''} to deploy to`);
    return ours;
  }

  private imageOf(version: string): string {
    return this.options.image.replaceAll('{version}', version);
  }

  /** A Machine leased by someone else (`fly deploy` leases each Machine it updates) is being changed. */
  async busy(): Promise<string | undefined> {
    for (const machine of await this.machines()) {
      const lease = await this.api<MachineLease>('GET', `/v1/apps/${this.app()}/machines/${encodeURIComponent(machine.id)}/lease`).catch((error: unknown) => {
        if (error instanceof PlatformError && error.status === 404) return undefined;
        throw error;
      });
      const expires = lease?.data?.expires_at;
      if (lease?.data && (expires === undefined || expires * 1000 > Date.now()))
        return `Fly Machine ${machine.id} is leased by ${lease.data.owner ?? 'someone'}${lease.data.description ? ` (${lease.data.description})` : ''}${expires ? ` until ${new Date(expires * 1000).toISOString()}` : ''}`;
    }
    return undefined;
  }

  async current(): Promise<Release | undefined> {
    const [first] = await this.machines();
    const version = first?.config.metadata?.[FLY_VERSION_KEY];
    return version ? { version } : undefined;
  }

  /** Every Machine to `version`, one at a time; a Machine already there is left alone (a re-run resumes). */
  protected async rollTo(version: string): Promise<void> {
    const image = this.imageOf(version);
    for (const machine of await this.machines()) {
      if (machine.config.image === image && machine.config.metadata?.[FLY_VERSION_KEY] === version && machine.state === 'started') continue;
      const config = { ...machine.config, image, metadata: { ...machine.config.metadata, [FLY_VERSION_KEY]: version } };
      const updated = await this.api<Machine>('POST', `/v1/apps/${this.app()}/machines/${encodeURIComponent(machine.id)}`, { config });
      const timeout = Math.max(1, Math.ceil(this.options.startTimeoutMs / 1000));
      const query = new URLSearchParams({ state: 'started', timeout: String(timeout), ...(updated.instance_id ? { instance_id: updated.instance_id } : {}) });
      await this.api('GET', `/v1/apps/${this.app()}/machines/${encodeURIComponent(machine.id)}/wait?${query.toString()}`).catch((error: unknown) => {
        throw new PlatformError(`Machine ${machine.id} did not start ${image}: ${(error as Error).message}`);
      });
    }
  }
}

export const flyAdapter = defineAdapter(
  'fly',
  {
    'fly-app': option.text(),
    'fly-image': option.text(),
    'fly-process-group': option.optional(),
    'fly-api-url': option.text('https://api.machines.dev'),
  },
  (o, { config, env }) =>
    new FlyAdapter({
      app: o['fly-app'],
      image: o['fly-image'],
      processGroup: o['fly-process-group'],
      apiUrl: o['fly-api-url'],
      startTimeoutMs: config.readyTimeoutMs,
      env,
    }),
);
