// The benchmark API: a benchmark is a module `bench/<name>.bench.ts` whose default export
// is `defineBenchmark({...})`. Its `setup()` builds fixtures and returns pairs: the
// project's side (`subject`) and a reference (a peer tool or the physical floor), each a
// command to spawn or a function to call. The runner (bench/run.ts) measures both sides
// of a pair in the same run, interleaved, and reports the ratio of their medians against
// the pair's bar. See bench/README.md.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** What a spawned command left behind, for `check`. */
export interface CommandOutput {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The first MiB of each stream (empty when `output: 'ignore'`). */
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  cwd?: string;
  /** The whole environment of the child (not merged with the runner's); defaults to the runner's environment. */
  env?: Record<string, string | undefined>;
  /** The exit code every run must end with (default 0); `'any'` accepts whatever it exits with. */
  expectExit?: number | 'any';
  /**
   * Checks each run's output; returns a problem to report, or undefined when the run did what was meant.
   * A benchmark that measures the wrong thing (a crash, an empty scan) must not pass.
   */
  check?: (output: CommandOutput) => string | undefined;
  /** `'capture'` (default) reads stdout/stderr through pipes; `'ignore'` sends them to /dev/null. */
  output?: 'capture' | 'ignore';
  /** Text written to the child's stdin (stdin is closed at once otherwise). */
  input?: string;
}

export interface CommandSpec extends CommandOptions {
  kind: 'command';
  label: string;
  file: string;
  args: string[];
}

export interface FunctionSpec {
  kind: 'function';
  label: string;
  run: () => unknown;
}

export type Measured = CommandSpec | FunctionSpec;

export interface Pair {
  /** Names the row in the report, e.g. the action or fixture measured. */
  name: string;
  /** The project's side. */
  subject: Measured;
  /** The peer tool or physical floor it is held to. */
  reference: Measured;
  /** The bar: median(subject) / median(reference) must be at most this. */
  bar: number;
  /** Also measure the peak resident memory of both sides (commands only), in extra runs that are not timed. */
  memory?: boolean;
  /** A bar on the ratio of peak memory (subject / reference), when `memory` is on. */
  memoryBar?: number;
  /** One line shown under the row (what exactly is measured). */
  note?: string;
}

export interface BenchContext {
  /** The repository root. */
  root: string;
  /** A new empty temp dir, removed when the benchmark ends. */
  tempDir(prefix?: string): Promise<string>;
  /** Runs `cleanup` when the benchmark ends (in reverse order of registration), pass or fail. */
  onCleanup(cleanup: () => Promise<void> | void): void;
  /** Prints a progress line. */
  log(line: string): void;
}

export interface Benchmark {
  name: string;
  description: string;
  /** Timed rounds per pair (default 10); each round runs both sides once, in alternating order. */
  rounds?: number;
  /** Untimed rounds first (default 1); they also check that both sides do what is meant. */
  warmup?: number;
  /** Rounds of the memory measurement, when a pair asks for it (default 3; the median is reported). */
  memoryRounds?: number;
  setup(context: BenchContext): Promise<Pair[]> | Pair[];
}

export function defineBenchmark(benchmark: Benchmark): Benchmark {
  return benchmark;
}

/** A command to spawn (no shell): `command('node -e 0', process.execPath, ['-e', '0'])`. */
export function command(label: string, file: string, args: string[], options: CommandOptions = {}): CommandSpec {
  return { kind: 'command', label, file, args, ...options };
}

/** A function to call in the runner's own process; its promise is awaited. */
export function fn(label: string, run: () => unknown): FunctionSpec {
  return { kind: 'function', label, run };
}

/** The context handed to `setup()`; the runner calls `dispose()` when the benchmark ends. */
export function createContext(log: (line: string) => void): BenchContext & { dispose(): Promise<void> } {
  const cleanups: (() => Promise<void> | void)[] = [];
  return {
    root: ROOT,
    async tempDir(prefix = 'bench-') {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      return dir;
    },
    onCleanup(cleanup) {
      cleanups.push(cleanup);
    },
    log,
    async dispose() {
      for (const cleanup of cleanups.reverse()) {
        try {
          await cleanup();
        } catch (error) {
          log(`cleanup failed: ${(error as Error).message}`);
        }
      }
      cleanups.length = 0;
    },
  };
}
