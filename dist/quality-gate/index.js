import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 62476:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(87667);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(14441);





function runStep(command, cwd) {
    const started = performance.now();
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .startGroup */ .Oh)(`Run ${command}`);
    return new Promise((resolvePromise) => {
        // The commands are the workflow author's own (like a `run:` step), so they run in bash.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
        const done = (exitCode) => {
            (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .endGroup */ .N4)();
            resolvePromise({ command, exitCode, elapsed: (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .formatElapsed */ .C7)(performance.now() - started) });
        };
        child.on('error', () => done(127));
        child.on('close', (code) => done(code ?? 1));
    });
}
await (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .runAction */ .Cs)(async () => {
    const inputs = (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .readInputs */ .Ko)(_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .spec */ .I.inputs);
    if (inputs['github-token'])
        (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .setSecret */ .Pq)(inputs['github-token']);
    const context = (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .readGitHubContext */ .L7)();
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(context.workspace);
    const temp = process.env.RUNNER_TEMP || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cwd, '..');
    const steps = [];
    const commands = inputs.run
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    const cacheNotes = [];
    const deps = commands.length > 0 && inputs['dependency-cache'] ? await __nccwpck_require__.e(/* import() */ 132).then(__nccwpck_require__.bind(__nccwpck_require__, 43132)) : undefined;
    const plans = deps ? deps.planDependencyCache(cwd) : [];
    const restored = deps ? await deps.restoreDependencies(plans, (line) => ((0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(line), cacheNotes.push(line))) : { results: [] };
    for (const command of commands) {
        const step = await runStep(command, cwd);
        (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`${command}: exit ${step.exitCode} after ${step.elapsed}`);
        steps.push(step);
    }
    if (deps)
        await deps.saveDependencies(restored.cache, plans, restored.results, (line) => ((0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(line), cacheNotes.push(line)));
    const engine = await Promise.all(/* import() */[__nccwpck_require__.e(608), __nccwpck_require__.e(303)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49303));
    const { actionsCacheStore } = await Promise.all(/* import() */[__nccwpck_require__.e(608), __nccwpck_require__.e(303), __nccwpck_require__.e(26)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65026));
    const artifacts = await Promise.all(/* import() */[__nccwpck_require__.e(608), __nccwpck_require__.e(303), __nccwpck_require__.e(663)]).then(__nccwpck_require__.bind(__nccwpck_require__, 19663));
    // The cache is fast but evicts; artifacts (90 days) are the durable fallback.
    const store = inputs['baseline-dir']
        ? new engine.DirectoryBaselineStore((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, inputs['baseline-dir']))
        : inputs.baseline === 'cache'
            ? inputs['baseline-artifact']
                ? artifacts.fallbackStore(actionsCacheStore(temp, _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq), artifacts.artifactBaselineStore({ token: inputs['github-token'], owner: context.owner, repo: context.repo, tempDir: temp, log: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq }))
                : actionsCacheStore(temp, _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)
            : undefined;
    const pr = context.pullRequest;
    const base = inputs['base-ref'] ? { ref: inputs['base-ref'] } : pr ? { sha: pr.baseSha, branch: pr.baseRef } : undefined;
    const result = await (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .group */ .Os)('Quality gate', () => engine.runGate({
        cwd,
        coverage: inputs.coverage,
        tests: inputs.tests,
        findings: inputs.findings,
        metrics: inputs.metrics,
        stripPrefixes: inputs['strip-prefixes'],
        ifNoReports: inputs['if-no-reports'],
        base,
        baselineStore: store,
        maxBaselineWalk: inputs['max-baseline-walk'],
        informational: inputs.informational,
        log: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq,
        config: {
            patchCoverage: { level: inputs['patch-coverage-level'], min: inputs['patch-coverage'] ?? 80, minChangedLines: inputs['min-changed-lines'] },
            projectCoverage: { level: inputs['project-coverage-level'], min: inputs['project-coverage'] },
            coverageDelta: { level: inputs['coverage-delta-level'], tolerance: inputs['coverage-delta-tolerance'] ?? 0.5 },
            tests: { level: inputs['tests-level'], maxSkipped: inputs['max-skipped'] },
            newFindings: { level: inputs['new-findings-level'], severity: inputs['findings-severity'] },
            changedLineFindings: { level: inputs['changed-line-findings-level'], severity: 'error' },
            metrics: { level: inputs['metrics-level'], thresholds: inputs['metric-thresholds'] },
        },
    }));
    const passed = result.passed && steps.every((s) => s.exitCode === 0);
    // The report file: the CLI's JSON shape plus details; on fork pull requests it is what the companion workflow reads.
    const reportFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, inputs['report-path'] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(temp, 'quality-gate-report.json'));
    const notes = [];
    const readOnly = (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .readOnlyTokenReason */ .WW)(context);
    const links = { serverUrl: context.serverUrl, owner: context.owner, repo: context.repo, pullNumber: pr?.number, headSha: pr?.headSha || context.sha };
    const commentBody = engine.toMarkdown(result, { limit: 25, links });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(reportFile), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(reportFile, JSON.stringify(engine.toJson(result, { passed, pullRequest: pr?.number, comment: commentBody }), null, 2));
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('passed', passed);
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('patch-coverage', result.coverage?.patch?.pct ?? '');
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('project-coverage', result.coverage?.project.pct ?? '');
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('coverage-delta', result.coverage?.delta ?? '');
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('tests-failed', result.tests?.failed ?? 0);
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('new-findings', result.findings?.new.length ?? 0);
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('report-file', reportFile);
    // The baseline of this commit, for pull requests to compare with.
    const defaultBranch = context.event.repository?.default_branch;
    const onDefaultBranch = context.eventName === 'push' && defaultBranch !== undefined && context.ref === `refs/heads/${defaultBranch}`;
    if (store && (inputs['save-baseline'] === 'always' || (inputs['save-baseline'] === 'auto' && onDefaultBranch))) {
        try {
            await store.save(result.baseline);
            notes.push(`Saved the baseline of \`${result.head.slice(0, 12)}\` in ${store.description}.`);
            (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`Saved the baseline of ${result.head} in ${store.description}`);
        }
        catch (error) {
            if (error instanceof artifacts.PartialSaveError) {
                notes.push(`Saved the baseline of \`${result.head.slice(0, 12)}\`, but not in ${error.message}.`);
                (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .annotate */ .fz)('warning', `quality-gate: the baseline of ${result.head.slice(0, 12)} was not saved in ${error.message}`);
            }
            else {
                notes.push(`Could not save the baseline: ${error.message}.`);
                (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .annotate */ .fz)('warning', `quality-gate: could not save the baseline of ${result.head.slice(0, 12)}: ${error.message}`);
            }
        }
    }
    if (inputs.annotations) {
        const omitted = (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .emitAnnotations */ .KI)(engine.toAnnotations(result));
        const sentence = (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .omittedSentence */ .WK)(omitted);
        if (sentence)
            notes.push(sentence);
    }
    // The report as an artifact: on a fork's pull request it is how the comment gets posted.
    const cannotComment = Boolean(pr && inputs.comment && readOnly);
    let artifactId = '';
    if (inputs['upload-report'] === 'always' || (inputs['upload-report'] === 'auto' && cannotComment)) {
        const uploaded = await artifacts.uploadReport(inputs['report-artifact'], reportFile, _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq);
        if (uploaded.id !== undefined)
            artifactId = String(uploaded.id);
        notes.push(uploaded.note);
    }
    (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH)('report-artifact-id', artifactId);
    if (pr && inputs.comment) {
        if (readOnly) {
            notes.push(`No pull request comment: ${readOnly}. ${artifactId ? `The report is in the artifact \`${inputs['report-artifact']}\`` : `The report is in \`${reportFile}\``}: the companion \`workflow_run\` workflow posts it (see the README).`);
            (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`Not commenting: ${readOnly}. Report written to ${reportFile}`);
        }
        else if (inputs['github-token']) {
            const { createGitHubClient, upsertStickyComment } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 87667));
            const client = await createGitHubClient(inputs['github-token']);
            const comment = await upsertStickyComment(client, {
                owner: context.owner,
                repo: context.repo,
                issueNumber: pr.number,
                marker: 'quality-gate',
                body: commentBody,
            });
            (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`Pull request comment ${comment.action}: ${comment.url}`);
        }
    }
    notes.push(...cacheNotes);
    await (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)(engine.toMarkdown(result, { limit: 50, links, summary: { steps, notes } }));
    if (!passed) {
        const reasons = engine.failureReasons(result, steps);
        if (inputs.informational)
            (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)(`Quality gate failed (informational, the step passes): ${reasons.join('; ')}`);
        else {
            (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .annotate */ .fz)('error', `Quality gate failed: ${reasons.join('; ')}`);
            process.exitCode = 1;
        }
    }
    else
        (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq)('Quality gate passed');
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 14441:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ spec)
/* harmony export */ });
/* harmony import */ var _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(87667);
/* harmony import */ var _devops_actions_quality_thresholds__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(89849);


