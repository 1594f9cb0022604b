// The probe's value kinds over the shared config reader: URLs, statuses, thresholds, sizes,
// headers and assertions. Each takes the value and its key path and returns the value in its
// type, or throws a ConfigurationError naming the key (`file:line key`, or the input).
import { ConfigReader, didYouMean, type KeyPath } from '@devops-actions/toolkit/config';
import { compileJsonPath, type JsonPath } from '@devops-actions/toolkit/jsonpath';
import { parse as parseYaml } from 'yaml';
import { securityPolicy } from './security-headers.ts';
import type { HeaderAssertion, JsonAssertion, Level, Metric, SecurityHeaderPolicy, StatusRange, Threshold } from './types.ts';

export interface NormalizeOptions {
  /** Variables for `${{ env.NAME }}` and `${NAME}` substitution. */
  env?: Record<string, string | undefined>;
  /** Where relative `ca-file` paths are resolved. */
  cwd?: string;
  /** Turns a key path into the subject of an error (`file:line key` or the input name). */
  locate?: (path: KeyPath) => string;
}

/** `${{ env.NAME }}` and `${NAME}` in a string, from `env`; an unset variable is an error. */
export function substitute(text: string, env: Record<string, string | undefined>, fail: (problem: string) => never): string {
  return text.replace(/\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, a?: string, b?: string) => {
    const name = a ?? b ?? '';
    const value = env[name];
    if (value === undefined) fail(`${whole} refers to ${name}, which is not set`);
    return value;
  });
}

const THRESHOLD = /^(p50|p90|p95|p99|max|avg|med|error-rate|error_rate|errors)\s*(<=|<|>=|>)\s*(\d+(?:\.\d+)?)\s*([a-z%]*)$/i;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const LEVELS: readonly Level[] = ['off', 'warn', 'fail'];
const HEADER_RULES: Record<string, keyof Omit<SecurityHeaderPolicy, 'hstsMinAgeSeconds'>> = {
  hsts: 'hsts',
  csp: 'csp',
  'content-type-options': 'contentTypeOptions',
  'frame-options': 'frameProtection',
  'frame-protection': 'frameProtection',
  'referrer-policy': 'referrerPolicy',
  'version-leak': 'versionLeak',
};

export class ProbeReader extends ConfigReader {
  readonly env: Record<string, string | undefined>;
  /** Where relative `ca-file` paths are resolved. */
  readonly cwd: string;

  constructor(options: NormalizeOptions = {}) {
    super(options.locate);
    this.env = options.env ?? {};
    this.cwd = options.cwd ?? '.';
  }

