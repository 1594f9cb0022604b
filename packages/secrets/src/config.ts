// `.secret-scan.yml`: extra and disabled rules, ignored paths, per-path severity,
// allow entries with a reason and an optional expiry. Errors name the line and the key.
import { compileRegExp } from './case-groups.ts';
import { ConfigReader, readConfigFile, type KeyPath } from '@devops-actions/toolkit/config';
import { parseYamlConfig } from '@devops-actions/toolkit/yaml';
import picomatch from 'picomatch';
import { FAIL_ON, type FailOn } from './fail-on.ts';
import { SEVERITIES, type RuleDefinition, type Severity } from './rules.ts';

export { FAIL_ON, type FailOn };

export const CONFIG_FILE = '.secret-scan.yml';

export interface AllowEntry {
  fingerprint?: string;
  rule?: string;
  paths?: string[];
  reason: string;
  expires?: string;
  expired: boolean;
  matchPath?: (path: string) => boolean;
}

export interface SeverityOverride {
  paths: string[];
  rules?: string[];
  severity?: Severity;
  warnOnly: boolean;
  match: (path: string) => boolean;
}

export interface SecretScanConfig {
  source?: string;
  failOn?: FailOn;
  disabled: string[];
  rules: RuleDefinition[];
  ignorePaths: string[];
  isIgnored: (path: string) => boolean;
  overrides: SeverityOverride[];
  allow: AllowEntry[];
  /** Scan vendored directories (node_modules, vendor, third_party) too. */
  includeVendored: boolean;
}

export function emptyConfig(): SecretScanConfig {
  return { disabled: [], rules: [], ignorePaths: [], isIgnored: () => false, overrides: [], allow: [], includeVendored: false };
}

export function globMatcher(patterns: string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const match = picomatch(patterns, { dot: true });
  return (path) => match(path);
}

/** Loads the config file: the given path (which must exist), or `.secret-scan.yml` in `cwd` when it exists. */
export function loadConfig(cwd: string, file?: string, today = new Date()): SecretScanConfig {
  const found = readConfigFile(cwd, file, CONFIG_FILE);
  return found === undefined ? emptyConfig() : parseConfig(found.text, found.name, today);
}

const KEYS = ['fail-on', 'rules', 'paths', 'severity', 'allow', 'vendored'];

export function parseConfig(text: string, name = CONFIG_FILE, today = new Date()): SecretScanConfig {
  const parsed = parseYamlConfig(text, name, 'fail-on: high');
  const read = new ConfigReader(parsed.locate);
  const config = emptyConfig();
  config.source = name;
  const root = read.map(parsed.value, [], 'fail-on: high', true);
  read.keys(root, [], KEYS);
  if (root['fail-on'] !== undefined) config.failOn = read.oneOf(root['fail-on'], ['fail-on'], FAIL_ON);
  if (root.vendored !== undefined) config.includeVendored = read.oneOf(root.vendored, ['vendored'], ['skip', 'scan']) === 'scan';
  if (root.rules !== undefined) readRules(read, root.rules, config);
  if (root.paths !== undefined) {
    config.ignorePaths = read.strings(read.map(root.paths, ['paths'], "paths: { ignore: ['docs/**'] }").ignore, ['paths', 'ignore']);
    config.isIgnored = globMatcher(config.ignorePaths);
  }
  if (root.severity !== undefined)
    config.overrides = read
      .list(root.severity, ['severity'], "severity: [{ paths: ['tests/**'], warn-only: true }]")
      .map((item, i) => readOverride(read, item, ['severity', i]));
  if (root.allow !== undefined)
    config.allow = read
      .list(root.allow, ['allow'], "allow: [{ fingerprint: 'rule:sha256', reason: 'test fixture' }]")
      .map((item, i) => readAllow(read, item, ['allow', i], today));
  return config;
}

