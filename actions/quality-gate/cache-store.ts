// Baselines in the Actions cache, one entry per commit (`quality-gate-baseline-<sha>`).
// @actions/cache is heavy: it is imported only when a baseline is restored or saved.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { baselineKey, parseBaseline, type Baseline, type BaselineStore } from '@devops-actions/quality';

export function actionsCacheStore(tempDir: string, log: (message: string) => void): BaselineStore {
  // The cache ties an entry to its paths, so saving and restoring use the same folder.
  const dir = join(tempDir, 'quality-gate-baseline');
  const file = join(dir, 'baseline.json');
  let available: boolean | undefined;
  const cache = async () => {
    const module = await import('@actions/cache');
    available ??= module.isFeatureAvailable();
    return available ? module : undefined;
  };
  return {
    get description() {
      return available === false ? 'the Actions cache, which is not available on this runner' : 'the Actions cache';
    },
    async load(commit: string): Promise<Baseline | undefined> {
      const c = await cache();
      if (!c) return undefined;
      await rm(dir, { recursive: true, force: true });
      try {
        const hit = await c.restoreCache([dir], baselineKey(commit));
        if (!hit) return undefined;
        return parseBaseline(await readFile(file, 'utf8'));
      } catch (error) {
        log(`Could not restore the baseline of ${commit.slice(0, 12)}: ${(error as Error).message}`);
        return undefined;
      }
    },
    async save(baseline: Baseline): Promise<void> {
      const c = await cache();
      if (!c) throw new Error('the Actions cache is not available on this runner');
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      await writeFile(file, JSON.stringify(baseline));
      try {
        // saveCache reports most failures (an entry already there included) as -1, not as an error.
        if ((await c.saveCache([dir], baselineKey(baseline.commit))) === -1)
          throw new Error('the Actions cache did not store it (an entry for this commit may already be there)');
      } catch (error) {
        // A re-run of the same commit finds the entry already there: that is the same baseline.
        if ((error as Error).name === 'ReserveCacheError') log(`The baseline of ${baseline.commit.slice(0, 12)} is already saved`);
        else throw error;
      }
    },
  };
}
