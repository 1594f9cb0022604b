// Finds report files by glob, recognises each by its content and reads it with its format's parser.
import { glob, readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, matchesGlob, relative, resolve } from 'node:path';
import type { CoverageReport } from './coverage.ts';
import { readHead, recogniseHead, recogniseJson } from './detect.ts';
import { ReportError } from './errors.ts';
import { REPORT_FORMATS } from './formats.ts';
import { parseJsonFile } from './json.ts';
import type { FindingsReport } from './parsers/findings.ts';
import type { AnyReportFormat, ReportFile, ReportKind } from './parsers/format.ts';
import type { TestReport } from './parsers/junit.ts';
import { METRICS, type Metric } from './parsers/metrics.ts';

export interface ParsedReports {
  coverage: CoverageReport[];
  tests: TestReport[];
  findings: FindingsReport[];
  metrics: Metric[];
  /** Every file read, with what it was recognised as. */
  files: { file: string; format: string }[];
}

/** Expands glob patterns (a leading `!` excludes) into sorted workspace-relative files. */
export async function expandGlobs(cwd: string, patterns: readonly string[]): Promise<string[]> {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  if (include.length === 0) return [];
  const mentionsDeps = include.some((p) => p.includes('node_modules'));
  const found = new Set<string>();
  for await (const entry of glob(include, {
    cwd,
    exclude: (path: string) => {
      const name = basename(path);
      return name === '.git' || (!mentionsDeps && name === 'node_modules');
    },
  })) {
    const rel = (isAbsolute(entry) ? relative(cwd, entry) : entry).replace(/\\/g, '/');
    if (exclude.some((pattern) => matchesGlob(rel, pattern))) continue;
    try {
      if ((await stat(resolve(cwd, entry))).isFile()) found.add(rel);
    } catch {
      // vanished between listing and reading
    }
  }
  return [...found].sort();
}

/** Reads the given files. Each is recognised by content; `kind` only words the errors (metrics files are read as metrics). */
export async function readReports(cwd: string, files: readonly { file: string; kind: ReportKind }[]): Promise<ParsedReports> {
  const result: ParsedReports = { coverage: [], tests: [], findings: [], metrics: [], files: [] };
  const seen = new Set<string>();
  for (const { file, kind } of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    const path = resolve(cwd, file);
    const { format, json } = kind === 'metrics' ? { format: METRICS, json: undefined } : await recognise(path, file, kind);
    await readInto(result, format, { path, label: file, json });
    result.files.push({ file, format: format.name });
  }
  return result;
}

async function recognise(path: string, label: string, kind: ReportKind): Promise<{ format: AnyReportFormat; json?: unknown }> {
  const format = recogniseHead(await readHead(path));
  if (format === undefined) throw new ReportError(label, `not a report this gate reads (given as ${kind}): expected ${EXPECTED}`);
  if (format !== 'json') return { format };
  const json = parseJsonFile(await readFile(path, 'utf8'), label);
  const jsonFormat = recogniseJson(json);
  if (jsonFormat === undefined) throw new ReportError(label, `a JSON file that is neither ${orList(JSON_TITLES, 'nor')}`);
  return { format: jsonFormat, json };
}

async function readInto(result: ParsedReports, format: AnyReportFormat, file: ReportFile): Promise<void> {
  switch (format.kind) {
    case 'coverage':
      result.coverage.push(await format.read(file));
      break;
    case 'tests':
      result.tests.push(await format.read(file));
      break;
    case 'findings':
      result.findings.push(await format.read(file));
      break;
    case 'metrics':
      result.metrics.push(...(await format.read(file)));
      break;
  }
}

function orList(items: readonly string[], last = 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1) ?? ''}`;
}

function titlesOf(formats: readonly AnyReportFormat[]): string[] {
  return [...new Set(formats.map((format) => format.title))];
}

/** The formats a report file may be in, by kind: "LCOV, Cobertura or …; JUnit XML; …". */
const EXPECTED = (['coverage', 'tests', 'findings'] as const).map((kind) => orList(titlesOf(REPORT_FORMATS.filter((f) => f.kind === kind)))).join('; ');
const JSON_TITLES = titlesOf(REPORT_FORMATS.filter((format) => format.recognise.content === 'json'));
