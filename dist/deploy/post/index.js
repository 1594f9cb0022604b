import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2936:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7667);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3865);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9343);
// The post step: runs after the job even when it was cancelled or the main step crashed or
// was killed. When the state file says a deploy is unfinished, it walks the rollback ladder
// back to the recorded previous version; otherwise it does nothing.



await (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(async () => {
    if ((0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu)('deploy-finished') !== 'false') {
        (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)('deploy: nothing to undo');
        return;
    }
    const inputs = (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .readInputs */ .Ko)(_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .spec */ .I.inputs);
    const rt = (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .runtime */ .fA)();
    const { prepareEngine, reportContext, toMarkdown } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(609), __nccwpck_require__.e(981)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7981));
    const { config, engine } = prepareEngine((0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .engineConfig */ .d0)(inputs), {
        context: { cwd: rt.workspace, defaultStateDir: rt.defaultStateDir },
        env: process.env,
        owner: rt.owner,
        logger: { info: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq, warn: (message) => (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)('warning', message) },
    });
    const result = await engine.recover();
    if (result === undefined) {
        (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)('deploy: the deploy had finished; nothing to undo');
        return;
    }
    const deploymentId = Number((0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu)('github-deployment-id'));
    if (deploymentId > 0 && inputs['github-deployment'] !== 'off') {
        const { createGitHubClient, readGitHubContext } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 7667));
        const context = readGitHubContext();
        const deployments = new _shared_js__WEBPACK_IMPORTED_MODULE_2__/* .Deployments */ .DS(await createGitHubClient(inputs['github-token']), `${context.owner}/${context.repo}`, deploymentId);
        if (result.status === 'rolled-back') {
            await deployments.status('failure', `interrupted, rolled back: ${result.reason ?? ''}`);
            if (result.servingVersion)
                await deployments.restored(context.sha || context.ref, config.environment, result.servingVersion, config.publicUrl);
        }
        else {
            await deployments.status('error', `interrupted and the rollback failed: ${result.rungs.map((r) => r.rung).join(', ')}`);
        }
        await deployments.settled();
    }
    await (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .writeSummary */ .Sy)(toMarkdown(result, reportContext(config, { action: 'recover' })));
    if (result.status === 'rolled-back')
        (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)('warning', `the interrupted deploy of ${result.version} was rolled back: ${result.servingVersion ?? ''} serves ${config.environment}`);
    else {
        (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)('error', `the interrupted deploy of ${result.version} could not be rolled back: ${result.reason ?? ''}`);
        process.exitCode = 1;
    }
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9343:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DS: () => (/* binding */ Deployments),
/* harmony export */   d0: () => (/* binding */ engineConfig),
/* harmony export */   fA: () => (/* binding */ runtime)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7667);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3865);
// What the main step and the post step share: the engine configuration from the inputs, and
// the GitHub deployment and its statuses.



const warn = (message) => (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .annotate */ .fz)('warning', message);
function engineConfig(inputs) {
    const raw = {};
    for (const [name, value] of Object.entries(inputs)) {
        if (_spec_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION_ONLY */ .C.has(name) || value === undefined || value === '')
            continue;
        raw[name] = String(value);
    }
    return raw;
}
function runtime(env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    return {
        workspace,
        // The job and runner too: legs of one matrix share the run and attempt, and each must hold the lock on its own.
        owner: `run ${env.GITHUB_RUN_ID ?? 'local'} attempt ${env.GITHUB_RUN_ATTEMPT ?? '1'}${env.GITHUB_JOB ? ` job ${env.GITHUB_JOB}` : ''}${env.RUNNER_NAME ? ` on ${env.RUNNER_NAME}` : ''}`,
        defaultStateDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(workspace, '.deploy-state'),
        temp: env.RUNNER_TEMP || workspace,
    };
}
/** GitHub Deployments: one deployment per deploy, statuses as it goes. Failures here never stop a deploy. */
class Deployments {
    client;
    owner;
    repo;
    chain = Promise.resolve();
    id;
    constructor(client, repository, id) {
        this.client = client;
        [this.owner, this.repo] = repository.split('/');
        this.id = id;
    }
    /** Before anything changes: a missing permission names the way to deploy without the record. */
    open(mode, options) {
        return (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .withPermission */ .IW)('deployments: write', () => this.openDeployment(mode, options), {
            reason: 'or set github-deployment: off to deploy without a GitHub deployment',
        });
    }
    async openDeployment(mode, options) {
        if (mode === 'use-existing') {
            const { data } = await this.client.rest.repos.listDeployments({
                owner: this.owner,
                repo: this.repo,
                environment: options.environment,
                sha: options.sha || undefined,
                per_page: 10,
            });
            const found = [...data].sort((a, b) => b.id - a.id)[0];
            if (found) {
                this.id = found.id;
                return found.id;
            }
            (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq)(`no deployment of ${options.environment} exists for ${options.sha || options.ref}; creating one`);
        }
        this.id = await this.create(options.sha || options.ref, options.environment, options.version, `deploy ${options.version}`);
        return this.id;
    }
    async create(ref, environment, version, description) {
        const response = await this.client.rest.repos.createDeployment({
            owner: this.owner,
            repo: this.repo,
            ref,
            environment,
            auto_merge: false,
            required_contexts: [],
            description: description.slice(0, 140),
            payload: { version },
            production_environment: environment === 'production' ? true : undefined,
        });
        if (response.status !== 201 || !('id' in response.data))
            throw new Error(`GitHub did not create the deployment: ${JSON.stringify(response.data)}`);
        return response.data.id;
    }
    status(state, description, environmentUrl, id = this.id) {
        if (id === undefined)
            return Promise.resolve();
        this.chain = this.chain
            .then(async () => {
            await this.client.rest.repos.createDeploymentStatus({
                owner: this.owner,
                repo: this.repo,
                deployment_id: id,
                state,
                description: description.slice(0, 140),
                environment_url: environmentUrl,
                auto_inactive: true,
            });
        })
            .catch((error) => warn(`could not record the deployment status ${state}: ${error.message}`));
        return this.chain;
    }
    /** After a rollback: a deployment for the restored version, marked success. */
    async restored(ref, environment, version, environmentUrl) {
        await this.chain;
        try {
            const { data } = await this.client.rest.repos.listDeployments({ owner: this.owner, repo: this.repo, environment, per_page: 30 });
            const earlier = data.find((d) => d.payload?.version === version);
            const id = await this.create(earlier?.sha ?? ref, environment, version, `restored ${version} by rollback`);
            await this.status('success', `${version} restored by rollback`, environmentUrl, id);
        }
        catch (error) {
            warn(`could not record the restored deployment: ${error.message}`);
        }
    }
    settled() {
        return this.chain;
    }
}


