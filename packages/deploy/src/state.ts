// The write-ahead state file. Every change to the target is recorded here BEFORE it is made,
// so a re-run, the post step after a cancellation, or a timeout knows what may be half-done
// and can finish or undo it. Writes are atomic (temp file + rename).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DeployStatus, Release, Strategy, TimelineEntry } from './types.ts';

export type StateStatus = 'in-progress' | 'rolling-back' | DeployStatus;

export interface Intent {
  action: 'prepare' | 'shift' | 'restore' | 'ensure-ready' | 'cleanup' | 'promote';
  weight?: number;
  version?: string;
  at: string;
}

export interface DeployState {
  schema: 1;
  target: string;
  deploymentId: string;
  /** Who wrote it (run id and attempt), so the post step knows the state is its own. */
  owner: string;
  status: StateStatus;
  strategy: Strategy;
  candidate: Release;
  previous: Release | undefined;
  /** The candidate's share of traffic as last applied (0 to 100). */
  weight: number;
  /** The change being made now; cleared once it is done. */
  intent: Intent | undefined;
  /** Promoted versions, newest first: the last known good for the rollback ladder. */
  history: { version: string; slot?: string; at: string }[];
  timeline: TimelineEntry[];
  reason?: string;
  updatedAt: string;
}

export class StateStore {
  readonly path: string;
  private readonly onSave: ((state: DeployState) => void) | undefined;

  constructor(path: string, onSave?: (state: DeployState) => void) {
    this.path = path;
    this.onSave = onSave;
  }

  load(): DeployState | undefined {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    try {
      const state = JSON.parse(text) as DeployState;
      if (state.schema !== 1) throw new Error(`unknown schema ${String(state.schema)}`);
      return state;
    } catch (error) {
      throw new Error(`the deploy state file ${this.path} is not readable (${(error as Error).message}); move it away to start afresh`, { cause: error });
    }
  }

  save(state: DeployState): void {
    state.updatedAt = new Date().toISOString();
    mkdirSync(dirname(this.path), { recursive: true });
    const temp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(state, null, 2) + '\n');
    renameSync(temp, this.path);
    this.onSave?.(state);
  }

  /** Records an intent, then runs the change, then clears the intent: the write-ahead pattern. */
  async record<T>(state: DeployState, intent: Omit<Intent, 'at'>, change: () => Promise<T>): Promise<T> {
    state.intent = { ...intent, at: new Date().toISOString() };
    this.save(state);
    let result: T;
    try {
      result = await change();
    } catch (error) {
      // A change the adapter refused and undid (nginx -t failed) leaves nothing half-done.
      if ((error as { unchanged?: boolean }).unchanged === true) {
        state.intent = undefined;
        this.save(state);
      }
      throw error;
    }
    state.intent = undefined;
    if (intent.action === 'shift' && intent.weight !== undefined) state.weight = intent.weight;
    this.save(state);
    return result;
  }
}

/** The files of one environment's target in the state dir: the state file, the lock file, and the nginx adapter's slot record. */
export function stateFiles(config: { stateDir: string; environment: string }): { state: string; lock: string; slots: string } {
  return {
    state: join(config.stateDir, `${config.environment}.deploy-state.json`),
    lock: join(config.stateDir, `${config.environment}.deploy.lock`),
    slots: join(config.stateDir, `${config.environment}.slots.json`),
  };
}
