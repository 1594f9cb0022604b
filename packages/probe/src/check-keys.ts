// Every setting a check takes, once. A smoke-test.yml entry takes them all; the action has an
// input of the same name for those with `input`, the CLI an option for those with `option`.
// A new setting is one row here (its action input then needs its line in smoke-test/action.yml
// and README.md, which a test holds to the spec). No imports: the action's spec loads this
// before the engine.

export interface CheckKeyInput {
  /** The input's description in action.yml and the README. */
  description: string;
  /** One value per line, each its own entry (like a list in smoke-test.yml). */
  perLine?: boolean;
  /** The accepted values, when the input is a choice, and its default. */
  choices?: readonly string[];
  default?: string;
}

export interface CheckKeyOption {
  /** The flag without `--`, when it is not the key (`--header` for `headers`). */
  flag?: string;
  /** The value's placeholder in --help. */
  value: string;
  help: string;
  /** Repeatable: every value is a list entry, or a `PATH=VALUE` pair of a map. */
  repeat?: 'list' | 'pairs';
}

export interface CheckKey {
  /** The smoke-test action's input for its `url` checks; absent: a config file only. */
  input?: CheckKeyInput;
  /** The `devops-actions smoke` option for URL checks; absent: `--config` only. */
  option?: CheckKeyOption;
}

export const CHECK_SETTINGS = {
  name: {},
  url: {},
  method: {
    input: { description: 'HTTP method for the url checks (default GET).' },
    option: { value: 'METHOD', help: 'request method (default GET)' },
  },
  headers: {
    input: {
      description:
        'Request headers, one "Name: value" per line. Credential headers (Authorization, Cookie, *-Token, *-Key...) and opaque values are masked in the log.',
    },
    option: { flag: 'header', value: '"Name: value"', help: 'a request header (repeatable)', repeat: 'list' },
  },
  body: { input: { description: 'Request body for the url checks.' } },
  timeout: {
    input: { description: 'Per-request timeout, with a unit (default 10s).' },
    option: { value: 'DURATION', help: 'per request (default 10s)' },
  },
  'follow-redirects': { input: { description: 'Follow redirects (default true).' } },
  'max-redirects': {},
  'expect-status': {
    input: { description: 'Accepted statuses: 200, "200, 204", 2xx or 200-299 (default 2xx).' },
    option: { value: 'LIST', help: '200, "200,204", 2xx or 200-299' },
  },
  'expect-body': {
    input: { description: 'Text the body must contain (one per line: all must be there).', perLine: true },
    option: { value: 'TEXT', help: 'text the body must contain (repeatable)', repeat: 'list' },
  },
  'expect-body-regex': { input: { description: 'A regular expression the body must match.' } },
  'expect-json': {
    input: { description: 'JSON path assertions as a YAML map, e.g. {"$.status": ok, "$.db": {exists: true}}.' },
    option: { value: 'PATH=VALUE', help: 'a JSON path and the value it must equal (repeatable)', repeat: 'pairs' },
  },
  'expect-headers': { input: { description: 'Response header assertions, one "Name: value" or "Name: /regex/" per line.' } },
  'expect-redirect': {},
  'max-size': { input: { description: 'Largest accepted response body, e.g. 512kB.' } },
  'wait-timeout': {
    input: {
      description: 'Keep retrying (refused, DNS, timeouts, 5xx) with backoff until the service answers or this time passes, e.g. 60s (default: no waiting).',
    },
    option: { value: 'DURATION', help: 'retry until ready for this long, e.g. 60s' },
  },
  'expect-version': {
    input: { description: 'The build identity the service must report (e.g. the commit SHA), settle times in a row.' },
    option: { value: 'VERSION', help: 'the build the service must report, --settle times in a row' },
  },
  'version-header': {
    input: { description: 'Read the version from this response header.' },
    option: { value: 'NAME', help: 'read the version from this response header' },
  },
  'version-json-path': {
    input: { description: 'Read the version from this JSON path of the body, e.g. $.build.sha.' },
    option: { value: 'PATH', help: 'read the version from this JSON path of the body' },
  },
  'version-path': {
    input: { description: 'Read the version from this path on the same origin, e.g. /version.' },
    option: { value: '/version', help: 'read the version from this path on the same origin' },
  },
  settle: {
    input: { description: 'How many answers in a row must carry expect-version (default 3).' },
    option: { value: 'N', help: 'answers in a row (default 3)' },
  },
  'settle-interval': { input: { description: 'Pause between the settle requests (default 500ms).' } },
  requests: {
    input: { description: 'Requests per check for latency measurement (default 1; 20 when thresholds are given).' },
    option: { value: 'N', help: 'requests per check for latency measurement' },
  },
  concurrency: {
    input: { description: 'Requests in flight at once per check (default up to 10).' },
    option: { value: 'N', help: 'requests in flight at once per check' },
  },
  thresholds: {
    input: { description: 'Latency and error budgets, one per line or comma-separated: p95 < 300ms, error-rate < 1%.' },
    option: { flag: 'threshold', value: 'EXPR', help: 'e.g. "p95 < 300ms" or "error-rate < 1%" (repeatable)', repeat: 'list' },
  },
  'min-requests': { input: { description: 'Fewest requests that thresholds may be judged on (default 20).' } },
  tls: {},
  'tls-warn-days': {
    input: { description: 'Warn when the certificate expires within this many days (default 30).' },
    option: { value: 'N', help: 'warn when the certificate expires within N days (default 30)' },
  },
  'tls-fail-days': {
    input: { description: 'Fail when the certificate expires within this many days (default 7).' },
    option: { value: 'N', help: 'fail when the certificate expires within N days (default 7)' },
  },
  'tls-min-protocol': {},
  'ca-file': {
    input: { description: 'A PEM file of extra CA certificates to trust (e.g. an internal CA).' },
    option: { value: 'FILE', help: 'extra trusted CA certificates (PEM)' },
  },
  'https-redirect': { input: { description: 'true, or an http:// URL, that must redirect to https.' } },
  'security-headers': {
    input: { description: 'off, warn or fail for every rule, or a map: {default: warn, hsts: fail, hsts-min-age: 180d}.' },
    option: { value: 'LEVEL', help: 'off, warn or fail' },
  },
  'show-body': {
    input: {
      description: 'Show a truncated body of failing answers: auto (only when no credentials were sent and it looks safe), never or always.',
      choices: ['auto', 'never', 'always'],
      default: 'auto',
    },
  },
} as const satisfies Record<string, CheckKey>;

export type CheckKeyName = keyof typeof CHECK_SETTINGS;
/** The settings that are action inputs of the same name. */
export type CheckInputName = { [K in CheckKeyName]: (typeof CHECK_SETTINGS)[K] extends { input: CheckKeyInput } ? K : never }[CheckKeyName];

const table: Record<CheckKeyName, CheckKey> = CHECK_SETTINGS;

/** Every key a check takes, in the order of the table. */
export const CHECK_KEYS = Object.keys(table) as readonly CheckKeyName[];

/** The keys with an action input, each with its input. */
export const CHECK_INPUTS = CHECK_KEYS.flatMap((key) => {
  const input = table[key].input;
  return input === undefined ? [] : [{ key: key as CheckInputName, input }];
});

/** The keys with a CLI option, each with its option and flag. */
export const CHECK_OPTIONS = CHECK_KEYS.flatMap((key) => {
  const option = table[key].option;
  return option === undefined ? [] : [{ key, option, flag: option.flag ?? key }];
});
