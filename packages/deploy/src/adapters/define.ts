// What an adapter declares to the registry: its name, its option keys (the action's inputs and
// the config file's keys) each with the reader that turns its text into a value, and how to
// build the adapter from those values. The configuration refuses a key no adapter declares.
import { parseEnum } from '@devops-actions/toolkit';
import type { DeployConfig } from '../config.ts';
import type { Adapter, Verifier } from '../types.ts';

/** Reads one option from its text ('' when it is not given); `subject` names it in errors. */
export type OptionReader<T> = (text: string, subject: string) => T;

export const option = {
  /** Text, or `fallback` when not given. */
  text:
    (fallback = ''): OptionReader<string> =>
    (text) =>
      text === '' ? fallback : text,
  /** Text, or undefined when not given. */
  optional: (): OptionReader<string | undefined> => (text) => (text === '' ? undefined : text),
  /** One of `values`, or `fallback` when not given. */
  oneOf:
    <T extends string>(values: readonly T[], fallback: NoInfer<T>): OptionReader<T> =>
    (text, subject) =>
      parseEnum(subject, text === '' ? fallback : text, values),
};

/** What an adapter is built with besides its own options. */
export interface AdapterContext {
  config: DeployConfig;
  verifier: Verifier;
  /** The environment commands run with (and where platform credentials are read from). */
  env: Record<string, string | undefined>;
}

type Readers = Record<string, OptionReader<unknown>>;
type Values<R extends Readers> = { [K in keyof R]: ReturnType<R[K]> };

export interface AdapterDefinition<Name extends string = string, R extends Readers = Readers> {
  readonly name: Name;
  /** Its option keys, each with its reader. */
  readonly options: R;
  /** Builds the adapter; refuses options that do not fit together before anything changes. */
  create(options: Values<R>, context: AdapterContext): Adapter;
}

/** An adapter's entry for the registry: its name, its option keys with their readers, and how to build it from their values. */
export function defineAdapter<Name extends string, R extends Readers>(
  name: Name,
  options: R,
  create: (options: Values<R>, context: AdapterContext) => Adapter,
): AdapterDefinition<Name, R> {
  return { name, options, create };
}
