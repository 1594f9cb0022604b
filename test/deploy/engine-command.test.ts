// The state machine with the command adapter and a real HTTP server standing in for a
// platform: the deploy command writes the version the server then reports.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '@devops-actions/toolkit';
import {
  acquireLock,
  deployFromConfig,
  DEFAULT_LOG_FORMAT,
  logFormatParser,
  NginxLogSource,
  parseConfig,
  parseSteps,
  LockedError,
  type DeployResult,
} from '@devops-actions/deploy';
import { main } from '../../packages/cli/src/main.ts';
import { ROOT } from '../harness/run-action.ts';

const DEPLOY = `${process.execPath} ${join(ROOT, 'test', 'deploy', 'fixtures', 'fake-platform-deploy.js')}`;

let dir: string;
let server: Server;
let url: string;
let healthy = new Set<string>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const current = existsSync(join(dir, 'current')) ? readFileSync(join(dir, 'current'), 'utf8') : 'none';
    res.setHeader('x-app-version', current);
    res.statusCode = healthy.has(current) ? 200 : 503;
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server.close());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deploy-command-'));
  healthy = new Set(['v1', 'v2', 'v3']);
  return () => rmSync(dir, { recursive: true, force: true });
});

const config = (extra: Record<string, string> = {}) => ({
  adapter: 'command',
  url,
  'version-from': 'header:x-app-version',
  'deploy-command': DEPLOY,
  'settle-interval': '10ms',
  'settle-timeout': '1s',
  'settle-times': '2',
  'state-dir': join(dir, 'state'),
  ...extra,
});

async function deploy(extra: Record<string, string>): Promise<DeployResult> {
  const { result } = await deployFromConfig(config(extra), {
    context: { cwd: dir, defaultStateDir: join(dir, 'state') },
    env: { ...process.env, SITE_DIR: dir },
    owner: 'test',
  });
  return result;
}

describe('configuration', () => {
  const parse = (raw: Record<string, string>) => parseConfig({ ...config(), version: 'v9', ...raw }, { cwd: '/tmp', defaultStateDir: '/tmp/state' });
  it('validates canary steps: increasing and ending at 100', () => {
    expect(parseSteps('steps', '10,25,50,100')).toEqual([10, 25, 50, 100]);
    expect(parseSteps('steps', '5%, 100%')).toEqual([5, 100]);
    expect(() => parseSteps('steps', '10,25,50')).toThrow('steps: the last step must be 100 (all traffic), not 50 (for example: 10,25,50,100)');
    expect(() => parseSteps('steps', '50,25,100')).toThrow(/must increase, but 25 follows 50/);
    expect(() => parseSteps('steps', '0,100')).toThrow(/outside 1\.\.100/);
  });
  it('refuses an identity check with no identity configured, and unknown names', () => {
    expect(() => parse({ 'version-from': '' })).toThrow(ConfigurationError);
    expect(() => parse({ 'version-from': '' })).toThrow(/fail closed/);
    expect(() => parse({ strategy: 'rolling-thunder' })).toThrow(/^strategy: "rolling-thunder" is not one of direct, blue-green, canary/);
    expect(() => parse({ 'max-error-rate': '150%' })).toThrow(/above 100 %/);
    expect(() => parse({ analysis: '- type: guess' })).toThrow(/analysis\[0\]\.type: "guess" is not one of smoke, http-json, prometheus, nginx-log/);
  });
});

