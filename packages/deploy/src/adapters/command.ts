// The `command` adapter: the user's own deploy, rollback and status commands, run with argument
// arrays. The versions travel as environment variables (DEPLOY_VERSION, DEPLOY_PREVIOUS_VERSION,
// DEPLOY_ENVIRONMENT), never spliced into a shell line.
import { ConfigurationError } from '@devops-actions/toolkit';
import { runChecked, splitCommand } from '../exec.ts';
import type { Adapter, Capabilities, Release, ShiftPlan } from '../types.ts';
import { defineAdapter, option } from './define.ts';

export interface CommandAdapterOptions {
  deployCommand: string;
  rollbackCommand?: string;
  statusCommand?: string;
  environment: string;
  cwd: string;
  env: Record<string, string | undefined>;
  timeoutMs: number;
}

export class CommandAdapter implements Adapter {
  readonly name = 'command';
  readonly capabilities: Capabilities = { weights: false, preview: false, keepPrevious: false, strategies: ['direct'] };
  private readonly options: CommandAdapterOptions;

  constructor(options: CommandAdapterOptions) {
    if (options.deployCommand === '') throw new ConfigurationError('deploy-command', 'is required with adapter: command', './scripts/deploy.sh');
    // Parse now, so a shell operator is refused before anything runs.
    splitCommand('deploy-command', options.deployCommand);
    if (options.rollbackCommand) splitCommand('rollback-command', options.rollbackCommand);
    if (options.statusCommand) splitCommand('status-command', options.statusCommand);
    this.options = options;
  }

  private vars(version: string, previous: string | undefined): Record<string, string> {
    return { DEPLOY_VERSION: version, DEPLOY_PREVIOUS_VERSION: previous ?? '', DEPLOY_ENVIRONMENT: this.options.environment };
  }

  private async run(subject: string, text: string, vars: Record<string, string>): Promise<string> {
    const argv = splitCommand(subject, text, vars);
    const result = await runChecked(subject, argv, { cwd: this.options.cwd, env: { ...this.options.env, ...vars }, timeoutMs: this.options.timeoutMs });
    return result.stdout;
  }

  async current(): Promise<Release | undefined> {
    if (!this.options.statusCommand) return undefined;
    const out = (await this.run('status-command', this.options.statusCommand, { DEPLOY_ENVIRONMENT: this.options.environment }))
      .trim()
      .split('\n')
      .at(-1)
      ?.trim();
    return out ? { version: out } : undefined;
  }

  prepare(candidate: Release): Promise<Release> {
    return Promise.resolve(candidate);
  }

  async shift(weight: number, plan: ShiftPlan): Promise<void> {
    if (weight === 0) return;
    if (weight !== 100) throw new ConfigurationError('steps', `the command adapter cannot send ${weight} % of traffic`, '100');
    await this.run('deploy-command', this.options.deployCommand, this.vars(plan.candidate.version, plan.previous?.version));
  }

  async restore(target: Release, from: Release | undefined): Promise<void> {
    const vars = { ...this.vars(target.version, from?.version), DEPLOY_ROLLBACK: 'true' };
    if (this.options.rollbackCommand) await this.run('rollback-command', this.options.rollbackCommand, vars);
    else await this.run('deploy-command', this.options.deployCommand, vars);
  }

  ensureReady(release: Release): Promise<Release> {
    // Restoring redeploys the version, which brings it back whatever state it was in.
    return Promise.resolve(release);
  }

  cleanup(): Promise<void> {
    return Promise.resolve();
  }
}

export const commandAdapter = defineAdapter(
  'command',
  {
    'deploy-command': option.text(),
    'rollback-command': option.optional(),
    'status-command': option.optional(),
  },
  (o, { config, env }) =>
    new CommandAdapter({
      deployCommand: o['deploy-command'],
      rollbackCommand: o['rollback-command'],
      statusCommand: o['status-command'],
      environment: config.environment,
      cwd: config.cwd,
      env,
      timeoutMs: config.stepTimeoutMs,
    }),
);
