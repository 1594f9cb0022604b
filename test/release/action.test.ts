// End to end: the committed bundle dist/release/index.js, run as the runner does, against real
// git repositories and the fake GitHub API (which checks every request against GitHub's OpenAPI description).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, type RunOptions } from '../harness/run-action.ts';
import { createRepo, type GitRepo } from '../harness/git.ts';
import { pullRequestEvent, pushEvent, ZERO_SHA } from '../harness/events.ts';
import { startGitHubFake, type GitHubFake } from '../harness/github-fake/index.ts';

let fake: GitHubFake;
const repos: GitRepo[] = [];
beforeAll(async () => {
  fake = await startGitHubFake();
});
afterAll(async () => {
  await fake.close();
});
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
  fake.assertNoViolations();
  fake.state.releases.length = 0;
  fake.state.refs.length = 0;
  fake.state.commits.length = 0;
  fake.state.comments.length = 0;
});

const REPO = { owner: 'acme', name: 'app' };

function repo(): GitRepo {
  const r = createRepo();
  repos.push(r);
  return r;
}

/** Runs the action on a push to `branch` of `r`, after the remote (the fake) learnt its commits and tags. */
function release(r: GitRepo, inputs: RunOptions['inputs'] = {}, options: Partial<RunOptions> = {}) {
  fake.state.importGit('acme/app', r.dir);
  const branch = r.currentBranch();
  const sha = r.sha('HEAD');
  return runAction('release', {
    workspace: r.dir,
    github: fake,
    token: `test-${randomUUID()}`,
    event: pushEvent({ repo: REPO, ref: `refs/heads/${branch}`, before: ZERO_SHA, after: sha }),
    eventName: 'push',
    inputs,
    env: { DEVOPS_ACTIONS_API_TIME_UNIT_MS: '1' },
    ...options,
  });
}

function remoteTag(tag: string): string | undefined {
  return fake.state.findRef('acme/app', `refs/tags/${tag}`)?.sha;
}

