// Deploy: what a verified blue-green switch costs next to the floor of any switch, and the
// reliability counts under continuous load (a keep-alive client that never retries):
// 0 failed requests over every switch and every rollback in socket mode (a round that sees a
// failure throws, failing the benchmark); in reload mode the count is measured and reported.
// The canary exposure figure: a candidate failing every 5th request, caught by the same analysis
// at a 10 % canary step and after a full cut-over; the failed requests users saw in each, and
// their ratio (a round whose canary exposed more than a tenth, beyond rounding, throws).
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { defineBenchmark, fn, type BenchContext } from './lib.ts';
import { emptyCounts, startLoad, type Load } from '../test/deploy/support/load.ts';
import { nginxMissing } from '../test/deploy/support/nginx.ts';
import { deployFaulty, deployTo, EXPOSURE, SAMPLE_APP, servedVersion, startSite, type Exposure, type Site } from '../test/deploy/support/site.ts';

interface Target {
  site: Site;
  load: Load;
}

async function site(ctx: BenchContext, mode: 'reload' | 'socket', name: string): Promise<Target> {
  const s = await startSite(mode, name);
  // The load starts once the first version serves (see startLoads); until then a placeholder.
  const target: Target = {
    site: s,
    load: { counts: emptyCounts(), stop: () => Promise.resolve(target.load.counts) },
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
    const result = await deployTo(s, { strategy: 'blue-green', 'drain-delay': '100ms', 'settle-interval': '50ms', ...extra() }, `bench ${what}`);
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

/**
 * The canary exposure figure, one deploy per side and round: (a) canary `10,100`, (b) a full
 * cut-over (canary `100`), the same faulty candidate and the same analysis. Whichever side of a
 * round finishes second compares the counts, logs them and throws when the canary exposed more
 * than a tenth of the cut-over's failed requests, beyond the fault's rounding (2 requests).
 */
function exposure(ctx: BenchContext, s: Site) {
  const rounds: { canary?: Exposure; cutOver?: Exposure }[] = [];
  const ratios: number[] = [];
  ctx.onCleanup(() => {
    if (ratios.length === 0) return;
    const sorted = [...ratios].sort((x, y) => x - y);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    ctx.log(
      `  canary exposure: median ratio ${median.toFixed(3)} over ${ratios.length} rounds (min ${sorted[0]?.toFixed(3)}, max ${sorted.at(-1)?.toFixed(3)}); ` +
        `window ${EXPOSURE.windowRequests} requests, ${EXPOSURE.connections} keep-alive clients`,
    );
  });
  const side = (which: 'canary' | 'cutOver', steps: string) => {
    let round = 0;
    return async () => {
      const r = round++;
      const version = `${which === 'canary' ? 'c' : 'f'}${r}`;
      const previous = await servedVersion(s.nginx.url);
      const e = await deployFaulty(s, version, steps);
      const at = steps === '100' ? 100 : 10;
      if (e.result.status !== 'rolled-back' || !e.result.reason?.includes(`analysis failed at ${at} %`))
        throw new Error(`exposure ${version} (${steps}): ${e.result.status}: ${e.result.reason ?? ''}`);
      const serving = await servedVersion(s.nginx.url);
      if (serving !== previous) throw new Error(`exposure ${version} (${steps}): ${serving} serves after the rollback, not ${previous}`);
      const pair = (rounds[r] ??= {});
      pair[which] = e;
      const { canary, cutOver } = pair;
      if (canary === undefined || cutOver === undefined) return;
      const ratio = canary.faulty / cutOver.faulty;
      ratios.push(ratio);
      const line = (x: Exposure) =>
        `${x.faulty} failed of ${x.served} answered by the candidate (${x.failed - x.faulty} more cut by nginx reloads, of ${x.total} requests)`;
      ctx.log(`  canary exposure round ${r}: 10 % step ${line(canary)}; full cut-over ${line(cutOver)}; ratio ${ratio.toFixed(3)}`);
      if (canary.faulty > cutOver.faulty / 10 + 2)
        throw new Error(
          `canary exposure round ${r}: the 10 % step exposed ${canary.faulty} failed requests, more than a tenth of the full cut-over's ${cutOver.faulty}`,
        );
    };
  };
  return { canary: side('canary', '10,100'), cutOver: side('cutOver', '100') };
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
    const e = await startSite('reload', 'exposure');
    ctx.onCleanup(() => e.close());
    // First versions, so every measured round is a switch.
    let v = 0;
    await deployer(a, 'first', true, () => ({ version: 'a0' }))();
    await deployer(b, 'first', true, () => ({ version: 'b0' }))();
    await deployer(b, 'second', true, () => ({ version: 'b1' }))();
    await deployer(d, 'first', false, () => ({ version: 'd0' }))();
    await floor(c)();
    const first = await deployTo(e, { version: 'e0' }, 'bench exposure');
    if (first.status !== 'promoted') throw new Error(`exposure first: ${first.status}: ${first.reason ?? ''}`);
    const exposed = exposure(ctx, e);
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
      {
        name: 'canary exposure: a 20 % fault at a 10 % step vs a full cut-over, reload mode',
        subject: fn('deploy engine: canary 10,100, analysis fails at 10 %, rollback', exposed.canary),
        reference: fn('deploy engine: full cut-over (canary 100), analysis fails at 100 %, rollback', exposed.cutOver),
        bar: 1.5,
        note: `failed requests counted from the first traffic move to the end of the rollback; same analysis, window ${EXPOSURE.windowRequests} user requests; the canary must expose at most a tenth (+2 for rounding)`,
      },
    ];
  },
});
