// Scans a checkout: resolves what to scan (fail closed: a shallow clone is deepened until the
// range resolves), streams it through the detector, and applies the policy.
import { lstatSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  branchTip,
  checkRef,
  ensureCommit,
  FETCH_HINT,
  findRemote,
  git,
  isRepository,
  isShallow,
  mergeBase,
  revParse,
  tryGit,
  type Env,
  type FetchPolicy,
  type MergeBase,
  type Repo,
} from '@devops-actions/git';
import { ConfigurationError } from '@devops-actions/toolkit';
import type { Baseline, BaselineEntry } from './baseline.ts';
import { emptyConfig, type FailOn, type SecretScanConfig } from './config.ts';
import { Detector, fingerprintOf, redact, type RawFinding } from './detect.ts';
import { isBinaryPath, isVendoredPath, looksBinary } from './filters.ts';
import { streamDiff, type FileDiff } from './git.ts';
import { hitsByLine, KeywordHits, scanFileBytes } from './prefilter.ts';
import { addedSuppressions, type AddedSuppression, type SuppressionSources } from './suppressions.ts';
import { RULES, type RuleDefinition, type Severity } from './rules.ts';

export type ScanMode = 'pull_request' | 'push' | 'merge_group' | 'history' | 'tree' | 'staged' | 'range';
export const SCAN_MODES: readonly ScanMode[] = ['pull_request', 'push', 'merge_group', 'history', 'tree', 'staged', 'range'];

export const ZERO_SHA = '0000000000000000000000000000000000000000';

/**
 * What was asked cannot be scanned (no commits in the range, history the checkout lacks): the
 * user's to fix, and the step must fail, never pass.
 */
export class ScanError extends ConfigurationError {
  override readonly name: string = 'ScanError';

  constructor(message: string) {
    super('scan', message, undefined, { plain: true });
  }
}

export interface ScanRequest {
  cwd: string;
  /** The environment git runs with (the CLI's); this process's when absent. */
  env?: Env;
  mode: ScanMode;
  /** pull_request / merge_group: the base commit; push: `before`; range: the start. */
  base?: string;
  /** pull_request / merge_group: the head commit; push: `after`; range: the end. */
  head?: string;
  /** push of a new branch: commits not on this branch are scanned. */
  defaultBranch?: string;
  /** history: a date (2026-01-31) or a ref to start from. */
  since?: string;
  config?: SecretScanConfig;
  baseline?: Baseline;
  failOn?: FailOn;
  /** Files (or a file's changes in one commit) larger than this are skipped with a notice. */
  maxFileSize?: number;
  remote?: string;
  /** Where the config and baseline came from, relative to cwd: the suppressions a change adds to them are listed. */
  suppressionSources?: SuppressionSources;
  /** Deepen a shallow clone when the range needs it (default true). */
  fetch?: boolean;
  log?: (line: string) => void;
}

export type FindingStatus = 'new' | 'still-in-history';

export interface Finding {
  rule: string;
  description: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  endColumn: number;
  commit?: string;
  redacted: string;
  fingerprint: string;
  /** `still-in-history`: removed in the scanned change, but an earlier commit holds it: rotate it. */
  status: FindingStatus;
  /** Added in the scanned range and removed again later in it: still in the history. */
  removedLater: boolean;
  checksumValid: boolean;
  /** Reported, but never fails the step (a `warn-only` path override). */
  warnOnly: boolean;
  occurrences: number;
}

export interface Suppression {
  finding: Finding;
  via: 'baseline' | 'config' | 'inline';
  reason: string;
}

export interface Scanned {
  mode: ScanMode;
  range?: string;
  commits: number;
  files: number;
  bytes: number;
  skipped: { path: string; reason: string }[];
  deepened?: string;
}

export interface ScanResult {
  findings: Finding[];
  suppressed: Suppression[];
  /** What the scanned change adds to the config and baseline (inline allows are in `suppressed`). */
  addedSuppressions: AddedSuppression[];
  staleBaseline: BaselineEntry[];
  scanned: Scanned;
  notices: string[];
  failOn: FailOn;
  failed: boolean;
  rules: RuleDefinition[];
  /** The raw values found, for the runner's log masker only. Never print them. */
  masks: string[];
}

const RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

