// Release planning over a long history: `devops-actions release --format json` (tags, one git
// log, parsing every commit, bump, notes) over a synthetic repository of 7,200 commits and 300
// release tags, against `git log --format=%H%n%B` over the same history, the floor of reading it.
// Two pairs: the whole history (no tag in the release format reachable: the notes cover every
// commit, and the 300 tags are all looked at), and the usual case of a plan since the last tag.
// And a real history: vuejs/core (from BENCH_REPOS) cloned without its tags, planned whole.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { command, defineBenchmark, fn, type CommandOutput, type Pair } from './lib.ts';
import { cloneReal, realRepo } from './real-data.ts';

const COMMITS = 7_200;
const TAGS = 300;
/** A tag every 23 commits: the 300th lands 300 commits before the end. */
const PER_TAG = 23;
const TYPES = ['feat', 'fix', 'chore', 'docs', 'perf', 'refactor', 'test', 'fix', 'feat', 'ci'];
const SCOPES = ['api', 'ui', 'deploy', 'db', null];

/** The fast-import stream: a linear history with fixed dates and authors, a tag every 24 commits. */
function stream(tagPrefix: string): string {
  const out: string[] = [];
  const base = Date.UTC(2024, 0, 1) / 1000;
  for (let i = 1; i <= COMMITS; i++) {
    const type = TYPES[i % TYPES.length] ?? 'chore';
    const scope = SCOPES[i % SCOPES.length];
    let message = `${type}${scope ? `(${scope})` : ''}: change number ${i} to the ${scope ?? 'core'} module (#${1000 + i})\n`;
    if (i % 7 === 0) message += `\nA longer explanation of change ${i}, over\ntwo lines of body text.\n\nRefs: #${i}\n`;
    if (i % 500 === 0) message += `\nBREAKING CHANGE: the ${scope ?? 'core'} interface changed in ${i}\n`;
    if (i % 3 === 0)
      message = `${type}${scope ? `(${scope})` : ''}: squash of three (#${i})\n\n* feat: part one of ${i}\n\n* fix: part two of ${i}\n\n* docs: part three\n`;
    const data = Buffer.byteLength(message);
    out.push(
      `commit refs/heads/main\nmark :${i}\nauthor Dev ${i % 13} <dev${i % 13}@example.com> ${base + i * 60} +0000\ncommitter Dev ${i % 13} <dev${i % 13}@example.com> ${base + i * 60} +0000\ndata ${data}\n${message}`,
    );
    if (i === 1) out.push(`M 644 inline README.md\ndata 9\n# bench\n\n`);
    else out.push(`M 644 inline src/file${i % 50}.txt\ndata ${String(i).length + 1}\n${i}\n\n`);
    if (i % PER_TAG === 0 && i / PER_TAG <= TAGS) {
      const n = i / PER_TAG;
      out.push(`reset refs/tags/${tagPrefix}${Math.floor(n / 100)}.${Math.floor(n / 10) % 10}.${n % 10}\nfrom :${i}\n\n`);
    }
  }
  return out.join('');
}

