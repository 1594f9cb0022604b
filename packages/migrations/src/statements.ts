// The lint's rules, one handler per kind of statement in the parse tree (`AlterTableStmt`, ...)
// and per ALTER TABLE sub-command (`AT_AddColumn`, ...). A handler reads its statement and
// the file's state so far (tables it created, locks held in the open transaction) and reports.
import type { RuleId } from './rules.ts';
import type { TransactionMode } from './lint.ts';

/** A parse-tree node of libpg-query's JSON. */
export type Node = Record<string, unknown>;

/** What the file did before the statement at hand. */
export interface FileState {
  readonly transaction: TransactionMode;
  /** Tables the file created: the locking rules do not apply to them. */
  readonly created: Set<string>;
  readonly createdIndexes: Set<string>;
  /** Constraints the file added NOT VALID. */
  readonly notValidAdded: Set<string>;
  /** Existing tables an ALTER TABLE locked in the transaction that is still open. */
  readonly lockedByDdl: Set<string>;
  /** A non-zero lock_timeout is in force. */
  lockTimeout: boolean;
  inExplicitTx: boolean;
  beginLine: number;
}

export function newFileState(transaction: TransactionMode, assumeLockTimeout: boolean): FileState {
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

export type Report = (rule: RuleId, message: string) => void;

/** One statement being linted. */
export interface Statement {
  readonly file: FileState;
  /** The line of its first keyword. */
  readonly line: number;
  /** Whether it runs inside a transaction (the runner's or an explicit BEGIN). */
  readonly inTx: boolean;
  readonly report: Report;
}

type StatementHandler = (body: Node, st: Statement) => void;
type AlterHandler = (rel: string, cmd: Node, st: Statement) => void;

export function str(node: unknown): string | undefined {
  return typeof node === 'string' ? node : undefined;
}
export function obj(node: unknown): Node | undefined {
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Node) : undefined;
}
function arr(node: unknown): unknown[] {
  return Array.isArray(node) ? node : [];
}
function relName(rv: unknown): string | undefined {
  const r = obj(rv);
  if (!r) return undefined;
  const name = str(r.relname);
  if (!name) return undefined;
  const schema = str(r.schemaname);
  return (schema ? `${schema}.${name}` : name).toLowerCase();
}
function nameList(list: unknown): string {
  return arr(list)
    .map((n) => str(obj(obj(n)?.String)?.sval))
    .filter((s): s is string => s !== undefined)
    .join('.')
    .toLowerCase();
}
function typeName(tn: unknown): { name: string; mods: number } {
  const t = obj(tn);
  const names = arr(t?.names)
    .map((n) => str(obj(obj(n)?.String)?.sval))
    .filter((s): s is string => s !== undefined && s !== 'pg_catalog');
  return { name: (names.join('.') || '').toLowerCase(), mods: arr(t?.typmods).length };
}

