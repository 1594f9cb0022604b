// Checks from a `smoke-test.yml` config or from action inputs, validated in one place so
// that every mistake is reported before any request, naming the file, line and key (or
// the input). Keys are the same in both: an input `expect-status` is a config key too.
//
//   base-url: ${{ env.PREVIEW_URL }}      # relative check URLs resolve against it
//   parallel: 20                           # checks at a time
//   defaults: { timeout: 5s, wait-timeout: 60s, headers: { authorization: "Bearer ${API_TOKEN}" } }
//   checks:
//     - name: home
//       url: /
//       expect-status: 200
//       expect-body: Welcome
//     - url: /api/health
//       expect-json: { $.status: ok, $.db: { exists: true } }
//       requests: 100
//       concurrency: 10
//       thresholds: [p95 < 300ms, error-rate < 1%]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigurationError, parseDuration } from '@devops-actions/toolkit';
import { isMap, isSeq, LineCounter, parseDocument, parse as parseYaml, type Document } from 'yaml';
import { compileJsonPath, JsonPathError } from '@devops-actions/toolkit/jsonpath';
import { securityPolicy, DEFAULT_HSTS_MIN_AGE } from './security-headers.ts';
import type { Check, HeaderAssertion, JsonAssertion, Level, Metric, SecurityHeaderPolicy, ShowBody, StatusRange, Threshold, TlsPolicy } from './types.ts';

export type KeyPath = (string | number)[];

export interface NormalizeOptions {
  /** Variables for `${{ env.NAME }}` and `${NAME}` substitution. */
  env?: Record<string, string | undefined>;
  /** Where relative `ca-file` paths are resolved. */
  cwd?: string;
  /** Turns a key path into the subject of an error (`file:line key` or the input name). */
  locate?: (path: KeyPath) => string;
}

export interface SmokeConfig {
  checks: Check[];
  /** How many checks run at a time. */
  parallel: number;
}

export const DEFAULT_PARALLEL = 50;
export const DEFAULT_MIN_REQUESTS = 20;

