// Analysis after each traffic step: every source gives pass, fail or inconclusive for an
// interval; an interval fails when any source fails and passes when all pass. Too few
// requests is inconclusive, never a pass.
import { open, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigurationError } from '@devops-actions/toolkit';
import { formatKeyPath, type KeyPath } from '@devops-actions/toolkit/config';
import { compileJsonPath, evaluateJsonPath, type JsonPath } from '@devops-actions/toolkit/jsonpath';
import { httpGet } from './verify.ts';
import { show, type Endpoint, type IntervalResult, type Release, type Verifier } from './types.ts';

export interface Measurement {
  source: string;
  result: IntervalResult;
  detail: string;
  requests?: number;
  errors?: number;
  value?: number;
}

export interface AnalysisContext {
  candidate: Release;
  weight: number;
  /** The public endpoint (through the proxy or platform). */
  publicEndpoint: Endpoint | undefined;
  verifier: Verifier;
  windowMs: number;
  minRequests: number;
  maxErrorRate: number;
  signal?: AbortSignal;
}

export interface AnalysisSource {
  readonly name: string;
  /** Called once traffic has settled at a new weight: marks where this step's data begins. */
  begin?(context: AnalysisContext): Promise<void>;
  /** Measures one interval of `windowMs`. */
  measure(context: AnalysisContext): Promise<Measurement>;
}

function judgeRate(source: string, requests: number, errors: number, context: AnalysisContext, what: string): Measurement {
  const rate = requests === 0 ? 0 : errors / requests;
  const shown = `${errors}/${requests} ${what} failed (${(rate * 100).toFixed(1)} %, limit ${(context.maxErrorRate * 100).toFixed(1)} %)`;
  if (requests < context.minRequests)
    return { source, result: 'inconclusive', detail: `${shown}; fewer than min-requests ${context.minRequests}`, requests, errors };
  return { source, result: rate > context.maxErrorRate ? 'fail' : 'pass', detail: shown, requests, errors, value: rate };
}

/** Smoke checks: requests spread over the interval to the candidate's own endpoint (or the public one). */
export class SmokeSource implements AnalysisSource {
  readonly name = 'smoke';
  private readonly requests: number;
  private readonly target: 'candidate' | 'public';

  constructor(requests: number, target: 'candidate' | 'public') {
    this.requests = requests;
    this.target = target;
  }

  async measure(context: AnalysisContext): Promise<Measurement> {
    const endpoint = this.target === 'candidate' ? (context.candidate.endpoint ?? context.publicEndpoint) : context.publicEndpoint;
    if (endpoint === undefined) return { source: this.name, result: 'inconclusive', detail: 'no endpoint to check' };
    const pause = Math.max(0, Math.floor(context.windowMs / Math.max(1, this.requests)));
    let total = 0;
    let errors = 0;
    for (let i = 0; i < this.requests; i++) {
      const outcome = await context.verifier.sample(endpoint, 1, context.signal);
      total += outcome.total;
      errors += outcome.errors;
      if (pause > 0) await sleep(pause, undefined, { signal: context.signal });
    }
    return judgeRate(this.name, total, errors, context, 'requests');
  }
}

type Comparison = { max?: number; min?: number };

function compare(source: string, value: number | undefined, limits: Comparison, what: string): Measurement {
  if (value === undefined || Number.isNaN(value)) return { source, result: 'inconclusive', detail: `${what}: no data` };
  if (limits.max !== undefined && value > limits.max) return { source, result: 'fail', detail: `${what} = ${value}, above ${limits.max}`, value };
  if (limits.min !== undefined && value < limits.min) return { source, result: 'fail', detail: `${what} = ${value}, below ${limits.min}`, value };
  return { source, result: 'pass', detail: `${what} = ${value}`, value };
}

/** A number from any HTTP JSON endpoint, read at the end of each interval. */
export class HttpJsonSource implements AnalysisSource {
  readonly name = 'http-json';
  private readonly url: string;
  private readonly field: JsonPath;
  private readonly limits: Comparison;

  constructor(url: string, field: JsonPath, limits: Comparison) {
    this.url = url;
    this.field = field;
    this.limits = limits;
  }

  async measure(context: AnalysisContext): Promise<Measurement> {
    await sleep(context.windowMs, undefined, { signal: context.signal });
    try {
      const answer = await httpGet({ url: this.url }, '', 10_000, context.signal);
      if (answer.status >= 400) return { source: this.name, result: 'inconclusive', detail: `${this.url} answered ${answer.status}` };
      const { value } = evaluateJsonPath(this.field, JSON.parse(answer.body) as unknown);
      return compare(this.name, value === undefined || value === null ? undefined : Number(value), this.limits, this.field.text);
    } catch (error) {
      return { source: this.name, result: 'inconclusive', detail: `${this.url}: ${(error as Error).message}` };
    }
  }
}

