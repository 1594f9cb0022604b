export const id = 112;
export const ids = [112];
export const modules = {

/***/ 4112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseReleaseConfig: () => (/* binding */ parseReleaseConfig)
});

// EXTERNAL MODULE: ./packages/toolkit/src/config.ts
var config = __webpack_require__(1574);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/toolkit/src/errors.ts
var errors = __webpack_require__(2087);
;// CONCATENATED MODULE: ./packages/toolkit/src/yaml.ts
// YAML text to plain values whose every key path can be traced back to its line: the parsing
// half of the config reader (`./config.ts`), loaded only where there is a file to parse.



/** Parses YAML text; invalid YAML (or a key given twice) is a ConfigurationError naming the line. */
function parseYamlConfig(text, file, example) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const first = document.errors[0];
    if (first) {
        const line = lines.linePos(first.pos[0]).line;
        throw new errors/* ConfigurationError */.j(`${file}:${line}`, `is not valid YAML: ${first.message.split('\n')[0] ?? 'parse error'}`, example);
    }
    return { value: document.toJS(), locate: yamlLocator(document, lines, file) };
}
/** The line of a key path: the key's own line for a map member, the item's for a list item, the nearest parent's when it is absent. */
function yamlLocator(document, lines, file) {
    return (path) => {
        let node = document.contents;
        let offset;
        for (let depth = 0; depth <= path.length; depth++) {
            const range = node?.range;
            if (range)
                offset = range[0];
            if (depth === path.length)
                break;
            const key = path[depth];
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((item) => item.key?.value === key);
                if (!pair)
                    break;
                const keyRange = pair.key?.range;
                if (keyRange)
                    offset = keyRange[0];
                node = pair.value;
                if (depth === path.length - 1)
                    break;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof key === 'number') {
                node = node.items[key];
            }
            else
                break;
        }
        const line = offset === undefined ? undefined : lines.linePos(offset).line;
        return `${file}${line === undefined ? '' : `:${line}`}${path.length > 0 ? ` ${(0,config/* formatKeyPath */.K7)(path)}` : ''}`;
    };
}

