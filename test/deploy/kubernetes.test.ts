// The kubernetes adapter through the engine, against the stand-in kubectl (fixtures/fake-kubectl.js)
// and real HTTP on loopback: one small server per slot serves the version its Deployment's image
// names (none when scaled to 0), a "Service" proxy routes each request to the slot the web
// Service's selector names, and a preview proxy does the same for the web-preview Service. So
// what users would see follows the cluster state the adapter writes with kubectl.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAdapter, deployFromConfig, LockedError, parseConfig, type DeployResult, type ProgressEvent } from '@devops-actions/deploy';
import { ROOT } from '../harness/run-action.ts';

const FAKE_KUBECTL = join(ROOT, 'test', 'deploy', 'fixtures', 'fake-kubectl.js');
const KUBECTL = `${process.execPath} ${FAKE_KUBECTL}`;
const SLOT_LABEL = 'devops-actions.dev/slot';
const VERSION_ANNOTATION = 'devops-actions.dev/version';
type Slot = 'blue' | 'green';

interface Deployment {
  metadata: { name: string; annotations: Record<string, string>; resourceVersion: string };
  spec: { replicas: number; template: { metadata: { labels: Record<string, string> }; spec: { containers: { name: string; image: string }[] } } };
}
interface Lease {
  metadata: { name: string; resourceVersion: string };
  spec: { holderIdentity?: string; leaseDurationSeconds?: number; acquireTime?: string; renewTime?: string; leaseTransitions?: number };
}
interface Cluster {
  revision: number;
  deployments: Record<string, Deployment>;
  services: Record<string, { spec: { selector: Record<string, string> } }>;
  leases: Record<string, Lease>;
}

let dir: string;
let healthy = new Set<string>();
/** errors.rate each version reports at /metrics.json (for the analysis after the switch). */
let errorRates: Record<string, number> = {};
/** What the preview URL answered, and which slot users were on at that moment. */
let previewLog: { version: string; live: string | undefined }[] = [];
const servers: Server[] = [];
const slotPorts: Partial<Record<Slot, number>> = {};
let serviceUrl: string;
let previewUrl: string;

function cluster(): Cluster {
  return JSON.parse(readFileSync(join(dir, 'cluster.json'), 'utf8')) as Cluster;
}

function selectorSlot(service: string): string | undefined {
  if (!existsSync(join(dir, 'cluster.json'))) return undefined;
  return cluster().services[service]?.spec.selector[SLOT_LABEL];
}

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

/** One slot's pods: the version its Deployment's image tag names, healthy or not. */
function slotServer(slot: Slot): Server {
  return createServer((req, res) => {
    const deployment = existsSync(join(dir, 'cluster.json')) ? cluster().deployments[`web-${slot}`] : undefined;
    if (deployment === undefined || deployment.spec.replicas === 0) {
      res.statusCode = 503;
      res.end('no endpoints');
      return;
    }
    const version = deployment.spec.template.spec.containers[0]?.image.split(':').at(-1) ?? '';
    res.setHeader('x-app-version', version);
    if (req.url === '/metrics.json') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ errors: { rate: errorRates[version] ?? 0 } }));
      return;
    }
    res.statusCode = healthy.has(version) ? 200 : 503;
    res.end('ok');
  });
}

/** A Service: every request goes to the slot its selector names at that moment. */
function serviceProxy(service: string, onAnswer?: (version: string) => void): Server {
  return createServer((req, res) => {
    const slot = selectorSlot(service) as Slot | undefined;
    const port = slot === undefined ? undefined : slotPorts[slot];
    if (port === undefined) {
      res.statusCode = 503;
      res.end('no endpoints');
      return;
    }
    const upstream = request({ host: '127.0.0.1', port, path: req.url, method: req.method }, (answer) => {
      onAnswer?.(String(answer.headers['x-app-version'] ?? ''));
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => {
      res.statusCode = 502;
      res.end();
    });
    req.pipe(upstream);
  });
}

beforeAll(async () => {
  slotPorts.blue = await listen(slotServer('blue'));
  slotPorts.green = await listen(slotServer('green'));
  serviceUrl = `http://127.0.0.1:${await listen(serviceProxy('web'))}`;
  previewUrl = `http://127.0.0.1:${await listen(serviceProxy('web-preview', (version) => previewLog.push({ version, live: selectorSlot('web') })))}`;
});
afterAll(() => {
  for (const server of servers) server.close();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'deploy-k8s-'));
  healthy = new Set(['v1', 'v2', 'v3']);
  errorRates = {};
  previewLog = [];
  seed({ live: 'blue', blue: { version: 'v1', replicas: 3 }, green: { version: undefined, replicas: 0 } });
  return () => rmSync(dir, { recursive: true, force: true });
});

