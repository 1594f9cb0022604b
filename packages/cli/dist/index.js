import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8835:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ workDir),
/* harmony export */   KA: () => (/* binding */ checkFormat),
/* harmony export */   Kk: () => (/* binding */ emitReport),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   yo: () => (/* binding */ COMMON_USAGE)
/* harmony export */ });
/* unused harmony export COMMON_OPTIONS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5312);




/** Exit codes shared by every sub-command; `internal` is main's alone: an error that is no user's to fix. */
const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 };
/** A wrong option or argument: a user error like any ConfigurationError, printed as one line, exit code 2. */
class UsageError extends _devops_actions_toolkit__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1 {
    name = 'UsageError';
    constructor(message) {
        super('usage', message, undefined, { plain: true });
    }
}
/** Options every command accepts, see CLI.md. */
const COMMON_OPTIONS = {
    cwd: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
const COMMON_USAGE = `Common options:
  --cwd DIR          run in DIR (default: the current directory)
  --format FORMAT    text (default), json, sarif or markdown where the command supports it
  --output FILE      write the report to FILE instead of standard output
  --quiet            print nothing but errors
  -h, --help         show this help`;
/** node:util parseArgs with errors turned into UsageError naming the option. */
function parseCommandArgs(args, options, allowPositionals = false) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_2__.parseArgs)({ args, options: { ...COMMON_OPTIONS, ...options }, allowPositionals, strict: true });
    }
    catch (error) {
        throw new UsageError(error.message);
    }
}
function checkFormat(format, allowed) {
    const value = format ?? 'text';
    if (!allowed.includes(value))
        throw new UsageError(`--format: "${value}" is not supported here; use one of ${allowed.join(', ')}`);
    return value;
}
/** The folder a command works in. Like `git -C`: `--cwd` is taken first, and every relative path the command is given (`--output`, `--config`) is relative to it. */
function workDir(context, cwdOption) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, cwdOption ?? '.');
}
/**
 * Puts a rendered report where it was asked for: the `--output` file (relative to the work
 * folder) or standard output. `--quiet` silences the text format only: a JSON or SARIF report is
 * what the caller asked for.
 */
function emitReport(context, where, text) {
    if (where.output !== undefined && where.output !== '')
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(where.cwd, where.output), text);
    else if (!where.quiet || where.format !== 'text')
        context.stdout(text);
}


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
  qS: () => (/* reexport */ badge),
  Hn: () => (/* reexport */ cell),
  aY: () => (/* reexport */ code),
  zH: () => (/* reexport */ details),
  C7: () => (/* reexport */ formatElapsed),
  R_: () => (/* reexport */ heading),
  p0: () => (/* reexport */ errors/* isConfigurationError */.p),
  p_: () => (/* reexport */ list),
  E9: () => (/* reexport */ values/* parseDuration */.E9),
  nL: () => (/* reexport */ values/* parseEnum */.nL),
  cG: () => (/* reexport */ values/* parseInteger */.cG),
  E1: () => (/* reexport */ values/* parseList */.E1),
  lS: () => (/* reexport */ raw),
  tp: () => (/* reexport */ table)
});

// UNUSED EXPORTS: Raw, parseBoolean, parseGlobList, parseJson

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

/***/ 6986:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   nL: () => (/* binding */ parseEnum)
/* harmony export */ });
/* unused harmony exports parseBoolean, parseGlobList, parseJson */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2087);
// Value parsers shared by action inputs, CLI options and config files: each throws a
// ConfigurationError naming the subject, what was wrong and a value that would do.