/***/ }),

/***/ 3865:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ ACTION_ONLY),
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7667);

// Values are handed to the deploy engine as written; it validates them all (with the same
// rules as the CLI's config file) before anything changes.
const spec = (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'deploy',
    description: 'Blue-green, canary and direct deploys with settle checks, automated analysis and a verified, automatic rollback.',
    post: true,
    inputs: {
        version: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'The version identity the new release reports (header, JSON field or body). Required to deploy.' }),
        adapter: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.requiredString({ description: 'Where to deploy: command, nginx, kubernetes, vercel, netlify, heroku or fly.' }),
        strategy: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'direct, blue-green or canary.', default: 'direct' }),
        action: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'deploy, rollback (fast path back to the previous version) or promote (finish a paused canary).', default: 'deploy' }),
        environment: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
            description: 'The environment name: the GitHub deployment environment and the name of the target lock and state.',
            default: 'production',
        }),
        url: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'The public URL users reach; checked after every traffic change and reported as environment-url.' }),
        'version-from': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({
            description: 'Where a running version reports its identity: header:NAME, json:PATH (a JSON path: version, $.build.version) or body. Required (fail closed).',
        }),
        'version-path': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'The path that reports the identity (default: health-path).' }),
        'health-path': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'The health check path.', default: '/healthz' }),
        steps: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'Canary traffic steps in percent, increasing and ending at 100.', default: '10,25,50,100' }),
        'settle-times': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
            description: 'How many answers in a row must come from the expected version before a step counts as settled.',
            default: '3',
        }),
        'settle-timeout': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'How long a traffic change may take to settle.', default: '60s' }),
        'ready-timeout': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'How long a started version may take to become ready.', default: '60s' }),
        'drain-delay': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'How long the previous version keeps running after the switch before it is stopped.', default: '5s' }),
        'keep-previous': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({
            description: 'Keep the previous version running for an instant rollback (blue-green default 30m; 0s stops it after drain-delay).',
        }),
        analysis: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'Analysis sources, a YAML list: smoke, http-json, prometheus, nginx-log.' }),
        'analysis-interval': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'Length of one analysis interval.', default: '30s' }),
        'analysis-count': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'Analysis intervals per traffic step.', default: '1' }),
        'min-requests': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'Fewer requests than this in an interval make it inconclusive.', default: '20' }),
        'max-error-rate': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'The highest error rate an interval may have and pass.', default: '1%' }),
        'failure-limit': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'Consecutive failing intervals that trigger a rollback.', default: '1' }),
        'on-inconclusive': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'What an inconclusive step does: pause, rollback or promote.', default: 'pause' }),
        'analysis-mode': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'enforce, or dry-run to report what analysis would have done without acting.', default: 'enforce' }),
        timeout: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'Total time the deploy may take before it is rolled back.', default: '30m' }),
        'step-timeout': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'Time one step may take before the deploy is rolled back.', default: '10m' }),
        lock: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'When another deploy holds the target: wait or fail.', default: 'wait' }),
        'lock-timeout': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'How long to wait for the target lock.', default: '10m' }),
        'lock-lease': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
            description: 'How long a held target lock (lock file, Kubernetes Lease) lasts without renewal: a deploy that died is taken over after it.',
            default: '2m',
        }),
        'state-dir': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'Where the state and lock files live (on the target host for own servers).' }),
        'on-rollback-failure': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'A command to run when every rollback rung failed.' }),
        'deploy-command': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'command adapter: deploys DEPLOY_VERSION.' }),
        'rollback-command': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'command adapter: rolls back to DEPLOY_VERSION (default: deploy-command).' }),
        'status-command': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'command adapter: prints the version deployed now.' }),
        'nginx-mode': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
            description: 'nginx adapter: reload (upstream file with weights) or socket (atomic unix-socket symlink swap, no reload).',
            default: 'reload',
        }),
        'nginx-slots': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'nginx adapter: the two slots, name=host:port or name=/path.sock.' }),
        'nginx-upstream-file': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'nginx adapter, reload mode: the upstream file nginx includes.' }),
        'nginx-upstream-name': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'nginx adapter: the upstream block name.', default: 'app' }),
        'nginx-live-socket': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'nginx adapter, socket mode: the socket path nginx proxies to.' }),
        'nginx-command': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'nginx adapter: how to run nginx (-t and -s reload are appended).', default: 'nginx' }),
        'start-command': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'nginx adapter: starts DEPLOY_VERSION in DEPLOY_SLOT at DEPLOY_ADDRESS.' }),
        'stop-command': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'nginx adapter: stops the version in DEPLOY_SLOT.' }),
        'kubectl-command': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'kubernetes adapter: how to run kubectl.', default: 'kubectl' }),
        'k8s-deployment': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'kubernetes adapter: the Deployment to update.' }),
        'k8s-container': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'kubernetes adapter: the container whose image changes (default: the Deployment name).' }),
        'k8s-image': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'kubernetes adapter: the image, with {version} where the version goes.' }),
        'k8s-namespace': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'kubernetes adapter: the namespace.' }),
        'k8s-context': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'kubernetes adapter: the kubeconfig context.' }),
        'k8s-service': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({
            description: "kubernetes adapter: the Service that takes user traffic. When set, each version runs in the Deployment <k8s-deployment>-blue or <k8s-deployment>-green, and a switch changes the Service's selector (blue-green).",
        }),
        'k8s-slot-label': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
            description: "kubernetes adapter, blue-green: the label in the Service's selector (and on each slot's pods) whose value, blue or green, names the live Deployment.",
            default: 'devops-actions.dev/slot',
        }),
        'k8s-preview-service': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({
            description: 'kubernetes adapter, blue-green: a Service the action points at the candidate, so it can be checked before it gets traffic.',
        }),
        'k8s-preview-url': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({
            description: 'kubernetes adapter, blue-green: the URL that reaches k8s-preview-service, where the candidate is checked before any traffic moves.',
        }),
        'k8s-lease': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({
            description: 'kubernetes adapter: the coordination.k8s.io Lease that keeps deploys to this target one at a time across runners (default: <k8s-deployment>-deploy; off for none).',
        }),
        'vercel-project': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({
            description: 'vercel adapter: the project (id or name). The API token is read from the VERCEL_TOKEN environment variable.',
        }),
        'vercel-deployment': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({
            description: 'vercel adapter: the deployment to promote (id or URL), built beforehand, e.g. by `vercel deploy --prebuilt --meta version=…`.',
        }),
        'vercel-team-id': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'vercel adapter: the team the project belongs to.' }),
        'vercel-version-key': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: "vercel adapter: the deployment's meta key that holds its version.", default: 'version' }),
        'vercel-api-url': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: "vercel adapter: the API's address.", default: 'https://api.vercel.com' }),
        'netlify-site': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({
            description: 'netlify adapter: the site (id, or its netlify.app domain). The API token is read from the NETLIFY_AUTH_TOKEN environment variable.',
        }),
        'netlify-deploy': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'netlify adapter: the deploy to publish (its id), built beforehand, e.g. by `netlify deploy --json`.' }),
        'netlify-version-from': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
            description: 'netlify adapter: the deploy field that holds its version: commit_ref (git deploys) or title (`netlify deploy --message`).',
            default: 'commit_ref',
        }),
        'netlify-api-url': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: "netlify adapter: the API's address.", default: 'https://api.netlify.com/api/v1' }),
        'heroku-app': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'heroku adapter: the app. The API key is read from the HEROKU_API_KEY environment variable.' }),
        'heroku-slug': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'heroku adapter: the slug to release (its id), built beforehand, e.g. by the Build API.' }),
        'heroku-api-url': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: "heroku adapter: the API's address.", default: 'https://api.heroku.com' }),
        'fly-app': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'fly adapter: the app. The token is read from the FLY_API_TOKEN environment variable.' }),
        'fly-image': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({
            description: 'fly adapter: the image, with {version} where the version goes (pushed beforehand, e.g. by `fly deploy --build-only --push`).',
        }),
        'fly-process-group': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: "fly adapter: only the Machines of this process group (default: all of the app's Machines)." }),
        'fly-api-url': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: "fly adapter: the Machines API's address.", default: 'https://api.machines.dev' }),
        'github-deployment': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.enum(['create', 'use-existing', 'off'], {
            description: 'Record a GitHub deployment: create, use-existing (the one an environment job made) or off.',
            default: 'create',
        }),
        'github-token': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'Token for the GitHub Deployments API.', default: '${{ github.token }}', secret: true }),
        'report-file': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'Where to write the JSON report (default: in RUNNER_TEMP).' }),
    },
    outputs: {
        status: 'promoted, rolled-back, paused or failed.',
        version: 'The version deployed (or rolled back to, for action: rollback).',
        'previous-version': 'The version that served before.',
        'deployment-id': 'The GitHub deployment id (or the engine deployment id when github-deployment is off).',
        'environment-url': 'The public URL checked.',
        'rolled-back': 'true when traffic was moved back.',
        'report-file': 'The JSON report.',
    },
});
/** Inputs that are the action's own, not part of the engine configuration. */
const ACTION_ONLY = new Set(['github-deployment', 'github-token', 'report-file']);


