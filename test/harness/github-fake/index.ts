// A fake of GitHub's REST API for tests: a real HTTP server on 127.0.0.1 that keeps state
// (refs, releases, deployments, comments, pull requests, check runs, SARIF uploads) and
// checks every request against GitHub's official OpenAPI description. A request the real
// API would refuse (unknown route, wrong method, invalid body) is answered with an error
// and recorded as a violation, so a test that made one fails on `assertNoViolations()`.
import { buffer } from 'node:stream/consumers';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiCall, ApiRecorder } from '../run-action.ts';
import { loadSpec, matchOperation, validateRequest, validateResponse, type Operation } from './openapi.ts';
import { errorReply, ROUTES, type Context, type Reply } from './routes.ts';
import { FakeState } from './state.ts';

export { FakeState } from './state.ts';
export type * from './state.ts';

export interface FakeCall extends ApiCall {
  /** The token the request carried (without the `token `/`Bearer ` prefix). */
  token?: string;
}

export interface Violation {
  method: string;
  path: string;
  operationId?: string;
  /** `unknown-route`, `wrong-method`, `invalid-request`, `not-implemented` or (with `validateResponses`) `invalid-response`. */
  kind: string;
  message: string;
}

export interface FailOptions {
  /** Seconds: `Retry-After` for 429/secondary limits; the distance to `x-ratelimit-reset` for a 403 rate limit. Default 1. */
  retryAfter?: number;
  message?: string;
  /** Only requests whose `METHOD /path` matches fail (the others pass untouched). */
  match?: RegExp;
}

export interface GitHubFakeOptions {
  /** The web origin used in html_url fields. Default https://github.com. */
  serverUrl?: string;
  /** Answer 401 to a request without a token. Default true. */
  requireToken?: boolean;
  /**
   * Also check the fake's own JSON answers against the description's response schemas
   * (recorded as `invalid-response` violations). Slower; the fake's own tests use it.
   */
  validateResponses?: boolean;
}

