// Bundles the harness's fixture action once per test run, with the same mechanism as
// the shipped actions, into a temp dir that the harness tests point at.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundleAction, ROOT } from '../scripts/bundle.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const out = await mkdtemp(join(tmpdir(), 'fixture-action-'));
  await bundleAction({ name: 'fixture-action', dir: join(ROOT, 'test', 'fixture-action'), entries: ['index', 'post'] }, out);
  project.provide('fixtureBundle', out);
  return async () => rm(out, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureBundle: string;
  }
}