/***/ }),

/***/ 2087:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ ConfigurationError),
/* harmony export */   p: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/**
 * A problem with what the user configured (an input, a config file, a flag).
 * The entry prints its message as one clean error line, without a stack trace.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    /** The input, option or file the problem is in, e.g. `fail-on` or `.secret-scan.yml:12 rules[3].id`. */
    subject;
    problem;
    /** A value that would have been accepted. */
    example;
    /**
     * `plain`: the message is the problem alone, for problems that already say what they are about
     * (git's own refusal, a held lock, a usage line); `subject` still names the area.
     */
    constructor(subject, problem, example, options = {}) {
        super(options.plain ? problem : `${subject}: ${problem}${example === undefined ? '' : ` (for example: ${example})`}`);
        this.subject = subject;
        this.problem = problem;
        this.example = example;
    }
}
function isConfigurationError(error) {
    return error instanceof ConfigurationError;
}


/***/ }),

/***/ 5312:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ errors/* ConfigurationError */.j),
  C7: () => (/* reexport */ formatElapsed),
  R_: () => (/* reexport */ heading),
  p0: () => (/* reexport */ errors/* isConfigurationError */.p),
  p_: () => (/* reexport */ list),
  E9: () => (/* reexport */ values/* parseDuration */.E9),
  nL: () => (/* reexport */ values/* parseEnum */.nL),
  cG: () => (/* reexport */ values/* parseInteger */.cG),
  E1: () => (/* reexport */ values/* parseList */.E1),
  tp: () => (/* reexport */ table)
});

// UNUSED EXPORTS: Raw, badge, cell, code, details, parseBoolean, parseGlobList, parseJson, raw

