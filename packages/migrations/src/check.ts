// Discovers and lints a migrations directory; builds the JSON, SARIF and text reports.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { Log, Result } from 'sarif';
import { readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { discover, versionFor, type Layout, type MigrationFile } from './discover.ts';
import { lintWithParser, loadParser, RULES, type Finding, type LintOptions, type Severity } from './lint.ts';
import { RULE_DOCS } from './rule-docs.ts';
import type { VerifyReport } from './verify.ts';

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
}

export interface CheckReport {
  layout: Layout;
  files: { file: string; version?: string; transaction: string }[];
  findings: Finding[];
  verified: boolean;
  verification: string;
  /** What the engine did, when it ran. */
  trace?: VerifyReport;
}

const ORDER: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

export async function checkDirectory(dir: string, options: CheckOptions = {}): Promise<CheckReport> {
  const found = discover(dir, options.layout);
  const parser = await loadParser();
  const prefix = options.pathPrefix ?? '';
  const name = (f: MigrationFile): string => (prefix ? posix.join(prefix, f.file) : f.file);
  let only = options.only;
  const extra: Finding[] = [];
  if (options.base !== undefined) {
    const { branchChanges, versionFindings } = await import('./git.ts');
    const root = options.repoRoot ?? execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' }).trim();
    const relDir = relative(root, dir).replaceAll('\\', '/') || '.';
    const known = new Set(found.files.map((f) => f.file));
    const isMigration = (file: string): boolean =>
      known.has(file) ||
      (found.layout === 'golang-migrate' ? file.endsWith('.up.sql') : found.layout === 'prisma' ? file.endsWith('/migration.sql') : file.endsWith('.sql'));
    const versionOf = (file: string): string | undefined => versionFor(found.layout, file);
    const changes = branchChanges(root, options.base, relDir, isMigration, versionOf);
    only = changes.added;
    extra.push(...changes.findings.map((f) => ({ ...f, file: posix.join(prefix, posix.relative(relDir === '.' ? '' : relDir, f.file)) })));
    extra.push(...versionFindings(found.files, changes.added, changes.baseVersions, (file) => (prefix ? posix.join(prefix, file) : file)));
  }
  const selected = found.files.filter((f) => !only || only.has(f.file));
  extra.push(...integrityFindings(dir, found.layout, found.files, selected, (file) => (prefix ? posix.join(prefix, file) : file)));
  let findings = [...extra, ...selected.flatMap((f) => lintWithParser(parser, f.sql, { ...options, file: name(f), transaction: f.transaction }).findings)];
  let trace: VerifyReport | undefined;
  if (options.verify && selected.length > 0) {
    const { verifyMigrations } = await import('./verify.ts');
    trace = await verifyMigrations({
      base: found.files.filter((f) => !selected.includes(f)),
      added: selected.map((f) => ({ ...f, file: name(f) })),
      seedSql: options.seedSql,
      databaseUrl: options.databaseUrl,
    });
    findings = [...confirmFindings(findings, trace), ...traceFindings(trace)];
  }
  return {
    layout: found.layout,
    files: selected.map((f) => ({ file: name(f), ...(f.version ? { version: f.version } : {}), transaction: f.transaction })),
    findings,
    verified: trace !== undefined && trace.baseError === undefined && trace.files.every((f) => f.applied),
    verification: trace ? `proven on ${trace.engine}` : 'static lint only (no database engine was run)',
    ...(trace ? { trace } : {}),
  };
}

export function maxSeverity(findings: readonly Finding[]): Severity | 'none' {
  let best: Severity | 'none' = 'none';
  for (const f of findings) if (best === 'none' || ORDER[f.severity] > ORDER[best]) best = f.severity;
  return best;
}

/** SARIF 2.1.0 for code scanning: one rule object per rule that found something, stable fingerprints. */
export function toSarif(report: CheckReport): Log {
  const ids = [...new Set(report.findings.map((f) => f.rule))].sort();
  const level = (s: Severity): NonNullable<Result['level']> => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'devops-actions migration-check',
            informationUri: 'https://github.com/devops-actions/devops-actions/tree/main/migration-check',
            rules: ids.map((id) => ({
              id,
              shortDescription: { text: RULE_DOCS[id]?.summary ?? id },
              help: { text: RULE_DOCS[id]?.fix ?? '' },
              defaultConfiguration: { level: level(RULES[id] ?? 'warning') },
            })),
          },
        },
        results: report.findings.map((f): Result => ({
          ruleId: f.rule,
          ruleIndex: ids.indexOf(f.rule),
          level: level(f.severity),
          message: { text: f.message },
          locations: [
            { physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) } } },
          ],
          // The rule, the file and the statement's text: stable when lines above it move.
          partialFingerprints: { 'migrationFinding/v1': `${f.rule}:${f.file}:${createHash('sha256').update(f.message).digest('hex').slice(0, 16)}` },
        })),
      },
    ],
  };
}

export function toText(report: CheckReport): string {
  const lines = [`${report.files.length} migration file${report.files.length === 1 ? '' : 's'} (${report.layout} layout) checked; ${report.verification}.`];
  if (report.files.length === 0) lines.push('No migrations found.');
  for (const f of report.findings) lines.push(`${f.file}:${f.line}:${f.column} ${f.severity} [${f.rule}] ${f.message}`);
  lines.push(report.findings.length === 0 ? 'No findings.' : `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}.`);
  return `${lines.join('\n')}\n`;
}

/** Rules about a table rewrite that the engine's trace can confirm or withdraw. */
const REWRITE_RULES = new Set(['change-column-type', 'add-column-volatile-default', 'add-column-stored-generated']);

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
  const finding = (rule: string, file: string, message: string) => out.push({ rule, severity: RULES[rule] ?? 'error', file, line: 1, column: 1, message });
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
