// Which migrations a branch adds since the merge base with its base, and what it did to the
// merged ones (edited, deleted, renamed, renumbered): the integrity findings git can tell.
import { changedFiles, checkRef, listTree, mergeBase, type FetchPolicy, type RepoLike } from '@devops-actions/git';
import type { Finding } from './lint.ts';

export interface BranchChanges {
  mergeBase: string;
  added: Set<string>;
  findings: Finding[];
  /** Versions of the migrations already on the base branch. */
  baseVersions: string[];
}

/** What the layout says about a path relative to the migrations folder. */
export interface LayoutRules {
  isMigration: (file: string) => boolean;
  versionOf: (file: string) => string | undefined;
}

/**
 * Compares the migrations folder `dir` (relative to the repository root, `repo`'s folder) with
 * the merge base of `base` and HEAD; a shallow clone is deepened until the merge base is there.
 */
export async function branchChanges(repo: RepoLike, base: string, dir: string, layout: LayoutRules, policy: FetchPolicy = {}): Promise<BranchChanges> {
  checkRef('base', base);
  const { sha } = await mergeBase(repo, base, 'HEAD', policy);
  const prefix = dir === '.' || dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`;
  const paths = [prefix || '.'];
  const rel = (p: string): string => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p);
  const added = new Set<string>();
  const findings: Finding[] = [];
  for (const change of await changedFiles(repo, sha, 'HEAD', paths)) {
    const before = change.oldPath ?? change.path;
    const file = rel(before);
    if (!layout.isMigration(file)) continue;
    const finding = (message: string, path = before): void => {
      findings.push({ rule: 'edited-merged-migration', severity: 'error', file: path, line: 1, column: 1, message });
    };
    if (change.status === 'A') added.add(file);
    else if (change.status === 'M')
      finding(
        `${before} is already merged and was edited: databases that applied it will not see the change (Flyway rejects the checksum). Add a new migration instead.`,
      );
    else if (change.status === 'D')
      finding(`${before} is already merged and was deleted: databases that applied it keep its effects. Add a new migration that reverts it instead.`);
    else if (change.status === 'R') {
      const after = change.path;
      if (layout.isMigration(rel(after)) && layout.versionOf(rel(after)) !== layout.versionOf(file))
        finding(`${before} is already merged and was renamed to ${after}: runners will apply it again under the new version.`, after);
      else if (change.similarity !== 100) finding(`${before} is already merged and was edited (and renamed to ${after}).`, after);
    }
  }
  const baseVersions = (await listTree(repo, sha, paths))
    .map(rel)
    .filter(layout.isMigration)
    .map(layout.versionOf)
    .filter((v): v is string => v !== undefined);
  return { mergeBase: sha, added, findings, baseVersions };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(/[._]/).map(Number);
  const pb = b.split(/[._]/).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Duplicate versions among all files, and new versions lower than the newest on the base branch. */
export function versionFindings(
  files: { file: string; version?: string }[],
  added: ReadonlySet<string>,
  baseVersions: readonly string[],
  display: (file: string) => string,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  // merged files first, so that a duplicate is reported on the new file
  const ordered = [...files].sort((a, b) => Number(added.has(a.file)) - Number(added.has(b.file)));
  for (const f of ordered) {
    if (f.version === undefined) continue;
    const other = seen.get(f.version);
    if (other !== undefined)
      findings.push({
        rule: 'duplicate-version',
        severity: 'error',
        file: display(f.file),
        line: 1,
        column: 1,
        message: `Version ${f.version} is used by ${display(other)} too: runners refuse or skip one of them. Renumber the new one.`,
      });
    else seen.set(f.version, f.file);
  }
  const newest = [...baseVersions].sort(compareVersions).at(-1);
  if (newest !== undefined)
    for (const f of files)
      if (added.has(f.file) && f.version !== undefined && compareVersions(f.version, newest) < 0)
        findings.push({
          rule: 'version-lower-than-base',
          severity: 'error',
          file: display(f.file),
          line: 1,
          column: 1,
          message: `Version ${f.version} is lower than ${newest}, the newest on the base branch: databases already at ${newest} skip it silently. Renumber it above ${newest}.`,
        });
  return findings;
}
