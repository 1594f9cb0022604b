// The detector: one combined keyword scan per text, then only the rules whose keywords
// occur, run only on the lines where they occur. Multi-line rules (private keys, pairs)
// look around the line that hit.
import { createHash } from 'node:crypto';
import { compileRegExp } from './case-groups.ts';
import { validateChecksum } from './checksum.ts';
import { KeywordAutomaton } from './prefilter.ts';
import { entropy, isCiphertext, isEncodedContext, isGenericNoise, isLockfile, isPlaceholder } from './filters.ts';
import type { RuleDefinition, Severity } from './rules.ts';

export interface CompiledRule extends RuleDefinition {
  index: number;
  regex: RegExp;
}

/** A credential found in a text, before policy (baseline, allow lists, severity overrides). */
export interface RawFinding {
  rule: CompiledRule;
  severity: Severity;
  /** The secret itself. Only the engine holds it: for masking, fingerprints and redaction. */
  secret: string;
  /** 1-based line in the text (or the mapped line number when a map is given). */
  line: number;
  /** 1-based column of the secret in its line. */
  column: number;
  endColumn: number;
  checksumValid: boolean;
  /** An inline `secret-scan:allow` on the line: the reason, or '' when none was given. */
  inlineAllow?: string;
  /** Pieces to mask besides the value itself (the lines of a multi-line key). */
  maskParts?: string[];
}

export interface ScanTextOptions {
  path?: string;
  /** Line numbers of the text's lines, when the text is a selection (the added lines of a diff). */
  lineNumbers?: ArrayLike<number>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const BEFORE = '(?<![A-Za-z0-9_+/-])';
const AFTER = '(?![A-Za-z0-9_+/-])';

/** A rule's regular expression as written, case-insensitive parts as `(?i:...)` groups. */
export function ruleSource(definition: RuleDefinition): string {
  if (definition.pattern !== undefined) return definition.pattern;
  if (definition.context !== undefined && definition.kind !== 'pair') {
    const names = definition.context.map((name) => escapeRegExp(name).replace(/_/g, '[_.-]?')).join('|');
    return `(?i:${names})[\\w.-]{0,40}?(?:["'\\]]{0,2}\\s{0,3}(?::=|=>|=|:|,|\\(|\\s)\\s{0,3}|>)(?:["'\`]|\\[["'])?(?<secret>${definition.secret})${AFTER}`;
  }
  return `${BEFORE}(?<secret>${definition.secret})${AFTER}`;
}

export function compileRule(definition: RuleDefinition, index: number): CompiledRule {
  return { ...definition, index, regex: compileRegExp(ruleSource(definition), 'gd') };
}

export const ALLOW_MARKER = 'secret-scan:allow';
const PRIVATE_KEY_END = /-----END ([A-Z0-9 ]+)-----/;

export class Detector {
  readonly rules: readonly CompiledRule[];
  /** The keyword prefilter; share it with the git stream so that lines are filtered as bytes. */
  readonly automaton: KeywordAutomaton;
  /** keyword id -> rules to try. */
  private readonly keywordRules: CompiledRule[][];
  private readonly pairRules: CompiledRule[];
  /** Keyword ids whose rules read the lines after the hit (private key blocks). */
  readonly multilineKeywords: ReadonlySet<number>;
  /** Lines around a hit that pair rules look at. */
  readonly pairWindow: number;
  /** keyword id -> lines [before, after] its rules read besides the line itself. */
  private readonly around: (readonly [number, number])[];

