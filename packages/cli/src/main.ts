import { inspect } from 'node:util';
import { ConfigurationError } from '@devops-actions/toolkit';
// The bundler inlines the version, so the built CLI reads no file to answer --version.
import cliPackage from '../package.json' with { type: 'json' };
import { EXIT, type CommandContext } from './command.ts';
import { COMMANDS } from './commands/index.ts';

/** Set to 1 to get the stack trace of an unexpected error instead of its one-line summary. */
export const DEBUG_VARIABLE = 'DEVOPS_ACTIONS_DEBUG';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 8);
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: devops-actions <command> [options]

The devops-actions engines on a local checkout: no GitHub, no network unless asked.

Commands:
${lines.length > 0 ? lines.join('\n') : '  (none yet)'}

Run \`devops-actions <command> --help\` for a command's options.
Exit codes: 0 passed, 1 findings or a failed gate, 2 usage or configuration error,
3 unexpected error (${DEBUG_VARIABLE}=1 shows its stack trace).
`;
}

export async function main(argv: string[], context: Partial<CommandContext> = {}): Promise<number> {
  const ctx: CommandContext = {
    cwd: context.cwd ?? process.cwd(),
    stdout: context.stdout ?? ((text) => process.stdout.write(text)),
    stderr: context.stderr ?? ((text) => process.stderr.write(text)),
    env: context.env ?? process.env,
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    ctx.stdout(`${cliPackage.version}\n`);
    return EXIT.ok;
  }
  const registered = COMMANDS.find((c) => c.name === name);
  if (!registered) {
    ctx.stderr(`devops-actions: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ') || '(none yet)'}. See --help.\n`);
    return EXIT.usage;
  }
  try {
    const command = await registered.load();
    return await command.run(rest, ctx);
  } catch (error) {
    // Every user error (a wrong option, a config file, a checkout git refuses) is a ConfigurationError.
    if (error instanceof ConfigurationError) {
      ctx.stderr(`devops-actions ${name}: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    // Anything else is a fault of the tool, not of the input: one line by default, the stack on demand.
    if (ctx.env[DEBUG_VARIABLE] === '1') ctx.stderr(`devops-actions ${name}: ${inspect(error)}\n`);
    else ctx.stderr(`devops-actions ${name}: unexpected error: ${describe(error)} (re-run with ${DEBUG_VARIABLE}=1 for the stack trace)\n`);
    return EXIT.internal;
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const firstLine = error.message.split('\n', 1)[0] ?? '';
  return firstLine === '' ? error.name : `${error.name}: ${firstLine}`;
}
