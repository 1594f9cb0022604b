// Runs a bundled action the way the GitHub runner does: a child process with INPUT_*
// variables, real file-command files, an event payload on disk and a workspace, then
// reads back everything the action said.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommands, parseKeyValueFile, toAnnotation, type ParsedAnnotation, type ParsedCommand } from './commands.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** What the fake GitHub API exposes to the harness. */
export interface ApiRecorder {
  readonly url: string;
  readonly calls: readonly ApiCall[];
  /** Environment the action needs to talk to this fake quickly (e.g. shortened retry waits). */
  readonly clientEnv?: Record<string, string>;
}

export interface ApiCall {
  method: string;
  path: string;
  operationId?: string;
  status: number;
  body?: unknown;
  query?: Record<string, string>;
}

export type EventName =
  'push' | 'pull_request' | 'pull_request_target' | 'workflow_dispatch' | 'schedule' | 'merge_group' | 'deployment_status' | 'workflow_run' | (string & {});

export interface RunOptions {
  inputs?: Record<string, string | number | boolean>;
  event?: object;
  eventName?: EventName;
  /** Extra environment variables (win over the defaults below). */
  env?: Record<string, string>;
  /** GITHUB_WORKSPACE; defaults to a new empty temp dir. */
  workspace?: string;
  /** The working directory of the process; defaults to the workspace. */
  cwd?: string;
  github?: ApiRecorder;
  repository?: string;
  sha?: string;
  ref?: string;
  debug?: boolean;
  token?: string;
  /** Kill the action after this long (default 120 s): a hung action fails the test instead of the run. */
  timeoutMs?: number;
  /** The folder holding index.js/post.js; defaults to dist/<name>. */
  bundleDir?: string;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  summary: string;
  annotations: ParsedAnnotation[];
  commands: ParsedCommand[];
  masked: string[];
  stdout: string;
  stderr: string;
  apiCalls: ApiCall[];
  /** The files the runner would have read, for tests that look at them directly. */
  files: { output: string; state: string; env: string; path: string; summary: string; event: string; temp: string };
}

export interface RunningAction {
  child: ChildProcess;
  result: Promise<RunResult>;
}

function defaultRef(eventName: string, event: Record<string, unknown>): { ref: string; sha: string } {
  const pr = event.pull_request as { number?: number; head?: { sha?: string } } | undefined;
  if (pr?.number !== undefined) return { ref: `refs/pull/${pr.number}/merge`, sha: pr.head?.sha ?? '' };
  if (typeof event.after === 'string' && typeof event.ref === 'string') return { ref: event.ref, sha: event.after };
  if (eventName === 'workflow_dispatch' && typeof event.ref === 'string') return { ref: event.ref, sha: '' };
  return { ref: 'refs/heads/main', sha: '' };
}

function startScript(script: string, options: RunOptions, extraEnv: Record<string, string>): RunningAction {
  const temp = mkdtempSync(join(tmpdir(), 'runner-'));
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'workspace-'));
  const files = {
    output: join(temp, 'output'),
    state: join(temp, 'state'),
    env: join(temp, 'env'),
    path: join(temp, 'path'),
    summary: join(temp, 'step_summary'),
    event: join(temp, 'event.json'),
    temp: join(temp, 'tmp'),
  };
  mkdirSync(files.temp);
  for (const file of [files.output, files.state, files.env, files.path, files.summary]) writeFileSync(file, '');
  const eventName = options.eventName ?? 'push';
  const event = (options.event ?? {}) as Record<string, unknown>;
  writeFileSync(files.event, JSON.stringify(event, null, 2));
  const defaults = defaultRef(eventName, event);
  const repository = options.repository ?? (event.repository as { full_name?: string } | undefined)?.full_name ?? 'acme/app';

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_SHA: options.sha ?? defaults.sha,
    GITHUB_REF: options.ref ?? defaults.ref,
    GITHUB_REF_NAME: (options.ref ?? defaults.ref).replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_JOB: 'test',
    GITHUB_ACTOR: 'ada',
    GITHUB_WORKFLOW: 'CI',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.github?.url ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: `${options.github?.url ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: files.temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'test-runner',
    RUNNER_DEBUG: options.debug ? '1' : '',
    ...options.github?.clientEnv,
    ...extraEnv,
  };
  if (options.token !== undefined) env['INPUT_GITHUB-TOKEN'] = options.token;
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(value);
  }
  Object.assign(env, options.env ?? {});

  const callsBefore = options.github?.calls.length ?? 0;
  const child = spawn(process.execPath, [script], { cwd: options.cwd ?? workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);

  const result = new Promise<RunResult>((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      const commands = parseCommands(stdout);
      const pathText = readFileSync(files.path, 'utf8');
      resolvePromise({
        exitCode,
        signal,
        outputs: parseKeyValueFile(readFileSync(files.output, 'utf8')),
        state: parseKeyValueFile(readFileSync(files.state, 'utf8')),
        env: parseKeyValueFile(readFileSync(files.env, 'utf8')),
        path: pathText.split('\n').filter((l) => l !== ''),
        summary: readFileSync(files.summary, 'utf8'),
        annotations: commands.map(toAnnotation).filter((a): a is ParsedAnnotation => a !== undefined),
        commands,
        masked: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
        stdout,
        stderr,
        apiCalls: [...(options.github?.calls.slice(callsBefore) ?? [])],
        files,
      });
    });
  });
  return { child, result };
}

function bundlePath(name: string, options: RunOptions, file: 'index.js' | 'post.js'): string {
  const script = join(options.bundleDir ?? join(ROOT, 'dist', name), file);
  if (!existsSync(script)) throw new Error(`no bundle at ${script}: run \`npm run bundle\``);
  return script;
}

/** Starts `dist/<name>/index.js` and returns the child process and its eventual result. */
export function startAction(name: string, options: RunOptions = {}): RunningAction {
  return startScript(bundlePath(name, options, 'index.js'), options, {});
}

export function runAction(name: string, options: RunOptions = {}): Promise<RunResult> {
  return startAction(name, options).result;
}

/** Runs the post step with the main step's saved state as STATE_* variables, as the runner does. */
export function runPost(name: string, state: Record<string, string>, options: RunOptions = {}): Promise<RunResult> {
  const stateEnv = Object.fromEntries(Object.entries(state).map(([key, value]) => [`STATE_${key}`, value]));
  return startScript(bundlePath(name, options, 'post.js'), options, stateEnv).result;
}
