import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9456:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8943);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2501);
// The migration-check entry: read the inputs and the config, find the migrations and what the
// change adds, lint them with the real PostgreSQL parser, then report (summary, annotations,
// SARIF, JSON, sticky comment) and apply fail-on.




const ZERO_SHA = /^0+$/;
/** The ref the change is measured against: the input, the pull request base, or the push's before commit. */
function baseRef(given, context) {
    if (given)
        return given;
    if (context.pullRequest?.baseSha)
        return context.pullRequest.baseSha;
    const before = context.event.before;
    if (context.eventName === 'push' && typeof before === 'string' && before !== '' && !ZERO_SHA.test(before))
        return before;
    return undefined;
}
await (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)(async () => {
    const inputs = (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .readInputs */ .Ko)(_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .spec */ .I.inputs);
    const context = (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .readGitHubContext */ .L7)();
    const cwd = context.workspace;
    const engine = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(874)]).then(__nccwpck_require__.bind(__nccwpck_require__, 874));
    // The input's default names the default file, which may be absent; a file the user named must exist.
    const config = engine.loadConfig(cwd, inputs.config === engine.CONFIG_FILE ? undefined : inputs.config);
    const folder = inputs.path ?? config.path ?? engine.findMigrationsDir(cwd);
    if (folder === undefined)
        throw new _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('path', `no migrations folder was found; looked for ${engine.MIGRATION_DIRS.join(', ')}`, 'db/migrations');
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, folder);
    const report = await engine.checkDirectory(dir, {
        layout: inputs.format === 'auto' ? config.layout : inputs.format,
        base: baseRef(inputs['base-ref'], context),
        repoRoot: cwd,
        pathPrefix: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, dir).replaceAll('\\', '/'),
        disabledRules: [...config.disabledRules, ...engine.parseRuleIds('disable-rules', inputs['disable-rules'])],
        severityOverrides: config.severityOverrides,
        style: inputs.style && config.style !== false,
        assumeLockTimeout: inputs['assume-lock-timeout'] || config.assumeLockTimeout === true,
        verify: inputs.verify,
        databaseUrl: inputs['database-url'],
        seedSql: inputs['seed-sql'] === undefined ? undefined : readSeed((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, inputs['seed-sql']), inputs['seed-sql']),
        log: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq,
    });
    const failOn = inputs['fail-on'];
    const failing = engine.failingFindings(report, failOn);
    const temp = process.env.RUNNER_TEMP ?? cwd;
    const sarifFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, inputs['sarif-file'] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, 'migration-check.sarif'));
    const reportFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, inputs['report-file'] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(temp, 'migration-check.json'));
    for (const file of [sarifFile, reportFile])
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(sarifFile, `${JSON.stringify(engine.toSarif(report), null, 2)}\n`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(reportFile, `${JSON.stringify(engine.toJson(report, failOn), null, 2)}\n`);
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq)(engine.toText(report).trimEnd());
    const omitted = (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .emitAnnotations */ .KI)(engine.toAnnotations(report, failOn));
    const postgresVersion = inputs['postgres-version'] ?? config.postgresVersion;
    const skew = engine.versionSkew(report, postgresVersion);
    if (skew)
        (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq)(skew);
    const markdown = engine.toMarkdown(report, { failOn, root: cwd, postgresVersion, note: (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .omittedSentence */ .WK)(omitted) });
    await (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .Sy)(markdown);
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('findings', report.findings.length);
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('max-severity', engine.maxSeverity(report.findings));
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('verified', report.verified);
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('report-file', reportFile);
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('sarif-file', sarifFile);
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH)('failed', failing.length > 0);
    // Fork pull requests get a read-only token: the summary and annotations are their report.
    const pr = context.pullRequest;
    const token = inputs['github-token'];
    if (inputs.comment && pr && !pr.fork && token && !token.startsWith('${{')) {
        const { createGitHubClient, upsertStickyComment } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 8943));
        const client = await createGitHubClient(token);
        const comment = await upsertStickyComment(client, {
            owner: context.owner,
            repo: context.repo,
            issueNumber: pr.number,
            marker: 'migration-check',
            body: markdown,
        });
        (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq)(`Pull request comment ${comment.action}: ${comment.url}`);
    }
    if (failing.length > 0) {
        process.exitCode = 1;
        (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq)(`migration-check failed: ${failing.length} finding(s) at or above fail-on ${failOn}. Each names the safe rewrite.`);
    }
});
function readSeed(path, given) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('seed-sql', `cannot read ${given}: ${error.code ?? error.message}`, 'db/seed.sql');
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2501:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _devops_actions_migrations_vocabulary__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6571);
/* harmony import */ var _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8943);


