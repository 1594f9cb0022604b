// `.release.yml` through the shared config reader: every error names `file:line key.path`.
// Loaded on demand (config.ts), as it brings the YAML parser.
import { ConfigReader, type KeyPath } from '@devops-actions/toolkit/config';
import { parseYamlConfig } from '@devops-actions/toolkit/yaml';
import * as semver from './semver.ts';
import { checkTagFormat, defaultConfig, movingTagKinds, ReleaseConfigError, type Bump, type ComponentConfig, type ReleaseConfig } from './config.ts';

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
const BUMP_NAMES: readonly Bump[] = ['major', 'minor', 'patch', 'none'];
const TYPE_KEYS = ['bump', 'section', 'title', 'hidden'];
const SCOPE_KEYS = ['bump', 'hidden'];
const COMPONENT_KEYS = ['name', 'path', 'paths', 'include', 'exclude', 'tag-format', 'changelog'];

/** The shared readers, plus the release's own kinds of value. */
class ReleaseConfigReader extends ConfigReader {
  override fail(path: KeyPath, problem: string, example?: string): never {
    throw new ReleaseConfigError(this.locate(path), problem, example);
  }

  isMap(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
  }

  bump(value: unknown, path: KeyPath): Bump {
    return this.oneOf(value, path, BUMP_NAMES, 'minor');
  }

  tagFormat(value: unknown, path: KeyPath, example: string): string {
    return checkTagFormat(this.locate(path), this.text(value, path, example));
  }

  /** A file, or false for none. */
  changelog(value: unknown, path: KeyPath, example: string): string | false {
    return value === false ? false : this.text(value, path, example);
  }
}

export function parseReleaseConfig(text: string, name: string): ReleaseConfig {
  const parsed = parseYamlConfig(text, name, 'tag-format: v{version}');
  const read: ReleaseConfigReader = new ReleaseConfigReader(parsed.locate);
  const config = defaultConfig();
  config.source = name;
  const root = parsed.value;
  if (root === null || root === undefined) return config;
  if (!read.isMap(root)) return read.fail([], 'the configuration must be a mapping of keys', 'tag-format: v{version}');
  read.keys(root, [], TOP_KEYS, 'tag-format: v{version}');

  if (root['tag-format'] !== undefined) config.tagFormat = read.tagFormat(root['tag-format'], ['tag-format'], 'v{version}');
  if (root['initial-development'] !== undefined) config.initialDevelopment = read.boolean(root['initial-development'], ['initial-development']);
  if (root['initial-version'] !== undefined) {
    const version = read.text(root['initial-version'], ['initial-version'], '0.1.0');
    const valid = semver.valid(version);
    if (!valid) read.fail(['initial-version'], `"${version}" is not a semantic version`, '0.1.0');
    config.initialVersion = valid;
  }
  if (root.types !== undefined) readTypes(read, root.types, config);
  if (root.scopes !== undefined) readScopes(read, root.scopes, config);
  if (root['prerelease-branches'] !== undefined) config.prereleaseBranches = readChannels(read, root['prerelease-branches']);
  if (root.changelog !== undefined) config.changelog = read.changelog(root.changelog, ['changelog'], 'CHANGELOG.md');
  if (root['moving-tags'] !== undefined) {
    const value = root['moving-tags'];
    config.movingTags = movingTagKinds(read.locate(['moving-tags']), value === false ? false : read.strings(value, ['moving-tags'], 'major, minor'));
  }
  if (root.versioning !== undefined) config.versioning = read.oneOf(root.versioning, ['versioning'], ['independent', 'fixed']);
  if (root.components !== undefined) config.components = readComponents(read, root.components);
  return config;
}

