// The Prometheus and HTTP JSON analysis sources against small real HTTP servers on loopback
// that answer in the documented formats (Prometheus HTTP API GET /api/v1/query).
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSources, type AnalysisContext } from '@devops-actions/deploy';

let server: Server;
let base: string;
const queries: string[] = [];
let promAnswer: unknown;
let jsonAnswer: { status: number; body: string };

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('content-type', 'application/json');
    if (url.pathname === '/api/v1/query') {
      queries.push(url.searchParams.get('query') ?? '');
      res.end(JSON.stringify(promAnswer));
      return;
    }
    if (url.pathname === '/metrics.json') {
      res.statusCode = jsonAnswer.status;
      res.end(jsonAnswer.body);
      return;
    }
    res.statusCode = 404;
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server.close());

const context = (): AnalysisContext =>
  ({
    candidate: { version: 'v2' },
    weight: 10,
    publicEndpoint: undefined,
    verifier: undefined,
    windowMs: 1,
    minRequests: 1,
    maxErrorRate: 0.05,
  }) as unknown as AnalysisContext;

const vector = (value: string) => ({
  status: 'success',
  data: { resultType: 'vector', result: [{ metric: { version: 'v2' }, value: [1700000000.1, value] }] },
});

describe('prometheus source', () => {
  const prom = () => buildSources([{ type: 'prometheus', url: `${base}/`, query: 'sum(rate(errors{version="{{version}}"}[1m]))', max: 0.05 }], (f) => f)[0]!;

  it('passes below the limit and sends the query with the candidate version substituted', async () => {
    promAnswer = vector('0.01');
    const m = await prom().measure(context());
    expect(m.result).toBe('pass');
    expect(queries.at(-1)).toBe('sum(rate(errors{version="v2"}[1m]))');
  });
  it('fails above the limit, naming the value', async () => {
    promAnswer = vector('0.2');
    const m = await prom().measure(context());
    expect(m.result).toBe('fail');
    expect(m.detail).toMatch(/= 0\.2, above 0\.05/);
  });
  it('reads scalar results', async () => {
    promAnswer = { status: 'success', data: { resultType: 'scalar', result: [1700000000, '0.5'] } };
    expect((await prom().measure(context())).result).toBe('fail');
  });
  it('is inconclusive on an empty vector or a query error, never a pass', async () => {
    promAnswer = { status: 'success', data: { resultType: 'vector', result: [] } };
    expect((await prom().measure(context())).result).toBe('inconclusive');
    promAnswer = { status: 'error', errorType: 'bad_data', error: 'parse error at char 3' };
    const m = await prom().measure(context());
    expect(m.result).toBe('inconclusive');
    expect(m.detail).toContain('parse error at char 3');
  });
});

describe('http-json source', () => {
  const src = () => buildSources([{ type: 'http-json', url: `${base}/metrics.json`, field: 'errors.rate', max: 0.05 }], (f) => f)[0]!;
  it('compares the field at the dotted path', async () => {
    jsonAnswer = { status: 200, body: JSON.stringify({ errors: { rate: 0.01 } }) };
    expect((await src().measure(context())).result).toBe('pass');
    jsonAnswer = { status: 200, body: JSON.stringify({ errors: { rate: 0.3 } }) };
    const m = await src().measure(context());
    expect(m.result).toBe('fail');
    expect(m.detail).toBe('errors.rate = 0.3, above 0.05');
  });
  it('is inconclusive on a missing field, an HTTP error or bad JSON', async () => {
    jsonAnswer = { status: 200, body: JSON.stringify({ other: 1 }) };
    expect((await src().measure(context())).result).toBe('inconclusive');
    jsonAnswer = { status: 500, body: '{}' };
    expect((await src().measure(context())).detail).toMatch(/answered 500/);
    jsonAnswer = { status: 200, body: 'not json' };
    expect((await src().measure(context())).result).toBe('inconclusive');
  });
  it('refuses a source with neither max nor min', () => {
    expect(() => buildSources([{ type: 'http-json', url: `${base}/m`, field: 'a' }], (f) => f)).toThrow(/needs max or min/);
  });
});
