export * from './command.ts';
export { main } from './main.ts';
export { COMMANDS, type RegisteredCommand } from './commands/index.ts';
