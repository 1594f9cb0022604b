// The one SARIF 2.1.0 builder, in the shape GitHub code scanning ingests: rules named once
// and referred to by index, paths relative to the checkout (%SRCROOT%), stable fingerprints.
import type { Log, ReportingDescriptor, Result } from 'sarif';

export type SarifLevel = NonNullable<Result['level']>;

export interface SarifFinding {
  ruleId: string;
  level: SarifLevel;
  message: string;
  /** Relative to the checkout root, forward slashes. */
  file: string;
  line: number;
  column?: number;
  endColumn?: number;
  /** Identities code scanning uses to follow a result when lines move (`name/v1` -> value). */
  fingerprints?: Record<string, string>;
  properties?: Record<string, unknown>;
}

export interface SarifTool {
  /** e.g. `devops-actions secret-scan` */
  name: string;
  version?: string;
  informationUri: string;
  /** Every rule a finding may name; the log keeps those used (all of them when nothing was found). */
  rules: readonly ReportingDescriptor[];
}

/** A severity in the project's words as a SARIF level. */
export function sarifLevel(severity: string): SarifLevel {
  if (severity === 'error' || severity === 'high' || severity === 'critical') return 'error';
  if (severity === 'warning' || severity === 'medium') return 'warning';
  return 'note';
}

export function toSarifLog(tool: SarifTool, findings: readonly SarifFinding[], options: { automationId?: string } = {}): Log {
  const used = new Set(findings.map((f) => f.ruleId));
  const known = new Set(tool.rules.map((r) => r.id));
  const rules: ReportingDescriptor[] = [
    ...tool.rules.filter((r) => used.has(r.id) || findings.length === 0),
    // A finding whose rule the tool did not describe still gets a rule entry to point at.
    ...[...used].filter((id) => !known.has(id)).map((id) => ({ id, shortDescription: { text: id } })),
  ];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            ...(tool.version === undefined ? {} : { semanticVersion: tool.version }),
            informationUri: tool.informationUri,
            rules,
          },
        },
        ...(options.automationId === undefined ? {} : { automationDetails: { id: options.automationId } }),
        results: findings.map((f): Result => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
          level: f.level,
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: Math.max(1, f.line),
                  ...(f.column === undefined ? {} : { startColumn: Math.max(1, f.column) }),
                  ...(f.endColumn === undefined ? {} : { endColumn: Math.max((f.column ?? 1) + 1, f.endColumn) }),
                },
              },
            },
          ],
          ...(f.fingerprints === undefined ? {} : { partialFingerprints: f.fingerprints }),
          ...(f.properties === undefined ? {} : { properties: f.properties }),
        })),
      },
    ],
  };
}
