// GitHub's official OpenAPI description (from @octokit/openapi), loaded once per process,
// with a route matcher and request validators compiled lazily per operation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
}

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  raw: JsonObject;
}

interface Route {
  template: string;
  segments: string[];
  /** Index of each `{param}` segment → its name. */
  params: Map<number, string>;
  literalCount: number;
  operations: Map<string, Operation>;
}

export interface RouteMatch {
  operation: Operation;
  params: Record<string, string>;
}

export type MatchResult = { kind: 'ok'; match: RouteMatch } | { kind: 'not-found' } | { kind: 'method-not-allowed'; allowed: string[]; template: string };

interface Spec {
  paths: Record<string, Record<string, JsonObject>>;
  components: { schemas: Record<string, JsonObject>; parameters: Record<string, JsonObject> };
}

const URI_PATTERN = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;
const GREEDY_PARAMS = new Set(['ref', 'path', 'basehead', 'tag', 'branch']);

let spec: Spec | undefined;
let routesBySize: Map<number, Route[]> | undefined;
let greedyRoutes: Route[] | undefined;

/** The path of the api.github.com description shipped in @octokit/openapi (the non-dereferenced one: smaller, parses fast). */
export function openApiPath(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@octokit/openapi/package.json');
  return pkg.replace(/package\.json$/, 'generated/api.github.com.json');
}

export function loadSpec(): Spec {
  if (spec) return spec;
  spec = JSON.parse(readFileSync(openApiPath(), 'utf8')) as Spec;
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const segments = template.split('/').slice(1);
    const params = new Map<number, string>();
    segments.forEach((segment, i) => {
      const m = /^\{(.+)\}$/.exec(segment);
      if (m?.[1]) params.set(i, m[1]);
    });
    const operations = new Map<string, Operation>();
    for (const method of METHODS) {
      const op = item[method];
      if (op && typeof op.operationId === 'string')
        operations.set(method.toUpperCase(), { operationId: op.operationId, method: method.toUpperCase(), template, raw: op });
    }
    routes.push({ template, segments, params, literalCount: segments.length - params.size, operations });
  }
  // More literal segments (from the left) win: /releases/latest before /releases/{release_id}.
  const specificity = (a: Route, b: Route): number => {
    for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
      const pa = a.params.has(i);
      const pb = b.params.has(i);
      if (pa !== pb) return pa ? 1 : -1;
    }
    return b.literalCount - a.literalCount;
  };
  routesBySize = new Map();
  for (const route of routes) {
    const list = routesBySize.get(route.segments.length) ?? [];
    list.push(route);
    routesBySize.set(route.segments.length, list);
  }
  for (const list of routesBySize.values()) list.sort(specificity);
  // Only these may hold unencoded slashes (`git/ref/heads/main`, `compare/main...feat/x`), as on GitHub.
  greedyRoutes = routes.filter((r) => GREEDY_PARAMS.has(r.params.get(r.segments.length - 1) ?? '')).sort(specificity);
  return spec;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function matchRoute(route: Route, parts: string[], greedy: boolean): Record<string, string> | undefined {
  const last = route.segments.length - 1;
  if (greedy ? parts.length <= route.segments.length : parts.length !== route.segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < route.segments.length; i++) {
    const name = route.params.get(i);
    if (greedy && i === last) {
      const rest = parts.slice(i).join('/');
      if (!rest || name === undefined) return undefined;
      params[name] = safeDecode(rest);
      return params;
    }
    const part = parts[i];
    if (part === undefined || part === '') return undefined;
    if (name === undefined) {
      if (part.toLowerCase() !== route.segments[i]) return undefined;
    } else params[name] = safeDecode(part);
  }
  return params;
}

