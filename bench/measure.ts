// Timing and peak-memory measurement of one side of a pair, plus the statistics.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandOutput, CommandSpec, Measured } from './lib.ts';

const CAPTURE_LIMIT = 1024 * 1024;
const GNU_TIME = '/usr/bin/time';

export class MeasureError extends Error {
  override name = 'MeasureError';
}

export function describe(measured: Measured): string {
  if (measured.kind === 'function') return `${measured.label} (function)`;
  return [measured.file === process.execPath ? 'node' : measured.file, ...measured.args].join(' ');
}

interface Spawned extends CommandOutput {
  ms: number;
}

function spawnTimed(spec: CommandSpec, file: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Spawned> {
  return new Promise((resolvePromise, reject) => {
    const capture = (spec.output ?? 'capture') === 'capture';
    const env = { ...(spec.env ?? process.env), ...extraEnv };
    const started = performance.now();
    const child = spawn(file, args, {
      cwd: spec.cwd,
      env,
      stdio: [spec.input === undefined ? 'ignore' : 'pipe', capture ? 'pipe' : 'ignore', capture ? 'pipe' : 'ignore'],
    });
    const out = { stdout: '', stderr: '' };
    const collect = (key: 'stdout' | 'stderr') => (chunk: string) => {
      if (out[key].length < CAPTURE_LIMIT) out[key] += chunk.slice(0, CAPTURE_LIMIT - out[key].length);
    };
    child.stdout?.setEncoding('utf8').on('data', collect('stdout'));
    child.stderr?.setEncoding('utf8').on('data', collect('stderr'));
    if (spec.input !== undefined) child.stdin?.end(spec.input);
    child.on('error', reject);
    child.on('close', (exitCode, signal) => resolvePromise({ ms: performance.now() - started, exitCode, signal, ...out }));
  });
}

function verify(spec: CommandSpec, output: CommandOutput): void {
  const expected = spec.expectExit ?? 0;
  const tail = (text: string) =>
    text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(-6)
      .join('\n    ');
  if (expected !== 'any' && output.exitCode !== expected) {
    throw new MeasureError(
      `${spec.label}: exited with ${output.exitCode ?? output.signal} instead of ${expected}\n    ${tail(output.stderr) || tail(output.stdout) || '(no output)'}`,
    );
  }
  const problem = spec.check?.(output);
  if (problem !== undefined) throw new MeasureError(`${spec.label}: ${problem}`);
}

/** Runs one side once and returns its wall-clock time in milliseconds; throws when the run is not what was meant. */
export async function timeOnce(measured: Measured): Promise<number> {
  if (measured.kind === 'function') {
    const started = performance.now();
    await measured.run();
    return performance.now() - started;
  }
  const result = await spawnTimed(measured, measured.file, measured.args);
  verify(measured, result);
  return result.ms;
}

export type MemoryProbe = 'gnu-time' | 'node-preload' | undefined;

/** How the peak memory of a command can be read here: GNU time where installed, else a preload for Node children. */
export function memoryProbe(spec: Measured): MemoryProbe {
  if (spec.kind !== 'command') return undefined;
  if (existsSync(GNU_TIME)) return 'gnu-time';
  if (spec.file === process.execPath) return 'node-preload';
  return undefined;
}

// Written into the child through --import when GNU time is missing: reports its own peak RSS at exit.
const PRELOAD = `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.BENCH_MAXRSS_FILE, String(process.resourceUsage().maxRSS)));`;

/** Peak resident set size of one run of a command, in KiB; undefined when it cannot be measured here. */
export async function peakMemoryOnce(measured: Measured): Promise<number | undefined> {
  const probe = memoryProbe(measured);
  if (probe === undefined || measured.kind !== 'command') return undefined;
  const dir = await mkdtemp(join(tmpdir(), 'bench-rss-'));
  try {
    const report = join(dir, 'maxrss');
    let result: Spawned;
    if (probe === 'gnu-time') {
      result = await spawnTimed(measured, GNU_TIME, ['-f', '%M', '-o', report, measured.file, ...measured.args]);
    } else {
      const preload = `data:text/javascript,${encodeURIComponent(PRELOAD)}`;
      result = await spawnTimed(measured, measured.file, ['--import', preload, ...measured.args], { BENCH_MAXRSS_FILE: report });
    }
    verify(measured, result);
    const text = (await readFile(report, 'utf8')).trim().split('\n').pop() ?? '';
    const kib = Number(text);
    return Number.isFinite(kib) && kib > 0 ? kib : undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface Stats {
  median: number;
  min: number;
  max: number;
  mean: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function stats(values: readonly number[]): Stats {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    mean: values.reduce((sum, v) => sum + v, 0) / values.length,
  };
}
