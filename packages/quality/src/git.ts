import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class GitError extends Error {
  override readonly name = 'GitError';
}

/** Runs git with an argument array in `cwd`; returns stdout. */
export async function git(cwd: string, args: readonly string[], options: { allowFailure?: false } = {}): Promise<string> {
  void options;
  try {
    const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const stderr = ((error as { stderr?: string }).stderr ?? '').trim();
    throw new GitError(`git ${args.join(' ')} failed: ${stderr || (error as Error).message}`);
  }
}

export async function tryGit(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    return await git(cwd, args);
  } catch {
    return undefined;
  }
}
