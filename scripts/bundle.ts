// Bundles every action entry (actions/<name>/index.ts, and post.ts where the action has
// a post step) with @vercel/ncc into dist/<name>/ as ESM, and the command line
// (packages/cli/src/main.ts) into packages/cli/dist/. Used by `npm run bundle`, by
// check-dist (into a temp dir) and by the test set-up for the fixture action.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const CLI_DIR = join(ROOT, 'packages', 'cli');
const NCC = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

export interface ActionEntry {
  name: string;
  dir: string;
  entries: ('index' | 'post')[];
}

export async function listActions(actionsDir = join(ROOT, 'actions')): Promise<ActionEntry[]> {
  if (!existsSync(actionsDir)) return [];
  const names = (await readdir(actionsDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  return names
    .sort()
    .map((name) => ({ name, dir: join(actionsDir, name), entries: (['index', 'post'] as const).filter((e) => existsSync(join(actionsDir, name, `${e}.ts`))) }))
    .filter((action) => action.entries.includes('index'));
}

// --transpile-only: type checking is `npm run typecheck`; the tsconfig nearest each entry
// (actions/tsconfig.json, packages/cli/tsconfig.json) makes ts-loader emit ESM, which top-level
// await needs.
async function ncc(entryFile: string, outDir: string): Promise<void> {
  await run(
    process.execPath,
    [NCC, 'build', entryFile, '-o', outDir, '--target', 'es2024', '--transpile-only', '--no-source-map-register', '--quiet', '--license', 'licenses.txt'],
    {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
}

/** Files a bundle loads at run time that ncc cannot see (a WebAssembly module found by path): copied next to it. */
const RUNTIME_ASSETS: Readonly<Record<string, readonly string[]>> = {
  'migration-check': [
    'node_modules/libpg-query/wasm/libpg-query.wasm',
    'node_modules/@electric-sql/pglite/dist/pglite.wasm',
    'node_modules/@electric-sql/pglite/dist/pglite.data',
    'node_modules/@electric-sql/pglite/dist/initdb.wasm',
  ],
};

/**
 * ncc (webpack) turns `await import('node:module')` into a namespace object built from the
 * builtin's own properties, and builds none when the builtin is a function (`module`,
 * `stream`): `const { createRequire } = await import('module')` then yields undefined, which
 * is how PGlite starts in Node. Builtins need no bundling, so those imports are put back as
 * native dynamic imports of the builtin itself.
 */
async function restoreBuiltinImports(outDir: string): Promise<void> {
  const files = (await readdir(outDir)).filter((f) => f.endsWith('.js'));
  const texts = new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(outDir, f), 'utf8')] as const)));
  const builtins = new Map<string, string>();
  for (const text of texts.values())
    for (const m of text.matchAll(
      /^\/\*\*\*\/ (\d+):\n\/\*\*\*\/ \(\(module\) => \{\s*(?:"use strict";\s*)?module\.exports = __WEBPACK_EXTERNAL_createRequire\(import\.meta\.url\)\("([\w:/.-]+)"\)/gm,
    ))
      builtins.set(m[1] ?? '', m[2] ?? '');
  const pattern = /await Promise\.resolve\(\/\* import\(\) \*\/\)\.then\(__webpack_require__\.t\.bind\(__webpack_require__, (\d+), 19\)\)/g;
  for (const [file, text] of texts) {
    const fixed = text.replace(pattern, (call, id: string) => {
      const name = builtins.get(id);
      return name === undefined ? call : `await import(${JSON.stringify(name)})`;
    });
    if (fixed !== text) await writeFile(join(outDir, file), fixed);
  }
}

/** Bundles one action into outDir (replaced whole): index.js, its lazily loaded chunks, post.js. */
export async function bundleAction(action: ActionEntry, outDir: string): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), `bundle-${action.name}-`));
  try {
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
    await ncc(join(action.dir, 'index.ts'), join(work, 'index'));
    await cp(join(work, 'index'), outDir, { recursive: true });
    await restoreBuiltinImports(outDir);
    for (const asset of RUNTIME_ASSETS[action.name] ?? []) await cp(join(ROOT, asset), join(outDir, basename(asset)));
    if (action.entries.includes('post')) {
      await ncc(join(action.dir, 'post.ts'), join(work, 'post'));
      const files = await readdir(join(work, 'post'));
      const chunks = files.filter((f) => !['index.js', 'package.json', 'licenses.txt'].includes(f));
      if (chunks.length === 0) {
        await cp(join(work, 'post', 'index.js'), join(outDir, 'post.js'));
      } else {
        // Chunk names are relative to the entry file, so a chunked post step keeps its own folder.
        await cp(join(work, 'post'), join(outDir, 'post'), { recursive: true });
        await writeFile(join(outDir, 'post.js'), "import './post/index.js';\n");
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Bundles the command line into outDir (replaced whole): index.js holds the argument parsing,
 * the help and the command registry; each command with its engine is a chunk that index.js
 * loads only when that command runs. Every engine is in the bundle, so every engine's runtime
 * assets are copied beside the chunks.
 */
export async function bundleCli(outDir = join(CLI_DIR, 'dist')): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await ncc(join(CLI_DIR, 'src', 'main.ts'), outDir);
  await restoreBuiltinImports(outDir);
  for (const asset of new Set(Object.values(RUNTIME_ASSETS).flat())) await cp(join(ROOT, asset), join(outDir, basename(asset)));
}

export async function bundleAll(distDir = join(ROOT, 'dist'), actions?: ActionEntry[]): Promise<string[]> {
  const list = actions ?? (await listActions());
  await mkdir(distDir, { recursive: true });
  // Bundles of actions that no longer exist are removed, so dist/ mirrors actions/.
  for (const stale of await readdir(distDir)) {
    if (!list.some((a) => a.name === stale)) await rm(join(distDir, stale), { recursive: true, force: true });
  }
  for (const action of list) {
    const started = performance.now();
    await bundleAction(action, join(distDir, action.name));
    process.stdout.write(`bundled ${action.name} (${action.entries.join(', ')}) in ${Math.round(performance.now() - started)} ms\n`);
  }
  return list.map((a) => a.name);
}

async function bundleCliTimed(): Promise<void> {
  const started = performance.now();
  await bundleCli();
  process.stdout.write(`bundled the command line (packages/cli/dist) in ${Math.round(performance.now() - started)} ms\n`);
}

// `npm run bundle`: every action and the command line; `npm run bundle -- <name>...`: those
// actions, `cli` for the command line.
if (import.meta.main) {
  const only = process.argv.slice(2);
  const actions = (await listActions()).filter((a) => only.length === 0 || only.includes(a.name));
  const unknown = only.filter((n) => n !== 'cli' && !actions.some((a) => a.name === n));
  if (unknown.length > 0) {
    process.stderr.write(`unknown action: ${unknown.join(', ')} (the command line is "cli")\n`);
    process.exit(2);
  }
  if (only.length > 0) {
    for (const action of actions) await bundleAction(action, join(ROOT, 'dist', action.name));
    if (only.includes('cli')) await bundleCliTimed();
  } else {
    await bundleAll();
    await bundleCliTimed();
  }
}
