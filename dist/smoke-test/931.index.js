export const id = 931;
export const ids = [931];
export const modules = {

/***/ 1931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_INPUTS: () => (/* reexport */ check_keys/* CHECK_INPUTS */.$d),
  CHECK_KEYS: () => (/* reexport */ check_keys/* CHECK_KEYS */.KO),
  CHECK_OPTIONS: () => (/* reexport */ check_keys/* CHECK_OPTIONS */.m5),
  CHECK_SETTINGS: () => (/* reexport */ check_keys/* CHECK_SETTINGS */.TB),
  DEFAULT_HSTS_MIN_AGE: () => (/* reexport */ DEFAULT_HSTS_MIN_AGE),
  DEFAULT_MIN_REQUESTS: () => (/* reexport */ DEFAULT_MIN_REQUESTS),
  DEFAULT_PARALLEL: () => (/* reexport */ DEFAULT_PARALLEL),
  JsonPathError: () => (/* reexport */ JsonPathError),
  RequestError: () => (/* reexport */ RequestError),
  assertResponse: () => (/* reexport */ assertResponse),
  backoffDelay: () => (/* reexport */ backoffDelay),
  checkHttpsRedirect: () => (/* reexport */ checkHttpsRedirect),
  checkSecurityHeaders: () => (/* reexport */ checkSecurityHeaders),
  checkTls: () => (/* reexport */ checkTls),
  classifyError: () => (/* reexport */ classifyError),
  compileJsonPath: () => (/* reexport */ compileJsonPath),
  couldHoldSecrets: () => (/* reexport */ couldHoldSecrets),
  counts: () => (/* reexport */ counts),
  createHttpClient: () => (/* reexport */ createHttpClient),
  defineCheck: () => (/* reexport */ defineCheck),
  describeStatuses: () => (/* reexport */ describeStatuses),
  evaluateJsonPath: () => (/* reexport */ evaluateJsonPath),
  evaluateThresholds: () => (/* reexport */ evaluateThresholds),
  excerpt: () => (/* reexport */ excerpt),
  headline: () => (/* reexport */ headline),
  loadConfig: () => (/* reexport */ loadConfig),
  mapBounded: () => (/* reexport */ mapBounded),
  measureLatency: () => (/* reexport */ measureLatency),
  normalizeConfig: () => (/* reexport */ normalizeConfig),
  parseConfig: () => (/* reexport */ parseConfig),
  percentile: () => (/* reexport */ percentile),
  readVersion: () => (/* reexport */ readVersion),
  runCheck: () => (/* reexport */ runCheck),
  runChecks: () => (/* reexport */ runChecks),
  securityPolicy: () => (/* reexport */ securityPolicy),
  settle: () => (/* reexport */ settle),
  statusAccepted: () => (/* reexport */ statusAccepted),
  substitute: () => (/* reexport */ substitute),
  summarize: () => (/* reexport */ summarize),
  systemClock: () => (/* reexport */ systemClock),
  toAnnotations: () => (/* reexport */ toAnnotations),
  toJson: () => (/* reexport */ toJson),
  toMarkdown: () => (/* reexport */ toMarkdown),
  toProgress: () => (/* reexport */ toProgress),
  toText: () => (/* reexport */ toText),
  urlChecks: () => (/* reexport */ urlChecks),
  versionMatches: () => (/* reexport */ versionMatches),
  waitUntilReady: () => (/* reexport */ waitUntilReady),
  worstP95: () => (/* reexport */ worstP95)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./packages/probe/src/clock.ts
// Time, injectable: routines that wait (readiness, settle, backoff) take a Clock so that
// callers can drive them with their own, and an AbortSignal to stop them.

const systemClock = {
    now: () => performance.now(),
    epochMs: () => Date.now(),
    sleep: async (ms, signal) => {
        if (signal?.aborted)
            throw signal.reason;
        if (ms <= 0)
            return;
        try {
            await (0,promises_.setTimeout)(ms, undefined, { signal });
        }
        catch (error) {
            // The caller's own reason (e.g. "deploy cancelled"), not a generic AbortError.
            throw signal?.aborted ? signal.reason : error;
        }
    },
};
/** Exponential backoff: 250 ms, 375 ms, 560 ms ... capped at `maxMs`. */
function backoffDelay(attempt, options = {}) {
    const initial = options.initialMs ?? 250;
    return Math.min(options.maxMs ?? 2000, Math.round(initial * (options.factor ?? 1.5) ** Math.max(0, attempt - 1)));
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(6752);
;// CONCATENATED MODULE: ./packages/probe/src/http.ts
// The HTTP client every check uses: one undici Agent with keep-alive per client, so a
// latency run reuses its connections, redirects followed (or not) by hand so that the chain
// can be asserted, a per-request timeout, and a body size cap.


/** A request that got no answer, classified so that readiness can tell "not yet" from "wrong". */
class RequestError extends Error {
    name = 'RequestError';
    kind;
    url;
    code;
    constructor(kind, url, message, code) {
        super(message);
        this.kind = kind;
        this.url = url;
        this.code = code;
    }
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const TLS_CODES = /^(CERT_|DEPTH_ZERO|SELF_SIGNED|UNABLE_TO_|ERR_TLS|ERR_SSL|HOSTNAME_MISMATCH)/;
function errorCode(error) {
    let current = error;
    for (let depth = 0; depth < 4 && current; depth++) {
        const code = current.code;
        if (typeof code === 'string' && code !== 'UND_ERR_SOCKET' && code !== 'UND_ERR_CONNECT')
            return code;
        current = current.cause;
    }
    return error.code;
}
function innerMessage(error) {
    let current = error;
    let message = error.message;
    for (let depth = 0; depth < 4 && current; depth++) {
        if (current instanceof Error && current.message)
            message = current.message;
        current = current.cause;
    }
    return message.replace(/; if the root CA is installed locally.*$/s, '');
}
function classifyError(error, url, timeoutMs) {
    if (error instanceof RequestError)
        return error;
    const code = errorCode(error);
    const host = new URL(url).host;
    if (code === 'ECONNREFUSED')
        return new RequestError('refused', url, `connection refused by ${host}`, code);
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
        return new RequestError('dns', url, `DNS lookup failed for ${new URL(url).hostname} (${code})`, code);
    if (code === 'UND_ERR_CONNECT_TIMEOUT' ||
        code === 'UND_ERR_HEADERS_TIMEOUT' ||
        code === 'UND_ERR_BODY_TIMEOUT' ||
        code === 'ETIMEDOUT' ||
        code === 'PROBE_TIMEOUT')
        return new RequestError('timeout', url, `no complete answer from ${host} within ${timeoutMs} ms`, code);
    if (code !== undefined && TLS_CODES.test(code))
        return new RequestError('tls', url, `TLS: ${innerMessage(error)} (${code})`, code);
    if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_CLOSED' || code === 'UND_ERR_SOCKET')
        return new RequestError('reset', url, `connection to ${host} closed before the answer was complete`, code);
    if (error.name === 'AbortError' || code === 'ABORT_ERR' || code === 'UND_ERR_ABORTED')
        return new RequestError('aborted', url, 'aborted', code);
    return new RequestError('other', url, innerMessage(error), code);
}
function flattenHeaders(raw) {
    const headers = {};
    for (const [name, value] of Object.entries(raw)) {
        if (value === undefined)
            continue;
        headers[name.toLowerCase()] = Array.isArray(value) ? (name.toLowerCase() === 'set-cookie' ? (value[0] ?? '') : value.join(', ')) : value;
    }
    return headers;
}
const SENSITIVE_ON_REDIRECT = new Set(['authorization', 'cookie', 'proxy-authorization']);
function createHttpClient(options = {}) {
    const agent = new undici.Agent({
        keepAliveTimeout: options.keepAliveTimeoutMs ?? 10_000,
        connections: options.connections ?? null,
        pipelining: 1,
        connect: options.ca || options.socketPath
            ? { ...(options.ca ? { ca: [...external_node_tls_.rootCertificates, options.ca] } : {}), ...(options.socketPath ? { socketPath: options.socketPath } : {}) }
            : undefined,
    });
    async function once(url, method, headers, body, request, signal) {
        const response = await agent.request({
            origin: url.origin,
            path: `${url.pathname}${url.search}`,
            method: method,
            headers,
            body,
            signal,
            headersTimeout: request.timeoutMs,
            bodyTimeout: request.timeoutMs,
        });
        const chunks = [];
        let bytes = 0;
        let oversize = false;
        const cap = request.maxBytes;
        for await (const chunk of response.body) {
            bytes += chunk.length;
            if (cap !== undefined && bytes > cap) {
                oversize = true;
                chunks.push(chunk.subarray(0, chunk.length - (bytes - cap)));
                bytes = cap;
                response.body.destroy();
                break;
            }
            chunks.push(chunk);
        }
        const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
        return { status: response.statusCode, headers: flattenHeaders(response.headers), body: buffer, bytes, oversize };
    }
    return {
        async send(request) {
            const started = performance.now();
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(Object.assign(new Error('timeout'), { code: 'PROBE_TIMEOUT' })), request.timeoutMs);
            const onAbort = () => controller.abort(request.signal?.reason);
            request.signal?.addEventListener('abort', onAbort, { once: true });
            let url = new URL(request.url);
            let method = request.method;
            let headers = request.headers;
            let body = request.body;
            const redirects = [];
            try {
                for (;;) {
                    const answer = await once(url, method, headers, body, request, controller.signal);
                    const location = answer.headers.location;
                    if (request.followRedirects && REDIRECTS.has(answer.status) && location !== undefined) {
                        const next = new URL(location, url);
                        redirects.push({ url: url.href, status: answer.status, location: next.href });
                        if (redirects.length > request.maxRedirects) {
                            throw new RequestError('redirects', request.url, `more than ${request.maxRedirects} redirects (last to ${next.href})`);
                        }
                        if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
                            method = 'GET';
                            body = undefined;
                        }
                        if (next.origin !== url.origin)
                            headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !SENSITIVE_ON_REDIRECT.has(name.toLowerCase())));
                        url = next;
                        continue;
                    }
                    return { url: url.href, ...answer, redirects, elapsedMs: performance.now() - started };
                }
            }
            catch (error) {
                if (controller.signal.aborted && !request.signal?.aborted)
                    throw new RequestError('timeout', request.url, `no complete answer from ${url.host} within ${request.timeoutMs} ms`, 'PROBE_TIMEOUT');
                throw classifyError(error, url.href, request.timeoutMs);
            }
            finally {
                clearTimeout(timer);
                request.signal?.removeEventListener('abort', onAbort);
            }
        },
        async close() {
            await agent.close();
        },
    };
}
/** The request a check makes (at its own URL unless another is given, e.g. a /version path). */
function requestFor(check, signal, url = check.url) {
    return {
        url,
        method: check.method,
        headers: check.headers,
        body: check.body,
        timeoutMs: check.timeoutMs,
        followRedirects: check.followRedirects && check.expect.redirect === undefined,
        maxRedirects: check.maxRedirects,
        maxBytes: check.expect.maxBytes ?? 10 * 1024 * 1024,
        signal,
    };
}

