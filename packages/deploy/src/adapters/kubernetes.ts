// The `kubernetes` adapter, through kubectl with argument arrays.
//
// - direct (no k8s-service): the Deployment's own rolling update (`kubectl set image`, then
//   `kubectl rollout status`), with the version recorded in an annotation; a restore sets the
//   recorded image of the target version back and waits for the rollout.
// - blue-green (k8s-service set): two Deployments, `<k8s-deployment>-blue` and `-green`; the
//   Service's selector label (k8s-slot-label: blue|green) picks the live one. The candidate rolls
//   out in the idle slot, is checked through the preview Service, then one selector patch moves
//   all traffic; a rollback patches the selector back.
//
// Both keep a coordination.k8s.io Lease as the target lock (k8s-lease), seen by every runner.
import { ConfigurationError } from '@devops-actions/toolkit';
import { CommandError, runChecked, runCommand, splitCommand, type CommandResult } from '../exec.ts';
import type { TargetLockOptions } from '../lock.ts';
import type { Adapter, Capabilities, Release, ShiftPlan, TargetLock } from '../types.ts';
import { serverReason, takeLease } from './kubernetes-lease.ts';
import { RollingUpdateAdapter } from './rolling.ts';
import { defineAdapter, option } from './define.ts';

export const VERSION_ANNOTATION = 'devops-actions.dev/version';
export const DEFAULT_SLOT_LABEL = 'devops-actions.dev/slot';
export const SLOTS = ['blue', 'green'] as const;
export type Slot = (typeof SLOTS)[number];

export interface KubernetesAdapterOptions {
  kubectl: string;
  deployment: string;
  container: string;
  /** The image with `{version}` where the version goes, e.g. `ghcr.io/acme/app:{version}`. */
  image: string;
  namespace?: string;
  context?: string;
  /** The Lease kept as the target lock, or undefined for none (`k8s-lease: off`). */
  lease: string | undefined;
  rolloutTimeoutMs: number;
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface KubernetesBlueGreenOptions extends KubernetesAdapterOptions {
  /** The Service that takes user traffic; its selector label `slotLabel` names the live slot. */
  service: string;
  slotLabel: string;
  /** A Service the adapter points at the candidate, reached at `previewUrl`. */
  previewService?: string;
  previewUrl?: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** DNS-1123 label: Namespaces, containers. */
function isLabel(text: string): boolean {
  return text.length <= 63 && DNS_LABEL.test(text);
}

/** DNS-1123 subdomain: Deployments, Leases. */
function isSubdomain(text: string, maxLength = 253): boolean {
  return text.length <= maxLength && text.split('.').every(isLabel);
}

/** DNS-1035 label: Services. */
function isServiceName(text: string): boolean {
  return text.length <= 63 && /^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(text);
}

/** A label key: an optional DNS subdomain prefix and `/`, then a name of letters, digits, `-_.`. */
function isLabelKey(text: string): boolean {
  const slash = text.lastIndexOf('/');
  const name = text.slice(slash + 1);
  if (slash >= 0 && !isSubdomain(text.slice(0, slash))) return false;
  return name.length <= 63 && /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(name);
}

export function isSlot(value: unknown): value is Slot {
  return SLOTS.includes(value as Slot);
}

function otherSlot(slot: Slot): Slot {
  return slot === 'blue' ? 'green' : 'blue';
}

function validate(options: KubernetesAdapterOptions): void {
  const rule = 'lower-case letters, digits and -';
  if (options.deployment === '') throw new ConfigurationError('k8s-deployment', 'is required with adapter: kubernetes', 'web');
  if (!isSubdomain(options.deployment))
    throw new ConfigurationError('k8s-deployment', `"${options.deployment}" is not a Deployment name (DNS-1123: ${rule}, dots between parts)`, 'web');
  if (!isLabel(options.container)) throw new ConfigurationError('k8s-container', `"${options.container}" is not a container name (DNS-1123: ${rule})`, 'web');
  if (!options.image.includes('{version}'))
    throw new ConfigurationError('k8s-image', 'must contain {version} where the version goes', 'ghcr.io/acme/web:{version}');
  if (options.namespace !== undefined && !isLabel(options.namespace))
    throw new ConfigurationError('k8s-namespace', `"${options.namespace}" is not a namespace (DNS-1123: ${rule})`, 'production');
  if (options.lease !== undefined && !isSubdomain(options.lease))
    throw new ConfigurationError('k8s-lease', `"${options.lease}" is not a Lease name (DNS-1123: ${rule}), nor off`, `${options.deployment}-deploy`);
}

interface DeploymentObject {
  metadata: { name: string; annotations?: Record<string, string> };
  spec: {
    replicas?: number;
    template: { metadata?: { labels?: Record<string, string> }; spec: { containers: { name: string; image?: string }[] } };
  };
}

interface ServiceObject {
  spec: { selector?: Record<string, string> };
}

/** kubectl with the configured context and namespace, argument arrays only. */
class Kubectl {
  private readonly base: string[];
  private readonly options: KubernetesAdapterOptions;

  constructor(options: KubernetesAdapterOptions) {
    this.options = options;
    this.base = [
      ...splitCommand('kubectl-command', options.kubectl),
      ...(options.context ? ['--context', options.context] : []),
      ...(options.namespace ? ['--namespace', options.namespace] : []),
    ];
  }

  private runOptions(input?: string) {
    return { cwd: this.options.cwd, env: this.options.env, timeoutMs: this.options.rolloutTimeoutMs + 30_000, input };
  }

  /** Never throws for a non-zero exit: the caller reads kubectl's `Error from server (Reason)`. */
  run(args: string[], input?: string): Promise<CommandResult> {
    return runCommand([...this.base, ...args], this.runOptions(input));
  }

  async checked(args: string[]): Promise<string> {
    return (await runChecked('kubectl', [...this.base, ...args], this.runOptions())).stdout;
  }

  /** The object as JSON, or undefined when it does not exist. */
  async get<T>(kind: string, name: string): Promise<T | undefined> {
    const result = await this.run(['get', kind, name, '-o', 'json']);
    if (result.code === 0) return JSON.parse(result.stdout) as T;
    if (serverReason(result) === 'NotFound') return undefined;
    const output = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).join('\n');
    throw new CommandError(`kubectl get ${kind} ${name} exited with code ${result.code}: ${output}`, result);
  }

  lock(options: TargetLockOptions): Promise<TargetLock> {
    const name = this.options.lease;
    // Without a Lease the lock file (and the workflow's concurrency group) is the only lock.
    if (name === undefined) return Promise.resolve({ release: () => Promise.resolve() });
    return takeLease({ name, namespace: this.options.namespace, kubectl: (args, input) => this.run(args, input) }, options);
  }
}

export class KubernetesAdapter extends RollingUpdateAdapter {
  readonly name = 'kubernetes';
  private readonly options: KubernetesAdapterOptions;
  private readonly kubectl: Kubectl;

