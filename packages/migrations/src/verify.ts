// Proves migrations on a real PostgreSQL engine (embedded PGlite, PostgreSQL 18): replays the
// migrations already merged, seeds every table with synthetic rows, then applies each new
// migration statement by statement, tracing what each one did to the tables that existed
// before it: the locks it took (pg_locks), the tables it rewrote (pg_class.relfilenode) and
// the tables it scanned in full (pg_stat_xact_user_tables). Where the tool has down
// migrations, it runs up -> down and compares the schema with the one before up.
import { ConfigurationError } from '@devops-actions/toolkit';
import type { MigrationFile } from './discover.ts';
import { loadParser, splitStatements, type SourceStatement } from './lint.ts';

export interface StatementTrace {
  line: number;
  sql: string;
  /** Locks first taken by this statement on relations that existed before the migration. */
  locks: { relation: string; mode: string }[];
  /** Tables whose storage was rewritten. */
  rewrote: string[];
  /** Tables read in full (sequential scans). */
  fullScans: string[];
  /** Why the statement was not traced (it cannot run inside a transaction). */
  untraced?: string;
}

export interface FileVerification {
  file: string;
  applied: boolean;
  error?: { message: string; line: number };
  statements: StatementTrace[];
  roundTrip?: { status: 'exact' | 'differs' | 'down-failed'; diff?: string[]; error?: string };
}

export interface VerifyReport {
  engine: string;
  seeded: { table: string; rows: number }[];
  /** Tables that could not be seeded, with the reason (a CHECK the synthetic rows fail, ...). */
  unseeded: { table: string; reason: string }[];
  /** A merged migration that failed to replay: nothing after it is verified. */
  baseError?: { file: string; message: string };
  files: FileVerification[];
}

export interface VerifyOptions {
  /**
   * A PostgreSQL server to prove the migrations on (e.g. a service container of the production
   * major): a scratch database is created on it and dropped after. Default: embedded PGlite.
   */
  databaseUrl?: string;
  /** Migrations already on the base branch, replayed first, unchecked. */
  base: readonly MigrationFile[];
  /** The change's migrations, applied, traced and round-tripped. */
  added: readonly MigrationFile[];
  /** Rows per table (default 20). */
  seedRows?: number;
  /** Run instead of the synthetic seeding. */
  seedSql?: string;
}

interface Db {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
  close(): Promise<void>;
}

/** Statements that PostgreSQL refuses inside a transaction block. */
const OUTSIDE_TRANSACTION = /\bCONCURRENTLY\b|^\s*VACUUM\b|^\s*(?:CREATE|DROP)\s+DATABASE\b|^\s*ALTER\s+SYSTEM\b/i;
const TRANSACTION_CONTROL = /^\s*(?:BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK)\b/i;
const USER_RELATIONS = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'";

async function statements(sql: string): Promise<SourceStatement[]> {
  return splitStatements(await loadParser(), sql);
}

interface Probe {
  /** Tables and materialized views -> relfilenode. */
  nodes: Map<string, number>;
  /** Tables -> sequential scans in this transaction. */
  scans: Map<string, number>;
  /** Relation locks this session holds, as `name\0mode`. */
  locks: Set<string>;
}

/** One round trip for everything a statement's trace compares before and after it. */
async function probe(db: Db): Promise<Probe> {
  const { rows } = await db.query<{
    nodes: { n: string; v: number }[] | null;
    scans: { n: string; v: number }[] | null;
    locks: { n: string; m: string }[] | null;
  }>(
    `SELECT
       (SELECT json_agg(json_build_object('n', c.oid::regclass::text, 'v', c.relfilenode::int)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'm') AND ${USER_RELATIONS}) AS nodes,
       (SELECT json_agg(json_build_object('n', relid::regclass::text, 'v', seq_scan::int)) FROM pg_stat_xact_user_tables) AS scans,
       (SELECT json_agg(json_build_object('n', l.relation::regclass::text, 'm', l.mode)) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
         JOIN pg_namespace n ON n.oid = c.relnamespace WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted AND ${USER_RELATIONS}) AS locks`,
  );
  const row = rows[0];
  return {
    nodes: new Map((row?.nodes ?? []).map((r) => [r.n, r.v])),
    scans: new Map((row?.scans ?? []).map((r) => [r.n, r.v])),
    locks: new Set((row?.locks ?? []).map((r) => `${r.n}\u0000${r.m}`)),
  };
}

