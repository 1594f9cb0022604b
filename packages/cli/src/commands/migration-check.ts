// `devops-actions migration-check`: lint PostgreSQL migrations with the real parser.
import { relative, resolve } from 'node:path';
import { parseEnum, parseList } from '@devops-actions/toolkit';
import { LAYOUTS } from '@devops-actions/migrations/vocabulary';
import { checkFormat, COMMON_USAGE, emitReport, EXIT, parseCommandArgs, UsageError, workDir, type Command } from '../command.ts';

const usage = `Usage: devops-actions migration-check [DIR] [options]

Lints the PostgreSQL migrations in DIR (default: path in .migration-check.yml, else the first
usual folder: migrations, db/migrations, prisma/migrations, ...; else the current directory) with the real
PostgreSQL parser: locking, rewrites, destructive statements, transactions, style.

Options:
  --base REF         lint only the migrations added since the merge base with REF; flag edited merged ones
                     (a shallow clone is deepened from its remote until the merge base is there)
  --layout NAME      ${LAYOUTS.join(', ')} (default: detected)
  --assume-lock-timeout   lock_timeout is set on the migration role
  --disable RULES    comma-separated rule ids to switch off
  --no-style         switch off the style notices (prefer-*, ban-char-type)
  --verify           prove the migrations on embedded PostgreSQL 18 (PGlite): apply, trace locks
                     and rewrites, round-trip up -> down -> up
  --format FORMAT    text (default), json, sarif or markdown (the action's summary)

Acknowledge an intended statement with "-- migration-check:ignore <rule> <reason>" on the
line above it; mark a file the runner does not wrap with "-- migration-check: transaction=none".

${COMMON_USAGE}

Exit codes: 0 no error findings, 1 error findings, 2 usage or configuration error.
`;

/** The command fails on errors, as the action does by default. */
const FAILS_ON = 'error';

export const command: Command = {
  name: 'migration-check',
  summary: 'Lint PostgreSQL migrations with the real parser: locks, rewrites, destructive statements',
  usage,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        base: { type: 'string' },
        layout: { type: 'string' },
        'assume-lock-timeout': { type: 'boolean' },
        disable: { type: 'string' },
        'no-style': { type: 'boolean' },
        verify: { type: 'boolean' },
      },
      true,
    );
    if (values.help) {
      ctx.stdout(usage);
      return EXIT.ok;
    }
    if (positionals.length > 1) throw new UsageError(`give one directory, not ${positionals.length}`);
    const format = checkFormat(values.format, ['text', 'json', 'sarif', 'markdown']);
    const layout = values.layout === undefined ? undefined : parseEnum('--layout', values.layout, LAYOUTS);
    const cwd = workDir(ctx, values.cwd);
    const engine = await import('@devops-actions/migrations');
    // The config file (.migration-check.yml in the working directory) gives the defaults; options override it.
    const config = engine.loadConfig(cwd);
    const dir = resolve(cwd, positionals[0] ?? config.path ?? engine.findMigrationsDir(cwd) ?? '.');
    const disabled = values.disable === undefined ? [] : engine.parseRuleIds('--disable', parseList(values.disable));
    const report = await engine.checkDirectory(dir, {
      layout: layout ?? config.layout,
      base: values.base,
      pathPrefix: relative(cwd, dir).replaceAll('\\', '/'),
      assumeLockTimeout: values['assume-lock-timeout'] === true || config.assumeLockTimeout === true,
      disabledRules: [...config.disabledRules, ...disabled],
      severityOverrides: config.severityOverrides,
      style: values['no-style'] !== true && config.style !== false,
      verify: values.verify === true,
      env: ctx.env,
      log: values.quiet ? undefined : (line) => ctx.stderr(`${line}\n`),
    });
    const text =
      format === 'json'
        ? `${JSON.stringify(engine.toJson(report, FAILS_ON), null, 2)}\n`
        : format === 'sarif'
          ? `${JSON.stringify(engine.toSarif(report), null, 2)}\n`
          : format === 'markdown'
            ? engine.toMarkdown(report, { failOn: FAILS_ON, root: cwd })
            : engine.toText(report);
    emitReport(ctx, { cwd, output: values.output, quiet: values.quiet, format }, text);
    return engine.failingFindings(report, FAILS_ON).length > 0 ? EXIT.findings : EXIT.ok;
  },
};
