// Typed input readers. Each action declares its inputs once as a spec; the entry reads
// them all up front, so a wrong value fails the step before anything has changed.
import { ConfigurationError } from '../errors.ts';
import { parseBoolean, parseDuration, parseEnum, parseGlobList, parseInteger, parseJson, parseList } from '../values.ts';
import { maskSecret } from './mask.ts';

export type Env = Record<string, string | undefined>;

/** The environment variable the runner uses for an input (`fail-on` -> `INPUT_FAIL-ON`). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function rawInput(name: string, env: Env = process.env): string {
  return (env[inputVariable(name)] ?? '').trim();
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
  /** One of `values`, or undefined when the input is empty (another source, such as a config file, decides). */
  optionalEnum: <T extends string>(values: readonly T[], o: Common) => spec('enum', o, (name, raw) => (raw === '' ? undefined : parseEnum(name, raw, values))),
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
