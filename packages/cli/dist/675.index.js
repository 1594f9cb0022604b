export const id = 675;
export const ids = [675];
export const modules = {

/***/ 3675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONFIG_FILE: () => (/* reexport */ CONFIG_FILE),
  DatabaseError: () => (/* reexport */ verify/* DatabaseError */.a),
  FAIL_ON: () => (/* reexport */ vocabulary/* FAIL_ON */.d$),
  LAYOUTS: () => (/* reexport */ vocabulary/* LAYOUTS */.my),
  MIGRATION_DIRS: () => (/* reexport */ MIGRATION_DIRS),
  RULES: () => (/* reexport */ rules/* RULES */.y0),
  RULE_DOCS: () => (/* reexport */ rules/* RULE_DOCS */.Xy),
  RULE_IDS: () => (/* reexport */ rules/* RULE_IDS */.Iu),
  SEVERITIES: () => (/* reexport */ vocabulary/* SEVERITIES */.oC),
  checkDirectory: () => (/* reexport */ checkDirectory),
  confirmFindings: () => (/* reexport */ confirmFindings),
  discover: () => (/* reexport */ discover),
  failingFindings: () => (/* reexport */ failingFindings),
  failsAt: () => (/* reexport */ vocabulary/* failsAt */.ZN),
  findMigrationsDir: () => (/* reexport */ findMigrationsDir),
  isRuleId: () => (/* reexport */ rules/* isRuleId */.KX),
  lintSql: () => (/* reexport */ lint/* lintSql */.uA),
  lintWithParser: () => (/* reexport */ lint/* lintWithParser */.$k),
  loadConfig: () => (/* reexport */ loadConfig),
  loadParser: () => (/* reexport */ lint/* loadParser */.qd),
  maxSeverity: () => (/* reexport */ maxSeverity),
  parseConfig: () => (/* reexport */ parseConfig),
  parseRuleIds: () => (/* reexport */ rules/* parseRuleIds */.mO),
  schemaDiff: () => (/* reexport */ verify/* schemaDiff */.L),
  toAnnotations: () => (/* reexport */ toAnnotations),
  toJson: () => (/* reexport */ toJson),
  toMarkdown: () => (/* reexport */ toMarkdown),
  toSarif: () => (/* reexport */ toSarif),
  toText: () => (/* reexport */ toText),
  traceFindings: () => (/* reexport */ traceFindings),
  verifyMigrations: () => (/* reexport */ verify.verifyMigrations),
  versionSkew: () => (/* reexport */ versionSkew)
});

// EXTERNAL MODULE: ./packages/migrations/src/lint.ts + 1 modules
var lint = __webpack_require__(6675);
// EXTERNAL MODULE: ./packages/migrations/src/rules.ts
var rules = __webpack_require__(2444);
// EXTERNAL MODULE: ./packages/migrations/src/vocabulary.ts
var vocabulary = __webpack_require__(6571);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/toolkit/src/index.ts + 2 modules
var src = __webpack_require__(5312);
;// CONCATENATED MODULE: ./packages/migrations/src/discover.ts
// Finds migration files and the transaction mode their runner uses.



/** The offset of the first byte that does not decode as UTF-8, or undefined. */
function invalidUtf8(buf) {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(buf);
        return undefined;
    }
    catch {
        // Narrow down by halves: decoding is linear, so this stays cheap.
        let lo = 0;
        let hi = buf.length;
        while (hi - lo > 4) {
            const mid = (lo + hi) >> 1;
            try {
                new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid));
                lo = mid;
            }
            catch {
                hi = mid;
            }
        }
        return lo;
    }
}
function listSql(dir, depth = 2) {
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    const out = [];
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        const p = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory() && depth > 0 && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
            out.push(...listSql(p, depth - 1));
        else if (entry.isFile() && entry.name.endsWith('.sql'))
            out.push(p);
    }
    return out.sort();
}
function detect(root, files) {
    const names = files.map((f) => (0,external_node_path_.relative)(root, f).replaceAll('\\', '/'));
    if (names.some((n) => /(^|\/)\d[^/]*\/migration\.sql$/.test(n)))
        return 'prisma';
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'atlas.sum')))
        return 'atlas';
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, 'meta', '_journal.json')))
        return 'drizzle';
    if (names.some((n) => /(^|\/)[VR]\d*_?_[^/]*\.sql$/.test(n) && /(^|\/)V\d+(\.\d+)*__/.test(n)))
        return 'flyway';
    if (names.some((n) => /\.up\.sql$/.test(n)))
        return 'golang-migrate';
    const texts = files.slice(0, 20).map((f) => (0,external_node_fs_.readFileSync)(f, 'utf8'));
    if (texts.some((t) => /^--\s*\+goose\s+Up/im.test(t)))
        return 'goose';
    if (texts.some((t) => /^--\s*migrate:up/im.test(t)))
        return 'dbmate';
    if (/(^|\/)supabase\/migrations\/?$/.test(root.replaceAll('\\', '/')))
        return 'supabase';
    return 'sql';
}
function upSection(layout, text) {
    if (layout === 'goose') {
        const noTx = /^--\s*\+goose\s+NO\s+TRANSACTION/im.test(text);
        const down = text.search(/^--\s*\+goose\s+Down/im);
        // The down section keeps its place: blank lines stand for the up part, so its line numbers stay the file's.
        return { sql: down < 0 ? text : text.slice(0, down), down: down < 0 ? undefined : blankBefore(text, down), transaction: noTx ? 'none' : 'wrapped' };
    }
    if (layout === 'dbmate') {
        const noTx = /^--\s*migrate:up[^\n]*transaction:false/im.test(text);
        const down = text.search(/^--\s*migrate:down/im);
        return { sql: down < 0 ? text : text.slice(0, down), down: down < 0 ? undefined : blankBefore(text, down), transaction: noTx ? 'none' : 'wrapped' };
    }
    return { sql: text, transaction: undefined };
}
function blankBefore(text, at) {
    return '\n'.repeat(text.slice(0, at).split('\n').length - 1) + text.slice(at);
}
const RUNNER_TRANSACTION = {
    prisma: 'wrapped',
    flyway: 'wrapped',
    'golang-migrate': 'none',
    goose: 'wrapped',
    dbmate: 'wrapped',
    supabase: 'wrapped',
    drizzle: 'wrapped',
    atlas: 'wrapped',
    sql: 'none',
};
function versionFor(layout, name) {
    const base = name.split('/').at(layout === 'prisma' ? -2 : -1) ?? name;
    const m = layout === 'flyway' ? /^V(\d+(?:[._]\d+)*)__/.exec(base) : /^(\d+)/.exec(base);
    return m?.[1];
}
/** Lists the migrations under `root` (up files only) in apply order. */
function discover(root, layout) {
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory())
        throw new src/* ConfigurationError */.j1('path', `${root} is not a directory`, 'db/migrations');
    const all = listSql(root);
    const chosen = layout ?? detect(root, all);
    const files = [];
    for (const path of all) {
        const file = (0,external_node_path_.relative)(root, path).replaceAll('\\', '/');
        if (chosen === 'golang-migrate' && !file.endsWith('.up.sql'))
            continue;
        if (chosen === 'prisma' && !file.endsWith('/migration.sql'))
            continue;
        const buf = (0,external_node_fs_.readFileSync)(path);
        const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
        const { sql, down, transaction } = upSection(chosen, text);
        const bad = invalidUtf8(buf);
        const downFile = chosen === 'golang-migrate' ? path.replace(/\.up\.sql$/, '.down.sql') : undefined;
        const downSql = down ?? (downFile && (0,external_node_fs_.existsSync)(downFile) ? (0,external_node_fs_.readFileSync)(downFile, 'utf8') : undefined);
        files.push({
            file,
            version: versionFor(chosen, file),
            transaction: transaction ?? RUNNER_TRANSACTION[chosen],
            sql,
            ...(downSql === undefined ? {} : { down: downSql }),
            ...(bad === undefined ? {} : { invalidUtf8At: bad }),
        });
    }
    return { layout: chosen, files };
}
/** Where migrations usually live, in the order they are looked for. */
const MIGRATION_DIRS = [
    'migrations',
    'db/migrations',
    'prisma/migrations',
    'supabase/migrations',
    'drizzle',
    'migrations/sql',
    'sql/migrations',
    'database/migrations',
];
/** The first usual migrations folder under `root` that exists, or undefined. */
function findMigrationsDir(root) {
    return MIGRATION_DIRS.find((dir) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, dir)) && (0,external_node_fs_.statSync)((0,external_node_path_.join)(root, dir)).isDirectory());
}

// EXTERNAL MODULE: ./packages/git/src/index.ts + 3 modules
var git_src = __webpack_require__(5039);
;// CONCATENATED MODULE: ./packages/migrations/src/check.ts
// Discovers and lints a migrations folder: with a base, only what the branch adds, and the
// integrity of the merged migrations; with verify, proven on the engine.






async function checkDirectory(dir, options = {}) {
    const found = discover(dir, options.layout);
    const prefix = options.pathPrefix ?? '';
    const display = (file) => (prefix ? external_node_path_.posix.join(prefix, file) : file);
    const branch = options.base === undefined ? undefined : await compareWithBase(dir, found, options.base, options, display);
    const only = branch?.added ?? options.only;
    const selected = found.files.filter((f) => !only || only.has(f.file));
    const parser = await (0,lint/* loadParser */.qd)();
    let findings = [
        ...(branch?.findings ?? []),
        ...integrityFindings(dir, found.layout, found.files, selected, display),
        ...selected.flatMap((f) => (0,lint/* lintWithParser */.$k)(parser, f.sql, { ...options, file: display(f.file), transaction: f.transaction }).findings),
    ];
    let trace;
    if (options.verify && selected.length > 0) {
        const { verifyMigrations } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7890));
        trace = await verifyMigrations({
            base: found.files.filter((f) => !selected.includes(f)),
            added: selected.map((f) => ({ ...f, file: display(f.file) })),
            seedSql: options.seedSql,
            databaseUrl: options.databaseUrl,
        });
        findings = [...confirmFindings(findings, trace), ...traceFindings(trace)];
    }
    findings = applyRulePolicy(findings, options);
    return {
        folder: prefix || '.',
        ...(options.base === undefined ? {} : { base: options.base }),
        layout: found.layout,
        files: selected.map((f) => ({ file: display(f.file), ...(f.version ? { version: f.version } : {}), transaction: f.transaction })),
        findings,
        verified: trace !== undefined && trace.baseError === undefined && trace.files.every((f) => f.applied),
        verification: trace ? `proven on ${trace.engine}` : 'static lint only (no database engine was run)',
        ...(trace ? { trace } : {}),
    };
}
/**
 * The configuration's say over every finding, the branch's and the engine's as well as the
 * lint's: disabled rules are dropped and severities overridden.
 */
