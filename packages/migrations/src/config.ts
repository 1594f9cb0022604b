// `.migration-check.yml`: where the migrations are, disabled rules, severity overrides, the
// style group, `assume-lock-timeout` and the production PostgreSQL major. Errors name the
// line and the key. Action inputs and CLI options override what the file says.
import { ConfigurationError } from '@devops-actions/toolkit';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { LAYOUTS, type Layout } from './discover.ts';
import { RULES, type Severity } from './lint.ts';

export const CONFIG_FILE = '.migration-check.yml';

export interface MigrationCheckConfig {
  source?: string;
  path?: string;
  layout?: Layout;
  disabledRules: string[];
  severityOverrides: Record<string, Severity>;
  style?: boolean;
  assumeLockTimeout?: boolean;
  postgresVersion?: string;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];
const KEYS = ['path', 'format', 'disable', 'severity', 'style', 'assume-lock-timeout', 'postgres-version'];

/** Loads the config: the given file, or `.migration-check.yml` in `cwd` when it exists. */
export function loadConfig(cwd: string, file?: string): MigrationCheckConfig {
  const path = file === undefined ? join(cwd, CONFIG_FILE) : isAbsolute(file) ? file : join(cwd, file);
  if (!existsSync(path)) {
    if (file !== undefined && file !== CONFIG_FILE) throw new ConfigurationError('config', `the file ${file} does not exist`, CONFIG_FILE);
    return { disabledRules: [], severityOverrides: {} };
  }
  return parseConfig(readFileSync(path, 'utf8'), file ?? CONFIG_FILE);
}

export function parseConfig(text: string, name = CONFIG_FILE): MigrationCheckConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (node: unknown, key: string) => {
    const range = (node as Node | undefined)?.range;
    return `${name}:${range ? lines.linePos(range[0]).line : 1} ${key}`;
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new ConfigurationError(
      `${name}:${error ? lines.linePos(error.pos[0]).line : 1}`,
      `is not valid YAML: ${error?.message.split('\n')[0] ?? 'parse error'}`,
    );
  }
  const config: MigrationCheckConfig = { source: name, disabledRules: [], severityOverrides: {} };
  const root = doc.contents;
  if (root === null || root === undefined) return config;
  if (!isMap(root)) throw new ConfigurationError(at(root, '(top level)'), 'must be a mapping of keys', 'disable: [prefer-bigint]');
  const value = (node: Node | undefined): unknown => (node as { value?: unknown } | undefined)?.value;
  /** A scalar as text ('' for a mapping or list, which the callers then reject). */
  const scalar = (node: Node | undefined): string => {
    const v = value(node);
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  };
  const ruleId = (node: Node | undefined, key: string): string => {
    const id = scalar(node);
    if (!(id in RULES)) throw new ConfigurationError(at(node, key), `"${id}" is not a rule id; see migration-check/README.md`, 'missing-lock-timeout');
    return id;
  };
  const bool = (node: Node | undefined, key: string): boolean => {
    const v = value(node);
    if (typeof v !== 'boolean') throw new ConfigurationError(at(node, key), 'must be true or false', 'true');
    return v;
  };
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const key = scalar(keyNode ?? undefined);
    const node = pair.value as Node | undefined;
    if (!KEYS.includes(key)) throw new ConfigurationError(at(keyNode, key), `unknown key; known keys are ${KEYS.join(', ')}`);
    switch (key) {
      case 'path':
        config.path = scalar(node);
        break;
      case 'format': {
        const layout = scalar(node);
        if (!(LAYOUTS as readonly string[]).includes(layout))
          throw new ConfigurationError(at(node, key), `"${layout}" is not one of ${LAYOUTS.join(', ')}`, 'flyway');
        config.layout = layout as Layout;
        break;
      }
      case 'disable':
        if (!isSeq(node)) throw new ConfigurationError(at(node, key), 'must be a list of rule ids', 'disable: [prefer-bigint]');
        config.disabledRules = node.items.map((item, i) => ruleId(item as Node, `disable[${i}]`));
        break;
      case 'severity':
        if (!isMap(node))
          throw new ConfigurationError(at(node, key), 'must map rule ids to error, warning or notice', 'severity: { missing-lock-timeout: error }');
        for (const item of node.items) {
          const id = ruleId(item.key as Node, 'severity');
          const level = scalar(item.value as Node);
          if (!(SEVERITIES as readonly string[]).includes(level))
            throw new ConfigurationError(at(item.value, `severity.${id}`), `"${level}" is not one of ${SEVERITIES.join(', ')}`, 'warning');
          config.severityOverrides[id] = level as Severity;
        }
        break;
      case 'style':
        config.style = bool(node, key);
        break;
      case 'assume-lock-timeout':
        config.assumeLockTimeout = bool(node, key);
        break;
      case 'postgres-version': {
        const version = scalar(node);
        if (!/^\d{2}$/.test(version)) throw new ConfigurationError(at(node, key), `"${version}" is not a PostgreSQL major version`, '17');
        config.postgresVersion = version;
        break;
      }
    }
  }
  return config;
}
