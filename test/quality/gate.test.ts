// The engine on real git repositories with hand-written reports: path mapping, the diff
// against the merge base (shallow clones included), baselines and conditions.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DirectoryBaselineStore, parsePercent, runGate, toJson } from '@devops-actions/quality';
import { createRepo } from '../harness/git.ts';

const source = (lines: number) => Array.from({ length: lines }, (_, i) => `line ${i + 1};`).join('\n') + '\n';

function lcov(records: Record<string, Record<number, number>>): string {
  return Object.entries(records)
    .map(
      ([file, lines]) =>
        `SF:${file}\n${Object.entries(lines)
          .map(([l, h]) => `DA:${l},${h}`)
          .join('\n')}\nend_of_record\n`,
    )
    .join('');
}

describe('path mapping', () => {
  it('maps absolute, Windows, <source>-relative and sub-project paths onto the checkout, and reports entries that match nothing', async () => {
    const repo = createRepo();
    repo.commit('feat: app', { files: { 'src/a.ts': source(4), 'src/b.ts': source(4), 'packages/web/src/c.ts': source(4), 'lib/d.py': source(4) } });
    repo.write(
      'coverage/lcov.info',
      lcov({
        '/home/runner/work/app/app/src/a.ts': { 1: 1, 2: 0 },
        'C:\\build\\app\\src\\b.ts': { 1: 1, 2: 1 },
        'src/c.ts': { 1: 0 },
        '/somewhere/else/gone.ts': { 1: 1 },
        'src/removed.ts': { 1: 0, 2: 0 },
      }),
    );
    // The LCOV above sits in coverage/, so `src/c.ts` is looked for there, then in the root, then by suffix.
    repo.write(
      'py/coverage.xml',
      `<?xml version="1.0" ?><coverage line-rate="0.5" version="7"><sources><source>/ci/checkout/lib</source></sources><packages><package name="lib"><classes><class name="d" filename="d.py"><lines><line number="1" hits="1"/><line number="2" hits="0"/></lines></class></classes></package></packages></coverage>`,
    );
    const result = await runGate({ cwd: repo.dir, coverage: ['coverage/lcov.info', 'py/*.xml'] });
    const files = Object.fromEntries(result.coverage!.files.map((f) => [f.file, `${f.covered}/${f.total}`]));
    expect(files).toEqual({ 'src/a.ts': '1/2', 'src/b.ts': '2/2', 'packages/web/src/c.ts': '0/1', 'lib/d.py': '1/2' });
    expect(result.coverage!.project).toEqual({ covered: 4, total: 7, pct: 57.14 });
    expect(result.coverage!.unmatched.count).toBe(2);
    expect(result.warnings[0]).toMatch(
      /^2 coverage entries matched no file of the checkout and are left out \(not counted as 0 %\): \/somewhere\/else\/gone\.ts, src\/removed\.ts/,
    );
    expect(result.reports).toEqual([
      { file: 'coverage/lcov.info', format: 'lcov' },
      { file: 'py/coverage.xml', format: 'cobertura' },
    ]);
  });

  it('merges sharded reports of one file and strips given prefixes', async () => {
    const repo = createRepo();
    repo.commit('feat: app', { files: { 'src/a.ts': source(4) } });
    repo.write('shard-1/lcov.info', lcov({ '/app/src/a.ts': { 1: 1, 2: 0, 3: 0 } }));
    repo.write('shard-2/lcov.info', lcov({ '/app/src/a.ts': { 1: 0, 2: 3, 3: 0 } }));
    const result = await runGate({ cwd: repo.dir, coverage: ['shard-*/lcov.info'], stripPrefixes: ['/app/'] });
    expect(result.coverage!.files).toEqual([{ file: 'src/a.ts', covered: 2, total: 3, pct: 66.67 }]);
  });
});