export function atLeast(severity: Severity, threshold: FailOn): boolean {
  return threshold !== 'none' && RANK[severity] >= RANK[threshold];
}

/** Whether a finding fails the scan: at or above fail-on and not warn-only. */
export function blocks(finding: Finding, failOn: FailOn): boolean {
  return !finding.warnOnly && atLeast(finding.severity, failOn);
}

export function activeRules(config: SecretScanConfig): RuleDefinition[] {
  const unknown = config.disabled.filter((id) => !RULES.some((r) => r.id === id) && !config.rules.some((r) => r.id === id));
  if (unknown.length > 0)
    throw new ConfigurationError(`${config.source ?? 'config'} rules.disable`, `unknown rule id ${unknown.join(', ')}`, 'generic-api-key');
  const clash = config.rules.find((r) => RULES.some((b) => b.id === r.id));
  if (clash) throw new ConfigurationError(`${config.source ?? 'config'} rules.add`, `the id ${clash.id} is already a built-in rule`, `${clash.id}-custom`);
  return [...RULES, ...config.rules].filter((r) => !config.disabled.includes(r.id));
}

interface Occurrence {
  raw: RawFinding;
  file: string;
  commit?: string;
  removed: boolean;
}

const LOG_PREFIX = ['-c', 'diff.noprefix=false', '-c', 'log.showSignature=false'];
const DIFF_FLAGS = ['-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--src-prefix=a/', '--dst-prefix=b/'];

/** What a scan gathers as it reads: where each secret occurs, the files it saw, the ones it skipped. */
class Gathering {
  readonly occurrences: Occurrence[] = [];
  readonly files = new Set<string>();
  readonly scanned: Scanned;
  readonly detector: Detector;
  private readonly config: SecretScanConfig;
  readonly maxFileSize: number;

  constructor(mode: ScanMode, config: SecretScanConfig, detector: Detector, maxFileSize: number) {
    this.scanned = { mode, commits: 0, files: 0, bytes: 0, skipped: [] };
    this.config = config;
    this.detector = detector;
    this.maxFileSize = maxFileSize;
  }

  /** Why a path is not read, or undefined when it is. */
  readonly skip = (path: string): string | undefined => {
    if (this.config.isIgnored(path)) return 'ignored by paths.ignore';
    if (!this.config.includeVendored && isVendoredPath(path)) return 'vendored';
    if (isBinaryPath(path)) return 'binary';
    return undefined;
  };

  addSkipped(path: string, reason: string): void {
    const skipped = this.scanned.skipped;
    if (skipped.length < 1000 && !skipped.some((s) => s.path === path && s.reason === reason)) skipped.push({ path, reason });
  }

  /** One file's changes from the diff stream: its added and removed lines through the rules. */
  readonly onFile = (diff: FileDiff): void => {
    this.files.add(diff.path);
    const why = diff.binary ? 'binary' : (diff.skipped ?? this.skip(diff.path));
    if (why) return this.addSkipped(diff.path, why);
    if (diff.bytes > this.maxFileSize) return this.addSkipped(diff.path, `larger than max-file-size (${diff.bytes} > ${this.maxFileSize} bytes)`);
    if (diff.added.length > 0 && (!diff.prefiltered || diff.addedHits !== undefined)) {
      const text = diff.added.text(this.keepAround(diff.addedHits, diff.added.length));
      for (const raw of this.detector.scan(text, { path: diff.path, lineNumbers: diff.added.numbers(), keywordHits: diff.addedHits }))
        this.occurrences.push({ raw, file: diff.path, commit: diff.commit, removed: false });
    }
    if (diff.removed.length > 0 && (!diff.prefiltered || diff.removedHits !== undefined)) {
      const path = diff.oldPath ?? diff.path;
      const text = diff.removed.text(this.keepAround(diff.removedHits, diff.removed.length));
      for (const raw of this.detector.scan(text, { path, lineNumbers: diff.removed.numbers(), keywordHits: diff.removedHits }))
        this.occurrences.push({ raw, file: path, commit: diff.commit, removed: true });
    }
  };