export function* walk(node: unknown): Generator<Node> {
  if (Array.isArray(node)) {
    for (const n of node) yield* walk(n);
  } else if (node !== null && typeof node === 'object') {
    yield node as Node;
    for (const v of Object.values(node)) if (v !== null && typeof v === 'object') yield* walk(v);
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

function volatileDefault(expr: unknown): string | undefined {
  for (const n of walk(expr)) {
    const fc = obj(n.FuncCall);
    if (fc) {
      const fname = nameList(fc.funcname).split('.').pop() ?? '';
      if (VOLATILE_FUNCTIONS.has(fname)) return `${fname}()`;
      if (!STABLE_OR_IMMUTABLE.has(fname) && !nameList(fc.funcname).startsWith('pg_catalog.')) return `${fname}() (volatility unknown)`;
    }
  }
  return undefined;
}

/** A table that existed before this file (the locking rules are about those). */
function existing(st: Statement, rel: string | undefined): rel is string {
  return rel !== undefined && !st.file.created.has(rel);
}

function needsLockTimeout(st: Statement, rel: string | undefined, what: string): void {
  if (existing(st, rel) && !st.file.lockTimeout)
    st.report(
      'missing-lock-timeout',
      `${what} locks ${rel} without a lock_timeout: add "SET lock_timeout = '2s';" earlier in the file so a blocked lock does not queue every other query behind it.`,
    );
}

function concurrentInTransaction(st: Statement, what: string): void {
  if (!st.inTx) return;
  st.report(
    'concurrent-index-in-transaction',
    st.file.inExplicitTx
      ? `${what} inside BEGIN ... COMMIT: PostgreSQL refuses to run it. Move it out of the transaction block.`
      : `${what} in a file the runner wraps in a transaction: PostgreSQL refuses to run it. Put it in its own migration marked non-transactional (e.g. "-- migration-check: transaction=none" plus the runner's own directive).`,
  );
}

// The parser truncates long identifiers to 63 bytes, as the server does.
const IDENTIFIER_KEYS = ['relname', 'idxname', 'conname', 'colname', 'newname'];

/** Identifiers of 64 bytes or more, which the parser (like the server) silently truncated: the longer original is looked up in the statement's text. */
export function identifierChecks(stmt: Node, text: string, report: Report): void {
  if (!hasLongWord(text)) return;
  for (const n of walk(stmt)) {
    for (const key of IDENTIFIER_KEYS) {
      const v = str(n[key]);
      if (v && Buffer.byteLength(v) >= 63) {
        const longer = new RegExp(`${v.replace(/[^\w]/g, '.')}[\\w$]+`, 'i').exec(text);
        if (longer)
          report(
            'identifier-too-long',
            `Identifier "${longer[0]}" is ${Buffer.byteLength(longer[0])} bytes; PostgreSQL silently truncates it to "${v}" (63 bytes). Shorten it.`,
          );
      }
    }
  }
}

/**
 * Whether the text holds a word (between spaces, commas, dots, parentheses) of 64 bytes or more,
 * in one pass: walking every node is the costliest part of the lint, and only such a statement
 * can hold a truncated identifier.
 */
function hasLongWord(text: string): boolean {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 44 || c === 59 || c === 40 || c === 41 || c === 46) bytes = 0;
    else if ((bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3) >= 64) return true;
  }
  return false;
}

function styleChecks(cd: Node, report: Report): void {
  const { name, mods } = typeName(cd.typeName);
  const col = str(cd.colname) ?? '?';
  if (name === 'bpchar')
    report('ban-char-type', `Column ${col} is char(n): it is blank-padded and no faster than text. Use text (with a CHECK on length if needed).`);
  if (name === 'int4' || name === 'int2' || name === 'serial' || name === 'smallserial' || name === 'int' || name === 'smallint')
    report('prefer-bigint', `Column ${col} is a 16/32-bit integer: ids and counters overflow. Use bigint.`);
  if (name === 'serial' || name === 'bigserial' || name === 'smallserial' || name === 'serial8' || name === 'serial4')
    report('prefer-identity', `Column ${col} is ${name}: prefer "bigint GENERATED ALWAYS AS IDENTITY".`);
  if (name === 'varchar' && mods > 0)
    report(
      'prefer-text-over-varchar',
      `Column ${col} is varchar(n): raising the limit later needs a strong lock. Use text with a CHECK (length(${col}) <= n).`,
    );
  if (name === 'timestamp') report('prefer-timestamptz', `Column ${col} is timestamp without time zone: use timestamptz.`);
  if (name === 'json') report('prefer-jsonb', `Column ${col} is json: use jsonb (equality, indexing, faster queries).`);
}