export interface GitHubFake extends ApiRecorder {
  readonly url: string;
  readonly calls: FakeCall[];
  readonly violations: Violation[];
  readonly state: FakeState;
  /**
   * Environment for an action run against this fake (`runAction(..., { github: fake, env: fake.clientEnv })`):
   * makes the toolkit client's retry back-off, rate-limit waits and write pacing take milliseconds.
   */
  readonly clientEnv: Record<string, string>;
  /** Makes the next `count` requests fail with `status` (500, 502, 403 rate limit, 429 secondary limit...). */
  failNext(count: number, status: number, options?: FailOptions): void;
  /**
   * Answers 403 "Resource not accessible by integration" as GitHub does when the job's
   * `permissions:` lack an entry. Give a permission (`contents`, `contents: write`,
   * `pull-requests: write`), an operationId (`repos/create-release`), a route
   * (`POST /repos/{owner}/{repo}/releases`) or a RegExp over `METHOD /path`.
   */
  denyPermission(permissionOrRoute: string | RegExp): void;
  /** Calls whose operationId is the given one. */
  callsTo(operationId: string): FakeCall[];
  assertNoViolations(): void;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------
// Permissions: which `permissions:` entry GitHub asks for, per operation.

const CATEGORY_PERMISSION: Record<string, string[]> = {
  git: ['contents'],
  releases: ['contents'],
  commits: ['contents'],
  repos: ['contents'],
  deployments: ['deployments'],
  issues: ['issues', 'pull_requests'],
  pulls: ['pull_requests'],
  checks: ['checks'],
  'code-scanning': ['security_events'],
};

/** `[[name, level], ...]`: any one of them is enough (GitHub's `x-accepted-github-permissions`). */
function acceptedPermissions(operation: Operation): [string, string][] {
  const xgh = (operation.raw['x-github'] ?? {}) as { category?: string; subcategory?: string };
  const level = operation.method === 'GET' || operation.method === 'HEAD' ? 'read' : 'write';
  if (operation.operationId === 'repos/get') return [['metadata', 'read']];
  if (xgh.category === 'commits' && xgh.subcategory === 'statuses') return [['statuses', level]];
  const names = CATEGORY_PERMISSION[xgh.category ?? ''] ?? ['contents'];
  return names.map((name) => [name, level]);
}

function normalizePermission(text: string): { name: string; level?: string } {
  const m = /^\s*([a-z_-]+)\s*(?:[:=]\s*(read|write|admin)\s*)?$/i.exec(text);
  if (!m) return { name: '' };
  return { name: m[1]!.toLowerCase().replace(/-/g, '_'), level: m[2]?.toLowerCase() };
}

type Denial = (method: string, path: string, operation: Operation) => boolean;

function makeDenial(spec: string | RegExp): Denial {
  if (spec instanceof RegExp) return (method, path) => spec.test(`${method} ${path}`);
  const route = /^([A-Z]+)\s+(\/\S*)$/.exec(spec.trim());
  if (route) return (method, _path, operation) => method === route[1] && operation.template === route[2];
  if (spec.includes('/')) return (_m, _p, operation) => operation.operationId === spec;
  const wanted = normalizePermission(spec);
  // No entry at all denies reads and writes; `name: write` missing still allows reads.
  return (_m, _p, operation) => acceptedPermissions(operation).some(([name, level]) => name === wanted.name && (wanted.level !== 'write' || level === 'write'));
}

// ---------------------------------------------------------------------------

let requestCounter = 0;

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = {
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': `FAKE:${(++requestCounter).toString(16).toUpperCase()}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
    ...reply.headers,
  };
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  if (Buffer.isBuffer(reply.body)) {
    res.writeHead(reply.status, { 'content-type': 'application/octet-stream', ...headers, 'content-length': String(reply.body.length) });
    res.end(reply.body);
    return;
  }
  const text = JSON.stringify(reply.body);
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers, 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

function failureReply(status: number, options: FailOptions): Reply {
  const retryAfter = options.retryAfter ?? 1;
  if (status === 429) {
    return {
      ...errorReply(429, options.message ?? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'),
      headers: { 'retry-after': String(retryAfter) },
    };
  }
  if (status === 403) {
    const reply = errorReply(403, options.message ?? 'API rate limit exceeded for installation ID 4242.');
    return {
      ...reply,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + retryAfter), 'x-ratelimit-used': '5000' },
    };
  }
  return errorReply(status, options.message ?? (status >= 500 ? 'Server Error' : 'Error'));
}

