// The release configuration: bump rules and sections as data, tag formats, components.
// Read from a YAML file with errors that name the line and the key.
import { ConfigurationError } from '@devops-actions/toolkit';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import type { Node as YamlNode } from 'yaml';
import * as semver from './semver.ts';

export type Bump = 'major' | 'minor' | 'patch' | 'none';
export const BUMPS: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

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
  movingTags: ('major' | 'minor')[];
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

const TOP_KEYS = [
  'tag-format',
  'initial-development',
  'initial-version',
  'types',
  'scopes',
  'prerelease-branches',
  'changelog',
  'moving-tags',
  'components',
  'versioning',
];

/** Reads the configuration file at `path` (relative to `cwd`); a missing file gives the defaults unless `required`. */
export async function loadConfig(cwd: string, path: string | undefined, required = false): Promise<ReleaseConfig> {
  const file = path ?? '.release.yml';
  const full = isAbsolute(file) ? file : join(cwd, file);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required && path === undefined) return defaultConfig();
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ReleaseConfigError(file, 'the configuration file does not exist', '.release.yml');
    throw error;
  }
  const name = isAbsolute(file) ? relative(cwd, full) || file : file;
  return parseConfig(text, name);
}

export async function parseConfig(text: string, name = '.release.yml'): Promise<ReleaseConfig> {
  // The YAML parser is loaded only when there is a file to read.
  const { isMap, isSeq, LineCounter, parseDocument } = await import('yaml');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (node: YamlNode | null | undefined, key: string): string => {
    const offset = node?.range?.[0];
    return `${name}${offset === undefined ? '' : `:${lineCounter.linePos(offset).line}`} ${key}`.trimEnd();
  };
  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line;
    throw new ReleaseConfigError(`${name}${line === undefined ? '' : `:${line}`}`, `not valid YAML: ${firstError.message.split('\n')[0] ?? ''}`);
  }
  const config = defaultConfig();
  config.source = name;
  const root = doc.contents;
  if (root === null || root === undefined) return config;
  if (!isMap(root)) throw new ReleaseConfigError(at(root, ''), 'the configuration must be a mapping of keys', 'tag-format: v{version}');

  const js = (node: unknown): unknown => (node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node);
  const str = (node: YamlNode | null | undefined, key: string, example: string): string => {
    const value = js(node);
    if (typeof value !== 'string' || value.trim() === '') throw new ReleaseConfigError(at(node, key), `must be a non-empty string`, example);
    return value.trim();
  };
  const bool = (node: YamlNode | null | undefined, key: string): boolean => {
    const value = js(node);
    if (typeof value !== 'boolean') throw new ReleaseConfigError(at(node, key), `must be true or false`, 'true');
    return value;
  };
  const bump = (node: YamlNode | null | undefined, key: string): Bump => {
    const value = js(node);
    if (typeof value !== 'string' || !(BUMPS as readonly string[]).includes(value))
      throw new ReleaseConfigError(at(node, key), `${JSON.stringify(value)} is not one of major, minor, patch, none`, 'minor');
    return value as Bump;
  };
  const strings = (node: YamlNode | null | undefined, key: string, example: string): string[] => {
    if (typeof js(node) === 'string') return [str(node, key, example)];
    if (!isSeq(node)) throw new ReleaseConfigError(at(node, key), 'must be a list of strings', example);
    return node.items.map((item, i) => str(item as YamlNode, `${key}[${i}]`, example));
  };

  for (const pair of root.items) {
    const key = String(js(pair.key));
    const value = pair.value as YamlNode | null;
    const keyNode = pair.key as YamlNode;
    switch (key) {
      case 'tag-format':
        config.tagFormat = checkTagFormat(at(value, key), str(value, key, 'v{version}'));
        break;
      case 'initial-development':
        config.initialDevelopment = bool(value, key);
        break;
      case 'initial-version': {
        const v = str(value, key, '0.1.0');
        if (!semver.valid(v)) throw new ReleaseConfigError(at(value, key), `"${v}" is not a semantic version`, '0.1.0');
        config.initialVersion = semver.valid(v) ?? v;
        break;
      }
      case 'types':
      case 'scopes': {
        if (!isMap(value))
          throw new ReleaseConfigError(
            at(value ?? keyNode, key),
            'must be a mapping',
            key === 'types' ? 'types: { docs: { bump: patch } }' : 'scopes: { deps: { bump: patch } }',
          );
        for (const item of value.items) {
          const name = String(js(item.key));
          const path = `${key}.${name}`;
          const ruleNode = item.value as YamlNode | null;
          // A bare bump (`deps: patch`) is short for `{ bump: patch }`.
          if (typeof js(ruleNode) === 'string') {
            const b = bump(ruleNode, path);
            if (key === 'types') config.types[name] = { ...(config.types[name] ?? { section: name, hidden: false }), bump: b };
            else config.scopes[name] = { bump: b };
            continue;
          }
          if (!isMap(ruleNode))
            throw new ReleaseConfigError(at(ruleNode ?? (item.key as YamlNode), path), 'must be a bump or a mapping', `${name}: { bump: patch }`);
          const rule: { bump?: Bump; section?: string; hidden?: boolean } = {};
          for (const field of ruleNode.items) {
            const fieldName = String(js(field.key));
            const fieldNode = field.value as YamlNode | null;
            const fieldPath = `${path}.${fieldName}`;
            if (fieldName === 'bump') rule.bump = bump(fieldNode, fieldPath);
            else if (fieldName === 'hidden') rule.hidden = bool(fieldNode, fieldPath);
            else if ((fieldName === 'section' || fieldName === 'title') && key === 'types') rule.section = str(fieldNode, fieldPath, 'Dependencies');
            else
              throw new ReleaseConfigError(
                at(field.key as YamlNode, fieldPath),
                `unknown key "${fieldName}"; use ${key === 'types' ? 'bump, section or hidden' : 'bump or hidden'}`,
                'bump: patch',
              );
          }
          if (key === 'types') {
            const base = config.types[name] ?? { bump: 'none' as Bump, section: name, hidden: false };
            config.types[name] = {
              bump: rule.bump ?? base.bump,
              section: rule.section ?? base.section,
              hidden: rule.hidden ?? (rule.section ? false : base.hidden),
            };
          } else {
            config.scopes[name] = { bump: rule.bump, hidden: rule.hidden };
          }
        }
        break;
      }
      case 'prerelease-branches': {
        if (!isMap(value))
          throw new ReleaseConfigError(at(value ?? keyNode, key), 'must map branch names to channels', 'prerelease-branches: { next: next, beta: beta }');
        config.prereleaseBranches = {};
        for (const item of value.items) {
          const branch = String(js(item.key));
          const channel = str(item.value as YamlNode, `${key}.${branch}`, 'beta');
          if (!/^[0-9A-Za-z-]+$/.test(channel))
            throw new ReleaseConfigError(at(item.value as YamlNode, `${key}.${branch}`), `"${channel}" is not a valid prerelease identifier`, 'rc');
          config.prereleaseBranches[branch] = channel;
        }
        break;
      }
      case 'changelog':
        config.changelog = js(value) === false ? false : str(value, key, 'CHANGELOG.md');
        break;
      case 'moving-tags': {
        const list = js(value) === false ? [] : strings(value, key, 'major, minor').flatMap((s) => s.split(',').map((p) => p.trim()));
        for (const item of list)
          if (item !== 'major' && item !== 'minor') throw new ReleaseConfigError(at(value, key), `"${item}" is not one of major, minor`, '[major, minor]');
        config.movingTags = list as ('major' | 'minor')[];
        break;
      }
      case 'versioning': {
        const v = js(value);
        if (v !== 'independent' && v !== 'fixed')
          throw new ReleaseConfigError(at(value, key), `${JSON.stringify(v)} is not one of independent, fixed`, 'independent');
        config.versioning = v;
        break;
      }
      case 'components': {
        if (!isSeq(value))
          throw new ReleaseConfigError(
            at(value ?? keyNode, key),
            'must be a list of components',
            'components: [{ name: deploy, path: packages/deploy, tag-format: deploy-v{version} }]',
          );
        value.items.forEach((itemNode, i) => {
          const item = itemNode as YamlNode;
          const path = `${key}[${i}]`;
          if (!isMap(item)) throw new ReleaseConfigError(at(item, path), 'must be a mapping', '{ name: deploy, path: packages/deploy }');
          const component: Partial<ComponentConfig> & { include: string[]; exclude: string[] } = { include: [], exclude: [] };
          for (const field of item.items) {
            const fieldName = String(js(field.key));
            const fieldNode = field.value as YamlNode | null;
            const fieldPath = `${path}.${fieldName}`;
            if (fieldName === 'name') component.name = str(fieldNode, fieldPath, 'deploy');
            else if (fieldName === 'path' || fieldName === 'paths' || fieldName === 'include')
              component.include.push(...strings(fieldNode, fieldPath, 'packages/deploy'));
            else if (fieldName === 'exclude') component.exclude.push(...strings(fieldNode, fieldPath, '**/*.md'));
            else if (fieldName === 'tag-format') component.tagFormat = checkTagFormat(at(fieldNode, fieldPath), str(fieldNode, fieldPath, 'deploy-v{version}'));
            else if (fieldName === 'changelog')
              component.changelog = js(fieldNode) === false ? false : str(fieldNode, fieldPath, 'packages/deploy/CHANGELOG.md');
            else
              throw new ReleaseConfigError(
                at(field.key as YamlNode, fieldPath),
                `unknown key "${fieldName}"; use name, path, include, exclude, tag-format or changelog`,
                'path: packages/deploy',
              );
          }
          if (!component.name) throw new ReleaseConfigError(at(item, `${path}.name`), 'a component needs a name', 'name: deploy');
          if (component.include.length === 0)
            throw new ReleaseConfigError(at(item, `${path}.path`), 'a component needs a path or include globs', 'path: packages/deploy');
          component.tagFormat ??= `${component.name}-v{version}`;
          component.changelog ??= false;
          config.components.push(component as ComponentConfig);
        });
        const names = new Set<string>();
        const formats = new Set<string>();
        for (const c of config.components) {
          if (names.has(c.name)) throw new ReleaseConfigError(at(value, key), `two components are named "${c.name}"`, 'a unique name per component');
          if (formats.has(c.tagFormat))
            throw new ReleaseConfigError(at(value, key), `two components share the tag format "${c.tagFormat}"`, `${c.name}-v{version}`);
          names.add(c.name);
          formats.add(c.tagFormat);
        }
        break;
      }
      default:
        throw new ReleaseConfigError(at(keyNode, key), `unknown key "${key}"; known keys: ${TOP_KEYS.join(', ')}`, 'tag-format: v{version}');
    }
  }
  return config;
}
