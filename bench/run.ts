// `npm run bench [name...] [--rounds N] [--list] [--no-save]`: runs the benchmarks in
// bench/<name>.bench.ts (all of them when none is named), prints each pair's medians and
// ratio against its bar, and writes bench/results/<name>-<timestamp>.json and
// bench/results/latest.json. Exits 1 when a bar is missed or a benchmark fails.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { createContext, ROOT, type Benchmark, type Measured, type Pair } from './lib.ts';
import { describe, MeasureError, memoryProbe, median, peakMemoryOnce, stats, timeOnce, type Stats } from './measure.ts';

const BENCH_DIR = join(ROOT, 'bench');
const RESULTS_DIR = join(BENCH_DIR, 'results');
const SUFFIX = '.bench.ts';

export interface SideResult {
  label: string;
  command: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  meanMs: number;
  samplesMs: number[];
  /** Median peak resident memory in KiB, when measured. */
  peakRssKiB?: number;
}

export interface PairResult {
  name: string;
  note?: string;
  bar: number;
  ratio: number;
  pass: boolean;
  memoryRatio?: number;
  memoryBar?: number;
  subject: SideResult;
  reference: SideResult;
}

export interface BenchmarkResult {
  benchmark: string;
  description: string;
  startedAt: string;
  finishedAt: string;
  rounds: number;
  warmup: number;
  environment: { node: string; platform: string; arch: string; cpus: number; cpuModel: string; loadavg: number[] };
  pass: boolean;
  error?: string;
  pairs: PairResult[];
}

const write = (text: string) => process.stdout.write(text);

export async function listBenchmarks(dir = BENCH_DIR): Promise<string[]> {
  return (await readdir(dir))
    .filter((f) => f.endsWith(SUFFIX))
    .map((f) => f.slice(0, -SUFFIX.length))
    .sort();
}

async function loadBenchmark(name: string): Promise<Benchmark> {
  const module = (await import(pathToFileURL(join(BENCH_DIR, `${name}${SUFFIX}`)).href)) as { default?: Benchmark };
  const benchmark = module.default;
  if (!benchmark || typeof benchmark.setup !== 'function') throw new Error(`bench/${name}${SUFFIX} has no default export made with defineBenchmark()`);
  return benchmark;
}

function side(measured: Measured, samples: number[], peakRssKiB: number | undefined): SideResult {
  const s: Stats = stats(samples);
  return {
    label: measured.label,
    command: describe(measured),
    medianMs: s.median,
    minMs: s.min,
    maxMs: s.max,
    meanMs: s.mean,
    samplesMs: samples,
    ...(peakRssKiB === undefined ? {} : { peakRssKiB }),
  };
}

async function measurePair(pair: Pair, rounds: number, warmup: number, memoryRounds: number, log: (line: string) => void): Promise<PairResult> {
  if (!(pair.bar > 0)) throw new Error(`pair ${pair.name}: bar must be a positive number`);
  const subject: number[] = [];
  const reference: number[] = [];
  for (let round = 0; round < warmup; round++) {
    await timeOnce(pair.subject);
    await timeOnce(pair.reference);
  }
  // Interleaved, alternating which side goes first (A B, B A, ...), so drift and order effects hit both sides.
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      subject.push(await timeOnce(pair.subject));
      reference.push(await timeOnce(pair.reference));
    } else {
      reference.push(await timeOnce(pair.reference));
      subject.push(await timeOnce(pair.subject));
    }
  }
  let subjectRss: number | undefined;
  let referenceRss: number | undefined;
  if (pair.memory) {
    if (memoryProbe(pair.subject) === undefined || memoryProbe(pair.reference) === undefined) {
      log(`  ${pair.name}: peak memory not measurable here (needs commands, and /usr/bin/time or Node children)`);
    } else {
      const a: number[] = [];
      const b: number[] = [];
      for (let round = 0; round < memoryRounds; round++) {
        const x = await peakMemoryOnce(pair.subject);
        const y = await peakMemoryOnce(pair.reference);
        if (x !== undefined) a.push(x);
        if (y !== undefined) b.push(y);
      }
      subjectRss = a.length > 0 ? median(a) : undefined;
      referenceRss = b.length > 0 ? median(b) : undefined;
    }
  }
  const result: PairResult = {
    name: pair.name,
    ...(pair.note === undefined ? {} : { note: pair.note }),
    bar: pair.bar,
    ratio: median(subject) / median(reference),
    pass: false,
    subject: side(pair.subject, subject, subjectRss),
    reference: side(pair.reference, reference, referenceRss),
  };
  result.pass = result.ratio <= pair.bar;
  if (subjectRss !== undefined && referenceRss !== undefined) {
    result.memoryRatio = subjectRss / referenceRss;
    if (pair.memoryBar !== undefined) {
      result.memoryBar = pair.memoryBar;
      result.pass &&= result.memoryRatio <= pair.memoryBar;
    }
  }
  return result;
}

