export const id = 669;
export const ids = [669];
export const modules = {

/***/ 669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONFIG_FILE: () => (/* reexport */ CONFIG_FILE),
  DatabaseError: () => (/* reexport */ verify/* DatabaseError */.a),
  LAYOUTS: () => (/* reexport */ LAYOUTS),
  MIGRATION_DIRS: () => (/* reexport */ MIGRATION_DIRS),
  RULES: () => (/* reexport */ lint/* RULES */.y0),
  RULE_DOCS: () => (/* reexport */ RULE_DOCS),
  checkDirectory: () => (/* reexport */ checkDirectory),
  confirmFindings: () => (/* reexport */ confirmFindings),
  discover: () => (/* reexport */ discover),
  findMigrationsDir: () => (/* reexport */ findMigrationsDir),
  lintSql: () => (/* reexport */ lint/* lintSql */.uA),
  lintWithParser: () => (/* reexport */ lint/* lintWithParser */.$k),
  loadConfig: () => (/* reexport */ loadConfig),
  loadParser: () => (/* reexport */ lint/* loadParser */.qd),
  maxSeverity: () => (/* reexport */ maxSeverity),
  parseConfig: () => (/* reexport */ parseConfig),
  schemaDiff: () => (/* reexport */ verify/* schemaDiff */.L),
  toSarif: () => (/* reexport */ toSarif),
  toText: () => (/* reexport */ toText),
  traceFindings: () => (/* reexport */ traceFindings),
  verifyMigrations: () => (/* reexport */ verify.verifyMigrations)
});

// EXTERNAL MODULE: ./packages/migrations/src/lint.ts
var lint = __webpack_require__(1610);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/migrations/src/discover.ts
// Finds migration files and the transaction mode their runner uses.