  constructor(options: KubernetesAdapterOptions) {
    super();
    validate(options);
    this.options = options;
    this.kubectl = new Kubectl(options);
  }

  private target(): string {
    return `deployment/${this.options.deployment}`;
  }

  lockTarget(options: TargetLockOptions): Promise<TargetLock> {
    return this.kubectl.lock(options);
  }

  async current(): Promise<Release | undefined> {
    const out = await this.kubectl.checked(['get', this.target(), '-o', `jsonpath={.metadata.annotations.${VERSION_ANNOTATION.replace(/\./g, '\\.')}}`]);
    return out.trim() ? { version: out.trim() } : undefined;
  }

  protected async rollTo(version: string): Promise<void> {
    await this.kubectl.checked(['set', 'image', this.target(), `${this.options.container}=${this.options.image.replaceAll('{version}', version)}`]);
    await this.kubectl.checked(['annotate', '--overwrite', this.target(), `${VERSION_ANNOTATION}=${version}`]);
    await this.kubectl.checked(['rollout', 'status', this.target(), `--timeout=${Math.ceil(this.options.rolloutTimeoutMs / 1000)}s`]);
  }
}

export class KubernetesBlueGreenAdapter implements Adapter {
  readonly name = 'kubernetes';
  readonly capabilities: Capabilities = { weights: false, preview: true, keepPrevious: true, strategies: ['direct', 'blue-green'] };
  private readonly options: KubernetesBlueGreenOptions;
  private readonly kubectl: Kubectl;

  constructor(options: KubernetesBlueGreenOptions) {
    validate(options);
    // The slot Deployments are `<k8s-deployment>-green` at most.
    if (!isSubdomain(options.deployment, 253 - '-green'.length))
      throw new ConfigurationError('k8s-deployment', `"${options.deployment}" is too long to add -blue and -green to it`, 'web');
    if (!isServiceName(options.service))
      throw new ConfigurationError(
        'k8s-service',
        `"${options.service}" is not a Service name (DNS-1035: a lower-case letter, then letters, digits and -)`,
        'web',
      );
    if (!isLabelKey(options.slotLabel)) throw new ConfigurationError('k8s-slot-label', `"${options.slotLabel}" is not a label key`, DEFAULT_SLOT_LABEL);
    if (options.previewService !== undefined) {
      if (!isServiceName(options.previewService))
        throw new ConfigurationError('k8s-preview-service', `"${options.previewService}" is not a Service name (DNS-1035)`, `${options.service}-preview`);
      if (options.previewService === options.service)
        throw new ConfigurationError(
          'k8s-preview-service',
          'must differ from k8s-service: it shows the candidate before users see it',
          `${options.service}-preview`,
        );
    }
    if (options.previewUrl !== undefined) {
      if (options.previewService === undefined)
        throw new ConfigurationError(
          'k8s-preview-url',
          'needs k8s-preview-service: the URL reaches the candidate through that Service',
          `${options.service}-preview`,
        );
      let url: URL | undefined;
      try {
        url = new URL(options.previewUrl);
      } catch {
        url = undefined;
      }
      if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
        throw new ConfigurationError('k8s-preview-url', `"${options.previewUrl}" is not an http(s) URL`, 'https://preview.app.example.com');
    }
    this.options = options;
    this.kubectl = new Kubectl(options);
  }

