// Static lint of PostgreSQL migrations with the real PostgreSQL parser (libpg-query): reads a
// file's directives, parses it, hands each statement to its kind's handler (statements.ts) and
// applies the acknowledgements, disabled rules and severity overrides to what they report.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESTRUCTIVE_RULES, RULES, STYLE_RULES, type RuleId } from './rules.ts';
import { identifierChecks, newFileState, obj, STATEMENT_HANDLERS, type FileState, type Node, type Statement } from './statements.ts';
import type { Severity } from './vocabulary.ts';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  message: string;
}

export type TransactionMode = 'wrapped' | 'none';

export interface LintOptions {
  file: string;
  /** How the runner executes the file: inside one transaction (`wrapped`) or statement by statement (`none`). */
  transaction?: TransactionMode;
  disabledRules?: readonly RuleId[];
  severityOverrides?: Readonly<Partial<Record<RuleId, Severity>>>;
  /** Teams that set lock_timeout on the migration role. */
  assumeLockTimeout?: boolean;
  /** Style notices (prefer-*, ban-char-type); on by default. */
  style?: boolean;
}

export interface LintResult {
  findings: Finding[];
  statements: number;
  transaction: TransactionMode;
}

interface RawStmt {
  stmt: Node;
  stmt_location?: number;
  stmt_len?: number;
}
interface Parser {
  parseSync(sql: string): { stmts?: RawStmt[] };
}

let parserPromise: Promise<Parser> | undefined;
/** Loads libpg-query (and its WebAssembly module) once, on first use. */
export async function loadParser(): Promise<Parser> {
  parserPromise ??= (async () => {
    // Bundled as ESM (the actions' dist), libpg-query's Emscripten loader finds its .wasm next to
    // `__dirname`, which ESM does not define: point it at the bundle's folder, where the build
    // copies the .wasm, for the duration of the load. Run from source, Node loads the CommonJS
    // build, whose own __dirname wins.
    const global = globalThis as { __dirname?: string };
    const had = '__dirname' in global;
    if (!had) global.__dirname = dirname(fileURLToPath(import.meta.url));
    try {
      const mod = (await import('libpg-query')) as unknown as Parser & { loadModule(): Promise<void> };
      await mod.loadModule();
      return mod;
    } finally {
      if (!had) delete global.__dirname;
    }
  })();
  return parserPromise;
}

class Positions {
  private readonly lineStarts: number[] = [0];
  private readonly buf: Buffer;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    this.buf = Buffer.from(text, 'utf8');
  }
  /** libpg-query offsets are UTF-8 byte offsets. */
  private lastByte = 0;
  private lastChar = 0;
  charOffset(byteOffset: number): number {
    if (this.buf.length === this.text.length) return byteOffset; // ASCII: bytes are characters
    // offsets arrive mostly in increasing order: continue from the last one
    if (byteOffset < this.lastByte) {
      this.lastByte = 0;
      this.lastChar = 0;
    }
    this.lastChar += this.buf.subarray(this.lastByte, byteOffset).toString('utf8').length;
    this.lastByte = byteOffset;
    return this.lastChar;
  }
  lineCol(charOffset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= charOffset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: charOffset - (this.lineStarts[lo] ?? 0) + 1 };
  }
  lineOfFirstCode(byteStart: number, byteLen: number): number {
    // skip leading whitespace and comments of a statement so findings point at its first keyword
    const start = this.charOffset(byteStart);
    const end = this.charOffset(byteStart + byteLen);
    let i = start;
    while (i < end) {
      const rest = this.text.slice(i, end);
      const ws = /^\s+/.exec(rest);
      if (ws) {
        i += ws[0].length;
        continue;
      }
      if (rest.startsWith('--')) {
        const nl = this.text.indexOf('\n', i);
        i = nl < 0 ? end : nl + 1;
        continue;
      }
      if (rest.startsWith('/*')) {
        const close = this.text.indexOf('*/', i + 2);
        i = close < 0 ? end : close + 2;
        continue;
      }
      break;
    }
    return i;
  }
}

/** A statement of a file: its text from its first keyword, and the line that keyword is on. */
export interface SourceStatement {
  sql: string;
  line: number;
}

/** Splits a file into its statements with the parser's locations, skipping leading comments and blank lines. */
export function splitStatements(parser: Parser, sql: string): SourceStatement[] {
  const pos = new Positions(sql);
  const total = Buffer.byteLength(sql);
  return (parser.parseSync(sql).stmts ?? []).map((raw) => {
    const byteStart = raw.stmt_location ?? 0;
    const byteLen = raw.stmt_len && raw.stmt_len > 0 ? raw.stmt_len : total - byteStart;
    const first = pos.lineOfFirstCode(byteStart, byteLen);
    return { sql: sql.slice(first, pos.charOffset(byteStart + byteLen)).trim(), line: pos.lineCol(first).line };
  });
}

/** A `-- migration-check:ignore <rule> <reason>` acknowledgement. */
interface Acknowledgement {
  rule: string;
  line: number;
  used: boolean;
}

const IGNORE_RE = /--\s*migration-check:ignore\s+([a-z0-9-]+)(?:[ \t]+(.*\S))?/g;
const TX_RE = /--\s*migration-check:\s*transaction\s*=\s*(none|wrapped)/i;

/** Lints one migration file. */
export async function lintSql(sql: string, options: LintOptions): Promise<LintResult> {
  const parser = await loadParser();
  return lintWithParser(parser, sql, options);
}