const LAYOUTS = ['prisma', 'flyway', 'golang-migrate', 'goose', 'dbmate', 'supabase', 'drizzle', 'atlas', 'sql'];
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
        throw new Error(`${root} is not a directory`);
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/migrations/src/rule-docs.ts
// One line per rule: what it catches (the shared rule vocabulary) and the safe way instead.
// Used in SARIF rule objects and the README's rule table.
const RULE_DOCS = {
    'add-column-not-null-no-default': {
        summary: 'ADD COLUMN ... NOT NULL without a DEFAULT on an existing table: fails on any non-empty table and breaks old writers',
        fix: 'Add the column nullable (or with a constant default), backfill in batches, then add a NOT VALID CHECK, validate it and SET NOT NULL.',
        squawk: 'adding-required-field',
    },
    'add-column-volatile-default': {
        summary: 'ADD COLUMN whose default is volatile (random(), gen_random_uuid(), clock_timestamp(), nextval/serial/identity, unknown user function): rewrites the table under ACCESS EXCLUSIVE',
        fix: 'Add the column without a default, set the default for new rows, backfill existing rows in batches.',
        squawk: 'adding-field-with-default',
    },
    'add-column-stored-generated': {
        summary: 'ADD COLUMN ... GENERATED ALWAYS AS (...) STORED on an existing table: rewrites the table',
        fix: 'Add a plain column, fill it with a trigger and a batched backfill.',
        squawk: 'adding-field-with-default',
    },
    'create-index-non-concurrent': {
        summary: 'CREATE [UNIQUE] INDEX without CONCURRENTLY on an existing table: SHARE lock blocks writes for the whole build',
        fix: 'CREATE INDEX CONCURRENTLY, in a file the runner does not wrap in a transaction.',
        squawk: 'require-concurrent-index-creation',
    },
    'drop-index-non-concurrent': {
        summary: 'DROP INDEX without CONCURRENTLY on an index of an existing table: ACCESS EXCLUSIVE on the table',
        fix: 'DROP INDEX CONCURRENTLY, outside a transaction.',
        squawk: 'require-concurrent-index-deletion',
    },
    'concurrent-index-in-transaction': {
        summary: 'CREATE/DROP/REINDEX ... CONCURRENTLY inside a transaction (explicit BEGIN or a wrapping runner): Postgres refuses to run it',
        fix: "Move the statement to its own migration marked `-- migration-check: transaction=none` (or the runner's no-transaction directive).",
        squawk: 'ban-concurrent-index-creation-in-transaction',
    },
    'add-foreign-key-without-not-valid': {
        summary: 'Adding a foreign key to an existing table without NOT VALID (incl. inline REFERENCES in ADD COLUMN): validates every row while holding SHARE ROW EXCLUSIVE on both tables',
        fix: 'ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a later migration.',
        squawk: 'adding-foreign-key-constraint',
    },
    'add-check-without-not-valid': {
        summary: 'Adding a CHECK constraint to an existing table without NOT VALID: full scan under ACCESS EXCLUSIVE',
        fix: 'ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT in a later migration.',
        squawk: 'constraint-missing-not-valid',
    },
    'validate-constraint-same-transaction': {
        summary: 'VALIDATE CONSTRAINT in the same transaction that added the constraint NOT VALID: the strong lock from the ADD is held during the validation scan',
        fix: 'Validate in a separate migration (its own transaction).',
        squawk: 'constraint-missing-not-valid',
    },
    'set-not-null': {
        summary: 'ALTER COLUMN ... SET NOT NULL on an existing table with no validated CHECK (col IS NOT NULL): full scan under ACCESS EXCLUSIVE',
        fix: 'Add CHECK (col IS NOT NULL) NOT VALID, validate it, then SET NOT NULL (Postgres skips the scan) and drop the CHECK.',
        squawk: 'adding-not-nullable-field',
    },
    'change-column-type': {
        summary: 'ALTER COLUMN ... TYPE that is not binary-coercible with the current type (rewrite + index rebuild under ACCESS EXCLUSIVE; may break readers)',
        fix: 'Add a new column, backfill in batches, switch readers and writers, drop the old column later.',
        squawk: 'changing-column-type',
    },
    'add-unique-constraint': {
        summary: 'ADD CONSTRAINT ... UNIQUE (or inline UNIQUE on ADD COLUMN) without USING INDEX: builds the index under ACCESS EXCLUSIVE',
        fix: 'CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX.',
        squawk: 'disallowed-unique-constraint',
    },
    'add-primary-key': {
        summary: 'ADD PRIMARY KEY without USING INDEX on an existing table: index build (and NOT NULL scans) under ACCESS EXCLUSIVE',
        fix: 'CREATE UNIQUE INDEX CONCURRENTLY, then ADD PRIMARY KEY USING INDEX.',
        squawk: 'adding-serial-primary-key-field',
    },
    'add-exclusion-constraint': {
        summary: 'ADD CONSTRAINT ... EXCLUDE on an existing table: index build + scan under ACCESS EXCLUSIVE, no NOT VALID form',
        fix: 'Create it on a new table and switch over, or accept the lock in a maintenance window (acknowledge with a reason).',
    },
    'rename-column': {
        summary: 'RENAME COLUMN on an existing table: breaks every running client that still uses the old name',
        fix: 'Add the new column, write both, backfill, move readers, then drop the old one; or acknowledge with a reason.',
        squawk: 'renaming-column',
    },
    'rename-table': {
        summary: 'RENAME of an existing table: breaks every running client that still uses the old name',
        fix: 'Create a view with the old name while clients move, or acknowledge with a reason.',
        squawk: 'renaming-table',
    },
    'drop-column': {
        summary: 'DROP COLUMN on an existing table: data loss and breaks clients still reading it',
        fix: 'Stop reading and writing it in the application first, then drop it; acknowledge with a reason.',
        squawk: 'ban-drop-column',
    },
    'drop-table': {
        summary: 'DROP TABLE of an existing table: data loss',
        fix: 'Make sure nothing uses it (and it is backed up), then acknowledge with a reason.',
        squawk: 'ban-drop-table',
    },
    'drop-database': { summary: 'DROP DATABASE in a migration', fix: 'Never from a migration.', squawk: 'ban-drop-database' },
    'drop-schema': {
        summary: 'DROP SCHEMA (with or without CASCADE) of an existing schema: data loss',
        fix: 'Make sure nothing uses it, then acknowledge with a reason.',
        squawk: 'ban-drop-schema (squawk >= 2.68)',
    },
    'truncate-table': {
        summary: 'TRUNCATE of an existing table (CASCADE makes it worse): data loss under ACCESS EXCLUSIVE',
        fix: 'Delete in batches, or acknowledge with a reason.',
        squawk: 'ban-truncate-cascade (CASCADE only)',
    },
    'drop-not-null': {
        summary: 'ALTER COLUMN ... DROP NOT NULL on an existing table: readers that assume non-null values break',
        fix: 'Make every reader handle NULL first, then acknowledge with a reason.',
        squawk: 'ban-drop-not-null',
    },
    'ban-char-type': {
        summary: 'char(n)/character(n) column: blank-padded, no advantage over text',
        fix: 'Use text (with a CHECK on length when needed).',
        squawk: 'ban-char-field',
    },
    'prefer-bigint': {
        summary: 'smallint/integer/serial/smallserial column: 16/32-bit ids and counters overflow',
        fix: 'Use bigint.',
        squawk: 'prefer-bigint-over-int, prefer-bigint-over-smallint',
    },
    'prefer-identity': {
        summary: 'serial/bigserial/smallserial column: prefer GENERATED ... AS IDENTITY',
        fix: 'Use bigint GENERATED ALWAYS AS IDENTITY.',
        squawk: 'prefer-identity',
    },
    'prefer-text-over-varchar': {
        summary: 'varchar(n) column: changing the limit later needs a strong lock; prefer text + CHECK',
        fix: 'Use text with a CHECK (char_length(col) <= n).',
        squawk: 'prefer-text-field',
    },
    'prefer-timestamptz': { summary: 'timestamp without time zone column', fix: 'Use timestamptz.', squawk: 'prefer-timestamp-tz' },
    'prefer-jsonb': { summary: 'json column: no equality operator (breaks DISTINCT/GROUP BY/UNION), slower to query than jsonb', fix: 'Use jsonb.' },
    'missing-lock-timeout': {
        summary: 'A statement that takes a lock blocking reads or writes (SHARE or stronger) on an existing table, with no earlier non-zero SET [LOCAL] lock_timeout / set_config(lock_timeout) in the file',
        fix: "Start the file with SET lock_timeout = '2s' (or set it on the migration role and use assume-lock-timeout).",
        squawk: 'require-lock-timeout',
    },
    'reindex-non-concurrent': {
        summary: 'REINDEX without CONCURRENTLY on an existing table or index',
        fix: 'REINDEX ... CONCURRENTLY, outside a transaction.',
        squawk: 'require-concurrent-reindex',
    },
    'table-rewrite-command': {
        summary: 'VACUUM FULL or CLUSTER on an existing table: full rewrite under ACCESS EXCLUSIVE',
        fix: 'Use pg_repack, or run it in a maintenance window outside migrations.',
        squawk: 'prefer-repack',
    },
    'detach-partition-non-concurrent': {
        summary: 'DETACH PARTITION without CONCURRENTLY: ACCESS EXCLUSIVE on the parent',
        fix: 'DETACH PARTITION ... CONCURRENTLY, outside a transaction.',
        squawk: 'require-concurrent-partition-detach',
    },
    'unterminated-transaction': {
        summary: 'BEGIN without a matching COMMIT/ROLLBACK in a file the runner does not wrap: the work is silently rolled back',
        fix: 'Add the COMMIT, or remove the BEGIN and let the runner wrap the file.',
        squawk: 'ban-uncommitted-transaction',
    },
    'transaction-nesting': {
        summary: 'BEGIN/COMMIT/ROLLBACK inside a file the runner already wraps in a transaction',
        fix: 'Remove the BEGIN/COMMIT: the runner already wraps the file.',
        squawk: 'transaction-nesting',
    },
    'identifier-too-long': {
        summary: 'Identifier longer than 63 bytes: Postgres silently truncates it',
        fix: 'Use a name of at most 63 bytes.',
        squawk: 'identifier-too-long',
    },
    'require-primary-key': {
        summary: 'CREATE TABLE (non-temporary, not a partition) without a primary key: breaks logical replication / CDC and upserts',
        fix: 'Add a primary key (bigint identity).',
    },
    'parse-error': { summary: "The file is not valid PostgreSQL: the parser's message, with file, line and column.", fix: 'Fix the SQL.' },
    'ignore-without-reason': {
        summary: 'A `-- migration-check:ignore <rule>` acknowledgement without a reason.',
        fix: 'Say why the statement is safe after the rule id.',
    },
    'unused-ignore': { summary: 'A `-- migration-check:ignore <rule>` acknowledgement that matches no finding.', fix: 'Remove it.' },
    'edited-merged-migration': {
        summary: 'A migration already on the base branch was edited, deleted or renamed: databases that applied it never see the change (Flyway rejects its checksum).',
        fix: 'Leave merged migrations as they are; add a new migration.',
    },
    'backfill-in-ddl-transaction': {
        summary: 'UPDATE/DELETE of an existing table in the same transaction as DDL that locked that table: the strong lock is held for the whole backfill',
        fix: 'Backfill in a separate migration, in batches.',
    },
    'duplicate-version': { summary: 'Two migrations share a version: runners refuse or skip one of them.', fix: 'Renumber the new one.' },
    'version-lower-than-base': {
        summary: 'A new migration has a version lower than the newest on the base branch: databases already past it skip it silently (the Drizzle and Flyway outOfOrder class).',
        fix: 'Renumber it above the newest merged version.',
    },
    'journal-mismatch': {
        summary: "The layout's index (Drizzle's meta/_journal.json, Atlas's atlas.sum) disagrees with the files.",
        fix: 'Regenerate it with the tool (drizzle-kit generate, atlas migrate hash).',
    },
    'not-utf8': { summary: 'A migration file is not valid UTF-8 (a Latin-1 editor, a BOM-less UTF-16 file).', fix: 'Save it as UTF-8.' },
    'missing-down': {
        summary: 'A new migration has no down (or an empty one) where the tool has downs (golang-migrate, goose, dbmate).',
        fix: 'Write the down that undoes it.',
    },
    'migration-failed': {
        summary: 'The migration fails on the engine after the merged ones, on tables seeded with synthetic rows (NOT NULL on a populated table, a bad cast, ...).',
        fix: 'Fix the statement the error points at; backfill before constraining.',
    },
    'merged-migration-failed': {
        summary: 'The migrations already merged do not replay on the engine, so nothing after them can be verified.',
        fix: 'Check the error; seed-sql or a server of the production version may be needed.',
    },
    'down-does-not-revert': {
        summary: 'up then down leaves the schema different from before up (a column type not restored, an index left behind, ...).',
        fix: 'Make down undo every change of up; the report lists each difference.',
    },
    'down-failed': { summary: 'The down migration fails right after its up.', fix: 'Fix the down migration.' },
};

