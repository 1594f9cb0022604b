// The one report contract of a scan result, shared by the action and the CLI: the JSON report,
// SARIF 2.1.0 for code scanning, plain text for the terminal, Markdown for job summaries and
// pull request comments, and the annotations. Only redacted values and fingerprints appear.
import { badge, code, details, heading, list, table, type Annotation } from '@devops-actions/toolkit';
import { sarifLevel, toSarifLog, type SarifFinding } from '@devops-actions/toolkit/sarif';
import type { Log, ReportingDescriptor } from 'sarif';
import type { RuleDefinition, Severity } from './rules.ts';
import { blocks, type Finding, type ScanResult } from './scan.ts';

export function toJson(result: ScanResult): object {
  return {
    passed: !result.failed,
    failOn: result.failOn,
    findings: result.findings.map(jsonFinding),
    suppressed: result.suppressed.map((s) => ({ ...jsonFinding(s.finding), via: s.via, reason: s.reason })),
    addedSuppressions: result.addedSuppressions,
    staleBaseline: result.staleBaseline,
    scanned: {
      mode: result.scanned.mode,
      ...(result.scanned.range === undefined ? {} : { range: result.scanned.range }),
      commits: result.scanned.commits,
      files: result.scanned.files,
      bytes: result.scanned.bytes,
      skipped: result.scanned.skipped.length,
      ...(result.scanned.deepened === undefined ? {} : { deepened: result.scanned.deepened }),
    },
    notices: result.notices,
  };
}

function jsonFinding(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    ...(f.commit === undefined ? {} : { commit: f.commit }),
    redacted: f.redacted,
    fingerprint: f.fingerprint,
    status: f.status,
    removedLater: f.removedLater,
    checksumValid: f.checksumValid,
    warnOnly: f.warnOnly,
    description: f.description,
  };
}

const SECURITY_SEVERITY: Record<Severity, string> = { high: '8.9', medium: '6.5', low: '3.0' };

function findingMessage(f: Finding): string {
  const where = f.commit ? ` (commit ${f.commit.slice(0, 12)})` : '';
  if (f.status === 'still-in-history')
    return `${f.description}: ${f.redacted} was removed here but is still in the git history${where}. Rotate it: removing it does not un-leak it.`;
  const later = f.removedLater ? ' It is removed again later in this change, but stays in the history: rotate it.' : '';
  return `${f.description}: ${f.redacted}${where}.${later} Rotate the credential, then remove it or add its fingerprint to the baseline.`;
}

/** SARIF 2.1.0 in the shape GitHub code scanning ingests: the rules that matched, one result per finding. */
export function toSarif(result: ScanResult, tool: { version: string; informationUri?: string } = { version: '0.0.0' }): Log {
  const findings = result.findings.map((f): SarifFinding => ({
    ruleId: f.rule,
    level: sarifLevel(f.severity),
    message: findingMessage(f),
    file: f.file,
    line: f.line,
    column: f.column,
    endColumn: f.endColumn,
    fingerprints: { 'secretFingerprint/v1': f.fingerprint },
    properties: { severity: f.severity, status: f.status, ...(f.commit ? { commit: f.commit } : {}), redacted: f.redacted },
  }));
  return toSarifLog(
    {
      name: 'devops-actions secret-scan',
      version: tool.version,
      informationUri: tool.informationUri ?? 'https://github.com/devops-actions/devops-actions/tree/main/secret-scan',
      rules: result.rules.map(sarifRule),
    },
    findings,
    { automationId: `secret-scan/${result.scanned.mode}/` },
  );
}

function sarifRule(rule: RuleDefinition): ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, __: string, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: {
      text: `${rule.description} (${rule.provider}). Found committed credentials must be rotated: removing them from the code does not remove them from the git history.`,
    },
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    help: {
      text: `Rotate the ${rule.provider} credential, remove it from the repository, and load it from a secret store at run time.`,
      markdown: `Rotate the **${rule.provider}** credential, remove it from the repository, and load it from a secret store (for example GitHub Actions secrets) at run time.`,
    },
    properties: {
      tags: ['security', 'secret', rule.category],
      'security-severity': SECURITY_SEVERITY[rule.severity],
      precision: rule.kind === 'generic' ? 'medium' : 'high',
    },
  };
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function scannedSentence(result: ScanResult): string {
  const s = result.scanned;
  const parts = [`${s.range ?? s.mode}`];
  if (s.mode !== 'tree' && s.mode !== 'staged') parts.push(`${s.commits} commit${s.commits === 1 ? '' : 's'}`);
  parts.push(`${s.files} file${s.files === 1 ? '' : 's'}`, formatBytes(s.bytes));
  return `Scanned ${parts.join(', ')}${s.skipped.length ? ` (${s.skipped.length} skipped: binary, vendored, ignored or too large)` : ''}.`;
}

