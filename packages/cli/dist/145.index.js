export const id = 145;
export const ids = [145];
export const modules = {

/***/ 7145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BASELINE_VERSION: () => (/* reexport */ BASELINE_VERSION),
  DEFAULT_CONFIG: () => (/* reexport */ DEFAULT_CONFIG),
  DirectoryBaselineStore: () => (/* reexport */ DirectoryBaselineStore),
  GitError: () => (/* reexport */ GitError),
  LineHits: () => (/* reexport */ LineHits),
  ReportError: () => (/* reexport */ ReportError),
  ThresholdError: () => (/* reexport */ ThresholdError),
  baselineKey: () => (/* reexport */ baselineKey),
  changedLines: () => (/* reexport */ changedLines),
  compareMetric: () => (/* reexport */ compareMetric),
  createPathResolver: () => (/* reexport */ createPathResolver),
  detectFormat: () => (/* reexport */ detectFormat),
  expandGlobs: () => (/* reexport */ expandGlobs),
  fileCoverage: () => (/* reexport */ fileCoverage),
  findBaseline: () => (/* reexport */ findBaseline),
  findMergeBase: () => (/* reexport */ findMergeBase),
  formatRanges: () => (/* reexport */ formatRanges),
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
  parsePercent: () => (/* reexport */ parsePercent),
  parseRanges: () => (/* reexport */ parseRanges),
  parseSarif: () => (/* reexport */ parseSarif),
  parseUnifiedDiff: () => (/* reexport */ parseUnifiedDiff),
  pct: () => (/* reexport */ pct),
  readHead: () => (/* reexport */ readHead),
  readReports: () => (/* reexport */ readReports),
  runGate: () => (/* reexport */ runGate),
  toJsonReport: () => (/* reexport */ toJsonReport),
  toRanges: () => (/* reexport */ toRanges),
  totalsOf: () => (/* reexport */ totalsOf)
});

