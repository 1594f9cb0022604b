// Commits, shallow clones and the merge base: what every engine asks of a checkout before it
// reads history. One deepening schedule for all of them.
import { checkRef, git, GitError, gitResult, gitSucceeds, tryGit, type RepoLike } from './run.ts';

/** The commit `rev` names, or undefined when the checkout has no such commit. */
export async function revParse(repo: RepoLike, rev: string): Promise<string | undefined> {
  const out = await tryGit(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  const sha = out?.trim();
  return sha === undefined || sha === '' ? undefined : sha;
}

export async function isShallow(repo: RepoLike): Promise<boolean> {
  return (await tryGit(repo, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
}

export interface HeadInfo {
  /** The commit `rev` names; undefined when it names none (or the repository has no commit yet). */
  sha: string | undefined;
  shallow: boolean;
  /** The checked-out branch; undefined when HEAD is detached. */
  branch: string | undefined;
}

/**
 * The commit `rev` names, whether the clone is shallow and the checked-out branch: what an
 * engine asks first, in one `git rev-parse` (a process costs more than most answers it gives).
 */
export async function headInfo(repo: RepoLike, rev = 'HEAD'): Promise<HeadInfo> {
  const branchOf = (ref: string) => (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined);
  // The rev comes first (--symbolic-full-name applies to what follows it); rev-parse prints
  // `--end-of-options` back outside --verify mode, so the rev is checked instead.
  const out = await tryGit(repo, ['rev-parse', `${checkRef('rev', rev)}^{commit}`, '--is-shallow-repository', '--symbolic-full-name', 'HEAD']);
  if (out !== undefined) {
    const [sha = '', shallow = '', ref = ''] = out.split('\n');
    return { sha: FULL_SHA.test(sha) ? sha : undefined, shallow: shallow === 'true', branch: branchOf(ref) };
  }
  // `rev` names no commit (or there is none yet): what else there is to know, asked on its own.
  const ref = (await tryGit(repo, ['symbolic-ref', '--quiet', 'HEAD']))?.trim() ?? '';
  return { sha: undefined, shallow: await isShallow(repo), branch: branchOf(ref) };
}

export async function isRepository(repo: RepoLike): Promise<boolean> {
  return gitSucceeds(repo, ['rev-parse', '--git-dir']);
}

/** The top folder of the working tree that holds `repo`'s folder. */
export async function topLevel(repo: RepoLike): Promise<string> {
  return (await git(repo, ['rev-parse', '--show-toplevel'])).trim();
}

export async function isAncestor(repo: RepoLike, ancestor: string, descendant: string): Promise<boolean> {
  const result = await gitResult(repo, ['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant]);
  if (result.code === 0) return true;
  if (result.code === 1) return false;
  throw new GitError(`git merge-base --is-ancestor ${ancestor} ${descendant} failed: ${result.stderr.trim()}`, {
    stderr: result.stderr,
    exitCode: result.code,
  });
}

/** The remote to fetch from: `preferred` when it exists, else the only (first) remote; undefined when there is none. */
export async function findRemote(repo: RepoLike, preferred = 'origin'): Promise<string | undefined> {
  const remotes = ((await tryGit(repo, ['remote'])) ?? '').split('\n').filter((name) => name !== '');
  return remotes.includes(preferred) ? preferred : remotes[0];
}

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export function isFullSha(ref: string): boolean {
  return FULL_SHA.test(ref);
}

/** How a missing commit or history is fetched. */
export interface FetchPolicy {
  /** The remote to fetch from (default: origin, else the only remote). */
  remote?: string;
  /** false: never fetch (a local run must not touch the network); the checkout has what it has. */
  fetch?: boolean;
  log?: (line: string) => void;
}

/** Said when the history a command needs is not in the checkout. */
export const FETCH_HINT = 'Set `fetch-depth: 0` on actions/checkout (or a depth that reaches the base), or make sure the runner can fetch from the remote.';

/**
 * The commit `ref` names; a full SHA missing from a shallow or single-branch clone is fetched
 * (GitHub serves any commit of the repository by its id), a branch name through {@link branchTip}.
 * Throws a GitError naming the fix.
 */
export async function ensureCommit(repo: RepoLike, ref: string, policy: FetchPolicy = {}): Promise<string> {
  const sha = await revParse(repo, ref);
  if (sha !== undefined) return sha;
  const remote = policy.fetch === false ? undefined : await findRemote(repo, policy.remote);
  if (remote !== undefined) {
    let fetched: string | undefined;
    if (isFullSha(ref)) {
      policy.log?.(`Fetching ${ref.slice(0, 12)} from ${remote}`);
      await tryGit(repo, ['fetch', '--no-tags', '--quiet', '--depth=1', '--end-of-options', remote, ref]);
      fetched = await revParse(repo, ref);
    } else fetched = await branchTip(repo, ref, policy);
    if (fetched !== undefined) return fetched;
  }
  throw new GitError(`the commit ${ref} is not in this checkout${remote === undefined ? '' : ` and could not be fetched from ${remote}`}. ${FETCH_HINT}`);
}

/**
 * A branch's tip: the remote's (its remote-tracking ref, fetched once at depth 1 when missing),
 * else a local branch of that name; undefined when neither can be had.
 */
export async function branchTip(repo: RepoLike, branch: string, policy: FetchPolicy = {}): Promise<string | undefined> {
  const remote = await findRemote(repo, policy.remote);
  const local = `refs/heads/${branch}`;
  if (remote === undefined) return revParse(repo, local);
  const tracking = `refs/remotes/${remote}/${branch}`;
  const found = (await revParse(repo, tracking)) ?? (await revParse(repo, local));
  if (found !== undefined || policy.fetch === false) return found;
  policy.log?.(`Fetching ${branch} from ${remote}`);
  await tryGit(repo, ['fetch', '--no-tags', '--quiet', '--depth=1', '--end-of-options', remote, `+${local}:${tracking}`]);
  return revParse(repo, tracking);
}

/** Commits fetched per step while a shallow clone is deepened; after the last step, the whole history. */
export const DEEPEN_STEPS: readonly number[] = [50, 200, 800, 3200];

export interface Deepening<T> {
  value: T | undefined;
  /** How many fetches deepened the clone (0 when `found` answered at once). */
  deepened: number;
  /** Whether the whole history was fetched in the end. */
  unshallowed: boolean;
}

export interface DeepenOptions extends FetchPolicy {
  /** What is looked for, for the log: `the merge base`, `the previous release tag`. */
  what: string;
  /** Refs or commits to deepen along as well as the remote's default ones (fetched by name or id). */
  refs?: readonly string[];
  /** Fetch tags on the way (a release looks for its previous tag). */
  tags?: boolean;
}

/**
 * Asks `found` and, while it has no answer and the clone is shallow, deepens the clone step by
 * step (DEEPEN_STEPS, then the whole history) and asks again. The one deepening loop.
 */
export async function deepenUntil<T>(repo: RepoLike, found: () => Promise<T | undefined>, options: DeepenOptions): Promise<Deepening<T>> {
  let value = await found();
  let deepened = 0;
  if (value !== undefined || options.fetch === false || !(await isShallow(repo))) return { value, deepened, unshallowed: false };
  const remote = await findRemote(repo, options.remote);
  if (remote === undefined) return { value, deepened, unshallowed: false };
  const tags = options.tags ? ['--tags'] : ['--no-tags'];
  const refs = options.refs ?? [];
  for (const step of DEEPEN_STEPS) {
    options.log?.(`Shallow clone: deepening by ${step} commits to find ${options.what}`);
    // With the refs when the remote serves them; a remote that refuses one is deepened along its own branches.
    const withRefs = refs.length > 0 && (await gitSucceeds(repo, ['fetch', ...tags, '--quiet', `--deepen=${step}`, '--end-of-options', remote, ...refs]));
    if (!withRefs) await git(repo, ['fetch', ...tags, '--quiet', `--deepen=${step}`, '--end-of-options', remote]);
    deepened++;
    value = await found();
    if (value !== undefined || !(await isShallow(repo))) return { value, deepened, unshallowed: false };
  }
  options.log?.(`Shallow clone: fetching the whole history to find ${options.what}`);
  await git(repo, ['fetch', ...tags, '--quiet', '--unshallow', '--end-of-options', remote]);
  deepened++;
  return { value: await found(), deepened, unshallowed: true };
}

export interface MergeBase {
  sha: string;
  deepened: number;
  unshallowed: boolean;
}

/**
 * The merge base of `a` and `b` (commits or refs), deepening a shallow clone until it is there.
 * Throws a GitError that says why it is not: unrelated histories, or history the clone lacks.
 */
export async function mergeBase(repo: RepoLike, a: string, b: string, policy: FetchPolicy & { refs?: readonly string[] } = {}): Promise<MergeBase> {
  const attempt = async () => (await tryGit(repo, ['merge-base', '--end-of-options', a, b]))?.trim().split('\n')[0] || undefined;
  const refs = policy.refs ?? [a, b].filter(isFullSha);
  const found = await deepenUntil(repo, attempt, { ...policy, refs, what: 'the merge base' });
  if (found.value !== undefined) return { sha: found.value, deepened: found.deepened, unshallowed: found.unshallowed };
  const short = (ref: string) => (isFullSha(ref) ? ref.slice(0, 12) : ref);
  if (await isShallow(repo))
    throw new GitError(
      `the merge base of ${short(a)} and ${short(b)} is not in this shallow checkout${policy.fetch === false ? '' : ', and it could not be fetched'}. ${FETCH_HINT}`,
    );
  for (const ref of [a, b])
    if ((await revParse(repo, ref)) === undefined)
      throw new GitError(`${short(ref)} is not a commit in this checkout: name a branch, tag or commit it has (fetch it first when only the remote has it)`);
  throw new GitError(`${short(a)} and ${short(b)} have no common history: there is no merge base to compare with`);
}
