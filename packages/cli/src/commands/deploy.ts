// `devops-actions deploy --config FILE`: the deploy action's engine from a local config file
// (YAML, the action's input names as keys), with the same state file, lock and rollback.
import { dirname, join } from 'node:path';
import { COMMON_USAGE, EXIT, UsageError, checkFormat, emitReport, parseCommandArgs, workDir, type Command } from '../command.ts';

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
    const cwd = workDir(context, values.cwd);
    const { readConfigFile } = await import('@devops-actions/toolkit/config');
    const file = readConfigFile(cwd, values.config, 'deploy.yml', '--config');
    const deploy = await import('@devops-actions/deploy');
    const settings = deploy.readConfigFileSettings(file.text, values.config, { strategy: values.strategy, action: values.action, version: values.version });
    const log = (message: string) => {
      if (!values.quiet && format === 'text') context.stderr(`${message}\n`);
    };
    const { engine, config } = deploy.prepareEngine(settings.raw, {
      // Paths in the file are relative to the file.
      context: { cwd: dirname(file.path), defaultStateDir: join(cwd, '.deploy-state'), locate: settings.locate },
      env: context.env,
      owner: `cli pid ${process.pid}`,
      logger: { info: log, warn: log },
    });
    let result;
    try {
      result = await engine.run();
    } catch (error) {
      // A deploy that could not be done (the target held, nothing to roll back) is a failed deploy: exit 1.
      if (error instanceof deploy.DeployFailure || error instanceof deploy.LockedError) {
        context.stderr(`devops-actions deploy: ${error.message}\n`);
        return EXIT.findings;
      }
      throw error;
    }
    const report = deploy.reportContext(config);
    const text =
      format === 'json'
        ? JSON.stringify(deploy.toJson(result, report), null, 2) + '\n'
        : format === 'markdown'
          ? deploy.toMarkdown(result, report)
          : deploy.toText(result);
    emitReport(context, { cwd, output: values.output, quiet: values.quiet, format }, text);
    return deploy.succeeded(result, config.action) ? EXIT.ok : EXIT.findings;
  },
};