describe('changed lines and patch coverage', () => {
  function prRepo() {
    const repo = createRepo();
    const base = repo.commit('feat: app', { files: { 'src/a.ts': source(10) } });
    repo.checkout('feature', true);
    const lines = source(10).split('\n');
    lines.splice(3, 0, 'added 4;', 'added 5;', '', 'added 7;');
    lines[12] = 'changed 13;';
    repo.commit('feat: more', { files: { 'src/a.ts': lines.join('\n'), 'docs/x.md': 'hello\n' } });
    return { repo, base };
  }

  it('counts covered ÷ coverable changed lines and lists uncovered changed ranges, bridging non-coverable lines', async () => {
    const { repo, base } = prRepo();
    repo.write('lcov.info', lcov({ 'src/a.ts': { 1: 1, 4: 0, 5: 0, 7: 0, 8: 1, 13: 1 } }));
    const result = await runGate({
      cwd: repo.dir,
      coverage: ['lcov.info'],
      base: { sha: base },
      config: { patchCoverage: { level: 'error', min: 80, minChangedLines: 1 } },
    });
    expect(result.base.mergeBase).toBe(base);
    expect(result.diff).toEqual({ files: 2, lines: 6 });
    const file = result.coverage!.files.find((f) => f.file === 'src/a.ts');
    expect(file?.patch).toEqual({ covered: 1, total: 4, pct: 25, uncovered: [[4, 7]] });
    const patch = result.conditions.find((c) => c.name === 'patch-coverage');
    expect(patch).toMatchObject({ status: 'failed', value: '25.00%', threshold: '≥ 80%', detail: '1 of 4 coverable changed lines covered' });
    expect(result.passed).toBe(false);
    const json = toJson(result);
    expect(json).toMatchObject({ passed: false, coverage: { patch: { covered: 1, total: 4, pct: 25 } } });
    expect(json.conditions.find((c) => c.name === 'patch-coverage')).toMatchObject({ status: 'failed', value: '25.00%' });
  });

  it('is neutral below min-changed-lines, and a warning level never fails', async () => {
    const { repo, base } = prRepo();
    repo.write('lcov.info', lcov({ 'src/a.ts': { 4: 0, 5: 0, 7: 0, 13: 1 } }));
    const neutral = await runGate({ cwd: repo.dir, coverage: ['lcov.info'], base: { sha: base } });
    expect(neutral.conditions.find((c) => c.name === 'patch-coverage')).toMatchObject({
      status: 'neutral',
      detail: '4 coverable changed lines, fewer than min-changed-lines (5)',
    });
    const warned = await runGate({
      cwd: repo.dir,
      coverage: ['lcov.info'],
      base: { sha: base },
      config: { patchCoverage: { level: 'warning', min: 80, minChangedLines: 0 } },
    });
    expect(warned.conditions.find((c) => c.name === 'patch-coverage')?.status).toBe('warning');
    expect(warned.passed).toBe(true);
  });

  it('deepens a shallow clone until the merge base is there', async () => {
    const origin = createRepo();
    for (let i = 0; i < 30; i++) origin.commit(`chore: ${i}`, { files: { 'src/a.ts': source(10 + i) } });
    const base = origin.sha('HEAD');
    origin.checkout('feature', true);
    for (let i = 0; i < 3; i++) origin.commit(`feat: ${i}`, { files: { 'src/a.ts': source(50 + i) } });
    origin.checkout('main');
    origin.commit('chore: main moves on', { files: { 'other.txt': 'x\n' } });
    const clone = origin.clone({ depth: 1, branch: 'feature' });
    expect(clone.isShallow()).toBe(true);
    clone.write('lcov.info', lcov({ 'src/a.ts': Object.fromEntries(Array.from({ length: 52 }, (_, i) => [i + 1, 1])) }));
    const result = await runGate({ cwd: clone.dir, coverage: ['lcov.info'], base: { sha: origin.sha('main'), branch: 'main' } });
    expect(result.base.mergeBase).toBe(base);
    expect(result.base.deepened).toBeGreaterThanOrEqual(1);
    expect(result.diff?.lines).toBe(13);
    expect(result.coverage?.patch).toEqual({ covered: 13, total: 13, pct: 100 });
  });
});

