// `devops-actions smoke URL... | --config FILE`: the smoke-test action's checks from a terminal.
import { CHECK_OPTIONS } from '@devops-actions/probe/check-keys';
import { checkFormat, COMMON_USAGE, emitReport, EXIT, parseCommandArgs, UsageError, workDir, type Command } from '../command.ts';

const USAGE = `Usage: devops-actions smoke URL... [options]
       devops-actions smoke --config smoke-test.yml [options]

Checks a running service: readiness, status and content, version, latency percentiles
against budgets, TLS certificate and security headers. Needs network access to the URLs.

Check options (for URL checks; the same keys work in smoke-test.yml):
${CHECK_OPTIONS.map(({ flag, option }) => `  ${`--${flag} ${option.value}`.padEnd(26)} ${option.help}`).join('\n')}
  --parallel N               checks at a time (default 50)

${COMMON_USAGE}
Formats: text (default), json (the report shape in CLI.md), markdown.
`;

const OPTIONS = {
  config: { type: 'string' },
  parallel: { type: 'string' },
  ...Object.fromEntries(CHECK_OPTIONS.map(({ flag, option }) => [flag, { type: 'string', multiple: option.repeat !== undefined }] as const)),
} as const;

/** `--expect-json '$.status=ok'`: a path and the value it must equal (JSON, else text). */
function pairs(flag: string, given: string[]): Record<string, unknown> {
  return Object.fromEntries(
    given.map((pair) => {
      const at = pair.indexOf('=');
      if (at <= 0) throw new UsageError(`--${flag}: "${pair}" is not PATH=VALUE`);
      const text = pair.slice(at + 1);
      try {
        return [pair.slice(0, at), JSON.parse(text) as unknown];
      } catch {
        return [pair.slice(0, at), text];
      }
    }),
  );
}

/** The URL checks' settings from the check options that were given. */
function checkSettings(values: Record<string, string | boolean | (string | boolean)[] | undefined>): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const { key, flag, option } of CHECK_OPTIONS) {
    const value = values[flag];
    if (value === undefined) continue;
    settings[key] = option.repeat === 'pairs' ? pairs(flag, value as string[]) : value;
  }
  return settings;
}

/** An error in a URL check names the option it came from, or the URL. */
function optionName(key: string): string {
  if (key === 'url') return 'URL';
  return `--${CHECK_OPTIONS.find((entry) => entry.key === key)?.flag ?? key}`;
}

export const command: Command = {
  name: 'smoke',
  summary: 'Check a running service: readiness, content, version, latency budgets, TLS, security headers',
  usage: USAGE,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS, true);
    if (values.help) {
      context.stdout(USAGE);
      return EXIT.ok;
    }
    const format = checkFormat(values.format, ['text', 'json', 'markdown']);
    if (positionals.length === 0 && !values.config) throw new UsageError('give one or more URLs or --config FILE (see --help)');
    const cwd = workDir(context, values.cwd);
    if (values.parallel !== undefined && !/^[1-9]\d*$/.test(values.parallel))
      throw new UsageError(`--parallel: "${values.parallel}" is not a positive whole number`);

    const probe = await import('@devops-actions/probe');
    const checks = [];
    let parallel = values.parallel === undefined ? undefined : Number(values.parallel);
    if (values.config) {
      const loaded = probe.loadConfig(values.config, { cwd, env: context.env, subject: '--config' });
      checks.push(...loaded.checks);
      parallel ??= loaded.parallel;
    }
    if (positionals.length > 0) checks.push(...probe.urlChecks(positionals, checkSettings(values), { cwd, env: context.env, subject: optionName }));

    const report = await probe.runChecks(checks, {
      parallel,
      onResult: (result, done, total) => {
        if (!values.quiet && format === 'text' && !values.output && total > 1) context.stderr(`${probe.toProgress(result, done, total, { details: false })}\n`);
      },
    });
    const text =
      format === 'json' ? JSON.stringify(probe.toJson(report), null, 2) + '\n' : format === 'markdown' ? probe.toMarkdown(report) : probe.toText(report);
    emitReport(context, { cwd, output: values.output, quiet: values.quiet, format }, text);
    return report.passed ? EXIT.ok : EXIT.findings;
  },
};
