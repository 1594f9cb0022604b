// Value parsers shared by action inputs, CLI options and config files: each throws a
// ConfigurationError naming the subject, what was wrong and a value that would do.
import { ConfigurationError } from './errors.ts';

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