const FORMATS = ['auto', ..._devops_actions_migrations_vocabulary__WEBPACK_IMPORTED_MODULE_0__/* .LAYOUTS */ .my];
const spec = (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .defineAction */ .QP)({
    name: 'migration-check',
    description: 'Lints PostgreSQL migrations with the real PostgreSQL parser and proves them on embedded PostgreSQL: locks, table rewrites, destructive statements, round trips; flags edited merged migrations and version conflicts.',
    inputs: {
        path: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.optional({
            description: 'The migrations folder. Default: path from the config file, else the first of migrations, db/migrations, prisma/migrations, supabase/migrations, drizzle, migrations/sql that exists.',
        }),
        format: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.enum(FORMATS, {
            description: 'The migration tool layout; auto detects it (Prisma, Flyway, golang-migrate, goose, dbmate, Supabase, Drizzle, Atlas, plain SQL).',
            default: 'auto',
        }),
        'base-ref': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.optional({
            description: 'Lint only the migrations added since the merge base with this ref, and check the merged ones are unchanged. Default: the pull request base, or the push before commit; none on other events (every migration is linted).',
        }),
        verify: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'Prove the migrations on embedded PostgreSQL 18 (PGlite): replay the merged ones, seed every table, apply each new one statement by statement, trace its locks, rewrites and full scans, and run up → down → up where the tool has downs.',
            default: 'true',
        }),
        'database-url': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.optional({
            description: 'Prove the migrations on this PostgreSQL server instead of the embedded engine (e.g. a services: postgres container of the production major): a scratch database is created and dropped; the role needs CREATEDB. An unreachable server fails the step (no fallback).',
            secret: true,
        }),
        'postgres-version': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.optional({
            description: 'The PostgreSQL major production runs (e.g. 17). When the engine that proved the migrations is another major, the report says so. Default: postgres-version from the config file.',
        }),
        'seed-sql': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.optional({ description: 'A SQL file that seeds the tables before the new migrations run, instead of the synthetic rows.' }),
        'fail-on': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.enum(_devops_actions_migrations_vocabulary__WEBPACK_IMPORTED_MODULE_0__/* .FAIL_ON */ .d$, { description: 'Fail the step when a finding has at least this severity.', default: 'error' }),
        'disable-rules': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.list({
            description: 'Rule ids to switch off, comma or newline separated (added to the config file’s); an unknown id fails the step.',
        }),
        style: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({ description: 'Report the style notices (prefer-bigint, prefer-timestamptz, ...).', default: 'true' }),
        'assume-lock-timeout': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'lock_timeout is set on the migration role, so files need not set it (missing-lock-timeout is off).',
            default: 'false',
        }),
        config: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({
            description: 'The config file (path, format, disabled rules, severity overrides, style, assume-lock-timeout).',
            default: '.migration-check.yml',
        }),
        comment: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.boolean({
            description: 'On pull requests from the same repository, keep one sticky comment with the report up to date (needs pull-requests: write).',
            default: 'true',
        }),
        'github-token': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.string({ description: 'Token for the pull request comment.', default: '${{ github.token }}', secret: true }),
        'sarif-file': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.optional({ description: 'Where to write the SARIF 2.1.0 report. Default: migration-check.sarif in RUNNER_TEMP.' }),
        'report-file': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .input */ .hF.optional({ description: 'Where to write the JSON report. Default: migration-check.json in RUNNER_TEMP.' }),
    },
    outputs: {
        findings: 'Number of findings.',
        'max-severity': 'The highest severity found: error, warning, notice or none.',
        verified: 'true when every new migration applied on the engine (verify: true), else false.',
        'report-file': 'Path of the JSON report.',
        'sarif-file': 'Path of the SARIF report.',
        failed: 'true when a finding reached fail-on and the step failed, else false.',
    },
});


/***/ }),

/***/ 6571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 2087:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ ConfigurationError),
/* harmony export */   p: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/**
 * A problem with what the user configured (an input, a config file, a flag).
 * The entry prints its message as one clean error line, without a stack trace.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    /** The input, option or file the problem is in, e.g. `fail-on` or `.secret-scan.yml:12 rules[3].id`. */
    subject;
    problem;
    /** A value that would have been accepted. */
    example;
    /**
     * `plain`: the message is the problem alone, for problems that already say what they are about
     * (git's own refusal, a held lock, a usage line); `subject` still names the area.
     */
    constructor(subject, problem, example, options = {}) {
        super(options.plain ? problem : `${subject}: ${problem}${example === undefined ? '' : ` (for example: ${example})`}`);
        this.subject = subject;
        this.problem = problem;
        this.example = example;
    }
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}


/***/ }),

/***/ 9991:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ errors/* ConfigurationError */.j),
  qS: () => (/* reexport */ badge),
  R_: () => (/* reexport */ heading),
  tp: () => (/* reexport */ table)
});

// UNUSED EXPORTS: Raw, cell, code, details, formatElapsed, isConfigurationError, list, parseBoolean, parseDuration, parseEnum, parseGlobList, parseInteger, parseJson, parseList, raw

