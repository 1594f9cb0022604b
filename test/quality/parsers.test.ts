import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  mergeTestCases,
  parseCheckstyle,
  parseClover,
  parseCobertura,
  parseEslint,
  parseGoCover,
  parseIstanbul,
  parseIstanbulSummary,
  parseJacoco,
  parseJunit,
  parseLcov,
  parseSarif,
  readReports,
  REPORT_FORMATS,
  totalsOf,
  type CoverageReport,
} from '@devops-actions/quality';

const dir = mkdtempSync(join(tmpdir(), 'quality-parsers-'));
function fixture(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

function lines(report: CoverageReport, path: string): Record<number, number> {
  const out: Record<number, number> = {};
  report.files.get(path)?.lines?.forEach((line, hits) => (out[line] = hits));
  return out;
}

describe('coverage parsers', () => {
  it('reads LCOV records, merging repeated SF blocks by adding hits', async () => {
    const file = fixture(
      'lcov.info',
      'TN:\nSF:src/a.ts\nFN:1,f\nDA:1,1\nDA:2,0\nDA:3,5,abc\nLF:3\nLH:2\nend_of_record\nSF:src/a.ts\nDA:2,2\nend_of_record\r\nSF:src\\b.ts\r\nDA:7,0\r\nend_of_record\r\n',
    );
    const report = await parseLcov(file, 'lcov.info');
    expect(lines(report, 'src/a.ts')).toEqual({ 1: 1, 2: 2, 3: 5 });
    expect(lines(report, 'src\\b.ts')).toEqual({ 7: 0 });
    expect(totalsOf(report.files.get('src/a.ts')!)).toEqual({ covered: 3, total: 3 });
  });

  it('reads an LCOV file that starts with a byte order mark and its first record', async () => {
    const report = await parseLcov(fixture('bom.info', '\uFEFFSF:src/a.ts\nDA:4,2\nend_of_record\n'), 'bom.info');
    expect(lines(report, 'src/a.ts')).toEqual({ 4: 2 });
  });

  it('names the file and line of a malformed or truncated LCOV file', async () => {
    await expect(parseLcov(fixture('bad.info', 'SF:a.ts\nDA:1,1\nDA:x\nend_of_record\n'), 'bad.info')).rejects.toThrow(
      'bad.info:3: malformed DA record "DA:x"',
    );
    await expect(parseLcov(fixture('cut.info', 'SF:a.ts\nDA:1,1\nDA:2,'), 'cut.info')).rejects.toThrow(/cut\.info:3: malformed DA record/);
    await expect(parseLcov(fixture('cut2.info', 'SF:a.ts\nDA:1,1\n'), 'cut2.info')).rejects.toThrow(
      'cut2.info:2: the file ends inside the record for a.ts (no end_of_record): truncated?',
    );
  });

  it('reads Cobertura with <source> roots, without counting method lines twice', async () => {
    const file = fixture(
      'cobertura.xml',
      `<?xml version="1.0" ?>
<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">
<coverage line-rate="0.5" branch-rate="0" version="1" timestamp="1">
  <sources><source>/build/app</source></sources>
  <packages><package name="pkg"><classes>
    <class name="a" filename="pkg/a.py" line-rate="0.5">
      <methods><method name="f" signature=""><lines><line number="1" hits="3"/></lines></method></methods>
      <lines><line number="1" hits="3"/><line number="2" hits="0" branch="true" condition-coverage="50% (1/2)"/></lines>
    </class>
  </classes></package></packages>
</coverage>`,
    );
    const report = await parseCobertura(file, 'cobertura.xml');
    expect(report.sourceRoots).toEqual(['/build/app']);
    expect(lines(report, 'pkg/a.py')).toEqual({ 1: 3, 2: 0 });
  });

  it('names file, line and column of malformed or truncated XML', async () => {
    const truncated = fixture(
      'cut.xml',
      '<coverage line-rate="1"><packages><package name="p"><classes><class filename="a.py"><lines><line number="1" hits="1"/>',
    );
    await expect(parseCobertura(truncated, 'cut.xml')).rejects.toThrow(/^cut\.xml:1:\d+: unclosed tag/);
    const broken = fixture('broken.xml', '<coverage>\n  <class filename="a.py">\n    <line number="1" hits=1/>\n</coverage>');
    await expect(parseCobertura(broken, 'broken.xml')).rejects.toThrow(/^broken\.xml:3:\d+: /);
    const badHits = fixture('hits.xml', '<coverage line-rate="1">\n<class filename="a.py"><lines>\n<line number="1" hits="many"/></lines></class></coverage>');
    await expect(parseCobertura(badHits, 'hits.xml')).rejects.toThrow(/^hits\.xml:3:\d+: <line hits="many"> is not a number/);
  });

  it('reads Clover statements and conditionals, not method declarations', async () => {
    const file = fixture(
      'clover.xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<coverage generated="1" clover="3.2.0"><project timestamp="1" name="All files"><metrics statements="3"/>
<file name="a.js" path="/ci/work/src/a.js"><line num="1" count="1" type="method"/><line num="2" count="1" type="stmt"/><line num="3" count="0" type="stmt"/><line num="4" type="cond" truecount="0" falsecount="1"/></file>
</project></coverage>`,
    );
    expect(detectFormat('<?xml version="1.0"?>\n<coverage generated="1" clover="3.2.0">')).toBe('clover');
    const report = await parseClover(file, 'clover.xml');
    expect(lines(report, '/ci/work/src/a.js')).toEqual({ 2: 1, 3: 0, 4: 1 });
  });

  it('reads JaCoCo package/sourcefile lines', async () => {
    const file = fixture(
      'jacoco.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="app"><package name="com/acme"><class name="com/acme/App"/><sourcefile name="App.java"><line nr="3" mi="0" ci="2" mb="0" cb="0"/><line nr="5" mi="4" ci="0" mb="0" cb="0"/><line nr="6" mi="0" ci="0" mb="0" cb="0"/></sourcefile></package></report>`,
    );
    const report = await parseJacoco(file, 'jacoco.xml');
    expect(lines(report, 'com/acme/App.java')).toEqual({ 3: 1, 5: 0 });
  });

  it('reads Go coverprofiles: a line is covered when any block on it ran', async () => {
    const file = fixture(
      'cover.out',
      'mode: set\nexample.com/app/calc/calc.go:3.20,5.2 1 1\nexample.com/app/calc/calc.go:5.2,7.3 2 0\nexample.com/app/calc/calc.go:9.1,9.10 0 0\n',
    );
    const report = await parseGoCover(file, 'cover.out');
    expect(lines(report, 'example.com/app/calc/calc.go')).toEqual({ 3: 1, 4: 1, 5: 1, 6: 0, 7: 0 });
    await expect(parseGoCover(fixture('bad.out', 'mode: set\nnot a block\n'), 'bad.out')).rejects.toThrow('bad.out:2: malformed coverage block "not a block"');
  });

  it('reads Istanbul coverage-final.json through istanbul-lib-coverage, and coverage-summary.json totals', async () => {
    const final = {
      '/w/src/a.ts': {
        path: '/w/src/a.ts',
        statementMap: { 0: { start: { line: 1, column: 0 }, end: { line: 1, column: 9 } }, 1: { start: { line: 3, column: 2 }, end: { line: 3, column: 9 } } },
        fnMap: {},
        branchMap: {},
        s: { 0: 4, 1: 0 },
        f: {},
        b: {},
      },
    };
    const report = await parseIstanbul(fixture('coverage-final.json', JSON.stringify(final)), 'coverage-final.json');
    expect(lines(report, '/w/src/a.ts')).toEqual({ 1: 4, 3: 0 });
    const summary = { total: { lines: { total: 10, covered: 5, pct: 50 } }, '/w/src/a.ts': { lines: { total: 10, covered: 5, pct: 50 } } };
    const s = await parseIstanbulSummary(fixture('coverage-summary.json', JSON.stringify(summary)), 'coverage-summary.json');
    expect(s.files.get('/w/src/a.ts')).toEqual({ summary: { covered: 5, total: 10 } });
  });

  it('detects every format by content, whatever the file is called', async () => {
    const files = [
      fixture('one.txt', 'TN:\nSF:a.ts\nDA:1,1\nend_of_record\n'),
      fixture('two.txt', '<?xml version="1.0"?><coverage line-rate="1" version="1"><packages/></coverage>'),
      fixture('three.txt', 'mode: atomic\n'),
      fixture('four.txt', '<testsuites><testsuite name="s"><testcase name="t"/></testsuite></testsuites>'),
      fixture('five.txt', JSON.stringify({ version: '2.1.0', runs: [] })),
      fixture('six.txt', '[]'),
      fixture('seven.txt', '<?xml version="1.0"?><checkstyle version="8"></checkstyle>'),
    ];
    const result = await readReports(
      dir,
      files.map((file) => ({ file, kind: 'coverage' as const })),
    );
    expect(result.files.map((f) => f.format)).toEqual(['lcov', 'cobertura', 'go', 'junit', 'sarif', 'eslint', 'checkstyle']);
    await expect(readReports(dir, [{ file: fixture('eight.txt', 'hello'), kind: 'coverage' }])).rejects.toThrow(
      /eight\.txt: not a report this gate reads \(given as coverage\)/,
    );
  });

  it('names every format it reads when a file is none of them', async () => {
    const error = (await readReports(dir, [{ file: fixture('nine.txt', 'plain words'), kind: 'tests' }]).catch((e: unknown) => e)) as Error;
    for (const format of REPORT_FORMATS.filter((f) => f.kind !== 'metrics')) expect(error.message).toContain(format.title);
    const file = fixture('ten.json', '{"a": null}');
    const json = (await readReports(dir, [{ file, kind: 'coverage' }]).catch((e: unknown) => e)) as Error;
    expect(json.message).toBe(
      `${file}: a JSON file that is neither ESLint JSON, SARIF 2.1.0, Istanbul coverage-summary.json, Istanbul coverage-final.json nor a {name, value} metric`,
    );
  });

  it('names the line and column of broken JSON', async () => {
    await expect(readReports(dir, [{ file: fixture('broken.json', '{\n  "runs": [\n    {,\n'), kind: 'findings' }])).rejects.toThrow(
      /broken\.json:3:\d+: invalid JSON/,
    );
  });
});

describe('JUnit dialects', () => {
  it('reads Vitest/Jest failures and skips', async () => {
    const file = fixture(
      'vitest.xml',
      `<?xml version="1.0" encoding="UTF-8" ?>
<testsuites name="vitest tests" tests="3" failures="1" errors="0" time="0.1">
  <testsuite name="src/math.test.ts" tests="3" failures="1" skipped="1">
    <testcase classname="src/math.test.ts" name="adds" time="0.001"></testcase>
    <testcase classname="src/math.test.ts" name="divides" time="0.002">
      <failure message="expected 2 to be 3 // Object.is equality" type="AssertionError">AssertionError: expected 2 to be 3
 ❯ src/math.test.ts:9:21</failure>
    </testcase>
    <testcase classname="src/math.test.ts" name="later" time="0"><skipped/></testcase>
  </testsuite>
</testsuites>`,
    );
    const cases = mergeTestCases([await parseJunit(file, 'vitest.xml')]);
    expect(cases.map((c) => [c.name, c.status])).toEqual([
      ['adds', 'passed'],
      ['divides', 'failed'],
      ['later', 'skipped'],
    ]);
    expect(cases[1]?.message).toBe('expected 2 to be 3 // Object.is equality');
  });

  it('treats Surefire flakyFailure as flaky and rerunFailure as failed', async () => {
    const file = fixture(
      'surefire.xml',
      `<testsuite name="com.acme.AppTest" tests="2"><testcase name="retried" classname="com.acme.AppTest"><flakyFailure message="boom" type="java.lang.AssertionError"/></testcase><testcase name="broken" classname="com.acme.AppTest"><failure message="always"/><rerunFailure message="again"/></testcase></testsuite>`,
    );
    const cases = mergeTestCases([await parseJunit(file, 'surefire.xml')]);
    expect(cases.map((c) => [c.name, c.status, c.attempts])).toEqual([
      ['retried', 'flaky', 2],
      ['broken', 'failed', 2],
    ]);
  });

  it('folds gotestsum reruns (failed, then passed) into one flaky test, and pytest errors into failures', async () => {
    const go = fixture(
      'gotestsum.xml',
      `<testsuites><testsuite name="example.com/app/calc" tests="3"><testcase classname="example.com/app/calc" name="TestAdd"><failure message="Failed">calc_test.go:9: got 1</failure></testcase><testcase classname="example.com/app/calc" name="TestSub"/></testsuite><testsuite name="example.com/app/calc"><testcase classname="example.com/app/calc" name="TestAdd"/></testsuite></testsuites>`,
    );
    const py = fixture(
      'pytest.xml',
      `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1"><testcase classname="tests.test_app" name="test_db" file="tests/test_app.py" line="4"><error message="fixture 'db' not found">...</error></testcase></testsuite></testsuites>`,
    );
    const cases = mergeTestCases([await parseJunit(go, 'gotestsum.xml'), await parseJunit(py, 'pytest.xml')]);
    expect(cases.map((c) => [c.name, c.status])).toEqual([
      ['TestAdd', 'flaky'],
      ['TestSub', 'passed'],
      ['test_db', 'failed'],
    ]);
    expect(cases[2]).toMatchObject({ file: 'tests/test_app.py', line: 4, message: "fixture 'db' not found" });
  });
});

describe('findings parsers', () => {
  it('reads SARIF results with base URIs, rule defaults, fingerprints and suppressions', () => {
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'CodeQL', rules: [{ id: 'js/xss', defaultConfiguration: { level: 'error' } }] } },
          originalUriBaseIds: { SRCROOT: { uri: 'file:///home/ci/app/' } },
          results: [
            {
              ruleId: 'js/xss',
              ruleIndex: 0,
              message: { text: 'XSS' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a%20b.ts', uriBaseId: 'SRCROOT' }, region: { startLine: 4 } } }],
              partialFingerprints: { primaryLocationLineHash: 'abc:1' },
            },
            { ruleId: 'js/other', level: 'note', message: { text: 'n' }, locations: [] },
            { ruleId: 'js/gone', message: { text: 's' }, suppressions: [{ kind: 'inSource' }] },
          ],
        },
      ],
    };
    const report = parseSarif(log, 'codeql.sarif');
    expect(report.findings).toEqual([
      {
        tool: 'CodeQL',
        rule: 'js/xss',
        severity: 'error',
        message: 'XSS',
        file: '/home/ci/app/src/a b.ts',
        line: 4,
        column: undefined,
        fingerprint: 'primaryLocationLineHash=abc:1',
      },
      { tool: 'CodeQL', rule: 'js/other', severity: 'note', message: 'n', file: '', line: undefined, column: undefined, fingerprint: undefined },
    ]);
  });

  it('reads ESLint JSON and checkstyle', async () => {
    const eslint = parseEslint(
      [{ filePath: '/w/src/a.ts', messages: [{ ruleId: 'no-unused-vars', severity: 2, message: 'x is unused', line: 3, column: 7 }] }],
      'eslint.json',
    );
    expect(eslint.findings[0]).toMatchObject({ rule: 'no-unused-vars', severity: 'error', file: '/w/src/a.ts', line: 3 });
    const file = fixture(
      'checkstyle.xml',
      '<?xml version="1.0"?><checkstyle><file name="src/A.java"><error line="2" column="1" severity="warning" message="Missing javadoc" source="JavadocStyle"/><error line="3" severity="ignore" message="x" source="y"/></file></checkstyle>',
    );
    const report = await parseCheckstyle(file, 'checkstyle.xml');
    expect(report.findings).toEqual([
      { tool: 'checkstyle', rule: 'JavadocStyle', severity: 'warning', message: 'Missing javadoc', file: 'src/A.java', line: 2, column: 1 },
    ]);
  });
});
