import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '@devops-actions/cli';
import { discover } from '../../packages/migrations/src/index.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'migration-check-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
const T = { timeout: 30_000 };

describe('migration layouts', () => {
  it('detects each layout and its runner transaction mode', T, () => {
    expect(discover(tree({ '20240101000000_init/migration.sql': 'SELECT 1;' })).layout).toBe('prisma');
    expect(discover(tree({ 'V1__init.sql': 'SELECT 1;', 'V2__more.sql': 'SELECT 1;' })).files.map((f) => f.version)).toEqual(['1', '2']);
    const gm = discover(tree({ '001_a.up.sql': 'SELECT 1;', '001_a.down.sql': 'SELECT 2;' }));
    expect([gm.layout, gm.files.map((f) => [f.file, f.transaction])]).toEqual(['golang-migrate', [['001_a.up.sql', 'none']]]);
    const goose = discover(tree({ '001_a.sql': '-- +goose NO TRANSACTION\n-- +goose Up\nSELECT 1;\n-- +goose Down\nDROP TABLE x;\n' }));
    expect([goose.layout, goose.files[0]!.transaction, goose.files[0]!.sql.includes('DROP')]).toEqual(['goose', 'none', false]);
    const dbmate = discover(tree({ '20240101_a.sql': '-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n' }));
    expect([dbmate.layout, dbmate.files[0]!.transaction]).toEqual(['dbmate', 'wrapped']);
  });
});

interface Report {
  findings: { rule: string }[];
}

describe('devops-actions migration-check', () => {
  const unsafe = "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN age bigint NOT NULL;\nCREATE INDEX users_age ON users (age);\n";

  it('fails on an unsafe migration with rules on lines, JSON in the CLI.md shape', T, async () => {
    const root = tree({ 'db/migrations/V1__init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n', 'db/migrations/V2__age.sql': unsafe });
    const result = await cli(['migration-check', 'db/migrations', '--format', 'json'], root);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      files: { file: string; transaction: string }[];
      findings: { rule: string; file: string; line: number }[];
      verified: boolean;
    };
    expect(report.files).toEqual([
      { file: 'db/migrations/V1__init.sql', version: '1', transaction: 'wrapped' },
      { file: 'db/migrations/V2__age.sql', version: '2', transaction: 'wrapped' },
    ]);
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.rule}`)).toEqual([
      'db/migrations/V2__age.sql:2:add-column-not-null-no-default',
      'db/migrations/V2__age.sql:3:create-index-non-concurrent',
    ]);
    expect(report.verified).toBe(false);
  });

  it('passes the safe rewrite and prints a text report', T, async () => {
    const root = tree({ 'V2__age.sql': "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN age bigint;\n" });
    const result = await cli(['migration-check'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No findings.');
  });

  it('flags CONCURRENTLY in a Prisma migration, which Prisma wraps in a transaction', T, async () => {
    const root = tree({ 'prisma/migrations/20240102000000_idx/migration.sql': 'CREATE INDEX CONCURRENTLY users_age ON users (age);\n' });
    const result = await cli(['migration-check', 'prisma/migrations', '--format', 'sarif'], root);
    expect(result.code).toBe(1);
    const sarif = JSON.parse(result.stdout) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(sarif.runs[0]!.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([
      ['concurrent-index-in-transaction', 'prisma/migrations/20240102000000_idx/migration.sql'],
    ]);
  });

  it('reads --disable as a list like the action input, and refuses an id that is no rule', T, async () => {
    const root = tree({ 'V2__age.sql': "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN age integer;\n" });
    const flagged = await cli(['migration-check', '--format', 'json'], root);
    expect((JSON.parse(flagged.stdout) as Report).findings.map((f) => f.rule)).toEqual(['prefer-bigint']);
    const off = await cli(['migration-check', '--format', 'json', '--disable', 'prefer-bigint, '], root);
    expect((JSON.parse(off.stdout) as Report).findings).toEqual([]);
    const typo = await cli(['migration-check', '--disable', 'prefer-bigints'], root);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^devops-actions migration-check: --disable: "prefer-bigints" is not a rule id.*did you mean prefer-bigint/);
  });

  it('rejects an unknown layout with exit 2', T, async () => {
    const result = await cli(['migration-check', '--layout', 'rails'], tree({}));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--layout');
  });
});
