// From a checkout to what would be released: tags (one for-each-ref), history (one git log),
// parsed entries with reverts cancelled and merges counted once, bump, version, notes.
import picomatch from 'picomatch';
import * as semver from './semver.ts';
import type { SemVer } from './semver.ts';
import type { Bump, ReleaseConfig } from './config.ts';
import { ReleaseConfigError } from './config.ts';
import { allTags, deepen, headInfo, isAncestor, isShallow, mergeBase, readLog, reachableTags, type GitOptions, type RawCommit, type TagRef } from './git.ts';
import { renderChangelogBlock, renderNotes, sections as groupSections, type NotesSection } from './notes.ts';
import { parseCommit, type Entry, type ParseWarning, type ParsedCommit } from './parse.ts';
import { applyInitialDevelopment, entryBump, maxBump, nextVersion, tagFor, versionFromTag } from './version.ts';

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

/** A commit of the range with its parsed message. */
interface Loaded {
  commit: RawCommit;
  parsed: ParsedCommit;
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

export async function analyze(options: AnalyzeOptions): Promise<Analysis> {
  const git: GitOptions = { cwd: options.cwd, env: options.env };
  const log = options.log ?? (() => undefined);
  const config = options.config;
  const notices: string[] = [];
  const rev = options.rev ?? 'HEAD';
  // The start-up questions to git, at once.
  const [head, listedTags] = await Promise.all([headInfo(git, rev), allTags(git).catch((): TagRef[] => [])]);
  const { sha, shallow } = head;
  const checkedOut = head.branch;
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
  const scopes = scopesOf(config);
  if (options.from !== undefined && scopes.length > 1)
    throw new ReleaseConfigError('from', 'cannot be used with several components: each has its own previous tag', 'remove --from');

  // Tags: one for-each-ref lists them all. When none is in a release format (and the clone is
  // complete), nothing bounds the range: the whole history is read, and which tags are reachable
  // is read off it. For a stable release from a complete clone, the highest versions are checked
  // one by one (below), each a walk over the commits since that tag only. A shallow clone (deepened
  // until every scope has its previous tag) and a prerelease (whose counters follow the series
  // reachable from HEAD) list the reachable tags with `for-each-ref --merged`, a walk over the
  // whole history.
  const noReleaseTags = !shallow && scopes.every((s) => versionsOf(listedTags, s.tagFormat).length === 0);
  const listsReachable = !noReleaseTags && (shallow || channel !== undefined);
  let tags = noReleaseTags ? [] : listsReachable ? await reachableTags(git, sha).catch((): TagRef[] => []) : listedTags;
  let deepened = 0;
  if (shallow && options.deepen !== false) {
    const missing = () => scopes.some((s) => versionsOf(tags, s.tagFormat).length === 0);
    while (missing() && (await isShallow(git))) {
      const step = deepened < 3 ? 100 * 4 ** deepened : ('all' as const);
      log(`The clone is shallow and no previous release tag is in reach: fetching ${step === 'all' ? 'the whole history' : `${step} more commits`}`);
      await deepen(git, step);
      deepened++;
      tags = await reachableTags(git, sha);
      if (step === 'all') break;
    }
  } else if (shallow && scopes.some((s) => versionsOf(tags, s.tagFormat).length === 0)) {
    throw new ReleaseConfigError(
      'repository',
      'the clone is shallow and no previous release tag is reachable; fetch the full history (actions/checkout with fetch-depth: 0)',
      'fetch-depth: 0',
    );
  }

  // Tags that no scope claims and that are not versions are ignored, with a notice.
  const ignoredNotice = (found: readonly TagRef[]) => {
    const claimed = new Set<string>();
    for (const s of scopes) for (const v of versionsOf(found, s.tagFormat)) claimed.add(v.tag);
    const ignored = found.filter((t) => !claimed.has(t.name)).map((t) => t.name);
    if (ignored.length > 0)
      notices.push(
        `Ignored ${ignored.length} tag${ignored.length === 1 ? '' : 's'} that ${ignored.length === 1 ? 'is' : 'are'} not a semantic version in the tag format${scopes.length > 1 ? 's' : ''} ${scopes.map((s) => s.tagFormat).join(', ')}: ${ignored.slice(0, 5).join(', ')}${ignored.length > 5 ? ', …' : ''}`,
      );
  };
  if (!noReleaseTags) ignoredNotice(tags);

  // Per scope: the previous stable and the previous release of any kind, ignoring a tag at HEAD
  // of the kind being released (a tag-push run, or a re-run after the tag was made).
  interface ScopeState {
    scope: Scope;
    versions: Version[];
    atHead?: Version;
    previousStable?: Version;
    previous?: Version;
  }
  // Whether a release tag is reachable from HEAD: known when the tags were listed that way,
  // otherwise asked of `merge-base --is-ancestor`; after a few misses (a maintenance branch below
  // newer releases) one `for-each-ref --merged` answers for every tag.
  let merged = listsReachable ? new Set(tags.map((t) => t.name)) : undefined;
  const answered = new Map<string, boolean>();
  let misses = 0;
  const tagReachable = async (v: Version): Promise<boolean> => {
    if (v.sha === sha) return true;
    if (!merged && misses >= 3) merged = new Set((await reachableTags(git, sha).catch((): TagRef[] => [])).map((t) => t.name));
    if (merged) return merged.has(v.tag);
    let yes = answered.get(v.sha);
    if (yes === undefined) {
      yes = await isAncestor(git, v.sha, sha);
      answered.set(v.sha, yes);
      if (!yes) misses++;
    }
    return yes;
  };
  const states: ScopeState[] = [];
  for (const scope of scopes) {
    // Every version tag of the scope (reachable or not: a version tagged anywhere is taken).
    const versions = versionsOf(tags, scope.tagFormat);
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
      if (!(await tagReachable(v))) continue;
      previous ??= v;
      if (stable) {
        previousStable = v;
        break;
      }
    }
    if (options.from !== undefined) {
      const from = versions.find((v) => v.tag === options.from);
      if (!from || !(await tagReachable(from)))
        throw new ReleaseConfigError(
          'from',
          `"${options.from}" is not a release tag reachable from ${rev} in the format ${scope.tagFormat}`,
          tagFor(scope.tagFormat, '1.0.0'),
        );
      previousStable = from;
      previous = from;
    }
    states.push({ scope, versions, atHead, previousStable, previous });
  }