  constructor(definitions: readonly RuleDefinition[]) {
    this.rules = definitions.map(compileRule);
    const byKeyword = new Map<string, Set<CompiledRule>>();
    for (const rule of this.rules) {
      if (rule.kind === 'pair') continue;
      const variants = rule.keywords.flatMap((k) =>
        rule.context?.includes(k) && k.includes('_') ? [k, k.replace(/_/g, ''), k.replace(/_/g, '.'), k.replace(/_/g, '-')] : [k],
      );
      for (const keyword of new Set(variants)) {
        const k = keyword.toLowerCase();
        if (!byKeyword.has(k)) byKeyword.set(k, new Set());
        byKeyword.get(k)?.add(rule);
      }
    }
    const keywords = [...byKeyword.keys()];
    this.automaton = new KeywordAutomaton(keywords);
    this.keywordRules = keywords.map((k) => [...(byKeyword.get(k) ?? [])].sort((a, b) => a.index - b.index));
    this.pairRules = this.rules.filter((r) => r.kind === 'pair');
    this.pairWindow = Math.max(0, ...this.pairRules.map((r) => r.window ?? 5));
    this.multilineKeywords = new Set(keywords.flatMap((_, id) => ((this.keywordRules[id] ?? []).some((r) => r.kind === 'private-key') ? [id] : [])));
    const primaries = new Set(this.pairRules.map((r) => r.pairWith));
    this.around = keywords.map((_, id) => {
      const rules = this.keywordRules[id] ?? [];
      const pair = rules.some((r) => primaries.has(r.id)) ? this.pairWindow : 0;
      return [pair, this.multilineKeywords.has(id) ? Math.max(400, pair) : pair] as const;
    });
  }

  /** The lines before and after a hit of this keyword that its rules read (pairs, private key blocks). */
  linesAround(keywordId: number): readonly [number, number] {
    return this.around[keywordId] ?? [0, 0];
  }

  /**
   * Finds the credentials in a text. `keywordHits` (line index -> keyword ids), when given,
   * replaces the keyword pass: the git stream has already run it over the bytes.
   */
  scan(text: string, options: ScanTextOptions & { keywordHits?: ReadonlyMap<number, readonly number[]> } = {}): RawFinding[] {
    const todo = new Map<number, Set<CompiledRule>>();
    let starts: number[] | undefined;
    if (options.keywordHits) {
      if (options.keywordHits.size === 0) return [];
      for (const [lineIndex, ids] of options.keywordHits) {
        const set = new Set<CompiledRule>();
        for (const id of ids) for (const rule of this.keywordRules[id] ?? []) set.add(rule);
        todo.set(lineIndex, set);
      }
      starts = lineStarts(text);
    } else {
      let lineStartsCache: number[] | undefined;
      this.automaton.scanString(text, (end, id) => {
        lineStartsCache ??= lineStarts(text);
        const lineIndex = lineOf(lineStartsCache, end);
        let set = todo.get(lineIndex);
        if (!set) todo.set(lineIndex, (set = new Set()));
        for (const rule of this.keywordRules[id] ?? []) set.add(rule);
      });
      if (todo.size === 0) return [];
      starts = lineStartsCache ?? lineStarts(text);
    }
    const lockfile = options.path !== undefined && isLockfile(options.path);
    const findings: RawFinding[] = [];
    const taken: { line: number; start: number; end: number; generic: boolean }[] = [];
    const lineText = (i: number) => text.slice(starts[i], (starts[i + 1] ?? text.length + 1) - 1).replace(/\r$/, '');
    const mapLine = (i: number) => options.lineNumbers?.[i] ?? i + 1;
    const ordered = [...todo.entries()].sort((a, b) => a[0] - b[0]);
    for (const [lineIndex, rules] of ordered) {
      const line = lineText(lineIndex);
      const sorted = [...rules].sort((a, b) => Number(a.kind === 'generic') - Number(b.kind === 'generic') || a.index - b.index);
      for (const rule of sorted) {
        if (lockfile && (rule.kind === 'generic' || rule.context !== undefined || rule.kind === 'jwt')) continue;
        if (rule.kind === 'private-key') {
          const found = this.privateKey(rule, text, starts, lineIndex, line);
          if (found) findings.push({ ...found, line: mapLine(lineIndex) });
          continue;
        }
        rule.regex.lastIndex = 0;
        for (let m = rule.regex.exec(line); m !== null; m = rule.regex.exec(line)) {
          if (m[0].length === 0) {
            rule.regex.lastIndex++;
            continue;
          }
          const indices = m.indices?.groups;
          const span = indices?.secret ?? indices?.bare;
          const secret = m.groups?.secret ?? m.groups?.bare;
          if (!span || secret === undefined) continue;
          const [start, end] = span;
          const generic = rule.kind === 'generic';
          if (taken.some((t) => t.line === lineIndex && start < t.end && end > t.start && (!t.generic || generic))) continue;
          const verdict = this.judge(rule, secret, line, start, m);
          if (verdict === undefined) continue;
          taken.push({ line: lineIndex, start, end, generic });
          findings.push({
            rule,
            severity: verdict.severity,
            secret,
            line: mapLine(lineIndex),
            column: start + 1,
            endColumn: end + 1,
            checksumValid: verdict.checksumValid,
            inlineAllow: inlineAllow(line),
          });
        }
      }
    }
    // A specific rule wins over a generic one on the same value.
    const specific = findings.filter(
      (f, i) => f.rule.kind !== 'generic' || !findings.some((g, j) => j !== i && g.rule.kind !== 'generic' && g.line === f.line && g.secret.includes(f.secret)),
    );
    return this.pairs(text, starts, specific, mapLine, lineText);
  }

