// The deploy engine: strategies, a write-ahead state file, target locks, adapters, analysis
// and the rollback ladder. Plain TypeScript: no @actions/* import, no process.env reads.
export * from './types.ts';
export * from './config.ts';
export * from './engine.ts';
export * from './state.ts';
export * from './lock.ts';
export * from './verify.ts';
export { ProbeVerifier } from './probe-verifier.ts';
export * from './analysis.ts';
export * from './exec.ts';
export { createAdapter, type AdapterDeps } from './adapters/index.ts';
export { CommandAdapter } from './adapters/command.ts';
export { KubernetesAdapter, KubernetesBlueGreenAdapter, DEFAULT_SLOT_LABEL, VERSION_ANNOTATION } from './adapters/kubernetes.ts';
export { NginxAdapter, UnchangedError, parseSlots } from './adapters/nginx.ts';
export { deployFromConfig, prepareEngine, createVerifier, type RunDeployOptions } from './run.ts';
