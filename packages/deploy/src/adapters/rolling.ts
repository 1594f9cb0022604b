// What the adapters that update one target in place share (kubernetes, fly): the platform replaces
// instances itself, so a deploy and a rollback are the same rolling update to a version, there is
// no candidate to check beforehand and nothing to clean up. `direct` only.
import { ConfigurationError } from '@devops-actions/toolkit';
import type { Adapter, Capabilities, Release } from '../types.ts';

export abstract class RollingUpdateAdapter implements Adapter {
  abstract readonly name: string;
  readonly capabilities: Capabilities = { weights: false, preview: false, keepPrevious: false, strategies: ['direct'] };

  abstract current(): Promise<Release | undefined>;
  /** Updates the target to `version` and returns once it runs it (idempotent). */
  protected abstract rollTo(version: string): Promise<void>;

  prepare(candidate: Release): Promise<Release> {
    return Promise.resolve(candidate);
  }

  async shift(weight: number, plan: { candidate: Release }): Promise<void> {
    if (weight === 0) return;
    if (weight !== 100) throw new ConfigurationError('steps', `the ${this.name} adapter (direct) cannot send ${weight} % of traffic`, '100');
    await this.rollTo(plan.candidate.version);
  }

  async restore(target: Release): Promise<void> {
    await this.rollTo(target.version);
  }

  ensureReady(release: Release): Promise<Release> {
    return Promise.resolve(release);
  }

  cleanup(): Promise<void> {
    return Promise.resolve();
  }
}
