import { annotate, debug } from './commands.ts';
import { isConfigurationError } from '../errors.ts';

/**
 * Runs an action's main function the way every entry should: a configuration problem
 * becomes one clean error line; anything else becomes a short error plus the stack in
 * the debug log. Either way the step fails (exit code 1); it never exits 0 after a failure.
 */
export async function runAction(main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
  } catch (error) {
    reportFailure(error);
    process.exitCode = 1;
  }
}

export function reportFailure(error: unknown): void {
  if (isConfigurationError(error)) {
    annotate('error', error.message);
    return;
  }
  const err = error instanceof Error ? error : new Error(String(error));
  annotate('error', `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}`);
  if (err.stack) debug(err.stack);
}
