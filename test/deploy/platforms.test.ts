// The vercel and netlify adapters end to end: the committed dist/deploy bundle, run as the runner
// runs it, against loopback stand-ins of the platforms' REST APIs whose deployments are real HTTPS
// servers (a test CA the action trusts through NODE_EXTRA_CA_CERTS) and whose production domain
// answers as the published deployment does.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAction, type RunResult } from '../harness/run-action.ts';
import { hasOpenssl, makeCertificates, type Certificates } from '../probe/fixtures.ts';
import { startPlatformFake, type Platform, type PlatformFake } from './support/platforms.ts';

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
