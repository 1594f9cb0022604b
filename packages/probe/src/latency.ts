// Latency runs: `requests` requests at `concurrency`, every answer held to the check's
// assertions, then percentiles, error rate and k6-style thresholds over the whole run.
import { assertResponse } from './assert.ts';
import { createHttpClient, requestFor, RequestError, type HttpClient, type HttpResponse } from './http.ts';
import type { Check, LatencyResult, Percentiles, Threshold, ThresholdResult } from './types.ts';

/** Nearest-rank percentile of ascending `sorted` values; 0 for an empty list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? 0;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export function summarize(latencies: readonly number[]): Percentiles & { avg: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
    avg: round(sorted.length === 0 ? 0 : sum / sorted.length),
  };
}

export interface MeasureOptions {
  requests?: number;
  concurrency?: number;
  client?: HttpClient;
  signal?: AbortSignal;
  /** Called with each answer (e.g. to keep the first one for header checks). */
  onResponse?: (response: HttpResponse, failures: string[]) => void;
}

/**
 * Sends the check's request `requests` times, `concurrency` at a time, over keep-alive
 * connections. A request counts as an error when it gets no answer or its answer breaks
 * an assertion.
 */
export async function measureLatency(check: Check, options: MeasureOptions = {}): Promise<LatencyResult> {
  const requests = options.requests ?? check.latency.requests;
  const concurrency = Math.max(1, Math.min(requests, options.concurrency ?? check.latency.concurrency));
  const client = options.client ?? createHttpClient({ ca: check.tls?.ca });
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  const statusCounts: Record<string, number> = {};
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const request = requestFor(check, options.signal);
  const note = (message: string) => failures.set(message, (failures.get(message) ?? 0) + 1);

  async function worker(): Promise<void> {
    while (next < requests) {
      next++;
      if (options.signal?.aborted) throw options.signal.reason;
      try {
        const response = await client.send(request);
        latencies.push(response.elapsedMs);
        statusCounts[response.status] = (statusCounts[response.status] ?? 0) + 1;
        const broken = assertResponse(response, check.expect);
        if (broken.length > 0) {
          errors++;
          for (const message of broken) note(message);
        }
        options.onResponse?.(response, broken);
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        errors++;
        note(error instanceof RequestError ? error.message : String(error));
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    if (!options.client) await client.close();
  }
  const { avg, ...latencyMs } = summarize(latencies);
  return {
    requests,
    answered: latencies.length,
    errors,
    errorRate: requests === 0 ? 0 : errors / requests,
    latencyMs,
    avgMs: avg,
    failures: [...failures].map(([message, count]) => ({ message, count })).sort((a, b) => b.count - a.count),
    statusCounts,
    elapsedMs: performance.now() - started,
  };
}

function formatMetric(threshold: Threshold, value: number): string {
  return threshold.metric === 'error-rate' ? `${round(value * 100)}%` : `${round(value)} ms`;
}

/** Holds a run to its thresholds, k6-style: each either passes or fails, with the measured value. */
export function evaluateThresholds(result: LatencyResult, thresholds: readonly Threshold[]): ThresholdResult[] {
  return thresholds.map((threshold) => {
    const actual = threshold.metric === 'error-rate' ? result.errorRate : threshold.metric === 'avg' ? result.avgMs : result.latencyMs[threshold.metric];
    const passed =
      threshold.op === '<'
        ? actual < threshold.value
        : threshold.op === '<='
          ? actual <= threshold.value
          : threshold.op === '>'
            ? actual > threshold.value
            : actual >= threshold.value;
    const message = `${threshold.metric} was ${formatMetric(threshold, actual)} over ${result.requests} requests; the budget is ${threshold.text}`;
    return { threshold: threshold.text, passed, actual, message };
  });
}
