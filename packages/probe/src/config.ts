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
import { didYouMean, readConfigFile, type KeyPath } from '@devops-actions/toolkit/config';
import { parseYamlConfig } from '@devops-actions/toolkit/yaml';
import { CHECK_KEYS, type CheckKeyName } from './check-keys.ts';
import { ProbeReader, type NormalizeOptions } from './reader.ts';
import type { Check, ShowBody, TlsPolicy } from './types.ts';

export type { KeyPath, NormalizeOptions };

export interface SmokeConfig {
  checks: Check[];
  /** How many checks run at a time. */
  parallel: number;
}

export const DEFAULT_PARALLEL = 50;
export const DEFAULT_MIN_REQUESTS = 20;

const TOP_KEYS = ['base-url', 'parallel', 'defaults', 'checks'] as const;
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const SHOW_BODY: readonly ShowBody[] = ['auto', 'never', 'always'];
const EXAMPLE = 'checks: [{ url: https://example.com/ }]';

/** One check's settings (its own over the shared defaults) and where each key is, for errors. */
interface Settings {
  raw: Record<string, unknown>;
  /** Given, and not empty. */
  has: (key: CheckKeyName) => boolean;
  where: (key: string) => KeyPath;
}

function defaultName(method: string, url: string): string {
  const parsed = new URL(url);
  return `${method === 'GET' ? '' : `${method} `}${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}${parsed.search}`;
}

function refuseUnknownKeys(reader: ProbeReader, { raw, where }: Settings): void {
  for (const key of Object.keys(raw)) {
    if (!(CHECK_KEYS as readonly string[]).includes(key))
      reader.fail(where(key), `"${key}" is not a check setting${didYouMean(key, CHECK_KEYS)}`, CHECK_KEYS.slice(0, 6).join(', '));
  }
}

/** What to send: URL, method, headers, body, timeout and redirect handling. */
function readRequest(reader: ProbeReader, { raw, has, where }: Settings, base: string | undefined) {
  if (!has('url')) reader.fail(where('url'), 'is required', 'https://example.com/health');
  const url = reader.url(raw.url, where('url'), base);
  const method = has('method') ? reader.string(raw.method, where('method')).toUpperCase() : 'GET';
  if (!METHODS.includes(method)) reader.fail(where('method'), `"${method}" is not one of ${METHODS.join(', ')}`, 'GET');
  return {
    name: has('name') ? reader.string(raw.name, where('name')) : defaultName(method, url),
    url,
    method,
    headers: has('headers') ? reader.headers(raw.headers, where('headers')) : {},
    body: has('body') ? reader.string(raw.body, where('body')) : undefined,
    timeoutMs: has('timeout') ? reader.duration(raw.timeout, where('timeout')) : 10_000,
    followRedirects: has('follow-redirects') ? reader.boolean(raw['follow-redirects'], where('follow-redirects')) : true,
    maxRedirects: has('max-redirects') ? reader.integer(raw['max-redirects'], where('max-redirects'), { min: 0, max: 50 }, '5') : 5,
  };
}

/** `expect-redirect`: true, a Location, or `{ status, location }`. */
function readRedirect(reader: ProbeReader, { raw, has, where }: Settings, url: string): Check['expect']['redirect'] {
  if (!has('expect-redirect')) return undefined;
  const value = raw['expect-redirect'];
  const path = where('expect-redirect');
  if (value === true || value === 'true') return {};
  if (typeof value === 'string') return { location: reader.url(value, path, url, 'relative') };
  const entries = reader.map(value, path, '{ status: 301, location: https://example.com/ }');
  const redirect: NonNullable<Check['expect']['redirect']> = {};
  if (entries.status !== undefined)
    redirect.status = reader.status(entries.status, [...path, 'status']).flatMap((r) => Array.from({ length: r.max - r.min + 1 }, (_, i) => r.min + i));
  if (entries.location !== undefined) redirect.location = reader.url(entries.location, [...path, 'location'], url, 'relative');
  return redirect;
}