// EXTERNAL MODULE: ./packages/toolkit/src/errors.ts
var errors = __nccwpck_require__(2087);
// EXTERNAL MODULE: ./packages/toolkit/src/values.ts
var values = __nccwpck_require__(6986);
;// CONCATENATED MODULE: ./packages/toolkit/src/markdown.ts
// Markdown building blocks shared by reports, job summaries and PR comments.
const BADGES = {
    passed: '✅ passed',
    failed: '❌ failed',
    warning: '⚠️ warning',
    neutral: '➖ neutral',
    skipped: '⏭️ skipped',
    running: '⏳ running',
};
function badge(status, label) {
    const text = BADGES[status];
    return label === undefined ? text : `${text.split(' ')[0] ?? ''} ${label}`;
}
function heading(text, level = 2) {
    return `${'#'.repeat(level)} ${text}\n`;
}
/** Escapes text for a Markdown table cell: pipes, newlines and HTML. */
function cell(value) {
    let text;
    if (value === undefined || value === null)
        text = '';
    else if (typeof value === 'string')
        text = value;
    else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        text = value.toString();
    else
        text = JSON.stringify(value);
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** A Markdown table. Cells are escaped unless marked raw with {@link raw}. */
function table(header, rows, align = []) {
    const rule = header.map((_, i) => ({ left: '---', right: '--:', center: ':-:' })[align[i] ?? 'left']);
    const line = (cells) => `| ${cells.map((c) => (c instanceof Raw ? c.text : cell(c))).join(' | ')} |`;
    return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
/** Marks text as already-formatted Markdown so a table leaves it alone. */
class Raw {
    text;
    constructor(text) {
        this.text = text;
    }
}
function raw(text) {
    return new Raw(text);
}
function details(label, content, open = false) {
    return `<details${open ? ' open' : ''}><summary>${cell(label)}</summary>\n\n${content}\n\n</details>\n`;
}
function code(text) {
    const fence = text.includes('`') ? '``' : '`';
    return `${fence}${text.replace(/\r?\n/g, ' ')}${fence}`;
}
function list(items) {
    return items.map((item) => `- ${item}`).join('\n') + '\n';
}

;// CONCATENATED MODULE: ./packages/toolkit/src/format.ts
// Numbers as people read them in logs and reports.
/** How long something took, for logs and reports: `840 ms`, `12.5 s`, `3 min 4 s`. */
function formatElapsed(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

;// CONCATENATED MODULE: ./packages/toolkit/src/index.ts
// The pure toolkit, shared by engines, the CLI and the action entries: errors, value parsers,
// Markdown building blocks and the annotations an engine asks for. No @actions/* import, no
// process.env. Heavier pure modules are subpaths, loaded by those who need them: `/config`
// (the YAML config reader), `/jsonpath`, `/sarif`. The runner glue for action entries is `/runner`.







/***/ }),

/***/ 7667:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fz: () => (/* reexport */ commands_annotate),
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  QP: () => (/* reexport */ defineAction),
  Gu: () => (/* reexport */ getState),
  pq: () => (/* reexport */ info),
  hF: () => (/* reexport */ input),
  readGitHubContext: () => (/* reexport */ readGitHubContext),
  Ko: () => (/* reexport */ readInputs),
  Cs: () => (/* reexport */ runAction),
  IW: () => (/* reexport */ github_withPermission),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: ANNOTATION_LIMIT, ConfigurationError, GITHUB_COMMENT_LIMIT, PermissionError, Raw, addPath, badge, capCommentBody, cell, code, debug, details, emitAnnotations, endGroup, exportVariable, formatCommand, formatElapsed, formatPermission, group, heading, inputVariable, isConfigurationError, isDebug, isPermissionError, isReadOnlyToken, issueCommand, list, maskSecret, omittedSentence, parseAcceptedPermissions, parseBoolean, parseDuration, parseEnum, parseGlobList, parseInteger, parseJson, parseList, parsePermission, raw, rawInput, readOnlyTokenReason, reportFailure, saveState, setOutput, setSecret, startGroup, stickyMarker, table, toPermissionError, upsertStickyComment

// EXTERNAL MODULE: ./packages/toolkit/src/index.ts + 2 modules
var src = __nccwpck_require__(5312);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/toolkit/src/runner/commands.ts
// The runner's workflow-command and file-command protocol, written by hand because
// importing @actions/core costs ~60 ms of start-up (it pulls in undici), and every
// action must be able to validate its inputs and exit within a few ms.
// See https://docs.github.com/actions/reference/workflow-commands-for-github-actions




function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
function issueCommand(command, properties, message) {
    process.stdout.write(formatCommand(command, properties, message) + external_node_os_.EOL);
}
function appendFileCommand(variable, line) {
    const file = process.env[variable];
    if (!file)
        return false;
    appendFileSync(file, line + EOL, 'utf8');
    return true;
}
function keyValue(key, value) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (key.includes(delimiter) || value.includes(delimiter))
        throw new Error(`value for ${key} contains the delimiter`);
    return `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}
function toText(value) {
    if (value === undefined || value === null)
        return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function setOutput(name, value) {
    if (!appendFileCommand('GITHUB_OUTPUT', keyValue(name, toText(value)))) {
        issueCommand('set-output', { name }, toText(value));
    }
}
function saveState(name, value) {
    if (!appendFileCommand('GITHUB_STATE', keyValue(name, toText(value)))) {
        issueCommand('save-state', { name }, toText(value));
    }
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
function exportVariable(name, value) {
    process.env[name] = toText(value);
    if (!appendFileCommand('GITHUB_ENV', keyValue(name, toText(value)))) {
        issueCommand('set-env', { name }, toText(value));
    }
}
function addPath(dir) {
    if (!appendFileCommand('GITHUB_PATH', dir))
        issueCommand('add-path', {}, dir);
    process.env.PATH = `${dir}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH ?? ''}`;
}
/** Registers a value with the runner's log masker. Multi-line values are masked line by line. */
function setSecret(value) {
    for (const line of value.split(/\r?\n/)) {
        if (line.trim() !== '')
            issueCommand('add-mask', {}, line);
    }
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function commands_annotate(level, message, props = {}) {
    issueCommand(level, { title: props.title, file: props.file, line: props.line, endLine: props.endLine, col: props.col, endColumn: props.endColumn }, message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/** Runs `work` inside a collapsible log group and logs how long it took. */
async function group(name, work) {
    const started = performance.now();
    startGroup(name);
    try {
        return await work();
    }
    finally {
        endGroup();
        info(`${name}: ${formatElapsed(performance.now() - started)}`);
    }
}

// EXTERNAL MODULE: ./packages/toolkit/src/errors.ts
var errors = __nccwpck_require__(2087);
// EXTERNAL MODULE: ./packages/toolkit/src/values.ts
var src_values = __nccwpck_require__(6986);
;// CONCATENATED MODULE: ./packages/toolkit/src/runner/mask.ts

/**
 * Masks a secret and the encodings it is commonly printed in (base64, base64url,
 * URL-encoded), so the runner hides it however a tool echoes it back.
 */
function maskSecret(value) {
    if (value.trim() === '')
        return;
    const variants = new Set([value, Buffer.from(value, 'utf8').toString('base64'), Buffer.from(value, 'utf8').toString('base64url'), encodeURIComponent(value)]);
    for (const variant of variants)
        setSecret(variant);
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/inputs.ts
// Typed input readers. Each action declares its inputs once as a spec; the entry reads
// them all up front, so a wrong value fails the step before anything has changed.



/** The environment variable the runner uses for an input (`fail-on` -> `INPUT_FAIL-ON`). */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function rawInput(name, env = process.env) {
    return (env[inputVariable(name)] ?? '').trim();
}
function spec(kind, options, read) {
    return { kind, description: options.description, required: options.required ?? false, default: options.default, secret: options.secret, read };
}
const input = {
    string: (o) => spec('string', o, (_n, raw) => raw),
    requiredString: (o) => spec('string', { ...o, required: true }, (name, raw) => {
        if (raw === '')
            throw new errors/* ConfigurationError */.j(name, 'is required and was not given', o.default ?? 'a value');
        return raw;
    }),
    /** An optional value: undefined when the input is empty. */
    optional: (o) => spec('string', o, (_n, raw) => (raw === '' ? undefined : raw)),
    boolean: (o) => spec('boolean', o, src_values/* parseBoolean */.yG),
    integer: (o) => spec('integer', o, (name, raw) => (0,src_values/* parseInteger */.cG)(name, raw, o)),
    duration: (o) => spec('duration', o, (name, raw) => (0,src_values/* parseDuration */.E9)(name, raw, o)),
    list: (o) => spec('list', o, (_n, raw) => (0,src_values/* parseList */.E1)(raw)),
    globs: (o) => spec('globs', o, src_values/* parseGlobList */.qv),
    enum: (values, o) => spec('enum', o, (name, raw) => (0,src_values/* parseEnum */.nL)(name, raw, values)),
    /** One of `values`, or undefined when the input is empty (another source, such as a config file, decides). */
    optionalEnum: (values, o) => spec('enum', o, (name, raw) => (raw === '' ? undefined : (0,src_values/* parseEnum */.nL)(name, raw, values))),
    json: (o) => spec('json', o, (name, raw) => (raw === '' ? undefined : (0,src_values/* parseJson */.qF)(name, raw))),
};
/**
 * Reads every declared input and masks those declared secret. Empty values fall back to the
 * declared default (the runner does this too, but tests and local runs may not). Throws the
 * first ConfigurationError.
 */
function readInputs(specs, env = process.env) {
    const values = {};
    for (const [name, declared] of Object.entries(specs)) {
        let raw = rawInput(name, env);
        if (raw === '' && declared.default !== undefined)
            raw = declared.default;
        if (raw === '' && declared.required)
            throw new errors/* ConfigurationError */.j(name, 'is required and was not given', declared.description);
        values[name] = declared.read(name, raw);
        // Declared secrets are masked before the action can print anything. An unexpanded
        // `${{ ... }}` default (local runs, tests) is not a secret.
        if (declared.secret && raw !== '' && !raw.startsWith('${{'))
            maskSecret(raw);
    }
    return values;
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/run.ts


/**
 * Runs an action's main function the way every entry should: a configuration problem
 * becomes one clean error line; anything else becomes a short error plus the stack in
 * the debug log. Either way the step fails (exit code 1); it never exits 0 after a failure.
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (error) {
        reportFailure(error);
        process.exitCode = 1;
    }
}
function reportFailure(error) {
    if ((0,errors/* isConfigurationError */.p)(error)) {
        commands_annotate('error', error.message);
        return;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    commands_annotate('error', `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}`);
    if (err.stack)
        debug(err.stack);
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/annotations.ts

/** GitHub shows at most this many annotations of each level per step; the rest are dropped silently. */
const ANNOTATION_LIMIT = 10;
const ORDER = { error: 0, warning: 1, notice: 2 };
/**
 * Emits annotations within GitHub's per-step limits, errors first, and returns how many
 * of each level were left out so the summary can say so.
 */
function emitAnnotations(annotations, limit = ANNOTATION_LIMIT) {
    const emitted = { error: 0, warning: 0, notice: 0 };
    const omitted = { error: 0, warning: 0, notice: 0 };
    const sorted = [...annotations].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
    for (const { level, message, ...props } of sorted) {
        if (emitted[level] < limit) {
            annotate(level, message, props);
            emitted[level]++;
        }
        else {
            omitted[level]++;
        }
    }
    return omitted;
}
/** A sentence for the summary about annotations GitHub could not show, or '' when none were left out. */
function omittedSentence(omitted) {
    const parts = Object.entries(omitted)
        .filter(([, count]) => count > 0)
        .map(([level, count]) => `${count} more ${level}${count === 1 ? '' : 's'}`);
    if (parts.length === 0)
        return '';
    return `GitHub shows ${ANNOTATION_LIMIT} annotations of each level per step: ${parts.join(', ')} were found and are listed in this summary only.`;
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/summary.ts
// The job summary: Markdown appended through core.summary, loaded only when there is a summary to write.
/** Appends Markdown to the job summary. No-op (returns false) outside a runner. */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return false;
    const { summary } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(811)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6811));
    await summary.addRaw(markdown).write();
    return true;
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/action-spec.ts
function defineAction(spec) {
    return spec;
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/github.ts
// The GitHub side of an action: the run's context (from GITHUB_* and the event file), an API
// client that retries server errors and rate limits, and errors that name the missing
// `permissions:` entry. @actions/github and the Octokit plugins are loaded on first use only.



function readEvent(path) {
    if (!path)
        return {};
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return {};
    }
    try {
        const parsed = JSON.parse(text);
        return parsed !== null && typeof parsed === 'object' ? parsed : {};
    }
    catch (error) {
        throw new Error(`the event payload at GITHUB_EVENT_PATH (${path}) is not valid JSON: ${error.message}`, { cause: error });
    }
}
/** Reads the run's context from the runner's GITHUB_* variables and the event payload file. */
function readGitHubContext(env = process.env) {
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const eventRepo = event.repository?.full_name ?? '';
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY || eventRepo).split('/');
    const context = {
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        owner,
        repo,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        event,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        runId: Number(env.GITHUB_RUN_ID ?? 0) || 0,
        runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1) || 1,
        actor: env.GITHUB_ACTOR ?? '',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
    };
    const pr = event.pull_request;
    if (pr && typeof pr.number === 'number') {
        const headRepo = pr.head?.repo?.full_name;
        const baseRepo = pr.base?.repo?.full_name ?? `${owner}/${repo}`;
        context.pullRequest = {
            number: pr.number,
            baseRef: pr.base?.ref ?? '',
            baseSha: pr.base?.sha ?? '',
            headRef: pr.head?.ref ?? '',
            headSha: pr.head?.sha ?? '',
            // A deleted fork has no head repository; it still came from outside.
            fork: !headRepo || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
        };
    }
    return context;
}
const READ_ONLY_PR_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);
/**
 * Why the run's GITHUB_TOKEN can only read, or undefined when it can write (as far as the
 * context tells): pull requests from forks and Dependabot's pull requests get a read-only token.
 */
function readOnlyTokenReason(context) {
    if (!READ_ONLY_PR_EVENTS.has(context.eventName))
        return undefined;
    if (context.pullRequest?.fork)
        return 'this pull request comes from a fork, so its GITHUB_TOKEN is read-only';
    if (context.actor === 'dependabot[bot]')
        return "Dependabot's pull requests get a read-only GITHUB_TOKEN";
    return undefined;
}
function isReadOnlyToken(context) {
    return readOnlyTokenReason(context) !== undefined;
}
/** Parses `contents: write`, `contents=write`, `pull_requests:write` or `checks` (write assumed). */
function parsePermission(text) {
    const m = /^\s*([A-Za-z_-]+)\s*(?:[:=]\s*(read|write|admin))?\s*$/.exec(text);
    if (!m?.[1])
        throw new Error(`not a permission: ${JSON.stringify(text)} (for example: contents: write)`);
    return { name: m[1].toLowerCase().replace(/_/g, '-'), level: m[2] === 'read' ? 'read' : 'write' };
}
function formatPermission(permission) {
    return `permissions: ${permission.name}: ${permission.level}`;
}
/** GitHub's `x-accepted-github-permissions` header: `contents=write` or `issues=write; pull_requests=write`. */
function parseAcceptedPermissions(header) {
    if (!header)
        return [];
    const out = [];
    for (const alternative of header.split(';')) {
        // An alternative may need several permissions at once (`a=read,b=write`); name the ones it needs.
        for (const part of alternative.split(',')) {
            if (!part.trim())
                continue;
            try {
                const permission = parsePermission(part);
                if (permission.name !== 'metadata' && !out.some((p) => p.name === permission.name && p.level === permission.level))
                    out.push(permission);
            }
            catch {
                // ignore what we cannot read
            }
        }
    }
    return out;
}
/** The job's GITHUB_TOKEN lacks a `permissions:` entry the action needs. */
class PermissionError extends Error {
    name = 'PermissionError';
    /** The entry to add (the first of `alternatives`). */
    permission;
    /** Every entry GitHub would accept instead. */
    alternatives;
    status;
    /** `METHOD /path` of the refused request, when known. */
    request;
    constructor(alternatives, options) {
        const [first = { name: 'contents', level: 'write' }, ...others] = alternatives;
        const or = others.map((p) => ` (or "${formatPermission(p)}")`).join('');
        const reason = options.reason ? ` (${options.reason})` : '';
        const request = options.request ? `; GitHub refused ${options.request}` : '';
        super(`the GITHUB_TOKEN lacks "${formatPermission(first)}"${or} — add it to the job (see README)${reason}${request}`, { cause: options.cause });
        this.permission = first;
        this.alternatives = [first, ...others];
        this.status = options.status;
        this.request = options.request;
    }
}
function isPermissionError(error) {
    return error instanceof PermissionError;
}
function asRequestError(error) {
    if (error === null || typeof error !== 'object')
        return undefined;
    const e = error;
    return typeof e.status === 'number' ? e : undefined;
}
function describeRequest(e) {
    if (!e.request?.method || !e.request.url)
        return undefined;
    try {
        return `${e.request.method} ${new URL(e.request.url).pathname}`;
    }
    catch {
        return `${e.request.method} ${e.request.url}`;
    }
}
function isRateLimit(e) {
    const headers = e.response?.headers ?? {};
    return String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(e.message);
}
const NOT_ACCESSIBLE = /Resource not accessible by (integration|personal access token)/i;
/** Turns GitHub's "Resource not accessible by integration" 403 into a PermissionError; other errors come back unchanged. */
function toPermissionError(error, expected, options = {}) {
    if (error instanceof PermissionError) {
        // Already mapped by the client: put the caller's entry first and add the reason.
        const wanted = expected === undefined ? undefined : typeof expected === 'string' ? parsePermission(expected) : expected;
        const match = wanted && error.alternatives.find((p) => p.name === wanted.name);
        if (!match && !options.reason)
            return error;
        const alternatives = match ? [match, ...error.alternatives.filter((p) => p !== match)] : error.alternatives;
        return new PermissionError(alternatives, { status: error.status, request: error.request, reason: options.reason, cause: error.cause });
    }
    const e = asRequestError(error);
    if (!e)
        return error;
    const denied = (e.status === 403 && !isRateLimit(e) && (expected !== undefined || NOT_ACCESSIBLE.test(e.message))) ||
        (e.status === 404 && options.notFoundMeansDenied === true);
    if (!denied)
        return error;
    const wanted = expected === undefined ? undefined : typeof expected === 'string' ? parsePermission(expected) : expected;
    const header = e.response?.headers?.['x-accepted-github-permissions'];
    const accepted = parseAcceptedPermissions(header === undefined ? undefined : String(header));
    let alternatives = accepted;
    if (wanted) {
        // The caller's entry first when GitHub accepts it (it is what the README documents).
        const match = accepted.find((p) => p.name === wanted.name);
        alternatives = accepted.length === 0 ? [wanted] : match ? [match, ...accepted.filter((p) => p !== match)] : accepted;
    }
    if (alternatives.length === 0)
        return error;
    return new PermissionError(alternatives, { status: e.status, request: describeRequest(e), reason: options.reason, cause: error });
}
/**
 * Runs an API call that needs `permission` (e.g. `contents: write`): a 403 becomes a
 * PermissionError naming the `permissions:` entry to add. A 404 does too with
 * `notFoundMeansDenied` (GitHub hides private resources from a token that may not see them).
 */
async function github_withPermission(permission, call, options = {}) {
    try {
        return await call();
    }
    catch (error) {
        throw toPermissionError(error, permission, options);
    }
}
let throttleGroups;
/**
 * An Octokit (from @actions/github) with retries on 5xx, 429 and rate limits, pointed at
 * GITHUB_API_URL. A 403 "Resource not accessible by integration" is thrown as a
 * PermissionError naming the missing `permissions:` entry.
 */
async function createGitHubClient(token, options = {}) {
    if (!token)
        throw new errors/* ConfigurationError */.j('github-token', 'is empty, so the GitHub API cannot be called', '${{ github.token }}');
    const env = options.env ?? process.env;
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(758)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1758)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9735)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6856)),
    ]);
    const retries = options.retries ?? 3;
    const unit = options.timeUnitMs ?? (Number(env.DEVOPS_ACTIONS_API_TIME_UNIT_MS) > 0 ? Number(env.DEVOPS_ACTIONS_API_TIME_UNIT_MS) : 1000);
    const maxWait = options.maxRateLimitWait ?? 300;
    const log = options.log ?? info;
    const baseUrl = (options.baseUrl ?? (env.GITHUB_API_URL || 'https://api.github.com')).replace(/\/+$/, '');
    let groups = {};
    if (unit !== 1000) {
        if (throttleGroups?.unit !== unit) {
            // @ts-expect-error -- bottleneck ships types for its full build only; the light build is the same API.
            const { default: Bottleneck } = (await __nccwpck_require__.e(/* import() */ 251).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3251, 23)));
            throttleGroups = {
                unit,
                write: new Bottleneck.Group({ maxConcurrent: 1, minTime: unit }),
                notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * unit }),
                search: new Bottleneck.Group({ maxConcurrent: 1, minTime: 2 * unit }),
            };
        }
        groups = { write: throttleGroups.write, notifications: throttleGroups.notifications, search: throttleGroups.search };
    }
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryAfter > maxWait) {
            log(`GitHub API ${kind} on ${request.method} ${request.url}: not waiting ${retryAfter} s (longer than ${maxWait} s)`);
            return false;
        }
        if (retryCount >= retries) {
            log(`GitHub API ${kind} on ${request.method} ${request.url}: giving up after ${retryCount} retries`);
            return false;
        }
        log(`GitHub API ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries})`);
        return true;
    };
    const client = getOctokit(token, {
        baseUrl,
        ...(options.userAgent ? { userAgent: options.userAgent } : { userAgent: 'devops-actions' }),
        // 429 and 403 rate limits are the throttling plugin's: it waits for Retry-After / the reset time.
        retry: { retries, retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            ...groups,
            retryAfterBaseValue: unit,
            fallbackSecondaryRateRetryAfter: 60,
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
        log: { debug: () => { }, info: () => { }, warn: (message) => log(message), error: (message) => log(message) },
    }, retry, throttling);
    // Registered last, so it wraps the plugins: it sees the error after every retry.
    client.hook.wrap('request', async (request, requestOptions) => {
        try {
            return await request(requestOptions);
        }
        catch (error) {
            throw toPermissionError(error);
        }
    });
    return client;
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/comment.ts
// One sticky comment per action on a pull request: found again by a hidden marker, updated in
// place on every run, never duplicated.

/** GitHub refuses a comment body longer than this many characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
function stickyMarker(marker) {
    if (!/^[A-Za-z0-9._:-]+$/.test(marker))
        throw new Error(`invalid sticky comment marker ${JSON.stringify(marker)}: use letters, digits, ".", "_", "-" or ":"`);
    return `<!-- devops-actions:${marker} -->`;
}
const DEFAULT_NOTE = '_The rest of this report did not fit in a comment (GitHub allows 65,536 characters); see the job summary for all of it._';
/** Keeps `text` at most `limit` characters long, cutting at a line end and closing an open code fence. */
function capCommentBody(text, limit = GITHUB_COMMENT_LIMIT, note = DEFAULT_NOTE) {
    if (text.length <= limit)
        return text;
    const suffix = `\n\n${note}`;
    const room = limit - suffix.length - 8; // 8: a closing fence, if one is needed
    let cut = text.slice(0, Math.max(room, 0));
    // Do not split a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    const lineEnd = cut.lastIndexOf('\n');
    if (lineEnd > room / 2)
        cut = cut.slice(0, lineEnd);
    const fences = cut.match(/^\s*(```|~~~)/gm)?.length ?? 0;
    if (fences % 2 === 1)
        cut += '\n```';
    return `${cut}${suffix}`;
}
function normalize(body) {
    return (body ?? '').replace(/\r\n/g, '\n').trimEnd();
}
/**
 * Creates our comment on a pull request, or updates it when it is already there (found by
 * its hidden marker across every page of comments). Nothing is written when the body has not
 * changed. Needs `pull-requests: write` (or `issues: write`).
 */
