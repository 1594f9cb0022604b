// From a checkout to what would be released, in three phases:
//   findPreviousTags: per component, the previous release tags (one for-each-ref; a shallow clone deepened until they are there);
//   readHistory: the commits since the oldest of them (one git log), parsed, with merges counted once;
//   planComponents: per component, reverts cancelled, bump, version, notes.
import picomatch from 'picomatch';
import { deepenUntil, isAncestor, isShallow, mergeBase, revParse, tryGit, type Repo } from '@devops-actions/git';
import * as semver from './semver.ts';
import type { SemVer } from './semver.ts';
import type { Bump, ReleaseConfig } from './config.ts';
import { ReleaseConfigError } from './config.ts';
import { allTags, readLog, reachableTags, type RawCommit, type TagRef } from './git.ts';
import { renderChangelogBlock, renderNotes, sections as groupSections, type NotesSection } from './notes.ts';
import { parseCommit, type Entry, type ParseWarning, type ParsedCommit } from './parse.ts';
import { applyInitialDevelopment, entryBump, maxBump, movingTagsFor, nextVersion, tagFor, versionFromTag } from './version.ts';

export interface AnalyzeOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  config: ReleaseConfig;
  /** The commit to release; HEAD by default. */
  rev?: string;
  /** The branch being released (decides the prerelease channel); the checked-out branch by default. */
  branch?: string;
  /** A prerelease channel (`rc`, `beta`, `next`); overrides the branch mapping. `false` forces a stable release. */
  prerelease?: string | false;
  /** An explicit version: wins over the computed one and over `Release-As:` footers. */
  version?: string;
  /** An explicit previous release tag to count from (single-component only). */
  from?: string;
  /** Deepen a shallow clone until the previous release tag is found (default true). */
  deepen?: boolean;
  /** https://github.com/owner/repo, for links in the notes. */
  repoUrl?: string;
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

const BUMP_RANK: Record<Bump, number> = { major: 0, minor: 1, patch: 2, none: 3 };

/** A release tag of a component, with the version it carries. */
interface Version {
  tag: string;
  sha: string;
  version: SemVer;
}

interface Scope {
  name: string | null;
  tagFormat: string;
  changelog: string | false;
  matches?: (file: string) => boolean;
}