  /** The lines the rules read: each hit's line, the pair window around a pair rule's hit, the block after a private key header. */
  private keepAround(hits: ReadonlyMap<number, readonly number[]> | undefined, count: number): Uint8Array | undefined {
    if (hits === undefined) return undefined;
    const keep = new Uint8Array(count);
    for (const [line, ids] of hits) {
      let before = 0;
      let after = 0;
      for (const id of ids) {
        const [b, a] = this.detector.linesAround(id);
        before = Math.max(before, b);
        after = Math.max(after, a);
      }
      keep.fill(1, Math.max(0, line - before), Math.min(count, line + after + 1));
    }
    return keep;
  }
}

export async function scan(request: ScanRequest): Promise<ScanResult> {
  const config = request.config ?? emptyConfig();
  const rules = activeRules(config);
  const gathering = new Gathering(request.mode, config, new Detector(rules), request.maxFileSize ?? 1024 * 1024);
  const repo: Repo = { cwd: request.cwd, env: request.env };
  const notices: string[] = [];
  let added: AddedSuppression[] = [];
  if (request.mode === 'tree') await scanTree(repo, gathering);
  else if (request.mode === 'staged') await scanStaged(repo, gathering);
  else added = await scanCommits(request, config, repo, gathering, notices);
  gathering.scanned.files = gathering.files.size;
  return { ...applyPolicy(request, config, rules, gathering.occurrences, gathering.scanned, notices), addedSuppressions: added };
}

async function scanStaged(repo: Repo, gathering: Gathering): Promise<void> {
  if (!(await isRepository(repo))) throw new ScanError(`${repo.cwd} is not a git repository: staged mode scans the index`);
  const stats = await streamDiff({
    repo,
    args: [...LOG_PREFIX, 'diff', '--cached', ...DIFF_FLAGS.filter((f) => f !== '-p')],
    prefilter: gathering.detector.automaton,
    skip: gathering.skip,
    onFile: gathering.onFile,
  });
  gathering.scanned.bytes = stats.bytes;
  gathering.scanned.range = 'staged changes (index)';
}

/** The commits of a change or of the history; returns the suppressions the change adds to the config and baseline. */
async function scanCommits(request: ScanRequest, config: SecretScanConfig, repo: Repo, gathering: Gathering, notices: string[]): Promise<AddedSuppression[]> {
  const log = request.log ?? (() => undefined);
  const target = await resolveRange(request, repo, { remote: request.remote, fetch: request.fetch ?? true, log }, notices);
  const scanned = gathering.scanned;
  scanned.range = target.description;
  if (target.deepened) scanned.deepened = target.deepened;
  log(`Scanning ${target.description}`);
  const stats = await streamDiff({
    repo,
    args: [...LOG_PREFIX, 'log', ...DIFF_FLAGS, '--format=commit %H', ...target.args, '--'],
    removed: target.removed,
    prefilter: gathering.detector.automaton,
    skip: gathering.skip,
    onFile: gathering.onFile,
  });
  scanned.commits = stats.commits;
  scanned.bytes = stats.bytes;
  if (stats.commits === 0)
    throw new ScanError(
      `no commits were found in ${target.description}: nothing was scanned, so the scan cannot pass. Check the refs, or fetch more history (actions/checkout: fetch-depth: 0).`,
    );
  if (!target.base || !request.suppressionSources) return [];
  const changes = await addedSuppressions(repo, target.base, request.suppressionSources, {
    config,
    baseline: request.baseline ?? { version: 1, entries: [] },
  });
  if (changes.notice) notices.push(changes.notice);
  return changes.added;
}

interface ScanTarget {
  args: string[];
  description: string;
  removed: boolean;
  deepened?: string;
  /** The commit the change is measured against (merge base, `before`, the default branch). */
  base?: string;
}

type Policy = FetchPolicy & { fetch: boolean; log: (line: string) => void };

const short = (sha: string) => sha.slice(0, 12);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** How a shallow checkout was deepened to find the merge base, for the summary; undefined when it was not. */
function deepening(found: MergeBase): string | undefined {
  if (found.unshallowed) return 'fetched the full history (git fetch --unshallow)';
  if (found.deepened > 0) return `deepened the shallow checkout (git fetch --deepen, ${plural(found.deepened, 'step')})`;
  return undefined;
}

async function commitsBetween(repo: Repo, base: string, head: string): Promise<number> {
  return Number((await git(repo, ['rev-list', '--count', '--end-of-options', `${base}..${head}`])).trim());
}