// EXTERNAL MODULE: ./packages/toolkit/src/errors.ts
var errors = __webpack_require__(2087);
;// CONCATENATED MODULE: ./packages/toolkit/src/jsonpath.ts
// The one JSON-path module. A small, documented subset of JSONPath (RFC 9535) for assertions and version fields:
//
//   $                 the whole document
//   $.name            a member (letters, digits, _ and -; the leading `$.` may be left out)
//   $['any name']     a member with any characters (single or double quotes)
//   $[0], $[-1]       an array element, counting from the end when negative
//
// Filters, wildcards, slices and recursive descent are not supported: an assertion should
// name one value. An unsupported path is refused when the config is read, before any request.

/** A path that is not in the supported subset: the user's to fix, like any configuration value. */
class JsonPathError extends errors/* ConfigurationError */.j {
    name = 'JsonPathError';
    /** `setting` names where the path was given (`version-from`, `checks.yml:4 expect-json`); without it the message is the problem alone. */
    constructor(problem, setting) {
        super(setting?.subject ?? 'path', problem, setting?.example, { plain: setting === undefined });
    }
}
/** Compiles a path; one outside the subset is a JsonPathError naming `setting` when given. */
function compileJsonPath(text, setting) {
    const source = text.trim();
    let rest = source.startsWith('$') ? source.slice(1) : source === '' ? '' : `.${source}`;
    const segments = [];
    while (rest !== '') {
        let match;
        if ((match = /^\.([A-Za-z_][\w-]*)/.exec(rest))) {
            segments.push(match[1] ?? '');
        }
        else if ((match = /^\[\s*(-?\d+)\s*\]/.exec(rest))) {
            segments.push(Number(match[1]));
        }
        else if ((match = /^\[\s*'((?:[^'\\]|\\.)*)'\s*\]/.exec(rest)) || (match = /^\[\s*"((?:[^"\\]|\\.)*)"\s*\]/.exec(rest))) {
            segments.push((match[1] ?? '').replace(/\\(.)/g, '$1'));
        }
        else {
            const unsupported = /^(\.\.|\[\*\]|\.\*|\[\?|\[\d*:)/.test(rest);
            throw new JsonPathError(unsupported
                ? `"${text}" uses ${rest.slice(0, 3)}…, which is not supported: name one value with .member, ['member'] or [index]`
                : `"${text}" is not a valid path near "${rest.slice(0, 12)}"`, setting);
        }
        rest = rest.slice(match[0].length);
    }
    return { text: source, segments };
}
/** Resolves a path; `found` is false when any step is missing. */
function evaluateJsonPath(path, document) {
    let current = document;
    for (const segment of path.segments) {
        if (typeof segment === 'number') {
            if (!Array.isArray(current))
                return { found: false };
            const index = segment < 0 ? current.length + segment : segment;
            if (index < 0 || index >= current.length)
                return { found: false };
            current = current[index];
        }
        else {
            if (current === null || typeof current !== 'object' || Array.isArray(current) || !Object.hasOwn(current, segment))
                return { found: false };
            current = current[segment];
        }
    }
    return { found: true, value: current };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/probe/src/assert.ts
// Assertions on one answer. Each failure is a sentence a person can act on.


function describeStatuses(ranges) {
    return ranges.map((r) => (r.min === r.max ? String(r.min) : r.min % 100 === 0 && r.max === r.min + 99 ? `${r.min / 100}xx` : `${r.min}-${r.max}`)).join(', ');
}
function statusAccepted(status, ranges) {
    return ranges.some((r) => status >= r.min && status <= r.max);
}
function isJsonType(contentType) {
    return contentType !== undefined && /\bjson\b/i.test(contentType);
}
/** Parses the body as JSON; `undefined` plus a reason when it is not JSON. */
function parseJsonBody(response) {
    try {
        return { ok: true, value: JSON.parse(response.body.toString('utf8')) };
    }
    catch {
        const type = response.headers['content-type'];
        return { ok: false, reason: `the body is not JSON${type ? ` (content-type ${type})` : ''}` };
    }
}
function show(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
/** Every way `response` breaks `expect`, as sentences; empty when it meets them all. */
function assertResponse(response, expect) {
    const failures = [];
    if (expect.redirect) {
        const accepted = expect.redirect.status ?? [301, 302, 303, 307, 308];
        if (!accepted.includes(response.status))
            failures.push(`expected a redirect (${accepted.join(', ')}) but got status ${response.status}`);
        const location = response.headers.location;
        if (expect.redirect.location !== undefined) {
            const actual = location === undefined ? undefined : new URL(location, response.url).href;
            if (actual !== expect.redirect.location)
                failures.push(`expected a redirect to ${expect.redirect.location} but ${actual === undefined ? 'there was no Location header' : `it went to ${actual}`}`);
        }
    }
    else if (!statusAccepted(response.status, expect.status)) {
        failures.push(`status ${response.status}, expected ${describeStatuses(expect.status)}`);
    }
    if (response.oversize || (expect.maxBytes !== undefined && response.bytes > expect.maxBytes)) {
        failures.push(`the body is larger than the ${expect.maxBytes ?? response.bytes} bytes allowed`);
    }
    if (expect.bodyContains.length > 0 || expect.bodyMatches.length > 0) {
        const text = response.body.toString('utf8');
        for (const needle of expect.bodyContains)
            if (!text.includes(needle))
                failures.push(`the body does not contain "${needle}"`);
        for (const pattern of expect.bodyMatches)
            if (!pattern.test(text))
                failures.push(`the body does not match /${pattern.source}/${pattern.flags}`);
    }
    if (expect.json.length > 0) {
        const parsed = parseJsonBody(response);
        if (!parsed.ok) {
            failures.push(`cannot check ${expect.json.map((j) => j.path).join(', ')}: ${parsed.reason}`);
        }
        else {
            for (const assertion of expect.json) {
                const { found, value } = evaluateJsonPath(assertion.compiled, parsed.value);
                if (assertion.exists === true && !found)
                    failures.push(`${assertion.path} is missing from the JSON body`);
                if (assertion.exists === false && found)
                    failures.push(`${assertion.path} is present in the JSON body but should not be`);
                if (Object.hasOwn(assertion, 'equals')) {
                    if (!found)
                        failures.push(`${assertion.path} is missing from the JSON body (expected ${show(assertion.equals)})`);
                    else if (!(0,external_node_util_.isDeepStrictEqual)(value, assertion.equals))
                        failures.push(`${assertion.path} is ${show(value)}, expected ${show(assertion.equals)}`);
                }
            }
        }
    }
    for (const header of expect.headers) {
        const value = response.headers[header.name];
        if (header.exists === false) {
            if (value !== undefined)
                failures.push(`header ${header.name} is present but should not be`);
            continue;
        }
        if (value === undefined) {
            if (header.exists === true || header.equals !== undefined || header.matches !== undefined)
                failures.push(`header ${header.name} is missing`);
            continue;
        }
        // Cookies and credentials are never quoted back.
        const hidden = /^(set-cookie|cookie|authorization|proxy-authorization|x-api-key)$|token|secret/i.test(header.name);
        const shown = hidden ? '(value hidden)' : `"${value}"`;
        if (header.equals !== undefined && value !== header.equals)
            failures.push(`header ${header.name} is ${shown}, expected ${hidden ? 'another value' : `"${header.equals}"`}`);
        if (header.matches !== undefined && !header.matches.test(value))
            failures.push(`header ${header.name} is ${shown}, which does not match /${header.matches.source}/`);
    }
    return failures;
}
const SECRET_WORDS = /(token|secret|passw|api[-_]?key|private|session|credential|bearer|authorization|cookie)/i;
const SENSITIVE_REQUEST_HEADERS = /^(authorization|cookie|proxy-authorization|x-api-key|api-key|x-auth-token)$|token|secret|key|session/i;
/** Whether a check's answers could hold a secret: it sends credentials, or the body talks about them. */
function couldHoldSecrets(requestHeaders, response) {
    if (Object.keys(requestHeaders).some((name) => SENSITIVE_REQUEST_HEADERS.test(name)))
        return true;
    if (response.headers['set-cookie'] !== undefined)
        return true;
    const type = response.headers['content-type'] ?? '';
    if (type !== '' && !/^(text\/|application\/(json|problem\+json|xml)|[^;]*\+json)/i.test(type))
        return true;
    return SECRET_WORDS.test(response.body.subarray(0, 4096).toString('utf8'));
}
/** A short, single-line excerpt of a body for a failure report. */
function excerpt(body, max = 200) {
    const text = body
        .subarray(0, max * 4)
        .toString('utf8')
        .replace(/\s+/g, ' ')
        .trim();
    return text.length > max ? `${text.slice(0, max)}… (${body.length} bytes)` : text;
}


;// CONCATENATED MODULE: ./packages/probe/src/ready.ts
// Waiting: until a service answers at all (readiness), and until it answers with the
// expected build identity several times in a row (settle), the routine the deploy action
// runs after each traffic change.




/**
 * Retries the check's request with backoff until an answer that is not a 5xx, or until
 * `timeoutMs` has passed. Connection refused, DNS failures, timeouts and 5xx count as
 * "not yet"; a TLS failure or any other answer ends the wait at once.
 */
async function waitUntilReady(check, options) {
    const clock = options.clock ?? systemClock;
    const client = options.client ?? createHttpClient({ ca: check.tls?.ca });
    const started = clock.now();
    const deadline = started + options.timeoutMs;
    let attempts = 0;
    let lastError;
    let lastStatus;
    try {
        for (;;) {
            attempts++;
            // The last attempt may run a little past the deadline rather than be cut too short to answer.
            const remaining = Math.max(deadline - clock.now(), 1000);
            try {
                const response = await client.send({ ...requestFor(check, options.signal), timeoutMs: Math.min(check.timeoutMs, remaining) });
                lastStatus = response.status;
                if (response.status < 500)
                    return { ready: true, attempts, elapsedMs: clock.now() - started, lastStatus };
                lastError = `status ${response.status}`;
            }
            catch (error) {
                if (options.signal?.aborted)
                    throw options.signal.reason;
                if (!(error instanceof RequestError))
                    throw error;
                lastError = error.message;
                if (error.kind === 'tls' || error.kind === 'redirects')
                    return { ready: false, attempts, elapsedMs: clock.now() - started, lastError };
            }
            const left = deadline - clock.now();
            if (left <= 0)
                return { ready: false, attempts, elapsedMs: clock.now() - started, lastStatus, lastError };
            await clock.sleep(Math.min(left, backoffDelay(attempts, { initialMs: options.initialDelayMs, maxMs: options.maxDelayMs })), options.signal);
        }
    }
    finally {
        if (!options.client)
            await client.close();
    }
}
const AUTO_HEADERS = ['x-app-version', 'x-version', 'x-release', 'x-build', 'x-commit-sha'];
/** Reads the build identity from an answer, as the source says; `undefined` when absent. */
function readVersion(response, source) {
    if (source.header !== undefined)
        return response.headers[source.header.toLowerCase()]?.trim();
    if (source.jsonPath !== undefined) {
        const parsed = parseJsonBody(response);
        if (!parsed.ok)
            return undefined;
        const { found, value } = evaluateJsonPath(source.compiledJsonPath ?? compileJsonPath(source.jsonPath), parsed.value);
        return found && value !== null && value !== undefined ? (typeof value === 'string' ? value : JSON.stringify(value)) : undefined;
    }
    if (source.path !== undefined) {
        const parsed = parseJsonBody(response);
        if (parsed.ok && parsed.value !== null && typeof parsed.value === 'object' && 'version' in parsed.value)
            return String(parsed.value.version);
        const text = response.body.toString('utf8').trim();
        return text === '' ? undefined : text.slice(0, 200);
    }
    for (const name of AUTO_HEADERS)
        if (response.headers[name] !== undefined)
            return response.headers[name]?.trim();
    const parsed = parseJsonBody(response);
    if (parsed.ok && parsed.value !== null && typeof parsed.value === 'object' && 'version' in parsed.value)
        return String(parsed.value.version);
    return undefined;
}
/** Whether `actual` is the expected build: equal, or one a prefix of the other for commit SHAs. */
function versionMatches(actual, expected) {
    if (actual === undefined)
        return false;
    if (actual === expected)
        return true;
    const sha = /^[0-9a-f]{7,40}$/i;
    if (sha.test(actual) && sha.test(expected)) {
        const [a, b] = [actual.toLowerCase(), expected.toLowerCase()];
        return a.startsWith(b) || b.startsWith(a);
    }
    return false;
}
/**
 * Asks for the version until `times` answers in a row carry `expectVersion`. An answer
 * from the old build resets the count, so a pass against the old version never counts.
 */
async function settle(check, options) {
    const clock = options.clock ?? systemClock;
    const client = options.client ?? createHttpClient({ ca: check.tls?.ca });
    const source = options.source ?? check.version?.source ?? {};
    const interval = options.intervalMs ?? check.version?.intervalMs ?? 500;
    const url = source.path !== undefined ? new URL(source.path, check.url).href : check.url;
    const started = clock.now();
    const deadline = started + options.timeoutMs;
    const seen = [];
    let consecutive = 0;
    let attempts = 0;
    let lastVersion;
    let lastError;
    try {
        for (;;) {
            attempts++;
            let version;
            try {
                const response = await client.send({
                    ...requestFor(check, options.signal, url),
                    ...(source.path !== undefined ? { method: 'GET', body: undefined } : {}),
                    timeoutMs: Math.max(1, Math.min(check.timeoutMs, Math.max(deadline - clock.now(), check.timeoutMs / 4))),
                });
                version = readVersion(response, source);
                lastVersion = version;
                if (version !== undefined && !seen.includes(version))
                    seen.push(version);
                lastError = version === undefined ? `status ${response.status} with no version in the answer` : undefined;
            }
            catch (error) {
                if (options.signal?.aborted)
                    throw options.signal.reason;
                if (!(error instanceof RequestError))
                    throw error;
                lastError = error.message;
            }
            if (versionMatches(version, options.expectVersion)) {
                consecutive++;
                if (consecutive >= options.times)
                    return { settled: true, consecutive, attempts, elapsedMs: clock.now() - started, seen, lastVersion };
            }
            else {
                consecutive = 0;
                if (options.timeoutMs <= 0)
                    return { settled: false, consecutive, attempts, elapsedMs: clock.now() - started, seen, lastVersion, lastError };
            }
            if (clock.now() + interval >= deadline && consecutive === 0 && options.timeoutMs > 0) {
                return { settled: false, consecutive, attempts, elapsedMs: clock.now() - started, seen, lastVersion, lastError };
            }
            if (clock.now() >= deadline + interval * options.times && options.timeoutMs > 0) {
                return { settled: false, consecutive, attempts, elapsedMs: clock.now() - started, seen, lastVersion, lastError };
            }
            await clock.sleep(interval, options.signal);
        }
    }
    finally {
        if (!options.client)
            await client.close();
    }
}

;// CONCATENATED MODULE: ./packages/probe/src/latency.ts
// Latency runs: `requests` requests at `concurrency`, every answer held to the check's
// assertions, then percentiles, error rate and k6-style thresholds over the whole run.


/** Nearest-rank percentile of ascending `sorted` values; 0 for an empty list. */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[Math.min(sorted.length, rank) - 1] ?? 0;
}
const round = (ms) => Math.round(ms * 10) / 10;
function summarize(latencies) {
    const sorted = [...latencies].sort((a, b) => a - b);
    const sum = sorted.reduce((total, value) => total + value, 0);
    return {
        p50: round(percentile(sorted, 50)),
        p90: round(percentile(sorted, 90)),
        p95: round(percentile(sorted, 95)),
        p99: round(percentile(sorted, 99)),
        max: round(sorted.at(-1) ?? 0),
        avg: round(sorted.length === 0 ? 0 : sum / sorted.length),
    };
}
/**
 * Sends the check's request `requests` times, `concurrency` at a time, over keep-alive
 * connections. A request counts as an error when it gets no answer or its answer breaks
 * an assertion.
 */
async function measureLatency(check, options = {}) {
    const requests = options.requests ?? check.latency.requests;
    const concurrency = Math.max(1, Math.min(requests, options.concurrency ?? check.latency.concurrency));
    const client = options.client ?? createHttpClient({ ca: check.tls?.ca });
    const latencies = [];
    const failures = new Map();
    const statusCounts = {};
    let errors = 0;
    let next = 0;
    const started = performance.now();
    const request = requestFor(check, options.signal);
    const note = (message) => failures.set(message, (failures.get(message) ?? 0) + 1);
    async function worker() {
        while (next < requests) {
            next++;
            if (options.signal?.aborted)
                throw options.signal.reason;
            try {
                const response = await client.send(request);
                latencies.push(response.elapsedMs);
                statusCounts[response.status] = (statusCounts[response.status] ?? 0) + 1;
                const broken = assertResponse(response, check.expect);
                if (broken.length > 0) {
                    errors++;
                    for (const message of broken)
                        note(message);
                }
                options.onResponse?.(response, broken);
            }
            catch (error) {
                if (options.signal?.aborted)
                    throw options.signal.reason;
                errors++;
                note(error instanceof RequestError ? error.message : String(error));
            }
        }
    }
    try {
        await Promise.all(Array.from({ length: concurrency }, worker));
    }
    finally {
        if (!options.client)
            await client.close();
    }
    const { avg, ...latencyMs } = summarize(latencies);
    return {
        requests,
        answered: latencies.length,
        errors,
        errorRate: requests === 0 ? 0 : errors / requests,
        latencyMs,
        avgMs: avg,
        failures: [...failures].map(([message, count]) => ({ message, count })).sort((a, b) => b.count - a.count),
        statusCounts,
        elapsedMs: performance.now() - started,
    };
}
function formatMetric(threshold, value) {
    return threshold.metric === 'error-rate' ? `${round(value * 100)}%` : `${round(value)} ms`;
}
/** Holds a run to its thresholds, k6-style: each either passes or fails, with the measured value. */
function evaluateThresholds(result, thresholds) {
    return thresholds.map((threshold) => {
        const actual = threshold.metric === 'error-rate' ? result.errorRate : threshold.metric === 'avg' ? result.avgMs : result.latencyMs[threshold.metric];
        const passed = threshold.op === '<'
            ? actual < threshold.value
            : threshold.op === '<='
                ? actual <= threshold.value
                : threshold.op === '>'
                    ? actual > threshold.value
                    : actual >= threshold.value;
        const message = `${threshold.metric} was ${formatMetric(threshold, actual)} over ${result.requests} requests; the budget is ${threshold.text}`;
        return { threshold: threshold.text, passed, actual, message };
    });
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./packages/probe/src/tls.ts
// Certificate checks over a direct TLS handshake (node:tls): days left against warn/fail
// lead times, chain trust (system roots plus an optional CA), hostname match, protocol.



const DAY = 86_400_000;
const HOSTNAME_ERROR = /ALTNAME|Hostname\/IP does not match/i;
const PROTOCOL_ORDER = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
function tls_name(fields) {
    if (!fields)
        return undefined;
    const cn = fields.CN;
    const o = fields.O;
    return ([cn, o]
        .flat()
        .filter((v) => v !== undefined && v !== '')
        .join(', ') || undefined);
}
/** Connects to the URL's host and port and reports on its certificate. Never throws for a bad certificate. */
async function checkTls(url, options = {}) {
    const target = new URL(url);
    const host = target.hostname.replace(/^\[|\]$/g, '');
    const port = Number(target.port || 443);
    const warnDays = options.warnDays ?? 30;
    const failDays = options.failDays ?? 7;
    const minProtocol = options.minProtocol ?? 'TLSv1.2';
    const clock = options.clock ?? systemClock;
    const base = { host, port, trusted: false, hostnameMatches: false, outcome: 'failed', failures: [], warnings: [] };
    const handshake = await new Promise((resolve) => {
        const socket = (0,external_node_tls_.connect)({
            host,
            port,
            servername: (0,external_node_net_.isIP)(host) === 0 ? host : undefined,
            ca: options.ca ? [...external_node_tls_.rootCertificates, options.ca] : undefined,
            rejectUnauthorized: false,
            ALPNProtocols: ['http/1.1'],
        });
        const timer = setTimeout(() => {
            socket.destroy();
            resolve({ error: `no TLS handshake with ${host}:${port} within ${options.timeoutMs ?? 10_000} ms` });
        }, options.timeoutMs ?? 10_000);
        const onAbort = () => socket.destroy();
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const finish = (value) => {
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            socket.destroy();
            resolve(value);
        };
        socket.once('secureConnect', () => {
            const authError = socket.authorizationError;
            finish({
                cert: socket.getPeerCertificate(false),
                protocol: socket.getProtocol(),
                authorized: socket.authorized,
                authError: authError === null || authError === undefined ? undefined : authError instanceof Error ? authError.message : String(authError),
            });
        });
        socket.once('error', (error) => finish({ error: `TLS handshake with ${host}:${port} failed: ${error.code ?? error.message}` }));
    });
    if ('error' in handshake)
        return { ...base, failures: [handshake.error] };
    const { cert, protocol } = handshake;
    if (!cert || Object.keys(cert).length === 0)
        return { ...base, protocol: protocol ?? undefined, failures: [`${host}:${port} presented no certificate`] };
    const validTo = new Date(cert.valid_to);
    const validFrom = new Date(cert.valid_from);
    const now = clock.epochMs();
    const daysLeft = Math.floor((validTo.getTime() - now) / DAY);
    const identityError = (0,external_node_tls_.checkServerIdentity)(host, cert);
    const result = {
        ...base,
        protocol: protocol ?? undefined,
        daysLeft,
        validFrom: validFrom.toISOString(),
        validTo: validTo.toISOString(),
        subject: tls_name(cert.subject),
        issuer: tls_name(cert.issuer),
        // Node checks the chain first and the host name only on a good chain, so a host-name error means the chain is trusted.
        trusted: handshake.authorized || (handshake.authError !== undefined && HOSTNAME_ERROR.test(handshake.authError)),
        trustError: handshake.authorized || (handshake.authError !== undefined && HOSTNAME_ERROR.test(handshake.authError)) ? undefined : handshake.authError,
        hostnameMatches: identityError === undefined,
        hostnameError: identityError?.message,
    };
    const failures = [];
    const warnings = [];
    if (validTo.getTime() <= now)
        failures.push(`the certificate expired on ${result.validTo?.slice(0, 10)}`);
    else if (validFrom.getTime() > now)
        failures.push(`the certificate is not valid before ${result.validFrom?.slice(0, 10)}`);
    else if (daysLeft < failDays)
        failures.push(`the certificate expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'} (${result.validTo?.slice(0, 10)}), under the ${failDays}-day limit`);
    else if (daysLeft < warnDays)
        warnings.push(`the certificate expires in ${daysLeft} days (${result.validTo?.slice(0, 10)}), under the ${warnDays}-day warning`);
    if (!result.trusted)
        failures.push(`the certificate chain is not trusted: ${result.trustError ?? 'unknown reason'}`);
    if (!result.hostnameMatches)
        failures.push(`the certificate does not cover ${host}: ${result.hostnameError ?? ''}`.trim());
    if (protocol && PROTOCOL_ORDER.indexOf(protocol) < PROTOCOL_ORDER.indexOf(minProtocol))
        failures.push(`the server negotiated ${protocol}, older than ${minProtocol}`);
    result.failures = failures;
    result.warnings = warnings;
    result.outcome = failures.length > 0 ? 'failed' : warnings.length > 0 ? 'warning' : 'passed';
    return result;
}

;// CONCATENATED MODULE: ./packages/probe/src/security-headers.ts
/** Half a year, the floor most HSTS guidance and the preload list ask for. */
const DEFAULT_HSTS_MIN_AGE = 15_552_000;
function securityPolicy(level, overrides = {}) {
    return {
        hsts: level,
        hstsMinAgeSeconds: DEFAULT_HSTS_MIN_AGE,
        csp: level,
        contentTypeOptions: level,
        frameProtection: level,
        referrerPolicy: level,
        versionLeak: level,
        ...overrides,
    };
}
const VERSION_LEAK = /\d+(\.\d+)+|\/\s*\d/;
/**
 * Holds an answer (or its headers, with lower-case names) to a policy. HSTS is only judged
 * on https answers, since browsers ignore it over plain http; for an answer that is told by
 * its URL, for bare headers by `options.https` (default true).
 */
function checkSecurityHeaders(answer, policy, options = {}) {
    const isResponse = typeof answer.url === 'string' && typeof answer.headers === 'object' && answer.headers !== null;
    const headers = isResponse ? answer.headers : answer;
    if (isResponse && options.https === undefined)
        options = { https: answer.url.startsWith('https:') };
    const findings = [];
    const add = (rule, message) => {
        const level = policy[rule];
        if (level !== 'off')
            findings.push({ rule, level, message });
    };
    const get = (name) => headers[name]?.trim();
    const csp = get('content-security-policy');
    if (options.https !== false && policy.hsts !== 'off') {
        const hsts = get('strict-transport-security');
        if (!hsts)
            add('hsts', 'Strict-Transport-Security is missing');
        else {
            const maxAge = /max-age\s*=\s*"?(\d+)"?/i.exec(hsts);
            if (!maxAge)
                add('hsts', `Strict-Transport-Security has no max-age ("${hsts}")`);
            else if (Number(maxAge[1]) < policy.hstsMinAgeSeconds)
                add('hsts', `Strict-Transport-Security max-age is ${maxAge[1]} s, under the ${policy.hstsMinAgeSeconds} s floor`);
        }
    }
    if (!csp)
        add('csp', 'Content-Security-Policy is missing');
    const xcto = get('x-content-type-options');
    if (!xcto)
        add('contentTypeOptions', 'X-Content-Type-Options is missing (want nosniff)');
    else if (xcto.toLowerCase() !== 'nosniff')
        add('contentTypeOptions', `X-Content-Type-Options is "${xcto}", want nosniff`);
    const xfo = get('x-frame-options');
    const frameAncestors = csp !== undefined && /(^|;)\s*frame-ancestors\s/i.test(csp);
    if (!frameAncestors) {
        if (!xfo)
            add('frameProtection', 'no frame protection: neither X-Frame-Options nor CSP frame-ancestors is set');
        else if (!/^(deny|sameorigin)$/i.test(xfo))
            add('frameProtection', `X-Frame-Options is "${xfo}", want DENY or SAMEORIGIN`);
    }
    const referrer = get('referrer-policy');
    if (!referrer)
        add('referrerPolicy', 'Referrer-Policy is missing');
    else if (/^(unsafe-url|no-referrer-when-downgrade)$/i.test(referrer))
        add('referrerPolicy', `Referrer-Policy is "${referrer}", which leaks full URLs`);
    for (const header of ['server', 'x-powered-by']) {
        const value = get(header);
        if (value && VERSION_LEAK.test(value))
            add('versionLeak', `${header === 'server' ? 'Server' : 'X-Powered-By'} reveals a version ("${value}")`);
    }
    const outcome = findings.some((f) => f.level === 'fail') ? 'failed' : findings.length > 0 ? 'warning' : 'passed';
    return { outcome, findings };
}

;// CONCATENATED MODULE: ./packages/probe/src/run.ts
// Runs checks: readiness, version settle, the measured requests with their assertions
// and thresholds, TLS, the http->https redirect and security headers, then one verdict
// per check. Independent checks run in parallel, at most `parallel` at a time, over one
// shared keep-alive client per CA.







/** Requests `httpUrl` without following redirects and expects a permanent redirect to https. */
async function checkHttpsRedirect(httpUrl, options = {}) {
    const client = options.client ?? createHttpClient();
    try {
        const response = await client.send({
            url: httpUrl,
            method: 'GET',
            headers: {},
            timeoutMs: options.timeoutMs ?? 10_000,
            followRedirects: false,
            maxRedirects: 0,
            maxBytes: 65_536,
            signal: options.signal,
        });
        const location = response.headers.location === undefined ? undefined : new URL(response.headers.location, httpUrl).href;
        if (![301, 302, 307, 308].includes(response.status) || location === undefined) {
            return { passed: false, status: response.status, location, message: `${httpUrl} answered ${response.status} instead of redirecting to https` };
        }
        if (!location.startsWith('https:'))
            return { passed: false, status: response.status, location, message: `${httpUrl} redirects to ${location}, which is not https` };
        if (response.status === 302 || response.status === 307)
            return {
                passed: true,
                status: response.status,
                location,
                message: `${httpUrl} redirects to https with a temporary ${response.status}; 301 or 308 lets browsers remember it`,
            };
        return { passed: true, status: response.status, location };
    }
    catch (error) {
        return { passed: false, message: `${httpUrl}: ${error instanceof RequestError ? error.message : String(error)}` };
    }
    finally {
        if (!options.client)
            await client.close();
    }
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/** Runs one check end to end and returns its verdict. Never throws for a failing service. */
async function runCheck(check, options = {}) {
    const clock = options.clock ?? systemClock;
    const started = clock.now();
    const client = options.client ?? createHttpClient({ ca: check.tls?.ca });
    const failures = [];
    const warnings = [];
    const result = {
        name: check.name,
        url: check.url,
        method: check.method,
        passed: false,
        outcome: 'failed',
        latencyMs: { p50: 0, p90: 0, p95: 0, p99: 0, max: 0 },
        errorRate: 0,
        requests: 0,
        elapsedMs: 0,
        thresholds: [],
        failures,
        warnings,
    };
    const finish = () => {
        result.elapsedMs = Math.round(clock.now() - started);
        result.passed = failures.length === 0;
        result.outcome = failures.length > 0 ? 'failed' : warnings.length > 0 ? 'warning' : 'passed';
        return result;
    };
    const context = { clock, signal: options.signal, client };
    try {
        if (check.waitTimeoutMs > 0) {
            const ready = await waitUntilReady(check, { ...context, timeoutMs: check.waitTimeoutMs });
            result.ready = ready;
            if (!ready.ready) {
                failures.push(`not ready: tried ${check.method} ${check.url} ${plural(ready.attempts, 'time')} over ${Math.round(ready.elapsedMs / 100) / 10} s (wait-timeout ${check.waitTimeoutMs / 1000} s); last error: ${ready.lastError ?? 'none'}`);
                return finish();
            }
        }
        if (check.version) {
            const remaining = check.waitTimeoutMs > 0 ? Math.max(0, check.waitTimeoutMs - (clock.now() - started)) : 0;
            const settled = await settle(check, { ...context, expectVersion: check.version.expected, times: check.version.settle, timeoutMs: remaining });
            result.version = { ...settled, expected: check.version.expected };
            if (!settled.settled) {
                const seen = settled.seen.filter((v) => v !== check.version?.expected);
                failures.push(`expected version ${check.version.expected} ${check.version.settle} times in a row, ` +
                    (settled.lastVersion === undefined
                        ? `but no version could be read (${settled.lastError ?? 'no answer'})`
                        : `but ${seen.length > 0 ? `the service still answered ${seen.join(', ')}` : `got only ${settled.consecutive} in a row`}`) +
                    ` after ${plural(settled.attempts, 'request')}`);
                return finish();
            }
        }
        let first;
        let firstFailing;
        const latency = await measureLatency(check, {
            client,
            signal: options.signal,
            onResponse: (response, broken) => {
                first ??= response;
                if (broken.length > 0)
                    firstFailing ??= response;
            },
        });
        result.requests = latency.requests;
        result.latencyMs = latency.latencyMs;
        result.errorRate = latency.errorRate;
        result.status = first?.status;
        const errorBudget = check.latency.thresholds.some((t) => t.metric === 'error-rate');
        if (latency.errors > 0 && !errorBudget) {
            const prefix = latency.requests === 1 ? '' : `${latency.errors} of ${latency.requests} requests failed: `;
            for (const { message, count } of latency.failures.slice(0, 5))
                failures.push(`${prefix}${message}${latency.requests > 1 && count !== latency.errors ? ` (${count}×)` : ''}`);
            if (latency.failures.length > 5)
                failures.push(`${latency.failures.length - 5} more kinds of failure`);
        }
        else if (latency.errors > 0) {
            warnings.push(`${latency.errors} of ${latency.requests} requests failed (${latency.failures[0]?.message ?? ''})`);
        }
        if (latency.answered === 0 && failures.length === 0)
            failures.push(`no answer from ${check.url}: ${latency.failures[0]?.message ?? 'unknown error'}`);
        result.thresholds = evaluateThresholds(latency, check.latency.thresholds);
        for (const threshold of result.thresholds)
            if (!threshold.passed)
                failures.push(threshold.message);
        if (firstFailing && check.showBody !== 'never' && (check.showBody === 'always' || !couldHoldSecrets(check.headers, firstFailing))) {
            result.bodyExcerpt = excerpt(firstFailing.body);
        }
        const extras = [];
        if (check.tls) {
            const tlsPolicy = check.tls;
            extras.push(checkTls(first?.url.startsWith('https:') ? first.url : check.url, { ...tlsPolicy, clock, signal: options.signal, timeoutMs: check.timeoutMs }).then((tls) => {
                result.tls = tls;
                failures.push(...tls.failures);
                warnings.push(...tls.warnings);
            }));
        }
        if (check.httpsRedirect) {
            extras.push(checkHttpsRedirect(check.httpsRedirect, { client, timeoutMs: check.timeoutMs, signal: options.signal }).then((redirect) => {
                result.httpsRedirect = redirect;
                if (!redirect.passed)
                    failures.push(redirect.message ?? 'no redirect to https');
                else if (redirect.message)
                    warnings.push(redirect.message);
            }));
        }
        await Promise.all(extras);
        const answered = first ?? firstFailing;
        if (check.securityHeaders && answered) {
            const headers = checkSecurityHeaders(answered, check.securityHeaders);
            result.securityHeaders = headers;
            for (const finding of headers.findings)
                (finding.level === 'fail' ? failures : warnings).push(finding.message);
        }
        return finish();
    }
    finally {
        if (!options.client)
            await client.close();
    }
}
/** Runs up to `limit` tasks at a time, keeping results in input order. */
async function mapBounded(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
/** Runs every check, `parallel` at a time, and returns the report. */
async function runChecks(checks, options = {}) {
    const clock = options.clock ?? systemClock;
    const started = clock.now();
    const clients = new Map();
    const clientFor = (check) => {
        if (options.client)
            return options.client;
        const key = check.tls?.ca ?? '';
        let client = clients.get(key);
        if (!client) {
            client = createHttpClient({ ca: check.tls?.ca });
            clients.set(key, client);
        }
        return client;
    };
    let done = 0;
    try {
        const results = await mapBounded(checks, options.parallel ?? 50, async (check) => {
            const result = await runCheck(check, { clock, signal: options.signal, client: clientFor(check) });
            options.onResult?.(result, ++done, checks.length);
            return result;
        });
        return { passed: results.every((r) => r.passed), checks: results, elapsedMs: Math.round(clock.now() - started) };
    }
    finally {
        await Promise.all([...clients.values()].map((c) => c.close()));
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/toolkit/src/values.ts
var values = __webpack_require__(6986);
;// CONCATENATED MODULE: ./packages/toolkit/src/config.ts
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
    const path = (0,external_node_path_.isAbsolute)(name) ? name : (0,external_node_path_.join)(cwd, name);
    if (!(0,external_node_fs_.existsSync)(path)) {
        if (given === undefined)
            return undefined;
        throw new errors/* ConfigurationError */.j(subject, `the file ${given} does not exist`, defaultName);
    }
    try {
        return { name, path, text: (0,external_node_fs_.readFileSync)(path, 'utf8') };
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(subject, `cannot read the file ${name}: ${error.code ?? error.message}`, defaultName);
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
        throw new errors/* ConfigurationError */.j(this.locate(path), problem, example);
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
            return (0,values/* parseDuration */.E9)('duration', this.string(value, path, example));
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/toolkit/src/yaml.ts
// YAML text to plain values whose every key path can be traced back to its line: the parsing
// half of the config reader (`./config.ts`), loaded only where there is a file to parse.



/** Parses YAML text; invalid YAML (or a key given twice) is a ConfigurationError naming the line. */
function parseYamlConfig(text, file, example) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const first = document.errors[0];
    if (first) {
        const line = lines.linePos(first.pos[0]).line;
        throw new errors/* ConfigurationError */.j(`${file}:${line}`, `is not valid YAML: ${first.message.split('\n')[0] ?? 'parse error'}`, example);
    }
    return { value: document.toJS(), locate: yamlLocator(document, lines, file) };
}
/** The line of a key path: the key's own line for a map member, the item's for a list item, the nearest parent's when it is absent. */
function yamlLocator(document, lines, file) {
    return (path) => {
        let node = document.contents;
        let offset;
        for (let depth = 0; depth <= path.length; depth++) {
            const range = node?.range;
            if (range)
                offset = range[0];
            if (depth === path.length)
                break;
            const key = path[depth];
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((item) => item.key?.value === key);
                if (!pair)
                    break;
                const keyRange = pair.key?.range;
                if (keyRange)
                    offset = keyRange[0];
                node = pair.value;
                if (depth === path.length - 1)
                    break;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof key === 'number') {
                node = node.items[key];
            }
            else
                break;
        }
        const line = offset === undefined ? undefined : lines.linePos(offset).line;
        return `${file}${line === undefined ? '' : `:${line}`}${path.length > 0 ? ` ${formatKeyPath(path)}` : ''}`;
    };
}

// EXTERNAL MODULE: ./packages/probe/src/check-keys.ts
var check_keys = __webpack_require__(8443);
;// CONCATENATED MODULE: ./packages/probe/src/reader.ts
// The probe's value kinds over the shared config reader: URLs, statuses, thresholds, sizes,
// headers and assertions. Each takes the value and its key path and returns the value in its
// type, or throws a ConfigurationError naming the key (`file:line key`, or the input).




/** `${{ env.NAME }}` and `${NAME}` in a string, from `env`; an unset variable is an error. */
function substitute(text, env, fail) {
    return text.replace(/\$\{\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}|\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, a, b) => {
        const name = a ?? b ?? '';
        const value = env[name];
        if (value === undefined)
            fail(`${whole} refers to ${name}, which is not set`);
        return value;
    });
}
const THRESHOLD = /^(p50|p90|p95|p99|max|avg|med|error-rate|error_rate|errors)\s*(<=|<|>=|>)\s*(\d+(?:\.\d+)?)\s*([a-z%]*)$/i;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const LEVELS = ['off', 'warn', 'fail'];
const HEADER_RULES = {
    hsts: 'hsts',
    csp: 'csp',
    'content-type-options': 'contentTypeOptions',
    'frame-options': 'frameProtection',
    'frame-protection': 'frameProtection',
    'referrer-policy': 'referrerPolicy',
    'version-leak': 'versionLeak',
};
class ProbeReader extends ConfigReader {
    env;
    /** Where relative `ca-file` paths are resolved. */
    cwd;
    constructor(options = {}) {
        super(options.locate);
        this.env = options.env ?? {};
        this.cwd = options.cwd ?? '.';
    }
    /** Substitutes variables in every string, recursively. */
    expand(value, path) {
        if (typeof value === 'string')
            return substitute(value, this.env, (problem) => this.fail(path, problem, 'export the variable in the step env'));
        if (Array.isArray(value))
            return value.map((item, i) => this.expand(item, [...path, i]));
        if (value !== null && typeof value === 'object')
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.expand(v, [...path, k])]));
        return value;
    }
    /** A map; an action input gives one as YAML text (`{"$.status": ok}`), read here too. */
    map(value, path, example, optional = false) {
        if (typeof value === 'string' && value.includes(':')) {
            try {
                value = (0,dist/* parse */.qg)(value);
            }
            catch {
                return this.fail(path, 'is not a valid map', example);
            }
        }
        return super.map(value, path, example, optional);
    }
    /** One text or a list of them, as written: a body to look for may start or end with a space. */
    verbatim(value, path) {
        if (Array.isArray(value))
            return value.map((item, i) => this.string(item, [...path, i]));
        return [this.string(value, path)];
    }
    /** A URL; relative ones resolve under `base` as a folder (base-url), or against it as a browser would (`relative`). */
    url(value, path, base, mode = 'folder') {
        const text = this.string(value, path).trim();
        let url;
        try {
            if (base === undefined || /^[a-z][a-z0-9+.-]*:/i.test(text))
                url = new URL(text);
            else
                url = mode === 'relative' ? new URL(text, base) : new URL(text.replace(/^\/?/, ''), base.endsWith('/') ? base : `${base}/`);
        }
        catch {
            return this.fail(path, `"${text}" is not a valid URL${base === undefined && text.startsWith('/') ? ' (a relative URL needs base-url)' : ''}`, 'https://example.com/health');
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return this.fail(path, `"${text}" is not an http or https URL`, 'https://example.com/health');
        return url.href;
    }
    /** A JSON path, refused here (naming the key) when it is outside the supported subset. */
    jsonPath(text, path, example) {
        return compileJsonPath(text, { subject: this.locate(path), example });
    }
    /** `200`, `[200, 204]`, `"200, 204"`, `2xx` or `200-299`. */
    status(value, path) {
        const parts = Array.isArray(value) ? value.map((v, i) => ({ v: v, p: [...path, i] })) : [{ v: value, p: path }];
        const ranges = [];
        for (const { v, p } of parts) {
            for (const piece of this.string(v, p)
                .split(/[,\s]+/)
                .filter(Boolean)) {
                let match;
                if ((match = /^([1-5])xx$/i.exec(piece)))
                    ranges.push({ min: Number(match[1]) * 100, max: Number(match[1]) * 100 + 99 });
                else if ((match = /^(\d{3})-(\d{3})$/.exec(piece)) && Number(match[1]) <= Number(match[2]))
                    ranges.push({ min: Number(match[1]), max: Number(match[2]) });
                else if (/^\d{3}$/.test(piece) && Number(piece) >= 100 && Number(piece) <= 599)
                    ranges.push({ min: Number(piece), max: Number(piece) });
                else
                    this.fail(p, `"${piece}" is not a status, a list or a range`, '200, [200, 204], 2xx or 200-299');
            }
        }
        if (ranges.length === 0)
            this.fail(path, 'is empty', '200');
        return ranges;
    }
    /** Budgets as a list, or one text with one per line or comma-separated. */
    thresholds(value, path) {
        return this.verbatim(value, path).flatMap((text, i) => text
            .split(/\r?\n|,/)
            .filter((t) => t.trim() !== '')
            .map((t) => this.threshold(t, Array.isArray(value) ? [...path, i] : path)));
    }
    /** `p95 < 300ms` or `error-rate < 1%` (k6 style); a number without a unit is refused. */
    threshold(text, path) {
        const match = THRESHOLD.exec(text.trim());
        const example = 'p95 < 300ms or error-rate < 1%';
        if (!match)
            return this.fail(path, `"${text}" is not a threshold: write METRIC OP VALUE with a metric of p50, p90, p95, p99, max, avg or error-rate`, example);
        const raw = (match[1] ?? '').toLowerCase();
        const metric = (raw === 'med' ? 'p50' : raw === 'error_rate' || raw === 'errors' ? 'error-rate' : raw);
        const amount = Number(match[3]);
        const unit = (match[4] ?? '').toLowerCase();
        let value;
        if (metric === 'error-rate') {
            if (unit !== '%')
                return this.fail(path, unit === '' ? `"${text}" has no unit: an error rate is a percentage` : `"${text}": an error rate is a percentage, not ${unit}`, 'error-rate < 1%');
            value = amount / 100;
        }
        else {
            if (unit === '')
                return this.fail(path, `"${text}" has no unit: write ms or s`, `${metric} < ${amount}ms`);
            if (unit !== 'ms' && unit !== 's')
                return this.fail(path, `"${text}": ${unit} is not a time unit; use ms or s`, `${metric} < 300ms`);
            value = unit === 's' ? amount * 1000 : amount;
        }
        return { text: `${metric} ${match[2]} ${match[3]}${unit}`, metric, op: match[2], value };
    }
    /** Bytes: a whole number, or `512kB`, `2MB`, `1MiB`. */
    size(value, path) {
        if (typeof value === 'number' && Number.isInteger(value) && value > 0)
            return value;
        const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb)?\s*$/i.exec(this.string(value, path));
        if (!match)
            return this.fail(path, `${JSON.stringify(value)} is not a size`, '512kB or 2MB');
        const unit = (match[2] ?? 'b').toLowerCase();
        const factor = { b: 1, kb: 1000, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9 }[unit] ?? 1;
        return Math.round(Number(match[1]) * factor);
    }
    /** Request headers from a map, a list of `Name: value` lines or one text of them; names lower-cased. */
    headers(value, path) {
        const headers = {};
        const add = (name, text, p) => {
            if (!HEADER_NAME.test(name))
                this.fail(p, `"${name}" is not a valid header name`, 'Authorization: Bearer …');
            headers[name.toLowerCase()] = text;
        };
        if (typeof value === 'string' || Array.isArray(value)) {
            const lines = Array.isArray(value)
                ? value.map((v, i) => ({ line: this.string(v, [...path, i]), p: [...path, i] }))
                : value.split(/\r?\n/).map((line) => ({ line, p: path }));
            for (const { line, p } of lines) {
                if (line.trim() === '')
                    continue;
                const colon = line.indexOf(':');
                if (colon <= 0)
                    this.fail(p, `"${line.split(':')[0]?.slice(0, 40) ?? ''}" is not a "Name: value" header line`, 'Authorization: Bearer …');
                add(line.slice(0, colon).trim(), line.slice(colon + 1).trim(), p);
            }
            return headers;
        }
        for (const [name, text] of Object.entries(this.map(value, path, '{ accept: application/json }')))
            add(name, this.string(text, [...path, name]), [...path, name]);
        return headers;
    }
    /** A regular expression, bare or as `/source/flags`. */
    regex(text, path) {
        const literal = /^\/(.*)\/([gimsuy]*)$/s.exec(text);
        try {
            return literal ? new RegExp(literal[1] ?? '', (literal[2] ?? '').replace('g', '')) : new RegExp(text);
        }
        catch (error) {
            return this.fail(path, `"${text}" is not a valid regular expression: ${error.message}`, '"v\\d+\\.\\d+"');
        }
    }
    /** `{ $.status: ok, $.db: { exists: true } }`: a value to equal, or `exists`/`equals`. */
    jsonAssertions(value, path) {
        const entries = this.map(value, path, '{ $.status: ok, $.db: { exists: true } }');
        return Object.entries(entries).map(([jsonPath, expected]) => {
            const p = [...path, jsonPath];
            const compiled = this.jsonPath(jsonPath, p, '$.data.items[0].id');
            if (expected === null || typeof expected !== 'object' || Array.isArray(expected))
                return { path: jsonPath, compiled, equals: expected };
            const unknown = Object.keys(expected).find((k) => k !== 'exists' && k !== 'equals');
            if (unknown !== undefined)
                return this.fail([...p, unknown], `"${unknown}" is not a JSON assertion; use equals or exists`, '{ exists: true }');
            const assertion = { path: jsonPath, compiled };
            if ('exists' in expected)
                assertion.exists = this.boolean(expected.exists, [...p, 'exists']);
            if ('equals' in expected)
                assertion.equals = expected.equals;
            return assertion;
        });
    }
    /** Response headers to hold: a value, a `/regex/` or `{ exists: true|false }`, as a map or `Name: value` lines. */
    headerAssertions(value, path) {
        const entries = typeof value === 'string' && !value.trim().startsWith('{') ? this.headers(value, path) : this.map(value, path, '{ content-type: /json/ }');
        return Object.entries(entries).map(([name, expected]) => {
            const p = [...path, name];
            const header = { name: name.toLowerCase() };
            if (expected !== null && typeof expected === 'object') {
                if ('exists' in expected)
                    header.exists = this.boolean(expected.exists, [...p, 'exists']);
                else
                    this.fail(p, 'use a value, a /regex/ or { exists: true|false }', '{ exists: true }');
                return header;
            }
            const text = this.string(expected, p);
            if (/^\/.*\/[imsuy]*$/s.test(text))
                header.matches = this.regex(text, p);
            else
                header.equals = text;
            return header;
        });
    }
    /** `off`, `warn` or `fail` (`false`, `warning` and `error` too). */
    level(value, path) {
        const text = this.string(value === false ? 'off' : value, path)
            .trim()
            .toLowerCase();
        const level = text === 'warning' ? 'warn' : text === 'error' ? 'fail' : text;
        if (!LEVELS.includes(level))
            return this.fail(path, `"${text}" is not off, warn or fail`, 'warn');
        return level;
    }
    /** One level for every rule, or a map of rules over a `default`; undefined when every rule is off. */
    securityHeaders(value, path) {
        if (typeof value === 'boolean')
            return value ? securityPolicy('fail') : undefined;
        if (typeof value === 'string' && !value.includes(':')) {
            const level = this.level(value, path);
            return level === 'off' ? undefined : securityPolicy(level);
        }
        const entries = this.map(value, path, '{ default: warn, hsts: fail, hsts-min-age: 180d }');
        const policy = securityPolicy('default' in entries ? this.level(entries.default, [...path, 'default']) : 'warn');
        for (const [key, item] of Object.entries(entries)) {
            if (key === 'default')
                continue;
            if (key === 'hsts-min-age') {
                policy.hstsMinAgeSeconds = Math.round(this.duration(item, [...path, key], '180d') / 1000);
                continue;
            }
            const rule = HEADER_RULES[key];
            if (rule === undefined)
                return this.fail([...path, key], `"${key}" is not a security-header rule${didYouMean(key, [...Object.keys(HEADER_RULES), 'default', 'hsts-min-age'])}`, Object.keys(HEADER_RULES).join(', '));
            policy[rule] = this.level(item, [...path, key]);
        }
        return policy;
    }
}

;// CONCATENATED MODULE: ./packages/probe/src/config.ts
// Checks from a `smoke-test.yml` config or from action inputs, validated in one place so
// that every mistake is reported before any request, naming the file, line and key (or
// the input). Keys are the same in both: an input `expect-status` is a config key too.
//
//   base-url: ${{ env.PREVIEW_URL }}      # relative check URLs resolve against it
//   parallel: 20                           # checks at a time
//   defaults: { timeout: 5s, wait-timeout: 60s, headers: { authorization: "Bearer ${API_TOKEN}" } }
//   checks:
//     - name: home
//       url: /
//       expect-status: 200
//       expect-body: Welcome
//     - url: /api/health
//       expect-json: { $.status: ok, $.db: { exists: true } }
//       requests: 100
//       concurrency: 10
//       thresholds: [p95 < 300ms, error-rate < 1%]






const DEFAULT_PARALLEL = 50;
const DEFAULT_MIN_REQUESTS = 20;
const TOP_KEYS = ['base-url', 'parallel', 'defaults', 'checks'];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const SHOW_BODY = ['auto', 'never', 'always'];
const EXAMPLE = 'checks: [{ url: https://example.com/ }]';
function defaultName(method, url) {
    const parsed = new URL(url);
    return `${method === 'GET' ? '' : `${method} `}${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}${parsed.search}`;
}
function refuseUnknownKeys(reader, { raw, where }) {
    for (const key of Object.keys(raw)) {
        if (!check_keys/* CHECK_KEYS */.KO.includes(key))
            reader.fail(where(key), `"${key}" is not a check setting${didYouMean(key, check_keys/* CHECK_KEYS */.KO)}`, check_keys/* CHECK_KEYS */.KO.slice(0, 6).join(', '));
    }
}
/** What to send: URL, method, headers, body, timeout and redirect handling. */
function readRequest(reader, { raw, has, where }, base) {
    if (!has('url'))
        reader.fail(where('url'), 'is required', 'https://example.com/health');
    const url = reader.url(raw.url, where('url'), base);
    const method = has('method') ? reader.string(raw.method, where('method')).toUpperCase() : 'GET';
    if (!METHODS.includes(method))
        reader.fail(where('method'), `"${method}" is not one of ${METHODS.join(', ')}`, 'GET');
    return {
        name: has('name') ? reader.string(raw.name, where('name')) : defaultName(method, url),
        url,
        method,
        headers: has('headers') ? reader.headers(raw.headers, where('headers')) : {},
        body: has('body') ? reader.string(raw.body, where('body')) : undefined,
        timeoutMs: has('timeout') ? reader.duration(raw.timeout, where('timeout')) : 10_000,
        followRedirects: has('follow-redirects') ? reader.boolean(raw['follow-redirects'], where('follow-redirects')) : true,
        maxRedirects: has('max-redirects') ? reader.integer(raw['max-redirects'], where('max-redirects'), { min: 0, max: 50 }, '5') : 5,
    };
}
/** `expect-redirect`: true, a Location, or `{ status, location }`. */
function readRedirect(reader, { raw, has, where }, url) {
    if (!has('expect-redirect'))
        return undefined;
    const value = raw['expect-redirect'];
    const path = where('expect-redirect');
    if (value === true || value === 'true')
        return {};
    if (typeof value === 'string')
        return { location: reader.url(value, path, url, 'relative') };
    const entries = reader.map(value, path, '{ status: 301, location: https://example.com/ }');
    const redirect = {};
    if (entries.status !== undefined)
        redirect.status = reader.status(entries.status, [...path, 'status']).flatMap((r) => Array.from({ length: r.max - r.min + 1 }, (_, i) => r.min + i));
    if (entries.location !== undefined)
        redirect.location = reader.url(entries.location, [...path, 'location'], url, 'relative');
    return redirect;
}
/** What the answer must be: status, body, JSON, headers, redirect and size. */
function readExpectations(reader, settings, url, followRedirects) {
    const { raw, has, where } = settings;
    const redirect = readRedirect(reader, settings, url);
    return {
        status: has('expect-status') ? reader.status(raw['expect-status'], where('expect-status')) : [{ min: 200, max: followRedirects ? 299 : 399 }],
        bodyContains: has('expect-body') ? reader.verbatim(raw['expect-body'], where('expect-body')) : [],
        bodyMatches: has('expect-body-regex')
            ? reader.verbatim(raw['expect-body-regex'], where('expect-body-regex')).map((t) => reader.regex(t, where('expect-body-regex')))
            : [],
        json: has('expect-json') ? reader.jsonAssertions(raw['expect-json'], where('expect-json')) : [],
        headers: has('expect-headers') ? reader.headerAssertions(raw['expect-headers'], where('expect-headers')) : [],
        redirect,
        maxBytes: has('max-size') ? reader.size(raw['max-size'], where('max-size')) : undefined,
    };
}
/** Requests, concurrency and budgets; budgets need enough requests to be judged on. */
function readLatency(reader, { raw, has, where }) {
    const thresholds = has('thresholds') ? reader.thresholds(raw.thresholds, where('thresholds')) : [];
    const minRequests = has('min-requests') ? reader.integer(raw['min-requests'], where('min-requests'), { min: 1, max: 1_000_000 }, '20') : DEFAULT_MIN_REQUESTS;
    const requests = has('requests')
        ? reader.integer(raw.requests, where('requests'), { min: 1, max: 1_000_000 }, '100')
        : thresholds.length > 0
            ? minRequests
            : 1;
    if (thresholds.length > 0 && requests < minRequests) {
        reader.fail(where('requests'), `${requests} requests are too few for thresholds (${thresholds.map((t) => t.text).join(', ')}); at least ${minRequests} are needed (min-requests)`, String(minRequests));
    }
    const concurrency = has('concurrency') ? reader.integer(raw.concurrency, where('concurrency'), { min: 1, max: 1000 }, '10') : Math.min(requests, 10);
    return { requests, concurrency, thresholds, minRequests };
}
/** `expect-version` and where the version is read; the other version keys only apply with it. */
function config_readVersion(reader, { raw, has, where }) {
    if (!has('expect-version')) {
        for (const key of ['version-header', 'version-json-path', 'version-path', 'settle']) {
            if (has(key))
                reader.fail(where(key), 'only applies with expect-version', 'expect-version: ${{ github.sha }}');
        }
        return undefined;
    }
    if (has('version-header') && (has('version-json-path') || has('version-path')))
        reader.fail(where('version-header'), 'give either version-header or version-json-path/version-path', 'x-app-version');
    const source = {};
    if (has('version-header'))
        source.header = reader.string(raw['version-header'], where('version-header')).toLowerCase();
    if (has('version-json-path')) {
        source.jsonPath = reader.string(raw['version-json-path'], where('version-json-path'));
        source.compiledJsonPath = reader.jsonPath(source.jsonPath, where('version-json-path'), '$.build.sha');
    }
    if (has('version-path')) {
        source.path = reader.string(raw['version-path'], where('version-path'));
        if (!source.path.startsWith('/'))
            reader.fail(where('version-path'), `"${source.path}" must start with /`, '/version');
    }
    return {
        expected: reader.string(raw['expect-version'], where('expect-version')).trim(),
        source,
        settle: has('settle') ? reader.integer(raw.settle, where('settle'), { min: 1, max: 100 }, '3') : 3,
        intervalMs: has('settle-interval') ? reader.duration(raw['settle-interval'], where('settle-interval'), '1s') : 500,
    };
}
/** The certificate check: on by default for https URLs; a `ca-file` is read now, relative to the config. */
function readTls(reader, { raw, has, where }, url) {
    const https = url.startsWith('https:');
    const wanted = has('tls') ? reader.boolean(raw.tls, where('tls')) : https;
    if (!wanted && !has('ca-file'))
        return undefined;
    if (!https && wanted && has('tls'))
        reader.fail(where('tls'), `${url} is not an https URL`, 'https://example.com/');
    const warnDays = has('tls-warn-days') ? reader.integer(raw['tls-warn-days'], where('tls-warn-days'), { min: 0, max: 3650 }, '30') : 30;
    const failDays = has('tls-fail-days') ? reader.integer(raw['tls-fail-days'], where('tls-fail-days'), { min: 0, max: 3650 }, '7') : 7;
    if (failDays > warnDays)
        reader.fail(where('tls-fail-days'), `${failDays} is more than tls-warn-days (${warnDays})`, '7');
    const protocol = has('tls-min-protocol') ? reader.string(raw['tls-min-protocol'], where('tls-min-protocol')) : 'TLSv1.2';
    if (protocol !== 'TLSv1.2' && protocol !== 'TLSv1.3')
        reader.fail(where('tls-min-protocol'), `"${protocol}" is not TLSv1.2 or TLSv1.3`, 'TLSv1.2');
    const tls = { warnDays, failDays, minProtocol: protocol };
    if (has('ca-file')) {
        const file = (0,external_node_path_.resolve)(reader.cwd, reader.string(raw['ca-file'], where('ca-file')));
        try {
            tls.ca = (0,external_node_fs_.readFileSync)(file, 'utf8');
            tls.caFile = file;
        }
        catch (error) {
            reader.fail(where('ca-file'), `cannot read ${file}: ${error.code ?? error.message}`, 'certs/ca.pem');
        }
        if (!tls.ca.includes('-----BEGIN CERTIFICATE-----'))
            reader.fail(where('ca-file'), `${file} holds no PEM certificate`, 'certs/ca.pem');
    }
    return tls;
}
/** `https-redirect`: true (this URL over http) or the http:// URL that must redirect to https. */
function readHttpsRedirect(reader, { raw, has, where }, url) {
    if (!has('https-redirect'))
        return undefined;
    const value = raw['https-redirect'];
    if (value === false || value === 'false')
        return undefined;
    if (value === true || value === 'true') {
        const plain = new URL(url);
        plain.protocol = 'http:';
        plain.port = '';
        return plain.href;
    }
    const target = reader.url(value, where('https-redirect'), url, 'relative');
    if (!target.startsWith('http:'))
        reader.fail(where('https-redirect'), `${target} must be an http:// URL (the one that should redirect to https)`, 'http://example.com/');
    return target;
}
/** One check from its own keys over the shared defaults. `where(key)` is the key's path, for errors. */
function normalizeCheck(reader, raw, where, base) {
    const settings = { raw, where, has: (key) => raw[key] !== undefined && raw[key] !== null && raw[key] !== '' };
    refuseUnknownKeys(reader, settings);
    const request = readRequest(reader, settings, base);
    const expect = readExpectations(reader, settings, request.url, request.followRedirects);
    const latency = readLatency(reader, settings);
    const version = config_readVersion(reader, settings);
    const tls = readTls(reader, settings, request.url);
    const httpsRedirect = readHttpsRedirect(reader, settings, request.url);
    const showBody = settings.has('show-body') ? reader.string(raw['show-body'], where('show-body')) : 'auto';
    if (!SHOW_BODY.includes(showBody))
        reader.fail(where('show-body'), `"${showBody}" is not auto, never or always`, 'never');
    return {
        ...request,
        // An asserted redirect is the answer itself, so it is not followed.
        followRedirects: expect.redirect ? false : request.followRedirects,
        expect,
        waitTimeoutMs: settings.has('wait-timeout') ? reader.duration(raw['wait-timeout'], where('wait-timeout'), '60s') : 0,
        version,
        latency,
        tls,
        httpsRedirect,
        securityHeaders: settings.has('security-headers') ? reader.securityHeaders(raw['security-headers'], where('security-headers')) : undefined,
        showBody: showBody,
    };
}
/** The top level: known keys, base-url, parallel and defaults. */
function readTop(reader, raw) {
    const root = reader.expand(raw ?? {}, []);
    if (root === null || typeof root !== 'object' || Array.isArray(root))
        return reader.fail([], 'the config must be a map with a checks list', EXAMPLE);
    const config = root;
    for (const key of Object.keys(config)) {
        if (!TOP_KEYS.includes(key))
            reader.fail([key], `"${key}" is not a top-level setting (${TOP_KEYS.join(', ')})${didYouMean(key, [...TOP_KEYS, ...check_keys/* CHECK_KEYS */.KO])}`, 'checks');
    }
    if (!Array.isArray(config.checks) || config.checks.length === 0) {
        return reader.fail(['checks'], config.checks === undefined ? 'is missing: list at least one check' : 'must be a non-empty list of checks', 'checks: [{ url: /health }]');
    }
    return {
        base: config['base-url'] === undefined || config['base-url'] === '' ? undefined : reader.url(config['base-url'], ['base-url'], undefined),
        parallel: config.parallel === undefined ? DEFAULT_PARALLEL : reader.integer(config.parallel, ['parallel'], { min: 1, max: 1000 }, '20'),
        defaults: config.defaults === undefined || config.defaults === null ? {} : reader.map(config.defaults, ['defaults'], '{ timeout: 5s }'),
        checks: config.checks,
    };
}
/** Names given twice get `#1`, `#2`, so every row of the report can be told apart. */
function numberDuplicateNames(checks) {
    const names = new Map();
    for (const check of checks)
        names.set(check.name, (names.get(check.name) ?? 0) + 1);
    const seen = new Map();
    for (const check of checks) {
        if ((names.get(check.name) ?? 0) > 1) {
            const n = (seen.get(check.name) ?? 0) + 1;
            seen.set(check.name, n);
            check.name = `${check.name} #${n}`;
        }
    }
}
/**
 * Validates a config object (parsed YAML, or the same shape built from inputs) into checks.
 * Throws a ConfigurationError naming the key at the first problem.
 */
function normalizeConfig(raw, options = {}) {
    const reader = new ProbeReader(options);
    const { base, parallel, defaults, checks } = readTop(reader, raw);
    const normalized = checks.map((item, index) => {
        const own = typeof item === 'string' ? { url: item } : reader.map(item, ['checks', index], '{ url: /health }');
        const merged = { ...defaults, ...own };
        if (defaults.headers !== undefined && own.headers !== undefined) {
            merged.headers = {
                ...reader.headers(defaults.headers, ['defaults', 'headers']),
                ...reader.headers(own.headers, ['checks', index, 'headers']),
            };
        }
        const where = (key) => key in own || !(key in defaults) ? (typeof item === 'string' ? ['checks', index] : ['checks', index, key]) : ['defaults', key];
        return normalizeCheck(reader, merged, where, base);
    });
    numberDuplicateNames(normalized);
    return { checks: normalized, parallel };
}
/**
 * Checks of `urls`, each with the same settings, as the action's inputs and the CLI's options
 * give them. An error names the setting as `subject(key)` says (the input `expect-json`, the
 * option `--expect-json`); an error in the URL itself names `subject('url')`.
 */
function urlChecks(urls, settings, options) {
    const locate = (path) => options.subject(typeof path[2] === 'string' ? path[2] : 'url');
    return normalizeConfig({ checks: urls.map((url) => ({ url, ...settings })) }, { ...options, locate }).checks;
}
/**
 * One check from the same keys as a config entry, for callers that build checks in code
 * (the deploy action's pre-traffic and settle checks): `defineCheck({ url, 'expect-status': 200 })`.
 */
function defineCheck(raw, options = {}) {
    return normalizeConfig({ checks: [raw] }, options).checks[0];
}
/** Parses and validates smoke-test.yml text. `file` names it in errors. */
function parseConfig(text, options = {}) {
    const { value, locate } = parseYamlConfig(text, options.file ?? 'smoke-test.yml', EXAMPLE);
    return normalizeConfig(value, { ...options, locate });
}
/**
 * Reads and validates a config file the user named (it must exist; relative to `cwd`);
 * relative `ca-file` paths resolve against its folder.
 */
function loadConfig(path, options = {}) {
    const { subject, ...rest } = options;
    const file = readConfigFile((0,external_node_path_.resolve)(rest.cwd ?? '.'), path, 'smoke-test.yml', subject);
    return parseConfig(file.text, { ...rest, cwd: (0,external_node_path_.dirname)(file.path), file: file.name });
}

// EXTERNAL MODULE: ./packages/toolkit/src/index.ts + 1 modules
var src = __webpack_require__(9991);
;// CONCATENATED MODULE: ./packages/probe/src/report.ts
// The report, once, in every shape a front end shows: JSON (CLI.md's `smoke` shape plus
// details), Markdown for job summaries and PR comments, plain text for the terminal, a
// progress line per finished check, and annotations. The action and the CLI only call these.

function toJson(report) {
    return {
        passed: report.passed,
        elapsedMs: report.elapsedMs,
        checks: report.checks.map((c) => ({
            name: c.name,
            url: c.url,
            passed: c.passed,
            outcome: c.outcome,
            status: c.status,
            latencyMs: c.latencyMs,
            errorRate: c.errorRate,
            requests: c.requests,
            elapsedMs: c.elapsedMs,
            tls: c.tls && {
                daysLeft: c.tls.daysLeft,
                trusted: c.tls.trusted,
                hostnameMatches: c.tls.hostnameMatches,
                protocol: c.tls.protocol,
                validTo: c.tls.validTo,
            },
            version: c.version && { expected: c.version.expected, seen: c.version.seen, settled: c.version.settled, consecutive: c.version.consecutive },
            thresholds: c.thresholds.length > 0 ? c.thresholds.map((t) => ({ threshold: t.threshold, passed: t.passed, actual: t.actual })) : undefined,
            securityHeaders: c.securityHeaders?.findings.map((f) => ({ rule: f.rule, level: f.level, message: f.message })),
            failures: c.failures,
            warnings: c.warnings,
            bodyExcerpt: c.bodyExcerpt,
        })),
    };
}
const ms = (value) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);
const label = (outcome) => (outcome === 'passed' ? 'PASS' : outcome === 'warning' ? 'WARN' : 'FAIL');
/** The worst single p95 across checks that measured anything (for the `p95-ms` output). */
function worstP95(report) {
    const measured = report.checks.filter((c) => c.requests > 0);
    return measured.length === 0 ? undefined : Math.max(...measured.map((c) => c.latencyMs.p95));
}
function counts(report) {
    return {
        passed: report.checks.filter((c) => c.outcome === 'passed').length,
        warning: report.checks.filter((c) => c.outcome === 'warning').length,
        failed: report.checks.filter((c) => c.outcome === 'failed').length,
    };
}
/** A one-line verdict, e.g. "2 of 5 checks failed". */
function headline(report) {
    const { warning, failed } = counts(report);
    const total = report.checks.length;
    if (failed > 0)
        return `${failed} of ${total} check${total === 1 ? '' : 's'} failed${warning > 0 ? `, ${warning} with warnings` : ''}`;
    if (warning > 0)
        return `all ${total} check${total === 1 ? '' : 's'} passed, ${warning} with warnings`;
    return `all ${total} check${total === 1 ? '' : 's'} passed`;
}
const COLUMNS = ['Check', 'Result', 'Status', 'p50', 'p90', 'p95', 'p99', 'max', 'Errors', 'TLS days', 'Failures'];
const ALIGN = ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'];
function row(c) {
    const measured = c.requests > 0 && c.status !== undefined;
    const latency = (value) => (measured ? ms(value) : '');
    return [
        c.name,
        (0,src/* badge */.qS)(c.outcome),
        c.status,
        latency(c.latencyMs.p50),
        latency(c.latencyMs.p90),
        latency(c.latencyMs.p95),
        latency(c.latencyMs.p99),
        latency(c.latencyMs.max),
        c.requests > 0 ? `${Math.round(c.errorRate * 1000) / 10}% of ${c.requests}` : '',
        c.tls?.daysLeft,
        [...c.failures, ...c.warnings.map((w) => `⚠️ ${w}`)].join('\n'),
    ];
}
/** The version, security-header findings and body excerpt of a check, when it has any. */
function detailsOf(c) {
    const parts = [];
    if (c.version)
        parts.push(`- Version: expected \`${c.version.expected}\`, seen ${c.version.seen.map((v) => `\`${v}\``).join(', ') || 'none'}, ${c.version.consecutive} in a row`);
    for (const f of c.securityHeaders?.findings ?? [])
        parts.push(`- ${f.level === 'fail' ? '❌' : '⚠️'} ${(0,src/* cell */.Hn)(f.message)}`);
    if (c.bodyExcerpt !== undefined)
        parts.push('- Body of the first failing answer (truncated):', '', '```text', c.bodyExcerpt.replace(/```/g, "'''"), '```');
    return parts.length === 0 ? undefined : (0,src/* details */.zH)(c.name, parts.join('\n'));
}
/** The Markdown body of the job summary and the PR comment. */
function toMarkdown(report, options = {}) {
    const rows = report.checks.slice(0, options.maxRows ?? 200);
    const more = report.checks.length - rows.length;
    const detailed = report.checks.flatMap((c) => detailsOf(c) ?? []).slice(0, 20);
    return [
        options.preview ? `Preview: ${options.preview}\n\n` : '',
        (0,src/* heading */.R_)(`${options.title ?? 'Smoke test'}: ${report.passed ? '✅' : '❌'} ${headline(report)}`),
        `\nFinished in ${ms(report.elapsedMs)}.\n\n`,
        (0,src/* table */.tp)(COLUMNS, rows.map(row), ALIGN),
        more > 0 ? `\n${more} more checks are in the JSON report.\n` : '',
        ...detailed.map((block) => `\n${block}`),
        options.note ? `\n${options.note}\n` : '',
    ].join('');
}
/** One finished check as it is logged while the others run: `[3/5] FAIL name 200 p95 12 ms` and its failures. */
function toProgress(result, done, total, options = {}) {
    const latency = result.requests > 1 ? ` p95 ${Math.round(result.latencyMs.p95)} ms` : result.status !== undefined ? ` ${Math.round(result.latencyMs.max)} ms` : '';
    const line = `[${done}/${total}] ${label(result.outcome)} ${result.name}${result.status !== undefined ? ` ${result.status}` : ''}${latency}`;
    // Without details (the terminal, where the text report lists the failures next): the line alone.
    if (options.details === false)
        return line;
    return [line, ...result.failures.map((failure) => `    ✗ ${failure}`), ...result.warnings.map((warning) => `    ! ${warning}`)].join('\n');
}
/** Plain text for the terminal. */
function toText(report) {
    const lines = [];
    for (const c of report.checks) {
        const latency = c.requests > 1
            ? ` p50 ${ms(c.latencyMs.p50)} p95 ${ms(c.latencyMs.p95)} p99 ${ms(c.latencyMs.p99)} max ${ms(c.latencyMs.max)} errors ${Math.round(c.errorRate * 1000) / 10}%`
            : c.status !== undefined
                ? ` ${ms(c.latencyMs.max)}`
                : '';
        const tls = c.tls?.daysLeft !== undefined ? ` TLS ${c.tls.daysLeft} days` : '';
        lines.push(`${label(c.outcome)} ${c.name} ${c.status ?? ''}${latency}${tls}`.replace(/\s+$/, ''));
        for (const failure of c.failures)
            lines.push(`     ✗ ${failure}`);
        for (const warning of c.warnings)
            lines.push(`     ! ${warning}`);
    }
    lines.push('', `${headline(report)} in ${ms(report.elapsedMs)}`);
    return lines.join('\n') + '\n';
}
/** One annotation per check with something to say: an error for a failed check, a warning for warnings. */
function toAnnotations(report) {
    return [
        ...report.checks.filter((c) => !c.passed).map((c) => ({ level: 'error', title: `smoke-test: ${c.name}`, message: c.failures.join('; ') })),
        ...report.checks
            .filter((c) => c.warnings.length > 0)
            .map((c) => ({ level: 'warning', title: `smoke-test: ${c.name}`, message: c.warnings.join('; ') })),
    ];
}