;// CONCATENATED MODULE: ./packages/migrations/src/check.ts
// Discovers and lints a migrations directory; builds the JSON, SARIF and text reports.







const ORDER = { error: 3, warning: 2, notice: 1 };
async function checkDirectory(dir, options = {}) {
    const found = discover(dir, options.layout);
    const parser = await (0,lint/* loadParser */.qd)();
    const prefix = options.pathPrefix ?? '';
    const name = (f) => (prefix ? external_node_path_.posix.join(prefix, f.file) : f.file);
    let only = options.only;
    const extra = [];
    if (options.base !== undefined) {
        const { branchChanges, versionFindings } = await __webpack_require__.e(/* import() */ 915).then(__webpack_require__.bind(__webpack_require__, 7915));
        const root = options.repoRoot ?? (0,external_node_child_process_.execFileSync)('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' }).trim();
        const relDir = (0,external_node_path_.relative)(root, dir).replaceAll('\\', '/') || '.';
        const known = new Set(found.files.map((f) => f.file));
        const isMigration = (file) => known.has(file) ||
            (found.layout === 'golang-migrate' ? file.endsWith('.up.sql') : found.layout === 'prisma' ? file.endsWith('/migration.sql') : file.endsWith('.sql'));
        const versionOf = (file) => versionFor(found.layout, file);
        const changes = branchChanges(root, options.base, relDir, isMigration, versionOf);
        only = changes.added;
        extra.push(...changes.findings.map((f) => ({ ...f, file: external_node_path_.posix.join(prefix, external_node_path_.posix.relative(relDir === '.' ? '' : relDir, f.file)) })));
        extra.push(...versionFindings(found.files, changes.added, changes.baseVersions, (file) => (prefix ? external_node_path_.posix.join(prefix, file) : file)));
    }
    const selected = found.files.filter((f) => !only || only.has(f.file));
    extra.push(...integrityFindings(dir, found.layout, found.files, selected, (file) => (prefix ? external_node_path_.posix.join(prefix, file) : file)));
    let findings = [...extra, ...selected.flatMap((f) => (0,lint/* lintWithParser */.$k)(parser, f.sql, { ...options, file: name(f), transaction: f.transaction }).findings)];
    let trace;
    if (options.verify && selected.length > 0) {
        const { verifyMigrations } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7890));
        trace = await verifyMigrations({
            base: found.files.filter((f) => !selected.includes(f)),
            added: selected.map((f) => ({ ...f, file: name(f) })),
            seedSql: options.seedSql,
            databaseUrl: options.databaseUrl,
        });
        findings = [...confirmFindings(findings, trace), ...traceFindings(trace)];
    }
    return {
        layout: found.layout,
        files: selected.map((f) => ({ file: name(f), ...(f.version ? { version: f.version } : {}), transaction: f.transaction })),
        findings,
        verified: trace !== undefined && trace.baseError === undefined && trace.files.every((f) => f.applied),
        verification: trace ? `proven on ${trace.engine}` : 'static lint only (no database engine was run)',
        ...(trace ? { trace } : {}),
    };
}
function maxSeverity(findings) {
    let best = 'none';
    for (const f of findings)
        if (best === 'none' || ORDER[f.severity] > ORDER[best])
            best = f.severity;
    return best;
}
/** SARIF 2.1.0 for code scanning: one rule object per rule that found something, stable fingerprints. */
function toSarif(report) {
    const ids = [...new Set(report.findings.map((f) => f.rule))].sort();
    const level = (s) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
    return {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'devops-actions migration-check',
                        informationUri: 'https://github.com/devops-actions/devops-actions/tree/main/migration-check',
                        rules: ids.map((id) => ({
                            id,
                            shortDescription: { text: RULE_DOCS[id]?.summary ?? id },
                            help: { text: RULE_DOCS[id]?.fix ?? '' },
                            defaultConfiguration: { level: level(lint/* RULES */.y0[id] ?? 'warning') },
                        })),
                    },
                },
                results: report.findings.map((f) => ({
                    ruleId: f.rule,
                    ruleIndex: ids.indexOf(f.rule),
                    level: level(f.severity),
                    message: { text: f.message },
                    locations: [
                        { physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) } } },
                    ],
                    // The rule, the file and the statement's text: stable when lines above it move.
                    partialFingerprints: { 'migrationFinding/v1': `${f.rule}:${f.file}:${(0,external_node_crypto_.createHash)('sha256').update(f.message).digest('hex').slice(0, 16)}` },
                })),
            },
        ],
    };
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
/** Rules about a table rewrite that the engine's trace can confirm or withdraw. */
const REWRITE_RULES = new Set(['change-column-type', 'add-column-volatile-default', 'add-column-stored-generated']);
/**
 * Static findings checked against what the engine did: a predicted rewrite the trace shows
 * did not happen becomes a notice that says so; one that happened says which locks it held.
 */
