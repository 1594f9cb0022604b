/** A report file that cannot be read: names the file and, where known, the line and column. */
export class ReportError extends Error {
  override readonly name = 'ReportError';
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** Where: `file`, `file:line` or `file:line:column`. */
  readonly where: string;
  readonly problem: string;

  constructor(file: string, problem: string, position: { line?: number; column?: number } = {}) {
    const where = position.line === undefined ? file : `${file}:${position.line}${position.column === undefined ? '' : `:${position.column}`}`;
    super(`${where}: ${problem}`);
    this.where = where;
    this.problem = problem;
    this.file = file;
    this.line = position.line;
    this.column = position.column;
  }
}
