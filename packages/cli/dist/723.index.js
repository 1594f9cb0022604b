export const id = 723;
export const ids = [723,574];
export const modules = {

/***/ 5039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nN: () => (/* reexport */ FETCH_HINT),
  ux: () => (/* reexport */ branchTip),
  Y_: () => (/* reexport */ changedFiles),
  MA: () => (/* reexport */ changedLines),
  __: () => (/* reexport */ checkRef),
  MZ: () => (/* reexport */ deepenUntil),
  qs: () => (/* reexport */ diffHeaderPath),
  q$: () => (/* reexport */ ensureCommit),
  _Y: () => (/* reexport */ findRemote),
  $Y: () => (/* reexport */ git),
  c_: () => (/* reexport */ gitResult),
  pH: () => (/* reexport */ headInfo),
  QX: () => (/* reexport */ isAncestor),
  Z6: () => (/* reexport */ isRepository),
  fE: () => (/* reexport */ isShallow),
  nT: () => (/* reexport */ listTree),
  wu: () => (/* reexport */ mergeBase),
  DJ: () => (/* reexport */ revParse),
  t1: () => (/* reexport */ streamGit),
  M4: () => (/* reexport */ topLevel),
  Ii: () => (/* reexport */ tryGit),
  Pf: () => (/* reexport */ unquotePath)
});

// UNUSED EXPORTS: DEEPEN_STEPS, GitError, gitEnvironment, gitSucceeds, isFullSha, parseUnifiedDiff, repoOf

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./packages/toolkit/src/index.ts + 2 modules
var src = __webpack_require__(5312);
;// CONCATENATED MODULE: ./packages/git/src/run.ts
// The one way the engines run git: an argument array (never a shell), one hardened
// environment, output collected as bytes and decoded once, and one GitError.


function repoOf(repo) {
    return typeof repo === 'string' ? { cwd: repo } : repo;
}
/**
 * Never prompt for credentials (a job would hang), English messages (they are quoted in
 * errors), no pager, and paths printed as they are (non-ASCII names unquoted).
 */
const HARDENED = { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', GIT_PAGER: 'cat', LC_ALL: 'C' };
const CONFIG = ['-c', 'core.quotePath=false'];
function gitEnvironment(repo, extra = {}) {
    // The git layer is where the process meets the machine: without an environment from the
    // caller, git gets this process's (PATH, HOME), hardened.
    return { ...(repo.env ?? process.env), ...HARDENED, ...extra };
}
/**
 * git failed. A user error (a ConfigurationError): what git refuses is the checkout's state, a
 * ref that is not there, or a clone too shallow, which the user fixes, not the code.
 */
class GitError extends src/* ConfigurationError */.j1 {
    name = 'GitError';
    args;
    stderr;
    exitCode;
    constructor(message, details = {}) {
        super('git', message, undefined, { plain: true });
        this.args = details.args ?? [];
        this.stderr = details.stderr ?? '';
        this.exitCode = details.exitCode;
    }
}
const NOT_FOUND = 'git was not found on PATH: install git (actions/checkout needs it too) or add it to PATH';
function failure(args, stderr, code) {
    const said = stderr.trim().split('\n').slice(-3).join(' ');
    // A command line is named by its sub-command and first few arguments: a long list of paths says nothing more.
    const shown = args.length > 6 ? `${args.slice(0, 6).join(' ')} …` : args.join(' ');
    return new GitError(`git ${shown} failed: ${said || `exit code ${code ?? 'none (killed)'}`}`, { args, stderr, exitCode: code ?? undefined });
}
/** Runs git and returns its exit code and output, whatever the exit code. Throws only when git cannot run. */
function gitResult(repo, args, options = {}) {
    const { cwd } = repoOf(repo);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', [...CONFIG, ...args], {
            cwd,
            env: gitEnvironment(repoOf(repo), options.env),
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout?.on('data', (chunk) => out.push(chunk));
        child.stderr?.on('data', (chunk) => err.push(chunk));
        if (options.input !== undefined)
            child.stdin?.end(options.input);
        child.on('error', (error) => reject(error.code === 'ENOENT' ? new GitError(NOT_FOUND, { args }) : error));
        child.on('close', (code) => {
            resolve({ code: code ?? 128, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
        });
    });
}
/** Runs git and returns its standard output; a non-zero exit is a GitError quoting git's own message. */
async function git(repo, args, options = {}) {
    const result = await gitResult(repo, args, options);
    if (result.code !== 0)
        throw failure(args, result.stderr, result.code);
    return result.stdout;
}
/** Standard output, or undefined when git exits non-zero. */
async function tryGit(repo, args) {
    const result = await gitResult(repo, args);
    return result.code === 0 ? result.stdout : undefined;
}
/** Whether git exits 0. */
async function gitSucceeds(repo, args) {
    return (await gitResult(repo, args)).code === 0;
}
/**
 * Runs a long git command (`log`, `diff`) and hands its output to `onChunk` as it arrives, so
 * the caller parses while git still writes. When `onChunk` throws, git is stopped and that error
 * is what the promise rejects with; a non-zero exit is a GitError.
 */
function streamGit(repo, args, onChunk, options = {}) {
    const { cwd } = repoOf(repo);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', [...CONFIG, ...args], { cwd, env: gitEnvironment(repoOf(repo), options.env), stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        let failed;
        let hasFailed = false;
        child.stdout.on('data', (chunk) => {
            if (hasFailed)
                return;
            try {
                onChunk(chunk);
            }
            catch (error) {
                failed = error;
                hasFailed = true;
                child.kill();
            }
        });
        child.stderr.setEncoding('utf8').on('data', (chunk) => {
            if (stderr.length < 16_384)
                stderr += chunk;
        });
        child.on('error', (error) => reject(error.code === 'ENOENT' ? new GitError(NOT_FOUND, { args }) : error));
        child.on('close', (code) => {
            if (hasFailed)
                reject(failed instanceof Error ? failed : new Error(String(failed)));
            else if (code !== 0)
                reject(failure(args, stderr, code));
            else
                resolve();
        });
    });
}
/**
 * A ref, commit or range from input (an event, an option, a config file) must not be read by
 * git as an option: `--upload-pack=...` would run a command. Git's own `--end-of-options` is
 * passed before such values too; this check names the input when one looks like an option.
 */
