/** Static lint of PostgreSQL migrations with the real PostgreSQL parser (libpg-query). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Severity = 'error' | 'warning' | 'notice';

export interface Finding {
  rule: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  message: string;
}

export type TransactionMode = 'wrapped' | 'none';

export interface LintOptions {
  file: string;
  /** How the runner executes the file: inside one transaction (`wrapped`) or statement by statement (`none`). */
  transaction?: TransactionMode;
  disabledRules?: readonly string[];
  severityOverrides?: Readonly<Record<string, Severity>>;
  /** Teams that set lock_timeout on the migration role. */
  assumeLockTimeout?: boolean;
  /** Style notices (prefer-*, ban-char-type); on by default. */
  style?: boolean;
}

export interface LintResult {
  findings: Finding[];
  statements: number;
  transaction: TransactionMode;
}

export const RULES: Readonly<Record<string, Severity>> = {
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

type Node = Record<string, unknown>;
interface RawStmt {
  stmt: Node;
  stmt_location?: number;
  stmt_len?: number;
}
interface Parser {
  parseSync(sql: string): { stmts?: RawStmt[] };
}

let parserPromise: Promise<Parser> | undefined;
/** Loads libpg-query (and its WebAssembly module) once, on first use. */
export async function loadParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    // Bundled as ESM (the actions' dist), libpg-query's Emscripten loader finds its .wasm next to
    // `__dirname`, which ESM does not define: point it at the bundle's folder, where the build
    // copies the .wasm, for the duration of the load. Run from source, Node loads the CommonJS
    // build, whose own __dirname wins.
    const global = globalThis as { __dirname?: string };
    const had = '__dirname' in global;
    if (!had) global.__dirname = dirname(fileURLToPath(import.meta.url));
    try {
      const mod = (await import('libpg-query')) as unknown as Parser & { loadModule(): Promise<void> };
      await mod.loadModule();
      return mod;
    } finally {
      if (!had) delete global.__dirname;
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
  private readonly lineStarts: number[] = [0];
  private readonly buf: Buffer;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    this.buf = Buffer.from(text, 'utf8');
  }
  /** libpg-query offsets are UTF-8 byte offsets. */
  private lastByte = 0;
  private lastChar = 0;
  charOffset(byteOffset: number): number {
    if (this.buf.length === this.text.length) return byteOffset; // ASCII: bytes are characters
    // offsets arrive mostly in increasing order: continue from the last one
    if (byteOffset < this.lastByte) {
      this.lastByte = 0;
      this.lastChar = 0;
    }
    this.lastChar += this.buf.subarray(this.lastByte, byteOffset).toString('utf8').length;
    this.lastByte = byteOffset;
    return this.lastChar;
  }
  lineCol(charOffset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= charOffset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: charOffset - (this.lineStarts[lo] ?? 0) + 1 };
  }
  lineOfFirstCode(byteStart: number, byteLen: number): number {
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

interface Ignore {
  rule: string;
  reason: string;
  line: number;
  used: boolean;
}

const IGNORE_RE = /--\s*migration-check:ignore\s+([a-z0-9-]+)(?:[ \t]+(.*\S))?/g;
const TX_RE = /--\s*migration-check:\s*transaction\s*=\s*(none|wrapped)/i;

function str(node: unknown): string | undefined {
  return typeof node === 'string' ? node : undefined;
}
function obj(node: unknown): Node | undefined {
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

/** Whether the text holds a word (between spaces, commas, dots, parentheses) of 64 bytes or more, in one pass. */
function hasLongWord(text: string): boolean {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 44 || c === 59 || c === 40 || c === 41 || c === 46) bytes = 0;
    else if ((bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3) >= 64) return true;
  }
  return false;
}

function* walk(node: unknown): Generator<Node> {
  if (Array.isArray(node)) {
    for (const n of node) yield* walk(n);
  } else if (node !== null && typeof node === 'object') {
    yield node as Node;
    for (const v of Object.values(node)) if (v !== null && typeof v === 'object') yield* walk(v);
  }
}

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

/** A statement of a file: its text from its first keyword, and the line that keyword is on. */
export interface SourceStatement {
  sql: string;
  line: number;
}

