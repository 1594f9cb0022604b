// The second phase of an analysis: the commits since the oldest previous stable release, read
// in one git log, parsed and linked to their parents while git reads on; then the merges attributed.
import { tryGit, type Repo } from '@devops-actions/git';
import type { ReleaseConfig } from './config.ts';
import { readLog, type RawCommit, type TagRef } from './git.ts';
import { parseCommit, type ParseWarning, type ParsedCommit } from './parse.ts';
import type { ScopeState } from './tags.ts';

/** A commit of the range with its parsed message. */
export interface Loaded {
  commit: RawCommit;
  parsed: ParsedCommit;
  /** Its position in the history, newest first. */
  position: number;
  /** Whether one of its entries reverts a commit. */
  reverts: boolean;
}

export interface History {
  /** Newest first, as git log hands them over. */
  loaded: Loaded[];
  warnings: ParseWarning[];
  /** The tags looked for whose commit is in the history. */
  reachedTags: TagRef[];
  /** Merge commits that count with their own message: none of the commits they bring in is conventional. */
  countedMerges: Set<Loaded>;
  /** The parent links, for what walks the graph. */
  graph: CommitGraph;
}

/**
 * One git log from `sha` back to the oldest previous stable release (of every component), each
 * commit parsed as git hands it over, while git reads the next ones. Of the tags in `lookFor`,
 * those met on the way are noted.
 */
export async function readHistory(repo: Repo, sha: string, states: readonly ScopeState[], lookFor: readonly TagRef[], config: ReleaseConfig): Promise<History> {
  const bases = states.map((s) => s.previousStable?.sha);
  const base = bases.every((b): b is string => b !== undefined) ? await commonAncestor(repo, [...new Set(bases)]) : undefined;
  const knownTypes = new Set(Object.keys(config.types));
  const loaded: Loaded[] = [];
  const warnings: ParseWarning[] = [];
  const tagged = lookFor.length > 0 ? new Set(lookFor.map((t) => t.sha)) : undefined;
  const reached = new Set<string>();
  const graph = new CommitGraph();
  await readLog(
    repo,
    sha,
    base === undefined ? [] : [base],
    states.some((s) => s.scope.matches),
    (commit) => {
      const parsed = parseCommit(commit, knownTypes);
      const position = loaded.length;
      loaded.push({ commit, parsed, position, reverts: parsed.entries.some((e) => e.reverts !== undefined) });
      graph.add(commit, position);
      if (tagged?.has(commit.sha)) reached.add(commit.sha);
      if (commit.parents.length <= 1 && parsed.warnings.length > 0) warnings.push(...parsed.warnings);
    },
  );
  graph.complete(loaded);
  return { loaded, warnings, reachedTags: lookFor.filter((t) => reached.has(t.sha)), countedMerges: attributeMerges(loaded, graph, sha), graph };
}

/** A commit every one of `shas` descends from (their merge base), or undefined when the clone has none. */
async function commonAncestor(repo: Repo, shas: readonly string[]): Promise<string | undefined> {
  if (shas.length === 1) return shas[0];
  return (await tryGit(repo, ['merge-base', '--octopus', '--end-of-options', ...shas]))?.trim() || undefined;
}

/**
 * Merge commits: the commits a merge brings in (reachable from its other parents, down to the
 * first-parent chain of `sha`) carry its pull request number; the merge
 * itself counts only when none of them is conventional (so nothing is counted twice). Returns
 * the merges that count.
 */
function attributeMerges(loaded: readonly Loaded[], graph: CommitGraph, sha: string): Set<Loaded> {
  const counted = new Set<Loaded>();
  if (graph.merges.length === 0) return counted;
  const mainLine = graph.firstParentChain(graph.positionOf(sha));
  for (const position of graph.merges) {
    const merge = loaded[position];
    if (merge === undefined) continue;
    const pr = /^Merge pull request #(\d+)/.exec(merge.commit.message)?.[1];
    const brought = graph.collect(graph.mergedParents(position), mainLine).map((at) => loaded[at]);
    const conventionalInside = brought.some((b) => b !== undefined && b.parsed.entries.length > 0);
    if (pr !== undefined) for (const b of brought) for (const e of b?.parsed.entries ?? []) e.pr ??= Number(pr);
    if (!conventionalInside && merge.parsed.entries.length > 0) counted.add(merge);
  }
  return counted;
}

