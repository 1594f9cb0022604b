// The README's rule table is the documentation users read: every rule, with its severity and the safe way.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, RULE_DOCS, type RuleId } from '../../packages/migrations/src/index.ts';
import { ROOT } from '../harness/run-action.ts';

describe('migration-check README', () => {
  const readme = readFileSync(join(ROOT, 'migration-check', 'README.md'), 'utf8');

  it.each(Object.entries(RULES))('documents %s with its severity and the safe way', (id, severity) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
    expect(row, `no row for ${id}`).toBeDefined();
    expect(row?.split(' | ')[1]).toBe(severity);
    expect(RULE_DOCS[id as RuleId]?.fix.length).toBeGreaterThan(5);
  });

  it('has at least 35 rules', () => {
    expect(Object.keys(RULES).length).toBeGreaterThanOrEqual(35);
  });
});
