// The keyword prefilter: one Aho-Corasick automaton over every rule keyword, case-folded,
// run once over each line (bytes from git, or a string). A line without a keyword costs one
// table lookup per byte and is never given to a regular expression.
//
// The table is indexed by character class, not by byte: only the few dozen characters that
// occur in keywords get a class, so a row is 64 entries wide instead of 256 and the whole
// table stays in the CPU cache. A newline has a class of its own whose every entry is
// NEWLINE, so one loop finds both the keywords and the end of the line.

const NEWLINE = -0x80000000;

/** Keyword hits as (line index, match) pairs in reusable typed arrays. */
export class KeywordHits {
  lines = new Int32Array(256);
  matches = new Int32Array(256);
  length = 0;

  push(line: number, match: number): void {
    if (this.length === this.lines.length) {
      const grow = (old: Int32Array) => {
        const next = new Int32Array(old.length * 2);
        next.set(old);
        return next;
      };
      this.lines = grow(this.lines);
      this.matches = grow(this.matches);
    }
    this.lines[this.length] = line;
    this.matches[this.length++] = match;
  }
}

export class KeywordAutomaton {
  readonly keywords: readonly string[];
  /** byte -> character class (0: a character no keyword has). */
  private readonly classes: Uint8Array;
  private readonly shift: number;
  /** (state << shift) | class -> next state; ~next when next accepts; NEWLINE for '\n'. */
  private readonly table: Int32Array;
  /** accepting state -> its match index (into `outputs`). */
  private readonly accept: Int32Array;
  /** match index -> keyword ids. */
  private readonly outputs: number[][] = [];

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    const chars = [...new Set(keywords.flatMap((k) => [...k.toLowerCase()]))].sort();
    const bad = chars.find((ch) => ch.charCodeAt(0) >= 128 || ch === '\n');
    if (bad !== undefined) throw new Error(`keyword ${keywords.find((k) => k.toLowerCase().includes(bad))} is not printable ASCII`);
    this.classes = new Uint8Array(256);
    chars.forEach((ch, i) => {
      const c = ch.charCodeAt(0);
      this.classes[c] = i + 1;
      if (c >= 97 && c <= 122) this.classes[c - 32] = i + 1; // upper case folds to lower
    });
    const newlineClass = chars.length + 1;
    this.classes[10] = newlineClass;
    const width = newlineClass + 1;
    this.shift = Math.max(1, Math.ceil(Math.log2(width)));

    // The trie, then failure links breadth-first (classic Aho-Corasick), as a full goto table.
    const goto: Int32Array[] = [new Int32Array(width).fill(-1)];
    const out: number[][] = [[]];
    keywords.forEach((keyword, id) => {
      let s = 0;
      for (const ch of keyword.toLowerCase()) {
        const c = this.classes[ch.charCodeAt(0)] as number;
        let next = goto[s]?.[c] ?? -1;
        if (next === -1) {
          next = goto.length;
          goto.push(new Int32Array(width).fill(-1));
          out.push([]);
          (goto[s] as Int32Array)[c] = next;
        }
        s = next;
      }
      out[s]?.push(id);
    });
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    const root = goto[0] as Int32Array;
    for (let c = 0; c < width; c++) {
      const s = root[c] ?? -1;
      if (s === -1) root[c] = 0;
      else queue.push(s);
    }
    for (let head = 0; head < queue.length; head++) {
      const r = queue[head] ?? 0;
      const row = goto[r] as Int32Array;
      const failRow = goto[fail[r] ?? 0] as Int32Array;
      for (let c = 0; c < width; c++) {
        const s = row[c] ?? -1;
        if (s === -1) row[c] = failRow[c] ?? 0;
        else {
          queue.push(s);
          fail[s] = failRow[c] ?? 0;
          out[s]?.push(...(out[fail[s] ?? 0] ?? []));
        }
      }
    }
    this.accept = new Int32Array(goto.length).fill(-1);
    out.forEach((ids, s) => {
      if (ids.length > 0) {
        this.accept[s] = this.outputs.length;
        this.outputs.push([...new Set(ids)]);
      }
    });
    this.table = new Int32Array(goto.length << this.shift);
    goto.forEach((row, s) => {
      for (let c = 0; c < width; c++) {
        const next = row[c] as number;
        this.table[(s << this.shift) | c] = c === newlineClass ? NEWLINE : (this.accept[next] as number) >= 0 ? ~next : next;
      }
    });
  }

  /** The keyword ids of a match recorded by `scanLine`. */
  keywordIds(match: number): readonly number[] {
    return this.outputs[match] ?? [];
  }

  /**
   * Scans bytes from `start` to the first newline or `end`, recording each keyword match in
   * `hits` under `line`. Returns the newline's index, or -1 when none came before `end`.
   */
  scanLine(bytes: Uint8Array, start: number, end: number, hits: KeywordHits, line: number): number {
    const table = this.table;
    const classes = this.classes;
    const shift = this.shift;
    let s = 0;
    for (let i = start; i < end; i++) {
      const next = table[(s << shift) | (classes[bytes[i] as number] as number)] as number;
      if (next >= 0) {
        s = next;
        continue;
      }
      if (next === NEWLINE) return i;
      s = ~next;
      hits.push(line, this.accept[s] as number);
    }
    return -1;
  }

  /** Calls `hit(offset of the keyword's last character, keyword id)` for every keyword in `text`. */
  scanString(text: string, hit: (end: number, id: number) => void): void {
    const table = this.table;
    const classes = this.classes;
    const shift = this.shift;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      const next = table[(s << shift) | (c < 128 ? (classes[c] as number) : 0)] as number;
      if (next >= 0) s = next;
      else if (next === NEWLINE) s = 0;
      else {
        s = ~next;
        for (const id of this.keywordIds(this.accept[s] as number)) hit(i, id);
      }
    }
  }
}

/** Keyword hits as the detector takes them: line index -> keyword ids; undefined when none. */
export function hitsByLine(hits: KeywordHits, automaton: KeywordAutomaton): Map<number, number[]> | undefined {
  if (hits.length === 0) return undefined;
  const map = new Map<number, number[]>();
  for (let i = 0; i < hits.length; i++) {
    const line = hits.lines[i] as number;
    let ids = map.get(line);
    if (!ids) map.set(line, (ids = []));
    for (const id of automaton.keywordIds(hits.matches[i] as number)) if (!ids.includes(id)) ids.push(id);
  }
  return map;
}

/** The keyword hits of every line of a file's bytes. */
export function scanFileBytes(automaton: KeywordAutomaton, bytes: Uint8Array, hits: KeywordHits): void {
  hits.length = 0;
  for (let at = 0, line = 0; at < bytes.length; line++) {
    const nl = automaton.scanLine(bytes, at, bytes.length, hits, line);
    if (nl === -1) break;
    at = nl + 1;
  }
}
