// secret-scan/README.md carries generated tables: the rules and the measured accuracy.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { rulesTable } from '../../packages/secrets/src/rules-table.ts';
import { ROOT } from '../harness/run-action.ts';
import { accuracyTable, measureAccuracy } from './accuracy.ts';

const README = join(ROOT, 'secret-scan', 'README.md');

function replaceBlock(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${start} ... ${end} block`);
  return `${text.slice(0, a + start.length)}\n\n${content}\n${text.slice(b)}`;
}

it('secret-scan/README.md has the generated rules and accuracy tables', () => {
  const current = readFileSync(README, 'utf8');
  const expected = replaceBlock(replaceBlock(current, 'rules', rulesTable()), 'accuracy', accuracyTable(measureAccuracy()));
  if (process.env.UPDATE_README === '1' && expected !== current) writeFileSync(README, expected);
  else expect(current, 'run UPDATE_README=1 npx vitest run test/secrets/readme.test.ts').toBe(expected);
});
