// What the fake answers, per operationId, rendered from FakeState in GitHub's shapes.
import { gunzipSync } from 'node:zlib';
import {
  fakeSha,
  same,
  timestamp,
  type ArtifactRecord,
  type AssetRecord,
  type CheckRunRecord,
  type CommentRecord,
  type CommitFileRecord,
  type CommitRecord,
  type DeploymentRecord,
  type DeploymentStatusRecord,
  type FakeState,
  type PullRecord,
  type ReleaseRecord,
  type RepoRecord,
  type UserRecord,
} from './state.ts';

export interface Context {
  state: FakeState;
  params: Record<string, string>;
  query: Record<string, string>;
  body: Record<string, unknown>;
  rawBody: Buffer;
  headers: Record<string, string | string[] | undefined>;
  /** The fake's own origin, e.g. http://127.0.0.1:4711. */
  base: string;
  serverUrl: string;
  /** `owner/repo` from the path, when the route has them. */
  repo: string;
  /** The request path with its query, for pagination links. */
  path: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (ctx: Context) => Reply;

const DOCS = 'https://docs.github.com/rest';

export function errorReply(status: number, message: string, extra: Record<string, unknown> = {}): Reply {
  return { status, body: { message, documentation_url: DOCS, status: String(status), ...extra } };
}

const notFound = (): Reply => errorReply(404, 'Not Found');
const validationFailed = (errors: Record<string, unknown>[], message = 'Validation Failed'): Reply => errorReply(422, message, { errors });

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');
}

function user(ctx: Context, u: UserRecord): Record<string, unknown> {
  return {
    login: u.login,
    id: u.id,
    node_id: nodeId('User', u.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '',
    url: `${ctx.base}/users/${encodeURIComponent(u.login)}`,
    html_url: `${ctx.serverUrl}/${encodeURIComponent(u.login)}`,
    followers_url: `${ctx.base}/users/${encodeURIComponent(u.login)}/followers`,
    following_url: `${ctx.base}/users/${encodeURIComponent(u.login)}/following{/other_user}`,
    gists_url: `${ctx.base}/users/${encodeURIComponent(u.login)}/gists{/gist_id}`,
    starred_url: `${ctx.base}/users/${encodeURIComponent(u.login)}/starred{/owner}{/repo}`,
    subscriptions_url: `${ctx.base}/users/${encodeURIComponent(u.login)}/subscriptions`,
    organizations_url: `${ctx.base}/users/${encodeURIComponent(u.login)}/orgs`,
    repos_url: `${ctx.base}/users/${encodeURIComponent(u.login)}/repos`,
    events_url: `${ctx.base}/users/${encodeURIComponent(u.login)}/events{/privacy}`,
    received_events_url: `${ctx.base}/users/${encodeURIComponent(u.login)}/received_events`,
    type: u.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

function repoUrl(ctx: Context, repo = ctx.repo): string {
  return `${ctx.base}/repos/${repo}`;
}

function htmlRepoUrl(ctx: Context, repo = ctx.repo): string {
  return `${ctx.serverUrl}/${repo}`;
}

function renderRepo(ctx: Context, repo: RepoRecord): Record<string, unknown> {
  const [owner = '', name = ''] = repo.fullName.split('/');
  const url = repoUrl(ctx, repo.fullName);
  const html = htmlRepoUrl(ctx, repo.fullName);
  const links: Record<string, string> = {};
  for (const [key, suffix] of Object.entries(REPO_LINKS)) links[key] = `${url}${suffix}`;
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name,
    full_name: repo.fullName,
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    owner: user(ctx, { login: owner, id: 1000000 + owner.length, type: 'Organization' }),
    html_url: html,
    description: repo.description,
    fork: repo.fork,
    url,
    ...links,
    git_url: `git://github.com/${repo.fullName}.git`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    license: null,
    size: 1024,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: 0,
    open_issues_count: 0,
    network_count: 0,
    subscribers_count: 1,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    default_branch: repo.defaultBranch,
    archived: false,
    disabled: false,
    topics: [],
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    pushed_at: '2026-01-01T00:00:00Z',
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}

const REPO_LINKS: Record<string, string> = {
  archive_url: '/{archive_format}{/ref}',
  assignees_url: '/assignees{/user}',
  blobs_url: '/git/blobs{/sha}',
  branches_url: '/branches{/branch}',
  collaborators_url: '/collaborators{/collaborator}',
  comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}',
  compare_url: '/compare/{base}...{head}',
  contents_url: '/contents/{+path}',
  contributors_url: '/contributors',
  deployments_url: '/deployments',
  downloads_url: '/downloads',
  events_url: '/events',
  forks_url: '/forks',
  git_commits_url: '/git/commits{/sha}',
  git_refs_url: '/git/refs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  hooks_url: '/hooks',
  issue_comment_url: '/issues/comments{/number}',
  issue_events_url: '/issues/events{/number}',
  issues_url: '/issues{/number}',
  keys_url: '/keys{/key_id}',
  labels_url: '/labels{/name}',
  languages_url: '/languages',
  merges_url: '/merges',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}',
  releases_url: '/releases{/id}',
  stargazers_url: '/stargazers',
  statuses_url: '/statuses/{sha}',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  tags_url: '/tags',
  teams_url: '/teams',
  trees_url: '/git/trees{/sha}',
};

/** Slices a list for `per_page`/`page` and adds GitHub's Link header. */
function paginate<T>(ctx: Context, items: T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(ctx.query.per_page ?? 30) || 30, 1), 100);
  const page = Math.max(Number(ctx.query.page ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (p: number): string => {
    const url = new URL(ctx.path, ctx.base);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(p));
    return url.toString();
  };
  const links: string[] = [];
  if (page < last) links.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
  if (page > 1) links.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
  return { items: items.slice((page - 1) * perPage, page * perPage), headers: links.length > 0 ? { link: links.join(', ') } : {} };
}

