// The deploy state machine: lock, recover an unfinished deploy, prepare the candidate, check it
// on its own address, move traffic step by step (settle, then analyse), promote, drain, clean
// up. Any failure after a change walks the rollback ladder once: previous version (checked
// first, re-provisioned if dead), then last known good, then the healthiest target.
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigurationError, isConfigurationError } from '@devops-actions/toolkit';
import { runInterval, type AnalysisContext, type Measurement } from './analysis.ts';
import type { DeployConfig } from './config.ts';
import { runCommand, splitCommand } from './exec.ts';
import { acquireLock, describeHolder, waitForTarget, type TargetLockOptions } from './lock.ts';
import { StateStore, stateFiles, type DeployState } from './state.ts';
import {
  silentLogger,
  type Adapter,
  type DeployResult,
  type DeployStatus,
  type Endpoint,
  type IntervalResult,
  type Logger,
  type ProgressEvent,
  type Release,
  type RungOutcome,
  type TimelineEntry,
  type Verifier,
} from './types.ts';

export interface EngineDeps {
  adapter: Adapter;
  verifier: Verifier;
  /** Who runs this deploy (run id and attempt): written into the lock and the state file. */
  owner: string;
  logger?: Logger;
  onProgress?: (event: ProgressEvent) => void;
  /** Called after every state write (the action mirrors it into GITHUB_STATE). */
  onState?: (state: DeployState) => void;
  /** The environment for `on-rollback-failure` and adapter commands. */
  env?: Record<string, string | undefined>;
  /** Aborts the deploy from outside (cancellation); a rollback follows. */
  signal?: AbortSignal;
}

class Timeline {
  readonly entries: TimelineEntry[];
  private readonly onChange: () => void;

  constructor(entries: TimelineEntry[], onChange: () => void) {
    this.entries = entries;
    this.onChange = onChange;
  }

  add(entry: Omit<TimelineEntry, 'at'> & { at?: string }): void {
    this.entries.push({ at: new Date().toISOString(), ...entry });
    this.onChange();
  }

  async run<T>(phase: string, weight: number | undefined, work: () => Promise<T>, describe?: (value: T) => string): Promise<T> {
    const at = new Date().toISOString();
    const started = performance.now();
    try {
      const value = await work();
      this.entries.push({ at, phase, weight, result: 'ok', detail: describe?.(value), durationMs: Math.round(performance.now() - started) });
      return value;
    } catch (error) {
      this.entries.push({ at, phase, weight, result: 'failed', detail: (error as Error).message, durationMs: Math.round(performance.now() - started) });
      throw error;
    } finally {
      this.onChange();
    }
  }
}

/** A failure that asks for a rollback (a failed check, settle, analysis, command or timeout). */
export class DeployFailure extends Error {
  override readonly name = 'DeployFailure';
}

class Paused extends Error {
  override readonly name = 'Paused';
}