/** A schema snapshot as comparable lines: tables, columns in logical order, constraints, indexes, enums. */
async function schema(db: Db): Promise<Map<string, string>> {
  type Rows = {
    columns: { tbl: string; col: string; type: string; notnull: boolean; def: string | null }[] | null;
    constraints: { tbl: string; name: string; def: string }[] | null;
    indexes: { name: string; def: string }[] | null;
    enums: { name: string; labels: string }[] | null;
  };
  // One round trip: columns in logical order, constraints, indexes and enums of the user schemas.
  const { rows } = await db.query<Rows>(
    `SELECT
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
          FROM pg_type t WHERE t.typtype = 'e') AS enums`,
  );
  const row = rows[0];
  const out = new Map<string, string>();
  const position = new Map<string, number>();
  for (const c of row?.columns ?? []) {
    const at = (position.get(c.tbl) ?? 0) + 1;
    position.set(c.tbl, at);
    out.set(`column ${c.tbl}.${c.col}`, `${c.type}${c.notnull ? ' NOT NULL' : ''}${c.def ? ` DEFAULT ${c.def}` : ''} (position ${at})`);
  }
  for (const [table] of position) out.set(`table ${table}`, 'exists');
  for (const c of row?.constraints ?? []) out.set(`constraint ${c.name} on ${c.tbl}`, c.def);
  for (const i of row?.indexes ?? []) out.set(`index ${i.name}`, i.def);
  for (const e of row?.enums ?? []) out.set(`enum ${e.name}`, e.labels);
  return out;
}

/** What differs between the schema before up and after down, in words. */
export function schemaDiff(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const lines: string[] = [];
  for (const [key, value] of before) {
    const now = after.get(key);
    if (now === undefined) lines.push(`${key}: missing after down (was ${value})`);
    else if (now !== value) lines.push(`${key}: ${value} → ${now}`);
  }
  for (const [key, value] of after) if (!before.has(key)) lines.push(`${key}: left behind by down (${value})`);
  return lines.sort();
}

/** A synthetic value for a column of this type, for row g of generate_series. */
function valueFor(type: string, enumLabel: string | undefined): string | undefined {
  const t = type.toLowerCase();
  if (enumLabel !== undefined) return `'${enumLabel.replaceAll("'", "''")}'`;
  if (t.endsWith('[]')) return `'{}'`;
  if (/^(smallint|integer|bigint|numeric|real|double precision|decimal)/.test(t)) return 'g';
  if (/^(text|character varying|character|citext)/.test(t)) {
    const length = /\((\d+)\)/.exec(t)?.[1];
    return length ? `left('v' || g, ${length})` : `'v' || g`;
  }
  if (t === 'boolean') return 'g % 2 = 0';
  if (t.startsWith('timestamp')) return `now() - g * interval '1 hour'`;
  if (t === 'date') return `current_date - g`;
  if (t.startsWith('time')) return `'12:00'`;
  if (t === 'uuid') return 'gen_random_uuid()';
  if (t === 'jsonb' || t === 'json') return `'{}'`;
  if (t === 'bytea') return `'\\x00'`;
  if (t === 'inet' || t === 'cidr') return `'10.0.0.1'`;
  if (t.startsWith('interval')) return `interval '1 day'`;
  return undefined;
}

/** Inserts rows into every table, parents before children (foreign keys), type by type. */
async function seed(db: Db, rows: number): Promise<{ seeded: VerifyReport['seeded']; unseeded: VerifyReport['unseeded'] }> {
  const tables = (
    await db.query<{ name: string }>(
      `SELECT c.oid::regclass::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${USER_RELATIONS} ORDER BY 1`,
    )
  ).rows.map((r) => r.name);
  const deps = await db.query<{ child: string; parent: string }>(
    `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid`,
  );
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const d of deps.rows) if (d.child === table) visit(d.parent, path);
    ordered.push(table);
  };
  for (const t of tables) visit(t, new Set());
  const seeded: VerifyReport['seeded'] = [];
  const unseeded: VerifyReport['unseeded'] = [];
  for (const table of ordered.filter((t) => tables.includes(t))) {
    const columns = await db.query<{ col: string; type: string; identity: string; generated: string; hasdef: boolean; enumlabel: string | null }>(
      `SELECT a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type, a.attidentity AS identity, a.attgenerated AS generated, a.atthasdef AS hasdef,
              (SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = a.atttypid ORDER BY e.enumsortorder LIMIT 1) AS enumlabel
       FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
      [table],
    );
    const names: string[] = [];
    const values: string[] = [];
    let skip: string | undefined;
    for (const c of columns.rows) {
      if (c.identity === 'a' || c.generated !== '') continue; // GENERATED ALWAYS: the engine fills it
      if (c.hasdef || c.identity === 'd') continue; // its default fills it (serial, now(), ...)
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
      await db.exec(
        names.length === 0
          ? `INSERT INTO ${table} SELECT FROM generate_series(1, ${rows}) g`
          : `INSERT INTO ${table} (${names.join(', ')}) SELECT ${values.join(', ')} FROM generate_series(1, ${rows}) g`,
      );
      await db.exec('RELEASE SAVEPOINT seed');
      seeded.push({ table, rows });
    } catch (error) {
      await db.exec('ROLLBACK TO SAVEPOINT seed');
      unseeded.push({ table, reason: (error as Error).message });
    }
  }
  return { seeded, unseeded };
}

function errorLine(statement: SourceStatement, error: unknown): number {
  const position = Number((error as { position?: string | number }).position);
  if (!Number.isFinite(position) || position < 1) return statement.line;
  return statement.line + statement.sql.slice(0, position - 1).split('\n').length - 1;
}

/** Applies one file, tracing each statement. Throws nothing: an error ends the file and is reported. */
async function applyTraced(db: Db, file: MigrationFile, parsed: SourceStatement[]): Promise<FileVerification> {
  const result: FileVerification = { file: file.file, applied: false, statements: [] };
  const existing = new Set((await probe(db)).nodes.keys());
  const wrapped = file.transaction === 'wrapped';
  let open = false;
  const begin = async () => {
    if (!open) await db.exec('BEGIN');
    open = true;
  };
  const commit = async () => {
    if (open) await db.exec('COMMIT');
    open = false;
  };
  try {
    if (wrapped) await begin();
    for (const statement of parsed) {
      if (TRANSACTION_CONTROL.test(statement.sql)) continue; // the runner's (or the file's) transaction is ours to run
      const outside = OUTSIDE_TRANSACTION.test(statement.sql);
      if (outside) {
        await commit();
        try {
          await db.exec(statement.sql);
        } catch (error) {
          result.error = { message: (error as Error).message, line: errorLine(statement, error) };
          return result;
        }
        result.statements.push({ line: statement.line, sql: statement.sql, locks: [], rewrote: [], fullScans: [], untraced: 'runs outside a transaction' });
        if (wrapped) await begin();
        continue;
      }
      await begin();
      const before = await probe(db);
      try {
        await db.exec(statement.sql);
      } catch (error) {
        result.error = { message: (error as Error).message, line: errorLine(statement, error) };
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
      if (!wrapped) await commit();
    }
    await commit();
    result.applied = true;
  } catch (error) {
    if (open) await db.exec('ROLLBACK').catch(() => undefined);
    result.error ??= { message: (error as Error).message, line: 1 };
  }
  return result;
}

async function runPlain(db: Db, sql: string, parsed?: SourceStatement[]): Promise<void> {
  for (const statement of parsed ?? (await statements(sql))) {
    if (TRANSACTION_CONTROL.test(statement.sql)) continue;
    await db.exec(statement.sql);
  }
}

/** An error a user can act on: the server in database-url cannot be reached or refuses the scratch database. */
export class DatabaseError extends ConfigurationError {
  override readonly name: string = 'DatabaseError';

  constructor(problem: string) {
    super('database-url', problem);
  }
}

/** Where the URL points, without its password, for messages. */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || u.searchParams.get('host') || 'localhost'}:${u.port || '5432'}`;
  } catch {
    return 'the database-url';
  }
}

