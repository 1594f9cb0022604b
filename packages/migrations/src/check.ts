// Discovers and lints a migrations directory; builds the JSON, SARIF and text reports.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { Log, Result } from 'sarif';
import { posix, relative } from 'node:path';
import { discover, versionFor, type Layout, type MigrationFile } from './discover.ts';
import { lintWithParser, loadParser, RULES, type Finding, type LintOptions, type Severity } from './lint.ts';
import { RULE_DOCS } from './rule-docs.ts';

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
}

export interface CheckReport {
  layout: Layout;
  files: { file: string; version?: string; transaction: string }[];
  findings: Finding[];
  verified: boolean;
  verification: string;
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
  const findings = [...extra, ...selected.flatMap((f) => lintWithParser(parser, f.sql, { ...options, file: name(f), transaction: f.transaction }).findings)];
  return {
    layout: found.layout,
    files: selected.map((f) => ({ file: name(f), ...(f.version ? { version: f.version } : {}), transaction: f.transaction })),
    findings,
    verified: false,
    verification: 'static lint only (no database engine was run)',
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
