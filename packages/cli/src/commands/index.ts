import type { Command } from '../command.ts';

/**
 * The sub-command registry. Each entry loads its module on demand so that `--help`
 * and one command never pay for the others' engines.
 */
export interface RegisteredCommand {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: RegisteredCommand[] = [];