const LEVELS = ['error', 'warning', 'off'];
function level(description, fallback) {
    return _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.enum(LEVELS, { description: `${description} One of error, warning, off.`, default: fallback });
}
function percent(description, options) {
    const read = (name, raw) => (raw === '' && options.optional ? undefined : (0,_devops_actions_quality_thresholds__WEBPACK_IMPORTED_MODULE_1__/* .parsePercent */ .lo)(name, raw));
    return { kind: 'percent', description, required: false, default: options.default, read };
}
const spec = (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'quality-gate',
    description: 'One verdict on coverage, tests and findings for what the pull request changes, computed locally against the real merge base.',
    inputs: {
        coverage: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.globs({
            description: 'Coverage reports, one glob per line (LCOV, Cobertura, Clover, JaCoCo, Istanbul JSON, Go coverprofile; recognised by content, several merged). `!pattern` excludes.',
        }),
        tests: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.globs({ description: 'Test reports (JUnit XML: Jest, Vitest, pytest, Maven Surefire, gotestsum), one glob per line.' }),
        findings: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.globs({ description: 'Findings (SARIF 2.1.0, ESLint JSON, checkstyle XML), one glob per line.' }),
        metrics: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.globs({ description: 'Custom metric files: JSON `{"name": "bundle-size", "value": 231337}` or an array of them, one glob per line.' }),
        'dependency-cache': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({
            description: 'Around the run commands, restore and save the package manager download cache (npm, pnpm, yarn, Go, pip, Cargo, Maven, Gradle), keyed on the lockfile, through the Actions cache.',
            default: 'true',
        }),
        run: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
            description: 'Commands to run first (lint, typecheck, tests with coverage), one per line; each runs in bash, is timed and shown as a step in the summary. A failing command fails the gate after the reports are read.',
        }),
        'patch-coverage': percent('Minimum coverage of the coverable lines the pull request changes, written with a % sign.', { default: '80%' }),
        'patch-coverage-level': level('What a patch coverage below the minimum does.', 'error'),
        'min-changed-lines': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.integer({ description: 'Below this many coverable changed lines, patch coverage is neutral.', default: '5', min: 0 }),
        'project-coverage': percent('Optional floor for the coverage of the whole project, e.g. 70%.', { optional: true }),
        'project-coverage-level': level('What a project coverage below the floor does.', 'error'),
        'coverage-delta-tolerance': percent('How many percentage points the project coverage may drop against the base baseline, e.g. 0.5%.', { default: '0.5%' }),
        'coverage-delta-level': level('What a larger drop does.', 'warning'),
        'tests-level': level('What failed tests, or no tests at all, do.', 'error'),
        'max-skipped': {
            kind: 'integer',
            description: 'Optional: at most this many skipped tests.',
            required: false,
            default: undefined,
            read: (name, raw) => (raw === '' ? undefined : (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .parseInteger */ .cG)(name, raw, { min: 0 })),
        },
        'new-findings-level': level('What findings absent from the base baseline do (existing ones never block).', 'error'),
        'findings-severity': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.enum(['error', 'warning', 'note'], {
            description: 'The lowest severity counted as a new finding: error, warning or note.',
            default: 'warning',
        }),
        'changed-line-findings-level': level('What findings of severity error on changed lines (new or not) do.', 'warning'),
        'metric-thresholds': {
            kind: 'list',
            description: 'Thresholds for custom metrics, one per line: `<name> <op> <number>` with <, <=, >, >= or ==, e.g. `bundle-size <= 250000`.',
            required: false,
            default: undefined,
            read: (name, raw) => (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .parseList */ .E1)(raw.replace(/,/g, '\n')).map((line) => (0,_devops_actions_quality_thresholds__WEBPACK_IMPORTED_MODULE_1__/* .parseMetricThreshold */ .hx)(name, line)),
        },
        'metrics-level': level('What a metric outside its threshold does.', 'error'),
        informational: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ description: 'Trial mode: report every condition but never fail the step.', default: 'false' }),
        'if-no-reports': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.enum(['error', 'neutral'], {
            description: 'When a pattern matches no file: error (fail the step) or neutral (say so and skip the conditions it feeds).',
            default: 'error',
        }),
        'strip-prefixes': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.list({
            description: 'Path prefixes to remove from report paths before matching them to files (e.g. /app/ from a container build), one per line.',
        }),
        'base-ref': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: "The base to compare with. Default: the pull request's base commit; on other events there is no base." }),
        baseline: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.enum(['cache', 'off'], { description: 'Where base baselines live: cache (the Actions cache) or off.', default: 'cache' }),
        'baseline-artifact': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({
            description: 'With baseline: cache, also keep each baseline as a workflow artifact (90 days) and look there when the cache has none; finding them needs actions: read.',
            default: 'true',
        }),
        'baseline-dir': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({
            description: 'Keep baselines in this directory instead of the Actions cache (self-hosted runners with a persistent disk).',
        }),
        'save-baseline': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.enum(['auto', 'always', 'never'], {
            description: "When to save this commit's baseline: auto (pushes to the default branch), always or never.",
            default: 'auto',
        }),
        'max-baseline-walk': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.integer({
            description: 'When the merge base has no baseline, how many first-parent commits before it may stand in.',
            default: '20',
            min: 0,
            max: 500,
        }),
        comment: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ description: 'Post or update one sticky comment on the pull request.', default: 'true' }),
        annotations: _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({
            description: 'Annotate changed lines that are uncovered or have new findings, and failed (and flaky) tests, on their line where the report gives it.',
            default: 'true',
        }),
        'report-path': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.optional({ description: 'Where to write the JSON report. Default: quality-gate-report.json in RUNNER_TEMP.' }),
        'upload-report': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.enum(['auto', 'always', 'never'], {
            description: "Upload the JSON report as a workflow artifact: auto (when the pull request comment cannot be posted, as on a fork's pull request, for the companion workflow to post it), always or never.",
            default: 'auto',
        }),
        'report-artifact': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
            description: 'Name of the report artifact (the companion workflow downloads it by this name).',
            default: 'quality-gate-report',
        }),
        'github-token': _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ description: 'Token for the pull request comment.', default: '${{ github.token }}', secret: true }),
    },
    outputs: {
        passed: '`true` when every condition at level error passed (also in informational mode, where the step never fails).',
        'patch-coverage': 'Coverage of the changed coverable lines in percent (e.g. `83.33`), empty when there is no base or coverage.',
        'project-coverage': 'Coverage of the whole project in percent, empty without coverage reports.',
        'coverage-delta': 'Project coverage minus the base baseline, in percentage points (e.g. `-0.42`), empty without a baseline.',
        'tests-failed': 'How many tests failed (flaky ones that passed on retry excluded).',
        'new-findings': 'How many findings are new against the base.',
        'report-file': 'Path of the JSON report (the CLI shape plus details).',
        'report-artifact-id': 'ID of the uploaded report artifact, empty when none was uploaded.',
    },
});