function git(cwd: string, args: string[], input?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git ${args.join(' ')}: ${stderr}`))));
    child.stdin.end(input ?? '');
  });
}

async function makeRepo(dir: string, tagPrefix: string): Promise<void> {
  await git(dir, ['init', '--quiet', '--initial-branch', 'main']);
  await git(dir, ['fast-import', '--quiet'], stream(tagPrefix));
  await git(dir, ['checkout', '--quiet', '-f', 'main']);
}

function planCheck(file: string, expectCommits: number) {
  return (_out: CommandOutput): string | undefined => {
    try {
      const report = JSON.parse(readFileSync(file, 'utf8')) as { releasable: boolean; commitCount: number; notes: string };
      if (!report.releasable) return 'nothing releasable was planned';
      if (report.commitCount !== expectCommits) return `planned over ${report.commitCount} commits, expected ${expectCommits}`;
      if (!report.notes.includes('### Features')) return 'the notes have no Features section';
      return undefined;
    } catch (error) {
      return `not the JSON report: ${(error as Error).message}`;
    }
  };
}

export default defineBenchmark({
  name: 'release',
  description: `release plan (bump + notes) over ${COMMITS.toLocaleString('en')} commits and ${TAGS} tags vs \`git log --format=%H%n%B\` over the same history (the floor: reading it)`,
  rounds: 10,
  warmup: 1,
  async setup(ctx) {
    const cli = join(ctx.root, 'packages', 'cli', 'bin', 'devops-actions.js');
    const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

    // Whole history: the 300 tags are in another component's format, so none bounds the range.
    const whole = await ctx.tempDir('bench-release-whole-');
    await makeRepo(whole, 'other-v');
    // Since the last tag: the 300 tags are release tags; the plan reads the commits after the last one.
    const recent = await ctx.tempDir('bench-release-recent-');
    await makeRepo(recent, 'v');
    ctx.log(`  fixtures: ${COMMITS} commits, ${TAGS} tags each, in ${whole} and ${recent}`);

    // In process: the engine's whole plan (tags, the git log process, parsing, bump, notes, the
    // JSON report), without Node's start-up and module loading, which the startup bench holds.
    const engine = await import('@devops-actions/release');
    const plan = (cwd: string, expectCommits: number) => async () => {
      const analysis = await engine.analyze({ cwd, env, config: engine.defaultConfig() });
      const report = engine.toJson(analysis, engine.planRelease(analysis, { owner: 'acme', repo: 'app' }));
      const text = JSON.stringify(report);
      // Checked on the object: parsing the text back would be measured as part of the plan.
      if (!report.releasable || report.commitCount !== expectCommits || !text.includes('### Features'))
        throw new Error(`planned ${report.commitCount} commits, expected ${expectCommits}`);
    };
    const pairs: Pair[] = [
      {
        name: `engine: whole history (${COMMITS} commits)`,
        subject: fn('analyze + plan + JSON report', plan(whole, COMMITS)),
        reference: command('git log --format=%H%n%B', 'git', ['log', '--format=%H%n%B'], { cwd: whole, env, output: 'ignore' }),
        bar: 3.0,
        note: 'in process: the plan itself, git log included',
      },
      {
        name: `engine: since the last of ${TAGS} tags`,
        subject: fn('analyze + plan + JSON report', plan(recent, COMMITS - PER_TAG * TAGS)),
        reference: command('git log --format=%H%n%B', 'git', ['log', '--format=%H%n%B'], { cwd: recent, env, output: 'ignore' }),
        bar: 3.0,
        note: 'the reference reads the whole history; the plan reads from the last tag',
      },
      {
        name: `CLI: whole history (${COMMITS} commits)`,
        subject: command(
          'devops-actions release --format json',
          process.execPath,
          [cli, 'release', '--format', 'json', '--quiet', '--output', join(whole, '.git', 'plan.json')],
          {
            cwd: whole,
            env,
            check: planCheck(join(whole, '.git', 'plan.json'), COMMITS),
          },
        ),
        reference: command('git log --format=%H%n%B', 'git', ['log', '--format=%H%n%B'], { cwd: whole, env, output: 'ignore' }),
        bar: 3.0,
        memory: true,
        note: `${TAGS} tags that are not release tags; every commit parsed`,
      },
      {
        name: `since the last of ${TAGS} tags`,
        subject: command(
          'devops-actions release --format json',
          process.execPath,
          [cli, 'release', '--format', 'json', '--quiet', '--output', join(recent, '.git', 'plan.json')],
          {
            cwd: recent,
            env,
            check: planCheck(join(recent, '.git', 'plan.json'), COMMITS - PER_TAG * TAGS),
          },
        ),
        reference: command('git log --format=%H%n%B', 'git', ['log', '--format=%H%n%B'], { cwd: recent, env, output: 'ignore' }),
        bar: 3.0,
        note: 'the reference reads the whole history; the plan reads from the last tag',
      },
    ];

    // A real history: conventional commits as people write them (merges, reverts, squash bodies),
    // with no release tag, so the plan reads and parses every commit.
    const vue = realRepo('vuejs/core');
    if (vue === undefined) {
      ctx.log('  vuejs/core: not in BENCH_REPOS, its pairs are skipped');
      return pairs;
    }
    const real = cloneReal(vue, await ctx.tempDir('bench-release-vue-'), { tags: false });
    const realCommits = Number(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: real, env, encoding: 'utf8' }).trim());
    ctx.log(`  vuejs/core: ${realCommits} commits, no tags, in ${real}`);
    const realLog = command('git log --format=%H%n%B', 'git', ['log', '--format=%H%n%B'], { cwd: real, env, output: 'ignore' });
    pairs.push(
      {
        name: `engine: vuejs/core whole history (${realCommits} commits)`,
        subject: fn('analyze + plan + JSON report', plan(real, realCommits)),
        reference: realLog,
        bar: 2.5,
        note: 'in process: the plan itself, git log included',
      },
      {
        name: `CLI: vuejs/core whole history (${realCommits} commits)`,
        subject: command(
          'devops-actions release --format json',
          process.execPath,
          [cli, 'release', '--format', 'json', '--quiet', '--output', join(real, '.git', 'plan.json')],
          { cwd: real, env, check: planCheck(join(real, '.git', 'plan.json'), realCommits) },
        ),
        reference: realLog,
        bar: 3.0,
        memory: true,
        note: 'Node start-up and module loading included',
      },
    );
    return pairs;
  },
});