async function resolveRange(request: ScanRequest, repo: Repo, policy: Policy, notices: string[]): Promise<ScanTarget> {
  if (!(await isRepository(repo))) throw new ScanError(`${repo.cwd} is not a git repository: check out the repository first (actions/checkout)`);
  switch (request.mode) {
    case 'pull_request':
    case 'merge_group':
    case 'range':
      return resolveChange(request, repo, policy);
    case 'push': {
      if (!request.head) throw new ScanError('push needs the pushed commit (after)');
      const after = await ensureCommit(repo, checkRef('after', request.head), policy);
      if (request.base && request.base !== ZERO_SHA) return resolvePush(repo, request.base, after, policy, notices);
      return resolveNewBranch(repo, request.defaultBranch ?? 'main', after, policy, notices);
    }
    case 'history':
      return resolveHistory(request, repo, policy);
    default:
      throw new ScanError(`unknown mode ${String(request.mode)}`);
  }
}

/** A pull request, a merge group or a range: the commits from the merge base to the head. */
async function resolveChange(request: ScanRequest, repo: Repo, policy: Policy): Promise<ScanTarget> {
  if (!request.base || !request.head) throw new ScanError(`${request.mode} needs a base and a head commit`);
  const head = await ensureCommit(repo, checkRef('head', request.head), policy);
  const baseTip = await ensureCommit(repo, checkRef('base', request.base), policy);
  const found = await mergeBase(repo, baseTip, head, policy);
  const count = await commitsBetween(repo, found.sha, head);
  if (count === 0) throw new ScanError(`there are no commits between the merge base ${short(found.sha)} and ${short(head)}: nothing to scan`);
  return {
    args: ['--reverse', `${found.sha}..${head}`],
    description: `${short(found.sha)}..${short(head)} (${plural(count, 'commit')})`,
    removed: true,
    deepened: deepening(found),
    base: found.sha,
  };
}

/** A push to an existing branch: before..after. */
async function resolvePush(repo: Repo, beforeRef: string, after: string, policy: Policy, notices: string[]): Promise<ScanTarget> {
  const before = await ensureCommit(repo, checkRef('before', beforeRef), policy);
  const found = await mergeBase(repo, before, after, policy);
  const count = await commitsBetween(repo, found.sha, after);
  if (count === 0) {
    notices.push(`The push moved the branch back to ${short(after)} (no new commits); scanned that commit.`);
    return { args: ['-1', after], description: `${short(after)} (the pushed commit)`, removed: false, deepened: deepening(found), base: before };
  }
  return {
    args: ['--reverse', `${found.sha}..${after}`],
    description: `${short(before)}..${short(after)} (${plural(count, 'commit')})`,
    removed: true,
    deepened: deepening(found),
    base: found.sha,
  };
}

/** A push of a new branch: the commits that are not on the default branch. */
async function resolveNewBranch(repo: Repo, defaultBranch: string, after: string, policy: Policy, notices: string[]): Promise<ScanTarget> {
  const branch = checkRef('default branch', defaultBranch);
  const defaultRef = await branchTip(repo, branch, policy);
  if (!defaultRef) {
    notices.push(`The default branch ${branch} is not available; scanned the whole history of ${short(after)}.`);
    await requireFullHistory(repo, policy, `a new branch was pushed, the default branch ${branch} is not in the checkout and the history is shallow.`);
    return { args: ['--reverse', after], description: `all history of ${short(after)}`, removed: false };
  }
  const found = await mergeBase(repo, defaultRef, after, policy);
  const count = await commitsBetween(repo, found.sha, after);
  if (count === 0) {
    notices.push(`The new branch has no commits that are not on ${branch}; scanned its tip commit ${short(after)}.`);
    return { args: ['-1', after], description: `${short(after)} (new branch at a commit of ${branch})`, removed: false, deepened: deepening(found) };
  }
  return {
    args: ['--reverse', `${found.sha}..${after}`],
    description: `new branch: ${short(found.sha)}..${short(after)}, the ${plural(count, 'commit')} not on ${branch}`,
    removed: true,
    deepened: deepening(found),
    base: found.sha,
  };
}

