import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  badge,
  cell,
  details,
  emitAnnotations,
  heading,
  maskSecret,
  omittedSentence,
  raw,
  table,
  writeSummary,
  formatCommand,
} from '@devops-actions/toolkit/runner';

describe('summary helpers', () => {
  it('builds Markdown tables with escaped cells and raw Markdown where asked', () => {
    const md = table(
      ['file', 'status'],
      [
        ['a|b.ts', raw(badge('passed'))],
        ['<script>', 3],
      ],
      ['left', 'right'],
    );
    expect(md).toBe('| file | status |\n| --- | --: |\n| a\\|b.ts | ✅ passed |\n| &lt;script&gt; | 3 |\n');
    expect(cell('line\nbreak')).toBe('line<br>break');
    expect(heading('Verdict', 3)).toBe('### Verdict\n');
    expect(details('More', 'body')).toBe('<details><summary>More</summary>\n\nbody\n\n</details>\n');
    expect(badge('failed', 'gate failed')).toBe('❌ gate failed');
  });

  it('appends to the job summary file and does nothing outside a runner', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'summary-')), 'summary.md');
    writeFileSync(file, '');
    vi.stubEnv('GITHUB_STEP_SUMMARY', file);
    expect(await writeSummary('## One\n')).toBe(true);
    expect(await writeSummary('## Two\n')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('## One\n## Two\n');
    vi.stubEnv('GITHUB_STEP_SUMMARY', '');
    expect(await writeSummary('## Three\n')).toBe(false);
  });
});

describe('annotations', () => {
  afterEach(() => vi.restoreAllMocks());

  it('emits errors first, at most ten per level, and counts the rest', () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    const omitted = emitAnnotations([
      ...Array.from({ length: 12 }, (_, i) => ({ level: 'warning' as const, message: `w${i}`, file: 'a.ts', line: i + 1 })),
      { level: 'error' as const, message: 'e0', file: 'b.ts', line: 7, col: 2 },
    ]);
    expect(lines[0]).toBe('::error file=b.ts,line=7,col=2::e0\n');
    expect(lines).toHaveLength(11);
    expect(omitted).toEqual({ error: 0, warning: 2, notice: 0 });
    expect(omittedSentence(omitted)).toContain('2 more warnings were found');
    expect(omittedSentence({ error: 0, warning: 0, notice: 0 })).toBe('');
  });

  it('escapes command data and properties the way the runner expects', () => {
    expect(formatCommand('error', { file: 'a,b:c.ts', line: 3 }, '50% done\nnext')).toBe('::error file=a%2Cb%3Ac.ts,line=3::50%25 done%0Anext');
  });
});

describe('maskSecret', () => {
  afterEach(() => vi.restoreAllMocks());

  it('masks the value and its base64 and URL encodings, line by line', () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    maskSecret('p@ss word');
    // base64url equals base64 for this value, so it is masked once; `%` is escaped by the command format.
    expect(lines).toEqual(['::add-mask::p@ss word\n', `::add-mask::${Buffer.from('p@ss word').toString('base64')}\n`, '::add-mask::p%2540ss%2520word\n']);
    lines.length = 0;
    maskSecret('   ');
    expect(lines).toEqual([]);
  });
});
