// A loopback stand-in for the part of Heroku's Platform API the heroku adapter uses, in its
// documented shapes: GET /apps/:app/releases (newest first under `Range: version ..; order=desc`),
// GET /apps/:app/releases/:id, POST /apps/:app/releases with {slug, description} (a release) or
// {release} (a rollback, described "Rollback to vN"), GET /apps/:app/slugs/:id. A release is
// `pending` for a moment (its release phase), then `succeeded` — or `failed` for a slug whose
// release phase fails. The app's URL answers with the version of the current release's slug in
// `x-app-version`.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { json, startHttp, type TestServer } from '../../probe/fixtures.ts';

interface Slug {
  id: string;
  version: string;
  /** Its release phase fails (the release ends `failed`). */
  failsRelease: boolean;
  /** Answers 500 once released. */
  broken: boolean;
}

interface ReleaseRecord {
  id: string;
  version: number;
  description: string;
  slug: Slug;
  status: 'pending' | 'succeeded' | 'failed';
  createdAt: string;
}

export interface HerokuFake {
  apiUrl: string;
  token: string;
  app: string;
  appUrl: string;
  slug(version: string, options?: { failsRelease?: boolean; broken?: boolean }): string;
  /** Releases a slug directly (the state before a test). */
  release(slugId: string, description?: string): void;
  releases(): ReleaseRecord[];
  current(): ReleaseRecord | undefined;
  /** POST bodies of release creations, in order. */
  posts: Record<string, unknown>[];
  /** Starts a build that stays `pending` until `finish` is called (it then fails, releasing nothing). */
  build(): { id: string; finish(): void };
  /** How many times the builds were listed. */
  readonly buildListings: number;
  close(): Promise<void>;
}

export async function startHerokuFake(): Promise<HerokuFake> {
  const token = `heroku-${randomUUID()}`;
  const app = 'shop-api';
  const slugs = new Map<string, Slug>();
  const releases: ReleaseRecord[] = [];
  const posts: Record<string, unknown>[] = [];
  const builds: { id: string; status: 'pending' | 'failed'; created_at: string; user: { email: string } }[] = [];
  let buildListings = 0;
  const current = () => [...releases].reverse().find((r) => r.status === 'succeeded');

  const render = (r: ReleaseRecord) => ({
    id: r.id,
    version: r.version,
    description: r.description,
    status: r.status,
    current: r === current(),
    slug: { id: r.slug.id },
    created_at: r.createdAt,
    updated_at: r.createdAt,
    app: { id: 'app-1', name: app },
  });
  const create = (slug: Slug, description: string, immediate = false): ReleaseRecord => {
    const r: ReleaseRecord = {
      id: randomUUID(),
      version: releases.length + 1,
      description,
      slug,
      status: immediate ? 'succeeded' : 'pending',
      createdAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    };
    releases.push(r);
    if (!immediate) setTimeout(() => (r.status = slug.failsRelease ? 'failed' : 'succeeded'), 200);
    return r;
  };

  const appServer: TestServer = await startHttp((_req, res) => {
    const slug = current()?.slug;
    if (!slug) return json(res, 503, { error: 'no release' });
    return json(res, slug.broken ? 500 : 200, { version: slug.version }, { 'x-app-version': slug.version });
  });

  const api = (req: IncomingMessage, res: ServerResponse, text: string) => {
    const url = new URL(req.url ?? '/', 'http://api');
    if (req.headers.authorization !== `Bearer ${token}`) return json(res, 401, { id: 'unauthorized', message: 'Invalid credentials provided.' });
    if (!String(req.headers.accept).includes('application/vnd.heroku+json; version=3'))
      return json(res, 406, { id: 'not_acceptable', message: 'Accept a version.' });
    const path = /^\/apps\/([^/]+)\/(releases|slugs|builds)(?:\/([^/]+))?$/.exec(url.pathname);
    if (!path || decodeURIComponent(path[1] ?? '') !== app) return json(res, 404, { id: 'not_found', message: "Couldn't find that app." });
    const [, , kind, id] = path;
    if (kind === 'slugs' && req.method === 'GET') {
      const slug = slugs.get(decodeURIComponent(id ?? ''));
      return slug
        ? json(res, 200, { id: slug.id, commit: null, process_types: { web: 'node server.js' } })
        : json(res, 404, { id: 'not_found', message: "Couldn't find that slug." });
    }
    if (kind === 'builds' && req.method === 'GET' && id === undefined) {
      buildListings += 1;
      return json(res, 200, [...builds].reverse());
    }
    if (kind === 'releases' && req.method === 'GET' && id === undefined) {
      const range = String(req.headers.range ?? '');
      const desc = /order=desc/.test(range);
      const list = desc ? [...releases].reverse() : releases;
      return json(res, 200, list.map(render));
    }
    if (kind === 'releases' && req.method === 'GET') {
      const r = releases.find((x) => x.id === id || String(x.version) === id);
      return r ? json(res, 200, render(r)) : json(res, 404, { id: 'not_found', message: "Couldn't find that release." });
    }
    if (kind === 'releases' && req.method === 'POST') {
      const body = JSON.parse(text) as { slug?: string; description?: string; release?: string };
      posts.push(body);
      if (body.release !== undefined) {
        const target = releases.find((x) => x.id === body.release || String(x.version) === body.release);
        if (!target) return json(res, 404, { id: 'not_found', message: "Couldn't find that release." });
        return json(res, 201, render(create(target.slug, `Rollback to v${target.version}`)));
      }
      const slug = slugs.get(body.slug ?? '');
      if (!slug) return json(res, 422, { id: 'invalid_params', message: "Couldn't find that slug." });
      return json(res, 201, render(create(slug, body.description ?? 'Deploy')));
    }
    return json(res, 404, { id: 'not_found', message: 'Not found.' });
  };
  const apiServer = await startHttp(api);

  return {
    apiUrl: apiServer.url,
    token,
    app,
    appUrl: appServer.url,
    slug(version, options = {}) {
      const id = randomUUID();
      slugs.set(id, { id, version, failsRelease: options.failsRelease ?? false, broken: options.broken ?? false });
      return id;
    },
    release(slugId, description) {
      const slug = slugs.get(slugId);
      if (!slug) throw new Error(`no slug ${slugId}`);
      create(slug, description ?? slug.version, true);
    },
    releases: () => releases,
    current,
    posts,
    get buildListings() {
      return buildListings;
    },
    build() {
      const build = { id: randomUUID(), status: 'pending' as 'pending' | 'failed', created_at: new Date().toISOString(), user: { email: 'dev@example.com' } };
      builds.push(build);
      return { id: build.id, finish: () => (build.status = 'failed') };
    },
    async close() {
      await appServer.close();
      await apiServer.close();
    },
  };
}