/** A Prometheus instant query (GET /api/v1/query), the first sample's value compared to a limit. */
export class PrometheusSource implements AnalysisSource {
  readonly name = 'prometheus';
  private readonly url: string;
  private readonly query: string;
  private readonly limits: Comparison;

  constructor(url: string, query: string, limits: Comparison) {
    this.url = url;
    this.query = query;
    this.limits = limits;
  }

  async measure(context: AnalysisContext): Promise<Measurement> {
    await sleep(context.windowMs, undefined, { signal: context.signal });
    const query = this.query.replaceAll('{{version}}', context.candidate.version);
    const url = `${this.url.replace(/\/$/, '')}/api/v1/query?query=${encodeURIComponent(query)}`;
    try {
      const answer = await httpGet({ url }, '', 10_000, context.signal);
      const body = JSON.parse(answer.body) as { status?: string; error?: string; data?: { resultType?: string; result?: unknown } };
      if (body.status !== 'success') return { source: this.name, result: 'inconclusive', detail: `query failed: ${body.error ?? answer.status}` };
      const result = body.data?.result;
      let raw: unknown;
      if (body.data?.resultType === 'scalar') raw = (result as [number, string])[1];
      else if (Array.isArray(result)) raw = (result[0] as { value?: [number, string] } | undefined)?.value?.[1];
      return compare(this.name, raw === undefined ? undefined : Number(raw), this.limits, query);
    } catch (error) {
      return { source: this.name, result: 'inconclusive', detail: `${this.url}: ${(error as Error).message}` };
    }
  }
}

export const DEFAULT_LOG_FORMAT =
  '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent" $upstream_addr';

/** Turns an nginx `log_format` into a line parser that yields the named variables. */
export function logFormatParser(format: string): (line: string) => Record<string, string> | undefined {
  const names: string[] = [];
  let pattern = '^';
  const parts = format.split(/(\$[a-z_][a-z0-9_]*|\$\{[a-z_][a-z0-9_]*\})/i);
  for (const part of parts) {
    if (part === '') continue;
    if (part.startsWith('$')) {
      names.push(part.replace(/^\$\{?|\}$/g, ''));
      pattern += '(.*?)';
    } else {
      pattern += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  const regex = new RegExp(pattern + '$');
  return (line) => {
    const match = regex.exec(line);
    if (!match) return undefined;
    return Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? '']));
  };
}

/**
 * The nginx access log, read incrementally from where the last interval stopped. Counts the
 * requests the candidate served (by `$upstream_addr`) and those that failed (status >= 500).
 */
export class NginxLogSource implements AnalysisSource {
  readonly name = 'nginx-log';
  private readonly file: string;
  private readonly parse: (line: string) => Record<string, string> | undefined;
  private readonly hasUpstream: boolean;
  private readonly format: string;
  private offset = 0;
  private partial = '';

  constructor(file: string, format = DEFAULT_LOG_FORMAT) {
    this.file = file;
    if (!/\$status\b/.test(format)) throw new ConfigurationError('analysis[nginx-log].format', 'must contain $status', DEFAULT_LOG_FORMAT);
    this.hasUpstream = /\$upstream_addr\b/.test(format);
    this.format = format;
    this.parse = logFormatParser(format);
  }

  async begin(): Promise<void> {
    try {
      this.offset = (await stat(this.file)).size;
    } catch {
      this.offset = 0;
    }
    this.partial = '';
  }

  /** Lines written since the last read (a rotated, shorter file is read from its start). */
  async readNew(): Promise<string[]> {
    let handle;
    try {
      handle = await open(this.file, 'r');
    } catch {
      return [];
    }
    try {
      const size = (await handle.stat()).size;
      if (size < this.offset) this.offset = 0;
      const length = size - this.offset;
      if (length <= 0) return [];
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, this.offset);
      this.offset = size;
      const text = this.partial + buffer.toString('utf8');
      const lines = text.split('\n');
      this.partial = lines.pop() ?? '';
      return lines.filter((l) => l !== '');
    } finally {
      await handle.close();
    }
  }

  async measure(context: AnalysisContext): Promise<Measurement> {
    await sleep(context.windowMs, undefined, { signal: context.signal });
    const lines = await this.readNew();
    let requests = 0;
    let errors = 0;
    let unmatched = 0;
    const candidate = context.candidate.address;
    for (const line of lines) {
      const fields = this.parse(line);
      if (!fields) {
        unmatched++;
        continue;
      }
      if (this.hasUpstream && candidate !== undefined && context.weight < 100) {
        const upstreams = (fields.upstream_addr ?? '').split(/,\s*|\s+:\s+/);
        if (upstreams.at(-1)?.trim() !== candidate) continue;
      }
      requests++;
      if (Number(fields.status) >= 500) errors++;
    }
    // Lines in another format are a configuration mistake, not a quiet interval: say so.
    if (unmatched > 0 && unmatched === lines.length)
      return {
        source: this.name,
        result: 'inconclusive',
        detail: `none of the ${unmatched} new lines in ${this.file} matches the log format "${this.format}": set format to the log_format of that access_log`,
      };
    const measurement = judgeRate(this.name, requests, errors, context, 'candidate requests');
    if (unmatched > 0) measurement.detail += `; ${unmatched} of ${lines.length} lines did not match the log format`;
    return measurement;
  }
}

