// The demo's stages, in pipeline order. Each runs one bundled action, exactly as the runner
// would, on the sample app and project in examples/, and checks that it behaved as a user
// would expect. Fixtures (repositories, servers, tokens) are made at run time.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRepo } from '../../test/harness/git.ts';
import { pullRequestEvent, pushEvent, ZERO_SHA } from '../../test/harness/events.ts';
import { ROOT, runAction, type RunResult } from '../../test/harness/run-action.ts';
import { startProxy } from './proxy.ts';
import { startGitHubFake } from '../../test/harness/github-fake/index.ts';
import { githubToken } from '../../test/secrets/tokens.ts';
import { createSampleRepo, produceReports } from '../../test/quality/sample.ts';
import { nginxMissing } from '../../test/deploy/support/nginx.ts';
import { servedVersion, startSite } from '../../test/deploy/support/site.ts';

export interface StageOutcome {
  ok: boolean;
  skipped?: boolean;
  lines: string[];
}

export interface Stage {
  title: string;
  /** The action whose bundle the stage runs (dist/<action>/index.js). */
  action: string;
  run(): Promise<StageOutcome>;
}

const REPO = { owner: 'acme', name: 'shop' };

function expect(lines: string[], condition: boolean, what: string): boolean {
  lines.push(`${condition ? 'ok  ' : 'FAIL'} ${what}`);
  return condition;
}

function firstError(result: RunResult): string {
  return result.annotations.find((a) => a.level === 'error')?.message ?? '(no error annotation)';
}

const quality: Stage = {
  title: 'quality gate: coverage, tests and lint of a pull request against main',
  action: 'quality-gate',
  async run() {
    const lines: string[] = [];
    const repo = createSampleRepo();
    const baselineDir = mkdtempSync(join(tmpdir(), 'demo-baselines-'));
    const github = await startGitHubFake();
    const inputs = { coverage: 'coverage/lcov.info', tests: 'reports/junit.xml', findings: 'reports/eslint.json', 'baseline-dir': baselineDir };
    try {
      const main = repo.sha('HEAD');
      produceReports(repo);
      const push = await runAction('quality-gate', {
        workspace: repo.dir,
        eventName: 'push',
        event: pushEvent({ repo: REPO, ref: 'refs/heads/main', before: ZERO_SHA, after: main }),
        inputs,
      });
      let ok = expect(
        lines,
        push.exitCode === 0,
        `main passes the gate and saves its baseline (project coverage ${push.outputs['project-coverage'] ?? '?'} %)`,
      );
      repo.checkout('feature/discounts', true);
      repo.commit('feat: discounts', {
        files: {
          'src/discount.js': [
            'export function discount(total, code) {',
            '  if (code === "HALF") return total / 2;',
            '  if (code === "TENTH") return total * 0.9;',
            '  if (code === "FIVE") return Math.max(0, total - 5);',
            '  return total;',
            '}',
            '',
            'export function describe(code) {',
            '  const known = { HALF: "half price", TENTH: "10 % off", FIVE: "5 off" };',
            '  return known[code] ?? "no discount";',
            '}',
            '',
          ].join('\n'),
        },
      });
      produceReports(repo);
      const pr = await runAction('quality-gate', {
        workspace: repo.dir,
        github,
        token: 'demo-token',
        eventName: 'pull_request',
        event: pullRequestEvent({ repo: REPO, number: 12, base: { ref: 'main', sha: main }, head: { ref: 'feature/discounts', sha: repo.sha('HEAD') } }),
        inputs,
      });
      ok =
        expect(
          lines,
          pr.exitCode === 1 && pr.outputs.passed === 'false',
          `a pull request adding untested code fails the gate: patch coverage ${pr.outputs['patch-coverage'] ?? '?'} %`,
        ) && ok;
      ok = expect(lines, pr.summary.includes(main.slice(0, 12)), 'the verdict names the base commit whose baseline it compared against') && ok;
      const comment = github.state.commentsOn('acme/shop', 12)[0];
      ok = expect(lines, comment !== undefined, 'the pull request gets one sticky comment with the verdict') && ok;
      return { ok, lines };
    } finally {
      await github.close();
      repo.cleanup();
    }
  },
};