/** `types: { docs: patch, deps: { bump: patch, section: Dependencies } }`: a bare bump is short for `{ bump }`. */
function readTypes(read: ReleaseConfigReader, value: unknown, config: ReleaseConfig): void {
  const types = read.map(value, ['types'], 'types: { docs: { bump: patch } }');
  for (const [name, rule] of Object.entries(types)) {
    const path = ['types', name];
    if (typeof rule === 'string') {
      config.types[name] = { ...(config.types[name] ?? { section: name, hidden: false }), bump: read.bump(rule, path) };
      continue;
    }
    if (!read.isMap(rule)) return read.fail(path, 'must be a bump or a mapping', `${name}: { bump: patch }`);
    read.keys(rule, path, TYPE_KEYS, 'bump: patch');
    const bump = rule.bump === undefined ? undefined : read.bump(rule.bump, [...path, 'bump']);
    const hidden = rule.hidden === undefined ? undefined : read.boolean(rule.hidden, [...path, 'hidden']);
    const titleKey = rule.section !== undefined ? 'section' : rule.title !== undefined ? 'title' : undefined;
    const section = titleKey === undefined ? undefined : read.text(rule[titleKey], [...path, titleKey], 'Dependencies');
    const base = config.types[name] ?? { bump: 'none' as Bump, section: name, hidden: false };
    config.types[name] = { bump: bump ?? base.bump, section: section ?? base.section, hidden: hidden ?? (section ? false : base.hidden) };
  }
}

function readScopes(read: ReleaseConfigReader, value: unknown, config: ReleaseConfig): void {
  const scopes = read.map(value, ['scopes'], 'scopes: { deps: { bump: patch } }');
  for (const [name, rule] of Object.entries(scopes)) {
    const path = ['scopes', name];
    if (typeof rule === 'string') {
      config.scopes[name] = { bump: read.bump(rule, path) };
      continue;
    }
    if (!read.isMap(rule)) return read.fail(path, 'must be a bump or a mapping', `${name}: { bump: patch }`);
    read.keys(rule, path, SCOPE_KEYS, 'bump: patch');
    config.scopes[name] = {
      bump: rule.bump === undefined ? undefined : read.bump(rule.bump, [...path, 'bump']),
      hidden: rule.hidden === undefined ? undefined : read.boolean(rule.hidden, [...path, 'hidden']),
    };
  }
}

/** Branch name (or glob) to prerelease channel. */
function readChannels(read: ReleaseConfigReader, value: unknown): Record<string, string> {
  const branches = read.map(value, ['prerelease-branches'], 'prerelease-branches: { next: next, beta: beta }');
  const channels: Record<string, string> = {};
  for (const [branch, channel] of Object.entries(branches)) {
    const path = ['prerelease-branches', branch];
    const name = read.text(channel, path, 'beta');
    if (!/^[0-9A-Za-z-]+$/.test(name)) read.fail(path, `"${name}" is not a valid prerelease identifier`, 'rc');
    channels[branch] = name;
  }
  return channels;
}

function readComponents(read: ReleaseConfigReader, value: unknown): ComponentConfig[] {
  const list = read.list(value, ['components'], 'components: [{ name: deploy, path: packages/deploy, tag-format: deploy-v{version} }]');
  const components = list.map((item, i): ComponentConfig => {
    const path: KeyPath = ['components', i];
    if (!read.isMap(item)) return read.fail(path, 'must be a mapping', '{ name: deploy, path: packages/deploy }');
    read.keys(item, path, COMPONENT_KEYS, 'path: packages/deploy');
    const name = item.name === undefined ? undefined : read.text(item.name, [...path, 'name'], 'deploy');
    const include = ['path', 'paths', 'include'].flatMap((key) => read.strings(item[key], [...path, key], 'packages/deploy'));
    const exclude = read.strings(item.exclude, [...path, 'exclude'], '**/*.md');
    if (!name) return read.fail([...path, 'name'], 'a component needs a name', 'name: deploy');
    if (include.length === 0) return read.fail([...path, 'path'], 'a component needs a path or include globs', 'path: packages/deploy');
    return {
      name,
      include,
      exclude,
      tagFormat: item['tag-format'] === undefined ? `${name}-v{version}` : read.tagFormat(item['tag-format'], [...path, 'tag-format'], 'deploy-v{version}'),
      changelog: item.changelog === undefined ? false : read.changelog(item.changelog, [...path, 'changelog'], 'packages/deploy/CHANGELOG.md'),
    };
  });
  const names = new Set<string>();
  const formats = new Set<string>();
  for (const c of components) {
    if (names.has(c.name)) read.fail(['components'], `two components are named "${c.name}"`, 'a unique name per component');
    if (formats.has(c.tagFormat)) read.fail(['components'], `two components share the tag format "${c.tagFormat}"`, `${c.name}-v{version}`);
    names.add(c.name);
    formats.add(c.tagFormat);
  }
  return components;
}
