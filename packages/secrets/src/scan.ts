// Scans a checkout: resolves what to scan (fail closed: deepen shallow clones until the
// range resolves), streams it through the detector, and applies the policy.
import { lstatSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Baseline, BaselineEntry } from './baseline.ts';
import { ConfigError, emptyConfig, type FailOn, type SecretScanConfig } from './config.ts';
import { Detector, fingerprintOf, redact, type RawFinding } from './detect.ts';
import { isBinaryPath, isVendoredPath, looksBinary } from './filters.ts';
import { git, gitOk, linesText, revParse, streamDiff, type FileDiff } from './git.ts';
import { hitsByLine, KeywordHits, scanFileBytes } from './prefilter.ts';
import { addedSuppressions, type AddedSuppression, type SuppressionSources } from './suppressions.ts';
import { RULES, type RuleDefinition, type Severity } from './rules.ts';

export type ScanMode = 'pull_request' | 'push' | 'merge_group' | 'history' | 'tree' | 'staged' | 'range';
export const SCAN_MODES: readonly ScanMode[] = ['pull_request', 'push', 'merge_group', 'history', 'tree', 'staged', 'range'];

export const ZERO_SHA = '0000000000000000000000000000000000000000';

/** A failure to scan what was asked (an unresolvable range): the step must fail, never pass. */
export class ScanError extends Error {
  override readonly name = 'ScanError';
}