  lockTarget(options: TargetLockOptions): Promise<TargetLock> {
    return this.kubectl.lock(options);
  }

  private deploymentName(slot: Slot): string {
    return `${this.options.deployment}-${slot}`;
  }

  private release(slot: Slot, version: string, preview: boolean): Release {
    const endpoint = preview && this.options.previewUrl !== undefined ? { url: this.options.previewUrl } : undefined;
    return endpoint ? { version, slot, endpoint } : { version, slot };
  }

  private where(): string {
    return this.options.namespace ? ` in namespace ${this.options.namespace}` : '';
  }

  private async deployment(slot: Slot): Promise<DeploymentObject> {
    const name = this.deploymentName(slot);
    const found = await this.kubectl.get<DeploymentObject>('deployment', name);
    if (found === undefined)
      throw new Error(
        `the Deployment ${name} does not exist${this.where()}: blue-green needs two Deployments, ${this.deploymentName('blue')} and ${this.deploymentName('green')}, whose pods carry the label ${this.options.slotLabel}: blue or green`,
      );
    // Without the label on its pods the Service would select nothing once it names this slot.
    if (found.spec.template.metadata?.labels?.[this.options.slotLabel] !== slot)
      throw new Error(`the pods of the Deployment ${name} do not carry the label ${this.options.slotLabel}: ${slot}, so the Service could not select them`);
    return found;
  }

  /** The slot the Service sends traffic to, or undefined before the first deploy. */
  private async liveSlot(): Promise<Slot | undefined> {
    const service = await this.kubectl.get<ServiceObject>('service', this.options.service);
    if (service === undefined) throw new Error(`the Service ${this.options.service} does not exist${this.where()} (k8s-service)`);
    const slot = service.spec.selector?.[this.options.slotLabel];
    return isSlot(slot) ? slot : undefined;
  }

  private imageOf(deployment: DeploymentObject): string | undefined {
    const container = deployment.spec.template.spec.containers.find((c) => c.name === this.options.container);
    if (container === undefined) throw new Error(`the Deployment ${deployment.metadata.name} has no container "${this.options.container}" (k8s-container)`);
    return container.image;
  }

  /** The version annotation, else the version read back out of the image by the k8s-image pattern. */
  private versionOf(deployment: DeploymentObject): string | undefined {
    const annotated = deployment.metadata.annotations?.[VERSION_ANNOTATION];
    if (annotated) return annotated;
    const [before = '', after = ''] = this.options.image.split('{version}');
    const image = this.imageOf(deployment) ?? '';
    if (image.length > before.length + after.length && image.startsWith(before) && image.endsWith(after))
      return image.slice(before.length, image.length - after.length);
    return undefined;
  }

  private async slotRunning(version: string): Promise<Slot | undefined> {
    for (const slot of SLOTS) if (this.versionOf(await this.deployment(slot)) === version) return slot;
    return undefined;
  }

  async current(): Promise<Release | undefined> {
    const live = await this.liveSlot();
    if (live === undefined) return undefined;
    const version = this.versionOf(await this.deployment(live));
    return version === undefined ? undefined : this.release(live, version, false);
  }

  /** Runs `version` in `slot` with `replicas` pods and waits for the rollout; each step is skipped when already done. */
  private async rollSlot(slot: Slot, version: string, replicas: number): Promise<void> {
    const name = this.deploymentName(slot);
    const deployment = await this.deployment(slot);
    const image = this.options.image.replaceAll('{version}', version);
    if (this.imageOf(deployment) !== image) await this.kubectl.checked(['set', 'image', `deployment/${name}`, `${this.options.container}=${image}`]);
    if (deployment.metadata.annotations?.[VERSION_ANNOTATION] !== version)
      await this.kubectl.checked(['annotate', '--overwrite', `deployment/${name}`, `${VERSION_ANNOTATION}=${version}`]);
    if ((deployment.spec.replicas ?? 1) !== replicas) await this.kubectl.checked(['scale', `deployment/${name}`, `--replicas=${replicas}`]);
    await this.kubectl.checked(['rollout', 'status', `deployment/${name}`, `--timeout=${Math.ceil(this.options.rolloutTimeoutMs / 1000)}s`]);
  }