function checkRef(subject, ref) {
    if (ref === '' || ref.startsWith('-') || /[\0\n\r]/.test(ref))
        throw new src/* ConfigurationError */.j1(subject, `"${ref}" is not a git ref or commit${ref.startsWith('-') ? ' (it starts with "-")' : ''}`, 'main, origin/main or a commit SHA');
    return ref;
}

;// CONCATENATED MODULE: ./packages/git/src/refs.ts
// Commits, shallow clones and the merge base: what every engine asks of a checkout before it
// reads history. One deepening schedule for all of them.

/** The commit `rev` names, or undefined when the checkout has no such commit. */
async function revParse(repo, rev) {
    const out = await tryGit(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
    const sha = out?.trim();
    return sha === undefined || sha === '' ? undefined : sha;
}
async function isShallow(repo) {
    return (await tryGit(repo, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
}
/**
 * The commit `rev` names, whether the clone is shallow and the checked-out branch: what an
 * engine asks first, in one `git rev-parse` (a process costs more than most answers it gives).
 */
async function headInfo(repo, rev = 'HEAD') {
    const branchOf = (ref) => (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined);
    // The rev comes first (--symbolic-full-name applies to what follows it); rev-parse prints
    // `--end-of-options` back outside --verify mode, so the rev is checked instead.
    const out = await tryGit(repo, ['rev-parse', `${checkRef('rev', rev)}^{commit}`, '--is-shallow-repository', '--symbolic-full-name', 'HEAD']);
    if (out !== undefined) {
        const [sha = '', shallow = '', ref = ''] = out.split('\n');
        return { sha: FULL_SHA.test(sha) ? sha : undefined, shallow: shallow === 'true', branch: branchOf(ref) };
    }
    // `rev` names no commit (or there is none yet): what else there is to know, asked on its own.
    const ref = (await tryGit(repo, ['symbolic-ref', '--quiet', 'HEAD']))?.trim() ?? '';
    return { sha: undefined, shallow: await isShallow(repo), branch: branchOf(ref) };
}
async function isRepository(repo) {
    return gitSucceeds(repo, ['rev-parse', '--git-dir']);
}
/** The top folder of the working tree that holds `repo`'s folder. */
async function topLevel(repo) {
    return (await git(repo, ['rev-parse', '--show-toplevel'])).trim();
}
async function isAncestor(repo, ancestor, descendant) {
    const result = await gitResult(repo, ['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant]);
    if (result.code === 0)
        return true;
    if (result.code === 1)
        return false;
    throw new GitError(`git merge-base --is-ancestor ${ancestor} ${descendant} failed: ${result.stderr.trim()}`, {
        stderr: result.stderr,
        exitCode: result.code,
    });
}
/** The remote to fetch from: `preferred` when it exists, else the only (first) remote; undefined when there is none. */
async function findRemote(repo, preferred = 'origin') {
    const remotes = ((await tryGit(repo, ['remote'])) ?? '').split('\n').filter((name) => name !== '');
    return remotes.includes(preferred) ? preferred : remotes[0];
}
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function isFullSha(ref) {
    return FULL_SHA.test(ref);
}
/** Said when the history a command needs is not in the checkout. */
const FETCH_HINT = 'Set `fetch-depth: 0` on actions/checkout (or a depth that reaches the base), or make sure the runner can fetch from the remote.';
/**
 * The commit `ref` names; a full SHA missing from a shallow or single-branch clone is fetched
 * (GitHub serves any commit of the repository by its id), a branch name through {@link branchTip}.
 * Throws a GitError naming the fix.
 */
async function ensureCommit(repo, ref, policy = {}) {
    const sha = await revParse(repo, ref);
    if (sha !== undefined)
        return sha;
    const remote = policy.fetch === false ? undefined : await findRemote(repo, policy.remote);
    if (remote !== undefined) {
        let fetched;
        if (isFullSha(ref)) {
            policy.log?.(`Fetching ${ref.slice(0, 12)} from ${remote}`);
            await tryGit(repo, ['fetch', '--no-tags', '--quiet', '--depth=1', '--end-of-options', remote, ref]);
            fetched = await revParse(repo, ref);
        }
        else
            fetched = await branchTip(repo, ref, policy);
        if (fetched !== undefined)
            return fetched;
    }
    throw new GitError(`the commit ${ref} is not in this checkout${remote === undefined ? '' : ` and could not be fetched from ${remote}`}. ${FETCH_HINT}`);
}
/**
 * A branch's tip: the remote's (its remote-tracking ref, fetched once at depth 1 when missing),
 * else a local branch of that name; undefined when neither can be had.
 */
async function branchTip(repo, branch, policy = {}) {
    const remote = await findRemote(repo, policy.remote);
    const local = `refs/heads/${branch}`;
    if (remote === undefined)
        return revParse(repo, local);
    const tracking = `refs/remotes/${remote}/${branch}`;
    const found = (await revParse(repo, tracking)) ?? (await revParse(repo, local));
    if (found !== undefined || policy.fetch === false)
        return found;
    policy.log?.(`Fetching ${branch} from ${remote}`);
    await tryGit(repo, ['fetch', '--no-tags', '--quiet', '--depth=1', '--end-of-options', remote, `+${local}:${tracking}`]);
    return revParse(repo, tracking);
}
/** Commits fetched per step while a shallow clone is deepened; after the last step, the whole history. */
const DEEPEN_STEPS = [50, 200, 800, 3200];
/**
 * Asks `found` and, while it has no answer and the clone is shallow, deepens the clone step by
 * step (DEEPEN_STEPS, then the whole history) and asks again. The one deepening loop.
 */
async function deepenUntil(repo, found, options) {
    let value = await found();
    let deepened = 0;
    if (value !== undefined || options.fetch === false || !(await isShallow(repo)))
        return { value, deepened, unshallowed: false };
    const remote = await findRemote(repo, options.remote);
    if (remote === undefined)
        return { value, deepened, unshallowed: false };
    const tags = options.tags ? ['--tags'] : ['--no-tags'];
    const refs = options.refs ?? [];
    for (const step of DEEPEN_STEPS) {
        options.log?.(`Shallow clone: deepening by ${step} commits to find ${options.what}`);
        // With the refs when the remote serves them; a remote that refuses one is deepened along its own branches.
        const withRefs = refs.length > 0 && (await gitSucceeds(repo, ['fetch', ...tags, '--quiet', `--deepen=${step}`, '--end-of-options', remote, ...refs]));
        if (!withRefs)
            await git(repo, ['fetch', ...tags, '--quiet', `--deepen=${step}`, '--end-of-options', remote]);
        deepened++;
        value = await found();
        if (value !== undefined || !(await isShallow(repo)))
            return { value, deepened, unshallowed: false };
    }
    options.log?.(`Shallow clone: fetching the whole history to find ${options.what}`);
    await git(repo, ['fetch', ...tags, '--quiet', '--unshallow', '--end-of-options', remote]);
    deepened++;
    return { value: await found(), deepened, unshallowed: true };
}
/**
 * The merge base of `a` and `b` (commits or refs), deepening a shallow clone until it is there.
 * Throws a GitError that says why it is not: unrelated histories, or history the clone lacks.
 */
async function mergeBase(repo, a, b, policy = {}) {
    const attempt = async () => (await tryGit(repo, ['merge-base', '--end-of-options', a, b]))?.trim().split('\n')[0] || undefined;
    const refs = policy.refs ?? [a, b].filter(isFullSha);
    const found = await deepenUntil(repo, attempt, { ...policy, refs, what: 'the merge base' });
    if (found.value !== undefined)
        return { sha: found.value, deepened: found.deepened, unshallowed: found.unshallowed };
    const short = (ref) => (isFullSha(ref) ? ref.slice(0, 12) : ref);
    if (await isShallow(repo))
        throw new GitError(`the merge base of ${short(a)} and ${short(b)} is not in this shallow checkout${policy.fetch === false ? '' : ', and it could not be fetched'}. ${FETCH_HINT}`);
    for (const ref of [a, b])
        if ((await revParse(repo, ref)) === undefined)
            throw new GitError(`${short(ref)} is not a commit in this checkout: name a branch, tag or commit it has (fetch it first when only the remote has it)`);
    throw new GitError(`${short(a)} and ${short(b)} have no common history: there is no merge base to compare with`);
}

;// CONCATENATED MODULE: ./packages/git/src/diff.ts
// Paths and changed lines as git prints them.

const ESCAPES = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
/**
 * A path as git prints it in diff headers: as is, or in C-style quotes with octal escapes
 * for bytes (a UTF-8 name is several escaped bytes) when it holds unusual characters.
 */
function unquotePath(raw) {
    if (!raw.startsWith('"') || !raw.endsWith('"') || raw.length < 2)
        return raw;
    const inner = raw.slice(1, -1);
    const bytes = [];
    for (let i = 0; i < inner.length; i++) {
        const c = inner[i] ?? '';
        if (c !== '\\') {
            for (const b of Buffer.from(c, 'utf8'))
                bytes.push(b);
            continue;
        }
        const next = inner[++i] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(inner.slice(i, i + 3), 8));
            i += 2;
        }
        else
            bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
    }
    return Buffer.from(bytes).toString('utf8');
}
/** The path of a `--- a/x` / `+++ b/x` header (or a `diff --git` side): unquoted, without its a/ or b/ prefix. */
function diffHeaderPath(raw) {
    return unquotePath(raw.replace(/\t$/, '')).replace(/^[ab]\//, '');
}
/**
 * The added or changed line numbers per file of a unified diff (`git diff -U0`), keyed by the
 * new path; deleted files and files whose changes are only removals are left out.
 */
function parseUnifiedDiff(text) {
    const files = new Map();
    let current;
    for (const line of text.split('\n')) {
        if (line.startsWith('+++ ')) {
            const target = line.slice(4).replace(/\r$/, '');
            if (target === '/dev/null')
                current = undefined;
            else {
                const path = diffHeaderPath(target);
                current = files.get(path) ?? [];
                files.set(path, current);
            }
        }
        else if (line.startsWith('@@ ') && current) {
            const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
            if (!match)
                continue;
            const start = Number(match[1]);
            const count = match[2] === undefined ? 1 : Number(match[2]);
            for (let l = start; l < start + count; l++)
                current.push(l);
        }
        else if (line.startsWith('diff --git ')) {
            current = undefined;
        }
    }
    for (const [path, lines] of files)
        if (lines.length === 0)
            files.delete(path);
    return files;
}
/** Changed (added or modified) line numbers per file of `head`, relative to the merge base `base`. */
async function changedLines(repo, base, head = 'HEAD') {
    const text = await git(repo, [
        'diff',
        '--unified=0',
        '--no-color',
        '--no-ext-diff',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        '--find-renames',
        '--end-of-options',
        `${base}...${head}`,
    ]);
    return parseUnifiedDiff(text);
}
/** The files `head` changes since the merge base with `base`, under `paths` (renames found), from `git diff -z --name-status`. */
async function changedFiles(repo, base, head = 'HEAD', paths = ['.']) {
    const out = await git(repo, ['diff', '-z', '--name-status', '--find-renames', '--no-ext-diff', '--end-of-options', `${base}...${head}`, '--', ...paths]);
    const fields = out.split('\0');
    const files = [];
    for (let i = 0; i < fields.length;) {
        const code = fields[i++] ?? '';
        if (code === '')
            continue;
        const status = code[0] ?? '';
        const similarity = code.length > 1 ? Number(code.slice(1)) : undefined;
        if (status === 'R' || status === 'C') {
            const oldPath = fields[i++] ?? '';
            const path = fields[i++] ?? '';
            files.push({ status, similarity, path, oldPath });
        }
        else
            files.push({ status, path: fields[i++] ?? '' });
    }
    return files;
}
/** Every file path in the tree of `rev` under `paths`. */
async function listTree(repo, rev, paths = ['.']) {
    const out = await git(repo, ['ls-tree', '-r', '-z', '--name-only', '--end-of-options', rev, '--', ...paths]);
    return out.split('\0').filter((path) => path !== '');
}

;// CONCATENATED MODULE: ./packages/git/src/index.ts
// The git layer: the one runner every engine uses, and what they ask of a checkout.
// Engines keep their own performance-tuned readers (the history diff stream, the log
// reader) on top of `streamGit`.





/***/ }),

/***/ 1574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ formatKeyPath),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   ox: () => (/* binding */ ConfigReader),
/* harmony export */   readConfigFile: () => (/* binding */ readConfigFile)
/* harmony export */ });
/* unused harmony exports closest, describeValue */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2087);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6986);
// The one reader of configuration files: every engine's config (`.secret-scan.yml`,
// `.migration-check.yml`, `.release.yml`, `smoke-test.yml`) is found by one rule and read with
// typed readers whose errors name `file:line key`. Parsing the YAML (with the line of every key
// path) is `./yaml.ts`, a separate module so that no YAML parser loads where no file is read.




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
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(name) ? name : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, name);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        if (given === undefined)
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(subject, `the file ${given} does not exist`, defaultName);
    }
    try {
        return { name, path, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8') };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(subject, `cannot read the file ${name}: ${error.code ?? error.message}`, defaultName);
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
class ConfigReader {
    locate;
    constructor(locate = formatKeyPath) {
        this.locate = locate;
    }
    fail(path, problem, example) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(this.locate(path), problem, example);
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
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)('duration', this.string(value, path, example));
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


/***/ }),