/***/ }),

/***/ 89849:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M2: () => (/* binding */ ThresholdError),
/* harmony export */   MN: () => (/* binding */ compareMetric),
/* harmony export */   hx: () => (/* binding */ parseMetricThreshold),
/* harmony export */   lo: () => (/* binding */ parsePercent)
/* harmony export */ });
/* harmony import */ var _devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(99991);
// One written form for every percentage: `80%`. `80` and `0.8` are refused with the right spelling.

/** A threshold written wrong: a user error naming the input or option and a value that works. */
class ThresholdError extends _devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    name = 'ThresholdError';
}
function parsePercent(subject, raw, options = {}) {
    const text = raw.trim();
    const match = /^([-+]?\d+(?:\.\d+)?)\s*%$/.exec(text);
    if (match) {
        const value = Number(match[1]);
        if (value < 0 && !options.allowNegative)
            throw new ThresholdError(subject, `"${raw}" is negative; write the amount without a sign`, `${-value}%`);
        if (value > 100)
            throw new ThresholdError(subject, `"${raw}" is above 100%`, '80%');
        return value;
    }
    if (/^[-+]?\d+(?:\.\d+)?$/.test(text)) {
        const value = Number(text);
        const suggestion = Math.abs(value) > 0 && Math.abs(value) <= 1 && text.includes('.') ? `${Math.round(value * 10000) / 100}%` : `${text}%`;
        throw new ThresholdError(subject, `"${raw}" has no % sign; percentages are written with one: ${suggestion}`, suggestion);
    }
    throw new ThresholdError(subject, `"${raw}" is not a percentage`, '80%');
}
/** `bundle-size <= 250000`, `ops-per-second >= 1200`, one per line. */
function parseMetricThreshold(subject, line) {
    const match = /^\s*([\w.:/-]+)\s*(<=|>=|==|<|>)\s*([-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*$/i.exec(line);
    if (!match)
        throw new ThresholdError(subject, `"${line}" is not "<metric> <operator> <number>"`, 'bundle-size <= 250000');
    return { name: match[1] ?? '', operator: match[2], value: Number(match[3]) };
}
function compareMetric(value, threshold) {
    switch (threshold.operator) {
        case '<':
            return value < threshold.value;
        case '<=':
            return value <= threshold.value;
        case '>':
            return value > threshold.value;
        case '>=':
            return value >= threshold.value;
        case '==':
            return value === threshold.value;
    }
}


/***/ }),

