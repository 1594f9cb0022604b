// `npm run demo`: the whole pipeline, locally, on the sample app in examples/, through the
// bundled actions run exactly as the GitHub runner runs them (no GitHub, no Docker, no network).
// Each stage states what it expects; the demo exits 0 only when every stage behaved as expected.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatElapsed } from '../packages/toolkit/src/format.ts';
import { ROOT } from './bundle.ts';
import { STAGES, type StageOutcome } from './demo/stages.ts';

interface StageReport {
  name: string;
  outcome: StageOutcome;
  ms: number;
}

const reportDir = join(ROOT, 'demo-report');
const reports: StageReport[] = [];
const started = performance.now();
process.stdout.write(`devops-actions demo: ${STAGES.length} stages\n\n`);

for (const [index, stage] of STAGES.entries()) {
  const bundle = join(ROOT, 'dist', stage.action, 'index.js');
  process.stdout.write(`[${index + 1}/${STAGES.length}] ${stage.title}\n`);
  const stageStart = performance.now();
  let outcome: StageOutcome;
  if (!existsSync(bundle)) {
    outcome = { ok: true, skipped: true, lines: [`dist/${stage.action} is not built yet: stage skipped`] };
  } else {
    try {
      outcome = await stage.run();
    } catch (error) {
      outcome = { ok: false, lines: [`crashed: ${(error as Error).stack ?? String(error)}`] };
    }
  }
  const ms = performance.now() - stageStart;
  reports.push({ name: stage.title, outcome, ms });
  for (const line of outcome.lines) process.stdout.write(`      ${line}\n`);
  process.stdout.write(`      ${outcome.skipped ? 'SKIPPED' : outcome.ok ? 'OK' : 'UNEXPECTED'} (${formatElapsed(ms)})\n\n`);
}

const failed = reports.filter((r) => !r.outcome.ok);
mkdirSync(reportDir, { recursive: true });
const markdown = [
  '# devops-actions demo',
  '',
  '| stage | result | time |',
  '| --- | --- | --: |',
  ...reports.map((r) => `| ${r.name} | ${r.outcome.skipped ? 'skipped' : r.outcome.ok ? 'as expected' : '**unexpected**'} | ${formatElapsed(r.ms)} |`),
  '',
  ...reports.flatMap((r) => [`## ${r.name}`, '', ...r.outcome.lines.map((l) => `- ${l}`), '']),
].join('\n');
writeFileSync(join(reportDir, 'report.md'), markdown);
process.stdout.write(`report: ${join('demo-report', 'report.md')}\n`);
process.stdout.write(`${reports.length - failed.length} of ${reports.length} stages as expected in ${formatElapsed(performance.now() - started)}\n`);
process.exitCode = failed.length === 0 ? 0 : 1;
