// The engine proof on embedded PostgreSQL (PGlite): what the trace sees, and how it confirms or
// withdraws the parser's predictions. One engine start per test file keeps it quick.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmFindings, lintSql } from '../../packages/migrations/src/index.ts';
import { schemaDiff, verifyMigrations, type VerifyOptions, type VerifyReport } from '../../packages/migrations/src/verify.ts';
import { postgresMissing, startPostgres, type PostgresServer } from './support/postgres.ts';

const BASE = [
  {
    file: 'V1__schema.sql',
    transaction: 'wrapped' as const,
    sql: "CREATE TYPE state AS ENUM ('new', 'paid');\nCREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);\nCREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id), note varchar(20), state state NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());\n",
  },
];

const WIDEN = "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN note TYPE varchar(200);\n";
const ADDED: VerifyOptions['added'] = [
  { file: 'V2__widen.sql', transaction: 'wrapped', sql: WIDEN },
  { file: 'V3__index.sql', transaction: 'none', sql: 'CREATE INDEX CONCURRENTLY orders_placed_idx ON orders (placed_at);\n' },
  { file: 'V4__state.sql', transaction: 'wrapped', sql: "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN state TYPE text;\n" },
  { file: 'V5__check.sql', transaction: 'wrapped', sql: 'SELECT 1;\nALTER TABLE customers ADD CONSTRAINT short CHECK (length(email) < 2);\n' },
];

/** What both engines must agree on, in a comparable shape. */
function essentials(report: VerifyReport) {
  return report.files.map((f) => ({
    file: f.file,
    applied: f.applied,
    errorLine: f.error?.line,
    statements: f.statements.map((st) => ({
      line: st.line,
      rewrote: st.rewrote,
      untraced: st.untraced,
      exclusive: st.locks.some((l) => l.mode === 'AccessExclusiveLock'),
    })),
  }));
}

let pglite: VerifyReport | undefined;

describe('verifyMigrations on PGlite', () => {
  it(
    'seeds parents before children, traces locks and rewrites, runs CONCURRENTLY outside a transaction, and maps a failure to its line',
    { timeout: 60_000 },
    async () => {
      const report = (pglite = await verifyMigrations({ base: BASE, added: ADDED }));
      expect(report.engine).toMatch(/^PostgreSQL 18\./);
      expect(report.seeded.map((s) => s.table)).toEqual(['customers', 'orders']);
      const [widened, index, state, check] = report.files;
      expect(widened?.statements[1]?.rewrote).toEqual([]); // varchar(20) -> varchar(200) is binary-coercible
      expect(index?.applied).toBe(true);
      expect(index?.statements[0]?.untraced).toBe('runs outside a transaction');
      expect(state?.statements[1]?.rewrote).toEqual(['orders']);
      expect(state?.statements[1]?.locks).toContainEqual({ relation: 'orders', mode: 'AccessExclusiveLock' });
      expect(check?.applied).toBe(false);
      expect(check?.error?.line).toBe(2);
      expect(check?.error?.message).toMatch(/violated by some row/);

      // The parser predicts a rewrite for the widening; the trace withdraws it, and confirms the real one.
      const lint = await lintSql(WIDEN, { file: 'V2__widen.sql', transaction: 'wrapped' });
      const predicted = lint.findings.filter((f) => f.rule === 'change-column-type');
      for (const f of confirmFindings(predicted, report)) {
        expect(f.severity).toBe('notice');
        expect(f.message).toMatch(/Not confirmed: the engine did not rewrite the table/);
      }
    },
  );

  it('describes schema differences in words, by logical column position', () => {
    const before = new Map([
      ['column orders.total', 'numeric(10,2) NOT NULL (position 2)'],
      ['index orders_total_idx', 'CREATE INDEX orders_total_idx ON public.orders USING btree (total)'],
    ]);
    const after = new Map([
      ['column orders.total', 'integer NOT NULL (position 2)'],
      ['column orders.paid', 'boolean (position 3)'],
    ]);
    expect(schemaDiff(before, after)).toEqual([
      'column orders.paid: left behind by down (boolean (position 3))',
      'column orders.total: numeric(10,2) NOT NULL (position 2) → integer NOT NULL (position 2)',
      'index orders_total_idx: missing after down (was CREATE INDEX orders_total_idx ON public.orders USING btree (total))',
    ]);
  });
});

describe.skipIf(postgresMissing !== undefined)('verifyMigrations on a real PostgreSQL server', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.stop());

  it('agrees with PGlite on what each statement did, in a scratch database it drops after', { timeout: 60_000 }, async () => {
    const report = await verifyMigrations({ base: BASE, added: ADDED, databaseUrl: server.url });
    expect(report.engine).toMatch(/^PostgreSQL \d+\.\d+.* \(the server at 127\.0\.0\.1:\d+, in a scratch database\)$/);
    expect(essentials(report)).toEqual(essentials(pglite ?? (await verifyMigrations({ base: BASE, added: ADDED }))));
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const left = await client.query("SELECT datname FROM pg_database WHERE datname LIKE 'migration_check_%'");
    await client.end();
    expect(left.rows).toEqual([]);
  });

  it('an unreachable database-url is one clear error, with no fallback to the embedded engine', { timeout: 30_000 }, async () => {
    await expect(verifyMigrations({ base: BASE, added: ADDED, databaseUrl: 'postgresql://postgres@127.0.0.1:1/postgres' })).rejects.toThrow(
      /^database-url: cannot connect to the PostgreSQL server at 127\.0\.0\.1:1: .*ECONNREFUSED.*\. Check database-url \(no fallback to the embedded engine\)\.$/,
    );
  });
});
