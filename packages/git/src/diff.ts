// Paths and changed lines as git prints them.
import { git, type RepoLike } from './run.ts';

const ESCAPES: Readonly<Record<string, number>> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };

/**
 * A path as git prints it in diff headers: as is, or in C-style quotes with octal escapes
 * for bytes (a UTF-8 name is several escaped bytes) when it holds unusual characters.
 */
export function unquotePath(raw: string): string {
  if (!raw.startsWith('"') || !raw.endsWith('"') || raw.length < 2) return raw;
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
    } else bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The path of a `--- a/x` / `+++ b/x` header (or a `diff --git` side): unquoted, without its a/ or b/ prefix. */
export function diffHeaderPath(raw: string): string {
  return unquotePath(raw.replace(/\t$/, '')).replace(/^[ab]\//, '');
}

/**
 * The added or changed line numbers per file of a unified diff (`git diff -U0`), keyed by the
 * new path; deleted files and files whose changes are only removals are left out.
 */
export function parseUnifiedDiff(text: string): Map<string, number[]> {
  const files = new Map<string, number[]>();
  let current: number[] | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\r$/, '');
      if (target === '/dev/null') current = undefined;
      else {
        const path = diffHeaderPath(target);
        current = files.get(path) ?? [];
        files.set(path, current);
      }
    } else if (line.startsWith('@@ ') && current) {
      const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!match) continue;
      const start = Number(match[1]);
      const count = match[2] === undefined ? 1 : Number(match[2]);
      for (let l = start; l < start + count; l++) current.push(l);
    } else if (line.startsWith('diff --git ')) {
      current = undefined;
    }
  }
  for (const [path, lines] of files) if (lines.length === 0) files.delete(path);
  return files;
}

/** Changed (added or modified) line numbers per file of `head`, relative to the merge base `base`. */
export async function changedLines(repo: RepoLike, base: string, head = 'HEAD'): Promise<Map<string, number[]>> {
  const text = await git(repo, [
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--find-renames',
    '--end-of-options',
    `${base}...${head}`,
  ]);
  return parseUnifiedDiff(text);
}

export interface ChangedFile {
  /** A (added), M (modified), D (deleted), R (renamed), C (copied), T (type changed). */
  status: string;
  /** Similarity for renames and copies (0–100). */
  similarity?: number;
  path: string;
  /** The path before a rename or copy. */
  oldPath?: string;
}

/** The files `head` changes since the merge base with `base`, under `paths` (renames found), from `git diff -z --name-status`. */
export async function changedFiles(repo: RepoLike, base: string, head = 'HEAD', paths: readonly string[] = ['.']): Promise<ChangedFile[]> {
  const out = await git(repo, ['diff', '-z', '--name-status', '--find-renames', '--no-ext-diff', '--end-of-options', `${base}...${head}`, '--', ...paths]);
  const fields = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length;) {
    const code = fields[i++] ?? '';
    if (code === '') continue;
    const status = code[0] ?? '';
    const similarity = code.length > 1 ? Number(code.slice(1)) : undefined;
    if (status === 'R' || status === 'C') {
      const oldPath = fields[i++] ?? '';
      const path = fields[i++] ?? '';
      files.push({ status, similarity, path, oldPath });
    } else files.push({ status, path: fields[i++] ?? '' });
  }
  return files;
}

/** Every file path in the tree of `rev` under `paths`. */
export async function listTree(repo: RepoLike, rev: string, paths: readonly string[] = ['.']): Promise<string[]> {
  const out = await git(repo, ['ls-tree', '-r', '-z', '--name-only', '--end-of-options', rev, '--', ...paths]);
  return out.split('\0').filter((path) => path !== '');
}