function applyRulePolicy(findings, options) {
    const disabled = new Set(options.disabledRules ?? []);
    return findings
        .filter((f) => !disabled.has(f.rule))
        .map((f) => {
        const severity = options.severityOverrides?.[f.rule];
        return severity === undefined || severity === f.severity ? f : { ...f, severity };
    });
}
/** The migrations the branch adds since the merge base with `base`, and what it did to the merged ones and their versions. */
async function compareWithBase(dir, found, base, options, display) {
    const { branchChanges, versionFindings } = await __webpack_require__.e(/* import() */ 267).then(__webpack_require__.bind(__webpack_require__, 9267));
    const root = options.repoRoot ?? (await (0,git_src/* topLevel */.M4)({ cwd: dir, env: options.env }));
    const relDir = (0,external_node_path_.relative)(root, dir).replaceAll('\\', '/') || '.';
    const known = new Set(found.files.map((f) => f.file));
    const isMigration = (file) => known.has(file) ||
        (found.layout === 'golang-migrate' ? file.endsWith('.up.sql') : found.layout === 'prisma' ? file.endsWith('/migration.sql') : file.endsWith('.sql'));
    const versionOf = (file) => versionFor(found.layout, file);
    const changes = await branchChanges({ cwd: root, env: options.env }, base, relDir, { isMigration, versionOf }, { log: options.log });
    const prefix = options.pathPrefix ?? '';
    return {
        added: changes.added,
        findings: [
            ...changes.findings.map((f) => ({ ...f, file: external_node_path_.posix.join(prefix, external_node_path_.posix.relative(relDir === '.' ? '' : relDir, f.file)) })),
            ...versionFindings(found.files, changes.added, changes.baseVersions, display),
        ],
    };
}
/**
 * Static findings checked against what the engine did: a predicted rewrite the trace shows
 * did not happen becomes a notice that says so; one that happened says which locks it held.
 */
function confirmFindings(findings, trace) {
    return findings.map((f) => {
        if (!rules/* REWRITE_RULES */.DS.has(f.rule))
            return f;
        const statement = trace.files.find((v) => v.file === f.file)?.statements.find((s) => s.line === f.line);
        if (!statement || statement.untraced)
            return f;
        if (statement.rewrote.length === 0)
            return { ...f, severity: 'notice', message: `${f.message} Not confirmed: the engine did not rewrite the table (a binary-coercible change).` };
        const locks = [...new Set(statement.locks.filter((l) => statement.rewrote.includes(l.relation)).map((l) => l.mode))].join(', ');
        return { ...f, message: `${f.message} Confirmed: the engine rewrote ${statement.rewrote.join(', ')}${locks ? ` holding ${locks}` : ''}.` };
    });
}
/** Findings from the engine itself: a merged migration that does not replay, a new one that fails, a down that does not revert. */
function traceFindings(trace) {
    const out = [];
    if (trace.baseError)
        out.push({
            rule: 'merged-migration-failed',
            severity: 'error',
            file: trace.baseError.file,
            line: 1,
            column: 1,
            message: `The merged migrations do not replay on ${trace.engine}: ${trace.baseError.message}. Nothing after it was verified.`,
        });
    for (const v of trace.files) {
        if (v.error)
            out.push({
                rule: 'migration-failed',
                severity: 'error',
                file: v.file,
                line: v.error.line,
                column: 1,
                message: `The migration fails on seeded data (${trace.seeded.length} tables with synthetic rows): ${v.error.message}.`,
            });
        if (v.roundTrip?.status === 'differs')
            out.push({
                rule: 'down-does-not-revert',
                severity: 'error',
                file: v.file,
                line: 1,
                column: 1,
                message: `up → down leaves the schema different from before up: ${(v.roundTrip.diff ?? []).slice(0, 5).join('; ')}. Make down undo every change of up.`,
            });
        if (v.roundTrip?.status === 'down-failed')
            out.push({
                rule: 'down-failed',
                severity: 'error',
                file: v.file,
                line: 1,
                column: 1,
                message: `The down migration fails after up: ${v.roundTrip.error ?? ''}.`,
            });
    }
    return out;
}
const HAS_DOWNS = new Set(['golang-migrate', 'goose', 'dbmate']);
/** Files the layout's own index (Drizzle's journal, Atlas's atlas.sum) disagrees with, and new migrations without a down. */
function integrityFindings(dir, layout, files, added, name) {
    const out = [];
    const finding = (rule, file, message) => out.push({ rule, severity: rules/* RULES */.y0[rule], file, line: 1, column: 1, message });
    const present = new Set(files.map((f) => f.file));
    if (layout === 'drizzle') {
        const journalPath = (0,external_node_path_.join)(dir, 'meta', '_journal.json');
        let tags = [];
        try {
            tags = (JSON.parse((0,external_node_fs_.readFileSync)(journalPath, 'utf8')).entries ?? []).map((e) => `${e.tag ?? ''}.sql`);
        }
        catch (error) {
            finding('journal-mismatch', name('meta/_journal.json'), `meta/_journal.json cannot be read: ${error.message}.`);
        }
        for (const tag of tags)
            if (!present.has(tag))
                finding('journal-mismatch', name('meta/_journal.json'), `The journal lists ${tag}, which does not exist: drizzle-kit migrate fails on it.`);
        for (const f of files)
            if (tags.length > 0 && !tags.includes(f.file))
                finding('journal-mismatch', name(f.file), `${f.file} is not in meta/_journal.json: drizzle-kit migrate silently skips it. Generate migrations with drizzle-kit generate.`);
    }
    if (layout === 'atlas') {
        const listed = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'atlas.sum'), 'utf8')
            .split('\n')
            .slice(1)
            .map((line) => line.trim().split(/\s+/)[0] ?? '')
            .filter((file) => file !== '');
        for (const file of listed)
            if (!present.has(file))
                finding('journal-mismatch', name('atlas.sum'), `atlas.sum lists ${file}, which does not exist.`);
        for (const f of files)
            if (!listed.includes(f.file))
                finding('journal-mismatch', name(f.file), `${f.file} is not in atlas.sum: atlas refuses to run. Run \`atlas migrate hash\`.`);
    }
    for (const f of added)
        if (f.invalidUtf8At !== undefined)
            finding('not-utf8', name(f.file), `${f.file} is not valid UTF-8 (near byte ${f.invalidUtf8At}): the migration runner and PostgreSQL read it as UTF-8. Save it as UTF-8.`);
    if (HAS_DOWNS.has(layout))
        for (const f of added)
            if (f.down === undefined || f.down.replace(/--[^\n]*/g, '').trim() === '')
                finding('missing-down', name(f.file), `${f.file} has no down migration (or an empty one): a failed deploy cannot be reverted with the tool. Write the down that undoes it.`);
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/toolkit/src/sarif.ts
var sarif = __webpack_require__(3547);
;// CONCATENATED MODULE: ./packages/migrations/src/report.ts
// A check's report in every shape its front ends need: JSON (the action's report-file and the
// CLI's --format json), text for the terminal and the log, Markdown for the job summary and the
// pull request comment, SARIF for code scanning. The action and the CLI only call these, so
// the two can never report differently.







function maxSeverity(findings) {
    let best = 'none';
    for (const f of findings)
        if (best === 'none' || (0,vocabulary/* moreSevere */._q)(f.severity, best))
            best = f.severity;
    return best;
}
/** The findings that fail a run with `failOn`. */
function failingFindings(report, failOn) {
    return report.findings.filter((f) => (0,vocabulary/* failsAt */.ZN)(f.severity, failOn));
}
/** The JSON report: what was checked against what, every finding, and whether it passed. */
function toJson(report, failOn) {
    return {
        layout: report.layout,
        base: report.base ?? null,
        files: report.files,
        findings: report.findings,
        maxSeverity: maxSeverity(report.findings),
        failOn,
        passed: failingFindings(report, failOn).length === 0,
        verified: report.verified,
        ...(report.trace === undefined ? {} : { trace: report.trace }),
    };
}
/** One annotation per finding on its line: an error when it fails the step at `failOn`. */
function toAnnotations(report, failOn) {
    return report.findings.map((f) => ({
        level: (0,vocabulary/* failsAt */.ZN)(f.severity, failOn) ? 'error' : f.severity === 'notice' ? 'notice' : 'warning',
        title: `migration-check: ${f.rule}`,
        message: f.message,
        file: f.file,
        line: f.line,
        col: f.column,
    }));
}
function toText(report) {
    const lines = [`${report.files.length} migration file${report.files.length === 1 ? '' : 's'} (${report.layout} layout) checked; ${report.verification}.`];
    if (report.files.length === 0)
        lines.push('No migrations found.');
    for (const f of report.findings)
        lines.push(`${f.file}:${f.line}:${f.column} ${f.severity} [${f.rule}] ${f.message}`);
    lines.push(report.findings.length === 0 ? 'No findings.' : `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}.`);
    return `${lines.join('\n')}\n`;
}
const TOOL = {
    name: 'devops-actions migration-check',
    informationUri: 'https://github.com/devops-actions/devops-actions/tree/main/migration-check',
    rules: rules/* RULE_IDS */.Iu.map((id) => ({
        id,
        shortDescription: { text: rules/* RULE_DOCS */.Xy[id].summary },
        help: { text: rules/* RULE_DOCS */.Xy[id].fix },
        defaultConfiguration: { level: (0,sarif/* sarifLevel */.s)(rules/* RULES */.y0[id]) },
    })),
};
/** SARIF 2.1.0 for code scanning. */
function toSarif(report) {
    return (0,sarif/* toSarifLog */.x)(TOOL, report.findings.map((f) => ({
        ruleId: f.rule,
        level: (0,sarif/* sarifLevel */.s)(f.severity),
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
        // The rule, the file and the message (which quotes the statement): stable when lines above it move.
        fingerprints: { 'migrationFinding/v1': `${f.rule}:${f.file}:${(0,external_node_crypto_.createHash)('sha256').update(f.message).digest('hex').slice(0, 16)}` },
    })));
}
/** Said when the engine that proved the migrations runs another PostgreSQL major than production. */
function versionSkew(report, production) {
    const engineMajor = /^PostgreSQL (\d+)/.exec(report.trace?.engine ?? '')?.[1];
    if (!production || !engineMajor || production === engineMajor)
        return undefined;
    return `Production runs PostgreSQL ${production}; the migrations were proven on PostgreSQL ${engineMajor}. Lock modes and rewrites rarely differ between majors, but new syntax or defaults can: give database-url a postgres:${production} service to prove them on the same major.`;
}
/** The job summary and the pull request comment: findings per file with their statements, then the engine's view. */
function toMarkdown(report, o) {
    const failed = failingFindings(report, o.failOn).length > 0;
    const status = failed ? (0,src/* badge */.qS)('failed') : report.findings.length > 0 ? (0,src/* badge */.qS)('warning') : (0,src/* badge */.qS)('passed');
    let md = (0,src/* heading */.R_)(`Migration check ${status}`);
    const scope = report.base
        ? `the ${report.files.length} migration${report.files.length === 1 ? '' : 's'} added since ${report.base.slice(0, 12)}`
        : `${report.files.length} migration${report.files.length === 1 ? '' : 's'}`;
    md += `Linted ${scope} in \`${report.folder}\` (${report.layout} layout) with the PostgreSQL parser; fail-on: \`${o.failOn}\`; verification: ${report.verification}.\n\n`;
    if (report.files.length === 0 && report.findings.length === 0) {
        md += report.base
            ? 'This change adds no migrations, and the merged ones are unchanged.\n'
            : `No migrations were found in \`${report.folder}\`: nothing to check.\n`;
        return md;
    }
    if (report.findings.length === 0)
        md += 'No findings.\n\n';
    const byFile = new Map();
    for (const f of report.findings)
        byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    for (const [file, findings] of byFile) {
        const lines = fileLines(o.root, file);
        md += (0,src/* heading */.R_)(file, 3);
        md += (0,src/* table */.tp)(['line', 'severity', 'rule', 'finding and safe rewrite', 'statement'], findings.map((f) => [f.line, f.severity, f.rule, f.message, excerpt(lines, f.line)]));
        md += '\n';
    }
    if (report.trace)
        md += traceSection(report.trace);
    const skew = versionSkew(report, o.postgresVersion);
    if (skew)
        md += `> ${skew}\n\n`;
    md += 'Acknowledge an intended statement with `-- migration-check:ignore <rule> <reason>` on the line above it.\n';
    if (o.note)
        md += `\n${o.note}\n`;
    return md;
}
/** The lines of a reported file (read once per file), or none when it cannot be read. */
function fileLines(root, file) {
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, file), 'utf8').split('\n');
    }
    catch {
        return [];
    }
}
/** A finding's line of SQL, for the report: at most 160 characters, as inline code. */
function excerpt(lines, line) {
    const text = (lines[line - 1] ?? '').trim().slice(0, 160);
    return text ? `\`${text.replaceAll('`', "'")}\`` : '';
}
/** The engine's view: per new migration, the lock table, rewrites, full scans and the round trip. */
function traceSection(trace) {
    let md = (0,src/* heading */.R_)('On the engine', 3);
    md += `${trace.engine}. Seeded ${trace.seeded.length} table${trace.seeded.length === 1 ? '' : 's'} with synthetic rows`;
    md += trace.unseeded.length > 0 ? `; not seeded: ${trace.unseeded.map((u) => `${u.table} (${u.reason})`).join(', ')}.\n\n` : '.\n\n';
    for (const file of trace.files) {
        const status = file.applied ? 'applied' : `failed at line ${file.error?.line ?? '?'}: ${file.error?.message ?? ''}`;
        const trip = file.roundTrip ? `; up → down → up: ${file.roundTrip.status}` : '';
        md += `**${file.file}**: ${status}${trip}\n\n`;
        const rows = file.statements
            .filter((st) => st.locks.length > 0 || st.rewrote.length > 0 || st.untraced)
            .map((st) => [
            st.line,
            `\`${st.sql.split('\n')[0]?.slice(0, 100).replaceAll('`', "'") ?? ''}\``,
            st.untraced ?? st.locks.map((l) => `${l.mode} on ${l.relation}`).join(', '),
            st.rewrote.join(', '),
            st.fullScans.join(', '),
        ]);
        if (rows.length > 0)
            md += (0,src/* table */.tp)(['line', 'statement', 'locks taken on existing tables', 'rewrote', 'full scan'], rows) + '\n';
        if (file.roundTrip?.diff?.length)
            md += `Schema after down differs from before up:\n\n${file.roundTrip.diff.map((d) => `- ${d}`).join('\n')}\n\n`;
    }
    return md;
}

