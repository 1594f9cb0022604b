// The rules' case-insensitive groups are compiled without RegExp modifiers (Node.js 22 has
// none): on every rule and every corpus text, in every case, the rewritten rule finds exactly
// what the rule with modifiers finds.
import { describe, expect, it } from 'vitest';
import { RULES } from '@devops-actions/secrets';
import { ruleSource } from '../../packages/secrets/src/detect.ts';
import { compileRegExp, withoutCaseModifiers } from '../../packages/secrets/src/case-groups.ts';
import { buildCorpus, rng } from './corpus.ts';

function matches(source: string, text: string): string[] {
  return [...text.matchAll(new RegExp(source, 'gd'))].map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}`);
}

/** The text with the case of its letters flipped at random. */
function mixCase(text: string, random: () => number): string {
  return text.replace(/[A-Za-z]/g, (c) => (random() < 0.5 ? c.toUpperCase() : c.toLowerCase()));
}

describe('rules without RegExp modifiers', () => {
  it('spells out the case of letters and classes', () => {
    expect(withoutCaseModifiers('(?i:api[_.-]?key)=(?<secret>[a-z]{4})')).toBe('(?:[aA][pP][iI][_.-]?[kK][eE][yY])=(?<secret>[a-z]{4})');
    expect(withoutCaseModifiers('x(?i:[a-f0-9_.-]{0,3}(?:tok|pw)\\d)')).toBe('x(?:[A-Fa-f0-9_.-]{0,3}(?:[tT][oO][kK]|[pP][wW])\\d)');
    expect(withoutCaseModifiers('no modifiers (?:here)')).toBe('no modifiers (?:here)');
  });

  it('keeps what a user rule may hold: a literal brace, escapes with letters, back-references', () => {
    expect(withoutCaseModifiers('(?i:a{)')).toBe('(?:[aA]{)');
    expect(withoutCaseModifiers('(?<q>["\'])(?i:key)\\k<q>')).toBe('(?<q>["\'])(?:[kK][eE][yY])\\k<q>');
    expect(withoutCaseModifiers('(?i:\\u00e9t\\x41\\cJ\\p{L}[\\x61-f])')).toBe('(?:\\u00e9[tT]\\x41\\cJ\\p{L}[\\x61-f])'.replace('[\\x61-f]', '[F\\x61-f]'));
    for (const source of ['(?i:a{)', '(?<q>["\'])(?i:key)\\k<q>', '(?i:tok)\\u00e9{2}']) {
      const plain = new RegExp(withoutCaseModifiers(source));
      for (const text of ['A{', "'KEY'", '"key"', 'TOKéé', 'tokée', 'x']) expect(plain.test(text), `${source} on ${text}`).toBe(new RegExp(source).test(text));
    }
  });

  it('compiles a rule as written where the runtime knows modifiers', () => {
    expect(compileRegExp('(?i:key)=x', 'd').source).toBe('(?i:key)=x');
    expect(() => compileRegExp('(?i:key', 'd')).toThrow(SyntaxError);
  });

  it('matches exactly what the modifiers match, on every rule and corpus text', () => {
    const random = rng(7);
    const texts = buildCorpus().flatMap((c) => [c.content, mixCase(c.content, random)]);
    const sources = RULES.map((rule) => ({ id: rule.id, source: ruleSource(rule) })).filter((r) => r.source.includes('(?i:'));
    expect(sources.length).toBeGreaterThan(0);
    let compared = 0;
    for (const { id, source } of sources) {
      const rewritten = withoutCaseModifiers(source);
      expect(rewritten, id).not.toContain('(?i:');
      for (const text of texts) {
        expect(matches(rewritten, text), id).toEqual(matches(source, text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
