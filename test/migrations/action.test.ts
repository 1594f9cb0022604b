// End-to-end: the committed migration-check bundle, run as the runner runs it, on real git
// repositories whose pull request adds migrations, for each layout the action detects.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, type GitRepo } from '../harness/git.ts';
import { pullRequestEvent } from '../harness/events.ts';
import { startGitHubFake } from '../harness/github-fake/index.ts';
import { ROOT, runAction } from '../harness/run-action.ts';
import { sarifProblems } from '../harness/sarif.ts';

const bundled = existsSync(join(ROOT, 'dist', 'migration-check', 'index.js'));
const repos: GitRepo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
});
const REPO = { owner: 'acme', name: 'shop' };
const T = { timeout: 60_000 };

const ORDERS =
  'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric(10,2) NOT NULL, created_at timestamptz NOT NULL DEFAULT now());\n';
const UNSAFE =
  "SET lock_timeout = '2s';\nCREATE INDEX orders_created_at_idx ON orders (created_at);\nALTER TABLE orders ADD COLUMN customer_id bigint NOT NULL;\n";
const SAFE_WRAPPED = "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN customer_id bigint;\n";

const journal = (tags: string[]) =>
  JSON.stringify({
    version: '7',
    dialect: 'postgresql',
    entries: tags.map((tag, idx) => ({ idx, version: '7', when: 1767225600000 + idx, tag, breakpoints: true })),
  });
// atlas.sum: a sum of the directory, then one line per file (the hashes are not checked here).
const atlasSum = (files: string[]) => `h1:${'A'.repeat(43)}=\n${files.map((f) => `${f} h1:${'B'.repeat(43)}=`).join('\n')}\n`;

/** A repository with `base` files on main and `added` files on a feature branch; returns the run's inputs. */
function pullRequest(base: Record<string, string>, added: Record<string, string | Buffer>) {
  const r = createRepo();
  repos.push(r);
  r.commit('feat: schema', { files: base });
  const baseSha = r.sha('HEAD');
  r.checkout('feature', true);
  const head = r.commit('feat: migration', { files: added });
  return { r, baseSha, head };
}

function prRun(pr: ReturnType<typeof pullRequest>, inputs: Record<string, string> = {}, extra: Parameters<typeof runAction>[1] = {}) {
  return runAction('migration-check', {
    eventName: 'pull_request',
    event: pullRequestEvent({ repo: REPO, number: 12, base: { ref: 'main', sha: pr.baseSha }, head: { ref: 'feature', sha: pr.head } }),
    workspace: pr.r.dir,
    inputs: { comment: 'false', verify: 'false', ...inputs },
    ...extra,
  });
}

const rulesAt = (annotations: { title?: string; line?: number; file?: string }[]) =>
  annotations.filter((a) => a.title?.startsWith('migration-check: ')).map((a) => `${a.file ?? ''}:${a.line ?? 0} ${a.title?.slice(17) ?? ''}`);

