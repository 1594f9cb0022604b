// A real nginx on loopback for the deploy tests: its own prefix in a temp dir, its own
// error and access logs, a random free port, `daemon off` as a child process.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
export const nginxMissing = NGINX === undefined ? 'nginx is not installed (apt-get install nginx-light); skipping the tests that need a real nginx' : undefined;

export const LOG_FORMAT = '$remote_addr [$time_local] "$request" $status $body_bytes_sent $upstream_addr';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Nginx {
  dir: string;
  port: number;
  url: string;
  conf: string;
  accessLog: string;
  /** The command line the deploy action gets as `nginx-command`. */
  command: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts nginx proxying to `upstream` (reload mode: an included upstream file; socket mode: a socket path). */
export async function startNginx(dir: string, upstream: { file: string } | { socket: string }): Promise<Nginx> {
  if (NGINX === undefined) throw new Error(nginxMissing);
  mkdirSync(join(dir, 'temp'), { recursive: true });
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  const accessLog = join(dir, 'access.log');
  const root = process.getuid?.() === 0;
  writeFileSync(
    conf,
    `${root ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} notice;
events { worker_connections 512; }
http {
  log_format deploy '${LOG_FORMAT}';
  access_log ${accessLog} deploy;
  client_body_temp_path ${join(dir, 'temp', 'client')};
  proxy_temp_path ${join(dir, 'temp', 'proxy')};
  fastcgi_temp_path ${join(dir, 'temp', 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'temp', 'uwsgi')};
  scgi_temp_path ${join(dir, 'temp', 'scgi')};
  ${'file' in upstream ? `include ${upstream.file};` : `upstream app { server unix:${upstream.socket}; }`}
  server {
    listen 127.0.0.1:${port};
    keepalive_requests 100000;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
`,
  );
  const test = spawnSync(NGINX, ['-p', dir, '-c', conf, '-t'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed: ${test.stderr}`);
  const child = spawn(NGINX, ['-p', dir, '-c', conf], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(url).then(
      async (response) => (await response.arrayBuffer(), true),
      () => false,
    );
    if (ok) break;
    await sleep(50);
  }
  return {
    dir,
    port,
    url,
    conf,
    accessLog,
    command: `${NGINX} -p ${dir} -c ${conf}`,
    process: child,
    async stop() {
      if (child.exitCode !== null) return;
      const closed = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await closed;
      clearTimeout(timer);
    },
  };
}
