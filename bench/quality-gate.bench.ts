// Coverage parsing at scale: the quality gate's streaming parsers on a generated 100 MB LCOV file
// and a 50 MB Cobertura file, against `lcov --summary` (Debian's lcov, when installed; bar: at
// least 5x faster) and `lcov-parse` from npm (bar: at least as fast). Neither
// peer reads Cobertura, so its pairs hold the Cobertura parse to the peers reading an LCOV file of the
// same size (parse throughput per byte). Every side must report the line counts its file holds.
import { spawnSync } from 'node:child_process';
import { createWriteStream, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { command, defineBenchmark, type CommandOutput, type Pair } from './lib.ts';

const LCOV_MB = 100;
const COBERTURA_MB = 50;

interface Totals {
  covered: number;
  total: number;
}

/** A deterministic stream of source files with their line hits. */
function* sourceFiles(seed: number): Generator<{ path: string; lines: [number, number][] }> {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let f = 0; ; f++) {
    const count = 200 + Math.floor(random() * 800);
    const lines: [number, number][] = [];
    for (let l = 1; l <= count; l++) {
      if (random() < 0.3) continue;
      lines.push([l, random() < 0.3 ? 0 : Math.floor(random() * 50) + 1]);
    }
    yield { path: `src/module-${f}.ts`, lines };
  }
}

async function put(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}

