import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prependChangelog } from './notes.ts';

/** Writes the block into the changelog file (created when missing); false when nothing changed. */
export async function writeChangelog(cwd: string, path: string, block: string, version: string): Promise<boolean> {
  const file = join(cwd, path);
  let existing = '';
  try {
    existing = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const { text, changed } = prependChangelog(existing, block, version);
  if (changed) await writeFile(file, text);
  return changed;
}
