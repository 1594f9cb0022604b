// The one way the engines run git: an argument array (never a shell), one hardened
// environment, output collected as bytes and decoded once, and one GitError.
import { spawn } from 'node:child_process';
import { ConfigurationError } from '@devops-actions/toolkit';

export type Env = Record<string, string | undefined>;

/** A checkout to run git in, and the environment to run it with (the caller's; this process's when absent). */
export interface Repo {
  cwd: string;
  env?: Env;
}

/** A checkout by path alone, or with its environment. */
export type RepoLike = string | Repo;

export function repoOf(repo: RepoLike): Repo {
  return typeof repo === 'string' ? { cwd: repo } : repo;
}

/**
 * Never prompt for credentials (a job would hang), English messages (they are quoted in
 * errors), no pager, and paths printed as they are (non-ASCII names unquoted).
 */
const HARDENED: Env = { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', GIT_PAGER: 'cat', LC_ALL: 'C' };
const CONFIG = ['-c', 'core.quotePath=false'];

export function gitEnvironment(repo: Repo, extra: Env = {}): Env {
  // The git layer is where the process meets the machine: without an environment from the
  // caller, git gets this process's (PATH, HOME), hardened.
  return { ...(repo.env ?? process.env), ...HARDENED, ...extra };
}

/**
 * git failed. A user error (a ConfigurationError): what git refuses is the checkout's state, a
 * ref that is not there, or a clone too shallow, which the user fixes, not the code.
 */
export class GitError extends ConfigurationError {
  override readonly name: string = 'GitError';
  readonly args: readonly string[];
  readonly stderr: string;
  readonly exitCode: number | undefined;

  constructor(message: string, details: { args?: readonly string[]; stderr?: string; exitCode?: number } = {}) {
    super('git', message, undefined, { plain: true });
    this.args = details.args ?? [];
    this.stderr = details.stderr ?? '';
    this.exitCode = details.exitCode;
  }
}

const NOT_FOUND = 'git was not found on PATH: install git (actions/checkout needs it too) or add it to PATH';

function failure(args: readonly string[], stderr: string, code: number | null): GitError {
  const said = stderr.trim().split('\n').slice(-3).join(' ');
  // A command line is named by its sub-command and first few arguments: a long list of paths says nothing more.
  const shown = args.length > 6 ? `${args.slice(0, 6).join(' ')} …` : args.join(' ');
  return new GitError(`git ${shown} failed: ${said || `exit code ${code ?? 'none (killed)'}`}`, { args, stderr, exitCode: code ?? undefined });
}

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs git and returns its exit code and output, whatever the exit code. Throws only when git cannot run. */
export function gitResult(repo: RepoLike, args: readonly string[], options: { env?: Env; input?: string } = {}): Promise<GitResult> {
  const { cwd } = repoOf(repo);
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...CONFIG, ...args], {
      cwd,
      env: gitEnvironment(repoOf(repo), options.env),
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    if (options.input !== undefined) child.stdin?.end(options.input);
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new GitError(NOT_FOUND, { args }) : error));
    child.on('close', (code) => {
      resolve({ code: code ?? 128, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** Runs git and returns its standard output; a non-zero exit is a GitError quoting git's own message. */
export async function git(repo: RepoLike, args: readonly string[], options: { env?: Env; input?: string } = {}): Promise<string> {
  const result = await gitResult(repo, args, options);
  if (result.code !== 0) throw failure(args, result.stderr, result.code);
  return result.stdout;
}

/** Standard output, or undefined when git exits non-zero. */
export async function tryGit(repo: RepoLike, args: readonly string[]): Promise<string | undefined> {
  const result = await gitResult(repo, args);
  return result.code === 0 ? result.stdout : undefined;
}

/** Whether git exits 0. */
export async function gitSucceeds(repo: RepoLike, args: readonly string[]): Promise<boolean> {
  return (await gitResult(repo, args)).code === 0;
}

/**
 * Runs a long git command (`log`, `diff`) and hands its output to `onChunk` as it arrives, so
 * the caller parses while git still writes. When `onChunk` throws, git is stopped and that error
 * is what the promise rejects with; a non-zero exit is a GitError.
 */
export function streamGit(repo: RepoLike, args: readonly string[], onChunk: (chunk: Buffer) => void, options: { env?: Env } = {}): Promise<void> {
  const { cwd } = repoOf(repo);
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...CONFIG, ...args], { cwd, env: gitEnvironment(repoOf(repo), options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let failed: unknown;
    let hasFailed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      if (hasFailed) return;
      try {
        onChunk(chunk);
      } catch (error) {
        failed = error;
        hasFailed = true;
        child.kill();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 16_384) stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new GitError(NOT_FOUND, { args }) : error));
    child.on('close', (code) => {
      if (hasFailed) reject(failed instanceof Error ? failed : new Error(String(failed)));
      else if (code !== 0) reject(failure(args, stderr, code));
      else resolve();
    });
  });
}

/**
 * A ref, commit or range from input (an event, an option, a config file) must not be read by
 * git as an option: `--upload-pack=...` would run a command. Git's own `--end-of-options` is
 * passed before such values too; this check names the input when one looks like an option.
 */
export function checkRef(subject: string, ref: string): string {
  if (ref === '' || ref.startsWith('-') || /[\0\n\r]/.test(ref))
    throw new ConfigurationError(
      subject,
      `"${ref}" is not a git ref or commit${ref.startsWith('-') ? ' (it starts with "-")' : ''}`,
      'main, origin/main or a commit SHA',
    );
  return ref;
}
