// The GitHub repository a checkout comes from, for links in the notes and the API paths of a plan.
import { tryGit, type Repo } from '@devops-actions/git';

export interface RemoteRepo {
  owner: string;
  repo: string;
  /** https://host/owner/repo */
  url: string;
}

/** owner/repo and https URL of the `origin` remote when it is a GitHub-style URL (https, ssh or scp-like). */
export async function remoteRepo(repo: Repo): Promise<RemoteRepo | undefined> {
  const raw = (await tryGit(repo, ['config', '--get', 'remote.origin.url']))?.trim();
  if (!raw) return undefined;
  const m = /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/(?:[^@/]+@)?|[^@/]+@)([^/:]+)[/:]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(raw);
  if (!m) return undefined;
  const [, host = '', owner = '', name = ''] = m;
  return { owner, repo: name, url: `https://${host}/${owner}/${name}` };
}
