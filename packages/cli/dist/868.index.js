export const id = 868;
export const ids = [868];
export const modules = {

/***/ 9868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8835);
// `devops-actions smoke URL... | --config FILE`: the smoke-test action's checks from a terminal.



const USAGE = `Usage: devops-actions smoke URL... [options]
       devops-actions smoke --config smoke-test.yml [options]

Checks a running service: readiness, status and content, version, latency percentiles
against budgets, TLS certificate and security headers. Needs network access to the URLs.

Check options (for URL checks; the same keys work in smoke-test.yml):
  --method METHOD            request method (default GET)
  --header "Name: value"     a request header (repeatable)
  --expect-status LIST       200, "200,204", 2xx or 200-299
  --expect-body TEXT         text the body must contain (repeatable)
  --expect-json PATH=VALUE   a JSON path and the value it must equal (repeatable)
  --wait-timeout DURATION    retry until ready for this long, e.g. 60s
  --expect-version VERSION   the build the service must report, --settle times in a row
  --version-header NAME | --version-json-path PATH | --version-path /version
  --settle N                 answers in a row (default 3)
  --requests N --concurrency N
  --threshold EXPR           e.g. "p95 < 300ms" or "error-rate < 1%" (repeatable)
  --timeout DURATION         per request (default 10s)
  --ca-file FILE             extra trusted CA certificates (PEM)
  --tls-warn-days N --tls-fail-days N
  --security-headers LEVEL   off, warn or fail
  --parallel N               checks at a time (default 50)

${_command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMON_USAGE */ .yo}
Formats: text (default), json (the report shape in CLI.md), markdown.
`;
const OPTIONS = {
    config: { type: 'string' },
    method: { type: 'string' },
    header: { type: 'string', multiple: true },
    'expect-status': { type: 'string' },
    'expect-body': { type: 'string', multiple: true },
    'expect-json': { type: 'string', multiple: true },
    'wait-timeout': { type: 'string' },
    'expect-version': { type: 'string' },
    'version-header': { type: 'string' },
    'version-json-path': { type: 'string' },
    'version-path': { type: 'string' },
    settle: { type: 'string' },
    requests: { type: 'string' },
    concurrency: { type: 'string' },
    threshold: { type: 'string', multiple: true },
    timeout: { type: 'string' },
    'ca-file': { type: 'string' },
    'tls-warn-days': { type: 'string' },
    'tls-fail-days': { type: 'string' },
    'security-headers': { type: 'string' },
    parallel: { type: 'string' },
};
const command = {
    name: 'smoke',
    summary: 'Check a running service: readiness, content, version, latency budgets, TLS, security headers',
    usage: USAGE,
    async run(args, context) {
        const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)(args, OPTIONS, true);
        if (values.help) {
            context.stdout(USAGE);
            return _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
        }
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFormat */ .KA)(values.format, ['text', 'json', 'markdown']);
        if (positionals.length === 0 && !values.config)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('give one or more URLs or --config FILE (see --help)');
        const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, values.cwd ?? '.');
        if (values.parallel !== undefined && !/^[1-9]\d*$/.test(values.parallel))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--parallel: "${values.parallel}" is not a positive whole number`);
        const probe = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(752), __webpack_require__.e(633)]).then(__webpack_require__.bind(__webpack_require__, 9633));
        const checks = [];
        let parallel = values.parallel === undefined ? undefined : Number(values.parallel);
        if (values.config) {
            const config = probe.loadConfig(values.config, { cwd, env: context.env, displayPath: values.config });
            checks.push(...config.checks);
            parallel ??= config.parallel;
        }
        if (positionals.length > 0) {
            const settings = {};
            const copy = [
                'method',
                'expect-status',
                'wait-timeout',
                'expect-version',
                'version-header',
                'version-json-path',
                'version-path',
                'settle',
                'requests',
                'concurrency',
                'timeout',
                'ca-file',
                'tls-warn-days',
                'tls-fail-days',
                'security-headers',
            ];
            for (const key of copy)
                if (values[key] !== undefined)
                    settings[key] = values[key];
            if (values.header)
                settings.headers = values.header;
            if (values['expect-body'])
                settings['expect-body'] = values['expect-body'];
            if (values.threshold)
                settings.thresholds = values.threshold;
            if (values['expect-json']) {
                settings['expect-json'] = Object.fromEntries(values['expect-json'].map((pair) => {
                    const at = pair.indexOf('=');
                    if (at <= 0)
                        throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--expect-json: "${pair}" is not PATH=VALUE`);
                    const raw = pair.slice(at + 1);
                    let value = raw;
                    try {
                        value = JSON.parse(raw);
                    }
                    catch {
                        // plain text
                    }
                    return [pair.slice(0, at), value];
                }));
            }
            const optionName = (path) => {
                const key = path[0] === 'checks' ? path[2] : path[0];
                const flag = key === 'headers' ? 'header' : key === 'thresholds' ? 'threshold' : key;
                return typeof flag === 'string' && flag !== 'url' ? `--${flag}` : 'URL';
            };
            checks.push(...probe.normalizeConfig({ checks: positionals.map((url) => ({ url, ...settings })) }, { cwd, env: context.env, locate: optionName }).checks);
        }
        const report = await probe.runChecks(checks, {
            parallel,
            onResult: (result, done, total) => {
                if (!values.quiet && format === 'text' && !values.output && total > 1)
                    context.stderr(`[${done}/${total}] ${result.outcome} ${result.name}\n`);
            },
        });
        const text = format === 'json'
            ? JSON.stringify(probe.toJsonReport(report), null, 2) + '\n'
            : format === 'markdown'
                ? probe.renderMarkdown(report)
                : probe.renderText(report);
        if (values.output)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, values.output), text);
        else if (!values.quiet || !report.passed)
            context.stdout(text);
        return report.passed ? _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.findings;
    },
};


/***/ })

};
