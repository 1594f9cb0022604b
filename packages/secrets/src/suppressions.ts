// The suppressions a change adds: every way the scanned change makes the scan quieter
// (allow entries, baseline entries, disabled rules, ignored paths, softened severities, a
// looser fail-on, vendored code no longer scanned), found by comparing the config and the
// baseline at the base commit with the ones in the checkout. A reviewer sees each of them
// in the summary, whether or not it matches a finding today.
import { tryGit, type RepoLike } from '@devops-actions/git';
import { parseBaseline, type Baseline } from './baseline.ts';
import { emptyConfig, parseConfig, type FailOn, type SecretScanConfig } from './config.ts';

export interface AddedSuppression {
  via: 'config' | 'baseline';
  /** The file the change adds it to. */
  file: string;
  /** What is suppressed, in words (`allow github-pat in tests/**`, `rule generic-api-key disabled`). */
  what: string;
  reason?: string;
}

export interface SuppressionSources {
  /** The config file, relative to the scanned directory. */
  config: string;
  /** The baseline file, relative to the scanned directory. */
  baseline: string;
}

const STRICTNESS: Record<FailOn, number> = { low: 3, medium: 2, high: 1, none: 0 };

/** The file at a commit (`<rev>:./<path>`, relative to cwd), or undefined when it did not exist. */
function showAt(repo: RepoLike, commit: string, path: string): Promise<string | undefined> {
  return tryGit(repo, ['show', '--end-of-options', `${commit}:./${path.replace(/^\.\//, '')}`]);
}

/** What the change from `base` to the checkout adds to the config and the baseline; a note when the base's files cannot be read. */
export async function addedSuppressions(
  repo: RepoLike,
  base: string,
  sources: SuppressionSources,
  current: { config: SecretScanConfig; baseline: Baseline },
  today = new Date(),
): Promise<{ added: AddedSuppression[]; notice?: string }> {
  let before: SecretScanConfig;
  let beforeBaseline: Baseline;
  try {
    const text = await showAt(repo, base, sources.config);
    before = text === undefined ? emptyConfig() : parseConfig(text, `${sources.config} at ${base.slice(0, 12)}`, today);
    const json = await showAt(repo, base, sources.baseline);
    beforeBaseline = json === undefined ? { version: 1, entries: [] } : parseBaseline(json, `${sources.baseline} at ${base.slice(0, 12)}`);
  } catch (error) {
    return {
      added: [],
      notice: `Could not read the config or baseline at the base commit (${(error as Error).message}); the suppressions this change adds are not listed.`,
    };
  }
  const added: AddedSuppression[] = [];
  const config = current.config;
  const file = sources.config;
  const allowKey = (a: SecretScanConfig['allow'][number]) => JSON.stringify([a.fingerprint, a.rule, a.paths, a.reason, a.expires]);
  const allowedBefore = new Set(before.allow.map(allowKey));
  for (const a of config.allow) {
    if (allowedBefore.has(allowKey(a))) continue;
    const target = [a.fingerprint ?? a.rule ?? 'every rule', a.paths ? `in ${a.paths.join(', ')}` : ''].filter(Boolean).join(' ');
    added.push({ via: 'config', file, what: `allow ${target}${a.expires ? ` until ${a.expires}` : ''}`, reason: a.reason });
  }
  for (const id of config.disabled) if (!before.disabled.includes(id)) added.push({ via: 'config', file, what: `rule ${id} disabled` });
  for (const glob of config.ignorePaths)
    if (!before.ignorePaths.includes(glob)) added.push({ via: 'config', file, what: `paths matching ${glob} not scanned` });
  const overrideKey = (o: SecretScanConfig['overrides'][number]) => JSON.stringify([o.paths, o.rules, o.severity, o.warnOnly]);
  const overridesBefore = new Set(before.overrides.map(overrideKey));
  for (const o of config.overrides) {
    if (overridesBefore.has(overrideKey(o))) continue;
    const scope = `${o.rules ? `${o.rules.join(', ')} in ` : ''}${o.paths.join(', ')}`;
    if (o.warnOnly) added.push({ via: 'config', file, what: `findings in ${scope} only warn` });
    else if (o.severity) added.push({ via: 'config', file, what: `findings in ${scope} set to ${o.severity}` });
  }
  const failBefore = before.failOn ?? 'medium';
  const failNow = config.failOn ?? 'medium';
  if (STRICTNESS[failNow] < STRICTNESS[failBefore]) added.push({ via: 'config', file, what: `fail-on loosened from ${failBefore} to ${failNow}` });
  if (before.includeVendored && !config.includeVendored) added.push({ via: 'config', file, what: 'vendored directories no longer scanned' });
  const baselineBefore = new Set(beforeBaseline.entries.map((e) => e.fingerprint));
  for (const e of current.baseline.entries)
    if (!baselineBefore.has(e.fingerprint))
      added.push({ via: 'baseline', file: sources.baseline, what: `${e.fingerprint.slice(0, e.fingerprint.indexOf(':') + 13)}… (${e.file || e.rule})` });
  return { added };
}
