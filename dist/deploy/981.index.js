export const id = 981;
export const ids = [981];
export const modules = {

/***/ 7981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareEngine: () => (/* reexport */ prepareEngine),
  reportContext: () => (/* reexport */ reportContext),
  succeeded: () => (/* reexport */ succeeded),
  toJson: () => (/* reexport */ report_toJson),
  toMarkdown: () => (/* reexport */ report_toMarkdown)
});

;// CONCATENATED MODULE: ./packages/deploy/src/types.ts
const STRATEGIES = ['direct', 'blue-green', 'canary'];
const STATUSES = (/* unused pure expression or super */ null && (['promoted', 'rolled-back', 'paused', 'failed']));
const silentLogger = { info: () => undefined, warn: () => undefined };
/** A value from configuration or JSON as text: objects as JSON, everything else as String(). */
function show(value) {
    if (value !== null && typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/toolkit/src/index.ts + 2 modules
var src = __webpack_require__(5312);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/toolkit/src/errors.ts
var errors = __webpack_require__(2087);
// EXTERNAL MODULE: ./packages/toolkit/src/values.ts
var values = __webpack_require__(6986);
;// CONCATENATED MODULE: ./packages/toolkit/src/config.ts
// The one reader of configuration files: every engine's config (`.secret-scan.yml`,
// `.migration-check.yml`, `.release.yml`, `smoke-test.yml`) is found by one rule and read with
// typed readers whose errors name `file:line key`. Parsing the YAML (with the line of every key
// path) is `./yaml.ts`, a separate module so that no YAML parser loads where no file is read.




/** `checks[2].url` */
function config_formatKeyPath(path) {
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
function config_readConfigFile(cwd, given, defaultName, subject = 'config') {
    const name = given ?? defaultName;
    const path = isAbsolute(name) ? name : join(cwd, name);
    if (!existsSync(path)) {
        if (given === undefined)
            return undefined;
        throw new ConfigurationError(subject, `the file ${given} does not exist`, defaultName);
    }
    try {
        return { name, path, text: readFileSync(path, 'utf8') };
    }
    catch (error) {
        throw new ConfigurationError(subject, `cannot read the file ${name}: ${error.code ?? error.message}`, defaultName);
    }
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
class config_ConfigReader {
    locate;
    constructor(locate = config_formatKeyPath) {
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/toolkit/src/yaml.ts
// YAML text to plain values whose every key path can be traced back to its line: the parsing
// half of the config reader (`./config.ts`), loaded only where there is a file to parse.



/** Parses YAML text; invalid YAML (or a key given twice) is a ConfigurationError naming the line. */
function yaml_parseYamlConfig(text, file, example) {
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
        return `${file}${line === undefined ? '' : `:${line}`}${path.length > 0 ? ` ${config_formatKeyPath(path)}` : ''}`;
    };
}

;// CONCATENATED MODULE: ./packages/toolkit/src/jsonpath.ts
// The one JSON-path module. A small, documented subset of JSONPath (RFC 9535) for assertions and version fields:
//
//   $                 the whole document
//   $.name            a member (letters, digits, _ and -; the leading `$.` may be left out)
//   $['any name']     a member with any characters (single or double quotes)
//   $[0], $[-1]       an array element, counting from the end when negative
//
// Filters, wildcards, slices and recursive descent are not supported: an assertion should
// name one value. An unsupported path is refused when the config is read, before any request.

/** A path that is not in the supported subset: the user's to fix, like any configuration value. */
class JsonPathError extends errors/* ConfigurationError */.j {
    name = 'JsonPathError';
    /** `setting` names where the path was given (`version-from`, `checks.yml:4 expect-json`); without it the message is the problem alone. */
    constructor(problem, setting) {
        super(setting?.subject ?? 'path', problem, setting?.example, { plain: setting === undefined });
    }
}
/** Compiles a path; one outside the subset is a JsonPathError naming `setting` when given. */
function compileJsonPath(text, setting) {
    const source = text.trim();
    let rest = source.startsWith('$') ? source.slice(1) : source === '' ? '' : `.${source}`;
    const segments = [];
    while (rest !== '') {
        let match;
        if ((match = /^\.([A-Za-z_][\w-]*)/.exec(rest))) {
            segments.push(match[1] ?? '');
        }
        else if ((match = /^\[\s*(-?\d+)\s*\]/.exec(rest))) {
            segments.push(Number(match[1]));
        }
        else if ((match = /^\[\s*'((?:[^'\\]|\\.)*)'\s*\]/.exec(rest)) || (match = /^\[\s*"((?:[^"\\]|\\.)*)"\s*\]/.exec(rest))) {
            segments.push((match[1] ?? '').replace(/\\(.)/g, '$1'));
        }
        else {
            const unsupported = /^(\.\.|\[\*\]|\.\*|\[\?|\[\d*:)/.test(rest);
            throw new JsonPathError(unsupported
                ? `"${text}" uses ${rest.slice(0, 3)}…, which is not supported: name one value with .member, ['member'] or [index]`
                : `"${text}" is not a valid path near "${rest.slice(0, 12)}"`, setting);
        }
        rest = rest.slice(match[0].length);
    }
    return { text: source, segments };
}
/** Resolves a path; `found` is false when any step is missing. */
function jsonpath_evaluateJsonPath(path, document) {
    let current = document;
    for (const segment of path.segments) {
        if (typeof segment === 'number') {
            if (!Array.isArray(current))
                return { found: false };
            const index = segment < 0 ? current.length + segment : segment;
            if (index < 0 || index >= current.length)
                return { found: false };
            current = current[index];
        }
        else {
            if (current === null || typeof current !== 'object' || Array.isArray(current) || !Object.hasOwn(current, segment))
                return { found: false };
            current = current[segment];
        }
    }
    return { found: true, value: current };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(6591);
;// CONCATENATED MODULE: ./packages/deploy/src/exec.ts
// Runs commands with argument arrays: no shell ever sees the text. A command written as one
// line ("./deploy.sh --env prod") is split into words by shell-quote, which also refuses pipes,
// redirections and command lists: those need an explicit script.



class CommandError extends Error {
    name = 'CommandError';
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
/**
 * Splits a command line into an argument array. `$NAME` and `${NAME}` are replaced from `vars`
 * only (the DEPLOY_* variables); any other `$NAME` is left as written.
 */
function splitCommand(subject, text, vars = {}) {
    const words = (0,shell_quote.parse)(text, (key) => (key in vars ? vars[key] : `$${key}`));
    const argv = [];
    for (const word of words) {
        if (typeof word === 'string')
            argv.push(word);
        else if ('op' in word && word.op === 'glob')
            argv.push(word.pattern);
        else if ('comment' in word)
            break;
        else
            throw new src/* ConfigurationError */.j1(subject, `"${text}" uses the shell operator ${JSON.stringify('op' in word ? word.op : word)}; commands run without a shell, so put pipelines and redirections in a script`, './scripts/deploy.sh --env production');
    }
    if (argv.length === 0)
        throw new src/* ConfigurationError */.j1(subject, 'is empty', './scripts/deploy.sh');
    return argv;
}
/** Runs argv[0] with the rest as arguments; never throws for a non-zero exit (see `code`), only when it cannot start. */
function runCommand(argv, options = {}) {
    const [file, ...args] = argv;
    if (file === undefined)
        return Promise.reject(new CommandError('empty command'));
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            signal: options.signal,
        });
        let stdout = '';
        let stderr = '';
        child.stdout?.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
        child.stderr?.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
        if (options.input !== undefined)
            child.stdin?.end(options.input);
        const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            if (error.code === 'ENOENT')
                reject(new CommandError(`command not found: ${file} (is it installed and on PATH, or is the path right?)`));
            else if (error.code === 'EACCES')
                reject(new CommandError(`command not executable: ${file} (chmod +x?)`));
            else
                reject(new CommandError(`${file}: ${error.message}`));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({ code, signal, stdout, stderr });
        });
    });
}
/** Runs a command and throws a CommandError with the tail of its output when it fails. */
async function runChecked(what, argv, options = {}) {
    const result = await runCommand(argv, options);
    if (result.code !== 0) {
        const output = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-5).join('\n');
        const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
        throw new CommandError(`${what} (${argv[0]}) ${how}${output ? `: ${output}` : ''}`, result);
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/define.ts
// What an adapter declares to the registry: its name, its option keys (the action's inputs and
// the config file's keys) each with the reader that turns its text into a value, and how to
// build the adapter from those values. The configuration refuses a key no adapter declares.

const define_option = {
    /** Text, or `fallback` when not given. */
    text: (fallback = '') => (text) => text === '' ? fallback : text,
    /** Text, or undefined when not given. */
    optional: () => (text) => (text === '' ? undefined : text),
    /** One of `values`, or `fallback` when not given. */
    oneOf: (values, fallback) => (text, subject) => (0,src/* parseEnum */.nL)(subject, text === '' ? fallback : text, values),
};
/** An adapter's entry for the registry: its name, its option keys with their readers, and how to build it from their values. */
function defineAdapter(name, options, create) {
    return { name, options, create };
}

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/command.ts
// The `command` adapter: the user's own deploy, rollback and status commands, run with argument
// arrays. The versions travel as environment variables (DEPLOY_VERSION, DEPLOY_PREVIOUS_VERSION,
// DEPLOY_ENVIRONMENT), never spliced into a shell line.



class CommandAdapter {
    name = 'command';
    capabilities = { weights: false, preview: false, keepPrevious: false, strategies: ['direct'] };
    options;
    constructor(options) {
        if (options.deployCommand === '')
            throw new src/* ConfigurationError */.j1('deploy-command', 'is required with adapter: command', './scripts/deploy.sh');
        // Parse now, so a shell operator is refused before anything runs.
        splitCommand('deploy-command', options.deployCommand);
        if (options.rollbackCommand)
            splitCommand('rollback-command', options.rollbackCommand);
        if (options.statusCommand)
            splitCommand('status-command', options.statusCommand);
        this.options = options;
    }
    vars(version, previous) {
        return { DEPLOY_VERSION: version, DEPLOY_PREVIOUS_VERSION: previous ?? '', DEPLOY_ENVIRONMENT: this.options.environment };
    }
    async run(subject, text, vars) {
        const argv = splitCommand(subject, text, vars);
        const result = await runChecked(subject, argv, { cwd: this.options.cwd, env: { ...this.options.env, ...vars }, timeoutMs: this.options.timeoutMs });
        return result.stdout;
    }
    async current() {
        if (!this.options.statusCommand)
            return undefined;
        const out = (await this.run('status-command', this.options.statusCommand, { DEPLOY_ENVIRONMENT: this.options.environment }))
            .trim()
            .split('\n')
            .at(-1)
            ?.trim();
        return out ? { version: out } : undefined;
    }
    prepare(candidate) {
        return Promise.resolve(candidate);
    }
    async shift(weight, plan) {
        if (weight === 0)
            return;
        if (weight !== 100)
            throw new src/* ConfigurationError */.j1('steps', `the command adapter cannot send ${weight} % of traffic`, '100');
        await this.run('deploy-command', this.options.deployCommand, this.vars(plan.candidate.version, plan.previous?.version));
    }
    async restore(target, from) {
        const vars = { ...this.vars(target.version, from?.version), DEPLOY_ROLLBACK: 'true' };
        if (this.options.rollbackCommand)
            await this.run('rollback-command', this.options.rollbackCommand, vars);
        else
            await this.run('deploy-command', this.options.deployCommand, vars);
    }
    ensureReady(release) {
        // Restoring redeploys the version, which brings it back whatever state it was in.
        return Promise.resolve(release);
    }
    cleanup() {
        return Promise.resolve();
    }
}
const commandAdapter = defineAdapter('command', {
    'deploy-command': define_option.text(),
    'rollback-command': define_option.optional(),
    'status-command': define_option.optional(),
}, (o, { config, env }) => new CommandAdapter({
    deployCommand: o['deploy-command'],
    rollbackCommand: o['rollback-command'],
    statusCommand: o['status-command'],
    environment: config.environment,
    cwd: config.cwd,
    env,
    timeoutMs: config.stepTimeoutMs,
}));

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/rolling.ts
// What the adapters that update one target in place share (kubernetes, fly): the platform replaces
// instances itself, so a deploy and a rollback are the same rolling update to a version, there is
// no candidate to check beforehand and nothing to clean up. `direct` only.

class RollingUpdateAdapter {
    capabilities = { weights: false, preview: false, keepPrevious: false, strategies: ['direct'] };
    prepare(candidate) {
        return Promise.resolve(candidate);
    }
    async shift(weight, plan) {
        if (weight === 0)
            return;
        if (weight !== 100)
            throw new src/* ConfigurationError */.j1('steps', `the ${this.name} adapter (direct) cannot send ${weight} % of traffic`, '100');
        await this.rollTo(plan.candidate.version);
    }
    async restore(target) {
        await this.rollTo(target.version);
    }
    ensureReady(release) {
        return Promise.resolve(release);
    }
    cleanup() {
        return Promise.resolve();
    }
}

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/platform.ts
// What the hosted-platform adapters share (vercel, netlify): the platform keeps every deployment,
// immutable and reachable on its own URL, and production is whichever one is published. So the
// candidate (built beforehand by the platform's CLI or git integration) is checked on its own URL,
// the switch publishes it, and a rollback publishes the previous one again: nothing is rebuilt.
// No traffic weights: direct and blue-green only. Credentials come from an environment variable
// the error names; every call goes to a configurable base URL.

class PlatformError extends Error {
    name = 'PlatformError';
    /** The HTTP status the platform answered with, when it answered. */
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** A JSON client for a platform's REST API, authorised by the token in `tokenVariable`. */
function platformApi(options) {
    const token = options.env[options.tokenVariable];
    if (!token)
        throw new src/* ConfigurationError */.j1('adapter', `the ${options.platform.toLowerCase()} adapter needs an API token in the ${options.tokenVariable} environment variable`, `env: ${options.tokenVariable}: \${{ secrets.${options.tokenVariable} }}`);
    const base = options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`;
    return async (method, path, body, extraHeaders = {}) => {
        const url = new URL(path.replace(/^\//, ''), base);
        for (const [key, value] of Object.entries(options.query ?? {}))
            url.searchParams.set(key, value);
        let response;
        try {
            response = await fetch(url, {
                method,
                headers: {
                    authorization: `Bearer ${token}`,
                    accept: 'application/json',
                    ...options.headers,
                    ...extraHeaders,
                    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                },
                ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            });
        }
        catch (error) {
            throw new PlatformError(`${options.platform} API ${method} ${url.pathname} failed: ${error.message}`);
        }
        const text = await response.text();
        if (!response.ok) {
            let message;
            try {
                const parsed = JSON.parse(text);
                message = typeof parsed.error === 'string' ? parsed.error : (parsed.error?.message ?? parsed.message);
            }
            catch {
                message = text.slice(0, 200);
            }
            const hint = response.status === 401 || response.status === 403 ? ` (check ${options.tokenVariable} and what it may access)` : '';
            throw new PlatformError(`${options.platform} API ${method} ${url.pathname} answered ${response.status}: ${message ?? ''}${hint}`, response.status);
        }
        return (text ? JSON.parse(text) : {});
    };
}
class PromotionAdapter {
    capabilities = { weights: false, preview: true, keepPrevious: true, strategies: ['direct', 'blue-green'] };
    promotion;
    constructor(options) {
        if (!options.candidate)
            throw new src/* ConfigurationError */.j1(options.candidateInput, 'is required: the deployment to publish (by id or URL), built beforehand', 'an id or URL');
        this.promotion = options;
    }
    release(d, version = d.recordedVersion || d.id) {
        return { version, slot: d.id, ...(d.url ? { endpoint: { url: d.url } } : {}) };
    }
    /** Another production deployment still building would publish itself over this one: wait for it. */
    async busy() {
        const candidate = this.promotion.candidate.replace(/^https?:\/\//, '').replace(/\/+$/, '');
        const other = (await this.productionBuilds()).find((d) => d.id !== candidate && d.url?.replace(/^https:\/\//, '') !== candidate);
        return other && `${this.platform} production deployment ${other.id} is still ${other.rawState} and publishes itself when it is done`;
    }
    async current() {
        const d = await this.published();
        return d ? this.release(d) : undefined;
    }
    /** The candidate, once built; its recorded version, when it has one, must be the one being deployed. */
    async prepare(candidate) {
        const deadline = Date.now() + this.promotion.readyTimeoutMs;
        for (;;) {
            const d = await this.deployment(this.promotion.candidate);
            if (d.state === 'ready') {
                if (d.recordedVersion !== undefined && d.recordedVersion !== candidate.version)
                    throw new src/* ConfigurationError */.j1(this.promotion.candidateInput, `${d.id} was built for version ${d.recordedVersion}, not ${candidate.version}`, `the deployment of ${candidate.version}, or version: ${d.recordedVersion}`);
                return this.release(d, candidate.version);
            }
            if (d.state === 'failed')
                throw new PlatformError(`the candidate deployment ${d.id} is ${d.rawState}: nothing was published`);
            if (Date.now() > deadline)
                throw new PlatformError(`the candidate deployment ${d.id} is still ${d.rawState} after ${this.promotion.readyTimeoutMs} ms`);
            await new Promise((resolve) => setTimeout(resolve, this.promotion.pollMs ?? 2000));
        }
    }
    async publishRelease(release) {
        if (!release.slot)
            throw new PlatformError(`no ${this.name} deployment is known for version ${release.version}`);
        // Idempotent: what is already published is not published again.
        if ((await this.published())?.id === release.slot)
            return;
        await this.publish(release.slot);
    }
    async shift(weight, plan) {
        if (weight === 0)
            return;
        if (weight !== 100)
            throw new src/* ConfigurationError */.j1('steps', `the ${this.name} adapter cannot send ${weight} % of traffic (no weights)`, '100');
        await this.publishRelease(plan.candidate);
    }
    async restore(target) {
        await this.publishRelease(target);
    }
    /** A platform deployment cannot be re-provisioned from here: it is ready, or the rollback needs another rung. */
    async ensureReady(release) {
        if (!release.slot)
            throw new PlatformError(`no ${this.name} deployment is known for version ${release.version}`);
        const d = await this.deployment(release.slot);
        if (d.state !== 'ready')
            throw new PlatformError(`deployment ${d.id} of ${release.version} is ${d.rawState}, not ready`);
        return this.release(d, release.version);
    }
    cleanup() {
        // Deployments stay on the platform (that is what makes a rollback instant); retention is the platform's.
        return Promise.resolve();
    }
    async history() {
        return (await this.publishedHistory()).filter((d) => d.state === 'ready').map((d) => this.release(d));
    }
}

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/fly.ts
// The `fly` adapter, through the Fly Machines API: a deploy updates the app's Machines one at a
// time to the version's image (POST /v1/apps/:app/machines/:id with the new config.image, then
// GET …/wait?state=started for its new instance), so the others serve while one is replaced; the
// version is recorded in each Machine's metadata. A rollback rolls them back to the previous
// version's image the same way. `direct` only.




const FLY_VERSION_KEY = 'devops-actions-version';
class FlyAdapter extends RollingUpdateAdapter {
    name = 'fly';
    options;
    api;
    constructor(options) {
        super();
        if (!options.app)
            throw new src/* ConfigurationError */.j1('fly-app', 'is required with adapter: fly', 'shop-web');
        if (!options.image.includes('{version}'))
            throw new src/* ConfigurationError */.j1('fly-image', 'must contain {version} where the version goes', 'registry.fly.io/shop-web:{version}');
        this.options = options;
        this.api = platformApi({ platform: 'Fly', apiUrl: options.apiUrl, tokenVariable: 'FLY_API_TOKEN', env: options.env });
    }
    app() {
        return encodeURIComponent(this.options.app);
    }
    async machines() {
        const all = await this.api('GET', `/v1/apps/${this.app()}/machines`);
        const group = this.options.processGroup;
        const ours = group ? all.filter((m) => (m.config.metadata?.fly_process_group ?? 'app') === group) : all;
        if (ours.length === 0)
            throw new PlatformError(`the Fly app ${this.options.app} has no Machines${group ? ` in the process group ${group}` : ''} to deploy to`);
        return ours;
    }
    imageOf(version) {
        return this.options.image.replaceAll('{version}', version);
    }
    /** A Machine leased by someone else (`fly deploy` leases each Machine it updates) is being changed. */
    async busy() {
        for (const machine of await this.machines()) {
            const lease = await this.api('GET', `/v1/apps/${this.app()}/machines/${encodeURIComponent(machine.id)}/lease`).catch((error) => {
                if (error instanceof PlatformError && error.status === 404)
                    return undefined;
                throw error;
            });
            const expires = lease?.data?.expires_at;
            if (lease?.data && (expires === undefined || expires * 1000 > Date.now()))
                return `Fly Machine ${machine.id} is leased by ${lease.data.owner ?? 'someone'}${lease.data.description ? ` (${lease.data.description})` : ''}${expires ? ` until ${new Date(expires * 1000).toISOString()}` : ''}`;
        }
        return undefined;
    }
    async current() {
        const [first] = await this.machines();
        const version = first?.config.metadata?.[FLY_VERSION_KEY];
        return version ? { version } : undefined;
    }
    /** Every Machine to `version`, one at a time; a Machine already there is left alone (a re-run resumes). */
    async rollTo(version) {
        const image = this.imageOf(version);
        for (const machine of await this.machines()) {
            if (machine.config.image === image && machine.config.metadata?.[FLY_VERSION_KEY] === version && machine.state === 'started')
                continue;
            const config = { ...machine.config, image, metadata: { ...machine.config.metadata, [FLY_VERSION_KEY]: version } };
            const updated = await this.api('POST', `/v1/apps/${this.app()}/machines/${encodeURIComponent(machine.id)}`, { config });
            const timeout = Math.max(1, Math.ceil(this.options.startTimeoutMs / 1000));
            const query = new URLSearchParams({ state: 'started', timeout: String(timeout), ...(updated.instance_id ? { instance_id: updated.instance_id } : {}) });
            await this.api('GET', `/v1/apps/${this.app()}/machines/${encodeURIComponent(machine.id)}/wait?${query.toString()}`).catch((error) => {
                throw new PlatformError(`Machine ${machine.id} did not start ${image}: ${error.message}`);
            });
        }
    }
}
const flyAdapter = defineAdapter('fly', {
    'fly-app': define_option.text(),
    'fly-image': define_option.text(),
    'fly-process-group': define_option.optional(),
    'fly-api-url': define_option.text('https://api.machines.dev'),
}, (o, { config, env }) => new FlyAdapter({
    app: o['fly-app'],
    image: o['fly-image'],
    processGroup: o['fly-process-group'],
    apiUrl: o['fly-api-url'],
    startTimeoutMs: config.readyTimeoutMs,
    env,
}));

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/heroku.ts
// The `heroku` adapter, through Heroku's Platform API: the candidate is a slug built beforehand
// (the Build API, or `heroku builds:create`); the switch releases it
// (POST /apps/:app/releases {slug, description: <version>}) and waits for the release to
// succeed; a rollback releases the previous release again (POST /apps/:app/releases {release}),
// which Heroku does without a rebuild. Heroku replaces dynos itself: `direct` only.



const ROLLBACK = /^Rollback to v(\d+)$/;
class HerokuAdapter {
    name = 'heroku';
    capabilities = { weights: false, preview: false, keepPrevious: false, strategies: ['direct'] };
    options;
    api;
    constructor(options) {
        if (!options.app)
            throw new src/* ConfigurationError */.j1('heroku-app', 'is required with adapter: heroku', 'my-app');
        if (!options.slug)
            throw new src/* ConfigurationError */.j1('heroku-slug', 'is required with adapter: heroku (the slug to release, built beforehand)', 'the slug id from the Build API');
        this.options = options;
        this.api = platformApi({
            platform: 'Heroku',
            apiUrl: options.apiUrl,
            tokenVariable: 'HEROKU_API_KEY',
            env: options.env,
            headers: { accept: 'application/vnd.heroku+json; version=3' },
        });
    }
    app() {
        return encodeURIComponent(this.options.app);
    }
    releases() {
        return this.api('GET', `/apps/${this.app()}/releases`, undefined, { range: 'version ..; order=desc, max=50' });
    }
    /** A release's version as deployed: its description, or for Heroku's own rollbacks the version it went back to. */
    static versionOf(release, all, depth = 0) {
        const back = ROLLBACK.exec(release.description);
        const target = back ? all.find((r) => r.version === Number(back[1])) : undefined;
        return target && depth < 10 ? HerokuAdapter.versionOf(target, all, depth + 1) : release.description;
    }
    /** The release serving the app: the one Heroku marks current, else the newest that succeeded. */
    static live(all) {
        return all.find((r) => r.current) ?? all.find((r) => r.status === 'succeeded');
    }
    /** A release still in its release phase, or a build that releases itself when done, would overlap this deploy. */
    async busy() {
        const pending = (await this.releases()).find((r) => r.status === 'pending');
        if (pending)
            return `Heroku release v${pending.version} (${pending.description}) of ${this.options.app} is still pending`;
        const builds = await this.api('GET', `/apps/${this.app()}/builds`, undefined, { range: 'created_at ..; order=desc, max=10' });
        const build = builds.find((b) => b.status === 'pending');
        return (build &&
            `Heroku build ${build.id} of ${this.options.app}${build.user?.email ? ` by ${build.user.email}` : ''} is still pending and releases itself when it succeeds`);
    }
    async current() {
        const all = await this.releases();
        const current = HerokuAdapter.live(all);
        return current ? { version: HerokuAdapter.versionOf(current, all), slot: current.id } : undefined;
    }
    /** The candidate slug must exist before anything is released. */
    async prepare(candidate) {
        await this.api('GET', `/apps/${this.app()}/slugs/${encodeURIComponent(this.options.slug)}`);
        return { ...candidate, slot: this.options.slug };
    }
    async waitFor(release) {
        const deadline = Date.now() + this.options.releaseTimeoutMs;
        let at = release;
        while (at.status === 'pending') {
            if (Date.now() > deadline)
                throw new PlatformError(`release v${at.version} is still pending after ${this.options.releaseTimeoutMs} ms`);
            await new Promise((resolve) => setTimeout(resolve, this.options.pollMs ?? 2000));
            at = await this.api('GET', `/apps/${this.app()}/releases/${encodeURIComponent(at.id)}`);
        }
        if (at.status !== 'succeeded')
            throw new PlatformError(`release v${at.version} ${at.status} (see its release phase output: heroku releases:output ${at.version})`);
    }
    async shift(weight, plan) {
        if (weight === 0)
            return;
        if (weight !== 100)
            throw new src/* ConfigurationError */.j1('steps', `the heroku adapter cannot send ${weight} % of traffic`, '100');
        const slug = plan.candidate.slot ?? this.options.slug;
        // Idempotent: a slug that is already released is not released again.
        if (HerokuAdapter.live(await this.releases())?.slug?.id === slug)
            return;
        await this.waitFor(await this.api('POST', `/apps/${this.app()}/releases`, { slug, description: plan.candidate.version }));
    }
    async restore(target) {
        if (!target.slot)
            throw new PlatformError(`no Heroku release is known for version ${target.version}`);
        const all = await this.releases();
        const wanted = all.find((r) => r.id === target.slot);
        if (wanted?.slug && HerokuAdapter.live(all)?.slug?.id === wanted.slug.id)
            return;
        await this.waitFor(await this.api('POST', `/apps/${this.app()}/releases`, { release: target.slot }));
    }
    /** Heroku keeps every release: the target must exist and have succeeded. */
    async ensureReady(release) {
        if (!release.slot)
            throw new PlatformError(`no Heroku release is known for version ${release.version}`);
        const r = await this.api('GET', `/apps/${this.app()}/releases/${encodeURIComponent(release.slot)}`);
        if (r.status !== 'succeeded')
            throw new PlatformError(`release v${r.version} of ${release.version} ${r.status}`);
        return release;
    }
    cleanup() {
        return Promise.resolve();
    }
    async history() {
        const all = await this.releases();
        return all.filter((r) => r.status === 'succeeded').map((r) => ({ version: HerokuAdapter.versionOf(r, all), slot: r.id }));
    }
}
const herokuAdapter = defineAdapter('heroku', {
    'heroku-app': define_option.text(),
    'heroku-slug': define_option.text(),
    'heroku-api-url': define_option.text('https://api.heroku.com'),
}, (o, { config, env }) => new HerokuAdapter({
    app: o['heroku-app'],
    slug: o['heroku-slug'],
    apiUrl: o['heroku-api-url'],
    releaseTimeoutMs: config.stepTimeoutMs,
    env,
}));

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./packages/deploy/src/lock.ts
// A target lock: a lock file with a lease. Two deploys to one target run one after the other
// (`lock: wait`) or the second fails at once naming the holder (`lock: fail`). A holder that
// died (its lease ran out, or its process is gone on this host) is taken over.




/**
 * The target is held by another deploy (`lock: fail`, or longer than `lock-timeout`): nothing
 * was changed; a state of the target, not a wrong setting (the CLI exits 1, as for a failed deploy).
 */
class LockedError extends Error {
    name = 'LockedError';
    /** The lock file's holder, or the adapter's description of who has the target. */
    holder;
    constructor(message, holder) {
        super(message);
        this.holder = holder;
    }
}
function readHolder(path) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
function stale(holder) {
    if (holder === undefined)
        return true;
    if (Date.parse(holder.expiresAt) < Date.now())
        return true;
    return holder.host === (0,external_node_os_.hostname)() && !alive(holder.pid);
}
function describeHolder(holder) {
    return `${holder.owner} (pid ${holder.pid} on ${holder.host}, since ${holder.acquiredAt}, lease until ${holder.expiresAt})`;
}
async function acquireLock(options) {
    const started = Date.now();
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(options.path), { recursive: true });
    const me = () => ({
        owner: options.owner,
        pid: process.pid,
        host: (0,external_node_os_.hostname)(),
        acquiredAt: new Date(started).toISOString(),
        expiresAt: new Date(Date.now() + options.leaseMs).toISOString(),
    });
    let told = false;
    for (;;) {
        options.signal?.throwIfAborted();
        try {
            (0,external_node_fs_.writeFileSync)(options.path, JSON.stringify(me()), { flag: 'wx' });
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        const holder = readHolder(options.path);
        if (stale(holder)) {
            // Take over by rename (atomic), then read back: of two takers racing, only one stays.
            const temp = `${options.path}.${process.pid}.take`;
            (0,external_node_fs_.writeFileSync)(temp, JSON.stringify(me()));
            (0,external_node_fs_.renameSync)(temp, options.path);
            await (0,promises_.setTimeout)(20);
            const now = readHolder(options.path);
            if (now?.pid === process.pid && now.owner === options.owner)
                break;
            continue;
        }
        if (holder === undefined)
            continue;
        if (options.mode === 'fail')
            throw new LockedError(`the target is locked by ${describeHolder(holder)}; lock: fail`, holder);
        if (Date.now() - started > options.waitTimeoutMs) {
            throw new LockedError(`gave up waiting for the target lock after ${Math.round((Date.now() - started) / 1000)} s; held by ${describeHolder(holder)}`, holder);
        }
        if (!told)
            options.onWait?.(holder);
        told = true;
        await (0,promises_.setTimeout)(options.pollMs ?? 200, undefined, { signal: options.signal });
    }
    const waitedMs = Date.now() - started;
    const renew = setInterval(() => {
        const holder = readHolder(options.path);
        if (holder?.pid === process.pid && holder.owner === options.owner)
            (0,external_node_fs_.writeFileSync)(options.path, JSON.stringify({ ...holder, expiresAt: me().expiresAt }));
    }, Math.max(50, Math.floor(options.leaseMs / 3)));
    renew.unref();
    return {
        path: options.path,
        waitedMs,
        release() {
            clearInterval(renew);
            const holder = readHolder(options.path);
            if (holder?.pid === process.pid && holder.owner === options.owner)
                (0,external_node_fs_.rmSync)(options.path, { force: true });
        },
    };
}
/**
 * Repeats `attempt` until it takes the target (returns undefined) under the lock mode: with
 * `fail` the first refusal throws, with `wait` it polls until the wait timeout. `attempt`
 * returns who has the target when it is taken. Returns how long it waited, in ms.
 */
async function waitForTarget(attempt, options) {
    const started = Date.now();
    let told = false;
    for (;;) {
        options.signal?.throwIfAborted();
        const holder = await attempt();
        if (holder === undefined)
            return Date.now() - started;
        if (options.mode === 'fail')
            throw new LockedError(`the target is busy: ${holder}; lock: fail`, holder);
        if (Date.now() - started > options.waitTimeoutMs) {
            throw new LockedError(`gave up waiting for the target after ${Math.round((Date.now() - started) / 1000)} s; ${holder}`, holder);
        }
        if (!told)
            options.onWait?.(holder);
        told = true;
        await (0,promises_.setTimeout)(options.pollMs ?? 1000, undefined, { signal: options.signal });
    }
}

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/kubernetes-lease.ts
// The target lock of the kubernetes adapter: a coordination.k8s.io/v1 Lease in the target's
// namespace, which every runner that can reach the cluster sees (the lock file only serialises
// deploys that share a state-dir). Taken with optimistic concurrency: a write carries the
// resourceVersion just read, so of two runners racing for a free Lease only one write succeeds.


/** The reason in kubectl's `Error from server (Reason): ...`, e.g. NotFound, Conflict, Forbidden. */
function serverReason(result) {
    return /Error from server \((\w+)\)/.exec(result.stderr)?.[1];
}
/** Kubernetes MicroTime: RFC 3339 with six fractional digits, `2026-11-22T18:00:00.000000Z`. */
function microTime(ms) {
    return new Date(ms).toISOString().replace(/Z$/, '000Z');
}
function leaseSeconds(leaseMs) {
    return Math.max(1, Math.ceil(leaseMs / 1000));
}
/** Until when the holder has the Lease, in ms since the epoch (NaN when it never renewed). */
function expiresAt(lease) {
    const spec = lease.spec ?? {};
    return Date.parse(spec.renewTime ?? spec.acquireTime ?? '') + (spec.leaseDurationSeconds ?? 0) * 1000;
}
/**
 * Takes the Lease for `options.owner`, waiting or failing as `options.mode` says, and keeps it
 * renewed until released.
 */
async function takeLease(lease, options) {
    const where = `Lease ${lease.namespace ? `${lease.namespace}/` : ''}${lease.name}`;
    const fail = (verb, result) => {
        if (serverReason(result) === 'Forbidden') {
            throw new src/* ConfigurationError */.j1('k8s-lease', `kubectl may not ${verb} the ${where}, which keeps deploys to this target one at a time across runners (${result.stderr.trim().split('\n')[0]}). ` +
                `Grant the deploy's Kubernetes user a Role in namespace ${lease.namespace ?? '(the default namespace)'} with the rule ` +
                `apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["get", "create", "update"]; or set k8s-lease: off to do without it`, 'off');
        }
        const output = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).join('\n');
        throw new Error(`kubectl could not ${verb} the ${where} (exit code ${result.code}): ${output}`);
    };
    /** Writes `object` with create or replace; returns the stored Lease, or undefined when another writer came first. */
    const write = async (verb, object) => {
        const result = await lease.kubectl([verb, '-f', '-', '-o', 'json'], JSON.stringify(object));
        if (result.code === 0)
            return JSON.parse(result.stdout);
        const reason = serverReason(result);
        if (reason === 'AlreadyExists' || reason === 'Conflict' || reason === 'NotFound')
            return undefined;
        return fail(verb === 'create' ? 'create' : 'update', result);
    };
    const ours = (current, now) => {
        const mine = current?.spec?.holderIdentity === options.owner;
        return {
            apiVersion: 'coordination.k8s.io/v1',
            kind: 'Lease',
            ...current,
            metadata: current?.metadata ?? {
                name: lease.name,
                ...(lease.namespace ? { namespace: lease.namespace } : {}),
                labels: { 'app.kubernetes.io/managed-by': 'devops-actions' },
            },
            spec: {
                holderIdentity: options.owner,
                leaseDurationSeconds: leaseSeconds(options.leaseMs),
                acquireTime: mine && current?.spec?.acquireTime ? current.spec.acquireTime : microTime(now),
                renewTime: microTime(now),
                leaseTransitions: (current?.spec?.leaseTransitions ?? 0) + (current === undefined || mine ? 0 : 1),
            },
        };
    };
    let held;
    /** One try: undefined when the Lease is ours now, else who holds it. */
    const attempt = async () => {
        // A lost race (AlreadyExists, Conflict) is retried at once against what the winner wrote.
        for (let tries = 0; tries < 5; tries++) {
            const got = await lease.kubectl(['get', 'lease', lease.name, '-o', 'json']);
            const now = Date.now();
            if (got.code !== 0) {
                if (serverReason(got) !== 'NotFound')
                    fail('get', got);
                held = await write('create', ours(undefined, now));
            }
            else {
                const current = JSON.parse(got.stdout);
                const holder = current.spec?.holderIdentity;
                if (holder && holder !== options.owner && !(expiresAt(current) < now)) {
                    const until = expiresAt(current);
                    return `${where} is held by "${holder}" (since ${current.spec?.acquireTime ?? 'unknown'}, until ${Number.isNaN(until) ? 'unknown' : microTime(until)})`;
                }
                // Free, expired, or ours already (the post step of the same run).
                held = await write('replace', ours(current, now));
            }
            if (held)
                return undefined;
        }
        return `${where} is being taken by another deploy right now`;
    };
    await waitForTarget(attempt, options);
    // Renewals and the release write over our last write (its resourceVersion): a Conflict or
    // NotFound means someone took the Lease after it expired, and it is theirs now.
    let renewing = Promise.resolve();
    const rewrite = async (spec) => {
        if (held === undefined)
            return;
        held = await write('replace', { ...held, spec });
    };
    const timer = setInterval(() => {
        renewing = renewing.then(() => (held?.spec ? rewrite({ ...held.spec, renewTime: microTime(Date.now()) }) : undefined)).catch(() => undefined);
    }, Math.max(100, Math.floor(options.leaseMs / 3)));
    timer.unref();
    return {
        async release() {
            clearInterval(timer);
            await renewing;
            if (held?.spec === undefined)
                return;
            const spec = { ...held.spec };
            delete spec.holderIdentity;
            // A release that fails leaves a Lease that runs out by itself after leaseDurationSeconds.
            await rewrite(spec).catch(() => undefined);
            held = undefined;
        },
    };
}

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/kubernetes.ts
// The `kubernetes` adapter, through kubectl with argument arrays.
//
// - direct (no k8s-service): the Deployment's own rolling update (`kubectl set image`, then
//   `kubectl rollout status`), with the version recorded in an annotation; a restore sets the
//   recorded image of the target version back and waits for the rollout.
// - blue-green (k8s-service set): two Deployments, `<k8s-deployment>-blue` and `-green`; the
//   Service's selector label (k8s-slot-label: blue|green) picks the live one. The candidate rolls
//   out in the idle slot, is checked through the preview Service, then one selector patch moves
//   all traffic; a rollback patches the selector back.
//
// Both keep a coordination.k8s.io Lease as the target lock (k8s-lease), seen by every runner.





