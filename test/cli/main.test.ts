import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main, COMMANDS, EXIT, UsageError, parseCommandArgs, checkFormat } from '@devops-actions/cli';
import { ROOT } from '../harness/run-action.ts';

const run = promisify(execFile);

async function capture(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('devops-actions CLI', () => {
  it('prints help listing every registered command, exit 0', async () => {
    const result = await capture(['--help']);
    expect(result.code).toBe(EXIT.ok);
    expect(result.stdout).toContain('Usage: devops-actions <command> [options]');
    for (const command of COMMANDS) expect(result.stdout).toContain(command.name);
  });

  it('prints the version', async () => {
    const result = await capture(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
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
