// Line coverage of one source file, kept compact: one slot per source line in a growable
// typed array (0 = not coverable, n = hits + 1), so memory follows the size of the source
// tree, not the size of the report files.

const MAX_SLOT = 0xffff_fffe;

export class LineHits {
  private slots: Uint32Array;
  private last = 0;

  constructor(capacity = 64) {
    this.slots = new Uint32Array(capacity);
  }

  /** Records `hits` for a coverable line (1-based); several records of one line add up. */
  add(line: number, hits: number): void {
    if (line >= this.slots.length) {
      let size = this.slots.length * 2;
      while (size <= line) size *= 2;
      const grown = new Uint32Array(size);
      grown.set(this.slots);
      this.slots = grown;
    }
    const current = this.slots[line] ?? 0;
    const sum = (current === 0 ? 0 : current - 1) + (hits > 0 ? hits : 0);
    this.slots[line] = Math.min(sum, MAX_SLOT - 1) + 1;
    if (line > this.last) this.last = line;
  }

  merge(other: LineHits): void {
    other.forEach((line, hits) => this.add(line, hits));
  }

  /** Hits of a line, or undefined when the line is not coverable. */
  get(line: number): number | undefined {
    const slot = line <= this.last ? (this.slots[line] ?? 0) : 0;
    return slot === 0 ? undefined : slot - 1;
  }

  forEach(visit: (line: number, hits: number) => void): void {
    for (let line = 1; line <= this.last; line++) {
      const slot = this.slots[line] ?? 0;
      if (slot !== 0) visit(line, slot - 1);
    }
  }

  totals(): { covered: number; total: number } {
    let covered = 0;
    let total = 0;
    for (let line = 1; line <= this.last; line++) {
      const slot = this.slots[line] ?? 0;
      if (slot !== 0) {
        total++;
        if (slot > 1) covered++;
      }
    }
    return { covered, total };
  }
}

/** Coverage of one file as a report states it: line hits, or only totals (coverage-summary.json). */
export interface FileCoverage {
  lines?: LineHits;
  /** Totals for reports without line data. */
  summary?: { covered: number; total: number };
}

/** What one coverage report says, keyed by the path as written in the report. */
export interface CoverageReport {
  /** The name of its format (see formats.ts): `lcov`, `cobertura`. */
  format: string;
  file: string;
  files: Map<string, FileCoverage>;
  /** Roots the report names for its relative paths (Cobertura `<source>`). */
  sourceRoots: string[];
}

export function fileCoverage(report: CoverageReport, path: string): LineHits {
  let entry = report.files.get(path);
  if (!entry) {
    entry = {};
    report.files.set(path, entry);
  }
  entry.lines ??= new LineHits();
  return entry.lines;
}

export function totalsOf(entry: FileCoverage): { covered: number; total: number } {
  return entry.lines ? entry.lines.totals() : (entry.summary ?? { covered: 0, total: 0 });
}

export function pct(covered: number, total: number): number | undefined {
  return total === 0 ? undefined : Math.round((covered / total) * 10_000) / 100;
}
