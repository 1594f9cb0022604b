// The adapter registry: the one list of adapters. The configuration takes the adapter names and
// option keys from here, and the configured adapter is built from its declared options.
import { ConfigurationError } from '@devops-actions/toolkit';
import type { DeployConfig } from '../config.ts';
import type { Adapter } from '../types.ts';
import { commandAdapter } from './command.ts';
import type { AdapterContext, AdapterDefinition } from './define.ts';
import { flyAdapter } from './fly.ts';
import { herokuAdapter } from './heroku.ts';
import { kubernetesAdapter } from './kubernetes.ts';
import { netlifyAdapter } from './netlify.ts';
import { nginxAdapter } from './nginx.ts';
import { vercelAdapter } from './vercel.ts';

const REGISTRY = [commandAdapter, nginxAdapter, kubernetesAdapter, flyAdapter, herokuAdapter, vercelAdapter, netlifyAdapter] as const;

export type AdapterName = (typeof REGISTRY)[number]['name'];

const DEFINITIONS: readonly AdapterDefinition[] = REGISTRY;

export const ADAPTERS: readonly AdapterName[] = REGISTRY.map((definition) => definition.name);

/** Every option key of every adapter: the action passes all of its inputs, whichever adapter is chosen. */
export const ADAPTER_OPTION_KEYS: readonly string[] = [...new Set(DEFINITIONS.flatMap((definition) => Object.keys(definition.options)))];

function definitionOf(name: string): AdapterDefinition {
  const definition = DEFINITIONS.find((d) => d.name === name);
  if (definition === undefined) throw new ConfigurationError('adapter', `"${name}" is not one of ${ADAPTERS.join(', ')}`, ADAPTERS[0]);
  return definition;
}

/** Reads the options `adapter` declares from their texts (`''` when not given); `subject` names a key in errors. */
export function readAdapterOptions(adapter: AdapterName, text: (key: string) => string, subject: (key: string) => string): Record<string, unknown> {
  const readers = definitionOf(adapter).options;
  return Object.fromEntries(Object.entries(readers).map(([key, read]) => [key, read(text(key), subject(key))]));
}

export type AdapterDeps = Omit<AdapterContext, 'config'>;

export function createAdapter(config: DeployConfig, deps: AdapterDeps): Adapter {
  return definitionOf(config.adapter).create(config.options, { config, ...deps });
}
