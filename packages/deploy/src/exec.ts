// Runs commands with argument arrays: no shell ever sees the text. A command written as one
// line ("./deploy.sh --env prod") is split into words by shell-quote, which also refuses pipes,
// redirections and command lists: those need an explicit script.
import { spawn } from 'node:child_process';
import { parse } from 'shell-quote';
import { ConfigurationError } from '@devops-actions/toolkit';

export interface CommandResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export class CommandError extends Error {
  override readonly name = 'CommandError';
  readonly result: CommandResult | undefined;
  constructor(message: string, result?: CommandResult) {
    super(message);
    this.result = result;
  }
}

/**
 * Splits a command line into an argument array. `$NAME` and `${NAME}` are replaced from `vars`
 * only (the DEPLOY_* variables); any other `$NAME` is left as written.
 */
export function splitCommand(subject: string, text: string, vars: Record<string, string> = {}): string[] {
  const words = parse(text, (key: string) => (key in vars ? vars[key] : `$${key}`));
  const argv: string[] = [];
  for (const word of words) {
    if (typeof word === 'string') argv.push(word);
    else if ('op' in word && word.op === 'glob') argv.push(word.pattern);
    else if ('comment' in word) break;
    else
      throw new ConfigurationError(
        subject,
        `"${text}" uses the shell operator ${JSON.stringify('op' in word ? word.op : word)}; commands run without a shell, so put pipelines and redirections in a script`,
        './scripts/deploy.sh --env production',
      );
  }
  if (argv.length === 0) throw new ConfigurationError(subject, 'is empty', './scripts/deploy.sh');
  return argv;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  input?: string;
  signal?: AbortSignal;
}

/** Runs argv[0] with the rest as arguments; never throws for a non-zero exit (see `code`), only when it cannot start. */
export function runCommand(argv: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
  const [file, ...args] = argv;
  if (file === undefined) return Promise.reject(new CommandError('empty command'));
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      signal: options.signal,
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    if (options.input !== undefined) child.stdin?.end(options.input);
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      if (error.code === 'ENOENT') reject(new CommandError(`command not found: ${file} (is it installed and on PATH, or is the path right?)`));
      else if (error.code === 'EACCES') reject(new CommandError(`command not executable: ${file} (chmod +x?)`));
      else reject(new CommandError(`${file}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Runs a command and throws a CommandError with the tail of its output when it fails. */
export async function runChecked(what: string, argv: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
  const result = await runCommand(argv, options);
  if (result.code !== 0) {
    const output = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-5).join('\n');
    const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
    throw new CommandError(`${what} (${argv[0]}) ${how}${output ? `: ${output}` : ''}`, result);
  }
  return result;
}
