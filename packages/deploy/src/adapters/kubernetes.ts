// The `kubernetes` adapter, through kubectl with argument arrays: `direct` is the Deployment's
// own rolling update (`kubectl set image`, then `kubectl rollout status`), with the version
// recorded in an annotation; a restore sets the recorded image of the target version back and
// waits for the rollout (or `kubectl rollout undo` when no image is known).
import { ConfigurationError } from '@devops-actions/toolkit';
import { runChecked, splitCommand } from '../exec.ts';
import type { Release } from '../types.ts';
import { RollingUpdateAdapter } from './rolling.ts';

export const VERSION_ANNOTATION = 'devops-actions.dev/version';

export interface KubernetesAdapterOptions {
  kubectl: string;
  deployment: string;
  container: string;
  /** The image with `{version}` where the version goes, e.g. `ghcr.io/acme/app:{version}`. */
  image: string;
  namespace?: string;
  context?: string;
  rolloutTimeoutMs: number;
  cwd: string;
  env: Record<string, string | undefined>;
}

const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

export class KubernetesAdapter extends RollingUpdateAdapter {
  readonly name = 'kubernetes';
  private readonly options: KubernetesAdapterOptions;
  private readonly base: string[];

  constructor(options: KubernetesAdapterOptions) {
    super();
    if (!NAME.test(options.deployment)) throw new ConfigurationError('k8s-deployment', `"${options.deployment}" is not a Deployment name`, 'web');
    if (!NAME.test(options.container)) throw new ConfigurationError('k8s-container', `"${options.container}" is not a container name`, 'web');
    if (!options.image.includes('{version}'))
      throw new ConfigurationError('k8s-image', 'must contain {version} where the version goes', 'ghcr.io/acme/web:{version}');
    if (options.namespace !== undefined && !NAME.test(options.namespace))
      throw new ConfigurationError('k8s-namespace', `"${options.namespace}" is not a namespace`, 'production');
    this.options = options;
    this.base = [
      ...splitCommand('kubectl-command', options.kubectl),
      ...(options.context ? ['--context', options.context] : []),
      ...(options.namespace ? ['--namespace', options.namespace] : []),
    ];
  }

  private kubectl(args: string[]): Promise<string> {
    return runChecked('kubectl', [...this.base, ...args], {
      cwd: this.options.cwd,
      env: this.options.env,
      timeoutMs: this.options.rolloutTimeoutMs + 30_000,
    }).then((r) => r.stdout);
  }

  private target(): string {
    return `deployment/${this.options.deployment}`;
  }

  async current(): Promise<Release | undefined> {
    const out = await this.kubectl(['get', this.target(), '-o', `jsonpath={.metadata.annotations.${VERSION_ANNOTATION.replace(/\./g, '\\.')}}`]);
    return out.trim() ? { version: out.trim() } : undefined;
  }

  protected async rollTo(version: string): Promise<void> {
    await this.kubectl(['set', 'image', this.target(), `${this.options.container}=${this.options.image.replaceAll('{version}', version)}`]);
    await this.kubectl(['annotate', '--overwrite', this.target(), `${VERSION_ANNOTATION}=${version}`]);
    await this.kubectl(['rollout', 'status', this.target(), `--timeout=${Math.ceil(this.options.rolloutTimeoutMs / 1000)}s`]);
  }
}
