// The round trip and seeded-data failures, end to end through the engine, on embedded PostgreSQL
// and (where its binaries exist) a real server: a down that forgets to revert a column type is
// caught by the schema diff (running it without error is not enough), and NOT NULL added to a
// table the seeding populated fails on its line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmFindings, lintSql } from '../../packages/migrations/src/index.ts';
import { verifyMigrations, type VerifyOptions, type VerifyReport } from '../../packages/migrations/src/verify.ts';
import { postgresMissing, startPostgres, type PostgresServer } from './support/postgres.ts';

const TO_INTEGER = "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN total TYPE integer;\nCREATE INDEX orders_total_idx ON orders (total);\n";

const OPTIONS: VerifyOptions = {
  base: [
    {
      file: '001_orders.up.sql',
      transaction: 'wrapped',
      sql: 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric(10,2), note text);\n',
    },
  ],
  added: [
    { file: '002_total_int.up.sql', transaction: 'wrapped', sql: TO_INTEGER, down: 'DROP INDEX orders_total_idx;\n' },
    {
      file: '003_paid.up.sql',
      transaction: 'wrapped',
      sql: "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN paid boolean;\nALTER TABLE orders ADD COLUMN shipped boolean DEFAULT false;\nALTER TABLE orders DROP COLUMN shipped;\n",
      down: 'ALTER TABLE orders DROP COLUMN paid;\n',
    },
    {
      file: '004_paid_required.up.sql',
      transaction: 'wrapped',
      sql: "SET lock_timeout = '2s';\n\n-- every order must say whether it is paid\nALTER TABLE orders\n  ALTER COLUMN paid SET NOT NULL;\n",
    },
  ],
};

async function expectCaught(report: VerifyReport): Promise<void> {
  expect(report.seeded).toEqual([{ table: 'orders', rows: 20 }]);
  const [typed, paid, required] = report.files;
  expect(typed?.applied).toBe(true);
  expect(typed?.statements[1]?.rewrote).toEqual(['orders']);
  expect(typed?.roundTrip).toEqual({ status: 'differs', diff: ['column orders.total: numeric(10,2) (position 2) → integer (position 2)'] });
  // The column added and dropped again leaves a hole in attnum, not in the logical position compared.
  expect(paid?.roundTrip).toEqual({ status: 'exact' });
  expect(required?.applied).toBe(false);
  expect(required?.error?.line).toBe(4);
  expect(required?.error?.message).toMatch(/column "paid" of relation "orders" contains null values/);

  // The parser's rewrite prediction for numeric -> integer is confirmed by the trace, with the lock held.
  const lint = await lintSql(TO_INTEGER, { file: '002_total_int.up.sql', transaction: 'wrapped' });
  const predicted = lint.findings.filter((f) => f.rule === 'change-column-type');
  expect(predicted).toHaveLength(1);
  const [confirmed] = confirmFindings(predicted, report);
  expect(confirmed?.severity).toBe(predicted[0]?.severity);
  expect(confirmed?.message).toMatch(/Confirmed: the engine rewrote orders holding .*AccessExclusiveLock/);
}

describe('verifyMigrations round trip on PGlite', () => {
  it('reports a down that does not revert a column type as differs, in words, and fails NOT NULL on seeded rows at its line', { timeout: 60_000 }, async () => {
    await expectCaught(await verifyMigrations(OPTIONS));
  });
});

describe.skipIf(postgresMissing !== undefined)('verifyMigrations round trip on a real PostgreSQL server', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server?.stop());

  it('catches the same down and the same seeded-data failure as PGlite', { timeout: 60_000 }, async () => {
    await expectCaught(await verifyMigrations({ ...OPTIONS, databaseUrl: server.url }));
  });
});
