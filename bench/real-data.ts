// Real repositories for the benchmarks and real-data runs: public projects' histories and
// trees that nobody here wrote. They are not part of the repository; point BENCH_REPOS at a
// folder of clones named `<owner>+<name>` (a bare clone, or a folder holding one as `repo`):
//
//   git clone --mirror https://github.com/vuejs/core "$BENCH_REPOS/vuejs+core"
//
// A benchmark that needs one and does not find it skips that pair, saying so.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The git directory of a fetched repository, or undefined when it is not there. */
export function realRepo(slug: string): string | undefined {
  const root = process.env.BENCH_REPOS;
  if (root === undefined || root === '') return undefined;
  const base = join(root, slug.replace('/', '+'));
  for (const dir of [join(base, 'repo'), base]) if (existsSync(join(dir, 'HEAD'))) return dir;
  return undefined;
}

/**
 * A working clone of a fetched repository in `dir` (local, so it costs a few seconds): its
 * default branch checked out; with `tags: false`, without any tag.
 */
export function cloneReal(gitDir: string, dir: string, options: { tags?: boolean; checkout?: boolean } = {}): string {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  const args = [
    'clone',
    '--quiet',
    '--no-hardlinks',
    ...(options.tags === false ? ['--no-tags'] : []),
    ...(options.checkout === false ? ['--no-checkout'] : []),
  ];
  execFileSync('git', [...args, gitDir, dir], { env, stdio: 'ignore' });
  return dir;
}
