// The keyword prefilter: one Aho-Corasick automaton over every rule keyword, case-folded,
// run once over each line (bytes from git, or a string). A line without a keyword costs one
// table lookup per byte and is never given to a regular expression.

export class KeywordAutomaton {
  readonly keywords: readonly string[];
  /** (state << 7) + folded byte -> next state. */
  private readonly table: Int32Array;
  /** state -> index into `outputs`, or -1. */
  private readonly accept: Int32Array;
  private readonly outputs: number[][];
  /** (state << 8) | byte -> next state, case folded; negative (-next - 1) when next accepts. */
  private readonly byteTable: Int32Array;
  private static readonly FOLD = (() => {
    const fold = new Uint8Array(256);
    for (let i = 0; i < 128; i++) fold[i] = i >= 65 && i <= 90 ? i + 32 : i;
    // Bytes above 127 (UTF-8) never start or continue an ASCII keyword: state 0 via NUL.
    return fold;
  })();

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    const goto: Int32Array[] = [new Int32Array(128).fill(-1)];
    const out: number[][] = [[]];
    keywords.forEach((keyword, id) => {
      let s = 0;
      for (const ch of keyword.toLowerCase()) {
        const c = ch.charCodeAt(0);
        if (c >= 128) throw new Error(`keyword ${keyword} is not ASCII`);
        let next = goto[s]?.[c] ?? -1;
        if (next === -1) {
          next = goto.length;
          goto.push(new Int32Array(128).fill(-1));
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
    for (let c = 0; c < 128; c++) {
      const s = root[c] ?? -1;
      if (s === -1) root[c] = 0;
      else queue.push(s);
    }
    for (let head = 0; head < queue.length; head++) {
      const r = queue[head] ?? 0;
      const row = goto[r] as Int32Array;
      const failRow = goto[fail[r] ?? 0] as Int32Array;
      for (let c = 0; c < 128; c++) {
        const s = row[c] ?? -1;
        if (s === -1) row[c] = failRow[c] ?? 0;
        else {
          queue.push(s);
          fail[s] = failRow[c] ?? 0;
          out[s]?.push(...(out[fail[s] ?? 0] ?? []));
        }
      }
    }
    this.table = new Int32Array(goto.length * 128);
    goto.forEach((row, s) => this.table.set(row, s * 128));
    this.accept = new Int32Array(goto.length).fill(-1);
    this.outputs = [];
    out.forEach((ids, s) => {
      if (ids.length > 0) {
        this.accept[s] = this.outputs.length;
        this.outputs.push([...new Set(ids)]);
      }
    });
    const fold = KeywordAutomaton.FOLD;
    this.byteTable = new Int32Array(goto.length * 256);
    for (let s = 0; s < goto.length; s++) {
      for (let byte = 0; byte < 256; byte++) {
        const next = this.table[s * 128 + (fold[byte] as number)] as number;
        this.byteTable[(s << 8) | byte] = (this.accept[next] as number) >= 0 ? -next - 1 : next;
      }
    }
  }

  /** The keyword ids found in bytes [start, end), or undefined when none. */
  scanBytes(bytes: Uint8Array, start: number, end: number): number[] | undefined {
    const table = this.byteTable;
    let s = 0;
    let found: number[] | undefined;
    for (let i = start; i < end; i++) {
      s = table[(s << 8) | (bytes[i] as number)] as number;
      if (s < 0) {
        s = -s - 1;
        found ??= [];
        for (const id of this.outputs[this.accept[s] as number] as number[]) if (!found.includes(id)) found.push(id);
      }
    }
    return found;
  }

  /** Calls `hit(offset of the keyword's last character, keyword id)` for every keyword in `text`. */
  scanString(text: string, hit: (end: number, id: number) => void): void {
    const table = this.table;
    const accept = this.accept;
    const fold = KeywordAutomaton.FOLD;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      s = table[(s << 7) + (c < 128 ? (fold[c] as number) : 0)] as number;
      const a = accept[s] as number;
      if (a >= 0) for (const id of this.outputs[a] as number[]) hit(i, id);
    }
  }
}
