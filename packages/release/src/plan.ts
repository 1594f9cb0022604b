// The plan: what a release would do, as data, computed offline from the analysis; and the
// executor that carries it out against the GitHub REST API, idempotently.
import { glob, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gitResult, type RepoLike } from '@devops-actions/git';
import * as semver from './semver.ts';
import type { Analysis, ComponentRelease, MovingTag } from './analyze.ts';

export interface PlannedCall {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** The route template with values filled in: `POST /repos/acme/app/git/refs`. */
  path: string;
  /** What the call is for, in words. */
  purpose: string;
}

export interface PlannedRelease {
  component: string | null;
  version: string;
  tag: string;
  sha: string;
  name: string;
  notes: string;
  prerelease: boolean;
  /** Whether this release may become `latest` (only stable ones; the executor checks it is the highest). */
  latestCandidate: boolean;
  assets: string[];
  movingTags: MovingTag[];
  calls: PlannedCall[];
}

export interface PlanOptions {
  owner: string;
  repo: string;
  /** Globs of files to attach, relative to the working directory. */
  assets?: string[];
  /** `{tag}`, `{version}`, `{component}` are replaced; default: the tag. */
  releaseName?: string;
}

export interface Plan {
  releases: PlannedRelease[];
  /** Components with nothing to release, and why. */
  skipped: { component: string | null; reason: string }[];
}

/** Pure: from the analysis to the releases and the API calls they would take on a first run. */
export function planRelease(analysis: Analysis, options: PlanOptions): Plan {
  const repoPath = `/repos/${options.owner}/${options.repo}`;
  const releases: PlannedRelease[] = [];
  const skipped: Plan['skipped'] = [];
  for (const c of analysis.components) {
    if (!c.releasable || c.version === undefined || c.tag === undefined) {
      skipped.push({ component: c.component, reason: c.reason });
      continue;
    }
    const name = (options.releaseName ?? '{tag}')
      .replaceAll('{tag}', c.tag)
      .replaceAll('{version}', c.version)
      .replaceAll('{component}', c.component ?? '');
    const assets = options.assets ?? [];
    const calls: PlannedCall[] = [
      { method: 'GET', path: `${repoPath}/git/ref/tags/${c.tag}`, purpose: `check whether ${c.tag} exists` },
      { method: 'POST', path: `${repoPath}/git/refs`, purpose: `create the tag ${c.tag} at ${c.sha.slice(0, 7)}` },
      { method: 'GET', path: `${repoPath}/releases/tags/${c.tag}`, purpose: 'look for a published release of the tag' },
      { method: 'GET', path: `${repoPath}/releases`, purpose: 'look for a draft of the release' },
      { method: 'POST', path: `${repoPath}/releases`, purpose: `create ${name} as a draft${c.prerelease ? ' prerelease' : ''}` },
    ];
    if (assets.length > 0) calls.push({ method: 'POST', path: `${repoPath}/releases/{id}/assets`, purpose: `upload the files matching ${assets.join(', ')}` });
    if (!c.prerelease) calls.push({ method: 'GET', path: `${repoPath}/releases/latest`, purpose: 'compare with the latest release' });
    calls.push({ method: 'PATCH', path: `${repoPath}/releases/{id}`, purpose: `publish${c.prerelease ? ' as a prerelease' : ''}` });
    for (const moving of c.movingTags) {
      calls.push({ method: 'GET', path: `${repoPath}/git/ref/tags/${moving.tag}`, purpose: `read the moving tag ${moving.tag}` });
      calls.push({
        method: 'POST',
        path: `${repoPath}/git/refs`,
        purpose: `create ${moving.tag} at ${moving.sha.slice(0, 7)} (or move it forward with PATCH)`,
      });
    }
    releases.push({
      component: c.component,
      version: c.version,
      tag: c.tag,
      sha: c.sha,
      name,
      notes: c.notes,
      prerelease: c.prerelease,
      latestCandidate: !c.prerelease,
      assets,
      movingTags: c.movingTags,
      calls,
    });
  }
  return { releases, skipped };
}