/** Splits a file into its statements with the parser's locations, skipping leading comments and blank lines. */
export function splitStatements(parser: Parser, sql: string): SourceStatement[] {
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
export async function lintSql(sql: string, options: LintOptions): Promise<LintResult> {
  const parser = await loadParser();
  return lintWithParser(parser, sql, options);
}

export function lintWithParser(parser: Parser, sql: string, options: LintOptions): LintResult {
  const file = options.file;
  const pos = new Positions(sql);
  const findings: Finding[] = [];
  const txOverride = TX_RE.exec(sql);
  const transaction: TransactionMode = txOverride ? (txOverride[1]!.toLowerCase() as TransactionMode) : (options.transaction ?? 'wrapped');
  const disabled = new Set(options.disabledRules ?? []);
  const styleOn = options.style !== false;

  const ignores: Ignore[] = [];
  for (const m of sql.matchAll(IGNORE_RE)) {
    const { line, column } = pos.lineCol(m.index);
    if (!m[2]) {
      findings.push({
        rule: 'ignore-without-reason',
        severity: RULES['ignore-without-reason']!,
        file,
        line,
        column,
        message: `The acknowledgement of ${m[1]} has no reason: write "-- migration-check:ignore ${m[1]} <why this is safe>".`,
      });
      continue;
    }
    ignores.push({ rule: m[1]!, reason: m[2], line, used: false });
  }

  let stmts: RawStmt[];
  try {
    stmts = parser.parseSync(sql).stmts ?? [];
  } catch (error) {
    const e = error as Error & { sqlDetails?: { cursorPosition?: number; message?: string } };
    const cursor = e.sqlDetails?.cursorPosition ?? 0;
    const { line, column } = pos.lineCol(pos.charOffset(cursor));
    return {
      findings: [...findings, { rule: 'parse-error', severity: 'error', file, line, column, message: `The PostgreSQL parser rejects this file: ${e.message}` }],
      statements: 0,
      transaction,
    };
  }

  const created = new Set<string>();
  const createdIndexes = new Set<string>();
  const notValidAdded = new Set<string>();
  let lockTimeout = options.assumeLockTimeout === true;
  let inExplicitTx = false;
  /** Existing tables an ALTER TABLE locked in the transaction that is still open. */
  const lockedByDdl = new Set<string>();
  let beginLine = 0;
  let prevStmtEnd = 0;

  for (const raw of stmts) {
    const byteStart = raw.stmt_location ?? 0;
    const byteLen = raw.stmt_len && raw.stmt_len > 0 ? raw.stmt_len : Buffer.byteLength(sql) - byteStart;
    const startChar = pos.lineOfFirstCode(byteStart, byteLen);
    const { line, column } = pos.lineCol(startChar);
    const stmtStartLine = pos.lineCol(pos.charOffset(byteStart)).line;
    const inTx = transaction === 'wrapped' || inExplicitTx;
    const report = (rule: string, message: string): void => {
      if (disabled.has(rule) || (!styleOn && STYLE_RULES.has(rule))) return;
      const ignore = ignores.find((i) => i.rule === rule && i.line >= Math.min(stmtStartLine, prevStmtEnd + 1) && i.line <= line);
      if (ignore) {
        ignore.used = true;
        return;
      }
      const severity = options.severityOverrides?.[rule] ?? RULES[rule] ?? 'warning';
      const note = DESTRUCTIVE.has(rule) ? ` If this is intended, acknowledge it with "-- migration-check:ignore ${rule} <reason>" above the statement.` : '';
      findings.push({ rule, severity, file, line, column, message: message + note });
    };
    const existing = (rel: string | undefined): boolean => rel !== undefined && !created.has(rel);
    const needsLockTimeout = (rel: string | undefined, what: string): void => {
      if (existing(rel) && !lockTimeout)
        report(
          'missing-lock-timeout',
          `${what} locks ${rel} without a lock_timeout: add "SET lock_timeout = '2s';" earlier in the file so a blocked lock does not queue every other query behind it.`,
        );
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
            report(
              'identifier-too-long',
              `Identifier "${longer[0]}" is ${Buffer.byteLength(longer[0])} bytes; PostgreSQL silently truncates it to "${v}" (63 bytes). Shorten it.`,
            );
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
            report(
              'transaction-nesting',
              'BEGIN in a file the runner already wraps in a transaction: remove it (PostgreSQL only warns, and the inner COMMIT ends the runner\u2019s transaction early).',
            );
          inExplicitTx = true;
          beginLine = line;
        } else if (k === 'TRANS_STMT_COMMIT' || k === 'TRANS_STMT_ROLLBACK') {
          if (transaction === 'wrapped') report('transaction-nesting', 'COMMIT/ROLLBACK in a file the runner already wraps in a transaction: remove it.');
          inExplicitTx = false;
          if (transaction === 'none') lockedByDdl.clear();
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
          if (fc && nameList(fc.funcname).endsWith('set_config') && JSON.stringify(fc.args).includes('"lock_timeout"')) lockTimeout = true;
        }
        break;
      }
      case 'CreateStmt': {
        const rel = relName(body.relation);
        if (rel) created.add(rel);
        let hasPk = false;
        for (const elt of arr(body.tableElts)) {
          const cd = obj(obj(elt)?.ColumnDef);
          const con = obj(obj(elt)?.Constraint);
          if (con && str(con.contype) === 'CONSTR_PRIMARY') hasPk = true;
          if (cd) {
            styleChecks(cd, report);
            for (const c of arr(cd.constraints)) {
              const cc = obj(obj(c)?.Constraint);
              if (cc && str(cc.contype) === 'CONSTR_PRIMARY') hasPk = true;
              if (cc && str(cc.contype) === 'CONSTR_FOREIGN') needsLockTimeout(relName(cc.pktable), `CREATE TABLE ${rel} ... REFERENCES`);
            }
          }
          if (con && str(con.contype) === 'CONSTR_FOREIGN') needsLockTimeout(relName(con.pktable), `CREATE TABLE ${rel} ... REFERENCES`);
        }
        const temp = obj(body.relation)?.relpersistence === 't';
        if (!hasPk && !temp && !body.partbound)
          report(
            'require-primary-key',
            `CREATE TABLE ${rel} has no primary key: logical replication, CDC and upserts need one. Add "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY".`,
          );
        break;
      }
      case 'IndexStmt': {
        const rel = relName(body.relation);
        const idx = str(body.idxname)?.toLowerCase();
        if (body.concurrent === true) {
          if (inTx) report('concurrent-index-in-transaction', concurrentMsg('CREATE INDEX CONCURRENTLY', transaction, inExplicitTx));
        } else if (existing(rel)) {
          report(
            'create-index-non-concurrent',
            `CREATE INDEX on ${rel} holds a SHARE lock that blocks writes for the whole build: use CREATE INDEX CONCURRENTLY (in a file the runner does not wrap in a transaction).`,
          );
          needsLockTimeout(rel, 'CREATE INDEX');
        }
        if (idx) createdIndexes.add(idx);
        break;
      }
      case 'ReindexStmt': {
        const concurrent = arr(body.params).some((p) => str(obj(obj(p)?.DefElem)?.defname) === 'concurrently');
        if (concurrent) {
          if (inTx) report('concurrent-index-in-transaction', concurrentMsg('REINDEX CONCURRENTLY', transaction, inExplicitTx));
        } else
          report(
            'reindex-non-concurrent',
            'REINDEX blocks writes (and reads using the index) while it rebuilds: use REINDEX ... CONCURRENTLY outside a transaction.',
          );
        break;
      }
      case 'DropStmt': {
        const type = str(body.removeType);
        const names = arr(body.objects).map((o) => nameList(obj(obj(o)?.List)?.items ?? (obj(o)?.String ? [o] : [])));
        if (type === 'OBJECT_INDEX') {
          if (body.concurrent === true) {
            if (inTx) report('concurrent-index-in-transaction', concurrentMsg('DROP INDEX CONCURRENTLY', transaction, inExplicitTx));
          } else if (names.some((n) => !createdIndexes.has(n))) {
            report(
              'drop-index-non-concurrent',
              `DROP INDEX ${names.join(', ')} takes ACCESS EXCLUSIVE on its table: use DROP INDEX CONCURRENTLY (in a file the runner does not wrap in a transaction).`,
            );
          }
        } else if (type === 'OBJECT_TABLE') {
          const old = names.filter((n) => !created.has(n));
          if (old.length > 0) report('drop-table', `DROP TABLE ${old.join(', ')} deletes data: stop every reader and writer first, and keep a backup.`);
        } else if (type === 'OBJECT_SCHEMA') {
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
          report(
            'truncate-table',
            `TRUNCATE ${old.join(', ')}${str(body.behavior) === 'DROP_CASCADE' ? ' CASCADE' : ''} deletes every row under ACCESS EXCLUSIVE: delete in batches instead, or acknowledge it.`,
          );
        break;
      }
      case 'RenameStmt': {
        const rel = relName(body.relation);
        const type = str(body.renameType);
        if (!existing(rel)) break;
        if (type === 'OBJECT_COLUMN')
          report(
            'rename-column',
            `Renaming ${rel}.${str(body.subname)} to ${str(body.newname)} breaks running clients: add the new column, write both, backfill, switch readers, then drop the old one.`,
          );
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
        if (str(body.objtype) !== 'OBJECT_TABLE' || !existing(rel)) break;
        let strongLock = false;
        for (const c of arr(body.cmds)) {
          const cmd = obj(obj(c)?.AlterTableCmd);
          if (!cmd) continue;
          const sub = str(cmd.subtype);
          strongLock = true;
          alterChecks(rel!, sub ?? '', cmd, report, notValidAdded, inTx);
        }
        if (strongLock) needsLockTimeout(rel, 'ALTER TABLE');
        if (strongLock && inTx) lockedByDdl.add(rel!);
        break;
      }
      case 'UpdateStmt':
      case 'DeleteStmt': {
        const rel = relName(body.relation);
        if (rel && inTx && lockedByDdl.has(rel))
          report(
            'backfill-in-ddl-transaction',
            `${kind === 'UpdateStmt' ? 'UPDATE' : 'DELETE'} of ${rel} in the transaction whose ALTER TABLE locked it: the ACCESS EXCLUSIVE lock is held for the whole backfill. Backfill in a separate migration, in batches.`,
          );
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
      severity: RULES['unused-ignore']!,
      file,
      line: i.line,
      column: 1,
      message: `The acknowledgement of ${i.rule} matches no finding on the next statement: remove it.`,
    });
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { findings: findings.filter((f) => !disabled.has(f.rule)), statements: stmts.length, transaction };
}

function concurrentMsg(what: string, transaction: TransactionMode, explicit: boolean): string {
  return explicit
    ? `${what} inside BEGIN ... COMMIT: PostgreSQL refuses to run it. Move it out of the transaction block.`
    : `${what} in a file the runner wraps in a transaction: PostgreSQL refuses to run it. Put it in its own migration marked non-transactional (e.g. "-- migration-check: transaction=none" plus the runner's own directive).`;
}

type Report = (rule: string, message: string) => void;

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

function alterChecks(rel: string, sub: string, cmd: Node, report: Report, notValidAdded: Set<string>, inTx: boolean): void {
  switch (sub) {
    case 'AT_AddColumn': {
      const cd = obj(obj(cmd.def)?.ColumnDef);
      if (!cd) return;
      styleChecks(cd, report);
      const col = str(cd.colname) ?? '?';
      const cons = arr(cd.constraints).map((c) => obj(obj(c)?.Constraint) ?? {});
      const def = cons.find((c) => str(c.contype) === 'CONSTR_DEFAULT');
      const { name } = typeName(cd.typeName);
      if (
        cons.some((c) => str(c.contype) === 'CONSTR_NOTNULL') &&
        !def &&
        !cons.some((c) => str(c.contype) === 'CONSTR_GENERATED' || str(c.contype) === 'CONSTR_IDENTITY')
      )
        report(
          'add-column-not-null-no-default',
          `ADD COLUMN ${col} NOT NULL without a DEFAULT fails on a non-empty ${rel} and breaks old writers: add it nullable (or with a constant DEFAULT), backfill, then add a NOT VALID CHECK and validate it.`,
        );
      const volatile = def ? volatileDefault(def.raw_expr) : undefined;
      if (volatile || /serial/.test(name) || cons.some((c) => str(c.contype) === 'CONSTR_IDENTITY'))
        report(
          'add-column-volatile-default',
          `ADD COLUMN ${col} with a volatile default (${volatile ?? name}) rewrites ${rel} under ACCESS EXCLUSIVE: add the column without a default, set the default afterwards, and backfill in batches.`,
        );
      if (cons.some((c) => str(c.contype) === 'CONSTR_GENERATED'))
        report(
          'add-column-stored-generated',
          `ADD COLUMN ${col} GENERATED ... STORED rewrites ${rel} under ACCESS EXCLUSIVE: add a plain column, backfill in batches and keep it in sync with a trigger.`,
        );
      for (const c of cons) {
        if (str(c.contype) === 'CONSTR_FOREIGN')
          report(
            'add-foreign-key-without-not-valid',
            `ADD COLUMN ${col} REFERENCES validates under SHARE ROW EXCLUSIVE on both tables: add the column, then "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID" and "VALIDATE CONSTRAINT" in a separate transaction.`,
          );
        if (str(c.contype) === 'CONSTR_UNIQUE')
          report(
            'add-unique-constraint',
            `ADD COLUMN ${col} UNIQUE builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX.`,
          );
        if (str(c.contype) === 'CONSTR_PRIMARY')
          report(
            'add-primary-key',
            `ADD COLUMN ${col} PRIMARY KEY builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... PRIMARY KEY USING INDEX.`,
          );
      }
      return;
    }
    case 'AT_AddConstraint': {
      const c = obj(obj(cmd.def)?.Constraint) ?? {};
      const type = str(c.contype);
      const name = str(c.conname) ?? '';
      const notValid = c.skip_validation === true || c.initially_valid === false;
      if (notValid) notValidAdded.add(name.toLowerCase());
      if (type === 'CONSTR_FOREIGN' && !notValid)
        report(
          'add-foreign-key-without-not-valid',
          `ADD FOREIGN KEY on ${rel} validates every row under SHARE ROW EXCLUSIVE on both tables: add it NOT VALID, then VALIDATE CONSTRAINT ${name || '<name>'} in a separate transaction.`,
        );
      if (type === 'CONSTR_CHECK' && !notValid)
        report(
          'add-check-without-not-valid',
          `ADD CHECK on ${rel} scans the table under ACCESS EXCLUSIVE: add it NOT VALID, then VALIDATE CONSTRAINT ${name || '<name>'} in a separate transaction.`,
        );
      if (type === 'CONSTR_UNIQUE' && !c.indexname)
        report(
          'add-unique-constraint',
          `ADD UNIQUE on ${rel} builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ${name || '<name>'} UNIQUE USING INDEX.`,
        );
      if (type === 'CONSTR_PRIMARY' && !c.indexname)
        report(
          'add-primary-key',
          `ADD PRIMARY KEY on ${rel} builds the index under ACCESS EXCLUSIVE: CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ${name || '<name>'} PRIMARY KEY USING INDEX.`,
        );
      if (type === 'CONSTR_EXCLUSION')
        report(
          'add-exclusion-constraint',
          `ADD EXCLUDE on ${rel} builds an index and scans under ACCESS EXCLUSIVE and has no NOT VALID form: schedule it in a maintenance window or on an empty table.`,
        );
      return;
    }
    case 'AT_ValidateConstraint': {
      const name = (str(cmd.name) ?? '').toLowerCase();
      if (notValidAdded.has(name) && inTx)
        report(
          'validate-constraint-same-transaction',
          `VALIDATE CONSTRAINT ${name} runs in the transaction that added it, so the ADD's strong lock is held during the scan: validate in a separate migration.`,
        );
      return;
    }
    case 'AT_SetNotNull':
      report(
        'set-not-null',
        `SET NOT NULL on ${rel}.${str(cmd.name)} scans the table under ACCESS EXCLUSIVE: add CHECK (${str(cmd.name)} IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL uses the validated CHECK and skips the scan).`,
      );
      return;
    case 'AT_DropNotNull':
      report('drop-not-null', `DROP NOT NULL on ${rel}.${str(cmd.name)}: readers that assume non-null values break.`);
      return;
    case 'AT_AlterColumnType': {
      const cd = obj(obj(cmd.def)?.ColumnDef);
      const { name } = typeName(cd?.typeName);
      if (name === 'text' || (name === 'varchar' && typeName(cd?.typeName).mods === 0)) return; // widening to unbounded text types is binary-coercible from varchar
      report(
        'change-column-type',
        `ALTER COLUMN ${str(cmd.name)} TYPE ${name} rewrites ${rel} and its indexes under ACCESS EXCLUSIVE: add a new column, backfill in batches, and switch over.`,
      );
      return;
    }
    case 'AT_DropColumn':
      report('drop-column', `DROP COLUMN ${rel}.${str(cmd.name)} deletes data and breaks clients that still read it: stop using it in the application first.`);
      return;
    case 'AT_DetachPartition': {
      const pc = obj(obj(cmd.def)?.PartitionCmd);
      if (pc?.concurrent !== true)
        report(
          'detach-partition-non-concurrent',
          `DETACH PARTITION on ${rel} takes ACCESS EXCLUSIVE on the parent: use DETACH PARTITION ... CONCURRENTLY outside a transaction.`,
        );
      return;
    }
    default:
      return;
  }
}
