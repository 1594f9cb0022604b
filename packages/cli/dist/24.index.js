export const id = 24;
export const ids = [24];
export const modules = {

/***/ 6024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8835);
// `devops-actions release`: the release plan for the local checkout, offline (a dry run always).

const USAGE = `Usage: devops-actions release [--dry-run] [--from TAG] [--config FILE] [options]

Plans the next release of the checkout from its conventional commits: the version, the tag,
the bump and the commits that decided it, the notes, and the GitHub API calls a release would
make. Offline: no network call, no change (--dry-run is the default and the only mode).

Options:
  --dry-run          plan only (the default)
  --from TAG         count from this release tag instead of the last one reachable
  --config FILE      the release configuration (default: .release.yml when present)
  --prerelease NAME  plan a prerelease on this channel (rc, beta, next)
  --version X.Y.Z    plan exactly this version
  --branch NAME      the branch being released (default: the checked-out one)
${_command_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMON_USAGE */ .yo}

Formats: text (default), json, markdown. Exit codes: 0 planned (or nothing to release), 2 usage or configuration error.
`;
const command = {
    name: 'release',
    summary: 'Plan the next release from conventional commits: version, why, notes (offline)',
    usage: USAGE,
    async run(args, context) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommandArgs */ .Qx)(args, {
            'dry-run': { type: 'boolean' },
            from: { type: 'string' },
            config: { type: 'string' },
            prerelease: { type: 'string' },
            version: { type: 'string' },
            branch: { type: 'string' },
        });
        if (values.help) {
            context.stdout(USAGE);
            return _command_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok;
        }
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .checkFormat */ .KA)(values.format, ['text', 'json', 'markdown']);
        const cwd = (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .workDir */ .Hg)(context, values.cwd);
        const engine = await Promise.all(/* import() */[__webpack_require__.e(777), __webpack_require__.e(536)]).then(__webpack_require__.bind(__webpack_require__, 2536));
        // The remote (for links) is asked of git while the configuration and the history are read.
        const remoteLookup = engine.remoteRepo({ cwd, env: context.env });
        const analysis = await engine.analyze({
            cwd,
            env: context.env,
            config: await engine.loadConfig(cwd, values.config),
            repoUrl: remoteLookup.then((remote) => remote?.url),
            ...(values.from === undefined ? {} : { from: values.from }),
            ...(values.prerelease === undefined ? {} : { prerelease: values.prerelease }),
            ...(values.version === undefined ? {} : { version: values.version }),
            ...(values.branch === undefined ? {} : { branch: values.branch }),
            log: values.quiet ? () => undefined : (message) => context.stderr(`${message}\n`),
        });
        const remote = await remoteLookup;
        const plan = engine.planRelease(analysis, { owner: remote?.owner ?? 'OWNER', repo: remote?.repo ?? 'REPO' });
        const report = format === 'json'
            ? `${JSON.stringify(engine.toJson(analysis, plan), null, 2)}\n`
            : format === 'markdown'
                ? engine.toMarkdown(analysis, plan, { title: 'Release plan', verb: 'would release', showCalls: true })
                : engine.toText(analysis, plan);
        (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .emitReport */ .Kk)(context, { cwd, output: values.output, quiet: values.quiet, format }, report);
        return _command_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .dc.ok;
    },
};


/***/ })

};
