export const id = 567;
export const ids = [567];
export const modules = {

/***/ 2567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _devops_actions_secrets_fail_on__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4967);
/* harmony import */ var _devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5312);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8835);
// `devops-actions secret-scan`: the secret-scan engine on a local checkout.





const usage = `Usage: devops-actions secret-scan [--tree | --staged | --range A..B | --history] [options]
       devops-actions secret-scan baseline [--tree | --history] [--output FILE]

Finds committed credentials. With no mode, scans the working tree (tracked and untracked
files, honouring .gitignore).

Modes:
  --tree             the working tree (default)
  --staged           the index: what the next commit would add (for a pre-commit hook)
  --range A..B       every commit in A..B (added lines; removed ones are reported if still in history)
  --history          all refs, full history
  --since DATE|REF   with --history: only commits after a date (2026-01-31) or a ref

Options:
  --config FILE      the config file (default: .secret-scan.yml when it exists)
  --baseline FILE    known findings to leave out (default: .secret-scan-baseline.json when it exists)
  --fail-on LEVEL    high, medium, low or none (default: the config's fail-on, else medium)
  --max-file-size N  skip files larger than N bytes (default 1048576)
  --format FORMAT    text (default), json or sarif

\`baseline\` writes the findings of a tree (or --history) scan to .secret-scan-baseline.json
(or --output), sorted and without timestamps, so that they are no longer reported.

${_command_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMON_USAGE */ .yo}

Exit codes: 0 nothing at or above fail-on, 1 findings, 2 usage or configuration error.
`;
const command = {
    name: 'secret-scan',
    summary: 'Find committed credentials in the working tree, the index, a range or the history',
    usage,
    async run(args, ctx) {
        const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)(args, {
            tree: { type: 'boolean' },
            staged: { type: 'boolean' },
            range: { type: 'string' },
            history: { type: 'boolean' },
            since: { type: 'string' },
            config: { type: 'string' },
            baseline: { type: 'string' },
            'fail-on': { type: 'string' },
            'max-file-size': { type: 'string' },
        }, true);
        if (values.help) {
            ctx.stdout(usage);
            return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
        }
        const [sub, ...extra] = positionals;
        if (extra.length > 0 || (sub !== undefined && sub !== 'baseline'))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unexpected argument "${sub ?? ''}"; the only sub-command is \`baseline\``);
        const modes = [values.tree, values.staged, values.range !== undefined, values.history].filter(Boolean).length;
        if (modes > 1)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('give one of --tree, --staged, --range A..B or --history');
        if (values.since !== undefined && !values.history)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--since goes with --history');
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .checkFormat */ .KA)(values.format, ['text', 'json', 'sarif']);
        const failOn = values['fail-on'] === undefined ? undefined : (0,_devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_2__/* .parseEnum */ .nL)('--fail-on', values['fail-on'], _devops_actions_secrets_fail_on__WEBPACK_IMPORTED_MODULE_4__/* .FAIL_ON */ .d);
        const maxFileSize = values['max-file-size'] === undefined ? undefined : Number(values['max-file-size']);
        if (maxFileSize !== undefined && (!Number.isInteger(maxFileSize) || maxFileSize < 1))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--max-file-size: give a number of bytes, e.g. 1048576');
        let base;
        let head;
        if (values.range !== undefined) {
            const m = /^(.+?)\.\.(\.)?(.+)$/.exec(values.range);
            if (!m || m[2])
                throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--range: "${values.range}" is not A..B`);
            base = m[1];
            head = m[3];
        }
        const cwd = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .workDir */ .Hg)(ctx, values.cwd);
        const mode = values.staged ? 'staged' : values.range !== undefined ? 'range' : values.history ? 'history' : 'tree';
        if (sub === 'baseline' && (mode === 'staged' || mode === 'range'))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('a baseline is made from a --tree (default) or --history scan');
        const engine = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(388), __webpack_require__.e(723), __webpack_require__.e(823)]).then(__webpack_require__.bind(__webpack_require__, 6823));
        const config = engine.loadConfig(cwd, values.config);
        const baselinePath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, values.baseline ?? engine.BASELINE_FILE);
        const result = await engine.scan({
            cwd,
            env: ctx.env,
            mode,
            base,
            head,
            since: values.since,
            config,
            baseline: sub === 'baseline' ? undefined : engine.readBaseline(baselinePath, values.baseline ?? engine.BASELINE_FILE),
            failOn,
            maxFileSize,
            fetch: false,
            suppressionSources: { config: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, values.config ?? engine.CONFIG_FILE)), baseline: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, baselinePath) },
            log: values.quiet ? undefined : (line) => ctx.stderr(`${line}\n`),
        });
        if (sub === 'baseline') {
            const entries = [...result.findings, ...result.suppressed.map((s) => s.finding)].map((f) => ({ fingerprint: f.fingerprint, rule: f.rule, file: f.file }));
            const out = values.output === undefined ? baselinePath : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, values.output);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(out, engine.formatBaseline(entries));
            if (!values.quiet)
                ctx.stdout(`Wrote ${entries.length} finding${entries.length === 1 ? '' : 's'} to ${out}.\n${engine.scannedSentence(result)}\n`);
            return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
        }
        const text = format === 'json'
            ? JSON.stringify(engine.toJson(result), null, 2) + '\n'
            : format === 'sarif'
                ? JSON.stringify(engine.toSarif(result, { version: '1.0.0' }), null, 2) + '\n'
                : engine.toText(result);
        (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .emitReport */ .Kk)(ctx, { cwd, output: values.output, quiet: values.quiet, format }, text);
        return result.failed ? _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.findings : _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    },
};


/***/ }),

/***/ 4967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ FAIL_ON)
/* harmony export */ });
const FAIL_ON = ['high', 'medium', 'low', 'none'];


/***/ })

};
