export const id = 264;
export const ids = [264];
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

/***/ 3264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BASELINE_VERSION: () => (/* reexport */ BASELINE_VERSION),
  DEFAULT_CONFIG: () => (/* reexport */ DEFAULT_CONFIG),
  DirectoryBaselineStore: () => (/* reexport */ DirectoryBaselineStore),
  LineHits: () => (/* reexport */ LineHits),
  REPORT_FORMATS: () => (/* reexport */ REPORT_FORMATS),
  ReportError: () => (/* reexport */ ReportError),
  ThresholdError: () => (/* reexport */ ThresholdError),
  baselineKey: () => (/* reexport */ baselineKey),
  compareMetric: () => (/* reexport */ compareMetric),
  createPathResolver: () => (/* reexport */ createPathResolver),
  detectFormat: () => (/* reexport */ detectFormat),
  expandGlobs: () => (/* reexport */ expandGlobs),
  failureReasons: () => (/* reexport */ failureReasons),
  fileCoverage: () => (/* reexport */ fileCoverage),
  findBaseline: () => (/* reexport */ findBaseline),
  findMergeBase: () => (/* reexport */ findMergeBase),
  formatRanges: () => (/* reexport */ formatRanges),
  isJsonObject: () => (/* reexport */ isJsonObject),
  mergeTestCases: () => (/* reexport */ mergeTestCases),
  parseBaseline: () => (/* reexport */ parseBaseline),
  parseCheckstyle: () => (/* reexport */ parseCheckstyle),
  parseClover: () => (/* reexport */ parseClover),
  parseCobertura: () => (/* reexport */ parseCobertura),
  parseEslint: () => (/* reexport */ parseEslint),
  parseGoCover: () => (/* reexport */ parseGoCover),
  parseIstanbul: () => (/* reexport */ parseIstanbul),
  parseIstanbulSummary: () => (/* reexport */ parseIstanbulSummary),
  parseJacoco: () => (/* reexport */ parseJacoco),
  parseJunit: () => (/* reexport */ parseJunit),
  parseLcov: () => (/* reexport */ parseLcov),
  parseMetricThreshold: () => (/* reexport */ parseMetricThreshold),
  parseMetrics: () => (/* reexport */ parseMetrics),
  parsePercent: () => (/* reexport */ parsePercent),
  parseRanges: () => (/* reexport */ parseRanges),
  parseSarif: () => (/* reexport */ parseSarif),
  pct: () => (/* reexport */ pct),
  readHead: () => (/* reexport */ readHead),
  readReports: () => (/* reexport */ readReports),
  recogniseHead: () => (/* reexport */ recogniseHead),
  recogniseJson: () => (/* reexport */ recogniseJson),
  runGate: () => (/* reexport */ runGate),
  toAnnotations: () => (/* reexport */ toAnnotations),
  toJson: () => (/* reexport */ toJson),
  toMarkdown: () => (/* reexport */ toMarkdown),
  toRanges: () => (/* reexport */ toRanges),
  toText: () => (/* reexport */ toText),
  totalsOf: () => (/* reexport */ totalsOf)
});

// EXTERNAL MODULE: ./packages/toolkit/src/index.ts + 2 modules
var src = __webpack_require__(5312);
;// CONCATENATED MODULE: ./packages/quality/src/errors.ts

/**
 * A report file that cannot be read: names the file and, where known, the line and column. A
 * user error (the report or the pattern is the user's to fix), so it is a ConfigurationError.
 */
class ReportError extends src/* ConfigurationError */.j1 {
    name = 'ReportError';
    /** The subject is where: `file`, `file:line` or `file:line:column`. */
    constructor(file, problem, position = {}) {
        super(position.line === undefined ? file : `${file}:${position.line}${position.column === undefined ? '' : `:${position.column}`}`, problem);
    }
}