describe('baselines, tests, findings and metrics', () => {
  it('saves a baseline and finds it for the merge base, walking back first-parent commits when needed', async () => {
    const repo = createRepo();
    repo.commit('feat: app', { files: { 'src/a.ts': source(4), 'metrics.json': JSON.stringify({ name: 'bundle-size', value: 1000, unit: 'B' }) } });
    repo.write('lcov.info', lcov({ 'src/a.ts': { 1: 1, 2: 1, 3: 0, 4: 0 } }));
    const store = new DirectoryBaselineStore(mkdtempSync(join(tmpdir(), 'baselines-')));
    const main = await runGate({ cwd: repo.dir, coverage: ['lcov.info'], metrics: ['metrics.json'] });
    await store.save(main.baseline);
    const saved = repo.sha('HEAD');
    const later = repo.commit('docs: notes', { files: { 'NOTES.md': 'x\n' } });
    repo.checkout('feature', true);
    repo.commit('feat: b', { files: { 'src/a.ts': source(6), 'metrics.json': JSON.stringify({ name: 'bundle-size', value: 1300, unit: 'B' }) } });
    repo.write('lcov.info', lcov({ 'src/a.ts': { 1: 1, 2: 1, 3: 1, 4: 0, 5: 1, 6: 1 } }));
    const pr = await runGate({
      cwd: repo.dir,
      coverage: ['lcov.info'],
      metrics: ['metrics.json'],
      base: { sha: later },
      baselineStore: store,
      config: { metrics: { level: 'error', thresholds: [{ name: 'bundle-size', operator: '<=', value: 1200 }] } },
    });
    expect(pr.base).toMatchObject({ mergeBase: later, baselineCommit: saved });
    expect(pr.base.baselineNote).toBe(`no baseline for the merge base ${later.slice(0, 12)}; used ${saved.slice(0, 12)}, 1 first-parent commit before it`);
    expect(pr.coverage?.delta).toBe(33.33);
    expect(pr.conditions.find((c) => c.name === 'coverage-delta')).toMatchObject({ status: 'passed', base: '50.00%', delta: '+33.33' });
    expect(pr.conditions.find((c) => c.name === 'metric:bundle-size')).toMatchObject({
      status: 'failed',
      value: '1300 B',
      threshold: '<= 1200',
      base: '1000',
      delta: '+300',
    });

    const none = await runGate({ cwd: repo.dir, coverage: ['lcov.info'], base: { sha: later }, baselineStore: store, maxBaselineWalk: 0 });
    expect(none.base.baselineCommit).toBeUndefined();
    expect(none.base.baselineNote).toMatch(/^no baseline found for the merge base [0-9a-f]{12} nor the 0 first-parent commits before it/);
    expect(none.conditions.find((c) => c.name === 'coverage-delta')?.status).toBe('neutral');
  });

  it('fails when no tests ran or too many were skipped, and lists flaky tests without failing', async () => {
    const repo = createRepo();
    repo.write('empty.xml', '<testsuites tests="0"></testsuites>');
    const empty = await runGate({ cwd: repo.dir, tests: ['empty.xml'] });
    expect(empty.conditions.find((c) => c.name === 'tests')).toMatchObject({ status: 'failed', detail: 'no tests ran' });
    repo.write(
      'junit.xml',
      '<testsuite name="s"><testcase classname="s" name="a"><flakyFailure message="timeout"/></testcase><testcase classname="s" name="b"><skipped/></testcase><testcase classname="s" name="c"><skipped/></testcase></testsuite>',
    );
    const skipped = await runGate({ cwd: repo.dir, tests: ['junit.xml'], config: { tests: { level: 'error', maxSkipped: 1 } } });
    expect(skipped.tests).toMatchObject({ total: 3, flaky: 1, skipped: 2, failed: 0 });
    expect(skipped.tests?.flakyTests.map((t) => t.name)).toEqual(['a']);
    expect(skipped.conditions.find((c) => c.name === 'tests')).toMatchObject({
      status: 'failed',
      detail: '0 passed, 0 failed, 2 skipped, 1 flaky (more than 1 skipped)',
    });
  });

  it('says when a pattern matches nothing: an error by default, neutral when asked', async () => {
    const repo = createRepo();
    await expect(runGate({ cwd: repo.dir, coverage: ['cov/**/lcov.info'] })).rejects.toThrow(
      'coverage: no file matches the coverage pattern "cov/**/lcov.info"',
    );
    const neutral = await runGate({ cwd: repo.dir, coverage: ['cov/**/lcov.info'], tests: ['junit/*.xml'], ifNoReports: 'neutral' });
    expect(neutral.conditions.map((c) => [c.name, c.status])).toEqual([
      ['patch-coverage', 'neutral'],
      ['tests', 'neutral'],
    ]);
    expect(neutral.passed).toBe(true);
  });

  it('recognises old ESLint findings by rule, file and line text, even when moved', async () => {
    const repo = createRepo();
    repo.commit('feat: app', { files: { 'src/a.js': 'var x = 1;\nconsole.log(x);\n' } });
    const eslint = (file: string, messages: { ruleId: string; line: number }[]) =>
      JSON.stringify([{ filePath: join(repo.dir, file), messages: messages.map((m) => ({ ...m, severity: 2, message: m.ruleId, column: 1 })) }]);
    repo.write('eslint.json', eslint('src/a.js', [{ ruleId: 'no-var', line: 1 }]));
    const main = await runGate({ cwd: repo.dir, findings: ['eslint.json'] });
    const store = new DirectoryBaselineStore(mkdtempSync(join(tmpdir(), 'baselines-')));
    await store.save(main.baseline);
    const base = repo.sha('HEAD');
    repo.checkout('feature', true);
    repo.commit('feat: b', { files: { 'src/a.js': '// header\nvar x = 1;\nif (x == 1) console.log(x);\n' } });
    repo.write(
      'eslint.json',
      eslint('src/a.js', [
        { ruleId: 'no-var', line: 2 },
        { ruleId: 'eqeqeq', line: 3 },
      ]),
    );
    const pr = await runGate({ cwd: repo.dir, findings: ['eslint.json'], base: { sha: base }, baselineStore: store });
    expect(pr.findings?.new.map((f) => `${f.rule}@${f.path}:${f.line}`)).toEqual(['eqeqeq@src/a.js:3']);
    expect(pr.conditions.find((c) => c.name === 'new-findings')).toMatchObject({ status: 'failed', value: '1', base: '1 total', delta: '+1' });
    expect(pr.conditions.find((c) => c.name === 'changed-line-findings')).toMatchObject({ status: 'warning', value: '1' });
  });
});

