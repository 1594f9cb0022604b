// Lints every workflow of the repository and of its examples with actionlint and with our
// own checks, and every root action.yml for its runtime; then proves, on bad samples
// written to a temp dir, that each of our checks fails when it should.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../scripts/bundle.ts';
import {
  actionlint,
  checkActionRuntime,
  checkPermissions,
  checkPinnedUses,
  checkRunExpressions,
  checkWorkflow,
  format,
  listRootActions,
  listWorkflowFiles,
  type Problem,
} from './checks.ts';

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');

async function lintWorkflow(root: string, file: string): Promise<Problem[]> {
  const text = read(root, file);
  return [...(await actionlint(file, text)), ...checkWorkflow(file, text)];
}

describe('the repository', () => {
  const workflows = listWorkflowFiles(ROOT);
  const actions = listRootActions(ROOT);

  it('has its CI workflow among the files checked', () => {
    expect(workflows).toContain('.github/workflows/ci.yml');
  });

  it.each(workflows)('%s passes actionlint and our checks', async (file) => {
    const problems = await lintWorkflow(ROOT, file);
    expect(problems.map(format)).toEqual([]);
  });

  it.runIf(actions.length > 0).each(actions)('%s runs on node24 from files that exist', (file) => {
    expect(checkActionRuntime(file, read(ROOT, file), ROOT).map(format)).toEqual([]);
  });

  it('runs CI on pushes to main and on pull requests, with the pinned Node, through .ci/run', () => {
    const ci = parse(read(ROOT, '.github/workflows/ci.yml')) as {
      on: { push?: { branches?: string[] }; pull_request?: unknown };
      permissions: Record<string, string>;
      jobs: Record<string, { 'runs-on': string; steps: { uses?: string; run?: string; with?: Record<string, string> }[] }>;
    };
    expect(ci.on.push?.branches).toEqual(['main']);
    expect(ci.on).toHaveProperty('pull_request');
    expect(ci.permissions).toEqual({ contents: 'read' });
    const steps = Object.values(ci.jobs).flatMap((job) => job.steps);
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version-file']).toBe('.node-version');
    expect(steps.some((s) => s.run?.trim() === 'bash .ci/run')).toBe(true);
  });

  it('has Dependabot update npm and GitHub Actions weekly, in groups', () => {
    const config = parse(read(ROOT, '.github/dependabot.yml')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string }; groups?: Record<string, unknown> }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) {
      expect(update.schedule.interval).toBe('weekly');
      expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0);
    }
  });
});