;// CONCATENATED MODULE: ./packages/quality/src/coverage.ts
// Line coverage of one source file, kept compact: one slot per source line in a growable
// typed array (0 = not coverable, n = hits + 1), so memory follows the size of the source
// tree, not the size of the report files.
const MAX_SLOT = 0xffff_fffe;
class LineHits {
    slots;
    last = 0;
    constructor(capacity = 64) {
        this.slots = new Uint32Array(capacity);
    }
    /** Records `hits` for a coverable line (1-based); several records of one line add up. */
    add(line, hits) {
        if (line >= this.slots.length) {
            let size = this.slots.length * 2;
            while (size <= line)
                size *= 2;
            const grown = new Uint32Array(size);
            grown.set(this.slots);
            this.slots = grown;
        }
        const current = this.slots[line] ?? 0;
        const sum = (current === 0 ? 0 : current - 1) + (hits > 0 ? hits : 0);
        this.slots[line] = Math.min(sum, MAX_SLOT - 1) + 1;
        if (line > this.last)
            this.last = line;
    }
    merge(other) {
        other.forEach((line, hits) => this.add(line, hits));
    }
    /** Hits of a line, or undefined when the line is not coverable. */
    get(line) {
        const slot = line <= this.last ? (this.slots[line] ?? 0) : 0;
        return slot === 0 ? undefined : slot - 1;
    }
    forEach(visit) {
        for (let line = 1; line <= this.last; line++) {
            const slot = this.slots[line] ?? 0;
            if (slot !== 0)
                visit(line, slot - 1);
        }
    }
    totals() {
        let covered = 0;
        let total = 0;
        for (let line = 1; line <= this.last; line++) {
            const slot = this.slots[line] ?? 0;
            if (slot !== 0) {
                total++;
                if (slot > 1)
                    covered++;
            }
        }
        return { covered, total };
    }
}
function fileCoverage(report, path) {
    let entry = report.files.get(path);
    if (!entry) {
        entry = {};
        report.files.set(path, entry);
    }
    entry.lines ??= new LineHits();
    return entry.lines;
}
function totalsOf(entry) {
    return entry.lines ? entry.lines.totals() : (entry.summary ?? { covered: 0, total: 0 });
}
function pct(covered, total) {
    return total === 0 ? undefined : Math.round((covered / total) * 10_000) / 100;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./packages/quality/src/xml.ts
// Streams an XML report through saxes, so a 50 MB Cobertura file is never held whole.



async function streamXml(file, label, handlers) {
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    let failure;
    const fail = (problem) => {
        failure ??= new ReportError(label, problem, { line: parser.line, column: parser.column });
    };
    parser.on('error', (error) => fail(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')));
    parser.on('opentag', (tag) => {
        if (failure)
            return;
        try {
            handlers.open(tag.name, tag.attributes);
        }
        catch (error) {
            fail(error.message);
        }
    });
    if (handlers.close) {
        const close = handlers.close;
        parser.on('closetag', (tag) => {
            if (!failure)
                close(tag.name);
        });
    }
    if (handlers.text) {
        const text = handlers.text;
        parser.on('text', (t) => text(t));
        parser.on('cdata', (t) => text(t));
    }
    const stream = (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
    for await (const chunk of stream) {
        parser.write(chunk);
        if (failure) {
            stream.destroy();
            throw failure;
        }
    }
    parser.close();
    if (failure)
        throw failure;
}
/** Reads an attribute as a whole number, or throws a message naming it. */
function intAttribute(attributes, name, element) {
    const raw = attributes[name];
    if (raw === undefined)
        throw new Error(`<${element}> has no ${name} attribute`);
    const value = Number(raw);
    if (!Number.isFinite(value))
        throw new Error(`<${element} ${name}="${raw}"> is not a number`);
    return value;
}

;// CONCATENATED MODULE: ./packages/quality/src/parsers/clover.ts
// Clover XML (Istanbul's clover reporter, PHPUnit, OpenClover).


async function parseClover(file, label) {
    const report = { format: 'clover', file: label, files: new Map(), sourceRoots: [] };
    let current;
    await streamXml(file, label, {
        open(name, attributes) {
            if (name === 'file') {
                const path = attributes.path ?? attributes.name;
                if (path === undefined)
                    throw new Error('<file> has neither a path nor a name attribute');
                current = fileCoverage(report, path);
            }
            else if (name === 'line' && current) {
                // Method lines mark a declaration; statements and conditionals are what can be run.
                if (attributes.type === 'method')
                    return;
                const hits = attributes.count !== undefined
                    ? intAttribute(attributes, 'count', 'line')
                    : Math.max(Number(attributes.truecount ?? 0), Number(attributes.falsecount ?? 0));
                current.add(intAttribute(attributes, 'num', 'line'), hits);
            }
        },
        close(name) {
            if (name === 'file')
                current = undefined;
        },
    });
    return report;
}
const CLOVER = {
    name: 'clover',
    title: 'Clover',
    kind: 'coverage',
    // A <coverage> root like Cobertura's: Clover's names its generator or holds a <project>, and has no line-rate.
    recognise: {
        content: 'xml',
        test: (root, head) => root.name === 'coverage' && /\bclover=|<project\b/.test(root.tag + head.slice(0, 4000)) && !/line-rate=/.test(root.tag),
    },
    read: ({ path, label }) => parseClover(path, label),
};

;// CONCATENATED MODULE: ./packages/quality/src/parsers/cobertura.ts
// Cobertura XML (coverage.py, gcovr, Istanbul's cobertura reporter, .NET coverlet).


async function parseCobertura(file, label) {
    const report = { format: 'cobertura', file: label, files: new Map(), sourceRoots: [] };
    let current;
    let inSource = false;
    let sourceText = '';
    let depthInMethods = 0;
    await streamXml(file, label, {
        open(name, attributes) {
            switch (name) {
                case 'class': {
                    const filename = attributes.filename;
                    if (filename === undefined)
                        throw new Error('<class> has no filename attribute');
                    current = fileCoverage(report, filename);
                    break;
                }
                case 'methods':
                    depthInMethods++;
                    break;
                case 'line':
                    // Lines under <methods> repeat the class's own <lines>; counting them twice would double hits.
                    if (current && depthInMethods === 0)
                        current.add(intAttribute(attributes, 'number', 'line'), intAttribute(attributes, 'hits', 'line'));
                    break;
                case 'source':
                    inSource = true;
                    sourceText = '';
                    break;
            }
        },
        close(name) {
            if (name === 'class')
                current = undefined;
            else if (name === 'methods')
                depthInMethods--;
            else if (name === 'source') {
                inSource = false;
                if (sourceText.trim() !== '')
                    report.sourceRoots.push(sourceText.trim());
            }
        },
        text(text) {
            if (inSource)
                sourceText += text;
        },
    });
    return report;
}
const COBERTURA = {
    name: 'cobertura',
    title: 'Cobertura',
    kind: 'coverage',
    recognise: { content: 'xml', test: (root) => root.name === 'coverage' },
    read: ({ path, label }) => parseCobertura(path, label),
};

;// CONCATENATED MODULE: ./packages/quality/src/parsers/format.ts
function isJsonObject(document) {
    return document !== null && typeof document === 'object' && !Array.isArray(document);
}

;// CONCATENATED MODULE: ./packages/quality/src/parsers/findings.ts
// Static-analysis findings: SARIF 2.1.0, ESLint's JSON formatter and checkstyle XML.



function severityOf(level) {
    if (level === 'error')
        return 'error';
    if (level === 'warning' || level === undefined)
        return 'warning';
    if (level === 'note')
        return 'note';
    return undefined; // 'none'
}
function fingerprintOf(result) {
    const prints = result.fingerprints && Object.keys(result.fingerprints).length > 0 ? result.fingerprints : result.partialFingerprints;
    if (!prints || Object.keys(prints).length === 0)
        return undefined;
    return Object.entries(prints)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, value]) => `${key}=${value}`)
        .join(';');
}
function parseSarif(json, label) {
    const log = json;
    if (!Array.isArray(log.runs))
        throw new ReportError(label, 'a SARIF log needs a "runs" array');
    if (log.version !== undefined && log.version !== '2.1.0')
        throw new ReportError(label, `SARIF version ${log.version} is not supported; version 2.1.0 is`);
    const findings = [];
    for (const run of log.runs) {
        const tool = run.tool?.driver?.name ?? 'sarif';
        const rules = run.tool?.driver?.rules ?? [];
        for (const result of run.results ?? []) {
            if (result.kind !== undefined && result.kind !== 'fail')
                continue;
            if (result.suppressions && result.suppressions.length > 0)
                continue;
            const ruleMeta = result.ruleIndex !== undefined ? rules[result.ruleIndex] : undefined;
            const severity = severityOf(result.level ?? ruleMeta?.defaultConfiguration?.level);
            if (!severity)
                continue;
            const physical = result.locations?.[0]?.physicalLocation;
            const artifact = physical?.artifactLocation;
            let uri = artifact?.uri ?? (artifact?.index !== undefined ? run.artifacts?.[artifact.index]?.location?.uri : undefined) ?? '';
            const base = artifact?.uriBaseId ? run.originalUriBaseIds?.[artifact.uriBaseId]?.uri : undefined;
            if (base && !/^[a-z]+:/i.test(uri))
                uri = base.replace(/\/?$/, '/') + uri;
            findings.push({
                tool,
                rule: result.ruleId ?? result.rule?.id ?? ruleMeta?.id ?? 'unknown',
                severity,
                message: result.message?.text ?? result.message?.markdown ?? '',
                file: decodeUri(uri),
                line: physical?.region?.startLine,
                column: physical?.region?.startColumn,
                fingerprint: fingerprintOf(result),
            });
        }
    }
    const revisions = log.runs.flatMap((run) => (run.versionControlProvenance ?? []).map((v) => v.revisionId).filter((r) => typeof r === 'string' && r !== ''));
    return { format: 'sarif', file: label, findings, revisions };
}
function decodeUri(uri) {
    const path = uri.startsWith('file://') ? uri.slice('file://'.length) : uri;
    try {
        return decodeURIComponent(path);
    }
    catch {
        return path;
    }
}
function parseEslint(json, label) {
    if (!Array.isArray(json))
        throw new ReportError(label, 'ESLint JSON output is an array of files');
    const findings = [];
    for (const entry of json) {
        if (typeof entry.filePath !== 'string' || !Array.isArray(entry.messages))
            throw new ReportError(label, 'each ESLint entry needs filePath and messages');
        for (const message of entry.messages) {
            findings.push({
                tool: 'eslint',
                rule: message.ruleId ?? (message.fatal ? 'parse-error' : 'unknown'),
                severity: message.severity === 2 ? 'error' : 'warning',
                message: message.message ?? '',
                file: entry.filePath,
                line: message.line,
                column: message.column,
            });
        }
    }
    return { format: 'eslint', file: label, findings };
}
async function parseCheckstyle(file, label) {
    const findings = [];
    let current;
    await streamXml(file, label, {
        open(name, attributes) {
            if (name === 'file')
                current = attributes.name ?? '';
            else if (name === 'error' && current !== undefined) {
                const severity = attributes.severity === 'error' ? 'error' : attributes.severity === 'warning' ? 'warning' : attributes.severity === 'ignore' ? undefined : 'note';
                if (!severity)
                    return;
                findings.push({
                    tool: 'checkstyle',
                    rule: attributes.source ?? 'unknown',
                    severity,
                    message: attributes.message ?? '',
                    file: current,
                    line: attributes.line === undefined ? undefined : Number(attributes.line),
                    column: attributes.column === undefined ? undefined : Number(attributes.column),
                });
            }
        },
        close(name) {
            if (name === 'file')
                current = undefined;
        },
    });
    return { format: 'checkstyle', file: label, findings };
}
const CHECKSTYLE = {
    name: 'checkstyle',
    title: 'checkstyle',
    kind: 'findings',
    recognise: { content: 'xml', test: (root) => root.name === 'checkstyle' },
    read: ({ path, label }) => parseCheckstyle(path, label),
};
const ESLINT = {
    name: 'eslint',
    title: 'ESLint JSON',
    kind: 'findings',
    recognise: { content: 'json', test: (document) => Array.isArray(document) },
    read: ({ label, json }) => parseEslint(json, label),
};
const SARIF = {
    name: 'sarif',
    title: 'SARIF 2.1.0',
    kind: 'findings',
    recognise: { content: 'json', test: (document) => isJsonObject(document) && Array.isArray(document.runs) },
    read: ({ label, json }) => parseSarif(json, label),
};

;// CONCATENATED MODULE: ./packages/quality/src/parsers/go.ts
// Go coverprofile: `mode: set` then `path/file.go:12.3,15.2 4 1` blocks.



const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
async function parseGoCover(file, label) {
    const report = { format: 'go', file: label, files: new Map(), sourceRoots: [] };
    let lineNo = 0;
    let rest = '';
    const handle = (line) => {
        lineNo++;
        if (line === '')
            return;
        if (lineNo === 1) {
            if (!line.startsWith('mode:'))
                throw new ReportError(label, 'a Go coverprofile starts with "mode:"', { line: 1 });
            return;
        }
        const match = BLOCK.exec(line);
        if (!match)
            throw new ReportError(label, `malformed coverage block "${line.slice(0, 80)}"`, { line: lineNo });
        const [, path = '', start = '0', , end = '0', , statements = '0', count = '0'] = match;
        if (Number(statements) === 0)
            return;
        const hits = fileCoverage(report, path);
        // A line is covered when any block on it ran; the same block may appear once per test binary.
        for (let l = Number(start); l <= Number(end); l++)
            hits.add(l, Number(count));
    };
    const stream = (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
    for await (const chunk of stream) {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines)
            handle(line.replace(/\r$/, ''));
    }
    handle(rest.replace(/\r$/, ''));
    return report;
}
const GO_COVERPROFILE = {
    name: 'go',
    title: 'a Go coverprofile',
    kind: 'coverage',
    recognise: { content: 'text', test: (head) => head.startsWith('mode:') },
    read: ({ path, label }) => parseGoCover(path, label),
};

// EXTERNAL MODULE: ./node_modules/istanbul-lib-coverage/index.js
var istanbul_lib_coverage = __webpack_require__(9377);
var istanbul_lib_coverage_default = /*#__PURE__*/__webpack_require__.n(istanbul_lib_coverage);
;// CONCATENATED MODULE: ./packages/quality/src/json.ts

/** JSON.parse with the error turned into the file, line and column where it broke. */
function parseJsonFile(text, label) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        const at = /position (\d+)/.exec(message);
        const lineCol = /line (\d+) column (\d+)/.exec(message);
        if (lineCol)
            return fail(label, message, Number(lineCol[1]), Number(lineCol[2]));
        const offset = at ? Number(at[1]) : text.length;
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - before.lastIndexOf('\n');
        return fail(label, message, line, column);
    }
}
function fail(label, message, line, column) {
    const problem = message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '');
    throw new ReportError(label, `invalid JSON: ${problem}`, { line, column });
}

;// CONCATENATED MODULE: ./packages/quality/src/parsers/istanbul.ts
// Istanbul JSON: coverage-final.json (statement maps, through istanbul-lib-coverage) and
// coverage-summary.json (per-file totals only: counted in the project figure, not in the patch).






async function parseIstanbul(file, label, data) {
    const json = data ?? parseJsonFile(await (0,promises_.readFile)(file, 'utf8'), label);
    const report = { format: 'istanbul', file: label, files: new Map(), sourceRoots: [] };
    let map;
    try {
        map = istanbul_lib_coverage_default().createCoverageMap(json);
    }
    catch (error) {
        throw new ReportError(label, `not an Istanbul coverage map: ${error.message}`);
    }
    for (const path of map.files()) {
        const lines = map.fileCoverageFor(path).getLineCoverage();
        const hits = fileCoverage(report, path);
        for (const [line, count] of Object.entries(lines))
            hits.add(Number(line), count);
    }
    return report;
}
async function parseIstanbulSummary(file, label, data) {
    const json = (data ?? parseJsonFile(await (0,promises_.readFile)(file, 'utf8'), label));
    const report = { format: 'istanbul-summary', file: label, files: new Map(), sourceRoots: [] };
    for (const [path, entry] of Object.entries(json)) {
        if (path === 'total')
            continue;
        const total = entry.lines?.total;
        const covered = entry.lines?.covered;
        if (typeof total !== 'number' || typeof covered !== 'number')
            throw new ReportError(label, `the entry for ${path} has no lines.total / lines.covered`);
        report.files.set(path, { summary: { covered, total } });
    }
    return report;
}
const ISTANBUL_SUMMARY = {
    name: 'istanbul-summary',
    title: 'Istanbul coverage-summary.json',
    kind: 'coverage',
    recognise: { content: 'json', test: (document) => isJsonObject(document) && isJsonObject(document.total) && 'lines' in document.total },
    read: ({ path, label, json }) => parseIstanbulSummary(path, label, json),
};
const ISTANBUL = {
    name: 'istanbul',
    title: 'Istanbul coverage-final.json',
    kind: 'coverage',
    // A map of files to their statement maps; an empty map is an empty report.
    recognise: {
        content: 'json',
        test: (document) => {
            if (!isJsonObject(document))
                return false;
            const first = Object.values(document)[0];
            return first === undefined || (isJsonObject(first) && 'statementMap' in first);
        },
    },
    read: ({ path, label, json }) => parseIstanbul(path, label, json),
};

