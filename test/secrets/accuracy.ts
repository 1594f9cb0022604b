// Recall and false-positive rate per provider on the labelled corpus.
import { Detector } from '../../packages/secrets/src/detect.ts';
import { RULES } from '../../packages/secrets/src/rules.ts';
import { buildCorpus } from './corpus.ts';

export interface ProviderStats {
  positives: number;
  found: number;
  negatives: number;
  flagged: number;
}

export interface Accuracy {
  cases: number;
  providers: Map<string, ProviderStats>;
  misses: string[];
  falsePositives: string[];
  recall: number;
  fpRate: number;
  totals: ProviderStats;
}

export function measureAccuracy(): Accuracy {
  const detector = new Detector(RULES);
  const corpus = buildCorpus();
  const providers = new Map<string, ProviderStats>();
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const c of corpus) {
    const s = providers.get(c.provider) ?? { positives: 0, found: 0, negatives: 0, flagged: 0 };
    providers.set(c.provider, s);
    const findings = detector.scan(c.content, { path: c.file });
    if (c.expect) {
      s.positives++;
      const { rule, secret } = c.expect;
      if (findings.some((f) => f.rule.id === rule && f.secret === secret)) s.found++;
      else misses.push(`${c.id} (${c.file}): got ${findings.map((f) => f.rule.id).join(', ') || 'nothing'}`);
    } else {
      s.negatives++;
      if (findings.length > 0) {
        s.flagged++;
        falsePositives.push(`${c.id} (${c.file}): ${findings.map((f) => `${f.rule.id} line ${f.line}`).join(', ')}`);
      }
    }
  }
  const totals = [...providers.values()].reduce(
    (t, s) => ({ positives: t.positives + s.positives, found: t.found + s.found, negatives: t.negatives + s.negatives, flagged: t.flagged + s.flagged }),
    {
      positives: 0,
      found: 0,
      negatives: 0,
      flagged: 0,
    },
  );
  return {
    cases: corpus.length,
    providers,
    misses,
    falsePositives,
    recall: totals.found / totals.positives,
    fpRate: totals.flagged / totals.negatives,
    totals,
  };
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);

export function accuracyTable(a: Accuracy): string {
  const rows = [...a.providers.entries()].sort(([x], [y]) => x.localeCompare(y));
  const lines = ['| provider | recall | false positives |', '| --- | --: | --: |'];
  for (const [p, s] of rows)
    lines.push(`| ${p} | ${pct(s.found, s.positives)} (${s.found}/${s.positives}) | ${pct(s.flagged, s.negatives)} (${s.flagged}/${s.negatives}) |`);
  return `${a.cases} cases, ${a.totals.positives} credentials and ${a.totals.negatives} negatives across ${a.providers.size - 1} providers: **recall ${pct(a.totals.found, a.totals.positives)}**, **false-positive rate ${pct(a.totals.flagged, a.totals.negatives)}**.\n\n${lines.join('\n')}\n`;
}
