// Bump rules as data, and versions with the semver package.
import * as semver from './semver.ts';
import type { SemVer } from './semver.ts';
import { BUMPS, type Bump, type MovingTagKind, type ReleaseConfig } from './config.ts';
import type { Entry } from './parse.ts';

export function maxBump(a: Bump, b: Bump): Bump {
  return BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b;
}

export interface EntryBump {
  bump: Bump;
  /** Why, in words: `BREAKING CHANGE footer`, `type feat`, `scope deps`, `0.x: breaking → minor`. */
  rule: string;
}

/** The bump one entry asks for under the configuration, before the pre-1.0 policy. */
export function entryBump(entry: Entry, config: ReleaseConfig): EntryBump {
  if (entry.breaking) {
    const footer = entry.breakingNotes.length > 0 && !(entry.breakingNotes.length === 1 && entry.breakingNotes[0] === entry.subject);
    return { bump: 'major', rule: footer ? 'BREAKING CHANGE footer' : 'breaking change (!)' };
  }
  const cache = rulesOf(config);
  if (entry.scope !== null) {
    let byScope = cache.scopes.get(entry.scope);
    if (byScope === undefined) {
      const rule = Object.hasOwn(config.scopes, entry.scope) ? config.scopes[entry.scope] : undefined;
      byScope = rule?.bump === undefined ? null : { bump: rule.bump, rule: `scope ${entry.scope} → ${rule.bump}` };
      cache.scopes.set(entry.scope, byScope);
    }
    if (byScope) return byScope;
  }
  let byType = cache.types.get(entry.type);
  if (byType === undefined) {
    const rule = Object.hasOwn(config.types, entry.type) ? config.types[entry.type] : undefined;
    byType = rule ? { bump: rule.bump, rule: `type ${entry.type} → ${rule.bump}` } : { bump: 'none', rule: `type ${entry.type} is not configured` };
    cache.types.set(entry.type, byType);
  }
  return byType;
}

// One answer per configuration and scope or type: a long history has thousands of entries and a
// handful of rules.
interface RuleCache {
  scopes: Map<string, EntryBump | null>;
  types: Map<string, EntryBump>;
}
const ruleCaches = new WeakMap<ReleaseConfig, RuleCache>();
function rulesOf(config: ReleaseConfig): RuleCache {
  let cache = ruleCaches.get(config);
  if (!cache) {
    cache = { scopes: new Map(), types: new Map() };
    ruleCaches.set(config, cache);
  }
  return cache;
}

/** The pre-1.0 policy: while the major is 0, breaking → minor and feature → patch. */
export function applyInitialDevelopment(bump: Bump, previous: SemVer | undefined, config: ReleaseConfig): { bump: Bump; note?: string } {
  if (!config.initialDevelopment || !previous || previous.major !== 0 || (bump !== 'major' && bump !== 'minor')) return AS_ASKED[bump];
  return bump === 'major' ? { bump: 'minor', note: '0.x: breaking → minor' } : { bump: 'patch', note: '0.x: feature → patch' };
}

const AS_ASKED: Record<Bump, { bump: Bump }> = { major: { bump: 'major' }, minor: { bump: 'minor' }, patch: { bump: 'patch' }, none: { bump: 'none' } };

export function parseVersion(text: string): SemVer | undefined {
  return semver.parse(text) ?? undefined;
}

/** The version a tag carries under a tag format (`deploy-v{version}` + `deploy-v1.2.0` → 1.2.0). */
export function versionFromTag(tag: string, format: string): SemVer | undefined {
  const [prefix = '', suffix = ''] = format.split('{version}');
  if (!tag.startsWith(prefix) || !tag.endsWith(suffix) || tag.length <= prefix.length + suffix.length) return undefined;
  const text = tag.slice(prefix.length, tag.length - suffix.length);
  // Strict: `1.2` or `v1.2.3` inside the placeholder are not versions.
  const parsed = semver.parse(text);
  return parsed && parsed.version === text.replace(/\+.*$/, '') ? parsed : undefined;
}

export function tagFor(format: string, version: string): string {
  return format.replace('{version}', version);
}

/** The moving tags of a stable release, at its commit: `v1` for major, `v1.4` for minor. */
export function movingTagsFor(format: string, version: SemVer, kinds: readonly MovingTagKind[], sha: string): { tag: string; sha: string }[] {
  return kinds.map((kind) => ({ tag: tagFor(format, kind === 'major' ? String(version.major) : `${version.major}.${version.minor}`), sha }));
}

/** The next version: base + bump, or for a prerelease channel the next counter on that channel. */
export function nextVersion(options: {
  previousStable: SemVer | undefined;
  /** Versions already tagged (to find the next prerelease counter). */
  taken: readonly SemVer[];
  bump: Bump;
  initialVersion: string;
  channel: string | undefined;
}): string {
  const { previousStable, bump, channel } = options;
  let base: string;
  if (!previousStable) base = options.initialVersion;
  else base = semver.inc(previousStable, bump === 'none' ? 'patch' : bump) ?? previousStable.version;
  if (!channel) return base;
  // A prerelease series already under way on a higher base keeps that base (1.3.0-rc.2 → 1.3.0-rc.3).
  const baseVersion = semver.parse(base);
  for (const v of options.taken) {
    if (v.prerelease.length > 0 && v.prerelease[0] === channel && baseVersion) {
      const vBase = semver.parse(`${v.major}.${v.minor}.${v.patch}`);
      if (vBase && semver.gt(vBase, baseVersion) && (!previousStable || semver.gt(vBase, previousStable))) base = vBase.version;
    }
  }
  let counter = 0;
  for (const v of options.taken) {
    if (`${v.major}.${v.minor}.${v.patch}` !== base || v.prerelease[0] !== channel) continue;
    const n = v.prerelease[1];
    if (typeof n === 'number' && n > counter) counter = n;
  }
  return `${base}-${channel}.${counter + 1}`;
}