;// CONCATENATED MODULE: ./packages/quality/src/parsers/jacoco.ts
// JaCoCo XML: <package name="com/acme"><sourcefile name="App.java"><line nr mi ci .../>.


async function parseJacoco(file, label) {
    const report = { format: 'jacoco', file: label, files: new Map(), sourceRoots: [] };
    let pkg = '';
    let current;
    await streamXml(file, label, {
        open(name, attributes) {
            if (name === 'package')
                pkg = attributes.name ?? '';
            else if (name === 'sourcefile')
                current = fileCoverage(report, pkg === '' ? (attributes.name ?? '') : `${pkg}/${attributes.name ?? ''}`);
            else if (name === 'line' && current) {
                const mi = intAttribute(attributes, 'mi', 'line');
                const ci = intAttribute(attributes, 'ci', 'line');
                if (mi + ci > 0)
                    current.add(intAttribute(attributes, 'nr', 'line'), ci > 0 ? 1 : 0);
            }
        },
        close(name) {
            if (name === 'sourcefile')
                current = undefined;
            else if (name === 'package')
                pkg = '';
        },
    });
    return report;
}
const JACOCO = {
    name: 'jacoco',
    title: 'JaCoCo',
    kind: 'coverage',
    // Its doctype names JaCoCo even where the root element is not recognised.
    recognise: { content: 'xml', test: (root, head) => root.name === 'report' || /JACOCO/.test(head.slice(0, 500)) },
    read: ({ path, label }) => parseJacoco(path, label),
};

;// CONCATENATED MODULE: ./packages/quality/src/parsers/junit.ts
// JUnit XML in the dialects test runners write: Jest (jest-junit), Vitest, pytest, Maven
// Surefire (with flakyFailure/rerunFailure) and gotestsum (repeated test cases on --rerun-fails).

async function parseJunit(file, label) {
    const cases = [];
    const suites = [];
    let current;
    let failureElement;
    let failureText = '';
    await streamXml(file, label, {
        open(name, attributes) {
            if (name === 'testsuite')
                suites.push(attributes.name ?? '');
            else if (name === 'testcase') {
                current = {
                    suite: attributes.classname ?? suites.at(-1) ?? '',
                    name: attributes.name ?? '',
                    status: 'passed',
                    attempts: 1,
                    file: attributes.file,
                    line: attributes.line === undefined ? undefined : Number(attributes.line),
                };
            }
            else if (current) {
                switch (name) {
                    case 'failure':
                    case 'error':
                        current.status = 'failed';
                        failureElement = name;
                        failureText = '';
                        current.message ??= attributes.message;
                        break;
                    case 'rerunFailure':
                    case 'rerunError':
                        current.attempts++;
                        break;
                    case 'flakyFailure':
                    case 'flakyError':
                        if (current.status === 'passed')
                            current.status = 'flaky';
                        current.attempts++;
                        current.message ??= attributes.message;
                        failureElement = name;
                        failureText = '';
                        break;
                    case 'skipped':
                        if (current.status === 'passed')
                            current.status = 'skipped';
                        break;
                }
            }
        },
        close(name) {
            if (name === 'testsuite')
                suites.pop();
            else if (name === 'testcase' && current) {
                cases.push(current);
                current = undefined;
            }
            else if (name === failureElement && current) {
                failureElement = undefined;
                const firstLine = failureText.trim().split('\n')[0]?.trim();
                if (!current.message && firstLine)
                    current.message = firstLine.slice(0, 300);
            }
        },
        text(text) {
            if (failureElement && failureText.length < 2000)
                failureText += text;
        },
    });
    return { file: label, cases };
}
/**
 * Folds repeated runs of one test (retries, reruns, shards reporting the same case) into one
 * result: failed then passed is flaky; failed every time is a failure.
 */
function mergeTestCases(reports) {
    const byKey = new Map();
    for (const report of reports) {
        for (const test of report.cases) {
            const key = `${test.suite}\u0000${test.name}`;
            const seen = byKey.get(key);
            if (!seen) {
                byKey.set(key, { ...test });
                continue;
            }
            seen.attempts += test.attempts;
            const statuses = new Set([seen.status, test.status]);
            const passedOnce = statuses.has('passed') || statuses.has('flaky');
            const failedOnce = statuses.has('failed') || statuses.has('flaky');
            if (passedOnce && failedOnce)
                seen.status = 'flaky';
            else if (statuses.has('failed'))
                seen.status = 'failed';
            else if (statuses.has('passed'))
                seen.status = 'passed';
            seen.message ??= test.message;
        }
    }
    return [...byKey.values()];
}
const JUNIT = {
    name: 'junit',
    title: 'JUnit XML',
    kind: 'tests',
    recognise: { content: 'xml', test: (root) => root.name === 'testsuites' || root.name === 'testsuite' || root.name === 'testrun' },
    read: ({ path, label }) => parseJunit(path, label),
};

;// CONCATENATED MODULE: ./packages/quality/src/parsers/lcov.ts
// LCOV (`SF:`/`DA:`/`end_of_record`), streamed and read byte by byte: DA records (nearly all of
// a large file) are parsed straight from the buffer without making strings, so memory follows
// the number of source files, not the size of the report.



const NL = 10;
const CR = 13;
const COMMA = 44;
const MINUS = 45;
const END_OF_RECORD = Buffer.from('end_of_record');
async function parseLcov(file, label) {
    const report = { format: 'lcov', file: label, files: new Map(), sourceRoots: [] };
    let current;
    let currentPath = '';
    let lineNo = 0;
    const malformed = (buf, start, end) => {
        throw new ReportError(label, `malformed DA record "${buf.toString('utf8', start, Math.min(end, start + 60))}"`, { line: lineNo });
    };
    const handle = (buf, start, end) => {
        lineNo++;
        if (lineNo === 1 && buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf)
            start += 3; // a UTF-8 byte order mark
        if (end > start && buf[end - 1] === CR)
            end--;
        const c0 = buf[start];
        // DA:<line>,<hits>[,<checksum>]
        if (c0 === 68 /* D */ && buf[start + 1] === 65 /* A */ && buf[start + 2] === 58 /* : */) {
            if (!current)
                throw new ReportError(label, 'DA record outside of an SF record', { line: lineNo });
            let i = start + 3;
            let line = 0;
            const lineStart = i;
            for (let c = buf[i] ?? 0; i < end && c >= 48 && c <= 57; c = buf[++i] ?? 0)
                line = line * 10 + (c - 48);
            if (i === lineStart || buf[i] !== COMMA)
                return malformed(buf, start, end);
            i++;
            let sign = 1;
            if (buf[i] === MINUS) {
                sign = -1;
                i++;
            }
            let hits = 0;
            const hitsStart = i;
            for (let c = buf[i] ?? 0; i < end && c >= 48 && c <= 57; c = buf[++i] ?? 0)
                hits = hits * 10 + (c - 48);
            if (i === hitsStart || (i < end && buf[i] !== COMMA))
                return malformed(buf, start, end);
            current.add(line, sign * hits);
            return;
        }
        if (c0 === 83 /* S */ && buf[start + 1] === 70 /* F */ && buf[start + 2] === 58 /* : */) {
            currentPath = buf.toString('utf8', start + 3, end).trim();
            current = fileCoverage(report, currentPath);
            return;
        }
        if (c0 === 101 /* e */ &&
            end - start >= END_OF_RECORD.length &&
            buf.compare(END_OF_RECORD, 0, END_OF_RECORD.length, start, start + END_OF_RECORD.length) === 0) {
            if (!current)
                throw new ReportError(label, 'end_of_record without an SF record', { line: lineNo });
            current = undefined;
        }
    };
    let carry;
    const stream = (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 });
    for await (const chunk of stream) {
        let pos = 0;
        if (carry) {
            const nl = chunk.indexOf(NL);
            if (nl < 0) {
                carry = Buffer.concat([carry, chunk]);
                continue;
            }
            const line = Buffer.concat([carry, chunk.subarray(0, nl)]);
            carry = undefined;
            handle(line, 0, line.length);
            pos = nl + 1;
        }
        for (let nl = chunk.indexOf(NL, pos); nl >= 0; nl = chunk.indexOf(NL, pos)) {
            handle(chunk, pos, nl);
            pos = nl + 1;
        }
        if (pos < chunk.length)
            carry = Buffer.from(chunk.subarray(pos));
    }
    if (carry && carry.length > 0)
        handle(carry, 0, carry.length);
    if (current)
        throw new ReportError(label, `the file ends inside the record for ${currentPath} (no end_of_record): truncated?`, { line: lineNo });
    return report;
}
const LCOV = {
    name: 'lcov',
    title: 'LCOV',
    kind: 'coverage',
    recognise: { content: 'text', test: (head) => /^(TN|SF|FN|DA|LF|LH|BRDA|FNDA|VER):/m.test(head.slice(0, 2000)) },
    read: ({ path, label }) => parseLcov(path, label),
};

;// CONCATENATED MODULE: ./packages/quality/src/parsers/metrics.ts
// Custom metrics: JSON `{"name": "bundle-size", "value": 231337, "unit": "B"}`, an array of them,
// or `{"metrics": [...]}`.




function parseMetrics(json, label) {
    const list = Array.isArray(json)
        ? json
        : json && typeof json === 'object' && Array.isArray(json.metrics)
            ? json.metrics
            : [json];
    return list.map((item, index) => {
        const metric = item;
        if (typeof metric.name !== 'string' || typeof metric.value !== 'number' || !Number.isFinite(metric.value)) {
            throw new ReportError(label, `metric ${index + 1} needs a string "name" and a numeric "value", like {"name": "bundle-size", "value": 231337}`);
        }
        return { name: metric.name, value: metric.value, unit: typeof metric.unit === 'string' ? metric.unit : undefined, file: label };
    });
}
const METRICS = {
    name: 'metrics',
    title: 'a {name, value} metric',
    kind: 'metrics',
    recognise: { content: 'json', test: (document) => isJsonObject(document) && 'name' in document && 'value' in document },
    // A file given as metrics is read as one whatever else it looks like, so it may come unparsed.
    read: async ({ path, label, json }) => parseMetrics(json ?? parseJsonFile(await (0,promises_.readFile)(path, 'utf8'), label), label),
};

;// CONCATENATED MODULE: ./packages/quality/src/formats.ts
// Every report format the gate reads, in the order they are tried: the first whose recogniser
// accepts a file reads it. A format is a parser file that exports its ReportFormat, and one line here.









