import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '@devops-actions/toolkit/runner';
import { startGitHubFake, type GitHubFake } from '../harness/github-fake/index.ts';
import { createRepo } from '../harness/git.ts';

const token = `test-${randomUUID()}`;
let fake: GitHubFake;
let gh: GitHubClient;

beforeEach(async () => {
  fake = await startGitHubFake({ validateResponses: true });
  gh = await createGitHubClient(token, { baseUrl: fake.url, timeUnitMs: 1, log: () => {} });
});

afterEach(async () => {
  await fake.close();
});

async function raw(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${fake.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: response.headers };
}

describe('request validation against the OpenAPI description', () => {
  it('rejects a deployment status with an invalid state, naming the operation and the field', async () => {
    const { data: deployment } = await gh.rest.repos.createDeployment({ owner: 'acme', repo: 'app', ref: 'main', environment: 'staging', auto_merge: false });
    if (!('id' in deployment)) throw new Error(deployment.message);
    const error = await gh
      .request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        owner: 'acme',
        repo: 'app',
        deployment_id: deployment.id,
        state: 'done' as unknown as 'success', // invalid on purpose
      })
      .catch((e: unknown) => e as { status: number; message: string });
    expect(error).toMatchObject({ status: 422 });
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]!.operationId).toBe('repos/create-deployment-status');
    expect(fake.violations[0]!.message).toContain('repos/create-deployment-status');
    expect(fake.violations[0]!.message).toContain('"state"');
    expect(() => fake.assertNoViolations()).toThrow(/repos\/create-deployment-status.*state/);
    // Nothing was stored.
    expect(fake.state.deployments[0]!.statuses).toEqual([]);
  });

  it('rejects an unknown route with 404 and a wrong method with 405', async () => {
    const unknown = await raw('GET', '/repos/acme/app/not-a-thing');
    expect(unknown.status).toBe(404);
    const wrong = await raw('PUT', '/repos/acme/app/releases/1', { name: 'x' });
    expect(wrong.status).toBe(405);
    expect(fake.violations.map((v) => v.kind)).toEqual(['unknown-route', 'wrong-method']);
    expect(fake.violations[1]!.message).toMatch(/PUT is not allowed on \/repos\/\{owner\}\/\{repo\}\/releases\/\{release_id\}/);
    expect(fake.calls.map((c) => c.status)).toEqual([404, 405]);
  });

  it('rejects a missing required body field, a wrong query type and a missing required query parameter', async () => {
    expect((await raw('POST', '/repos/acme/app/releases', { name: 'no tag' })).status).toBe(422);
    expect((await raw('GET', '/repos/acme/app/issues/1/comments?per_page=many')).status).toBe(422);
    expect((await raw('POST', '/repos/acme/app/releases/1/assets', undefined)).status).toBe(422);
    expect(fake.violations.map((v) => v.message)).toEqual([
      expect.stringMatching(/repos\/create-release: body "tag_name" must have required property/),
      expect.stringMatching(/issues\/list-comments: query "per_page" must be integer/),
      expect.stringMatching(/repos\/upload-release-asset: query "name" must have required property/),
    ]);
  });

  it('accepts nullable fields the description marks as nullable and records the call', async () => {
    const { data: release } = await gh.rest.repos.createRelease({ owner: 'acme', repo: 'app', tag_name: 'v1.0.0' });
    await gh.request('PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}', { owner: 'acme', repo: 'app', asset_id: 1, name: 'x' }).catch(() => undefined);
    expect(release.tag_name).toBe('v1.0.0');
    fake.assertNoViolations();
    expect(fake.calls[0]).toMatchObject({
      method: 'POST',
      path: '/repos/acme/app/releases',
      operationId: 'repos/create-release',
      status: 201,
      body: { tag_name: 'v1.0.0' },
      token,
    });
  });

  it('answers 401 without a token', async () => {
    const response = await fetch(`${fake.url}/repos/acme/app`);
    expect(response.status).toBe(401);
  });
});