/** Starts a fake on 127.0.0.1 with a random port. The OpenAPI description is loaded once per process. */
export async function startGitHubFake(options: GitHubFakeOptions = {}): Promise<GitHubFake> {
  loadSpec();
  const state = new FakeState();
  const calls: FakeCall[] = [];
  const violations: Violation[] = [];
  const failures: { status: number; options: FailOptions }[] = [];
  const denials: Denial[] = [];
  const serverUrl = options.serverUrl ?? 'https://github.com';
  let base = '';

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', base);
    const rawPath = url.pathname;
    const query: Record<string, string> = {};
    for (const [k, v] of url.searchParams) query[k] = v;
    const raw = await buffer(req);
    const contentType = String(req.headers['content-type'] ?? '');
    let body: unknown;
    let jsonOk = true;
    if (raw.length > 0 && (contentType === '' || /json/.test(contentType))) {
      try {
        body = JSON.parse(raw.toString('utf8')) as unknown;
      } catch {
        jsonOk = false;
      }
    }
    const authorization = String(req.headers.authorization ?? '');
    const token = authorization.replace(/^(token|bearer)\s+/i, '') || undefined;
    let path = rawPath;
    try {
      path = decodeURI(rawPath);
    } catch {
      // keep the raw path
    }
    const call: FakeCall = { method, path, status: 0, query };
    if (body !== undefined) call.body = body;
    else if (raw.length > 0) call.body = { contentType, size: raw.length };
    if (token !== undefined) call.token = token;
    calls.push(call);
    const reply = (r: Reply): void => {
      call.status = r.status;
      send(res, method === 'HEAD' ? { ...r, body: undefined } : r);
    };

    const matched = matchOperation(method, rawPath);
    if (matched.kind === 'not-found') {
      violations.push({ method, path, kind: 'unknown-route', message: `${method} ${path} is not an operation of the GitHub REST API` });
      return reply(errorReply(404, 'Not Found'));
    }
    if (matched.kind === 'method-not-allowed') {
      violations.push({
        method,
        path,
        kind: 'wrong-method',
        message: `${method} is not allowed on ${matched.template} (allowed: ${matched.allowed.join(', ')})`,
      });
      return reply({ ...errorReply(405, 'Method Not Allowed'), headers: { allow: matched.allowed.join(', ') } });
    }
    const { operation, params } = matched.match;
    call.operationId = operation.operationId;

    const failure = failures.findIndex((f) => !f.options.match || f.options.match.test(`${method} ${path}`));
    if (failure >= 0) {
      const [f] = failures.splice(failure, 1);
      return reply(failureReply(f!.status, f!.options));
    }

    if (options.requireToken !== false && !token) return reply(errorReply(401, 'Requires authentication'));

    const problems = jsonOk
      ? validateRequest(operation, { params, query, body, hasBody: raw.length > 0, contentType })
      : [{ where: 'body', field: '', message: 'the body is not valid JSON' }];
    if (problems.length > 0) {
      const detail = problems.map((p) => `${p.where}${p.field ? ` "${p.field}"` : ''} ${p.message}`);
      violations.push({ method, path, operationId: operation.operationId, kind: 'invalid-request', message: `${operation.operationId}: ${detail.join('; ')}` });
      const status = problems.some((p) => p.where === 'path') ? 404 : 422;
      return reply(
        errorReply(status, status === 404 ? 'Not Found' : `Invalid request.\n\n${detail.join('\n')}`, {
          errors: problems.map((p) => ({ resource: operation.operationId, field: p.field, code: 'invalid', message: p.message })),
        }),
      );
    }

    if (denials.some((deny) => deny(method, path, operation))) {
      const accepted = acceptedPermissions(operation)
        .map(([name, level]) => `${name}=${level}`)
        .join('; ');
      return reply({ ...errorReply(403, 'Resource not accessible by integration'), headers: { 'x-accepted-github-permissions': accepted } });
    }

    const handler = ROUTES[operation.operationId];
    if (!handler) {
      violations.push({
        method,
        path,
        operationId: operation.operationId,
        kind: 'not-implemented',
        message: `${operation.operationId} is valid but the fake does not implement it`,
      });
      return reply(errorReply(501, `The fake GitHub API does not implement ${operation.operationId}`));
    }
    const repo = params.owner !== undefined && params.repo !== undefined ? `${params.owner}/${params.repo}` : '';
    if (repo) state.repo(repo);
    const ctx: Context = {
      state,
      params,
      query,
      body: body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {},
      rawBody: raw,
      headers: req.headers,
      base,
      serverUrl,
      repo,
      path: `${rawPath}${url.search}`,
    };
    const answer = handler(ctx);
    if (options.validateResponses && answer.body !== undefined && !Buffer.isBuffer(answer.body)) {
      for (const p of validateResponse(operation, answer.status, answer.body)) {
        violations.push({
          method,
          path,
          operationId: operation.operationId,
          kind: 'invalid-response',
          message: `${operation.operationId} answered ${answer.status} with "${p.field}" ${p.message}`,
        });
      }
    }
    reply(answer);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      violations.push({ method: req.method ?? '', path: req.url ?? '', kind: 'fake-error', message: `the fake failed: ${String(error)}` });
      if (!res.headersSent) send(res, errorReply(500, 'Server Error'));
      else res.end();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    calls,
    violations,
    state,
    clientEnv: { DEVOPS_ACTIONS_API_TIME_UNIT_MS: '1' },
    failNext(count, status, failOptions = {}) {
      for (let i = 0; i < count; i++) failures.push({ status, options: failOptions });
    },
    denyPermission(permissionOrRoute) {
      denials.push(makeDenial(permissionOrRoute));
    },
    callsTo(operationId) {
      return calls.filter((c) => c.operationId === operationId);
    },
    assertNoViolations() {
      if (violations.length > 0) {
        throw new Error(
          `The GitHub API received ${violations.length} request(s) it would refuse:\n${violations.map((v) => `- ${v.method} ${v.path}: ${v.message}`).join('\n')}`,
        );
      }
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
