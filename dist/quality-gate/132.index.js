export const id = 132;
export const ids = [132];
export const modules = {

/***/ 43132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ECOSYSTEMS: () => (/* binding */ ECOSYSTEMS),
/* harmony export */   planDependencyCache: () => (/* binding */ planDependencyCache),
/* harmony export */   restoreDependencies: () => (/* binding */ restoreDependencies),
/* harmony export */   saveDependencies: () => (/* binding */ saveDependencies)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// The dependency cache of the `run:` commands: the package manager's download cache, restored
// before the commands and saved after them, keyed on the lockfile's hash, through @actions/cache
// (imported only when there are commands to run and a lockfile to key on).




const ECOSYSTEMS = [
    { name: 'npm', lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'], paths: (home) => [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.npm')] },
    { name: 'pnpm', lockfiles: ['pnpm-lock.yaml'], paths: (home) => [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.local', 'share', 'pnpm', 'store')] },
    { name: 'yarn', lockfiles: ['yarn.lock'], paths: (home) => [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.cache', 'yarn')] },
    { name: 'go', lockfiles: ['go.sum'], paths: (home) => [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, 'go', 'pkg', 'mod'), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.cache', 'go-build')] },
    {
        name: 'pip',
        lockfiles: ['poetry.lock', 'uv.lock', 'requirements.txt'],
        paths: (home) => [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.cache', 'pip'), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.cache', 'pypoetry'), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.cache', 'uv')],
    },
    { name: 'cargo', lockfiles: ['Cargo.lock'], paths: (home) => [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.cargo', 'registry'), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.cargo', 'git')] },
    { name: 'maven', lockfiles: ['pom.xml'], paths: (home) => [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.m2', 'repository')] },
    {
        name: 'gradle',
        lockfiles: ['gradle.lockfile', 'build.gradle.kts', 'build.gradle'],
        paths: (home) => [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.gradle', 'caches'), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(home, '.gradle', 'wrapper')],
    },
];
/** What to cache for the checkout in `cwd`: each ecosystem whose lockfile is there. */
function planDependencyCache(cwd, runnerOs = process.env.RUNNER_OS ?? process.platform, home = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)()) {
    const plans = [];
    for (const ecosystem of ECOSYSTEMS) {
        const lockfile = ecosystem.lockfiles.find((file) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cwd, file)));
        if (!lockfile)
            continue;
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
            .update((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cwd, lockfile)))
            .digest('hex')
            .slice(0, 32);
        const prefix = `quality-gate-deps-${runnerOs}-${ecosystem.name}-`;
        plans.push({ ecosystem: ecosystem.name, lockfile, key: `${prefix}${hash}`, restoreKeys: [prefix], paths: ecosystem.paths(home) });
    }
    return plans;
}
/** Restores each planned cache; never fails the step (a cache is an optimisation). */
async function restoreDependencies(plans, log) {
    if (plans.length === 0)
        return { results: [] };
    const cache = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838), __webpack_require__.e(271), __webpack_require__.e(337)]).then(__webpack_require__.bind(__webpack_require__, 17337));
    if (!cache.isFeatureAvailable()) {
        log('Dependency cache: the Actions cache is not available on this runner; the commands run without it.');
        return { results: [] };
    }
    const results = [];
    for (const plan of plans) {
        try {
            const restored = await cache.restoreCache(plan.paths, plan.key, plan.restoreKeys);
            results.push({ ecosystem: plan.ecosystem, ...(restored ? { restored } : {}), exact: restored === plan.key });
            log(restored
                ? `Dependency cache (${plan.ecosystem}): restored ${restored === plan.key ? 'the exact entry' : `${restored}, a fallback`} for ${plan.lockfile}`
                : `Dependency cache (${plan.ecosystem}): no entry yet for ${plan.lockfile}`);
        }
        catch (error) {
            log(`Dependency cache (${plan.ecosystem}): could not restore: ${error.message}`);
            results.push({ ecosystem: plan.ecosystem, exact: false });
        }
    }
    return { cache, results };
}
/** Saves the caches that were not an exact hit, after the commands filled them. */
async function saveDependencies(cache, plans, results, log) {
    if (!cache)
        return [];
    const saved = [];
    for (const plan of plans) {
        if (results.find((r) => r.ecosystem === plan.ecosystem)?.exact)
            continue;
        // The entry's version is derived from the paths, so save lists the same paths restore did.
        if (!plan.paths.some((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p)))
            continue; // the commands did not use this package manager
        try {
            // saveCache reports most failures as a warning and returns -1 rather than throwing.
            if ((await cache.saveCache(plan.paths, plan.key)) === -1) {
                log(`Dependency cache (${plan.ecosystem}): not saved (see the warning above)`);
                continue;
            }
            saved.push(plan.ecosystem);
            log(`Dependency cache (${plan.ecosystem}): saved for ${plan.lockfile}`);
        }
        catch (error) {
            // Another job saved the same key first: that entry serves as well.
            log(`Dependency cache (${plan.ecosystem}): not saved: ${error.message}`);
        }
    }
    return saved;
}


/***/ })

};
