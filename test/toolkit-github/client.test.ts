import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createGitHubClient,
  isReadOnlyToken,
  PermissionError,
  readGitHubContext,
  readOnlyTokenReason,
  withPermission,
  type GitHubClient,
} from '@devops-actions/toolkit/runner';
import { startGitHubFake, type GitHubFake } from '../harness/github-fake/index.ts';
import { pullRequestEvent, pushEvent } from '../harness/events.ts';
import { ROOT } from '../harness/run-action.ts';

const token = `test-${randomUUID()}`;
let fake: GitHubFake;
let logs: string[];
let gh: GitHubClient;

beforeEach(async () => {
  fake = await startGitHubFake();
  logs = [];
  gh = await createGitHubClient(token, { baseUrl: fake.url, timeUnitMs: 1, log: (m) => logs.push(m) });
});

afterEach(async () => {
  await fake.close();
});

describe('createGitHubClient', () => {
  it('retries server errors and then succeeds', async () => {
    fake.failNext(2, 502);
    const { data } = await gh.rest.repos.get({ owner: 'acme', repo: 'app' });
    expect(data.full_name).toBe('acme/app');
    expect(fake.calls.map((c) => c.status)).toEqual([502, 502, 200]);
  });

  it('retries a write after a 500 without creating it twice', async () => {
    fake.failNext(1, 500);
    const { data } = await gh.rest.repos.createRelease({ owner: 'acme', repo: 'app', tag_name: 'v1.0.0' });
    expect(data.tag_name).toBe('v1.0.0');
    expect(fake.state.releases).toHaveLength(1);
    expect(fake.callsTo('repos/create-release').map((c) => c.status)).toEqual([500, 201]);
  });

  it('waits out a 429 secondary rate limit for its Retry-After and then succeeds', async () => {
    fake.failNext(2, 429, { retryAfter: 2 });
    const { data } = await gh.rest.issues.createComment({ owner: 'acme', repo: 'app', issue_number: 1, body: 'hi' });
    expect(data.body).toBe('hi');
    expect(fake.calls.map((c) => c.status)).toEqual([429, 429, 201]);
    expect(logs.filter((l) => /secondary rate limit .* retrying in 2 s/.test(l))).toHaveLength(2);
    expect(fake.state.commentsOn('acme/app', 1)).toHaveLength(1);
  });

  it('waits for the reset of a 403 primary rate limit and then succeeds', async () => {
    fake.failNext(1, 403, { retryAfter: 1 });
    const { data } = await gh.rest.repos.listReleases({ owner: 'acme', repo: 'app' });
    expect(data).toEqual([]);
    expect(fake.calls.map((c) => c.status)).toEqual([403, 200]);
    expect(logs.some((l) => /rate limit on GET/.test(l))).toBe(true);
  });

  it('does not wait out a rate limit longer than it accepts', async () => {
    fake.failNext(1, 429, { retryAfter: 3600 });
    await expect(gh.rest.repos.get({ owner: 'acme', repo: 'app' })).rejects.toMatchObject({ status: 429 });
    expect(fake.calls).toHaveLength(1);
    expect(logs).toEqual([expect.stringMatching(/not waiting 3600 s \(longer than 300 s\)/)]);
  });

  it('gives up after the configured number of retries', async () => {
    const client = await createGitHubClient(token, { baseUrl: fake.url, timeUnitMs: 1, retries: 2, log: () => {} });
    fake.failNext(5, 503);
    await expect(client.rest.repos.get({ owner: 'acme', repo: 'app' })).rejects.toMatchObject({ status: 503 });
    expect(fake.calls).toHaveLength(3);
  });

  it('does not retry a client error', async () => {
    await expect(gh.rest.repos.getReleaseByTag({ owner: 'acme', repo: 'app', tag: 'v0.0.1' })).rejects.toMatchObject({ status: 404 });
    expect(fake.calls).toHaveLength(1);
  });

  it('turns a 403 "Resource not accessible by integration" into an error naming the permission', async () => {
    fake.denyPermission('contents: write');
    const error = await gh.rest.repos.createRelease({ owner: 'acme', repo: 'app', tag_name: 'v1.0.0' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).message).toBe(
      'the GITHUB_TOKEN lacks "permissions: contents: write" — add it to the job (see README); GitHub refused POST /repos/acme/app/releases',
    );
    expect((error as PermissionError).permission).toEqual({ name: 'contents', level: 'write' });
    // Not retried, and reading still works.
    expect(fake.calls).toHaveLength(1);
    await expect(gh.rest.repos.listReleases({ owner: 'acme', repo: 'app' })).resolves.toMatchObject({ status: 200 });
  });

  it('names the entry the action asks for first when GitHub accepts several', async () => {
    fake.denyPermission('pull-requests: write');
    const error = await withPermission('pull-requests: write', () =>
      gh.rest.issues.createComment({ owner: 'acme', repo: 'app', issue_number: 3, body: 'x' }),
    ).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /^the GITHUB_TOKEN lacks "permissions: pull-requests: write" \(or "permissions: issues: write"\) — add it to the job/,
    );
  });

  it('maps a 404 to a permission error only when asked to', async () => {
    const plain = await gh.rest.pulls.get({ owner: 'acme', repo: 'private', pull_number: 1 }).catch((e: unknown) => e);
    expect(plain).not.toBeInstanceOf(PermissionError);
    const mapped = await withPermission('pull-requests: read', () => gh.rest.pulls.get({ owner: 'acme', repo: 'private', pull_number: 1 }), {
      notFoundMeansDenied: true,
    }).catch((e: unknown) => e);
    expect(mapped).toBeInstanceOf(PermissionError);
    expect((mapped as Error).message).toContain('"permissions: pull-requests: read"');
  });

  it('refuses an empty token with a configuration error naming the input', async () => {
    await expect(createGitHubClient('', { baseUrl: fake.url })).rejects.toThrow(
      'github-token: is empty, so the GitHub API cannot be called (for example: ${{ github.token }})',
    );
  });

  it('honours GITHUB_API_URL', async () => {
    const client = await createGitHubClient(token, { env: { GITHUB_API_URL: fake.url }, timeUnitMs: 1 });
    await client.rest.repos.get({ owner: 'acme', repo: 'app' });
    expect(fake.calls).toEqual([expect.objectContaining({ path: '/repos/acme/app', status: 200, token })]);
  });
});

