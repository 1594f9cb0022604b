/**
 * A problem with what the user configured (an input, a config file, a flag).
 * The entry prints its message as one clean error line, without a stack trace.
 */
export class ConfigurationError extends Error {
  override readonly name: string = 'ConfigurationError';
  /** The input, option or file the problem is in, e.g. `fail-on` or `.secret-scan.yml:12 rules[3].id`. */
  readonly subject: string;
  readonly problem: string;
  /** A value that would have been accepted. */
  readonly example: string | undefined;

  /**
   * `plain`: the message is the problem alone, for problems that already say what they are about
   * (git's own refusal, a held lock, a usage line); `subject` still names the area.
   */
  constructor(subject: string, problem: string, example?: string, options: { plain?: boolean } = {}) {
    super(options.plain ? problem : `${subject}: ${problem}${example === undefined ? '' : ` (for example: ${example})`}`);
    this.subject = subject;
    this.problem = problem;
    this.example = example;
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}