function rate(subject: string, value: unknown): number {
  const text = show(value).trim();
  const match = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(text);
  if (!match) throw new ConfigurationError(subject, `"${text}" is not a rate`, '5% or 0.05');
  const number = Number(match[1]);
  const result = match[2] === '%' ? number / 100 : number;
  if (result > 1) throw new ConfigurationError(subject, `${text} is above 100 %`, '5%');
  return result;
}

export function parseRate(subject: string, value: unknown): number {
  return rate(subject, value);
}

/** Names a setting of an analysis entry in errors: `analysis[0].max`, or `deploy.yml:9 analysis[0].max` from a file. */
type Locate = (path: KeyPath) => string;

function limitsOf(entry: Record<string, unknown>, at: (key?: string) => string): Comparison {
  const limits: Comparison = {};
  for (const key of ['max', 'min'] as const) {
    if (entry[key] === undefined) continue;
    const value = Number(entry[key]);
    if (Number.isNaN(value)) throw new ConfigurationError(at(key), `"${show(entry[key])}" is not a number`, '0.05');
    limits[key] = value;
  }
  if (limits.max === undefined && limits.min === undefined) throw new ConfigurationError(at(), 'needs max or min', 'max: 0.05');
  return limits;
}

function text(entry: Record<string, unknown>, key: string, at: (key?: string) => string, example: string): string {
  const value = entry[key];
  if (typeof value !== 'string' || value.trim() === '') throw new ConfigurationError(at(key), 'is required', example);
  return value.trim();
}

export const SOURCE_TYPES = ['smoke', 'http-json', 'prometheus', 'nginx-log'] as const;

/** Builds the analysis sources from their configuration (the `analysis` setting, a YAML list). */
export function buildSources(entries: unknown, baseDir: (file: string) => string, locate: Locate = formatKeyPath): AnalysisSource[] {
  if (entries === undefined || entries === null) return [];
  if (!Array.isArray(entries)) throw new ConfigurationError(locate(['analysis']), 'must be a list of sources', '- type: smoke');
  return entries.map((raw, i) => {
    const at = (key?: string) => locate(key === undefined ? ['analysis', i] : ['analysis', i, key]);
    if (raw === null || typeof raw !== 'object') throw new ConfigurationError(at(), 'must be a mapping with a type', 'type: smoke');
    const entry = raw as Record<string, unknown>;
    switch (entry.type) {
      case 'smoke': {
        const requests = entry.requests === undefined ? 20 : Number(entry.requests);
        if (!Number.isInteger(requests) || requests < 1) throw new ConfigurationError(at('requests'), 'must be a whole number of at least 1', '20');
        const target = entry.target ?? 'candidate';
        if (target !== 'candidate' && target !== 'public')
          throw new ConfigurationError(at('target'), `"${show(target)}" is not candidate or public`, 'candidate');
        return new SmokeSource(requests, target);
      }
      case 'http-json':
        return new HttpJsonSource(
          text(entry, 'url', at, 'http://127.0.0.1:9100/metrics.json'),
          compileJsonPath(text(entry, 'field', at, 'errors.rate'), { subject: at('field'), example: 'errors.rate' }),
          limitsOf(entry, at),
        );
      case 'prometheus':
        return new PrometheusSource(
          text(entry, 'url', at, 'http://prometheus:9090'),
          text(entry, 'query', at, 'sum(rate(http_requests_total{code=~"5.."}[1m]))'),
          limitsOf(entry, at),
        );
      case 'nginx-log':
        return new NginxLogSource(baseDir(text(entry, 'file', at, '/var/log/nginx/access.log')), typeof entry.format === 'string' ? entry.format : undefined);
      default:
        throw new ConfigurationError(at('type'), `"${String(entry.type)}" is not one of ${SOURCE_TYPES.join(', ')}`, 'smoke');
    }
  });
}

/** Runs every source over one interval and combines their results. */
export async function runInterval(
  sources: readonly AnalysisSource[],
  context: AnalysisContext,
): Promise<{ result: IntervalResult; measurements: Measurement[] }> {
  const measurements = await Promise.all(sources.map((source) => source.measure(context)));
  const result: IntervalResult = measurements.some((m) => m.result === 'fail')
    ? 'fail'
    : measurements.every((m) => m.result === 'pass')
      ? 'pass'
      : 'inconclusive';
  return { result, measurements };
}
