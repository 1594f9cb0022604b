import { readFileSync } from 'node:fs';
import { ConfigurationError } from '@devops-actions/toolkit';
import { EXIT, type CommandContext } from './command.ts';
import { COMMANDS } from './commands/index.ts';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 8);
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: devops-actions <command> [options]

The devops-actions engines on a local checkout: no GitHub, no network unless asked.

Commands:
${lines.length > 0 ? lines.join('\n') : '  (none yet)'}

Run \`devops-actions <command> --help\` for a command's options.
Exit codes: 0 passed, 1 findings or a failed gate, 2 usage or configuration error.
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
    ctx.stdout(`${version()}\n`);
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
    throw error;
  }
}
