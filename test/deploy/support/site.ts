// A deploy target for the tests: a real nginx in front of two slots of the sample app,
// everything in one temp dir, torn down afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployFromConfig, type DeployResult } from '@devops-actions/deploy';
import { ROOT } from '../../harness/run-action.ts';
import { startLoad, startVersionMetrics } from './load.ts';
import { freePort, startNginx, type Nginx } from './nginx.ts';

export const SAMPLE_APP = join(ROOT, 'examples', 'sample-app');

export interface Site {
  dir: string;
  nginx: Nginx;
  mode: 'reload' | 'socket';
  upstreamFile: string;
  liveSocket: string;
  runDir: string;
  stateDir: string;
  slots: string;
  /** The deploy configuration (action inputs / CLI config keys) for this site. */
  config: Record<string, string>;
  env: Record<string, string>;
  pid(slot: string): number | undefined;
  close(): Promise<void>;
}

export async function startSite(mode: 'reload' | 'socket', name = 'site'): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), `deploy-${name}-`));
  const runDir = join(dir, 'run');
  const stateDir = join(dir, 'state');
  mkdirSync(runDir);
  const upstreamFile = join(dir, 'upstream.conf');
  const liveSocket = join(runDir, 'live.sock');
  writeFileSync(upstreamFile, 'upstream app {\n    server 127.0.0.1:1;\n}\n');
  const nginx = await startNginx(dir, mode === 'reload' ? { file: upstreamFile } : { socket: liveSocket });
  const slots =
    mode === 'reload'
      ? `blue=127.0.0.1:${await freePort()},green=127.0.0.1:${await freePort()}`
      : `blue=${join(runDir, 'blue.sock')},green=${join(runDir, 'green.sock')}`;
  const env = { SAMPLE_APP_RUN_DIR: runDir };
  const config: Record<string, string> = {
    adapter: 'nginx',
    strategy: 'blue-green',
    environment: 'production',
    url: nginx.url,
    'version-from': 'header:x-app-version',
    'health-path': '/healthz',
    'nginx-mode': mode,
    'nginx-slots': slots,
    'nginx-command': nginx.command,
    'start-command': `${process.execPath} ${join(SAMPLE_APP, 'start.js')}`,
    'stop-command': `${process.execPath} ${join(SAMPLE_APP, 'stop.js')}`,
    'state-dir': stateDir,
    'settle-interval': '100ms',
    'settle-timeout': '20s',
    'ready-timeout': '20s',
    'drain-delay': '200ms',
    'keep-previous': '0s',
    lock: 'wait',
  };
  if (mode === 'reload') config['nginx-upstream-file'] = upstreamFile;
  else config['nginx-live-socket'] = liveSocket;
  const pid = (slot: string) => {
    const file = join(runDir, `${slot}.pid`);
    return existsSync(file) ? Number(readFileSync(file, 'utf8')) : undefined;
  };
  return {
    dir,
    nginx,
    mode,
    upstreamFile,
    liveSocket,
    runDir,
    stateDir,
    slots,
    config,
    env,
    pid,
    async close() {
      for (const slot of ['blue', 'green']) {
        spawnSync(process.execPath, [join(SAMPLE_APP, 'stop.js')], { env: { ...process.env, ...env, DEPLOY_SLOT: slot } });
      }
      await nginx.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fetches the public URL and returns the version that answered. */
export async function servedVersion(url: string): Promise<string | null> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.headers.get('x-app-version');
}

/** Runs the deploy engine against this site with `extra` over its configuration, as `owner` (the lock's holder). */
export async function deployTo(site: Site, extra: Record<string, string>, owner = 'run-1', env: Record<string, string> = {}): Promise<DeployResult> {
  const { result } = await deployFromConfig(
    { ...site.config, ...extra },
    { context: { cwd: site.dir, defaultStateDir: site.stateDir }, env: { ...process.env, ...site.env, ...env }, owner },
  );
  return result;
}

/**
 * The canary exposure figure: one analysis for both deploys, with its window counted in user
 * requests (the load's requests since the candidate first answered), so the window is the same
 * however fast the machine is and a deploy's exposure differs only by the candidate's share.
 * The settle streak spans more than the 100 ms nginx keeps old workers accepting after a reload;
 * checks read the version from /version, so they take none of the candidate's failing requests.
 */
export const EXPOSURE = {
  windowRequests: 400,
  connections: 2,
  pauseMs: 8,
  settle: { 'settle-times': '8', 'settle-interval': '25ms', 'version-path': '/version' },
  analysis: { 'analysis-interval': '10ms', 'analysis-count': '1', 'min-requests': '20', 'max-error-rate': '5%', 'failure-limit': '1' },
};

export interface Exposure {
  result: DeployResult;
  /** Requests the candidate answered, and how many of them failed (the fault users saw). */
  served: number;
  faulty: number;
  /** Every failed request during the deploy: the fault plus connections cut by nginx reloads. */
  failed: number;
  total: number;
  connectionErrors: string[];
}

/**
 * Deploys `version` as a candidate that fails every 5th request (SAMPLE_APP_FAIL), canary
 * `steps` (`10,100` or `100`), under a steady keep-alive load that never retries, and counts
 * what users saw from the moment traffic first moves until the deploy has rolled back.
 */
export async function deployFaulty(site: Site, version: string, steps: string, options = EXPOSURE): Promise<Exposure> {
  const metrics = await startVersionMetrics(options.windowRequests);
  const load = startLoad(site.nginx.url, options.connections, { pauseMs: options.pauseMs, onCount: metrics.onCount });
  let result: DeployResult;
  try {
    result = await deployTo(
      site,
      {
        ...options.settle,
        ...options.analysis,
        version,
        strategy: 'canary',
        steps,
        analysis: `- type: http-json\n  url: ${metrics.url}/${encodeURIComponent(version)}\n  field: errorRate\n  max: 0.05\n`,
      },
      `exposure ${version}`,
      { SAMPLE_APP_FAIL: `${version}:5` },
    );
  } finally {
    await load.stop();
    await metrics.close();
  }
  const { counts } = load;
  return {
    result,
    served: counts.versions[version] ?? 0,
    faulty: counts.failedVersions[version] ?? 0,
    failed: counts.failed,
    total: counts.total,
    connectionErrors: counts.errors,
  };
}