function newDeploymentId(): string {
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export class DeployEngine {
  private readonly config: DeployConfig;
  private readonly deps: EngineDeps;
  private readonly logger: Logger;
  private readonly store: StateStore;
  private readonly files: ReturnType<typeof stateFiles>;
  private timeline!: Timeline;
  private state!: DeployState;
  private dryRun: string[] = [];

  constructor(config: DeployConfig, deps: EngineDeps) {
    this.config = config;
    this.deps = deps;
    this.logger = deps.logger ?? silentLogger;
    this.files = stateFiles(config);
    this.store = new StateStore(this.files.state, deps.onState);
  }

  get stateFile(): string {
    return this.files.state;
  }

  private progress(phase: string, description: string, weight?: number): void {
    this.logger.info(`${phase}${weight === undefined ? '' : ` (${weight} %)`}: ${description}`);
    this.deps.onProgress?.({ phase, weight, description });
  }

  private save(): void {
    this.store.save(this.state);
  }

  /**
   * The local lock file, then the target's own lock where the adapter has one (a Lease), else
   * its in-progress check. The post step skips the in-progress check: what it finds running
   * there may be its own main step's change, which it has come to undo.
   */
  private async lock(checkBusy = true): Promise<{ waitedMs: number; release(): Promise<void> }> {
    const options: TargetLockOptions = {
      owner: this.deps.owner,
      leaseMs: this.config.lock.leaseMs,
      mode: this.config.lock.mode,
      waitTimeoutMs: this.config.lock.timeoutMs,
      signal: this.deps.signal,
    };
    const file = await acquireLock({
      ...options,
      path: this.files.lock,
      onWait: (holder) => this.progress('lock', `waiting for the target lock held by ${describeHolder(holder)}`),
    });
    const started = Date.now();
    const { adapter } = this.deps;
    const busy = checkBusy ? adapter.busy?.bind(adapter) : undefined;
    const onWait = (holder: string): void => this.progress('lock', `waiting for the target: ${holder}`);
    try {
      const target = adapter.lockTarget ? await adapter.lockTarget({ ...options, onWait }) : undefined;
      if (target === undefined && busy) await waitForTarget(busy, { ...options, onWait });
      return {
        waitedMs: file.waitedMs + Date.now() - started,
        async release() {
          try {
            await target?.release();
          } finally {
            file.release();
          }
        },
      };
    } catch (error) {
      file.release();
      throw error;
    }
  }

  private publicEndpoint(): Endpoint | undefined {
    return this.config.publicUrl === undefined ? undefined : { url: this.config.publicUrl };
  }

  private result(status: DeployStatus, extra: Partial<DeployResult> = {}): DeployResult {
    return {
      status,
      version: this.state.candidate.version,
      previousVersion: this.state.previous?.version,
      rolledBack: status === 'rolled-back',
      servingVersion: status === 'promoted' || status === 'paused' ? this.state.candidate.version : this.state.previous?.version,
      noop: false,
      reason: this.state.reason,
      rungs: [],
      timeline: this.timeline.entries,
      dryRun: this.dryRun,
      deploymentId: this.state.deploymentId,
      ...extra,
    };
  }

  /** Runs the configured action (deploy, rollback or promote) under the target lock. */
  async run(): Promise<DeployResult> {
    const pre: TimelineEntry[] = [];
    this.timeline = new Timeline(pre, () => undefined);
    const lock = await this.timeline.run(
      'lock',
      undefined,
      () => this.lock(),
      (l) => (l.waitedMs > 50 ? `waited ${Math.round(l.waitedMs / 100) / 10} s` : 'free'),
    );
    try {
      const prior = this.store.load();
      if (this.config.action === 'rollback') return await this.rollbackAction(prior, pre);
      if (this.config.action === 'promote') return await this.promoteAction(prior, pre);
      return await this.deploy(prior, pre);
    } finally {
      await lock.release();
    }
  }

  /** The post step: undoes a deploy that its main step left unfinished (cancelled, crashed, killed). */
  async recover(): Promise<DeployResult | undefined> {
    const pre: TimelineEntry[] = [];
    this.timeline = new Timeline(pre, () => undefined);
    const prior = this.store.load();
    if (prior === undefined || (prior.status !== 'in-progress' && prior.status !== 'rolling-back')) return undefined;
    const lock = await this.timeline.run('lock', undefined, () => this.lock(false));
    try {
      const again = this.store.load();
      if (again === undefined || (again.status !== 'in-progress' && again.status !== 'rolling-back')) return undefined;
      this.adopt(again, pre);
      return await this.rollBack('the deploy was interrupted (cancelled, timed out or the runner stopped) before it finished');
    } finally {
      await lock.release();
    }
  }

  private adopt(state: DeployState, pre: TimelineEntry[]): void {
    this.state = state;
    this.state.timeline.push(...pre);
    this.timeline = new Timeline(this.state.timeline, () => this.save());
  }

  private fresh(candidate: Release, previous: Release | undefined, prior: DeployState | undefined, pre: TimelineEntry[]): void {
    const history = [...(prior?.history ?? [])];
    this.state = {
      schema: 1,
      target: this.config.environment,
      deploymentId: newDeploymentId(),
      owner: this.deps.owner,
      status: 'in-progress',
      strategy: this.config.strategy,
      candidate,
      previous,
      weight: 0,
      intent: undefined,
      history,
      timeline: [...pre],
      updatedAt: '',
    };
    this.timeline = new Timeline(this.state.timeline, () => this.save());
    this.save();
  }

  private checkCapabilities(): void {
    const caps = this.deps.adapter.capabilities;
    if (!caps.strategies.includes(this.config.strategy)) {
      throw new ConfigurationError(
        'strategy',
        `the ${this.deps.adapter.name} adapter cannot do ${this.config.strategy} deploys; it supports ${caps.strategies.join(', ')}`,
        caps.strategies[0],
      );
    }
    if (this.config.strategy === 'canary' && !caps.weights) {
      const partial = this.config.steps.filter((s) => s < 100);
      if (partial.length > 0)
        throw new ConfigurationError(
          'steps',
          `the ${this.deps.adapter.name} adapter cannot split traffic by weight, so canary steps ${partial.join(', ')} are impossible`,
          '100',
        );
    }
  }

  private async deploy(prior: DeployState | undefined, pre: TimelineEntry[]): Promise<DeployResult> {
    const { adapter } = this.deps;
    const version = this.config.version ?? '';
    // Validate against the adapter before anything changes.
    try {
      this.checkCapabilities();
    } catch (error) {
      this.timeline = new Timeline(pre, () => undefined);
      throw error;
    }
    if (prior && (prior.status === 'in-progress' || prior.status === 'rolling-back' || prior.status === 'paused')) {
      // An unfinished deploy: undo it first, then start this one from a known state.
      this.adopt(prior, pre);
      this.progress(
        'recover',
        `an earlier deploy of ${prior.candidate.version} was left ${prior.status}; restoring ${prior.previous?.version ?? 'the previous state'} first`,
      );
      const undone = await this.rollBack(`superseded by a new deploy of ${version} before it finished`);
      if (undone.status === 'failed') return undone;
      pre = [...this.state.timeline];
      prior = this.store.load();
    }
    const current = await adapter.current();
    const recorded = prior?.status === 'promoted' ? prior.candidate : undefined;
    if (current?.version === version || (current === undefined && recorded?.version === version)) {
      // A re-run of a deploy that already succeeded: nothing to do.
      const check = this.publicEndpoint() ? await this.deps.verifier.check(this.publicEndpoint() as Endpoint, version) : { ok: true };
      if (check.ok) {
        pre.push({ at: new Date().toISOString(), phase: 'noop', result: 'info', detail: `${version} already serves ${this.config.environment}` });
        return {
          status: 'promoted',
          version,
          previousVersion: prior?.candidate.version === version ? prior.previous?.version : undefined,
          rolledBack: false,
          servingVersion: version,
          noop: true,
          rungs: [],
          timeline: pre,
          dryRun: [],
          deploymentId: prior?.deploymentId ?? newDeploymentId(),
        };
      }
    }
    const previous = current ?? recorded;
    this.fresh({ version }, previous, prior, pre);
    this.progress('start', `deploying ${version} (${this.config.strategy}) over ${previous?.version ?? 'nothing (first deploy)'}`);
    const total = AbortSignal.timeout(this.config.timeoutMs);
    const signal = this.deps.signal ? AbortSignal.any([total, this.deps.signal]) : total;
    try {
      await this.forward(signal);
      return await this.finishPromotion();
    } catch (error) {
      if (error instanceof Paused) {
        this.state.status = 'paused';
        this.state.reason = error.message;
        this.save();
        this.progress('pause', error.message, this.state.weight);
        return this.result('paused', { servingVersion: undefined });
      }
      if (isConfigurationError(error) && this.state.weight === 0 && this.state.intent === undefined && this.state.candidate.slot === undefined) {
        this.state.status = 'failed';
        this.save();
        throw error;
      }
      const reason = this.reasonOf(error, total);
      return this.rollBack(reason);
    }
  }

  private reasonOf(error: unknown, total: AbortSignal): string {
    if (total.aborted) return `the deploy took longer than its timeout of ${Math.round(this.config.timeoutMs / 1000)} s`;
    if (this.deps.signal?.aborted) return 'the deploy was cancelled';
    if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError')
      return `a step took longer than step-timeout (${Math.round(this.config.stepTimeoutMs / 1000)} s)`;
    return (error as Error).message;
  }

  private stepSignal(signal: AbortSignal): AbortSignal {
    return AbortSignal.any([signal, AbortSignal.timeout(this.config.stepTimeoutMs)]);
  }

  private async forward(signal: AbortSignal): Promise<void> {
    const { adapter, verifier } = this.deps;
    const previous = this.state.previous;
    this.progress('prepare', `starting ${this.state.candidate.version} without traffic`);
    const candidate = await this.timeline.run(
      'prepare',
      0,
      () => this.store.record(this.state, { action: 'prepare', version: this.state.candidate.version }, () => adapter.prepare(this.state.candidate, previous)),
      (r) => (r.slot ? `running in ${r.slot}` : 'ready'),
    );
    this.state.candidate = candidate;
    this.save();
    signal.throwIfAborted();
    if (adapter.capabilities.preview && candidate.endpoint) {
      this.progress('verify-candidate', `checking ${candidate.version} on its own address`);
      const settled = await this.timeline.run('verify-candidate', 0, async () => {
        const outcome = await verifier.settle(candidate.endpoint as Endpoint, candidate.version, {
          mode: 'consecutive',
          times: this.config.settle.times,
          timeoutMs: this.config.readyTimeoutMs,
          intervalMs: this.config.settle.intervalMs,
          signal: this.stepSignal(signal),
        });
        if (!outcome.ok)
          throw new DeployFailure(`the candidate ${candidate.version} failed its checks on its own address before any traffic moved: ${outcome.reason}`);
        return outcome;
      });
      void settled;
    }
    let failures = 0;
    for (const weight of this.config.steps) {
      signal.throwIfAborted();
      this.progress('shift', `sending ${weight} % of traffic to ${candidate.version}`, weight);
      await this.timeline.run('shift', weight, () =>
        this.store.record(this.state, { action: 'shift', weight }, () => adapter.shift(weight, { candidate, previous })),
      );
      await this.settle(candidate.version, weight === 100 || previous === undefined ? 'consecutive' : 'seen', weight, signal);
      failures = await this.analyse(candidate, weight, failures, signal);
    }
  }

  private async settle(version: string, mode: 'consecutive' | 'seen', weight: number | undefined, signal: AbortSignal | undefined): Promise<void> {
    const endpoint = this.publicEndpoint();
    if (endpoint === undefined) return;
    await this.timeline.run(
      'settle',
      weight,
      async () => {
        const outcome = await this.deps.verifier.settle(endpoint, version, {
          mode,
          times: this.config.settle.times,
          timeoutMs: this.config.settle.timeoutMs,
          intervalMs: this.config.settle.intervalMs,
          signal: signal ? this.stepSignal(signal) : undefined,
        });
        if (!outcome.ok) throw new DeployFailure(`traffic did not settle on ${version}: ${outcome.reason}`);
        return outcome;
      },
      (o) => `${version} served ${mode === 'seen' ? 'at least once' : `${this.config.settle.times} times in a row`} after ${o.attempts} checks`,
    );
  }

  private async analyse(candidate: Release, weight: number, failuresBefore: number, signal: AbortSignal): Promise<number> {
    const { analysis } = this.config;
    if (analysis.sources.length === 0) return 0;
    const context: AnalysisContext = {
      candidate,
      weight,
      publicEndpoint: this.publicEndpoint(),
      verifier: this.deps.verifier,
      windowMs: analysis.intervalMs,
      minRequests: analysis.minRequests,
      maxErrorRate: analysis.maxErrorRate,
      signal,
    };
    for (const source of analysis.sources) await source.begin?.(context);
    let failures = failuresBefore;
    const results: IntervalResult[] = [];
    for (let i = 0; i < analysis.count; i++) {
      const at = new Date().toISOString();
      const started = performance.now();
      const { result, measurements } = await runInterval(analysis.sources, context);
      results.push(result);
      this.timeline.add({ at, phase: 'analysis', weight, result, detail: describe(measurements), durationMs: Math.round(performance.now() - started) });
      this.progress('analysis', `interval ${i + 1}/${analysis.count}: ${result}`, weight);
      failures = result === 'fail' ? failures + 1 : 0;
      if (failures >= analysis.failureLimit) {
        const why = `analysis failed at ${weight} % (${failures} failing interval${failures === 1 ? '' : 's'} in a row, failure-limit ${analysis.failureLimit}): ${describe(measurements)}`;
        if (analysis.mode === 'dry-run') {
          this.dryRun.push(`would have rolled back: ${why}`);
          failures = 0;
          continue;
        }
        throw new DeployFailure(why);
      }
    }
    if (!results.includes('pass') && !results.includes('fail')) {
      const why = `analysis was inconclusive at ${weight} %`;
      if (analysis.mode === 'dry-run') {
        if (analysis.onInconclusive !== 'promote') this.dryRun.push(`would have ${analysis.onInconclusive === 'pause' ? 'paused' : 'rolled back'}: ${why}`);
      } else if (analysis.onInconclusive === 'pause') {
        throw new Paused(`${why}: needs a decision (re-run with action: promote or action: rollback)`);
      } else if (analysis.onInconclusive === 'rollback') {
        throw new DeployFailure(`${why} and on-inconclusive is rollback`);
      }
    }
    return failures;
  }

  private async finishPromotion(): Promise<DeployResult> {
    const { adapter } = this.deps;
    const { candidate, previous } = this.state;
    this.state.status = 'promoted';
    this.state.history = [
      { version: candidate.version, slot: candidate.slot, at: new Date().toISOString() },
      ...this.state.history.filter((h) => h.version !== candidate.version),
    ].slice(0, 20);
    this.save();
    this.progress('promote', `${candidate.version} serves all traffic`, 100);
    this.timeline.add({ phase: 'promote', weight: 100, result: 'ok', detail: `${candidate.version} promoted` });
    if (previous && previous.slot !== candidate.slot && (previous.slot !== undefined || adapter.capabilities.keepPrevious)) {
      if (this.config.keepPreviousMs > 0 && adapter.capabilities.keepPrevious) {
        this.timeline.add({
          phase: 'keep-previous',
          result: 'info',
          detail: `${previous.version} stays up in ${previous.slot ?? 'its slot'} for an instant rollback`,
        });
      } else {
        await this.timeline.run('drain', undefined, () => sleep(this.config.drainMs));
        await this.timeline
          .run('cleanup', undefined, () => this.store.record(this.state, { action: 'cleanup', version: previous.version }, () => adapter.cleanup(previous)))
          .catch((error: unknown) => this.logger.warn(`could not stop ${previous.version}: ${(error as Error).message}`));
      }
    }
    return this.result('promoted');
  }

  /**
   * The rollback ladder. Each rung is tried once, in order; the ladder never loops.
   * 1. the previous version: checked directly, re-provisioned with ensureReady when dead, then traffic moves back;
   * 2. the last known good from the target's history;
   * 3. traffic left on the healthiest target, `on-rollback-failure` run, status failed naming every rung.
   */
  private async rollBack(reason: string): Promise<DeployResult> {
    const { adapter, verifier } = this.deps;
    this.state.status = 'rolling-back';
    this.state.reason = reason;
    this.save();
    this.progress('rollback', reason);
    const candidate = this.state.candidate;
    const rungs: RungOutcome[] = [];
    const nothingMoved = this.state.weight === 0 && (this.state.intent === undefined || this.state.intent.action === 'prepare');

    const tryRung = async (rung: RungOutcome['rung'], target: Release): Promise<boolean> => {
      try {
        await this.timeline.run(`rollback:${rung}`, 0, async () => {
          let ready = target;
          const check = target.endpoint ? await verifier.check(target.endpoint, target.version) : undefined;
          if (check === undefined || !check.ok) {
            if (check) this.progress('rollback', `${target.version} does not answer (${check.error}); re-provisioning it before moving traffic back`);
            ready = await this.store.record(this.state, { action: 'ensure-ready', version: target.version }, () => adapter.ensureReady(target));
            if (ready.endpoint) {
              const again = await verifier.settle(ready.endpoint, ready.version, {
                mode: 'consecutive',
                times: this.config.settle.times,
                timeoutMs: this.config.readyTimeoutMs,
                intervalMs: this.config.settle.intervalMs,
              });
              if (!again.ok) throw new Error(`${ready.version} could not be brought back: ${again.reason}`);
            }
          }
          await this.store.record(this.state, { action: 'restore', version: ready.version }, () => adapter.restore(ready, candidate));
          this.state.weight = 0;
          await this.settle(ready.version, 'consecutive', 0, undefined);
          return ready;
        });
        rungs.push({ rung, version: target.version, ok: true, detail: `traffic is back on ${target.version}` });
        return true;
      } catch (error) {
        rungs.push({ rung, version: target.version, ok: false, detail: (error as Error).message });
        return false;
      }
    };

    let restored: Release | undefined;
    const previous = this.state.previous;
    if (nothingMoved && previous !== undefined) {
      rungs.push({ rung: 'previous', version: previous.version, ok: true, detail: `no traffic had moved; ${previous.version} still serves` });
      this.timeline.add({ phase: 'rollback:previous', weight: 0, result: 'ok', detail: `no traffic had moved to ${candidate.version}` });
      restored = previous;
    } else if (previous !== undefined && previous.version !== candidate.version) {
      if (await tryRung('previous', previous)) restored = previous;
    } else {
      rungs.push({ rung: 'previous', ok: false, detail: 'there is no previous version (first deploy)' });
    }
    if (restored === undefined) {
      const known = [...this.state.history, ...((await adapter.history?.().catch(() => [])) ?? []).map((r) => ({ version: r.version, slot: r.slot, at: '' }))];
      const good = known.find((h) => h.version !== candidate.version && h.version !== previous?.version);
      if (good === undefined) {
        rungs.push({ rung: 'last-known-good', ok: false, detail: 'no other known good version in the history' });
      } else {
        const slot = previous?.slot ?? good.slot;
        const target: Release = { version: good.version, slot: slot === candidate.slot ? good.slot : slot };
        if (await tryRung('last-known-good', target)) restored = target;
      }
    }
    if (restored !== undefined) {
      this.state.status = 'rolled-back';
      this.save();
      if (candidate.slot !== undefined && candidate.slot !== restored.slot) {
        await this.timeline
          .run('cleanup', undefined, () => this.store.record(this.state, { action: 'cleanup', version: candidate.version }, () => adapter.cleanup(candidate)))
          .catch((error: unknown) => this.logger.warn(`could not stop ${candidate.version}: ${(error as Error).message}`));
      }
      this.progress('rolled-back', `${restored.version} serves ${this.config.environment} again: ${reason}`);
      return { ...this.result('rolled-back', { rungs, servingVersion: restored.version }), previousVersion: previous?.version };
    }
    // Rung 3: leave traffic where it does the least harm.
    const healthiest = await this.healthiest([previous, candidate]);
    if (healthiest !== undefined) {
      try {
        if (healthiest.version === candidate.version) await adapter.shift(100, { candidate, previous });
        else await adapter.restore(healthiest, candidate);
        rungs.push({ rung: 'healthiest', version: healthiest.version, ok: true, detail: `traffic left on ${healthiest.version}, the healthiest target` });
      } catch (error) {
        rungs.push({ rung: 'healthiest', version: healthiest.version, ok: false, detail: (error as Error).message });
      }
    } else {
      rungs.push({ rung: 'healthiest', ok: false, detail: 'no target answered its health check; traffic left as it is' });
    }
    const hook = await this.onRollbackFailure(rungs);
    this.state.status = 'failed';
    this.state.reason = `${reason}; the rollback failed: ${rungs.map((r) => `${r.rung}${r.version ? ` (${r.version})` : ''}: ${r.detail}`).join('; ')}${hook ? `; ${hook}` : ''}`;
    this.save();
    this.timeline.add({ phase: 'rollback-failed', result: 'failed', detail: this.state.reason });
    return {
      ...this.result('failed', { rungs, servingVersion: rungs.find((r) => r.rung === 'healthiest' && r.ok)?.version }),
      previousVersion: previous?.version,
    };
  }

  private async healthiest(candidates: (Release | undefined)[]): Promise<Release | undefined> {
    for (const release of candidates) {
      if (release?.endpoint === undefined) continue;
      const check = await this.deps.verifier.check(release.endpoint, release.version);
      if (check.ok) return release;
    }
    return undefined;
  }

  private async onRollbackFailure(rungs: RungOutcome[]): Promise<string | undefined> {
    const text = this.config.onRollbackFailure;
    if (text === undefined) return undefined;
    const vars = {
      DEPLOY_ENVIRONMENT: this.config.environment,
      DEPLOY_VERSION: this.state.candidate.version,
      DEPLOY_PREVIOUS_VERSION: this.state.previous?.version ?? '',
      DEPLOY_ROLLBACK_RUNGS: rungs.map((r) => `${r.rung}:${r.ok ? 'ok' : 'failed'}`).join(','),
    };
    try {
      const result = await runCommand(splitCommand('on-rollback-failure', text, vars), {
        cwd: this.config.cwd,
        env: { ...this.deps.env, ...vars },
        timeoutMs: 300_000,
      });
      this.timeline.add({ phase: 'on-rollback-failure', result: result.code === 0 ? 'ok' : 'failed', detail: `exit code ${result.code}` });
      return `on-rollback-failure exited with ${result.code}`;
    } catch (error) {
      this.timeline.add({ phase: 'on-rollback-failure', result: 'failed', detail: (error as Error).message });
      return `on-rollback-failure: ${(error as Error).message}`;
    }
  }

  /** `action: rollback`: the fast path back to the version before the current one (or the one named). */
  private async rollbackAction(prior: DeployState | undefined, pre: TimelineEntry[]): Promise<DeployResult> {
    const current = await this.deps.adapter.current();
    const currentVersion = current?.version ?? prior?.candidate.version;
    if (currentVersion === undefined) throw new DeployFailure('nothing is deployed to roll back from');
    let target: Release | undefined;
    if (this.config.version !== undefined && this.config.version !== currentVersion) {
      const known = prior?.previous?.version === this.config.version ? prior.previous : prior?.history.find((h) => h.version === this.config.version);
      target = { version: this.config.version, slot: known?.slot };
    } else if (prior?.status === 'promoted' || prior?.status === 'paused') {
      target = prior.previous;
    } else {
      const older = prior?.history.find((h) => h.version !== currentVersion);
      target = older ? { version: older.version, slot: older.slot } : undefined;
    }
    if (target === undefined) throw new DeployFailure(`no earlier version of ${this.config.environment} is recorded to roll back to`);
    this.fresh({ ...(current ?? { version: currentVersion }) }, target, prior, pre);
    this.state.weight = 100;
    this.save();
    const result = await this.rollBack(`rollback asked for (action: rollback) from ${currentVersion} to ${target.version}`);
    if (result.status === 'rolled-back') {
      this.state.history = [
        { version: target.version, slot: target.slot, at: new Date().toISOString() },
        ...this.state.history.filter((h) => h.version !== target.version),
      ];
      this.save();
    }
    return { ...result, version: target.version, previousVersion: currentVersion };
  }

  /** `action: promote`: finishes a paused canary. */
  private async promoteAction(prior: DeployState | undefined, pre: TimelineEntry[]): Promise<DeployResult> {
    if (prior?.status !== 'paused')
      throw new DeployFailure(`there is no paused deploy of ${this.config.environment} to promote (state: ${prior?.status ?? 'none'})`);
    this.adopt(prior, pre);
    this.state.status = 'in-progress';
    this.save();
    const { candidate, previous } = this.state;
    try {
      await this.timeline.run('shift', 100, () =>
        this.store.record(this.state, { action: 'shift', weight: 100 }, () => this.deps.adapter.shift(100, { candidate, previous })),
      );
      await this.settle(candidate.version, 'consecutive', 100, undefined);
      return await this.finishPromotion();
    } catch (error) {
      return this.rollBack((error as Error).message);
    }
  }
}

function describe(measurements: Measurement[]): string {
  return measurements.map((m) => `${m.source}: ${m.result} (${m.detail})`).join('; ');
}