describe('state', () => {
  it('creates a release, gets it by tag, uploads an asset to its upload_url and finds it as latest', async () => {
    const { data: created } = await gh.rest.repos.createRelease({
      owner: 'acme',
      repo: 'app',
      tag_name: 'v1.2.0',
      name: 'v1.2.0',
      body: 'notes',
      target_commitish: 'main',
    });
    expect(created.upload_url).toBe(`${fake.url}/repos/acme/app/releases/${created.id}/assets{?name,label}`);
    const { data: byTag } = await gh.rest.repos.getReleaseByTag({ owner: 'acme', repo: 'app', tag: 'v1.2.0' });
    expect(byTag).toMatchObject({ id: created.id, name: 'v1.2.0', body: 'notes', draft: false, html_url: 'https://github.com/acme/app/releases/tag/v1.2.0' });

    const { data: asset } = await gh.rest.repos.uploadReleaseAsset({
      owner: 'acme',
      repo: 'app',
      release_id: created.id,
      name: 'app.tar.gz',
      url: created.upload_url,
      data: Buffer.from('archive bytes') as unknown as string,
      headers: { 'content-type': 'application/gzip' },
    });
    expect(asset).toMatchObject({ name: 'app.tar.gz', size: 13, content_type: 'application/gzip', state: 'uploaded' });
    expect(fake.state.releases[0]!.assets[0]!.data.toString()).toBe('archive bytes');

    const { data: latest } = await gh.rest.repos.getLatestRelease({ owner: 'acme', repo: 'app' });
    expect(latest.assets.map((a) => a.name)).toEqual(['app.tar.gz']);
    // The release's tag now exists.
    expect(fake.state.findRef('acme/app', 'refs/tags/v1.2.0')).toBeDefined();

    const duplicate = await gh.rest.repos.createRelease({ owner: 'acme', repo: 'app', tag_name: 'v1.2.0' }).catch((e: unknown) => e as { status: number });
    expect(duplicate.status).toBe(422);
    fake.assertNoViolations();
  });

  it('hides a draft from get-by-tag until it is published', async () => {
    const { data: draft } = await gh.rest.repos.createRelease({ owner: 'acme', repo: 'app', tag_name: 'v2.0.0', draft: true });
    await expect(gh.rest.repos.getReleaseByTag({ owner: 'acme', repo: 'app', tag: 'v2.0.0' })).rejects.toMatchObject({ status: 404 });
    await gh.rest.repos.updateRelease({ owner: 'acme', repo: 'app', release_id: draft.id, draft: false });
    const { data } = await gh.rest.repos.getReleaseByTag({ owner: 'acme', repo: 'app', tag: 'v2.0.0' });
    expect(data.published_at).not.toBeNull();
    await gh.rest.repos.deleteRelease({ owner: 'acme', repo: 'app', release_id: draft.id });
    expect(fake.state.releases).toEqual([]);
    fake.assertNoViolations();
  });

  it('creates a ref and updates it; refuses a non-fast-forward without force', async () => {
    const repo = createRepo();
    try {
      const first = repo.sha('HEAD');
      const second = repo.commit('feat: two', { files: { 'a.txt': 'a' } });
      repo.checkout('other', true);
      repo.git(['reset', '--hard', '--quiet', first]);
      const side = repo.commit('fix: side', { files: { 'b.txt': 'b' } });
      fake.state.importGit('acme/app', repo.dir);

      const { data: created } = await gh.rest.git.createRef({ owner: 'acme', repo: 'app', ref: 'refs/tags/v1', sha: first });
      expect(created).toMatchObject({ ref: 'refs/tags/v1', object: { sha: first, type: 'commit' } });
      const { data: moved } = await gh.rest.git.updateRef({ owner: 'acme', repo: 'app', ref: 'tags/v1', sha: second });
      expect(moved.object.sha).toBe(second);
      expect((await gh.rest.git.getRef({ owner: 'acme', repo: 'app', ref: 'tags/v1' })).data.object.sha).toBe(second);

      await expect(gh.rest.git.updateRef({ owner: 'acme', repo: 'app', ref: 'tags/v1', sha: side })).rejects.toThrow(/not a fast forward/);
      await gh.rest.git.updateRef({ owner: 'acme', repo: 'app', ref: 'tags/v1', sha: side, force: true });
      expect(fake.state.findRef('acme/app', 'refs/tags/v1')!.sha).toBe(side);

      await expect(gh.rest.git.createRef({ owner: 'acme', repo: 'app', ref: 'refs/tags/v1', sha: first })).rejects.toMatchObject({ status: 422 });
      await expect(gh.rest.git.createRef({ owner: 'acme', repo: 'app', ref: 'refs/tags/v9', sha: 'f'.repeat(40) })).rejects.toMatchObject({ status: 422 });
      const { data: matching } = await gh.rest.git.listMatchingRefs({ owner: 'acme', repo: 'app', ref: 'heads/' });
      expect(matching.map((r) => r.ref)).toEqual(['refs/heads/main', 'refs/heads/other']);

      await gh.rest.git.deleteRef({ owner: 'acme', repo: 'app', ref: 'tags/v1' });
      await expect(gh.rest.git.getRef({ owner: 'acme', repo: 'app', ref: 'tags/v1' })).rejects.toMatchObject({ status: 404 });
      fake.assertNoViolations();
    } finally {
      repo.cleanup();
    }
  });

  it('creates annotated tag objects that refs can point at', async () => {
    const sha = 'a'.repeat(40);
    const { data: tag } = await gh.rest.git.createTag({ owner: 'acme', repo: 'app', tag: 'v3.0.0', message: 'v3.0.0', object: sha, type: 'commit' });
    await gh.rest.git.createRef({ owner: 'acme', repo: 'app', ref: 'refs/tags/v3.0.0', sha: tag.sha });
    const { data: ref } = await gh.rest.git.getRef({ owner: 'acme', repo: 'app', ref: 'tags/v3.0.0' });
    expect(ref.object).toMatchObject({ type: 'tag', sha: tag.sha });
    expect((await gh.rest.git.getTag({ owner: 'acme', repo: 'app', tag_sha: tag.sha })).data.object.sha).toBe(sha);
    fake.assertNoViolations();
  });

  it('keeps deployments and statuses, marking earlier successful ones inactive', async () => {
    const make = async (): Promise<number> => {
      const { data } = await gh.rest.repos.createDeployment({
        owner: 'acme',
        repo: 'app',
        ref: 'main',
        environment: 'staging',
        auto_merge: false,
        required_contexts: [],
        production_environment: false,
      });
      if (!('id' in data)) throw new Error(data.message);
      return data.id;
    };
    const first = await make();
    await gh.rest.repos.createDeploymentStatus({
      owner: 'acme',
      repo: 'app',
      deployment_id: first,
      state: 'success',
      environment_url: 'https://staging.example.test',
    });
    const second = await make();
    expect(second).not.toBe(first);
    await gh.rest.repos.createDeploymentStatus({ owner: 'acme', repo: 'app', deployment_id: second, state: 'in_progress' });
    await gh.rest.repos.createDeploymentStatus({ owner: 'acme', repo: 'app', deployment_id: second, state: 'success' });
    const { data: statuses } = await gh.rest.repos.listDeploymentStatuses({ owner: 'acme', repo: 'app', deployment_id: first });
    expect(statuses.map((s) => s.state)).toEqual(['inactive', 'success']);
    expect(fake.state.deploymentStatuses('acme/app', second).map((s) => s.state)).toEqual(['in_progress', 'success']);
    const { data: list } = await gh.rest.repos.listDeployments({ owner: 'acme', repo: 'app', environment: 'staging' });
    expect(list.map((d) => d.id)).toEqual([second, first]);
    fake.assertNoViolations();
  });

  it('refuses a deployment while the commit has failing checks, unless required_contexts says otherwise', async () => {
    const sha = 'd'.repeat(40);
    fake.state.setRef('acme/app', 'refs/heads/main', sha);
    await gh.rest.repos.createCommitStatus({ owner: 'acme', repo: 'app', sha, state: 'failure', context: 'ci/lint' });
    await expect(gh.rest.repos.createDeployment({ owner: 'acme', repo: 'app', ref: 'main', auto_merge: false })).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining('Commit status checks failed for main') as unknown,
    });
    const { data } = await gh.rest.repos.createDeployment({ owner: 'acme', repo: 'app', ref: 'main', auto_merge: false, required_contexts: [] });
    expect(data).toMatchObject({ sha, ref: 'main', environment: 'production', production_environment: true });
    fake.assertNoViolations();
  });

  it('pages issue comments with Link headers that Octokit follows', async () => {
    for (let i = 1; i <= 150; i++) fake.state.addComment('acme/app', 7, `comment ${i}`);
    const first = await raw('GET', '/repos/acme/app/issues/7/comments?per_page=100');
    expect((first.json as unknown as unknown[]).length).toBe(100);
    expect(first.headers.get('link')).toContain('rel="next"');
    const all = await gh.paginate(gh.rest.issues.listComments, { owner: 'acme', repo: 'app', issue_number: 7, per_page: 100 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 150 }, (_, i) => `comment ${i + 1}`));
    const { data: created } = await gh.rest.issues.createComment({ owner: 'acme', repo: 'app', issue_number: 7, body: 'hello' });
    expect(created.user?.login).toBe('github-actions[bot]');
    await gh.rest.issues.updateComment({ owner: 'acme', repo: 'app', comment_id: created.id, body: 'hello again' });
    expect(fake.state.commentsOn('acme/app', 7).at(-1)!.body).toBe('hello again');
    await gh.rest.issues.deleteComment({ owner: 'acme', repo: 'app', comment_id: created.id });
    expect(fake.state.commentsOn('acme/app', 7)).toHaveLength(150);
    fake.assertNoViolations();
  });

  it('serves pull requests and their files, seeded by the test', async () => {
    fake.state.addPull('acme/app', {
      number: 12,
      headRepo: 'someone/app',
      files: [{ filename: 'src/a.ts', status: 'modified', additions: 3, deletions: 1, patch: '@@ -1 +1 @@' }],
    });
    const { data: pr } = await gh.rest.pulls.get({ owner: 'acme', repo: 'app', pull_number: 12 });
    expect(pr.head.repo?.full_name).toBe('someone/app');
    expect(pr.head.repo?.fork).toBe(true);
    const files = await gh.paginate(gh.rest.pulls.listFiles, { owner: 'acme', repo: 'app', pull_number: 12 });
    expect(files).toEqual([expect.objectContaining({ filename: 'src/a.ts', additions: 3, changes: 4 })]);
    await expect(gh.rest.pulls.get({ owner: 'acme', repo: 'app', pull_number: 13 })).rejects.toMatchObject({ status: 404 });
    fake.assertNoViolations();
  });

  it('keeps check runs with their annotations', async () => {
    const sha = 'b'.repeat(40);
    const { data: run } = await gh.rest.checks.create({ owner: 'acme', repo: 'app', name: 'quality-gate', head_sha: sha, status: 'in_progress' });
    const annotation = { path: 'src/a.ts', start_line: 3, end_line: 3, annotation_level: 'failure' as const, message: 'too complex' };
    await gh.rest.checks.update({
      owner: 'acme',
      repo: 'app',
      check_run_id: run.id,
      conclusion: 'failure',
      output: { title: '1 problem', summary: 'see below', annotations: [annotation] },
    });
    const { data } = await gh.rest.checks.listForRef({ owner: 'acme', repo: 'app', ref: sha });
    expect(data.total_count).toBe(1);
    expect(data.check_runs[0]).toMatchObject({ status: 'completed', conclusion: 'failure', output: { title: '1 problem', annotations_count: 1 } });
    expect(fake.state.checkRuns[0]!.annotations).toEqual([annotation]);
    fake.assertNoViolations();
  });

  it('compares commits from an imported git repository', async () => {
    const repo = createRepo();
    try {
      const base = repo.sha('HEAD');
      repo.commit('feat: add a', { files: { 'a.txt': 'a\n' } });
      const head = repo.commit('fix: change a', { files: { 'a.txt': 'a\nb\n' } });
      repo.tag('v1.0.0', base, 'first release');
      fake.state.importGit('acme/app', repo.dir);
      const { data } = await gh.rest.repos.compareCommitsWithBasehead({ owner: 'acme', repo: 'app', basehead: `v1.0.0...${head}` });
      expect(data).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0 });
      expect(data.commits.map((c) => c.commit.message)).toEqual(['feat: add a', 'fix: change a']);
      expect(data.files?.map((f) => f.filename)).toEqual(['a.txt']);
      const { data: commit } = await gh.rest.repos.getCommit({ owner: 'acme', repo: 'app', ref: 'main' });
      expect(commit.sha).toBe(head);
      const { data: repoInfo } = await gh.rest.repos.get({ owner: 'acme', repo: 'app' });
      expect(repoInfo).toMatchObject({ full_name: 'acme/app', default_branch: 'main' });
      fake.assertNoViolations();
    } finally {
      repo.cleanup();
    }
  });

  it('decodes SARIF uploads', async () => {
    const sarif = { version: '2.1.0', runs: [{ tool: { driver: { name: 'secret-scan' } }, results: [] }] };
    const { data } = await gh.rest.codeScanning.uploadSarif({
      owner: 'acme',
      repo: 'app',
      commit_sha: 'c'.repeat(40),
      ref: 'refs/heads/main',
      sarif: gzipSync(JSON.stringify(sarif)).toString('base64'),
    });
    expect(fake.state.sarifUploads[0]!.sarif).toEqual(sarif);
    const { data: status } = await gh.rest.codeScanning.getSarif({ owner: 'acme', repo: 'app', sarif_id: data.id! });
    expect(status.processing_status).toBe('complete');
    fake.assertNoViolations();
  });

  it('lists artifacts by name, newest first, and redirects their download to the blob URL', async () => {
    const artifact = (id: number, name: string) => ({
      repo: 'acme/app',
      id,
      name,
      sizeInBytes: 120,
      digest: `sha256:${'d'.repeat(64)}`,
      runId: 77,
      headBranch: 'main',
      headSha: 'e'.repeat(40),
      createdAt: '2026-01-05T10:00:00Z',
      expiresAt: '2026-04-05T10:00:00Z',
      expired: false,
      downloadUrl: `https://blob.example/${id}.zip?sig=x`,
    });
    fake.state.artifacts.push(artifact(1, 'quality-gate-baseline-a'), artifact(2, 'other'), artifact(3, 'quality-gate-baseline-a'));
    const { data } = await gh.rest.actions.listArtifactsForRepo({ owner: 'acme', repo: 'app', name: 'quality-gate-baseline-a' });
    expect(data.total_count).toBe(2);
    expect(data.artifacts.map((a) => a.id)).toEqual([3, 1]);
    expect(data.artifacts[0]?.workflow_run?.id).toBe(77);
    const download = await fetch(`${fake.url}/repos/acme/app/actions/artifacts/3/zip`, { headers: { authorization: `token ${token}` }, redirect: 'manual' });
    expect(download.status).toBe(302);
    expect(download.headers.get('location')).toBe('https://blob.example/3.zip?sig=x');
    expect((await raw('GET', '/repos/acme/app/actions/artifacts/9/zip')).status).toBe(404);
    fake.assertNoViolations();
  });
});

