// Git access: small commands with argument arrays, and one streaming `git log -p` /
// `git diff` process whose output is parsed as it arrives.
import { execFile, spawn } from 'node:child_process';

export class GitError extends Error {
  override readonly name = 'GitError';
}

export const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };

/** Runs git and returns stdout; throws a GitError naming the command and git's own message. */
export function git(cwd: string, args: readonly string[], options: { allowFailure?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT' && typeof (error as { code?: unknown }).code === 'string') {
        reject(new GitError('git was not found on PATH: install git (actions/checkout needs it too) or add it to PATH'));
        return;
      }
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      if (code !== 0 && !options.allowFailure) {
        reject(new GitError(`git ${args.join(' ')} failed: ${stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${code}`}`));
        return;
      }
      resolve({ code, stdout, stderr });
    });
  });
}

export async function gitOk(cwd: string, args: readonly string[]): Promise<boolean> {
  return (await git(cwd, args, { allowFailure: true })).code === 0;
}

export async function revParse(cwd: string, ref: string): Promise<string | undefined> {
  const result = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFailure: true });
  return result.code === 0 ? result.stdout.trim() : undefined;
}

/**
 * Lines kept as offsets into git's output buffers, in typed arrays reused from one file to
 * the next: no copy and no object per line.
 */
export class LineRefs {
  private buffers: Buffer[] = [];
  private index = new Int32Array(1024);
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private lineNumbers = new Int32Array(1024);
  length = 0;

  push(buffer: Buffer, start: number, end: number, lineNumber: number): void {
    if (this.length === this.starts.length) this.grow();
    if (this.buffers[this.buffers.length - 1] !== buffer) this.buffers.push(buffer);
    const i = this.length++;
    this.index[i] = this.buffers.length - 1;
    this.starts[i] = start;
    this.ends[i] = end;
    this.lineNumbers[i] = lineNumber;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grown = (old: Int32Array) => {
      const next = new Int32Array(size);
      next.set(old);
      return next;
    };
    this.index = grown(this.index);
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.lineNumbers = grown(this.lineNumbers);
  }

  reset(): void {
    this.length = 0;
    this.buffers = [];
  }

  /** The line numbers (in the new file for added lines, the old one for removed lines). */
  numbers(): number[] {
    return Array.from(this.lineNumbers.subarray(0, this.length));
  }

  /** The lines joined by newlines, decoded as UTF-8. */
  text(keep?: Uint8Array): string {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < this.length; i++) {
      if (i > 0) parts.push(NEWLINE);
      // Lines outside `keep` stay as empty lines, so that line indexes do not move.
      if (keep === undefined || keep[i] === 1) parts.push((this.buffers[this.index[i] as number] as Buffer).subarray(this.starts[i], this.ends[i]));
    }
    return Buffer.concat(parts).toString('utf8');
  }
}

/** One file's changes in one commit (or in the index / a diff): the added and removed lines. */
export interface FileDiff {
  commit?: string;
  path: string;
  oldPath?: string;
  binary: boolean;
  /** Valid only during `onFile`: the buffers are reused for the next file. */
  added: LineRefs;
  /** Index in `added` -> keyword ids, when a prefilter ran; lines without a keyword are absent. */
  addedHits?: Map<number, number[]>;
  removed: LineRefs;
  removedHits?: Map<number, number[]>;
  /** Whether the prefilter ran: then a side without hits has no keyword at all. */
  prefiltered: boolean;
  /** Bytes of added (and removed, when collected) content. */
  bytes: number;
}

/** The lines joined by newlines, as text. */
export function linesText(lines: LineRefs, keep?: Uint8Array): string {
  return lines.text(keep);
}

const NEWLINE = Buffer.from('\n');

export interface DiffStreamStats {
  commits: number;
  files: number;
  bytes: number;
}

/** What the stream needs of the keyword prefilter. */
export interface LinePrefilter {
  scanBytes(bytes: Uint8Array, start: number, end: number): number[] | undefined;
}

export interface DiffStreamOptions {
  cwd: string;
  args: string[];
  /** Also collect removed lines (for "still in history"). */
  removed?: boolean;
  /** Run over every content line as it arrives; files without a hit need no further work. */
  prefilter?: LinePrefilter;
  onFile(diff: FileDiff): void;
  onCommit?(sha: string): void;
}

function unquotePath(raw: string): string {
  if (!raw.startsWith('"')) return raw;
  const inner = raw.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] ?? '';
    if (c !== '\\') {
      for (const b of Buffer.from(c, 'utf8')) bytes.push(b);
      continue;
    }
    const next = inner[++i] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(inner.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(({ n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

function stripPrefix(path: string): string {
  const p = unquotePath(path.replace(/\t$/, ''));
  return p.replace(/^[ab]\//, '');
}

/**
 * Runs one git process (`git log -p -U0 ...` or `git diff -U0 ...`) and parses its output
 * as a stream of bytes: hunk headers give line numbers, hunk counts tell content from
 * headers, and only header lines are decoded to text.
 */
export function streamDiff(options: DiffStreamOptions): Promise<DiffStreamStats> {
  const wantRemoved = options.removed ?? false;
  const prefilter = options.prefilter;
  return new Promise((resolve, reject) => {
    const child = spawn('git', options.args, { cwd: options.cwd, env: { ...process.env, ...GIT_ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    const stats: DiffStreamStats = { commits: 0, files: 0, bytes: 0 };
    let stderr = '';
    let carry: Buffer | undefined;
    let commit: string | undefined;
    let file: FileDiff | undefined;
    let oldLeft = 0;
    let newLeft = 0;
    let oldLine = 0;
    let newLine = 0;
    let failed: Error | undefined;

    const flush = () => {
      if (file && (file.added.length > 0 || file.removed.length > 0 || file.binary)) {
        stats.files++;
        stats.bytes += file.bytes;
        try {
          options.onFile(file);
        } catch (error) {
          failed = error as Error;
          child.kill();
        }
      }
      file = undefined;
    };

    const addedRefs = new LineRefs();
    const removedRefs = new LineRefs();
    const newFile = (path: string): FileDiff => {
      addedRefs.reset();
      removedRefs.reset();
      return { commit, path, binary: false, added: addedRefs, removed: removedRefs, prefiltered: prefilter !== undefined, bytes: 0 };
    };

    const handleLine = (buf: Buffer, a: number, b: number) => {
      if (oldLeft > 0 || newLeft > 0) {
        const c = buf[a];
        if (c === 43 /* + */ && newLeft > 0) {
          if (file) {
            file.added.push(buf, a + 1, b, newLine);
            file.bytes += b - a;
            if (prefilter) {
              const hits = prefilter.scanBytes(buf, a + 1, b);
              if (hits) (file.addedHits ??= new Map()).set(file.added.length - 1, hits);
            }
          }
          newLine++;
          newLeft--;
          return;
        }
        if (c === 45 /* - */ && oldLeft > 0) {
          if (file && wantRemoved) {
            file.removed.push(buf, a + 1, b, oldLine);
            file.bytes += b - a;
            if (prefilter) {
              const hits = prefilter.scanBytes(buf, a + 1, b);
              if (hits) (file.removedHits ??= new Map()).set(file.removed.length - 1, hits);
            }
          }
          oldLine++;
          oldLeft--;
          return;
        }
        if (c === 92 /* \ */) return;
        if (c === 32 /* space: context */) {
          oldLine++;
          newLine++;
          oldLeft--;
          newLeft--;
          return;
        }
        // Anything else ends the hunk early (should not happen); fall through to headers.
        oldLeft = 0;
        newLeft = 0;
      }
      const first = buf[a];
      if (first === 92 /* \ No newline at end of file */) return;
      const line = buf.toString('utf8', a, b);
      if (line.startsWith('@@')) {
        const m = /^@@+ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (m) {
          oldLine = Number(m[1]);
          oldLeft = m[2] === undefined ? 1 : Number(m[2]);
          newLine = Number(m[3]);
          newLeft = m[4] === undefined ? 1 : Number(m[4]);
          if (oldLeft === 0) oldLine++;
          if (newLeft === 0) newLine++;
        }
        return;
      }
      if (line.startsWith('commit ')) {
        flush();
        commit = line.slice(7, 47);
        stats.commits++;
        options.onCommit?.(commit);
        return;
      }
      if (line.startsWith('diff --git ') || line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
        flush();
        const paths = /^diff --git (?:"?a\/)(.*?)"? "?b\/(.*?)"?$/.exec(line);
        file = newFile(paths?.[2] ?? '');
        return;
      }
      if (!file) return;
      if (line.startsWith('+++ ')) {
        const p = line.slice(4);
        if (p !== '/dev/null') file.path = stripPrefix(p);
      } else if (line.startsWith('--- ')) {
        const p = line.slice(4);
        if (p !== '/dev/null') file.oldPath = stripPrefix(p);
      } else if (line.startsWith('rename to ')) file.path = unquotePath(line.slice(10));
      else if (line.startsWith('rename from ')) file.oldPath = unquotePath(line.slice(12));
      else if (line.startsWith('Binary files ')) file.binary = true;
    };

    const consume = (buf: Buffer) => {
      let pos = 0;
      for (let nl = buf.indexOf(10, pos); nl !== -1; nl = buf.indexOf(10, pos)) {
        handleLine(buf, pos, nl > pos && buf[nl - 1] === 13 ? nl - 1 : nl);
        pos = nl + 1;
      }
      carry = pos < buf.length ? buf.subarray(pos) : undefined;
    };

    child.stdout.on('data', (chunk: Buffer) => {
      if (failed) return;
      if (carry) {
        // Only the line cut in two is copied; the rest of the chunk is parsed in place.
        const nl = chunk.indexOf(10);
        if (nl === -1) {
          carry = Buffer.concat([carry, chunk]);
          return;
        }
        const line = Buffer.concat([carry, chunk.subarray(0, nl)]);
        carry = undefined;
        handleLine(line, 0, line.length > 0 && line[line.length - 1] === 13 ? line.length - 1 : line.length);
        consume(chunk.subarray(nl + 1));
      } else consume(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 8192) stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'ENOENT' ? new GitError('git was not found on PATH: install git or add it to PATH') : error);
    });
    child.on('close', (code) => {
      if (carry && carry.length > 0) {
        const rest = carry;
        carry = undefined;
        handleLine(rest, 0, rest.length);
      }
      flush();
      if (failed) reject(failed);
      else if (code !== 0)
        reject(new GitError(`git ${options.args.slice(0, 3).join(' ')} … failed: ${stderr.trim().split('\n').slice(-3).join(' ') || `exit code ${code}`}`));
      else resolve(stats);
    });
  });
}