// EXTERNAL MODULE: ./packages/toolkit/src/errors.ts
var errors = __nccwpck_require__(2087);
// EXTERNAL MODULE: ./packages/toolkit/src/values.ts
var values = __nccwpck_require__(6986);
;// CONCATENATED MODULE: ./packages/toolkit/src/markdown.ts
// Markdown building blocks shared by reports, job summaries and PR comments.
const BADGES = {
    passed: '✅ passed',
    failed: '❌ failed',
    warning: '⚠️ warning',
    neutral: '➖ neutral',
    skipped: '⏭️ skipped',
    running: '⏳ running',
};
function badge(status, label) {
    const text = BADGES[status];
    return label === undefined ? text : `${text.split(' ')[0] ?? ''} ${label}`;
}
function heading(text, level = 2) {
    return `${'#'.repeat(level)} ${text}\n`;
}
/** Escapes text for a Markdown table cell: pipes, newlines and HTML. */
function cell(value) {
    let text;
    if (value === undefined || value === null)
        text = '';
    else if (typeof value === 'string')
        text = value;
    else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        text = value.toString();
    else
        text = JSON.stringify(value);
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A Markdown table. Cells are escaped unless marked raw with {@link raw}. */
function table(header, rows, align = []) {
    const rule = header.map((_, i) => ({ left: '---', right: '--:', center: ':-:' })[align[i] ?? 'left']);
    const line = (cells) => `| ${cells.map((c) => (c instanceof Raw ? c.text : cell(c))).join(' | ')} |`;
    return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
/** Marks text as already-formatted Markdown so a table leaves it alone. */
class Raw {
    text;
    constructor(text) {
        this.text = text;
    }
}
function raw(text) {
    return new Raw(text);
}
function details(label, content, open = false) {
    return `<details${open ? ' open' : ''}><summary>${cell(label)}</summary>\n\n${content}\n\n</details>\n`;
}
function code(text) {
    const fence = text.includes('`') ? '``' : '`';
    return `${fence}${text.replace(/\r?\n/g, ' ')}${fence}`;
}
function list(items) {
    return items.map((item) => `- ${item}`).join('\n') + '\n';
}

;// CONCATENATED MODULE: ./packages/toolkit/src/index.ts
// The pure toolkit, shared by engines, the CLI and the action entries: errors, value parsers,
// Markdown building blocks and the annotations an engine asks for. No @actions/* import, no
// process.env. Heavier pure modules are subpaths, loaded by those who need them: `/config`
// (the YAML config reader), `/jsonpath`, `/sarif`. The runner glue for action entries is `/runner`.







/***/ }),

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ src/* ConfigurationError */.j1),
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  QP: () => (/* reexport */ defineAction),
  KI: () => (/* reexport */ emitAnnotations),
  pq: () => (/* reexport */ info),
  hF: () => (/* reexport */ input),
  WK: () => (/* reexport */ omittedSentence),
  L7: () => (/* reexport */ readGitHubContext),
  Ko: () => (/* reexport */ readInputs),
  Cs: () => (/* reexport */ runAction),
  uH: () => (/* reexport */ setOutput),
  upsertStickyComment: () => (/* reexport */ upsertStickyComment),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: ANNOTATION_LIMIT, GITHUB_COMMENT_LIMIT, PermissionError, Raw, addPath, annotate, badge, capCommentBody, cell, code, debug, details, endGroup, exportVariable, formatCommand, formatElapsed, formatPermission, getState, group, heading, inputVariable, isConfigurationError, isDebug, isPermissionError, isReadOnlyToken, issueCommand, list, maskSecret, parseAcceptedPermissions, parseBoolean, parseDuration, parseEnum, parseGlobList, parseInteger, parseJson, parseList, parsePermission, raw, rawInput, readOnlyTokenReason, reportFailure, saveState, setSecret, startGroup, stickyMarker, table, toPermissionError, withPermission

// EXTERNAL MODULE: ./packages/toolkit/src/index.ts + 1 modules
var src = __nccwpck_require__(9991);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./packages/toolkit/src/runner/commands.ts
// The runner's workflow-command and file-command protocol, written by hand because
// importing @actions/core costs ~60 ms of start-up (it pulls in undici), and every
// action must be able to validate its inputs and exit within a few ms.
// See https://docs.github.com/actions/reference/workflow-commands-for-github-actions




