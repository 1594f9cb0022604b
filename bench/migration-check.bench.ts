// migration-check against its floors, in one run:
// - static lint of a generated 1 MB migration (about 9,000 statements) against the parser's
//   own parse of the same text (libpg-query, the floor: reading the SQL at all);
// - full verification of 100 realistic migrations on embedded PostgreSQL (replay, seeding,
//   per-statement lock/rewrite/scan trace, up -> down -> up where there are downs) against
//   applying the same 100 migrations to PGlite with no checks. Both sides start the engine
//   once; peak memory of the verification is reported (bar: under 1.5 GB).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lintWithParser, loadParser } from '../packages/migrations/src/index.ts';
import { command, defineBenchmark, fn, type CommandOutput } from './lib.ts';

/** About 1 MB of varied DDL and DML: the statements migrations are made of. */
export function bigMigration(): string {
  const parts: string[] = ["SET lock_timeout = '2s';"];
  for (let i = 0; parts.join('\n').length < 1_000_000; i++) {
    parts.push(
      `CREATE TABLE t${i} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, email text, amount numeric(12,2), created_at timestamptz NOT NULL DEFAULT now());`,
      `ALTER TABLE t${i} ADD COLUMN status text, ADD COLUMN updated_at timestamptz;`,
      `CREATE INDEX t${i}_name_created_idx ON t${i} (name, created_at) WHERE status IS NOT NULL;`,
      `INSERT INTO t${i} (name, email, amount) VALUES ('first', 'a@example.com', 10.5), ('second', 'b@example.com', 20);`,
      `UPDATE t${i} SET amount = coalesce(amount, 0) * 1.2, status = 'active' WHERE amount IS NULL OR status IS NULL;`,
      `COMMENT ON TABLE t${i} IS 'generated table number ${i} for the migration lint benchmark';`,
    );
  }
  return parts.join('\n') + '\n';
}

/** 100 migrations of an application's life: tables, columns, backfills, indexes, constraints, with downs for most. */
export function realisticMigrations(): { file: string; transaction: 'wrapped' | 'none'; sql: string; down?: string }[] {
  const files: { file: string; transaction: 'wrapped' | 'none'; sql: string; down?: string }[] = [];
  const add = (sql: string, down?: string, transaction: 'wrapped' | 'none' = 'wrapped') =>
    files.push({
      file: `${String(files.length + 1).padStart(3, '0')}.up.sql`,
      transaction,
      sql: `SET lock_timeout = '2s';\n${sql}`,
      ...(down ? { down } : {}),
    });
  for (let t = 0; files.length < 100; t++) {
    const table = `entity${t}`;
    add(
      `CREATE TABLE ${table} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());\n`,
      `DROP TABLE ${table};\n`,
    );
    add(`ALTER TABLE ${table} ADD COLUMN status text;\n`, `ALTER TABLE ${table} DROP COLUMN status;\n`);
    add(`UPDATE ${table} SET status = 'active' WHERE status IS NULL;\n`);
    add(`CREATE INDEX CONCURRENTLY ${table}_created_idx ON ${table} (created_at);\n`, `DROP INDEX CONCURRENTLY ${table}_created_idx;\n`, 'none');
    if (t > 0)
      add(
        `ALTER TABLE ${table} ADD COLUMN parent_id bigint;\nALTER TABLE ${table} ADD CONSTRAINT ${table}_parent_fk FOREIGN KEY (parent_id) REFERENCES entity${t - 1} (id) NOT VALID;\n`,
        `ALTER TABLE ${table} DROP CONSTRAINT ${table}_parent_fk;\nALTER TABLE ${table} DROP COLUMN parent_id;\n`,
      );
    add(
      `ALTER TABLE ${table} ADD CONSTRAINT ${table}_name_len CHECK (char_length(name) < 200) NOT VALID;\n`,
      `ALTER TABLE ${table} DROP CONSTRAINT ${table}_name_len;\n`,
    );
  }
  return files.slice(0, 100);
}

function verifyScript(root: string, mode: 'verify' | 'apply'): string {
  return `
import { verifyMigrations } from ${JSON.stringify(join(root, 'packages/migrations/src/verify.ts'))};
import { realisticMigrations } from ${JSON.stringify(join(root, 'bench/migration-check.bench.ts'))};
const files = realisticMigrations();
if (${JSON.stringify(mode)} === 'verify') {
  const report = await verifyMigrations({ base: [], added: files });
  const failed = report.files.filter((f) => !f.applied || f.roundTrip?.status === 'differs');
  process.stdout.write(JSON.stringify({ files: report.files.length, failed: failed.map((f) => f.file + ': ' + (f.error?.message ?? f.roundTrip?.diff?.join('; '))) }));
} else {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create();
  for (const f of files) {
    if (f.transaction === 'wrapped') await db.exec('BEGIN;\\n' + f.sql + '\\nCOMMIT;');
    else for (const statement of f.sql.split(';').filter((s) => s.trim() !== '')) await db.exec(statement);
  }
  await db.close();
  process.stdout.write(JSON.stringify({ files: files.length, failed: [] }));
}
`;
}

function allApplied(out: CommandOutput): string | undefined {
  try {
    const result = JSON.parse(out.stdout) as { files: number; failed: string[] };
    if (result.files !== 100) return `${result.files} migrations ran, expected 100`;
    return result.failed.length === 0 ? undefined : `failed: ${result.failed.slice(0, 3).join(' | ')}`;
  } catch (error) {
    return `unexpected output (${(error as Error).message}): ${out.stderr.slice(0, 300)}`;
  }
}

export default defineBenchmark({
  name: 'migration-check',
  description: 'lint of a 1 MB migration vs the parser alone; verification of 100 migrations on PGlite vs applying them with no checks',
  rounds: 5,
  warmup: 1,
  memoryRounds: 1,
  async setup(ctx) {
    const sql = bigMigration();
    const parser = await loadParser();
    const statements = parser.parseSync(sql).stmts?.length ?? 0;
    ctx.log(`  fixture: ${(sql.length / 1e6).toFixed(2)} MB, ${statements} statements; 100 generated migrations`);
    const dir = await ctx.tempDir('bench-migration-check-');
    // The scripts live in the repository's tree so that they resolve its node_modules.
    const verify = join(ctx.root, 'bench', '.verify-run.ts');
    const apply = join(ctx.root, 'bench', '.apply-run.ts');
    await writeFile(verify, verifyScript(ctx.root, 'verify'));
    await writeFile(apply, verifyScript(ctx.root, 'apply'));
    ctx.onCleanup(async () => {
      const { rm } = await import('node:fs/promises');
      await rm(verify, { force: true });
      await rm(apply, { force: true });
    });
    void dir;
    return [
      {
        name: `lint of a 1 MB migration (${statements} statements)`,
        subject: fn('lintWithParser', () => {
          const result = lintWithParser(parser, sql, { file: 'big.sql', transaction: 'none' });
          if (result.statements !== statements) throw new Error(`linted ${result.statements} statements, expected ${statements}`);
        }),
        reference: fn('libpg-query parseSync', () => parser.parseSync(sql)),
        bar: 1.5,
        note: 'every rule, on the same parse tree the reference produces',
      },
      {
        name: 'verification of 100 migrations on PGlite',
        subject: command('verifyMigrations (apply, trace, round trip)', process.execPath, [verify], { cwd: ctx.root, check: allApplied }),
        reference: command('PGlite, apply only', process.execPath, [apply], { cwd: ctx.root, check: allApplied }),
        bar: 2.5,
        memory: true,
        note: 'each side starts the embedded engine once; peak memory bar: 1.5 GB',
      },
    ];
  },
});