describe('state machine with the command adapter', () => {
  it('deploys, records history, and treats a re-run as a no-op', async () => {
    expect((await deploy({ version: 'v1' })).status).toBe('promoted');
    const second = await deploy({ version: 'v2' });
    expect(second).toMatchObject({ status: 'promoted', previousVersion: 'v1' });
    const again = await deploy({ version: 'v2' });
    expect(again.noop).toBe(true);
    expect(readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n')).toEqual(['v1 rollback= previous=', 'v2 rollback= previous=v1']);
    const state = JSON.parse(readFileSync(join(dir, 'state', 'production.deploy-state.json'), 'utf8')) as { history: { version: string }[] };
    expect(state.history.map((h) => h.version)).toEqual(['v2', 'v1']);
  });

  it('rolls back to the previous version when the new one fails its checks after the switch', async () => {
    await deploy({ version: 'v1' });
    healthy.delete('v2');
    const result = await deploy({ version: 'v2' });
    expect(result).toMatchObject({ status: 'rolled-back', rolledBack: true, servingVersion: 'v1' });
    expect(result.reason).toMatch(/traffic did not settle on v2/);
    expect(result.rungs).toEqual([{ rung: 'previous', version: 'v1', ok: true, detail: 'traffic is back on v1' }]);
    expect(readFileSync(join(dir, 'current'), 'utf8')).toBe('v1');
  });

  it('falls back to the last known good when the previous version cannot be restored', async () => {
    await deploy({ version: 'v1' });
    await deploy({ version: 'v2' });
    writeFileSync(join(dir, 'broken'), 'v2');
    healthy.delete('v3');
    const result = await deploy({ version: 'v3' });
    expect(result.status).toBe('rolled-back');
    expect(result.rungs.map((r) => [r.rung, r.version, r.ok])).toEqual([
      ['previous', 'v2', false],
      ['last-known-good', 'v1', true],
    ]);
    expect(readFileSync(join(dir, 'current'), 'utf8')).toBe('v1');
  });

  it('when every rung fails: leaves the healthiest target, runs on-rollback-failure, names every rung, never loops', async () => {
    await deploy({ version: 'v1' });
    await deploy({ version: 'v2' });
    writeFileSync(join(dir, 'broken'), 'v1 v2');
    healthy.delete('v3');
    const marker = join(dir, 'paged');
    const result = await deploy({
      version: 'v3',
      'on-rollback-failure': `${process.execPath} -e "require('fs').writeFileSync(process.argv[1], process.env.DEPLOY_ROLLBACK_RUNGS)" ${marker}`,
    });
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/previous \(v2\): .*last-known-good \(v1\): .*healthiest/);
    expect(readFileSync(marker, 'utf8')).toBe('previous:failed,last-known-good:failed,healthiest:failed');
    const calls = readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n');
    expect(calls.filter((c) => c.startsWith('v2 rollback=true'))).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('v1 rollback=true'))).toHaveLength(1);
  });

  it('rolls back a deploy step that takes longer than step-timeout', async () => {
    await deploy({ version: 'v1' });
    writeFileSync(join(dir, 'slow'), 'v2');
    const result = await deploy({ version: 'v2', 'step-timeout': '1s' });
    expect(result.status).toBe('rolled-back');
    expect(result.reason).toMatch(/deploy-command .* was killed by SIGKILL/);
    expect(readFileSync(join(dir, 'current'), 'utf8')).toBe('v1');
  });

  it('action: rollback goes back to the version before the current one', async () => {
    await deploy({ version: 'v1' });
    await deploy({ version: 'v2' });
    const result = await deploy({ action: 'rollback' });
    expect(result).toMatchObject({ status: 'rolled-back', version: 'v1', previousVersion: 'v2', servingVersion: 'v1' });
    expect(readFileSync(join(dir, 'current'), 'utf8')).toBe('v1');
  });

  it('refuses canary steps below 100 with an adapter that cannot split traffic, before anything runs', async () => {
    await expect(deploy({ version: 'v1', strategy: 'canary' })).rejects.toThrow(/command adapter cannot do canary deploys/);
    expect(existsSync(join(dir, 'calls'))).toBe(false);
  });
});