const TRUE = (/* unused pure expression or super */ null && (['true', 'True', 'TRUE']));
const FALSE = (/* unused pure expression or super */ null && (['false', 'False', 'FALSE']));
function parseBoolean(name, raw) {
    if (TRUE.includes(raw))
        return true;
    if (FALSE.includes(raw))
        return false;
    throw new ConfigurationError(name, `"${raw}" is not a boolean; use true or false (YAML 1.2: true, True, TRUE, false, False, FALSE)`, 'true');
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
            throw new ConfigurationError(name, `the pattern "${pattern}" has unbalanced brackets or braces`, 'coverage/**/lcov.info');
        if (pattern === '!')
            throw new ConfigurationError(name, `"!" alone negates nothing`, '!**/vendor/**');
    }
    return patterns;
}
function parseJson(name, raw) {
    try {
        return JSON.parse(raw);
    }
    catch (error) {
        throw new ConfigurationError(name, `not valid JSON: ${error.message}`, '{"name": "bundle-size", "max": 250000}');
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

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

/***/ 1376:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

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

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9786:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream/promises");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 3106:
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
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z: () => (/* binding */ DEBUG_VARIABLE),
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./packages/toolkit/src/index.ts + 2 modules
var src = __nccwpck_require__(5312);
;// CONCATENATED MODULE: ./packages/cli/package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./packages/cli/src/command.ts
var command = __nccwpck_require__(8835);
;// CONCATENATED MODULE: ./packages/cli/src/commands/index.ts
const COMMANDS = [
    {
        name: 'release',
        summary: 'Plan the next release from conventional commits: version, why, notes (offline)',
        load: async () => (await __nccwpck_require__.e(/* import() */ 24).then(__nccwpck_require__.bind(__nccwpck_require__, 6024))).command,
    },
    {
        name: 'secret-scan',
        summary: 'Find committed credentials in the working tree, the index, a range or the history',
        load: async () => (await __nccwpck_require__.e(/* import() */ 567).then(__nccwpck_require__.bind(__nccwpck_require__, 2567))).command,
    },
    {
        name: 'quality-gate',
        summary: 'Coverage, tests and findings of the changes since a base: one verdict',
        load: async () => (await __nccwpck_require__.e(/* import() */ 910).then(__nccwpck_require__.bind(__nccwpck_require__, 2910))).command,
    },
    {
        name: 'smoke',
        summary: 'Check a running service: readiness, content, version, latency budgets, TLS, security headers',
        load: async () => (await __nccwpck_require__.e(/* import() */ 868).then(__nccwpck_require__.bind(__nccwpck_require__, 9868))).command,
    },
    {
        name: 'deploy',
        summary: 'Blue-green, canary or direct deploy with verified rollback (--config FILE)',
        load: async () => (await __nccwpck_require__.e(/* import() */ 942).then(__nccwpck_require__.bind(__nccwpck_require__, 5942))).command,
    },
    {
        name: 'migration-check',
        summary: 'Lint PostgreSQL migrations with the real parser: locks, rewrites, destructive statements',
        load: async () => (await __nccwpck_require__.e(/* import() */ 552).then(__nccwpck_require__.bind(__nccwpck_require__, 5552))).command,
    },
];

;// CONCATENATED MODULE: ./packages/cli/src/main.ts


// The bundler inlines the version, so the built CLI reads no file to answer --version.



/** Set to 1 to get the stack trace of an unexpected error instead of its one-line summary. */
const DEBUG_VARIABLE = 'DEVOPS_ACTIONS_DEBUG';
function help() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length), 8);
    const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
    return `Usage: devops-actions <command> [options]

The devops-actions engines on a local checkout: no GitHub, no network unless asked.

Commands:
${lines.length > 0 ? lines.join('\n') : '  (none yet)'}

Run \`devops-actions <command> --help\` for a command's options.
Exit codes: 0 passed, 1 findings or a failed gate, 2 usage or configuration error,
3 unexpected error (${DEBUG_VARIABLE}=1 shows its stack trace).
`;
}
async function main(argv, context = {}) {
    const ctx = {
        cwd: context.cwd ?? process.cwd(),
        stdout: context.stdout ?? ((text) => process.stdout.write(text)),
        stderr: context.stderr ?? ((text) => process.stderr.write(text)),
        env: context.env ?? process.env,
    };
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        ctx.stdout(help());
        return name === undefined ? command/* EXIT */.dc.usage : command/* EXIT */.dc.ok;
    }
    if (name === '--version' || name === '-V') {
        ctx.stdout(`${package_namespaceObject.rE}\n`);
        return command/* EXIT */.dc.ok;
    }
    const registered = COMMANDS.find((c) => c.name === name);
    if (!registered) {
        ctx.stderr(`devops-actions: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ') || '(none yet)'}. See --help.\n`);
        return command/* EXIT */.dc.usage;
    }
    try {
        const command = await registered.load();
        return await command.run(rest, ctx);
    }
    catch (error) {
        // Every user error (a wrong option, a config file, a checkout git refuses) is a ConfigurationError.
        if (error instanceof src/* ConfigurationError */.j1) {
            ctx.stderr(`devops-actions ${name}: ${error.message}\n`);
            return command/* EXIT */.dc.usage;
        }
        // Anything else is a fault of the tool, not of the input: one line by default, the stack on demand.
        if (ctx.env[DEBUG_VARIABLE] === '1')
            ctx.stderr(`devops-actions ${name}: ${(0,external_node_util_.inspect)(error)}\n`);
        else
            ctx.stderr(`devops-actions ${name}: unexpected error: ${describe(error)} (re-run with ${DEBUG_VARIABLE}=1 for the stack trace)\n`);
        return command/* EXIT */.dc.internal;
    }
}
function describe(error) {
    if (!(error instanceof Error))
        return String(error);
    const firstLine = error.message.split('\n', 1)[0] ?? '';
    return firstLine === '' ? error.name : `${error.name}: ${firstLine}`;
}

var __webpack_exports__DEBUG_VARIABLE = __webpack_exports__.z;
var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__DEBUG_VARIABLE as DEBUG_VARIABLE, __webpack_exports__main as main };
