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
export * from './report.ts';
export { ADAPTERS, ADAPTER_OPTION_KEYS, createAdapter, type AdapterDeps, type AdapterName } from './adapters/index.ts';
export { deployFromConfig, prepareEngine, createVerifier, type RunDeployOptions } from './run.ts';