// EXTERNAL MODULE: ./packages/release/src/semver.ts
var semver = __webpack_require__(4973);
// EXTERNAL MODULE: ./packages/release/src/config.ts
var src_config = __webpack_require__(2372);
;// CONCATENATED MODULE: ./packages/release/src/config-file.ts
// `.release.yml` through the shared config reader: every error names `file:line key.path`.
// Loaded on demand (config.ts), as it brings the YAML parser.




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
const BUMP_NAMES = ['major', 'minor', 'patch', 'none'];
const TYPE_KEYS = ['bump', 'section', 'title', 'hidden'];
const SCOPE_KEYS = ['bump', 'hidden'];
const COMPONENT_KEYS = ['name', 'path', 'paths', 'include', 'exclude', 'tag-format', 'changelog'];
/** The shared readers, plus the release's own kinds of value. */
class ReleaseConfigReader extends config/* ConfigReader */.ox {
    fail(path, problem, example) {
        throw new src_config/* ReleaseConfigError */.cK(this.locate(path), problem, example);
    }
    isMap(value) {
        return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
    }
    bump(value, path) {
        return this.oneOf(value, path, BUMP_NAMES, 'minor');
    }
    tagFormat(value, path, example) {
        return (0,src_config/* checkTagFormat */.y5)(this.locate(path), this.text(value, path, example));
    }
    /** A file, or false for none. */
    changelog(value, path, example) {
        return value === false ? false : this.text(value, path, example);
    }
}
function parseReleaseConfig(text, name) {
    const parsed = parseYamlConfig(text, name, 'tag-format: v{version}');
    const read = new ReleaseConfigReader(parsed.locate);
    const config = (0,src_config/* defaultConfig */.sb)();
    config.source = name;
    const root = parsed.value;
    if (root === null || root === undefined)
        return config;
    if (!read.isMap(root))
        return read.fail([], 'the configuration must be a mapping of keys', 'tag-format: v{version}');
    read.keys(root, [], TOP_KEYS, 'tag-format: v{version}');
    if (root['tag-format'] !== undefined)
        config.tagFormat = read.tagFormat(root['tag-format'], ['tag-format'], 'v{version}');
    if (root['initial-development'] !== undefined)
        config.initialDevelopment = read.boolean(root['initial-development'], ['initial-development']);
    if (root['initial-version'] !== undefined) {
        const version = read.text(root['initial-version'], ['initial-version'], '0.1.0');
        const valid = semver/* valid */.rZ(version);
        if (!valid)
            read.fail(['initial-version'], `"${version}" is not a semantic version`, '0.1.0');
        config.initialVersion = valid;
    }
    if (root.types !== undefined)
        readTypes(read, root.types, config);
    if (root.scopes !== undefined)
        readScopes(read, root.scopes, config);
    if (root['prerelease-branches'] !== undefined)
        config.prereleaseBranches = readChannels(read, root['prerelease-branches']);
    if (root.changelog !== undefined)
        config.changelog = read.changelog(root.changelog, ['changelog'], 'CHANGELOG.md');
    if (root['moving-tags'] !== undefined) {
        const value = root['moving-tags'];
        config.movingTags = (0,src_config/* movingTagKinds */.eE)(read.locate(['moving-tags']), value === false ? false : read.strings(value, ['moving-tags'], 'major, minor'));
    }
    if (root.versioning !== undefined)
        config.versioning = read.oneOf(root.versioning, ['versioning'], ['independent', 'fixed']);
    if (root.components !== undefined)
        config.components = readComponents(read, root.components);
    return config;
}
/** `types: { docs: patch, deps: { bump: patch, section: Dependencies } }`: a bare bump is short for `{ bump }`. */
function readTypes(read, value, config) {
    const types = read.map(value, ['types'], 'types: { docs: { bump: patch } }');
    for (const [name, rule] of Object.entries(types)) {
        const path = ['types', name];
        if (typeof rule === 'string') {
            config.types[name] = { ...(config.types[name] ?? { section: name, hidden: false }), bump: read.bump(rule, path) };
            continue;
        }
        if (!read.isMap(rule))
            return read.fail(path, 'must be a bump or a mapping', `${name}: { bump: patch }`);
        read.keys(rule, path, TYPE_KEYS, 'bump: patch');
        const bump = rule.bump === undefined ? undefined : read.bump(rule.bump, [...path, 'bump']);
        const hidden = rule.hidden === undefined ? undefined : read.boolean(rule.hidden, [...path, 'hidden']);
        const titleKey = rule.section !== undefined ? 'section' : rule.title !== undefined ? 'title' : undefined;
        const section = titleKey === undefined ? undefined : read.text(rule[titleKey], [...path, titleKey], 'Dependencies');
        const base = config.types[name] ?? { bump: 'none', section: name, hidden: false };
        config.types[name] = { bump: bump ?? base.bump, section: section ?? base.section, hidden: hidden ?? (section ? false : base.hidden) };
    }
}
function readScopes(read, value, config) {
    const scopes = read.map(value, ['scopes'], 'scopes: { deps: { bump: patch } }');
    for (const [name, rule] of Object.entries(scopes)) {
        const path = ['scopes', name];
        if (typeof rule === 'string') {
            config.scopes[name] = { bump: read.bump(rule, path) };
            continue;
        }
        if (!read.isMap(rule))
            return read.fail(path, 'must be a bump or a mapping', `${name}: { bump: patch }`);
        read.keys(rule, path, SCOPE_KEYS, 'bump: patch');
        config.scopes[name] = {
            bump: rule.bump === undefined ? undefined : read.bump(rule.bump, [...path, 'bump']),
            hidden: rule.hidden === undefined ? undefined : read.boolean(rule.hidden, [...path, 'hidden']),
        };
    }
}
/** Branch name (or glob) to prerelease channel. */
function readChannels(read, value) {
    const branches = read.map(value, ['prerelease-branches'], 'prerelease-branches: { next: next, beta: beta }');
    const channels = {};
    for (const [branch, channel] of Object.entries(branches)) {
        const path = ['prerelease-branches', branch];
        const name = read.text(channel, path, 'beta');
        if (!/^[0-9A-Za-z-]+$/.test(name))
            read.fail(path, `"${name}" is not a valid prerelease identifier`, 'rc');
        channels[branch] = name;
    }
    return channels;
}
function readComponents(read, value) {
    const list = read.list(value, ['components'], 'components: [{ name: deploy, path: packages/deploy, tag-format: deploy-v{version} }]');
    const components = list.map((item, i) => {
        const path = ['components', i];
        if (!read.isMap(item))
            return read.fail(path, 'must be a mapping', '{ name: deploy, path: packages/deploy }');
        read.keys(item, path, COMPONENT_KEYS, 'path: packages/deploy');
        const name = item.name === undefined ? undefined : read.text(item.name, [...path, 'name'], 'deploy');
        const include = ['path', 'paths', 'include'].flatMap((key) => read.strings(item[key], [...path, key], 'packages/deploy'));
        const exclude = read.strings(item.exclude, [...path, 'exclude'], '**/*.md');
        if (!name)
            return read.fail([...path, 'name'], 'a component needs a name', 'name: deploy');
        if (include.length === 0)
            return read.fail([...path, 'path'], 'a component needs a path or include globs', 'path: packages/deploy');
        return {
            name,
            include,
            exclude,
            tagFormat: item['tag-format'] === undefined ? `${name}-v{version}` : read.tagFormat(item['tag-format'], [...path, 'tag-format'], 'deploy-v{version}'),
            changelog: item.changelog === undefined ? false : read.changelog(item.changelog, [...path, 'changelog'], 'packages/deploy/CHANGELOG.md'),
        };
    });
    const names = new Set();
    const formats = new Set();
    for (const c of components) {
        if (names.has(c.name))
            read.fail(['components'], `two components are named "${c.name}"`, 'a unique name per component');
        if (formats.has(c.tagFormat))
            read.fail(['components'], `two components share the tag format "${c.tagFormat}"`, `${c.name}-v{version}`);
        names.add(c.name);
        formats.add(c.tagFormat);
    }
    return components;
}


/***/ })

};