async function upsertStickyComment(client, options) {
    const { owner, repo, issueNumber } = options;
    const tag = stickyMarker(options.marker);
    const body = capCommentBody(`${tag}\n${options.body}`, GITHUB_COMMENT_LIMIT, options.truncationNote ?? DEFAULT_NOTE);
    const ours = [];
    await withPermission('pull-requests: read', async () => {
        for await (const page of client.paginate.iterator(client.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })) {
            for (const comment of page.data) {
                if (comment.body?.includes(tag))
                    ours.push({ id: comment.id, body: comment.body, url: comment.html_url });
            }
        }
    });
    const [existing, ...duplicates] = ours;
    for (const duplicate of duplicates) {
        await withPermission('pull-requests: write', () => client.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id }));
    }
    if (existing) {
        if (normalize(existing.body) === normalize(body))
            return { id: existing.id, url: existing.url, action: 'unchanged', removedDuplicates: duplicates.length };
        const { data } = await withPermission('pull-requests: write', () => client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }));
        return { id: data.id, url: data.html_url, action: 'updated', removedDuplicates: duplicates.length };
    }
    const { data } = await withPermission('pull-requests: write', () => client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body }));
    return { id: data.id, url: data.html_url, action: 'created', removedDuplicates: 0 };
}

;// CONCATENATED MODULE: ./packages/toolkit/src/runner/index.ts
// The runner glue, for the action entries only: the pure toolkit plus the workflow-command
// protocol, typed inputs, the entry wrapper, masking, annotations, the job summary, the
// GitHub API client and sticky comments. Everything here is cheap to import: heavy modules
// (@actions/core for the summary writer, @actions/github for the API client) are loaded on
// first use, so an action can validate its inputs and exit fast.












