// Run by `npm ci`/`npm install` (the `prepare` script): points git at the repository's hooks
// (.githooks: commit message lint, secret scan of staged files, lint-staged). Offline, idempotent,
// and silent outside a git work tree (an installed tarball, a CI cache restore).
import { execFileSync } from 'node:child_process';

try {
  execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { stdio: 'ignore' });
  execFileSync('git', ['config', 'core.hooksPath', '.githooks'], { stdio: 'ignore' });
} catch {
  // Not a git checkout: nothing to install.
}