describe('release action', () => {
  it('feat → minor: tag at the commit, a published release with notes, CHANGELOG.md and outputs', async () => {
    const r = repo();
    r.tag('v1.4.0');
    const sha = r.commit('feat(deploy): canary rollouts (#31)', { files: { 'src/deploy.ts': 'export {}\n' } });
    r.commit('fix: handle empty config', { files: { 'src/config.ts': 'export {}\n' } });
    const result = await release(r);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs).toMatchObject({
      released: 'true',
      version: '1.5.0',
      tag: 'v1.5.0',
      'previous-tag': 'v1.4.0',
      bump: 'minor',
      major: '1',
      minor: '5',
      patch: '0',
      prerelease: 'false',
      'commit-count': '2',
    });
    const head = r.sha('HEAD');
    expect(result.outputs.sha).toBe(head);
    expect(remoteTag('v1.5.0')).toBe(head);
    expect(fake.state.releases).toHaveLength(1);
    const published = fake.state.releases[0];
    expect(published).toMatchObject({ tagName: 'v1.5.0', draft: false, prerelease: false, makeLatest: 'true' });
    expect(published?.body).toContain('### Features');
    expect(published?.body).toContain(
      `- **deploy:** canary rollouts ([${sha.slice(0, 7)}](https://github.com/acme/app/commit/${sha})) ([#31](https://github.com/acme/app/pull/31)) by Ada Lovelace`,
    );
    expect(published?.body).toContain('### Bug fixes');
    expect(result.outputs['release-id']).toBe(String(published?.id));
    expect(result.outputs['release-url']).toBe('https://github.com/acme/app/releases/tag/v1.5.0');
    expect(result.outputs.notes).toBe(published?.body);
    const changelog = readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(
      /^# Changelog\n\n## \[1\.5\.0\]\(https:\/\/github\.com\/acme\/app\/compare\/v1\.4\.0\.\.\.v1\.5\.0\) \(2026-01-01\)\n\n### Features/,
    );
    // Created as a draft first, then published.
    expect(fake.callsTo('repos/create-release')[0]?.body).toMatchObject({ draft: true, tag_name: 'v1.5.0', target_commitish: head });
    expect(result.summary).toContain('releases v1.5.0 (minor, because of feat(deploy): canary rollouts)');
  });

  it('feat! and a BREAKING CHANGE footer → major; the 0.x policy turns breaking into minor', async () => {
    const bang = repo();
    bang.tag('v2.3.1');
    bang.commit('feat(api)!: remove v1 endpoints');
    const a = await release(bang, { 'dry-run': true });
    expect(a.outputs).toMatchObject({ version: '3.0.0', bump: 'major', released: 'false' });

    const footer = repo();
    footer.tag('v2.3.1');
    footer.commit('fix: stricter dates\n\nBREAKING CHANGE: dates must be ISO 8601');
    const b = await release(footer);
    expect(b.outputs).toMatchObject({ version: '3.0.0', bump: 'major', released: 'true' });
    expect(fake.state.releases.find((x) => x.tagName === 'v3.0.0')?.body).toMatch(
      /^### ⚠ Breaking changes\n\n- stricter dates .*\n\n {2}dates must be ISO 8601/,
    );

    const zero = repo();
    zero.tag('v0.7.2');
    zero.commit('feat!: new config format');
    const c = await release(zero, { 'dry-run': true });
    expect(c.outputs).toMatchObject({ version: '0.8.0', bump: 'minor' });
    expect(c.summary).toContain('0.x: breaking → minor');
  });

  it('a dry run plans without any API call and lists the calls it would make', async () => {
    const r = repo();
    r.tag('v1.0.0');
    r.commit('feat: x');
    const result = await release(r, { 'dry-run': true });
    expect(result.exitCode).toBe(0);
    expect(result.apiCalls).toEqual([]);
    expect(result.outputs).toMatchObject({ released: 'false', version: '1.1.0', tag: 'v1.1.0' });
    expect(result.summary).toContain('API calls it would make');
    expect(result.summary).toContain('`POST /repos/acme/app/git/refs`: create the tag v1.1.0');
    expect(existsSync(join(r.dir, 'CHANGELOG.md'))).toBe(false);
  });

  it('revert pairs cancel: nothing releasable → released=false, exit 0, the summary says why', async () => {
    const r = repo();
    r.tag('v1.0.0');
    const feat = r.commit('feat: experiment');
    r.commit(`Revert "feat: experiment"\n\nThis reverts commit ${feat}.`);
    r.commit('chore: tidy');
    const result = await release(r);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ released: 'false', version: '', bump: 'none', 'previous-tag': 'v1.0.0' });
    expect(result.summary).toContain('nothing to release: no releasable commits since v1.0.0');
    expect(result.summary).toContain('Cancelled by a revert in the same range');
    expect(fake.state.releases).toEqual([]);
    expect(result.apiCalls).toEqual([]);
  });

  it('a squash body with three entries gives three notes lines', async () => {
    const r = repo();
    r.tag('v1.0.0');
    r.commit('Q3 batch (#88)\n\n* feat(ui): dark mode\n\n* fix(api): retry on 502\n\n* perf: cache the manifest');
    const result = await release(r);
    expect(result.outputs).toMatchObject({ released: 'true', version: '1.1.0' });
    const body = fake.state.releases[0]?.body ?? '';
    expect(body).toContain('**ui:** dark mode');
    expect(body).toContain('**api:** retry on 502');
    expect(body).toContain('### Performance\n\n- cache the manifest');
    expect(body.match(/\[#88\]/g)).toHaveLength(3);
  });

  it('counts rc.1 → rc.2 and promotes to a stable release whose notes include the rc changes', async () => {
    const r = repo();
    r.tag('v1.2.0');
    r.commit('feat: search');
    const rc1 = await release(r, { prerelease: 'rc', 'moving-tags': 'major,minor' });
    expect(rc1.outputs).toMatchObject({ released: 'true', version: '1.3.0-rc.1', prerelease: 'true', 'moved-tags': '' });
    expect(fake.state.releases[0]).toMatchObject({ tagName: 'v1.3.0-rc.1', prerelease: true, draft: false, makeLatest: 'false' });
    r.tag('v1.3.0-rc.1'); // as a checkout with fetch-depth: 0 would see it
    r.commit('fix: search paging');
    const rc2 = await release(r, { prerelease: 'rc' });
    expect(rc2.outputs).toMatchObject({ version: '1.3.0-rc.2', 'previous-tag': 'v1.3.0-rc.1' });
    expect(rc2.outputs.notes).toContain('search paging');
    expect(rc2.outputs.notes).not.toContain('- search (');
    r.tag('v1.3.0-rc.2');
    const stable = await release(r, { 'moving-tags': 'major,minor' });
    expect(stable.outputs).toMatchObject({ version: '1.3.0', prerelease: 'false', 'previous-tag': 'v1.2.0', 'moved-tags': 'v1,v1.3' });
    const notes = fake.state.releases.find((x) => x.tagName === 'v1.3.0')?.body ?? '';
    expect(notes).toContain('- search (');
    expect(notes).toContain('search paging');
    expect(fake.state.releases.find((x) => x.tagName === 'v1.3.0')?.makeLatest).toBe('true');
    expect(fake.state.releases).toHaveLength(3);
  });

  it('creates v1 and v1.4, advances them, and refuses to move v1 backwards', async () => {
    const r = repo();
    r.tag('v1.3.0');
    r.commit('feat: a');
    const first = await release(r, { 'moving-tags': 'major,minor' });
    expect(first.outputs).toMatchObject({ version: '1.4.0', 'moved-tags': 'v1,v1.4' });
    const a = r.sha('HEAD');
    expect(remoteTag('v1')).toBe(a);
    expect(remoteTag('v1.4')).toBe(a);
    r.tag('v1.4.0');
    r.commit('fix: b');
    const second = await release(r, { 'moving-tags': 'major,minor' });
    const b = r.sha('HEAD');
    expect(second.outputs).toMatchObject({ version: '1.4.1', 'moved-tags': 'v1,v1.4' });
    expect(remoteTag('v1')).toBe(b);
    expect(remoteTag('v1.4')).toBe(b);
    expect(fake.callsTo('git/update-ref').map((c) => decodeURIComponent(c.path))).toEqual([
      '/repos/acme/app/git/refs/tags/v1',
      '/repos/acme/app/git/refs/tags/v1.4',
    ]);
    // No release objects for moving tags.
    expect(fake.state.releases.map((x) => x.tagName).sort()).toEqual(['v1.4.0', 'v1.4.1']);
    // A re-run with everything in place writes nothing, moving tags included.
    const again = await release(r, { 'moving-tags': 'major,minor' });
    expect(again.outputs).toMatchObject({ released: 'true', version: '1.4.1', 'moved-tags': '' });
    expect(again.apiCalls.filter((c) => c.method !== 'GET')).toEqual([]);

    // A maintenance branch from v1.4.0: v1.4 may follow it? No: v1.4 is at b, which c does not descend from.
    r.checkout('maint', true);
    r.git(['reset', '--hard', '--quiet', 'v1.4.0']);
    r.commit('fix: backport');
    const rewind = await release(r, { 'moving-tags': 'major', version: '1.4.9' });
    expect(rewind.exitCode).toBe(1);
    expect(rewind.annotations[0]?.message).toMatch(/refusing to move v1 from [0-9a-f]{7} to [0-9a-f]{7}: the new commit does not descend from the current one/);
    expect(remoteTag('v1')).toBe(b);
  });

  it('a hotfix on an older line (v1.4.1 while v2.0.0 exists) is published with make_latest false', async () => {
    const r = repo();
    r.commit('feat: one');
    r.tag('v1.4.0');
    r.checkout('v1.4.x', true);
    r.checkout('main');
    r.commit('feat!: two');
    r.tag('v2.0.0');
    fake.state.importGit('acme/app', r.dir);
    // The v2.0.0 release exists on GitHub and is the latest.
    const v2 = await release(r);
    expect(v2.exitCode, v2.stdout + v2.annotations.map((a) => a.message).join('\n')).toBe(0);
    r.checkout('v1.4.x');
    r.commit('fix: backport the date fix');
    const hotfix = await release(r, { branch: 'v1.4.x' });
    expect(hotfix.exitCode, hotfix.stdout).toBe(0);
    expect(hotfix.outputs.version).toBe('1.4.1');
    const publish = fake.callsTo('repos/update-release').at(-1);
    expect((publish?.body as { make_latest?: string } | undefined)?.make_latest).toBe('false');
    expect(hotfix.stdout).not.toMatch(/published as latest/);
  });

  it('a re-run after a failure between draft and publish finishes without duplicates', async () => {
    const r = repo();
    r.tag('v3.0.0');
    r.commit('feat: resumable');
    r.write('out/app.tgz', 'archive');
    fake.failNext(4, 502, { match: /^PATCH \/repos\/acme\/app\/releases\/\d+$/ });
    const failed = await release(r, { assets: 'out/*.tgz' });
    expect(failed.exitCode).toBe(1);
    expect(fake.state.releases).toHaveLength(1);
    expect(fake.state.releases[0]?.draft).toBe(true);
    expect(fake.state.releases[0]?.assets.map((x) => x.name)).toEqual(['app.tgz']);
    const again = await release(r, { assets: 'out/*.tgz' });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs).toMatchObject({ released: 'true', version: '3.1.0' });
    expect(fake.state.releases).toHaveLength(1);
    expect(fake.state.releases[0]).toMatchObject({ draft: false, tagName: 'v3.1.0' });
    expect(fake.state.releases[0]?.assets.map((x) => x.name)).toEqual(['app.tgz']);
    expect(again.apiCalls.filter((c) => c.method === 'POST')).toEqual([]);
    expect(fake.state.refs.filter((x) => x.ref === 'refs/tags/v3.1.0')).toHaveLength(1);
    expect(readFileSync(join(r.dir, 'CHANGELOG.md'), 'utf8').match(/## \[3\.1\.0\]/g)).toHaveLength(1);
    // A third run finds everything in place and writes nothing.
    const third = await release(r, { assets: 'out/*.tgz' });
    expect(third.apiCalls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('fails clearly when the tag exists at another commit', async () => {
    const r = repo();
    r.tag('v1.0.0');
    const other = r.commit('chore: elsewhere');
    r.commit('feat: here');
    fake.state.importGit('acme/app', r.dir);
    fake.state.setRef('acme/app', 'refs/tags/v1.1.0', other);
    const result = await release(r);
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toContain(`the tag v1.1.0 already exists at ${other.slice(0, 7)}, not at ${r.sha('HEAD').slice(0, 7)}`);
    expect(fake.state.releases).toEqual([]);
  });

  it('names contents: write when the token lacks it', async () => {
    const r = repo();
    r.tag('v1.0.0');
    r.commit('fix: x');
    const denied = await startGitHubFake();
    try {
      denied.denyPermission('contents: write');
      denied.state.importGit('acme/app', r.dir);
      const result = await release(r, {}, { github: denied });
      expect(result.exitCode).toBe(1);
      expect(result.annotations[0]?.message).toContain('permissions: contents: write');
      expect(denied.state.releases).toEqual([]);
      expect(denied.state.findRef('acme/app', 'refs/tags/v1.0.1')).toBeUndefined();
    } finally {
      await denied.close();
    }
  });

  it('releases two monorepo components independently', async () => {
    const r = repo();
    r.write(
      '.release.yml',
      'components:\n  - name: deploy\n    path: packages/deploy\n    tag-format: deploy-v{version}\n  - name: ui\n    path: packages/ui\n    tag-format: ui@{version}\nchangelog: false\n',
    );
    r.commit('chore: layout', { files: { 'packages/deploy/a.ts': '1', 'packages/ui/b.ts': '1' } });
    r.tag('deploy-v1.0.0');
    r.tag('ui@0.4.0');
    r.commit('feat(deploy): rollback', { files: { 'packages/deploy/a.ts': '2' } });
    r.commit('fix(ui): colour', { files: { 'packages/ui/b.ts': '2' } });
    const result = await release(r);
    expect(result.exitCode, result.stdout).toBe(0);
    const components = JSON.parse(result.outputs.components ?? '[]') as { component: string; version: string; tag: string; released: boolean }[];
    expect(components.map((c) => [c.component, c.tag, c.released])).toEqual([
      ['deploy', 'deploy-v1.1.0', true],
      ['ui', 'ui@0.4.1', true],
    ]);
    expect(remoteTag('deploy-v1.1.0')).toBe(r.sha('HEAD'));
    expect(remoteTag('ui@0.4.1')).toBe(r.sha('HEAD'));
    expect(fake.state.releases.find((x) => x.tagName === 'deploy-v1.1.0')?.body).not.toContain('colour');
    expect(fake.state.releases.find((x) => x.tagName === 'ui@0.4.1')?.body).toContain('colour');
  });

  it('on a pull request releases nothing and keeps one sticky comment saying what merging releases', async () => {
    const r = repo();
    r.tag('v1.4.0');
    r.commit('feat(deploy): blue-green (#5)');
    r.commit('Fix: typo in docs');
    fake.state.importGit('acme/app', r.dir);
    const event = pullRequestEvent({ repo: REPO, number: 5, base: { ref: 'main', sha: r.sha('HEAD~2') }, head: { ref: 'feature', sha: r.sha('HEAD') } });
    const run = () => runAction('release', { workspace: r.dir, github: fake, token: `test-${randomUUID()}`, event, eventName: 'pull_request' });
    const first = await run();
    expect(first.exitCode, first.stdout).toBe(0);
    await run();
    expect(fake.state.releases).toEqual([]);
    const comments = fake.state.commentsOn('acme/app', 5);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('merging this releases v1.5.0 (minor, because of feat(deploy): blue-green)');
    expect(comments[0]?.body).toContain('"Fix: typo in docs"'.slice(1, -1));
    expect(first.annotations.some((a) => a.level === 'warning' && a.message.includes('Fix: typo in docs'))).toBe(true);
  });

  it('reports a configuration error with its line and key, and a tag format without {version}', async () => {
    const r = repo();
    r.write('.release.yml', 'types:\n  feat:\n    bump: huge\n');
    r.commit('feat: x');
    const bad = await release(r, { 'dry-run': true });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations).toEqual([
      { level: 'error', message: '.release.yml:3 types.feat.bump: "huge" is not one of major, minor, patch, none (for example: minor)' },
    ]);
    const format = await release(r, { 'dry-run': true, 'tag-format': 'release', config: 'none.yml' });
    expect(format.annotations[0]?.message).toContain('config: the file none.yml does not exist');
    r.remove('.release.yml');
    const noVersion = await release(r, { 'dry-run': true, 'tag-format': 'release' });
    expect(noVersion.annotations[0]?.message).toBe(
      'tag-format: the tag format "release" has no {version} placeholder (for example: v{version} or deploy-v{version})',
    );
  });

  it('refuses to release from a detached HEAD whose branch is unknown', async () => {
    const r = repo();
    r.tag('v1.0.0');
    r.commit('feat: x');
    r.git(['checkout', '--quiet', '--detach', 'HEAD']);
    const result = await release(
      r,
      {},
      { eventName: 'workflow_dispatch', event: { ref: 'refs/custom/build', repository: { full_name: 'acme/app' } }, ref: 'refs/custom/build' },
    );
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toBe(
      'branch: HEAD is detached and the branch being released is not known; check out the branch or name it (for example: main)',
    );
    expect(fake.state.releases).toEqual([]);
    const named = await release(
      r,
      { branch: 'main', 'dry-run': true },
      { eventName: 'workflow_dispatch', event: { ref: 'refs/custom/build' }, ref: 'refs/custom/build' },
    );
    expect(named.outputs).toMatchObject({ version: '1.1.0' });
  });
});