const transactionControl: StatementHandler = (body, st) => {
  const kind = str(body.kind) ?? '';
  const { file } = st;
  if (kind === 'TRANS_STMT_BEGIN' || kind === 'TRANS_STMT_START') {
    if (file.transaction === 'wrapped')
      st.report(
        'transaction-nesting',
        'BEGIN in a file the runner already wraps in a transaction: remove it (PostgreSQL only warns, and the inner COMMIT ends the runner\u2019s transaction early).',
      );
    file.inExplicitTx = true;
    file.beginLine = st.line;
  } else if (kind === 'TRANS_STMT_COMMIT' || kind === 'TRANS_STMT_ROLLBACK') {
    if (file.transaction === 'wrapped') st.report('transaction-nesting', 'COMMIT/ROLLBACK in a file the runner already wraps in a transaction: remove it.');
    file.inExplicitTx = false;
    if (file.transaction === 'none') file.lockedByDdl.clear();
  }
};

const setLockTimeout: StatementHandler = (body, st) => {
  if (str(body.name) !== 'lock_timeout') return;
  const c = obj(arr(body.args).map((a) => obj(a)?.A_Const)[0]);
  const ival = obj(c?.ival)?.ival;
  const value = str(obj(c?.sval)?.sval) ?? (typeof ival === 'number' ? String(ival) : '0');
  st.file.lockTimeout = !/^0+\s*(ms|s|min)?$/i.test(value.trim()) && str(body.kind) !== 'VAR_RESET';
};

/** `SELECT set_config('lock_timeout', ...)` sets it too. */
const selectSetConfig: StatementHandler = (body, st) => {
  for (const n of walk(body)) {
    const fc = obj(n.FuncCall);
    if (fc && nameList(fc.funcname).endsWith('set_config') && JSON.stringify(fc.args).includes('"lock_timeout"')) st.file.lockTimeout = true;
  }
};

const createTable: StatementHandler = (body, st) => {
  const rel = relName(body.relation);
  if (rel) st.file.created.add(rel);
  let hasPk = false;
  for (const elt of arr(body.tableElts)) {
    const cd = obj(obj(elt)?.ColumnDef);
    const con = obj(obj(elt)?.Constraint);
    if (con && str(con.contype) === 'CONSTR_PRIMARY') hasPk = true;
    if (cd) {
      styleChecks(cd, st.report);
      for (const c of arr(cd.constraints)) {
        const cc = obj(obj(c)?.Constraint);
        if (cc && str(cc.contype) === 'CONSTR_PRIMARY') hasPk = true;
        if (cc && str(cc.contype) === 'CONSTR_FOREIGN') needsLockTimeout(st, relName(cc.pktable), `CREATE TABLE ${rel} ... REFERENCES`);
      }
    }
    if (con && str(con.contype) === 'CONSTR_FOREIGN') needsLockTimeout(st, relName(con.pktable), `CREATE TABLE ${rel} ... REFERENCES`);
  }
  const temp = obj(body.relation)?.relpersistence === 't';
  if (!hasPk && !temp && !body.partbound)
    st.report(
      'require-primary-key',
      `CREATE TABLE ${rel} has no primary key: logical replication, CDC and upserts need one. Add "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY".`,
    );
};

const createIndex: StatementHandler = (body, st) => {
  const rel = relName(body.relation);
  const idx = str(body.idxname)?.toLowerCase();
  if (body.concurrent === true) concurrentInTransaction(st, 'CREATE INDEX CONCURRENTLY');
  else if (existing(st, rel)) {
    st.report(
      'create-index-non-concurrent',
      `CREATE INDEX on ${rel} holds a SHARE lock that blocks writes for the whole build: use CREATE INDEX CONCURRENTLY (in a file the runner does not wrap in a transaction).`,
    );
    needsLockTimeout(st, rel, 'CREATE INDEX');
  }
  if (idx) st.file.createdIndexes.add(idx);
};

const reindex: StatementHandler = (body, st) => {
  const concurrent = arr(body.params).some((p) => str(obj(obj(p)?.DefElem)?.defname) === 'concurrently');
  if (concurrent) concurrentInTransaction(st, 'REINDEX CONCURRENTLY');
  else
    st.report(
      'reindex-non-concurrent',
      'REINDEX blocks writes (and reads using the index) while it rebuilds: use REINDEX ... CONCURRENTLY outside a transaction.',
    );
};

