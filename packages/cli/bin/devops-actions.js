#!/usr/bin/env node
// Plain JavaScript that every Node parses, so that an old Node, wherever it comes first on
// PATH (a global install, a git hook), gets one line instead of a stack trace. The commands are
// the built bundle in ../dist, loaded only after the check.
const MINIMUM = 22;
const running = process.versions.node;
if (Number(running.split('.')[0]) < MINIMUM) {
  process.stderr.write(
    `devops-actions needs Node.js ${MINIMUM} or newer; this is Node.js ${running}. Install Node.js ${MINIMUM} or 24 (https://nodejs.org) and put it first on PATH.\n`,
  );
  process.exit(2);
}
const { main } = await import('../dist/index.js');
process.exitCode = await main(process.argv.slice(2));
