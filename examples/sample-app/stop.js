// stop-command for the nginx adapter: stops the process in slot DEPLOY_SLOT gracefully
// (SIGTERM, then waits for it to exit).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const slot = process.env.DEPLOY_SLOT;
const runDir = process.env.SAMPLE_APP_RUN_DIR ?? process.cwd();
const pidFile = join(runDir, `${slot}.pid`);
let pid;
try {
  pid = Number(readFileSync(pidFile, 'utf8'));
} catch {
  process.exit(0);
}
const alive = () => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
if (alive()) process.kill(pid, 'SIGTERM');
const until = Date.now() + 10_000;
while (alive() && Date.now() < until) await sleep(50);
if (alive()) process.kill(pid, 'SIGKILL');
rmSync(pidFile, { force: true });
process.stdout.write(`stopped ${slot}\n`);