const secrets: Stage = {
  title: 'secret scan: a credential planted on a branch is caught and never printed',
  action: 'secret-scan',
  async run() {
    const lines: string[] = [];
    const repo = createRepo();
    try {
      const base = repo.sha('HEAD');
      repo.checkout('feature/notify', true);
      const token = githubToken();
      const head = repo.commit('feat: notify on deploy', { files: { 'src/notify.js': `const GITHUB_TOKEN = "${token}";\nexport default GITHUB_TOKEN;\n` } });
      const result = await runAction('secret-scan', {
        workspace: repo.dir,
        eventName: 'pull_request',
        event: pullRequestEvent({ repo: REPO, number: 7, base: { ref: 'main', sha: base }, head: { ref: 'feature/notify', sha: head } }),
      });
      const report = JSON.parse(readFileSync(result.outputs['report-file'] ?? '', 'utf8')) as {
        findings: { rule: string; file: string; line: number; redacted: string }[];
      };
      const finding = report.findings[0];
      let ok = expect(
        lines,
        result.exitCode === 1 && finding !== undefined,
        `found ${finding ? `${finding.rule} at ${finding.file}:${finding.line}, shown as ${finding.redacted}` : 'nothing'}`,
      );
      const printed = [
        result.stdout.replace(/^::add-mask::.*$/gm, ''),
        result.stderr,
        result.summary,
        readFileSync(result.outputs['sarif-file'] ?? '', 'utf8'),
      ].join('\n');
      ok =
        expect(
          lines,
          !printed.includes(token) && result.masked.includes(token),
          'the value is masked and appears nowhere in the log, summary, SARIF or report',
        ) && ok;
      return { ok, lines };
    } finally {
      repo.cleanup();
    }
  },
};

const migrations: Stage = {
  title: 'migration check: an unsafe migration flagged by the parser and failing on seeded PostgreSQL; its safe rewrite passes',
  action: 'migration-check',
  async run() {
    const lines: string[] = [];
    const repo = createRepo();
    try {
      repo.commit('feat: orders', {
        files: { 'db/migrations/V1__orders.sql': 'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total numeric(10,2) NOT NULL);\n' },
      });
      const base = repo.sha('HEAD');
      repo.checkout('feature/customers', true);
      const check = (head: string) =>
        runAction('migration-check', {
          workspace: repo.dir,
          eventName: 'pull_request',
          event: pullRequestEvent({ repo: REPO, number: 21, base: { ref: 'main', sha: base }, head: { ref: 'feature/customers', sha: head } }),
          inputs: { comment: 'false' },
        });
      const unsafe = await check(
        repo.commit('feat: customer on orders', {
          files: {
            'db/migrations/V2__customer.sql':
              "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN customer_id bigint NOT NULL;\nCREATE INDEX orders_customer_idx ON orders (customer_id);\n",
          },
        }),
      );
      const rules = unsafe.annotations
        .filter((a) => a.title?.startsWith('migration-check: '))
        .map((a) => `${a.title?.slice(17) ?? ''} (line ${a.line ?? '?'})`);
      let ok = expect(
        lines,
        unsafe.exitCode === 1 && rules.some((r) => r.startsWith('add-column-not-null-no-default')) && rules.some((r) => r.startsWith('migration-failed')),
        `the unsafe migration fails: ${rules.join(', ') || firstError(unsafe)}`,
      );
      const safe = await check(
        repo.commit('fix: add the column safely, index concurrently', {
          files: {
            'db/migrations/V2__customer.sql': "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN customer_id bigint;\n",
            'db/migrations/V3__customer_index.sql':
              "-- migration-check: transaction=none\nSET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);\n",
          },
        }),
      );
      ok =
        expect(
          lines,
          safe.exitCode === 0 && safe.outputs.findings === '0' && safe.outputs.verified === 'true',
          `its safe rewrite passes, proven on embedded PostgreSQL: ${safe.outputs.findings ?? '?'} findings, verified=${safe.outputs.verified ?? '?'}`,
        ) && ok;
      return { ok, lines };
    } finally {
      repo.cleanup();
    }
  },
};

type DeployRun = (inputs: Record<string, string>, env?: Record<string, string>) => Promise<RunResult>;

/** The deploy story both proxies tell: v1, then v2 verified and smoke-tested, then a faulty v3 rolled back. */
async function deployStory(lines: string[], url: string, run: DeployRun, how: string, v3Strategy: Record<string, string>): Promise<boolean> {
  const v1 = await run({ version: 'v1' });
  let ok = expect(lines, v1.outputs.status === 'promoted', `v1 deployed: ${v1.outputs.status ?? firstError(v1)}`);
  const v2 = await run({ version: 'v2' });
  ok =
    expect(lines, v2.outputs.status === 'promoted' && (await servedVersion(url)) === 'v2', `v2 promoted ${how}: ${v2.outputs.status ?? firstError(v2)}`) && ok;
  const smoke = await runAction('smoke-test', {
    inputs: { url, 'expect-version': 'v2', 'version-header': 'x-app-version', requests: '40', thresholds: 'p95 < 500ms, error-rate < 1%' },
  });
  ok =
    expect(lines, smoke.outputs.passed === 'true', `smoke test of v2: passed=${smoke.outputs.passed ?? '?'}, p95 ${smoke.outputs['p95-ms'] ?? '?'} ms`) && ok;
  const v3 = await run(
    { version: 'v3', ...v3Strategy, analysis: '- type: smoke\n  requests: 20\n', 'analysis-interval': '200ms', 'min-requests': '10', 'max-error-rate': '5%' },
    { SAMPLE_APP_FAIL: 'v3:5' },
  );
  return (
    expect(
      lines,
      v3.outputs.status === 'rolled-back' && (await servedVersion(url)) === 'v2',
      `v3 (fails 1 request in 5) rolled back automatically: ${v3.outputs.status ?? firstError(v3)}`,
    ) && ok
  );
}