describe('failure injection', () => {
  it('fails the next calls with the status, headers and message asked for', async () => {
    fake.failNext(1, 429, { retryAfter: 7 });
    fake.failNext(1, 403);
    fake.failNext(1, 502);
    const limited = await raw('GET', '/repos/acme/app');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.json.message).toMatch(/secondary rate limit/);
    const rate = await raw('GET', '/repos/acme/app');
    expect(rate.status).toBe(403);
    expect(rate.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(rate.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
    expect((await raw('GET', '/repos/acme/app')).status).toBe(502);
    expect((await raw('GET', '/repos/acme/app')).status).toBe(200);
  });

  it('denies a permission like GitHub does for a missing permissions: entry', async () => {
    fake.denyPermission('contents: write');
    const denied = await raw('POST', '/repos/acme/app/releases', { tag_name: 'v1.0.0' });
    expect(denied.status).toBe(403);
    expect(denied.json.message).toBe('Resource not accessible by integration');
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('contents=write');
    // Reading still works: only write was denied.
    expect((await raw('GET', '/repos/acme/app/releases')).status).toBe(200);
    fake.denyPermission('POST /repos/{owner}/{repo}/issues/{issue_number}/comments');
    const comment = await raw('POST', '/repos/acme/app/issues/1/comments', { body: 'x' });
    expect(comment.headers.get('x-accepted-github-permissions')).toBe('issues=write; pull_requests=write');
    expect(fake.state.releases).toEqual([]);
    fake.assertNoViolations();
  });
});
