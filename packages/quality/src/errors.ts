import { ConfigurationError } from '@devops-actions/toolkit';

/**
 * A report file that cannot be read: names the file and, where known, the line and column. A
 * user error (the report or the pattern is the user's to fix), so it is a ConfigurationError.
 */
export class ReportError extends ConfigurationError {
  override readonly name: string = 'ReportError';
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** Where: `file`, `file:line` or `file:line:column`. */
  readonly where: string;

  constructor(file: string, problem: string, position: { line?: number; column?: number } = {}) {
    const where = position.line === undefined ? file : `${file}:${position.line}${position.column === undefined ? '' : `:${position.column}`}`;
    super(where, problem);
    this.where = where;
    this.file = file;
    this.line = position.line;
    this.column = position.column;
  }
}
