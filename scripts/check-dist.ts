// Rebuilds every bundle into a temp dir and compares the tree with the committed dist/:
// changed, missing and extra files all fail. Compares files, not `git diff`, so it also
// works on a checkout with local changes.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { bundleAll, ROOT } from './bundle.ts';

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

export async function compareDist(committed = join(ROOT, 'dist')): Promise<string[]> {
  const fresh = await mkdtemp(join(tmpdir(), 'check-dist-'));
  try {
    await bundleAll(fresh);
    const [want, have] = await Promise.all([tree(fresh), tree(committed)]);
    const problems: string[] = [];
    for (const [file, hash] of want) {
      if (!have.has(file)) problems.push(`missing: dist/${file}`);
      else if (have.get(file) !== hash) problems.push(`stale: dist/${file}`);
    }
    for (const file of have.keys()) if (!want.has(file)) problems.push(`extra: dist/${file}`);
    return problems.sort();
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const problems = await compareDist();
  if (problems.length > 0) {
    process.stderr.write(`dist/ does not match the sources:\n${problems.map((p) => `  ${p}`).join('\n')}\nRun \`npm run bundle\` and commit dist/.\n`);
    process.exit(1);
  }
  process.stdout.write('dist/ is up to date\n');
}
