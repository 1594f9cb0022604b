export const id = 915;
export const ids = [915];
export const modules = {

/***/ 7915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   branchChanges: () => (/* binding */ branchChanges),
/* harmony export */   versionFindings: () => (/* binding */ versionFindings)
/* harmony export */ });
/* unused harmony export mergeBase */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// Which migrations a branch adds, and integrity checks against the base branch.

function git(cwd, args) {
    return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
/** Finds the merge base with `base`, deepening a shallow clone until it is found. */
function mergeBase(cwd, base) {
    for (let attempt = 0; attempt < 6; attempt++) {
        try {
            return git(cwd, ['merge-base', base, 'HEAD']).trim();
        }
        catch {
            const shallow = git(cwd, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
            if (!shallow)
                break;
            try {
                git(cwd, ['fetch', '--no-tags', '--quiet', '--deepen', String(50 * 2 ** attempt), 'origin']);
            }
            catch {
                break; // no remote to deepen from
            }
        }
    }
    throw new Error(`the merge base of ${base} and HEAD is not in this checkout (shallow, even after deepening): set fetch-depth: 0 on actions/checkout, or give a base ref that is fetched`);
}
/**
 * Compares the migrations directory `dir` (relative to the repository root `cwd`) with the merge base.
 * `isMigration` says whether a path relative to `dir` is a migration of the layout.
 */
function branchChanges(cwd, base, dir, isMigration, versionOf) {
    const mb = mergeBase(cwd, base);
    const prefix = dir === '.' || dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`;
    const out = git(cwd, ['diff', '--name-status', '-M', `${mb}...HEAD`, '--', prefix || '.']);
    const added = new Set();
    const findings = [];
    const rel = (p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p);
    for (const line of out.split('\n').filter(Boolean)) {
        const [status = '', a = '', b] = line.split('\t');
        const file = rel(a);
        if (!isMigration(file))
            continue;
        const finding = (message, path = a) => {
            findings.push({ rule: 'edited-merged-migration', severity: 'error', file: path, line: 1, column: 1, message });
        };
        if (status === 'A')
            added.add(file);
        else if (status === 'M')
            finding(`${a} is already merged and was edited: databases that applied it will not see the change (Flyway rejects the checksum). Add a new migration instead.`);
        else if (status === 'D')
            finding(`${a} is already merged and was deleted: databases that applied it keep its effects. Add a new migration that reverts it instead.`);
        else if (status.startsWith('R') && b !== undefined) {
            if (isMigration(rel(b)) && versionOf(rel(b)) !== versionOf(file))
                finding(`${a} is already merged and was renamed to ${b}: runners will apply it again under the new version.`, b);
            else if (status !== 'R100')
                finding(`${a} is already merged and was edited (and renamed to ${b}).`, b);
        }
    }
    const baseFiles = git(cwd, ['ls-tree', '-r', '--name-only', mb, '--', prefix || '.'])
        .split('\n')
        .filter(Boolean)
        .map(rel)
        .filter(isMigration);
    const baseVersions = baseFiles.map(versionOf).filter((v) => v !== undefined);
    return { mergeBase: mb, added, findings, baseVersions };
}
function compareVersions(a, b) {
    const pa = a.split(/[._]/).map(Number);
    const pb = b.split(/[._]/).map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
/** Duplicate versions among all files, and new versions lower than the newest on the base branch. */
function versionFindings(files, added, baseVersions, display) {
    const findings = [];
    const seen = new Map();
    // merged files first, so that a duplicate is reported on the new file
    const ordered = [...files].sort((a, b) => Number(added.has(a.file)) - Number(added.has(b.file)));
    for (const f of ordered) {
        if (f.version === undefined)
            continue;
        const other = seen.get(f.version);
        if (other !== undefined)
            findings.push({
                rule: 'duplicate-version',
                severity: 'error',
                file: display(f.file),
                line: 1,
                column: 1,
                message: `Version ${f.version} is used by ${display(other)} too: runners refuse or skip one of them. Renumber the new one.`,
            });
        else
            seen.set(f.version, f.file);
    }
    const newest = [...baseVersions].sort(compareVersions).at(-1);
    if (newest !== undefined)
        for (const f of files)
            if (added.has(f.file) && f.version !== undefined && compareVersions(f.version, newest) < 0)
                findings.push({
                    rule: 'version-lower-than-base',
                    severity: 'error',
                    file: display(f.file),
                    line: 1,
                    column: 1,
                    message: `Version ${f.version} is lower than ${newest}, the newest on the base branch: databases already at ${newest} skip it silently. Renumber it above ${newest}.`,
                });
    return findings;
}


/***/ })

};