/** Scans of whole histories need all of it: a shallow clone is unshallowed in one fetch, or the scan is refused. */
async function requireFullHistory(repo: Repo, policy: Policy, why: string): Promise<void> {
  if (!(await isShallow(repo))) return;
  const remote = policy.fetch ? await findRemote(repo, policy.remote) : undefined;
  if (remote !== undefined) {
    policy.log('Shallow checkout: fetching the full history');
    await tryGit(repo, ['fetch', '--no-tags', '--quiet', '--unshallow', '--end-of-options', remote]);
  }
  if (await isShallow(repo)) throw new ScanError(`${why} ${FETCH_HINT}`);
}

/** Every ref's history, or the part after a date or a ref. */
async function resolveHistory(request: ScanRequest, repo: Repo, policy: Policy): Promise<ScanTarget> {
  await requireFullHistory(repo, policy, 'a history scan needs the full history, and this checkout is shallow.');
  const since = request.since;
  if (since === undefined || since === '') return { args: ['--all'], description: 'all refs, full history', removed: false };
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(since))
    return { args: ['--all', `--since=${since}`], description: `all refs, commits since ${since}`, removed: false };
  const ref = await revParse(repo, checkRef('since', since));
  if (!ref) throw new ConfigurationError('since', `"${since}" is neither a date (2026-01-31) nor a ref in this checkout`);
  return { args: ['--all', `^${ref}`], description: `all refs, commits after ${since} (${short(ref)})`, removed: false };
}

async function scanTree(repo: Repo, gathering: Gathering): Promise<void> {
  let paths: string[];
  if (await isRepository(repo)) {
    const listed = await git(repo, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    paths = [...new Set(listed.split('\0').filter((p) => p !== ''))];
  } else {
    paths = await walk(repo.cwd);
  }
  // Synchronous reads: a tree is thousands of small files, and each promise-based open, stat,
  // read and close is a round trip through the thread pool that costs more than the read.
  const hits = new KeywordHits();
  const { detector, maxFileSize, scanned } = gathering;
  for (const path of paths) {
    const why = gathering.skip(path);
    if (why) {
      gathering.addSkipped(path, why);
      continue;
    }
    const full = join(repo.cwd, path);
    let bytes: Buffer;
    try {
      const info = lstatSync(full);
      if (!info.isFile()) continue;
      gathering.files.add(path);
      if (info.size > maxFileSize) {
        gathering.addSkipped(path, `larger than max-file-size (${info.size} > ${maxFileSize} bytes)`);
        continue;
      }
      bytes = readFileSync(full);
    } catch {
      continue; // deleted in the working tree
    }
    if (looksBinary(bytes)) {
      gathering.addSkipped(path, 'binary');
      continue;
    }
    scanned.bytes += bytes.length;
    // Keywords are found in the bytes; only a file with one is decoded and given to the rules.
    scanFileBytes(detector.automaton, bytes, hits);
    const keywordHits = hitsByLine(hits, detector.automaton);
    if (keywordHits === undefined) continue;
    for (const raw of detector.scan(bytes.toString('utf8'), { path, keywordHits })) gathering.occurrences.push({ raw, file: path, removed: false });
  }
  scanned.range = 'working tree';
}

async function walk(root: string, dir = root, out: string[] = []): Promise<string[]> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(root, full, out);
    else if (entry.isFile()) out.push(relative(root, full).split(sep).join('/'));
  }
  return out;
}

interface Merged {
  finding: Finding;
  raw: RawFinding;
  removed: boolean;
  added: boolean;
}

/** One finding per secret (by fingerprint): its occurrences counted, placed where it was added rather than where it was removed. */
function mergeOccurrences(occurrences: readonly Occurrence[]): Map<string, Merged> {
  const byFingerprint = new Map<string, Merged>();
  for (const o of occurrences) {
    const fingerprint = fingerprintOf(o.raw.rule.id, o.raw.secret);
    const existing = byFingerprint.get(fingerprint);
    if (existing) {
      existing.finding.occurrences++;
      if (o.removed) existing.removed = true;
      else if (!existing.added) {
        existing.added = true;
        Object.assign(existing.finding, { file: o.file, line: o.raw.line, column: o.raw.column, endColumn: o.raw.endColumn, commit: o.commit });
        existing.raw = o.raw;
      }
      continue;
    }
    byFingerprint.set(fingerprint, {
      raw: o.raw,
      removed: o.removed,
      added: !o.removed,
      finding: {
        rule: o.raw.rule.id,
        description: o.raw.rule.description,
        severity: o.raw.severity,
        file: o.file,
        line: o.raw.line,
        column: o.raw.column,
        endColumn: o.raw.endColumn,
        commit: o.commit,
        redacted: redact(o.raw.secret),
        fingerprint,
        status: 'new',
        removedLater: false,
        checksumValid: o.raw.checksumValid,
        warnOnly: false,
        occurrences: 1,
      },
    });
  }
  return byFingerprint;
}