function deployment(slot: Slot, version: string | undefined, replicas: number): Deployment {
  return {
    metadata: { name: `web-${slot}`, annotations: version ? { [VERSION_ANNOTATION]: version } : {}, resourceVersion: '1' },
    spec: {
      replicas,
      template: {
        metadata: { labels: { app: 'web', [SLOT_LABEL]: slot } },
        spec: { containers: [{ name: 'app', image: `ghcr.io/acme/web:${version ?? 'none'}` }] },
      },
    },
  };
}

/** The cluster before the test: two slot Deployments, the web and web-preview Services, and the Leases given. */
function seed(setup: {
  live: Slot;
  blue: { version: string | undefined; replicas: number };
  green: { version: string | undefined; replicas: number };
  leases?: Record<string, Lease>;
}): void {
  const service = (name: string, slot: Slot) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, resourceVersion: '1' },
    spec: { selector: { app: 'web', [SLOT_LABEL]: slot } },
  });
  const state = {
    revision: 1,
    deployments: {
      'web-blue': deployment('blue', setup.blue.version, setup.blue.replicas),
      'web-green': deployment('green', setup.green.version, setup.green.replicas),
    },
    services: { web: service('web', setup.live), 'web-preview': service('web-preview', setup.live) },
    leases: setup.leases ?? {},
  };
  writeFileSync(join(dir, 'cluster.json'), JSON.stringify(state, null, 2));
}

interface RunOptions {
  stateDir?: string;
  owner?: string;
  progress?: ProgressEvent[];
}

async function deploy(extra: Record<string, string>, run: RunOptions = {}): Promise<DeployResult> {
  const raw = {
    adapter: 'kubernetes',
    strategy: 'blue-green',
    url: serviceUrl,
    'version-from': 'header:x-app-version',
    'settle-interval': '10ms',
    'settle-timeout': '1s',
    'settle-times': '2',
    'ready-timeout': '1s',
    'keep-previous': '0s',
    'drain-delay': '0s',
    'state-dir': run.stateDir ?? join(dir, 'state'),
    'kubectl-command': KUBECTL,
    'k8s-deployment': 'web',
    'k8s-container': 'app',
    'k8s-image': 'ghcr.io/acme/web:{version}',
    'k8s-namespace': 'prod',
    'k8s-service': 'web',
    'k8s-preview-service': 'web-preview',
    'k8s-preview-url': previewUrl,
    ...extra,
  };
  const { result } = await deployFromConfig(raw, {
    context: { cwd: dir, defaultStateDir: join(dir, 'state') },
    env: { ...process.env, SITE_DIR: dir },
    owner: run.owner ?? 'run 1 attempt 1',
    onProgress: (event) => run.progress?.push(event),
  });
  return result;
}

function calls(): string[][] {
  if (!existsSync(join(dir, 'kubectl-calls'))) return [];
  return readFileSync(join(dir, 'kubectl-calls'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as string[]).slice(2)); // without --namespace prod
}

const CHANGES = new Set(['set', 'annotate', 'scale', 'patch']);
/** The calls that change a Deployment or a Service (not the Lease, not reads). */
function changes(from = 0): string[][] {
  return calls()
    .slice(from)
    .filter((c) => CHANGES.has(c[0] ?? ''));
}

/** What a user gets from the public URL now. */
async function served(url = serviceUrl): Promise<string | undefined> {
  const answer = await fetch(url);
  await answer.text();
  return answer.headers.get('x-app-version') ?? undefined;
}

const replicas = (slot: Slot) => cluster().deployments[`web-${slot}`]?.spec.replicas;

