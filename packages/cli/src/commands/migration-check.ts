// `devops-actions migration-check`: lint PostgreSQL migrations with the real parser.
import { writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { checkFormat, COMMON_USAGE, EXIT, parseCommandArgs, UsageError, type Command } from '../command.ts';

const LAYOUTS = ['prisma', 'flyway', 'golang-migrate', 'goose', 'dbmate', 'supabase', 'drizzle', 'atlas', 'sql'];

const usage = `Usage: devops-actions migration-check [DIR] [options]

Lints the PostgreSQL migrations in DIR (default: path in .migration-check.yml, else the first
usual folder: migrations, db/migrations, prisma/migrations, ...; else the current directory) with the real
PostgreSQL parser: locking, rewrites, destructive statements, transactions, style.

Options:
  --base REF         lint only the migrations added since the merge base with REF; flag edited merged ones
  --layout NAME      ${LAYOUTS.join(', ')} (default: detected)
  --assume-lock-timeout   lock_timeout is set on the migration role
  --disable RULES    comma-separated rule ids to switch off
  --no-style         switch off the style notices (prefer-*, ban-char-type)
  --verify           prove the migrations on embedded PostgreSQL 18 (PGlite): apply, trace locks
                     and rewrites, round-trip up -> down -> up
  --format FORMAT    text (default), json or sarif

Acknowledge an intended statement with "-- migration-check:ignore <rule> <reason>" on the
line above it; mark a file the runner does not wrap with "-- migration-check: transaction=none".

${COMMON_USAGE}

Exit codes: 0 no error findings, 1 error findings, 2 usage or configuration error.
`;

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
    const format = checkFormat(values.format, ['text', 'json', 'sarif']);
    const layout = values.layout;
    if (layout !== undefined && !LAYOUTS.includes(layout)) throw new UsageError(`--layout: "${layout}" is not one of ${LAYOUTS.join(', ')}`);
    const cwd = values.cwd === undefined ? ctx.cwd : isAbsolute(values.cwd) ? values.cwd : join(ctx.cwd, values.cwd);
    const engine = await import('@devops-actions/migrations');
    // The config file (.migration-check.yml in the working directory) gives the defaults; options override it.
    const config = engine.loadConfig(cwd);
    const dirArg = positionals[0] ?? config.path ?? engine.findMigrationsDir(cwd) ?? '.';
    const dir = isAbsolute(dirArg) ? dirArg : join(cwd, dirArg);
    let report;
    try {
      report = await engine.checkDirectory(dir, {
        layout: (layout as (typeof engine.LAYOUTS)[number] | undefined) ?? config.layout,
        ...(values.base !== undefined ? { base: values.base } : {}),
        pathPrefix: relative(cwd, dir).replaceAll('\\', '/'),
        assumeLockTimeout: values['assume-lock-timeout'] === true || config.assumeLockTimeout === true,
        disabledRules: [...config.disabledRules, ...(values.disable?.split(',').map((s) => s.trim()) ?? [])],
        severityOverrides: config.severityOverrides,
        style: values['no-style'] !== true && config.style !== false,
        verify: values.verify === true,
      });
    } catch (error) {
      throw new UsageError(`${dirArg}: ${(error as Error).message}`);
    }
    const text =
      format === 'json'
        ? `${JSON.stringify({ layout: report.layout, files: report.files, findings: report.findings, verified: report.verified, trace: report.trace }, null, 2)}\n`
        : format === 'sarif'
          ? `${JSON.stringify(engine.toSarif(report), null, 2)}\n`
          : engine.toText(report);
    if (values.output !== undefined) writeFileSync(isAbsolute(values.output) ? values.output : join(ctx.cwd, values.output), text);
    else if (!values.quiet || format !== 'text') ctx.stdout(text);
    return report.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
  },
};