export const CHECK_KEYS = [
  'name',
  'url',
  'method',
  'headers',
  'body',
  'timeout',
  'follow-redirects',
  'max-redirects',
  'expect-status',
  'expect-body',
  'expect-body-regex',
  'expect-json',
  'expect-headers',
  'expect-redirect',
  'max-size',
  'wait-timeout',
  'expect-version',
  'version-header',
  'version-json-path',
  'version-path',
  'settle',
  'settle-interval',
  'requests',
  'concurrency',
  'thresholds',
  'min-requests',
  'tls',
  'tls-warn-days',
  'tls-fail-days',
  'tls-min-protocol',
  'ca-file',
  'https-redirect',
  'security-headers',
  'show-body',
] as const;
const TOP_KEYS = ['base-url', 'parallel', 'defaults', 'checks'] as const;
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export function formatPath(path: KeyPath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] ?? 0;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j] ?? 0;
        row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length] ?? 0;
  };
  const best = candidates.map((c) => ({ c, d: distance(word, c) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.c : undefined;
}

/** `${{ env.NAME }}` and `${NAME}` in a string, from `env`; an unset variable is an error. */
export function substitute(text: string, env: Record<string, string | undefined>, fail: (problem: string) => never): string {
  return text.replace(/\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, a?: string, b?: string) => {
    const name = a ?? b ?? '';
    const value = env[name];
    if (value === undefined) fail(`${whole} refers to ${name}, which is not set`);
    return value;
  });
}

class Reader {
  readonly options: NormalizeOptions;
  constructor(options: NormalizeOptions) {
    this.options = options;
  }
  fail(path: KeyPath, problem: string, example?: string): never {
    throw new ConfigurationError(this.options.locate?.(path) ?? formatPath(path), problem, example);
  }
  /** Substitutes variables in every string, recursively. */
  expand(value: unknown, path: KeyPath): unknown {
    if (typeof value === 'string')
      return substitute(value, this.options.env ?? {}, (problem) => this.fail(path, problem, 'export the variable in the step env'));
    if (Array.isArray(value)) return value.map((item, i) => this.expand(item, [...path, i]));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.expand(v, [...path, k])]));
    return value;
  }
  string(value: unknown, path: KeyPath): string {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return this.fail(path, `must be text, not ${describe(value)}`);
  }
  strings(value: unknown, path: KeyPath): string[] {
    if (Array.isArray(value)) return value.map((item, i) => this.string(item, [...path, i]));
    return [this.string(value, path)];
  }
  duration(value: unknown, path: KeyPath, example = '10s'): number {
    if (typeof value === 'number') return this.fail(path, `${value} has no unit (ms, s, m or h)`, example);
    try {
      return parseDuration('x', this.string(value, path));
    } catch (error) {
      return this.fail(path, (error as ConfigurationError).problem, example);
    }
  }
  integer(value: unknown, path: KeyPath, min: number, max: number, example: string): number {
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(number)) return this.fail(path, `${JSON.stringify(value)} is not a whole number`, example);
    if (number < min || number > max) return this.fail(path, `${number} is out of range (${min} to ${max})`, example);
    return number;
  }
  boolean(value: unknown, path: KeyPath): boolean {
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
    return this.fail(path, `${JSON.stringify(value)} is not true or false`, 'true');
  }
  /** A URL; relative ones resolve under `base` as a folder (base-url), or against it as a browser would (`relative`). */
  url(value: unknown, path: KeyPath, base: string | undefined, mode: 'folder' | 'relative' = 'folder'): string {
    const text = this.string(value, path).trim();
    let url: URL;
    try {
      if (base === undefined || /^[a-z][a-z0-9+.-]*:/i.test(text)) url = new URL(text);
      else url = mode === 'relative' ? new URL(text, base) : new URL(text.replace(/^\/?/, ''), base.endsWith('/') ? base : `${base}/`);
    } catch {
      return this.fail(
        path,
        `"${text}" is not a valid URL${base === undefined && text.startsWith('/') ? ' (a relative URL needs base-url)' : ''}`,
        'https://example.com/health',
      );
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return this.fail(path, `"${text}" is not an http or https URL`, 'https://example.com/health');
    return url.href;
  }
  map(value: unknown, path: KeyPath, example: string): Record<string, unknown> {
    if (typeof value === 'string' && value.includes(':')) {
      try {
        value = parseYaml(value) as unknown;
      } catch {
        return this.fail(path, 'is not a valid map', example);
      }
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return this.fail(path, `must be a map, not ${describe(value)}`, example);
    return value as Record<string, unknown>;
  }
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}

export function parseStatus(reader: Reader, value: unknown, path: KeyPath): StatusRange[] {
  const parts = Array.isArray(value) ? value.map((v, i) => ({ v: v as unknown, p: [...path, i] })) : [{ v: value, p: path }];
  const ranges: StatusRange[] = [];
  for (const { v, p } of parts) {
    for (const piece of reader
      .string(v, p)
      .split(/[,\s]+/)
      .filter(Boolean)) {
      let match: RegExpExecArray | null;
      if ((match = /^([1-5])xx$/i.exec(piece))) ranges.push({ min: Number(match[1]) * 100, max: Number(match[1]) * 100 + 99 });
      else if ((match = /^(\d{3})-(\d{3})$/.exec(piece)) && Number(match[1]) <= Number(match[2])) ranges.push({ min: Number(match[1]), max: Number(match[2]) });
      else if (/^\d{3}$/.test(piece) && Number(piece) >= 100 && Number(piece) <= 599) ranges.push({ min: Number(piece), max: Number(piece) });
      else reader.fail(p, `"${piece}" is not a status, a list or a range`, '200, [200, 204], 2xx or 200-299');
    }
  }
  if (ranges.length === 0) reader.fail(path, 'is empty', '200');
  return ranges;
}

const THRESHOLD = /^(p50|p90|p95|p99|max|avg|med|error-rate|error_rate|errors)\s*(<=|<|>=|>)\s*(\d+(?:\.\d+)?)\s*([a-z%]*)$/i;

export function parseThreshold(reader: Reader, text: string, path: KeyPath): Threshold {
  const match = THRESHOLD.exec(text.trim());
  const example = 'p95 < 300ms or error-rate < 1%';
  if (!match)
    return reader.fail(path, `"${text}" is not a threshold: write METRIC OP VALUE with a metric of p50, p90, p95, p99, max, avg or error-rate`, example);
  const raw = (match[1] ?? '').toLowerCase();
  const metric = (raw === 'med' ? 'p50' : raw === 'error_rate' || raw === 'errors' ? 'error-rate' : raw) as Metric;
  const amount = Number(match[3]);
  const unit = (match[4] ?? '').toLowerCase();
  let value: number;
  if (metric === 'error-rate') {
    if (unit !== '%')
      return reader.fail(
        path,
        unit === '' ? `"${text}" has no unit: an error rate is a percentage` : `"${text}": an error rate is a percentage, not ${unit}`,
        'error-rate < 1%',
      );
    value = amount / 100;
  } else {
    if (unit === '') return reader.fail(path, `"${text}" has no unit: write ms or s`, `${metric} < ${amount}ms`);
    if (unit !== 'ms' && unit !== 's') return reader.fail(path, `"${text}": ${unit} is not a time unit; use ms or s`, `${metric} < 300ms`);
    value = unit === 's' ? amount * 1000 : amount;
  }
  return { text: `${metric} ${match[2]} ${match[3]}${unit}`, metric, op: match[2] as Threshold['op'], value };
}

function parseSize(reader: Reader, value: unknown, path: KeyPath): number {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb)?\s*$/i.exec(reader.string(value, path));
  if (!match) return reader.fail(path, `${JSON.stringify(value)} is not a size`, '512kB or 2MB');
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = { b: 1, kb: 1000, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9 }[unit] ?? 1;
  return Math.round(Number(match[1]) * factor);
}

