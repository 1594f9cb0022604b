// A tiny web app used by the deploy examples and tests: it reports its version in an
// `x-app-version` header and at /version, answers /healthz, and can be told to fail every
// Nth request (FAIL_EVERY) to play a bad release.
//   APP_VERSION=v2 LISTEN=127.0.0.1:8081 node server.js
//   APP_VERSION=v2 LISTEN=/run/app/green.sock node server.js
import { createServer } from 'node:http';
import { rmSync, writeFileSync } from 'node:fs';
import { setTimeout } from 'node:timers';

const version = process.env.APP_VERSION ?? 'dev';
const listen = process.env.LISTEN ?? '127.0.0.1:8080';
const failEvery = Number(process.env.FAIL_EVERY ?? '0');
let served = 0;

const server = createServer((req, res) => {
  res.setHeader('x-app-version', version);
  if (req.url === '/healthz') {
    res.end('ok\n');
    return;
  }
  if (req.url === '/version') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ version }));
    return;
  }
  served++;
  if (failEvery > 0 && served % failEvery === 0) {
    res.statusCode = 500;
    res.end('injected failure\n');
    return;
  }
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ version, served }));
});
server.keepAliveTimeout = 65_000;

if (listen.startsWith('/')) {
  rmSync(listen, { force: true });
  server.listen(listen);
} else {
  const at = listen.lastIndexOf(':');
  server.listen(Number(listen.slice(at + 1)), listen.slice(0, at));
}
server.on('listening', () => {
  if (process.env.PID_FILE) writeFileSync(process.env.PID_FILE, String(process.pid));
});

function stop() {
  // Finish what is in flight, then exit: a graceful stop loses no request.
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
