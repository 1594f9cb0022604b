// `devops-actions deploy --config FILE`: the deploy action's engine from a local config file
// (YAML, the action's input names as keys), with the same state file, lock and rollback.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { COMMON_USAGE, EXIT, UsageError, checkFormat, parseCommandArgs, type Command } from '../command.ts';

const USAGE = `Usage: devops-actions deploy --config FILE [--strategy direct|blue-green|canary] [--action deploy|rollback|promote] [--version V]

Deploys with the configuration in FILE (YAML; keys are the deploy action's inputs, e.g.
adapter, version, url, version-from, nginx-slots, analysis). Exit code 0 when promoted (or rolled
back on request), 1 when the deploy was rolled back or failed, 2 for a configuration error.

Options:
  --config FILE      the deploy configuration (required)
  --strategy NAME    overrides strategy in FILE
  --action NAME      deploy (default), rollback or promote
  --version V        overrides version in FILE
${COMMON_USAGE}`;

export const command: Command = {
  name: 'deploy',
  summary: 'blue-green, canary or direct deploy with verified rollback (--config FILE)',
  usage: USAGE,
  async run(args, context) {
    const { values } = parseCommandArgs(args, {
      config: { type: 'string' },
      strategy: { type: 'string' },
      action: { type: 'string' },
      version: { type: 'string' },
    });
    if (values.help) {
      context.stdout(USAGE);
      return EXIT.ok;
    }
    const format = checkFormat(values.format, ['text', 'json', 'markdown']);
    if (!values.config) throw new UsageError('--config: a deploy configuration file is required (for example: --config deploy.yml)');
    const cwd = resolve(context.cwd, values.cwd ?? '.');
    const file = resolve(cwd, values.config);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`--config: cannot read ${values.config}: ${(error as Error).message}`);
    }
    const { parse } = await import('yaml');
    let raw: unknown;
    try {
      raw = parse(text);
    } catch (error) {
      throw new UsageError(`--config: ${values.config} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError(`--config: ${values.config} must be a mapping of settings`);
    const config = { ...(raw as Record<string, unknown>) };
    if (values.strategy) config.strategy = values.strategy;
    if (values.action) config.action = values.action;
    if (values.version) config.version = values.version;
    const { prepareEngine, DeployFailure, LockedError } = await import('@devops-actions/deploy');
    const log = (message: string) => {
      if (!values.quiet && format === 'text') context.stderr(`${message}\n`);
    };
    const { engine, config: parsed } = prepareEngine(config, {
      context: { cwd: dirname(file), defaultStateDir: join(cwd, '.deploy-state') },
      env: context.env,
      owner: `cli pid ${process.pid}`,
      logger: { info: log, warn: log },
    });
    let result;
    try {
      result = await engine.run();
    } catch (error) {
      if (error instanceof DeployFailure || error instanceof LockedError) {
        context.stderr(`devops-actions deploy: ${error.message}\n`);
        return EXIT.findings;
      }
      throw error;
    }
    const report = {
      status: result.status,
      version: result.version,
      previousVersion: result.previousVersion ?? null,
      rolledBack: result.rolledBack,
      servingVersion: result.servingVersion ?? null,
      noop: result.noop,
      reason: result.reason ?? null,
      rungs: result.rungs,
      timeline: result.timeline.map((e) => ({
        at: e.at,
        phase: e.phase,
        ...(e.weight === undefined ? {} : { weight: e.weight }),
        result: e.result,
        detail: e.detail,
        durationMs: e.durationMs,
      })),
    };
    let out: string;
    if (format === 'json') out = JSON.stringify(report, null, 2) + '\n';
    else if (format === 'markdown') {
      out = `## Deploy ${result.version} to ${parsed.environment}: ${result.status}\n\n| time | phase | weight | result | detail |\n| --- | --- | --- | --- | --- |\n${result.timeline
        .map((e) => `| ${e.at.slice(11, 19)} | ${e.phase} | ${e.weight ?? ''} | ${e.result} | ${(e.detail ?? '').replace(/\|/g, '\\|')} |`)
        .join('\n')}\n`;
    } else {
      out = `${result.status}: ${result.version}${result.previousVersion ? ` (previous ${result.previousVersion})` : ''}${result.noop ? ', already deployed' : ''}${result.reason && result.status !== 'promoted' ? `\n  ${result.reason}` : ''}\n`;
    }
    if (values.output) writeFileSync(resolve(cwd, values.output), out);
    else if (!values.quiet || format !== 'text') context.stdout(out);
    const ok = result.status === 'promoted' || result.status === 'paused' || (parsed.action === 'rollback' && result.status === 'rolled-back');
    return ok ? EXIT.ok : EXIT.findings;
  },
};
