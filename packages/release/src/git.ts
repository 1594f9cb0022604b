// The release engine's readers over the shared git layer, each one process: the tags
// (`git for-each-ref`) and the history (`git log -z` with explicit field separators, parsed as it
// streams in).
import { streamGit, tryGit, type Repo } from '@devops-actions/git';

/** The unit separator between fields of one commit record; a commit message cannot hold NUL, and %B is the last field. */
const FS = '\x1f';

export interface TagRef {
  name: string;
  /** The commit the tag points at (peeled through annotated tags). */
  sha: string;
}

/** Tags reachable from `sha`, in one process whatever their number. */
export async function reachableTags(repo: Repo, sha: string): Promise<TagRef[]> {
  return listTags(repo, [`--merged=${sha}`]);
}

/** Every tag, reachable or not: no history walk, so much cheaper than `reachableTags`. */
export async function allTags(repo: Repo): Promise<TagRef[]> {
  return listTags(repo, []);
}

/** The tags, or none when git cannot list them (an empty repository). */
async function listTags(repo: Repo, filter: string[]): Promise<TagRef[]> {
  const out = await tryGit(repo, ['for-each-ref', ...filter, '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)', 'refs/tags']);
  const tags: TagRef[] = [];
  for (const line of (out ?? '').split('\n')) {
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
 * Reads the commits reachable from `sha` and not from any of `exclude`, newest first, in one
 * `git log -z` process. With `files`, the paths each commit touched come from the same process.
 * The output is parsed as it arrives, and `each` sees every commit once it is complete, so the
 * caller's work on a commit overlaps with git reading the next ones. What `each` throws stops
 * git and is what this rejects with.
 */
export async function readLog(
  repo: Repo,
  sha: string,
  exclude: readonly string[],
  withFiles = false,
  each?: (commit: RawCommit) => void,
): Promise<RawCommit[]> {
  const args = ['log', '-z', `--format=%H${FS}%P${FS}%an${FS}%ae${FS}%cI${FS}%B`];
  if (withFiles) args.push('--name-only', '--no-renames');
  args.push('--end-of-options', sha, ...exclude.map((base) => `^${base}`), '--');
  const reader = new LogReader(withFiles, each);
  // Into a pipe, git log flushes after every commit; GIT_FLUSH=0 makes it fill its buffer
  // first, which turns thousands of tiny reads into a few hundred.
  await streamGit(repo, args, (chunk) => reader.push(chunk), { env: { GIT_FLUSH: '0' } });
  return reader.end();
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
