// Go coverprofile: `mode: set` then `path/file.go:12.3,15.2 4 1` blocks.
import { createReadStream } from 'node:fs';
import { fileCoverage, type CoverageReport } from '../coverage.ts';
import { ReportError } from '../errors.ts';
import type { ReportFormat } from './format.ts';

const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;

export async function parseGoCover(file: string, label: string): Promise<CoverageReport> {
  const report: CoverageReport = { format: 'go', file: label, files: new Map(), sourceRoots: [] };
  let lineNo = 0;
  let rest = '';
  const handle = (line: string) => {
    lineNo++;
    if (line === '') return;
    if (lineNo === 1) {
      if (!line.startsWith('mode:')) throw new ReportError(label, 'a Go coverprofile starts with "mode:"', { line: 1 });
      return;
    }
    const match = BLOCK.exec(line);
    if (!match) throw new ReportError(label, `malformed coverage block "${line.slice(0, 80)}"`, { line: lineNo });
    const [, path = '', start = '0', , end = '0', , statements = '0', count = '0'] = match;
    if (Number(statements) === 0) return;
    const hits = fileCoverage(report, path);
    // A line is covered when any block on it ran; the same block may appear once per test binary.
    for (let l = Number(start); l <= Number(end); l++) hits.add(l, Number(count));
  };
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<string>) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) handle(line.replace(/\r$/, ''));
  }
  handle(rest.replace(/\r$/, ''));
  return report;
}

export const GO_COVERPROFILE: ReportFormat<'coverage'> = {
  name: 'go',
  title: 'a Go coverprofile',
  kind: 'coverage',
  recognise: { content: 'text', test: (head) => head.startsWith('mode:') },
  read: ({ path, label }) => parseGoCover(path, label),
};