// ---------------------------------------------------------------------------
// The executor.

/** Octokit's `request`, or anything shaped like it: throws an error with `status` on non-2xx. */
export type RequestFn = (route: string, params?: Record<string, unknown>) => Promise<{ status: number; data: unknown }>;

export class ReleaseError extends Error {
  override readonly name = 'ReleaseError';
}

/** The token lacks a permission; the message names the `permissions:` entry. */
export class ReleasePermissionError extends Error {
  override readonly name = 'PermissionError';
  readonly permission: string;
  constructor(permission: string, what: string) {
    super(`GitHub refused to ${what} (403): the workflow's token needs \`permissions: ${permission}\`. Add to the job:\n  permissions:\n    ${permission}`);
    this.permission = permission;
  }
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

interface ReleaseData {
  id: number;
  tag_name: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  html_url: string;
  upload_url: string;
  target_commitish: string;
  assets?: { id: number; name: string; size: number }[];
}

export interface ExecuteOptions {
  request: RequestFn;
  owner: string;
  repo: string;
  cwd: string;
  /** Move major/minor tags backwards (to a commit that does not descend from their current one). */
  allowRewind?: boolean;
  /** Replace assets that exist with the same name but another size (default true). */
  replaceAssets?: boolean;
  log?: (message: string) => void;
}

export interface ExecutedRelease {
  component: string | null;
  version: string;
  tag: string;
  id: number;
  url: string;
  uploadUrl: string;
  /** What was done, step by step (`created tag`, `reused draft`, `published`...). */
  steps: string[];
  movedTags: string[];
  assets: string[];
}

async function call<T>(options: ExecuteOptions, what: string, route: string, params: Record<string, unknown> = {}): Promise<T> {
  try {
    const response = await options.request(route, { owner: options.owner, repo: options.repo, ...params });
    return response.data as T;
  } catch (error) {
    // The toolkit's client already names the permission.
    if ((error as Error).name === 'PermissionError') throw error;
    const status = statusOf(error);
    const isWrite = !route.startsWith('GET ');
    const message = (error as Error).message ?? '';
    if (status === 403 && !/rate limit/i.test(message)) throw new ReleasePermissionError(isWrite ? 'contents: write' : 'contents: read', what);
    throw error;
  }
}

async function maybe<T>(options: ExecuteOptions, what: string, route: string, params: Record<string, unknown> = {}): Promise<T | undefined> {
  try {
    return await call<T>(options, what, route, params);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

interface RefData {
  ref: string;
  object: { sha: string; type: string };
}

async function readTagCommit(options: ExecuteOptions, tag: string): Promise<string | undefined> {
  const ref = await maybe<RefData | RefData[]>(options, `read the tag ${tag}`, 'GET /repos/{owner}/{repo}/git/ref/{ref}', { ref: `tags/${tag}` });
  // GitHub answers a prefix match with a list; only an exact ref counts.
  const exact = Array.isArray(ref) ? ref.find((r) => r.ref === `refs/tags/${tag}`) : ref;
  if (!exact) return undefined;
  if (exact.object.type === 'tag') {
    const object = await call<{ object: { sha: string } }>(options, `read the annotated tag ${tag}`, 'GET /repos/{owner}/{repo}/git/tags/{tag_sha}', {
      tag_sha: exact.object.sha,
    });
    return object.object.sha;
  }
  return exact.object.sha;
}

async function findRelease(options: ExecuteOptions, tag: string): Promise<ReleaseData | undefined> {
  const published = await maybe<ReleaseData>(options, `read the release ${tag}`, 'GET /repos/{owner}/{repo}/releases/tags/{tag}', { tag });
  if (published) return published;
  // Drafts are not found by tag: look through the newest releases.
  const list = await call<ReleaseData[]>(options, 'list releases', 'GET /repos/{owner}/{repo}/releases', { per_page: 100 });
  return list.find((r) => r.tag_name === tag);
}

async function resolveAssets(cwd: string, patterns: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    let matched = 0;
    for await (const file of glob(pattern, { cwd })) {
      const info = await stat(join(cwd, file));
      if (!info.isFile()) continue;
      files.add(file);
      matched++;
    }
    if (matched === 0) throw new ReleaseError(`assets: the pattern "${pattern}" matches no file in ${cwd}`);
  }
  return [...files].sort();
}

/** Ancestry from the local checkout when it has both commits; undefined (the API's compare answers then) otherwise. */
async function localAncestry(repo: RepoLike, ancestor: string, descendant: string): Promise<boolean | undefined> {
  // One process: exit 0 is yes, 1 is no, anything else (a commit the clone lacks) is unknown here.
  const { code } = await gitResult(repo, ['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant]);
  return code === 0 ? true : code === 1 ? false : undefined;
}

async function isAncestorOf(options: ExecuteOptions, ancestor: string, descendant: string): Promise<boolean> {
  const local = await localAncestry(options.cwd, ancestor, descendant);
  if (local !== undefined) return local;
  const compare = await call<{ status: string }>(options, 'compare commits', 'GET /repos/{owner}/{repo}/compare/{basehead}', {
    basehead: `${ancestor}...${descendant}`,
  });
  return compare.status === 'ahead' || compare.status === 'identical';
}

/** Creates or moves the moving tags (`v1`, `v1.4`): never backwards unless allowed; no release objects. */
export async function moveTags(options: ExecuteOptions, tags: readonly MovingTag[]): Promise<string[]> {
  const moved: string[] = [];
  for (const moving of tags) {
    const current = await readTagCommit(options, moving.tag);
    if (current === moving.sha) continue;
    if (current === undefined) {
      await call(options, `create the tag ${moving.tag}`, 'POST /repos/{owner}/{repo}/git/refs', { ref: `refs/tags/${moving.tag}`, sha: moving.sha });
    } else {
      if (!options.allowRewind && !(await isAncestorOf(options, current, moving.sha)))
        throw new ReleaseError(
          `refusing to move ${moving.tag} from ${current.slice(0, 7)} to ${moving.sha.slice(0, 7)}: the new commit does not descend from the current one (it would go backwards); set allow-rewind: true to force it`,
        );
      await call(options, `move the tag ${moving.tag}`, 'PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
        ref: `tags/${moving.tag}`,
        sha: moving.sha,
        force: true,
      });
    }
    moved.push(moving.tag);
    options.log?.(`${current === undefined ? 'Created' : 'Moved'} ${moving.tag} → ${moving.sha.slice(0, 7)}`);
  }
  return moved;
}

/**
 * Carries out one planned release. Every step first looks at what exists, keyed on (tag, SHA),
 * so a re-run after a failure at any step finishes the job without duplicates.
 */
export async function executeRelease(planned: PlannedRelease, options: ExecuteOptions): Promise<ExecutedRelease> {
  const steps: string[] = [];
  const log = options.log ?? (() => undefined);

  // 1. The tag, at the commit being released.
  const existing = await readTagCommit(options, planned.tag);
  if (existing !== undefined && existing !== planned.sha)
    throw new ReleaseError(
      `the tag ${planned.tag} already exists at ${existing.slice(0, 7)}, not at ${planned.sha.slice(0, 7)} (the commit being released); delete the tag or release another version`,
    );
  if (existing === undefined) {
    await call(options, `create the tag ${planned.tag}`, 'POST /repos/{owner}/{repo}/git/refs', { ref: `refs/tags/${planned.tag}`, sha: planned.sha });
    steps.push(`created tag ${planned.tag}`);
  } else steps.push(`tag ${planned.tag} already at ${planned.sha.slice(0, 7)}`);
  log(steps[steps.length - 1] ?? '');

  // 2. The release, as a draft until its assets are there.
  let release = await findRelease(options, planned.tag);
  if (!release) {
    release = await call<ReleaseData>(options, 'create the release', 'POST /repos/{owner}/{repo}/releases', {
      tag_name: planned.tag,
      target_commitish: planned.sha,
      name: planned.name,
      body: planned.notes,
      draft: true,
      prerelease: planned.prerelease,
    });
    steps.push('created draft');
  } else if ((release.body ?? '') !== planned.notes || release.name !== planned.name || release.prerelease !== planned.prerelease) {
    release = await call<ReleaseData>(options, 'update the release', 'PATCH /repos/{owner}/{repo}/releases/{release_id}', {
      release_id: release.id,
      name: planned.name,
      body: planned.notes,
      prerelease: planned.prerelease,
    });
    steps.push(release.draft ? 'updated draft' : 'updated notes');
  } else steps.push(release.draft ? 'reused draft' : 'release already published');
  log(steps[steps.length - 1] ?? '');

  // 3. Assets, by name: present with the same size → skipped; another size → replaced.
  const uploaded: string[] = [];
  if (planned.assets.length > 0) {
    const files = await resolveAssets(options.cwd, planned.assets);
    const present =
      release.assets ??
      (await call<{ id: number; name: string; size: number }[]>(options, 'list assets', 'GET /repos/{owner}/{repo}/releases/{release_id}/assets', {
        release_id: release.id,
        per_page: 100,
      }));
    for (const file of files) {
      const name = basename(file);
      const data = await readFile(join(options.cwd, file));
      const same = present.find((a) => a.name === name);
      if (same && (same.size === data.length || options.replaceAssets === false)) {
        steps.push(`asset ${name} already uploaded`);
        continue;
      }
      if (same) await call(options, `replace the asset ${name}`, 'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}', { asset_id: same.id });
      await call(options, `upload the asset ${name}`, 'POST {url}', {
        url: release.upload_url,
        name,
        data,
        headers: { 'content-type': 'application/octet-stream', 'content-length': data.length },
      });
      uploaded.push(name);
      steps.push(`${same ? 'replaced' : 'uploaded'} asset ${name}`);
    }
  }

  // 4. Publish; `latest` only for the highest stable version.
  if (release.draft) {
    let makeLatest: 'true' | 'false' = 'false';
    if (planned.latestCandidate) {
      const latest = await maybe<ReleaseData>(options, 'read the latest release', 'GET /repos/{owner}/{repo}/releases/latest');
      const latestVersion = latest ? semver.coerce(latest.tag_name.slice(latest.tag_name.search(/\d/)), { includePrerelease: false }) : null;
      const mine = semver.parse(planned.version);
      makeLatest = !latest || !latestVersion || (mine !== null && semver.gte(mine, latestVersion)) ? 'true' : 'false';
    }
    release = await call<ReleaseData>(options, 'publish the release', 'PATCH /repos/{owner}/{repo}/releases/{release_id}', {
      release_id: release.id,
      draft: false,
      make_latest: makeLatest,
    });
    steps.push(`published${makeLatest === 'true' ? ' as latest' : ''}`);
    log(steps[steps.length - 1] ?? '');
  }

  // 5. Moving tags, after the release is out.
  const movedTags = await moveTags(options, planned.movingTags);

  return {
    component: planned.component,
    version: planned.version,
    tag: planned.tag,
    id: release.id,
    url: release.html_url,
    uploadUrl: release.upload_url,
    steps,
    movedTags,
    assets: uploaded,
  };
}

/** The releases of a component analysis, for callers that plan and render one component. */
export function releasableComponents(analysis: Analysis): ComponentRelease[] {
  return analysis.components.filter((c) => c.releasable);
}