export function toText(result: ScanResult): string {
  const lines: string[] = [];
  for (const f of result.findings) {
    const tag = f.status === 'still-in-history' ? ' [still in history]' : f.removedLater ? ' [removed later, still in history]' : '';
    lines.push(
      `${f.file}:${f.line}:${f.column}  ${f.severity.padEnd(6)} ${f.rule}  ${f.redacted}${f.commit ? `  ${f.commit.slice(0, 12)}` : ''}${tag}${f.warnOnly ? ' (warn only)' : ''}`,
    );
  }
  for (const s of result.suppressed)
    lines.push(`suppressed (${s.via}: ${s.reason}): ${s.finding.file}:${s.finding.line} ${s.finding.rule} ${s.finding.redacted}`);
  for (const a of result.addedSuppressions) lines.push(`suppression added in ${a.file}: ${a.what}${a.reason ? ` (${a.reason})` : ''}`);
  for (const e of result.staleBaseline) lines.push(`stale baseline entry (no longer found): ${e.fingerprint} (${e.file})`);
  for (const n of result.notices) lines.push(`notice: ${n}`);
  lines.push(scannedSentence(result));
  const counts = countBySeverity(result.findings);
  lines.push(
    result.findings.length === 0
      ? 'No secrets found.'
      : `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} (high ${counts.high}, medium ${counts.medium}, low ${counts.low}); fail-on ${result.failOn}: ${result.failed ? 'FAILED' : 'passed'}.`,
  );
  return lines.join('\n') + '\n';
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The findings that fail the step. */
export function blockingFindings(result: ScanResult): Finding[] {
  return result.findings.filter((f) => blocks(f, result.failOn));
}

/** One annotation per finding on its line (an error when it fails the step), and one per notice. */
export function toAnnotations(result: ScanResult): Annotation[] {
  const blocking = new Set(blockingFindings(result));
  const annotations: Annotation[] = result.findings.map((f) => ({
    level: blocking.has(f) ? 'error' : 'warning',
    title: `secret-scan: ${f.rule}${f.status === 'still-in-history' ? ' (still in history)' : ''}`,
    message: findingMessage(f),
    file: f.file,
    line: f.line,
    col: f.column,
    endColumn: f.endColumn,
  }));
  for (const notice of result.notices) annotations.push({ level: 'notice', message: notice });
  return annotations;
}

export interface MarkdownOptions {
  /** A closing line, such as the annotations GitHub could not show. */
  note?: string;
}

const MAX_ROWS = 200;

/** The job summary and the pull request comment. */
export function toMarkdown(result: ScanResult, options: MarkdownOptions = {}): string {
  const status = result.failed ? badge('failed') : result.findings.length > 0 ? badge('warning') : badge('passed');
  let md = heading(`Secret scan ${status}`);
  md += `${scannedSentence(result)}\n\n`;
  if (result.scanned.deepened) md += `The checkout was shallow: ${result.scanned.deepened}.\n\n`;
  md += result.findings.length === 0 ? `No secrets found (fail-on: ${result.failOn}).\n\n` : severityTable(result);
  if (result.findings.length > 0) md += findingsSection(result.findings);
  md += suppressionsSection(result);
  if (result.staleBaseline.length > 0)
    md += details(`Stale baseline entries: ${result.staleBaseline.length}`, list(result.staleBaseline.map((e) => `${code(e.fingerprint)} (${e.file})`)));
  if (result.notices.length > 0) md += heading('Notices', 3) + list(result.notices);
  if (options.note) md += `\n${options.note}\n`;
  return md;
}

function severityTable(result: ScanResult): string {
  const counts = countBySeverity(result.findings);
  const rows = [
    ['high', counts.high],
    ['medium', counts.medium],
    ['low', counts.low],
  ];
  return `${table(['severity', 'findings'], rows)}\nfail-on: \`${result.failOn}\`\n\n`;
}

function findingStatus(f: Finding): string {
  if (f.status === 'still-in-history') return 'removed here, still in history: rotate';
  return f.removedLater ? 'removed later, still in history: rotate' : 'added';
}

function findingsSection(findings: readonly Finding[]): string {
  let md = heading('Findings', 3);
  md += table(
    ['where', 'rule', 'severity', 'value (redacted)', 'commit', 'status'],
    findings
      .slice(0, MAX_ROWS)
      .map((f) => [
        `${f.file}:${f.line}`,
        f.rule,
        f.warnOnly ? `${f.severity} (warn only)` : f.severity,
        f.redacted,
        f.commit ? f.commit.slice(0, 12) : '',
        findingStatus(f),
      ]),
  );
  if (findings.length > MAX_ROWS) md += `\n…and ${findings.length - MAX_ROWS} more in the JSON report.\n`;
  return md + '\nRotate each credential at its provider first: deleting it from the code does not remove it from the git history.\n\n';
}

function suppressionsSection(result: ScanResult): string {
  let md = '';
  // Every suppression the change adds, open: a reviewer must see each one, whether or not it hides a finding today.
  const inline = result.suppressed.filter((s) => s.via === 'inline');
  if (inline.length > 0 || result.addedSuppressions.length > 0) {
    md += heading(`Suppressions this change adds: ${inline.length + result.addedSuppressions.length}`, 3);
    md += table(
      ['where', 'what', 'reason'],
      [
        ...inline.map((s) => [`${s.finding.file}:${s.finding.line}`, `inline allow of ${s.finding.rule} ${s.finding.redacted}`, s.reason]),
        ...result.addedSuppressions.map((a) => [a.file, a.what, a.reason ?? '']),
      ],
    );
  }
  const older = result.suppressed.filter((s) => s.via !== 'inline');
  if (older.length > 0)
    md += details(
      `Suppressed by the config or baseline: ${older.length}`,
      table(
        ['where', 'rule', 'value (redacted)', 'by', 'reason'],
        older.map((s) => [`${s.finding.file}:${s.finding.line}`, s.finding.rule, s.finding.redacted, s.via, s.reason]),
      ),
    );
  return md;
}
