// The third phase of an analysis: per component, the commits that count, reverts cancelled, the
// bump and why, the version, the notes and the moving tags.
import * as semver from './semver.ts';
import type { SemVer } from './semver.ts';
import type { AnalyzeOptions, CancelledPair, ComponentRelease, WhyRow } from './analyze.ts';
import { ReleaseConfigError, type Bump, type ReleaseConfig } from './config.ts';
import type { History, Loaded } from './history.ts';
import { renderChangelogBlock, renderNotes, sections as groupSections } from './notes.ts';
import type { Entry, ParseWarning } from './parse.ts';
import type { ScopeState, Version } from './tags.ts';
import { applyInitialDevelopment, entryBump, maxBump, movingTagsFor, nextVersion, tagFor } from './version.ts';

const BUMP_RANK: Record<Bump, number> = { major: 0, minor: 1, patch: 2, none: 3 };

export interface PlanContext {
  sha: string;
  channel: string | undefined;
  options: AnalyzeOptions;
  repoUrl: string | undefined;
}

export function planComponents(
  history: History,
  states: readonly ScopeState[],
  context: PlanContext,
): { components: ComponentRelease[]; warnings: ParseWarning[] } {
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
  const cancelled = cancelReverts(range, history);
  const liveCommits = cancelled.size === 0 ? range.relevant : range.relevant.filter((l) => !cancelled.has(l));
  const { bump, why } = decideBump(liveCommits, state.previousStable?.version, config);
  const override = versionOverride(range, options.version);
  const { version, reason, override: overriddenBy } = decideVersion(state, context, { bump, why, override, inRange: range.inRange });

  const result: ComponentRelease = {
    component: scope.name,
    tagFormat: scope.tagFormat,
    releasable: false,
    reason,
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
    tagExists: state.atHead !== undefined,
  };
  if (state.previousStable) result.previousStableTag = state.previousStable.tag;
  if (channel !== undefined) result.channel = channel;
  if (overriddenBy !== undefined) result.override = overriddenBy;

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
  const shipped = result.prerelease && previous && previous.sha !== state.previousStable?.sha ? reachableFrom(history, previous.sha) : undefined;
  result.entries = newestFirst(liveCommits, shipped);
  result.sections = groupSections(result.entries, config);
  const links = context.repoUrl ? { repoUrl: context.repoUrl } : {};
  result.notes = renderNotes(result.sections, links);
  const first = history.loaded[0]?.commit;
  const headCommit = first?.sha === sha ? first : history.loaded[history.graph.positionOf(sha)]?.commit;
  const date = (headCommit?.date ?? new Date().toISOString()).slice(0, 10);
  result.changelogBlock = renderChangelogBlock({ version, tag: result.tag, previousTag: result.previousTag, date }, result.notes, links);
  if (!result.prerelease && parsedVersion) result.movingTags = movingTagsFor(scope.tagFormat, parsedVersion, config.movingTags, sha);
  return { release: result, warnings: override.warnings };
}

/**
 * The version to release and why: the tag already at HEAD, the version input or a `Release-As:`
 * footer (which must be higher than the previous release), or the bump; none when nothing bumps.
 */
