// The GitHub side of an action: the run's context (from GITHUB_* and the event file), an API
// client that retries server errors and rate limits, and errors that name the missing
// `permissions:` entry. @actions/github and the Octokit plugins are loaded on first use only.
import { readFileSync } from 'node:fs';
import type { getOctokit } from '@actions/github';
import type BottleneckType from 'bottleneck';
import { info } from './commands.ts';
import { ConfigurationError } from '../errors.ts';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface PullRequestContext {
  number: number;
  baseRef: string;
  baseSha: string;
  headRef: string;
  headSha: string;
  /** The head branch lives in another repository: the run's token is read-only and secrets are absent. */
  fork: boolean;
}

export interface GitHubContext {
  apiUrl: string;
  serverUrl: string;
  owner: string;
  repo: string;
  eventName: string;
  /** The webhook payload (GITHUB_EVENT_PATH), `{}` when there is none. */
  event: Record<string, unknown>;
  sha: string;
  ref: string;
  runId: number;
  runAttempt: number;
  actor: string;
  workspace: string;
  /** Set on pull_request, pull_request_target and pull request review events. */
  pullRequest?: PullRequestContext;
}

interface EventPullRequest {
  number?: number;
  head?: { ref?: string; sha?: string; repo?: { full_name?: string } | null };
  base?: { ref?: string; sha?: string; repo?: { full_name?: string } | null };
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch (error) {
    throw new Error(`the event payload at GITHUB_EVENT_PATH (${path}) is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** Reads the run's context from the runner's GITHUB_* variables and the event payload file. */
export function readGitHubContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const eventRepo = (event.repository as { full_name?: string } | undefined)?.full_name ?? '';
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY || eventRepo).split('/');
  const context: GitHubContext = {
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    event,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    runId: Number(env.GITHUB_RUN_ID ?? 0) || 0,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1) || 1,
    actor: env.GITHUB_ACTOR ?? '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
  };
  const pr = event.pull_request as EventPullRequest | undefined;
  if (pr && typeof pr.number === 'number') {
    const headRepo = pr.head?.repo?.full_name;
    const baseRepo = pr.base?.repo?.full_name ?? `${owner}/${repo}`;
    context.pullRequest = {
      number: pr.number,
      baseRef: pr.base?.ref ?? '',
      baseSha: pr.base?.sha ?? '',
      headRef: pr.head?.ref ?? '',
      headSha: pr.head?.sha ?? '',
      // A deleted fork has no head repository; it still came from outside.
      fork: !headRepo || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    };
  }
  return context;
}

const READ_ONLY_PR_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

/**
 * Why the run's GITHUB_TOKEN can only read, or undefined when it can write (as far as the
 * context tells): pull requests from forks and Dependabot's pull requests get a read-only token.
 */
export function readOnlyTokenReason(context: GitHubContext): string | undefined {
  if (!READ_ONLY_PR_EVENTS.has(context.eventName)) return undefined;
  if (context.pullRequest?.fork) return 'this pull request comes from a fork, so its GITHUB_TOKEN is read-only';
  if (context.actor === 'dependabot[bot]') return "Dependabot's pull requests get a read-only GITHUB_TOKEN";
  return undefined;
}

export function isReadOnlyToken(context: GitHubContext): boolean {
  return readOnlyTokenReason(context) !== undefined;
}

// ---------------------------------------------------------------------------
// Permission errors

export interface Permission {
  /** As written in a workflow's `permissions:` block: `contents`, `pull-requests`, `security-events`. */
  name: string;
  level: 'read' | 'write';
}

/** Parses `contents: write`, `contents=write`, `pull_requests:write` or `checks` (write assumed). */
export function parsePermission(text: string): Permission {
  const m = /^\s*([A-Za-z_-]+)\s*(?:[:=]\s*(read|write|admin))?\s*$/.exec(text);
  if (!m?.[1]) throw new Error(`not a permission: ${JSON.stringify(text)} (for example: contents: write)`);
  return { name: m[1].toLowerCase().replace(/_/g, '-'), level: m[2] === 'read' ? 'read' : 'write' };
}

export function formatPermission(permission: Permission): string {
  return `permissions: ${permission.name}: ${permission.level}`;
}

/** GitHub's `x-accepted-github-permissions` header: `contents=write` or `issues=write; pull_requests=write`. */
export function parseAcceptedPermissions(header: string | undefined): Permission[] {
  if (!header) return [];
  const out: Permission[] = [];
  for (const alternative of header.split(';')) {
    // An alternative may need several permissions at once (`a=read,b=write`); name the ones it needs.
    for (const part of alternative.split(',')) {
      if (!part.trim()) continue;
      try {
        const permission = parsePermission(part);
        if (permission.name !== 'metadata' && !out.some((p) => p.name === permission.name && p.level === permission.level)) out.push(permission);
      } catch {
        // ignore what we cannot read
      }
    }
  }
  return out;
}

/** The job's GITHUB_TOKEN lacks a `permissions:` entry the action needs. */
export class PermissionError extends Error {
  override readonly name = 'PermissionError';
  /** The entry to add (the first of `alternatives`). */
  readonly permission: Permission;
  /** Every entry GitHub would accept instead. */
  readonly alternatives: Permission[];
  readonly status: number;
  /** `METHOD /path` of the refused request, when known. */
  readonly request: string | undefined;

  constructor(alternatives: Permission[], options: { status: number; request?: string; reason?: string; cause?: unknown }) {
    const [first = { name: 'contents', level: 'write' as const }, ...others] = alternatives;
    const or = others.map((p) => ` (or "${formatPermission(p)}")`).join('');
    const reason = options.reason ? ` (${options.reason})` : '';
    const request = options.request ? `; GitHub refused ${options.request}` : '';
    super(`the GITHUB_TOKEN lacks "${formatPermission(first)}"${or} — add it to the job (see README)${reason}${request}`, { cause: options.cause });
    this.permission = first;
    this.alternatives = [first, ...others];
    this.status = options.status;
    this.request = options.request;
  }
}

export function isPermissionError(error: unknown): error is PermissionError {
  return error instanceof PermissionError;
}

interface RequestErrorLike {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  request?: { method?: string; url?: string };
}

function asRequestError(error: unknown): RequestErrorLike | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const e = error as Partial<RequestErrorLike>;
  return typeof e.status === 'number' ? (e as RequestErrorLike) : undefined;
}

function describeRequest(e: RequestErrorLike): string | undefined {
  if (!e.request?.method || !e.request.url) return undefined;
  try {
    return `${e.request.method} ${new URL(e.request.url).pathname}`;
  } catch {
    return `${e.request.method} ${e.request.url}`;
  }
}

function isRateLimit(e: RequestErrorLike): boolean {
  const headers = e.response?.headers ?? {};
  return String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(e.message);
}

const NOT_ACCESSIBLE = /Resource not accessible by (integration|personal access token)/i;

/** Turns GitHub's "Resource not accessible by integration" 403 into a PermissionError; other errors come back unchanged. */
export function toPermissionError(error: unknown, expected?: string | Permission, options: { reason?: string; notFoundMeansDenied?: boolean } = {}): unknown {
  if (error instanceof PermissionError) {
    // Already mapped by the client: put the caller's entry first and add the reason.
    const wanted = expected === undefined ? undefined : typeof expected === 'string' ? parsePermission(expected) : expected;
    const match = wanted && error.alternatives.find((p) => p.name === wanted.name);
    if (!match && !options.reason) return error;
    const alternatives = match ? [match, ...error.alternatives.filter((p) => p !== match)] : error.alternatives;
    return new PermissionError(alternatives, { status: error.status, request: error.request, reason: options.reason, cause: error.cause });
  }
  const e = asRequestError(error);
  if (!e) return error;
  const denied =
    (e.status === 403 && !isRateLimit(e) && (expected !== undefined || NOT_ACCESSIBLE.test(e.message))) ||
    (e.status === 404 && options.notFoundMeansDenied === true);
  if (!denied) return error;
  const wanted = expected === undefined ? undefined : typeof expected === 'string' ? parsePermission(expected) : expected;
  const header = e.response?.headers?.['x-accepted-github-permissions'];
  const accepted = parseAcceptedPermissions(header === undefined ? undefined : String(header));
  let alternatives = accepted;
  if (wanted) {
    // The caller's entry first when GitHub accepts it (it is what the README documents).
    const match = accepted.find((p) => p.name === wanted.name);
    alternatives = accepted.length === 0 ? [wanted] : match ? [match, ...accepted.filter((p) => p !== match)] : accepted;
  }
  if (alternatives.length === 0) return error;
  return new PermissionError(alternatives, { status: e.status, request: describeRequest(e), reason: options.reason, cause: error });
}

/**
 * Runs an API call that needs `permission` (e.g. `contents: write`): a 403 becomes a
 * PermissionError naming the `permissions:` entry to add. A 404 does too with
 * `notFoundMeansDenied` (GitHub hides private resources from a token that may not see them).
 */
export async function withPermission<T>(
  permission: string,
  call: () => Promise<T>,
  options: { reason?: string; notFoundMeansDenied?: boolean } = {},
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toPermissionError(error, permission, options);
  }
}

// ---------------------------------------------------------------------------
// The client

export interface GitHubClientOptions {
  /** Default: GITHUB_API_URL, else https://api.github.com. */
  baseUrl?: string;
  /** Retries after a server error or a rate limit. Default 3. */
  retries?: number;
  /**
   * Milliseconds per second of waiting: 1000 in production. Retry back-off (1, 4, 9 s),
   * `Retry-After`/rate-limit-reset waits and GitHub's recommended pacing of writes (1 s, 3 s
   * for requests that notify) are all measured in this unit. Default:
   * DEVOPS_ACTIONS_API_TIME_UNIT_MS, else 1000.
   */
  timeUnitMs?: number;
  /** Longest rate-limit wait (in seconds) the client accepts before it gives up. Default 300. */
  maxRateLimitWait?: number;
  /** Where retry notices go. Default: the log. */
  log?: (message: string) => void;
  userAgent?: string;
  env?: NodeJS.ProcessEnv;
}

let throttleGroups: { unit: number; write: BottleneckType.Group; notifications: BottleneckType.Group; search: BottleneckType.Group } | undefined;

/**
 * An Octokit (from @actions/github) with retries on 5xx, 429 and rate limits, pointed at
 * GITHUB_API_URL. A 403 "Resource not accessible by integration" is thrown as a
 * PermissionError naming the missing `permissions:` entry.
 */
export async function createGitHubClient(token: string, options: GitHubClientOptions = {}): Promise<GitHubClient> {
  if (!token) throw new ConfigurationError('github-token', 'is empty, so the GitHub API cannot be called', '${{ github.token }}');
  const env = options.env ?? process.env;
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const retries = options.retries ?? 3;
  const unit = options.timeUnitMs ?? (Number(env.DEVOPS_ACTIONS_API_TIME_UNIT_MS) > 0 ? Number(env.DEVOPS_ACTIONS_API_TIME_UNIT_MS) : 1000);
  const maxWait = options.maxRateLimitWait ?? 300;
  const log = options.log ?? info;
  const baseUrl = (options.baseUrl ?? (env.GITHUB_API_URL || 'https://api.github.com')).replace(/\/+$/, '');

  let groups: Partial<NonNullable<typeof throttleGroups>> = {};
  if (unit !== 1000) {
    if (throttleGroups?.unit !== unit) {
      // @ts-expect-error -- bottleneck ships types for its full build only; the light build is the same API.
      const { default: Bottleneck } = (await import('bottleneck/light.js')) as { default: typeof BottleneckType };
      throttleGroups = {
        unit,
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: unit }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * unit }),
        search: new Bottleneck.Group({ maxConcurrent: 1, minTime: 2 * unit }),
      };
    }
    groups = { write: throttleGroups.write, notifications: throttleGroups.notifications, search: throttleGroups.search };
  }

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      if (retryAfter > maxWait) {
        log(`GitHub API ${kind} on ${request.method} ${request.url}: not waiting ${retryAfter} s (longer than ${maxWait} s)`);
        return false;
      }
      if (retryCount >= retries) {
        log(`GitHub API ${kind} on ${request.method} ${request.url}: giving up after ${retryCount} retries`);
        return false;
      }
      log(`GitHub API ${kind} on ${request.method} ${request.url}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries})`);
      return true;
    };

  const client = getOctokit(
    token,
    {
      baseUrl,
      ...(options.userAgent ? { userAgent: options.userAgent } : { userAgent: 'devops-actions' }),
      // 429 and 403 rate limits are the throttling plugin's: it waits for Retry-After / the reset time.
      retry: { retries, retryAfterBaseValue: unit, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        ...groups,
        retryAfterBaseValue: unit,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
      log: { debug: () => {}, info: () => {}, warn: (message: string) => log(message), error: (message: string) => log(message) },
    },
    retry,
    throttling,
  );
  // Registered last, so it wraps the plugins: it sees the error after every retry.
  client.hook.wrap('request', async (request, requestOptions) => {
    try {
      return await request(requestOptions);
    } catch (error) {
      throw toPermissionError(error);
    }
  });
  return client;
}
