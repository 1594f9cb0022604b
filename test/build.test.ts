// The project runs its tests on the runtime the actions ship for, and the committed
// bundles (the actions' and the command line's) are exactly what the sources build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCliDist, compareDist } from '../scripts/check-dist.ts';
import { ROOT } from './harness/run-action.ts';

describe('build', () => {
  it('runs on Node 24, as pinned in .node-version and package.json', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
    expect(readFileSync(join(ROOT, '.node-version'), 'utf8').trim()).toBe('24');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string }; devDependencies: Record<string, string> };
    expect(pkg.engines.node).toBe('>=24');
    expect(pkg.devDependencies.node).toMatch(/^\^?24\./);
  });

  it('has a committed dist/ that matches a fresh bundle of every action', { timeout: 600_000 }, async () => {
    expect(await compareDist()).toEqual([]);
  });

  it('has a committed packages/cli/dist/ that matches a fresh build of the command line', { timeout: 300_000 }, async () => {
    expect(await compareCliDist()).toEqual([]);
  });
});