export function lintWithParser(parser: Parser, sql: string, options: LintOptions): LintResult {
  const pos = new Positions(sql);
  const transaction = transactionMode(sql, options);
  const { acknowledgements, findings } = readAcknowledgements(sql, pos, options.file);
  let stmts: RawStmt[];
  try {
    stmts = parser.parseSync(sql).stmts ?? [];
  } catch (error) {
    return { findings: [...findings, parseError(error, pos, options.file)], statements: 0, transaction };
  }
  const file = newFileState(transaction, options.assumeLockTimeout === true);
  const reportAt = reporter(options, findings, acknowledgements);
  const total = Buffer.byteLength(sql);
  let previousEnd = 0;
  for (const raw of stmts) {
    const byteStart = raw.stmt_location ?? 0;
    const byteEnd = byteStart + (raw.stmt_len && raw.stmt_len > 0 ? raw.stmt_len : total - byteStart);
    const start = pos.lineCol(pos.lineOfFirstCode(byteStart, byteEnd - byteStart));
    // An acknowledgement belongs to the statement below it: between the end of the previous
    // statement (or this one's leading comments) and its first keyword.
    const from = Math.min(pos.lineCol(pos.charOffset(byteStart)).line, previousEnd + 1);
    const st: Statement = {
      file,
      line: start.line,
      inTx: transaction === 'wrapped' || file.inExplicitTx,
      report: reportAt({ from, ...start }),
    };
    identifierChecks(raw.stmt, sql.slice(pos.charOffset(byteStart), pos.charOffset(byteEnd)), st.report);
    const [kind, body] = Object.entries(raw.stmt)[0] ?? ['', {}];
    STATEMENT_HANDLERS[kind]?.(obj(body) ?? {}, st);
    previousEnd = pos.lineCol(pos.charOffset(byteEnd)).line;
  }
  findings.push(...endOfFile(file, acknowledgements, options));
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  const disabled = new Set(options.disabledRules ?? []);
  return { findings: findings.filter((f) => !disabled.has(f.rule)), statements: stmts.length, transaction };
}

/** The file's own directive wins over the runner's mode. */
function transactionMode(sql: string, options: LintOptions): TransactionMode {
  const directive = TX_RE.exec(sql)?.[1];
  return directive === undefined ? (options.transaction ?? 'wrapped') : (directive.toLowerCase() as TransactionMode);
}

/** The acknowledgements of the file; one without a reason is a finding instead. */
function readAcknowledgements(sql: string, pos: Positions, file: string): { acknowledgements: Acknowledgement[]; findings: Finding[] } {
  const acknowledgements: Acknowledgement[] = [];
  const findings: Finding[] = [];
  for (const m of sql.matchAll(IGNORE_RE)) {
    const { line, column } = pos.lineCol(m.index);
    const rule = m[1] ?? '';
    if (m[2]) acknowledgements.push({ rule, line, used: false });
    else
      findings.push({
        rule: 'ignore-without-reason',
        severity: RULES['ignore-without-reason'],
        file,
        line,
        column,
        message: `The acknowledgement of ${rule} has no reason: write "-- migration-check:ignore ${rule} <why this is safe>".`,
      });
  }
  return { acknowledgements, findings };
}

function parseError(error: unknown, pos: Positions, file: string): Finding {
  const e = error as Error & { sqlDetails?: { cursorPosition?: number } };
  const { line, column } = pos.lineCol(pos.charOffset(e.sqlDetails?.cursorPosition ?? 0));
  return { rule: 'parse-error', severity: RULES['parse-error'], file, line, column, message: `The PostgreSQL parser rejects this file: ${e.message}` };
}

/**
 * How a statement's handlers report: disabled rules and switched-off style notices are dropped,
 * an acknowledgement above the statement takes the finding, and the severity is the override
 * or the rule's own.
 */
function reporter(options: LintOptions, findings: Finding[], acknowledgements: Acknowledgement[]) {
  const disabled = new Set(options.disabledRules);
  return (at: { from: number; line: number; column: number }) =>
    (rule: RuleId, message: string): void => {
      if (disabled.has(rule) || (options.style === false && STYLE_RULES.has(rule))) return;
      const acknowledged = acknowledgements.find((a) => a.rule === rule && a.line >= at.from && a.line <= at.line);
      if (acknowledged) {
        acknowledged.used = true;
        return;
      }
      const note = DESTRUCTIVE_RULES.has(rule)
        ? ` If this is intended, acknowledge it with "-- migration-check:ignore ${rule} <reason>" above the statement.`
        : '';
      const severity = options.severityOverrides?.[rule] ?? RULES[rule];
      findings.push({ rule, severity, file: options.file, line: at.line, column: at.column, message: message + note });
    };
}

/** What only the end of the file tells: a BEGIN never committed, acknowledgements no finding used. */
function endOfFile(file: FileState, acknowledgements: readonly Acknowledgement[], options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  if (file.inExplicitTx && file.transaction === 'none')
    findings.push({
      rule: 'unterminated-transaction',
      severity: options.severityOverrides?.['unterminated-transaction'] ?? RULES['unterminated-transaction'],
      file: options.file,
      line: file.beginLine,
      column: 1,
      message: 'BEGIN without a matching COMMIT: the work is rolled back when the session ends. Add COMMIT; at the end of the file.',
    });
  for (const a of acknowledgements.filter((x) => !x.used))
    findings.push({
      rule: 'unused-ignore',
      severity: RULES['unused-ignore'],
      file: options.file,
      line: a.line,
      column: 1,
      message: `The acknowledgement of ${a.rule} matches no finding on the next statement: remove it.`,
    });
  return findings;
}