/***/ 72087:
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

/***/ 79779:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ formatElapsed)
/* harmony export */ });
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


/***/ }),

/***/ 99991:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j1: () => (/* reexport */ errors/* ConfigurationError */.j),
  qS: () => (/* reexport */ badge),
  Hn: () => (/* reexport */ cell),
  aY: () => (/* reexport */ code),
  zH: () => (/* reexport */ details),
  C7: () => (/* reexport */ format/* formatElapsed */.C),
  R_: () => (/* reexport */ heading),
  cG: () => (/* reexport */ values/* parseInteger */.cG),
  E1: () => (/* reexport */ values/* parseList */.E1),
  lS: () => (/* reexport */ raw),
  tp: () => (/* reexport */ table)
});

// UNUSED EXPORTS: Raw, isConfigurationError, list, parseBoolean, parseDuration, parseEnum, parseGlobList, parseJson

// EXTERNAL MODULE: ./packages/toolkit/src/errors.ts
var errors = __nccwpck_require__(72087);
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

// EXTERNAL MODULE: ./packages/toolkit/src/format.ts
var format = __nccwpck_require__(79779);
;// CONCATENATED MODULE: ./packages/toolkit/src/index.ts
// The pure toolkit, shared by engines, the CLI and the action entries: errors, value parsers,
// Markdown building blocks and the annotations an engine asks for. No @actions/* import, no
// process.env. Heavier pure modules are subpaths, loaded by those who need them: `/config`
// (the YAML config reader), `/jsonpath`, `/sarif`. The runner glue for action entries is `/runner`.







