import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileJsonPath, evaluateJsonPath, loadConfig, normalizeConfig, parseConfig } from '@devops-actions/probe';

const error = (run: () => unknown): string => {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('smoke-test.yml', () => {
  it('reads checks with shared defaults, base-url and env substitution', () => {
    const config = parseConfig(
      [
        'base-url: ${{ env.PREVIEW_URL }}',
        'parallel: 4',
        'defaults:',
        '  timeout: 3s',
        '  headers: { authorization: "Bearer ${API_TOKEN}" }',
        'checks:',
        '  - name: home',
        '    url: /',
        '    expect-status: [200, 204]',
        '  - url: /api/health',
        '    headers: { accept: application/json }',
        '    expect-status: 2xx',
        '    expect-json: { $.status: ok, "$.db": { exists: true } }',
        '    requests: 40',
        '    thresholds: [p95 < 300ms, error-rate < 1%]',
      ].join('\n'),
      { env: { PREVIEW_URL: 'http://127.0.0.1:8080/app', API_TOKEN: 'tkn' } },
    );
    expect(config.parallel).toBe(4);
    expect(config.checks.map((c) => [c.name, c.url])).toEqual([
      ['home', 'http://127.0.0.1:8080/app/'],
      ['127.0.0.1:8080/app/api/health', 'http://127.0.0.1:8080/app/api/health'],
    ]);
    expect(config.checks[0]?.timeoutMs).toBe(3000);
    expect(config.checks[0]?.expect.status).toEqual([
      { min: 200, max: 200 },
      { min: 204, max: 204 },
    ]);
    expect(config.checks[1]?.headers).toEqual({ authorization: 'Bearer tkn', accept: 'application/json' });
    expect(config.checks[1]?.latency).toMatchObject({ requests: 40, concurrency: 10, minRequests: 20 });
    expect(config.checks[1]?.latency.thresholds.map((t) => [t.metric, t.op, t.value])).toEqual([
      ['p95', '<', 300],
      ['error-rate', '<', 0.01],
    ]);
    expect(config.checks[1]?.expect.json.map((j) => [j.path, j.equals, j.exists])).toEqual([
      ['$.status', 'ok', undefined],
      ['$.db', undefined, true],
    ]);
  });

  it('names the line and key of a threshold without a unit', () => {
    const text = ['checks:', '  - url: http://127.0.0.1/', '    requests: 50', '    thresholds:', '      - p95 < 300'].join('\n');
    expect(error(() => parseConfig(text, { file: 'smoke-test.yml' }))).toBe(
      'smoke-test.yml:5 checks[0].thresholds[0]: "p95 < 300" has no unit: write ms or s (for example: p95 < 300ms)',
    );
    expect(error(() => parseConfig(text.replace('p95 < 300', 'error-rate < 1'), {}))).toContain('an error rate is a percentage');
  });

  it('refuses unknown settings with a suggestion, and bad YAML with its line', () => {
    expect(error(() => parseConfig('checks:\n  - url: http://127.0.0.1/\n    expect-stauts: 200\n'))).toBe(
      'smoke-test.yml:3 checks[0].expect-stauts: "expect-stauts" is not a check setting; did you mean expect-status? (for example: name, url, method, headers, body, timeout)',
    );
    expect(error(() => parseConfig('checks:\n  - url: http://x/\n   bad: [\n'))).toMatch(/^smoke-test.yml:\d+: is not valid YAML/);
    expect(error(() => parseConfig('chekcs: []\n'))).toContain('"chekcs" is not a top-level setting');
  });

  it('refuses invalid URLs, statuses, JSON paths and unset variables before any request', () => {
    expect(error(() => parseConfig('checks:\n  - url: "not a url"\n'))).toContain('checks[0].url: "not a url" is not a valid URL');
    expect(error(() => parseConfig('checks:\n  - url: /health\n'))).toContain('a relative URL needs base-url');
    expect(error(() => parseConfig('checks:\n  - url: ftp://127.0.0.1/\n'))).toContain('is not an http or https URL');
    expect(error(() => parseConfig('checks:\n  - url: http://127.0.0.1/\n    expect-status: 2000\n'))).toContain('"2000" is not a status');
    expect(error(() => parseConfig('checks:\n  - url: http://127.0.0.1/\n    expect-json: { "$..x": 1 }\n'))).toContain('is not supported');
    expect(error(() => parseConfig('base-url: ${{ env.NOPE }}\nchecks: [/]\n', { env: {} }))).toBe(
      'smoke-test.yml:1 base-url: ${{ env.NOPE }} refers to NOPE, which is not set (for example: export the variable in the step env)',
    );
    expect(error(() => parseConfig('checks:\n  - url: http://127.0.0.1/\n    timeout: 5\n'))).toContain('5 has no unit');
    expect(error(() => parseConfig('checks:\n  - url: http://127.0.0.1/\n    settle: 3\n'))).toContain('only applies with expect-version');
  });

  it('needs enough requests for thresholds, and a CA file that exists', () => {
    expect(error(() => parseConfig('checks:\n  - url: http://127.0.0.1/\n    requests: 5\n    thresholds: p95 < 1s\n'))).toContain(
      'checks[0].requests: 5 requests are too few for thresholds (p95 < 1s); at least 20 are needed',
    );
    const dir = mkdtempSync(join(tmpdir(), 'probe-config-'));
    writeFileSync(join(dir, 'smoke.yml'), 'checks:\n  - url: https://127.0.0.1/\n    ca-file: missing.pem\n');
    expect(error(() => loadConfig('smoke.yml', { cwd: dir }))).toMatch(/^smoke.yml:3 checks\[0\]\.ca-file: cannot read .*missing.pem: ENOENT/);
  });

  it('refuses a config file that was named and does not exist, naming who named it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'probe-config-'));
    expect(error(() => loadConfig('missing.yml', { cwd: dir }))).toBe('config: the file missing.yml does not exist (for example: smoke-test.yml)');
    expect(error(() => loadConfig('missing.yml', { cwd: dir, subject: '--config' }))).toMatch(/^--config: the file missing.yml does not exist/);
  });

  it('names the input, not a path, when checks come from action inputs', () => {
    const locate = (path: (string | number)[]) => String(path.at(-1));
    expect(error(() => normalizeConfig({ checks: [{ url: 'http://127.0.0.1/', 'expect-status': 'ok' }] }, { locate }))).toMatch(
      /^expect-status: "ok" is not a status/,
    );
  });

  it('reads security-header policies as a level or a map of rules', () => {
    const [check] = parseConfig(
      'checks:\n  - url: http://127.0.0.1/\n    security-headers: { default: warn, hsts: fail, hsts-min-age: 180d, version-leak: off }\n',
    ).checks;
    expect(check?.securityHeaders).toMatchObject({ hsts: 'fail', hstsMinAgeSeconds: 15_552_000, csp: 'warn', versionLeak: 'off' });
    expect(error(() => parseConfig('checks:\n  - url: http://127.0.0.1/\n    security-headers: { hst: fail }\n'))).toContain('did you mean hsts?');
  });
});

describe('JSON paths', () => {
  it('resolves members, quoted members and indexes, and tells missing from null', () => {
    const doc = { a: { 'b c': [1, { d: null }] } };
    expect(evaluateJsonPath(compileJsonPath("$.a['b c'][1].d"), doc)).toEqual({ found: true, value: null });
    expect(evaluateJsonPath(compileJsonPath('a["b c"][-2]'), doc)).toEqual({ found: true, value: 1 });
    expect(evaluateJsonPath(compileJsonPath('$.a.x'), doc)).toEqual({ found: false });
    expect(() => compileJsonPath('$.a[*]')).toThrow(/not supported/);
  });
});