describe('kubernetes adapter (kubectl with argument arrays)', () => {
  const kube = (extra: Record<string, string>) =>
    deploy({
      adapter: 'kubernetes',
      'deploy-command': '',
      'kubectl-command': `${process.execPath} ${join(ROOT, 'test', 'deploy', 'fixtures', 'fake-kubectl.js')}`,
      'k8s-deployment': 'web',
      'k8s-container': 'app',
      'k8s-image': 'ghcr.io/acme/web:{version}',
      'k8s-namespace': 'prod',
      ...extra,
    });

  it('rolls out with set image and rollout status, and rolls back when the rollout fails', async () => {
    expect((await kube({ version: 'v1' })).status).toBe('promoted');
    expect((await kube({ version: 'v2' })).status).toBe('promoted');
    writeFileSync(join(dir, 'broken'), 'v3');
    const result = await kube({ version: 'v3' });
    expect(result).toMatchObject({ status: 'rolled-back', servingVersion: 'v2' });
    expect(result.reason).toMatch(/kubectl .* exited with code 1: error: deployment "web" exceeded its progress deadline/);
    const all = readFileSync(join(dir, 'kubectl-calls'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as string[]);
    // Each run takes the Lease first and gives it back last (the Lease itself is tested in kubernetes.test.ts).
    expect(all[0]).toEqual(['--namespace', 'prod', 'get', 'lease', 'web-deploy', '-o', 'json']);
    expect(all.at(-1)).toEqual(['--namespace', 'prod', 'replace', '-f', '-', '-o', 'json']);
    const calls = all.filter((c) => !c.includes('lease') && !c.includes('-f'));
    expect(calls).toContainEqual(['--namespace', 'prod', 'set', 'image', 'deployment/web', 'app=ghcr.io/acme/web:v3']);
    expect(calls.at(-1)).toEqual(['--namespace', 'prod', 'rollout', 'status', 'deployment/web', '--timeout=600s']);
    expect(calls.filter((c) => c.includes('app=ghcr.io/acme/web:v2'))).toHaveLength(2);
    expect(readFileSync(join(dir, 'current'), 'utf8')).toBe('v2');
  });

  it('refuses an image without {version} before running kubectl', async () => {
    await expect(kube({ version: 'v1', 'k8s-image': 'ghcr.io/acme/web:latest' })).rejects.toThrow(/k8s-image: must contain \{version\}/);
    expect(existsSync(join(dir, 'kubectl-calls'))).toBe(false);
  });
});

describe('target lock', () => {
  it('fails at once with lock: fail, naming the holder, and is free again after release', async () => {
    const path = join(dir, 'target.lock');
    const held = await acquireLock({ path, owner: 'run 1', leaseMs: 60_000, mode: 'fail', waitTimeoutMs: 0 });
    await expect(acquireLock({ path, owner: 'run 2', leaseMs: 60_000, mode: 'fail', waitTimeoutMs: 0 })).rejects.toThrow(LockedError);
    await expect(acquireLock({ path, owner: 'run 2', leaseMs: 60_000, mode: 'fail', waitTimeoutMs: 0 })).rejects.toThrow(/locked by run 1 \(pid \d+/);
    held.release();
    const next = await acquireLock({ path, owner: 'run 2', leaseMs: 60_000, mode: 'fail', waitTimeoutMs: 0 });
    next.release();
  });
  it('takes over a lock whose lease ran out', async () => {
    const path = join(dir, 'target.lock');
    writeFileSync(path, JSON.stringify({ owner: 'gone', pid: 1, host: 'elsewhere', acquiredAt: '2020-01-01T00:00:00Z', expiresAt: '2020-01-01T00:01:00Z' }));
    const lock = await acquireLock({ path, owner: 'run 3', leaseMs: 60_000, mode: 'fail', waitTimeoutMs: 0 });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ owner: 'run 3', pid: process.pid });
    lock.release();
  });
});

describe('nginx access log analysis', () => {
  it('parses a log_format and reads only new lines, counting the candidate upstream', async () => {
    const parse = logFormatParser('$remote_addr [$time_local] "$request" $status $body_bytes_sent $upstream_addr');
    expect(parse('127.0.0.1 [22/Nov/2026:09:00:00 +0000] "GET / HTTP/1.1" 502 10 127.0.0.1:8082')).toMatchObject({
      status: '502',
      upstream_addr: '127.0.0.1:8082',
    });
    const log = join(dir, 'access.log');
    writeFileSync(log, '127.0.0.1 [x] "GET / HTTP/1.1" 500 1 127.0.0.1:8082\n');
    const source = new NginxLogSource(log, '$remote_addr [$time_local] "$request" $status $body_bytes_sent $upstream_addr');
    await source.begin();
    const lines = ['200 1 127.0.0.1:8081', '500 1 127.0.0.1:8082', '200 1 127.0.0.1:8082', '200 1 127.0.0.1:8082'].map(
      (l) => `127.0.0.1 [x] "GET / HTTP/1.1" ${l}`,
    );
    writeFileSync(log, readFileSync(log, 'utf8') + lines.join('\n') + '\n');
    const measured = await source.measure({
      candidate: { version: 'v2', address: '127.0.0.1:8082' },
      weight: 10,
      publicEndpoint: undefined,
      verifier: undefined as never,
      windowMs: 0,
      minRequests: 3,
      maxErrorRate: 0.1,
    });
    expect(measured).toMatchObject({ result: 'fail', requests: 3, errors: 1 });
  });

  it('says so when the log is written in another format than the one configured', async () => {
    const log = join(dir, 'other.log');
    writeFileSync(log, '');
    const source = new NginxLogSource(log);
    await source.begin();
    writeFileSync(log, '127.0.0.1 [x] "GET / HTTP/1.1" 200 1 127.0.0.1:8082\n'.repeat(4));
    const context = {
      candidate: { version: 'v2', address: '127.0.0.1:8082' },
      weight: 10,
      publicEndpoint: undefined,
      verifier: undefined as never,
      windowMs: 0,
      minRequests: 1,
      maxErrorRate: 0.1,
    };
    const measured = await source.measure(context);
    expect(measured.result).toBe('inconclusive');
    expect(measured.detail).toBe(
      `none of the 4 new lines in ${log} matches the log format "${DEFAULT_LOG_FORMAT}": set format to the log_format of that access_log`,
    );
  });
});

