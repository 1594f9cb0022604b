export const id = 574;
export const ids = [574];
export const modules = {

/***/ 1574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ formatKeyPath),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   ox: () => (/* binding */ ConfigReader),
/* harmony export */   readConfigFile: () => (/* binding */ readConfigFile)
/* harmony export */ });
/* unused harmony exports closest, describeValue */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2087);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6986);
// The one reader of configuration files: every engine's config (`.secret-scan.yml`,
// `.migration-check.yml`, `.release.yml`, `smoke-test.yml`) is found by one rule and read with
// typed readers whose errors name `file:line key`. Parsing the YAML (with the line of every key
// path) is `./yaml.ts`, a separate module so that no YAML parser loads where no file is read.




/** `checks[2].url` */
function formatKeyPath(path) {
    return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}
/** The candidate closest to a misspelt word, when one is close enough to be meant. */
function closest(word, candidates) {
    const distance = (a, b) => {
        const row = Array.from({ length: b.length + 1 }, (_, i) => i);
        for (let i = 1; i <= a.length; i++) {
            let previous = row[0] ?? 0;
            row[0] = i;
            for (let j = 1; j <= b.length; j++) {
                const current = row[j] ?? 0;
                row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.length] ?? 0;
    };
    const best = candidates.map((c) => ({ c, d: distance(word, c) })).sort((a, b) => a.d - b.d)[0];
    return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.c : undefined;
}
/** `; did you mean x?` for a misspelt word, or '' when nothing is close. */
function didYouMean(word, candidates) {
    const hint = closest(word, candidates);
    return hint === undefined ? '' : `; did you mean ${hint}?`;
}
function readConfigFile(cwd, given, defaultName, subject = 'config') {
    const name = given ?? defaultName;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(name) ? name : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, name);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        if (given === undefined)
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(subject, `the file ${given} does not exist`, defaultName);
    }
    try {
        return { name, path, text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8') };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(subject, `cannot read the file ${name}: ${error.code ?? error.message}`, defaultName);
    }
}
function describeValue(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (value instanceof Date)
        return `the date ${value.toISOString().slice(0, 10)}`;
    if (typeof value === 'object')
        return 'a map';
    return `${typeof value} ${JSON.stringify(value)}`;
}
/**
 * Typed readers over a parsed config: each takes the value and its key path and either
 * returns the value in its type or throws a ConfigurationError that names the file, line
 * and key, what is wrong and an example. Engines extend it with their own value kinds.
 */
class ConfigReader {
    locate;
    constructor(locate = formatKeyPath) {
        this.locate = locate;
    }
    fail(path, problem, example) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(this.locate(path), problem, example);
    }
    /** A map (an empty document or key reads as an empty map when `optional`). */
    map(value, path, example, optional = false) {
        if (optional && (value === null || value === undefined))
            return {};
        if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date)
            return this.fail(path, `must be a map, not ${describeValue(value)}`, example);
        return value;
    }
    /** Refuses keys outside `known`, naming the closest known one. */
    keys(value, path, known, example) {
        for (const key of Object.keys(value)) {
            if (!known.includes(key))
                this.fail([...path, key], `"${key}" is not a known key${didYouMean(key, known)} (known: ${known.join(', ')})`, example ?? known[0]);
        }
    }
    list(value, path, example) {
        if (!Array.isArray(value))
            return this.fail(path, `must be a list, not ${describeValue(value)}`, example);
        return value;
    }
    /** Text; numbers and booleans are read as their text, dates (YAML timestamps) as YYYY-MM-DD. */
    string(value, path, example) {
        if (typeof value === 'string')
            return value;
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        if (value instanceof Date)
            return value.toISOString().slice(0, 10);
        return this.fail(path, `must be text, not ${describeValue(value)}`, example);
    }
    /** Text that is not blank, trimmed. */
    text(value, path, example) {
        const text = this.string(value, path, example).trim();
        if (text === '')
            return this.fail(path, 'must not be empty', example);
        return text;
    }
    /** Text that must be there: an absent key says it is required. */
    required(value, path, example) {
        if (value === undefined || value === null)
            return this.fail(path, 'is required', example);
        return this.text(value, path, example);
    }
    /** Undefined when absent or null. */
    optionalText(value, path, example) {
        return value === undefined || value === null ? undefined : this.text(value, path, example);
    }
    /** One text or a list of them. */
    strings(value, path, example) {
        if (value === undefined || value === null)
            return [];
        if (Array.isArray(value))
            return value.map((item, i) => this.text(item, [...path, i], example));
        return [this.text(value, path, example)];
    }
    integer(value, path, range, example) {
        const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
        if (!Number.isInteger(number))
            return this.fail(path, `${JSON.stringify(value)} is not a whole number`, example);
        if ((range.min !== undefined && number < range.min) || (range.max !== undefined && number > range.max))
            return this.fail(path, `${number} is out of range (${range.min ?? '-∞'} to ${range.max ?? '∞'})`, example);
        return number;
    }
    number(value, path, example) {
        const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
        if (!Number.isFinite(number))
            return this.fail(path, `${JSON.stringify(value)} is not a number`, example);
        return number;
    }
    boolean(value, path) {
        if (typeof value === 'boolean')
            return value;
        if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
            return value.trim().toLowerCase() === 'true';
        return this.fail(path, `${JSON.stringify(value)} is not true or false`, 'true');
    }
    /** `500ms`, `90s`, `5m`: a unit is required. */
    duration(value, path, example = '10s') {
        if (typeof value === 'number')
            return this.fail(path, `${value} has no unit (ms, s, m or h)`, example);
        try {
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E9)('duration', this.string(value, path, example));
        }
        catch (error) {
            return this.fail(path, error.problem, example);
        }
    }
    oneOf(value, path, values, example = values[0]) {
        const text = this.string(value, path, example);
        if (values.includes(text))
            return text;
        return this.fail(path, `"${text}" is not one of ${values.join(', ')}${didYouMean(text, values)}`, example);
    }
}


/***/ })

};
