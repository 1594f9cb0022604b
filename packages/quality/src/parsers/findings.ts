// Static-analysis findings: SARIF 2.1.0, ESLint's JSON formatter and checkstyle XML.
import { streamXml } from '../xml.ts';
import { ReportError } from '../errors.ts';
import { isJsonObject, type ReportFormat } from './format.ts';

export type Severity = 'error' | 'warning' | 'note';

export interface Finding {
  tool: string;
  rule: string;
  severity: Severity;
  message: string;
  /** The path as the report wrote it (normalised later). */
  file: string;
  line?: number;
  column?: number;
  /** The report's own fingerprint (SARIF fingerprints / partialFingerprints), when it gives one. */
  fingerprint?: string;
}

export interface FindingsReport {
  /** The name of its format (see formats.ts): `sarif`, `eslint`, `checkstyle`. */
  format: string;
  file: string;
  findings: Finding[];
  /** Commits the report says it was made for (SARIF versionControlProvenance). */
  revisions?: string[];
}

interface SarifLocation {
  physicalLocation?: { artifactLocation?: { uri?: string; uriBaseId?: string; index?: number }; region?: { startLine?: number; startColumn?: number } };
}
interface SarifResult {
  ruleId?: string;
  rule?: { id?: string };
  ruleIndex?: number;
  level?: string;
  kind?: string;
  message?: { text?: string; markdown?: string };
  locations?: SarifLocation[];
  fingerprints?: Record<string, string>;
  partialFingerprints?: Record<string, string>;
  suppressions?: unknown[];
}
interface SarifRun {
  tool?: { driver?: { name?: string; rules?: { id?: string; defaultConfiguration?: { level?: string } }[] } };
  originalUriBaseIds?: Record<string, { uri?: string }>;
  artifacts?: { location?: { uri?: string } }[];
  results?: SarifResult[];
  versionControlProvenance?: { revisionId?: string }[];
}

function severityOf(level: string | undefined): Severity | undefined {
  if (level === 'error') return 'error';
  if (level === 'warning' || level === undefined) return 'warning';
  if (level === 'note') return 'note';
  return undefined; // 'none'
}

function fingerprintOf(result: SarifResult): string | undefined {
  const prints = result.fingerprints && Object.keys(result.fingerprints).length > 0 ? result.fingerprints : result.partialFingerprints;
  if (!prints || Object.keys(prints).length === 0) return undefined;
  return Object.entries(prints)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${value}`)
    .join(';');
}

export function parseSarif(json: unknown, label: string): FindingsReport {
  const log = json as { version?: string; runs?: SarifRun[] };
  if (!Array.isArray(log.runs)) throw new ReportError(label, 'a SARIF log needs a "runs" array');
  if (log.version !== undefined && log.version !== '2.1.0') throw new ReportError(label, `SARIF version ${log.version} is not supported; version 2.1.0 is`);
  const findings: Finding[] = [];
  for (const run of log.runs) {
    const tool = run.tool?.driver?.name ?? 'sarif';
    const rules = run.tool?.driver?.rules ?? [];
    for (const result of run.results ?? []) {
      if (result.kind !== undefined && result.kind !== 'fail') continue;
      if (result.suppressions && result.suppressions.length > 0) continue;
      const ruleMeta = result.ruleIndex !== undefined ? rules[result.ruleIndex] : undefined;
      const severity = severityOf(result.level ?? ruleMeta?.defaultConfiguration?.level);
      if (!severity) continue;
      const physical = result.locations?.[0]?.physicalLocation;
      const artifact = physical?.artifactLocation;
      let uri = artifact?.uri ?? (artifact?.index !== undefined ? run.artifacts?.[artifact.index]?.location?.uri : undefined) ?? '';
      const base = artifact?.uriBaseId ? run.originalUriBaseIds?.[artifact.uriBaseId]?.uri : undefined;
      if (base && !/^[a-z]+:/i.test(uri)) uri = base.replace(/\/?$/, '/') + uri;
      findings.push({
        tool,
        rule: result.ruleId ?? result.rule?.id ?? ruleMeta?.id ?? 'unknown',
        severity,
        message: result.message?.text ?? result.message?.markdown ?? '',
        file: decodeUri(uri),
        line: physical?.region?.startLine,
        column: physical?.region?.startColumn,
        fingerprint: fingerprintOf(result),
      });
    }
  }
  const revisions = log.runs.flatMap((run) =>
    (run.versionControlProvenance ?? []).map((v) => v.revisionId).filter((r): r is string => typeof r === 'string' && r !== ''),
  );
  return { format: 'sarif', file: label, findings, revisions };
}

function decodeUri(uri: string): string {
  const path = uri.startsWith('file://') ? uri.slice('file://'.length) : uri;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

interface EslintFile {
  filePath?: string;
  messages?: { ruleId?: string | null; severity?: number; message?: string; line?: number; column?: number; fatal?: boolean }[];
}

export function parseEslint(json: unknown, label: string): FindingsReport {
  if (!Array.isArray(json)) throw new ReportError(label, 'ESLint JSON output is an array of files');
  const findings: Finding[] = [];
  for (const entry of json as EslintFile[]) {
    if (typeof entry.filePath !== 'string' || !Array.isArray(entry.messages)) throw new ReportError(label, 'each ESLint entry needs filePath and messages');
    for (const message of entry.messages) {
      findings.push({
        tool: 'eslint',
        rule: message.ruleId ?? (message.fatal ? 'parse-error' : 'unknown'),
        severity: message.severity === 2 ? 'error' : 'warning',
        message: message.message ?? '',
        file: entry.filePath,
        line: message.line,
        column: message.column,
      });
    }
  }
  return { format: 'eslint', file: label, findings };
}

export async function parseCheckstyle(file: string, label: string): Promise<FindingsReport> {
  const findings: Finding[] = [];
  let current: string | undefined;
  await streamXml(file, label, {
    open(name, attributes) {
      if (name === 'file') current = attributes.name ?? '';
      else if (name === 'error' && current !== undefined) {
        const severity: Severity | undefined =
          attributes.severity === 'error' ? 'error' : attributes.severity === 'warning' ? 'warning' : attributes.severity === 'ignore' ? undefined : 'note';
        if (!severity) return;
        findings.push({
          tool: 'checkstyle',
          rule: attributes.source ?? 'unknown',
          severity,
          message: attributes.message ?? '',
          file: current,
          line: attributes.line === undefined ? undefined : Number(attributes.line),
          column: attributes.column === undefined ? undefined : Number(attributes.column),
        });
      }
    },
    close(name) {
      if (name === 'file') current = undefined;
    },
  });
  return { format: 'checkstyle', file: label, findings };
}

export const CHECKSTYLE: ReportFormat<'findings'> = {
  name: 'checkstyle',
  title: 'checkstyle',
  kind: 'findings',
  recognise: { content: 'xml', test: (root) => root.name === 'checkstyle' },
  read: ({ path, label }) => parseCheckstyle(path, label),
};

export const ESLINT: ReportFormat<'findings'> = {
  name: 'eslint',
  title: 'ESLint JSON',
  kind: 'findings',
  recognise: { content: 'json', test: (document) => Array.isArray(document) },
  read: ({ label, json }) => parseEslint(json, label),
};

export const SARIF: ReportFormat<'findings'> = {
  name: 'sarif',
  title: 'SARIF 2.1.0',
  kind: 'findings',
  recognise: { content: 'json', test: (document) => isJsonObject(document) && Array.isArray(document.runs) },
  read: ({ label, json }) => parseSarif(json, label),
};
