import { defineAction, input } from '@devops-actions/toolkit/runner';

// Most check settings are read as text and validated by the probe engine, so that an input
// and the same key in smoke-test.yml are held to one set of rules and named the same way.
export const spec = defineAction({
  name: 'smoke-test',
  description: 'Verify a deployed service for real: readiness, content, version, latency percentiles, TLS and security headers.',
  inputs: {
    url: input.list({ description: 'URLs to check, one per line. Empty on a deployment_status event: the deployment’s environment_url is used.' }),
    config: input.optional({
      description: 'A smoke-test.yml with many checks, shared defaults and environment variable substitution (path relative to the workspace).',
    }),
    method: input.optional({ description: 'HTTP method for the url checks (default GET).' }),
    headers: input.optional({
      description:
        'Request headers, one "Name: value" per line. Credential headers (Authorization, Cookie, *-Token, *-Key...) and opaque values are masked in the log.',
      // Masked selectively by the entry (credential headers only), not whole lines.
    }),
    body: input.optional({ description: 'Request body for the url checks.' }),
    timeout: input.optional({ description: 'Per-request timeout, with a unit (default 10s).' }),
    'follow-redirects': input.optional({ description: 'Follow redirects (default true).' }),
    'expect-status': input.optional({ description: 'Accepted statuses: 200, "200, 204", 2xx or 200-299 (default 2xx).' }),
    'expect-body': input.optional({ description: 'Text the body must contain (one per line: all must be there).' }),
    'expect-body-regex': input.optional({ description: 'A regular expression the body must match.' }),
    'expect-json': input.optional({ description: 'JSON path assertions as a YAML map, e.g. {"$.status": ok, "$.db": {exists: true}}.' }),
    'expect-headers': input.optional({ description: 'Response header assertions, one "Name: value" or "Name: /regex/" per line.' }),
    'max-size': input.optional({ description: 'Largest accepted response body, e.g. 512kB.' }),
    'wait-timeout': input.optional({
      description: 'Keep retrying (refused, DNS, timeouts, 5xx) with backoff until the service answers or this time passes, e.g. 60s (default: no waiting).',
    }),
    'expect-version': input.optional({ description: 'The build identity the service must report (e.g. the commit SHA), settle times in a row.' }),
    'version-header': input.optional({ description: 'Read the version from this response header.' }),
    'version-json-path': input.optional({ description: 'Read the version from this JSON path of the body, e.g. $.build.sha.' }),
    'version-path': input.optional({ description: 'Read the version from this path on the same origin, e.g. /version.' }),
    settle: input.optional({ description: 'How many answers in a row must carry expect-version (default 3).' }),
    'settle-interval': input.optional({ description: 'Pause between the settle requests (default 500ms).' }),
    requests: input.optional({ description: 'Requests per check for latency measurement (default 1; 20 when thresholds are given).' }),
    concurrency: input.optional({ description: 'Requests in flight at once per check (default up to 10).' }),
    thresholds: input.optional({ description: 'Latency and error budgets, one per line or comma-separated: p95 < 300ms, error-rate < 1%.' }),
    'min-requests': input.optional({ description: 'Fewest requests that thresholds may be judged on (default 20).' }),
    'tls-warn-days': input.optional({ description: 'Warn when the certificate expires within this many days (default 30).' }),
    'tls-fail-days': input.optional({ description: 'Fail when the certificate expires within this many days (default 7).' }),
    'ca-file': input.optional({ description: 'A PEM file of extra CA certificates to trust (e.g. an internal CA).' }),
    'https-redirect': input.optional({ description: 'true, or an http:// URL, that must redirect to https.' }),
    'security-headers': input.optional({ description: 'off, warn or fail for every rule, or a map: {default: warn, hsts: fail, hsts-min-age: 180d}.' }),
    'show-body': input.enum(['auto', 'never', 'always'] as const, {
      description: 'Show a truncated body of failing answers: auto (only when no credentials were sent and it looks safe), never or always.',
      default: 'auto',
    }),
    parallel: input.integer({ description: 'Checks run at a time.', default: '50', min: 1, max: 1000 }),
    comment: input.boolean({ description: 'Post or update one sticky comment with the report on the pull request.', default: 'false' }),
    'github-token': input.string({ description: 'Token for the pull request comment.', default: '${{ github.token }}', secret: true }),
    'report-file': input.optional({ description: 'Where to write the JSON report (default: smoke-test-report.json in RUNNER_TEMP).' }),
  },
  outputs: {
    passed: 'true when every check passed (warnings allowed), else false.',
    'failed-checks': 'The names of the failed checks, as a JSON array.',
    'report-file': 'Path of the JSON report.',
    'p95-ms': 'The highest p95 latency among the checks, in milliseconds.',
  },
});
