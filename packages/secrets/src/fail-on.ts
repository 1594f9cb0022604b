// The fail-on levels, declared once: the config file, the action input and the CLI option read them.
// Its own module so that the action's input spec can name them without loading the engine.
import type { Severity } from './rules.ts';

export type FailOn = Severity | 'none';
export const FAIL_ON: readonly FailOn[] = ['high', 'medium', 'low', 'none'];
