// The vercel, netlify, heroku and fly adapters end to end: the committed dist/deploy bundle, run as the runner
// runs it, against loopback stand-ins of the platforms' REST APIs whose deployments are real HTTPS
// servers (a test CA the action trusts through NODE_EXTRA_CA_CERTS) and whose production domain
// answers as the published deployment does.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAction, type RunResult } from '../harness/run-action.ts';
import { hasOpenssl, makeCertificates, type Certificates } from '../probe/fixtures.ts';
import { startFlyFake, type FlyFake } from './support/fly.ts';
import { startHerokuFake, type HerokuFake } from './support/heroku.ts';
import { startPlatformFake, type Platform, type PlatformFake } from './support/platforms.ts';

/** Resolves once `condition` holds (polled): the test then changes the platform under a running deploy. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

const INPUTS: Record<Platform, (fake: PlatformFake, candidate: string) => Record<string, string>> = {
  vercel: (fake, candidate) => ({ 'vercel-project': fake.project, 'vercel-api-url': fake.apiUrl, 'vercel-deployment': candidate }),
  netlify: (fake, candidate) => ({ 'netlify-site': fake.project, 'netlify-api-url': fake.apiUrl, 'netlify-deploy': candidate }),
};

describe.skipIf(!hasOpenssl()).each(['vercel', 'netlify'] as const)('deploy action with the %s adapter', (platform) => {
  let certs: Certificates;
  let fake: PlatformFake;
  beforeAll(() => {
    certs = makeCertificates();
  });
  beforeEach(async () => {
    await fake?.close();
    fake = await startPlatformFake(platform, certs);
  });
  afterAll(async () => {
    await fake?.close();
    rmSync(certs.dir, { recursive: true, force: true });
  });

  const deploy = (candidate: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunResult> =>
    runAction('deploy', {
      env: { [fake.tokenVariable]: fake.token, NODE_EXTRA_CA_CERTS: certs.caFile, ...env },
      inputs: {
        adapter: platform,
        strategy: 'blue-green',
        url: fake.productionUrl,
        'version-from': 'header:x-app-version',
        'github-deployment': 'off',
        'settle-timeout': '20s',
        ...INPUTS[platform](fake, candidate),
        ...inputs,
      },
    });
  const promotions = () => fake.calls.filter((c) => c.startsWith('POST '));

  it('checks the candidate on its own URL, publishes it, and waits until production serves it', async () => {
    const v1 = await fake.deploy('v1');
    fake.setProduction(v1.id);
    const v2 = await fake.deploy('v2');
    // Vercel takes a deployment by its URL too.
    const result = await deploy(platform === 'vercel' ? v2.url : v2.id, { version: 'v2' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ status: 'promoted', version: 'v2', 'previous-version': 'v1', 'rolled-back': 'false' });
    expect(fake.hits.get(v2.id)).toBeGreaterThan(0);
    expect(promotions()).toEqual([fake.publishCall(v2.id)]);
    expect(fake.production()?.version).toBe('v2');

    // Run again: already production, so nothing is promoted twice.
    const again = await deploy(v2.id, { version: 'v2' });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(promotions()).toHaveLength(1);
  });

  it('does not publish a candidate that fails its checks on its own URL', async () => {
    const v1 = await fake.deploy('v1');
    fake.setProduction(v1.id);
    const broken = await fake.deploy('v2', { failing: true });
    const result = await deploy(broken.id, { version: 'v2' });
    expect(result.exitCode).toBe(1);
    expect(promotions()).toEqual([]);
    expect(fake.production()?.version).toBe('v1');
  });

  it('publishes the previous deployment again when production fails after the switch', async () => {
    const v1 = await fake.deploy('v1');
    fake.setProduction(v1.id);
    // Healthy on its own URL (the check before the switch passes), failing once it is production.
    const v3 = await fake.deploy('v3', { failsInProduction: true });
    const result = await deploy(v3.id, { version: 'v3' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'rolled-back', version: 'v3', 'previous-version': 'v1', 'rolled-back': 'true' });
    expect(promotions()).toEqual([fake.publishCall(v3.id), fake.publishCall(v1.id)]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fake.production()?.version).toBe('v1');
  });

  it('names the missing token variable and changes nothing', async () => {
    const v1 = await fake.deploy('v1');
    fake.setProduction(v1.id);
    const result = await deploy(v1.id, { version: 'v2' }, { [fake.tokenVariable]: '' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.at(-1)?.message).toContain(`needs an API token in the ${fake.tokenVariable} environment variable`);
    expect(fake.calls).toEqual([]);
  });

  it('waits for a production build in progress before publishing, or with lock: fail stops naming it', async () => {
    const v1 = await fake.deploy('v1');
    fake.setProduction(v1.id);
    const building = await fake.deploy('v3', { readyState: 'BUILDING', production: true });
    const v2 = await fake.deploy('v2');
    const refused = await deploy(v2.id, { version: 'v2', lock: 'fail' });
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations.at(-1)?.message).toContain(
      `${platform === 'vercel' ? 'Vercel' : 'Netlify'} production deployment ${building.id} is still ${platform === 'vercel' ? 'BUILDING' : 'building'}`,
    );
    expect(promotions()).toEqual([]);

    const listings = () => fake.calls.filter((c) => c === 'GET /v6/deployments' || c.endsWith('/deploys')).length;
    const seen = listings();
    const waiting = deploy(v2.id, { version: 'v2', 'lock-timeout': '2m' });
    await until(() => listings() > seen);
    building.readyState = 'ERROR';
    const result = await waiting;
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toContain(`waiting for the target: ${platform === 'vercel' ? 'Vercel' : 'Netlify'} production deployment ${building.id}`);
    expect(promotions()).toEqual([fake.publishCall(v2.id)]);
  });

  it('refuses a deployment built for another version', async () => {
    const v1 = await fake.deploy('v1');
    fake.setProduction(v1.id);
    const v2 = await fake.deploy('v2');
    const result = await deploy(v2.id, { version: 'v9' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.at(-1)?.message).toMatch(
      new RegExp(`${platform === 'vercel' ? 'vercel-deployment' : 'netlify-deploy'}: .* was built for version v2, not v9`),
    );
    expect(promotions()).toEqual([]);
  });
});

describe('deploy action with the heroku adapter', () => {
  let heroku: HerokuFake;
  beforeEach(async () => {
    await heroku?.close();
    heroku = await startHerokuFake();
  });
  afterAll(async () => {
    await heroku?.close();
  });
  const deploy = (slug: string, version: string, env: Record<string, string> = {}, inputs: Record<string, string> = {}): Promise<RunResult> =>
    runAction('deploy', {
      env: { HEROKU_API_KEY: heroku.token, ...env },
      inputs: {
        adapter: 'heroku',
        version,
        url: heroku.appUrl,
        'version-from': 'header:x-app-version',
        'heroku-app': heroku.app,
        'heroku-slug': slug,
        'heroku-api-url': heroku.apiUrl,
        'github-deployment': 'off',
        'settle-timeout': '20s',
        'settle-interval': '50ms',
        ...inputs,
      },
    });

  it('releases the slug with its version, waits for the release, and does nothing on a re-run', async () => {
    heroku.release(heroku.slug('v1'));
    const v2 = heroku.slug('v2');
    const result = await deploy(v2, 'v2');
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ status: 'promoted', version: 'v2', 'previous-version': 'v1' });
    expect(heroku.posts).toEqual([{ slug: v2, description: 'v2' }]);
    expect(heroku.current()?.slug.version).toBe('v2');
    const again = await deploy(v2, 'v2');
    expect(again.exitCode, again.stdout).toBe(0);
    expect(heroku.posts).toHaveLength(1);
  });

  it('rolls back to the previous release when the new one fails its checks, and says which release', async () => {
    heroku.release(heroku.slug('v1'));
    const first = heroku.releases()[0];
    const broken = heroku.slug('v2', { broken: true });
    const result = await deploy(broken, 'v2');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'rolled-back', 'rolled-back': 'true', 'previous-version': 'v1' });
    expect(heroku.posts).toEqual([{ slug: broken, description: 'v2' }, { release: first?.id }]);
    expect(heroku.current()?.description).toBe('Rollback to v1');
    expect(heroku.current()?.slug.version).toBe('v1');
  });

  it('rolls back when the release phase fails', async () => {
    heroku.release(heroku.slug('v1'));
    const failing = heroku.slug('v2', { failsRelease: true });
    const result = await deploy(failing, 'v2');
    expect(result.exitCode).toBe(1);
    expect(result.annotations.at(-1)?.message).toMatch(/release v2 failed/);
    expect(heroku.current()?.slug.version).toBe('v1');
  });

  it('waits while a build is pending (it would release itself), or with lock: fail stops naming it', async () => {
    heroku.release(heroku.slug('v1'));
    const v2 = heroku.slug('v2');
    const build = heroku.build();
    const refused = await deploy(v2, 'v2', {}, { lock: 'fail' });
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations.at(-1)?.message).toContain(`Heroku build ${build.id} of ${heroku.app} by dev@example.com is still pending`);
    expect(heroku.posts).toEqual([]);

    const waiting = deploy(v2, 'v2', {}, { 'lock-timeout': '2m' });
    await until(() => heroku.buildListings > 1);
    build.finish();
    const result = await waiting;
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toContain(`waiting for the target: Heroku build ${build.id}`);
    expect(heroku.posts).toEqual([{ slug: v2, description: 'v2' }]);
  });

  it('names HEROKU_API_KEY when it is missing, and an unknown slug before anything is released', async () => {
    heroku.release(heroku.slug('v1'));
    const missing = await deploy(heroku.slug('v2'), 'v2', { HEROKU_API_KEY: '' });
    expect(missing.exitCode).toBe(1);
    expect(missing.annotations.at(-1)?.message).toContain('needs an API token in the HEROKU_API_KEY environment variable');
    const unknown = await deploy('00000000-0000-0000-0000-000000000000', 'v2');
    expect(unknown.exitCode).toBe(1);
    expect(unknown.annotations.at(-1)?.message).toMatch(/Couldn't find that slug/);
    expect(heroku.posts).toEqual([]);
  });
});

describe('deploy action with the fly adapter', () => {
  let fly: FlyFake;
  const IMAGE = 'registry.fly.io/shop-web:{version}';
  beforeEach(async () => {
    await fly?.close();
    fly = await startFlyFake({ machines: 3, image: IMAGE.replace('{version}', 'v1'), version: 'v1' });
  });
  afterAll(async () => {
    await fly?.close();
  });
  const deploy = (version: string, env: Record<string, string> = {}, inputs: Record<string, string> = {}): Promise<RunResult> =>
    runAction('deploy', {
      env: { FLY_API_TOKEN: fly.token, ...env },
      inputs: {
        adapter: 'fly',
        version,
        url: fly.appUrl,
        'version-from': 'header:x-app-version',
        'fly-app': fly.app,
        'fly-image': IMAGE,
        'fly-api-url': fly.apiUrl,
        'github-deployment': 'off',
        'settle-timeout': '20s',
        'settle-interval': '50ms',
        ...inputs,
      },
    });

  it('updates the Machines one at a time to the image, and a re-run updates none', async () => {
    const result = await deploy('v2');
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ status: 'promoted', version: 'v2', 'previous-version': 'v1' });
    expect(fly.updates).toEqual(fly.machines().map((m) => `${m.id} registry.fly.io/shop-web:v2`));
    expect(fly.machines().every((m) => m.config.metadata['devops-actions-version'] === 'v2' && m.config.guest.memory_mb === 256)).toBe(true);
    const again = await deploy('v2');
    expect(again.exitCode, again.stdout).toBe(0);
    expect(fly.updates).toHaveLength(3);
  });

  it('rolls every Machine back to the previous image when the new version fails its checks', async () => {
    fly.broken.add('v2');
    const result = await deploy('v2');
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'rolled-back', 'rolled-back': 'true', 'previous-version': 'v1' });
    expect(fly.machines().map((m) => m.config.image)).toEqual(Array(3).fill('registry.fly.io/shop-web:v1'));
  });

  it('rolls back the Machines already updated when one does not start, and names it', async () => {
    fly.failsToStart.add('registry.fly.io/shop-web:v2');
    const result = await deploy('v2');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/Machine e2806d1b0 did not start registry\.fly\.io\/shop-web:v2/);
    expect(fly.machines().map((m) => m.config.image)).toEqual(Array(3).fill('registry.fly.io/shop-web:v1'));
  });

  it('does not update Machines that another deploy holds a lease on (lock: fail names it)', async () => {
    const machine = fly.machines()[1]?.id ?? '';
    const lease = fly.lease(machine, 'dev@example.com');
    const refused = await deploy('v2', {}, { lock: 'fail' });
    expect(refused.exitCode).toBe(1);
    expect(refused.annotations.at(-1)?.message).toMatch(new RegExp(`Fly Machine ${machine} is leased by dev@example\\.com \\(fly deploy\\) until \\d{4}-`));
    expect(fly.updates).toEqual([]);
    lease.release();
    const result = await deploy('v2');
    expect(result.exitCode, result.stdout).toBe(0);
    expect(fly.updates).toHaveLength(3);
  });

  it('names FLY_API_TOKEN when it is missing, before anything changes', async () => {
    const result = await deploy('v2', { FLY_API_TOKEN: '' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.at(-1)?.message).toContain('needs an API token in the FLY_API_TOKEN environment variable');
    expect(fly.updates).toEqual([]);
  });
});
