// Loopback stand-ins for the parts of Vercel's and Netlify's REST APIs the platform adapters use,
// in the shapes they document. Vercel: GET /v9/projects/:project (targets.production),
// GET /v13/deployments/:idOrUrl, POST /v10/projects/:project/promote/:id (201), GET /v6/deployments.
// Netlify: GET /sites/:site (published_deploy), GET /sites/:site/deploys/:id,
// POST /sites/:site/deploys/:id/restore, GET /sites/:site/deploys. A publication is applied a
// moment after it is accepted, as the platforms do. Each deployment is a real HTTPS server on
// 127.0.0.1 with a certificate from a test CA (its own URL), answering with its version in
// `x-app-version`; the production domain is an HTTP server answering as the published one does.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { json, startHttp, startHttps, type Certificates, type TestServer } from '../../probe/fixtures.ts';

export interface PlatformDeployment {
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
  /** Built for production (a build of the production branch): it publishes itself once READY. */
  production: boolean;
  server: TestServer;
}

export type Platform = 'vercel' | 'netlify';

export interface PlatformFake {
  platform: Platform;
  /** The token variable the adapter reads. */
  tokenVariable: string;
  /** The API's address, for `<platform>-api-url`. */
  apiUrl: string;
  token: string;
  /** The Vercel project or the Netlify site. */
  project: string;
  /** `METHOD /path` of a publication of `id`. */
  publishCall(id: string): string;
  /** The production domain (what users reach). */
  productionUrl: string;
  /** Adds a deployment of `version`; `meta` decides whether the version is recorded on it. */
  deploy(
    version: string,
    options?: {
      failing?: boolean;
      failsInProduction?: boolean;
      readyState?: PlatformDeployment['readyState'];
      meta?: boolean;
      production?: boolean;
    },
  ): Promise<PlatformDeployment>;
  /** Makes a deployment the production one at once (the state before a test). */
  setProduction(id: string): void;
  production(): PlatformDeployment | undefined;
  /** API calls as `METHOD /path`. */
  calls: string[];
  /** Requests each deployment's own URL received, by deployment id. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startPlatformFake(platform: Platform, certs: Certificates, options: { promoteDelayMs?: number } = {}): Promise<PlatformFake> {
  const token = `${platform}-${randomUUID()}`;
  const project = 'shop-web';
  const projectId = platform === 'vercel' ? 'prj_shop' : '3f1c2d4e-site';
  const deployments: PlatformDeployment[] = [];
  const calls: string[] = [];
  const hits = new Map<string, number>();
  let productionId: string | undefined;

  const answer = (d: PlatformDeployment | undefined, res: ServerResponse, inProduction = false) => {
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

  const withMeta = new Set<string>();
  const NETLIFY_STATE = { READY: 'ready', BUILDING: 'building', ERROR: 'error' } as const;
  const render = (d: PlatformDeployment) =>
    platform === 'vercel'
      ? {
          id: d.id,
          url: d.url,
          name: project,
          projectId,
          readyState: d.readyState,
          target: d.id === productionId || d.production ? 'production' : null,
          createdAt: d.createdAt,
          meta: withMeta.has(d.id) ? { version: d.version } : {},
        }
      : {
          id: d.id,
          site_id: projectId,
          state: NETLIFY_STATE[d.readyState],
          name: project,
          deploy_ssl_url: `https://${d.url}`,
          ssl_url: `https://${project}.netlify.app`,
          title: null,
          commit_ref: withMeta.has(d.id) ? d.version : null,
          context: d.id === productionId || d.production ? 'production' : 'deploy-preview',
          created_at: new Date(d.createdAt).toISOString(),
        };
  const notFound = (res: ServerResponse) =>
    platform === 'vercel' ? json(res, 404, { error: { code: 'not_found', message: 'Not found' } }) : json(res, 404, { code: 404, message: 'Not Found' });
  const publishAccepted = (d: PlatformDeployment, res: ServerResponse) => {
    if (d.readyState !== 'READY')
      return json(
        res,
        400,
        platform === 'vercel' ? { error: { code: 'bad_request', message: 'Deployment is not ready' } } : { code: 422, message: 'Deploy is not ready' },
      );
    // Accepted now, applied a moment later.
    setTimeout(() => (productionId = d.id), options.promoteDelayMs ?? 300);
    if (platform === 'vercel') {
      res.writeHead(201);
      return res.end();
    }
    return json(res, 200, render(d));
  };
  // Production deployments, newest first: what was published or built for production.
  const productionList = (states: string[]) =>
    deployments
      .filter((d) => (d.id === productionId || d.production || (d.readyState === 'READY' && withMeta.has(d.id))) && states.includes(d.readyState))
      .sort((a, b) => b.createdAt - a.createdAt);
  const ALL = ['READY', 'BUILDING', 'ERROR'];

  const find = (key: string) => deployments.find((x) => x.id === key || x.url === key);
  const vercelApi = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const projectPath = /^\/v9\/projects\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && projectPath) {
      if (![project, projectId].includes(decodeURIComponent(projectPath[1] ?? ''))) return notFound(res);
      const prod = deployments.find((d) => d.id === productionId);
      return json(res, 200, { id: projectId, name: project, targets: { production: prod ? render(prod) : null } });
    }
    const deploymentPath = /^\/v13\/deployments\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && deploymentPath) {
      const d = find(decodeURIComponent(deploymentPath[1] ?? ''));
      return d ? json(res, 200, render(d)) : notFound(res);
    }
    const promote = /^\/v10\/projects\/([^/]+)\/promote\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'POST' && promote) {
      const d = deployments.find((x) => x.id === decodeURIComponent(promote[2] ?? ''));
      if (decodeURIComponent(promote[1] ?? '') !== project || !d) return notFound(res);
      return publishAccepted(d, res);
    }
    if (req.method === 'GET' && url.pathname === '/v6/deployments') {
      if (url.searchParams.get('target') !== 'production')
        return json(res, 400, { error: { code: 'bad_request', message: 'the stand-in lists production only' } });
      const list = productionList(url.searchParams.get('state')?.split(',') ?? ALL).map((d) => ({
        uid: d.id,
        url: d.url,
        name: project,
        state: d.readyState,
        created: d.createdAt,
        meta: withMeta.has(d.id) ? { version: d.version } : {},
      }));
      return json(res, 200, { deployments: list, pagination: { count: list.length, next: null, prev: null } });
    }
    return notFound(res);
  };
  const netlifyApi = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const site = /^\/sites\/([^/]+)(\/.*)?$/.exec(url.pathname);
    if (!site || ![project, projectId, `${project}.netlify.app`].includes(decodeURIComponent(site[1] ?? ''))) return notFound(res);
    const rest = site[2] ?? '';
    if (req.method === 'GET' && rest === '') {
      const prod = deployments.find((d) => d.id === productionId);
      return json(res, 200, { id: projectId, name: project, url: `https://${project}.netlify.app`, published_deploy: prod ? render(prod) : null });
    }
    const deploy = /^\/deploys\/([^/]+)$/.exec(rest);
    if (req.method === 'GET' && deploy) {
      const d = deployments.find((x) => x.id === decodeURIComponent(deploy[1] ?? ''));
      return d ? json(res, 200, render(d)) : notFound(res);
    }
    const restore = /^\/deploys\/([^/]+)\/restore$/.exec(rest);
    if (req.method === 'POST' && restore) {
      const d = deployments.find((x) => x.id === decodeURIComponent(restore[1] ?? ''));
      return d ? publishAccepted(d, res) : notFound(res);
    }
    if (req.method === 'GET' && rest === '/deploys') {
      if (url.searchParams.get('production') !== 'true') return json(res, 422, { code: 422, message: 'the stand-in lists production only' });
      const state = url.searchParams.get('state');
      return json(res, 200, productionList(state ? ALL.filter((s) => NETLIFY_STATE[s as keyof typeof NETLIFY_STATE] === state) : ALL).map(render));
    }
    return notFound(res);
  };
  const api = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://api');
    calls.push(`${req.method ?? ''} ${url.pathname}`);
    if (req.headers.authorization !== `Bearer ${token}`)
      return json(res, 401, platform === 'vercel' ? { error: { code: 'forbidden', message: 'Not authorized' } } : { code: 401, message: 'Access Denied' });
    return platform === 'vercel' ? vercelApi(req, res, url) : netlifyApi(req, res, url);
  };
  const apiServer = await startHttp((req, res) => void api(req, res));
  const apiUrl = apiServer.url;

  let clock = Date.parse('2026-11-01T10:00:00Z');
  return {
    platform,
    tokenVariable: platform === 'vercel' ? 'VERCEL_TOKEN' : 'NETLIFY_AUTH_TOKEN',
    apiUrl,
    token,
    project,
    publishCall: (id) => (platform === 'vercel' ? `POST /v10/projects/${project}/promote/${id}` : `POST /sites/${project}/deploys/${id}/restore`),
    productionUrl: production.url,
    async deploy(version, opts = {}) {
      const id = platform === 'vercel' ? `dpl_${randomUUID().replace(/-/g, '').slice(0, 20)}` : randomUUID().replace(/-/g, '').slice(0, 24);
      const server = await startHttps(certs.valid, (_req, res) => {
        hits.set(id, (hits.get(id) ?? 0) + 1);
        answer(
          deployments.find((d) => d.id === id),
          res,
        );
      });
      const d: PlatformDeployment = {
        id,
        version,
        url: new URL(server.url).host,
        readyState: opts.readyState ?? 'READY',
        failing: opts.failing ?? false,
        failsInProduction: opts.failsInProduction ?? false,
        createdAt: (clock += 60_000),
        production: opts.production ?? false,
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
      await apiServer.close();
    },
  };
}