const VERSION_ANNOTATION = 'devops-actions.dev/version';
const DEFAULT_SLOT_LABEL = 'devops-actions.dev/slot';
const SLOTS = ['blue', 'green'];
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** DNS-1123 label: Namespaces, containers. */
function isLabel(text) {
    return text.length <= 63 && DNS_LABEL.test(text);
}
/** DNS-1123 subdomain: Deployments, Leases. */
function isSubdomain(text, maxLength = 253) {
    return text.length <= maxLength && text.split('.').every(isLabel);
}
/** DNS-1035 label: Services. */
function isServiceName(text) {
    return text.length <= 63 && /^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(text);
}
/** A label key: an optional DNS subdomain prefix and `/`, then a name of letters, digits, `-_.`. */
function isLabelKey(text) {
    const slash = text.lastIndexOf('/');
    const name = text.slice(slash + 1);
    if (slash >= 0 && !isSubdomain(text.slice(0, slash)))
        return false;
    return name.length <= 63 && /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(name);
}
function isSlot(value) {
    return SLOTS.includes(value);
}
function otherSlot(slot) {
    return slot === 'blue' ? 'green' : 'blue';
}
function validate(options) {
    const rule = 'lower-case letters, digits and -';
    if (options.deployment === '')
        throw new src/* ConfigurationError */.j1('k8s-deployment', 'is required with adapter: kubernetes', 'web');
    if (!isSubdomain(options.deployment))
        throw new src/* ConfigurationError */.j1('k8s-deployment', `"${options.deployment}" is not a Deployment name (DNS-1123: ${rule}, dots between parts)`, 'web');
    if (!isLabel(options.container))
        throw new src/* ConfigurationError */.j1('k8s-container', `"${options.container}" is not a container name (DNS-1123: ${rule})`, 'web');
    if (!options.image.includes('{version}'))
        throw new src/* ConfigurationError */.j1('k8s-image', 'must contain {version} where the version goes', 'ghcr.io/acme/web:{version}');
    if (options.namespace !== undefined && !isLabel(options.namespace))
        throw new src/* ConfigurationError */.j1('k8s-namespace', `"${options.namespace}" is not a namespace (DNS-1123: ${rule})`, 'production');
    if (options.lease !== undefined && !isSubdomain(options.lease))
        throw new src/* ConfigurationError */.j1('k8s-lease', `"${options.lease}" is not a Lease name (DNS-1123: ${rule}), nor off`, `${options.deployment}-deploy`);
}
/** kubectl with the configured context and namespace, argument arrays only. */
class Kubectl {
    base;
    options;
    constructor(options) {
        this.options = options;
        this.base = [
            ...splitCommand('kubectl-command', options.kubectl),
            ...(options.context ? ['--context', options.context] : []),
            ...(options.namespace ? ['--namespace', options.namespace] : []),
        ];
    }
    runOptions(input) {
        return { cwd: this.options.cwd, env: this.options.env, timeoutMs: this.options.rolloutTimeoutMs + 30_000, input };
    }
    /** Never throws for a non-zero exit: the caller reads kubectl's `Error from server (Reason)`. */
    run(args, input) {
        return runCommand([...this.base, ...args], this.runOptions(input));
    }
    async checked(args) {
        return (await runChecked('kubectl', [...this.base, ...args], this.runOptions())).stdout;
    }
    /** The object as JSON, or undefined when it does not exist. */
    async get(kind, name) {
        const result = await this.run(['get', kind, name, '-o', 'json']);
        if (result.code === 0)
            return JSON.parse(result.stdout);
        if (serverReason(result) === 'NotFound')
            return undefined;
        const output = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).join('\n');
        throw new CommandError(`kubectl get ${kind} ${name} exited with code ${result.code}: ${output}`, result);
    }
    lock(options) {
        const name = this.options.lease;
        // Without a Lease the lock file (and the workflow's concurrency group) is the only lock.
        if (name === undefined)
            return Promise.resolve({ release: () => Promise.resolve() });
        return takeLease({ name, namespace: this.options.namespace, kubectl: (args, input) => this.run(args, input) }, options);
    }
}
class KubernetesAdapter extends RollingUpdateAdapter {
    name = 'kubernetes';
    options;
    kubectl;
    constructor(options) {
        super();
        validate(options);
        this.options = options;
        this.kubectl = new Kubectl(options);
    }
    target() {
        return `deployment/${this.options.deployment}`;
    }
    lockTarget(options) {
        return this.kubectl.lock(options);
    }
    async current() {
        const out = await this.kubectl.checked(['get', this.target(), '-o', `jsonpath={.metadata.annotations.${VERSION_ANNOTATION.replace(/\./g, '\\.')}}`]);
        return out.trim() ? { version: out.trim() } : undefined;
    }
    async rollTo(version) {
        await this.kubectl.checked(['set', 'image', this.target(), `${this.options.container}=${this.options.image.replaceAll('{version}', version)}`]);
        await this.kubectl.checked(['annotate', '--overwrite', this.target(), `${VERSION_ANNOTATION}=${version}`]);
        await this.kubectl.checked(['rollout', 'status', this.target(), `--timeout=${Math.ceil(this.options.rolloutTimeoutMs / 1000)}s`]);
    }
}
class KubernetesBlueGreenAdapter {
    name = 'kubernetes';
    capabilities = { weights: false, preview: true, keepPrevious: true, strategies: ['direct', 'blue-green'] };
    options;
    kubectl;
    constructor(options) {
        validate(options);
        // The slot Deployments are `<k8s-deployment>-green` at most.
        if (!isSubdomain(options.deployment, 253 - '-green'.length))
            throw new src/* ConfigurationError */.j1('k8s-deployment', `"${options.deployment}" is too long to add -blue and -green to it`, 'web');
        if (!isServiceName(options.service))
            throw new src/* ConfigurationError */.j1('k8s-service', `"${options.service}" is not a Service name (DNS-1035: a lower-case letter, then letters, digits and -)`, 'web');
        if (!isLabelKey(options.slotLabel))
            throw new src/* ConfigurationError */.j1('k8s-slot-label', `"${options.slotLabel}" is not a label key`, DEFAULT_SLOT_LABEL);
        if (options.previewService !== undefined) {
            if (!isServiceName(options.previewService))
                throw new src/* ConfigurationError */.j1('k8s-preview-service', `"${options.previewService}" is not a Service name (DNS-1035)`, `${options.service}-preview`);
            if (options.previewService === options.service)
                throw new src/* ConfigurationError */.j1('k8s-preview-service', 'must differ from k8s-service: it shows the candidate before users see it', `${options.service}-preview`);
        }
        if (options.previewUrl !== undefined) {
            if (options.previewService === undefined)
                throw new src/* ConfigurationError */.j1('k8s-preview-url', 'needs k8s-preview-service: the URL reaches the candidate through that Service', `${options.service}-preview`);
            let url;
            try {
                url = new URL(options.previewUrl);
            }
            catch {
                url = undefined;
            }
            if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
                throw new src/* ConfigurationError */.j1('k8s-preview-url', `"${options.previewUrl}" is not an http(s) URL`, 'https://preview.app.example.com');
        }
        this.options = options;
        this.kubectl = new Kubectl(options);
    }
    lockTarget(options) {
        return this.kubectl.lock(options);
    }
    deploymentName(slot) {
        return `${this.options.deployment}-${slot}`;
    }
    release(slot, version, preview) {
        const endpoint = preview && this.options.previewUrl !== undefined ? { url: this.options.previewUrl } : undefined;
        return endpoint ? { version, slot, endpoint } : { version, slot };
    }
    where() {
        return this.options.namespace ? ` in namespace ${this.options.namespace}` : '';
    }
    async deployment(slot) {
        const name = this.deploymentName(slot);
        const found = await this.kubectl.get('deployment', name);
        if (found === undefined)
            throw new Error(`the Deployment ${name} does not exist${this.where()}: blue-green needs two Deployments, ${this.deploymentName('blue')} and ${this.deploymentName('green')}, whose pods carry the label ${this.options.slotLabel}: blue or green`);
        // Without the label on its pods the Service would select nothing once it names this slot.
        if (found.spec.template.metadata?.labels?.[this.options.slotLabel] !== slot)
            throw new Error(`the pods of the Deployment ${name} do not carry the label ${this.options.slotLabel}: ${slot}, so the Service could not select them`);
        return found;
    }
    /** The slot the Service sends traffic to, or undefined before the first deploy. */
    async liveSlot() {
        const service = await this.kubectl.get('service', this.options.service);
        if (service === undefined)
            throw new Error(`the Service ${this.options.service} does not exist${this.where()} (k8s-service)`);
        const slot = service.spec.selector?.[this.options.slotLabel];
        return isSlot(slot) ? slot : undefined;
    }
    imageOf(deployment) {
        const container = deployment.spec.template.spec.containers.find((c) => c.name === this.options.container);
        if (container === undefined)
            throw new Error(`the Deployment ${deployment.metadata.name} has no container "${this.options.container}" (k8s-container)`);
        return container.image;
    }
    /** The version annotation, else the version read back out of the image by the k8s-image pattern. */
    versionOf(deployment) {
        const annotated = deployment.metadata.annotations?.[VERSION_ANNOTATION];
        if (annotated)
            return annotated;
        const [before = '', after = ''] = this.options.image.split('{version}');
        const image = this.imageOf(deployment) ?? '';
        if (image.length > before.length + after.length && image.startsWith(before) && image.endsWith(after))
            return image.slice(before.length, image.length - after.length);
        return undefined;
    }
    async slotRunning(version) {
        for (const slot of SLOTS)
            if (this.versionOf(await this.deployment(slot)) === version)
                return slot;
        return undefined;
    }
    async current() {
        const live = await this.liveSlot();
        if (live === undefined)
            return undefined;
        const version = this.versionOf(await this.deployment(live));
        return version === undefined ? undefined : this.release(live, version, false);
    }
    /** Runs `version` in `slot` with `replicas` pods and waits for the rollout; each step is skipped when already done. */
    async rollSlot(slot, version, replicas) {
        const name = this.deploymentName(slot);
        const deployment = await this.deployment(slot);
        const image = this.options.image.replaceAll('{version}', version);
        if (this.imageOf(deployment) !== image)
            await this.kubectl.checked(['set', 'image', `deployment/${name}`, `${this.options.container}=${image}`]);
        if (deployment.metadata.annotations?.[VERSION_ANNOTATION] !== version)
            await this.kubectl.checked(['annotate', '--overwrite', `deployment/${name}`, `${VERSION_ANNOTATION}=${version}`]);
        if ((deployment.spec.replicas ?? 1) !== replicas)
            await this.kubectl.checked(['scale', `deployment/${name}`, `--replicas=${replicas}`]);
        await this.kubectl.checked(['rollout', 'status', `deployment/${name}`, `--timeout=${Math.ceil(this.options.rolloutTimeoutMs / 1000)}s`]);
    }
    async select(service, slot) {
        await this.kubectl.checked(['patch', 'service', service, '--type=merge', '-p', JSON.stringify({ spec: { selector: { [this.options.slotLabel]: slot } } })]);
    }
    async prepare(candidate) {
        const live = await this.liveSlot();
        const idle = live === undefined ? 'blue' : otherSlot(live);
        // As many pods as the live slot has, so the switch does not shrink capacity.
        const liveReplicas = live === undefined ? 0 : ((await this.deployment(live)).spec.replicas ?? 1);
        const ownReplicas = (await this.deployment(idle)).spec.replicas ?? 1;
        await this.rollSlot(idle, candidate.version, liveReplicas || ownReplicas || 1);
        if (this.options.previewService !== undefined)
            await this.select(this.options.previewService, idle);
        return this.release(idle, candidate.version, true);
    }
    async shift(weight, plan) {
        if (weight === 0)
            return;
        if (weight !== 100)
            throw new src/* ConfigurationError */.j1('steps', `the kubernetes adapter moves traffic by Service selector and cannot send ${weight} %`, '100');
        const slot = plan.candidate.slot;
        if (!isSlot(slot))
            throw new Error(`the candidate ${plan.candidate.version} has no slot; prepare it first`);
        await this.select(this.options.service, slot);
    }
    async restore(target) {
        const slot = isSlot(target.slot) ? target.slot : await this.slotRunning(target.version);
        if (slot === undefined)
            throw new Error(`neither ${this.deploymentName('blue')} nor ${this.deploymentName('green')} runs ${target.version}`);
        await this.select(this.options.service, slot);
    }
    async ensureReady(release) {
        let slot = isSlot(release.slot) ? release.slot : await this.slotRunning(release.version);
        if (slot === undefined) {
            const live = await this.liveSlot();
            slot = live === undefined ? 'blue' : otherSlot(live);
        }
        // A slot scaled to 0 after an earlier switch comes back with as many pods as the other one.
        const own = (await this.deployment(slot)).spec.replicas ?? 1;
        const other = (await this.deployment(otherSlot(slot))).spec.replicas ?? 1;
        await this.rollSlot(slot, release.version, own || other || 1);
        return this.release(slot, release.version, false);
    }
    async cleanup(release) {
        const slot = release.slot;
        if (!isSlot(slot) || (await this.liveSlot()) === slot)
            return; // never scale down the slot that serves traffic
        const deployment = await this.deployment(slot);
        if ((deployment.spec.replicas ?? 1) !== 0)
            await this.kubectl.checked(['scale', `deployment/${this.deploymentName(slot)}`, '--replicas=0']);
    }
}
const kubernetesAdapter = defineAdapter('kubernetes', {
    'kubectl-command': define_option.text('kubectl'),
    'k8s-deployment': define_option.text(),
    'k8s-container': define_option.optional(),
    'k8s-image': define_option.text(),
    'k8s-namespace': define_option.optional(),
    'k8s-context': define_option.optional(),
    'k8s-lease': define_option.optional(),
    'k8s-service': define_option.optional(),
    'k8s-slot-label': define_option.text(DEFAULT_SLOT_LABEL),
    'k8s-preview-service': define_option.optional(),
    'k8s-preview-url': define_option.optional(),
}, (o, { config, env }) => {
    const deployment = o['k8s-deployment'];
    const lease = o['k8s-lease'] ?? `${deployment}-deploy`;
    const options = {
        kubectl: o['kubectl-command'],
        deployment,
        container: o['k8s-container'] ?? deployment,
        image: o['k8s-image'],
        namespace: o['k8s-namespace'],
        context: o['k8s-context'],
        lease: lease === 'off' ? undefined : lease,
        rolloutTimeoutMs: config.stepTimeoutMs,
        cwd: config.cwd,
        env,
    };
    const service = o['k8s-service'];
    if (service === undefined) {
        if (config.strategy === 'blue-green')
            throw new src/* ConfigurationError */.j1('k8s-service', 'is required for strategy: blue-green (the Service whose selector picks the blue or green Deployment)', 'web');
        for (const key of ['k8s-preview-service', 'k8s-preview-url'])
            if (o[key] !== undefined)
                throw new src/* ConfigurationError */.j1(key, 'needs k8s-service: blue-green switches that Service between two Deployments', 'web');
        return new KubernetesAdapter(options);
    }
    return new KubernetesBlueGreenAdapter({
        ...options,
        service,
        slotLabel: o['k8s-slot-label'],
        previewService: o['k8s-preview-service'],
        previewUrl: o['k8s-preview-url'],
    });
});

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/netlify.ts
// The `netlify` adapter, through Netlify's REST API: the candidate is a deploy built beforehand
// (`netlify deploy --json` without --prod, or a git deploy preview), checked on its own URL; the
// switch publishes it (POST /sites/:site/deploys/:deploy/restore), and a rollback publishes the
// previous one again.



