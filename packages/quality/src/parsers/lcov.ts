// LCOV (`SF:`/`DA:`/`end_of_record`), streamed and read byte by byte: DA records (nearly all of
// a large file) are parsed straight from the buffer without making strings, so memory follows
// the number of source files, not the size of the report.
import { createReadStream } from 'node:fs';
import { fileCoverage, type CoverageReport, type LineHits } from '../coverage.ts';
import { ReportError } from '../errors.ts';
import type { ReportFormat } from './format.ts';

const NL = 10;
const CR = 13;
const COMMA = 44;
const MINUS = 45;
const END_OF_RECORD = Buffer.from('end_of_record');

export async function parseLcov(file: string, label: string): Promise<CoverageReport> {
  const report: CoverageReport = { format: 'lcov', file: label, files: new Map(), sourceRoots: [] };
  let current: LineHits | undefined;
  let currentPath = '';
  let lineNo = 0;

  const malformed = (buf: Buffer, start: number, end: number): never => {
    throw new ReportError(label, `malformed DA record "${buf.toString('utf8', start, Math.min(end, start + 60))}"`, { line: lineNo });
  };

  const handle = (buf: Buffer, start: number, end: number) => {
    lineNo++;
    if (lineNo === 1 && buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf) start += 3; // a UTF-8 byte order mark
    if (end > start && buf[end - 1] === CR) end--;
    const c0 = buf[start];
    // DA:<line>,<hits>[,<checksum>]
    if (c0 === 68 /* D */ && buf[start + 1] === 65 /* A */ && buf[start + 2] === 58 /* : */) {
      if (!current) throw new ReportError(label, 'DA record outside of an SF record', { line: lineNo });
      let i = start + 3;
      let line = 0;
      const lineStart = i;
      for (let c = buf[i] ?? 0; i < end && c >= 48 && c <= 57; c = buf[++i] ?? 0) line = line * 10 + (c - 48);
      if (i === lineStart || buf[i] !== COMMA) return malformed(buf, start, end);
      i++;
      let sign = 1;
      if (buf[i] === MINUS) {
        sign = -1;
        i++;
      }
      let hits = 0;
      const hitsStart = i;
      for (let c = buf[i] ?? 0; i < end && c >= 48 && c <= 57; c = buf[++i] ?? 0) hits = hits * 10 + (c - 48);
      if (i === hitsStart || (i < end && buf[i] !== COMMA)) return malformed(buf, start, end);
      current.add(line, sign * hits);
      return;
    }
    if (c0 === 83 /* S */ && buf[start + 1] === 70 /* F */ && buf[start + 2] === 58 /* : */) {
      currentPath = buf.toString('utf8', start + 3, end).trim();
      current = fileCoverage(report, currentPath);
      return;
    }
    if (
      c0 === 101 /* e */ &&
      end - start >= END_OF_RECORD.length &&
      buf.compare(END_OF_RECORD, 0, END_OF_RECORD.length, start, start + END_OF_RECORD.length) === 0
    ) {
      if (!current) throw new ReportError(label, 'end_of_record without an SF record', { line: lineNo });
      current = undefined;
    }
  };

  let carry: Buffer | undefined;
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let pos = 0;
    if (carry) {
      const nl = chunk.indexOf(NL);
      if (nl < 0) {
        carry = Buffer.concat([carry, chunk]);
        continue;
      }
      const line = Buffer.concat([carry, chunk.subarray(0, nl)]);
      carry = undefined;
      handle(line, 0, line.length);
      pos = nl + 1;
    }
    for (let nl = chunk.indexOf(NL, pos); nl >= 0; nl = chunk.indexOf(NL, pos)) {
      handle(chunk, pos, nl);
      pos = nl + 1;
    }
    if (pos < chunk.length) carry = Buffer.from(chunk.subarray(pos));
  }
  if (carry && carry.length > 0) handle(carry, 0, carry.length);
  if (current) throw new ReportError(label, `the file ends inside the record for ${currentPath} (no end_of_record): truncated?`, { line: lineNo });
  return report;
}

export const LCOV: ReportFormat<'coverage'> = {
  name: 'lcov',
  title: 'LCOV',
  kind: 'coverage',
  recognise: { content: 'text', test: (head) => /^(TN|SF|FN|DA|LF|LH|BRDA|FNDA|VER):/m.test(head.slice(0, 2000)) },
  read: ({ path, label }) => parseLcov(path, label),
};
