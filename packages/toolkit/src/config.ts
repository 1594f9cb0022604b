// The one reader of configuration files: every engine's config (`.secret-scan.yml`,
// `.migration-check.yml`, `.release.yml`, `smoke-test.yml`) is found by one rule and read with
// typed readers whose errors name `file:line key`. Parsing the YAML (with the line of every key
// path) is `./yaml.ts`, a separate module so that no YAML parser loads where no file is read.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ConfigurationError } from './errors.ts';
import { parseDuration } from './values.ts';

/** Where a value sits in a config: `['checks', 2, 'url']`. */
export type KeyPath = (string | number)[];

/** `checks[2].url` */
export function formatKeyPath(path: KeyPath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** The candidate closest to a misspelt word, when one is close enough to be meant. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] ?? 0;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j] ?? 0;
        row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length] ?? 0;
  };
  const best = candidates.map((c) => ({ c, d: distance(word, c) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.c : undefined;
}

/** `; did you mean x?` for a misspelt word, or '' when nothing is close. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const hint = closest(word, candidates);
  return hint === undefined ? '' : `; did you mean ${hint}?`;
}

/** A config file's text and the name it is shown under in errors. */
export interface ConfigFile {
  /** As the user named it (or the default name). */
  name: string;
  path: string;
  text: string;
}

/**
 * Finds a config file by one rule for every engine: a file the user named must exist (a typo
 * must not silently turn the config off); the default file is read when it is there and is
 * otherwise no config at all (undefined).
 */
export function readConfigFile(cwd: string, given: string, defaultName: string, subject?: string): ConfigFile;
export function readConfigFile(cwd: string, given: string | undefined, defaultName: string, subject?: string): ConfigFile | undefined;
export function readConfigFile(cwd: string, given: string | undefined, defaultName: string, subject = 'config'): ConfigFile | undefined {
  const name = given ?? defaultName;
  const path = isAbsolute(name) ? name : join(cwd, name);
  if (!existsSync(path)) {
    if (given === undefined) return undefined;
    throw new ConfigurationError(subject, `the file ${given} does not exist`, defaultName);
  }
  try {
    return { name, path, text: readFileSync(path, 'utf8') };
  } catch (error) {
    throw new ConfigurationError(subject, `cannot read the file ${name}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, defaultName);
  }
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Typed readers over a parsed config: each takes the value and its key path and either
 * returns the value in its type or throws a ConfigurationError that names the file, line
 * and key, what is wrong and an example. Engines extend it with their own value kinds.
 */
export class ConfigReader {
  readonly locate: (path: KeyPath) => string;

  constructor(locate: (path: KeyPath) => string = formatKeyPath) {
    this.locate = locate;
  }

  fail(path: KeyPath, problem: string, example?: string): never {
    throw new ConfigurationError(this.locate(path), problem, example);
  }

  /** A map (an empty document or key reads as an empty map when `optional`). */
  map(value: unknown, path: KeyPath, example: string, optional = false): Record<string, unknown> {
    if (optional && (value === null || value === undefined)) return {};
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date)
      return this.fail(path, `must be a map, not ${describeValue(value)}`, example);
    return value as Record<string, unknown>;
  }

  /** Refuses keys outside `known`, naming the closest known one. */
  keys(value: Record<string, unknown>, path: KeyPath, known: readonly string[], example?: string): void {
    for (const key of Object.keys(value)) {
      if (!known.includes(key))
        this.fail([...path, key], `"${key}" is not a known key${didYouMean(key, known)} (known: ${known.join(', ')})`, example ?? known[0]);
    }
  }

  list(value: unknown, path: KeyPath, example: string): unknown[] {
    if (!Array.isArray(value)) return this.fail(path, `must be a list, not ${describeValue(value)}`, example);
    return value;
  }

  /** Text; numbers and booleans are read as their text, dates (YAML timestamps) as YYYY-MM-DD. */
  string(value: unknown, path: KeyPath, example?: string): string {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return this.fail(path, `must be text, not ${describeValue(value)}`, example);
  }

  /** Text that is not blank, trimmed. */
  text(value: unknown, path: KeyPath, example?: string): string {
    const text = this.string(value, path, example).trim();
    if (text === '') return this.fail(path, 'must not be empty', example);
    return text;
  }

  /** Text that must be there: an absent key says it is required. */
  required(value: unknown, path: KeyPath, example?: string): string {
    if (value === undefined || value === null) return this.fail(path, 'is required', example);
    return this.text(value, path, example);
  }

  /** Undefined when absent or null. */
  optionalText(value: unknown, path: KeyPath, example?: string): string | undefined {
    return value === undefined || value === null ? undefined : this.text(value, path, example);
  }

  /** One text or a list of them. */
  strings(value: unknown, path: KeyPath, example?: string): string[] {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value.map((item, i) => this.text(item, [...path, i], example));
    return [this.text(value, path, example)];
  }

  integer(value: unknown, path: KeyPath, range: { min?: number; max?: number }, example: string): number {
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(number)) return this.fail(path, `${JSON.stringify(value)} is not a whole number`, example);
    if ((range.min !== undefined && number < range.min) || (range.max !== undefined && number > range.max))
      return this.fail(path, `${number} is out of range (${range.min ?? '-∞'} to ${range.max ?? '∞'})`, example);
    return number;
  }

  number(value: unknown, path: KeyPath, example: string): number {
    const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(number)) return this.fail(path, `${JSON.stringify(value)} is not a number`, example);
    return number;
  }

  boolean(value: unknown, path: KeyPath): boolean {
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
    return this.fail(path, `${JSON.stringify(value)} is not true or false`, 'true');
  }

  /** `500ms`, `90s`, `5m`: a unit is required. */
  duration(value: unknown, path: KeyPath, example = '10s'): number {
    if (typeof value === 'number') return this.fail(path, `${value} has no unit (ms, s, m or h)`, example);
    try {
      return parseDuration('duration', this.string(value, path, example));
    } catch (error) {
      return this.fail(path, (error as ConfigurationError).problem, example);
    }
  }

  oneOf<T extends string>(value: unknown, path: KeyPath, values: readonly T[], example: T | undefined = values[0]): T {
    const text = this.string(value, path, example);
    if ((values as readonly string[]).includes(text)) return text as T;
    return this.fail(path, `"${text}" is not one of ${values.join(', ')}${didYouMean(text, values)}`, example);
  }
}
