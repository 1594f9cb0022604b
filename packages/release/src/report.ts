// Renderings of an analysis and a plan: the CLI's JSON shape (CLI.md), text, and Markdown for
// the job summary and the pull-request comment.
import type { Annotation } from '@devops-actions/toolkit';
import type { Analysis, ComponentRelease } from './analyze.ts';
import type { ExecutedRelease, Plan } from './plan.ts';

export interface JsonReport {
  version: string | null;
  tag: string | null;
  previousTag: string | null;
  bump: string;
  releasable: boolean;
  reason: string;
  prerelease: boolean;
  sections: { title: string; type: string; entries: { sha: string; scope: string | null; subject: string; breaking: boolean; pr?: number }[] }[];
  breaking: { sha: string; scope: string | null; subject: string; notes: string[] }[];
  commitCount: number;
  sha: string;
  why: { sha: string; header: string; bump: string; rule: string; decisive: boolean }[];
  cancelled: { sha: string; header: string; revertSha: string }[];
  movingTags: string[];
  notes: string;
  warnings: { sha: string; subject: string; problem: string }[];
  component?: string;
  components?: Omit<JsonReport, 'components' | 'warnings' | 'notices'>[];
  notices: string[];
  apiCalls?: { method: string; path: string; purpose: string }[];
}

function componentJson(c: ComponentRelease, plan?: Plan): Omit<JsonReport, 'components' | 'warnings' | 'notices'> {
  const planned = plan?.releases.find((r) => r.component === c.component);
  const out: Omit<JsonReport, 'components' | 'warnings' | 'notices'> = {
    version: c.releasable ? (c.version ?? null) : null,
    tag: c.releasable ? (c.tag ?? null) : null,
    previousTag: c.previousTag ?? null,
    bump: c.releasable ? c.bump : 'none',
    releasable: c.releasable,
    reason: c.reason,
    prerelease: c.prerelease,
    sections: c.sections.map((s) => ({
      title: s.title,
      type: s.type,
      entries: s.entries.map((e) => {
        const entry: JsonReport['sections'][number]['entries'][number] = { sha: e.sha, scope: e.scope, subject: e.subject, breaking: e.breaking };
        if (e.pr !== undefined) entry.pr = e.pr;
        return entry;
      }),
    })),
    breaking: c.entries.filter((e) => e.breaking).map((e) => ({ sha: e.sha, scope: e.scope, subject: e.subject, notes: e.breakingNotes })),
    commitCount: c.commitCount,
    sha: c.sha,
    // The commits that decided the bump (the full table is in the text and Markdown reports).
    why: c.why.filter((w) => w.decisive),
    cancelled: c.cancelled,
    movingTags: c.movingTags.map((m) => m.tag),
    notes: c.notes,
  };
  if (c.component !== null) out.component = c.component;
  if (planned) out.apiCalls = planned.calls;
  return out;
}

/** The CLI's `--format json` object: the first (or only) component at the top, all of them in `components`. */
export function toJson(analysis: Analysis, plan?: Plan): JsonReport {
  const first = analysis.components.find((c) => c.releasable) ?? analysis.components[0];
  const base = first ? componentJson(first, plan) : componentJson(emptyComponent(analysis.sha), plan);
  const report: JsonReport = { ...base, warnings: analysis.warnings, notices: analysis.notices };
  if (analysis.components.length > 1) report.components = analysis.components.map((c) => componentJson(c, plan));
  return report;
}

function emptyComponent(sha: string): ComponentRelease {
  return {
    component: null,
    tagFormat: 'v{version}',
    releasable: false,
    reason: 'nothing to release',
    bump: 'none',
    prerelease: false,
    entries: [],
    sections: [],
    notes: '',
    changelogBlock: '',
    changelog: false,
    why: [],
    cancelled: [],
    commitCount: 0,
    sha,
    movingTags: [],
    tagExists: false,
  };
}