const FAILED = new Set(['error', 'rejected', 'deleted']);
/** Deploy states on the way to `ready` (Netlify's deploy lifecycle). */
const BUILDING = new Set(['new', 'enqueued', 'building', 'uploading', 'uploaded', 'preparing', 'prepared', 'processing', 'processed', 'retrying']);
class NetlifyAdapter extends PromotionAdapter {
    name = 'netlify';
    platform = 'Netlify';
    options;
    api;
    constructor(options) {
        super({ candidateInput: 'netlify-deploy', candidate: options.deploy, readyTimeoutMs: options.readyTimeoutMs });
        if (!options.site)
            throw new src/* ConfigurationError */.j1('netlify-site', 'is required with adapter: netlify', 'the site id, or my-site.netlify.app');
        this.options = options;
        this.api = platformApi({ platform: 'Netlify', apiUrl: options.apiUrl, tokenVariable: 'NETLIFY_AUTH_TOKEN', env: options.env });
    }
    toPlatform(d) {
        return {
            id: d.id,
            ...(d.deploy_ssl_url ? { url: d.deploy_ssl_url } : {}),
            state: d.state === 'ready' ? 'ready' : FAILED.has(d.state) ? 'failed' : 'building',
            rawState: d.state,
            recordedVersion: d[this.options.versionFrom] || undefined,
        };
    }
    site() {
        return encodeURIComponent(this.options.site);
    }
    async published() {
        const site = await this.api('GET', `/sites/${this.site()}`);
        return site.published_deploy ? this.toPlatform(site.published_deploy) : undefined;
    }
    async deployment(id) {
        return this.toPlatform(await this.api('GET', `/sites/${this.site()}/deploys/${encodeURIComponent(id)}`));
    }
    async publish(id) {
        await this.api('POST', `/sites/${this.site()}/deploys/${encodeURIComponent(id)}/restore`);
    }
    async publishedHistory() {
        const list = await this.api('GET', `/sites/${this.site()}/deploys?production=true&state=ready&per_page=10`);
        return list.map((d) => this.toPlatform(d));
    }
    async productionBuilds() {
        const list = await this.api('GET', `/sites/${this.site()}/deploys?production=true&per_page=20`);
        return list.filter((d) => BUILDING.has(d.state)).map((d) => this.toPlatform(d));
    }
}
const netlifyAdapter = defineAdapter('netlify', {
    'netlify-site': define_option.text(),
    'netlify-deploy': define_option.text(),
    'netlify-api-url': define_option.text('https://api.netlify.com/api/v1'),
    'netlify-version-from': define_option.oneOf(['commit_ref', 'title'], 'commit_ref'),
}, (o, { config, env }) => new NetlifyAdapter({
    site: o['netlify-site'],
    deploy: o['netlify-deploy'],
    apiUrl: o['netlify-api-url'],
    versionFrom: o['netlify-version-from'],
    readyTimeoutMs: config.readyTimeoutMs,
    env,
}));

;// CONCATENATED MODULE: ./packages/deploy/src/state.ts
// The write-ahead state file. Every change to the target is recorded here BEFORE it is made,
// so a re-run, the post step after a cancellation, or a timeout knows what may be half-done
// and can finish or undo it. Writes are atomic (temp file + rename).


class StateStore {
    path;
    onSave;
    constructor(path, onSave) {
        this.path = path;
        this.onSave = onSave;
    }
    load() {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(this.path, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
        try {
            const state = JSON.parse(text);
            if (state.schema !== 1)
                throw new Error(`unknown schema ${String(state.schema)}`);
            return state;
        }
        catch (error) {
            throw new Error(`the deploy state file ${this.path} is not readable (${error.message}); move it away to start afresh`, { cause: error });
        }
    }
    save(state) {
        state.updatedAt = new Date().toISOString();
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.path), { recursive: true });
        const temp = `${this.path}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(temp, JSON.stringify(state, null, 2) + '\n');
        (0,external_node_fs_.renameSync)(temp, this.path);
        this.onSave?.(state);
    }
    /** Records an intent, then runs the change, then clears the intent: the write-ahead pattern. */
    async record(state, intent, change) {
        state.intent = { ...intent, at: new Date().toISOString() };
        this.save(state);
        let result;
        try {
            result = await change();
        }
        catch (error) {
            // A change the adapter refused and undid (nginx -t failed) leaves nothing half-done.
            if (error.unchanged === true) {
                state.intent = undefined;
                this.save(state);
            }
            throw error;
        }
        state.intent = undefined;
        if (intent.action === 'shift' && intent.weight !== undefined)
            state.weight = intent.weight;
        this.save(state);
        return result;
    }
}
/** The files of one environment's target in the state dir: the state file, the lock file, and the nginx adapter's slot record. */
function stateFiles(config) {
    return {
        state: (0,external_node_path_.join)(config.stateDir, `${config.environment}.deploy-state.json`),
        lock: (0,external_node_path_.join)(config.stateDir, `${config.environment}.deploy.lock`),
        slots: (0,external_node_path_.join)(config.stateDir, `${config.environment}.slots.json`),
    };
}

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/nginx.ts
// The `nginx` adapter: two slots (blue and green) on your own server, started and stopped by
// your commands, with traffic moved by nginx.
//
// - reload mode: the adapter owns one upstream file (an `upstream NAME { server ... weight=N; }`
//   block that nginx.conf includes). It rewrites it, runs `nginx -t`, and reloads; if `nginx -t`
//   fails the file is restored byte for byte and nothing is reloaded. Weights make canaries.
// - socket mode: nginx proxies to one unix socket path that is a symlink to the live slot's
//   socket; a switch is an atomic rename of a new symlink over it. No reload, no dropped request;
//   no weights (blue-green only).






/** A change that was refused and undone: the target is exactly as it was before the call. */
class UnchangedError extends Error {
    name = 'UnchangedError';
    unchanged = true;
}
function parseSlots(subject, text, mode, cwd) {
    const example = mode === 'socket' ? 'blue=/run/app/blue.sock,green=/run/app/green.sock' : 'blue=127.0.0.1:8081,green=127.0.0.1:8082';
    const slots = (0,src/* parseList */.E1)(text).map((item) => {
        const match = /^([a-z][\w-]*)=(.+)$/i.exec(item);
        if (!match?.[1] || !match[2])
            throw new src/* ConfigurationError */.j1(subject, `"${item}" is not name=address`, example);
        const address = match[2].trim();
        const socket = address.startsWith('/') || address.startsWith('./') || address.startsWith('unix:');
        if (mode === 'socket' && !socket)
            throw new src/* ConfigurationError */.j1(subject, `socket mode needs unix socket paths, not "${address}"`, example);
        if (!socket && !/^[\w.-]+:\d{1,5}$|^\[[0-9a-f:]+\]:\d{1,5}$/i.test(address))
            throw new src/* ConfigurationError */.j1(subject, `"${address}" is not host:port`, example);
        return { name: match[1], address: socket ? (0,external_node_path_.resolve)(cwd, address.replace(/^unix:/, '')) : address };
    });
    if (slots.length !== 2)
        throw new src/* ConfigurationError */.j1(subject, `needs exactly two slots, got ${slots.length}`, example);
    if (slots[0]?.name === slots[1]?.name || slots[0]?.address === slots[1]?.address)
        throw new src/* ConfigurationError */.j1(subject, 'the two slots must differ in name and address', example);
    return slots;
}
function isSocket(address) {
    return address.startsWith('/');
}
class NginxAdapter {
    name = 'nginx';
    capabilities;
    options;
    nginx;
    constructor(options) {
        this.options = options;
        if (options.startCommand === '')
            throw new src/* ConfigurationError */.j1('start-command', 'is required with adapter: nginx (it starts a version in a slot)', './scripts/start.sh');
        splitCommand('start-command', options.startCommand);
        if (options.stopCommand)
            splitCommand('stop-command', options.stopCommand);
        this.nginx = splitCommand('nginx-command', options.nginxCommand);
        if (options.mode === 'reload' && !options.upstreamFile)
            throw new src/* ConfigurationError */.j1('nginx-upstream-file', 'is required in reload mode: the file nginx includes with the upstream block', '/etc/nginx/conf.d/app-upstream.conf');
        if (options.mode === 'socket' && !options.liveSocket)
            throw new src/* ConfigurationError */.j1('nginx-live-socket', 'is required in socket mode: the socket path nginx proxies to', '/run/app/live.sock');
        if (!/^[\w-]+$/.test(options.upstreamName))
            throw new src/* ConfigurationError */.j1('nginx-upstream-name', `"${options.upstreamName}" is not an nginx upstream name`, 'app');
        this.capabilities =
            options.mode === 'reload'
                ? { weights: true, preview: true, keepPrevious: true, strategies: ['direct', 'blue-green', 'canary'] }
                : { weights: false, preview: true, keepPrevious: true, strategies: ['direct', 'blue-green'] };
    }
    slot(name) {
        return this.options.slots.find((s) => s.name === name);
    }
    endpoint(slot) {
        return isSocket(slot.address) ? { url: 'http://localhost', socketPath: slot.address } : { url: `http://${slot.address}` };
    }
    release(slot, version) {
        return { version, slot: slot.name, endpoint: this.endpoint(slot), address: isSocket(slot.address) ? `unix:${slot.address}` : slot.address };
    }
    readSlots() {
        try {
            return JSON.parse((0,external_node_fs_.readFileSync)(this.options.slotsFile, 'utf8'));
        }
        catch {
            return {};
        }
    }
    writeSlots(update) {
        const record = this.readSlots();
        update(record);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.options.slotsFile), { recursive: true });
        const temp = `${this.options.slotsFile}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(temp, JSON.stringify(record, null, 2) + '\n');
        (0,external_node_fs_.renameSync)(temp, this.options.slotsFile);
    }
    /** The live slot and the weights as last written. */
    live() {
        if (this.options.mode === 'socket') {
            let target;
            try {
                target = (0,external_node_fs_.readlinkSync)(this.options.liveSocket);
            }
            catch {
                return undefined;
            }
            const slot = this.options.slots.find((s) => s.address === (0,external_node_path_.resolve)((0,external_node_path_.dirname)(this.options.liveSocket), target));
            return slot ? { slot, weights: { [slot.name]: 100 } } : undefined;
        }
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(this.options.upstreamFile, 'utf8');
        }
        catch {
            return undefined;
        }
        const line = /^# weights: (.*)$/m.exec(text)?.[1];
        if (!line)
            return undefined;
        const weights = {};
        for (const pair of line.trim().split(/\s+/)) {
            const [name, weight] = pair.split('=');
            if (name && weight)
                weights[name] = Number(weight);
        }
        const best = Object.entries(weights).sort((a, b) => b[1] - a[1])[0];
        const slot = this.slot(best?.[0]);
        return slot ? { slot, weights } : undefined;
    }
    async current() {
        const live = this.live();
        if (!live)
            return undefined;
        const recorded = this.readSlots()[live.slot.name]?.version;
        if (recorded)
            return this.release(live.slot, recorded);
        const check = await this.options.verifier.check(this.endpoint(live.slot), undefined);
        return check.version ? this.release(live.slot, check.version) : undefined;
    }
    vars(slot, version) {
        const socket = isSocket(slot.address);
        return {
            DEPLOY_VERSION: version,
            DEPLOY_SLOT: slot.name,
            DEPLOY_ADDRESS: slot.address,
            DEPLOY_PORT: socket ? '' : (slot.address.split(':').at(-1) ?? ''),
            DEPLOY_SOCKET: socket ? slot.address : '',
            DEPLOY_ENVIRONMENT: this.options.environment,
        };
    }
    async stop(slot, version) {
        if (!this.options.stopCommand)
            return;
        const vars = this.vars(slot, version);
        await runChecked('stop-command', splitCommand('stop-command', this.options.stopCommand, vars), {
            cwd: this.options.cwd,
            env: { ...this.options.env, ...vars },
            timeoutMs: 120_000,
        });
    }
    async start(slot, version) {
        const vars = this.vars(slot, version);
        // Recorded before the start, so an interrupted start is known.
        this.writeSlots((r) => (r[slot.name] = { version, at: new Date().toISOString() }));
        await runChecked('start-command', splitCommand('start-command', this.options.startCommand, vars), {
            cwd: this.options.cwd,
            env: { ...this.options.env, ...vars },
            timeoutMs: this.options.readyTimeoutMs + 60_000,
        });
        const release = this.release(slot, version);
        const ready = await this.options.verifier.settle(release.endpoint, version, {
            mode: 'consecutive',
            times: 1,
            timeoutMs: this.options.readyTimeoutMs,
            intervalMs: 100,
        });
        if (!ready.ok)
            throw new Error(`${version} did not become ready in slot ${slot.name}: ${ready.reason}`);
        return release;
    }
    async prepare(candidate, previous) {
        const liveName = previous?.slot ?? this.live()?.slot.name;
        const idle = this.options.slots.find((s) => s.name !== liveName);
        if (this.readSlots()[idle.name]?.version === candidate.version) {
            const check = await this.options.verifier.check(this.endpoint(idle), candidate.version);
            if (check.ok)
                return this.release(idle, candidate.version);
        }
        const old = this.readSlots()[idle.name]?.version;
        await this.stop(idle, old ?? '').catch(() => undefined);
        return this.start(idle, candidate.version);
    }
    async ensureReady(release) {
        const slot = this.slot(release.slot) ?? this.options.slots.find((s) => this.readSlots()[s.name]?.version === release.version);
        if (!slot)
            throw new Error(`no slot is known for ${release.version}`);
        const check = await this.options.verifier.check(this.endpoint(slot), release.version);
        if (check.ok)
            return this.release(slot, release.version);
        await this.stop(slot, release.version).catch(() => undefined);
        return this.start(slot, release.version);
    }
    async shift(weight, plan) {
        const candidate = this.slot(plan.candidate.slot);
        if (!candidate)
            throw new Error(`the candidate ${plan.candidate.version} has no slot; prepare it first`);
        const previous = this.slot(plan.previous?.slot);
        const weights = {};
        if (previous && previous.name !== candidate.name && weight < 100)
            weights[previous.name] = 100 - weight;
        if (weight > 0 || !previous)
            weights[candidate.name] = weight > 0 ? weight : 100;
        await this.route(weights);
    }
    async restore(target, _from) {
        const slot = this.slot(target.slot) ?? this.options.slots.find((s) => this.readSlots()[s.name]?.version === target.version);
        if (!slot)
            throw new Error(`no slot is known for ${target.version}`);
        await this.route({ [slot.name]: 100 });
    }
    async cleanup(release) {
        const slot = this.slot(release.slot);
        if (!slot)
            return;
        const live = this.live();
        if (live && (live.weights[slot.name] ?? 0) > 0)
            return; // never stop a slot that serves traffic
        await this.stop(slot, release.version);
        this.writeSlots((r) => delete r[slot.name]);
    }
    async route(weights) {
        if (this.options.mode === 'socket')
            return this.swap(weights);
        const file = this.options.upstreamFile;
        const entries = this.options.slots.filter((s) => (weights[s.name] ?? 0) > 0);
        const divisor = entries.reduce((g, s) => gcd(g, weights[s.name] ?? 0), 0) || 1;
        const lines = entries.map((s) => `    server ${isSocket(s.address) ? `unix:${s.address}` : s.address}${entries.length > 1 ? ` weight=${(weights[s.name] ?? 0) / divisor}` : ''};`);
        const content = [
            `# Managed by devops-actions deploy (environment ${this.options.environment}); edits here are overwritten.`,
            `# weights: ${this.options.slots.map((s) => `${s.name}=${weights[s.name] ?? 0}`).join(' ')}`,
            `upstream ${this.options.upstreamName} {`,
            ...lines,
            '}',
            '',
        ].join('\n');
        let original;
        try {
            original = (0,external_node_fs_.readFileSync)(file);
        }
        catch {
            original = undefined;
        }
        if (original?.equals(Buffer.from(content)))
            return;
        const put = (bytes) => {
            const temp = `${file}.${process.pid}.tmp`;
            (0,external_node_fs_.writeFileSync)(temp, bytes);
            (0,external_node_fs_.renameSync)(temp, file);
        };
        const undo = () => (original === undefined ? (0,external_node_fs_.rmSync)(file, { force: true }) : put(original));
        put(content);
        const test = await runCommand([...this.nginx, '-t'], { cwd: this.options.cwd, env: this.options.env, timeoutMs: 60_000 }).catch((error) => {
            undo();
            throw error;
        });
        if (test.code !== 0) {
            undo();
            const output = test.stderr.trim().split('\n').slice(-3).join(' / ');
            throw new UnchangedError(`nginx -t rejected the configuration, so ${file} was restored byte for byte and nothing was reloaded: ${output}`);
        }
        const reload = await runCommand([...this.nginx, '-s', 'reload'], { cwd: this.options.cwd, env: this.options.env, timeoutMs: 60_000 });
        if (reload.code !== 0) {
            undo();
            throw new UnchangedError(`nginx -s reload failed, so ${file} was restored: ${reload.stderr.trim().split('\n').slice(-3).join(' / ')}`);
        }
    }
    swap(weights) {
        const live = this.options.liveSocket;
        const partial = Object.values(weights).filter((w) => w > 0 && w < 100);
        if (partial.length > 0)
            throw new src/* ConfigurationError */.j1('nginx-mode', 'socket mode cannot split traffic; use nginx-mode: reload for canary steps below 100', 'reload');
        const slot = this.options.slots.find((s) => (weights[s.name] ?? 0) === 100);
        if (!slot)
            throw new CommandError('socket mode needs one slot with all traffic');
        try {
            if ((0,external_node_path_.resolve)((0,external_node_path_.dirname)(live), (0,external_node_fs_.readlinkSync)(live)) === slot.address)
                return Promise.resolve();
        }
        catch {
            // no link yet
        }
        const temp = `${live}.${process.pid}.tmp`;
        (0,external_node_fs_.rmSync)(temp, { force: true });
        (0,external_node_fs_.symlinkSync)(slot.address, temp);
        (0,external_node_fs_.renameSync)(temp, live);
        return Promise.resolve();
    }
}
function gcd(a, b) {
    return b === 0 ? a : gcd(b, a % b);
}
const nginxAdapter = defineAdapter('nginx', {
    'nginx-mode': define_option.oneOf(['reload', 'socket'], 'reload'),
    'nginx-slots': define_option.text(),
    'nginx-upstream-file': define_option.optional(),
    'nginx-upstream-name': define_option.text('app'),
    'nginx-live-socket': define_option.optional(),
    'nginx-command': define_option.text('nginx'),
    'start-command': define_option.text(),
    'stop-command': define_option.optional(),
}, (o, { config, verifier, env }) => {
    const mode = o['nginx-mode'];
    if (o['nginx-slots'] === '')
        throw new src/* ConfigurationError */.j1('nginx-slots', 'is required with adapter: nginx', mode === 'socket' ? 'blue=/run/app/blue.sock,green=/run/app/green.sock' : 'blue=127.0.0.1:8081,green=127.0.0.1:8082');
    return new NginxAdapter({
        mode,
        upstreamFile: o['nginx-upstream-file'],
        upstreamName: o['nginx-upstream-name'],
        liveSocket: o['nginx-live-socket'],
        slots: parseSlots('nginx-slots', o['nginx-slots'], mode, config.cwd),
        nginxCommand: o['nginx-command'],
        startCommand: o['start-command'],
        stopCommand: o['stop-command'],
        slotsFile: stateFiles(config).slots,
        environment: config.environment,
        verifier,
        readyTimeoutMs: config.readyTimeoutMs,
        cwd: config.cwd,
        env,
    });
});

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/vercel.ts
// The `vercel` adapter, through Vercel's REST API: the candidate is a deployment built beforehand
// (`vercel deploy --prebuilt --meta version=…`), checked on its own URL; the switch promotes it to
// the project's production domains (POST /v10/projects/:project/promote/:deployment, applied
// asynchronously: the settle on `url` waits for it); a rollback promotes the previous one again.



