export const id = 942;
export const ids = [942];
export const modules = {

/***/ 5942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8835);
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
${_command_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMON_USAGE */ .yo}`;
const command = {
    name: 'deploy',
    summary: 'blue-green, canary or direct deploy with verified rollback (--config FILE)',
    usage: USAGE,
    async run(args, context) {
        const { values } = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)(args, {
            config: { type: 'string' },
            strategy: { type: 'string' },
            action: { type: 'string' },
            version: { type: 'string' },
        });
        if (values.help) {
            context.stdout(USAGE);
            return _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
        }
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFormat */ .KA)(values.format, ['text', 'json', 'markdown']);
        if (!values.config)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('--config: a deploy configuration file is required (for example: --config deploy.yml)');
        const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, values.cwd ?? '.');
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, values.config);
        let text;
        try {
            text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
        }
        catch (error) {
            throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--config: cannot read ${values.config}: ${error.message}`);
        }
        const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        let raw;
        try {
            raw = parse(text);
        }
        catch (error) {
            throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--config: ${values.config} is not valid YAML: ${error.message.split('\n')[0]}`);
        }
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--config: ${values.config} must be a mapping of settings`);
        const config = { ...raw };
        if (values.strategy)
            config.strategy = values.strategy;
        if (values.action)
            config.action = values.action;
        if (values.version)
            config.version = values.version;
        const { prepareEngine, DeployFailure, LockedError } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(752), __webpack_require__.e(633), __webpack_require__.e(69)]).then(__webpack_require__.bind(__webpack_require__, 9069));
        const log = (message) => {
            if (!values.quiet && format === 'text')
                context.stderr(`${message}\n`);
        };
        const { engine, config: parsed } = prepareEngine(config, {
            context: { cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), defaultStateDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, '.deploy-state') },
            env: context.env,
            owner: `cli pid ${process.pid}`,
            logger: { info: log, warn: log },
        });
        let result;
        try {
            result = await engine.run();
        }
        catch (error) {
            if (error instanceof DeployFailure || error instanceof LockedError) {
                context.stderr(`devops-actions deploy: ${error.message}\n`);
                return _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.findings;
            }
            throw error;
        }
        const report = {
            status: result.status,
            version: result.version,
            previousVersion: result.previousVersion ?? null,
            rolledBack: result.rolledBack,
            servingVersion: result.servingVersion ?? null,
            noop: result.noop,
            reason: result.reason ?? null,
            rungs: result.rungs,
            timeline: result.timeline.map((e) => ({
                at: e.at,
                phase: e.phase,
                ...(e.weight === undefined ? {} : { weight: e.weight }),
                result: e.result,
                detail: e.detail,
                durationMs: e.durationMs,
            })),
        };
        let out;
        if (format === 'json')
            out = JSON.stringify(report, null, 2) + '\n';
        else if (format === 'markdown') {
            out = `## Deploy ${result.version} to ${parsed.environment}: ${result.status}\n\n| time | phase | weight | result | detail |\n| --- | --- | --- | --- | --- |\n${result.timeline
                .map((e) => `| ${e.at.slice(11, 19)} | ${e.phase} | ${e.weight ?? ''} | ${e.result} | ${(e.detail ?? '').replace(/\|/g, '\\|')} |`)
                .join('\n')}\n`;
        }
        else {
            out = `${result.status}: ${result.version}${result.previousVersion ? ` (previous ${result.previousVersion})` : ''}${result.noop ? ', already deployed' : ''}${result.reason && result.status !== 'promoted' ? `\n  ${result.reason}` : ''}\n`;
        }
        if (values.output)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, values.output), out);
        else if (!values.quiet || format !== 'text')
            context.stdout(out);
        const ok = result.status === 'promoted' || result.status === 'paused' || (parsed.action === 'rollback' && result.status === 'rolled-back');
        return ok ? _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.findings;
    },
};


/***/ })

};
