export { lintSql, lintWithParser, loadParser, RULES } from './lint.ts';
export type { Finding, LintOptions, LintResult, Severity, TransactionMode } from './lint.ts';
export { discover, findMigrationsDir, LAYOUTS, MIGRATION_DIRS } from './discover.ts';
export type { Discovery, Layout, MigrationFile } from './discover.ts';
export { checkDirectory, maxSeverity, toSarif, toText } from './check.ts';
export type { CheckOptions, CheckReport } from './check.ts';
export { CONFIG_FILE, loadConfig, parseConfig } from './config.ts';
export type { MigrationCheckConfig } from './config.ts';
export { RULE_DOCS } from './rule-docs.ts';