function parseHeaders(reader: Reader, value: unknown, path: KeyPath): Record<string, string> {
  const headers: Record<string, string> = {};
  const add = (name: string, text: string, p: KeyPath) => {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) reader.fail(p, `"${name}" is not a valid header name`, 'Authorization: Bearer …');
    headers[name.toLowerCase()] = text;
  };
  if (typeof value === 'string' || Array.isArray(value)) {
    const lines = Array.isArray(value)
      ? value.map((v, i) => ({ line: reader.string(v, [...path, i]), p: [...path, i] }))
      : value.split(/\r?\n/).map((line) => ({ line, p: path }));
    for (const { line, p } of lines) {
      if (line.trim() === '') continue;
      const colon = line.indexOf(':');
      if (colon <= 0) reader.fail(p, `"${line.split(':')[0]?.slice(0, 40) ?? ''}" is not a "Name: value" header line`, 'Authorization: Bearer …');
      add(line.slice(0, colon).trim(), line.slice(colon + 1).trim(), p);
    }
    return headers;
  }
  for (const [name, text] of Object.entries(reader.map(value, path, '{ accept: application/json }')))
    add(name, reader.string(text, [...path, name]), [...path, name]);
  return headers;
}

function parseRegex(reader: Reader, text: string, path: KeyPath): RegExp {
  const literal = /^\/(.*)\/([gimsuy]*)$/s.exec(text);
  try {
    return literal ? new RegExp(literal[1] ?? '', (literal[2] ?? '').replace('g', '')) : new RegExp(text);
  } catch (error) {
    return reader.fail(path, `"${text}" is not a valid regular expression: ${(error as Error).message}`, '"v\\d+\\.\\d+"');
  }
}

function parseJsonAssertions(reader: Reader, value: unknown, path: KeyPath): JsonAssertion[] {
  const entries = reader.map(value, path, '{ $.status: ok, $.db: { exists: true } }');
  return Object.entries(entries).map(([jsonPath, expected]) => {
    const p = [...path, jsonPath];
    let compiled;
    try {
      compiled = compileJsonPath(jsonPath);
    } catch (error) {
      return reader.fail(p, error instanceof JsonPathError ? error.message : String(error), '$.data.items[0].id');
    }
    if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
      const keys = Object.keys(expected);
      const unknown = keys.find((k) => k !== 'exists' && k !== 'equals');
      if (unknown !== undefined) return reader.fail([...p, unknown], `"${unknown}" is not a JSON assertion; use equals or exists`, '{ exists: true }');
      const assertion: JsonAssertion = { path: jsonPath, compiled };
      if ('exists' in expected) assertion.exists = reader.boolean(expected.exists, [...p, 'exists']);
      if ('equals' in expected) assertion.equals = expected.equals;
      return assertion;
    }
    return { path: jsonPath, compiled, equals: expected };
  });
}

