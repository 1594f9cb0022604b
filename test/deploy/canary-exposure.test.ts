// The canary exposure figure as counts: a candidate that fails every 5th request, deployed twice
// under a keep-alive load that never retries, with the same analysis (its window counted in user
// requests, see EXPOSURE): caught at a 10 % canary step, and after a full cut-over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxMissing } from './support/nginx.ts';
import { deployFaulty, deployTo, EXPOSURE, servedVersion, startSite, type Site } from './support/site.ts';

if (nginxMissing) process.stderr.write(`${nginxMissing}\n`);

describe.skipIf(nginxMissing !== undefined)('canary exposure behind a real nginx (reload mode)', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite('reload', 'exposure');
    const result = await deployTo(site, { version: 'v1' }, 'run-1');
    expect(result.status, result.reason).toBe('promoted');
  });
  afterAll(async () => site?.close());

  it('exposes at most a tenth of a full cut-over when a 10 % step catches a 20 % fault', async () => {
    const canary = await deployFaulty(site, 'v2', '10,100');
    expect(canary.result, JSON.stringify(canary.result.timeline)).toMatchObject({ status: 'rolled-back', servingVersion: 'v1' });
    expect(canary.result.reason).toMatch(/analysis failed at 10 %/);
    expect(await servedVersion(site.nginx.url)).toBe('v1');

    const cutOver = await deployFaulty(site, 'v3', '100');
    expect(cutOver.result, JSON.stringify(cutOver.result.timeline)).toMatchObject({ status: 'rolled-back', servingVersion: 'v1' });
    expect(cutOver.result.reason).toMatch(/analysis failed at 100 %/);
    expect(await servedVersion(site.nginx.url)).toBe('v1');

    const counts = JSON.stringify({ canary: { ...canary, result: undefined }, cutOver: { ...cutOver, result: undefined } });
    // The full cut-over served the whole window to the candidate: a fifth of it failed.
    expect(cutOver.served, counts).toBeGreaterThanOrEqual(EXPOSURE.windowRequests);
    expect(cutOver.faulty, counts).toBeGreaterThanOrEqual(EXPOSURE.windowRequests / 5 - 2);
    // The canary step reached users (it was caught by what they saw), and at most a tenth as
    // many: the fault fails whole requests, so the tenth is rounded up by up to 2.
    expect(canary.faulty, counts).toBeGreaterThan(0);
    expect(canary.faulty, counts).toBeLessThanOrEqual(cutOver.faulty / 10 + 2);
  });
});
