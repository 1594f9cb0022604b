// What the main step and the post step share: the engine configuration from the inputs, and
// the GitHub deployment and its statuses.
import { join } from 'node:path';
import { annotate, info, withPermission, type GitHubClient, type InputValues } from '@devops-actions/toolkit/runner';
import type { spec } from './spec.ts';
import { ACTION_ONLY } from './spec.ts';

const warn = (message: string) => annotate('warning', message);

export type Inputs = InputValues<typeof spec.inputs>;

export function engineConfig(inputs: Inputs): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const [name, value] of Object.entries(inputs)) {
    if (ACTION_ONLY.has(name) || value === undefined || value === '') continue;
    raw[name] = String(value);
  }
  return raw;
}

export function runtime(env: NodeJS.ProcessEnv = process.env) {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  return {
    workspace,
    // The job and runner too: legs of one matrix share the run and attempt, and each must hold the lock on its own.
    owner: `run ${env.GITHUB_RUN_ID ?? 'local'} attempt ${env.GITHUB_RUN_ATTEMPT ?? '1'}${env.GITHUB_JOB ? ` job ${env.GITHUB_JOB}` : ''}${env.RUNNER_NAME ? ` on ${env.RUNNER_NAME}` : ''}`,
    defaultStateDir: join(workspace, '.deploy-state'),
    temp: env.RUNNER_TEMP || workspace,
  };
}

/** GitHub Deployments: one deployment per deploy, statuses as it goes. Failures here never stop a deploy. */
export class Deployments {
  private readonly client: GitHubClient;
  private readonly owner: string;
  private readonly repo: string;
  private chain: Promise<void> = Promise.resolve();
  id: number | undefined;

  constructor(client: GitHubClient, repository: string, id?: number) {
    this.client = client;
    [this.owner, this.repo] = repository.split('/') as [string, string];
    this.id = id;
  }

  /** Before anything changes: a missing permission names the way to deploy without the record. */
  open(mode: 'create' | 'use-existing', options: { ref: string; sha: string; environment: string; version: string }): Promise<number> {
    return withPermission('deployments: write', () => this.openDeployment(mode, options), {
      reason: 'or set github-deployment: off to deploy without a GitHub deployment',
    });
  }

  private async openDeployment(mode: 'create' | 'use-existing', options: { ref: string; sha: string; environment: string; version: string }): Promise<number> {
    if (mode === 'use-existing') {
      const { data } = await this.client.rest.repos.listDeployments({
        owner: this.owner,
        repo: this.repo,
        environment: options.environment,
        sha: options.sha || undefined,
        per_page: 10,
      });
      const found = [...data].sort((a, b) => b.id - a.id)[0];
      if (found) {
        this.id = found.id;
        return found.id;
      }
      info(`no deployment of ${options.environment} exists for ${options.sha || options.ref}; creating one`);
    }
    this.id = await this.create(options.sha || options.ref, options.environment, options.version, `deploy ${options.version}`);
    return this.id;
  }

  private async create(ref: string, environment: string, version: string, description: string): Promise<number> {
    const response = await this.client.rest.repos.createDeployment({
      owner: this.owner,
      repo: this.repo,
      ref,
      environment,
      auto_merge: false,
      required_contexts: [],
      description: description.slice(0, 140),
      payload: { version },
      production_environment: environment === 'production' ? true : undefined,
    });
    if (response.status !== 201 || !('id' in response.data)) throw new Error(`GitHub did not create the deployment: ${JSON.stringify(response.data)}`);
    return response.data.id;
  }

  status(state: 'in_progress' | 'success' | 'failure' | 'error' | 'inactive', description: string, environmentUrl?: string, id = this.id): Promise<void> {
    if (id === undefined) return Promise.resolve();
    this.chain = this.chain
      .then(async () => {
        await this.client.rest.repos.createDeploymentStatus({
          owner: this.owner,
          repo: this.repo,
          deployment_id: id,
          state,
          description: description.slice(0, 140),
          environment_url: environmentUrl,
          auto_inactive: true,
        });
      })
      .catch((error: unknown) => warn(`could not record the deployment status ${state}: ${(error as Error).message}`));
    return this.chain;
  }

  /** After a rollback: a deployment for the restored version, marked success. */
  async restored(ref: string, environment: string, version: string, environmentUrl?: string): Promise<void> {
    await this.chain;
    try {
      const { data } = await this.client.rest.repos.listDeployments({ owner: this.owner, repo: this.repo, environment, per_page: 30 });
      const earlier = data.find((d) => (d.payload as { version?: string } | null)?.version === version);
      const id = await this.create(earlier?.sha ?? ref, environment, version, `restored ${version} by rollback`);
      await this.status('success', `${version} restored by rollback`, environmentUrl, id);
    } catch (error) {
      warn(`could not record the restored deployment: ${(error as Error).message}`);
    }
  }

  settled(): Promise<void> {
    return this.chain;
  }
}