function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function issueCommand(command, properties, message) {
    process.stdout.write(formatCommand(command, properties, message) + external_node_os_namespaceObject.EOL);
}
function appendFileCommand(variable, line) {
    const file = process.env[variable];
    if (!file)
        return false;
    (0,external_node_fs_.appendFileSync)(file, line + external_node_os_namespaceObject.EOL, 'utf8');
    return true;
}
function keyValue(key, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (key.includes(delimiter) || value.includes(delimiter))
        throw new Error(`value for ${key} contains the delimiter`);
    return `${key}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}`;
}
function toText(value) {
    if (value === undefined || value === null)
        return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function setOutput(name, value) {
    if (!appendFileCommand('GITHUB_OUTPUT', keyValue(name, toText(value)))) {
        issueCommand('set-output', { name }, toText(value));
    }
}
function saveState(name, value) {
    if (!appendFileCommand('GITHUB_STATE', keyValue(name, toText(value)))) {
        issueCommand('save-state', { name }, toText(value));
    }
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function exportVariable(name, value) {
    process.env[name] = toText(value);
    if (!appendFileCommand('GITHUB_ENV', keyValue(name, toText(value)))) {
        issueCommand('set-env', { name }, toText(value));
    }
}
function addPath(dir) {
    if (!appendFileCommand('GITHUB_PATH', dir))
        issueCommand('add-path', {}, dir);
    process.env.PATH = `${dir}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH ?? ''}`;
}
/** Registers a value with the runner's log masker. Multi-line values are masked line by line. */
function setSecret(value) {
    for (const line of value.split(/\r?\n/)) {
        if (line.trim() !== '')
            issueCommand('add-mask', {}, line);
    }
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
function annotate(level, message, props = {}) {
    issueCommand(level, { title: props.title, file: props.file, line: props.line, endLine: props.endLine, col: props.col, endColumn: props.endColumn }, message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** Runs `work` inside a collapsible log group and logs how long it took. */
async function group(name, work) {
    const started = performance.now();
    startGroup(name);
    try {
        return await work();
    }
    finally {
        endGroup();
        info(`${name}: ${formatElapsed(performance.now() - started)}`);
    }
}

// EXTERNAL MODULE: ./packages/toolkit/src/errors.ts
var errors = __nccwpck_require__(2087);
// EXTERNAL MODULE: ./packages/toolkit/src/values.ts
var src_values = __nccwpck_require__(6986);
;// CONCATENATED MODULE: ./packages/toolkit/src/runner/mask.ts

/**
 * Masks a secret and the encodings it is commonly printed in (base64, base64url,
 * URL-encoded), so the runner hides it however a tool echoes it back.
 */
function maskSecret(value) {
    if (value.trim() === '')
        return;
    const variants = new Set([value, Buffer.from(value, 'utf8').toString('base64'), Buffer.from(value, 'utf8').toString('base64url'), encodeURIComponent(value)]);
    for (const variant of variants)
        setSecret(variant);
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/inputs.ts
// Typed input readers. Each action declares its inputs once as a spec; the entry reads
// them all up front, so a wrong value fails the step before anything has changed.



/** The environment variable the runner uses for an input (`fail-on` -> `INPUT_FAIL-ON`). */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function rawInput(name, env = process.env) {
    return (env[inputVariable(name)] ?? '').trim();
}
function spec(kind, options, read) {
    return { kind, description: options.description, required: options.required ?? false, default: options.default, secret: options.secret, read };
}
const input = {
    string: (o) => spec('string', o, (_n, raw) => raw),
    requiredString: (o) => spec('string', { ...o, required: true }, (name, raw) => {
        if (raw === '')
            throw new errors/* ConfigurationError */.j(name, 'is required and was not given', o.default ?? 'a value');
        return raw;
    }),
    /** An optional value: undefined when the input is empty. */
    optional: (o) => spec('string', o, (_n, raw) => (raw === '' ? undefined : raw)),
    boolean: (o) => spec('boolean', o, src_values/* parseBoolean */.yG),
    integer: (o) => spec('integer', o, (name, raw) => (0,src_values/* parseInteger */.cG)(name, raw, o)),
    duration: (o) => spec('duration', o, (name, raw) => (0,src_values/* parseDuration */.E9)(name, raw, o)),
    list: (o) => spec('list', o, (_n, raw) => (0,src_values/* parseList */.E1)(raw)),
    globs: (o) => spec('globs', o, src_values/* parseGlobList */.qv),
    enum: (values, o) => spec('enum', o, (name, raw) => (0,src_values/* parseEnum */.nL)(name, raw, values)),
    /** One of `values`, or undefined when the input is empty (another source, such as a config file, decides). */
    optionalEnum: (values, o) => spec('enum', o, (name, raw) => (raw === '' ? undefined : (0,src_values/* parseEnum */.nL)(name, raw, values))),
    json: (o) => spec('json', o, (name, raw) => (raw === '' ? undefined : (0,src_values/* parseJson */.qF)(name, raw))),
};
/**
 * Reads every declared input and masks those declared secret. Empty values fall back to the
 * declared default (the runner does this too, but tests and local runs may not). Throws the
 * first ConfigurationError.
 */
function readInputs(specs, env = process.env) {
    const values = {};
    for (const [name, declared] of Object.entries(specs)) {
        let raw = rawInput(name, env);
        if (raw === '' && declared.default !== undefined)
            raw = declared.default;
        if (raw === '' && declared.required)
            throw new errors/* ConfigurationError */.j(name, 'is required and was not given', declared.description);
        values[name] = declared.read(name, raw);
        // Declared secrets are masked before the action can print anything. An unexpanded
        // `${{ ... }}` default (local runs, tests) is not a secret.
        if (declared.secret && raw !== '' && !raw.startsWith('${{'))
            maskSecret(raw);
    }
    return values;
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/run.ts


/**
 * Runs an action's main function the way every entry should: a configuration problem
 * becomes one clean error line; anything else becomes a short error plus the stack in
 * the debug log. Either way the step fails (exit code 1); it never exits 0 after a failure.
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (error) {
        reportFailure(error);
        process.exitCode = 1;
    }
}
function reportFailure(error) {
    if ((0,errors/* isConfigurationError */.p)(error)) {
        annotate('error', error.message);
        return;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    annotate('error', `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}`);
    if (err.stack)
        debug(err.stack);
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/annotations.ts

/** GitHub shows at most this many annotations of each level per step; the rest are dropped silently. */
const ANNOTATION_LIMIT = 10;
const ORDER = { error: 0, warning: 1, notice: 2 };
/**
 * Emits annotations within GitHub's per-step limits, errors first, and returns how many
 * of each level were left out so the summary can say so.
 */
function emitAnnotations(annotations, limit = ANNOTATION_LIMIT) {
    const emitted = { error: 0, warning: 0, notice: 0 };
    const omitted = { error: 0, warning: 0, notice: 0 };
    const sorted = [...annotations].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
    for (const { level, message, ...props } of sorted) {
        if (emitted[level] < limit) {
            annotate(level, message, props);
            emitted[level]++;
        }
        else {
            omitted[level]++;
        }
    }
    return omitted;
}
/** A sentence for the summary about annotations GitHub could not show, or '' when none were left out. */
function omittedSentence(omitted) {
    const parts = Object.entries(omitted)
        .filter(([, count]) => count > 0)
        .map(([level, count]) => `${count} more ${level}${count === 1 ? '' : 's'}`);
    if (parts.length === 0)
        return '';
    return `GitHub shows ${ANNOTATION_LIMIT} annotations of each level per step: ${parts.join(', ')} were found and are listed in this summary only.`;
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/summary.ts
// The job summary: Markdown appended through core.summary, loaded only when there is a summary to write.
/** Appends Markdown to the job summary. No-op (returns false) outside a runner. */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return false;
    const { summary } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(811)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6811));
    await summary.addRaw(markdown).write();
    return true;
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/action-spec.ts
function defineAction(spec) {
    return spec;
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/github.ts
// The GitHub side of an action: the run's context (from GITHUB_* and the event file), an API
// client that retries server errors and rate limits, and errors that name the missing
// `permissions:` entry. @actions/github and the Octokit plugins are loaded on first use only.



function readEvent(path) {
    if (!path)
        return {};
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return {};
    }
    try {
        const parsed = JSON.parse(text);
        return parsed !== null && typeof parsed === 'object' ? parsed : {};
    }
    catch (error) {
        throw new Error(`the event payload at GITHUB_EVENT_PATH (${path}) is not valid JSON: ${error.message}`, { cause: error });
    }
}
/** Reads the run's context from the runner's GITHUB_* variables and the event payload file. */
function readGitHubContext(env = process.env) {
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const eventRepo = event.repository?.full_name ?? '';
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY || eventRepo).split('/');
    const context = {
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        owner,
        repo,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        event,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId: Number(env.GITHUB_RUN_ID ?? 0) || 0,
        runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1) || 1,
        actor: env.GITHUB_ACTOR ?? '',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
    };
    const pr = event.pull_request;
    if (pr && typeof pr.number === 'number') {
        const headRepo = pr.head?.repo?.full_name;
        const baseRepo = pr.base?.repo?.full_name ?? `${owner}/${repo}`;
        context.pullRequest = {
            number: pr.number,
            baseRef: pr.base?.ref ?? '',
            baseSha: pr.base?.sha ?? '',
            headRef: pr.head?.ref ?? '',
            headSha: pr.head?.sha ?? '',
            // A deleted fork has no head repository; it still came from outside.
            fork: !headRepo || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
        };
    }
    return context;
}
const READ_ONLY_PR_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
/**
 * Why the run's GITHUB_TOKEN can only read, or undefined when it can write (as far as the
 * context tells): pull requests from forks and Dependabot's pull requests get a read-only token.
 */
function readOnlyTokenReason(context) {
    if (!READ_ONLY_PR_EVENTS.has(context.eventName))
        return undefined;
    if (context.pullRequest?.fork)
        return 'this pull request comes from a fork, so its GITHUB_TOKEN is read-only';
    if (context.actor === 'dependabot[bot]')
        return "Dependabot's pull requests get a read-only GITHUB_TOKEN";
    return undefined;
}
function isReadOnlyToken(context) {
    return readOnlyTokenReason(context) !== undefined;
}
/** Parses `contents: write`, `contents=write`, `pull_requests:write` or `checks` (write assumed). */
function parsePermission(text) {
    const m = /^\s*([A-Za-z_-]+)\s*(?:[:=]\s*(read|write|admin))?\s*$/.exec(text);
    if (!m?.[1])
        throw new Error(`not a permission: ${JSON.stringify(text)} (for example: contents: write)`);
    return { name: m[1].toLowerCase().replace(/_/g, '-'), level: m[2] === 'read' ? 'read' : 'write' };
}
function formatPermission(permission) {
    return `permissions: ${permission.name}: ${permission.level}`;
}
/** GitHub's `x-accepted-github-permissions` header: `contents=write` or `issues=write; pull_requests=write`. */
function parseAcceptedPermissions(header) {
    if (!header)
        return [];
    const out = [];
    for (const alternative of header.split(';')) {
        // An alternative may need several permissions at once (`a=read,b=write`); name the ones it needs.
        for (const part of alternative.split(',')) {
            if (!part.trim())
                continue;
            try {
                const permission = parsePermission(part);
                if (permission.name !== 'metadata' && !out.some((p) => p.name === permission.name && p.level === permission.level))
                    out.push(permission);
            }
            catch {
                // ignore what we cannot read
            }
        }
    }
    return out;
}
/** The job's GITHUB_TOKEN lacks a `permissions:` entry the action needs. */
class PermissionError extends Error {
    name = 'PermissionError';
    /** The entry to add (the first of `alternatives`). */
    permission;
    /** Every entry GitHub would accept instead. */
    alternatives;
    status;
    /** `METHOD /path` of the refused request, when known. */
    request;
    constructor(alternatives, options) {
        const [first = { name: 'contents', level: 'write' }, ...others] = alternatives;
        const or = others.map((p) => ` (or "${formatPermission(p)}")`).join('');
        const reason = options.reason ? ` (${options.reason})` : '';
        const request = options.request ? `; GitHub refused ${options.request}` : '';
        super(`the GITHUB_TOKEN lacks "${formatPermission(first)}"${or} — add it to the job (see README)${reason}${request}`, { cause: options.cause });
        this.permission = first;
        this.alternatives = [first, ...others];
        this.status = options.status;
        this.request = options.request;
    }
}
function isPermissionError(error) {
    return error instanceof PermissionError;
}
function asRequestError(error) {
    if (error === null || typeof error !== 'object')
        return undefined;
    const e = error;
    return typeof e.status === 'number' ? e : undefined;
}
function describeRequest(e) {
    if (!e.request?.method || !e.request.url)
        return undefined;
    try {
        return `${e.request.method} ${new URL(e.request.url).pathname}`;
    }
    catch {
        return `${e.request.method} ${e.request.url}`;
    }
}
function isRateLimit(e) {
    const headers = e.response?.headers ?? {};
    return String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(e.message);
}
const NOT_ACCESSIBLE = /Resource not accessible by (integration|personal access token)/i;
/** Turns GitHub's "Resource not accessible by integration" 403 into a PermissionError; other errors come back unchanged. */
function toPermissionError(error, expected, options = {}) {
    if (error instanceof PermissionError) {
        // Already mapped by the client: put the caller's entry first and add the reason.
        const wanted = expected === undefined ? undefined : typeof expected === 'string' ? parsePermission(expected) : expected;
        const match = wanted && error.alternatives.find((p) => p.name === wanted.name);
        if (!match && !options.reason)
            return error;
        const alternatives = match ? [match, ...error.alternatives.filter((p) => p !== match)] : error.alternatives;
        return new PermissionError(alternatives, { status: error.status, request: error.request, reason: options.reason, cause: error.cause });
    }
    const e = asRequestError(error);
    if (!e)
        return error;
    const denied = (e.status === 403 && !isRateLimit(e) && (expected !== undefined || NOT_ACCESSIBLE.test(e.message))) ||
        (e.status === 404 && options.notFoundMeansDenied === true);
    if (!denied)
        return error;
    const wanted = expected === undefined ? undefined : typeof expected === 'string' ? parsePermission(expected) : expected;
    const header = e.response?.headers?.['x-accepted-github-permissions'];
    const accepted = parseAcceptedPermissions(header === undefined ? undefined : String(header));
    let alternatives = accepted;
    if (wanted) {
        // The caller's entry first when GitHub accepts it (it is what the README documents).
        const match = accepted.find((p) => p.name === wanted.name);
        alternatives = accepted.length === 0 ? [wanted] : match ? [match, ...accepted.filter((p) => p !== match)] : accepted;
    }
    if (alternatives.length === 0)
        return error;
    return new PermissionError(alternatives, { status: e.status, request: describeRequest(e), reason: options.reason, cause: error });
}
/**
 * Runs an API call that needs `permission` (e.g. `contents: write`): a 403 becomes a
 * PermissionError naming the `permissions:` entry to add. A 404 does too with
 * `notFoundMeansDenied` (GitHub hides private resources from a token that may not see them).
 */
async function withPermission(permission, call, options = {}) {
    try {
        return await call();
    }
    catch (error) {
        throw toPermissionError(error, permission, options);
    }
}
let throttleGroups;
/**
 * An Octokit (from @actions/github) with retries on 5xx, 429 and rate limits, pointed at
 * GITHUB_API_URL. A 403 "Resource not accessible by integration" is thrown as a
 * PermissionError naming the missing `permissions:` entry.
 */
async function createGitHubClient(token, options = {}) {
    if (!token)
        throw new errors/* ConfigurationError */.j('github-token', 'is empty, so the GitHub API cannot be called', '${{ github.token }}');
    const env = options.env ?? process.env;
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(758)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1758)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9735)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6856)),
    ]);
    const retries = options.retries ?? 3;
    const unit = options.timeUnitMs ?? (Number(env.DEVOPS_ACTIONS_API_TIME_UNIT_MS) > 0 ? Number(env.DEVOPS_ACTIONS_API_TIME_UNIT_MS) : 1000);
    const maxWait = options.maxRateLimitWait ?? 300;
    const log = options.log ?? info;
    const baseUrl = (options.baseUrl ?? (env.GITHUB_API_URL || 'https://api.github.com')).replace(/\/+$/, '');
    let groups = {};
    if (unit !== 1000) {
        if (throttleGroups?.unit !== unit) {
            // @ts-expect-error -- bottleneck ships types for its full build only; the light build is the same API.
            const { default: Bottleneck } = (await __nccwpck_require__.e(/* import() */ 251).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3251, 23)));
            throttleGroups = {
                unit,
                write: new Bottleneck.Group({ maxConcurrent: 1, minTime: unit }),
                notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * unit }),
                search: new Bottleneck.Group({ maxConcurrent: 1, minTime: 2 * unit }),
            };
        }
        groups = { write: throttleGroups.write, notifications: throttleGroups.notifications, search: throttleGroups.search };
    }
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryAfter > maxWait) {
            log(`GitHub API ${kind} on ${request.method} ${request.url}: not waiting ${retryAfter} s (longer than ${maxWait} s)`);
            return false;
        }
        if (retryCount >= retries) {
            log(`GitHub API ${kind} on ${request.method} ${request.url}: giving up after ${retryCount} retries`);
            return false;
        }
        log(`GitHub API ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries})`);
        return true;
    };
    const client = getOctokit(token, {
        baseUrl,
        ...(options.userAgent ? { userAgent: options.userAgent } : { userAgent: 'devops-actions' }),
        // 429 and 403 rate limits are the throttling plugin's: it waits for Retry-After / the reset time.
        retry: { retries, retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            ...groups,
            retryAfterBaseValue: unit,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
        log: { debug: () => { }, info: () => { }, warn: (message) => log(message), error: (message) => log(message) },
    }, retry, throttling);
    // Registered last, so it wraps the plugins: it sees the error after every retry.
    client.hook.wrap('request', async (request, requestOptions) => {
        try {
            return await request(requestOptions);
        }
        catch (error) {
            throw toPermissionError(error);
        }
    });
    return client;
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/comment.ts
// One sticky comment per action on a pull request: found again by a hidden marker, updated in
// place on every run, never duplicated.

/** GitHub refuses a comment body longer than this many characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
function stickyMarker(marker) {
    if (!/^[A-Za-z0-9._:-]+$/.test(marker))
        throw new Error(`invalid sticky comment marker ${JSON.stringify(marker)}: use letters, digits, ".", "_", "-" or ":"`);
    return `<!-- devops-actions:${marker} -->`;
}
const DEFAULT_NOTE = '_The rest of this report did not fit in a comment (GitHub allows 65,536 characters); see the job summary for all of it._';
/** Keeps `text` at most `limit` characters long, cutting at a line end and closing an open code fence. */
function capCommentBody(text, limit = GITHUB_COMMENT_LIMIT, note = DEFAULT_NOTE) {
    if (text.length <= limit)
        return text;
    const suffix = `\n\n${note}`;
    const room = limit - suffix.length - 8; // 8: a closing fence, if one is needed
    let cut = text.slice(0, Math.max(room, 0));
    // Do not split a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    const lineEnd = cut.lastIndexOf('\n');
    if (lineEnd > room / 2)
        cut = cut.slice(0, lineEnd);
    const fences = cut.match(/^\s*(```|~~~)/gm)?.length ?? 0;
    if (fences % 2 === 1)
        cut += '\n```';
    return `${cut}${suffix}`;
}
function normalize(body) {
    return (body ?? '').replace(/\r\n/g, '\n').trimEnd();
}
/**
 * Creates our comment on a pull request, or updates it when it is already there (found by
 * its hidden marker across every page of comments). Nothing is written when the body has not
 * changed. Needs `pull-requests: write` (or `issues: write`).
 */
async function upsertStickyComment(client, options) {
    const { owner, repo, issueNumber } = options;
    const tag = stickyMarker(options.marker);
    const body = capCommentBody(`${tag}\n${options.body}`, GITHUB_COMMENT_LIMIT, options.truncationNote ?? DEFAULT_NOTE);
    const ours = [];
    await withPermission('pull-requests: read', async () => {
        for await (const page of client.paginate.iterator(client.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })) {
            for (const comment of page.data) {
                if (comment.body?.includes(tag))
                    ours.push({ id: comment.id, body: comment.body, url: comment.html_url });
            }
        }
    });
    const [existing, ...duplicates] = ours;
    for (const duplicate of duplicates) {
        await withPermission('pull-requests: write', () => client.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id }));
    }
    if (existing) {
        if (normalize(existing.body) === normalize(body))
            return { id: existing.id, url: existing.url, action: 'unchanged', removedDuplicates: duplicates.length };
        const { data } = await withPermission('pull-requests: write', () => client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }));
        return { id: data.id, url: data.html_url, action: 'updated', removedDuplicates: duplicates.length };
    }
    const { data } = await withPermission('pull-requests: write', () => client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body }));
    return { id: data.id, url: data.html_url, action: 'created', removedDuplicates: 0 };
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/index.ts
// The runner glue, for the action entries only: the pure toolkit plus the workflow-command
// protocol, typed inputs, the entry wrapper, masking, annotations, the job summary, the
// GitHub API client and sticky comments. Everything here is cheap to import: heavy modules
// (@actions/core for the summary writer, @actions/github for the API client) are loaded on
// first use, so an action can validate its inputs and exit fast.












