// A loopback stand-in for the part of the Fly Machines API the fly adapter uses, in its
// documented shapes: GET /v1/apps/:app/machines, POST /v1/apps/:app/machines/:id (update: a new
// instance that is `replacing` for a moment, then `started`), GET …/:id/wait?state=started
// (answers when the instance has started, 408 after its timeout). The app's URL answers from its
// started Machines in turn, each with the version of its image in `x-app-version`, so a rolling
// update is seen version by version.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { json, startHttp, type TestServer } from '../../probe/fixtures.ts';

interface FlyMachine {
  id: string;
  state: 'started' | 'replacing' | 'failed';
  instance_id: string;
  config: { image: string; metadata: Record<string, string>; guest: { cpus: number; memory_mb: number } };
}

export interface FlyFake {
  apiUrl: string;
  token: string;
  app: string;
  appUrl: string;
  /** Images that fail to start, and versions that answer 500. */
  failsToStart: Set<string>;
  broken: Set<string>;
  machines(): FlyMachine[];
  /** Machine updates, in order, as `id image`. */
  updates: string[];
  /** Leases a Machine as `fly deploy` does (GET …/:id/lease shows it); `release` ends it. */
  lease(machineId: string, owner: string): { release(): void };
  close(): Promise<void>;
}

const versionOf = (image: string) => image.slice(image.lastIndexOf(':') + 1);

export async function startFlyFake(options: { machines: number; image: string; version: string }): Promise<FlyFake> {
  const token = `fly-${randomUUID()}`;
  const app = 'shop-web';
  const failsToStart = new Set<string>();
  const broken = new Set<string>();
  const updates: string[] = [];
  const leases = new Map<string, { nonce: string; owner: string; description: string; expires_at: number }>();
  const machines: FlyMachine[] = Array.from({ length: options.machines }, (_, i) => ({
    id: `e28${i}6d1b${i}`,
    state: 'started',
    instance_id: randomUUID(),
    config: { image: options.image, metadata: { fly_process_group: 'app', 'devops-actions-version': options.version }, guest: { cpus: 1, memory_mb: 256 } },
  }));

  let turn = 0;
  const appServer: TestServer = await startHttp((_req, res) => {
    const up = machines.filter((m) => m.state === 'started');
    if (up.length === 0) return json(res, 503, { error: 'no machine started' });
    const version = versionOf(up[turn++ % up.length]?.config.image ?? '');
    return json(res, broken.has(version) ? 500 : 200, { version }, { 'x-app-version': version });
  });

  const api = async (req: IncomingMessage, res: ServerResponse, text: string) => {
    const url = new URL(req.url ?? '/', 'http://api');
    if (req.headers.authorization !== `Bearer ${token}`) return json(res, 401, { error: 'unauthorized' });
    const path = /^\/v1\/apps\/([^/]+)\/machines(?:\/([^/]+)(\/wait|\/lease)?)?$/.exec(url.pathname);
    if (!path || decodeURIComponent(path[1] ?? '') !== app) return json(res, 404, { error: 'app not found' });
    const [, , id, sub] = path;
    const wait = sub === '/wait';
    if (id === undefined && req.method === 'GET') return json(res, 200, machines);
    const machine = machines.find((m) => m.id === id);
    if (!machine) return json(res, 404, { error: 'machine not found' });
    if (sub === '/lease' && req.method === 'GET') {
      const lease = leases.get(machine.id);
      return lease ? json(res, 200, { status: 'success', data: { ...lease, version: 'v1' } }) : json(res, 404, { error: 'lease not found' });
    }
    if (sub === undefined && req.method === 'POST') {
      const body = JSON.parse(text) as { config?: FlyMachine['config'] };
      if (!body.config?.image) return json(res, 400, { error: 'config.image is required' });
      updates.push(`${machine.id} ${body.config.image}`);
      machine.config = body.config;
      machine.instance_id = randomUUID();
      machine.state = 'replacing';
      const image = body.config.image;
      setTimeout(() => (machine.state = failsToStart.has(image) ? 'failed' : 'started'), 150);
      return json(res, 200, machine);
    }
    if (wait && req.method === 'GET') {
      if (url.searchParams.get('instance_id') && url.searchParams.get('instance_id') !== machine.instance_id)
        return json(res, 400, { error: 'instance_id does not match the machine' });
      const deadline = Date.now() + Number(url.searchParams.get('timeout') ?? 60) * 1000;
      while (machine.state === 'replacing' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      if (machine.state === 'started') return json(res, 200, { ok: true });
      return json(res, 408, { error: `machine ${machine.id} is ${machine.state}` });
    }
    return json(res, 404, { error: 'not found' });
  };
  const apiServer = await startHttp(api);
  return {
    apiUrl: apiServer.url,
    token,
    app,
    appUrl: appServer.url,
    failsToStart,
    broken,
    machines: () => machines,
    updates,
    lease(machineId, owner) {
      leases.set(machineId, { nonce: randomUUID(), owner, description: 'fly deploy', expires_at: Math.floor(Date.now() / 1000) + 3600 });
      return { release: () => leases.delete(machineId) };
    },
    async close() {
      await appServer.close();
      await apiServer.close();
    },
  };
}