function cellText(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** One line: `merging this releases v1.5.0 (minor, because of feat(deploy): ...)`. */
export function headline(c: ComponentRelease, verb = 'releases'): string {
  const name = c.component ? `${c.component} ` : '';
  if (!c.releasable) return `${name}nothing to release: ${c.reason}`;
  const decisive = c.why.find((w) => w.decisive);
  const because = c.override ? `set by ${c.override === 'input' ? 'the version input' : c.override}` : decisive ? `because of ${decisive.header}` : c.reason;
  return `${verb} ${c.tag ?? ''} (${c.bump === 'none' ? 'no bump' : c.bump}, ${because})`;
}

export interface MarkdownOptions {
  title?: string;
  /** How the headline speaks of the release: `releases`, `would release`, `merging this releases`. */
  verb?: string;
  /** List the API calls of the plan. */
  showCalls?: boolean;
  /** The releases made, for a `Done` section. */
  executed?: readonly ExecutedRelease[];
}

/** Markdown for the job summary, the PR comment and `--format markdown`. */
/** A warning per commit that looks conventional but is not, and a notice per notice. */
export function toAnnotations(analysis: Analysis): Annotation[] {
  return [
    ...analysis.warnings.map((w): Annotation => ({
      level: 'warning',
      message: `${w.sha.slice(0, 7)} "${w.subject}": ${w.problem}`,
      title: 'Not a conventional commit',
    })),
    ...analysis.notices.map((n): Annotation => ({ level: 'notice', message: n })),
  ];
}

export function toMarkdown(analysis: Analysis, plan: Plan | undefined, options: MarkdownOptions = {}): string {
  const out: string[] = [];
  if (options.title) out.push(`## ${options.title}\n`);
  for (const c of analysis.components) {
    out.push(`**${c.component ? `${c.component}: ` : ''}${headline(c, options.verb ?? 'releases')}**\n`);
    if (c.releasable) {
      out.push(
        `| | |\n| --- | --- |\n| Version | \`${c.version ?? ''}\` |\n| Tag | \`${c.tag ?? ''}\` |\n| Previous tag | ${c.previousTag ? `\`${c.previousTag}\`` : '(first release)'} |\n| Bump | ${c.bump} |\n| Commits | ${c.commitCount} |${c.movingTags.length > 0 ? `\n| Moving tags | ${c.movingTags.map((m) => `\`${m.tag}\``).join(', ')} |` : ''}\n`,
      );
    }
    if (c.why.length > 0) {
      out.push('<details><summary>Why this bump</summary>\n');
      out.push('| Commit | Entry | Bump | Rule |\n| --- | --- | --- | --- |');
      for (const w of c.why.slice(0, 50))
        out.push(`| \`${w.sha.slice(0, 7)}\` | ${w.decisive ? '**' : ''}${cellText(w.header)}${w.decisive ? '**' : ''} | ${w.bump} | ${cellText(w.rule)} |`);
      if (c.why.length > 50) out.push(`| | … ${c.why.length - 50} more | | |`);
      out.push('\n</details>\n');
    }
    if (c.cancelled.length > 0)
      out.push(`Cancelled by a revert in the same range: ${c.cancelled.map((p) => `\`${p.sha.slice(0, 7)}\` ${p.header}`).join('; ')}\n`);
    if (c.releasable) out.push(`<details><summary>Release notes</summary>\n\n${c.notes}\n</details>\n`);
    const planned = plan?.releases.find((r) => r.component === c.component);
    if (planned && options.showCalls)
      out.push(
        `<details><summary>API calls it would make</summary>\n\n${planned.calls.map((call) => `- \`${call.method} ${call.path}\`: ${call.purpose}`).join('\n')}\n</details>\n`,
      );
  }
  if (analysis.warnings.length > 0) {
    out.push('### ⚠️ Commits that look conventional but are not\n');
    for (const w of analysis.warnings.slice(0, 20)) out.push(`- \`${w.sha.slice(0, 7)}\` ${cellText(w.subject)}: ${w.problem}`);
    out.push('');
  }
  for (const notice of analysis.notices) out.push(`> ${notice}\n`);
  const done = options.executed ?? [];
  if (done.length === 0) return out.join('\n');
  const lines = done.map((e) => `- [${e.tag}](${e.url}): ${e.steps.join(', ')}${e.movedTags.length > 0 ? `; moved ${e.movedTags.join(', ')}` : ''}`);
  return `${out.join('\n')}\n### Done\n\n${lines.join('\n')}\n`;
}

/** Plain text for the terminal. */
export function toText(analysis: Analysis, plan: Plan | undefined): string {
  const out: string[] = [];
  for (const c of analysis.components) {
    out.push(`${c.component ? `${c.component}: ` : ''}${headline(c, 'next release')}`);
    if (c.releasable) {
      out.push(
        `  version ${c.version ?? ''}, tag ${c.tag ?? ''}, previous ${c.previousTag ?? '(none)'}, ${c.commitCount} commit${c.commitCount === 1 ? '' : 's'}`,
      );
      if (c.movingTags.length > 0) out.push(`  moving tags: ${c.movingTags.map((m) => m.tag).join(', ')}`);
    }
    if (c.why.length > 0) {
      out.push('  why:');
      for (const w of c.why.slice(0, 20)) out.push(`    ${w.decisive ? '*' : ' '} ${w.sha.slice(0, 7)} ${w.bump.padEnd(5)} ${w.header}  (${w.rule})`);
      if (c.why.length > 20) out.push(`      … ${c.why.length - 20} more`);
    }
    for (const p of c.cancelled) out.push(`  cancelled: ${p.sha.slice(0, 7)} ${p.header} (reverted by ${p.revertSha.slice(0, 7)})`);
    if (c.releasable) out.push('', c.notes.trimEnd().replace(/^/gm, '  '), '');
    const planned = plan?.releases.find((r) => r.component === c.component);
    if (planned) {
      out.push('  API calls it would make:');
      for (const call of planned.calls) out.push(`    ${call.method} ${call.path}  ${call.purpose}`);
    }
  }
  for (const w of analysis.warnings) out.push(`warning: ${w.sha.slice(0, 7)} "${w.subject}": ${w.problem}`);
  for (const n of analysis.notices) out.push(`notice: ${n}`);
  return out.join('\n') + '\n';
}