describe('kubernetes blue-green by Service selector', () => {
  it('checks the candidate on the preview URL before moving traffic, switches the selector, and scales the old slot to 0 after the drain', async () => {
    expect(await served()).toBe('v1');
    const result = await deploy({ version: 'v2' });
    expect(result).toMatchObject({ status: 'promoted', version: 'v2', previousVersion: 'v1', servingVersion: 'v2', rolledBack: false });
    expect(await served()).toBe('v2');
    expect(selectorSlot('web')).toBe('green');
    // The candidate answered on the preview URL while users were still on blue.
    expect(previewLog.filter((p) => p.version === 'v2').length).toBeGreaterThan(0);
    expect(previewLog.every((p) => p.live === 'blue')).toBe(true);
    expect(changes()).toEqual([
      ['set', 'image', 'deployment/web-green', 'app=ghcr.io/acme/web:v2'],
      ['annotate', '--overwrite', 'deployment/web-green', `${VERSION_ANNOTATION}=v2`],
      ['scale', 'deployment/web-green', '--replicas=3'],
      ['patch', 'service', 'web-preview', '--type=merge', '-p', JSON.stringify({ spec: { selector: { [SLOT_LABEL]: 'green' } } })],
      ['patch', 'service', 'web', '--type=merge', '-p', JSON.stringify({ spec: { selector: { [SLOT_LABEL]: 'green' } } })],
      ['scale', 'deployment/web-blue', '--replicas=0'],
    ]);
    expect(result.timeline.map((e) => e.phase)).toEqual(['lock', 'prepare', 'verify-candidate', 'shift', 'settle', 'promote', 'drain', 'cleanup']);
    expect(replicas('green')).toBe(3);
    expect(replicas('blue')).toBe(0);
  });

  it('keeps the previous slot running with keep-previous, for an instant rollback', async () => {
    const result = await deploy({ version: 'v2', 'keep-previous': '30m' });
    expect(result.status).toBe('promoted');
    expect(replicas('blue')).toBe(3);
    expect(result.timeline.find((e) => e.phase === 'keep-previous')?.detail).toBe('v1 stays up in blue for an instant rollback');
  });

  it('never moves traffic when the candidate fails its check on the preview URL, and scales the candidate down', async () => {
    healthy.delete('v2');
    const result = await deploy({ version: 'v2' });
    expect(result).toMatchObject({ status: 'rolled-back', servingVersion: 'v1' });
    expect(result.reason).toMatch(/^the candidate v2 failed its checks on its own address before any traffic moved/);
    expect(await served()).toBe('v1');
    expect(selectorSlot('web')).toBe('blue');
    expect(changes().filter((c) => c[0] === 'patch' && c[2] === 'web')).toEqual([]);
    expect(replicas('green')).toBe(0);
    expect(replicas('blue')).toBe(3);
  });

  it('puts the selector back on the previous slot when the candidate fails its analysis after the switch', async () => {
    errorRates = { v2: 0.4 };
    const result = await deploy({
      version: 'v2',
      analysis: `- type: http-json\n  url: ${serviceUrl}/metrics.json\n  field: errors.rate\n  max: 0.05`,
      'analysis-interval': '10ms',
    });
    expect(result).toMatchObject({ status: 'rolled-back', servingVersion: 'v1', rolledBack: true });
    expect(result.reason).toMatch(/^analysis failed at 100 %/);
    expect(result.rungs).toEqual([{ rung: 'previous', version: 'v1', ok: true, detail: 'traffic is back on v1' }]);
    const selects = changes()
      .filter((c) => c[0] === 'patch' && c[2] === 'web')
      .map((c) => (JSON.parse(c.at(-1) ?? '') as { spec: { selector: Record<string, string> } }).spec.selector[SLOT_LABEL]);
    expect(selects).toEqual(['green', 'blue']);
    expect(await served()).toBe('v1');
    expect(replicas('green')).toBe(0);
  });

  it('treats a re-run of a deploy that succeeded as a no-op', async () => {
    expect((await deploy({ version: 'v2' })).status).toBe('promoted');
    const before = calls().length;
    const again = await deploy({ version: 'v2' });
    expect(again).toMatchObject({ status: 'promoted', noop: true, servingVersion: 'v2' });
    expect(changes(before)).toEqual([]);
    expect(await served()).toBe('v2');
  });

  it('action: rollback scales the previous slot back up and waits for it before moving the selector', async () => {
    expect((await deploy({ version: 'v2' })).status).toBe('promoted');
    expect(replicas('blue')).toBe(0);
    const before = calls().length;
    const result = await deploy({ action: 'rollback' });
    expect(result).toMatchObject({ status: 'rolled-back', version: 'v1', previousVersion: 'v2', servingVersion: 'v1' });
    expect(await served()).toBe('v1');
    const after = calls().slice(before);
    const scaled = after.findIndex((c) => c[0] === 'scale' && c[1] === 'deployment/web-blue' && c[2] === '--replicas=3');
    const waited = after.findIndex((c) => c[0] === 'rollout' && c[2] === 'deployment/web-blue');
    const switched = after.findIndex((c) => c[0] === 'patch' && c[2] === 'web');
    expect(scaled).toBeGreaterThanOrEqual(0);
    expect(scaled).toBeLessThan(waited);
    expect(waited).toBeLessThan(switched);
  });

  it('refuses bad names and URLs before running kubectl, naming the input', async () => {
    await expect(deploy({ version: 'v2', 'k8s-service': 'Web_1' })).rejects.toThrow(/^k8s-service: "Web_1" is not a Service name .*\(for example: web\)$/);
    await expect(deploy({ version: 'v2', 'k8s-preview-url': 'ftp://preview' })).rejects.toThrow(/^k8s-preview-url: "ftp:\/\/preview" is not an http\(s\) URL/);
    await expect(deploy({ version: 'v2', 'k8s-slot-label': 'slot label' })).rejects.toThrow(/^k8s-slot-label: "slot label" is not a label key/);
    await expect(deploy({ version: 'v2', 'k8s-lease': 'Deploy Lock' })).rejects.toThrow(/^k8s-lease: "Deploy Lock" is not a Lease name/);
    await expect(deploy({ version: 'v2', 'k8s-service': '' })).rejects.toThrow(/^k8s-service: is required for strategy: blue-green/);
    expect(calls()).toEqual([]);
  });

  it('refuses canary, which needs traffic weights a Service selector cannot give, before changing anything', async () => {
    await expect(deploy({ version: 'v2', strategy: 'canary' })).rejects.toThrow(
      /^strategy: the kubernetes adapter cannot do canary deploys; it supports direct, blue-green/,
    );
    expect(changes()).toEqual([]);
  });
});