describe.runIf(bundled)('migration-check action', () => {
  it('an unsafe Flyway migration fails with the right rules on the right lines; SARIF and JSON are written', T, async () => {
    const pr = pullRequest({ 'db/migrations/V1__orders.sql': ORDERS }, { 'db/migrations/V2__customer.sql': UNSAFE });
    const result = await prRun(pr);
    expect(result.exitCode).toBe(1);
    expect(rulesAt(result.annotations).sort()).toEqual([
      'db/migrations/V2__customer.sql:2 create-index-non-concurrent',
      'db/migrations/V2__customer.sql:3 add-column-not-null-no-default',
    ]);
    expect(result.outputs).toMatchObject({ findings: '2', 'max-severity': 'error', verified: 'false', failed: 'true' });
    expect(result.summary).toMatch(/Linted the 1 migration added since [0-9a-f]{12} in `db\/migrations` \(flyway layout\)/);
    expect(result.summary).toMatch(
      /\| 2 \| error \| create-index-non-concurrent \| .*CONCURRENTLY.* \| `CREATE INDEX orders_created_at_idx ON orders \(created_at\);` \|/,
    );
    const sarif = JSON.parse(readFileSync(result.outputs['sarif-file'] ?? '', 'utf8')) as unknown;
    expect(sarifProblems(sarif)).toEqual([]);
    const report = JSON.parse(readFileSync(result.outputs['report-file'] ?? '', 'utf8')) as { layout: string; findings: { rule: string; line: number }[] };
    expect(report.layout).toBe('flyway');
    expect(report.findings.map((f) => `${f.line} ${f.rule}`).sort()).toEqual(['2 create-index-non-concurrent', '3 add-column-not-null-no-default']);
  });

  it('its safe rewrite passes', T, async () => {
    const pr = pullRequest(
      { 'db/migrations/V1__orders.sql': ORDERS },
      {
        'db/migrations/V2__customer.sql': SAFE_WRAPPED,
        'db/migrations/V3__index.sql':
          "-- migration-check: transaction=none\nSET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);\n",
      },
    );
    const result = await prRun(pr);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ findings: '0', 'max-severity': 'none', failed: 'false' });
    expect(result.summary).toMatch(/No findings/);
  });

  it.each([
    ['plain SQL', { 'migrations/001_orders.sql': ORDERS }, { 'migrations/002_customer.sql': UNSAFE }, 'migrations/002_customer.sql', 2],
    [
      'golang-migrate',
      { 'migrations/001_orders.up.sql': ORDERS, 'migrations/001_orders.down.sql': 'DROP TABLE orders;\n' },
      { 'migrations/002_customer.up.sql': UNSAFE, 'migrations/002_customer.down.sql': 'ALTER TABLE orders DROP COLUMN customer_id;\n' },
      'migrations/002_customer.up.sql',
      2,
    ],
    [
      'goose',
      { 'db/migrations/00001_orders.sql': `-- +goose Up\n${ORDERS}-- +goose Down\nDROP TABLE orders;\n` },
      { 'db/migrations/00002_customer.sql': `-- +goose Up\n${UNSAFE}-- +goose Down\nALTER TABLE orders DROP COLUMN customer_id;\n` },
      'db/migrations/00002_customer.sql',
      3,
    ],
    [
      'dbmate',
      { 'db/migrations/20260101000000_orders.sql': `-- migrate:up\n${ORDERS}-- migrate:down\nDROP TABLE orders;\n` },
      { 'db/migrations/20260102000000_customer.sql': `-- migrate:up\n${UNSAFE}-- migrate:down\nALTER TABLE orders DROP COLUMN customer_id;\n` },
      'db/migrations/20260102000000_customer.sql',
      3,
    ],
    [
      'supabase',
      { 'supabase/migrations/20260101000000_orders.sql': ORDERS },
      { 'supabase/migrations/20260102000000_customer.sql': UNSAFE },
      'supabase/migrations/20260102000000_customer.sql',
      2,
    ],
    [
      'drizzle',
      { 'drizzle/0000_orders.sql': ORDERS, 'drizzle/meta/_journal.json': journal(['0000_orders']) },
      { 'drizzle/0001_customer.sql': UNSAFE, 'drizzle/meta/_journal.json': journal(['0000_orders', '0001_customer']) },
      'drizzle/0001_customer.sql',
      2,
    ],
    [
      'atlas',
      { 'migrations/20260101000000_orders.sql': ORDERS, 'migrations/atlas.sum': atlasSum(['20260101000000_orders.sql']) },
      { 'migrations/20260102000000_customer.sql': UNSAFE, 'migrations/atlas.sum': atlasSum(['20260101000000_orders.sql', '20260102000000_customer.sql']) },
      'migrations/20260102000000_customer.sql',
      2,
    ],
    [
      'prisma',
      { 'prisma/migrations/20260101000000_orders/migration.sql': ORDERS },
      { 'prisma/migrations/20260102000000_customer/migration.sql': UNSAFE },
      'prisma/migrations/20260102000000_customer/migration.sql',
      2,
    ],
  ] as const)('%s: the pull request’s unsafe index is found on its line', T, async (_layout, base, added, file, line) => {
    const result = await prRun(pullRequest(base, added));
    expect(result.exitCode).toBe(1);
    expect(rulesAt(result.annotations)).toContain(`${file}:${line} create-index-non-concurrent`);
    expect(rulesAt(result.annotations)).toContain(`${file}:${line + 1} add-column-not-null-no-default`);
  });

  it('a CONCURRENTLY index in a Prisma migration (which Prisma runs in a transaction) is flagged', T, async () => {
    const pr = pullRequest(
      { 'prisma/migrations/20260101000000_orders/migration.sql': ORDERS },
      { 'prisma/migrations/20260102000000_index/migration.sql': 'CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);\n' },
    );
    const result = await prRun(pr);
    expect(result.exitCode).toBe(1);
    expect(rulesAt(result.annotations)).toContain('prisma/migrations/20260102000000_index/migration.sql:1 concurrent-index-in-transaction');
  });

  it('a Drizzle migration missing from the journal is flagged (drizzle-kit would skip it silently)', T, async () => {
    const pr = pullRequest(
      { 'drizzle/0000_orders.sql': ORDERS, 'drizzle/meta/_journal.json': journal(['0000_orders']) },
      { 'drizzle/0001_notes.sql': 'CREATE TABLE notes (id bigint PRIMARY KEY);\n' },
    );
    const result = await prRun(pr);
    expect(result.exitCode).toBe(1);
    expect(rulesAt(result.annotations)).toContain('drizzle/0001_notes.sql:1 journal-mismatch');
  });

  it('an edited merged migration is flagged, and a new version below the newest merged one', T, async () => {
    const pr = pullRequest(
      { 'db/migrations/V1__orders.sql': ORDERS, 'db/migrations/V5__notes.sql': 'CREATE TABLE notes (id bigint PRIMARY KEY);\n' },
      {
        'db/migrations/V1__orders.sql': ORDERS.replace('numeric(10,2)', 'numeric(12,2)'),
        'db/migrations/V3__late.sql': 'CREATE TABLE late (id bigint PRIMARY KEY);\n',
      },
    );
    const result = await prRun(pr);
    expect(result.exitCode).toBe(1);
    const found = rulesAt(result.annotations).join('\n');
    expect(found).toContain('db/migrations/V1__orders.sql:1 edited-merged-migration');
    expect(found).toContain('db/migrations/V3__late.sql:1 version-lower-than-base');
  });

  it('proves the migrations on the engine: a forgotten down, a NOT NULL on seeded rows, the lock table of a rewrite', T, async () => {
    const pr = pullRequest(
      { 'migrations/001_orders.up.sql': ORDERS, 'migrations/001_orders.down.sql': 'DROP TABLE orders;\n' },
      {
        'migrations/002_total.up.sql': "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN total TYPE integer;\n",
        // The down forgets to restore the type: it runs without an error, the schema diff catches it.
        'migrations/002_total.down.sql': 'SELECT 1;\n',
        'migrations/003_paid.up.sql': "SET lock_timeout = '2s';\n\nALTER TABLE orders ADD COLUMN paid_at timestamptz NOT NULL;\n",
        'migrations/003_paid.down.sql': 'ALTER TABLE orders DROP COLUMN paid_at;\n',
      },
    );
    const result = await prRun(pr, { verify: 'true', 'postgres-version': '16' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verified).toBe('false');
    expect(result.summary).toMatch(/Production runs PostgreSQL 16; the migrations were proven on PostgreSQL 18/);
    const found = rulesAt(result.annotations);
    expect(found).toContain('migrations/002_total.up.sql:1 down-does-not-revert');
    expect(found).toContain('migrations/003_paid.up.sql:3 migration-failed');
    expect(result.annotations.find((a) => a.title === 'migration-check: down-does-not-revert')?.message).toMatch(
      /column orders\.total: numeric\(10,2\) NOT NULL \(position 2\) → integer NOT NULL/,
    );
    expect(result.annotations.find((a) => a.title === 'migration-check: migration-failed')?.message).toMatch(
      /column "paid_at" of relation "orders" contains null values/,
    );
    expect(result.annotations.find((a) => a.title === 'migration-check: change-column-type')?.message).toMatch(
      /Confirmed: the engine rewrote orders holding .*AccessExclusiveLock/,
    );
    expect(result.summary).toMatch(/PostgreSQL 18\.\d+ \(embedded PGlite; production may run another major\)/);
    expect(result.summary).toMatch(/\| 2 \| `ALTER TABLE orders ALTER COLUMN total TYPE integer` \| [^|]*AccessExclusiveLock on orders[^|]* \| orders \|/);
  });

  it('an unreachable database-url fails the step with one clear error and never prints the password', T, async () => {
    const pr = pullRequest({ 'db/migrations/V1__orders.sql': ORDERS }, { 'db/migrations/V2__customer.sql': SAFE_WRAPPED });
    const password = `pw-${Date.now().toString(36)}`;
    const result = await prRun(pr, { verify: 'true', 'database-url': `postgresql://app:${password}@127.0.0.1:1/app` });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toMatch(
      /^database-url: cannot connect to the PostgreSQL server at 127\.0\.0\.1:1: .*\(no fallback to the embedded engine\)/,
    );
    expect(result.masked).toContain(`postgresql://app:${password}@127.0.0.1:1/app`);
    expect(`${result.stdout.replace(/^::add-mask::.*$/gm, '')}${result.stderr}`).not.toContain(password);
  });

  it('keeps one sticky comment on the pull request, and none on a fork’s', T, async () => {
    const github = await startGitHubFake();
    try {
      const pr = pullRequest({ 'db/migrations/V1__orders.sql': ORDERS }, { 'db/migrations/V2__customer.sql': UNSAFE });
      const run = (fork: boolean) =>
        runAction('migration-check', {
          eventName: 'pull_request',
          event: pullRequestEvent({ repo: REPO, number: 12, base: { ref: 'main', sha: pr.baseSha }, head: { ref: 'feature', sha: pr.head, fork } }),
          workspace: pr.r.dir,
          github,
          token: 'test-token',
          inputs: { verify: 'false' },
        });
      expect((await run(false)).exitCode).toBe(1);
      expect((await run(false)).exitCode).toBe(1);
      const comments = github.state.commentsOn('acme/shop', 12);
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toMatch(/create-index-non-concurrent/);
      const calls = github.calls.length;
      const fork = await run(true);
      expect(fork.exitCode).toBe(1);
      expect(fork.summary).toMatch(/create-index-non-concurrent/);
      expect(github.calls.length).toBe(calls);
      expect(github.violations).toEqual([]);
    } finally {
      await github.close();
    }
  });

  it('bad input: unparseable SQL is a parse-error with its line; an empty folder is neutral; no folder and a bad config are clear errors', T, async () => {
    const broken = await prRun(
      pullRequest({ 'db/migrations/V1__orders.sql': ORDERS }, { 'db/migrations/V2__broken.sql': 'SELECT 1;\nALTER TABLE orders ADD COLUMN;\n' }),
    );
    expect(broken.exitCode).toBe(1);
    expect(rulesAt(broken.annotations)).toEqual(['db/migrations/V2__broken.sql:2 parse-error']);

    const latin1 = pullRequest(
      { 'db/migrations/V1__orders.sql': ORDERS },
      { 'db/migrations/V2__note.sql': Buffer.from("COMMENT ON TABLE orders IS 'caf\xe9';\n", 'latin1') },
    );
    const encoded = await prRun(latin1);
    expect(rulesAt(encoded.annotations)).toContain('db/migrations/V2__note.sql:1 not-utf8');

    const r = createRepo();
    repos.push(r);
    r.commit('chore: folder', { files: { 'db/migrations/.keep': '' } });
    const empty = await runAction('migration-check', { workspace: r.dir, inputs: { path: 'db/migrations', comment: 'false', verify: 'false' } });
    expect(empty.exitCode).toBe(0);
    expect(empty.summary).toMatch(/No migrations were found in `db\/migrations`: nothing to check/);

    const bare = createRepo();
    repos.push(bare);
    const none = await runAction('migration-check', { workspace: bare.dir, inputs: { comment: 'false', verify: 'false' } });
    expect(none.exitCode).toBe(1);
    expect(none.annotations[0]?.message).toMatch(/^path: no migrations folder was found; looked for migrations, db\/migrations/);

    r.write('.migration-check.yml', 'severity:\n  missing-lock-timeout: fatal\n');
    const bad = await runAction('migration-check', { workspace: r.dir, inputs: { path: 'db/migrations', comment: 'false', verify: 'false' } });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations[0]?.message).toMatch(/^\.migration-check\.yml:2 severity\.missing-lock-timeout: "fatal" is not one of error, warning, notice/);
  });
});
