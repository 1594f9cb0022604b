// The probe engine against its floors, over a local HTTP server in its own process:
//  1. fifty checks (routes answering in 4 to 200 ms) run together vs the slowest single check
//     alone: parallel checks should cost about the slowest one, not the sum (bar 1.5x);
//  2. 2,000 requests of one check through the probe (assertions, timing, percentiles) vs a bare
//     undici loop at the same concurrency over the same keep-alive agent settings: the probe
//     may add at most 2 ms per request (the bar is that budget turned into a ratio at set-up).
import { spawn } from 'node:child_process';
import { normalizeConfig, runCheck, runChecks, type Check } from '@devops-actions/probe';
import { Agent } from 'undici';
import { defineBenchmark, fn } from './lib.ts';

const SERVER = `
const http = require('node:http');
const server = http.createServer((req, res) => {
  const m = /^\\/delay\\/(\\d+)/.exec(req.url);
  const send = () => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"status":"ok","version":"1.0.0"}'); };
  if (m) setTimeout(send, Number(m[1])); else send();
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;

const REQUESTS = 2000;
const CONCURRENCY = 10;
const OVERHEAD_MS = 2;

async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

async function bareLoop(url: string): Promise<void> {
  const agent = new Agent({ keepAliveTimeout: 10_000, connections: null, pipelining: 1 });
  const { origin, pathname } = new URL(url);
  let next = 0;
  let ok = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next++;
      const response = await agent.request({ origin, path: pathname, method: 'GET' });
      await response.body.text();
      if (response.statusCode === 200) ok++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await agent.close();
  if (ok !== REQUESTS) throw new Error(`bare loop: ${ok} of ${REQUESTS} answers were 200`);
}

export default defineBenchmark({
  name: 'smoke-test',
  description: 'probe engine: fifty parallel checks vs the slowest single check; probe requests vs a bare undici loop (the floor)',
  rounds: 7,
  warmup: 1,
  async setup(ctx) {
    const server = await startServer();
    ctx.onCleanup(server.stop);
    ctx.log(`  server: ${server.url}`);

    const raw = Array.from({ length: 50 }, (_, i) => ({
      name: `route ${i}`,
      url: `${server.url}/delay/${(i + 1) * 4}`,
      'expect-status': 200,
      'expect-json': { '$.status': 'ok' },
    }));
    const fifty: Check[] = normalizeConfig({ checks: raw }).checks;
    const slowest = fifty.at(-1) as Check;
    const runFifty = async () => {
      const report = await runChecks(fifty);
      if (!report.passed || report.checks.length !== 50) throw new Error(`fifty checks: ${report.checks.filter((c) => !c.passed).length} failed`);
    };
    const runSlowest = async () => {
      const report = await runChecks([slowest]);
      if (!report.passed) throw new Error(`the slowest check failed: ${report.checks[0]?.failures.join('; ')}`);
    };

    const loadCheck = normalizeConfig({
      checks: [{ url: `${server.url}/ok`, requests: REQUESTS, concurrency: CONCURRENCY, 'expect-json': { '$.status': 'ok' } }],
    }).checks[0] as Check;
    const runProbe = async () => {
      const result = await runCheck(loadCheck);
      if (!result.passed || result.requests !== REQUESTS) throw new Error(`probe: ${result.failures.join('; ')}`);
    };
    // The overhead budget as a ratio: (floor + 2 ms x requests) / floor, with the floor measured
    // now: the fastest of five bare loops after a warm-up (the fastest, so the bar is not loose).
    await bareLoop(`${server.url}/ok`);
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await bareLoop(`${server.url}/ok`);
      samples.push(performance.now() - started);
    }
    const floor = Math.min(...samples);
    const bar = Math.round(((floor + OVERHEAD_MS * REQUESTS) / floor) * 100) / 100;
    ctx.log(`  bare undici loop: ${Math.round(floor)} ms for ${REQUESTS} requests; ${OVERHEAD_MS} ms/request of overhead allows a ratio of ${bar}`);

    return [
      {
        name: 'fifty checks vs the slowest',
        subject: fn('runChecks(50 checks, 4-200 ms)', runFifty),
        reference: fn('runChecks(slowest check, 200 ms)', runSlowest),
        bar: 1.5,
        note: 'each check: GET, status and JSON assertions; parallel 50 (the default)',
      },
      {
        name: `${REQUESTS} requests at concurrency ${CONCURRENCY}`,
        subject: fn('probe runCheck (requests + assertions + percentiles)', runProbe),
        reference: fn('bare undici Agent loop', () => bareLoop(`${server.url}/ok`)),
        bar,
        note: `bar = (fastest bare loop + ${OVERHEAD_MS} ms x ${REQUESTS}) / fastest bare loop, measured at set-up`,
      },
    ];
  },
});