/**
 * The history as positions (newest first) and parent links between them: the walks over it
 * (merges, ranges, what a prerelease shipped) mark positions instead of looking up commit ids.
 * Built as git hands the commits over: most commits' first parent is the next one.
 */
export class CommitGraph {
  private readonly positions = new Map<string, number>();
  /** The first parent's position; -1 for a root commit or one whose parent is outside the history. */
  private readonly firstParent: number[] = [];
  /** The further parents' positions of merge commits (-1 outside the history). */
  private readonly otherParents = new Map<number, number[]>();
  /** The merge commits' positions, newest first. */
  readonly merges: number[] = [];
  /** Commits whose first parent is not the commit after them, resolved by id once all are in. */
  private readonly unresolved: number[] = [];
  private last: RawCommit | undefined;

  /** The next commit git hands over, at `position`. */
  add(commit: RawCommit, position: number): void {
    this.positions.set(commit.sha, position);
    this.firstParent.push(-1);
    const before = this.last;
    if (before !== undefined && before.parents.length > 0) {
      if (before.parents[0] === commit.sha) this.firstParent[position - 1] = position;
      else this.unresolved.push(position - 1);
    }
    if (commit.parents.length > 1) this.merges.push(position);
    this.last = commit;
  }

  /** Links what could not be linked on the way, once every commit is in. */
  complete(loaded: readonly Loaded[]): void {
    const last = this.last;
    if (last !== undefined && last.parents.length > 0) this.unresolved.push(loaded.length - 1);
    for (const position of this.unresolved) this.firstParent[position] = this.positionOf(loaded[position]?.commit.parents[0]);
    for (const position of this.merges)
      this.otherParents.set(
        position,
        (loaded[position]?.commit.parents ?? []).slice(1).map((p) => this.positionOf(p)),
      );
  }

  /** The position of a commit; -1 when the history does not hold it. */
  positionOf(sha: string | undefined): number {
    return sha === undefined ? -1 : (this.positions.get(sha) ?? -1);
  }

  /** The positions of a merge commit's parents other than the first. */
  mergedParents(position: number): readonly number[] {
    return this.otherParents.get(position) ?? [];
  }

  /** Marks the first-parent chain from `start` (included). */
  firstParentChain(start: number): Uint8Array {
    const marks = new Uint8Array(this.firstParent.length);
    for (let at = start; at >= 0 && marks[at] === 0; at = this.firstParent[at] ?? -1) marks[at] = 1;
    return marks;
  }

  /** Marks the commits reachable from `start` (included). */
  reachable(start: number): Uint8Array {
    const marks = new Uint8Array(this.firstParent.length);
    this.walk([start], marks);
    return marks;
  }

  /** The positions reachable from `starts` (included) without going through what `stop` marks. */
  collect(starts: readonly number[], stop: Uint8Array): number[] {
    const marks = new Uint8Array(this.firstParent.length);
    const found: number[] = [];
    this.walk(starts, marks, stop, found);
    return found;
  }

  private walk(starts: readonly number[], marks: Uint8Array, stop?: Uint8Array, found?: number[]): void {
    const stack = [...starts];
    while (stack.length > 0) {
      const at = stack.pop() ?? -1;
      if (at < 0 || marks[at] === 1 || stop?.[at] === 1) continue;
      marks[at] = 1;
      found?.push(at);
      stack.push(this.firstParent[at] ?? -1);
      const others = this.otherParents.get(at);
      if (others !== undefined) stack.push(...others);
    }
  }
}
