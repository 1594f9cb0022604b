// Time, injectable: routines that wait (readiness, settle, backoff) take a Clock so that
// callers can drive them with their own, and an AbortSignal to stop them.
import { setTimeout as delay } from 'node:timers/promises';

export interface Clock {
  /** A monotonic reading in milliseconds (for elapsed time and deadlines). */
  now(): number;
  /** Wall-clock time in epoch milliseconds (for certificate expiry). */
  epochMs(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when aborted. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  epochMs: () => Date.now(),
  sleep: async (ms, signal) => {
    if (signal?.aborted) throw signal.reason;
    if (ms <= 0) return;
    try {
      await delay(ms, undefined, { signal });
    } catch (error) {
      // The caller's own reason (e.g. "deploy cancelled"), not a generic AbortError.
      throw signal?.aborted ? signal.reason : error;
    }
  },
};

export interface RunContext {
  clock?: Clock;
  signal?: AbortSignal;
}

/** Exponential backoff: 250 ms, 375 ms, 560 ms ... capped at `maxMs`. */
export function backoffDelay(attempt: number, options: { initialMs?: number; factor?: number; maxMs?: number } = {}): number {
  const initial = options.initialMs ?? 250;
  return Math.min(options.maxMs ?? 2000, Math.round(initial * (options.factor ?? 1.5) ** Math.max(0, attempt - 1)));
}
