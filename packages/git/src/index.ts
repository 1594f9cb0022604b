// The git layer: the one runner every engine uses, and what they ask of a checkout.
// Engines keep their own performance-tuned readers (the history diff stream, the log
// reader) on top of `streamGit`.
export {
  checkRef,
  git,
  GitError,
  gitEnvironment,
  gitResult,
  gitSucceeds,
  repoOf,
  streamGit,
  tryGit,
  type Env,
  type GitResult,
  type Repo,
  type RepoLike,
} from './run.ts';
export {
  branchTip,
  DEEPEN_STEPS,
  deepenUntil,
  ensureCommit,
  FETCH_HINT,
  findRemote,
  headInfo,
  isAncestor,
  isFullSha,
  isRepository,
  isShallow,
  mergeBase,
  revParse,
  topLevel,
  type DeepenOptions,
  type Deepening,
  type FetchPolicy,
  type HeadInfo,
  type MergeBase,
} from './refs.ts';
export { changedFiles, changedLines, diffHeaderPath, listTree, parseUnifiedDiff, unquotePath, type ChangedFile } from './diff.ts';