const READY = new Set(['READY']);
const vercel_FAILED = new Set(['ERROR', 'CANCELED', 'DELETED']);
class VercelAdapter extends PromotionAdapter {
    name = 'vercel';
    platform = 'Vercel';
    options;
    api;
    constructor(options) {
        super({ candidateInput: 'vercel-deployment', candidate: options.deployment, readyTimeoutMs: options.readyTimeoutMs });
        if (!options.project)
            throw new src/* ConfigurationError */.j1('vercel-project', 'is required with adapter: vercel', 'my-app or prj_…');
        this.options = options;
        this.api = platformApi({
            platform: 'Vercel',
            apiUrl: options.apiUrl,
            tokenVariable: 'VERCEL_TOKEN',
            env: options.env,
            ...(options.teamId ? { query: { teamId: options.teamId } } : {}),
        });
    }
    toPlatform(d) {
        const raw = d.readyState ?? d.state ?? 'unknown';
        return {
            id: d.id ?? d.uid ?? '',
            url: `https://${d.url}`,
            state: READY.has(raw) ? 'ready' : vercel_FAILED.has(raw) ? 'failed' : 'building',
            rawState: raw,
            recordedVersion: d.meta?.[this.options.versionKey] || undefined,
        };
    }
    project() {
        return encodeURIComponent(this.options.project);
    }
    async published() {
        const project = await this.api('GET', `/v9/projects/${this.project()}`);
        const id = project.targets?.production?.id;
        return id ? this.deployment(id) : undefined;
    }
    async deployment(idOrUrl) {
        const key = idOrUrl.replace(/^https?:\/\//, '').replace(/\/+$/, '');
        return this.toPlatform(await this.api('GET', `/v13/deployments/${encodeURIComponent(key)}`));
    }
    async publish(id) {
        await this.api('POST', `/v10/projects/${this.project()}/promote/${encodeURIComponent(id)}`);
    }
    async productionDeployments(state) {
        const query = new URLSearchParams({ projectId: this.options.project, target: 'production', state, limit: '10' });
        const list = await this.api('GET', `/v6/deployments?${query.toString()}`);
        return (list.deployments ?? []).map((d) => this.toPlatform(d));
    }
    publishedHistory() {
        return this.productionDeployments('READY');
    }
    productionBuilds() {
        return this.productionDeployments('QUEUED,INITIALIZING,BUILDING');
    }
}
const vercelAdapter = defineAdapter('vercel', {
    'vercel-project': define_option.text(),
    'vercel-deployment': define_option.text(),
    'vercel-team-id': define_option.optional(),
    'vercel-api-url': define_option.text('https://api.vercel.com'),
    'vercel-version-key': define_option.text('version'),
}, (o, { config, env }) => new VercelAdapter({
    project: o['vercel-project'],
    deployment: o['vercel-deployment'],
    teamId: o['vercel-team-id'],
    apiUrl: o['vercel-api-url'],
    versionKey: o['vercel-version-key'],
    readyTimeoutMs: config.readyTimeoutMs,
    env,
}));

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/index.ts
// The adapter registry: the one list of adapters. The configuration takes the adapter names and
// option keys from here, and the configured adapter is built from its declared options.








const REGISTRY = [commandAdapter, nginxAdapter, kubernetesAdapter, flyAdapter, herokuAdapter, vercelAdapter, netlifyAdapter];
const DEFINITIONS = REGISTRY;
const ADAPTERS = REGISTRY.map((definition) => definition.name);
/** Every option key of every adapter: the action passes all of its inputs, whichever adapter is chosen. */
const ADAPTER_OPTION_KEYS = [...new Set(DEFINITIONS.flatMap((definition) => Object.keys(definition.options)))];
function definitionOf(name) {
    const definition = DEFINITIONS.find((d) => d.name === name);
    if (definition === undefined)
        throw new src/* ConfigurationError */.j1('adapter', `"${name}" is not one of ${ADAPTERS.join(', ')}`, ADAPTERS[0]);
    return definition;
}
/** Reads the options `adapter` declares from their texts (`''` when not given); `subject` names a key in errors. */
function readAdapterOptions(adapter, text, subject) {
    const readers = definitionOf(adapter).options;
    return Object.fromEntries(Object.entries(readers).map(([key, read]) => [key, read(text(key), subject(key))]));
}
function createAdapter(config, deps) {
    return definitionOf(config.adapter).create(config.options, { config, ...deps });
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./packages/deploy/src/verify.ts
// The checks the engine makes: health, version identity, settle (K times in a row) and a
// request sample. A small HTTP(S) client over node:http and node:https that also speaks to unix
// sockets, so a candidate can be checked on its own socket before it gets any traffic.





function httpGet(endpoint, path, timeoutMs, signal) {
    const base = new URL(endpoint.url);
    const target = new URL(path, base);
    if (path !== '' && !path.startsWith('/'))
        throw new Error(`path must start with /: ${path}`);
    if (path === '')
        target.pathname = base.pathname;
    else
        target.pathname = (base.pathname.replace(/\/$/, '') + path).replace(/\/{2,}/g, '/');
    const tls = target.protocol === 'https:';
    const request = tls ? external_node_https_.request : external_node_http_.request;
    return new Promise((resolve, reject) => {
        const req = request({
            method: 'GET',
            socketPath: endpoint.socketPath,
            host: endpoint.socketPath ? undefined : target.hostname,
            port: endpoint.socketPath ? undefined : target.port || (tls ? 443 : 80),
            path: `${target.pathname}${target.search}`,
            headers: { host: target.host || 'localhost', 'user-agent': 'devops-actions-deploy', connection: 'close' },
            agent: false,
            timeout: timeoutMs,
            signal,
        }, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => {
                if (body.length < 65_536)
                    body += chunk;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end();
    });
}
/** Reads the version a response reports, as the identity says. */
function readIdentity(identity, answer) {
    if (identity.kind === 'header') {
        const value = answer.headers[identity.name.toLowerCase()];
        return Array.isArray(value) ? value[0] : value;
    }
    if (identity.kind === 'body')
        return answer.body.trim() || undefined;
    let document;
    try {
        document = JSON.parse(answer.body);
    }
    catch {
        return undefined;
    }
    const { found, value } = jsonpath_evaluateJsonPath(identity.jsonPath, document);
    return !found || value === undefined || value === null ? undefined : show(value);
}
/** The built-in verifier: GETs the health path and the identity path, over TCP or a unix socket. */
class HttpVerifier {
    options;
    constructor(options) {
        this.options = options;
    }
    async check(endpoint, expectVersion) {
        const { identity, healthPath, timeoutMs } = this.options;
        try {
            const health = await httpGet(endpoint, healthPath, timeoutMs);
            if (health.status >= (this.options.okBelow ?? 400))
                return { ok: false, status: health.status, error: `health check answered ${health.status}` };
            const answer = identity.path === healthPath ? health : await httpGet(endpoint, identity.path, timeoutMs);
            const version = readIdentity(identity, answer);
            if (expectVersion !== undefined && version !== expectVersion) {
                return { ok: false, status: answer.status, version, error: `serves version ${version ?? '(none reported)'}, expected ${expectVersion}` };
            }
            return { ok: true, status: health.status, version };
        }
        catch (error) {
            return { ok: false, error: error.message };
        }
    }
    async settle(endpoint, expectVersion, options) {
        const deadline = Date.now() + options.timeoutMs;
        let streak = 0;
        let attempts = 0;
        let last;
        while (Date.now() <= deadline) {
            options.signal?.throwIfAborted();
            attempts++;
            last = await this.check(endpoint, expectVersion);
            if (last.ok) {
                streak++;
                if (options.mode === 'seen' || streak >= options.times)
                    return { ok: true, attempts, lastVersion: last.version };
            }
            else {
                streak = 0;
            }
            await (0,promises_.setTimeout)(options.intervalMs, undefined, { signal: options.signal });
        }
        return {
            ok: false,
            attempts,
            lastVersion: last?.version,
            reason: `did not serve ${expectVersion} ${options.mode === 'seen' ? 'once' : `${options.times} times in a row`} within ${Math.round(options.timeoutMs / 100) / 10} s (last: ${last?.error ?? 'ok'})`,
        };
    }
    async sample(endpoint, requests, signal) {
        const outcome = { total: 0, errors: 0, statuses: {}, versions: {} };
        for (let i = 0; i < requests; i++) {
            signal?.throwIfAborted();
            outcome.total++;
            try {
                const answer = await httpGet(endpoint, '', this.options.timeoutMs, signal);
                outcome.statuses[answer.status] = (outcome.statuses[answer.status] ?? 0) + 1;
                if (answer.status >= 500)
                    outcome.errors++;
                const version = readIdentity(this.options.identity, answer);
                if (version !== undefined)
                    outcome.versions[version] = (outcome.versions[version] ?? 0) + 1;
            }
            catch {
                outcome.errors++;
                outcome.statuses.error = (outcome.statuses.error ?? 0) + 1;
            }
        }
        return outcome;
    }
}

;// CONCATENATED MODULE: ./packages/deploy/src/analysis.ts
// Analysis after each traffic step: every source gives pass, fail or inconclusive for an
// interval; an interval fails when any source fails and passes when all pass. Too few
// requests is inconclusive, never a pass.







function judgeRate(source, requests, errors, context, what) {
    const rate = requests === 0 ? 0 : errors / requests;
    const shown = `${errors}/${requests} ${what} failed (${(rate * 100).toFixed(1)} %, limit ${(context.maxErrorRate * 100).toFixed(1)} %)`;
    if (requests < context.minRequests)
        return { source, result: 'inconclusive', detail: `${shown}; fewer than min-requests ${context.minRequests}`, requests, errors };
    return { source, result: rate > context.maxErrorRate ? 'fail' : 'pass', detail: shown, requests, errors, value: rate };
}
/** Smoke checks: requests spread over the interval to the candidate's own endpoint (or the public one). */
class SmokeSource {
    name = 'smoke';
    requests;
    target;
    constructor(requests, target) {
        this.requests = requests;
        this.target = target;
    }
    async measure(context) {
        const endpoint = this.target === 'candidate' ? (context.candidate.endpoint ?? context.publicEndpoint) : context.publicEndpoint;
        if (endpoint === undefined)
            return { source: this.name, result: 'inconclusive', detail: 'no endpoint to check' };
        const pause = Math.max(0, Math.floor(context.windowMs / Math.max(1, this.requests)));
        let total = 0;
        let errors = 0;
        for (let i = 0; i < this.requests; i++) {
            const outcome = await context.verifier.sample(endpoint, 1, context.signal);
            total += outcome.total;
            errors += outcome.errors;
            if (pause > 0)
                await (0,promises_.setTimeout)(pause, undefined, { signal: context.signal });
        }
        return judgeRate(this.name, total, errors, context, 'requests');
    }
}
function compare(source, value, limits, what) {
    if (value === undefined || Number.isNaN(value))
        return { source, result: 'inconclusive', detail: `${what}: no data` };
    if (limits.max !== undefined && value > limits.max)
        return { source, result: 'fail', detail: `${what} = ${value}, above ${limits.max}`, value };
    if (limits.min !== undefined && value < limits.min)
        return { source, result: 'fail', detail: `${what} = ${value}, below ${limits.min}`, value };
    return { source, result: 'pass', detail: `${what} = ${value}`, value };
}
/** A number from any HTTP JSON endpoint, read at the end of each interval. */
class HttpJsonSource {
    name = 'http-json';
    url;
    field;
    limits;
    constructor(url, field, limits) {
        this.url = url;
        this.field = field;
        this.limits = limits;
    }
    async measure(context) {
        await (0,promises_.setTimeout)(context.windowMs, undefined, { signal: context.signal });
        try {
            const answer = await httpGet({ url: this.url }, '', 10_000, context.signal);
            if (answer.status >= 400)
                return { source: this.name, result: 'inconclusive', detail: `${this.url} answered ${answer.status}` };
            const { value } = jsonpath_evaluateJsonPath(this.field, JSON.parse(answer.body));
            return compare(this.name, value === undefined || value === null ? undefined : Number(value), this.limits, this.field.text);
        }
        catch (error) {
            return { source: this.name, result: 'inconclusive', detail: `${this.url}: ${error.message}` };
        }
    }
}
/** A Prometheus instant query (GET /api/v1/query), the first sample's value compared to a limit. */
class PrometheusSource {
    name = 'prometheus';
    url;
    query;
    limits;
    constructor(url, query, limits) {
        this.url = url;
        this.query = query;
        this.limits = limits;
    }
    async measure(context) {
        await (0,promises_.setTimeout)(context.windowMs, undefined, { signal: context.signal });
        const query = this.query.replaceAll('{{version}}', context.candidate.version);
        const url = `${this.url.replace(/\/$/, '')}/api/v1/query?query=${encodeURIComponent(query)}`;
        try {
            const answer = await httpGet({ url }, '', 10_000, context.signal);
            const body = JSON.parse(answer.body);
            if (body.status !== 'success')
                return { source: this.name, result: 'inconclusive', detail: `query failed: ${body.error ?? answer.status}` };
            const result = body.data?.result;
            let raw;
            if (body.data?.resultType === 'scalar')
                raw = result[1];
            else if (Array.isArray(result))
                raw = result[0]?.value?.[1];
            return compare(this.name, raw === undefined ? undefined : Number(raw), this.limits, query);
        }
        catch (error) {
            return { source: this.name, result: 'inconclusive', detail: `${this.url}: ${error.message}` };
        }
    }
}
const DEFAULT_LOG_FORMAT = '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent" $upstream_addr';
/** Turns an nginx `log_format` into a line parser that yields the named variables. */
function logFormatParser(format) {
    const names = [];
    let pattern = '^';
    const parts = format.split(/(\$[a-z_][a-z0-9_]*|\$\{[a-z_][a-z0-9_]*\})/i);
    for (const part of parts) {
        if (part === '')
            continue;
        if (part.startsWith('$')) {
            names.push(part.replace(/^\$\{?|\}$/g, ''));
            pattern += '(.*?)';
        }
        else {
            pattern += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }
    }
    const regex = new RegExp(pattern + '$');
    return (line) => {
        const match = regex.exec(line);
        if (!match)
            return undefined;
        return Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? '']));
    };
}
/**
 * The nginx access log, read incrementally from where the last interval stopped. Counts the
 * requests the candidate served (by `$upstream_addr`) and those that failed (status >= 500).
 */
class NginxLogSource {
    name = 'nginx-log';
    file;
    parse;
    hasUpstream;
    format;
    offset = 0;
    partial = '';
    constructor(file, format = DEFAULT_LOG_FORMAT) {
        this.file = file;
        if (!/\$status\b/.test(format))
            throw new src/* ConfigurationError */.j1('analysis[nginx-log].format', 'must contain $status', DEFAULT_LOG_FORMAT);
        this.hasUpstream = /\$upstream_addr\b/.test(format);
        this.format = format;
        this.parse = logFormatParser(format);
    }
    async begin() {
        try {
            this.offset = (await (0,external_node_fs_promises_.stat)(this.file)).size;
        }
        catch {
            this.offset = 0;
        }
        this.partial = '';
    }
    /** Lines written since the last read (a rotated, shorter file is read from its start). */
    async readNew() {
        let handle;
        try {
            handle = await (0,external_node_fs_promises_.open)(this.file, 'r');
        }
        catch {
            return [];
        }
        try {
            const size = (await handle.stat()).size;
            if (size < this.offset)
                this.offset = 0;
            const length = size - this.offset;
            if (length <= 0)
                return [];
            const buffer = Buffer.alloc(length);
            await handle.read(buffer, 0, length, this.offset);
            this.offset = size;
            const text = this.partial + buffer.toString('utf8');
            const lines = text.split('\n');
            this.partial = lines.pop() ?? '';
            return lines.filter((l) => l !== '');
        }
        finally {
            await handle.close();
        }
    }
    async measure(context) {
        await (0,promises_.setTimeout)(context.windowMs, undefined, { signal: context.signal });
        const lines = await this.readNew();
        let requests = 0;
        let errors = 0;
        let unmatched = 0;
        const candidate = context.candidate.address;
        for (const line of lines) {
            const fields = this.parse(line);
            if (!fields) {
                unmatched++;
                continue;
            }
            if (this.hasUpstream && candidate !== undefined && context.weight < 100) {
                const upstreams = (fields.upstream_addr ?? '').split(/,\s*|\s+:\s+/);
                if (upstreams.at(-1)?.trim() !== candidate)
                    continue;
            }
            requests++;
            if (Number(fields.status) >= 500)
                errors++;
        }
        // Lines in another format are a configuration mistake, not a quiet interval: say so.
        if (unmatched > 0 && unmatched === lines.length)
            return {
                source: this.name,
                result: 'inconclusive',
                detail: `none of the ${unmatched} new lines in ${this.file} matches the log format "${this.format}": set format to the log_format of that access_log`,
            };
        const measurement = judgeRate(this.name, requests, errors, context, 'candidate requests');
        if (unmatched > 0)
            measurement.detail += `; ${unmatched} of ${lines.length} lines did not match the log format`;
        return measurement;
    }
}
function rate(subject, value) {
    const text = show(value).trim();
    const match = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(text);
    if (!match)
        throw new src/* ConfigurationError */.j1(subject, `"${text}" is not a rate`, '5% or 0.05');
    const number = Number(match[1]);
    const result = match[2] === '%' ? number / 100 : number;
    if (result > 1)
        throw new src/* ConfigurationError */.j1(subject, `${text} is above 100 %`, '5%');
    return result;
}
function parseRate(subject, value) {
    return rate(subject, value);
}
function limitsOf(entry, at) {
    const limits = {};
    for (const key of ['max', 'min']) {
        if (entry[key] === undefined)
            continue;
        const value = Number(entry[key]);
        if (Number.isNaN(value))
            throw new src/* ConfigurationError */.j1(at(key), `"${show(entry[key])}" is not a number`, '0.05');
        limits[key] = value;
    }
    if (limits.max === undefined && limits.min === undefined)
        throw new src/* ConfigurationError */.j1(at(), 'needs max or min', 'max: 0.05');
    return limits;
}
function analysis_text(entry, key, at, example) {
    const value = entry[key];
    if (typeof value !== 'string' || value.trim() === '')
        throw new src/* ConfigurationError */.j1(at(key), 'is required', example);
    return value.trim();
}
const SOURCE_TYPES = ['smoke', 'http-json', 'prometheus', 'nginx-log'];
/** Builds the analysis sources from their configuration (the `analysis` setting, a YAML list). */
function buildSources(entries, baseDir, locate = config_formatKeyPath) {
    if (entries === undefined || entries === null)
        return [];
    if (!Array.isArray(entries))
        throw new src/* ConfigurationError */.j1(locate(['analysis']), 'must be a list of sources', '- type: smoke');
    return entries.map((raw, i) => {
        const at = (key) => locate(key === undefined ? ['analysis', i] : ['analysis', i, key]);
        if (raw === null || typeof raw !== 'object')
            throw new src/* ConfigurationError */.j1(at(), 'must be a mapping with a type', 'type: smoke');
        const entry = raw;
        switch (entry.type) {
            case 'smoke': {
                const requests = entry.requests === undefined ? 20 : Number(entry.requests);
                if (!Number.isInteger(requests) || requests < 1)
                    throw new src/* ConfigurationError */.j1(at('requests'), 'must be a whole number of at least 1', '20');
                const target = entry.target ?? 'candidate';
                if (target !== 'candidate' && target !== 'public')
                    throw new src/* ConfigurationError */.j1(at('target'), `"${show(target)}" is not candidate or public`, 'candidate');
                return new SmokeSource(requests, target);
            }
            case 'http-json':
                return new HttpJsonSource(analysis_text(entry, 'url', at, 'http://127.0.0.1:9100/metrics.json'), compileJsonPath(analysis_text(entry, 'field', at, 'errors.rate'), { subject: at('field'), example: 'errors.rate' }), limitsOf(entry, at));
            case 'prometheus':
                return new PrometheusSource(analysis_text(entry, 'url', at, 'http://prometheus:9090'), analysis_text(entry, 'query', at, 'sum(rate(http_requests_total{code=~"5.."}[1m]))'), limitsOf(entry, at));
            case 'nginx-log':
                return new NginxLogSource(baseDir(analysis_text(entry, 'file', at, '/var/log/nginx/access.log')), typeof entry.format === 'string' ? entry.format : undefined);
            default:
                throw new src/* ConfigurationError */.j1(at('type'), `"${String(entry.type)}" is not one of ${SOURCE_TYPES.join(', ')}`, 'smoke');
        }
    });
}
/** Runs every source over one interval and combines their results. */
async function runInterval(sources, context) {
    const measurements = await Promise.all(sources.map((source) => source.measure(context)));
    const result = measurements.some((m) => m.result === 'fail')
        ? 'fail'
        : measurements.every((m) => m.result === 'pass')
            ? 'pass'
            : 'inconclusive';
    return { result, measurements };
}

;// CONCATENATED MODULE: ./packages/deploy/src/config.ts
// One configuration for the action and the CLI: the action's inputs (kebab-case names) or the
// same keys in a YAML file. Everything is validated here, before anything changes; errors name
// the key, and for a file `file:line key`.








const ACTIONS = ['deploy', 'rollback', 'promote'];
function str(raw, key, fallback = '') {
    const value = raw[key];
    if (value === undefined || value === null)
        return fallback;
    if (Array.isArray(value))
        return value.map((v) => String(v)).join(',');
    if (typeof value === 'object')
        return JSON.stringify(value);
    const text = show(value).trim();
    return text === '' ? fallback : text;
}
/** Parses and validates canary steps: whole percentages, strictly increasing, ending at 100. */
function parseSteps(subject, text) {
    const items = (0,src/* parseList */.E1)(text.replace(/%/g, ''));
    if (items.length === 0)
        throw new src/* ConfigurationError */.j1(subject, 'needs at least one step', '10,25,50,100');
    const steps = items.map((item) => {
        if (!/^\d+$/.test(item))
            throw new src/* ConfigurationError */.j1(subject, `"${item}" is not a whole percentage`, '10,25,50,100');
        const value = Number(item);
        if (value < 1 || value > 100)
            throw new src/* ConfigurationError */.j1(subject, `${value} is outside 1..100`, '10,25,50,100');
        return value;
    });
    for (let i = 1; i < steps.length; i++) {
        if ((steps[i] ?? 0) <= (steps[i - 1] ?? 0))
            throw new src/* ConfigurationError */.j1(subject, `steps must increase, but ${steps[i]} follows ${steps[i - 1]}`, '10,25,50,100');
    }
    if (steps.at(-1) !== 100)
        throw new src/* ConfigurationError */.j1(subject, `the last step must be 100 (all traffic), not ${steps.at(-1)}`, `${steps.join(',')},100`);
    return steps;
}
/** `header:x-app-version`, `json:version` / `json:$.build.version` (a JSON path) or `body`. */
function parseIdentity(subject, text, path) {
    const example = 'header:x-app-version, json:version or body';
    if (text === '') {
        throw new src/* ConfigurationError */.j1(subject, 'is required: the deploy checks which version answers before and after every traffic change, and refuses to guess (fail closed)', example);
    }
    if (text === 'body')
        return { kind: 'body', path };
    const match = /^(header|json):(.+)$/.exec(text);
    if (!match?.[2])
        throw new src/* ConfigurationError */.j1(subject, `"${text}" is not an identity`, example);
    const name = match[2].trim();
    if (match[1] === 'json')
        return { kind: 'json', jsonPath: compileJsonPath(name, { subject, example: 'json:version or json:$.build.version' }), path };
    if (!/^[A-Za-z0-9-]+$/.test(match[2]))
        throw new src/* ConfigurationError */.j1(subject, `"${match[2]}" is not a header name`, 'header:x-app-version');
    return { kind: 'header', name, path };
}
function path(subject, text, example) {
    if (text === '')
        return text;
    if (!text.startsWith('/'))
        throw new src/* ConfigurationError */.j1(subject, `"${text}" must start with /`, example);
    return text;
}
function url(subject, text) {
    if (text === '')
        return undefined;
    let parsed;
    try {
        parsed = new URL(text);
    }
    catch {
        throw new src/* ConfigurationError */.j1(subject, `"${text}" is not a URL`, 'https://app.example.com');
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new src/* ConfigurationError */.j1(subject, `"${text}" is not http(s)`, 'https://app.example.com');
    return text;
}
/** The `analysis` list: YAML text (an action input) is parsed here; a list from a config file is taken as it is. */
function analysisEntries(value, subject) {
    if (value === undefined || value === null || value === '')
        return { entries: undefined, fromText: false };
    if (typeof value !== 'string')
        return { entries: value, fromText: false };
    return { entries: yaml_parseYamlConfig(value, subject, '- type: smoke\n  requests: 20').value, fromText: true };
}
/** The keys the engine itself reads; the others are the adapters' (see adapters/index.ts). */
const ENGINE_KEYS = [
    'action',
    'strategy',
    'adapter',
    'version',
    'environment',
    'url',
    'version-from',
    'version-path',
    'health-path',
    'steps',
    'settle-times',
    'settle-timeout',
    'settle-interval',
    'ready-timeout',
    'drain-delay',
    'keep-previous',
    'analysis',
    'analysis-interval',
    'analysis-count',
    'min-requests',
    'max-error-rate',
    'failure-limit',
    'on-inconclusive',
    'analysis-mode',
    'timeout',
    'step-timeout',
    'lock',
    'lock-timeout',
    'lock-lease',
    'state-dir',
    'on-rollback-failure',
];
/** Every key the configuration knows: the engine's own and every adapter's options. */
const CONFIG_KEYS = [...ENGINE_KEYS, ...ADAPTER_OPTION_KEYS];
/** Refuses a key neither the engine nor any adapter reads (a misspelt key would otherwise be ignored). */
function checkKeys(raw, where) {
    for (const key of Object.keys(raw)) {
        if (!CONFIG_KEYS.includes(key))
            throw new src/* ConfigurationError */.j1(where(key), `"${key}" is not a deploy setting or adapter option${didYouMean(key, CONFIG_KEYS)}`);
    }
}
function parseConfig(raw, context) {
    const locate = context.locate ?? config_formatKeyPath;
    const where = (key) => locate([key]);
    checkKeys(raw, where);
    const action = (0,src/* parseEnum */.nL)(where('action'), str(raw, 'action', 'deploy'), ACTIONS);
    const strategy = (0,src/* parseEnum */.nL)(where('strategy'), str(raw, 'strategy', 'direct'), STRATEGIES);
    const adapter = (0,src/* parseEnum */.nL)(where('adapter'), str(raw, 'adapter'), ADAPTERS);
    const version = str(raw, 'version') || undefined;
    if (action === 'deploy' && version === undefined)
        throw new src/* ConfigurationError */.j1(where('version'), 'is required to deploy: the version identity the new release reports', 'v1.4.2 or ${{ github.sha }}');
    if (version !== undefined && !/^[\w.+:/@-]{1,128}$/.test(version))
        throw new src/* ConfigurationError */.j1(where('version'), `"${version}" has characters a version identity cannot hold`, 'v1.4.2');
    const environment = str(raw, 'environment', 'production');
    if (!/^[\w.-]{1,100}$/.test(environment))
        throw new src/* ConfigurationError */.j1(where('environment'), `"${environment}" must be letters, digits, . _ or -`, 'production');
    const healthPath = path(where('health-path'), str(raw, 'health-path', '/healthz'), '/healthz');
    const identity = parseIdentity(where('version-from'), str(raw, 'version-from'), path(where('version-path'), str(raw, 'version-path'), '/version') || healthPath);
    const steps = strategy === 'canary' ? parseSteps(where('steps'), str(raw, 'steps', '10,25,50,100')) : [100];
    const duration = (key, fallback, range = {}) => (0,src/* parseDuration */.E9)(where(key), str(raw, key, fallback), range);
    const integer = (key, fallback, range) => (0,src/* parseInteger */.cG)(where(key), str(raw, key, fallback), range);
    const oneOf = (key, fallback, values) => (0,src/* parseEnum */.nL)(where(key), str(raw, key, fallback), values);
    const stateDir = str(raw, 'state-dir');
    const resolveFile = (file) => ((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(context.cwd, file));
    const analysis = analysisEntries(raw.analysis, where('analysis'));
    return {
        action,
        strategy,
        adapter,
        version,
        environment,
        publicUrl: url(where('url'), str(raw, 'url')),
        identity,
        healthPath,
        steps,
        settle: {
            times: integer('settle-times', '3', { min: 1, max: 100 }),
            timeoutMs: duration('settle-timeout', '60s', { minMs: 100 }),
            intervalMs: duration('settle-interval', '500ms', { minMs: 10 }),
        },
        readyTimeoutMs: duration('ready-timeout', '60s', { minMs: 100 }),
        drainMs: duration('drain-delay', '5s'),
        keepPreviousMs: duration('keep-previous', strategy === 'blue-green' ? '30m' : '0s'),
        analysis: {
            sources: buildSources(analysis.entries, resolveFile, analysis.fromText ? config_formatKeyPath : locate),
            intervalMs: duration('analysis-interval', '30s', { minMs: 10 }),
            count: integer('analysis-count', '1', { min: 1, max: 1000 }),
            minRequests: integer('min-requests', '20', { min: 0 }),
            maxErrorRate: parseRate(where('max-error-rate'), str(raw, 'max-error-rate', '1%')),
            failureLimit: integer('failure-limit', '1', { min: 1, max: 100 }),
            onInconclusive: oneOf('on-inconclusive', 'pause', ['pause', 'rollback', 'promote']),
            mode: oneOf('analysis-mode', 'enforce', ['enforce', 'dry-run']),
        },
        timeoutMs: duration('timeout', '30m', { minMs: 1000 }),
        stepTimeoutMs: duration('step-timeout', '10m', { minMs: 100 }),
        lock: {
            mode: oneOf('lock', 'wait', ['wait', 'fail']),
            timeoutMs: duration('lock-timeout', '10m'),
            leaseMs: duration('lock-lease', '2m', { minMs: 300 }),
        },
        stateDir: stateDir === '' ? context.defaultStateDir : resolveFile(stateDir),
        onRollbackFailure: str(raw, 'on-rollback-failure') || undefined,
        options: readAdapterOptions(adapter, (key) => str(raw, key), where),
        cwd: context.cwd,
    };
}
/**
 * Reads a deploy configuration file (YAML; the keys are the action's inputs) with `overrides`
 * (command-line flags) over it. Errors about a key the file sets name `file:line key`; a key a
 * flag set is named as it is.
 */
function readConfigFileSettings(text, file, overrides = {}) {
    const example = 'adapter: command\nversion-from: header:x-app-version\ndeploy-command: ./deploy.sh';
    const parsed = parseYamlConfig(text, file, example);
    const settings = new ConfigReader(parsed.locate).map(parsed.value, [], example);
    const flags = Object.fromEntries(Object.entries(overrides).filter((entry) => entry[1] !== undefined && entry[1] !== ''));
    return {
        raw: { ...settings, ...flags },
        locate: (keyPath) => (typeof keyPath[0] === 'string' && keyPath[0] in flags ? formatKeyPath(keyPath) : parsed.locate(keyPath)),
    };
}

;// CONCATENATED MODULE: ./packages/deploy/src/engine.ts
// The deploy state machine: lock, recover an unfinished deploy, prepare the candidate, check it
// on its own address, move traffic step by step (settle, then analyse), promote, drain, clean
// up. Any failure after a change walks the rollback ladder once: previous version (checked
// first, re-provisioned if dead), then last known good, then the healthiest target.







class Timeline {
    entries;
    onChange;
    constructor(entries, onChange) {
        this.entries = entries;
        this.onChange = onChange;
    }
    add(entry) {
        this.entries.push({ at: new Date().toISOString(), ...entry });
        this.onChange();
    }
    async run(phase, weight, work, describe) {
        const at = new Date().toISOString();
        const started = performance.now();
        try {
            const value = await work();
            this.entries.push({ at, phase, weight, result: 'ok', detail: describe?.(value), durationMs: Math.round(performance.now() - started) });
            return value;
        }
        catch (error) {
            this.entries.push({ at, phase, weight, result: 'failed', detail: error.message, durationMs: Math.round(performance.now() - started) });
            throw error;
        }
        finally {
            this.onChange();
        }
    }
}
/** A failure that asks for a rollback (a failed check, settle, analysis, command or timeout). */
class DeployFailure extends Error {
    name = 'DeployFailure';
}
class Paused extends Error {
    name = 'Paused';
}
function newDeploymentId() {
    return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
class DeployEngine {
    config;
    deps;
    logger;
    store;
    files;
    timeline;
    state;
    dryRun = [];
    constructor(config, deps) {
        this.config = config;
        this.deps = deps;
        this.logger = deps.logger ?? silentLogger;
        this.files = stateFiles(config);
        this.store = new StateStore(this.files.state, deps.onState);
    }
    get stateFile() {
        return this.files.state;
    }
    progress(phase, description, weight) {
        this.logger.info(`${phase}${weight === undefined ? '' : ` (${weight} %)`}: ${description}`);
        this.deps.onProgress?.({ phase, weight, description });
    }
    save() {
        this.store.save(this.state);
    }
    /**
     * The local lock file, then the target's own lock where the adapter has one (a Lease), else
     * its in-progress check. The post step skips the in-progress check: what it finds running
     * there may be its own main step's change, which it has come to undo.
     */
    async lock(checkBusy = true) {
        const options = {
            owner: this.deps.owner,
            leaseMs: this.config.lock.leaseMs,
            mode: this.config.lock.mode,
            waitTimeoutMs: this.config.lock.timeoutMs,
            signal: this.deps.signal,
        };
        const file = await acquireLock({
            ...options,
            path: this.files.lock,
            onWait: (holder) => this.progress('lock', `waiting for the target lock held by ${describeHolder(holder)}`),
        });
        const started = Date.now();
        const { adapter } = this.deps;
        const busy = checkBusy ? adapter.busy?.bind(adapter) : undefined;
        const onWait = (holder) => this.progress('lock', `waiting for the target: ${holder}`);
        try {
            const target = adapter.lockTarget ? await adapter.lockTarget({ ...options, onWait }) : undefined;
            if (target === undefined && busy)
                await waitForTarget(busy, { ...options, onWait });
            return {
                waitedMs: file.waitedMs + Date.now() - started,
                async release() {
                    try {
                        await target?.release();
                    }
                    finally {
                        file.release();
                    }
                },
            };
        }
        catch (error) {
            file.release();
            throw error;
        }
    }
    publicEndpoint() {
        return this.config.publicUrl === undefined ? undefined : { url: this.config.publicUrl };
    }
    result(status, extra = {}) {
        return {
            status,
            version: this.state.candidate.version,
            previousVersion: this.state.previous?.version,
            rolledBack: status === 'rolled-back',
            servingVersion: status === 'promoted' || status === 'paused' ? this.state.candidate.version : this.state.previous?.version,
            noop: false,
            reason: this.state.reason,
            rungs: [],
            timeline: this.timeline.entries,
            dryRun: this.dryRun,
            deploymentId: this.state.deploymentId,
            ...extra,
        };
    }
    /** Runs the configured action (deploy, rollback or promote) under the target lock. */
    async run() {
        const pre = [];
        this.timeline = new Timeline(pre, () => undefined);
        const lock = await this.timeline.run('lock', undefined, () => this.lock(), (l) => (l.waitedMs > 50 ? `waited ${Math.round(l.waitedMs / 100) / 10} s` : 'free'));
        try {
            const prior = this.store.load();
            if (this.config.action === 'rollback')
                return await this.rollbackAction(prior, pre);
            if (this.config.action === 'promote')
                return await this.promoteAction(prior, pre);
            return await this.deploy(prior, pre);
        }
        finally {
            await lock.release();
        }
    }
    /** The post step: undoes a deploy that its main step left unfinished (cancelled, crashed, killed). */
    async recover() {
        const pre = [];
        this.timeline = new Timeline(pre, () => undefined);
        const prior = this.store.load();
        if (prior === undefined || (prior.status !== 'in-progress' && prior.status !== 'rolling-back'))
            return undefined;
        const lock = await this.timeline.run('lock', undefined, () => this.lock(false));
        try {
            const again = this.store.load();
            if (again === undefined || (again.status !== 'in-progress' && again.status !== 'rolling-back'))
                return undefined;
            this.adopt(again, pre);
            return await this.rollBack('the deploy was interrupted (cancelled, timed out or the runner stopped) before it finished');
        }
        finally {
            await lock.release();
        }
    }
    adopt(state, pre) {
        this.state = state;
        this.state.timeline.push(...pre);
        this.timeline = new Timeline(this.state.timeline, () => this.save());
    }
    fresh(candidate, previous, prior, pre) {
        const history = [...(prior?.history ?? [])];
        this.state = {
            schema: 1,
            target: this.config.environment,
            deploymentId: newDeploymentId(),
            owner: this.deps.owner,
            status: 'in-progress',
            strategy: this.config.strategy,
            candidate,
            previous,
            weight: 0,
            intent: undefined,
            history,
            timeline: [...pre],
            updatedAt: '',
        };
        this.timeline = new Timeline(this.state.timeline, () => this.save());
        this.save();
    }
    checkCapabilities() {
        const caps = this.deps.adapter.capabilities;
        if (!caps.strategies.includes(this.config.strategy)) {
            throw new src/* ConfigurationError */.j1('strategy', `the ${this.deps.adapter.name} adapter cannot do ${this.config.strategy} deploys; it supports ${caps.strategies.join(', ')}`, caps.strategies[0]);
        }
        if (this.config.strategy === 'canary' && !caps.weights) {
            const partial = this.config.steps.filter((s) => s < 100);
            if (partial.length > 0)
                throw new src/* ConfigurationError */.j1('steps', `the ${this.deps.adapter.name} adapter cannot split traffic by weight, so canary steps ${partial.join(', ')} are impossible`, '100');
        }
    }
    async deploy(prior, pre) {
        const { adapter } = this.deps;
        const version = this.config.version ?? '';
        // Validate against the adapter before anything changes.
        try {
            this.checkCapabilities();
        }
        catch (error) {
            this.timeline = new Timeline(pre, () => undefined);
            throw error;
        }
        if (prior && (prior.status === 'in-progress' || prior.status === 'rolling-back' || prior.status === 'paused')) {
            // An unfinished deploy: undo it first, then start this one from a known state.
            this.adopt(prior, pre);
            this.progress('recover', `an earlier deploy of ${prior.candidate.version} was left ${prior.status}; restoring ${prior.previous?.version ?? 'the previous state'} first`);
            const undone = await this.rollBack(`superseded by a new deploy of ${version} before it finished`);
            if (undone.status === 'failed')
                return undone;
            pre = [...this.state.timeline];
            prior = this.store.load();
        }
        const current = await adapter.current();
        const recorded = prior?.status === 'promoted' ? prior.candidate : undefined;
        if (current?.version === version || (current === undefined && recorded?.version === version)) {
            // A re-run of a deploy that already succeeded: nothing to do.
            const check = this.publicEndpoint() ? await this.deps.verifier.check(this.publicEndpoint(), version) : { ok: true };
            if (check.ok) {
                pre.push({ at: new Date().toISOString(), phase: 'noop', result: 'info', detail: `${version} already serves ${this.config.environment}` });
                return {
                    status: 'promoted',
                    version,
                    previousVersion: prior?.candidate.version === version ? prior.previous?.version : undefined,
                    rolledBack: false,
                    servingVersion: version,
                    noop: true,
                    rungs: [],
                    timeline: pre,
                    dryRun: [],
                    deploymentId: prior?.deploymentId ?? newDeploymentId(),
                };
            }
        }
        const previous = current ?? recorded;
        this.fresh({ version }, previous, prior, pre);
        this.progress('start', `deploying ${version} (${this.config.strategy}) over ${previous?.version ?? 'nothing (first deploy)'}`);
        const total = AbortSignal.timeout(this.config.timeoutMs);
        const signal = this.deps.signal ? AbortSignal.any([total, this.deps.signal]) : total;
        try {
            await this.forward(signal);
            return await this.finishPromotion();
        }
        catch (error) {
            if (error instanceof Paused) {
                this.state.status = 'paused';
                this.state.reason = error.message;
                this.save();
                this.progress('pause', error.message, this.state.weight);
                return this.result('paused', { servingVersion: undefined });
            }
            if ((0,src/* isConfigurationError */.p0)(error) && this.state.weight === 0 && this.state.intent === undefined && this.state.candidate.slot === undefined) {
                this.state.status = 'failed';
                this.save();
                throw error;
            }
            const reason = this.reasonOf(error, total);
            return this.rollBack(reason);
        }
    }
    reasonOf(error, total) {
        if (total.aborted)
            return `the deploy took longer than its timeout of ${Math.round(this.config.timeoutMs / 1000)} s`;
        if (this.deps.signal?.aborted)
            return 'the deploy was cancelled';
        if (error.name === 'TimeoutError' || error.name === 'AbortError')
            return `a step took longer than step-timeout (${Math.round(this.config.stepTimeoutMs / 1000)} s)`;
        return error.message;
    }
    stepSignal(signal) {
        return AbortSignal.any([signal, AbortSignal.timeout(this.config.stepTimeoutMs)]);
    }
    async forward(signal) {
        const { adapter, verifier } = this.deps;
        const previous = this.state.previous;
        this.progress('prepare', `starting ${this.state.candidate.version} without traffic`);
        const candidate = await this.timeline.run('prepare', 0, () => this.store.record(this.state, { action: 'prepare', version: this.state.candidate.version }, () => adapter.prepare(this.state.candidate, previous)), (r) => (r.slot ? `running in ${r.slot}` : 'ready'));
        this.state.candidate = candidate;
        this.save();
        signal.throwIfAborted();
        if (adapter.capabilities.preview && candidate.endpoint) {
            this.progress('verify-candidate', `checking ${candidate.version} on its own address`);
            const settled = await this.timeline.run('verify-candidate', 0, async () => {
                const outcome = await verifier.settle(candidate.endpoint, candidate.version, {
                    mode: 'consecutive',
                    times: this.config.settle.times,
                    timeoutMs: this.config.readyTimeoutMs,
                    intervalMs: this.config.settle.intervalMs,
                    signal: this.stepSignal(signal),
                });
                if (!outcome.ok)
                    throw new DeployFailure(`the candidate ${candidate.version} failed its checks on its own address before any traffic moved: ${outcome.reason}`);
                return outcome;
            });
            void settled;
        }
        let failures = 0;
        for (const weight of this.config.steps) {
            signal.throwIfAborted();
            this.progress('shift', `sending ${weight} % of traffic to ${candidate.version}`, weight);
            await this.timeline.run('shift', weight, () => this.store.record(this.state, { action: 'shift', weight }, () => adapter.shift(weight, { candidate, previous })));
            await this.settle(candidate.version, weight === 100 || previous === undefined ? 'consecutive' : 'seen', weight, signal);
            failures = await this.analyse(candidate, weight, failures, signal);
        }
    }
    async settle(version, mode, weight, signal) {
        const endpoint = this.publicEndpoint();
        if (endpoint === undefined)
            return;
        await this.timeline.run('settle', weight, async () => {
            const outcome = await this.deps.verifier.settle(endpoint, version, {
                mode,
                times: this.config.settle.times,
                timeoutMs: this.config.settle.timeoutMs,
                intervalMs: this.config.settle.intervalMs,
                signal: signal ? this.stepSignal(signal) : undefined,
            });
            if (!outcome.ok)
                throw new DeployFailure(`traffic did not settle on ${version}: ${outcome.reason}`);
            return outcome;
        }, (o) => `${version} served ${mode === 'seen' ? 'at least once' : `${this.config.settle.times} times in a row`} after ${o.attempts} checks`);
    }
    async analyse(candidate, weight, failuresBefore, signal) {
        const { analysis } = this.config;
        if (analysis.sources.length === 0)
            return 0;
        const context = {
            candidate,
            weight,
            publicEndpoint: this.publicEndpoint(),
            verifier: this.deps.verifier,
            windowMs: analysis.intervalMs,
            minRequests: analysis.minRequests,
            maxErrorRate: analysis.maxErrorRate,
            signal,
        };
        for (const source of analysis.sources)
            await source.begin?.(context);
        let failures = failuresBefore;
        const results = [];
        for (let i = 0; i < analysis.count; i++) {
            const at = new Date().toISOString();
            const started = performance.now();
            const { result, measurements } = await runInterval(analysis.sources, context);
            results.push(result);
            this.timeline.add({ at, phase: 'analysis', weight, result, detail: describe(measurements), durationMs: Math.round(performance.now() - started) });
            this.progress('analysis', `interval ${i + 1}/${analysis.count}: ${result}`, weight);
            failures = result === 'fail' ? failures + 1 : 0;
            if (failures >= analysis.failureLimit) {
                const why = `analysis failed at ${weight} % (${failures} failing interval${failures === 1 ? '' : 's'} in a row, failure-limit ${analysis.failureLimit}): ${describe(measurements)}`;
                if (analysis.mode === 'dry-run') {
                    this.dryRun.push(`would have rolled back: ${why}`);
                    failures = 0;
                    continue;
                }
                throw new DeployFailure(why);
            }
        }
        if (!results.includes('pass') && !results.includes('fail')) {
            const why = `analysis was inconclusive at ${weight} %`;
            if (analysis.mode === 'dry-run') {
                if (analysis.onInconclusive !== 'promote')
                    this.dryRun.push(`would have ${analysis.onInconclusive === 'pause' ? 'paused' : 'rolled back'}: ${why}`);
            }
            else if (analysis.onInconclusive === 'pause') {
                throw new Paused(`${why}: needs a decision (re-run with action: promote or action: rollback)`);
            }
            else if (analysis.onInconclusive === 'rollback') {
                throw new DeployFailure(`${why} and on-inconclusive is rollback`);
            }
        }
        return failures;
    }
    async finishPromotion() {
        const { adapter } = this.deps;
        const { candidate, previous } = this.state;
        this.state.status = 'promoted';
        this.state.history = [
            { version: candidate.version, slot: candidate.slot, at: new Date().toISOString() },
            ...this.state.history.filter((h) => h.version !== candidate.version),
        ].slice(0, 20);
        this.save();
        this.progress('promote', `${candidate.version} serves all traffic`, 100);
        this.timeline.add({ phase: 'promote', weight: 100, result: 'ok', detail: `${candidate.version} promoted` });
        if (previous && previous.slot !== candidate.slot && (previous.slot !== undefined || adapter.capabilities.keepPrevious)) {
            if (this.config.keepPreviousMs > 0 && adapter.capabilities.keepPrevious) {
                this.timeline.add({
                    phase: 'keep-previous',
                    result: 'info',
                    detail: `${previous.version} stays up in ${previous.slot ?? 'its slot'} for an instant rollback`,
                });
            }
            else {
                await this.timeline.run('drain', undefined, () => (0,promises_.setTimeout)(this.config.drainMs));
                await this.timeline
                    .run('cleanup', undefined, () => this.store.record(this.state, { action: 'cleanup', version: previous.version }, () => adapter.cleanup(previous)))
                    .catch((error) => this.logger.warn(`could not stop ${previous.version}: ${error.message}`));
            }
        }
        return this.result('promoted');
    }
    /**
     * The rollback ladder. Each rung is tried once, in order; the ladder never loops.
     * 1. the previous version: checked directly, re-provisioned with ensureReady when dead, then traffic moves back;
     * 2. the last known good from the target's history;
     * 3. traffic left on the healthiest target, `on-rollback-failure` run, status failed naming every rung.
     */
    async rollBack(reason) {
        const { adapter, verifier } = this.deps;
        this.state.status = 'rolling-back';
        this.state.reason = reason;
        this.save();
        this.progress('rollback', reason);
        const candidate = this.state.candidate;
        const rungs = [];
        const nothingMoved = this.state.weight === 0 && (this.state.intent === undefined || this.state.intent.action === 'prepare');
        const tryRung = async (rung, target) => {
            try {
                await this.timeline.run(`rollback:${rung}`, 0, async () => {
                    let ready = target;
                    const check = target.endpoint ? await verifier.check(target.endpoint, target.version) : undefined;
                    if (check === undefined || !check.ok) {
                        if (check)
                            this.progress('rollback', `${target.version} does not answer (${check.error}); re-provisioning it before moving traffic back`);
                        ready = await this.store.record(this.state, { action: 'ensure-ready', version: target.version }, () => adapter.ensureReady(target));
                        if (ready.endpoint) {
                            const again = await verifier.settle(ready.endpoint, ready.version, {
                                mode: 'consecutive',
                                times: this.config.settle.times,
                                timeoutMs: this.config.readyTimeoutMs,
                                intervalMs: this.config.settle.intervalMs,
                            });
                            if (!again.ok)
                                throw new Error(`${ready.version} could not be brought back: ${again.reason}`);
                        }
                    }
                    await this.store.record(this.state, { action: 'restore', version: ready.version }, () => adapter.restore(ready, candidate));
                    this.state.weight = 0;
                    await this.settle(ready.version, 'consecutive', 0, undefined);
                    return ready;
                });
                rungs.push({ rung, version: target.version, ok: true, detail: `traffic is back on ${target.version}` });
                return true;
            }
            catch (error) {
                rungs.push({ rung, version: target.version, ok: false, detail: error.message });
                return false;
            }
        };
        let restored;
        const previous = this.state.previous;
        if (nothingMoved && previous !== undefined) {
            rungs.push({ rung: 'previous', version: previous.version, ok: true, detail: `no traffic had moved; ${previous.version} still serves` });
            this.timeline.add({ phase: 'rollback:previous', weight: 0, result: 'ok', detail: `no traffic had moved to ${candidate.version}` });
            restored = previous;
        }
        else if (previous !== undefined && previous.version !== candidate.version) {
            if (await tryRung('previous', previous))
                restored = previous;
        }
        else {
            rungs.push({ rung: 'previous', ok: false, detail: 'there is no previous version (first deploy)' });
        }
        if (restored === undefined) {
            const known = [...this.state.history, ...((await adapter.history?.().catch(() => [])) ?? []).map((r) => ({ version: r.version, slot: r.slot, at: '' }))];
            const good = known.find((h) => h.version !== candidate.version && h.version !== previous?.version);
            if (good === undefined) {
                rungs.push({ rung: 'last-known-good', ok: false, detail: 'no other known good version in the history' });
            }
            else {
                const slot = previous?.slot ?? good.slot;
                const target = { version: good.version, slot: slot === candidate.slot ? good.slot : slot };
                if (await tryRung('last-known-good', target))
                    restored = target;
            }
        }
        if (restored !== undefined) {
            this.state.status = 'rolled-back';
            this.save();
            if (candidate.slot !== undefined && candidate.slot !== restored.slot) {
                await this.timeline
                    .run('cleanup', undefined, () => this.store.record(this.state, { action: 'cleanup', version: candidate.version }, () => adapter.cleanup(candidate)))
                    .catch((error) => this.logger.warn(`could not stop ${candidate.version}: ${error.message}`));
            }
            this.progress('rolled-back', `${restored.version} serves ${this.config.environment} again: ${reason}`);
            return { ...this.result('rolled-back', { rungs, servingVersion: restored.version }), previousVersion: previous?.version };
        }
        // Rung 3: leave traffic where it does the least harm.
        const healthiest = await this.healthiest([previous, candidate]);
        if (healthiest !== undefined) {
            try {
                if (healthiest.version === candidate.version)
                    await adapter.shift(100, { candidate, previous });
                else
                    await adapter.restore(healthiest, candidate);
                rungs.push({ rung: 'healthiest', version: healthiest.version, ok: true, detail: `traffic left on ${healthiest.version}, the healthiest target` });
            }
            catch (error) {
                rungs.push({ rung: 'healthiest', version: healthiest.version, ok: false, detail: error.message });
            }
        }
        else {
            rungs.push({ rung: 'healthiest', ok: false, detail: 'no target answered its health check; traffic left as it is' });
        }
        const hook = await this.onRollbackFailure(rungs);
        this.state.status = 'failed';
        this.state.reason = `${reason}; the rollback failed: ${rungs.map((r) => `${r.rung}${r.version ? ` (${r.version})` : ''}: ${r.detail}`).join('; ')}${hook ? `; ${hook}` : ''}`;
        this.save();
        this.timeline.add({ phase: 'rollback-failed', result: 'failed', detail: this.state.reason });
        return {
            ...this.result('failed', { rungs, servingVersion: rungs.find((r) => r.rung === 'healthiest' && r.ok)?.version }),
            previousVersion: previous?.version,
        };
    }
    async healthiest(candidates) {
        for (const release of candidates) {
            if (release?.endpoint === undefined)
                continue;
            const check = await this.deps.verifier.check(release.endpoint, release.version);
            if (check.ok)
                return release;
        }
        return undefined;
    }
    async onRollbackFailure(rungs) {
        const text = this.config.onRollbackFailure;
        if (text === undefined)
            return undefined;
        const vars = {
            DEPLOY_ENVIRONMENT: this.config.environment,
            DEPLOY_VERSION: this.state.candidate.version,
            DEPLOY_PREVIOUS_VERSION: this.state.previous?.version ?? '',
            DEPLOY_ROLLBACK_RUNGS: rungs.map((r) => `${r.rung}:${r.ok ? 'ok' : 'failed'}`).join(','),
        };
        try {
            const result = await runCommand(splitCommand('on-rollback-failure', text, vars), {
                cwd: this.config.cwd,
                env: { ...this.deps.env, ...vars },
                timeoutMs: 300_000,
            });
            this.timeline.add({ phase: 'on-rollback-failure', result: result.code === 0 ? 'ok' : 'failed', detail: `exit code ${result.code}` });
            return `on-rollback-failure exited with ${result.code}`;
        }
        catch (error) {
            this.timeline.add({ phase: 'on-rollback-failure', result: 'failed', detail: error.message });
            return `on-rollback-failure: ${error.message}`;
        }
    }
    /** `action: rollback`: the fast path back to the version before the current one (or the one named). */
    async rollbackAction(prior, pre) {
        const current = await this.deps.adapter.current();
        const currentVersion = current?.version ?? prior?.candidate.version;
        if (currentVersion === undefined)
            throw new DeployFailure('nothing is deployed to roll back from');
        let target;
        if (this.config.version !== undefined && this.config.version !== currentVersion) {
            const known = prior?.previous?.version === this.config.version ? prior.previous : prior?.history.find((h) => h.version === this.config.version);
            target = { version: this.config.version, slot: known?.slot };
        }
        else if (prior?.status === 'promoted' || prior?.status === 'paused') {
            target = prior.previous;
        }
        else {
            const older = prior?.history.find((h) => h.version !== currentVersion);
            target = older ? { version: older.version, slot: older.slot } : undefined;
        }
        if (target === undefined)
            throw new DeployFailure(`no earlier version of ${this.config.environment} is recorded to roll back to`);
        this.fresh({ ...(current ?? { version: currentVersion }) }, target, prior, pre);
        this.state.weight = 100;
        this.save();
        const result = await this.rollBack(`rollback asked for (action: rollback) from ${currentVersion} to ${target.version}`);
        if (result.status === 'rolled-back') {
            this.state.history = [
                { version: target.version, slot: target.slot, at: new Date().toISOString() },
                ...this.state.history.filter((h) => h.version !== target.version),
            ];
            this.save();
        }
        return { ...result, version: target.version, previousVersion: currentVersion };
    }
    /** `action: promote`: finishes a paused canary. */
    async promoteAction(prior, pre) {
        if (prior?.status !== 'paused')
            throw new DeployFailure(`there is no paused deploy of ${this.config.environment} to promote (state: ${prior?.status ?? 'none'})`);
        this.adopt(prior, pre);
        this.state.status = 'in-progress';
        this.save();
        const { candidate, previous } = this.state;
        try {
            await this.timeline.run('shift', 100, () => this.store.record(this.state, { action: 'shift', weight: 100 }, () => this.deps.adapter.shift(100, { candidate, previous })));
            await this.settle(candidate.version, 'consecutive', 100, undefined);
            return await this.finishPromotion();
        }
        catch (error) {
            return this.rollBack(error.message);
        }
    }
}
function describe(measurements) {
    return measurements.map((m) => `${m.source}: ${m.result} (${m.detail})`).join('; ');
}

;// CONCATENATED MODULE: ./packages/probe/src/clock.ts
// Time, injectable: routines that wait (readiness, settle, backoff) take a Clock so that
// callers can drive them with their own, and an AbortSignal to stop them.

const clock_systemClock = {
    now: () => performance.now(),
    epochMs: () => Date.now(),
    sleep: async (ms, signal) => {
        if (signal?.aborted)
            throw signal.reason;
        if (ms <= 0)
            return;
        try {
            await (0,promises_.setTimeout)(ms, undefined, { signal });
        }
        catch (error) {
            // The caller's own reason (e.g. "deploy cancelled"), not a generic AbortError.
            throw signal?.aborted ? signal.reason : error;
        }
    },
};
/** Exponential backoff: 250 ms, 375 ms, 560 ms ... capped at `maxMs`. */
function clock_backoffDelay(attempt, options = {}) {
    const initial = options.initialMs ?? 250;
    return Math.min(options.maxMs ?? 2000, Math.round(initial * (options.factor ?? 1.5) ** Math.max(0, attempt - 1)));
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
;// CONCATENATED MODULE: ./packages/probe/src/http.ts
// The HTTP client every check uses: one undici Agent with keep-alive per client, so a
// latency run reuses its connections, redirects followed (or not) by hand so that the chain
// can be asserted, a per-request timeout, and a body size cap.


/** A request that got no answer, classified so that readiness can tell "not yet" from "wrong". */
class http_RequestError extends Error {
    name = 'RequestError';
    kind;
    url;
    code;
    constructor(kind, url, message, code) {
        super(message);
        this.kind = kind;
        this.url = url;
        this.code = code;
    }
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const TLS_CODES = /^(CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|ERR_TLS|ERR_SSL|HOSTNAME_MISMATCH)/;
function errorCode(error) {
    let current = error;
    for (let depth = 0; depth < 4 && current; depth++) {
        const code = current.code;
        if (typeof code === 'string' && code !== 'UND_ERR_SOCKET' && code !== 'UND_ERR_CONNECT')
            return code;
        current = current.cause;
    }
    return error.code;
}
function innerMessage(error) {
    let current = error;
    let message = error.message;
    for (let depth = 0; depth < 4 && current; depth++) {
        if (current instanceof Error && current.message)
            message = current.message;
        current = current.cause;
    }
    return message.replace(/; if the root CA is installed locally.*$/s, '');
}
function classifyError(error, url, timeoutMs) {
    if (error instanceof http_RequestError)
        return error;
    const code = errorCode(error);
    const host = new URL(url).host;
    if (code === 'ECONNREFUSED')
        return new http_RequestError('refused', url, `connection refused by ${host}`, code);
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
        return new http_RequestError('dns', url, `DNS lookup failed for ${new URL(url).hostname} (${code})`, code);
    if (code === 'UND_ERR_CONNECT_TIMEOUT' ||
        code === 'UND_ERR_HEADERS_TIMEOUT' ||
        code === 'UND_ERR_BODY_TIMEOUT' ||
        code === 'ETIMEDOUT' ||
        code === 'PROBE_TIMEOUT')
        return new http_RequestError('timeout', url, `no complete answer from ${host} within ${timeoutMs} ms`, code);
    if (code !== undefined && TLS_CODES.test(code))
        return new http_RequestError('tls', url, `TLS: ${innerMessage(error)} (${code})`, code);
    if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_CLOSED' || code === 'UND_ERR_SOCKET')
        return new http_RequestError('reset', url, `connection to ${host} closed before the answer was complete`, code);
    if (error.name === 'AbortError' || code === 'ABORT_ERR' || code === 'UND_ERR_ABORTED')
        return new http_RequestError('aborted', url, 'aborted', code);
    return new http_RequestError('other', url, innerMessage(error), code);
}
function flattenHeaders(raw) {
    const headers = {};
    for (const [name, value] of Object.entries(raw)) {
        if (value === undefined)
            continue;
        headers[name.toLowerCase()] = Array.isArray(value) ? (name.toLowerCase() === 'set-cookie' ? (value[0] ?? '') : value.join(', ')) : value;
    }
    return headers;
}
const SENSITIVE_ON_REDIRECT = new Set(['authorization', 'cookie', 'proxy-authorization']);
function http_createHttpClient(options = {}) {
    const agent = new undici.Agent({
        keepAliveTimeout: options.keepAliveTimeoutMs ?? 10_000,
        connections: options.connections ?? null,
        pipelining: 1,
        connect: options.ca || options.socketPath
            ? { ...(options.ca ? { ca: [...external_node_tls_.rootCertificates, options.ca] } : {}), ...(options.socketPath ? { socketPath: options.socketPath } : {}) }
            : undefined,
    });
    async function once(url, method, headers, body, request, signal) {
        const response = await agent.request({
            origin: url.origin,
            path: `${url.pathname}${url.search}`,
            method: method,
            headers,
            body,
            signal,
            headersTimeout: request.timeoutMs,
            bodyTimeout: request.timeoutMs,
        });
        const chunks = [];
        let bytes = 0;
        let oversize = false;
        const cap = request.maxBytes;
        for await (const chunk of response.body) {
            bytes += chunk.length;
            if (cap !== undefined && bytes > cap) {
                oversize = true;
                chunks.push(chunk.subarray(0, chunk.length - (bytes - cap)));
                bytes = cap;
                response.body.destroy();
                break;
            }
            chunks.push(chunk);
        }
        const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        return { status: response.statusCode, headers: flattenHeaders(response.headers), body: buffer, bytes, oversize };
    }
    return {
        async send(request) {
            const started = performance.now();
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(Object.assign(new Error('timeout'), { code: 'PROBE_TIMEOUT' })), request.timeoutMs);
            const onAbort = () => controller.abort(request.signal?.reason);
            request.signal?.addEventListener('abort', onAbort, { once: true });
            let url = new URL(request.url);
            let method = request.method;
            let headers = request.headers;
            let body = request.body;
            const redirects = [];
            try {
                for (;;) {
                    const answer = await once(url, method, headers, body, request, controller.signal);
                    const location = answer.headers.location;
                    if (request.followRedirects && REDIRECTS.has(answer.status) && location !== undefined) {
                        const next = new URL(location, url);
                        redirects.push({ url: url.href, status: answer.status, location: next.href });
                        if (redirects.length > request.maxRedirects) {
                            throw new http_RequestError('redirects', request.url, `more than ${request.maxRedirects} redirects (last to ${next.href})`);
                        }
                        if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
                            method = 'GET';
                            body = undefined;
                        }
                        if (next.origin !== url.origin)
                            headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !SENSITIVE_ON_REDIRECT.has(name.toLowerCase())));
                        url = next;
                        continue;
                    }
                    return { url: url.href, ...answer, redirects, elapsedMs: performance.now() - started };
                }
            }
            catch (error) {
                if (controller.signal.aborted && !request.signal?.aborted)
                    throw new http_RequestError('timeout', request.url, `no complete answer from ${url.host} within ${request.timeoutMs} ms`, 'PROBE_TIMEOUT');
                throw classifyError(error, url.href, request.timeoutMs);
            }
            finally {
                clearTimeout(timer);
                request.signal?.removeEventListener('abort', onAbort);
            }
        },
        async close() {
            await agent.close();
        },
    };
}
/** The request a check makes (at its own URL unless another is given, e.g. a /version path). */
function http_requestFor(check, signal, url = check.url) {
    return {
        url,
        method: check.method,
        headers: check.headers,
        body: check.body,
        timeoutMs: check.timeoutMs,
        followRedirects: check.followRedirects && check.expect.redirect === undefined,
        maxRedirects: check.maxRedirects,
        maxBytes: check.expect.maxBytes ?? 10 * 1024 * 1024,
        signal,
    };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/probe/src/assert.ts
// Assertions on one answer. Each failure is a sentence a person can act on.


function describeStatuses(ranges) {
    return ranges.map((r) => (r.min === r.max ? String(r.min) : r.min % 100 === 0 && r.max === r.min + 99 ? `${r.min / 100}xx` : `${r.min}-${r.max}`)).join(', ');
}
function statusAccepted(status, ranges) {
    return ranges.some((r) => status >= r.min && status <= r.max);
}
function isJsonType(contentType) {
    return contentType !== undefined && /\bjson\b/i.test(contentType);
}
/** Parses the body as JSON; `undefined` plus a reason when it is not JSON. */
function parseJsonBody(response) {
    try {
        return { ok: true, value: JSON.parse(response.body.toString('utf8')) };
    }
    catch {
        const type = response.headers['content-type'];
        return { ok: false, reason: `the body is not JSON${type ? ` (content-type ${type})` : ''}` };
    }
}
function assert_show(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
/** Every way `response` breaks `expect`, as sentences; empty when it meets them all. */
function assert_assertResponse(response, expect) {
    const failures = [];
    if (expect.redirect) {
        const accepted = expect.redirect.status ?? [301, 302, 303, 307, 308];
        if (!accepted.includes(response.status))
            failures.push(`expected a redirect (${accepted.join(', ')}) but got status ${response.status}`);
        const location = response.headers.location;
        if (expect.redirect.location !== undefined) {
            const actual = location === undefined ? undefined : new URL(location, response.url).href;
            if (actual !== expect.redirect.location)
                failures.push(`expected a redirect to ${expect.redirect.location} but ${actual === undefined ? 'there was no Location header' : `it went to ${actual}`}`);
        }
    }
    else if (!statusAccepted(response.status, expect.status)) {
        failures.push(`status ${response.status}, expected ${describeStatuses(expect.status)}`);
    }
    if (response.oversize || (expect.maxBytes !== undefined && response.bytes > expect.maxBytes)) {
        failures.push(`the body is larger than the ${expect.maxBytes ?? response.bytes} bytes allowed`);
    }
    if (expect.bodyContains.length > 0 || expect.bodyMatches.length > 0) {
        const text = response.body.toString('utf8');
        for (const needle of expect.bodyContains)
            if (!text.includes(needle))
                failures.push(`the body does not contain "${needle}"`);
        for (const pattern of expect.bodyMatches)
            if (!pattern.test(text))
                failures.push(`the body does not match /${pattern.source}/${pattern.flags}`);
    }
    if (expect.json.length > 0) {
        const parsed = parseJsonBody(response);
        if (!parsed.ok) {
            failures.push(`cannot check ${expect.json.map((j) => j.path).join(', ')}: ${parsed.reason}`);
        }
        else {
            for (const assertion of expect.json) {
                const { found, value } = evaluateJsonPath(assertion.compiled, parsed.value);
                if (assertion.exists === true && !found)
                    failures.push(`${assertion.path} is missing from the JSON body`);
                if (assertion.exists === false && found)
                    failures.push(`${assertion.path} is present in the JSON body but should not be`);
                if (Object.hasOwn(assertion, 'equals')) {
                    if (!found)
                        failures.push(`${assertion.path} is missing from the JSON body (expected ${assert_show(assertion.equals)})`);
                    else if (!isDeepStrictEqual(value, assertion.equals))
                        failures.push(`${assertion.path} is ${assert_show(value)}, expected ${assert_show(assertion.equals)}`);
                }
            }
        }
    }
    for (const header of expect.headers) {
        const value = response.headers[header.name];
        if (header.exists === false) {
            if (value !== undefined)
                failures.push(`header ${header.name} is present but should not be`);
            continue;
        }
        if (value === undefined) {
            if (header.exists === true || header.equals !== undefined || header.matches !== undefined)
                failures.push(`header ${header.name} is missing`);
            continue;
        }
        // Cookies and credentials are never quoted back.
        const hidden = /^(set-cookie|cookie|authorization|proxy-authorization|x-api-key)$|token|secret/i.test(header.name);
        const shown = hidden ? '(value hidden)' : `"${value}"`;
        if (header.equals !== undefined && value !== header.equals)
            failures.push(`header ${header.name} is ${shown}, expected ${hidden ? 'another value' : `"${header.equals}"`}`);
        if (header.matches !== undefined && !header.matches.test(value))
            failures.push(`header ${header.name} is ${shown}, which does not match /${header.matches.source}/`);
    }
    return failures;
}
const SECRET_WORDS = /(token|secret|passw|api[-_]?key|private|session|credential|bearer|authorization|cookie)/i;
const SENSITIVE_REQUEST_HEADERS = /^(authorization|cookie|proxy-authorization|x-api-key|api-key|x-auth-token)$|token|secret|key|session/i;
/** Whether a check's answers could hold a secret: it sends credentials, or the body talks about them. */
function assert_couldHoldSecrets(requestHeaders, response) {
    if (Object.keys(requestHeaders).some((name) => SENSITIVE_REQUEST_HEADERS.test(name)))
        return true;
    if (response.headers['set-cookie'] !== undefined)
        return true;
    const type = response.headers['content-type'] ?? '';
    if (type !== '' && !/^(text\/|application\/(json|problem\+json|xml)|[^;]*\+json)/i.test(type))
        return true;
    return SECRET_WORDS.test(response.body.subarray(0, 4096).toString('utf8'));
}
/** A short, single-line excerpt of a body for a failure report. */
function assert_excerpt(body, max = 200) {
    const text = body
        .subarray(0, max * 4)
        .toString('utf8')
        .replace(/\s+/g, ' ')
        .trim();
    return text.length > max ? `${text.slice(0, max)}… (${body.length} bytes)` : text;
}


;// CONCATENATED MODULE: ./packages/probe/src/ready.ts
// Waiting: until a service answers at all (readiness), and until it answers with the
// expected build identity several times in a row (settle), the routine the deploy action
// runs after each traffic change.




/**
 * Retries the check's request with backoff until an answer that is not a 5xx, or until
 * `timeoutMs` has passed. Connection refused, DNS failures, timeouts and 5xx count as
 * "not yet"; a TLS failure or any other answer ends the wait at once.
 */
async function ready_waitUntilReady(check, options) {
    const clock = options.clock ?? systemClock;
    const client = options.client ?? createHttpClient({ ca: check.tls?.ca });
    const started = clock.now();
    const deadline = started + options.timeoutMs;
    let attempts = 0;
    let lastError;
    let lastStatus;
    try {
        for (;;) {
            attempts++;
            // The last attempt may run a little past the deadline rather than be cut too short to answer.
            const remaining = Math.max(deadline - clock.now(), 1000);
            try {
                const response = await client.send({ ...requestFor(check, options.signal), timeoutMs: Math.min(check.timeoutMs, remaining) });
                lastStatus = response.status;
                if (response.status < 500)
                    return { ready: true, attempts, elapsedMs: clock.now() - started, lastStatus };
                lastError = `status ${response.status}`;
            }
            catch (error) {
                if (options.signal?.aborted)
                    throw options.signal.reason;
                if (!(error instanceof RequestError))
                    throw error;
                lastError = error.message;
                if (error.kind === 'tls' || error.kind === 'redirects')
                    return { ready: false, attempts, elapsedMs: clock.now() - started, lastError };
            }
            const left = deadline - clock.now();
            if (left <= 0)
                return { ready: false, attempts, elapsedMs: clock.now() - started, lastStatus, lastError };
            await clock.sleep(Math.min(left, backoffDelay(attempts, { initialMs: options.initialDelayMs, maxMs: options.maxDelayMs })), options.signal);
        }
    }
    finally {
        if (!options.client)
            await client.close();
    }
}
const AUTO_HEADERS = ['x-app-version', 'x-version', 'x-release', 'x-build', 'x-commit-sha'];
/** Reads the build identity from an answer, as the source says; `undefined` when absent. */
function readVersion(response, source) {
    if (source.header !== undefined)
        return response.headers[source.header.toLowerCase()]?.trim();
    if (source.jsonPath !== undefined) {
        const parsed = parseJsonBody(response);
        if (!parsed.ok)
            return undefined;
        const { found, value } = jsonpath_evaluateJsonPath(source.compiledJsonPath ?? compileJsonPath(source.jsonPath), parsed.value);
        return found && value !== null && value !== undefined ? (typeof value === 'string' ? value : JSON.stringify(value)) : undefined;
    }
    if (source.path !== undefined) {
        const parsed = parseJsonBody(response);
        if (parsed.ok && parsed.value !== null && typeof parsed.value === 'object' && 'version' in parsed.value)
            return String(parsed.value.version);
        const text = response.body.toString('utf8').trim();
        return text === '' ? undefined : text.slice(0, 200);
    }
    for (const name of AUTO_HEADERS)
        if (response.headers[name] !== undefined)
            return response.headers[name]?.trim();
    const parsed = parseJsonBody(response);
    if (parsed.ok && parsed.value !== null && typeof parsed.value === 'object' && 'version' in parsed.value)
        return String(parsed.value.version);
    return undefined;
}
/** Whether `actual` is the expected build: equal, or one a prefix of the other for commit SHAs. */
function versionMatches(actual, expected) {
    if (actual === undefined)
        return false;
    if (actual === expected)
        return true;
    const sha = /^[0-9a-f]{7,40}$/i;
    if (sha.test(actual) && sha.test(expected)) {
        const [a, b] = [actual.toLowerCase(), expected.toLowerCase()];
        return a.startsWith(b) || b.startsWith(a);
    }
    return false;
}
/**
 * Asks for the version until `times` answers in a row carry `expectVersion`. An answer
 * from the old build resets the count, so a pass against the old version never counts.
 */
async function ready_settle(check, options) {
    const clock = options.clock ?? clock_systemClock;
    const client = options.client ?? http_createHttpClient({ ca: check.tls?.ca });
    const source = options.source ?? check.version?.source ?? {};
    const interval = options.intervalMs ?? check.version?.intervalMs ?? 500;
    const url = source.path !== undefined ? new URL(source.path, check.url).href : check.url;
    const started = clock.now();
    const deadline = started + options.timeoutMs;
    const seen = [];
    let consecutive = 0;
    let attempts = 0;
    let lastVersion;
    let lastError;
    try {
        for (;;) {
            attempts++;
            let version;
            try {
                const response = await client.send({
                    ...http_requestFor(check, options.signal, url),
                    ...(source.path !== undefined ? { method: 'GET', body: undefined } : {}),
                    timeoutMs: Math.max(1, Math.min(check.timeoutMs, Math.max(deadline - clock.now(), check.timeoutMs / 4))),
                });
                version = readVersion(response, source);
                lastVersion = version;
                if (version !== undefined && !seen.includes(version))
                    seen.push(version);
                lastError = version === undefined ? `status ${response.status} with no version in the answer` : undefined;
            }
            catch (error) {
                if (options.signal?.aborted)
                    throw options.signal.reason;
                if (!(error instanceof http_RequestError))
                    throw error;
                lastError = error.message;
            }
            if (versionMatches(version, options.expectVersion)) {
                consecutive++;
                if (consecutive >= options.times)
                    return { settled: true, consecutive, attempts, elapsedMs: clock.now() - started, seen, lastVersion };
            }
            else {
                consecutive = 0;
                if (options.timeoutMs <= 0)
                    return { settled: false, consecutive, attempts, elapsedMs: clock.now() - started, seen, lastVersion, lastError };
            }
            if (clock.now() + interval >= deadline && consecutive === 0 && options.timeoutMs > 0) {
                return { settled: false, consecutive, attempts, elapsedMs: clock.now() - started, seen, lastVersion, lastError };
            }
            if (clock.now() >= deadline + interval * options.times && options.timeoutMs > 0) {
                return { settled: false, consecutive, attempts, elapsedMs: clock.now() - started, seen, lastVersion, lastError };
            }
            await clock.sleep(interval, options.signal);
        }
    }
    finally {
        if (!options.client)
            await client.close();
    }
}

;// CONCATENATED MODULE: ./packages/probe/src/latency.ts
// Latency runs: `requests` requests at `concurrency`, every answer held to the check's
// assertions, then percentiles, error rate and k6-style thresholds over the whole run.


/** Nearest-rank percentile of ascending `sorted` values; 0 for an empty list. */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[Math.min(sorted.length, rank) - 1] ?? 0;
}
const round = (ms) => Math.round(ms * 10) / 10;
function summarize(latencies) {
    const sorted = [...latencies].sort((a, b) => a - b);
    const sum = sorted.reduce((total, value) => total + value, 0);
    return {
        p50: round(percentile(sorted, 50)),
        p90: round(percentile(sorted, 90)),
        p95: round(percentile(sorted, 95)),
        p99: round(percentile(sorted, 99)),
        max: round(sorted.at(-1) ?? 0),
        avg: round(sorted.length === 0 ? 0 : sum / sorted.length),
    };
}
/**
 * Sends the check's request `requests` times, `concurrency` at a time, over keep-alive
 * connections. A request counts as an error when it gets no answer or its answer breaks
 * an assertion.
 */
async function latency_measureLatency(check, options = {}) {
    const requests = options.requests ?? check.latency.requests;
    const concurrency = Math.max(1, Math.min(requests, options.concurrency ?? check.latency.concurrency));
    const client = options.client ?? createHttpClient({ ca: check.tls?.ca });
    const latencies = [];
    const failures = new Map();
    const statusCounts = {};
    let errors = 0;
    let next = 0;
    const started = performance.now();
    const request = requestFor(check, options.signal);
    const note = (message) => failures.set(message, (failures.get(message) ?? 0) + 1);
    async function worker() {
        while (next < requests) {
            next++;
            if (options.signal?.aborted)
                throw options.signal.reason;
            try {
                const response = await client.send(request);
                latencies.push(response.elapsedMs);
                statusCounts[response.status] = (statusCounts[response.status] ?? 0) + 1;
                const broken = assertResponse(response, check.expect);
                if (broken.length > 0) {
                    errors++;
                    for (const message of broken)
                        note(message);
                }
                options.onResponse?.(response, broken);
            }
            catch (error) {
                if (options.signal?.aborted)
                    throw options.signal.reason;
                errors++;
                note(error instanceof RequestError ? error.message : String(error));
            }
        }
    }
    try {
        await Promise.all(Array.from({ length: concurrency }, worker));
    }
    finally {
        if (!options.client)
            await client.close();
    }
    const { avg, ...latencyMs } = summarize(latencies);
    return {
        requests,
        answered: latencies.length,
        errors,
        errorRate: requests === 0 ? 0 : errors / requests,
        latencyMs,
        avgMs: avg,
        failures: [...failures].map(([message, count]) => ({ message, count })).sort((a, b) => b.count - a.count),
        statusCounts,
        elapsedMs: performance.now() - started,
    };
}
function formatMetric(threshold, value) {
    return threshold.metric === 'error-rate' ? `${round(value * 100)}%` : `${round(value)} ms`;
}
/** Holds a run to its thresholds, k6-style: each either passes or fails, with the measured value. */
function latency_evaluateThresholds(result, thresholds) {
    return thresholds.map((threshold) => {
        const actual = threshold.metric === 'error-rate' ? result.errorRate : threshold.metric === 'avg' ? result.avgMs : result.latencyMs[threshold.metric];
        const passed = threshold.op === '<'
            ? actual < threshold.value
            : threshold.op === '<='
                ? actual <= threshold.value
                : threshold.op === '>'
                    ? actual > threshold.value
                    : actual >= threshold.value;
        const message = `${threshold.metric} was ${formatMetric(threshold, actual)} over ${result.requests} requests; the budget is ${threshold.text}`;
        return { threshold: threshold.text, passed, actual, message };
    });
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./packages/probe/src/tls.ts
// Certificate checks over a direct TLS handshake (node:tls): days left against warn/fail
// lead times, chain trust (system roots plus an optional CA), hostname match, protocol.



const DAY = 86_400_000;
const HOSTNAME_ERROR = /ALTNAME|Hostname\/IP does not match/i;
const PROTOCOL_ORDER = (/* unused pure expression or super */ null && (['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']));
function tls_name(fields) {
    if (!fields)
        return undefined;
    const cn = fields.CN;
    const o = fields.O;
    return ([cn, o]
        .flat()
        .filter((v) => v !== undefined && v !== '')
        .join(', ') || undefined);
}
/** Connects to the URL's host and port and reports on its certificate. Never throws for a bad certificate. */
async function tls_checkTls(url, options = {}) {
    const target = new URL(url);
    const host = target.hostname.replace(/^\[|\]$/g, '');
    const port = Number(target.port || 443);
    const warnDays = options.warnDays ?? 30;
    const failDays = options.failDays ?? 7;
    const minProtocol = options.minProtocol ?? 'TLSv1.2';
    const clock = options.clock ?? systemClock;
    const base = { host, port, trusted: false, hostnameMatches: false, outcome: 'failed', failures: [], warnings: [] };
    const handshake = await new Promise((resolve) => {
        const socket = connect({
            host,
            port,
            servername: isIP(host) === 0 ? host : undefined,
            ca: options.ca ? [...rootCertificates, options.ca] : undefined,
            rejectUnauthorized: false,
            ALPNProtocols: ['http/1.1'],
        });
        const timer = setTimeout(() => {
            socket.destroy();
            resolve({ error: `no TLS handshake with ${host}:${port} within ${options.timeoutMs ?? 10_000} ms` });
        }, options.timeoutMs ?? 10_000);
        const onAbort = () => socket.destroy();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const finish = (value) => {
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            socket.destroy();
            resolve(value);
        };
        socket.once('secureConnect', () => {
            const authError = socket.authorizationError;
            finish({
                cert: socket.getPeerCertificate(false),
                protocol: socket.getProtocol(),
                authorized: socket.authorized,
                authError: authError === null || authError === undefined ? undefined : authError instanceof Error ? authError.message : String(authError),
            });
        });
        socket.once('error', (error) => finish({ error: `TLS handshake with ${host}:${port} failed: ${error.code ?? error.message}` }));
    });
    if ('error' in handshake)
        return { ...base, failures: [handshake.error] };
    const { cert, protocol } = handshake;
    if (!cert || Object.keys(cert).length === 0)
        return { ...base, protocol: protocol ?? undefined, failures: [`${host}:${port} presented no certificate`] };
    const validTo = new Date(cert.valid_to);
    const validFrom = new Date(cert.valid_from);
    const now = clock.epochMs();
    const daysLeft = Math.floor((validTo.getTime() - now) / DAY);
    const identityError = checkServerIdentity(host, cert);
    const result = {
        ...base,
        protocol: protocol ?? undefined,
        daysLeft,
        validFrom: validFrom.toISOString(),
        validTo: validTo.toISOString(),
        subject: tls_name(cert.subject),
        issuer: tls_name(cert.issuer),
        // Node checks the chain first and the host name only on a good chain, so a host-name error means the chain is trusted.
        trusted: handshake.authorized || (handshake.authError !== undefined && HOSTNAME_ERROR.test(handshake.authError)),
        trustError: handshake.authorized || (handshake.authError !== undefined && HOSTNAME_ERROR.test(handshake.authError)) ? undefined : handshake.authError,
        hostnameMatches: identityError === undefined,
        hostnameError: identityError?.message,
    };
    const failures = [];
    const warnings = [];
    if (validTo.getTime() <= now)
        failures.push(`the certificate expired on ${result.validTo?.slice(0, 10)}`);
    else if (validFrom.getTime() > now)
        failures.push(`the certificate is not valid before ${result.validFrom?.slice(0, 10)}`);
    else if (daysLeft < failDays)
        failures.push(`the certificate expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'} (${result.validTo?.slice(0, 10)}), under the ${failDays}-day limit`);
    else if (daysLeft < warnDays)
        warnings.push(`the certificate expires in ${daysLeft} days (${result.validTo?.slice(0, 10)}), under the ${warnDays}-day warning`);
    if (!result.trusted)
        failures.push(`the certificate chain is not trusted: ${result.trustError ?? 'unknown reason'}`);
    if (!result.hostnameMatches)
        failures.push(`the certificate does not cover ${host}: ${result.hostnameError ?? ''}`.trim());
    if (protocol && PROTOCOL_ORDER.indexOf(protocol) < PROTOCOL_ORDER.indexOf(minProtocol))
        failures.push(`the server negotiated ${protocol}, older than ${minProtocol}`);
    result.failures = failures;
    result.warnings = warnings;
    result.outcome = failures.length > 0 ? 'failed' : warnings.length > 0 ? 'warning' : 'passed';
    return result;
}

;// CONCATENATED MODULE: ./packages/probe/src/run.ts
// Runs checks: readiness, version settle, the measured requests with their assertions
// and thresholds, TLS, the http->https redirect and security headers, then one verdict
// per check. Independent checks run in parallel, at most `parallel` at a time, over one
// shared keep-alive client per CA.







/** Requests `httpUrl` without following redirects and expects a permanent redirect to https. */
async function checkHttpsRedirect(httpUrl, options = {}) {
    const client = options.client ?? createHttpClient();
    try {
        const response = await client.send({
            url: httpUrl,
            method: 'GET',
            headers: {},
            timeoutMs: options.timeoutMs ?? 10_000,
            followRedirects: false,
            maxRedirects: 0,
            maxBytes: 65_536,
            signal: options.signal,
        });
        const location = response.headers.location === undefined ? undefined : new URL(response.headers.location, httpUrl).href;
        if (![301, 302, 307, 308].includes(response.status) || location === undefined) {
            return { passed: false, status: response.status, location, message: `${httpUrl} answered ${response.status} instead of redirecting to https` };
        }
        if (!location.startsWith('https:'))
            return { passed: false, status: response.status, location, message: `${httpUrl} redirects to ${location}, which is not https` };
        if (response.status === 302 || response.status === 307)
            return {
                passed: true,
                status: response.status,
                location,
                message: `${httpUrl} redirects to https with a temporary ${response.status}; 301 or 308 lets browsers remember it`,
            };
        return { passed: true, status: response.status, location };
    }
    catch (error) {
        return { passed: false, message: `${httpUrl}: ${error instanceof RequestError ? error.message : String(error)}` };
    }
    finally {
        if (!options.client)
            await client.close();
    }
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/** Runs one check end to end and returns its verdict. Never throws for a failing service. */
async function runCheck(check, options = {}) {
    const clock = options.clock ?? systemClock;
    const started = clock.now();
    const client = options.client ?? createHttpClient({ ca: check.tls?.ca });
    const failures = [];
    const warnings = [];
    const result = {
        name: check.name,
        url: check.url,
        method: check.method,
        passed: false,
        outcome: 'failed',
        latencyMs: { p50: 0, p90: 0, p95: 0, p99: 0, max: 0 },
        errorRate: 0,
        requests: 0,
        elapsedMs: 0,
        thresholds: [],
        failures,
        warnings,
    };
    const finish = () => {
        result.elapsedMs = Math.round(clock.now() - started);
        result.passed = failures.length === 0;
        result.outcome = failures.length > 0 ? 'failed' : warnings.length > 0 ? 'warning' : 'passed';
        return result;
    };
    const context = { clock, signal: options.signal, client };
    try {
        if (check.waitTimeoutMs > 0) {
            const ready = await waitUntilReady(check, { ...context, timeoutMs: check.waitTimeoutMs });
            result.ready = ready;
            if (!ready.ready) {
                failures.push(`not ready: tried ${check.method} ${check.url} ${plural(ready.attempts, 'time')} over ${Math.round(ready.elapsedMs / 100) / 10} s (wait-timeout ${check.waitTimeoutMs / 1000} s); last error: ${ready.lastError ?? 'none'}`);
                return finish();
            }
        }
        if (check.version) {
            const remaining = check.waitTimeoutMs > 0 ? Math.max(0, check.waitTimeoutMs - (clock.now() - started)) : 0;
            const settled = await settle(check, { ...context, expectVersion: check.version.expected, times: check.version.settle, timeoutMs: remaining });
            result.version = { ...settled, expected: check.version.expected };
            if (!settled.settled) {
                const seen = settled.seen.filter((v) => v !== check.version?.expected);
                failures.push(`expected version ${check.version.expected} ${check.version.settle} times in a row, ` +
                    (settled.lastVersion === undefined
                        ? `but no version could be read (${settled.lastError ?? 'no answer'})`
                        : `but ${seen.length > 0 ? `the service still answered ${seen.join(', ')}` : `got only ${settled.consecutive} in a row`}`) +
                    ` after ${plural(settled.attempts, 'request')}`);
                return finish();
            }
        }
        let first;
        let firstFailing;
        const latency = await measureLatency(check, {
            client,
            signal: options.signal,
            onResponse: (response, broken) => {
                first ??= response;
                if (broken.length > 0)
                    firstFailing ??= response;
            },
        });
        result.requests = latency.requests;
        result.latencyMs = latency.latencyMs;
        result.errorRate = latency.errorRate;
        result.status = first?.status;
        const errorBudget = check.latency.thresholds.some((t) => t.metric === 'error-rate');
        if (latency.errors > 0 && !errorBudget) {
            const prefix = latency.requests === 1 ? '' : `${latency.errors} of ${latency.requests} requests failed: `;
            for (const { message, count } of latency.failures.slice(0, 5))
                failures.push(`${prefix}${message}${latency.requests > 1 && count !== latency.errors ? ` (${count}×)` : ''}`);
            if (latency.failures.length > 5)
                failures.push(`${latency.failures.length - 5} more kinds of failure`);
        }
        else if (latency.errors > 0) {
            warnings.push(`${latency.errors} of ${latency.requests} requests failed (${latency.failures[0]?.message ?? ''})`);
        }
        if (latency.answered === 0 && failures.length === 0)
            failures.push(`no answer from ${check.url}: ${latency.failures[0]?.message ?? 'unknown error'}`);
        result.thresholds = evaluateThresholds(latency, check.latency.thresholds);
        for (const threshold of result.thresholds)
            if (!threshold.passed)
                failures.push(threshold.message);
        if (firstFailing && check.showBody !== 'never' && (check.showBody === 'always' || !couldHoldSecrets(check.headers, firstFailing))) {
            result.bodyExcerpt = excerpt(firstFailing.body);
        }
        const extras = [];
        if (check.tls) {
            const tlsPolicy = check.tls;
            extras.push(checkTls(first?.url.startsWith('https:') ? first.url : check.url, { ...tlsPolicy, clock, signal: options.signal, timeoutMs: check.timeoutMs }).then((tls) => {
                result.tls = tls;
                failures.push(...tls.failures);
                warnings.push(...tls.warnings);
            }));
        }
        if (check.httpsRedirect) {
            extras.push(checkHttpsRedirect(check.httpsRedirect, { client, timeoutMs: check.timeoutMs, signal: options.signal }).then((redirect) => {
                result.httpsRedirect = redirect;
                if (!redirect.passed)
                    failures.push(redirect.message ?? 'no redirect to https');
                else if (redirect.message)
                    warnings.push(redirect.message);
            }));
        }
        await Promise.all(extras);
        const answered = first ?? firstFailing;
        if (check.securityHeaders && answered) {
            const headers = checkSecurityHeaders(answered, check.securityHeaders);
            result.securityHeaders = headers;
            for (const finding of headers.findings)
                (finding.level === 'fail' ? failures : warnings).push(finding.message);
        }
        return finish();
    }
    finally {
        if (!options.client)
            await client.close();
    }
}
/** Runs up to `limit` tasks at a time, keeping results in input order. */
async function mapBounded(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
/** Runs every check, `parallel` at a time, and returns the report. */
async function runChecks(checks, options = {}) {
    const clock = options.clock ?? systemClock;
    const started = clock.now();
    const clients = new Map();
    const clientFor = (check) => {
        if (options.client)
            return options.client;
        const key = check.tls?.ca ?? '';
        let client = clients.get(key);
        if (!client) {
            client = createHttpClient({ ca: check.tls?.ca });
            clients.set(key, client);
        }
        return client;
    };
    let done = 0;
    try {
        const results = await mapBounded(checks, options.parallel ?? 50, async (check) => {
            const result = await runCheck(check, { clock, signal: options.signal, client: clientFor(check) });
            options.onResult?.(result, ++done, checks.length);
            return result;
        });
        return { passed: results.every((r) => r.passed), checks: results, elapsedMs: Math.round(clock.now() - started) };
    }
    finally {
        await Promise.all([...clients.values()].map((c) => c.close()));
    }
}

;// CONCATENATED MODULE: ./packages/probe/src/check-keys.ts
// Every setting a check takes, once. A smoke-test.yml entry takes them all; the action has an
// input of the same name for those with `input`, the CLI an option for those with `option`.
// A new setting is one row here (its action input then needs its line in smoke-test/action.yml
// and README.md, which a test holds to the spec). No imports: the action's spec loads this
// before the engine.
const CHECK_SETTINGS = {
    name: {},
    url: {},
    method: {
        input: { description: 'HTTP method for the url checks (default GET).' },
        option: { value: 'METHOD', help: 'request method (default GET)' },
    },
    headers: {
        input: {
            description: 'Request headers, one "Name: value" per line. Credential headers (Authorization, Cookie, *-Token, *-Key...) and opaque values are masked in the log.',
        },
        option: { flag: 'header', value: '"Name: value"', help: 'a request header (repeatable)', repeat: 'list' },
    },
    body: { input: { description: 'Request body for the url checks.' } },
    timeout: {
        input: { description: 'Per-request timeout, with a unit (default 10s).' },
        option: { value: 'DURATION', help: 'per request (default 10s)' },
    },
    'follow-redirects': { input: { description: 'Follow redirects (default true).' } },
    'max-redirects': {},
    'expect-status': {
        input: { description: 'Accepted statuses: 200, "200, 204", 2xx or 200-299 (default 2xx).' },
        option: { value: 'LIST', help: '200, "200,204", 2xx or 200-299' },
    },
    'expect-body': {
        input: { description: 'Text the body must contain (one per line: all must be there).', perLine: true },
        option: { value: 'TEXT', help: 'text the body must contain (repeatable)', repeat: 'list' },
    },
    'expect-body-regex': { input: { description: 'A regular expression the body must match.' } },
    'expect-json': {
        input: { description: 'JSON path assertions as a YAML map, e.g. {"$.status": ok, "$.db": {exists: true}}.' },
        option: { value: 'PATH=VALUE', help: 'a JSON path and the value it must equal (repeatable)', repeat: 'pairs' },
    },
    'expect-headers': { input: { description: 'Response header assertions, one "Name: value" or "Name: /regex/" per line.' } },
    'expect-redirect': {},
    'max-size': { input: { description: 'Largest accepted response body, e.g. 512kB.' } },
    'wait-timeout': {
        input: {
            description: 'Keep retrying (refused, DNS, timeouts, 5xx) with backoff until the service answers or this time passes, e.g. 60s (default: no waiting).',
        },
        option: { value: 'DURATION', help: 'retry until ready for this long, e.g. 60s' },
    },
    'expect-version': {
        input: { description: 'The build identity the service must report (e.g. the commit SHA), settle times in a row.' },
        option: { value: 'VERSION', help: 'the build the service must report, --settle times in a row' },
    },
    'version-header': {
        input: { description: 'Read the version from this response header.' },
        option: { value: 'NAME', help: 'read the version from this response header' },
    },
    'version-json-path': {
        input: { description: 'Read the version from this JSON path of the body, e.g. $.build.sha.' },
        option: { value: 'PATH', help: 'read the version from this JSON path of the body' },
    },
    'version-path': {
        input: { description: 'Read the version from this path on the same origin, e.g. /version.' },
        option: { value: '/version', help: 'read the version from this path on the same origin' },
    },
    settle: {
        input: { description: 'How many answers in a row must carry expect-version (default 3).' },
        option: { value: 'N', help: 'answers in a row (default 3)' },
    },
    'settle-interval': { input: { description: 'Pause between the settle requests (default 500ms).' } },
    requests: {
        input: { description: 'Requests per check for latency measurement (default 1; 20 when thresholds are given).' },
        option: { value: 'N', help: 'requests per check for latency measurement' },
    },
    concurrency: {
        input: { description: 'Requests in flight at once per check (default up to 10).' },
        option: { value: 'N', help: 'requests in flight at once per check' },
    },
    thresholds: {
        input: { description: 'Latency and error budgets, one per line or comma-separated: p95 < 300ms, error-rate < 1%.' },
        option: { flag: 'threshold', value: 'EXPR', help: 'e.g. "p95 < 300ms" or "error-rate < 1%" (repeatable)', repeat: 'list' },
    },
    'min-requests': { input: { description: 'Fewest requests that thresholds may be judged on (default 20).' } },
    tls: {},
    'tls-warn-days': {
        input: { description: 'Warn when the certificate expires within this many days (default 30).' },
        option: { value: 'N', help: 'warn when the certificate expires within N days (default 30)' },
    },
    'tls-fail-days': {
        input: { description: 'Fail when the certificate expires within this many days (default 7).' },
        option: { value: 'N', help: 'fail when the certificate expires within N days (default 7)' },
    },
    'tls-min-protocol': {},
    'ca-file': {
        input: { description: 'A PEM file of extra CA certificates to trust (e.g. an internal CA).' },
        option: { value: 'FILE', help: 'extra trusted CA certificates (PEM)' },
    },
    'https-redirect': { input: { description: 'true, or an http:// URL, that must redirect to https.' } },
    'security-headers': {
        input: { description: 'off, warn or fail for every rule, or a map: {default: warn, hsts: fail, hsts-min-age: 180d}.' },
        option: { value: 'LEVEL', help: 'off, warn or fail' },
    },
    'show-body': {
        input: {
            description: 'Show a truncated body of failing answers: auto (only when no credentials were sent and it looks safe), never or always.',
            choices: ['auto', 'never', 'always'],
            default: 'auto',
        },
    },
};
const check_keys_table = CHECK_SETTINGS;
/** Every key a check takes, in the order of the table. */
const CHECK_KEYS = Object.keys(check_keys_table);
/** The keys with an action input, each with its input. */
const CHECK_INPUTS = CHECK_KEYS.flatMap((key) => {
    const input = check_keys_table[key].input;
    return input === undefined ? [] : [{ key: key, input }];
});
/** The keys with a CLI option, each with its option and flag. */
const CHECK_OPTIONS = CHECK_KEYS.flatMap((key) => {
    const option = check_keys_table[key].option;
    return option === undefined ? [] : [{ key, option, flag: option.flag ?? key }];
});

;// CONCATENATED MODULE: ./packages/probe/src/security-headers.ts
/** Half a year, the floor most HSTS guidance and the preload list ask for. */
const DEFAULT_HSTS_MIN_AGE = 15_552_000;
function securityPolicy(level, overrides = {}) {
    return {
        hsts: level,
        hstsMinAgeSeconds: DEFAULT_HSTS_MIN_AGE,
        csp: level,
        contentTypeOptions: level,
        frameProtection: level,
        referrerPolicy: level,
        versionLeak: level,
        ...overrides,
    };
}
const VERSION_LEAK = /\d+(\.\d+)+|\/\s*\d/;
/**
 * Holds an answer (or its headers, with lower-case names) to a policy. HSTS is only judged
 * on https answers, since browsers ignore it over plain http; for an answer that is told by
 * its URL, for bare headers by `options.https` (default true).
 */
function security_headers_checkSecurityHeaders(answer, policy, options = {}) {
    const isResponse = typeof answer.url === 'string' && typeof answer.headers === 'object' && answer.headers !== null;
    const headers = isResponse ? answer.headers : answer;
    if (isResponse && options.https === undefined)
        options = { https: answer.url.startsWith('https:') };
    const findings = [];
    const add = (rule, message) => {
        const level = policy[rule];
        if (level !== 'off')
            findings.push({ rule, level, message });
    };
    const get = (name) => headers[name]?.trim();
    const csp = get('content-security-policy');
    if (options.https !== false && policy.hsts !== 'off') {
        const hsts = get('strict-transport-security');
        if (!hsts)
            add('hsts', 'Strict-Transport-Security is missing');
        else {
            const maxAge = /max-age\s*=\s*"?(\d+)"?/i.exec(hsts);
            if (!maxAge)
                add('hsts', `Strict-Transport-Security has no max-age ("${hsts}")`);
            else if (Number(maxAge[1]) < policy.hstsMinAgeSeconds)
                add('hsts', `Strict-Transport-Security max-age is ${maxAge[1]} s, under the ${policy.hstsMinAgeSeconds} s floor`);
        }
    }
    if (!csp)
        add('csp', 'Content-Security-Policy is missing');
    const xcto = get('x-content-type-options');
    if (!xcto)
        add('contentTypeOptions', 'X-Content-Type-Options is missing (want nosniff)');
    else if (xcto.toLowerCase() !== 'nosniff')
        add('contentTypeOptions', `X-Content-Type-Options is "${xcto}", want nosniff`);
    const xfo = get('x-frame-options');
    const frameAncestors = csp !== undefined && /(^|;)\s*frame-ancestors\s/i.test(csp);
    if (!frameAncestors) {
        if (!xfo)
            add('frameProtection', 'no frame protection: neither X-Frame-Options nor CSP frame-ancestors is set');
        else if (!/^(deny|sameorigin)$/i.test(xfo))
            add('frameProtection', `X-Frame-Options is "${xfo}", want DENY or SAMEORIGIN`);
    }
    const referrer = get('referrer-policy');
    if (!referrer)
        add('referrerPolicy', 'Referrer-Policy is missing');
    else if (/^(unsafe-url|no-referrer-when-downgrade)$/i.test(referrer))
        add('referrerPolicy', `Referrer-Policy is "${referrer}", which leaks full URLs`);
    for (const header of ['server', 'x-powered-by']) {
        const value = get(header);
        if (value && VERSION_LEAK.test(value))
            add('versionLeak', `${header === 'server' ? 'Server' : 'X-Powered-By'} reveals a version ("${value}")`);
    }
    const outcome = findings.some((f) => f.level === 'fail') ? 'failed' : findings.length > 0 ? 'warning' : 'passed';
    return { outcome, findings };
}

;// CONCATENATED MODULE: ./packages/probe/src/reader.ts
// The probe's value kinds over the shared config reader: URLs, statuses, thresholds, sizes,
// headers and assertions. Each takes the value and its key path and returns the value in its
// type, or throws a ConfigurationError naming the key (`file:line key`, or the input).




/** `${{ env.NAME }}` and `${NAME}` in a string, from `env`; an unset variable is an error. */
function substitute(text, env, fail) {
    return text.replace(/\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, a, b) => {
        const name = a ?? b ?? '';
        const value = env[name];
        if (value === undefined)
            fail(`${whole} refers to ${name}, which is not set`);
        return value;
    });
}
const THRESHOLD = /^(p50|p90|p95|p99|max|avg|med|error-rate|error_rate|errors)\s*(<=|<|>=|>)\s*(\d+(?:\.\d+)?)\s*([a-z%]*)$/i;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const LEVELS = ['off', 'warn', 'fail'];
const HEADER_RULES = {
    hsts: 'hsts',
    csp: 'csp',
    'content-type-options': 'contentTypeOptions',
    'frame-options': 'frameProtection',
    'frame-protection': 'frameProtection',
    'referrer-policy': 'referrerPolicy',
    'version-leak': 'versionLeak',
};
class ProbeReader extends config_ConfigReader {
    env;
    /** Where relative `ca-file` paths are resolved. */
    cwd;
    constructor(options = {}) {
        super(options.locate);
        this.env = options.env ?? {};
        this.cwd = options.cwd ?? '.';
    }
    /** Substitutes variables in every string, recursively. */
    expand(value, path) {
        if (typeof value === 'string')
            return substitute(value, this.env, (problem) => this.fail(path, problem, 'export the variable in the step env'));
        if (Array.isArray(value))
            return value.map((item, i) => this.expand(item, [...path, i]));
        if (value !== null && typeof value === 'object')
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.expand(v, [...path, k])]));
        return value;
    }
    /** A map; an action input gives one as YAML text (`{"$.status": ok}`), read here too. */
    map(value, path, example, optional = false) {
        if (typeof value === 'string' && value.includes(':')) {
            try {
                value = (0,dist/* parse */.qg)(value);
            }
            catch {
                return this.fail(path, 'is not a valid map', example);
            }
        }
        return super.map(value, path, example, optional);
    }
    /** One text or a list of them, as written: a body to look for may start or end with a space. */
    verbatim(value, path) {
        if (Array.isArray(value))
            return value.map((item, i) => this.string(item, [...path, i]));
        return [this.string(value, path)];
    }
    /** A URL; relative ones resolve under `base` as a folder (base-url), or against it as a browser would (`relative`). */
    url(value, path, base, mode = 'folder') {
        const text = this.string(value, path).trim();
        let url;
        try {
            if (base === undefined || /^[a-z][a-z0-9+.-]*:/i.test(text))
                url = new URL(text);
            else
                url = mode === 'relative' ? new URL(text, base) : new URL(text.replace(/^\/?/, ''), base.endsWith('/') ? base : `${base}/`);
        }
        catch {
            return this.fail(path, `"${text}" is not a valid URL${base === undefined && text.startsWith('/') ? ' (a relative URL needs base-url)' : ''}`, 'https://example.com/health');
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return this.fail(path, `"${text}" is not an http or https URL`, 'https://example.com/health');
        return url.href;
    }
    /** A JSON path, refused here (naming the key) when it is outside the supported subset. */
    jsonPath(text, path, example) {
        return compileJsonPath(text, { subject: this.locate(path), example });
    }
    /** `200`, `[200, 204]`, `"200, 204"`, `2xx` or `200-299`. */
    status(value, path) {
        const parts = Array.isArray(value) ? value.map((v, i) => ({ v: v, p: [...path, i] })) : [{ v: value, p: path }];
        const ranges = [];
        for (const { v, p } of parts) {
            for (const piece of this.string(v, p)
                .split(/[,\s]+/)
                .filter(Boolean)) {
                let match;
                if ((match = /^([1-5])xx$/i.exec(piece)))
                    ranges.push({ min: Number(match[1]) * 100, max: Number(match[1]) * 100 + 99 });
                else if ((match = /^(\d{3})-(\d{3})$/.exec(piece)) && Number(match[1]) <= Number(match[2]))
                    ranges.push({ min: Number(match[1]), max: Number(match[2]) });
                else if (/^\d{3}$/.test(piece) && Number(piece) >= 100 && Number(piece) <= 599)
                    ranges.push({ min: Number(piece), max: Number(piece) });
                else
                    this.fail(p, `"${piece}" is not a status, a list or a range`, '200, [200, 204], 2xx or 200-299');
            }
        }
        if (ranges.length === 0)
            this.fail(path, 'is empty', '200');
        return ranges;
    }
    /** Budgets as a list, or one text with one per line or comma-separated. */
    thresholds(value, path) {
        return this.verbatim(value, path).flatMap((text, i) => text
            .split(/\r?\n|,/)
            .filter((t) => t.trim() !== '')
            .map((t) => this.threshold(t, Array.isArray(value) ? [...path, i] : path)));
    }
    /** `p95 < 300ms` or `error-rate < 1%` (k6 style); a number without a unit is refused. */
    threshold(text, path) {
        const match = THRESHOLD.exec(text.trim());
        const example = 'p95 < 300ms or error-rate < 1%';
        if (!match)
            return this.fail(path, `"${text}" is not a threshold: write METRIC OP VALUE with a metric of p50, p90, p95, p99, max, avg or error-rate`, example);
        const raw = (match[1] ?? '').toLowerCase();
        const metric = (raw === 'med' ? 'p50' : raw === 'error_rate' || raw === 'errors' ? 'error-rate' : raw);
        const amount = Number(match[3]);
        const unit = (match[4] ?? '').toLowerCase();
        let value;
        if (metric === 'error-rate') {
            if (unit !== '%')
                return this.fail(path, unit === '' ? `"${text}" has no unit: an error rate is a percentage` : `"${text}": an error rate is a percentage, not ${unit}`, 'error-rate < 1%');
            value = amount / 100;
        }
        else {
            if (unit === '')
                return this.fail(path, `"${text}" has no unit: write ms or s`, `${metric} < ${amount}ms`);
            if (unit !== 'ms' && unit !== 's')
                return this.fail(path, `"${text}": ${unit} is not a time unit; use ms or s`, `${metric} < 300ms`);
            value = unit === 's' ? amount * 1000 : amount;
        }
        return { text: `${metric} ${match[2]} ${match[3]}${unit}`, metric, op: match[2], value };
    }
    /** Bytes: a whole number, or `512kB`, `2MB`, `1MiB`. */
    size(value, path) {
        if (typeof value === 'number' && Number.isInteger(value) && value > 0)
            return value;
        const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb)?\s*$/i.exec(this.string(value, path));
        if (!match)
            return this.fail(path, `${JSON.stringify(value)} is not a size`, '512kB or 2MB');
        const unit = (match[2] ?? 'b').toLowerCase();
        const factor = { b: 1, kb: 1000, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9 }[unit] ?? 1;
        return Math.round(Number(match[1]) * factor);
    }
    /** Request headers from a map, a list of `Name: value` lines or one text of them; names lower-cased. */
    headers(value, path) {
        const headers = {};
        const add = (name, text, p) => {
            if (!HEADER_NAME.test(name))
                this.fail(p, `"${name}" is not a valid header name`, 'Authorization: Bearer …');
            headers[name.toLowerCase()] = text;
        };
        if (typeof value === 'string' || Array.isArray(value)) {
            const lines = Array.isArray(value)
                ? value.map((v, i) => ({ line: this.string(v, [...path, i]), p: [...path, i] }))
                : value.split(/\r?\n/).map((line) => ({ line, p: path }));
            for (const { line, p } of lines) {
                if (line.trim() === '')
                    continue;
                const colon = line.indexOf(':');
                if (colon <= 0)
                    this.fail(p, `"${line.split(':')[0]?.slice(0, 40) ?? ''}" is not a "Name: value" header line`, 'Authorization: Bearer …');
                add(line.slice(0, colon).trim(), line.slice(colon + 1).trim(), p);
            }
            return headers;
        }
        for (const [name, text] of Object.entries(this.map(value, path, '{ accept: application/json }')))
            add(name, this.string(text, [...path, name]), [...path, name]);
        return headers;
    }
    /** A regular expression, bare or as `/source/flags`. */
    regex(text, path) {
        const literal = /^\/(.*)\/([gimsuy]*)$/s.exec(text);
        try {
            return literal ? new RegExp(literal[1] ?? '', (literal[2] ?? '').replace('g', '')) : new RegExp(text);
        }
        catch (error) {
            return this.fail(path, `"${text}" is not a valid regular expression: ${error.message}`, '"v\\d+\\.\\d+"');
        }
    }
    /** `{ $.status: ok, $.db: { exists: true } }`: a value to equal, or `exists`/`equals`. */
    jsonAssertions(value, path) {
        const entries = this.map(value, path, '{ $.status: ok, $.db: { exists: true } }');
        return Object.entries(entries).map(([jsonPath, expected]) => {
            const p = [...path, jsonPath];
            const compiled = this.jsonPath(jsonPath, p, '$.data.items[0].id');
            if (expected === null || typeof expected !== 'object' || Array.isArray(expected))
                return { path: jsonPath, compiled, equals: expected };
            const unknown = Object.keys(expected).find((k) => k !== 'exists' && k !== 'equals');
            if (unknown !== undefined)
                return this.fail([...p, unknown], `"${unknown}" is not a JSON assertion; use equals or exists`, '{ exists: true }');
            const assertion = { path: jsonPath, compiled };
            if ('exists' in expected)
                assertion.exists = this.boolean(expected.exists, [...p, 'exists']);
            if ('equals' in expected)
                assertion.equals = expected.equals;
            return assertion;
        });
    }
    /** Response headers to hold: a value, a `/regex/` or `{ exists: true|false }`, as a map or `Name: value` lines. */
    headerAssertions(value, path) {
        const entries = typeof value === 'string' && !value.trim().startsWith('{') ? this.headers(value, path) : this.map(value, path, '{ content-type: /json/ }');
        return Object.entries(entries).map(([name, expected]) => {
            const p = [...path, name];
            const header = { name: name.toLowerCase() };
            if (expected !== null && typeof expected === 'object') {
                if ('exists' in expected)
                    header.exists = this.boolean(expected.exists, [...p, 'exists']);
                else
                    this.fail(p, 'use a value, a /regex/ or { exists: true|false }', '{ exists: true }');
                return header;
            }
            const text = this.string(expected, p);
            if (/^\/.*\/[imsuy]*$/s.test(text))
                header.matches = this.regex(text, p);
            else
                header.equals = text;
            return header;
        });
    }
    /** `off`, `warn` or `fail` (`false`, `warning` and `error` too). */
    level(value, path) {
        const text = this.string(value === false ? 'off' : value, path)
            .trim()
            .toLowerCase();
        const level = text === 'warning' ? 'warn' : text === 'error' ? 'fail' : text;
        if (!LEVELS.includes(level))
            return this.fail(path, `"${text}" is not off, warn or fail`, 'warn');
        return level;
    }
    /** One level for every rule, or a map of rules over a `default`; undefined when every rule is off. */
    securityHeaders(value, path) {
        if (typeof value === 'boolean')
            return value ? securityPolicy('fail') : undefined;
        if (typeof value === 'string' && !value.includes(':')) {
            const level = this.level(value, path);
            return level === 'off' ? undefined : securityPolicy(level);
        }
        const entries = this.map(value, path, '{ default: warn, hsts: fail, hsts-min-age: 180d }');
        const policy = securityPolicy('default' in entries ? this.level(entries.default, [...path, 'default']) : 'warn');
        for (const [key, item] of Object.entries(entries)) {
            if (key === 'default')
                continue;
            if (key === 'hsts-min-age') {
                policy.hstsMinAgeSeconds = Math.round(this.duration(item, [...path, key], '180d') / 1000);
                continue;
            }
            const rule = HEADER_RULES[key];
            if (rule === undefined)
                return this.fail([...path, key], `"${key}" is not a security-header rule${didYouMean(key, [...Object.keys(HEADER_RULES), 'default', 'hsts-min-age'])}`, Object.keys(HEADER_RULES).join(', '));
            policy[rule] = this.level(item, [...path, key]);
        }
        return policy;
    }
}

;// CONCATENATED MODULE: ./packages/probe/src/config.ts
// Checks from a `smoke-test.yml` config or from action inputs, validated in one place so
// that every mistake is reported before any request, naming the file, line and key (or
// the input). Keys are the same in both: an input `expect-status` is a config key too.
//
//   base-url: ${{ env.PREVIEW_URL }}      # relative check URLs resolve against it
//   parallel: 20                           # checks at a time
//   defaults: { timeout: 5s, wait-timeout: 60s, headers: { authorization: "Bearer ${API_TOKEN}" } }
//   checks:
//     - name: home
//       url: /
//       expect-status: 200
//       expect-body: Welcome
//     - url: /api/health
//       expect-json: { $.status: ok, $.db: { exists: true } }
//       requests: 100
//       concurrency: 10
//       thresholds: [p95 < 300ms, error-rate < 1%]






const DEFAULT_PARALLEL = 50;
const DEFAULT_MIN_REQUESTS = 20;
const TOP_KEYS = ['base-url', 'parallel', 'defaults', 'checks'];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const SHOW_BODY = ['auto', 'never', 'always'];
const EXAMPLE = 'checks: [{ url: https://example.com/ }]';
function defaultName(method, url) {
    const parsed = new URL(url);
    return `${method === 'GET' ? '' : `${method} `}${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}${parsed.search}`;
}
function refuseUnknownKeys(reader, { raw, where }) {
    for (const key of Object.keys(raw)) {
        if (!CHECK_KEYS.includes(key))
            reader.fail(where(key), `"${key}" is not a check setting${didYouMean(key, CHECK_KEYS)}`, CHECK_KEYS.slice(0, 6).join(', '));
    }
}
/** What to send: URL, method, headers, body, timeout and redirect handling. */
function readRequest(reader, { raw, has, where }, base) {
    if (!has('url'))
        reader.fail(where('url'), 'is required', 'https://example.com/health');
    const url = reader.url(raw.url, where('url'), base);
    const method = has('method') ? reader.string(raw.method, where('method')).toUpperCase() : 'GET';
    if (!METHODS.includes(method))
        reader.fail(where('method'), `"${method}" is not one of ${METHODS.join(', ')}`, 'GET');
    return {
        name: has('name') ? reader.string(raw.name, where('name')) : defaultName(method, url),
        url,
        method,
        headers: has('headers') ? reader.headers(raw.headers, where('headers')) : {},
        body: has('body') ? reader.string(raw.body, where('body')) : undefined,
        timeoutMs: has('timeout') ? reader.duration(raw.timeout, where('timeout')) : 10_000,
        followRedirects: has('follow-redirects') ? reader.boolean(raw['follow-redirects'], where('follow-redirects')) : true,
        maxRedirects: has('max-redirects') ? reader.integer(raw['max-redirects'], where('max-redirects'), { min: 0, max: 50 }, '5') : 5,
    };
}
/** `expect-redirect`: true, a Location, or `{ status, location }`. */
function readRedirect(reader, { raw, has, where }, url) {
    if (!has('expect-redirect'))
        return undefined;
    const value = raw['expect-redirect'];
    const path = where('expect-redirect');
    if (value === true || value === 'true')
        return {};
    if (typeof value === 'string')
        return { location: reader.url(value, path, url, 'relative') };
    const entries = reader.map(value, path, '{ status: 301, location: https://example.com/ }');
    const redirect = {};
    if (entries.status !== undefined)
        redirect.status = reader.status(entries.status, [...path, 'status']).flatMap((r) => Array.from({ length: r.max - r.min + 1 }, (_, i) => r.min + i));
    if (entries.location !== undefined)
        redirect.location = reader.url(entries.location, [...path, 'location'], url, 'relative');
    return redirect;
}
/** What the answer must be: status, body, JSON, headers, redirect and size. */
function readExpectations(reader, settings, url, followRedirects) {
    const { raw, has, where } = settings;
    const redirect = readRedirect(reader, settings, url);
    return {
        status: has('expect-status') ? reader.status(raw['expect-status'], where('expect-status')) : [{ min: 200, max: followRedirects ? 299 : 399 }],
        bodyContains: has('expect-body') ? reader.verbatim(raw['expect-body'], where('expect-body')) : [],
        bodyMatches: has('expect-body-regex')
            ? reader.verbatim(raw['expect-body-regex'], where('expect-body-regex')).map((t) => reader.regex(t, where('expect-body-regex')))
            : [],
        json: has('expect-json') ? reader.jsonAssertions(raw['expect-json'], where('expect-json')) : [],
        headers: has('expect-headers') ? reader.headerAssertions(raw['expect-headers'], where('expect-headers')) : [],
        redirect,
        maxBytes: has('max-size') ? reader.size(raw['max-size'], where('max-size')) : undefined,
    };
}
/** Requests, concurrency and budgets; budgets need enough requests to be judged on. */
function readLatency(reader, { raw, has, where }) {
    const thresholds = has('thresholds') ? reader.thresholds(raw.thresholds, where('thresholds')) : [];
    const minRequests = has('min-requests') ? reader.integer(raw['min-requests'], where('min-requests'), { min: 1, max: 1_000_000 }, '20') : DEFAULT_MIN_REQUESTS;
    const requests = has('requests')
        ? reader.integer(raw.requests, where('requests'), { min: 1, max: 1_000_000 }, '100')
        : thresholds.length > 0
            ? minRequests
            : 1;
    if (thresholds.length > 0 && requests < minRequests) {
        reader.fail(where('requests'), `${requests} requests are too few for thresholds (${thresholds.map((t) => t.text).join(', ')}); at least ${minRequests} are needed (min-requests)`, String(minRequests));
    }
    const concurrency = has('concurrency') ? reader.integer(raw.concurrency, where('concurrency'), { min: 1, max: 1000 }, '10') : Math.min(requests, 10);
    return { requests, concurrency, thresholds, minRequests };
}
/** `expect-version` and where the version is read; the other version keys only apply with it. */
function config_readVersion(reader, { raw, has, where }) {
    if (!has('expect-version')) {
        for (const key of ['version-header', 'version-json-path', 'version-path', 'settle']) {
            if (has(key))
                reader.fail(where(key), 'only applies with expect-version', 'expect-version: ${{ github.sha }}');
        }
        return undefined;
    }
    if (has('version-header') && (has('version-json-path') || has('version-path')))
        reader.fail(where('version-header'), 'give either version-header or version-json-path/version-path', 'x-app-version');
    const source = {};
    if (has('version-header'))
        source.header = reader.string(raw['version-header'], where('version-header')).toLowerCase();
    if (has('version-json-path')) {
        source.jsonPath = reader.string(raw['version-json-path'], where('version-json-path'));
        source.compiledJsonPath = reader.jsonPath(source.jsonPath, where('version-json-path'), '$.build.sha');
    }
    if (has('version-path')) {
        source.path = reader.string(raw['version-path'], where('version-path'));
        if (!source.path.startsWith('/'))
            reader.fail(where('version-path'), `"${source.path}" must start with /`, '/version');
    }
    return {
        expected: reader.string(raw['expect-version'], where('expect-version')).trim(),
        source,
        settle: has('settle') ? reader.integer(raw.settle, where('settle'), { min: 1, max: 100 }, '3') : 3,
        intervalMs: has('settle-interval') ? reader.duration(raw['settle-interval'], where('settle-interval'), '1s') : 500,
    };
}
/** The certificate check: on by default for https URLs; a `ca-file` is read now, relative to the config. */
function readTls(reader, { raw, has, where }, url) {
    const https = url.startsWith('https:');
    const wanted = has('tls') ? reader.boolean(raw.tls, where('tls')) : https;
    if (!wanted && !has('ca-file'))
        return undefined;
    if (!https && wanted && has('tls'))
        reader.fail(where('tls'), `${url} is not an https URL`, 'https://example.com/');
    const warnDays = has('tls-warn-days') ? reader.integer(raw['tls-warn-days'], where('tls-warn-days'), { min: 0, max: 3650 }, '30') : 30;
    const failDays = has('tls-fail-days') ? reader.integer(raw['tls-fail-days'], where('tls-fail-days'), { min: 0, max: 3650 }, '7') : 7;
    if (failDays > warnDays)
        reader.fail(where('tls-fail-days'), `${failDays} is more than tls-warn-days (${warnDays})`, '7');
    const protocol = has('tls-min-protocol') ? reader.string(raw['tls-min-protocol'], where('tls-min-protocol')) : 'TLSv1.2';
    if (protocol !== 'TLSv1.2' && protocol !== 'TLSv1.3')
        reader.fail(where('tls-min-protocol'), `"${protocol}" is not TLSv1.2 or TLSv1.3`, 'TLSv1.2');
    const tls = { warnDays, failDays, minProtocol: protocol };
    if (has('ca-file')) {
        const file = (0,external_node_path_.resolve)(reader.cwd, reader.string(raw['ca-file'], where('ca-file')));
        try {
            tls.ca = (0,external_node_fs_.readFileSync)(file, 'utf8');
            tls.caFile = file;
        }
        catch (error) {
            reader.fail(where('ca-file'), `cannot read ${file}: ${error.code ?? error.message}`, 'certs/ca.pem');
        }
        if (!tls.ca.includes('-----BEGIN CERTIFICATE-----'))
            reader.fail(where('ca-file'), `${file} holds no PEM certificate`, 'certs/ca.pem');
    }
    return tls;
}
/** `https-redirect`: true (this URL over http) or the http:// URL that must redirect to https. */
function readHttpsRedirect(reader, { raw, has, where }, url) {
    if (!has('https-redirect'))
        return undefined;
    const value = raw['https-redirect'];
    if (value === false || value === 'false')
        return undefined;
    if (value === true || value === 'true') {
        const plain = new URL(url);
        plain.protocol = 'http:';
        plain.port = '';
        return plain.href;
    }
    const target = reader.url(value, where('https-redirect'), url, 'relative');
    if (!target.startsWith('http:'))
        reader.fail(where('https-redirect'), `${target} must be an http:// URL (the one that should redirect to https)`, 'http://example.com/');
    return target;
}
/** One check from its own keys over the shared defaults. `where(key)` is the key's path, for errors. */
function normalizeCheck(reader, raw, where, base) {
    const settings = { raw, where, has: (key) => raw[key] !== undefined && raw[key] !== null && raw[key] !== '' };
    refuseUnknownKeys(reader, settings);
    const request = readRequest(reader, settings, base);
    const expect = readExpectations(reader, settings, request.url, request.followRedirects);
    const latency = readLatency(reader, settings);
    const version = config_readVersion(reader, settings);
    const tls = readTls(reader, settings, request.url);
    const httpsRedirect = readHttpsRedirect(reader, settings, request.url);
    const showBody = settings.has('show-body') ? reader.string(raw['show-body'], where('show-body')) : 'auto';
    if (!SHOW_BODY.includes(showBody))
        reader.fail(where('show-body'), `"${showBody}" is not auto, never or always`, 'never');
    return {
        ...request,
        // An asserted redirect is the answer itself, so it is not followed.
        followRedirects: expect.redirect ? false : request.followRedirects,
        expect,
        waitTimeoutMs: settings.has('wait-timeout') ? reader.duration(raw['wait-timeout'], where('wait-timeout'), '60s') : 0,
        version,
        latency,
        tls,
        httpsRedirect,
        securityHeaders: settings.has('security-headers') ? reader.securityHeaders(raw['security-headers'], where('security-headers')) : undefined,
        showBody: showBody,
    };
}
/** The top level: known keys, base-url, parallel and defaults. */
function readTop(reader, raw) {
    const root = reader.expand(raw ?? {}, []);
    if (root === null || typeof root !== 'object' || Array.isArray(root))
        return reader.fail([], 'the config must be a map with a checks list', EXAMPLE);
    const config = root;
    for (const key of Object.keys(config)) {
        if (!TOP_KEYS.includes(key))
            reader.fail([key], `"${key}" is not a top-level setting (${TOP_KEYS.join(', ')})${didYouMean(key, [...TOP_KEYS, ...CHECK_KEYS])}`, 'checks');
    }
    if (!Array.isArray(config.checks) || config.checks.length === 0) {
        return reader.fail(['checks'], config.checks === undefined ? 'is missing: list at least one check' : 'must be a non-empty list of checks', 'checks: [{ url: /health }]');
    }
    return {
        base: config['base-url'] === undefined || config['base-url'] === '' ? undefined : reader.url(config['base-url'], ['base-url'], undefined),
        parallel: config.parallel === undefined ? DEFAULT_PARALLEL : reader.integer(config.parallel, ['parallel'], { min: 1, max: 1000 }, '20'),
        defaults: config.defaults === undefined || config.defaults === null ? {} : reader.map(config.defaults, ['defaults'], '{ timeout: 5s }'),
        checks: config.checks,
    };
}
/** Names given twice get `#1`, `#2`, so every row of the report can be told apart. */
function numberDuplicateNames(checks) {
    const names = new Map();
    for (const check of checks)
        names.set(check.name, (names.get(check.name) ?? 0) + 1);
    const seen = new Map();
    for (const check of checks) {
        if ((names.get(check.name) ?? 0) > 1) {
            const n = (seen.get(check.name) ?? 0) + 1;
            seen.set(check.name, n);
            check.name = `${check.name} #${n}`;
        }
    }
}
/**
 * Validates a config object (parsed YAML, or the same shape built from inputs) into checks.
 * Throws a ConfigurationError naming the key at the first problem.
 */
function normalizeConfig(raw, options = {}) {
    const reader = new ProbeReader(options);
    const { base, parallel, defaults, checks } = readTop(reader, raw);
    const normalized = checks.map((item, index) => {
        const own = typeof item === 'string' ? { url: item } : reader.map(item, ['checks', index], '{ url: /health }');
        const merged = { ...defaults, ...own };
        if (defaults.headers !== undefined && own.headers !== undefined) {
            merged.headers = {
                ...reader.headers(defaults.headers, ['defaults', 'headers']),
                ...reader.headers(own.headers, ['checks', index, 'headers']),
            };
        }
        const where = (key) => key in own || !(key in defaults) ? (typeof item === 'string' ? ['checks', index] : ['checks', index, key]) : ['defaults', key];
        return normalizeCheck(reader, merged, where, base);
    });
    numberDuplicateNames(normalized);
    return { checks: normalized, parallel };
}
/**
 * Checks of `urls`, each with the same settings, as the action's inputs and the CLI's options
 * give them. An error names the setting as `subject(key)` says (the input `expect-json`, the
 * option `--expect-json`); an error in the URL itself names `subject('url')`.
 */
function urlChecks(urls, settings, options) {
    const locate = (path) => options.subject(typeof path[2] === 'string' ? path[2] : 'url');
    return normalizeConfig({ checks: urls.map((url) => ({ url, ...settings })) }, { ...options, locate }).checks;
}
/**
 * One check from the same keys as a config entry, for callers that build checks in code
 * (the deploy action's pre-traffic and settle checks): `defineCheck({ url, 'expect-status': 200 })`.
 */
function defineCheck(raw, options = {}) {
    return normalizeConfig({ checks: [raw] }, options).checks[0];
}
/** Parses and validates smoke-test.yml text. `file` names it in errors. */
function config_parseConfig(text, options = {}) {
    const { value, locate } = parseYamlConfig(text, options.file ?? 'smoke-test.yml', EXAMPLE);
    return normalizeConfig(value, { ...options, locate });
}
/**
 * Reads and validates a config file the user named (it must exist; relative to `cwd`);
 * relative `ca-file` paths resolve against its folder.
 */
function loadConfig(path, options = {}) {
    const { subject, ...rest } = options;
    const file = readConfigFile(resolve(rest.cwd ?? '.'), path, 'smoke-test.yml', subject);
    return config_parseConfig(file.text, { ...rest, cwd: dirname(file.path), file: file.name });
}

;// CONCATENATED MODULE: ./packages/probe/src/report.ts
// The report, once, in every shape a front end shows: JSON (CLI.md's `smoke` shape plus
// details), Markdown for job summaries and PR comments, plain text for the terminal, a
// progress line per finished check, and annotations. The action and the CLI only call these.

function toJson(report) {
    return {
        passed: report.passed,
        elapsedMs: report.elapsedMs,
        checks: report.checks.map((c) => ({
            name: c.name,
            url: c.url,
            passed: c.passed,
            outcome: c.outcome,
            status: c.status,
            latencyMs: c.latencyMs,
            errorRate: c.errorRate,
            requests: c.requests,
            elapsedMs: c.elapsedMs,
            tls: c.tls && {
                daysLeft: c.tls.daysLeft,
                trusted: c.tls.trusted,
                hostnameMatches: c.tls.hostnameMatches,
                protocol: c.tls.protocol,
                validTo: c.tls.validTo,
            },
            version: c.version && { expected: c.version.expected, seen: c.version.seen, settled: c.version.settled, consecutive: c.version.consecutive },
            thresholds: c.thresholds.length > 0 ? c.thresholds.map((t) => ({ threshold: t.threshold, passed: t.passed, actual: t.actual })) : undefined,
            securityHeaders: c.securityHeaders?.findings.map((f) => ({ rule: f.rule, level: f.level, message: f.message })),
            failures: c.failures,
            warnings: c.warnings,
            bodyExcerpt: c.bodyExcerpt,
        })),
    };
}
const ms = (value) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);
const label = (outcome) => (outcome === 'passed' ? 'PASS' : outcome === 'warning' ? 'WARN' : 'FAIL');
/** The worst single p95 across checks that measured anything (for the `p95-ms` output). */
function worstP95(report) {
    const measured = report.checks.filter((c) => c.requests > 0);
    return measured.length === 0 ? undefined : Math.max(...measured.map((c) => c.latencyMs.p95));
}
function counts(report) {
    return {
        passed: report.checks.filter((c) => c.outcome === 'passed').length,
        warning: report.checks.filter((c) => c.outcome === 'warning').length,
        failed: report.checks.filter((c) => c.outcome === 'failed').length,
    };
}
/** A one-line verdict, e.g. "2 of 5 checks failed". */
function headline(report) {
    const { warning, failed } = counts(report);
    const total = report.checks.length;
    if (failed > 0)
        return `${failed} of ${total} check${total === 1 ? '' : 's'} failed${warning > 0 ? `, ${warning} with warnings` : ''}`;
    if (warning > 0)
        return `all ${total} check${total === 1 ? '' : 's'} passed, ${warning} with warnings`;
    return `all ${total} check${total === 1 ? '' : 's'} passed`;
}
const COLUMNS = (/* unused pure expression or super */ null && (['Check', 'Result', 'Status', 'p50', 'p90', 'p95', 'p99', 'max', 'Errors', 'TLS days', 'Failures']));
const ALIGN = (/* unused pure expression or super */ null && (['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left']));
function row(c) {
    const measured = c.requests > 0 && c.status !== undefined;
    const latency = (value) => (measured ? ms(value) : '');
    return [
        c.name,
        badge(c.outcome),
        c.status,
        latency(c.latencyMs.p50),
        latency(c.latencyMs.p90),
        latency(c.latencyMs.p95),
        latency(c.latencyMs.p99),
        latency(c.latencyMs.max),
        c.requests > 0 ? `${Math.round(c.errorRate * 1000) / 10}% of ${c.requests}` : '',
        c.tls?.daysLeft,
        [...c.failures, ...c.warnings.map((w) => `⚠️ ${w}`)].join('\n'),
    ];
}
/** The version, security-header findings and body excerpt of a check, when it has any. */
function detailsOf(c) {
    const parts = [];
    if (c.version)
        parts.push(`- Version: expected \`${c.version.expected}\`, seen ${c.version.seen.map((v) => `\`${v}\``).join(', ') || 'none'}, ${c.version.consecutive} in a row`);
    for (const f of c.securityHeaders?.findings ?? [])
        parts.push(`- ${f.level === 'fail' ? '❌' : '⚠️'} ${cell(f.message)}`);
    if (c.bodyExcerpt !== undefined)
        parts.push('- Body of the first failing answer (truncated):', '', '```text', c.bodyExcerpt.replace(/```/g, "'''"), '```');
    return parts.length === 0 ? undefined : details(c.name, parts.join('\n'));
}
/** The Markdown body of the job summary and the PR comment. */
function toMarkdown(report, options = {}) {
    const rows = report.checks.slice(0, options.maxRows ?? 200);
    const more = report.checks.length - rows.length;
    const detailed = report.checks.flatMap((c) => detailsOf(c) ?? []).slice(0, 20);
    return [
        options.preview ? `Preview: ${options.preview}\n\n` : '',
        heading(`${options.title ?? 'Smoke test'}: ${report.passed ? '✅' : '❌'} ${headline(report)}`),
        `\nFinished in ${ms(report.elapsedMs)}.\n\n`,
        table(COLUMNS, rows.map(row), ALIGN),
        more > 0 ? `\n${more} more checks are in the JSON report.\n` : '',
        ...detailed.map((block) => `\n${block}`),
        options.note ? `\n${options.note}\n` : '',
    ].join('');
}
/** One finished check as it is logged while the others run: `[3/5] FAIL name 200 p95 12 ms` and its failures. */
function toProgress(result, done, total, options = {}) {
    const latency = result.requests > 1 ? ` p95 ${Math.round(result.latencyMs.p95)} ms` : result.status !== undefined ? ` ${Math.round(result.latencyMs.max)} ms` : '';
    const line = `[${done}/${total}] ${label(result.outcome)} ${result.name}${result.status !== undefined ? ` ${result.status}` : ''}${latency}`;
    // Without details (the terminal, where the text report lists the failures next): the line alone.
    if (options.details === false)
        return line;
    return [line, ...result.failures.map((failure) => `    ✗ ${failure}`), ...result.warnings.map((warning) => `    ! ${warning}`)].join('\n');
}
/** Plain text for the terminal. */
function toText(report) {
    const lines = [];
    for (const c of report.checks) {
        const latency = c.requests > 1
            ? ` p50 ${ms(c.latencyMs.p50)} p95 ${ms(c.latencyMs.p95)} p99 ${ms(c.latencyMs.p99)} max ${ms(c.latencyMs.max)} errors ${Math.round(c.errorRate * 1000) / 10}%`
            : c.status !== undefined
                ? ` ${ms(c.latencyMs.max)}`
                : '';
        const tls = c.tls?.daysLeft !== undefined ? ` TLS ${c.tls.daysLeft} days` : '';
        lines.push(`${label(c.outcome)} ${c.name} ${c.status ?? ''}${latency}${tls}`.replace(/\s+$/, ''));
        for (const failure of c.failures)
            lines.push(`     ✗ ${failure}`);
        for (const warning of c.warnings)
            lines.push(`     ! ${warning}`);
    }
    lines.push('', `${headline(report)} in ${ms(report.elapsedMs)}`);
    return lines.join('\n') + '\n';
}
/** One annotation per check with something to say: an error for a failed check, a warning for warnings. */
function toAnnotations(report) {
    return [
        ...report.checks.filter((c) => !c.passed).map((c) => ({ level: 'error', title: `smoke-test: ${c.name}`, message: c.failures.join('; ') })),
        ...report.checks
            .filter((c) => c.warnings.length > 0)
            .map((c) => ({ level: 'warning', title: `smoke-test: ${c.name}`, message: c.warnings.join('; ') })),
    ];
}

