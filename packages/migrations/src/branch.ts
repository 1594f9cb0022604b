// Which migrations a branch adds, and integrity checks against the base branch.
import { execFileSync } from 'node:child_process';
import type { Finding } from './lint.ts';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface BranchChanges {
  mergeBase: string;
  added: Set<string>;
  findings: Finding[];
  /** Versions of the migrations already on the base branch. */
  baseVersions: string[];
}

/** Finds the merge base with `base`, deepening a shallow clone until it is found. */
export function mergeBase(cwd: string, base: string): string {
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      return git(cwd, ['merge-base', base, 'HEAD']).trim();
    } catch {
      const shallow = git(cwd, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
      if (!shallow) break;
      try {
        git(cwd, ['fetch', '--no-tags', '--quiet', '--deepen', String(50 * 2 ** attempt), 'origin']);
      } catch {
        break; // no remote to deepen from
      }
    }
  }
  throw new Error(
    `the merge base of ${base} and HEAD is not in this checkout (shallow, even after deepening): set fetch-depth: 0 on actions/checkout, or give a base ref that is fetched`,
  );
}

/**
 * Compares the migrations directory `dir` (relative to the repository root `cwd`) with the merge base.
 * `isMigration` says whether a path relative to `dir` is a migration of the layout.
 */
export function branchChanges(
  cwd: string,
  base: string,
  dir: string,
  isMigration: (file: string) => boolean,
  versionOf: (file: string) => string | undefined,
): BranchChanges {
  const mb = mergeBase(cwd, base);
  const prefix = dir === '.' || dir === '' ? '' : `${dir.replace(/\/+$/, '')}/`;
  const out = git(cwd, ['diff', '--name-status', '-M', `${mb}...HEAD`, '--', prefix || '.']);
  const added = new Set<string>();
  const findings: Finding[] = [];
  const rel = (p: string): string => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p);
  for (const line of out.split('\n').filter(Boolean)) {
    const [status = '', a = '', b] = line.split('\t');
    const file = rel(a);
    if (!isMigration(file)) continue;
    const finding = (message: string, path = a): void => {
      findings.push({ rule: 'edited-merged-migration', severity: 'error', file: path, line: 1, column: 1, message });
    };
    if (status === 'A') added.add(file);
    else if (status === 'M')
      finding(
        `${a} is already merged and was edited: databases that applied it will not see the change (Flyway rejects the checksum). Add a new migration instead.`,
      );
    else if (status === 'D')
      finding(`${a} is already merged and was deleted: databases that applied it keep its effects. Add a new migration that reverts it instead.`);
    else if (status.startsWith('R') && b !== undefined) {
      if (isMigration(rel(b)) && versionOf(rel(b)) !== versionOf(file))
        finding(`${a} is already merged and was renamed to ${b}: runners will apply it again under the new version.`, b);
      else if (status !== 'R100') finding(`${a} is already merged and was edited (and renamed to ${b}).`, b);
    }
  }
  const baseFiles = git(cwd, ['ls-tree', '-r', '--name-only', mb, '--', prefix || '.'])
    .split('\n')
    .filter(Boolean)
    .map(rel)
    .filter(isMigration);
  const baseVersions = baseFiles.map(versionOf).filter((v): v is string => v !== undefined);
  return { mergeBase: mb, added, findings, baseVersions };
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