/** What the answer must be: status, body, JSON, headers, redirect and size. */
function readExpectations(reader: ProbeReader, settings: Settings, url: string, followRedirects: boolean): Check['expect'] {
  const { raw, has, where } = settings;
  const redirect = readRedirect(reader, settings, url);
  return {
    status: has('expect-status') ? reader.status(raw['expect-status'], where('expect-status')) : [{ min: 200, max: followRedirects ? 299 : 399 }],
    bodyContains: has('expect-body') ? reader.verbatim(raw['expect-body'], where('expect-body')) : [],
    bodyMatches: has('expect-body-regex')
      ? reader.verbatim(raw['expect-body-regex'], where('expect-body-regex')).map((t) => reader.regex(t, where('expect-body-regex')))
      : [],
    json: has('expect-json') ? reader.jsonAssertions(raw['expect-json'], where('expect-json')) : [],
    headers: has('expect-headers') ? reader.headerAssertions(raw['expect-headers'], where('expect-headers')) : [],
    redirect,
    maxBytes: has('max-size') ? reader.size(raw['max-size'], where('max-size')) : undefined,
  };
}

/** Requests, concurrency and budgets; budgets need enough requests to be judged on. */
function readLatency(reader: ProbeReader, { raw, has, where }: Settings): Check['latency'] {
  const thresholds = has('thresholds') ? reader.thresholds(raw.thresholds, where('thresholds')) : [];
  const minRequests = has('min-requests') ? reader.integer(raw['min-requests'], where('min-requests'), { min: 1, max: 1_000_000 }, '20') : DEFAULT_MIN_REQUESTS;
  const requests = has('requests')
    ? reader.integer(raw.requests, where('requests'), { min: 1, max: 1_000_000 }, '100')
    : thresholds.length > 0
      ? minRequests
      : 1;
  if (thresholds.length > 0 && requests < minRequests) {
    reader.fail(
      where('requests'),
      `${requests} requests are too few for thresholds (${thresholds.map((t) => t.text).join(', ')}); at least ${minRequests} are needed (min-requests)`,
      String(minRequests),
    );
  }
  const concurrency = has('concurrency') ? reader.integer(raw.concurrency, where('concurrency'), { min: 1, max: 1000 }, '10') : Math.min(requests, 10);
  return { requests, concurrency, thresholds, minRequests };
}

/** `expect-version` and where the version is read; the other version keys only apply with it. */
function readVersion(reader: ProbeReader, { raw, has, where }: Settings): Check['version'] {
  if (!has('expect-version')) {
    for (const key of ['version-header', 'version-json-path', 'version-path', 'settle'] as const) {
      if (has(key)) reader.fail(where(key), 'only applies with expect-version', 'expect-version: ${{ github.sha }}');
    }
    return undefined;
  }
  if (has('version-header') && (has('version-json-path') || has('version-path')))
    reader.fail(where('version-header'), 'give either version-header or version-json-path/version-path', 'x-app-version');
  const source: NonNullable<Check['version']>['source'] = {};
  if (has('version-header')) source.header = reader.string(raw['version-header'], where('version-header')).toLowerCase();
  if (has('version-json-path')) {
    source.jsonPath = reader.string(raw['version-json-path'], where('version-json-path'));
    source.compiledJsonPath = reader.jsonPath(source.jsonPath, where('version-json-path'), '$.build.sha');
  }
  if (has('version-path')) {
    source.path = reader.string(raw['version-path'], where('version-path'));
    if (!source.path.startsWith('/')) reader.fail(where('version-path'), `"${source.path}" must start with /`, '/version');
  }
  return {
    expected: reader.string(raw['expect-version'], where('expect-version')).trim(),
    source,
    settle: has('settle') ? reader.integer(raw.settle, where('settle'), { min: 1, max: 100 }, '3') : 3,
    intervalMs: has('settle-interval') ? reader.duration(raw['settle-interval'], where('settle-interval'), '1s') : 500,
  };
}