const drop: StatementHandler = (body, st) => {
  const type = str(body.removeType);
  const names = arr(body.objects).map((o) => nameList(obj(obj(o)?.List)?.items ?? (obj(o)?.String ? [o] : [])));
  if (type === 'OBJECT_INDEX') {
    if (body.concurrent === true) concurrentInTransaction(st, 'DROP INDEX CONCURRENTLY');
    else if (names.some((n) => !st.file.createdIndexes.has(n)))
      st.report(
        'drop-index-non-concurrent',
        `DROP INDEX ${names.join(', ')} takes ACCESS EXCLUSIVE on its table: use DROP INDEX CONCURRENTLY (in a file the runner does not wrap in a transaction).`,
      );
  } else if (type === 'OBJECT_TABLE') {
    const old = names.filter((n) => !st.file.created.has(n));
    if (old.length > 0) st.report('drop-table', `DROP TABLE ${old.join(', ')} deletes data: stop every reader and writer first, and keep a backup.`);
  } else if (type === 'OBJECT_SCHEMA') {
    st.report('drop-schema', `DROP SCHEMA ${names.join(', ')} deletes every object in it${str(body.behavior) === 'DROP_CASCADE' ? ' (CASCADE)' : ''}.`);
  }
};

const dropDatabase: StatementHandler = (body, st) => {
  st.report('drop-database', `DROP DATABASE ${str(body.dbname) ?? ''} does not belong in a migration.`);
};

const truncate: StatementHandler = (body, st) => {
  const old = arr(body.relations)
    .map((r) => relName(obj(r)?.RangeVar))
    .filter((r) => existing(st, r));
  if (old.length > 0)
    st.report(
      'truncate-table',
      `TRUNCATE ${old.join(', ')}${str(body.behavior) === 'DROP_CASCADE' ? ' CASCADE' : ''} deletes every row under ACCESS EXCLUSIVE: delete in batches instead, or acknowledge it.`,
    );
};

const rename: StatementHandler = (body, st) => {
  const rel = relName(body.relation);
  const type = str(body.renameType);
  if (!existing(st, rel)) return;
  if (type === 'OBJECT_COLUMN')
    st.report(
      'rename-column',
      `Renaming ${rel}.${str(body.subname)} to ${str(body.newname)} breaks running clients: add the new column, write both, backfill, switch readers, then drop the old one.`,
    );
  else if (type === 'OBJECT_TABLE')
    st.report('rename-table', `Renaming ${rel} to ${str(body.newname)} breaks running clients: create a view with the old name, or migrate readers first.`);
  needsLockTimeout(st, rel, 'RENAME');
};

const vacuum: StatementHandler = (body, st) => {
  const full = arr(body.options).some((o) => str(obj(obj(o)?.DefElem)?.defname) === 'full');
  if (full || body.is_vacuumcmd === false)
    st.report('table-rewrite-command', `${full ? 'VACUUM FULL' : 'CLUSTER'} rewrites the table under ACCESS EXCLUSIVE: use pg_repack or pg_squeeze online.`);
};

const cluster: StatementHandler = (_body, st) => {
  st.report('table-rewrite-command', 'CLUSTER rewrites the table under ACCESS EXCLUSIVE: use pg_repack or pg_squeeze online.');
};

const alterTable: StatementHandler = (body, st) => {
  const rel = relName(body.relation);
  if (str(body.objtype) !== 'OBJECT_TABLE' || !existing(st, rel)) return;
  let strongLock = false;
  for (const c of arr(body.cmds)) {
    const cmd = obj(obj(c)?.AlterTableCmd);
    if (!cmd) continue;
    strongLock = true;
    ALTER_TABLE_HANDLERS[str(cmd.subtype) ?? '']?.(rel, cmd, st);
  }
  if (strongLock) needsLockTimeout(st, rel, 'ALTER TABLE');
  if (strongLock && st.inTx) st.file.lockedByDdl.add(rel);
};