function decideVersion(
  state: ScopeState,
  context: PlanContext,
  decided: { bump: Bump; why: readonly WhyRow[]; override: Override; inRange: number },
): { version?: string; reason: string; override?: string } {
  const { sha, channel, options } = context;
  const { bump, why, override } = decided;
  if (state.atHead)
    return { version: state.atHead.version.version, reason: `${state.atHead.tag} already points at ${sha.slice(0, 7)}: finishing that release` };
  if (override.version !== undefined && override.by !== undefined) {
    const prev = state.previous;
    const parsed = semver.parse(override.version);
    if (prev && parsed && !semver.gt(parsed, prev.version))
      throw new ReleaseConfigError(
        override.by === 'input' ? 'version' : `Release-As footer in ${override.by.slice(-7)}`,
        `${override.version} is not higher than the previous release ${prev.tag}`,
        semver.inc(prev.version, 'patch') ?? '1.0.0',
      );
    return {
      version: override.version,
      reason: `version ${override.version} set by ${override.by === 'input' ? 'the version input' : override.by}`,
      override: override.by,
    };
  }
  if (bump !== 'none') {
    const version = nextVersion({
      previousStable: state.previousStable?.version,
      taken: state.versions.map((v) => v.version),
      bump,
      initialVersion: options.config.initialVersion,
      channel,
    });
    const decisive = why.find((w) => w.decisive);
    return { version, reason: `${bump}, because of ${decisive?.header ?? 'the commits since the previous release'}` };
  }
  return { reason: nothingToRelease(state, channel, decided.inRange, why.length) };
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

/** Marks the commits of the history reachable from `sha`; undefined when the history does not hold it. */
function reachableFrom(history: History, sha: string): Uint8Array | undefined {
  const graph = history.graph;
  const at = graph.positionOf(sha);
  return at < 0 ? undefined : graph.reachable(at);
}

interface ComponentRange {
  /** How many commits are since the previous stable release. */
  inRange: number;
  /** Those that count for the component (its files; merges only when counted), oldest first so reverts meet what they revert. */
  relevant: Loaded[];
  /** Where in `relevant` the commits with a revert entry are, and those with a `Release-As:` footer. */
  reverting: number[];
  releasing: number[];
  commitCount: number;
}

/** The commits of a component's range, in one pass over the history. */
function componentRange(state: ScopeState, history: History): ComponentRange {
  const { scope } = state;
  const excluded = state.previousStable ? reachableFrom(history, state.previousStable.sha) : undefined;
  const range: ComponentRange = { inRange: 0, relevant: [], reverting: [], releasing: [], commitCount: 0 };
  let touching = 0;
  for (let i = history.loaded.length - 1; i >= 0; i--) {
    const l = history.loaded[i];
    if (l === undefined || excluded?.[l.position] === 1) continue;
    range.inRange++;
    const touches = !scope.matches || (l.commit.files ?? []).some((f) => scope.matches?.(f) === true);
    if (touches) touching++;
    const merge = l.commit.parents.length >= 2;
    if ((merge && !history.countedMerges.has(l)) || !(touches || (merge && !scope.matches))) continue;
    if (l.reverts) range.reverting.push(range.relevant.length);
    if (l.parsed.releaseAs !== undefined) range.releasing.push(range.relevant.length);
    range.relevant.push(l);
  }
  range.commitCount = scope.matches ? touching : range.inRange;
  return range;
}

/**
 * Reverts inside the range cancel with what they revert (a revert of a revert restores).
 * The result pairs each cancelled commit with its partner, both ways.
 */
function cancelReverts(range: ComponentRange, history: History): Map<Loaded, Loaded> {
  const { relevant } = range;
  const cancelled = new Map<Loaded, Loaded>();
  if (range.reverting.length === 0) return cancelled;
  // Most reverts name the full commit id: found through the history's graph, not by a scan of
  // the range. By position in the history: 1 + the position in `relevant`, 0 when not in it.
  let ranks: Int32Array | undefined;
  const findTarget = (entry: Entry, position: number): Loaded | undefined => {
    const target = entry.reverts;
    if (!target) return undefined;
    if (target.sha) {
      const prefix = target.sha;
      if (prefix.length === relevant[0]?.commit.sha.length) {
        if (ranks === undefined) {
          ranks = new Int32Array(history.loaded.length);
          for (let i = 0; i < relevant.length; i++) ranks[relevant[i]?.position ?? 0] = i + 1;
        }
        const at = (ranks[history.graph.positionOf(prefix)] ?? 0) - 1;
        return at >= 0 && at < position ? relevant[at] : undefined;
      }
      for (let i = 0; i < position; i++) if (relevant[i]?.commit.sha.startsWith(prefix)) return relevant[i];
      return undefined;
    }
    for (let i = position - 1; i >= 0; i--) {
      const l = relevant[i];
      if (l && !cancelled.has(l) && l.parsed.entries.some((e) => e.header === target.header)) return l;
    }
    return undefined;
  };
  for (const position of range.reverting) {
    for (const entry of relevant[position]?.parsed.entries ?? []) {
      const target = findTarget(entry, position);
      const l = relevant[position];
      if (!target || !l) continue;
      const partner = cancelled.get(target);
      if (partner !== undefined) {
        // Reverting a revert: the original comes back, and the two reverts cancel each other.
        cancelled.delete(partner);
      }
      cancelled.set(target, l);
      cancelled.set(l, target);
    }
  }
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
 * The bump: the highest the entries of the live commits (oldest first) ask for, under the
 * pre-1.0 policy. The why table: rows grouped by bump, highest first, in history order within a group.
 */
function decideBump(liveCommits: readonly Loaded[], previousStable: SemVer | undefined, config: ReleaseConfig): { bump: Bump; why: WhyRow[] } {
  const byBump: Record<Bump, WhyRow[]> = { major: [], minor: [], patch: [], none: [] };
  let bump: Bump = 'none';
  // Indexed loops over every entry: they run once per plan, mostly in V8's interpreter, where
  // for-of allocates a result object per step.
  for (let c = 0; c < liveCommits.length; c++) {
    const entries = liveCommits[c]?.parsed.entries ?? [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (entry === undefined) continue;
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

/** The version input, or else the newest valid `Release-As:` footer of the range. */
function versionOverride(range: ComponentRange, input: string | undefined): Override {
  if (input !== undefined) return { by: 'input', version: semver.valid(input) ?? undefined, warnings: [] };
  const warnings: ParseWarning[] = [];
  for (let r = range.releasing.length - 1; r >= 0; r--) {
    const l = range.relevant[range.releasing[r] ?? -1];
    const c = l?.commit;
    const footer = l?.parsed.releaseAs;
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

/** The entries of `commits` (oldest first), newest commit first and the entries of one commit in the order written; without the commits `shipped` marks. */
function newestFirst(commits: readonly Loaded[], shipped?: Uint8Array): Entry[] {
  const out: Entry[] = [];
  for (let i = commits.length - 1; i >= 0; i--) {
    const l = commits[i];
    if (!l || shipped?.[l.position] === 1) continue;
    const entries = l.parsed.entries;
    for (let e = 0; e < entries.length; e++) out.push(entries[e] as Entry);
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
