// The deploy engine's vocabulary: releases, adapters, verifiers and results.
import type { JsonPath } from '@devops-actions/toolkit/jsonpath';
import type { TargetLockOptions } from './lock.ts';

export const STRATEGIES = ['direct', 'blue-green', 'canary'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const STATUSES = ['promoted', 'rolled-back', 'paused', 'failed'] as const;
export type DeployStatus = (typeof STATUSES)[number];

/** Where a version can be reached: an HTTP URL, optionally over a unix socket. */
export interface Endpoint {
  url: string;
  socketPath?: string;
}

/** One version of the application as an adapter runs it. */
export interface Release {
  version: string;
  /** The adapter's name for where it runs (an nginx slot, a Kubernetes deployment, a platform deployment id). */
  slot?: string;
  /** Its own address, reachable without user traffic (blue-green and canary candidates). */
  endpoint?: Endpoint;
  /** The address as a proxy logs it (nginx `$upstream_addr`: `127.0.0.1:8081`, `unix:/run/app/green.sock`). */
  address?: string;
}

export interface Capabilities {
  /** Traffic can be split by weight (canary steps below 100). */
  weights: boolean;
  /** A candidate can run and be checked on its own address before it gets traffic. */
  preview: boolean;
  /** The previous version keeps running after a switch, so a rollback is a traffic change only. */
  keepPrevious: boolean;
  /** The strategies this adapter can carry out. */
  strategies: readonly Strategy[];
}

/** Everything the engine tells an adapter about the deploy in progress. */
export interface ShiftPlan {
  candidate: Release;
  previous: Release | undefined;
}

/**
 * One small interface per platform. Every method is idempotent: calling it twice with the
 * same arguments leaves the target as one call would, so a re-run can repeat any step.
 */
export interface Adapter {
  readonly name: string;
  readonly capabilities: Capabilities;
  /** The version serving traffic now, or undefined on a first deploy. */
  current(): Promise<Release | undefined>;
  /** Starts the candidate without moving traffic (blue-green, canary) or does nothing (direct). */
  prepare(candidate: Release, previous: Release | undefined): Promise<Release>;
  /** Sends `weight` percent of the traffic to the candidate and the rest to the previous version. */
  shift(weight: number, plan: ShiftPlan): Promise<void>;
  /** Sends all traffic to `target` (a rollback), taking it away from `from`. */
  restore(target: Release, from: Release | undefined): Promise<void>;
  /** Makes sure `release` runs and answers (re-provisions it when it is dead); returns it with its endpoint. */
  ensureReady(release: Release): Promise<Release>;
  /** Stops a release that no longer serves traffic. */
  cleanup(release: Release): Promise<void>;
  /** Versions this target served before, newest first (the last known good for the rollback ladder). */
  history?(): Promise<Release[]>;
  /**
   * Takes a lock kept on the target itself, which every runner sees (a Kubernetes Lease), waiting
   * or failing as `options.mode` says. Taken after the local lock file, released before it.
   */
  lockTarget?(options: TargetLockOptions): Promise<TargetLock>;
  /**
   * Describes a change already under way on the target that this deploy must not overlap (a
   * platform release or deploy still running, started by another workflow or by hand), or
   * undefined when the target is idle. Used as the lock where the platform keeps none.
   */
  busy?(): Promise<string | undefined>;
}

/** A held lock on the target; `release` is idempotent. */
export interface TargetLock {
  release(): Promise<void>;
}

/**
 * The identity a running version reports, used to know which version answered: a response
 * header, a value in a JSON body (compiled when the configuration is read, so the checks
 * before and after a traffic change read it the same way) or the whole text body. `path` is
 * the path to ask on the endpoint, e.g. `/version`.
 */
export type Identity = { kind: 'header'; name: string; path: string } | { kind: 'json'; jsonPath: JsonPath; path: string } | { kind: 'body'; path: string };

export interface CheckOutcome {
  ok: boolean;
  status?: number;
  version?: string;
  error?: string;
}

export interface SettleOptions {
  /** `consecutive`: the expected version K times in a row; `seen`: at least once (canary steps below 100). */
  mode: 'consecutive' | 'seen';
  times: number;
  timeoutMs: number;
  intervalMs: number;
  signal?: AbortSignal;
}

export interface SettleOutcome {
  ok: boolean;
  attempts: number;
  lastVersion?: string;
  reason?: string;
}

export interface SampleOutcome {
  total: number;
  errors: number;
  statuses: Record<string, number>;
  versions: Record<string, number>;
}

/**
 * The checks the engine needs. Backed by the probe engine (readiness, expect-version, settle),
 * kept behind this interface so the engine does not depend on how the checks are made.
 */
export interface Verifier {
  /** One health and identity check. */
  check(endpoint: Endpoint, expectVersion: string | undefined): Promise<CheckOutcome>;
  /** Waits until the endpoint serves `expectVersion` (K in a row, or once), bounded by a timeout. */
  settle(endpoint: Endpoint, expectVersion: string, options: SettleOptions): Promise<SettleOutcome>;
  /** Sends `requests` requests and counts errors and versions (smoke analysis). */
  sample(endpoint: Endpoint, requests: number, signal?: AbortSignal): Promise<SampleOutcome>;
}

export type IntervalResult = 'pass' | 'fail' | 'inconclusive';

export interface TimelineEntry {
  /** ISO time the phase started. */
  at: string;
  phase: string;
  weight?: number;
  result: 'ok' | 'failed' | 'skipped' | 'pass' | 'fail' | 'inconclusive' | 'info';
  detail?: string;
  durationMs?: number;
}

export interface RungOutcome {
  rung: 'previous' | 'last-known-good' | 'healthiest';
  version?: string;
  ok: boolean;
  detail: string;
}

export interface DeployResult {
  status: DeployStatus;
  version: string;
  previousVersion: string | undefined;
  rolledBack: boolean;
  /** The version serving traffic at the end. */
  servingVersion: string | undefined;
  /** Nothing was changed (a re-run of a deploy that already succeeded). */
  noop: boolean;
  reason?: string;
  rungs: RungOutcome[];
  timeline: TimelineEntry[];
  /** What analysis-mode dry-run would have done. */
  dryRun: string[];
  deploymentId: string;
}

/** Progress for the front ends (deployment statuses, log lines). */
export interface ProgressEvent {
  phase: string;
  weight?: number;
  description: string;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined };

/** A value from configuration or JSON as text: objects as JSON, everything else as String(). */
export function show(value: unknown): string {
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