/***/ }),

/***/ 87667:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fz: () => (/* reexport */ annotate),
  createGitHubClient: () => (/* reexport */ createGitHubClient),
  QP: () => (/* reexport */ defineAction),
  KI: () => (/* reexport */ emitAnnotations),
  N4: () => (/* reexport */ endGroup),
  C7: () => (/* reexport */ src/* formatElapsed */.C7),
  Os: () => (/* reexport */ group),
  pq: () => (/* reexport */ info),
  hF: () => (/* reexport */ input),
  WK: () => (/* reexport */ omittedSentence),
  cG: () => (/* reexport */ src/* parseInteger */.cG),
  E1: () => (/* reexport */ src/* parseList */.E1),
  L7: () => (/* reexport */ readGitHubContext),
  Ko: () => (/* reexport */ readInputs),
  WW: () => (/* reexport */ readOnlyTokenReason),
  Cs: () => (/* reexport */ runAction),
  uH: () => (/* reexport */ setOutput),
  Pq: () => (/* reexport */ setSecret),
  Oh: () => (/* reexport */ startGroup),
  upsertStickyComment: () => (/* reexport */ upsertStickyComment),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: ANNOTATION_LIMIT, ConfigurationError, GITHUB_COMMENT_LIMIT, PermissionError, Raw, addPath, badge, capCommentBody, cell, code, debug, details, exportVariable, formatCommand, formatPermission, getState, heading, inputVariable, isConfigurationError, isDebug, isPermissionError, isReadOnlyToken, issueCommand, list, maskSecret, parseAcceptedPermissions, parseBoolean, parseDuration, parseEnum, parseGlobList, parseJson, parsePermission, raw, rawInput, reportFailure, saveState, stickyMarker, table, toPermissionError, withPermission

