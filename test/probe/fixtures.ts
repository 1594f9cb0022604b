// Real servers on 127.0.0.1 for the probe's tests, and certificates made at test time
// with the openssl command line: a CA and a leaf it signed for 127.0.0.1, a leaf that
// expires in 5 days, a self-signed leaf, and a leaf for another host name.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface KeyPair {
  key: string;
  cert: string;
}

export interface Certificates {
  dir: string;
  caFile: string;
  ca: KeyPair;
  valid: KeyPair;
  expiring: KeyPair;
  selfSigned: KeyPair;
  wrongHost: KeyPair;
  cleanup(): void;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

function leaf(dir: string, name: string, san: string, days: number, signer: 'ca' | 'self'): KeyPair {
  const ext = join(dir, `${name}.ext`);
  writeFileSync(ext, `subjectAltName=${san}\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n`);
  const curve = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${name}.key`];
  if (signer === 'self') {
    openssl(dir, ['req', '-x509', ...curve, '-out', `${name}.crt`, '-days', String(days), '-subj', `/CN=${name}`, '-addext', `subjectAltName=${san}`]);
  } else {
    openssl(dir, ['req', '-new', ...curve, '-out', `${name}.csr`, '-subj', `/CN=${name}`]);
    openssl(dir, [
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      String(days),
      '-extfile',
      ext,
    ]);
  }
  return { key: readFileSync(join(dir, `${name}.key`), 'utf8'), cert: readFileSync(join(dir, `${name}.crt`), 'utf8') };
}

/** Makes the test certificates in a temp dir (about a second with EC keys). */
export function makeCertificates(): Certificates {
  const dir = mkdtempSync(join(tmpdir(), 'probe-certs-'));
  openssl(dir, [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '30',
    '-subj',
    '/CN=Probe Test CA',
  ]);
  const ca = { key: readFileSync(join(dir, 'ca.key'), 'utf8'), cert: readFileSync(join(dir, 'ca.crt'), 'utf8') };
  return {
    dir,
    caFile: join(dir, 'ca.crt'),
    ca,
    valid: leaf(dir, 'valid', 'IP:127.0.0.1,DNS:localhost', 365, 'ca'),
    expiring: leaf(dir, 'expiring', 'IP:127.0.0.1,DNS:localhost', 5, 'ca'),
    selfSigned: leaf(dir, 'self-signed', 'IP:127.0.0.1,DNS:localhost', 365, 'self'),
    wrongHost: leaf(dir, 'wrong-host', 'DNS:wrong.example', 365, 'ca'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void | Promise<void>;

export interface TestServer {
  url: string;
  port: number;
  server: Server;
  /** Requests received, per path. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

async function listen(server: Server, scheme: 'http' | 'https', hits: Map<string, number>): Promise<TestServer> {
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    port,
    server,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function wrap(handler: Handler, hits: Map<string, number>) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      Promise.resolve(handler(request, response, body)).catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
    });
  };
}

export async function startHttp(handler: Handler): Promise<TestServer> {
  const hits = new Map<string, number>();
  return listen(createHttpServer(wrap(handler, hits)), 'http', hits);
}

export async function startHttps(pair: KeyPair, handler: Handler, chain = ''): Promise<TestServer> {
  const hits = new Map<string, number>();
  return listen(createHttpsServer({ key: pair.key, cert: pair.cert + chain }, wrap(handler, hits)), 'https', hits);
}

export function json(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(value));
}

/**
 * A small service with the routes the tests need:
 *   /health        200 {"status":"ok","version":...} with X-App-Version
 *   /version       the version as text
 *   /slow          answers after `slowMs`
 *   /flaky         every fifth request is a 500 (a 20 % error rate)
 *   /secure        every security header set
 *   /bare          no security headers, Server and X-Powered-By with versions
 *   /redirect      301 to /health
 *   /text          text/plain "hello"
 *   /big           100 kB of text
 *   /echo          the request's method, headers and body as JSON
 */
export function service(options: { version?: () => string; slowMs?: number; readyAt?: () => boolean } = {}): Handler {
  let flaky = 0;
  return async (request, response, body) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const version = options.version?.() ?? '1.0.0';
    if (options.readyAt && !options.readyAt()) {
      response.writeHead(503, { 'content-type': 'text/plain' });
      response.end('starting');
      return;
    }
    switch (url.pathname) {
      case '/health':
        return json(response, 200, { status: 'ok', version, build: { sha: version } }, { 'x-app-version': version });
      case '/version':
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end(`${version}\n`);
        return;
      case '/slow':
        await new Promise((resolve) => setTimeout(resolve, options.slowMs ?? 120));
        return json(response, 200, { status: 'ok' });
      case '/flaky':
        flaky++;
        return flaky % 5 === 0 ? json(response, 500, { error: 'injected' }) : json(response, 200, { status: 'ok' });
      case '/secure':
        response.writeHead(200, {
          'content-type': 'text/html',
          'strict-transport-security': 'max-age=31536000; includeSubDomains',
          'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'strict-origin-when-cross-origin',
          server: 'nginx',
        });
        response.end('<h1>Welcome</h1>');
        return;
      case '/bare':
        response.writeHead(200, { 'content-type': 'text/html', server: 'nginx/1.18.0', 'x-powered-by': 'Express 4.17.1' });
        response.end('<h1>Welcome</h1>');
        return;
      case '/redirect':
        response.writeHead(301, { location: '/health' });
        response.end();
        return;
      case '/text':
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('hello');
        return;
      case '/big':
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('x'.repeat(100_000));
        return;
      case '/echo':
        return json(response, 200, { method: request.method, headers: request.headers, body });
      default:
        return json(response, 404, { error: 'not found' });
    }
  };
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A handler that holds every request until `size` are in flight at once (or `maxWaitMs` has
 * passed since the first), then answers them all: `most` tells how many were ever in flight
 * together, whatever the machine's load.
 */
export function barrier(size: number, maxWaitMs = 5000): { handler: Handler; most: () => number } {
  let waiting: (() => void)[] = [];
  let most = 0;
  let timer: NodeJS.Timeout | undefined;
  const release = () => {
    clearTimeout(timer);
    timer = undefined;
    const all = waiting;
    waiting = [];
    for (const go of all) go();
  };
  const handler: Handler = async (_request, response) => {
    await new Promise<void>((resolve) => {
      waiting.push(resolve);
      most = Math.max(most, waiting.length);
      if (waiting.length >= size) release();
      else timer ??= setTimeout(release, maxWaitMs);
    });
    json(response, 200, { status: 'ok' });
  };
  return { handler, most: () => most };
}
