export const id = 786;
export const ids = [786];
export const modules = {

/***/ 75786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baseLine: () => (/* binding */ baseLine),
/* harmony export */   buildAnnotations: () => (/* binding */ buildAnnotations),
/* harmony export */   renderComment: () => (/* binding */ renderComment),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary),
/* harmony export */   verdictLine: () => (/* binding */ verdictLine)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20821);
// Turns the gate's result into the job summary, the sticky comment and annotations.


const STATUS = { passed: 'passed', failed: 'failed', warning: 'warning', neutral: 'neutral', skipped: 'skipped' };
/** A code span inside a table cell: pipes escaped, as GitHub's tables need even there. */
function codeCell(text) {
    return (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(text).replace(/\|/g, '\\|');
}
function short(sha) {
    return sha ? sha.slice(0, 12) : '';
}
function diffAnchor(context, file, start, end) {
    const base = context.pullNumber
        ? `${context.serverUrl}/${context.owner}/${context.repo}/pull/${context.pullNumber}/files#diff-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(file).digest('hex')}`
        : `${context.serverUrl}/${context.owner}/${context.repo}/blob/${context.headSha}/${file.split('/').map(encodeURIComponent).join('/')}#`;
    if (start === undefined)
        return base;
    if (context.pullNumber)
        return `${base}R${start}${end !== undefined && end !== start ? `-R${end}` : ''}`;
    return `${base}L${start}${end !== undefined && end !== start ? `-L${end}` : ''}`;
}
function more(count, limit, where) {
    return count > limit ? `\n_…and ${count - limit} more ${where}._\n` : '';
}
function verdictLine(result) {
    const failed = result.conditions.filter((c) => c.status === 'failed');
    const warned = result.conditions.filter((c) => c.status === 'warning');
    if (failed.length > 0) {
        return `${(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .badge */ .qS)('failed', 'Quality gate failed')}${result.informational ? ' (informational: the step does not fail)' : ''}: ${failed.map((c) => c.title).join(', ')}`;
    }
    if (warned.length > 0)
        return `${(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .badge */ .qS)('warning', 'Quality gate passed with warnings')}: ${warned.map((c) => c.title).join(', ')}`;
    return (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .badge */ .qS)('passed', 'Quality gate passed');
}
function baseLine(result) {
    if (!result.base.mergeBase)
        return `No base to compare with (${result.base.baselineNote}).`;
    const deepened = result.base.deepened > 0 ? ` (the shallow clone was deepened ${result.base.deepened}×)` : '';
    const baseline = result.base.baselineCommit ? `base figures from baseline \`${short(result.base.baselineCommit)}\`` : 'no base figures';
    return `Compared with merge base \`${short(result.base.mergeBase)}\`${deepened}; ${baseline}: ${result.base.baselineNote}.`;
}
function conditionsTable(result) {
    return (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Condition', 'Value', 'Threshold', 'Base', 'Δ', 'Status'], result.conditions.map((c) => [
        c.detail ? (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .raw */ .lS)(`${(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(c.title)}<br><sub>${(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(c.detail)}</sub>`) : c.title,
        c.value ?? '',
        c.threshold ?? '',
        c.base ?? '',
        c.delta ?? '',
        (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .raw */ .lS)((0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .badge */ .qS)(STATUS[c.status], c.level === 'off' ? 'off' : undefined)),
    ]));
}
function changedFiles(result, context) {
    const files = (result.coverage?.files ?? []).filter((f) => f.patch !== undefined);
    if (files.length === 0)
        return '';
    const sorted = [...files].sort((a, b) => (a.patch?.pct ?? 100) - (b.patch?.pct ?? 100) || a.file.localeCompare(b.file));
    const rows = sorted.slice(0, context.limit).map((f) => {
        const patch = f.patch;
        const ranges = patch.uncovered.slice(0, 12).map(([a, b]) => `[${a === b ? `L${a}` : `L${a}-${b}`}](${diffAnchor(context, f.file, a, b)})`);
        if (patch.uncovered.length > 12)
            ranges.push(`+${patch.uncovered.length - 12} more`);
        return [
            (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .raw */ .lS)(`[${(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f.file)}](${diffAnchor(context, f.file)})`),
            `${(patch.pct ?? 0).toFixed(2)}% (${patch.covered}/${patch.total})`,
            (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .raw */ .lS)(ranges.join(', ') || '—'),
        ];
    });
    return `${(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)('Changed files', 3)}\n${(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['File', 'Patch coverage', 'Uncovered changed lines'], rows, ['left', 'right', 'left'])}${more(files.length, context.limit, 'files')}`;
}
function testsSection(result, context) {
    const tests = result.tests;
    if (!tests)
        return '';
    let out = '';
    if (tests.failures.length > 0) {
        out += `${(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)(`Failed tests (${tests.failures.length})`, 3)}\n`;
        out += (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Test', 'Message'], tests.failures.slice(0, context.limit).map((t) => [(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .raw */ .lS)(`${codeCell(t.suite)} › ${codeCell(t.name)}`), t.message ?? '']));
        out += more(tests.failures.length, context.limit, 'failed tests');
    }
    if (tests.flakyTests.length > 0) {
        out += `${(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)(`Flaky tests (${tests.flakyTests.length}): failed, then passed on retry`, 3)}\n`;
        out += (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Test', 'Runs'], tests.flakyTests.slice(0, context.limit).map((t) => [(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .raw */ .lS)(`${codeCell(t.suite)} › ${codeCell(t.name)}`), t.attempts]));
        out += more(tests.flakyTests.length, context.limit, 'flaky tests');
    }
    return out;
}
function location(f, context) {
    const file = f.path ?? f.file;
    const label = `${file}${f.line ? `:${f.line}` : ''}`;
    return f.path ? `[${(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(label)}](${diffAnchor(context, f.path, f.onChangedLine ? f.line : undefined)})` : (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(label);
}
function findingsSection(result, context) {
    const fresh = result.findings?.new ?? [];
    if (fresh.length === 0)
        return '';
    const order = { error: 0, warning: 1, note: 2 };
    const sorted = [...fresh].sort((a, b) => order[a.severity] - order[b.severity]);
    return `${(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)(`New findings (${fresh.length})`, 3)}\n${(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Severity', 'Rule', 'Location', 'Message'], sorted.slice(0, context.limit).map((f) => [f.severity, (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .raw */ .lS)(codeCell(f.rule)), (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .raw */ .lS)(location(f, context)), f.message]))}${more(fresh.length, context.limit, 'new findings')}`;
}
function warningsSection(result) {
    if (result.warnings.length === 0)
        return '';
    return `\n${result.warnings.map((w) => `> [!WARNING]\n> ${(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(w)}`).join('\n\n')}\n`;
}
/** The sticky comment: verdict, conditions, changed files, failures, new findings. */
function renderComment(result, context) {
    return [
        (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)('Quality gate', 2),
        `${verdictLine(result)}\n`,
        `${baseLine(result)}\n`,
        conditionsTable(result),
        changedFiles(result, context),
        testsSection(result, context),
        findingsSection(result, context),
        warningsSection(result),
    ]
        .filter((part) => part !== '')
        .join('\n');
}
/** The job summary: the comment's content, plus steps, reports read and notes. */
function renderSummary(result, context, notes) {
    const parts = [renderComment(result, context)];
    if (context.steps.length > 0) {
        parts.push((0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .heading */ .R_)('Steps', 3), (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Command', 'Result', 'Time'], context.steps.map((s) => [
            (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .raw */ .lS)(codeCell(s.command)),
            (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .raw */ .lS)((0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .badge */ .qS)(s.exitCode === 0 ? 'passed' : 'failed', s.exitCode === 0 ? 'ok' : `exit ${s.exitCode}`)),
            (0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .formatElapsed */ .C7)(s.ms),
        ]), ['left', 'left', 'right']));
    }
    const cov = result.coverage;
    const facts = [
        cov
            ? `Project coverage: ${cov.project.pct?.toFixed(2) ?? 'n/a'}% (${cov.project.covered}/${cov.project.total} lines in ${cov.files.length} files)`
            : undefined,
        result.diff ? `Diff: ${result.diff.lines} changed lines in ${result.diff.files} files` : undefined,
        result.tests
            ? `Tests: ${result.tests.total} (${result.tests.passed} passed, ${result.tests.failed} failed, ${result.tests.skipped} skipped, ${result.tests.flaky} flaky)`
            : undefined,
        result.findings
            ? `Findings: ${result.findings.total} in all, ${result.findings.new.length} new, ${result.findings.onChangedLines.length} on changed lines`
            : undefined,
    ].filter((x) => x !== undefined);
    parts.push((0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`Reports read (${result.reports.length})`, `${facts.map((f) => `- ${(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(f)}`).join('\n')}\n\n${(0,_devops_actions_toolkit_runner__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['File', 'Format'], result.reports.map((r) => [r.file, r.format]))}`));
    for (const note of notes)
        parts.push(`${note}\n`);
    return parts.join('\n');
}
/** Annotations on changed lines only: uncovered changed ranges, new findings, failed tests. */
function buildAnnotations(result) {
    const annotations = [];
    const patch = result.conditions.find((c) => c.name === 'patch-coverage');
    const patchLevel = patch?.status === 'failed' ? 'error' : 'warning';
    for (const file of result.coverage?.files ?? []) {
        for (const [start, end] of file.patch?.uncovered ?? []) {
            annotations.push({
                level: patchLevel,
                file: file.file,
                line: start,
                endLine: end,
                title: 'Not covered by tests',
                message: start === end ? `Changed line ${start} is not covered by tests.` : `Changed lines ${start}-${end} are not covered by tests.`,
            });
        }
    }
    const newLevel = result.conditions.find((c) => c.name === 'new-findings')?.level;
    for (const finding of result.findings?.all ?? []) {
        if (!finding.onChangedLine || !finding.path || finding.line === undefined)
            continue;
        if (!finding.isNew && finding.severity !== 'error')
            continue;
        annotations.push({
            level: finding.severity === 'error' && newLevel === 'error' && finding.isNew ? 'error' : finding.severity === 'note' ? 'notice' : 'warning',
            file: finding.path,
            line: finding.line,
            col: finding.column,
            title: `${finding.isNew ? 'New finding' : 'Finding'}: ${finding.rule}`,
            message: finding.message,
        });
    }
    // Failed tests on their own line where the report says where (Jest, pytest and Vitest do); a
    // flaky one (failed, then passed on a retry) as a warning.
    const testsLevel = result.conditions.find((c) => c.name === 'tests')?.status === 'failed' ? 'error' : 'warning';
    for (const [cases, level, what] of [
        [result.tests?.failures ?? [], testsLevel, 'Test failed'],
        [result.tests?.flakyTests ?? [], 'warning', 'Flaky test (failed, then passed on a retry)'],
    ]) {
        for (const t of cases) {
            annotations.push({
                level,
                ...(t.file ? { file: t.file, ...(t.line === undefined ? {} : { line: t.line }) } : {}),
                title: `${what}: ${t.suite ? `${t.suite} › ` : ''}${t.name}`,
                message: t.message ?? `${t.name} ${level === 'error' ? 'failed' : 'was flaky'} (no message in the report)`,
            });
        }
    }
    return annotations;
}


/***/ })

};
