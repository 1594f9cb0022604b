// The base branch's figures, saved on pushes to the default branch and keyed by commit, so a
// pull request compares with its exact merge base and never with the moving tip.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tryGit, type RepoLike } from '@devops-actions/git';

export const BASELINE_VERSION = 1;

export interface Baseline {
  version: typeof BASELINE_VERSION;
  commit: string;
  createdAt: string;
  coverage?: {
    covered: number;
    total: number;
    /** Per file: covered and missed lines as ranges ("1-4,9"), or totals only. */
    files: Record<string, { covered: number; total: number; hit?: string; missed?: string }>;
  };
  tests?: { total: number; passed: number; failed: number; skipped: number };
  /** Finding fingerprints and how often each occurs. */
  findings?: Record<string, number>;
  metrics?: Record<string, number>;
}

/**
 * Where baselines live. The action uses the Actions cache (`cacheStore` in the action);
 * `DirectoryBaselineStore` keeps them in a folder: for self-hosted runners with a persistent
 * disk, the command line, and tests.
 */
export interface BaselineStore {
  /** A few words for the log and summary: "Actions cache", "directory /var/cache/qg". */
  readonly description: string;
  load(commit: string): Promise<Baseline | undefined>;
  save(baseline: Baseline): Promise<void>;
}

export function baselineKey(commit: string): string {
  return `quality-gate-baseline-${commit}`;
}

export function parseBaseline(text: string): Baseline | undefined {
  try {
    const data = JSON.parse(text) as Baseline;
    return data.version === BASELINE_VERSION && typeof data.commit === 'string' ? data : undefined;
  } catch {
    return undefined;
  }
}

export class DirectoryBaselineStore implements BaselineStore {
  readonly dir: string;
  readonly description: string;

  constructor(dir: string) {
    this.dir = dir;
    this.description = `directory ${dir}`;
  }

  async load(commit: string): Promise<Baseline | undefined> {
    try {
      return parseBaseline(await readFile(join(this.dir, `${baselineKey(commit)}.json`), 'utf8'));
    } catch {
      return undefined;
    }
  }

  async save(baseline: Baseline): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = join(this.dir, `${baselineKey(baseline.commit)}.json`);
    await writeFile(`${file}.tmp`, JSON.stringify(baseline));
    await rename(`${file}.tmp`, file);
  }
}

export interface BaselineLookup {
  baseline?: Baseline;
  /** The commit whose baseline was used. */
  commit?: string;
  /** How many first-parent commits before the merge base were tried. */
  stepsBack: number;
  tried: number;
  note: string;
}

/** Looks for the merge base's baseline, then walks back first-parent commits, up to `maxWalk`. */
export async function findBaseline(store: BaselineStore, repo: RepoLike, mergeBase: string, maxWalk: number): Promise<BaselineLookup> {
  const listing = await tryGit(repo, ['rev-list', '--first-parent', `--max-count=${maxWalk + 1}`, '--end-of-options', mergeBase]);
  const commits = (listing ?? mergeBase).split('\n').filter((c) => c !== '');
  for (const [index, commit] of commits.entries()) {
    const baseline = await store.load(commit);
    if (baseline) {
      const note =
        index === 0
          ? `baseline of the merge base ${commit.slice(0, 12)}`
          : `no baseline for the merge base ${mergeBase.slice(0, 12)}; used ${commit.slice(0, 12)}, ${index} first-parent commit${index === 1 ? '' : 's'} before it`;
      return { baseline, commit, stepsBack: index, tried: index + 1, note };
    }
  }
  return {
    stepsBack: commits.length,
    tried: commits.length,
    note: `no baseline found for the merge base ${mergeBase.slice(0, 12)} nor the ${Math.max(commits.length - 1, 0)} first-parent commits before it (${store.description}); base comparisons are skipped`,
  };
}
