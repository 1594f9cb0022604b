import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  capCommentBody,
  createGitHubClient,
  GITHUB_COMMENT_LIMIT,
  PermissionError,
  upsertStickyComment,
  type GitHubClient,
} from '@devops-actions/toolkit/runner';
import { startGitHubFake, type GitHubFake } from '../harness/github-fake/index.ts';

const token = `test-${randomUUID()}`;
const MARKER = '<!-- devops-actions:quality-gate -->';
let fake: GitHubFake;
let gh: GitHubClient;
const target = { owner: 'acme', repo: 'app', issueNumber: 42, marker: 'quality-gate' };

beforeEach(async () => {
  fake = await startGitHubFake({ validateResponses: true });
  gh = await createGitHubClient(token, { baseUrl: fake.url, timeUnitMs: 1, log: () => {} });
});

afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

describe('upsertStickyComment', () => {
  it('creates the comment once, leaves it alone when unchanged and updates it on a re-run', async () => {
    const first = await upsertStickyComment(gh, { ...target, body: '## Quality gate\n\nPassed' });
    expect(first.action).toBe('created');
    expect(first.url).toBe(`https://github.com/acme/app/pull/42#issuecomment-${first.id}`);
    const [stored] = fake.state.commentsOn('acme/app', 42);
    expect(stored!.body).toBe(`${MARKER}\n## Quality gate\n\nPassed`);

    const same = await upsertStickyComment(gh, { ...target, body: '## Quality gate\n\nPassed' });
    expect(same).toMatchObject({ id: first.id, action: 'unchanged' });
    expect(fake.callsTo('issues/update-comment')).toHaveLength(0);

    const changed = await upsertStickyComment(gh, { ...target, body: '## Quality gate\n\nFailed: 2 problems' });
    expect(changed).toMatchObject({ id: first.id, action: 'updated' });
    expect(fake.state.commentsOn('acme/app', 42).map((c) => c.body)).toEqual([`${MARKER}\n## Quality gate\n\nFailed: 2 problems`]);
    expect(fake.callsTo('issues/create-comment')).toHaveLength(1);
  });

  it('finds its comment on the second page and does not duplicate it', async () => {
    for (let i = 0; i < 130; i++) fake.state.addComment('acme/app', 42, `discussion ${i}`);
    const mine = fake.state.addComment('acme/app', 42, `${MARKER}\nold report`, { login: 'github-actions[bot]', id: 41898282, type: 'Bot' });
    fake.state.addComment('acme/app', 42, 'a reply after the report');

    const result = await upsertStickyComment(gh, { ...target, body: 'new report' });
    expect(result).toMatchObject({ id: mine.id, action: 'updated' });
    const ours = fake.state.commentsOn('acme/app', 42).filter((c) => c.body.includes(MARKER));
    expect(ours).toEqual([expect.objectContaining({ id: mine.id, body: `${MARKER}\nnew report` })]);
    expect(fake.state.commentsOn('acme/app', 42)).toHaveLength(132);
    // It read both pages.
    expect(fake.callsTo('issues/list-comments').map((c) => c.query?.page ?? '1')).toEqual(['1', '2']);
  });

  it('keeps markers apart: another action’s comment is not ours', async () => {
    await upsertStickyComment(gh, { ...target, marker: 'secret-scan', body: 'no secrets' });
    const result = await upsertStickyComment(gh, { ...target, body: 'gate passed' });
    expect(result.action).toBe('created');
    expect(fake.state.commentsOn('acme/app', 42)).toHaveLength(2);
  });

  it('removes copies left by an earlier race, keeping the first', async () => {
    const first = fake.state.addComment('acme/app', 42, `${MARKER}\nrun 1`);
    fake.state.addComment('acme/app', 42, `${MARKER}\nrun 1 again`);
    const result = await upsertStickyComment(gh, { ...target, body: 'run 2' });
    expect(result).toMatchObject({ id: first.id, action: 'updated', removedDuplicates: 1 });
    expect(fake.state.commentsOn('acme/app', 42).map((c) => c.body)).toEqual([`${MARKER}\nrun 2`]);
  });

  it('cuts a body longer than GitHub allows, with a note, and GitHub accepts it', async () => {
    const line = `| finding | ${'x'.repeat(80)} |\n`;
    const result = await upsertStickyComment(gh, { ...target, body: `## Findings\n\n${line.repeat(2000)}` });
    expect(result.action).toBe('created');
    const [stored] = fake.state.commentsOn('acme/app', 42);
    expect(stored!.body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(stored!.body.startsWith(MARKER)).toBe(true);
    expect(stored!.body).toMatch(/see the job summary for all of it\._$/);
    // Cut at a line end: the table row before the note is whole.
    expect(stored!.body).toMatch(/x \|\n\n_The rest of this report/);
  });

  it('fails with the missing permission on a read-only token', async () => {
    fake.denyPermission('pull-requests: write');
    const error = await upsertStickyComment(gh, { ...target, body: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as Error).message).toMatch(/^the GITHUB_TOKEN lacks "permissions: pull-requests: write"/);
    expect(fake.state.comments).toEqual([]);
  });

  it('rejects a marker that could break out of the HTML comment', async () => {
    await expect(upsertStickyComment(gh, { ...target, marker: 'x --> <b>', body: 'x' })).rejects.toThrow(/invalid sticky comment marker/);
  });
});

describe('capCommentBody', () => {
  it('leaves a short body alone and closes a code fence it cuts through', () => {
    expect(capCommentBody('short', 100)).toBe('short');
    const capped = capCommentBody(`intro\n\`\`\`\n${'line\n'.repeat(100)}\`\`\`\n`, 200, 'cut');
    expect(capped.length).toBeLessThanOrEqual(200);
    expect(capped).toMatch(/line\n```\n\ncut$/);
  });
});
