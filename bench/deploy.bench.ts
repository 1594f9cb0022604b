// Deploy: what a verified blue-green switch costs next to the floor of any switch, and the
// reliability counts under continuous load (a keep-alive client that never retries):
// 0 failed requests over every switch and every rollback in socket mode (a round that sees a
// failure throws, failing the benchmark); in reload mode the count is measured and reported.
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { deployFromConfig } from '@devops-actions/deploy';
import { defineBenchmark, fn, type BenchContext } from './lib.ts';
import { startLoad, type Load } from '../test/deploy/support/load.ts';
import { nginxMissing } from '../test/deploy/support/nginx.ts';
import { SAMPLE_APP, startSite, type Site } from '../test/deploy/support/site.ts';

interface Target {
  site: Site;
  load: Load;
}

async function site(ctx: BenchContext, mode: 'reload' | 'socket', name: string): Promise<Target> {
  const s = await startSite(mode, name);
  // The load starts once the first version serves (see startLoads); until then a placeholder.
  const target: Target = {
    site: s,
    load: { counts: { total: 0, failed: 0, statuses: {}, versions: {}, errors: [] }, stop: () => Promise.resolve(target.load.counts) },
  };
  ctx.onCleanup(async () => {
    const counts = await target.load.stop();
    ctx.log(
      `  ${name} (${mode} mode): ${counts.failed} failed of ${counts.total} requests${counts.errors.length ? ` (${counts.errors.slice(0, 3).join('; ')})` : ''}`,
    );
    await s.close();
  });
  return target;
}

function startLoads(targets: Target[]): void {
  for (const target of targets) target.load = startLoad(target.site.nginx.url, 4);
}

function deployer(t: Target, what: string, strict: boolean, extra: () => Record<string, string>) {
  let round = 0;
  return async () => {
    const { site: s, load } = t;
    round++;
    const { result } = await deployFromConfig(
      { ...s.config, strategy: 'blue-green', 'drain-delay': '100ms', 'settle-interval': '50ms', ...extra() },
      { context: { cwd: s.dir, defaultStateDir: s.stateDir }, env: { ...process.env, ...s.env }, owner: `bench ${what}` },
    );
    const wanted = extra().action === 'rollback' ? 'rolled-back' : 'promoted';
    if (result.status !== wanted) throw new Error(`${what} ${round}: ${result.status}: ${result.reason ?? ''}`);
    if (strict && load.counts.failed > 0)
      throw new Error(`${what} ${round}: ${load.counts.failed} failed requests (${load.counts.errors.slice(0, 3).join('; ')})`);
  };
}

/** The floor of any blue-green switch: start the new version, wait until it answers, swap the symlink, stop the old one. */
function floor(t: Target) {
  let round = 0;
  const slots = ['blue', 'green'];
  return async () => {
    const { site: s, load } = t;
    round++;
    const next = slots[round % 2] as string;
    const old = slots[(round + 1) % 2] as string;
    const socket = join(s.runDir, `${next}.sock`);
    const env = { ...process.env, ...s.env, DEPLOY_VERSION: `f${round}`, DEPLOY_SLOT: next, DEPLOY_ADDRESS: socket };
    spawnSync(process.execPath, [join(SAMPLE_APP, 'start.js')], { env });
    for (let i = 0; i < 200; i++) {
      const answered =
        spawnSync(process.execPath, [
          '-e',
          `require('http').get({socketPath:${JSON.stringify(socket)},path:'/healthz'},r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1))`,
        ]).status === 0;
      if (answered) break;
      await sleep(20);
    }
    const temp = `${s.liveSocket}.tmp`;
    rmSync(temp, { force: true });
    symlinkSync(socket, temp);
    renameSync(temp, s.liveSocket);
    spawnSync(process.execPath, [join(SAMPLE_APP, 'stop.js')], { env: { ...env, DEPLOY_SLOT: old } });
    if (load.counts.failed > 0) throw new Error(`floor switch ${round}: ${load.counts.failed} failed requests`);
  };
}

export default defineBenchmark({
  name: 'deploy',
  description: 'a verified blue-green switch (candidate checked, settle 3 in a row, previous stopped) vs the floor of any switch; 0 failed requests under load',
  rounds: 20,
  warmup: 1,
  async setup(ctx) {
    if (nginxMissing) throw new Error(nginxMissing);
    const a = await site(ctx, 'socket', 'switches');
    const b = await site(ctx, 'socket', 'rollbacks');
    const c = await site(ctx, 'socket', 'floor');
    const d = await site(ctx, 'reload', 'reload');
    // First versions, so every measured round is a switch.
    let v = 0;
    await deployer(a, 'first', true, () => ({ version: 'a0' }))();
    await deployer(b, 'first', true, () => ({ version: 'b0' }))();
    await deployer(b, 'second', true, () => ({ version: 'b1' }))();
    await deployer(d, 'first', false, () => ({ version: 'd0' }))();
    await floor(c)();
    startLoads([a, b, c, d]);
    return [
      {
        name: 'blue-green switch, socket mode',
        subject: fn(
          'deploy engine: prepare, verify, swap, settle, stop previous',
          deployer(a, 'switch', true, () => ({ version: `a${++v}` })),
        ),
        reference: fn('floor: start, wait until it answers, swap symlink, stop previous', floor(c)),
        bar: 4.0,
        note: '4 keep-alive clients without retries on each site; any failed request fails the run',
      },
      {
        name: 'rollback to a stopped previous version, socket mode',
        subject: fn(
          'deploy engine: action rollback (re-provision, check, swap, settle)',
          deployer(b, 'rollback', true, () => ({ action: 'rollback', version: '' })),
        ),
        reference: fn('floor: start, wait until it answers, swap symlink, stop previous', floor(c)),
        bar: 4.0,
        note: 'the previous version was stopped after each switch, so every rollback re-provisions it first',
      },
      {
        name: 'blue-green switch, reload mode',
        subject: fn(
          'deploy engine: upstream rewrite, nginx -t, reload, settle',
          deployer(d, 'reload switch', false, () => ({ version: `d${++v}` })),
        ),
        reference: fn('floor: start, wait until it answers, swap symlink, stop previous', floor(c)),
        bar: 5.0,
        note: 'failed requests in reload mode are counted and reported, not held to 0',
      },
    ];
  },
});
