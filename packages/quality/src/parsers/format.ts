// What a report format declares: its name, the kind of report it is, how it is recognised by
// content (never by file name) and how it is read. The gate's formats are listed in ../formats.ts.
import type { CoverageReport } from '../coverage.ts';
import type { FindingsReport } from './findings.ts';
import type { TestReport } from './junit.ts';
import type { Metric } from './metrics.ts';

export type ReportKind = 'coverage' | 'tests' | 'findings' | 'metrics';

/** What a report of each kind is read into. */
export interface ReportOf {
  coverage: CoverageReport;
  tests: TestReport;
  findings: FindingsReport;
  metrics: Metric[];
}

/** An XML report's first element: its name and its whole start tag. */
export interface XmlRoot {
  name: string;
  tag: string;
}

/**
 * How a format is told apart, by what the file holds: the head of a line-based text file, the
 * root element of an XML file, or the parsed document of a JSON file.
 */
export type Recogniser =
  | { content: 'text'; test: (head: string) => boolean }
  | { content: 'xml'; test: (root: XmlRoot, head: string) => boolean }
  | { content: 'json'; test: (document: unknown) => boolean };

export interface ReportFile {
  /** Where to read it. */
  path: string;
  /** How errors name it: the workspace-relative path. */
  label: string;
  /** A JSON file's document, parsed once to recognise it. */
  json?: unknown;
}

export interface ReportFormat<K extends ReportKind = ReportKind> {
  /** As the gate lists the reports it read: `lcov`, `cobertura`, `sarif`. */
  name: string;
  /** As messages name it: `LCOV`, `a Go coverprofile`. */
  title: string;
  kind: K;
  recognise: Recogniser;
  read(file: ReportFile): Promise<ReportOf[K]> | ReportOf[K];
}

/** Any format, told apart by its kind. */
export type AnyReportFormat = { [K in ReportKind]: ReportFormat<K> }[ReportKind];

export function isJsonObject(document: unknown): document is Record<string, unknown> {
  return document !== null && typeof document === 'object' && !Array.isArray(document);
}
