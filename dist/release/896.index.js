export const id = 896;
export const ids = [896];
export const modules = {

/***/ 2896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseReleaseConfig: () => (/* binding */ parseReleaseConfig),
  readReleaseConfigFile: () => (/* binding */ readReleaseConfigFile)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/toolkit/src/errors.ts
var errors = __webpack_require__(2087);
// EXTERNAL MODULE: ./packages/toolkit/src/values.ts
var values = __webpack_require__(6986);
;// CONCATENATED MODULE: ./packages/toolkit/src/config.ts
// The one reader of YAML configuration files: every engine's config (`.secret-scan.yml`,
// `.migration-check.yml`, `.release.yml`, `smoke-test.yml`) is parsed here into plain values
// whose every key path can be traced back to its line, so an error names `file:line key`.





/** `checks[2].url` */
function formatKeyPath(path) {
    return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}
/** The candidate closest to a misspelt word, when one is close enough to be meant. */
function closest(word, candidates) {
    const distance = (a, b) => {
        const row = Array.from({ length: b.length + 1 }, (_, i) => i);
        for (let i = 1; i <= a.length; i++) {
            let previous = row[0] ?? 0;
            row[0] = i;
            for (let j = 1; j <= b.length; j++) {
                const current = row[j] ?? 0;
                row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.length] ?? 0;
    };
    const best = candidates.map((c) => ({ c, d: distance(word, c) })).sort((a, b) => a.d - b.d)[0];
    return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.c : undefined;
}
/** `; did you mean x?` for a misspelt word, or '' when nothing is close. */
function didYouMean(word, candidates) {
    const hint = closest(word, candidates);
    return hint === undefined ? '' : `; did you mean ${hint}?`;
}
function readConfigFile(cwd, given, defaultName, subject = 'config') {
    const name = given ?? defaultName;
    const path = (0,external_node_path_.isAbsolute)(name) ? name : (0,external_node_path_.join)(cwd, name);
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (given === undefined)
            return undefined;
        throw new errors/* ConfigurationError */.j(subject, `the file ${given} does not exist`, defaultName);
    }
    try {
        return { name, path, text: (0,external_node_fs_.readFileSync)(path, 'utf8') };
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(subject, `cannot read the file ${name}: ${error.code ?? error.message}`, defaultName);
    }
}
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
        return `${file}${line === undefined ? '' : `:${line}`}${path.length > 0 ? ` ${formatKeyPath(path)}` : ''}`;
    };
}
function describeValue(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (value instanceof Date)
        return `the date ${value.toISOString().slice(0, 10)}`;
    if (typeof value === 'object')
        return 'a map';
    return `${typeof value} ${JSON.stringify(value)}`;
}
/**
 * Typed readers over a parsed config: each takes the value and its key path and either
 * returns the value in its type or throws a ConfigurationError that names the file, line
 * and key, what is wrong and an example. Engines extend it with their own value kinds.
 */
class ConfigReader {
    locate;
    constructor(locate = formatKeyPath) {
        this.locate = locate;
    }
    fail(path, problem, example) {
        throw new errors/* ConfigurationError */.j(this.locate(path), problem, example);
    }
    /** A map (an empty document or key reads as an empty map when `optional`). */
    map(value, path, example, optional = false) {
        if (optional && (value === null || value === undefined))
            return {};
        if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date)
            return this.fail(path, `must be a map, not ${describeValue(value)}`, example);
        return value;
    }
    /** Refuses keys outside `known`, naming the closest known one. */
    keys(value, path, known, example) {
        for (const key of Object.keys(value)) {
            if (!known.includes(key))
                this.fail([...path, key], `"${key}" is not a known key${didYouMean(key, known)} (known: ${known.join(', ')})`, example ?? known[0]);
        }
    }
    list(value, path, example) {
        if (!Array.isArray(value))
            return this.fail(path, `must be a list, not ${describeValue(value)}`, example);
        return value;
    }
    /** Text; numbers and booleans are read as their text, dates (YAML timestamps) as YYYY-MM-DD. */
    string(value, path, example) {
        if (typeof value === 'string')
            return value;
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        if (value instanceof Date)
            return value.toISOString().slice(0, 10);
        return this.fail(path, `must be text, not ${describeValue(value)}`, example);
    }
    /** Text that is not blank, trimmed. */
    text(value, path, example) {
        const text = this.string(value, path, example).trim();
        if (text === '')
            return this.fail(path, 'must not be empty', example);
        return text;
    }
    /** Text that must be there: an absent key says it is required. */
    required(value, path, example) {
        if (value === undefined || value === null)
            return this.fail(path, 'is required', example);
        return this.text(value, path, example);
    }
    /** Undefined when absent or null. */
    optionalText(value, path, example) {
        return value === undefined || value === null ? undefined : this.text(value, path, example);
    }
    /** One text or a list of them. */
    strings(value, path, example) {
        if (value === undefined || value === null)
            return [];
        if (Array.isArray(value))
            return value.map((item, i) => this.text(item, [...path, i], example));
        return [this.text(value, path, example)];
    }
    integer(value, path, range, example) {
        const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
        if (!Number.isInteger(number))
            return this.fail(path, `${JSON.stringify(value)} is not a whole number`, example);
        if ((range.min !== undefined && number < range.min) || (range.max !== undefined && number > range.max))
            return this.fail(path, `${number} is out of range (${range.min ?? '-∞'} to ${range.max ?? '∞'})`, example);
        return number;
    }
    number(value, path, example) {
        const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
        if (!Number.isFinite(number))
            return this.fail(path, `${JSON.stringify(value)} is not a number`, example);
        return number;
    }
    boolean(value, path) {
        if (typeof value === 'boolean')
            return value;
        if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
            return value.trim().toLowerCase() === 'true';
        return this.fail(path, `${JSON.stringify(value)} is not true or false`, 'true');
    }
    /** `500ms`, `90s`, `5m`: a unit is required. */
    duration(value, path, example = '10s') {
        if (typeof value === 'number')
            return this.fail(path, `${value} has no unit (ms, s, m or h)`, example);
        try {
            return (0,values/* parseDuration */.E9)('duration', this.string(value, path, example));
        }
        catch (error) {
            return this.fail(path, error.problem, example);
        }
    }
    oneOf(value, path, values, example = values[0]) {
        const text = this.string(value, path, example);
        if (values.includes(text))
            return text;
        return this.fail(path, `"${text}" is not one of ${values.join(', ')}${didYouMean(text, values)}`, example);
    }
}
/** Parses and reads a config in one step: `read` gets the plain value and a reader that locates errors. */
function readYamlConfig(text, file, read, example) {
    const parsed = parseYamlConfig(text, file, example);
    return read(parsed.value, new ConfigReader(parsed.locate));
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
class ReleaseConfigReader extends ConfigReader {
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
/** The configuration in `given` (which must exist) or in `.release.yml` when that is there; the defaults otherwise. */
function readReleaseConfigFile(cwd, given) {
    const file = readConfigFile(cwd, given, src_config/* DEFAULT_CONFIG_FILE */.Cu);
    if (file === undefined)
        return (0,src_config/* defaultConfig */.sb)();
    // An absolute path is shown relative to the checkout, as the user sees it there.
    const name = (0,external_node_path_.isAbsolute)(file.name) ? (0,external_node_path_.relative)(cwd, file.path) || file.name : file.name;
    return parseReleaseConfig(file.text, name);
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
