// Discovers and lints a migrations folder: with a base, only what the branch adds, and the
// integrity of the merged migrations; with verify, proven on the engine.
import { readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { topLevel, type Env } from '@devops-actions/git';
import { discover, versionFor, type Discovery, type MigrationFile } from './discover.ts';
import { lintWithParser, loadParser, type Finding, type LintOptions } from './lint.ts';
import { REWRITE_RULES, RULES, type RuleId } from './rules.ts';
import type { VerifyReport } from './verify.ts';
import type { Layout } from './vocabulary.ts';

export interface CheckOptions extends Omit<LintOptions, 'file' | 'transaction'> {
  layout?: Layout;
  /** Prefix for reported paths (the directory relative to the repository root). */
  pathPrefix?: string;
  /** Only lint these files (relative to the directory); the default is every file. */
  only?: ReadonlySet<string>;
  /** Git: lint only the migrations added since the merge base with this ref, and check the merged ones. */
  base?: string;
  /** The repository root (for `base`); `dir` must be inside it. */
  repoRoot?: string;
  /** Prove the migrations on the embedded engine: replay the merged ones, apply, trace and round-trip the new ones. */
  verify?: boolean;
  /** SQL that seeds the tables instead of the synthetic rows. */
  seedSql?: string;
  /** Verify on this server instead of the embedded engine. */
  databaseUrl?: string;
  /** The environment git runs with (the caller's); this process's when absent. */
  env?: Env;
  /** Progress worth telling (a shallow clone being deepened). */
  log?: (line: string) => void;
}

export interface CheckReport {
  /** The migrations folder as reported (relative to the repository root, or `.`). */
  folder: string;
  /** The ref the branch was compared with; absent when every migration was checked. */
  base?: string;
  layout: Layout;
  files: { file: string; version?: string; transaction: string }[];
  findings: Finding[];
  verified: boolean;
  verification: string;
  /** What the engine did, when it ran. */
  trace?: VerifyReport;
}

export async function checkDirectory(dir: string, options: CheckOptions = {}): Promise<CheckReport> {
  const found = discover(dir, options.layout);
  const prefix = options.pathPrefix ?? '';
  const display = (file: string): string => (prefix ? posix.join(prefix, file) : file);
  const branch = options.base === undefined ? undefined : await compareWithBase(dir, found, options.base, options, display);
  const only = branch?.added ?? options.only;
  const selected = found.files.filter((f) => !only || only.has(f.file));
  const parser = await loadParser();
  let findings = [
    ...(branch?.findings ?? []),
    ...integrityFindings(dir, found.layout, found.files, selected, display),
    ...selected.flatMap((f) => lintWithParser(parser, f.sql, { ...options, file: display(f.file), transaction: f.transaction }).findings),
  ];
  let trace: VerifyReport | undefined;
  if (options.verify && selected.length > 0) {
    const { verifyMigrations } = await import('./verify.ts');
    trace = await verifyMigrations({
      base: found.files.filter((f) => !selected.includes(f)),
      added: selected.map((f) => ({ ...f, file: display(f.file) })),
      seedSql: options.seedSql,
      databaseUrl: options.databaseUrl,
    });
    findings = [...confirmFindings(findings, trace), ...traceFindings(trace)];
  }
  findings = applyRulePolicy(findings, options);
  return {
    folder: prefix || '.',
    ...(options.base === undefined ? {} : { base: options.base }),
    layout: found.layout,
    files: selected.map((f) => ({ file: display(f.file), ...(f.version ? { version: f.version } : {}), transaction: f.transaction })),
    findings,
    verified: trace !== undefined && trace.baseError === undefined && trace.files.every((f) => f.applied),
    verification: trace ? `proven on ${trace.engine}` : 'static lint only (no database engine was run)',
    ...(trace ? { trace } : {}),
  };
}

/**
 * The configuration's say over every finding, the branch's and the engine's as well as the
 * lint's: disabled rules are dropped and severities overridden.
 */
function applyRulePolicy(findings: readonly Finding[], options: CheckOptions): Finding[] {
  const disabled = new Set(options.disabledRules ?? []);
  return findings
    .filter((f) => !disabled.has(f.rule))
    .map((f) => {
      const severity = options.severityOverrides?.[f.rule];
      return severity === undefined || severity === f.severity ? f : { ...f, severity };
    });
}

/** The migrations the branch adds since the merge base with `base`, and what it did to the merged ones and their versions. */
async function compareWithBase(
  dir: string,
  found: Discovery,
  base: string,
  options: CheckOptions,
  display: (file: string) => string,
): Promise<{ added: ReadonlySet<string>; findings: Finding[] }> {
  const { branchChanges, versionFindings } = await import('./branch.ts');
  const root = options.repoRoot ?? (await topLevel({ cwd: dir, env: options.env }));
  const relDir = relative(root, dir).replaceAll('\\', '/') || '.';
  const known = new Set(found.files.map((f) => f.file));
  const isMigration = (file: string): boolean =>
    known.has(file) ||
    (found.layout === 'golang-migrate' ? file.endsWith('.up.sql') : found.layout === 'prisma' ? file.endsWith('/migration.sql') : file.endsWith('.sql'));
  const versionOf = (file: string): string | undefined => versionFor(found.layout, file);
  const changes = await branchChanges({ cwd: root, env: options.env }, base, relDir, { isMigration, versionOf }, { log: options.log });
  const prefix = options.pathPrefix ?? '';
  return {
    added: changes.added,
    findings: [
      ...changes.findings.map((f) => ({ ...f, file: posix.join(prefix, posix.relative(relDir === '.' ? '' : relDir, f.file)) })),
      ...versionFindings(found.files, changes.added, changes.baseVersions, display),
    ],
  };
}

/**
 * Static findings checked against what the engine did: a predicted rewrite the trace shows
 * did not happen becomes a notice that says so; one that happened says which locks it held.
 */
export function confirmFindings(findings: readonly Finding[], trace: VerifyReport): Finding[] {
  return findings.map((f) => {
    if (!REWRITE_RULES.has(f.rule)) return f;
    const statement = trace.files.find((v) => v.file === f.file)?.statements.find((s) => s.line === f.line);
    if (!statement || statement.untraced) return f;
    if (statement.rewrote.length === 0)
      return { ...f, severity: 'notice', message: `${f.message} Not confirmed: the engine did not rewrite the table (a binary-coercible change).` };
    const locks = [...new Set(statement.locks.filter((l) => statement.rewrote.includes(l.relation)).map((l) => l.mode))].join(', ');
    return { ...f, message: `${f.message} Confirmed: the engine rewrote ${statement.rewrote.join(', ')}${locks ? ` holding ${locks}` : ''}.` };
  });
}

/** Findings from the engine itself: a merged migration that does not replay, a new one that fails, a down that does not revert. */
export function traceFindings(trace: VerifyReport): Finding[] {
  const out: Finding[] = [];
  if (trace.baseError)
    out.push({
      rule: 'merged-migration-failed',
      severity: 'error',
      file: trace.baseError.file,
      line: 1,
      column: 1,
      message: `The merged migrations do not replay on ${trace.engine}: ${trace.baseError.message}. Nothing after it was verified.`,
    });
  for (const v of trace.files) {
    if (v.error)
      out.push({
        rule: 'migration-failed',
        severity: 'error',
        file: v.file,
        line: v.error.line,
        column: 1,
        message: `The migration fails on seeded data (${trace.seeded.length} tables with synthetic rows): ${v.error.message}.`,
      });
    if (v.roundTrip?.status === 'differs')
      out.push({
        rule: 'down-does-not-revert',
        severity: 'error',
        file: v.file,
        line: 1,
        column: 1,
        message: `up → down leaves the schema different from before up: ${(v.roundTrip.diff ?? []).slice(0, 5).join('; ')}. Make down undo every change of up.`,
      });
    if (v.roundTrip?.status === 'down-failed')
      out.push({
        rule: 'down-failed',
        severity: 'error',
        file: v.file,
        line: 1,
        column: 1,
        message: `The down migration fails after up: ${v.roundTrip.error ?? ''}.`,
      });
  }
  return out;
}

const HAS_DOWNS = new Set<Layout>(['golang-migrate', 'goose', 'dbmate']);

/** Files the layout's own index (Drizzle's journal, Atlas's atlas.sum) disagrees with, and new migrations without a down. */
export function integrityFindings(
  dir: string,
  layout: Layout,
  files: readonly MigrationFile[],
  added: readonly MigrationFile[],
  name: (file: string) => string,
): Finding[] {
  const out: Finding[] = [];
  const finding = (rule: RuleId, file: string, message: string) => out.push({ rule, severity: RULES[rule], file, line: 1, column: 1, message });
  const present = new Set(files.map((f) => f.file));
  if (layout === 'drizzle') {
    const journalPath = join(dir, 'meta', '_journal.json');
    let tags: string[] = [];
    try {
      tags = ((JSON.parse(readFileSync(journalPath, 'utf8')) as { entries?: { tag?: string }[] }).entries ?? []).map((e) => `${e.tag ?? ''}.sql`);
    } catch (error) {
      finding('journal-mismatch', name('meta/_journal.json'), `meta/_journal.json cannot be read: ${(error as Error).message}.`);
    }
    for (const tag of tags)
      if (!present.has(tag))
        finding('journal-mismatch', name('meta/_journal.json'), `The journal lists ${tag}, which does not exist: drizzle-kit migrate fails on it.`);
    for (const f of files)
      if (tags.length > 0 && !tags.includes(f.file))
        finding(
          'journal-mismatch',
          name(f.file),
          `${f.file} is not in meta/_journal.json: drizzle-kit migrate silently skips it. Generate migrations with drizzle-kit generate.`,
        );
  }
  if (layout === 'atlas') {
    const listed = readFileSync(join(dir, 'atlas.sum'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/)[0] ?? '')
      .filter((file) => file !== '');
    for (const file of listed) if (!present.has(file)) finding('journal-mismatch', name('atlas.sum'), `atlas.sum lists ${file}, which does not exist.`);
    for (const f of files)
      if (!listed.includes(f.file))
        finding('journal-mismatch', name(f.file), `${f.file} is not in atlas.sum: atlas refuses to run. Run \`atlas migrate hash\`.`);
  }
  for (const f of added)
    if (f.invalidUtf8At !== undefined)
      finding(
        'not-utf8',
        name(f.file),
        `${f.file} is not valid UTF-8 (near byte ${f.invalidUtf8At}): the migration runner and PostgreSQL read it as UTF-8. Save it as UTF-8.`,
      );
  if (HAS_DOWNS.has(layout))
    for (const f of added)
      if (f.down === undefined || f.down.replace(/--[^\n]*/g, '').trim() === '')
        finding(
          'missing-down',
          name(f.file),
          `${f.file} has no down migration (or an empty one): a failed deploy cannot be reverted with the tool. Write the down that undoes it.`,
        );
  return out;
}
