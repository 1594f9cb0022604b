// Typed input readers. Each action declares its inputs once as a spec; the entry reads
// them all up front, so a wrong value fails the step before anything has changed.
import { ConfigurationError } from './errors.ts';
import { maskSecret } from './mask.ts';

export type Env = Record<string, string | undefined>;

/** The environment variable the runner uses for an input (`fail-on` -> `INPUT_FAIL-ON`). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function rawInput(name: string, env: Env = process.env): string {
  return (env[inputVariable(name)] ?? '').trim();
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export function parseBoolean(name: string, raw: string): boolean {
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  throw new ConfigurationError(name, `"${raw}" is not a boolean; use true or false (YAML 1.2: true, True, TRUE, false, False, FALSE)`, 'true');
}

export function parseInteger(name: string, raw: string, range: { min?: number; max?: number } = {}): number {
  const example = String(range.min !== undefined && range.min > 0 ? range.min : (range.max ?? 10));
  if (!/^[-+]?\d+$/.test(raw)) throw new ConfigurationError(name, `"${raw}" is not a whole number`, example);
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new ConfigurationError(name, `"${raw}" is too large`, example);
  if (range.min !== undefined && value < range.min) throw new ConfigurationError(name, `${value} is below the minimum of ${range.min}`, String(range.min));
  if (range.max !== undefined && value > range.max) throw new ConfigurationError(name, `${value} is above the maximum of ${range.max}`, String(range.max));
  return value;
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses `500ms`, `90s`, `5m`, `1h30m`, `1d` into milliseconds. A bare number is refused: the unit must be said. */
export function parseDuration(name: string, raw: string, range: { minMs?: number; maxMs?: number } = {}): number {
  const text = raw.replace(/\s+/g, '');
  const parts = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/.test(text) ? [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)] : [];
  if (parts.length === 0) {
    const hint = /^\d+(\.\d+)?$/.test(text) ? `a unit is required (ms, s, m, h or d)` : `"${raw}" is not a duration`;
    throw new ConfigurationError(name, hint, '90s, 5m or 1h30m');
  }
  const ms = parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * (DURATION_UNITS[unit ?? 's'] ?? 0), 0);
  if (range.minMs !== undefined && ms < range.minMs) throw new ConfigurationError(name, `${raw} is shorter than the minimum of ${range.minMs} ms`, '90s');
  if (range.maxMs !== undefined && ms > range.maxMs) throw new ConfigurationError(name, `${raw} is longer than the maximum of ${range.maxMs} ms`, '5m');
  return Math.round(ms);
}

/** Splits a newline- or comma-separated list; blank entries and surrounding spaces are dropped. */
export function parseList(raw: string): string[] {
  return raw
    .split(/\r?\n|,/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function parseEnum<T extends string>(name: string, raw: string, values: readonly T[]): T {
  if ((values as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigurationError(name, `"${raw}" is not one of ${values.join(', ')}`, values[0]);
}

/** A list of glob patterns, one per line (commas are part of brace patterns, so only newlines split). */
export function parseGlobList(name: string, raw: string): string[] {
  const patterns = raw
    .split(/\r?\n/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
  for (const pattern of patterns) {
    let depth = 0;
    for (const char of pattern.replace(/\\./g, '')) {
      if (char === '{' || char === '[') depth++;
      if (char === '}' || char === ']') depth--;
      if (depth < 0) break;
    }
    if (depth !== 0) throw new ConfigurationError(name, `the pattern "${pattern}" has unbalanced brackets or braces`, 'coverage/**/lcov.info');
    if (pattern === '!') throw new ConfigurationError(name, `"!" alone negates nothing`, '!**/vendor/**');
  }
  return patterns;
}

export function parseJson(name: string, raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    throw new ConfigurationError(name, `not valid JSON: ${(error as Error).message}`, '{"name": "bundle-size", "max": 250000}');
  }
}

/** One declared input: how to read it and what it means. */
export interface InputSpec<T> {
  kind: string;
  description: string;
  required: boolean;
  /** The default as written in action.yml, if any. */
  default?: string;
  /** Whether the value is a secret to mask before anything is printed. */
  secret?: boolean;
  read(name: string, raw: string): T;
}

type Common = { description: string; default?: string; secret?: boolean };

function spec<T>(kind: string, options: Common & { required?: boolean }, read: (name: string, raw: string) => T): InputSpec<T> {
  return { kind, description: options.description, required: options.required ?? false, default: options.default, secret: options.secret, read };
}

export const input = {
  string: (o: Common) => spec('string', o, (_n, raw) => raw),
  requiredString: (o: Common) =>
    spec('string', { ...o, required: true }, (name, raw) => {
      if (raw === '') throw new ConfigurationError(name, 'is required and was not given', o.default ?? 'a value');
      return raw;
    }),
  /** An optional value: undefined when the input is empty. */
  optional: (o: Common) => spec('string', o, (_n, raw) => (raw === '' ? undefined : raw)),
  boolean: (o: Common & { default: string }) => spec('boolean', o, parseBoolean),
  integer: (o: Common & { min?: number; max?: number }) => spec('integer', o, (name, raw) => parseInteger(name, raw, o)),
  duration: (o: Common & { minMs?: number; maxMs?: number }) => spec('duration', o, (name, raw) => parseDuration(name, raw, o)),
  list: (o: Common) => spec('list', o, (_n, raw) => parseList(raw)),
  globs: (o: Common) => spec('globs', o, parseGlobList),
  enum: <T extends string>(values: readonly T[], o: Common) => spec('enum', o, (name, raw) => parseEnum(name, raw, values)),
  json: (o: Common) => spec('json', o, (name, raw) => (raw === '' ? undefined : parseJson(name, raw))),
};

export type InputSpecs = Record<string, InputSpec<unknown>>;
export type InputValues<S extends InputSpecs> = { [K in keyof S]: S[K] extends InputSpec<infer T> ? T : never };

/**
 * Reads every declared input and masks those declared secret. Empty values fall back to the
 * declared default (the runner does this too, but tests and local runs may not). Throws the
 * first ConfigurationError.
 */
export function readInputs<S extends InputSpecs>(specs: S, env: Env = process.env): InputValues<S> {
  const values: Record<string, unknown> = {};
  for (const [name, declared] of Object.entries(specs)) {
    let raw = rawInput(name, env);
    if (raw === '' && declared.default !== undefined) raw = declared.default;
    if (raw === '' && declared.required) throw new ConfigurationError(name, 'is required and was not given', declared.description);
    values[name] = declared.read(name, raw);
    // Declared secrets are masked before the action can print anything. An unexpanded
    // `${{ ... }}` default (local runs, tests) is not a secret.
    if (declared.secret && raw !== '' && !raw.startsWith('${{')) maskSecret(raw);
  }
  return values as InputValues<S>;
}
