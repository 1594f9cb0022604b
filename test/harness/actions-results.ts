// A loopback stand-in for the runner's results service, as @actions/artifact 2+ and @actions/cache
// 4+ (cache service v2, `ACTIONS_CACHE_SERVICE_V2`) speak to it: Twirp JSON calls to
// `ACTIONS_RESULTS_URL` authorised by the runtime token, whose `scp` claim names the run and job,
// and content uploaded to the signed URLs they return (Azure Blob Storage's Put Blob, or Put Block
// and Put Block List) and downloaded from them.
// - ArtifactService: CreateArtifact, FinalizeArtifact. Checked: the backend ids, a name used once
//   per run, the blocks listed, the size and SHA-256 the finalize call states. Artifacts are kept
//   as their files, unzipped.
// - CacheService: GetCacheEntryDownloadURL (exact key, else the newest entry a restore key
//   prefixes, of the same version), CreateCacheEntry (once per key and version),
//   FinalizeCacheEntryUpload (the size must be what was uploaded).
import { buffer } from 'node:stream/consumers';
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateRawSync } from 'node:zlib';
import type { FakeState } from './github-fake/state.ts';

export interface StoredArtifact {
  id: number;
  name: string;
  /** The zip's size in bytes. */
  size: number;
  /** Path inside the zip → content. */
  files: Map<string, Buffer>;
  zip: Buffer;
  /** A signed URL that serves the zip, as the REST API's download redirect points to. */
  downloadUrl: string;
}

export interface CacheEntryRecord {
  key: string;
  version: string;
  size: number;
  committed: boolean;
}

export interface ActionsResultsFake {
  /** ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN, as the runner sets them. */
  env: Record<string, string>;
  /** Finalized artifacts, in upload order. */
  artifacts(): StoredArtifact[];
  /** Cache entries, in creation order. */
  cacheEntries(): CacheEntryRecord[];
  /** Twirp calls received, as `Service/Method`. */
  calls(): string[];
  /** Requests that broke the protocol (each with why); a test expects none. */
  violations(): string[];
  /**
   * Makes the artifacts of this run visible to the REST API of the GitHub fake (list, download),
   * as GitHub does once the run's job has uploaded them. Returns how many were added.
   */
  publish(state: FakeState, repo: string, run: { id: number; headSha: string; headBranch: string }): number;
  close(): Promise<void>;
}

const TWIRP = /^\/twirp\/github\.actions\.results\.api\.v1\.(ArtifactService|CacheService)\/(\w+)$/;

