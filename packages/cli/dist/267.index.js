export const id = 267;
export const ids = [267];
export const modules = {

/***/ 9267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   branchChanges: () => (/* binding */ branchChanges),
/* harmony export */   versionFindings: () => (/* binding */ versionFindings)
/* harmony export */ });
/* harmony import */ var _devops_actions_git__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5039);
// Which migrations a branch adds since the merge base with its base, and what it did to the
// merged ones (edited, deleted, renamed, renumbered): the integrity findings git can tell.

/**
 * Compares the migrations folder `dir` (relative to the repository root, `repo`'s folder) with
 * the merge base of `base` and HEAD; a shallow clone is deepened until the merge base is there.
 */
async function branchChanges(repo, base, dir, layout, policy = {}) {
    (0,_devops_actions_git__WEBPACK_IMPORTED_MODULE_0__/* .checkRef */ .__)('base', base);
    const { sha } = await (0,_devops_actions_git__WEBPACK_IMPORTED_MODULE_0__/* .mergeBase */ .wu)(repo, base, 'HEAD', policy);
    const prefix = dir === '.' || dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`;
    const paths = [prefix || '.'];
    const rel = (p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p);
    const added = new Set();
    const findings = [];
    for (const change of await (0,_devops_actions_git__WEBPACK_IMPORTED_MODULE_0__/* .changedFiles */ .Y_)(repo, sha, 'HEAD', paths)) {
        const before = change.oldPath ?? change.path;
        const file = rel(before);
        if (!layout.isMigration(file))
            continue;
        const finding = (message, path = before) => {
            findings.push({ rule: 'edited-merged-migration', severity: 'error', file: path, line: 1, column: 1, message });
        };
        if (change.status === 'A')
            added.add(file);
        else if (change.status === 'M')
            finding(`${before} is already merged and was edited: databases that applied it will not see the change (Flyway rejects the checksum). Add a new migration instead.`);
        else if (change.status === 'D')
            finding(`${before} is already merged and was deleted: databases that applied it keep its effects. Add a new migration that reverts it instead.`);
        else if (change.status === 'R') {
            const after = change.path;
            if (layout.isMigration(rel(after)) && layout.versionOf(rel(after)) !== layout.versionOf(file))
                finding(`${before} is already merged and was renamed to ${after}: runners will apply it again under the new version.`, after);
            else if (change.similarity !== 100)
                finding(`${before} is already merged and was edited (and renamed to ${after}).`, after);
        }
    }
    const baseVersions = (await (0,_devops_actions_git__WEBPACK_IMPORTED_MODULE_0__/* .listTree */ .nT)(repo, sha, paths))
        .map(rel)
        .filter(layout.isMigration)
        .map(layout.versionOf)
        .filter((v) => v !== undefined);
    return { mergeBase: sha, added, findings, baseVersions };
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
