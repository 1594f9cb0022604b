// The probe engine: HTTP checks for smoke tests and for the deploy action's pre-traffic,
// settle and analysis steps. Plain TypeScript, no @actions/* and no process.env.
//
//   const { checks, parallel } = loadConfig('smoke-test.yml', { cwd, env });
//   const report = await runChecks(checks, { parallel });
//   toText(report), toMarkdown(report), toJson(report)        -> the report in each shape (report.ts)
//   const check = defineCheck({ url, 'expect-version': sha, 'version-header': 'x-app-version' });
//
// Single routines, for callers that compose their own flow:
//   waitUntilReady(check, { timeoutMs })                     -> ReadyResult
//   settle(check, { expectVersion, times, timeoutMs })       -> SettleResult
//   measureLatency(check, { requests, concurrency })          -> LatencyResult
//   evaluateThresholds(latency, check.latency.thresholds)     -> ThresholdResult[]
//   checkTls(url, { warnDays, failDays, ca })                 -> TlsResult
//   checkSecurityHeaders(response.headers, policy)            -> SecurityHeadersResult
//   checkHttpsRedirect(httpUrl)                               -> RedirectCheckResult
// Each takes an optional `clock` and `signal` (see clock.ts) and, where it makes requests,
// a shared `client` from createHttpClient().
export * from './types.ts';
export { systemClock, backoffDelay, type Clock, type RunContext } from './clock.ts';
export {
  createHttpClient,
  RequestError,
  classifyError,
  type HttpClient,
  type HttpClientOptions,
  type HttpRequest,
  type HttpResponse,
  type RequestErrorKind,
} from './http.ts';
export { compileJsonPath, evaluateJsonPath, JsonPathError, type JsonPath } from '@devops-actions/toolkit/jsonpath';
export { assertResponse, describeStatuses, statusAccepted, couldHoldSecrets, excerpt } from './assert.ts';
export { waitUntilReady, settle, readVersion, versionMatches, type WaitOptions, type SettleOptions } from './ready.ts';
export { measureLatency, evaluateThresholds, percentile, summarize, type MeasureOptions } from './latency.ts';
export { checkTls, type TlsOptions } from './tls.ts';
export { checkSecurityHeaders, securityPolicy, DEFAULT_HSTS_MIN_AGE } from './security-headers.ts';
export { runCheck, runChecks, checkHttpsRedirect, mapBounded, type RunOptions } from './run.ts';
export {
  defineCheck,
  normalizeConfig,
  urlChecks,
  parseConfig,
  loadConfig,
  DEFAULT_PARALLEL,
  DEFAULT_MIN_REQUESTS,
  type LoadOptions,
  type SmokeConfig,
  type KeyPath,
} from './config.ts';
export { substitute, type NormalizeOptions } from './reader.ts';
export {
  CHECK_SETTINGS,
  CHECK_KEYS,
  CHECK_INPUTS,
  CHECK_OPTIONS,
  type CheckKey,
  type CheckKeyInput,
  type CheckKeyOption,
  type CheckKeyName,
  type CheckInputName,
} from './check-keys.ts';
export {
  toJson,
  toText,
  toMarkdown,
  toProgress,
  toAnnotations,
  headline,
  counts,
  worstP95,
  type JsonReport,
  type JsonCheck,
  type MarkdownOptions,
} from './report.ts';