async function close(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** Writes the same coverage as LCOV and (optionally) Cobertura until the leading file reaches `mb`. */
async function generate(mb: number, lcovFile: string, coberturaFile?: string): Promise<Totals> {
  const target = mb * 1024 * 1024;
  const lcov = createWriteStream(lcovFile);
  const cobertura = coberturaFile ? createWriteStream(coberturaFile) : undefined;
  let size = 0;
  const totals: Totals = { covered: 0, total: 0 };
  if (cobertura) {
    const head =
      '<?xml version="1.0" ?>\n<coverage line-rate="0.5" branch-rate="0" version="1" timestamp="1">\n<sources><source>/build/app</source></sources>\n<packages>\n';
    size += head.length;
    await put(cobertura, head);
  }
  for (const file of sourceFiles(7)) {
    const lcovText = [`SF:/build/app/${file.path}\n`];
    const xml = [`<package name="${file.path}"><classes><class name="${file.path}" filename="${file.path}" line-rate="0" branch-rate="0"><methods/><lines>\n`];
    for (const [line, hits] of file.lines) {
      lcovText.push(`DA:${line},${hits}\n`);
      if (cobertura) xml.push(`<line number="${line}" hits="${hits}"/>\n`);
      totals.total++;
      if (hits > 0) totals.covered++;
    }
    lcovText.push('end_of_record\n');
    xml.push('</lines></class></classes></package>\n');
    const l = lcovText.join('');
    await put(lcov, l);
    if (cobertura) {
      const x = xml.join('');
      await put(cobertura, x);
      size += x.length;
    } else size += l.length;
    if (size >= target) break;
  }
  if (cobertura) await put(cobertura, '</packages>\n</coverage>\n');
  await close(lcov);
  if (cobertura) await close(cobertura);
  return totals;
}

function totalsCheck(expected: Totals, read: (output: CommandOutput) => Totals | undefined) {
  return (output: CommandOutput): string | undefined => {
    const got = read(output);
    if (!got) return `no totals in the output: ${output.stdout.slice(0, 200)}${output.stderr.slice(0, 200)}`;
    return got.covered === expected.covered && got.total === expected.total
      ? undefined
      : `read ${got.covered}/${got.total} lines, expected ${expected.covered}/${expected.total}`;
  };
}

const jsonTotals = (output: CommandOutput): Totals | undefined => {
  try {
    return JSON.parse(output.stdout) as Totals;
  } catch {
    return undefined;
  }
};

const lcovSummaryTotals = (output: CommandOutput): Totals | undefined => {
  const match = /lines\.*:\s*[\d.]+%\s*\((\d+) of (\d+) lines\)/.exec(output.stdout + output.stderr);
  return match ? { covered: Number(match[1]), total: Number(match[2]) } : undefined;
};

export default defineBenchmark({
  name: 'quality-gate',
  description: `parsing a ${LCOV_MB} MB LCOV and a ${COBERTURA_MB} MB Cobertura file vs \`lcov --summary\` (bar 0.2: 5x faster) and lcov-parse from npm (bar 1.0) on LCOV files of the same size`,
  rounds: 3,
  warmup: 1,
  memoryRounds: 1,
  async setup(ctx) {
    const dir = await ctx.tempDir('bench-quality-gate-');
    const bigLcov = join(dir, 'big.info');
    const lcovTotals = await generate(LCOV_MB, bigLcov);
    const cobertura = join(dir, 'coverage.xml');
    const coberturaTotals = await generate(COBERTURA_MB, join(dir, 'cobertura-as-lcov.info'), cobertura);
    const sameSize = join(dir, 'same-size.info');
    const sameSizeTotals = await generate(COBERTURA_MB, sameSize);
    ctx.log(`  fixtures: ${bigLcov} (${lcovTotals.total} lines), ${cobertura} (${coberturaTotals.total} lines), ${sameSize} (${sameSizeTotals.total} lines)`);

    const engine = pathToFileURL(join(ctx.root, 'packages', 'quality', 'src', 'index.ts')).href;
    const parse = join(dir, 'parse.ts');
    writeFileSync(
      parse,
      `import { parseLcov, parseCobertura, totalsOf } from ${JSON.stringify(engine)};
const [format, file] = process.argv.slice(2);
const report = format === 'lcov' ? await parseLcov(file, file) : await parseCobertura(file, file);
let covered = 0, total = 0;
for (const entry of report.files.values()) { const t = totalsOf(entry); covered += t.covered; total += t.total; }
process.stdout.write(JSON.stringify({ covered, total }));
`,
    );
    const lcovParse = join(dir, 'lcov-parse.cjs');
    writeFileSync(
      lcovParse,
      `require(${JSON.stringify(join(ctx.root, 'node_modules', 'lcov-parse'))})(process.argv[2], (error, data) => {
  if (error) { console.error(String(error)); process.exit(1); }
  let covered = 0, total = 0;
  for (const file of data) for (const line of file.lines.details) { total++; if (line.hit > 0) covered++; }
  process.stdout.write(JSON.stringify({ covered, total }));
});
`,
    );
    const ours = (format: 'lcov' | 'cobertura', file: string, expected: Totals) =>
      command(`quality-gate ${format} parser`, process.execPath, [parse, format, file], { check: totalsCheck(expected, jsonTotals) });
    const peerParse = (file: string, expected: Totals) =>
      command('lcov-parse', process.execPath, [lcovParse, file], { check: totalsCheck(expected, jsonTotals) });
    const hasLcov = spawnSync('which', ['lcov']).status === 0;
    const lcovSummary = (file: string, expected: Totals) =>
      command('lcov --summary', 'lcov', ['--summary', file], { check: totalsCheck(expected, lcovSummaryTotals) });
    if (!hasLcov) ctx.log('  lcov is not installed (Debian package lcov): the lcov --summary pairs are skipped');

    const pairs: Pair[] = [];
    if (hasLcov) {
      pairs.push({
        name: `LCOV ${LCOV_MB} MB vs lcov --summary`,
        subject: ours('lcov', bigLcov, lcovTotals),
        reference: lcovSummary(bigLcov, lcovTotals),
        bar: 0.2,
        note: 'both read every DA record and total the line rate',
      });
    }
    pairs.push({
      name: `LCOV ${LCOV_MB} MB vs lcov-parse`,
      subject: ours('lcov', bigLcov, lcovTotals),
      reference: peerParse(bigLcov, lcovTotals),
      bar: 1.0,
      memory: true,
      memoryBar: 1.0,
      note: 'lcov-parse reads the file whole; the gate streams it',
    });
    if (hasLcov) {
      pairs.push({
        name: `Cobertura ${COBERTURA_MB} MB vs lcov --summary (${COBERTURA_MB} MB LCOV)`,
        subject: ours('cobertura', cobertura, coberturaTotals),
        reference: lcovSummary(sameSize, sameSizeTotals),
        bar: 0.2,
        note: 'lcov cannot read Cobertura: it reads an LCOV file of the same size',
      });
    }
    pairs.push({
      name: `Cobertura ${COBERTURA_MB} MB vs lcov-parse (${COBERTURA_MB} MB LCOV)`,
      subject: ours('cobertura', cobertura, coberturaTotals),
      reference: peerParse(sameSize, sameSizeTotals),
      bar: 1.0,
      memory: true,
      note: 'streaming XML (saxes) vs lcov-parse on an LCOV file of the same size',
    });
    return pairs;
  },
});
