export const id = 663;
export const ids = [663];
export const modules = {

/***/ 14663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadReport: () => (/* binding */ uploadReport)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49815);
// Uploads the JSON report as a workflow artifact with @actions/artifact (the runner's results
// service). A report that cannot be uploaded is a warning, never the gate's verdict.


async function uploadReport(name, file, log) {
    // Outside a GitHub-hosted or self-hosted runner job (a container step, act) there is no results service.
    if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
        const note = `The report was not uploaded as an artifact: this job has no artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset); upload \`${file}\` with actions/upload-artifact instead.`;
        (0,_devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .annotate */ .fz)('warning', `quality-gate: ${note}`);
        return { note };
    }
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(251), __webpack_require__.e(838), __webpack_require__.e(271), __webpack_require__.e(351), __webpack_require__.e(683)]).then(__webpack_require__.bind(__webpack_require__, 60683));
    try {
        const { id } = await new DefaultArtifactClient().uploadArtifact(name, [file], (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file), { retentionDays: 7 });
        log(`Uploaded the report as the artifact ${name} (id ${id ?? 'unknown'})`);
        return { id, note: `Uploaded the report as the artifact \`${name}\`.` };
    }
    catch (error) {
        const message = error.message;
        // A re-run of the same job finds the artifact of its first attempt: that one stands.
        const exists = /already exists|\(409\)/i.test(message);
        const note = exists
            ? `The report artifact \`${name}\` already exists in this run (a re-run); it was left as it is.`
            : `Could not upload the report artifact \`${name}\`: ${message}.`;
        (0,_devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_1__/* .annotate */ .fz)('warning', `quality-gate: ${note}`);
        return { note };
    }
}


/***/ })

};