;// CONCATENATED MODULE: ./packages/probe/src/index.ts
// The probe engine: HTTP checks for smoke tests and for the deploy action's pre-traffic,
// settle and analysis steps. Plain TypeScript, no @actions/* and no process.env.
//
//   const { checks, parallel } = loadConfig('smoke-test.yml', { cwd, env });
//   const report = await runChecks(checks, { parallel });
//   toText(report), toMarkdown(report), toJson(report)        -> the report in each shape (report.ts)
//   const check = defineCheck({ url, 'expect-version': sha, 'version-header': 'x-app-version' });
//
// Single routines, for callers that compose their own flow:
//   waitUntilReady(check, { timeoutMs })                     -> ReadyResult
//   settle(check, { expectVersion, times, timeoutMs })       -> SettleResult
//   measureLatency(check, { requests, concurrency })          -> LatencyResult
//   evaluateThresholds(latency, check.latency.thresholds)     -> ThresholdResult[]
//   checkTls(url, { warnDays, failDays, ca })                 -> TlsResult
//   checkSecurityHeaders(response.headers, policy)            -> SecurityHeadersResult
//   checkHttpsRedirect(httpUrl)                               -> RedirectCheckResult
// Each takes an optional `clock` and `signal` (see clock.ts) and, where it makes requests,
// a shared `client` from createHttpClient().