/***/ }),

/***/ 6986:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   qF: () => (/* binding */ parseJson),
/* harmony export */   qv: () => (/* binding */ parseGlobList),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2087);
// Value parsers shared by action inputs, CLI options and config files: each throws a
// ConfigurationError naming the subject, what was wrong and a value that would do.

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function parseBoolean(name, raw) {
    if (TRUE.includes(raw))
        return true;
    if (FALSE.includes(raw))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `"${raw}" is not a boolean; use true or false (YAML 1.2: true, True, TRUE, false, False, FALSE)`, 'true');
}
function parseInteger(name, raw, range = {}) {
    const example = String(range.min !== undefined && range.min > 0 ? range.min : (range.max ?? 10));
    if (!/^[-+]?\d+$/.test(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `"${raw}" is not a whole number`, example);
    const value = Number(raw);
    if (!Number.isSafeInteger(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `"${raw}" is too large`, example);
    if (range.min !== undefined && value < range.min)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `${value} is below the minimum of ${range.min}`, String(range.min));
    if (range.max !== undefined && value > range.max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `${value} is above the maximum of ${range.max}`, String(range.max));
    return value;
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Parses `500ms`, `90s`, `5m`, `1h30m`, `1d` into milliseconds. A bare number is refused: the unit must be said. */
function parseDuration(name, raw, range = {}) {
    const text = raw.replace(/\s+/g, '');
    const parts = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/.test(text) ? [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)] : [];
    if (parts.length === 0) {
        const hint = /^\d+(\.\d+)?$/.test(text) ? `a unit is required (ms, s, m, h or d)` : `"${raw}" is not a duration`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, hint, '90s, 5m or 1h30m');
    }
    const ms = parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * (DURATION_UNITS[unit ?? 's'] ?? 0), 0);
    if (range.minMs !== undefined && ms < range.minMs)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `${raw} is shorter than the minimum of ${range.minMs} ms`, '90s');
    if (range.maxMs !== undefined && ms > range.maxMs)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `${raw} is longer than the maximum of ${range.maxMs} ms`, '5m');
    return Math.round(ms);
}
/** Splits a newline- or comma-separated list; blank entries and surrounding spaces are dropped. */
function parseList(raw) {
    return raw
        .split(/\r?\n|,/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function parseEnum(name, raw, values) {
    if (values.includes(raw))
        return raw;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `"${raw}" is not one of ${values.join(', ')}`, values[0]);
}
/** A list of glob patterns, one per line (commas are part of brace patterns, so only newlines split). */
function parseGlobList(name, raw) {
    const patterns = raw
        .split(/\r?\n/)
        .map((item) => item.trim())
        .filter((item) => item !== '' && !item.startsWith('#'));
    for (const pattern of patterns) {
        let depth = 0;
        for (const char of pattern.replace(/\\./g, '')) {
            if (char === '{' || char === '[')
                depth++;
            if (char === '}' || char === ']')
                depth--;
            if (depth < 0)
                break;
        }
        if (depth !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `the pattern "${pattern}" has unbalanced brackets or braces`, 'coverage/**/lcov.info');
        if (pattern === '!')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `"!" alone negates nothing`, '!**/vendor/**');
    }
    return patterns;
}
function parseJson(name, raw) {
    try {
        return JSON.parse(raw);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(name, `not valid JSON: ${error.message}`, '{"name": "bundle-size", "max": 250000}');
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2936);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
