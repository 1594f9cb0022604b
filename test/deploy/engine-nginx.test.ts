import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxMissing } from './support/nginx.ts';
import { deployTo, servedVersion, startSite, type Site } from './support/site.ts';
import { startLoad } from './support/load.ts';

if (nginxMissing) process.stderr.write(`${nginxMissing}\n`);

describe.skipIf(nginxMissing !== undefined)('deploy engine behind a real nginx (reload mode)', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite('reload', 'engine');
    site.env.SAMPLE_APP_FAIL = 'v3:5';
  });
  afterAll(async () => site?.close());

  it('deploys a first version, then promotes a second one blue-green', async () => {
    const first = await deployTo(site, { version: 'v1' });
    expect(first.status, JSON.stringify(first.timeline)).toBe('promoted');
    expect(await servedVersion(site.nginx.url), JSON.stringify(first.timeline)).toBe('v1');
    expect(first.previousVersion).toBeUndefined();
    expect(await servedVersion(site.nginx.url)).toBe('v1');
    const second = await deployTo(site, { version: 'v2' });
    expect(second, JSON.stringify(second.timeline)).toMatchObject({ status: 'promoted', version: 'v2', previousVersion: 'v1', rolledBack: false });
    expect(await servedVersion(site.nginx.url)).toBe('v2');
    expect(second.timeline.map((e) => e.phase)).toEqual(expect.arrayContaining(['prepare', 'verify-candidate', 'shift', 'settle', 'promote', 'cleanup']));
    expect(readFileSync(site.upstreamFile, 'utf8')).toContain('# weights: blue=0 green=100');
  });

  it('treats a re-run of a deploy that already succeeded as a no-op', async () => {
    const before = readFileSync(site.upstreamFile);
    const pid = site.pid('green');
    const again = await deployTo(site, { version: 'v2' });
    expect(again).toMatchObject({ status: 'promoted', noop: true, version: 'v2' });
    expect(readFileSync(site.upstreamFile).equals(before)).toBe(true);
    expect(site.pid('green')).toBe(pid);
  });

  it('rolls a canary back when the candidate fails a fifth of its requests', async () => {
    const load = startLoad(site.nginx.url, 2);
    const result = await deployTo(site, {
      version: 'v3',
      strategy: 'canary',
      steps: '10,50,100',
      analysis: '- type: smoke\n  requests: 20\n',
      'analysis-interval': '200ms',
      'min-requests': '10',
      'max-error-rate': '5%',
    });
    const counts = await load.stop();
    expect(result.status).toBe('rolled-back');
    expect(result.reason).toMatch(/analysis failed at 10 %/);
    expect(result.servingVersion).toBe('v2');
    expect(await servedVersion(site.nginx.url)).toBe('v2');
    // The fault reached users only through the 10 % step: about a tenth of a full cut-over's 20 %.
    expect(counts.failed).toBeLessThanOrEqual(Math.ceil(counts.total * 0.02) + 2);
    expect(readFileSync(site.upstreamFile, 'utf8')).toContain('green=100');
  });
});

describe.skipIf(nginxMissing !== undefined)('blue-green switches in socket mode under load', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite('socket', 'switches');
  });
  afterAll(async () => site?.close());

  it('loses no request over 6 switches (a keep-alive client that never retries counts every failure)', async () => {
    expect((await deployTo(site, { version: 's0' })).status).toBe('promoted');
    const load = startLoad(site.nginx.url, 4);
    const versions: string[] = [];
    for (let i = 1; i <= 6; i++) {
      const result = await deployTo(site, { version: `s${i}` });
      expect(result.status).toBe('promoted');
      versions.push(result.version);
    }
    const counts = await load.stop();
    expect(counts.failed, JSON.stringify(counts)).toBe(0);
    expect(Object.keys(counts.versions).sort()).toEqual(['s0', 's1', 's2', 's3', 's4', 's5', 's6']);
    expect(await servedVersion(site.nginx.url)).toBe('s6');
  });
});
