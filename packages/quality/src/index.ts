// The quality-gate engine: plain TypeScript, no @actions/* imports, no process.env.
export * from './errors.ts';
export * from './coverage.ts';
export * from './detect.ts';
export * from './paths.ts';
export * from './diff.ts';
export * from './baseline.ts';
export * from './thresholds.ts';
export * from './reports.ts';
export * from './gate.ts';
export { parseLcov } from './parsers/lcov.ts';
export { parseCobertura } from './parsers/cobertura.ts';
export { parseClover } from './parsers/clover.ts';
export { parseJacoco } from './parsers/jacoco.ts';
export { parseGoCover } from './parsers/go.ts';
export { parseIstanbul, parseIstanbulSummary } from './parsers/istanbul.ts';
export { parseJunit, mergeTestCases, type TestCase, type TestReport, type TestStatus } from './parsers/junit.ts';
export { parseSarif, parseEslint, parseCheckstyle, type Finding, type FindingsReport, type Severity } from './parsers/findings.ts';
export * from './report.ts';