;// CONCATENATED MODULE: ./packages/probe/src/index.ts
// The probe engine: HTTP checks for smoke tests and for the deploy action's pre-traffic,
// settle and analysis steps. Plain TypeScript, no @actions/* and no process.env.
//
//   const { checks, parallel } = loadConfig('smoke-test.yml', { cwd, env });
//   const report = await runChecks(checks, { parallel });
//   toText(report), toMarkdown(report), toJson(report)        -> the report in each shape (report.ts)
//   const check = defineCheck({ url, 'expect-version': sha, 'version-header': 'x-app-version' });
//
// Single routines, for callers that compose their own flow:
//   waitUntilReady(check, { timeoutMs })                     -> ReadyResult
//   settle(check, { expectVersion, times, timeoutMs })       -> SettleResult
//   measureLatency(check, { requests, concurrency })          -> LatencyResult
//   evaluateThresholds(latency, check.latency.thresholds)     -> ThresholdResult[]
//   checkTls(url, { warnDays, failDays, ca })                 -> TlsResult
//   checkSecurityHeaders(response.headers, policy)            -> SecurityHeadersResult
//   checkHttpsRedirect(httpUrl)                               -> RedirectCheckResult
// Each takes an optional `clock` and `signal` (see clock.ts) and, where it makes requests,
// a shared `client` from createHttpClient().
















/***/ })

};
