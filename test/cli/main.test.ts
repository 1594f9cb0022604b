import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main, COMMANDS, EXIT, UsageError, parseCommandArgs, checkFormat, type RegisteredCommand } from '@devops-actions/cli';
import { ROOT } from '../harness/run-action.ts';

const run = promisify(execFile);

async function capture(argv: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

/** Runs main with one more command registered, one whose run throws `error`: a fault of the tool, not of the input. */
async function withFailingCommand(error: unknown, argv: string[], env: Record<string, string | undefined> = {}) {
  const failing: RegisteredCommand = {
    name: 'explode',
    summary: 'fails',
    load: () =>
      Promise.resolve({
        name: 'explode',
        summary: 'fails',
        usage: '',
        run() {
          throw error;
        },
      }),
  };
  COMMANDS.push(failing);
  try {
    return await capture(['explode', ...argv], env);
  } finally {
    COMMANDS.splice(COMMANDS.indexOf(failing), 1);
  }
}

describe('devops-actions CLI', () => {
  it('prints help listing every registered command, exit 0', async () => {
    const result = await capture(['--help']);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain('Usage: devops-actions <command> [options]');
    for (const command of COMMANDS) expect(result.stdout).toContain(command.name);
  });

  it("prints the version of the command line's own package", async () => {
    const result = await capture(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
    const cli = JSON.parse(readFileSync(join(ROOT, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string };
    expect(result.stdout).toBe(`${cli.version}\n`);
  });

  it('reports an unexpected error in one line with the way to its stack trace, exit 3', async () => {
    const result = await withFailingCommand(new TypeError("Cannot read properties of undefined (reading 'sha')\nsecond line"), []);
    expect(result).toEqual({
      code: EXIT.internal,
      stdout: '',
      stderr:
        "devops-actions explode: unexpected error: TypeError: Cannot read properties of undefined (reading 'sha') (re-run with DEVOPS_ACTIONS_DEBUG=1 for the stack trace)\n",
    });
    expect(EXIT.internal).toBe(3);
  });

  it('prints the stack trace of an unexpected error, with its cause, when DEVOPS_ACTIONS_DEBUG=1', async () => {
    const error = new Error('the plan has no tag', { cause: new RangeError('index 7 out of range') });
    const result = await withFailingCommand(error, [], { DEVOPS_ACTIONS_DEBUG: '1' });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^devops-actions explode: Error: the plan has no tag\n\s+at .*main\.test\.ts/);
    expect(result.stderr).toContain('[cause]: RangeError: index 7 out of range');
    expect(result.stderr).not.toContain('re-run with');
  });

  it('keeps a user error to one line and exit 2, whatever DEVOPS_ACTIONS_DEBUG says', async () => {
    const result = await withFailingCommand(new UsageError('--base: give a branch or a commit'), [], { DEVOPS_ACTIONS_DEBUG: '1' });
    expect(result).toEqual({ code: EXIT.usage, stdout: '', stderr: 'devops-actions explode: --base: give a branch or a commit\n' });
  });

  it('reports a thrown non-error value as an unexpected error too', async () => {
    const result = await withFailingCommand('plain string', []);
    expect(result.stderr).toBe('devops-actions explode: unexpected error: plain string (re-run with DEVOPS_ACTIONS_DEBUG=1 for the stack trace)\n');
  });

  it('rejects an unknown command with exit code 2 and points to --help', async () => {
    const result = await capture(['deploy-everything']);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain('unknown command "deploy-everything"');
    expect(result.stderr).toContain('--help');
  });

  it('shows usage (exit 2) when called with nothing', async () => {
    const result = await capture([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Commands:');
  });

  it('turns bad options into usage errors that name the option', () => {
    expect(() => parseCommandArgs(['--bogus'], {})).toThrow(UsageError);
    expect(() => parseCommandArgs(['--bogus'], {})).toThrow(/--bogus/);
    expect(() => checkFormat('yaml', ['text', 'json'])).toThrow('--format: "yaml" is not supported here; use one of text, json');
    expect(checkFormat(undefined, ['text', 'json'])).toBe('text');
  });

  it('runs as the installed bin under the pinned Node', async () => {
    const { stdout } = await run(join(ROOT, 'node_modules', '.bin', 'devops-actions'), ['--help'], {
      env: { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` },
    });
    expect(stdout).toContain('Usage: devops-actions');
  });
});
