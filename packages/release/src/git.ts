// Git access for the release engine: every call is one process with an argument array.
// History is read in one `git log -z` with explicit field separators; tags with one
// `git for-each-ref`.
import { spawn } from 'node:child_process';
import { gitEnvironment } from '@devops-actions/git';

/** The unit separator between fields of one commit record; a commit message cannot hold NUL, and %B is the last field. */
const FS = '\x1f';

export class GitError extends Error {
  override readonly name = 'GitError';
  readonly args: readonly string[];
  readonly stderr: string;
  constructor(args: readonly string[], stderr: string, code: number | string | undefined) {
    super(`git ${args.join(' ')} failed${code === undefined ? '' : ` (exit ${code})`}: ${stderr.trim().split('\n').slice(-3).join(' ')}`);
    this.args = args;
    this.stderr = stderr;
  }
}

export interface GitOptions {
  cwd: string;
  /** Environment for git; defaults to the current process's (engines never read it themselves). */
  env?: NodeJS.ProcessEnv;
}

export function git(options: GitOptions, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // Output is collected as buffers and decoded once: a long history is megabytes of text.
    const child = spawn('git', args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(new GitError(args, error.message, undefined)));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new GitError(args, Buffer.concat(err).toString('utf8'), code ?? undefined));
    });
  });
}

export interface TagRef {
  name: string;
  /** The commit the tag points at (peeled through annotated tags). */
  sha: string;
}

/** Tags reachable from `rev`, in one process whatever their number. */
export async function reachableTags(options: GitOptions, rev = 'HEAD'): Promise<TagRef[]> {
  return listTags(options, [`--merged=${rev}`]);
}

/** Every tag, reachable or not: no history walk, so much cheaper than `reachableTags`. */
export async function allTags(options: GitOptions): Promise<TagRef[]> {
  return listTags(options, []);
}

async function listTags(options: GitOptions, filter: string[]): Promise<TagRef[]> {
  const out = await git(options, ['for-each-ref', ...filter, '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)', 'refs/tags']);
  const tags: TagRef[] = [];
  for (const line of out.split('\n')) {
    if (line === '') continue;
    const [name = '', object = '', peeled = ''] = line.split('\0');
    tags.push({ name, sha: peeled || object });
  }
  return tags;
}

export interface RawCommit {
  sha: string;
  parents: string[];
  author: string;
  email: string;
  /** Committer date, ISO 8601. */
  date: string;
  message: string;
  /** Paths touched (only when files were asked for; empty for merge commits). */
  files?: string[];
}

/**
 * Reads the commits reachable from `rev` and not from any of `exclude`, newest first, in one
 * `git log -z` process. With `files`, the paths each commit touched come from the same process.
 * The output is parsed as it arrives, and `each` sees every commit once it is complete, so the
 * caller's work on a commit overlaps with git reading the next ones.
 */
