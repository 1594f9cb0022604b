export const id = 536;
export const ids = [536,574];
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

/***/ 9991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   Kg: () => (/* binding */ DEFAULT_TYPES),
/* harmony export */   Sn: () => (/* binding */ withOverrides),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   cK: () => (/* binding */ ReleaseConfigError),
/* harmony export */   eE: () => (/* binding */ movingTagKinds),
/* harmony export */   o4: () => (/* binding */ parseConfig),
/* harmony export */   ou: () => (/* binding */ BUMPS),
/* harmony export */   sb: () => (/* binding */ defaultConfig),
/* harmony export */   y5: () => (/* binding */ checkTagFormat)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5312);
/* harmony import */ var _devops_actions_toolkit_config__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1574);
// The release configuration: bump rules and sections as data, tag formats, components.
// Read from a YAML file (config-file.ts) with errors that name the line and the key.



const BUMPS = ['none', 'patch', 'minor', 'major'];
const DEFAULT_TYPES = {
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
function defaultConfig() {
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
class ReleaseConfigError extends _devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1 {
}
/** Checks a tag format: it must contain `{version}` once, and make a valid git ref name. */
function checkTagFormat(subject, format) {
    if (!format.includes('{version}'))
        throw new ReleaseConfigError(subject, `the tag format "${format}" has no {version} placeholder`, 'v{version} or deploy-v{version}');
    if (format.split('{version}').length > 2)
        throw new ReleaseConfigError(subject, `the tag format "${format}" has {version} more than once`, 'v{version}');
    if (/[\s~^:?*[\\]|\.\.|@\{|^-|\/$|\.lock$/.test(format.replace('{version}', '1.0.0')))
        throw new ReleaseConfigError(subject, `the tag format "${format}" does not make a valid tag name`, 'pkg@{version}');
    return format;
}
/**
 * The moving tags asked for, from the config (a list, or false) or an input (`major,minor`,
 * `major minor`): `none` or `false` asks for none. The one rule for both.
 */
function movingTagKinds(subject, value, example = '[major, minor]') {
    if (value === false)
        return [];
    const items = (typeof value === 'string' ? [value] : value).flatMap((item) => item.split(/[\s,]+/)).filter((item) => item !== '');
    if (items.length === 1 && (items[0] === 'none' || items[0] === 'false'))
        return [];
    for (const item of items)
        if (item !== 'major' && item !== 'minor')
            throw new ReleaseConfigError(subject, `"${item}" is not one of major, minor`, example);
    return items;
}
function withOverrides(config, overrides) {
    const result = { ...config };
    if (overrides.tagFormat !== undefined)
        result.tagFormat = checkTagFormat('tag-format', overrides.tagFormat);
    if (overrides.movingTags !== undefined)
        result.movingTags = movingTagKinds('moving-tags', overrides.movingTags, 'major,minor');
    if (overrides.changelog !== undefined)
        result.changelog = overrides.changelog === 'false' ? false : overrides.changelog;
    return result;
}
/** The file read when none is named. */
const DEFAULT_CONFIG_FILE = '.release.yml';
/**
 * The configuration in `given` (relative to `cwd`), which must exist, or in `.release.yml` when
 * that is there; the defaults otherwise.
 */
async function loadConfig(cwd, given) {
    const file = (0,_devops_actions_toolkit_config__WEBPACK_IMPORTED_MODULE_2__.readConfigFile)(cwd, given, DEFAULT_CONFIG_FILE);
    if (file === undefined)
        return defaultConfig();
    // An absolute path is shown relative to the checkout, as the user sees it there.
    return parseConfig(file.text, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(file.name) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, file.path) || file.name : file.name);
}
/** The configuration in `text`, from the file `name` (for messages). */
async function parseConfig(text, name = DEFAULT_CONFIG_FILE) {
    const { parseReleaseConfig } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(78)]).then(__webpack_require__.bind(__webpack_require__, 1078));
    return parseReleaseConfig(text, name);
}


/***/ }),

/***/ 2536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUMPS: () => (/* reexport */ config/* BUMPS */.ou),
  DEFAULT_CONFIG_FILE: () => (/* reexport */ config/* DEFAULT_CONFIG_FILE */.Cu),
  DEFAULT_TYPES: () => (/* reexport */ config/* DEFAULT_TYPES */.Kg),
  ReleaseConfigError: () => (/* reexport */ config/* ReleaseConfigError */.cK),
  ReleaseError: () => (/* reexport */ ReleaseError),
  ReleasePermissionError: () => (/* reexport */ ReleasePermissionError),
  almostConventional: () => (/* reexport */ almostConventional),
  analyze: () => (/* reexport */ analyze),
  applyInitialDevelopment: () => (/* reexport */ applyInitialDevelopment),
  checkTagFormat: () => (/* reexport */ config/* checkTagFormat */.y5),
  defaultConfig: () => (/* reexport */ config/* defaultConfig */.sb),
  entryBump: () => (/* reexport */ entryBump),
  executeRelease: () => (/* reexport */ executeRelease),
  headline: () => (/* reexport */ headline),
  loadConfig: () => (/* reexport */ config/* loadConfig */.Z9),
  maxBump: () => (/* reexport */ maxBump),
  moveTags: () => (/* reexport */ moveTags),
  movingTagKinds: () => (/* reexport */ config/* movingTagKinds */.eE),
  movingTagsFor: () => (/* reexport */ movingTagsFor),
  nextVersion: () => (/* reexport */ nextVersion),
  parseCommit: () => (/* reexport */ parseCommit),
  parseConfig: () => (/* reexport */ config/* parseConfig */.o4),
  parseVersion: () => (/* reexport */ parseVersion),
  planRelease: () => (/* reexport */ planRelease),
  prependChangelog: () => (/* reexport */ prependChangelog),
  releasableComponents: () => (/* reexport */ releasableComponents),
  remoteRepo: () => (/* reexport */ remoteRepo),
  renderChangelogBlock: () => (/* reexport */ renderChangelogBlock),
  renderNotes: () => (/* reexport */ renderNotes),
  sections: () => (/* reexport */ sections),
  tagFor: () => (/* reexport */ tagFor),
  toAnnotations: () => (/* reexport */ toAnnotations),
  toJson: () => (/* reexport */ toJson),
  toMarkdown: () => (/* reexport */ toMarkdown),
  toText: () => (/* reexport */ toText),
  versionFromTag: () => (/* reexport */ versionFromTag),
  withOverrides: () => (/* reexport */ config/* withOverrides */.Sn),
  writeChangelog: () => (/* reexport */ writeChangelog)
});

// EXTERNAL MODULE: ./packages/release/src/config.ts
var config = __webpack_require__(9991);
// EXTERNAL MODULE: ./node_modules/conventional-commits-parser/dist/index.js + 5 modules
var dist = __webpack_require__(4674);
;// CONCATENATED MODULE: ./packages/release/src/parse.ts
// Conventional Commits 1.0: `type(scope)!: subject`, BREAKING CHANGE / BREAKING-CHANGE footers,
// reverts, several entries in one squash-merge body, `Release-As:` footers; warnings for
// subjects that look conventional but are not.
//
// Footers, notes and references come from conventional-commits-parser. The parser is only
// ever given message text: the commit's identity travels beside it (git log fields), never
// through the text, because the parser mixes up fields that follow a footer (in 7.1.4 a
// `BREAKING CHANGE:` note followed by `close #N` swallows a trailing `-hash-` field).

const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?: (\S.*)$/;
const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordOrDash = (c) => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45;
const LINE_END = /[\n\r\u2028\u2029]/;
const SPACE = /\s/;
/**
 * `type(scope)!: subject`, exactly as {@link HEADER} matches it, without a regular expression's
 * match arrays: every commit of a long history goes through here.
 */