const describeError = (error: unknown) =>
  error instanceof MeasureError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);

export async function runBenchmark(name: string, benchmark: Benchmark, options: { rounds?: number } = {}): Promise<BenchmarkResult> {
  const rounds = options.rounds ?? benchmark.rounds ?? 10;
  const warmup = benchmark.warmup ?? 1;
  const startedAt = new Date().toISOString();
  const log = (line: string) => write(`${line}\n`);
  const context = createContext(log);
  const cpuList = cpus();
  const result: BenchmarkResult = {
    benchmark: benchmark.name,
    description: benchmark.description,
    startedAt,
    finishedAt: startedAt,
    rounds,
    warmup,
    environment: {
      node: process.version,
      platform: process.platform,
      arch: process.arch,
      cpus: availableParallelism(),
      cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
      loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
    },
    pass: false,
    pairs: [],
  };
  if (benchmark.name !== name) log(`note: bench/${name}${SUFFIX} names itself "${benchmark.name}"`);
  try {
    const pairs = await benchmark.setup(context);
    if (pairs.length === 0) throw new Error('setup() returned no pairs: the benchmark would measure nothing');
    // A pair that cannot be measured fails the benchmark, but the other pairs are still measured and reported.
    const failures: string[] = [];
    for (const pair of pairs) {
      log(`  measuring ${pair.name}: ${rounds} rounds${pair.memory ? ' + memory' : ''}...`);
      try {
        result.pairs.push(await measurePair(pair, rounds, warmup, benchmark.memoryRounds ?? 3, log));
      } catch (error) {
        failures.push(`[${pair.name}] ${describeError(error)}`);
      }
    }
    if (failures.length > 0) result.error = failures.join('\n');
    result.pass = failures.length === 0 && result.pairs.every((p) => p.pass);
  } catch (error) {
    result.error = describeError(error);
  } finally {
    await context.dispose();
    result.finishedAt = new Date().toISOString();
  }
  return result;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const mib = (kib: number | undefined) => (kib === undefined ? '' : `${(kib / 1024).toFixed(1)} MiB`);

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map(
      (r) =>
        '  ' +
        r
          .map((cell, i) => cell.padEnd(widths[i]!))
          .join('  ')
          .trimEnd(),
    )
    .join('\n');
}