// EXTERNAL MODULE: ./packages/toolkit/src/config.ts
var config = __webpack_require__(1574);
// EXTERNAL MODULE: ./packages/toolkit/src/yaml.ts
var yaml = __webpack_require__(5167);
;// CONCATENATED MODULE: ./packages/migrations/src/config.ts
// `.migration-check.yml`: where the migrations are, disabled rules, severity overrides, the
// style group, `assume-lock-timeout` and the production PostgreSQL major. Errors name the
// line and the key. Action inputs and CLI options override what the file says.




const CONFIG_FILE = '.migration-check.yml';
const KEYS = ['path', 'format', 'disable', 'severity', 'style', 'assume-lock-timeout', 'postgres-version'];
const EXAMPLE = 'disable: [prefer-bigint]';
class MigrationConfigReader extends config/* ConfigReader */.ox {
    ruleId(value, path) {
        const id = this.string(value, path, 'missing-lock-timeout');
        if (!(0,rules/* isRuleId */.KX)(id))
            return this.fail(path, (0,rules/* notARuleId */.Is)(id), 'missing-lock-timeout');
        return id;
    }
}
/** Loads the config: the given file (which must exist), or `.migration-check.yml` in `cwd` when it exists. */
function loadConfig(cwd, file) {
    const found = (0,config.readConfigFile)(cwd, file, CONFIG_FILE);
    return found === undefined ? { disabledRules: [], severityOverrides: {} } : parseConfig(found.text, found.name);
}
function parseConfig(text, name = CONFIG_FILE) {
    const parsed = (0,yaml/* parseYamlConfig */.N)(text, name, EXAMPLE);
    const read = new MigrationConfigReader(parsed.locate);
    const root = read.map(parsed.value, [], EXAMPLE, true);
    read.keys(root, [], KEYS);
    const config = { source: name, disabledRules: [], severityOverrides: {} };
    if (root.path !== undefined)
        config.path = read.text(root.path, ['path'], 'db/migrations');
    if (root.format !== undefined)
        config.layout = read.oneOf(root.format, ['format'], vocabulary/* LAYOUTS */.my, 'flyway');
    if (root.disable !== undefined)
        config.disabledRules = read.list(root.disable, ['disable'], EXAMPLE).map((id, i) => read.ruleId(id, ['disable', i]));
    if (root.severity !== undefined) {
        const severity = read.map(root.severity, ['severity'], 'severity: { missing-lock-timeout: error }');
        for (const [id, level] of Object.entries(severity))
            config.severityOverrides[read.ruleId(id, ['severity', id])] = read.oneOf(level, ['severity', id], vocabulary/* SEVERITIES */.oC, 'warning');
    }
    if (root.style !== undefined)
        config.style = read.boolean(root.style, ['style']);
    if (root['assume-lock-timeout'] !== undefined)
        config.assumeLockTimeout = read.boolean(root['assume-lock-timeout'], ['assume-lock-timeout']);
    if (root['postgres-version'] !== undefined) {
        const version = read.string(root['postgres-version'], ['postgres-version'], '17');
        if (!/^\d{2}$/.test(version))
            read.fail(['postgres-version'], `"${version}" is not a PostgreSQL major version`, '17');
        config.postgresVersion = version;
    }
    return config;
}

// EXTERNAL MODULE: ./packages/migrations/src/verify.ts
var verify = __webpack_require__(7890);
;// CONCATENATED MODULE: ./packages/migrations/src/index.ts










/***/ }),

/***/ 6675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uA: () => (/* binding */ lintSql),
  $k: () => (/* binding */ lintWithParser),
  qd: () => (/* binding */ loadParser),
  Xd: () => (/* binding */ splitStatements)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./packages/migrations/src/rules.ts
var rules = __webpack_require__(2444);
;// CONCATENATED MODULE: ./packages/migrations/src/statements.ts
function newFileState(transaction, assumeLockTimeout) {
    return {
        transaction,
        created: new Set(),
        createdIndexes: new Set(),
        notValidAdded: new Set(),
        lockedByDdl: new Set(),
        lockTimeout: assumeLockTimeout,
        inExplicitTx: false,
        beginLine: 0,
    };
}
function str(node) {
    return typeof node === 'string' ? node : undefined;
}
function obj(node) {
    return node !== null && typeof node === 'object' && !Array.isArray(node) ? node : undefined;
}
function arr(node) {
    return Array.isArray(node) ? node : [];
}
function relName(rv) {
    const r = obj(rv);
    if (!r)
        return undefined;
    const name = str(r.relname);
    if (!name)
        return undefined;
    const schema = str(r.schemaname);
    return (schema ? `${schema}.${name}` : name).toLowerCase();
}
function nameList(list) {
    return arr(list)
        .map((n) => str(obj(obj(n)?.String)?.sval))
        .filter((s) => s !== undefined)
        .join('.')
        .toLowerCase();
}
function typeName(tn) {
    const t = obj(tn);
    const names = arr(t?.names)
        .map((n) => str(obj(obj(n)?.String)?.sval))
        .filter((s) => s !== undefined && s !== 'pg_catalog');
    return { name: (names.join('.') || '').toLowerCase(), mods: arr(t?.typmods).length };
}
function* walk(node) {
    if (Array.isArray(node)) {
        for (const n of node)
            yield* walk(n);
    }
    else if (node !== null && typeof node === 'object') {
        yield node;
        for (const v of Object.values(node))
            if (v !== null && typeof v === 'object')
                yield* walk(v);
    }
}
const VOLATILE_FUNCTIONS = new Set([
    'random',
    'gen_random_uuid',
    'uuid_generate_v4',
    'uuid_generate_v1',
    'clock_timestamp',
    'timeofday',
    'nextval',
    'txid_current',
]);
const STABLE_OR_IMMUTABLE = new Set(['now', 'current_timestamp', 'transaction_timestamp', 'statement_timestamp', 'lower', 'upper', 'coalesce', 'length']);
function volatileDefault(expr) {
    for (const n of walk(expr)) {
        const fc = obj(n.FuncCall);
        if (fc) {
            const fname = nameList(fc.funcname).split('.').pop() ?? '';
            if (VOLATILE_FUNCTIONS.has(fname))
                return `${fname}()`;
            if (!STABLE_OR_IMMUTABLE.has(fname) && !nameList(fc.funcname).startsWith('pg_catalog.'))
                return `${fname}() (volatility unknown)`;
        }
    }
    return undefined;
}
/** A table that existed before this file (the locking rules are about those). */
function existing(st, rel) {
    return rel !== undefined && !st.file.created.has(rel);
}
function needsLockTimeout(st, rel, what) {
    if (existing(st, rel) && !st.file.lockTimeout)
        st.report('missing-lock-timeout', `${what} locks ${rel} without a lock_timeout: add "SET lock_timeout = '2s';" earlier in the file so a blocked lock does not queue every other query behind it.`);
}
function concurrentInTransaction(st, what) {
    if (!st.inTx)
        return;
    st.report('concurrent-index-in-transaction', st.file.inExplicitTx
        ? `${what} inside BEGIN ... COMMIT: PostgreSQL refuses to run it. Move it out of the transaction block.`
        : `${what} in a file the runner wraps in a transaction: PostgreSQL refuses to run it. Put it in its own migration marked non-transactional (e.g. "-- migration-check: transaction=none" plus the runner's own directive).`);
}
// The parser truncates long identifiers to 63 bytes, as the server does.
const IDENTIFIER_KEYS = ['relname', 'idxname', 'conname', 'colname', 'newname'];
/** Identifiers of 64 bytes or more, which the parser (like the server) silently truncated: the longer original is looked up in the statement's text. */
function identifierChecks(stmt, text, report) {
    if (!hasLongWord(text))
        return;
    for (const n of walk(stmt)) {
        for (const key of IDENTIFIER_KEYS) {
            const v = str(n[key]);
            if (v && Buffer.byteLength(v) >= 63) {
                const longer = new RegExp(`${v.replace(/[^\w]/g, '.')}[\\w$]+`, 'i').exec(text);
                if (longer)
                    report('identifier-too-long', `Identifier "${longer[0]}" is ${Buffer.byteLength(longer[0])} bytes; PostgreSQL silently truncates it to "${v}" (63 bytes). Shorten it.`);
            }
        }
    }
}
/**
 * Whether the text holds a word (between spaces, commas, dots, parentheses) of 64 bytes or more,
 * in one pass: walking every node is the costliest part of the lint, and only such a statement
 * can hold a truncated identifier.
 */
