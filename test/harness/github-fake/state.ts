// The fake's memory: plain records tests can seed and read. Responses are rendered from
// these records (see routes.ts), so a test seeds only the fields it cares about.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

export interface UserRecord {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export interface RepoRecord {
  /** `owner/name`, as given. */
  fullName: string;
  id: number;
  defaultBranch: string;
  private: boolean;
  description: string | null;
  fork: boolean;
}

export interface RefRecord {
  repo: string;
  /** Full ref name: `refs/heads/main`, `refs/tags/v1.2.3`. */
  ref: string;
  sha: string;
}

export interface TagObjectRecord {
  repo: string;
  sha: string;
  tag: string;
  message: string;
  object: { sha: string; type: string };
  tagger: { name: string; email: string; date: string };
}

export interface CommitFileRecord {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  patch?: string;
  previousFilename?: string;
}

export interface CommitRecord {
  repo: string;
  sha: string;
  message: string;
  parents: string[];
  author: { name: string; email: string; date: string };
  files: CommitFileRecord[];
}

export interface AssetRecord {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  contentType: string;
  data: Buffer;
  createdAt: string;
}

export interface ReleaseRecord {
  repo: string;
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  makeLatest: 'true' | 'false' | 'legacy';
  createdAt: string;
  publishedAt: string | null;
  assets: AssetRecord[];
}

export interface DeploymentStatusRecord {
  id: number;
  state: string;
  description: string;
  environment: string;
  logUrl: string;
  environmentUrl: string;
  createdAt: string;
}

export interface DeploymentRecord {
  repo: string;
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: unknown;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  createdAt: string;
  statuses: DeploymentStatusRecord[];
}

export interface CommentRecord {
  repo: string;
  id: number;
  issueNumber: number;
  body: string;
  user: UserRecord;
  createdAt: string;
  updatedAt: string;
}

export interface PullFileRecord extends CommitFileRecord {
  sha?: string;
}

export interface PullRecord {
  repo: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  user: UserRecord;
  headRef: string;
  headSha: string;
  /** `owner/name` of the head repository: differs from `repo` for a pull request from a fork. */
  headRepo: string;
  baseRef: string;
  baseSha: string;
  labels: string[];
  mergedAt: string | null;
  mergeCommitSha: string | null;
  createdAt: string;
  files: PullFileRecord[];
}

export interface CheckRunRecord {
  repo: string;
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  startedAt: string;
  completedAt: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Record<string, unknown>[];
}

export interface CommitStatusRecord {
  repo: string;
  id: number;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  targetUrl: string | null;
  createdAt: string;
}

export interface SarifUploadRecord {
  repo: string;
  id: string;
  commitSha: string;
  ref: string;
  toolName: string | null;
  checkoutUri: string | null;
  /** The decoded (gunzipped, parsed) SARIF log. */
  sarif: unknown;
  createdAt: string;
}

export interface ArtifactRecord {
  repo: string;
  id: number;
  name: string;
  sizeInBytes: number;
  /** `sha256:<hex>` of the zip. */
  digest: string;
  runId: number;
  headBranch: string;
  headSha: string;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
  /** Where `actions/download-artifact` redirects to (a signed blob URL, served elsewhere). */
  downloadUrl: string;
}

let clock = Date.parse('2026-01-05T10:00:00Z');
/** Timestamps move forward one second per use, so "newest first" orders are stable. */
export function timestamp(): string {
  clock += 1000;
  return new Date(clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export const ACTIONS_BOT: UserRecord = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export class FakeState {
  repos: RepoRecord[] = [];
  refs: RefRecord[] = [];
  tags: TagObjectRecord[] = [];
  commits: CommitRecord[] = [];
  releases: ReleaseRecord[] = [];
  deployments: DeploymentRecord[] = [];
  comments: CommentRecord[] = [];
  pulls: PullRecord[] = [];
  checkRuns: CheckRunRecord[] = [];
  statuses: CommitStatusRecord[] = [];
  sarifUploads: SarifUploadRecord[] = [];
  artifacts: ArtifactRecord[] = [];
  /** The user the token belongs to: the author of comments, releases and deployments the fake creates. */
  actor: UserRecord = ACTIONS_BOT;
  private nextId = 1000;

  newId(): number {
    return this.nextId++;
  }

  /** The repository record, created on first use (any repository exists unless a test says otherwise). */
  repo(fullName: string, seed: Partial<Omit<RepoRecord, 'fullName'>> = {}): RepoRecord {
    let repo = this.repos.find((r) => r.fullName.toLowerCase() === fullName.toLowerCase());
    if (!repo) {
      repo = { fullName, id: this.newId(), defaultBranch: 'main', private: false, description: null, fork: false, ...seed };
      this.repos.push(repo);
    } else Object.assign(repo, seed);
    return repo;
  }

  findRef(repo: string, ref: string): RefRecord | undefined {
    const full = ref.startsWith('refs/') ? ref : `refs/${ref}`;
    return this.refs.find((r) => same(r.repo, repo) && r.ref === full);
  }

  setRef(repo: string, ref: string, sha: string): RefRecord {
    const full = ref.startsWith('refs/') ? ref : `refs/${ref}`;
    const existing = this.findRef(repo, full);
    if (existing) {
      existing.sha = sha;
      return existing;
    }
    const record = { repo, ref: full, sha };
    this.refs.push(record);
    return record;
  }

  /** A branch, tag or sha → a commit sha (undefined when unknown). */
  resolve(repo: string, refOrSha: string): string | undefined {
    if (/^[0-9a-f]{40}$/i.test(refOrSha)) return refOrSha.toLowerCase();
    const name = refOrSha.replace(/^refs\/(heads|tags)\//, '');
    for (const candidate of refOrSha.startsWith('refs/') ? [refOrSha] : [`refs/heads/${name}`, `refs/tags/${name}`]) {
      const ref = this.findRef(repo, candidate);
      if (ref) {
        const tag = this.tags.find((t) => same(t.repo, repo) && t.sha === ref.sha);
        return tag ? tag.object.sha : ref.sha;
      }
    }
    const short = this.commits.find((c) => same(c.repo, repo) && refOrSha.length >= 7 && c.sha.startsWith(refOrSha));
    return short?.sha;
  }

  commit(repo: string, sha: string): CommitRecord | undefined {
    return this.commits.find((c) => same(c.repo, repo) && c.sha === sha);
  }

  addCommit(repo: string, seed: Partial<Omit<CommitRecord, 'repo'>> & { message: string }): CommitRecord {
    const record: CommitRecord = {
      repo,
      sha: seed.sha ?? fakeSha(`${repo}:${this.commits.length}:${seed.message}`),
      parents: seed.parents ?? [],
      author: seed.author ?? { name: 'Ada Lovelace', email: 'ada@example.com', date: timestamp() },
      files: seed.files ?? [],
      message: seed.message,
    };
    this.commits.push(record);
    return record;
  }

  /** True when `ancestor` is reachable from `sha` through the parents the fake knows. */
  isAncestor(repo: string, ancestor: string, sha: string): boolean {
    const seen = new Set<string>();
    const queue = [sha];
    while (queue.length > 0) {
      const current = queue.pop()!;
      if (current === ancestor) return true;
      if (seen.has(current)) continue;
      seen.add(current);
      queue.push(...(this.commit(repo, current)?.parents ?? []));
    }
    return false;
  }

  /**
   * Mirrors a real git repository: every commit (with its changed files), every branch and
   * tag (annotated tags as tag objects). Lets a test run an action over a `createRepo()` repo
   * and have the API agree with the checkout.
   */
  importGit(repo: string, dir: string): void {
    this.repo(repo);
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const log = git('log', '--all', '--reverse', '--format=%x1e%H%x00%P%x00%an%x00%ae%x00%aI%x00%B%x00', '--numstat', '--no-renames');
    for (const entry of log.split('\x1e').slice(1)) {
      const [sha = '', parents = '', name = '', email = '', date = '', message = '', numstat = ''] = entry.split('\x00');
      if (this.commit(repo, sha)) continue;
      const files: CommitFileRecord[] = [];
      for (const line of numstat.split('\n')) {
        const m = /^(\d+|-)\t(\d+|-)\t(.+)$/.exec(line.trim());
        if (m) files.push({ filename: m[3]!, status: 'modified', additions: Number(m[1]) || 0, deletions: Number(m[2]) || 0 });
      }
      this.commits.push({ repo, sha, parents: parents.split(' ').filter(Boolean), author: { name, email, date }, message: message.replace(/\n+$/, ''), files });
    }
    const refs = git('for-each-ref', '--format=%(refname)%00%(objectname)%00%(objecttype)%00%(*objectname)%00%(contents:subject)', 'refs/heads', 'refs/tags');
    for (const line of refs.split('\n').filter(Boolean)) {
      const [ref = '', sha = '', type = '', peeled = '', subject = ''] = line.split('\x00');
      this.setRef(repo, ref, sha);
      if (type === 'tag' && !this.tags.some((t) => same(t.repo, repo) && t.sha === sha)) {
        this.tags.push({
          repo,
          sha,
          tag: ref.replace('refs/tags/', ''),
          message: subject,
          object: { sha: peeled, type: 'commit' },
          tagger: { name: 'Ada Lovelace', email: 'ada@example.com', date: timestamp() },
        });
      }
    }
    let head = '';
    try {
      head = git('symbolic-ref', '--quiet', '--short', 'HEAD').trim();
    } catch {
      // detached HEAD: keep the default branch
    }
    if (head) this.repo(repo, { defaultBranch: head });
  }

  addComment(repo: string, issueNumber: number, body: string, user: UserRecord = { login: 'ada', id: 583231, type: 'User' }): CommentRecord {
    const now = timestamp();
    const record: CommentRecord = { repo, id: this.newId(), issueNumber, body, user, createdAt: now, updatedAt: now };
    this.comments.push(record);
    return record;
  }

  commentsOn(repo: string, issueNumber: number): CommentRecord[] {
    return this.comments.filter((c) => same(c.repo, repo) && c.issueNumber === issueNumber);
  }

  addPull(repo: string, seed: Partial<Omit<PullRecord, 'repo'>> & { number: number }): PullRecord {
    const record: PullRecord = {
      repo,
      title: `Change #${seed.number}`,
      body: null,
      state: 'open',
      draft: false,
      user: { login: 'ada', id: 583231, type: 'User' },
      headRef: `feature-${seed.number}`,
      headSha: fakeSha(`head:${repo}:${seed.number}`),
      headRepo: repo,
      baseRef: 'main',
      baseSha: fakeSha(`base:${repo}:${seed.number}`),
      labels: [],
      mergedAt: null,
      mergeCommitSha: null,
      createdAt: timestamp(),
      files: [],
      ...seed,
    };
    this.pulls.push(record);
    return record;
  }

  releaseByTag(repo: string, tag: string): ReleaseRecord | undefined {
    return this.releases.find((r) => same(r.repo, repo) && r.tagName === tag);
  }

  deploymentStatuses(repo: string, deploymentId: number): DeploymentStatusRecord[] {
    return this.deployments.find((d) => same(d.repo, repo) && d.id === deploymentId)?.statuses ?? [];
  }
}

export function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
