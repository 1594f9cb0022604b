// The `heroku` adapter, through Heroku's Platform API: the candidate is a slug built beforehand
// (the Build API, or `heroku builds:create`); the switch releases it
// (POST /apps/:app/releases {slug, description: <version>}) and waits for the release to
// succeed; a rollback releases the previous release again (POST /apps/:app/releases {release}),
// which Heroku does without a rebuild. Heroku replaces dynos itself: `direct` only.
import { ConfigurationError } from '@devops-actions/toolkit';
import type { Adapter, Capabilities, Release } from '../types.ts';
import { defineAdapter, option } from './define.ts';
import { PlatformError, platformApi, type PlatformApi } from './platform.ts';

export interface HerokuAdapterOptions {
  app: string;
  /** The candidate slug id. */
  slug: string;
  /** https://api.heroku.com, or a stand-in's address. */
  apiUrl: string;
  env: Record<string, string | undefined>;
  /** How long a release may take (its release phase included). */
  releaseTimeoutMs: number;
  pollMs?: number;
}

interface HerokuRelease {
  id: string;
  version: number;
  description: string;
  /** succeeded, failed or pending. */
  status: string;
  current: boolean;
  slug: { id: string } | null;
}

interface HerokuBuild {
  id: string;
  /** pending, succeeded or failed. */
  status: string;
  created_at: string;
  user?: { email?: string };
}

const ROLLBACK = /^Rollback to v(\d+)$/;

export class HerokuAdapter implements Adapter {
  readonly name = 'heroku';
  readonly capabilities: Capabilities = { weights: false, preview: false, keepPrevious: false, strategies: ['direct'] };
  private readonly options: HerokuAdapterOptions;
  private readonly api: PlatformApi;

  constructor(options: HerokuAdapterOptions) {
    if (!options.app) throw new ConfigurationError('heroku-app', 'is required with adapter: heroku', 'my-app');
    if (!options.slug)
      throw new ConfigurationError('heroku-slug', 'is required with adapter: heroku (the slug to release, built beforehand)', 'the slug id from the Build API');
    this.options = options;
    this.api = platformApi({
      platform: 'Heroku',
      apiUrl: options.apiUrl,
      tokenVariable: 'HEROKU_API_KEY',
      env: options.env,
      headers: { accept: 'application/vnd.heroku+json; version=3' },
    });
  }

  private app(): string {
    return encodeURIComponent(this.options.app);
  }

  private releases(): Promise<HerokuRelease[]> {
    return this.api<HerokuRelease[]>('GET', `/apps/${this.app()}/releases`, undefined, { range: 'version ..; order=desc, max=50' });
  }

  /** A release's version as deployed: its description, or for Heroku's own rollbacks the version it went back to. */
  private static versionOf(release: HerokuRelease, all: readonly HerokuRelease[], depth = 0): string {
    const back = ROLLBACK.exec(release.description);
    const target = back ? all.find((r) => r.version === Number(back[1])) : undefined;
    return target && depth < 10 ? HerokuAdapter.versionOf(target, all, depth + 1) : release.description;
  }

  /** The release serving the app: the one Heroku marks current, else the newest that succeeded. */
  private static live(all: readonly HerokuRelease[]): HerokuRelease | undefined {
    return all.find((r) => r.current) ?? all.find((r) => r.status === 'succeeded');
  }

  /** A release still in its release phase, or a build that releases itself when done, would overlap this deploy. */
  async busy(): Promise<string | undefined> {
    const pending = (await this.releases()).find((r) => r.status === 'pending');
    if (pending) return `Heroku release v${pending.version} (${pending.description}) of ${this.options.app} is still pending`;
    const builds = await this.api<HerokuBuild[]>('GET', `/apps/${this.app()}/builds`, undefined, { range: 'created_at ..; order=desc, max=10' });
    const build = builds.find((b) => b.status === 'pending');
    return (
      build &&
      `Heroku build ${build.id} of ${this.options.app}${build.user?.email ? ` by ${build.user.email}` : ''} is still pending and releases itself when it succeeds`
    );
  }

  async current(): Promise<Release | undefined> {
    const all = await this.releases();
    const current = HerokuAdapter.live(all);
    return current ? { version: HerokuAdapter.versionOf(current, all), slot: current.id } : undefined;
  }

  /** The candidate slug must exist before anything is released. */
  async prepare(candidate: Release): Promise<Release> {
    await this.api('GET', `/apps/${this.app()}/slugs/${encodeURIComponent(this.options.slug)}`);
    return { ...candidate, slot: this.options.slug };
  }

  private async waitFor(release: HerokuRelease): Promise<void> {
    const deadline = Date.now() + this.options.releaseTimeoutMs;
    let at = release;
    while (at.status === 'pending') {
      if (Date.now() > deadline) throw new PlatformError(`release v${at.version} is still pending after ${this.options.releaseTimeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, this.options.pollMs ?? 2000));
      at = await this.api<HerokuRelease>('GET', `/apps/${this.app()}/releases/${encodeURIComponent(at.id)}`);
    }
    if (at.status !== 'succeeded')
      throw new PlatformError(`release v${at.version} ${at.status} (see its release phase output: heroku releases:output ${at.version})`);
  }

  async shift(weight: number, plan: { candidate: Release }): Promise<void> {
    if (weight === 0) return;
    if (weight !== 100) throw new ConfigurationError('steps', `the heroku adapter cannot send ${weight} % of traffic`, '100');
    const slug = plan.candidate.slot ?? this.options.slug;
    // Idempotent: a slug that is already released is not released again.
    if (HerokuAdapter.live(await this.releases())?.slug?.id === slug) return;
    await this.waitFor(await this.api<HerokuRelease>('POST', `/apps/${this.app()}/releases`, { slug, description: plan.candidate.version }));
  }

  async restore(target: Release): Promise<void> {
    if (!target.slot) throw new PlatformError(`no Heroku release is known for version ${target.version}`);
    const all = await this.releases();
    const wanted = all.find((r) => r.id === target.slot);
    if (wanted?.slug && HerokuAdapter.live(all)?.slug?.id === wanted.slug.id) return;
    await this.waitFor(await this.api<HerokuRelease>('POST', `/apps/${this.app()}/releases`, { release: target.slot }));
  }

  /** Heroku keeps every release: the target must exist and have succeeded. */
  async ensureReady(release: Release): Promise<Release> {
    if (!release.slot) throw new PlatformError(`no Heroku release is known for version ${release.version}`);
    const r = await this.api<HerokuRelease>('GET', `/apps/${this.app()}/releases/${encodeURIComponent(release.slot)}`);
    if (r.status !== 'succeeded') throw new PlatformError(`release v${r.version} of ${release.version} ${r.status}`);
    return release;
  }

  cleanup(): Promise<void> {
    return Promise.resolve();
  }

  async history(): Promise<Release[]> {
    const all = await this.releases();
    return all.filter((r) => r.status === 'succeeded').map((r) => ({ version: HerokuAdapter.versionOf(r, all), slot: r.id }));
  }
}

export const herokuAdapter = defineAdapter(
  'heroku',
  {
    'heroku-app': option.text(),
    'heroku-slug': option.text(),
    'heroku-api-url': option.text('https://api.heroku.com'),
  },
  (o, { config, env }) =>
    new HerokuAdapter({
      app: o['heroku-app'],
      slug: o['heroku-slug'],
      apiUrl: o['heroku-api-url'],
      releaseTimeoutMs: config.stepTimeoutMs,
      env,
    }),
);
