// Start-up: every committed bundle dist/<action>/index.js on its fastest exit path (a
// missing or invalid input, which ends in one ConfigurationError line), run as the runner
// runs it, against `node -e 0` spawned by the same Node: the floor no action can beat.
// Each action pays this on every run of every user's workflow; the bar is 3x. The command
// line's bin (packages/cli, the committed build) is held to 1.5x for `--help`, which loads no
// command, and measured for `release --help`, which loads one command's chunk.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { bundleAction } from '../scripts/bundle.ts';
import { command, defineBenchmark, type BenchContext, type CommandOutput, type Pair } from './lib.ts';

const BAR = 3.0;
const CLI_HELP_BAR = 1.5;
/** A value that every typed reader (boolean, integer, duration, enum, JSON) refuses. */
const INVALID = '{not a valid value';
const TYPED_KINDS = ['boolean', 'integer', 'duration', 'enum', 'json'];

interface Target {
  name: string;
  script: string;
  /** Where the inputs are declared: actions/<name>/spec.ts, <name>/action.yml, or the harness fixture. */
  source: string;
}

async function listTargets(context: BenchContext): Promise<Target[]> {
  const dist = join(context.root, 'dist');
  const names = existsSync(dist) ? (await readdir(dist, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name) : [];
  const targets = names
    .sort()
    .filter((name) => existsSync(join(dist, name, 'index.js')))
    .map((name) => ({ name, script: join(dist, name, 'index.js'), source: '' }));
  if (targets.length > 0) return targets;
  // No bundle committed yet: measure the harness's fixture action, bundled the same way.
  context.log('  no dist/<action>/index.js yet: bundling the harness fixture action instead');
  const out = await context.tempDir('bench-fixture-action-');
  await bundleAction({ name: 'fixture-action', dir: join(context.root, 'test', 'fixture-action'), entries: ['index'] }, out);
  return [{ name: 'fixture-action', script: join(out, 'index.js'), source: 'test/fixture-action (required input `greeting` left out)' }];
}

const summarise = (items: string[]) => (items.length > 4 ? `${items.slice(0, 4).join(', ')} and ${items.length - 4} more` : items.join(', '));

const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/**
 * The inputs that make the action stop at input validation: required inputs are left out,
 * typed inputs get a value no reader accepts. Taken from the action's spec, else its action.yml.
 */
export async function invalidInputs(root: string, target: Target): Promise<{ env: Record<string, string>; source: string }> {
  const specFile = join(root, 'actions', target.name, 'spec.ts');
  if (existsSync(specFile)) {
    try {
      const module = (await import(pathToFileURL(specFile).href)) as {
        spec?: { inputs?: Record<string, { kind: string; required: boolean; default?: string }> };
      };
      const inputs = Object.entries(module.spec?.inputs ?? {});
      const required = inputs.filter(([, s]) => s.required && s.default === undefined).map(([n]) => n);
      const typed = inputs.filter(([, s]) => TYPED_KINDS.includes(s.kind)).map(([n]) => n);
      if (required.length > 0 || typed.length > 0) {
        return {
          env: Object.fromEntries(typed.map((n) => [inputVariable(n), INVALID])),
          source: `actions/${target.name}/spec.ts (${summarise([...required.map((n) => `${n} left out`), ...typed.map((n) => `${n} invalid`)])})`,
        };
      }
    } catch (error) {
      throw new Error(`cannot load ${specFile}: ${(error as Error).message}`, { cause: error });
    }
  }
  const actionYml = join(root, target.name, 'action.yml');
  if (existsSync(actionYml)) {
    const doc = parse(await readFile(actionYml, 'utf8')) as { inputs?: Record<string, { required?: boolean; default?: unknown }> } | null;
    const required = Object.entries(doc?.inputs ?? {}).filter(([, i]) => i.required === true && i.default === undefined);
    if (required.length > 0) return { env: {}, source: `${target.name}/action.yml (${required.map(([n]) => `${n} left out`).join(', ')})` };
  }
  // Nothing declared to get wrong: run without inputs; the check below still requires a clean input error.
  return { env: {}, source: target.source || 'no inputs given' };
}

/** The runner's environment for one step: file commands in temp files, an event payload, a workspace. */
async function runnerEnv(dir: string): Promise<Record<string, string>> {
  const workspace = join(dir, 'workspace');
  const temp = join(dir, 'runner-temp');
  await mkdir(workspace, { recursive: true });
  await mkdir(temp, { recursive: true });
  const files = { GITHUB_OUTPUT: 'output', GITHUB_STATE: 'state', GITHUB_ENV: 'env', GITHUB_PATH: 'path', GITHUB_STEP_SUMMARY: 'step_summary' };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    // Nothing listens there: an action that reached the network on this path would fail the check.
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
  };
  await writeFile(env.GITHUB_EVENT_PATH!, JSON.stringify({ ref: 'refs/heads/main', after: '0'.repeat(40), repository: { full_name: 'acme/app' } }));
  for (const [variable, file] of Object.entries(files)) {
    env[variable] = join(dir, file);
    await writeFile(env[variable], '');
  }
  return env;
}

