// The demo's stand-in for nginx on a machine without it: a small reverse proxy that sends each
// request to the address in `<dir>/upstream` (re-read when the file changes), and the deploy
// command that switches that file, as a hand-written deploy script would.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Proxy {
  url: string;
  close(): Promise<void>;
}

export function startProxy(dir: string): Promise<Proxy> {
  const upstreamFile = join(dir, 'upstream');
  const upstream = () => (existsSync(upstreamFile) ? readFileSync(upstreamFile, 'utf8').trim() : '');
  const server: Server = createServer((req, res) => {
    const [host, port] = upstream().split(':');
    if (!host || !port) {
      res.writeHead(502).end('no upstream\n');
      return;
    }
    const forward = request({ host, port: Number(port), method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end('upstream unreachable\n'));
    req.pipe(forward);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) });
    }),
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createNetServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function healthy(address: string): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://${address}/healthz`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/**
 * The deploy command (and, with DEPLOY_ROLLBACK, the rollback command) of the command adapter:
 * starts DEPLOY_VERSION of the sample app next to what runs (or reuses it when it still runs),
 * waits for its health check, then points the proxy at it by renaming a file into place.
 */
async function switchTo(dir: string, version: string): Promise<void> {
  const runDir = join(dir, 'run');
  mkdirSync(runDir, { recursive: true });
  const addressFile = join(runDir, `${version}.address`);
  let address = existsSync(addressFile) ? readFileSync(addressFile, 'utf8').trim() : '';
  if (!address || !(await healthy(address))) {
    address = `127.0.0.1:${await freePort()}`;
    // SAMPLE_APP_FAIL=v3:5: version v3 fails every 5th request.
    const failures = new Map(
      (process.env.SAMPLE_APP_FAIL ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => pair.split(':') as [string, string]),
    );
    const log = openSync(join(runDir, `${version}.log`), 'a');
    const app = spawn(process.execPath, [fileURLToPath(new URL('../../examples/sample-app/server.js', import.meta.url))], {
      detached: true,
      stdio: ['ignore', log, log],
      env: { ...process.env, APP_VERSION: version, LISTEN: address, FAIL_EVERY: failures.get(version) ?? '0', PID_FILE: join(runDir, `${version}.pid`) },
    });
    app.unref();
    if (!(await healthy(address))) throw new Error(`${version} did not become healthy at ${address}`);
    writeFileSync(addressFile, address);
  }
  writeFileSync(join(dir, 'upstream.next'), address);
  renameSync(join(dir, 'upstream.next'), join(dir, 'upstream'));
  process.stdout.write(`${process.env.DEPLOY_ROLLBACK ? 'rolled back to' : 'switched to'} ${version} at ${address}\n`);
}

if (import.meta.main) {
  const dir = process.env.DEMO_PROXY_DIR;
  const version = process.env.DEPLOY_VERSION;
  if (!dir || !version) {
    process.stderr.write('proxy.ts needs DEMO_PROXY_DIR and DEPLOY_VERSION\n');
    process.exit(2);
  }
  await switchTo(dir, version);
}
