// One line per rule: what it catches (the shared rule vocabulary) and the safe way instead.
// Used in SARIF rule objects and the README's rule table.

export interface RuleDoc {
  summary: string;
  fix: string;
  squawk?: string;
}

export const RULE_DOCS: Readonly<Record<string, RuleDoc>> = {
  'add-column-not-null-no-default': {
    summary: 'ADD COLUMN ... NOT NULL without a DEFAULT on an existing table: fails on any non-empty table and breaks old writers',
    fix: 'Add the column nullable (or with a constant default), backfill in batches, then add a NOT VALID CHECK, validate it and SET NOT NULL.',
    squawk: 'adding-required-field',
  },
  'add-column-volatile-default': {
    summary:
      'ADD COLUMN whose default is volatile (random(), gen_random_uuid(), clock_timestamp(), nextval/serial/identity, unknown user function): rewrites the table under ACCESS EXCLUSIVE',
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
    summary:
      'Adding a foreign key to an existing table without NOT VALID (incl. inline REFERENCES in ADD COLUMN): validates every row while holding SHARE ROW EXCLUSIVE on both tables',
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
    summary:
      'A statement that takes a lock blocking reads or writes (SHARE or stronger) on an existing table, with no earlier non-zero SET [LOCAL] lock_timeout / set_config(lock_timeout) in the file',
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
    summary:
      'A migration already on the base branch was edited, deleted or renamed: databases that applied it never see the change (Flyway rejects its checksum).',
    fix: 'Leave merged migrations as they are; add a new migration.',
  },
  'backfill-in-ddl-transaction': {
    summary: 'UPDATE/DELETE of an existing table in the same transaction as DDL that locked that table: the strong lock is held for the whole backfill',
    fix: 'Backfill in a separate migration, in batches.',
  },
  'duplicate-version': { summary: 'Two migrations share a version: runners refuse or skip one of them.', fix: 'Renumber the new one.' },
  'version-lower-than-base': {
    summary:
      'A new migration has a version lower than the newest on the base branch: databases already past it skip it silently (the Drizzle and Flyway outOfOrder class).',
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