function hasLongWord(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 10 || c === 9 || c === 13 || c === 44 || c === 59 || c === 40 || c === 41 || c === 46)
            bytes = 0;
        else if ((bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3) >= 64)
            return true;
    }
    return false;
}
function styleChecks(cd, report) {
    const { name, mods } = typeName(cd.typeName);
    const col = str(cd.colname) ?? '?';
    if (name === 'bpchar')
        report('ban-char-type', `Column ${col} is char(n): it is blank-padded and no faster than text. Use text (with a CHECK on length if needed).`);
    if (name === 'int4' || name === 'int2' || name === 'serial' || name === 'smallserial' || name === 'int' || name === 'smallint')
        report('prefer-bigint', `Column ${col} is a 16/32-bit integer: ids and counters overflow. Use bigint.`);
    if (name === 'serial' || name === 'bigserial' || name === 'smallserial' || name === 'serial8' || name === 'serial4')
        report('prefer-identity', `Column ${col} is ${name}: prefer "bigint GENERATED ALWAYS AS IDENTITY".`);
    if (name === 'varchar' && mods > 0)
        report('prefer-text-over-varchar', `Column ${col} is varchar(n): raising the limit later needs a strong lock. Use text with a CHECK (length(${col}) <= n).`);
    if (name === 'timestamp')
        report('prefer-timestamptz', `Column ${col} is timestamp without time zone: use timestamptz.`);
    if (name === 'json')
        report('prefer-jsonb', `Column ${col} is json: use jsonb (equality, indexing, faster queries).`);
}
const transactionControl = (body, st) => {
    const kind = str(body.kind) ?? '';
    const { file } = st;
    if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') {
        if (file.transaction === 'wrapped')
            st.report('transaction-nesting', 'BEGIN in a file the runner already wraps in a transaction: remove it (PostgreSQL only warns, and the inner COMMIT ends the runner\u2019s transaction early).');
        file.inExplicitTx = true;
        file.beginLine = st.line;
    }
    else if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK') {
        if (file.transaction === 'wrapped')
            st.report('transaction-nesting', 'COMMIT/ROLLBACK in a file the runner already wraps in a transaction: remove it.');
        file.inExplicitTx = false;
        if (file.transaction === 'none')
            file.lockedByDdl.clear();
    }
};
const setLockTimeout = (body, st) => {
    if (str(body.name) !== 'lock_timeout')
        return;
    const c = obj(arr(body.args).map((a) => obj(a)?.A_Const)[0]);
    const ival = obj(c?.ival)?.ival;
    const value = str(obj(c?.sval)?.sval) ?? (typeof ival === 'number' ? String(ival) : '0');
    st.file.lockTimeout = !/^0+\s*(ms|s|min)?$/i.test(value.trim()) && str(body.kind) !== 'VAR_RESET';
};
/** `SELECT set_config('lock_timeout', ...)` sets it too. */
const selectSetConfig = (body, st) => {
    for (const n of walk(body)) {
        const fc = obj(n.FuncCall);
        if (fc && nameList(fc.funcname).endsWith('set_config') && JSON.stringify(fc.args).includes('"lock_timeout"'))
            st.file.lockTimeout = true;
    }
};
const createTable = (body, st) => {
    const rel = relName(body.relation);
    if (rel)
        st.file.created.add(rel);
    let hasPk = false;
    for (const elt of arr(body.tableElts)) {
        const cd = obj(obj(elt)?.ColumnDef);
        const con = obj(obj(elt)?.Constraint);
        if (con && str(con.contype) === 'CONSTR_PRIMARY')
            hasPk = true;
        if (cd) {
            styleChecks(cd, st.report);
            for (const c of arr(cd.constraints)) {
                const cc = obj(obj(c)?.Constraint);
                if (cc && str(cc.contype) === 'CONSTR_PRIMARY')
                    hasPk = true;
                if (cc && str(cc.contype) === 'CONSTR_FOREIGN')
                    needsLockTimeout(st, relName(cc.pktable), `CREATE TABLE ${rel} ... REFERENCES`);
            }
        }
        if (con && str(con.contype) === 'CONSTR_FOREIGN')
            needsLockTimeout(st, relName(con.pktable), `CREATE TABLE ${rel} ... REFERENCES`);
    }
    const temp = obj(body.relation)?.relpersistence === 't';
    if (!hasPk && !temp && !body.partbound)
        st.report('require-primary-key', `CREATE TABLE ${rel} has no primary key: logical replication, CDC and upserts need one. Add "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY".`);
};
const createIndex = (body, st) => {
    const rel = relName(body.relation);
    const idx = str(body.idxname)?.toLowerCase();
    if (body.concurrent === true)
        concurrentInTransaction(st, 'CREATE INDEX CONCURRENTLY');
    else if (existing(st, rel)) {
        st.report('create-index-non-concurrent', `CREATE INDEX on ${rel} holds a SHARE lock that blocks writes for the whole build: use CREATE INDEX CONCURRENTLY (in a file the runner does not wrap in a transaction).`);
        needsLockTimeout(st, rel, 'CREATE INDEX');
    }
    if (idx)
        st.file.createdIndexes.add(idx);
};
const reindex = (body, st) => {
    const concurrent = arr(body.params).some((p) => str(obj(obj(p)?.DefElem)?.defname) === 'concurrently');
    if (concurrent)
        concurrentInTransaction(st, 'REINDEX CONCURRENTLY');
    else
        st.report('reindex-non-concurrent', 'REINDEX blocks writes (and reads using the index) while it rebuilds: use REINDEX ... CONCURRENTLY outside a transaction.');
};
const drop = (body, st) => {
    const type = str(body.removeType);
    const names = arr(body.objects).map((o) => nameList(obj(obj(o)?.List)?.items ?? (obj(o)?.String ? [o] : [])));
    if (type === 'OBJECT_INDEX') {
        if (body.concurrent === true)
            concurrentInTransaction(st, 'DROP INDEX CONCURRENTLY');
        else if (names.some((n) => !st.file.createdIndexes.has(n)))
            st.report('drop-index-non-concurrent', `DROP INDEX ${names.join(', ')} takes ACCESS EXCLUSIVE on its table: use DROP INDEX CONCURRENTLY (in a file the runner does not wrap in a transaction).`);
    }
    else if (type === 'OBJECT_TABLE') {
        const old = names.filter((n) => !st.file.created.has(n));
        if (old.length > 0)
            st.report('drop-table', `DROP TABLE ${old.join(', ')} deletes data: stop every reader and writer first, and keep a backup.`);
    }
    else if (type === 'OBJECT_SCHEMA') {
        st.report('drop-schema', `DROP SCHEMA ${names.join(', ')} deletes every object in it${str(body.behavior) === 'DROP_CASCADE' ? ' (CASCADE)' : ''}.`);
    }
};
const dropDatabase = (body, st) => {
    st.report('drop-database', `DROP DATABASE ${str(body.dbname) ?? ''} does not belong in a migration.`);
};
const truncate = (body, st) => {
    const old = arr(body.relations)
        .map((r) => relName(obj(r)?.RangeVar))
        .filter((r) => existing(st, r));
    if (old.length > 0)
        st.report('truncate-table', `TRUNCATE ${old.join(', ')}${str(body.behavior) === 'DROP_CASCADE' ? ' CASCADE' : ''} deletes every row under ACCESS EXCLUSIVE: delete in batches instead, or acknowledge it.`);
};
const rename = (body, st) => {
    const rel = relName(body.relation);
    const type = str(body.renameType);
    if (!existing(st, rel))
        return;
    if (type === 'OBJECT_COLUMN')
        st.report('rename-column', `Renaming ${rel}.${str(body.subname)} to ${str(body.newname)} breaks running clients: add the new column, write both, backfill, switch readers, then drop the old one.`);
    else if (type === 'OBJECT_TABLE')
        st.report('rename-table', `Renaming ${rel} to ${str(body.newname)} breaks running clients: create a view with the old name, or migrate readers first.`);
    needsLockTimeout(st, rel, 'RENAME');
};
const vacuum = (body, st) => {
    const full = arr(body.options).some((o) => str(obj(obj(o)?.DefElem)?.defname) === 'full');
    if (full || body.is_vacuumcmd === false)
        st.report('table-rewrite-command', `${full ? 'VACUUM FULL' : 'CLUSTER'} rewrites the table under ACCESS EXCLUSIVE: use pg_repack or pg_squeeze online.`);
};
const cluster = (_body, st) => {
    st.report('table-rewrite-command', 'CLUSTER rewrites the table under ACCESS EXCLUSIVE: use pg_repack or pg_squeeze online.');
};
const alterTable = (body, st) => {
    const rel = relName(body.relation);
    if (str(body.objtype) !== 'OBJECT_TABLE' || !existing(st, rel))
        return;
    let strongLock = false;
    for (const c of arr(body.cmds)) {
        const cmd = obj(obj(c)?.AlterTableCmd);
        if (!cmd)
            continue;
        strongLock = true;
        ALTER_TABLE_HANDLERS[str(cmd.subtype) ?? '']?.(rel, cmd, st);
    }
    if (strongLock)
        needsLockTimeout(st, rel, 'ALTER TABLE');
    if (strongLock && st.inTx)
        st.file.lockedByDdl.add(rel);
};
function backfill(verb) {
    return (body, st) => {
        const rel = relName(body.relation);
        if (rel && st.inTx && st.file.lockedByDdl.has(rel))
            st.report('backfill-in-ddl-transaction', `${verb} of ${rel} in the transaction whose ALTER TABLE locked it: the ACCESS EXCLUSIVE lock is held for the whole backfill. Backfill in a separate migration, in batches.`);
    };
}
const createTrigger = (body, st) => needsLockTimeout(st, relName(body.relation), 'CREATE TRIGGER');
/** The handler of each statement kind the lint has rules for; other statements only get the identifier check. */
const STATEMENT_HANDLERS = {
    TransactionStmt: transactionControl,
    VariableSetStmt: setLockTimeout,
    SelectStmt: selectSetConfig,
    CreateStmt: createTable,
    IndexStmt: createIndex,
    ReindexStmt: reindex,
    DropStmt: drop,
    DropdbStmt: dropDatabase,
    TruncateStmt: truncate,
    RenameStmt: rename,
    VacuumStmt: vacuum,
    ClusterStmt: cluster,
    AlterTableStmt: alterTable,
    UpdateStmt: backfill('UPDATE'),
    DeleteStmt: backfill('DELETE'),
    CreateTrigStmt: createTrigger,
};
const addColumn = (rel, cmd, st) => {
    const cd = obj(obj(cmd.def)?.ColumnDef);
    if (!cd)
        return;
    styleChecks(cd, st.report);
    const col = str(cd.colname) ?? '?';
    const cons = arr(cd.constraints).map((c) => obj(obj(c)?.Constraint) ?? {});
    const has = (type) => cons.some((c) => str(c.contype) === type);
    const def = cons.find((c) => str(c.contype) === 'CONSTR_DEFAULT');
    const { name } = typeName(cd.typeName);
    if (has('CONSTR_NOTNULL') && !def && !has('CONSTR_GENERATED') && !has('CONSTR_IDENTITY'))
        st.report('add-column-not-null-no-default', `ADD COLUMN ${col} NOT NULL without a DEFAULT fails on a non-empty ${rel} and breaks old writers: add it nullable (or with a constant DEFAULT), backfill, then add a NOT VALID CHECK and validate it.`);
    const volatile = def ? volatileDefault(def.raw_expr) : undefined;
    if (volatile || /serial/.test(name) || has('CONSTR_IDENTITY'))
        st.report('add-column-volatile-default', `ADD COLUMN ${col} with a volatile default (${volatile ?? name}) rewrites ${rel} under ACCESS EXCLUSIVE: add the column without a default, set the default afterwards, and backfill in batches.`);
    if (has('CONSTR_GENERATED'))
        st.report('add-column-stored-generated', `ADD COLUMN ${col} GENERATED ... STORED rewrites ${rel} under ACCESS EXCLUSIVE: add a plain column, backfill in batches and keep it in sync with a trigger.`);
    for (const c of cons) {
        if (str(c.contype) === 'CONSTR_FOREIGN')
            st.report('add-foreign-key-without-not-valid', `ADD COLUMN ${col} REFERENCES validates under SHARE ROW EXCLUSIVE on both tables: add the column, then "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID" and "VALIDATE CONSTRAINT" in a separate transaction.`);
        if (str(c.contype) === 'CONSTR_UNIQUE')
            st.report('add-unique-constraint', `ADD COLUMN ${col} UNIQUE builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX.`);
        if (str(c.contype) === 'CONSTR_PRIMARY')
            st.report('add-primary-key', `ADD COLUMN ${col} PRIMARY KEY builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX.`);
    }
};
const addConstraint = (rel, cmd, st) => {
    const c = obj(obj(cmd.def)?.Constraint) ?? {};
    const type = str(c.contype);
    const name = str(c.conname) ?? '';
    const notValid = c.skip_validation === true || c.initially_valid === false;
    if (notValid)
        st.file.notValidAdded.add(name.toLowerCase());
    if (type === 'CONSTR_FOREIGN' && !notValid)
        st.report('add-foreign-key-without-not-valid', `ADD FOREIGN KEY on ${rel} validates every row under SHARE ROW EXCLUSIVE on both tables: add it NOT VALID, then VALIDATE CONSTRAINT ${name || '<name>'} in a separate transaction.`);
    if (type === 'CONSTR_CHECK' && !notValid)
        st.report('add-check-without-not-valid', `ADD CHECK on ${rel} scans the table under ACCESS EXCLUSIVE: add it NOT VALID, then VALIDATE CONSTRAINT ${name || '<name>'} in a separate transaction.`);
    if (type === 'CONSTR_UNIQUE' && !c.indexname)
        st.report('add-unique-constraint', `ADD UNIQUE on ${rel} builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ${name || '<name>'} UNIQUE USING INDEX.`);
    if (type === 'CONSTR_PRIMARY' && !c.indexname)
        st.report('add-primary-key', `ADD PRIMARY KEY on ${rel} builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ${name || '<name>'} PRIMARY KEY USING INDEX.`);
    if (type === 'CONSTR_EXCLUSION')
        st.report('add-exclusion-constraint', `ADD EXCLUDE on ${rel} builds an index and scans under ACCESS EXCLUSIVE and has no NOT VALID form: schedule it in a maintenance window or on an empty table.`);
};
const validateConstraint = (_rel, cmd, st) => {
    const name = (str(cmd.name) ?? '').toLowerCase();
    if (st.file.notValidAdded.has(name) && st.inTx)
        st.report('validate-constraint-same-transaction', `VALIDATE CONSTRAINT ${name} runs in the transaction that added it, so the ADD's strong lock is held during the scan: validate in a separate migration.`);
};
const setNotNull = (rel, cmd, st) => st.report('set-not-null', `SET NOT NULL on ${rel}.${str(cmd.name)} scans the table under ACCESS EXCLUSIVE: add CHECK (${str(cmd.name)} IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL uses the validated CHECK and skips the scan).`);
const dropNotNull = (rel, cmd, st) => st.report('drop-not-null', `DROP NOT NULL on ${rel}.${str(cmd.name)}: readers that assume non-null values break.`);
const changeType = (rel, cmd, st) => {
    const cd = obj(obj(cmd.def)?.ColumnDef);
    const { name, mods } = typeName(cd?.typeName);
    // Widening to an unbounded text type is binary-coercible from varchar: no rewrite.
    if (name === 'text' || (name === 'varchar' && mods === 0))
        return;
    st.report('change-column-type', `ALTER COLUMN ${str(cmd.name)} TYPE ${name} rewrites ${rel} and its indexes under ACCESS EXCLUSIVE: add a new column, backfill in batches, and switch over.`);
};
const dropColumn = (rel, cmd, st) => st.report('drop-column', `DROP COLUMN ${rel}.${str(cmd.name)} deletes data and breaks clients that still read it: stop using it in the application first.`);
const detachPartition = (rel, cmd, st) => {
    if (obj(obj(cmd.def)?.PartitionCmd)?.concurrent !== true)
        st.report('detach-partition-non-concurrent', `DETACH PARTITION on ${rel} takes ACCESS EXCLUSIVE on the parent: use DETACH PARTITION ... CONCURRENTLY outside a transaction.`);
};
/** The handler of each ALTER TABLE sub-command the lint has rules for. */
const ALTER_TABLE_HANDLERS = {
    AT_AddColumn: addColumn,
    AT_AddConstraint: addConstraint,
    AT_ValidateConstraint: validateConstraint,
    AT_SetNotNull: setNotNull,
    AT_DropNotNull: dropNotNull,
    AT_AlterColumnType: changeType,
    AT_DropColumn: dropColumn,
    AT_DetachPartition: detachPartition,
};

