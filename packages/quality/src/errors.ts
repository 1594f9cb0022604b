import { ConfigurationError } from '@devops-actions/toolkit';

/**
 * A report file that cannot be read: names the file and, where known, the line and column. A
 * user error (the report or the pattern is the user's to fix), so it is a ConfigurationError.
 */
export class ReportError extends ConfigurationError {
  override readonly name: string = 'ReportError';

  /** The subject is where: `file`, `file:line` or `file:line:column`. */
  constructor(file: string, problem: string, position: { line?: number; column?: number } = {}) {
    super(position.line === undefined ? file : `${file}:${position.line}${position.column === undefined ? '' : `:${position.column}`}`, problem);
  }
}
