// The HTTP client every check uses: one undici Agent with keep-alive per client, so a
// latency run reuses its connections, redirects followed (or not) by hand so that the chain
// can be asserted, a per-request timeout, and a body size cap.
import { rootCertificates } from 'node:tls';
import { Agent, type Dispatcher } from 'undici';
import type { Check } from './types.ts';

export interface HttpRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  followRedirects: boolean;
  maxRedirects: number;
  /** Bodies past this many bytes are cut off (the answer is flagged `oversize`). */
  maxBytes?: number;
  signal?: AbortSignal;
}

export interface RedirectHop {
  url: string;
  status: number;
  location: string;
}

export interface HttpResponse {
  /** The URL that gave this answer (after redirects). */
  url: string;
  status: number;
  /** Lower-case names; repeated headers joined with ", " (set-cookie kept as the first). */
  headers: Record<string, string>;
  body: Buffer;
  /** Bytes received (up to the cap). */
  bytes: number;
  oversize: boolean;
  redirects: RedirectHop[];
  elapsedMs: number;
}

export type RequestErrorKind = 'refused' | 'dns' | 'timeout' | 'tls' | 'reset' | 'redirects' | 'aborted' | 'other';

/** A request that got no answer, classified so that readiness can tell "not yet" from "wrong". */
export class RequestError extends Error {
  override readonly name = 'RequestError';
  readonly kind: RequestErrorKind;
  readonly url: string;
  readonly code: string | undefined;
  constructor(kind: RequestErrorKind, url: string, message: string, code?: string) {
    super(message);
    this.kind = kind;
    this.url = url;
    this.code = code;
  }
}

export interface HttpClientOptions {
  /** Extra trusted CA certificates (PEM), added to Node's built-in roots. */
  ca?: string;
  /** Sockets kept per origin; unlimited by default, so `concurrency` parallel requests get their own. */
  connections?: number;
  keepAliveTimeoutMs?: number;
  /** Connect to this unix socket instead of the URL's host (the URL still gives the Host header and path). */
  socketPath?: string;
}

export interface HttpClient {
  send(request: HttpRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const TLS_CODES = /^(CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|ERR_TLS|ERR_SSL|HOSTNAME_MISMATCH)/;

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR_SOCKET' && code !== 'UND_ERR_CONNECT') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return (error as { code?: string }).code;
}

function innerMessage(error: unknown): string {
  let current: unknown = error;
  let message = (error as Error).message;
  for (let depth = 0; depth < 4 && current; depth++) {
    if (current instanceof Error && current.message) message = current.message;
    current = (current as { cause?: unknown }).cause;
  }
  return message.replace(/; if the root CA is installed locally.*$/s, '');
}

export function classifyError(error: unknown, url: string, timeoutMs: number): RequestError {
  if (error instanceof RequestError) return error;
  const code = errorCode(error);
  const host = new URL(url).host;
  if (code === 'ECONNREFUSED') return new RequestError('refused', url, `connection refused by ${host}`, code);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
    return new RequestError('dns', url, `DNS lookup failed for ${new URL(url).hostname} (${code})`, code);
  if (
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'ETIMEDOUT' ||
    code === 'PROBE_TIMEOUT'
  )
    return new RequestError('timeout', url, `no complete answer from ${host} within ${timeoutMs} ms`, code);
  if (code !== undefined && TLS_CODES.test(code)) return new RequestError('tls', url, `TLS: ${innerMessage(error)} (${code})`, code);
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_CLOSED' || code === 'UND_ERR_SOCKET')
    return new RequestError('reset', url, `connection to ${host} closed before the answer was complete`, code);
  if ((error as Error).name === 'AbortError' || code === 'ABORT_ERR' || code === 'UND_ERR_ABORTED') return new RequestError('aborted', url, 'aborted', code);
  return new RequestError('other', url, innerMessage(error), code);
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? (name.toLowerCase() === 'set-cookie' ? (value[0] ?? '') : value.join(', ')) : value;
  }
  return headers;
}

const SENSITIVE_ON_REDIRECT = new Set(['authorization', 'cookie', 'proxy-authorization']);

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const agent = new Agent({
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 10_000,
    connections: options.connections ?? null,
    pipelining: 1,
    connect:
      options.ca || options.socketPath
        ? { ...(options.ca ? { ca: [...rootCertificates, options.ca] } : {}), ...(options.socketPath ? { socketPath: options.socketPath } : {}) }
        : undefined,
  });

  async function once(url: URL, method: string, headers: Record<string, string>, body: string | undefined, request: HttpRequest, signal: AbortSignal) {
    const response: Dispatcher.ResponseData = await agent.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: method as Dispatcher.HttpMethod,
      headers,
      body,
      signal,
      headersTimeout: request.timeoutMs,
      bodyTimeout: request.timeoutMs,
    });
    const chunks: Buffer[] = [];
    let bytes = 0;
    let oversize = false;
    const cap = request.maxBytes;
    for await (const chunk of response.body as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (cap !== undefined && bytes > cap) {
        oversize = true;
        chunks.push(chunk.subarray(0, chunk.length - (bytes - cap)));
        bytes = cap;
        response.body.destroy();
        break;
      }
      chunks.push(chunk);
    }
    const buffer = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
    return { status: response.statusCode, headers: flattenHeaders(response.headers), body: buffer, bytes, oversize };
  }

  return {
    async send(request) {
      const started = performance.now();
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(Object.assign(new Error('timeout'), { code: 'PROBE_TIMEOUT' })), request.timeoutMs);
      const onAbort = () => controller.abort(request.signal?.reason);
      request.signal?.addEventListener('abort', onAbort, { once: true });
      let url = new URL(request.url);
      let method = request.method;
      let headers = request.headers;
      let body = request.body;
      const redirects: RedirectHop[] = [];
      try {
        for (;;) {
          const answer = await once(url, method, headers, body, request, controller.signal);
          const location = answer.headers.location;
          if (request.followRedirects && REDIRECTS.has(answer.status) && location !== undefined) {
            const next = new URL(location, url);
            redirects.push({ url: url.href, status: answer.status, location: next.href });
            if (redirects.length > request.maxRedirects) {
              throw new RequestError('redirects', request.url, `more than ${request.maxRedirects} redirects (last to ${next.href})`);
            }
            if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
              method = 'GET';
              body = undefined;
            }
            if (next.origin !== url.origin)
              headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !SENSITIVE_ON_REDIRECT.has(name.toLowerCase())));
            url = next;
            continue;
          }
          return { url: url.href, ...answer, redirects, elapsedMs: performance.now() - started };
        }
      } catch (error) {
        if (controller.signal.aborted && !request.signal?.aborted)
          throw new RequestError('timeout', request.url, `no complete answer from ${url.host} within ${request.timeoutMs} ms`, 'PROBE_TIMEOUT');
        throw classifyError(error, url.href, request.timeoutMs);
      } finally {
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', onAbort);
      }
    },
    async close() {
      await agent.close();
    },
  };
}

/** The request a check makes (at its own URL unless another is given, e.g. a /version path). */
export function requestFor(check: Check, signal: AbortSignal | undefined, url = check.url): HttpRequest {
  return {
    url,
    method: check.method,
    headers: check.headers,
    body: check.body,
    timeoutMs: check.timeoutMs,
    followRedirects: check.followRedirects && check.expect.redirect === undefined,
    maxRedirects: check.maxRedirects,
    maxBytes: check.expect.maxBytes ?? 10 * 1024 * 1024,
    signal,
  };
}