/***/ 3547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sarifLevel),
/* harmony export */   x: () => (/* binding */ toSarifLog)
/* harmony export */ });
/** A severity in the project's words as a SARIF level. */
function sarifLevel(severity) {
    if (severity === 'error' || severity === 'high' || severity === 'critical')
        return 'error';
    if (severity === 'warning' || severity === 'medium')
        return 'warning';
    return 'note';
}
function toSarifLog(tool, findings, options = {}) {
    const used = new Set(findings.map((f) => f.ruleId));
    const known = new Set(tool.rules.map((r) => r.id));
    const rules = [
        ...tool.rules.filter((r) => used.has(r.id) || findings.length === 0),
        // A finding whose rule the tool did not describe still gets a rule entry to point at.
        ...[...used].filter((id) => !known.has(id)).map((id) => ({ id, shortDescription: { text: id } })),
    ];
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool.name,
                        ...(tool.version === undefined ? {} : { semanticVersion: tool.version }),
                        informationUri: tool.informationUri,
                        rules,
                    },
                },
                ...(options.automationId === undefined ? {} : { automationDetails: { id: options.automationId } }),
                results: findings.map((f) => ({
                    ruleId: f.ruleId,
                    ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
                    level: f.level,
                    message: { text: f.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                                region: {
                                    startLine: Math.max(1, f.line),
                                    ...(f.column === undefined ? {} : { startColumn: Math.max(1, f.column) }),
                                    ...(f.endColumn === undefined ? {} : { endColumn: Math.max((f.column ?? 1) + 1, f.endColumn) }),
                                },
                            },
                        },
                    ],
                    ...(f.fingerprints === undefined ? {} : { partialFingerprints: f.fingerprints }),
                    ...(f.properties === undefined ? {} : { properties: f.properties }),
                })),
            },
        ],
    };
}


/***/ }),

/***/ 5167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ parseYamlConfig)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1574);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2087);
// YAML text to plain values whose every key path can be traced back to its line: the parsing
// half of the config reader (`./config.ts`), loaded only where there is a file to parse.



/** Parses YAML text; invalid YAML (or a key given twice) is a ConfigurationError naming the line. */
function parseYamlConfig(text, file, example) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const first = document.errors[0];
    if (first) {
        const line = lines.linePos(first.pos[0]).line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${file}:${line}`, `is not valid YAML: ${first.message.split('\n')[0] ?? 'parse error'}`, example);
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
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
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
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof key === 'number') {
                node = node.items[key];
            }
            else
                break;
        }
        const line = offset === undefined ? undefined : lines.linePos(offset).line;
        return `${file}${line === undefined ? '' : `:${line}`}${path.length > 0 ? ` ${(0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)(path)}` : ''}`;
    };
}


/***/ })

};
