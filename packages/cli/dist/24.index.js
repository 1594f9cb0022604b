export const id = 24;
export const ids = [24];
export const modules = {

/***/ 6024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8835);
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
${_command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMON_USAGE */ .yo}

Formats: text (default), json, markdown. Exit codes: 0 planned (or nothing to release), 2 usage or configuration error.
`;
const command = {
    name: 'release',
    summary: 'Plan the next release from conventional commits: version, why, notes (offline)',
    usage: USAGE,
    async run(args, context) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)(args, {
            'dry-run': { type: 'boolean' },
            from: { type: 'string' },
            config: { type: 'string' },
            prerelease: { type: 'string' },
            version: { type: 'string' },
            branch: { type: 'string' },
        });
        if (values.help) {
            context.stdout(USAGE);
            return _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
        }
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFormat */ .KA)(values.format, ['text', 'json', 'markdown']);
        const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, values.cwd ?? '.');
        const engine = await Promise.all(/* import() */[__webpack_require__.e(777), __webpack_require__.e(471)]).then(__webpack_require__.bind(__webpack_require__, 2471));
        // The remote (for links) is asked of git while the configuration is read.
        const remoteLookup = engine.remoteRepo(cwd, context.env);
        let analysis;
        let remote;
        try {
            const [config, found] = await Promise.all([engine.loadConfig(cwd, values.config), remoteLookup]);
            remote = found;
            analysis = await engine.analyze({
                cwd,
                env: context.env,
                config,
                ...(remote ? { repoUrl: remote.url } : {}),
                ...(values.from === undefined ? {} : { from: values.from }),
                ...(values.prerelease === undefined ? {} : { prerelease: values.prerelease === 'false' ? false : values.prerelease }),
                ...(values.version === undefined ? {} : { version: values.version }),
                ...(values.branch === undefined ? {} : { branch: values.branch }),
                log: values.quiet ? () => undefined : (message) => context.stderr(`${message}\n`),
            });
        }
        catch (error) {
            if (error instanceof engine.ReleaseConfigError)
                throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(error.message);
            if (error instanceof engine.GitError)
                throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`not a usable git checkout: ${error.message}`);
            throw error;
        }
        const plan = engine.planRelease(analysis, { owner: remote?.owner ?? 'OWNER', repo: remote?.repo ?? 'REPO' });
        const report = format === 'json'
            ? `${JSON.stringify(engine.toJson(analysis, plan), null, 2)}\n`
            : format === 'markdown'
                ? engine.toMarkdown(analysis, plan, { title: 'Release plan', verb: 'would release', showCalls: true })
                : engine.toText(analysis, plan);
        if (values.output)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, values.output), report);
        else if (!values.quiet || format !== 'text')
            context.stdout(report);
        return _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
    },
};


/***/ })

};
