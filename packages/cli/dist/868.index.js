export const id = 868;
export const ids = [868];
export const modules = {

/***/ 9868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _devops_actions_probe_check_keys__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8443);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8835);
// `devops-actions smoke URL... | --config FILE`: the smoke-test action's checks from a terminal.


const USAGE = `Usage: devops-actions smoke URL... [options]
       devops-actions smoke --config smoke-test.yml [options]

Checks a running service: readiness, status and content, version, latency percentiles
against budgets, TLS certificate and security headers. Needs network access to the URLs.

Check options (for URL checks; the same keys work in smoke-test.yml):
${_devops_actions_probe_check_keys__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_OPTIONS */ .m5.map(({ flag, option }) => `  ${`--${flag} ${option.value}`.padEnd(26)} ${option.help}`).join('\n')}
  --parallel N               checks at a time (default 50)

${_command_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMON_USAGE */ .yo}
Formats: text (default), json (the report shape in CLI.md), markdown.
`;
const OPTIONS = {
    config: { type: 'string' },
    parallel: { type: 'string' },
    ...Object.fromEntries(_devops_actions_probe_check_keys__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_OPTIONS */ .m5.map(({ flag, option }) => [flag, { type: 'string', multiple: option.repeat !== undefined }])),
};
/** `--expect-json '$.status=ok'`: a path and the value it must equal (JSON, else text). */
function pairs(flag, given) {
    return Object.fromEntries(given.map((pair) => {
        const at = pair.indexOf('=');
        if (at <= 0)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--${flag}: "${pair}" is not PATH=VALUE`);
        const text = pair.slice(at + 1);
        try {
            return [pair.slice(0, at), JSON.parse(text)];
        }
        catch {
            return [pair.slice(0, at), text];
        }
    }));
}
/** The URL checks' settings from the check options that were given. */
function checkSettings(values) {
    const settings = {};
    for (const { key, flag, option } of _devops_actions_probe_check_keys__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_OPTIONS */ .m5) {
        const value = values[flag];
        if (value === undefined)
            continue;
        settings[key] = option.repeat === 'pairs' ? pairs(flag, value) : value;
    }
    return settings;
}
/** An error in a URL check names the option it came from, or the URL. */
function optionName(key) {
    if (key === 'url')
        return 'URL';
    return `--${_devops_actions_probe_check_keys__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_OPTIONS */ .m5.find((entry) => entry.key === key)?.flag ?? key}`;
}
const command = {
    name: 'smoke',
    summary: 'Check a running service: readiness, content, version, latency budgets, TLS, security headers',
    usage: USAGE,
    async run(args, context) {
        const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)(args, OPTIONS, true);
        if (values.help) {
            context.stdout(USAGE);
            return _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok;
        }
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFormat */ .KA)(values.format, ['text', 'json', 'markdown']);
        if (positionals.length === 0 && !values.config)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('give one or more URLs or --config FILE (see --help)');
        const cwd = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .workDir */ .Hg)(context, values.cwd);
        if (values.parallel !== undefined && !/^[1-9]\d*$/.test(values.parallel))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--parallel: "${values.parallel}" is not a positive whole number`);
        const probe = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(752), __webpack_require__.e(773)]).then(__webpack_require__.bind(__webpack_require__, 3773));
        const checks = [];
        let parallel = values.parallel === undefined ? undefined : Number(values.parallel);
        if (values.config) {
            const loaded = probe.loadConfig(values.config, { cwd, env: context.env, subject: '--config' });
            checks.push(...loaded.checks);
            parallel ??= loaded.parallel;
        }
        if (positionals.length > 0)
            checks.push(...probe.urlChecks(positionals, checkSettings(values), { cwd, env: context.env, subject: optionName }));
        const report = await probe.runChecks(checks, {
            parallel,
            onResult: (result, done, total) => {
                if (!values.quiet && format === 'text' && !values.output && total > 1)
                    context.stderr(`${probe.toProgress(result, done, total, { details: false })}\n`);
            },
        });
        const text = format === 'json' ? JSON.stringify(probe.toJson(report), null, 2) + '\n' : format === 'markdown' ? probe.toMarkdown(report) : probe.toText(report);
        (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .emitReport */ .Kk)(context, { cwd, output: values.output, quiet: values.quiet, format }, text);
        return report.passed ? _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.findings;
    },
};


/***/ }),

/***/ 8443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ CHECK_INPUTS),
/* harmony export */   KO: () => (/* binding */ CHECK_KEYS),
/* harmony export */   TB: () => (/* binding */ CHECK_SETTINGS),
/* harmony export */   m5: () => (/* binding */ CHECK_OPTIONS)
/* harmony export */ });
// Every setting a check takes, once. A smoke-test.yml entry takes them all; the action has an
// input of the same name for those with `input`, the CLI an option for those with `option`.
// A new setting is one row here (its action input then needs its line in smoke-test/action.yml
// and README.md, which a test holds to the spec). No imports: the action's spec loads this
// before the engine.
const CHECK_SETTINGS = {
    name: {},
    url: {},
    method: {
        input: { description: 'HTTP method for the url checks (default GET).' },
        option: { value: 'METHOD', help: 'request method (default GET)' },
    },
    headers: {
        input: {
            description: 'Request headers, one "Name: value" per line. Credential headers (Authorization, Cookie, *-Token, *-Key...) and opaque values are masked in the log.',
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
};
const table = CHECK_SETTINGS;
/** Every key a check takes, in the order of the table. */
const CHECK_KEYS = Object.keys(table);
/** The keys with an action input, each with its input. */
const CHECK_INPUTS = CHECK_KEYS.flatMap((key) => {
    const input = table[key].input;
    return input === undefined ? [] : [{ key: key, input }];
});
/** The keys with a CLI option, each with its option and flag. */
const CHECK_OPTIONS = CHECK_KEYS.flatMap((key) => {
    const option = table[key].option;
    return option === undefined ? [] : [{ key, option, flag: option.flag ?? key }];
});


/***/ })

};
