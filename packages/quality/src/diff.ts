// The merge base a pull request is measured against, found in the checkout (fetching the base
// and deepening a shallow clone through the shared git layer), and line ranges as baselines keep them.
import { branchTip, ensureCommit, mergeBase, type FetchPolicy, type MergeBase, type Repo } from '@devops-actions/git';

/**
 * The merge base of HEAD with `base` (the PR event's base.sha, or a ref such as `origin/main`);
 * when that commit cannot be had (a force-pushed base), the tip of `baseBranch` stands in.
 */
export async function findMergeBase(repo: Repo, base: string, baseBranch: string | undefined, policy: FetchPolicy): Promise<MergeBase> {
  return mergeBase(repo, await baseCommit(repo, base, baseBranch, policy), 'HEAD', policy);
}

async function baseCommit(repo: Repo, base: string, baseBranch: string | undefined, policy: FetchPolicy): Promise<string> {
  try {
    return await ensureCommit(repo, base, policy);
  } catch (error) {
    // The error naming the base commit says more than one about its branch.
    const tip = baseBranch === undefined ? undefined : await branchTip(repo, baseBranch, policy);
    if (tip === undefined) throw error;
    return tip;
  }
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
