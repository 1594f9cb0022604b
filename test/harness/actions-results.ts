// A loopback stand-in for the runner's artifact service, as @actions/artifact 2+ speaks to it:
// Twirp JSON calls to `ACTIONS_RESULTS_URL` (CreateArtifact, FinalizeArtifact) authorised by the
// runtime token, whose `scp` claim names the run and job, and the zip uploaded in blocks (Azure
// Blob Storage's Put Block / Put Block List) to the signed URL CreateArtifact returns. Every call
// is checked: the token, the backend ids, a name used once per run, the blocks listed, the size
// and SHA-256 the finalize call states. Artifacts are kept as their files, unzipped.
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

export interface ActionsResultsFake {
  /** ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN, as the runner sets them. */
  env: Record<string, string>;
  /** Finalized artifacts, in upload order. */
  artifacts(): StoredArtifact[];
  /** Requests that broke the protocol (each with why); a test expects none. */
  violations(): string[];
  /**
   * Makes the artifacts of this run visible to the REST API of the GitHub fake (list, download),
   * as GitHub does once the run's job has uploaded them. Returns how many were added.
   */
  publish(state: FakeState, repo: string, run: { id: number; headSha: string; headBranch: string }): number;
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

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
  const pending = new Map<string, { key: string; blocks: Map<string, Buffer>; blob?: Buffer }>();
  const bySlot = new Map<string, { key: string; blocks: Map<string, Buffer>; blob?: Buffer }>();
  let nextId = 1000;
  let base = '';

  const twirpError = (res: ServerResponse, status: number, code: string, msg: string) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code, msg }));
  };

  const twirp = async (req: IncomingMessage, res: ServerResponse, method: string) => {
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
      const slot = { key: randomUUID(), blocks: new Map<string, Buffer>() };
      pending.set(name, slot);
      bySlot.set(slot.key, slot);
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ ok: true, signedUploadUrl: `${base}/devstoreaccount1/artifacts/${slot.key}.zip?sig=${slot.key}` }));
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
      const id = nextId++;
      artifacts.push({
        id,
        name,
        size: slot.blob.length,
        files: unzip(slot.blob),
        zip: slot.blob,
        downloadUrl: `${base}/devstoreaccount1/artifacts/${slot.key}.zip?sig=${slot.key}`,
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ ok: true, artifactId: String(id) }));
    }
    violations.push(`unknown Twirp method ${method}`);
    return twirpError(res, 404, 'bad_route', `no method ${method}`);
  };

  const blob = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const key = /^\/devstoreaccount1\/artifacts\/([0-9a-f-]+)\.zip$/.exec(url.pathname)?.[1] ?? '';
    const slot = bySlot.get(key);
    if (!slot || url.searchParams.get('sig') !== key) {
      violations.push(`blob ${req.method} ${url.pathname} without a valid signature`);
      res.writeHead(403);
      return res.end();
    }
    const body = await buffer(req);
    if (req.method === 'GET') {
      // A download of a finalized artifact, through the signed URL.
      if (!slot.blob || !artifacts.some((a) => a.downloadUrl.includes(key))) {
        res.writeHead(404);
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(slot.blob.length) });
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
    const handled = req.method === 'POST' && url.pathname.startsWith(SERVICE) ? twirp(req, res, url.pathname.slice(SERVICE.length)) : blob(req, res, url);
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
