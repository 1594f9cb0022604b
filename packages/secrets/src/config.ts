// `.secret-scan.yml`: extra and disabled rules, ignored paths, per-path severity,
// allow entries with a reason and an optional expiry. Errors name the line and the key.
import { ConfigurationError } from '@devops-actions/toolkit';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import picomatch from 'picomatch';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { SEVERITIES, type RuleDefinition, type Severity } from './rules.ts';

export const CONFIG_FILE = '.secret-scan.yml';

export class ConfigError extends ConfigurationError {}

export type FailOn = Severity | 'none';
export const FAIL_ON: readonly FailOn[] = ['high', 'medium', 'low', 'none'];

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

/** Loads the config file: the given path, or `.secret-scan.yml` in `cwd` when it exists. */
export function loadConfig(cwd: string, file?: string, today = new Date()): SecretScanConfig {
  const path = file === undefined ? join(cwd, CONFIG_FILE) : isAbsolute(file) ? file : join(cwd, file);
  if (!existsSync(path)) {
    if (file !== undefined) throw new ConfigError('config', `the file ${file} does not exist`, CONFIG_FILE);
    return emptyConfig();
  }
  return parseConfig(readFileSync(path, 'utf8'), file ?? CONFIG_FILE, today);
}

export function parseConfig(text: string, name = CONFIG_FILE, today = new Date()): SecretScanConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = error ? lineCounter.linePos(error.pos[0]).line : 1;
    throw new ConfigError(`${name}:${line}`, `is not valid YAML: ${error?.message.split('\n')[0] ?? 'parse error'}`);
  }
  const at = (node: unknown, key: string) => {
    const range = (node as Node | undefined)?.range;
    return `${name}:${range ? lineCounter.linePos(range[0]).line : 1} ${key}`;
  };
  const config = emptyConfig();
  config.source = name;
  const root = doc.contents;
  if (root === null || root === undefined) return config;
  if (!isMap(root)) throw new ConfigError(at(root, '(top level)'), 'must be a mapping of keys', 'fail-on: high');
  const known = ['fail-on', 'rules', 'paths', 'severity', 'allow', 'vendored'];
  for (const pair of root.items) {
    const raw = (pair.key as { value?: unknown } | null)?.value;
    const key = typeof raw === 'string' ? raw : JSON.stringify(raw ?? '');
    if (!known.includes(key)) throw new ConfigError(at(pair.key, key), `unknown key; known keys are ${known.join(', ')}`);
  }
  const get = (node: unknown, key: string): Node | undefined => (isMap(node) ? node.get(key, true) : undefined);
  const str = (node: Node | undefined, key: string, required = false): string | undefined => {
    if (node === undefined || node === null) {
      if (required) throw new ConfigError(at(node, key), 'is required');
      return undefined;
    }
    const value = (node as { value?: unknown }).value;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
      return String(value instanceof Date ? value.toISOString().slice(0, 10) : value);
    throw new ConfigError(at(node, key), 'must be a non-empty string');
  };
  const strList = (node: Node | undefined, key: string): string[] => {
    if (node === undefined) return [];
    if (!isSeq(node)) {
      const single = str(node, key);
      return single === undefined ? [] : [single];
    }
    return node.items.map((item, i) => str(item as Node, `${key}[${i}]`, true) ?? '');
  };
  const severity = (node: Node | undefined, key: string): Severity | undefined => {
    const value = str(node, key);
    if (value === undefined) return undefined;
    if (!(SEVERITIES as readonly string[]).includes(value)) throw new ConfigError(at(node, key), `"${value}" is not one of ${SEVERITIES.join(', ')}`, 'medium');
    return value as Severity;
  };

  const failOn = str(get(root, 'fail-on'), 'fail-on');
  if (failOn !== undefined) {
    if (!(FAIL_ON as readonly string[]).includes(failOn))
      throw new ConfigError(at(get(root, 'fail-on'), 'fail-on'), `"${failOn}" is not one of ${FAIL_ON.join(', ')}`, 'high');
    config.failOn = failOn as FailOn;
  }
  const vendored = get(root, 'vendored');
  if (vendored !== undefined) config.includeVendored = str(vendored, 'vendored') === 'scan';

  const rules = get(root, 'rules');
  if (rules !== undefined) {
    if (!isMap(rules)) throw new ConfigError(at(rules, 'rules'), 'must be a mapping with `disable` and/or `add`', 'rules: { disable: [generic-api-key] }');
    config.disabled = strList(get(rules, 'disable'), 'rules.disable');
    const add = get(rules, 'add');
    if (add !== undefined) {
      if (!isSeq(add)) throw new ConfigError(at(add, 'rules.add'), 'must be a list of rules');
      add.items.forEach((item, i) => {
        const key = `rules.add[${i}]`;
        if (!isMap(item)) throw new ConfigError(at(item, key), 'must be a mapping with id, description, regex and keywords');
        const id = str(get(item, 'id'), `${key}.id`, true) ?? '';
        if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
          throw new ConfigError(at(get(item, 'id'), `${key}.id`), `"${id}" must be lower-case letters, digits and dashes`, 'acme-api-token');
        const regex = str(get(item, 'regex'), `${key}.regex`, true) ?? '';
        try {
          new RegExp(regex, 'd');
        } catch (error) {
          throw new ConfigError(at(get(item, 'regex'), `${key}.regex`), `is not a valid regular expression: ${(error as Error).message}`);
        }
        const keywords = strList(get(item, 'keywords'), `${key}.keywords`).map((k) => k.toLowerCase());
        if (keywords.length === 0)
          throw new ConfigError(at(item, `${key}.keywords`), 'needs at least one literal keyword that every match contains (used to prefilter)', "['acme_']");
        const entropy = str(get(item, 'entropy'), `${key}.entropy`);
        config.rules.push({
          id,
          provider: str(get(item, 'provider'), `${key}.provider`) ?? 'Custom',
          category: 'generic',
          description: str(get(item, 'description'), `${key}.description`) ?? id,
          severity: severity(get(item, 'severity'), `${key}.severity`) ?? 'high',
          keywords,
          secret: regex,
          pattern: regex.includes('(?<secret>') ? regex : `(?<secret>${regex})`,
          minEntropy: entropy === undefined ? undefined : Number(entropy),
        });
      });
    }
  }

  const paths = get(root, 'paths');
  if (paths !== undefined) {
    config.ignorePaths = strList(get(paths, 'ignore'), 'paths.ignore');
    config.isIgnored = globMatcher(config.ignorePaths);
  }

  const overrides = get(root, 'severity');
  if (overrides !== undefined) {
    if (!isSeq(overrides))
      throw new ConfigError(
        at(overrides, 'severity'),
        'must be a list of { paths, severity | warn-only }',
        "severity: [{ paths: ['tests/**'], warn-only: true }]",
      );
    overrides.items.forEach((item, i) => {
      const key = `severity[${i}]`;
      const p = strList(get(item, 'paths'), `${key}.paths`);
      if (p.length === 0) throw new ConfigError(at(item, `${key}.paths`), 'is required', "['tests/**']");
      const warnOnly = str(get(item, 'warn-only'), `${key}.warn-only`) === 'true';
      const sev = severity(get(item, 'severity'), `${key}.severity`);
      if (sev === undefined && !warnOnly) throw new ConfigError(at(item, key), 'needs `severity` or `warn-only: true`', 'severity: low');
      const r = strList(get(item, 'rules'), `${key}.rules`);
      config.overrides.push({ paths: p, rules: r.length ? r : undefined, severity: sev, warnOnly, match: globMatcher(p) });
    });
  }

  const allow = get(root, 'allow');
  if (allow !== undefined) {
    if (!isSeq(allow))
      throw new ConfigError(at(allow, 'allow'), 'must be a list of entries with a reason', "allow: [{ fingerprint: 'rule:sha256', reason: 'test fixture' }]");
    allow.items.forEach((item, i) => {
      const key = `allow[${i}]`;
      if (!isMap(item)) throw new ConfigError(at(item, key), 'must be a mapping with fingerprint or rule/paths, and reason');
      const reason = str(get(item, 'reason'), `${key}.reason`);
      if (reason === undefined) throw new ConfigError(at(item, `${key}.reason`), 'is required: say why this is not a leak', "reason: 'revoked test key'");
      const fingerprint = str(get(item, 'fingerprint'), `${key}.fingerprint`);
      const rule = str(get(item, 'rule'), `${key}.rule`);
      const p = strList(get(item, 'paths'), `${key}.paths`);
      if (fingerprint === undefined && rule === undefined && p.length === 0) throw new ConfigError(at(item, key), 'needs a fingerprint, a rule or paths');
      if (fingerprint !== undefined && !/^[a-z0-9-]+:[0-9a-f]{64}$/.test(fingerprint))
        throw new ConfigError(at(get(item, 'fingerprint'), `${key}.fingerprint`), 'must be <rule-id>:<sha256 hex> as printed in the report');
      const expires = str(get(item, 'expires'), `${key}.expires`);
      let expired = false;
      if (expires !== undefined) {
        const date = new Date(`${expires.slice(0, 10)}T23:59:59Z`);
        if (!/^\d{4}-\d{2}-\d{2}/.test(expires) || Number.isNaN(date.getTime()))
          throw new ConfigError(at(get(item, 'expires'), `${key}.expires`), `"${expires}" is not a date`, '2026-12-31');
        expired = date.getTime() < today.getTime();
      }
      config.allow.push({ fingerprint, rule, paths: p.length ? p : undefined, reason, expires, expired, matchPath: p.length ? globMatcher(p) : undefined });
    });
  }
  return config;
}
