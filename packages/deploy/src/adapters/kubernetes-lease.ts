// The target lock of the kubernetes adapter: a coordination.k8s.io/v1 Lease in the target's
// namespace, which every runner that can reach the cluster sees (the lock file only serialises
// deploys that share a state-dir). Taken with optimistic concurrency: a write carries the
// resourceVersion just read, so of two runners racing for a free Lease only one write succeeds.
import { ConfigurationError } from '@devops-actions/toolkit';
import type { CommandResult } from '../exec.ts';
import { waitForTarget, type TargetLockOptions } from '../lock.ts';
import type { TargetLock } from '../types.ts';

export interface LeaseObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; resourceVersion?: string; [key: string]: unknown };
  spec?: {
    holderIdentity?: string;
    leaseDurationSeconds?: number;
    acquireTime?: string;
    renewTime?: string;
    leaseTransitions?: number;
  };
}

/** Runs kubectl with `args` (and `input` on stdin); never throws for a non-zero exit. */
export type KubectlRunner = (args: string[], input?: string) => Promise<CommandResult>;

export interface LeaseLockOptions {
  name: string;
  namespace: string | undefined;
  kubectl: KubectlRunner;
}

/** The reason in kubectl's `Error from server (Reason): ...`, e.g. NotFound, Conflict, Forbidden. */
export function serverReason(result: CommandResult): string | undefined {
  return /Error from server \((\w+)\)/.exec(result.stderr)?.[1];
}

/** Kubernetes MicroTime: RFC 3339 with six fractional digits, `2026-11-22T18:00:00.000000Z`. */
export function microTime(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, '000Z');
}

function leaseSeconds(leaseMs: number): number {
  return Math.max(1, Math.ceil(leaseMs / 1000));
}

/** Until when the holder has the Lease, in ms since the epoch (NaN when it never renewed). */
function expiresAt(lease: LeaseObject): number {
  const spec = lease.spec ?? {};
  return Date.parse(spec.renewTime ?? spec.acquireTime ?? '') + (spec.leaseDurationSeconds ?? 0) * 1000;
}

/**
 * Takes the Lease for `options.owner`, waiting or failing as `options.mode` says, and keeps it
 * renewed until released.
 */
export async function takeLease(lease: LeaseLockOptions, options: TargetLockOptions): Promise<TargetLock> {
  const where = `Lease ${lease.namespace ? `${lease.namespace}/` : ''}${lease.name}`;

  const fail = (verb: string, result: CommandResult): never => {
    if (serverReason(result) === 'Forbidden') {
      throw new ConfigurationError(
        'k8s-lease',
        `kubectl may not ${verb} the ${where}, which keeps deploys to this target one at a time across runners (${result.stderr.trim().split('\n')[0]}). ` +
          `Grant the deploy's Kubernetes user a Role in namespace ${lease.namespace ?? '(the default namespace)'} with the rule ` +
          `apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["get", "create", "update"]; or set k8s-lease: off to do without it`,
        'off',
      );
    }
    const output = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).join('\n');
    throw new Error(`kubectl could not ${verb} the ${where} (exit code ${result.code}): ${output}`);
  };

  /** Writes `object` with create or replace; returns the stored Lease, or undefined when another writer came first. */
  const write = async (verb: 'create' | 'replace', object: LeaseObject): Promise<LeaseObject | undefined> => {
    const result = await lease.kubectl([verb, '-f', '-', '-o', 'json'], JSON.stringify(object));
    if (result.code === 0) return JSON.parse(result.stdout) as LeaseObject;
    const reason = serverReason(result);
    if (reason === 'AlreadyExists' || reason === 'Conflict' || reason === 'NotFound') return undefined;
    return fail(verb === 'create' ? 'create' : 'update', result);
  };

  const ours = (current: LeaseObject | undefined, now: number): LeaseObject => {
    const mine = current?.spec?.holderIdentity === options.owner;
    return {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      ...current,
      metadata: current?.metadata ?? {
        name: lease.name,
        ...(lease.namespace ? { namespace: lease.namespace } : {}),
        labels: { 'app.kubernetes.io/managed-by': 'devops-actions' },
      },
      spec: {
        holderIdentity: options.owner,
        leaseDurationSeconds: leaseSeconds(options.leaseMs),
        acquireTime: mine && current?.spec?.acquireTime ? current.spec.acquireTime : microTime(now),
        renewTime: microTime(now),
        leaseTransitions: (current?.spec?.leaseTransitions ?? 0) + (current === undefined || mine ? 0 : 1),
      },
    };
  };

  let held: LeaseObject | undefined;
  /** One try: undefined when the Lease is ours now, else who holds it. */
  const attempt = async (): Promise<string | undefined> => {
    // A lost race (AlreadyExists, Conflict) is retried at once against what the winner wrote.
    for (let tries = 0; tries < 5; tries++) {
      const got = await lease.kubectl(['get', 'lease', lease.name, '-o', 'json']);
      const now = Date.now();
      if (got.code !== 0) {
        if (serverReason(got) !== 'NotFound') fail('get', got);
        held = await write('create', ours(undefined, now));
      } else {
        const current = JSON.parse(got.stdout) as LeaseObject;
        const holder = current.spec?.holderIdentity;
        if (holder && holder !== options.owner && !(expiresAt(current) < now)) {
          const until = expiresAt(current);
          return `${where} is held by "${holder}" (since ${current.spec?.acquireTime ?? 'unknown'}, until ${Number.isNaN(until) ? 'unknown' : microTime(until)})`;
        }
        // Free, expired, or ours already (the post step of the same run).
        held = await write('replace', ours(current, now));
      }
      if (held) return undefined;
    }
    return `${where} is being taken by another deploy right now`;
  };
  await waitForTarget(attempt, options);

  // Renewals and the release write over our last write (its resourceVersion): a Conflict or
  // NotFound means someone took the Lease after it expired, and it is theirs now.
  let renewing: Promise<void> = Promise.resolve();
  const rewrite = async (spec: LeaseObject['spec']): Promise<void> => {
    if (held === undefined) return;
    held = await write('replace', { ...held, spec });
  };
  const timer = setInterval(
    () => {
      renewing = renewing.then(() => (held?.spec ? rewrite({ ...held.spec, renewTime: microTime(Date.now()) }) : undefined)).catch(() => undefined);
    },
    Math.max(100, Math.floor(options.leaseMs / 3)),
  );
  timer.unref();

  return {
    async release() {
      clearInterval(timer);
      await renewing;
      if (held?.spec === undefined) return;
      const spec = { ...held.spec };
      delete spec.holderIdentity;
      // A release that fails leaves a Lease that runs out by itself after leaseDurationSeconds.
      await rewrite(spec).catch(() => undefined);
      held = undefined;
    },
  };
}
