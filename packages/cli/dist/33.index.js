export const id = 33;
export const ids = [33];
export const modules = {

/***/ 6591:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



/* unused reexport */ __webpack_require__(5335);
exports.parse = __webpack_require__(2696);


/***/ }),

/***/ 2696:
/***/ ((module) => {



/**
 * @import {
 * 	ControlOperator,
 * 	Env,
 * 	GlobPattern,
 * 	ParseEntry,
 * } from './parse' */

// '<(' and '>(' are process substitution operators and
// can be parsed the same as control operator
var CONTROL = /** @type {const} */ ('(?:') + /** @type {const} */ ([
	'\\|\\|',
	'\\&(?:\\&|>>?)', // `&&`, `&>`, and `&>>`
	';;\\&?', // `;;` and `;;&`
	'[;|]\\&', // `;&` and `|&`
	'\\<\\(',
	'\\<\\<\\<',
	'\\<\\<-',
	'\\<\\<(?!\\()', // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
	'>>',
	'>[&|(]', // `>&`, `>|`, and `>(`
	'<[&>]', // `<&` and `<>`
	'[&;()|<>]'
]).join(/** @type {const} */ ('|')) + /** @type {const} */ (')');
var controlRE = new RegExp('^' + CONTROL + '$');
var META = /** @type {const} */ ('|&;()<> \\t');
var SINGLE_QUOTE = /** @type {const} */ ('\'([^\']*?)\'');
// bash ANSI-C quoting, `$'...'`: a backslash escapes the next character, including `'`
var ANSI_C_BODY = '(?:\\\\[\\s\\S]|[^\\\\\'])*?';
var ANSI_C_QUOTE = '\\$\'' + ANSI_C_BODY + '\'';
var ansiCAt = new RegExp('\\$\'' + ANSI_C_BODY + '(?:(\')|\\\\?$)', 'g');
var ANSI_C_LETTERS = 'abeEfnrtv';
var ANSI_C_CHARS = '\x07\b\x1B\x1B\f\n\r\t\v';
var hash = /^#$/;

var SQ = /** @type {const} */ ("'");
var DQ = /** @type {const} */ ('"');
var DS = /** @type {const} */ ('$');

var TOKEN = '';
var mult = /** @type {const} */ (0x100000000); // Math.pow(16, 8);
for (var i = 0; i < 4; i++) {
	TOKEN += (mult * Math.random()).toString(16);
}
var startsWithToken = new RegExp('^' + TOKEN);

/**
 * @param {string} s
 * @param {RegExp} r
 */
function matchAll(s, r) {
	var origIndex = r.lastIndex;

	var matches = [];
	var matchObj;

	while ((matchObj = r.exec(s))) {
		matches[matches.length] = matchObj;
		if (r.lastIndex === matchObj.index) {
			r.lastIndex += 1;
		}
	}

	r.lastIndex = origIndex;

	return matches;
}

/**
 * @param {Env} env
 * @param {string} pre
 * @param {string} key
 */
function getVar(env, pre, key) {
	var r = typeof env === 'function' ? env(key) : env[key];
	if (typeof r === 'undefined' && key != '') {
		r = '';
	} else if (typeof r === 'undefined') {
		r = '$';
	}

	if (typeof r === 'object') {
		return pre + TOKEN + JSON.stringify(r) + TOKEN;
	}
	return pre + r;
}

var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;

/**
 * @param {string} m
 * @param {string} escape
 */
function expandAnsiCEscape(m, escape) {
	var kind = escape.charAt(0);
	if (kind === 'c') {
		var ctrl = escape.charAt(1);
		return ctrl === '?' ? '\x7F' : String.fromCharCode(ctrl.charCodeAt(0) & 0x1F);
	}
	if (kind === 'x' || kind === 'u' || kind === 'U') {
		var cp = parseInt(escape.slice(1), 16);
		if (cp > 0x10FFFF) {
			return m;
		}
		return String.fromCharCode.apply(null, cp > 0xFFFF ? [0xD7C0 + (cp >> 10), 0xDC00 + (cp & 0x3FF)] : [cp]);
	}
	if (kind >= '0' && kind <= '7') {
		return String.fromCharCode(parseInt(escape, 8) & 0xFF);
	}
	var letter = ANSI_C_LETTERS.indexOf(escape);
	return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
}

/** @param {string} body */
function expandAnsiC(body) {
	return body.replace(ansiCEscape, expandAnsiCEscape).split('\0')[0]; // like bash, a NUL ends the string
}

/**
 * @param {string} s
 * @param {number} i
 */
function closesAnsiC(s, i) {
	ansiCAt.lastIndex = i;
	return !!(/** @type {RegExpExecArray} */ (ansiCAt.exec(s)))[1];
}

/**
 * @param {string} string
 * @param {Env} [env]
 * @param {{ escape?: string, splitUnquoted?: boolean | string }} [opts]
 * @returns {ParseEntry[]}
 */
function parseInternal(string, env, opts) {
	if (!opts) {
		opts = {};
	}
	var BS = opts.escape || '\\';
	var ifs = opts.splitUnquoted === true ? ' \t\n' : (typeof opts.splitUnquoted === 'string' ? opts.splitUnquoted : '');
	var BAREWORD = '(\\' + BS + '[\'"$\\' + BS + META + ']|\\$\\$|\\$(?!' + ANSI_C_QUOTE.slice(2) + ')|[^\\s\'"$' + META + '])+';
	var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';

	var chunker = new RegExp([
		'(' + CONTROL + ')', // control chars
		'(' + ANSI_C_QUOTE + '|' + BAREWORD + '|' + DOUBLE_QUOTE + '|' + SINGLE_QUOTE + ')+'
	].join('|'), 'g');

	var matches = matchAll(string, chunker);

	if (matches.length === 0) {
		return [];
	}
	if (!env) {
		env = {};
	}

	var commented = false;

	return matches.map(function (match) {
		var s = match[0];
		if (!s || commented) {
			return void undefined;
		}
		if (controlRE.test(s)) {
			return /** @type {ControlOperator} */ ({ op: s });
		}

		// Hand-written scanner/parser for Bash quoting rules:
		//
		// 1. inside single quotes, all characters are printed literally.
		// 2. inside double quotes, all characters are printed literally
		//    except variables prefixed by '$' and backslashes followed by
		//    either a double quote or another backslash.
		// 3. outside of any quotes, backslashes are treated as escape
		//    characters and not printed (unless they are themselves escaped)
		// 4. quote context can switch mid-token if there is no whitespace
		//     between the two quote contexts (e.g. all'one'"token" parses as
		//     "allonetoken")
		/** @type {string | boolean} */
		var quote = false;
		var esc = false;
		var out = '';
		/** @type {string[]} */
		var words = [];
		var sawQuote = false;
		/** @type {number | null} */
		var pendingNw = null;
		var isGlob = false;
		/** @type {number} */
		var i;

		function parseEnvVar() {
			i += 1;
			/** @type {number | RegExpMatchArray | null} */
			var varend;
			/** @type {string} */
			var varname;
			var char = s.charAt(i);

			if (char === '{') {
				i += 1;
				if (s.charAt(i) === '}') {
					throw new Error('Bad substitution: ' + s.slice(i - 2, i + 1));
				}
				// match braces by depth so a nested `${` keeps its inner `}` from ending the outer substitution
				var depth = 1;
				varend = i;
				while (depth > 0 && varend < s.length) {
					if (s.charAt(varend) === '{' && s.charAt(varend - 1) === '$') {
						depth += 1;
					} else if (s.charAt(varend) === '}') {
						depth -= 1;
					}
					varend += 1;
				}
				if (depth !== 0) {
					throw new Error('Bad substitution: ' + s.slice(i));
				}
				varend -= 1;
				varname = s.slice(i, varend);
				i = varend;
			} else if ((/[*@#?$!-]/).test(char)) {
				varname = char;
			} else {
				var slicedFromI = s.slice(i);
				varend = slicedFromI.match(/[^\w\d_]/);
				if (!varend) {
					varname = slicedFromI;
					i = s.length;
				} else {
					varname = slicedFromI.slice(0, varend.index);
					i += /** @type {number} */ (varend.index) - 1;
				}
			}
			return getVar(/** @type {NonNullable<typeof env>} */ (env), '', varname);
		}

		function flushRun() {
			if (pendingNw === null) {
				return;
			}
			if (pendingNw === 0) {
				if (out !== '') {
					words[words.length] = out;
					out = '';
				}
			} else {
				words[words.length] = out;
				out = '';
				for (var fe = 1; fe < pendingNw; fe += 1) {
					words[words.length] = '';
				}
			}
			pendingNw = null;
		}

		for (i = 0; i < s.length; i++) {
			var c = s.charAt(i);
			if (ifs && c !== DS) {
				flushRun();
			}
			isGlob = isGlob || (!quote && (c === '*' || c === '?'));
			if (esc) {
				out += c;
				esc = false;
			} else if (quote) {
				if (c === quote) {
					quote = false;
				} else if (quote == SQ) {
					out += c;
				} else { // Double quote
					if (c === BS) {
						i += 1;
						c = s.charAt(i);
						if (c === DQ || c === BS || c === DS) {
							out += c;
						} else {
							out += BS + c;
						}
					} else if (c === DS) {
						out += parseEnvVar();
					} else {
						out += c;
					}
				}
			} else if (c === DQ || c === SQ) {
				quote = c;
				sawQuote = true;
			} else if (controlRE.test(c)) {
				return /** @type {ControlOperator} */ ({ op: s });
			} else if (hash.test(c)) {
				commented = true;
				var commentObj = { comment: string.slice(match.index + i + 1) };
				if (out.length) {
					return /** @type {const} */ ([out, commentObj]);
				}
				return /** @type {const} */ ([commentObj]);
			} else if (c === BS) {
				esc = true;
			} else if (c === DS && s.charAt(i + 1) === SQ && closesAnsiC(s, i)) {
				flushRun();
				sawQuote = true;
				out += expandAnsiC(s.slice(i + 2, ansiCAt.lastIndex - 1));
				i = ansiCAt.lastIndex - 1;
			} else if (c === DS) {
				var value = parseEnvVar();
				if (!ifs) {
					out += value;
				} else {
					for (var vi = 0; vi < value.length; vi += 1) {
						var vc = value.charAt(vi);
						if (ifs.indexOf(vc) < 0) {
							flushRun();
							out += vc;
						} else if (pendingNw === null) {
							pendingNw = vc === ' ' || vc === '\t' || vc === '\n' ? 0 : 1;
						} else if (vc !== ' ' && vc !== '\t' && vc !== '\n') {
							pendingNw += 1;
						}
					}
				}
			} else {
				out += c;
			}
		}

		if (isGlob) {
			return /** @type {GlobPattern} */ ({ op: 'glob', pattern: out });
		}

		if (ifs) {
			if (pendingNw !== null && pendingNw > 0) {
				words[words.length] = out;
				out = '';
				for (var te = 1; te < pendingNw; te += 1) {
					words[words.length] = '';
				}
			}
			if (out !== '' || (sawQuote && words.length === 0)) {
				words[words.length] = out;
			}
			return words;
		}

		return out;
	}).reduce(function (prev, arg) { // finalize parsed arguments
		if (typeof arg === 'undefined') {
			return prev;
		}
		/** @type {ParseEntry[]} */ ([]).concat(arg).forEach(function (entry) {
			prev[prev.length] = entry;
		});
		return prev;
	}, /** @type {ParseEntry[]} */ ([]));
}

/** @type {typeof import('./parse')} */
module.exports = function parse(s, env, opts) {
	var mapped = parseInternal(s, env, opts);
	if (typeof env !== 'function') {
		return mapped;
	}
	return mapped.reduce(function (acc, s) {
		if (typeof s === 'object') {
			acc[acc.length] = s;
			return acc;
		}
		var xs = s.split(RegExp('(' + TOKEN + '.*?' + TOKEN + ')', 'g'));
		if (xs.length === 1) {
			acc[acc.length] = xs[0];
			return acc;
		}
		xs.filter(Boolean).forEach(function (x) {
			acc[acc.length] = startsWithToken.test(x)
				? JSON.parse(x.split(TOKEN)[1])
				: x;
		});
		return acc;
	}, /** @type {ParseEntry[]} */ ([]));
};


/***/ }),

/***/ 5335:
/***/ ((module) => {



/** @import { ControlOperator } from './parse' */

/** @type {ControlOperator['op'][]} */
var OPS = /** @type {const} */ ([
	'||',
	'&&',
	';;&',
	';;',
	';&',
	'|&',
	'<(',
	'>(',
	'<<<',
	'<<-',
	'<<',
	'>>',
	'>&',
	'>|',
	'&>>',
	'&>',
	'<&',
	'<>',
	'&',
	';',
	'(',
	')',
	'|',
	'<',
	'>'
]);
var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;

/** @type {typeof import('./quote')} */
module.exports = function quote(xs) {
	var sawComment = false;
	return xs.map(function (s) {
		if (sawComment && typeof s === 'string' && LINE_TERMINATORS.test(s)) {
			throw new TypeError('a token after a `comment` must not contain line terminators');
		}
		if (s === '') {
			return /** @type {const} */ ('\'\'');
		}
		if (s && typeof s === 'object') {
			if ('op' in s && s.op === 'glob') {
				if (typeof s.pattern !== 'string') {
					throw new TypeError('glob token requires a string `pattern`');
				}
				if (LINE_TERMINATORS.test(s.pattern)) {
					throw new TypeError('glob `pattern` must not contain line terminators');
				}
				if (s.pattern === '') {
					return /** @type {const} */ ('\'\'');
				}
				return s.pattern.replace(GLOB_SHELL_SPECIAL, '\\$&');
			}
			if ('op' in s && typeof s.op === 'string') {
				if (OPS.indexOf(s.op) < 0) {
					throw new TypeError('invalid `op` value: ' + JSON.stringify(s.op));
				}
				return s.op.replace(/[\s\S]/g, '\\$&');
			}
			if ('comment' in s && typeof s.comment === 'string') {
				if (LINE_TERMINATORS.test(s.comment)) {
					throw new TypeError('`comment` must not contain line terminators');
				}
				sawComment = true;
				return '#' + s.comment;
			}
			throw new TypeError('unrecognized object token shape');
		}
		if ((/'/).test(s) && (/!/).test(s)) {
			return "'" + s.replace(/'/g, "'\"'\"'") + "'";
		}
		if ((/["\s\\]/).test(s) && !(/'/).test(s)) {
			return "'" + s + "'";
		}
		if ((/["'\s]/).test(s)) {
			return '"' + s.replace(/(["\\$`])/g, '\\$1') + '"';
		}
		return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, '$1\\$2');
	}).join(' ');
};


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACTIONS: () => (/* reexport */ ACTIONS),
  ADAPTERS: () => (/* reexport */ ADAPTERS),
  ADAPTER_OPTION_KEYS: () => (/* reexport */ ADAPTER_OPTION_KEYS),
  CONFIG_KEYS: () => (/* reexport */ CONFIG_KEYS),
  CommandError: () => (/* reexport */ CommandError),
  DEFAULT_LOG_FORMAT: () => (/* reexport */ DEFAULT_LOG_FORMAT),
  DeployEngine: () => (/* reexport */ DeployEngine),
  DeployFailure: () => (/* reexport */ DeployFailure),
  HttpJsonSource: () => (/* reexport */ HttpJsonSource),
  HttpVerifier: () => (/* reexport */ HttpVerifier),
  LockedError: () => (/* reexport */ LockedError),
  NginxLogSource: () => (/* reexport */ NginxLogSource),
  ProbeVerifier: () => (/* reexport */ ProbeVerifier),
  PrometheusSource: () => (/* reexport */ PrometheusSource),
  SOURCE_TYPES: () => (/* reexport */ SOURCE_TYPES),
  STATUSES: () => (/* reexport */ STATUSES),
  STRATEGIES: () => (/* reexport */ STRATEGIES),
  SmokeSource: () => (/* reexport */ SmokeSource),
  StateStore: () => (/* reexport */ StateStore),
  acquireLock: () => (/* reexport */ acquireLock),
  buildSources: () => (/* reexport */ buildSources),
  createAdapter: () => (/* reexport */ createAdapter),
  createVerifier: () => (/* reexport */ createVerifier),
  deployFromConfig: () => (/* reexport */ deployFromConfig),
  describeHolder: () => (/* reexport */ describeHolder),
  httpGet: () => (/* reexport */ httpGet),
  logFormatParser: () => (/* reexport */ logFormatParser),
  parseConfig: () => (/* reexport */ parseConfig),
  parseIdentity: () => (/* reexport */ parseIdentity),
  parseRate: () => (/* reexport */ parseRate),
  parseSteps: () => (/* reexport */ parseSteps),
  prepareEngine: () => (/* reexport */ prepareEngine),
  readConfigFileSettings: () => (/* reexport */ readConfigFileSettings),
  readIdentity: () => (/* reexport */ readIdentity),
  reportContext: () => (/* reexport */ reportContext),
  runChecked: () => (/* reexport */ runChecked),
  runCommand: () => (/* reexport */ runCommand),
  runInterval: () => (/* reexport */ runInterval),
  show: () => (/* reexport */ show),
  silentLogger: () => (/* reexport */ silentLogger),
  splitCommand: () => (/* reexport */ splitCommand),
  stateFiles: () => (/* reexport */ stateFiles),
  succeeded: () => (/* reexport */ succeeded),
  toJson: () => (/* reexport */ toJson),
  toMarkdown: () => (/* reexport */ toMarkdown),
  toText: () => (/* reexport */ toText),
  waitForTarget: () => (/* reexport */ waitForTarget)
});

;// CONCATENATED MODULE: ./packages/deploy/src/types.ts
const STRATEGIES = ['direct', 'blue-green', 'canary'];
const STATUSES = ['promoted', 'rolled-back', 'paused', 'failed'];
const silentLogger = { info: () => undefined, warn: () => undefined };
/** A value from configuration or JSON as text: objects as JSON, everything else as String(). */
function show(value) {
    if (value !== null && typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/toolkit/src/index.ts + 2 modules
var src = __webpack_require__(5312);
// EXTERNAL MODULE: ./packages/toolkit/src/config.ts
var config = __webpack_require__(1574);
// EXTERNAL MODULE: ./packages/toolkit/src/yaml.ts
var yaml = __webpack_require__(5167);
// EXTERNAL MODULE: ./packages/toolkit/src/jsonpath.ts
var jsonpath = __webpack_require__(301);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(6591);
;// CONCATENATED MODULE: ./packages/deploy/src/exec.ts
// Runs commands with argument arrays: no shell ever sees the text. A command written as one
// line ("./deploy.sh --env prod") is split into words by shell-quote, which also refuses pipes,
// redirections and command lists: those need an explicit script.



class CommandError extends Error {
    name = 'CommandError';
    result;
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
/**
 * Splits a command line into an argument array. `$NAME` and `${NAME}` are replaced from `vars`
 * only (the DEPLOY_* variables); any other `$NAME` is left as written.
 */
function splitCommand(subject, text, vars = {}) {
    const words = (0,shell_quote.parse)(text, (key) => (key in vars ? vars[key] : `$${key}`));
    const argv = [];
    for (const word of words) {
        if (typeof word === 'string')
            argv.push(word);
        else if ('op' in word && word.op === 'glob')
            argv.push(word.pattern);
        else if ('comment' in word)
            break;
        else
            throw new src/* ConfigurationError */.j1(subject, `"${text}" uses the shell operator ${JSON.stringify('op' in word ? word.op : word)}; commands run without a shell, so put pipelines and redirections in a script`, './scripts/deploy.sh --env production');
    }
    if (argv.length === 0)
        throw new src/* ConfigurationError */.j1(subject, 'is empty', './scripts/deploy.sh');
    return argv;
}
/** Runs argv[0] with the rest as arguments; never throws for a non-zero exit (see `code`), only when it cannot start. */
function runCommand(argv, options = {}) {
    const [file, ...args] = argv;
    if (file === undefined)
        return Promise.reject(new CommandError('empty command'));
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
            signal: options.signal,
        });
        let stdout = '';
        let stderr = '';
        child.stdout?.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
        child.stderr?.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
        if (options.input !== undefined)
            child.stdin?.end(options.input);
        const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
        child.on('error', (error) => {
            if (timer)
                clearTimeout(timer);
            if (error.code === 'ENOENT')
                reject(new CommandError(`command not found: ${file} (is it installed and on PATH, or is the path right?)`));
            else if (error.code === 'EACCES')
                reject(new CommandError(`command not executable: ${file} (chmod +x?)`));
            else
                reject(new CommandError(`${file}: ${error.message}`));
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            resolve({ code, signal, stdout, stderr });
        });
    });
}
/** Runs a command and throws a CommandError with the tail of its output when it fails. */
async function runChecked(what, argv, options = {}) {
    const result = await runCommand(argv, options);
    if (result.code !== 0) {
        const output = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-5).join('\n');
        const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
        throw new CommandError(`${what} (${argv[0]}) ${how}${output ? `: ${output}` : ''}`, result);
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/define.ts
// What an adapter declares to the registry: its name, its option keys (the action's inputs and
// the config file's keys) each with the reader that turns its text into a value, and how to
// build the adapter from those values. The configuration refuses a key no adapter declares.

const define_option = {
    /** Text, or `fallback` when not given. */
    text: (fallback = '') => (text) => text === '' ? fallback : text,
    /** Text, or undefined when not given. */
    optional: () => (text) => (text === '' ? undefined : text),
    /** One of `values`, or `fallback` when not given. */
    oneOf: (values, fallback) => (text, subject) => (0,src/* parseEnum */.nL)(subject, text === '' ? fallback : text, values),
};
/** An adapter's entry for the registry: its name, its option keys with their readers, and how to build it from their values. */
function defineAdapter(name, options, create) {
    return { name, options, create };
}

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/command.ts
// The `command` adapter: the user's own deploy, rollback and status commands, run with argument
// arrays. The versions travel as environment variables (DEPLOY_VERSION, DEPLOY_PREVIOUS_VERSION,
// DEPLOY_ENVIRONMENT), never spliced into a shell line.



class CommandAdapter {
    name = 'command';
    capabilities = { weights: false, preview: false, keepPrevious: false, strategies: ['direct'] };
    options;
    constructor(options) {
        if (options.deployCommand === '')
            throw new src/* ConfigurationError */.j1('deploy-command', 'is required with adapter: command', './scripts/deploy.sh');
        // Parse now, so a shell operator is refused before anything runs.
        splitCommand('deploy-command', options.deployCommand);
        if (options.rollbackCommand)
            splitCommand('rollback-command', options.rollbackCommand);
        if (options.statusCommand)
            splitCommand('status-command', options.statusCommand);
        this.options = options;
    }
    vars(version, previous) {
        return { DEPLOY_VERSION: version, DEPLOY_PREVIOUS_VERSION: previous ?? '', DEPLOY_ENVIRONMENT: this.options.environment };
    }
    async run(subject, text, vars) {
        const argv = splitCommand(subject, text, vars);
        const result = await runChecked(subject, argv, { cwd: this.options.cwd, env: { ...this.options.env, ...vars }, timeoutMs: this.options.timeoutMs });
        return result.stdout;
    }
    async current() {
        if (!this.options.statusCommand)
            return undefined;
        const out = (await this.run('status-command', this.options.statusCommand, { DEPLOY_ENVIRONMENT: this.options.environment }))
            .trim()
            .split('\n')
            .at(-1)
            ?.trim();
        return out ? { version: out } : undefined;
    }
    prepare(candidate) {
        return Promise.resolve(candidate);
    }
    async shift(weight, plan) {
        if (weight === 0)
            return;
        if (weight !== 100)
            throw new src/* ConfigurationError */.j1('steps', `the command adapter cannot send ${weight} % of traffic`, '100');
        await this.run('deploy-command', this.options.deployCommand, this.vars(plan.candidate.version, plan.previous?.version));
    }
    async restore(target, from) {
        const vars = { ...this.vars(target.version, from?.version), DEPLOY_ROLLBACK: 'true' };
        if (this.options.rollbackCommand)
            await this.run('rollback-command', this.options.rollbackCommand, vars);
        else
            await this.run('deploy-command', this.options.deployCommand, vars);
    }
    ensureReady(release) {
        // Restoring redeploys the version, which brings it back whatever state it was in.
        return Promise.resolve(release);
    }
    cleanup() {
        return Promise.resolve();
    }
}
const commandAdapter = defineAdapter('command', {
    'deploy-command': define_option.text(),
    'rollback-command': define_option.optional(),
    'status-command': define_option.optional(),
}, (o, { config, env }) => new CommandAdapter({
    deployCommand: o['deploy-command'],
    rollbackCommand: o['rollback-command'],
    statusCommand: o['status-command'],
    environment: config.environment,
    cwd: config.cwd,
    env,
    timeoutMs: config.stepTimeoutMs,
}));

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/rolling.ts
// What the adapters that update one target in place share (kubernetes, fly): the platform replaces
// instances itself, so a deploy and a rollback are the same rolling update to a version, there is
// no candidate to check beforehand and nothing to clean up. `direct` only.

class RollingUpdateAdapter {
    capabilities = { weights: false, preview: false, keepPrevious: false, strategies: ['direct'] };
    prepare(candidate) {
        return Promise.resolve(candidate);
    }
    async shift(weight, plan) {
        if (weight === 0)
            return;
        if (weight !== 100)
            throw new src/* ConfigurationError */.j1('steps', `the ${this.name} adapter (direct) cannot send ${weight} % of traffic`, '100');
        await this.rollTo(plan.candidate.version);
    }
    async restore(target) {
        await this.rollTo(target.version);
    }
    ensureReady(release) {
        return Promise.resolve(release);
    }
    cleanup() {
        return Promise.resolve();
    }
}

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/platform.ts
// What the hosted-platform adapters share (vercel, netlify): the platform keeps every deployment,
// immutable and reachable on its own URL, and production is whichever one is published. So the
// candidate (built beforehand by the platform's CLI or git integration) is checked on its own URL,
// the switch publishes it, and a rollback publishes the previous one again: nothing is rebuilt.
// No traffic weights: direct and blue-green only. Credentials come from an environment variable
// the error names; every call goes to a configurable base URL.

class PlatformError extends Error {
    name = 'PlatformError';
    /** The HTTP status the platform answered with, when it answered. */
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** A JSON client for a platform's REST API, authorised by the token in `tokenVariable`. */
function platformApi(options) {
    const token = options.env[options.tokenVariable];
    if (!token)
        throw new src/* ConfigurationError */.j1('adapter', `the ${options.platform.toLowerCase()} adapter needs an API token in the ${options.tokenVariable} environment variable`, `env: ${options.tokenVariable}: \${{ secrets.${options.tokenVariable} }}`);
    const base = options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`;
    return async (method, path, body, extraHeaders = {}) => {
        const url = new URL(path.replace(/^\//, ''), base);
        for (const [key, value] of Object.entries(options.query ?? {}))
            url.searchParams.set(key, value);
        let response;
        try {
            response = await fetch(url, {
                method,
                headers: {
                    authorization: `Bearer ${token}`,
                    accept: 'application/json',
                    ...options.headers,
                    ...extraHeaders,
                    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                },
                ...(body === undefined ? {} : { body: JSON.stringify(body) }),
            });
        }
        catch (error) {
            throw new PlatformError(`${options.platform} API ${method} ${url.pathname} failed: ${error.message}`);
        }
        const text = await response.text();
        if (!response.ok) {
            let message;
            try {
                const parsed = JSON.parse(text);
                message = typeof parsed.error === 'string' ? parsed.error : (parsed.error?.message ?? parsed.message);
            }
            catch {
                message = text.slice(0, 200);
            }
            const hint = response.status === 401 || response.status === 403 ? ` (check ${options.tokenVariable} and what it may access)` : '';
            throw new PlatformError(`${options.platform} API ${method} ${url.pathname} answered ${response.status}: ${message ?? ''}${hint}`, response.status);
        }
        return (text ? JSON.parse(text) : {});
    };
}
class PromotionAdapter {
    capabilities = { weights: false, preview: true, keepPrevious: true, strategies: ['direct', 'blue-green'] };
    promotion;
    constructor(options) {
        if (!options.candidate)
            throw new src/* ConfigurationError */.j1(options.candidateInput, 'is required: the deployment to publish (by id or URL), built beforehand', 'an id or URL');
        this.promotion = options;
    }
    release(d, version = d.recordedVersion || d.id) {
        return { version, slot: d.id, ...(d.url ? { endpoint: { url: d.url } } : {}) };
    }
    /** Another production deployment still building would publish itself over this one: wait for it. */
    async busy() {
        const candidate = this.promotion.candidate.replace(/^https?:\/\//, '').replace(/\/+$/, '');
        const other = (await this.productionBuilds()).find((d) => d.id !== candidate && d.url?.replace(/^https:\/\//, '') !== candidate);
        return other && `${this.platform} production deployment ${other.id} is still ${other.rawState} and publishes itself when it is done`;
    }
    async current() {
        const d = await this.published();
        return d ? this.release(d) : undefined;
    }
    /** The candidate, once built; its recorded version, when it has one, must be the one being deployed. */
    async prepare(candidate) {
        const deadline = Date.now() + this.promotion.readyTimeoutMs;
        for (;;) {
            const d = await this.deployment(this.promotion.candidate);
            if (d.state === 'ready') {
                if (d.recordedVersion !== undefined && d.recordedVersion !== candidate.version)
                    throw new src/* ConfigurationError */.j1(this.promotion.candidateInput, `${d.id} was built for version ${d.recordedVersion}, not ${candidate.version}`, `the deployment of ${candidate.version}, or version: ${d.recordedVersion}`);
                return this.release(d, candidate.version);
            }
            if (d.state === 'failed')
                throw new PlatformError(`the candidate deployment ${d.id} is ${d.rawState}: nothing was published`);
            if (Date.now() > deadline)
                throw new PlatformError(`the candidate deployment ${d.id} is still ${d.rawState} after ${this.promotion.readyTimeoutMs} ms`);
            await new Promise((resolve) => setTimeout(resolve, this.promotion.pollMs ?? 2000));
        }
    }
    async publishRelease(release) {
        if (!release.slot)
            throw new PlatformError(`no ${this.name} deployment is known for version ${release.version}`);
        // Idempotent: what is already published is not published again.
        if ((await this.published())?.id === release.slot)
            return;
        await this.publish(release.slot);
    }
    async shift(weight, plan) {
        if (weight === 0)
            return;
        if (weight !== 100)
            throw new src/* ConfigurationError */.j1('steps', `the ${this.name} adapter cannot send ${weight} % of traffic (no weights)`, '100');
        await this.publishRelease(plan.candidate);
    }
    async restore(target) {
        await this.publishRelease(target);
    }
    /** A platform deployment cannot be re-provisioned from here: it is ready, or the rollback needs another rung. */
    async ensureReady(release) {
        if (!release.slot)
            throw new PlatformError(`no ${this.name} deployment is known for version ${release.version}`);
        const d = await this.deployment(release.slot);
        if (d.state !== 'ready')
            throw new PlatformError(`deployment ${d.id} of ${release.version} is ${d.rawState}, not ready`);
        return this.release(d, release.version);
    }
    cleanup() {
        // Deployments stay on the platform (that is what makes a rollback instant); retention is the platform's.
        return Promise.resolve();
    }
    async history() {
        return (await this.publishedHistory()).filter((d) => d.state === 'ready').map((d) => this.release(d));
    }
}

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/fly.ts
// The `fly` adapter, through the Fly Machines API: a deploy updates the app's Machines one at a
// time to the version's image (POST /v1/apps/:app/machines/:id with the new config.image, then
// GET …/wait?state=started for its new instance), so the others serve while one is replaced; the
// version is recorded in each Machine's metadata. A rollback rolls them back to the previous
// version's image the same way. `direct` only.




const FLY_VERSION_KEY = 'devops-actions-version';
class FlyAdapter extends RollingUpdateAdapter {
    name = 'fly';
    options;
    api;
    constructor(options) {
        super();
        if (!options.app)
            throw new src/* ConfigurationError */.j1('fly-app', 'is required with adapter: fly', 'shop-web');
        if (!options.image.includes('{version}'))
            throw new src/* ConfigurationError */.j1('fly-image', 'must contain {version} where the version goes', 'registry.fly.io/shop-web:{version}');
        this.options = options;
        this.api = platformApi({ platform: 'Fly', apiUrl: options.apiUrl, tokenVariable: 'FLY_API_TOKEN', env: options.env });
    }
    app() {
        return encodeURIComponent(this.options.app);
    }
    async machines() {
        const all = await this.api('GET', `/v1/apps/${this.app()}/machines`);
        const group = this.options.processGroup;
        const ours = group ? all.filter((m) => (m.config.metadata?.fly_process_group ?? 'app') === group) : all;
        if (ours.length === 0)
            throw new PlatformError(`the Fly app ${this.options.app} has no Machines${group ? ` in the process group ${group}` : ''} to deploy to`);
        return ours;
    }
    imageOf(version) {
        return this.options.image.replaceAll('{version}', version);
    }
    /** A Machine leased by someone else (`fly deploy` leases each Machine it updates) is being changed. */
    async busy() {
        for (const machine of await this.machines()) {
            const lease = await this.api('GET', `/v1/apps/${this.app()}/machines/${encodeURIComponent(machine.id)}/lease`).catch((error) => {
                if (error instanceof PlatformError && error.status === 404)
                    return undefined;
                throw error;
            });
            const expires = lease?.data?.expires_at;
            if (lease?.data && (expires === undefined || expires * 1000 > Date.now()))
                return `Fly Machine ${machine.id} is leased by ${lease.data.owner ?? 'someone'}${lease.data.description ? ` (${lease.data.description})` : ''}${expires ? ` until ${new Date(expires * 1000).toISOString()}` : ''}`;
        }
        return undefined;
    }
    async current() {
        const [first] = await this.machines();
        const version = first?.config.metadata?.[FLY_VERSION_KEY];
        return version ? { version } : undefined;
    }
    /** Every Machine to `version`, one at a time; a Machine already there is left alone (a re-run resumes). */
    async rollTo(version) {
        const image = this.imageOf(version);
        for (const machine of await this.machines()) {
            if (machine.config.image === image && machine.config.metadata?.[FLY_VERSION_KEY] === version && machine.state === 'started')
                continue;
            const config = { ...machine.config, image, metadata: { ...machine.config.metadata, [FLY_VERSION_KEY]: version } };
            const updated = await this.api('POST', `/v1/apps/${this.app()}/machines/${encodeURIComponent(machine.id)}`, { config });
            const timeout = Math.max(1, Math.ceil(this.options.startTimeoutMs / 1000));
            const query = new URLSearchParams({ state: 'started', timeout: String(timeout), ...(updated.instance_id ? { instance_id: updated.instance_id } : {}) });
            await this.api('GET', `/v1/apps/${this.app()}/machines/${encodeURIComponent(machine.id)}/wait?${query.toString()}`).catch((error) => {
                throw new PlatformError(`Machine ${machine.id} did not start ${image}: ${error.message}`);
            });
        }
    }
}
const flyAdapter = defineAdapter('fly', {
    'fly-app': define_option.text(),
    'fly-image': define_option.text(),
    'fly-process-group': define_option.optional(),
    'fly-api-url': define_option.text('https://api.machines.dev'),
}, (o, { config, env }) => new FlyAdapter({
    app: o['fly-app'],
    image: o['fly-image'],
    processGroup: o['fly-process-group'],
    apiUrl: o['fly-api-url'],
    startTimeoutMs: config.readyTimeoutMs,
    env,
}));

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/heroku.ts
// The `heroku` adapter, through Heroku's Platform API: the candidate is a slug built beforehand
// (the Build API, or `heroku builds:create`); the switch releases it
// (POST /apps/:app/releases {slug, description: <version>}) and waits for the release to
// succeed; a rollback releases the previous release again (POST /apps/:app/releases {release}),
// which Heroku does without a rebuild. Heroku replaces dynos itself: `direct` only.



const ROLLBACK = /^Rollback to v(\d+)$/;
class HerokuAdapter {
    name = 'heroku';
    capabilities = { weights: false, preview: false, keepPrevious: false, strategies: ['direct'] };
    options;
    api;
    constructor(options) {
        if (!options.app)
            throw new src/* ConfigurationError */.j1('heroku-app', 'is required with adapter: heroku', 'my-app');
        if (!options.slug)
            throw new src/* ConfigurationError */.j1('heroku-slug', 'is required with adapter: heroku (the slug to release, built beforehand)', 'the slug id from the Build API');
        this.options = options;
        this.api = platformApi({
            platform: 'Heroku',
            apiUrl: options.apiUrl,
            tokenVariable: 'HEROKU_API_KEY',
            env: options.env,
            headers: { accept: 'application/vnd.heroku+json; version=3' },
        });
    }
    app() {
        return encodeURIComponent(this.options.app);
    }
    releases() {
        return this.api('GET', `/apps/${this.app()}/releases`, undefined, { range: 'version ..; order=desc, max=50' });
    }
    /** A release's version as deployed: its description, or for Heroku's own rollbacks the version it went back to. */
    static versionOf(release, all, depth = 0) {
        const back = ROLLBACK.exec(release.description);
        const target = back ? all.find((r) => r.version === Number(back[1])) : undefined;
        return target && depth < 10 ? HerokuAdapter.versionOf(target, all, depth + 1) : release.description;
    }
    /** The release serving the app: the one Heroku marks current, else the newest that succeeded. */
    static live(all) {
        return all.find((r) => r.current) ?? all.find((r) => r.status === 'succeeded');
    }
    /** A release still in its release phase, or a build that releases itself when done, would overlap this deploy. */
    async busy() {
        const pending = (await this.releases()).find((r) => r.status === 'pending');
        if (pending)
            return `Heroku release v${pending.version} (${pending.description}) of ${this.options.app} is still pending`;
        const builds = await this.api('GET', `/apps/${this.app()}/builds`, undefined, { range: 'created_at ..; order=desc, max=10' });
        const build = builds.find((b) => b.status === 'pending');
        return (build &&
            `Heroku build ${build.id} of ${this.options.app}${build.user?.email ? ` by ${build.user.email}` : ''} is still pending and releases itself when it succeeds`);
    }
    async current() {
        const all = await this.releases();
        const current = HerokuAdapter.live(all);
        return current ? { version: HerokuAdapter.versionOf(current, all), slot: current.id } : undefined;
    }
    /** The candidate slug must exist before anything is released. */
    async prepare(candidate) {
        await this.api('GET', `/apps/${this.app()}/slugs/${encodeURIComponent(this.options.slug)}`);
        return { ...candidate, slot: this.options.slug };
    }
    async waitFor(release) {
        const deadline = Date.now() + this.options.releaseTimeoutMs;
        let at = release;
        while (at.status === 'pending') {
            if (Date.now() > deadline)
                throw new PlatformError(`release v${at.version} is still pending after ${this.options.releaseTimeoutMs} ms`);
            await new Promise((resolve) => setTimeout(resolve, this.options.pollMs ?? 2000));
            at = await this.api('GET', `/apps/${this.app()}/releases/${encodeURIComponent(at.id)}`);
        }
        if (at.status !== 'succeeded')
            throw new PlatformError(`release v${at.version} ${at.status} (see its release phase output: heroku releases:output ${at.version})`);
    }
    async shift(weight, plan) {
        if (weight === 0)
            return;
        if (weight !== 100)
            throw new src/* ConfigurationError */.j1('steps', `the heroku adapter cannot send ${weight} % of traffic`, '100');
        const slug = plan.candidate.slot ?? this.options.slug;
        // Idempotent: a slug that is already released is not released again.
        if (HerokuAdapter.live(await this.releases())?.slug?.id === slug)
            return;
        await this.waitFor(await this.api('POST', `/apps/${this.app()}/releases`, { slug, description: plan.candidate.version }));
    }
    async restore(target) {
        if (!target.slot)
            throw new PlatformError(`no Heroku release is known for version ${target.version}`);
        const all = await this.releases();
        const wanted = all.find((r) => r.id === target.slot);
        if (wanted?.slug && HerokuAdapter.live(all)?.slug?.id === wanted.slug.id)
            return;
        await this.waitFor(await this.api('POST', `/apps/${this.app()}/releases`, { release: target.slot }));
    }
    /** Heroku keeps every release: the target must exist and have succeeded. */
    async ensureReady(release) {
        if (!release.slot)
            throw new PlatformError(`no Heroku release is known for version ${release.version}`);
        const r = await this.api('GET', `/apps/${this.app()}/releases/${encodeURIComponent(release.slot)}`);
        if (r.status !== 'succeeded')
            throw new PlatformError(`release v${r.version} of ${release.version} ${r.status}`);
        return release;
    }
    cleanup() {
        return Promise.resolve();
    }
    async history() {
        const all = await this.releases();
        return all.filter((r) => r.status === 'succeeded').map((r) => ({ version: HerokuAdapter.versionOf(r, all), slot: r.id }));
    }
}
const herokuAdapter = defineAdapter('heroku', {
    'heroku-app': define_option.text(),
    'heroku-slug': define_option.text(),
    'heroku-api-url': define_option.text('https://api.heroku.com'),
}, (o, { config, env }) => new HerokuAdapter({
    app: o['heroku-app'],
    slug: o['heroku-slug'],
    apiUrl: o['heroku-api-url'],
    releaseTimeoutMs: config.stepTimeoutMs,
    env,
}));

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./packages/deploy/src/lock.ts
// A target lock: a lock file with a lease. Two deploys to one target run one after the other
// (`lock: wait`) or the second fails at once naming the holder (`lock: fail`). A holder that
// died (its lease ran out, or its process is gone on this host) is taken over.




/**
 * The target is held by another deploy (`lock: fail`, or longer than `lock-timeout`): nothing
 * was changed; a state of the target, not a wrong setting (the CLI exits 1, as for a failed deploy).
 */
class LockedError extends Error {
    name = 'LockedError';
    /** The lock file's holder, or the adapter's description of who has the target. */
    holder;
    constructor(message, holder) {
        super(message);
        this.holder = holder;
    }
}
function readHolder(path) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
function stale(holder) {
    if (holder === undefined)
        return true;
    if (Date.parse(holder.expiresAt) < Date.now())
        return true;
    return holder.host === (0,external_node_os_.hostname)() && !alive(holder.pid);
}
function describeHolder(holder) {
    return `${holder.owner} (pid ${holder.pid} on ${holder.host}, since ${holder.acquiredAt}, lease until ${holder.expiresAt})`;
}
async function acquireLock(options) {
    const started = Date.now();
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(options.path), { recursive: true });
    const me = () => ({
        owner: options.owner,
        pid: process.pid,
        host: (0,external_node_os_.hostname)(),
        acquiredAt: new Date(started).toISOString(),
        expiresAt: new Date(Date.now() + options.leaseMs).toISOString(),
    });
    let told = false;
    for (;;) {
        options.signal?.throwIfAborted();
        try {
            (0,external_node_fs_.writeFileSync)(options.path, JSON.stringify(me()), { flag: 'wx' });
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        const holder = readHolder(options.path);
        if (stale(holder)) {
            // Take over by rename (atomic), then read back: of two takers racing, only one stays.
            const temp = `${options.path}.${process.pid}.take`;
            (0,external_node_fs_.writeFileSync)(temp, JSON.stringify(me()));
            (0,external_node_fs_.renameSync)(temp, options.path);
            await (0,promises_.setTimeout)(20);
            const now = readHolder(options.path);
            if (now?.pid === process.pid && now.owner === options.owner)
                break;
            continue;
        }
        if (holder === undefined)
            continue;
        if (options.mode === 'fail')
            throw new LockedError(`the target is locked by ${describeHolder(holder)}; lock: fail`, holder);
        if (Date.now() - started > options.waitTimeoutMs) {
            throw new LockedError(`gave up waiting for the target lock after ${Math.round((Date.now() - started) / 1000)} s; held by ${describeHolder(holder)}`, holder);
        }
        if (!told)
            options.onWait?.(holder);
        told = true;
        await (0,promises_.setTimeout)(options.pollMs ?? 200, undefined, { signal: options.signal });
    }
    const waitedMs = Date.now() - started;
    const renew = setInterval(() => {
        const holder = readHolder(options.path);
        if (holder?.pid === process.pid && holder.owner === options.owner)
            (0,external_node_fs_.writeFileSync)(options.path, JSON.stringify({ ...holder, expiresAt: me().expiresAt }));
    }, Math.max(50, Math.floor(options.leaseMs / 3)));
    renew.unref();
    return {
        path: options.path,
        waitedMs,
        release() {
            clearInterval(renew);
            const holder = readHolder(options.path);
            if (holder?.pid === process.pid && holder.owner === options.owner)
                (0,external_node_fs_.rmSync)(options.path, { force: true });
        },
    };
}
/**
 * Repeats `attempt` until it takes the target (returns undefined) under the lock mode: with
 * `fail` the first refusal throws, with `wait` it polls until the wait timeout. `attempt`
 * returns who has the target when it is taken. Returns how long it waited, in ms.
 */
async function waitForTarget(attempt, options) {
    const started = Date.now();
    let told = false;
    for (;;) {
        options.signal?.throwIfAborted();
        const holder = await attempt();
        if (holder === undefined)
            return Date.now() - started;
        if (options.mode === 'fail')
            throw new LockedError(`the target is busy: ${holder}; lock: fail`, holder);
        if (Date.now() - started > options.waitTimeoutMs) {
            throw new LockedError(`gave up waiting for the target after ${Math.round((Date.now() - started) / 1000)} s; ${holder}`, holder);
        }
        if (!told)
            options.onWait?.(holder);
        told = true;
        await (0,promises_.setTimeout)(options.pollMs ?? 1000, undefined, { signal: options.signal });
    }
}

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/kubernetes-lease.ts
// The target lock of the kubernetes adapter: a coordination.k8s.io/v1 Lease in the target's
// namespace, which every runner that can reach the cluster sees (the lock file only serialises
// deploys that share a state-dir). Taken with optimistic concurrency: a write carries the
// resourceVersion just read, so of two runners racing for a free Lease only one write succeeds.


/** The reason in kubectl's `Error from server (Reason): ...`, e.g. NotFound, Conflict, Forbidden. */
function serverReason(result) {
    return /Error from server \((\w+)\)/.exec(result.stderr)?.[1];
}
/** Kubernetes MicroTime: RFC 3339 with six fractional digits, `2026-11-22T18:00:00.000000Z`. */
function microTime(ms) {
    return new Date(ms).toISOString().replace(/Z$/, '000Z');
}
function leaseSeconds(leaseMs) {
    return Math.max(1, Math.ceil(leaseMs / 1000));
}
/** Until when the holder has the Lease, in ms since the epoch (NaN when it never renewed). */
function expiresAt(lease) {
    const spec = lease.spec ?? {};
    return Date.parse(spec.renewTime ?? spec.acquireTime ?? '') + (spec.leaseDurationSeconds ?? 0) * 1000;
}
/**
 * Takes the Lease for `options.owner`, waiting or failing as `options.mode` says, and keeps it
 * renewed until released.
 */
async function takeLease(lease, options) {
    const where = `Lease ${lease.namespace ? `${lease.namespace}/` : ''}${lease.name}`;
    const fail = (verb, result) => {
        if (serverReason(result) === 'Forbidden') {
            throw new src/* ConfigurationError */.j1('k8s-lease', `kubectl may not ${verb} the ${where}, which keeps deploys to this target one at a time across runners (${result.stderr.trim().split('\n')[0]}). ` +
                `Grant the deploy's Kubernetes user a Role in namespace ${lease.namespace ?? '(the default namespace)'} with the rule ` +
                `apiGroups: ["coordination.k8s.io"], resources: ["leases"], verbs: ["get", "create", "update"]; or set k8s-lease: off to do without it`, 'off');
        }
        const output = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).join('\n');
        throw new Error(`kubectl could not ${verb} the ${where} (exit code ${result.code}): ${output}`);
    };
    /** Writes `object` with create or replace; returns the stored Lease, or undefined when another writer came first. */
    const write = async (verb, object) => {
        const result = await lease.kubectl([verb, '-f', '-', '-o', 'json'], JSON.stringify(object));
        if (result.code === 0)
            return JSON.parse(result.stdout);
        const reason = serverReason(result);
        if (reason === 'AlreadyExists' || reason === 'Conflict' || reason === 'NotFound')
            return undefined;
        return fail(verb === 'create' ? 'create' : 'update', result);
    };
    const ours = (current, now) => {
        const mine = current?.spec?.holderIdentity === options.owner;
        return {
            apiVersion: 'coordination.k8s.io/v1',
            kind: 'Lease',
            ...current,
            metadata: current?.metadata ?? {
                name: lease.name,
                ...(lease.namespace ? { namespace: lease.namespace } : {}),
                labels: { 'app.kubernetes.io/managed-by': 'devops-actions' },
            },
            spec: {
                holderIdentity: options.owner,
                leaseDurationSeconds: leaseSeconds(options.leaseMs),
                acquireTime: mine && current?.spec?.acquireTime ? current.spec.acquireTime : microTime(now),
                renewTime: microTime(now),
                leaseTransitions: (current?.spec?.leaseTransitions ?? 0) + (current === undefined || mine ? 0 : 1),
            },
        };
    };
    let held;
    /** One try: undefined when the Lease is ours now, else who holds it. */
    const attempt = async () => {
        // A lost race (AlreadyExists, Conflict) is retried at once against what the winner wrote.
        for (let tries = 0; tries < 5; tries++) {
            const got = await lease.kubectl(['get', 'lease', lease.name, '-o', 'json']);
            const now = Date.now();
            if (got.code !== 0) {
                if (serverReason(got) !== 'NotFound')
                    fail('get', got);
                held = await write('create', ours(undefined, now));
            }
            else {
                const current = JSON.parse(got.stdout);
                const holder = current.spec?.holderIdentity;
                if (holder && holder !== options.owner && !(expiresAt(current) < now)) {
                    const until = expiresAt(current);
                    return `${where} is held by "${holder}" (since ${current.spec?.acquireTime ?? 'unknown'}, until ${Number.isNaN(until) ? 'unknown' : microTime(until)})`;
                }
                // Free, expired, or ours already (the post step of the same run).
                held = await write('replace', ours(current, now));
            }
            if (held)
                return undefined;
        }
        return `${where} is being taken by another deploy right now`;
    };
    await waitForTarget(attempt, options);
    // Renewals and the release write over our last write (its resourceVersion): a Conflict or
    // NotFound means someone took the Lease after it expired, and it is theirs now.
    let renewing = Promise.resolve();
    const rewrite = async (spec) => {
        if (held === undefined)
            return;
        held = await write('replace', { ...held, spec });
    };
    const timer = setInterval(() => {
        renewing = renewing.then(() => (held?.spec ? rewrite({ ...held.spec, renewTime: microTime(Date.now()) }) : undefined)).catch(() => undefined);
    }, Math.max(100, Math.floor(options.leaseMs / 3)));
    timer.unref();
    return {
        async release() {
            clearInterval(timer);
            await renewing;
            if (held?.spec === undefined)
                return;
            const spec = { ...held.spec };
            delete spec.holderIdentity;
            // A release that fails leaves a Lease that runs out by itself after leaseDurationSeconds.
            await rewrite(spec).catch(() => undefined);
            held = undefined;
        },
    };
}

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/kubernetes.ts
// The `kubernetes` adapter, through kubectl with argument arrays.
//
// - direct (no k8s-service): the Deployment's own rolling update (`kubectl set image`, then
//   `kubectl rollout status`), with the version recorded in an annotation; a restore sets the
//   recorded image of the target version back and waits for the rollout.
// - blue-green (k8s-service set): two Deployments, `<k8s-deployment>-blue` and `-green`; the
//   Service's selector label (k8s-slot-label: blue|green) picks the live one. The candidate rolls
//   out in the idle slot, is checked through the preview Service, then one selector patch moves
//   all traffic; a rollback patches the selector back.
//
// Both keep a coordination.k8s.io Lease as the target lock (k8s-lease), seen by every runner.





const VERSION_ANNOTATION = 'devops-actions.dev/version';
const DEFAULT_SLOT_LABEL = 'devops-actions.dev/slot';
const SLOTS = ['blue', 'green'];
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** DNS-1123 label: Namespaces, containers. */
function isLabel(text) {
    return text.length <= 63 && DNS_LABEL.test(text);
}
/** DNS-1123 subdomain: Deployments, Leases. */
function isSubdomain(text, maxLength = 253) {
    return text.length <= maxLength && text.split('.').every(isLabel);
}
/** DNS-1035 label: Services. */
function isServiceName(text) {
    return text.length <= 63 && /^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(text);
}
/** A label key: an optional DNS subdomain prefix and `/`, then a name of letters, digits, `-_.`. */
function isLabelKey(text) {
    const slash = text.lastIndexOf('/');
    const name = text.slice(slash + 1);
    if (slash >= 0 && !isSubdomain(text.slice(0, slash)))
        return false;
    return name.length <= 63 && /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(name);
}
function isSlot(value) {
    return SLOTS.includes(value);
}
function otherSlot(slot) {
    return slot === 'blue' ? 'green' : 'blue';
}
function validate(options) {
    const rule = 'lower-case letters, digits and -';
    if (options.deployment === '')
        throw new src/* ConfigurationError */.j1('k8s-deployment', 'is required with adapter: kubernetes', 'web');
    if (!isSubdomain(options.deployment))
        throw new src/* ConfigurationError */.j1('k8s-deployment', `"${options.deployment}" is not a Deployment name (DNS-1123: ${rule}, dots between parts)`, 'web');
    if (!isLabel(options.container))
        throw new src/* ConfigurationError */.j1('k8s-container', `"${options.container}" is not a container name (DNS-1123: ${rule})`, 'web');
    if (!options.image.includes('{version}'))
        throw new src/* ConfigurationError */.j1('k8s-image', 'must contain {version} where the version goes', 'ghcr.io/acme/web:{version}');
    if (options.namespace !== undefined && !isLabel(options.namespace))
        throw new src/* ConfigurationError */.j1('k8s-namespace', `"${options.namespace}" is not a namespace (DNS-1123: ${rule})`, 'production');
    if (options.lease !== undefined && !isSubdomain(options.lease))
        throw new src/* ConfigurationError */.j1('k8s-lease', `"${options.lease}" is not a Lease name (DNS-1123: ${rule}), nor off`, `${options.deployment}-deploy`);
}
/** kubectl with the configured context and namespace, argument arrays only. */
class Kubectl {
    base;
    options;
    constructor(options) {
        this.options = options;
        this.base = [
            ...splitCommand('kubectl-command', options.kubectl),
            ...(options.context ? ['--context', options.context] : []),
            ...(options.namespace ? ['--namespace', options.namespace] : []),
        ];
    }
    runOptions(input) {
        return { cwd: this.options.cwd, env: this.options.env, timeoutMs: this.options.rolloutTimeoutMs + 30_000, input };
    }
    /** Never throws for a non-zero exit: the caller reads kubectl's `Error from server (Reason)`. */
    run(args, input) {
        return runCommand([...this.base, ...args], this.runOptions(input));
    }
    async checked(args) {
        return (await runChecked('kubectl', [...this.base, ...args], this.runOptions())).stdout;
    }
    /** The object as JSON, or undefined when it does not exist. */
    async get(kind, name) {
        const result = await this.run(['get', kind, name, '-o', 'json']);
        if (result.code === 0)
            return JSON.parse(result.stdout);
        if (serverReason(result) === 'NotFound')
            return undefined;
        const output = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).join('\n');
        throw new CommandError(`kubectl get ${kind} ${name} exited with code ${result.code}: ${output}`, result);
    }
    lock(options) {
        const name = this.options.lease;
        // Without a Lease the lock file (and the workflow's concurrency group) is the only lock.
        if (name === undefined)
            return Promise.resolve({ release: () => Promise.resolve() });
        return takeLease({ name, namespace: this.options.namespace, kubectl: (args, input) => this.run(args, input) }, options);
    }
}
class KubernetesAdapter extends RollingUpdateAdapter {
    name = 'kubernetes';
    options;
    kubectl;
    constructor(options) {
        super();
        validate(options);
        this.options = options;
        this.kubectl = new Kubectl(options);
    }
    target() {
        return `deployment/${this.options.deployment}`;
    }
    lockTarget(options) {
        return this.kubectl.lock(options);
    }
    async current() {
        const out = await this.kubectl.checked(['get', this.target(), '-o', `jsonpath={.metadata.annotations.${VERSION_ANNOTATION.replace(/\./g, '\\.')}}`]);
        return out.trim() ? { version: out.trim() } : undefined;
    }
    async rollTo(version) {
        await this.kubectl.checked(['set', 'image', this.target(), `${this.options.container}=${this.options.image.replaceAll('{version}', version)}`]);
        await this.kubectl.checked(['annotate', '--overwrite', this.target(), `${VERSION_ANNOTATION}=${version}`]);
        await this.kubectl.checked(['rollout', 'status', this.target(), `--timeout=${Math.ceil(this.options.rolloutTimeoutMs / 1000)}s`]);
    }
}
class KubernetesBlueGreenAdapter {
    name = 'kubernetes';
    capabilities = { weights: false, preview: true, keepPrevious: true, strategies: ['direct', 'blue-green'] };
    options;
    kubectl;
    constructor(options) {
        validate(options);
        // The slot Deployments are `<k8s-deployment>-green` at most.
        if (!isSubdomain(options.deployment, 253 - '-green'.length))
            throw new src/* ConfigurationError */.j1('k8s-deployment', `"${options.deployment}" is too long to add -blue and -green to it`, 'web');
        if (!isServiceName(options.service))
            throw new src/* ConfigurationError */.j1('k8s-service', `"${options.service}" is not a Service name (DNS-1035: a lower-case letter, then letters, digits and -)`, 'web');
        if (!isLabelKey(options.slotLabel))
            throw new src/* ConfigurationError */.j1('k8s-slot-label', `"${options.slotLabel}" is not a label key`, DEFAULT_SLOT_LABEL);
        if (options.previewService !== undefined) {
            if (!isServiceName(options.previewService))
                throw new src/* ConfigurationError */.j1('k8s-preview-service', `"${options.previewService}" is not a Service name (DNS-1035)`, `${options.service}-preview`);
            if (options.previewService === options.service)
                throw new src/* ConfigurationError */.j1('k8s-preview-service', 'must differ from k8s-service: it shows the candidate before users see it', `${options.service}-preview`);
        }
        if (options.previewUrl !== undefined) {
            if (options.previewService === undefined)
                throw new src/* ConfigurationError */.j1('k8s-preview-url', 'needs k8s-preview-service: the URL reaches the candidate through that Service', `${options.service}-preview`);
            let url;
            try {
                url = new URL(options.previewUrl);
            }
            catch {
                url = undefined;
            }
            if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
                throw new src/* ConfigurationError */.j1('k8s-preview-url', `"${options.previewUrl}" is not an http(s) URL`, 'https://preview.app.example.com');
        }
        this.options = options;
        this.kubectl = new Kubectl(options);
    }
    lockTarget(options) {
        return this.kubectl.lock(options);
    }
    deploymentName(slot) {
        return `${this.options.deployment}-${slot}`;
    }
    release(slot, version, preview) {
        const endpoint = preview && this.options.previewUrl !== undefined ? { url: this.options.previewUrl } : undefined;
        return endpoint ? { version, slot, endpoint } : { version, slot };
    }
    where() {
        return this.options.namespace ? ` in namespace ${this.options.namespace}` : '';
    }
    async deployment(slot) {
        const name = this.deploymentName(slot);
        const found = await this.kubectl.get('deployment', name);
        if (found === undefined)
            throw new Error(`the Deployment ${name} does not exist${this.where()}: blue-green needs two Deployments, ${this.deploymentName('blue')} and ${this.deploymentName('green')}, whose pods carry the label ${this.options.slotLabel}: blue or green`);
        // Without the label on its pods the Service would select nothing once it names this slot.
        if (found.spec.template.metadata?.labels?.[this.options.slotLabel] !== slot)
            throw new Error(`the pods of the Deployment ${name} do not carry the label ${this.options.slotLabel}: ${slot}, so the Service could not select them`);
        return found;
    }
    /** The slot the Service sends traffic to, or undefined before the first deploy. */
    async liveSlot() {
        const service = await this.kubectl.get('service', this.options.service);
        if (service === undefined)
            throw new Error(`the Service ${this.options.service} does not exist${this.where()} (k8s-service)`);
        const slot = service.spec.selector?.[this.options.slotLabel];
        return isSlot(slot) ? slot : undefined;
    }
    imageOf(deployment) {
        const container = deployment.spec.template.spec.containers.find((c) => c.name === this.options.container);
        if (container === undefined)
            throw new Error(`the Deployment ${deployment.metadata.name} has no container "${this.options.container}" (k8s-container)`);
        return container.image;
    }
    /** The version annotation, else the version read back out of the image by the k8s-image pattern. */
    versionOf(deployment) {
        const annotated = deployment.metadata.annotations?.[VERSION_ANNOTATION];
        if (annotated)
            return annotated;
        const [before = '', after = ''] = this.options.image.split('{version}');
        const image = this.imageOf(deployment) ?? '';
        if (image.length > before.length + after.length && image.startsWith(before) && image.endsWith(after))
            return image.slice(before.length, image.length - after.length);
        return undefined;
    }
    async slotRunning(version) {
        for (const slot of SLOTS)
            if (this.versionOf(await this.deployment(slot)) === version)
                return slot;
        return undefined;
    }
    async current() {
        const live = await this.liveSlot();
        if (live === undefined)
            return undefined;
        const version = this.versionOf(await this.deployment(live));
        return version === undefined ? undefined : this.release(live, version, false);
    }
    /** Runs `version` in `slot` with `replicas` pods and waits for the rollout; each step is skipped when already done. */
    async rollSlot(slot, version, replicas) {
        const name = this.deploymentName(slot);
        const deployment = await this.deployment(slot);
        const image = this.options.image.replaceAll('{version}', version);
        if (this.imageOf(deployment) !== image)
            await this.kubectl.checked(['set', 'image', `deployment/${name}`, `${this.options.container}=${image}`]);
        if (deployment.metadata.annotations?.[VERSION_ANNOTATION] !== version)
            await this.kubectl.checked(['annotate', '--overwrite', `deployment/${name}`, `${VERSION_ANNOTATION}=${version}`]);
        if ((deployment.spec.replicas ?? 1) !== replicas)
            await this.kubectl.checked(['scale', `deployment/${name}`, `--replicas=${replicas}`]);
        await this.kubectl.checked(['rollout', 'status', `deployment/${name}`, `--timeout=${Math.ceil(this.options.rolloutTimeoutMs / 1000)}s`]);
    }
    async select(service, slot) {
        await this.kubectl.checked(['patch', 'service', service, '--type=merge', '-p', JSON.stringify({ spec: { selector: { [this.options.slotLabel]: slot } } })]);
    }
    async prepare(candidate) {
        const live = await this.liveSlot();
        const idle = live === undefined ? 'blue' : otherSlot(live);
        // As many pods as the live slot has, so the switch does not shrink capacity.
        const liveReplicas = live === undefined ? 0 : ((await this.deployment(live)).spec.replicas ?? 1);
        const ownReplicas = (await this.deployment(idle)).spec.replicas ?? 1;
        await this.rollSlot(idle, candidate.version, liveReplicas || ownReplicas || 1);
        if (this.options.previewService !== undefined)
            await this.select(this.options.previewService, idle);
        return this.release(idle, candidate.version, true);
    }
    async shift(weight, plan) {
        if (weight === 0)
            return;
        if (weight !== 100)
            throw new src/* ConfigurationError */.j1('steps', `the kubernetes adapter moves traffic by Service selector and cannot send ${weight} %`, '100');
        const slot = plan.candidate.slot;
        if (!isSlot(slot))
            throw new Error(`the candidate ${plan.candidate.version} has no slot; prepare it first`);
        await this.select(this.options.service, slot);
    }
    async restore(target) {
        const slot = isSlot(target.slot) ? target.slot : await this.slotRunning(target.version);
        if (slot === undefined)
            throw new Error(`neither ${this.deploymentName('blue')} nor ${this.deploymentName('green')} runs ${target.version}`);
        await this.select(this.options.service, slot);
    }
    async ensureReady(release) {
        let slot = isSlot(release.slot) ? release.slot : await this.slotRunning(release.version);
        if (slot === undefined) {
            const live = await this.liveSlot();
            slot = live === undefined ? 'blue' : otherSlot(live);
        }
        // A slot scaled to 0 after an earlier switch comes back with as many pods as the other one.
        const own = (await this.deployment(slot)).spec.replicas ?? 1;
        const other = (await this.deployment(otherSlot(slot))).spec.replicas ?? 1;
        await this.rollSlot(slot, release.version, own || other || 1);
        return this.release(slot, release.version, false);
    }
    async cleanup(release) {
        const slot = release.slot;
        if (!isSlot(slot) || (await this.liveSlot()) === slot)
            return; // never scale down the slot that serves traffic
        const deployment = await this.deployment(slot);
        if ((deployment.spec.replicas ?? 1) !== 0)
            await this.kubectl.checked(['scale', `deployment/${this.deploymentName(slot)}`, '--replicas=0']);
    }
}
const kubernetesAdapter = defineAdapter('kubernetes', {
    'kubectl-command': define_option.text('kubectl'),
    'k8s-deployment': define_option.text(),
    'k8s-container': define_option.optional(),
    'k8s-image': define_option.text(),
    'k8s-namespace': define_option.optional(),
    'k8s-context': define_option.optional(),
    'k8s-lease': define_option.optional(),
    'k8s-service': define_option.optional(),
    'k8s-slot-label': define_option.text(DEFAULT_SLOT_LABEL),
    'k8s-preview-service': define_option.optional(),
    'k8s-preview-url': define_option.optional(),
}, (o, { config, env }) => {
    const deployment = o['k8s-deployment'];
    const lease = o['k8s-lease'] ?? `${deployment}-deploy`;
    const options = {
        kubectl: o['kubectl-command'],
        deployment,
        container: o['k8s-container'] ?? deployment,
        image: o['k8s-image'],
        namespace: o['k8s-namespace'],
        context: o['k8s-context'],
        lease: lease === 'off' ? undefined : lease,
        rolloutTimeoutMs: config.stepTimeoutMs,
        cwd: config.cwd,
        env,
    };
    const service = o['k8s-service'];
    if (service === undefined) {
        if (config.strategy === 'blue-green')
            throw new src/* ConfigurationError */.j1('k8s-service', 'is required for strategy: blue-green (the Service whose selector picks the blue or green Deployment)', 'web');
        for (const key of ['k8s-preview-service', 'k8s-preview-url'])
            if (o[key] !== undefined)
                throw new src/* ConfigurationError */.j1(key, 'needs k8s-service: blue-green switches that Service between two Deployments', 'web');
        return new KubernetesAdapter(options);
    }
    return new KubernetesBlueGreenAdapter({
        ...options,
        service,
        slotLabel: o['k8s-slot-label'],
        previewService: o['k8s-preview-service'],
        previewUrl: o['k8s-preview-url'],
    });
});

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/netlify.ts
// The `netlify` adapter, through Netlify's REST API: the candidate is a deploy built beforehand
// (`netlify deploy --json` without --prod, or a git deploy preview), checked on its own URL; the
// switch publishes it (POST /sites/:site/deploys/:deploy/restore), and a rollback publishes the
// previous one again.



const FAILED = new Set(['error', 'rejected', 'deleted']);
/** Deploy states on the way to `ready` (Netlify's deploy lifecycle). */
const BUILDING = new Set(['new', 'enqueued', 'building', 'uploading', 'uploaded', 'preparing', 'prepared', 'processing', 'processed', 'retrying']);
class NetlifyAdapter extends PromotionAdapter {
    name = 'netlify';
    platform = 'Netlify';
    options;
    api;
    constructor(options) {
        super({ candidateInput: 'netlify-deploy', candidate: options.deploy, readyTimeoutMs: options.readyTimeoutMs });
        if (!options.site)
            throw new src/* ConfigurationError */.j1('netlify-site', 'is required with adapter: netlify', 'the site id, or my-site.netlify.app');
        this.options = options;
        this.api = platformApi({ platform: 'Netlify', apiUrl: options.apiUrl, tokenVariable: 'NETLIFY_AUTH_TOKEN', env: options.env });
    }
    toPlatform(d) {
        return {
            id: d.id,
            ...(d.deploy_ssl_url ? { url: d.deploy_ssl_url } : {}),
            state: d.state === 'ready' ? 'ready' : FAILED.has(d.state) ? 'failed' : 'building',
            rawState: d.state,
            recordedVersion: d[this.options.versionFrom] || undefined,
        };
    }
    site() {
        return encodeURIComponent(this.options.site);
    }
    async published() {
        const site = await this.api('GET', `/sites/${this.site()}`);
        return site.published_deploy ? this.toPlatform(site.published_deploy) : undefined;
    }
    async deployment(id) {
        return this.toPlatform(await this.api('GET', `/sites/${this.site()}/deploys/${encodeURIComponent(id)}`));
    }
    async publish(id) {
        await this.api('POST', `/sites/${this.site()}/deploys/${encodeURIComponent(id)}/restore`);
    }
    async publishedHistory() {
        const list = await this.api('GET', `/sites/${this.site()}/deploys?production=true&state=ready&per_page=10`);
        return list.map((d) => this.toPlatform(d));
    }
    async productionBuilds() {
        const list = await this.api('GET', `/sites/${this.site()}/deploys?production=true&per_page=20`);
        return list.filter((d) => BUILDING.has(d.state)).map((d) => this.toPlatform(d));
    }
}
const netlifyAdapter = defineAdapter('netlify', {
    'netlify-site': define_option.text(),
    'netlify-deploy': define_option.text(),
    'netlify-api-url': define_option.text('https://api.netlify.com/api/v1'),
    'netlify-version-from': define_option.oneOf(['commit_ref', 'title'], 'commit_ref'),
}, (o, { config, env }) => new NetlifyAdapter({
    site: o['netlify-site'],
    deploy: o['netlify-deploy'],
    apiUrl: o['netlify-api-url'],
    versionFrom: o['netlify-version-from'],
    readyTimeoutMs: config.readyTimeoutMs,
    env,
}));

;// CONCATENATED MODULE: ./packages/deploy/src/state.ts
// The write-ahead state file. Every change to the target is recorded here BEFORE it is made,
// so a re-run, the post step after a cancellation, or a timeout knows what may be half-done
// and can finish or undo it. Writes are atomic (temp file + rename).


class StateStore {
    path;
    onSave;
    constructor(path, onSave) {
        this.path = path;
        this.onSave = onSave;
    }
    load() {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(this.path, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
        try {
            const state = JSON.parse(text);
            if (state.schema !== 1)
                throw new Error(`unknown schema ${String(state.schema)}`);
            return state;
        }
        catch (error) {
            throw new Error(`the deploy state file ${this.path} is not readable (${error.message}); move it away to start afresh`, { cause: error });
        }
    }
    save(state) {
        state.updatedAt = new Date().toISOString();
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.path), { recursive: true });
        const temp = `${this.path}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(temp, JSON.stringify(state, null, 2) + '\n');
        (0,external_node_fs_.renameSync)(temp, this.path);
        this.onSave?.(state);
    }
    /** Records an intent, then runs the change, then clears the intent: the write-ahead pattern. */
    async record(state, intent, change) {
        state.intent = { ...intent, at: new Date().toISOString() };
        this.save(state);
        let result;
        try {
            result = await change();
        }
        catch (error) {
            // A change the adapter refused and undid (nginx -t failed) leaves nothing half-done.
            if (error.unchanged === true) {
                state.intent = undefined;
                this.save(state);
            }
            throw error;
        }
        state.intent = undefined;
        if (intent.action === 'shift' && intent.weight !== undefined)
            state.weight = intent.weight;
        this.save(state);
        return result;
    }
}
/** The files of one environment's target in the state dir: the state file, the lock file, and the nginx adapter's slot record. */
function stateFiles(config) {
    return {
        state: (0,external_node_path_.join)(config.stateDir, `${config.environment}.deploy-state.json`),
        lock: (0,external_node_path_.join)(config.stateDir, `${config.environment}.deploy.lock`),
        slots: (0,external_node_path_.join)(config.stateDir, `${config.environment}.slots.json`),
    };
}

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/nginx.ts
// The `nginx` adapter: two slots (blue and green) on your own server, started and stopped by
// your commands, with traffic moved by nginx.
//
// - reload mode: the adapter owns one upstream file (an `upstream NAME { server ... weight=N; }`
//   block that nginx.conf includes). It rewrites it, runs `nginx -t`, and reloads; if `nginx -t`
//   fails the file is restored byte for byte and nothing is reloaded. Weights make canaries.
// - socket mode: nginx proxies to one unix socket path that is a symlink to the live slot's
//   socket; a switch is an atomic rename of a new symlink over it. No reload, no dropped request;
//   no weights (blue-green only).






/** A change that was refused and undone: the target is exactly as it was before the call. */
class UnchangedError extends Error {
    name = 'UnchangedError';
    unchanged = true;
}
function parseSlots(subject, text, mode, cwd) {
    const example = mode === 'socket' ? 'blue=/run/app/blue.sock,green=/run/app/green.sock' : 'blue=127.0.0.1:8081,green=127.0.0.1:8082';
    const slots = (0,src/* parseList */.E1)(text).map((item) => {
        const match = /^([a-z][\w-]*)=(.+)$/i.exec(item);
        if (!match?.[1] || !match[2])
            throw new src/* ConfigurationError */.j1(subject, `"${item}" is not name=address`, example);
        const address = match[2].trim();
        const socket = address.startsWith('/') || address.startsWith('./') || address.startsWith('unix:');
        if (mode === 'socket' && !socket)
            throw new src/* ConfigurationError */.j1(subject, `socket mode needs unix socket paths, not "${address}"`, example);
        if (!socket && !/^[\w.-]+:\d{1,5}$|^\[[0-9a-f:]+\]:\d{1,5}$/i.test(address))
            throw new src/* ConfigurationError */.j1(subject, `"${address}" is not host:port`, example);
        return { name: match[1], address: socket ? (0,external_node_path_.resolve)(cwd, address.replace(/^unix:/, '')) : address };
    });
    if (slots.length !== 2)
        throw new src/* ConfigurationError */.j1(subject, `needs exactly two slots, got ${slots.length}`, example);
    if (slots[0]?.name === slots[1]?.name || slots[0]?.address === slots[1]?.address)
        throw new src/* ConfigurationError */.j1(subject, 'the two slots must differ in name and address', example);
    return slots;
}
function isSocket(address) {
    return address.startsWith('/');
}
class NginxAdapter {
    name = 'nginx';
    capabilities;
    options;
    nginx;
    constructor(options) {
        this.options = options;
        if (options.startCommand === '')
            throw new src/* ConfigurationError */.j1('start-command', 'is required with adapter: nginx (it starts a version in a slot)', './scripts/start.sh');
        splitCommand('start-command', options.startCommand);
        if (options.stopCommand)
            splitCommand('stop-command', options.stopCommand);
        this.nginx = splitCommand('nginx-command', options.nginxCommand);
        if (options.mode === 'reload' && !options.upstreamFile)
            throw new src/* ConfigurationError */.j1('nginx-upstream-file', 'is required in reload mode: the file nginx includes with the upstream block', '/etc/nginx/conf.d/app-upstream.conf');
        if (options.mode === 'socket' && !options.liveSocket)
            throw new src/* ConfigurationError */.j1('nginx-live-socket', 'is required in socket mode: the socket path nginx proxies to', '/run/app/live.sock');
        if (!/^[\w-]+$/.test(options.upstreamName))
            throw new src/* ConfigurationError */.j1('nginx-upstream-name', `"${options.upstreamName}" is not an nginx upstream name`, 'app');
        this.capabilities =
            options.mode === 'reload'
                ? { weights: true, preview: true, keepPrevious: true, strategies: ['direct', 'blue-green', 'canary'] }
                : { weights: false, preview: true, keepPrevious: true, strategies: ['direct', 'blue-green'] };
    }
    slot(name) {
        return this.options.slots.find((s) => s.name === name);
    }
    endpoint(slot) {
        return isSocket(slot.address) ? { url: 'http://localhost', socketPath: slot.address } : { url: `http://${slot.address}` };
    }
    release(slot, version) {
        return { version, slot: slot.name, endpoint: this.endpoint(slot), address: isSocket(slot.address) ? `unix:${slot.address}` : slot.address };
    }
    readSlots() {
        try {
            return JSON.parse((0,external_node_fs_.readFileSync)(this.options.slotsFile, 'utf8'));
        }
        catch {
            return {};
        }
    }
    writeSlots(update) {
        const record = this.readSlots();
        update(record);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.options.slotsFile), { recursive: true });
        const temp = `${this.options.slotsFile}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(temp, JSON.stringify(record, null, 2) + '\n');
        (0,external_node_fs_.renameSync)(temp, this.options.slotsFile);
    }
    /** The live slot and the weights as last written. */
    live() {
        if (this.options.mode === 'socket') {
            let target;
            try {
                target = (0,external_node_fs_.readlinkSync)(this.options.liveSocket);
            }
            catch {
                return undefined;
            }
            const slot = this.options.slots.find((s) => s.address === (0,external_node_path_.resolve)((0,external_node_path_.dirname)(this.options.liveSocket), target));
            return slot ? { slot, weights: { [slot.name]: 100 } } : undefined;
        }
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(this.options.upstreamFile, 'utf8');
        }
        catch {
            return undefined;
        }
        const line = /^# weights: (.*)$/m.exec(text)?.[1];
        if (!line)
            return undefined;
        const weights = {};
        for (const pair of line.trim().split(/\s+/)) {
            const [name, weight] = pair.split('=');
            if (name && weight)
                weights[name] = Number(weight);
        }
        const best = Object.entries(weights).sort((a, b) => b[1] - a[1])[0];
        const slot = this.slot(best?.[0]);
        return slot ? { slot, weights } : undefined;
    }
    async current() {
        const live = this.live();
        if (!live)
            return undefined;
        const recorded = this.readSlots()[live.slot.name]?.version;
        if (recorded)
            return this.release(live.slot, recorded);
        const check = await this.options.verifier.check(this.endpoint(live.slot), undefined);
        return check.version ? this.release(live.slot, check.version) : undefined;
    }
    vars(slot, version) {
        const socket = isSocket(slot.address);
        return {
            DEPLOY_VERSION: version,
            DEPLOY_SLOT: slot.name,
            DEPLOY_ADDRESS: slot.address,
            DEPLOY_PORT: socket ? '' : (slot.address.split(':').at(-1) ?? ''),
            DEPLOY_SOCKET: socket ? slot.address : '',
            DEPLOY_ENVIRONMENT: this.options.environment,
        };
    }
    async stop(slot, version) {
        if (!this.options.stopCommand)
            return;
        const vars = this.vars(slot, version);
        await runChecked('stop-command', splitCommand('stop-command', this.options.stopCommand, vars), {
            cwd: this.options.cwd,
            env: { ...this.options.env, ...vars },
            timeoutMs: 120_000,
        });
    }
    async start(slot, version) {
        const vars = this.vars(slot, version);
        // Recorded before the start, so an interrupted start is known.
        this.writeSlots((r) => (r[slot.name] = { version, at: new Date().toISOString() }));
        await runChecked('start-command', splitCommand('start-command', this.options.startCommand, vars), {
            cwd: this.options.cwd,
            env: { ...this.options.env, ...vars },
            timeoutMs: this.options.readyTimeoutMs + 60_000,
        });
        const release = this.release(slot, version);
        const ready = await this.options.verifier.settle(release.endpoint, version, {
            mode: 'consecutive',
            times: 1,
            timeoutMs: this.options.readyTimeoutMs,
            intervalMs: 100,
        });
        if (!ready.ok)
            throw new Error(`${version} did not become ready in slot ${slot.name}: ${ready.reason}`);
        return release;
    }
    async prepare(candidate, previous) {
        const liveName = previous?.slot ?? this.live()?.slot.name;
        const idle = this.options.slots.find((s) => s.name !== liveName);
        if (this.readSlots()[idle.name]?.version === candidate.version) {
            const check = await this.options.verifier.check(this.endpoint(idle), candidate.version);
            if (check.ok)
                return this.release(idle, candidate.version);
        }
        const old = this.readSlots()[idle.name]?.version;
        await this.stop(idle, old ?? '').catch(() => undefined);
        return this.start(idle, candidate.version);
    }
    async ensureReady(release) {
        const slot = this.slot(release.slot) ?? this.options.slots.find((s) => this.readSlots()[s.name]?.version === release.version);
        if (!slot)
            throw new Error(`no slot is known for ${release.version}`);
        const check = await this.options.verifier.check(this.endpoint(slot), release.version);
        if (check.ok)
            return this.release(slot, release.version);
        await this.stop(slot, release.version).catch(() => undefined);
        return this.start(slot, release.version);
    }
    async shift(weight, plan) {
        const candidate = this.slot(plan.candidate.slot);
        if (!candidate)
            throw new Error(`the candidate ${plan.candidate.version} has no slot; prepare it first`);
        const previous = this.slot(plan.previous?.slot);
        const weights = {};
        if (previous && previous.name !== candidate.name && weight < 100)
            weights[previous.name] = 100 - weight;
        if (weight > 0 || !previous)
            weights[candidate.name] = weight > 0 ? weight : 100;
        await this.route(weights);
    }
    async restore(target, _from) {
        const slot = this.slot(target.slot) ?? this.options.slots.find((s) => this.readSlots()[s.name]?.version === target.version);
        if (!slot)
            throw new Error(`no slot is known for ${target.version}`);
        await this.route({ [slot.name]: 100 });
    }
    async cleanup(release) {
        const slot = this.slot(release.slot);
        if (!slot)
            return;
        const live = this.live();
        if (live && (live.weights[slot.name] ?? 0) > 0)
            return; // never stop a slot that serves traffic
        await this.stop(slot, release.version);
        this.writeSlots((r) => delete r[slot.name]);
    }
    async route(weights) {
        if (this.options.mode === 'socket')
            return this.swap(weights);
        const file = this.options.upstreamFile;
        const entries = this.options.slots.filter((s) => (weights[s.name] ?? 0) > 0);
        const divisor = entries.reduce((g, s) => gcd(g, weights[s.name] ?? 0), 0) || 1;
        const lines = entries.map((s) => `    server ${isSocket(s.address) ? `unix:${s.address}` : s.address}${entries.length > 1 ? ` weight=${(weights[s.name] ?? 0) / divisor}` : ''};`);
        const content = [
            `# Managed by devops-actions deploy (environment ${this.options.environment}); edits here are overwritten.`,
            `# weights: ${this.options.slots.map((s) => `${s.name}=${weights[s.name] ?? 0}`).join(' ')}`,
            `upstream ${this.options.upstreamName} {`,
            ...lines,
            '}',
            '',
        ].join('\n');
        let original;
        try {
            original = (0,external_node_fs_.readFileSync)(file);
        }
        catch {
            original = undefined;
        }
        if (original?.equals(Buffer.from(content)))
            return;
        const put = (bytes) => {
            const temp = `${file}.${process.pid}.tmp`;
            (0,external_node_fs_.writeFileSync)(temp, bytes);
            (0,external_node_fs_.renameSync)(temp, file);
        };
        const undo = () => (original === undefined ? (0,external_node_fs_.rmSync)(file, { force: true }) : put(original));
        put(content);
        const test = await runCommand([...this.nginx, '-t'], { cwd: this.options.cwd, env: this.options.env, timeoutMs: 60_000 }).catch((error) => {
            undo();
            throw error;
        });
        if (test.code !== 0) {
            undo();
            const output = test.stderr.trim().split('\n').slice(-3).join(' / ');
            throw new UnchangedError(`nginx -t rejected the configuration, so ${file} was restored byte for byte and nothing was reloaded: ${output}`);
        }
        const reload = await runCommand([...this.nginx, '-s', 'reload'], { cwd: this.options.cwd, env: this.options.env, timeoutMs: 60_000 });
        if (reload.code !== 0) {
            undo();
            throw new UnchangedError(`nginx -s reload failed, so ${file} was restored: ${reload.stderr.trim().split('\n').slice(-3).join(' / ')}`);
        }
    }
    swap(weights) {
        const live = this.options.liveSocket;
        const partial = Object.values(weights).filter((w) => w > 0 && w < 100);
        if (partial.length > 0)
            throw new src/* ConfigurationError */.j1('nginx-mode', 'socket mode cannot split traffic; use nginx-mode: reload for canary steps below 100', 'reload');
        const slot = this.options.slots.find((s) => (weights[s.name] ?? 0) === 100);
        if (!slot)
            throw new CommandError('socket mode needs one slot with all traffic');
        try {
            if ((0,external_node_path_.resolve)((0,external_node_path_.dirname)(live), (0,external_node_fs_.readlinkSync)(live)) === slot.address)
                return Promise.resolve();
        }
        catch {
            // no link yet
        }
        const temp = `${live}.${process.pid}.tmp`;
        (0,external_node_fs_.rmSync)(temp, { force: true });
        (0,external_node_fs_.symlinkSync)(slot.address, temp);
        (0,external_node_fs_.renameSync)(temp, live);
        return Promise.resolve();
    }
}
function gcd(a, b) {
    return b === 0 ? a : gcd(b, a % b);
}
const nginxAdapter = defineAdapter('nginx', {
    'nginx-mode': define_option.oneOf(['reload', 'socket'], 'reload'),
    'nginx-slots': define_option.text(),
    'nginx-upstream-file': define_option.optional(),
    'nginx-upstream-name': define_option.text('app'),
    'nginx-live-socket': define_option.optional(),
    'nginx-command': define_option.text('nginx'),
    'start-command': define_option.text(),
    'stop-command': define_option.optional(),
}, (o, { config, verifier, env }) => {
    const mode = o['nginx-mode'];
    if (o['nginx-slots'] === '')
        throw new src/* ConfigurationError */.j1('nginx-slots', 'is required with adapter: nginx', mode === 'socket' ? 'blue=/run/app/blue.sock,green=/run/app/green.sock' : 'blue=127.0.0.1:8081,green=127.0.0.1:8082');
    return new NginxAdapter({
        mode,
        upstreamFile: o['nginx-upstream-file'],
        upstreamName: o['nginx-upstream-name'],
        liveSocket: o['nginx-live-socket'],
        slots: parseSlots('nginx-slots', o['nginx-slots'], mode, config.cwd),
        nginxCommand: o['nginx-command'],
        startCommand: o['start-command'],
        stopCommand: o['stop-command'],
        slotsFile: stateFiles(config).slots,
        environment: config.environment,
        verifier,
        readyTimeoutMs: config.readyTimeoutMs,
        cwd: config.cwd,
        env,
    });
});

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/vercel.ts
// The `vercel` adapter, through Vercel's REST API: the candidate is a deployment built beforehand
// (`vercel deploy --prebuilt --meta version=…`), checked on its own URL; the switch promotes it to
// the project's production domains (POST /v10/projects/:project/promote/:deployment, applied
// asynchronously: the settle on `url` waits for it); a rollback promotes the previous one again.



const READY = new Set(['READY']);
const vercel_FAILED = new Set(['ERROR', 'CANCELED', 'DELETED']);
class VercelAdapter extends PromotionAdapter {
    name = 'vercel';
    platform = 'Vercel';
    options;
    api;
    constructor(options) {
        super({ candidateInput: 'vercel-deployment', candidate: options.deployment, readyTimeoutMs: options.readyTimeoutMs });
        if (!options.project)
            throw new src/* ConfigurationError */.j1('vercel-project', 'is required with adapter: vercel', 'my-app or prj_…');
        this.options = options;
        this.api = platformApi({
            platform: 'Vercel',
            apiUrl: options.apiUrl,
            tokenVariable: 'VERCEL_TOKEN',
            env: options.env,
            ...(options.teamId ? { query: { teamId: options.teamId } } : {}),
        });
    }
    toPlatform(d) {
        const raw = d.readyState ?? d.state ?? 'unknown';
        return {
            id: d.id ?? d.uid ?? '',
            url: `https://${d.url}`,
            state: READY.has(raw) ? 'ready' : vercel_FAILED.has(raw) ? 'failed' : 'building',
            rawState: raw,
            recordedVersion: d.meta?.[this.options.versionKey] || undefined,
        };
    }
    project() {
        return encodeURIComponent(this.options.project);
    }
    async published() {
        const project = await this.api('GET', `/v9/projects/${this.project()}`);
        const id = project.targets?.production?.id;
        return id ? this.deployment(id) : undefined;
    }
    async deployment(idOrUrl) {
        const key = idOrUrl.replace(/^https?:\/\//, '').replace(/\/+$/, '');
        return this.toPlatform(await this.api('GET', `/v13/deployments/${encodeURIComponent(key)}`));
    }
    async publish(id) {
        await this.api('POST', `/v10/projects/${this.project()}/promote/${encodeURIComponent(id)}`);
    }
    async productionDeployments(state) {
        const query = new URLSearchParams({ projectId: this.options.project, target: 'production', state, limit: '10' });
        const list = await this.api('GET', `/v6/deployments?${query.toString()}`);
        return (list.deployments ?? []).map((d) => this.toPlatform(d));
    }
    publishedHistory() {
        return this.productionDeployments('READY');
    }
    productionBuilds() {
        return this.productionDeployments('QUEUED,INITIALIZING,BUILDING');
    }
}
const vercelAdapter = defineAdapter('vercel', {
    'vercel-project': define_option.text(),
    'vercel-deployment': define_option.text(),
    'vercel-team-id': define_option.optional(),
    'vercel-api-url': define_option.text('https://api.vercel.com'),
    'vercel-version-key': define_option.text('version'),
}, (o, { config, env }) => new VercelAdapter({
    project: o['vercel-project'],
    deployment: o['vercel-deployment'],
    teamId: o['vercel-team-id'],
    apiUrl: o['vercel-api-url'],
    versionKey: o['vercel-version-key'],
    readyTimeoutMs: config.readyTimeoutMs,
    env,
}));

;// CONCATENATED MODULE: ./packages/deploy/src/adapters/index.ts
// The adapter registry: the one list of adapters. The configuration takes the adapter names and
// option keys from here, and the configured adapter is built from its declared options.








const REGISTRY = [commandAdapter, nginxAdapter, kubernetesAdapter, flyAdapter, herokuAdapter, vercelAdapter, netlifyAdapter];
const DEFINITIONS = REGISTRY;
const ADAPTERS = REGISTRY.map((definition) => definition.name);
/** Every option key of every adapter: the action passes all of its inputs, whichever adapter is chosen. */
const ADAPTER_OPTION_KEYS = [...new Set(DEFINITIONS.flatMap((definition) => Object.keys(definition.options)))];
function definitionOf(name) {
    const definition = DEFINITIONS.find((d) => d.name === name);
    if (definition === undefined)
        throw new src/* ConfigurationError */.j1('adapter', `"${name}" is not one of ${ADAPTERS.join(', ')}`, ADAPTERS[0]);
    return definition;
}
/** Reads the options `adapter` declares from their texts (`''` when not given); `subject` names a key in errors. */
function readAdapterOptions(adapter, text, subject) {
    const readers = definitionOf(adapter).options;
    return Object.fromEntries(Object.entries(readers).map(([key, read]) => [key, read(text(key), subject(key))]));
}
function createAdapter(config, deps) {
    return definitionOf(config.adapter).create(config.options, { config, ...deps });
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./packages/deploy/src/verify.ts
// The checks the engine makes: health, version identity, settle (K times in a row) and a
// request sample. A small HTTP(S) client over node:http and node:https that also speaks to unix
// sockets, so a candidate can be checked on its own socket before it gets any traffic.





function httpGet(endpoint, path, timeoutMs, signal) {
    const base = new URL(endpoint.url);
    const target = new URL(path, base);
    if (path !== '' && !path.startsWith('/'))
        throw new Error(`path must start with /: ${path}`);
    if (path === '')
        target.pathname = base.pathname;
    else
        target.pathname = (base.pathname.replace(/\/$/, '') + path).replace(/\/{2,}/g, '/');
    const tls = target.protocol === 'https:';
    const request = tls ? external_node_https_.request : external_node_http_.request;
    return new Promise((resolve, reject) => {
        const req = request({
            method: 'GET',
            socketPath: endpoint.socketPath,
            host: endpoint.socketPath ? undefined : target.hostname,
            port: endpoint.socketPath ? undefined : target.port || (tls ? 443 : 80),
            path: `${target.pathname}${target.search}`,
            headers: { host: target.host || 'localhost', 'user-agent': 'devops-actions-deploy', connection: 'close' },
            agent: false,
            timeout: timeoutMs,
            signal,
        }, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => {
                if (body.length < 65_536)
                    body += chunk;
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end();
    });
}
/** Reads the version a response reports, as the identity says. */
function readIdentity(identity, answer) {
    if (identity.kind === 'header') {
        const value = answer.headers[identity.name.toLowerCase()];
        return Array.isArray(value) ? value[0] : value;
    }
    if (identity.kind === 'body')
        return answer.body.trim() || undefined;
    let document;
    try {
        document = JSON.parse(answer.body);
    }
    catch {
        return undefined;
    }
    const { found, value } = (0,jsonpath/* evaluateJsonPath */.Dc)(identity.jsonPath, document);
    return !found || value === undefined || value === null ? undefined : show(value);
}
/** The built-in verifier: GETs the health path and the identity path, over TCP or a unix socket. */
class HttpVerifier {
    options;
    constructor(options) {
        this.options = options;
    }
    async check(endpoint, expectVersion) {
        const { identity, healthPath, timeoutMs } = this.options;
        try {
            const health = await httpGet(endpoint, healthPath, timeoutMs);
            if (health.status >= (this.options.okBelow ?? 400))
                return { ok: false, status: health.status, error: `health check answered ${health.status}` };
            const answer = identity.path === healthPath ? health : await httpGet(endpoint, identity.path, timeoutMs);
            const version = readIdentity(identity, answer);
            if (expectVersion !== undefined && version !== expectVersion) {
                return { ok: false, status: answer.status, version, error: `serves version ${version ?? '(none reported)'}, expected ${expectVersion}` };
            }
            return { ok: true, status: health.status, version };
        }
        catch (error) {
            return { ok: false, error: error.message };
        }
    }
    async settle(endpoint, expectVersion, options) {
        const deadline = Date.now() + options.timeoutMs;
        let streak = 0;
        let attempts = 0;
        let last;
        while (Date.now() <= deadline) {
            options.signal?.throwIfAborted();
            attempts++;
            last = await this.check(endpoint, expectVersion);
            if (last.ok) {
                streak++;
                if (options.mode === 'seen' || streak >= options.times)
                    return { ok: true, attempts, lastVersion: last.version };
            }
            else {
                streak = 0;
            }
            await (0,promises_.setTimeout)(options.intervalMs, undefined, { signal: options.signal });
        }
        return {
            ok: false,
            attempts,
            lastVersion: last?.version,
            reason: `did not serve ${expectVersion} ${options.mode === 'seen' ? 'once' : `${options.times} times in a row`} within ${Math.round(options.timeoutMs / 100) / 10} s (last: ${last?.error ?? 'ok'})`,
        };
    }
    async sample(endpoint, requests, signal) {
        const outcome = { total: 0, errors: 0, statuses: {}, versions: {} };
        for (let i = 0; i < requests; i++) {
            signal?.throwIfAborted();
            outcome.total++;
            try {
                const answer = await httpGet(endpoint, '', this.options.timeoutMs, signal);
                outcome.statuses[answer.status] = (outcome.statuses[answer.status] ?? 0) + 1;
                if (answer.status >= 500)
                    outcome.errors++;
                const version = readIdentity(this.options.identity, answer);
                if (version !== undefined)
                    outcome.versions[version] = (outcome.versions[version] ?? 0) + 1;
            }
            catch {
                outcome.errors++;
                outcome.statuses.error = (outcome.statuses.error ?? 0) + 1;
            }
        }
        return outcome;
    }
}

;// CONCATENATED MODULE: ./packages/deploy/src/analysis.ts
// Analysis after each traffic step: every source gives pass, fail or inconclusive for an
// interval; an interval fails when any source fails and passes when all pass. Too few
// requests is inconclusive, never a pass.







function judgeRate(source, requests, errors, context, what) {
    const rate = requests === 0 ? 0 : errors / requests;
    const shown = `${errors}/${requests} ${what} failed (${(rate * 100).toFixed(1)} %, limit ${(context.maxErrorRate * 100).toFixed(1)} %)`;
    if (requests < context.minRequests)
        return { source, result: 'inconclusive', detail: `${shown}; fewer than min-requests ${context.minRequests}`, requests, errors };
    return { source, result: rate > context.maxErrorRate ? 'fail' : 'pass', detail: shown, requests, errors, value: rate };
}
/** Smoke checks: requests spread over the interval to the candidate's own endpoint (or the public one). */
class SmokeSource {
    name = 'smoke';
    requests;
    target;
    constructor(requests, target) {
        this.requests = requests;
        this.target = target;
    }
    async measure(context) {
        const endpoint = this.target === 'candidate' ? (context.candidate.endpoint ?? context.publicEndpoint) : context.publicEndpoint;
        if (endpoint === undefined)
            return { source: this.name, result: 'inconclusive', detail: 'no endpoint to check' };
        const pause = Math.max(0, Math.floor(context.windowMs / Math.max(1, this.requests)));
        let total = 0;
        let errors = 0;
        for (let i = 0; i < this.requests; i++) {
            const outcome = await context.verifier.sample(endpoint, 1, context.signal);
            total += outcome.total;
            errors += outcome.errors;
            if (pause > 0)
                await (0,promises_.setTimeout)(pause, undefined, { signal: context.signal });
        }
        return judgeRate(this.name, total, errors, context, 'requests');
    }
}
function compare(source, value, limits, what) {
    if (value === undefined || Number.isNaN(value))
        return { source, result: 'inconclusive', detail: `${what}: no data` };
    if (limits.max !== undefined && value > limits.max)
        return { source, result: 'fail', detail: `${what} = ${value}, above ${limits.max}`, value };
    if (limits.min !== undefined && value < limits.min)
        return { source, result: 'fail', detail: `${what} = ${value}, below ${limits.min}`, value };
    return { source, result: 'pass', detail: `${what} = ${value}`, value };
}
/** A number from any HTTP JSON endpoint, read at the end of each interval. */
class HttpJsonSource {
    name = 'http-json';
    url;
    field;
    limits;
    constructor(url, field, limits) {
        this.url = url;
        this.field = field;
        this.limits = limits;
    }
    async measure(context) {
        await (0,promises_.setTimeout)(context.windowMs, undefined, { signal: context.signal });
        try {
            const answer = await httpGet({ url: this.url }, '', 10_000, context.signal);
            if (answer.status >= 400)
                return { source: this.name, result: 'inconclusive', detail: `${this.url} answered ${answer.status}` };
            const { value } = (0,jsonpath/* evaluateJsonPath */.Dc)(this.field, JSON.parse(answer.body));
            return compare(this.name, value === undefined || value === null ? undefined : Number(value), this.limits, this.field.text);
        }
        catch (error) {
            return { source: this.name, result: 'inconclusive', detail: `${this.url}: ${error.message}` };
        }
    }
}
/** A Prometheus instant query (GET /api/v1/query), the first sample's value compared to a limit. */
class PrometheusSource {
    name = 'prometheus';
    url;
    query;
    limits;
    constructor(url, query, limits) {
        this.url = url;
        this.query = query;
        this.limits = limits;
    }
    async measure(context) {
        await (0,promises_.setTimeout)(context.windowMs, undefined, { signal: context.signal });
        const query = this.query.replaceAll('{{version}}', context.candidate.version);
        const url = `${this.url.replace(/\/$/, '')}/api/v1/query?query=${encodeURIComponent(query)}`;
        try {
            const answer = await httpGet({ url }, '', 10_000, context.signal);
            const body = JSON.parse(answer.body);
            if (body.status !== 'success')
                return { source: this.name, result: 'inconclusive', detail: `query failed: ${body.error ?? answer.status}` };
            const result = body.data?.result;
            let raw;
            if (body.data?.resultType === 'scalar')
                raw = result[1];
            else if (Array.isArray(result))
                raw = result[0]?.value?.[1];
            return compare(this.name, raw === undefined ? undefined : Number(raw), this.limits, query);
        }
        catch (error) {
            return { source: this.name, result: 'inconclusive', detail: `${this.url}: ${error.message}` };
        }
    }
}
const DEFAULT_LOG_FORMAT = '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent" $upstream_addr';
/** Turns an nginx `log_format` into a line parser that yields the named variables. */
function logFormatParser(format) {
    const names = [];
    let pattern = '^';
    const parts = format.split(/(\$[a-z_][a-z0-9_]*|\$\{[a-z_][a-z0-9_]*\})/i);
    for (const part of parts) {
        if (part === '')
            continue;
        if (part.startsWith('$')) {
            names.push(part.replace(/^\$\{?|\}$/g, ''));
            pattern += '(.*?)';
        }
        else {
            pattern += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        }
    }
    const regex = new RegExp(pattern + '$');
    return (line) => {
        const match = regex.exec(line);
        if (!match)
            return undefined;
        return Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? '']));
    };
}
/**
 * The nginx access log, read incrementally from where the last interval stopped. Counts the
 * requests the candidate served (by `$upstream_addr`) and those that failed (status >= 500).
 */
class NginxLogSource {
    name = 'nginx-log';
    file;
    parse;
    hasUpstream;
    format;
    offset = 0;
    partial = '';
    constructor(file, format = DEFAULT_LOG_FORMAT) {
        this.file = file;
        if (!/\$status\b/.test(format))
            throw new src/* ConfigurationError */.j1('analysis[nginx-log].format', 'must contain $status', DEFAULT_LOG_FORMAT);
        this.hasUpstream = /\$upstream_addr\b/.test(format);
        this.format = format;
        this.parse = logFormatParser(format);
    }
    async begin() {
        try {
            this.offset = (await (0,external_node_fs_promises_.stat)(this.file)).size;
        }
        catch {
            this.offset = 0;
        }
        this.partial = '';
    }
    /** Lines written since the last read (a rotated, shorter file is read from its start). */
    async readNew() {
        let handle;
        try {
            handle = await (0,external_node_fs_promises_.open)(this.file, 'r');
        }
        catch {
            return [];
        }
        try {
            const size = (await handle.stat()).size;
            if (size < this.offset)
                this.offset = 0;
            const length = size - this.offset;
            if (length <= 0)
                return [];
            const buffer = Buffer.alloc(length);
            await handle.read(buffer, 0, length, this.offset);
            this.offset = size;
            const text = this.partial + buffer.toString('utf8');
            const lines = text.split('\n');
            this.partial = lines.pop() ?? '';
            return lines.filter((l) => l !== '');
        }
        finally {
            await handle.close();
        }
    }
    async measure(context) {
        await (0,promises_.setTimeout)(context.windowMs, undefined, { signal: context.signal });
        const lines = await this.readNew();
        let requests = 0;
        let errors = 0;
        let unmatched = 0;
        const candidate = context.candidate.address;
        for (const line of lines) {
            const fields = this.parse(line);
            if (!fields) {
                unmatched++;
                continue;
            }
            if (this.hasUpstream && candidate !== undefined && context.weight < 100) {
                const upstreams = (fields.upstream_addr ?? '').split(/,\s*|\s+:\s+/);
                if (upstreams.at(-1)?.trim() !== candidate)
                    continue;
            }
            requests++;
            if (Number(fields.status) >= 500)
                errors++;
        }
        // Lines in another format are a configuration mistake, not a quiet interval: say so.
        if (unmatched > 0 && unmatched === lines.length)
            return {
                source: this.name,
                result: 'inconclusive',
                detail: `none of the ${unmatched} new lines in ${this.file} matches the log format "${this.format}": set format to the log_format of that access_log`,
            };
        const measurement = judgeRate(this.name, requests, errors, context, 'candidate requests');
        if (unmatched > 0)
            measurement.detail += `; ${unmatched} of ${lines.length} lines did not match the log format`;
        return measurement;
    }
}
function rate(subject, value) {
    const text = show(value).trim();
    const match = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(text);
    if (!match)
        throw new src/* ConfigurationError */.j1(subject, `"${text}" is not a rate`, '5% or 0.05');
    const number = Number(match[1]);
    const result = match[2] === '%' ? number / 100 : number;
    if (result > 1)
        throw new src/* ConfigurationError */.j1(subject, `${text} is above 100 %`, '5%');
    return result;
}
function parseRate(subject, value) {
    return rate(subject, value);
}
function limitsOf(entry, at) {
    const limits = {};
    for (const key of ['max', 'min']) {
        if (entry[key] === undefined)
            continue;
        const value = Number(entry[key]);
        if (Number.isNaN(value))
            throw new src/* ConfigurationError */.j1(at(key), `"${show(entry[key])}" is not a number`, '0.05');
        limits[key] = value;
    }
    if (limits.max === undefined && limits.min === undefined)
        throw new src/* ConfigurationError */.j1(at(), 'needs max or min', 'max: 0.05');
    return limits;
}
function analysis_text(entry, key, at, example) {
    const value = entry[key];
    if (typeof value !== 'string' || value.trim() === '')
        throw new src/* ConfigurationError */.j1(at(key), 'is required', example);
    return value.trim();
}
const SOURCE_TYPES = ['smoke', 'http-json', 'prometheus', 'nginx-log'];
/** Builds the analysis sources from their configuration (the `analysis` setting, a YAML list). */
function buildSources(entries, baseDir, locate = config/* formatKeyPath */.K7) {
    if (entries === undefined || entries === null)
        return [];
    if (!Array.isArray(entries))
        throw new src/* ConfigurationError */.j1(locate(['analysis']), 'must be a list of sources', '- type: smoke');
    return entries.map((raw, i) => {
        const at = (key) => locate(key === undefined ? ['analysis', i] : ['analysis', i, key]);
        if (raw === null || typeof raw !== 'object')
            throw new src/* ConfigurationError */.j1(at(), 'must be a mapping with a type', 'type: smoke');
        const entry = raw;
        switch (entry.type) {
            case 'smoke': {
                const requests = entry.requests === undefined ? 20 : Number(entry.requests);
                if (!Number.isInteger(requests) || requests < 1)
                    throw new src/* ConfigurationError */.j1(at('requests'), 'must be a whole number of at least 1', '20');
                const target = entry.target ?? 'candidate';
                if (target !== 'candidate' && target !== 'public')
                    throw new src/* ConfigurationError */.j1(at('target'), `"${show(target)}" is not candidate or public`, 'candidate');
                return new SmokeSource(requests, target);
            }
            case 'http-json':
                return new HttpJsonSource(analysis_text(entry, 'url', at, 'http://127.0.0.1:9100/metrics.json'), (0,jsonpath/* compileJsonPath */.nO)(analysis_text(entry, 'field', at, 'errors.rate'), { subject: at('field'), example: 'errors.rate' }), limitsOf(entry, at));
            case 'prometheus':
                return new PrometheusSource(analysis_text(entry, 'url', at, 'http://prometheus:9090'), analysis_text(entry, 'query', at, 'sum(rate(http_requests_total{code=~"5.."}[1m]))'), limitsOf(entry, at));
            case 'nginx-log':
                return new NginxLogSource(baseDir(analysis_text(entry, 'file', at, '/var/log/nginx/access.log')), typeof entry.format === 'string' ? entry.format : undefined);
            default:
                throw new src/* ConfigurationError */.j1(at('type'), `"${String(entry.type)}" is not one of ${SOURCE_TYPES.join(', ')}`, 'smoke');
        }
    });
}
/** Runs every source over one interval and combines their results. */
async function runInterval(sources, context) {
    const measurements = await Promise.all(sources.map((source) => source.measure(context)));
    const result = measurements.some((m) => m.result === 'fail')
        ? 'fail'
        : measurements.every((m) => m.result === 'pass')
            ? 'pass'
            : 'inconclusive';
    return { result, measurements };
}

;// CONCATENATED MODULE: ./packages/deploy/src/config.ts
// One configuration for the action and the CLI: the action's inputs (kebab-case names) or the
// same keys in a YAML file. Everything is validated here, before anything changes; errors name
// the key, and for a file `file:line key`.








const ACTIONS = ['deploy', 'rollback', 'promote'];
function str(raw, key, fallback = '') {
    const value = raw[key];
    if (value === undefined || value === null)
        return fallback;
    if (Array.isArray(value))
        return value.map((v) => String(v)).join(',');
    if (typeof value === 'object')
        return JSON.stringify(value);
    const text = show(value).trim();
    return text === '' ? fallback : text;
}
/** Parses and validates canary steps: whole percentages, strictly increasing, ending at 100. */
function parseSteps(subject, text) {
    const items = (0,src/* parseList */.E1)(text.replace(/%/g, ''));
    if (items.length === 0)
        throw new src/* ConfigurationError */.j1(subject, 'needs at least one step', '10,25,50,100');
    const steps = items.map((item) => {
        if (!/^\d+$/.test(item))
            throw new src/* ConfigurationError */.j1(subject, `"${item}" is not a whole percentage`, '10,25,50,100');
        const value = Number(item);
        if (value < 1 || value > 100)
            throw new src/* ConfigurationError */.j1(subject, `${value} is outside 1..100`, '10,25,50,100');
        return value;
    });
    for (let i = 1; i < steps.length; i++) {
        if ((steps[i] ?? 0) <= (steps[i - 1] ?? 0))
            throw new src/* ConfigurationError */.j1(subject, `steps must increase, but ${steps[i]} follows ${steps[i - 1]}`, '10,25,50,100');
    }
    if (steps.at(-1) !== 100)
        throw new src/* ConfigurationError */.j1(subject, `the last step must be 100 (all traffic), not ${steps.at(-1)}`, `${steps.join(',')},100`);
    return steps;
}
/** `header:x-app-version`, `json:version` / `json:$.build.version` (a JSON path) or `body`. */
function parseIdentity(subject, text, path) {
    const example = 'header:x-app-version, json:version or body';
    if (text === '') {
        throw new src/* ConfigurationError */.j1(subject, 'is required: the deploy checks which version answers before and after every traffic change, and refuses to guess (fail closed)', example);
    }
    if (text === 'body')
        return { kind: 'body', path };
    const match = /^(header|json):(.+)$/.exec(text);
    if (!match?.[2])
        throw new src/* ConfigurationError */.j1(subject, `"${text}" is not an identity`, example);
    const name = match[2].trim();
    if (match[1] === 'json')
        return { kind: 'json', jsonPath: (0,jsonpath/* compileJsonPath */.nO)(name, { subject, example: 'json:version or json:$.build.version' }), path };
    if (!/^[A-Za-z0-9-]+$/.test(match[2]))
        throw new src/* ConfigurationError */.j1(subject, `"${match[2]}" is not a header name`, 'header:x-app-version');
    return { kind: 'header', name, path };
}
function path(subject, text, example) {
    if (text === '')
        return text;
    if (!text.startsWith('/'))
        throw new src/* ConfigurationError */.j1(subject, `"${text}" must start with /`, example);
    return text;
}
function url(subject, text) {
    if (text === '')
        return undefined;
    let parsed;
    try {
        parsed = new URL(text);
    }
    catch {
        throw new src/* ConfigurationError */.j1(subject, `"${text}" is not a URL`, 'https://app.example.com');
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new src/* ConfigurationError */.j1(subject, `"${text}" is not http(s)`, 'https://app.example.com');
    return text;
}
/** The `analysis` list: YAML text (an action input) is parsed here; a list from a config file is taken as it is. */
function analysisEntries(value, subject) {
    if (value === undefined || value === null || value === '')
        return { entries: undefined, fromText: false };
    if (typeof value !== 'string')
        return { entries: value, fromText: false };
    return { entries: (0,yaml/* parseYamlConfig */.N)(value, subject, '- type: smoke\n  requests: 20').value, fromText: true };
}
/** The keys the engine itself reads; the others are the adapters' (see adapters/index.ts). */
const ENGINE_KEYS = [
    'action',
    'strategy',
    'adapter',
    'version',
    'environment',
    'url',
    'version-from',
    'version-path',
    'health-path',
    'steps',
    'settle-times',
    'settle-timeout',
    'settle-interval',
    'ready-timeout',
    'drain-delay',
    'keep-previous',
    'analysis',
    'analysis-interval',
    'analysis-count',
    'min-requests',
    'max-error-rate',
    'failure-limit',
    'on-inconclusive',
    'analysis-mode',
    'timeout',
    'step-timeout',
    'lock',
    'lock-timeout',
    'lock-lease',
    'state-dir',
    'on-rollback-failure',
];
/** Every key the configuration knows: the engine's own and every adapter's options. */
const CONFIG_KEYS = [...ENGINE_KEYS, ...ADAPTER_OPTION_KEYS];
/** Refuses a key neither the engine nor any adapter reads (a misspelt key would otherwise be ignored). */
function checkKeys(raw, where) {
    for (const key of Object.keys(raw)) {
        if (!CONFIG_KEYS.includes(key))
            throw new src/* ConfigurationError */.j1(where(key), `"${key}" is not a deploy setting or adapter option${(0,config/* didYouMean */.au)(key, CONFIG_KEYS)}`);
    }
}
function parseConfig(raw, context) {
    const locate = context.locate ?? config/* formatKeyPath */.K7;
    const where = (key) => locate([key]);
    checkKeys(raw, where);
    const action = (0,src/* parseEnum */.nL)(where('action'), str(raw, 'action', 'deploy'), ACTIONS);
    const strategy = (0,src/* parseEnum */.nL)(where('strategy'), str(raw, 'strategy', 'direct'), STRATEGIES);
    const adapter = (0,src/* parseEnum */.nL)(where('adapter'), str(raw, 'adapter'), ADAPTERS);
    const version = str(raw, 'version') || undefined;
    if (action === 'deploy' && version === undefined)
        throw new src/* ConfigurationError */.j1(where('version'), 'is required to deploy: the version identity the new release reports', 'v1.4.2 or ${{ github.sha }}');
    if (version !== undefined && !/^[\w.+:/@-]{1,128}$/.test(version))
        throw new src/* ConfigurationError */.j1(where('version'), `"${version}" has characters a version identity cannot hold`, 'v1.4.2');
    const environment = str(raw, 'environment', 'production');
    if (!/^[\w.-]{1,100}$/.test(environment))
        throw new src/* ConfigurationError */.j1(where('environment'), `"${environment}" must be letters, digits, . _ or -`, 'production');
    const healthPath = path(where('health-path'), str(raw, 'health-path', '/healthz'), '/healthz');
    const identity = parseIdentity(where('version-from'), str(raw, 'version-from'), path(where('version-path'), str(raw, 'version-path'), '/version') || healthPath);
    const steps = strategy === 'canary' ? parseSteps(where('steps'), str(raw, 'steps', '10,25,50,100')) : [100];
    const duration = (key, fallback, range = {}) => (0,src/* parseDuration */.E9)(where(key), str(raw, key, fallback), range);
    const integer = (key, fallback, range) => (0,src/* parseInteger */.cG)(where(key), str(raw, key, fallback), range);
    const oneOf = (key, fallback, values) => (0,src/* parseEnum */.nL)(where(key), str(raw, key, fallback), values);
    const stateDir = str(raw, 'state-dir');
    const resolveFile = (file) => ((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(context.cwd, file));
    const analysis = analysisEntries(raw.analysis, where('analysis'));
    return {
        action,
        strategy,
        adapter,
        version,
        environment,
        publicUrl: url(where('url'), str(raw, 'url')),
        identity,
        healthPath,
        steps,
        settle: {
            times: integer('settle-times', '3', { min: 1, max: 100 }),
            timeoutMs: duration('settle-timeout', '60s', { minMs: 100 }),
            intervalMs: duration('settle-interval', '500ms', { minMs: 10 }),
        },
        readyTimeoutMs: duration('ready-timeout', '60s', { minMs: 100 }),
        drainMs: duration('drain-delay', '5s'),
        keepPreviousMs: duration('keep-previous', strategy === 'blue-green' ? '30m' : '0s'),
        analysis: {
            sources: buildSources(analysis.entries, resolveFile, analysis.fromText ? config/* formatKeyPath */.K7 : locate),
            intervalMs: duration('analysis-interval', '30s', { minMs: 10 }),
            count: integer('analysis-count', '1', { min: 1, max: 1000 }),
            minRequests: integer('min-requests', '20', { min: 0 }),
            maxErrorRate: parseRate(where('max-error-rate'), str(raw, 'max-error-rate', '1%')),
            failureLimit: integer('failure-limit', '1', { min: 1, max: 100 }),
            onInconclusive: oneOf('on-inconclusive', 'pause', ['pause', 'rollback', 'promote']),
            mode: oneOf('analysis-mode', 'enforce', ['enforce', 'dry-run']),
        },
        timeoutMs: duration('timeout', '30m', { minMs: 1000 }),
        stepTimeoutMs: duration('step-timeout', '10m', { minMs: 100 }),
        lock: {
            mode: oneOf('lock', 'wait', ['wait', 'fail']),
            timeoutMs: duration('lock-timeout', '10m'),
            leaseMs: duration('lock-lease', '2m', { minMs: 300 }),
        },
        stateDir: stateDir === '' ? context.defaultStateDir : resolveFile(stateDir),
        onRollbackFailure: str(raw, 'on-rollback-failure') || undefined,
        options: readAdapterOptions(adapter, (key) => str(raw, key), where),
        cwd: context.cwd,
    };
}
/**
 * Reads a deploy configuration file (YAML; the keys are the action's inputs) with `overrides`
 * (command-line flags) over it. Errors about a key the file sets name `file:line key`; a key a
 * flag set is named as it is.
 */
function readConfigFileSettings(text, file, overrides = {}) {
    const example = 'adapter: command\nversion-from: header:x-app-version\ndeploy-command: ./deploy.sh';
    const parsed = (0,yaml/* parseYamlConfig */.N)(text, file, example);
    const settings = new config/* ConfigReader */.ox(parsed.locate).map(parsed.value, [], example);
    const flags = Object.fromEntries(Object.entries(overrides).filter((entry) => entry[1] !== undefined && entry[1] !== ''));
    return {
        raw: { ...settings, ...flags },
        locate: (keyPath) => (typeof keyPath[0] === 'string' && keyPath[0] in flags ? (0,config/* formatKeyPath */.K7)(keyPath) : parsed.locate(keyPath)),
    };
}

;// CONCATENATED MODULE: ./packages/deploy/src/engine.ts
// The deploy state machine: lock, recover an unfinished deploy, prepare the candidate, check it
// on its own address, move traffic step by step (settle, then analyse), promote, drain, clean
// up. Any failure after a change walks the rollback ladder once: previous version (checked
// first, re-provisioned if dead), then last known good, then the healthiest target.







class Timeline {
    entries;
    onChange;
    constructor(entries, onChange) {
        this.entries = entries;
        this.onChange = onChange;
    }
    add(entry) {
        this.entries.push({ at: new Date().toISOString(), ...entry });
        this.onChange();
    }
    async run(phase, weight, work, describe) {
        const at = new Date().toISOString();
        const started = performance.now();
        try {
            const value = await work();
            this.entries.push({ at, phase, weight, result: 'ok', detail: describe?.(value), durationMs: Math.round(performance.now() - started) });
            return value;
        }
        catch (error) {
            this.entries.push({ at, phase, weight, result: 'failed', detail: error.message, durationMs: Math.round(performance.now() - started) });
            throw error;
        }
        finally {
            this.onChange();
        }
    }
}
/** A failure that asks for a rollback (a failed check, settle, analysis, command or timeout). */
class DeployFailure extends Error {
    name = 'DeployFailure';
}
class Paused extends Error {
    name = 'Paused';
}
function newDeploymentId() {
    return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
class DeployEngine {
    config;
    deps;
    logger;
    store;
    files;
    timeline;
    state;
    dryRun = [];
    constructor(config, deps) {
        this.config = config;
        this.deps = deps;
        this.logger = deps.logger ?? silentLogger;
        this.files = stateFiles(config);
        this.store = new StateStore(this.files.state, deps.onState);
    }
    get stateFile() {
        return this.files.state;
    }
    progress(phase, description, weight) {
        this.logger.info(`${phase}${weight === undefined ? '' : ` (${weight} %)`}: ${description}`);
        this.deps.onProgress?.({ phase, weight, description });
    }
    save() {
        this.store.save(this.state);
    }
    /**
     * The local lock file, then the target's own lock where the adapter has one (a Lease), else
     * its in-progress check. The post step skips the in-progress check: what it finds running
     * there may be its own main step's change, which it has come to undo.
     */
    async lock(checkBusy = true) {
        const options = {
            owner: this.deps.owner,
            leaseMs: this.config.lock.leaseMs,
            mode: this.config.lock.mode,
            waitTimeoutMs: this.config.lock.timeoutMs,
            signal: this.deps.signal,
        };
        const file = await acquireLock({
            ...options,
            path: this.files.lock,
            onWait: (holder) => this.progress('lock', `waiting for the target lock held by ${describeHolder(holder)}`),
        });
        const started = Date.now();
        const { adapter } = this.deps;
        const busy = checkBusy ? adapter.busy?.bind(adapter) : undefined;
        const onWait = (holder) => this.progress('lock', `waiting for the target: ${holder}`);
        try {
            const target = adapter.lockTarget ? await adapter.lockTarget({ ...options, onWait }) : undefined;
            if (target === undefined && busy)
                await waitForTarget(busy, { ...options, onWait });
            return {
                waitedMs: file.waitedMs + Date.now() - started,
                async release() {
                    try {
                        await target?.release();
                    }
                    finally {
                        file.release();
                    }
                },
            };
        }
        catch (error) {
            file.release();
            throw error;
        }
    }
    publicEndpoint() {
        return this.config.publicUrl === undefined ? undefined : { url: this.config.publicUrl };
    }
    result(status, extra = {}) {
        return {
            status,
            version: this.state.candidate.version,
            previousVersion: this.state.previous?.version,
            rolledBack: status === 'rolled-back',
            servingVersion: status === 'promoted' || status === 'paused' ? this.state.candidate.version : this.state.previous?.version,
            noop: false,
            reason: this.state.reason,
            rungs: [],
            timeline: this.timeline.entries,
            dryRun: this.dryRun,
            deploymentId: this.state.deploymentId,
            ...extra,
        };
    }
    /** Runs the configured action (deploy, rollback or promote) under the target lock. */
    async run() {
        const pre = [];
        this.timeline = new Timeline(pre, () => undefined);
        const lock = await this.timeline.run('lock', undefined, () => this.lock(), (l) => (l.waitedMs > 50 ? `waited ${Math.round(l.waitedMs / 100) / 10} s` : 'free'));
        try {
            const prior = this.store.load();
            if (this.config.action === 'rollback')
                return await this.rollbackAction(prior, pre);
            if (this.config.action === 'promote')
                return await this.promoteAction(prior, pre);
            return await this.deploy(prior, pre);
        }
        finally {
            await lock.release();
        }
    }
    /** The post step: undoes a deploy that its main step left unfinished (cancelled, crashed, killed). */
    async recover() {
        const pre = [];
        this.timeline = new Timeline(pre, () => undefined);
        const prior = this.store.load();
        if (prior === undefined || (prior.status !== 'in-progress' && prior.status !== 'rolling-back'))
            return undefined;
        const lock = await this.timeline.run('lock', undefined, () => this.lock(false));
        try {
            const again = this.store.load();
            if (again === undefined || (again.status !== 'in-progress' && again.status !== 'rolling-back'))
                return undefined;
            this.adopt(again, pre);
            return await this.rollBack('the deploy was interrupted (cancelled, timed out or the runner stopped) before it finished');
        }
        finally {
            await lock.release();
        }
    }
    adopt(state, pre) {
        this.state = state;
        this.state.timeline.push(...pre);
        this.timeline = new Timeline(this.state.timeline, () => this.save());
    }
    fresh(candidate, previous, prior, pre) {
        const history = [...(prior?.history ?? [])];
        this.state = {
            schema: 1,
            target: this.config.environment,
            deploymentId: newDeploymentId(),
            owner: this.deps.owner,
            status: 'in-progress',
            strategy: this.config.strategy,
            candidate,
            previous,
            weight: 0,
            intent: undefined,
            history,
            timeline: [...pre],
            updatedAt: '',
        };
        this.timeline = new Timeline(this.state.timeline, () => this.save());
        this.save();
    }
    checkCapabilities() {
        const caps = this.deps.adapter.capabilities;
        if (!caps.strategies.includes(this.config.strategy)) {
            throw new src/* ConfigurationError */.j1('strategy', `the ${this.deps.adapter.name} adapter cannot do ${this.config.strategy} deploys; it supports ${caps.strategies.join(', ')}`, caps.strategies[0]);
        }
        if (this.config.strategy === 'canary' && !caps.weights) {
            const partial = this.config.steps.filter((s) => s < 100);
            if (partial.length > 0)
                throw new src/* ConfigurationError */.j1('steps', `the ${this.deps.adapter.name} adapter cannot split traffic by weight, so canary steps ${partial.join(', ')} are impossible`, '100');
        }
    }
    async deploy(prior, pre) {
        const { adapter } = this.deps;
        const version = this.config.version ?? '';
        // Validate against the adapter before anything changes.
        try {
            this.checkCapabilities();
        }
        catch (error) {
            this.timeline = new Timeline(pre, () => undefined);
            throw error;
        }
        if (prior && (prior.status === 'in-progress' || prior.status === 'rolling-back' || prior.status === 'paused')) {
            // An unfinished deploy: undo it first, then start this one from a known state.
            this.adopt(prior, pre);
            this.progress('recover', `an earlier deploy of ${prior.candidate.version} was left ${prior.status}; restoring ${prior.previous?.version ?? 'the previous state'} first`);
            const undone = await this.rollBack(`superseded by a new deploy of ${version} before it finished`);
            if (undone.status === 'failed')
                return undone;
            pre = [...this.state.timeline];
            prior = this.store.load();
        }
        const current = await adapter.current();
        const recorded = prior?.status === 'promoted' ? prior.candidate : undefined;
        if (current?.version === version || (current === undefined && recorded?.version === version)) {
            // A re-run of a deploy that already succeeded: nothing to do.
            const check = this.publicEndpoint() ? await this.deps.verifier.check(this.publicEndpoint(), version) : { ok: true };
            if (check.ok) {
                pre.push({ at: new Date().toISOString(), phase: 'noop', result: 'info', detail: `${version} already serves ${this.config.environment}` });
                return {
                    status: 'promoted',
                    version,
                    previousVersion: prior?.candidate.version === version ? prior.previous?.version : undefined,
                    rolledBack: false,
                    servingVersion: version,
                    noop: true,
                    rungs: [],
                    timeline: pre,
                    dryRun: [],
                    deploymentId: prior?.deploymentId ?? newDeploymentId(),
                };
            }
        }
        const previous = current ?? recorded;
        this.fresh({ version }, previous, prior, pre);
        this.progress('start', `deploying ${version} (${this.config.strategy}) over ${previous?.version ?? 'nothing (first deploy)'}`);
        const total = AbortSignal.timeout(this.config.timeoutMs);
        const signal = this.deps.signal ? AbortSignal.any([total, this.deps.signal]) : total;
        try {
            await this.forward(signal);
            return await this.finishPromotion();
        }
        catch (error) {
            if (error instanceof Paused) {
                this.state.status = 'paused';
                this.state.reason = error.message;
                this.save();
                this.progress('pause', error.message, this.state.weight);
                return this.result('paused', { servingVersion: undefined });
            }
            if ((0,src/* isConfigurationError */.p0)(error) && this.state.weight === 0 && this.state.intent === undefined && this.state.candidate.slot === undefined) {
                this.state.status = 'failed';
                this.save();
                throw error;
            }
            const reason = this.reasonOf(error, total);
            return this.rollBack(reason);
        }
    }
    reasonOf(error, total) {
        if (total.aborted)
            return `the deploy took longer than its timeout of ${Math.round(this.config.timeoutMs / 1000)} s`;
        if (this.deps.signal?.aborted)
            return 'the deploy was cancelled';
        if (error.name === 'TimeoutError' || error.name === 'AbortError')
            return `a step took longer than step-timeout (${Math.round(this.config.stepTimeoutMs / 1000)} s)`;
        return error.message;
    }
    stepSignal(signal) {
        return AbortSignal.any([signal, AbortSignal.timeout(this.config.stepTimeoutMs)]);
    }
    async forward(signal) {
        const { adapter, verifier } = this.deps;
        const previous = this.state.previous;
        this.progress('prepare', `starting ${this.state.candidate.version} without traffic`);
        const candidate = await this.timeline.run('prepare', 0, () => this.store.record(this.state, { action: 'prepare', version: this.state.candidate.version }, () => adapter.prepare(this.state.candidate, previous)), (r) => (r.slot ? `running in ${r.slot}` : 'ready'));
        this.state.candidate = candidate;
        this.save();
        signal.throwIfAborted();
        if (adapter.capabilities.preview && candidate.endpoint) {
            this.progress('verify-candidate', `checking ${candidate.version} on its own address`);
            const settled = await this.timeline.run('verify-candidate', 0, async () => {
                const outcome = await verifier.settle(candidate.endpoint, candidate.version, {
                    mode: 'consecutive',
                    times: this.config.settle.times,
                    timeoutMs: this.config.readyTimeoutMs,
                    intervalMs: this.config.settle.intervalMs,
                    signal: this.stepSignal(signal),
                });
                if (!outcome.ok)
                    throw new DeployFailure(`the candidate ${candidate.version} failed its checks on its own address before any traffic moved: ${outcome.reason}`);
                return outcome;
            });
            void settled;
        }
        let failures = 0;
        for (const weight of this.config.steps) {
            signal.throwIfAborted();
            this.progress('shift', `sending ${weight} % of traffic to ${candidate.version}`, weight);
            await this.timeline.run('shift', weight, () => this.store.record(this.state, { action: 'shift', weight }, () => adapter.shift(weight, { candidate, previous })));
            await this.settle(candidate.version, weight === 100 || previous === undefined ? 'consecutive' : 'seen', weight, signal);
            failures = await this.analyse(candidate, weight, failures, signal);
        }
    }
    async settle(version, mode, weight, signal) {
        const endpoint = this.publicEndpoint();
        if (endpoint === undefined)
            return;
        await this.timeline.run('settle', weight, async () => {
            const outcome = await this.deps.verifier.settle(endpoint, version, {
                mode,
                times: this.config.settle.times,
                timeoutMs: this.config.settle.timeoutMs,
                intervalMs: this.config.settle.intervalMs,
                signal: signal ? this.stepSignal(signal) : undefined,
            });
            if (!outcome.ok)
                throw new DeployFailure(`traffic did not settle on ${version}: ${outcome.reason}`);
            return outcome;
        }, (o) => `${version} served ${mode === 'seen' ? 'at least once' : `${this.config.settle.times} times in a row`} after ${o.attempts} checks`);
    }
    async analyse(candidate, weight, failuresBefore, signal) {
        const { analysis } = this.config;
        if (analysis.sources.length === 0)
            return 0;
        const context = {
            candidate,
            weight,
            publicEndpoint: this.publicEndpoint(),
            verifier: this.deps.verifier,
            windowMs: analysis.intervalMs,
            minRequests: analysis.minRequests,
            maxErrorRate: analysis.maxErrorRate,
            signal,
        };
        for (const source of analysis.sources)
            await source.begin?.(context);
        let failures = failuresBefore;
        const results = [];
        for (let i = 0; i < analysis.count; i++) {
            const at = new Date().toISOString();
            const started = performance.now();
            const { result, measurements } = await runInterval(analysis.sources, context);
            results.push(result);
            this.timeline.add({ at, phase: 'analysis', weight, result, detail: describe(measurements), durationMs: Math.round(performance.now() - started) });
            this.progress('analysis', `interval ${i + 1}/${analysis.count}: ${result}`, weight);
            failures = result === 'fail' ? failures + 1 : 0;
            if (failures >= analysis.failureLimit) {
                const why = `analysis failed at ${weight} % (${failures} failing interval${failures === 1 ? '' : 's'} in a row, failure-limit ${analysis.failureLimit}): ${describe(measurements)}`;
                if (analysis.mode === 'dry-run') {
                    this.dryRun.push(`would have rolled back: ${why}`);
                    failures = 0;
                    continue;
                }
                throw new DeployFailure(why);
            }
        }
        if (!results.includes('pass') && !results.includes('fail')) {
            const why = `analysis was inconclusive at ${weight} %`;
            if (analysis.mode === 'dry-run') {
                if (analysis.onInconclusive !== 'promote')
                    this.dryRun.push(`would have ${analysis.onInconclusive === 'pause' ? 'paused' : 'rolled back'}: ${why}`);
            }
            else if (analysis.onInconclusive === 'pause') {
                throw new Paused(`${why}: needs a decision (re-run with action: promote or action: rollback)`);
            }
            else if (analysis.onInconclusive === 'rollback') {
                throw new DeployFailure(`${why} and on-inconclusive is rollback`);
            }
        }
        return failures;
    }
    async finishPromotion() {
        const { adapter } = this.deps;
        const { candidate, previous } = this.state;
        this.state.status = 'promoted';
        this.state.history = [
            { version: candidate.version, slot: candidate.slot, at: new Date().toISOString() },
            ...this.state.history.filter((h) => h.version !== candidate.version),
        ].slice(0, 20);
        this.save();
        this.progress('promote', `${candidate.version} serves all traffic`, 100);
        this.timeline.add({ phase: 'promote', weight: 100, result: 'ok', detail: `${candidate.version} promoted` });
        if (previous && previous.slot !== candidate.slot && (previous.slot !== undefined || adapter.capabilities.keepPrevious)) {
            if (this.config.keepPreviousMs > 0 && adapter.capabilities.keepPrevious) {
                this.timeline.add({
                    phase: 'keep-previous',
                    result: 'info',
                    detail: `${previous.version} stays up in ${previous.slot ?? 'its slot'} for an instant rollback`,
                });
            }
            else {
                await this.timeline.run('drain', undefined, () => (0,promises_.setTimeout)(this.config.drainMs));
                await this.timeline
                    .run('cleanup', undefined, () => this.store.record(this.state, { action: 'cleanup', version: previous.version }, () => adapter.cleanup(previous)))
                    .catch((error) => this.logger.warn(`could not stop ${previous.version}: ${error.message}`));
            }
        }
        return this.result('promoted');
    }
    /**
     * The rollback ladder. Each rung is tried once, in order; the ladder never loops.
     * 1. the previous version: checked directly, re-provisioned with ensureReady when dead, then traffic moves back;
     * 2. the last known good from the target's history;
     * 3. traffic left on the healthiest target, `on-rollback-failure` run, status failed naming every rung.
     */
    async rollBack(reason) {
        const { adapter, verifier } = this.deps;
        this.state.status = 'rolling-back';
        this.state.reason = reason;
        this.save();
        this.progress('rollback', reason);
        const candidate = this.state.candidate;
        const rungs = [];
        const nothingMoved = this.state.weight === 0 && (this.state.intent === undefined || this.state.intent.action === 'prepare');
        const tryRung = async (rung, target) => {
            try {
                await this.timeline.run(`rollback:${rung}`, 0, async () => {
                    let ready = target;
                    const check = target.endpoint ? await verifier.check(target.endpoint, target.version) : undefined;
                    if (check === undefined || !check.ok) {
                        if (check)
                            this.progress('rollback', `${target.version} does not answer (${check.error}); re-provisioning it before moving traffic back`);
                        ready = await this.store.record(this.state, { action: 'ensure-ready', version: target.version }, () => adapter.ensureReady(target));
                        if (ready.endpoint) {
                            const again = await verifier.settle(ready.endpoint, ready.version, {
                                mode: 'consecutive',
                                times: this.config.settle.times,
                                timeoutMs: this.config.readyTimeoutMs,
                                intervalMs: this.config.settle.intervalMs,
                            });
                            if (!again.ok)
                                throw new Error(`${ready.version} could not be brought back: ${again.reason}`);
                        }
                    }
                    await this.store.record(this.state, { action: 'restore', version: ready.version }, () => adapter.restore(ready, candidate));
                    this.state.weight = 0;
                    await this.settle(ready.version, 'consecutive', 0, undefined);
                    return ready;
                });
                rungs.push({ rung, version: target.version, ok: true, detail: `traffic is back on ${target.version}` });
                return true;
            }
            catch (error) {
                rungs.push({ rung, version: target.version, ok: false, detail: error.message });
                return false;
            }
        };
        let restored;
        const previous = this.state.previous;
        if (nothingMoved && previous !== undefined) {
            rungs.push({ rung: 'previous', version: previous.version, ok: true, detail: `no traffic had moved; ${previous.version} still serves` });
            this.timeline.add({ phase: 'rollback:previous', weight: 0, result: 'ok', detail: `no traffic had moved to ${candidate.version}` });
            restored = previous;
        }
        else if (previous !== undefined && previous.version !== candidate.version) {
            if (await tryRung('previous', previous))
                restored = previous;
        }
        else {
            rungs.push({ rung: 'previous', ok: false, detail: 'there is no previous version (first deploy)' });
        }
        if (restored === undefined) {
            const known = [...this.state.history, ...((await adapter.history?.().catch(() => [])) ?? []).map((r) => ({ version: r.version, slot: r.slot, at: '' }))];
            const good = known.find((h) => h.version !== candidate.version && h.version !== previous?.version);
            if (good === undefined) {
                rungs.push({ rung: 'last-known-good', ok: false, detail: 'no other known good version in the history' });
            }
            else {
                const slot = previous?.slot ?? good.slot;
                const target = { version: good.version, slot: slot === candidate.slot ? good.slot : slot };
                if (await tryRung('last-known-good', target))
                    restored = target;
            }
        }
        if (restored !== undefined) {
            this.state.status = 'rolled-back';
            this.save();
            if (candidate.slot !== undefined && candidate.slot !== restored.slot) {
                await this.timeline
                    .run('cleanup', undefined, () => this.store.record(this.state, { action: 'cleanup', version: candidate.version }, () => adapter.cleanup(candidate)))
                    .catch((error) => this.logger.warn(`could not stop ${candidate.version}: ${error.message}`));
            }
            this.progress('rolled-back', `${restored.version} serves ${this.config.environment} again: ${reason}`);
            return { ...this.result('rolled-back', { rungs, servingVersion: restored.version }), previousVersion: previous?.version };
        }
        // Rung 3: leave traffic where it does the least harm.
        const healthiest = await this.healthiest([previous, candidate]);
        if (healthiest !== undefined) {
            try {
                if (healthiest.version === candidate.version)
                    await adapter.shift(100, { candidate, previous });
                else
                    await adapter.restore(healthiest, candidate);
                rungs.push({ rung: 'healthiest', version: healthiest.version, ok: true, detail: `traffic left on ${healthiest.version}, the healthiest target` });
            }
            catch (error) {
                rungs.push({ rung: 'healthiest', version: healthiest.version, ok: false, detail: error.message });
            }
        }
        else {
            rungs.push({ rung: 'healthiest', ok: false, detail: 'no target answered its health check; traffic left as it is' });
        }
        const hook = await this.onRollbackFailure(rungs);
        this.state.status = 'failed';
        this.state.reason = `${reason}; the rollback failed: ${rungs.map((r) => `${r.rung}${r.version ? ` (${r.version})` : ''}: ${r.detail}`).join('; ')}${hook ? `; ${hook}` : ''}`;
        this.save();
        this.timeline.add({ phase: 'rollback-failed', result: 'failed', detail: this.state.reason });
        return {
            ...this.result('failed', { rungs, servingVersion: rungs.find((r) => r.rung === 'healthiest' && r.ok)?.version }),
            previousVersion: previous?.version,
        };
    }
    async healthiest(candidates) {
        for (const release of candidates) {
            if (release?.endpoint === undefined)
                continue;
            const check = await this.deps.verifier.check(release.endpoint, release.version);
            if (check.ok)
                return release;
        }
        return undefined;
    }
    async onRollbackFailure(rungs) {
        const text = this.config.onRollbackFailure;
        if (text === undefined)
            return undefined;
        const vars = {
            DEPLOY_ENVIRONMENT: this.config.environment,
            DEPLOY_VERSION: this.state.candidate.version,
            DEPLOY_PREVIOUS_VERSION: this.state.previous?.version ?? '',
            DEPLOY_ROLLBACK_RUNGS: rungs.map((r) => `${r.rung}:${r.ok ? 'ok' : 'failed'}`).join(','),
        };
        try {
            const result = await runCommand(splitCommand('on-rollback-failure', text, vars), {
                cwd: this.config.cwd,
                env: { ...this.deps.env, ...vars },
                timeoutMs: 300_000,
            });
            this.timeline.add({ phase: 'on-rollback-failure', result: result.code === 0 ? 'ok' : 'failed', detail: `exit code ${result.code}` });
            return `on-rollback-failure exited with ${result.code}`;
        }
        catch (error) {
            this.timeline.add({ phase: 'on-rollback-failure', result: 'failed', detail: error.message });
            return `on-rollback-failure: ${error.message}`;
        }
    }
    /** `action: rollback`: the fast path back to the version before the current one (or the one named). */
    async rollbackAction(prior, pre) {
        const current = await this.deps.adapter.current();
        const currentVersion = current?.version ?? prior?.candidate.version;
        if (currentVersion === undefined)
            throw new DeployFailure('nothing is deployed to roll back from');
        let target;
        if (this.config.version !== undefined && this.config.version !== currentVersion) {
            const known = prior?.previous?.version === this.config.version ? prior.previous : prior?.history.find((h) => h.version === this.config.version);
            target = { version: this.config.version, slot: known?.slot };
        }
        else if (prior?.status === 'promoted' || prior?.status === 'paused') {
            target = prior.previous;
        }
        else {
            const older = prior?.history.find((h) => h.version !== currentVersion);
            target = older ? { version: older.version, slot: older.slot } : undefined;
        }
        if (target === undefined)
            throw new DeployFailure(`no earlier version of ${this.config.environment} is recorded to roll back to`);
        this.fresh({ ...(current ?? { version: currentVersion }) }, target, prior, pre);
        this.state.weight = 100;
        this.save();
        const result = await this.rollBack(`rollback asked for (action: rollback) from ${currentVersion} to ${target.version}`);
        if (result.status === 'rolled-back') {
            this.state.history = [
                { version: target.version, slot: target.slot, at: new Date().toISOString() },
                ...this.state.history.filter((h) => h.version !== target.version),
            ];
            this.save();
        }
        return { ...result, version: target.version, previousVersion: currentVersion };
    }
    /** `action: promote`: finishes a paused canary. */
    async promoteAction(prior, pre) {
        if (prior?.status !== 'paused')
            throw new DeployFailure(`there is no paused deploy of ${this.config.environment} to promote (state: ${prior?.status ?? 'none'})`);
        this.adopt(prior, pre);
        this.state.status = 'in-progress';
        this.save();
        const { candidate, previous } = this.state;
        try {
            await this.timeline.run('shift', 100, () => this.store.record(this.state, { action: 'shift', weight: 100 }, () => this.deps.adapter.shift(100, { candidate, previous })));
            await this.settle(candidate.version, 'consecutive', 100, undefined);
            return await this.finishPromotion();
        }
        catch (error) {
            return this.rollBack(error.message);
        }
    }
}
function describe(measurements) {
    return measurements.map((m) => `${m.source}: ${m.result} (${m.detail})`).join('; ');
}

// EXTERNAL MODULE: ./packages/probe/src/index.ts + 11 modules
var probe_src = __webpack_require__(3773);
;// CONCATENATED MODULE: ./packages/deploy/src/probe-verifier.ts
// The verifier backed by the probe engine (packages/probe, shared with the smoke-test action):
// settle after each traffic change is probe's `settle` (expected version K times in a row, an
// old answer resets the count). Endpoints on unix sockets, which probe's client does not speak,
// and the single health checks go through the built-in HTTP verifier.


function source(identity, healthPath) {
    const path = identity.path !== healthPath || identity.kind !== 'header' ? identity.path : undefined;
    if (identity.kind === 'header')
        return path === undefined ? { header: identity.name } : { header: identity.name, path };
    if (identity.kind === 'json')
        return { jsonPath: identity.jsonPath.text, compiledJsonPath: identity.jsonPath, path: identity.path };
    return { path: identity.path };
}
/**
 * A fresh connection per request: after a traffic change what matters is where a user's NEW
 * connection lands (an nginx reload leaves old workers serving the connections they hold).
 */
const freshConnections = {
    async send(request) {
        const client = (0,probe_src.createHttpClient)();
        try {
            return await client.send(request);
        }
        finally {
            await client.close();
        }
    },
    close: () => Promise.resolve(),
};
class ProbeVerifier {
    http;
    options;
    constructor(options) {
        this.options = options;
        this.http = new HttpVerifier(options);
    }
    check(endpoint, expectVersion) {
        return this.http.check(endpoint, expectVersion);
    }
    sample(endpoint, requests, signal) {
        return this.http.sample(endpoint, requests, signal);
    }
    async settle(endpoint, expectVersion, options) {
        if (endpoint.socketPath !== undefined)
            return this.http.settle(endpoint, expectVersion, options);
        const check = (0,probe_src.normalizeConfig)({ checks: [{ url: endpoint.url, timeout: `${this.options.timeoutMs}ms` }] }).checks[0];
        if (check === undefined)
            return this.http.settle(endpoint, expectVersion, options);
        const result = await (0,probe_src.settle)(check, {
            expectVersion,
            source: source(this.options.identity, this.options.healthPath),
            times: options.mode === 'seen' ? 1 : options.times,
            timeoutMs: options.timeoutMs,
            intervalMs: options.intervalMs,
            signal: options.signal,
            client: freshConnections,
        });
        if (result.settled) {
            // Serving the version is not enough: it must also pass its health check.
            const health = await this.http.check(endpoint, options.mode === 'seen' ? undefined : expectVersion);
            if (!health.ok)
                return {
                    ok: false,
                    attempts: result.attempts + 1,
                    lastVersion: result.lastVersion,
                    reason: `serves ${expectVersion} but ${health.error ?? 'is not healthy'}`,
                };
        }
        return {
            ok: result.settled,
            attempts: result.attempts,
            lastVersion: result.lastVersion,
            reason: result.settled
                ? undefined
                : `did not serve ${expectVersion} ${options.mode === 'seen' ? 'once' : `${options.times} times in a row`} within ${Math.round(options.timeoutMs / 100) / 10} s (seen: ${result.seen.join(', ') || 'nothing'}${result.lastError ? `; last: ${result.lastError}` : ''})`,
        };
    }
}

;// CONCATENATED MODULE: ./packages/deploy/src/report.ts
// The one report of a deploy, in the shapes the front ends need: JSON (the CLI's `deploy` shape,
// also the action's report file), Markdown (the job summary, the CLI's --format markdown) and
// plain text (the terminal). The action and the CLI only call these.

function reportContext(config, extra = {}) {
    return { environment: config.environment, strategy: config.strategy, action: config.action, url: config.publicUrl, ...extra };
}
/** Whether the front ends count the result as done: promoted, paused for a decision, or rolled back on request. */
function succeeded(result, action) {
    return result.status === 'promoted' || result.status === 'paused' || (action === 'rollback' && result.status === 'rolled-back');
}
function toJson(result, context) {
    return {
        status: result.status,
        version: result.version,
        previousVersion: result.previousVersion ?? null,
        rolledBack: result.rolledBack,
        servingVersion: result.servingVersion ?? null,
        noop: result.noop,
        reason: result.reason ?? null,
        rungs: result.rungs,
        dryRun: result.dryRun,
        timeline: result.timeline.map((e) => ({
            at: e.at,
            phase: e.phase,
            ...(e.weight === undefined ? {} : { weight: e.weight }),
            result: e.result,
            ...(e.detail === undefined ? {} : { detail: e.detail }),
            ...(e.durationMs === undefined ? {} : { durationMs: e.durationMs }),
        })),
        environment: context.environment,
        strategy: context.strategy,
        deploymentId: context.deploymentId ?? result.deploymentId,
    };
}
/** One line with the outcome, and the reason on a second when it did not promote. */
function toText(result) {
    const previous = result.previousVersion ? ` (previous ${result.previousVersion})` : '';
    const reason = result.reason && result.status !== 'promoted' ? `\n  ${result.reason}` : '';
    return `${result.status}: ${result.version}${previous}${result.noop ? ', already deployed' : ''}${reason}\n`;
}
function timelineTable(timeline) {
    return (0,src/* table */.tp)(['time', 'phase', 'weight', 'result', 'duration', 'detail'], timeline.map((e) => [
        e.at.slice(11, 19),
        e.phase,
        e.weight === undefined ? '' : `${e.weight} %`,
        e.result,
        e.durationMs === undefined ? '' : (0,src/* formatElapsed */.C7)(e.durationMs),
        e.detail ?? '',
    ]));
}
const ICON = { promoted: '✅', 'rolled-back': '↩️', paused: '⏸️', failed: '❌' };
const TITLE = { deploy: 'Deploy', promote: 'Deploy', rollback: 'Rollback to', recover: 'Interrupted deploy of' };
function toMarkdown(result, context) {
    const parts = [
        (0,src/* heading */.R_)(`${ICON[result.status]} ${TITLE[context.action]} ${result.version} to ${context.environment}: ${result.status}${result.noop ? ' (already deployed, nothing changed)' : ''}`),
        (0,src/* table */.tp)(['', ''], [
            ['version', result.version],
            ['previous version', result.previousVersion ?? '(none)'],
            ['serving now', result.servingVersion ?? '(unknown)'],
            ['environment URL', context.url ?? ''],
        ]),
    ];
    if (result.reason && result.status !== 'promoted')
        parts.push((0,src/* heading */.R_)(result.status === 'paused' ? 'Why it paused' : 'Why it rolled back', 3), result.reason + '\n');
    if (result.rungs.length > 0)
        parts.push((0,src/* heading */.R_)('Rollback', 3), (0,src/* list */.p_)(result.rungs.map((r) => `${r.ok ? '✅' : '❌'} ${r.rung}${r.version ? ` (${r.version})` : ''}: ${r.detail}`)));
    if (result.dryRun.length > 0)
        parts.push((0,src/* heading */.R_)('Analysis dry run', 3), (0,src/* list */.p_)(result.dryRun));
    parts.push((0,src/* heading */.R_)('Timeline', 3), timelineTable(result.timeline));
    return parts.join('\n');
}

;// CONCATENATED MODULE: ./packages/deploy/src/run.ts
// One call for the front ends: parse the configuration, build the verifier and the adapter,
// run the engine (or recover an interrupted deploy in a post step).




function createVerifier(config) {
    return new ProbeVerifier({ identity: config.identity, healthPath: config.healthPath, timeoutMs: 5000 });
}
function prepareEngine(raw, options) {
    const config = parseConfig(raw, options.context);
    const verifier = options.verifier ?? createVerifier(config);
    const adapter = createAdapter(config, { verifier, env: options.env });
    const engine = new DeployEngine(config, { ...options, adapter, verifier });
    options.onReady?.(config, engine);
    return { config, engine };
}
async function deployFromConfig(raw, options) {
    const { config, engine } = prepareEngine(raw, options);
    return { config, result: await engine.run() };
}

;// CONCATENATED MODULE: ./packages/deploy/src/index.ts
// The deploy engine: strategies, a write-ahead state file, target locks, adapters, analysis
// and the rollback ladder. Plain TypeScript: no @actions/* import, no process.env reads.














/***/ }),

/***/ 8443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ CHECK_INPUTS),
/* harmony export */   KO: () => (/* binding */ CHECK_KEYS),
/* harmony export */   TB: () => (/* binding */ CHECK_SETTINGS),
/* harmony export */   m5: () => (/* binding */ CHECK_OPTIONS)
/* harmony export */ });
// Every setting a check takes, once. A smoke-test.yml entry takes them all; the action has an
// input of the same name for those with `input`, the CLI an option for those with `option`.
// A new setting is one row here (its action input then needs its line in smoke-test/action.yml
// and README.md, which a test holds to the spec). No imports: the action's spec loads this
// before the engine.
const CHECK_SETTINGS = {
    name: {},
    url: {},
    method: {
        input: { description: 'HTTP method for the url checks (default GET).' },
        option: { value: 'METHOD', help: 'request method (default GET)' },
    },
    headers: {
        input: {
            description: 'Request headers, one "Name: value" per line. Credential headers (Authorization, Cookie, *-Token, *-Key...) and opaque values are masked in the log.',
        },
        option: { flag: 'header', value: '"Name: value"', help: 'a request header (repeatable)', repeat: 'list' },
    },
    body: { input: { description: 'Request body for the url checks.' } },
    timeout: {
        input: { description: 'Per-request timeout, with a unit (default 10s).' },
        option: { value: 'DURATION', help: 'per request (default 10s)' },
    },
    'follow-redirects': { input: { description: 'Follow redirects (default true).' } },
    'max-redirects': {},
    'expect-status': {
        input: { description: 'Accepted statuses: 200, "200, 204", 2xx or 200-299 (default 2xx).' },
        option: { value: 'LIST', help: '200, "200,204", 2xx or 200-299' },
    },
    'expect-body': {
        input: { description: 'Text the body must contain (one per line: all must be there).', perLine: true },
        option: { value: 'TEXT', help: 'text the body must contain (repeatable)', repeat: 'list' },
    },
    'expect-body-regex': { input: { description: 'A regular expression the body must match.' } },
    'expect-json': {
        input: { description: 'JSON path assertions as a YAML map, e.g. {"$.status": ok, "$.db": {exists: true}}.' },
        option: { value: 'PATH=VALUE', help: 'a JSON path and the value it must equal (repeatable)', repeat: 'pairs' },
    },
    'expect-headers': { input: { description: 'Response header assertions, one "Name: value" or "Name: /regex/" per line.' } },
    'expect-redirect': {},
    'max-size': { input: { description: 'Largest accepted response body, e.g. 512kB.' } },
    'wait-timeout': {
        input: {
            description: 'Keep retrying (refused, DNS, timeouts, 5xx) with backoff until the service answers or this time passes, e.g. 60s (default: no waiting).',
        },
        option: { value: 'DURATION', help: 'retry until ready for this long, e.g. 60s' },
    },
    'expect-version': {
        input: { description: 'The build identity the service must report (e.g. the commit SHA), settle times in a row.' },
        option: { value: 'VERSION', help: 'the build the service must report, --settle times in a row' },
    },
    'version-header': {
        input: { description: 'Read the version from this response header.' },
        option: { value: 'NAME', help: 'read the version from this response header' },
    },
    'version-json-path': {
        input: { description: 'Read the version from this JSON path of the body, e.g. $.build.sha.' },
        option: { value: 'PATH', help: 'read the version from this JSON path of the body' },
    },
    'version-path': {
        input: { description: 'Read the version from this path on the same origin, e.g. /version.' },
        option: { value: '/version', help: 'read the version from this path on the same origin' },
    },
    settle: {
        input: { description: 'How many answers in a row must carry expect-version (default 3).' },
        option: { value: 'N', help: 'answers in a row (default 3)' },
    },
    'settle-interval': { input: { description: 'Pause between the settle requests (default 500ms).' } },
    requests: {
        input: { description: 'Requests per check for latency measurement (default 1; 20 when thresholds are given).' },
        option: { value: 'N', help: 'requests per check for latency measurement' },
    },
    concurrency: {
        input: { description: 'Requests in flight at once per check (default up to 10).' },
        option: { value: 'N', help: 'requests in flight at once per check' },
    },
    thresholds: {
        input: { description: 'Latency and error budgets, one per line or comma-separated: p95 < 300ms, error-rate < 1%.' },
        option: { flag: 'threshold', value: 'EXPR', help: 'e.g. "p95 < 300ms" or "error-rate < 1%" (repeatable)', repeat: 'list' },
    },
    'min-requests': { input: { description: 'Fewest requests that thresholds may be judged on (default 20).' } },
    tls: {},
    'tls-warn-days': {
        input: { description: 'Warn when the certificate expires within this many days (default 30).' },
        option: { value: 'N', help: 'warn when the certificate expires within N days (default 30)' },
    },
    'tls-fail-days': {
        input: { description: 'Fail when the certificate expires within this many days (default 7).' },
        option: { value: 'N', help: 'fail when the certificate expires within N days (default 7)' },
    },
    'tls-min-protocol': {},
    'ca-file': {
        input: { description: 'A PEM file of extra CA certificates to trust (e.g. an internal CA).' },
        option: { value: 'FILE', help: 'extra trusted CA certificates (PEM)' },
    },
    'https-redirect': { input: { description: 'true, or an http:// URL, that must redirect to https.' } },
    'security-headers': {
        input: { description: 'off, warn or fail for every rule, or a map: {default: warn, hsts: fail, hsts-min-age: 180d}.' },
        option: { value: 'LEVEL', help: 'off, warn or fail' },
    },
    'show-body': {
        input: {
            description: 'Show a truncated body of failing answers: auto (only when no credentials were sent and it looks safe), never or always.',
            choices: ['auto', 'never', 'always'],
            default: 'auto',
        },
    },
};
const table = CHECK_SETTINGS;
/** Every key a check takes, in the order of the table. */
const CHECK_KEYS = Object.keys(table);
/** The keys with an action input, each with its input. */
const CHECK_INPUTS = CHECK_KEYS.flatMap((key) => {
    const input = table[key].input;
    return input === undefined ? [] : [{ key: key, input }];
});
/** The keys with a CLI option, each with its option and flag. */
const CHECK_OPTIONS = CHECK_KEYS.flatMap((key) => {
    const option = table[key].option;
    return option === undefined ? [] : [{ key, option, flag: option.flag ?? key }];
});


/***/ })

};
