// A check's report in every shape its front ends need: JSON (the action's report-file and the
// CLI's --format json), text for the terminal and the log, Markdown for the job summary and the
// pull request comment, SARIF for code scanning. The action and the CLI only call these, so
// the two can never report differently.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badge, heading, table, type Annotation } from '@devops-actions/toolkit';
import { sarifLevel, toSarifLog, type SarifTool } from '@devops-actions/toolkit/sarif';
import type { Log } from 'sarif';
import type { CheckReport } from './check.ts';
import type { Finding } from './lint.ts';
import { RULE_DOCS, RULE_IDS, RULES } from './rules.ts';
import { failsAt, moreSevere, type FailOn, type Severity } from './vocabulary.ts';

export function maxSeverity(findings: readonly Finding[]): Severity | 'none' {
  let best: Severity | 'none' = 'none';
  for (const f of findings) if (best === 'none' || moreSevere(f.severity, best)) best = f.severity;
  return best;
}

/** The findings that fail a run with `failOn`. */
export function failingFindings(report: CheckReport, failOn: FailOn): Finding[] {
  return report.findings.filter((f) => failsAt(f.severity, failOn));
}

/** The JSON report: what was checked against what, every finding, and whether it passed. */
export function toJson(report: CheckReport, failOn: FailOn) {
  return {
    layout: report.layout,
    base: report.base ?? null,
    files: report.files,
    findings: report.findings,
    maxSeverity: maxSeverity(report.findings),
    failOn,
    passed: failingFindings(report, failOn).length === 0,
    verified: report.verified,
    ...(report.trace === undefined ? {} : { trace: report.trace }),
  };
}

/** One annotation per finding on its line: an error when it fails the step at `failOn`. */
export function toAnnotations(report: CheckReport, failOn: FailOn): Annotation[] {
  return report.findings.map((f) => ({
    level: failsAt(f.severity, failOn) ? 'error' : f.severity === 'notice' ? 'notice' : 'warning',
    title: `migration-check: ${f.rule}`,
    message: f.message,
    file: f.file,
    line: f.line,
    col: f.column,
  }));
}

export function toText(report: CheckReport): string {
  const lines = [`${report.files.length} migration file${report.files.length === 1 ? '' : 's'} (${report.layout} layout) checked; ${report.verification}.`];
  if (report.files.length === 0) lines.push('No migrations found.');
  for (const f of report.findings) lines.push(`${f.file}:${f.line}:${f.column} ${f.severity} [${f.rule}] ${f.message}`);
  lines.push(report.findings.length === 0 ? 'No findings.' : `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}.`);
  return `${lines.join('\n')}\n`;
}

const TOOL: SarifTool = {
  name: 'devops-actions migration-check',
  informationUri: 'https://github.com/devops-actions/devops-actions/tree/main/migration-check',
  rules: RULE_IDS.map((id) => ({
    id,
    shortDescription: { text: RULE_DOCS[id].summary },
    help: { text: RULE_DOCS[id].fix },
    defaultConfiguration: { level: sarifLevel(RULES[id]) },
  })),
};

/** SARIF 2.1.0 for code scanning. */
export function toSarif(report: CheckReport): Log {
  return toSarifLog(
    TOOL,
    report.findings.map((f) => ({
      ruleId: f.rule,
      level: sarifLevel(f.severity),
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      // The rule, the file and the message (which quotes the statement): stable when lines above it move.
      fingerprints: { 'migrationFinding/v1': `${f.rule}:${f.file}:${createHash('sha256').update(f.message).digest('hex').slice(0, 16)}` },
    })),
  );
}

/** Said when the engine that proved the migrations runs another PostgreSQL major than production. */
export function versionSkew(report: CheckReport, production: string | undefined): string | undefined {
  const engineMajor = /^PostgreSQL (\d+)/.exec(report.trace?.engine ?? '')?.[1];
  if (!production || !engineMajor || production === engineMajor) return undefined;
  return `Production runs PostgreSQL ${production}; the migrations were proven on PostgreSQL ${engineMajor}. Lock modes and rewrites rarely differ between majors, but new syntax or defaults can: give database-url a postgres:${production} service to prove them on the same major.`;
}

