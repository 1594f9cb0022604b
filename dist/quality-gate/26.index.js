export const id = 26;
export const ids = [26];
export const modules = {

/***/ 65026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsCacheStore: () => (/* binding */ actionsCacheStore)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _devops_actions_quality__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49303);
// Baselines in the Actions cache, one entry per commit (`quality-gate-baseline-<sha>`).
// @actions/cache is heavy: it is imported only when a baseline is restored or saved.



function actionsCacheStore(tempDir, log) {
    // The cache ties an entry to its paths, so saving and restoring use the same folder.
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempDir, 'quality-gate-baseline');
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'baseline.json');
    let available;
    const cache = async () => {
        const module = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(838), __webpack_require__.e(271), __webpack_require__.e(337)]).then(__webpack_require__.bind(__webpack_require__, 17337));
        available ??= module.isFeatureAvailable();
        return available ? module : undefined;
    };
    return {
        get description() {
            return available === false ? 'the Actions cache, which is not available on this runner' : 'the Actions cache';
        },
        async load(commit) {
            const c = await cache();
            if (!c)
                return undefined;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
            try {
                const hit = await c.restoreCache([dir], (0,_devops_actions_quality__WEBPACK_IMPORTED_MODULE_2__.baselineKey)(commit));
                if (!hit)
                    return undefined;
                return (0,_devops_actions_quality__WEBPACK_IMPORTED_MODULE_2__.parseBaseline)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
            }
            catch (error) {
                log(`Could not restore the baseline of ${commit.slice(0, 12)}: ${error.message}`);
                return undefined;
            }
        },
        async save(baseline) {
            const c = await cache();
            if (!c)
                throw new Error('the Actions cache is not available on this runner');
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, JSON.stringify(baseline));
            try {
                // saveCache reports most failures (an entry already there included) as -1, not as an error.
                if ((await c.saveCache([dir], (0,_devops_actions_quality__WEBPACK_IMPORTED_MODULE_2__.baselineKey)(baseline.commit))) === -1)
                    throw new Error('the Actions cache did not store it (an entry for this commit may already be there)');
            }
            catch (error) {
                // A re-run of the same commit finds the entry already there: that is the same baseline.
                if (error.name === 'ReserveCacheError')
                    log(`The baseline of ${baseline.commit.slice(0, 12)} is already saved`);
                else
                    throw error;
            }
        },
    };
}


/***/ })

};