/** A scratch database on the server, and a client connected to it; `close` drops it. */
async function openServer(url: string): Promise<{ db: Db; where: string }> {
  const pg = (await import('pg')).default;
  const where = describeUrl(url);
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new DatabaseError(
      `cannot connect to the PostgreSQL server at ${where}: ${(error as Error).message}. Check database-url (no fallback to the embedded engine).`,
    );
  }
  const scratch = `migration_check_${process.pid}_${Date.now()}`;
  try {
    await admin.query(`CREATE DATABASE ${scratch}`);
  } catch (error) {
    await admin.end();
    throw new DatabaseError(`cannot create a scratch database on ${where}: ${(error as Error).message}. The role in database-url needs CREATEDB.`);
  }
  const target = new URL(url);
  target.pathname = `/${scratch}`;
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  const db: Db = {
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as T[] }),
    exec: async (sql: string) => client.query(sql),
    close: async () => {
      await client.end().catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS ${scratch}`).catch(() => undefined);
      await admin.end().catch(() => undefined);
    },
  };
  return { db, where };
}

/** Opens the engine once per call (a scratch database on a server, or embedded PGlite); everything runs on it in order. */
export async function verifyMigrations(options: VerifyOptions): Promise<VerifyReport> {
  let db: Db;
  let label: (version: string) => string;
  if (options.databaseUrl) {
    const server = await openServer(options.databaseUrl);
    db = server.db;
    label = (version) => `PostgreSQL ${version} (the server at ${server.where}, in a scratch database)`;
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    db = await PGlite.create();
    label = (version) => `PostgreSQL ${version} (embedded PGlite; production may run another major)`;
  }
  try {
    const version = (await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? '?';
    const report: VerifyReport = {
      engine: label(version),
      seeded: [],
      unseeded: [],
      files: [],
    };
    for (const file of options.base) {
      try {
        await runPlain(db, file.sql);
      } catch (error) {
        report.baseError = { file: file.file, message: (error as Error).message };
        return report;
      }
    }
    if (options.seedSql !== undefined) await db.exec(options.seedSql);
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
      if (!applied.applied) break; // later migrations depend on this one
      if (file.down !== undefined && file.down.trim() !== '') {
        try {
          await runPlain(db, file.down);
        } catch (error) {
          applied.roundTrip = { status: 'down-failed', error: (error as Error).message };
          break;
        }
        const diff = schemaDiff(before, await schema(db));
        applied.roundTrip = diff.length === 0 ? { status: 'exact' } : { status: 'differs', diff };
        // Up again: it must run after its own down, and the next migration expects its result.
        try {
          await runPlain(db, file.sql, parsed);
        } catch (error) {
          applied.roundTrip = { status: 'down-failed', error: `up after down fails: ${(error as Error).message}` };
          break;
        }
      }
    }
    return report;
  } finally {
    await db.close();
  }
}
