// From a checkout to what would be released, in three phases:
//   findPreviousTags (tags.ts): per component, the previous release tags (one for-each-ref; a
//     shallow clone deepened until they are there);
//   readHistory (history.ts): the commits since the oldest of them (one git log), parsed, with
//     merges counted once;
//   planComponents (components.ts): per component, reverts cancelled, bump, version, notes.
import picomatch from 'picomatch';
import { headInfo, type Repo } from '@devops-actions/git';
import * as semver from './semver.ts';
import { ReleaseConfigError, type Bump, type ReleaseConfig } from './config.ts';
import { planComponents } from './components.ts';
import { allTags } from './git.ts';
import { readHistory } from './history.ts';
import type { NotesSection } from './notes.ts';
import type { Entry, ParseWarning } from './parse.ts';
import { findPreviousTags, ignoredTagsNotice, scopesOf } from './tags.ts';

export interface AnalyzeOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  config: ReleaseConfig;
  /** The commit to release; HEAD by default. */
  rev?: string;
  /** The branch being released (decides the prerelease channel); the checked-out branch by default. */
  branch?: string;
  /** A prerelease channel (`rc`, `beta`, `next`); overrides the branch mapping. `false` (or the text `false`, as an input or option gives it) forces a stable release. */
  prerelease?: string | false;
  /** An explicit version: wins over the computed one and over `Release-As:` footers. */
  version?: string;
  /** An explicit previous release tag to count from (single-component only). */
  from?: string;
  /** Deepen a shallow clone until the previous release tag is found (default true). */
  deepen?: boolean;
  /**
   * https://github.com/owner/repo, for links in the notes. May be a lookup still under way: it is
   * awaited only when the notes are written, so it runs beside the reading of the history.
   */
  repoUrl?: string | PromiseLike<string | undefined>;
  /** Progress and notices. */
  log?: (message: string) => void;
}

export interface WhyRow {
  sha: string;
  header: string;
  bump: Bump;
  rule: string;
  /** Whether this entry decided the bump (it asked for the highest one). */
  decisive: boolean;
}

export interface CancelledPair {
  sha: string;
  header: string;
  revertSha: string;
}

export interface MovingTag {
  tag: string;
  sha: string;
}

export interface ComponentRelease {
  /** The component's name, or null for the whole repository. */
  component: string | null;
  tagFormat: string;
  releasable: boolean;
  /** Why it is (or is not) released, in words. */
  reason: string;
  version?: string;
  tag?: string;
  previousTag?: string;
  previousVersion?: string;
  previousStableTag?: string;
  bump: Bump;
  channel?: string;
  prerelease: boolean;
  /** The entries in the notes, newest first. */
  entries: Entry[];
  sections: NotesSection[];
  /** The release notes (Markdown). */
  notes: string;
  /** The CHANGELOG.md block, heading included. */
  changelogBlock: string;
  changelog: string | false;
  why: WhyRow[];
  cancelled: CancelledPair[];
  /** Commits in the range (merge commits included). */
  commitCount: number;
  sha: string;
  movingTags: MovingTag[];
  /** The release tag already exists locally at this commit (a tag-push run or a re-run). */
  tagExists: boolean;
  /** Where the version came from when it was not computed: `input` or the `Release-As:` commit. */
  override?: string;
}

export interface Analysis {
  sha: string;
  branch?: string;
  channel?: string;
  components: ComponentRelease[];
  warnings: ParseWarning[];
  notices: string[];
  /** How many times a shallow clone was deepened. */
  deepened: number;
  shallow: boolean;
}

export async function analyze(options: AnalyzeOptions): Promise<Analysis> {
  const repo: Repo = { cwd: options.cwd, env: options.env };
  const log = options.log ?? (() => undefined);
  const rev = options.rev ?? 'HEAD';
  // The start-up questions to git, at once, in two processes.
  const [{ sha, shallow, branch: checkedOut }, listedTags] = await Promise.all([headInfo(repo, rev), allTags(repo)]);
  if (!sha)
    throw new ReleaseConfigError(
      rev === 'HEAD' ? 'repository' : rev,
      rev === 'HEAD' ? 'there is no commit to release (HEAD does not point at a commit)' : `"${rev}" is not a commit`,
      'main',
    );
  const branch = options.branch ?? checkedOut;
  const channel = channelFor(options, branch);
  if (options.version !== undefined && !semver.valid(options.version))
    throw new ReleaseConfigError('version', `"${options.version}" is not a semantic version`, '1.5.0 or 2.0.0-rc.1');
  const scopes = scopesOf(options.config);
  if (options.from !== undefined && scopes.length > 1)
    throw new ReleaseConfigError('from', 'cannot be used with several components: each has its own previous tag', 'remove --from');

  const previous = await findPreviousTags(repo, { sha, rev, shallow, channel, scopes, listedTags }, options);
  const started = Date.now();
  // Without release tags the whole history is read: which of the other tags it reaches is seen on the way.
  const history = await readHistory(repo, sha, previous.states, previous.wholeHistory ? listedTags : [], options.config);
  log(`Read and parsed ${history.loaded.length} commit${history.loaded.length === 1 ? '' : 's'} in ${Date.now() - started} ms`);
  const notices = previous.notices;
  const ignored = previous.wholeHistory ? ignoredTagsNotice(history.reachedTags, scopes) : undefined;
  if (ignored !== undefined) notices.push(ignored);
  const planned = planComponents(history, previous.states, { sha, channel, options, repoUrl: await options.repoUrl });
  log(`Planned ${planned.components.length} component${planned.components.length === 1 ? '' : 's'} in ${Date.now() - started} ms`);

  const analysis: Analysis = {
    sha,
    components: planned.components,
    warnings: [...history.warnings, ...planned.warnings],
    notices,
    deepened: previous.deepened,
    shallow,
  };
  if (branch !== undefined) analysis.branch = branch;
  if (channel !== undefined) analysis.channel = channel;
  return analysis;
}

function channelFor(options: AnalyzeOptions, branch: string | undefined): string | undefined {
  if (options.prerelease === false || options.prerelease === 'false') return undefined;
  if (options.prerelease !== undefined && options.prerelease !== '') {
    if (!/^[0-9A-Za-z-]+$/.test(options.prerelease) || /^\d+$/.test(options.prerelease))
      throw new ReleaseConfigError('prerelease', `"${options.prerelease}" is not a prerelease channel name`, 'rc');
    return options.prerelease;
  }
  if (!branch) return undefined;
  for (const [pattern, channel] of Object.entries(options.config.prereleaseBranches)) {
    if (pattern === branch || picomatch.isMatch(branch, pattern)) return channel;
  }
  return undefined;
}