describe('kubernetes Lease as the target lock', () => {
  const lease = () => cluster().leases['web-deploy'];
  const held = (holder: string, renewTime: string): Record<string, Lease> => ({
    'web-deploy': {
      metadata: { name: 'web-deploy', resourceVersion: '1' },
      spec: { holderIdentity: holder, leaseDurationSeconds: 120, acquireTime: renewTime, renewTime, leaseTransitions: 4 },
    },
  });
  const micro = (ms: number) => new Date(ms).toISOString().replace('Z', '000Z');

  it('serialises two deploys to one target from runners with different state-dirs (the lock files cannot see each other)', async () => {
    const progress: ProgressEvent[][] = [[], []];
    const [a, b] = await Promise.all([
      deploy({ version: 'v2' }, { stateDir: join(dir, 'runner-a'), owner: 'run 11 attempt 1', progress: progress[0] }),
      deploy({ version: 'v3' }, { stateDir: join(dir, 'runner-b'), owner: 'run 12 attempt 1', progress: progress[1] }),
    ]);
    expect([a?.status, b?.status]).toEqual(['promoted', 'promoted']);
    // One deploy waited for the other's Lease, then deployed over what the other left.
    const waited = progress.map((events) => events.find((e) => e.phase === 'lock')?.description);
    const second = waited[0] === undefined ? 1 : 0;
    expect(waited[1 - second]).toBeUndefined();
    expect(waited[second]).toMatch(
      /^waiting for the target: Lease prod\/web-deploy is held by "run 1[12] attempt 1" \(since \d{4}-.*\.\d{6}Z, until .*\.\d{6}Z\)$/,
    );
    const [first, last] = second === 1 ? [a, b] : [b, a];
    expect(first?.previousVersion).toBe('v1');
    expect(last?.previousVersion).toBe(first?.version);
    expect(await served()).toBe(last?.version);
    // Every change of the first deploy came before any change of the second.
    const tags = changes()
      .map((c) => /web:(v\d)|=(v\d)$/.exec(c.at(-1) ?? ''))
      .filter((m) => m !== null)
      .map((m) => m[1] ?? m[2]);
    const firstTags = tags.filter((t) => t === first?.version).length;
    expect(tags).toEqual([...Array<string>(firstTags).fill(first?.version ?? ''), ...Array<string>(tags.length - firstTags).fill(last?.version ?? '')]);
    // Both gave the Lease back.
    expect(lease()?.spec.holderIdentity).toBeUndefined();
  });

  it('fails at once with lock: fail, naming the holder, and changes nothing', async () => {
    seed({
      live: 'blue',
      blue: { version: 'v1', replicas: 3 },
      green: { version: undefined, replicas: 0 },
      leases: held('run 7 attempt 2', micro(Date.now())),
    });
    const failure = deploy({ version: 'v2', lock: 'fail' });
    await expect(failure).rejects.toThrow(LockedError);
    await expect(failure).rejects.toThrow(/^the target is busy: Lease prod\/web-deploy is held by "run 7 attempt 2" \(since .*, until .*\); lock: fail$/);
    expect(changes()).toEqual([]);
    expect(lease()?.spec.holderIdentity).toBe('run 7 attempt 2');
    expect(await served()).toBe('v1');
  });

  it('takes over a Lease whose holder stopped renewing it', async () => {
    seed({
      live: 'blue',
      blue: { version: 'v1', replicas: 3 },
      green: { version: undefined, replicas: 0 },
      leases: held('run 3 attempt 1', '2020-01-01T00:00:00.000000Z'),
    });
    const result = await deploy({ version: 'v2', lock: 'fail' });
    expect(result.status).toBe('promoted');
    expect(await served()).toBe('v2');
    expect(lease()?.spec).toMatchObject({ leaseTransitions: 5, leaseDurationSeconds: 120 });
    expect(lease()?.spec.holderIdentity).toBeUndefined();
  });

  it('turns Forbidden on leases into one error naming the RBAC rule, before anything changed', async () => {
    writeFileSync(join(dir, 'forbidden'), 'leases');
    const failure = deploy({ version: 'v2' });
    await expect(failure).rejects.toThrow(
      /^k8s-lease: kubectl may not get the Lease prod\/web-deploy, .*Error from server \(Forbidden\).*namespace prod with the rule apiGroups: \["coordination\.k8s\.io"\], resources: \["leases"\], verbs: \["get", "create", "update"\]; or set k8s-lease: off/,
    );
    expect(calls()).toEqual([['get', 'lease', 'web-deploy', '-o', 'json']]);
    expect(selectorSlot('web')).toBe('blue');
  });

  it('with k8s-lease: off never touches a Lease', async () => {
    writeFileSync(join(dir, 'forbidden'), 'leases');
    const result = await deploy({ version: 'v2', 'k8s-lease': 'off' });
    expect(result.status).toBe('promoted');
    expect(calls().filter((c) => c.includes('lease') || c.includes('-f'))).toEqual([]);
    expect(await served()).toBe('v2');
  });

  it('creates the Lease on first use with the lease time in whole seconds, and a named one with k8s-lease', async () => {
    expect((await deploy({ version: 'v2', 'lock-lease': '1500ms', 'k8s-lease': 'web-release' })).status).toBe('promoted');
    const created = cluster().leases['web-release'];
    expect(created?.spec).toMatchObject({ leaseDurationSeconds: 2, leaseTransitions: 0 });
    expect(created?.spec.renewTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(created?.spec.holderIdentity).toBeUndefined();
  });

  it('is renewed while held, taken again by the same owner (the post step), and released without undoing a takeover', async () => {
    const config = parseConfig(
      {
        adapter: 'kubernetes',
        version: 'v2',
        'version-from': 'body',
        'kubectl-command': KUBECTL,
        'k8s-deployment': 'web',
        'k8s-image': 'web:{version}',
        'k8s-namespace': 'prod',
      },
      { cwd: dir, defaultStateDir: join(dir, 'state') },
    );
    const adapter = createAdapter(config, { verifier: undefined as never, env: { ...process.env, SITE_DIR: dir } });
    const options = { owner: 'run 5 attempt 1', leaseMs: 600, mode: 'fail' as const, waitTimeoutMs: 0 };
    const lock = await adapter.lockTarget?.(options);
    const taken = lease();
    expect(taken?.spec).toMatchObject({ holderIdentity: 'run 5 attempt 1', leaseDurationSeconds: 1 });
    // Renewed on a timer: wait (bounded) until the stored Lease changes.
    for (let i = 0; i < 100 && lease()?.metadata.resourceVersion === taken?.metadata.resourceVersion; i++) await sleep(50);
    expect(lease()?.spec.renewTime).not.toBe(taken?.spec.renewTime);
    expect(lease()?.spec.holderIdentity).toBe('run 5 attempt 1');
    await expect(adapter.lockTarget?.({ ...options, owner: 'run 6 attempt 1' })).rejects.toThrow(/held by "run 5 attempt 1"/);
    const again = await adapter.lockTarget?.(options);
    expect(lease()?.spec.holderIdentity).toBe('run 5 attempt 1');
    await again?.release();
    await lock?.release();
    expect(lease()?.spec.holderIdentity).toBeUndefined();

    // Someone takes the Lease after it ran out: our release finds a newer version (Conflict) and leaves it alone.
    const mine = await adapter.lockTarget?.(options);
    const stolen = { ...lease(), spec: { ...lease()?.spec, holderIdentity: 'run 9 attempt 1' } };
    execFileSync(process.execPath, [FAKE_KUBECTL, 'replace', '-f', '-'], {
      input: JSON.stringify({ ...stolen, metadata: { name: 'web-deploy' } }),
      env: { ...process.env, SITE_DIR: dir },
    });
    await mine?.release();
    expect(lease()?.spec.holderIdentity).toBe('run 9 attempt 1');
  });
});
