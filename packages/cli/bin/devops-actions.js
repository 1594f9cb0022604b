#!/usr/bin/env node
// The CLI runs the TypeScript sources directly (Node 24 strips types natively).
import { main } from '../src/main.ts';

process.exitCode = await main(process.argv.slice(2));