;// CONCATENATED MODULE: ./packages/deploy/src/probe-verifier.ts
// The verifier backed by the probe engine (packages/probe, shared with the smoke-test action):
// settle after each traffic change is probe's `settle` (expected version K times in a row, an
// old answer resets the count). Endpoints on unix sockets, which probe's client does not speak,
// and the single health checks go through the built-in HTTP verifier.


function source(identity, healthPath) {
    const path = identity.path !== healthPath || identity.kind !== 'header' ? identity.path : undefined;
    if (identity.kind === 'header')
        return path === undefined ? { header: identity.name } : { header: identity.name, path };
    if (identity.kind === 'json')
        return { jsonPath: identity.jsonPath.text, compiledJsonPath: identity.jsonPath, path: identity.path };
    return { path: identity.path };
}
/**
 * A fresh connection per request: after a traffic change what matters is where a user's NEW
 * connection lands (an nginx reload leaves old workers serving the connections they hold).
 */
const freshConnections = {
    async send(request) {
        const client = http_createHttpClient();
        try {
            return await client.send(request);
        }
        finally {
            await client.close();
        }
    },
    close: () => Promise.resolve(),
};
class ProbeVerifier {
    http;
    options;
    constructor(options) {
        this.options = options;
        this.http = new HttpVerifier(options);
    }
    check(endpoint, expectVersion) {
        return this.http.check(endpoint, expectVersion);
    }
    sample(endpoint, requests, signal) {
        return this.http.sample(endpoint, requests, signal);
    }
    async settle(endpoint, expectVersion, options) {
        if (endpoint.socketPath !== undefined)
            return this.http.settle(endpoint, expectVersion, options);
        const check = normalizeConfig({ checks: [{ url: endpoint.url, timeout: `${this.options.timeoutMs}ms` }] }).checks[0];
        if (check === undefined)
            return this.http.settle(endpoint, expectVersion, options);
        const result = await ready_settle(check, {
            expectVersion,
            source: source(this.options.identity, this.options.healthPath),
            times: options.mode === 'seen' ? 1 : options.times,
            timeoutMs: options.timeoutMs,
            intervalMs: options.intervalMs,
            signal: options.signal,
            client: freshConnections,
        });
        if (result.settled) {
            // Serving the version is not enough: it must also pass its health check.
            const health = await this.http.check(endpoint, options.mode === 'seen' ? undefined : expectVersion);
            if (!health.ok)
                return {
                    ok: false,
                    attempts: result.attempts + 1,
                    lastVersion: result.lastVersion,
                    reason: `serves ${expectVersion} but ${health.error ?? 'is not healthy'}`,
                };
        }
        return {
            ok: result.settled,
            attempts: result.attempts,
            lastVersion: result.lastVersion,
            reason: result.settled
                ? undefined
                : `did not serve ${expectVersion} ${options.mode === 'seen' ? 'once' : `${options.times} times in a row`} within ${Math.round(options.timeoutMs / 100) / 10} s (seen: ${result.seen.join(', ') || 'nothing'}${result.lastError ? `; last: ${result.lastError}` : ''})`,
        };
    }
}