/** Finds the operation for a method and a raw (still percent-encoded) path. */
export function matchOperation(method: string, rawPath: string): MatchResult {
  loadSpec();
  const parts = rawPath.replace(/\/+$/, '').split('/').slice(1);
  const candidates: { route: Route; params: Record<string, string> }[] = [];
  for (const route of routesBySize?.get(parts.length) ?? []) {
    const params = matchRoute(route, parts, false);
    if (params) candidates.push({ route, params });
  }
  for (const route of greedyRoutes ?? []) {
    const params = matchRoute(route, parts, true);
    if (params) candidates.push({ route, params });
  }
  if (candidates.length === 0) return { kind: 'not-found' };
  const upper = method.toUpperCase();
  for (const { route, params } of candidates) {
    const operation = route.operations.get(upper === 'HEAD' && !route.operations.has('HEAD') ? 'GET' : upper);
    if (operation) return { kind: 'ok', match: { operation, params } };
  }
  const first = candidates[0]!.route;
  return { kind: 'method-not-allowed', allowed: [...first.operations.keys()], template: first.template };
}

// ---------------------------------------------------------------------------
// Validation

/** OpenAPI 3.0 schema → JSON Schema draft-07 for ajv: `nullable`, local `$ref`s, no examples. */
function convert(schema: Json, refs: Set<string>): Json {
  if (Array.isArray(schema)) return schema.map((item) => convert(item, refs));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'example' || key === 'examples' || key === 'nullable' || key === 'discriminator' || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string') {
      const m = /^#\/components\/schemas\/(.+)$/.exec(value);
      if (m?.[1]) {
        refs.add(m[1]);
        out.$ref = `#/definitions/${m[1]}`;
        continue;
      }
    }
    if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(value)) {
      // Property names are not schemas: convert each value, keep every name.
      const props: JsonObject = {};
      for (const [name, sub] of Object.entries(value)) props[name] = convert(sub, refs);
      out.properties = props;
      continue;
    }
    out[key] = convert(value, refs);
  }
  if (schema.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else if (!Array.isArray(out.type)) {
      return { anyOf: [out, { type: 'null' }] };
    }
  }
  return out;
}

function withDefinitions(root: Json): JsonObject {
  const s = loadSpec();
  const refs = new Set<string>();
  const converted = convert(root, refs);
  const definitions: JsonObject = {};
  const queue = [...refs];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (name in definitions) continue;
    const found = new Set<string>();
    definitions[name] = convert(s.components.schemas[name] ?? {}, found);
    for (const ref of found) if (!(ref in definitions)) queue.push(ref);
  }
  definitions.__root = converted;
  return { definitions, $ref: '#/definitions/__root' };
}

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: coerce ? 'array' : false, logger: false, validateFormats: true });
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
  addFormats(ajv);
  // GitHub's own default for optional URLs (target_url, log_url...) is "", which strict `uri` refuses.
  ajv.addFormat('uri', (value: string) => value === '' || URI_PATTERN.test(value));
  for (const format of ['binary', 'int32', 'int64', 'float', 'double', 'byte', 'password', 'repo.nwo', 'ssh-key', 'ssh-key fingerprint', 'uri-template']) {
    ajv.addFormat(format, true);
  }
  return ajv;
}

let bodyAjv: Ajv | undefined;
let paramAjv: Ajv | undefined;

interface CompiledOperation {
  body?: { required: boolean; json: boolean; validate?: ValidateFunction };
  path?: ValidateFunction;
  query?: ValidateFunction;
}

const compiled = new Map<string, CompiledOperation>();

function resolveParameter(p: JsonObject): ParameterObject {
  if (typeof p.$ref === 'string') {
    const name = p.$ref.replace('#/components/parameters/', '');
    return loadSpec().components.parameters[name] as unknown as ParameterObject;
  }
  return p as unknown as ParameterObject;
}

function paramsSchema(params: ParameterObject[]): JsonObject {
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const p of params) {
    properties[p.name] = p.schema ?? {};
    if (p.required) required.push(p.name);
  }
  return withDefinitions({ type: 'object', properties, required });
}

