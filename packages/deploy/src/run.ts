// One call for the front ends: parse the configuration, build the verifier and the adapter,
// run the engine (or recover an interrupted deploy in a post step).
import { parseConfig, type ConfigContext, type DeployConfig, type RawConfig } from './config.ts';
import { DeployEngine, type EngineDeps } from './engine.ts';
import { createAdapter } from './adapters/index.ts';
import { ProbeVerifier } from './probe-verifier.ts';
import type { DeployResult, Verifier } from './types.ts';

export interface RunDeployOptions extends Omit<EngineDeps, 'adapter' | 'verifier'> {
  context: ConfigContext;
  env: Record<string, string | undefined>;
  verifier?: Verifier;
  /** Called once the configuration is valid and before anything changes (the action records the state file path). */
  onReady?: (config: DeployConfig, engine: DeployEngine) => void;
}

export function createVerifier(config: DeployConfig): Verifier {
  return new ProbeVerifier({ identity: config.identity, healthPath: config.healthPath, timeoutMs: 5000 });
}

export function prepareEngine(raw: RawConfig, options: RunDeployOptions): { config: DeployConfig; engine: DeployEngine } {
  const config = parseConfig(raw, options.context);
  const verifier = options.verifier ?? createVerifier(config);
  const adapter = createAdapter(config, { verifier, env: options.env });
  const engine = new DeployEngine(config, { ...options, adapter, verifier });
  options.onReady?.(config, engine);
  return { config, engine };
}

export async function deployFromConfig(raw: RawConfig, options: RunDeployOptions): Promise<{ config: DeployConfig; result: DeployResult }> {
  const { config, engine } = prepareEngine(raw, options);
  return { config, result: await engine.run() };
}
