// The probe's vocabulary: a normalised check (what to request and what to expect) and
// the typed results every routine returns. Front ends (the smoke-test action, the deploy
// action, the CLI) build checks with `normalizeConfig`/`loadConfig` and render results.
import type { JsonPath } from '@devops-actions/toolkit/jsonpath';

export type Level = 'off' | 'warn' | 'fail';

/** An inclusive range of accepted status codes; an exact code is a range of one. */
export interface StatusRange {
  min: number;
  max: number;
}

export interface JsonAssertion {
  /** The path as written, e.g. `$.data.items[0].id`. */
  path: string;
  compiled: JsonPath;
  /** Present: the value must equal this (deep equality). */
  equals?: unknown;
  /** Present: the path must (true) or must not (false) resolve. */
  exists?: boolean;
}

export interface HeaderAssertion {
  /** Lower-case header name. */
  name: string;
  equals?: string;
  matches?: RegExp;
  exists?: boolean;
}

export interface RedirectAssertion {
  /** Accepted redirect statuses; defaults to 301, 302, 303, 307, 308. */
  status?: number[];
  /** The Location the redirect must point at (resolved against the request URL). */
  location?: string;
}

export interface Expectations {
  status: StatusRange[];
  bodyContains: string[];
  bodyMatches: RegExp[];
  json: JsonAssertion[];
  headers: HeaderAssertion[];
  redirect?: RedirectAssertion;
  /** Largest accepted body in bytes. */
  maxBytes?: number;
}

/** Where the running build's identity is read from. */
export interface VersionSource {
  /** A response header, e.g. `x-app-version`. */
  header?: string;
  /** A JSON path into the response body, e.g. `$.build.sha`. */
  jsonPath?: string;
  compiledJsonPath?: JsonPath;
  /** A separate path on the same origin, e.g. `/version` (its body, or `jsonPath` into it). */
  path?: string;
}

export interface VersionExpectation {
  expected: string;
  source: VersionSource;
  /** How many answers in a row must carry the expected version. */
  settle: number;
  /** Pause between settle requests. */
  intervalMs: number;
}

export type Metric = 'p50' | 'p90' | 'p95' | 'p99' | 'max' | 'avg' | 'error-rate';

export interface Threshold {
  /** As written, e.g. `p95 < 300ms`. */
  text: string;
  metric: Metric;
  op: '<' | '<=' | '>' | '>=';
  /** Milliseconds for latency metrics, a fraction (0.01 = 1 %) for error-rate. */
  value: number;
}

export interface LatencyPlan {
  requests: number;
  concurrency: number;
  thresholds: Threshold[];
  minRequests: number;
}

export interface TlsPolicy {
  warnDays: number;
  failDays: number;
  /** Extra trusted CA certificates (PEM), added to the system roots. */
  ca?: string;
  caFile?: string;
  minProtocol: 'TLSv1.2' | 'TLSv1.3';
}

export interface SecurityHeaderPolicy {
  hsts: Level;
  /** Smallest accepted HSTS max-age, in seconds. */
  hstsMinAgeSeconds: number;
  csp: Level;
  contentTypeOptions: Level;
  frameProtection: Level;
  referrerPolicy: Level;
  versionLeak: Level;
}

export type ShowBody = 'auto' | 'never' | 'always';

/** One fully validated check. Build it with `defineCheck`, `normalizeConfig` or `loadConfig`. */
export interface Check {
  name: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  followRedirects: boolean;
  maxRedirects: number;
  expect: Expectations;
  /** 0: no waiting, the first answer counts. */
  waitTimeoutMs: number;
  version?: VersionExpectation;
  latency: LatencyPlan;
  /** Present: check the certificate (on by default for https URLs). */
  tls?: TlsPolicy;
  /** Present: this http:// URL must redirect to https://. */
  httpsRedirect?: string;
  securityHeaders?: SecurityHeaderPolicy;
  showBody: ShowBody;
}

export interface Percentiles {
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
}

export type Outcome = 'passed' | 'warning' | 'failed';

export interface ReadyResult {
  ready: boolean;
  attempts: number;
  elapsedMs: number;
  /** Status of the last answer, if any came. */
  lastStatus?: number;
  /** The last reason for "not yet", in words. */
  lastError?: string;
}

export interface SettleResult {
  settled: boolean;
  /** Matching answers in a row at the end. */
  consecutive: number;
  attempts: number;
  elapsedMs: number;
  /** Distinct versions seen, in order of first sight. */
  seen: string[];
  lastVersion?: string;
  lastError?: string;
}

export interface LatencyResult {
  requests: number;
  /** Requests that got an answer (any status). */
  answered: number;
  /** Requests that failed: no answer, or an answer that broke an assertion. */
  errors: number;
  errorRate: number;
  latencyMs: Percentiles;
  avgMs: number;
  /** Failure messages with how many requests each affected. */
  failures: { message: string; count: number }[];
  statusCounts: Record<string, number>;
  elapsedMs: number;
}

export interface ThresholdResult {
  threshold: string;
  passed: boolean;
  actual: number;
  message: string;
}

export interface TlsResult {
  host: string;
  port: number;
  protocol?: string;
  daysLeft?: number;
  validFrom?: string;
  validTo?: string;
  subject?: string;
  issuer?: string;
  trusted: boolean;
  trustError?: string;
  hostnameMatches: boolean;
  hostnameError?: string;
  outcome: Outcome;
  failures: string[];
  warnings: string[];
}

export interface SecurityHeaderFinding {
  rule: keyof Omit<SecurityHeaderPolicy, 'hstsMinAgeSeconds'>;
  level: 'warn' | 'fail';
  message: string;
}

export interface SecurityHeadersResult {
  outcome: Outcome;
  findings: SecurityHeaderFinding[];
}

export interface RedirectCheckResult {
  passed: boolean;
  status?: number;
  location?: string;
  message?: string;
}

export interface CheckResult {
  name: string;
  url: string;
  method: string;
  passed: boolean;
  outcome: Outcome;
  /** The status of the first measured answer. */
  status?: number;
  latencyMs: Percentiles;
  errorRate: number;
  requests: number;
  elapsedMs: number;
  ready?: ReadyResult;
  version?: SettleResult & { expected: string };
  thresholds: ThresholdResult[];
  tls?: TlsResult;
  httpsRedirect?: RedirectCheckResult;
  securityHeaders?: SecurityHeadersResult;
  /** What went wrong, in words. Empty when the check passed. */
  failures: string[];
  warnings: string[];
  /** A truncated excerpt of a failing answer's body, only where it is safe to show. */
  bodyExcerpt?: string;
}

export interface SmokeReport {
  passed: boolean;
  checks: CheckResult[];
  elapsedMs: number;
}