function scopesOf(config: ReleaseConfig): Scope[] {
  if (config.components.length === 0) return [{ name: null, tagFormat: config.tagFormat, changelog: config.changelog }];
  return config.components.map((c) => {
    // A plain directory or file (no glob characters) covers everything under it.
    const expand = (p: string) => {
      const clean = p.replace(/^\.\//, '').replace(/\/+$/, '');
      return picomatch.scan(clean).isGlob ? [clean] : [clean, `${clean}/**`];
    };
    const include = picomatch(c.include.flatMap(expand), { dot: true });
    const exclude = c.exclude.length > 0 ? picomatch(c.exclude.flatMap(expand), { dot: true }) : () => false;
    return { name: c.name, tagFormat: c.tagFormat, changelog: c.changelog, matches: (file: string) => include(file) && !exclude(file) };
  });
}

function versionsOf(tags: readonly TagRef[], format: string): Version[] {
  const list: Version[] = [];
  for (const tag of tags) {
    const version = versionFromTag(tag.name, format);
    if (version) list.push({ tag: tag.name, sha: tag.sha, version });
  }
  return list.sort((a, b) => semver.rcompare(a.version, b.version));
}

function channelFor(options: AnalyzeOptions, branch: string | undefined): string | undefined {
  if (options.prerelease === false) return undefined;
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

export async function analyze(options: AnalyzeOptions): Promise<Analysis> {
  const repo: Repo = { cwd: options.cwd, env: options.env };
  const log = options.log ?? (() => undefined);
  const rev = options.rev ?? 'HEAD';
  // The start-up questions to git, at once.
  const [sha, shallow, checkedOut, listedTags] = await Promise.all([
    revParse(repo, rev),
    isShallow(repo),
    tryGit(repo, ['symbolic-ref', '--quiet', '--short', 'HEAD']),
    allTags(repo),
  ]);
  if (!sha)
    throw new ReleaseConfigError(
      rev === 'HEAD' ? 'repository' : rev,
      rev === 'HEAD' ? 'there is no commit to release (HEAD does not point at a commit)' : `"${rev}" is not a commit`,
      'main',
    );
  const branch = options.branch ?? (checkedOut?.trim() || undefined);
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
  const planned = planComponents(history, previous.states, { sha, channel, options });
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

// ---------------------------------------------------------------------------
// Tags: the previous releases of every component.

/** Where the release is cut, as the start-up questions found it. */
interface Head {
  sha: string;
  rev: string;
  shallow: boolean;
  channel: string | undefined;
  scopes: Scope[];
  /** Every tag of the clone, reachable or not. */
  listedTags: TagRef[];
}

/**
 * A component's releases: every version tagged (reachable or not: a version tagged anywhere is
 * taken), the tag at HEAD of the kind being released (a tag-push run, or a re-run after the tag
 * was made), and the previous release of any kind and the previous stable one, both reachable.
 */
interface ScopeState {
  scope: Scope;
  versions: Version[];
  atHead?: Version;
  previousStable?: Version;
  previous?: Version;
}

interface PreviousTags {
  states: ScopeState[];
  /** No tag is in a release format (and the clone is complete): nothing bounds the range. */
  wholeHistory: boolean;
  /** How many times a shallow clone was deepened. */
  deepened: number;
  notices: string[];
}

/**
 * Tags: one for-each-ref lists them all. When none is in a release format (and the clone is
 * complete), nothing bounds the range: the whole history is read, and which tags are reachable
 * is read off it. For a stable release from a complete clone, the highest versions are checked
 * one by one, each a walk over the commits since that tag only. A shallow clone (deepened until
 * every scope has its previous tag) and a prerelease (whose counters follow the series reachable
 * from HEAD) list the reachable tags with `for-each-ref --merged`, a walk over the whole history.
 */
async function findPreviousTags(repo: Repo, head: Head, options: AnalyzeOptions): Promise<PreviousTags> {
  const { sha, shallow, channel, scopes, listedTags } = head;
  const wholeHistory = !shallow && scopes.every((s) => versionsOf(listedTags, s.tagFormat).length === 0);
  const listsReachable = !wholeHistory && (shallow || channel !== undefined);
  let tags: TagRef[] = wholeHistory ? [] : listedTags;
  let deepened = 0;
  if (shallow) ({ tags, deepened } = await shallowCloneTags(repo, sha, scopes, options));
  else if (listsReachable) tags = await reachableTags(repo, sha);
  const notices: string[] = [];
  const ignored = wholeHistory ? undefined : ignoredTagsNotice(tags, scopes);
  if (ignored !== undefined) notices.push(ignored);

  const reachable = tagReachability(repo, sha, listsReachable ? tags : undefined);
  const states: ScopeState[] = [];
  for (const scope of scopes) states.push(await scopeState(scope, versionsOf(tags, scope.tagFormat), head, options, reachable));
  return { states, wholeHistory, deepened, notices };
}

/** The tags reachable in a shallow clone, which is deepened (tags included) until every component has a release tag among them. */
async function shallowCloneTags(repo: Repo, sha: string, scopes: readonly Scope[], options: AnalyzeOptions): Promise<{ tags: TagRef[]; deepened: number }> {
  let tags: TagRef[] = [];
  const found = await deepenUntil(
    repo,
    async () => {
      tags = await reachableTags(repo, sha);
      return scopes.every((s) => versionsOf(tags, s.tagFormat).length > 0) ? tags : undefined;
    },
    { what: 'the previous release tag', tags: true, fetch: options.deepen !== false, log: options.log },
  );
  // Counting from a start of history that is only the clone's edge would release the wrong version.
  if (found.value === undefined && !found.unshallowed && (await isShallow(repo)))
    throw new ReleaseConfigError(
      'repository',
      'the clone is shallow and no previous release tag is reachable; fetch the full history (actions/checkout with fetch-depth: 0)',
      'fetch-depth: 0',
    );
  return { tags, deepened: found.deepened };
}

/** Tags that no scope claims and that are not versions are ignored, with a notice. */
function ignoredTagsNotice(found: readonly TagRef[], scopes: readonly Scope[]): string | undefined {
  const claimed = new Set<string>();
  for (const s of scopes) for (const v of versionsOf(found, s.tagFormat)) claimed.add(v.tag);
  const ignored = found.filter((t) => !claimed.has(t.name)).map((t) => t.name);
  if (ignored.length === 0) return undefined;
  return `Ignored ${ignored.length} tag${ignored.length === 1 ? '' : 's'} that ${ignored.length === 1 ? 'is' : 'are'} not a semantic version in the tag format${scopes.length > 1 ? 's' : ''} ${scopes.map((s) => s.tagFormat).join(', ')}: ${ignored.slice(0, 5).join(', ')}${ignored.length > 5 ? ', …' : ''}`;
}

/**
 * Whether a release tag is reachable from HEAD: known when the tags were listed that way,
 * otherwise asked of `merge-base --is-ancestor`; after a few misses (a maintenance branch below
 * newer releases) one `for-each-ref --merged` answers for every tag.
 */
function tagReachability(repo: Repo, sha: string, reachable: readonly TagRef[] | undefined): (v: Version) => Promise<boolean> {
  let merged = reachable ? new Set(reachable.map((t) => t.name)) : undefined;
  const answered = new Map<string, boolean>();
  let misses = 0;
  return async (v) => {
    if (v.sha === sha) return true;
    if (!merged && misses >= 3) merged = new Set((await reachableTags(repo, sha)).map((t) => t.name));
    if (merged) return merged.has(v.tag);
    let yes = answered.get(v.sha);
    if (yes === undefined) {
      yes = await isAncestor(repo, v.sha, sha);
      answered.set(v.sha, yes);
      if (!yes) misses++;
    }
    return yes;
  };
}

async function scopeState(
  scope: Scope,
  versions: Version[],
  head: Head,
  options: AnalyzeOptions,
  reachable: (v: Version) => Promise<boolean>,
): Promise<ScopeState> {
  const { sha, channel } = head;
  const wantsPre = channel !== undefined;
  const atHead =
    options.version === undefined
      ? versions.find((v) => v.sha === sha && (wantsPre ? v.version.prerelease[0] === channel : v.version.prerelease.length === 0))
      : undefined;
  const older = atHead ? versions.filter((v) => semver.lt(v.version, atHead.version)) : versions;
  // The highest reachable release of any kind, and the highest reachable stable one.
  let previous: Version | undefined;
  let previousStable: Version | undefined;
  for (const v of older) {
    const stable = v.version.prerelease.length === 0;
    if (previous && !stable) continue;
    if (!(await reachable(v))) continue;
    previous ??= v;
    if (stable) {
      previousStable = v;
      break;
    }
  }
  if (options.from !== undefined) {
    const from = versions.find((v) => v.tag === options.from);
    if (!from || !(await reachable(from)))
      throw new ReleaseConfigError(
        'from',
        `"${options.from}" is not a release tag reachable from ${head.rev} in the format ${scope.tagFormat}`,
        tagFor(scope.tagFormat, '1.0.0'),
      );
    previousStable = from;
    previous = from;
  }
  return { scope, versions, atHead, previousStable, previous };
}

// ---------------------------------------------------------------------------
// History: the commits since the oldest previous stable release, parsed.

/** A commit of the range with its parsed message. */
interface Loaded {
  commit: RawCommit;
  parsed: ParsedCommit;
}

interface History {
  /** Newest first, as git log hands them over. */
  loaded: Loaded[];
  warnings: ParseWarning[];
  /** The tags looked for whose commit is in the history. */
  reachedTags: TagRef[];
  /** Merge commits that count with their own message: none of the commits they bring in is conventional. */
  countedMerges: Set<Loaded>;
  /** By commit id, for what walks the graph; built on first use. */
  byId: () => Map<string, Loaded>;
}

/**
 * One git log from HEAD back to the oldest previous stable release (of every component), each
 * commit parsed as git hands it over, while git reads the next ones; then merges attributed.
 */
async function readHistory(repo: Repo, sha: string, states: readonly ScopeState[], lookFor: readonly TagRef[], config: ReleaseConfig): Promise<History> {
  const bases = states.map((s) => s.previousStable?.sha);
  const base = bases.every((b): b is string => b !== undefined) ? await commonAncestor(repo, [...new Set(bases)]) : undefined;
  const knownTypes = new Set(Object.keys(config.types));
  const loaded: Loaded[] = [];
  const warnings: ParseWarning[] = [];
  const tagged = lookFor.length > 0 ? new Set(lookFor.map((t) => t.sha)) : undefined;
  const reached = new Set<string>();
  await readLog(
    repo,
    sha,
    base === undefined ? [] : [base],
    states.some((s) => s.scope.matches),
    (commit) => {
      const parsed = parseCommit(commit, knownTypes);
      loaded.push({ commit, parsed });
      if (tagged?.has(commit.sha)) reached.add(commit.sha);
      if (commit.parents.length <= 1) for (const warning of parsed.warnings) warnings.push(warning);
    },
  );
  let byId: Map<string, Loaded> | undefined;
  const history: History = {
    loaded,
    warnings,
    reachedTags: lookFor.filter((t) => reached.has(t.sha)),
    countedMerges: new Set(),
    byId: () => (byId ??= new Map(loaded.map((l) => [l.commit.sha, l]))),
  };
  history.countedMerges = attributeMerges(history, sha);
  return history;
}

/** A commit every one of `shas` descends from (their merge base), or undefined when the clone has none. */
async function commonAncestor(repo: Repo, shas: readonly string[]): Promise<string | undefined> {
  let base = shas[0];
  for (const sha of shas.slice(1)) {
    if (base === undefined) break;
    base = await mergeBase(repo, base, sha, { fetch: false }).then(
      (found) => found.sha,
      () => undefined,
    );
  }
  return base;
}

/**
 * Merge commits: the commits a merge brings in carry its pull request number; the merge itself
 * counts only when none of them is conventional (so nothing is counted twice). Returns the merges
 * that count.
 */
function attributeMerges(history: History, sha: string): Set<Loaded> {
  const counted = new Set<Loaded>();
  if (!history.loaded.some((l) => l.commit.parents.length >= 2)) return counted;
  const byId = history.byId();
  const firstParentChain = new Set<string>();
  for (let at: string | undefined = sha; at && byId.has(at); at = byId.get(at)?.commit.parents[0]) firstParentChain.add(at);
  for (const merge of history.loaded) {
    if (merge.commit.parents.length < 2) continue;
    const pr = /^Merge pull request #(\d+)/.exec(merge.commit.message)?.[1];
    const brought: Loaded[] = [];
    const stack = merge.commit.parents.slice(1);
    const seen = new Set<string>();
    while (stack.length > 0) {
      const at = stack.pop() ?? '';
      const inside = byId.get(at);
      if (seen.has(at) || firstParentChain.has(at) || !inside) continue;
      seen.add(at);
      brought.push(inside);
      for (const p of inside.commit.parents) stack.push(p);
    }
    const conventionalInside = brought.some((b) => b.parsed.entries.length > 0);
    if (pr !== undefined) for (const b of brought) for (const e of b.parsed.entries) e.pr ??= Number(pr);
    if (!conventionalInside && merge.parsed.entries.length > 0) counted.add(merge);
  }
  return counted;
}

/** Commits reachable from `start` within the loaded graph (start included). */
function reachable(start: string, graph: ReadonlyMap<string, Loaded>): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const sha = stack.pop() ?? '';
    if (seen.has(sha)) continue;
    const loaded = graph.get(sha);
    if (!loaded) continue;
    seen.add(sha);
    for (const p of loaded.commit.parents) if (!seen.has(p)) stack.push(p);
  }
  return seen;
}

// ---------------------------------------------------------------------------
// Plan: per component, what counts, the bump, the version and the notes.

interface PlanContext {
  sha: string;
  channel: string | undefined;
  options: AnalyzeOptions;
}

function planComponents(history: History, states: readonly ScopeState[], context: PlanContext): { components: ComponentRelease[]; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const components = states.map((state) => {
    const planned = planComponent(state, history, context);
    warnings.push(...planned.warnings);
    return planned.release;
  });
  if (context.options.config.versioning === 'fixed' && components.length > 1)
    fixGroup(
      components,
      states.map((s) => s.versions),
    );
  return { components, warnings };
}

function planComponent(state: ScopeState, history: History, context: PlanContext): { release: ComponentRelease; warnings: ParseWarning[] } {
  const { scope } = state;
  const { sha, channel, options } = context;
  const config = options.config;
  const range = componentRange(state, history);
  const cancelled = cancelReverts(range.relevant);
  const liveCommits = cancelled.size === 0 ? range.relevant : range.relevant.filter((l) => !cancelled.has(l));
  const live: Entry[] = [];
  for (const l of liveCommits) for (const e of l.parsed.entries) live.push(e);
  const { bump, why } = decideBump(live, state.previousStable?.version, config);
  const override = versionOverride(range.relevant, options.version);

  const result: ComponentRelease = {
    component: scope.name,
    tagFormat: scope.tagFormat,
    releasable: false,
    reason: '',
    bump,
    prerelease: false,
    entries: [],
    sections: [],
    notes: '',
    changelogBlock: '',
    changelog: scope.changelog,
    why,
    cancelled: cancelledPairs(cancelled),
    commitCount: range.commitCount,
    sha,
    movingTags: [],
    tagExists: false,
  };
  if (state.previousStable) result.previousStableTag = state.previousStable.tag;
  if (channel !== undefined) result.channel = channel;

  let version: string | undefined;
  if (state.atHead) {
    version = state.atHead.version.version;
    result.tagExists = true;
    result.reason = `${state.atHead.tag} already points at ${sha.slice(0, 7)}: finishing that release`;
  } else if (override.version !== undefined && override.by !== undefined) {
    version = override.version;
    result.reason = `version ${override.version} set by ${override.by === 'input' ? 'the version input' : override.by}`;
    result.override = override.by;
    const prev = state.previous;
    const parsed = semver.parse(version);
    if (prev && parsed && !semver.gt(parsed, prev.version))
      throw new ReleaseConfigError(
        override.by === 'input' ? 'version' : `Release-As footer in ${override.by.slice(-7)}`,
        `${version} is not higher than the previous release ${prev.tag}`,
        semver.inc(prev.version, 'patch') ?? '1.0.0',
      );
  } else if (bump !== 'none') {
    version = nextVersion({
      previousStable: state.previousStable?.version,
      taken: state.versions.map((v) => v.version),
      bump,
      initialVersion: config.initialVersion,
      channel,
    });
    const decisive = why.find((w) => w.decisive);
    result.reason = `${bump}, because of ${decisive?.header ?? 'the commits since the previous release'}`;
  } else {
    result.reason = nothingToRelease(state, channel, range.inRange.length, why.length);
  }

  if (version === undefined) {
    result.entries = newestFirst(liveCommits);
    result.sections = groupSections(result.entries, config);
    if (state.previous) {
      result.previousTag = state.previous.tag;
      result.previousVersion = state.previous.version.version;
    }
    return { release: result, warnings: override.warnings };
  }

  const parsedVersion = semver.parse(version);
  result.releasable = true;
  result.version = version;
  result.tag = tagFor(scope.tagFormat, version);
  result.prerelease = (parsedVersion?.prerelease.length ?? 0) > 0;
  // The previous tag and the notes range: a prerelease counts from the previous release of any
  // kind; a stable release from the previous stable, so it includes what its prereleases shipped.
  const previous = result.prerelease ? state.previous : state.previousStable;
  if (previous) {
    result.previousTag = previous.tag;
    result.previousVersion = previous.version.version;
  }
  const shipped =
    result.prerelease && previous && previous.sha !== state.previousStable?.sha && history.byId().has(previous.sha)
      ? reachable(previous.sha, history.byId())
      : undefined;
  result.entries = newestFirst(liveCommits, shipped);
  result.sections = groupSections(result.entries, config);
  const links = options.repoUrl ? { repoUrl: options.repoUrl } : {};
  result.notes = renderNotes(result.sections, links);
  const first = history.loaded[0]?.commit;
  const headCommit = first?.sha === sha ? first : history.byId().get(sha)?.commit;
  const date = (headCommit?.date ?? new Date().toISOString()).slice(0, 10);
  result.changelogBlock = renderChangelogBlock({ version, tag: result.tag, previousTag: result.previousTag, date }, result.notes, links);
  if (!result.prerelease && parsedVersion) result.movingTags = movingTagsFor(scope.tagFormat, parsedVersion, config.movingTags, sha);
  return { release: result, warnings: override.warnings };
}

/** Why a component has nothing to release. */
function nothingToRelease(state: ScopeState, channel: string | undefined, commits: number, bumping: number): string {
  // Promotion of a prerelease series without further commits is covered by the bump; a series
  // whose commits do not bump (only chores) has nothing to promote.
  if (
    channel === undefined &&
    state.previous &&
    state.previous.version.prerelease.length > 0 &&
    state.previousStable &&
    semver.gt(state.previous.version, state.previousStable.version)
  )
    return `no releasable commits since ${state.previousStable.tag}`;
  const since = state.previous?.tag ?? state.previousStable?.tag ?? 'the start of history';
  return commits === 0
    ? `no commits since ${since}`
    : `no releasable commits since ${since} (${bumping === 0 ? 'only types that do not bump the version' : 'nothing bumps'})`;
}

interface ComponentRange {
  /** The commits since the previous stable release, newest first. */
  inRange: Loaded[];
  /** Those that count for the component (its files; merges only when counted), oldest first so reverts meet what they revert. */
  relevant: Loaded[];
  commitCount: number;
}

function componentRange(state: ScopeState, history: History): ComponentRange {
  const { scope } = state;
  const stableBase = state.previousStable?.sha;
  const excluded = stableBase && history.byId().has(stableBase) ? reachable(stableBase, history.byId()) : undefined;
  const inRange = excluded ? history.loaded.filter((l) => !excluded.has(l.commit.sha)) : history.loaded;
  const touches = (l: Loaded) => !scope.matches || (l.commit.files ?? []).some((f) => scope.matches?.(f) === true);
  const relevant = inRange
    .filter((l) => (l.commit.parents.length < 2 || history.countedMerges.has(l)) && (touches(l) || (l.commit.parents.length >= 2 && !scope.matches)))
    .reverse();
  return { inRange, relevant, commitCount: scope.matches ? inRange.filter(touches).length : inRange.length };
}

/**
 * Reverts inside the range cancel with what they revert (a revert of a revert restores).
 * `relevant` is oldest first; the result pairs each cancelled commit with its partner, both ways.
 */
function cancelReverts(relevant: readonly Loaded[]): Map<Loaded, Loaded> {
  const cancelled = new Map<Loaded, Loaded>();
  if (!relevant.some((l) => l.parsed.entries.some((e) => e.reverts))) return cancelled;
  // Positions, oldest first, by the first seven digits of the commit id and by entry header.
  const byPrefix = new Map<string, number[]>();
  const byHeader = new Map<string, number[]>();
  const add = (index: Map<string, number[]>, key: string, position: number) => {
    const list = index.get(key);
    if (list === undefined) index.set(key, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  };
  relevant.forEach((l, position) => {
    add(byPrefix, l.commit.sha.slice(0, 7), position);
    for (const e of l.parsed.entries) add(byHeader, e.header, position);
  });
  const findTarget = (entry: Entry, position: number): Loaded | undefined => {
    const target = entry.reverts;
    if (!target) return undefined;
    if (target.sha) {
      // The oldest earlier commit with that id.
      for (const i of byPrefix.get(target.sha.slice(0, 7)) ?? []) {
        if (i >= position) break;
        if (relevant[i]?.commit.sha.startsWith(target.sha)) return relevant[i];
      }
      return undefined;
    }
    // The newest earlier commit with that header that is not cancelled yet.
    const candidates = target.header === undefined ? [] : (byHeader.get(target.header) ?? []);
    for (let c = candidates.length - 1; c >= 0; c--) {
      const i = candidates[c] ?? position;
      const l = relevant[i];
      if (i < position && l && !cancelled.has(l)) return l;
    }
    return undefined;
  };
  relevant.forEach((l, position) => {
    for (const entry of l.parsed.entries) {
      const target = findTarget(entry, position);
      if (!target) continue;
      const partner = cancelled.get(target);
      if (partner !== undefined) {
        // Reverting a revert: the original comes back, and the two reverts cancel each other.
        cancelled.delete(partner);
      }
      cancelled.set(target, l);
      cancelled.set(l, target);
    }
  });
  return cancelled;
}

function cancelledPairs(cancelled: ReadonlyMap<Loaded, Loaded>): CancelledPair[] {
  const pairs: CancelledPair[] = [];
  for (const [a, b] of cancelled) {
    const entry = a.parsed.entries[0];
    if (entry && !entry.reverts) pairs.push({ sha: a.commit.sha, header: entry.header, revertSha: b.commit.sha });
  }
  return pairs;
}

/**
 * The bump: the highest any live entry asks for, under the pre-1.0 policy. The why table: rows
 * grouped by bump, highest first, in history order within a group.
 */
function decideBump(live: readonly Entry[], previousStable: SemVer | undefined, config: ReleaseConfig): { bump: Bump; why: WhyRow[] } {
  const byBump: Record<Bump, WhyRow[]> = { major: [], minor: [], patch: [], none: [] };
  let bump: Bump = 'none';
  for (const entry of live) {
    const asked = entryBump(entry, config);
    const policy = applyInitialDevelopment(asked.bump, previousStable, config);
    if (policy.bump === 'none') continue;
    byBump[policy.bump].push({
      sha: entry.sha,
      header: entry.header,
      bump: policy.bump,
      rule: policy.note ? `${asked.rule}; ${policy.note}` : asked.rule,
      decisive: false,
    });
    if (BUMP_RANK[policy.bump] < BUMP_RANK[bump]) bump = policy.bump;
  }
  for (const row of byBump[bump]) row.decisive = true;
  return { bump, why: [...byBump.major, ...byBump.minor, ...byBump.patch] };
}

interface Override {
  /** `input`, or the `Release-As:` commit. */
  by?: string;
  version?: string;
  /** Release-As footers that are not versions, newer than the one that counts. */
  warnings: ParseWarning[];
}

/** The version input, or else the newest valid `Release-As:` footer of the range (oldest first). */
function versionOverride(relevant: readonly Loaded[], input: string | undefined): Override {
  if (input !== undefined) return { by: 'input', version: semver.valid(input) ?? undefined, warnings: [] };
  const warnings: ParseWarning[] = [];
  for (let i = relevant.length - 1; i >= 0; i--) {
    const c = relevant[i]?.commit;
    const footer = relevant[i]?.parsed.releaseAs;
    if (!c || footer === undefined) continue;
    const version = semver.valid(footer);
    if (!version) {
      warnings.push({
        sha: c.sha,
        subject: c.message.split('\n')[0] ?? '',
        problem: `Release-As: "${footer}" is not a semantic version; the footer is ignored`,
      });
      continue;
    }
    return { by: `Release-As: in ${c.sha.slice(0, 7)}`, version, warnings };
  }
  return { warnings };
}

/** The entries of `commits` (oldest first), newest commit first and the entries of one commit in the order written; without the commits in `shipped`. */
function newestFirst(commits: readonly Loaded[], shipped?: ReadonlySet<string>): Entry[] {
  const out: Entry[] = [];
  for (let i = commits.length - 1; i >= 0; i--) {
    const l = commits[i];
    if (!l || shipped?.has(l.commit.sha)) continue;
    for (const e of l.parsed.entries) out.push(e);
  }
  return out;
}

/** A fixed group: every component gets the highest version any of them would get. */
function fixGroup(components: ComponentRelease[], versions: Version[][]): void {
  const releasing = components.filter((c) => c.releasable && c.version !== undefined);
  if (releasing.length === 0) return;
  const top = releasing.map((c) => c.version ?? '0.0.0').sort(semver.rcompare)[0] ?? '0.0.0';
  const bump = releasing.map((c) => c.bump).reduce(maxBump, 'none');
  components.forEach((c, i) => {
    const taken = versions[i]?.some((v) => v.version.version === top) ?? false;
    if (taken && !c.tagExists) return;
    c.releasable = true;
    c.version = top;
    c.tag = tagFor(c.tagFormat, top);
    c.bump = bump;
    c.prerelease = (semver.parse(top)?.prerelease.length ?? 0) > 0;
    if (c.reason === '' || !c.reason.includes('because')) c.reason = `${top} for the fixed group`;
    if (c.notes === '') {
      c.notes = renderNotes(c.sections, {});
      c.changelogBlock = `## ${top}\n\n${c.notes}`;
    }
  });
}
