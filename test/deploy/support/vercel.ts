// A loopback stand-in for the part of Vercel the vercel adapter uses, in the shapes Vercel's REST
// API documents: GET /v9/projects/:project (targets.production), GET /v13/deployments/:idOrUrl,
// POST /v10/projects/:project/promote/:deploymentId (201, applied a moment later, as Vercel
// promotes asynchronously) and GET /v6/deployments (production history). Each deployment is a real
// HTTPS server on 127.0.0.1 with a certificate from a test CA (its own URL, like
// `my-app-abc.vercel.app`), answering with its version in `x-app-version`; the production domain
// is an HTTP server answering as the promoted deployment does.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { json, startHttp, startHttps, type Certificates, type TestServer } from '../../probe/fixtures.ts';

export interface VercelDeployment {
  id: string;
  version: string;
  /** host:port of its own HTTPS server. */
  url: string;
  readyState: 'READY' | 'BUILDING' | 'ERROR';
  /** Answers 500 when true (a broken build that still deployed). */
  failing: boolean;
  /** Healthy on its own URL, 500 on the production domain (breaks under production config or traffic). */
  failsInProduction: boolean;
  createdAt: number;
  server: TestServer;
}

export interface VercelFake {
  /** The API's address, for `vercel-api-url`. */
  apiUrl: string;
  token: string;
  project: string;
  /** The production domain (what users reach). */
  productionUrl: string;
  /** Adds a deployment of `version`; `meta` decides whether the version is recorded on it. */
  deploy(
    version: string,
    options?: { failing?: boolean; failsInProduction?: boolean; readyState?: VercelDeployment['readyState']; meta?: boolean },
  ): Promise<VercelDeployment>;
  /** Makes a deployment the production one at once (the state before a test). */
  setProduction(id: string): void;
  production(): VercelDeployment | undefined;
  /** API calls as `METHOD /path`. */
  calls: string[];
  /** Requests each deployment's own URL received, by deployment id. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startVercelFake(certs: Certificates, options: { promoteDelayMs?: number } = {}): Promise<VercelFake> {
  const token = `vercel-${randomUUID()}`;
  const project = 'shop-web';
  const projectId = 'prj_shop';
  const deployments: VercelDeployment[] = [];
  const calls: string[] = [];
  const hits = new Map<string, number>();
  let productionId: string | undefined;

  const answer = (d: VercelDeployment | undefined, res: ServerResponse, inProduction = false) => {
    if (!d) return json(res, 404, { error: { code: 'not_found', message: 'The deployment could not be found.' } });
    if (d.failing || (inProduction && d.failsInProduction)) return json(res, 500, { error: 'broken' }, { 'x-app-version': d.version });
    return json(res, 200, { ok: true, version: d.version }, { 'x-app-version': d.version });
  };
  const production = await startHttp((_req, res) =>
    answer(
      deployments.find((d) => d.id === productionId),
      res,
      true,
    ),
  );

  const render = (d: VercelDeployment, meta: boolean) => ({
    id: d.id,
    url: d.url,
    name: project,
    projectId,
    readyState: d.readyState,
    target: d.id === productionId ? 'production' : null,
    createdAt: d.createdAt,
    meta: meta ? { version: d.version } : {},
  });
  const withMeta = new Set<string>();

  const api = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://api');
    calls.push(`${req.method ?? ''} ${url.pathname}`);
    if (req.headers.authorization !== `Bearer ${token}`) return json(res, 403, { error: { code: 'forbidden', message: 'Not authorized' } });
    const projectPath = /^\/v9\/projects\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && projectPath) {
      if (decodeURIComponent(projectPath[1] ?? '') !== project && decodeURIComponent(projectPath[1] ?? '') !== projectId)
        return json(res, 404, { error: { code: 'not_found', message: 'Project not found' } });
      const prod = deployments.find((d) => d.id === productionId);
      return json(res, 200, { id: projectId, name: project, targets: { production: prod ? render(prod, withMeta.has(prod.id)) : null } });
    }
    const deploymentPath = /^\/v13\/deployments\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && deploymentPath) {
      const key = decodeURIComponent(deploymentPath[1] ?? '');
      const d = deployments.find((x) => x.id === key || x.url === key);
      return d
        ? json(res, 200, render(d, withMeta.has(d.id)))
        : json(res, 404, { error: { code: 'not_found', message: 'The deployment could not be found.' } });
    }
    const promote = /^\/v10\/projects\/([^/]+)\/promote\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'POST' && promote) {
      const d = deployments.find((x) => x.id === decodeURIComponent(promote[2] ?? ''));
      if (decodeURIComponent(promote[1] ?? '') !== project || !d) return json(res, 404, { error: { code: 'not_found', message: 'Not found' } });
      if (d.readyState !== 'READY') return json(res, 400, { error: { code: 'bad_request', message: 'Deployment is not ready' } });
      // Accepted now, applied a moment later.
      setTimeout(() => (productionId = d.id), options.promoteDelayMs ?? 300);
      res.writeHead(201);
      return res.end();
    }
    if (req.method === 'GET' && url.pathname === '/v6/deployments') {
      const list = deployments
        .filter((d) => d.readyState === 'READY' && (d.id === productionId || withMeta.has(d.id)))
        .sort((a, b) => b.createdAt - a.createdAt)
        .map((d) => ({
          uid: d.id,
          url: d.url,
          name: project,
          state: d.readyState,
          created: d.createdAt,
          meta: withMeta.has(d.id) ? { version: d.version } : {},
        }));
      return json(res, 200, { deployments: list, pagination: { count: list.length, next: null, prev: null } });
    }
    return json(res, 404, { error: { code: 'not_found', message: `no route ${req.method ?? ''} ${url.pathname}` } });
  };
  const apiServer = createServer(api);
  await new Promise<void>((resolve) => apiServer.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${(apiServer.address() as AddressInfo).port}`;

  let clock = Date.parse('2026-11-01T10:00:00Z');
  return {
    apiUrl,
    token,
    project,
    productionUrl: production.url,
    async deploy(version, opts = {}) {
      const id = `dpl_${randomUUID().replace(/-/g, '').slice(0, 20)}`;
      const server = await startHttps(certs.valid, (_req, res) => {
        hits.set(id, (hits.get(id) ?? 0) + 1);
        answer(
          deployments.find((d) => d.id === id),
          res,
        );
      });
      const d: VercelDeployment = {
        id,
        version,
        url: new URL(server.url).host,
        readyState: opts.readyState ?? 'READY',
        failing: opts.failing ?? false,
        failsInProduction: opts.failsInProduction ?? false,
        createdAt: (clock += 60_000),
        server,
      };
      deployments.push(d);
      if (opts.meta !== false) withMeta.add(id);
      return d;
    },
    setProduction(id) {
      productionId = id;
    },
    production: () => deployments.find((d) => d.id === productionId),
    calls,
    hits,
    async close() {
      await Promise.all(deployments.map((d) => d.server.close()));
      await production.close();
      await new Promise<void>((resolve) => apiServer.close(() => resolve()));
    },
  };
}