describe('readGitHubContext', () => {
  const eventFile = (event: object): string => {
    const dir = mkdtempSync(join(tmpdir(), 'event-'));
    writeFileSync(join(dir, 'event.json'), JSON.stringify(event));
    return join(dir, 'event.json');
  };
  const base = {
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: '/tmp/ws',
    GITHUB_ACTOR: 'ada',
  };

  it('reads a push', () => {
    const event = pushEvent({ repo: { owner: 'acme', name: 'app' }, ref: 'refs/heads/main', before: '1'.repeat(40), after: '2'.repeat(40) });
    const context = readGitHubContext({
      ...base,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventFile(event),
      GITHUB_SHA: '2'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
    });
    expect(context).toMatchObject({
      apiUrl: 'http://127.0.0.1:9',
      owner: 'acme',
      repo: 'app',
      eventName: 'push',
      sha: '2'.repeat(40),
      ref: 'refs/heads/main',
      runId: 4242,
      workspace: '/tmp/ws',
    });
    expect(context.pullRequest).toBeUndefined();
    expect(isReadOnlyToken(context)).toBe(false);
  });

  it('reads a pull request from the same repository and from a fork', () => {
    const pr = { repo: { owner: 'acme', name: 'app' }, number: 5, base: { ref: 'main', sha: 'b'.repeat(40) }, head: { ref: 'feature', sha: 'a'.repeat(40) } };
    const context = readGitHubContext({
      ...base,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile(pullRequestEvent(pr)),
    });
    expect(context.pullRequest).toEqual({ number: 5, baseRef: 'main', baseSha: 'b'.repeat(40), headRef: 'feature', headSha: 'a'.repeat(40), fork: false });
    expect(isReadOnlyToken(context)).toBe(false);

    const forked = pullRequestEvent({ ...pr, head: { ...pr.head, fork: true } });
    const fromFork = readGitHubContext({ ...base, GITHUB_REPOSITORY: 'acme/app', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile(forked) });
    expect(fromFork.pullRequest?.fork).toBe(true);
    expect(readOnlyTokenReason(fromFork)).toMatch(/fork/);
    // pull_request_target runs with the base repository's token: writable.
    expect(isReadOnlyToken({ ...fromFork, eventName: 'pull_request_target' })).toBe(false);
    expect(isReadOnlyToken({ ...context, actor: 'dependabot[bot]' })).toBe(true);
  });
});

describe('importing the runner toolkit', () => {
  it('does not load @actions/github, @actions/core or Octokit', () => {
    const script = `
      import { registerHooks } from 'node:module';
      const seen = [];
      registerHooks({ resolve(specifier, context, next) { seen.push(specifier); return next(specifier, context); } });
      await import(${JSON.stringify(join(ROOT, 'packages/toolkit/src/runner/index.ts'))});
      process.stdout.write(JSON.stringify(seen));
    `;
    const seen = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as string[];
    expect(seen).toContain('./github.ts');
    expect(seen.filter((s) => /^@actions\/|^@octokit\/|bottleneck/.test(s))).toEqual([]);
  });
});