function confirmFindings(findings, trace) {
    return findings.map((f) => {
        if (!REWRITE_RULES.has(f.rule))
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
    const finding = (rule, file, message) => out.push({ rule, severity: lint/* RULES */.y0[rule] ?? 'error', file, line: 1, column: 1, message });
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

// EXTERNAL MODULE: ./packages/toolkit/src/index.ts + 2 modules
var src = __webpack_require__(359);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/migrations/src/config.ts
// `.migration-check.yml`: where the migrations are, disabled rules, severity overrides, the
// style group, `assume-lock-timeout` and the production PostgreSQL major. Errors name the
// line and the key. Action inputs and CLI options override what the file says.






const CONFIG_FILE = '.migration-check.yml';
const SEVERITIES = ['error', 'warning', 'notice'];
const KEYS = ['path', 'format', 'disable', 'severity', 'style', 'assume-lock-timeout', 'postgres-version'];
/** Loads the config: the given file, or `.migration-check.yml` in `cwd` when it exists. */
function loadConfig(cwd, file) {
    const path = file === undefined ? (0,external_node_path_.join)(cwd, CONFIG_FILE) : (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(cwd, file);
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (file !== undefined && file !== CONFIG_FILE)
            throw new src/* ConfigurationError */.j1('config', `the file ${file} does not exist`, CONFIG_FILE);
        return { disabledRules: [], severityOverrides: {} };
    }
    return parseConfig((0,external_node_fs_.readFileSync)(path, 'utf8'), file ?? CONFIG_FILE);
}
function parseConfig(text, name = CONFIG_FILE) {
    const lines = new dist.LineCounter();
    const doc = (0,dist.parseDocument)(text, { lineCounter: lines, prettyErrors: false });
    const at = (node, key) => {
        const range = node?.range;
        return `${name}:${range ? lines.linePos(range[0]).line : 1} ${key}`;
    };
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        throw new src/* ConfigurationError */.j1(`${name}:${error ? lines.linePos(error.pos[0]).line : 1}`, `is not valid YAML: ${error?.message.split('\n')[0] ?? 'parse error'}`);
    }
    const config = { source: name, disabledRules: [], severityOverrides: {} };
    const root = doc.contents;
    if (root === null || root === undefined)
        return config;
    if (!(0,dist.isMap)(root))
        throw new src/* ConfigurationError */.j1(at(root, '(top level)'), 'must be a mapping of keys', 'disable: [prefer-bigint]');
    const value = (node) => node?.value;
    /** A scalar as text ('' for a mapping or list, which the callers then reject). */
    const scalar = (node) => {
        const v = value(node);
        return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
    };
    const ruleId = (node, key) => {
        const id = scalar(node);
        if (!(id in lint/* RULES */.y0))
            throw new src/* ConfigurationError */.j1(at(node, key), `"${id}" is not a rule id; see migration-check/README.md`, 'missing-lock-timeout');
        return id;
    };
    const bool = (node, key) => {
        const v = value(node);
        if (typeof v !== 'boolean')
            throw new src/* ConfigurationError */.j1(at(node, key), 'must be true or false', 'true');
        return v;
    };
    for (const pair of root.items) {
        const keyNode = pair.key;
        const key = scalar(keyNode ?? undefined);
        const node = pair.value;
        if (!KEYS.includes(key))
            throw new src/* ConfigurationError */.j1(at(keyNode, key), `unknown key; known keys are ${KEYS.join(', ')}`);
        switch (key) {
            case 'path':
                config.path = scalar(node);
                break;
            case 'format': {
                const layout = scalar(node);
                if (!LAYOUTS.includes(layout))
                    throw new src/* ConfigurationError */.j1(at(node, key), `"${layout}" is not one of ${LAYOUTS.join(', ')}`, 'flyway');
                config.layout = layout;
                break;
            }
            case 'disable':
                if (!(0,dist.isSeq)(node))
                    throw new src/* ConfigurationError */.j1(at(node, key), 'must be a list of rule ids', 'disable: [prefer-bigint]');
                config.disabledRules = node.items.map((item, i) => ruleId(item, `disable[${i}]`));
                break;
            case 'severity':
                if (!(0,dist.isMap)(node))
                    throw new src/* ConfigurationError */.j1(at(node, key), 'must map rule ids to error, warning or notice', 'severity: { missing-lock-timeout: error }');
                for (const item of node.items) {
                    const id = ruleId(item.key, 'severity');
                    const level = scalar(item.value);
                    if (!SEVERITIES.includes(level))
                        throw new src/* ConfigurationError */.j1(at(item.value, `severity.${id}`), `"${level}" is not one of ${SEVERITIES.join(', ')}`, 'warning');
                    config.severityOverrides[id] = level;
                }
                break;
            case 'style':
                config.style = bool(node, key);
                break;
            case 'assume-lock-timeout':
                config.assumeLockTimeout = bool(node, key);
                break;
            case 'postgres-version': {
                const version = scalar(node);
                if (!/^\d{2}$/.test(version))
                    throw new src/* ConfigurationError */.j1(at(node, key), `"${version}" is not a PostgreSQL major version`, '17');
                config.postgresVersion = version;
                break;
            }
        }
    }
    return config;
}

// EXTERNAL MODULE: ./packages/migrations/src/verify.ts
var verify = __webpack_require__(7890);
;// CONCATENATED MODULE: ./packages/migrations/src/index.ts








/***/ }),

