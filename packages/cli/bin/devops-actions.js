#!/usr/bin/env node
// The CLI runs the TypeScript sources directly (Node 24 strips types natively). The compile
// cache keeps the stripped and compiled modules on disk, which halves every later start; the
// sources are imported only after it is on.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