describe('reports for another commit', () => {
  it('warns when a SARIF log was made for a different commit', async () => {
    const repo = createRepo();
    const other = 'ab'.repeat(20);
    repo.write(
      'codeql.sarif',
      JSON.stringify({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'CodeQL' } }, versionControlProvenance: [{ repositoryUri: 'x', revisionId: other }], results: [] }],
      }),
    );
    const result = await runGate({ cwd: repo.dir, findings: ['codeql.sarif'] });
    expect(result.warnings).toEqual([
      `codeql.sarif was made for commit ${other.slice(0, 12)}, not the checked-out ${repo.sha('HEAD').slice(0, 12)}: its findings may not match the code`,
    ]);
  });
});

describe('thresholds', () => {
  it('accepts one form, 80%, and names the right spelling for the others', () => {
    expect(parsePercent('patch-coverage', '80%')).toBe(80);
    expect(parsePercent('patch-coverage', '72.5 %')).toBe(72.5);
    expect(() => parsePercent('patch-coverage', '80')).toThrow('patch-coverage: "80" has no % sign; percentages are written with one: 80% (for example: 80%)');
    expect(() => parsePercent('patch-coverage', '0.8')).toThrow('"0.8" has no % sign; percentages are written with one: 80%');
    expect(() => parsePercent('patch-coverage', '120%')).toThrow('"120%" is above 100%');
    expect(() => parsePercent('coverage-delta-tolerance', '-0.5%')).toThrow('"-0.5%" is negative; write the amount without a sign (for example: 0.5%)');
    expect(() => parsePercent('patch-coverage', 'high')).toThrow('"high" is not a percentage');
  });
});