  /** Substitutes variables in every string, recursively. */
  expand(value: unknown, path: KeyPath): unknown {
    if (typeof value === 'string') return substitute(value, this.env, (problem) => this.fail(path, problem, 'export the variable in the step env'));
    if (Array.isArray(value)) return value.map((item, i) => this.expand(item, [...path, i]));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.expand(v, [...path, k])]));
    return value;
  }

  /** A map; an action input gives one as YAML text (`{"$.status": ok}`), read here too. */
  override map(value: unknown, path: KeyPath, example: string, optional = false): Record<string, unknown> {
    if (typeof value === 'string' && value.includes(':')) {
      try {
        value = parseYaml(value) as unknown;
      } catch {
        return this.fail(path, 'is not a valid map', example);
      }
    }
    return super.map(value, path, example, optional);
  }

  /** One text or a list of them, as written: a body to look for may start or end with a space. */
  verbatim(value: unknown, path: KeyPath): string[] {
    if (Array.isArray(value)) return value.map((item, i) => this.string(item, [...path, i]));
    return [this.string(value, path)];
  }

  /** A URL; relative ones resolve under `base` as a folder (base-url), or against it as a browser would (`relative`). */
  url(value: unknown, path: KeyPath, base: string | undefined, mode: 'folder' | 'relative' = 'folder'): string {
    const text = this.string(value, path).trim();
    let url: URL;
    try {
      if (base === undefined || /^[a-z][a-z0-9+.-]*:/i.test(text)) url = new URL(text);
      else url = mode === 'relative' ? new URL(text, base) : new URL(text.replace(/^\/?/, ''), base.endsWith('/') ? base : `${base}/`);
    } catch {
      return this.fail(
        path,
        `"${text}" is not a valid URL${base === undefined && text.startsWith('/') ? ' (a relative URL needs base-url)' : ''}`,
        'https://example.com/health',
      );
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return this.fail(path, `"${text}" is not an http or https URL`, 'https://example.com/health');
    return url.href;
  }

  /** A JSON path, refused here (naming the key) when it is outside the supported subset. */
  jsonPath(text: string, path: KeyPath, example: string): JsonPath {
    return compileJsonPath(text, { subject: this.locate(path), example });
  }

  /** `200`, `[200, 204]`, `"200, 204"`, `2xx` or `200-299`. */
  status(value: unknown, path: KeyPath): StatusRange[] {
    const parts = Array.isArray(value) ? value.map((v, i) => ({ v: v as unknown, p: [...path, i] })) : [{ v: value, p: path }];
    const ranges: StatusRange[] = [];
    for (const { v, p } of parts) {
      for (const piece of this.string(v, p)
        .split(/[,\s]+/)
        .filter(Boolean)) {
        let match: RegExpExecArray | null;
        if ((match = /^([1-5])xx$/i.exec(piece))) ranges.push({ min: Number(match[1]) * 100, max: Number(match[1]) * 100 + 99 });
        else if ((match = /^(\d{3})-(\d{3})$/.exec(piece)) && Number(match[1]) <= Number(match[2]))
          ranges.push({ min: Number(match[1]), max: Number(match[2]) });
        else if (/^\d{3}$/.test(piece) && Number(piece) >= 100 && Number(piece) <= 599) ranges.push({ min: Number(piece), max: Number(piece) });
        else this.fail(p, `"${piece}" is not a status, a list or a range`, '200, [200, 204], 2xx or 200-299');
      }
    }
    if (ranges.length === 0) this.fail(path, 'is empty', '200');
    return ranges;
  }

  /** Budgets as a list, or one text with one per line or comma-separated. */
  thresholds(value: unknown, path: KeyPath): Threshold[] {
    return this.verbatim(value, path).flatMap((text, i) =>
      text
        .split(/\r?\n|,/)
        .filter((t) => t.trim() !== '')
        .map((t) => this.threshold(t, Array.isArray(value) ? [...path, i] : path)),
    );
  }

  /** `p95 < 300ms` or `error-rate < 1%` (k6 style); a number without a unit is refused. */
  threshold(text: string, path: KeyPath): Threshold {
    const match = THRESHOLD.exec(text.trim());
    const example = 'p95 < 300ms or error-rate < 1%';
    if (!match)
      return this.fail(path, `"${text}" is not a threshold: write METRIC OP VALUE with a metric of p50, p90, p95, p99, max, avg or error-rate`, example);
    const raw = (match[1] ?? '').toLowerCase();
    const metric = (raw === 'med' ? 'p50' : raw === 'error_rate' || raw === 'errors' ? 'error-rate' : raw) as Metric;
    const amount = Number(match[3]);
    const unit = (match[4] ?? '').toLowerCase();
    let value: number;
    if (metric === 'error-rate') {
      if (unit !== '%')
        return this.fail(
          path,
          unit === '' ? `"${text}" has no unit: an error rate is a percentage` : `"${text}": an error rate is a percentage, not ${unit}`,
          'error-rate < 1%',
        );
      value = amount / 100;
    } else {
      if (unit === '') return this.fail(path, `"${text}" has no unit: write ms or s`, `${metric} < ${amount}ms`);
      if (unit !== 'ms' && unit !== 's') return this.fail(path, `"${text}": ${unit} is not a time unit; use ms or s`, `${metric} < 300ms`);
      value = unit === 's' ? amount * 1000 : amount;
    }
    return { text: `${metric} ${match[2]} ${match[3]}${unit}`, metric, op: match[2] as Threshold['op'], value };
  }

  /** Bytes: a whole number, or `512kB`, `2MB`, `1MiB`. */
  size(value: unknown, path: KeyPath): number {
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
    const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb)?\s*$/i.exec(this.string(value, path));
    if (!match) return this.fail(path, `${JSON.stringify(value)} is not a size`, '512kB or 2MB');
    const unit = (match[2] ?? 'b').toLowerCase();
    const factor = { b: 1, kb: 1000, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9 }[unit] ?? 1;
    return Math.round(Number(match[1]) * factor);
  }

  /** Request headers from a map, a list of `Name: value` lines or one text of them; names lower-cased. */
  headers(value: unknown, path: KeyPath): Record<string, string> {
    const headers: Record<string, string> = {};
    const add = (name: string, text: string, p: KeyPath) => {
      if (!HEADER_NAME.test(name)) this.fail(p, `"${name}" is not a valid header name`, 'Authorization: Bearer …');
      headers[name.toLowerCase()] = text;
    };
    if (typeof value === 'string' || Array.isArray(value)) {
      const lines = Array.isArray(value)
        ? value.map((v, i) => ({ line: this.string(v, [...path, i]), p: [...path, i] }))
        : value.split(/\r?\n/).map((line) => ({ line, p: path }));
      for (const { line, p } of lines) {
        if (line.trim() === '') continue;
        const colon = line.indexOf(':');
        if (colon <= 0) this.fail(p, `"${line.split(':')[0]?.slice(0, 40) ?? ''}" is not a "Name: value" header line`, 'Authorization: Bearer …');
        add(line.slice(0, colon).trim(), line.slice(colon + 1).trim(), p);
      }
      return headers;
    }
    for (const [name, text] of Object.entries(this.map(value, path, '{ accept: application/json }')))
      add(name, this.string(text, [...path, name]), [...path, name]);
    return headers;
  }

  /** A regular expression, bare or as `/source/flags`. */
  regex(text: string, path: KeyPath): RegExp {
    const literal = /^\/(.*)\/([gimsuy]*)$/s.exec(text);
    try {
      return literal ? new RegExp(literal[1] ?? '', (literal[2] ?? '').replace('g', '')) : new RegExp(text);
    } catch (error) {
      return this.fail(path, `"${text}" is not a valid regular expression: ${(error as Error).message}`, '"v\\d+\\.\\d+"');
    }
  }

  /** `{ $.status: ok, $.db: { exists: true } }`: a value to equal, or `exists`/`equals`. */
  jsonAssertions(value: unknown, path: KeyPath): JsonAssertion[] {
    const entries = this.map(value, path, '{ $.status: ok, $.db: { exists: true } }');
    return Object.entries(entries).map(([jsonPath, expected]) => {
      const p = [...path, jsonPath];
      const compiled = this.jsonPath(jsonPath, p, '$.data.items[0].id');
      if (expected === null || typeof expected !== 'object' || Array.isArray(expected)) return { path: jsonPath, compiled, equals: expected };
      const unknown = Object.keys(expected).find((k) => k !== 'exists' && k !== 'equals');
      if (unknown !== undefined) return this.fail([...p, unknown], `"${unknown}" is not a JSON assertion; use equals or exists`, '{ exists: true }');
      const assertion: JsonAssertion = { path: jsonPath, compiled };
      if ('exists' in expected) assertion.exists = this.boolean(expected.exists, [...p, 'exists']);
      if ('equals' in expected) assertion.equals = expected.equals;
      return assertion;
    });
  }

  /** Response headers to hold: a value, a `/regex/` or `{ exists: true|false }`, as a map or `Name: value` lines. */
  headerAssertions(value: unknown, path: KeyPath): HeaderAssertion[] {
    const entries = typeof value === 'string' && !value.trim().startsWith('{') ? this.headers(value, path) : this.map(value, path, '{ content-type: /json/ }');
    return Object.entries(entries).map(([name, expected]) => {
      const p = [...path, name];
      const header: HeaderAssertion = { name: name.toLowerCase() };
      if (expected !== null && typeof expected === 'object') {
        if ('exists' in expected) header.exists = this.boolean(expected.exists, [...p, 'exists']);
        else this.fail(p, 'use a value, a /regex/ or { exists: true|false }', '{ exists: true }');
        return header;
      }
      const text = this.string(expected, p);
      if (/^\/.*\/[imsuy]*$/s.test(text)) header.matches = this.regex(text, p);
      else header.equals = text;
      return header;
    });
  }

  /** `off`, `warn` or `fail` (`false`, `warning` and `error` too). */
  level(value: unknown, path: KeyPath): Level {
    const text = this.string(value === false ? 'off' : value, path)
      .trim()
      .toLowerCase();
    const level = text === 'warning' ? 'warn' : text === 'error' ? 'fail' : text;
    if (!(LEVELS as readonly string[]).includes(level)) return this.fail(path, `"${text}" is not off, warn or fail`, 'warn');
    return level as Level;
  }

  /** One level for every rule, or a map of rules over a `default`; undefined when every rule is off. */
  securityHeaders(value: unknown, path: KeyPath): SecurityHeaderPolicy | undefined {
    if (typeof value === 'boolean') return value ? securityPolicy('fail') : undefined;
    if (typeof value === 'string' && !value.includes(':')) {
      const level = this.level(value, path);
      return level === 'off' ? undefined : securityPolicy(level);
    }
    const entries = this.map(value, path, '{ default: warn, hsts: fail, hsts-min-age: 180d }');
    const policy = securityPolicy('default' in entries ? this.level(entries.default, [...path, 'default']) : 'warn');
    for (const [key, item] of Object.entries(entries)) {
      if (key === 'default') continue;
      if (key === 'hsts-min-age') {
        policy.hstsMinAgeSeconds = Math.round(this.duration(item, [...path, key], '180d') / 1000);
        continue;
      }
      const rule = HEADER_RULES[key];
      if (rule === undefined)
        return this.fail(
          [...path, key],
          `"${key}" is not a security-header rule${didYouMean(key, [...Object.keys(HEADER_RULES), 'default', 'hsts-min-age'])}`,
          Object.keys(HEADER_RULES).join(', '),
        );
      policy[rule] = this.level(item, [...path, key]);
    }
    return policy;
  }
}