export function readLog(
  options: GitOptions,
  rev: string,
  exclude: readonly string[],
  withFiles = false,
  each?: (commit: RawCommit) => void,
): Promise<RawCommit[]> {
  const args = ['log', '-z', `--format=%H${FS}%P${FS}%an${FS}%ae${FS}%cI${FS}%B`];
  if (withFiles) args.push('--name-only', '--no-renames');
  args.push(rev, ...exclude.map((sha) => `^${sha}`), '--');
  return new Promise((resolve, reject) => {
    const reader = new LogReader(withFiles, each);
    // Into a pipe, git log flushes after every commit; GIT_FLUSH=0 makes it fill its buffer
    // first, which turns thousands of tiny reads into a few hundred.
    const env = gitEnvironment(options, { GIT_FLUSH: '0' });
    const child = spawn('git', args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const err: Buffer[] = [];
    // What the caller's `each` threw: the log is abandoned and the error passed on as it is.
    let failed: Error | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      if (failed !== undefined) return;
      try {
        reader.push(chunk);
      } catch (error) {
        failed = error instanceof Error ? error : new Error(String(error));
        child.kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(new GitError(args, error.message, undefined)));
    child.on('close', (code) => {
      if (failed !== undefined) reject(failed);
      else if (code !== 0) reject(new GitError(args, Buffer.concat(err).toString('utf8'), code ?? undefined));
      else {
        try {
          resolve(reader.end());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
    });
  });
}

// A commit id and the field separator (\x1f) after it.
// eslint-disable-next-line no-control-regex
const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?\x1f/;

/** `git log -z` records, fed in chunks of any size. */
class LogReader {
  readonly commits: RawCommit[] = [];
  /** The start of a record whose end has not arrived yet, in the chunks it came in. */
  private pending: Buffer[] = [];
  private current: RawCommit | undefined;
  private readonly withFiles: boolean;
  private readonly each: ((commit: RawCommit) => void) | undefined;

  constructor(withFiles: boolean, each?: (commit: RawCommit) => void) {
    this.withFiles = withFiles;
    this.each = each;
  }

  // Records are found in the bytes (NUL never occurs inside a UTF-8 character) and each is
  // decoded on its own, into a flat string of its own.
  push(chunk: Buffer): void {
    let start = 0;
    let end = chunk.indexOf(0);
    if (end >= 0 && this.pending.length > 0) {
      // The end of a record that began in earlier chunks (joined once, however long it is).
      this.pending.push(chunk.subarray(0, end));
      this.record(Buffer.concat(this.pending).toString('utf8'));
      this.pending = [];
      start = end + 1;
      end = chunk.indexOf(0, start);
    }
    for (; end >= 0; end = chunk.indexOf(0, start)) {
      this.record(chunk.toString('utf8', start, end));
      start = end + 1;
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start));
  }

  end(): RawCommit[] {
    if (this.pending.length > 0) this.record(Buffer.concat(this.pending).toString('utf8'));
    this.pending = [];
    this.complete();
    return this.commits;
  }

  private record(raw: string): void {
    // With --name-only, file names follow a record as their own NUL-terminated items (the first
    // one after a newline); a commit record always starts with a commit id (40 hex digits, 64 in a
    // SHA-256 repository) and a separator.
    const text = this.withFiles && raw.charCodeAt(0) === 10 ? raw.slice(1) : raw;
    if (COMMIT_ID.test(text)) {
      this.complete();
      const id = text.charCodeAt(40) === 0x1f ? 40 : 64;
      // Five separated fields, then the message (which may hold anything but NUL).
      const p = text.indexOf(FS, id + 1);
      const a = text.indexOf(FS, p + 1);
      const e = text.indexOf(FS, a + 1);
      const d = text.indexOf(FS, e + 1);
      if (p < 0 || a < 0 || e < 0 || d < 0) throw new Error(`git log printed a record that is not in the asked format: ${text.slice(0, 80)}`);
      const parents = text.slice(id + 1, p);
      this.current = {
        sha: text.slice(0, id),
        parents: parents === '' ? [] : parents.split(' '),
        author: text.slice(p + 1, a),
        email: text.slice(a + 1, e),
        date: text.slice(e + 1, d),
        message: trimNewlines(text.slice(d + 1)),
      };
      if (this.withFiles) this.current.files = [];
      // Without file lists a commit is whole at once.
      else this.complete();
    } else if (this.withFiles && this.current && text !== '') {
      this.current.files?.push(text);
    }
  }

  private complete(): void {
    if (!this.current) return;
    this.commits.push(this.current);
    this.each?.(this.current);
    this.current = undefined;
  }
}

function trimNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end === text.length ? text : text.slice(0, end);
}

export interface HeadInfo {
  sha: string | undefined;
  /** The checked-out branch, undefined when HEAD is detached. */
  branch: string | undefined;
  shallow: boolean;
}

/** The commit `rev` names, the checked-out branch and whether the clone is shallow, in one process. */
export async function headInfo(options: GitOptions, rev: string): Promise<HeadInfo> {
  let out: string;
  try {
    out = await git(options, ['rev-parse', `${rev}^{commit}`, '--is-shallow-repository', '--symbolic-full-name', 'HEAD']);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    // An unknown revision (or an empty repository): ask again for what can be known.
    return { sha: undefined, branch: await currentBranch(options), shallow: await isShallow(options).catch(() => false) };
  }
  const [sha = '', shallow = '', ref = ''] = out.split('\n');
  return {
    sha: /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined,
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    shallow: shallow === 'true',
  };
}

export async function isShallow(options: GitOptions): Promise<boolean> {
  return (await git(options, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}

/** Deepens a shallow clone by `by` commits (and fetches the tags on the way); false when there is no remote to ask. */
export async function deepen(options: GitOptions, by: number | 'all'): Promise<void> {
  const remote = (await git(options, ['remote'])).split('\n')[0]?.trim();
  if (!remote) throw new GitError(['fetch'], 'the clone is shallow and has no remote to fetch the missing history from', undefined);
  const args = ['fetch', '--quiet', '--tags', '--no-recurse-submodules', by === 'all' ? '--unshallow' : `--deepen=${by}`, remote];
  await git(options, args);
}

export async function revParse(options: GitOptions, rev: string): Promise<string | undefined> {
  try {
    return (await git(options, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The branch HEAD is on, or undefined when HEAD is detached. */
export async function currentBranch(options: GitOptions): Promise<string | undefined> {
  try {
    const name = (await git(options, ['symbolic-ref', '--quiet', '--short', 'HEAD'])).trim();
    return name || undefined;
  } catch {
    return undefined;
  }
}

export async function isAncestor(options: GitOptions, ancestor: string, descendant: string): Promise<boolean> {
  try {
    await git(options, ['merge-base', '--is-ancestor', ancestor, descendant]);
    return true;
  } catch (error) {
    if (error instanceof GitError) return false;
    throw error;
  }
}

export async function mergeBase(options: GitOptions, shas: readonly string[]): Promise<string | undefined> {
  if (shas.length === 1) return shas[0];
  try {
    return (await git(options, ['merge-base', '--octopus', ...shas])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The remote's URL as https://host/owner/repo, when it looks like GitHub's, for links in notes. */
export async function remoteUrl(options: GitOptions): Promise<string | undefined> {
  try {
    return (await git(options, ['config', '--get', 'remote.origin.url'])).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Whether `sha` names a commit present in the local repository. */
export async function isCommit(cwd: string, sha: string): Promise<boolean> {
  return (await revParse({ cwd }, sha)) !== undefined;
}

/** owner/repo and https URL of the `origin` remote when it is a GitHub-style URL (https, ssh or scp-like). */
export async function remoteRepo(cwd: string, env?: NodeJS.ProcessEnv): Promise<{ owner: string; repo: string; url: string } | undefined> {
  const raw = await remoteUrl({ cwd, env });
  if (!raw) return undefined;
  const m = /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/(?:[^@/]+@)?|[^@/]+@)([^/:]+)[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(raw);
  if (!m) return undefined;
  const [, host = '', owner = '', repo = ''] = m;
  return { owner, repo, url: `https://${host}/${owner}/${repo}` };
}
