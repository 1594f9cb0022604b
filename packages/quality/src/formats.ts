// Every report format the gate reads, in the order they are tried: the first whose recogniser
// accepts a file reads it. A format is a parser file that exports its ReportFormat, and one line here.
import { CLOVER } from './parsers/clover.ts';
import { COBERTURA } from './parsers/cobertura.ts';
import { CHECKSTYLE, ESLINT, SARIF } from './parsers/findings.ts';
import type { AnyReportFormat } from './parsers/format.ts';
import { GO_COVERPROFILE } from './parsers/go.ts';
import { ISTANBUL, ISTANBUL_SUMMARY } from './parsers/istanbul.ts';
import { JACOCO } from './parsers/jacoco.ts';
import { JUNIT } from './parsers/junit.ts';
import { LCOV } from './parsers/lcov.ts';
import { METRICS } from './parsers/metrics.ts';

export const REPORT_FORMATS: readonly AnyReportFormat[] = [
  GO_COVERPROFILE,
  LCOV,
  CLOVER, // before Cobertura: both have a <coverage> root
  COBERTURA,
  JUNIT,
  CHECKSTYLE,
  JACOCO, // after the other XML formats: it also takes an unrecognised root whose doctype names JaCoCo
  ESLINT,
  SARIF,
  ISTANBUL_SUMMARY,
  ISTANBUL,
  METRICS,
];
