import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigurationError } from '@devops-actions/toolkit';

/** Exit codes shared by every sub-command; `internal` is main's alone: an error that is no user's to fix. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

/** A wrong option or argument: a user error like any ConfigurationError, printed as one line, exit code 2. */
export class UsageError extends ConfigurationError {
  override readonly name: string = 'UsageError';
  constructor(message: string) {
    super('usage', message, undefined, { plain: true });
  }
}

export interface CommandContext {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Runs the command with its own arguments; returns the exit code. */
  run(args: string[], context: CommandContext): Promise<number>;
}

/** Options every command accepts, see CLI.md. */
export const COMMON_OPTIONS = {
  cwd: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export const COMMON_USAGE = `Common options:
  --cwd DIR          run in DIR (default: the current directory)
  --format FORMAT    text (default), json, sarif or markdown where the command supports it
  --output FILE      write the report to FILE instead of standard output
  --quiet            print nothing but errors
  -h, --help         show this help`;

/** node:util parseArgs with errors turned into UsageError naming the option. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options: { ...COMMON_OPTIONS, ...options }, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function checkFormat(format: string | undefined, allowed: readonly string[]): string {
  const value = format ?? 'text';
  if (!allowed.includes(value)) throw new UsageError(`--format: "${value}" is not supported here; use one of ${allowed.join(', ')}`);
  return value;
}

/** The folder a command works in. Like `git -C`: `--cwd` is taken first, and every relative path the command is given (`--output`, `--config`) is relative to it. */
export function workDir(context: CommandContext, cwdOption: string | undefined): string {
  return resolve(context.cwd, cwdOption ?? '.');
}

/**
 * Puts a rendered report where it was asked for: the `--output` file (relative to the work
 * folder) or standard output. `--quiet` silences the text format only: a JSON or SARIF report is
 * what the caller asked for.
 */
export function emitReport(context: CommandContext, where: { cwd: string; output?: string; quiet?: boolean; format: string }, text: string): void {
  if (where.output !== undefined && where.output !== '') writeFileSync(resolve(where.cwd, where.output), text);
  else if (!where.quiet || where.format !== 'text') context.stdout(text);
}
