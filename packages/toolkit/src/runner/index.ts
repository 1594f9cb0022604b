// The runner glue, for the action entries only: the pure toolkit plus the workflow-command
// protocol, typed inputs, the entry wrapper, masking, annotations, the job summary, the
// GitHub API client and sticky comments. Everything here is cheap to import: heavy modules
// (@actions/core for the summary writer, @actions/github for the API client) are loaded on
// first use, so an action can validate its inputs and exit fast.
export * from '../index.ts';
export * from './commands.ts';
export * from './inputs.ts';
export * from './run.ts';
export * from './mask.ts';
export * from './annotations.ts';
export * from './summary.ts';
export * from './action-spec.ts';
export * from './github.ts';
export * from './comment.ts';
