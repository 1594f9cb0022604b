// Workflow artifacts through @actions/artifact (the runner's results service to upload, the REST
// API to find and download): the JSON report for fork pull requests, and baselines as the durable
// fallback of the Actions cache. An artifact that cannot be written is a warning, never the verdict.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { annotate, createGitHubClient } from '@devops-actions/toolkit/runner';
import { baselineKey, parseBaseline, type Baseline, type BaselineStore } from '@devops-actions/quality';

interface Uploaded {
  id?: number;
  /** Already there from an earlier attempt of this run. */
  exists?: boolean;
  /** Why nothing was uploaded. */
  problem?: string;
}

const NO_SERVICE = 'this job has no artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset)';

async function uploadFile(name: string, file: string, retentionDays: number, log: (line: string) => void): Promise<Uploaded> {
  // A runner job has the results service; a container step or a local runner may not.
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) return { problem: NO_SERVICE };
  const { DefaultArtifactClient } = await import('@actions/artifact');
  try {
    const { id } = await new DefaultArtifactClient().uploadArtifact(name, [file], dirname(file), { retentionDays });
    log(`Uploaded the artifact ${name} (id ${id ?? 'unknown'})`);
    return { id };
  } catch (error) {
    const message = (error as Error).message;
    // A re-run of the same job finds the artifact of its first attempt: that one stands.
    if (/already exists|\(409\)/i.test(message)) return { exists: true };
    return { problem: message };
  }
}

/** Uploads the JSON report; returns the artifact id (if any) and a sentence for the summary. */
export async function uploadReport(name: string, file: string, log: (line: string) => void): Promise<{ id?: number; note: string }> {
  const uploaded = await uploadFile(name, file, 7, log);
  if (uploaded.id !== undefined) return { id: uploaded.id, note: `Uploaded the report as the artifact \`${name}\`.` };
  if (uploaded.exists) return { note: `The report artifact \`${name}\` already exists in this run (a re-run); it was left as it is.` };
  const note =
    uploaded.problem === NO_SERVICE
      ? `The report was not uploaded as an artifact: ${NO_SERVICE}; upload \`${file}\` with actions/upload-artifact instead.`
      : `Could not upload the report artifact \`${name}\`: ${uploaded.problem ?? 'unknown error'}.`;
  annotate('warning', `quality-gate: ${note}`);
  return { note };
}

export interface ArtifactStoreOptions {
  token: string;
  owner: string;
  repo: string;
  tempDir: string;
  log: (line: string) => void;
}

/**
 * Baselines as artifacts named `quality-gate-baseline-<sha>` (kept 90 days): saved by the push
 * run, found by name through the REST API (`actions: read`) and downloaded on a pull request.
 */
export function artifactBaselineStore(options: ArtifactStoreOptions): BaselineStore {
  const dir = join(options.tempDir, 'quality-gate-baseline-artifact');
  return {
    description: 'workflow artifacts',
    async load(commit: string): Promise<Baseline | undefined> {
      if (!options.token) return undefined;
      const name = baselineKey(commit);
      try {
        const client = await createGitHubClient(options.token);
        const { data } = await client.rest.actions.listArtifactsForRepo({ owner: options.owner, repo: options.repo, name, per_page: 10 });
        const artifact = data.artifacts.find((a) => !a.expired && a.workflow_run?.id !== undefined);
        if (!artifact?.workflow_run?.id) return undefined;
        await rm(dir, { recursive: true, force: true });
        const { DefaultArtifactClient } = await import('@actions/artifact');
        await new DefaultArtifactClient().downloadArtifact(artifact.id, {
          path: dir,
          findBy: { token: options.token, workflowRunId: artifact.workflow_run.id, repositoryOwner: options.owner, repositoryName: options.repo },
        });
        const baseline = parseBaseline(await readFile(join(dir, `${name}.json`), 'utf8'));
        return baseline?.commit === commit ? baseline : undefined;
      } catch (error) {
        options.log(`Could not read the baseline artifact of ${commit.slice(0, 12)}: ${(error as Error).message}`);
        return undefined;
      }
    },
    async save(baseline: Baseline): Promise<void> {
      const name = baselineKey(baseline.commit);
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      const file = join(dir, `${name}.json`);
      await writeFile(file, JSON.stringify(baseline));
      const uploaded = await uploadFile(name, file, 90, options.log);
      if (uploaded.problem !== undefined) throw new Error(uploaded.problem);
    },
  };
}

/** The first store that has a baseline answers; a baseline is saved in every store (one failing is enough to note). */
export function fallbackStore(first: BaselineStore, second: BaselineStore): BaselineStore {
  return {
    get description() {
      return `${first.description}, with ${second.description} as the fallback`;
    },
    async load(commit: string) {
      return (await first.load(commit)) ?? (await second.load(commit));
    },
    async save(baseline: Baseline) {
      // One after the other: the cache and the artifact client each tar or zip and upload at once.
      const results = [await settle(first.save(baseline)), await settle(second.save(baseline))];
      const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [`${[first, second][i]?.description}: ${(r.reason as Error).message}`] : []));
      if (failed.length === 2) throw new Error(failed.join('; '));
      if (failed.length === 1) throw new PartialSaveError(failed[0] ?? '');
    },
  };
}

function settle(promise: Promise<void>): Promise<PromiseSettledResult<void>> {
  return promise.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );
}

/** Saved in one store, not in the other. */
export class PartialSaveError extends Error {
  override readonly name = 'PartialSaveError';
}