;// CONCATENATED MODULE: ./packages/migrations/src/lint.ts
// Static lint of PostgreSQL migrations with the real PostgreSQL parser (libpg-query): reads a
// file's directives, parses it, hands each statement to its kind's handler (statements.ts) and
// applies the acknowledgements, disabled rules and severity overrides to what they report.




let parserPromise;
/** Loads libpg-query (and its WebAssembly module) once, on first use. */
async function loadParser() {
    parserPromise ??= (async () => {
        // Bundled as ESM (the actions' dist), libpg-query's Emscripten loader finds its .wasm next to
        // `__dirname`, which ESM does not define: point it at the bundle's folder, where the build
        // copies the .wasm, for the duration of the load. Run from source, Node loads the CommonJS
        // build, whose own __dirname wins.
        const global = globalThis;
        const had = '__dirname' in global;
        if (!had)
            global.__dirname = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
        try {
            const mod = (await __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 5008, 23)));
            await mod.loadModule();
            return mod;
        }
        finally {
            if (!had)
                delete global.__dirname;
        }
    })();
    return parserPromise;
}
class Positions {
    lineStarts = [0];
    buf;
    text;
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
        this.buf = Buffer.from(text, 'utf8');
    }
    /** libpg-query offsets are UTF-8 byte offsets. */
    lastByte = 0;
    lastChar = 0;
    charOffset(byteOffset) {
        if (this.buf.length === this.text.length)
            return byteOffset; // ASCII: bytes are characters
        // offsets arrive mostly in increasing order: continue from the last one
        if (byteOffset < this.lastByte) {
            this.lastByte = 0;
            this.lastChar = 0;
        }
        this.lastChar += this.buf.subarray(this.lastByte, byteOffset).toString('utf8').length;
        this.lastByte = byteOffset;
        return this.lastChar;
    }
    lineCol(charOffset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.lineStarts[mid] ?? 0) <= charOffset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: charOffset - (this.lineStarts[lo] ?? 0) + 1 };
    }
    lineOfFirstCode(byteStart, byteLen) {
        // skip leading whitespace and comments of a statement so findings point at its first keyword
        const start = this.charOffset(byteStart);
        const end = this.charOffset(byteStart + byteLen);
        let i = start;
        while (i < end) {
            const rest = this.text.slice(i, end);
            const ws = /^\s+/.exec(rest);
            if (ws) {
                i += ws[0].length;
                continue;
            }
            if (rest.startsWith('--')) {
                const nl = this.text.indexOf('\n', i);
                i = nl < 0 ? end : nl + 1;
                continue;
            }
            if (rest.startsWith('/*')) {
                const close = this.text.indexOf('*/', i + 2);
                i = close < 0 ? end : close + 2;
                continue;
            }
            break;
        }
        return i;
    }
}
/** Splits a file into its statements with the parser's locations, skipping leading comments and blank lines. */
function splitStatements(parser, sql) {
    const pos = new Positions(sql);
    const total = Buffer.byteLength(sql);
    return (parser.parseSync(sql).stmts ?? []).map((raw) => {
        const byteStart = raw.stmt_location ?? 0;
        const byteLen = raw.stmt_len && raw.stmt_len > 0 ? raw.stmt_len : total - byteStart;
        const first = pos.lineOfFirstCode(byteStart, byteLen);
        return { sql: sql.slice(first, pos.charOffset(byteStart + byteLen)).trim(), line: pos.lineCol(first).line };
    });
}
const IGNORE_RE = /--\s*migration-check:ignore\s+([a-z0-9-]+)(?:[ \t]+(.*\S))?/g;
const TX_RE = /--\s*migration-check:\s*transaction\s*=\s*(none|wrapped)/i;
/** Lints one migration file. */
async function lintSql(sql, options) {
    const parser = await loadParser();
    return lintWithParser(parser, sql, options);
}
function lintWithParser(parser, sql, options) {
    const pos = new Positions(sql);
    const transaction = transactionMode(sql, options);
    const { acknowledgements, findings } = readAcknowledgements(sql, pos, options.file);
    let stmts;
    try {
        stmts = parser.parseSync(sql).stmts ?? [];
    }
    catch (error) {
        return { findings: [...findings, parseError(error, pos, options.file)], statements: 0, transaction };
    }
    const file = newFileState(transaction, options.assumeLockTimeout === true);
    const reportAt = reporter(options, findings, acknowledgements);
    const total = Buffer.byteLength(sql);
    let previousEnd = 0;
    for (const raw of stmts) {
        const byteStart = raw.stmt_location ?? 0;
        const byteEnd = byteStart + (raw.stmt_len && raw.stmt_len > 0 ? raw.stmt_len : total - byteStart);
        const start = pos.lineCol(pos.lineOfFirstCode(byteStart, byteEnd - byteStart));
        // An acknowledgement belongs to the statement below it: between the end of the previous
        // statement (or this one's leading comments) and its first keyword.
        const from = Math.min(pos.lineCol(pos.charOffset(byteStart)).line, previousEnd + 1);
        const st = {
            file,
            line: start.line,
            inTx: transaction === 'wrapped' || file.inExplicitTx,
            report: reportAt({ from, ...start }),
        };
        identifierChecks(raw.stmt, sql.slice(pos.charOffset(byteStart), pos.charOffset(byteEnd)), st.report);
        const [kind, body] = Object.entries(raw.stmt)[0] ?? ['', {}];
        STATEMENT_HANDLERS[kind]?.(obj(body) ?? {}, st);
        previousEnd = pos.lineCol(pos.charOffset(byteEnd)).line;
    }
    findings.push(...endOfFile(file, acknowledgements, options));
    findings.sort((a, b) => a.line - b.line || a.column - b.column);
    const disabled = new Set(options.disabledRules ?? []);
    return { findings: findings.filter((f) => !disabled.has(f.rule)), statements: stmts.length, transaction };
}
/** The file's own directive wins over the runner's mode. */
function transactionMode(sql, options) {
    const directive = TX_RE.exec(sql)?.[1];
    return directive === undefined ? (options.transaction ?? 'wrapped') : directive.toLowerCase();
}
/** The acknowledgements of the file; one without a reason is a finding instead. */
function readAcknowledgements(sql, pos, file) {
    const acknowledgements = [];
    const findings = [];
    for (const m of sql.matchAll(IGNORE_RE)) {
        const { line, column } = pos.lineCol(m.index);
        const rule = m[1] ?? '';
        if (m[2])
            acknowledgements.push({ rule, line, used: false });
        else
            findings.push({
                rule: 'ignore-without-reason',
                severity: rules/* RULES */.y0['ignore-without-reason'],
                file,
                line,
                column,
                message: `The acknowledgement of ${rule} has no reason: write "-- migration-check:ignore ${rule} <why this is safe>".`,
            });
    }
    return { acknowledgements, findings };
}
function parseError(error, pos, file) {
    const e = error;
    const { line, column } = pos.lineCol(pos.charOffset(e.sqlDetails?.cursorPosition ?? 0));
    return { rule: 'parse-error', severity: rules/* RULES */.y0['parse-error'], file, line, column, message: `The PostgreSQL parser rejects this file: ${e.message}` };
}
/**
 * How a statement's handlers report: disabled rules and switched-off style notices are dropped,
 * an acknowledgement above the statement takes the finding, and the severity is the override
 * or the rule's own.
 */
