// One configuration for the action and the CLI: the action's inputs (kebab-case names) or the
// same keys in a YAML file. Everything is validated here, before anything changes; errors name
// the key, and for a file `file:line key`.
import { isAbsolute, resolve } from 'node:path';
import { ConfigurationError, parseDuration, parseEnum, parseInteger, parseList } from '@devops-actions/toolkit';
import { ConfigReader, didYouMean, formatKeyPath, type KeyPath } from '@devops-actions/toolkit/config';
import { parseYamlConfig } from '@devops-actions/toolkit/yaml';
import { compileJsonPath } from '@devops-actions/toolkit/jsonpath';
import { ADAPTER_OPTION_KEYS, ADAPTERS, readAdapterOptions, type AdapterName } from './adapters/index.ts';
import { buildSources, parseRate, type AnalysisSource } from './analysis.ts';
import { show, STRATEGIES, type Identity, type Strategy } from './types.ts';

export const ACTIONS = ['deploy', 'rollback', 'promote'] as const;
export type DeployAction = (typeof ACTIONS)[number];

export interface DeployConfig {
  action: DeployAction;
  strategy: Strategy;
  adapter: AdapterName;
  /** The candidate version (deploy), or the version to go back to (rollback, optional). */
  version: string | undefined;
  /** The environment; names the target's state and lock files. */
  environment: string;
  publicUrl: string | undefined;
  identity: Identity;
  healthPath: string;
  steps: number[];
  settle: { times: number; timeoutMs: number; intervalMs: number };
  readyTimeoutMs: number;
  drainMs: number;
  keepPreviousMs: number;
  analysis: {
    sources: AnalysisSource[];
    intervalMs: number;
    count: number;
    minRequests: number;
    maxErrorRate: number;
    failureLimit: number;
    onInconclusive: 'pause' | 'rollback' | 'promote';
    mode: 'enforce' | 'dry-run';
  };
  timeoutMs: number;
  stepTimeoutMs: number;
  lock: { mode: 'wait' | 'fail'; timeoutMs: number; leaseMs: number };
  stateDir: string;
  onRollbackFailure: string | undefined;
  /** The adapter's own options as its readers made them, by their input names (`nginx-upstream-file`, `deploy-command`, ...). */
  options: Record<string, unknown>;
  cwd: string;
}

export type RawConfig = Record<string, unknown>;

function str(raw: RawConfig, key: string, fallback = ''): string {
  const value = raw[key];
  if (value === undefined || value === null) return fallback;
  if (Array.isArray(value)) return value.map((v) => String(v as string)).join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  const text = show(value).trim();
  return text === '' ? fallback : text;
}

/** Parses and validates canary steps: whole percentages, strictly increasing, ending at 100. */
export function parseSteps(subject: string, text: string): number[] {
  const items = parseList(text.replace(/%/g, ''));
  if (items.length === 0) throw new ConfigurationError(subject, 'needs at least one step', '10,25,50,100');
  const steps = items.map((item) => {
    if (!/^\d+$/.test(item)) throw new ConfigurationError(subject, `"${item}" is not a whole percentage`, '10,25,50,100');
    const value = Number(item);
    if (value < 1 || value > 100) throw new ConfigurationError(subject, `${value} is outside 1..100`, '10,25,50,100');
    return value;
  });
  for (let i = 1; i < steps.length; i++) {
    if ((steps[i] ?? 0) <= (steps[i - 1] ?? 0))
      throw new ConfigurationError(subject, `steps must increase, but ${steps[i]} follows ${steps[i - 1]}`, '10,25,50,100');
  }
  if (steps.at(-1) !== 100) throw new ConfigurationError(subject, `the last step must be 100 (all traffic), not ${steps.at(-1)}`, `${steps.join(',')},100`);
  return steps;
}

/** `header:x-app-version`, `json:version` / `json:$.build.version` (a JSON path) or `body`. */
export function parseIdentity(subject: string, text: string, path: string): Identity {
  const example = 'header:x-app-version, json:version or body';
  if (text === '') {
    throw new ConfigurationError(
      subject,
      'is required: the deploy checks which version answers before and after every traffic change, and refuses to guess (fail closed)',
      example,
    );
  }
  if (text === 'body') return { kind: 'body', path };
  const match = /^(header|json):(.+)$/.exec(text);
  if (!match?.[2]) throw new ConfigurationError(subject, `"${text}" is not an identity`, example);
  const name = match[2].trim();
  if (match[1] === 'json') return { kind: 'json', jsonPath: compileJsonPath(name, { subject, example: 'json:version or json:$.build.version' }), path };
  if (!/^[A-Za-z0-9-]+$/.test(match[2])) throw new ConfigurationError(subject, `"${match[2]}" is not a header name`, 'header:x-app-version');
  return { kind: 'header', name, path };
}