const deploy: Stage = {
  title: 'deploy: v2 blue-green behind nginx (a Node proxy where nginx is missing), smoke-tested; a faulty v3 rolled back',
  action: 'deploy',
  async run() {
    // DEMO_PROXY=node shows the path a machine without nginx takes.
    if (nginxMissing || process.env.DEMO_PROXY === 'node') return deployThroughNodeProxy();
    const lines: string[] = [];
    const site = await startSite('reload', 'demo');
    const github = await startGitHubFake();
    const run = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
      runAction('deploy', {
        github,
        token: 'demo-token',
        sha: 'd'.repeat(40),
        workspace: site.dir,
        env: { ...site.env, ...env },
        inputs: { ...site.config, ...inputs },
      });
    try {
      const ok = await deployStory(lines, site.nginx.url, run, 'blue-green', { strategy: 'canary', steps: '10,50,100' });
      return { ok, lines };
    } finally {
      await github.close();
      await site.close();
    }
  },
};

/**
 * Without nginx (a machine with Node and npm only): the same story through the command adapter,
 * a hand-written switch script and a small Node proxy, which the stage says it is using.
 */
async function deployThroughNodeProxy(): Promise<StageOutcome> {
  const lines = [
    `${nginxMissing ? 'nginx is not installed' : 'DEMO_PROXY=node'}: using a small Node proxy (scripts/demo/proxy.ts) and the command adapter instead`,
  ];
  const dir = mkdtempSync(join(tmpdir(), 'demo-proxy-'));
  const proxy = await startProxy(dir);
  const github = await startGitHubFake();
  const switchCommand = `${process.execPath} ${join(ROOT, 'scripts', 'demo', 'proxy.ts')}`;
  const run = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runAction('deploy', {
      github,
      token: 'demo-token',
      sha: 'd'.repeat(40),
      workspace: dir,
      env: { DEMO_PROXY_DIR: dir, ...env },
      inputs: {
        adapter: 'command',
        strategy: 'direct',
        environment: 'production',
        url: proxy.url,
        'version-from': 'header:x-app-version',
        'deploy-command': switchCommand,
        'rollback-command': switchCommand,
        'state-dir': join(dir, 'state'),
        'settle-interval': '100ms',
        'settle-timeout': '20s',
        ...inputs,
      },
    });
  try {
    const ok = await deployStory(lines, proxy.url, run, 'direct', {});
    return { ok, lines };
  } finally {
    await github.close();
    await proxy.close();
    stopApps(join(dir, 'run'));
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Stops every sample app a stage started (their pids are in the run folder). */
function stopApps(runDir: string): void {
  if (!existsSync(runDir)) return;
  for (const file of readdirSync(runDir).filter((f) => f.endsWith('.pid'))) {
    try {
      process.kill(Number(readFileSync(join(runDir, file), 'utf8')), 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

const release: Stage = {
  title: 'release: the next version and its notes, from conventional commits (dry run)',
  action: 'release',
  async run() {
    const lines: string[] = [];
    const repo = createRepo();
    try {
      repo.commit('feat: shopping cart', { files: { 'src/cart.js': 'export const cart = [];\n' } });
      repo.tag('v1.4.0');
      repo.commit('feat(deploy): blue-green switch', { files: { 'src/deploy.js': 'export const strategy = "blue-green";\n' } });
      repo.commit('fix: round totals to cents', {
        files: { 'src/cart.js': 'export const cart = [];\nexport const round = (n) => Math.round(n * 100) / 100;\n' },
      });
      const head = repo.sha('HEAD');
      const result = await runAction('release', {
        workspace: repo.dir,
        eventName: 'push',
        event: pushEvent({ repo: REPO, ref: 'refs/heads/main', before: ZERO_SHA, after: head }),
        inputs: { 'dry-run': 'true', 'github-token': 'unused-in-dry-run' },
      });
      const ok = expect(
        lines,
        result.exitCode === 0 && result.outputs.version === '1.5.0' && result.outputs.bump === 'minor',
        `next version ${result.outputs.version ?? '?'} (${result.outputs.bump ?? '?'}), tag ${result.outputs.tag ?? '?'}`,
      );
      lines.push(
        ...(result.outputs.notes ?? '')
          .split('\n')
          .filter((l) => l.startsWith('- '))
          .map((l) => `  ${l}`),
      );
      return { ok, lines };
    } finally {
      repo.cleanup();
    }
  },
};

// DEMO_ONLY=<action> runs one stage, for working on it.
export const STAGES: Stage[] = process.env.DEMO_ONLY
  ? [quality, secrets, migrations, deploy, release].filter((s) => s.action === process.env.DEMO_ONLY)
  : [quality, secrets, migrations, deploy, release];
