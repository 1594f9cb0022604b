import { FAIL_ON, LAYOUTS } from '@devops-actions/migrations/vocabulary';
import { defineAction, input } from '@devops-actions/toolkit/runner';

const FORMATS = ['auto', ...LAYOUTS] as const;

export const spec = defineAction({
  name: 'migration-check',
  description:
    'Lints PostgreSQL migrations with the real PostgreSQL parser and proves them on embedded PostgreSQL: locks, table rewrites, destructive statements, round trips; flags edited merged migrations and version conflicts.',
  inputs: {
    path: input.optional({
      description:
        'The migrations folder. Default: path from the config file, else the first of migrations, db/migrations, prisma/migrations, supabase/migrations, drizzle, migrations/sql that exists.',
    }),
    format: input.enum(FORMATS, {
      description: 'The migration tool layout; auto detects it (Prisma, Flyway, golang-migrate, goose, dbmate, Supabase, Drizzle, Atlas, plain SQL).',
      default: 'auto',
    }),
    'base-ref': input.optional({
      description:
        'Lint only the migrations added since the merge base with this ref, and check the merged ones are unchanged. Default: the pull request base, or the push before commit; none on other events (every migration is linted).',
    }),
    verify: input.boolean({
      description:
        'Prove the migrations on embedded PostgreSQL 18 (PGlite): replay the merged ones, seed every table, apply each new one statement by statement, trace its locks, rewrites and full scans, and run up → down → up where the tool has downs.',
      default: 'true',
    }),
    'database-url': input.optional({
      description:
        'Prove the migrations on this PostgreSQL server instead of the embedded engine (e.g. a services: postgres container of the production major): a scratch database is created and dropped; the role needs CREATEDB. An unreachable server fails the step (no fallback).',
      secret: true,
    }),
    'postgres-version': input.optional({
      description:
        'The PostgreSQL major production runs (e.g. 17). When the engine that proved the migrations is another major, the report says so. Default: postgres-version from the config file.',
    }),
    'seed-sql': input.optional({ description: 'A SQL file that seeds the tables before the new migrations run, instead of the synthetic rows.' }),
    'fail-on': input.enum(FAIL_ON, { description: 'Fail the step when a finding has at least this severity.', default: 'error' }),
    'disable-rules': input.list({
      description: 'Rule ids to switch off, comma or newline separated (added to the config file’s); an unknown id fails the step.',
    }),
    style: input.boolean({ description: 'Report the style notices (prefer-bigint, prefer-timestamptz, ...).', default: 'true' }),
    'assume-lock-timeout': input.boolean({
      description: 'lock_timeout is set on the migration role, so files need not set it (missing-lock-timeout is off).',
      default: 'false',
    }),
    config: input.string({
      description: 'The config file (path, format, disabled rules, severity overrides, style, assume-lock-timeout).',
      default: '.migration-check.yml',
    }),
    comment: input.boolean({
      description: 'On pull requests from the same repository, keep one sticky comment with the report up to date (needs pull-requests: write).',
      default: 'true',
    }),
    'github-token': input.string({ description: 'Token for the pull request comment.', default: '${{ github.token }}', secret: true }),
    'sarif-file': input.optional({ description: 'Where to write the SARIF 2.1.0 report. Default: migration-check.sarif in RUNNER_TEMP.' }),
    'report-file': input.optional({ description: 'Where to write the JSON report. Default: migration-check.json in RUNNER_TEMP.' }),
  },
  outputs: {
    findings: 'Number of findings.',
    'max-severity': 'The highest severity found: error, warning, notice or none.',
    verified: 'true when every new migration applied on the engine (verify: true), else false.',
    'report-file': 'Path of the JSON report.',
    'sarif-file': 'Path of the SARIF report.',
    failed: 'true when a finding reached fail-on and the step failed, else false.',
  },
});
