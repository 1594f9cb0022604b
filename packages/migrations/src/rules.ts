// The rule registry: every rule the check reports, with its default severity, what it catches
// and the safe way instead. RuleId is derived from it, so a finding, a config entry or a doc can
// only name a rule that is here, and a rule here cannot lack its documentation. The README's rule
// table repeats it for readers (a test keeps them in step).
import { ConfigurationError } from '@devops-actions/toolkit';
import { didYouMean } from '@devops-actions/toolkit/config';
import type { Severity } from './vocabulary.ts';

export interface RuleDoc {
  summary: string;
  fix: string;
  /** The squawk rule that catches the same thing, for teams coming from squawk. */
  squawk?: string;
}

interface RuleSpec extends RuleDoc {
  severity: Severity;
  /** A style notice: switched off as a group with `style: false`. */
  style?: true;
  /** Destructive: its message says how to acknowledge it, since it may be intended. */
  destructive?: true;
  /** Predicts a table rewrite, which the engine's trace confirms or withdraws. */
  rewrite?: true;
}

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
    summary:
      'ADD COLUMN whose default is volatile (random(), gen_random_uuid(), clock_timestamp(), nextval/serial/identity, unknown user function): rewrites the table under ACCESS EXCLUSIVE',
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
    summary:
      'Adding a foreign key to an existing table without NOT VALID (incl. inline REFERENCES in ADD COLUMN): validates every row while holding SHARE ROW EXCLUSIVE on both tables',
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
    summary:
      'A statement that takes a lock blocking reads or writes (SHARE or stronger) on an existing table, with no earlier non-zero SET [LOCAL] lock_timeout / set_config(lock_timeout) in the file',
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
    summary:
      'A migration already on the base branch was edited, deleted or renamed: databases that applied it never see the change (Flyway rejects its checksum).',
    fix: 'Leave merged migrations as they are; add a new migration.',
  },
  'duplicate-version': { severity: 'error', summary: 'Two migrations share a version: runners refuse or skip one of them.', fix: 'Renumber the new one.' },
  'version-lower-than-base': {
    severity: 'error',
    summary:
      'A new migration has a version lower than the newest on the base branch: databases already past it skip it silently (the Drizzle and Flyway outOfOrder class).',
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
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof TABLE;

const SPECS: Readonly<Record<RuleId, RuleSpec>> = TABLE;
export const RULE_IDS = Object.keys(TABLE) as RuleId[];

function each<T>(pick: (spec: RuleSpec) => T): Readonly<Record<RuleId, T>> {
  return Object.fromEntries(RULE_IDS.map((id) => [id, pick(SPECS[id])])) as Record<RuleId, T>;
}

/** The default severity of each rule. */
export const RULES: Readonly<Record<RuleId, Severity>> = each((spec) => spec.severity);

/** What each rule catches and the safe way instead (SARIF rule objects, the README's rule table). */
export const RULE_DOCS: Readonly<Record<RuleId, RuleDoc>> = each(({ summary, fix, squawk }) =>
  squawk === undefined ? { summary, fix } : { summary, fix, squawk },
);

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(TABLE, id);
}

/** What is wrong with an id that names no rule, with the closest one. */
export function notARuleId(id: string): string {
  return `"${id}" is not a rule id (see migration-check/README.md)${didYouMean(id, RULE_IDS)}`;
}

/** Rule ids from an input or option (`subject`); an unknown one is a user error. */
export function parseRuleIds(subject: string, ids: readonly string[]): RuleId[] {
  return ids.map((id) => {
    if (!isRuleId(id)) throw new ConfigurationError(subject, notARuleId(id), 'prefer-bigint');
    return id;
  });
}

export const STYLE_RULES: ReadonlySet<RuleId> = new Set(RULE_IDS.filter((id) => SPECS[id].style));
export const DESTRUCTIVE_RULES: ReadonlySet<RuleId> = new Set(RULE_IDS.filter((id) => SPECS[id].destructive));
export const REWRITE_RULES: ReadonlySet<RuleId> = new Set(RULE_IDS.filter((id) => SPECS[id].rewrite));