const REPORT_FORMATS = [
    GO_COVERPROFILE,
    LCOV,
    CLOVER, // before Cobertura: both have a <coverage> root
    COBERTURA,
    JUNIT,
    CHECKSTYLE,
    JACOCO, // after the other XML formats: it also takes an unrecognised root whose doctype names JaCoCo
    ESLINT,
    SARIF,
    ISTANBUL_SUMMARY,
    ISTANBUL,
    METRICS,
];

;// CONCATENATED MODULE: ./packages/quality/src/detect.ts
// Recognises a report by its content, never by its name: coverage, test and findings
// reports often share extensions (.xml, .json) and names (report.xml).


async function readHead(file, bytes = 8192) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(bytes);
        const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/** The format a file's head shows; `json` when the parsed document decides (see recogniseJson); undefined when none. */
function recogniseHead(head) {
    const text = head.replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('{') || text.startsWith('['))
        return 'json';
    const root = text.startsWith('<') ? (rootElement(text) ?? NO_ROOT) : undefined;
    return REPORT_FORMATS.find(({ recognise }) => {
        if (recognise.content === 'text')
            return root === undefined && recognise.test(text);
        if (recognise.content === 'xml')
            return root !== undefined && recognise.test(root, text);
        return false;
    });
}
function recogniseJson(document) {
    return REPORT_FORMATS.find(({ recognise }) => recognise.content === 'json' && recognise.test(document));
}
/** The name of the format a file's head shows, `json` for JSON, or `unknown`. */
function detectFormat(head) {
    const format = recogniseHead(head);
    return format === 'json' ? 'json' : (format?.name ?? 'unknown');
}
const NO_ROOT = { name: '', tag: '' };
/** The first element of an XML document, skipping the declaration, comments and the doctype. */
function rootElement(text) {
    const stripped = text
        .replace(/<\?[\s\S]*?\?>/g, '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, '');
    const match = /<([A-Za-z_][\w:.-]*)([^>]*)>?/.exec(stripped);
    return match ? { name: match[1] ?? '', tag: match[0] } : undefined;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/git/src/index.ts + 3 modules
var git_src = __webpack_require__(5039);
;// CONCATENATED MODULE: ./packages/quality/src/paths.ts
// Maps the paths reports write (absolute paths from another machine, Cobertura <source>
// roots, Windows backslashes, Go import paths, paths relative to the report) onto files
// of the checkout. A path that matches no file is reported, never counted as 0 %.




function toPosix(path) {
    let p = path.trim();
    if (p.startsWith('file://'))
        p = decodeURIComponent(p.slice('file://'.length));
    p = p.replace(/\\/g, '/');
    if (/^\/[A-Za-z]:\//.test(p))
        p = p.slice(1);
    return p;
}
const isAbs = (p) => p.startsWith('/') || /^[A-Za-z]:\//.test(p);
async function createPathResolver(options) {
    const cwd = (0,external_node_path_.resolve)(options.cwd);
    const roots = [cwd];
    try {
        const real = (0,external_node_fs_.realpathSync)(cwd);
        if (real !== cwd)
            roots.push(real);
    }
    catch {
        // the workspace may not exist yet in some tests; existence checks below will fail cleanly
    }
    const listing = await (0,git_src/* tryGit */.Ii)({ cwd, env: options.env }, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    const files = new Set((listing ?? '').split('\0').filter((f) => f !== ''));
    const byBase = new Map();
    for (const file of files) {
        const base = external_node_path_.posix.basename(file);
        const list = byBase.get(base);
        if (list)
            list.push(file);
        else
            byBase.set(base, [file]);
    }
    const modules = await goModules(cwd, files);
    const strip = (options.stripPrefixes ?? []).map(toPosix);
    const cache = new Map();
    const exists = (candidate) => {
        const norm = external_node_path_.posix.normalize(candidate).replace(/^\.\//, '');
        if (norm.startsWith('../') || norm === '..' || isAbs(norm))
            return undefined;
        if (files.has(norm))
            return norm;
        try {
            if ((0,external_node_fs_.statSync)((0,external_node_path_.resolve)(cwd, norm)).isFile())
                return norm;
        }
        catch {
            return undefined;
        }
        return undefined;
    };
    const underWorkspace = (absolute) => {
        for (const root of roots) {
            const rel = (0,external_node_path_.relative)(root, absolute).replace(/\\/g, '/');
            if (rel !== '' && !rel.startsWith('../') && !(0,external_node_path_.isAbsolute)(rel))
                return rel;
        }
        return undefined;
    };
    const bySuffix = (p) => {
        const base = external_node_path_.posix.basename(p);
        const options = byBase.get(base) ?? [];
        // The longest checkout path that the report path ends with (absolute paths from another machine).
        const suffixes = options.filter((f) => p === f || p.endsWith(`/${f}`));
        if (suffixes.length > 0) {
            const longest = Math.max(...suffixes.map((f) => f.length));
            const best = suffixes.filter((f) => f.length === longest);
            if (best.length === 1)
                return best[0];
            return undefined;
        }
        // Or the one checkout path that ends with the report path (paths relative to a sub-project).
        if (p.includes('/') || isAbs(p)) {
            const rel = p.replace(/^\/+/, '');
            const matches = options.filter((f) => f.endsWith(`/${rel}`));
            if (matches.length === 1)
                return matches[0];
        }
        return undefined;
    };
    const resolveUncached = (raw, context) => {
        let p = toPosix(raw);
        for (const prefix of strip) {
            if (p.startsWith(prefix)) {
                p = p.slice(prefix.length).replace(/^\/+/, '');
                break;
            }
        }
        const candidates = [];
        if (isAbs(p)) {
            const rel = underWorkspace(p);
            if (rel !== undefined)
                candidates.push(rel);
        }
        else {
            for (const root of context.sourceRoots ?? []) {
                const r = toPosix(root);
                if (isAbs(r)) {
                    const rel = underWorkspace(external_node_path_.posix.join(r, p));
                    if (rel !== undefined)
                        candidates.push(rel);
                }
                else
                    candidates.push(external_node_path_.posix.join(r, p));
            }
            candidates.push(p);
            let dir = context.reportDir;
            while (dir !== '' && dir !== '.') {
                candidates.push(external_node_path_.posix.join(dir, p));
                dir = external_node_path_.posix.dirname(dir) === '.' ? '' : external_node_path_.posix.dirname(dir);
            }
            for (const [module, moduleDir] of modules) {
                if (p.startsWith(`${module}/`))
                    candidates.push(external_node_path_.posix.join(moduleDir, p.slice(module.length + 1)));
            }
        }
        for (const candidate of candidates) {
            const found = exists(candidate);
            if (found !== undefined)
                return found;
        }
        if (isAbs(p)) {
            // An absolute path outside the workspace (another machine's checkout): match by the longest suffix.
            return bySuffix(p);
        }
        for (const root of context.sourceRoots ?? []) {
            const found = bySuffix(external_node_path_.posix.join(toPosix(root), p));
            if (found !== undefined)
                return found;
        }
        return bySuffix(p);
    };
    return {
        files,
        resolve(raw, context = { reportDir: '' }) {
            const key = `${context.reportDir}\u0000${(context.sourceRoots ?? []).join('\u0001')}\u0000${raw}`;
            if (cache.has(key))
                return cache.get(key);
            const value = resolveUncached(raw, context);
            cache.set(key, value);
            return value;
        },
    };
}
/** Go module paths (from go.mod files) and their folders, so `example.com/app/pkg/x.go` finds `pkg/x.go`. */
async function goModules(cwd, files) {
    const mods = [...files].filter((f) => f === 'go.mod' || f.endsWith('/go.mod'));
    if (mods.length === 0 && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, 'go.mod')))
        mods.push('go.mod');
    const result = [];
    for (const mod of mods) {
        try {
            const text = await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, mod), 'utf8');
            const name = /^module\s+(\S+)/m.exec(text)?.[1];
            if (name)
                result.push([name.replace(/^"|"$/g, ''), external_node_path_.posix.dirname(mod) === '.' ? '' : external_node_path_.posix.dirname(mod)]);
        }
        catch {
            // unreadable go.mod: its module simply is not mapped
        }
    }
    return result.sort((a, b) => b[0].length - a[0].length);
}

;// CONCATENATED MODULE: ./packages/quality/src/diff.ts
// The merge base a pull request is measured against, found in the checkout (fetching the base
// and deepening a shallow clone through the shared git layer), and line ranges as baselines keep them.

/**
 * The merge base of HEAD with `base` (the PR event's base.sha, or a ref such as `origin/main`);
 * when that commit cannot be had (a force-pushed base), the tip of `baseBranch` stands in.
 */
async function findMergeBase(repo, base, baseBranch, policy) {
    return (0,git_src/* mergeBase */.wu)(repo, await baseCommit(repo, base, baseBranch, policy), 'HEAD', policy);
}
async function baseCommit(repo, base, baseBranch, policy) {
    try {
        return await (0,git_src/* ensureCommit */.q$)(repo, base, policy);
    }
    catch (error) {
        // The error naming the base commit says more than one about its branch.
        const tip = baseBranch === undefined ? undefined : await (0,git_src/* branchTip */.ux)(repo, baseBranch, policy);
        if (tip === undefined)
            throw error;
        return tip;
    }
}
/** Collapses sorted line numbers into ranges: [1,2,3,7] -> [[1,3],[7,7]]. */
function toRanges(lines) {
    const ranges = [];
    for (const line of [...lines].sort((a, b) => a - b)) {
        const last = ranges.at(-1);
        if (last && line === last[1] + 1)
            last[1] = line;
        else if (!last || line > last[1])
            ranges.push([line, line]);
    }
    return ranges;
}
function formatRanges(ranges) {
    return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',');
}
function parseRanges(text) {
    const lines = [];
    for (const part of text.split(',')) {
        if (part === '')
            continue;
        const [a, b] = part.split('-').map(Number);
        if (a === undefined || Number.isNaN(a))
            continue;
        for (let l = a; l <= (b ?? a); l++)
            lines.push(l);
    }
    return lines;
}

;// CONCATENATED MODULE: ./packages/quality/src/baseline.ts
// The base branch's figures, saved on pushes to the default branch and keyed by commit, so a
// pull request compares with its exact merge base and never with the moving tip.