/***/ }),

/***/ 6986:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   qv: () => (/* binding */ parseGlobList),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2087);
// Value parsers shared by action inputs, CLI options and config files: each throws a
// ConfigurationError naming the subject, what was wrong and a value that would do.

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function parseBoolean(name, raw) {
    if (TRUE.includes(raw))
        return true;
    if (FALSE.includes(raw))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `"${raw}" is not a boolean; use true or false (YAML 1.2: true, True, TRUE, false, False, FALSE)`, 'true');
}
function parseInteger(name, raw, range = {}) {
    const example = String(range.min !== undefined && range.min > 0 ? range.min : (range.max ?? 10));
    if (!/^[-+]?\d+$/.test(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `"${raw}" is not a whole number`, example);
    const value = Number(raw);
    if (!Number.isSafeInteger(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `"${raw}" is too large`, example);
    if (range.min !== undefined && value < range.min)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `${value} is below the minimum of ${range.min}`, String(range.min));
    if (range.max !== undefined && value > range.max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `${value} is above the maximum of ${range.max}`, String(range.max));
    return value;
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Parses `500ms`, `90s`, `5m`, `1h30m`, `1d` into milliseconds. A bare number is refused: the unit must be said. */
function parseDuration(name, raw, range = {}) {
    const text = raw.replace(/\s+/g, '');
    const parts = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/.test(text) ? [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)] : [];
    if (parts.length === 0) {
        const hint = /^\d+(\.\d+)?$/.test(text) ? `a unit is required (ms, s, m, h or d)` : `"${raw}" is not a duration`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, hint, '90s, 5m or 1h30m');
    }
    const ms = parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * (DURATION_UNITS[unit ?? 's'] ?? 0), 0);
    if (range.minMs !== undefined && ms < range.minMs)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `${raw} is shorter than the minimum of ${range.minMs} ms`, '90s');
    if (range.maxMs !== undefined && ms > range.maxMs)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `${raw} is longer than the maximum of ${range.maxMs} ms`, '5m');
    return Math.round(ms);
}
/** Splits a newline- or comma-separated list; blank entries and surrounding spaces are dropped. */
function parseList(raw) {
    return raw
        .split(/\r?\n|,/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function parseEnum(name, raw, values) {
    if (values.includes(raw))
        return raw;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `"${raw}" is not one of ${values.join(', ')}`, values[0]);
}
/** A list of glob patterns, one per line (commas are part of brace patterns, so only newlines split). */
function parseGlobList(name, raw) {
    const patterns = raw
        .split(/\r?\n/)
        .map((item) => item.trim())
        .filter((item) => item !== '' && !item.startsWith('#'));
    for (const pattern of patterns) {
        let depth = 0;
        for (const char of pattern.replace(/\\./g, '')) {
            if (char === '{' || char === '[')
                depth++;
            if (char === '}' || char === ']')
                depth--;
            if (depth < 0)
                break;
        }
        if (depth !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `the pattern "${pattern}" has unbalanced brackets or braces`, 'coverage/**/lcov.info');
        if (pattern === '!')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `"!" alone negates nothing`, '!**/vendor/**');
    }
    return patterns;
}
function parseJson(name, raw) {
    try {
        return JSON.parse(raw);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `not valid JSON: ${error.message}`, '{"name": "bundle-size", "max": 250000}');
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 1376:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9786:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/promises");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9456);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
