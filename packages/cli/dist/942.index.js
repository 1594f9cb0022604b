export const id = 942;
export const ids = [942];
export const modules = {

/***/ 5942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8835);
// `devops-actions deploy --config FILE`: the deploy action's engine from a local config file
// (YAML, the action's input names as keys), with the same state file, lock and rollback.


const USAGE = `Usage: devops-actions deploy --config FILE [--strategy direct|blue-green|canary] [--action deploy|rollback|promote] [--version V]

Deploys with the configuration in FILE (YAML; keys are the deploy action's inputs, e.g.
adapter, version, url, version-from, nginx-slots, analysis). Exit code 0 when promoted (or rolled
back on request), 1 when the deploy was rolled back or failed, 2 for a configuration error.

Options:
  --config FILE      the deploy configuration (required)
  --strategy NAME    overrides strategy in FILE
  --action NAME      deploy (default), rollback or promote
  --version V        overrides version in FILE
${_command_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMON_USAGE */ .yo}`;
const command = {
    name: 'deploy',
    summary: 'blue-green, canary or direct deploy with verified rollback (--config FILE)',
    usage: USAGE,
    async run(args, context) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)(args, {
            config: { type: 'string' },
            strategy: { type: 'string' },
            action: { type: 'string' },
            version: { type: 'string' },
        });
        if (values.help) {
            context.stdout(USAGE);
            return _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok;
        }
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFormat */ .KA)(values.format, ['text', 'json', 'markdown']);
        if (!values.config)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('--config: a deploy configuration file is required (for example: --config deploy.yml)');
        const cwd = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .workDir */ .Hg)(context, values.cwd);
        const { readConfigFile } = await __webpack_require__.e(/* import() */ 574).then(__webpack_require__.bind(__webpack_require__, 1574));
        const file = readConfigFile(cwd, values.config, 'deploy.yml', '--config');
        const deploy = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(752), __webpack_require__.e(773), __webpack_require__.e(33)]).then(__webpack_require__.bind(__webpack_require__, 311));
        const settings = deploy.readConfigFileSettings(file.text, values.config, { strategy: values.strategy, action: values.action, version: values.version });
        const log = (message) => {
            if (!values.quiet && format === 'text')
                context.stderr(`${message}\n`);
        };
        const { engine, config } = deploy.prepareEngine(settings.raw, {
            // Paths in the file are relative to the file.
            context: { cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file.path), defaultStateDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(cwd, '.deploy-state'), locate: settings.locate },
            env: context.env,
            owner: `cli pid ${process.pid}`,
            logger: { info: log, warn: log },
        });
        let result;
        try {
            result = await engine.run();
        }
        catch (error) {
            // A deploy that could not be done (the target held, nothing to roll back) is a failed deploy: exit 1.
            if (error instanceof deploy.DeployFailure || error instanceof deploy.LockedError) {
                context.stderr(`devops-actions deploy: ${error.message}\n`);
                return _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.findings;
            }
            throw error;
        }
        const report = deploy.reportContext(config);
        const text = format === 'json'
            ? JSON.stringify(deploy.toJson(result, report), null, 2) + '\n'
            : format === 'markdown'
                ? deploy.toMarkdown(result, report)
                : deploy.toText(result);
        (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .emitReport */ .Kk)(context, { cwd, output: values.output, quiet: values.quiet, format }, text);
        return deploy.succeeded(result, config.action) ? _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.findings;
    },
};


/***/ })

};
