import { describe, expect, it } from 'vitest';
import { buildCorpus } from './corpus.ts';
import { measureAccuracy } from './accuracy.ts';

describe('labelled corpus', () => {
  it('is large and varied enough to mean something', () => {
    const corpus = buildCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(600);
    expect(new Set(corpus.filter((c) => c.expect).map((c) => c.provider)).size).toBeGreaterThanOrEqual(100);
    expect(new Set(corpus.map((c) => c.file.slice(c.file.lastIndexOf('.') + 1))).size).toBeGreaterThanOrEqual(12);
    // Hard negatives of every promised kind.
    const kinds = new Set(corpus.map((c) => c.negative).filter(Boolean));
    for (const kind of [
      'sops',
      'ansible-vault',
      'sealed-secret',
      'npm-integrity',
      'git-sha',
      'uuid',
      'data-uri',
      'ssh-public-key',
      'certificate',
      'stripe-publishable',
      'supabase-anon',
      'helm-template',
      'env-refs',
      'aws-docs-example',
      'bad-checksum',
      'placeholder-x',
      'env-indirection',
    ])
      expect(kinds.has(kind), kind).toBe(true);
  });

  it('meets the recall and false-positive bars, per provider', () => {
    const a = measureAccuracy();
    const rows = [...a.providers.entries()].sort(([x], [y]) => x.localeCompare(y));
    const pct = (x: number, y: number) => (y ? `${((100 * x) / y).toFixed(0).padStart(3)}%` : '   -');
    process.stdout.write(
      rows
        .map(
          ([p, s]) =>
            `${p.padEnd(22)} recall ${pct(s.found, s.positives)} (${s.found}/${s.positives})  FP ${pct(s.flagged, s.negatives)} (${s.flagged}/${s.negatives})`,
        )
        .join('\n') +
        `\nTOTAL ${a.totals.positives} positives, ${a.totals.negatives} negatives: recall ${(100 * a.recall).toFixed(1)}%, false-positive rate ${(100 * a.fpRate).toFixed(1)}%\n` +
        (a.misses.length ? `misses:\n  ${a.misses.join('\n  ')}\n` : '') +
        (a.falsePositives.length ? `false positives:\n  ${a.falsePositives.join('\n  ')}\n` : ''),
    );
    expect(a.recall).toBeGreaterThanOrEqual(0.97);
    expect(a.fpRate).toBeLessThanOrEqual(0.02);
    // Per provider too: no provider below 75 % recall, none above 10 % false positives.
    for (const [p, s] of rows) {
      if (s.positives > 0) expect(s.found / s.positives, `${p} recall`).toBeGreaterThanOrEqual(0.75);
      if (s.negatives > 0) expect(s.flagged / s.negatives, `${p} false positives`).toBeLessThanOrEqual(0.1);
    }
  });
});
