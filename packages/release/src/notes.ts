// Release notes in Markdown, and CHANGELOG.md prepended idempotently.
import type { ReleaseConfig } from './config.ts';
import type { Entry } from './parse.ts';

export interface NotesSection {
  title: string;
  /** The commit type the section holds, or `breaking`. */
  type: string;
  entries: Entry[];
}

export interface Links {
  /** https://github.com/owner/repo, for commit, PR, issue and compare links. */
  repoUrl?: string;
}

/** Groups visible entries into sections: breaking changes first, then types in configuration order. */
export function sections(entries: readonly Entry[], config: ReleaseConfig): NotesSection[] {
  const result: NotesSection[] = [];
  const breaking = entries.filter((e) => e.breaking);
  if (breaking.length > 0) result.push({ title: '⚠ Breaking changes', type: 'breaking', entries: breaking });
  const byType = new Map<string, Entry[]>();
  // Indexed loops here: once per plan over every entry, mostly in V8's interpreter, where for-of
  // allocates a result object per step.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    // A breaking change is listed once, in the first section.
    if (entry === undefined || entry.breaking) continue;
    const rule = config.types[entry.type];
    const scopeHidden = entry.scope !== null && config.scopes[entry.scope]?.hidden === true;
    if (!rule || rule.hidden || scopeHidden) continue;
    const list = byType.get(entry.type) ?? [];
    list.push(entry);
    byType.set(entry.type, list);
  }
  for (const type of Object.keys(config.types)) {
    const list = byType.get(type);
    if (list) result.push({ title: config.types[type]?.section ?? type, type, entries: list });
  }
  return result;
}

const MARKDOWN_SPECIAL = /[\\`*_[\]<>]/;

function escapeMarkdown(text: string): string {
  if (!MARKDOWN_SPECIAL.test(text)) return text;
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function entryLine(entry: Entry, links: Links, showNotes: boolean): string {
  const short = entry.sha.slice(0, 7);
  const repo = links.repoUrl;
  // Plain concatenation: a long history renders tens of thousands of these lines.
  let line = entry.scope ? `- **${escapeMarkdown(entry.scope)}:** ` : '- ';
  line += escapeMarkdown(entry.subject);
  line += repo ? ` ([${short}](${repo}/commit/${entry.sha}))` : ` (${short})`;
  if (entry.pr !== undefined) line += repo ? ` ([#${entry.pr}](${repo}/pull/${entry.pr}))` : ` (#${entry.pr})`;
  let closes = '';
  for (let i = 0; i < entry.references.length; i++) {
    const r = entry.references[i];
    if (r === undefined || r.action === null || r.repository !== null) continue;
    closes += `${closes === '' ? ', closes ' : ', '}${repo ? `[#${r.issue}](${repo}/issues/${r.issue})` : `#${r.issue}`}`;
  }
  line += closes;
  if (entry.author) line += ` by ${escapeMarkdown(entry.author)}`;
  if (showNotes) {
    let notes = '';
    for (const note of entry.breakingNotes) if (note !== entry.subject) notes += `\n\n  ${note.replace(/\n/g, '\n  ')}`;
    if (notes !== '') line += `${notes}\n`;
  }
  return line;
}

export interface NotesHeading {
  version: string;
  tag: string;
  previousTag?: string;
  /** yyyy-mm-dd */
  date: string;
}

/** The notes body (sections only), as used for the GitHub release. */
export function renderNotes(list: readonly NotesSection[], links: Links): string {
  if (list.length === 0) return '_No user-facing changes._\n';
  const out: string[] = [];
  for (const section of list) {
    out.push(`### ${section.title}\n`);
    const breaking = section.type === 'breaking';
    const lines: string[] = [];
    for (let i = 0; i < section.entries.length; i++) lines.push(entryLine(section.entries[i] as Entry, links, breaking));
    out.push(`${lines.join('\n')}\n`);
  }
  return out.join('\n');
}

/** A CHANGELOG.md block: a version heading (with a compare link) and the notes. */
export function renderChangelogBlock(heading: NotesHeading, notes: string, links: Links): string {
  const title =
    links.repoUrl && heading.previousTag
      ? `[${heading.version}](${links.repoUrl}/compare/${heading.previousTag}...${heading.tag})`
      : links.repoUrl
        ? `[${heading.version}](${links.repoUrl}/releases/tag/${heading.tag})`
        : heading.version;
  return `## ${title} (${heading.date})\n\n${notes.trimEnd()}\n`;
}

const TITLE = /^# .*\n+/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Prepends `block` to an existing changelog (after a `# Changelog` title). When a block for the
 * same version is already there, it is replaced in place: a re-run never adds a second block.
 */
export function prependChangelog(existing: string, block: string, version: string): { text: string; changed: boolean } {
  const headingPattern = new RegExp(`^## \\[?${escapeRegExp(version)}\\]?(?:\\(|\\s|$)`, 'm');
  const found = headingPattern.exec(existing);
  if (found) {
    const start = found.index;
    const nextHeading = /^## /m.exec(existing.slice(start + 3));
    const end = nextHeading ? start + 3 + nextHeading.index : existing.length;
    const separator = nextHeading ? '\n' : '';
    const text = existing.slice(0, start) + block + separator + existing.slice(end);
    return { text, changed: text !== existing };
  }
  const title = TITLE.exec(existing);
  if (existing.trim() === '') return { text: `# Changelog\n\n${block}`, changed: true };
  if (title && title.index === 0) return { text: `${title[0]}${block}\n${existing.slice(title[0].length)}`, changed: true };
  return { text: `${block}\n${existing}`, changed: true };
}