;// CONCATENATED MODULE: ./packages/deploy/src/report.ts
// The one report of a deploy, in the shapes the front ends need: JSON (the CLI's `deploy` shape,
// also the action's report file), Markdown (the job summary, the CLI's --format markdown) and
// plain text (the terminal). The action and the CLI only call these.

function reportContext(config, extra = {}) {
    return { environment: config.environment, strategy: config.strategy, action: config.action, url: config.publicUrl, ...extra };
}
/** Whether the front ends count the result as done: promoted, paused for a decision, or rolled back on request. */
function succeeded(result, action) {
    return result.status === 'promoted' || result.status === 'paused' || (action === 'rollback' && result.status === 'rolled-back');
}
function report_toJson(result, context) {
    return {
        status: result.status,
        version: result.version,
        previousVersion: result.previousVersion ?? null,
        rolledBack: result.rolledBack,
        servingVersion: result.servingVersion ?? null,
        noop: result.noop,
        reason: result.reason ?? null,
        rungs: result.rungs,
        dryRun: result.dryRun,
        timeline: result.timeline.map((e) => ({
            at: e.at,
            phase: e.phase,
            ...(e.weight === undefined ? {} : { weight: e.weight }),
            result: e.result,
            ...(e.detail === undefined ? {} : { detail: e.detail }),
            ...(e.durationMs === undefined ? {} : { durationMs: e.durationMs }),
        })),
        environment: context.environment,
        strategy: context.strategy,
        deploymentId: context.deploymentId ?? result.deploymentId,
    };
}
/** One line with the outcome, and the reason on a second when it did not promote. */
function report_toText(result) {
    const previous = result.previousVersion ? ` (previous ${result.previousVersion})` : '';
    const reason = result.reason && result.status !== 'promoted' ? `\n  ${result.reason}` : '';
    return `${result.status}: ${result.version}${previous}${result.noop ? ', already deployed' : ''}${reason}\n`;
}
function timelineTable(timeline) {
    return (0,src/* table */.tp)(['time', 'phase', 'weight', 'result', 'duration', 'detail'], timeline.map((e) => [
        e.at.slice(11, 19),
        e.phase,
        e.weight === undefined ? '' : `${e.weight} %`,
        e.result,
        e.durationMs === undefined ? '' : (0,src/* formatElapsed */.C7)(e.durationMs),
        e.detail ?? '',
    ]));
}
const ICON = { promoted: '✅', 'rolled-back': '↩️', paused: '⏸️', failed: '❌' };
const TITLE = { deploy: 'Deploy', promote: 'Deploy', rollback: 'Rollback to', recover: 'Interrupted deploy of' };
function report_toMarkdown(result, context) {
    const parts = [
        (0,src/* heading */.R_)(`${ICON[result.status]} ${TITLE[context.action]} ${result.version} to ${context.environment}: ${result.status}${result.noop ? ' (already deployed, nothing changed)' : ''}`),
        (0,src/* table */.tp)(['', ''], [
            ['version', result.version],
            ['previous version', result.previousVersion ?? '(none)'],
            ['serving now', result.servingVersion ?? '(unknown)'],
            ['environment URL', context.url ?? ''],
        ]),
    ];
    if (result.reason && result.status !== 'promoted')
        parts.push((0,src/* heading */.R_)(result.status === 'paused' ? 'Why it paused' : 'Why it rolled back', 3), result.reason + '\n');
    if (result.rungs.length > 0)
        parts.push((0,src/* heading */.R_)('Rollback', 3), (0,src/* list */.p_)(result.rungs.map((r) => `${r.ok ? '✅' : '❌'} ${r.rung}${r.version ? ` (${r.version})` : ''}: ${r.detail}`)));
    if (result.dryRun.length > 0)
        parts.push((0,src/* heading */.R_)('Analysis dry run', 3), (0,src/* list */.p_)(result.dryRun));
    parts.push((0,src/* heading */.R_)('Timeline', 3), timelineTable(result.timeline));
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./packages/deploy/src/run.ts
// One call for the front ends: parse the configuration, build the verifier and the adapter,
// run the engine (or recover an interrupted deploy in a post step).




function createVerifier(config) {
    return new ProbeVerifier({ identity: config.identity, healthPath: config.healthPath, timeoutMs: 5000 });
}
function prepareEngine(raw, options) {
    const config = parseConfig(raw, options.context);
    const verifier = options.verifier ?? createVerifier(config);
    const adapter = createAdapter(config, { verifier, env: options.env });
    const engine = new DeployEngine(config, { ...options, adapter, verifier });
    options.onReady?.(config, engine);
    return { config, engine };
}
async function deployFromConfig(raw, options) {
    const { config, engine } = prepareEngine(raw, options);
    return { config, result: await engine.run() };
}

;// CONCATENATED MODULE: ./packages/deploy/src/index.ts
// The deploy engine: strategies, a write-ahead state file, target locks, adapters, analysis
// and the rollback ladder. Plain TypeScript: no @actions/* import, no process.env reads.













;// CONCATENATED MODULE: ./actions/deploy/engine.ts
// Loaded with import() after the inputs are valid, so a bad input exits without loading the engine.



/***/ })

};
