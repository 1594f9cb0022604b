import { describe, expect, it } from 'vitest';
import { lintSql, type Finding, type LintOptions } from '../../packages/migrations/src/index.ts';

async function lint(sql: string, options: Partial<LintOptions> = {}): Promise<Finding[]> {
  return (await lintSql(sql, { file: 'db/001.sql', ...options })).findings;
}
const rules = (findings: Finding[]): string[] => findings.map((f) => `${f.line}:${f.rule}`);
const TIMEOUT = { timeout: 30_000 };

describe('migration lint: locking rules', () => {
  it('flags unsafe statements on existing tables at their lines, with the safe rewrite', TIMEOUT, async () => {
    const sql = [
      "SET lock_timeout = '2s';",
      'ALTER TABLE users ADD COLUMN age bigint NOT NULL;',
      'ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();',
      'CREATE INDEX users_age ON users (age);',
      'DROP INDEX users_old;',
      'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id);',
      'ALTER TABLE orders ADD CONSTRAINT ck CHECK (total > 0);',
      'ALTER TABLE orders ALTER COLUMN total SET NOT NULL;',
      'ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);',
      'ALTER TABLE orders ADD CONSTRAINT u UNIQUE (ref);',
      'ALTER TABLE orders ADD PRIMARY KEY (id);',
    ].join('\n');
    const findings = await lint(sql);
    expect(rules(findings)).toEqual([
      '2:add-column-not-null-no-default',
      '3:add-column-volatile-default',
      '4:create-index-non-concurrent',
      '5:drop-index-non-concurrent',
      '6:add-foreign-key-without-not-valid',
      '7:add-check-without-not-valid',
      '8:set-not-null',
      '9:change-column-type',
      '10:add-unique-constraint',
      '11:add-primary-key',
    ]);
    expect(findings[2]!.message).toContain('CREATE INDEX CONCURRENTLY');
    expect(findings[4]!.message).toContain('NOT VALID');
    expect(findings.every((f) => f.file === 'db/001.sql' && f.column === 1 && f.severity === 'error')).toBe(true);
  });

  it('passes the safe rewrite and exempts objects created earlier in the same file', TIMEOUT, async () => {
    const safe = [
      "SET lock_timeout = '2s';",
      'ALTER TABLE users ADD COLUMN age bigint;',
      'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
      'ALTER TABLE orders ADD CONSTRAINT ck CHECK (total > 0) NOT VALID;',
      'CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kind text NOT NULL);',
      'CREATE INDEX events_kind ON events (kind);',
      'ALTER TABLE events ADD COLUMN at timestamptz NOT NULL;',
    ].join('\n');
    expect(await lint(safe)).toEqual([]);
  });

  it('flags CONCURRENTLY inside a wrapped file and accepts it with transaction=none', TIMEOUT, async () => {
    const sql = 'CREATE INDEX CONCURRENTLY users_age ON users (age);\n';
    expect(rules(await lint(sql))).toEqual(['1:concurrent-index-in-transaction']);
    expect(await lint(`-- migration-check: transaction=none\n${sql}`)).toEqual([]);
    expect(rules(await lint(`BEGIN;\n${sql}COMMIT;`, { transaction: 'none' }))).toEqual(['2:concurrent-index-in-transaction']);
  });

  it('requires a non-zero lock_timeout before strong locks on existing tables', TIMEOUT, async () => {
    expect(rules(await lint('ALTER TABLE users ADD COLUMN age bigint;'))).toEqual(['1:missing-lock-timeout']);
    expect(rules(await lint('SET lock_timeout = 0;\nALTER TABLE users ADD COLUMN age bigint;'))).toEqual(['2:missing-lock-timeout']);
    expect(await lint('ALTER TABLE users ADD COLUMN age bigint;', { assumeLockTimeout: true })).toEqual([]);
    expect(await lint("SELECT set_config('lock_timeout', '1s', false);\nALTER TABLE users ADD COLUMN age bigint;")).toEqual([]);
  });
});

