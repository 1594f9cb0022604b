// Conventional Commits 1.0: `type(scope)!: subject`, BREAKING CHANGE / BREAKING-CHANGE footers,
// reverts, several entries in one squash-merge body, `Release-As:` footers; warnings for
// subjects that look conventional but are not.
//
// Footers, notes and references come from conventional-commits-parser. The parser is only
// ever given message text: the commit's identity travels beside it (git log fields), never
// through the text, because the parser mixes up fields that follow a footer (in 7.1.4 a
// `BREAKING CHANGE:` note followed by `close #N` swallows a trailing `-hash-` field).
import { CommitParser, type Commit } from 'conventional-commits-parser';

export interface Reference {
  issue: number;
  /** `closes`, `fixes`, ... or null for a bare mention. */
  action: string | null;
  /** owner/repo for a cross-repository reference. */
  repository: string | null;
}

export interface Entry {
  /** The full commit id the entry comes from. */
  sha: string;
  type: string;
  scope: string | null;
  subject: string;
  /** `type(scope)!: subject` as written (without a trailing `(#12)`). */
  header: string;
  breaking: boolean;
  /** The text of BREAKING CHANGE notes (or the subject, for a `!` without a note). */
  breakingNotes: string[];
  references: Reference[];
  /** The pull request, from a `(#12)` suffix or the merge commit that brought the change in. */
  pr?: number;
  author: string;
  email: string;
  date: string;
  /** Position of the entry within its commit (0 for the subject, 1.. for squash-body entries). */
  index: number;
  /** For a revert: what it reverts. */
  reverts?: { sha?: string; header?: string };
}

export interface ParseWarning {
  sha: string;
  subject: string;
  problem: string;
}

export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  date: string;
  message: string;
}

export interface ParsedCommit {
  entries: Entry[];
  /** `Release-As: x.y.z`, when present. */
  releaseAs?: string;
  warnings: ParseWarning[];
}