interface Slot {
  key: string;
  blocks: Map<string, Buffer>;
  blob?: Buffer;
  /** Finalized: downloads are served. */
  readable: boolean;
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

/** The files of a zip archive, read through its central directory (stored or deflated entries). */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip archive: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip central directory entry ${i} is malformed`);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressed);
    if (!name.endsWith('/')) files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

export async function startActionsResultsFake(): Promise<ActionsResultsFake> {
  const runId = randomUUID();
  const jobId = randomUUID();
  const token = `${base64url('{"alg":"none","typ":"JWT"}')}.${base64url(JSON.stringify({ scp: `Actions.GenericRead:${runId} Actions.Results:${runId}:${jobId}` }))}.sig`;
  const violations: string[] = [];
  const artifacts: StoredArtifact[] = [];
  /** Created but not finalized: name → upload slot. */
  const pending = new Map<string, Slot>();
  const bySlot = new Map<string, Slot>();
  const cache: (CacheEntryRecord & { slot: Slot })[] = [];
  const calls: string[] = [];
  const newSlot = (): Slot => {
    const slot: Slot = { key: randomUUID(), blocks: new Map(), readable: false };
    bySlot.set(slot.key, slot);
    return slot;
  };
  const slotUrl = (kind: 'artifacts' | 'caches', slot: Slot) =>
    `${base}/devstoreaccount1/${kind}/${slot.key}.${kind === 'artifacts' ? 'zip' : 'tzst'}?sig=${slot.key}`;
  let nextId = 1000;
  let base = '';

  const twirpError = (res: ServerResponse, status: number, code: string, msg: string) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code, msg }));
  };

  const twirp = async (req: IncomingMessage, res: ServerResponse, service: string, method: string) => {
    calls.push(`${service}/${method}`);
    if (req.headers.authorization !== `Bearer ${token}`) {
      violations.push(`${method} without the runtime token`);
      return twirpError(res, 401, 'unauthenticated', 'missing or wrong runtime token');
    }
    if (!String(req.headers['content-type']).startsWith('application/json')) violations.push(`${method} body is not JSON`);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse((await buffer(req)).toString('utf8')) as Record<string, unknown>;
    } catch {
      violations.push(`${method} body does not parse`);
      return twirpError(res, 400, 'malformed', 'body is not JSON');
    }
    // protobuf JSON: either the JSON name or the original field name.
    const field = (json: string, proto: string) => body[json] ?? body[proto];
    if (service === 'CacheService') return cacheCall(res, method, field);
    if (field('workflowRunBackendId', 'workflow_run_backend_id') !== runId || field('workflowJobRunBackendId', 'workflow_job_run_backend_id') !== jobId) {
      violations.push(`${method} names another run or job than the token`);
      return twirpError(res, 403, 'permission_denied', 'backend ids do not match the token');
    }
    const name = field('name', 'name');
    if (typeof name !== 'string' || name === '') {
      violations.push(`${method} without a name`);
      return twirpError(res, 400, 'invalid_argument', 'name is required');
    }
    if (method === 'CreateArtifact') {
      if (pending.has(name) || artifacts.some((a) => a.name === name))
        return twirpError(res, 409, 'already_exists', `an artifact named ${name} already exists in this run`);
      const slot = newSlot();
      pending.set(name, slot);
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ ok: true, signedUploadUrl: slotUrl('artifacts', slot) }));
    }
    if (method === 'FinalizeArtifact') {
      const slot = pending.get(name);
      if (!slot?.blob) {
        violations.push(`FinalizeArtifact for ${name} before its content was committed`);
        return twirpError(res, 404, 'not_found', `no uploaded content for ${name}`);
      }
      const size = Number(field('size', 'size'));
      const hash = (field('hash', 'hash') as { value?: string } | string | undefined) ?? undefined;
      const stated = typeof hash === 'string' ? hash : hash?.value;
      if (size !== slot.blob.length) violations.push(`FinalizeArtifact states ${size} bytes, ${slot.blob.length} were uploaded`);
      if (stated !== undefined && stated !== `sha256:${createHash('sha256').update(slot.blob).digest('hex')}`)
        violations.push('FinalizeArtifact states another SHA-256');
      pending.delete(name);
      slot.readable = true;
      const id = nextId++;
      artifacts.push({
        id,
        name,
        size: slot.blob.length,
        files: unzip(slot.blob),
        zip: slot.blob,
        downloadUrl: slotUrl('artifacts', slot),
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ ok: true, artifactId: String(id) }));
    }
    violations.push(`unknown Twirp method ${method}`);
    return twirpError(res, 404, 'bad_route', `no method ${method}`);
  };

  const json = (res: ServerResponse, value: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  };

  const cacheCall = (res: ServerResponse, method: string, field: (json: string, proto: string) => unknown) => {
    const key = field('key', 'key');
    const version = field('version', 'version');
    if (typeof key !== 'string' || key === '' || typeof version !== 'string' || version === '') {
      violations.push(`${method} without a key and version`);
      return twirpError(res, 400, 'invalid_argument', 'key and version are required');
    }
    if (method === 'GetCacheEntryDownloadURL') {
      const restoreKeys = (field('restoreKeys', 'restore_keys') as string[] | undefined) ?? [];
      const usable = cache.filter((e) => e.committed && e.version === version).reverse();
      const hit = usable.find((e) => e.key === key) ?? restoreKeys.map((prefix) => usable.find((e) => e.key.startsWith(prefix))).find(Boolean);
      return json(
        res,
        hit ? { ok: true, signedDownloadUrl: slotUrl('caches', hit.slot), matchedKey: hit.key } : { ok: false, signedDownloadUrl: '', matchedKey: '' },
      );
    }
    if (method === 'CreateCacheEntry') {
      if (cache.some((e) => e.key === key && e.version === version)) return twirpError(res, 409, 'already_exists', `cache entry ${key} already exists`);
      const slot = newSlot();
      cache.push({ key, version, size: 0, committed: false, slot });
      return json(res, { ok: true, signedUploadUrl: slotUrl('caches', slot) });
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = cache.find((e) => e.key === key && e.version === version && !e.committed);
      if (!entry?.slot.blob) {
        violations.push(`FinalizeCacheEntryUpload for ${key} before its content was uploaded`);
        return twirpError(res, 404, 'not_found', `no uploaded content for ${key}`);
      }
      const size = Number(field('sizeBytes', 'size_bytes'));
      if (size !== entry.slot.blob.length) violations.push(`FinalizeCacheEntryUpload states ${size} bytes, ${entry.slot.blob.length} were uploaded`);
      entry.committed = true;
      entry.size = entry.slot.blob.length;
      entry.slot.readable = true;
      return json(res, { ok: true, entryId: String(nextId++) });
    }
    violations.push(`unknown Twirp method CacheService/${method}`);
    return twirpError(res, 404, 'bad_route', `no method ${method}`);
  };

  const blob = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const key = /^\/devstoreaccount1\/(?:artifacts\/([0-9a-f-]+)\.zip|caches\/([0-9a-f-]+)\.tzst)$/.exec(url.pathname)?.slice(1).find(Boolean) ?? '';
    const slot = bySlot.get(key);
    if (!slot || url.searchParams.get('sig') !== key) {
      violations.push(`blob ${req.method} ${url.pathname} without a valid signature`);
      res.writeHead(403);
      return res.end();
    }
    const body = await buffer(req);
    if (req.method === 'GET') {
      // A download of finalized content, through the signed URL.
      if (!slot.blob || !slot.readable) {
        res.writeHead(404);
        return res.end();
      }
      res.writeHead(200, {
        'content-type': url.pathname.endsWith('.zip') ? 'application/zip' : 'application/octet-stream',
        'content-length': String(slot.blob.length),
      });
      return res.end(slot.blob);
    }
    const headers = { 'x-ms-request-id': randomUUID(), 'x-ms-version': '2025-01-05', 'content-length': '0' };
    const comp = url.searchParams.get('comp');
    if (req.method === 'PUT' && comp === 'block') {
      slot.blocks.set(url.searchParams.get('blockid') ?? '', body);
      res.writeHead(201, headers);
      return res.end();
    }
    if (req.method === 'PUT' && comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1] ?? '');
      const missing = ids.filter((id) => !slot.blocks.has(id));
      if (missing.length > 0) {
        violations.push(`block list names ${missing.length} blocks that were not uploaded`);
        res.writeHead(400, headers);
        return res.end();
      }
      slot.blob = Buffer.concat(ids.map((id) => slot.blocks.get(id) ?? Buffer.alloc(0)));
      res.writeHead(201, { ...headers, etag: `"${key}"` });
      return res.end();
    }
    if (req.method === 'PUT' && comp === null) {
      // A single-shot Put Blob.
      slot.blob = body;
      res.writeHead(201, { ...headers, etag: `"${key}"` });
      return res.end();
    }
    violations.push(`unexpected blob request ${req.method} ?comp=${comp ?? ''}`);
    res.writeHead(400, headers);
    return res.end();
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const route = req.method === 'POST' ? TWIRP.exec(url.pathname) : null;
    const handled = route ? twirp(req, res, route[1] ?? '', route[2] ?? '') : blob(req, res, url);
    handled.catch((error: unknown) => {
      violations.push(`fake failed: ${(error as Error).message}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    env: { ACTIONS_RESULTS_URL: `${base}/`, ACTIONS_RUNTIME_TOKEN: token },
    artifacts: () => artifacts,
    cacheEntries: () => cache.map(({ key, version, size, committed }) => ({ key, version, size, committed })),
    calls: () => calls,
    violations: () => violations,
    publish(state, repo, run) {
      let added = 0;
      for (const a of artifacts) {
        if (state.artifacts.some((r) => r.id === a.id)) continue;
        state.artifacts.push({
          repo,
          id: a.id,
          name: a.name,
          sizeInBytes: a.size,
          digest: `sha256:${createHash('sha256').update(a.zip).digest('hex')}`,
          runId: run.id,
          headBranch: run.headBranch,
          headSha: run.headSha,
          createdAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
          expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z'),
          expired: false,
          downloadUrl: a.downloadUrl,
        });
        added++;
      }
      return added;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
