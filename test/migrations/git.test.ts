import { afterEach, describe, expect, it } from 'vitest';
import { main } from '@devops-actions/cli';
import { createRepo, type GitRepo } from '../harness/git.ts';

const repos: GitRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});
async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}
interface Report {
  files: { file: string }[];
  findings: { rule: string; file: string; line: number }[];
}
const T = { timeout: 30_000 };

function repoWithHistory(): GitRepo {
  const repo = createRepo();
  repos.push(repo);
  repo.commit('init', {
    files: {
      'db/migrations/V1__users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, name text);\n',
      'db/migrations/V2__orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);\n',
    },
  });
  repo.branch('base');
  repo.checkout('feature', true);
  return repo;
}

describe('migration-check --base: the migrations a branch adds', () => {
  it('lints only the new migration and reports its unsafe statements on their lines', T, async () => {
    const repo = repoWithHistory();
    repo.commit('add age', {
      files: { 'db/migrations/V3__age.sql': "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN age bigint NOT NULL;\nDROP INDEX users_name;\n" },
    });
    const result = await cli(['migration-check', 'db/migrations', '--base', 'base', '--format', 'json'], repo.dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.files.map((f) => f.file)).toEqual(['db/migrations/V3__age.sql']);
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.rule}`)).toEqual([
      'db/migrations/V3__age.sql:2:add-column-not-null-no-default',
      'db/migrations/V3__age.sql:3:drop-index-non-concurrent',
    ]);
  });

  it('passes the safe rewrite', T, async () => {
    const repo = repoWithHistory();
    repo.commit('add age', { files: { 'db/migrations/V3__age.sql': "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN age bigint;\n" } });
    const result = await cli(['migration-check', 'db/migrations', '--base', 'base'], repo.dir);
    expect(result.stdout).toContain('No findings.');
    expect(result.code).toBe(0);
  });

  it('flags an edited merged migration, a duplicate version and a version below the base', T, async () => {
    const repo = repoWithHistory();
    repo.commit('edit and add', {
      files: {
        'db/migrations/V1__users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, name text, email text);\n',
        'db/migrations/V2__dup.sql': 'SELECT 1;\n',
        'db/migrations/V1_5__late.sql': 'SELECT 1;\n',
      },
    });
    const result = await cli(['migration-check', 'db/migrations', '--base', 'base', '--format', 'json'], repo.dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.findings.map((f) => `${f.file}:${f.rule}`).sort()).toEqual([
      'db/migrations/V1_5__late.sql:version-lower-than-base',
      'db/migrations/V1__users.sql:edited-merged-migration',
      'db/migrations/V2__dup.sql:duplicate-version',
    ]);
    // The configuration has its say over these findings too, not only over the lint's.
    const tuned = await cli(
      ['migration-check', 'db/migrations', '--base', 'base', '--format', 'json', '--disable', 'duplicate-version,version-lower-than-base'],
      repo.dir,
    );
    expect((JSON.parse(tuned.stdout) as Report).findings.map((f) => `${f.file}:${f.rule}`)).toEqual(['db/migrations/V1__users.sql:edited-merged-migration']);
  });
});

describe('migration-check --base on a shallow clone', () => {
  it('deepens a depth-1 clone from its remote until the merge base is there, and lints only the added migration', T, async () => {
    const origin = repoWithHistory();
    origin.commit('add age', { files: { 'db/migrations/V3__age.sql': "SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN age bigint NOT NULL;\n" } });
    origin.commit('docs', { files: { 'README.md': '# shop\n' } });
    // The base moves on after the branch: the merge base is neither tip, so a depth-1 clone lacks it.
    origin.checkout('base');
    origin.commit('add notes', { files: { 'db/migrations/V2_5__notes.sql': 'CREATE TABLE notes (id bigint PRIMARY KEY);\n' } });
    const clone = origin.clone({ depth: 1, branch: 'feature' });
    repos.push(clone);
    expect(clone.isShallow()).toBe(true);

    const result = await cli(['migration-check', 'db/migrations', '--base', 'origin/base', '--format', 'json'], clone.dir);
    expect(result.stderr).toContain('Shallow clone: deepening by 50 commits to find the merge base');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.files.map((f) => f.file)).toEqual(['db/migrations/V3__age.sql']);
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.rule}`)).toEqual(['db/migrations/V3__age.sql:2:add-column-not-null-no-default']);
  });
});
