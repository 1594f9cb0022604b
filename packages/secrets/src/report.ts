// Renderings of a scan result: the JSON report (CLI.md shape), SARIF 2.1.0 for code
// scanning, plain text for the terminal and Markdown for summaries and comments.
// Only redacted values and fingerprints appear in any of them.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { RuleDefinition, Severity } from './rules.ts';
import type { Finding, ScanResult } from './scan.ts';

export function toJsonReport(result: ScanResult): object {
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

const SARIF_LEVEL: Record<Severity, NonNullable<Result['level']>> = { high: 'error', medium: 'warning', low: 'note' };
const SECURITY_SEVERITY: Record<Severity, string> = { high: '8.9', medium: '6.5', low: '3.0' };

function message(f: Finding): string {
  const where = f.commit ? ` (commit ${f.commit.slice(0, 12)})` : '';
  if (f.status === 'still-in-history')
    return `${f.description}: ${f.redacted} was removed here but is still in the git history${where}. Rotate it: removing it does not un-leak it.`;
  const later = f.removedLater ? ' It is removed again later in this change, but stays in the history: rotate it.' : '';
  return `${f.description}: ${f.redacted}${where}.${later} Rotate the credential, then remove it or add its fingerprint to the baseline.`;
}

export function findingMessage(f: Finding): string {
  return message(f);
}

/** SARIF 2.1.0, typed against the schema's TypeScript description (@types/sarif), in the shape GitHub code scanning ingests. */
export function toSarif(result: ScanResult, tool: { version: string; informationUri?: string } = { version: '0.0.0' }): Log {
  const used = new Set(result.findings.map((f) => f.rule));
  const rules = result.rules.filter((r) => used.has(r.id) || result.findings.length === 0);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'devops-actions secret-scan',
            semanticVersion: tool.version,
            informationUri: tool.informationUri ?? 'https://github.com/devops-actions/devops-actions/tree/main/secret-scan',
            rules: rules.map(sarifRule),
          },
        },
        automationDetails: { id: `secret-scan/${result.scanned.mode}/` },
        results: result.findings.map((f): Result => ({
          ruleId: f.rule,
          ruleIndex: ruleIndex.get(f.rule) ?? 0,
          level: SARIF_LEVEL[f.severity],
          message: { text: message(f) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column), endColumn: Math.max(f.column + 1, f.endColumn) },
              },
            },
          ],
          partialFingerprints: { 'secretFingerprint/v1': f.fingerprint },
          properties: { severity: f.severity, status: f.status, ...(f.commit ? { commit: f.commit } : {}), redacted: f.redacted },
        })),
      },
    ],
  };
}

function sarifRule(rule: RuleDefinition): ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, __: string, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: {
      text: `${rule.description} (${rule.provider}). Found committed credentials must be rotated: removing them from the code does not remove them from the git history.`,
    },
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
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

export function formatBytes(bytes: number): string {
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

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