export function formatResult(result: BenchmarkResult, previous?: BenchmarkResult): string {
  const lines = [`${result.benchmark}: ${result.description}`];
  const env = result.environment;
  lines.push(
    `  ${result.rounds} rounds interleaved (+${result.warmup} warm-up), Node ${env.node}, ${env.platform}/${env.arch}, ${env.cpus} CPUs, load ${env.loadavg.join(' ')}`,
  );
  if (result.pairs.length > 0) {
    const withMemory = result.pairs.some((p) => p.subject.peakRssKiB !== undefined);
    const header = [
      'pair',
      'subject median (min-max) ms',
      'reference median (min-max) ms',
      'ratio',
      'bar',
      ...(withMemory ? ['peak RSS subject/reference'] : []),
      'previous',
      'result',
    ];
    const rows = result.pairs.map((p) => {
      const before = previous?.pairs.find((q) => q.name === p.name);
      const memory = p.subject.peakRssKiB !== undefined ? `${mib(p.subject.peakRssKiB)} / ${mib(p.reference.peakRssKiB)} (${p.memoryRatio?.toFixed(2)}x)` : '';
      return [
        p.name,
        `${ms(p.subject.medianMs)} (${ms(p.subject.minMs)}-${ms(p.subject.maxMs)})`,
        `${ms(p.reference.medianMs)} (${ms(p.reference.minMs)}-${ms(p.reference.maxMs)})`,
        `${p.ratio.toFixed(2)}x`,
        `<= ${p.bar.toFixed(p.bar < 1 ? 2 : 1)}${p.memoryBar === undefined ? '' : ` (mem <= ${p.memoryBar.toFixed(1)})`}`,
        ...(withMemory ? [memory] : []),
        before ? `${before.ratio.toFixed(2)}x` : '-',
        p.pass ? 'PASS' : 'FAIL',
      ];
    });
    lines.push(pad([header, ...rows]));
    for (const p of result.pairs) {
      lines.push(`  ${p.name}: ${p.subject.command}  vs  ${p.reference.command}${p.note ? `\n    ${p.note}` : ''}`);
    }
  }
  if (result.error !== undefined) {
    const errorLines = result.error.split('\n');
    const shown = errorLines.slice(0, 20).join('\n    ');
    lines.push(`  ERROR: ${shown}${errorLines.length > 20 ? `\n    ... (${errorLines.length - 20} more lines in the result file)` : ''}`);
  }
  lines.push(`  => ${result.pass ? 'PASS' : 'FAIL'}`);
  return lines.join('\n') + '\n';
}

type Latest = Record<string, BenchmarkResult>;

async function readLatest(): Promise<Latest> {
  const file = join(RESULTS_DIR, 'latest.json');
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Latest;
  } catch {
    return {};
  }
}

async function save(result: BenchmarkResult, latest: Latest): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${result.benchmark}-${result.startedAt.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, JSON.stringify(result, null, 2) + '\n');
  // A run that failed to measure keeps the previous result as the one to compare with.
  if (result.error === undefined) {
    latest[result.benchmark] = result;
    await writeFile(join(RESULTS_DIR, 'latest.json'), JSON.stringify(latest, null, 2) + '\n');
  }
  return file;
}

const USAGE = `usage: npm run bench -- [name...] [--rounds N] [--list] [--no-save]

Runs bench/<name>.bench.ts (all when no name is given); prints medians, the ratio
project/reference and PASS/FAIL against each bar; writes bench/results/<name>-<time>.json
and bench/results/latest.json. Exit code 1 when a bar is missed or a benchmark fails.
`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { rounds: { type: 'string' }, list: { type: 'boolean' }, 'no-save': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    write(USAGE);
    return 0;
  }
  const available = await listBenchmarks();
  if (values.list) {
    for (const name of available) write(`${name}: ${(await loadBenchmark(name)).description}\n`);
    return 0;
  }
  let rounds: number | undefined;
  if (values.rounds !== undefined) {
    rounds = Number(values.rounds);
    if (!Number.isInteger(rounds) || rounds < 1) {
      process.stderr.write(`--rounds must be a whole number of at least 1, e.g. --rounds 30\n`);
      return 2;
    }
  }
  const wanted = positionals.map((n) => n.replace(/\.bench\.ts$/, ''));
  const unknown = wanted.filter((n) => !available.includes(n));
  if (unknown.length > 0) {
    process.stderr.write(`unknown benchmark: ${unknown.join(', ')} (available: ${available.join(', ') || 'none'})\n`);
    return 2;
  }
  const latest = await readLatest();
  let pass = true;
  for (const name of wanted.length > 0 ? wanted : available) {
    write(`\n${name}\n`);
    const benchmark = await loadBenchmark(name);
    const result = await runBenchmark(name, benchmark, rounds === undefined ? {} : { rounds });
    write(formatResult(result, latest[result.benchmark]));
    if (!values['no-save']) write(`  saved ${relative(ROOT, await save(result, latest))}\n`);
    pass &&= result.pass;
  }
  return pass ? 0 : 1;
}

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2));
}