  // History: one git log from HEAD back to the oldest previous stable release.
  const bases = states.map((s) => s.previousStable?.sha);
  let exclude: string[] = [];
  if (bases.every((b) => b !== undefined)) {
    const base = await mergeBase(git, [...new Set(bases)]);
    if (base) exclude = [base];
  }
  // Every commit is parsed as git hands it over, while git reads the next ones. The planning
  // below works on these records (newest first), not on lookups by commit id.
  const knownTypes = new Set(Object.keys(config.types));
  const loaded: Loaded[] = [];
  const warnings: ParseWarning[] = [];
  // Without release tags the whole history is read: which of the other tags it reaches is seen on the way.
  const tagged = noReleaseTags ? new Set(listedTags.map((t) => t.sha)) : undefined;
  const reachedTags = new Set<string>();
  const started = Date.now();
  await readLog(
    git,
    sha,
    exclude,
    scopes.some((s) => s.matches),
    (commit) => {
      const parsed = parseCommit(commit, knownTypes);
      loaded.push({ commit, parsed });
      if (tagged?.has(commit.sha)) reachedTags.add(commit.sha);
      if (commit.parents.length <= 1) for (const warning of parsed.warnings) warnings.push(warning);
    },
  );
  // By commit id, only for what walks the graph (merges, previous tags inside the range).
  let graphCache: Map<string, Loaded> | undefined;
  const graph = () => (graphCache ??= new Map(loaded.map((l) => [l.commit.sha, l])));
  if (noReleaseTags) ignoredNotice(listedTags.filter((t) => reachedTags.has(t.sha)));
  log(`Read and parsed ${loaded.length} commit${loaded.length === 1 ? '' : 's'} in ${Date.now() - started} ms`);

