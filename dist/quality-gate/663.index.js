export const id = 663;
export const ids = [663];
export const modules = {

/***/ 19663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PartialSaveError: () => (/* binding */ PartialSaveError),
/* harmony export */   artifactBaselineStore: () => (/* binding */ artifactBaselineStore),
/* harmony export */   fallbackStore: () => (/* binding */ fallbackStore),
/* harmony export */   uploadReport: () => (/* binding */ uploadReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87667);
/* harmony import */ var _devops_actions_quality__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49303);
// Workflow artifacts through @actions/artifact (the runner's results service to upload, the REST
// API to find and download): the JSON report for fork pull requests, and baselines as the durable
// fallback of the Actions cache. An artifact that cannot be written is a warning, never the verdict.




const NO_SERVICE = 'this job has no artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset)';
async function uploadFile(name, file, retentionDays, log) {
    // A runner job has the results service; a container step or a local runner may not.
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL)
        return { problem: NO_SERVICE };
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(251), __webpack_require__.e(838), __webpack_require__.e(271), __webpack_require__.e(351), __webpack_require__.e(683)]).then(__webpack_require__.bind(__webpack_require__, 60683));
    try {
        const { id } = await new DefaultArtifactClient().uploadArtifact(name, [file], (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { retentionDays });
        log(`Uploaded the artifact ${name} (id ${id ?? 'unknown'})`);
        return { id };
    }
    catch (error) {
        const message = error.message;
        // A re-run of the same job finds the artifact of its first attempt: that one stands.
        if (/already exists|\(409\)/i.test(message))
            return { exists: true };
        return { problem: message };
    }
}
/** Uploads the JSON report; returns the artifact id (if any) and a sentence for the summary. */
async function uploadReport(name, file, log) {
    const uploaded = await uploadFile(name, file, 7, log);
    if (uploaded.id !== undefined)
        return { id: uploaded.id, note: `Uploaded the report as the artifact \`${name}\`.` };
    if (uploaded.exists)
        return { note: `The report artifact \`${name}\` already exists in this run (a re-run); it was left as it is.` };
    const note = uploaded.problem === NO_SERVICE
        ? `The report was not uploaded as an artifact: ${NO_SERVICE}; upload \`${file}\` with actions/upload-artifact instead.`
        : `Could not upload the report artifact \`${name}\`: ${uploaded.problem ?? 'unknown error'}.`;
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__/* .annotate */ .fz)('warning', `quality-gate: ${note}`);
    return { note };
}
/**
 * Baselines as artifacts named `quality-gate-baseline-<sha>` (kept 90 days): saved by the push
 * run, found by name through the REST API (`actions: read`) and downloaded on a pull request.
 */
function artifactBaselineStore(options) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.tempDir, 'quality-gate-baseline-artifact');
    return {
        description: 'workflow artifacts',
        async load(commit) {
            if (!options.token)
                return undefined;
            const name = (0,_devops_actions_quality__WEBPACK_IMPORTED_MODULE_3__.baselineKey)(commit);
            try {
                const client = await (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_2__.createGitHubClient)(options.token);
                const { data } = await client.rest.actions.listArtifactsForRepo({ owner: options.owner, repo: options.repo, name, per_page: 10 });
                const artifact = data.artifacts.find((a) => !a.expired && a.workflow_run?.id !== undefined);
                if (!artifact?.workflow_run?.id)
                    return undefined;
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
                const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(251), __webpack_require__.e(838), __webpack_require__.e(271), __webpack_require__.e(351), __webpack_require__.e(683)]).then(__webpack_require__.bind(__webpack_require__, 60683));
                await new DefaultArtifactClient().downloadArtifact(artifact.id, {
                    path: dir,
                    findBy: { token: options.token, workflowRunId: artifact.workflow_run.id, repositoryOwner: options.owner, repositoryName: options.repo },
                });
                const baseline = (0,_devops_actions_quality__WEBPACK_IMPORTED_MODULE_3__.parseBaseline)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${name}.json`), 'utf8'));
                return baseline?.commit === commit ? baseline : undefined;
            }
            catch (error) {
                options.log(`Could not read the baseline artifact of ${commit.slice(0, 12)}: ${error.message}`);
                return undefined;
            }
        },
        async save(baseline) {
            const name = (0,_devops_actions_quality__WEBPACK_IMPORTED_MODULE_3__.baselineKey)(baseline.commit);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${name}.json`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, JSON.stringify(baseline));
            const uploaded = await uploadFile(name, file, 90, options.log);
            if (uploaded.problem !== undefined)
                throw new Error(uploaded.problem);
        },
    };
}
/** The first store that has a baseline answers; a baseline is saved in every store (one failing is enough to note). */
function fallbackStore(first, second) {
    return {
        get description() {
            return `${first.description}, with ${second.description} as the fallback`;
        },
        async load(commit) {
            return (await first.load(commit)) ?? (await second.load(commit));
        },
        async save(baseline) {
            // One after the other: the cache and the artifact client each tar or zip and upload at once.
            const results = [await settle(first.save(baseline)), await settle(second.save(baseline))];
            const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [`${[first, second][i]?.description}: ${r.reason.message}`] : []));
            if (failed.length === 2)
                throw new Error(failed.join('; '));
            if (failed.length === 1)
                throw new PartialSaveError(failed[0] ?? '');
        },
    };
}
function settle(promise) {
    return promise.then((value) => ({ status: 'fulfilled', value }), (reason) => ({ status: 'rejected', reason }));
}
/** Saved in one store, not in the other. */
class PartialSaveError extends Error {
    name = 'PartialSaveError';
}


/***/ })

};
