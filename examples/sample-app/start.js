// start-command for the nginx adapter: starts the version in DEPLOY_VERSION in the slot
// DEPLOY_SLOT at DEPLOY_ADDRESS, in the background, and returns. The pid goes to
// $SAMPLE_APP_RUN_DIR/<slot>.pid. SAMPLE_APP_FAIL=v3:5 makes v3 fail every 5th request.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

const { DEPLOY_VERSION: version, DEPLOY_SLOT: slot, DEPLOY_ADDRESS: address } = process.env;
if (!version || !slot || !address) {
  process.stderr.write('start.js needs DEPLOY_VERSION, DEPLOY_SLOT and DEPLOY_ADDRESS\n');
  process.exit(2);
}
const runDir = process.env.SAMPLE_APP_RUN_DIR ?? process.cwd();
mkdirSync(runDir, { recursive: true });
const failures = Object.fromEntries(
  (process.env.SAMPLE_APP_FAIL ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => pair.split(':')),
);
const log = openSync(join(runDir, `${slot}.log`), 'a');
const child = spawn(process.execPath, [fileURLToPath(new URL('./server.js', import.meta.url))], {
  detached: true,
  stdio: ['ignore', log, log],
  env: { ...process.env, APP_VERSION: version, LISTEN: address, FAIL_EVERY: failures[version] ?? '0', PID_FILE: join(runDir, `${slot}.pid`) },
});
child.unref();
process.stdout.write(`started ${version} in ${slot} (pid ${child.pid})\n`);
