export const id = 552;
export const ids = [552];
export const modules = {

/***/ 5552:
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
// `devops-actions migration-check`: lint PostgreSQL migrations with the real parser.



const LAYOUTS = ['prisma', 'flyway', 'golang-migrate', 'goose', 'dbmate', 'supabase', 'drizzle', 'atlas', 'sql'];
const usage = `Usage: devops-actions migration-check [DIR] [options]

Lints the PostgreSQL migrations in DIR (default: path in .migration-check.yml, else the first
usual folder: migrations, db/migrations, prisma/migrations, ...; else the current directory) with the real
PostgreSQL parser: locking, rewrites, destructive statements, transactions, style.

Options:
  --base REF         lint only the migrations added since the merge base with REF; flag edited merged ones
  --layout NAME      ${LAYOUTS.join(', ')} (default: detected)
  --assume-lock-timeout   lock_timeout is set on the migration role
  --disable RULES    comma-separated rule ids to switch off
  --no-style         switch off the style notices (prefer-*, ban-char-type)
  --verify           prove the migrations on embedded PostgreSQL 18 (PGlite): apply, trace locks
                     and rewrites, round-trip up -> down -> up
  --format FORMAT    text (default), json or sarif

Acknowledge an intended statement with "-- migration-check:ignore <rule> <reason>" on the
line above it; mark a file the runner does not wrap with "-- migration-check: transaction=none".

${_command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMON_USAGE */ .yo}

Exit codes: 0 no error findings, 1 error findings, 2 usage or configuration error.
`;
const command = {
    name: 'migration-check',
    summary: 'Lint PostgreSQL migrations with the real parser: locks, rewrites, destructive statements',
    usage,
    async run(args, ctx) {
        const { values, positionals } = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)(args, {
            base: { type: 'string' },
            layout: { type: 'string' },
            'assume-lock-timeout': { type: 'boolean' },
            disable: { type: 'string' },
            'no-style': { type: 'boolean' },
            verify: { type: 'boolean' },
        }, true);
        if (values.help) {
            ctx.stdout(usage);
            return _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
        }
        if (positionals.length > 1)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`give one directory, not ${positionals.length}`);
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFormat */ .KA)(values.format, ['text', 'json', 'sarif']);
        const layout = values.layout;
        if (layout !== undefined && !LAYOUTS.includes(layout))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--layout: "${layout}" is not one of ${LAYOUTS.join(', ')}`);
        const cwd = values.cwd === undefined ? ctx.cwd : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(values.cwd) ? values.cwd : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.cwd, values.cwd);
        const engine = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(669)]).then(__webpack_require__.bind(__webpack_require__, 669));
        // The config file (.migration-check.yml in the working directory) gives the defaults; options override it.
        const config = engine.loadConfig(cwd);
        const dirArg = positionals[0] ?? config.path ?? engine.findMigrationsDir(cwd) ?? '.';
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(dirArg) ? dirArg : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, dirArg);
        let report;
        try {
            report = await engine.checkDirectory(dir, {
                layout: layout ?? config.layout,
                ...(values.base !== undefined ? { base: values.base } : {}),
                pathPrefix: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, dir).replaceAll('\\', '/'),
                assumeLockTimeout: values['assume-lock-timeout'] === true || config.assumeLockTimeout === true,
                disabledRules: [...config.disabledRules, ...(values.disable?.split(',').map((s) => s.trim()) ?? [])],
                severityOverrides: config.severityOverrides,
                style: values['no-style'] !== true && config.style !== false,
                verify: values.verify === true,
            });
        }
        catch (error) {
            throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${dirArg}: ${error.message}`);
        }
        const text = format === 'json'
            ? `${JSON.stringify({ layout: report.layout, files: report.files, findings: report.findings, verified: report.verified, trace: report.trace }, null, 2)}\n`
            : format === 'sarif'
                ? `${JSON.stringify(engine.toSarif(report), null, 2)}\n`
                : engine.toText(report);
        if (values.output !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(values.output) ? values.output : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ctx.cwd, values.output), text);
        else if (!values.quiet || format !== 'text')
            ctx.stdout(text);
        return report.findings.some((f) => f.severity === 'error') ? _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.findings : _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
    },
};


/***/ })

};