function parseHeaderAssertions(reader: Reader, value: unknown, path: KeyPath): HeaderAssertion[] {
  const entries =
    typeof value === 'string' && !value.trim().startsWith('{') ? parseHeaders(reader, value, path) : reader.map(value, path, '{ content-type: /json/ }');
  return Object.entries(entries).map(([name, expected]) => {
    const p = [...path, name];
    const header: HeaderAssertion = { name: name.toLowerCase() };
    if (expected !== null && typeof expected === 'object') {
      if ('exists' in expected) header.exists = reader.boolean(expected.exists, [...p, 'exists']);
      else reader.fail(p, 'use a value, a /regex/ or { exists: true|false }', '{ exists: true }');
      return header;
    }
    const text = reader.string(expected, p);
    if (/^\/.*\/[imsuy]*$/s.test(text)) header.matches = parseRegex(reader, text, p);
    else header.equals = text;
    return header;
  });
}

const LEVELS: readonly Level[] = ['off', 'warn', 'fail'];
const HEADER_RULES: Record<string, keyof Omit<SecurityHeaderPolicy, 'hstsMinAgeSeconds'>> = {
  hsts: 'hsts',
  csp: 'csp',
  'content-type-options': 'contentTypeOptions',
  'frame-options': 'frameProtection',
  'frame-protection': 'frameProtection',
  'referrer-policy': 'referrerPolicy',
  'version-leak': 'versionLeak',
};

function parseLevel(reader: Reader, value: unknown, path: KeyPath): Level {
  const text = reader
    .string(value === false ? 'off' : value, path)
    .trim()
    .toLowerCase();
  const level = text === 'warning' ? 'warn' : text === 'error' ? 'fail' : text;
  if (!(LEVELS as readonly string[]).includes(level)) return reader.fail(path, `"${text}" is not off, warn or fail`, 'warn');
  return level as Level;
}

function parseSecurityHeaders(reader: Reader, value: unknown, path: KeyPath): SecurityHeaderPolicy | undefined {
  if (typeof value === 'boolean') return value ? securityPolicy('fail') : undefined;
  if (typeof value === 'string' && !value.includes(':')) {
    const level = parseLevel(reader, value, path);
    return level === 'off' ? undefined : securityPolicy(level);
  }
  const entries = reader.map(value, path, '{ default: warn, hsts: fail, hsts-min-age: 180d }');
  const policy = securityPolicy('default' in entries ? parseLevel(reader, entries.default, [...path, 'default']) : 'warn');
  for (const [key, item] of Object.entries(entries)) {
    if (key === 'default') continue;
    if (key === 'hsts-min-age') {
      policy.hstsMinAgeSeconds = Math.round(reader.duration(item, [...path, key], '180d') / 1000);
      continue;
    }
    const rule = HEADER_RULES[key];
    if (rule === undefined) {
      const hint = closest(key, [...Object.keys(HEADER_RULES), 'default', 'hsts-min-age']);
      return reader.fail(
        [...path, key],
        `"${key}" is not a security-header rule${hint ? `; did you mean ${hint}?` : ''}`,
        Object.keys(HEADER_RULES).join(', '),
      );
    }
    policy[rule] = parseLevel(reader, item, [...path, key]);
  }
  return policy;
}

function defaultName(method: string, url: string): string {
  const parsed = new URL(url);
  return `${method === 'GET' ? '' : `${method} `}${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}${parsed.search}`;
}

