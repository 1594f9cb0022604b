// A target lock: a lock file with a lease. Two deploys to one target run one after the other
// (`lock: wait`) or the second fails at once naming the holder (`lock: fail`). A holder that
// died (its lease ran out, or its process is gone on this host) is taken over.
import { hostname } from 'node:os';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LockHolder {
  owner: string;
  pid: number;
  host: string;
  acquiredAt: string;
  expiresAt: string;
}

/** How to take a lock and how long to wait for it: the lock file's and the target's own. */
interface WaitOptions<Holder> {
  /** Who takes it: a run id, attempt, job and runner, shown to whoever waits. */
  owner: string;
  leaseMs: number;
  mode: 'wait' | 'fail';
  waitTimeoutMs: number;
  pollMs?: number;
  signal?: AbortSignal;
  onWait?: (holder: Holder) => void;
}

export interface LockOptions extends WaitOptions<LockHolder> {
  path: string;
}

/** How to wait for a lock the target itself keeps (a Kubernetes Lease, a platform's deploy in progress). */
export type TargetLockOptions = WaitOptions<string>;

/**
 * The target is held by another deploy (`lock: fail`, or longer than `lock-timeout`): nothing
 * was changed; a state of the target, not a wrong setting (the CLI exits 1, as for a failed deploy).
 */
export class LockedError extends Error {
  override readonly name = 'LockedError';
  /** The lock file's holder, or the adapter's description of who has the target. */
  readonly holder: LockHolder | string;
  constructor(message: string, holder: LockHolder | string) {
    super(message);
    this.holder = holder;
  }
}

export interface Lock {
  readonly path: string;
  /** How long acquiring waited for another holder, in ms. */
  readonly waitedMs: number;
  release(): void;
}

function readHolder(path: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function stale(holder: LockHolder | undefined): boolean {
  if (holder === undefined) return true;
  if (Date.parse(holder.expiresAt) < Date.now()) return true;
  return holder.host === hostname() && !alive(holder.pid);
}

export function describeHolder(holder: LockHolder): string {
  return `${holder.owner} (pid ${holder.pid} on ${holder.host}, since ${holder.acquiredAt}, lease until ${holder.expiresAt})`;
}

export async function acquireLock(options: LockOptions): Promise<Lock> {
  const started = Date.now();
  mkdirSync(dirname(options.path), { recursive: true });
  const me = (): LockHolder => ({
    owner: options.owner,
    pid: process.pid,
    host: hostname(),
    acquiredAt: new Date(started).toISOString(),
    expiresAt: new Date(Date.now() + options.leaseMs).toISOString(),
  });
  let told = false;
  for (;;) {
    options.signal?.throwIfAborted();
    try {
      writeFileSync(options.path, JSON.stringify(me()), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(options.path);
    if (stale(holder)) {
      // Take over by rename (atomic), then read back: of two takers racing, only one stays.
      const temp = `${options.path}.${process.pid}.take`;
      writeFileSync(temp, JSON.stringify(me()));
      renameSync(temp, options.path);
      await sleep(20);
      const now = readHolder(options.path);
      if (now?.pid === process.pid && now.owner === options.owner) break;
      continue;
    }
    if (holder === undefined) continue;
    if (options.mode === 'fail') throw new LockedError(`the target is locked by ${describeHolder(holder)}; lock: fail`, holder);
    if (Date.now() - started > options.waitTimeoutMs) {
      throw new LockedError(
        `gave up waiting for the target lock after ${Math.round((Date.now() - started) / 1000)} s; held by ${describeHolder(holder)}`,
        holder,
      );
    }
    if (!told) options.onWait?.(holder);
    told = true;
    await sleep(options.pollMs ?? 200, undefined, { signal: options.signal });
  }
  const waitedMs = Date.now() - started;
  const renew = setInterval(
    () => {
      const holder = readHolder(options.path);
      if (holder?.pid === process.pid && holder.owner === options.owner) writeFileSync(options.path, JSON.stringify({ ...holder, expiresAt: me().expiresAt }));
    },
    Math.max(50, Math.floor(options.leaseMs / 3)),
  );
  renew.unref();
  return {
    path: options.path,
    waitedMs,
    release() {
      clearInterval(renew);
      const holder = readHolder(options.path);
      if (holder?.pid === process.pid && holder.owner === options.owner) rmSync(options.path, { force: true });
    },
  };
}

/**
 * Repeats `attempt` until it takes the target (returns undefined) under the lock mode: with
 * `fail` the first refusal throws, with `wait` it polls until the wait timeout. `attempt`
 * returns who has the target when it is taken. Returns how long it waited, in ms.
 */
export async function waitForTarget(attempt: () => Promise<string | undefined>, options: TargetLockOptions): Promise<number> {
  const started = Date.now();
  let told = false;
  for (;;) {
    options.signal?.throwIfAborted();
    const holder = await attempt();
    if (holder === undefined) return Date.now() - started;
    if (options.mode === 'fail') throw new LockedError(`the target is busy: ${holder}; lock: fail`, holder);
    if (Date.now() - started > options.waitTimeoutMs) {
      throw new LockedError(`gave up waiting for the target after ${Math.round((Date.now() - started) / 1000)} s; ${holder}`, holder);
    }
    if (!told) options.onWait?.(holder);
    told = true;
    await sleep(options.pollMs ?? 1000, undefined, { signal: options.signal });
  }
}
