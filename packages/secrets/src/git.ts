// The history diff stream: one `git log -p` / `git diff` process whose output is parsed
// as it arrives. Every other git call goes through @devops-actions/git directly.
import { diffHeaderPath, streamGit, unquotePath, type RepoLike } from '@devops-actions/git';
import { hitsByLine, KeywordHits, type KeywordAutomaton } from './prefilter.ts';

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
  /** Where `text` assembles its string: one buffer, grown as needed, for every file. */
  private static scratch = Buffer.allocUnsafe(64 * 1024);

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

  /** The line numbers (in the new file for added lines, the old one for removed lines); valid until the next file. */
  numbers(): Int32Array {
    return this.lineNumbers.subarray(0, this.length);
  }

  /** The lines joined by newlines, decoded as UTF-8. Lines outside `keep` stay as empty lines, so that line indexes do not move. */
  text(keep?: Uint8Array): string {
    let size = this.length;
    for (let i = 0; i < this.length; i++) if (keep === undefined || keep[i] === 1) size += (this.ends[i] as number) - (this.starts[i] as number);
    if (LineRefs.scratch.length < size) LineRefs.scratch = Buffer.allocUnsafe(2 ** Math.ceil(Math.log2(size)));
    const out = LineRefs.scratch;
    let at = 0;
    for (let i = 0; i < this.length; i++) {
      if (i > 0) out[at++] = 10;
      if (keep === undefined || keep[i] === 1) at += (this.buffers[this.index[i] as number] as Buffer).copy(out, at, this.starts[i], this.ends[i]);
    }
    return out.toString('utf8', 0, at);
  }
}