function reporter(options, findings, acknowledgements) {
    const disabled = new Set(options.disabledRules);
    return (at) => (rule, message) => {
        if (disabled.has(rule) || (options.style === false && rules/* STYLE_RULES */.gW.has(rule)))
            return;
        const acknowledged = acknowledgements.find((a) => a.rule === rule && a.line >= at.from && a.line <= at.line);
        if (acknowledged) {
            acknowledged.used = true;
            return;
        }
        const note = rules/* DESTRUCTIVE_RULES */.XW.has(rule)
            ? ` If this is intended, acknowledge it with "-- migration-check:ignore ${rule} <reason>" above the statement.`
            : '';
        const severity = options.severityOverrides?.[rule] ?? rules/* RULES */.y0[rule];
        findings.push({ rule, severity, file: options.file, line: at.line, column: at.column, message: message + note });
    };
}
/** What only the end of the file tells: a BEGIN never committed, acknowledgements no finding used. */
function endOfFile(file, acknowledgements, options) {
    const findings = [];
    if (file.inExplicitTx && file.transaction === 'none')
        findings.push({
            rule: 'unterminated-transaction',
            severity: options.severityOverrides?.['unterminated-transaction'] ?? rules/* RULES */.y0['unterminated-transaction'],
            file: options.file,
            line: file.beginLine,
            column: 1,
            message: 'BEGIN without a matching COMMIT: the work is rolled back when the session ends. Add COMMIT; at the end of the file.',
        });
    for (const a of acknowledgements.filter((x) => !x.used))
        findings.push({
            rule: 'unused-ignore',
            severity: rules/* RULES */.y0['unused-ignore'],
            file: options.file,
            line: a.line,
            column: 1,
            message: `The acknowledgement of ${a.rule} matches no finding on the next statement: remove it.`,
        });
    return findings;
}


/***/ }),

/***/ 2444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DS: () => (/* binding */ REWRITE_RULES),
/* harmony export */   Is: () => (/* binding */ notARuleId),
/* harmony export */   Iu: () => (/* binding */ RULE_IDS),
/* harmony export */   KX: () => (/* binding */ isRuleId),
/* harmony export */   XW: () => (/* binding */ DESTRUCTIVE_RULES),
/* harmony export */   Xy: () => (/* binding */ RULE_DOCS),
/* harmony export */   gW: () => (/* binding */ STYLE_RULES),
/* harmony export */   mO: () => (/* binding */ parseRuleIds),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* harmony import */ var _devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5312);
/* harmony import */ var _devops_actions_toolkit_config__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1574);
// The rule registry: every rule the check reports, with its default severity, what it catches
// and the safe way instead. RuleId is derived from it, so a finding, a config entry or a doc can
// only name a rule that is here, and a rule here cannot lack its documentation. The README's rule
// table repeats it for readers (a test keeps them in step).


const TABLE = {
    // Static lint of each new migration, statement by statement.
    'parse-error': { severity: 'error', summary: "The file is not valid PostgreSQL: the parser's message, with file, line and column.", fix: 'Fix the SQL.' },
    'add-column-not-null-no-default': {
        severity: 'error',
        summary: 'ADD COLUMN ... NOT NULL without a DEFAULT on an existing table: fails on any non-empty table and breaks old writers',
        fix: 'Add the column nullable (or with a constant default), backfill in batches, then add a NOT VALID CHECK, validate it and SET NOT NULL.',
        squawk: 'adding-required-field',
    },
    'add-column-volatile-default': {
        severity: 'error',
        rewrite: true,
        summary: 'ADD COLUMN whose default is volatile (random(), gen_random_uuid(), clock_timestamp(), nextval/serial/identity, unknown user function): rewrites the table under ACCESS EXCLUSIVE',
        fix: 'Add the column without a default, set the default for new rows, backfill existing rows in batches.',
        squawk: 'adding-field-with-default',
    },
    'add-column-stored-generated': {
        severity: 'error',
        rewrite: true,
        summary: 'ADD COLUMN ... GENERATED ALWAYS AS (...) STORED on an existing table: rewrites the table',
        fix: 'Add a plain column, fill it with a trigger and a batched backfill.',
        squawk: 'adding-field-with-default',
    },
    'create-index-non-concurrent': {
        severity: 'error',
        summary: 'CREATE [UNIQUE] INDEX without CONCURRENTLY on an existing table: SHARE lock blocks writes for the whole build',
        fix: 'CREATE INDEX CONCURRENTLY, in a file the runner does not wrap in a transaction.',
        squawk: 'require-concurrent-index-creation',
    },
    'drop-index-non-concurrent': {
        severity: 'error',
        summary: 'DROP INDEX without CONCURRENTLY on an index of an existing table: ACCESS EXCLUSIVE on the table',
        fix: 'DROP INDEX CONCURRENTLY, outside a transaction.',
        squawk: 'require-concurrent-index-deletion',
    },
    'reindex-non-concurrent': {
        severity: 'error',
        summary: 'REINDEX without CONCURRENTLY on an existing table or index',
        fix: 'REINDEX ... CONCURRENTLY, outside a transaction.',
        squawk: 'require-concurrent-reindex',
    },
    'concurrent-index-in-transaction': {
        severity: 'error',
        summary: 'CREATE/DROP/REINDEX ... CONCURRENTLY inside a transaction (explicit BEGIN or a wrapping runner): Postgres refuses to run it',
        fix: "Move the statement to its own migration marked `-- migration-check: transaction=none` (or the runner's no-transaction directive).",
        squawk: 'ban-concurrent-index-creation-in-transaction',
    },
    'add-foreign-key-without-not-valid': {
        severity: 'error',
        summary: 'Adding a foreign key to an existing table without NOT VALID (incl. inline REFERENCES in ADD COLUMN): validates every row while holding SHARE ROW EXCLUSIVE on both tables',
        fix: 'ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a later migration.',
        squawk: 'adding-foreign-key-constraint',
    },
    'add-check-without-not-valid': {
        severity: 'error',
        summary: 'Adding a CHECK constraint to an existing table without NOT VALID: full scan under ACCESS EXCLUSIVE',
        fix: 'ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT in a later migration.',
        squawk: 'constraint-missing-not-valid',
    },
    'validate-constraint-same-transaction': {
        severity: 'warning',
        summary: 'VALIDATE CONSTRAINT in the same transaction that added the constraint NOT VALID: the strong lock from the ADD is held during the validation scan',
        fix: 'Validate in a separate migration (its own transaction).',
        squawk: 'constraint-missing-not-valid',
    },
    'set-not-null': {
        severity: 'error',
        summary: 'ALTER COLUMN ... SET NOT NULL on an existing table with no validated CHECK (col IS NOT NULL): full scan under ACCESS EXCLUSIVE',
        fix: 'Add CHECK (col IS NOT NULL) NOT VALID, validate it, then SET NOT NULL (Postgres skips the scan) and drop the CHECK.',
        squawk: 'adding-not-nullable-field',
    },
    'change-column-type': {
        severity: 'error',
        rewrite: true,
        summary: 'ALTER COLUMN ... TYPE that is not binary-coercible with the current type (rewrite + index rebuild under ACCESS EXCLUSIVE; may break readers)',
        fix: 'Add a new column, backfill in batches, switch readers and writers, drop the old column later.',
        squawk: 'changing-column-type',
    },
    'add-unique-constraint': {
        severity: 'error',
        summary: 'ADD CONSTRAINT ... UNIQUE (or inline UNIQUE on ADD COLUMN) without USING INDEX: builds the index under ACCESS EXCLUSIVE',
        fix: 'CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX.',
        squawk: 'disallowed-unique-constraint',
    },
    'add-primary-key': {
        severity: 'error',
        summary: 'ADD PRIMARY KEY without USING INDEX on an existing table: index build (and NOT NULL scans) under ACCESS EXCLUSIVE',
        fix: 'CREATE UNIQUE INDEX CONCURRENTLY, then ADD PRIMARY KEY USING INDEX.',
        squawk: 'adding-serial-primary-key-field',
    },
    'add-exclusion-constraint': {
        severity: 'error',
        summary: 'ADD CONSTRAINT ... EXCLUDE on an existing table: index build + scan under ACCESS EXCLUSIVE, no NOT VALID form',
        fix: 'Create it on a new table and switch over, or accept the lock in a maintenance window (acknowledge with a reason).',
    },
    'rename-column': {
        severity: 'error',
        destructive: true,
        summary: 'RENAME COLUMN on an existing table: breaks every running client that still uses the old name',
        fix: 'Add the new column, write both, backfill, move readers, then drop the old one; or acknowledge with a reason.',
        squawk: 'renaming-column',
    },
    'rename-table': {
        severity: 'error',
        destructive: true,
        summary: 'RENAME of an existing table: breaks every running client that still uses the old name',
        fix: 'Create a view with the old name while clients move, or acknowledge with a reason.',
        squawk: 'renaming-table',
    },
    'drop-column': {
        severity: 'error',
        destructive: true,
        summary: 'DROP COLUMN on an existing table: data loss and breaks clients still reading it',
        fix: 'Stop reading and writing it in the application first, then drop it; acknowledge with a reason.',
        squawk: 'ban-drop-column',
    },
    'drop-table': {
        severity: 'error',
        destructive: true,
        summary: 'DROP TABLE of an existing table: data loss',
        fix: 'Make sure nothing uses it (and it is backed up), then acknowledge with a reason.',
        squawk: 'ban-drop-table',
    },
    'drop-database': {
        severity: 'error',
        destructive: true,
        summary: 'DROP DATABASE in a migration',
        fix: 'Never from a migration.',
        squawk: 'ban-drop-database',
    },
    'drop-schema': {
        severity: 'error',
        destructive: true,
        summary: 'DROP SCHEMA (with or without CASCADE) of an existing schema: data loss',
        fix: 'Make sure nothing uses it, then acknowledge with a reason.',
        squawk: 'ban-drop-schema (squawk >= 2.68)',
    },
    'truncate-table': {
        severity: 'error',
        destructive: true,
        summary: 'TRUNCATE of an existing table (CASCADE makes it worse): data loss under ACCESS EXCLUSIVE',
        fix: 'Delete in batches, or acknowledge with a reason.',
        squawk: 'ban-truncate-cascade (CASCADE only)',
    },
    'drop-not-null': {
        severity: 'error',
        destructive: true,
        summary: 'ALTER COLUMN ... DROP NOT NULL on an existing table: readers that assume non-null values break',
        fix: 'Make every reader handle NULL first, then acknowledge with a reason.',
        squawk: 'ban-drop-not-null',
    },
    'table-rewrite-command': {
        severity: 'error',
        summary: 'VACUUM FULL or CLUSTER on an existing table: full rewrite under ACCESS EXCLUSIVE',
        fix: 'Use pg_repack, or run it in a maintenance window outside migrations.',
        squawk: 'prefer-repack',
    },
    'detach-partition-non-concurrent': {
        severity: 'error',
        summary: 'DETACH PARTITION without CONCURRENTLY: ACCESS EXCLUSIVE on the parent',
        fix: 'DETACH PARTITION ... CONCURRENTLY, outside a transaction.',
        squawk: 'require-concurrent-partition-detach',
    },
    'missing-lock-timeout': {
        severity: 'warning',
        summary: 'A statement that takes a lock blocking reads or writes (SHARE or stronger) on an existing table, with no earlier non-zero SET [LOCAL] lock_timeout / set_config(lock_timeout) in the file',
        fix: "Start the file with SET lock_timeout = '2s' (or set it on the migration role and use assume-lock-timeout).",
        squawk: 'require-lock-timeout',
    },
    'unterminated-transaction': {
        severity: 'error',
        summary: 'BEGIN without a matching COMMIT/ROLLBACK in a file the runner does not wrap: the work is silently rolled back',
        fix: 'Add the COMMIT, or remove the BEGIN and let the runner wrap the file.',
        squawk: 'ban-uncommitted-transaction',
    },
    'transaction-nesting': {
        severity: 'warning',
        summary: 'BEGIN/COMMIT/ROLLBACK inside a file the runner already wraps in a transaction',
        fix: 'Remove the BEGIN/COMMIT: the runner already wraps the file.',
        squawk: 'transaction-nesting',
    },
    'identifier-too-long': {
        severity: 'error',
        summary: 'Identifier longer than 63 bytes: Postgres silently truncates it',
        fix: 'Use a name of at most 63 bytes.',
        squawk: 'identifier-too-long',
    },
    'require-primary-key': {
        severity: 'warning',
        summary: 'CREATE TABLE (non-temporary, not a partition) without a primary key: breaks logical replication / CDC and upserts',
        fix: 'Add a primary key (bigint identity).',
    },
    'backfill-in-ddl-transaction': {
        severity: 'warning',
        summary: 'UPDATE/DELETE of an existing table in the same transaction as DDL that locked that table: the strong lock is held for the whole backfill',
        fix: 'Backfill in a separate migration, in batches.',
    },
    'ban-char-type': {
        severity: 'notice',
        style: true,
        summary: 'char(n)/character(n) column: blank-padded, no advantage over text',
        fix: 'Use text (with a CHECK on length when needed).',
        squawk: 'ban-char-field',
    },
    'prefer-bigint': {
        severity: 'notice',
        style: true,
        summary: 'smallint/integer/serial/smallserial column: 16/32-bit ids and counters overflow',
        fix: 'Use bigint.',
        squawk: 'prefer-bigint-over-int, prefer-bigint-over-smallint',
    },
    'prefer-identity': {
        severity: 'notice',
        style: true,
        summary: 'serial/bigserial/smallserial column: prefer GENERATED ... AS IDENTITY',
        fix: 'Use bigint GENERATED ALWAYS AS IDENTITY.',
        squawk: 'prefer-identity',
    },
    'prefer-text-over-varchar': {
        severity: 'notice',
        style: true,
        summary: 'varchar(n) column: changing the limit later needs a strong lock; prefer text + CHECK',
        fix: 'Use text with a CHECK (char_length(col) <= n).',
        squawk: 'prefer-text-field',
    },
    'prefer-timestamptz': {
        severity: 'notice',
        style: true,
        summary: 'timestamp without time zone column',
        fix: 'Use timestamptz.',
        squawk: 'prefer-timestamp-tz',
    },
    'prefer-jsonb': {
        severity: 'notice',
        style: true,
        summary: 'json column: no equality operator (breaks DISTINCT/GROUP BY/UNION), slower to query than jsonb',
        fix: 'Use jsonb.',
    },
    // Acknowledgements (`-- migration-check:ignore <rule> <reason>`).
    'ignore-without-reason': {
        severity: 'error',
        summary: 'A `-- migration-check:ignore <rule>` acknowledgement without a reason.',
        fix: 'Say why the statement is safe after the rule id.',
    },
    'unused-ignore': { severity: 'warning', summary: 'A `-- migration-check:ignore <rule>` acknowledgement that matches no finding.', fix: 'Remove it.' },
    // Integrity: against the base branch, the layout's index, the files themselves.
    'edited-merged-migration': {
        severity: 'error',
        summary: 'A migration already on the base branch was edited, deleted or renamed: databases that applied it never see the change (Flyway rejects its checksum).',
        fix: 'Leave merged migrations as they are; add a new migration.',
    },
    'duplicate-version': { severity: 'error', summary: 'Two migrations share a version: runners refuse or skip one of them.', fix: 'Renumber the new one.' },
    'version-lower-than-base': {
        severity: 'error',
        summary: 'A new migration has a version lower than the newest on the base branch: databases already past it skip it silently (the Drizzle and Flyway outOfOrder class).',
        fix: 'Renumber it above the newest merged version.',
    },
    'journal-mismatch': {
        severity: 'error',
        summary: "The layout's index (Drizzle's meta/_journal.json, Atlas's atlas.sum) disagrees with the files.",
        fix: 'Regenerate it with the tool (drizzle-kit generate, atlas migrate hash).',
    },
    'not-utf8': { severity: 'error', summary: 'A migration file is not valid UTF-8 (a Latin-1 editor, a BOM-less UTF-16 file).', fix: 'Save it as UTF-8.' },
    'missing-down': {
        severity: 'warning',
        summary: 'A new migration has no down (or an empty one) where the tool has downs (golang-migrate, goose, dbmate).',
        fix: 'Write the down that undoes it.',
    },
    // Found by running the migrations on the engine (verify).
    'migration-failed': {
        severity: 'error',
        summary: 'The migration fails on the engine after the merged ones, on tables seeded with synthetic rows (NOT NULL on a populated table, a bad cast, ...).',
        fix: 'Fix the statement the error points at; backfill before constraining.',
    },
    'merged-migration-failed': {
        severity: 'error',
        summary: 'The migrations already merged do not replay on the engine, so nothing after them can be verified.',
        fix: 'Check the error; seed-sql or a server of the production version may be needed.',
    },
    'down-does-not-revert': {
        severity: 'error',
        summary: 'up then down leaves the schema different from before up (a column type not restored, an index left behind, ...).',
        fix: 'Make down undo every change of up; the report lists each difference.',
    },
    'down-failed': { severity: 'error', summary: 'The down migration fails right after its up.', fix: 'Fix the down migration.' },
};
const SPECS = TABLE;
const RULE_IDS = Object.keys(TABLE);
function each(pick) {
    return Object.fromEntries(RULE_IDS.map((id) => [id, pick(SPECS[id])]));
}
/** The default severity of each rule. */
const RULES = each((spec) => spec.severity);
/** What each rule catches and the safe way instead (SARIF rule objects, the README's rule table). */
const RULE_DOCS = each(({ summary, fix, squawk }) => squawk === undefined ? { summary, fix } : { summary, fix, squawk });
function isRuleId(id) {
    return Object.hasOwn(TABLE, id);
}
/** What is wrong with an id that names no rule, with the closest one. */
function notARuleId(id) {
    return `"${id}" is not a rule id (see migration-check/README.md)${(0,_devops_actions_toolkit_config__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(id, RULE_IDS)}`;
}
/** Rule ids from an input or option (`subject`); an unknown one is a user error. */
function parseRuleIds(subject, ids) {
    return ids.map((id) => {
        if (!isRuleId(id))
            throw new _devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(subject, notARuleId(id), 'prefer-bigint');
        return id;
    });
}
const STYLE_RULES = new Set(RULE_IDS.filter((id) => SPECS[id].style));
const DESTRUCTIVE_RULES = new Set(RULE_IDS.filter((id) => SPECS[id].destructive));
const REWRITE_RULES = new Set(RULE_IDS.filter((id) => SPECS[id].rewrite));


