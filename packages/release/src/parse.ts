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

interface Header {
  /** As written (not lower-cased). */
  type: string;
  scope: string | undefined;
  bang: boolean;
  subject: string;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordOrDash = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45;
const LINE_END = /[\n\r\u2028\u2029]/;
const SPACE = /\s/;

/**
 * `type(scope)!: subject`, exactly as {@link HEADER} matches it, without a regular expression's
 * match arrays: every commit of a long history goes through here.
 */
function parseHeader(line: string): Header | undefined {
  if (line.length === 0 || !isLetter(line.charCodeAt(0))) return undefined;
  let i = 1;
  while (i < line.length && isWordOrDash(line.charCodeAt(i))) i++;
  const type = line.slice(0, i);
  let scope: string | undefined;
  if (line.charCodeAt(i) === 40 /* ( */) {
    const close = line.indexOf(')', i + 1);
    if (close < 0) return undefined;
    scope = line.slice(i + 1, close);
    if (/[(\r\n]/.test(scope)) return undefined;
    i = close + 1;
  }
  const bang = line.charCodeAt(i) === 33; /* ! */
  if (bang) i++;
  if (line.charCodeAt(i) !== 58 /* : */ || line.charCodeAt(i + 1) !== 32) return undefined;
  const subject = line.slice(i + 2);
  if (subject === '' || SPACE.test(subject[0] ?? '') || LINE_END.test(subject)) return undefined;
  return { type, scope, bang, subject };
}
const PR_SUFFIX = /\s*\(#(\d+)\)$/;
const REVERT_QUOTED = /^Revert "(.+)"$/;
const REVERTS_COMMIT = /This reverts commit ([0-9a-f]{7,40})/i;
const RELEASE_AS = /^Release-As:\s*(.*?)\s*$/im;
const NOTE_TITLES = new Set(['BREAKING CHANGE', 'BREAKING-CHANGE']);
const BREAKING = /BREAKING/i;
const ISSUE = /#\d/;
const CLOSING = /close|fix|resolve/i;

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
  return parseHeader(text) ? text : undefined;
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

interface Made {
  entry?: Entry;
  releaseAs?: string;
  /** The type as written, when the header is `type(scope)!: subject`. */
  written?: string;
}

function makeEntry(info: CommitInfo, text: string, index: number, pr: number | undefined): Made {
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
  const match = quoted ? undefined : parseHeader(header);
  if (quoted) {
    type = 'revert';
    subject = quoted[1] ?? '';
    reverts = { header: quoted[1] };
  } else if (match) {
    type = match.type.toLowerCase();
    scope = match.scope?.trim() || null;
    bang = match.bang;
    subject = match.subject.trim();
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
  // Only a body that could hold a note, or a reference that closes an issue (a closing keyword
  // and #N; the notes show nothing else), goes through the parser: it is most of a plan's time.
  if (body !== '' && (BREAKING.test(body) || (ISSUE.test(body) && CLOSING.test(text)))) {
    const parsed = footerParser().parse(`${header}\n${body}`);
    refs = references(parsed);
    for (const note of parsed.notes) {
      // BREAKING CHANGE must be upper case (Conventional Commits 1.0, item 15); the parser matches any case.
      if (NOTE_TITLES.has(note.title) && body.includes(note.title)) breakingNotes.push(note.text.trim());
    }
  }
  const breaking = bang || breakingNotes.length > 0;
  if (bang && breakingNotes.length === 0) breakingNotes.push(subject);
  // Every entry has the same fields (`pr` and `reverts` undefined when absent): one object shape
  // for the thousands of entries of a long history.
  const entry: Entry = {
    sha: info.sha,
    type,
    scope,
    subject,
    header,
    breaking,
    breakingNotes: breakingNotes.includes('') ? breakingNotes.filter((n) => n !== '') : breakingNotes,
    references: refs.length === 0 ? refs : refs.filter((r) => r.issue !== prNumber || r.repository !== null),
    pr: prNumber,
    author: info.author,
    email: info.email,
    date: info.date,
    index,
    reverts,
  };
  return { entry, releaseAs, written: match?.type };
}

function subjectOf(message: string): string {
  const newline = message.indexOf('\n');
  return (newline < 0 ? message : message.slice(0, newline)).trim();
}

/**
 * The warning for a subject that looks conventional but is not. A subject that made an entry
 * with a known type as written (or git's `Revert "..."`) needs no second look.
 */
function warningsFor(info: CommitInfo, message: string, head: Made, knownTypes: ReadonlySet<string>): ParseWarning[] {
  if (head.entry && (head.written === undefined || knownTypes.has(head.written))) return [];
  const subject = subjectOf(message);
  const problem = almostConventional(subject, knownTypes);
  return problem ? [{ sha: info.sha, subject, problem }] : [];
}

/** Splits one commit message into its conventional entries, footers and warnings. */
export function parseCommit(info: CommitInfo, knownTypes: ReadonlySet<string>): ParsedCommit {
  const message = info.message.includes('\r') ? info.message.replace(/\r\n/g, '\n') : info.message;
  const newline = message.indexOf('\n');

  // Fast path: a one-line message, or a body without any line that could start an entry.
  if (newline < 0 || !ANY_ENTRY_LINE.test(message)) {
    const made = makeEntry(info, message, 0, undefined);
    return {
      entries: made.entry ? [made.entry] : [],
      releaseAs: made.releaseAs === '' ? undefined : made.releaseAs,
      warnings: warningsFor(info, message, made, knownTypes),
    };
  }

  // Several entries in one squash body: every line starting a conventional entry of a known type begins a block.
  const lines = message.split('\n');
  const starts: number[] = [];
  const firsts: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const first = entryLine(lines[i] ?? '', knownTypes);
    if (first === undefined) continue;
    starts.push(i);
    firsts.push(first);
  }
  const headBlock = lines.slice(0, starts[0] ?? lines.length).join('\n');
  const head = makeEntry(info, headBlock, 0, undefined);
  const releaseAs: (string | undefined)[] = [head.releaseAs];
  const squashPr = PR_SUFFIX.exec(subjectOf(message))?.[1];
  const bodyEntries: Entry[] = [];
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? lines.length;
    const first = firsts[i] ?? '';
    const indent = (lines[start] ?? '').length - first.length;
    let text = first;
    if (indent > 0) {
      const pad = ' '.repeat(indent);
      for (let l = start + 1; l < end; l++) text += `\n${lines[l]?.startsWith(pad) ? lines[l]?.slice(indent) : lines[l]}`;
    } else for (let l = start + 1; l < end; l++) text += `\n${lines[l]}`;
    const made = makeEntry(info, text, i + 1, squashPr === undefined ? undefined : Number(squashPr));
    releaseAs.push(made.releaseAs);
    if (made.entry) bodyEntries.push(made.entry);
  });
  const entries = head.entry && !bodyEntries.some((e) => e.header === head.entry?.header) ? [head.entry, ...bodyEntries] : bodyEntries;
  return { entries, releaseAs: releaseAs.find((v) => v !== undefined && v !== ''), warnings: warningsFor(info, message, head, knownTypes) };
}