/** The run ended the way a wrong input ends: exit 1 and one ::error:: line that is not a crash. */
export function isInputError(output: CommandOutput): string | undefined {
  const line = output.stdout.split('\n').find((l) => l.startsWith('::error'));
  if (line === undefined)
    return `no ::error:: line on stdout (stdout: ${output.stdout.trim().slice(0, 300) || 'empty'}; stderr: ${output.stderr.trim().slice(0, 300)})`;
  const message = line.replace(/^::error[^:]*::/, '');
  if (/^\w*Error: /.test(message)) return `crashed instead of refusing an input: ${message}`;
  return undefined;
}

export default defineBenchmark({
  name: 'startup',
  description: 'each dist/<action>/index.js on its fastest exit path (invalid input) vs `node -e 0`, same Node',
  rounds: 30,
  warmup: 2,
  memoryRounds: 3,
  async setup(context) {
    const pairs: Pair[] = [];
    for (const target of await listTargets(context)) {
      const dir = await context.tempDir(`bench-startup-${target.name}-`);
      const { env: inputs, source } = await invalidInputs(context.root, target);
      const env = { ...(await runnerEnv(dir)), ...inputs };
      const cwd = env.GITHUB_WORKSPACE;
      const pair: Pair = {
        name: target.name,
        subject: command(target.name, process.execPath, [target.script], {
          cwd,
          env,
          expectExit: 1,
          check: (output) => {
            const problem = isInputError(output);
            // The report shows the line the action stopped with, so a reader sees what was measured.
            if (problem === undefined && pair.note?.includes('stops with') === false) {
              pair.note += `; stops with: ${output.stdout.split('\n').find((l) => l.startsWith('::error'))}`;
            }
            return problem;
          },
        }),
        reference: command('node -e 0', process.execPath, ['-e', '0'], { cwd, env }),
        bar: BAR,
        memory: true,
        note: `inputs: ${source}`,
      };
      pairs.push(pair);
    }
    pairs.push(...cliPairs(context));
    return pairs;
  },
});

/** `devops-actions --help` and `devops-actions release --help`, through the bin as installed, against `node -e 0`. */
function cliPairs(context: BenchContext): Pair[] {
  const bin = join(context.root, 'packages', 'cli', 'bin', 'devops-actions.js');
  const cwd = context.root;
  const helpOf = (args: string[], usage: string, bar: number, note: string): Pair => ({
    name: `devops-actions ${args.join(' ')}`,
    subject: command(`devops-actions ${args.join(' ')}`, process.execPath, [bin, ...args], {
      cwd,
      check: (output) =>
        output.stdout.startsWith(usage) ? undefined : `no "${usage}" on stdout: ${output.stdout.slice(0, 200)}${output.stderr.slice(0, 300)}`,
    }),
    reference: command('node -e 0', process.execPath, ['-e', '0'], { cwd }),
    bar,
    memory: true,
    note,
  });
  return [
    helpOf(['--help'], 'Usage: devops-actions <command>', CLI_HELP_BAR, 'the bin, its Node version check and the built index.js: no command loaded'),
    helpOf(['release', '--help'], 'Usage: devops-actions release', BAR, 'index.js and the release command chunk; the engine is loaded only to run'),
  ];
}
