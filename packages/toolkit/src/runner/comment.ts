// One sticky comment per action on a pull request: found again by a hidden marker, updated in
// place on every run, never duplicated.
import { withPermission, type GitHubClient } from './github.ts';

/** GitHub refuses a comment body longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface StickyCommentOptions {
  owner: string;
  repo: string;
  /** The pull request (or issue) number. */
  issueNumber: number;
  /** Names the comment among ours, e.g. `quality-gate`. Letters, digits, `.`, `_`, `-`, `:`. */
  marker: string;
  /** Markdown. Cut (with a note) to stay under GitHub's limit. */
  body: string;
  /** Shown where a too-long body is cut. Default: points to the job summary. */
  truncationNote?: string;
}

export interface StickyCommentResult {
  id: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
  /** Copies of the comment found beyond the first (left by an earlier race) and deleted. */
  removedDuplicates: number;
}

export function stickyMarker(marker: string): string {
  if (!/^[A-Za-z0-9._:-]+$/.test(marker)) throw new Error(`invalid sticky comment marker ${JSON.stringify(marker)}: use letters, digits, ".", "_", "-" or ":"`);
  return `<!-- devops-actions:${marker} -->`;
}

const DEFAULT_NOTE = '_The rest of this report did not fit in a comment (GitHub allows 65,536 characters); see the job summary for all of it._';

/** Keeps `text` at most `limit` characters long, cutting at a line end and closing an open code fence. */
export function capCommentBody(text: string, limit = GITHUB_COMMENT_LIMIT, note = DEFAULT_NOTE): string {
  if (text.length <= limit) return text;
  const suffix = `\n\n${note}`;
  const room = limit - suffix.length - 8; // 8: a closing fence, if one is needed
  let cut = text.slice(0, Math.max(room, 0));
  // Do not split a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const lineEnd = cut.lastIndexOf('\n');
  if (lineEnd > room / 2) cut = cut.slice(0, lineEnd);
  const fences = cut.match(/^\s*(```|~~~)/gm)?.length ?? 0;
  if (fences % 2 === 1) cut += '\n```';
  return `${cut}${suffix}`;
}

function normalize(body: string | undefined | null): string {
  return (body ?? '').replace(/\r\n/g, '\n').trimEnd();
}

/**
 * Creates our comment on a pull request, or updates it when it is already there (found by
 * its hidden marker across every page of comments). Nothing is written when the body has not
 * changed. Needs `pull-requests: write` (or `issues: write`).
 */
export async function upsertStickyComment(client: GitHubClient, options: StickyCommentOptions): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber } = options;
  const tag = stickyMarker(options.marker);
  const body = capCommentBody(`${tag}\n${options.body}`, GITHUB_COMMENT_LIMIT, options.truncationNote ?? DEFAULT_NOTE);

  const ours: { id: number; body: string; url: string }[] = [];
  await withPermission('pull-requests: read', async () => {
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })) {
      for (const comment of page.data) {
        if (comment.body?.includes(tag)) ours.push({ id: comment.id, body: comment.body, url: comment.html_url });
      }
    }
  });

  const [existing, ...duplicates] = ours;
  for (const duplicate of duplicates) {
    await withPermission('pull-requests: write', () => client.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id }));
  }
  if (existing) {
    if (normalize(existing.body) === normalize(body)) return { id: existing.id, url: existing.url, action: 'unchanged', removedDuplicates: duplicates.length };
    const { data } = await withPermission('pull-requests: write', () => client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }));
    return { id: data.id, url: data.html_url, action: 'updated', removedDuplicates: duplicates.length };
  }
  const { data } = await withPermission('pull-requests: write', () => client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body }));
  return { id: data.id, url: data.html_url, action: 'created', removedDuplicates: 0 };
}
