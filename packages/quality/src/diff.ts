// The lines a pull request adds or changes, from `git diff --unified=0 <merge-base>...HEAD`
// computed in the checkout (deepening a shallow clone until the merge base is there).
import { git, GitError, tryGit } from './git.ts';

export interface MergeBaseOptions {
  cwd: string;
  /** The base branch's commit (the PR event's base.sha) or a ref such as `origin/main`. */
  base: string;
  /** Branch name to fetch when the base commit is not in the clone (e.g. `main`). */
  baseBranch?: string;
  remote?: string;
  log?: (message: string) => void;
}

export interface MergeBase {
  sha: string;
  /** How many times a shallow clone was deepened to find it. */
  deepened: number;
}

async function hasCommit(cwd: string, ref: string): Promise<boolean> {
  return (await tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) !== undefined;
}

export async function findMergeBase(options: MergeBaseOptions): Promise<MergeBase> {
  const { cwd, base } = options;
  const remote = options.remote ?? 'origin';
  const log = options.log ?? (() => undefined);
  const hasRemote = (await tryGit(cwd, ['remote', 'get-url', remote])) !== undefined;
  if (!(await hasCommit(cwd, base)) && hasRemote) {
    log(`Fetching the base ${options.baseBranch ?? base} from ${remote}`);
    await tryGit(cwd, ['fetch', '--no-tags', '--quiet', '--depth=50', remote, base]);
    if (!(await hasCommit(cwd, base)) && options.baseBranch) await tryGit(cwd, ['fetch', '--no-tags', '--quiet', '--depth=50', remote, options.baseBranch]);
  }
  let resolved = base;
  if (!(await hasCommit(cwd, base))) {
    if (options.baseBranch && (await hasCommit(cwd, `${remote}/${options.baseBranch}`))) resolved = `${remote}/${options.baseBranch}`;
    else throw new GitError(`the base commit ${base} is not in the clone${hasRemote ? ` and could not be fetched from ${remote}` : ''}`);
  }
  let deepened = 0;
  for (;;) {
    const sha = await tryGit(cwd, ['merge-base', resolved, 'HEAD']);
    if (sha !== undefined && sha.trim() !== '') return { sha: sha.trim(), deepened };
    const shallow = (await tryGit(cwd, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
    if (!shallow || !hasRemote || deepened >= 8) {
      if (shallow && hasRemote) {
        log('Fetching the full history to find the merge base');
        await git(cwd, ['fetch', '--no-tags', '--quiet', '--unshallow', remote]);
        const full = await tryGit(cwd, ['merge-base', resolved, 'HEAD']);
        if (full?.trim()) return { sha: full.trim(), deepened: deepened + 1 };
      }
      throw new GitError(`${resolved} and HEAD have no common ancestor`);
    }
    const depth = 50 * 2 ** deepened;
    log(`Shallow clone: deepening by ${depth} commits to find the merge base`);
    await git(cwd, ['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, remote]);
    const refetch = options.baseBranch ?? (/^[0-9a-f]{40}$/.test(base) ? undefined : base);
    if (refetch) await tryGit(cwd, ['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, remote, refetch]);
    deepened++;
  }
}

/** Changed (added or modified) line numbers per file of HEAD, relative to the merge base. */
export async function changedLines(cwd: string, mergeBase: string, head = 'HEAD'): Promise<Map<string, number[]>> {
  const text = await git(cwd, [
    'diff',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--find-renames',
    `${mergeBase}...${head}`,
  ]);
  return parseUnifiedDiff(text);
}

function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  const body = path.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? '';
    if (ch === '\\') {
      const next = body[i + 1] ?? '';
      if (/[0-7]/.test(next)) {
        bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
        i += 3;
        continue;
      }
      const map: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v' };
      for (const b of Buffer.from(map[next] ?? next)) bytes.push(b);
      i++;
      continue;
    }
    for (const b of Buffer.from(ch)) bytes.push(b);
  }
  return Buffer.from(bytes).toString('utf8');
}

export function parseUnifiedDiff(text: string): Map<string, number[]> {
  const files = new Map<string, number[]>();
  let current: number[] | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = unquote(line.slice(4).replace(/\t$/, ''));
      if (target === '/dev/null') current = undefined;
      else {
        const path = target.startsWith('b/') || target.startsWith('"b/') ? target.slice(2) : target;
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

/** Collapses sorted line numbers into ranges: [1,2,3,7] -> [[1,3],[7,7]]. */
export function toRanges(lines: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const line of [...lines].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && line === last[1] + 1) last[1] = line;
    else if (!last || line > last[1]) ranges.push([line, line]);
  }
  return ranges;
}

export function formatRanges(ranges: readonly [number, number][]): string {
  return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',');
}

export function parseRanges(text: string): number[] {
  const lines: number[] = [];
  for (const part of text.split(',')) {
    if (part === '') continue;
    const [a, b] = part.split('-').map(Number);
    if (a === undefined || Number.isNaN(a)) continue;
    for (let l = a; l <= (b ?? a); l++) lines.push(l);
  }
  return lines;
}