function parseHeader(line) {
    if (line.length === 0 || !isLetter(line.charCodeAt(0)))
        return undefined;
    let i = 1;
    while (i < line.length && isWordOrDash(line.charCodeAt(i)))
        i++;
    const type = line.slice(0, i);
    let scope;
    if (line.charCodeAt(i) === 40 /* ( */) {
        const close = line.indexOf(')', i + 1);
        if (close < 0)
            return undefined;
        scope = line.slice(i + 1, close);
        if (/[(\r\n]/.test(scope))
            return undefined;
        i = close + 1;
    }
    const bang = line.charCodeAt(i) === 33; /* ! */
    if (bang)
        i++;
    if (line.charCodeAt(i) !== 58 /* : */ || line.charCodeAt(i + 1) !== 32)
        return undefined;
    const subject = line.slice(i + 2);
    if (subject === '' || SPACE.test(subject[0] ?? '') || LINE_END.test(subject))
        return undefined;
    return { type, scope, bang, subject };
}
const PR_SUFFIX = /\s*\(#(\d+)\)$/;
const REVERT_QUOTED = /^Revert "(.+)"$/;
const REVERTS_COMMIT = /This reverts commit ([0-9a-f]{7,40})/i;
const RELEASE_AS = /^Release-As:\s*(.*?)\s*$/im;
const NOTE_TITLES = new Set(['BREAKING CHANGE', 'BREAKING-CHANGE']);
const BREAKING = /BREAKING/i;
const ISSUE = /#\d/;
const CLOSING = /close|fix|resolve/i;
let parser;
function footerParser() {
    parser ??= new dist/* CommitParser */.Jf({
        headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/,
        headerCorrespondence: ['type', 'scope', 'subject'],
        noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
        referenceActions: ['close', 'closes', 'closed', 'fix', 'fixes', 'fixed', 'resolve', 'resolves', 'resolved'],
        issuePrefixes: ['#'],
        // Reverts are recognised here, not by the parser.
        revertPattern: /^\b$/,
        // No field lines: the parser gets message text only.
        fieldPattern: /^\b$/,
    });
    return parser;
}
function references(commit) {
    const seen = new Set();
    const refs = [];
    for (const ref of commit.references) {
        const issue = Number(ref.issue);
        if (!Number.isSafeInteger(issue))
            continue;
        const repository = ref.owner && ref.repository ? `${ref.owner}/${ref.repository}` : ref.repository;
        const key = `${repository ?? ''}#${issue}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        refs.push({ issue, action: ref.action ? ref.action.toLowerCase() : null, repository: repository ?? null });
    }
    return refs;
}
const ENTRY_LINE = /^\s*(?:[*-]\s+)?([A-Za-z][\w-]*)(?:\([^()\r\n]*\))?!?: \S/;
const ANY_ENTRY_LINE = /\n\s*(?:[*-]\s+)?[A-Za-z][\w-]*(?:\([^()\r\n]*\))?!?: \S/;
/** Lines of a body that start a conventional entry of a known type (`* feat(x): ...`, `fix: ...`). */
function entryLine(line, knownTypes) {
    const quick = ENTRY_LINE.exec(line);
    if (!quick || !knownTypes.has(quick[1] ?? ''))
        return undefined;
    const text = line.replace(/^\s*[*-]\s+/, '');
    return parseHeader(text) ? text : undefined;
}
/**
 * Why a subject that is not conventional looks as if it meant to be, or undefined.
 * `Feat: x` parses (types are case-insensitive in the specification) but is flagged too.
 */
function almostConventional(subject, knownTypes) {
    const word = /^([A-Za-z]+)/.exec(subject)?.[1];
    if (!word || !knownTypes.has(word.toLowerCase()))
        return undefined;
    const rest = subject.slice(word.length);
    const parsed = HEADER.exec(subject);
    if (parsed)
        return word !== word.toLowerCase()
            ? `the type "${word}" is not lower case; it counts as ${word.toLowerCase()}, but write "${word.toLowerCase()}${rest}"`
            : undefined;
    if (/^\s+(\(|!|:)/.test(rest))
        return `a space after the type "${word}"; write "${word}${rest.replace(/^\s+/, '')}"`;
    if (/^\([^)]*$/.test(rest))
        return 'the scope has no closing parenthesis';
    if (/^(\([^()]*\))?!?:\S/.test(rest))
        return 'no space after the colon';
    if (/^(\([^()]*\))?!?\s*:\s*$/.test(rest))
        return 'no description after the colon';
    if (/^(\([^()]*\))?!?\s+\S/.test(rest) || /^(\([^()]*\))!?$/.test(rest))
        return 'no colon after the type and scope';
    if (/^(\([^()]*\))?!?\s*[-–—]\s*\S/.test(rest))
        return 'a dash where the colon belongs';
    return undefined;
}
function makeEntry(info, text, index, pr) {
    const newline = text.indexOf('\n');
    const rawHeader = (newline < 0 ? text : text.slice(0, newline)).trim();
    const prMatch = rawHeader.endsWith(')') ? PR_SUFFIX.exec(rawHeader) : null;
    const header = prMatch ? rawHeader.slice(0, prMatch.index) : rawHeader;
    const prNumber = prMatch ? Number(prMatch[1]) : pr;
    const body = newline < 0 ? '' : text.slice(newline + 1);
    const releaseAs = body === '' ? undefined : RELEASE_AS.exec(body)?.[1];
    let type;
    let scope = null;
    let subject;
    let bang = false;
    let reverts;
    const quoted = header.startsWith('Revert "') ? REVERT_QUOTED.exec(header) : null;
    const match = quoted ? undefined : parseHeader(header);
    if (quoted) {
        type = 'revert';
        subject = quoted[1] ?? '';
        reverts = { header: quoted[1] };
    }
    else if (match) {
        type = match.type.toLowerCase();
        scope = match.scope?.trim() || null;
        bang = match.bang;
        subject = match.subject.trim();
        if (type === 'revert')
            reverts = { header: subject.replace(/^"(.*)"$/, '$1') };
    }
    else {
        return { releaseAs };
    }
    if (reverts) {
        const sha = REVERTS_COMMIT.exec(body)?.[1];
        if (sha)
            reverts.sha = sha.toLowerCase();
    }
    let refs = [];
    const breakingNotes = [];
    // Only a body that could hold a note, or a reference that closes an issue (a closing keyword
    // and #N; the notes show nothing else), goes through the parser: it is most of a plan's time.
    if (body !== '' && (BREAKING.test(body) || (ISSUE.test(body) && CLOSING.test(text)))) {
        const parsed = footerParser().parse(`${header}\n${body}`);
        refs = references(parsed);
        for (const note of parsed.notes) {
            // BREAKING CHANGE must be upper case (Conventional Commits 1.0, item 15); the parser matches any case.
            if (NOTE_TITLES.has(note.title) && body.includes(note.title))
                breakingNotes.push(note.text.trim());
        }
    }
    const breaking = bang || breakingNotes.length > 0;
    if (bang && breakingNotes.length === 0)
        breakingNotes.push(subject);
    // Every entry has the same fields (`pr` and `reverts` undefined when absent): one object shape
    // for the thousands of entries of a long history.
    const entry = {
        sha: info.sha,
        type,
        scope,
        subject,
        header,
        breaking,
        breakingNotes: breakingNotes.includes('') ? breakingNotes.filter((n) => n !== '') : breakingNotes,
        references: refs.length === 0 ? refs : refs.filter((r) => r.issue !== prNumber || r.repository !== null),
        pr: prNumber,
        author: info.author,
        email: info.email,
        date: info.date,
        index,
        reverts,
    };
    return { entry, releaseAs, written: match?.type };
}
function subjectOf(message) {
    const newline = message.indexOf('\n');
    return (newline < 0 ? message : message.slice(0, newline)).trim();
}
/**
 * The warning for a subject that looks conventional but is not. A subject that made an entry
 * with a known type as written (or git's `Revert "..."`) needs no second look.
 */
function warningsFor(info, message, head, knownTypes) {
    if (head.entry && (head.written === undefined || knownTypes.has(head.written)))
        return [];
    const subject = subjectOf(message);
    const problem = almostConventional(subject, knownTypes);
    return problem ? [{ sha: info.sha, subject, problem }] : [];
}
/** Splits one commit message into its conventional entries, footers and warnings. */
function parseCommit(info, knownTypes) {
    const message = info.message.includes('\r') ? info.message.replace(/\r\n/g, '\n') : info.message;
    const newline = message.indexOf('\n');
    // Fast path: a one-line message, or a body without any line that could start an entry.
    if (newline < 0 || !ANY_ENTRY_LINE.test(message)) {
        const made = makeEntry(info, message, 0, undefined);
        return {
            entries: made.entry ? [made.entry] : [],
            releaseAs: made.releaseAs === '' ? undefined : made.releaseAs,
            warnings: warningsFor(info, message, made, knownTypes),
        };
    }
    // Several entries in one squash body: every line starting a conventional entry of a known type begins a block.
    const lines = message.split('\n');
    const starts = [];
    const firsts = [];
    for (let i = 1; i < lines.length; i++) {
        const first = entryLine(lines[i] ?? '', knownTypes);
        if (first === undefined)
            continue;
        starts.push(i);
        firsts.push(first);
    }
    const headBlock = lines.slice(0, starts[0] ?? lines.length).join('\n');
    const head = makeEntry(info, headBlock, 0, undefined);
    const releaseAs = [head.releaseAs];
    const squashPr = PR_SUFFIX.exec(subjectOf(message))?.[1];
    const bodyEntries = [];
    starts.forEach((start, i) => {
        const end = starts[i + 1] ?? lines.length;
        const first = firsts[i] ?? '';
        const indent = (lines[start] ?? '').length - first.length;
        let text = first;
        if (indent > 0) {
            const pad = ' '.repeat(indent);
            for (let l = start + 1; l < end; l++)
                text += `\n${lines[l]?.startsWith(pad) ? lines[l]?.slice(indent) : lines[l]}`;
        }
        else
            for (let l = start + 1; l < end; l++)
                text += `\n${lines[l]}`;
        const made = makeEntry(info, text, i + 1, squashPr === undefined ? undefined : Number(squashPr));
        releaseAs.push(made.releaseAs);
        if (made.entry)
            bodyEntries.push(made.entry);
    });
    const entries = head.entry && !bodyEntries.some((e) => e.header === head.entry?.header) ? [head.entry, ...bodyEntries] : bodyEntries;
    return { entries, releaseAs: releaseAs.find((v) => v !== undefined && v !== ''), warnings: warningsFor(info, message, head, knownTypes) };
}

// EXTERNAL MODULE: ./packages/release/src/semver.ts
var semver = __webpack_require__(4973);
;// CONCATENATED MODULE: ./packages/release/src/version.ts
// Bump rules as data, and versions with the semver package.


function maxBump(a, b) {
    return config/* BUMPS */.ou.indexOf(a) >= config/* BUMPS */.ou.indexOf(b) ? a : b;
}
/** The bump one entry asks for under the configuration, before the pre-1.0 policy. */
function entryBump(entry, config) {
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
        if (byScope)
            return byScope;
    }
    let byType = cache.types.get(entry.type);
    if (byType === undefined) {
        const rule = Object.hasOwn(config.types, entry.type) ? config.types[entry.type] : undefined;
        byType = rule ? { bump: rule.bump, rule: `type ${entry.type} → ${rule.bump}` } : { bump: 'none', rule: `type ${entry.type} is not configured` };
        cache.types.set(entry.type, byType);
    }
    return byType;
}
const ruleCaches = new WeakMap();
function rulesOf(config) {
    let cache = ruleCaches.get(config);
    if (!cache) {
        cache = { scopes: new Map(), types: new Map() };
        ruleCaches.set(config, cache);
    }
    return cache;
}
/** The pre-1.0 policy: while the major is 0, breaking → minor and feature → patch. */
function applyInitialDevelopment(bump, previous, config) {
    if (!config.initialDevelopment || !previous || previous.major !== 0 || (bump !== 'major' && bump !== 'minor'))
        return AS_ASKED[bump];
    return bump === 'major' ? { bump: 'minor', note: '0.x: breaking → minor' } : { bump: 'patch', note: '0.x: feature → patch' };
}
const AS_ASKED = { major: { bump: 'major' }, minor: { bump: 'minor' }, patch: { bump: 'patch' }, none: { bump: 'none' } };
function parseVersion(text) {
    return semver/* parse */.qg(text) ?? undefined;
}
/** The version a tag carries under a tag format (`deploy-v{version}` + `deploy-v1.2.0` → 1.2.0). */
function versionFromTag(tag, format) {
    const [prefix = '', suffix = ''] = format.split('{version}');
    if (!tag.startsWith(prefix) || !tag.endsWith(suffix) || tag.length <= prefix.length + suffix.length)
        return undefined;
    const text = tag.slice(prefix.length, tag.length - suffix.length);
    // Strict: `1.2` or `v1.2.3` inside the placeholder are not versions.
    const parsed = semver/* parse */.qg(text);
    return parsed && parsed.version === text.replace(/\+.*$/, '') ? parsed : undefined;
}
function tagFor(format, version) {
    return format.replace('{version}', version);
}
/** The moving tags of a stable release, at its commit: `v1` for major, `v1.4` for minor. */
function movingTagsFor(format, version, kinds, sha) {
    return kinds.map((kind) => ({ tag: tagFor(format, kind === 'major' ? String(version.major) : `${version.major}.${version.minor}`), sha }));
}
/** The next version: base + bump, or for a prerelease channel the next counter on that channel. */
function nextVersion(options) {
    const { previousStable, bump, channel } = options;
    let base;
    if (!previousStable)
        base = options.initialVersion;
    else
        base = semver/* inc */.bE(previousStable, bump === 'none' ? 'patch' : bump) ?? previousStable.version;
    if (!channel)
        return base;
    // A prerelease series already under way on a higher base keeps that base (1.3.0-rc.2 → 1.3.0-rc.3).
    const baseVersion = semver/* parse */.qg(base);
    for (const v of options.taken) {
        if (v.prerelease.length > 0 && v.prerelease[0] === channel && baseVersion) {
            const vBase = semver/* parse */.qg(`${v.major}.${v.minor}.${v.patch}`);
            if (vBase && semver.gt(vBase, baseVersion) && (!previousStable || semver.gt(vBase, previousStable)))
                base = vBase.version;
        }
    }
    let counter = 0;
    for (const v of options.taken) {
        if (`${v.major}.${v.minor}.${v.patch}` !== base || v.prerelease[0] !== channel)
            continue;
        const n = v.prerelease[1];
        if (typeof n === 'number' && n > counter)
            counter = n;
    }
    return `${base}-${channel}.${counter + 1}`;
}

;// CONCATENATED MODULE: ./packages/release/src/notes.ts
/** Groups visible entries into sections: breaking changes first, then types in configuration order. */
function sections(entries, config) {
    const result = [];
    const breaking = entries.filter((e) => e.breaking);
    if (breaking.length > 0)
        result.push({ title: '⚠ Breaking changes', type: 'breaking', entries: breaking });
    const byType = new Map();
    // Indexed loops here: once per plan over every entry, mostly in V8's interpreter, where for-of
    // allocates a result object per step.
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        // A breaking change is listed once, in the first section.
        if (entry === undefined || entry.breaking)
            continue;
        const rule = config.types[entry.type];
        const scopeHidden = entry.scope !== null && config.scopes[entry.scope]?.hidden === true;
        if (!rule || rule.hidden || scopeHidden)
            continue;
        const list = byType.get(entry.type) ?? [];
        list.push(entry);
        byType.set(entry.type, list);
    }
    for (const type of Object.keys(config.types)) {
        const list = byType.get(type);
        if (list)
            result.push({ title: config.types[type]?.section ?? type, type, entries: list });
    }
    return result;
}
const MARKDOWN_SPECIAL = /[\\`*_[\]<>]/;
function escapeMarkdown(text) {
    if (!MARKDOWN_SPECIAL.test(text))
        return text;
    return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
function notes_entryLine(entry, links, showNotes) {
    const short = entry.sha.slice(0, 7);
    const repo = links.repoUrl;
    // Plain concatenation: a long history renders tens of thousands of these lines.
    let line = entry.scope ? `- **${escapeMarkdown(entry.scope)}:** ` : '- ';
    line += escapeMarkdown(entry.subject);
    line += repo ? ` ([${short}](${repo}/commit/${entry.sha}))` : ` (${short})`;
    if (entry.pr !== undefined)
        line += repo ? ` ([#${entry.pr}](${repo}/pull/${entry.pr}))` : ` (#${entry.pr})`;
    let closes = '';
    for (let i = 0; i < entry.references.length; i++) {
        const r = entry.references[i];
        if (r === undefined || r.action === null || r.repository !== null)
            continue;
        closes += `${closes === '' ? ', closes ' : ', '}${repo ? `[#${r.issue}](${repo}/issues/${r.issue})` : `#${r.issue}`}`;
    }
    line += closes;
    if (entry.author)
        line += ` by ${escapeMarkdown(entry.author)}`;
    if (showNotes) {
        let notes = '';
        for (const note of entry.breakingNotes)
            if (note !== entry.subject)
                notes += `\n\n  ${note.replace(/\n/g, '\n  ')}`;
        if (notes !== '')
            line += `${notes}\n`;
    }
    return line;
}
/** The notes body (sections only), as used for the GitHub release. */
function renderNotes(list, links) {
    if (list.length === 0)
        return '_No user-facing changes._\n';
    const out = [];
    for (const section of list) {
        out.push(`### ${section.title}\n`);
        const breaking = section.type === 'breaking';
        const lines = [];
        for (let i = 0; i < section.entries.length; i++)
            lines.push(notes_entryLine(section.entries[i], links, breaking));
        out.push(`${lines.join('\n')}\n`);
    }
    return out.join('\n');
}
/** A CHANGELOG.md block: a version heading (with a compare link) and the notes. */
function renderChangelogBlock(heading, notes, links) {
    const title = links.repoUrl && heading.previousTag
        ? `[${heading.version}](${links.repoUrl}/compare/${heading.previousTag}...${heading.tag})`
        : links.repoUrl
            ? `[${heading.version}](${links.repoUrl}/releases/tag/${heading.tag})`
            : heading.version;
    return `## ${title} (${heading.date})\n\n${notes.trimEnd()}\n`;
}
const TITLE = /^# .*\n+/;
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Prepends `block` to an existing changelog (after a `# Changelog` title). When a block for the
 * same version is already there, it is replaced in place: a re-run never adds a second block.
 */
function prependChangelog(existing, block, version) {
    const headingPattern = new RegExp(`^## \\[?${escapeRegExp(version)}\\]?(?:\\(|\\s|$)`, 'm');
    const found = headingPattern.exec(existing);
    if (found) {
        const start = found.index;
        const nextHeading = /^## /m.exec(existing.slice(start + 3));
        const end = nextHeading ? start + 3 + nextHeading.index : existing.length;
        const separator = nextHeading ? '\n' : '';
        const text = existing.slice(0, start) + block + separator + existing.slice(end);
        return { text, changed: text !== existing };
    }
    const title = TITLE.exec(existing);
    if (existing.trim() === '')
        return { text: `# Changelog\n\n${block}`, changed: true };
    if (title && title.index === 0)
        return { text: `${title[0]}${block}\n${existing.slice(title[0].length)}`, changed: true };
    return { text: `${block}\n${existing}`, changed: true };
}

// EXTERNAL MODULE: ./packages/release/node_modules/picomatch/index.js
var picomatch = __webpack_require__(5124);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/git/src/index.ts + 3 modules
var src = __webpack_require__(5039);
;// CONCATENATED MODULE: ./packages/release/src/components.ts
// The third phase of an analysis: per component, the commits that count, reverts cancelled, the
// bump and why, the version, the notes and the moving tags.




const BUMP_RANK = { major: 0, minor: 1, patch: 2, none: 3 };
function planComponents(history, states, context) {
    const warnings = [];
    const components = states.map((state) => {
        const planned = planComponent(state, history, context);
        warnings.push(...planned.warnings);
        return planned.release;
    });
    if (context.options.config.versioning === 'fixed' && components.length > 1)
        fixGroup(components, states.map((s) => s.versions));
    return { components, warnings };
}
function planComponent(state, history, context) {
    const { scope } = state;
    const { sha, channel, options } = context;
    const config = options.config;
    const range = componentRange(state, history);
    const cancelled = cancelReverts(range, history);
    const liveCommits = cancelled.size === 0 ? range.relevant : range.relevant.filter((l) => !cancelled.has(l));
    const { bump, why } = decideBump(liveCommits, state.previousStable?.version, config);
    const override = versionOverride(range, options.version);
    const { version, reason, override: overriddenBy } = decideVersion(state, context, { bump, why, override, inRange: range.inRange });
    const result = {
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
    if (state.previousStable)
        result.previousStableTag = state.previousStable.tag;
    if (channel !== undefined)
        result.channel = channel;
    if (overriddenBy !== undefined)
        result.override = overriddenBy;
    if (version === undefined) {
        result.entries = newestFirst(liveCommits);
        result.sections = sections(result.entries, config);
        if (state.previous) {
            result.previousTag = state.previous.tag;
            result.previousVersion = state.previous.version.version;
        }
        return { release: result, warnings: override.warnings };
    }
    const parsedVersion = semver/* parse */.qg(version);
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
    result.sections = sections(result.entries, config);
    const links = context.repoUrl ? { repoUrl: context.repoUrl } : {};
    result.notes = renderNotes(result.sections, links);
    const first = history.loaded[0]?.commit;
    const headCommit = first?.sha === sha ? first : history.loaded[history.graph.positionOf(sha)]?.commit;
    const date = (headCommit?.date ?? new Date().toISOString()).slice(0, 10);
    result.changelogBlock = renderChangelogBlock({ version, tag: result.tag, previousTag: result.previousTag, date }, result.notes, links);
    if (!result.prerelease && parsedVersion)
        result.movingTags = movingTagsFor(scope.tagFormat, parsedVersion, config.movingTags, sha);
    return { release: result, warnings: override.warnings };
}
/**
 * The version to release and why: the tag already at HEAD, the version input or a `Release-As:`
 * footer (which must be higher than the previous release), or the bump; none when nothing bumps.
 */
function decideVersion(state, context, decided) {
    const { sha, channel, options } = context;
    const { bump, why, override } = decided;
    if (state.atHead)
        return { version: state.atHead.version.version, reason: `${state.atHead.tag} already points at ${sha.slice(0, 7)}: finishing that release` };
    if (override.version !== undefined && override.by !== undefined) {
        const prev = state.previous;
        const parsed = semver/* parse */.qg(override.version);
        if (prev && parsed && !semver.gt(parsed, prev.version))
            throw new config/* ReleaseConfigError */.cK(override.by === 'input' ? 'version' : `Release-As footer in ${override.by.slice(-7)}`, `${override.version} is not higher than the previous release ${prev.tag}`, semver/* inc */.bE(prev.version, 'patch') ?? '1.0.0');
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
function nothingToRelease(state, channel, commits, bumping) {
    // Promotion of a prerelease series without further commits is covered by the bump; a series
    // whose commits do not bump (only chores) has nothing to promote.
    if (channel === undefined &&
        state.previous &&
        state.previous.version.prerelease.length > 0 &&
        state.previousStable &&
        semver.gt(state.previous.version, state.previousStable.version))
        return `no releasable commits since ${state.previousStable.tag}`;
    const since = state.previous?.tag ?? state.previousStable?.tag ?? 'the start of history';
    return commits === 0
        ? `no commits since ${since}`
        : `no releasable commits since ${since} (${bumping === 0 ? 'only types that do not bump the version' : 'nothing bumps'})`;
}
/** Marks the commits of the history reachable from `sha`; undefined when the history does not hold it. */
function reachableFrom(history, sha) {
    const graph = history.graph;
    const at = graph.positionOf(sha);
    return at < 0 ? undefined : graph.reachable(at);
}
/** The commits of a component's range, in one pass over the history. */
function componentRange(state, history) {
    const { scope } = state;
    const excluded = state.previousStable ? reachableFrom(history, state.previousStable.sha) : undefined;
    const range = { inRange: 0, relevant: [], reverting: [], releasing: [], commitCount: 0 };
    let touching = 0;
    for (let i = history.loaded.length - 1; i >= 0; i--) {
        const l = history.loaded[i];
        if (l === undefined || excluded?.[l.position] === 1)
            continue;
        range.inRange++;
        const touches = !scope.matches || (l.commit.files ?? []).some((f) => scope.matches?.(f) === true);
        if (touches)
            touching++;
        const merge = l.commit.parents.length >= 2;
        if ((merge && !history.countedMerges.has(l)) || !(touches || (merge && !scope.matches)))
            continue;
        if (l.reverts)
            range.reverting.push(range.relevant.length);
        if (l.parsed.releaseAs !== undefined)
            range.releasing.push(range.relevant.length);
        range.relevant.push(l);
    }
    range.commitCount = scope.matches ? touching : range.inRange;
    return range;
}
/**
 * Reverts inside the range cancel with what they revert (a revert of a revert restores).
 * The result pairs each cancelled commit with its partner, both ways.
 */
function cancelReverts(range, history) {
    const { relevant } = range;
    const cancelled = new Map();
    if (range.reverting.length === 0)
        return cancelled;
    // Most reverts name the full commit id: found through the history's graph, not by a scan of
    // the range. By position in the history: 1 + the position in `relevant`, 0 when not in it.
    let ranks;
    const findTarget = (entry, position) => {
        const target = entry.reverts;
        if (!target)
            return undefined;
        if (target.sha) {
            const prefix = target.sha;
            if (prefix.length === relevant[0]?.commit.sha.length) {
                if (ranks === undefined) {
                    ranks = new Int32Array(history.loaded.length);
                    for (let i = 0; i < relevant.length; i++)
                        ranks[relevant[i]?.position ?? 0] = i + 1;
                }
                const at = (ranks[history.graph.positionOf(prefix)] ?? 0) - 1;
                return at >= 0 && at < position ? relevant[at] : undefined;
            }
            for (let i = 0; i < position; i++)
                if (relevant[i]?.commit.sha.startsWith(prefix))
                    return relevant[i];
            return undefined;
        }
        for (let i = position - 1; i >= 0; i--) {
            const l = relevant[i];
            if (l && !cancelled.has(l) && l.parsed.entries.some((e) => e.header === target.header))
                return l;
        }
        return undefined;
    };
    for (const position of range.reverting) {
        for (const entry of relevant[position]?.parsed.entries ?? []) {
            const target = findTarget(entry, position);
            const l = relevant[position];
            if (!target || !l)
                continue;
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
function cancelledPairs(cancelled) {
    const pairs = [];
    for (const [a, b] of cancelled) {
        const entry = a.parsed.entries[0];
        if (entry && !entry.reverts)
            pairs.push({ sha: a.commit.sha, header: entry.header, revertSha: b.commit.sha });
    }
    return pairs;
}
/**
 * The bump: the highest the entries of the live commits (oldest first) ask for, under the
 * pre-1.0 policy. The why table: rows grouped by bump, highest first, in history order within a group.
 */
function decideBump(liveCommits, previousStable, config) {
    const byBump = { major: [], minor: [], patch: [], none: [] };
    let bump = 'none';
    // Indexed loops over every entry: they run once per plan, mostly in V8's interpreter, where
    // for-of allocates a result object per step.
    for (let c = 0; c < liveCommits.length; c++) {
        const entries = liveCommits[c]?.parsed.entries ?? [];
        for (let i = 0; i < entries.length; i++) {
            const entry = entries[i];
            if (entry === undefined)
                continue;
            const asked = entryBump(entry, config);
            const policy = applyInitialDevelopment(asked.bump, previousStable, config);
            if (policy.bump === 'none')
                continue;
            byBump[policy.bump].push({
                sha: entry.sha,
                header: entry.header,
                bump: policy.bump,
                rule: policy.note ? `${asked.rule}; ${policy.note}` : asked.rule,
                decisive: false,
            });
            if (BUMP_RANK[policy.bump] < BUMP_RANK[bump])
                bump = policy.bump;
        }
    }
    for (const row of byBump[bump])
        row.decisive = true;
    return { bump, why: [...byBump.major, ...byBump.minor, ...byBump.patch] };
}
/** The version input, or else the newest valid `Release-As:` footer of the range. */
function versionOverride(range, input) {
    if (input !== undefined)
        return { by: 'input', version: semver/* valid */.rZ(input) ?? undefined, warnings: [] };
    const warnings = [];
    for (let r = range.releasing.length - 1; r >= 0; r--) {
        const l = range.relevant[range.releasing[r] ?? -1];
        const c = l?.commit;
        const footer = l?.parsed.releaseAs;
        if (!c || footer === undefined)
            continue;
        const version = semver/* valid */.rZ(footer);
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
function newestFirst(commits, shipped) {
    const out = [];
    for (let i = commits.length - 1; i >= 0; i--) {
        const l = commits[i];
        if (!l || shipped?.[l.position] === 1)
            continue;
        const entries = l.parsed.entries;
        for (let e = 0; e < entries.length; e++)
            out.push(entries[e]);
    }
    return out;
}
/** A fixed group: every component gets the highest version any of them would get. */
function fixGroup(components, versions) {
    const releasing = components.filter((c) => c.releasable && c.version !== undefined);
    if (releasing.length === 0)
        return;
    const top = releasing.map((c) => c.version ?? '0.0.0').sort(semver/* rcompare */.aA)[0] ?? '0.0.0';
    const bump = releasing.map((c) => c.bump).reduce(maxBump, 'none');
    components.forEach((c, i) => {
        const taken = versions[i]?.some((v) => v.version.version === top) ?? false;
        if (taken && !c.tagExists)
            return;
        c.releasable = true;
        c.version = top;
        c.tag = tagFor(c.tagFormat, top);
        c.bump = bump;
        c.prerelease = (semver/* parse */.qg(top)?.prerelease.length ?? 0) > 0;
        if (c.reason === '' || !c.reason.includes('because'))
            c.reason = `${top} for the fixed group`;
        if (c.notes === '') {
            c.notes = renderNotes(c.sections, {});
            c.changelogBlock = `## ${top}\n\n${c.notes}`;
        }
    });
}

;// CONCATENATED MODULE: ./packages/release/src/git.ts
// The release engine's readers over the shared git layer, each one process: the tags
// (`git for-each-ref`) and the history (`git log -z` with explicit field separators, parsed as it
// streams in).

/** The unit separator between fields of one commit record; a commit message cannot hold NUL, and %B is the last field. */
const FS = '\x1f';
/** Tags reachable from `sha`, in one process whatever their number. */
async function reachableTags(repo, sha) {
    return listTags(repo, [`--merged=${sha}`]);
}
/** Every tag, reachable or not: no history walk, so much cheaper than `reachableTags`. */
async function allTags(repo) {
    return listTags(repo, []);
}
/** The tags, or none when git cannot list them (an empty repository). */
async function listTags(repo, filter) {
    const out = await (0,src/* tryGit */.Ii)(repo, ['for-each-ref', ...filter, '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)', 'refs/tags']);
    const tags = [];
    for (const line of (out ?? '').split('\n')) {
        if (line === '')
            continue;
        const [name = '', object = '', peeled = ''] = line.split('\0');
        tags.push({ name, sha: peeled || object });
    }
    return tags;
}
/**
 * Reads the commits reachable from `sha` and not from any of `exclude`, newest first, in one
 * `git log -z` process. With `files`, the paths each commit touched come from the same process.
 * The output is parsed as it arrives, and `each` sees every commit once it is complete, so the
 * caller's work on a commit overlaps with git reading the next ones. What `each` throws stops
 * git and is what this rejects with.
 */
async function readLog(repo, sha, exclude, withFiles = false, each) {
    const args = ['log', '-z', `--format=%H${FS}%P${FS}%an${FS}%ae${FS}%cI${FS}%B`];
    if (withFiles)
        args.push('--name-only', '--no-renames');
    args.push('--end-of-options', sha, ...exclude.map((base) => `^${base}`), '--');
    const reader = new LogReader(withFiles, each);
    // Into a pipe, git log flushes after every commit; GIT_FLUSH=0 makes it fill its buffer
    // first, which turns thousands of tiny reads into a few hundred.
    await (0,src/* streamGit */.t1)(repo, args, (chunk) => reader.push(chunk), { env: { GIT_FLUSH: '0' } });
    return reader.end();
}
// A commit id and the field separator (\x1f) after it.
// eslint-disable-next-line no-control-regex
const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?\x1f/;
/** `git log -z` records, fed in chunks of any size. */
class LogReader {
    commits = [];
    /** The start of a record whose end has not arrived yet, in the chunks it came in. */
    pending = [];
    current;
    withFiles;
    each;
    constructor(withFiles, each) {
        this.withFiles = withFiles;
        this.each = each;
    }
    // Records are found in the bytes (NUL never occurs inside a UTF-8 character) and each is
    // decoded on its own, into a flat string of its own.
    push(chunk) {
        let start = 0;
        let end = chunk.indexOf(0);
        if (end >= 0 && this.pending.length > 0) {
            // The end of a record that began in earlier chunks (joined once, however long it is).
            this.pending.push(chunk.subarray(0, end));
            this.record(Buffer.concat(this.pending).toString('utf8'));
            this.pending = [];
            start = end + 1;
            end = chunk.indexOf(0, start);
        }
        for (; end >= 0; end = chunk.indexOf(0, start)) {
            this.record(chunk.toString('utf8', start, end));
            start = end + 1;
        }
        if (start < chunk.length)
            this.pending.push(chunk.subarray(start));
    }
    end() {
        if (this.pending.length > 0)
            this.record(Buffer.concat(this.pending).toString('utf8'));
        this.pending = [];
        this.complete();
        return this.commits;
    }
    record(raw) {
        // With --name-only, file names follow a record as their own NUL-terminated items (the first
        // one after a newline); a commit record always starts with a commit id (40 hex digits, 64 in a
        // SHA-256 repository) and a separator.
        const text = this.withFiles && raw.charCodeAt(0) === 10 ? raw.slice(1) : raw;
        if (COMMIT_ID.test(text)) {
            this.complete();
            const id = text.charCodeAt(40) === 0x1f ? 40 : 64;
            // Five separated fields, then the message (which may hold anything but NUL).
            const p = text.indexOf(FS, id + 1);
            const a = text.indexOf(FS, p + 1);
            const e = text.indexOf(FS, a + 1);
            const d = text.indexOf(FS, e + 1);
            if (p < 0 || a < 0 || e < 0 || d < 0)
                throw new Error(`git log printed a record that is not in the asked format: ${text.slice(0, 80)}`);
            const parents = text.slice(id + 1, p);
            this.current = {
                sha: text.slice(0, id),
                parents: parents === '' ? [] : parents.split(' '),
                author: text.slice(p + 1, a),
                email: text.slice(a + 1, e),
                date: text.slice(e + 1, d),
                message: trimNewlines(text.slice(d + 1)),
            };
            if (this.withFiles)
                this.current.files = [];
            // Without file lists a commit is whole at once.
            else
                this.complete();
        }
        else if (this.withFiles && this.current && text !== '') {
            this.current.files?.push(text);
        }
    }
    complete() {
        if (!this.current)
            return;
        this.commits.push(this.current);
        this.each?.(this.current);
        this.current = undefined;
    }
}
function trimNewlines(text) {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 10)
        end--;
    return end === text.length ? text : text.slice(0, end);
}

;// CONCATENATED MODULE: ./packages/release/src/history.ts
// The second phase of an analysis: the commits since the oldest previous stable release, read
// in one git log, parsed and linked to their parents while git reads on; then the merges attributed.



/**
 * One git log from `sha` back to the oldest previous stable release (of every component), each
 * commit parsed as git hands it over, while git reads the next ones. Of the tags in `lookFor`,
 * those met on the way are noted.
 */
async function readHistory(repo, sha, states, lookFor, config) {
    const bases = states.map((s) => s.previousStable?.sha);
    const base = bases.every((b) => b !== undefined) ? await commonAncestor(repo, [...new Set(bases)]) : undefined;
    const knownTypes = new Set(Object.keys(config.types));
    const loaded = [];
    const warnings = [];
    const tagged = lookFor.length > 0 ? new Set(lookFor.map((t) => t.sha)) : undefined;
    const reached = new Set();
    const graph = new CommitGraph();
    await readLog(repo, sha, base === undefined ? [] : [base], states.some((s) => s.scope.matches), (commit) => {
        const parsed = parseCommit(commit, knownTypes);
        const position = loaded.length;
        loaded.push({ commit, parsed, position, reverts: parsed.entries.some((e) => e.reverts !== undefined) });
        graph.add(commit, position);
        if (tagged?.has(commit.sha))
            reached.add(commit.sha);
        if (commit.parents.length <= 1 && parsed.warnings.length > 0)
            warnings.push(...parsed.warnings);
    });
    graph.complete(loaded);
    return { loaded, warnings, reachedTags: lookFor.filter((t) => reached.has(t.sha)), countedMerges: attributeMerges(loaded, graph, sha), graph };
}
/** A commit every one of `shas` descends from (their merge base), or undefined when the clone has none. */
async function commonAncestor(repo, shas) {
    if (shas.length === 1)
        return shas[0];
    return (await (0,src/* tryGit */.Ii)(repo, ['merge-base', '--octopus', '--end-of-options', ...shas]))?.trim() || undefined;
}
/**
 * Merge commits: the commits a merge brings in (reachable from its other parents, down to the
 * first-parent chain of `sha`) carry its pull request number; the merge
 * itself counts only when none of them is conventional (so nothing is counted twice). Returns
 * the merges that count.
 */
function attributeMerges(loaded, graph, sha) {
    const counted = new Set();
    if (graph.merges.length === 0)
        return counted;
    const mainLine = graph.firstParentChain(graph.positionOf(sha));
    for (const position of graph.merges) {
        const merge = loaded[position];
        if (merge === undefined)
            continue;
        const pr = /^Merge pull request #(\d+)/.exec(merge.commit.message)?.[1];
        const brought = graph.collect(graph.mergedParents(position), mainLine).map((at) => loaded[at]);
        const conventionalInside = brought.some((b) => b !== undefined && b.parsed.entries.length > 0);
        if (pr !== undefined)
            for (const b of brought)
                for (const e of b?.parsed.entries ?? [])
                    e.pr ??= Number(pr);
        if (!conventionalInside && merge.parsed.entries.length > 0)
            counted.add(merge);
    }
    return counted;
}
/**
 * The history as positions (newest first) and parent links between them: the walks over it
 * (merges, ranges, what a prerelease shipped) mark positions instead of looking up commit ids.
 * Built as git hands the commits over: most commits' first parent is the next one.
 */
class CommitGraph {
    positions = new Map();
    /** The first parent's position; -1 for a root commit or one whose parent is outside the history. */
    firstParent = [];
    /** The further parents' positions of merge commits (-1 outside the history). */
    otherParents = new Map();
    /** The merge commits' positions, newest first. */
    merges = [];
    /** Commits whose first parent is not the commit after them, resolved by id once all are in. */
    unresolved = [];
    last;
    /** The next commit git hands over, at `position`. */
    add(commit, position) {
        this.positions.set(commit.sha, position);
        this.firstParent.push(-1);
        const before = this.last;
        if (before !== undefined && before.parents.length > 0) {
            if (before.parents[0] === commit.sha)
                this.firstParent[position - 1] = position;
            else
                this.unresolved.push(position - 1);
        }
        if (commit.parents.length > 1)
            this.merges.push(position);
        this.last = commit;
    }
    /** Links what could not be linked on the way, once every commit is in. */
    complete(loaded) {
        const last = this.last;
        if (last !== undefined && last.parents.length > 0)
            this.unresolved.push(loaded.length - 1);
        for (const position of this.unresolved)
            this.firstParent[position] = this.positionOf(loaded[position]?.commit.parents[0]);
        for (const position of this.merges)
            this.otherParents.set(position, (loaded[position]?.commit.parents ?? []).slice(1).map((p) => this.positionOf(p)));
    }
    /** The position of a commit; -1 when the history does not hold it. */
    positionOf(sha) {
        return sha === undefined ? -1 : (this.positions.get(sha) ?? -1);
    }
    /** The positions of a merge commit's parents other than the first. */
    mergedParents(position) {
        return this.otherParents.get(position) ?? [];
    }
    /** Marks the first-parent chain from `start` (included). */
    firstParentChain(start) {
        const marks = new Uint8Array(this.firstParent.length);
        for (let at = start; at >= 0 && marks[at] === 0; at = this.firstParent[at] ?? -1)
            marks[at] = 1;
        return marks;
    }
    /** Marks the commits reachable from `start` (included). */
    reachable(start) {
        const marks = new Uint8Array(this.firstParent.length);
        this.walk([start], marks);
        return marks;
    }
    /** The positions reachable from `starts` (included) without going through what `stop` marks. */
    collect(starts, stop) {
        const marks = new Uint8Array(this.firstParent.length);
        const found = [];
        this.walk(starts, marks, stop, found);
        return found;
    }
    walk(starts, marks, stop, found) {
        const stack = [...starts];
        while (stack.length > 0) {
            const at = stack.pop() ?? -1;
            if (at < 0 || marks[at] === 1 || stop?.[at] === 1)
                continue;
            marks[at] = 1;
            found?.push(at);
            stack.push(this.firstParent[at] ?? -1);
            const others = this.otherParents.get(at);
            if (others !== undefined)
                stack.push(...others);
        }
    }
}

;// CONCATENATED MODULE: ./packages/release/src/tags.ts
// The first phase of an analysis: the previous release tags of every component, reachable
// from the commit being released. A shallow clone is deepened until they are there.






function scopesOf(config) {
    if (config.components.length === 0)
        return [{ name: null, tagFormat: config.tagFormat, changelog: config.changelog }];
    return config.components.map((c) => {
        // A plain directory or file (no glob characters) covers everything under it.
        const expand = (p) => {
            const clean = p.replace(/^\.\//, '').replace(/\/+$/, '');
            return picomatch_default().scan(clean).isGlob ? [clean] : [clean, `${clean}/**`];
        };
        const include = picomatch_default()(c.include.flatMap(expand), { dot: true });
        const exclude = c.exclude.length > 0 ? picomatch_default()(c.exclude.flatMap(expand), { dot: true }) : () => false;
        return { name: c.name, tagFormat: c.tagFormat, changelog: c.changelog, matches: (file) => include(file) && !exclude(file) };
    });
}
function versionsOf(tags, format) {
    const list = [];
    for (const tag of tags) {
        const version = versionFromTag(tag.name, format);
        if (version)
            list.push({ tag: tag.name, sha: tag.sha, version });
    }
    return list.sort((a, b) => semver/* rcompare */.aA(a.version, b.version));
}
/**
 * Tags: one for-each-ref lists them all. When none is in a release format (and the clone is
 * complete), nothing bounds the range: the whole history is read, and which tags are reachable
 * is read off it. For a stable release from a complete clone, the highest versions are checked
 * one by one, each a walk over the commits since that tag only. A shallow clone (deepened until
 * every scope has its previous tag) and a prerelease (whose counters follow the series reachable
 * from HEAD) list the reachable tags with `for-each-ref --merged`, a walk over the whole history.
 */
async function findPreviousTags(repo, head, options) {
    const { sha, shallow, channel, scopes, listedTags } = head;
    const wholeHistory = !shallow && scopes.every((s) => versionsOf(listedTags, s.tagFormat).length === 0);
    const listsReachable = !wholeHistory && (shallow || channel !== undefined);
    let tags = wholeHistory ? [] : listedTags;
    let deepened = 0;
    if (shallow)
        ({ tags, deepened } = await shallowCloneTags(repo, sha, scopes, options));
    else if (listsReachable)
        tags = await reachableTags(repo, sha);
    const notices = [];
    const ignored = wholeHistory ? undefined : ignoredTagsNotice(tags, scopes);
    if (ignored !== undefined)
        notices.push(ignored);
    const reachable = tagReachability(repo, sha, listsReachable ? tags : undefined);
    const states = [];
    for (const scope of scopes)
        states.push(await scopeState(scope, versionsOf(tags, scope.tagFormat), head, options, reachable));
    return { states, wholeHistory, deepened, notices };
}
/** The tags reachable in a shallow clone, which is deepened (tags included) until every component has a release tag among them. */
async function shallowCloneTags(repo, sha, scopes, options) {
    let tags = [];
    const found = await (0,src/* deepenUntil */.MZ)(repo, async () => {
        tags = await reachableTags(repo, sha);
        return scopes.every((s) => versionsOf(tags, s.tagFormat).length > 0) ? tags : undefined;
    }, { what: 'the previous release tag', tags: true, fetch: options.deepen !== false, log: options.log });
    // Counting from a start of history that is only the clone's edge would release the wrong version.
    if (found.value === undefined && !found.unshallowed && (await (0,src/* isShallow */.fE)(repo)))
        throw new config/* ReleaseConfigError */.cK('repository', 'the clone is shallow and no previous release tag is reachable; fetch the full history (actions/checkout with fetch-depth: 0)', 'fetch-depth: 0');
    return { tags, deepened: found.deepened };
}
/** Tags that no scope claims and that are not versions are ignored, with a notice. */
function ignoredTagsNotice(found, scopes) {
    const claimed = new Set();
    for (const s of scopes)
        for (const v of versionsOf(found, s.tagFormat))
            claimed.add(v.tag);
    const ignored = found.filter((t) => !claimed.has(t.name)).map((t) => t.name);
    if (ignored.length === 0)
        return undefined;
    return `Ignored ${ignored.length} tag${ignored.length === 1 ? '' : 's'} that ${ignored.length === 1 ? 'is' : 'are'} not a semantic version in the tag format${scopes.length > 1 ? 's' : ''} ${scopes.map((s) => s.tagFormat).join(', ')}: ${ignored.slice(0, 5).join(', ')}${ignored.length > 5 ? ', …' : ''}`;
}
/**
 * Whether a release tag is reachable from HEAD: known when the tags were listed that way,
 * otherwise asked of `merge-base --is-ancestor`; after a few misses (a maintenance branch below
 * newer releases) one `for-each-ref --merged` answers for every tag.
 */
function tagReachability(repo, sha, reachable) {
    let merged = reachable ? new Set(reachable.map((t) => t.name)) : undefined;
    const answered = new Map();
    let misses = 0;
    return async (v) => {
        if (v.sha === sha)
            return true;
        if (!merged && misses >= 3)
            merged = new Set((await reachableTags(repo, sha)).map((t) => t.name));
        if (merged)
            return merged.has(v.tag);
        let yes = answered.get(v.sha);
        if (yes === undefined) {
            yes = await (0,src/* isAncestor */.QX)(repo, v.sha, sha);
            answered.set(v.sha, yes);
            if (!yes)
                misses++;
        }
        return yes;
    };
}
async function scopeState(scope, versions, head, options, reachable) {
    const { sha, channel } = head;
    const wantsPre = channel !== undefined;
    const atHead = options.version === undefined
        ? versions.find((v) => v.sha === sha && (wantsPre ? v.version.prerelease[0] === channel : v.version.prerelease.length === 0))
        : undefined;
    const older = atHead ? versions.filter((v) => semver.lt(v.version, atHead.version)) : versions;
    // The highest reachable release of any kind, and the highest reachable stable one.
    let previous;
    let previousStable;
    for (const v of older) {
        const stable = v.version.prerelease.length === 0;
        if (previous && !stable)
            continue;
        if (!(await reachable(v)))
            continue;
        previous ??= v;
        if (stable) {
            previousStable = v;
            break;
        }
    }
    if (options.from !== undefined) {
        const from = versions.find((v) => v.tag === options.from);
        if (!from || !(await reachable(from)))
            throw new config/* ReleaseConfigError */.cK('from', `"${options.from}" is not a release tag reachable from ${head.rev} in the format ${scope.tagFormat}`, tagFor(scope.tagFormat, '1.0.0'));
        previousStable = from;
        previous = from;
    }
    return { scope, versions, atHead, previousStable, previous };
}

;// CONCATENATED MODULE: ./packages/release/src/analyze.ts
// From a checkout to what would be released, in three phases:
//   findPreviousTags (tags.ts): per component, the previous release tags (one for-each-ref; a
//     shallow clone deepened until they are there);
//   readHistory (history.ts): the commits since the oldest of them (one git log), parsed, with
//     merges counted once;
//   planComponents (components.ts): per component, reverts cancelled, bump, version, notes.








async function analyze(options) {
    const repo = { cwd: options.cwd, env: options.env };
    const log = options.log ?? (() => undefined);
    const rev = options.rev ?? 'HEAD';
    // The start-up questions to git, at once, in two processes.
    const [{ sha, shallow, branch: checkedOut }, listedTags] = await Promise.all([(0,src/* headInfo */.pH)(repo, rev), allTags(repo)]);
    if (!sha)
        throw new config/* ReleaseConfigError */.cK(rev === 'HEAD' ? 'repository' : rev, rev === 'HEAD' ? 'there is no commit to release (HEAD does not point at a commit)' : `"${rev}" is not a commit`, 'main');
    const branch = options.branch ?? checkedOut;
    const channel = channelFor(options, branch);
    if (options.version !== undefined && !semver/* valid */.rZ(options.version))
        throw new config/* ReleaseConfigError */.cK('version', `"${options.version}" is not a semantic version`, '1.5.0 or 2.0.0-rc.1');
    const scopes = scopesOf(options.config);
    if (options.from !== undefined && scopes.length > 1)
        throw new config/* ReleaseConfigError */.cK('from', 'cannot be used with several components: each has its own previous tag', 'remove --from');
    const previous = await findPreviousTags(repo, { sha, rev, shallow, channel, scopes, listedTags }, options);
    const started = Date.now();
    // Without release tags the whole history is read: which of the other tags it reaches is seen on the way.
    const history = await readHistory(repo, sha, previous.states, previous.wholeHistory ? listedTags : [], options.config);
    log(`Read and parsed ${history.loaded.length} commit${history.loaded.length === 1 ? '' : 's'} in ${Date.now() - started} ms`);
    const notices = previous.notices;
    const ignored = previous.wholeHistory ? ignoredTagsNotice(history.reachedTags, scopes) : undefined;
    if (ignored !== undefined)
        notices.push(ignored);
    const planned = planComponents(history, previous.states, { sha, channel, options, repoUrl: await options.repoUrl });
    log(`Planned ${planned.components.length} component${planned.components.length === 1 ? '' : 's'} in ${Date.now() - started} ms`);
    const analysis = {
        sha,
        components: planned.components,
        warnings: [...history.warnings, ...planned.warnings],
        notices,
        deepened: previous.deepened,
        shallow,
    };
    if (branch !== undefined)
        analysis.branch = branch;
    if (channel !== undefined)
        analysis.channel = channel;
    return analysis;
}
function channelFor(options, branch) {
    if (options.prerelease === false || options.prerelease === 'false')
        return undefined;
    if (options.prerelease !== undefined && options.prerelease !== '') {
        if (!/^[0-9A-Za-z-]+$/.test(options.prerelease) || /^\d+$/.test(options.prerelease))
            throw new config/* ReleaseConfigError */.cK('prerelease', `"${options.prerelease}" is not a prerelease channel name`, 'rc');
        return options.prerelease;
    }
    if (!branch)
        return undefined;
    for (const [pattern, channel] of Object.entries(options.config.prereleaseBranches)) {
        if (pattern === branch || picomatch_default().isMatch(branch, pattern))
            return channel;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/release/src/plan.ts
// The plan: what a release would do, as data, computed offline from the analysis; and the
// executor that carries it out against the GitHub REST API, idempotently.




/** Pure: from the analysis to the releases and the API calls they would take on a first run. */
function planRelease(analysis, options) {
    const repoPath = `/repos/${options.owner}/${options.repo}`;
    const releases = [];
    const skipped = [];
    for (const c of analysis.components) {
        if (!c.releasable || c.version === undefined || c.tag === undefined) {
            skipped.push({ component: c.component, reason: c.reason });
            continue;
        }
        const name = (options.releaseName ?? '{tag}')
            .replaceAll('{tag}', c.tag)
            .replaceAll('{version}', c.version)
            .replaceAll('{component}', c.component ?? '');
        const assets = options.assets ?? [];
        const calls = [
            { method: 'GET', path: `${repoPath}/git/ref/tags/${c.tag}`, purpose: `check whether ${c.tag} exists` },
            { method: 'POST', path: `${repoPath}/git/refs`, purpose: `create the tag ${c.tag} at ${c.sha.slice(0, 7)}` },
            { method: 'GET', path: `${repoPath}/releases/tags/${c.tag}`, purpose: 'look for a published release of the tag' },
            { method: 'GET', path: `${repoPath}/releases`, purpose: 'look for a draft of the release' },
            { method: 'POST', path: `${repoPath}/releases`, purpose: `create ${name} as a draft${c.prerelease ? ' prerelease' : ''}` },
        ];
        if (assets.length > 0)
            calls.push({ method: 'POST', path: `${repoPath}/releases/{id}/assets`, purpose: `upload the files matching ${assets.join(', ')}` });
        if (!c.prerelease)
            calls.push({ method: 'GET', path: `${repoPath}/releases/latest`, purpose: 'compare with the latest release' });
        calls.push({ method: 'PATCH', path: `${repoPath}/releases/{id}`, purpose: `publish${c.prerelease ? ' as a prerelease' : ''}` });
        for (const moving of c.movingTags) {
            calls.push({ method: 'GET', path: `${repoPath}/git/ref/tags/${moving.tag}`, purpose: `read the moving tag ${moving.tag}` });
            calls.push({
                method: 'POST',
                path: `${repoPath}/git/refs`,
                purpose: `create ${moving.tag} at ${moving.sha.slice(0, 7)} (or move it forward with PATCH)`,
            });
        }
        releases.push({
            component: c.component,
            version: c.version,
            tag: c.tag,
            sha: c.sha,
            name,
            notes: c.notes,
            prerelease: c.prerelease,
            latestCandidate: !c.prerelease,
            assets,
            movingTags: c.movingTags,
            calls,
        });
    }
    return { releases, skipped };
}
class ReleaseError extends Error {
    name = 'ReleaseError';
}
/** The token lacks a permission; the message names the `permissions:` entry. */
class ReleasePermissionError extends Error {
    name = 'PermissionError';
    permission;
    constructor(permission, what) {
        super(`GitHub refused to ${what} (403): the workflow's token needs \`permissions: ${permission}\`. Add to the job:\n  permissions:\n    ${permission}`);
        this.permission = permission;
    }
}
function statusOf(error) {
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}
async function call(options, what, route, params = {}) {
    try {
        const response = await options.request(route, { owner: options.owner, repo: options.repo, ...params });
        return response.data;
    }
    catch (error) {
        // The toolkit's client already names the permission.
        if (error.name === 'PermissionError')
            throw error;
        const status = statusOf(error);
        const isWrite = !route.startsWith('GET ');
        const message = error.message ?? '';
        if (status === 403 && !/rate limit/i.test(message))
            throw new ReleasePermissionError(isWrite ? 'contents: write' : 'contents: read', what);
        throw error;
    }
}
async function maybe(options, what, route, params = {}) {
    try {
        return await call(options, what, route, params);
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw error;
    }
}
async function readTagCommit(options, tag) {
    const ref = await maybe(options, `read the tag ${tag}`, 'GET /repos/{owner}/{repo}/git/ref/{ref}', { ref: `tags/${tag}` });
    // GitHub answers a prefix match with a list; only an exact ref counts.
    const exact = Array.isArray(ref) ? ref.find((r) => r.ref === `refs/tags/${tag}`) : ref;
    if (!exact)
        return undefined;
    if (exact.object.type === 'tag') {
        const object = await call(options, `read the annotated tag ${tag}`, 'GET /repos/{owner}/{repo}/git/tags/{tag_sha}', {
            tag_sha: exact.object.sha,
        });
        return object.object.sha;
    }
    return exact.object.sha;
}
async function findRelease(options, tag) {
    const published = await maybe(options, `read the release ${tag}`, 'GET /repos/{owner}/{repo}/releases/tags/{tag}', { tag });
    if (published)
        return published;
    // Drafts are not found by tag: look through the newest releases.
    const list = await call(options, 'list releases', 'GET /repos/{owner}/{repo}/releases', { per_page: 100 });
    return list.find((r) => r.tag_name === tag);
}
async function resolveAssets(cwd, patterns) {
    const files = new Set();
    for (const pattern of patterns) {
        let matched = 0;
        for await (const file of (0,promises_.glob)(pattern, { cwd })) {
            const info = await (0,promises_.stat)((0,external_node_path_.join)(cwd, file));
            if (!info.isFile())
                continue;
            files.add(file);
            matched++;
        }
        if (matched === 0)
            throw new ReleaseError(`assets: the pattern "${pattern}" matches no file in ${cwd}`);
    }
    return [...files].sort();
}
/** Ancestry from the local checkout when it has both commits; undefined (the API's compare answers then) otherwise. */
async function localAncestry(repo, ancestor, descendant) {
    // One process: exit 0 is yes, 1 is no, anything else (a commit the clone lacks) is unknown here.
    const { code } = await (0,src/* gitResult */.c_)(repo, ['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant]);
    return code === 0 ? true : code === 1 ? false : undefined;
}
async function isAncestorOf(options, ancestor, descendant) {
    const local = await localAncestry(options.cwd, ancestor, descendant);
    if (local !== undefined)
        return local;
    const compare = await call(options, 'compare commits', 'GET /repos/{owner}/{repo}/compare/{basehead}', {
        basehead: `${ancestor}...${descendant}`,
    });
    return compare.status === 'ahead' || compare.status === 'identical';
}
/** Creates or moves the moving tags (`v1`, `v1.4`): never backwards unless allowed; no release objects. */
async function moveTags(options, tags) {
    const moved = [];
    for (const moving of tags) {
        const current = await readTagCommit(options, moving.tag);
        if (current === moving.sha)
            continue;
        if (current === undefined) {
            await call(options, `create the tag ${moving.tag}`, 'POST /repos/{owner}/{repo}/git/refs', { ref: `refs/tags/${moving.tag}`, sha: moving.sha });
        }
        else {
            if (!options.allowRewind && !(await isAncestorOf(options, current, moving.sha)))
                throw new ReleaseError(`refusing to move ${moving.tag} from ${current.slice(0, 7)} to ${moving.sha.slice(0, 7)}: the new commit does not descend from the current one (it would go backwards); set allow-rewind: true to force it`);
            await call(options, `move the tag ${moving.tag}`, 'PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
                ref: `tags/${moving.tag}`,
                sha: moving.sha,
                force: true,
            });
        }
        moved.push(moving.tag);
        options.log?.(`${current === undefined ? 'Created' : 'Moved'} ${moving.tag} → ${moving.sha.slice(0, 7)}`);
    }
    return moved;
}
/**
 * Carries out one planned release. Every step first looks at what exists, keyed on (tag, SHA),
 * so a re-run after a failure at any step finishes the job without duplicates.
 */
async function executeRelease(planned, options) {
    const steps = [];
    const log = options.log ?? (() => undefined);
    // 1. The tag, at the commit being released.
    const existing = await readTagCommit(options, planned.tag);
    if (existing !== undefined && existing !== planned.sha)
        throw new ReleaseError(`the tag ${planned.tag} already exists at ${existing.slice(0, 7)}, not at ${planned.sha.slice(0, 7)} (the commit being released); delete the tag or release another version`);
    if (existing === undefined) {
        await call(options, `create the tag ${planned.tag}`, 'POST /repos/{owner}/{repo}/git/refs', { ref: `refs/tags/${planned.tag}`, sha: planned.sha });
        steps.push(`created tag ${planned.tag}`);
    }
    else
        steps.push(`tag ${planned.tag} already at ${planned.sha.slice(0, 7)}`);
    log(steps[steps.length - 1] ?? '');
    // 2. The release, as a draft until its assets are there.
    let release = await findRelease(options, planned.tag);
    if (!release) {
        release = await call(options, 'create the release', 'POST /repos/{owner}/{repo}/releases', {
            tag_name: planned.tag,
            target_commitish: planned.sha,
            name: planned.name,
            body: planned.notes,
            draft: true,
            prerelease: planned.prerelease,
        });
        steps.push('created draft');
    }
    else if ((release.body ?? '') !== planned.notes || release.name !== planned.name || release.prerelease !== planned.prerelease) {
        release = await call(options, 'update the release', 'PATCH /repos/{owner}/{repo}/releases/{release_id}', {
            release_id: release.id,
            name: planned.name,
            body: planned.notes,
            prerelease: planned.prerelease,
        });
        steps.push(release.draft ? 'updated draft' : 'updated notes');
    }
    else
        steps.push(release.draft ? 'reused draft' : 'release already published');
    log(steps[steps.length - 1] ?? '');
    // 3. Assets, by name: present with the same size → skipped; another size → replaced.
    const uploaded = [];
    if (planned.assets.length > 0) {
        const files = await resolveAssets(options.cwd, planned.assets);
        const present = release.assets ??
            (await call(options, 'list assets', 'GET /repos/{owner}/{repo}/releases/{release_id}/assets', {
                release_id: release.id,
                per_page: 100,
            }));
        for (const file of files) {
            const name = (0,external_node_path_.basename)(file);
            const data = await (0,promises_.readFile)((0,external_node_path_.join)(options.cwd, file));
            const same = present.find((a) => a.name === name);
            if (same && (same.size === data.length || options.replaceAssets === false)) {
                steps.push(`asset ${name} already uploaded`);
                continue;
            }
            if (same)
                await call(options, `replace the asset ${name}`, 'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { asset_id: same.id });
            await call(options, `upload the asset ${name}`, 'POST {url}', {
                url: release.upload_url,
                name,
                data,
                headers: { 'content-type': 'application/octet-stream', 'content-length': data.length },
            });
            uploaded.push(name);
            steps.push(`${same ? 'replaced' : 'uploaded'} asset ${name}`);
        }
    }
    // 4. Publish; `latest` only for the highest stable version.
    if (release.draft) {
        let makeLatest = 'false';
        if (planned.latestCandidate) {
            const latest = await maybe(options, 'read the latest release', 'GET /repos/{owner}/{repo}/releases/latest');
            const latestVersion = latest ? semver/* coerce */.au(latest.tag_name.slice(latest.tag_name.search(/\d/)), { includePrerelease: false }) : null;
            const mine = semver/* parse */.qg(planned.version);
            makeLatest = !latest || !latestVersion || (mine !== null && semver/* gte */.RO(mine, latestVersion)) ? 'true' : 'false';
        }
        release = await call(options, 'publish the release', 'PATCH /repos/{owner}/{repo}/releases/{release_id}', {
            release_id: release.id,
            draft: false,
            make_latest: makeLatest,
        });
        steps.push(`published${makeLatest === 'true' ? ' as latest' : ''}`);
        log(steps[steps.length - 1] ?? '');
    }
    // 5. Moving tags, after the release is out.
    const movedTags = await moveTags(options, planned.movingTags);
    return {
        component: planned.component,
        version: planned.version,
        tag: planned.tag,
        id: release.id,
        url: release.html_url,
        uploadUrl: release.upload_url,
        steps,
        movedTags,
        assets: uploaded,
    };
}
/** The releases of a component analysis, for callers that plan and render one component. */
function releasableComponents(analysis) {
    return analysis.components.filter((c) => c.releasable);
}

;// CONCATENATED MODULE: ./packages/release/src/report.ts
function componentJson(c, plan) {
    const planned = plan?.releases.find((r) => r.component === c.component);
    const out = {
        version: c.releasable ? (c.version ?? null) : null,
        tag: c.releasable ? (c.tag ?? null) : null,
        previousTag: c.previousTag ?? null,
        bump: c.releasable ? c.bump : 'none',
        releasable: c.releasable,
        reason: c.reason,
        prerelease: c.prerelease,
        sections: c.sections.map((s) => ({
            title: s.title,
            type: s.type,
            entries: s.entries.map((e) => {
                const entry = { sha: e.sha, scope: e.scope, subject: e.subject, breaking: e.breaking };
                if (e.pr !== undefined)
                    entry.pr = e.pr;
                return entry;
            }),
        })),
        breaking: c.entries.filter((e) => e.breaking).map((e) => ({ sha: e.sha, scope: e.scope, subject: e.subject, notes: e.breakingNotes })),
        commitCount: c.commitCount,
        sha: c.sha,
        // The commits that decided the bump (the full table is in the text and Markdown reports).
        why: c.why.filter((w) => w.decisive),
        cancelled: c.cancelled,
        movingTags: c.movingTags.map((m) => m.tag),
        notes: c.notes,
    };
    if (c.component !== null)
        out.component = c.component;
    if (planned)
        out.apiCalls = planned.calls;
    return out;
}
/** The CLI's `--format json` object: the first (or only) component at the top, all of them in `components`. */
function toJson(analysis, plan) {
    const first = analysis.components.find((c) => c.releasable) ?? analysis.components[0];
    const base = first ? componentJson(first, plan) : componentJson(emptyComponent(analysis.sha), plan);
    const report = { ...base, warnings: analysis.warnings, notices: analysis.notices };
    if (analysis.components.length > 1)
        report.components = analysis.components.map((c) => componentJson(c, plan));
    return report;
}
function emptyComponent(sha) {
    return {
        component: null,
        tagFormat: 'v{version}',
        releasable: false,
        reason: 'nothing to release',
        bump: 'none',
        prerelease: false,
        entries: [],
        sections: [],
        notes: '',
        changelogBlock: '',
        changelog: false,
        why: [],
        cancelled: [],
        commitCount: 0,
        sha,
        movingTags: [],
        tagExists: false,
    };
}
function cellText(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** One line: `merging this releases v1.5.0 (minor, because of feat(deploy): ...)`. */
function headline(c, verb = 'releases') {
    const name = c.component ? `${c.component} ` : '';
    if (!c.releasable)
        return `${name}nothing to release: ${c.reason}`;
    const decisive = c.why.find((w) => w.decisive);
    const because = c.override ? `set by ${c.override === 'input' ? 'the version input' : c.override}` : decisive ? `because of ${decisive.header}` : c.reason;
    return `${verb} ${c.tag ?? ''} (${c.bump === 'none' ? 'no bump' : c.bump}, ${because})`;
}
/** Markdown for the job summary, the PR comment and `--format markdown`. */
/** A warning per commit that looks conventional but is not, and a notice per notice. */
function toAnnotations(analysis) {
    return [
        ...analysis.warnings.map((w) => ({
            level: 'warning',
            message: `${w.sha.slice(0, 7)} "${w.subject}": ${w.problem}`,
            title: 'Not a conventional commit',
        })),
        ...analysis.notices.map((n) => ({ level: 'notice', message: n })),
    ];
}
function toMarkdown(analysis, plan, options = {}) {
    const out = [];
    if (options.title)
        out.push(`## ${options.title}\n`);
    for (const c of analysis.components) {
        out.push(`**${c.component ? `${c.component}: ` : ''}${headline(c, options.verb ?? 'releases')}**\n`);
        if (c.releasable) {
            out.push(`| | |\n| --- | --- |\n| Version | \`${c.version ?? ''}\` |\n| Tag | \`${c.tag ?? ''}\` |\n| Previous tag | ${c.previousTag ? `\`${c.previousTag}\`` : '(first release)'} |\n| Bump | ${c.bump} |\n| Commits | ${c.commitCount} |${c.movingTags.length > 0 ? `\n| Moving tags | ${c.movingTags.map((m) => `\`${m.tag}\``).join(', ')} |` : ''}\n`);
        }
        if (c.why.length > 0) {
            out.push('<details><summary>Why this bump</summary>\n');
            out.push('| Commit | Entry | Bump | Rule |\n| --- | --- | --- | --- |');
            for (const w of c.why.slice(0, 50))
                out.push(`| \`${w.sha.slice(0, 7)}\` | ${w.decisive ? '**' : ''}${cellText(w.header)}${w.decisive ? '**' : ''} | ${w.bump} | ${cellText(w.rule)} |`);
            if (c.why.length > 50)
                out.push(`| | … ${c.why.length - 50} more | | |`);
            out.push('\n</details>\n');
        }
        if (c.cancelled.length > 0)
            out.push(`Cancelled by a revert in the same range: ${c.cancelled.map((p) => `\`${p.sha.slice(0, 7)}\` ${p.header}`).join('; ')}\n`);
        if (c.releasable)
            out.push(`<details><summary>Release notes</summary>\n\n${c.notes}\n</details>\n`);
        const planned = plan?.releases.find((r) => r.component === c.component);
        if (planned && options.showCalls)
            out.push(`<details><summary>API calls it would make</summary>\n\n${planned.calls.map((call) => `- \`${call.method} ${call.path}\`: ${call.purpose}`).join('\n')}\n</details>\n`);
    }
    if (analysis.warnings.length > 0) {
        out.push('### ⚠️ Commits that look conventional but are not\n');
        for (const w of analysis.warnings.slice(0, 20))
            out.push(`- \`${w.sha.slice(0, 7)}\` ${cellText(w.subject)}: ${w.problem}`);
        out.push('');
    }
    for (const notice of analysis.notices)
        out.push(`> ${notice}\n`);
    const done = options.executed ?? [];
    if (done.length === 0)
        return out.join('\n');
    const lines = done.map((e) => `- [${e.tag}](${e.url}): ${e.steps.join(', ')}${e.movedTags.length > 0 ? `; moved ${e.movedTags.join(', ')}` : ''}`);
    return `${out.join('\n')}\n### Done\n\n${lines.join('\n')}\n`;
}
/** Plain text for the terminal. */
function toText(analysis, plan) {
    const out = [];
    for (const c of analysis.components) {
        out.push(`${c.component ? `${c.component}: ` : ''}${headline(c, 'next release')}`);
        if (c.releasable) {
            out.push(`  version ${c.version ?? ''}, tag ${c.tag ?? ''}, previous ${c.previousTag ?? '(none)'}, ${c.commitCount} commit${c.commitCount === 1 ? '' : 's'}`);
            if (c.movingTags.length > 0)
                out.push(`  moving tags: ${c.movingTags.map((m) => m.tag).join(', ')}`);
        }
        if (c.why.length > 0) {
            out.push('  why:');
            for (const w of c.why.slice(0, 20))
                out.push(`    ${w.decisive ? '*' : ' '} ${w.sha.slice(0, 7)} ${w.bump.padEnd(5)} ${w.header}  (${w.rule})`);
            if (c.why.length > 20)
                out.push(`      … ${c.why.length - 20} more`);
        }
        for (const p of c.cancelled)
            out.push(`  cancelled: ${p.sha.slice(0, 7)} ${p.header} (reverted by ${p.revertSha.slice(0, 7)})`);
        if (c.releasable)
            out.push('', c.notes.trimEnd().replace(/^/gm, '  '), '');
        const planned = plan?.releases.find((r) => r.component === c.component);
        if (planned) {
            out.push('  API calls it would make:');
            for (const call of planned.calls)
                out.push(`    ${call.method} ${call.path}  ${call.purpose}`);
        }
    }
    for (const w of analysis.warnings)
        out.push(`warning: ${w.sha.slice(0, 7)} "${w.subject}": ${w.problem}`);
    for (const n of analysis.notices)
        out.push(`notice: ${n}`);
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./packages/release/src/changelog.ts



/** Writes the block into the changelog file (created when missing); false when nothing changed. */
async function writeChangelog(cwd, path, block, version) {
    const file = (0,external_node_path_.join)(cwd, path);
    let existing = '';
    try {
        existing = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    const { text, changed } = prependChangelog(existing, block, version);
    if (changed)
        await (0,promises_.writeFile)(file, text);
    return changed;
}

;// CONCATENATED MODULE: ./packages/release/src/remote.ts
// The GitHub repository a checkout comes from, for links in the notes and the API paths of a plan.

/** owner/repo and https URL of the `origin` remote when it is a GitHub-style URL (https, ssh or scp-like). */
async function remoteRepo(repo) {
    const raw = (await (0,src/* tryGit */.Ii)(repo, ['config', '--get', 'remote.origin.url']))?.trim();
    if (!raw)
        return undefined;
    const m = /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/(?:[^@/]+@)?|[^@/]+@)([^/:]+)[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(raw);
    if (!m)
        return undefined;
    const [, host = '', owner = '', name = ''] = m;
    return { owner, repo: name, url: `https://${host}/${owner}/${name}` };
}

;// CONCATENATED MODULE: ./packages/release/src/index.ts
// The release engine: conventional commits → next version, notes, CHANGELOG.md, tags and a
// GitHub release. Plain TypeScript: no @actions/* imports and no process.env reads.











/***/ }),

/***/ 4973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RO: () => (/* reexport default from dynamic */ semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_2___default.a),
/* harmony export */   aA: () => (/* reexport default from dynamic */ semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_6___default.a),
/* harmony export */   au: () => (/* reexport default from dynamic */ semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default.a),
/* harmony export */   bE: () => (/* reexport default from dynamic */ semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_3___default.a),
/* harmony export */   gt: () => (/* reexport default from dynamic */ semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_1___default.a),
/* harmony export */   lt: () => (/* reexport default from dynamic */ semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_4___default.a),
/* harmony export */   qg: () => (/* reexport default from dynamic */ semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_5___default.a),
/* harmony export */   rZ: () => (/* reexport default from dynamic */ semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_7___default.a)
/* harmony export */ });
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5385);
/* harmony import */ var semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_coerce_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6599);
/* harmony import */ var semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gt_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1236);
/* harmony import */ var semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver_functions_gte_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2338);
/* harmony import */ var semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(semver_functions_inc_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3872);
/* harmony import */ var semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(semver_functions_lt_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2173);
/* harmony import */ var semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(semver_functions_rcompare_js__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8780);
/* harmony import */ var semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(semver_functions_valid_js__WEBPACK_IMPORTED_MODULE_7__);
// The semver functions the engine uses, each from its own module: the package's index loads
// every range, comparator and function module, a noticeable part of a CLI start.










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


/***/ })

};