;// CONCATENATED MODULE: ./packages/quality/src/errors.ts
/** A report file that cannot be read: names the file and, where known, the line and column. */
class ReportError extends Error {
    name = 'ReportError';
    file;
    line;
    column;
    /** Where: `file`, `file:line` or `file:line:column`. */
    where;
    problem;
    constructor(file, problem, position = {}) {
        const where = position.line === undefined ? file : `${file}:${position.line}${position.column === undefined ? '' : `:${position.column}`}`;
        super(`${where}: ${problem}`);
        this.where = where;
        this.problem = problem;
        this.file = file;
        this.line = position.line;
        this.column = position.column;
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
function detectFormat(head) {
    const text = head.replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('{') || text.startsWith('['))
        return 'json';
    if (text.startsWith('mode:'))
        return 'go';
    if (/^(TN|SF|FN|DA|LF|LH|BRDA|FNDA|VER):/m.test(text.slice(0, 2000)) && !text.startsWith('<'))
        return 'lcov';
    if (!text.startsWith('<'))
        return 'unknown';
    const root = rootElement(text);
    switch (root?.name) {
        case 'coverage':
            if (/\bclover=|<project\b/.test(root.tag + text.slice(0, 4000)) && !/line-rate=/.test(root.tag))
                return 'clover';
            return 'cobertura';
        case 'report':
            return 'jacoco';
        case 'testsuites':
        case 'testsuite':
        case 'testrun':
            return 'junit';
        case 'checkstyle':
            return 'checkstyle';
        default:
            return /JACOCO/.test(text.slice(0, 500)) ? 'jacoco' : 'unknown';
    }
}
/** The first element of an XML document, skipping the declaration, comments and the doctype. */
function rootElement(text) {
    const stripped = text
        .replace(/<\?[\s\S]*?\?>/g, '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, '');
    const match = /<([A-Za-z_][\w:.-]*)([^>]*)>?/.exec(stripped);
    return match ? { name: match[1] ?? '', tag: match[0] } : undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/quality/src/git.ts


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
class GitError extends Error {
    name = 'GitError';
}
/** Runs git with an argument array in `cwd`; returns stdout. */
async function git(cwd, args, options = {}) {
    void options;
    try {
        const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
        return stdout;
    }
    catch (error) {
        const stderr = (error.stderr ?? '').trim();
        throw new GitError(`git ${args.join(' ')} failed: ${stderr || error.message}`);
    }
}
async function tryGit(cwd, args) {
    try {
        return await git(cwd, args);
    }
    catch {
        return undefined;
    }
}

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
    const listing = await tryGit(cwd, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
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
// The lines a pull request adds or changes, from `git diff --unified=0 <merge-base>...HEAD`
// computed in the checkout (deepening a shallow clone until the merge base is there).

async function hasCommit(cwd, ref) {
    return (await tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) !== undefined;
}
async function findMergeBase(options) {
    const { cwd, base } = options;
    const remote = options.remote ?? 'origin';
    const log = options.log ?? (() => undefined);
    const hasRemote = (await tryGit(cwd, ['remote', 'get-url', remote])) !== undefined;
    if (!(await hasCommit(cwd, base)) && hasRemote) {
        log(`Fetching the base ${options.baseBranch ?? base} from ${remote}`);
        await tryGit(cwd, ['fetch', '--no-tags', '--quiet', '--depth=50', remote, base]);
        if (!(await hasCommit(cwd, base)) && options.baseBranch)
            await tryGit(cwd, ['fetch', '--no-tags', '--quiet', '--depth=50', remote, options.baseBranch]);
    }
    let resolved = base;
    if (!(await hasCommit(cwd, base))) {
        if (options.baseBranch && (await hasCommit(cwd, `${remote}/${options.baseBranch}`)))
            resolved = `${remote}/${options.baseBranch}`;
        else
            throw new GitError(`the base commit ${base} is not in the clone${hasRemote ? ` and could not be fetched from ${remote}` : ''}`);
    }
    let deepened = 0;
    for (;;) {
        const sha = await tryGit(cwd, ['merge-base', resolved, 'HEAD']);
        if (sha !== undefined && sha.trim() !== '')
            return { sha: sha.trim(), deepened };
        const shallow = (await tryGit(cwd, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
        if (!shallow || !hasRemote || deepened >= 8) {
            if (shallow && hasRemote) {
                log('Fetching the full history to find the merge base');
                await git(cwd, ['fetch', '--no-tags', '--quiet', '--unshallow', remote]);
                const full = await tryGit(cwd, ['merge-base', resolved, 'HEAD']);
                if (full?.trim())
                    return { sha: full.trim(), deepened: deepened + 1 };
            }
            throw new GitError(`${resolved} and HEAD have no common ancestor`);
        }
        const depth = 50 * 2 ** deepened;
        log(`Shallow clone: deepening by ${depth} commits to find the merge base`);
        await git(cwd, ['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, remote]);
        const refetch = options.baseBranch ?? (/^[0-9a-f]{40}$/.test(base) ? undefined : base);
        if (refetch)
            await tryGit(cwd, ['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, remote, refetch]);
        deepened++;
    }
}
/** Changed (added or modified) line numbers per file of HEAD, relative to the merge base. */
async function changedLines(cwd, mergeBase, head = 'HEAD') {
    const text = await git(cwd, [
        'diff',
        '--unified=0',
        '--no-color',
        '--no-ext-diff',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        '--find-renames',
        `${mergeBase}...${head}`,
    ]);
    return parseUnifiedDiff(text);
}
function unquote(path) {
    if (!path.startsWith('"'))
        return path;
    const body = path.slice(1, -1);
    const bytes = [];
    for (let i = 0; i < body.length; i++) {
        const ch = body[i] ?? '';
        if (ch === '\\') {
            const next = body[i + 1] ?? '';
            if (/[0-7]/.test(next)) {
                bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
                i += 3;
                continue;
            }
            const map = { n: '\n', t: '\t', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', r: '\r', v: '\v' };
            for (const b of Buffer.from(map[next] ?? next))
                bytes.push(b);
            i++;
            continue;
        }
        for (const b of Buffer.from(ch))
            bytes.push(b);
    }
    return Buffer.from(bytes).toString('utf8');
}
function parseUnifiedDiff(text) {
    const files = new Map();
    let current;
    for (const line of text.split('\n')) {
        if (line.startsWith('+++ ')) {
            const target = unquote(line.slice(4).replace(/\t$/, ''));
            if (target === '/dev/null')
                current = undefined;
            else {
                const path = target.startsWith('b/') || target.startsWith('"b/') ? target.slice(2) : target;
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
async function findBaseline(store, cwd, mergeBase, maxWalk) {
    const listing = await tryGit(cwd, ['rev-list', '--first-parent', `--max-count=${maxWalk + 1}`, mergeBase]);
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
class ThresholdError extends Error {
    name = 'ConfigurationError';
    subject;
    problem;
    example;
    constructor(subject, problem, example) {
        super(`${subject}: ${problem} (for example: ${example})`);
        this.subject = subject;
        this.problem = problem;
        this.example = example;
    }
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

// EXTERNAL MODULE: ./node_modules/istanbul-lib-coverage/index.js
var istanbul_lib_coverage = __webpack_require__(9377);
var istanbul_lib_coverage_default = /*#__PURE__*/__webpack_require__.n(istanbul_lib_coverage);
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

;// CONCATENATED MODULE: ./packages/quality/src/reports.ts
// Finds report files by glob, recognises each by its content and parses it.













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
/** Reads the given files. Each is recognised by content; `kind` only words the errors. */
async function readReports(cwd, files) {
    const result = { coverage: [], tests: [], findings: [], metrics: [], files: [] };
    const seen = new Set();
    for (const { file, kind } of files) {
        if (seen.has(file))
            continue;
        seen.add(file);
        const path = (0,external_node_path_.resolve)(cwd, file);
        if (kind === 'metrics') {
            result.metrics.push(...readMetrics(parseJsonFile(await (0,promises_.readFile)(path, 'utf8'), file), file));
            result.files.push({ file, format: 'metrics' });
            continue;
        }
        const format = detectFormat(await readHead(path));
        let recognised = format;
        switch (format) {
            case 'lcov':
                result.coverage.push(await parseLcov(path, file));
                break;
            case 'cobertura':
                result.coverage.push(await parseCobertura(path, file));
                break;
            case 'clover':
                result.coverage.push(await parseClover(path, file));
                break;
            case 'jacoco':
                result.coverage.push(await parseJacoco(path, file));
                break;
            case 'go':
                result.coverage.push(await parseGoCover(path, file));
                break;
            case 'junit':
                result.tests.push(await parseJunit(path, file));
                break;
            case 'checkstyle':
                result.findings.push(await parseCheckstyle(path, file));
                break;
            case 'json':
                recognised = await readJsonReport(path, file, result);
                break;
            case 'unknown':
                throw new ReportError(file, `not a report this gate reads (given as ${kind}): expected LCOV, Cobertura, Clover, JaCoCo, Istanbul JSON or a Go coverprofile; JUnit XML; SARIF 2.1.0, ESLint JSON or checkstyle`);
        }
        result.files.push({ file, format: recognised });
    }
    return result;
}
async function readJsonReport(path, file, result) {
    const json = parseJsonFile(await (0,promises_.readFile)(path, 'utf8'), file);
    if (Array.isArray(json)) {
        result.findings.push(parseEslint(json, file));
        return 'eslint';
    }
    if (json !== null && typeof json === 'object') {
        const object = json;
        if (Array.isArray(object.runs)) {
            result.findings.push(parseSarif(json, file));
            return 'sarif';
        }
        const total = object.total;
        if (total && typeof total === 'object' && 'lines' in total) {
            result.coverage.push(await parseIstanbulSummary(path, file, json));
            return 'istanbul-summary';
        }
        const first = Object.values(object)[0];
        if (first === undefined || (typeof first === 'object' && 'statementMap' in first)) {
            result.coverage.push(await parseIstanbul(path, file, json));
            return 'istanbul';
        }
        if ('name' in object && 'value' in object) {
            result.metrics.push(...readMetrics(json, file));
            return 'metrics';
        }
    }
    throw new ReportError(file, 'a JSON file that is neither SARIF, ESLint JSON, Istanbul coverage-final.json / coverage-summary.json nor a {name, value} metric');
}
function readMetrics(json, file) {
    const list = Array.isArray(json)
        ? json
        : json && typeof json === 'object' && Array.isArray(json.metrics)
            ? json.metrics
            : [json];
    return list.map((item, index) => {
        const metric = item;
        if (typeof metric.name !== 'string' || typeof metric.value !== 'number' || !Number.isFinite(metric.value)) {
            throw new ReportError(file, `metric ${index + 1} needs a string "name" and a numeric "value", like {"name": "bundle-size", "value": 231337}`);
        }
        return { name: metric.name, value: metric.value, unit: typeof metric.unit === 'string' ? metric.unit : undefined, file };
    });
}

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
function normaliseLine(text) {
    return text.trim().replace(/\s+/g, ' ');
}
async function runGate(input) {
    const cwd = (0,external_node_path_.resolve)(input.cwd);
    const log = input.log ?? (() => undefined);
    const config = { ...DEFAULT_CONFIG, ...input.config };
    const warnings = [];
    const conditions = [];
    const ifNoReports = input.ifNoReports ?? 'error';
    const head = (await git(cwd, ['rev-parse', 'HEAD'])).trim();
    // 1. Reports.
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
    const reports = await readReports(cwd, wanted);
    const paths = await createPathResolver({ cwd, stripPrefixes: input.stripPrefixes });
    // 2. The diff against the merge base, when there is a base.
    let mergeBase;
    let deepened = 0;
    let changed;
    if (input.base?.sha || input.base?.ref) {
        const found = await findMergeBase({ cwd, base: input.base.sha ?? input.base.ref ?? '', baseBranch: input.base.branch, log });
        mergeBase = found.sha;
        deepened = found.deepened;
        changed = await changedLines(cwd, mergeBase, 'HEAD');
        log(`Merge base ${mergeBase}: ${changed.size} changed file${changed.size === 1 ? '' : 's'}`);
    }
    const changedSets = new Map([...(changed ?? new Map())].map(([file, lines]) => [file, new Set(lines)]));
    // 3. The base baseline.
    let baseline;
    let baselineCommit;
    let baselineNote = mergeBase ? 'no baseline store configured; base comparisons are skipped' : 'no base: not a pull request';
    if (mergeBase && input.baselineStore) {
        const lookup = await findBaseline(input.baselineStore, cwd, mergeBase, input.maxBaselineWalk ?? 20);
        baseline = lookup.baseline;
        baselineCommit = lookup.commit;
        baselineNote = lookup.note;
        log(`Baseline: ${lookup.note}`);
    }
    // 4. Coverage.
    const merged = new Map();
    const unmatched = new Set();
    for (const report of reports.coverage) {
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
    const baselineOut = { version: BASELINE_VERSION, commit: head, createdAt: new Date().toISOString(), metrics: {} };
    let coverageResult;
    if (reports.coverage.length > 0) {
        const files = [];
        let covered = 0;
        let total = 0;
        let patchCovered = 0;
        let patchTotal = 0;
        const baselineFiles = {};
        for (const [file, entry] of [...merged].sort(([a], [b]) => a.localeCompare(b))) {
            const totals = totalsOf(entry);
            covered += totals.covered;
            total += totals.total;
            const result = { file, ...totals, pct: pct(totals.covered, totals.total) };
            const hit = [];
            const missed = [];
            entry.lines?.forEach((line, hits) => (hits > 0 ? hit : missed).push(line));
            baselineFiles[file] = entry.lines ? { ...totals, hit: formatRanges(toRanges(hit)), missed: formatRanges(toRanges(missed)) } : totals;
            const lines = changedSets.get(file);
            if (lines && entry.lines) {
                const patch = patchOf(entry.lines, lines);
                if (patch.total > 0) {
                    result.patch = patch;
                    patchCovered += patch.covered;
                    patchTotal += patch.total;
                }
            }
            files.push(result);
        }
        const project = { covered, total, pct: pct(covered, total) };
        const base = baseline?.coverage
            ? { covered: baseline.coverage.covered, total: baseline.coverage.total, pct: pct(baseline.coverage.covered, baseline.coverage.total) }
            : undefined;
        const delta = project.pct !== undefined && base?.pct !== undefined ? Math.round((project.pct - base.pct) * 100) / 100 : undefined;
        coverageResult = {
            project,
            base,
            delta,
            files,
            unmatched: { count: unmatched.size, examples: [...unmatched].slice(0, 20) },
            patch: changed ? { covered: patchCovered, total: patchTotal, pct: pct(patchCovered, patchTotal) } : undefined,
        };
        baselineOut.coverage = { covered, total, files: baselineFiles };
        // Patch coverage.
        const pc = config.patchCoverage;
        if (!changed) {
            conditions.push({
                name: 'patch-coverage',
                title: 'Patch coverage',
                level: pc.level,
                status: pc.level === 'off' ? 'skipped' : 'neutral',
                threshold: `≥ ${pc.min}%`,
                detail: 'no base to compare with',
            });
        }
        else if (patchTotal < pc.minChangedLines) {
            conditions.push({
                name: 'patch-coverage',
                title: 'Patch coverage',
                level: pc.level,
                status: pc.level === 'off' ? 'skipped' : 'neutral',
                value: patchTotal === 0 ? 'n/a' : percent(pct(patchCovered, patchTotal)),
                threshold: `≥ ${pc.min}%`,
                detail: `${patchTotal} coverable changed line${patchTotal === 1 ? '' : 's'}, fewer than min-changed-lines (${pc.minChangedLines})`,
            });
        }
        else {
            const value = pct(patchCovered, patchTotal) ?? 0;
            conditions.push({
                name: 'patch-coverage',
                title: 'Patch coverage',
                level: pc.level,
                status: decide(pc.level, value >= pc.min),
                value: percent(value),
                threshold: `≥ ${pc.min}%`,
                detail: `${patchCovered} of ${patchTotal} coverable changed lines covered`,
            });
        }
        // Project floor.
        const pj = config.projectCoverage;
        if (pj.min !== undefined) {
            conditions.push({
                name: 'project-coverage',
                title: 'Project coverage',
                level: pj.level,
                status: project.pct === undefined ? 'neutral' : decide(pj.level, project.pct >= pj.min),
                value: percent(project.pct),
                threshold: `≥ ${pj.min}%`,
                base: base ? percent(base.pct) : undefined,
                delta: delta === undefined ? undefined : signed(delta),
                detail: `${covered} of ${total} lines covered`,
            });
        }
        // Delta against the base.
        const cd = config.coverageDelta;
        conditions.push({
            name: 'coverage-delta',
            title: 'Coverage change',
            level: cd.level,
            status: cd.level === 'off' ? 'skipped' : delta === undefined ? 'neutral' : decide(cd.level, delta >= -cd.tolerance),
            value: delta === undefined ? 'n/a' : `${signed(delta)} points`,
            threshold: `≥ -${cd.tolerance} points`,
            base: base ? percent(base.pct) : undefined,
            delta: delta === undefined ? undefined : signed(delta),
            detail: base ? `project ${percent(project.pct)} vs base ${percent(base.pct)}` : baselineNote,
        });
    }
    else if (missingKinds.includes('coverage')) {
        conditions.push({
            name: 'patch-coverage',
            title: 'Patch coverage',
            level: config.patchCoverage.level,
            status: 'neutral',
            detail: 'no coverage report found',
        });
    }
    // 5. Tests.
    let testsResult;
    if (reports.tests.length > 0 || missingKinds.includes('tests')) {
        const cases = mergeTestCases(reports.tests);
        const count = (status) => cases.filter((c) => c.status === status).length;
        testsResult = {
            total: cases.length,
            passed: count('passed'),
            failed: count('failed'),
            skipped: count('skipped'),
            flaky: count('flaky'),
            failures: cases.filter((c) => c.status === 'failed'),
            flakyTests: cases.filter((c) => c.status === 'flaky'),
        };
        baselineOut.tests = { total: testsResult.total, passed: testsResult.passed + testsResult.flaky, failed: testsResult.failed, skipped: testsResult.skipped };
        const t = config.tests;
        const ran = testsResult.total - testsResult.skipped;
        let ok = testsResult.failed === 0 && ran > 0;
        let detail = `${testsResult.passed} passed, ${testsResult.failed} failed, ${testsResult.skipped} skipped${testsResult.flaky ? `, ${testsResult.flaky} flaky` : ''}`;
        if (ran === 0)
            detail = reports.tests.length === 0 ? 'no test report found' : 'no tests ran';
        if (t.maxSkipped !== undefined && testsResult.skipped > t.maxSkipped) {
            ok = false;
            detail += ` (more than ${t.maxSkipped} skipped)`;
        }
        const neutral = reports.tests.length === 0;
        conditions.push({
            name: 'tests',
            title: 'Tests',
            level: t.level,
            status: t.level === 'off' ? 'skipped' : neutral ? 'neutral' : decide(t.level, ok),
            value: `${testsResult.failed} failed of ${testsResult.total}`,
            threshold: t.maxSkipped === undefined ? '0 failed' : `0 failed, ≤ ${t.maxSkipped} skipped`,
            base: baseline?.tests ? `${baseline.tests.failed} failed of ${baseline.tests.total}` : undefined,
            delta: baseline?.tests ? `${testsResult.total - baseline.tests.total >= 0 ? '+' : ''}${testsResult.total - baseline.tests.total} tests` : undefined,
            detail,
        });
    }
    // 6. Findings.
    let findingsResult;
    if (reports.findings.length > 0 || missingKinds.includes('findings')) {
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
        let unmatchedFindings = 0;
        for (const report of reports.findings) {
            const other = (report.revisions ?? []).find((revision) => !head.startsWith(revision.toLowerCase()));
            if (other)
                warnings.push(`${report.file} was made for commit ${other.slice(0, 12)}, not the checked-out ${head.slice(0, 12)}: its findings may not match the code`);
            const reportDir = external_node_path_.posix.dirname(report.file) === '.' ? '' : external_node_path_.posix.dirname(report.file);
            for (const finding of report.findings) {
                const path = finding.file === '' ? undefined : paths.resolve(finding.file, { reportDir });
                if (path === undefined)
                    unmatchedFindings++;
                const text = path ? await lineText(path, finding.line) : undefined;
                const key = finding.fingerprint
                    ? `${finding.rule}|${finding.fingerprint}`
                    : `${finding.rule}|${path ?? finding.file}|${text !== undefined ? normaliseLine(text) : finding.message}`;
                const onChangedLine = path !== undefined && finding.line !== undefined && (changedSets.get(path)?.has(finding.line) ?? false);
                all.push({ ...finding, path, key, isNew: false, onChangedLine });
            }
        }
        const counts = {};
        for (const finding of all)
            counts[finding.key] = (counts[finding.key] ?? 0) + 1;
        baselineOut.findings = counts;
        const nf = config.newFindings;
        const counted = all.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[nf.severity]);
        const remaining = { ...(baseline?.findings ?? {}) };
        let newNote;
        if (baseline?.findings) {
            for (const finding of all) {
                const left = remaining[finding.key] ?? 0;
                if (left > 0)
                    remaining[finding.key] = left - 1;
                else
                    finding.isNew = true;
            }
            newNote = `compared with ${baselineCommit?.slice(0, 12) ?? 'the base'}`;
        }
        else if (changed) {
            for (const finding of all)
                finding.isNew = finding.onChangedLine;
            newNote = 'no base baseline: findings on changed lines count as new';
        }
        else {
            newNote = 'no base to compare with';
        }
        const fresh = counted.filter((f) => f.isNew);
        findingsResult = {
            total: all.length,
            new: all.filter((f) => f.isNew),
            onChangedLines: all.filter((f) => f.onChangedLine),
            all,
            unmatched: unmatchedFindings,
        };
        const baseCount = baseline?.findings ? Object.values(baseline.findings).reduce((a, b) => a + b, 0) : undefined;
        conditions.push({
            name: 'new-findings',
            title: `New findings (${nf.severity === 'note' ? 'all' : `${nf.severity} and above`})`,
            level: nf.level,
            status: nf.level === 'off'
                ? 'skipped'
                : !changed && !baseline?.findings
                    ? 'neutral'
                    : reports.findings.length === 0
                        ? 'neutral'
                        : decide(nf.level, fresh.length === 0),
            value: String(fresh.length),
            threshold: '0',
            base: baseCount === undefined ? undefined : `${baseCount} total`,
            delta: baseCount === undefined ? undefined : `${all.length - baseCount >= 0 ? '+' : ''}${all.length - baseCount}`,
            detail: `${all.length} finding${all.length === 1 ? '' : 's'} in all; ${newNote}`,
        });
        const cl = config.changedLineFindings;
        if (changed) {
            const onLines = all.filter((f) => f.onChangedLine && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[cl.severity]);
            conditions.push({
                name: 'changed-line-findings',
                title: `Findings on changed lines (${cl.severity === 'note' ? 'all' : `${cl.severity} and above`})`,
                level: cl.level,
                status: decide(cl.level, onLines.length === 0),
                value: String(onLines.length),
                threshold: '0',
            });
        }
    }
    // 7. Custom metrics.
    for (const metric of reports.metrics)
        baselineOut.metrics[metric.name] = metric.value;
    for (const threshold of config.metrics.thresholds) {
        const metric = reports.metrics.findLast((m) => m.name === threshold.name);
        const baseValue = baseline?.metrics?.[threshold.name];
        conditions.push({
            name: `metric:${threshold.name}`,
            title: threshold.name,
            level: config.metrics.level,
            status: config.metrics.level === 'off' ? 'skipped' : metric === undefined ? 'neutral' : decide(config.metrics.level, compareMetric(metric.value, threshold)),
            value: metric === undefined ? 'not reported' : `${metric.value}${metric.unit ? ` ${metric.unit}` : ''}`,
            threshold: `${threshold.operator} ${threshold.value}`,
            base: baseValue === undefined ? undefined : String(baseValue),
            delta: baseValue === undefined || metric === undefined
                ? undefined
                : `${metric.value - baseValue >= 0 ? '+' : ''}${Math.round((metric.value - baseValue) * 1000) / 1000}`,
            detail: metric === undefined ? 'no metric file reported this name' : undefined,
        });
    }
    const passed = !conditions.some((c) => c.status === 'failed');
    let changedLineCount = 0;
    for (const lines of changed?.values() ?? [])
        changedLineCount += lines.length;
    return {
        passed,
        informational: input.informational ?? false,
        head,
        conditions,
        reports: reports.files,
        coverage: coverageResult,
        tests: testsResult,
        findings: findingsResult,
        metrics: reports.metrics,
        base: { mergeBase, baselineCommit, baselineNote, deepened },
        diff: changed ? { files: changed.size, lines: changedLineCount } : undefined,
        warnings,
        baseline: baselineOut,
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

;// CONCATENATED MODULE: ./packages/quality/src/report.ts
function toJsonReport(result) {
    const { coverage, tests, findings } = result;
    return {
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
}

;// CONCATENATED MODULE: ./packages/quality/src/index.ts
// The quality-gate engine: plain TypeScript, no @actions/* imports, no process.env.





















/***/ })

};