// EXTERNAL MODULE: ./packages/toolkit/src/index.ts + 1 modules
var src = __nccwpck_require__(99991);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./packages/toolkit/src/format.ts
var format = __nccwpck_require__(79779);
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
    (0,external_node_fs_.appendFileSync)(file, line + external_node_os_.EOL, 'utf8');
    return true;
}
function keyValue(key, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (key.includes(delimiter) || value.includes(delimiter))
        throw new Error(`value for ${key} contains the delimiter`);
    return `${key}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
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
function annotate(level, message, props = {}) {
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
        info(`${name}: ${(0,format/* formatElapsed */.C)(performance.now() - started)}`);
    }
}

// EXTERNAL MODULE: ./packages/toolkit/src/errors.ts
var errors = __nccwpck_require__(72087);
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
        annotate('error', error.message);
        return;
    }
    const err = error instanceof Error ? error : new Error(String(error));
    annotate('error', `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}`);
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
    const { summary } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(838)]).then(__nccwpck_require__.bind(__nccwpck_require__, 33838));
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
async function withPermission(permission, call, options = {}) {
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
        Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(351)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61351)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49735)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 86856)),
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
            const { default: Bottleneck } = (await __nccwpck_require__.e(/* import() */ 251).then(__nccwpck_require__.t.bind(__nccwpck_require__, 63251, 23)));
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(72087);
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

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7066:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

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
/******/ 		id: moduleId,
/******/ 		loaded: false,
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
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
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
/******/ var __webpack_exports__ = __nccwpck_require__(62476);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