describe('devops-actions deploy', () => {
  it('deploys from a config file and prints the CLI.md JSON shape; exit 2 names a bad option', async () => {
    const file = join(dir, 'deploy.yml');
    writeFileSync(
      file,
      Object.entries(config({ version: 'v1' }))
        .map(([k, v]) => `${k}: '${v.replace(/'/g, "''")}'`)
        .join('\n') + '\n',
    );
    let out = '';
    let err = '';
    const io = { cwd: dir, stdout: (t: string) => (out += t), stderr: (t: string) => (err += t), env: { ...process.env, SITE_DIR: dir } };
    expect(await main(['deploy', '--config', file, '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(out) as {
      status: string;
      version: string;
      previousVersion: unknown;
      rolledBack: boolean;
      timeline: { at: string; phase: string; result: string }[];
    };
    expect(report).toMatchObject({ status: 'promoted', version: 'v1', previousVersion: null, rolledBack: false });
    expect(report.timeline.map((e) => e.phase)).toContain('shift');
    out = '';
    healthy.delete('v2');
    expect(await main(['deploy', '--config', file, '--version', 'v2'], io)).toBe(1);
    expect(out).toMatch(/^rolled-back: v2 \(previous v1\)/);
    expect(await main(['deploy', '--config', file, '--strategy', 'sideways'], io)).toBe(2);
    expect(err).toMatch(/devops-actions deploy: strategy: "sideways" is not one of/);
    expect(await main(['deploy'], io)).toBe(2);
  });
});

describe('inconclusive analysis', () => {
  // The stand-in platform answers "ok", not JSON: the http-json source has no data, so every interval is inconclusive.
  const analysis = () => `- type: http-json\n  url: ${url}/metrics.json\n  field: errors.rate\n  max: 0.05`;
  const run = (extra: Record<string, string>) => deploy({ version: 'v2', analysis: analysis(), 'analysis-interval': '10ms', ...extra });

  it('pauses by default with the candidate left serving, and promotes or rolls back when told to', async () => {
    await deploy({ version: 'v1' });
    const paused = await run({});
    expect(paused.status).toBe('paused');
    expect(readFileSync(join(dir, 'current'), 'utf8')).toBe('v2');
    expect((await run({ 'on-inconclusive': 'promote' })).status).toBe('promoted');
    await deploy({ version: 'v1' });
    expect(await run({ 'on-inconclusive': 'rollback' })).toMatchObject({ status: 'rolled-back' });
    expect(readFileSync(join(dir, 'current'), 'utf8')).toBe('v1');
  });
  it('in analysis-mode dry-run promotes and reports what it would have done', async () => {
    await deploy({ version: 'v1' });
    const result = await run({ 'analysis-mode': 'dry-run', 'on-inconclusive': 'rollback' });
    expect(result.status).toBe('promoted');
    expect(result.dryRun.join('\n')).toMatch(/^would have rolled back: /);
    expect(readFileSync(join(dir, 'current'), 'utf8')).toBe('v2');
  });
});
