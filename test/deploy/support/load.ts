// A load generator that never retries: keep-alive connections sending requests one after the
// other, counting every request, every failure (a 5xx or a network error) and which version
// answered. Used by the deploy tests (counts) and the deploy bench.
import { Agent, createServer, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LoadCounts {
  total: number;
  failed: number;
  statuses: Record<string, number>;
  versions: Record<string, number>;
  /** Failed answers (5xx) by the version that gave them: what a faulty release served to users. */
  failedVersions: Record<string, number>;
  /** For each version, `total` just before its first answer: the moment traffic reached it. */
  firstSeenAt: Record<string, number>;
  errors: string[];
}

export interface LoadOptions {
  /** A pause after each request on each connection (default 0: back to back); a steady, slower load. */
  pauseMs?: number;
  /** Called after every counted request. */
  onCount?: (counts: LoadCounts) => void;
}

export interface Load {
  counts: LoadCounts;
  /** Stops sending and waits for requests in flight. */
  stop(): Promise<LoadCounts>;
}

export function emptyCounts(): LoadCounts {
  return { total: 0, failed: 0, statuses: {}, versions: {}, failedVersions: {}, firstSeenAt: {}, errors: [] };
}

export function startLoad(url: string, connections = 4, options: LoadOptions = {}): Load {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const counts = emptyCounts();
  let running = true;
  const one = () =>
    new Promise<void>((resolve) => {
      const req = request({ host: target.hostname, port: target.port, path: target.pathname, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const version = res.headers['x-app-version'];
          if (typeof version === 'string') {
            counts.firstSeenAt[version] ??= counts.total;
            counts.versions[version] = (counts.versions[version] ?? 0) + 1;
            if (status >= 500) counts.failedVersions[version] = (counts.failedVersions[version] ?? 0) + 1;
          }
          counts.total++;
          counts.statuses[status] = (counts.statuses[status] ?? 0) + 1;
          if (status >= 500) counts.failed++;
          options.onCount?.(counts);
          resolve();
        });
      });
      req.on('error', (error) => {
        counts.total++;
        counts.failed++;
        if (counts.errors.length < 20) counts.errors.push(error.message);
        options.onCount?.(counts);
        resolve();
      });
      req.end();
    });
  const loops = Array.from({ length: connections }, async () => {
    while (running) {
      await one();
      if (options.pauseMs) await sleep(options.pauseMs);
    }
  });
  return {
    counts,
    async stop() {
      running = false;
      await Promise.all(loops);
      agent.destroy();
      return counts;
    },
  };
}

export interface VersionMetrics {
  /** `${url}/<version>` answers `{ version, requests, errors, errorRate }` for that version. */
  url: string;
  /** Feed it the load's counts (`startLoad(url, n, { onCount: metrics.onCount })`). */
  onCount: (counts: LoadCounts) => void;
  close(): Promise<void>;
}

/**
 * A metrics backend over a load's own view, for `analysis: - type: http-json`: the error rate
 * users saw from one version. Its window is counted in requests, not seconds: a query is
 * answered once the load has sent `windowRequests` requests since that version's first answer
 * (held until then), so the analysis window is the same amount of user traffic however fast or
 * slow the machine is. A version that has not answered within `waitMs` gets a 503 (no data).
 */
export async function startVersionMetrics(windowRequests: number, waitMs = 8000): Promise<VersionMetrics> {
  let latest = emptyCounts();
  const pending = new Set<{ version: string; answer: () => void }>();
  const ready = (version: string) => {
    const first = latest.firstSeenAt[version];
    return first !== undefined && latest.total - first >= windowRequests;
  };
  const server = createServer((req, res) => {
    const version = decodeURIComponent((req.url ?? '/').slice(1));
    const waiter = {
      version,
      answer: () => {
        pending.delete(waiter);
        clearTimeout(timer);
        const requests = latest.versions[version] ?? 0;
        const errors = latest.failedVersions[version] ?? 0;
        if (requests === 0) {
          res.statusCode = 503;
          res.end(JSON.stringify({ version, error: 'no requests answered by this version yet' }));
          return;
        }
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ version, requests, errors, errorRate: errors / requests }));
      },
    };
    const timer = setTimeout(waiter.answer, waitMs);
    pending.add(waiter);
    if (ready(version)) waiter.answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    onCount(counts) {
      latest = counts;
      for (const waiter of pending) if (ready(waiter.version)) waiter.answer();
    },
    async close() {
      for (const waiter of pending) waiter.answer();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