function compile(operation: Operation): CompiledOperation {
  const cached = compiled.get(operation.operationId);
  if (cached) return cached;
  bodyAjv ??= makeAjv(false);
  paramAjv ??= makeAjv(true);
  const result: CompiledOperation = {};
  const params = ((operation.raw.parameters ?? []) as JsonObject[]).map(resolveParameter);
  const path = params.filter((p) => p.in === 'path');
  const query = params.filter((p) => p.in === 'query');
  if (path.length > 0) result.path = paramAjv.compile(paramsSchema(path));
  if (query.length > 0) result.query = paramAjv.compile(paramsSchema(query));
  const requestBody = operation.raw.requestBody as JsonObject | undefined;
  if (requestBody) {
    const content = (requestBody.content ?? {}) as Record<string, JsonObject>;
    const jsonType = Object.keys(content).find((type) => /json/.test(type));
    const schema = jsonType ? content[jsonType]?.schema : undefined;
    result.body = { required: requestBody.required === true, json: jsonType !== undefined };
    if (schema !== undefined) result.body.validate = bodyAjv.compile(withDefinitions(schema));
  }
  compiled.set(operation.operationId, result);
  return result;
}

const responseValidators = new Map<string, ValidateFunction | null>();

/** Checks a JSON response body against the operation's response schema for that status (when it has one). */
export function validateResponse(operation: Operation, status: number, body: unknown): ValidationProblem[] {
  const key = `${operation.operationId} ${status}`;
  let validate = responseValidators.get(key);
  if (validate === undefined) {
    bodyAjv ??= makeAjv(false);
    let response = ((operation.raw.responses ?? {}) as Record<string, JsonObject>)[String(status)];
    if (response && typeof response.$ref === 'string') {
      const name = response.$ref.replace('#/components/responses/', '');
      response = (loadSpec().components as unknown as { responses: Record<string, JsonObject> }).responses[name];
    }
    const content = (response?.content ?? {}) as Record<string, JsonObject>;
    const jsonType = Object.keys(content).find((type) => /json/.test(type));
    const schema = jsonType ? content[jsonType]?.schema : undefined;
    validate = schema === undefined ? null : bodyAjv.compile(withDefinitions(schema));
    responseValidators.set(key, validate);
  }
  if (!validate || validate(body)) return [];
  return describe('response', validate.errors);
}

export interface ValidationProblem {
  /** `body`, `path` or `query`. */
  where: string;
  /** The field the problem is in, e.g. `state` or `payload.environment`; empty for the whole body. */
  field: string;
  message: string;
}

function describe(where: string, errors: ErrorObject[] | null | undefined): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    let field = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (error.keyword === 'required') {
      const missing = (error.params as { missingProperty?: string }).missingProperty ?? '';
      field = field ? `${field}.${missing}` : missing;
    }
    if (error.keyword === 'additionalProperties') {
      const extra = (error.params as { additionalProperty?: string }).additionalProperty ?? '';
      field = field ? `${field}.${extra}` : extra;
    }
    let message = error.message ?? error.keyword;
    if (error.keyword === 'enum')
      message += ` (${((error.params as { allowedValues?: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')})`;
    const key = `${field}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ where, field, message });
  }
  return problems;
}

/** Checks one request against its operation: path and query parameters, and the JSON body. */
export function validateRequest(
  operation: Operation,
  input: { params: Record<string, string>; query: Record<string, string>; body: unknown; hasBody: boolean; contentType: string },
): ValidationProblem[] {
  const c = compile(operation);
  const problems: ValidationProblem[] = [];
  if (c.path && !c.path({ ...input.params })) problems.push(...describe('path', c.path.errors));
  if (c.query && !c.query({ ...input.query })) problems.push(...describe('query', c.query.errors));
  if (c.body) {
    if (!input.hasBody) {
      if (c.body.required) problems.push({ where: 'body', field: '', message: 'a request body is required' });
    } else if (c.body.json) {
      if (input.body === undefined) problems.push({ where: 'body', field: '', message: 'the body is not valid JSON' });
      else if (c.body.validate && !c.body.validate(input.body)) problems.push(...describe('body', c.body.validate.errors));
    }
  }
  return problems;
}
