// The release engine: conventional commits → next version, notes, CHANGELOG.md, tags and a
// GitHub release. Plain TypeScript: no @actions/* imports and no process.env reads.
export * from './config.ts';
export * from './parse.ts';
export * from './version.ts';
export * from './notes.ts';
export * from './analyze.ts';
export * from './plan.ts';
export * from './report.ts';
export { writeChangelog } from './changelog.ts';
export type { RawCommit, TagRef } from './git.ts';
export { remoteRepo, type RemoteRepo } from './remote.ts';
