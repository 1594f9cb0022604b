// Realistic event payloads, shaped like the webhooks GitHub puts in GITHUB_EVENT_PATH.

export const ZERO_SHA = '0000000000000000000000000000000000000000';

export interface RepoRef {
  owner: string;
  name: string;
  defaultBranch?: string;
}

function repository({ owner, name, defaultBranch = 'main' }: RepoRef, apiUrl = 'https://api.github.com') {
  return {
    id: 100001,
    node_id: 'R_kgDOAAAAAQ',
    name,
    full_name: `${owner}/${name}`,
    private: false,
    owner: { login: owner, id: 9001, type: 'Organization' },
    html_url: `https://github.com/${owner}/${name}`,
    url: `${apiUrl}/repos/${owner}/${name}`,
    clone_url: `https://github.com/${owner}/${name}.git`,
    default_branch: defaultBranch,
    fork: false,
  };
}

const sender = { login: 'ada', id: 1001, type: 'User' };

export function pushEvent(options: {
  repo: RepoRef;
  ref: string;
  before: string;
  after: string;
  commits?: { id: string; message: string }[];
  created?: boolean;
  forced?: boolean;
}) {
  return {
    ref: options.ref,
    before: options.before,
    after: options.after,
    created: options.created ?? options.before === ZERO_SHA,
    deleted: false,
    forced: options.forced ?? false,
    base_ref: null,
    compare: `https://github.com/${options.repo.owner}/${options.repo.name}/compare/${options.before.slice(0, 12)}...${options.after.slice(0, 12)}`,
    commits: (options.commits ?? []).map((c) => ({
      id: c.id,
      tree_id: c.id,
      distinct: true,
      message: c.message,
      timestamp: '2026-01-01T00:00:00Z',
      author: { name: 'Ada Lovelace', email: 'ada@example.com' },
    })),
    head_commit: options.commits?.at(-1) ? { id: options.after, message: options.commits.at(-1)?.message } : null,
    pusher: { name: 'ada', email: 'ada@example.com' },
    repository: repository(options.repo),
    sender,
  };
}

export function pullRequestEvent(options: {
  repo: RepoRef;
  number: number;
  action?: 'opened' | 'synchronize' | 'reopened' | 'closed' | 'edited';
  title?: string;
  body?: string;
  base: { ref: string; sha: string };
  head: { ref: string; sha: string; fork?: boolean };
  merged?: boolean;
}) {
  const repo = repository(options.repo);
  const headRepo = options.head.fork ? { ...repository({ owner: 'contributor', name: options.repo.name }), fork: true } : repo;
  return {
    action: options.action ?? 'opened',
    number: options.number,
    pull_request: {
      id: 500000 + options.number,
      number: options.number,
      state: options.action === 'closed' ? 'closed' : 'open',
      title: options.title ?? 'Add a feature',
      body: options.body ?? null,
      user: sender,
      draft: false,
      merged: options.merged ?? false,
      html_url: `https://github.com/${options.repo.owner}/${options.repo.name}/pull/${options.number}`,
      base: { ref: options.base.ref, sha: options.base.sha, label: `${options.repo.owner}:${options.base.ref}`, repo },
      head: { ref: options.head.ref, sha: options.head.sha, label: `${headRepo.owner.login}:${options.head.ref}`, repo: headRepo },
    },
    repository: repo,
    sender,
  };
}

export function workflowDispatchEvent(options: { repo: RepoRef; ref: string; inputs?: Record<string, string> }) {
  return { inputs: options.inputs ?? {}, ref: options.ref, repository: repository(options.repo), sender, workflow: '.github/workflows/ci.yml' };
}

export function scheduleEvent(options: { repo: RepoRef; cron?: string }) {
  return { schedule: options.cron ?? '0 3 * * *', repository: repository(options.repo) };
}
