// The vercel adapter end to end: the committed dist/deploy bundle, run as the runner runs it,
// against a loopback stand-in of Vercel's REST API whose deployments are real HTTPS servers (a test
// CA the action trusts through NODE_EXTRA_CA_CERTS) and whose production domain answers as the
// promoted deployment does.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAction, type RunResult } from '../harness/run-action.ts';
import { hasOpenssl, makeCertificates, type Certificates } from '../probe/fixtures.ts';
import { startVercelFake, type VercelFake } from './support/vercel.ts';

describe.skipIf(!hasOpenssl())('deploy action with the vercel adapter', () => {
  let certs: Certificates;
  let vercel: VercelFake;
  beforeAll(() => {
    certs = makeCertificates();
  });
  beforeEach(async () => {
    await vercel?.close();
    vercel = await startVercelFake(certs);
  });
  afterAll(async () => {
    await vercel?.close();
    rmSync(certs.dir, { recursive: true, force: true });
  });

  const deploy = (inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunResult> =>
    runAction('deploy', {
      env: { VERCEL_TOKEN: vercel.token, NODE_EXTRA_CA_CERTS: certs.caFile, ...env },
      inputs: {
        adapter: 'vercel',
        strategy: 'blue-green',
        url: vercel.productionUrl,
        'version-from': 'header:x-app-version',
        'vercel-project': vercel.project,
        'vercel-api-url': vercel.apiUrl,
        'github-deployment': 'off',
        'settle-timeout': '20s',
        ...inputs,
      },
    });
  const promotions = () => vercel.calls.filter((c) => c.startsWith('POST /v10/projects/shop-web/promote/'));

  it('checks the candidate on its own URL, promotes it, and waits until production serves it', async () => {
    const v1 = await vercel.deploy('v1');
    vercel.setProduction(v1.id);
    const v2 = await vercel.deploy('v2');
    const result = await deploy({ version: 'v2', 'vercel-deployment': v2.url });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({ status: 'promoted', version: 'v2', 'previous-version': 'v1', 'rolled-back': 'false' });
    expect(vercel.hits.get(v2.id)).toBeGreaterThan(0);
    expect(promotions()).toEqual([`POST /v10/projects/shop-web/promote/${v2.id}`]);
    expect(vercel.production()?.version).toBe('v2');

    // Run again: already production, so nothing is promoted twice.
    const again = await deploy({ version: 'v2', 'vercel-deployment': v2.id });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(promotions()).toHaveLength(1);
  });

  it('does not promote a candidate that fails its checks on its own URL', async () => {
    const v1 = await vercel.deploy('v1');
    vercel.setProduction(v1.id);
    const broken = await vercel.deploy('v2', { failing: true });
    const result = await deploy({ version: 'v2', 'vercel-deployment': broken.id });
    expect(result.exitCode).toBe(1);
    expect(promotions()).toEqual([]);
    expect(vercel.production()?.version).toBe('v1');
  });

  it('promotes the previous deployment again when production fails after the switch', async () => {
    const v1 = await vercel.deploy('v1');
    vercel.setProduction(v1.id);
    // Healthy on its own URL (the check before the switch passes), failing once it is production.
    const v3 = await vercel.deploy('v3', { failsInProduction: true });
    const result = await deploy({ version: 'v3', 'vercel-deployment': v3.id });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'rolled-back', version: 'v3', 'previous-version': 'v1', 'rolled-back': 'true' });
    expect(promotions()).toEqual([`POST /v10/projects/shop-web/promote/${v3.id}`, `POST /v10/projects/shop-web/promote/${v1.id}`]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(vercel.production()?.version).toBe('v1');
  });

  it('names the missing token variable and changes nothing', async () => {
    const v1 = await vercel.deploy('v1');
    vercel.setProduction(v1.id);
    const result = await deploy({ version: 'v2', 'vercel-deployment': v1.id }, { VERCEL_TOKEN: '' });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.at(-1)?.message).toMatch(/VERCEL_TOKEN/);
    expect(vercel.calls).toEqual([]);
  });

  it('refuses a deployment built for another version', async () => {
    const v1 = await vercel.deploy('v1');
    vercel.setProduction(v1.id);
    const v2 = await vercel.deploy('v2');
    const result = await deploy({ version: 'v9', 'vercel-deployment': v2.id });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.at(-1)?.message).toMatch(/vercel-deployment: .* was built for version v2, not v9/);
    expect(promotions()).toEqual([]);
  });
});