const BASELINE_VERSION = 1;
function baselineKey(commit) {
    return `quality-gate-baseline-${commit}`;
}
function parseBaseline(text) {
    try {
        const data = JSON.parse(text);
        return data.version === BASELINE_VERSION && typeof data.commit === 'string' ? data : undefined;
    }
    catch {
        return undefined;
    }
}
class DirectoryBaselineStore {
    dir;
    description;
    constructor(dir) {
        this.dir = dir;
        this.description = `directory ${dir}`;
    }
    async load(commit) {
        try {
            return parseBaseline(await (0,promises_.readFile)((0,external_node_path_.join)(this.dir, `${baselineKey(commit)}.json`), 'utf8'));
        }
        catch {
            return undefined;
        }
    }
    async save(baseline) {
        await (0,promises_.mkdir)(this.dir, { recursive: true });
        const file = (0,external_node_path_.join)(this.dir, `${baselineKey(baseline.commit)}.json`);
        await (0,promises_.writeFile)(`${file}.tmp`, JSON.stringify(baseline));
        await (0,promises_.rename)(`${file}.tmp`, file);
    }
}
/** Looks for the merge base's baseline, then walks back first-parent commits, up to `maxWalk`. */
async function findBaseline(store, repo, mergeBase, maxWalk) {
    const listing = await (0,git_src/* tryGit */.Ii)(repo, ['rev-list', '--first-parent', `--max-count=${maxWalk + 1}`, '--end-of-options', mergeBase]);
    const commits = (listing ?? mergeBase).split('\n').filter((c) => c !== '');
    for (const [index, commit] of commits.entries()) {
        const baseline = await store.load(commit);
        if (baseline) {
            const note = index === 0
                ? `baseline of the merge base ${commit.slice(0, 12)}`
                : `no baseline for the merge base ${mergeBase.slice(0, 12)}; used ${commit.slice(0, 12)}, ${index} first-parent commit${index === 1 ? '' : 's'} before it`;
            return { baseline, commit, stepsBack: index, tried: index + 1, note };
        }
    }
    return {
        stepsBack: commits.length,
        tried: commits.length,
        note: `no baseline found for the merge base ${mergeBase.slice(0, 12)} nor the ${Math.max(commits.length - 1, 0)} first-parent commits before it (${store.description}); base comparisons are skipped`,
    };
}

;// CONCATENATED MODULE: ./packages/quality/src/thresholds.ts
// One written form for every percentage: `80%`. `80` and `0.8` are refused with the right spelling.