function path(subject: string, text: string, example: string): string {
  if (text === '') return text;
  if (!text.startsWith('/')) throw new ConfigurationError(subject, `"${text}" must start with /`, example);
  return text;
}

function url(subject: string, text: string): string | undefined {
  if (text === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new ConfigurationError(subject, `"${text}" is not a URL`, 'https://app.example.com');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ConfigurationError(subject, `"${text}" is not http(s)`, 'https://app.example.com');
  return text;
}

/** The `analysis` list: YAML text (an action input) is parsed here; a list from a config file is taken as it is. */
function analysisEntries(value: unknown, subject: string): { entries: unknown; fromText: boolean } {
  if (value === undefined || value === null || value === '') return { entries: undefined, fromText: false };
  if (typeof value !== 'string') return { entries: value, fromText: false };
  return { entries: parseYamlConfig(value, subject, '- type: smoke\n  requests: 20').value, fromText: true };
}

/** The keys the engine itself reads; the others are the adapters' (see adapters/index.ts). */
const ENGINE_KEYS = [
  'action',
  'strategy',
  'adapter',
  'version',
  'environment',
  'url',
  'version-from',
  'version-path',
  'health-path',
  'steps',
  'settle-times',
  'settle-timeout',
  'settle-interval',
  'ready-timeout',
  'drain-delay',
  'keep-previous',
  'analysis',
  'analysis-interval',
  'analysis-count',
  'min-requests',
  'max-error-rate',
  'failure-limit',
  'on-inconclusive',
  'analysis-mode',
  'timeout',
  'step-timeout',
  'lock',
  'lock-timeout',
  'lock-lease',
  'state-dir',
  'on-rollback-failure',
];

/** Every key the configuration knows: the engine's own and every adapter's options. */
export const CONFIG_KEYS: readonly string[] = [...ENGINE_KEYS, ...ADAPTER_OPTION_KEYS];

export interface ConfigContext {
  cwd: string;
  /** Where state and lock files go when `state-dir` is not given. */
  defaultStateDir: string;
  /** Names a key in errors: a config file's locator gives `deploy.yml:4 version-from`; plain key names by default. */
  locate?: (path: KeyPath) => string;
}

/** Refuses a key neither the engine nor any adapter reads (a misspelt key would otherwise be ignored). */
function checkKeys(raw: RawConfig, where: (key: string) => string): void {
  for (const key of Object.keys(raw)) {
    if (!CONFIG_KEYS.includes(key))
      throw new ConfigurationError(where(key), `"${key}" is not a deploy setting or adapter option${didYouMean(key, CONFIG_KEYS)}`);
  }
}

export function parseConfig(raw: RawConfig, context: ConfigContext): DeployConfig {
  const locate = context.locate ?? formatKeyPath;
  const where = (key: string) => locate([key]);
  checkKeys(raw, where);
  const action = parseEnum(where('action'), str(raw, 'action', 'deploy'), ACTIONS);
  const strategy = parseEnum(where('strategy'), str(raw, 'strategy', 'direct'), STRATEGIES);
  const adapter: AdapterName = parseEnum(where('adapter'), str(raw, 'adapter'), ADAPTERS);
  const version = str(raw, 'version') || undefined;
  if (action === 'deploy' && version === undefined)
    throw new ConfigurationError(where('version'), 'is required to deploy: the version identity the new release reports', 'v1.4.2 or ${{ github.sha }}');
  if (version !== undefined && !/^[\w.+:/@-]{1,128}$/.test(version))
    throw new ConfigurationError(where('version'), `"${version}" has characters a version identity cannot hold`, 'v1.4.2');
  const environment = str(raw, 'environment', 'production');
  if (!/^[\w.-]{1,100}$/.test(environment))
    throw new ConfigurationError(where('environment'), `"${environment}" must be letters, digits, . _ or -`, 'production');
  const healthPath = path(where('health-path'), str(raw, 'health-path', '/healthz'), '/healthz');
  const identity = parseIdentity(
    where('version-from'),
    str(raw, 'version-from'),
    path(where('version-path'), str(raw, 'version-path'), '/version') || healthPath,
  );
  const steps = strategy === 'canary' ? parseSteps(where('steps'), str(raw, 'steps', '10,25,50,100')) : [100];
  const duration = (key: string, fallback: string, range: { minMs?: number; maxMs?: number } = {}) => parseDuration(where(key), str(raw, key, fallback), range);
  const integer = (key: string, fallback: string, range: { min?: number; max?: number }) => parseInteger(where(key), str(raw, key, fallback), range);
  const oneOf = <T extends string>(key: string, fallback: T, values: readonly T[]) => parseEnum(where(key), str(raw, key, fallback), values);
  const stateDir = str(raw, 'state-dir');
  const resolveFile = (file: string) => (isAbsolute(file) ? file : resolve(context.cwd, file));
  const analysis = analysisEntries(raw.analysis, where('analysis'));
  return {
    action,
    strategy,
    adapter,
    version,
    environment,
    publicUrl: url(where('url'), str(raw, 'url')),
    identity,
    healthPath,
    steps,
    settle: {
      times: integer('settle-times', '3', { min: 1, max: 100 }),
      timeoutMs: duration('settle-timeout', '60s', { minMs: 100 }),
      intervalMs: duration('settle-interval', '500ms', { minMs: 10 }),
    },
    readyTimeoutMs: duration('ready-timeout', '60s', { minMs: 100 }),
    drainMs: duration('drain-delay', '5s'),
    keepPreviousMs: duration('keep-previous', strategy === 'blue-green' ? '30m' : '0s'),
    analysis: {
      sources: buildSources(analysis.entries, resolveFile, analysis.fromText ? formatKeyPath : locate),
      intervalMs: duration('analysis-interval', '30s', { minMs: 10 }),
      count: integer('analysis-count', '1', { min: 1, max: 1000 }),
      minRequests: integer('min-requests', '20', { min: 0 }),
      maxErrorRate: parseRate(where('max-error-rate'), str(raw, 'max-error-rate', '1%')),
      failureLimit: integer('failure-limit', '1', { min: 1, max: 100 }),
      onInconclusive: oneOf('on-inconclusive', 'pause', ['pause', 'rollback', 'promote'] as const),
      mode: oneOf('analysis-mode', 'enforce', ['enforce', 'dry-run'] as const),
    },
    timeoutMs: duration('timeout', '30m', { minMs: 1000 }),
    stepTimeoutMs: duration('step-timeout', '10m', { minMs: 100 }),
    lock: {
      mode: oneOf('lock', 'wait', ['wait', 'fail'] as const),
      timeoutMs: duration('lock-timeout', '10m'),
      leaseMs: duration('lock-lease', '2m', { minMs: 300 }),
    },
    stateDir: stateDir === '' ? context.defaultStateDir : resolveFile(stateDir),
    onRollbackFailure: str(raw, 'on-rollback-failure') || undefined,
    options: readAdapterOptions(adapter, (key) => str(raw, key), where),
    cwd: context.cwd,
  };
}

/** A deploy configuration file's settings and a locator for its errors. */
export interface ConfigFileSettings {
  raw: RawConfig;
  locate: (path: KeyPath) => string;
}

/**
 * Reads a deploy configuration file (YAML; the keys are the action's inputs) with `overrides`
 * (command-line flags) over it. Errors about a key the file sets name `file:line key`; a key a
 * flag set is named as it is.
 */
export function readConfigFileSettings(text: string, file: string, overrides: Record<string, string | undefined> = {}): ConfigFileSettings {
  const example = 'adapter: command\nversion-from: header:x-app-version\ndeploy-command: ./deploy.sh';
  const parsed = parseYamlConfig(text, file, example);
  const settings = new ConfigReader(parsed.locate).map(parsed.value, [], example);
  const flags = Object.fromEntries(Object.entries(overrides).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
  return {
    raw: { ...settings, ...flags },
    locate: (keyPath) => (typeof keyPath[0] === 'string' && keyPath[0] in flags ? formatKeyPath(keyPath) : parsed.locate(keyPath)),
  };
}