  private judge(
    rule: CompiledRule,
    secret: string,
    line: string,
    start: number,
    m: RegExpExecArray,
  ): { severity: Severity; checksumValid: boolean } | undefined {
    let severity = rule.severity;
    if (rule.checksum !== undefined) {
      if (!validateChecksum(rule.checksum, secret)) return undefined;
      return { severity, checksumValid: true };
    }
    if (isPlaceholder(secret)) return undefined;
    if (isEncodedContext(line.slice(0, start), line) || isCiphertext(secret)) return undefined;
    if (rule.kind === 'generic') {
      const name = /[A-Za-z0-9_.-]+(?=["'\]]{0,2}\s{0,3}(?::=|=>|=|:|,)\s{0,3}["'`]?$)/.exec(line.slice(0, start))?.[0] ?? '';
      if (isGenericNoise(name, secret, rule.minEntropy ?? 3)) return undefined;
      if (/^eyJ/.test(secret)) return undefined;
      return { severity, checksumValid: false };
    }
    if (rule.minEntropy !== undefined && entropy(secret) < rule.minEntropy) return undefined;
    if (rule.kind === 'url') {
      const host = m.groups?.host ?? '';
      if (/^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$/i.test(host)) severity = 'low';
      const user = m.groups?.user ?? '';
      if (secret === user || /^(?:pass|pwd|secret|user|username)$/i.test(secret)) return undefined;
      if (/^%[sd]$|^\*+$/.test(secret)) return undefined;
    }
    if (rule.kind === 'jwt') {
      const verdict = judgeJwt(secret);
      if (verdict === undefined) return undefined;
      severity = verdict;
    }
    return { severity, checksumValid: false };
  }

  private privateKey(rule: CompiledRule, text: string, starts: number[], lineIndex: number, line: string): Omit<RawFinding, 'line'> | undefined {
    rule.regex.lastIndex = 0;
    const header = rule.regex.exec(line);
    if (!header) return undefined;
    const from = (starts[lineIndex] ?? 0) + header.index + header[0].length;
    // Up to 16 kB after the header, with escaped newlines, quotes, indentation and comment markers normalised.
    const window = text.slice(from, from + 16_384).replace(/\\r\\n|\\n|\\r/g, '\n');
    let body = '';
    const parts: string[] = [];
    let ended = false;
    if (rule.id === 'private-key-putty') {
      const lines = /Private-Lines:\s*(\d+)\s*\n((?:.*\n?){1,200})/.exec(window);
      if (!lines) return undefined;
      const pieces = (lines[2] ?? '')
        .split('\n')
        .slice(0, Number(lines[1]))
        .map((l) => l.replace(/[^A-Za-z0-9+/=]/g, ''));
      parts.push(...pieces.filter((p) => p.length >= 8));
      body = pieces.join('');
      ended = true;
    } else {
      const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(header[0])?.[1] ?? '';
      for (const raw of window.split('\n')) {
        const end = PRIVATE_KEY_END.exec(raw);
        const cleaned = raw
          .replace(PRIVATE_KEY_END, '')
          .trim()
          .replace(/^(?:#+|\/\/+|\*+|;+|>+)\s+/, '')
          .replace(/^["'`]/, '')
          .replace(/\s*[,;)\\]+$/, '')
          .replace(/["'`]\s*\+?$/, '');
        if (/^[A-Za-z-]+: /.test(cleaned)) continue; // PEM headers (Proc-Type, DEK-Info, Version, Comment)
        const piece = cleaned.replace(/[^A-Za-z0-9+/=]/g, '');
        if (piece.length >= 8) parts.push(piece);
        body += piece;
        if (end) {
          ended = end[1] === label;
          break;
        }
        if (body.length > 12_000) break;
      }
    }
    if (body.length < 64 || (!ended && body.length < 400)) return undefined;
    if (isPlaceholder(body.slice(0, 200)) || entropy(body) < 4.5) return undefined;
    return {
      rule,
      severity: rule.severity,
      secret: body,
      column: header.index + 1,
      endColumn: header.index + header[0].length + 1,
      checksumValid: false,
      inlineAllow: inlineAllow(line),
      maskParts: parts,
    };
  }

  /** Pair rules: a partner value (an AWS secret) within a few lines of a primary finding (an AWS key ID). */
  private pairs(text: string, starts: number[], findings: RawFinding[], mapLine: (i: number) => number, lineText: (i: number) => string): RawFinding[] {
    if (this.pairRules.length === 0) return findings;
    const out = [...findings];
    for (const pair of this.pairRules) {
      for (const primary of findings) {
        if (primary.rule.id !== pair.pairWith) continue;
        const index = indexOfMapped(primary.line, starts.length, mapLine);
        const window = pair.window ?? 5;
        for (let i = Math.max(0, index - window); i <= Math.min(starts.length - 1, index + window); i++) {
          const line = lineText(i);
          pair.regex.lastIndex = 0;
          for (let m = pair.regex.exec(line); m !== null; m = pair.regex.exec(line)) {
            const secret = m.groups?.secret ?? '';
            const span = m.indices?.groups?.secret;
            if (!span || secret === primary.secret || primary.secret.includes(secret)) continue;
            if (!/[a-z]/.test(secret) || !/[A-Z]/.test(secret) || !/[0-9]/.test(secret)) continue;
            if (isPlaceholder(secret) || entropy(secret) < (pair.minEntropy ?? 4) || isEncodedContext(line.slice(0, span[0]), line)) continue;
            if (out.some((f) => f.secret === secret)) continue;
            out.push({
              rule: pair,
              severity: pair.severity,
              secret,
              line: mapLine(i),
              column: span[0] + 1,
              endColumn: span[1] + 1,
              checksumValid: false,
              inlineAllow: inlineAllow(line),
            });
          }
        }
      }
    }
    void text;
    return out;
  }
}

function indexOfMapped(line: number, count: number, mapLine: (i: number) => number): number {
  for (let i = 0; i < count; i++) if (mapLine(i) === line) return i;
  return 0;
}

/** The reason of an inline `secret-scan:allow <reason>` comment ('' when none), or undefined. */
export function inlineAllow(line: string): string | undefined {
  const at = line.indexOf(ALLOW_MARKER);
  if (at < 0) return undefined;
  return line
    .slice(at + ALLOW_MARKER.length)
    .replace(/^[:\s-]+/, '')
    .replace(/\\[nrt].*$/, '')
    .replace(/\s*(?:\*\/|-->|%>|#\}|\}\}|"|').*$/, '')
    .trim();
}

function judgeJwt(token: string): Severity | undefined {
  const [header, payload, signature] = token.split('.');
  try {
    const h = JSON.parse(Buffer.from(header ?? '', 'base64url').toString('utf8')) as { alg?: string };
    const p = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof h !== 'object' || h === null || typeof h.alg !== 'string' || h.alg.toLowerCase() === 'none') return undefined;
    if (!signature || signature.length < 16) return undefined;
    if (typeof p !== 'object' || p === null) return undefined;
    // Public by design: Supabase anon keys and similar client-side keys.
    if (p.role === 'anon' || p.role === 'public') return undefined;
    if (p.role === 'service_role' || p.role === 'supabase_admin') return 'high';
    return 'medium';
  } catch {
    return undefined;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function fingerprintOf(ruleId: string, secret: string): string {
  return `${ruleId}:${sha256(secret)}`;
}

/** `ghp_…a1B2 (sha256:0123abcd)`: a known prefix, the last 4 characters and a hash; never more than a quarter of the value. */
export function redact(secret: string): string {
  const hash = sha256(secret).slice(0, 8);
  const known = /^(?:[A-Za-z0-9]{1,12}[_-]){1,3}/.exec(secret)?.[0] ?? '';
  const prefixLength = Math.min(known.length || 4, Math.floor(secret.length / 4));
  const tail = secret.length >= 16 ? secret.slice(-4) : '';
  return `${secret.slice(0, prefixLength)}…${tail} (sha256:${hash})`;
}
