export const id = 552;
export const ids = [552];
export const modules = {

/***/ 5552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5312);
/* harmony import */ var _devops_actions_migrations_vocabulary__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6571);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8835);
// `devops-actions migration-check`: lint PostgreSQL migrations with the real parser.




const usage = `Usage: devops-actions migration-check [DIR] [options]

Lints the PostgreSQL migrations in DIR (default: path in .migration-check.yml, else the first
usual folder: migrations, db/migrations, prisma/migrations, ...; else the current directory) with the real
PostgreSQL parser: locking, rewrites, destructive statements, transactions, style.

Options:
  --base REF         lint only the migrations added since the merge base with REF; flag edited merged ones
                     (a shallow clone is deepened from its remote until the merge base is there)
  --layout NAME      ${_devops_actions_migrations_vocabulary__WEBPACK_IMPORTED_MODULE_2__/* .LAYOUTS */ .my.join(', ')} (default: detected)
  --assume-lock-timeout   lock_timeout is set on the migration role
  --disable RULES    comma-separated rule ids to switch off
  --no-style         switch off the style notices (prefer-*, ban-char-type)
  --verify           prove the migrations on embedded PostgreSQL 18 (PGlite): apply, trace locks
                     and rewrites, round-trip up -> down -> up
  --format FORMAT    text (default), json, sarif or markdown (the action's summary)

Acknowledge an intended statement with "-- migration-check:ignore <rule> <reason>" on the
line above it; mark a file the runner does not wrap with "-- migration-check: transaction=none".

${_command_js__WEBPACK_IMPORTED_MODULE_3__/* .COMMON_USAGE */ .yo}

Exit codes: 0 no error findings, 1 error findings, 2 usage or configuration error.
`;
/** The command fails on errors, as the action does by default. */
const FAILS_ON = 'error';
const command = {
    name: 'migration-check',
    summary: 'Lint PostgreSQL migrations with the real parser: locks, rewrites, destructive statements',
    usage,
    async run(args, ctx) {
        const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)(args, {
            base: { type: 'string' },
            layout: { type: 'string' },
            'assume-lock-timeout': { type: 'boolean' },
            disable: { type: 'string' },
            'no-style': { type: 'boolean' },
            verify: { type: 'boolean' },
        }, true);
        if (values.help) {
            ctx.stdout(usage);
            return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
        }
        if (positionals.length > 1)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`give one directory, not ${positionals.length}`);
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .checkFormat */ .KA)(values.format, ['text', 'json', 'sarif', 'markdown']);
        const layout = values.layout === undefined ? undefined : (0,_devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .parseEnum */ .nL)('--layout', values.layout, _devops_actions_migrations_vocabulary__WEBPACK_IMPORTED_MODULE_2__/* .LAYOUTS */ .my);
        const cwd = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .workDir */ .Hg)(ctx, values.cwd);
        const engine = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(723), __webpack_require__.e(675)]).then(__webpack_require__.bind(__webpack_require__, 3675));
        // The config file (.migration-check.yml in the working directory) gives the defaults; options override it.
        const config = engine.loadConfig(cwd);
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, positionals[0] ?? config.path ?? engine.findMigrationsDir(cwd) ?? '.');
        const disabled = values.disable === undefined ? [] : engine.parseRuleIds('--disable', (0,_devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .parseList */ .E1)(values.disable));
        const report = await engine.checkDirectory(dir, {
            layout: layout ?? config.layout,
            base: values.base,
            pathPrefix: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, dir).replaceAll('\\', '/'),
            assumeLockTimeout: values['assume-lock-timeout'] === true || config.assumeLockTimeout === true,
            disabledRules: [...config.disabledRules, ...disabled],
            severityOverrides: config.severityOverrides,
            style: values['no-style'] !== true && config.style !== false,
            verify: values.verify === true,
            env: ctx.env,
            log: values.quiet ? undefined : (line) => ctx.stderr(`${line}\n`),
        });
        const text = format === 'json'
            ? `${JSON.stringify(engine.toJson(report, FAILS_ON), null, 2)}\n`
            : format === 'sarif'
                ? `${JSON.stringify(engine.toSarif(report), null, 2)}\n`
                : format === 'markdown'
                    ? engine.toMarkdown(report, { failOn: FAILS_ON, root: cwd })
                    : engine.toText(report);
        (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .emitReport */ .Kk)(ctx, { cwd, output: values.output, quiet: values.quiet, format }, text);
        return engine.failingFindings(report, FAILS_ON).length > 0 ? _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.findings : _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    },
};


/***/ }),

/***/ 6571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZN: () => (/* binding */ failsAt),
/* harmony export */   _q: () => (/* binding */ moreSevere),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   my: () => (/* binding */ LAYOUTS),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
// The words the engine and its front ends share: severities, fail-on levels and layouts. A
// module of its own (`@devops-actions/migrations/vocabulary`) so an action's input spec can
// name them without loading the engine.
const SEVERITIES = ['error', 'warning', 'notice'];
/** `fail-on`: the least severity that fails a run, or none. */
const FAIL_ON = [...SEVERITIES, 'none'];
const RANK = { error: 3, warning: 2, notice: 1 };
/** Whether `a` is more severe than `b`. */
function moreSevere(a, b) {
    return RANK[a] > RANK[b];
}
/** Whether a finding of `severity` fails a run with `failOn`. */
function failsAt(severity, failOn) {
    return failOn !== 'none' && RANK[severity] >= RANK[failOn];
}
/** The migration tools whose folder layouts the engine knows. */
const LAYOUTS = ['prisma', 'flyway', 'golang-migrate', 'goose', 'dbmate', 'supabase', 'drizzle', 'atlas', 'sql'];


/***/ })

};