/***/ 1610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ lintWithParser),
/* harmony export */   Xd: () => (/* binding */ splitStatements),
/* harmony export */   qd: () => (/* binding */ loadParser),
/* harmony export */   uA: () => (/* binding */ lintSql),
/* harmony export */   y0: () => (/* binding */ RULES)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/** Static lint of PostgreSQL migrations with the real PostgreSQL parser (libpg-query). */


const RULES = {
    'parse-error': 'error',
    'add-column-not-null-no-default': 'error',
    'add-column-volatile-default': 'error',
    'add-column-stored-generated': 'error',
    'create-index-non-concurrent': 'error',
    'drop-index-non-concurrent': 'error',
    'reindex-non-concurrent': 'error',
    'concurrent-index-in-transaction': 'error',
    'add-foreign-key-without-not-valid': 'error',
    'add-check-without-not-valid': 'error',
    'validate-constraint-same-transaction': 'warning',
    'set-not-null': 'error',
    'change-column-type': 'error',
    'add-unique-constraint': 'error',
    'add-primary-key': 'error',
    'add-exclusion-constraint': 'error',
    'rename-column': 'error',
    'rename-table': 'error',
    'drop-column': 'error',
    'drop-table': 'error',
    'drop-database': 'error',
    'drop-schema': 'error',
    'truncate-table': 'error',
    'drop-not-null': 'error',
    'table-rewrite-command': 'error',
    'detach-partition-non-concurrent': 'error',
    'missing-lock-timeout': 'warning',
    'unterminated-transaction': 'error',
    'transaction-nesting': 'warning',
    'identifier-too-long': 'error',
    'require-primary-key': 'warning',
    'backfill-in-ddl-transaction': 'warning',
    'ban-char-type': 'notice',
    'prefer-bigint': 'notice',
    'prefer-identity': 'notice',
    'prefer-text-over-varchar': 'notice',
    'prefer-timestamptz': 'notice',
    'prefer-jsonb': 'notice',
    'ignore-without-reason': 'error',
    'unused-ignore': 'warning',
    'edited-merged-migration': 'error',
    'duplicate-version': 'error',
    'version-lower-than-base': 'error',
    'journal-mismatch': 'error',
    'not-utf8': 'error',
    'missing-down': 'warning',
    'migration-failed': 'error',
    'merged-migration-failed': 'error',
    'down-does-not-revert': 'error',
    'down-failed': 'error',
};
const STYLE_RULES = new Set(['ban-char-type', 'prefer-bigint', 'prefer-identity', 'prefer-text-over-varchar', 'prefer-timestamptz', 'prefer-jsonb']);
const DESTRUCTIVE = new Set(['rename-column', 'rename-table', 'drop-column', 'drop-table', 'drop-database', 'drop-schema', 'truncate-table', 'drop-not-null']);
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
            global.__dirname = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));
        try {
            const mod = (await __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 2627, 23)));
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
const IGNORE_RE = /--\s*migration-check:ignore\s+([a-z0-9-]+)(?:[ \t]+(.*\S))?/g;
const TX_RE = /--\s*migration-check:\s*transaction\s*=\s*(none|wrapped)/i;
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
/** Whether the text holds a word (between spaces, commas, dots, parentheses) of 64 bytes or more, in one pass. */
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
/** Lints one migration file. */
async function lintSql(sql, options) {
    const parser = await loadParser();
    return lintWithParser(parser, sql, options);
}
function lintWithParser(parser, sql, options) {
    const file = options.file;
    const pos = new Positions(sql);
    const findings = [];
    const txOverride = TX_RE.exec(sql);
    const transaction = txOverride ? txOverride[1].toLowerCase() : (options.transaction ?? 'wrapped');
    const disabled = new Set(options.disabledRules ?? []);
    const styleOn = options.style !== false;
    const ignores = [];
    for (const m of sql.matchAll(IGNORE_RE)) {
        const { line, column } = pos.lineCol(m.index);
        if (!m[2]) {
            findings.push({
                rule: 'ignore-without-reason',
                severity: RULES['ignore-without-reason'],
                file,
                line,
                column,
                message: `The acknowledgement of ${m[1]} has no reason: write "-- migration-check:ignore ${m[1]} <why this is safe>".`,
            });
            continue;
        }
        ignores.push({ rule: m[1], reason: m[2], line, used: false });
    }
    let stmts;
    try {
        stmts = parser.parseSync(sql).stmts ?? [];
    }
    catch (error) {
        const e = error;
        const cursor = e.sqlDetails?.cursorPosition ?? 0;
        const { line, column } = pos.lineCol(pos.charOffset(cursor));
        return {
            findings: [...findings, { rule: 'parse-error', severity: 'error', file, line, column, message: `The PostgreSQL parser rejects this file: ${e.message}` }],
            statements: 0,
            transaction,
        };
    }
    const created = new Set();
    const createdIndexes = new Set();
    const notValidAdded = new Set();
    let lockTimeout = options.assumeLockTimeout === true;
    let inExplicitTx = false;
    /** Existing tables an ALTER TABLE locked in the transaction that is still open. */
    const lockedByDdl = new Set();
    let beginLine = 0;
    let prevStmtEnd = 0;
    for (const raw of stmts) {
        const byteStart = raw.stmt_location ?? 0;
        const byteLen = raw.stmt_len && raw.stmt_len > 0 ? raw.stmt_len : Buffer.byteLength(sql) - byteStart;
        const startChar = pos.lineOfFirstCode(byteStart, byteLen);
        const { line, column } = pos.lineCol(startChar);
        const stmtStartLine = pos.lineCol(pos.charOffset(byteStart)).line;
        const inTx = transaction === 'wrapped' || inExplicitTx;
        const report = (rule, message) => {
            if (disabled.has(rule) || (!styleOn && STYLE_RULES.has(rule)))
                return;
            const ignore = ignores.find((i) => i.rule === rule && i.line >= Math.min(stmtStartLine, prevStmtEnd + 1) && i.line <= line);
            if (ignore) {
                ignore.used = true;
                return;
            }
            const severity = options.severityOverrides?.[rule] ?? RULES[rule] ?? 'warning';
            const note = DESTRUCTIVE.has(rule) ? ` If this is intended, acknowledge it with "-- migration-check:ignore ${rule} <reason>" above the statement.` : '';
            findings.push({ rule, severity, file, line, column, message: message + note });
        };
        const existing = (rel) => rel !== undefined && !created.has(rel);
        const needsLockTimeout = (rel, what) => {
            if (existing(rel) && !lockTimeout)
                report('missing-lock-timeout', `${what} locks ${rel} without a lock_timeout: add "SET lock_timeout = '2s';" earlier in the file so a blocked lock does not queue every other query behind it.`);
        };
        // Walking every node is the costliest part of the lint: only a statement whose text holds a
        // word of 64 bytes or more can have an identifier the parser truncated.
        const statementText = sql.slice(pos.charOffset(byteStart), pos.charOffset(byteStart + byteLen));
        const mayTruncate = hasLongWord(statementText);
        for (const n of mayTruncate ? walk(raw.stmt) : []) {
            for (const key of ['relname', 'idxname', 'conname', 'colname', 'newname']) {
                const v = str(n[key]);
                // the parser truncates long identifiers to 63 bytes, as the server does: look for the longer original in the source
                if (v && Buffer.byteLength(v) >= 63) {
                    const longer = new RegExp(`${v.replace(/[^\w]/g, '.')}[\\w$]+`, 'i').exec(statementText);
                    if (longer)
                        report('identifier-too-long', `Identifier "${longer[0]}" is ${Buffer.byteLength(longer[0])} bytes; PostgreSQL silently truncates it to "${v}" (63 bytes). Shorten it.`);
                }
            }
        }
        const [kind, bodyUnknown] = Object.entries(raw.stmt)[0] ?? ['', {}];
        const body = obj(bodyUnknown) ?? {};
        switch (kind) {
            case 'TransactionStmt': {
                const k = str(body.kind) ?? '';
                if (k === 'TRANS_STMT_BEGIN' || k === 'TRANS_STMT_START') {
                    if (transaction === 'wrapped')
                        report('transaction-nesting', 'BEGIN in a file the runner already wraps in a transaction: remove it (PostgreSQL only warns, and the inner COMMIT ends the runner\u2019s transaction early).');
                    inExplicitTx = true;
                    beginLine = line;
                }
                else if (k === 'TRANS_STMT_COMMIT' || k === 'TRANS_STMT_ROLLBACK') {
                    if (transaction === 'wrapped')
                        report('transaction-nesting', 'COMMIT/ROLLBACK in a file the runner already wraps in a transaction: remove it.');
                    inExplicitTx = false;
                    if (transaction === 'none')
                        lockedByDdl.clear();
                }
                break;
            }
            case 'VariableSetStmt': {
                if (str(body.name) === 'lock_timeout') {
                    const v = arr(body.args).map((a) => obj(a)?.A_Const);
                    const c = obj(v[0]);
                    const ival = obj(c?.ival)?.ival;
                    const value = str(obj(c?.sval)?.sval) ?? (typeof ival === 'number' ? String(ival) : '0');
                    lockTimeout = !/^0+\s*(ms|s|min)?$/i.test(value.trim()) && str(body.kind) !== 'VAR_RESET';
                }
                break;
            }
            case 'SelectStmt': {
                for (const n of walk(body)) {
                    const fc = obj(n.FuncCall);
                    if (fc && nameList(fc.funcname).endsWith('set_config') && JSON.stringify(fc.args).includes('"lock_timeout"'))
                        lockTimeout = true;
                }
                break;
            }
            case 'CreateStmt': {
                const rel = relName(body.relation);
                if (rel)
                    created.add(rel);
                let hasPk = false;
                for (const elt of arr(body.tableElts)) {
                    const cd = obj(obj(elt)?.ColumnDef);
                    const con = obj(obj(elt)?.Constraint);
                    if (con && str(con.contype) === 'CONSTR_PRIMARY')
                        hasPk = true;
                    if (cd) {
                        styleChecks(cd, report);
                        for (const c of arr(cd.constraints)) {
                            const cc = obj(obj(c)?.Constraint);
                            if (cc && str(cc.contype) === 'CONSTR_PRIMARY')
                                hasPk = true;
                            if (cc && str(cc.contype) === 'CONSTR_FOREIGN')
                                needsLockTimeout(relName(cc.pktable), `CREATE TABLE ${rel} ... REFERENCES`);
                        }
                    }
                    if (con && str(con.contype) === 'CONSTR_FOREIGN')
                        needsLockTimeout(relName(con.pktable), `CREATE TABLE ${rel} ... REFERENCES`);
                }
                const temp = obj(body.relation)?.relpersistence === 't';
                if (!hasPk && !temp && !body.partbound)
                    report('require-primary-key', `CREATE TABLE ${rel} has no primary key: logical replication, CDC and upserts need one. Add "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY".`);
                break;
            }
            case 'IndexStmt': {
                const rel = relName(body.relation);
                const idx = str(body.idxname)?.toLowerCase();
                if (body.concurrent === true) {
                    if (inTx)
                        report('concurrent-index-in-transaction', concurrentMsg('CREATE INDEX CONCURRENTLY', transaction, inExplicitTx));
                }
                else if (existing(rel)) {
                    report('create-index-non-concurrent', `CREATE INDEX on ${rel} holds a SHARE lock that blocks writes for the whole build: use CREATE INDEX CONCURRENTLY (in a file the runner does not wrap in a transaction).`);
                    needsLockTimeout(rel, 'CREATE INDEX');
                }
                if (idx)
                    createdIndexes.add(idx);
                break;
            }
            case 'ReindexStmt': {
                const concurrent = arr(body.params).some((p) => str(obj(obj(p)?.DefElem)?.defname) === 'concurrently');
                if (concurrent) {
                    if (inTx)
                        report('concurrent-index-in-transaction', concurrentMsg('REINDEX CONCURRENTLY', transaction, inExplicitTx));
                }
                else
                    report('reindex-non-concurrent', 'REINDEX blocks writes (and reads using the index) while it rebuilds: use REINDEX ... CONCURRENTLY outside a transaction.');
                break;
            }
            case 'DropStmt': {
                const type = str(body.removeType);
                const names = arr(body.objects).map((o) => nameList(obj(obj(o)?.List)?.items ?? (obj(o)?.String ? [o] : [])));
                if (type === 'OBJECT_INDEX') {
                    if (body.concurrent === true) {
                        if (inTx)
                            report('concurrent-index-in-transaction', concurrentMsg('DROP INDEX CONCURRENTLY', transaction, inExplicitTx));
                    }
                    else if (names.some((n) => !createdIndexes.has(n))) {
                        report('drop-index-non-concurrent', `DROP INDEX ${names.join(', ')} takes ACCESS EXCLUSIVE on its table: use DROP INDEX CONCURRENTLY (in a file the runner does not wrap in a transaction).`);
                    }
                }
                else if (type === 'OBJECT_TABLE') {
                    const old = names.filter((n) => !created.has(n));
                    if (old.length > 0)
                        report('drop-table', `DROP TABLE ${old.join(', ')} deletes data: stop every reader and writer first, and keep a backup.`);
                }
                else if (type === 'OBJECT_SCHEMA') {
                    report('drop-schema', `DROP SCHEMA ${names.join(', ')} deletes every object in it${str(body.behavior) === 'DROP_CASCADE' ? ' (CASCADE)' : ''}.`);
                }
                break;
            }
            case 'DropdbStmt':
                report('drop-database', `DROP DATABASE ${str(body.dbname) ?? ''} does not belong in a migration.`);
                break;
            case 'TruncateStmt': {
                const rels = arr(body.relations).map((r) => relName(obj(r)?.RangeVar));
                const old = rels.filter((r) => existing(r));
                if (old.length > 0)
                    report('truncate-table', `TRUNCATE ${old.join(', ')}${str(body.behavior) === 'DROP_CASCADE' ? ' CASCADE' : ''} deletes every row under ACCESS EXCLUSIVE: delete in batches instead, or acknowledge it.`);
                break;
            }
            case 'RenameStmt': {
                const rel = relName(body.relation);
                const type = str(body.renameType);
                if (!existing(rel))
                    break;
                if (type === 'OBJECT_COLUMN')
                    report('rename-column', `Renaming ${rel}.${str(body.subname)} to ${str(body.newname)} breaks running clients: add the new column, write both, backfill, switch readers, then drop the old one.`);
                else if (type === 'OBJECT_TABLE')
                    report('rename-table', `Renaming ${rel} to ${str(body.newname)} breaks running clients: create a view with the old name, or migrate readers first.`);
                needsLockTimeout(rel, 'RENAME');
                break;
            }
            case 'VacuumStmt': {
                const full = arr(body.options).some((o) => str(obj(obj(o)?.DefElem)?.defname) === 'full');
                if (full || body.is_vacuumcmd === false)
                    report('table-rewrite-command', `${full ? 'VACUUM FULL' : 'CLUSTER'} rewrites the table under ACCESS EXCLUSIVE: use pg_repack or pg_squeeze online.`);
                break;
            }
            case 'ClusterStmt':
                report('table-rewrite-command', 'CLUSTER rewrites the table under ACCESS EXCLUSIVE: use pg_repack or pg_squeeze online.');
                break;
            case 'AlterTableStmt': {
                const rel = relName(body.relation);
                if (str(body.objtype) !== 'OBJECT_TABLE' || !existing(rel))
                    break;
                let strongLock = false;
                for (const c of arr(body.cmds)) {
                    const cmd = obj(obj(c)?.AlterTableCmd);
                    if (!cmd)
                        continue;
                    const sub = str(cmd.subtype);
                    strongLock = true;
                    alterChecks(rel, sub ?? '', cmd, report, notValidAdded, inTx);
                }
                if (strongLock)
                    needsLockTimeout(rel, 'ALTER TABLE');
                if (strongLock && inTx)
                    lockedByDdl.add(rel);
                break;
            }
            case 'UpdateStmt':
            case 'DeleteStmt': {
                const rel = relName(body.relation);
                if (rel && inTx && lockedByDdl.has(rel))
                    report('backfill-in-ddl-transaction', `${kind === 'UpdateStmt' ? 'UPDATE' : 'DELETE'} of ${rel} in the transaction whose ALTER TABLE locked it: the ACCESS EXCLUSIVE lock is held for the whole backfill. Backfill in a separate migration, in batches.`);
                break;
            }
            case 'CreateTrigStmt':
                needsLockTimeout(relName(body.relation), 'CREATE TRIGGER');
                break;
            default:
                break;
        }
        prevStmtEnd = pos.lineCol(pos.charOffset(byteStart + byteLen)).line;
    }
    if (inExplicitTx && transaction === 'none')
        findings.push({
            rule: 'unterminated-transaction',
            severity: options.severityOverrides?.['unterminated-transaction'] ?? 'error',
            file,
            line: beginLine,
            column: 1,
            message: 'BEGIN without a matching COMMIT: the work is rolled back when the session ends. Add COMMIT; at the end of the file.',
        });
    for (const i of ignores.filter((x) => !x.used))
        findings.push({
            rule: 'unused-ignore',
            severity: RULES['unused-ignore'],
            file,
            line: i.line,
            column: 1,
            message: `The acknowledgement of ${i.rule} matches no finding on the next statement: remove it.`,
        });
    findings.sort((a, b) => a.line - b.line || a.column - b.column);
    return { findings: findings.filter((f) => !disabled.has(f.rule)), statements: stmts.length, transaction };
}
function concurrentMsg(what, transaction, explicit) {
    return explicit
        ? `${what} inside BEGIN ... COMMIT: PostgreSQL refuses to run it. Move it out of the transaction block.`
        : `${what} in a file the runner wraps in a transaction: PostgreSQL refuses to run it. Put it in its own migration marked non-transactional (e.g. "-- migration-check: transaction=none" plus the runner's own directive).`;
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
function alterChecks(rel, sub, cmd, report, notValidAdded, inTx) {
    switch (sub) {
        case 'AT_AddColumn': {
            const cd = obj(obj(cmd.def)?.ColumnDef);
            if (!cd)
                return;
            styleChecks(cd, report);
            const col = str(cd.colname) ?? '?';
            const cons = arr(cd.constraints).map((c) => obj(obj(c)?.Constraint) ?? {});
            const def = cons.find((c) => str(c.contype) === 'CONSTR_DEFAULT');
            const { name } = typeName(cd.typeName);
            if (cons.some((c) => str(c.contype) === 'CONSTR_NOTNULL') &&
                !def &&
                !cons.some((c) => str(c.contype) === 'CONSTR_GENERATED' || str(c.contype) === 'CONSTR_IDENTITY'))
                report('add-column-not-null-no-default', `ADD COLUMN ${col} NOT NULL without a DEFAULT fails on a non-empty ${rel} and breaks old writers: add it nullable (or with a constant DEFAULT), backfill, then add a NOT VALID CHECK and validate it.`);
            const volatile = def ? volatileDefault(def.raw_expr) : undefined;
            if (volatile || /serial/.test(name) || cons.some((c) => str(c.contype) === 'CONSTR_IDENTITY'))
                report('add-column-volatile-default', `ADD COLUMN ${col} with a volatile default (${volatile ?? name}) rewrites ${rel} under ACCESS EXCLUSIVE: add the column without a default, set the default afterwards, and backfill in batches.`);
            if (cons.some((c) => str(c.contype) === 'CONSTR_GENERATED'))
                report('add-column-stored-generated', `ADD COLUMN ${col} GENERATED ... STORED rewrites ${rel} under ACCESS EXCLUSIVE: add a plain column, backfill in batches and keep it in sync with a trigger.`);
            for (const c of cons) {
                if (str(c.contype) === 'CONSTR_FOREIGN')
                    report('add-foreign-key-without-not-valid', `ADD COLUMN ${col} REFERENCES validates under SHARE ROW EXCLUSIVE on both tables: add the column, then "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID" and "VALIDATE CONSTRAINT" in a separate transaction.`);
                if (str(c.contype) === 'CONSTR_UNIQUE')
                    report('add-unique-constraint', `ADD COLUMN ${col} UNIQUE builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX.`);
                if (str(c.contype) === 'CONSTR_PRIMARY')
                    report('add-primary-key', `ADD COLUMN ${col} PRIMARY KEY builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX.`);
            }
            return;
        }
        case 'AT_AddConstraint': {
            const c = obj(obj(cmd.def)?.Constraint) ?? {};
            const type = str(c.contype);
            const name = str(c.conname) ?? '';
            const notValid = c.skip_validation === true || c.initially_valid === false;
            if (notValid)
                notValidAdded.add(name.toLowerCase());
            if (type === 'CONSTR_FOREIGN' && !notValid)
                report('add-foreign-key-without-not-valid', `ADD FOREIGN KEY on ${rel} validates every row under SHARE ROW EXCLUSIVE on both tables: add it NOT VALID, then VALIDATE CONSTRAINT ${name || '<name>'} in a separate transaction.`);
            if (type === 'CONSTR_CHECK' && !notValid)
                report('add-check-without-not-valid', `ADD CHECK on ${rel} scans the table under ACCESS EXCLUSIVE: add it NOT VALID, then VALIDATE CONSTRAINT ${name || '<name>'} in a separate transaction.`);
            if (type === 'CONSTR_UNIQUE' && !c.indexname)
                report('add-unique-constraint', `ADD UNIQUE on ${rel} builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ${name || '<name>'} UNIQUE USING INDEX.`);
            if (type === 'CONSTR_PRIMARY' && !c.indexname)
                report('add-primary-key', `ADD PRIMARY KEY on ${rel} builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ${name || '<name>'} PRIMARY KEY USING INDEX.`);
            if (type === 'CONSTR_EXCLUSION')
                report('add-exclusion-constraint', `ADD EXCLUDE on ${rel} builds an index and scans under ACCESS EXCLUSIVE and has no NOT VALID form: schedule it in a maintenance window or on an empty table.`);
            return;
        }
        case 'AT_ValidateConstraint': {
            const name = (str(cmd.name) ?? '').toLowerCase();
            if (notValidAdded.has(name) && inTx)
                report('validate-constraint-same-transaction', `VALIDATE CONSTRAINT ${name} runs in the transaction that added it, so the ADD's strong lock is held during the scan: validate in a separate migration.`);
            return;
        }
        case 'AT_SetNotNull':
            report('set-not-null', `SET NOT NULL on ${rel}.${str(cmd.name)} scans the table under ACCESS EXCLUSIVE: add CHECK (${str(cmd.name)} IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL uses the validated CHECK and skips the scan).`);
            return;
        case 'AT_DropNotNull':
            report('drop-not-null', `DROP NOT NULL on ${rel}.${str(cmd.name)}: readers that assume non-null values break.`);
            return;
        case 'AT_AlterColumnType': {
            const cd = obj(obj(cmd.def)?.ColumnDef);
            const { name } = typeName(cd?.typeName);
            if (name === 'text' || (name === 'varchar' && typeName(cd?.typeName).mods === 0))
                return; // widening to unbounded text types is binary-coercible from varchar
            report('change-column-type', `ALTER COLUMN ${str(cmd.name)} TYPE ${name} rewrites ${rel} and its indexes under ACCESS EXCLUSIVE: add a new column, backfill in batches, and switch over.`);
            return;
        }
        case 'AT_DropColumn':
            report('drop-column', `DROP COLUMN ${rel}.${str(cmd.name)} deletes data and breaks clients that still read it: stop using it in the application first.`);
            return;
        case 'AT_DetachPartition': {
            const pc = obj(obj(cmd.def)?.PartitionCmd);
            if (pc?.concurrent !== true)
                report('detach-partition-non-concurrent', `DETACH PARTITION on ${rel} takes ACCESS EXCLUSIVE on the parent: use DETACH PARTITION ... CONCURRENTLY outside a transaction.`);
            return;
        }
        default:
            return;
    }
}


/***/ }),

/***/ 7890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ schemaDiff),
/* harmony export */   a: () => (/* binding */ DatabaseError),
/* harmony export */   verifyMigrations: () => (/* binding */ verifyMigrations)
/* harmony export */ });
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1610);

/** Statements that PostgreSQL refuses inside a transaction block. */
const OUTSIDE_TRANSACTION = /\bCONCURRENTLY\b|^\s*VACUUM\b|^\s*(?:CREATE|DROP)\s+DATABASE\b|^\s*ALTER\s+SYSTEM\b/i;
const TRANSACTION_CONTROL = /^\s*(?:BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK)\b/i;
const USER_RELATIONS = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'";
async function statements(sql) {
    return (0,_lint_js__WEBPACK_IMPORTED_MODULE_0__/* .splitStatements */ .Xd)(await (0,_lint_js__WEBPACK_IMPORTED_MODULE_0__/* .loadParser */ .qd)(), sql);
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
/** An error a user can act on: the server cannot be reached or refuses the scratch database. */
class DatabaseError extends Error {
    name = 'DatabaseError';
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
