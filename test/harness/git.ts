// Real git repositories with scripted histories, made in temp dirs for tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const BASE_TIME = Date.UTC(2026, 0, 1) / 1000;

/** An environment where git ignores the machine's own configuration. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'Ada Lovelace',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_COMMITTER_NAME: 'Ada Lovelace',
    GIT_COMMITTER_EMAIL: 'ada@example.com',
    ...extra,
  };
}

export interface CommitOptions {
  /** Files to write before committing (path -> content); `null` deletes the file. */
  files?: Record<string, string | Buffer | null>;
  author?: { name: string; email: string };
  allowEmpty?: boolean;
}

export class GitRepo {
  readonly dir: string;
  private clock = 0;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Runs git in the repository with an argument array and returns trimmed stdout. */
  git(args: readonly string[], env: Record<string, string> = {}): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      env: gitEnv(env),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    }).trimEnd();
  }

  write(path: string, content: string | Buffer): void {
    const file = join(this.dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }

  remove(path: string): void {
    rmSync(join(this.dir, path), { force: true, recursive: true });
  }

  /** Writes the given files, stages everything and commits; returns the new commit's SHA. */
  commit(message: string, options: CommitOptions = {}): string {
    for (const [path, content] of Object.entries(options.files ?? {})) {
      if (content === null) this.remove(path);
      else this.write(path, content);
    }
    this.git(['add', '-A']);
    // Each commit one minute after the previous one: stable, ordered dates.
    const date = `@${BASE_TIME + 60 * this.clock++} +0000`;
    const env: Record<string, string> = { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
    if (options.author) {
      env.GIT_AUTHOR_NAME = options.author.name;
      env.GIT_AUTHOR_EMAIL = options.author.email;
    }
    this.git(['commit', '--quiet', '--no-verify', ...(options.allowEmpty || !options.files ? ['--allow-empty'] : []), '-m', message], env);
    return this.sha('HEAD');
  }

  sha(ref: string): string {
    return this.git(['rev-parse', '--verify', `${ref}^{commit}`]);
  }

  tag(name: string, ref = 'HEAD', message?: string): void {
    this.git(message === undefined ? ['tag', name, ref] : ['tag', '-a', name, '-m', message, ref]);
  }

  branch(name: string, ref = 'HEAD'): void {
    this.git(['branch', name, ref]);
  }

  checkout(ref: string, create = false): void {
    this.git(create ? ['checkout', '--quiet', '-b', ref] : ['checkout', '--quiet', ref]);
  }

  /** A merge commit (never fast-forward) of `ref` into the current branch. */
  merge(ref: string, message = `Merge ${ref}`): string {
    const date = `@${BASE_TIME + 60 * this.clock++} +0000`;
    this.git(['merge', '--no-ff', '--quiet', '-m', message, ref], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    return this.sha('HEAD');
  }

  currentBranch(): string {
    return this.git(['rev-parse', '--abbrev-ref', 'HEAD']);
  }

  /**
   * Clones this repository the way actions/checkout does: through a URL (so `--depth`
   * really makes a shallow clone), optionally at a ref, into a new temp dir.
   */
  clone(options: { depth?: number; branch?: string; bare?: boolean; noCheckout?: boolean } = {}): GitRepo {
    const target = mkdtempSync(join(tmpdir(), 'repo-clone-'));
    const args = ['clone', '--quiet'];
    if (options.depth !== undefined) args.push('--depth', String(options.depth), '--no-single-branch');
    if (options.branch) args.push('--branch', options.branch);
    if (options.bare) args.push('--bare');
    if (options.noCheckout) args.push('--no-checkout');
    args.push(`file://${this.dir}`, target);
    execFileSync('git', args, { env: gitEnv(), stdio: 'ignore' });
    return new GitRepo(target);
  }

  isShallow(): boolean {
    return this.git(['rev-parse', '--is-shallow-repository']) === 'true';
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A new repository with `main` as its default branch and one initial commit (unless `empty`). */
export function createRepo(options: { empty?: boolean; branch?: string; objectFormat?: 'sha1' | 'sha256' } = {}): GitRepo {
  const dir = mkdtempSync(join(tmpdir(), 'repo-'));
  const repo = new GitRepo(dir);
  repo.git(['init', '--quiet', '--initial-branch', options.branch ?? 'main', `--object-format=${options.objectFormat ?? 'sha1'}`]);
  if (!options.empty) repo.commit('chore: initial commit', { files: { 'README.md': '# sample\n' } });
  return repo;
}
