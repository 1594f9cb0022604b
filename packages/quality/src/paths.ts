// Maps the paths reports write (absolute paths from another machine, Cobertura <source>
// roots, Windows backslashes, Go import paths, paths relative to the report) onto files
// of the checkout. A path that matches no file is reported, never counted as 0 %.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, posix, relative, resolve } from 'node:path';
import { tryGit, type Env } from '@devops-actions/git';

export interface PathContext {
  /** The report's folder, relative to the workspace ('' for the root). */
  reportDir: string;
  sourceRoots?: readonly string[];
}

export interface PathResolver {
  /** The workspace-relative path with forward slashes, or undefined when no file of the checkout matches. */
  resolve(raw: string, context?: PathContext): string | undefined;
  /** The checkout's files (tracked and untracked, not ignored). */
  readonly files: ReadonlySet<string>;
}

export interface PathOptions {
  cwd: string;
  /** The environment git runs with (the command line's); this process's when absent. */
  env?: Env;
  /** Prefixes removed from every report path before anything else (e.g. `/app/` from a container). */
  stripPrefixes?: readonly string[];
}

function toPosix(path: string): string {
  let p = path.trim();
  if (p.startsWith('file://')) p = decodeURIComponent(p.slice('file://'.length));
  p = p.replace(/\\/g, '/');
  if (/^\/[A-Za-z]:\//.test(p)) p = p.slice(1);
  return p;
}

const isAbs = (p: string) => p.startsWith('/') || /^[A-Za-z]:\//.test(p);

export async function createPathResolver(options: PathOptions): Promise<PathResolver> {
  const cwd = resolve(options.cwd);
  const roots = [cwd];
  try {
    const real = realpathSync(cwd);
    if (real !== cwd) roots.push(real);
  } catch {
    // the workspace may not exist yet in some tests; existence checks below will fail cleanly
  }
  const listing = await tryGit({ cwd, env: options.env }, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  const files = new Set((listing ?? '').split('\0').filter((f) => f !== ''));
  const byBase = new Map<string, string[]>();
  for (const file of files) {
    const base = posix.basename(file);
    const list = byBase.get(base);
    if (list) list.push(file);
    else byBase.set(base, [file]);
  }
  const modules = await goModules(cwd, files);
  const strip = (options.stripPrefixes ?? []).map(toPosix);
  const cache = new Map<string, string | undefined>();

  const exists = (candidate: string): string | undefined => {
    const norm = posix.normalize(candidate).replace(/^\.\//, '');
    if (norm.startsWith('../') || norm === '..' || isAbs(norm)) return undefined;
    if (files.has(norm)) return norm;
    try {
      if (statSync(resolve(cwd, norm)).isFile()) return norm;
    } catch {
      return undefined;
    }
    return undefined;
  };

  const underWorkspace = (absolute: string): string | undefined => {
    for (const root of roots) {
      const rel = relative(root, absolute).replace(/\\/g, '/');
      if (rel !== '' && !rel.startsWith('../') && !isAbsolute(rel)) return rel;
    }
    return undefined;
  };

  const bySuffix = (p: string): string | undefined => {
    const base = posix.basename(p);
    const options = byBase.get(base) ?? [];
    // The longest checkout path that the report path ends with (absolute paths from another machine).
    const suffixes = options.filter((f) => p === f || p.endsWith(`/${f}`));
    if (suffixes.length > 0) {
      const longest = Math.max(...suffixes.map((f) => f.length));
      const best = suffixes.filter((f) => f.length === longest);
      if (best.length === 1) return best[0];
      return undefined;
    }
    // Or the one checkout path that ends with the report path (paths relative to a sub-project).
    if (p.includes('/') || isAbs(p)) {
      const rel = p.replace(/^\/+/, '');
      const matches = options.filter((f) => f.endsWith(`/${rel}`));
      if (matches.length === 1) return matches[0];
    }
    return undefined;
  };

  const resolveUncached = (raw: string, context: PathContext): string | undefined => {
    let p = toPosix(raw);
    for (const prefix of strip) {
      if (p.startsWith(prefix)) {
        p = p.slice(prefix.length).replace(/^\/+/, '');
        break;
      }
    }
    const candidates: string[] = [];
    if (isAbs(p)) {
      const rel = underWorkspace(p);
      if (rel !== undefined) candidates.push(rel);
    } else {
      for (const root of context.sourceRoots ?? []) {
        const r = toPosix(root);
        if (isAbs(r)) {
          const rel = underWorkspace(posix.join(r, p));
          if (rel !== undefined) candidates.push(rel);
        } else candidates.push(posix.join(r, p));
      }
      candidates.push(p);
      let dir = context.reportDir;
      while (dir !== '' && dir !== '.') {
        candidates.push(posix.join(dir, p));
        dir = posix.dirname(dir) === '.' ? '' : posix.dirname(dir);
      }
      for (const [module, moduleDir] of modules) {
        if (p.startsWith(`${module}/`)) candidates.push(posix.join(moduleDir, p.slice(module.length + 1)));
      }
    }
    for (const candidate of candidates) {
      const found = exists(candidate);
      if (found !== undefined) return found;
    }
    if (isAbs(p)) {
      // An absolute path outside the workspace (another machine's checkout): match by the longest suffix.
      return bySuffix(p);
    }
    for (const root of context.sourceRoots ?? []) {
      const found = bySuffix(posix.join(toPosix(root), p));
      if (found !== undefined) return found;
    }
    return bySuffix(p);
  };

  return {
    files,
    resolve(raw, context = { reportDir: '' }) {
      const key = `${context.reportDir}\u0000${(context.sourceRoots ?? []).join('\u0001')}\u0000${raw}`;
      if (cache.has(key)) return cache.get(key);
      const value = resolveUncached(raw, context);
      cache.set(key, value);
      return value;
    },
  };
}

/** Go module paths (from go.mod files) and their folders, so `example.com/app/pkg/x.go` finds `pkg/x.go`. */
async function goModules(cwd: string, files: ReadonlySet<string>): Promise<[string, string][]> {
  const mods = [...files].filter((f) => f === 'go.mod' || f.endsWith('/go.mod'));
  if (mods.length === 0 && existsSync(resolve(cwd, 'go.mod'))) mods.push('go.mod');
  const result: [string, string][] = [];
  for (const mod of mods) {
    try {
      const text = await readFile(resolve(cwd, mod), 'utf8');
      const name = /^module\s+(\S+)/m.exec(text)?.[1];
      if (name) result.push([name.replace(/^"|"$/g, ''), posix.dirname(mod) === '.' ? '' : posix.dirname(mod)]);
    } catch {
      // unreadable go.mod: its module simply is not mapped
    }
  }
  return result.sort((a, b) => b[0].length - a[0].length);
}