export interface ScanRequest {
  cwd: string;
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

export function activeRules(config: SecretScanConfig): RuleDefinition[] {
  const unknown = config.disabled.filter((id) => !RULES.some((r) => r.id === id) && !config.rules.some((r) => r.id === id));
  if (unknown.length > 0) throw new ConfigError(`${config.source ?? 'config'} rules.disable`, `unknown rule id ${unknown.join(', ')}`, 'generic-api-key');
  const clash = config.rules.find((r) => RULES.some((b) => b.id === r.id));
  if (clash) throw new ConfigError(`${config.source ?? 'config'} rules.add`, `the id ${clash.id} is already a built-in rule`, `${clash.id}-custom`);
  return [...RULES, ...config.rules].filter((r) => !config.disabled.includes(r.id));
}

interface Occurrence {
  raw: RawFinding;
  file: string;
  commit?: string;
  removed: boolean;
}

const LOG_PREFIX = ['-c', 'core.quotepath=false', '-c', 'diff.noprefix=false', '-c', 'log.showSignature=false'];
const DIFF_FLAGS = ['-p', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '-M', '--src-prefix=a/', '--dst-prefix=b/'];

export async function scan(request: ScanRequest): Promise<ScanResult> {
  const config = request.config ?? emptyConfig();
  const rules = activeRules(config);
  const detector = new Detector(rules);
  const log = request.log ?? (() => undefined);
  const maxFileSize = request.maxFileSize ?? 1024 * 1024;
  const notices: string[] = [];
  const occurrences: Occurrence[] = [];
  const scanned: Scanned = { mode: request.mode, commits: 0, files: 0, bytes: 0, skipped: [] };
  const files = new Set<string>();

  const skip = (path: string): string | undefined => {
    if (config.isIgnored(path)) return 'ignored by paths.ignore';
    if (!config.includeVendored && isVendoredPath(path)) return 'vendored';
    if (isBinaryPath(path)) return 'binary';
    return undefined;
  };
  const addSkipped = (path: string, reason: string) => {
    if (scanned.skipped.length < 1000 && !scanned.skipped.some((s) => s.path === path && s.reason === reason)) scanned.skipped.push({ path, reason });
  };

  /** The lines the rules read: each hit's line, the pair window around a pair rule's hit, the block after a private key header. */
  const keepAround = (hits: ReadonlyMap<number, readonly number[]> | undefined, count: number): Uint8Array | undefined => {
    if (hits === undefined) return undefined;
    const keep = new Uint8Array(count);
    for (const [line, ids] of hits) {
      let before = 0;
      let after = 0;
      for (const id of ids) {
        const [b, a] = detector.linesAround(id);
        before = Math.max(before, b);
        after = Math.max(after, a);
      }
      keep.fill(1, Math.max(0, line - before), Math.min(count, line + after + 1));
    }
    return keep;
  };

  const onFile = (diff: FileDiff) => {
    files.add(diff.path);
    const why = diff.binary ? 'binary' : (diff.skipped ?? skip(diff.path));
    if (why) return addSkipped(diff.path, why);
    if (diff.bytes > maxFileSize) {
      addSkipped(diff.path, `larger than max-file-size (${diff.bytes} > ${maxFileSize} bytes)`);
      return;
    }
    if (diff.added.length > 0 && (!diff.prefiltered || diff.addedHits !== undefined)) {
      const text = linesText(diff.added, keepAround(diff.addedHits, diff.added.length));
      for (const raw of detector.scan(text, { path: diff.path, lineNumbers: diff.added.numbers(), keywordHits: diff.addedHits }))
        occurrences.push({ raw, file: diff.path, commit: diff.commit, removed: false });
    }
    if (diff.removed.length > 0 && (!diff.prefiltered || diff.removedHits !== undefined)) {
      const path = diff.oldPath ?? diff.path;
      for (const raw of detector.scan(linesText(diff.removed, keepAround(diff.removedHits, diff.removed.length)), {
        path,
        lineNumbers: diff.removed.numbers(),
        keywordHits: diff.removedHits,
      }))
        occurrences.push({ raw, file: path, commit: diff.commit, removed: true });
    }
  };

  const cwd = request.cwd;
  let added: AddedSuppression[] = [];
  if (request.mode === 'tree') {
    await scanTree(cwd, detector, { maxFileSize, skip, addSkipped, occurrences, scanned, files });
    scanned.range = 'working tree';
  } else if (request.mode === 'staged') {
    if (!(await gitOk(cwd, ['rev-parse', '--git-dir']))) throw new ScanError(`${cwd} is not a git repository: staged mode scans the index`);
    const stats = await streamDiff({
      cwd,
      args: [...LOG_PREFIX, 'diff', '--cached', ...DIFF_FLAGS.filter((f) => f !== '-p')],
      prefilter: detector.automaton,
      skip,
      onFile,
    });
    scanned.bytes = stats.bytes;
    scanned.range = 'staged changes (index)';
  } else {
    const target = await resolveRange(request, log, notices);
    scanned.range = target.description;
    if (target.deepened) scanned.deepened = target.deepened;
    log(`Scanning ${target.description}`);
    const stats = await streamDiff({
      cwd,
      args: [...LOG_PREFIX, 'log', ...DIFF_FLAGS, '--format=commit %H', ...target.args, '--'],
      removed: target.removed,
      prefilter: detector.automaton,
      skip,
      onFile,
    });
    scanned.commits = stats.commits;
    scanned.bytes = stats.bytes;
    if (stats.commits === 0)
      throw new ScanError(
        `no commits were found in ${target.description}: nothing was scanned, so the scan cannot pass. Check the refs, or fetch more history (actions/checkout: fetch-depth: 0).`,
      );
    if (target.base && request.suppressionSources) {
      const changes = await addedSuppressions(cwd, target.base, request.suppressionSources, {
        config,
        baseline: request.baseline ?? { version: 1, entries: [] },
      });
      added = changes.added;
      if (changes.notice) notices.push(changes.notice);
    }
  }
  scanned.files = files.size;

  return { ...applyPolicy(request, config, rules, occurrences, scanned, notices), addedSuppressions: added };
}

interface ScanTarget {
  args: string[];
  description: string;
  removed: boolean;
  deepened?: string;
  /** The commit the change is measured against (merge base, `before`, the default branch). */
  base?: string;
}

function isSha(ref: string | undefined): boolean {
  return ref !== undefined && /^[0-9a-f]{40}$/.test(ref);
}

async function isShallow(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--is-shallow-repository'], { allowFailure: true })).stdout.trim() === 'true';
}

const FETCH_HINT = 'Set `fetch-depth: 0` on actions/checkout (or a depth that reaches the base), or make sure the runner can fetch from the remote.';

async function ensureCommit(cwd: string, ref: string, remote: string, fetch: boolean, log: (l: string) => void): Promise<string> {
  const sha = await revParse(cwd, ref);
  if (sha) return sha;
  if (fetch && isSha(ref)) {
    log(`Fetching ${ref.slice(0, 12)} from ${remote}`);
    await git(cwd, ['fetch', '--no-tags', '--quiet', '--depth=1', remote, ref], { allowFailure: true });
    const fetched = await revParse(cwd, ref);
    if (fetched) return fetched;
  }
  throw new ScanError(`the commit ${ref} is not in this checkout and could not be fetched. ${FETCH_HINT}`);
}

/** The merge base of a and b, deepening a shallow clone step by step until it resolves. */
async function mergeBase(
  cwd: string,
  a: string,
  b: string,
  remote: string,
  fetch: boolean,
  log: (l: string) => void,
): Promise<{ base: string; deepened?: string }> {
  const attempt = async () => {
    const result = await git(cwd, ['merge-base', a, b], { allowFailure: true });
    return result.code === 0 ? result.stdout.trim().split('\n')[0] : undefined;
  };
  let base = await attempt();
  if (base) return { base };
  if (!(await isShallow(cwd))) throw new ScanError(`${a.slice(0, 12)} and ${b.slice(0, 12)} have no common history: the range cannot be resolved`);
  if (!fetch) throw new ScanError(`the checkout is shallow and the merge base of ${a.slice(0, 12)} and ${b.slice(0, 12)} is not in it. ${FETCH_HINT}`);
  let depth = 32;
  for (let round = 0; round < 6; round++) {
    log(`Shallow checkout: deepening by ${depth} commits to find the merge base`);
    await git(cwd, ['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, remote, a, b], { allowFailure: true });
    base = await attempt();
    if (base) return { base, deepened: `deepened the shallow checkout (git fetch --deepen, up to ${depth} commits per step)` };
    if (!(await isShallow(cwd))) break;
    depth *= 4;
  }
  log('Shallow checkout: fetching the full history');
  await git(cwd, ['fetch', '--no-tags', '--quiet', '--unshallow', remote], { allowFailure: true });
  base = await attempt();
  if (base) return { base, deepened: 'fetched the full history (git fetch --unshallow)' };
  throw new ScanError(`could not find the merge base of ${a.slice(0, 12)} and ${b.slice(0, 12)}, even after deepening the shallow checkout. ${FETCH_HINT}`);
}

async function resolveRange(request: ScanRequest, log: (l: string) => void, notices: string[]): Promise<ScanTarget> {
  const { cwd } = request;
  const remote = request.remote ?? 'origin';
  const fetch = request.fetch ?? true;
  if (!(await gitOk(cwd, ['rev-parse', '--git-dir']))) throw new ScanError(`${cwd} is not a git repository: check out the repository first (actions/checkout)`);
  const short = (sha: string) => sha.slice(0, 12);
  switch (request.mode) {
    case 'pull_request':
    case 'merge_group':
    case 'range': {
      if (!request.base || !request.head) throw new ScanError(`${request.mode} needs a base and a head commit`);
      const head = await ensureCommit(cwd, request.head, remote, fetch, log);
      const baseTip = await ensureCommit(cwd, request.base, remote, fetch, log);
      const { base, deepened } = await mergeBase(cwd, baseTip, head, remote, fetch, log);
      const count = Number((await git(cwd, ['rev-list', '--count', `${base}..${head}`])).stdout.trim());
      if (count === 0) throw new ScanError(`there are no commits between the merge base ${short(base)} and ${short(head)}: nothing to scan`);
      return {
        args: ['--reverse', `${base}..${head}`],
        description: `${short(base)}..${short(head)} (${count} commit${count === 1 ? '' : 's'})`,
        removed: true,
        deepened,
        base,
      };
    }
    case 'push': {
      if (!request.head) throw new ScanError('push needs the pushed commit (after)');
      const after = await ensureCommit(cwd, request.head, remote, fetch, log);
      if (request.base && request.base !== ZERO_SHA) {
        const before = await ensureCommit(cwd, request.base, remote, fetch, log);
        const { base, deepened } = await mergeBase(cwd, before, after, remote, fetch, log);
        const count = Number((await git(cwd, ['rev-list', '--count', `${base}..${after}`])).stdout.trim());
        if (count === 0) {
          notices.push(`The push moved the branch back to ${short(after)} (no new commits); scanned that commit.`);
          return { args: ['-1', after], description: `${short(after)} (the pushed commit)`, removed: false, deepened, base: before };
        }
        return {
          args: ['--reverse', `${base}..${after}`],
          description: `${short(before)}..${short(after)} (${count} commit${count === 1 ? '' : 's'})`,
          removed: true,
          deepened,
          base,
        };
      }
      // A new branch: the commits that are not on the default branch.
      const branch = request.defaultBranch ?? 'main';
      let defaultRef = (await revParse(cwd, `refs/remotes/${remote}/${branch}`)) ?? (await revParse(cwd, `refs/heads/${branch}`));
      if (!defaultRef && fetch) {
        await git(cwd, ['fetch', '--no-tags', '--quiet', '--depth=1', remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`], {
          allowFailure: true,
        });
        defaultRef = await revParse(cwd, `refs/remotes/${remote}/${branch}`);
      }
      if (!defaultRef) {
        notices.push(`The default branch ${branch} is not available; scanned the whole history of ${short(after)}.`);
        if (await isShallow(cwd)) {
          if (fetch) await git(cwd, ['fetch', '--no-tags', '--quiet', '--unshallow', remote], { allowFailure: true });
          if (await isShallow(cwd))
            throw new ScanError(`a new branch was pushed, the default branch ${branch} is not in the checkout and the history is shallow. ${FETCH_HINT}`);
        }
        return { args: ['--reverse', after], description: `all history of ${short(after)}`, removed: false };
      }
      const { base, deepened } = await mergeBase(cwd, defaultRef, after, remote, fetch, log);
      const count = Number((await git(cwd, ['rev-list', '--count', `${base}..${after}`])).stdout.trim());
      if (count === 0) {
        notices.push(`The new branch has no commits that are not on ${branch}; scanned its tip commit ${short(after)}.`);
        return { args: ['-1', after], description: `${short(after)} (new branch at a commit of ${branch})`, removed: false, deepened };
      }
      return {
        args: ['--reverse', `${base}..${after}`],
        description: `new branch: ${short(base)}..${short(after)}, the ${count} commit${count === 1 ? '' : 's'} not on ${branch}`,
        removed: true,
        deepened,
        base,
      };
    }
    case 'history': {
      if (await isShallow(cwd)) {
        if (fetch) {
          log('Shallow checkout: fetching the full history');
          await git(cwd, ['fetch', '--no-tags', '--quiet', '--unshallow', remote], { allowFailure: true });
        }
        if (await isShallow(cwd)) throw new ScanError(`a history scan needs the full history, and this checkout is shallow. ${FETCH_HINT}`);
      }
      const since = request.since;
      if (since === undefined || since === '') return { args: ['--all'], description: 'all refs, full history', removed: false };
      if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(since))
        return { args: ['--all', `--since=${since}`], description: `all refs, commits since ${since}`, removed: false };
      const ref = await revParse(cwd, since);
      if (!ref) throw new ScanError(`since: "${since}" is neither a date (2026-01-31) nor a ref in this checkout`);
      return { args: ['--all', `^${ref}`], description: `all refs, commits after ${since} (${short(ref)})`, removed: false };
    }
    default:
      throw new ScanError(`unknown mode ${String(request.mode)}`);
  }
}

async function scanTree(
  cwd: string,
  detector: Detector,
  ctx: {
    maxFileSize: number;
    skip: (p: string) => string | undefined;
    addSkipped: (p: string, r: string) => void;
    occurrences: Occurrence[];
    scanned: Scanned;
    files: Set<string>;
  },
): Promise<void> {
  let paths: string[];
  if (await gitOk(cwd, ['rev-parse', '--git-dir'])) {
    const listed = await git(cwd, ['-c', 'core.quotepath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    paths = [...new Set(listed.stdout.split('\0').filter((p) => p !== ''))];
  } else {
    paths = await walk(cwd);
  }
  // Synchronous reads: a tree is thousands of small files, and each promise-based open, stat,
  // read and close is a round trip through the thread pool that costs more than the read.
  const hits = new KeywordHits();
  for (const path of paths) {
    const why = ctx.skip(path);
    if (why) {
      ctx.addSkipped(path, why);
      continue;
    }
    const full = join(cwd, path);
    let bytes: Buffer;
    try {
      const info = lstatSync(full);
      if (!info.isFile()) continue;
      ctx.files.add(path);
      if (info.size > ctx.maxFileSize) {
        ctx.addSkipped(path, `larger than max-file-size (${info.size} > ${ctx.maxFileSize} bytes)`);
        continue;
      }
      bytes = readFileSync(full);
    } catch {
      continue; // deleted in the working tree
    }
    if (looksBinary(bytes)) {
      ctx.addSkipped(path, 'binary');
      continue;
    }
    ctx.scanned.bytes += bytes.length;
    // Keywords are found in the bytes; only a file with one is decoded and given to the rules.
    scanFileBytes(detector.automaton, bytes, hits);
    const keywordHits = hitsByLine(hits, detector.automaton);
    if (keywordHits === undefined) continue;
    for (const raw of detector.scan(bytes.toString('utf8'), { path, keywordHits })) ctx.occurrences.push({ raw, file: path, removed: false });
  }
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

function applyPolicy(
  request: ScanRequest,
  config: SecretScanConfig,
  rules: RuleDefinition[],
  occurrences: Occurrence[],
  scanned: Scanned,
  notices: string[],
): Omit<ScanResult, 'addedSuppressions'> {
  const failOn = request.failOn ?? config.failOn ?? 'medium';
  const byFingerprint = new Map<string, { finding: Finding; raw: RawFinding; removed: boolean; added: boolean }>();
  const masks = new Set<string>();
  for (const o of occurrences) {
    masks.add(o.raw.secret);
    for (const part of o.raw.maskParts ?? []) masks.add(part);
    const fingerprint = fingerprintOf(o.raw.rule.id, o.raw.secret);
    const existing = byFingerprint.get(fingerprint);
    if (existing) {
      existing.finding.occurrences++;
      if (o.removed) existing.removed = true;
      else if (!existing.added) {
        // Prefer the place where it was added over where it was removed.
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
  const baseline = new Set((request.baseline?.entries ?? []).map((e) => e.fingerprint));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  const suppressed: Suppression[] = [];
  for (const entry of config.allow)
    if (entry.expired) notices.push(`The allow entry "${entry.reason}" expired on ${entry.expires ?? '?'}: it no longer applies.`);
  for (const [fingerprint, item] of byFingerprint) {
    seen.add(fingerprint);
    const f = item.finding;
    if (!item.added) f.status = 'still-in-history';
    else if (item.removed) f.removedLater = true;
    for (const o of config.overrides) {
      if (!o.match(f.file) || (o.rules && !o.rules.includes(f.rule))) continue;
      if (o.severity) f.severity = o.severity;
      if (o.warnOnly) f.warnOnly = true;
      break;
    }
    if (baseline.has(fingerprint)) {
      suppressed.push({ finding: f, via: 'baseline', reason: 'in the baseline' });
      continue;
    }
    const allowed = config.allow.find(
      (a) =>
        !a.expired &&
        (a.fingerprint === undefined || a.fingerprint === fingerprint) &&
        (a.rule === undefined || a.rule === f.rule) &&
        (a.matchPath === undefined || a.matchPath(f.file)),
    );
    if (allowed) {
      suppressed.push({ finding: f, via: 'config', reason: allowed.reason });
      continue;
    }
    const inline = item.raw.inlineAllow;
    if (inline !== undefined) {
      if (inline === '')
        notices.push(
          `${f.file}:${f.line}: the inline secret-scan:allow has no reason, so it is ignored. Write \`secret-scan:allow <why this is not a leak>\`.`,
        );
      else if (f.checksumValid)
        notices.push(
          `${f.file}:${f.line}: a checksum-valid ${f.rule} token is a real credential; an inline allow is not enough. Rotate it, or add its fingerprint to ${config.source ?? '.secret-scan.yml'} under allow.`,
        );
      else {
        suppressed.push({ finding: f, via: 'inline', reason: inline });
        continue;
      }
    }
    findings.push(f);
  }
  const order = (f: Finding) => -RANK[f.severity];
  findings.sort((a, b) => order(a) - order(b) || a.file.localeCompare(b.file) || a.line - b.line);
  const fullScan = request.mode === 'tree' || (request.mode === 'history' && !request.since);
  const staleBaseline = fullScan ? (request.baseline?.entries ?? []).filter((e) => !seen.has(e.fingerprint)) : [];
  if (scanned.skipped.some((s) => s.reason.startsWith('larger'))) {
    for (const s of scanned.skipped.filter((x) => x.reason.startsWith('larger')).slice(0, 20)) notices.push(`Skipped ${s.path}: ${s.reason}.`);
  }
  const failed = findings.some((f) => !f.warnOnly && atLeast(f.severity, failOn));
  return { findings, suppressed, staleBaseline, scanned, notices, failOn, failed, rules, masks: [...masks] };
}