/** One file's changes in one commit (or in the index / a diff): the added and removed lines. */
export interface FileDiff {
  commit?: string;
  path: string;
  oldPath?: string;
  binary: boolean;
  /** Why the file was not read (`skip` said so when its first hunk came): its lines are not collected. */
  skipped?: string;
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

export interface DiffStreamStats {
  commits: number;
  files: number;
  bytes: number;
}

export interface DiffStreamOptions {
  repo: RepoLike;
  args: string[];
  /** Also collect removed lines (for "still in history"). */
  removed?: boolean;
  /** Run over every content line as it arrives; files without a hit need no further work. */
  prefilter?: KeywordAutomaton;
  /** A reason not to read a path (binary, vendored, ignored): its lines are then skipped unread. */
  skip?(path: string): string | undefined;
  onFile(diff: FileDiff): void;
  onCommit?(sha: string): void;
}

/**
 * Runs one git process (`git log -p -U0 ...` or `git diff -U0 ...`) and parses its output
 * as a stream of bytes: hunk headers give line numbers, hunk counts tell content from
 * headers, and only header lines are decoded to text. Added lines take the fast path: one
 * loop finds their end and their keywords together; skipped files' lines are only counted.
 */
export async function streamDiff(options: DiffStreamOptions): Promise<DiffStreamStats> {
  const wantRemoved = options.removed ?? false;
  const prefilter = options.prefilter;
  const stats: DiffStreamStats = { commits: 0, files: 0, bytes: 0 };
  let carry: Buffer | undefined;
  let commit: string | undefined;
  let file: FileDiff | undefined;
  /** Whether the current file's lines are read: false before its first hunk and when skipped. */
  let reading = false;
  let checked = false;
  let oldLeft = 0;
  let newLeft = 0;
  let oldLine = 0;
  let newLine = 0;

  const addedRefs = new LineRefs();
  const removedRefs = new LineRefs();
  const addedHits = new KeywordHits();
  const removedHits = new KeywordHits();

  const flush = () => {
    if (file && (file.added.length > 0 || file.removed.length > 0 || file.binary || file.skipped !== undefined)) {
      stats.files++;
      stats.bytes += file.bytes;
      if (prefilter) {
        file.addedHits = hitsByLine(addedHits, prefilter);
        file.removedHits = hitsByLine(removedHits, prefilter);
      }
      // A throw here ends the stream: streamGit stops git and rejects with it.
      options.onFile(file);
    }
    file = undefined;
    reading = false;
  };

  const newFile = (path: string): FileDiff => {
    addedRefs.reset();
    removedRefs.reset();
    addedHits.length = 0;
    removedHits.length = 0;
    checked = false;
    reading = false;
    return { commit, path, binary: false, added: addedRefs, removed: removedRefs, prefiltered: prefilter !== undefined, bytes: 0 };
  };

  const addLine = (buf: Buffer, a: number, b: number) => {
    if (reading && file) {
      if (prefilter) prefilter.scanLine(buf, a + 1, b, addedHits, file.added.length);
      file.added.push(buf, a + 1, b, newLine);
      file.bytes += b - a;
    }
    newLine++;
    newLeft--;
  };
  const removeLine = (buf: Buffer, a: number, b: number) => {
    if (reading && file && wantRemoved) {
      if (prefilter) prefilter.scanLine(buf, a + 1, b, removedHits, file.removed.length);
      file.removed.push(buf, a + 1, b, oldLine);
      file.bytes += b - a;
    }
    oldLine++;
    oldLeft--;
  };

  const handleLine = (buf: Buffer, a: number, b: number) => {
    if (oldLeft > 0 || newLeft > 0) {
      const c = buf[a];
      if (c === 43 /* + */ && newLeft > 0) return addLine(buf, a, b);
      if (c === 45 /* - */ && oldLeft > 0) return removeLine(buf, a, b);
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
      // The path is final once the headers are read: decide here whether to read the lines.
      if (file && !checked) {
        checked = true;
        file.skipped = options.skip?.(file.path);
        reading = file.skipped === undefined;
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
      if (p !== '/dev/null') file.path = diffHeaderPath(p);
    } else if (line.startsWith('--- ')) {
      const p = line.slice(4);
      if (p !== '/dev/null') file.oldPath = diffHeaderPath(p);
    } else if (line.startsWith('rename to ')) file.path = unquotePath(line.slice(10));
    else if (line.startsWith('rename from ')) file.oldPath = unquotePath(line.slice(12));
    else if (line.startsWith('Binary files ')) file.binary = true;
  };

  const consume = (buf: Buffer) => {
    const len = buf.length;
    let pos = 0;
    while (pos < len) {
      if (newLeft > 0 && buf[pos] === 43 /* + */ && prefilter && reading && file) {
        // The hot path: an added line is scanned for keywords up to its newline in one loop.
        const mark = addedHits.length;
        const nl = prefilter.scanLine(buf, pos + 1, len, addedHits, file.added.length);
        if (nl === -1) {
          addedHits.length = mark; // cut in two: the joined line is read with the next chunk
          break;
        }
        const end = buf[nl - 1] === 13 && nl > pos + 1 ? nl - 1 : nl;
        file.added.push(buf, pos + 1, end, newLine);
        file.bytes += end - pos;
        newLine++;
        newLeft--;
        pos = nl + 1;
        continue;
      }
      const nl = buf.indexOf(10, pos);
      if (nl === -1) break;
      // A removed line nobody reads, or a line of a skipped file: counted, not looked at.
      const c = buf[pos];
      if (c === 45 && oldLeft > 0 && (!reading || !wantRemoved)) {
        oldLine++;
        oldLeft--;
        pos = nl + 1;
        continue;
      }
      if (c === 43 && newLeft > 0 && !reading) {
        newLine++;
        newLeft--;
        pos = nl + 1;
        continue;
      }
      handleLine(buf, pos, nl > pos && buf[nl - 1] === 13 ? nl - 1 : nl);
      pos = nl + 1;
    }
    carry = pos < len ? buf.subarray(pos) : undefined;
  };

  const onChunk = (chunk: Buffer) => {
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
  };

  await streamGit(options.repo, options.args, onChunk);
  if (carry && carry.length > 0) {
    const rest = carry;
    carry = undefined;
    handleLine(rest, 0, rest.length);
  }
  flush();
  return stats;
}