  // Merge commits: the commits a merge brings in carry its pull request number; the merge itself
  // counts only when none of them is conventional (so nothing is counted twice).
  const countedMerges = new Set<Loaded>();
  if (loaded.some((l) => l.commit.parents.length >= 2)) {
    const byId = graph();
    const firstParentChain = new Set<string>();
    for (let at: string | undefined = sha; at && byId.has(at); at = byId.get(at)?.commit.parents[0]) firstParentChain.add(at);
    for (const merge of loaded) {
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
      if (!conventionalInside && merge.parsed.entries.length > 0) countedMerges.add(merge);
    }
  }

  const components: ComponentRelease[] = [];
  for (const state of states) {
    const { scope } = state;
    const stableBase = state.previousStable?.sha;
    const excluded = stableBase && graph().has(stableBase) ? reachable(stableBase, graph()) : undefined;
    const inRange = excluded ? loaded.filter((l) => !excluded.has(l.commit.sha)) : loaded;
    const touches = (l: Loaded) => !scope.matches || (l.commit.files ?? []).some((f) => scope.matches?.(f) === true);
    // Oldest first, so reverts meet what they revert.
    const relevant = inRange
      .filter((l) => (l.commit.parents.length < 2 || countedMerges.has(l)) && (touches(l) || (l.commit.parents.length >= 2 && !scope.matches)))
      .reverse();

    // Reverts inside the range cancel with what they revert (a revert of a revert restores).
    const cancelled = new Map<Loaded, Loaded>();
    if (relevant.some((l) => l.parsed.entries.some((e) => e.reverts))) {
      const findTarget = (entry: Entry, position: number): Loaded | undefined => {
        const target = entry.reverts;
        if (!target) return undefined;
        if (target.sha) {
          const prefix = target.sha;
          for (let i = 0; i < position; i++) if (relevant[i]?.commit.sha.startsWith(prefix)) return relevant[i];
          return undefined;
        }
        for (let i = position - 1; i >= 0; i--) {
          const l = relevant[i];
          if (l && !cancelled.has(l) && l.parsed.entries.some((e) => e.header === target.header)) return l;
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
    }
    const cancelledPairs: CancelledPair[] = [];
    for (const [a, b] of cancelled) {
      const entry = a.parsed.entries[0];
      if (entry && !entry.reverts) cancelledPairs.push({ sha: a.commit.sha, header: entry.header, revertSha: b.commit.sha });
    }
    const liveCommits = cancelled.size === 0 ? relevant : relevant.filter((l) => !cancelled.has(l));
    const live: Entry[] = [];
    for (const l of liveCommits) for (const e of l.parsed.entries) live.push(e);
    // Newest commit first, entries of one commit in the order written.
    const newestFirst = (entries: readonly Entry[]) => {
      const keep = entries === live ? undefined : new Set(entries);
      const out: Entry[] = [];
      for (let i = liveCommits.length - 1; i >= 0; i--) for (const e of liveCommits[i]?.parsed.entries ?? []) if (!keep || keep.has(e)) out.push(e);
      return out;
    };

    // Bump: the highest any live entry asks for, under the pre-1.0 policy.
    // The why table: rows grouped by bump, highest first, in history order within a group.
    const byBump: Record<Bump, WhyRow[]> = { major: [], minor: [], patch: [], none: [] };
    let bump: Bump = 'none';
    for (const entry of live) {
      const asked = entryBump(entry, config);
      const policy = applyInitialDevelopment(asked.bump, state.previousStable?.version, config);
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
    const why = [...byBump.major, ...byBump.minor, ...byBump.patch];

    // Release-As footers (the newest wins) and the version input.
    let override: string | undefined;
    let overrideVersion: string | undefined;
    if (options.version !== undefined) {
      overrideVersion = semver.valid(options.version) ?? undefined;
      override = 'input';
    } else {
      for (let i = relevant.length - 1; i >= 0; i--) {
        const c = relevant[i]?.commit;
        const footer = relevant[i]?.parsed.releaseAs;
        if (!c || footer === undefined) continue;
        if (!semver.valid(footer)) {
          warnings.push({
            sha: c.sha,
            subject: c.message.split('\n')[0] ?? '',
            problem: `Release-As: "${footer}" is not a semantic version; the footer is ignored`,
          });
          continue;
        }
        overrideVersion = semver.valid(footer) ?? undefined;
        override = `Release-As: in ${c.sha.slice(0, 7)}`;
        break;
      }
    }

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
      cancelled: cancelledPairs,
      commitCount: scope.matches ? inRange.filter(touches).length : inRange.length,
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
    } else if (overrideVersion !== undefined) {
      version = overrideVersion;
      result.reason = `version ${overrideVersion} set by ${override === 'input' ? 'the version input' : override}`;
      if (override) result.override = override;
    } else if (bump !== 'none') {
      const prev = state.previousStable?.version;
      version = nextVersion({ previousStable: prev, taken: state.versions.map((v) => v.version), bump, initialVersion: config.initialVersion, channel });
      const decisive = why.find((w) => w.decisive);
      result.reason = `${bump}, because of ${decisive?.header ?? 'the commits since the previous release'}`;
    } else if (
      channel === undefined &&
      state.previous &&
      state.previous.version.prerelease.length > 0 &&
      state.previousStable &&
      semver.gt(state.previous.version, state.previousStable.version)
    ) {
      // Promotion of a prerelease series without further commits is covered by the bump above;
      // a series whose commits do not bump (only chores) has nothing to promote.
      result.reason = `no releasable commits since ${state.previousStable.tag}`;
    } else {
      const since = state.previous?.tag ?? state.previousStable?.tag;
      result.reason =
        inRange.length === 0
          ? `no commits since ${since ?? 'the start of history'}`
          : `no releasable commits since ${since ?? 'the start of history'} (${why.length === 0 ? 'only types that do not bump the version' : 'nothing bumps'})`;
    }

    if (version !== undefined) {
      const parsedVersion = semver.parse(version);
      const prev = state.previous;
      if (!state.atHead && prev && parsedVersion && !semver.gt(parsedVersion, prev.version) && override !== undefined)
        throw new ReleaseConfigError(
          override === 'input' ? 'version' : `Release-As footer in ${override.slice(-7)}`,
          `${version} is not higher than the previous release ${prev.tag}`,
          semver.inc(prev.version, 'patch') ?? '1.0.0',
        );
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
      let noteEntries = live;
      if (result.prerelease && previous && previous.sha !== stableBase && graph().has(previous.sha)) {
        const shipped = reachable(previous.sha, graph());
        noteEntries = live.filter((e) => !shipped.has(e.sha));
      }
      result.entries = newestFirst(noteEntries);
      result.sections = groupSections(result.entries, config);
      const links = options.repoUrl ? { repoUrl: options.repoUrl } : {};
      result.notes = renderNotes(result.sections, links);
      const headCommit = loaded[0]?.commit.sha === sha ? loaded[0].commit : graph().get(sha)?.commit;
      const date = (headCommit?.date ?? new Date().toISOString()).slice(0, 10);
      result.changelogBlock = renderChangelogBlock({ version, tag: result.tag, previousTag: result.previousTag, date }, result.notes, links);
      if (!result.prerelease && parsedVersion) {
        for (const kind of config.movingTags) {
          const name = tagFor(scope.tagFormat, kind === 'major' ? String(parsedVersion.major) : `${parsedVersion.major}.${parsedVersion.minor}`);
          result.movingTags.push({ tag: name, sha });
        }
      }
    } else {
      result.entries = newestFirst(live);
      result.sections = groupSections(result.entries, config);
      if (state.previous) {
        result.previousTag = state.previous.tag;
        result.previousVersion = state.previous.version.version;
      }
    }
    components.push(result);
  }

  log(`Planned ${components.length} component${components.length === 1 ? '' : 's'} in ${Date.now() - started} ms`);
  if (config.versioning === 'fixed' && components.length > 1)
    fixGroup(
      components,
      states.map((s) => s.versions),
    );

  const analysis: Analysis = { sha, components, warnings, notices, deepened, shallow };
  if (branch !== undefined) analysis.branch = branch;
  if (channel !== undefined) analysis.channel = channel;
  return analysis;
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
    c.movingTags = c.movingTags.length > 0 || c.prerelease ? c.movingTags : [];
  });
}
