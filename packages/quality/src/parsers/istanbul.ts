// Istanbul JSON: coverage-final.json (statement maps, through istanbul-lib-coverage) and
// coverage-summary.json (per-file totals only: counted in the project figure, not in the patch).
import { readFile } from 'node:fs/promises';
import libCoverage from 'istanbul-lib-coverage';
import type { CoverageReport } from '../coverage.ts';
import { fileCoverage } from '../coverage.ts';
import { parseJsonFile } from '../json.ts';
import { ReportError } from '../errors.ts';
import { isJsonObject, type ReportFormat } from './format.ts';

export async function parseIstanbul(file: string, label: string, data?: unknown): Promise<CoverageReport> {
  const json = data ?? parseJsonFile(await readFile(file, 'utf8'), label);
  const report: CoverageReport = { format: 'istanbul', file: label, files: new Map(), sourceRoots: [] };
  let map;
  try {
    map = libCoverage.createCoverageMap(json as libCoverage.CoverageMapData);
  } catch (error) {
    throw new ReportError(label, `not an Istanbul coverage map: ${(error as Error).message}`);
  }
  for (const path of map.files()) {
    const lines = map.fileCoverageFor(path).getLineCoverage();
    const hits = fileCoverage(report, path);
    for (const [line, count] of Object.entries(lines)) hits.add(Number(line), count);
  }
  return report;
}

interface SummaryEntry {
  lines?: { total?: number; covered?: number };
}

export async function parseIstanbulSummary(file: string, label: string, data?: unknown): Promise<CoverageReport> {
  const json = (data ?? parseJsonFile(await readFile(file, 'utf8'), label)) as Record<string, SummaryEntry>;
  const report: CoverageReport = { format: 'istanbul-summary', file: label, files: new Map(), sourceRoots: [] };
  for (const [path, entry] of Object.entries(json)) {
    if (path === 'total') continue;
    const total = entry.lines?.total;
    const covered = entry.lines?.covered;
    if (typeof total !== 'number' || typeof covered !== 'number') throw new ReportError(label, `the entry for ${path} has no lines.total / lines.covered`);
    report.files.set(path, { summary: { covered, total } });
  }
  return report;
}

export const ISTANBUL_SUMMARY: ReportFormat<'coverage'> = {
  name: 'istanbul-summary',
  title: 'Istanbul coverage-summary.json',
  kind: 'coverage',
  recognise: { content: 'json', test: (document) => isJsonObject(document) && isJsonObject(document.total) && 'lines' in document.total },
  read: ({ path, label, json }) => parseIstanbulSummary(path, label, json),
};

export const ISTANBUL: ReportFormat<'coverage'> = {
  name: 'istanbul',
  title: 'Istanbul coverage-final.json',
  kind: 'coverage',
  // A map of files to their statement maps; an empty map is an empty report.
  recognise: {
    content: 'json',
    test: (document) => {
      if (!isJsonObject(document)) return false;
      const first = Object.values(document)[0];
      return first === undefined || (isJsonObject(first) && 'statementMap' in first);
    },
  },
  read: ({ path, label, json }) => parseIstanbul(path, label, json),
};