function backfill(verb: 'UPDATE' | 'DELETE'): StatementHandler {
  return (body, st) => {
    const rel = relName(body.relation);
    if (rel && st.inTx && st.file.lockedByDdl.has(rel))
      st.report(
        'backfill-in-ddl-transaction',
        `${verb} of ${rel} in the transaction whose ALTER TABLE locked it: the ACCESS EXCLUSIVE lock is held for the whole backfill. Backfill in a separate migration, in batches.`,
      );
  };
}

const createTrigger: StatementHandler = (body, st) => needsLockTimeout(st, relName(body.relation), 'CREATE TRIGGER');

/** The handler of each statement kind the lint has rules for; other statements only get the identifier check. */
export const STATEMENT_HANDLERS: Readonly<Partial<Record<string, StatementHandler>>> = {
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

const addColumn: AlterHandler = (rel, cmd, st) => {
  const cd = obj(obj(cmd.def)?.ColumnDef);
  if (!cd) return;
  styleChecks(cd, st.report);
  const col = str(cd.colname) ?? '?';
  const cons = arr(cd.constraints).map((c) => obj(obj(c)?.Constraint) ?? {});
  const has = (type: string) => cons.some((c) => str(c.contype) === type);
  const def = cons.find((c) => str(c.contype) === 'CONSTR_DEFAULT');
  const { name } = typeName(cd.typeName);
  if (has('CONSTR_NOTNULL') && !def && !has('CONSTR_GENERATED') && !has('CONSTR_IDENTITY'))
    st.report(
      'add-column-not-null-no-default',
      `ADD COLUMN ${col} NOT NULL without a DEFAULT fails on a non-empty ${rel} and breaks old writers: add it nullable (or with a constant DEFAULT), backfill, then add a NOT VALID CHECK and validate it.`,
    );
  const volatile = def ? volatileDefault(def.raw_expr) : undefined;
  if (volatile || /serial/.test(name) || has('CONSTR_IDENTITY'))
    st.report(
      'add-column-volatile-default',
      `ADD COLUMN ${col} with a volatile default (${volatile ?? name}) rewrites ${rel} under ACCESS EXCLUSIVE: add the column without a default, set the default afterwards, and backfill in batches.`,
    );
  if (has('CONSTR_GENERATED'))
    st.report(
      'add-column-stored-generated',
      `ADD COLUMN ${col} GENERATED ... STORED rewrites ${rel} under ACCESS EXCLUSIVE: add a plain column, backfill in batches and keep it in sync with a trigger.`,
    );
  for (const c of cons) {
    if (str(c.contype) === 'CONSTR_FOREIGN')
      st.report(
        'add-foreign-key-without-not-valid',
        `ADD COLUMN ${col} REFERENCES validates under SHARE ROW EXCLUSIVE on both tables: add the column, then "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID" and "VALIDATE CONSTRAINT" in a separate transaction.`,
      );
    if (str(c.contype) === 'CONSTR_UNIQUE')
      st.report(
        'add-unique-constraint',
        `ADD COLUMN ${col} UNIQUE builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX.`,
      );
    if (str(c.contype) === 'CONSTR_PRIMARY')
      st.report(
        'add-primary-key',
        `ADD COLUMN ${col} PRIMARY KEY builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX.`,
      );
  }
};

const addConstraint: AlterHandler = (rel, cmd, st) => {
  const c = obj(obj(cmd.def)?.Constraint) ?? {};
  const type = str(c.contype);
  const name = str(c.conname) ?? '';
  const notValid = c.skip_validation === true || c.initially_valid === false;
  if (notValid) st.file.notValidAdded.add(name.toLowerCase());
  if (type === 'CONSTR_FOREIGN' && !notValid)
    st.report(
      'add-foreign-key-without-not-valid',
      `ADD FOREIGN KEY on ${rel} validates every row under SHARE ROW EXCLUSIVE on both tables: add it NOT VALID, then VALIDATE CONSTRAINT ${name || '<name>'} in a separate transaction.`,
    );
  if (type === 'CONSTR_CHECK' && !notValid)
    st.report(
      'add-check-without-not-valid',
      `ADD CHECK on ${rel} scans the table under ACCESS EXCLUSIVE: add it NOT VALID, then VALIDATE CONSTRAINT ${name || '<name>'} in a separate transaction.`,
    );
  if (type === 'CONSTR_UNIQUE' && !c.indexname)
    st.report(
      'add-unique-constraint',
      `ADD UNIQUE on ${rel} builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ${name || '<name>'} UNIQUE USING INDEX.`,
    );
  if (type === 'CONSTR_PRIMARY' && !c.indexname)
    st.report(
      'add-primary-key',
      `ADD PRIMARY KEY on ${rel} builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ${name || '<name>'} PRIMARY KEY USING INDEX.`,
    );
  if (type === 'CONSTR_EXCLUSION')
    st.report(
      'add-exclusion-constraint',
      `ADD EXCLUDE on ${rel} builds an index and scans under ACCESS EXCLUSIVE and has no NOT VALID form: schedule it in a maintenance window or on an empty table.`,
    );
};

const validateConstraint: AlterHandler = (_rel, cmd, st) => {
  const name = (str(cmd.name) ?? '').toLowerCase();
  if (st.file.notValidAdded.has(name) && st.inTx)
    st.report(
      'validate-constraint-same-transaction',
      `VALIDATE CONSTRAINT ${name} runs in the transaction that added it, so the ADD's strong lock is held during the scan: validate in a separate migration.`,
    );
};

const setNotNull: AlterHandler = (rel, cmd, st) =>
  st.report(
    'set-not-null',
    `SET NOT NULL on ${rel}.${str(cmd.name)} scans the table under ACCESS EXCLUSIVE: add CHECK (${str(cmd.name)} IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL uses the validated CHECK and skips the scan).`,
  );

const dropNotNull: AlterHandler = (rel, cmd, st) =>
  st.report('drop-not-null', `DROP NOT NULL on ${rel}.${str(cmd.name)}: readers that assume non-null values break.`);

const changeType: AlterHandler = (rel, cmd, st) => {
  const cd = obj(obj(cmd.def)?.ColumnDef);
  const { name, mods } = typeName(cd?.typeName);
  // Widening to an unbounded text type is binary-coercible from varchar: no rewrite.
  if (name === 'text' || (name === 'varchar' && mods === 0)) return;
  st.report(
    'change-column-type',
    `ALTER COLUMN ${str(cmd.name)} TYPE ${name} rewrites ${rel} and its indexes under ACCESS EXCLUSIVE: add a new column, backfill in batches, and switch over.`,
  );
};

const dropColumn: AlterHandler = (rel, cmd, st) =>
  st.report('drop-column', `DROP COLUMN ${rel}.${str(cmd.name)} deletes data and breaks clients that still read it: stop using it in the application first.`);

const detachPartition: AlterHandler = (rel, cmd, st) => {
  if (obj(obj(cmd.def)?.PartitionCmd)?.concurrent !== true)
    st.report(
      'detach-partition-non-concurrent',
      `DETACH PARTITION on ${rel} takes ACCESS EXCLUSIVE on the parent: use DETACH PARTITION ... CONCURRENTLY outside a transaction.`,
    );
};

/** The handler of each ALTER TABLE sub-command the lint has rules for. */
const ALTER_TABLE_HANDLERS: Readonly<Partial<Record<string, AlterHandler>>> = {
  AT_AddColumn: addColumn,
  AT_AddConstraint: addConstraint,
  AT_ValidateConstraint: validateConstraint,
  AT_SetNotNull: setNotNull,
  AT_DropNotNull: dropNotNull,
  AT_AlterColumnType: changeType,
  AT_DropColumn: dropColumn,
  AT_DetachPartition: detachPartition,
};
