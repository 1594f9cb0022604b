// The first phase of an analysis: the previous release tags of every component, reachable
// from the commit being released. A shallow clone is deepened until they are there.
import picomatch from 'picomatch';
import { deepenUntil, isAncestor, isShallow, type Repo } from '@devops-actions/git';
import * as semver from './semver.ts';
import type { SemVer } from './semver.ts';
import type { AnalyzeOptions } from './analyze.ts';
import { ReleaseConfigError, type ReleaseConfig } from './config.ts';
import { reachableTags, type TagRef } from './git.ts';
import { tagFor, versionFromTag } from './version.ts';

/** A release tag of a component, with the version it carries. */
export interface Version {
  tag: string;
  sha: string;
  version: SemVer;
}

export interface Scope {
  name: string | null;
  tagFormat: string;
  changelog: string | false;
  matches?: (file: string) => boolean;
}

export function scopesOf(config: ReleaseConfig): Scope[] {
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

/** Where the release is cut, as the start-up questions found it. */
export interface Head {
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
export interface ScopeState {
  scope: Scope;
  versions: Version[];
  atHead?: Version;
  previousStable?: Version;
  previous?: Version;
}

export interface PreviousTags {
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
export async function findPreviousTags(repo: Repo, head: Head, options: AnalyzeOptions): Promise<PreviousTags> {
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
export function ignoredTagsNotice(found: readonly TagRef[], scopes: readonly Scope[]): string | undefined {
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