function readRules(read: ConfigReader, value: unknown, config: SecretScanConfig): void {
  const rules = read.map(value, ['rules'], 'rules: { disable: [generic-api-key] }');
  config.disabled = read.strings(rules.disable, ['rules', 'disable']);
  if (rules.add === undefined) return;
  config.rules = read.list(rules.add, ['rules', 'add'], "add: [{ id: acme-api-token, regex: 'acme_[a-z0-9]{32}', keywords: [acme_] }]").map((item, i) => {
    const at: KeyPath = ['rules', 'add', i];
    const rule = read.map(item, at, "{ id: acme-api-token, regex: 'acme_[a-z0-9]{32}', keywords: [acme_] }");
    const id = read.required(rule.id, [...at, 'id'], 'acme-api-token');
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) read.fail([...at, 'id'], `"${id}" must be lower-case letters, digits and dashes`, 'acme-api-token');
    const regex = read.required(rule.regex, [...at, 'regex'], "'acme_[a-z0-9]{32}'");
    try {
      compileRegExp(regex, 'd');
    } catch (error) {
      read.fail([...at, 'regex'], `is not a valid regular expression: ${(error as Error).message}`);
    }
    const keywords = read.strings(rule.keywords, [...at, 'keywords']).map((k) => k.toLowerCase());
    if (keywords.length === 0) read.fail([...at, 'keywords'], 'needs at least one literal keyword that every match contains (used to prefilter)', "['acme_']");
    return {
      id,
      provider: read.optionalText(rule.provider, [...at, 'provider']) ?? 'Custom',
      category: 'generic',
      description: read.optionalText(rule.description, [...at, 'description']) ?? id,
      severity: rule.severity === undefined ? 'high' : read.oneOf(rule.severity, [...at, 'severity'], SEVERITIES, 'medium'),
      keywords,
      secret: regex,
      pattern: regex.includes('(?<secret>') ? regex : `(?<secret>${regex})`,
      minEntropy: rule.entropy === undefined ? undefined : read.number(rule.entropy, [...at, 'entropy'], '3.5'),
    };
  });
}

function readOverride(read: ConfigReader, value: unknown, at: KeyPath): SeverityOverride {
  const item = read.map(value, at, "{ paths: ['tests/**'], warn-only: true }");
  const paths = read.strings(item.paths, [...at, 'paths']);
  if (paths.length === 0) read.fail([...at, 'paths'], 'is required', "['tests/**']");
  const warnOnly = item['warn-only'] === undefined ? false : read.boolean(item['warn-only'], [...at, 'warn-only']);
  const severity = item.severity === undefined ? undefined : read.oneOf(item.severity, [...at, 'severity'], SEVERITIES, 'medium');
  if (severity === undefined && !warnOnly) read.fail(at, 'needs `severity` or `warn-only: true`', 'severity: low');
  const rules = read.strings(item.rules, [...at, 'rules']);
  return { paths, rules: rules.length ? rules : undefined, severity, warnOnly, match: globMatcher(paths) };
}

function readAllow(read: ConfigReader, value: unknown, at: KeyPath, today: Date): AllowEntry {
  const item = read.map(value, at, "{ fingerprint: 'rule:sha256', reason: 'test fixture' }");
  const reason = read.optionalText(item.reason, [...at, 'reason']);
  if (reason === undefined) return read.fail([...at, 'reason'], 'is required: say why this is not a leak', "reason: 'revoked test key'");
  const fingerprint = read.optionalText(item.fingerprint, [...at, 'fingerprint']);
  const rule = read.optionalText(item.rule, [...at, 'rule']);
  const paths = read.strings(item.paths, [...at, 'paths']);
  if (fingerprint === undefined && rule === undefined && paths.length === 0) read.fail(at, 'needs a fingerprint, a rule or paths');
  if (fingerprint !== undefined && !/^[a-z0-9-]+:[0-9a-f]{64}$/.test(fingerprint))
    read.fail([...at, 'fingerprint'], 'must be <rule-id>:<sha256 hex> as printed in the report');
  const expires = read.optionalText(item.expires, [...at, 'expires']);
  let expired = false;
  if (expires !== undefined) {
    const date = new Date(`${expires.slice(0, 10)}T23:59:59Z`);
    if (!/^\d{4}-\d{2}-\d{2}/.test(expires) || Number.isNaN(date.getTime())) read.fail([...at, 'expires'], `"${expires}" is not a date`, '2026-12-31');
    expired = date.getTime() < today.getTime();
  }
  return { fingerprint, rule, paths: paths.length ? paths : undefined, reason, expires, expired, matchPath: paths.length ? globMatcher(paths) : undefined };
}
