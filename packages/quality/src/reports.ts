// Finds report files by glob, recognises each by its content and parses it.
import { glob, readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, matchesGlob, relative, resolve } from 'node:path';
import type { CoverageReport } from './coverage.ts';
import { detectFormat, readHead } from './detect.ts';
import { ReportError } from './errors.ts';
import { parseJsonFile } from './json.ts';
import { parseCheckstyle, parseEslint, parseSarif, type FindingsReport } from './parsers/findings.ts';
import { parseJunit, type TestReport } from './parsers/junit.ts';
import { parseLcov } from './parsers/lcov.ts';
import { parseCobertura } from './parsers/cobertura.ts';
import { parseClover } from './parsers/clover.ts';
import { parseJacoco } from './parsers/jacoco.ts';
import { parseGoCover } from './parsers/go.ts';
import { parseIstanbul, parseIstanbulSummary } from './parsers/istanbul.ts';

export interface Metric {
  name: string;
  value: number;
  unit?: string;
  file: string;
}

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

export type ReportKind = 'coverage' | 'tests' | 'findings' | 'metrics';

/** Reads the given files. Each is recognised by content; `kind` only words the errors. */
export async function readReports(cwd: string, files: readonly { file: string; kind: ReportKind }[]): Promise<ParsedReports> {
  const result: ParsedReports = { coverage: [], tests: [], findings: [], metrics: [], files: [] };
  const seen = new Set<string>();
  for (const { file, kind } of files) {
    if (seen.has(file)) continue;
    seen.add(file);
    const path = resolve(cwd, file);
    if (kind === 'metrics') {
      result.metrics.push(...readMetrics(parseJsonFile(await readFile(path, 'utf8'), file), file));
      result.files.push({ file, format: 'metrics' });
      continue;
    }
    const format = detectFormat(await readHead(path));
    let recognised: string = format;
    switch (format) {
      case 'lcov':
        result.coverage.push(await parseLcov(path, file));
        break;
      case 'cobertura':
        result.coverage.push(await parseCobertura(path, file));
        break;
      case 'clover':
        result.coverage.push(await parseClover(path, file));
        break;
      case 'jacoco':
        result.coverage.push(await parseJacoco(path, file));
        break;
      case 'go':
        result.coverage.push(await parseGoCover(path, file));
        break;
      case 'junit':
        result.tests.push(await parseJunit(path, file));
        break;
      case 'checkstyle':
        result.findings.push(await parseCheckstyle(path, file));
        break;
      case 'json':
        recognised = await readJsonReport(path, file, result);
        break;
      case 'unknown':
        throw new ReportError(
          file,
          `not a report this gate reads (given as ${kind}): expected LCOV, Cobertura, Clover, JaCoCo, Istanbul JSON or a Go coverprofile; JUnit XML; SARIF 2.1.0, ESLint JSON or checkstyle`,
        );
    }
    result.files.push({ file, format: recognised });
  }
  return result;
}

async function readJsonReport(path: string, file: string, result: ParsedReports): Promise<string> {
  const json = parseJsonFile(await readFile(path, 'utf8'), file);
  if (Array.isArray(json)) {
    result.findings.push(parseEslint(json, file));
    return 'eslint';
  }
  if (json !== null && typeof json === 'object') {
    const object = json as Record<string, unknown>;
    if (Array.isArray(object.runs)) {
      result.findings.push(parseSarif(json, file));
      return 'sarif';
    }
    const total = object.total as { lines?: unknown } | undefined;
    if (total && typeof total === 'object' && 'lines' in total) {
      result.coverage.push(await parseIstanbulSummary(path, file, json));
      return 'istanbul-summary';
    }
    const first = Object.values(object)[0] as { statementMap?: unknown } | undefined;
    if (first === undefined || (typeof first === 'object' && 'statementMap' in first)) {
      result.coverage.push(await parseIstanbul(path, file, json));
      return 'istanbul';
    }
    if ('name' in object && 'value' in object) {
      result.metrics.push(...readMetrics(json, file));
      return 'metrics';
    }
  }
  throw new ReportError(
    file,
    'a JSON file that is neither SARIF, ESLint JSON, Istanbul coverage-final.json / coverage-summary.json nor a {name, value} metric',
  );
}

function readMetrics(json: unknown, file: string): Metric[] {
  const list = Array.isArray(json)
    ? json
    : json && typeof json === 'object' && Array.isArray((json as { metrics?: unknown }).metrics)
      ? (json as { metrics: unknown[] }).metrics
      : [json];
  return list.map((item, index) => {
    const metric = item as { name?: unknown; value?: unknown; unit?: unknown };
    if (typeof metric.name !== 'string' || typeof metric.value !== 'number' || !Number.isFinite(metric.value)) {
      throw new ReportError(file, `metric ${index + 1} needs a string "name" and a numeric "value", like {"name": "bundle-size", "value": 231337}`);
    }
    return { name: metric.name, value: metric.value, unit: typeof metric.unit === 'string' ? metric.unit : undefined, file };
  });
}
