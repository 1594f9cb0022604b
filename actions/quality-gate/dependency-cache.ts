// The dependency cache of the `run:` commands: the package manager's download cache, restored
// before the commands and saved after them, keyed on the lockfile's hash, through @actions/cache
// (imported only when there are commands to run and a lockfile to key on).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type * as CacheApi from '@actions/cache';

export interface Ecosystem {
  name: string;
  /** Lockfiles whose content keys the cache; the first that exists wins. */
  lockfiles: string[];
  /** What to cache: the package manager's download cache, not the installed tree. */
  paths: (home: string) => string[];
}

export const ECOSYSTEMS: readonly Ecosystem[] = [
  { name: 'npm', lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'], paths: (home) => [join(home, '.npm')] },
  { name: 'pnpm', lockfiles: ['pnpm-lock.yaml'], paths: (home) => [join(home, '.local', 'share', 'pnpm', 'store')] },
  { name: 'yarn', lockfiles: ['yarn.lock'], paths: (home) => [join(home, '.cache', 'yarn')] },
  { name: 'go', lockfiles: ['go.sum'], paths: (home) => [join(home, 'go', 'pkg', 'mod'), join(home, '.cache', 'go-build')] },
  {
    name: 'pip',
    lockfiles: ['poetry.lock', 'uv.lock', 'requirements.txt'],
    paths: (home) => [join(home, '.cache', 'pip'), join(home, '.cache', 'pypoetry'), join(home, '.cache', 'uv')],
  },
  { name: 'cargo', lockfiles: ['Cargo.lock'], paths: (home) => [join(home, '.cargo', 'registry'), join(home, '.cargo', 'git')] },
  { name: 'maven', lockfiles: ['pom.xml'], paths: (home) => [join(home, '.m2', 'repository')] },
  {
    name: 'gradle',
    lockfiles: ['gradle.lockfile', 'build.gradle.kts', 'build.gradle'],
    paths: (home) => [join(home, '.gradle', 'caches'), join(home, '.gradle', 'wrapper')],
  },
];

export interface DependencyCachePlan {
  ecosystem: string;
  lockfile: string;
  key: string;
  restoreKeys: string[];
  paths: string[];
}

/** What to cache for the checkout in `cwd`: each ecosystem whose lockfile is there. */
export function planDependencyCache(cwd: string, runnerOs = process.env.RUNNER_OS ?? process.platform, home = homedir()): DependencyCachePlan[] {
  const plans: DependencyCachePlan[] = [];
  for (const ecosystem of ECOSYSTEMS) {
    const lockfile = ecosystem.lockfiles.find((file) => existsSync(join(cwd, file)));
    if (!lockfile) continue;
    const hash = createHash('sha256')
      .update(readFileSync(join(cwd, lockfile)))
      .digest('hex')
      .slice(0, 32);
    const prefix = `quality-gate-deps-${runnerOs}-${ecosystem.name}-`;
    plans.push({ ecosystem: ecosystem.name, lockfile, key: `${prefix}${hash}`, restoreKeys: [prefix], paths: ecosystem.paths(home) });
  }
  return plans;
}

export interface DependencyCacheResult {
  ecosystem: string;
  /** The key restored from: exact, a fallback of the same ecosystem, or none. */
  restored?: string;
  exact: boolean;
}

type CacheModule = typeof CacheApi;

/** Restores each planned cache; never fails the step (a cache is an optimisation). */
export async function restoreDependencies(
  plans: readonly DependencyCachePlan[],
  log: (line: string) => void,
): Promise<{ cache?: CacheModule; results: DependencyCacheResult[] }> {
  if (plans.length === 0) return { results: [] };
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) {
    log('Dependency cache: the Actions cache is not available on this runner; the commands run without it.');
    return { results: [] };
  }
  const results: DependencyCacheResult[] = [];
  for (const plan of plans) {
    try {
      const restored = await cache.restoreCache(plan.paths, plan.key, plan.restoreKeys);
      results.push({ ecosystem: plan.ecosystem, ...(restored ? { restored } : {}), exact: restored === plan.key });
      log(
        restored
          ? `Dependency cache (${plan.ecosystem}): restored ${restored === plan.key ? 'the exact entry' : `${restored}, a fallback`} for ${plan.lockfile}`
          : `Dependency cache (${plan.ecosystem}): no entry yet for ${plan.lockfile}`,
      );
    } catch (error) {
      log(`Dependency cache (${plan.ecosystem}): could not restore: ${(error as Error).message}`);
      results.push({ ecosystem: plan.ecosystem, exact: false });
    }
  }
  return { cache, results };
}

/** Saves the caches that were not an exact hit, after the commands filled them. */
export async function saveDependencies(
  cache: CacheModule | undefined,
  plans: readonly DependencyCachePlan[],
  results: readonly DependencyCacheResult[],
  log: (line: string) => void,
): Promise<string[]> {
  if (!cache) return [];
  const saved: string[] = [];
  for (const plan of plans) {
    if (results.find((r) => r.ecosystem === plan.ecosystem)?.exact) continue;
    // The entry's version is derived from the paths, so save lists the same paths restore did.
    if (!plan.paths.some((p) => existsSync(p))) continue; // the commands did not use this package manager
    try {
      // saveCache reports most failures as a warning and returns -1 rather than throwing.
      if ((await cache.saveCache(plan.paths, plan.key)) === -1) {
        log(`Dependency cache (${plan.ecosystem}): not saved (see the warning above)`);
        continue;
      }
      saved.push(plan.ecosystem);
      log(`Dependency cache (${plan.ecosystem}): saved for ${plan.lockfile}`);
    } catch (error) {
      // Another job saved the same key first: that entry serves as well.
      log(`Dependency cache (${plan.ecosystem}): not saved: ${(error as Error).message}`);
    }
  }
  return saved;
}
