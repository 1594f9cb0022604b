// One configuration for the action and the CLI: the action's inputs (kebab-case names) or the
// same keys in a YAML file. Everything is validated here, before anything changes.
import { isAbsolute, join, resolve } from 'node:path';
import { ConfigurationError, parseDuration, parseEnum, parseInteger, parseList } from '@devops-actions/toolkit';
import { parse as parseYaml } from 'yaml';
import { buildSources, parseRate, type AnalysisSource } from './analysis.ts';
import { show, STRATEGIES, type Identity, type Strategy } from './types.ts';

export const ADAPTERS = ['command', 'nginx', 'kubernetes', 'fly', 'heroku', 'vercel', 'netlify'] as const;
export type AdapterName = (typeof ADAPTERS)[number];
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
  /** Adapter-specific settings, by their input names (`nginx-upstream-file`, `deploy-command`, ...). */
  options: Record<string, string>;
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

/** `header:x-app-version`, `json:version` (dots for nesting) or `body`. */
export function parseIdentity(subject: string, text: string, path: string): Identity {
  const example = 'header:x-app-version, json:version or body';
  if (text === '') {
    throw new ConfigurationError(
      subject,
      'is required: the deploy checks which version answers before and after every traffic change, and refuses to guess (fail closed)',
      example,
    );
  }
  if (text === 'body') return { kind: 'body', name: '', path };
  const match = /^(header|json):(.+)$/.exec(text);
  if (!match?.[2]) throw new ConfigurationError(subject, `"${text}" is not an identity`, example);
  const kind = match[1] as 'header' | 'json';
  if (kind === 'header' && !/^[A-Za-z0-9-]+$/.test(match[2]))
    throw new ConfigurationError(subject, `"${match[2]}" is not a header name`, 'header:x-app-version');
  return { kind, name: match[2].trim(), path };
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

function analysisEntries(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') return value;
  try {
    return parseYaml(value) as unknown;
  } catch (error) {
    throw new ConfigurationError('analysis', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`, '- type: smoke\n  requests: 20');
  }
}

/** The keys the engine itself reads; any other key is an adapter option. */
const ENGINE_KEYS = new Set([
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
]);

export interface ConfigContext {
  cwd: string;
  /** Where state and lock files go when `state-dir` is not given. */
  defaultStateDir: string;
}

export function parseConfig(raw: RawConfig, context: ConfigContext): DeployConfig {
  const action = parseEnum('action', str(raw, 'action', 'deploy'), ACTIONS);
  const strategy = parseEnum('strategy', str(raw, 'strategy', 'direct'), STRATEGIES);
  const adapter = parseEnum('adapter', str(raw, 'adapter'), ADAPTERS);
  const version = str(raw, 'version') || undefined;
  if (action === 'deploy' && version === undefined)
    throw new ConfigurationError('version', 'is required to deploy: the version identity the new release reports', 'v1.4.2 or ${{ github.sha }}');
  if (version !== undefined && !/^[\w.+:/@-]{1,128}$/.test(version))
    throw new ConfigurationError('version', `"${version}" has characters a version identity cannot hold`, 'v1.4.2');
  const environment = str(raw, 'environment', 'production');
  if (!/^[\w.-]{1,100}$/.test(environment)) throw new ConfigurationError('environment', `"${environment}" must be letters, digits, . _ or -`, 'production');
  const healthPath = path('health-path', str(raw, 'health-path', '/healthz'), '/healthz');
  const identity = parseIdentity('version-from', str(raw, 'version-from'), path('version-path', str(raw, 'version-path'), '/version') || healthPath);
  const steps = strategy === 'canary' ? parseSteps('steps', str(raw, 'steps', '10,25,50,100')) : [100];
  const duration = (key: string, fallback: string, range: { minMs?: number; maxMs?: number } = {}) => parseDuration(key, str(raw, key, fallback), range);
  const integer = (key: string, fallback: string, range: { min?: number; max?: number }) => parseInteger(key, str(raw, key, fallback), range);
  const stateDir = str(raw, 'state-dir');
  const options: Record<string, string> = {};
  for (const key of Object.keys(raw)) if (!ENGINE_KEYS.has(key)) options[key] = str(raw, key);
  const resolveFile = (file: string) => (isAbsolute(file) ? file : resolve(context.cwd, file));
  return {
    action,
    strategy,
    adapter,
    version,
    environment,
    publicUrl: url('url', str(raw, 'url')),
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
      sources: buildSources(analysisEntries(raw.analysis), resolveFile),
      intervalMs: duration('analysis-interval', '30s', { minMs: 10 }),
      count: integer('analysis-count', '1', { min: 1, max: 1000 }),
      minRequests: integer('min-requests', '20', { min: 0 }),
      maxErrorRate: parseRate('max-error-rate', str(raw, 'max-error-rate', '1%')),
      failureLimit: integer('failure-limit', '1', { min: 1, max: 100 }),
      onInconclusive: parseEnum('on-inconclusive', str(raw, 'on-inconclusive', 'pause'), ['pause', 'rollback', 'promote'] as const),
      mode: parseEnum('analysis-mode', str(raw, 'analysis-mode', 'enforce'), ['enforce', 'dry-run'] as const),
    },
    timeoutMs: duration('timeout', '30m', { minMs: 1000 }),
    stepTimeoutMs: duration('step-timeout', '10m', { minMs: 100 }),
    lock: {
      mode: parseEnum('lock', str(raw, 'lock', 'wait'), ['wait', 'fail'] as const),
      timeoutMs: duration('lock-timeout', '10m'),
      leaseMs: duration('lock-lease', '2m', { minMs: 300 }),
    },
    stateDir: stateDir === '' ? context.defaultStateDir : resolveFile(stateDir),
    onRollbackFailure: str(raw, 'on-rollback-failure') || undefined,
    options,
    cwd: context.cwd,
  };
}

export function stateFiles(config: Pick<DeployConfig, 'stateDir' | 'environment'>): { state: string; lock: string; slots: string } {
  return {
    state: join(config.stateDir, `${config.environment}.deploy-state.json`),
    lock: join(config.stateDir, `${config.environment}.deploy.lock`),
    slots: join(config.stateDir, `${config.environment}.slots.json`),
  };
}
