export const id = 910;
export const ids = [910];
export const modules = {

/***/ 2910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8835);
// `devops-actions quality-gate`: the gate's verdict on the local checkout, against a base ref.


const USAGE = `Usage: devops-actions quality-gate --coverage GLOB [--tests GLOB] [--findings GLOB] [--base REF] [options]

Reads coverage, test and findings reports (recognised by content, several of a kind merged), maps
them onto the checkout and onto the changes since the merge base with REF, and decides the gate.

Options:
  --coverage GLOB            coverage reports (LCOV, Cobertura, Clover, JaCoCo, Istanbul JSON, Go); repeatable
  --tests GLOB               JUnit XML test reports; repeatable
  --findings GLOB            SARIF, ESLint JSON or checkstyle reports; repeatable
  --metrics GLOB             {name, value} JSON metric files; repeatable
  --metric-threshold RULE    e.g. "bundle-size <= 250000"; repeatable
  --base REF                 compare with the merge base of REF and HEAD (e.g. origin/main)
  --patch-coverage PCT       minimum patch coverage (default 80%)
  --min-changed-lines N      patch coverage is neutral below N coverable changed lines (default 5)
  --project-coverage PCT     minimum project coverage (default: none)
  --coverage-delta-tolerance PCT  allowed drop against the base baseline (default 0.5%)
  --strip-prefix PREFIX      remove PREFIX from report paths; repeatable
  --baseline-dir DIR         read base baselines from DIR (and write with --save-baseline)
  --save-baseline            save this commit's baseline into --baseline-dir
  --if-no-reports MODE       error (default) or neutral when a pattern matches no file
${_command_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMON_USAGE */ .yo}

Percentages are written with a % sign: 80%, 0.5%.
Formats: text (default), json, markdown (the pull request comment). Exit codes: 0 passed, 1 failed gate, 2 usage or configuration error.
`;
const command = {
    name: 'quality-gate',
    summary: 'Coverage, tests and findings of the changes since a base: one verdict',
    usage: USAGE,
    async run(args, context) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)(args, {
            coverage: { type: 'string', multiple: true },
            tests: { type: 'string', multiple: true },
            findings: { type: 'string', multiple: true },
            metrics: { type: 'string', multiple: true },
            'metric-threshold': { type: 'string', multiple: true },
            base: { type: 'string' },
            'patch-coverage': { type: 'string' },
            'min-changed-lines': { type: 'string' },
            'project-coverage': { type: 'string' },
            'coverage-delta-tolerance': { type: 'string' },
            'strip-prefix': { type: 'string', multiple: true },
            'baseline-dir': { type: 'string' },
            'save-baseline': { type: 'boolean' },
            'if-no-reports': { type: 'string' },
        });
        if (values.help) {
            context.stdout(USAGE);
            return _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok;
        }
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFormat */ .KA)(values.format, ['text', 'json', 'markdown']);
        const coverage = values.coverage ?? [];
        const tests = values.tests ?? [];
        const findings = values.findings ?? [];
        const metrics = values.metrics ?? [];
        if (coverage.length + tests.length + findings.length + metrics.length === 0) {
            throw new _command_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--coverage: give at least one report pattern (--coverage, --tests, --findings or --metrics), e.g. --coverage coverage/lcov.info');
        }
        const ifNoReports = values['if-no-reports'] ?? 'error';
        if (ifNoReports !== 'error' && ifNoReports !== 'neutral')
            throw new _command_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--if-no-reports: "${ifNoReports}" is not one of error, neutral`);
        let minChangedLines = 5;
        if (values['min-changed-lines'] !== undefined) {
            if (!/^\d+$/.test(values['min-changed-lines']))
                throw new _command_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--min-changed-lines: "${values['min-changed-lines']}" is not a whole number (for example: 5)`);
            minChangedLines = Number(values['min-changed-lines']);
        }
        if (values['save-baseline'] && !values['baseline-dir'])
            throw new _command_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--save-baseline: needs --baseline-dir DIR to save into');
        const engine = await Promise.all(/* import() */[__webpack_require__.e(608), __webpack_require__.e(264)]).then(__webpack_require__.bind(__webpack_require__, 3264));
        const cwd = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .workDir */ .Hg)(context, values.cwd);
        const store = values['baseline-dir'] ? new engine.DirectoryBaselineStore((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, values['baseline-dir'])) : undefined;
        const result = await engine.runGate({
            cwd,
            env: context.env,
            coverage,
            tests,
            findings,
            metrics,
            stripPrefixes: values['strip-prefix'] ?? [],
            ifNoReports,
            base: values.base ? { ref: values.base } : undefined,
            baselineStore: store,
            log: values.quiet ? () => undefined : (message) => context.stderr(`${message}\n`),
            config: {
                ...engine.DEFAULT_CONFIG,
                patchCoverage: { level: 'error', min: engine.parsePercent('--patch-coverage', values['patch-coverage'] ?? '80%'), minChangedLines },
                projectCoverage: {
                    level: 'error',
                    min: values['project-coverage'] === undefined ? undefined : engine.parsePercent('--project-coverage', values['project-coverage']),
                },
                coverageDelta: { level: 'warning', tolerance: engine.parsePercent('--coverage-delta-tolerance', values['coverage-delta-tolerance'] ?? '0.5%') },
                metrics: { level: 'error', thresholds: (values['metric-threshold'] ?? []).map((rule) => engine.parseMetricThreshold('--metric-threshold', rule)) },
            },
        });
        if (values['save-baseline'] && store)
            await store.save(result.baseline);
        const text = format === 'json' ? `${JSON.stringify(engine.toJson(result), null, 2)}\n` : format === 'markdown' ? engine.toMarkdown(result) : engine.toText(result);
        (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .emitReport */ .Kk)(context, { cwd, output: values.output, quiet: values.quiet, format }, text);
        return result.passed ? _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.findings;
    },
};


/***/ })

};
