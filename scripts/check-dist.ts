// Rebuilds every bundle into a temp dir and compares the tree with the committed one (dist/
// for the actions, packages/cli/dist/ for the command line): changed, missing and extra files
// all fail. Compares files, not `git diff`, so it also works on a checkout with local changes.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { bundleAll, bundleCli, CLI_DIR, ROOT } from './bundle.ts';

async function tree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(
      relative(dir, path).split('\\').join('/'),
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    );
  }
  return files;
}

/** Builds into a temp dir with `build` and lists how `committed` differs, paths relative to the repository. */
async function compareBuild(committed: string, build: (outDir: string) => Promise<unknown>): Promise<string[]> {
  const fresh = await mkdtemp(join(tmpdir(), 'check-dist-'));
  try {
    await build(fresh);
    const [want, have] = await Promise.all([tree(fresh), tree(committed)]);
    const shown = (file: string) => relative(ROOT, join(committed, file)).split('\\').join('/');
    const problems: string[] = [];
    for (const [file, hash] of want) {
      if (!have.has(file)) problems.push(`missing: ${shown(file)}`);
      else if (have.get(file) !== hash) problems.push(`stale: ${shown(file)}`);
    }
    for (const file of have.keys()) if (!want.has(file)) problems.push(`extra: ${shown(file)}`);
    return problems.sort();
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}

/** The committed action bundles against a fresh bundle of every action. */
export async function compareDist(committed = join(ROOT, 'dist')): Promise<string[]> {
  return compareBuild(committed, (outDir) => bundleAll(outDir));
}

/** The committed command line build against a fresh one. */
export async function compareCliDist(committed = join(CLI_DIR, 'dist')): Promise<string[]> {
  return compareBuild(committed, (outDir) => bundleCli(outDir));
}

if (import.meta.main) {
  const problems = [...(await compareDist()), ...(await compareCliDist())];
  if (problems.length > 0) {
    process.stderr.write(
      `dist/ or packages/cli/dist/ does not match the sources:\n${problems.map((p) => `  ${p}`).join('\n')}\nRun \`npm run bundle\` and commit both.\n`,
    );
    process.exit(1);
  }
  process.stdout.write('dist/ and packages/cli/dist/ are up to date\n');
}
