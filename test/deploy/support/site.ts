// A deploy target for the tests: a real nginx in front of two slots of the sample app,
// everything in one temp dir, torn down afterwards.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../harness/run-action.ts';
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
