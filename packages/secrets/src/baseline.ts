// The baseline: known findings, by fingerprint (rule id + SHA-256 of the secret), so that
// they survive moves, renames and shifted lines. Written sorted and without timestamps,
// so regenerating it gives the same bytes.
import { existsSync, readFileSync } from 'node:fs';
import { ConfigurationError } from '@devops-actions/toolkit';

export const BASELINE_FILE = '.secret-scan-baseline.json';

export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  /** Where it was when the baseline was made; informative only. */
  file: string;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

export function readBaseline(path: string, name = path): Baseline {
  if (!existsSync(path)) return { version: 1, entries: [] };
  return parseBaseline(readFileSync(path, 'utf8'), name);
}

export function parseBaseline(text: string, name: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(name, `is not valid JSON: ${(error as Error).message}`, 'regenerate it with `devops-actions secret-scan baseline`');
  }
  const entries = (data as { findings?: unknown }).findings;
  if (!Array.isArray(entries)) throw new ConfigurationError(name, 'has no "findings" list', 'regenerate it with `devops-actions secret-scan baseline`');
  return {
    version: 1,
    entries: entries.map((e: unknown, i) => {
      const entry = e as Partial<BaselineEntry>;
      if (typeof entry.fingerprint !== 'string' || !/^[a-z0-9-]+:[0-9a-f]{64}$/.test(entry.fingerprint))
        throw new ConfigurationError(`${name} findings[${i}].fingerprint`, 'must be <rule-id>:<sha256 hex>');
      return { fingerprint: entry.fingerprint, rule: entry.rule ?? entry.fingerprint.split(':')[0] ?? '', file: entry.file ?? '' };
    }),
  };
}

export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const unique = new Map<string, BaselineEntry>();
  for (const e of entries) if (!unique.has(e.fingerprint)) unique.set(e.fingerprint, { fingerprint: e.fingerprint, rule: e.rule, file: e.file });
  const sorted = [...unique.values()].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return `${JSON.stringify({ version: 1, findings: sorted }, null, 2)}\n`;
}