export interface MarkdownOptions {
  failOn: FailOn;
  /** The folder the reported paths are relative to: each finding quotes its line of SQL from there. */
  root: string;
  /** The PostgreSQL major production runs, when known. */
  postgresVersion?: string;
  /** A closing note, e.g. which annotations GitHub did not show. */
  note?: string;
}

/** The job summary and the pull request comment: findings per file with their statements, then the engine's view. */
export function toMarkdown(report: CheckReport, o: MarkdownOptions): string {
  const failed = failingFindings(report, o.failOn).length > 0;
  const status = failed ? badge('failed') : report.findings.length > 0 ? badge('warning') : badge('passed');
  let md = heading(`Migration check ${status}`);
  const scope = report.base
    ? `the ${report.files.length} migration${report.files.length === 1 ? '' : 's'} added since ${report.base.slice(0, 12)}`
    : `${report.files.length} migration${report.files.length === 1 ? '' : 's'}`;
  md += `Linted ${scope} in \`${report.folder}\` (${report.layout} layout) with the PostgreSQL parser; fail-on: \`${o.failOn}\`; verification: ${report.verification}.\n\n`;
  if (report.files.length === 0 && report.findings.length === 0) {
    md += report.base
      ? 'This change adds no migrations, and the merged ones are unchanged.\n'
      : `No migrations were found in \`${report.folder}\`: nothing to check.\n`;
    return md;
  }
  if (report.findings.length === 0) md += 'No findings.\n\n';
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  for (const [file, findings] of byFile) {
    const lines = fileLines(o.root, file);
    md += heading(file, 3);
    md += table(
      ['line', 'severity', 'rule', 'finding and safe rewrite', 'statement'],
      findings.map((f) => [f.line, f.severity, f.rule, f.message, excerpt(lines, f.line)]),
    );
    md += '\n';
  }
  if (report.trace) md += traceSection(report.trace);
  const skew = versionSkew(report, o.postgresVersion);
  if (skew) md += `> ${skew}\n\n`;
  md += 'Acknowledge an intended statement with `-- migration-check:ignore <rule> <reason>` on the line above it.\n';
  if (o.note) md += `\n${o.note}\n`;
  return md;
}

/** The lines of a reported file (read once per file), or none when it cannot be read. */
function fileLines(root: string, file: string): string[] {
  try {
    return readFileSync(join(root, file), 'utf8').split('\n');
  } catch {
    return [];
  }
}

/** A finding's line of SQL, for the report: at most 160 characters, as inline code. */
function excerpt(lines: readonly string[], line: number): string {
  const text = (lines[line - 1] ?? '').trim().slice(0, 160);
  return text ? `\`${text.replaceAll('`', "'")}\`` : '';
}

/** The engine's view: per new migration, the lock table, rewrites, full scans and the round trip. */
function traceSection(trace: NonNullable<CheckReport['trace']>): string {
  let md = heading('On the engine', 3);
  md += `${trace.engine}. Seeded ${trace.seeded.length} table${trace.seeded.length === 1 ? '' : 's'} with synthetic rows`;
  md += trace.unseeded.length > 0 ? `; not seeded: ${trace.unseeded.map((u) => `${u.table} (${u.reason})`).join(', ')}.\n\n` : '.\n\n';
  for (const file of trace.files) {
    const status = file.applied ? 'applied' : `failed at line ${file.error?.line ?? '?'}: ${file.error?.message ?? ''}`;
    const trip = file.roundTrip ? `; up → down → up: ${file.roundTrip.status}` : '';
    md += `**${file.file}**: ${status}${trip}\n\n`;
    const rows = file.statements
      .filter((st) => st.locks.length > 0 || st.rewrote.length > 0 || st.untraced)
      .map((st) => [
        st.line,
        `\`${st.sql.split('\n')[0]?.slice(0, 100).replaceAll('`', "'") ?? ''}\``,
        st.untraced ?? st.locks.map((l) => `${l.mode} on ${l.relation}`).join(', '),
        st.rewrote.join(', '),
        st.fullScans.join(', '),
      ]);
    if (rows.length > 0) md += table(['line', 'statement', 'locks taken on existing tables', 'rewrote', 'full scan'], rows) + '\n';
    if (file.roundTrip?.diff?.length) md += `Schema after down differs from before up:\n\n${file.roundTrip.diff.map((d) => `- ${d}`).join('\n')}\n\n`;
  }
  return md;
}