/** The first per-path override that matches sets the severity or makes the finding warn only. */
function applyOverride(f: Finding, config: SecretScanConfig): void {
  const override = config.overrides.find((o) => o.match(f.file) && (!o.rules || o.rules.includes(f.rule)));
  if (override?.severity) f.severity = override.severity;
  if (override?.warnOnly) f.warnOnly = true;
}

/** What leaves a finding out of the report (the baseline, an allow entry, an inline allow with a reason), or undefined. */
function suppressionOf(item: Merged, baseline: ReadonlySet<string>, config: SecretScanConfig, notices: string[]): Suppression | undefined {
  const f = item.finding;
  if (baseline.has(f.fingerprint)) return { finding: f, via: 'baseline', reason: 'in the baseline' };
  const allowed = config.allow.find(
    (a) =>
      !a.expired &&
      (a.fingerprint === undefined || a.fingerprint === f.fingerprint) &&
      (a.rule === undefined || a.rule === f.rule) &&
      (a.matchPath === undefined || a.matchPath(f.file)),
  );
  if (allowed) return { finding: f, via: 'config', reason: allowed.reason };
  const inline = item.raw.inlineAllow;
  if (inline === undefined) return undefined;
  if (inline === '')
    notices.push(`${f.file}:${f.line}: the inline secret-scan:allow has no reason, so it is ignored. Write \`secret-scan:allow <why this is not a leak>\`.`);
  else if (f.checksumValid)
    notices.push(
      `${f.file}:${f.line}: a checksum-valid ${f.rule} token is a real credential; an inline allow is not enough. Rotate it, or add its fingerprint to ${config.source ?? '.secret-scan.yml'} under allow.`,
    );
  else return { finding: f, via: 'inline', reason: inline };
  return undefined;
}

function applyPolicy(
  request: ScanRequest,
  config: SecretScanConfig,
  rules: RuleDefinition[],
  occurrences: Occurrence[],
  scanned: Scanned,
  notices: string[],
): Omit<ScanResult, 'addedSuppressions'> {
  const failOn = request.failOn ?? config.failOn ?? 'medium';
  const masks = new Set(occurrences.flatMap((o) => [o.raw.secret, ...(o.raw.maskParts ?? [])]));
  const merged = mergeOccurrences(occurrences);
  const baseline = new Set((request.baseline?.entries ?? []).map((e) => e.fingerprint));
  const findings: Finding[] = [];
  const suppressed: Suppression[] = [];
  for (const entry of config.allow)
    if (entry.expired) notices.push(`The allow entry "${entry.reason}" expired on ${entry.expires ?? '?'}: it no longer applies.`);
  for (const item of merged.values()) {
    const f = item.finding;
    if (!item.added) f.status = 'still-in-history';
    else if (item.removed) f.removedLater = true;
    applyOverride(f, config);
    const suppression = suppressionOf(item, baseline, config, notices);
    if (suppression) suppressed.push(suppression);
    else findings.push(f);
  }
  const order = (f: Finding) => -RANK[f.severity];
  findings.sort((a, b) => order(a) - order(b) || a.file.localeCompare(b.file) || a.line - b.line);
  const fullScan = request.mode === 'tree' || (request.mode === 'history' && !request.since);
  const staleBaseline = fullScan ? (request.baseline?.entries ?? []).filter((e) => !merged.has(e.fingerprint)) : [];
  for (const s of scanned.skipped.filter((x) => x.reason.startsWith('larger')).slice(0, 20)) notices.push(`Skipped ${s.path}: ${s.reason}.`);
  const failed = findings.some((f) => blocks(f, failOn));
  return { findings, suppressed, staleBaseline, scanned, notices, failOn, failed, rules, masks: [...masks] };
}
