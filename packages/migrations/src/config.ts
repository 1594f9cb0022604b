// `.migration-check.yml`: where the migrations are, disabled rules, severity overrides, the
// style group, `assume-lock-timeout` and the production PostgreSQL major. Errors name the
// line and the key. Action inputs and CLI options override what the file says.
import { ConfigReader, readConfigFile, type KeyPath } from '@devops-actions/toolkit/config';
import { parseYamlConfig } from '@devops-actions/toolkit/yaml';
import { isRuleId, notARuleId, type RuleId } from './rules.ts';
import { LAYOUTS, SEVERITIES, type Layout, type Severity } from './vocabulary.ts';

export const CONFIG_FILE = '.migration-check.yml';

export interface MigrationCheckConfig {
  source?: string;
  path?: string;
  layout?: Layout;
  disabledRules: RuleId[];
  severityOverrides: Partial<Record<RuleId, Severity>>;
  style?: boolean;
  assumeLockTimeout?: boolean;
  postgresVersion?: string;
}

const KEYS = ['path', 'format', 'disable', 'severity', 'style', 'assume-lock-timeout', 'postgres-version'];
const EXAMPLE = 'disable: [prefer-bigint]';

class MigrationConfigReader extends ConfigReader {
  ruleId(value: unknown, path: KeyPath): RuleId {
    const id = this.string(value, path, 'missing-lock-timeout');
    if (!isRuleId(id)) return this.fail(path, notARuleId(id), 'missing-lock-timeout');
    return id;
  }
}

/** Loads the config: the given file (which must exist), or `.migration-check.yml` in `cwd` when it exists. */
export function loadConfig(cwd: string, file?: string): MigrationCheckConfig {
  const found = readConfigFile(cwd, file, CONFIG_FILE);
  return found === undefined ? { disabledRules: [], severityOverrides: {} } : parseConfig(found.text, found.name);
}

export function parseConfig(text: string, name = CONFIG_FILE): MigrationCheckConfig {
  const parsed = parseYamlConfig(text, name, EXAMPLE);
  const read = new MigrationConfigReader(parsed.locate);
  const root = read.map(parsed.value, [], EXAMPLE, true);
  read.keys(root, [], KEYS);
  const config: MigrationCheckConfig = { source: name, disabledRules: [], severityOverrides: {} };
  if (root.path !== undefined) config.path = read.text(root.path, ['path'], 'db/migrations');
  if (root.format !== undefined) config.layout = read.oneOf(root.format, ['format'], LAYOUTS, 'flyway');
  if (root.disable !== undefined) config.disabledRules = read.list(root.disable, ['disable'], EXAMPLE).map((id, i) => read.ruleId(id, ['disable', i]));
  if (root.severity !== undefined) {
    const severity = read.map(root.severity, ['severity'], 'severity: { missing-lock-timeout: error }');
    for (const [id, level] of Object.entries(severity))
      config.severityOverrides[read.ruleId(id, ['severity', id])] = read.oneOf(level, ['severity', id], SEVERITIES, 'warning');
  }
  if (root.style !== undefined) config.style = read.boolean(root.style, ['style']);
  if (root['assume-lock-timeout'] !== undefined) config.assumeLockTimeout = read.boolean(root['assume-lock-timeout'], ['assume-lock-timeout']);
  if (root['postgres-version'] !== undefined) {
    const version = read.string(root['postgres-version'], ['postgres-version'], '17');
    if (!/^\d{2}$/.test(version)) read.fail(['postgres-version'], `"${version}" is not a PostgreSQL major version`, '17');
    config.postgresVersion = version;
  }
  return config;
}