/** The certificate check: on by default for https URLs; a `ca-file` is read now, relative to the config. */
function readTls(reader: ProbeReader, { raw, has, where }: Settings, url: string): TlsPolicy | undefined {
  const https = url.startsWith('https:');
  const wanted = has('tls') ? reader.boolean(raw.tls, where('tls')) : https;
  if (!wanted && !has('ca-file')) return undefined;
  if (!https && wanted && has('tls')) reader.fail(where('tls'), `${url} is not an https URL`, 'https://example.com/');
  const warnDays = has('tls-warn-days') ? reader.integer(raw['tls-warn-days'], where('tls-warn-days'), { min: 0, max: 3650 }, '30') : 30;
  const failDays = has('tls-fail-days') ? reader.integer(raw['tls-fail-days'], where('tls-fail-days'), { min: 0, max: 3650 }, '7') : 7;
  if (failDays > warnDays) reader.fail(where('tls-fail-days'), `${failDays} is more than tls-warn-days (${warnDays})`, '7');
  const protocol = has('tls-min-protocol') ? reader.string(raw['tls-min-protocol'], where('tls-min-protocol')) : 'TLSv1.2';
  if (protocol !== 'TLSv1.2' && protocol !== 'TLSv1.3') reader.fail(where('tls-min-protocol'), `"${protocol}" is not TLSv1.2 or TLSv1.3`, 'TLSv1.2');
  const tls: TlsPolicy = { warnDays, failDays, minProtocol: protocol };
  if (has('ca-file')) {
    const file = resolve(reader.cwd, reader.string(raw['ca-file'], where('ca-file')));
    try {
      tls.ca = readFileSync(file, 'utf8');
      tls.caFile = file;
    } catch (error) {
      reader.fail(where('ca-file'), `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'certs/ca.pem');
    }
    if (!tls.ca.includes('-----BEGIN CERTIFICATE-----')) reader.fail(where('ca-file'), `${file} holds no PEM certificate`, 'certs/ca.pem');
  }
  return tls;
}

/** `https-redirect`: true (this URL over http) or the http:// URL that must redirect to https. */
function readHttpsRedirect(reader: ProbeReader, { raw, has, where }: Settings, url: string): string | undefined {
  if (!has('https-redirect')) return undefined;
  const value = raw['https-redirect'];
  if (value === false || value === 'false') return undefined;
  if (value === true || value === 'true') {
    const plain = new URL(url);
    plain.protocol = 'http:';
    plain.port = '';
    return plain.href;
  }
  const target = reader.url(value, where('https-redirect'), url, 'relative');
  if (!target.startsWith('http:'))
    reader.fail(where('https-redirect'), `${target} must be an http:// URL (the one that should redirect to https)`, 'http://example.com/');
  return target;
}

/** One check from its own keys over the shared defaults. `where(key)` is the key's path, for errors. */
function normalizeCheck(reader: ProbeReader, raw: Record<string, unknown>, where: (key: string) => KeyPath, base: string | undefined): Check {
  const settings: Settings = { raw, where, has: (key) => raw[key] !== undefined && raw[key] !== null && raw[key] !== '' };
  refuseUnknownKeys(reader, settings);
  const request = readRequest(reader, settings, base);
  const expect = readExpectations(reader, settings, request.url, request.followRedirects);
  const latency = readLatency(reader, settings);
  const version = readVersion(reader, settings);
  const tls = readTls(reader, settings, request.url);
  const httpsRedirect = readHttpsRedirect(reader, settings, request.url);
  const showBody = settings.has('show-body') ? reader.string(raw['show-body'], where('show-body')) : 'auto';
  if (!(SHOW_BODY as readonly string[]).includes(showBody)) reader.fail(where('show-body'), `"${showBody}" is not auto, never or always`, 'never');
  return {
    ...request,
    // An asserted redirect is the answer itself, so it is not followed.
    followRedirects: expect.redirect ? false : request.followRedirects,
    expect,
    waitTimeoutMs: settings.has('wait-timeout') ? reader.duration(raw['wait-timeout'], where('wait-timeout'), '60s') : 0,
    version,
    latency,
    tls,
    httpsRedirect,
    securityHeaders: settings.has('security-headers') ? reader.securityHeaders(raw['security-headers'], where('security-headers')) : undefined,
    showBody: showBody as ShowBody,
  };
}

/** The top level: known keys, base-url, parallel and defaults. */
function readTop(reader: ProbeReader, raw: unknown) {
  const root = reader.expand(raw ?? {}, []);
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return reader.fail([], 'the config must be a map with a checks list', EXAMPLE);
  const config = root as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!(TOP_KEYS as readonly string[]).includes(key))
      reader.fail([key], `"${key}" is not a top-level setting (${TOP_KEYS.join(', ')})${didYouMean(key, [...TOP_KEYS, ...CHECK_KEYS])}`, 'checks');
  }
  if (!Array.isArray(config.checks) || config.checks.length === 0) {
    return reader.fail(
      ['checks'],
      config.checks === undefined ? 'is missing: list at least one check' : 'must be a non-empty list of checks',
      'checks: [{ url: /health }]',
    );
  }
  return {
    base: config['base-url'] === undefined || config['base-url'] === '' ? undefined : reader.url(config['base-url'], ['base-url'], undefined),
    parallel: config.parallel === undefined ? DEFAULT_PARALLEL : reader.integer(config.parallel, ['parallel'], { min: 1, max: 1000 }, '20'),
    defaults: config.defaults === undefined || config.defaults === null ? {} : reader.map(config.defaults, ['defaults'], '{ timeout: 5s }'),
    checks: config.checks as unknown[],
  };
}

/** Names given twice get `#1`, `#2`, so every row of the report can be told apart. */
function numberDuplicateNames(checks: Check[]): void {
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
}

/**
 * Validates a config object (parsed YAML, or the same shape built from inputs) into checks.
 * Throws a ConfigurationError naming the key at the first problem.
 */
export function normalizeConfig(raw: unknown, options: NormalizeOptions = {}): SmokeConfig {
  const reader = new ProbeReader(options);
  const { base, parallel, defaults, checks } = readTop(reader, raw);
  const normalized = checks.map((item, index) => {
    const own = typeof item === 'string' ? { url: item } : reader.map(item, ['checks', index], '{ url: /health }');
    const merged: Record<string, unknown> = { ...defaults, ...own };
    if (defaults.headers !== undefined && own.headers !== undefined) {
      merged.headers = {
        ...reader.headers(defaults.headers, ['defaults', 'headers']),
        ...reader.headers(own.headers, ['checks', index, 'headers']),
      };
    }
    const where = (key: string): KeyPath =>
      key in own || !(key in defaults) ? (typeof item === 'string' ? ['checks', index] : ['checks', index, key]) : ['defaults', key];
    return normalizeCheck(reader, merged, where, base);
  });
  numberDuplicateNames(normalized);
  return { checks: normalized, parallel };
}

/**
 * Checks of `urls`, each with the same settings, as the action's inputs and the CLI's options
 * give them. An error names the setting as `subject(key)` says (the input `expect-json`, the
 * option `--expect-json`); an error in the URL itself names `subject('url')`.
 */
export function urlChecks(
  urls: readonly string[],
  settings: Record<string, unknown>,
  options: Omit<NormalizeOptions, 'locate'> & { subject: (key: string) => string },
): Check[] {
  const locate = (path: KeyPath) => options.subject(typeof path[2] === 'string' ? path[2] : 'url');
  return normalizeConfig({ checks: urls.map((url) => ({ url, ...settings })) }, { ...options, locate }).checks;
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
  const { value, locate } = parseYamlConfig(text, options.file ?? 'smoke-test.yml', EXAMPLE);
  return normalizeConfig(value, { ...options, locate });
}

export interface LoadOptions extends Omit<NormalizeOptions, 'locate'> {
  /** The input or option that named the file, the subject of a missing-file error (default `config`). */
  subject?: string;
}

/**
 * Reads and validates a config file the user named (it must exist; relative to `cwd`);
 * relative `ca-file` paths resolve against its folder.
 */
export function loadConfig(path: string, options: LoadOptions = {}): SmokeConfig {
  const { subject, ...rest } = options;
  const file = readConfigFile(resolve(rest.cwd ?? '.'), path, 'smoke-test.yml', subject);
  return parseConfig(file.text, { ...rest, cwd: dirname(file.path), file: file.name });
}
