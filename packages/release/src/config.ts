// The release configuration: bump rules and sections as data, tag formats, components.
// Read from a YAML file (config-file.ts) with errors that name the line and the key.
import { isAbsolute, relative } from 'node:path';
import { ConfigurationError } from '@devops-actions/toolkit';
import { readConfigFile } from '@devops-actions/toolkit/config';

export type Bump = 'major' | 'minor' | 'patch' | 'none';
export const BUMPS: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

/** A moving tag follows the latest stable release of its major (`v1`) or of its minor (`v1.4`). */
export type MovingTagKind = 'major' | 'minor';

export interface TypeRule {
  bump: Bump;
  /** The notes section title. */
  section: string;
  hidden: boolean;
}

export interface ScopeRule {
  bump?: Bump;
  hidden?: boolean;
}

export interface ComponentConfig {
  name: string;
  /** Globs (or plain files and directories) relative to the repository root that belong to it. */
  include: string[];
  exclude: string[];
  tagFormat: string;
  changelog: string | false;
}

export interface ReleaseConfig {
  tagFormat: string;
  /** While the major version is 0, breaking changes bump the minor and features the patch. */
  initialDevelopment: boolean;
  /** The version of the first release when no release tag exists. */
  initialVersion: string;
  types: Record<string, TypeRule>;
  scopes: Record<string, ScopeRule>;
  /** Branch name (or glob) to prerelease channel. */
  prereleaseBranches: Record<string, string>;
  changelog: string | false;
  movingTags: MovingTagKind[];
  components: ComponentConfig[];
  /** `fixed`: every component shares one version; `independent`: each has its own. */
  versioning: 'independent' | 'fixed';
  /** Where the configuration came from, for messages. */
  source?: string;
}

export const DEFAULT_TYPES: Record<string, TypeRule> = {
  feat: { bump: 'minor', section: 'Features', hidden: false },
  fix: { bump: 'patch', section: 'Bug fixes', hidden: false },
  perf: { bump: 'patch', section: 'Performance', hidden: false },
  revert: { bump: 'patch', section: 'Reverts', hidden: false },
  docs: { bump: 'none', section: 'Documentation', hidden: true },
  style: { bump: 'none', section: 'Style', hidden: true },
  refactor: { bump: 'none', section: 'Refactoring', hidden: true },
  test: { bump: 'none', section: 'Tests', hidden: true },
  build: { bump: 'none', section: 'Build', hidden: true },
  ci: { bump: 'none', section: 'Continuous integration', hidden: true },
  chore: { bump: 'none', section: 'Chores', hidden: true },
};

export function defaultConfig(): ReleaseConfig {
  return {
    tagFormat: 'v{version}',
    initialDevelopment: true,
    initialVersion: '1.0.0',
    types: structuredClone(DEFAULT_TYPES),
    scopes: {},
    prereleaseBranches: { next: 'next', beta: 'beta', alpha: 'alpha', rc: 'rc' },
    changelog: 'CHANGELOG.md',
    movingTags: [],
    components: [],
    versioning: 'independent',
  };
}

/** A problem in the configuration, naming where it is (`.release.yml:12 types.feat.bump`). */
export class ReleaseConfigError extends ConfigurationError {}

/** Checks a tag format: it must contain `{version}` once, and make a valid git ref name. */
export function checkTagFormat(subject: string, format: string): string {
  if (!format.includes('{version}'))
    throw new ReleaseConfigError(subject, `the tag format "${format}" has no {version} placeholder`, 'v{version} or deploy-v{version}');
  if (format.split('{version}').length > 2) throw new ReleaseConfigError(subject, `the tag format "${format}" has {version} more than once`, 'v{version}');
  if (/[\s~^:?*[\\]|\.\.|@\{|^-|\/$|\.lock$/.test(format.replace('{version}', '1.0.0')))
    throw new ReleaseConfigError(subject, `the tag format "${format}" does not make a valid tag name`, 'pkg@{version}');
  return format;
}

/**
 * The moving tags asked for, from the config (a list, or false) or an input (`major,minor`,
 * `major minor`): `none` or `false` asks for none. The one rule for both.
 */
export function movingTagKinds(subject: string, value: false | string | readonly string[], example = '[major, minor]'): MovingTagKind[] {
  if (value === false) return [];
  const items = (typeof value === 'string' ? [value] : value).flatMap((item) => item.split(/[\s,]+/)).filter((item) => item !== '');
  if (items.length === 1 && (items[0] === 'none' || items[0] === 'false')) return [];
  for (const item of items) if (item !== 'major' && item !== 'minor') throw new ReleaseConfigError(subject, `"${item}" is not one of major, minor`, example);
  return items as MovingTagKind[];
}

/** What the action's inputs override in the configuration; each named after its input in errors. */
export interface ConfigOverrides {
  tagFormat?: string;
  movingTags?: string;
  /** A file, or `false` for none. */
  changelog?: string;
}

export function withOverrides(config: ReleaseConfig, overrides: ConfigOverrides): ReleaseConfig {
  const result = { ...config };
  if (overrides.tagFormat !== undefined) result.tagFormat = checkTagFormat('tag-format', overrides.tagFormat);
  if (overrides.movingTags !== undefined) result.movingTags = movingTagKinds('moving-tags', overrides.movingTags, 'major,minor');
  if (overrides.changelog !== undefined) result.changelog = overrides.changelog === 'false' ? false : overrides.changelog;
  return result;
}

/** The file read when none is named. */
export const DEFAULT_CONFIG_FILE = '.release.yml';

/**
 * The configuration in `given` (relative to `cwd`), which must exist, or in `.release.yml` when
 * that is there; the defaults otherwise.
 */
export async function loadConfig(cwd: string, given: string | undefined): Promise<ReleaseConfig> {
  const file = readConfigFile(cwd, given, DEFAULT_CONFIG_FILE);
  if (file === undefined) return defaultConfig();
  // An absolute path is shown relative to the checkout, as the user sees it there.
  return parseConfig(file.text, isAbsolute(file.name) ? relative(cwd, file.path) || file.name : file.name);
}

/** The configuration in `text`, from the file `name` (for messages). */
export async function parseConfig(text: string, name = DEFAULT_CONFIG_FILE): Promise<ReleaseConfig> {
  const { parseReleaseConfig } = await import('./config-file.ts');
  return parseReleaseConfig(text, name);
}