describe('migration lint: destructive statements and acknowledgements', () => {
  const destructive = [
    "SET lock_timeout = '2s';",
    'ALTER TABLE users RENAME COLUMN name TO full_name;',
    'ALTER TABLE users RENAME TO people;',
    'ALTER TABLE orders DROP COLUMN note;',
    'DROP TABLE legacy;',
    'TRUNCATE audit;',
    'ALTER TABLE orders ALTER COLUMN total DROP NOT NULL;',
  ].join('\n');

  it('reports each destructive statement', TIMEOUT, async () => {
    expect(rules(await lint(destructive))).toEqual([
      '2:rename-column',
      '3:rename-table',
      '4:drop-column',
      '5:drop-table',
      '6:truncate-table',
      '7:drop-not-null',
    ]);
  });

  it('accepts an acknowledgement with a reason, rejects one without, reports unused ones', TIMEOUT, async () => {
    const sql = [
      "SET lock_timeout = '2s';",
      '-- migration-check:ignore drop-table legacy is unused since v3',
      'DROP TABLE legacy;',
      '-- migration-check:ignore drop-column',
      'ALTER TABLE orders DROP COLUMN note;',
      '-- migration-check:ignore truncate-table nothing to truncate here',
      'SELECT 1;',
    ].join('\n');
    const findings = await lint(sql);
    expect(rules(findings)).toEqual(['4:ignore-without-reason', '5:drop-column', '6:unused-ignore']);
  });
});

describe('migration lint: transactions, identifiers, style, parse errors', () => {
  it('reports an unterminated BEGIN in an unwrapped file and nesting in a wrapped one', TIMEOUT, async () => {
    expect(rules(await lint('BEGIN;\nCREATE TABLE t (id bigint PRIMARY KEY);', { transaction: 'none' }))).toEqual(['1:unterminated-transaction']);
    expect(rules(await lint('BEGIN;\nCREATE TABLE t (id bigint PRIMARY KEY);\nCOMMIT;'))).toEqual(['1:transaction-nesting', '3:transaction-nesting']);
  });

  it('maps positions after multi-byte characters to the right line and column', TIMEOUT, async () => {
    const sql = "-- café ☕\nCOMMENT ON TABLE users IS 'naïve';\n  DROP TABLE users;";
    expect((await lint(sql)).map((f) => `${f.line}:${f.column}:${f.rule}`)).toEqual(['3:3:drop-table']);
  });

  it('reports identifiers over 63 bytes', TIMEOUT, async () => {
    expect(rules(await lint(`CREATE TABLE ${'t'.repeat(64)} (id bigint PRIMARY KEY);`))).toEqual(['1:identifier-too-long']);
  });

  it('reports style notices as a group that can be switched off', TIMEOUT, async () => {
    const sql = 'CREATE TABLE t (id serial PRIMARY KEY, code char(2), name varchar(20), at timestamp, doc json);';
    const findings = await lint(sql);
    expect(findings.map((f) => f.rule).sort()).toEqual([
      'ban-char-type',
      'prefer-bigint',
      'prefer-identity',
      'prefer-jsonb',
      'prefer-text-over-varchar',
      'prefer-timestamptz',
    ]);
    expect(findings.every((f) => f.severity === 'notice')).toBe(true);
    expect(await lint(sql, { style: false })).toEqual([]);
  });

  it('reports parse errors with file, line, column and the parser message', TIMEOUT, async () => {
    const findings = await lint('CREATE TABLE t (id bigint PRIMARY KEY);\n  ALTR TABLE t ADD COLUMN x text;');
    expect(findings.map(({ rule, severity, file, line, column }) => ({ rule, severity, file, line, column }))).toEqual([
      { rule: 'parse-error', severity: 'error', file: 'db/001.sql', line: 2, column: 3 },
    ]);
    expect(findings[0]!.message).toContain('syntax error at or near "ALTR"');
  });
});

describe('backfills', () => {
  it('flags an UPDATE of a table its own transaction just locked with ALTER TABLE, not one in a later transaction', async () => {
    const wrapped = await lintSql("SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN status text;\nUPDATE orders SET status = 'new';\n", {
      file: 'a.sql',
      transaction: 'wrapped',
    });
    expect(wrapped.findings.filter((f) => f.rule === 'backfill-in-ddl-transaction').map((f) => f.line)).toEqual([3]);
    const split = await lintSql("SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN status text;\nUPDATE orders SET status = 'new';\n", {
      file: 'b.sql',
      transaction: 'none',
    });
    expect(split.findings.some((f) => f.rule === 'backfill-in-ddl-transaction')).toBe(false);
  });
});
