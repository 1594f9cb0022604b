// A real repository made from examples/sample-project, with real reports produced by running
// Vitest (V8 coverage: LCOV and Cobertura, JUnit) and ESLint (JSON) in it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo } from '../harness/git.ts';
import { ROOT } from '../harness/run-action.ts';

export const SAMPLE = join(ROOT, 'examples', 'sample-project');
const BIN = join(ROOT, 'node_modules', '.bin');

export function createSampleRepo(): GitRepo {
  const dir = mkdtempSync(join(tmpdir(), 'quality-sample-'));
  cpSync(SAMPLE, dir, { recursive: true, filter: (source) => !/[/\\](node_modules|coverage|reports)([/\\]|$)/.test(source.slice(SAMPLE.length)) });
  // The tools and their plugins come from the project's own install (ignored by the sample's .gitignore).
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const repo = new GitRepo(dir);
  repo.git(['init', '--quiet', '--initial-branch', 'main']);
  // Existing lint debt on the default branch (kept out of the example itself, which the project lints).
  repo.commit('feat: shopping cart', {
    files: {
      'src/legacy.js':
        "// Kept from the first version; the linter has flagged it since.\nexport function legacyLabel(name) {\n  var label = 'Item: ' + name;\n  return label;\n}\n",
      'test/legacy.test.js':
        "import { legacyLabel } from '../src/legacy.js';\n\nit('labels items', () => {\n  expect(legacyLabel('tea')).toBe('Item: tea');\n});\n",
    },
  });
  return repo;
}

/** Runs the sample's tests with coverage and its linter; returns Vitest's exit code. */
export function produceReports(repo: GitRepo, options: { cobertura?: boolean } = {}): number {
  for (const dir of ['coverage', 'reports']) rmSync(join(repo.dir, dir), { recursive: true, force: true });
  const reporters = ['--coverage.reporter=lcovonly', ...(options.cobertura ? ['--coverage.reporter=cobertura'] : [])];
  const vitest = spawnSync(
    join(BIN, 'vitest'),
    [
      'run',
      '--globals',
      '--coverage.enabled',
      '--coverage.provider=v8',
      ...reporters,
      '--coverage.include=src/**',
      '--coverage.reportOnFailure',
      '--reporter=junit',
      '--outputFile.junit=reports/junit.xml',
      '--pool=threads',
    ],
    { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' } },
  );
  if (vitest.status !== 0 && vitest.status !== 1) throw new Error(`vitest failed to run (${vitest.status}): ${vitest.stderr}${vitest.stdout}`);
  const eslint = spawnSync(join(BIN, 'eslint'), ['--format', 'json', '--output-file', 'reports/eslint.json', 'src'], { cwd: repo.dir, encoding: 'utf8' });
  if (eslint.status !== 0 && eslint.status !== 1) throw new Error(`eslint failed to run (${eslint.status}): ${eslint.stderr}`);
  return vitest.status;
}