const HEADER = /^([A-Za-z][\w-]*)(?:\(([^()\r\n]*)\))?(!)?: (\S.*)$/;
const LOWER_TYPE = /^([a-z]+)[(!:]/;
const PR_SUFFIX = /\s*\(#(\d+)\)$/;
const REVERT_QUOTED = /^Revert "(.+)"$/;
const REVERTS_COMMIT = /This reverts commit ([0-9a-f]{7,40})/i;
const RELEASE_AS = /^Release-As:\s*(.*?)\s*$/im;
const NOTE_TITLES = new Set(['BREAKING CHANGE', 'BREAKING-CHANGE']);

let parser: CommitParser | undefined;
function footerParser(): CommitParser {
  parser ??= new CommitParser({
    headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/,
    headerCorrespondence: ['type', 'scope', 'subject'],
    noteKeywords: ['BREAKING CHANGE', 'BREAKING-CHANGE'],
    referenceActions: ['close', 'closes', 'closed', 'fix', 'fixes', 'fixed', 'resolve', 'resolves', 'resolved'],
    issuePrefixes: ['#'],
    // Reverts are recognised here, not by the parser.
    revertPattern: /^\b$/,
    // No field lines: the parser gets message text only.
    fieldPattern: /^\b$/,
  });
  return parser;
}

function references(commit: Commit): Reference[] {
  const seen = new Set<string>();
  const refs: Reference[] = [];
  for (const ref of commit.references) {
    const issue = Number(ref.issue);
    if (!Number.isSafeInteger(issue)) continue;
    const repository = ref.owner && ref.repository ? `${ref.owner}/${ref.repository}` : ref.repository;
    const key = `${repository ?? ''}#${issue}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push({ issue, action: ref.action ? ref.action.toLowerCase() : null, repository: repository ?? null });
  }
  return refs;
}

const ENTRY_LINE = /^\s*(?:[*-]\s+)?([A-Za-z][\w-]*)(?:\([^()\r\n]*\))?!?: \S/;
const ANY_ENTRY_LINE = /\n\s*(?:[*-]\s+)?[A-Za-z][\w-]*(?:\([^()\r\n]*\))?!?: \S/;

/** Lines of a body that start a conventional entry of a known type (`* feat(x): ...`, `fix: ...`). */
function entryLine(line: string, knownTypes: ReadonlySet<string>): string | undefined {
  const quick = ENTRY_LINE.exec(line);
  if (!quick || !knownTypes.has(quick[1] ?? '')) return undefined;
  const text = line.replace(/^\s*[*-]\s+/, '');
  return HEADER.test(text) ? text : undefined;
}

/**
 * Why a subject that is not conventional looks as if it meant to be, or undefined.
 * `Feat: x` parses (types are case-insensitive in the specification) but is flagged too.
 */
export function almostConventional(subject: string, knownTypes: ReadonlySet<string>): string | undefined {
  const word = /^([A-Za-z]+)/.exec(subject)?.[1];
  if (!word || !knownTypes.has(word.toLowerCase())) return undefined;
  const rest = subject.slice(word.length);
  const parsed = HEADER.exec(subject);
  if (parsed)
    return word !== word.toLowerCase()
      ? `the type "${word}" is not lower case; it counts as ${word.toLowerCase()}, but write "${word.toLowerCase()}${rest}"`
      : undefined;
  if (/^\s+(\(|!|:)/.test(rest)) return `a space after the type "${word}"; write "${word}${rest.replace(/^\s+/, '')}"`;
  if (/^\([^)]*$/.test(rest)) return 'the scope has no closing parenthesis';
  if (/^(\([^()]*\))?!?:\S/.test(rest)) return 'no space after the colon';
  if (/^(\([^()]*\))?!?\s*:\s*$/.test(rest)) return 'no description after the colon';
  if (/^(\([^()]*\))?!?\s+\S/.test(rest) || /^(\([^()]*\))!?$/.test(rest)) return 'no colon after the type and scope';
  if (/^(\([^()]*\))?!?\s*[-–—]\s*\S/.test(rest)) return 'a dash where the colon belongs';
  return undefined;
}

function makeEntry(info: CommitInfo, text: string, index: number, pr: number | undefined): { entry?: Entry; releaseAs?: string } {
  const newline = text.indexOf('\n');
  const rawHeader = (newline < 0 ? text : text.slice(0, newline)).trim();
  const prMatch = rawHeader.endsWith(')') ? PR_SUFFIX.exec(rawHeader) : null;
  const header = prMatch ? rawHeader.slice(0, prMatch.index) : rawHeader;
  const prNumber = prMatch ? Number(prMatch[1]) : pr;
  const body = newline < 0 ? '' : text.slice(newline + 1);
  const releaseAs = body === '' ? undefined : RELEASE_AS.exec(body)?.[1];

  let type: string;
  let scope: string | null = null;
  let subject: string;
  let bang = false;
  let reverts: Entry['reverts'];
  const quoted = header.startsWith('Revert "') ? REVERT_QUOTED.exec(header) : null;
  const match = HEADER.exec(header);
  if (quoted) {
    type = 'revert';
    subject = quoted[1] ?? '';
    reverts = { header: quoted[1] };
  } else if (match) {
    type = (match[1] ?? '').toLowerCase();
    scope = match[2]?.trim() || null;
    bang = match[3] === '!';
    subject = match[4]?.trim() ?? '';
    if (type === 'revert') reverts = { header: subject.replace(/^"(.*)"$/, '$1') };
  } else {
    return { releaseAs };
  }
  if (reverts) {
    const sha = REVERTS_COMMIT.exec(body)?.[1];
    if (sha) reverts.sha = sha.toLowerCase();
  }

  let refs: Reference[] = [];
  const breakingNotes: string[] = [];
  // Only a body that could hold a note or a reference goes through the parser.
  if (body.trim() !== '' && /BREAKING|#\d|\/\S+#|gh-\d/i.test(body)) {
    const parsed = footerParser().parse(`${header}\n${body}`);
    refs = references(parsed);
    for (const note of parsed.notes) {
      // BREAKING CHANGE must be upper case (Conventional Commits 1.0, item 15); the parser matches any case.
      if (NOTE_TITLES.has(note.title) && body.includes(note.title)) breakingNotes.push(note.text.trim());
    }
  }
  const breaking = bang || breakingNotes.length > 0;
  if (bang && breakingNotes.length === 0) breakingNotes.push(subject);
  const entry: Entry = {
    sha: info.sha,
    type,
    scope,
    subject,
    header,
    breaking,
    breakingNotes: breakingNotes.filter((n) => n !== ''),
    references: refs.filter((r) => r.issue !== prNumber || r.repository !== null),
    author: info.author,
    email: info.email,
    date: info.date,
    index,
  };
  if (prNumber !== undefined) entry.pr = prNumber;
  if (reverts) entry.reverts = reverts;
  return { entry, releaseAs };
}

/** Splits one commit message into its conventional entries, footers and warnings. */
export function parseCommit(info: CommitInfo, knownTypes: ReadonlySet<string>): ParsedCommit {
  const message = info.message.includes('\r') ? info.message.replace(/\r\n/g, '\n') : info.message;
  const result: ParsedCommit = { entries: [], warnings: [] };
  const newline = message.indexOf('\n');
  const subjectLine = (newline < 0 ? message : message.slice(0, newline)).trim();
  // A subject that starts with a lower-case known type and parses needs no second look.
  const word = LOWER_TYPE.exec(subjectLine)?.[1];
  const warning = word !== undefined && knownTypes.has(word) && HEADER.test(subjectLine) ? undefined : almostConventional(subjectLine, knownTypes);
  if (warning) result.warnings.push({ sha: info.sha, subject: subjectLine, problem: warning });

  // Fast path: a one-line message, or a body without any line that could start an entry.
  if (newline < 0 || !ANY_ENTRY_LINE.test(message)) {
    const made = makeEntry(info, message, 0, undefined);
    if (made.entry) result.entries.push(made.entry);
    if (made.releaseAs !== undefined && made.releaseAs !== '') result.releaseAs = made.releaseAs;
    return result;
  }
  if (newline < 0) {
    const { entry } = makeEntry(info, message, 0, undefined);
    if (entry) result.entries.push(entry);
    return result;
  }

  // Several entries in one squash body: every line starting a conventional entry of a known type begins a block.
  const lines = message.split('\n');
  const starts: number[] = [];
  for (let i = 1; i < lines.length; i++) if (entryLine(lines[i] ?? '', knownTypes) !== undefined) starts.push(i);
  const headBlock = lines.slice(0, starts[0] ?? lines.length).join('\n');
  const head = makeEntry(info, headBlock, 0, undefined);
  const releaseAs: (string | undefined)[] = [head.releaseAs];
  const squashPr = PR_SUFFIX.exec(subjectLine)?.[1];
  const bodyEntries: Entry[] = [];
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? lines.length;
    const first = entryLine(lines[start] ?? '', knownTypes) ?? '';
    const indent = /^\s*[*-]\s+/.exec(lines[start] ?? '')?.[0].length ?? 0;
    const rest = lines.slice(start + 1, end).map((line) => (indent > 0 && line.startsWith(' '.repeat(indent)) ? line.slice(indent) : line));
    const made = makeEntry(info, [first, ...rest].join('\n'), i + 1, squashPr === undefined ? undefined : Number(squashPr));
    releaseAs.push(made.releaseAs);
    if (made.entry) bodyEntries.push(made.entry);
  });
  if (head.entry && !bodyEntries.some((e) => e.header === head.entry?.header)) result.entries.push(head.entry);
  result.entries.push(...bodyEntries);
  const override = releaseAs.find((v) => v !== undefined && v !== '');
  if (override !== undefined) result.releaseAs = override;
  return result;
}