/** One check from its own keys over the shared defaults. `where(key)` is the key's path, for errors. */
function normalizeCheck(reader: Reader, raw: Record<string, unknown>, where: (key: string) => KeyPath, base: string | undefined): Check {
  for (const key of Object.keys(raw)) {
    if (!(CHECK_KEYS as readonly string[]).includes(key)) {
      const hint = closest(key, CHECK_KEYS);
      reader.fail(where(key), `"${key}" is not a check setting${hint ? `; did you mean ${hint}?` : ''}`, CHECK_KEYS.slice(0, 6).join(', '));
    }
  }
  const has = (key: string) => raw[key] !== undefined && raw[key] !== null && raw[key] !== '';
  if (!has('url')) reader.fail(where('url'), 'is required', 'https://example.com/health');
  const url = reader.url(raw.url, where('url'), base);
  const method = has('method') ? reader.string(raw.method, where('method')).toUpperCase() : 'GET';
  if (!METHODS.includes(method)) reader.fail(where('method'), `"${method}" is not one of ${METHODS.join(', ')}`, 'GET');
  const followRedirects = has('follow-redirects') ? reader.boolean(raw['follow-redirects'], where('follow-redirects')) : true;

  let redirect: Check['expect']['redirect'];
  if (has('expect-redirect')) {
    const value = raw['expect-redirect'];
    const path = where('expect-redirect');
    if (value === true || value === 'true') redirect = {};
    else if (typeof value === 'string') redirect = { location: reader.url(value, path, url, 'relative') };
    else {
      const entries = reader.map(value, path, '{ status: 301, location: https://example.com/ }');
      redirect = {};
      if (entries.status !== undefined)
        redirect.status = parseStatus(reader, entries.status, [...path, 'status']).flatMap((r) =>
          Array.from({ length: r.max - r.min + 1 }, (_, i) => r.min + i),
        );
      if (entries.location !== undefined) redirect.location = reader.url(entries.location, [...path, 'location'], url, 'relative');
    }
  }

  const status = has('expect-status') ? parseStatus(reader, raw['expect-status'], where('expect-status')) : [{ min: 200, max: followRedirects ? 299 : 399 }];
  const thresholds = has('thresholds')
    ? reader.strings(raw.thresholds, where('thresholds')).flatMap((text, i) =>
        text
          .split(/\r?\n|,/)
          .filter((t) => t.trim() !== '')
          .map((t) => parseThreshold(reader, t, Array.isArray(raw.thresholds) ? [...where('thresholds'), i] : where('thresholds'))),
      )
    : [];
  const minRequests = has('min-requests') ? reader.integer(raw['min-requests'], where('min-requests'), 1, 1_000_000, '20') : DEFAULT_MIN_REQUESTS;
  const requests = has('requests') ? reader.integer(raw.requests, where('requests'), 1, 1_000_000, '100') : thresholds.length > 0 ? minRequests : 1;
  if (thresholds.length > 0 && requests < minRequests) {
    reader.fail(
      where('requests'),
      `${requests} requests are too few for thresholds (${thresholds.map((t) => t.text).join(', ')}); at least ${minRequests} are needed (min-requests)`,
      String(minRequests),
    );
  }
  const concurrency = has('concurrency') ? reader.integer(raw.concurrency, where('concurrency'), 1, 1000, '10') : Math.min(requests, 10);

  let version: Check['version'];
  if (has('expect-version')) {
    const sources = (['version-header', 'version-json-path', 'version-path'] as const).filter(has);
    if (sources.includes('version-header') && sources.length > 1)
      reader.fail(where('version-header'), 'give either version-header or version-json-path/version-path', 'x-app-version');
    const source: NonNullable<Check['version']>['source'] = {};
    if (has('version-header')) source.header = reader.string(raw['version-header'], where('version-header')).toLowerCase();
    if (has('version-json-path')) {
      source.jsonPath = reader.string(raw['version-json-path'], where('version-json-path'));
      try {
        source.compiledJsonPath = compileJsonPath(source.jsonPath);
      } catch (error) {
        reader.fail(where('version-json-path'), (error as Error).message, '$.build.sha');
      }
    }
    if (has('version-path')) {
      source.path = reader.string(raw['version-path'], where('version-path'));
      if (!source.path.startsWith('/')) reader.fail(where('version-path'), `"${source.path}" must start with /`, '/version');
    }
    version = {
      expected: reader.string(raw['expect-version'], where('expect-version')).trim(),
      source,
      settle: has('settle') ? reader.integer(raw.settle, where('settle'), 1, 100, '3') : 3,
      intervalMs: has('settle-interval') ? reader.duration(raw['settle-interval'], where('settle-interval'), '1s') : 500,
    };
  } else {
    for (const key of ['version-header', 'version-json-path', 'version-path', 'settle'] as const) {
      if (has(key)) reader.fail(where(key), 'only applies with expect-version', 'expect-version: ${{ github.sha }}');
    }
  }

  const https = url.startsWith('https:');
  let tls: TlsPolicy | undefined;
  const tlsWanted = has('tls') ? reader.boolean(raw.tls, where('tls')) : https;
  if (tlsWanted || has('ca-file')) {
    if (!https && tlsWanted && has('tls')) reader.fail(where('tls'), `${url} is not an https URL`, 'https://example.com/');
    const warnDays = has('tls-warn-days') ? reader.integer(raw['tls-warn-days'], where('tls-warn-days'), 0, 3650, '30') : 30;
    const failDays = has('tls-fail-days') ? reader.integer(raw['tls-fail-days'], where('tls-fail-days'), 0, 3650, '7') : 7;
    if (failDays > warnDays) reader.fail(where('tls-fail-days'), `${failDays} is more than tls-warn-days (${warnDays})`, '7');
    const protocol = has('tls-min-protocol') ? reader.string(raw['tls-min-protocol'], where('tls-min-protocol')) : 'TLSv1.2';
    if (protocol !== 'TLSv1.2' && protocol !== 'TLSv1.3') reader.fail(where('tls-min-protocol'), `"${protocol}" is not TLSv1.2 or TLSv1.3`, 'TLSv1.2');
    tls = { warnDays, failDays, minProtocol: protocol };
    if (has('ca-file')) {
      const file = resolve(reader.options.cwd ?? '.', reader.string(raw['ca-file'], where('ca-file')));
      try {
        tls.ca = readFileSync(file, 'utf8');
        tls.caFile = file;
      } catch (error) {
        reader.fail(where('ca-file'), `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'certs/ca.pem');
      }
      if (!tls.ca.includes('-----BEGIN CERTIFICATE-----')) reader.fail(where('ca-file'), `${file} holds no PEM certificate`, 'certs/ca.pem');
    }
    if (!https) tls = { ...tls, warnDays, failDays };
  }

  let httpsRedirect: string | undefined;
  if (has('https-redirect')) {
    const value = raw['https-redirect'];
    if (value === true || value === 'true') {
      const plain = new URL(url);
      plain.protocol = 'http:';
      plain.port = '';
      httpsRedirect = plain.href;
    } else if (value !== false && value !== 'false') {
      httpsRedirect = reader.url(value, where('https-redirect'), url, 'relative');
      if (!httpsRedirect.startsWith('http:'))
        reader.fail(where('https-redirect'), `${httpsRedirect} must be an http:// URL (the one that should redirect to https)`, 'http://example.com/');
    }
  }

  const showBody = has('show-body') ? reader.string(raw['show-body'], where('show-body')) : 'auto';
  if (!['auto', 'never', 'always'].includes(showBody)) reader.fail(where('show-body'), `"${showBody}" is not auto, never or always`, 'never');

  return {
    name: has('name') ? reader.string(raw.name, where('name')) : defaultName(method, url),
    url,
    method,
    headers: has('headers') ? parseHeaders(reader, raw.headers, where('headers')) : {},
    body: has('body') ? reader.string(raw.body, where('body')) : undefined,
    timeoutMs: has('timeout') ? reader.duration(raw.timeout, where('timeout')) : 10_000,
    followRedirects: redirect ? false : followRedirects,
    maxRedirects: has('max-redirects') ? reader.integer(raw['max-redirects'], where('max-redirects'), 0, 50, '5') : 5,
    expect: {
      status,
      bodyContains: has('expect-body') ? reader.strings(raw['expect-body'], where('expect-body')) : [],
      bodyMatches: has('expect-body-regex')
        ? reader.strings(raw['expect-body-regex'], where('expect-body-regex')).map((t) => parseRegex(reader, t, where('expect-body-regex')))
        : [],
      json: has('expect-json') ? parseJsonAssertions(reader, raw['expect-json'], where('expect-json')) : [],
      headers: has('expect-headers') ? parseHeaderAssertions(reader, raw['expect-headers'], where('expect-headers')) : [],
      redirect,
      maxBytes: has('max-size') ? parseSize(reader, raw['max-size'], where('max-size')) : undefined,
    },
    waitTimeoutMs: has('wait-timeout') ? reader.duration(raw['wait-timeout'], where('wait-timeout'), '60s') : 0,
    version,
    latency: { requests, concurrency, thresholds, minRequests },
    tls,
    httpsRedirect,
    securityHeaders: has('security-headers') ? parseSecurityHeaders(reader, raw['security-headers'], where('security-headers')) : undefined,
    showBody: showBody as ShowBody,
  };
}

/**
 * Validates a config object (parsed YAML, or the same shape built from inputs) into checks.
 * Throws a ConfigurationError naming the key at the first problem.
 */
export function normalizeConfig(raw: unknown, options: NormalizeOptions = {}): SmokeConfig {
  const reader = new Reader(options);
  const root = reader.expand(raw ?? {}, []);
  if (root === null || typeof root !== 'object' || Array.isArray(root))
    return reader.fail([], 'the config must be a map with a checks list', 'checks: [{ url: https://example.com/ }]');
  const config = root as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!(TOP_KEYS as readonly string[]).includes(key)) {
      const hint = closest(key, [...TOP_KEYS, ...CHECK_KEYS]);
      reader.fail([key], `"${key}" is not a top-level setting (${TOP_KEYS.join(', ')})${hint ? `; did you mean ${hint}?` : ''}`, 'checks');
    }
  }
  const base = config['base-url'] === undefined || config['base-url'] === '' ? undefined : reader.url(config['base-url'], ['base-url'], undefined);
  const parallel = config.parallel === undefined ? DEFAULT_PARALLEL : reader.integer(config.parallel, ['parallel'], 1, 1000, '20');
  const defaults = config.defaults === undefined || config.defaults === null ? {} : reader.map(config.defaults, ['defaults'], '{ timeout: 5s }');
  if (!Array.isArray(config.checks) || config.checks.length === 0) {
    return reader.fail(
      ['checks'],
      config.checks === undefined ? 'is missing: list at least one check' : 'must be a non-empty list of checks',
      'checks: [{ url: /health }]',
    );
  }
  const checks = config.checks.map((item, index) => {
    const own = typeof item === 'string' ? { url: item } : reader.map(item, ['checks', index], '{ url: /health }');
    const merged: Record<string, unknown> = { ...defaults, ...own };
    if (defaults.headers !== undefined && own.headers !== undefined) {
      merged.headers = {
        ...parseHeaders(reader, defaults.headers, ['defaults', 'headers']),
        ...parseHeaders(reader, own.headers, ['checks', index, 'headers']),
      };
    }
    const where = (key: string): KeyPath =>
      key in own || !(key in defaults) ? (typeof item === 'string' ? ['checks', index] : ['checks', index, key]) : ['defaults', key];
    return normalizeCheck(reader, merged, where, base);
  });
  const names = new Map<string, number>();
  for (const check of checks) names.set(check.name, (names.get(check.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const check of checks) {
    if ((names.get(check.name) ?? 0) > 1) {
      const n = (seen.get(check.name) ?? 0) + 1;
      seen.set(check.name, n);
      check.name = `${check.name} #${n}`;
    }
  }
  return { checks, parallel };
}

function yamlLocator(document: Document, lines: LineCounter, file: string): (path: KeyPath) => string {
  return (path) => {
    let node: unknown = document.contents;
    let offset: number | undefined;
    for (let depth = 0; depth <= path.length; depth++) {
      const range = (node as { range?: [number, number, number] } | null)?.range;
      if (range) offset = range[0];
      if (depth === path.length) break;
      const key = path[depth];
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        const keyRange = (pair.key as { range?: [number, number, number] } | null)?.range;
        if (keyRange) offset = keyRange[0];
        node = pair.value;
        if (depth === path.length - 1) break;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
      } else break;
    }
    const line = offset === undefined ? undefined : lines.linePos(offset).line;
    return `${file}${line === undefined ? '' : `:${line}`}${path.length > 0 ? ` ${formatPath(path)}` : ''}`;
  };
}

/**
 * One check from the same keys as a config entry, for callers that build checks in code
 * (the deploy action's pre-traffic and settle checks): `defineCheck({ url, 'expect-status': 200 })`.
 */
export function defineCheck(raw: Record<string, unknown>, options: NormalizeOptions = {}): Check {
  return normalizeConfig({ checks: [raw] }, options).checks[0] as Check;
}

/** Parses and validates smoke-test.yml text. `file` names it in errors. */
export function parseConfig(text: string, options: Omit<NormalizeOptions, 'locate'> & { file?: string } = {}): SmokeConfig {
  const file = options.file ?? 'smoke-test.yml';
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const first = document.errors[0];
  if (first) {
    const line = first.linePos?.[0].line;
    throw new ConfigurationError(
      `${file}${line === undefined ? '' : `:${line}`}`,
      `not valid YAML: ${first.message.split('\n')[0] ?? ''}`,
      'checks: [{ url: https://example.com/ }]',
    );
  }
  return normalizeConfig(document.toJS() as unknown, { ...options, locate: yamlLocator(document, lines, file) });
}

/** Reads and validates a config file; relative `ca-file` paths resolve against its folder. */
export function loadConfig(path: string, options: Omit<NormalizeOptions, 'locate'> & { cwd?: string; displayPath?: string } = {}): SmokeConfig {
  const file = resolve(options.cwd ?? '.', path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(
      options.displayPath ?? path,
      `cannot read the config file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      'smoke-test.yml',
    );
  }
  return parseConfig(text, { ...options, cwd: dirname(file), file: options.displayPath ?? path });
}

export { DEFAULT_HSTS_MIN_AGE };