describe('the checks, on samples', () => {
  const root = mkdtempSync(join(tmpdir(), 'workflow-lint-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let count = 0;

  /** Writes a sample file under the temp root and returns its relative path. */
  function sample(text: string, file = `.github/workflows/sample-${++count}.yml`): string {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
    return file;
  }

  const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1';
  const workflow = (steps: string, extra = 'permissions:\n  contents: read\n') =>
    `name: sample\non:\n  pull_request:\n${extra}jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
  const problemsOf = (problems: Problem[], check: Problem['check']) => problems.filter((p) => p.check === check);

  it('finds workflows in .github/workflows and in examples/**/.github/workflows, not in node_modules', () => {
    const a = sample(workflow(`      - run: echo a\n`), '.github/workflows/a.yaml');
    const b = sample(workflow(`      - run: echo b\n`), 'examples/app/.github/workflows/b.yml');
    sample(workflow(`      - run: echo c\n`), 'examples/app/node_modules/x/.github/workflows/c.yml');
    const found = listWorkflowFiles(root);
    expect(found).toContain(a);
    expect(found).toContain(b);
    expect(found.filter((f) => f.includes('node_modules'))).toEqual([]);
  });

  it('accepts a good workflow: pinned third-party actions, local and docker actions, env for values, permissions', async () => {
    const file = sample(
      workflow(
        [
          `      - uses: ${CHECKOUT} # v7.0.1`,
          `      - uses: ./deploy`,
          `      - uses: docker://alpine:3.22`,
          `      - uses: acme/devops-actions/secret-scan@v1`,
          `      - name: Greet`,
          `        env:`,
          `          TITLE: \${{ github.event.pull_request.title }}`,
          `        run: echo "$TITLE"`,
          '',
        ].join('\n'),
      ),
    );
    expect((await lintWorkflow(root, file)).map(format)).toEqual([]);
  });

  it('pinned-uses: refuses a tag, a branch, a missing ref and a SHA without its version comment', () => {
    const file = sample(
      workflow(
        [
          `      - uses: actions/checkout@v5`,
          `      - uses: actions/setup-node@main`,
          `      - uses: someone/tool`,
          `      - uses: ${CHECKOUT}`,
          `      - uses: ${CHECKOUT} # pinned`,
          '',
        ].join('\n'),
      ) + `  call:\n    uses: someone/workflows/.github/workflows/build.yml@v2\n`,
    );
    const problems = checkPinnedUses(file, read(root, file));
    expect(problems.map((p) => p.line)).toEqual([10, 11, 12, 13, 14, 16]);
    expect(problems[0]?.message).toContain('"actions/checkout@v5" is pinned to "v5", which can move');
    expect(problems[2]?.message).toContain('names no version');
    expect(problems[3]?.message).toContain('no version comment');
    expect(problemsOf(checkWorkflow(file, read(root, file)), 'pinned-uses')).toHaveLength(6);
  });

  it('run-expression: refuses ${{ }} inside run:, untrusted or not, in workflows and composite actions', () => {
    const file = sample(
      workflow(
        [
          `      - name: Title`,
          `        run: echo "\${{ github.event.pull_request.title }}"`,
          `      - run: |`,
          `          set -e`,
          `          ./build --mode \${{ inputs.mode }}`,
          '',
        ].join('\n'),
      ),
    );
    const problems = checkRunExpressions(file, read(root, file));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ line: 11, check: 'run-expression' });
    expect(problems[0]?.message).toContain('step "Title"');
    expect(problems[0]?.message).toContain('${{ github.event.pull_request.title }}');
    expect(problems[1]?.message).toContain('${{ inputs.mode }}');
    expect(problemsOf(checkWorkflow(file, read(root, file)), 'run-expression')).toHaveLength(2);

    const composite = sample(
      `name: c\ndescription: d\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: echo \${{ inputs.x }}\n`,
      'composite/action.yml',
    );
    expect(checkRunExpressions(composite, read(root, composite))).toHaveLength(1);
  });

  it('permissions: refuses a workflow without them, or where a job lacks them', () => {
    const none = sample(workflow(`      - run: echo hi\n`, ''));
    expect(checkPermissions(none, read(root, none))).toHaveLength(1);
    expect(problemsOf(checkWorkflow(none, read(root, none)), 'permissions')[0]?.message).toContain('no permissions: on job build');

    const partly = sample(
      `on: push\njobs:\n  a:\n    permissions:\n      contents: read\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo a\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo b\n`,
    );
    const problems = checkPermissions(partly, read(root, partly));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('job b');

    const everyJob = sample(read(root, partly).replace('  b:\n', '  b:\n    permissions: {}\n'));
    expect(checkPermissions(everyJob, read(root, everyJob))).toEqual([]);
  });

  it('action-runtime: refuses a runtime other than node24 and entry files that do not exist', () => {
    sample('console.log(1);\n', 'dist/good/index.js');
    const good = sample(`name: good\ndescription: d\nruns:\n  using: node24\n  main: ../dist/good/index.js\n`, 'good/action.yml');
    expect(checkActionRuntime(good, read(root, good), root)).toEqual([]);

    const old = sample(`name: old\ndescription: d\nruns:\n  using: node20\n  main: ../dist/good/index.js\n`, 'old/action.yml');
    const oldProblems = checkActionRuntime(old, read(root, old), root);
    expect(oldProblems).toHaveLength(1);
    expect(oldProblems[0]).toMatchObject({ line: 4, check: 'action-runtime' });
    expect(oldProblems[0]?.message).toContain('"node20"');

    const missing = sample(
      `name: m\ndescription: d\nruns:\n  using: node24\n  main: ../dist/missing/index.js\n  post: ../dist/missing/post.js\n`,
      'missing/action.yml',
    );
    const messages = checkActionRuntime(missing, read(root, missing), root).map((p) => p.message);
    expect(messages).toEqual([
      'runs.main points at dist/missing/index.js, which does not exist (run npm run bundle)',
      'runs.post points at dist/missing/post.js, which does not exist (run npm run bundle)',
    ]);
    expect(listRootActions(root)).toEqual(expect.arrayContaining(['good/action.yml', 'missing/action.yml', 'old/action.yml']));
    expect(listRootActions(root)).not.toContain('dist/good/action.yml');
  });

  it('actionlint: reports what GitHub would refuse, with its line', async () => {
    const file = sample(workflow(`      - run: echo hi\n    timeout-minutes: soon\n`));
    const problems = await actionlint(file, read(root, file));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file, line: 11, check: 'actionlint' });
  });

  it('reports a file that is not valid YAML instead of passing it', () => {
    const file = sample(`on: push\njobs:\n  a:\n    runs-on: [ubuntu-latest\n`);
    const problems = checkWorkflow(file, read(root, file));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.check).toBe('yaml');
  });
});