function list<T>(ctx: Context, items: T[], render: (item: T) => unknown): Reply {
  const { items: pageItems, headers } = paginate(ctx, items);
  return { status: 200, body: pageItems.map(render), headers };
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const bool = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

// ---------------------------------------------------------------------------
// git refs and tags

function renderRef(ctx: Context, ref: { ref: string; sha: string }): Record<string, unknown> {
  const isTag = ctx.state.tags.some((t) => same(t.repo, ctx.repo) && t.sha === ref.sha);
  return {
    ref: ref.ref,
    node_id: nodeId('Ref', ref.ref),
    url: `${repoUrl(ctx)}/git/${ref.ref}`,
    object: { type: isTag ? 'tag' : 'commit', sha: ref.sha, url: `${repoUrl(ctx)}/git/${isTag ? 'tags' : 'commits'}/${ref.sha}` },
  };
}

function objectExists(ctx: Context, sha: string): boolean {
  const known = ctx.state.commits.some((c) => same(c.repo, ctx.repo));
  if (!known) return true; // nothing seeded: accept any sha
  return ctx.state.commit(ctx.repo, sha) !== undefined || ctx.state.tags.some((t) => same(t.repo, ctx.repo) && t.sha === sha);
}

const gitRoutes: Record<string, Handler> = {
  'git/get-ref': (ctx) => {
    const ref = ctx.state.findRef(ctx.repo, ctx.params.ref ?? '');
    return ref ? { status: 200, body: renderRef(ctx, ref) } : notFound();
  },
  'git/list-matching-refs': (ctx) => {
    const prefix = `refs/${ctx.params.ref ?? ''}`;
    const refs = ctx.state.refs.filter((r) => same(r.repo, ctx.repo) && r.ref.startsWith(prefix)).sort((a, b) => a.ref.localeCompare(b.ref));
    return { status: 200, body: refs.map((r) => renderRef(ctx, r)) };
  },
  'git/create-ref': (ctx) => {
    const ref = str(ctx.body.ref) ?? '';
    const sha = str(ctx.body.sha) ?? '';
    if (!/^refs\/.+\/.+/.test(ref)) return errorReply(422, `${ref} is not a valid ref name.`);
    if (ctx.state.findRef(ctx.repo, ref)) return errorReply(422, 'Reference already exists');
    if (!objectExists(ctx, sha)) return errorReply(422, 'Object does not exist');
    return { status: 201, body: renderRef(ctx, ctx.state.setRef(ctx.repo, ref, sha)) };
  },
  'git/update-ref': (ctx) => {
    const existing = ctx.state.findRef(ctx.repo, ctx.params.ref ?? '');
    if (!existing) return errorReply(422, 'Reference does not exist');
    const sha = str(ctx.body.sha) ?? '';
    if (!objectExists(ctx, sha)) return errorReply(422, 'Object does not exist');
    const fastForward = !ctx.state.commit(ctx.repo, existing.sha) || !ctx.state.commit(ctx.repo, sha) || ctx.state.isAncestor(ctx.repo, existing.sha, sha);
    if (ctx.body.force !== true && !fastForward) return errorReply(422, 'Update is not a fast forward');
    existing.sha = sha;
    return { status: 200, body: renderRef(ctx, existing) };
  },
  'git/delete-ref': (ctx) => {
    const existing = ctx.state.findRef(ctx.repo, ctx.params.ref ?? '');
    if (!existing) return errorReply(422, 'Reference does not exist');
    ctx.state.refs.splice(ctx.state.refs.indexOf(existing), 1);
    return { status: 204 };
  },
  'git/create-tag': (ctx) => {
    const objectSha = str(ctx.body.object) ?? '';
    if (!objectExists(ctx, objectSha)) return errorReply(422, 'Object does not exist');
    const tagger = (ctx.body.tagger as { name?: string; email?: string; date?: string } | undefined) ?? {};
    const record = {
      repo: ctx.repo,
      sha: fakeSha(`tag:${ctx.repo}:${String(ctx.body.tag)}:${objectSha}:${ctx.state.newId()}`),
      tag: str(ctx.body.tag) ?? '',
      message: str(ctx.body.message) ?? '',
      object: { sha: objectSha, type: str(ctx.body.type) ?? 'commit' },
      tagger: {
        name: tagger.name ?? 'github-actions[bot]',
        email: tagger.email ?? '41898282+github-actions[bot]@users.noreply.github.com',
        date: tagger.date ?? timestamp(),
      },
    };
    ctx.state.tags.push(record);
    return { status: 201, body: renderTag(ctx, record) };
  },
  'git/get-tag': (ctx) => {
    const tag = ctx.state.tags.find((t) => same(t.repo, ctx.repo) && t.sha === ctx.params.tag_sha);
    return tag ? { status: 200, body: renderTag(ctx, tag) } : notFound();
  },
};

function renderTag(ctx: Context, tag: FakeState['tags'][number]): Record<string, unknown> {
  return {
    node_id: nodeId('Tag', tag.sha),
    tag: tag.tag,
    sha: tag.sha,
    url: `${repoUrl(ctx)}/git/tags/${tag.sha}`,
    message: tag.message,
    tagger: tag.tagger,
    object: { ...tag.object, url: `${repoUrl(ctx)}/git/commits/${tag.object.sha}` },
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

// ---------------------------------------------------------------------------
// releases and assets

function renderAsset(ctx: Context, release: ReleaseRecord, asset: AssetRecord): Record<string, unknown> {
  return {
    url: `${repoUrl(ctx)}/releases/assets/${asset.id}`,
    browser_download_url: `${htmlRepoUrl(ctx)}/releases/download/${encodeURIComponent(release.tagName)}/${encodeURIComponent(asset.name)}`,
    id: asset.id,
    node_id: nodeId('ReleaseAsset', asset.id),
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.data.length,
    digest: null,
    download_count: 0,
    created_at: asset.createdAt,
    updated_at: asset.createdAt,
    uploader: user(ctx, ctx.state.actor),
  };
}

function renderRelease(ctx: Context, release: ReleaseRecord): Record<string, unknown> {
  const url = `${repoUrl(ctx)}/releases/${release.id}`;
  return {
    url,
    html_url: release.draft
      ? `${htmlRepoUrl(ctx)}/releases/tag/untagged-${release.id}`
      : `${htmlRepoUrl(ctx)}/releases/tag/${encodeURIComponent(release.tagName)}`,
    assets_url: `${url}/assets`,
    upload_url: `${url}/assets{?name,label}`,
    tarball_url: `${repoUrl(ctx)}/tarball/${encodeURIComponent(release.tagName)}`,
    zipball_url: `${repoUrl(ctx)}/zipball/${encodeURIComponent(release.tagName)}`,
    id: release.id,
    node_id: nodeId('Release', release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: false,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    author: user(ctx, ctx.state.actor),
    assets: release.assets.map((a) => renderAsset(ctx, release, a)),
  };
}

function releaseById(ctx: Context): ReleaseRecord | undefined {
  return ctx.state.releases.find((r) => same(r.repo, ctx.repo) && r.id === Number(ctx.params.release_id));
}

function ensureTag(ctx: Context, release: ReleaseRecord): void {
  if (release.draft || ctx.state.findRef(ctx.repo, `refs/tags/${release.tagName}`)) return;
  const sha = ctx.state.resolve(ctx.repo, release.targetCommitish) ?? fakeSha(`${ctx.repo}:${release.targetCommitish}`);
  ctx.state.setRef(ctx.repo, `refs/tags/${release.tagName}`, sha);
}

function assetById(ctx: Context): { release: ReleaseRecord; asset: AssetRecord } | undefined {
  for (const release of ctx.state.releases.filter((r) => same(r.repo, ctx.repo))) {
    const asset = release.assets.find((a) => a.id === Number(ctx.params.asset_id));
    if (asset) return { release, asset };
  }
  return undefined;
}

const releaseRoutes: Record<string, Handler> = {
  'repos/create-release': (ctx) => {
    const tagName = str(ctx.body.tag_name) ?? '';
    if (ctx.state.releaseByTag(ctx.repo, tagName)) return validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    const draft = bool(ctx.body.draft) ?? false;
    const now = timestamp();
    const release: ReleaseRecord = {
      repo: ctx.repo,
      id: ctx.state.newId(),
      tagName,
      targetCommitish: str(ctx.body.target_commitish) ?? ctx.state.repo(ctx.repo).defaultBranch,
      name: str(ctx.body.name) ?? null,
      body: str(ctx.body.body) ?? null,
      draft,
      prerelease: bool(ctx.body.prerelease) ?? false,
      makeLatest: (str(ctx.body.make_latest) as ReleaseRecord['makeLatest'] | undefined) ?? 'true',
      createdAt: now,
      publishedAt: draft ? null : now,
      assets: [],
    };
    ctx.state.releases.push(release);
    ensureTag(ctx, release);
    return { status: 201, body: renderRelease(ctx, release), headers: { location: `${repoUrl(ctx)}/releases/${release.id}` } };
  },
  'repos/update-release': (ctx) => {
    const release = releaseById(ctx);
    if (!release) return notFound();
    const tagName = str(ctx.body.tag_name);
    if (tagName !== undefined && tagName !== release.tagName && ctx.state.releaseByTag(ctx.repo, tagName)) {
      return validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    }
    if (tagName !== undefined) release.tagName = tagName;
    release.targetCommitish = str(ctx.body.target_commitish) ?? release.targetCommitish;
    if ('name' in ctx.body) release.name = str(ctx.body.name) ?? null;
    if ('body' in ctx.body) release.body = str(ctx.body.body) ?? null;
    release.prerelease = bool(ctx.body.prerelease) ?? release.prerelease;
    release.makeLatest = (str(ctx.body.make_latest) as ReleaseRecord['makeLatest'] | undefined) ?? release.makeLatest;
    const draft = bool(ctx.body.draft);
    if (draft !== undefined && draft !== release.draft) {
      release.draft = draft;
      release.publishedAt = draft ? null : timestamp();
    }
    ensureTag(ctx, release);
    return { status: 200, body: renderRelease(ctx, release) };
  },
  'repos/get-release': (ctx) => {
    const release = releaseById(ctx);
    return release ? { status: 200, body: renderRelease(ctx, release) } : notFound();
  },
  'repos/get-release-by-tag': (ctx) => {
    const release = ctx.state.releaseByTag(ctx.repo, ctx.params.tag ?? '');
    return release && !release.draft ? { status: 200, body: renderRelease(ctx, release) } : notFound();
  },
  'repos/get-latest-release': (ctx) => {
    const candidates = ctx.state.releases.filter((r) => same(r.repo, ctx.repo) && !r.draft && !r.prerelease && r.makeLatest !== 'false');
    const latest = candidates.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || b.id - a.id)[0];
    return latest ? { status: 200, body: renderRelease(ctx, latest) } : notFound();
  },
  'repos/list-releases': (ctx) =>
    list(
      ctx,
      ctx.state.releases.filter((r) => same(r.repo, ctx.repo)).sort((a, b) => b.id - a.id),
      (r) => renderRelease(ctx, r),
    ),
  'repos/delete-release': (ctx) => {
    const release = releaseById(ctx);
    if (!release) return notFound();
    ctx.state.releases.splice(ctx.state.releases.indexOf(release), 1);
    return { status: 204 };
  },
  'repos/list-release-assets': (ctx) => {
    const release = releaseById(ctx);
    return release ? list(ctx, release.assets, (a) => renderAsset(ctx, release, a)) : notFound();
  },
  'repos/upload-release-asset': (ctx) => {
    const release = releaseById(ctx);
    if (!release) return notFound();
    const name = ctx.query.name ?? '';
    if (release.assets.some((a) => a.name === name)) return validationFailed([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
    const asset: AssetRecord = {
      id: ctx.state.newId(),
      releaseId: release.id,
      name,
      label: ctx.query.label ?? null,
      contentType: String(ctx.headers['content-type'] ?? 'application/octet-stream'),
      data: ctx.rawBody,
      createdAt: timestamp(),
    };
    release.assets.push(asset);
    return { status: 201, body: renderAsset(ctx, release, asset) };
  },
  'repos/get-release-asset': (ctx) => {
    const found = assetById(ctx);
    if (!found) return notFound();
    if (String(ctx.headers.accept ?? '').includes('application/octet-stream')) {
      return { status: 200, body: found.asset.data, headers: { 'content-type': 'application/octet-stream' } };
    }
    return { status: 200, body: renderAsset(ctx, found.release, found.asset) };
  },
  'repos/update-release-asset': (ctx) => {
    const found = assetById(ctx);
    if (!found) return notFound();
    found.asset.name = str(ctx.body.name) ?? found.asset.name;
    if ('label' in ctx.body) found.asset.label = str(ctx.body.label) ?? null;
    return { status: 200, body: renderAsset(ctx, found.release, found.asset) };
  },
  'repos/delete-release-asset': (ctx) => {
    const found = assetById(ctx);
    if (!found) return notFound();
    found.release.assets.splice(found.release.assets.indexOf(found.asset), 1);
    return { status: 204 };
  },
};

// ---------------------------------------------------------------------------
// deployments

function renderDeployment(ctx: Context, d: DeploymentRecord): Record<string, unknown> {
  const url = `${repoUrl(ctx)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: user(ctx, ctx.state.actor),
    created_at: d.createdAt,
    updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoUrl(ctx),
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
  };
}

function renderDeploymentStatus(ctx: Context, d: DeploymentRecord, s: DeploymentStatusRecord): Record<string, unknown> {
  return {
    url: `${repoUrl(ctx)}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DeploymentStatus', s.id),
    state: s.state,
    creator: user(ctx, ctx.state.actor),
    description: s.description,
    environment: s.environment,
    target_url: s.logUrl,
    log_url: s.logUrl,
    environment_url: s.environmentUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${repoUrl(ctx)}/deployments/${d.id}`,
    repository_url: repoUrl(ctx),
  };
}

/** The latest state of each commit status context and check run on `sha` that is not a success. */
function failingContexts(ctx: Context, sha: string, required: string[] | undefined): { context: string; state: string }[] {
  const latest = new Map<string, string>();
  for (const s of ctx.state.statuses) if (same(s.repo, ctx.repo) && s.sha === sha) latest.set(s.context, s.state);
  for (const c of ctx.state.checkRuns) {
    if (same(c.repo, ctx.repo) && c.headSha === sha)
      latest.set(
        c.name,
        c.status === 'completed' ? (c.conclusion === 'success' || c.conclusion === 'skipped' || c.conclusion === 'neutral' ? 'success' : 'failure') : 'pending',
      );
  }
  const contexts = required ?? [...latest.keys()];
  return contexts.map((context) => ({ context, state: latest.get(context) ?? 'missing' })).filter((c) => c.state !== 'success');
}

function deploymentById(ctx: Context): DeploymentRecord | undefined {
  return ctx.state.deployments.find((d) => same(d.repo, ctx.repo) && d.id === Number(ctx.params.deployment_id));
}

const deploymentRoutes: Record<string, Handler> = {
  'repos/create-deployment': (ctx) => {
    const ref = str(ctx.body.ref) ?? '';
    const sha = ctx.state.resolve(ctx.repo, ref);
    if (!sha && ctx.state.refs.some((r) => same(r.repo, ctx.repo))) return errorReply(422, `No ref found for: ${ref}`);
    if (sha) {
      // GitHub verifies the commit's statuses and check runs first: every context by default.
      const failing = failingContexts(ctx, sha, Array.isArray(ctx.body.required_contexts) ? (ctx.body.required_contexts as string[]) : undefined);
      if (failing.length > 0) {
        return errorReply(409, `Conflict: Commit status checks failed for ${ref}.`, {
          errors: [
            { contexts: failing.map((f) => ({ context: f.context, state: f.state })), resource: 'Deployment', field: 'required_contexts', code: 'invalid' },
          ],
        });
      }
    }
    const environment = str(ctx.body.environment) ?? 'production';
    const deployment: DeploymentRecord = {
      repo: ctx.repo,
      id: ctx.state.newId(),
      sha: sha ?? fakeSha(`${ctx.repo}:${ref}`),
      ref,
      task: str(ctx.body.task) ?? 'deploy',
      payload: typeof ctx.body.payload === 'string' ? safeJson(ctx.body.payload) : (ctx.body.payload ?? {}),
      environment,
      originalEnvironment: environment,
      description: str(ctx.body.description) ?? null,
      transientEnvironment: bool(ctx.body.transient_environment) ?? false,
      productionEnvironment: bool(ctx.body.production_environment) ?? environment === 'production',
      createdAt: timestamp(),
      statuses: [],
    };
    ctx.state.deployments.push(deployment);
    return { status: 201, body: renderDeployment(ctx, deployment) };
  },
  'repos/list-deployments': (ctx) => {
    const q = ctx.query;
    const items = ctx.state.deployments
      .filter((d) => same(d.repo, ctx.repo))
      .filter((d) => (q.sha === undefined || d.sha === q.sha) && (q.ref === undefined || d.ref === q.ref))
      .filter((d) => (q.task === undefined || d.task === q.task) && (q.environment === undefined || d.environment === q.environment))
      .sort((a, b) => b.id - a.id);
    return list(ctx, items, (d) => renderDeployment(ctx, d));
  },
  'repos/get-deployment': (ctx) => {
    const d = deploymentById(ctx);
    return d ? { status: 200, body: renderDeployment(ctx, d) } : notFound();
  },
  'repos/delete-deployment': (ctx) => {
    const d = deploymentById(ctx);
    if (!d) return notFound();
    const active = ctx.state.deployments.filter((x) => same(x.repo, ctx.repo) && x.environment === d.environment).sort((a, b) => b.id - a.id)[0] === d;
    if (active && d.statuses.at(-1)?.state === 'success') {
      return errorReply(422, 'We cannot delete an active deployment unless it is the only deployment in a given environment.');
    }
    ctx.state.deployments.splice(ctx.state.deployments.indexOf(d), 1);
    return { status: 204 };
  },
  'repos/create-deployment-status': (ctx) => {
    const d = deploymentById(ctx);
    if (!d) return notFound();
    const state = str(ctx.body.state) ?? '';
    const status: DeploymentStatusRecord = {
      id: ctx.state.newId(),
      state,
      description: str(ctx.body.description) ?? '',
      environment: str(ctx.body.environment) ?? d.environment,
      logUrl: str(ctx.body.log_url) ?? str(ctx.body.target_url) ?? '',
      environmentUrl: str(ctx.body.environment_url) ?? '',
      createdAt: timestamp(),
    };
    d.environment = status.environment;
    d.statuses.push(status);
    if (state === 'success' && ctx.body.auto_inactive !== false) {
      // GitHub: prior non-transient, non-production deployments of the same environment that
      // had a success state get an inactive status.
      for (const other of ctx.state.deployments) {
        if (other === d || !same(other.repo, ctx.repo) || other.environment !== d.environment) continue;
        if (other.transientEnvironment || other.productionEnvironment || other.id > d.id) continue;
        if (other.statuses.at(-1)?.state !== 'success') continue;
        other.statuses.push({ ...status, id: ctx.state.newId(), state: 'inactive', description: '', logUrl: '', environmentUrl: '', createdAt: timestamp() });
      }
    }
    return { status: 201, body: renderDeploymentStatus(ctx, d, status) };
  },
  'repos/list-deployment-statuses': (ctx) => {
    const d = deploymentById(ctx);
    if (!d) return notFound();
    return list(ctx, [...d.statuses].reverse(), (s) => renderDeploymentStatus(ctx, d, s));
  },
  'repos/get-deployment-status': (ctx) => {
    const d = deploymentById(ctx);
    const s = d?.statuses.find((x) => x.id === Number(ctx.params.status_id));
    return d && s ? { status: 200, body: renderDeploymentStatus(ctx, d, s) } : notFound();
  },
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

// ---------------------------------------------------------------------------
// issue comments

function renderComment(ctx: Context, c: CommentRecord): Record<string, unknown> {
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${repoUrl(ctx)}/issues/comments/${c.id}`,
    html_url: `${htmlRepoUrl(ctx)}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${repoUrl(ctx)}/issues/${c.issueNumber}`,
    body: c.body,
    user: user(ctx, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  };
}

function commentById(ctx: Context): CommentRecord | undefined {
  return ctx.state.comments.find((c) => same(c.repo, ctx.repo) && c.id === Number(ctx.params.comment_id));
}

const GITHUB_COMMENT_LIMIT = 65536;

const commentRoutes: Record<string, Handler> = {
  'issues/list-comments': (ctx) => {
    const since = ctx.query.since;
    const items = ctx.state.commentsOn(ctx.repo, Number(ctx.params.issue_number)).filter((c) => since === undefined || c.updatedAt >= since);
    return list(
      ctx,
      items.sort((a, b) => a.id - b.id),
      (c) => renderComment(ctx, c),
    );
  },
  'issues/create-comment': (ctx) => {
    const body = str(ctx.body.body) ?? '';
    if (body.length > GITHUB_COMMENT_LIMIT)
      return validationFailed([{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'Body is too long (maximum is 65536 characters)' }]);
    const comment = ctx.state.addComment(ctx.repo, Number(ctx.params.issue_number), body, ctx.state.actor);
    return { status: 201, body: renderComment(ctx, comment), headers: { location: `${repoUrl(ctx)}/issues/comments/${comment.id}` } };
  },
  'issues/get-comment': (ctx) => {
    const c = commentById(ctx);
    return c ? { status: 200, body: renderComment(ctx, c) } : notFound();
  },
  'issues/update-comment': (ctx) => {
    const c = commentById(ctx);
    if (!c) return notFound();
    const body = str(ctx.body.body) ?? '';
    if (body.length > GITHUB_COMMENT_LIMIT)
      return validationFailed([{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'Body is too long (maximum is 65536 characters)' }]);
    c.body = body;
    c.updatedAt = timestamp();
    return { status: 200, body: renderComment(ctx, c) };
  },
  'issues/delete-comment': (ctx) => {
    const c = commentById(ctx);
    if (!c) return notFound();
    ctx.state.comments.splice(ctx.state.comments.indexOf(c), 1);
    return { status: 204 };
  },
};

// ---------------------------------------------------------------------------
// pull requests

function renderPull(ctx: Context, p: PullRecord): Record<string, unknown> {
  const url = `${repoUrl(ctx)}/pulls/${p.number}`;
  const [headOwner = ''] = p.headRepo.split('/');
  const [baseOwner = ''] = p.repo.split('/');
  const headRepo = ctx.state.repo(p.headRepo, same(p.headRepo, p.repo) ? {} : { fork: true });
  return {
    url,
    id: 500000 + p.number,
    node_id: nodeId('PullRequest', p.number),
    html_url: `${htmlRepoUrl(ctx)}/pull/${p.number}`,
    diff_url: `${htmlRepoUrl(ctx)}/pull/${p.number}.diff`,
    patch_url: `${htmlRepoUrl(ctx)}/pull/${p.number}.patch`,
    issue_url: `${repoUrl(ctx)}/issues/${p.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl(ctx)}/pulls/comments{/number}`,
    comments_url: `${repoUrl(ctx)}/issues/${p.number}/comments`,
    statuses_url: `${repoUrl(ctx)}/statuses/${p.headSha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: user(ctx, p.user),
    body: p.body,
    labels: p.labels.map((name, i) => ({
      id: 9000 + i,
      node_id: nodeId('Label', name),
      url: `${repoUrl(ctx)}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false,
    })),
    created_at: p.createdAt,
    updated_at: p.createdAt,
    closed_at: p.state === 'closed' ? (p.mergedAt ?? p.createdAt) : null,
    merged_at: p.mergedAt,
    merge_commit_sha: p.mergeCommitSha,
    draft: p.draft,
    head: {
      label: `${headOwner}:${p.headRef}`,
      ref: p.headRef,
      sha: p.headSha,
      user: user(ctx, { login: headOwner, id: 1000000 + headOwner.length, type: 'User' }),
      repo: renderRepo(ctx, headRepo),
    },
    base: {
      label: `${baseOwner}:${p.baseRef}`,
      ref: p.baseRef,
      sha: p.baseSha,
      user: user(ctx, { login: baseOwner, id: 1000000 + baseOwner.length, type: 'Organization' }),
      repo: renderRepo(ctx, ctx.state.repo(p.repo)),
    },
    author_association: 'MEMBER',
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    milestone: null,
    auto_merge: null,
    active_lock_reason: null,
    _links: {
      self: { href: url },
      html: { href: `${htmlRepoUrl(ctx)}/pull/${p.number}` },
      issue: { href: `${repoUrl(ctx)}/issues/${p.number}` },
      comments: { href: `${repoUrl(ctx)}/issues/${p.number}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repoUrl(ctx)}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${repoUrl(ctx)}/statuses/${p.headSha}` },
    },
    merged: p.mergedAt !== null,
    merged_by: null,
    mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
    maintainer_can_modify: false,
    rebaseable: p.state === 'open' ? true : null,
    review_comments: 0,
    mergeable: p.state === 'open' ? true : null,
    comments: ctx.state.commentsOn(p.repo, p.number).length,
    commits: 1,
    additions: p.files.reduce((n, f) => n + f.additions, 0),
    deletions: p.files.reduce((n, f) => n + f.deletions, 0),
    changed_files: p.files.length,
  };
}

function renderFile(ctx: Context, ref: string, f: CommitFileRecord & { sha?: string }): Record<string, unknown> {
  return {
    sha: f.sha ?? fakeSha(`blob:${f.filename}:${ref}`),
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${htmlRepoUrl(ctx)}/blob/${ref}/${f.filename}`,
    raw_url: `${htmlRepoUrl(ctx)}/raw/${ref}/${f.filename}`,
    contents_url: `${repoUrl(ctx)}/contents/${f.filename}?ref=${ref}`,
    ...(f.patch === undefined ? {} : { patch: f.patch }),
    ...(f.previousFilename === undefined ? {} : { previous_filename: f.previousFilename }),
  };
}

function pullByNumber(ctx: Context): PullRecord | undefined {
  return ctx.state.pulls.find((p) => same(p.repo, ctx.repo) && p.number === Number(ctx.params.pull_number));
}

const pullRoutes: Record<string, Handler> = {
  'pulls/get': (ctx) => {
    const p = pullByNumber(ctx);
    return p ? { status: 200, body: renderPull(ctx, p) } : notFound();
  },
  'pulls/list': (ctx) => {
    const state = ctx.query.state ?? 'open';
    const items = ctx.state.pulls
      .filter((p) => same(p.repo, ctx.repo) && (state === 'all' || p.state === state))
      .filter(
        (p) =>
          (ctx.query.base === undefined || p.baseRef === ctx.query.base) &&
          (ctx.query.head === undefined || `${p.headRepo.split('/')[0]}:${p.headRef}` === ctx.query.head),
      )
      .sort((a, b) => b.number - a.number);
    return list(ctx, items, (p) => renderPull(ctx, p));
  },
  'pulls/list-files': (ctx) => {
    const p = pullByNumber(ctx);
    return p ? list(ctx, p.files, (f) => renderFile(ctx, p.headSha, f)) : notFound();
  },
  'repos/list-pull-requests-associated-with-commit': (ctx) => {
    const sha = ctx.params.commit_sha ?? '';
    const items = ctx.state.pulls.filter((p) => same(p.repo, ctx.repo) && (p.headSha === sha || p.mergeCommitSha === sha));
    return list(ctx, items, (p) => renderPull(ctx, p));
  },
};

// ---------------------------------------------------------------------------
// check runs and commit statuses

function renderCheckRun(ctx: Context, c: CheckRunRecord): Record<string, unknown> {
  return {
    id: c.id,
    head_sha: c.headSha,
    node_id: nodeId('CheckRun', c.id),
    external_id: c.externalId,
    url: `${repoUrl(ctx)}/check-runs/${c.id}`,
    html_url: `${htmlRepoUrl(ctx)}/runs/${c.id}`,
    details_url: c.detailsUrl,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.startedAt,
    completed_at: c.completedAt,
    output: { ...c.output, annotations_count: c.annotations.length, annotations_url: `${repoUrl(ctx)}/check-runs/${c.id}/annotations` },
    name: c.name,
    check_suite: { id: 7000 },
    app: {
      id: 15368,
      slug: 'github-actions',
      node_id: nodeId('App', 15368),
      name: 'GitHub Actions',
      owner: user(ctx, { login: 'github', id: 9919, type: 'Organization' }),
      description: 'Automate your workflow from idea to production',
      external_url: 'https://help.github.com/en/actions',
      html_url: `${ctx.serverUrl}/apps/github-actions`,
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2024-04-10T20:33:16Z',
      permissions: { checks: 'write', contents: 'write', metadata: 'read' },
      events: ['check_run', 'push'],
    },
    pull_requests: [],
  };
}

function applyCheckRun(ctx: Context, run: CheckRunRecord): void {
  const b = ctx.body;
  run.name = str(b.name) ?? run.name;
  run.detailsUrl = str(b.details_url) ?? run.detailsUrl;
  run.externalId = str(b.external_id) ?? run.externalId;
  run.startedAt = str(b.started_at) ?? run.startedAt;
  if (b.conclusion !== undefined) {
    run.conclusion = str(b.conclusion) ?? null;
    run.status = 'completed';
    run.completedAt = str(b.completed_at) ?? timestamp();
  }
  if (b.status !== undefined) run.status = str(b.status) ?? run.status;
  const output = b.output as { title?: string; summary?: string; text?: string; annotations?: Record<string, unknown>[] } | undefined;
  if (output) {
    run.output = { title: output.title ?? run.output.title, summary: output.summary ?? run.output.summary, text: output.text ?? run.output.text };
    run.annotations.push(...(output.annotations ?? []));
  }
}

const checkRoutes: Record<string, Handler> = {
  'checks/create': (ctx) => {
    const run: CheckRunRecord = {
      repo: ctx.repo,
      id: ctx.state.newId(),
      name: '',
      headSha: str(ctx.body.head_sha) ?? '',
      status: 'queued',
      conclusion: null,
      detailsUrl: null,
      externalId: null,
      startedAt: timestamp(),
      completedAt: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
    };
    applyCheckRun(ctx, run);
    ctx.state.checkRuns.push(run);
    return { status: 201, body: renderCheckRun(ctx, run) };
  },
  'checks/update': (ctx) => {
    const run = ctx.state.checkRuns.find((c) => same(c.repo, ctx.repo) && c.id === Number(ctx.params.check_run_id));
    if (!run) return notFound();
    applyCheckRun(ctx, run);
    return { status: 200, body: renderCheckRun(ctx, run) };
  },
  'checks/get': (ctx) => {
    const run = ctx.state.checkRuns.find((c) => same(c.repo, ctx.repo) && c.id === Number(ctx.params.check_run_id));
    return run ? { status: 200, body: renderCheckRun(ctx, run) } : notFound();
  },
  'checks/list-annotations': (ctx) => {
    const run = ctx.state.checkRuns.find((c) => same(c.repo, ctx.repo) && c.id === Number(ctx.params.check_run_id));
    return run ? list(ctx, run.annotations, (a) => ({ ...a, blob_href: '' })) : notFound();
  },
  'checks/list-for-ref': (ctx) => {
    const sha = ctx.state.resolve(ctx.repo, ctx.params.ref ?? '') ?? ctx.params.ref;
    const runs = ctx.state.checkRuns.filter(
      (c) => same(c.repo, ctx.repo) && c.headSha === sha && (ctx.query.check_name === undefined || c.name === ctx.query.check_name),
    );
    const { items, headers } = paginate(ctx, runs);
    return { status: 200, body: { total_count: runs.length, check_runs: items.map((c) => renderCheckRun(ctx, c)) }, headers };
  },
  'repos/create-commit-status': (ctx) => {
    const record = {
      repo: ctx.repo,
      id: ctx.state.newId(),
      sha: ctx.params.sha ?? '',
      state: str(ctx.body.state) ?? '',
      context: str(ctx.body.context) ?? 'default',
      description: str(ctx.body.description) ?? null,
      targetUrl: str(ctx.body.target_url) ?? null,
      createdAt: timestamp(),
    };
    ctx.state.statuses.push(record);
    return {
      status: 201,
      body: {
        url: `${repoUrl(ctx)}/statuses/${record.sha}`,
        avatar_url: null,
        id: record.id,
        node_id: nodeId('StatusContext', record.id),
        state: record.state,
        description: record.description,
        target_url: record.targetUrl,
        context: record.context,
        created_at: record.createdAt,
        updated_at: record.createdAt,
        creator: user(ctx, ctx.state.actor),
      },
    };
  },
};

// ---------------------------------------------------------------------------
// commits and compare

function renderCommit(ctx: Context, c: CommitRecord, withFiles: boolean): Record<string, unknown> {
  return {
    url: `${repoUrl(ctx)}/commits/${c.sha}`,
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    html_url: `${htmlRepoUrl(ctx)}/commit/${c.sha}`,
    comments_url: `${repoUrl(ctx)}/commits/${c.sha}/comments`,
    commit: {
      url: `${repoUrl(ctx)}/git/commits/${c.sha}`,
      author: c.author,
      committer: c.author,
      message: c.message,
      comment_count: 0,
      tree: { sha: fakeSha(`tree:${c.sha}`), url: `${repoUrl(ctx)}/git/trees/${fakeSha(`tree:${c.sha}`)}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: null,
    committer: null,
    parents: c.parents.map((sha) => ({ sha, url: `${repoUrl(ctx)}/commits/${sha}`, html_url: `${htmlRepoUrl(ctx)}/commit/${sha}` })),
    ...(withFiles
      ? {
          stats: {
            additions: c.files.reduce((n, f) => n + f.additions, 0),
            deletions: c.files.reduce((n, f) => n + f.deletions, 0),
            total: c.files.reduce((n, f) => n + f.additions + f.deletions, 0),
          },
          files: c.files.map((f) => renderFile(ctx, c.sha, f)),
        }
      : {}),
  };
}

/** Commits reachable from `head`, newest first (first-parent order is enough for the fake). */
function history(ctx: Context, head: string): CommitRecord[] {
  const out: CommitRecord[] = [];
  const seen = new Set<string>();
  const queue = [head];
  while (queue.length > 0) {
    const sha = queue.shift()!;
    if (seen.has(sha)) continue;
    seen.add(sha);
    const c = ctx.state.commit(ctx.repo, sha);
    if (!c) continue;
    out.push(c);
    queue.push(...c.parents);
  }
  return out;
}

const commitRoutes: Record<string, Handler> = {
  'repos/list-commits': (ctx) => {
    const start = ctx.state.resolve(ctx.repo, ctx.query.sha ?? ctx.state.repo(ctx.repo).defaultBranch);
    if (!start) return notFound();
    let commits = history(ctx, start);
    if (ctx.query.path !== undefined)
      commits = commits.filter((c) => c.files.some((f) => f.filename === ctx.query.path || f.filename.startsWith(`${ctx.query.path}/`)));
    return list(ctx, commits, (c) => renderCommit(ctx, c, false));
  },
  'repos/get-commit': (ctx) => {
    const sha = ctx.state.resolve(ctx.repo, ctx.params.ref ?? '');
    const c = sha === undefined ? undefined : ctx.state.commit(ctx.repo, sha);
    return c ? { status: 200, body: renderCommit(ctx, c, true) } : errorReply(422, `No commit found for SHA: ${ctx.params.ref}`);
  },
  'repos/compare-commits-with-basehead': (ctx) => {
    const m = /^(.+?)\.\.\.?(.+)$/.exec(ctx.params.basehead ?? '');
    if (!m) return notFound();
    const base = ctx.state.resolve(ctx.repo, m[1]!);
    const head = ctx.state.resolve(ctx.repo, m[2]!);
    if (!base || !head || !ctx.state.commit(ctx.repo, base) || !ctx.state.commit(ctx.repo, head)) return notFound();
    const baseHistory = new Set(history(ctx, base).map((c) => c.sha));
    const headHistory = history(ctx, head);
    const ahead = headHistory.filter((c) => !baseHistory.has(c.sha));
    const headSet = new Set(headHistory.map((c) => c.sha));
    const behind = [...baseHistory].filter((sha) => !headSet.has(sha));
    const mergeBase = headHistory.find((c) => baseHistory.has(c.sha)) ?? ctx.state.commit(ctx.repo, base)!;
    const status = ahead.length === 0 && behind.length === 0 ? 'identical' : behind.length === 0 ? 'ahead' : ahead.length === 0 ? 'behind' : 'diverged';
    const files = new Map<string, CommitFileRecord>();
    for (const c of [...ahead].reverse()) for (const f of c.files) files.set(f.filename, f);
    const { items, headers } = paginate(ctx, [...ahead].reverse());
    return {
      status: 200,
      headers,
      body: {
        url: `${repoUrl(ctx)}/compare/${ctx.params.basehead}`,
        html_url: `${htmlRepoUrl(ctx)}/compare/${ctx.params.basehead}`,
        permalink_url: `${htmlRepoUrl(ctx)}/compare/${base}...${head}`,
        diff_url: `${htmlRepoUrl(ctx)}/compare/${ctx.params.basehead}.diff`,
        patch_url: `${htmlRepoUrl(ctx)}/compare/${ctx.params.basehead}.patch`,
        base_commit: renderCommit(ctx, ctx.state.commit(ctx.repo, base)!, false),
        merge_base_commit: renderCommit(ctx, mergeBase, false),
        status,
        ahead_by: ahead.length,
        behind_by: behind.length,
        total_commits: ahead.length,
        commits: items.map((c) => renderCommit(ctx, c, false)),
        files: [...files.values()].map((f) => renderFile(ctx, head, f)),
      },
    };
  },
};

// ---------------------------------------------------------------------------
// code scanning

const sarifRoutes: Record<string, Handler> = {
  'code-scanning/upload-sarif': (ctx) => {
    let sarif: unknown;
    try {
      sarif = JSON.parse(gunzipSync(Buffer.from(str(ctx.body.sarif) ?? '', 'base64')).toString('utf8')) as unknown;
    } catch {
      return errorReply(400, 'Invalid SARIF: the sarif field must be a gzip-compressed, base64-encoded SARIF log');
    }
    const log = sarif as { version?: unknown; runs?: unknown };
    if (log.version !== '2.1.0' || !Array.isArray(log.runs)) return errorReply(400, 'Invalid SARIF: expected version "2.1.0" and a runs array');
    const ref = str(ctx.body.ref) ?? '';
    if (!/^refs\/(heads|tags|pull)\/.+/.test(ref)) return errorReply(422, `Invalid ref: ${ref}`);
    const id = fakeSha(`sarif:${ctx.state.newId()}`).slice(0, 36);
    ctx.state.sarifUploads.push({
      repo: ctx.repo,
      id,
      commitSha: str(ctx.body.commit_sha) ?? '',
      ref,
      toolName: str(ctx.body.tool_name) ?? null,
      checkoutUri: str(ctx.body.checkout_uri) ?? null,
      sarif,
      createdAt: timestamp(),
    });
    return { status: 202, body: { id, url: `${repoUrl(ctx)}/code-scanning/sarifs/${id}` } };
  },
  'code-scanning/get-sarif': (ctx) => {
    const upload = ctx.state.sarifUploads.find((u) => same(u.repo, ctx.repo) && u.id === ctx.params.sarif_id);
    return upload
      ? { status: 200, body: { processing_status: 'complete', analyses_url: `${repoUrl(ctx)}/code-scanning/analyses?sarif_id=${upload.id}`, errors: null } }
      : notFound();
  },
};

// ---------------------------------------------------------------------------
// workflow artifacts (uploaded through the runner's results service, see ../actions-results.ts)

function renderArtifact(ctx: Context, a: ArtifactRecord): Record<string, unknown> {
  const url = `${ctx.base}/repos/${a.repo}/actions/artifacts/${a.id}`;
  const repoId = ctx.state.repo(a.repo).id;
  return {
    id: a.id,
    node_id: nodeId('Artifact', a.id),
    name: a.name,
    size_in_bytes: a.sizeInBytes,
    url,
    archive_download_url: `${url}/zip`,
    expired: a.expired,
    created_at: a.createdAt,
    updated_at: a.createdAt,
    expires_at: a.expiresAt,
    digest: a.digest,
    workflow_run: { id: a.runId, repository_id: repoId, head_repository_id: repoId, head_branch: a.headBranch, head_sha: a.headSha },
  };
}

const artifactRoutes: Record<string, Handler> = {
  'actions/list-artifacts-for-repo': (ctx) => {
    const name = ctx.query.name;
    const found = ctx.state.artifacts.filter((a) => same(a.repo, ctx.repo) && (name === undefined || a.name === name)).reverse();
    const { items, headers } = paginate(ctx, found);
    return { status: 200, body: { total_count: found.length, artifacts: items.map((a) => renderArtifact(ctx, a)) }, headers };
  },
  'actions/get-artifact': (ctx) => {
    const artifact = ctx.state.artifacts.find((a) => same(a.repo, ctx.repo) && a.id === Number(ctx.params.artifact_id));
    return artifact ? { status: 200, body: renderArtifact(ctx, artifact) } : notFound();
  },
  'actions/download-artifact': (ctx) => {
    const artifact = ctx.state.artifacts.find((a) => same(a.repo, ctx.repo) && a.id === Number(ctx.params.artifact_id));
    if (!artifact || ctx.params.archive_format !== 'zip') return notFound();
    if (artifact.expired) return errorReply(410, 'Artifact has expired');
    return { status: 302, headers: { location: artifact.downloadUrl } };
  },
};

const repoRoutes: Record<string, Handler> = {
  'repos/get': (ctx) => ({ status: 200, body: renderRepo(ctx, ctx.state.repo(ctx.repo)) }),
};

export const ROUTES: Record<string, Handler> = {
  ...repoRoutes,
  ...gitRoutes,
  ...releaseRoutes,
  ...deploymentRoutes,
  ...commentRoutes,
  ...pullRoutes,
  ...checkRoutes,
  ...commitRoutes,
  ...sarifRoutes,
  ...artifactRoutes,
};