/***/ }),

/***/ 7890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ schemaDiff),
/* harmony export */   a: () => (/* binding */ DatabaseError),
/* harmony export */   verifyMigrations: () => (/* binding */ verifyMigrations)
/* harmony export */ });
/* harmony import */ var _devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5312);
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6675);
// Proves migrations on a real PostgreSQL engine (embedded PGlite, PostgreSQL 18): replays the
// migrations already merged, seeds every table with synthetic rows, then applies each new
// migration statement by statement, tracing what each one did to the tables that existed
// before it: the locks it took (pg_locks), the tables it rewrote (pg_class.relfilenode) and
// the tables it scanned in full (pg_stat_xact_user_tables). Where the tool has down
// migrations, it runs up -> down and compares the schema with the one before up.


/** Statements that PostgreSQL refuses inside a transaction block. */
const OUTSIDE_TRANSACTION = /\bCONCURRENTLY\b|^\s*VACUUM\b|^\s*(?:CREATE|DROP)\s+DATABASE\b|^\s*ALTER\s+SYSTEM\b/i;
const TRANSACTION_CONTROL = /^\s*(?:BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK)\b/i;
const USER_RELATIONS = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'";
async function statements(sql) {
    return (0,_lint_js__WEBPACK_IMPORTED_MODULE_1__/* .splitStatements */ .Xd)(await (0,_lint_js__WEBPACK_IMPORTED_MODULE_1__/* .loadParser */ .qd)(), sql);
}
/** One round trip for everything a statement's trace compares before and after it. */
async function probe(db) {
    const { rows } = await db.query(`SELECT
       (SELECT json_agg(json_build_object('n', c.oid::regclass::text, 'v', c.relfilenode::int)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'm') AND ${USER_RELATIONS}) AS nodes,
       (SELECT json_agg(json_build_object('n', relid::regclass::text, 'v', seq_scan::int)) FROM pg_stat_xact_user_tables) AS scans,
       (SELECT json_agg(json_build_object('n', l.relation::regclass::text, 'm', l.mode)) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
         JOIN pg_namespace n ON n.oid = c.relnamespace WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted AND ${USER_RELATIONS}) AS locks`);
    const row = rows[0];
    return {
        nodes: new Map((row?.nodes ?? []).map((r) => [r.n, r.v])),
        scans: new Map((row?.scans ?? []).map((r) => [r.n, r.v])),
        locks: new Set((row?.locks ?? []).map((r) => `${r.n}\u0000${r.m}`)),
    };
}
/** A schema snapshot as comparable lines: tables, columns in logical order, constraints, indexes, enums. */
async function schema(db) {
    // One round trip: columns in logical order, constraints, indexes and enums of the user schemas.
    const { rows } = await db.query(`SELECT
       (SELECT json_agg(x ORDER BY x.tbl, x.num) FROM (
          SELECT c.oid::regclass::text AS tbl, a.attnum AS num, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull,
                 pg_get_expr(d.adbin, d.adrelid) AS def
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
          WHERE c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped AND ${USER_RELATIONS}) x) AS columns,
       (SELECT json_agg(json_build_object('tbl', con.conrelid::regclass::text, 'name', con.conname, 'def', pg_get_constraintdef(con.oid)))
          FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace WHERE con.conrelid <> 0 AND ${USER_RELATIONS}) AS constraints,
       (SELECT json_agg(json_build_object('name', indexname, 'def', indexdef)) FROM pg_indexes WHERE schemaname NOT IN ('pg_catalog', 'information_schema')) AS indexes,
       (SELECT json_agg(json_build_object('name', t.typname, 'labels', (SELECT string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid)))
          FROM pg_type t WHERE t.typtype = 'e') AS enums`);
    const row = rows[0];
    const out = new Map();
    const position = new Map();
    for (const c of row?.columns ?? []) {
        const at = (position.get(c.tbl) ?? 0) + 1;
        position.set(c.tbl, at);
        out.set(`column ${c.tbl}.${c.col}`, `${c.type}${c.notnull ? ' NOT NULL' : ''}${c.def ? ` DEFAULT ${c.def}` : ''} (position ${at})`);
    }
    for (const [table] of position)
        out.set(`table ${table}`, 'exists');
    for (const c of row?.constraints ?? [])
        out.set(`constraint ${c.name} on ${c.tbl}`, c.def);
    for (const i of row?.indexes ?? [])
        out.set(`index ${i.name}`, i.def);
    for (const e of row?.enums ?? [])
        out.set(`enum ${e.name}`, e.labels);
    return out;
}
/** What differs between the schema before up and after down, in words. */
function schemaDiff(before, after) {
    const lines = [];
    for (const [key, value] of before) {
        const now = after.get(key);
        if (now === undefined)
            lines.push(`${key}: missing after down (was ${value})`);
        else if (now !== value)
            lines.push(`${key}: ${value} → ${now}`);
    }
    for (const [key, value] of after)
        if (!before.has(key))
            lines.push(`${key}: left behind by down (${value})`);
    return lines.sort();
}
/** A synthetic value for a column of this type, for row g of generate_series. */
function valueFor(type, enumLabel) {
    const t = type.toLowerCase();
    if (enumLabel !== undefined)
        return `'${enumLabel.replaceAll("'", "''")}'`;
    if (t.endsWith('[]'))
        return `'{}'`;
    if (/^(smallint|integer|bigint|numeric|real|double precision|decimal)/.test(t))
        return 'g';
    if (/^(text|character varying|character|citext)/.test(t)) {
        const length = /\((\d+)\)/.exec(t)?.[1];
        return length ? `left('v' || g, ${length})` : `'v' || g`;
    }
    if (t === 'boolean')
        return 'g % 2 = 0';
    if (t.startsWith('timestamp'))
        return `now() - g * interval '1 hour'`;
    if (t === 'date')
        return `current_date - g`;
    if (t.startsWith('time'))
        return `'12:00'`;
    if (t === 'uuid')
        return 'gen_random_uuid()';
    if (t === 'jsonb' || t === 'json')
        return `'{}'`;
    if (t === 'bytea')
        return `'\\x00'`;
    if (t === 'inet' || t === 'cidr')
        return `'10.0.0.1'`;
    if (t.startsWith('interval'))
        return `interval '1 day'`;
    return undefined;
}
/** Inserts rows into every table, parents before children (foreign keys), type by type. */
async function seed(db, rows) {
    const tables = (await db.query(`SELECT c.oid::regclass::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${USER_RELATIONS} ORDER BY 1`)).rows.map((r) => r.name);
    const deps = await db.query(`SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid`);
    const ordered = [];
    const visit = (table, path) => {
        if (ordered.includes(table) || path.has(table))
            return;
        path.add(table);
        for (const d of deps.rows)
            if (d.child === table)
                visit(d.parent, path);
        ordered.push(table);
    };
    for (const t of tables)
        visit(t, new Set());
    const seeded = [];
    const unseeded = [];
    for (const table of ordered.filter((t) => tables.includes(t))) {
        const columns = await db.query(`SELECT a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type, a.attidentity AS identity, a.attgenerated AS generated, a.atthasdef AS hasdef,
              (SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = a.atttypid ORDER BY e.enumsortorder LIMIT 1) AS enumlabel
       FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`, [table]);
        const names = [];
        const values = [];
        let skip;
        for (const c of columns.rows) {
            if (c.identity === 'a' || c.generated !== '')
                continue; // GENERATED ALWAYS: the engine fills it
            if (c.hasdef || c.identity === 'd')
                continue; // its default fills it (serial, now(), ...)
            const value = valueFor(c.type, c.enumlabel ?? undefined);
            if (value === undefined) {
                skip = `no synthetic value for ${c.col} (${c.type})`;
                break;
            }
            names.push(`"${c.col.replaceAll('"', '""')}"`);
            values.push(value);
        }
        if (skip) {
            unseeded.push({ table, reason: skip });
            continue;
        }
        try {
            await db.exec('SAVEPOINT seed');
            await db.exec(names.length === 0
                ? `INSERT INTO ${table} SELECT FROM generate_series(1, ${rows}) g`
                : `INSERT INTO ${table} (${names.join(', ')}) SELECT ${values.join(', ')} FROM generate_series(1, ${rows}) g`);
            await db.exec('RELEASE SAVEPOINT seed');
            seeded.push({ table, rows });
        }
        catch (error) {
            await db.exec('ROLLBACK TO SAVEPOINT seed');
            unseeded.push({ table, reason: error.message });
        }
    }
    return { seeded, unseeded };
}
function errorLine(statement, error) {
    const position = Number(error.position);
    if (!Number.isFinite(position) || position < 1)
        return statement.line;
    return statement.line + statement.sql.slice(0, position - 1).split('\n').length - 1;
}
/** Applies one file, tracing each statement. Throws nothing: an error ends the file and is reported. */
async function applyTraced(db, file, parsed) {
    const result = { file: file.file, applied: false, statements: [] };
    const existing = new Set((await probe(db)).nodes.keys());
    const wrapped = file.transaction === 'wrapped';
    let open = false;
    const begin = async () => {
        if (!open)
            await db.exec('BEGIN');
        open = true;
    };
    const commit = async () => {
        if (open)
            await db.exec('COMMIT');
        open = false;
    };
    try {
        if (wrapped)
            await begin();
        for (const statement of parsed) {
            if (TRANSACTION_CONTROL.test(statement.sql))
                continue; // the runner's (or the file's) transaction is ours to run
            const outside = OUTSIDE_TRANSACTION.test(statement.sql);
            if (outside) {
                await commit();
                try {
                    await db.exec(statement.sql);
                }
                catch (error) {
                    result.error = { message: error.message, line: errorLine(statement, error) };
                    return result;
                }
                result.statements.push({ line: statement.line, sql: statement.sql, locks: [], rewrote: [], fullScans: [], untraced: 'runs outside a transaction' });
                if (wrapped)
                    await begin();
                continue;
            }
            await begin();
            const before = await probe(db);
            try {
                await db.exec(statement.sql);
            }
            catch (error) {
                result.error = { message: error.message, line: errorLine(statement, error) };
                await db.exec('ROLLBACK');
                open = false;
                return result;
            }
            const after = await probe(db);
            const locks = [...after.locks]
                .filter((l) => !before.locks.has(l))
                .map((l) => {
                const [relation = '', mode = ''] = l.split('\u0000');
                return { relation, mode };
            })
                .filter((l) => existing.has(l.relation) || [...existing].some((t) => l.relation.startsWith(`${t}_`)));
            const rewrote = [...before.nodes]
                .filter(([name, node]) => existing.has(name) && after.nodes.has(name) && after.nodes.get(name) !== node)
                .map(([name]) => name);
            const fullScans = [...after.scans].filter(([name, n]) => existing.has(name) && n > (before.scans.get(name) ?? 0)).map(([name]) => name);
            result.statements.push({ line: statement.line, sql: statement.sql, locks, rewrote, fullScans });
            if (!wrapped)
                await commit();
        }
        await commit();
        result.applied = true;
    }
    catch (error) {
        if (open)
            await db.exec('ROLLBACK').catch(() => undefined);
        result.error ??= { message: error.message, line: 1 };
    }
    return result;
}
async function runPlain(db, sql, parsed) {
    for (const statement of parsed ?? (await statements(sql))) {
        if (TRANSACTION_CONTROL.test(statement.sql))
            continue;
        await db.exec(statement.sql);
    }
}
/** An error a user can act on: the server in database-url cannot be reached or refuses the scratch database. */
class DatabaseError extends _devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'DatabaseError';
    constructor(problem) {
        super('database-url', problem);
    }
}
/** Where the URL points, without its password, for messages. */
function describeUrl(url) {
    try {
        const u = new URL(url);
        return `${u.hostname || u.searchParams.get('host') || 'localhost'}:${u.port || '5432'}`;
    }
    catch {
        return 'the database-url';
    }
}
/** A scratch database on the server, and a client connected to it; `close` drops it. */
async function openServer(url) {
    const pg = (await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 3849))).default;
    const where = describeUrl(url);
    const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    try {
        await admin.connect();
    }
    catch (error) {
        throw new DatabaseError(`cannot connect to the PostgreSQL server at ${where}: ${error.message}. Check database-url (no fallback to the embedded engine).`);
    }
    const scratch = `migration_check_${process.pid}_${Date.now()}`;
    try {
        await admin.query(`CREATE DATABASE ${scratch}`);
    }
    catch (error) {
        await admin.end();
        throw new DatabaseError(`cannot create a scratch database on ${where}: ${error.message}. The role in database-url needs CREATEDB.`);
    }
    const target = new URL(url);
    target.pathname = `/${scratch}`;
    const client = new pg.Client({ connectionString: target.toString() });
    await client.connect();
    const db = {
        query: async (sql, params) => ({ rows: (await client.query(sql, params)).rows }),
        exec: async (sql) => client.query(sql),
        close: async () => {
            await client.end().catch(() => undefined);
            await admin.query(`DROP DATABASE IF EXISTS ${scratch}`).catch(() => undefined);
            await admin.end().catch(() => undefined);
        },
    };
    return { db, where };
}
/** Opens the engine once per call (a scratch database on a server, or embedded PGlite); everything runs on it in order. */
async function verifyMigrations(options) {
    let db;
    let label;
    if (options.databaseUrl) {
        const server = await openServer(options.databaseUrl);
        db = server.db;
        label = (version) => `PostgreSQL ${version} (the server at ${server.where}, in a scratch database)`;
    }
    else {
        const { PGlite } = await __webpack_require__.e(/* import() */ 618).then(__webpack_require__.bind(__webpack_require__, 1618));
        db = await PGlite.create();
        label = (version) => `PostgreSQL ${version} (embedded PGlite; production may run another major)`;
    }
    try {
        const version = (await db.query("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? '?';
        const report = {
            engine: label(version),
            seeded: [],
            unseeded: [],
            files: [],
        };
        for (const file of options.base) {
            try {
                await runPlain(db, file.sql);
            }
            catch (error) {
                report.baseError = { file: file.file, message: error.message };
                return report;
            }
        }
        if (options.seedSql !== undefined)
            await db.exec(options.seedSql);
        else {
            await db.exec('BEGIN');
            Object.assign(report, await seed(db, options.seedRows ?? 20));
            await db.exec('COMMIT');
        }
        for (const file of options.added) {
            const parsed = await statements(file.sql);
            const before = await schema(db);
            const applied = await applyTraced(db, file, parsed);
            report.files.push(applied);
            if (!applied.applied)
                break; // later migrations depend on this one
            if (file.down !== undefined && file.down.trim() !== '') {
                try {
                    await runPlain(db, file.down);
                }
                catch (error) {
                    applied.roundTrip = { status: 'down-failed', error: error.message };
                    break;
                }
                const diff = schemaDiff(before, await schema(db));
                applied.roundTrip = diff.length === 0 ? { status: 'exact' } : { status: 'differs', diff };
                // Up again: it must run after its own down, and the next migration expects its result.
                try {
                    await runPlain(db, file.sql, parsed);
                }
                catch (error) {
                    applied.roundTrip = { status: 'down-failed', error: `up after down fails: ${error.message}` };
                    break;
                }
            }
        }
        return report;
    }
    finally {
        await db.close();
    }
}


/***/ })

};