/** A threshold written wrong: a user error naming the input or option and a value that works. */
class ThresholdError extends src/* ConfigurationError */.j1 {
    name = 'ThresholdError';
}
function parsePercent(subject, raw, options = {}) {
    const text = raw.trim();
    const match = /^([-+]?\d+(?:\.\d+)?)\s*%$/.exec(text);
    if (match) {
        const value = Number(match[1]);
        if (value < 0 && !options.allowNegative)
            throw new ThresholdError(subject, `"${raw}" is negative; write the amount without a sign`, `${-value}%`);
        if (value > 100)
            throw new ThresholdError(subject, `"${raw}" is above 100%`, '80%');
        return value;
    }
    if (/^[-+]?\d+(?:\.\d+)?$/.test(text)) {
        const value = Number(text);
        const suggestion = Math.abs(value) > 0 && Math.abs(value) <= 1 && text.includes('.') ? `${Math.round(value * 10000) / 100}%` : `${text}%`;
        throw new ThresholdError(subject, `"${raw}" has no % sign; percentages are written with one: ${suggestion}`, suggestion);
    }
    throw new ThresholdError(subject, `"${raw}" is not a percentage`, '80%');
}
/** `bundle-size <= 250000`, `ops-per-second >= 1200`, one per line. */
function parseMetricThreshold(subject, line) {
    const match = /^\s*([\w.:/-]+)\s*(<=|>=|==|<|>)\s*([-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*$/i.exec(line);
    if (!match)
        throw new ThresholdError(subject, `"${line}" is not "<metric> <operator> <number>"`, 'bundle-size <= 250000');
    return { name: match[1] ?? '', operator: match[2], value: Number(match[3]) };
}
function compareMetric(value, threshold) {
    switch (threshold.operator) {
        case '<':
            return value < threshold.value;
        case '<=':
            return value <= threshold.value;
        case '>':
            return value > threshold.value;
        case '>=':
            return value >= threshold.value;
        case '==':
            return value === threshold.value;
    }
}

;// CONCATENATED MODULE: ./packages/quality/src/reports.ts
// Finds report files by glob, recognises each by its content and reads it with its format's parser.







/** Expands glob patterns (a leading `!` excludes) into sorted workspace-relative files. */
async function expandGlobs(cwd, patterns) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    if (include.length === 0)
        return [];
    const mentionsDeps = include.some((p) => p.includes('node_modules'));
    const found = new Set();
    for await (const entry of (0,promises_.glob)(include, {
        cwd,
        exclude: (path) => {
            const name = (0,external_node_path_.basename)(path);
            return name === '.git' || (!mentionsDeps && name === 'node_modules');
        },
    })) {
        const rel = ((0,external_node_path_.isAbsolute)(entry) ? (0,external_node_path_.relative)(cwd, entry) : entry).replace(/\\/g, '/');
        if (exclude.some((pattern) => (0,external_node_path_.matchesGlob)(rel, pattern)))
            continue;
        try {
            if ((await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, entry))).isFile())
                found.add(rel);
        }
        catch {
            // vanished between listing and reading
        }
    }
    return [...found].sort();
}
/** Reads the given files. Each is recognised by content; `kind` only words the errors (metrics files are read as metrics). */
async function readReports(cwd, files) {
    const result = { coverage: [], tests: [], findings: [], metrics: [], files: [] };
    const seen = new Set();
    for (const { file, kind } of files) {
        if (seen.has(file))
            continue;
        seen.add(file);
        const path = (0,external_node_path_.resolve)(cwd, file);
        const { format, json } = kind === 'metrics' ? { format: METRICS, json: undefined } : await recognise(path, file, kind);
        await readInto(result, format, { path, label: file, json });
        result.files.push({ file, format: format.name });
    }
    return result;
}
async function recognise(path, label, kind) {
    const format = recogniseHead(await readHead(path));
    if (format === undefined)
        throw new ReportError(label, `not a report this gate reads (given as ${kind}): expected ${EXPECTED}`);
    if (format !== 'json')
        return { format };
    const json = parseJsonFile(await (0,promises_.readFile)(path, 'utf8'), label);
    const jsonFormat = recogniseJson(json);
    if (jsonFormat === undefined)
        throw new ReportError(label, `a JSON file that is neither ${orList(JSON_TITLES, 'nor')}`);
    return { format: jsonFormat, json };
}
async function readInto(result, format, file) {
    switch (format.kind) {
        case 'coverage':
            result.coverage.push(await format.read(file));
            break;
        case 'tests':
            result.tests.push(await format.read(file));
            break;
        case 'findings':
            result.findings.push(await format.read(file));
            break;
        case 'metrics':
            result.metrics.push(...(await format.read(file)));
            break;
    }
}
function orList(items, last = 'or') {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1) ?? ''}`;
}
function titlesOf(formats) {
    return [...new Set(formats.map((format) => format.title))];
}
/** The formats a report file may be in, by kind: "LCOV, Cobertura or …; JUnit XML; …". */
const EXPECTED = ['coverage', 'tests', 'findings'].map((kind) => orList(titlesOf(REPORT_FORMATS.filter((f) => f.kind === kind)))).join('; ');
const JSON_TITLES = titlesOf(REPORT_FORMATS.filter((format) => format.recognise.content === 'json'));

;// CONCATENATED MODULE: ./packages/quality/src/gate.ts
// The quality gate: reads the reports, maps them onto the checkout and the pull request's
// changed lines, compares with the base baseline and decides every condition.











const DEFAULT_CONFIG = {
    patchCoverage: { level: 'error', min: 80, minChangedLines: 5 },
    projectCoverage: { level: 'error' },
    coverageDelta: { level: 'warning', tolerance: 0.5 },
    tests: { level: 'error' },
    newFindings: { level: 'error', severity: 'warning' },
    changedLineFindings: { level: 'warning', severity: 'error' },
    metrics: { level: 'error', thresholds: [] },
};
async function runGate(input) {
    const cwd = (0,external_node_path_.resolve)(input.cwd);
    const repo = { cwd, env: input.env };
    const log = input.log ?? (() => undefined);
    const config = { ...DEFAULT_CONFIG, ...input.config };
    const warnings = [];
    const head = (await (0,git_src/* git */.$Y)(repo, ['rev-parse', 'HEAD'])).trim();
    const { reports, missingKinds } = await readGateReports(cwd, input, warnings, log);
    const paths = await createPathResolver({ cwd, env: input.env, stripPrefixes: input.stripPrefixes });
    const diff = await diffAgainstBase(repo, input.base, log);
    const base = await lookUpBaseline(repo, input, diff.mergeBase, log);
    const coverage = reports.coverage.length > 0 ? summariseCoverage(mergeCoverage(reports.coverage, paths, warnings), diff, base.baseline) : undefined;
    const tests = reports.tests.length > 0 || missingKinds.includes('tests') ? summariseTests(reports.tests) : undefined;
    const findings = reports.findings.length > 0 || missingKinds.includes('findings')
        ? await classifyFindings({ cwd, head, paths, diff, base, warnings }, reports.findings)
        : undefined;
    const evidence = { config, reports, missingKinds, diff, base, coverage: coverage?.summary, tests, findings };
    const conditions = CONDITIONS.flatMap((evaluate) => evaluate(evidence));
    return {
        passed: !conditions.some((c) => c.status === 'failed'),
        informational: input.informational ?? false,
        head,
        conditions,
        reports: reports.files,
        coverage: coverage?.summary,
        tests,
        findings: findings?.summary,
        metrics: reports.metrics,
        base: { mergeBase: diff.mergeBase, baselineCommit: base.commit, baselineNote: base.note, deepened: diff.deepened },
        diff: diff.changed ? { files: diff.changed.size, lines: [...diff.changed.values()].reduce((sum, lines) => sum + lines.length, 0) } : undefined,
        warnings,
        baseline: baselineOf(head, coverage?.baseline, tests, findings?.summary.all, reports.metrics),
    };
}
// Phase 1: the reports the patterns name, each recognised by content.
async function readGateReports(cwd, input, warnings, log) {
    const ifNoReports = input.ifNoReports ?? 'error';
    const wanted = [];
    const missingKinds = [];
    for (const kind of ['coverage', 'tests', 'findings', 'metrics']) {
        const patterns = input[kind] ?? [];
        if (patterns.length === 0)
            continue;
        const files = await expandGlobs(cwd, patterns);
        if (files.length === 0) {
            const message = `no file matches the ${kind} pattern${patterns.length === 1 ? '' : 's'} ${patterns.map((p) => `"${p}"`).join(', ')} in ${cwd}`;
            if (ifNoReports === 'error')
                throw new ReportError(kind, `${message}; check the path, or set if-no-reports: neutral`);
            warnings.push(message);
            missingKinds.push(kind);
        }
        for (const file of files)
            wanted.push({ file, kind });
    }
    log(`Reading ${wanted.length} report file${wanted.length === 1 ? '' : 's'}`);
    return { reports: await readReports(cwd, wanted), missingKinds };
}
async function diffAgainstBase(repo, base, log) {
    if (!base?.sha && !base?.ref)
        return { deepened: 0, changedSets: new Map() };
    const found = await findMergeBase(repo, base.sha ?? base.ref ?? '', base.branch, { log });
    const changed = await (0,git_src/* changedLines */.MA)(repo, found.sha, 'HEAD');
    log(`Merge base ${found.sha}: ${changed.size} changed file${changed.size === 1 ? '' : 's'}`);
    return {
        mergeBase: found.sha,
        deepened: found.deepened,
        changed,
        changedSets: new Map([...changed].map(([file, lines]) => [file, new Set(lines)])),
    };
}
async function lookUpBaseline(repo, input, mergeBase, log) {
    if (!mergeBase)
        return { note: 'no base: not a pull request' };
    if (!input.baselineStore)
        return { note: 'no baseline store configured; base comparisons are skipped' };
    const lookup = await findBaseline(input.baselineStore, repo, mergeBase, input.maxBaselineWalk ?? 20);
    log(`Baseline: ${lookup.note}`);
    return { baseline: lookup.baseline, commit: lookup.commit, note: lookup.note };
}
// Phase 4: coverage, merged per checkout file across reports, then summed up.
function mergeCoverage(reports, paths, warnings) {
    const merged = new Map();
    const unmatched = new Set();
    for (const report of reports) {
        const reportDir = external_node_path_.posix.dirname(report.file) === '.' ? '' : external_node_path_.posix.dirname(report.file);
        for (const [raw, entry] of report.files) {
            const path = paths.resolve(raw, { reportDir, sourceRoots: report.sourceRoots });
            if (path === undefined) {
                unmatched.add(raw);
                continue;
            }
            const into = merged.get(path) ?? {};
            if (entry.lines) {
                into.lines ??= new LineHits();
                into.lines.merge(entry.lines);
            }
            else if (entry.summary) {
                const previous = into.summary;
                into.summary = previous && previous.total >= entry.summary.total ? previous : entry.summary;
            }
            merged.set(path, into);
        }
    }
    if (unmatched.size > 0) {
        warnings.push(`${unmatched.size} coverage entr${unmatched.size === 1 ? 'y' : 'ies'} matched no file of the checkout and ${unmatched.size === 1 ? 'is' : 'are'} left out (not counted as 0 %): ${[...unmatched].slice(0, 5).join(', ')}${unmatched.size > 5 ? ', …' : ''}`);
    }
    return { merged, unmatched };
}
function summariseCoverage({ merged, unmatched }, diff, baseline) {
    const files = [];
    const project = { covered: 0, total: 0 };
    const patch = { covered: 0, total: 0 };
    const baselineFiles = {};
    for (const [file, entry] of [...merged].sort(([a], [b]) => a.localeCompare(b))) {
        const totals = totalsOf(entry);
        project.covered += totals.covered;
        project.total += totals.total;
        const result = { file, ...totals, pct: pct(totals.covered, totals.total) };
        const hit = [];
        const missed = [];
        entry.lines?.forEach((line, hits) => (hits > 0 ? hit : missed).push(line));
        baselineFiles[file] = entry.lines ? { ...totals, hit: formatRanges(toRanges(hit)), missed: formatRanges(toRanges(missed)) } : totals;
        const lines = diff.changedSets.get(file);
        if (lines && entry.lines) {
            const filePatch = patchOf(entry.lines, lines);
            if (filePatch.total > 0) {
                result.patch = filePatch;
                patch.covered += filePatch.covered;
                patch.total += filePatch.total;
            }
        }
        files.push(result);
    }
    const projectTotals = { ...project, pct: pct(project.covered, project.total) };
    const base = baseline?.coverage
        ? { covered: baseline.coverage.covered, total: baseline.coverage.total, pct: pct(baseline.coverage.covered, baseline.coverage.total) }
        : undefined;
    const delta = projectTotals.pct !== undefined && base?.pct !== undefined ? Math.round((projectTotals.pct - base.pct) * 100) / 100 : undefined;
    return {
        summary: {
            project: projectTotals,
            base,
            delta,
            files,
            unmatched: { count: unmatched.size, examples: [...unmatched].slice(0, 20) },
            patch: diff.changed ? { ...patch, pct: pct(patch.covered, patch.total) } : undefined,
        },
        baseline: { ...project, files: baselineFiles },
    };
}
/**
 * Covered and coverable changed lines of one file, and the uncovered changed ranges. A range
 * runs across changed lines that are not coverable (blank lines, braces) but stops at covered ones.
 */
function patchOf(lines, changed) {
    let covered = 0;
    let total = 0;
    const uncovered = [];
    let open;
    let previous = -1;
    for (const line of [...changed].sort((a, b) => a - b)) {
        if (line !== previous + 1)
            open = undefined;
        previous = line;
        const hits = lines.get(line);
        if (hits === undefined)
            continue;
        total++;
        if (hits > 0) {
            covered++;
            open = undefined;
        }
        else if (open)
            open[1] = line;
        else {
            open = [line, line];
            uncovered.push(open);
        }
    }
    return { covered, total, pct: pct(covered, total), uncovered };
}
// Phase 5: tests, merged across reports (a retried test counts once).
function summariseTests(reports) {
    const cases = mergeTestCases([...reports]);
    const count = (status) => cases.filter((c) => c.status === status).length;
    return {
        total: cases.length,
        passed: count('passed'),
        failed: count('failed'),
        skipped: count('skipped'),
        flaky: count('flaky'),
        failures: cases.filter((c) => c.status === 'failed'),
        flakyTests: cases.filter((c) => c.status === 'flaky'),
    };
}
async function classifyFindings(context, reports) {
    const { cwd, head, paths, diff, base, warnings } = context;
    const all = [];
    const texts = new Map();
    const lineText = async (path, line) => {
        if (line === undefined)
            return undefined;
        if (!texts.has(path)) {
            try {
                texts.set(path, (await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, path), 'utf8')).split(/\r?\n/));
            }
            catch {
                texts.set(path, undefined);
            }
        }
        return texts.get(path)?.[line - 1];
    };
    let unmatched = 0;
    for (const report of reports) {
        const other = (report.revisions ?? []).find((revision) => !head.startsWith(revision.toLowerCase()));
        if (other)
            warnings.push(`${report.file} was made for commit ${other.slice(0, 12)}, not the checked-out ${head.slice(0, 12)}: its findings may not match the code`);
        const reportDir = external_node_path_.posix.dirname(report.file) === '.' ? '' : external_node_path_.posix.dirname(report.file);
        for (const finding of report.findings) {
            const path = finding.file === '' ? undefined : paths.resolve(finding.file, { reportDir });
            if (path === undefined)
                unmatched++;
            const text = path ? await lineText(path, finding.line) : undefined;
            const key = finding.fingerprint
                ? `${finding.rule}|${finding.fingerprint}`
                : `${finding.rule}|${path ?? finding.file}|${text !== undefined ? normaliseLine(text) : finding.message}`;
            const onChangedLine = path !== undefined && finding.line !== undefined && (diff.changedSets.get(path)?.has(finding.line) ?? false);
            all.push({ ...finding, path, key, isNew: false, onChangedLine });
        }
    }
    const note = markNew(all, diff, base);
    return {
        summary: { total: all.length, new: all.filter((f) => f.isNew), onChangedLines: all.filter((f) => f.onChangedLine), all, unmatched },
        note,
    };
}
/** New: beyond the base baseline's count of the same key; without a baseline, on a changed line. Returns what it compared with. */
function markNew(all, diff, base) {
    if (base.baseline?.findings) {
        const remaining = { ...base.baseline.findings };
        for (const finding of all) {
            const left = remaining[finding.key] ?? 0;
            if (left > 0)
                remaining[finding.key] = left - 1;
            else
                finding.isNew = true;
        }
        return `compared with ${base.commit?.slice(0, 12) ?? 'the base'}`;
    }
    if (diff.changed) {
        for (const finding of all)
            finding.isNew = finding.onChangedLine;
        return 'no base baseline: findings on changed lines count as new';
    }
    return 'no base to compare with';
}
function normaliseLine(text) {
    return text.trim().replace(/\s+/g, ' ');
}
// Phase 7: this commit's figures, for pull requests to compare with.
function baselineOf(head, coverage, tests, findings, metrics) {
    const baseline = { version: BASELINE_VERSION, commit: head, createdAt: new Date().toISOString(), metrics: {} };
    if (coverage)
        baseline.coverage = coverage;
    if (tests)
        baseline.tests = { total: tests.total, passed: tests.passed + tests.flaky, failed: tests.failed, skipped: tests.skipped };
    if (findings) {
        const counts = {};
        for (const finding of findings)
            counts[finding.key] = (counts[finding.key] ?? 0) + 1;
        baseline.findings = counts;
    }
    for (const metric of metrics)
        baseline.metrics[metric.name] = metric.value;
    return baseline;
}
/** Every condition of the gate, in the order the report lists them. */
const CONDITIONS = [
    patchCoverage,
    projectCoverage,
    coverageDelta,
    testsPass,
    newFindings,
    changedLineFindings,
    metricThresholds,
];
const SEVERITY_RANK = { note: 0, warning: 1, error: 2 };
function percent(value) {
    return value === undefined ? 'n/a' : `${value.toFixed(2)}%`;
}
function signed(value) {
    return `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;
}
function decide(level, ok) {
    if (level === 'off')
        return 'skipped';
    if (ok)
        return 'passed';
    return level === 'error' ? 'failed' : 'warning';
}
function severityTitle(what, severity) {
    return `${what} (${severity === 'note' ? 'all' : `${severity} and above`})`;
}
function patchCoverage({ config, coverage, missingKinds }) {
    const { level, min, minChangedLines } = config.patchCoverage;
    const row = { name: 'patch-coverage', title: 'Patch coverage', level };
    if (!coverage)
        return missingKinds.includes('coverage') ? [{ ...row, status: 'neutral', detail: 'no coverage report found' }] : [];
    const threshold = `≥ ${min}%`;
    const quiet = level === 'off' ? 'skipped' : 'neutral';
    if (!coverage.patch)
        return [{ ...row, status: quiet, threshold, detail: 'no base to compare with' }];
    const { covered, total } = coverage.patch;
    if (total < minChangedLines) {
        return [
            {
                ...row,
                status: quiet,
                value: total === 0 ? 'n/a' : percent(pct(covered, total)),
                threshold,
                detail: `${total} coverable changed line${total === 1 ? '' : 's'}, fewer than min-changed-lines (${minChangedLines})`,
            },
        ];
    }
    const value = pct(covered, total) ?? 0;
    return [{ ...row, status: decide(level, value >= min), value: percent(value), threshold, detail: `${covered} of ${total} coverable changed lines covered` }];
}
function projectCoverage({ config, coverage }) {
    const { level, min } = config.projectCoverage;
    if (!coverage || min === undefined)
        return [];
    const { project, base, delta } = coverage;
    return [
        {
            name: 'project-coverage',
            title: 'Project coverage',
            level,
            status: project.pct === undefined ? 'neutral' : decide(level, project.pct >= min),
            value: percent(project.pct),
            threshold: `≥ ${min}%`,
            base: base ? percent(base.pct) : undefined,
            delta: delta === undefined ? undefined : signed(delta),
            detail: `${project.covered} of ${project.total} lines covered`,
        },
    ];
}
function coverageDelta({ config, coverage, base: figures }) {
    const { level, tolerance } = config.coverageDelta;
    if (!coverage)
        return [];
    const { project, base, delta } = coverage;
    return [
        {
            name: 'coverage-delta',
            title: 'Coverage change',
            level,
            status: level === 'off' ? 'skipped' : delta === undefined ? 'neutral' : decide(level, delta >= -tolerance),
            value: delta === undefined ? 'n/a' : `${signed(delta)} points`,
            threshold: `≥ -${tolerance} points`,
            base: base ? percent(base.pct) : undefined,
            delta: delta === undefined ? undefined : signed(delta),
            detail: base ? `project ${percent(project.pct)} vs base ${percent(base.pct)}` : figures.note,
        },
    ];
}
function testsPass({ config, tests, reports, base }) {
    if (!tests)
        return [];
    const { level, maxSkipped } = config.tests;
    const noReport = reports.tests.length === 0;
    const ran = tests.total - tests.skipped;
    let ok = tests.failed === 0 && ran > 0;
    let detail = `${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped${tests.flaky ? `, ${tests.flaky} flaky` : ''}`;
    if (ran === 0)
        detail = noReport ? 'no test report found' : 'no tests ran';
    if (maxSkipped !== undefined && tests.skipped > maxSkipped) {
        ok = false;
        detail += ` (more than ${maxSkipped} skipped)`;
    }
    const before = base.baseline?.tests;
    return [
        {
            name: 'tests',
            title: 'Tests',
            level,
            status: level === 'off' ? 'skipped' : noReport ? 'neutral' : decide(level, ok),
            value: `${tests.failed} failed of ${tests.total}`,
            threshold: maxSkipped === undefined ? '0 failed' : `0 failed, ≤ ${maxSkipped} skipped`,
            base: before ? `${before.failed} failed of ${before.total}` : undefined,
            delta: before ? `${tests.total - before.total >= 0 ? '+' : ''}${tests.total - before.total} tests` : undefined,
            detail,
        },
    ];
}
function newFindings({ config, findings, reports, diff, base }) {
    if (!findings)
        return [];
    const { level, severity } = config.newFindings;
    const { all } = findings.summary;
    const fresh = all.filter((f) => f.isNew && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[severity]);
    const before = base.baseline?.findings;
    const baseCount = before ? Object.values(before).reduce((a, b) => a + b, 0) : undefined;
    const comparable = diff.changed !== undefined || before !== undefined;
    return [
        {
            name: 'new-findings',
            title: severityTitle('New findings', severity),
            level,
            status: level === 'off' ? 'skipped' : !comparable || reports.findings.length === 0 ? 'neutral' : decide(level, fresh.length === 0),
            value: String(fresh.length),
            threshold: '0',
            base: baseCount === undefined ? undefined : `${baseCount} total`,
            delta: baseCount === undefined ? undefined : `${all.length - baseCount >= 0 ? '+' : ''}${all.length - baseCount}`,
            detail: `${all.length} finding${all.length === 1 ? '' : 's'} in all; ${findings.note}`,
        },
    ];
}
function changedLineFindings({ config, findings, diff }) {
    if (!findings || !diff.changed)
        return [];
    const { level, severity } = config.changedLineFindings;
    const onLines = findings.summary.all.filter((f) => f.onChangedLine && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[severity]);
    return [
        {
            name: 'changed-line-findings',
            title: severityTitle('Findings on changed lines', severity),
            level,
            status: decide(level, onLines.length === 0),
            value: String(onLines.length),
            threshold: '0',
        },
    ];
}
function metricThresholds({ config, reports, base }) {
    const { level, thresholds } = config.metrics;
    return thresholds.map((threshold) => {
        const metric = reports.metrics.findLast((m) => m.name === threshold.name);
        const baseValue = base.baseline?.metrics?.[threshold.name];
        return {
            name: `metric:${threshold.name}`,
            title: threshold.name,
            level,
            status: level === 'off' ? 'skipped' : metric === undefined ? 'neutral' : decide(level, compareMetric(metric.value, threshold)),
            value: metric === undefined ? 'not reported' : `${metric.value}${metric.unit ? ` ${metric.unit}` : ''}`,
            threshold: `${threshold.operator} ${threshold.value}`,
            base: baseValue === undefined ? undefined : String(baseValue),
            delta: baseValue === undefined || metric === undefined
                ? undefined
                : `${metric.value - baseValue >= 0 ? '+' : ''}${Math.round((metric.value - baseValue) * 1000) / 1000}`,
            detail: metric === undefined ? 'no metric file reported this name' : undefined,
        };
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/quality/src/report.ts
// The gate's one report contract: JSON (the action's report file and `--format json`, see CLI.md),
// text (the command line), Markdown (the pull request comment, the job summary and
// `--format markdown`) and annotation data. The action and the command line only call these.


function toJson(result, run) {
    const { coverage, tests, findings } = result;
    const report = {
        passed: result.passed,
        informational: result.informational,
        head: result.head,
        base: result.base,
        conditions: result.conditions.map((c) => ({
            name: c.name,
            status: c.status,
            value: c.value ?? null,
            threshold: c.threshold ?? null,
            level: c.level,
            base: c.base,
            delta: c.delta,
            detail: c.detail,
        })),
        coverage: coverage && {
            project: coverage.project,
            patch: coverage.patch,
            base: coverage.base,
            delta: coverage.delta,
            unmatched: coverage.unmatched,
            files: coverage.files.map((f) => ({ file: f.file, covered: f.covered, total: f.total, patch: f.patch })),
        },
        tests: tests && {
            total: tests.total,
            passed: tests.passed,
            failed: tests.failed,
            skipped: tests.skipped,
            flaky: tests.flaky,
            failures: tests.failures.map((t) => ({ suite: t.suite, name: t.name, message: t.message, file: t.file, line: t.line })),
            flakyTests: tests.flakyTests.map((t) => ({ suite: t.suite, name: t.name, attempts: t.attempts })),
        },
        findings: findings && {
            total: findings.total,
            new: findings.new.map((f) => ({ rule: f.rule, severity: f.severity, file: f.path ?? f.file, line: f.line, message: f.message, tool: f.tool })),
            onChangedLines: findings.onChangedLines.length,
        },
        metrics: result.metrics.map((m) => ({ name: m.name, value: m.value, unit: m.unit })),
        diff: result.diff,
        reports: result.reports,
        warnings: result.warnings,
    };
    return run ? { ...report, ...run } : report;
}
const MARK = { passed: 'ok  ', failed: 'FAIL', warning: 'warn', neutral: '--  ', skipped: 'off ' };
function toText(result) {
    const lines = [`Quality gate ${result.passed ? 'passed' : 'failed'}`];
    if (result.base.mergeBase)
        lines.push(`Merge base ${result.base.mergeBase.slice(0, 12)}; ${result.base.baselineNote}`);
    for (const c of result.conditions) {
        lines.push(`  ${MARK[c.status]} ${c.title}: ${c.value ?? ''}${c.threshold ? ` (threshold ${c.threshold})` : ''}${c.detail ? ` - ${c.detail}` : ''}`);
    }
    for (const file of result.coverage?.files ?? []) {
        if (file.patch && file.patch.uncovered.length > 0) {
            lines.push(`  ${file.file}: uncovered changed lines ${file.patch.uncovered.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ')}`);
        }
    }
    for (const t of result.tests?.failures ?? [])
        lines.push(`  failed test: ${t.suite} > ${t.name}${t.message ? `: ${t.message}` : ''}`);
    for (const f of result.findings?.new ?? [])
        lines.push(`  new finding: ${f.severity} ${f.rule} ${f.path ?? f.file}${f.line ? `:${f.line}` : ''} ${f.message}`);
    for (const w of result.warnings)
        lines.push(`  note: ${w}`);
    return `${lines.join('\n')}\n`;
}
/** The pull request comment (verdict, conditions, changed files, failures, new findings), or with `summary` the job summary. */
function toMarkdown(result, options = {}) {
    const limit = options.limit ?? 25;
    const comment = [
        (0,src/* heading */.R_)('Quality gate', 2),
        `${verdictLine(result)}\n`,
        `${baseLine(result)}\n`,
        conditionsTable(result),
        changedFiles(result, limit, options.links),
        testsSection(result, limit),
        findingsSection(result, limit, options.links),
        warningsSection(result),
    ]
        .filter((part) => part !== '')
        .join('\n');
    return options.summary ? [comment, ...summarySections(result, options.summary)].join('\n') : comment;
}
const STATUS = { passed: 'passed', failed: 'failed', warning: 'warning', neutral: 'neutral', skipped: 'skipped' };
/** A code span inside a table cell: pipes escaped, as GitHub's tables need even there. */
function codeCell(text) {
    return (0,src/* code */.aY)(text).replace(/\|/g, '\\|');
}
function report_short(sha) {
    return sha ? sha.slice(0, 12) : '';
}
function diffAnchor(links, file, start, end) {
    const base = links.pullNumber
        ? `${links.serverUrl}/${links.owner}/${links.repo}/pull/${links.pullNumber}/files#diff-${(0,external_node_crypto_.createHash)('sha256').update(file).digest('hex')}`
        : `${links.serverUrl}/${links.owner}/${links.repo}/blob/${links.headSha}/${file.split('/').map(encodeURIComponent).join('/')}#`;
    if (start === undefined)
        return base;
    if (links.pullNumber)
        return `${base}R${start}${end !== undefined && end !== start ? `-R${end}` : ''}`;
    return `${base}L${start}${end !== undefined && end !== start ? `-L${end}` : ''}`;
}
/** Markdown text (already escaped), linked when there are links. */
function linked(text, links, file, start, end) {
    return links ? `[${text}](${diffAnchor(links, file, start, end)})` : text;
}
function more(count, limit, where) {
    return count > limit ? `\n_…and ${count - limit} more ${where}._\n` : '';
}
function verdictLine(result) {
    const failed = result.conditions.filter((c) => c.status === 'failed');
    const warned = result.conditions.filter((c) => c.status === 'warning');
    if (failed.length > 0) {
        return `${(0,src/* badge */.qS)('failed', 'Quality gate failed')}${result.informational ? ' (informational: the step does not fail)' : ''}: ${failed.map((c) => c.title).join(', ')}`;
    }
    if (warned.length > 0)
        return `${(0,src/* badge */.qS)('warning', 'Quality gate passed with warnings')}: ${warned.map((c) => c.title).join(', ')}`;
    return (0,src/* badge */.qS)('passed', 'Quality gate passed');
}
function baseLine(result) {
    if (!result.base.mergeBase)
        return `No base to compare with (${result.base.baselineNote}).`;
    const deepened = result.base.deepened > 0 ? ` (the shallow clone was deepened ${result.base.deepened}×)` : '';
    const baseline = result.base.baselineCommit ? `base figures from baseline \`${report_short(result.base.baselineCommit)}\`` : 'no base figures';
    return `Compared with merge base \`${report_short(result.base.mergeBase)}\`${deepened}; ${baseline}: ${result.base.baselineNote}.`;
}
function conditionsTable(result) {
    return (0,src/* table */.tp)(['Condition', 'Value', 'Threshold', 'Base', 'Δ', 'Status'], result.conditions.map((c) => [
        c.detail ? (0,src/* raw */.lS)(`${(0,src/* cell */.Hn)(c.title)}<br><sub>${(0,src/* cell */.Hn)(c.detail)}</sub>`) : c.title,
        c.value ?? '',
        c.threshold ?? '',
        c.base ?? '',
        c.delta ?? '',
        (0,src/* raw */.lS)((0,src/* badge */.qS)(STATUS[c.status], c.level === 'off' ? 'off' : undefined)),
    ]));
}
function changedFiles(result, limit, links) {
    const files = (result.coverage?.files ?? []).filter((f) => f.patch !== undefined);
    if (files.length === 0)
        return '';
    const sorted = [...files].sort((a, b) => (a.patch?.pct ?? 100) - (b.patch?.pct ?? 100) || a.file.localeCompare(b.file));
    const rows = sorted.slice(0, limit).map((f) => {
        const patch = f.patch;
        const ranges = patch.uncovered.slice(0, 12).map(([a, b]) => linked(a === b ? `L${a}` : `L${a}-${b}`, links, f.file, a, b));
        if (patch.uncovered.length > 12)
            ranges.push(`+${patch.uncovered.length - 12} more`);
        return [(0,src/* raw */.lS)(linked((0,src/* cell */.Hn)(f.file), links, f.file)), `${(patch.pct ?? 0).toFixed(2)}% (${patch.covered}/${patch.total})`, (0,src/* raw */.lS)(ranges.join(', ') || '—')];
    });
    return `${(0,src/* heading */.R_)('Changed files', 3)}\n${(0,src/* table */.tp)(['File', 'Patch coverage', 'Uncovered changed lines'], rows, ['left', 'right', 'left'])}${more(files.length, limit, 'files')}`;
}
function testsSection(result, limit) {
    const tests = result.tests;
    if (!tests)
        return '';
    let out = '';
    if (tests.failures.length > 0) {
        out += `${(0,src/* heading */.R_)(`Failed tests (${tests.failures.length})`, 3)}\n`;
        out += (0,src/* table */.tp)(['Test', 'Message'], tests.failures.slice(0, limit).map((t) => [(0,src/* raw */.lS)(`${codeCell(t.suite)} › ${codeCell(t.name)}`), t.message ?? '']));
        out += more(tests.failures.length, limit, 'failed tests');
    }
    if (tests.flakyTests.length > 0) {
        out += `${(0,src/* heading */.R_)(`Flaky tests (${tests.flakyTests.length}): failed, then passed on retry`, 3)}\n`;
        out += (0,src/* table */.tp)(['Test', 'Runs'], tests.flakyTests.slice(0, limit).map((t) => [(0,src/* raw */.lS)(`${codeCell(t.suite)} › ${codeCell(t.name)}`), t.attempts]));
        out += more(tests.flakyTests.length, limit, 'flaky tests');
    }
    return out;
}
function report_location(f, links) {
    const label = (0,src/* cell */.Hn)(`${f.path ?? f.file}${f.line ? `:${f.line}` : ''}`);
    return f.path ? linked(label, links, f.path, f.onChangedLine ? f.line : undefined) : label;
}
function findingsSection(result, limit, links) {
    const fresh = result.findings?.new ?? [];
    if (fresh.length === 0)
        return '';
    const order = { error: 0, warning: 1, note: 2 };
    const sorted = [...fresh].sort((a, b) => order[a.severity] - order[b.severity]);
    return `${(0,src/* heading */.R_)(`New findings (${fresh.length})`, 3)}\n${(0,src/* table */.tp)(['Severity', 'Rule', 'Location', 'Message'], sorted.slice(0, limit).map((f) => [f.severity, (0,src/* raw */.lS)(codeCell(f.rule)), (0,src/* raw */.lS)(report_location(f, links)), f.message]))}${more(fresh.length, limit, 'new findings')}`;
}
function warningsSection(result) {
    if (result.warnings.length === 0)
        return '';
    return `\n${result.warnings.map((w) => `> [!WARNING]\n> ${(0,src/* cell */.Hn)(w)}`).join('\n\n')}\n`;
}
function summarySections(result, { steps, notes }) {
    const parts = [];
    if (steps.length > 0) {
        parts.push((0,src/* heading */.R_)('Steps', 3), (0,src/* table */.tp)(['Command', 'Result', 'Time'], steps.map((s) => [
            (0,src/* raw */.lS)(codeCell(s.command)),
            (0,src/* raw */.lS)((0,src/* badge */.qS)(s.exitCode === 0 ? 'passed' : 'failed', s.exitCode === 0 ? 'ok' : `exit ${s.exitCode}`)),
            s.elapsed,
        ]), ['left', 'left', 'right']));
    }
    const cov = result.coverage;
    const facts = [
        cov
            ? `Project coverage: ${cov.project.pct?.toFixed(2) ?? 'n/a'}% (${cov.project.covered}/${cov.project.total} lines in ${cov.files.length} files)`
            : undefined,
        result.diff ? `Diff: ${result.diff.lines} changed lines in ${result.diff.files} files` : undefined,
        result.tests
            ? `Tests: ${result.tests.total} (${result.tests.passed} passed, ${result.tests.failed} failed, ${result.tests.skipped} skipped, ${result.tests.flaky} flaky)`
            : undefined,
        result.findings
            ? `Findings: ${result.findings.total} in all, ${result.findings.new.length} new, ${result.findings.onChangedLines.length} on changed lines`
            : undefined,
    ].filter((x) => x !== undefined);
    parts.push((0,src/* details */.zH)(`Reports read (${result.reports.length})`, `${facts.map((f) => `- ${(0,src/* cell */.Hn)(f)}`).join('\n')}\n\n${(0,src/* table */.tp)(['File', 'Format'], result.reports.map((r) => [r.file, r.format]))}`));
    for (const note of notes)
        parts.push(`${note}\n`);
    for (const step of steps)
        if (step.exitCode !== 0)
            parts.push(`\`${step.command}\` exited with ${step.exitCode}.\n`);
    return parts;
}
/** Why the gate failed, one reason per failed condition and per command that failed. */
function failureReasons(result, steps = []) {
    return [
        ...result.conditions.filter((c) => c.status === 'failed').map((c) => `${c.title}: ${c.value ?? ''} (needs ${c.threshold ?? ''})`),
        ...steps.filter((s) => s.exitCode !== 0).map((s) => `${s.command} exited with ${s.exitCode}`),
    ];
}
/** Annotations on changed lines only: uncovered changed ranges, new findings; and failed tests. */
function toAnnotations(result) {
    const annotations = [];
    const patch = result.conditions.find((c) => c.name === 'patch-coverage');
    const patchLevel = patch?.status === 'failed' ? 'error' : 'warning';
    for (const file of result.coverage?.files ?? []) {
        for (const [start, end] of file.patch?.uncovered ?? []) {
            annotations.push({
                level: patchLevel,
                file: file.file,
                line: start,
                endLine: end,
                title: 'Not covered by tests',
                message: start === end ? `Changed line ${start} is not covered by tests.` : `Changed lines ${start}-${end} are not covered by tests.`,
            });
        }
    }
    const newLevel = result.conditions.find((c) => c.name === 'new-findings')?.level;
    for (const finding of result.findings?.all ?? []) {
        if (!finding.onChangedLine || !finding.path || finding.line === undefined)
            continue;
        if (!finding.isNew && finding.severity !== 'error')
            continue;
        annotations.push({
            level: finding.severity === 'error' && newLevel === 'error' && finding.isNew ? 'error' : finding.severity === 'note' ? 'notice' : 'warning',
            file: finding.path,
            line: finding.line,
            col: finding.column,
            title: `${finding.isNew ? 'New finding' : 'Finding'}: ${finding.rule}`,
            message: finding.message,
        });
    }
    // Failed tests on their own line where the report says where (Jest, pytest and Vitest do); a
    // flaky one (failed, then passed on a retry) as a warning.
    const testsLevel = result.conditions.find((c) => c.name === 'tests')?.status === 'failed' ? 'error' : 'warning';
    for (const [cases, level, what] of [
        [result.tests?.failures ?? [], testsLevel, 'Test failed'],
        [result.tests?.flakyTests ?? [], 'warning', 'Flaky test (failed, then passed on a retry)'],
    ]) {
        for (const t of cases) {
            annotations.push({
                level,
                ...(t.file ? { file: t.file, ...(t.line === undefined ? {} : { line: t.line }) } : {}),
                title: `${what}: ${t.suite ? `${t.suite} › ` : ''}${t.name}`,
                message: t.message ?? `${t.name} ${level === 'error' ? 'failed' : 'was flaky'} (no message in the report)`,
            });
        }
    }
    return annotations;
}

;// CONCATENATED MODULE: ./packages/quality/src/index.ts
// The quality-gate engine: plain TypeScript, no @actions/* imports, no process.env.























/***/ })

};
