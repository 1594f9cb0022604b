// A load generator that never retries: keep-alive connections sending requests one after the
// other, counting every request, every failure (a 5xx or a network error) and which version
// answered. Used by the deploy tests (counts) and the deploy bench.
import { Agent, request } from 'node:http';

export interface LoadCounts {
  total: number;
  failed: number;
  statuses: Record<string, number>;
  versions: Record<string, number>;
  errors: string[];
}

export interface Load {
  counts: LoadCounts;
  /** Stops sending and waits for requests in flight. */
  stop(): Promise<LoadCounts>;
}

export function startLoad(url: string, connections = 4): Load {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const counts: LoadCounts = { total: 0, failed: 0, statuses: {}, versions: {}, errors: [] };
  let running = true;
  const one = () =>
    new Promise<void>((resolve) => {
      const req = request({ host: target.hostname, port: target.port, path: target.pathname, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          counts.total++;
          const status = res.statusCode ?? 0;
          counts.statuses[status] = (counts.statuses[status] ?? 0) + 1;
          if (status >= 500) counts.failed++;
          const version = res.headers['x-app-version'];
          if (typeof version === 'string') counts.versions[version] = (counts.versions[version] ?? 0) + 1;
          resolve();
        });
      });
      req.on('error', (error) => {
        counts.total++;
        counts.failed++;
        if (counts.errors.length < 20) counts.errors.push(error.message);
        resolve();
      });
      req.end();
    });
  const loops = Array.from({ length: connections }, async () => {
    while (running) await one();
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
