// A loopback stand-in for the GitHub Actions cache service, speaking the REST protocol
// @actions/cache uses when ACTIONS_CACHE_URL is set (`_apis/artifactcache`): look up by keys and
// version (exact key, then key prefixes, newest first), reserve, upload in ranged chunks, commit,
// and download the archive. Entries are immutable once committed, as on GitHub.
import { buffer } from 'node:stream/consumers';
import { createServer, type Server } from 'node:http';

export interface CacheEntry {
  key: string;
  version: string;
  archive: Buffer;
  committed: boolean;
  created: number;
}

export interface ActionsCacheFake {
  /** The environment the runner gives actions (ACTIONS_CACHE_URL, ACTIONS_RUNTIME_TOKEN). */
  env: Record<string, string>;
  entries: CacheEntry[];
  /** Every request, as `METHOD path`. */
  requests: string[];
  close(): Promise<void>;
}

/** `runtimeToken`: the job's one runtime token, when another runner service (artifacts) shares it. */
export async function startActionsCacheFake(options: { runtimeToken?: string } = {}): Promise<ActionsCacheFake> {
  const entries: CacheEntry[] = [];
  const requests: string[] = [];
  const token = options.runtimeToken ?? `runtime-${Math.random().toString(36).slice(2)}`;
  let base = '';
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      requests.push(`${req.method ?? ''} ${url.pathname}`);
      const json = (status: number, value?: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(value === undefined ? '' : JSON.stringify(value));
      };
      if (url.pathname.startsWith('/_apis/') && req.headers.authorization !== `Bearer ${token}`) return json(401, { message: 'no runtime token' });
      const download = /^\/archives\/(\d+)$/.exec(url.pathname);
      if (req.method === 'GET' && download) {
        const entry = entries[Number(download[1]) - 1];
        if (!entry?.committed) return json(404);
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(entry.archive.length) });
        return res.end(entry.archive);
      }
      if (req.method === 'GET' && url.pathname === '/_apis/artifactcache/cache') {
        const keys = (url.searchParams.get('keys') ?? '').split(',');
        const version = url.searchParams.get('version') ?? '';
        const usable = entries.filter((e) => e.committed && e.version === version);
        const [primary, ...prefixes] = keys;
        const hit =
          usable.find((e) => e.key === primary) ??
          [primary, ...prefixes].map((p) => usable.filter((e) => e.key.startsWith(p ?? '')).sort((a, b) => b.created - a.created)[0]).find(Boolean);
        if (!hit) return json(204);
        return json(200, { cacheKey: hit.key, scope: 'refs/heads/main', archiveLocation: `${base}/archives/${entries.indexOf(hit) + 1}` });
      }
      if (req.method === 'POST' && url.pathname === '/_apis/artifactcache/caches') {
        const { key, version } = JSON.parse((await buffer(req)).toString('utf8')) as { key: string; version: string };
        if (entries.some((e) => e.key === key && e.version === version))
          return json(409, { message: `Unable to reserve cache with key ${key}, another job may be creating this cache.` });
        entries.push({ key, version, archive: Buffer.alloc(0), committed: false, created: entries.length });
        // Ids start at 1: the toolkit reads a cacheId of 0 as no reservation.
        return json(201, { cacheId: entries.length });
      }
      const chunk = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(url.pathname);
      if (chunk) {
        const entry = entries[Number(chunk[1]) - 1];
        if (!entry || entry.committed) return json(404);
        const data = await buffer(req);
        if (req.method === 'PATCH') {
          const range = /^bytes (\d+)-(\d+)\/\*$/.exec(String(req.headers['content-range'] ?? ''));
          if (!range) return json(400, { message: 'Content-Range required' });
          const start = Number(range[1]);
          const archive = Buffer.alloc(Math.max(entry.archive.length, start + data.length));
          entry.archive.copy(archive);
          data.copy(archive, start);
          entry.archive = archive;
          return json(204);
        }
        if (req.method === 'POST') {
          const { size } = JSON.parse(data.toString('utf8')) as { size: number };
          if (size !== entry.archive.length) return json(400, { message: `size ${size} does not match the ${entry.archive.length} bytes uploaded` });
          entry.committed = true;
          return json(204);
        }
      }
      return json(404, { message: `no route ${req.method ?? ''} ${url.pathname}` });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    env: { ACTIONS_CACHE_URL: `${base}/`, ACTIONS_RUNTIME_TOKEN: token, ACTIONS_CACHE_SERVICE_V2: '' },
    entries,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