  private async select(service: string, slot: Slot): Promise<void> {
    await this.kubectl.checked(['patch', 'service', service, '--type=merge', '-p', JSON.stringify({ spec: { selector: { [this.options.slotLabel]: slot } } })]);
  }

  async prepare(candidate: Release): Promise<Release> {
    const live = await this.liveSlot();
    const idle = live === undefined ? 'blue' : otherSlot(live);
    // As many pods as the live slot has, so the switch does not shrink capacity.
    const liveReplicas = live === undefined ? 0 : ((await this.deployment(live)).spec.replicas ?? 1);
    const ownReplicas = (await this.deployment(idle)).spec.replicas ?? 1;
    await this.rollSlot(idle, candidate.version, liveReplicas || ownReplicas || 1);
    if (this.options.previewService !== undefined) await this.select(this.options.previewService, idle);
    return this.release(idle, candidate.version, true);
  }

  async shift(weight: number, plan: ShiftPlan): Promise<void> {
    if (weight === 0) return;
    if (weight !== 100) throw new ConfigurationError('steps', `the kubernetes adapter moves traffic by Service selector and cannot send ${weight} %`, '100');
    const slot = plan.candidate.slot;
    if (!isSlot(slot)) throw new Error(`the candidate ${plan.candidate.version} has no slot; prepare it first`);
    await this.select(this.options.service, slot);
  }

  async restore(target: Release): Promise<void> {
    const slot = isSlot(target.slot) ? target.slot : await this.slotRunning(target.version);
    if (slot === undefined) throw new Error(`neither ${this.deploymentName('blue')} nor ${this.deploymentName('green')} runs ${target.version}`);
    await this.select(this.options.service, slot);
  }

  async ensureReady(release: Release): Promise<Release> {
    let slot = isSlot(release.slot) ? release.slot : await this.slotRunning(release.version);
    if (slot === undefined) {
      const live = await this.liveSlot();
      slot = live === undefined ? 'blue' : otherSlot(live);
    }
    // A slot scaled to 0 after an earlier switch comes back with as many pods as the other one.
    const own = (await this.deployment(slot)).spec.replicas ?? 1;
    const other = (await this.deployment(otherSlot(slot))).spec.replicas ?? 1;
    await this.rollSlot(slot, release.version, own || other || 1);
    return this.release(slot, release.version, false);
  }

  async cleanup(release: Release): Promise<void> {
    const slot = release.slot;
    if (!isSlot(slot) || (await this.liveSlot()) === slot) return; // never scale down the slot that serves traffic
    const deployment = await this.deployment(slot);
    if ((deployment.spec.replicas ?? 1) !== 0) await this.kubectl.checked(['scale', `deployment/${this.deploymentName(slot)}`, '--replicas=0']);
  }
}

export const kubernetesAdapter = defineAdapter(
  'kubernetes',
  {
    'kubectl-command': option.text('kubectl'),
    'k8s-deployment': option.text(),
    'k8s-container': option.optional(),
    'k8s-image': option.text(),
    'k8s-namespace': option.optional(),
    'k8s-context': option.optional(),
    'k8s-lease': option.optional(),
    'k8s-service': option.optional(),
    'k8s-slot-label': option.text(DEFAULT_SLOT_LABEL),
    'k8s-preview-service': option.optional(),
    'k8s-preview-url': option.optional(),
  },
  (o, { config, env }) => {
    const deployment = o['k8s-deployment'];
    const lease = o['k8s-lease'] ?? `${deployment}-deploy`;
    const options: KubernetesAdapterOptions = {
      kubectl: o['kubectl-command'],
      deployment,
      container: o['k8s-container'] ?? deployment,
      image: o['k8s-image'],
      namespace: o['k8s-namespace'],
      context: o['k8s-context'],
      lease: lease === 'off' ? undefined : lease,
      rolloutTimeoutMs: config.stepTimeoutMs,
      cwd: config.cwd,
      env,
    };
    const service = o['k8s-service'];
    if (service === undefined) {
      if (config.strategy === 'blue-green')
        throw new ConfigurationError(
          'k8s-service',
          'is required for strategy: blue-green (the Service whose selector picks the blue or green Deployment)',
          'web',
        );
      for (const key of ['k8s-preview-service', 'k8s-preview-url'] as const)
        if (o[key] !== undefined) throw new ConfigurationError(key, 'needs k8s-service: blue-green switches that Service between two Deployments', 'web');
      return new KubernetesAdapter(options);
    }
    return new KubernetesBlueGreenAdapter({
      ...options,
      service,
      slotLabel: o['k8s-slot-label'],
      previewService: o['k8s-preview-service'],
      previewUrl: o['k8s-preview-url'],
    });
  },
);
